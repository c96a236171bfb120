"""100 concurrent eligibility checks through nginx, then the same while a Rasa server is killed."""

from __future__ import annotations

import itertools
import threading
from concurrent.futures import ThreadPoolExecutor

from cluster_clients import ASK, CHECKS, Conversation, post, run_check, user_events

from bot.serving.cluster import Cluster

CONVERSATIONS = 100


def _assert_every_turn_once(cluster: Cluster, conversations: list[Conversation]) -> None:
    failures = {c.sender: c.failures for c in conversations if c.failures}
    assert not failures, failures
    stored = user_events(cluster.database_url, [c.sender for c in conversations])
    wrong = {c.sender: (c.sent, stored.get(c.sender, 0)) for c in conversations if stored.get(c.sender, 0) != c.sent}
    assert not wrong, f"conversations whose user events are not stored exactly once (sent, stored): {wrong}"


def test_hundred_concurrent_checks(healthy_cluster: Cluster) -> None:
    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        futures = [pool.submit(run_check, healthy_cluster.url, f"load-{i:03d}", CHECKS[i % len(CHECKS)]) for i in range(CONVERSATIONS)]
        conversations = [f.result(timeout=600) for f in futures]
    assert sum(c.sent for c in conversations) == sum(len(CHECKS[i % len(CHECKS)]) for i in range(CONVERSATIONS))
    # No failure at all under load: not even a retried request.
    assert sum(c.retries for c in conversations) == 0
    _assert_every_turn_once(healthy_cluster, conversations)


def test_a_message_sent_again_is_one_turn_whichever_server_gets_it(healthy_cluster: Cluster) -> None:
    """What a retry after a kill meets, without the timing: the turn is in PostgreSQL, the retry goes to the other server."""
    sender = "sent-again"
    assert post(healthy_cluster.url, sender, "/check_eligibility", message_id="a-1")[0] == 200
    first = post(healthy_cluster.url, sender, "CDI", message_id="a-2")
    # nginx takes turns: these go to both Rasa servers, each asking PostgreSQL (under the Redis lock).
    again = [post(healthy_cluster.url, sender, "CDI", message_id="a-2") for _ in range(3)]
    assert first[0] == 200 and ASK["department"] in first[1][0]["text"]
    assert all(retry == first for retry in again), again
    assert user_events(healthy_cluster.database_url, [sender]) == {sender: 2}


def test_a_rasa_server_killed_during_the_load(healthy_cluster: Cluster) -> None:
    answered = itertools.count(1)
    done = [0]
    enough = threading.Event()

    def check(i: int) -> Conversation:
        conversation = Conversation(f"kill-{i:03d}")
        for message, expected in CHECKS[i % len(CHECKS)]:
            conversation.say(healthy_cluster.url, message, expected)
            done[0] = next(answered)
            if done[0] >= 60:
                enough.set()
        return conversation

    with ThreadPoolExecutor(max_workers=CONVERSATIONS) as pool:
        futures = [pool.submit(check, i) for i in range(CONVERSATIONS)]
        assert enough.wait(timeout=300), "the load never got going"
        healthy_cluster.kill("rasa-1")
        answered_before_the_kill = done[0]
        conversations = [f.result(timeout=600) for f in futures]
    total = sum(c.sent for c in conversations)
    assert answered_before_the_kill < total / 2, "the kill came after most of the load"
    assert max(c.most_retries_of_a_message for c in conversations) <= 1
    assert healthy_cluster.dead() == ["rasa-1"]
    _assert_every_turn_once(healthy_cluster, conversations)
