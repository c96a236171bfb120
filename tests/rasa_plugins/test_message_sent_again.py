"""A message sent again with the same ``message_id`` is answered once (bot/rasa_plugins/rest_channel.py).

A client retries a message whose first try got no answer (a Rasa server killed
after writing the turn, a timeout). Its turn must not run twice: the second try
gets the replies of the first, and nothing more is stored. Here without a
server: the SQL tracker store on a throw-away SQLite file, Rasa's in-memory lock
store and a processor that answers each message as Rasa's would (one user event,
its bot replies, one save). The whole path over HTTP is in
tests/rest/test_rest_security.py, the race it closes in tests/cluster/test_load.py.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import InMemoryLockStore
from rasa.core.tracker_store import FailSafeTrackerStore, InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered

from bot.rasa_plugins.rest_channel import handle_once
from bot.rasa_plugins.tracker_store import AssistantSQLTrackerStore, replies_after, stored_replies

DOMAIN = Domain.from_dict({"slots": {"turns": {"type": "float", "mappings": [{"type": "custom"}]}}})
BUTTONS = [{"title": "CDI", "payload": "CDI"}, {"title": "CDD", "payload": "CDD"}]


class Processor:
    """Rasa's ``MessageProcessor.handle_message`` reduced to what matters here: one turn, two replies, one save."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.handled: list[str] = []

    async def handle_message(self, message: UserMessage) -> None:
        self.handled.append(message.text or "")
        tracker = await self.store.get_or_create_tracker(message.sender_id)
        turn = len(self.handled)
        tracker.update(UserUttered(message.text, {"name": "inform", "confidence": 1.0}, message_id=message.message_id))
        tracker.update(ActionExecuted("action_answer"))
        replies = [BotUttered(f"tour {turn} : {message.text}"), BotUttered("Quel contrat ?", {"buttons": BUTTONS})]
        for reply in replies:
            tracker.update(reply)
            await message.output_channel.send_response(message.sender_id, reply.message())
        tracker.update(SlotSet("turns", float(turn)))
        tracker.update(ActionExecuted("action_listen"))
        await self.store.save(tracker)


def _agent(store: Any) -> SimpleNamespace:
    wrapped = FailSafeTrackerStore(store)  # as Rasa's Agent holds any configured store
    return SimpleNamespace(is_ready=lambda: True, lock_store=InMemoryLockStore(), tracker_store=wrapped, processor=Processor(wrapped))


def _say(agent: SimpleNamespace, text: str, message_id: str, sender: str = "employeur") -> list[dict[str, Any]]:
    collector = CollectingOutputChannel()
    asyncio.run(handle_once(agent, UserMessage(text, collector, sender, message_id=message_id)))
    return collector.messages


@pytest.fixture(params=["sql", "memory"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    if request.param == "sql":
        return AssistantSQLTrackerStore(domain=DOMAIN, host=f"sqlite:///{tmp_path / 't.db'}")
    return InMemoryTrackerStore(DOMAIN)


def test_a_message_sent_again_gets_the_first_replies_and_runs_once(store: Any) -> None:
    agent = _agent(store)
    first = _say(agent, "CDI", "id-1")
    assert [m["text"] for m in first] == ["tour 1 : CDI", "Quel contrat ?"]
    assert first[1]["buttons"] == BUTTONS
    again = _say(agent, "CDI", "id-1")
    assert again == first  # the same replies, buttons included, as the channel sent them
    assert agent.processor.handled == ["CDI"]
    # The next message is the second turn, and a message sent again later still gets its own replies.
    assert [m["text"] for m in _say(agent, "Vendée", "id-2")] == ["tour 2 : Vendée", "Quel contrat ?"]
    assert _say(agent, "CDI", "id-1") == first
    tracker = asyncio.run(store.retrieve_full_tracker("employeur"))
    assert [e.message_id for e in tracker.events if isinstance(e, UserUttered)] == ["id-1", "id-2"]
    assert tracker.get_slot("turns") == 2.0


def test_the_same_id_in_another_conversation_or_a_new_id_is_a_new_message(store: Any) -> None:
    agent = _agent(store)
    _say(agent, "CDI", "id-1")
    assert [m["text"] for m in _say(agent, "CDI", "id-1", sender="autre")] == ["tour 2 : CDI", "Quel contrat ?"]
    assert [m["text"] for m in _say(agent, "CDI", "id-3")] == ["tour 3 : CDI", "Quel contrat ?"]
    assert agent.processor.handled == ["CDI", "CDI", "CDI"]


def test_an_id_reused_for_another_message_is_a_new_message(store: Any) -> None:
    """A client whose counter started again sends « annuler » with the id of « CDI »: « annuler » is handled (review)."""
    agent = _agent(store)
    _say(agent, "CDI", "1")
    assert [m["text"] for m in _say(agent, "annuler", "1")] == ["tour 2 : annuler", "Quel contrat ?"]
    assert agent.processor.handled == ["CDI", "annuler"]


def test_an_id_that_only_looks_alike_is_not_taken_for_it(tmp_path: Path) -> None:
    # « _ » is a wildcard of SQL's LIKE: the stored id must be the same, not only match the pattern.
    store = AssistantSQLTrackerStore(domain=DOMAIN, host=f"sqlite:///{tmp_path / 't.db'}")
    agent = _agent(store)
    _say(agent, "CDI", "a_b")
    assert store.stored_replies("employeur", "aXb") is None
    assert store.stored_replies("employeur", "a_") is None
    assert [m["text"] for m in store.stored_replies("employeur", "a_b") or []] == ["tour 1 : CDI", "Quel contrat ?"]


def test_the_replies_are_those_of_that_turn_only() -> None:
    events = [
        UserUttered("un", message_id="1"),
        BotUttered("réponse 1"),
        UserUttered("deux", message_id="2"),
        ActionExecuted("action_listen"),
        UserUttered("trois", message_id="3"),
        BotUttered("réponse 3a"),
        BotUttered("réponse 3b"),
    ]
    assert [m["text"] for m in replies_after(events, "1") or []] == ["réponse 1"]
    assert replies_after(events, "2") == []  # a turn that said nothing is still a turn handled
    assert [m["text"] for m in replies_after(events, "3") or []] == ["réponse 3a", "réponse 3b"]
    assert replies_after(events, "4") is None


def test_a_store_that_cannot_answer_lets_the_message_through(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = AssistantSQLTrackerStore(domain=DOMAIN, host=f"sqlite:///{tmp_path / 't.db'}")
    agent = _agent(store)
    _say(agent, "CDI", "id-1")

    def broken(*_: Any) -> None:
        raise OSError("base injoignable")

    store.stored_replies = broken  # type: ignore[method-assign]
    _say(agent, "Vendée", "id-2")
    assert agent.processor.handled == ["CDI", "Vendée"]
    assert "could not look for a message sent again (OSError)" in caplog.text
    assert asyncio.run(stored_replies(FailSafeTrackerStore(InMemoryTrackerStore(DOMAIN)), "personne", "id-1")) is None
