"""The actions of the hiring-intent request, run with a CollectingDispatcher and Tracker.from_dict.

The store is a throw-away SQLite database; no server runs.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from action_testing import domain, followups, run, sent, slot_events, tracker, user_event
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from samples import ELIGIBLE_SLOTS, completed_submission_slots

import actions.submission_actions as submission_actions
from actions.eligibility_actions import ValidateEligibilityForm
from actions.submission_actions import (
    FRESH,
    ActionAskSubmissionConfirmed,
    ActionCorrectField,
    ActionStartSubmission,
    ActionSubmissionRecap,
    ActionSubmitHiringIntent,
    ValidateHiringIntentForm,
)
from bot.dialogue import messages
from bot.eligibility.dialogue import MEMORY_SLOT
from bot.faq.entries import Faq
from bot.faq.replies import OFFER_SENT, OFFER_SLOT
from bot.submission.dialogue import (
    CANCELLED_KEPT,
    previous_request,
    previous_request_updates,
    recap_question,
    recap_slots,
    submission_record,
)
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    CONFIRM_SLOT,
    CONSENT_REFUSED,
    CONSENT_SLOT,
    CONTACT_ASIDE_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    KEPT_SLOT,
    PREVIOUS_REQUEST_SLOT,
    RECAP_ALTERNANCE,
    RECAP_CANCEL_PENDING,
    RECAP_DURATION,
    RECAP_STATE_SLOT,
    REFERENCE_SLOT,
)
from bot.submission.questions import question
from bot.submission.store import SubmissionStore


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SubmissionStore:
    throwaway = SubmissionStore(f"sqlite:///{tmp_path / 'submissions.db'}")
    monkeypatch.setattr(submission_actions, "store", lambda: throwaway)
    return throwaway


# ---------------------------------------------------------------- asking


@pytest.mark.parametrize("slot", list(FIELD_VALIDATORS))
def test_each_field_has_its_ask_action(slot: str) -> None:
    action = getattr(submission_actions, f"ActionAsk_{slot}")()
    assert action.name() == f"action_ask_{slot}"
    events, said = run(action, tracker("", slots=ELIGIBLE_SLOTS))
    assert events == [] and sent(said) == [question(slot)]
    _, said = run(action, tracker("annuler", slots={**ELIGIBLE_SLOTS, RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}))
    assert said == []  # « Voulez-vous vraiment annuler ? » stands alone


def test_the_recap_is_asked_as_the_last_question() -> None:
    slots = completed_submission_slots()
    assert ActionAskSubmissionConfirmed().name() == "action_ask_submission_confirmed"
    events, said = run(ActionAskSubmissionConfirmed(), tracker("", slots=slots))
    assert events == [] and sent(said) == [recap_question(slots)]
    _, said = run(ActionAskSubmissionConfirmed(), tracker("", slots={**slots, RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}))
    assert said == []


def _after_the_recap(recap_text: str, typed: str, slots: dict[str, Any]) -> Tracker:
    """The recap said, then ``typed`` and the FAQ's answer to it: the form asks the recap again."""
    events = [
        {"event": "bot", "text": recap_text},
        {"event": "action", "name": "action_listen"},
        user_event(typed, "faq"),
        {"event": "bot", "text": "(réponse de la FAQ)"},
    ]
    return tracker(typed, intent="faq", slots=slots, events=events)


@pytest.mark.parametrize("typed", ["et la formation dure combien de temps ?", "c'est payant pour nous ?"])
def test_the_recap_asked_again_unchanged_is_a_short_reminder(typed: str) -> None:
    """After a question answered at the recap, the whole recap and its buttons came back (twenty-ninth blind user test)."""
    slots = completed_submission_slots()
    shown = recap_question(slots)
    assert shown is not None
    _, said = run(ActionAskSubmissionConfirmed(), _after_the_recap(shown["text"], typed, slots))
    assert sent(said) == [{"text": messages.RECAP_REMINDER, "buttons": [messages.CONFIRM_BUTTON, messages.SHOW_RECAP_BUTTON]}]


def test_a_second_question_at_the_recap_gets_the_reminder_again_and_a_change_the_whole_recap() -> None:
    slots = completed_submission_slots()
    shown = recap_question(slots)
    assert shown is not None
    reminder = {"text": messages.RECAP_REMINDER, "buttons": [messages.CONFIRM_BUTTON, messages.SHOW_RECAP_BUTTON]}
    events = [
        {"event": "bot", "text": shown["text"]},
        user_event("et la formation dure combien ?", "faq"),
        {"event": "bot", "text": "(réponse de la FAQ)"},
        {"event": "bot", "text": messages.RECAP_REMINDER},
        user_event("et c'est payant ?", "faq"),
        {"event": "bot", "text": "(réponse de la FAQ)"},
    ]
    _, said = run(ActionAskSubmissionConfirmed(), tracker("et c'est payant ?", intent="faq", slots=slots, events=events))
    assert sent(said) == [reminder]
    changed = {**slots, "positions": 4.0}
    _, said = run(ActionAskSubmissionConfirmed(), tracker("4 postes finalement", slots=changed, events=events))
    assert sent(said) == [recap_question(changed)]


@pytest.mark.parametrize("typed", ["revoir le récapitulatif", "vous pouvez me remontrer le récap ?", "je voudrais revoir le résumé"])
def test_the_recap_asked_to_be_seen_again_or_changed_is_shown_whole(typed: str) -> None:
    slots = completed_submission_slots()
    shown = recap_question(slots)
    assert shown is not None
    _, said = run(ActionAskSubmissionConfirmed(), _after_the_recap(shown["text"], typed, slots))
    assert sent(said) == [shown]
    changed = {**slots, "positions": 4.0}  # a field corrected: the new recap
    _, said = run(ActionAskSubmissionConfirmed(), _after_the_recap(shown["text"], "on passe à 4 postes", changed))
    assert sent(said) == [recap_question(changed)]


# ---------------------------------------------------------------- starting


def test_a_second_request_checks_its_project_first() -> None:
    """« nouvelle demande » went straight to the request with the first one's contract (tenth blind user test)."""
    slots = {**completed_submission_slots(), REFERENCE_SLOT: "1E1F-2026-000003"}
    events, said = run(ActionStartSubmission(), tracker("nouvelle demande", intent="start_submission", slots=slots))
    assert [m["text"] for m in said] == [messages.NEW_REQUEST_CHECK_FIRST.format(reference="1E1F-2026-000003")]
    assert followups(events) == ["action_start_eligibility"]


def test_a_second_request_keeps_the_employer_and_the_contact_of_the_one_sent() -> None:
    """They were all asked again, and « la même que tout à l'heure » became the company name (eighth user test);
    the new check in between forgot them (tenth blind user test)."""
    sent = {**completed_submission_slots(), "siret": None, "missing_fields": ["siret"]}
    previous = previous_request(sent)
    assert "job_title" not in previous and "contract_type" not in previous
    slots = {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous}
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    reused = messages.PREVIOUS_REQUEST_REUSED.format(company="Menuiserie Durand", contact="Marie Dupont")
    # The questions left are counted (« une douzaine » was said when 3 or 4 were left: fourteenth blind user test); the consent
    # given for the request sent covers this one, said in one sentence (the whole notice came again: fortieth blind user test).
    assert [m["text"] for m in said] == [messages.SUBMISSION_INTRO.format(questions="7 questions"),
                                         f"{reused} {messages.CONSENT_COVERS_THE_NEXT_REQUEST}"]
    set_ = slot_events(events)
    assert set_["consent_at"] == sent["consent_at"]
    assert (set_["company_name"], set_["employer_type"], set_["contact_email"]) == ("Menuiserie Durand", "prive", "marie.dupont@example.fr")
    # The SIRET is the establishment's: asked again (a request for Saumur was sent with the SIRET of Angers: twelfth user test).
    assert set_["siret"] is None and not set_.get("missing_fields") and set_[REFERENCE_SLOT] is None and set_["job_title"] is None


def test_a_second_request_takes_the_answers_of_the_one_sent_only_when_said_so() -> None:
    """« idem » at the training needs of a second request was stored as the needs (thirty-first blind user test): the needs
    and the job of the request sent are kept, not reused unasked, and taken for « idem », « pareil »."""
    from bot.submission.dialogue import field_turn

    sent = completed_submission_slots()
    previous = previous_request(sent)
    slots = {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous}
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    assert slot_events(events)["training_needs"] is None and slot_events(events)["job_title"] is None
    read = field_turn("idem", "training_needs", slots, "inform")
    assert read.updates["training_needs"] == sent["training_needs"] and read.messages, read
    assert field_turn("pareil", "job_title", slots, "inform").updates["job_title"] == sent["job_title"]


@pytest.mark.parametrize(
    ("said", "kept", "reply"),
    [
        # Sixteenth blind user test: the employer and the contact of the request sent were taken back for a subsidiary
        # with another SIRET and another contact named.
        ("on a aussi une filiale, Logistique Anjou, qui cherche 1 préparateur de commandes en CDI à Beaucouzé, autre SIRET, "
         "le contact serait Julie Marchand", {"company_name": None, "employer_type": None, "contact_name": "Julie Marchand", "contact_email": None},
         messages.PREVIOUS_NOTHING_REUSED.format(contact="Julie Marchand")),
        ("pour une autre entreprise du groupe, 1 soudeur en CDI", {"company_name": None, "contact_name": "Marie Dupont",
         "contact_email": "marie.dupont@example.fr"}, messages.PREVIOUS_CONTACT_REUSED.format(contact="Marie Dupont")),
        ("et pour un 2e poste de cariste, le contact sera Paul Roux", {"company_name": "Menuiserie Durand", "contact_name": "Paul Roux",
         "contact_email": None}, messages.PREVIOUS_EMPLOYER_REUSED.format(company="Menuiserie Durand", contact="Paul Roux")),
    ],
)
def test_a_second_request_for_another_employer_or_contact_takes_back_only_the_rest(said: str, kept: dict[str, Any], reply: str) -> None:
    slots = {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous_request(completed_submission_slots()), MEMORY_SLOT: {"said": said}}
    events, texts = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    assert texts[-1]["text"] == reply
    set_ = slot_events(events)
    assert {k: set_.get(k) for k in kept} == kept


def test_start_before_the_check_sends_to_the_check() -> None:
    assert ActionStartSubmission().name() == "action_start_submission"
    events, said = run(ActionStartSubmission(), tracker("/start_submission", intent="start_submission"))
    assert [m["text"] for m in said] == [messages.NOT_ELIGIBLE_YET]
    assert slot_events(events) == {OFFER_SLOT: None} and followups(events) == ["action_start_eligibility"]


def test_start_once_eligible_clears_the_fields_and_fills_what_was_said() -> None:
    memory = {"commune": "Cholet", "department": "49", "postal_code": "49300", "job_title": "soudeur"}
    slots = {**ELIGIBLE_SLOTS, MEMORY_SLOT: memory, "company_name": "Ancienne"}
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    # (what was said before, said back: the request asked the SIRET first, the company's name taken silently: talking to make run)
    # (11 questions: the consent was counted twice, 12 announced: thirty-first blind user test)
    assert [m["text"] for m in said] == [messages.SUBMISSION_INTRO.format(questions="11 questions"), messages.REQUEST_FIELDS_TAKEN.format(
        facts="Lieu de travail : Cholet (49300) ; Poste : soudeur")]
    set_ = slot_events(events)
    assert [e["name"] for e in events] == [*FRESH, OFFER_SLOT]
    assert set_["company_name"] is None and set_["work_location"]["commune"] == "Cholet" and set_["job_title"]
    assert followups(events) == []


@pytest.mark.parametrize(
    ("answers", "prefilled", "not_prefilled"),
    [
        # (twenty-second blind user test: each was asked again by the request)
        ([("contract_type", "cdi temps partiel 25h"), ("department", "49"), ("candidate_status", "pas encore")], {"weekly_hours": 25.0}, ()),
        ([("contract_type", "3 conducteurs de ligne en CDI"), ("department", "49")], {"job_title": "conducteurs de ligne", "positions": 3}, ()),
        # a range of hours, as the hours question reads it: its low end (it was 30 h, its one figure with « h »)
        ([("contract_type", "cdi, elle fera entre 28 et 30h selon le planning"), ("department", "49")], {"weekly_hours": 28.0}, ()),
        ([("contract_type", "CDI de 28 a 30h"), ("department", "49")], {"weekly_hours": 28.0}, ()),
        ([("contract_type", "CDI 35h hebdo"), ("department", "49")], {"weekly_hours": 35.0}, ()),
        # a count said with the contract, no job named, kept as the hours are (« un CDI, 2 postes à 35h » kept the 35 h only, « 3
        # CDD de 8 mois » nothing: the positions were asked again, session of 2026-12-02); not an article, the staff, a length
        ([("contract_type", "un CDI, 2 postes à 35h"), ("department", "49")], {"weekly_hours": 35.0, "positions": 2}, ()),
        ([("contract_type", "3 CDD de 8 mois"), ("department", "49")], {"positions": 3}, ()),
        ([("contract_type", "deux CDI a temps plein"), ("department", "49")], {"positions": 2, "weekly_hours": 35.0}, ()),
        ([("contract_type", "CDI"), ("department", "Cholet, 2 postes")], {"positions": 2}, ()),
        ([("contract_type", "un CDI, 35h"), ("department", "49")], {"weekly_hours": 35.0}, ("positions",)),
        ([("contract_type", "CDI, on est 12 salariés"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "un CDD de 8 mois, 35h"), ("department", "49")], {"weekly_hours": 35.0}, ("positions",)),
        ([("contract_type", "CDI, il a fait 2 CDD chez nous"), ("department", "49")], {}, ("positions",)),
        # … only the posts to fill now: not past or existing staff, alternatives, a sum (each was recorded, the positions question
        # skipped: review of the session's changes)
        ([("contract_type", "cdi, on a eu 2 cdd avant"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, apres 2 CDD chez nous"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, après 2 CDD chez nous"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, suite a 2 cdd"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, suite à 2 cdd"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, on est 2 cdi dans l'equipe"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, on a deja 3 cdi"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, on a déjà 3 CDI"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, remplacement de 2 cdi partis"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, on a fait 2 embauches l'an dernier"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, 2 ou 3 postes"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, 2 a 3 postes"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "CDI, 2 à 3 postes"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, 1 ou 2 postes"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "cdi, deux ou trois postes"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "2 cdi a 35h et 1 a 20h"), ("department", "49")], {}, ("positions",)),
        ([("contract_type", "2 cdi à 35h et 1 à 28h"), ("department", "49")], {}, ("positions",)),
        # (near misses: the posts to fill)
        ([("contract_type", "CDI 2 postes"), ("department", "49")], {"positions": 2}, ()),
        ([("contract_type", "cdi, on recrute 2 postes"), ("department", "49")], {"positions": 2}, ()),
        ([("contract_type", "cdi, il nous faut 3 postes a 35h"), ("department", "49")], {"positions": 3, "weekly_hours": 35.0}, ()),
        ([("contract_type", "CDI, 2 postes a pourvoir"), ("department", "49")], {"positions": 2}, ()),
        ([("contract_type", "nous recrutons 2 CDI a 35h"), ("department", "49")], {"positions": 2, "weekly_hours": 35.0}, ()),
        ([("contract_type", "cdi 2 postes 28/30h"), ("department", "49")], {"positions": 2, "weekly_hours": 28.0}, ()),
        ([("contract_type", "CDI, 2 postes, debut le 15 mars"), ("department", "49")], {"positions": 2}, ()),
        ([("contract_type", "c'est une asso"), ("contract_type", "CDI"), ("department", "49")], {"employer_type": "association"}, ()),
        ([("contract_type", "CDI"), ("department", "49"), ("candidate_status", "Il lui faudrait une formation Java."),
          ("candidate_status", "un demandeur d'emploi")], {"training_needs": "Java"}, ()),
        # about the candidate: no start, no hours (« …finit son BTS en juin » was the start: twenty-second blind user test)
        ([("contract_type", "CDI"), ("department", "49"), ("candidate_status", "une etudiante qui finit son BTS en juin, inscrite a France Travail")],
         {}, ("start_date", "weekly_hours")),
        ([("contract_type", "CDI"), ("department", "49"), ("candidate_status", "un de mes salariés, il fait 10h par semaine, on est une asso")],
         {"employer_type": "association"}, ("weekly_hours",)),
        ([("contract_type", "CDI"), ("department", "49"), ("candidate_status", "il lui faudrait une formation courte")], {}, ("training_needs",)),
        ([("contract_type", "un CDD de 8 mois"), ("department", "49")], {}, ("start_date", "job_title", "positions")),
        ([("contract_type", "c'est possible pour une asso ?"), ("contract_type", "CDI"), ("department", "49")], {}, ("employer_type",)),
        # the job said with « besoin de » without an article, « former des », « pour des … » in a question (« caristes » was asked
        # again: twenty-fourth blind user test, u24-07); not the candidate, nor what is no job
        ([("contract_type", "on a besoin de caristes"), ("contract_type", "CDI interimaire"), ("department", "44")], {"job_title": "caristes"}, ()),
        ([("contract_type", "besoin de caristes en interim cdi"), ("department", "44")], {"job_title": "caristes"}, ()),
        ([("contract_type", "bjr on voudrait former des caristes pour un client, ca marche en CDI interimaire ?"), ("department", "44")],
         {"job_title": "caristes"}, ()),
        ([("contract_type", "on est une agence d'interim, est ce que le dispositif marche pour des caristes en CDI interimaire ?"),
          ("department", "44")], {"job_title": "caristes"}, ()),
        ([("contract_type", "bonjour, agence d'interim a Nantes, on a besoin de caristes pour un client, c'est possible en CDI interimaire ?")],
         {"job_title": "caristes"}, ()),
        ([("contract_type", "cdi, c'est possible pour les chomeurs de longue duree ?"), ("department", "44")], {}, ("job_title",)),
        ([("contract_type", "on a besoin de papiers pour un cdi ?"), ("department", "44")], {}, ("job_title",)),
        ([("contract_type", "on a besoin d'aide pour recruter en cdi"), ("department", "44")], {}, ("job_title",)),
        # two jobs or a choice said in the check: none prefilled, the job asked (« caristes » was kept, the other dropped:
        # review of user test 24)
        ([("contract_type", "bonjour, on a besoin de caristes et de magasiniers en CDI"), ("department", "44")], {}, ("job_title",)),
        ([("contract_type", "on a besoin de caristes ou de préparateurs en CDI"), ("department", "44")], {}, ("job_title",)),
        ([("contract_type", "on voudrait former des caristes et des soudeurs en cdi"), ("department", "44")], {}, ("job_title",)),
        # a count corrected at another question wins over the one said before (« non en fait une seule vendeuse » after « 2
        # vendeuses »: the request took 2 posts, talking to make run on 2026-12-03)
        ([("contract_type", "3 conducteurs de ligne en CDI"), ("department", "49"), ("candidate_status", "finalement ce sera 2 postes"),
          ("candidate_status", "pas encore")], {"positions": 2}, ()),
        # with another answer corrected (« ah non finalement une seule et en cdi plutot »: the request took 2 posts, talking to
        # make run on 2026-12-03)
        ([("contract_type", "2 vendeuses en CDD de 8 mois"), ("department", "49"), ("candidate_status", "ah non finalement une seule et en cdi plutot"),
          ("candidate_status", "pas encore")], {"positions": 1, "job_title": "vendeuses"}, ()),
    ],
)
def test_what_the_check_s_answers_say_is_not_asked_again(answers: list[tuple[str, str]], prefilled: dict[str, Any], not_prefilled: tuple[str, ...]) -> None:
    slots: dict[str, Any] = {}
    for requested, text in answers:
        events, _ = run(ValidateEligibilityForm(), tracker(text, slots={**slots, "requested_slot": requested}, active_loop="eligibility_form"))
        slots.update({k: v for k, v in slot_events(events).items() if k != "requested_slot"})
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: slots.get(MEMORY_SLOT)}))
    set_ = slot_events(events)
    assert {k: set_.get(k) for k in prefilled} == prefilled
    assert all(set_.get(k) is None for k in not_prefilled)


def test_a_count_corrected_in_the_check_is_the_request_s() -> None:
    """« on veut recruter 2 vendeuses en CDI à Nantes », then « non en fait une seule vendeuse » at the candidate question: the
    request took 2 posts (talking to make run on 2026-12-03)."""
    from bot.eligibility.dialogue import opening_updates

    slots: dict[str, Any] = opening_updates("on veut recruter 2 vendeuses en CDI à Nantes")
    for requested, text in [("candidate_status", "non en fait une seule vendeuse"), ("candidate_status", "pas encore")]:
        events, said = run(ValidateEligibilityForm(), tracker(text, slots={**slots, "requested_slot": requested}, active_loop="eligibility_form"))
        slots.update({k: v for k, v in slot_events(events).items() if k != "requested_slot"})
    assert slots["candidate_status"] == "a_identifier"
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: slots.get(MEMORY_SLOT)}))
    assert slot_events(events)["positions"] == 1


@pytest.mark.parametrize(("said", "needs"), [
    # the training needs stated in the project's message, only the clause that states them (each was asked again by the
    # request: twenty-seventh blind user test)
    ("Salut, entrepot logistique a Carquefou, on embauche 3 preparateurs de commandes en CDI, faut le caces 1 et 5", "caces 1 et 5"),
    ("Je souhaite recruter 2 employés de rayon boucherie en CDI à 35h, candidats pas encore trouvés. Il faudrait une formation de boucher. "
     "Société SAS Cholet", "formation de boucher"),
    ("Commune de Sablé-sur-Sarthe, employeur public, 1 poste, 28 heures hebdomadaires, besoin de formation HACCP et hygiène en "
     "restauration collective.", "HACCP et hygiène en restauration collective"),
    ("garage auto a Mayenne, on veut un mecano en CDI 39h pour mars, candidat pas encore trouvé, formation diag electronique. "
     "on peut faire la demande direct ?", "diag electronique"),
    ("c pour un poste de vendeuse fleuriste, elle sait pas faire les compositions de mariage faudrait une formation la dessus",
     "les compositions de mariage"),
    ("cdi a nantes, il faudrait le permis CE", "permis CE"),
    ("cdi a nantes, faudrait une formation d'électricien", "formation d'électricien"),
    ("cdi a nantes, on a besoin d'une formation en soudure TIG", "soudure TIG"),
    # (counter-cases: a contract, a length, a question, a training done, a training said without its content)
    ("cdi a nantes, formation en alternance", None),
    ("cdi a nantes, formation de 3 mois", None),
    ("cdi a nantes, la formation dure combien ?", None),
    ("cdi a nantes, elle a fait une formation de coiffure", None),
    ("cdi a nantes, il faudrait une formation courte", None),
    ("cdi a nantes, faudrait une formation la dessus", None),
    ("cdi a nantes, pas besoin de formation", None),
    ("cdi a nantes, formation pour le candidat", None),
])
def test_training_needs_said_in_the_project_are_not_asked_again(said: str, needs: str | None) -> None:
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": said}}))
    assert slot_events(events).get("training_needs") == needs


@pytest.mark.parametrize(("said", "prefilled"), [
    # a range of hours after the count in the first message is no job (« cdi 2 postes entre 28 et 30h » prefilled the job
    # « entre 28 », and the job question was skipped: review of the session's changes)
    ("cdi 2 postes entre 28 et 30h", {"positions": 2, "weekly_hours": 28.0}),
    ("CDI 3 postes entre 28 et 35h a Angers", {"positions": 3, "weekly_hours": 28.0}),
    ("je recrute 2 postes entre 28 et 30h en cdi", {"positions": 2, "weekly_hours": 28.0}),
    ("cdi 2 postes vers 35h", {"positions": 2, "weekly_hours": 35.0}),
    # … near misses: a job named, without the range
    ("cdi 2 postes de cariste entre 28 et 30h", {"positions": 2, "weekly_hours": 28.0, "job_title": "cariste"}),
    ("je recrute 2 caristes entre 28 et 30h en cdi", {"positions": 2, "weekly_hours": 28.0, "job_title": "caristes"}),
])
def test_a_range_of_hours_in_the_first_message_is_no_job(said: str, prefilled: dict[str, Any]) -> None:
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": said}}))
    set_ = slot_events(events)
    assert {k: set_.get(k) for k in ("positions", "weekly_hours", "job_title") if set_.get(k) is not None} == prefilled


@pytest.mark.parametrize(("said", "company"), [
    # the employer named after a role or as what « le restaurant » is (each was asked again: blind user tests 39 and 40, u39-02
    # and u40-08)
    ("Bonjour, je suis responsable RH chez Mécaplast Industries, une PME de 200 salariés spécialisée dans l'injection plastique à "
     "Cholet. Nous souhaitons recruter trois opérateurs régleurs en contrat de professionnalisation de 12 mois.", "Mécaplast Industries"),
    ("ok on prépare. Le restaurant c'est La Table du Marché, SIRET 552 100 554 00013, je m'appelle Julien Petit", "La Table du Marché"),
    ("je travaille chez Garage Martin Automobiles, on cherche un mécanicien en CDI", "Garage Martin Automobiles"),
    ("l'entreprise s'appelle Transports Le Goff, on cherche un chauffeur en CDI", "Transports Le Goff"),
    # (counter-cases: a candidate's employer, France Travail, a single word, no capitals)
    ("il a travaillé chez Leroy Merlin, on veut l'embaucher en CDI", None),
    ("je suis inscrite chez France Travail, cdi à Nantes", None),
    ("je suis gérant chez Adecco, cdi à Nantes", None),
    ("le restaurant c'est une brasserie, cdi à Nantes", None),
])
def test_the_company_named_in_the_project_is_not_asked_again(said: str, company: str | None) -> None:
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": said}}))
    assert slot_events(events).get("company_name") == company


@pytest.mark.parametrize(("said", "job"), [
    # (blind user tests 39 and 40: u39-04, u40-07)
    ("Bonjour. Entreprise de maçonnerie à Laval, 15 salariés. J'ai un intérimaire qui bosse chez nous depuis 3 mois via Adecco, je "
     "voudrais l'embaucher en CDI comme coffreur bancheur et lui payer une formation. Possible ?", "coffreur bancheur"),
    ("bon on fait le test d'éligibilité : CDI intérimaire, soudeur, pour un client à Sablé-sur-Sarthe, 35h", "soudeur"),
    # a civil-service status is no part of the job (forty-second blind user test, u42-01: « Poste : agent contractuel »)
    ("je suis la secretaire de mairie de St Philbert de Grand Lieu, on voudrait recruter un agent contractuel pour les espaces verts, "
     "est ce que les collectivites peuvent beneficier du dispositif ?", "agent pour les espaces verts"),
    ("la mairie voudrait embaucher un agent contractuel d'entretien des espaces verts en CDD de 1 an", "agent d'entretien des espaces verts"),
    ("on recrute une contractuelle pour la cantine en CDD de 9 mois a Laval", "agent pour la cantine"),
    # the job after the candidate (« un ressortissant ukrainien comme maçon », « maçon » read as Mâcon) was asked again, or the
    # candidate kept as the job (forty-third blind user test, u43-08)
    ("Bonjour, je voudrais embaucher en CDD 6 mois un ressortissant ukrainien comme maçon sur un chantier a La Roche sur Yon", "maçon"),
    ("on voudrait embaucher une personne au chomage comme soudeur en CDI a Cholet", "soudeur"),
    ("on recrute en CDI a Angers un jeune demandeur d'emploi comme plombier", "plombier"),
])
def test_the_job_of_the_opening_message_is_not_asked_again(said: str, job: str) -> None:
    from bot.eligibility.dialogue import opening_updates

    memory = opening_updates(said).get(MEMORY_SLOT)
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    assert slot_events(events).get("job_title") == job


@pytest.mark.xfail(strict=True, reason="routing: « ok verifions, ce serait un CDD … pour un … » has no hiring verb, is no project for "
                   "extract_hiring_project and got the FAQ on contracts; the check then asked the contract and the request the job")
def test_a_project_said_with_ce_serait_keeps_its_contract_and_job() -> None:
    """Forty-third blind user test, u43-06: the contract (CDD d'un an) and the job were both asked again."""
    from bot.eligibility.dialogue import opening_updates

    updates = opening_updates("ok verifions, ce serait un CDD d'un an pour un agent des espaces verts")
    assert updates.get("contract_type") == "cdd" and (updates.get(MEMORY_SLOT) or {}).get("job_title") == "agent des espaces verts"


@pytest.mark.parametrize(("said", "positions"), [
    # one job said with « une », and the message about one hire (« la candidate »): one post (u40-04, fortieth blind user test)
    ("Bon. Vérifions l'éligibilité : nous voudrions embaucher une auxiliaire de vie en CDI à 26h, à Laval. La candidate est une "
     "ressortissante ivoirienne avec un titre de séjour, inscrite à France Travail.", 1),
    ("on embauche un soudeur en CDI à Cholet, une seule personne", 1),
    ("on embauche un soudeur en CDI à Cholet, le candidat est inscrit à France Travail", 1),
    # (« un soudeur » alone says no count)
    ("on embauche un soudeur en CDI à Cholet", None),
    ("on embauche un soudeur en CDI à Cholet, les candidats sont à trouver", None),
])
def test_one_job_said_with_une_for_one_person_is_one_post(said: str, positions: int | None) -> None:
    from bot.eligibility.dialogue import opening_updates

    memory = opening_updates(said).get(MEMORY_SLOT)
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    assert slot_events(events).get("positions") == positions


def test_the_company_said_when_taking_up_the_offer_is_not_asked_again() -> None:
    """« ok on prépare. Le restaurant c'est La Table du Marché, SIRET …, je m'appelle Julien Petit » at the offer: the SIRET and the
    contact were taken, the company asked again (fortieth blind user test, u40-08)."""
    from bot.eligibility.dialogue import said_with_a_yes

    text = "ok on prépare. Le restaurant c'est La Table du Marché, SIRET 552 100 554 00013, je m'appelle Julien Petit"
    slots = {**ELIGIBLE_SLOTS, MEMORY_SLOT: {"commune": "Cholet", "department": "49", "postal_code": "49300", "said": "commis de cuisine"}}
    memory = said_with_a_yes(text, slots).updates.get(MEMORY_SLOT) or slots[MEMORY_SLOT]
    events, _ = run(ActionStartSubmission(), tracker(text, intent="affirm", slots={**slots, MEMORY_SLOT: memory}))
    set_ = slot_events(events)
    assert (set_.get("company_name"), set_.get("siret"), set_.get("contact_name")) == ("La Table du Marché", "55210055400013", "Julien Petit")


@pytest.mark.parametrize("answer", ["bon disons de mai à fin septembre", "de mai à mi-septembre", "de mai jusqu'à fin septembre"])
def test_the_start_of_a_season_said_at_the_length_is_not_asked_again(answer: str) -> None:
    """u39-03 (thirty-ninth blind user test): « bon disons de mai à fin septembre » at the contract's length of a seasonal CDD:
    the start (May) was asked again."""
    from bot.submission.dialogue import said_in_the_project

    expected = said_in_the_project("de mai à septembre", dt.date.today())["start_date"]
    memory = {"said": "on cherche un saisonnier pour la récolte", "answers": [{"asked": "contract_duration", "text": answer}]}
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    assert slot_events(events).get("start_date") == expected


def test_a_start_said_later_wins_over_the_one_of_the_opening_message() -> None:
    # « …à la rentrée de janvier » in the opening message, then « …, prise de poste le 2 mars 2027, … » taking up the offer of
    # the request: the recap said the 1st of January (twenty-seventh blind user test)
    year = dt.date.today().year + 1
    said = (f"Notre restaurant scolaire doit recruter un agent de restauration en janvier {year}. "
            f"Préparons la demande. Commune de Sablé-sur-Sarthe, 1 poste, prise de poste le 2 mars {year}.")
    events, _ = run(ActionStartSubmission(), tracker("Préparons la demande", intent="inform", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": said}}))
    assert slot_events(events)["start_date"] == f"{year}-03-02"


def _in_words(day: dt.date) -> str:
    return f"{day.day} {messages.MONTH_NAMES[day.month - 1]} {day.year}"


def test_a_start_too_soon_said_before_the_request_gets_the_notice_warning() -> None:
    # « à la rentrée de janvier » said on the 2nd of December: the 1st of January, recorded without the warning « le 5 janvier »
    # got at the date question (twenty-seventh blind user test)
    soon = dt.date.today() + dt.timedelta(days=20)
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={
        **ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": f"on recrute un cariste en CDI, embauche prévue le {_in_words(soon)}"}}))
    assert slot_events(events)["start_date"] == soon.isoformat()
    assert any(m.get("text", "").startswith("Attention : la mise en place d'une formation") for m in sent(said))
    # … not a start far enough
    later = dt.date.today() + dt.timedelta(days=150)
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={
        **ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": f"on recrute un cariste en CDI, embauche prévue le {_in_words(later)}"}}))
    assert slot_events(events)["start_date"] == later.isoformat()
    assert not any(m.get("text", "").startswith("Attention : la mise en place d'une formation") for m in sent(said))


def test_start_resumes_the_kept_request() -> None:
    kept = {**ELIGIBLE_SLOTS, "company_name": "Menuiserie Durand"}
    events, said = run(ActionStartSubmission(), tracker("je veux reprendre ma demande", slots={KEPT_SLOT: kept}))
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED]
    set_ = slot_events(events)
    assert set_["company_name"] == "Menuiserie Durand" and set_[KEPT_SLOT] is None and set_[OFFER_SLOT] is None
    assert followups(events) == []
    # A contract the check left undecided (the same verdict for each option: not asked there) is still to choose: asked first.
    undecided = {**kept, "contract_type": None, "contract_options": ["apprentissage", "contrat_professionnalisation"]}
    events, said = run(ActionStartSubmission(), tracker("je veux reprendre ma demande", slots={KEPT_SLOT: undecided}))
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED, messages.ASK_ALTERNANCE]
    assert slot_events(events)[RECAP_STATE_SLOT] == RECAP_ALTERNANCE and slot_events(events)["contract_type"] is None


def test_resuming_a_request_kept_before_the_verdict_goes_back_to_the_check() -> None:
    events, said = run(ActionStartSubmission(), tracker("reprendre la vérification", slots={KEPT_SLOT: {"contract_type": "cdi"}}))
    assert followups(events) == ["eligibility_form"]
    assert [m["text"] for m in said] == [messages.CHECK_RESUMED]  # not « votre demande »: none was started


# ---------------------------------------------------------------- end of the form, sending


def test_a_refused_consent_keeps_the_answers_and_explains() -> None:
    slots = completed_submission_slots(consent_at=CONSENT_REFUSED)
    assert ActionSubmissionRecap().name() == "action_submission_recap"
    events, said = run(ActionSubmissionRecap(), tracker("non je refuse", slots=slots))
    assert sent(said) == [{"text": f"{messages.CONSENT_REFUSED_TEXT} {messages.RESUME_TEXT}"}, messages.CONTACT_POINTER]
    set_ = slot_events(events)
    assert all(set_[name] is None for name in FRESH)
    assert set_[KEPT_SLOT]["company_name"] == "Menuiserie Durand" and CONSENT_SLOT not in set_[KEPT_SLOT]


def test_the_end_of_the_form_without_eligibility_says_nothing() -> None:
    assert run(ActionSubmissionRecap(), tracker("annuler", slots={})) == ([], [])


def test_the_end_of_the_form_unconfirmed_shows_the_recap() -> None:
    slots = completed_submission_slots()
    events, said = run(ActionSubmissionRecap(), tracker("", slots=slots))
    assert events == [] and sent(said) == [recap_question(slots)]


def test_a_confirmed_recap_is_sent_once(store: SubmissionStore) -> None:
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    events, said = run(ActionSubmissionRecap(), tracker("/affirm", intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert reference and slot_events(events)[OFFER_SLOT] == OFFER_SENT
    assert [m["text"] for m in said] == [messages.SUBMITTED.format(reference=reference)]
    events, said = run(ActionSubmitHiringIntent(), tracker("oui", intent="affirm", slots=slots))
    assert ActionSubmitHiringIntent().name() == "action_submit_hiring_intent"
    assert slot_events(events)[REFERENCE_SLOT] == reference
    assert [m["text"] for m in said] == [messages.ALREADY_SUBMITTED.format(reference=reference)]


def test_a_request_sent_with_the_wish_for_another_says_how_to_start_it(store: SubmissionStore) -> None:
    """u36-06: « Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans. » (thirty-sixth blind user test):
    sent, then how to start the next request."""
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    text = "Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans."
    events, said = run(ActionSubmissionRecap(), tracker(text, intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert [m["text"] for m in said] == [messages.SUBMITTED.format(reference=reference), messages.NEXT_REQUEST_AFTER_SENDING]


def test_nothing_to_send_offers_the_check(store: SubmissionStore) -> None:
    events, said = run(ActionSubmitHiringIntent(), tracker("oui", intent="affirm", slots=ELIGIBLE_SLOTS))
    assert sent(said) == [{"text": messages.NOTHING_TO_SEND, "buttons": [messages.CHECK_BUTTON]}]
    assert slot_events(events) == {OFFER_SLOT: None}


# ---------------------------------------------------------------- correcting


def test_an_old_modify_button_after_sending_sends_nothing_again() -> None:
    slots = {**completed_submission_slots(), REFERENCE_SLOT: "IE-2026-0001"}
    state = tracker('/correct_field{"field": "siret"}', intent="correct_field", entities=[{"entity": "field", "value": "siret"}], slots=slots)
    assert ActionCorrectField().name() == "action_correct_field"
    events, said = run(ActionCorrectField(), state)
    assert events == [] and sent(said) == [{"text": messages.ALREADY_SENT.format(reference="IE-2026-0001")}, messages.CONTACT_POINTER]


def test_modify_asks_that_field_again() -> None:
    state = tracker('/correct_field{"field": "siret"}', intent="correct_field", entities=[{"entity": "field", "value": "siret"}], slots=completed_submission_slots())
    events, said = run(ActionCorrectField(), state)
    assert [m["text"] for m in said] == [messages.CORRECT_AGAIN.format(label=FIELD_LABELS["siret"])]
    assert slot_events(events) == {"siret": None, REFERENCE_SLOT: None, CONFIRM_SLOT: None, RECAP_STATE_SLOT: None}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # « D'accord, corrigeons : Entreprise. Quel est le nom de votre entreprise ? » (twenty-ninth blind user test)
        ("Le nom de l'entreprise n'est pas bon, mettez juste : Camping Les Flots Bleus", "company_name", "Camping Les Flots Bleus"),
        ("Le nom de l'entreprise est : Mécaplast Industries", "company_name", "Mécaplast Industries"),
        ("le poste est faux, le poste est régleur sur presses", "job_title", "régleur sur presses"),
    ],
)
def test_a_correction_typed_with_its_new_value_takes_it(text: str, field: str, value: str) -> None:
    events, said = run(ActionCorrectField(), tracker(text, intent="correct_field", slots=completed_submission_slots()))
    assert slot_events(events) == {field: value, REFERENCE_SLOT: None, CONFIRM_SLOT: None, RECAP_STATE_SLOT: None}
    assert value in said[0]["text"] and messages.CORRECT_AGAIN.split("{")[0] not in said[0]["text"]


def test_modify_without_a_field_asks_which() -> None:
    events, said = run(ActionCorrectField(), tracker("je veux modifier", intent="correct_field", slots=completed_submission_slots()))
    assert events == [] and [m["text"] for m in said] == [messages.WHICH_FIELD_TO_CHANGE]


# ---------------------------------------------------------------- form validation


def test_required_slots_follow_the_field_table() -> None:
    action = ValidateHiringIntentForm()
    assert action.name() == "validate_hiring_intent_form"
    slots: dict
    for slots in ({}, ELIGIBLE_SLOTS, completed_submission_slots(consent_at=CONSENT_REFUSED)):
        required = asyncio.run(action.required_slots(action.domain_slots(domain()), CollectingDispatcher(), tracker("", slots=slots), domain()))
        assert required == recap_slots(slots)
    assert recap_slots({}) == [] and recap_slots(ELIGIBLE_SLOTS)[-1] == CONFIRM_SLOT


def test_a_field_answer_is_stored_and_the_next_field_requested() -> None:
    # (a name that says no employer type: « Menuiserie Durand » now notes a private company, and says so)
    state = tracker("Durand et Fils", intent="inform", slots={**ELIGIBLE_SLOTS, "requested_slot": "company_name"}, active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    set_ = slot_events(events)
    assert set_["company_name"] == "Durand et Fils"
    assert set_["requested_slot"] == next(s for s in recap_slots(ELIGIBLE_SLOTS) if s != "company_name")
    assert said == []


@pytest.mark.parametrize(("text", "low", "high"), [("2 peut etre 3", 2, 3), ("2 voire 3", 2, 3), ("entre 2 et 3 postes", 2, 3),
                                                  ("deux ou trois", 2, 3), ("2 ptet 3", 2, 3)])
def test_an_estimate_of_the_positions_is_its_low_end_said(text: str, low: int, high: int) -> None:
    """« 2 peut etre 3 » got « Une estimation suffit… », then « Votre réponse contient plusieurs nombres » (twenty-fourth blind
    user test): an estimate is what the question asks; through the form's validation, its low end is stored and said."""
    slots: dict = {**completed_submission_slots(), "positions": None, "requested_slot": "positions"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["positions"] == low and slots["requested_slot"] != "positions"
    assert [m["text"] for m in said] == [messages.POSITIONS_ESTIMATE.format(low=low, high=high)]


@pytest.mark.parametrize("reason", ["c'est pour un gros chantier de renovation qui dure 3 mois, apres on verra si on le garde",
                                    "c'est pour un remplacement", "pour un surcroit d'activite"])
def test_the_reason_for_a_short_contract_given_at_the_company_name_is_noted_and_not_asked_again(reason: str) -> None:
    """u24-05: after the check's « je vous demanderai d'en expliquer la raison », « c'est pour un gros chantier de renovation
    qui dure 3 mois… » at the company's name was stored as the company, and the reason asked later got « je vous l'ai deja
    dit » (twenty-fourth blind user test): through the form's validation, the reason is noted and said so, the name asked
    again, and the reason's question never asked."""
    slots: dict = {**ELIGIBLE_SLOTS, "eligibility": "derogation", "contract_type": "cdd", "contract_duration": 3.0,
                   "requested_slot": "company_name"}
    events, said = run(ValidateHiringIntentForm(), tracker(reason, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["derogation_justification"] == reason and slots.get("company_name") is None
    assert [m["text"] for m in said] == [messages.REASON_NOTED_BEFORE_ITS_QUESTION.format(reason=reason)]
    assert slots["requested_slot"] == "company_name"
    events, said = run(ValidateHiringIntentForm(), tracker("Maconnerie Guerin", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["company_name"] == "Maconnerie Guerin" and slots["derogation_justification"] == reason
    assert "derogation_justification" not in [s for s in recap_slots(slots) if slots.get(s) is None]


@pytest.mark.parametrize("again", ["je sais pas je vous dis", "on sait vraiment pas encore", "aucune idée", "a definir avec le client"])
def test_a_job_not_known_yet_is_asked_approximate_then_left_to_the_staff(store: SubmissionStore, again: str) -> None:
    """u24-07, u24-17: « on sait pas encore exactement, on verra avec le client » at the job was stored as the job (twenty-fourth
    blind user test): through the form's validation, an approximate job is asked; said not known again, the job is left to the
    Region's staff (« À préciser », listed in ``missing_fields``, as a skipped SIRET is), and the next question asked."""
    slots: dict = {**completed_submission_slots(), "job_title": None, "requested_slot": "job_title"}
    events, said = run(ValidateHiringIntentForm(), tracker("on sait pas encore exactement, on verra avec le client", intent="inform",
                                                           slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["job_title"] is None and slots["requested_slot"] == "job_title"
    assert [m["text"] for m in said] == [messages.JOB_TITLE_UNSURE]
    events, said = run(ValidateHiringIntentForm(), tracker(again, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["job_title"] == messages.JOB_TITLE_TO_SPECIFY and slots["requested_slot"] != "job_title"
    assert [m["text"] for m in said] == [messages.JOB_TITLE_TO_SPECIFY_NOTED]
    record = submission_record(slots)
    assert record["job_title"] == "À préciser" and record["missing_fields"] == ["job_title"]
    store.save(record, "test-employer")  # the record's own check: « À préciser » if and only if listed in « missing_fields »


@pytest.mark.parametrize(("text", "needs", "intent"), [
    ("permis C et CE, FIMO, et c quoi la meteo demain a nantes ?", "permis C et CE, FIMO", "out_of_scope"),
    ("certiphyto, taille, et vous savez s'il va pleuvoir demain ?", "certiphyto, taille", "inform"),
])
def test_an_off_topic_question_beside_the_training_needs_keeps_them(text: str, needs: str, intent: str) -> None:
    """u24-04, u24-15: the needs were lost for « Je n'ai pas de réponse à cette question… » or what training needs are, and the
    question asked again (twenty-fourth blind user test): through the form's validation, the needs are stored, the other
    question declined in one sentence, and the next question asked."""
    slots: dict = {**completed_submission_slots(), "training_needs": None, "requested_slot": "training_needs"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent=intent, slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["training_needs"] == needs and slots["requested_slot"] != "training_needs"
    assert [m["text"] for m in said] == [messages.OTHER_QUESTION_OFF_TOPIC]


@pytest.mark.parametrize("text", ["ca change quoi pour un CDI intérimaire ?", "et si c'est un CDI interimaire ca change quoi ?",
                                  "qu'est-ce que ça change en cdi interimaire ?", "ça change quoi si c'est un cdi interimaire"])
def test_asking_what_another_contract_changes_at_the_recap_changes_nothing(text: str) -> None:
    """u24-07, u24-21: a question at the recap naming a contract (« ça change quoi pour un CDI intérimaire ? ») got « C'est
    corrigé. Contrat : CDI intérimaire. » (twenty-fourth blind user test): through the form's validation, the contract stays,
    nothing is said corrected, and the recap is shown again."""
    slots: dict = {**completed_submission_slots(), "contract_type": "cdi", "requested_slot": CONFIRM_SLOT}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="faq", slots=slots, active_loop="hiring_intent_form"))
    assert "contract_type" not in slot_events(events) and slot_events(events)["requested_slot"] == CONFIRM_SLOT
    assert not any("corrigé" in (m.get("text") or "") for m in said)
    # (no « Voici de nouveau votre demande » lead-in: the form asks the recap again, or its reminder: recap_or_reminder)
    assert said and not any((m.get("text") or "").startswith("Voici de nouveau") for m in said)


@pytest.mark.parametrize(("text", "slots_changed", "said"), [
    ("et si on fait plutot des CDD de 12 mois au depart, ca change quelque chose ?", {}, "Avec un CDD d'un an, pas besoin de dérogation."),
    ("et si on mettait 28h au lieu de 35, ca passerait encore ?", {}, "Oui pour la durée de travail : 28 h par semaine"),
    ("question : et si on passait a 20h par semaine, ce serait encore eligible ?", {"contract_type": "cdd", "contract_duration": 6.0},
     "Ce n'est pas possible avec 20 h par semaine"),
])
@pytest.mark.parametrize("requested", [CONFIRM_SLOT, "weekly_hours", "start_date"])
def test_a_supposition_through_the_form_is_answered_and_changes_nothing(text: str, slots_changed: dict, said: str, requested: str) -> None:
    """u41-10, u41-11, u41-14 (forty-first blind user test): a supposition at the recap changed the contract, the hours, or got
    « Je ne suis pas certain d'avoir bien compris »: through the form's validation, at the recap and at the request's questions,
    the rules' verdict for it, no answer changed, the same question again."""
    slots: dict = {**completed_submission_slots(), **slots_changed, "requested_slot": requested}
    if requested != CONFIRM_SLOT:
        slots[requested] = None
    for intent in ("faq", "inform", "nlu_fallback"):
        events, sent_messages = run(ValidateHiringIntentForm(), tracker(text, intent=intent, slots=slots, active_loop="hiring_intent_form"))
        changed = slot_events(events)
        assert not {"contract_type", "contract_duration", "weekly_hours", "start_date"} & {k for k, v in changed.items() if v != slots.get(k)}, changed
        assert changed.get("requested_slot", requested) == requested, changed
        texts = [m.get("text") or "" for m in sent_messages]
        assert any(t.startswith(said) for t in texts), texts
        assert not any(t.startswith("C'est corrigé") for t in texts), texts


def test_a_department_said_after_a_commune_of_two_departments_is_the_choice() -> None:
    """« Allonnes » got « Allonnes (Maine-et-Loire) ou Allonnes (Sarthe) ? », then « maine et loire » the commune asked again
    in Maine-et-Loire (session of 2026-12-02): through the form's validation, the department said chooses."""
    slots: dict = {**completed_submission_slots(), "work_location": None, "requested_slot": "work_location"}
    for text in ("Allonnes", "maine et loire"):
        events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
        slots = {**slots, **slot_events(events)}
    assert slots["work_location"] == {"commune": "Allonnes", "postal_code": "49650", "department": "49"}
    assert slots["requested_slot"] != "work_location" and "place_choices" not in (slots.get("project_memory") or {})


@pytest.mark.parametrize("text", [
    # several groups of posts with their hours: the total asked, then the hours, never a part of them recorded (« 2 postes a 35h
    # et 1 a 28h » was 2 posts silently, then the hours asked: review of the session's changes)
    "2 postes a 35h et 1 a 28h",
    "3 postes a 35h et 1 a 28h",
    "2 postes à 35h et 1 à 28h",
    "2 postes a 35h, 1 a 28h",
    "2 a 35h et 1 a 28h",
    "deux postes a 35h et un a 28h",
    "2 postes a 35h et 1 poste a 28h",
])
def test_several_groups_of_posts_at_the_positions_question_ask_the_total(text: str) -> None:
    slots: dict = {**completed_submission_slots(), "positions": None, "weekly_hours": None, "start_date": None, "requested_slot": "positions"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["positions"] is None and slots["weekly_hours"] is None and slots["requested_slot"] == "positions"
    assert [m["text"] for m in said] == [messages.POSITIONS_IN_GROUPS.format(example=messages.POSITIONS_EXAMPLE)]


@pytest.mark.parametrize(("text", "hours", "reply"), [
    ("elle fera entre 28 et 30h selon le planning", 28.0,
     f"{messages.HOURS_RANGE.format(low='28 h', high='30 h')} {messages.POSITIONS_STILL_MISSING}"),
    ("35h hebdo", 35.0, f"{messages.HOURS_NOTED_BEFORE_THEIR_QUESTION.format(hours='35 h')} {messages.POSITIONS_STILL_MISSING}"),
])
def test_hours_said_at_the_positions_question_are_kept_and_not_asked_again(text: str, hours: float, reply: str) -> None:
    """« elle fera entre 28 et 30h selon le planning » at the number of positions got « ce nombre ressemble à une durée », and
    the hours were asked again after the positions (session of 2026-12-02): through the form's validation, they are stored
    and said so, the positions asked again without a failure counted, then the start, not the hours."""
    slots: dict = {**completed_submission_slots(), "positions": None, "weekly_hours": None, "start_date": None, "requested_slot": "positions"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert [m["text"] for m in said] == [reply]
    assert slots["weekly_hours"] == hours and slots["positions"] is None and slots["requested_slot"] == "positions"
    assert not slots.get("submission_failures")
    events, said = run(ValidateHiringIntentForm(), tracker("2 postes", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["positions"] == 2 and slots["weekly_hours"] == hours and slots["requested_slot"] == "start_date"


def test_hours_said_with_the_count_are_kept_and_not_asked_again() -> None:
    """« 2 postes à 35h » kept the 2 positions and lost the 35 h, asked next (session of 2026-12-02)."""
    slots: dict = {**completed_submission_slots(), "positions": None, "weekly_hours": None, "start_date": None, "requested_slot": "positions"}
    events, said = run(ValidateHiringIntentForm(), tracker("2 postes à 35h", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["positions"] == 2 and slots["weekly_hours"] == 35.0 and slots["requested_slot"] == "start_date"
    noted = messages.CHANGED_FIELD.format(label="durée hebdomadaire", value="35 h")
    assert [m["text"] for m in said] == [messages.ALSO_NOTED.format(changes=noted)]


@pytest.mark.parametrize(("text", "kept"), [
    # A surname that is a brand before a first name, surnames near a brand, a hyphenated one: a person's name, kept (they got
    # « Cela ressemble au nom d'une entreprise… » and the question again: review of the session's changes).
    ("RENAULT Enzo", "RENAULT Enzo"),
    ("BOULANGER Clémentine", "BOULANGER Clémentine"),
    ("Laporte", "Laporte"),
    ("Leclercq", "Leclercq"),
    ("Boulenger", "Boulenger"),
    ("Leclerc-Dupont", "Leclerc-Dupont"),
    # … near misses: a brand alone, or with a word of a shop's name
    ("Michelin", None),
    ("Carrefour Market", None),
])
def test_a_surname_near_or_like_a_brand_is_the_contact_s_name(text: str, kept: str | None) -> None:
    slots: dict = {**completed_submission_slots(), "contact_name": None, "requested_slot": "contact_name"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["contact_name"] == kept
    assert (slots["requested_slot"] == "contact_name") == (kept is None)
    assert any("entreprise ou d'une enseigne" in (m.get("text") or "") for m in said) == (kept is None)


@pytest.mark.parametrize(("second", "stored", "reply"), [
    # A department not offered after « Allonnes (Maine-et-Loire) ou Allonnes (Sarthe) ? » is no choice: it became a third
    # option « … ou Vendée ? », and « Mayenne » (a commune too) was no longer the commune (review of the session's changes).
    ("Mayenne", {"commune": "Mayenne", "postal_code": "53100", "department": "53"}, "Mayenne (53100)"),
    ("vendée", None, "préciser la commune du poste en Vendée"),
    ("dans le 53", None, "préciser la commune du poste en Mayenne"),
    # … near misses: an offered one is the choice
    ("en sarthe", {"commune": "Allonnes", "postal_code": "72700", "department": "72"}, None),
    ("49", {"commune": "Allonnes", "postal_code": "49650", "department": "49"}, None),
])
def test_a_department_not_offered_after_a_commune_of_two_departments_is_no_choice(second: str, stored: dict | None, reply: str | None) -> None:
    slots: dict = {**completed_submission_slots(), "work_location": None, "requested_slot": "work_location"}
    for text in ("Allonnes", second):
        events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
        slots = {**slots, **slot_events(events)}
    assert slots["work_location"] == stored
    texts = [m.get("text") or "" for m in said]
    assert not any("Plusieurs lieux" in t for t in texts)
    assert reply is None or any(reply in t for t in texts)


def test_a_bare_alternance_at_a_question_is_asked_back_alone_then_the_question_again() -> None:
    """« ah non en fait c'est en alternance » at the hours became an apprenticeship (session on the alternance in the request):
    « L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? » stands alone, with its buttons (the hours'
    question waits), and its answer changes the contract before the hours are asked again."""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours"}
    events, said = run(ValidateHiringIntentForm(), tracker("ah non en fait c'est en alternance", intent="inform", slots=slots,
                                                           active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_[RECAP_STATE_SLOT] == RECAP_ALTERNANCE and "contract_type" not in set_
    assert sent(said) == [{"text": messages.ASK_ALTERNANCE, "buttons": [
        {"title": "Contrat d'apprentissage", "payload": "Contrat d'apprentissage"},
        {"title": "Contrat de professionnalisation", "payload": "Contrat de professionnalisation"},
        {"title": "Je ne sais pas encore", "payload": "je ne sais pas encore"}]}]
    slots = {**slots, **set_}
    asked_slot = "weekly_hours"
    ask_hours = getattr(submission_actions, f"ActionAsk_{asked_slot}")  # (made in a loop by the module)
    _, asked = run(ask_hours(), tracker("", slots=slots))
    assert asked == []
    events, said = run(ValidateHiringIntentForm(), tracker("un contrat pro", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["contract_type"] == "contrat_professionnalisation" and set_[RECAP_STATE_SLOT] is None
    assert [m["text"] for m in said] == ["C'est corrigé. Contrat : Contrat de professionnalisation."]
    _, asked = run(ask_hours(), tracker("", slots={**slots, **set_}))
    assert sent(asked) == [question("weekly_hours")]


def test_a_cdd_without_its_length_at_a_question_asks_the_length_alone_then_the_next_question() -> None:
    """« Quelle est la durée du contrat ? » was followed at once by the next question (« Quel est son numéro SIRET ? »), and its
    answer never read (forty-fifth blind user test, u45-07): the length is asked alone, its answer changes the contract, then
    the form goes on."""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "company_name"}
    events, said = run(ValidateHiringIntentForm(), tracker("Sabolia Emballages, et finalement c'est un CDD", intent="inform", slots=slots,
                                                           active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["contract_type"] == "cdd" and set_[RECAP_STATE_SLOT] == RECAP_DURATION, set_
    assert any(messages.ASK_CONTRACT_DURATION in (m.get("text") or "") for m in said), said
    slots = {**slots, **set_, "requested_slot": "siret"}
    asked_slot = "siret"
    ask_siret = getattr(submission_actions, f"ActionAsk_{asked_slot}")  # (made in a loop by the module)
    _, asked = run(ask_siret(), tracker("", slots=slots))
    assert asked == []  # the length's question stands alone
    events, said = run(ValidateHiringIntentForm(), tracker("8 mois", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["contract_duration"] == 8 and set_[RECAP_STATE_SLOT] is None and "siret" not in set_, set_
    assert [m["text"] for m in said] == ["C'est corrigé. Contrat : CDD de 8 mois."]
    _, asked = run(ask_siret(), tracker("", slots={**slots, **set_}))
    assert sent(asked) == [question("siret")]
    # (an answer to the next question instead: read as it, the length left for the recap)
    events, _ = run(ValidateHiringIntentForm(), tracker("732 829 320 00074", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["siret"] == "73282932000074" and set_[RECAP_STATE_SLOT] is None, set_


@pytest.mark.parametrize("intent", ["inform", "deny", "faq", "nlu_fallback"])
def test_not_knowing_which_alternance_at_a_question_sends_it_to_specify_then_the_question_again(intent: str) -> None:
    """« Je ne sais pas encore » (the button, whatever the classifier reads) to the alternance asked back at the hours: the CDI
    becomes « alternance, type à préciser », said once, eligible; the hours are asked again; the recap shows it and a kind said
    there replaces it."""
    from bot.submission.dialogue import recap_turn

    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours", RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    events, said = run(ValidateHiringIntentForm(), tracker("je ne sais pas encore", intent=intent, slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["contract_type"] == "alternance_a_preciser" and set_[RECAP_STATE_SLOT] is None and set_["eligibility"] == "eligible"
    assert [m["text"] for m in said] == [messages.ALTERNANCE_TO_SPECIFY_NOTED]
    asked_slot = "weekly_hours"
    ask_hours = getattr(submission_actions, f"ActionAsk_{asked_slot}")  # (made in a loop by the module)
    _, asked = run(ask_hours(), tracker("", slots={**slots, **set_}))
    assert sent(asked) == [question("weekly_hours")]
    at_the_recap = {**completed_submission_slots(), "contract_type": "alternance_a_preciser"}
    _, shown = run(ActionAskSubmissionConfirmed(), tracker("", slots=at_the_recap))
    assert "- Contrat : Alternance (apprentissage ou professionnalisation, à préciser)" in sent(shown)[0]["text"].splitlines()
    read = recap_turn("remplacez par un contrat d'apprentissage", at_the_recap, "inform", [])
    assert read.updates["contract_type"] == "apprentissage" and read.updates["eligibility"] == "eligible"


@pytest.mark.parametrize("text", ["je sais pas, lequel vous conseillez ?", "je sais pas ce que c'est ?", "je sais pas lequel est le mieux ?",
                                  "je sais pas, vous pouvez m'expliquer", "j'en sais rien c'est quoi",
                                  # a doubt whether a kind is possible (found talking to make run: recorded as that kind)
                                  "je sais pas si c'est possible en apprentissage", "jsais pas si c possible en apprentissage",
                                  "c'est possible en apprentissage ?", "on peut le faire en contrat pro ?"])
def test_a_question_at_the_alternance_asked_back_gets_the_explanation_and_the_question_again(text: str) -> None:
    """« je sais pas, lequel vous conseillez ? » was recorded « alternance, type à préciser », never answered (review of the session
    on « à préciser »): the explanation, then the question with its three buttons; nothing recorded, not counted."""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours", RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert "contract_type" not in set_ and set_.get(RECAP_STATE_SLOT, RECAP_ALTERNANCE) == RECAP_ALTERNANCE
    assert [m["text"] for m in said] == [messages.ALTERNANCE_DIFFERENCE, messages.ASK_ALTERNANCE]
    assert [b["title"] for b in said[-1]["buttons"]][-1] == messages.ALTERNANCE_NOT_DECIDED_BUTTON["title"]
    assert not set_.get("submission_failures")


@pytest.mark.parametrize(("text", "contract"), [("le pro, on en a parlé avec le CFA", "contrat_professionnalisation"),
                                                ("le cfa conseille le pro", "contrat_professionnalisation"),
                                                ("le dernier", "alternance_a_preciser"), ("le 3e", "alternance_a_preciser")])
def test_the_kind_said_with_the_cfa_or_the_last_button_at_the_alternance_asked_back(text: str, contract: str) -> None:
    """« le pro » said with the CFA was « à préciser », « le dernier » (« Je ne sais pas encore ») the contract of professionalisation
    (review of the session on « à préciser »)."""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours", RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    assert slot_events(events)["contract_type"] == contract
    if contract == "alternance_a_preciser":
        assert [m["text"] for m in said] == [messages.ALTERNANCE_TO_SPECIFY_NOTED]


@pytest.mark.parametrize("text", ["je sais pas encore combien d'heures", "le candidat n'est pas encore inscrit", "je sais pas si c'est possible",
                                  "je vous dirai plus tard combien d'heures"])
def test_a_doubt_about_something_else_is_no_answer_to_the_alternance_asked_back(text: str) -> None:
    """(Each recorded « alternance, type à préciser » silently: review of the session on « à préciser ».)"""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours", RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    assert "contract_type" not in slot_events(events)
    assert said[-1]["text"] == messages.ASK_ALTERNANCE and messages.ALTERNANCE_TO_SPECIFY_NOTED not in [m["text"] for m in said]


def test_the_recap_waits_for_the_alternance_asked_back() -> None:
    _, said = run(ActionAskSubmissionConfirmed(), tracker("", slots={**completed_submission_slots(), RECAP_STATE_SLOT: RECAP_ALTERNANCE}))
    assert said == []


def test_a_confirmed_cancel_at_the_recap_keeps_the_answers_and_clears_the_request() -> None:
    slots = {**completed_submission_slots(), "requested_slot": CONFIRM_SLOT, RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}
    events, said = run(ValidateHiringIntentForm(), tracker("/stop", intent="stop", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert sent(said) == [CANCELLED_KEPT]
    assert set_["company_name"] is None and set_["contract_type"] is None
    assert set_[KEPT_SLOT]["company_name"] == "Menuiserie Durand"


def test_the_sent_reply_says_a_confirmation_is_mailed_only_when_e_mail_is_configured(
    store: SubmissionStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOT_SMTP_URL", "smtp://localhost:25")
    monkeypatch.setenv("BOT_SMTP_FROM", "region@example.org")
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    events, said = run(ActionSubmissionRecap(), tracker("/affirm", intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert [m["text"] for m in said] == [f"{messages.SUBMITTED.format(reference=reference)} {messages.CONFIRMATION_ON_ITS_WAY}"]


@pytest.mark.parametrize("text", ["même siret", "le meme", "pareil que la premiere demande", "idem"])
def test_the_same_siret_as_the_request_sent_is_taken_when_said_so(text: str) -> None:
    """« même siret », « le même », « pareil » for a second request were refused (thirteenth blind user test); the SIRET
    is still not reused unasked (it identifies the establishment)."""
    from bot.submission.questions import understand_field

    previous = previous_request(completed_submission_slots())
    assert "siret" not in previous_request_updates({PREVIOUS_REQUEST_SLOT: previous})[0]
    read = understand_field(text, "siret", {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous}, "inform")
    assert read.updates["siret"] == "73282932000074" and "comme pour la demande précédente" in read.messages[0]["text"]
    assert understand_field("pas le même", "siret", {PREVIOUS_REQUEST_SLOT: previous}, "inform").updates.get("siret") is None


# ---------------------------------------------------------------- the SIRET of a second request for the same employer
# (a defect left open by the previous session's blind user tests: a SIRET skipped in the first request, « je ne l'ai pas sous la
# main », « passez », was asked again in the second request of the same conversation, « nouvelle demande » after sending)

#: The place of the request sent (:func:`completed_submission_slots`), as the second check's memory records it.
_CHOLET = {"commune": "Cholet", "department": "49", "postal_code": "49300"}
_ANGERS = {"commune": "Angers", "department": "49", "postal_code": "49000"}


def _second_request(sent: dict[str, Any], place: dict[str, Any] | None) -> dict[str, Any]:
    """The slots when the second request starts: its check passed at ``place`` (none said: None), the first one's kept."""
    return {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous_request(sent), **({MEMORY_SLOT: dict(place)} if place else {})}


def _finished(slots: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any]:
    """The second request's slots once its other questions are answered (for its recap)."""
    answered = {"job_title": "Cariste", "positions": 1.0, "weekly_hours": 35.0, "start_date": "2027-05-03", "training_needs": "CACES R489"}
    return {**slots, **slot_events(events), **answered}


def test_a_siret_skipped_in_the_first_request_is_not_asked_again_for_the_same_site() -> None:
    sent = {**completed_submission_slots(), "siret": None, "missing_fields": ["siret"]}
    slots = _second_request(sent, _CHOLET)
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    set_ = slot_events(events)
    # the employer, the contact and the consent taken back, as before; the SIRET still left to the Region, said so once
    assert (set_["company_name"], set_["contact_name"], set_[CONSENT_SLOT]) == ("Menuiserie Durand", "Marie Dupont", sent[CONSENT_SLOT])
    assert set_["siret"] is None and set_["missing_fields"] == ["siret"]
    texts = " ".join(m["text"] for m in said)
    assert messages.SIRET_STILL_MISSING in texts and messages.SIRET_ASKED_AGAIN not in texts
    assert "siret" not in recap_slots({**slots, **set_})
    # (the questions counted without it: the 5 of the project)
    assert said[0]["text"] == messages.SUBMISSION_INTRO.format(questions="5 questions")
    assert f"- SIRET : {messages.TO_BE_COMPLETED}" in (recap_question(_finished(slots, events)) or {})["text"]


def test_the_siret_given_in_the_first_request_is_taken_back_for_the_same_site() -> None:
    slots = _second_request(completed_submission_slots(), _CHOLET)
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    set_ = slot_events(events)
    assert set_["siret"] == "73282932000074" and not set_.get("missing_fields")
    texts = " ".join(m["text"] for m in said)
    assert messages.SIRET_TAKEN_BACK.format(siret="732 829 320 00074", place="Cholet") in texts
    assert messages.SIRET_ASKED_AGAIN not in texts
    assert "- SIRET : 732 829 320 00074" in (recap_question(_finished(slots, events)) or {})["text"]


@pytest.mark.parametrize("sent_siret", ["73282932000074", None])
def test_the_siret_of_another_site_or_of_an_unknown_one_is_asked(sent_siret: str | None) -> None:
    """A request for Saumur was sent with the SIRET of Angers (twelfth blind user test): another place, another SIRET."""
    sent = {**completed_submission_slots(), "siret": sent_siret, "missing_fields": [] if sent_siret else ["siret"]}
    for place in (_ANGERS, None):
        events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=_second_request(sent, place)))
        set_ = slot_events(events)
        assert set_["siret"] is None and not set_.get("missing_fields"), place
        assert messages.SIRET_ASKED_AGAIN in " ".join(m["text"] for m in said)


@pytest.mark.parametrize("text", ["je ne l'ai pas sous la main", "jl'ai pas", "je l ai pas", "je ne le connais pas", "pas sous la main"])
def test_a_siret_skipped_in_the_first_request_is_asked_once_skippable_in_the_second(text: str) -> None:
    """For another site, the SIRET skipped the first time is asked with the skip at hand, and a first « je ne l'ai pas » skips it
    (it got where to find it and the question again, as the first time)."""
    from bot.submission.questions import understand_field

    sent = {**completed_submission_slots(), "siret": None, "missing_fields": ["siret"]}
    slots = {**_second_request(sent, _ANGERS), "company_name": "Menuiserie Durand"}
    asked = question("siret", slots)
    assert asked["text"] == messages.SIRET_QUESTION_SKIPPED_BEFORE and asked["buttons"] == [messages.SKIP_BUTTON]
    read = understand_field(text, "siret", slots, "inform")
    assert read.kind == "skip" and read.updates["missing_fields"] == ["siret"], read
    # (near miss: the first request had one, « je ne l'ai pas » gets where to find it, as before)
    had_one = {**_second_request(completed_submission_slots(), _ANGERS), "company_name": "Menuiserie Durand"}
    assert question("siret", had_one) == question("siret")
    assert understand_field(text, "siret", had_one, "inform").kind != "skip"


# ---------------------------------------------------------------- a refused consent taken back (twenty-first blind user test)


def _after_a_refused_consent() -> dict[str, Any]:
    """The slots once « je refuse » was answered at the consent and the form ended (the answers kept aside)."""
    from bot.submission.dialogue import field_turn

    slots = {**completed_submission_slots(), CONSENT_SLOT: None, "contact_name": None, "contact_email": None, "contact_phone": None}
    refused = field_turn("je refuse", CONSENT_SLOT, slots, "deny")
    assert refused.updates[CONSENT_SLOT] == CONSENT_REFUSED
    slots = {**slots, **refused.updates}
    events, said = run(ActionSubmissionRecap(), tracker("je refuse", intent="deny", slots=slots))
    assert said[0]["text"].startswith(messages.CONSENT_REFUSED_TEXT)
    return {**slots, **slot_events(events)}


def _next_question(slots: dict[str, Any]) -> str | None:
    return next((n for n in recap_slots(slots) if slots.get(n) is None), None)


@pytest.mark.parametrize(
    ("action", "text", "intent"),
    [
        # « Quel champ souhaitez-vous modifier ? », then the form from the company (and « j'accepte » became the company)
        (ActionCorrectField, "oups je me suis trompe de bouton, j'accepte", "correct_field"),
        (ActionStartSubmission, "oups je me suis trompe de bouton, j'accepte", "affirm"),
        # resumed, and the consent asked again
        (ActionStartSubmission, "bon finalement c'est d'accord j'accepte, on continue", "affirm"),
        (ActionStartSubmission, "en fait si j'accepte", "affirm"),
    ],
)
def test_a_consent_given_after_refusing_resumes_the_request_with_it(action: type, text: str, intent: str) -> None:
    from bot.submission.dialogue import wants_to_resume

    slots = _after_a_refused_consent()
    assert slots["company_name"] is None and slots[KEPT_SLOT]["company_name"] == "Menuiserie Durand"
    assert wants_to_resume(text, slots)  # (how the other intents reach action_start_submission: bot.dialogue.turns)
    events, said = run(action(), tracker(text, intent=intent, slots=slots))
    resumed = {**slots, **slot_events(events)}
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED_WITH_CONSENT]
    assert resumed["company_name"] == "Menuiserie Durand" and resumed[KEPT_SLOT] is None
    assert resumed[CONSENT_SLOT] not in (None, CONSENT_REFUSED)
    assert _next_question(resumed) == "contact_name"


@pytest.mark.parametrize("text", ["je veux reprendre ma demande", "ok on reprend", "reprendre"])
def test_resuming_after_a_refused_consent_without_giving_it_asks_it_again(text: str) -> None:
    slots = _after_a_refused_consent()
    events, said = run(ActionStartSubmission(), tracker(text, intent="affirm", slots=slots))
    resumed = {**slots, **slot_events(events)}
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED] and resumed[CONSENT_SLOT] is None
    assert _next_question(resumed) == CONSENT_SLOT


def test_a_consent_said_when_resuming_a_request_left_before_the_consent_is_not_recorded() -> None:
    """« annuler » at the SIRET, then « j'accepte »: the consent's text was never shown; it is asked in its turn."""
    kept = {k: v for k, v in completed_submission_slots().items() if k in ("eligibility", "eligibility_reasons", "contract_type",
                                                                            "candidate_status", "company_name")}
    events, said = run(ActionStartSubmission(), tracker("ah si j'accepte", intent="affirm", slots={KEPT_SLOT: kept}))
    resumed = slot_events(events)
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED] and resumed[CONSENT_SLOT] is None
    assert _next_question(resumed) == "siret"


def test_modify_after_a_refused_consent_resumes_the_request_left() -> None:
    """The form restarted from the company after « Quel champ souhaitez-vous modifier ? »."""
    slots = _after_a_refused_consent()
    events, said = run(ActionCorrectField(), tracker("je veux modifier", intent="correct_field", slots=slots))
    resumed = {**slots, **slot_events(events)}
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED] and _next_question(resumed) == CONSENT_SLOT
    state = tracker('/correct_field{"field": "siret"}', intent="correct_field", entities=[{"entity": "field", "value": "siret"}], slots=slots)
    events, said = run(ActionCorrectField(), state)
    resumed = {**slots, **slot_events(events)}
    assert [m["text"] for m in said] == [messages.SUBMISSION_RESUMED, messages.CORRECT_AGAIN.format(label=FIELD_LABELS["siret"])]
    assert resumed["company_name"] == "Menuiserie Durand" and _next_question(resumed) == "siret"


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback", "deny", "inform"])
def test_a_consent_given_after_refusing_leads_to_the_resumption_whatever_the_intent(intent: str) -> None:
    from bot.dialogue.turns import START_SUBMISSION_ACTION, faq_turn
    from bot.faq.entries import cached_faq

    message = {"text": "oups je me suis trompe de bouton, j'accepte", "intent": {"name": intent, "confidence": 0.9}}
    assert faq_turn(message, cached_faq(), _after_a_refused_consent(), [], in_form=False).next_action == START_SUBMISSION_ACTION


def test_modify_after_a_check_left_before_its_verdict_resumes_the_check() -> None:
    state = tracker('/correct_field{"field": "siret"}', intent="correct_field", entities=[{"entity": "field", "value": "siret"}],
                    slots={KEPT_SLOT: {"contract_type": "cdi"}})
    events, said = run(ActionCorrectField(), state)
    assert followups(events) == ["eligibility_form"] and [m["text"] for m in said] == [messages.CHECK_RESUMED]


def test_a_change_asked_after_sending_is_not_answered_twice(store: SubmissionStore) -> None:
    # « c'est 3 postes pas 4, je peux modifier la demande envoyée ? » got « écrivez-leur… » (action_correct_field), then the
    # form its rule opens ended with « rien de plus à faire » (twenty-third blind user test).
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    events, _ = run(ActionSubmissionRecap(), tracker("/affirm", intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    text = "mince je me suis trompée, c'est 3 postes pas 4, je peux modifier la demande envoyée ?"
    told = messages.ALREADY_SENT.format(reference=reference)
    history = [{"event": "action", "name": "action_listen"}, user_event(text, "correct_field"), {"event": "action", "name": "action_correct_field"},
               {"event": "bot", "text": told}, {"event": "action", "name": "hiring_intent_form"}]
    state = tracker(text, intent="correct_field", slots={**slots, REFERENCE_SLOT: reference}, events=history)
    assert run(ActionSubmissionRecap(), state) == ([], [])
    # (a « confirmer » again still gets the reference: nothing said before it in its turn)
    _, said = run(ActionSubmissionRecap(), tracker("confirmer", intent="affirm", slots={**slots, REFERENCE_SLOT: reference}))
    assert [m["text"] for m in said] == [messages.ALREADY_SUBMITTED.format(reference=reference)]


@pytest.mark.parametrize("second", ["le 44", "c'est le 44", "la 44", "c le 44", "44", "dans le 44", "Loire-Atlantique", "loire atlantique"])
def test_a_department_chosen_after_the_loire_asked_back_gets_its_commune_asked(second: str) -> None:
    """« Loire » got « Loire-Atlantique (44), Maine-et-Loire (49) ou Loire (42) ? », then « le 44 » « Je n'ai pas reconnu de
    commune » (rewritten « Loire (le 44) », unread: review of the session's fixes): the department chosen, its commune asked."""
    slots: dict = {**completed_submission_slots(), "work_location": None, "requested_slot": "work_location"}
    for text in ("la Loire", second):
        events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
        slots = {**slots, **slot_events(events)}
    texts = [m.get("text") or "" for m in said]
    assert slots["work_location"] is None and slots["requested_slot"] == "work_location"
    assert any("préciser la commune du poste en Loire-Atlantique" in t for t in texts), texts
    events, said = run(ValidateHiringIntentForm(), tracker("Rezé", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    assert slot_events(events)["work_location"] == {"commune": "Rezé", "postal_code": "44400", "department": "44"}


# ---------------------------------------------------------------- contact details typed at the consent (twenty-sixth blind user test)


def _at_the_consent() -> dict[str, Any]:
    """The slots when the consent is asked: every field answered but the contact's."""
    slots: dict[str, Any] = {**completed_submission_slots(consent_at=None), "requested_slot": CONSENT_SLOT}
    return {**slots, "contact_name": None, "contact_email": None, "contact_phone": None}


def _answer(text: str, intent: str, slots: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent=intent, slots=slots, active_loop="hiring_intent_form"))
    return {**slots, **slot_events(events)}, [m.get("text") or "" for m in said]


def test_contact_details_typed_at_the_consent_are_kept_aside_then_recorded_once_agreed() -> None:
    """u26-04: « Sophie Martin, directrice », « s.martin@… », « 0241000000 » at the consent question each got « Répondez
    « oui »… », counted (the third showed « Annuler ma demande »), then all three were asked again once agreed. They are no
    consent: kept aside (no field of the request), said once, the consent asked again; « oui » records them."""
    slots = _at_the_consent()
    for text, intent, said_then in (("Sophie Martin, directrice", "inform", messages.CONTACT_KEPT_UNTIL_CONSENT),
                                    ("s.martin@ehpad-glycines.fr", "inform", messages.CONTACT_ALSO_KEPT_UNTIL_CONSENT),
                                    ("0241000000", "nlu_fallback", messages.CONTACT_ALSO_KEPT_UNTIL_CONSENT)):
        slots, said = _answer(text, intent, slots)
        assert said == [said_then]
        assert slots.get(CONSENT_SLOT) is None and not slots.get(ATTEMPTS_SLOT)
        assert not any(slots.get(f) for f in ("contact_name", "contact_email", "contact_phone"))
        assert slots["requested_slot"] == CONSENT_SLOT
        assert question(CONSENT_SLOT, slots)["text"] == messages.CONSENT_QUESTION_AGAIN  # the notice is not said again
    assert slots[CONTACT_ASIDE_SLOT] == {"contact_name": "Sophie Martin", "contact_email": "s.martin@ehpad-glycines.fr",
                                         "contact_phone": "+33241000000"}
    slots, said = _answer("j'accepte", "affirm", slots)
    assert slots[CONSENT_SLOT] not in (None, CONSENT_REFUSED) and slots[CONTACT_ASIDE_SLOT] is None
    assert (slots["contact_name"], slots["contact_email"], slots["contact_phone"]) == ("Sophie Martin", "s.martin@ehpad-glycines.fr", "+33241000000")
    assert said == [messages.ALSO_NOTED.format(changes="contact : Sophie Martin ; E-mail : s.martin@ehpad-glycines.fr ; téléphone : 02 41 00 00 00")]
    assert slots["requested_slot"] not in ("contact_name", "contact_email", "contact_phone")


def test_contact_details_kept_aside_are_forgotten_on_a_refusal_and_only_what_is_missing_is_asked() -> None:
    slots, _ = _answer("s.martin@ehpad-glycines.fr", "inform", _at_the_consent())
    refused, _ = _answer("non je refuse", "deny", slots)
    assert refused[CONSENT_SLOT] == CONSENT_REFUSED and refused[CONTACT_ASIDE_SLOT] is None and not refused.get("contact_email")
    agreed, said = _answer("oui", "affirm", slots)
    assert agreed["contact_email"] == "s.martin@ehpad-glycines.fr" and agreed["requested_slot"] == "contact_name"


# ---------------------------------------------------------------- twenty-sixth blind user test


def test_a_person_s_name_at_the_derogation_reason_is_said_to_be_no_reason() -> None:
    """u26-06: « Jean Lefebvre » typed at the derogation's reason was accepted as the reason (twenty-sixth blind user test):
    through the form's validation, it is said to be a person's name, nothing stored, the reason asked again."""
    slots: dict = {**completed_submission_slots(), "eligibility": "derogation", "derogation_justification": None,
                   "requested_slot": "derogation_justification"}
    events, said = run(ValidateHiringIntentForm(), tracker("Jean Lefebvre", intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_.get("derogation_justification") is None and set_.get("submission_failures") == 1.0
    assert said and said[0]["text"].startswith(messages.JUSTIFICATION_IS_A_NAME)


def test_a_job_typed_after_having_no_siret_is_read_as_the_job() -> None:
    """u26-18: after « je ne l'ai pas » at the SIRET, « agent polyvalent ecole cantine » got « pas de numéro SIRET » and the SIRET
    asked again (twenty-sixth blind user test): through the form's validation, the SIRET is left to the Region and the job noted."""
    slots: dict = {**completed_submission_slots(), "siret": None, "job_title": "agent polyvalent ecole", "submission_failures": 1.0,
                   "requested_slot": "siret"}
    events, said = run(ValidateHiringIntentForm(), tracker("agent polyvalent ecole cantine", intent="nlu_fallback", slots=slots,
                                                           active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["job_title"] == "agent polyvalent ecole cantine" and set_["missing_fields"] == ["siret"]
    assert [m["text"] for m in said][:2] == [messages.SKIP_NOTED_OF.get("siret") or messages.SKIP_NOTED.format(label="SIRET"),
                                             messages.ALSO_NOTED.format(changes="poste : agent polyvalent ecole cantine")]


def test_what_is_said_of_the_candidate_after_the_training_needs_is_read_as_the_candidate() -> None:
    """u26-07: « service en salle, hygiene HACCP, et le candidat serveur est etranger, il a un titre de sejour » was stored whole as
    the training needs (twenty-sixth blind user test): through the form's validation, the needs are kept without the clause, which
    is read as at the recap (« C'est corrigé. Candidat : … »)."""
    slots: dict = {**completed_submission_slots(), "candidate_status": "demandeur_emploi", "training_needs": None,
                   "requested_slot": "training_needs"}
    text = "service en salle, hygiene HACCP, et la candidate est au chomage mais pas inscrite"
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="faq", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["training_needs"] == "service en salle, hygiene HACCP" and set_["candidate_status"] == "non_inscrit"
    assert said[0]["text"].startswith(messages.CORRECTED_FIELD.format(label=messages.RECAP_CANDIDATE_LABEL, value="").rstrip("."))


# ---------------------------------------------------------------- a question answered at the consent (twenty-seventh blind user test)


def _asked_with(events: list[dict[str, Any]]) -> str:
    slots = _at_the_consent()
    ask_consent = getattr(submission_actions, f"ActionAsk_{CONSENT_SLOT}")  # (made in a loop by the module)
    _, said = run(ask_consent(), tracker(slots=slots, events=events, active_loop="hiring_intent_form"))
    return said[0]["text"]


def test_the_consent_asked_again_after_a_question_answered_there_is_the_short_one() -> None:
    """u27-03, u27-08: the whole personal-data notice came again after each FAQ question asked at the consent step: asked
    again right after, the consent question is the short one (the notice said just before); the first time, the notice."""
    notice = question(CONSENT_SLOT, {})["text"]
    assert notice != messages.CONSENT_QUESTION_AGAIN
    before = [{"event": "bot", "text": question("training_needs", {})["text"]}, user_event("CACES 1 et 5", "inform")]
    assert _asked_with(before) == notice
    faq = [{"event": "bot", "text": "La formation est 100% prise en charge par la Région."}, {"event": "bot", "text": "Cette réponse vous a-t-elle aidé ?"}]
    first = [*before, {"event": "bot", "text": notice}, user_event("c quoi la difference avec la POEI au fait?", "faq"), *faq]
    assert _asked_with(first) == messages.CONSENT_QUESTION_AGAIN
    second = [*first, {"event": "bot", "text": messages.CONSENT_QUESTION_AGAIN}, user_event("La formation a lieu avant ou après ?", "faq"), *faq]
    assert _asked_with(second) == messages.CONSENT_QUESTION_AGAIN


# ---------------------------------------------------------------- « je vous l'ai déjà dit » at the weekly hours


def _hours_said_earlier(text: str, earlier: list[str]) -> tuple[dict[str, Any], list[str]]:
    """``text`` typed at the weekly hours' question of the request, after ``earlier`` typed messages."""
    slots = {**ELIGIBLE_SLOTS, "requested_slot": "weekly_hours"}
    history: list[dict[str, Any]] = []
    for said in earlier:
        history += [user_event(said, "inform"), {"event": "bot", "text": "…"}]
    events = [*history, {"event": "action", "name": "action_listen"}, user_event(text, "nlu_fallback")]
    done, said_back = run(ValidateHiringIntentForm(), tracker(text, intent="nlu_fallback", slots=slots, events=events, active_loop="hiring_intent_form"))
    return slot_events(done), [m.get("text") or "" for m in said_back]


_FIRST = "bonjour, on est un garage à Cholet et on cherche un mécano 35h par semaine, c'est quoi les conditions ?"


@pytest.mark.parametrize("text", ["je vous l'ai déjà dit au début", "c'était dans mon premier message", "je l'ai dit plus haut"])
def test_the_weekly_hours_said_earlier_are_read_back_and_kept(text: str) -> None:
    """« 35h c'était dans mon premier message », « je vous l'ai déjà dit au début » at the weekly hours got « Désolé pour la
    gêne. Je n'ai pas encore la durée de travail… », counted as a failure (twenty-eighth blind user test): the hours said in an
    earlier message are said back and recorded."""
    read, said = _hours_said_earlier(text, [_FIRST, "CDI", "pas encore de candidat", "oui", "Garage Martin"])
    assert read["weekly_hours"] == 35.0
    assert said[0] == messages.TAKEN_FROM_ABOVE.format(label="Durée hebdomadaire", value="35 h")


@pytest.mark.parametrize("text", ["je vous l'ai déjà dit au début", "c'était dans mon premier message"])
def test_no_weekly_hours_said_earlier_is_said_so_and_asked_again_uncounted(text: str) -> None:
    read, said = _hours_said_earlier(text, ["on cherche un mécano en CDI à Cholet", "pas encore de candidat", "oui"])
    assert "weekly_hours" not in read and not read.get("submission_failures")
    assert said == [messages.NOT_FOUND_ABOVE.format(noun="la durée de travail par semaine")]


def test_the_latest_weekly_hours_said_earlier_win_and_a_question_is_no_statement() -> None:
    read, said = _hours_said_earlier("je vous l'ai déjà dit", [_FIRST, "et à 20h par semaine c'est possible ?", "finalement ce sera 30h"])
    assert read["weekly_hours"] == 30.0
    read, said = _hours_said_earlier("je vous l'ai déjà dit", ["et à 20h par semaine c'est possible ?"])
    assert "weekly_hours" not in read and said == [messages.NOT_FOUND_ABOVE.format(noun="la durée de travail par semaine")]


def test_weekly_hours_said_again_with_the_protest_are_read_as_said() -> None:
    read, _ = _hours_said_earlier("35h c'était dans mon premier message", ["on cherche un mécano en CDI à Cholet"])
    assert read["weekly_hours"] == 35.0


@pytest.mark.parametrize(
    "text",
    ["Re-bonjour, j'ai le siret maintenant : 73282932000074, on peut continuer ?", "on reprend ? le siret c'est 73282932000074",
     "je peux continuer ma demande ? siret 73282932000074"],
)
def test_resuming_with_the_value_asked_keeps_it(text: str) -> None:
    """After « annuler » at the SIRET, « Re-bonjour, j'ai le siret maintenant : …, on peut continuer ? » got a new greeting,
    and the SIRET had to be typed again (thirtieth blind user test)."""
    from bot.submission.dialogue import wants_to_resume

    kept = {k: v for k, v in completed_submission_slots().items() if k in ("eligibility", "eligibility_reasons", "contract_type",
                                                                            "candidate_status", "company_name")}
    assert wants_to_resume(text, {KEPT_SLOT: kept})
    events, said = run(ActionStartSubmission(), tracker(text, intent="inform", slots={KEPT_SLOT: kept}))
    resumed = slot_events(events)
    assert resumed["company_name"] == kept["company_name"] and resumed["siret"] == "73282932000074", resumed
    assert said[0]["text"] == messages.SUBMISSION_RESUMED


@pytest.mark.parametrize(
    ("text", "hours"),
    [("pardon la directrice vient de passer, on continue finalement. c'est 32h50 par semaine", 32.83),
     ("on continue finalement", None), ("on reprend finalement, 35h", 35.0), ("en fait on continue : 28 heures", 28.0),
     ("je me suis trompé, on continue", None), ("je me suis trompee on continue du coup", None),
     ("bon on continue quand meme, ce sera 30h", 30.0), ("desole on reprend finalement", None)],
)
def test_going_on_right_after_a_cancel_resumes_with_the_value_said(text: str, hours: float | None) -> None:
    """« annuler », « oui », then « pardon la directrice vient de passer, on continue finalement. c'est 32h50 par semaine » got
    « Je n'ai pas de réponse à cette question » (forty-second blind user test, u42-09): the request resumed with the answers
    kept, and the hours said with it answer the question it stopped at."""
    from bot.submission.dialogue import wants_to_resume

    kept = {k: v for k, v in completed_submission_slots().items() if k in ("eligibility", "eligibility_reasons", "contract_type",
                                                                            "candidate_status", "company_name", "siret", "employer_type",
                                                                            "work_location", "job_title", "positions")}
    assert wants_to_resume(text, {KEPT_SLOT: kept})
    events, said = run(ActionStartSubmission(), tracker(text, intent="inform", slots={KEPT_SLOT: kept}))
    resumed = slot_events(events)
    assert resumed["siret"] == kept["siret"] and resumed.get("weekly_hours") == hours, resumed
    assert said[0]["text"] == messages.SUBMISSION_RESUMED


@pytest.mark.parametrize("text", ["on continue la formation finalement ?", "le salarié continue finalement sa formation ?"])
def test_a_question_about_going_on_is_no_resumption(text: str) -> None:
    from bot.submission.dialogue import wants_to_resume

    assert not wants_to_resume(text, {KEPT_SLOT: {"company_name": "Menuiserie Durand"}})


@pytest.mark.parametrize("text", ["on peut continuer ?", "on reprend ?", "je peux continuer ma demande", "on peut reprendre ?"])
def test_asking_to_go_on_resumes(text: str) -> None:
    from bot.submission.dialogue import wants_to_resume

    assert wants_to_resume(text, {KEPT_SLOT: {"company_name": "Menuiserie Durand"}})
    assert not wants_to_resume(text, {})  # (nothing kept: nothing to resume)


# --- Thirty-first blind user test: facts said earlier asked again by the request ---------------------------------------

_EVERYTHING_SAID = (
    "Bonjour, je souhaite déposer une intention d'embauche. Entreprise : Boulangerie Pâtisserie Hervouet, SIRET 48219376000006, "
    "entreprise privée, à Clisson (44190). Poste : vendeuse en boulangerie, 2 postes, CDD de 12 mois, 30 heures par semaine, "
    "embauche au 1er avril 2027. Pas encore de candidates, on compte sur France Travail. Besoins : hygiène alimentaire HACCP, "
    "techniques de vente, encaissement. Contact : Nathalie Hervouet, n.hervouet@boulangerie-hervouet.fr, 02 40 54 33 21. "
    "J'accepte la transmission de mes données."
)


def test_a_consent_given_in_the_first_message_is_noted_with_the_notice() -> None:
    """« J'accepte la transmission de mes données » in the first message, then the consent question and « j'ai déjà dit que
    j'acceptais »; « 5 questions » announced for 4 asked (thirty-first blind user test): the notice shown, the consent noted,
    nothing left to ask but the recap."""
    from bot.eligibility.dialogue import opening_updates

    memory = opening_updates(_EVERYTHING_SAID)[MEMORY_SLOT]
    slots = {**ELIGIBLE_SLOTS, "contract_type": "cdd", "contract_duration": 12.0, MEMORY_SLOT: memory}
    events, said = run(ActionStartSubmission(), tracker("oui préparez-la", intent="affirm", slots=slots))
    texts = [m["text"] for m in said]
    assert texts[0] == messages.SUBMISSION_INTRO_ALL_SAID
    assert "Nombre de postes : 2" in texts[1] and "Contact : Nathalie Hervouet" in texts[1] and "HACCP" in texts[1]
    assert texts[2] == messages.CONSENT_GIVEN_EARLIER and texts[3].startswith("Vos coordonnées serviront à")
    set_ = slot_events(events)
    assert set_[CONSENT_SLOT] and set_[CONSENT_SLOT] != CONSENT_REFUSED
    assert (set_["positions"], set_["contact_name"]) == (2, "Nathalie Hervouet")


@pytest.mark.parametrize(
    "said",
    [
        # (near misses: no consent to the data said plainly, a question, a refusal, a condition)
        "on recrute une vendeuse en CDI à Clisson. J'accepte.",
        "on recrute une vendeuse en CDI à Clisson. J'accepte les conditions du dispositif.",
        "on recrute une vendeuse en CDI à Clisson. Faut-il que j'accepte la transmission de mes données ?",
        "on recrute une vendeuse en CDI à Clisson. Je n'accepte pas la transmission de mes données.",
        "on recrute une vendeuse en CDI à Clisson. Si j'accepte la transmission de mes données, qui les verra ?",
    ],
)
def test_no_consent_is_noted_unless_given_plainly_before(said: str) -> None:
    slots = {**ELIGIBLE_SLOTS, MEMORY_SLOT: {"said": said}}
    events, texts = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    assert slot_events(events)[CONSENT_SLOT] is None
    assert messages.CONSENT_GIVEN_EARLIER not in [m["text"] for m in texts]


def test_the_hours_shown_by_the_check_of_a_second_request_are_not_asked_again() -> None:
    """The second check's summary said « durée de travail : 26 h par semaine » (the hours of the request sent), then the request
    asked them again (thirty-first blind user test)."""
    previous = previous_request(completed_submission_slots())
    slots = {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous, "weekly_hours": 26.0, MEMORY_SLOT: {"said": "et maintenant la demande pour les Sables-d'Olonne"}}
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    assert slot_events(events)["weekly_hours"] == 26.0
    assert any("Durée hebdomadaire : 26 h" in m["text"] for m in said)
    # (near miss: no hours shown, none taken)
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**slots, "weekly_hours": None}))
    assert slot_events(events)["weekly_hours"] is None


# ---------------------------------------------------------------- thirty-second blind user test


def test_the_siret_given_later_in_a_question_is_skipped_whatever_the_classifier_read() -> None:
    """u32-01: « je l'ai pas sous la main, c'est le comptable qui l'a. je peux le donner plus tard ? » at the SIRET got the FAQ's
    « Je n'ai pas de réponse à cette question » and the SIRET again (thirty-second blind user test): through the form's
    validation, the SIRET is left for the recap or the Region, and said so."""
    slots: dict = {**completed_submission_slots(), "siret": None, "requested_slot": "siret"}
    text = "je l'ai pas sous la main, c'est le comptable qui l'a. je peux le donner plus tard ?"
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="out_of_scope", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["missing_fields"] == ["siret"] and set_.get("siret") is None
    assert [m["text"] for m in said] == [messages.GIVE_IT_AT_THE_RECAP.format(label="SIRET")]


def test_the_siret_said_not_at_hand_with_the_name_is_not_asked_bare() -> None:
    """u32-07: « Imprimerie Atlantique Graphic, le siret je l'ai pas en tête » at the company's name kept the name, then asked the
    SIRET bare (thirty-second blind user test): the name kept, the SIRET left for the recap or the Region, said so."""
    slots: dict = {**completed_submission_slots(), "company_name": None, "siret": None, "requested_slot": "company_name"}
    text = "Imprimerie Atlantique Graphic, le siret je l'ai pas en tête"
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["company_name"] == "Imprimerie Atlantique Graphic" and set_["missing_fields"] == ["siret"]
    assert messages.SIRET_LATER_WITH_THE_NAME.format(label="SIRET") in [m["text"] for m in said]


# ---------------------------------------------------------------- thirty-third blind user test


def test_the_contact_said_with_the_consent_after_you_may_contact_is_taken() -> None:
    """u33-02: « Oui, j'accepte. Vous pouvez contacter Mme Claire Lemaître-Nguyen, responsable RH, au 02 40 22 33 44 ou par mail à
    … » took the consent, then asked the name and the e-mail again (thirty-third blind user test): all three are taken."""
    text = ("Oui, j'accepte. Vous pouvez contacter Mme Claire Lemaître-Nguyen, responsable RH, au 02 40 22 33 44 ou par mail à "
            "c.lemaitre-nguyen@metallerie-oceane.fr")
    slots, _ = _answer(text, "affirm", _at_the_consent())
    assert slots[CONSENT_SLOT] not in (None, CONSENT_REFUSED)
    assert (slots["contact_name"], slots["contact_email"], slots["contact_phone"]) == (
        "Mme Claire Lemaître-Nguyen", "c.lemaitre-nguyen@metallerie-oceane.fr", "+33240223344")


def test_a_company_name_in_brackets_at_the_end_of_a_sentence_loses_its_full_stop() -> None:
    """u33-02: « Comme indiqué dans mon premier message, il s'agit de Métallerie Océane (SAS). » was stored with its full stop
    (thirty-third blind user test)."""
    slots: dict = {**completed_submission_slots(), "company_name": None, "requested_slot": "company_name"}
    slots, _ = _answer("Comme indiqué dans mon premier message, il s'agit de Métallerie Océane (SAS).", "inform", slots)
    assert slots["company_name"] == "Métallerie Océane (SAS)"


def test_a_contract_preferred_to_another_at_the_job_question_is_the_one_taken_with_the_job() -> None:
    """u33-07: « cuisinier. Par contre en y réfléchissant je préfère commencer par un CDD de 8 mois plutôt qu'un CDI, on verra
    après. » at the job got « je corrige le contrat : CDI » (the opposite) and the job asked again (thirty-third blind user
    test): « X plutôt qu'un Y » is X, and the job is kept."""
    slots: dict = {**completed_submission_slots(), "contract_type": "cdi", "contract_duration": None, "job_title": None,
                   "requested_slot": "job_title"}
    text = "cuisinier. Par contre en y réfléchissant je préfère commencer par un CDD de 8 mois plutôt qu'un CDI, on verra après."
    slots, said = _answer(text, "inform", slots)
    assert (slots["contract_type"], slots["contract_duration"]) == ("cdd", 8)
    assert slots["job_title"] == "cuisinier"
    assert any("CDD de 8 mois" in s for s in said)


def test_staying_on_the_contract_said_before_at_the_hours_question_is_taken_and_said_back() -> None:
    """u33-07: « temps plein, 39 heures en saison. Et puis non, tout bien réfléchi on reste sur le CDI, il le mérite. » at the
    hours kept the CDD of 8 months without a word (thirty-third blind user test): the CDI again, said back, with the hours."""
    slots: dict = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8, "weekly_hours": None,
                   "requested_slot": "weekly_hours"}
    text = "temps plein, 39 heures en saison. Et puis non, tout bien réfléchi on reste sur le CDI, il le mérite."
    slots, said = _answer(text, "inform", slots)
    assert slots["contract_type"] == "cdi" and not slots.get("contract_duration")
    assert slots["weekly_hours"] == 39
    assert any("CDI" in s for s in said)


def test_the_company_and_the_count_of_a_long_first_message_are_said_in_the_project() -> None:
    """u33-02: « …chez Métallerie Océane, une PME de 85 salariés… recruter trois soudeurs en CDI » had the company and the count
    asked again by the request (thirty-third blind user test)."""
    from bot.submission.dialogue import said_in_the_project

    text = ("Bonjour, je suis responsable des ressources humaines chez Métallerie Océane, une PME de 85 salariés basée à "
            "Saint-Nazaire (44600). Nous rencontrons de grandes difficultés à recruter des soudeurs qualifiés depuis plus d'un an. "
            "Nous souhaiterions recruter trois soudeurs en CDI, à temps plein (35 heures), idéalement pour début avril 2027. Nous "
            "avons repéré des candidats via France Travail, tous inscrits comme demandeurs d'emploi, mais aucun n'a la qualification "
            "TIG/MIG requise. Votre dispositif pourrait-il nous aider ?")
    said = said_in_the_project(text, dt.date(2026, 12, 3))
    assert said.get("company_name") == "Métallerie Océane" and said.get("positions") == 3

# ---------------------------------------------------------------- thirty-fourth blind user test

_ALL_IN_ONE = ("Je veux déposer une intention d'embauche : CDI 35h, cariste, 1 poste, à Saint-Nazaire, entreprise Portuaire Services "
               "SARL, siret 552 100 554 00021, pas de candidat, démarrage 1er mars 2027, besoin CACES R489 cat 3 et 5. Contact Paul "
               "Martin paul.martin@ps-sarl.fr 0240112233")


def test_a_first_message_that_lists_everything_has_its_count_contact_and_phone_taken() -> None:
    """u34-09: the first message gave every field, and the request asked « Combien de postes ? » (« 1 poste » said: the figures of
    « cat 3 et 5 » taken for other counts), the contact's name (« Contact Paul Martin », no colon) and the phone (typed after the
    e-mail, in one piece with it): only the e-mail was kept (thirty-fourth blind user test)."""
    memory = {"commune": "Saint-Nazaire", "department": "44", "postal_code": "44600", "said": _ALL_IN_ONE}
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    set_ = slot_events(events)
    assert (set_["positions"], set_["contact_name"], set_["contact_email"]) == (1, "Paul Martin", "paul.martin@ps-sarl.fr")
    assert set_["contact_phone"] == "+33240112233"
    assert set_["training_needs"] == "CACES R489 cat 3 et 5"


@pytest.mark.parametrize(("said", "found"), [
    # (thirty-fourth blind user test, u34-09: the phone after the e-mail, the name after « Contact » without a colon)
    ("Contact Paul Martin paul.martin@ps-sarl.fr 0240112233",
     {"contact_name": "Paul Martin", "contact_email": "paul.martin@ps-sarl.fr", "contact_phone": "+33240112233"}),
    ("Contact : Paul Martin, 0240112233 paul.martin@ps-sarl.fr",
     {"contact_name": "Paul Martin", "contact_email": "paul.martin@ps-sarl.fr", "contact_phone": "+33240112233"}),
    # the count beside a certificate's categories (« cat 3 et 5 », « catégories 1 et 3 »)
    ("CDI, cariste, 1 poste, besoin CACES R489 cat 3 et 5", {"positions": 1}),
    ("CDI, 2 postes, CACES R489 catégories 1 et 3", {"positions": 2}),
    # (near misses: no contact named, two counts)
    ("on vous contactera Paul Martin", {}),
    ("CDI, 2 postes a 35h et 1 poste a 20h", {}),
])
def test_the_contact_and_the_count_said_in_the_project_are_read(said: str, found: dict[str, Any]) -> None:
    from bot.submission.dialogue import said_in_the_project

    read = said_in_the_project(said, dt.date(2026, 12, 1))
    assert {k: read.get(k) for k in ("contact_name", "contact_email", "contact_phone", "job_title", "positions") if read.get(k) is not None} == found


@pytest.mark.parametrize(("said", "job", "count"), [
    # u34-02: « Bon. Préparons la demande pour les 6 soudeurs d'abord. » taking up the offer of the request (the first message
    # named two jobs): the job and the count were asked again (thirty-fourth blind user test)
    ("Bon. Préparons la demande pour les 6 soudeurs d'abord.", "soudeurs", 6),
    ("faisons la demande pour le cariste", "cariste", None),
    ("ok on fait la demande pour 2 chaudronniers", "chaudronniers", 2),
    # (near misses: no job after « pour »)
    ("préparons la demande pour le mois prochain", None, None),
    ("faisons la demande pour demain", None, None),
])
def test_the_job_a_request_is_said_to_be_for_is_read(said: str, job: str | None, count: int | None) -> None:
    from bot.submission.dialogue import said_in_the_project

    read = said_in_the_project(said, dt.date(2026, 12, 1))
    assert (read.get("job_title"), read.get("positions")) == (job, count)


def test_the_job_a_request_is_said_to_be_for_wins_over_the_jobs_of_the_first_message() -> None:
    """u34-02: the first message named « des soudeurs et des chaudronniers », then « Préparons la demande pour les 6 soudeurs
    d'abord »: the job and the count were asked again (thirty-fourth blind user test)."""
    said = ("Bonjour, je suis responsable des ressources humaines d'une entreprise de métallurgie d'environ 200 salariés basée à "
            "Cholet. Nous rencontrons depuis plusieurs mois de grandes difficultés à recruter des soudeurs et des chaudronniers "
            "qualifiés. Bon. Préparons la demande pour les 6 soudeurs d'abord.")
    memory = {"commune": "Cholet", "department": "49", "postal_code": "49300", "said": said}
    events, _ = run(ActionStartSubmission(), tracker("Bon. Préparons la demande pour les 6 soudeurs d'abord.", intent="affirm",
                                                     slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    set_ = slot_events(events)
    assert (set_["job_title"], set_["positions"]) == ("soudeurs", 6)


def test_the_count_said_with_the_job_at_its_question_is_kept() -> None:
    """u34-05: « préparateur de commandes, 2 postes comme dit au début » at the job got « Combien de postes ? » (thirty-fourth
    blind user test): through the form's validation, the job and the count are kept, the hours asked next."""
    slots: dict = {**completed_submission_slots(), "job_title": None, "positions": None, "weekly_hours": None, "requested_slot": "job_title"}
    text = "préparateur de commandes, 2 postes comme dit au début"
    events, _ = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert (slots["job_title"], slots["positions"], slots["requested_slot"]) == ("préparateur de commandes", 2, "weekly_hours")


_CAMPING = ("Bonjour, camping aux Sables-d'Olonne, je cherche 3 agents d'entretien pour la saison, CDD de 4 mois d'avril à juillet. "
            "C'est éligible ?")


@pytest.mark.parametrize(("said", "kept", "months", "two"), [
    # u34-06: a seasonal CDD said « pour la saison », then « CDD de 4 mois »: one contract, told « deux contrats (un CDD
    # saisonnier de 4 mois et un CDD de 4 mois) » (thirty-fourth blind user test)
    (_CAMPING, "cdd_saisonnier", 4.0, False),
    ("on cherche 2 serveurs en CDD saisonnier, un CDD de 5 mois", "cdd_saisonnier", 5.0, False),
    # (near misses: two lengths, two contracts)
    ("un serveur en CDD saisonnier de 2 mois et un cuisinier en CDD de 8 mois", "cdd_saisonnier", 2.0, True),
    ("un cuisinier en CDI et une femme de chambre en CDD de 7 mois", "cdi", None, True),
])
def test_a_seasonal_cdd_said_again_as_a_cdd_is_one_contract(said: str, kept: str, months: float | None, two: bool) -> None:
    from bot.submission.dialogue import two_contracts_at_the_start

    slots = {"contract_type": kept, "contract_duration": months, MEMORY_SLOT: {"said": said}}
    assert (two_contracts_at_the_start(slots) is not None) == two


def test_the_company_s_name_said_with_a_contract_corrected_is_kept() -> None:
    """u34-06: « non c'est un seul contrat, le CDD saisonnier de 4 mois. Le nom : Camping Les Dunes Dorées » at the company's name
    corrected the contract and lost the name, asked again (thirty-fourth blind user test)."""
    slots: dict = {**completed_submission_slots(), "contract_type": "cdd_saisonnier", "contract_duration": 4.0, "company_name": None,
                   "siret": None, "requested_slot": "company_name", MEMORY_SLOT: {"said": _CAMPING}}
    text = "non c'est un seul contrat, le CDD saisonnier de 4 mois. Le nom : Camping Les Dunes Dorées"
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form"))
    set_ = slot_events(events)
    assert set_["company_name"] == "Camping Les Dunes Dorées" and set_["contract_type"] == "cdd_saisonnier"
    assert [m["text"] for m in said][-1] == messages.ALSO_NOTED.format(changes=messages.CHANGED_FIELD.format(
        label="Entreprise", value="Camping Les Dunes Dorées"))


def test_a_commune_in_brackets_after_a_landmark_is_the_request_s_place() -> None:
    """u34-14: « près d'Angers (Avrillé) » was stored as « Maine-et-Loire (49) », then « Dans quelle commune… » asked by the
    request (thirty-fourth blind user test)."""
    from bot.eligibility.dialogue import opening_updates

    found = opening_updates("Bonjour, je suis gérant d'une entreprise de paysage près d'Angers (Avrillé). Je veux embaucher 2 jardiniers "
                            "paysagistes en CDI à temps plein. On peut lancer la demande ?")
    assert found["department"] == "49" and found[MEMORY_SLOT]["commune"] == "Avrillé"
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: found[MEMORY_SLOT]}))
    assert slot_events(events)["work_location"]["commune"] == "Avrillé"


# ---------------------------------------------------------------- thirty-fifth blind user test


def test_the_contact_said_after_c_moi_with_the_consent_is_taken() -> None:
    """u35-04: « oui jaccepte. c moi Laetitia Robin 06 98 76 54 32 laetitia.hairdutemps@gmail.com » recorded the consent, then
    « Quel est le nom de la personne à contacter ? » (thirty-fifth blind user test): the name, phone and e-mail are taken."""
    for text in ("oui jaccepte. c moi Laetitia Robin 06 98 76 54 32 laetitia.hairdutemps@gmail.com",
                 "oui j'accepte. c'est moi Laetitia Robin 06 98 76 54 32 laetitia.hairdutemps@gmail.com"):
        slots, _ = _answer(text, "affirm", _at_the_consent())
        assert slots[CONSENT_SLOT] not in (None, CONSENT_REFUSED)
        assert (slots["contact_name"], slots["contact_email"], slots["contact_phone"]) == (
            "Laetitia Robin", "laetitia.hairdutemps@gmail.com", "+33698765432")


def _at_the_contact_name() -> dict[str, Any]:
    return {**_at_the_consent(), CONSENT_SLOT: "2026-12-03T10:00:00+00:00", "requested_slot": "contact_name"}


def test_just_given_at_a_question_takes_the_value_of_the_message_before() -> None:
    """u35-04: « je viens de vous le donner ?? » at the contact's name got « le nom … doit être écrit avec des lettres »
    (thirty-fifth blind user test): the name of the message before is taken, said back."""
    earlier = [user_event("oui jaccepte. c moi Laetitia Robin 06 98 76 54 32 laetitia.hairdutemps@gmail.com", "affirm")]
    state = tracker("je viens de vous le donner ??", intent="inform", slots=_at_the_contact_name(),
                    events=[*earlier, user_event("je viens de vous le donner ??", "inform")], active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    assert slot_events(events)["contact_name"] == "Laetitia Robin"
    assert not any("lettres" in (m.get("text") or "") for m in said)


def test_just_given_with_nothing_before_gets_an_apology_and_the_question() -> None:
    """(thirty-fifth blind user test) « je viens de vous le donner » with no name said before: an apology and the question,
    never a validation error."""
    state = tracker("je viens de vous le donner ??", intent="inform", slots=_at_the_contact_name(),
                    events=[user_event("oui j'accepte", "affirm"), user_event("je viens de vous le donner ??", "inform")],
                    active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    assert slot_events(events).get("contact_name") is None
    texts = [m.get("text") or "" for m in said]
    assert texts and texts[0] == messages.NOT_FOUND_ABOVE.format(noun=messages.FIELD_NOUNS["contact_name"])
    assert not any("lettres" in t for t in texts)


@pytest.mark.parametrize(("said", "found"), [
    # u35-02: « oui on prepare. Interim Vendee Plus, siret …, on en cherche 4, cariste CACES 1 3 5 » kept only the SIRET
    ("oui on prepare. Interim Vendee Plus, siret 986 830 784 00013, on en cherche 4, cariste CACES 1 3 5",
     {"company_name": "Interim Vendee Plus", "siret": "98683078400013", "job_title": "cariste", "positions": 4}),
    # u35-04: « salon Hair du Temps, …, 1 apprentie coiffeuse »: the job is « coiffeuse », the apprentice being the contract
    ("ok on fait la demande. salon Hair du Temps, siret 683 626 998 00010, c une sarl, 1 apprentie coiffeuse",
     {"company_name": "Hair du Temps", "siret": "68362699800010", "employer_type": "prive", "job_title": "coiffeuse", "positions": 1}),
    # u35-05: the structure in the first message
    ("Bonjour, centre hospitalier du Mans, service RH. On veut recruter des ASH en CDD de 6 mois a 20h/sem, eligible?",
     {"company_name": "centre hospitalier du Mans", "employer_type": "public", "job_title": "ASH"}),
    # u36-07, u36-10 (thirty-sixth blind user test): a cooperative is a private company, an « EHPAD associatif » an association
    ("Bonjour, je dirige une coopérative agricole (SCA) de production horticole à Saint-Barthélemy-d'Anjou (49).",
     {"employer_type": "prive"}),
    ("Bonjour, je suis directrice d'un EHPAD associatif à Sablé-sur-Sarthe.", {"employer_type": "association"}),
])
def test_the_facts_said_when_the_request_starts_are_read(said: str, found: dict[str, Any]) -> None:
    """(thirty-fifth blind user test) The company, job and count typed when taking up the offer of the request were asked again."""
    from bot.submission.dialogue import said_in_the_project

    read = said_in_the_project(said, dt.date(2026, 12, 3))
    assert {k: read.get(k) for k in found} == found


def test_the_place_said_with_the_company_when_the_request_starts_is_the_workplace() -> None:
    """u35-03: « ok on y va. GAEC des Trois Chenes a Montsurs, siret … » had « Dans quelle commune… ? » asked (thirty-fifth blind
    user test)."""
    memory = {"said": ("bonjour jsuis agriculteur (elevage laitier) pres de laval, je cherche un salarie agricole en cdd de 5 mois, "
                       "ca rentre dedans ?. ok on y va. GAEC des Trois Chenes a Montsurs, siret 667 033 849 00015"),
              "job_title": "salarie agricole"}
    slots = {**ELIGIBLE_SLOTS, "department": "53", MEMORY_SLOT: memory}
    events, _ = run(ActionStartSubmission(), tracker("ok on y va. GAEC des Trois Chenes a Montsurs, siret 667 033 849 00015",
                                                     intent="affirm", slots=slots))
    set_ = slot_events(events)
    assert set_["work_location"]["commune"] == "Montsûrs" and set_["company_name"] == "GAEC des Trois Chenes"


def test_the_employer_type_of_a_first_message_answered_by_the_faq_is_not_asked_again() -> None:
    """u36-10: « directrice d'un EHPAD associatif » in a first message the FAQ answered, then « Quel type d'employeur êtes-vous ? »
    (thirty-sixth blind user test)."""
    first = ("Bonjour, je suis directrice d'un EHPAD associatif à Sablé-sur-Sarthe. Avant toute chose : la Région peut-elle aussi "
             "financer l'achat d'un lève-personne ?")
    memory = {"said": "Nous souhaitons embaucher trois aides-soignantes en contrat de professionnalisation de 18 mois, à 35 heures.",
              "commune": "Sablé-sur-Sarthe", "department": "72", "postal_code": "72300"}
    events, _ = run(ActionStartSubmission(), tracker("Préparer ma demande", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory},
                                                     events=[user_event(first, "faq")]))
    assert slot_events(events)["employer_type"] == "association"


def _bot_event(text: str) -> dict[str, Any]:
    return {"event": "bot", "text": text}


@pytest.mark.parametrize(("after_the_verdict", "hours"), [
    # u40-01 (fortieth blind user test): the hours said beside a question once the check was done, asked again
    ("24h minimum ? c'est écrit où ça ? mon mecano sera a 35h de toute façon", 35.0),
    # (counter-cases: a question, the candidate's hours, the training's, too few hours)
    ("et à 30h c'est possible ?", None),
    ("il travaille 10h chez nous en ce moment", None),
    ("la formation fait 400h c'est ça ?", None),
    ("il sera à 20h", None),
])
def test_hours_said_after_the_check_began_are_not_asked_again(after_the_verdict: str, hours: float | None) -> None:
    memory = {"said": "un CDI, pour un poste de mecanicien dans mon garage a Reze", "job_title": "mecanicien", "commune": "Rezé",
              "department": "44", "postal_code": "44400"}
    events = [user_event("ça dure combien de temps la formation ? 20 heures par semaine c'est assez ?", "faq"),
              user_event("on passe à 39h pour l'autre poste", "faq"),
              _bot_event(messages.ELIGIBILITY_INTRO["text"]), user_event("un CDI, pour un poste de mecanicien dans mon garage a Reze", "inform"),
              user_event("oui un gars qui est inscrit a France travail depuis 8 mois", "inform"),
              user_event(after_the_verdict, "faq"), user_event("oui on prepare la demande", "affirm")]
    run_events, _ = run(ActionStartSubmission(), tracker("oui on prepare la demande", intent="affirm",
                                                         slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}, events=events))
    assert slot_events(run_events).get("weekly_hours") == hours


def test_the_job_the_request_is_said_to_be_for_after_the_verdict_is_not_asked_again() -> None:
    """u39-08 (thirty-ninth blind user test): « Non, je préfère rester sur des CDI intérimaires, … Préparons la demande pour 2
    soudeurs TIG en CDI intérimaire, 35 h, … » after a verdict changed the contract; the job and the count were asked again."""
    said = ("Non, je préfère rester sur des CDI intérimaires, c'était juste une question. Préparons la demande pour 2 soudeurs TIG "
            "en CDI intérimaire, 35 h, pour les chantiers navals.")
    events = [_bot_event(messages.ELIGIBILITY_INTRO["text"]), user_event("pas encore", "inform"), user_event(said, "inform"),
              user_event("Oui, préparons-la.", "affirm")]
    memory = {"said": "une agence d'intérim à Saint-Nazaire, des CDI intérimaires ?", "commune": "Saint-Nazaire", "department": "44"}
    run_events, _ = run(ActionStartSubmission(), tracker("Oui, préparons-la.", intent="affirm",
                                                         slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}, events=events))
    set_ = slot_events(run_events)
    assert (set_.get("job_title"), set_.get("positions")) == ("soudeurs TIG", 2)


@pytest.mark.parametrize(("wish", "positions"), [
    ("bon on prepare la demande pour 4 conducteurs", 4),
    ("ok on fait la demande pour deux chauffeurs", 2),
    ("bon on prepare la demande", None),
])
def test_the_count_the_request_is_said_to_be_for_is_kept_when_the_job_was_known(wish: str, positions: int | None) -> None:
    """u41-10 (forty-first blind user test): « bon on prepare la demande pour 4 conducteurs » once the job (« conducteurs poids
    lourds ») was known from the first message; « Combien de postes souhaitez-vous pourvoir ? » was asked all the same."""
    memory = {"said": "Nous avons régulièrement besoin de conducteurs poids lourds … pour un futur CDI ?", "job_title": "conducteurs poids lourds",
              "commune": "Le Mans", "department": "72", "postal_code": "72000"}
    events = [_bot_event(messages.ELIGIBILITY_INTRO["text"]), user_event("pas encore, on aimerait que France Travail nous envoie des candidats", "inform"),
              user_event(wish, "start_submission")]
    run_events, _ = run(ActionStartSubmission(), tracker(wish, intent="start_submission", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}, events=events))
    set_ = slot_events(run_events)
    assert (set_.get("job_title"), set_.get("positions")) == ("conducteurs poids lourds", positions)


def test_hours_said_before_a_request_sent_are_not_the_next_one_s() -> None:
    """u40-03: the hours of the request sent, typed at its question, are not those of the next request."""
    events = [_bot_event(messages.ELIGIBILITY_INTRO["text"]), user_event("4 caristes en CDI au Mans", "inform"),
              user_event("35 heures par semaine", "inform"), {"event": "slot", "name": REFERENCE_SLOT, "value": "1E1F-2026-000105"},
              user_event("je vais aussi avoir besoin de 3 préparateurs de commandes à Angers, en CDD de 8 mois", "inform"),
              user_event("Non, pas encore, France Travail nous en proposera.", "inform")]
    memory = {"said": "3 préparateurs de commandes à Angers, en CDD de 8 mois", "commune": "Angers", "department": "49"}
    run_events, _ = run(ActionStartSubmission(), tracker("Préparons la demande.", intent="affirm",
                                                         slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}, events=events))
    assert slot_events(run_events).get("weekly_hours") is None


def test_a_cooperative_at_the_employer_type_is_a_private_company_said_so() -> None:
    """u36-07: « Une société coopérative agricole … ni tout à fait une entreprise classique ni une association » (thirty-sixth
    blind user test): a private company, said so."""
    slots: dict = {**completed_submission_slots(), "employer_type": None, "requested_slot": "employer_type"}
    slots, said = _answer("Une société coopérative agricole. Ce n'est ni tout à fait une entreprise classique ni une association.",
                          "inform", slots)
    assert slots["employer_type"] == "prive"
    assert messages.COOPERATIVE_IS_PRIVATE in said


def test_the_training_needs_and_a_question_on_the_scheme_are_both_kept() -> None:
    """u35-05: « hygiene des locaux…, DASRI. au fait on peut avoir plusieurs sessions dans l annee ? » lost both (thirty-fifth
    blind user test): the needs stored, the question answered or declined, the next question asked."""
    slots: dict = {**completed_submission_slots(), "training_needs": None, "requested_slot": "training_needs"}
    text = ("hygiene des locaux en milieu hospitalier, bionettoyage, circuit du linge et des dechets (DASRI). au fait on peut avoir "
            "plusieurs sessions dans l annee ?")
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="faq", slots=slots, active_loop="hiring_intent_form"))
    slots = {**slots, **slot_events(events)}
    assert slots["training_needs"] == "hygiene des locaux en milieu hospitalier, bionettoyage, circuit du linge et des dechets (DASRI)"
    assert slots["requested_slot"] != "training_needs" and said


def test_a_question_on_the_scheme_at_the_consent_is_no_question_about_the_data() -> None:
    """u35-05: « on peut faire plusieurs sessions de formation dans l annee ? » at the consent got the data-use text (thirty-fifth
    blind user test): not about the data, no notice, the consent question again."""
    slots, said = _answer("on peut faire plusieurs sessions de formation dans l annee ?", "faq", _at_the_consent())
    assert slots[CONSENT_SLOT] is None
    assert messages.CONSENT_DATA_USE not in said and said


@pytest.mark.parametrize("text", ["g pas d email", "pas d email desolé", "j'ai pas de mail"])
def test_no_e_mail_gets_what_to_do_then_the_way_out(text: str) -> None:
    """u35-03: « g pas d email » got « L'adresse e-mail est nécessaire » and the question again, a dead end (thirty-fifth blind
    user test): why the Region needs one and what address may do; the third time, the way out. (Without a phone: with one,
    the request may go without e-mail since the forty-second blind user test, below.)"""
    slots: dict = {**completed_submission_slots(), "contact_email": None, "contact_phone": None, "requested_slot": "contact_email"}
    slots, said = _answer(text, "inform", slots)
    assert said[0] == messages.EMAIL_NEEDED_TO_REPLY and slots.get("contact_email") is None
    slots, said = _answer(text, "inform", slots)
    slots, said = _answer(text, "inform", slots)
    assert any("annuler la demande" in s for s in said)


def test_no_e_mail_with_a_phone_is_sent_with_the_call_back(store: SubmissionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """u42-04: « g pas de mail, appelez moi plutot au 06 71 22 33 44 », « j'ai pas d'adresse mail je vous dis, j'utilise pas
    internet… » were refused, then only « annuler » and the online form were offered (forty-second blind user test): the call
    back said, another address offered once, then the recap without e-mail, and the request stored with none."""
    monkeypatch.setenv("BOT_SMTP_URL", "smtp://mail.example:587")
    monkeypatch.setenv("BOT_SMTP_FROM", "assistant@region.example")
    slots: dict = {**completed_submission_slots(), "contact_email": None, "contact_phone": None, "requested_slot": "contact_email"}
    slots, said = _answer("g pas de mail, appelez moi plutot au 06 71 22 33 44", "inform", slots)
    assert messages.NO_EMAIL_CALL_BACK_OFFER.format(phone="06 71 22 33 44") in said and slots.get("contact_email") is None
    assert not any("annuler" in s for s in said)
    slots, said = _answer("j'ai pas d'adresse mail je vous dis, j'utilise pas internet, c'est ma femme qui fait la compta", "inform", slots)
    assert said[0] == messages.NO_EMAIL_NOTED.format(phone="06 71 22 33 44")
    from bot.submission.recap import recap

    assert "- E-mail : aucun (rappel par téléphone au 06 71 22 33 44)" in recap(slots)["text"].splitlines()  # the recap follows
    slots, said = _answer("ok c bon", "affirm", slots)
    assert slots[CONFIRM_SLOT] is True
    events, said = run(ActionSubmissionRecap(), tracker("ok c bon", intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert said[0]["text"] == " ".join([messages.SUBMITTED.format(reference=reference),
                                        messages.NO_ACKNOWLEDGEMENT.format(phone="06 71 22 33 44")])
    stored = store.get(reference)
    assert stored is not None and stored.contact_email is None and stored.missing_fields == ("contact_email",)


def test_a_request_sent_with_a_question_on_the_answer_s_delay_answers_it(store: SubmissionStore) -> None:
    """u38-04: « C'est correct, j'envoie. Vous me direz quand j'aurai une réponse ? » at the recap was not understood (thirty-eighth
    blind user test): sent, then the delay the FAQ does not give."""
    slots = {**completed_submission_slots(), CONFIRM_SLOT: True}
    text = "C'est correct, j'envoie. Vous me direz quand j'aurai une réponse ?"
    events, said = run(ActionSubmissionRecap(), tracker(text, intent="nlu_fallback", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert [m["text"] for m in said] == [messages.SUBMITTED.format(reference=reference), messages.RESPONSE_TIME_ONCE_SENT]


# ---------------------------------------------------------------- two phone numbers at the phone question
# (a defect left open by the previous session's blind user tests: « 02 41 22 33 44 ou 06 12 34 56 78 » got « Lequel faut-il
# retenir ? » without buttons, then « Quel est son numéro de téléphone ? », and « le portable » got « Je n'ai pas trouvé de numéro
# de téléphone »)

_TWO_PHONES = "02 41 22 33 44 ou 06 12 34 56 78"


def _at_the_phone() -> dict[str, Any]:
    return {**completed_submission_slots(), "contact_phone": None, "requested_slot": "contact_phone"}


@pytest.mark.parametrize("typed", [_TWO_PHONES, "02.41.22.33.44 ou bien 0612345678", "fixe 02 41 22 33 44 ou portable 06 12 34 56 78"])
def test_two_phone_numbers_are_offered_as_buttons(typed: str) -> None:
    state = tracker(typed, intent="inform", slots=_at_the_phone(), active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    set_ = slot_events(events)
    assert set_.get("contact_phone") is None and not set_.get(ATTEMPTS_SLOT)  # a choice to make, not a failed answer
    buttons = [{"title": n, "payload": n} for n in ("02 41 22 33 44", "06 12 34 56 78")]
    assert sent(said) == [{"text": messages.PHONE_WHICH.format(number="02 41 22 33 44", other="06 12 34 56 78"), "buttons": buttons}]
    # the choice is the question: « Quel est son numéro de téléphone ? » does not follow it (the form asks with the validation's
    # messages among the tracker's events)
    ask = submission_actions.ActionAsk_contact_phone()  # type: ignore[attr-defined]
    after = [user_event(typed, "inform"), {"event": "bot", "text": said[0]["text"]}]
    assert run(ask, tracker(typed, intent="inform", slots=_at_the_phone(), events=after))[1] == []
    # (near miss: the same message read at another question, the choice not asked: the question comes)
    assert sent(run(ask, tracker(typed, intent="inform", slots=_at_the_phone()))[1]) == [question("contact_phone")]


# An initial typed apart from the address (task of the session's helper h35-b): « t rabaud @ gmail.com » is « trabaud@… » or
# « t.rabaud@… »; the assistant does not choose for the employer: both offered as buttons, free text still read.

def _at_the_email() -> dict[str, Any]:
    return {**completed_submission_slots(), "contact_email": None, "requested_slot": "contact_email"}


@pytest.mark.parametrize(("typed", "offered"), [
    ("t rabaud @ gmail.com", ("trabaud@gmail.com", "t.rabaud@gmail.com")),
    ("m dupond @ free . fr", ("mdupond@free.fr", "m.dupond@free.fr")),
    ("c'est T Rabaud@gmail.com", ("TRabaud@gmail.com", "T.Rabaud@gmail.com")),
])
def test_an_initial_typed_apart_is_asked_back_with_both_addresses(typed: str, offered: tuple[str, str]) -> None:
    state = tracker(typed, intent="inform", slots=_at_the_email(), active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    set_ = slot_events(events)
    assert set_.get("contact_email") is None and not set_.get(ATTEMPTS_SLOT)  # a choice to make, not a failed answer
    buttons = [{"title": a, "payload": a} for a in offered]
    assert sent(said) == [{"text": messages.EMAIL_INITIAL_APART.format(joined=offered[0], dotted=offered[1]), "buttons": buttons}]
    ask = submission_actions.ActionAsk_contact_email()  # type: ignore[attr-defined]
    after = [user_event(typed, "inform"), {"event": "bot", "text": said[0]["text"]}]
    assert run(ask, tracker(typed, intent="inform", slots=_at_the_email(), events=after))[1] == []
    # (a button, or the address typed again, is the answer)
    for chosen in offered:
        events = [user_event(typed, "inform"), {"event": "bot", "text": said[0]["text"]}, user_event(chosen, "inform")]
        state = tracker(chosen, intent="inform", slots=_at_the_email(), events=events, active_loop="hiring_intent_form")
        assert slot_events(run(ValidateHiringIntentForm(), state)[0]).get("contact_email") == chosen


@pytest.mark.parametrize(
    ("typed", "number"),
    [
        ("06 12 34 56 78", "+33612345678"), ("02 41 22 33 44", "+33241223344"),  # the buttons
        ("le portable", "+33612345678"), ("plutôt le portable svp", "+33612345678"), ("le mobile", "+33612345678"), ("portable", "+33612345678"),
        ("le deuxième", "+33612345678"), ("le 2eme", "+33612345678"), ("le second", "+33612345678"), ("le dernier", "+33612345678"),
        ("le 06", "+33612345678"), ("celui en 06", "+33612345678"), ("06", "+33612345678"), ("le 2", "+33612345678"),
        ("le fixe", "+33241223344"), ("le premier", "+33241223344"), ("le 1er", "+33241223344"), ("le 02", "+33241223344"),
        ("mettez le fixe du bureau", "+33241223344"), ("le premier svp", "+33241223344"), ("le deuxieme stp", "+33612345678"),
    ],
)
def test_the_number_chosen_of_the_two_is_taken(typed: str, number: str) -> None:
    events = [user_event(_TWO_PHONES, "inform"), {"event": "bot", "text": "(lequel ?)"}, user_event(typed, "inform")]
    state = tracker(typed, intent="inform", slots=_at_the_phone(), events=events, active_loop="hiring_intent_form")
    set_ = slot_events(run(ValidateHiringIntentForm(), state)[0])
    assert set_.get("contact_phone") == number, set_


def test_a_choice_without_two_numbers_before_is_not_a_number() -> None:
    """(near miss) « le portable » with no two numbers said before is no number."""
    events = [user_event("Marie Dupont", "inform"), user_event("le portable", "inform")]
    state = tracker("le portable", intent="inform", slots=_at_the_phone(), events=events, active_loop="hiring_intent_form")
    assert slot_events(run(ValidateHiringIntentForm(), state)[0]).get("contact_phone") is None


@pytest.mark.parametrize("typed", ["les deux", "les 2 svp", "bah les deux"])
def test_both_numbers_wanted_gets_the_choice_again(typed: str) -> None:
    """Only one number is recorded: « les deux » gets the choice again, with its buttons, and no other question after it."""
    events = [user_event(_TWO_PHONES, "inform"), {"event": "bot", "text": "(lequel ?)"}, user_event(typed, "inform")]
    state = tracker(typed, intent="inform", slots=_at_the_phone(), events=events, active_loop="hiring_intent_form")
    set_, said = run(ValidateHiringIntentForm(), state)
    again = {"text": messages.PHONE_ONLY_ONE.format(number="02 41 22 33 44", other="06 12 34 56 78"),
             "buttons": [{"title": n, "payload": n} for n in ("02 41 22 33 44", "06 12 34 56 78")]}
    assert slot_events(set_).get("contact_phone") is None and sent(said) == [again]
    ask = submission_actions.ActionAsk_contact_phone()  # type: ignore[attr-defined]
    assert run(ask, tracker(typed, slots=_at_the_phone(), events=[*events, {"event": "bot", "text": again["text"]}]))[1] == []


def test_hours_supposed_at_the_recap_get_the_rules_verdict_whatever_faq_entry_the_classifier_is_sure_of() -> None:
    """u43-04 (forty-third blind user test): « et si je le prends a 20h par semaine au debut, ca passe quand meme ? » at the recap
    got the FAQ's 2–3-month lead time (the classifier sure of that entry): through the form's validation, the 24 h rule, not
    the lead time, nothing changed."""
    from bot.faq.parse import RETRIEVAL_INTENT

    text = "et si je le prends a 20h par semaine au debut, ca passe quand meme ?"
    slots: dict = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 7.0, "requested_slot": CONFIRM_SLOT}
    ranking = {"response_selector": {RETRIEVAL_INTENT: {"ranking": [
        {"intent_response_key": f"{RETRIEVAL_INTENT}/delai_mise_en_place", "confidence": 0.97}]}}}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="faq", slots=slots, active_loop="hiring_intent_form", **ranking))
    texts = [m.get("text") or "" for m in said]
    assert "weekly_hours" not in slot_events(events), slot_events(events)
    assert any(t.startswith("Ce n'est pas possible avec 20 h par semaine") for t in texts), texts
    assert not any("2 ou 3 mois" in t for t in texts), texts


# Forty-sixth blind user test (u46-09, u46-10): « vous avez un numero de telephone ? », outside any form (even as the first
# message), read as a correction, got « Quel champ souhaitez-vous modifier ? Choisissez-le dans le récapitulatif. »: there was no
# recap. With no request begun, a correction has nothing to correct: the message is read as any other.
@pytest.mark.parametrize("text", ["vous avez un numero de telephone ?", "c'est quoi votre numero de tel ?",
                                  "non je veux un vrai humain au telephone, c'est quoi le numero ?", "vs avez un num de tel ??",
                                  "Quel est votre numéro de téléphone ?"])
@pytest.mark.parametrize("slots", [{}, ELIGIBLE_SLOTS], ids=["first message", "after the verdict"])
def test_a_correction_with_no_request_begun_is_no_recap_sentence(text: str, slots: dict[str, Any]) -> None:
    events, said = run(ActionCorrectField(), tracker(text, intent="correct_field", slots=slots))
    texts = [m.get("text") for m in said]
    assert messages.WHICH_FIELD_TO_CHANGE not in texts and not any("récapitulatif" in str(t) for t in texts), texts
    assert sent(said) == [{"text": messages.NO_PHONE_NUMBER}]
    assert followups(events) == ["action_listen"] and not {k for k in slot_events(events) if k in FIELD_LABELS}


@pytest.mark.parametrize(("text", "intent"), [("ca fait combien de questions encore ??", "help"), ("c'est long votre truc", "stop"),
                                              ("c'est long votre truc", "faq"), ("c'est bientôt fini ?", "nlu_fallback")])
def test_how_many_questions_are_left_through_the_form(text: str, intent: str) -> None:
    """Forty-sixth blind user test (u46-01, u46-09): through the form's validation, whatever the classifier's intent, the questions
    left are said (here the positions and the ones after it), no cancel asked, and the same question comes again."""
    slots: dict = {**completed_submission_slots(), "positions": None, "contact_phone": None, "requested_slot": "positions"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent=intent, slots=slots, active_loop="hiring_intent_form"))
    assert [m["text"] for m in said] == [messages.QUESTIONS_LEFT.format(questions=messages.SOME_QUESTIONS.format(count=2))]
    assert slot_events(events).get("requested_slot", "positions") == "positions" and "positions" not in slot_events(events)


@pytest.mark.parametrize("said", [
    # forty-fourth blind user test, u44-04: the request was prefilled with « Poste : agents »
    "bonjour je suis DRH d'une mairie en vendee (la roche sur yon). Une collectivite peut elle beneficier du dispositif? on recrute des "
    "agents contractuels, pas des titulaires",
    "on recrute un contractuel en CDD d'un an a Laval",
    "la commune embauche des agents non titulaires en CDD de 1 an",
])
def test_a_status_said_of_the_people_hired_is_no_job(said: str) -> None:
    from bot.eligibility.dialogue import opening_updates

    memory = opening_updates(said).get(MEMORY_SLOT)
    events, _ = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots={**ELIGIBLE_SLOTS, MEMORY_SLOT: memory}))
    assert slot_events(events).get("job_title") is None


@pytest.mark.parametrize("text", ["et si l'un des deux est deja chez nous en PEC, ca marche aussi ?",
                                  "et si elle travaille deja chez nous, c'est possible ?"])
def test_a_current_employee_asked_about_at_the_recap_gets_the_job_seekers_only_answer(faq: Faq, text: str) -> None:
    """u47-04 (forty-seventh blind user test): « et si l'un des deux est deja chez nous en PEC, ca marche aussi ? » at the recap got
    « Je n'ai pas de réponse à cette question », the classifier unsure: through the form's validation, the FAQ's answer that the
    scheme is for job seekers only, nothing changed."""
    from bot.faq.replies import answer_message
    from bot.faq.router import DECISION_KEY

    slots: dict = {**completed_submission_slots(), "requested_slot": CONFIRM_SLOT}
    unsure = {"kind": "suggest", "suggestions": ["difference_contrat_pec", "formation_interne_externe", "departements_couverts"],
              "confidence": 0.7, "intent": "nlu_fallback"}
    state = tracker(text, intent="nlu_fallback", slots=slots, active_loop="hiring_intent_form", **{DECISION_KEY: unsure})
    events, said = run(ValidateHiringIntentForm(), state)
    assert answer_message(faq, "public_beneficiaire")["text"] in [m.get("text") for m in said]
    assert not {k for k, v in slot_events(events).items() if k in slots and k != "requested_slot" and v != slots[k]}


@pytest.mark.parametrize("before", ["recap", "held", "supposed"])
@pytest.mark.parametrize(("text", "changed"), [
    ("bonjour c'est bon mon associé est d'accord, on passe à 2 mécaniciens et vous pouvez envoyer", {"positions": 2}),
    ("ok alors on passe a 28h et vous pouvez envoyer", {"weekly_hours": 28.0}),
])
def test_a_change_with_an_order_to_send_is_never_sent_in_that_turn(before: str, text: str, changed: dict) -> None:
    """Forty-seventh blind user test (u47-12): after « je dois d'abord voir avec mon associé avant d'envoyer », « … on passe à 2
    mécaniciens et vous pouvez envoyer » sent the request with 1 post. Through the form's validation, at the recap, after the hold
    and after an answer to « et si … ? »: the change applied, the corrected recap shown, nothing sent."""
    slots: dict = {**completed_submission_slots(), "job_title": "mecanicien automobile", "positions": 1.0, "requested_slot": CONFIRM_SLOT}
    shown = recap_question(slots)
    assert shown is not None
    events: list[dict[str, Any]] = [{"event": "bot", "text": shown["text"]}]
    if before == "held":
        slots[RECAP_STATE_SLOT] = "held"
        events += [user_event("attendez, ok je dois d'abord voir avec mon associé avant d'envoyer", "inform"),
                   {"event": "bot", "text": messages.RECAP_ON_HOLD}, {"event": "bot", "text": messages.RECAP_HOLD_REMINDER}]
    if before == "supposed":
        events += [user_event("et si on mettait 28h au lieu de 35, ca passerait encore ?", "faq"),
                   {"event": "bot", "text": "Oui pour la durée de travail : 28 h par semaine, c'est suffisant."},
                   {"event": "bot", "text": messages.RECAP_REMINDER}]
    state = tracker(text, intent="affirm", slots=slots, events=[*events, user_event(text, "affirm")], active_loop="hiring_intent_form")
    set_, said = run(ValidateHiringIntentForm(), state)
    updates = slot_events(set_)
    assert not updates.get(CONFIRM_SLOT) and updates.get("requested_slot") == CONFIRM_SLOT, updates
    assert {f: updates.get(f) for f in changed} == changed, updates
    assert messages.CHANGED_NOT_SENT_YET in [m.get("text") for m in said], said
    _, asked = run(ActionAskSubmissionConfirmed(), tracker("", slots={**slots, **updates}, events=[*events, user_event(text, "affirm")]))
    assert sent(asked) == [recap_question({**slots, **updates})], asked


# ---------------------------------------------------------------- the candidate's own job kept (forty-seventh blind user test)

#: The request of u47-10 (forty-seventh blind user test) at the start date's question.
U47_10_SLOTS = {**ELIGIBLE_SLOTS, "contract_type": "cdd", "contract_duration": 6, "company_name": "Le Brise-Lames",
                "siret": "79812345100006", "employer_type": "prive",
                "work_location": {"commune": "Saint-Nazaire", "postal_code": "44600", "department": "44"},
                "job_title": "commis de cuisine", "positions": 1, "weekly_hours": 32}


@pytest.mark.parametrize(("text", "date"), [
    ("pour la saison, le 15 mars. Elle pourra garder ses 15h a la cantine en plus ?", "2027-03-15"),  # (u47-10, verbatim)
    ("le 1er avril. il peut garder son mi temps pendant la formation ?", "2027-04-01"),
])
def test_keeping_another_job_asked_with_the_start_date(text: str, date: str) -> None:
    """Forty-seventh blind user test (u47-10): the date kept, the question lost: the date AND the honest answer (the FAQ does not
    say; the Region's services), the hours of the job (32 h) untouched."""
    from actions.faq_actions import ActionAnswerFaq

    slots = {**U47_10_SLOTS, "requested_slot": "start_date"}
    state = tracker(text, intent="nlu_fallback", slots=slots, active_loop="hiring_intent_form")
    events, said = run(ValidateHiringIntentForm(), state)
    if not {k for k in slot_events(events) if k != "requested_slot"}:
        # (the form rejected: the rules answer with the FAQ's action, which reads the answer before the question)
        events, said = run(ActionAnswerFaq(), tracker(text, intent="nlu_fallback", slots=slots, active_loop="hiring_intent_form"))
    texts = [m.get("text") or "" for m in said]
    assert slot_events(events).get("start_date") == date, texts
    assert "weekly_hours" not in slot_events(events)
    assert messages.KEEPING_ANOTHER_JOB in texts, texts


def test_keeping_another_job_asked_again_at_the_training_needs() -> None:
    """Forty-seventh blind user test (u47-10): « vous avez pas répondu : elle peut garder son autre emploi de 15h pendant la
    formation ? » at the training needs got the field's explanation: the honest answer, no failed answer, the needs asked again."""
    text = "vous avez pas répondu : elle peut garder son autre emploi de 15h pendant la formation ?"
    slots = {**U47_10_SLOTS, "start_date": "2027-03-15", "requested_slot": "training_needs"}
    events, said = run(ValidateHiringIntentForm(), tracker(text, intent="nlu_fallback", slots=slots, active_loop="hiring_intent_form"))
    texts = [m.get("text") or "" for m in said]
    assert messages.KEEPING_ANOTHER_JOB in texts, texts
    assert not any(t.startswith("Ce sont les compétences") for t in texts), texts
    assert not slot_events(events).get(ATTEMPTS_SLOT) and "training_needs" not in slot_events(events)


@pytest.mark.parametrize(("eligibility", "reason"), [("derogation", "surcroit d'activite pour une grosse commande"), ("eligible", None)])
def test_the_reason_said_at_the_check_fills_a_derogation_s_request_only(eligibility: str, reason: str | None) -> None:
    # Forty-eighth blind user test, u48-06: « cdd 4 mois, surcroit d'activite pour une grosse commande » at the check, the reason
    # asked again by the request; a request that needs no derogation keeps none (its recap shows none).
    memory = {"answers": [{"asked": "contract_type", "text": "cdd 4 mois, surcroit d'activite pour une grosse commande"}]}
    slots = {**ELIGIBLE_SLOTS, "eligibility": eligibility, "contract_type": "cdd", "contract_duration": 4.0, MEMORY_SLOT: memory}
    events, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    assert slot_events(events).get("derogation_justification") == reason
    assert (reason is not None) == any("Motif de la dérogation" in (m.get("text") or "") for m in said)


def test_a_request_sent_with_another_promised_reminds_how_to_start_it(store: SubmissionStore) -> None:
    """u50-15: the request for a seasonal CDD was kept apart from the apprentice's (« une fois envoyée, écrivez « nouvelle
    demande » … »), and once sent nothing said that the other one waited (fiftieth blind user test): the sending says it."""
    from bot.eligibility.dialogue import opening_updates

    start = opening_updates("bjr, camping aux sables d'olonne, g besoin d'un cdd saisonier de 5 mois pour l'acceuil, 35h, de avril a "
                            "aout, et aussi un apprenti en cuisine")
    slots = {**completed_submission_slots(), **start, "contract_type": "cdd_saisonnier", "contract_duration": 5.0, "positions": 1,
             CONFIRM_SLOT: True}
    events, said = run(ActionSubmitHiringIntent(), tracker("validé", intent="affirm", slots=slots))
    reference = slot_events(events)[REFERENCE_SLOT]
    assert [m["text"] for m in said] == [messages.SUBMITTED.format(reference=reference),
                                         messages.NEXT_PROMISED_REQUEST.format(project="un contrat d'apprentissage")]
    # (near miss: with no other request promised, the sending says nothing more)
    events, said = run(ActionSubmitHiringIntent(), tracker("validé", intent="affirm", slots={**completed_submission_slots(), CONFIRM_SLOT: True}))
    assert len(said) == 1


@pytest.mark.parametrize(("email", "phone", "details"), [
    (None, "0612345678", "avec son téléphone"), ("marc@example.fr", None, "avec son e-mail"), (None, None, None)])
def test_a_second_request_says_only_the_contact_details_it_takes_back(email: str | None, phone: str | None, details: str | None) -> None:
    """« Je reprends … le contact (Marc Giraud, avec son e-mail et son téléphone) » when that contact had no e-mail (fiftieth blind
    user test, u50-03): only what is taken back is said."""
    sent = {**completed_submission_slots(), "contact_name": "Marc Giraud", "contact_email": email, "contact_phone": phone}
    slots = {**ELIGIBLE_SLOTS, PREVIOUS_REQUEST_SLOT: previous_request(sent)}
    _, said = run(ActionStartSubmission(), tracker("oui", intent="affirm", slots=slots))
    reused = next(m["text"] for m in said if "Je reprends l'employeur" in m["text"])
    assert "avec son e-mail et son téléphone" not in reused, reused
    assert (f"(Marc Giraud, {details})" if details else "(Marc Giraud)") in reused, reused


@pytest.mark.parametrize(("text", "asked"), [
    ("question: pour le 2e poste on a pas de candidat, france travail peut nous en envoyer ?", "weekly_hours"),
    ("et du coup pour le 2eme candidat france travail peut en proposer ?", "start_date"),
    ("pour le deuxième poste on a personne, france travail peut nous en trouver ?", "positions"),
])
def test_a_question_on_the_candidates_france_travail_finds_at_a_question_of_the_request_is_answered(faq: Faq, text: str, asked: str) -> None:
    """u51-08 (fifty-first blind user test): « question: pour le 2e poste on a pas de candidat, france travail peut nous en
    envoyer ? » at the hours was 2 hours, « pas éligible »; the same at the date got the date's explanation, the classifier unsure.
    Through the form's validation: the FAQ's answer on how the candidates are found and selected, nothing recorded (the rank is no
    value), then the question again."""
    from bot.faq.replies import SELECTION_ENTRY, answer_message
    from bot.faq.router import DECISION_KEY

    slots: dict = {**completed_submission_slots(), asked: None, "requested_slot": asked}
    unsure = {"kind": "suggest", "suggestions": ["public_beneficiaire", "delai_mise_en_place", "departements_couverts"],
              "confidence": 0.5, "intent": "nlu_fallback"}
    state = tracker(text, intent="inform", slots=slots, active_loop="hiring_intent_form", **{DECISION_KEY: unsure})
    events, said = run(ValidateHiringIntentForm(), state)
    assert answer_message(faq, SELECTION_ENTRY)["text"] in [m.get("text") for m in said], said
    assert slot_events(events).get(asked) is None
    assert slot_events(events).get("requested_slot", asked) == asked
