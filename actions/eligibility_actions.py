"""Actions of the guided eligibility check (logic in bot.eligibility_dialogue)."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot import prompts
from bot.eligibility_dialogue import (
    CHECK_SLOTS,
    FOREIGN_SLOT,
    REASONS_SLOT,
    VERDICT_SLOT,
    conclude,
    required_slots,
    understand,
    verdict_messages,
)
from bot.faq import cached_faq

ACTION_LISTEN = "action_listen"


def should_read_latest_message(tracker: Tracker) -> bool:
    """True right after the user spoke, or when the form is being activated.

    When a form resumes after an interruption (an FAQ answer…), the latest
    message was already handled and must not be read as an answer again.
    """
    return tracker.latest_action_name == ACTION_LISTEN or not tracker.active_loop_name


class ValidateEligibilityForm(FormValidationAction):
    """Reads every answer of the check, including corrections of earlier answers."""

    def name(self) -> str:
        return "validate_eligibility_form"

    async def required_slots(
        self, domain_slots: list[str], dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[str]:
        return required_slots(tracker.slots)

    async def get_extraction_events(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[EventType]:
        if not should_read_latest_message(tracker):
            return []
        message = tracker.latest_message or {}
        understanding = understand(
            message.get("text") or "",
            tracker.get_slot("requested_slot"),
            tracker.slots,
            (message.get("intent") or {}).get("name"),
        )
        if understanding.interruption:
            return []  # the form rejects; the rules answer, then the form resumes
        for reply in understanding.messages:
            dispatcher.utter_message(**reply)
        return [SlotSet(name, value) for name, value in understanding.updates.items()]


class AskSlot(Action):
    """Asks the question of one slot of the eligibility form, with its buttons."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**prompts.ASK[self.slot])
        return []


class ActionAskContractType(AskSlot):
    slot = "contract_type"


class ActionAskContractDuration(AskSlot):
    slot = "contract_duration"


class ActionAskDepartment(AskSlot):
    slot = "department"


class ActionAskCandidateStatus(AskSlot):
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
