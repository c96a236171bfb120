"""Actions of the hiring-intent submission (logic in bot.submission.dialogue).

The recap is the form's last question (slot ``submission_confirmed``): every
message typed at the recap is read by our own code (``recap_turn``), never by
Rasa rules, so that no sentence can restart the form or erase the answers.
"""

from __future__ import annotations

import asyncio
from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.form_validation import DialogueFormValidation
from bot.dialogue import messages
from bot.dialogue.turns import left_open_replies
from bot.eligibility.dialogue import CHECK_SLOTS, MEMORY_SLOT, Understanding
from bot.faq.entries import cached_faq
from bot.faq.replies import OFFER_SENT, OFFER_SLOT, asks_procedure, candidates_found_rule, current_employee_rule, replies_for
from bot.faq.router import decide
from bot.submission.after_sending import asks_new_request, asks_response_time, sent_reply
from bot.submission.dialogue import (
    CANCELLED_KEPT,
    consent_taken_from_earlier,
    contract_to_choose,
    employer_type_said_before,
    field_turn,
    hours_said_earlier,
    hours_said_since_the_check,
    hours_the_check_showed,
    job_said_before,
    job_said_since_the_check,
    kept_answers,
    memory_updates,
    phone_of_the_two,
    prefilled_notes,
    previous_request,
    previous_request_updates,
    promised_request_named,
    recap_or_reminder,
    recap_question,
    recap_slots,
    recap_turn,
    resumed_slots,
    said_just_before,
    submission_record,
    taken_from_earlier,
    two_contracts_at_the_start,
    wants_to_resume,
)
from bot.submission.fields import VALUE
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    BEFORE_CORRECTION_SLOT,
    CONFIRM_SLOT,
    CONSENT_REFUSED,
    CONSENT_SLOT,
    CONTACT_ASIDE_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    KEPT_SLOT,
    OTHER_EMAIL_SLOT,
    PREVIOUS_REQUEST_SLOT,
    RECAP_ALTERNANCE,
    RECAP_CANCEL_CONFIRMED,
    RECAP_CANCEL_PENDING,
    RECAP_DURATION,
    RECAP_STATE_SLOT,
    REFERENCE_SLOT,
    SUBMISSION_SLOTS,
)
from bot.submission.questions import (
    asked_which_email,
    asked_which_phone,
    can_submit,
    question,
    submission_intro,
)
from bot.submission.recap import RECAP_CORRECT, field_to_correct, understand_recap
from bot.submission.store import SubmissionError, SubmissionStore

#: Every slot a resumption may restore.
RESUMABLE = (*CHECK_SLOTS, *SUBMISSION_SLOTS, MEMORY_SLOT)
#: Slots a new submission starts without (its failure counter included).
FRESH = (*SUBMISSION_SLOTS, CONFIRM_SLOT, RECAP_STATE_SLOT, ATTEMPTS_SLOT, BEFORE_CORRECTION_SLOT, CONTACT_ASIDE_SLOT, OTHER_EMAIL_SLOT)


@lru_cache(maxsize=1)
def store() -> SubmissionStore:
    """One store per action server (SQLite under var/, or BOT_DB_URL)."""
    return SubmissionStore()


class ValidateHiringIntentForm(DialogueFormValidation):
    def name(self) -> str:
        return "validate_hiring_intent_form"

    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        return recap_slots(slots)

    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        if requested != CONFIRM_SLOT:
            # The FAQ's answer when it is a confident one: a question about the scheme typed at a question of the request
            # gets it (twenty-third blind user test), never its suggestions.
            faq = cached_faq()
            # (« … france travail peut nous en envoyer ? », the classifier unsure: the FAQ's answer on the candidates' selection,
            # fifty-first blind user test, u51-08)
            decision = candidates_found_rule(decide(self.latest_message, known_ids=set(faq.ids)), text, faq)
            answered = replies_for(decision, faq, asked=text) if decision.kind == "answer" and decision.answers else None
            # (« pour la saison, le 15 mars. Elle pourra garder ses 15h a la cantine en plus ? » at the start date lost its
            # question: forty-seventh blind user test, u47-10)
            keeping_job = left_open_replies(text)
            answered = keeping_job or answered
            # (« je vous l'ai déjà dit au début » at the weekly hours: the hours of an earlier message, twenty-eighth blind user test.)
            recalled = hours_said_earlier(text, requested, slots, self.earlier)
            # (« je viens de vous le donner ?? » at the contact's name got « … doit être écrit avec des lettres »: thirty-fifth
            # blind user test.)
            recalled = recalled or said_just_before(text, requested, slots, self.earlier)
            # (« le portable » after two numbers offered for one: no number found, a defect left open by the blind user tests)
            recalled = recalled or phone_of_the_two(text, requested, slots, self.earlier)
            result = recalled if recalled is not None else field_turn(text, requested, slots, intent, answered)
            if keeping_job and result.kind == VALUE and not result.interruption and not any(m in result.messages for m in keeping_job):
                result.messages[:0] = keeping_job  # (the date kept, its question answered first)
        else:
            faq = cached_faq()
            # (« et si l'un des deux est deja chez nous en PEC, ca marche aussi ? », the classifier unsure, got « Je n'ai pas de
            # réponse » at the recap: forty-seventh blind user test, u47-04.)
            decision = candidates_found_rule(current_employee_rule(decide(self.latest_message, known_ids=set(faq.ids)), text, faq), text, faq)
            result = recap_turn(text, slots, intent, replies_for(decision, faq, asked=text))
        if result.kind == RECAP_CANCEL_CONFIRMED:
            # Confirmed « annuler »: keep the answers for « je veux reprendre ma demande », then clear them.
            kept = kept_answers(slots, RESUMABLE)
            result.updates = {name: None for name in (*CHECK_SLOTS, *FRESH)}
            result.updates[KEPT_SLOT] = kept or None
            result.messages = [CANCELLED_KEPT]
        return result

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        self.latest_message = tracker.latest_message or {}
        #: The employer's messages before the latest one.
        self.earlier = [str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"][:-1]
        return await super().run(dispatcher, tracker, domain)


class AskField:
    """Mixin: asks one field of the submission form (one Action class per field below)."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        # (not while « Voulez-vous vraiment annuler ? » or « L'alternance : apprentissage ou professionnalisation ? » waits)
        if self.slot == "contact_phone" and asked_which_phone(str((tracker.latest_message or {}).get("text") or ""), _said_since_the_user(tracker)):
            return []  # (which of the two numbers typed was asked, with both as buttons: that is the question)
        if self.slot == "contact_email" and asked_which_email(str((tracker.latest_message or {}).get("text") or ""), _said_since_the_user(tracker)):
            return []  # (which of the two addresses an initial typed apart may be was asked, with both as buttons)
        # (nor while « Quelle est la durée du contrat ? » waits: forty-fifth blind user test)
        if tracker.get_slot(RECAP_STATE_SLOT) not in (RECAP_CANCEL_PENDING, RECAP_ALTERNANCE, RECAP_DURATION):
            asked = self.slot == CONSENT_SLOT and _asked_just_before(tracker, self.slot)
            dispatcher.utter_message(**question(self.slot, tracker.slots, asked_before=asked))
        return []


def _asked_just_before(tracker: Tracker, slot: str) -> bool:
    """Whether the question of ``slot`` was the last thing said before the latest user message: asked again after a
    question answered there (the whole consent notice came again after each FAQ answer: twenty-seventh blind user test)."""
    return _asked_last(tracker) in {question(slot, {})["text"], question(slot, {}, asked_before=True)["text"]}


# One ask action per field: action_ask_company_name, action_ask_siret, …
for _slot in FIELD_VALIDATORS:
    globals()[f"ActionAsk_{_slot}"] = type(f"ActionAsk_{_slot}", (AskField, Action), {"slot": _slot})


class ActionAskSubmissionConfirmed(Action):
    """The recap, asked as the form's last question."""

    def name(self) -> str:
        return f"action_ask_{CONFIRM_SLOT}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        latest = str((tracker.latest_message or {}).get("text") or "")
        last_recap = next((str(e.get("text")) for e in reversed(tracker.events or [])
                           if e.get("event") == "bot" and str(e.get("text") or "").startswith(messages.RECAP_TITLE)), None)
        message = recap_or_reminder(tracker.slots, _asked_last(tracker), last_recap, latest)
        if message:
            dispatcher.utter_message(**message)
        return []


def _asked_last(tracker: Tracker) -> str | None:
    """The text of the last message the assistant sent before the employer's latest one (None without one)."""
    seen_user = False
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            if seen_user:
                return None
            seen_user = True
        elif event.get("event") == "bot" and seen_user:
            return str(event.get("text") or "")
    return None


class ActionStartSubmission(Action):
    """Starts the submission, or resumes the one kept after « annuler » or a refused consent.

    What was said earlier (the commune and the job title of the opening
    message or of the check) fills the matching fields.
    """

    def name(self) -> str:
        return "action_start_submission"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        kept = tracker.get_slot(KEPT_SLOT) or {}
        if kept:
            restored, consented = resumed_slots({**{n: None for n in FRESH}, **kept}, (tracker.latest_message or {}).get("text") or "")
            events: list[EventType] = [SlotSet(n, v) for n, v in restored.items()] + [SlotSet(KEPT_SLOT, None), SlotSet(OFFER_SLOT, None)]
            if not can_submit(restored):  # the check was stopped, no request started
                dispatcher.utter_message(text=messages.CHECK_RESUMED)
                return events + [FollowupAction("eligibility_form")]
            dispatcher.utter_message(text=messages.SUBMISSION_RESUMED_WITH_CONSENT if consented else messages.SUBMISSION_RESUMED)
            if (to_choose := contract_to_choose(restored)) is not None:
                # (the contract the check left undecided, still to choose: its question first, as when the request started)
                dispatcher.utter_message(**to_choose[0])
                events += [SlotSet(name, value) for name, value in to_choose[1].items()]
            return events
        if tracker.get_slot(REFERENCE_SLOT):
            # Another request once one is sent: its project is checked first (it kept the sent one's contract and
            # place: tenth blind user test); the employer and contact are taken back when the request starts.
            dispatcher.utter_message(text=messages.NEW_REQUEST_CHECK_FIRST.format(reference=tracker.get_slot(REFERENCE_SLOT)))
            return [SlotSet(OFFER_SLOT, None), FollowupAction("action_start_eligibility")]
        if not can_submit(tracker.slots):
            if not asks_procedure((tracker.latest_message or {}).get("text") or ""):
                dispatcher.utter_message(text=messages.NOT_ELIGIBLE_YET)  # else action_start_eligibility answers how to apply
            return [SlotSet(OFFER_SLOT, None), FollowupAction("action_start_eligibility")]
        remembered = memory_updates(tracker.get_slot(MEMORY_SLOT), contract=tracker.get_slot("contract_type"))
        if tracker.get_slot("eligibility") != "derogation":
            # (a reason for a short contract said earlier, for a request that needs no derogation: none is kept, its recap shows
            # none; a later change to a short contract takes it then, saying so: contract_updates)
            remembered.pop("derogation_justification", None)
        # (the SIRET of the request sent, given or skipped, for the same place of work: a SIRET skipped was asked again)
        reused, said = previous_request_updates(tracker.slots, place=remembered.get("work_location"))
        # (The hours the check showed, and the consent given before it was asked, were asked again: thirty-first blind user
        # test.)
        remembered = {**hours_the_check_showed(tracker.slots), **remembered}
        if remembered.get("employer_type") is None:
            # (« directrice d'un EHPAD associatif » in a first message the FAQ answered was asked again: thirty-sixth blind user
            # test)
            remembered.update(employer_type_said_before([str(e.get("text") or "") for e in tracker.events if e.get("event") == "user"]))
        since_the_check = _said_since_the_check(tracker)
        if remembered.get("weekly_hours") is None:
            # (« … mon mecano sera a 35h de toute façon » beside a question after the verdict was asked again: fortieth blind
            # user test, u40-01)
            remembered.update(hours_said_since_the_check(since_the_check))
        if remembered.get("job_title") is None or remembered.get("positions") is None:
            # (« Préparons la demande pour 2 soudeurs TIG … » after a verdict: thirty-ninth blind user test, u39-08; the count too
            # when the job was known: « bon on prepare la demande pour 4 conducteurs » after « … conducteurs poids lourds … » in
            # the first message, the count asked again: forty-first blind user test, u41-10)
            job = job_said_since_the_check(since_the_check)
            remembered.update({k: v for k, v in job.items() if remembered.get(k) is None})
        if remembered.get("job_title") is None:
            # (« … pour recruter un agent d'entretien des espaces verts ? » in a first message the FAQ answered was asked again:
            # forty-seventh blind user test, u47-04)
            remembered.update(job_said_before(_said_since_the_last_request(tracker)))
        consent, notice = consent_taken_from_earlier(tracker.slots)
        prefilled = {**remembered, **reused, **consent}
        dispatcher.utter_message(text=submission_intro({**tracker.slots, **{n: prefilled.get(n) for n in FRESH}}))
        if (taken := taken_from_earlier({n: v for n, v in remembered.items() if n not in reused})) is not None:
            dispatcher.utter_message(**taken)
        if said is not None:
            dispatcher.utter_message(**said)
        for message in notice:
            dispatcher.utter_message(**message)
        for note in prefilled_notes(prefilled):
            dispatcher.utter_message(**note)
        if (two := two_contracts_at_the_start(tracker.slots)) is not None:
            dispatcher.utter_message(**two)  # one request per contract (twenty-third blind user test)
        waiting: list[EventType] = []
        if (to_choose := contract_to_choose(tracker.slots)) is not None:
            # « CDI ou CDD de 8 mois », a bare « alternance »: the check did not ask which (the same verdict), the request does
            asked, pending = to_choose
            dispatcher.utter_message(**asked)
            waiting = [SlotSet(name, value) for name, value in pending.items()]
        return [SlotSet(name, prefilled.get(name)) for name in FRESH] + [SlotSet(OFFER_SLOT, None), *waiting]


class ActionSubmissionRecap(Action):
    """Runs when the form ends: after a refused consent, keeps the answers and explains."""

    #: It stores the confirmed request (:func:`submit`): the action server runs it, not Rasa.
    on_action_server = True

    def name(self) -> str:
        return "action_submission_recap"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if not can_submit(tracker.slots):
            return []  # cancelled, or action_start_submission already explained why
        if tracker.get_slot(CONSENT_SLOT) == CONSENT_REFUSED:
            dispatcher.utter_message(text=f"{messages.CONSENT_REFUSED_TEXT} {messages.RESUME_TEXT}")
            dispatcher.utter_message(**messages.CONTACT_POINTER)
            kept = kept_answers(tracker.slots, RESUMABLE)
            return [SlotSet(name, None) for name in FRESH] + [SlotSet(KEPT_SLOT, kept or None)]
        if tracker.get_slot(CONFIRM_SLOT):
            return await submit(dispatcher, tracker)
        message = recap_question({**tracker.slots, RECAP_STATE_SLOT: None})
        if message:
            dispatcher.utter_message(**message)
        return []


def _said_since_the_check(tracker: Tracker) -> list[str]:
    """The employer's messages since the latest check began (« Vérifions ensemble… », or « Avant de préparer la demande,
    vérifions… »), none without one; never those before a request sent (its answers are not this one's)."""
    events = list(tracker.events or [])
    starts = (messages.ELIGIBILITY_INTRO["text"], messages.NOT_ELIGIBLE_YET)
    began = max((i for i, e in enumerate(events) if e.get("event") == "bot" and e.get("text") in starts
                 or e.get("event") == "slot" and e.get("name") == REFERENCE_SLOT and e.get("value")), default=None)
    if began is None:
        return []
    return [str(e.get("text") or "") for e in events[began:] if e.get("event") == "user"]


def _said_since_the_last_request(tracker: Tracker) -> list[str]:
    """The employer's messages since the last request was sent (all of them before any), never those of a request sent."""
    events = list(tracker.events or [])
    sent = max((i for i, e in enumerate(events) if e.get("event") == "slot" and e.get("name") == REFERENCE_SLOT and e.get("value")), default=-1)
    return [str(e.get("text") or "") for e in events[sent + 1:] if e.get("event") == "user"]


def _said_since_the_user(tracker: Tracker) -> list[str]:
    """What the assistant said since the latest user message."""
    said: list[str] = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        if event.get("event") == "bot" and event.get("text"):
            said.append(event["text"])
    return said


async def submit(dispatcher: CollectingDispatcher, tracker: Tracker) -> list[EventType]:
    """Store the confirmed request once; a second confirmation gives the same reference.

    The store is synchronous and may wait for a busy database: it runs in a
    thread so that the action server keeps serving other conversations.
    """
    reference = tracker.get_slot(REFERENCE_SLOT)
    if reference and messages.ALREADY_SENT.format(reference=reference) in _said_since_the_user(tracker):
        # « c'est 3 postes pas 4, je peux modifier la demande envoyée ? » got « écrivez-leur… », then the form the correction's
        # rule opens ended here with « rien de plus à faire » (twenty-third blind user test): the reply already given stands.
        return []
    if not can_submit(tracker.slots) or not tracker.get_slot(CONSENT_SLOT) or tracker.get_slot(CONSENT_SLOT) == CONSENT_REFUSED:
        dispatcher.utter_message(text=messages.NOTHING_TO_SEND, buttons=[messages.CHECK_BUTTON])
        return [SlotSet(OFFER_SLOT, None)]
    try:
        reference, created = await asyncio.to_thread(store().save, submission_record(tracker.slots), tracker.sender_id)
    except SubmissionError as error:
        dispatcher.utter_message(text=messages.NOT_SAVED.format(error=error))
        dispatcher.utter_message(**messages.CONTACT_POINTER)
        return [SlotSet(CONFIRM_SLOT, None), SlotSet(OFFER_SLOT, None)]
    dispatcher.utter_message(text=sent_reply(reference, created, tracker.slots))
    if created and asks_new_request((tracker.latest_message or {}).get("text") or ""):
        # « Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans. » (thirty-sixth blind user test).
        dispatcher.utter_message(text=messages.NEXT_REQUEST_AFTER_SENDING)
    elif created and asks_response_time((tracker.latest_message or {}).get("text") or ""):
        # « C'est correct, j'envoie. Vous me direz quand j'aurai une réponse ? » (thirty-eighth blind user test): sent, then the
        # delay the FAQ does not give (what the staff do is said by the sending).
        dispatcher.utter_message(text=messages.RESPONSE_TIME_ONCE_SENT)
    if created and not asks_new_request((tracker.latest_message or {}).get("text") or "") and (promised := promised_request_named(tracker.slots)):
        # The request promised for the other contract of the first message waits (« une fois envoyée, écrivez « nouvelle
        # demande » … »): nothing said so once this one was sent (fiftieth blind user test, u50-15).
        dispatcher.utter_message(text=messages.NEXT_PROMISED_REQUEST.format(project=promised))
    return [SlotSet(REFERENCE_SLOT, reference), SlotSet(OFFER_SLOT, OFFER_SENT), SlotSet(PREVIOUS_REQUEST_SLOT, previous_request(tracker.slots))]


class ActionSubmitHiringIntent(Action):
    """Stores the confirmed recap (see :func:`submit`)."""

    #: The action server runs it, with the submissions database (bot.rasa_plugins.in_process_actions).
    on_action_server = True

    def name(self) -> str:
        return "action_submit_hiring_intent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        return await submit(dispatcher, tracker)


class ActionCorrectField(Action):
    """« Modifier » outside the recap (an old button): asks that field again through the form."""

    def name(self) -> str:
        return "action_correct_field"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message = tracker.latest_message or {}
        entity = next((e.get("value") for e in message.get("entities") or [] if e.get("entity") == "field"), None)
        slot = field_to_correct(message.get("text") or "", entity)
        left = tracker.get_slot(KEPT_SLOT) and not any(tracker.get_slot(n) is not None for n in FIELD_VALIDATORS)
        if left and not tracker.get_slot(REFERENCE_SLOT):
            # « oups je me suis trompé de bouton, j'accepte » after a refused consent, classified as a correction, got
            # « Quel champ souhaitez-vous modifier ? » and the form started again from the company (twenty-first blind user
            # test): the request left is resumed (the form follows, as after any « Modifier »), with the field named reopened.
            events = await ActionStartSubmission().run(dispatcher, tracker, domain)
            if slot is None or wants_to_resume(message.get("text") or "", tracker.slots) or any(e.get("event") == "followup" for e in events):
                return events  # (the check resumed first, when it was left before its verdict)
            dispatcher.utter_message(text=messages.CORRECT_AGAIN.format(label=FIELD_LABELS[slot]))
            return [*events, SlotSet(slot, None)]
        reference = tracker.get_slot(REFERENCE_SLOT)
        if reference:  # an old « Modifier » button after sending: never a second, silent request
            dispatcher.utter_message(text=messages.ALREADY_SENT.format(reference=reference))
            dispatcher.utter_message(**messages.CONTACT_POINTER)
            return []
        typed = message.get("text") or ""
        begun = any(tracker.get_slot(n) is not None for n in FIELD_VALIDATORS)
        if not begun and not tracker.active_loop_name and typed and not typed.startswith("/"):
            # « vous avez un numero de telephone ? » (the first message, or after the verdict) got « Quel champ souhaitez-vous
            # modifier ? Choisissez-le dans le récapitulatif. » with no recap (forty-sixth blind user test, u46-09, u46-10): with
            # no request begun there is nothing to correct, the message is read as any other.
            from actions.faq_actions import ActionAnswerFaq

            return await ActionAnswerFaq().run(dispatcher, tracker, domain)
        if can_submit(tracker.slots) and typed and not typed.startswith("/"):
            read = understand_recap(typed, tracker.slots)
            if read.kind == RECAP_CORRECT and read.updates:
                # « Le nom de l'entreprise n'est pas bon, mettez juste : Camping Les Flots Bleus » got « D'accord, corrigeons :
                # Entreprise. » and the question (twenty-ninth blind user test): the new value typed is taken, the recap follows.
                for said in read.messages:
                    dispatcher.utter_message(**said)
                return [*(SlotSet(name, value) for name, value in read.updates.items()),
                        SlotSet(REFERENCE_SLOT, None), SlotSet(CONFIRM_SLOT, None), SlotSet(RECAP_STATE_SLOT, None)]
        if slot is None or not can_submit(tracker.slots):
            dispatcher.utter_message(text=messages.WHICH_FIELD_TO_CHANGE)
            return []
        dispatcher.utter_message(text=messages.CORRECT_AGAIN.format(label=FIELD_LABELS[slot]))
        return [SlotSet(slot, None), SlotSet(REFERENCE_SLOT, None), SlotSet(CONFIRM_SLOT, None), SlotSet(RECAP_STATE_SLOT, None)]
