"""Stores that go away: PostgreSQL restarted in the middle of a check, Redis stopped."""

from __future__ import annotations

from cluster_clients import ASK, Conversation, post, text_of

from bot.dialogue.messages import SERVICE_UNAVAILABLE, VERDICT_HEADLINES
from bot.serving.cluster import REDIS_TIMEOUT, Cluster


def test_the_check_resumes_after_postgres_restarts(healthy_cluster: Cluster) -> None:
    conversation = Conversation("pg-restart")
    conversation.say(healthy_cluster.url, "/check_eligibility", ASK["contract_type"])
    conversation.say(healthy_cluster.url, "CDI", ASK["department"])
    healthy_cluster.restart("postgres")
    # The first request after the restart may meet a dead pooled connection: the employer resends once at most.
    conversation.say(healthy_cluster.url, "Maine-et-Loire", ASK["candidate_status"])
    conversation.say(healthy_cluster.url, "pas encore de candidat", VERDICT_HEADLINES["eligible"])
    assert not conversation.failures, conversation.failures
    assert conversation.most_retries_of_a_message <= 1


def test_redis_stopped_gives_a_french_message_then_the_check_goes_on(healthy_cluster: Cluster) -> None:
    conversation = Conversation("redis-stop")
    conversation.say(healthy_cluster.url, "/check_eligibility", ASK["contract_type"])
    healthy_cluster.stop_one("redis")
    # Bounded: without an answer within the client's timeout, post() gives status 0 and the test fails.
    status, replies = post(healthy_cluster.url, conversation.sender, "CDI", timeout=10 * REDIS_TIMEOUT)
    assert status == 503, (status, replies)
    assert text_of(replies) == SERVICE_UNAVAILABLE
    healthy_cluster.restart("redis")
    # Nothing of the failed turn was kept: the same answer is taken up where the check stopped.
    conversation.say(healthy_cluster.url, "CDI", ASK["department"])
    assert not conversation.failures, conversation.failures
