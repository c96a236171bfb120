"""Submission actions run with a CollectingDispatcher and Tracker.from_dict (no servers):
the save never blocks the action server's event loop, the form's failure counter is its own."""

from __future__ import annotations

import asyncio
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from samples import completed_submission_slots

from bot.dialogue import messages
from bot.eligibility.dialogue import FAILURES_SLOT
from bot.settings import ROOT
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    CONFIRM_SLOT,
    REFERENCE_SLOT,
)
from bot.submission.questions import understand_field
from bot.submission.store import SubmissionStore

if sys.path[:1] != [str(ROOT)]:
    sys.path.insert(0, str(ROOT))  # the project's actions package, not tests/actions
if "actions" in sys.modules and getattr(sys.modules["actions"], "__file__", None) is None:
    del sys.modules["actions"]

import actions.submission_actions as submission_actions


def tracker(slots: dict[str, Any], text: str = "oui") -> Tracker:
    latest = {"text": text, "intent": {"name": "affirm", "confidence": 1.0}, "entities": []}
    return Tracker.from_dict(
        {
            "sender_id": "conv-actions",
            "slots": slots,
            "latest_message": latest,
            "events": [{"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": latest}],
            "active_loop": {},
            "latest_action_name": "action_listen",
        }
    )


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture
def real_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SubmissionStore:
    store = SubmissionStore(f"sqlite:///{tmp_path / 'submissions.db'}")
    monkeypatch.setattr(submission_actions, "store", lambda: store)
    return store


def test_submit_stores_once_and_gives_the_same_reference_again(real_store: SubmissionStore) -> None:
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    dispatcher = CollectingDispatcher()
    events = asyncio.run(submission_actions.ActionSubmitHiringIntent().run(dispatcher, tracker(slots), {}))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert dispatcher.messages[0]["text"] == messages.SUBMITTED.format(reference=reference)
    again = CollectingDispatcher()
    asyncio.run(submission_actions.ActionSubmitHiringIntent().run(again, tracker(slots), {}))
    assert again.messages[0]["text"] == messages.ALREADY_SUBMITTED.format(reference=reference)
    assert real_store.count() == 1


def test_the_save_runs_in_a_thread_and_leaves_the_event_loop_free(monkeypatch: pytest.MonkeyPatch) -> None:
    """A slow database (locks, retries with sleeps) must not stop the action server from serving other conversations."""
    main_thread = threading.get_ident()
    saved_in: list[int] = []
    saving: list[float] = []

    class SlowStore:
        def save(self, data: dict[str, Any], conversation_id: str) -> tuple[str, bool]:
            saved_in.append(threading.get_ident())
            saving.append(time.monotonic())
            time.sleep(0.3)
            saving.append(time.monotonic())
            return "1E1F-2026-000001", True

    monkeypatch.setattr(submission_actions, "store", lambda: SlowStore())
    ticks: list[float] = []

    async def other_conversations() -> None:
        for _ in range(20):
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    async def both() -> list[Any]:
        dispatcher = CollectingDispatcher()
        state = tracker({**completed_submission_slots(), CONFIRM_SLOT: True})
        return await asyncio.gather(submission_actions.submit(dispatcher, state), other_conversations())

    events, _ = asyncio.run(both())
    assert slot_events(events)[REFERENCE_SLOT] == "1E1F-2026-000001"
    assert saved_in and saved_in[0] != main_thread
    # The loop kept turning while the save slept (no bound on wall time: it failed under load with 0.31 s for 0.29).
    start, end = saving
    assert len(ticks) == 20 and sum(start < tick < end for tick in ticks) >= 2


def test_the_request_counts_its_failures_in_its_own_slot() -> None:
    """The check's counter (eligibility_failures) is neither read nor changed by the request."""
    slots = {**completed_submission_slots(), "positions": None, FAILURES_SLOT: 5.0}
    result = understand_field("bof", "positions", slots, None)
    assert result.updates.get(ATTEMPTS_SLOT) == 1.0
    assert FAILURES_SLOT not in result.updates
    assert all("buttons" not in m or messages.CANCEL_REQUEST_BUTTON not in m["buttons"] for m in result.messages)  # no way out yet
    assert ATTEMPTS_SLOT != FAILURES_SLOT


def test_starting_the_request_resets_its_failure_counter() -> None:
    slots = {**completed_submission_slots(), ATTEMPTS_SLOT: 2.0, "company_name": None}
    dispatcher = CollectingDispatcher()
    events = asyncio.run(submission_actions.ActionStartSubmission().run(dispatcher, tracker(slots, "je veux préparer ma demande"), {}))
    assert slot_events(events)[ATTEMPTS_SLOT] is None
    assert dispatcher.messages[0]["text"].startswith(messages.SUBMISSION_INTRO.split("{")[0])


def test_a_refused_save_is_explained_and_the_recap_can_be_confirmed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.submission.record import SubmissionStorageError

    class BrokenStore:
        def save(self, data: dict[str, Any], conversation_id: str) -> tuple[str, bool]:
            raise SubmissionStorageError("Impossible d'enregistrer la demande d'embauche : erreur de la base de données (IntegrityError).")

    monkeypatch.setattr(submission_actions, "store", lambda: BrokenStore())
    dispatcher = CollectingDispatcher()
    events = asyncio.run(submission_actions.submit(dispatcher, tracker({**completed_submission_slots(), CONFIRM_SLOT: True})))
    assert slot_events(events)[CONFIRM_SLOT] is None
    assert "IntegrityError" in dispatcher.messages[0]["text"]
    assert dispatcher.messages[1]["text"] == messages.CONTACT_POINTER["text"]
