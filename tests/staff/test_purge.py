"""Retention: ``python -m bot purge`` on throw-away databases written by Rasa's SQLTrackerStore and the SubmissionStore."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from samples import completed_submission_slots

from bot.cli import main
from bot.settings import DOMAIN_FILE
from bot.staff.purge import PurgeCounts, PurgeError, Retention, parse_duration, purge
from bot.submission.dialogue import submission_record
from bot.submission.store import SubmissionStore
from tests.postgres_support import fresh_database, throwaway_postgres

UTC = timezone.utc
DAY = 86_400.0
#: Conversation ids as a REST client may choose them: never printed nor logged.
OLD = "marie.dupont@example.fr"
COMEBACK = "jean-2025"
FRESH = "page-7c1e"


# ----------------------------------------------------------------------------- durations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("90j", Retention(90, "days")),
        ("90 jours", Retention(90, "days")),
        ("90J", Retention(90, "days")),
        ("1 jour", Retention(1, "days")),
        ("6 semaines", Retention(6, "weeks")),
        ("12mois", Retention(12, "months")),
        ("12 mois", Retention(12, "months")),
        ("dix-huit mois", Retention(18, "months")),
        ("2ans", Retention(2, "years")),
        ("1 an", Retention(1, "years")),
        ("deux ans", Retention(2, "years")),
        ("3 années", Retention(3, "years")),
    ],
)
def test_french_durations_are_read(text: str, expected: Retention) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["90", "jours", "90 heures", "90 days", "", "douze", "0j", "zéro mois", "-5j", "beaucoup de mois"])
def test_unreadable_or_empty_durations_are_refused_in_french(text: str) -> None:
    with pytest.raises(PurgeError) as refused:
        parse_duration(text)
    assert "durée" in str(refused.value).lower()


def test_the_limit_is_calendar_based() -> None:
    now = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
    assert Retention(12, "months").cutoff(now) == datetime(2025, 11, 30, 12, 0, tzinfo=UTC)
    assert Retention(1, "months").cutoff(datetime(2026, 3, 31, tzinfo=UTC)) == datetime(2026, 2, 28, tzinfo=UTC)
    assert Retention(90, "days").cutoff(now) == now - timedelta(days=90)
    assert str(Retention(1, "years")) == "1 an" and str(Retention(2, "years")) == "2 ans"


# ----------------------------------------------------------------------------- databases


def _events(*ages_in_days: float) -> list[Event]:
    """A conversation whose user messages are that many days old (the last is the newest)."""
    now = time.time()
    first = now - ages_in_days[0] * DAY
    events: list[Event] = [ActionExecuted("action_session_start", timestamp=first), SessionStarted(timestamp=first)]
    for age in ages_in_days:
        t = now - age * DAY
        events += [
            ActionExecuted("action_listen", timestamp=t),
            UserUttered("Je m'appelle Marie Dupont, 06 12 34 56 78", {"name": "faq_cost", "confidence": 1.0}, timestamp=t),
        ]
    return events


def _tracker_store(url: str) -> SQLTrackerStore:
    """Rasa's own store on ``url`` (it creates the ``events`` table)."""
    return SQLTrackerStore(domain=Domain.load(DOMAIN_FILE), host=url)


def _fill(tracker_url: str, db_url: str) -> tuple[str, str]:
    """Three conversations and three submissions of different ages."""
    store = _tracker_store(tracker_url)
    conversations = {OLD: _events(200, 120), COMEBACK: _events(300, 100, 10), FRESH: _events(0.01)}
    try:
        for sender, events in conversations.items():
            asyncio.run(store.save(DialogueStateTracker.from_events(sender, events, slots=store.domain.slots)))
    finally:
        store.engine.dispose()
    now = datetime.now(UTC)
    for age, conversation in ((400, "a"), (95, "b"), (5, "c")):
        with SubmissionStore(db_url, clock=lambda age=age: now - timedelta(days=age)) as submissions:
            submissions.save(submission_record(completed_submission_slots()), conversation)
    return tracker_url, db_url


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    """A throw-away PostgreSQL cluster (Debian's binaries) on a free loopback port; yields its server URL."""
    with throwaway_postgres("purge-pg-") as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def databases(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """(tracker URL, submissions URL), filled by :func:`_fill`, on SQLite files or a fresh PostgreSQL database each."""
    if request.param == "sqlite":
        return _fill(f"sqlite:///{tmp_path / 'tracker.db'}", f"sqlite:///{tmp_path / 'submissions.db'}")
    url = fresh_database(request.getfixturevalue("postgres_server"), "purge")
    return _fill(url, url)


def _senders(tracker_url: str) -> dict[str, int]:
    """Events per conversation, read back through Rasa's store."""
    store = _tracker_store(tracker_url)
    try:
        keys = list(asyncio.run(store.keys()))
        return {key: len(asyncio.run(store.retrieve(key)).events) for key in keys}
    finally:
        store.engine.dispose()


def _references(db_url: str) -> list[datetime]:
    with SubmissionStore(db_url) as store:
        return sorted(s.created_at for s in store.list())


def test_dry_run_counts_and_deletes_nothing(databases: tuple[str, str]) -> None:
    tracker_url, db_url = databases
    before = _senders(tracker_url)
    _, counts = purge(Retention(90, "days"), tracker_url, db_url, dry_run=True)
    assert counts == PurgeCounts(conversations=1, events=before[OLD], submissions=2)
    assert _senders(tracker_url) == before
    assert len(_references(db_url)) == 3


def test_purge_deletes_what_is_past_the_retention_and_nothing_else(databases: tuple[str, str]) -> None:
    tracker_url, db_url = databases
    before = _senders(tracker_url)
    cutoff, counts = purge(Retention(90, "days"), tracker_url, db_url)
    assert counts == PurgeCounts(conversations=1, events=before[OLD], submissions=2)
    # The conversation that came back 10 days ago keeps all its events, the 300-day-old ones too.
    assert _senders(tracker_url) == {COMEBACK: before[COMEBACK], FRESH: before[FRESH]}
    kept = _references(db_url)
    assert len(kept) == 1 and kept[0] > cutoff
    # Nothing left to delete a second time.
    assert purge(Retention(90, "days"), tracker_url, db_url)[1] == PurgeCounts()
    # A shorter retention then takes the conversation whose last message is 10 days old.
    assert purge(Retention(3, "days"), tracker_url, db_url)[1] == PurgeCounts(1, before[COMEBACK], 1)
    assert set(_senders(tracker_url)) == {FRESH}


def test_missing_sqlite_files_are_neither_purged_nor_created(tmp_path: Path) -> None:
    tracker, db = tmp_path / "no-tracker.db", tmp_path / "no-submissions.db"
    assert purge(Retention(1, "days"), f"sqlite:///{tracker}", f"sqlite:///{db}")[1] == PurgeCounts()
    assert not tracker.exists() and not db.exists()


def test_the_command_prints_and_logs_counts_only(
    databases: tuple[str, str], capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    tracker_url, db_url = databases
    caplog.set_level(logging.INFO, logger="bot.staff.purge")
    code = main(["purge", "--older-than", "90j", "--dry-run", "--tracker-url", tracker_url, "--db-url", db_url])
    out, err = capsys.readouterr()
    assert code == 0
    assert "simulation" in out and "Conversations seraient supprimées : 1 (" in out and "Demandes d'embauche seraient supprimées : 2." in out
    assert len(_references(db_url)) == 3
    code = main(["purge", "--older-than", "3mois", "--tracker-url", tracker_url, "--db-url", db_url])
    out, err = capsys.readouterr()
    assert code == 0 and "Conversations supprimées : 1 (" in out and "Demandes d'embauche supprimées : 2." in out
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.staff.purge"]
    assert logged[0].startswith("purge dry run: 1 conversations") and logged[-1].startswith("purge done: 1 conversations")
    assert "and 2 submissions older than" in logged[-1]
    for text in (out, err, *logged):
        for personal in (OLD, COMEBACK, FRESH, "Marie", "06 12 34", "@"):
            assert personal not in text


def test_the_command_refuses_an_unreadable_duration(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    db = tmp_path / "untouched.db"
    assert main(["purge", "--older-than", "bientôt", "--tracker-url", f"sqlite:///{db}", "--db-url", f"sqlite:///{db}"]) == 2
    assert "Durée illisible" in capsys.readouterr().err
    assert not db.exists()


def test_a_request_without_email_is_purged_like_any_other(tmp_path: Path) -> None:
    """A request sent with a phone only (forty-second blind user test, u42-04: the e-mail null, listed in missing_fields) is kept
    and deleted by the retention like the others."""
    db_url = f"sqlite:///{tmp_path / 'submissions.db'}"
    slots = {**completed_submission_slots(), "contact_email": None, "missing_fields": ["contact_email"]}
    now = datetime.now(UTC)
    for age, conversation in ((400, "old"), (5, "fresh")):
        with SubmissionStore(db_url, clock=lambda age=age: now - timedelta(days=age)) as submissions:
            submissions.save(submission_record(slots), conversation)
    _, counts = purge(Retention(90, "days"), f"sqlite:///{tmp_path / 'tracker.db'}", db_url)
    assert counts.submissions == 1
    with SubmissionStore(db_url) as store:
        [kept] = store.list()
        assert kept.contact_email is None and kept.contact_phone == "+33612345678"
