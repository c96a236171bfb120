"""Actions of the guided eligibility check (logic in bot.eligibility.dialogue)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.form_validation import DialogueFormValidation
from bot.dialogue import messages as prompts
from bot.eligibility.dialogue import (
    CHECK_SLOTS,
    MEMORY_SLOT,
    REASONS_SLOT,
    VERDICT_SLOT,
    Understanding,
    ask_message,
    conclude,
    opening_updates,
    remembered_place,
    required_slots,
    understand,
    verdict_messages,
)
from bot.faq.entries import cached_faq
from bot.faq.replies import OFFER_SLOT, OFFER_SUBMISSION, PROCEDURE_ENTRY, answer_message, asks_procedure
from bot.submission.dialogue import KEPT_SLOT, REFERENCE_SLOT


class ValidateEligibilityForm(DialogueFormValidation):
    """Reads every answer of the check, including corrections of earlier answers."""

    def name(self) -> str:
        return "validate_eligibility_form"

    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        return required_slots(slots)

    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        result = understand(text, requested, slots, intent)
        if "department" in result.updates:
            # The town is remembered for the submission's « work location ».
            memory = remembered_place(text, slots)
            if memory:
                result.updates[MEMORY_SLOT] = memory
        return result


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
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        intent = (message.get("intent") or {}).get("name")
        updates = opening_updates(text) if not text.startswith("/") else {}
        if intent in ("check_eligibility", "start_submission") and not updates and asks_procedure(text):
            dispatcher.utter_message(**answer_message(cached_faq(), PROCEDURE_ENTRY))
        dispatcher.utter_message(**prompts.ELIGIBILITY_INTRO)
        events = [SlotSet(name, updates.get(name)) for name in CHECK_SLOTS]
        events += [SlotSet(MEMORY_SLOT, updates.get(MEMORY_SLOT)), SlotSet(OFFER_SLOT, None), SlotSet(KEPT_SLOT, None)]
        return events + [SlotSet(REFERENCE_SLOT, None)]


class ActionEligibilityVerdict(Action):
    """Applies data/eligibility/rules.yml to the answers and explains the verdict."""

    def name(self) -> str:
        return "action_eligibility_verdict"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        verdict = conclude(tracker.slots)
        for reply in verdict_messages(verdict, tracker.slots, cached_faq()):
            dispatcher.utter_message(**reply)
        offer = OFFER_SUBMISSION if verdict.verdict in ("eligible", "derogation") else None
        return [SlotSet(VERDICT_SLOT, verdict.verdict), SlotSet(REASONS_SLOT, list(verdict.reasons)), SlotSet(OFFER_SLOT, offer)]
