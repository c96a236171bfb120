"""Leaving a form cleanly (« annuler », « stop »)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from actions.faq_actions import ActionAnswerFaq
from actions.submission_actions import FRESH, RESUMABLE
from bot.dialogue import messages
from bot.dialogue.turns import nothing_to_cancel_turn
from bot.eligibility.dialogue import CHECK_SLOTS
from bot.faq.replies import OFFER_SLOT
from bot.language.cues import someone_else_gives_up
from bot.submission.dialogue import (
    CANCELLED_KEPT,
    kept_answers,
)
from bot.submission.form_slots import (
    KEPT_SLOT,
    SUBMISSION_SLOTS,
)


class ActionCancelForm(Action):
    """Runs after the form is deactivated: keeps the answers aside for « je veux reprendre ma demande », says so."""

    def name(self) -> str:
        return "action_cancel_form"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        kept = kept_answers(tracker.slots, RESUMABLE)
        # Stopped during the check, nothing of a request was given: not « reprendre ma demande » (tenth blind user test).
        check_only = kept and not any(name in kept for name in SUBMISSION_SLOTS)
        dispatcher.utter_message(**(messages.CHECK_CANCELLED_KEPT if check_only else CANCELLED_KEPT if kept else messages.CANCELLED))
        events = [SlotSet(name, None) for name in (*CHECK_SLOTS, *FRESH)]
        return events + [SlotSet("requested_slot", None), SlotSet(KEPT_SLOT, kept or None), SlotSet(OFFER_SLOT, None)]


class ActionNothingToCancel(Action):
    """« annuler » outside a form: nothing to cancel, or how to withdraw a request already sent."""

    def name(self) -> str:
        return "action_nothing_to_cancel"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if someone_else_gives_up(str((tracker.latest_message or {}).get("text") or "")):
            # « et si il abandonne ? » got « Il n'y a rien en cours à annuler » (thirty-eighth blind user test): a question about
            # the candidate dropping out, for the FAQ.
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        return carry_out(nothing_to_cancel_turn(tracker.slots), dispatcher)
