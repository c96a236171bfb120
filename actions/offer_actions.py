"""« oui / ok / d'accord / on y va » accept the assistant's latest offer, « non » declines it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from bot.dialogue.turns import START_SUBMISSION_ACTION, Turn, correction_turn, feedback_in_words_turn, intent_of, offer_turn
from bot.faq.entries import cached_faq
from bot.faq.replies import OFFER_SENT, OFFER_SLOT, offer_reply
from bot.submission.dialogue import wants_to_resume


class ActionAnswerOffer(Action):
    """Reads slot ``pending_offer`` (set by the action that offered) on affirm / deny."""

    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        offer = tracker.get_slot(OFFER_SLOT)
        message = tracker.latest_message or {}
        corrected = correction_turn(message.get("text") or "", tracker.slots, cached_faq())
        if corrected is not None:  # « non pardon, c'est à Saint-Herblain » after the verdict: a correction, not a « no »
            return carry_out(corrected, dispatcher)
        if wants_to_resume(message.get("text") or "", tracker.slots):
            # « bon ok finalement j'accepte » after refusing the consent got « posez-moi votre question » (eighth user test).
            return carry_out(Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION), dispatcher)
        reply = offer_reply(message.get("text") or "", intent_of(message))
        voted = feedback_in_words_turn(reply, tracker.slots, tracker.events, cached_faq())
        if voted is not None:
            return carry_out(voted, dispatcher)
        if offer == OFFER_SENT and reply == "accept":
            # The same reference again, never a second request: said by the action that stores requests,
            # which runs on the action server (it alone has the submissions database).
            return [FollowupAction("action_submit_hiring_intent")]
        return carry_out(offer_turn(offer, reply, message.get("text") or ""), dispatcher)
