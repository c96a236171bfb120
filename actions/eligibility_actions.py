"""Actions of the guided eligibility check (logic in bot.eligibility_dialogue)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.form_validation import DialogueFormValidation
from bot import prompts
from bot.eligibility_dialogue import (
    CHECK_SLOTS,
    FOREIGN_SLOT,
    REASONS_SLOT,
    VERDICT_SLOT,
    Understanding,
    conclude,
    required_slots,
    understand,
    verdict_messages,
)
from bot.faq import cached_faq


class ValidateEligibilityForm(DialogueFormValidation):
    """Reads every answer of the check, including corrections of earlier answers."""

    def name(self) -> str:
        return "validate_eligibility_form"

    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        return required_slots(slots)

    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        return understand(text, requested, slots, intent)


class AskSlot:
    """Mixin: asks the question of one slot of the eligibility form, with its buttons."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**prompts.ASK[self.slot])
        return []


class ActionAskContractType(AskSlot, Action):
    slot = "contract_type"


class ActionAskContractDuration(AskSlot, Action):
    slot = "contract_duration"


class ActionAskDepartment(AskSlot, Action):
    slot = "department"


class ActionAskCandidateStatus(AskSlot, Action):
    """For a foreign national, asks about the work authorisation instead."""

    slot = "candidate_status"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if tracker.get_slot(FOREIGN_SLOT):
            dispatcher.utter_message(**prompts.ASK_WORK_AUTHORISATION)
            return []
        return await super().run(dispatcher, tracker, domain)


class ActionStartEligibility(Action):
    """Starts a fresh check: forgets the answers of a previous one."""

    def name(self) -> str:
        return "action_start_eligibility"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**prompts.ELIGIBILITY_INTRO)
        return [SlotSet(name, None) for name in CHECK_SLOTS]


class ActionEligibilityVerdict(Action):
    """Applies data/eligibility/rules.yml to the answers and explains the verdict."""

    def name(self) -> str:
        return "action_eligibility_verdict"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        verdict = conclude(tracker.slots)
        for reply in verdict_messages(verdict, tracker.slots, cached_faq()):
            dispatcher.utter_message(**reply)
        return [SlotSet(VERDICT_SLOT, verdict.verdict), SlotSet(REASONS_SLOT, list(verdict.reasons))]
