"""Actions that answer FAQ questions or offer the closest ones."""

from __future__ import annotations

import re
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import carry_out
from bot.dialogue.messages import FEEDBACK_NOTHING_TO_RATE
from bot.dialogue.turns import faq_turn, help_turn
from bot.faq.entries import cached_faq
from bot.faq.feedback import FEEDBACK_SLOT, feedback_from
from bot.faq.replies import alternatives_to, asks_to_hire_and_train, feedback_replies, last_answered_faq, takes_up_the_offer
from bot.language.cues import QUESTION_WORDS, alternation
from bot.language.normalize import normalize

#: A question (« c quand qu'on a la réponse »), not an opinion on an answer.
_ASKS = re.compile(rf"\b{alternation(QUESTION_WORDS)}\b")
#: Rasa's action that waits for the employer's next message.
LISTEN = "action_listen"


class ActionAnswerFaq(Action):
    """Carries out the decision on an FAQ message: one or several answers, the
    closest questions when unsure, or a polite refusal.

    Runs for the retrieval intent ``faq`` (typed questions and suggestion
    buttons) and for ``nlu_fallback``; the decision itself was taken in the NLU
    pipeline (bot.rasa_plugins.faq_classifier) or by the button's payload.

    Rasa runs it in its own process (bot.rasa_plugins.in_process_actions), not
    through the action server.
    """

    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        in_form = bool(tracker.active_loop_name)
        turn = faq_turn(tracker.latest_message or {}, cached_faq(), tracker.slots, tracker.events, in_form=in_form)
        events = carry_out(turn, dispatcher)
        if not turn.next_action and not in_form:
            # The rules listen after an answer outside a form (data/rules.yml): naming the
            # next action spares Rasa one run of its policies per FAQ turn.
            events.append(FollowupAction(LISTEN))
        return events


class ActionHelp(Action):
    """Says what the assistant can do, or the next steps when asked once the request is sent."""

    def name(self) -> str:
        return "action_help"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        text = (tracker.latest_message or {}).get("text") or ""
        if not tracker.active_loop_name and asks_to_hire_and_train(text):
            # « je cherche a embaucher un apprenti mais faut le former, vous pouvez aider ? » got the menu of what the assistant
            # does (twenty-ninth blind user test): what the scheme is for, as the FAQ turn answers it.
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        return carry_out(help_turn(text, tracker.slots), dispatcher)


class ActionRecordFeedback(Action):
    """Records 👍/👎 on an FAQ answer in slot ``faq_feedback`` (kept in the tracker store); after 👎,
    offers the questions ranked next for the same message, then the contact."""

    def name(self) -> str:
        return "action_record_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        entities = {e.get("entity"): e.get("value") for e in message.get("entities") or []}
        faq = cached_faq()
        text = message.get("text") or ""
        if not entities.get("feedback") and takes_up_the_offer(text):
            # « ok convaincu, je me lance » got « Merci pour votre retour ! » (thirtieth blind user test): the offer taken up.
            from actions.offer_actions import ActionAnswerOffer

            return await ActionAnswerOffer().run(dispatcher, tracker, domain)
        feedback = feedback_from(text, entities, last_answered_faq(tracker.events), set(faq.ids))
        if feedback is None and not text.startswith("/") and (("?" in text) or _ASKS.search(normalize(text))):
            # « c'est quand la réponse ? » (read as an opinion on an answer) got « Je vous écoute », six times out of
            # six (fourteenth blind user test): a sentence that rates nothing is read as any typed message.
            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        if feedback is None:
            dispatcher.utter_message(text=FEEDBACK_NOTHING_TO_RATE)
            return []
        alternatives = alternatives_to(tracker.events, feedback["faq_id"], faq) if feedback["value"] == "down" else []
        for reply in feedback_replies(feedback["value"], alternatives, faq):
            dispatcher.utter_message(**reply)
        return [SlotSet(FEEDBACK_SLOT, feedback)]
