"""One base class for the validation of both forms (eligibility check, submission).

Each form reads the whole user message with a function of ``bot/`` that returns
an :class:`bot.eligibility.dialogue.Understanding`; this class turns it into
Rasa events. It bypasses the SDK's per-slot ``extract_``/``validate_`` methods
because those drop bookkeeping slots (attempt counter, foreign candidate flag)
that are not among the form's required slots.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from rasa_sdk import FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.dialogue.turns import bot_texts_since, not_said_again, with_the_contact
from bot.eligibility.dialogue import Understanding
from bot.faq.entries import cached_faq

#: Actions Rasa runs around every user message, which do not answer it.
_SILENT_ACTIONS = frozenset({"action_listen", "action_extract_slots"})


def should_read_latest_message(tracker: Tracker, form_name: str) -> bool:
    """True right after the user spoke, or when the form is being activated.

    When a form resumes after an interruption (an FAQ answer…), the latest
    message was already handled and must not be read as an answer again. Rasa
    calls the validation action twice when a form starts; only the activation
    call (no active loop yet) reads the opening sentence.
    """
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return True
        if event.get("event") == "action" and event.get("name") not in _SILENT_ACTIONS | {form_name}:
            break
    return not tracker.active_loop_name


class DialogueFormValidation(FormValidationAction, ABC):
    """Reads the latest message once and returns the slots it changes.

    Returning no slot makes Rasa reject the form for this turn, so that the
    rules answer an interruption (FAQ question, help, cancel) before the form
    resumes.
    """

    @abstractmethod
    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        """The form's slots still relevant, in the order they are asked."""

    @abstractmethod
    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        """Read one user message (see bot.eligibility.dialogue.Understanding)."""

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[str]:
        return self.slots_needed(tracker.slots)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        events: list[EventType] = []
        if should_read_latest_message(tracker, self.form_name()):
            message = tracker.latest_message or {}
            understanding = self.understand(
                message.get("text") or "", tracker.get_slot("requested_slot"), tracker.slots, (message.get("intent") or {}).get("name")
            )
            if not understanding.interruption:
                # (Never an FAQ answer of the previous turn word for word; the Region's link once, every « no answer » with the
                # contact: forty-fourth blind user test.)
                said = not_said_again(understanding.messages, bot_texts_since(tracker.events, back=1), cached_faq())
                for reply in with_the_contact(said, bot_texts_since(tracker.events)):
                    dispatcher.utter_message(**reply)
                events = [SlotSet(name, value) for name, value in understanding.updates.items()]
                tracker.add_slots(events)
            if understanding.leave:
                # The form ends here (Rasa ends a form whose validation sets no slot to ask), without its questions.
                return [*events, SlotSet("requested_slot", None)]
        next_slot = await self.next_requested_slot(dispatcher, tracker, domain)
        return events + ([next_slot] if next_slot else [])
