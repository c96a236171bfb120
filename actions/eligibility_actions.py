"""Actions of the guided eligibility check (logic in bot.eligibility.dialogue)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from actions.form_validation import DialogueFormValidation
from actions.submission_actions import FRESH, RESUMABLE
from bot.dialogue import messages
from bot.dialogue.turns import (
    as_the_button_pressed,
    declined_remark,
    faq_turn,
    left_with_a_question,
    picked_suggestion,
    questions_in_the_check,
    start_check_turn,
    verdict_turn,
)
from bot.eligibility.dialogue import (
    CHECK_SLOTS,
    FAILURES_SLOT,
    Understanding,
    ask_message,
    read_with_questions,
    remark_counted,
    required_slots,
)
from bot.faq.entries import cached_faq
from bot.faq.replies import OFFER_SLOT, answered_with_the_check_start
from bot.submission.dialogue import kept_answers
from bot.submission.form_slots import KEPT_SLOT


class ValidateEligibilityForm(DialogueFormValidation):
    """Reads every answer of the check, including corrections of earlier answers."""

    def name(self) -> str:
        return "validate_eligibility_form"

    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        return required_slots(slots)

    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        faq = cached_faq()
        if requested is not None and (picked := picked_suggestion(text, self.events)) is not None and picked in faq:
            # « la 2e » after the suggestions shown at the candidate question got « Je n'ai pas compris votre réponse »
            # (thirty-fourth blind user test): that suggestion's answer, as its button gives it, then the question again (not
            # counted as a failed answer).
            answered = faq_turn(as_the_button_pressed(self.latest_message, picked), faq, slots, self.events, in_form=True)
            kept = {k: v for k, v in answered.updates.items() if k != "requested_slot"}
            return Understanding(updates={**kept, FAILURES_SLOT: float(slots.get(FAILURES_SLOT) or 0)}, messages=answered.replies)
        # (A question the check does not read is the FAQ's, answered or declined: never dropped.)
        result = questions_in_the_check(self.latest_message, faq, read_with_questions(text, requested, slots, intent), slots)
        if requested is not None and declined_remark(text, result, slots):
            result = remark_counted(result, slots)  # « ce qui vous arrange » (forty-sixth blind user test, u46-04)
        if result.leave:
            # « je voulais juste une info »: the check left politely, its answers kept aside as « annuler » keeps them
            # (action_cancel_form), for « reprendre la vérification »; the verdict that the rules run next says nothing.
            kept = kept_answers(slots, RESUMABLE)
            result.updates = {**{name: None for name in (*CHECK_SLOTS, *FRESH)}, KEPT_SLOT: kept or None, OFFER_SLOT: None}
            result.messages = [messages.CHECK_LEFT_KEPT if kept else messages.CHECK_LEFT]
            if result.cancelled:  # (« non laissez tomber, annuler, … »: as « annuler » alone, fifty-first blind user test, u51-10)
                result.messages = [messages.CHECK_CANCELLED_KEPT if kept else messages.CANCELLED]
            elif result.asks:  # « je veux pas de vérification, combien ça coûte ? »: the question answered too
                result.messages = left_with_a_question(self.latest_message, cached_faq(), bool(kept))
        return result

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        self.latest_message = tracker.latest_message or {}
        self.events = list(tracker.events)
        return await super().run(dispatcher, tracker, domain)


class AskSlot:
    """Mixin: asks the question of one slot of the eligibility form (follow-ups, contract choice, way out)."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**ask_message(self.slot, tracker.slots))
        return []


class ActionAskContractType(AskSlot, Action):
    slot = "contract_type"


class ActionAskContractDuration(AskSlot, Action):
    slot = "contract_duration"


class ActionAskDepartment(AskSlot, Action):
    slot = "department"


class ActionAskCandidateStatus(AskSlot, Action):
    slot = "candidate_status"


class ActionStartEligibility(Action):
    """Starts a fresh check, filled with what the message already says about the project.

    « je veux déposer une intention d'embauche » first gets the official answer
    on how to apply; a project (« … soudeur en CDI à Cholet ») fills its answers.
    """

    def name(self) -> str:
        return "action_start_eligibility"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return carry_out(start_check_turn(tracker.latest_message or {}, cached_faq(), tracker.events, tracker.slots), dispatcher)


class ActionEligibilityVerdict(Action):
    """Applies data/eligibility/rules.yml to the answers and explains the verdict."""

    def name(self) -> str:
        return "action_eligibility_verdict"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return carry_out(verdict_turn(tracker.slots, cached_faq(), answered_with_the_check_start(tracker.events)), dispatcher, tracker.events)
