"""« oui » / « non » to the assistant's latest offer, run with a CollectingDispatcher and Tracker.from_dict."""

from __future__ import annotations

import pytest
from action_testing import followups, run, sent, slot_events, tracker

from actions.faq_actions import ActionAnswerFaq
from actions.offer_actions import ActionAnswerOffer, ActionThank
from bot.dialogue import messages
from bot.faq.replies import OFFER_CHECK, OFFER_SENT, OFFER_SLOT, OFFER_SUBMISSION
from bot.submission.form_slots import REFERENCE_SLOT


@pytest.mark.parametrize(("offer", "action"), [(OFFER_CHECK, "action_start_eligibility"), (OFFER_SUBMISSION, "action_start_submission")])
@pytest.mark.parametrize(("text", "intent"), [("oui", "affirm"), ("on y va", None), ("ok", None)])
def test_accepting_carries_out_the_offer(offer: str, action: str, text: str, intent: str | None) -> None:
    assert ActionAnswerOffer().name() == "action_answer_offer"
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots={OFFER_SLOT: offer}))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": action}]


@pytest.mark.parametrize("offer", [OFFER_CHECK, OFFER_SUBMISSION])
def test_declining_closes_the_offer(offer: str) -> None:
    events, said = run(ActionAnswerOffer(), tracker("non merci", intent="deny", slots={OFFER_SLOT: offer}))
    assert sent(said) == [{"text": messages.OFFER_DECLINED}]
    assert events == [{"event": "slot", "timestamp": None, "name": OFFER_SLOT, "value": None}]


@pytest.mark.parametrize(("text", "intent", "offer"), [("oui", "affirm", None), ("non", "deny", None), ("non", "deny", OFFER_SENT)])
def test_with_nothing_to_accept_the_assistant_says_what_it_can_do(text: str, intent: str, offer: str | None) -> None:
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots={OFFER_SLOT: offer}))
    assert events == [] and sent(said) == [messages.NO_OFFER]


@pytest.mark.parametrize("text", ["oui", "ok", "d'accord"])
def test_yes_after_sending_repeats_the_reference_and_listens(text: str) -> None:
    """Never a second request, and the conversation goes on: a FollowupAction to the storing action, which no rule
    followed, made Rasa loop on it, then answer nothing to any later message (thirteenth blind user test)."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000024"}
    events, said = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=slots))
    assert sent(said) == [{"text": messages.ALREADY_SUBMITTED.format(reference="1E1F-2026-000024")}]
    assert events == [{"event": "followup", "timestamp": None, "name": "action_listen"}]


@pytest.mark.parametrize("offer", [OFFER_CHECK, OFFER_SUBMISSION])
def test_a_no_that_names_a_place_starts_the_check_again(offer: str) -> None:
    events, said = run(ActionAnswerOffer(), tracker("ha non pardon on est a nantes", intent="deny", slots={OFFER_SLOT: offer}))
    assert said == []
    assert events == [{"event": "slot", "timestamp": None, "name": OFFER_SLOT, "value": None}, {"event": "followup", "timestamp": None, "name": "action_start_eligibility"}]


def test_a_no_that_corrects_an_answer_after_the_verdict_is_a_correction() -> None:
    # Third blind user test, 2026-11-30 (seen over REST): « non pardon, c'est à Saint-Herblain » after an early
    # « not eligible » (Loire, 42) was read as a « no » to an offer: « Très bien. Posez-moi votre question ».
    from action_testing import slot_events

    from bot.eligibility.dialogue import VERDICT_SLOT

    early = {"contract_type": "cdi", "department": "42", VERDICT_SLOT: "ineligible"}
    events, _ = run(ActionAnswerOffer(), tracker("non pardon, c'est à Saint-Herblain", intent="deny", slots=early))
    assert slot_events(events)["department"] == "44"
    assert {"event": "followup", "timestamp": None, "name": "eligibility_form"} in events


def test_accepting_after_refusing_the_consent_takes_the_request_up_again() -> None:
    """« bon ok finalement j'accepte » got « posez-moi votre question » (eighth blind user test)."""
    from bot.submission.form_slots import KEPT_SLOT

    events, said = run(ActionAnswerOffer(), tracker("bon ok finalement j'accepte", intent="affirm", slots={KEPT_SLOT: {"company_name": "X"}}))
    assert said == [] and followups(events) == ["action_start_submission"]


def test_yes_to_the_check_with_no_offer_open_starts_it() -> None:
    """« oui vérifions » after suggestions got « posez-moi votre question » (eighth blind user test)."""
    events, said = run(ActionAnswerOffer(), tracker("oui vérifions", intent="affirm"))
    assert said == [] and followups(events) == ["action_start_eligibility"]
    _, said = run(ActionAnswerOffer(), tracker("oui", intent="affirm"))
    assert sent(said) == [messages.NO_OFFER]


@pytest.mark.parametrize(("text", "intent", "value"), [("non pas vraiment", "deny", "down"), ("oui merci", "affirm", "up")])
def test_yes_or_no_to_the_feedback_question_rates_the_answer(text: str, intent: str, value: str) -> None:
    """« non pas vraiment » after « Cette réponse vous a-t-elle aidé ? » got « Très bien. Posez-moi votre question… »
    (tenth blind user test): it rates the answer, as the 👎 button does."""
    from action_testing import slot_events, user_event

    from bot.faq.parse import FAQ_ID_ENTITY, RETRIEVAL_INTENT

    answered = user_event("question", RETRIEVAL_INTENT, [{"entity": FAQ_ID_ENTITY, "value": "cout_formation"}])
    asked = {"event": "bot", "text": messages.FEEDBACK_QUESTION}
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, events=[answered, asked, user_event(text, intent)]))
    assert slot_events(events) == {"faq_feedback": {"faq_id": "cout_formation", "value": value}}
    assert sent(said)[0] == {"text": messages.FEEDBACK_THANKS[value]}


def test_yes_to_another_question_after_thanks_once_sent_invites_the_question() -> None:
    """« merci » then « oui » to « Avez-vous une autre question ? » got « Votre demande est déjà transmise » (fourteenth
    blind user test)."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000024"}
    events = [{"event": "bot", "text": messages.THANKS_REPLY["text"]}, {"event": "user", "text": "oui", "parse_data": {"intent": {"name": "affirm"}}}]
    _, said = run(ActionAnswerOffer(), tracker("oui", intent="affirm", slots=slots, events=events))
    assert sent(said) == [messages.NO_OFFER]


@pytest.mark.parametrize(
    ("text", "offer", "reply"),
    [
        # « super » after « Je peux préparer avec vous votre intention d'embauche » got « Avec plaisir ! Avez-vous une autre
        # question ? » (eighteenth blind user test): the offer again, never started on praise alone.
        ("super", OFFER_SUBMISSION, messages.OFFER_AGAIN),
        ("parfait", OFFER_SUBMISSION, messages.OFFER_AGAIN),
        ("super merci", OFFER_SUBMISSION, messages.THANKS_REPLY["text"]),
        ("super", None, messages.THANKS_REPLY["text"]),
        ("merci beaucoup", OFFER_CHECK, messages.THANKS_REPLY["text"]),
    ],
)
def test_thanks_or_praise_after_the_offer(text: str, offer: str | None, reply: str) -> None:
    events, said = run(ActionThank(), tracker(text, intent="thank", slots={OFFER_SLOT: offer}))
    assert ActionThank().name() == "action_thank" and [m["text"] for m in sent(said)] == [reply] and followups(events) == []
    if reply == messages.OFFER_AGAIN:
        assert [b["title"] for b in sent(said)[0]["buttons"]] == ["Préparer ma demande", "Poser une autre question"]


@pytest.mark.parametrize("text", [
    # « Avec plaisir ! Avez-vous une autre question… » once the request was sent (twenty-fourth blind user test, u24-01, u24-15).
    "merci et ensuite il se passe quoi ?", "merci ! et ensuite il se passe quoi ?", "super merci, la suite c'est quoi ?",
    "parfait merci, et apres ?", "ok merci, et maintenant ?", "merci, vous repondez sous combien de temps ?",
    # (« a plus qu'a… » is no « à plus »: review of the session's changes)
    "merci et apres a plus qu'a attendre ?",
])
def test_thanks_with_what_next_after_sending_gets_the_next_steps(text: str) -> None:
    slots = {REFERENCE_SLOT: "1E1F-2026-000041", OFFER_SLOT: OFFER_SENT}
    _, said = run(ActionThank(), tracker(text, intent="thank", slots=slots))
    assert sent(said) == [{"text": messages.NEXT_STEPS.format(reference="1E1F-2026-000041")}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "merci", "merci beaucoup, bonne journee", "super merci",
    # (« et ensuite » then a farewell: no question, it got the next steps: session of 2026-12-02)
    "merci et ensuite bonne journée", "merci et apres bonne soiree", "ok merci et ensuite au revoir",
])
def test_plain_thanks_after_sending_gets_the_thanks(text: str) -> None:
    _, said = run(ActionThank(), tracker(text, intent="thank", slots={REFERENCE_SLOT: "1E1F-2026-000041", OFFER_SLOT: OFFER_SENT}))
    assert sent(said) == [messages.THANKS_REPLY]


# « Not now » and agreeing by denying an objection, at the offer and at every other reader of a yes: tests/data/answers/consent.yml.


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # « Oui, préparons la demande de dérogation. » got the derogation's FAQ answer (nineteenth blind user test).
        ("Oui, préparons la demande de dérogation.", "accept"),
        ("oui on peut la faire maintenant", "accept"),
        ("comment on fait la demande ?", None),
        ("top, on fait la demande pour chateaubriant alors", None),
        # « je n'ai rien contre, on peut la préparer » got « je n'ai pas de réponse » (twentieth blind user test).
        ("je n'ai rien contre, on peut la préparer", "accept"),
        ("je ne suis pas contre", "accept"),
        ("pas de souci", "accept"),
        ("je n'ai rien contre mais pas maintenant", None),
        # Review of the twentieth blind user test's fixes: a « not now » started the request.
        ("pas de problème, je vais en parler à mon associé et je reviens vers vous", None),
        ("pas de souci, je reviendrai", None),
        ("pas de problème je regarde ça avec mon comptable", None),
        ("je ne suis pas contre, mais je dois d'abord trouver le candidat", None),
        ("sans souci, je vous recontacte quand j'aurai trouvé quelqu'un", None),
    ],
)
def test_going_on_with_the_request_in_a_sentence(text: str, reply: str | None) -> None:
    from bot.faq.replies import offer_reply

    assert offer_reply(text, None) == reply


@pytest.mark.parametrize("text", ["attendez non ! l'email etait faux, c'est lili.mode72@gmail.com", "non le mail c'est lili.mode72@gmail.com",
                                  "non attendez le telephone c'est le 06 11 22 33 44"])
@pytest.mark.parametrize("intent", ["deny", "affirm"])
def test_a_correction_once_sent_says_how_to_correct_it(text: str, intent: str) -> None:
    """« attendez non ! l'email etait faux, c'est … » once sent got « Très bien. Posez-moi votre question » (twenty-second
    blind user test): the request is sent, under its reference, and the Region corrects it on a message."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000031"}
    _, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert sent(said) == [{"text": messages.ALREADY_SENT.format(reference="1E1F-2026-000031")}, messages.CONTACT_POINTER]


@pytest.mark.parametrize(("text", "intent"), [("non merci", "deny"), ("non", "deny"), ("oui merci", "affirm")])
def test_a_plain_answer_once_sent_is_no_correction(text: str, intent: str) -> None:
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000031"}
    _, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert all(messages.ALREADY_SENT.format(reference="1E1F-2026-000031") != m.get("text") for m in sent(said))


def test_a_correction_with_thanks_once_sent_says_how_to_correct_it() -> None:
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000031"}
    _, said = run(ActionThank(), tracker("merci, mais l'email etait faux, c'est lili.mode72@gmail.com", intent="thanks", slots=slots))
    assert sent(said) == [{"text": messages.ALREADY_SENT.format(reference="1E1F-2026-000031")}, messages.CONTACT_POINTER]


@pytest.mark.parametrize("text", [
    "non l'email c'est bon", "non le téléphone est bon", "non non c'est bon, le mail est correct", "non, la date c'est bien avril",
    "non, pas d'autre question, le siret est bon", "non pas besoin", "non, la formation c'est quand ?",
    "non je voulais savoir quand commence la formation", "non, c'est quoi le numéro de la région ?",
    # (near misses of the correction without « @ » or digits: third review of those fixes)
    "non c'est en cours", "non c'est à vous de voir", "non merci c'est tout", "non le mail est le bon", "non c'est un plaisir",
    "non le poste est toujours ouvert", "non la demande est partie ?",
    # (a positive remark: « déjà transmise » answered it; found reading the recap)
    "non la formation est intéressante", "non la formation est vraiment intéressante", "non, la formation est très importante pour nous",
    "non le poste est urgent", "non la formation c'est super",
    # (review of those fixes: remarks that stay remarks, every clause read)
    "non la formation est intéressante, merci", "non la formation est intéressante et utile",
    "non la formation est intéressante, et le poste est toujours ouvert",
    # (near misses of the clauses split at every boundary: second review of the session's changes)
    "non la formation est intéressante. merci", "non la formation est intéressante. le poste est toujours ouvert",
    "non la formation est intéressante - merci !", "non le poste est urgent. il y a du travail",
    "non la formation est utile. c'est à vous de voir", "non la formation est intéressante. le mail est le bon",
    "non la formation est intéressante! le siret est correct",
])
@pytest.mark.parametrize("intent", ["deny", "affirm"])
def test_a_value_said_right_or_a_question_once_sent_is_no_correction(text: str, intent: str) -> None:
    """A « non » then a value said right, or a question, got « déjà transmise, ne peut plus être modifiée ici » (review of the
    twenty-second blind user test's fixes): only a value said wrong, or a new one, is a correction of the request sent."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000031"}
    _, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert said and all(messages.ALREADY_SENT.format(reference="1E1F-2026-000031") != m.get("text") for m in sent(said))


@pytest.mark.parametrize("text", [
    "l'email était faux, c'est lili.mode72@gmail.com", "non, le siret n'est pas le bon",
    # (without « @ » or digits they were dropped without a word: third review of the twenty-second test's fixes)
    "non le poste c'est cariste", "non la date c'est en mai", "non c'est un CDD", "non c'est à Angers", "non le poste est à Nantes",
    "non le contact c'est Paul Martin", "non c'est 3 postes", "non la formation c'est le CACES 3", "non le contrat c'est un CDD de 8 mois",
    "non, mon nom c'est Marie Durand", "nan le poste c'est cariste pas menuisier", "nn le nom c'est Durand", "non le prénom c'est Maria",
    # (near misses of the positive remark: a value said wrong, or another value after the remark)
    "non la date est fausse", "non la formation c'est pas la bonne", "non la formation est intéressante mais le poste c'est cariste",
    # (review of those fixes: the comma left « mais » before the field; a positive word starting a value or a name)
    "non la formation est intéressante, mais le poste c'est cariste", "non la formation est intéressante, et le poste c'est cariste",
    "non l'entreprise c'est Idéal Coiffure", "non l'entreprise c'est Cool Services", "non l'entreprise c'est Utile et Agréable",
    "non le poste c'est urgentiste",
    # (another clause after the remark without a comma, « mais » or « et »: second review of the session's changes)
    "non la formation est intéressante. le poste c'est cariste", "non la formation est intéressante! le poste c'est cariste",
    "non la formation est intéressante : le poste c'est cariste", "non la formation est intéressante - le poste c'est cariste",
    "non la formation est intéressante\nle poste c'est cariste", "non la formation est intéressante, en revanche le poste c'est cariste",
    "non la formation est intéressante, juste le poste c'est cariste", "non la formation est intéressante, seulement le poste c'est cariste",
    "non la formation est intéressante puis le poste c'est cariste", "non le poste est urgent. la date c'est le 1er mars",
    "non le poste est urgent. c'est un CDD", "non le poste est urgent. c'est à Angers", "non la formation est utile mais il y a 3 postes",
])
@pytest.mark.parametrize("intent", ["deny", "affirm", "inform"])
def test_a_value_said_wrong_once_sent_is_a_correction(text: str, intent: str) -> None:
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000031"}
    _, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert sent(said) == [{"text": messages.ALREADY_SENT.format(reference="1E1F-2026-000031")}, messages.CONTACT_POINTER]


# ---------------------------------------------------------------- a yes with facts (session of 2026-12-02)

_TO_CHECK = {"contract_type": "cdi", "department": "44", "candidate_status": "inscription_a_verifier", "eligibility": "eligible",
             "eligibility_reasons": ["contrat_eligible", "candidat_inscription_a_verifier"], OFFER_SLOT: OFFER_SUBMISSION,
             "project_memory": {"commune": "Nantes", "department": "44"}}


@pytest.mark.parametrize("intent", ["affirm", "inform"])
def test_a_yes_with_the_candidates_registration_keeps_it_for_the_request(intent: str) -> None:
    """« oui il touche le chômage » to « Je peux préparer avec vous votre intention d'embauche » was read as its « oui » only:
    the candidate stayed « à vérifier » in the request."""
    from action_testing import slot_events

    events, said = run(ActionAnswerOffer(), tracker("oui il touche le chômage", intent=intent, slots=_TO_CHECK))
    slots = slot_events(events)
    assert slots["candidate_status"] == "demandeur_emploi" and slots["eligibility"] == "eligible" and slots[OFFER_SLOT] is None
    assert "candidat_demandeur_emploi" in slots["eligibility_reasons"] and followups(events) == ["action_start_submission"]
    assert sent(said) == [{"text": "C'est noté — Candidat : Demandeur d'emploi inscrit à France Travail."}]


@pytest.mark.parametrize(("text", "changed"), [
    ("oui, le poste est à Angers", {"department": "49"}),
    ("oui il est inscrit, on démarre début mars", {"candidate_status": "demandeur_emploi"}),
    ("oui il touche le chômage depuis l'an dernier, en CDI à Nantes", {"candidate_status": "demandeur_emploi"}),
])
def test_a_yes_with_facts_keeps_the_contract_the_place_the_hours_and_the_start(text: str, changed: dict) -> None:
    from action_testing import slot_events

    from bot.submission.dialogue import memory_updates

    events, _ = run(ActionAnswerOffer(), tracker(text, intent="inform", slots=_TO_CHECK))
    slots = slot_events(events)
    assert {k: slots.get(k) for k in changed} == changed and followups(events) == ["action_start_submission"]
    if "début mars" in text:
        assert memory_updates(slots["project_memory"])["start_date"].endswith("-03-01")
    if "Angers" in text:
        assert memory_updates(slots["project_memory"])["work_location"]["commune"] == "Angers"


def test_a_yes_with_hours_or_a_candidate_the_rules_refuse_gets_the_verdict_again() -> None:
    from action_testing import slot_events

    # (20 h a week is under the hours the rules ask: data/eligibility/rules.yml)
    events, said = run(ActionAnswerOffer(), tracker("oui, 20h par semaine", intent="affirm", slots=_TO_CHECK))
    slots = slot_events(events)
    assert slots["eligibility"] == "ineligible" and slots["eligibility_reasons"] == ["au_moins_24_heures_par_semaine"]
    assert followups(events) == [] and sent(said)[-1] == messages.CONTACT_POINTER
    events, _ = run(ActionAnswerOffer(), tracker("oui, 35h par semaine", intent="affirm", slots=_TO_CHECK))
    assert followups(events) == ["action_start_submission"] and slot_events(events)["eligibility"] == "eligible"
    events, _ = run(ActionAnswerOffer(), tracker("oui, il est salarié chez nous", intent="affirm", slots=_TO_CHECK))
    assert followups(events) == [] and slot_events(events)["candidate_status"] == "salarie"
    # A contract whose length is not said: the check asks it.
    events, _ = run(ActionAnswerOffer(), tracker("oui en CDD", intent="affirm", slots=_TO_CHECK))
    assert followups(events) == ["eligibility_form"] and slot_events(events)["contract_type"] == "cdd"


@pytest.mark.parametrize(("text", "verdict", "hours"), [
    ("oui, il sera à 20h par semaine", "ineligible", None),
    ("oui il est à 20h par semaine", "ineligible", None),
    ("oui, elle fera 30h", "eligible", 30.0),
    # (the last hours said, those of the job to come: review of the session's changes)
    ("oui, il sera à 20h puis 35h", "eligible", 35.0),
])
def test_a_yes_with_the_jobs_hours_said_of_the_person_hired_counts_them(text: str, verdict: str, hours: float | None) -> None:
    """« oui, il sera à 20h par semaine » was a plain « oui » (the clause taken for the candidate's): the request started, then
    refused the 20 h (session of 2026-12-02). The verdict again under the hours the rules ask, else the request with them."""
    from action_testing import slot_events

    from bot.submission.dialogue import memory_updates

    events, _ = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_TO_CHECK))
    slots = slot_events(events)
    assert slots["eligibility"] == verdict
    assert followups(events) == ([] if verdict == "ineligible" else ["action_start_submission"])
    assert memory_updates(slots["project_memory"]).get("weekly_hours") == hours


@pytest.mark.parametrize("text", ["oui", "oui merci", "oui je veux bien préparer la demande", "oui il est au chômage",
                                  "oui il travaille 10h chez nous", "ok super", "oui il est à 20h chez nous en ce moment",
                                  "oui il a 20 ans", "oui, il est là à 9h",
                                  # (the candidate's hours now: « pas éligible », review of the session's changes)
                                  "oui, il est à 20h dans son job actuel", "oui il est à mi-temps au Leclerc",
                                  "oui, elle est à 20h au Super U", "oui, il est à 20h depuis 2 ans"])
def test_a_yes_with_nothing_the_request_reads_starts_it_as_before(text: str) -> None:
    """Near misses: politeness, what the check already knows (« au chômage » is a registration to check), the candidate's own
    hours."""
    events, said = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_TO_CHECK))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": "action_start_submission"}]


_ELIGIBLE_CDI = {"contract_type": "cdi", "department": "49", "candidate_status": "demandeur_emploi", "eligibility": "eligible",
                 "eligibility_reasons": ["contrat_eligible"], OFFER_SLOT: OFFER_SUBMISSION, "project_memory": {"commune": "Angers", "department": "49"}}


def test_a_yes_with_a_bare_alternance_leaves_the_contract_to_the_request() -> None:
    """« oui mais en fait ce sera en alternance » to the offer of the request: the request's contract would have been an
    apprenticeship (session on the alternance in the request); both alternance contracts get the verdict of the CDI, so the
    check does not ask which (session of 2026-12-02): the request starts, and asks it (tests/actions/test_eligibility_actions.py).
    « oui, en contrat pro » says which; « oui elle est en alternance chez nous » is the candidate's, as before."""
    from action_testing import slot_events

    events, said = run(ActionAnswerOffer(), tracker("oui mais en fait ce sera en alternance", intent="affirm", slots=_ELIGIBLE_CDI))
    slots = slot_events(events)
    assert followups(events) == ["action_start_submission"] and slots["contract_type"] is None
    assert slots["contract_options"] == ["apprentissage", "contrat_professionnalisation"] and slots["eligibility"] == "eligible"
    assert sent(said) == [{"text": "C'est corrigé. Contrat : alternance (apprentissage ou professionnalisation, à préciser)."}]
    events, _ = run(ActionAnswerOffer(), tracker("oui, en contrat pro", intent="affirm", slots=_ELIGIBLE_CDI))
    assert followups(events) == ["action_start_submission"] and slot_events(events)["contract_type"] == "contrat_professionnalisation"


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback", "affirm"])
@pytest.mark.parametrize("text", [
    "oui, c'est pour un contrat en alternance", "ok mais c'est en alternance", "d'accord mais c'est pour 2 postes en alternance",
    "ok, c'est pour un alternant", "oui mais l'alternant commence en septembre", "oui, mais on va embaucher en alternance",
])
def test_a_yes_with_a_bare_alternance_starts_the_request_whatever_the_intent(text: str, intent: str) -> None:
    """A yes to the offer of the request that says the hiring is in alternance, read by the classifier as a question: a bare
    « alternance » now being the contract's options, not a contract, the yes was no longer seen (« Je ne suis pas certain
    d'avoir bien compris… », the offer left open and the alternance lost; « … on va embaucher en alternance » started the check
    again: second review of the session on the alternance). The request starts with the alternance to be chosen there."""
    from action_testing import slot_events

    slots = dict(_ELIGIBLE_CDI)
    events, said = run(ActionAnswerOffer() if intent == "affirm" else ActionAnswerFaq(), tracker(text, intent=intent, slots=slots))
    if intent != "affirm":
        assert said == [] and followups(events) == ["action_answer_offer"], (events, said)
        events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    updates = slot_events(events)
    assert followups(events) == ["action_start_submission"], (events, said)
    assert updates["contract_type"] is None and updates["contract_options"] == ["apprentissage", "contrat_professionnalisation"]
    assert updates["eligibility"] == "eligible" and updates[OFFER_SLOT] is None
    assert sent(said) == [{"text": "C'est noté — Contrat : alternance (apprentissage ou professionnalisation, à préciser)."}]


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback", "affirm"])
@pytest.mark.parametrize("text", ["ok mais il est en alternance chez nous", "oui mais il sort d'alternance", "oui, sans alternance"])
def test_a_yes_with_the_candidates_alternance_starts_the_request_on_the_contract_checked(text: str, intent: str) -> None:
    """The candidate's alternance, current or past, is not the hiring's contract: a yes, the CDI kept (with « faq » or
    « nlu_fallback », no longer a yes either: second review of the session on the alternance)."""
    events, said = run(ActionAnswerOffer() if intent == "affirm" else ActionAnswerFaq(), tracker(text, intent=intent, slots=_ELIGIBLE_CDI))
    if intent != "affirm":
        assert said == [] and followups(events) == ["action_answer_offer"], (events, said)
        events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=_ELIGIBLE_CDI))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": "action_start_submission"}]


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback"])
@pytest.mark.parametrize("text", ["oui mais c'est quoi l'alternance ?", "oui mais pas en alternance", "ok et en alternance ça marche aussi ?"])
def test_a_yes_with_a_question_or_a_refused_alternance_is_no_yes_for_the_classifiers_question(text: str, intent: str) -> None:
    """Near misses: a question about the alternance, an alternance refused with a « pas » (the offer is not taken up by them)."""
    events, _ = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=_ELIGIBLE_CDI))
    assert "action_answer_offer" not in followups(events) and "action_start_submission" not in followups(events)


_INELIGIBLE_CDD3 = {"contract_type": "cdd", "contract_duration": 3.0, "department": "49", "candidate_status": "demandeur_emploi",
                    "eligibility": "ineligible", "eligibility_reasons": ["cdd_trop_court"], "project_memory": {"commune": "Angers", "department": "49"}}


@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("slots", [_INELIGIBLE_CDD3, _ELIGIBLE_CDI], ids=["cdd3", "cdi"])
@pytest.mark.parametrize(("text", "intent"), [
    ("ah non pardon c'est en alternance", "deny"), ("finalement alternance", "nlu_fallback"), ("en fait ce sera en alternance", "inform"),
    ("non en fait c'est une alternance", "faq"), ("et si c'était en alternance ?", "nlu_fallback"),
])
def test_a_bare_alternance_after_the_verdict_is_a_correction_asked_back(action: type, slots: dict, text: str, intent: str) -> None:
    """After « not eligible » (a CDD of 3 months), « ah non pardon c'est en alternance » got « Très bien. Posez-moi votre
    question… »: the bare « alternance » leaves the contract to be asked back, and no changed answer was seen; with the request
    offered on a CDI, « et si c'était en alternance ? » started it on the CDI (review of the session on the alternance). Both
    alternance contracts get the same verdict, so the check does not ask which (the request will): the correction is said and
    the verdict given again, eligible, the CDD's length gone."""
    from action_testing import slot_events

    events, said = run(action(), tracker(text, intent=intent, slots=slots))
    updates = slot_events(events)
    assert set(followups(events)) <= {"action_listen"}, (events, said)  # neither the form again nor the request
    assert updates["contract_type"] is None and updates["contract_options"] == ["apprentissage", "contrat_professionnalisation"]
    assert updates["eligibility"] == "eligible" and updates.get("contract_duration") is None
    assert said[0]["text"] == "C'est corrigé. Contrat : alternance (apprentissage ou professionnalisation, à préciser)."
    assert not any("Posez-moi" in (m.get("text") or "") for m in said)


@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize(("text", "intent", "slots"), [
    # the alternance recorded already, said again
    ("finalement alternance", "nlu_fallback", {**_ELIGIBLE_CDI, "contract_type": "contrat_professionnalisation"}),
    # a question about the alternance, for the FAQ
    ("l'alternance ça marche aussi ?", "faq", _ELIGIBLE_CDI),
    # the candidate's alternance
    ("elle est en alternance chez nous", "inform", _INELIGIBLE_CDD3),
])
def test_an_alternance_said_after_the_verdict_that_changes_nothing_is_no_correction(action: type, text: str, intent: str, slots: dict) -> None:
    from action_testing import slot_events

    events, _ = run(action(), tracker(text, intent=intent, slots=slots))
    assert "contract_type" not in slot_events(events) and "contract_options" not in slot_events(events)


def test_a_yes_with_the_candidates_past_or_current_contract_keeps_the_contract_checked() -> None:
    """The candidate's contract, past or current, is not the hiring contract: « oui il a fait un CDD chez nous avant » to the offer
    of the request made the CDI checked a CDD, cleared the verdict and asked the length (review of the session's changes)."""
    from action_testing import slot_events

    events, said = run(ActionAnswerOffer(), tracker("oui il a fait un CDD chez nous avant", intent="affirm", slots=_ELIGIBLE_CDI))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": "action_start_submission"}]
    # Employed here now: the candidate's status, as the check reads it, and still the CDI.
    events, said = run(ActionAnswerOffer(), tracker("oui il est en CDD chez nous", intent="affirm", slots=_ELIGIBLE_CDI))
    slots = slot_events(events)
    assert "contract_type" not in slots and slots["candidate_status"] == "salarie"
    assert sent(said)[0] == {"text": "C'est noté — Candidat : Déjà salarié de l'entreprise."}
    # (near misses: the contract to come, said with a yes, is still the one to check)
    for text in ("oui, plutôt en CDD de 8 mois", "oui mais c'est un CDD de 8 mois"):
        events, _ = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_ELIGIBLE_CDI))
        assert slot_events(events)["contract_type"] == "cdd" and slot_events(events)["contract_duration"] == 8, text


_DEROGATION_CDD4 = {"contract_type": "cdd", "contract_duration": 4.0, "department": "49", "candidate_status": "demandeur_emploi",
                    "eligibility": "derogation", "eligibility_reasons": ["cdd_moins_de_6_mois"], OFFER_SLOT: OFFER_SUBMISSION}


@pytest.mark.parametrize("slots", [_ELIGIBLE_CDI, _DEROGATION_CDD4], ids=["cdi", "cdd4"])
@pytest.mark.parametrize("text", [
    "oui il est en stage chez nous", "oui elle est en intérim chez nous", "oui il est intérimaire chez nous",
    "oui elle est en mission d'intérim chez nous", "oui il est en intérim chez nous depuis 2 mois", "oui il vient de l'intérim",
    "oui elle est en alternance chez nous", "oui il est apprenti chez nous", "oui il a fait un CDD de 3 mois chez nous",
    "oui il était en CDD de 3 mois chez nous", "oui il a eu un CDD de 2 mois chez nous", "oui il est en CDD de 8 mois",
])
def test_a_yes_with_the_candidates_job_of_any_kind_is_a_plain_yes(text: str, slots: dict) -> None:
    """The candidate's traineeship, assignment, apprenticeship or past CDD is not the hiring contract, nor its length: to the
    offer of the request, « oui il est en stage chez nous » made the CDI a traineeship, « oui elle est en intérim chez nous »
    an assignment (verdict erased), « oui il a fait un CDD de 3 mois chez nous » the derogation's CDD 3 months long, « oui il est
    en CDD de 8 mois » gave the CDI 8 months (second review of the session's changes)."""
    events, said = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=slots))
    assert said == [] and events == [{"event": "followup", "timestamp": None, "name": "action_start_submission"}]


@pytest.mark.parametrize("text", ["oui il est en CDD chez nous et sera en CDI ensuite", "oui il est en CDD chez nous et on le passe en CDI",
                                  "oui il est en CDD chez nous et sera embauché en CDI", "oui, il est chez nous en intérim, on le prend en CDI",
                                  "oui, il est en contrat pro chez nous"])
def test_a_yes_with_the_candidates_job_here_keeps_the_cdi(text: str) -> None:
    """« oui il est en CDD chez nous et on le passe en CDI » made the CDI checked a CDD, « … en intérim, on le prend en CDI » a CDI
    intérimaire (second review of the session's changes): the CDI stays."""
    from action_testing import slot_events

    events, _ = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_ELIGIBLE_CDI))
    assert "contract_type" not in slot_events(events) and "contract_duration" not in slot_events(events)


def test_a_yes_with_the_contract_to_come_and_the_candidates_job_reads_the_contract_to_come() -> None:
    """« oui, il sera en CDD de 12 mois, il est en intérim chez nous » was an interim assignment; « oui, CDD de 8 mois, il était
    en intérim avant » a CDI of 8 months (second review of the session's changes)."""
    from action_testing import slot_events

    for text in ("oui, il sera en CDD de 12 mois, il est en intérim chez nous", "oui, CDD de 8 mois, il était en intérim avant"):
        slots = slot_events(run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_ELIGIBLE_CDI))[0])
        assert slots["contract_type"] == "cdd" and slots["contract_duration"] in (8, 12), text
    # (the CDI to come, after a CDD's derogation: the hiring contract, as the rule reads it)
    for text in ("oui il est en CDD chez nous et sera en CDI ensuite", "oui il est en CDD chez nous et on le passe en CDI"):
        slots = slot_events(run(ActionAnswerOffer(), tracker(text, intent="affirm", slots=_DEROGATION_CDD4))[0])
        assert slots["contract_type"] == "cdi" and slots.get("contract_duration") is None, text


# ---------------------------------------------------------------- after a verdict: the buttons typed, the request asked for

#: A derogation verdict (a seasonal CDD of 3 months) and an eligible one, as the check leaves them.
_DEROGATION = {"contract_type": "cdd_saisonnier", "contract_duration": 3, "department": "49", "candidate_status": "a_identifier",
               "eligibility": "derogation", "eligibility_reasons": ["cdd_moins_de_6_mois"], OFFER_SLOT: OFFER_SUBMISSION}
_ELIGIBLE = {"contract_type": "cdi", "department": "44", "candidate_status": "a_identifier", "eligibility": "eligible",
             "eligibility_reasons": ["contrat_eligible"]}


def _after_the_verdict(text: str, intent: str | None, verdict: str = "derogation", earlier: bool = False) -> list[dict]:
    """The events of a conversation whose assistant has just given the verdict with its buttons, then ``text`` typed (with
    another exchange in between when ``earlier``)."""
    from action_testing import user_event

    shown = {"event": "bot", "text": messages.VERDICT_NEXT[verdict]["text"], "data": {"buttons": messages.VERDICT_NEXT[verdict]["buttons"]}}
    between = [user_event("combien ça coûte ?", "faq"), {"event": "bot", "text": "La formation est financée par la Région."}] if earlier else []
    return [user_event("pas encore", "inform"), shown, *between, user_event(text, intent)]


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback", "check_eligibility"])
@pytest.mark.parametrize(("title", "verdict"), [("Préparer ma demande de dérogation", "derogation"), ("préparer ma demande", "eligible")])
def test_a_button_title_typed_does_what_the_button_does(intent: str, title: str, verdict: str) -> None:
    """« Préparer ma demande de dérogation » typed after a derogation verdict got the FAQ on derogations and « Vérifier mon
    éligibilité », which started the check again with every answer lost (twenty-third blind user test: h18b-14,
    h18b-17): the request starts, as with the button."""
    from action_testing import slot_events

    from actions.eligibility_actions import ActionStartEligibility
    from actions.faq_actions import ActionAnswerFaq
    from bot.faq.parse import DECISION_KEY

    slots = _DEROGATION if verdict == "derogation" else {**_ELIGIBLE, OFFER_SLOT: OFFER_SUBMISSION}
    answered = {DECISION_KEY: {"kind": "answer", "faq_ids": ["derogation_cdd"], "faq_id": "derogation_cdd", "confidence": 0.9, "intent": "faq"}}
    action = ActionStartEligibility() if intent == "check_eligibility" else ActionAnswerFaq()
    events, said = run(action, tracker(title, intent=intent, slots=slots, events=_after_the_verdict(title, intent, verdict), **answered))
    assert said == [] and followups(events) == ["action_start_submission"]
    assert "eligibility" not in slot_events(events) and "contract_type" not in slot_events(events)


@pytest.mark.parametrize(
    ("text", "earlier"),
    [("Préparer ma demande de dérogation", True), ("préparer ma demande de dérogation, c'est long ?", False), ("Refaire la vérification", False)],
)
def test_words_of_a_button_not_shown_just_before_are_read_as_typed(text: str, earlier: bool) -> None:
    """Near misses: the title of a button shown before the latest exchange, a title with a question, a title the assistant did
    not show (« Refaire la vérification » is on the « not eligible » verdict only) are no button pressed (asking to prepare
    the request once eligible starts it all the same: below); a question is answered."""
    from actions.faq_actions import ActionAnswerFaq
    from bot.dialogue.turns import typed_button

    assert typed_button(text, _after_the_verdict(text, "faq", earlier=earlier)) is None
    if "?" in text:
        events, said = run(ActionAnswerFaq(), tracker(text, intent="faq", slots=_DEROGATION, events=_after_the_verdict(text, "faq")))
        assert "action_start_submission" not in followups(events) and said


@pytest.mark.parametrize("text", ["ok je veux faire la demande", "ok je veux faire la demande de derogation"])
@pytest.mark.parametrize("verdict", ["eligible", "derogation"])
def test_asking_for_the_request_after_a_verdict_and_a_question_starts_it(text: str, verdict: str) -> None:
    """After a verdict, then an answer of the FAQ (which offered the check), « ok je veux faire la demande » or « ok je veux
    faire la demande de derogation » started the check again from the contract question, every answer lost (twenty-third
    blind user test: h18b-20, h18b-60): the request starts with the check's answers, the derogation asked when the
    verdict was one (bot.submission.questions.required_slots)."""
    from actions.eligibility_actions import ActionStartEligibility
    from actions.faq_actions import ActionAnswerFaq
    from bot.faq.parse import DECISION_KEY
    from bot.faq.replies import PROCEDURE_ENTRY

    slots = {**(_DEROGATION if verdict == "derogation" else _ELIGIBLE), OFFER_SLOT: OFFER_CHECK}
    procedure = {DECISION_KEY: {"kind": "answer", "faq_ids": [PROCEDURE_ENTRY], "faq_id": PROCEDURE_ENTRY, "confidence": 0.9, "intent": "faq"}}
    for action, intent, parse in [(ActionAnswerFaq(), "faq", procedure), (ActionStartEligibility(), "check_eligibility", {}),
                                  (ActionAnswerOffer(), "affirm", {})]:
        events, said = run(action, tracker(text, intent=intent, slots=slots, **parse))
        assert said == [] and followups(events) == ["action_start_submission"], action.name()


def test_asking_for_the_request_before_any_verdict_still_starts_the_check() -> None:
    """Near misses: with no verdict the check comes first; « comment faire la demande ? » after a verdict is a question, answered
    with the offer of the request."""
    from actions.eligibility_actions import ActionStartEligibility
    from actions.faq_actions import ActionAnswerFaq
    from bot.faq.parse import DECISION_KEY
    from bot.faq.replies import PROCEDURE_ENTRY

    events, said = run(ActionStartEligibility(), tracker("ok je veux faire la demande", intent="check_eligibility"))
    assert followups(events) == [] and messages.ELIGIBILITY_INTRO in sent(said)
    # Another project after the verdict: checked first, with what it says.
    another = "je veux faire la demande pour un cariste en CDD de 8 mois à Laval"
    events, said = run(ActionStartEligibility(), tracker(another, intent="check_eligibility", slots={**_ELIGIBLE, OFFER_SLOT: OFFER_CHECK}))
    assert followups(events) == [] and messages.ELIGIBILITY_INTRO in sent(said)
    procedure = {DECISION_KEY: {"kind": "answer", "faq_ids": [PROCEDURE_ENTRY], "faq_id": PROCEDURE_ENTRY, "confidence": 0.9, "intent": "faq"}}
    events, said = run(ActionAnswerFaq(), tracker("comment faire la demande ?", intent="faq", slots={**_ELIGIBLE, OFFER_SLOT: OFFER_CHECK}, **procedure))
    assert "action_start_submission" not in followups(events) and {"text": messages.PREPARE_HERE_TOO} in sent(said)


@pytest.mark.parametrize(
    "text",
    ["je ne veux pas faire la demande maintenant", "non je veux pas faire la demande", "je ne souhaite pas faire la demande pour l'instant",
     "pas envie de faire la demande", "je veux faire une autre demande", "je veux faire la demande pour notre autre magasin"],
)
@pytest.mark.parametrize("verdict", ["eligible", "derogation"])
def test_a_refusal_or_another_request_after_a_verdict_does_not_start_this_one(text: str, verdict: str) -> None:
    """Near misses of « ok je veux faire la demande » (review of the twenty-third blind user test's fixes): a negated or put-off
    wish is no wish, another request is another project (a new check, the old answers not reused); each started the request
    with the check's answers, read as a new check, as an unclear question or after the offer of the check."""
    from actions.eligibility_actions import ActionStartEligibility
    from actions.faq_actions import ActionAnswerFaq
    from bot.faq.parse import DECISION_KEY

    slots = _DEROGATION if verdict == "derogation" else _ELIGIBLE
    unclear = {DECISION_KEY: {"kind": "unclear", "faq_ids": [], "confidence": 0.3, "intent": "nlu_fallback"}}
    for action, intent, offer, parse in [(ActionStartEligibility(), "check_eligibility", None, {}),
                                         (ActionAnswerFaq(), "check_eligibility", OFFER_CHECK, {}),
                                         (ActionAnswerFaq(), "nlu_fallback", None, unclear)]:
        events, _ = run(action, tracker(text, intent=intent, slots={**slots, OFFER_SLOT: offer}, **parse))
        assert "action_start_submission" not in followups(events), action.name()


@pytest.mark.parametrize("verdict", ["eligible", "derogation"])
def test_an_answer_after_a_verdict_offers_the_request_not_the_check(verdict: str) -> None:
    """After a derogation verdict and « Poser une autre question », the FAQ's answer offered « Vérifier mon éligibilité »,
    which restarted the check (twenty-third blind user test, h18b-60): the request is offered, « oui » starts it."""
    from action_testing import slot_events

    from actions.faq_actions import ActionAnswerFaq
    from bot.faq.parse import DECISION_KEY

    slots = {**(_DEROGATION if verdict == "derogation" else _ELIGIBLE), OFFER_SLOT: None}
    answered = {DECISION_KEY: {"kind": "answer", "faq_ids": ["public_beneficiaire"], "faq_id": "public_beneficiaire", "confidence": 0.9, "intent": "faq"}}
    events, said = run(ActionAnswerFaq(), tracker("qui peut en bénéficier ?", intent="faq", slots=slots, **answered))
    assert messages.CHECK_OFFER not in sent(said)
    assert sent(said)[-1] == {"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT[verdict]["buttons"]}
    assert slot_events(events)[OFFER_SLOT] == OFFER_SUBMISSION
    events, _ = run(ActionAnswerFaq(), tracker("qui peut en bénéficier ?", intent="faq", slots={OFFER_SLOT: None}, **answered))
    assert slot_events(events)[OFFER_SLOT] == OFFER_CHECK  # near miss: no verdict yet, the check is offered


# ---------------------------------------------------------------- after a verdict: another length supposed

#: A derogation verdict for a CDD of 4 months, the request offered.
_FOUR_MONTHS = {"contract_type": "cdd", "contract_duration": 4.0, "department": "44", "candidate_status": "a_identifier",
                "eligibility": "derogation", "eligibility_reasons": ["cdd_moins_de_6_mois"], OFFER_SLOT: OFFER_SUBMISSION}


@pytest.mark.parametrize(("text", "length"), [
    ("bon ok et a 6 mois alors ?", "6 mois"),
    ("et si c'est 6 mois ?", "6 mois"),
    ("et avec un CDD de 8 mois ça irait ?", "8 mois"),
    ("et si on passe à 7 mois ?", "7 mois"),
])
@pytest.mark.parametrize("intent", ["affirm", "nlu_fallback", "faq", "inform"])
def test_another_length_asked_about_after_the_verdict_is_answered_and_the_offer_kept(text: str, length: str, intent: str) -> None:
    """« bon ok et a 6 mois alors ? » after a CDD of 4 months' derogation verdict started the request (read as a yes to its
    offer), « et si c'est 6 mois ? » changed the length (twenty-eighth blind user test): a question, answered by the rules,
    the length recorded and the offer left as they are."""
    from action_testing import slot_events

    action = ActionAnswerOffer() if intent == "affirm" else ActionAnswerFaq()
    events, said = run(action, tracker(text, intent=intent, slots=_FOUR_MONTHS))
    assert sent(said)[0]["text"] == messages.SUPPOSED_LENGTH["eligible"].format(length=length)
    assert sent(said)[0]["buttons"] == messages.VERDICT_NEXT["derogation"]["buttons"]
    changed = slot_events(events)
    assert "contract_duration" not in changed and changed.get(OFFER_SLOT, OFFER_SUBMISSION) == OFFER_SUBMISSION
    assert not {"action_start_submission", "eligibility_form"} & set(followups(events))


@pytest.mark.parametrize(("text", "intent"), [("ok on part sur 6 mois", "affirm"), ("ok on part sur 6 mois", "faq"), ("bon on passe à 8 mois", "inform")])
def test_the_length_taken_after_the_verdict_is_a_correction(text: str, intent: str) -> None:
    from action_testing import slot_events

    action = ActionAnswerOffer() if intent == "affirm" else ActionAnswerFaq()
    events, said = run(action, tracker(text, intent=intent, slots=_FOUR_MONTHS))
    assert slot_events(events)["contract_duration"] in (6.0, 8.0) and slot_events(events)["eligibility"] == "eligible"
    assert sent(said)[0]["text"].startswith("C'est corrigé.")


@pytest.mark.parametrize(("text", "slots"), [
    ("et avec un CDD de 8 mois ça irait ?", {**_FOUR_MONTHS, "contract_type": "cdd_interim"}),  # (another contract: a correction)
    ("et si c'est 6 mois ?", {"contract_type": "cdi", "department": "44", "candidate_status": "a_identifier", "eligibility": "eligible",
                              "eligibility_reasons": [], OFFER_SLOT: OFFER_SUBMISSION}),  # (a CDI has no length)
    ("et si il fait une période d'essai de 2 mois ?", _FOUR_MONTHS),
])
def test_no_length_of_this_contract_asked_about_after_the_verdict(text: str, slots: dict) -> None:
    _, said = run(ActionAnswerFaq(), tracker(text, intent="nlu_fallback", slots=slots))
    assert all(not m.get("text", "").startswith("Avec un contrat de") for m in sent(said))


def test_a_shorter_length_asked_about_after_an_eligible_verdict_then_taken() -> None:
    """The same after « éligible » for a CDD of 8 months: what 4 months would need, then « ok on part sur 4 mois » as said."""
    from action_testing import slot_events

    eight = {**_FOUR_MONTHS, "contract_duration": 8.0, "eligibility": "eligible", "eligibility_reasons": []}
    events, said = run(ActionAnswerFaq(), tracker("et si c'est 4 mois ?", intent="nlu_fallback", slots=eight))
    assert sent(said)[0]["text"] == messages.SUPPOSED_LENGTH["derogation"].format(length="4 mois")
    assert "contract_duration" not in slot_events(events)
    events, said = run(ActionAnswerFaq(), tracker("ok on part sur 4 mois", intent="nlu_fallback", slots=eight))
    assert (slot_events(events)["contract_duration"], slot_events(events)["eligibility"]) == (4.0, "derogation")


# ------------------------------------------------------------------ twenty-ninth blind user test: after the verdict

_NOT_REGISTERED = {
    "contract_type": "cdi", "department": "49", "candidate_status": "non_inscrit", "candidate_identified": True, "candidate_registered": False,
    "eligibility": "ineligible", "eligibility_reasons": ["candidat_non_inscrit"], OFFER_SLOT: None,
}


@pytest.mark.parametrize("text", [
    "il va s'inscrire", "elle va s'inscrire", "ok il va s inscrire la semaine prochaine alors", "il s'inscrira",
    "elle va s'inscrire à France Travail", "on va l'inscrire",
])
@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("intent", ["affirm", "faq", "inform"])
def test_a_registration_to_come_after_not_registered_gives_the_verdict_again(text: str, action: type, intent: str) -> None:
    """« Dites-le-moi (par exemple « il va s'inscrire ») et je refais la vérification. »: the assistant's own example got « Je
    n'ai pas de réponse à cette question » (twenty-ninth blind user test): the registration to come recorded (to check when the
    training starts), the verdict again."""
    from action_testing import slot_events

    events, said = run(action(), tracker(text, intent=intent, slots=_NOT_REGISTERED))
    slots = slot_events(events)
    assert slots["candidate_status"] == "inscription_a_verifier"
    assert slots["eligibility"] == "eligible"
    texts = [m.get("text") or "" for m in sent(said)]
    assert any(messages.ELIGIBLE_TO_CHECK_HEADLINE in t for t in texts), texts
    assert not any(messages.REGISTER_BEFORE_TRAINING in t for t in texts)


@pytest.mark.parametrize("text", ["il va s'inscrire", "elle va s'inscrire à France Travail"])
def test_a_registration_to_come_with_no_refused_registration_is_no_correction(text: str) -> None:
    from action_testing import slot_events

    eligible = {"contract_type": "cdi", "department": "49", "candidate_status": "a_identifier", "eligibility": "eligible",
                "eligibility_reasons": ["candidat_a_identifier"], OFFER_SLOT: OFFER_SUBMISSION}
    events, _ = run(ActionAnswerFaq(), tracker(text, intent="faq", slots=eligible))
    assert "candidate_status" not in slot_events(events)


_DEROGATION = {
    "contract_type": "cdd", "contract_duration": 4, "department": "72", "candidate_status": "a_identifier", "eligibility": "derogation",
    "eligibility_reasons": ["cdd_moins_de_6_mois"], OFFER_SLOT: OFFER_SUBMISSION,
    "project_memory": {"commune": "Le Mans", "department": "72", "postal_code": "72000"},
}


@pytest.mark.parametrize(("text", "changed"), [
    ("Attendez, en fait on peut leur proposer un CDI intérimaire plutôt. Et le client est à Allonnes, pas au Mans même.",
     {"contract_type": "cdi_interimaire", "department": "72", "commune": "Allonnes"}),
    ("je voudrais corriger le type de contrat : ce sera un CDI intérimaire", {"contract_type": "cdi_interimaire"}),
    ("je veux modifier le contrat, ce sera finalement un CDI", {"contract_type": "cdi"}),
    # (a place alone leaves a CDD of 4 months' derogation as it was)
    ("je voudrais corriger le lieu : c'est à Allonnes", {"department": "72", "commune": "Allonnes", "eligibility": "derogation"}),
    ("petite correction, le poste est à Angers et pas au Mans", {"department": "49", "commune": "Angers", "eligibility": "derogation"}),
])
@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("intent", ["faq", "inform", "deny"])
def test_a_correction_right_after_the_verdict_gives_it_again(text: str, changed: dict, action: type, intent: str) -> None:
    """« je voudrais corriger le type de contrat : ce sera un CDI intérimaire » got the FAQ's answer on the contracts, the button
    still « Préparer ma demande de dérogation »; « Attendez, en fait … CDI intérimaire plutôt. Et le client est à Allonnes … »
    got « Je n'ai pas de réponse » (twenty-ninth blind user test): every answer corrected, the verdict again."""
    from action_testing import slot_events

    events, said = run(action(), tracker(text, intent=intent, slots=_DEROGATION))
    slots = slot_events(events)
    for name, value in changed.items():
        if name == "commune":
            assert slots["project_memory"]["commune"] == value
        else:
            assert slots[name] == value, slots
    if changed.get("eligibility") != "derogation":
        assert slots["eligibility"] == "eligible"
        assert not any("dérogation" in str(b.get("title")) for m in sent(said) for b in m.get("buttons") or [])
    assert any((m.get("text") or "").startswith("C'est corrigé") for m in sent(said)), sent(said)


@pytest.mark.parametrize("text", ["bon ok je reprend ma demande, j accepte", "bon je reprend la demande, j'accepte", "ok je reprends ma demande, j'accepte"])
def test_resuming_in_sms_style_with_the_consent_takes_the_request_up_again(text: str) -> None:
    """« bon ok je reprend ma demande, j accepte » after the consent refused got « Très bien. Posez-moi votre question… »
    (twenty-ninth blind user test)."""
    from bot.submission.dialogue import wants_to_resume
    from bot.submission.form_slots import KEPT_SLOT

    assert wants_to_resume(text, {KEPT_SLOT: {"contract_type": "apprentissage"}})
    from samples import completed_submission_slots

    from bot.submission.dialogue import resumed_slots
    from bot.submission.form_slots import CONSENT_SLOT

    kept = {**completed_submission_slots(), CONSENT_SLOT: None}
    restored, consented = resumed_slots(kept, text)
    assert consented and restored[CONSENT_SLOT] not in (None, "refused")


_GOING_AHEAD = ["ok convaincu, je me lance", "bon allez je me lance", "c'est parti", "allez on se lance", "vous m'avez convaincu, on y va"]


def _after_an_answer_with_the_offer(text: str, intent: str) -> list[dict]:
    from action_testing import user_event

    return [user_event("ça coûte combien ?", "faq"), {"event": "bot", "text": "La formation est financée par la Région."},
            {"event": "bot", "text": messages.CHECK_OFFER["text"]}, {"event": "bot", "text": messages.FEEDBACK_QUESTION},
            {"event": "action", "name": "action_listen"}, user_event(text, intent)]


@pytest.mark.parametrize("text", _GOING_AHEAD)
@pytest.mark.parametrize("offer", [OFFER_CHECK, None])
@pytest.mark.parametrize("intent", ["affirm", "feedback", "nlu_fallback"])
def test_going_ahead_after_an_answer_with_the_offer_takes_it_up_not_a_rating(text: str, offer: str | None, intent: str) -> None:
    """« ok convaincu, je me lance », « bon allez je me lance », « c'est parti » got « Merci pour votre retour ! » (thirtieth blind
    user test): they take up the offer (the check), whatever the classifier read, with the offer still open or not."""
    from actions.faq_actions import ActionRecordFeedback
    from bot.faq.router import DECISION_KEY

    action = {"affirm": ActionAnswerOffer(), "feedback": ActionRecordFeedback(), "nlu_fallback": ActionAnswerFaq()}[intent]
    decision = {"kind": "suggest" if intent == "nlu_fallback" else "other", "faq_ids": [], "suggestions": ["cout_formation"],
                "confidence": 0.4, "intent": intent}
    state = tracker(text, intent=intent, slots={OFFER_SLOT: offer}, events=_after_an_answer_with_the_offer(text, intent), **{DECISION_KEY: decision})
    events, said = run(action, state)
    if intent == "nlu_fallback":
        assert followups(events) == ["action_answer_offer"]
        events, said = run(ActionAnswerOffer(), state)
    assert messages.FEEDBACK_THANKS["up"] not in [m.get("text") for m in said]
    assert followups(events) == ["action_start_eligibility"]


# ------------------------------------------------------------------ thirtieth blind user test: after the verdict

@pytest.mark.parametrize("text", [
    "il va s'inscrire alors. mais a 17 ans il a le droit ?",
    "ok elle va s'inscrire, mais il faut quel niveau d'études ?",
])
@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("intent", ["out_of_scope", "faq", "nlu_fallback"])
def test_a_registration_to_come_with_a_question_after_not_registered(text: str, action: type, intent: str) -> None:
    """« il va s'inscrire alors. mais a 17 ans il a le droit ? » after « pas éligible » for a candidate not registered dropped
    both (thirtieth blind user test): the registration to come recorded, the verdict again, and the question answered (or the
    usual « pas de réponse » with the contact)."""
    from action_testing import slot_events

    events, said = run(action(), tracker(text, intent=intent, slots=_NOT_REGISTERED))
    slots = slot_events(events)
    assert slots["candidate_status"] == "inscription_a_verifier"
    assert slots["eligibility"] == "eligible"
    texts = [m.get("text") or "" for m in sent(said)]
    assert any(messages.ELIGIBLE_TO_CHECK_HEADLINE in t for t in texts), texts
    alone = [m.get("text") or "" for m in sent(run(action(), tracker("il va s'inscrire", intent=intent, slots=_NOT_REGISTERED))[1])]
    assert len(texts) > len(alone), texts  # the question's answer besides the verdict


@pytest.mark.parametrize("text", [
    "attendez j'ai jamais dit que j'avais un candidat inscrit… je n'ai personne pour l'instant",
    "pas encore de candidat",
])
@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("intent", ["nlu_fallback", "inform", "deny"])
def test_nobody_yet_after_the_verdict_gives_it_again(text: str, action: type, intent: str) -> None:
    """« … je n'ai personne pour l'instant », « pas encore de candidat » after the verdict got « Je ne suis pas certain… »,
    « Pourriez-vous la reformuler ? » (thirtieth blind user test): the candidate corrected, the verdict again."""
    from action_testing import slot_events

    registered = {**_NOT_REGISTERED, "candidate_status": "demandeur_emploi", "candidate_registered": True, "eligibility": "eligible",
                  "eligibility_reasons": ["candidat_demandeur_emploi"], OFFER_SLOT: OFFER_SUBMISSION}
    events, said = run(action(), tracker(text, intent=intent, slots=registered))
    assert slot_events(events)["candidate_status"] == "a_identifier"
    texts = [m.get("text") or "" for m in sent(said)]
    assert any(t.startswith(messages.CORRECTED.split("{", 1)[0]) for t in texts), texts


@pytest.mark.parametrize("action", [ActionAnswerOffer, ActionAnswerFaq])
@pytest.mark.parametrize("intent", ["faq", "inform", "affirm"])
def test_leaving_it_to_france_travail_after_not_registered_gives_the_verdict_again(action: type, intent: str) -> None:
    """« D'accord, dans ce cas on laissera France Travail nous proposer des candidats. » after « pas éligible » for a candidate
    not registered got the FAQ's answer on selecting candidates (thirty-third blind user test, u33-11): nobody identified yet,
    the verdict again, then « Donc je peux faire la demande maintenant ? » starts the request."""
    from action_testing import slot_events

    from bot.eligibility.dialogue import MEMORY_SLOT
    from bot.faq.parse import DECISION_KEY
    from bot.faq.replies import PROCEDURE_ENTRY

    interim = {**_NOT_REGISTERED, "contract_type": "cdi_interimaire"}
    text = "D'accord, dans ce cas on laissera France Travail nous proposer des candidats."
    events, said = run(action(), tracker(text, intent=intent, slots=interim))
    slots = slot_events(events)
    assert slots["candidate_status"] == "a_identifier" and slots["eligibility"] == "eligible", slots
    texts = [m.get("text") or "" for m in sent(said)]
    assert any(t.startswith(messages.CORRECTED.split("{", 1)[0]) for t in texts), texts
    now = {**interim, **{k: v for k, v in slots.items() if k != MEMORY_SLOT}}
    procedure = {DECISION_KEY: {"kind": "answer", "faq_ids": [PROCEDURE_ENTRY], "faq_id": PROCEDURE_ENTRY, "confidence": 0.9, "intent": "faq"}}
    events, _ = run(ActionAnswerFaq(), tracker("Donc je peux faire la demande maintenant ?", intent="faq", slots=now, **procedure))
    assert followups(events) == ["action_start_submission"]


@pytest.mark.parametrize("text", ["Donc je peux faire la demande maintenant ?", "on peut faire la demande ?", "je peux faire la demande ici ?"])
def test_may_i_apply_once_eligible_starts_the_request(text: str) -> None:
    """« Donc je peux faire la demande maintenant ? » after an eligible verdict got the Region's contact form, then the offer
    of a new check (thirty-third blind user test, u33-11): the request starts; before any verdict, or after « pas éligible »,
    the answer on how to apply as before."""
    from bot.faq.parse import DECISION_KEY
    from bot.faq.replies import PROCEDURE_ENTRY

    procedure = {DECISION_KEY: {"kind": "answer", "faq_ids": [PROCEDURE_ENTRY], "faq_id": PROCEDURE_ENTRY, "confidence": 0.9, "intent": "faq"}}
    events, _ = run(ActionAnswerFaq(), tracker(text, intent="faq", slots={**_ELIGIBLE, OFFER_SLOT: OFFER_SUBMISSION}, **procedure))
    assert followups(events) == ["action_start_submission"]
    for slots in ({OFFER_SLOT: None}, _NOT_REGISTERED, {**_ELIGIBLE, REFERENCE_SLOT: "1E1F-2026-000001"}):
        events, _ = run(ActionAnswerFaq(), tracker(text, intent="faq", slots=slots, **procedure))
        assert "action_start_submission" not in followups(events), slots


def test_an_answer_right_after_the_offer_of_the_request_keeps_it_open_with_its_buttons() -> None:
    """« ca coute combien pour nous ? » right after « Je peux préparer avec vous votre intention d'embauche » [Préparer ma
    demande] got the answer alone, the offer dropped: no button to go on (thirty-third blind user test, u33-10). The offer stays
    open and is made again after the answer, not after two answers in a row; near misses: no verdict, or a request sent."""
    from action_testing import slot_events, user_event

    from bot.faq.parse import DECISION_KEY

    cost = {DECISION_KEY: {"kind": "answer", "faq_ids": ["cout_formation"], "faq_id": "cout_formation", "confidence": 0.9, "intent": "faq"}}
    text = "ca coute combien pour nous ?"
    request = {"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT["eligible"]["buttons"]}
    events, said = run(ActionAnswerFaq(), tracker(text, intent="faq", slots={**_ELIGIBLE, OFFER_SLOT: OFFER_SUBMISSION}, **cost))
    assert sent(said)[-1] == request and slot_events(events)[OFFER_SLOT] == OFFER_SUBMISSION
    # (said after the previous answer: not again, still open)
    history = [{"event": "action", "name": "action_listen"}, user_event("et c'est qui qui choisit l'organisme ?", "faq"),
               {"event": "bot", "text": "…"}, {"event": "bot", "text": messages.PREPARE_NOW}, {"event": "action", "name": "action_listen"},
               {**user_event(text, "faq"), "parse_data": {"text": text, "intent": {"name": "faq"}, **cost}}]
    events, said = run(ActionAnswerFaq(), tracker(text, intent="faq", slots={**_ELIGIBLE, OFFER_SLOT: OFFER_SUBMISSION}, events=history, **cost))
    assert request not in sent(said) and slot_events(events).get(OFFER_SLOT, OFFER_SUBMISSION) == OFFER_SUBMISSION
    for slots in ({OFFER_SLOT: None}, {**_ELIGIBLE, OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000001"}):
        _, said = run(ActionAnswerFaq(), tracker(text, intent="faq", slots=slots, **cost))
        assert not any(m.get("text") == messages.PREPARE_NOW for m in sent(said)), slots


@pytest.mark.parametrize("text", [
    "bon d'accord, on fait la demande quand même", "ok on fait la demande alors", "on fait la demande du coup",
    # (a sentence before it: « Merci pour votre retour ! », thirty-third blind user test, u33-05)
    "ok donc c'est une formation avant. ça me va, on fait la demande",
    "merci c'est clair, on lance la demande",
])
@pytest.mark.parametrize("intent", ["affirm", "feedback", "nlu_fallback"])
def test_applying_after_an_answer_once_eligible_starts_the_request_not_a_rating(text: str, intent: str) -> None:
    """« bon d'accord, on fait la demande quand même » right after an answer got « Merci pour votre retour ! » (thirty-first
    blind user test): once eligible, the request starts, whatever the classifier read."""
    from actions.faq_actions import ActionRecordFeedback
    from bot.faq.router import DECISION_KEY

    action = {"affirm": ActionAnswerOffer(), "feedback": ActionRecordFeedback(), "nlu_fallback": ActionAnswerFaq()}[intent]
    decision = {"kind": "suggest" if intent == "nlu_fallback" else "other", "faq_ids": [], "suggestions": ["cout_formation"],
                "confidence": 0.4, "intent": intent}
    state = tracker(text, intent=intent, slots={**_ELIGIBLE, OFFER_SLOT: None}, events=_after_an_answer_with_the_offer(text, intent),
                    **{DECISION_KEY: decision})
    events, said = run(action, state)
    assert messages.FEEDBACK_THANKS["up"] not in [m.get("text") for m in said]
    assert "action_start_submission" in followups(events)


@pytest.mark.parametrize("intent", ["affirm", "faq", "inform", None])
@pytest.mark.parametrize("text", [
    "ok mais un aprenti je le paye combien", "ok mais un apprenti je le paie combien ?", "oui mais c'est payé combien",
    "d'accord mais comment se passe la formation", "ok mais il faut quel niveau", "oui mais ça dure combien de temps",
])
def test_an_ok_but_a_question_is_no_yes_to_the_offer(text: str, intent: str | None) -> None:
    """« ok mais un aprenti je le paye combien » after the offer of the request started it (thirty-fourth blind user test): an
    « ok » then « mais » and a question, even without « ? », gets the question answered (or the no-answer sentence), and the
    offer stays open."""
    from bot.faq.replies import offer_reply

    assert offer_reply(text, intent) is None
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=_ELIGIBLE_CDI))
    assert "action_start_submission" not in followups(events) and "action_start_eligibility" not in followups(events)
    if followups(events) == ["action_answer_faq"]:
        events, said = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=_ELIGIBLE_CDI))
    assert said, events
    assert not {"action_start_submission", "action_start_eligibility", "action_answer_offer"} & set(followups(events))
    assert slot_events(events).get(OFFER_SLOT, OFFER_SUBMISSION) == OFFER_SUBMISSION


@pytest.mark.parametrize("intent", ["deny", "affirm"])
@pytest.mark.parametrize("text", [
    "Je ne veux pas la modifier, je veux faire une NOUVELLE demande pour 2 chaudronniers.",
    "Maintenant je voudrais faire la même demande pour les 2 chaudronniers, mêmes informations sauf le poste et les besoins de formation.",
])
def test_a_new_request_once_sent_read_as_yes_or_no_starts_its_check(text: str, intent: str) -> None:
    """« je veux faire une NOUVELLE demande pour 2 chaudronniers » once a request was sent was a dead end (thirty-fourth blind
    user test): read as « non » or « oui », it starts the new request's check too."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000045", "eligibility": "eligible"}
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert sent(said) == [{"text": messages.NEW_REQUEST_CHECK_FIRST.format(reference="1E1F-2026-000045")}]
    assert followups(events) == ["action_start_eligibility"]

@pytest.mark.parametrize(("action", "intent"), [(ActionAnswerOffer, "inform"), (ActionAnswerFaq, "faq")])
def test_candidates_said_found_and_registered_with_going_on_correct_nobody_yet_and_start_the_request(action: type, intent: str) -> None:
    """u33-02: « Merci. Juste une précision : nous avons déjà identifié nos candidats, ils sont tous les trois inscrits à France
    Travail. Nous pouvons préparer la demande. » after « pas encore identifié », eligible, started the request with the candidate
    still nobody yet (thirty-third blind user test): registered job seekers, said, and the request started."""
    from action_testing import slot_events

    nobody = {**_TO_CHECK, "candidate_status": "a_identifier", "eligibility_reasons": ["contrat_eligible", "candidat_a_identifier"]}
    text = ("Merci. Juste une précision : nous avons déjà identifié nos candidats, ils sont tous les trois inscrits à France "
            "Travail. Nous pouvons préparer la demande.")
    events, said = run(action(), tracker(text, intent=intent, slots=nobody))
    slots = slot_events(events)
    assert slots["candidate_status"] == "demandeur_emploi" and slots["eligibility"] == "eligible"
    assert followups(events) == ["action_start_submission"]
    assert any("Demandeur d'emploi inscrit à France Travail" in (m.get("text") or "") for m in sent(said))

@pytest.mark.parametrize("intent", ["affirm", "nlu_fallback", "start_submission"])
def test_a_request_taken_up_for_one_of_two_jobs_keeps_it(intent: str) -> None:
    """u34-02: the first message named « des soudeurs et des chaudronniers », then « Bon. Préparons la demande pour les 6 soudeurs
    d'abord. » to the offer of the request: its « d'abord » held it back, and the job and the count were asked again
    (thirty-fourth blind user test). The request starts, with them."""
    from action_testing import slot_events

    from actions.faq_actions import ActionAnswerFaq
    from bot.submission.dialogue import memory_updates

    text = "Bon. Préparons la demande pour les 6 soudeurs d'abord."
    slots = {**_ELIGIBLE_CDI, "project_memory": {"commune": "Cholet", "department": "49", "postal_code": "49300",
                                                 "said": "on a du mal à recruter des soudeurs et des chaudronniers à Cholet"}}
    events, _ = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=slots))
    if followups(events) == ["action_answer_offer"]:
        events, _ = run(ActionAnswerOffer(), tracker(text, intent=intent, slots=slots))
    assert followups(events) == ["action_start_submission"]
    remembered = memory_updates(slot_events(events).get("project_memory") or slots["project_memory"])
    assert (remembered.get("job_title"), remembered.get("positions")) == ("soudeurs", 6)


# ---------------------------------------------------------------- thirty-sixth blind user test

_FRANCHISEE = ("Bonjour, je suis franchisé d'une enseigne de restauration rapide et j'exploite trois restaurants : à Saint-Nazaire (44), "
               "au Mans (72) et à Rennes (35). Je souhaite recruter deux employés polyvalents de restauration en CDI à 35 heures dans "
               "chacun de ces trois restaurants. Puis-je faire une seule demande pour l'ensemble ?")
_AT_SAINT_NAZAIRE = {"contract_type": "cdi", "department": "44", "candidate_status": "a_identifier", "eligibility": "eligible",
                     "eligibility_reasons": ["contrat_eligible"], OFFER_SLOT: OFFER_SUBMISSION,
                     "project_memory": {"commune": "Saint-Nazaire", "department": "44", "postal_code": "44600", "said": _FRANCHISEE}}


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback"])
@pytest.mark.parametrize("text", [
    "Votre « Non » est ambigu. Doit-elle d'abord s'inscrire à France Travail ? Et vous n'avez toujours pas répondu pour le restaurant "
    "de Rennes, en Ille-et-Vilaine.",
    "Et le restaurant de Rennes peut-il aussi en bénéficier ?",
])
def test_a_question_about_another_site_keeps_the_project_and_is_answered(text: str, intent: str) -> None:
    """u36-06: eligible at Saint-Nazaire, « … vous n'avez toujours pas répondu pour le restaurant de Rennes » got « C'est corrigé. Lieu du
    poste : Rennes », then « pas éligible »; « le restaurant de Rennes peut-il aussi en bénéficier ? » got « pas compris » (thirty-sixth
    blind user test). Another site asked about: answered for that site, the project and its verdict kept."""
    events, said = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=_AT_SAINT_NAZAIRE))
    set_ = slot_events(events)
    assert "department" not in set_ and "eligibility" not in set_
    texts = [m.get("text") or "" for m in sent(said)]
    assert not any(t.startswith("C'est corrigé") for t in texts)
    assert any("Rennes" in t and "Bretagne" in t for t in texts)
    assert any("Saint-Nazaire" in t for t in texts)
    if "inscrire" in text:
        assert any(t == messages.REGISTRATION_REQUIRED for t in texts)


def test_a_question_about_another_site_in_the_region_says_how_to_check_it() -> None:
    """(thirty-sixth blind user test) The restaurant of Le Mans asked about, eligible at Saint-Nazaire: in the region, a request of
    its own once this one is done."""
    events, said = run(ActionAnswerFaq(), tracker("Et le restaurant du Mans peut-il aussi en bénéficier ?", intent="faq", slots=_AT_SAINT_NAZAIRE))
    assert "department" not in slot_events(events)
    assert any("Le Mans" in (m.get("text") or "") and "nouvelle demande" in (m.get("text") or "") for m in sent(said))


@pytest.mark.parametrize("text", [
    # (still corrections: the job moved, said so)
    "ah non pardon, c'est à Rennes",
    "en fait le poste sera dans notre restaurant de Laval",
])
def test_the_job_moved_to_another_site_is_still_a_correction(text: str) -> None:
    events, _ = run(ActionAnswerFaq(), tracker(text, intent="inform", slots=_AT_SAINT_NAZAIRE))
    assert slot_events(events).get("department") in ("35", "53")


def test_another_project_after_a_verdict_starts_a_fresh_check_from_what_it_says() -> None:
    """u36-07: the existing employee refused, « Autre projet alors : un poste saisonnier d'ouvrier horticole, CDD saisonnier de cinq mois…,
    à Saumur, 39 heures par semaine. Pas encore de candidat. … qui assure le stagiaire … ? » got the hours' answer, then the check kept
    the old place and candidate (thirty-sixth blind user test): a fresh check, from what it says."""
    from action_testing import user_event

    from actions.eligibility_actions import ActionStartEligibility

    old = {"contract_type": "cdi", "department": "49", "candidate_status": "salarie_entreprise", "eligibility": "ineligible",
           "eligibility_reasons": ["salarie_deja_en_poste"], "project_memory": {"commune": "Saint-Barthélemy-d'Anjou", "department": "49",
                                                                               "said": "je dirige une coopérative agricole (SCA)"}}
    text = ("Entendu. Autre projet alors : un poste saisonnier d'ouvrier horticole, CDD saisonnier de cinq mois de mars à juillet, à "
            "Saumur, 39 heures par semaine. Pas encore de candidat. Pendant les périodes d'immersion dans la coopérative, qui assure le "
            "stagiaire en cas d'accident du travail ?")
    events, said = run(ActionAnswerFaq(), tracker(text, intent="faq", slots=old))
    assert followups(events) == ["action_start_eligibility"]
    started, said = run(ActionStartEligibility(), tracker(text, intent="faq", slots={**old, **slot_events(events)}))
    slots = slot_events(started)
    assert (slots["contract_type"], slots["contract_duration"], slots["department"], slots["candidate_status"]) == (
        "cdd_saisonnier", 5.0, "49", "a_identifier")
    from bot.submission.dialogue import memory_updates

    remembered = memory_updates(slots["project_memory"])
    assert remembered["work_location"]["commune"] == "Saumur"
    assert (remembered.get("job_title"), remembered.get("weekly_hours")) == ("ouvrier horticole", 39.0)
    assert user_event  # (imported for symmetry with the other tests)


def test_the_check_done_again_with_nothing_left_to_ask_says_the_answers_once() -> None:
    """u36-07: « Revenons à mon projet saisonnier : est-il éligible ? » after « not eligible » (an existing employee) said « Vos réponses
    — … » twice, in « Je refais la vérification en gardant… » and with the verdict at once (thirty-sixth blind user test)."""
    from actions.eligibility_actions import ActionStartEligibility

    old = {"contract_type": "cdd", "department": "49", "candidate_status": "salarie", "eligibility": "ineligible",
           "eligibility_reasons": ["salarie_deja_en_poste"], "project_memory": {"commune": "Saint-Barthélemy-d'Anjou", "department": "49"}}
    events, said = run(ActionStartEligibility(), tracker("Merci. Revenons à mon projet saisonnier : est-il éligible ?", intent="check_eligibility",
                                                         slots=old))
    assert slot_events(events)["contract_type"] == "cdd_saisonnier"
    assert not any("Vos réponses" in (m.get("text") or "") for m in sent(said))


@pytest.mark.parametrize(("action", "intent"), [(ActionAnswerFaq, "faq"), (ActionAnswerOffer, "inform"), (ActionAnswerFaq, "nlu_fallback")])
def test_the_other_post_asked_for_once_sent_starts_its_check(action: type, intent: str) -> None:
    """u38-03: « et pour l'autre poste alors ? » once the first of two requests was sent got the FAQ on the public (thirty-eighth
    blind user test): the second request, promised, starts."""
    slots = {OFFER_SLOT: OFFER_SENT, REFERENCE_SLOT: "1E1F-2026-000083", "eligibility": "eligible"}
    events, said = run(action(), tracker("et pour l'autre poste alors ?", intent=intent, slots=slots))
    assert sent(said) == [{"text": messages.NEW_REQUEST_CHECK_FIRST.format(reference="1E1F-2026-000083")}]
    assert followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize(("text", "intent"), [("ok 👌", "affirm"), ("ok 👌", None), ("ok merci", "affirm"), ("ok merci", "thanks"),
                                              ("d'accord merci 👍", "affirm"), ("super merci", "affirm"), ("👍", "affirm")])
def test_thanks_after_an_answer_is_no_yes_to_the_check(text: str, intent: str | None) -> None:
    """« ok 👌 » after an answer and the offer to check started the check; « non non je voulais juste dire ok merci » followed
    (fortieth blind user test, u40-13): an acknowledgement with thanks or an emoji is thanks, the offer closed."""
    action = ActionThank() if intent == "thanks" else ActionAnswerOffer()
    events, said = run(action, tracker(text, intent=intent, slots={OFFER_SLOT: OFFER_CHECK}))
    assert sent(said) == [messages.THANKS_REPLY]
    assert "action_start_eligibility" not in followups(events)


@pytest.mark.parametrize("text", ["ok", "oui", "ok on y va", "oui merci", "ok merci, on vérifie", "ok 👌 on vérifie"])
def test_a_yes_with_or_without_thanks_still_takes_up_the_check(text: str) -> None:
    events, said = run(ActionAnswerOffer(), tracker(text, intent="affirm", slots={OFFER_SLOT: OFFER_CHECK}))
    assert said == [] and followups(events) == ["action_start_eligibility"]


@pytest.mark.parametrize("offer", [OFFER_SUBMISSION, OFFER_CHECK])
@pytest.mark.parametrize("intent", ["faq", "inform", None])
@pytest.mark.parametrize("text", [
    # forty-fourth blind user test, u44-02: at « Voulez-vous préparer votre demande ? », it got the FAQ's answer on employers
    "pas tout de suite, je dois en parler au bureau de l'asso. merci",
    "pas maintenant, je dois voir ça avec mon associé",
    "pas pour l'instant, on doit en discuter en réunion d'équipe lundi",
    "merci mais pas tout de suite, le CA de l'association doit valider",
    "pas tt de suite je dois en parler a mon patron",
])
def test_a_not_now_with_its_reason_declines_the_offer_politely(text: str, intent: str | None, offer: str) -> None:
    from bot.faq.replies import offer_reply

    assert offer_reply(text, intent) == "decline"
    events, said = run(ActionAnswerFaq(), tracker(text, intent=intent, slots={**_ELIGIBLE_CDI, OFFER_SLOT: offer}))
    assert followups(events) == ["action_answer_offer"], sent(said)
    events, said = run(ActionAnswerOffer(), tracker(text, intent=intent, slots={**_ELIGIBLE_CDI, OFFER_SLOT: offer}))
    assert sent(said) == [{"text": messages.OFFER_DECLINED}] and slot_events(events) == {OFFER_SLOT: None}


@pytest.mark.parametrize("text", [
    "pas tout de suite, combien de temps ça prend à monter ?",  # a question after the « not now »: answered (near miss)
    "pas maintenant, c'est quoi les conditions pour une asso",
])
def test_a_not_now_with_a_question_is_no_plain_decline(text: str) -> None:
    from bot.faq.replies import offer_reply

    assert offer_reply(text, "faq") is None


# ---------------------------------------------------------------- forty-eighth blind user test (defect 12)
_FIFTEEN_HOURS = {"contract_type": "cdi", "department": "85", "candidate_status": "a_identifier", "eligibility": "ineligible",
                  "eligibility_reasons": ["au_moins_24_heures_par_semaine"], "project_memory": {"weekly_hours": 15.0}}


@pytest.mark.parametrize("text", [
    # u48-08, after « not eligible » for 15 h a week: « Je ne suis pas certain d'avoir bien compris »
    "vous m'avez dit que tout etait possible ! bon et si je lui fais 26h en ajoutant le menage des locaux ?",
    "et si je lui fais 26h ?",
    "bon et si on passe a 28 heures par semaine ca marche ?",
])
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq", "inform"])
def test_other_hours_supposed_after_a_refusal_for_the_hours_get_the_rules_answer(text: str, intent: str) -> None:
    events, said = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=_FIFTEEN_HOURS))
    texts = [m.get("text") or "" for m in sent(said)]
    # (the rules' answer on those hours, with how to keep them, or the verdict again with them)
    assert texts and (texts[0].startswith("Oui pour la durée de travail") or slot_events(events).get("eligibility") == "eligible"), texts
    assert not any("pas certain d'avoir bien compris" in t for t in texts), texts


_NO_PERMIT = {"contract_type": "apprentissage", "department": "49", "candidate_status": "etranger_sans_autorisation",
              "candidate_foreign": True, "candidate_work_permit": False, "eligibility": "ineligible",
              "eligibility_reasons": ["etranger_sans_autorisation"]}


@pytest.mark.parametrize("text", [
    # u48-05 after « not eligible » (no work permit), u48-12 after « eligible » (another candidate): « pas compris »
    "ok alors je prends mon neveu a la place, il est francais et inscrit a FT",
    "ah non il a trouve autre chose. j'ai un autre candidat, francais, inscrit a FT",
])
@pytest.mark.parametrize("intent", ["nlu_fallback", "faq", "inform"])
def test_a_new_candidate_after_the_verdict_is_recorded_and_the_verdict_given_again(text: str, intent: str) -> None:
    events, said = run(ActionAnswerFaq(), tracker(text, intent=intent, slots=_NO_PERMIT))
    texts = [m.get("text") or "" for m in sent(said)]
    assert slot_events(events).get("candidate_status") == "demandeur_emploi", texts
    assert slot_events(events).get("eligibility") == "eligible", texts


@pytest.mark.parametrize("text", ["jsp", "je sais pas", "chais pas", "aucune idée", "bah jsp", "euh je sais pas trop", "jsp moi"])
def test_i_dont_know_with_no_offer_open_gets_a_gentle_prompt(text: str) -> None:
    # Forty-ninth blind user test: « jsp » alone, read « non », got « Très bien. Posez-moi votre question… ».
    _, said = run(ActionAnswerOffer(), tracker(text, intent="deny"))
    assert sent(said) == [messages.UNSURE_WITH_NOTHING_ASKED]
