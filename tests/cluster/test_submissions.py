"""Confirmations at once: 50 distinct submissions, and one confirmation sent twice."""

from __future__ import annotations

import re
import threading
from concurrent.futures import ThreadPoolExecutor

from cluster_clients import post, prepare_submission, text_of

from bot.serving.cluster import Cluster
from bot.submission.store import SubmissionStore

SUBMISSIONS = 50
REFERENCE = re.compile(r"1E1F-\d{4}-\d{6}")


def _confirm_together(cluster: Cluster, senders: list[str]) -> list[tuple[int, str]]:
    barrier = threading.Barrier(len(senders), timeout=120)

    def confirm(sender: str) -> tuple[int, str]:
        barrier.wait()
        status, replies = post(cluster.url, sender, "/affirm")
        return status, text_of(replies)

    with ThreadPoolExecutor(max_workers=len(senders)) as pool:
        return list(pool.map(confirm, senders, timeout=300))


def test_fifty_confirmations_at_once(healthy_cluster: Cluster) -> None:
    companies = {f"confirm-{i:02d}": f"Soudure Test {i:02d}" for i in range(SUBMISSIONS)}
    with ThreadPoolExecutor(max_workers=SUBMISSIONS) as pool:
        prepared = list(pool.map(lambda item: prepare_submission(healthy_cluster.url, *item), companies.items(), timeout=900))
    assert not [c.failures for c in prepared if c.failures]

    results = _confirm_together(healthy_cluster, list(companies))
    assert all(status == 200 for status, _ in results), results
    references = [REFERENCE.search(text) for _, text in results]
    assert all(references), [text for _, text in results]
    assert len({r.group(0) for r in references if r}) == SUBMISSIONS

    with SubmissionStore(healthy_cluster.database_url) as store:
        stored = [s for s in store.list() if s.company_name in set(companies.values())]
    assert sorted(s.company_name for s in stored) == sorted(companies.values())
    assert {s.reference for s in stored} == {r.group(0) for r in references if r}


def test_the_same_confirmation_sent_twice_at_once_is_stored_once(healthy_cluster: Cluster) -> None:
    sender, company = "confirm-twice", "Soudure Deux Fois"
    prepared = prepare_submission(healthy_cluster.url, sender, company)
    assert not prepared.failures, prepared.failures

    results = _confirm_together(healthy_cluster, [sender, sender])
    assert all(status == 200 for status, _ in results), results
    references = {m.group(0) for _, text in results for m in [REFERENCE.search(text)] if m}
    assert len(references) == 1, results

    with SubmissionStore(healthy_cluster.database_url) as store:
        assert [s.reference for s in store.list() if s.company_name == company] == list(references)
