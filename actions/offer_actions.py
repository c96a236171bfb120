"""« oui / ok / d'accord / on y va » accept the assistant's latest offer, « non » declines it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from actions.submission_actions import submit
from bot.dialogue.turns import intent_of, offer_turn
from bot.faq.replies import OFFER_SENT, OFFER_SLOT, offer_reply


class ActionAnswerOffer(Action):
    """Reads slot ``pending_offer`` (set by the action that offered) on affirm / deny."""

    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        offer = tracker.get_slot(OFFER_SLOT)
        message = tracker.latest_message or {}
        reply = offer_reply(message.get("text") or "", intent_of(message))
        if offer == OFFER_SENT and reply == "accept":
            return await submit(dispatcher, tracker)  # the same reference again, never a second request
        return carry_out(offer_turn(offer, reply), dispatcher)
