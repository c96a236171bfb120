"""« oui / ok / d'accord / on y va » accept the assistant's latest offer, « non » declines it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.submission_actions import submit
from bot.faq.replies import NO_OFFER, OFFER_CHECK, OFFER_DECLINED, OFFER_SENT, OFFER_SLOT, OFFER_SUBMISSION, offer_reply

#: The action that carries out each offer when accepted.
ACCEPTED = {
    OFFER_CHECK: "action_start_eligibility",
    OFFER_SUBMISSION: "action_start_submission",
}


class ActionAnswerOffer(Action):
    """Reads slot ``pending_offer`` (set by the action that offered) on affirm / deny."""

    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        offer = tracker.get_slot(OFFER_SLOT)
        message = tracker.latest_message or {}
        reply = offer_reply(message.get("text") or "", (message.get("intent") or {}).get("name"))
        if offer == OFFER_SENT and reply == "accept":
            return submit(dispatcher, tracker)  # the same reference again, never a second request
        if offer not in ACCEPTED:
            dispatcher.utter_message(**NO_OFFER)
            return []
        if reply == "decline":
            dispatcher.utter_message(text=OFFER_DECLINED)
            return [SlotSet(OFFER_SLOT, None)]
        return [FollowupAction(ACCEPTED[offer])]
