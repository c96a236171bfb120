"""Actions that answer FAQ questions or offer the closest ones."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.eligibility.dialogue import opening_updates
from bot.faq.entries import cached_faq
from bot.faq.replies import (
    COVERAGE_ENTRY,
    FEEDBACK_THANKS,
    OFFER_SLOT,
    PROCEDURE_ENTRY,
    asks_procedure,
    coverage_question,
    feedback_from,
    followup_for,
    last_answered_faq,
    offer_after,
    offer_reply,
    replies_for,
)
from bot.faq.router import RETRIEVAL_INTENT, Decision, decide, follow_up
from bot.submission.dialogue import REFERENCE_SLOT, can_submit


class ActionAnswerFaq(Action):
    """Carries out the decision on an FAQ message: one or several answers, the
    closest questions when unsure, or a polite refusal.

    Runs for the retrieval intent ``faq`` (typed questions and suggestion
    buttons) and for ``nlu_fallback``; the decision itself was taken in the NLU
    pipeline (bot.rasa_plugins.faq_classifier) or by the button's payload.
    """

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        faq = cached_faq()
        message = tracker.latest_message or {}
        text = message.get("text") or ""
        in_form = bool(tracker.active_loop_name)
        decision = decide(message, known_ids=set(faq.ids))
        if not in_form:
            decision = follow_up(decision, text, last_answered_faq(tracker.events))  # « et en Sarthe ? »
        project = False
        if not in_form and tracker.get_slot(OFFER_SLOT) and offer_reply(text, decision.intent):
            return [FollowupAction("action_answer_offer")]  # « on y va » after the assistant's offer
        if not in_form and not text.startswith("/"):
            if coverage_question(text, decision) and COVERAGE_ENTRY in faq:
                decision = Decision("answer", faq_id=COVERAGE_ENTRY, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[COVERAGE_ENTRY])
            elif decision.kind in ("suggest", "unclear") and asks_procedure(text) and PROCEDURE_ENTRY in faq:
                # « je voudrais faire la demande » when the classifier hesitates: how to apply, then the check.
                decision = Decision("answer", faq_id=PROCEDURE_ENTRY, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[PROCEDURE_ENTRY])
            # A hiring project (« je cherche un soudeur en CDI à Cholet ») starts the check with what it says.
            project = bool(opening_updates(text))
            if project and not decision.answers:
                return [SlotSet(OFFER_SLOT, None), FollowupAction("action_start_eligibility")]
        # « Comment faire la demande ? »: the official answer, then the check (or the request once eligible).
        procedure = not in_form and PROCEDURE_ENTRY in decision.answers
        leads_on = project or procedure
        for reply in replies_for(decision, faq):
            dispatcher.utter_message(**reply)
        for reply in followup_for(decision, faq, in_form=in_form or leads_on):
            dispatcher.utter_message(**reply)
        if in_form:
            return []
        if leads_on:
            ready = procedure and not project and can_submit(tracker.slots) and not tracker.get_slot(REFERENCE_SLOT)
            return [SlotSet(OFFER_SLOT, None), FollowupAction("action_start_submission" if ready else "action_start_eligibility")]
        return [SlotSet(OFFER_SLOT, offer_after(decision, faq, in_form))]


class ActionRecordFeedback(Action):
    """Records 👍/👎 on an FAQ answer in slot ``faq_feedback`` (kept in the tracker store)."""

    def name(self) -> str:
        return "action_record_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        message = tracker.latest_message or {}
        entities = {e.get("entity"): e.get("value") for e in message.get("entities") or []}
        feedback = feedback_from(message.get("text") or "", entities, last_answered_faq(tracker.events), set(cached_faq().ids))
        if feedback is None:
            dispatcher.utter_message(text="Merci ! Posez-moi une question sur le dispositif quand vous voulez.")
            return []
        dispatcher.utter_message(text=FEEDBACK_THANKS[feedback["value"]])
        if feedback["value"] == "down":
            dispatcher.utter_message(response="utter_contact_pointer")
        return [SlotSet("faq_feedback", feedback)]
