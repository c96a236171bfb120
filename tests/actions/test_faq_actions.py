"""The FAQ actions, run with a CollectingDispatcher and Tracker.from_dict (no servers, no model).

A typed message carries the NLU component's decision under ``faq_decision``;
a suggestion button carries its entry as the ``faq_id`` entity.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from action_testing import followups, run, sent, slot_events, tracker, user_event
from rasa_sdk import Tracker

from actions.faq_actions import ActionAnswerFaq, ActionHelp, ActionRecordFeedback
from bot.dialogue import messages
from bot.faq.entries import Faq
from bot.faq.replies import (
    COVERAGE_ENTRY,
    OFFER_CHECK,
    OFFER_SLOT,
    OFFER_SUBMISSION,
    OUTSIDE_ENTRY,
    PROCEDURE_ENTRY,
    answer_message,
    faq_button,
    feedback_payload,
)
from bot.faq.router import DECISION_KEY, FAQ_ID_ENTITY, RETRIEVAL_INTENT
from bot.submission.after_sending import asks_confirmation
from bot.submission.dialogue import field_turn
from bot.submission.form_slots import REFERENCE_SLOT

ELIGIBLE = {"eligibility": "eligible", "contract_type": "cdi", "department": "49", "candidate_status": "demandeur_emploi"}


@pytest.fixture(scope="module")
def plain_entry(faq: Faq) -> str:
    """An entry whose answer does not lead to the check."""
    return next(i for i in faq.ids if not faq.get(i).offer_check and i not in (PROCEDURE_ENTRY, COVERAGE_ENTRY))  # type: ignore[union-attr]


@pytest.fixture(scope="module")
def offering_entry(faq: Faq) -> str:
    """An entry whose answer is followed by the offer of the check."""
    return next(i for i in faq.ids if faq.get(i).offer_check and i not in (PROCEDURE_ENTRY, COVERAGE_ENTRY))  # type: ignore[union-attr]


def _button(faq_id: str, **kwargs: Any) -> Tracker:
    payload = f"/{RETRIEVAL_INTENT}{json.dumps({FAQ_ID_ENTITY: faq_id})}"
    return tracker(payload, intent=RETRIEVAL_INTENT, entities=[{"entity": FAQ_ID_ENTITY, "value": faq_id}], **kwargs)


def _typed(text: str, kind: str, faq_ids: list[str] | None = None, suggestions: list[str] | None = None, **kwargs: Any) -> Tracker:
    intent = RETRIEVAL_INTENT if kind in ("answer", "suggest") else "nlu_fallback"
    decision: dict[str, Any] = {"kind": kind, "faq_ids": faq_ids or [], "suggestions": suggestions or [], "confidence": 0.9, "intent": intent}
    decision["faq_id"] = faq_ids[0] if faq_ids else None
    parse: dict[str, Any] = {DECISION_KEY: decision}
    return tracker(text, intent=intent, **parse, **kwargs)


def _feedback_question(faq_id: str) -> messages.Message:
    return {
        "text": messages.FEEDBACK_QUESTION,
        "buttons": [
            {"title": messages.FEEDBACK_UP_TITLE, "payload": feedback_payload(faq_id, "up")},
            {"title": messages.FEEDBACK_DOWN_TITLE, "payload": feedback_payload(faq_id, "down")},
        ],
    }


# ---------------------------------------------------------------- answering


def test_a_suggestion_button_gets_its_answer_and_the_feedback_question(faq: Faq, plain_entry: str) -> None:
    assert ActionAnswerFaq().name() == "action_answer_faq"
    events, said = run(ActionAnswerFaq(), _button(plain_entry, slots={OFFER_SLOT: None}))
    assert sent(said) == [answer_message(faq, plain_entry), _feedback_question(plain_entry)]
    assert events == [{"event": "slot", "timestamp": None, "name": OFFER_SLOT, "value": None}, {"event": "followup", "timestamp": None, "name": "action_listen"}]


def test_an_answer_that_leads_to_the_check_offers_it(faq: Faq, offering_entry: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed("qui peut en bénéficier ?", "answer", [offering_entry]))
    assert sent(said) == [answer_message(faq, offering_entry), _feedback_question(offering_entry), messages.CHECK_OFFER]
    # The rules listen after an answer: the action names it, Rasa runs its policies once less.
    assert slot_events(events) == {OFFER_SLOT: OFFER_CHECK} and followups(events) == ["action_listen"]
    # Not again while that offer is open (« Voulez-vous vérifier maintenant… » at every answer: thirteenth user test),
    # and it stays open.
    events, said = run(ActionAnswerFaq(), _typed("qui peut en bénéficier ?", "answer", [offering_entry], slots={OFFER_SLOT: OFFER_CHECK}))
    assert messages.CHECK_OFFER not in sent(said) and slot_events(events) == {OFFER_SLOT: OFFER_CHECK}


def test_within_a_form_the_answer_sets_nothing_and_offers_nothing(faq: Faq, offering_entry: str) -> None:
    state = _typed("qui peut en bénéficier ?", "answer", [offering_entry], active_loop="eligibility_form", slots={OFFER_SLOT: OFFER_CHECK})
    events, said = run(ActionAnswerFaq(), state)
    assert sent(said) == [answer_message(faq, offering_entry), _feedback_question(offering_entry)]
    assert events == []


def test_a_correction_after_sending_says_where_to_correct_it(faq: Faq) -> None:
    # It got « je ne peux pas répondre à cette question » (fourth blind user test, 2026-11-30).
    text = "mince j'ai oublié, l'email c'est plutot creperie.goeland@orange.fr, vous pouvez corriger ?"
    events, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope", slots={REFERENCE_SLOT: "1E1F-2026-000019"}))
    assert sent(said) == [{"text": messages.ALREADY_SENT.format(reference="1E1F-2026-000019")}, messages.CONTACT_POINTER]
    assert slot_events(events) == {}


@pytest.mark.parametrize("text", [
    "et maintenant il se passe quoi ?", "c'est quoi la suite ?",
    # (twenty-fourth blind user test)
    "et ensuite il se passe quoi ?", "et apres ?", "la suite c'est quoi ?", "et aprés il se passe quoi",
])
def test_what_next_after_sending_gets_the_next_steps(faq: Faq, plain_entry: str, text: str) -> None:
    """It got the set-up delay (sixth blind user test)."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "reponse en combien de jours ? et la formation demarre quand ?",
    "réponse sous combien de temps ? et ça démarre quand la formation ?",
    "et maintenant il se passe quoi ? et la formation commence quand ?",
])
def test_what_next_and_the_start_after_sending_gets_both(faq: Faq, text: str) -> None:
    """The next steps alone, the set-up time left aside (session of 2026-12-02): the next steps, then the set-up time."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["delai_mise_en_place"], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    replies = sent(said)
    assert replies[0] == {"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}
    # (the response time asked: what the FAQ says of it first, thirtieth blind user test)
    said_of_it = [{"text": messages.RESPONSE_TIME_ONCE_SENT}] if "reponse" in text.replace("é", "e") else []
    assert replies[1:2 + len(said_of_it)] == [*said_of_it, answer_message(faq, "delai_mise_en_place")] and replies[-1] == messages.CONTACT_POINTER
    assert messages.CHECK_OFFER not in replies


def test_beside_what_next_after_sending_neither_how_to_apply_nor_the_entry_of_what_next_itself(faq: Faq) -> None:
    """Review of the session's changes: the form's link for a request already sent; « et apres ? » got its own entry."""
    reference = {REFERENCE_SLOT: "1E1F-2026-000021"}
    steps = {"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}
    text = "et maintenant il se passe quoi ? je dois remplir le formulaire sur nosemplois ?"
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY], slots=reference))
    assert sent(said) == [steps, messages.CONTACT_POINTER]
    state = _typed("et apres ? c'est long ?", "answer", ["poursuite_parcours_emploi"], slots=reference)
    state.latest_message[DECISION_KEY]["answered_parts"] = {"poursuite_parcours_emploi": "et apres ?"}
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said) == [steps, messages.CONTACT_POINTER]
    # the other question's suggestions kept
    state = _typed("je peux suivre ma demande ou ? et la formation c'est en presentiel ?", "answer", [PROCEDURE_ENTRY], slots=reference)
    state.latest_message[DECISION_KEY]["other_suggestions"] = ["lieu_formation", "cout_formation"]
    _, said = run(ActionAnswerFaq(), state)
    other = {"text": messages.OTHER_QUESTION_SUGGEST_TEXT, "buttons": [faq_button(faq, "lieu_formation"), faq_button(faq, "cout_formation")]}
    assert sent(said) == [steps, other, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "reponse en combien de jours ?", "réponse sous combien de temps ? merci d'avance", "quand aurai-je une réponse ?",
    # (thirtieth blind user test: « pas de réponse », or the FAQ's contact-form answer)
    "on me rappelle dans combien de temps ?", "et le delai ?? combien de jours ?", "Sous quel délai aurons-nous un retour ?",
    "vous nous recontactez quand ?", "le délai ?", "on aura un retour quand ?",
])
@pytest.mark.parametrize("kind", ["answer", "suggest", "out_of_scope"])
def test_the_response_time_after_sending_gets_the_next_steps_and_what_the_faq_says_of_it(text: str, kind: str) -> None:
    """Not the set-up time: the next steps, and that the FAQ gives no response time (its delay is the training's set-up)."""
    decision = _typed(text, kind, ["delai_mise_en_place"] if kind == "answer" else [],
                      suggestions=["delai_mise_en_place", PROCEDURE_ENTRY, "duree_formation"], slots={REFERENCE_SLOT: "1E1F-2026-000021"})
    _, said = run(ActionAnswerFaq(), decision)
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}, {"text": messages.RESPONSE_TIME_ONCE_SENT},
                          messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    # (thirtieth blind user test)
    "Sous quel délai aurons-nous un retour ? Aurons-nous un accusé de réception par mail ?",
    "on aura une réponse quand ? et un mail de confirmation ?",
    "réponse sous combien de temps ? je recevrai une confirmation par mail ?",
])
def test_the_response_time_and_a_confirmation_asked_after_sending_get_both(text: str) -> None:
    from bot.submission.after_sending import confirmation_reply

    reference = "1E1F-2026-000021"
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["delai_mise_en_place", PROCEDURE_ENTRY], slots={REFERENCE_SLOT: reference}))
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference=reference)}, {"text": messages.RESPONSE_TIME_ONCE_SENT},
                          {"text": confirmation_reply(reference)}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    # (thirtieth blind user test: the FAQ's answer on how to apply, its contact form, for a request the chat sent)
    "il se passe quoi après l'envoi de la demande ?", "que se passe-t-il une fois notre demande envoyée ?",
    "qu'est-ce qui se passe après l'envoi du dossier ?",
])
@pytest.mark.parametrize("entry", [PROCEDURE_ENTRY, "delai_mise_en_place"])
def test_what_happens_after_sending_asked_once_sent_gets_the_next_steps_not_how_to_apply(text: str, entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [entry], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}, messages.CONTACT_POINTER]


def test_a_question_after_sending_that_the_faq_answers_gets_its_answer(faq: Faq, plain_entry: str) -> None:
    """« et après l'envoi, on sélectionne les candidats comment ? » got « rien d'autre à faire » (seventh blind user test)."""
    text = "et après l'envoi, on sélectionne les candidats comment ?"
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    assert sent(said)[0] == answer_message(faq, plain_entry)


def test_what_next_before_sending_is_an_faq_question(faq: Faq, plain_entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed("et maintenant il se passe quoi ?", "answer", [plain_entry]))
    assert sent(said)[0] == answer_message(faq, plain_entry)


def test_what_next_typed_as_help_after_sending_gets_the_next_steps() -> None:
    """« et maintenant je fais quoi ? » after sending got the menu, with the check offered again (seventh blind user test)."""
    reference = {REFERENCE_SLOT: "1E1F-2026-000021"}
    _, said = run(ActionHelp(), tracker("et maintenant je fais quoi ?", intent="help", slots=reference))
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}, messages.CONTACT_POINTER]
    _, said = run(ActionHelp(), tracker("que savez-vous faire ?", intent="help", slots=reference))
    assert sent(said)[0]["text"] == messages.HELP["text"] and messages.CHECK_BUTTON not in sent(said)[0]["buttons"]
    _, said = run(ActionHelp(), tracker("et maintenant je fais quoi ?", intent="help"))
    assert sent(said) == [messages.HELP]  # nothing sent yet: the menu, the check included


@pytest.mark.parametrize("mail", [False, True])
def test_a_question_about_a_confirmation_is_answered_before_and_after_sending(
    monkeypatch: pytest.MonkeyPatch, plain_entry: str, mail: bool
) -> None:
    """« je recevrai une confirmation par mail ? » was not understood (seventh blind user test)."""
    for name in ("BOT_SMTP_URL", "BOT_SMTP_FROM"):
        if mail:
            monkeypatch.setenv(name, "smtp://localhost:25" if name == "BOT_SMTP_URL" else "region@example.org")
        else:
            monkeypatch.delenv(name, raising=False)
    text = "je recevrai une confirmation par mail ?"
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry]))
    assert sent(said) == [{"text": messages.CONFIRMATION_WILL_BE_MAILED if mail else messages.CONFIRMATION_WILL_BE_A_REFERENCE}]
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    expected = messages.CONFIRMATION_MAILED if mail else messages.CONFIRMATION_BY_REFERENCE
    assert sent(said) == [{"text": expected.format(reference="1E1F-2026-000021")}]


@pytest.mark.parametrize("text", ["je confirme", "confirmation", "je dois envoyer un mail à qui ?", "quel est le mail du contact ?"])
def test_what_is_not_asking_for_a_confirmation(text: str) -> None:
    assert not asks_confirmation(text)


def test_no_check_is_offered_after_no_for_a_place_outside_the_region(faq: Faq) -> None:
    # « Non, … entreprises ligériennes » then « Voulez-vous vérifier… ? » (fourth blind user test, 2026-11-30).
    events, said = run(ActionAnswerFaq(), _typed("je suis en bretagne a rennes, je peux ?", "answer", [OUTSIDE_ENTRY]))
    assert messages.CHECK_OFFER not in sent(said) and slot_events(events) == {OFFER_SLOT: None}
    _, said = run(ActionAnswerFaq(), _typed("et si on est hors de la région ?", "answer", [OUTSIDE_ENTRY]))
    assert messages.CHECK_OFFER in sent(said)  # no place named: the check may still help


def test_within_the_check_the_answers_said_beside_the_question_are_kept(faq: Faq, plain_entry: str) -> None:
    # « cdd de 8 mois a laval, et au fait ca me coute combien ? » lost both: the question was answered,
    # then the contract asked again (fourth blind user test, 2026-11-30).
    text = "cdd de 8 mois a laval, et au fait ca me coute combien ?"
    state = _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots={"requested_slot": "contract_type"})
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events) == {"contract_type": "cdd", "contract_duration": 8.0, "department": "53"}
    assert sent(said)[0] == answer_message(faq, plain_entry)
    assert sent(said)[-1]["text"] == messages.NOTED_IN_PASSING.format(answers="Contrat : CDD ; durée : 8 mois ; lieu du poste : Mayenne (53)")


@pytest.mark.parametrize("text", ["elle est salariée chez nous en CDD, elle peut en profiter ?", "il est en CDD chez nous, il peut en bénéficier ?"])
def test_within_the_check_the_candidates_current_contract_is_not_the_one_to_come(faq: Faq, plain_entry: str, text: str) -> None:
    """The candidate's current CDD, said with a question at the contract question, was noted as the hiring contract
    (« C'est noté — Candidat : Déjà salarié de l'entreprise ; contrat : CDD »: review of the session's changes)."""
    state = _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots={"requested_slot": "contract_type"})
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events) == {"candidate_status": "salarie"}
    assert sent(said)[-1]["text"] == messages.NOTED_IN_PASSING.format(answers="Candidat : Déjà salarié de l'entreprise")


@pytest.mark.parametrize(("form", "requested"), [("eligibility_form", "department"), ("hiring_intent_form", "work_location")])
def test_an_answer_to_where_the_form_cannot_use_is_counted_not_answered_by_the_faq(plain_entry: str, form: str, requested: str) -> None:
    """« chez nous », « dans la zone industrielle » at the place question got FAQ answers, five times, with no
    way out (sixth blind user test): they are the form's unusable answers, counted."""
    failures = "eligibility_failures" if form == "eligibility_form" else "submission_failures"
    slots: dict[str, Any] = {"requested_slot": requested, "contract_type": "cdi"}
    for count, text in enumerate(["chez nous", "dans la zone industrielle", "a l'atelier"], start=1):
        state = _typed(text, "answer", [plain_entry], active_loop=form, slots=slots)
        events, said = run(ActionAnswerFaq(), state)
        updates = slot_events(events)
        assert updates[failures] == float(count) and requested not in updates
        assert all("feedback" not in json.dumps(m) for m in sent(said))  # no FAQ answer
        slots = {**slots, **updates}
    assert messages.CONTACT_POINTER in sent(said) or any(messages.CONTACT_POINTER["text"] in (m.get("text") or "") for m in sent(said))


@pytest.mark.parametrize(("text", "requested"), [("la ou est l'usine", "department"), ("le temps qu'il faut", "contract_duration")])
def test_an_answer_shaped_reply_the_check_cannot_use_is_counted_not_answered_by_the_faq(plain_entry: str, text: str, requested: str) -> None:
    """« là où est l'usine » at the place, « le temps qu'il faut » at the length got FAQ answers, and the way out came
    only at the fourth (fourteenth blind user test)."""
    slots = {"requested_slot": requested, "contract_type": "cdd"}
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots=slots))
    assert slot_events(events)["eligibility_failures"] == 1.0 and all("feedback" not in json.dumps(m) for m in sent(said))


def test_a_plain_contract_at_the_contract_question_is_asked_which_not_answered_by_the_faq(plain_entry: str) -> None:
    """« un contrat normal », « le contrat classique quoi », « ben un contrat de travail » each got the FAQ on contracts
    and the question again, with no way out (thirteenth blind user test): which contract, counted, then the way out."""
    slots: dict[str, Any] = {"requested_slot": "contract_type"}
    replies = []
    for count, text in enumerate(["un contrat normal", "le contrat classique quoi", "ben un contrat de travail"], start=1):
        events, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots=slots))
        updates = slot_events(events)
        assert updates["eligibility_failures"] == float(count) and "contract_type" not in updates
        assert all("feedback" not in json.dumps(m) for m in sent(said))  # no FAQ answer
        replies.append([m["text"] for m in sent(said)])
        slots = {**slots, **updates}
    assert replies[0][0] == messages.CONTRACT_WHICH_KIND and replies[1] != replies[0]  # the reply changes
    assert messages.TOO_MANY_FAILURES in replies[2]


def test_a_statement_at_a_free_text_question_is_its_answer(faq: Faq, plain_entry: str) -> None:
    """« français et gestes de base de l'aide à la personne » at the training needs got an FAQ answer, then the
    question again, in a loop (seventh blind user test)."""
    slots = {"requested_slot": "training_needs", "eligibility": "eligible"}
    state = _typed("français et gestes de base de l'aide à la personne", "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["training_needs"] == "français et gestes de base de l'aide à la personne"
    assert all(m != answer_message(faq, plain_entry) for m in sent(said))
    asked = _typed("combien de temps dure la formation ?", "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    assert sent(run(ActionAnswerFaq(), asked)[1])[0] == answer_message(faq, plain_entry)  # a question is still answered
    short = _typed("coût formation", "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    assert sent(run(ActionAnswerFaq(), short)[1])[0] == answer_message(faq, plain_entry)  # keywords: a search


@pytest.mark.parametrize("kind", ["answer", "suggest", "out_of_scope"])
def test_a_change_of_the_date_at_a_free_text_question_changes_the_date(faq: Faq, plain_entry: str, kind: str) -> None:
    """« changez la date : le 20 fevrier » at the training needs was stored as them (twentieth blind user test); taken
    for an FAQ question, it changes the date too, and is no answer to the question asked."""
    slots = {"requested_slot": "training_needs", "eligibility": "eligible", "start_date": "2027-08-31"}
    state = _typed("changez la date : le 20 fevrier", kind, [plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    updates = slot_events(events)
    assert updates["start_date"].endswith("-02-20") and "training_needs" not in updates
    assert sent(said)[0]["text"].startswith("C'est corrigé. Date d'embauche souhaitée")


def test_a_statement_then_a_question_at_a_free_text_question_keeps_both(faq: Faq, plain_entry: str) -> None:
    """« logiciel sage + fiscalite. au fait c un OF qu on choisit nous ? »: the question was answered and the needs
    asked again (tenth blind user test)."""
    slots = {"requested_slot": "training_needs", "eligibility": "eligible"}
    state = _typed("logiciel sage + fiscalite. au fait c un OF qu on choisit nous ?", "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["training_needs"] == "logiciel sage + fiscalite"
    assert sent(said)[0] == answer_message(faq, plain_entry)


@pytest.mark.parametrize(("text", "needs"), [("CACES 3, et c'est financé à 100% ?", "CACES 3"),
                                            ("hygiène alimentaire, c'est payé par la région ?", "hygiène alimentaire")])
def test_the_needs_then_a_question_about_the_scheme_keeps_both(faq: Faq, plain_entry: str, text: str, needs: str) -> None:
    """« CACES 3, et c'est financé à 100% ? » got what the needs are, the needs lost (session of 2026-12-02): the question
    answered by the FAQ, the needs recorded."""
    slots = {"requested_slot": "training_needs", "eligibility": "eligible"}
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots))
    assert slot_events(events)["training_needs"] == needs
    assert sent(said)[0] == answer_message(faq, plain_entry)


@pytest.mark.parametrize("kind", ["answer", "suggest"])
@pytest.mark.parametrize(("text", "name"), [
    # forty-sixth blind user test (u46-12): the name lost, the question got suggestions, then the company's question again
    ("cabinet comptable Huet & Associes, mais dites moi c'est qui qui choisit l'organisme de formation ?", "cabinet comptable Huet & Associes"),
    ("Boulangerie Leroux, dites-moi, c'est quoi le délai ?", "Boulangerie Leroux"),
    ("Garage Martin, au fait c'est financé à 100% ?", "Garage Martin"),
])
def test_the_company_then_a_question_keeps_the_name(faq: Faq, plain_entry: str, kind: str, text: str, name: str) -> None:
    slots = {**ELIGIBLE, "requested_slot": "company_name"}
    state = _typed(text, kind, [plain_entry], suggestions=[plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["company_name"] == name
    assert said, "the question is answered or suggestions given"


@pytest.mark.parametrize("kind", ["answer", "suggest"])
@pytest.mark.parametrize(("slot", "text"), [
    # fifty-second blind user test (u52-11): « attendez » stored as the company, « je reviens vers vous » as the job, the
    # question not answered
    ("company_name", "attendez, une question : la formation se passe ou ?"),
    ("job_title", "euh je reviens vers vous, c'est quoi la duree de la formation en moyenne ?"),
    ("training_needs", "attendez je reflechis... c'est quoi les formations possibles ?"),
])
def test_a_pause_then_a_question_stores_no_value(faq: Faq, plain_entry: str, kind: str, slot: str, text: str) -> None:
    slots = {**ELIGIBLE, "requested_slot": slot}
    state = _typed(text, kind, [plain_entry], suggestions=[plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert not slot_events(events).get(slot), slot_events(events)
    assert said, "the question is answered or suggestions given"


@pytest.mark.parametrize("kind", ["answer", "suggest"])
@pytest.mark.parametrize("text", ["le lieu du poste c'est Angers", "non non le poste est a Angers, c'est le gars qui vient de Laval"])
def test_where_the_job_is_said_during_the_check_corrects_the_place(faq: Faq, plain_entry: str, kind: str, text: str) -> None:
    """At the candidate question, with the candidate's town taken for the job's (Mayenne): both got the FAQ, on where the
    training takes place or its suggestions (twenty-second blind user test). The place is corrected, the town said."""
    slots = {"requested_slot": "candidate_status", "contract_type": "cdi", "department": "53"}
    events, said = run(ActionAnswerFaq(), _typed(text, kind, [plain_entry], active_loop="eligibility_form", slots=slots))
    assert slot_events(events)["department"] == "49"
    assert [m["text"] for m in sent(said)] == ["C'est corrigé. Lieu du poste : Angers, Maine-et-Loire (49)."]
    asked = _typed("le lieu du poste c'est où pour la formation ?", "answer", [plain_entry], active_loop="eligibility_form", slots=slots)
    assert sent(run(ActionAnswerFaq(), asked)[1])[0] == answer_message(faq, plain_entry)  # a question is still answered
    same = _typed("le poste est a Laval", "answer", [plain_entry], active_loop="eligibility_form", slots=slots)
    assert sent(run(ActionAnswerFaq(), same)[1])[0] == answer_message(faq, plain_entry)  # nothing changed: the FAQ's
    wondering = _typed("je me demandais si le poste est a Angers ca change", "answer", [plain_entry], active_loop="eligibility_form", slots=slots)
    events, said = run(ActionAnswerFaq(), wondering)
    assert "department" not in slot_events(events) and sent(said)[0] == answer_message(faq, plain_entry)  # a hypothesis


def test_where_the_job_is_said_with_a_question_keeps_the_answer(faq: Faq, plain_entry: str) -> None:
    slots = {"requested_slot": "candidate_status", "contract_type": "cdi", "department": "53"}
    state = _typed("le poste est à Angers et je voudrais savoir le coût", "answer", [plain_entry], active_loop="eligibility_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["department"] == "49"
    assert sent(said)[0]["text"] == "C'est corrigé. Lieu du poste : Angers, Maine-et-Loire (49)." and answer_message(faq, plain_entry) in sent(said)


@pytest.mark.parametrize(
    ("text", "requested", "slots", "department"),
    [
        # Review of the twenty-second test's fixes: the question's words were read as answers (« C'est corrigé. Contrat :
        # Contrat de professionnalisation », the CDI erased, the candidate recorded registered).
        ("le poste est au Mans, c'est quoi un contrat pro", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est au Mans, c'est quoi un CDI intérimaire", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est au Mans, c'est quoi un CDD d'usage", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est au Mans, c'est quoi la différence avec l'apprentissage", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est à Nantes, c'est quoi la différence entre cdd et cdi", "candidate_status", {"contract_type": "cdi", "department": "49"}, "44"),
        ("le poste est à Nantes, c quoi la diff entre interim et cdd", "candidate_status", {"contract_type": "cdi", "department": "49"}, "44"),
        ("le poste est au Mans c'est quoi un contrat pro", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est à Cholet, ça veut dire quoi demandeur d'emploi catégorie A", "contract_type", {"department": "72"}, "49"),
        # (third review: the other statements are read, not a contract or a candidate named in the question)
        ("le poste est au Mans, combien ça coûte pour un CDD de 8 mois", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
        ("le poste est au Mans, comment on fait si le candidat est inscrit", "candidate_status", {"contract_type": "cdi", "department": "49"}, "72"),
    ],
)
def test_where_the_job_is_said_with_a_question_reads_only_the_place(
    faq: Faq, plain_entry: str, text: str, requested: str, slots: dict[str, Any], department: str
) -> None:
    state = _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots={"requested_slot": requested, **slots})
    events, said = run(ActionAnswerFaq(), state)
    changed = slot_events(events)
    assert changed["department"] == department and answer_message(faq, plain_entry) in sent(said), sent(said)
    assert not {"contract_type", "contract_options", "candidate_status", "candidate_registered"} & set(changed), changed


@pytest.mark.parametrize(
    ("text", "requested", "slots", "expected"),
    [
        # Third review of the twenty-second test's fixes: once the place clause was read alone, the answers said with it were
        # lost; the statements before the question are read, the question left out.
        ("le poste est à Angers, CDD de 8 mois, combien ça coûte", "candidate_status",
         {"contract_type": "cdd", "contract_duration": 4.0, "department": "44"}, {"department": "49", "contract_duration": 8.0}),
        ("le poste est à Angers, c'est un CDI, comment on fait", "candidate_status",
         {"contract_type": "cdd", "contract_duration": 4.0, "department": "44"}, {"department": "49", "contract_type": "cdi"}),
        ("le poste est à Angers, en CDI, c'est quoi la suite", "candidate_status",
         {"contract_type": "cdd", "contract_duration": 4.0, "department": "44"}, {"department": "49", "contract_type": "cdi"}),
        ("le poste est à Angers en CDI c'est quoi la suite", "contract_type", {"department": "44"}, {"department": "49", "contract_type": "cdi"}),
        ("le poste est à Angers, le candidat est inscrit, c'est quoi la suite", "candidate_status",
         {"contract_type": "cdi", "department": "44"}, {"department": "49", "candidate_status": "demandeur_emploi"}),
        ("le poste est à Laval, le gars est inscrit à FT, c quoi le délai", "contract_type", {"department": "44"},
         {"department": "53", "candidate_status": "demandeur_emploi"}),
        ("le poste est à Laval, le gars est inscrit à FT, c quoi le délai", "candidate_status", {"contract_type": "cdi", "department": "44"},
         {"department": "53", "candidate_status": "demandeur_emploi"}),
    ],
)
def test_where_the_job_is_said_with_a_question_keeps_the_other_statements(
    faq: Faq, plain_entry: str, text: str, requested: str, slots: dict[str, Any], expected: dict[str, Any]
) -> None:
    state = _typed(text, "answer", [plain_entry], active_loop="eligibility_form", slots={"requested_slot": requested, **slots})
    events, said = run(ActionAnswerFaq(), state)
    changed = slot_events(events)
    assert {k: changed.get(k) for k in expected} == expected and answer_message(faq, plain_entry) in sent(said), (changed, sent(said))


def test_a_place_question_at_the_place_question_is_still_answered(faq: Faq, plain_entry: str) -> None:
    state = _typed("dans quels départements ?", "answer", [plain_entry], active_loop="eligibility_form",
                   slots={"requested_slot": "department"})
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, plain_entry)


def test_within_the_check_a_question_naming_a_contract_sets_nothing(faq: Faq, plain_entry: str) -> None:
    state = _typed("c quoi la diff avec un contrat pro ?", "answer", [plain_entry], active_loop="eligibility_form",
                   slots={"requested_slot": "contract_type"})
    events, _ = run(ActionAnswerFaq(), state)
    assert events == []


def test_several_questions_get_several_answers_and_one_feedback_question(faq: Faq, plain_entry: str, offering_entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed("deux questions", "answer", [plain_entry, offering_entry]))
    assert sent(said)[:3] == [answer_message(faq, plain_entry), answer_message(faq, offering_entry), _feedback_question(offering_entry)]


def test_another_question_answered_with_no_confidence_gets_its_suggestions_after_the_answer(faq: Faq, plain_entry: str, offering_entry: str) -> None:
    state = _typed("une mairie en sarthe peut en profiter ? et un cdd de 3 mois ?", "answer", [plain_entry])
    state.latest_message[DECISION_KEY]["other_suggestions"] = [offering_entry, plain_entry]
    _, said = run(ActionAnswerFaq(), state)
    other = {"text": messages.OTHER_QUESTION_SUGGEST_TEXT, "buttons": [faq_button(faq, offering_entry)]}  # not the answer again
    assert sent(said)[:3] == [answer_message(faq, plain_entry), _feedback_question(plain_entry), other]  # the feedback on the answer
    # Within the check too (the answer alone, the other question lost: session of 2026-12-02); its question comes next.
    state = _typed("une mairie en sarthe peut en profiter ? et un cdd de 3 mois ?", "answer", [plain_entry], active_loop="eligibility_form",
                   slots={"requested_slot": "department"})
    state.latest_message[DECISION_KEY]["other_suggestions"] = [offering_entry]
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, plain_entry) and other in sent(said)


def test_another_question_out_of_scope_is_declined_after_the_answer(faq: Faq, plain_entry: str) -> None:
    """« Combien ça coûte pour nous la formation ? Et est-ce qu'on a droit à une exonération de charges URSSAF ? »: the cost
    answered, the other question declined in a sentence rather than left aside (second development set, 2026-12-03)."""
    state = _typed("combien ça coûte ? et on a droit à une exonération URSSAF ?", "answer", [plain_entry])
    state.latest_message[DECISION_KEY]["declined_other"] = True
    _, said = run(ActionAnswerFaq(), state)
    # (with the contact button every « no answer » carries: forty-fourth blind user test)
    declined = {"text": messages.OTHER_QUESTION_NOT_COVERED, "buttons": [messages.CONTACT_BUTTON]}
    assert sent(said)[:3] == [answer_message(faq, plain_entry), _feedback_question(plain_entry), declined]
    # Suggestions for another question come first (one sentence about the other questions).
    state.latest_message[DECISION_KEY]["other_suggestions"] = ["lieu_formation"]
    _, said = run(ActionAnswerFaq(), state)
    assert messages.OTHER_QUESTION_NOT_COVERED not in [m.get("text") for m in sent(said)]


@pytest.mark.parametrize("other", ["c vous ou nous ?", "c'est vous ou nous ?", "ou bien nous ?", "et vous ?"])
def test_an_elliptic_question_after_an_answered_one_is_not_another_question(faq: Faq, other: str) -> None:
    """« comment on choisit le candidat ? c vous ou nous ? » got the answer on the candidates' selection, then « Pour votre autre
    question, je n'ai pas de réponse » (forty-seventh blind user test, u47-11): a question with no word of its own continues the one
    answered."""
    first = "comment on choisit le candidat ?"
    state = _typed(f"{first} {other}", "answer", ["selection_candidats"])
    state.latest_message[DECISION_KEY].update(unanswered_parts=[other], answered_parts={"selection_candidats": first})
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, "selection_candidats")
    assert messages.OTHER_QUESTION_NOT_COVERED not in [m.get("text") for m in sent(said)]
    # A question with words of its own is still declined.
    state.latest_message[DECISION_KEY].update(unanswered_parts=["et on a droit a une exoneration URSSAF ?"])
    _, said = run(ActionAnswerFaq(), state)
    assert messages.OTHER_QUESTION_NOT_COVERED in [m.get("text") for m in sent(said)]


def test_unsure_suggests_the_closest_questions(faq: Faq, plain_entry: str, offering_entry: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed("truc de formation", "suggest", suggestions=[plain_entry, offering_entry]))
    buttons = [faq_button(faq, plain_entry), faq_button(faq, offering_entry), messages.NONE_OF_THESE_BUTTON]
    assert sent(said) == [{"text": messages.SUGGEST_TEXT, "buttons": buttons}, messages.CONTACT_POINTER]
    assert slot_events(events) == {OFFER_SLOT: None}


def test_an_offer_stays_open_across_a_turn_that_answered_nothing(plain_entry: str) -> None:
    events, _ = run(ActionAnswerFaq(), _typed("truc de formation", "suggest", suggestions=[plain_entry], slots={OFFER_SLOT: OFFER_CHECK}))
    assert slot_events(events) == {OFFER_SLOT: OFFER_CHECK}
    events, _ = run(ActionAnswerFaq(), _typed("zzz", "unclear", slots={OFFER_SLOT: OFFER_CHECK}))
    assert slot_events(events) == {OFFER_SLOT: OFFER_CHECK}
    events, _ = run(ActionAnswerFaq(), _typed("une question", "answer", [plain_entry], slots={OFFER_SLOT: OFFER_CHECK}))
    assert slot_events(events) == {OFFER_SLOT: None}  # a new answer replaces it


def test_nothing_close_asks_to_rephrase() -> None:
    _, said = run(ActionAnswerFaq(), _typed("zzz", "unclear"))
    assert sent(said) == [{"text": messages.SUGGEST_EMPTY_TEXT, "buttons": messages.HELP_BUTTONS}]


def _unclear_events(texts: list[str], kind: str = "unclear") -> list[dict[str, Any]]:
    """A conversation whose user messages are all ones the assistant could not use, the assistant's replies between them."""
    events: list[dict[str, Any]] = []
    for text in texts:
        decision = {"kind": kind, "faq_ids": [], "suggestions": [], "confidence": 0.1, "intent": "nlu_fallback"}
        events += [{"event": "action", "name": "action_listen"},
                   {**user_event(text, "nlu_fallback"), "parse_data": {"text": text, "intent": {"name": "nlu_fallback"}, DECISION_KEY: decision}},
                   {"event": "action", "name": "action_answer_faq"}, {"event": "bot", "text": messages.SUGGEST_EMPTY_TEXT}]
    return events[:-2]  # the latest message is the one being answered


def test_the_second_unusable_message_in_a_row_gets_another_wording_with_an_example(faq: Faq) -> None:
    state = _typed("hmm", "unclear", events=_unclear_events(["?", "hmm"]))
    _, said = run(ActionAnswerFaq(), state)
    text = messages.SUGGEST_EMPTY_AGAIN.format(example=faq.entries[0].question)
    assert sent(said) == [{"text": text, "buttons": messages.HELP_BUTTONS}]
    assert text != messages.SUGGEST_EMPTY_TEXT and faq.entries[0].question in text


@pytest.mark.parametrize("count", [3, 4])
def test_from_the_third_unusable_message_in_a_row_the_way_out(count: int) -> None:
    texts = ["?", "hmm", "asdfgh", "👍"][:count]
    _, said = run(ActionAnswerFaq(), _typed(texts[-1], "unclear", events=_unclear_events(texts)))
    assert sent(said) == [{"text": messages.SUGGEST_EMPTY_WAY_OUT, "buttons": messages.HELP_BUTTONS}, messages.CONTACT_POINTER]


def test_an_understood_message_in_between_starts_the_count_again(faq: Faq, plain_entry: str) -> None:
    events = _unclear_events(["?", "hmm"])[:-1] + [{"event": "action", "name": "action_listen"},
                                                   user_event(f'/faq{{"faq_id": "{plain_entry}"}}', RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])]
    events += _unclear_events(["zzz"])
    _, said = run(ActionAnswerFaq(), _typed("zzz", "unclear", events=events))
    assert sent(said) == [{"text": messages.SUGGEST_EMPTY_TEXT, "buttons": messages.HELP_BUTTONS}]


def test_junk_taken_in_turn_for_off_topic_still_leads_to_the_way_out() -> None:
    # Second blind user test, 2026-11-30: keyboard mashing alternated between « hors sujet » and « reformulez »,
    # the count starting again each time, so the way out never came.
    events: list[dict[str, Any]] = []
    for text, kind in (("qsdfgh", "unclear"), ("zzzz", "out_of_scope"), ("wxcv", "unclear")):
        events += _unclear_events([text], kind=kind) + [{"event": "action", "name": "action_answer_faq"}, {"event": "bot", "text": "…"}]
    _, said = run(ActionAnswerFaq(), _typed("wxcv", "unclear", events=events[:-2]))
    assert sent(said)[0]["text"] == messages.SUGGEST_EMPTY_WAY_OUT


def test_an_ask_back_with_nothing_to_suggest_counts_too() -> None:
    texts = ["bla", "blabla", "re bla"]
    _, said = run(ActionAnswerFaq(), _typed("re bla", "suggest", events=_unclear_events(texts, kind="suggest")))
    assert sent(said)[0]["text"] == messages.SUGGEST_EMPTY_WAY_OUT


def test_out_of_scope_is_refused_politely() -> None:
    _, said = run(ActionAnswerFaq(), _typed("quel temps fait-il ?", "out_of_scope"))
    assert sent(said) == [messages.OUT_OF_SCOPE, messages.CONTACT_POINTER]


# ---------------------------------------------------------------- where a message leads


def test_accepting_an_offer_hands_over_to_the_offer_action() -> None:
    events, said = run(ActionAnswerFaq(), _typed("on y va", "unclear", slots={OFFER_SLOT: OFFER_CHECK}))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": "action_answer_offer"}]


def test_a_hiring_project_starts_the_check() -> None:
    events, said = run(ActionAnswerFaq(), _typed("je cherche un soudeur en CDI à Cholet", "suggest", suggestions=[]))
    assert said == []
    assert slot_events(events) == {OFFER_SLOT: None} and followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("text", ["je peux parler a quelqu'un de la region ?", "je voudrais parler à un conseiller", "je voudrais joindre quelqu'un svp"])
def test_asking_for_a_person_gets_the_contact_form(text: str) -> None:
    """« je peux parler a quelqu'un de la region ? » got three unrelated questions (twenty-third blind user test)."""
    for kind in ("suggest", "unclear", "out_of_scope"):
        _, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["hors_pays_de_la_loire", "organismes_qualiopi"]))
        assert sent(said) == [{"text": messages.PERSON_CONTACT}]


@pytest.mark.parametrize("text", ["je voudrais parler de mon projet", "il faut contacter quelqu'un a france travail ?", "on peut avoir une personne pour nous aider ?"])
def test_other_messages_naming_a_person_or_talking_are_no_request_for_a_person(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["hors_pays_de_la_loire", "organismes_qualiopi"]))
    assert {"text": messages.PERSON_CONTACT} not in sent(said)


@pytest.mark.parametrize("text", ["la formation peut se faire en visio / a distance ?", "est ce que les cours peuvent etre en ligne ?",
                                  "formation en distanciel possible ?", "la formation peut se faire en e-learning ?",
                                  # near misses of the paperwork online: the training asked about in another clause
                                  "l'inscription se fait en ligne ? et la formation peut se faire en visio ?",
                                  "l'inscription se fait comment ? et la formation peut etre en ligne ?"])
def test_distance_learning_is_not_in_the_faq(text: str) -> None:
    """« la formation peut se faire en visio / a distance ? » got the training close to the companies (twenty-third blind user
    test): the FAQ does not say, and the Region's contact."""
    for decision in (_typed(text, "answer", ["lieu_formation"]), _typed(text, "suggest", suggestions=["lieu_formation"])):
        _, said = run(ActionAnswerFaq(), decision)
        assert sent(said) == [{"text": messages.DISTANCE_LEARNING_NOT_SAID}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    # The set-up time (2 or 3 months) to the Region's response time (twenty-fourth blind user test, u24-06, u24-20).
    "la region repond en combien de temps a ma demande ?", "vous répondez sous combien de temps ?",
    "vous repondez sous combien de tps ?", "c'est quand qu'on a la reponse ?", "quel delai de reponse pour la demande ?",
    "ils repondent en combien de temps ?", "on aura une réponse sous quel délai ?",
    # (twenty-seventh blind user test)
    "en combien de temps la region repond ?", "en combien de temps on a une reponse?",
])
@pytest.mark.parametrize("form", [None, "eligibility_form", "hiring_intent_form"])
def test_the_response_time_before_sending_is_not_the_set_up_time(text: str, form: str | None) -> None:
    slots = {"requested_slot": "contract_type" if form == "eligibility_form" else "siret"} if form else {}
    for decision in (_typed(text, "answer", ["delai_mise_en_place"], slots=slots, active_loop=form),
                     _typed(text, "suggest", suggestions=["delai_mise_en_place"], slots=slots, active_loop=form)):
        _, said = run(ActionAnswerFaq(), decision)
        assert sent(said) == [{"text": messages.RESPONSE_TIME_NOT_SAID}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "combien de temps pour avoir une reponse et pour mettre en place la formation ?", "quel delai de reponse et de mise en place ?",
    "on aura une reponse sous quel delai, et la formation commence quand ?",
])
def test_the_response_time_asked_with_the_set_up_time_gets_both(faq: Faq, text: str) -> None:
    """« quel delai de reponse et de mise en place ? » got only « La FAQ … ne donne pas de délai de réponse », the 2 or 3 months
    asked for lost (review of the session's changes)."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["delai_mise_en_place"]))
    assert sent(said)[:2] == [{"text": messages.RESPONSE_TIME_NOT_SAID}, answer_message(faq, "delai_mise_en_place")]


@pytest.mark.parametrize("text", ["combien de temps pour mettre en place la formation ?", "si je fais la demande aujourd'hui, ça démarre quand ?",
                                  "combien de temps entre la demande et le début de la formation ?"])
def test_the_set_up_time_keeps_its_answer(faq: Faq, text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["delai_mise_en_place"]))
    assert sent(said)[0] == answer_message(faq, "delai_mise_en_place")


@pytest.mark.parametrize(("text", "entry"), [
    ("la formation se passe ou ?", "lieu_formation"),
    ("l'entretien peut se faire en visio ?", "lieu_formation"),
    ("la formation peut se faire a distance de chez nous, genre a 50 km ?", "lieu_formation"),
    ("on peut faire l'inscription en ligne ? et la formation dure combien ?", "duree_formation"),
    # « en ligne » said of the inscription, the training's place asked next (review of the twenty-third blind user test's
    # changes: the distance reply replaced the answer)
    ("l'inscription se fait en ligne ? et la formation a lieu où ?", "lieu_formation"),
    ("inscription en ligne ? et la formation se passe où ?", "lieu_formation"),
    ("l'inscription se fait en ligne et la formation a lieu où ?", "lieu_formation"),
    ("le dossier de demande est en ligne ? la formation se passe ou ?", "lieu_formation"),
])
def test_other_questions_on_places_keep_their_answer(faq: Faq, text: str, entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [entry]))
    assert sent(said)[0] == answer_message(faq, entry)


def test_a_yes_answer_to_a_what_is_question_says_the_question_it_answers(faq: Faq) -> None:
    """« Parcours Emploi Tutorat c'est quoi exactement » got « Oui tout à fait… » alone (twenty-third blind user test)."""
    entry = faq.get("poursuite_parcours_emploi")
    assert entry is not None and entry.answer.startswith("Oui")
    _, said = run(ActionAnswerFaq(), _typed("Parcours Emploi Tutorat c'est quoi exactement", "answer", [entry.id]))
    assert sent(said)[:2] == [{"text": messages.YES_NO_ANSWER_QUESTION.format(question=entry.question)}, answer_message(faq, entry.id)]
    # Near misses: a yes-no question, or an answer that is no yes or no.
    _, said = run(ActionAnswerFaq(), _typed("on peut continuer avec le parcours emploi tutorat ?", "answer", [entry.id]))
    assert sent(said)[0] == answer_message(faq, entry.id)
    _, said = run(ActionAnswerFaq(), _typed("c'est quoi la POEI ?", "answer", ["difference_afpr_poei"]))
    assert sent(said)[0] == answer_message(faq, "difference_afpr_poei")
    # An open question too (twenty-seventh blind user test: « quels organismes de formation vous utilisez ? » got « Oui… »).
    listed = faq.get("liste_organismes_formation")
    assert listed is not None and listed.answer.startswith("Oui")
    _, said = run(ActionAnswerFaq(), _typed("quels organismes de formation vous utilisez ?", "answer", [listed.id]))
    assert sent(said)[:2] == [{"text": messages.YES_NO_ANSWER_QUESTION.format(question=listed.question)}, answer_message(faq, listed.id)]


def test_a_project_after_the_iae_taken_back_starts_the_check_without_the_iae_answer() -> None:
    """« …chantier d'insertion... non pardon d'une regie de quartier a Saint-Nazaire, on veut recruter… » got the answer on the
    IAE before the check (twenty-third blind user test)."""
    text = ("Bonjour, je suis responsable d'un chantier d'insertion... non pardon d'une regie de quartier a Saint-Nazaire, on veut "
            "recruter un agent de mediation en CDD 12 mois, le candidat est au RSA et inscrit a france travail")
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["place_iae"]))
    assert said == [] and followups(events) == ["action_start_eligibility"]


def test_an_online_inscription_is_no_distance_learning_when_the_classifier_is_unsure() -> None:
    """« inscription en ligne ? et la formation se passe où ? » (the classifier unsure, the training's place suggested) got
    that the FAQ does not say whether the training may be at a distance (review of the twenty-third blind user test's
    changes)."""
    text = "inscription en ligne ? et la formation se passe où ?"
    for decision in (_typed(text, "suggest", suggestions=["lieu_formation", "inscription"]), _typed(text, "unclear")):
        _, said = run(ActionAnswerFaq(), decision)
        assert {"text": messages.DISTANCE_LEARNING_NOT_SAID} not in sent(said)


def test_a_question_with_a_project_is_answered_then_the_check_starts(faq: Faq) -> None:
    """« combien ca coute et est ce que je peux embaucher 2 caristes a Nantes en CDI avec ca ? »: the cost, then the check
    (twenty-third blind user test: the check alone)."""
    text = "combien ca coute et est ce que je peux embaucher 2 caristes a Nantes en CDI avec ca ?"
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["cout_formation"]))
    assert sent(said) == [answer_message(faq, "cout_formation"), _feedback_question("cout_formation")]
    assert followups(events) == ["action_start_eligibility"]
    # « C'est possible avec votre dispositif et ça coûte combien ? » after the project (talking to make run on 2026-12-03).
    text = ("Bonjour, je gère un garage à Laval (SARL Garage Moreau). Je voudrais embaucher un mécanicien en CDI 35h, début mars, "
            "j'ai pas encore de candidat. C'est possible avec votre dispositif et ça coûte combien ?")
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["cout_formation"]))
    assert sent(said)[0] == answer_message(faq, "cout_formation") and followups(events) == ["action_start_eligibility"]
    # Near misses: no hiring with a place asked about, or one question only: the answer alone.
    for other in ("combien ca coute et est ce que je peux embaucher en CDI ?", "je peux embaucher 2 caristes a Nantes en CDI avec ca ?"):
        events, said = run(ActionAnswerFaq(), _typed(other, "answer", ["cout_formation"]))
        assert "action_start_eligibility" not in followups(events)


@pytest.mark.parametrize("text", [
    "comment faire la demande ?",
    # Twenty-second blind user test: each started a check, which then came back after every answer.
    "qui contacter a la region, vous avez un numero de tel ?",
])
def test_how_to_apply_is_answered_then_the_check_offered(faq: Faq, text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    # Two ways to apply, said as such (sixth blind user test); the check offered, not started.
    assert sent(said) == [answer_message(faq, PROCEDURE_ENTRY), _feedback_question(PROCEDURE_ENTRY), {"text": messages.PREPARE_HERE_TOO},
                          messages.CHECK_OFFER]
    assert slot_events(events) == {OFFER_SLOT: OFFER_CHECK} and followups(events) == ["action_listen"]
    # Not again while it is open.
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY], slots={OFFER_SLOT: OFFER_CHECK}))
    assert messages.CHECK_OFFER not in sent(said) and followups(events) == ["action_listen"]


@pytest.mark.parametrize("text", ["je voudrais faire la demande", "je veux déposer une intention d'embauche"])
def test_asking_to_apply_is_answered_then_the_check_starts(faq: Faq, text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    assert sent(said) == [answer_message(faq, PROCEDURE_ENTRY), _feedback_question(PROCEDURE_ENTRY), {"text": messages.PREPARE_HERE_TOO}]
    assert slot_events(events) == {OFFER_SLOT: None} and followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("text", [
    # Twenty-seventh blind user test (u27-14): a whole project, then « on peut faire la demande direct ? », got the answer on
    # how to apply and the offer of a check: it asks to apply for that project, whose check starts with its facts
    "garage auto a Mayenne, on veut un mecano en CDI 39h pour mars, candidat pas encore trouvé, formation diag electronique. "
    "on peut faire la demande direct ?",
    "on cherche un cariste en CDI a Laval, peut-on déposer la demande maintenant ?",
    "on cherche un cariste en CDI a Laval. Est-ce qu'on peut faire la demande directement ?",
])
def test_a_project_then_may_we_apply_starts_its_check_with_its_facts(faq: Faq, text: str) -> None:
    from actions.eligibility_actions import ActionStartEligibility

    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    assert followups(events) == ["action_start_eligibility"] and messages.CHECK_OFFER not in sent(said)
    events, _ = run(ActionStartEligibility(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    assert slot_events(events).get("contract_type") == "cdi" and slot_events(events).get("department") == "53"


@pytest.mark.parametrize("text", [
    # (near misses: no project said before asking: the answer and the offer, as before)
    "on peut faire la demande direct ?",
    "bonjour, on peut faire la demande ici ?",
    "merci pour la réponse. on peut faire la demande maintenant ?",
])
def test_may_we_apply_without_a_project_is_answered_then_the_check_offered(faq: Faq, text: str) -> None:
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    assert "action_start_eligibility" not in followups(events)


@pytest.mark.parametrize("text", [
    # Twenty-fourth blind user test (u24-04, u24-18): « Je ne suis pas certain d'avoir bien compris » and three questions.
    "ok super alors on fait la demande pour chateaubriant",
    "on fait la demande",
    "allez on lance la demande",
    "on y va pour la demande",
    "bon ben on la fait cette demande",
    "ok faisons la demande",
    "go pour la demande",
    "c parti pour la demande alors",
    # (a sentence or a clause before it: thirty-third blind user test, u33-05)
    "ok donc c'est une formation avant. ça me va, on fait la demande",
])
def test_saying_lets_apply_by_the_unsure_classifier_starts_the_check(faq: Faq, text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=[]))
    assert sent(said)[0] == answer_message(faq, PROCEDURE_ENTRY) and {"text": messages.PREPARE_HERE_TOO} in sent(said)
    assert followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("text", [
    "on fait la demande ou ?", "on fait comment la demande ?", "on fait la demande quand ?",
    # Put off, or « où » without its accent (review of the session's changes: each started the check).
    "on fait le dossier apres", "on fait la demande la semaine prochaine", "on lance la demande lundi", "on fait la demande ou",
])
def test_asking_where_or_how_to_apply_with_we_starts_no_check(faq: Faq, text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=[]))
    assert "action_start_eligibility" not in followups(events)


@pytest.mark.parametrize("text", [
    "quand on fait la demande il faut un candidat ?", "si on fait la demande on est engage ?",
    "on fait la demande pour combien de postes max ?", "on fait la demande avant ou apres la formation ?",
    # (a clause of a message that asks: thirty-third blind user test's near misses)
    "c'est une formation avant, on fait la demande pour combien de postes ?",
    "ok, on fait la demande, c'est long ?", "ça me va. quand on fait la demande il faut un candidat",
])
def test_a_question_with_we_apply_in_it_is_no_wish_to_apply(text: str) -> None:
    """« quand on fait la demande il faut un candidat ? » got the procedure and the offer instead of its closest questions (review
    of the session's changes): « on fait la demande » is a wish only as the whole message (a place at most after it)."""
    from bot.faq.replies import asks_procedure, wants_to_apply

    assert not asks_procedure(text) and not wants_to_apply(text)


def test_a_question_on_the_procedure_by_the_unsure_classifier_starts_no_check(faq: Faq) -> None:
    """« on peut faire plusieurs demandes pour des métiers différents ? » was answered by rule, then a check started
    (twenty-second blind user test)."""
    events, said = run(ActionAnswerFaq(), _typed("on peut faire plusieurs demandes pour des metiers differents ?", "suggest", suggestions=[]))
    # (What a request covers here, instead of the official answer on whom to contact: twenty-sixth blind user test.)
    assert sent(said)[0] == {"text": messages.ONE_REQUEST_PER_JOB} and messages.CHECK_OFFER in sent(said)
    assert answer_message(faq, PROCEDURE_ENTRY) not in sent(said)
    assert "action_start_eligibility" not in followups(events)
    # Not for one request: « comment faire une demande ? » gets the official answer.
    _, said = run(ActionAnswerFaq(), _typed("comment faire une demande ?", "answer", [PROCEDURE_ENTRY]))
    assert sent(said)[0] == answer_message(faq, PROCEDURE_ENTRY)


@pytest.mark.parametrize("text", ["Est-ce qu'on fait une seule demande ou une par site ?", "faut il une demande par depot ?",
                                  "on a 3 magasins, combien de demandes on doit faire ?"])
def test_how_many_requests_for_several_sites_is_answered(faq: Faq, text: str) -> None:
    """« … des dépôts à Nantes, Angers et Le Mans. … Est-ce qu'on fait une seule demande ou une par site ? » got the official
    answer on whom to contact (twenty-sixth blind user test)."""
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY]))
    # What a request covers, that it can be prepared here, and the check offered (no feedback asked on an answer not given).
    assert sent(said) == [{"text": messages.ONE_REQUEST_PER_JOB}, {"text": messages.PREPARE_HERE_TOO}, messages.CHECK_OFFER]
    assert slot_events(events) == {OFFER_SLOT: OFFER_CHECK}


def test_what_happens_after_sending_answered_by_the_procedure_starts_no_check(faq: Faq) -> None:
    """« une fois que j'ai envoyé ma demande il se passe quoi ? » started the check (eighth blind user test)."""
    events, said = run(ActionAnswerFaq(), _typed("une fois que j'ai envoyé ma demande il se passe quoi ?", "answer", [PROCEDURE_ENTRY]))
    assert sent(said)[0] == answer_message(faq, PROCEDURE_ENTRY) and "action_start_eligibility" not in followups(events)


def test_the_job_supposed_in_the_region_after_no_gets_the_places_covered(faq: Faq) -> None:
    """« et si le poste est sur notre depot de Laval ? on a un site en mayenne aussi » after « Non » for Rennes got the FAQ's
    suggestions (twenty-second blind user test): the places covered, Laval named among them."""
    answered_no = {**user_event("on est une boite a Rennes, ca marche ?", RETRIEVAL_INTENT), "parse_data": {
        "intent": {"name": RETRIEVAL_INTENT},
        DECISION_KEY: {"kind": "answer", "faq_ids": [OUTSIDE_ENTRY], "faq_id": OUTSIDE_ENTRY, "suggestions": [], "confidence": 1.0, "intent": RETRIEVAL_INTENT},
    }}

    def after_no(text: str) -> list[messages.Message]:
        latest = _typed(text, "suggest").events[-1]
        history = [answered_no, {"event": "bot", "text": "…"}, {"event": "action", "name": "action_listen"}, latest]
        return sent(run(ActionAnswerFaq(), _typed(text, "suggest", events=history))[1])

    said = after_no("et si le poste est sur notre depot de Laval ? on a un site en mayenne aussi")
    assert said[0] == answer_message(faq, COVERAGE_ENTRY) and "Laval" in said[1]["text"]
    # A place said in passing, or outside the region, changes nothing.
    for other in ("je comprends, on travaille aussi avec des clients à Laval", "et si le poste est sur notre depot de Vannes ?"):
        assert after_no(other)[0] != answer_message(faq, COVERAGE_ENTRY)


def test_a_head_office_outside_with_the_job_in_the_region_is_not_answered_no(faq: Faq) -> None:
    """« notre siège est à Rennes mais on recrute pour notre agence de Laval, ça passe ? » got « Non », then a check
    that found it eligible (eighth blind user test): the places covered, Laval named among them."""
    text = "notre siège est à Rennes mais on recrute pour notre agence de Laval, ça passe ?"
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [OUTSIDE_ENTRY]))
    assert sent(said)[0] == answer_message(faq, COVERAGE_ENTRY) and "Laval" in sent(said)[1]["text"]


def test_how_to_apply_once_eligible_offers_the_request(faq: Faq) -> None:
    events, said = run(ActionAnswerFaq(), _typed("comment faire la demande ?", "answer", [PROCEDURE_ENTRY], slots=ELIGIBLE))
    assert followups(events) == ["action_listen"] and slot_events(events) == {OFFER_SLOT: OFFER_SUBMISSION}
    assert sent(said)[-1] == {"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT["eligible"]["buttons"]}
    assert messages.CHECK_OFFER not in sent(said)
    # Asked for, it starts.
    events, _ = run(ActionAnswerFaq(), _typed("je voudrais faire la demande", "answer", [PROCEDURE_ENTRY], slots=ELIGIBLE))
    assert followups(events) == ["action_start_submission"]
    # Once sent, the answer alone: « je peux suivre ma demande où ? », answered by the procedure, started a new
    # check (tenth blind user test); another request is asked for in so many words (« nouvelle demande »).
    sent_already = {**ELIGIBLE, REFERENCE_SLOT: "IE-2026-0001"}
    events, _ = run(ActionAnswerFaq(), _typed("comment faire la demande ?", "answer", [PROCEDURE_ENTRY], slots=sent_already))
    assert "action_start_eligibility" not in followups(events)
    events, said = run(ActionAnswerFaq(), _typed("je peux en refaire une pour un autre site ?", "out_of_scope", [], slots=sent_already))
    assert followups(events) == ["action_start_eligibility"]
    assert sent(said) == [{"text": messages.NEW_REQUEST_CHECK_FIRST.format(reference="IE-2026-0001")}]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tenth blind user test: a new check started, the contact form's answer then a check, the FAQ on confirming.
        ("et si je veux rajouter un 6eme poste ?", messages.ALREADY_SENT),
        ("je peux suivre ma demande ou ?", messages.NEXT_STEPS),
        ("confirmer", messages.ALREADY_SUBMITTED),
        ("Confirmer et envoyer", messages.ALREADY_SUBMITTED),  # typed (a list of questions: thirteenth user test)
    ],
)
def test_after_sending_a_change_a_follow_up_or_a_confirmation_gets_the_reference(text: str, expected: str) -> None:
    sent_already = {**ELIGIBLE, REFERENCE_SLOT: "IE-2026-0001"}
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY], slots=sent_already))
    assert sent(said)[0]["text"] == expected.format(reference="IE-2026-0001") and "action_start_eligibility" not in followups(events)


def test_a_hesitant_how_to_apply_gets_the_procedure(faq: Faq) -> None:
    _, said = run(ActionAnswerFaq(), _typed("je voudrais faire la demande", "suggest", suggestions=[]))
    assert sent(said)[0] == answer_message(faq, PROCEDURE_ENTRY)


def test_a_question_about_a_place_gets_the_covered_departments(faq: Faq) -> None:
    events, said = run(ActionAnswerFaq(), _typed("on est en Vendée, ça marche ?", "suggest", suggestions=[]))
    assert sent(said)[0] == answer_message(faq, COVERAGE_ENTRY)
    assert followups(events) == ["action_listen"]


def test_a_question_about_a_place_outside_the_region_gets_that_only_its_employers_can(faq: Faq) -> None:
    _, said = run(ActionAnswerFaq(), _typed("nous sommes à Rennes, c'est possible ?", "out_of_scope"))
    assert sent(said)[0] == answer_message(faq, OUTSIDE_ENTRY)


def test_another_question_naming_a_place_is_not_answered_with_the_places_covered() -> None:
    _, said = run(ActionAnswerFaq(), _typed("quel temps fera-t-il demain à Nantes ?", "out_of_scope"))
    assert sent(said) == [messages.OUT_OF_SCOPE, messages.CONTACT_POINTER]


# ---------------------------------------------------------------- feedback


def test_a_feedback_button_is_recorded_and_thanked(plain_entry: str) -> None:
    assert ActionRecordFeedback().name() == "action_record_feedback"
    entities = [{"entity": "feedback", "value": "up"}, {"entity": FAQ_ID_ENTITY, "value": plain_entry}]
    events, said = run(ActionRecordFeedback(), tracker(feedback_payload(plain_entry, "up"), intent="feedback", entities=entities))
    assert sent(said) == [{"text": messages.FEEDBACK_THANKS["up"]}]
    assert slot_events(events) == {"faq_feedback": {"faq_id": plain_entry, "value": "up"}}


def test_a_thumbs_down_also_gives_the_contact(plain_entry: str) -> None:
    entities = [{"entity": "feedback", "value": "down"}, {"entity": FAQ_ID_ENTITY, "value": plain_entry}]
    events, said = run(ActionRecordFeedback(), tracker(feedback_payload(plain_entry, "down"), intent="feedback", entities=entities))
    assert sent(said) == [{"text": messages.FEEDBACK_THANKS["down"]}, messages.CONTACT_POINTER]
    assert slot_events(events) == {"faq_feedback": {"faq_id": plain_entry, "value": "down"}}


def test_a_thumbs_down_on_a_typed_question_offers_the_questions_ranked_next(faq: Faq, plain_entry: str) -> None:
    others = [i for i in faq.ids if i != plain_entry][:4]
    question = user_event("ma question", RETRIEVAL_INTENT)
    ranking = [{"intent_response_key": f"{RETRIEVAL_INTENT}/{i}", "confidence": c} for i, c in zip([plain_entry, *others], (0.6, 0.2, 0.1, 0.05, 0.01), strict=True)]
    question["parse_data"].update({DECISION_KEY: {"kind": "answer", "faq_id": plain_entry, "faq_ids": [plain_entry]},
                                   "response_selector": {RETRIEVAL_INTENT: {"ranking": ranking}}})
    entities = [{"entity": "feedback", "value": "down"}, {"entity": FAQ_ID_ENTITY, "value": plain_entry}]
    events = [question, user_event(feedback_payload(plain_entry, "down"), "feedback", entities)]
    _, said = run(ActionRecordFeedback(), tracker(feedback_payload(plain_entry, "down"), intent="feedback", entities=entities, events=events))
    buttons = [faq_button(faq, i) for i in others[:3]] + [messages.NONE_OF_THESE_BUTTON]
    assert sent(said) == [{"text": messages.FEEDBACK_THANKS["down"]}, {"text": messages.FEEDBACK_DOWN_ALTERNATIVES, "buttons": buttons}, messages.CONTACT_POINTER]


def test_typed_feedback_rates_the_latest_answer(plain_entry: str) -> None:
    answered = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    events, _ = run(ActionRecordFeedback(), tracker("cette réponse est inutile", intent="feedback", events=[answered, user_event("cette réponse est inutile", "feedback")]))
    assert slot_events(events) == {"faq_feedback": {"faq_id": plain_entry, "value": "down"}}


def test_feedback_with_no_answer_to_rate_records_nothing() -> None:
    events, said = run(ActionRecordFeedback(), tracker("merci, très utile", intent="feedback"))
    assert events == [] and sent(said) == [{"text": messages.FEEDBACK_NOTHING_TO_RATE}]


@pytest.mark.parametrize("text", ["c'est quand la reponse ?", "c quand qu'on a la reponse", "ils repondent en combien de temps ?"])
def test_a_question_about_the_reply_read_as_an_opinion_gets_the_next_steps(text: str) -> None:
    """« c'est quand la réponse ? » after sending got « Je vous écoute », six times out of six (fourteenth blind user
    test): read as an opinion on an answer, then nothing to rate."""
    _, said = run(ActionRecordFeedback(), tracker(text, intent="feedback", slots={**ELIGIBLE, REFERENCE_SLOT: "IE-2026-0001"}))
    assert sent(said)[0]["text"] == messages.NEXT_STEPS.format(reference="IE-2026-0001")


def test_after_sending_the_reference_and_the_time_to_be_contacted_are_answered(faq: Faq, plain_entry: str) -> None:
    """« quel est mon numéro de dossier déjà ? » got no answer; « on sera contacté sous combien de temps ? » got the
    training's set-up time (sixteenth blind user test), whatever the classifier made of them."""
    sent_slots = {**ELIGIBLE, REFERENCE_SLOT: "1E1F-2026-000097"}
    for text in ["quel est mon numéro de dossier déjà ?", "c'est quoi ma référence de demande ?"]:
        _, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], slots=sent_slots))
        assert sent(said) == [{"text": messages.REFERENCE_REMINDER.format(reference="1E1F-2026-000097")}], text
    _, said = run(ActionAnswerFaq(), _typed("on sera contacté sous combien de temps ?", "answer", [plain_entry], slots=sent_slots))
    assert sent(said)[0]["text"] == messages.NEXT_STEPS.format(reference="1E1F-2026-000097")
    # Before sending, a reference is nobody's: the FAQ answers.
    _, said = run(ActionAnswerFaq(), _typed("quel est mon numéro de dossier déjà ?", "answer", [plain_entry], slots=ELIGIBLE))
    assert messages.REFERENCE_REMINDER.split("{")[0] not in sent(said)[0].get("text", "")


def test_a_question_after_a_criticism_rates_the_previous_answer_down_then_answers_it(faq: Faq, plain_entry: str) -> None:
    other = next(i for i in faq.ids if i not in (plain_entry, PROCEDURE_ENTRY) and not faq.get(i).offer_check)  # type: ignore[union-attr]
    earlier = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    text = "c'est pas ma question, je voulais savoir autre chose"
    unmarked = _typed(text, "answer", [other])
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": unmarked.latest_message}
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", [other], events=[earlier, latest]))
    assert "faq_feedback" not in slot_events(events)  # a decision not marked as a criticism rates nothing
    marked = {DECISION_KEY: {**unmarked.latest_message[DECISION_KEY], "criticism": True}}
    state = tracker(text, intent=RETRIEVAL_INTENT, events=[earlier, {**latest, "parse_data": {**latest["parse_data"], **marked}}], **marked)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["faq_feedback"] == {"faq_id": plain_entry, "value": "down"}
    assert sent(said)[0] == {"text": messages.CRITICISM_NOTED}
    assert sent(said)[1:] == sent(run(ActionAnswerFaq(), _typed("autre chose", "answer", [other]))[1])


def test_a_criticised_answer_is_not_given_again_to_the_rephrased_question(faq: Faq, plain_entry: str) -> None:
    # Twenty-fifth blind user test: « Ce n'est pas ma question. Je demandais s'il faut un nombre minimum de candidats »
    # got the set-up time again, the answer just criticised.
    other = next(i for i in faq.ids if i not in (plain_entry, PROCEDURE_ENTRY) and not faq.get(i).offer_check)  # type: ignore[union-attr]
    earlier = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    text = "Ce n'est pas ma question. Je demandais s'il faut un nombre minimum de candidats."
    ranking = {"response_selector": {RETRIEVAL_INTENT: {"ranking": [
        {"intent_response_key": f"{RETRIEVAL_INTENT}/{plain_entry}", "confidence": 0.8}, {"intent_response_key": f"{RETRIEVAL_INTENT}/{other}", "confidence": 0.1}]}}}
    for kept, expected in (([plain_entry], None), ([plain_entry, other], other)):
        marked = {DECISION_KEY: {"kind": "answer", "faq_id": kept[0], "faq_ids": kept, "criticism": True}, **ranking}
        latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
        events, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[earlier, latest], **marked))
        assert slot_events(events)["faq_feedback"] == {"faq_id": plain_entry, "value": "down"}
        texts = [m.get("text", "") for m in sent(said)]
        assert texts[0] == messages.CRITICISM_NOTED
        assert faq.get(plain_entry).answer.split("\n")[0] not in " ".join(texts)  # type: ignore[union-attr]
        if expected is None:
            # Nothing else to answer: said so, the other close questions, and the contact (not the same answer again).
            assert texts[1] == messages.NO_OTHER_ANSWER
            buttons = next(m["buttons"] for m in sent(said) if m.get("text") == messages.FEEDBACK_DOWN_ALTERNATIVES)
            assert other in " ".join(b["payload"] for b in buttons) and plain_entry not in " ".join(b["payload"] for b in buttons)
            assert messages.CONTACT_POINTER in sent(said)
        else:
            assert faq.get(other).answer.split("\n")[0] in " ".join(texts)  # type: ignore[union-attr]


def test_the_answer_just_given_is_not_repeated_to_the_same_question_asked_again(faq: Faq, plain_entry: str) -> None:
    # Twenty-sixth blind user test: « ok donc c'est eligible ou pas mon contrat pro pour un mecano a laval ? » got the same long
    # answer as the question before.
    other = next(i for i in faq.ids if i not in (plain_entry, PROCEDURE_ENTRY) and not faq.get(i).offer_check)  # type: ignore[union-attr]
    earlier = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    ranking = {"response_selector": {RETRIEVAL_INTENT: {"ranking": [
        {"intent_response_key": f"{RETRIEVAL_INTENT}/{plain_entry}", "confidence": 0.8}, {"intent_response_key": f"{RETRIEVAL_INTENT}/{other}", "confidence": 0.1}]}}}
    for text, repeated in (("ok donc c'est eligible ou pas pour nous alors ?", True), ("et pour une asso ?", False), ("encore ?", False)):
        marked = {DECISION_KEY: {"kind": "answer", "faq_id": plain_entry, "faq_ids": [plain_entry]}, **ranking}
        latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
        shown = {"event": "bot", "text": answer_message(faq, plain_entry)["text"]}
        events, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[earlier, shown, latest], **marked))
        texts = [m.get("text", "") for m in sent(said)]
        if repeated:
            assert texts[0] == messages.SAID_JUST_BEFORE and messages.CONTACT_POINTER in sent(said)
            buttons = next(m["buttons"] for m in sent(said) if m.get("text") == messages.FEEDBACK_DOWN_ALTERNATIVES)
            assert other in " ".join(b["payload"] for b in buttons)
            assert "faq_feedback" not in slot_events(events)  # asked again is no 👎
        else:
            assert sent(said)[0] == answer_message(faq, plain_entry)  # a follow-up, or a short message: the answer again


def test_an_answer_not_given_just_before_is_not_said_to_have_been_given(faq: Faq, plain_entry: str) -> None:
    # Thirty-second blind user test: the question just before was classified with this entry but got the request's sending
    # (« Merci ! Votre intention d'embauche est transmise … »), or the entry was answered two messages ago; « du coup pendant
    # la formation qui paie les candidats ? » was told « La réponse de la FAQ sur ce point est celle que je viens de vous
    # donner » though that answer was not among the assistant's latest messages. It gets the answer.
    other = next(i for i in faq.ids if i not in (plain_entry, PROCEDURE_ENTRY) and not faq.get(i).offer_check)  # type: ignore[union-attr]
    text = "du coup pendant la formation qui paie les candidats ?"
    ranking = {"response_selector": {RETRIEVAL_INTENT: {"ranking": [
        {"intent_response_key": f"{RETRIEVAL_INTENT}/{plain_entry}", "confidence": 0.8}, {"intent_response_key": f"{RETRIEVAL_INTENT}/{other}", "confidence": 0.1}]}}}
    marked = {DECISION_KEY: {"kind": "answer", "faq_id": plain_entry, "faq_ids": [plain_entry]}, **ranking}
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
    asked = user_event("les vendeuses seront payées pendant la formation ?", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    sending = {"event": "bot", "text": messages.SUBMITTED.format(reference="1E1F-2026-000036")}
    long_ago = [asked, {"event": "bot", "text": answer_message(faq, plain_entry)["text"]}, user_event("merci", "thank"),
                {"event": "bot", "text": messages.SUGGEST_TEXT}]
    for earlier in ([asked, sending], long_ago):
        _, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[*earlier, latest], **marked))
        assert {"text": messages.SAID_JUST_BEFORE} not in sent(said)
        assert sent(said)[0] == answer_message(faq, plain_entry)


def test_the_other_questions_are_never_offered_without_a_button(faq: Faq) -> None:
    # Thirty-second blind user test: « Votre question était peut-être l'une de celles-ci : » must come with its questions.
    from bot.faq.replies import feedback_replies

    replies = feedback_replies("down", ["not_an_entry"], faq)
    assert all(m.get("text") != messages.FEEDBACK_DOWN_ALTERNATIVES for m in replies)
    assert messages.CONTACT_POINTER in replies


def test_the_answer_shown_by_rule_is_the_one_not_repeated(faq: Faq) -> None:
    """« en contrat pro c bon ? » answered by rule with the contracts (its parse says the comparison), then « ok donc c'est eligible
    ou pas mon contrat pro alors ? »: said to be the answer just given, and the contracts' entry not among the other questions
    (found talking to the assistant after the twenty-seventh blind user test's fixes)."""
    from bot.faq.replies import CONTRACTS_ENTRY, PRO_COMPARISON_ENTRY

    first = {**user_event("en contrat pro c bon?", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": PRO_COMPARISON_ENTRY}])}
    shown = {"event": "bot", "text": answer_message(faq, CONTRACTS_ENTRY)["text"]}
    text = "ok donc c'est eligible ou pas mon contrat pro alors ?"
    ranking = {"response_selector": {RETRIEVAL_INTENT: {"ranking": [
        {"intent_response_key": f"{RETRIEVAL_INTENT}/{i}", "confidence": c}
        for i, c in ((PRO_COMPARISON_ENTRY, 0.8), (CONTRACTS_ENTRY, 0.1), ("employeurs_concernes", 0.05))]}}}
    marked = {DECISION_KEY: {"kind": "answer", "faq_id": PRO_COMPARISON_ENTRY, "faq_ids": [PRO_COMPARISON_ENTRY]}, **ranking}
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
    _, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[first, shown, latest], **marked))
    assert sent(said)[0] == {"text": messages.SAID_JUST_BEFORE}
    buttons = next(m["buttons"] for m in sent(said) if m.get("text") == messages.FEEDBACK_DOWN_ALTERNATIVES)
    payloads = " ".join(b["payload"] for b in buttons)
    assert CONTRACTS_ENTRY not in payloads and "employeurs_concernes" in payloads  # (the comparison may be what they meant)


@pytest.mark.parametrize("text", ["en contrat pro c bon?", "contrat pro c'est eligible ?", "le contrat de professionnalisation c'est accepté ?"])
def test_whether_a_contract_of_professionalisation_is_accepted_gets_the_contracts_answer(faq: Faq, text: str) -> None:
    """The comparison with a contract of professionalisation (« possibles à la suite ») answered « contrat pro c'est eligible ? »,
    while the check says alternance contracts are accepted (twenty-sixth blind user test)."""
    from bot.faq.replies import CONTRACTS_ENTRY, PRO_COMPARISON_ENTRY

    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [PRO_COMPARISON_ENTRY]))
    assert sent(said)[0] == answer_message(faq, CONTRACTS_ENTRY)
    _, said = run(ActionAnswerFaq(), _typed("quelle différence avec un contrat pro ?", "answer", [PRO_COMPARISON_ENTRY]))
    assert sent(said)[0] == answer_message(faq, PRO_COMPARISON_ENTRY)


def test_whether_a_current_employee_is_eligible_is_answered_when_the_classifier_is_unsure(faq: Faq) -> None:
    """« … Une de nos salariées en CDD voudrait passer le diplôme d'auxiliaire de vie, on pourrait la passer en CDI. Est-ce que ça
    rentre dans votre dispositif ? » got three questions, then « Pourriez-vous la reformuler ? » (twenty-seventh blind user test)."""
    from bot.faq.replies import PUBLIC_ENTRY

    text = ("Bonjour, nous sommes une association d'aide à domicile à La Roche-sur-Yon. Une de nos salariées en CDD voudrait passer "
            "le diplôme d'auxiliaire de vie, on pourrait la passer en CDI. Est-ce que ça rentre dans votre dispositif ?")
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["employeurs_concernes", PUBLIC_ENTRY, "type_de_formation"]))
    assert sent(said)[0] == answer_message(faq, PUBLIC_ENTRY)
    # Not when the entry is not among the closest (a question on something else about the employees).
    _, said = run(ActionAnswerFaq(), _typed("combien coute la formation de nos salariés ?", "suggest", suggestions=["cout_formation", "duree_formation"]))
    assert sent(said)[0]["text"] == messages.SUGGEST_TEXT


def test_a_criticism_before_any_answer_rates_nothing(faq: Faq, plain_entry: str) -> None:
    state = tracker("pas ma question, je voulais savoir autre chose", intent=RETRIEVAL_INTENT,
                    **{DECISION_KEY: {"kind": "answer", "faq_id": plain_entry, "faq_ids": [plain_entry], "criticism": True}})
    events, said = run(ActionAnswerFaq(), state)
    assert "faq_feedback" not in slot_events(events)
    assert {"text": messages.CRITICISM_NOTED} not in sent(said)


def test_a_criticism_after_suggestions_rates_nothing(faq: Faq, plain_entry: str) -> None:
    """The 👎 goes to the answer just given only: after a message that got suggestions, nothing is rated."""
    other = next(i for i in faq.ids if i not in (plain_entry, PROCEDURE_ENTRY) and not faq.get(i).offer_check)  # type: ignore[union-attr]
    earlier = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": plain_entry}])
    suggested = user_event("question floue", "nlu_fallback")
    text = "c'est pas ma question, je voulais savoir autre chose"
    marked = {DECISION_KEY: {"kind": "answer", "faq_id": other, "faq_ids": [other], "criticism": True}}
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
    events, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[earlier, suggested, latest], **marked))
    assert "faq_feedback" not in slot_events(events)
    assert {"text": messages.CRITICISM_NOTED} not in sent(said)


def test_a_correction_after_the_verdict_gives_the_verdict_again() -> None:
    # Blind user test, 2026-11-30: « ah non pardon c'est un CDD de 8 mois » right after a derogation
    # verdict got the FAQ answer on derogations, and « Préparer ma demande » kept 3 months.
    from bot.eligibility.dialogue import VERDICT_SLOT
    from bot.faq.replies import OFFER_SUBMISSION

    derogation = {"contract_type": "cdd", "contract_duration": 3.0, "department": "49", "candidate_status": "a_identifier",
                  VERDICT_SLOT: "derogation", OFFER_SLOT: OFFER_SUBMISSION}
    events, said = run(ActionAnswerFaq(), _typed("ah non pardon c'est un CDD de 8 mois", "answer", ["derogation_cdd"], slots=derogation))
    # The verdict again, in the same action: no follow-up, no FAQ answer on derogations after it.
    assert followups(events) == ["action_listen"]
    assert slot_events(events)["contract_duration"] == 8.0 and slot_events(events)[VERDICT_SLOT] == "eligible"
    assert slot_events(events)[OFFER_SLOT] == OFFER_SUBMISSION
    texts = [m.get("text", "") for m in sent(said)]
    assert "C'est corrigé" in texts[0] and any(t.startswith("Bonne nouvelle") for t in texts)
    assert not any("Cette réponse vous a-t-elle aidé" in t for t in texts)
    # Once the request is sent, or for a question, the FAQ answers as usual.
    for slots, text in (({**derogation, REFERENCE_SLOT: "IE-2026-0001"}, "ah non pardon c'est un CDD de 8 mois"),
                        (derogation, "en fait un CDD de 8 mois ça passe ?")):
        events, _ = run(ActionAnswerFaq(), _typed(text, "answer", ["derogation_cdd"], slots=slots))
        assert VERDICT_SLOT not in slot_events(events)


@pytest.mark.parametrize("text", ["en fait si j'accepte", "bon ok finalement je veux bien reprendre", "c bon il est d'accord, on reprend"])
def test_changing_ones_mind_after_leaving_the_request_resumes_it(text: str) -> None:
    # Blind user tests, 2026-11-30: after a refused consent or « annuler », these got the FAQ's « not understood ».
    from bot.submission.form_slots import KEPT_SLOT

    events, said = run(ActionAnswerFaq(), _typed(text, "unclear", slots={KEPT_SLOT: {"company_name": "Menuiserie Durand"}}))
    assert said == [] and followups(events) == ["action_start_submission"]
    events, _ = run(ActionAnswerFaq(), _typed(text, "unclear"))
    assert followups(events) != ["action_start_submission"]  # nothing kept: nothing to resume


@pytest.mark.parametrize("text", ["pardon la directrice vient de passer, on continue finalement. c'est 32h50 par semaine",
                                  "on continue finalement", "je me suis trompé, on continue. 35h par semaine"])
def test_going_on_after_a_cancel_resumes_the_request(text: str) -> None:
    # Forty-second blind user test (u42-09): right after a confirmed « annuler », this got « Je n'ai pas de réponse à cette question ».
    from bot.submission.form_slots import KEPT_SLOT

    kept = {KEPT_SLOT: {"company_name": "EHPAD Les Glycines", "siret": "49123456300014", "employer_type": "public"}}
    for kind in ("unclear", "answer"):
        events, said = run(ActionAnswerFaq(), _typed(text, kind, ["duree_formation"] if kind == "answer" else None, slots=kept))
        assert said == [] and followups(events) == ["action_start_submission"], (kind, sent(said))


@pytest.mark.parametrize(
    "text",
    ["peut-on reprendre la formation après ?", "en fait si le candidat est étranger ça marche ?", "qu'est-ce qui se passe si j'accepte ?",
     "j'accepte pas", "le salarié peut-il reprendre ?"],
)
def test_a_question_or_a_refusal_is_not_a_resumption(text: str) -> None:
    from bot.submission.form_slots import KEPT_SLOT

    events, _ = run(ActionAnswerFaq(), _typed(text, "unclear", slots={KEPT_SLOT: {"company_name": "X"}}))
    assert followups(events) != ["action_start_submission"]


@pytest.mark.parametrize(
    "text",
    ["non pas maintenant, on a aussi une agence à Rennes", "non merci pas de demande pour l'instant, je verrai avec France Travail",
     "en fait je voulais savoir si un CDD de 3 mois c'est possible"],
)
def test_declining_the_offer_or_asking_after_the_verdict_changes_no_answer(text: str) -> None:
    # Review of 2026-11-30: read as corrections, they changed the place (hence the verdict) or the contract.
    from bot.eligibility.dialogue import VERDICT_SLOT

    eligible = {**ELIGIBLE, VERDICT_SLOT: "eligible"}
    events, _ = run(ActionAnswerFaq(), _typed(text, "unclear", slots=eligible))
    assert VERDICT_SLOT not in slot_events(events) and "department" not in slot_events(events)


def test_correcting_an_early_not_eligible_place_goes_on_with_the_check() -> None:
    # Third blind user test, 2026-11-30: « dans la Loire » (42) ended the check before the candidate question;
    # « non pardon… à Saint-Herblain » then gave « éligible » on an unknown candidate.
    from bot.eligibility.dialogue import VERDICT_SLOT

    early = {"contract_type": "cdi", "department": "42", VERDICT_SLOT: "ineligible"}
    events, said = run(ActionAnswerFaq(), _typed("non pardon, c'est à Saint-Herblain", "unclear", slots=early))
    assert followups(events) == ["eligibility_form"]
    assert slot_events(events)["department"] == "44" and slot_events(events)[VERDICT_SLOT] is None
    assert not any(m.get("text", "").startswith("Bonne nouvelle") for m in sent(said))


def test_a_project_in_a_place_outside_the_region_answered_no_does_not_start_the_check(faq: Faq) -> None:
    """« Notre siège est à Rennes en Bretagne et on voudrait embaucher un cariste »: the FAQ's « non », then an
    unasked check and its « not eligible » verdict (sixth blind user test)."""
    text = "on est à Rennes en Bretagne et on voudrait embaucher un cariste en CDI"
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [OUTSIDE_ENTRY]))
    assert sent(said)[0] == answer_message(faq, OUTSIDE_ENTRY)
    assert "action_start_eligibility" not in followups(events) and messages.ELIGIBILITY_INTRO not in sent(said)


def test_the_head_office_is_not_the_place_of_the_job() -> None:
    from bot.eligibility.dialogue import opening_updates

    assert "department" not in opening_updates("Notre siège est à Rennes en Bretagne et on voudrait embaucher un cariste en CDI")
    assert opening_updates("Siège à Paris mais on recrute un cariste en CDI au Mans")["department"] == "72"


def test_no_check_is_offered_once_the_request_is_sent(faq: Faq, offering_entry: str) -> None:
    """After sending, an answer still offered « Voulez-vous vérifier maintenant… ? » (seventh blind user test)."""
    events, said = run(ActionAnswerFaq(), _typed("qui peut en bénéficier ?", "answer", [offering_entry], slots={REFERENCE_SLOT: "1E1F-2026-000027"}))
    assert sent(said)[0] == answer_message(faq, offering_entry)
    assert not any(b.get("payload") == "/check_eligibility" for m in sent(said) for b in m.get("buttons") or [])
    assert slot_events(events).get(OFFER_SLOT) is None


def test_a_question_about_part_time_gets_the_rule_on_hours() -> None:
    """« et pour un temps partiel, genre 20h par semaine ? » got « je n'ai pas de réponse », and the rule only during
    the request (eighth blind user test): the rule, derived from data/eligibility/rules.yml."""
    from bot.eligibility.rules import rules_on

    _, said = run(ActionAnswerFaq(), _typed("et pour un temps partiel, genre 20h par semaine ?", "out_of_scope"))
    (rule,) = rules_on("weekly_hours")
    assert rule.explanation in sent(said)[0]["text"] and rule.source in sent(said)[0]["text"]


def test_a_short_assignment_asked_as_a_follow_up_gets_the_derogation(faq: Faq) -> None:
    """« même en mission de 3 mois ? » replayed the previous answer (eighth blind user test)."""
    from bot.faq.replies import CONTRACT_MINIMUM_ENTRY

    _, said = run(ActionAnswerFaq(), _typed("meme en mission de 3 mois ?", "suggest", suggestions=["employeurs_concernes"]))
    assert sent(said)[0] == answer_message(faq, CONTRACT_MINIMUM_ENTRY)


@pytest.mark.parametrize("text", ["c possible en cdd de 5 mois pour un remplacement conge maternite ?", "un cdd de 3 mois pour un surcroit d'activite c'est possible ?"])
def test_a_short_contract_with_its_reason_gets_the_derogation(faq: Faq, text: str) -> None:
    """« c possible en cdd de 5 mois pour un remplacement congé maternité ? » got « je n'ai pas de réponse » (thirteenth
    blind user test): the derogation's answer, as without the reason."""
    from bot.faq.replies import CONTRACT_MINIMUM_ENTRY

    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said)[0] == answer_message(faq, CONTRACT_MINIMUM_ENTRY)


def test_part_time_answered_by_the_contracts_also_gets_the_rule_on_hours(faq: Faq) -> None:
    """« c'est possible à temps partiel ? » got the contracts alone (ninth blind user test)."""
    from bot.eligibility.rules import rules_on
    from bot.faq.replies import CONTRACTS_ENTRY

    _, said = run(ActionAnswerFaq(), _typed("c'est possible a temps partiel ?", "answer", [CONTRACTS_ENTRY]))
    (rule,) = rules_on("weekly_hours")
    assert sent(said)[0] == answer_message(faq, CONTRACTS_ENTRY) and rule.explanation in sent(said)[1]["text"]


def test_how_long_until_an_answer_after_sending_gets_the_next_steps(faq: Faq, plain_entry: str) -> None:
    """« combien de temps avant d'avoir une réponse ? » got the training's set-up delay (ninth blind user test)."""
    _, said = run(ActionAnswerFaq(), _typed("combien de temps avant d'avoir une reponse ?", "answer", [plain_entry], slots={REFERENCE_SLOT: "1E1F-2026-000021"}))
    assert sent(said)[0] == {"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000021")}


def test_a_project_that_gives_its_hours_starts_the_check_not_the_rule_on_hours() -> None:
    """A first message with « 35h par semaine » got the rule on hours instead of the check (ninth blind user test)."""
    text = "Entreprise privee Garage Durand siret 83778353900005, 1 mecanicien auto en CDI a Cholet 49300, 35h par semaine, debut 1er mars 2027"
    events, _ = run(ActionAnswerFaq(), _typed(text, "unclear"))
    assert followups(events) == ["action_start_eligibility"]


def test_a_question_in_english_is_told_french_only() -> None:
    """An English question got the French out-of-scope reply alone (tenth blind user test)."""
    _, said = run(ActionAnswerFaq(), _typed("can we hire an apprentice with this program?", "out_of_scope"))
    assert sent(said)[0] == {"text": messages.FRENCH_ONLY}
    _, said = run(ActionAnswerFaq(), _typed("on peut embaucher un apprenti ?", "out_of_scope"))
    assert {"text": messages.FRENCH_ONLY} not in sent(said)


def test_a_fact_before_a_question_at_any_question_of_the_request_is_kept(faq: Faq, plain_entry: str) -> None:
    """« temps plein. au fait pendant la formation ils sont payés par qui ? »: the hours were asked again (eleventh user test)."""
    slots = {"requested_slot": "weekly_hours", "eligibility": "eligible"}
    state = _typed("temps plein. au fait pendant la formation ils sont payés par qui ?", "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["weekly_hours"] == 35.0 and sent(said)[0] == answer_message(faq, plain_entry)


@pytest.mark.parametrize(("text", "slot", "value"), [
    # forty-second blind user test (u42-02, u42-10): the SIRET typed with a question got the answer, then the SIRET asked again
    ("44793121300014 et la formation elle a lieu avant ou apres l'embauche ?", "siret", "44793121300014"),
    ("88012345000012 - et on peut choisir l'organisme de formation nous meme ?", "siret", "88012345000012"),
    ("association, et la formation est prise en charge par qui ?", "employer_type", "association"),
])
def test_a_value_typed_with_a_question_about_the_scheme_is_kept(faq: Faq, plain_entry: str, text: str, slot: str, value: str) -> None:
    slots = {**ELIGIBLE, "requested_slot": slot, "company_name": "Régie de quartiers"}
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots))
    assert slot_events(events)[slot] == value and sent(said)[0] == answer_message(faq, plain_entry)


@pytest.mark.parametrize("text", [
    # forty-second blind user test (u42-10): the job, then one question, got « Pour votre autre question… » with suggestions
    "conducteur routier poids lourd. c'est quoi le delai entre la demande et le debut de la formation en general ?",
    # (a job read as a question of its own: « ou » is also « où »)
    "cariste ou magasinier. combien de temps dure la formation ?",
    "cariste ou magasinier, c'est finance par la region ?",
])
def test_the_answer_beside_one_question_gets_no_other_question_s_suggestions(faq: Faq, plain_entry: str, text: str) -> None:
    slots = {**ELIGIBLE, "requested_slot": "job_title"}
    others = [i for i in faq.ids if i != plain_entry][:3]
    state = _typed(text, "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots)
    state.latest_message[DECISION_KEY]["other_suggestions"] = others  # (as the component read the job as another question)
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["job_title"] in ("conducteur routier poids lourd", "cariste ou magasinier")
    assert sent(said)[0] == answer_message(faq, plain_entry)
    assert not any(m.get("text") == messages.OTHER_QUESTION_SUGGEST_TEXT for m in sent(said)), sent(said)


def test_a_second_question_beside_the_answer_still_gets_its_suggestions(faq: Faq, plain_entry: str) -> None:
    """(The counter-case: two questions after the job, the second unsure, keep its suggestions.)"""
    slots = {**ELIGIBLE, "requested_slot": "job_title"}
    others = [i for i in faq.ids if i != plain_entry][:3]
    state = _typed("cariste. combien de temps dure la formation ? et qui choisit l'organisme de formation ?", "answer", [plain_entry],
                   active_loop="hiring_intent_form", slots=slots)
    state.latest_message[DECISION_KEY]["other_suggestions"] = others
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["job_title"] == "cariste"
    assert any(m.get("text") == messages.OTHER_QUESTION_SUGGEST_TEXT for m in sent(said)), sent(said)


def test_a_job_seeker_is_pointed_to_france_travail() -> None:
    """« je cherche moi meme un emploi, vous pouvez m'aider ? » got the employers' menu (eleventh blind user test)."""
    _, said = run(ActionAnswerFaq(), _typed("je cherche moi meme un emploi, vous pouvez m'aider ?", "suggest"))
    assert sent(said) == [{"text": messages.FOR_JOB_SEEKERS}]


def test_the_response_time_after_sending_is_the_next_steps() -> None:
    """« on aura une reponse sous combien de temps ? » got the training's set-up time (eleventh blind user test)."""
    slots = {REFERENCE_SLOT: "IE-2026-0001"}
    _, said = run(ActionAnswerFaq(), _typed("on aura une reponse sous combien de temps ?", "answer", ["delai_mise_en_place"], slots=slots))
    assert sent(said)[0]["text"] == messages.NEXT_STEPS.format(reference="IE-2026-0001")


@pytest.mark.parametrize("text", ["J'ai une question. c'est payant ?", "Attendez. c'est quoi un OF ?"])
def test_an_opening_before_a_question_is_not_an_answer(text: str, plain_entry: str) -> None:
    """Review: « J'ai une question » and « Attendez » were stored as the company or the contact."""
    slots = {"requested_slot": "contact_name", "eligibility": "eligible"}
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots))
    assert "contact_name" not in slot_events(events)


def test_an_answer_then_a_question_after_a_comma_keeps_the_answer(faq: Faq, plain_entry: str) -> None:
    """« soudure TIG et MIG, lecture de plan, et qd est ce que la formation commence ? » lost the needs (twelfth user test)."""
    slots = {"requested_slot": "training_needs", "eligibility": "eligible"}
    text = "soudure TIG et MIG, lecture de plan, et qd est ce que la formation commence en general ? c long a mettre en place ?"
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", [plain_entry], active_loop="hiring_intent_form", slots=slots))
    assert slot_events(events)["training_needs"] == "soudure TIG et MIG, lecture de plan"


@pytest.mark.parametrize(
    "text",
    [
        # Thirteenth blind user test: an FAQ answer, « je ne suis pas certain d'avoir compris », the form's link.
        "et pour un autre poste ? on voudrait aussi un carrossier a sable",
        "je refais une demande pour un carrossier a sable",
        "je refais une demande pour notre antenne de Sablé, 2 caristes en cdd 8 mois",
        "je peux faire la demande ici aussi ?",
        "je prefere la faire avec vous comme tout a l heure",
        # Fifteenth blind user test
        "et pour un 2e chauffeur sur notre agence de Chateau-Gontier en cdd 6 mois ?",
        "maintenant la demande pour l'apprenti mecanicien, meme garage, debut septembre",
        # Seventeenth blind user test
        "on peut faire une demande pour elle aussi ?",
        "sablé pareil",
        "pareil pour Laval",
        # Thirty-fourth blind user test: « déjà transmise… ne peut plus être modifiée ici », a dead end
        "Maintenant je voudrais faire la même demande pour les 2 chaudronniers, mêmes informations sauf le poste et les besoins de formation.",
        "Je ne veux pas la modifier, je veux faire une NOUVELLE demande pour 2 chaudronniers.",
    ],
)
def test_another_request_in_everyday_words_starts_its_check(text: str) -> None:
    sent_already = {**ELIGIBLE, REFERENCE_SLOT: "IE-2026-0001"}
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY], slots=sent_already))
    assert followups(events) == ["action_start_eligibility"]
    assert sent(said) == [{"text": messages.NEW_REQUEST_CHECK_FIRST.format(reference="IE-2026-0001")}]


@pytest.mark.parametrize("kind", ["answer", "suggest", "none"])
@pytest.mark.parametrize(("form", "requested"), [("eligibility_form", "department"), ("hiring_intent_form", "work_location")])
def test_a_place_s_name_alone_at_the_place_question_is_its_answer_not_a_question(plain_entry: str, kind: str, form: str, requested: str) -> None:
    """« avrille » at the place question got « Je ne suis pas certain d'avoir bien compris votre question », three times
    (twenty-first blind user test): the place question reads it (Avrillé of the 49 or of the 85?)."""
    slots: dict[str, Any] = {"requested_slot": requested, "contract_type": "cdi"}
    events, said = run(ActionAnswerFaq(), _typed("avrille", kind, [plain_entry] if kind == "answer" else [], active_loop=form, slots=slots))
    texts = " ".join(m.get("text") or "" for m in sent(said))
    assert "Avrillé" in texts and messages.SUGGEST_EMPTY_TEXT not in texts
    assert all("feedback" not in json.dumps(m) for m in sent(said))  # no FAQ answer


# ---------------------------------------------------------------- follow-ups in context (the twenty-third blind user test)


def _after(previous: str, answered: str, by_rule: bool, text: str, kind: str, suggestions: list[str] | None = None, intent: str | None = None) -> Tracker:
    """``text`` typed right after ``previous``, which was answered with ``answered``: by the classifier (its parse data says
    so), or by rule (its parse data says out of scope; only the feedback question after the answer names the entry)."""
    if by_rule:
        parse: dict[str, Any] = {"intent": {"name": "out_of_scope"}, "entities": [], DECISION_KEY: {"kind": "out_of_scope", "faq_ids": []}}
    else:
        parse = {"intent": {"name": RETRIEVAL_INTENT}, "entities": [], DECISION_KEY: {"kind": "answer", "faq_ids": [answered]}}
    decision: dict[str, Any] = {"kind": kind, "faq_ids": [], "faq_id": None, "suggestions": suggestions or [], "confidence": 0.5,
                                "intent": intent or ("nlu_fallback" if kind == "suggest" else kind)}
    latest: dict[str, Any] = {"text": text, "intent": {"name": decision["intent"]}, "entities": [], DECISION_KEY: decision}
    events = [
        {"event": "action", "name": "action_listen"}, {"event": "user", "text": previous, "parse_data": {"text": previous, **parse}},
        {"event": "bot", "text": "…", "data": {}}, {"event": "bot", "text": messages.FEEDBACK_QUESTION, "data": {"buttons": _feedback_question(answered)["buttons"]}},
        {"event": "action", "name": "action_listen"}, {"event": "user", "text": text, "parse_data": latest},
    ]
    return tracker(text, intent=decision["intent"], events=events, **{DECISION_KEY: decision})


def test_a_follow_up_on_temporary_work_after_the_contracts_gets_its_answer(faq: Faq) -> None:
    """« et l'intérim ? » right after the contracts (answered by rule) got « Pourriez-vous la reformuler ? »: the answer
    that says « Les CDI intérimaires ou les CDD d'au moins 6 mois en intérim sont éligibles »."""
    from bot.faq.replies import CONTRACTS_ENTRY, INTERIM_ENTRY

    assert "intérim" in faq.get(INTERIM_ENTRY).answer  # type: ignore[union-attr]
    for by_rule in (True, False):
        _, said = run(ActionAnswerFaq(), _after("ça marche pour un apprenti ?", CONTRACTS_ENTRY, by_rule, "et l'intérim ?", "other", intent="inform"))
        # (The whole answer, its sentence on interim said: asked about, forty-second blind user test.)
        assert sent(said)[0] == answer_message(faq, INTERIM_ENTRY, "et l'intérim ?") == {"text": faq.get(INTERIM_ENTRY).answer_with_source}  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["même pour un agent contractuel ?", "meme pour un agent contractuel ?"])
def test_a_follow_up_on_a_public_agent_after_the_employers_gets_the_contracts(faq: Faq, text: str) -> None:
    """« même pour un agent contractuel ? » after the employers' answer got it again: a contractual agent is a public
    employer's fixed-term contract (bot.extractors.contract), the contracts accepted say which."""
    from bot.faq.replies import CONTRACTS_ENTRY, EMPLOYERS_ENTRY

    state = _after("une mairie peut-elle utiliser le dispositif ?", EMPLOYERS_ENTRY, False, text, "suggest",
                   [CONTRACTS_ENTRY, "public_beneficiaire", "derogation_cdd"])
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, CONTRACTS_ENTRY)


def test_a_follow_up_on_an_employer_after_the_contracts_gets_the_employers(faq: Faq) -> None:
    from bot.faq.replies import CONTRACTS_ENTRY, EMPLOYERS_ENTRY

    _, said = run(ActionAnswerFaq(), _after("quels contrats ?", CONTRACTS_ENTRY, False, "et pour une mairie ?", "other", intent="inform"))
    assert sent(said)[0] == answer_message(faq, EMPLOYERS_ENTRY)


@pytest.mark.parametrize(
    ("previous", "text", "expected"),
    [
        # Another answer than who or which contract: the same question again, as before.
        ("duree_formation", "et pour un CDD ?", "duree_formation"),
        ("departements_couverts", "et pour une asso ?", "departements_couverts"),
        # No contract nor employer named: the previous answer again.
        ("employeurs_concernes", "et l'intérim ?", "employeurs_concernes"),
        # A place alone is about the places covered, whatever the answer before (it got the contracts' answer again: forty-fourth
        # blind user test, u44-10, « et en Mayenne ? »; this case expected the contracts before).
        ("types_de_contrat", "et en sarthe ?", "departements_couverts"),
        # A CDD named after the contracts: the same answer (it says « d'au moins 6 mois »).
        ("types_de_contrat", "et en CDD ?", "types_de_contrat"),
        # The self-employed after the employers are an employer: the employers' answer again (review of the twenty-third
        # blind user test's changes: the contracts' answer); after the contracts, a contract.
        ("employeurs_concernes", "et un auto-entrepreneur ?", "employeurs_concernes"),
        ("employeurs_concernes", "et pour un micro-entrepreneur ?", "employeurs_concernes"),
        ("limite_nombre_salaries", "et un auto-entrepreneur ?", "employeurs_concernes"),
        ("types_de_contrat", "et un auto-entrepreneur ?", "types_de_contrat"),
        ("derogation_cdd", "et un auto-entrepreneur ?", "types_de_contrat"),
    ],
)
def test_follow_ups_that_keep_the_previous_answer(faq: Faq, previous: str, text: str, expected: str) -> None:
    _, said = run(ActionAnswerFaq(), _after("…", previous, False, text, "other", intent="inform"))
    # (The answer to the follow-up: « et l'intérim ? » gets the employers' sentence on interim, left out otherwise: forty-second
    # blind user test.)
    assert sent(said)[0] == answer_message(faq, expected, text)


def test_another_question_after_the_contracts_is_no_follow_up(faq: Faq) -> None:
    from bot.faq.replies import CONTRACTS_ENTRY

    _, said = run(ActionAnswerFaq(), _after("quels contrats ?", CONTRACTS_ENTRY, False, "et combien de temps pour l'intérim ?", "suggest", ["duree_formation"]))
    assert sent(said)[0]["text"] == messages.SUGGEST_TEXT


def test_what_a_siret_is_is_answered_before_the_rest() -> None:
    """« c quoi un siret ? on est une asso » got the employers' answer alone: the SIRET, no FAQ question, was left out."""
    from bot.faq.replies import EMPLOYERS_ENTRY

    siret = {"text": messages.FIELD_EXPLANATIONS["siret"]}
    _, said = run(ActionAnswerFaq(), _typed("c quoi un siret ? on est une asso", "answer", [EMPLOYERS_ENTRY]))
    assert sent(said)[0] == siret and sent(said)[1]["text"].startswith("Ce dispositif est ouvert à tous types d'employeurs")
    # Alone, it is answered instead of declined.
    _, said = run(ActionAnswerFaq(), _typed("c'est quoi un SIRET ?", "out_of_scope"))
    assert sent(said) == [siret]


@pytest.mark.parametrize("text", ["c quoi un siret ?", "c'est quoi le numéro SIRET ?", "qu'est-ce qu'un siret", "siret c'est quoi ?", "où trouver mon siret ?"])
def test_questions_on_what_a_siret_is(text: str) -> None:
    from bot.faq.replies import siret_help

    assert siret_help(text) is not None


@pytest.mark.parametrize("text", [
    "le siret est obligatoire ?", "faut-il un siret pour faire la demande ?", "mon siret c'est 732 829 320 00074", "c quoi un CDD ?",
    "/faq{\"faq_id\": \"employeurs_concernes\"}",
])
def test_other_messages_naming_the_siret(text: str) -> None:
    from bot.faq.replies import siret_help

    assert siret_help(text) is None


def test_a_part_left_unanswered_is_answered_with_an_apology(faq: Faq) -> None:
    """« vous n'avez pas répondu pour la mairie », after asking whether a town hall can use the scheme, got suggestions:
    a town hall is a public employer, the employers' answer says they are."""
    from bot.faq.replies import EMPLOYERS_ENTRY

    state = _after("une mairie peut-elle utiliser le dispositif ? et qui paie ?", "cout_formation", False,
                   "vous n'avez pas répondu pour la mairie", "suggest", ["adresser_intention_embauche", "catalogue_formations", "departements_couverts"])
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[:2] == [{"text": messages.MISSED_ANSWER}, answer_message(faq, EMPLOYERS_ENTRY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("vous n'avez pas répondu pour la mairie", "employeurs_concernes"),
        ("vous avez oublié l'intérim", "employeurs_concernes"),
        ("t'as pas répondu pour le cdd de 4 mois", "derogation_cdd"),
        ("pas de réponse pour les associations ?", "employeurs_concernes"),
        # Nothing named, or no complaint: not this.
        ("vous n'avez pas répondu à ma question", None),
        ("la mairie n'a pas répondu", None),
        ("vous avez répondu pour la mairie, merci", None),
        ("pas de réponse de la mairie", None),
    ],
)
def test_complaints_of_a_missed_answer(text: str, expected: str | None) -> None:
    from bot.faq.replies import missed_answer

    assert missed_answer(text) == expected


@pytest.mark.parametrize(
    ("text", "hours", "met"),
    [
        # (twenty-third blind user test: h18b-87, h18b-13)
        ("c'est possible pour un CDI a 24h par semaine pile ?", 24, True),
        ("et pour un temps partiel ? c'est pour une aide a domicile 20h par semaine", 20, False),
        ("et à 28 heures par semaine ?", 28, True),
    ],
)
def test_a_question_naming_its_hours_gets_the_rules_yes_or_no(text: str, hours: float, met: bool) -> None:
    """« La FAQ ne le précise pas, mais la vérification d'éligibilité en tient compte… » gave no yes or no: the rules' answer for
    those hours, with the rule's sentence and, for a no, its alternative, all from data/eligibility/rules.yml."""
    from bot.eligibility.rules import evaluate, rules_on
    from bot.submission.validators.counts import format_hours

    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    (rule,) = rules_on("weekly_hours")
    assert (evaluate({"weekly_hours": hours}).verdict != "ineligible") is met
    expected = messages.HOURS_WITHIN_THE_RULES if met else messages.HOURS_BELOW_THE_RULES
    reply = sent(said)[0]["text"]
    assert reply.startswith(expected.format(hours=format_hours(hours), rules="").rstrip()) and rule.explanation in reply
    assert (rule.alternative in reply) is (not met) if rule.alternative else True


@pytest.mark.parametrize(("text", "answer"), [
    ("on peut monter à 24h oui", ["delai_mise_en_place"]), ("ok et à 28h alors", []), ("bon ben 30h par semaine", ["duree_formation"]),
])
def test_other_hours_right_after_the_hours_rule_get_its_answer_for_them(text: str, answer: list[str]) -> None:
    """« on peut monter à 24h oui » after « Non, pas avec 20 h par semaine » got the training's set-up time (twenty-fifth blind
    user test)."""
    from bot.submission.validators.counts import format_hours

    rule = messages.HOURS_BELOW_THE_RULES.format(hours=format_hours(20), rules="…")
    state = _typed(text, "answer" if answer else "suggest", answer or None, suggestions=["cout_formation"])
    state.events.append({"event": "bot", "text": rule})
    state.events.append(state.events.pop(-2))  # the employer's message after the rule's answer
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0]["text"].startswith(messages.HOURS_WITHIN_THE_RULES.split("{")[0])
    # (not without the rule's answer just before: the FAQ's answer)
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["delai_mise_en_place"]) if answer else _typed(text, "suggest", suggestions=["cout_formation"]))
    assert not sent(said)[0]["text"].startswith(messages.HOURS_WITHIN_THE_RULES.split("{")[0])


@pytest.mark.parametrize(
    ("text", "low", "high", "met"),
    [
        ("c'est possible pour un CDI entre 20 et 28h par semaine ?", 20, 28, False),
        ("et pour un temps partiel, genre entre 28 et 30h par semaine ?", 28, 30, True),
    ],
)
def test_a_question_naming_a_range_of_hours_gets_the_rules_answer_for_its_low_end(text: str, low: float, high: float, met: bool) -> None:
    """« c'est possible pour un CDI entre 20 et 28h par semaine ? » got « Oui … 28 h », when the check reads 20 h and refuses
    them (session of 2026-12-02): the low end, said as the check says it."""
    from bot.submission.validators.counts import format_hours

    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    reply = sent(said)[0]["text"]
    assert reply.startswith(messages.HOURS_RANGE_IN_THE_CHECK.format(low=format_hours(low), high=format_hours(high)))
    expected = messages.HOURS_WITHIN_THE_RULES if met else messages.HOURS_BELOW_THE_RULES
    assert expected.format(hours=format_hours(low), rules="").rstrip() in reply


@pytest.mark.parametrize(
    "text",
    [
        "et pour un temps partiel ?",
        # The training's hours are not the job's (« Oui pour la durée de travail : 35 h par semaine »: review of the session's
        # changes)
        "la formation fait 35h par semaine ?",
    ],
)
def test_a_question_on_part_time_without_hours_gets_the_rule_alone(text: str) -> None:
    """Near miss: no hours of the job named, no yes or no."""
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said)[0]["text"].startswith(messages.HOURS_RULE_ANSWER.format(rules="").rstrip())


@pytest.mark.parametrize("text", ["je voudrais savoir si je peux beneficier du truc 1 emploi 1 formation", "on y a droit ?", "suis-je éligible ?",
                                  "on a droit ?", "on peut bénéficier de ce dispositif ?", "je peux en bénéficier ?"])
def test_asking_whether_one_may_benefit_gets_the_offer_of_the_check(text: str) -> None:
    """« je voudrais savoir si je peux beneficier du truc 1 emploi 1 formation » got « Je ne suis pas certain d'avoir bien
    compris » and three questions (twenty-third blind user test: h18b-47): it depends on the project, the check is
    offered (« oui » starts it)."""
    events, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["public_beneficiaire"]))
    assert sent(said) == [{"text": messages.DEPENDS_ON_THE_PROJECT}, messages.CHECK_OFFER]
    assert slot_events(events)[OFFER_SLOT] == "check"


_INTRODUCTIONS = [
    ("je suis a la tete dune pme de 15 salariés dans le btp a la roche sur yon", "La Roche-sur-Yon (Vendée, 85)"),
    ("on est une asso d'aide à domicile sur Laval", "Laval (Mayenne, 53)"),
    ("je dirige une boulangerie a angers", "Angers (Maine-et-Loire, 49)"),
]


@pytest.mark.parametrize(("text", "place"), _INTRODUCTIONS)
@pytest.mark.parametrize("kind", ["unclear", "suggest", "out_of_scope"])
def test_an_employer_saying_who_they_are_gets_what_can_be_done_here(text: str, place: str, kind: str) -> None:
    """« je suis a la tete dune pme de 15 salariés dans le btp a la roche sur yon », no question asked, got « Je ne suis pas
    certain d'avoir bien compris votre question » (twenty-eighth blind user test): acknowledged, the place said to be covered,
    and the check offered; « oui » starts it, the place asked back (« Le poste sera-t-il situé à … ? »)."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.eligibility.dialogue import MEMORY_SLOT, PLACE_ASKED_BACK

    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["employeurs_concernes"] if kind == "suggest" else None))
    assert sent(said) == [{"text": messages.EMPLOYER_IN_THE_REGION.format(place=place)}, messages.CHECK_OFFER]
    assert slot_events(events)[OFFER_SLOT] == OFFER_CHECK
    history = [user_event(text, "nlu_fallback"), *({"event": "bot", "text": m["text"]} for m in sent(said)), {"event": "action", "name": "action_listen"},
               user_event("oui", "affirm")]
    started, _ = run(ActionStartEligibility(), tracker("oui", intent="affirm", events=history))
    assert slot_events(started)[MEMORY_SLOT][PLACE_ASKED_BACK]["commune"] == place.split(" (")[0]


def test_an_employer_saying_who_they_are_without_a_place_gets_what_can_be_done_here() -> None:
    events, said = run(ActionAnswerFaq(), _typed("je dirige une petite entreprise de maçonnerie", "unclear"))
    assert sent(said) == [{"text": messages.EMPLOYER_NOTED}, messages.CHECK_OFFER]
    assert slot_events(events)[OFFER_SLOT] == OFFER_CHECK


def test_an_employer_saying_who_they_are_answered_by_the_faq_gets_the_offer_of_the_check_too(faq: Faq) -> None:
    text = _INTRODUCTIONS[0][0]
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["limite_nombre_salaries"]))
    assert sent(said)[0] == answer_message(faq, "limite_nombre_salaries") and sent(said)[-1] == messages.CHECK_OFFER
    assert slot_events(events)[OFFER_SLOT] == OFFER_CHECK


@pytest.mark.parametrize("text", [
    "je dirige une boulangerie a rennes",  # (outside the region: the FAQ's answer for it)
    "je dirige une boulangerie a angers, c'est pour qui ce dispositif ?",  # (a question)
    "je suis demandeur d'emploi a angers",  # (a job seeker)
    "je suis a la tete d'une pme a angers et je cherche un soudeur en CDI",  # (a project: the check)
])
def test_no_introduction_acknowledged_for_a_question_a_project_or_elsewhere(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "unclear"))
    assert not any(m.get("text", "").startswith("Merci pour ces précisions") for m in sent(said))


@pytest.mark.parametrize("text", ["qui peut en bénéficier ?", "mon salarié peut en bénéficier ?"])
def test_whether_someone_else_may_benefit_is_no_offer_of_the_check(text: str) -> None:
    """Near misses: who may benefit in general, or someone else, are read as any question (its suggestions)."""
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["public_beneficiaire"]))
    assert {"text": messages.DEPENDS_ON_THE_PROJECT} not in sent(said)


@pytest.mark.parametrize("kind", ["unclear", "out_of_scope"])
def test_a_job_seeker_asking_whether_they_may_benefit_gets_the_reply_for_job_seekers(kind: str) -> None:
    """« je peux en bénéficier moi, je suis demandeur d'emploi ? » got « Cela dépend de votre projet d'embauche » and the offer
    of the check (review of the twenty-third blind user test's changes): the scheme is for employers, as before."""
    _, said = run(ActionAnswerFaq(), _typed("je peux en bénéficier moi, je suis demandeur d'emploi ?", kind))
    assert sent(said) == [{"text": messages.FOR_JOB_SEEKERS}]


@pytest.mark.parametrize("text", ["on a droit au chômage partiel ?", "on peut bénéficier du chômage partiel ?",
                                  "je peux bénéficier de l'aide à l'embauche ?", "on a droit aux aides ?"])
@pytest.mark.parametrize("kind", ["unclear", "out_of_scope"])
def test_a_benefit_of_another_scheme_is_no_offer_of_the_check(text: str, kind: str) -> None:
    """« on a droit au chômage partiel ? » got « Cela dépend de votre projet d'embauche » and the offer of the check (review of
    the twenty-third blind user test's changes): another scheme, out of scope, as before."""
    _, said = run(ActionAnswerFaq(), _typed(text, kind))
    assert {"text": messages.DEPENDS_ON_THE_PROJECT} not in sent(said)
    assert messages.CHECK_OFFER not in sent(said)


@pytest.mark.parametrize(("text", "read"), [
    # (twenty-fifth blind user test: « Je n'ai pas de réponse à cette question », « pas certain d'avoir bien compris »)
    ("Oui, préparons-la. Hôtel de la Plage SARL, SIRET 73282932000074.", {"siret": "73282932000074"}),
    ("Très bien, préparons la demande. La structure est la Mairie de Saint-Berthevin, SIRET 55210055400013, employeur public, "
     "prise de poste souhaitée le 1er avril 2027.", {"siret": "55210055400013", "employer_type": "public", "start_date": "2027-04-01"}),
])
def test_taking_up_the_request_with_its_facts_starts_it_with_them(text: str, read: dict) -> None:
    from bot.dialogue.turns import START_SUBMISSION_ACTION
    from bot.eligibility.dialogue import MEMORY_SLOT
    from bot.submission.dialogue import memory_updates

    slots = {**ELIGIBLE, OFFER_SLOT: OFFER_SUBMISSION, MEMORY_SLOT: {"said": "on recrute un agent en CDD de 8 mois"}}
    for kind in ("out_of_scope", "suggest"):
        events, _ = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["cout_formation"], slots=slots))
        assert followups(events) == [START_SUBMISSION_ACTION]
        memory = slot_events(events)[MEMORY_SLOT]
        found = memory_updates(memory)
        assert {k: found.get(k) for k in read} == read
    # a yes with nothing the request reads, or a question, is left to the offer's own reading
    for other in ("oui merci", "oui, et c'est combien ?"):
        events, _ = run(ActionAnswerFaq(), _typed(other, "suggest", suggestions=["cout_formation"], slots=slots))
        assert MEMORY_SLOT not in slot_events(events)


def _typed_after(history: list[dict[str, Any]], text: str, intent: str, slots: dict[str, Any] | None = None) -> Tracker:
    latest = user_event(text, intent)
    return tracker(text, intent=intent, slots=slots or {}, events=[*history, {"event": "action", "name": "action_listen"}, latest])


_OFFERED = [user_event("Agence d'interim au Mans ici. un CDI interimaire c eligible ?", RETRIEVAL_INTENT), {"event": "bot", "text": "…"},
            {"event": "bot", "text": messages.CHECK_OFFER["text"]}]


@pytest.mark.parametrize(("text", "intent", "read"), [
    ("on a un candidat inscrit a FT pour un CDII cariste", "nlu_fallback", {"contract_type": "cdi_interimaire", "candidate_status": "demandeur_emploi"}),
    ("cdd saisonnier", "inform", {"contract_type": "cdd_saisonnier"}),
    ("pas encore de candidat", "deny", {"candidate_status": "a_identifier"}),
    ("oui une candidate inscrite à France Travail", "affirm", {"candidate_status": "demandeur_emploi"}),
])
def test_an_answer_to_the_offer_of_the_check_starts_it_with_that_answer(text: str, intent: str, read: dict[str, Any]) -> None:
    """« cdd saisonnier » right after « Voulez-vous vérifier maintenant… ? » got « reformuler », « on a un candidat inscrit a FT
    pour un CDII cariste » a fallback, « pas encore » « Très bien », which dropped the check (twenty-seventh blind user test)."""
    from actions.eligibility_actions import ActionStartEligibility
    from actions.offer_actions import ActionAnswerOffer

    action = ActionAnswerOffer() if intent in ("affirm", "deny") else ActionAnswerFaq()
    events, said = run(action, _typed_after(_OFFERED, text, intent, {OFFER_SLOT: OFFER_CHECK}))
    assert followups(events) == ["action_start_eligibility"] and not said
    started, _ = run(ActionStartEligibility(), _typed_after(_OFFERED, text, intent, {}))
    assert {k: v for k, v in slot_events(started).items() if k in read} == read


@pytest.mark.parametrize(("text", "intent"), [("non", "deny"), ("non merci", "deny"), ("pas encore", "deny"), ("non, pas de candidat", "deny")])
def test_a_no_to_the_offer_of_the_check_still_declines_it(text: str, intent: str) -> None:
    """« non », and « pas encore » alone (a « not now » to « maintenant ? »), decline the offer (counter-cases)."""
    from actions.offer_actions import ActionAnswerOffer

    events, said = run(ActionAnswerOffer(), _typed_after(_OFFERED, text, intent, {OFFER_SLOT: OFFER_CHECK}))
    assert "action_start_eligibility" not in followups(events) and sent(said) == [{"text": messages.OFFER_DECLINED}]


def _answered_no() -> dict[str, Any]:
    return {**user_event("Centre hospitalier, nous recrutons des aides-soignants en CDD de 12 mois sur notre site de Rennes. Eligible ?",
                         RETRIEVAL_INTENT), "parse_data": {
        "intent": {"name": RETRIEVAL_INTENT},
        DECISION_KEY: {"kind": "answer", "faq_ids": [OUTSIDE_ENTRY], "faq_id": OUTSIDE_ENTRY, "suggestions": [], "confidence": 1.0, "intent": RETRIEVAL_INTENT},
    }}


@pytest.mark.parametrize(("text", "intent", "town"), [
    ("ah pardon je me suis trompé, c'est notre site de Château-Gontier, pas Rennes", "nlu_fallback", "Château-Gontier-sur-Mayenne"),
    ("ah pardon je me suis trompe c notre site de chateau gontier pas rennes", "nlu_fallback", "Château-Gontier-sur-Mayenne"),
    ("en fait c'est a Laval", "inform", "Laval"),
    ("c'est Laval pas Rennes", "inform", "Laval"),
    ("non pardon c'est a Laval", "deny", "Laval"),
])
def test_a_place_corrected_after_no_starts_the_check_with_the_first_message(text: str, intent: str, town: str) -> None:
    """« ah pardon je me suis trompé, c'est notre site de Château-Gontier, pas Rennes » after « Non » for Rennes got « pas certain
    d'avoir compris » (twenty-seventh blind user test): the check, with the first message's contract and length at the place
    corrected, said back."""
    from actions.eligibility_actions import ActionStartEligibility
    from actions.offer_actions import ActionAnswerOffer

    history = [_answered_no(), {"event": "bot", "text": "Non…"}]
    action = ActionAnswerOffer() if intent in ("affirm", "deny") else ActionAnswerFaq()
    events, _ = run(action, _typed_after(history, text, intent))
    assert followups(events) == ["action_start_eligibility"]
    started, said = run(ActionStartEligibility(), _typed_after(history, text, intent))
    slots = slot_events(started)
    assert (slots["contract_type"], slots["contract_duration"], slots["department"]) == ("cdd", 12.0, "53")
    assert any(m.get("text", "").startswith("Je reprends ce que vous m'avez écrit plus haut") and town in m["text"] for m in said)


@pytest.mark.parametrize("text", ["on a aussi des clients a Laval", "pardon c'est a Vannes", "en fait c'est a Laval ?"])
def test_a_place_said_otherwise_after_no_starts_no_check(text: str) -> None:
    """Counter-cases: a place in passing, a correction to a place outside, a question."""
    history = [_answered_no(), {"event": "bot", "text": "Non…"}]
    events, _ = run(ActionAnswerFaq(), _typed_after(history, text, "nlu_fallback"))
    assert "action_start_eligibility" not in followups(events)


@pytest.mark.parametrize("text", ["et pour un CDD de 3 mois", "ok et en interim", "un CDD de 3 mois c possible", "CDD 3 mois ca passe ?"])
def test_a_follow_up_or_a_question_after_the_offer_of_the_check_starts_no_check(text: str) -> None:
    """Counter-cases of the answers to the offer: a follow-up of the answer, a question (with its mark or without)."""
    events, _ = run(ActionAnswerFaq(), _typed_after(_OFFERED, text, "nlu_fallback", {OFFER_SLOT: OFFER_CHECK}))
    assert "action_start_eligibility" not in followups(events)


def test_a_comparison_of_contracts_within_the_check_gets_the_contracts_answer(faq: Faq) -> None:
    """« c'est quoi la difference pour vous entre cdd et cdi niveau eligibilite? » while the check asked which of the two got
    three questions (twenty-seventh blind user test)."""
    from bot.faq.replies import CONTRACTS_ENTRY

    text = "c'est quoi la difference pour vous entre cdd et cdi niveau eligibilite?"
    state = _typed(text, "suggest", suggestions=[CONTRACTS_ENTRY, "niveau_etudes"], active_loop="eligibility_form",
                   slots={"requested_slot": "contract_type", "contract_options": ["cdd", "cdi"]})
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, CONTRACTS_ENTRY)


# ---------------------------------------------------------------- first messages (the twenty-ninth blind user test)

PRESENTATION_ENTRY = "presentation_dispositif"
_CHECK_START = "action_start_eligibility"


@pytest.mark.parametrize(("text", "kind", "faq_ids", "suggestions"), [
    # (twenty-ninth blind user test: three unrelated questions)
    ("bonjour je suis boulanger a angers je veu embaucher qqun mais il faut le former c possible ?", "suggest", [],
     ["salaries_etrangers", "proposition_poste_ferme", "lieu_formation"]),
    ("on voudrait recruter quelqu'un et le former, c'est faisable ?", "answer", ["type_de_formation"], []),
    ("Bonjour, nous souhaitons embaucher une personne et la former chez nous, est-ce possible ?", "unclear", [], []),
    ("j'aimerais engager quelqu'un sans expérience et le faire former, vous pouvez m'aider ?", "out_of_scope", [], []),
])
def test_hiring_someone_and_having_them_trained_gets_the_presentation_of_the_scheme(faq: Faq, text: str, kind: str, faq_ids: list[str],
                                                                                    suggestions: list[str]) -> None:
    """« je veu embaucher qqun mais il faut le former c possible ? » is what the scheme is for: its presentation, and the check
    offered (nothing of a project said but the employer's town)."""
    events, said = run(ActionAnswerFaq(), _typed(text, kind, faq_ids, suggestions))
    assert sent(said)[0] == answer_message(faq, PRESENTATION_ENTRY)
    assert messages.CHECK_OFFER in sent(said) and slot_events(events)[OFFER_SLOT] == OFFER_CHECK


def test_the_town_of_a_hiring_to_train_is_asked_back_when_the_check_is_accepted() -> None:
    """The presentation then « oui »: the check asks back whether the job is at Angers, the employer's town."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.eligibility.dialogue import MEMORY_SLOT, PLACE_ASKED_BACK

    first = "bonjour je suis boulanger a angers je veu embaucher qqun mais il faut le former c possible ?"
    events = [user_event(first, "nlu_fallback"), {"event": "bot", "text": messages.CHECK_OFFER["text"]}, user_event("oui", "affirm")]
    out, _ = run(ActionStartEligibility(), tracker("oui", intent="affirm", events=events, slots={OFFER_SLOT: OFFER_CHECK}))
    assert slot_events(out)[MEMORY_SLOT][PLACE_ASKED_BACK]["commune"] == "Angers"


@pytest.mark.parametrize(("text", "contract"), [
    ("je cherche a embaucher un apprenti mais faut le former, vous pouvez aider ?", "apprentissage"),
    ("on voudrait recruter un cariste en CDI et le former, c'est possible ?", "cdi"),
])
@pytest.mark.parametrize("intent", ["help", "nlu_fallback"])
def test_a_hiring_to_train_with_a_project_gets_the_presentation_then_the_check(faq: Faq, text: str, contract: str, intent: str) -> None:
    """« je cherche a embaucher un apprenti mais faut le former, vous pouvez aider ? » got the menu of what the assistant does
    (read as asking for help: twenty-ninth blind user test): the presentation, then the check with the contract said."""
    from actions.eligibility_actions import ActionStartEligibility

    kind = "other" if intent == "help" else "suggest"
    state = tracker(text, intent=intent, **{DECISION_KEY: {"kind": kind, "faq_ids": [], "suggestions": [], "confidence": 0.3, "intent": intent}})
    events, said = run(ActionHelp() if intent == "help" else ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, PRESENTATION_ENTRY) and followups(events) == [_CHECK_START]
    out, _ = run(ActionStartEligibility(), state)
    assert slot_events(out)["contract_type"] == contract


@pytest.mark.parametrize("text", [
    "je cherche quelqu'un pour m'aider à remplir le formulaire", "vous pouvez m'aider ?", "on veut embaucher, la formation dure combien de temps ?",
])
def test_other_requests_for_help_keep_their_reply(text: str) -> None:
    state = tracker(text, intent="help", **{DECISION_KEY: {"kind": "other", "faq_ids": [], "suggestions": [], "intent": "help"}})
    _, said = run(ActionHelp(), state)
    assert sent(said) == [messages.HELP]


@pytest.mark.parametrize(("text", "facts"), [
    # (twenty-ninth blind user test: « Je n'ai pas de réponse à cette question »)
    ("Bonjour, j'ai une salariée en CDD qui se termine en janvier, je voudrais la passer en CDI comme préparatrice de commandes et "
     "lui faire suivre une formation. On est à Nantes.", {"contract_type": "cdi", "department": "44"}),
    ("on a un employé en CDD jusqu'en juin à Laval, on voudrait transformer son CDD en CDI et le former", {"contract_type": "cdi", "department": "53"}),
    ("une de nos salariées finit son CDD en mars, on aimerait la garder en CDI et la former au Mans, c'est jouable ?",
     {"contract_type": "cdi", "department": "72"}),
])
@pytest.mark.parametrize("kind", ["out_of_scope", "suggest"])
def test_a_current_employee_to_keep_and_train_gets_the_public_entry_then_the_check_with_the_facts(faq: Faq, text: str, facts: dict, kind: str) -> None:
    """The scheme is for job seekers: the employee the employer wants to keep and train gets the answer on who may benefit; the
    check that follows keeps the CDI and the place said (not the CDD that ends)."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.faq.replies import PUBLIC_ENTRY

    suggestions = ["type_de_formation", "proposition_poste_ferme", "duree_formation"] if kind == "suggest" else []
    state = _typed(text, kind, suggestions=suggestions)
    events, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == answer_message(faq, PUBLIC_ENTRY) and followups(events) == [_CHECK_START]
    out, _ = run(ActionStartEligibility(), state)
    started = slot_events(out)
    assert {k: started.get(k) for k in facts} == facts


@pytest.mark.parametrize("text", [
    "sous quel délai la Région nous répondra-t-elle ?", "dans quel délai allez-vous nous répondre ?",
    "sous quel délai aura-t-on une réponse de la Région ?", "la Région met combien de temps pour répondre ?",
])
def test_the_response_time_asked_before_any_request_in_other_words(text: str) -> None:
    """« sous quel délai la Région nous répondra-t-elle ? », before any request, was not understood (twenty-ninth blind user test)."""
    for decision in (_typed(text, "suggest", suggestions=["delai_mise_en_place", PROCEDURE_ENTRY, "statut_demandeur_emploi"]),
                     _typed(text, "out_of_scope")):
        _, said = run(ActionAnswerFaq(), decision)
        assert sent(said) == [{"text": messages.RESPONSE_TIME_NOT_SAID}, messages.CONTACT_POINTER]


@pytest.mark.parametrize(("text", "second"), [
    # (twenty-ninth blind user test: the contract types alone)
    ("Une collectivité peut-elle recruter un agent contractuel ?", "types_de_contrat"),
    ("une mairie peut embaucher un contractuel en CDD de 3 mois ?", "derogation_cdd"),
    ("notre asso peut embaucher en CDI ?", "types_de_contrat"),
    ("un hôpital public peut-il recruter par ce biais ?", None),
])
@pytest.mark.parametrize("kind", ["suggest", "unclear"])
def test_a_public_employer_or_an_association_asking_whether_it_may_hire_gets_the_employers_answer(faq: Faq, text: str, second: str | None,
                                                                                                  kind: str) -> None:
    from bot.faq.replies import EMPLOYERS_ENTRY

    state = _typed(text, kind, suggestions=["types_de_contrat", EMPLOYERS_ENTRY, "public_beneficiaire"] if kind == "suggest" else [])
    _, said = run(ActionAnswerFaq(), state)
    texts = [m.get("text") for m in sent(said)]
    assert sent(said)[0] == answer_message(faq, EMPLOYERS_ENTRY)
    if second is not None:
        assert answer_message(faq, second)["text"] in texts


@pytest.mark.parametrize("text", ["cest quoi un siret?", "ces quoi le siret", "c'est quoi exactement un numéro siret ?", "c koi le siret ?"])
def test_what_a_siret_is_in_other_words_outside_the_request(text: str) -> None:
    """« cest quoi un siret? » outside the request got « Je n'ai pas de réponse » (twenty-ninth blind user test)."""
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said) == [{"text": messages.FIELD_EXPLANATIONS["siret"]}]


@pytest.mark.parametrize("text", ["cest quoi un siret?", "c'est quoi le SIRET ?", "ça veut dire quoi siret ?"])
def test_what_a_siret_is_asked_during_the_request_gets_the_request_s_explanation(text: str) -> None:
    """« cest quoi un siret? » at the SIRET question got « Je n'ai pas de réponse » (twenty-ninth blind user test): the
    explanation the request gives for « je sais pas où le trouver », then the question again (the form asks it)."""
    slots = {**ELIGIBLE, "requested_slot": "siret", "company_name": "Menuiserie Durand"}
    events, said = run(ActionAnswerFaq(), _typed(text, "fallback", active_loop="hiring_intent_form", slots=slots))
    where = field_turn("je sais pas où le trouver", "siret", slots, "inform").messages[0]["text"]
    assert sent(said)[0]["text"].startswith(messages.FIELD_EXPLANATIONS["siret"]) and where.startswith(messages.FIELD_EXPLANATIONS["siret"])
    assert "submission_failures" not in slot_events(events)


def _turns_with_the_contact(said_ago: int) -> list[dict[str, Any]]:
    """Events where the contact pointer was said ``said_ago`` assistant turns before the latest message (0: never)."""
    events: list[dict[str, Any]] = []
    for turn in range(4, 0, -1):
        events.append(user_event(f"question {turn} ?"))
        events.append({"event": "bot", "text": "Une réponse."})
        if turn == said_ago:
            events.append({"event": "bot", "text": messages.CONTACT_POINTER["text"]})
    return events


@pytest.mark.parametrize("text", ["c'est quoi le salaire minimum ?", "vous faites des formations en anglais ?", "il fait beau à Nantes ?"])
@pytest.mark.parametrize("kind", ["suggest", "out_of_scope"])
def test_the_contact_pointer_is_not_said_again_within_three_turns(text: str, kind: str) -> None:
    """The Region's contact (a long link) came after almost every unanswered question (thirtieth blind user test)."""
    for said_ago, again in ((1, False), (3, False), (4, True), (0, True)):
        events = [*_turns_with_the_contact(said_ago), user_event(text)]
        state = _typed(text, kind, suggestions=["cout_formation", "duree_formation", "lieu_formation"], events=events)
        _, said = run(ActionAnswerFaq(), state)
        assert (messages.CONTACT_POINTER in sent(said)) is again, said_ago


@pytest.mark.parametrize("text", ["comment contacter la Région ?", "je peux joindre quelqu'un à la Région ?", "vous avez un contact ?"])
def test_the_contact_pointer_asked_for_is_said_again(text: str) -> None:
    events = [*_turns_with_the_contact(1), user_event(text)]
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope", events=events))
    assert any(messages.CONTACT_FORM_URL in (m.get("text") or "") for m in said)


@pytest.mark.parametrize(("text", "expected"), [
    # (thirtieth blind user test, at the SIRET question: each got « pas de réponse » or a reading of the value)
    ("c'est obligatoire ?", "SIRET_NOT_REQUIRED"), ("le siret est obligatoire ?", "SIRET_NOT_REQUIRED"),
    ("je suis obligé de le mettre ?", "SIRET_NOT_REQUIRED"), ("c'est indispensable le siret ?", "SIRET_NOT_REQUIRED"),
    ("c'est 9 chiffres le siren ça marche ?", "SIREN_OR_SIRET"), ("j'ai que le siren, ça va ?", "SIREN_OR_SIRET"),
    ("le numéro siren ça convient ?", "SIREN_OR_SIRET"),
    ("celui du siège ou celui de l'établissement de Château-Gontier ?", "SIRET_OF_THE_ESTABLISHMENT"),
    ("je mets le siret du siège ?", "SIRET_OF_THE_ESTABLISHMENT"), ("c'est lequel, le siège ou notre agence ?", "SIRET_OF_THE_ESTABLISHMENT"),
])
@pytest.mark.parametrize("kind", ["suggest", "out_of_scope", "other"])
def test_questions_on_the_siret_at_its_question_get_their_answer(text: str, expected: str, kind: str) -> None:
    from bot.submission.form_slots import FIELD_LABELS

    slots = {**ELIGIBLE, "requested_slot": "siret", "company_name": "Menuiserie Durand"}
    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["cout_formation"], active_loop="hiring_intent_form", slots=slots))
    # (at the question, « pas obligatoire » is the request's own sentence, with the way to pass it)
    answer = messages.FIELD_NOT_REQUIRED.format(label=FIELD_LABELS["siret"]) if expected == "SIRET_NOT_REQUIRED" else getattr(messages, expected)
    assert sent(said)[0] == {"text": answer, "buttons": [messages.SKIP_BUTTON]}
    assert "siret" not in slot_events(events) and "submission_failures" not in slot_events(events)
    # (the same read by the request's form, the message classified as an answer)
    assert field_turn(text, "siret", slots, "inform").messages[0] == {"text": answer, "buttons": [messages.SKIP_BUTTON]}


@pytest.mark.parametrize(("text", "expected"), [
    ("le siret est obligatoire ?", "SIRET_NOT_REQUIRED"), ("faut il obligatoirement un numéro siret ?", "SIRET_NOT_REQUIRED"),
    ("c'est 9 chiffres le siren, ça marche pour le siret ?", "SIREN_OR_SIRET"),
    ("pour le siret, celui du siège ou celui de l'établissement ?", "SIRET_OF_THE_ESTABLISHMENT"),
])
def test_questions_on_the_siret_outside_the_request_get_their_answer(text: str, expected: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said)[0] == {"text": getattr(messages, expected)}


def test_an_obligation_asked_outside_the_siret_is_not_about_the_siret() -> None:
    _, said = run(ActionAnswerFaq(), _typed("c'est obligatoire ?", "out_of_scope"))
    assert all(m.get("text") != getattr(messages, "SIRET_NOT_REQUIRED", None) for m in said)


def _after_the_set_up_time(faq: Faq, text: str) -> list[dict[str, Any]]:
    return [user_event("on cherche un saisonnier d'avril à septembre, c'est éligible ?"),
            {"event": "bot", "text": answer_message(faq, "delai_mise_en_place")["text"]}, {"event": "action", "name": "action_listen"},
            user_event(text)]


@pytest.mark.parametrize(("text", "month"), [
    # (thirtieth blind user test: « La réponse de la FAQ… est celle que je viens de vous donner »)
    ("combien de temps a l'avance faut il faire la demande si on veut quelqu'un en avril ?", "avril"),
    ("il faut s'y prendre combien de temps avant pour une embauche en septembre ?", "septembre"),
    ("quel délai pour la mise en place si le contrat commence début février ?", "février"),
])
def test_the_set_up_time_for_a_month_named_says_when_to_apply(faq: Faq, text: str, month: str) -> None:
    from bot.dialogue.turns import set_up_by_month

    expected = set_up_by_month(text)  # (what it says depends on today's date: test_when_to_apply_for_a_month_named)
    assert expected is not None and f"embauche en {month}" in expected["text"]
    for events in (None, _after_the_set_up_time(faq, text)):
        state = _typed(text, "answer", ["delai_mise_en_place"], **({"events": events} if events else {}))
        _, said = run(ActionAnswerFaq(), state)
        assert expected in sent(said)
        assert {"text": messages.SAID_JUST_BEFORE} not in sent(said)


@pytest.mark.parametrize("text", ["Pourquoi vous me parlez de 2 ou 3 mois ?", "pourquoi 2 ou 3 mois ?", "pourquoi vous parlez de délai de mise en place ?"])
@pytest.mark.parametrize("kind", ["answer", "suggest"])
def test_why_the_set_up_time_was_said_is_explained(faq: Faq, text: str, kind: str) -> None:
    """« Pourquoi vous me parlez de 2 ou 3 mois ? » got « … celle que je viens de vous donner » (thirtieth blind user test)."""
    state = _typed(text, kind, ["delai_mise_en_place"] if kind == "answer" else [], suggestions=["delai_mise_en_place", "duree_formation"],
                   events=_after_the_set_up_time(faq, text))
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == {"text": messages.WHY_THE_SET_UP_TIME}


@pytest.mark.parametrize("kind", ["unclear", "suggest"])
@pytest.mark.parametrize("text", [
    "Donc c'est le lieu du poste qui compte, pas le siège ? On vérifie l'éligibilité alors",
    "on vérifie l'éligibilité alors",
    "Ok. Vérifions l'éligibilité",
    "d'accord, je voudrais vérifier mon éligibilité",
])
def test_asking_for_the_check_in_so_many_words_starts_it(text: str, kind: str) -> None:
    """« Donc c'est le lieu du poste qui compte, pas le siège ? On vérifie l'éligibilité alors » got « Je ne suis pas certain
    d'avoir bien compris » and no check (thirty-first blind user test): the second sentence asks for it."""
    events, said = run(ActionAnswerFaq(), _typed(text, kind))
    assert followups(events) == ["action_start_eligibility"], sent(said)
    assert not any("pas certain" in (m.get("text") or "") for m in sent(said))


@pytest.mark.parametrize("text", [
    "on vérifie l'éligibilité comment ?",
    "on ne vérifie pas l'éligibilité maintenant",
    "qui vérifie l'éligibilité ?",
    "vous vérifiez l'éligibilité sur quels critères ?",
])
def test_a_question_about_the_check_does_not_start_it(text: str) -> None:
    events, _ = run(ActionAnswerFaq(), _typed(text, "suggest"))
    assert "action_start_eligibility" not in followups(events)


def test_the_answer_outside_the_region_says_the_jobs_place_counts(faq: Faq) -> None:
    """« Non, il s'agit de répondre uniquement aux besoins des entreprises ligériennes » to an employer in Vitré, then the offer
    of the check, where a job at its Craon depot was eligible (thirty-first blind user test): the official answer, unchanged,
    then what counts (the job's place), then the offer."""
    _, said = run(ActionAnswerFaq(), _typed("on est une entreprise de Vitré, on peut en bénéficier ?", "answer", [OUTSIDE_ENTRY]))
    texts = [m.get("text") for m in sent(said)]
    assert texts[0] == answer_message(faq, OUTSIDE_ENTRY)["text"]
    assert any(messages.JOB_PLACE_COUNTS in (t or "") for t in texts[1:])


# ---------------------------------------------------------------- thirty-fourth blind user test


@pytest.mark.parametrize(
    ("text", "form", "slots"),
    [
        ("ah mince. il n'y a pas de dérogation possible pour les 24h ? vous parliez de dérogation tout à l'heure", "hiring_intent_form",
         {"requested_slot": "weekly_hours"}),
        ("une dérogation est possible pour un poste à 20 heures par semaine ?", None, {}),
    ],
)
def test_a_derogation_for_the_hours_gets_the_hours_rule_not_the_cdd_s(faq: Faq, text: str, form: str | None, slots: dict) -> None:
    """« il n'y a pas de dérogation possible pour les 24h ? » after the request refused 20 h got the FAQ's derogation for CDDs
    under 6 months (thirty-fourth blind user test): the FAQ has a derogation for the contract's length only, none for the hours;
    the rule on the hours (data/eligibility/rules.yml), said as such."""
    from bot.eligibility.rules import rules_on

    (rule,) = rules_on("weekly_hours")
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["derogation_cdd"], active_loop=form, slots=slots))
    reply = sent(said)[0]["text"]
    assert reply.startswith(messages.HOURS_NO_DEROGATION.split("{")[0]) and rule.explanation in reply
    assert faq.get("derogation_cdd").answer not in reply


@pytest.mark.parametrize("text", [
    "est ce qu'il existe une derogation pour les temps partiels ?",
    "je vous demande si on peut avoir une dérogation, pas la définition",
    "y a pas de derogation pour les temps partiels ?",
    "on peut deroger au 24h ?",
    "une derogation c possible ?",
])
@pytest.mark.parametrize("kind", ["answer", "suggest"])
def test_a_derogation_asked_at_the_weekly_hours_gets_the_hours_rule(faq: Faq, text: str, kind: str) -> None:
    """At the request's weekly hours, after 20 h was refused, « est ce qu'il existe une derogation pour les temps partiels ? » got
    the hours' definition and « je vous demande si on peut avoir une dérogation, pas la définition » « pas trouvé de durée »
    (forty-first blind user test, u41-04): no derogation for the hours, at once, with what can be done."""
    from bot.eligibility.rules import rules_on

    (rule,) = rules_on("weekly_hours")
    _, said = run(ActionAnswerFaq(), _typed(text, kind, ["derogation_cdd"], active_loop="hiring_intent_form",
                                            slots={"requested_slot": "weekly_hours"}))
    reply = sent(said)[0]["text"]
    assert reply.startswith(messages.HOURS_NO_DEROGATION.split("{")[0]) and rule.explanation in reply
    assert rule.alternative and rule.alternative in reply


@pytest.mark.parametrize(("text", "entry"), [
    ("et pour un CDD ?", "derogation_cdd"),
    ("et en cdd ?", "derogation_cdd"),
    ("et pour un CDD de 8 mois ?", "types_de_contrat"),
    ("et en interim ?", "employeurs_concernes"),
])
def test_another_contract_asked_about_during_the_check_gets_its_answer(faq: Faq, text: str, entry: str) -> None:
    """« et pour un CDD ? » at the check's candidate question, right after it noted a CDI, got « Je ne suis pas certain d'avoir
    bien compris » and three questions (forty-first blind user test, u41-10): that contract's answer, as outside the check (a CDD:
    at least 6 months, a derogation below); the check resumes with its question (the form, after this action)."""
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["types_de_contrat", "derogation_cdd", "employeurs_concernes"],
                                            active_loop="eligibility_form",
                                            slots={"requested_slot": "candidate_status", "contract_type": "cdi", "department": "72"}))
    # (the answer as said to this message: « et en interim ? » names temporary work, so the employers' paragraph on it is said)
    assert sent(said)[0]["text"] == answer_message(faq, entry, text)["text"]


@pytest.mark.parametrize("text", ["et pour un CDD de 4 mois, une dérogation est possible ?", "la dérogation c'est pour quels contrats ?"])
def test_a_derogation_for_a_short_contract_still_gets_the_faq(faq: Faq, text: str) -> None:
    """Near miss: the contract's length, whose derogation the FAQ answers."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["derogation_cdd"]))
    assert not sent(said)[0]["text"].startswith(messages.HOURS_NO_DEROGATION.split("{")[0])


@pytest.mark.parametrize(
    ("text", "slots", "rule_said"),
    [
        ("mais je vous ai dit que je sais pas s'il est inscrit à France Travail. Il doit l'être obligatoirement ?",
         {"contract_type": "cdi", "department": "53", "candidate_foreign": True, "candidate_work_permit": True, "candidate_registered": True,
          "candidate_status": "etranger_avec_autorisation", "eligibility": "eligible"}, True),
        ("mais après fin janvier il ne sera plus salarié, il sera inscrit à France Travail. Ça change quelque chose ?",
         {"contract_type": "cdd", "contract_duration": 12, "department": "49", "candidate_status": "salarie", "eligibility": "ineligible"}, False),
    ],
)
def test_the_candidate_corrected_before_a_question_after_the_verdict_gets_the_verdict_again(text: str, slots: dict, rule_said: bool) -> None:
    """The FAQ's entry on who may benefit, or « Je n'ai pas de réponse » (thirty-fourth blind user test: u34-04, u34-08): « C'est
    corrigé », the rule when asked whether the registration is required, and the verdict again, eligible once the registration
    is checked."""
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["public_beneficiaire"], slots=slots))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0].startswith("C'est corrigé")
    assert (messages.REGISTRATION_REQUIRED in texts) is rule_said
    assert messages.ELIGIBLE_TO_CHECK_HEADLINE in texts
    # (a foreign candidate authorised to work keeps the nationality and the permit: forty-seventh blind user test, u47-14)
    assert slot_events(events)["candidate_status"] == ("etranger_inscription_a_verifier" if slots.get("candidate_foreign") else "inscription_a_verifier")

def _suggested(faq: Faq, ids: list[str], text: str, *, after: list[dict[str, Any]] | None = None, intent: str = "inform", **kwargs: Any) -> Tracker:
    from bot.faq.replies import suggestion_buttons

    shown = {"event": "bot", "text": "Est-ce l'une de celles-ci ?", "data": {"buttons": suggestion_buttons(faq, ids)}}
    history = [user_event("une question", "nlu_fallback"), shown, *(after or []), {"event": "action", "name": "action_listen"}, user_event(text, intent)]
    return tracker(text, intent=intent, events=history, **kwargs)


_THREE = ["organismes_qualiopi", "selection_candidats", "liste_organismes_formation"]


@pytest.mark.parametrize(("text", "picked"), [
    ("la première", 0), ("la 1ère", 0), ("la premiere", 0), ("la deuxième", 1), ("la 2e", 1), ("la 2", 1), ("la dernière", 2),
    ("celle du milieu", 1), ("la troisième", 2), ("la 3ème question", 2), ("c'est la seconde", 1), ("la première svp", 0),
])
def test_a_suggestion_chosen_by_its_position_is_answered(faq: Faq, text: str, picked: int) -> None:
    """« la première » after « Est-ce l'une de celles-ci ? » got « Je ne suis pas certain d'avoir bien compris votre question »
    (thirty-fourth blind user test): the suggestion at that position is answered, as its button would be."""
    events, said = run(ActionAnswerFaq(), _suggested(faq, _THREE, text))
    assert sent(said)[0] == {"text": faq.get(_THREE[picked]).answer_with_source}, said


@pytest.mark.parametrize("text", ["la première", "la 2e"])
def test_a_position_with_no_suggestion_shown_picks_nothing(faq: Faq, text: str) -> None:
    from bot.dialogue.turns import picked_suggestion

    shown = [user_event("bonjour"), {"event": "bot", "text": "Bonjour", "data": {"buttons": [{"title": "Vérifier", "payload": "/check_eligibility"}]}},
             {"event": "action", "name": "action_listen"}, user_event(text)]
    assert picked_suggestion(text, shown) is None
    # (shown before the employer's previous message: no longer the choice offered)
    older = _suggested(faq, _THREE, text, after=[{"event": "action", "name": "action_listen"}, user_event("autre chose"), {"event": "bot", "text": "…"}])
    assert picked_suggestion(text, older.events) is None


@pytest.mark.parametrize("text", ["la deuxième fois", "le premier mars", "la 2e semaine de mars", "celle du milieu de semaine"])
def test_other_phrases_with_a_position_are_no_choice(faq: Faq, text: str) -> None:
    from bot.dialogue.turns import picked_suggestion

    assert picked_suggestion(text, _suggested(faq, _THREE, text).events) is None

def test_a_place_corrected_after_no_keeps_the_rest_of_the_first_message_for_the_request() -> None:
    """u34-05: « nous sommes une PME à Rennes et nous cherchons 2 préparateurs de commandes en CDI » answered « Non », then « En fait
    on ouvre un entrepôt à Châteaubriant, les postes seraient là-bas » started the check at that place; the request asked the
    employer type, the job and the count again (thirty-fourth blind user test)."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.eligibility.dialogue import MEMORY_SLOT
    from bot.submission.dialogue import memory_updates

    first = ("Bonjour, nous sommes une PME à Rennes et nous cherchons 2 préparateurs de commandes en CDI. Est-ce qu'on peut bénéficier de "
             "votre dispositif ?")
    history = [{**user_event(first, RETRIEVAL_INTENT), "parse_data": {
        "intent": {"name": RETRIEVAL_INTENT},
        DECISION_KEY: {"kind": "answer", "faq_ids": [OUTSIDE_ENTRY], "faq_id": OUTSIDE_ENTRY, "suggestions": [], "confidence": 1.0,
                       "intent": RETRIEVAL_INTENT},
    }}, {"event": "bot", "text": "Non…"}]
    text = "Ah intéressant. En fait on ouvre un entrepôt à Châteaubriant, les postes seraient là-bas."
    started, _ = run(ActionStartEligibility(), _typed_after(history, text, "inform"))
    slots = slot_events(started)
    assert (slots["contract_type"], slots["department"]) == ("cdi", "44")
    remembered = memory_updates(slots[MEMORY_SLOT])
    assert remembered["work_location"]["commune"] == "Châteaubriant"
    assert (remembered["employer_type"], remembered["job_title"], remembered["positions"]) == ("prive", "préparateurs de commandes", 2)


# ---------------------------------------------------------------- thirty-sixth blind user test

_ACCIDENT = ("Entendu. Autre projet alors : un poste saisonnier d'ouvrier horticole, CDD saisonnier de cinq mois de mars à juillet, à "
             "Saumur, 39 heures par semaine. Pas encore de candidat. Pendant les périodes d'immersion dans la coopérative, qui assure "
             "le stagiaire en cas d'accident du travail ?")
_ACCIDENT_AGAIN = ("Je ne vous demandais pas si 39 heures suffisaient. Ma question : qui assure le stagiaire en cas d'accident pendant "
                   "les périodes d'immersion dans l'entreprise ?")
_AFTER_NOT_ELIGIBLE = {"contract_type": "cdi", "department": "49", "candidate_status": "salarie", "eligibility": "ineligible",
                       "eligibility_reasons": ["candidat_deja_salarie"]}


def test_hours_stated_beside_another_question_get_no_hours_rule(faq: Faq) -> None:
    """« …, 39 heures par semaine. Pas encore de candidat. Pendant les périodes d'immersion…, qui assure le stagiaire en cas
    d'accident du travail ? » got « Oui pour la durée de travail : 39 h par semaine, c'est suffisant… » (thirty-sixth blind user
    test: u36-07): the hours are stated, the question is on the accident; the rule's answer is not what was asked."""
    decided = {DECISION_KEY: {"kind": "out_of_scope", "faq_id": None, "faq_ids": [], "suggestions": [], "intent": "out_of_scope"}}
    _, said = run(ActionAnswerFaq(), tracker(_ACCIDENT, intent="out_of_scope", slots=_AFTER_NOT_ELIGIBLE, **decided))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts and not any(t.startswith("Oui pour la durée de travail") for t in texts), texts


def test_the_same_reply_is_never_given_twice_in_a_row(faq: Faq) -> None:
    """« Je ne vous demandais pas si 39 heures suffisaient. Ma question : qui assure le stagiaire… » got, word for word, the
    hours' answer it objected to (thirty-sixth blind user test: u36-07): a second identical reply changes."""
    hours_reply = ("Oui pour la durée de travail : 39 h par semaine, c'est suffisant. La politique régionale de formation "
                   "professionnelle demande un emploi d'au moins 24 heures par semaine. (Source : https://pro.choisirmonmetier-paysdelaloire.fr)")
    history = [{"event": "action", "name": "action_listen"}, user_event(_ACCIDENT, "out_of_scope"),
               {"event": "bot", "text": hours_reply}, {"event": "action", "name": "action_listen"}]
    latest = user_event(_ACCIDENT_AGAIN, "nlu_fallback")
    _, said = run(ActionAnswerFaq(), _typed(_ACCIDENT_AGAIN, "suggest", suggestions=["formation_interne_externe"], slots=_AFTER_NOT_ELIGIBLE,
                                            events=[*history, latest]))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts and texts[0] != hours_reply and hours_reply not in texts, texts


def test_grouping_two_posts_in_one_request_is_answered_without_the_no_answer_sentence(faq: Faq) -> None:
    """« Deux postes d'opérateur de maintenance. Peut-on regrouper les deux dans une seule demande ? » at the positions got what a
    request covers, then « Je n'ai pas de réponse à cette question… » (thirty-sixth blind user test: u36-01): contradictory;
    the explanation answers the question, alone."""
    text = "Deux postes d'opérateur de maintenance. Peut-on regrouper les deux dans une seule demande ?"
    slots = {"requested_slot": "positions", "job_title": "opérateur de maintenance", "eligibility": "eligible"}
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope", slots=slots, active_loop="hiring_intent_form"))
    texts = [m.get("text") for m in sent(said)]
    assert messages.ONE_REQUEST_PER_JOB in texts, texts
    assert messages.OUT_OF_SCOPE["text"] not in texts


def test_a_new_subject_asked_of_the_entry_just_given_gets_the_no_answer_sentence(faq: Faq) -> None:
    """« la FAQ dit-elle quelque chose sur les personnes en situation de handicap ? » after the answer on who may benefit (job
    seekers) got « La réponse de la FAQ sur ce point est celle que je viens de vous donner » (thirty-sixth blind user test:
    u36-04): that entry says nothing of disability; the honest no-answer sentence."""
    entry = "public_beneficiaire"
    first = user_event("Merci, mais vous n'avez rien dit sur le handicap : la formation peut-elle être aménagée pour une personne "
                       "bénéficiant de la RQTH (rythme, accessibilité) ?", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": entry}])
    shown = {"event": "bot", "text": answer_message(faq, entry)["text"]}
    text = "Je repose ma question simplement : la FAQ dit-elle quelque chose sur les personnes en situation de handicap ?"
    marked = {DECISION_KEY: {"kind": "answer", "faq_id": entry, "faq_ids": [entry]}}
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
    _, said = run(ActionAnswerFaq(), tracker(text, intent=RETRIEVAL_INTENT, events=[first, shown, latest], **marked))
    texts = [m.get("text") for m in sent(said)]
    assert messages.SAID_JUST_BEFORE not in texts
    assert texts[0] == messages.OUT_OF_SCOPE["text"], texts


# ---------------------------------------------------------------- thirty-seventh and thirty-eighth blind user tests

_GARAGE = {"contract_type": "apprentissage", "department": "85", "candidate_status": "demandeur_emploi", "eligibility": "eligible",
           "eligibility_reasons": ["employeur_tout_type", "contrat_eligible", "candidat_demandeur_emploi"], OFFER_SLOT: OFFER_SUBMISSION,
           "project_memory": {"commune": "La Roche-sur-Yon", "department": "85", "postal_code": "85000", "job_title": "apprentis mecanicien",
                              "positions": "2", "said": "je viens de creer mon garage a la roche sur yon, je voudrais prendre 2 apprentis"}}


@pytest.mark.parametrize("kind", ["suggest", "unclear"])
def test_the_request_taken_up_with_a_question_starts_it_after_the_answer(kind: str) -> None:
    """u37-05: « ok on fait la demande. mais comme j ai dit j ai pas encore de siret c grave? » to the offer of the request got
    « Je ne suis pas certain d'avoir bien compris » and three questions (thirty-seventh blind user test): the question answered
    (the SIRET can be passed), then the request started."""
    text = "ok on fait la demande. mais comme j ai dit j ai pas encore de siret c grave?"
    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["adresser_intention_embauche", "public_beneficiaire"], slots=_GARAGE))
    assert followups(events) == ["action_start_submission"]
    assert [m.get("text") for m in sent(said)] == [messages.SIRET_NOT_REQUIRED]
    # a question alone, or a yes that asks, still leaves the offer open
    for other in ("j ai pas encore de siret c grave?", "ok mais un apprenti je le paye combien ?"):
        events, _ = run(ActionAnswerFaq(), _typed(other, kind, suggestions=["cout_formation"], slots=_GARAGE))
        assert "action_start_submission" not in followups(events), other


@pytest.mark.parametrize("text", ["ok go. au fait la formation elle coute combien pour nous ?", "go ! et ça coûte combien ?",
                                  "c'est parti. la formation coute combien pour nous ?", "ok on y va, au fait ça coûte combien ?",
                                  "oui. Et la formation coûte combien ?", "allons-y ! combien ca coute pour nous ?"])
def test_a_yes_to_the_offer_with_a_question_answers_it_and_starts_the_request(text: str) -> None:
    """u42-02: « ok go. au fait la formation elle coute combien pour nous ? » to « Je peux préparer avec vous votre intention
    d'embauche » got the cost, then « Voulez-vous préparer votre demande maintenant ? » again (forty-second blind user test): the
    question answered and the request started."""
    from bot.faq.entries import cached_faq

    cost = answer_message(cached_faq(), "cout_formation")
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["cout_formation"], slots=_GARAGE))
    assert followups(events) == ["action_start_submission"], sent(said)
    assert sent(said)[0] == cost and {"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT["eligible"]["buttons"]} not in sent(said)
    # with no offer open, nothing is started
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", ["cout_formation"], slots={k: v for k, v in _GARAGE.items() if k != OFFER_SLOT}))
    assert "action_start_submission" not in followups(events)


@pytest.mark.parametrize("text", ["ok. et la formation coûte combien ?", "ok merci, ça coûte combien ?", "d'accord. combien ça coûte ?"])
def test_an_acknowledgment_with_a_question_leaves_the_offer_open(text: str) -> None:
    events, _ = run(ActionAnswerFaq(), _typed(text, "answer", ["cout_formation"], slots=_GARAGE))
    assert "action_start_submission" not in followups(events)


_TRANSPORT = ("Bonjour ! Plusieurs questions : 1) le dispositif marche-t-il pour un contrat de professionnalisation ? 2) faut-il que "
              "les candidats aient un niveau minimum ? 3) y a-t-il un reste à charge pour l'employeur ? Nous sommes une entreprise de "
              "transport à Sablé-sur-Sarthe et voulons 6 conducteurs poids lourd.")


def test_a_project_stated_then_asking_to_apply_starts_the_check_with_it() -> None:
    """u37-11: « Merci. Alors on part sur des CDI pour les 6 conducteurs, aucun candidat identifié. On fait la demande ? » after the
    answers to a first message got « pas certain d'avoir bien compris » (thirty-seventh blind user test): the check starts, with
    the CDI, nobody yet and the 6 positions."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.submission.dialogue import memory_updates

    text = "Merci. Alors on part sur des CDI pour les 6 conducteurs, aucun candidat identifié. On fait la demande ?"
    history = [user_event(_TRANSPORT, RETRIEVAL_INTENT), {"event": "bot", "text": "…"}, {"event": "action", "name": "action_listen"}]
    latest = {**user_event(text, "nlu_fallback")}
    decision = {DECISION_KEY: {"kind": "suggest", "faq_id": None, "faq_ids": [], "suggestions": ["derogation_cdd", "employeurs_concernes"]}}
    latest["parse_data"].update(decision)
    state = tracker(text, intent="nlu_fallback", events=[*history, latest], **decision)
    events, said = run(ActionAnswerFaq(), state)
    assert followups(events) == ["action_start_eligibility"], sent(said)
    events, said = run(ActionStartEligibility(), state)
    slots = slot_events(events)
    assert (slots["contract_type"], slots["candidate_status"]) == ("cdi", "a_identifier")
    assert memory_updates(slots["project_memory"]).get("positions") == 6


_SENT_WITH_A_DEROGATION = {"contract_type": "cdd_saisonnier", "contract_duration": 5.0, "department": "44", "eligibility": "derogation",
                           "candidate_status": "etranger_avec_autorisation", "eligibility_reasons": ["cdd_moins_de_6_mois"],
                           "derogation_justification": "la terrasse ouvre de mai a septembre", OFFER_SLOT: "sent",
                           REFERENCE_SLOT: "1E1F-2026-000092"}


@pytest.mark.parametrize("text", ["on saura quand si la derogation est acceptee ?", "comment on saura si la dérogation est accordée ?",
                                  "vous me direz si la dérogation est acceptée ?"])
def test_the_answer_on_a_derogation_sent_with_the_request_is_what_comes_next(text: str) -> None:
    """u38-09: « on saura quand si la derogation est acceptee ? » once a request with a derogation was sent got « Il faudra alors
    nous adresser une demande de dérogation », and the employer wondered whether it was sent (thirty-eighth blind user test): what
    comes next, the derogation studied with the request."""
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", faq_ids=["derogation_cdd"], slots=_SENT_WITH_A_DEROGATION))
    texts = [m.get("text") for m in sent(said)]
    assert texts[0] == messages.NEXT_STEPS.format(reference="1E1F-2026-000092"), texts
    assert messages.DEROGATION_SENT_WITH_THE_REQUEST in texts
    assert not any("adresser une demande de dérogation" in (t or "") for t in texts)


@pytest.mark.parametrize("intent", ["inform", "nlu_fallback"])
def test_the_check_asked_for_before_a_colon_and_the_project_starts_with_it(intent: str) -> None:
    """u38-04: « D'accord. Vérifions : contrat d'un an à temps complet, poste à Sablé-sur-Sarthe, pas encore de candidat. » got
    « Je ne suis pas certain d'avoir bien compris », then every question of the check was asked again (thirty-eighth blind user
    test): the check, with the length, the place and nobody yet."""
    from actions.eligibility_actions import ActionStartEligibility

    text = "D'accord. Vérifions : contrat d'un an à temps complet, poste à Sablé-sur-Sarthe, pas encore de candidat."
    state = _typed(text, "other" if intent == "inform" else "unclear")
    events, said = run(ActionAnswerFaq(), state)
    assert followups(events) == ["action_start_eligibility"], sent(said)
    events, _ = run(ActionStartEligibility(), state)
    slots = slot_events(events)
    assert (slots["contract_duration"], slots["department"], slots["candidate_status"]) == (12.0, "72", "a_identifier")


# ---------------------------------------------------------------- fortieth blind user test


def _ranked(*ranked: tuple[str, float]) -> dict[str, Any]:
    return {"response_selector": {RETRIEVAL_INTENT: {"ranking": [{"intent_response_key": f"{RETRIEVAL_INTENT}/{i}", "confidence": c} for i, c in ranked]}}}


def _asked_after(history: list[dict[str, Any]], text: str, faq_ids: list[str], ranking: dict[str, Any]) -> Tracker:
    """``text`` classified with ``faq_ids`` after the conversation's ``history``."""
    marked = {DECISION_KEY: {"kind": "answer", "faq_id": faq_ids[0], "faq_ids": faq_ids}, **ranking}
    latest = {**user_event(text, RETRIEVAL_INTENT), "parse_data": {"text": text, "intent": {"name": RETRIEVAL_INTENT}, **marked}}
    return tracker(text, intent=RETRIEVAL_INTENT, events=[*history, latest], **marked)


_DEROGATION_ASKED = "et un CDD de 4 mois ça passe ?"


def _after_the_derogation(faq: Faq) -> list[dict[str, Any]]:
    return [user_event(_DEROGATION_ASKED, RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": "derogation_cdd"}]),
            {"event": "bot", "text": answer_message(faq, "derogation_cdd")["text"]}, {"event": "action", "name": "action_listen"}]


@pytest.mark.parametrize("text", ["ok et la dérogation je la demande à qui ?", "et la dérogation, on l'envoie comment ?"])
def test_a_new_follow_up_given_the_answer_just_given_is_told_the_faq_says_no_more(faq: Faq, text: str) -> None:
    """u40-01: « ok et la dérogation je la demande à qui ? » right after the derogation answer got the same paragraph word for word
    (fortieth blind user test): the FAQ says no more than the answer just given, the other close questions and the contact."""
    ranking = _ranked(("derogation_cdd", 0.7), ("adresser_intention_embauche", 0.2))
    events, said = run(ActionAnswerFaq(), _asked_after(_after_the_derogation(faq), text, ["derogation_cdd"], ranking))
    texts = [m.get("text", "") for m in sent(said)]
    assert texts[0] == messages.NOTHING_MORE_IN_THE_FAQ, texts
    assert answer_message(faq, "derogation_cdd")["text"] not in texts
    buttons = next(m["buttons"] for m in sent(said) if m.get("text") == messages.FEEDBACK_DOWN_ALTERNATIVES)
    assert "adresser_intention_embauche" in " ".join(b["payload"] for b in buttons)
    assert messages.CONTACT_POINTER in sent(said)
    assert "faq_feedback" not in slot_events(events)


@pytest.mark.parametrize("text", [_DEROGATION_ASKED, "Et un CDD de 4 mois, ça passe ?", "vous pouvez répéter ?", "et pour un saisonnier ?"])
def test_the_same_question_asked_again_still_gets_the_answer(faq: Faq, text: str) -> None:
    """The same question asked again the same way, « vous pouvez répéter ? », or a short follow-up whose case the answer covers:
    the answer again."""
    ranking = _ranked(("derogation_cdd", 0.7), ("adresser_intention_embauche", 0.2))
    _, said = run(ActionAnswerFaq(), _asked_after(_after_the_derogation(faq), text, ["derogation_cdd"], ranking))
    assert sent(said)[0] == answer_message(faq, "derogation_cdd")


def _after_the_poei_and_suggestions(faq: Faq) -> list[dict[str, Any]]:
    first = user_event("Les formations CACES sont-elles éligibles ? Et enfin, le dispositif est-il cumulable avec une POEI ?", RETRIEVAL_INTENT,
                       [{"entity": FAQ_ID_ENTITY, "value": "type_de_formation"}, {"entity": FAQ_ID_ENTITY, "value": "difference_afpr_poei"}])
    return [first, {"event": "bot", "text": answer_message(faq, "type_de_formation")["text"]},
            {"event": "bot", "text": answer_message(faq, "difference_afpr_poei")["text"]}, {"event": "action", "name": "action_listen"},
            user_event("Ma question était plutôt : est-il possible de recruter 6 préparateurs dans une seule demande ?", "nlu_fallback"),
            {"event": "bot", "text": messages.SUGGEST_TEXT}, {"event": "action", "name": "action_listen"}]


@pytest.mark.parametrize("entry", ["difference_afpr_poei", "remise_a_niveau"])  # (the same paragraph in the FAQ)
def test_a_question_said_not_to_be_the_one_answered_never_gets_that_answer_again(faq: Faq, entry: str) -> None:
    """u40-03: « Concernant la POEI, je ne demandais pas la différence mais si l'on peut cumuler les deux » got the POEI/AFPR
    paragraph again (fortieth blind user test), though a message with suggestions stood between them."""
    text = "D'accord. Concernant la POEI, je ne demandais pas la différence mais si l'on peut cumuler les deux pour un même candidat."
    poei = answer_message(faq, "difference_afpr_poei")["text"]
    ranking = _ranked((entry, 0.6), ("remise_a_niveau", 0.2), ("poursuite_parcours_emploi", 0.1))
    _, said = run(ActionAnswerFaq(), _asked_after(_after_the_poei_and_suggestions(faq), text, [entry], ranking))
    texts = [m.get("text", "") for m in sent(said)]
    assert texts[0] == messages.NOTHING_MORE_IN_THE_FAQ, texts
    assert not any(t.startswith(poei.split(":")[0]) for t in texts)
    buttons = next(m["buttons"] for m in sent(said) if m.get("text") == messages.FEEDBACK_DOWN_ALTERNATIVES)
    payloads = " ".join(b["payload"] for b in buttons)
    assert "poursuite_parcours_emploi" in payloads and "remise_a_niveau" not in payloads
    # Another entry decided besides: that one is answered, not the paragraph given before.
    _, said = run(ActionAnswerFaq(), _asked_after(_after_the_poei_and_suggestions(faq), text, [entry, "poursuite_parcours_emploi"], ranking))
    texts = [m.get("text", "") for m in sent(said)]
    assert answer_message(faq, "poursuite_parcours_emploi")["text"] in texts and not any(t.startswith(poei.split(":")[0]) for t in texts)

@pytest.mark.parametrize("text", [
    "Et nos aides à domicile travaillent souvent à temps partiel, autour de 20h par semaine. C'est un problème ?",
    "c'est possible à 20h ?",
])
def test_hours_below_the_rules_read_right_whatever_the_question(text: str) -> None:
    """« …autour de 20h par semaine. C'est un problème ? » got « Non, pas avec 20 h par semaine… », read « no problem »
    (fortieth blind user test, u40-04): the answer says plainly the project does not meet the condition."""
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    reply = sent(said)[0]["text"]
    assert not reply.startswith(("Non", "Oui")) and "ne remplit pas la condition" in reply and "24 heures" in reply, reply


def test_a_request_to_clarify_the_hours_answer_gets_it_said_plainly_again() -> None:
    """« Je ne comprends pas, c'est non ce n'est pas un problème, ou non ce n'est pas possible ? » got « Très bien. Posez-moi
    une autre question… » (fortieth blind user test, u40-04)."""
    from bot.submission.validators.counts import format_hours

    rule = messages.HOURS_BELOW_THE_RULES.format(hours=format_hours(20), rules="…")
    state = _typed("Je ne comprends pas, c'est non ce n'est pas un problème, ou non ce n'est pas possible ?", "deny")
    state.events.append({"event": "bot", "text": rule})
    state.events.append(state.events.pop(-2))
    _, said = run(ActionAnswerFaq(), state)
    reply = sent(said)[0]["text"]
    assert "ne remplit pas la condition" in reply and "20 h" in reply, reply


@pytest.mark.parametrize(("first", "text", "expected"), [
    ("je veux embaucher une vendeuse en CDI à Rennes, elle est inscrite à france travail", "ah non pardon le magasin est a Nantes",
     {"contract_type": "cdi", "candidate_status": "demandeur_emploi", "department": "44"}),
    ("je veux embaucher une vendeuse en CDI à Rennes, elle est inscrite à france travail", "dsl en fait c a nantes",
     {"contract_type": "cdi", "candidate_status": "demandeur_emploi", "department": "44"}),
    ("on cherche un magasinier en cdd de 8 mois a rennes, pas encore de candidat", "pardon je me suis trompe, c'est a Laval",
     {"contract_type": "cdd", "contract_duration": 8.0, "candidate_status": "a_identifier", "department": "53"}),
])
def test_a_place_corrected_after_no_keeps_the_facts_of_a_first_message_that_asked_nothing(first: str, text: str, expected: dict[str, Any]) -> None:
    """« je veux embaucher une vendeuse en CDI à Rennes, elle est inscrite à france travail » got the answer outside the region,
    then « ah non pardon le magasin est a Nantes » started the check with Nantes only and asked the contract (talking to the
    running assistant, 2026-12-03): the first message, a statement asking nothing, was read only for its questions' facts."""
    from actions.eligibility_actions import ActionStartEligibility
    from bot.eligibility.dialogue import MEMORY_SLOT

    history = [{**user_event(first, RETRIEVAL_INTENT), "parse_data": {
        "intent": {"name": RETRIEVAL_INTENT},
        DECISION_KEY: {"kind": "answer", "faq_ids": [OUTSIDE_ENTRY], "faq_id": OUTSIDE_ENTRY, "suggestions": [], "confidence": 1.0,
                       "intent": RETRIEVAL_INTENT},
    }}, {"event": "bot", "text": "Non…"}]
    started, said = run(ActionStartEligibility(), _typed_after(history, text, "deny"))
    slots = slot_events(started)
    assert {k: slots.get(k) for k in expected} == expected, slots
    assert slots[MEMORY_SLOT].get("job_title") and slots[MEMORY_SLOT]["said"] == first
    noted = next(m["text"] for m in said if m.get("text", "").startswith("Je reprends ce que vous m'avez écrit plus haut"))
    assert ("CDI" if expected["contract_type"] == "cdi" else "CDD") in noted and ("Nantes" in noted or "Laval" in noted), noted
# ---------------------------------------------------------------- forty-first blind user test


@pytest.mark.parametrize("text", [
    "et si mon entreprise a son siege a Paris ?",
    "notre siège social est à Lyon, on peut quand même en bénéficier ?",
    "et si la maison mère est en Bretagne ?",
])
def test_a_head_office_elsewhere_gets_what_counts_before_the_outside_answer(faq: Faq, text: str) -> None:
    """u41-06: « et si mon entreprise a son siege a Paris ? » got « Non, il s'agit de répondre uniquement aux besoins des entreprises
    ligériennes. » then « Ce qui compte, c'est le lieu du poste … même si le siège de l'entreprise est ailleurs » (forty-first blind
    user test): a « Non » then a « yes ». The actual question answered first, then the official answer quoted as the answer to
    its own question, and no « Ce qui compte » after it."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [OUTSIDE_ENTRY]))
    texts = [m.get("text") or "" for m in sent(said)]
    quote = answer_message(faq, OUTSIDE_ENTRY)["text"]
    assert quote in texts, texts
    framing = texts[: texts.index(quote)]
    assert framing and "lieu du poste" in framing[0] and faq.get(OUTSIDE_ENTRY).question in framing[-1], texts  # type: ignore[union-attr]
    assert not any(messages.JOB_PLACE_COUNTS in t for t in texts[texts.index(quote):]), texts


def test_the_outside_answer_to_a_question_about_no_place_is_framed_with_its_question(faq: Faq) -> None:
    """u41-09: « on peut regrouper avec d'autre entreprises ? » got « Non, … entreprises ligériennes » then « Ce qui compte, c'est le
    lieu du poste … même si le siège de l'entreprise est ailleurs » (forty-first blind user test): the « Non » is said to answer
    the FAQ's own question, and nothing about a head office nobody named."""
    _, said = run(ActionAnswerFaq(), _typed("on peut regrouper avec d'autre entreprises ?", "answer", [OUTSIDE_ENTRY]))
    texts = [m.get("text") or "" for m in sent(said)]
    question = faq.get(OUTSIDE_ENTRY).question  # type: ignore[union-attr]
    assert texts[:2] == [messages.YES_NO_ANSWER_QUESTION.format(question=question), answer_message(faq, OUTSIDE_ENTRY)["text"]], texts
    assert not any(messages.JOB_PLACE_COUNTS in t for t in texts), texts


def _answered_before(faq: Faq, asked: str, entry: str) -> list[dict[str, Any]]:
    return [user_event(asked, RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": entry}]),
            {"event": "bot", "text": answer_message(faq, entry)["text"]}, {"event": "action", "name": "action_listen"}]


@pytest.mark.parametrize(("asked", "entry", "text", "opening", "said"), [
    # u41-01: after the cost, « et qui paie la formation alors » got « Sur ce point, la FAQ n'en dit pas plus que ma réponse
    # précédente » (the same question without « alors » was answered).
    ("combien ca coute pour moi ce dispositif ?", "cout_formation", "et qui paie la formation alors", "", "100% prise en charge par la Région"),
    ("combien ca coute pour moi ce dispositif ?", "cout_formation", "et c qui qui finance la formation du coup ?", "", "100% prise en charge"),
    # u41-03: after the comparison with a contract of professionalisation (« … est une formation préalable à l'embauche »).
    ("Quelle différence avec un contrat de professionnalisation ?", "difference_contrat_pro", "la formation a lieu avant l'embauche ?",
     "Oui", "formation préalable à l'embauche"),
    ("Quelle différence avec un contrat de professionnalisation ?", "difference_contrat_pro", "donc la formation se fait bien avant l embauche ?",
     "Oui", "formation préalable à l'embauche"),
    # u41-14: after the comparison with a PEC (« … n'est pas une aide financière à l'embauche »).
    ("yo c koi la diff avec un PEC", "difference_contrat_pec", "y a une aide financiere a l'embauche avec ?", "Non", "aide financière à l'embauche"),
    ("yo c koi la diff avec un PEC", "difference_contrat_pec", "il y a quand même une aide financière à l'embauche en plus ?", "Non",
     "aide financière à l'embauche"),
])
def test_a_question_the_previous_answer_answers_gets_its_sentence(faq: Faq, asked: str, entry: str, text: str, opening: str, said: str) -> None:
    """A yes/no or who question answered by a sentence of the answer just given got « la FAQ n'en dit pas plus » (forty-first
    blind user test): the short answer that sentence gives, quoted (« Oui : … », « Non : … », or the sentence itself)."""
    ranking = _ranked((entry, 0.7), ("adresser_intention_embauche", 0.2))
    _, said_back = run(ActionAnswerFaq(), _asked_after(_answered_before(faq, asked, entry), text, [entry], ranking))
    texts = [m.get("text", "") for m in sent(said_back)]
    assert messages.NOTHING_MORE_IN_THE_FAQ not in texts and messages.SAID_JUST_BEFORE not in texts, texts
    assert said in texts[0] and texts[0] != answer_message(faq, entry)["text"], texts
    assert texts[0].startswith(f"{opening} :") if opening else not texts[0].startswith(("Oui", "Non")), texts


def test_an_elliptic_follow_up_to_a_what_is_question_gets_the_yes_answer_framed(faq: Faq) -> None:
    """u41-12: « c'est quoi le parcours emploi tutorat ? » got the « Oui tout à fait… » answer framed with its question, then « et le
    parcours emploi formation ? » the same answer bare, « Oui tout à fait », to no yes/no question (forty-first blind user test)."""
    entry = "poursuite_parcours_emploi"
    history = [user_event("c'est quoi le parcours emploi tutorat ?", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": entry}]),
               {"event": "bot", "text": messages.YES_NO_ANSWER_QUESTION.format(question=faq.get(entry).question)},  # type: ignore[union-attr]
               {"event": "bot", "text": answer_message(faq, entry)["text"]}, {"event": "action", "name": "action_listen"}]
    _, said = run(ActionAnswerFaq(), _asked_after(history, "et le parcours emploi formation ?", [entry], _ranked((entry, 0.7))))
    texts = [m.get("text", "") for m in sent(said)]
    assert texts[:2] == [messages.YES_NO_ANSWER_QUESTION.format(question=faq.get(entry).question), answer_message(faq, entry)["text"]], texts  # type: ignore[union-attr]
    # After a yes/no question, the short follow-up asks yes or no too: the answer alone.
    history[0] = user_event("on peut enchainer avec le parcours emploi tutorat ?", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": entry}])
    del history[1]
    _, said = run(ActionAnswerFaq(), _asked_after(history, "et le parcours emploi formation ?", [entry], _ranked((entry, 0.7))))
    assert sent(said)[0] == answer_message(faq, entry)


def test_a_second_question_left_without_answer_is_said_so(faq: Faq) -> None:
    """u41-04: « Est-ce qu'une collectivité territoriale peut utiliser ce dispositif pour recruter un agent contractuel ? Et est-ce
    que ça marche aussi pour un stagiaire de la fonction publique ? » got the employers' answer alone, the second question dropped
    without a word (forty-first blind user test): said to have no answer here."""
    first = "Est-ce qu'une collectivité territoriale peut utiliser ce dispositif pour recruter un agent contractuel ?"
    second = "est-ce que ça marche aussi pour un stagiaire de la fonction publique ?"
    text = f"Bonjour, je suis DRH d'une commune de 12000 habitants en Sarthe. {first} Et {second}"
    for kind, answers in (("suggest", []), ("answer", ["employeurs_concernes"])):  # by rule, or by the classifier
        state = _typed(text, kind, answers, suggestions=["employeurs_concernes"] if kind == "suggest" else None)
        state.latest_message[DECISION_KEY]["unanswered_parts"] = [first, second] if kind == "suggest" else [second]
        _, said = run(ActionAnswerFaq(), state)
        texts = [m.get("text") or "" for m in sent(said)]
        assert texts[0] == answer_message(faq, "employeurs_concernes")["text"], texts
        assert messages.OTHER_QUESTION_NOT_COVERED in texts, texts
    # Both questions answered by the same entry (a rule answers the part): nothing declined.
    state = _typed(f"{first} Et une association peut-elle recruter avec ?", "answer", ["employeurs_concernes"])
    state.latest_message[DECISION_KEY]["unanswered_parts"] = ["une association peut-elle recruter avec ?"]
    _, said = run(ActionAnswerFaq(), state)
    assert messages.OTHER_QUESTION_NOT_COVERED not in [m.get("text") for m in sent(said)]


@pytest.mark.xfail(strict=True, reason=(
    "the employers' answer put before a confident answer to any one-question message naming a public employer or an "
    "association changed 47 right answers of data/faq's own examples into the employers' (measured on 2026-12-03): rule "
    "removed, a narrower cue needed (left open)"))
def test_a_public_employer_asking_with_another_question_gets_the_employers_answer_too(faq: Faq) -> None:
    """u41-12: « … directrice d'un ehpad public a angers. peut on former des aides soignantes (diplome DEAS) avec ce dispositif,
    sachant que la formation dure presque un an ? » got the training's length alone (forty-first blind user test): whether a public
    employer may use the scheme is answered too."""
    text = ("bonjour je suis directrice d'un ehpad public a angers. peut on former des aides soignantes (diplome DEAS) avec ce "
            "dispositif, sachant que la formation dure presque un an ?")
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["duree_formation"]))
    texts = [m.get("text") or "" for m in sent(said)]
    assert answer_message(faq, "employeurs_concernes")["text"] in texts and answer_message(faq, "duree_formation")["text"] in texts, texts


# ---------------------------------------------------------------- forty-first and forty-second blind user tests


@pytest.mark.parametrize(("text", "entry"), [
    # u42-03: the check started at once, « Comment ca marche ? » without an answer (forty-second blind user test).
    ("Bonjour, agence d'interim au Mans. Nous souhaitons recruter 3 caristes en CDI interimaire pour les mettre a dispo chez nos "
     "clients logisticiens. Comment ca marche ?", "presentation_dispositif"),
    # (other phrasings, SMS style, no accents)
    ("Bonjour, je suis boulanger a Nantes, je veux embaucher un apprenti en CDI. Comment ça fonctionne ?", "presentation_dispositif"),
    ("on est un garage a Laval, on cherche un mecano en CDI, ça se passe comment ?", "presentation_dispositif"),
    ("on recrute 2 soudeurs en CDI a Cholet, ca marche comment concretement ?", "presentation_dispositif"),
    ("Nous recrutons 2 soudeurs en CDI a Cholet. Quelles sont les étapes ?", "adresser_intention_embauche"),
    ("on cherche un cariste en cdi a laval, c quoi la demarche ?", "adresser_intention_embauche"),
])
def test_a_project_with_a_question_on_how_the_scheme_works_is_answered_then_checked(faq: Faq, text: str, entry: str) -> None:
    for decision in (_typed(text, "suggest", suggestions=["employeurs_concernes", "adresser_intention_embauche"]), _typed(text, "unclear")):
        events, said = run(ActionAnswerFaq(), decision)
        assert sent(said)[0] == answer_message(faq, entry, text) and messages.CHECK_OFFER not in sent(said)
        assert followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("text", [
    # Near misses: asking whether it is eligible is the check's question; a question on something precise is the classifier's.
    "on cherche un mecano en CDI a Laval, ça marche ?",
    "on cherche un cariste en CDI a Laval, c'est eligible ?",
    "on cherche un cariste en CDI a Laval, comment ça se passe pour le candidat pendant la formation ?",
    "on cherche un cariste en CDI a Laval, et apres ca se passe comment ?",
])
def test_a_project_asked_about_or_with_a_precise_question_gets_no_presentation(faq: Faq, text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "unclear"))
    assert answer_message(faq, "presentation_dispositif") not in sent(said) and followups(events) == ["action_start_eligibility"]


def test_a_question_on_the_training_body_with_a_project_is_answered_then_checked(faq: Faq) -> None:
    """u41-02: « … PME de menuiserie à Cholet … Est-ce que je peux choisir moi-même l'organisme de formation ou c'est la Région qui
    décide ? » (forty-first blind user test): the answer, then the check with the project's facts."""
    text = ("Bonjour, je suis gérant d'une PME de menuiserie à Cholet, on a du mal à recruter des poseurs. J'ai repéré un gars au "
            "chômage motivé mais pas formé. Est-ce que je peux choisir moi-même l'organisme de formation ou c'est la Région qui décide ?")
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["organismes_qualiopi"]))
    assert sent(said)[0] == answer_message(faq, "organismes_qualiopi") and followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("text", [
    # u42-01, u42-02, u41-16 (forty-first and forty-second blind user tests): the employers' answer with the sentence on interim.
    "je suis la secretaire de mairie de St Philbert de Grand Lieu, on voudrait recruter un agent contractuel pour les espaces verts, "
    "est ce que les collectivites peuvent beneficier du dispositif ?",
    "bjr, on est une asso d'insertion (ESS) a Angers, on veut embaucher un encadrant technique en CDI, c'est eligible ?",
    "plusieurs entreprises du meme secteur peuvent-elles mutualiser une session de formation ?",
    "une asso peut-elle en profiter ?",
    "c ouvert aux employeurs publics ?",
])
def test_the_employers_answer_leaves_temporary_work_out_when_not_asked(faq: Faq, text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["employeurs_concernes"]))
    first = sent(said)[0]["text"]
    assert "intérim" not in first and "privés, publics ou associations" in first and "5 départements" in first
    assert first.endswith(faq.get("employeurs_concernes").source)  # type: ignore[union-attr]
    assert faq.answered_by(first) == "employeurs_concernes"


@pytest.mark.parametrize("text", [
    # Near misses: temporary work named, the whole answer.
    "une agence d'interim peut en beneficier ?", "et les CDI intérimaires ?", "une entreprise de travail temporaire peut-elle utiliser le dispositif ?",
    "on est une ETT, c'est ouvert ?", "les interimaires c'est possible ?",
])
def test_the_employers_answer_keeps_temporary_work_when_asked(faq: Faq, text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["employeurs_concernes"]))
    assert sent(said)[0] == {"text": faq.get("employeurs_concernes").answer_with_source}  # type: ignore[union-attr]


_REMARKS = ["t'es nul comme robot", "pfff t'es pas tres malin", "vous êtes vraiment nul", "ce robot sert a rien", "tu comprends rien",
            "t'es completement a la ramasse", "t con ou quoi", "robot de merde", "vous etes pas tres doué hein"]


@pytest.mark.parametrize("text", _REMARKS)
@pytest.mark.parametrize("kind", ["out_of_scope", "unclear", "suggest"])
def test_a_remark_on_the_assistant_gets_an_apology_and_what_it_can_do(text: str, kind: str) -> None:
    """« t'es nul comme robot » got « Je n'ai pas de réponse à cette question : … » (forty-first blind user test, u41-10): no
    question was asked. A short apology and what the assistant can do."""
    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["employeurs_concernes"] if kind == "suggest" else None))
    assert sent(said) == [{"text": messages.REMARK_ON_THE_ASSISTANT, "buttons": messages.HELP_BUTTONS}]
    assert not any("cette question" in (m.get("text") or "") for m in sent(said))
    # The open offer stays open.
    events, _ = run(ActionAnswerFaq(), _typed(text, kind, slots={OFFER_SLOT: OFFER_CHECK}))
    assert slot_events(events).get(OFFER_SLOT, OFFER_CHECK) == OFFER_CHECK
    # Within a form: the apology alone (the form asks its question again).
    _, said = run(ActionAnswerFaq(), _typed(text, kind, active_loop="hiring_intent_form", slots={"requested_slot": "company_name"}))
    assert sent(said) == [{"text": messages.REMARK_ON_THE_ASSISTANT_IN_A_FORM}]


@pytest.mark.parametrize("text", _REMARKS[:3])
def test_a_remark_read_as_a_no_declines_no_offer(text: str) -> None:
    from actions.offer_actions import ActionAnswerOffer

    for offer in (OFFER_CHECK, None):
        events, said = run(ActionAnswerOffer(), tracker(text, intent="deny", slots={OFFER_SLOT: offer}))
        assert {"text": messages.OFFER_DECLINED} not in sent(said) and followups(events) == ["action_answer_faq"]


@pytest.mark.parametrize("text", [
    # Near misses: a question, or a remark on something else.
    "le robot de soudure est nul, le dispositif peut financer une formation robotique ?",
    "c'est nul que la formation soit pas a distance",
    "vous êtes nul en quoi comme organisme ?",
])
def test_other_messages_naming_nul_or_robot_are_no_remark_on_the_assistant(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert {"text": messages.REMARK_ON_THE_ASSISTANT, "buttons": messages.HELP_BUTTONS} not in sent(said)


@pytest.mark.parametrize("text", [
    # forty-third blind user test (u43-05, u43-06): the SIRET kept, the question on which SIRET given with it left unanswered
    "c'est le siret de l'agence ou celui du client qu'il faut ? le notre c'est 78309168962894",
    "39932507531555 (on est une collectivite, c bien le siret de la mairie qu'il faut?)",
    "78309168962894, c'est bien celui de notre agence et pas celui du client ?",
    "je mets le siret de l'association ? 39932507531555",
])
@pytest.mark.parametrize("kind", ["suggest", "out_of_scope", "other"])
def test_a_question_on_which_siret_typed_with_the_siret_is_answered_and_the_siret_kept(text: str, kind: str) -> None:
    slots = {**ELIGIBLE, "requested_slot": "siret", "company_name": "Proxi Interim Le Mans"}
    siret = "78309168962894" if "783" in text else "39932507531555"
    turn = field_turn(text, "siret", slots, "inform")
    assert turn.updates.get("siret") == siret and messages.SIRET_OF_THE_EMPLOYER in [m.get("text") for m in turn.messages], turn.messages
    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["cout_formation"], active_loop="hiring_intent_form", slots=slots))
    assert slot_events(events).get("siret") == siret and sent(said)[0] == {"text": messages.SIRET_OF_THE_EMPLOYER}, sent(said)


def test_a_siret_alone_gets_no_answer_on_which_siret() -> None:
    slots = {**ELIGIBLE, "requested_slot": "siret", "company_name": "Proxi Interim Le Mans"}
    turn = field_turn("78309168962894", "siret", slots, "inform")
    assert turn.updates.get("siret") == "78309168962894"
    assert all(m.get("text") != getattr(messages, "SIRET_OF_THE_EMPLOYER", None) for m in turn.messages)


# ---------------------------------------------------------------- forty-fourth blind user test


def _after_answer(faq: Faq, asked: str, entry: str, text: str, kind: str, **decision: Any) -> Tracker:
    """``text`` decided as ``kind`` right after ``asked`` got the answer of ``entry``."""
    intent = {"answer": RETRIEVAL_INTENT, "suggest": RETRIEVAL_INTENT, "other": "inform"}.get(kind, "nlu_fallback")
    marked = {DECISION_KEY: {"kind": kind, "confidence": 0.6, "intent": intent, **decision}}
    latest = {**user_event(text, intent), "parse_data": {"text": text, "intent": {"name": intent}, **marked}}
    return tracker(text, intent=intent, events=[*_answered_before(faq, asked, entry), latest], **marked)


@pytest.mark.parametrize(("text", "place"), [
    # u44-10: « et en Mayenne ? » after three questions on contracts got the contracts' answer a fourth time.
    ("et en Mayenne ?", "Mayenne (53)"),
    ("et en sarthe ?", "Sarthe (72)"),
    ("et en vendee", "Vendée (85)"),
    ("et a laval ?", "Laval"),
    ("et en mayene ?", "Mayenne (53)"),
])
@pytest.mark.parametrize("kind", ["other", "unclear", "out_of_scope"])
@pytest.mark.parametrize(("asked", "entry"), [("et un temps partiel ?", "types_de_contrat"), ("cb ca coute la formaton", "cout_formation")])
def test_a_follow_up_naming_a_place_alone_is_about_the_places_covered(faq: Faq, text: str, place: str, kind: str, asked: str, entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _after_answer(faq, asked, entry, text, kind))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, COVERAGE_ENTRY)["text"] and place in texts[1] and "en fait bien partie" in texts[1], texts


def test_a_follow_up_naming_a_place_outside_gets_the_answer_outside(faq: Faq) -> None:
    _, said = run(ActionAnswerFaq(), _after_answer(faq, "c ouvert pour un CDI ?", "types_de_contrat", "et a rennes ?", "other"))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, OUTSIDE_ENTRY)["text"] and "Bretagne" in texts[1], texts


@pytest.mark.parametrize(("text", "inside", "outside"), [
    # u44-03: « Il est à la disposition … dans les 5 départements … » alone, neither place named.
    ("et en mayenne c'est bien couvert ? on a aussi une agence en ille et vilaine a rennes", "Mayenne (53)", "Ille-et-Vilaine"),
    ("on a des agences a Nantes et a Vannes, c'est couvert partout ?", "Nantes", "Vannes (Morbihan"),
])
def test_the_places_covered_name_each_place_asked_about_with_its_verdict(faq: Faq, text: str, inside: str, outside: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [COVERAGE_ENTRY]))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, COVERAGE_ENTRY)["text"], texts
    line = texts[1]
    assert inside in line and outside in line and line.index("en fait bien partie") < line.index("n'en fait pas partie"), line


@pytest.mark.parametrize("text", [
    # u44-12: « Je ne suis pas certain d'avoir bien compris » and three questions (the same, said formally, was answered).
    "notre siege est a paris mais le poste est a angers, ca passe ?",
    "le siège social est à Lyon, le poste sera au Mans, c'est bon ?",
    "siege a rennes mais l'emploi est a la roche sur yon ca marche ?",
])
@pytest.mark.parametrize("kind", ["suggest", "out_of_scope", "unclear"])
def test_a_head_office_elsewhere_with_the_job_in_the_region_gets_what_counts(faq: Faq, text: str, kind: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=[COVERAGE_ENTRY, OUTSIDE_ENTRY, "salaries_etrangers"]))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, COVERAGE_ENTRY)["text"], texts
    assert "en fait bien partie" in texts[1] and messages.JOB_PLACE_COUNTS in texts[1], texts


@pytest.mark.parametrize("text", [
    # u44-03: after « Le dispositif s'adresse uniquement aux demandeurs d'emploi… », « Je n'ai pas de réponse ».
    "et un salarie deja en CDI chez un client ?",
    "et un interimaire qui bosse deja chez nous en mission ?",
    "mais quelqu'un qui travaille deja ailleurs en cdd ?",
    "et une personne deja en poste chez un autre employeur",
])
@pytest.mark.parametrize("kind", ["out_of_scope", "unclear", "suggest"])
def test_a_follow_up_on_a_candidate_who_already_works_gets_the_job_seekers_answer(faq: Faq, text: str, kind: str) -> None:
    asked = "on a un interimaire qui bosse deja pour nous en mission, on pourrait le former avec ca ?"
    _, said = run(ActionAnswerFaq(), _after_answer(faq, asked, "public_beneficiaire", text, kind, suggestions=["salaries_etrangers"]))
    texts = [m.get("text") or "" for m in sent(said)]
    assert answer_message(faq, "public_beneficiaire")["text"] in texts and messages.OUT_OF_SCOPE["text"] not in texts, texts


@pytest.mark.parametrize("text", [
    # u44-02: « Je n'ai pas de réponse à cette question » though she is a registered job seeker.
    "mais du coup le handicap c'est pas un probleme ? elle a une RQTH et elle est inscrite a france travail",
    "il a 58 ans et il est inscrit a pole emploi, ca pose probleme ?",
    "elle est inscrite comme demandeuse d'emploi mais elle a un casier, c grave ?",
])
@pytest.mark.parametrize("kind", ["out_of_scope", "unclear"])
def test_a_question_on_a_registered_candidate_gets_the_registered_job_seekers_sentence(text: str, kind: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, kind))
    texts = [m.get("text") or "" for m in sent(said)]
    assert "dans n'importe quelle catégorie" in texts[0] and messages.OUT_OF_SCOPE["text"] not in texts, texts


def test_a_question_on_a_candidate_not_registered_gets_no_registered_sentence() -> None:
    _, said = run(ActionAnswerFaq(), _typed("elle n'est pas inscrite a france travail, le handicap c'est un probleme ?", "out_of_scope"))
    assert not any("n'importe quelle catégorie" in (m.get("text") or "") for m in sent(said))


_SEASONAL = ("bonsoir, camping aux Sables d'Olonne. on embauche des saisonniers d'avril a septembre (5 mois et demi) comme agent "
             "d'entretien. {asked} on a besoin d'une derogation ? combien de temps pour avoir la reponse ?")


@pytest.mark.parametrize("asked", ["c'est faisable ou pas ?", "c possible ou pas ?", "c'est jouable ?", "ca passe ?"])
def test_whether_a_stated_project_is_feasible_is_not_answered_by_the_kinds_of_training(faq: Faq, asked: str) -> None:
    """u44-08: « c'est faisable ou pas ? » about a seasonal CDD of 5.5 months got « Tout est possible » (the kinds of training), and
    « combien de temps pour avoir la reponse ? » the training's set-up time: the derogation's answer, the check (its verdict), and
    that the FAQ gives no response time."""
    text = _SEASONAL.format(asked=asked)
    parts = {"type_de_formation": asked, "derogation_cdd": "on a besoin d'une derogation ?",
             "delai_mise_en_place": "combien de temps pour avoir la reponse ?"}
    state = tracker(text, intent=RETRIEVAL_INTENT, **{DECISION_KEY: {
        "kind": "answer", "faq_id": "type_de_formation", "faq_ids": list(parts), "answered_parts": parts, "confidence": 0.93}})
    events, said = run(ActionAnswerFaq(), state)
    texts = [m.get("text") or "" for m in sent(said)]
    assert answer_message(faq, "type_de_formation")["text"] not in texts and answer_message(faq, "delai_mise_en_place")["text"] not in texts, texts
    assert answer_message(faq, "derogation_cdd")["text"] in texts and messages.RESPONSE_TIME_NOT_SAID in texts, texts
    assert followups(events) == ["action_start_eligibility"]


_PART_TIME = "Bonsoir. Je suis une creche associative a La Roche sur Yon. Je voudrais embaucher une aide auxiliaire petite enfance {said}"


@pytest.mark.parametrize("said, asked", [
    # forty-eighth blind user test, u48-08: « Tout est possible » (the kinds of training), then « pas éligible … 24 heures »
    ("en CDI mais seulement 15h/semaine. Possible ?", "Possible ?"),
    ("en CDI mais seulement 15h/semaine. Possible ?", None),  # (the whole message as the part answered)
    ("en CDI mais seulement 15h/semaine. est ce possible ?", "est ce possible ?"),
    ("en CDI a 20h par semaine, c'est envisageable ?", "c'est envisageable ?"),
    ("pour 15 heures par semaine, possible ?", "possible ?"),  # (the hours alone, no contract said)
    ("a mi-temps, on peut ?", "on peut ?"),
])
def test_whether_a_stated_project_with_its_hours_is_feasible_is_not_answered_by_the_kinds_of_training(faq: Faq, said: str, asked: str | None) -> None:
    text = _PART_TIME.format(said=said)
    parts = {"type_de_formation": asked or text}
    state = tracker(text, intent=RETRIEVAL_INTENT, **{DECISION_KEY: {
        "kind": "answer", "faq_id": "type_de_formation", "faq_ids": list(parts), "answered_parts": parts, "confidence": 0.93}})
    events, said_back = run(ActionAnswerFaq(), state)
    texts = [m.get("text") or "" for m in sent(said_back)]
    assert answer_message(faq, "type_de_formation")["text"] not in texts, texts
    assert followups(events) == ["action_start_eligibility"], texts  # (the check, whose verdict reads the hours)


def test_the_kinds_of_training_still_answer_what_training_is_possible(faq: Faq) -> None:
    parts = {"type_de_formation": "c'est possible une formation CACES ?"}
    text = "on embauche un cariste en CDI a Nantes. c'est possible une formation CACES ?"
    state = tracker(text, intent=RETRIEVAL_INTENT, **{DECISION_KEY: {
        "kind": "answer", "faq_id": "type_de_formation", "faq_ids": list(parts), "answered_parts": parts, "confidence": 0.93}})
    _, said = run(ActionAnswerFaq(), state)
    assert answer_message(faq, "type_de_formation")["text"] in [m.get("text") for m in sent(said)]


@pytest.mark.parametrize(("text", "today", "now", "latest"), [
    # u44-11, on 3 December: « le poste se libere debut juin » got « faire la demande vers mars, et au plus tard en avril », which
    # leaves no time for the training itself (the 2 or 3 months are a minimum set-up, then the training, before the hire).
    ("le poste se libere debut juin, on a le temps de faire la formation avant ?", dt.date(2026, 12, 3), True, None),
    ("combien de temps a l'avance faut il faire la demande si on veut quelqu'un en avril ?", dt.date(2026, 12, 3), True, None),
    ("quel délai pour la mise en place si le contrat commence début février ?", dt.date(2026, 12, 3), True, None),
    ("on embauche en decembre, c'est jouable ?", dt.date(2026, 12, 3), True, None),
    ("il faut s'y prendre combien de temps avant pour une embauche en septembre ?", dt.date(2026, 12, 3), False, "mars"),
    ("il faut s'y prendre combien de temps avant pour une embauche en septembre ?", dt.date(2026, 1, 10), False, "mars"),
    ("il faut s'y prendre combien de temps avant pour une embauche en septembre ?", dt.date(2026, 3, 10), True, None),
])
def test_when_to_apply_for_a_month_named(text: str, today: dt.date, now: bool, latest: str | None) -> None:
    from bot.dialogue.turns import set_up_by_month

    said = set_up_by_month(text, today)
    assert said is not None
    assert ("dès maintenant" in said["text"]) is now, said
    assert latest is None or f"avant {latest}" in said["text"], said
    assert "au plus tard en" not in said["text"] and "2 ou 3 mois sont un minimum" in said["text"], said


@pytest.mark.parametrize("text", ["vous avez un numero de telephone ?", "c'est quoi votre numero de tel ?",
                                  "non je veux un vrai humain au telephone, c'est quoi le numero ?",
                                  "quel recapitulatif ?? je veux un numero de telephone pour vous appeler",
                                  "vs avez pas un tel ou je peux vous joindre", "on peut vous appeler ?", "y a un standard ?"])
@pytest.mark.parametrize("kind", ["suggest", "unclear", "out_of_scope"])
def test_asking_for_a_phone_number_gets_the_contact_form(text: str, kind: str) -> None:
    """Forty-sixth blind user test (u46-09, u46-10): « c'est quoi votre numero de tel ? » got three unrelated questions (or a
    recap sentence): there is no phone number to give, the contact form is the way to reach the Region's services."""
    _, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["hors_pays_de_la_loire", "organismes_qualiopi"]))
    assert sent(said) == [{"text": messages.NO_PHONE_NUMBER}]


@pytest.mark.parametrize("text", ["c'est quoi le numero siret ?", "vous voulez mon numero de telephone ?",
                                  "il faut appeler france travail ?", "je vous donne notre numero ?", "vous pouvez m'appeler ?"])
def test_other_messages_naming_a_number_or_a_call_are_no_request_for_a_phone_number(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "suggest", suggestions=["hors_pays_de_la_loire", "organismes_qualiopi"]))
    assert {"text": messages.NO_PHONE_NUMBER} not in sent(said)


@pytest.mark.parametrize("text", [
    "bonjour je suis demandeur d'emploi a Laval et je voudrais faire une formation de soudeur, comment je m'inscris ?",
    "je suis demandeuse d'emploi, comment je fais pour m'inscrire a une formation ?",
    "slt jsuis au chomage et je cherche une formation de cariste a Nantes, c comment ?",
    "Bonjour, je suis inscrit à France Travail et je voudrais une formation en CDI, je fais comment ?",
    "je suis chomeur, je peux faire la demande moi meme ?",
])
@pytest.mark.parametrize("kind", ["answer", "suggest", "unclear"])
def test_a_job_seeker_asking_how_to_apply_gets_the_reply_for_job_seekers(text: str, kind: str) -> None:
    """Forty-sixth blind user test (u46-07): a job seeker asking for himself in the first message got the employers' procedure and
    the offer of the check; the reply for job seekers came only after « je suis pas employeur »."""
    events, said = run(ActionAnswerFaq(), _typed(text, kind, [PROCEDURE_ENTRY] if kind == "answer" else [], suggestions=["hors_pays_de_la_loire"]))
    assert sent(said) == [{"text": messages.FOR_JOB_SEEKERS}]
    assert followups(events) == ["action_listen"] and OFFER_SLOT not in slot_events(events)


def test_a_job_seeker_asking_what_the_faq_answers_gets_both(faq: Faq) -> None:
    """(The same, with a question the FAQ answers for a trainee: the reply for job seekers, then that answer.)"""
    text = "je suis demandeur d'emploi, la formation est remuneree ?"
    events, said = run(ActionAnswerFaq(), _typed(text, "answer", ["statut_demandeur_emploi"]))
    assert sent(said)[:2] == [{"text": messages.FOR_JOB_SEEKERS}, answer_message(faq, "statut_demandeur_emploi")]
    assert messages.CHECK_OFFER not in sent(said) and followups(events) == ["action_listen"]


_LEFT_REQUEST = {"kept_answers": {"company_name": "Interim Plus Nantes", "siret": "51245789600011", "eligibility": "derogation"}}


@pytest.mark.parametrize("text", ["c'est envoyé ou pas du coup ?", "c bien parti ?", "ma demande a été transmise ?", "du coup c'est envoyé ?",
                                  "vous avez bien recu ma demande ?", "elle est partie ou pas ma demande", "c'est transmis ou non"])
@pytest.mark.parametrize("kind", ["answer", "suggest", "unclear"])
def test_was_it_sent_after_a_cancel_is_no(text: str, kind: str) -> None:
    """Forty-sixth blind user test (u46-11): « c'est envoyé ou pas du coup ? » right after « C'est annulé » got the FAQ on how to
    send a request and the offer of the check: nothing was sent, and how to resume."""
    events, said = run(ActionAnswerFaq(), _typed(text, kind, [PROCEDURE_ENTRY] if kind == "answer" else [], slots=_LEFT_REQUEST))
    assert sent(said) == [messages.NOTHING_SENT_KEPT], sent(said)
    assert followups(events) == ["action_listen"]
    # With no request ever prepared: nothing sent either; once sent: its reference.
    _, said = run(ActionAnswerFaq(), _typed(text, kind, [PROCEDURE_ENTRY] if kind == "answer" else []))
    assert sent(said)[0]["text"] == messages.NOTHING_SENT["text"]
    _, said = run(ActionAnswerFaq(), _typed(text, kind, [PROCEDURE_ENTRY] if kind == "answer" else [], slots={REFERENCE_SLOT: "1E1F-2026-000060"}))
    assert sent(said)[0]["text"] == messages.ALREADY_SUBMITTED.format(reference="1E1F-2026-000060")


@pytest.mark.parametrize("text", ["c'est envoyé à qui ?", "comment envoyer ma demande ?", "la demande est envoyée par mail ou par courrier ?"])
def test_how_or_where_a_request_is_sent_is_no_question_whether_it_was(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", [PROCEDURE_ENTRY], slots=_LEFT_REQUEST))
    assert messages.NOTHING_SENT_KEPT not in sent(said)


# ---------------------------------------------------------------- forty-sixth blind user test


def _answered(text: str, faq_id: str) -> list[dict[str, Any]]:
    return [{**user_event(text, RETRIEVAL_INTENT), "parse_data": {
        "intent": {"name": RETRIEVAL_INTENT},
        DECISION_KEY: {"kind": "answer", "faq_ids": [faq_id], "faq_id": faq_id, "suggestions": [], "confidence": 1.0, "intent": RETRIEVAL_INTENT},
    }}, {"event": "bot", "text": "…"}]


_NOT_REGISTERED = {"contract_type": "cdi", "department": "44", "candidate_identified": True, "candidate_registered": False,
                   "candidate_status": "non_inscrit", "eligibility": "ineligible", "eligibility_reasons": ["candidat_non_inscrit"]}


@pytest.mark.parametrize("text", ["bon qu'est ce que je peux faire alors ?", "y a pas d'autre solution ?", "et du coup on peut faire quoi ?",
                                  "on fait comment alors", "quelles sont mes options ?", "ok et maintenant je fais quoi ?"])
def test_what_can_be_done_after_not_eligible_repeats_what_the_verdict_said_can_be_done(text: str) -> None:
    """u46-02: « bon qu'est ce que je peux faire alors ? » right after « pas éligible » (a candidate not registered) got the
    closest questions (forty-sixth blind user test): what the verdict said can be done, said again."""
    _, said = run(ActionAnswerFaq(), _typed_after([{"event": "bot", "text": "…"}], text, "nlu_fallback", _NOT_REGISTERED))
    texts = " ".join(m.get("text") or "" for m in sent(said))
    assert "Ce que vous pouvez faire" in texts and "France Travail peut vous proposer des candidats" in texts, texts
    assert messages.REGISTER_BEFORE_TRAINING in texts, texts


@pytest.mark.parametrize(("first", "faq_id", "text", "expected"), [
    # u46-02: after the answer outside the region (a job at Vitré), « ah mince. et du coup on peut faire quoi ? y a un equivalent
    # en bretagne ? » got the same answer again and « je n'ai pas de réponse »
    ("slt, on cherche a embaucher un cariste en CDI sur notre site de Vitré", "hors_pays_de_la_loire",
     "ah mince. et du coup on peut faire quoi ? y a un equivalent en bretagne ?", "Renseignez-vous auprès de la Région"),
    # u46-03: after « Le dispositif s'adresse uniquement aux demandeurs d'emploi » for a current employee, « donc c'est non pour
    # lui ? y a pas d'autre solution pour le former ? » got the closest questions
    ("bon. je voudrais former un de mes salaries actuels, il est en CDD chez nous et je veux le passer en CDI", "public_beneficiaire",
     "donc c'est non pour lui ? y a pas d'autre solution pour le former ?", "Parcours Emploi Formation"),
])
def test_what_can_be_done_after_an_answer_that_says_no_is_what_the_rules_say_can_be_done(first: str, faq_id: str, text: str, expected: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed_after(_answered(first, faq_id), text, "nlu_fallback"))
    texts = " ".join(m.get("text") or "" for m in sent(said))
    assert "Ce que vous pouvez faire" in texts and expected in texts, texts


@pytest.mark.parametrize("text", ["et si il demissionne et s'inscrit a france travail ?", "et s'il quitte son poste et s'inscrit à France Travail ?"])
def test_a_current_employee_supposed_registered_after_an_answer_that_says_no_gets_the_rules(text: str) -> None:
    """u46-03: « et si il demissionne et s'inscrit a france travail ? » after the answer for a current employee (no check) got the
    closest questions (forty-sixth blind user test): a supposition, answered by the rules (a registered job seeker)."""
    history = [*_answered("bon. je voudrais former un de mes salaries actuels, il est en CDD chez nous et je veux le passer en CDI",
                          "public_beneficiaire"),
               user_event("donc c'est non pour lui ? y a pas d'autre solution pour le former ?", "nlu_fallback"), {"event": "bot", "text": "…"}]
    events, said = run(ActionAnswerFaq(), _typed_after(history, text, "nlu_fallback"))
    assert sent(said)[0] == {"text": messages.EMPLOYEE_SUPPOSED_REGISTERED}, sent(said)
    assert not slot_events(events).get("candidate_status")


_VITRE = [*_answered("slt, on cherche a embaucher un cariste en CDI sur notre site de Vitré", "hors_pays_de_la_loire"),
          user_event("ah mince. et du coup on peut faire quoi ? y a un equivalent en bretagne ?", "nlu_fallback"), {"event": "bot", "text": "…"}]


@pytest.mark.parametrize(("history", "text"), [
    # u46-02: after the answer outside the region for a job at Vitré (35), « on a aussi un entrepot a Chateaubriant, ca compte ? »
    # got the closest questions, « le poste serait a Chateaubriant en fait, pas a Vitré » « reformuler », then the check asked the
    # contract again (forty-sixth blind user test)
    (_VITRE, "on a aussi un entrepot a Chateaubriant, ca compte ?"),
    (_VITRE, "et notre depot de chateaubriant ca marche ?"),
    (_VITRE, "le poste serait a Chateaubriant en fait, pas a Vitré"),
    ([*_VITRE, user_event("on a aussi un entrepot a Chateaubriant, ca compte ?", "nlu_fallback"), {"event": "bot", "text": "…"}],
     "le poste serait a Chateaubriant en fait, pas a Vitré"),
])
def test_a_site_in_the_region_after_the_answer_outside_gets_its_verdict_and_the_check_with_the_facts_said(history: list[dict[str, Any]], text: str) -> None:
    from actions.eligibility_actions import ActionStartEligibility
    from bot.eligibility.dialogue import MEMORY_SLOT

    events, _ = run(ActionAnswerFaq(), _typed_after(history, text, "nlu_fallback"))
    assert followups(events) == ["action_start_eligibility"]
    started, said = run(ActionStartEligibility(), _typed_after(history, text, "nlu_fallback"))
    slots = slot_events(started)
    assert (slots["contract_type"], slots["department"]) == ("cdi", "44"), slots
    assert (slots.get(MEMORY_SLOT) or {}).get("job_title") == "cariste", slots
    texts = " ".join(m.get("text") or "" for m in said)
    assert "Loire-Atlantique (44)" in texts and "peut être éligible" in texts, texts


# ---------------------------------------------------------------- forty-fourth blind user test: « Pour votre autre question… »

def _classified(text: str, intent: str, **decision: Any) -> dict[str, Any]:
    """The parse data of ``text`` with the decision the classifier made of it (read with the model of 2026-12-03)."""
    full = {"kind": "answer", "faq_id": None, "suggestions": [], "confidence": 0.9, "intent": intent, "faq_ids": [], "criticism": False,
            "other_suggestions": [], "answered_parts": {}, "declined_other": False, "unanswered_parts": [], **decision}
    return {DECISION_KEY: full}


_OTHER_QUESTION_LINES = (messages.OTHER_QUESTION_NOT_COVERED, messages.OTHER_QUESTION_SUGGEST_TEXT)


@pytest.mark.parametrize("loop", [None, "eligibility_form"])
def test_a_second_question_the_same_entry_answers_gets_no_other_question_line(faq: Faq, loop: str | None) -> None:
    """u44-01: « et qui choisit l'organisme ? on a deja un centre de formation qu'on connait bien, on peut le prendre ? » got the
    Qualiopi answer, then « Pour votre autre question, je n'ai pas de réponse »: the employer wondered which question was left."""
    text = "et qui choisit l'organisme ? on a deja un centre de formation qu'on connait bien, on peut le prendre ?"
    parse = _classified(text, "faq", faq_id="organismes_qualiopi", faq_ids=["organismes_qualiopi"],
                        answered_parts={"organismes_qualiopi": "on a deja un centre de formation qu'on connait bien, on peut le prendre ?"},
                        unanswered_parts=["qui choisit l'organisme ?"])
    slots = {"requested_slot": "contract_type"} if loop else {}
    _, said = run(ActionAnswerFaq(), tracker(text, intent="faq", active_loop=loop, slots=slots, **parse))
    texts = [m.get("text") for m in sent(said)]
    assert texts[0] == answer_message(faq, "organismes_qualiopi")["text"] and not set(texts) & set(_OTHER_QUESTION_LINES), texts


def test_a_second_question_on_another_subject_is_still_said_unanswered(faq: Faq) -> None:
    """(near miss) Another subject beside the Qualiopi answer keeps its line."""
    text = "on a deja un centre de formation qu'on connait bien, on peut le prendre ? et le salarie est assure par qui ?"
    parse = _classified(text, "faq", faq_id="organismes_qualiopi", faq_ids=["organismes_qualiopi"],
                        answered_parts={"organismes_qualiopi": "on a deja un centre de formation qu'on connait bien, on peut le prendre ?"},
                        unanswered_parts=["et le salarie est assure par qui ?"])
    _, said = run(ActionAnswerFaq(), tracker(text, intent="faq", **parse))
    assert messages.OTHER_QUESTION_NOT_COVERED in [m.get("text") for m in sent(said)]


@pytest.mark.parametrize("text", ["et apres ca se passe comment, qui me rappelle ?", "et ensuite ? qui va nous recontacter ?"])
def test_who_calls_back_after_sending_is_answered_by_the_next_steps(text: str) -> None:
    """u44-01: « et apres ca se passe comment, qui me rappelle ? » once the request was sent got the next steps, then « Pour votre
    autre question, je n'ai pas de réponse »: the next steps say who comes back to the employer."""
    parts = [p.strip(" ,") for p in re.split(r"(?<=\?)\s+|,\s+", text)]
    parse = _classified(text, "nlu_fallback", kind="suggest", suggestions=["adresser_intention_embauche", "selection_candidats"],
                        unanswered_parts=parts)
    _, said = run(ActionAnswerFaq(), tracker(text, intent="nlu_fallback", slots={REFERENCE_SLOT: "1E1F-2026-000041"}, **parse))
    texts = [m.get("text") for m in sent(said)]
    assert texts[0] == messages.NEXT_STEPS.format(reference="1E1F-2026-000041") and not set(texts) & set(_OTHER_QUESTION_LINES), texts


def test_a_second_question_the_hours_rule_answers_gets_no_suggestions(faq: Faq) -> None:
    """u44-02: « … est ce que les associations ont droit au dispositif ? et est ce que ca marche pour un temps partiel a 20h ? » got
    both answers, then « Pour votre autre question, je ne suis pas certain d'avoir bien compris » and three questions."""
    text = ("bjr, je suis directrice d'une asso d'aide a domicile a Angers (35 salaries). est ce que les associations ont droit au "
            "dispositif ? et est ce que ca marche pour un temps partiel a 20h ?")
    parse = _classified(text, "faq", faq_id="employeurs_concernes", faq_ids=["employeurs_concernes"],
                        other_suggestions=["types_de_contrat", "departements_couverts", "delai_mise_en_place"],
                        answered_parts={"employeurs_concernes": "est ce que les associations ont droit au dispositif ?"},
                        unanswered_parts=["est ce que ca marche pour un temps partiel a 20h ?"])
    _, said = run(ActionAnswerFaq(), tracker(text, intent="faq", **parse))
    texts = [m.get("text") or "" for m in sent(said)]
    assert any(t.startswith("Ce n'est pas possible avec 20 h") for t in texts), texts
    assert not set(texts) & set(_OTHER_QUESTION_LINES), texts


def test_every_no_answer_reply_carries_the_same_contact_offer(faq: Faq) -> None:
    """u44-02, u44-01, u44-11: « Je n'ai pas de réponse… » and « Pour votre autre question, je n'ai pas de réponse… » came now with the
    Region's page and form, now without (forty-fourth blind user test): each carries the contact button, the long link staying
    at most once every three turns (thirtieth blind user test)."""
    # alone, right after the link was given (u44-02, the RQTH question)
    events = [*_turns_with_the_contact(1), user_event("le handicap c'est pas un probleme ?")]
    _, said = run(ActionAnswerFaq(), _typed("le handicap c'est pas un probleme ?", "out_of_scope", events=events))
    no_answer = [m for m in sent(said) if m.get("text") == messages.OUT_OF_SCOPE["text"]]
    assert no_answer and no_answer[0].get("buttons") == [messages.CONTACT_BUTTON] and messages.CONTACT_POINTER not in sent(said)
    # beside an answer (u44-01, u44-11)
    state = _typed("Est-ce qu'une collectivité peut recruter ? Et un stagiaire de la fonction publique ?", "answer", ["employeurs_concernes"])
    state.latest_message[DECISION_KEY]["unanswered_parts"] = ["Et un stagiaire de la fonction publique ?"]
    _, said = run(ActionAnswerFaq(), state)
    other = [m for m in sent(said) if m.get("text") == messages.OTHER_QUESTION_NOT_COVERED]
    assert other and other[0].get("buttons") == [messages.CONTACT_BUTTON], sent(said)
    # The button asks the FAQ's entry on whom to contact, as its suggestion button would.
    from bot.faq.replies import faq_payload

    assert "adresser_intention_embauche" in faq and messages.CONTACT_BUTTON["payload"] == faq_payload("adresser_intention_embauche")


#: The check's answers of u47-08 (forty-seventh blind user test): eligible, the candidate's registration still to check.
_REGISTRATION_TO_CHECK = {"eligibility": "eligible", "contract_type": "apprentissage", "contract_duration": 24.0, "department": "85",
                          "candidate_status": "inscription_a_verifier", "candidate_identified": True, OFFER_SLOT: OFFER_SUBMISSION}


@pytest.mark.parametrize(("text", "kind"), [
    # u47-08: the rules' « … français ou étrangers autorisés à travailler : c'est le cas d'après vos réponses », then « Au revoir »
    ("je vais lui demander s'il est inscrit et je reviens vers vous demain, vous gardez ce que j'ai dit ?", "suggest"),
    ("ok mais je peux revenir plus tard finir la demande ?", "unclear"),
    ("vous gardez mes reponses si je repasse demain ?", "suggest"),
    ("si je reviens plus tard c'est toujours enregistre ?", "unclear"),
])
def test_coming_back_later_asked_after_the_verdict_says_whether_the_answers_are_kept(text: str, kind: str) -> None:
    state = _typed(text, kind, suggestions=["delai_mise_en_place", "adresser_intention_embauche", "proposition_poste_ferme"],
                   slots=_REGISTRATION_TO_CHECK)
    events, said = run(ActionAnswerFaq(), state)
    assert sent(said) == [{"text": messages.KEPT_FOR_LATER}]
    # Nothing changed: the registration still to check, the request still offered.
    assert not {k for k, v in slot_events(events).items() if v != _REGISTRATION_TO_CHECK.get(k)}


@pytest.mark.parametrize("text", [
    # u47-08: the answer on foreign employees (« Les salariés étrangers relevant du statut de demandeur d'emploi… »), the
    # registration left « à vérifier » in the recap.
    "re bonjour, c'est la boulangerie d'hier, le jeune est bien inscrit a france travail. on peut faire la demande ?",
    "rebonjour, il est bien inscrit a pole emploi, c'est verifie. on peut faire la demande maintenant ?",
])
def test_the_registration_said_with_asking_to_apply_is_recorded_and_the_request_starts(text: str) -> None:
    state = _typed(text, "answer", ["salaries_etrangers"], slots={**_REGISTRATION_TO_CHECK, OFFER_SLOT: None})
    events, said = run(ActionAnswerFaq(), state)
    assert slot_events(events)["candidate_status"] == "demandeur_emploi"
    assert followups(events) == ["action_start_submission"]
    assert not any("étrangers" in (m.get("text") or "") for m in said)


@pytest.mark.parametrize(("text", "label", "value", "as_asked"), [
    # forty-seventh blind user test (u47-12): « vous avez bien mis 2 postes ? » once sent got three FAQ suggestions
    ("vous avez bien mis 2 postes ?", "Nombre de postes", "1 poste", False),
    ("c'est bien 2 mecaniciens qui sont partis ?", "Nombre de postes", "1 poste", False),
    ("vs avez bien note 1 poste ?", "Nombre de postes", "1 poste", True),
    ("la date c'est bien le 1er avril ?", "Date d'embauche souhaitée", "1er avril 2027", True),
    ("vous avez bien mis 32h ?", "Durée hebdomadaire", "35 h", False),
])
@pytest.mark.parametrize("kind", ["suggest", "out_of_scope"])
def test_a_value_of_the_request_sent_asked_gets_what_was_sent(text: str, label: str, value: str, as_asked: bool, kind: str) -> None:
    from samples import completed_submission_slots

    slots = {**completed_submission_slots(), "positions": 1.0, REFERENCE_SLOT: "1E1F-2026-000077"}
    _, said = run(ActionAnswerFaq(), _typed(text, kind, slots=slots))
    texts = [m.get("text") for m in said]
    told = (messages.SENT_VALUE_AS_ASKED if as_asked else messages.SENT_VALUE_OTHER).format(reference="1E1F-2026-000077", label=label, value=value)
    assert texts[0] == told, texts
    assert not any(m.get("text") == messages.SUGGEST_TEXT for m in said), texts


# ---------------------------------------------------------------- the derogation's response time (2026-12-04)


@pytest.mark.parametrize("text", [
    # Talking to make run (2026-12-04): the derogation's answer, suggestions, or the training's set-up time (the trained model's
    # decisions, below), none of which says how long a derogation takes.
    "la dérogation c'est long ?", "combien de temps pour avoir la dérogation ?", "la derogation prend combien de temps",
    "la derog c long ?", "ca prend du temps d'avoir une derogation ?", "quel délai pour obtenir une dérogation ?",
    "en combien de temps on obtient la derogation ?", "la dérogation, c'est rapide ?",
])
@pytest.mark.parametrize(("kind", "entries"), [
    ("answer", ["derogation_cdd"]), ("answer", ["delai_mise_en_place"]), ("suggest", ["derogation_cdd", "delai_mise_en_place", "duree_formation"]),
])
def test_how_long_a_derogation_takes_is_not_said_by_the_faq(text: str, kind: str, entries: list[str]) -> None:
    decision = _typed(text, kind, entries) if kind == "answer" else _typed(text, kind, suggestions=entries)
    _, said = run(ActionAnswerFaq(), decision)
    assert sent(said) == [{"text": messages.DEROGATION_TIME_NOT_SAID}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "la dérogation c'est quoi ?", "comment avoir une dérogation ?", "la derogation c'est pour un CDD de combien de temps ?",
    "une dérogation est possible pour un contrat de 4 mois ?", "la dérogation c'est pour combien de temps ?",
])
def test_what_a_derogation_is_or_for_which_contract_keeps_the_faq_answer(faq: Faq, text: str) -> None:
    """Near misses of the derogation's response time: what it is, how to get one, the contracts it is for."""
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", ["derogation_cdd"]))
    texts = [m.get("text") for m in sent(said)]
    assert messages.DEROGATION_TIME_NOT_SAID not in texts and answer_message(faq, "derogation_cdd")["text"] in texts, texts


@pytest.mark.parametrize(("text", "place"), [
    # Talking to make run (2026-12-04): « mais en mayene ? » after an answer on a place got suggestions out of context, though « et
    # en mayene ? » was the place follow-up.
    ("mais en mayene ?", "Mayenne (53)"),
    ("mais en vendé ?", "Vendée (85)"),
    ("mais a chole ?", "Cholet"),
])
@pytest.mark.parametrize("kind", ["other", "unclear", "suggest"])
@pytest.mark.parametrize(("asked", "entry"), [("c ouvert en sarthe ?", COVERAGE_ENTRY), ("cb ca coute la formaton", "cout_formation")])
def test_a_follow_up_naming_a_misspelt_place_after_but_is_about_the_places_covered(faq: Faq, text: str, place: str, kind: str, asked: str,
                                                                                  entry: str) -> None:
    extra = {"suggestions": ["departements_couverts", "public_beneficiaire", "remise_a_niveau"]} if kind == "suggest" else {}
    _, said = run(ActionAnswerFaq(), _after_answer(faq, asked, entry, text, kind, **extra))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, COVERAGE_ENTRY)["text"] and place in texts[1] and "en fait bien partie" in texts[1], texts


# ---------------------------------------------------------------- forty-ninth and fifty-first blind user tests


@pytest.mark.parametrize(("text", "suggestions"), [
    # forty-ninth blind user test (u49-01, u49-14): « et c payant pour moi ? » right after the training's length got that length
    # again, while « c payant ? » alone gets the cost: the message's own suggestions, the cost first.
    ("et c payant pour moi ?", ["cout_formation", "statut_demandeur_emploi", "public_beneficiaire"]),
    ("et ca coute qqch pour nous ?", ["cout_formation", "statut_demandeur_emploi", "public_beneficiaire"]),
    ("et il est payé pendant ?", ["statut_demandeur_emploi", "cout_formation", "public_beneficiaire"]),
])
def test_a_follow_up_with_a_predicate_of_its_own_gets_its_own_decision(faq: Faq, text: str, suggestions: list[str]) -> None:
    _, said = run(ActionAnswerFaq(), _after_answer(faq, "la formation dure combien de temps ?", "duree_formation", text, "suggest",
                                                   suggestions=suggestions))
    texts = [m.get("text") or "" for m in sent(said)]
    assert answer_message(faq, "duree_formation")["text"] not in texts, texts
    buttons = [b.get("payload") for m in sent(said) for b in m.get("buttons") or []]
    assert any(suggestions[0] in (p or "") for p in buttons), (texts, buttons)


@pytest.mark.parametrize(("text", "kind", "faq_ids", "suggestions"), [
    # fifty-first blind user test, u51-06: the training's length (« Il n'y a pas de nombre d'heures minimum ou maximum… »)
    ("il faut une duree minimum d'inscription ?", "answer", ["duree_formation"], []),
    ("faut il que le demandeur d'emploi soit inscrit a pole emploi depuis longtemps ?", "suggest", [],
     ["public_beneficiaire", "salaries_etrangers", "proposition_poste_ferme"]),
    ("elle s'est inscrite a France Travail il y a 3 jours seulement, c'est suffisant ?", "suggest", [], ["public_beneficiaire"]),
    ("depuis combien de temps il doit etre inscrit a FT ?", "answer", ["salaries_etrangers"], []),
])
def test_how_long_the_candidate_is_registered_gets_that_the_faq_sets_no_length(text: str, kind: str, faq_ids: list[str], suggestions: list[str]) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, kind, faq_ids, suggestions))
    assert sent(said) == [{"text": messages.REGISTRATION_LENGTH_NOT_SET, "buttons": [messages.CONTACT_BUTTON]}]


@pytest.mark.parametrize(("text", "kind", "faq_ids", "suggestions"), [
    # fifty-first blind user test, u51-01, u51-02, u51-16: suggestions, « je n'ai pas de réponse », or who may benefit
    ("y a t il une limite d'age pour le candidat ?", "suggest", [], ["niveau_etudes", "duree_formation", "salaries_etrangers"]),
    ("est ce qu'il y a une limite d'age pour les candidats ?", "suggest", [], ["selection_candidats", "duree_formation"]),
    ("et a 54 ans il peut quand meme en beneficier ?", "suggest", [], ["public_beneficiaire", "hors_pays_de_la_loire"]),
    ("on peut prendre un jeune de moins de 26 ans ?", "out_of_scope", [], []),
    ("un senior de 60 ans peut il en beneficier ?", "answer", ["public_beneficiaire"], []),
    ("elle est pas trop agee pour le dispositif ?", "out_of_scope", [], []),
])
def test_the_candidates_age_asked_gets_that_the_faq_sets_none(text: str, kind: str, faq_ids: list[str], suggestions: list[str]) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, kind, faq_ids, suggestions))
    assert sent(said) == [{"text": messages.AGE_NOT_SET, "buttons": [messages.CONTACT_BUTTON]}]


def test_a_project_with_an_age_said_is_no_question_on_age() -> None:
    from bot.language.cues import asks_about_age

    assert not asks_about_age("je suis une association a Angers, je veux embaucher quelqu'un de 23 ans en CDI, c'est possible ?")
    assert not asks_about_age("un CDD de 2 ans c'est possible ?")


@pytest.mark.parametrize("text", [
    # fifty-first blind user test (u51-11, u51-17): « Merci pour votre retour ! », « Très bien. Posez-moi votre question »
    "donc 24h pile c'est bon ? on a 2 postes d'ASH en CDI a 24h exactement",
    "un poste a 24h pile c'est bon ?",
])
def test_whether_hours_are_all_right_gets_the_hours_rule(text: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, "unclear"))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts and texts[0].startswith(messages.HOURS_WITHIN_THE_RULES.split("{")[0]) and "24 h" in texts[0], texts


@pytest.mark.parametrize(("text", "kind", "suggestions", "entry"), [
    # fifty-first blind user test: u51-08 « je n'ai pas de réponse », u51-04 « pas certain d'avoir compris »
    ("et si on fait direct un CDI avec une periode d'essai, ca marche ?", "out_of_scope", [], "types_de_contrat"),
    ("et si on le passe en CDI interimaire plutot, ca passe sans derogation ?", "suggest",
     ["derogation_cdd", "formation_interne_totalite", "employeurs_concernes"], "employeurs_concernes"),
])
def test_a_supposed_contract_asked_whether_it_works_gets_the_contracts_answer(faq: Faq, text: str, kind: str, suggestions: list[str], entry: str) -> None:
    _, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=suggestions))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == answer_message(faq, entry, text)["text"], texts


def test_an_age_asked_about_explicitly_with_the_registration_said_gets_the_age_reply() -> None:
    # fifty-first blind user test, u51-01 (outside the check): « l'age » asked, the registration said beside it
    text = "elle est inscrite a france travail depuis 2 mois, elle a 23 ans ca pose pas de probleme l'age ?"
    _, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said)[0]["text"] == messages.AGE_NOT_SET


@pytest.mark.parametrize("text", [
    # fifty-first blind user test (u51-12): « Oui : Les salariés étrangers … disposant d'une autorisation de travail … » told an
    # employer that a European citizen needs a work permit; the FAQ does not treat citizens of the EU
    "il est europeen, il a besoin d'une autorisation de travail ?",
    "elle est portugaise, faut il un titre de sejour ?",
    "un ressortissant de l'UE doit avoir une autorisation de travail ?",
    "et pour un roumain il faut un permis de travail ?",
])
@pytest.mark.parametrize("kind", ["answer", "suggest", "out_of_scope"])
def test_a_work_permit_asked_for_a_european_citizen_is_not_answered_yes(faq: Faq, text: str, kind: str) -> None:
    extra = {"faq_ids": ["salaries_etrangers"], "faq_id": "salaries_etrangers"} if kind == "answer" else (
        {"suggestions": ["salaries_etrangers", "public_beneficiaire"]} if kind == "suggest" else {})
    _, said = run(ActionAnswerFaq(), _after_answer(faq, "les salariés étrangers sont ils éligibles ?", "salaries_etrangers", text, kind, **extra))
    texts = [m.get("text") or "" for m in sent(said)]
    assert texts[0] == messages.EU_CITIZEN_NOT_TREATED and not any(t.startswith("Oui") for t in texts), texts
    _, alone = run(ActionAnswerFaq(), _typed(text, kind, **{k: v for k, v in extra.items() if k != "faq_id"}))  # (asked first)
    assert sent(alone)[0]["text"] == messages.EU_CITIZEN_NOT_TREATED


@pytest.mark.parametrize("text", ["il est marocain, il a besoin d'une autorisation de travail ?", "les européens ont-ils droit au dispositif ?"])
def test_a_work_permit_asked_for_another_foreigner_or_europeans_eligibility_keep_the_faq(faq: Faq, text: str) -> None:
    # (near misses: a citizen from outside the EU; whether Europeans may benefit, which the FAQ's examples answer)
    _, said = run(ActionAnswerFaq(), _typed(text, "answer", faq_ids=["salaries_etrangers"]))
    assert all(m.get("text") != getattr(messages, "EU_CITIZEN_NOT_TREATED", None) for m in sent(said))


# ---------------------------------------------------------------- forty-ninth blind user test


@pytest.mark.parametrize("text", [
    # (u49-05, u49-06: the check started, « moins de 26 ans » read as a contract said as a maximum, « jeune de moins » as the job)
    "l'aide de l'etat pour embaucher un jeune de moins de 26 ans ca existe encore ?",
    "l'aide pour embaucher un jeune de moins de 26 ans ca existe ?",
    "dommage. et l'aide a l'embauche des jeunes de l'etat ?",
    "y a une aide pour recruter une personne de plus de 50 ans ?",
    "et pour embaucher un senior de 55 ans y a une aide ?",
])
def test_a_question_about_another_aid_for_an_age_is_declined_not_checked(text: str) -> None:
    events, said = run(ActionAnswerFaq(), _typed(text, "out_of_scope"))
    assert sent(said)[0]["text"] == messages.OUT_OF_SCOPE["text"]
    assert messages.ELIGIBILITY_INTRO not in sent(said) and "action_start_eligibility" not in followups(events)


def _answered_with_the_vote(faq: Faq, asked: str, entry: str) -> list[dict[str, Any]]:
    return [*_answered(asked, entry)[:1], {"event": "bot", "text": answer_message(faq, entry)["text"]},
            {"event": "bot", "text": messages.FEEDBACK_QUESTION}]


@pytest.mark.parametrize("text", ["ok mais en semaines ?", "en semaines ?", "mais c'est combien de semaines ?", "et en jours ?",
                                  "ok et en heures ?", "ça fait combien de mois ?"])
def test_a_unit_asked_after_an_answer_without_a_figure_is_said_not_given(faq: Faq, text: str) -> None:
    # Forty-ninth blind user test (u49-13): « ok mais en semaines ? » after the answer on the periods in the company got « Très
    # bien. Posez-moi votre question… »; the FAQ gives no figure: said honestly, with the contact.
    history = _answered_with_the_vote(faq, "je recois le candidat combien de temps dans ma boite pendant la formation ?", "formation_interne_externe")
    state = tracker(text, intent="nlu_fallback", events=[*history, user_event(text, "nlu_fallback")],
                    **{DECISION_KEY: {"kind": "unclear", "faq_ids": [], "suggestions": [], "confidence": 0.1, "intent": "nlu_fallback"}})
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said) == [{"text": messages.NOTHING_MORE_IN_THE_FAQ}, messages.CONTACT_POINTER]


def test_a_unit_the_answer_gives_is_no_missing_figure(faq: Faq) -> None:
    entry = next(i for i in faq.ids if re.search(r"\d+\s*h\b|\d+\s*heures", faq.get(i).answer))  # type: ignore[union-attr]
    history = _answered_with_the_vote(faq, "question", entry)
    state = tracker("ok mais en heures ?", intent="nlu_fallback", events=[*history, user_event("ok mais en heures ?", "nlu_fallback")],
                    **{DECISION_KEY: {"kind": "unclear", "faq_ids": [], "suggestions": [], "confidence": 0.1, "intent": "nlu_fallback"}})
    _, said = run(ActionAnswerFaq(), state)
    assert {"text": messages.NOTHING_MORE_IN_THE_FAQ} not in sent(said)


@pytest.mark.parametrize("text", ["non mais concretement je touche combien ?", "donc pas d'argent pour moi c ca ?"])
def test_money_asked_again_after_the_answer_that_it_is_no_aid_is_not_that_answer_word_for_word(faq: Faq, text: str) -> None:
    # Forty-ninth blind user test (u49-05): right after « … n'est pas une aide financière à l'embauche … », the money asked again.
    history = _answered_with_the_vote(faq, "est ce que je touche une aide financiere si j'embauche", "difference_contrat_pec")
    state = tracker(text, intent="out_of_scope", events=[*history, user_event(text, "out_of_scope")],
                    **{DECISION_KEY: {"kind": "out_of_scope", "faq_ids": [], "suggestions": [], "confidence": 0.6, "intent": "out_of_scope"}})
    _, said = run(ActionAnswerFaq(), state)
    assert sent(said)[0] == {"text": messages.NO_FINANCIAL_AID} and answer_message(faq, "difference_contrat_pec") not in sent(said)


# ---------------------------------------------------------------- fifty-second blind user test


@pytest.mark.parametrize("text", [
    "ah mince non je me suis trompe, je voulais l'envoyer en fait", "le maire est d'accord en fait ! on reprend et on envoie",
    "je voulais pas annuler", "oups, on l'envoie finalement", "non non je veux l'envoyer", "en fait envoyez-la",
])
@pytest.mark.parametrize("kind", ["unclear", "suggest"])
def test_changing_ones_mind_after_cancelling_the_request_resumes_it(text: str, kind: str) -> None:
    """u52-04, u52-12: « ah mince non je me suis trompe, je voulais l'envoyer en fait », « le maire est d'accord en fait ! on
    reprend et on envoie » right after « C'est annulé » got the FAQ's suggestions (fifty-second blind user test): the request
    taken up again, as « reprendre » does (its recap shown, nothing sent without its confirmation)."""
    from bot.submission.form_slots import KEPT_SLOT

    kept = {KEPT_SLOT: {"company_name": "Garage Morin", "siret": None, "employer_type": "prive"}}
    events, said = run(ActionAnswerFaq(), _typed(text, kind, slots=kept))
    assert said == [] and followups(events) == ["action_start_submission"], sent(said)
    events, _ = run(ActionAnswerFaq(), _typed(text, kind))
    assert followups(events) != ["action_start_submission"]  # nothing kept: nothing to resume


@pytest.mark.parametrize("text", ["quand est-ce qu'on envoie les papiers ?", "on envoie ça à qui ?", "je voulais savoir comment l'envoyer"])
def test_a_question_about_sending_after_a_cancel_is_no_resumption(text: str) -> None:
    """(Near misses of the fifty-second blind user test's wish to send after a cancel.)"""
    from bot.submission.form_slots import KEPT_SLOT

    events, _ = run(ActionAnswerFaq(), _typed(text, "unclear", slots={KEPT_SLOT: {"company_name": "Garage Morin"}}))
    assert followups(events) != ["action_start_submission"]


@pytest.mark.parametrize("text", ["rien n'est parti hein ?", "rien n'a été envoyé ?", "c'est pas parti hein ?", "rien n'est transmis du coup ?"])
def test_nothing_was_sent_asked_after_a_cancel_is_answered(text: str) -> None:
    """u52-12: « rien n'est parti hein ? » right after « C'est annulé » got « Très bien. Posez-moi votre question » (read as « non »:
    fifty-second blind user test): nothing was sent, and how to resume, whatever the classifier read."""
    from actions.offer_actions import ActionAnswerOffer

    _, said = run(ActionAnswerFaq(), _typed(text, "unclear", slots=_LEFT_REQUEST))
    assert sent(said) == [messages.NOTHING_SENT_KEPT], sent(said)
    _, said = run(ActionAnswerOffer(), tracker(text, intent="deny", slots=_LEFT_REQUEST))
    assert sent(said) == [messages.NOTHING_SENT_KEPT], sent(said)


@pytest.mark.parametrize(("text", "kind"), [
    # fifty-third blind user test (u53-03): the FAQ « A qui adresser l'intention d'embauche » and « Voulez-vous préparer votre
    # demande maintenant ? », while the same at the recap keeps the recap
    ("je dois d'abord valider avec ma directrice avant d'envoyer quoi que ce soit", "answer"),
    ("il faut que mon chef valide avant", "suggest"),
    ("je vais faire valider par le gerant et je reviens", "unclear"),
])
def test_an_approval_still_to_get_after_the_verdict_says_the_answers_are_kept(text: str, kind: str) -> None:
    state = _typed(text, kind, faq_ids=["adresser_intention_embauche"] if kind == "answer" else None,
                   suggestions=["delai_mise_en_place", "adresser_intention_embauche", "proposition_poste_ferme"], slots=_REGISTRATION_TO_CHECK)
    events, said = run(ActionAnswerFaq(), state)
    assert sent(said) == [{"text": messages.APPROVAL_AWAITED}]
    assert not {k for k, v in slot_events(events).items() if v != _REGISTRATION_TO_CHECK.get(k)}


@pytest.mark.parametrize("text", ["attendez je reviens", "un instant, j'ai un client", "attendez je reviens, le telephone sonne"])
@pytest.mark.parametrize("kind", ["unclear", "suggest"])
def test_a_pause_outside_a_form_is_waited_for(text: str, kind: str) -> None:
    # fifty-third blind user test (u53-02): « attendez je reviens » after the verdict got « Je ne suis pas certain d'avoir bien
    # compris votre question », while the form says « Je vous attends »
    events, said = run(ActionAnswerFaq(), _typed(text, kind, suggestions=["delai_mise_en_place", "adresser_intention_embauche"],
                                                 slots=_REGISTRATION_TO_CHECK))
    assert sent(said) == [{"text": messages.WAITING_OUTSIDE_A_FORM}]
    assert not {k for k, v in slot_events(events).items() if v != _REGISTRATION_TO_CHECK.get(k)}


@pytest.mark.parametrize("text", ["je dois y aller, on reprendra demain", "a demain", "je vous recontacte la semaine prochaine"])
def test_leaving_until_later_outside_a_form_is_no_pause(text: str) -> None:
    # (near misses: leaving until later is not « Je vous attends »)
    _, said = run(ActionAnswerFaq(), _typed(text, "unclear", slots=_REGISTRATION_TO_CHECK))
    assert {"text": messages.WAITING_OUTSIDE_A_FORM} not in sent(said)
