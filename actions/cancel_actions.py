"""Leaving a form cleanly (« annuler », « stop »)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import prompts
from bot.eligibility_dialogue import CHECK_SLOTS
from bot.submission_dialogue import SUBMISSION_SLOTS


class ActionCancelForm(Action):
    """Runs after the form is deactivated: forgets the answers, says so."""

    def name(self) -> str:
        return "action_cancel_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**prompts.CANCELLED)
        return [SlotSet(name, None) for name in (*CHECK_SLOTS, *SUBMISSION_SLOTS)] + [SlotSet("requested_slot", None)]
