"""Running one Rasa SDK action without servers, as RasaHQ/financial-demo does:
a tracker built by ``Tracker.from_dict`` from slots, the latest message and
events, a ``CollectingDispatcher`` that keeps what the action says."""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import ROOT


@lru_cache(maxsize=1)
def domain() -> dict[str, Any]:
    """The project's domain.yml (the forms' required slots come from it)."""
    return yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))


def user_event(text: str, intent: str | None = None, entities: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    parse = {"text": text, "intent": {"name": intent, "confidence": 1.0} if intent else {}, "entities": entities or []}
    return {"event": "user", "text": text, "parse_data": parse}


def tracker(
    text: str = "",
    *,
    intent: str | None = None,
    entities: list[dict[str, Any]] | None = None,
    slots: dict[str, Any] | None = None,
    events: list[dict[str, Any]] | None = None,
    active_loop: str | None = None,
    **parse_data: Any,
) -> Tracker:
    """A tracker whose latest message is ``text`` (with its intent, entities and extra parse data).

    Without ``events``, the conversation's events end with that user message.
    """
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0} if intent else {}, "entities": entities or [], **parse_data}
    state = {
        "sender_id": "test-employer",
        "slots": dict(slots or {}),
        "latest_message": latest,
        "events": events if events is not None else [{"event": "action", "name": "action_listen"}, {**user_event(text, intent, entities), "parse_data": latest}],
        "active_loop": {"name": active_loop} if active_loop else {},
        "latest_action_name": "action_listen",
    }
    return Tracker.from_dict(state)


def run(action: Action, state: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The events the action returns and the messages it dispatched."""
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, state, domain()))
    return events, dispatcher.messages


def sent(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Dispatched messages reduced to what they carry (text, buttons, response), to compare with ``bot.dialogue.messages``."""
    keep = ("text", "buttons", "response")
    return [{k: m[k] for k in keep if m.get(k)} for m in messages]


def slot_events(events: list[dict[str, Any]]) -> dict[str, Any]:
    """Slot name → value set by the events (the last one wins)."""
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def followups(events: list[dict[str, Any]]) -> list[str]:
    return [e["name"] for e in events if e.get("event") == "followup"]
