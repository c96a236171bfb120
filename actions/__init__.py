"""Rasa SDK custom actions: thin adapters between Rasa and the ``bot`` package.

An action reads the tracker (latest message, slots, events), asks ``bot`` what
to do (``bot.dialogue.turns``, ``bot.eligibility.dialogue``,
``bot.submission.dialogue``…) and turns the answer into dispatched messages and
Rasa events. Actions may import ``bot`` and ``rasa_sdk``; they hold no French
text (every sentence is in ``bot.dialogue.messages``) and no product logic, so
that ``tests/actions`` only checks the wiring.
"""

from __future__ import annotations

from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue.turns import Turn


def carry_out(turn: Turn, dispatcher: CollectingDispatcher) -> list[EventType]:
    """Say the turn's messages; its slot updates, then its follow-up action, as events."""
    for reply in turn.replies:
        dispatcher.utter_message(**reply)
    events: list[EventType] = [SlotSet(name, value) for name, value in turn.updates.items()]
    if turn.next_action:
        events.append(FollowupAction(turn.next_action))
    return events
