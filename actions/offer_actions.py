"""« oui / ok / d'accord / on y va » accept the assistant's latest offer, « non » declines it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from bot.dialogue import messages
from bot.dialogue.turns import (
    ANSWER_FAQ_ACTION,
    LISTEN,
    START_CHECK_ACTION,
    START_SUBMISSION_ACTION,
    Turn,
    after_sending_turn,
    already_submitted_turn,
    answer_to_the_check_offer,
    asks_promised_request,
    correction_turn,
    feedback_in_words_turn,
    intent_of,
    offer_turn,
    place_corrected_after_no,
    thanks_turn,
    whether_sent_turn,
)
from bot.faq.entries import cached_faq
from bot.faq.replies import OFFER_CHECK, OFFER_SENT, OFFER_SLOT, answered_with_the_check_start, offer_reply
from bot.language.cues import remark_on_the_assistant
from bot.submission.after_sending import asks_another_request
from bot.submission.dialogue import wants_to_resume
from bot.submission.form_slots import REFERENCE_SLOT


class ActionAnswerOffer(Action):
    """Reads slot ``pending_offer`` (set by the action that offered) on affirm / deny."""

    def name(self) -> str:
        return "action_answer_offer"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        offer = tracker.get_slot(OFFER_SLOT)
        message = tracker.latest_message or {}
        corrected = correction_turn(message.get("text") or "", tracker.slots, cached_faq(), answered_with_the_check_start(tracker.events),
                                    message)
        if corrected is not None:  # « non pardon, c'est à Saint-Herblain » after the verdict: a correction, not a « no »
            return carry_out(corrected, dispatcher)
        if wants_to_resume(message.get("text") or "", tracker.slots):
            # « bon ok finalement j'accepte » after refusing the consent got « posez-moi votre question » (eighth user test).
            return carry_out(Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION), dispatcher)
        text = message.get("text") or ""
        if (sent_or_not := whether_sent_turn(text, tracker.slots)) is not None:
            return carry_out(sent_or_not, dispatcher)  # (« rien n'est parti hein ? », read « non »: fifty-second blind user test)
        if (tracker.get_slot(REFERENCE_SLOT) and (asks_another_request(text) or asks_promised_request(text, tracker.slots))
                and (another := after_sending_turn(text, tracker.slots)) is not None):
            # « Je ne veux pas la modifier, je veux faire une NOUVELLE demande pour 2 chaudronniers » read as « non » once the
            # request was sent: the new request's check, not « Posez-moi votre question » (thirty-fourth blind user test).
            return carry_out(another, dispatcher)
        if (offer == OFFER_CHECK and answer_to_the_check_offer(text, tracker.events)) or place_corrected_after_no(text, tracker.events, tracker.slots):
            # « pas encore de candidat » to « Voulez-vous vérifier maintenant… ? » (read as « non »), « non pardon, c'est à Laval »
            # after « Non » for Rennes: the check, with them (twenty-seventh blind user test).
            return carry_out(Turn(updates={OFFER_SLOT: None}, next_action=START_CHECK_ACTION), dispatcher)
        if remark_on_the_assistant(text):
            # « pfff t'es pas très malin », read as « non », declined the open offer (forty-first blind user test's remark): the
            # FAQ turn's apology, the offer left open.
            return carry_out(Turn(next_action=ANSWER_FAQ_ACTION), dispatcher)
        reply = offer_reply(message.get("text") or "", intent_of(message))
        voted = feedback_in_words_turn(reply, tracker.slots, tracker.events, cached_faq(), text)
        if voted is not None:
            return carry_out(voted, dispatcher)
        bot_said = [e.get("text") for e in tracker.events if e.get("event") == "bot"]
        if offer == OFFER_SENT and reply == "accept" and bot_said and bot_said[-1] == messages.THANKS_REPLY["text"]:
            # « oui » to « Avez-vous une autre question ? » after « merci »: a question is coming, not the reference
            # again (fourteenth blind user test).
            return carry_out(Turn([messages.NO_OFFER], next_action=LISTEN), dispatcher)
        if offer == OFFER_SENT and reply == "accept" and tracker.get_slot(REFERENCE_SLOT):
            # The same reference again, never a second request. (It was a FollowupAction to the storing action,
            # which no rule followed: the conversation looped, then answered nothing: thirteenth blind user test.)
            return carry_out(already_submitted_turn(tracker.get_slot(REFERENCE_SLOT)), dispatcher)
        return carry_out(offer_turn(offer, reply, message.get("text") or "", tracker.slots, cached_faq()), dispatcher)


class ActionThank(Action):
    """« merci » gets the thanks; « super » right after the offer to prepare the request gets the offer again."""

    def name(self) -> str:
        return "action_thank"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return carry_out(thanks_turn((tracker.latest_message or {}).get("text") or "", tracker.slots), dispatcher)
