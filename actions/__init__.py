"""Rasa SDK custom actions: thin adapters between Rasa and the ``bot`` package.

An action reads the tracker (latest message, slots, events), asks ``bot`` what
to do (``bot.dialogue.turns``, ``bot.eligibility.dialogue``,
``bot.submission.dialogue``…) and turns the answer into dispatched messages and
Rasa events. Actions may import ``bot`` and ``rasa_sdk``; they hold no French
text (every sentence is in ``bot.dialogue.messages``) and no product logic, so
that ``tests/actions`` only checks the wiring.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue.turns import Turn, bot_texts_since, with_the_contact


def carry_out(turn: Turn, dispatcher: CollectingDispatcher, events: list[dict[str, Any]] | None = None) -> list[EventType]:
    """Say the turn's messages (:func:`~bot.dialogue.turns.with_the_contact`: the Region's link once in the turn, ``events``
    telling what earlier actions said in it); its slot updates, then its follow-up action, as events."""
    for reply in with_the_contact(turn.replies, bot_texts_since(events or [])):
        dispatcher.utter_message(**reply)
    said: list[EventType] = [SlotSet(name, value) for name, value in turn.updates.items()]
    if turn.next_action:
        said.append(FollowupAction(turn.next_action))
    return said
