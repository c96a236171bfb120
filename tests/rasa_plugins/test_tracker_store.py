"""Rasa's SQL tracker store with recent conversations in memory (bot/rasa_plugins/tracker_store.py).

On a throw-away SQLite file (PostgreSQL is covered by tests/cluster): every
event stored once, the tracker kept between two messages only while the
database holds exactly what was saved.
"""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Restarted, SessionStarted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.rasa_plugins.tracker_store import AssistantSQLTrackerStore

DOMAIN = Domain.from_dict({"slots": {"contract_type": {"type": "text", "mappings": [{"type": "custom"}]}}})


def _store(path: Path, **kwargs: Any) -> AssistantSQLTrackerStore:
    return AssistantSQLTrackerStore(domain=DOMAIN, host=f"sqlite:///{path}", **kwargs)


def _turn(tracker: DialogueStateTracker, text: str) -> None:
    """One message and its answer, as Rasa's processor adds them."""
    tracker.update(UserUttered(text, {"name": "faq", "confidence": 1.0}))
    tracker.update(ActionExecuted("action_answer_faq"))
    tracker.update(BotUttered(f"réponse à {text}"))
    tracker.update(SlotSet("contract_type", text))
    tracker.update(ActionExecuted("action_listen"))


def _message(store: AssistantSQLTrackerStore, sender: str, text: str) -> DialogueStateTracker:
    tracker = asyncio.run(store.get_or_create_tracker(sender))
    _turn(tracker, text)
    asyncio.run(store.save(tracker))
    return tracker


def _rows(path: Path, sender: str) -> list[str]:
    with sqlite3.connect(path) as db:
        return [row[0] for row in db.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,))]


def _fresh(store: AssistantSQLTrackerStore, sender: str) -> DialogueStateTracker | None:
    """What Rasa's own reading of the database gives (no memory)."""
    return asyncio.run(super(AssistantSQLTrackerStore, store).retrieve(sender))


def test_the_next_message_reuses_the_saved_tracker_and_stores_each_event_once(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db")
    first = _message(store, "a", "un")
    second = _message(store, "a", "deux")
    assert second is first  # kept in memory, not read back
    third = _message(store, "a", "trois")
    assert third is first
    assert len(_rows(tmp_path / "t.db", "a")) == len(third.events)
    fresh = _fresh(store, "a")
    assert fresh is not None and list(fresh.events) == list(third.events)
    assert fresh.get_slot("contract_type") == "trois"


def test_another_server_writing_to_the_conversation_forces_a_reading(tmp_path: Path) -> None:
    ours, theirs = _store(tmp_path / "t.db"), _store(tmp_path / "t.db")
    kept = _message(ours, "a", "un")
    _message(theirs, "a", "deux")  # the other Rasa server took this message
    tracker = asyncio.run(ours.retrieve("a"))
    assert tracker is not kept and tracker is not None
    assert tracker.get_slot("contract_type") == "deux"
    _turn(tracker, "trois")
    asyncio.run(ours.save(tracker))
    assert len(_rows(tmp_path / "t.db", "a")) == len(tracker.events)


def test_a_purged_conversation_is_gone_from_memory_too(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db")
    _message(store, "a", "un")
    with sqlite3.connect(tmp_path / "t.db") as db:
        db.execute("DELETE FROM events WHERE sender_id = 'a'")
    assert asyncio.run(store.retrieve("a")) is None


def test_a_tracker_handed_out_twice_is_saved_without_duplicates(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db")
    _message(store, "a", "un")
    reader = asyncio.run(store.retrieve("a"))  # e.g. the HTTP API reading the conversation
    writer = asyncio.run(store.retrieve("a"))
    assert reader is not None and writer is not None and writer is not reader
    _turn(writer, "deux")
    asyncio.run(store.save(writer))
    assert len(_rows(tmp_path / "t.db", "a")) == len(writer.events)


def test_a_new_session_is_read_back_from_the_database(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db")
    tracker = _message(store, "a", "un")
    tracker.update(ActionExecuted("action_session_start"))
    tracker.update(SessionStarted())
    _turn(tracker, "deux")
    asyncio.run(store.save(tracker))
    again = asyncio.run(store.retrieve("a"))
    assert again is not tracker and again is not None
    assert list(again.events) == list(_fresh(store, "a").events)  # type: ignore[union-attr]
    assert not any(isinstance(e, Restarted) for e in again.events)


def test_memory_is_bounded(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db", cache_size=2)
    for sender in "abc":
        _message(store, sender, "un")
    assert list(store._kept) == ["b", "c"]
    disabled = _store(tmp_path / "u.db", cache_size=0)
    first = _message(disabled, "a", "un")
    assert _message(disabled, "a", "deux") is not first


def test_sqlite_writes_through_a_journal_without_a_flush_per_message(tmp_path: Path) -> None:
    store = _store(tmp_path / "t.db")
    _message(store, "a", "un")
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


@pytest.mark.parametrize("cache_size", ["5", 5])
def test_the_size_comes_from_endpoints_yml_as_text_or_number(tmp_path: Path, cache_size: Any) -> None:
    assert _store(tmp_path / "t.db", cache_size=cache_size).cache_size == 5
