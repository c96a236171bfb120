"""What an employer types at the recap: confirm, correct a field, ask, cancel,
or something unclear (which never erases anything)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from samples import completed_submission_slots

from bot.dialogue import messages
from bot.dialogue.messages import RECAP_QUESTION_ALONE
from bot.submission.dialogue import field_turn, memory_updates, recap_question, recap_slots, recap_turn, submission_record
from bot.submission.form_slots import (
    CONFIRM_SLOT,
    FIELD_LABELS,
    RECAP_ALTERNANCE,
    RECAP_CANDIDATE,
    RECAP_HELD,
    RECAP_STATE_SLOT,
)
from bot.submission.mentions import display
from bot.submission.questions import FieldUnderstanding
from bot.submission.recap import (
    RECAP_CANCEL,
    RECAP_CONFIRM,
    RECAP_CORRECT,
    RECAP_QUESTION,
    RECAP_UNCLEAR,
    recap,
    understand_recap,
)

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.timezone.utc)
SLOTS = {**completed_submission_slots(), "positions": 3.0}

CONFIRMATIONS = [
    "c'est bon vous pouvez envoyer",
    "parfait, envoyez",
    "go",
    "oui envoyez la demande",
    "Oui, c'est correct, merci",
    "confirmer",
    "ok",
    "validé",
    "oui",
    "c bon",
    "tout est bon",
    "envoyer",
    "c'est parfait merci",
    "oui je confirme",
    "/affirm",
    "Confirmer et envoyer",
    "ok pour moi",
    "nickel",
    # « non » or « corriger » in a sentence that says nothing is to change (a blind user test, 2026-11-30).
    "non c'est bon tout est juste",
    "mais non je veux rien corriger, tout est bon, vous pouvez envoyer",
    "rien à modifier",
    "non non aucune erreur",
    "à part ça c'est parfait, envoyez",
]


def test_a_question_is_never_a_confirmation() -> None:
    assert understand_recap("c'est bon ? je peux envoyer ?", SLOTS, NOW).kind != RECAP_CONFIRM


@pytest.mark.parametrize("text", CONFIRMATIONS)
def test_confirmation_in_words_sends(text: str) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert result.kind == RECAP_CONFIRM, text
    assert result.updates == {}


CORRECTIONS = [
    ("en fait on veut 2 postes pas 3", "positions", {"positions": 2}),
    ("le nom de l'entreprise est faux", "company_name", {}),
    ("l'email c'est plutôt s.gaborit@example.org", "contact_email", {"contact_email": "s.gaborit@example.org"}),
    ("c'est un CDD de 8 mois finalement", "contract_type", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("le siret est faux", "siret", {}),
    ("le siret c'est 884 120 791 00014", "siret", {"siret": "88412079100014"}),
    ("il faut changer le telephone", "contact_phone", {}),
    ("le tel c'est le 06 98 76 54 32", "contact_phone", {"contact_phone": "+33698765432"}),
    ("erreur sur la date", "start_date", {}),
    ("la date c'est plutot le 1er mai 2027", "start_date", {"start_date": "2027-05-01"}),
    ("non c'est 39h pas 35", "weekly_hours", {"weekly_hours": 39.0}),
    ("le poste c'est plutot menuisier agenceur", "job_title", {"job_title": "menuisier agenceur"}),
    ("modifier le lieu", "work_location", {}),
    ("en fait c'est a Laval", "work_location", {"work_location": {"commune": "Laval", "postal_code": "53000", "department": "53"}}),
    ("je me suis trompé de nom de contact", "contact_name", {}),
    ("finalement c'est un CDI", "contract_type", {"contract_type": "cdi", "contract_duration": None}),
    ("le contrat n'est pas bon", "contract_type", {}),
    ("les besoins de formation sont incomplets", "training_needs", {}),
    ("non", None, {}),
    ("tout est bon sauf le téléphone", "contact_phone", {}),
    # review of 2026-11-30: « c'est bon / c'est juste » followed by a correction is a correction
    ("c'est bon, le téléphone c'est le 06 11 22 33 44", "contact_phone", {"contact_phone": "+33611223344"}),
    ("c'est juste le nom de l'entreprise, c'est Dupont SA", "company_name", {"company_name": "Dupont SA"}),
    ("c'est bon mettez 3 postes", "positions", {"positions": 3}),
    # … and « public » in a job or a training is not the employer type, « maçon » not Mâcon
    ("le poste c'est canalisateur en travaux publics", "job_title", {"job_title": "canalisateur en travaux publics"}),
    ("la formation c'est : accueil du public", "training_needs", {"training_needs": "accueil du public"}),
    ("le poste c'est maçon", "job_title", {"job_title": "maçon"}),
    # The value tells the field (second blind user test, 2026-11-30: the contact's name and the job title were changed).
    ("et le mail c'est plutot contact@boulangerie-martin.fr", "contact_email", {"contact_email": "contact@boulangerie-martin.fr"}),
    ("en fait le poste sera a Angers, pas au Mans", "work_location",
     {"work_location": {"commune": "Angers", "postal_code": "49100", "department": "49"}}),
    ("en fait le poste sera a Tours, pas au Mans", "work_location", {}),
    # « entreprise » names the type here, not the company's name (blind user test, 2026-11-30).
    ("ah non on est pas du tout public, c une entreprise privee (SARL)", "employer_type", {"employer_type": "prive"}),
    ("non c'est pas bon", None, {}),
    ("c'est bon mais le siret est faux", "siret", {}),
    ("tout est bon mais le tel c'est le 06 98 76 54 32", "contact_phone", {"contact_phone": "+33698765432"}),
]


@pytest.mark.parametrize(("text", "field", "updates"), CORRECTIONS)
def test_correction_in_words_changes_that_field(text: str, field: str | None, updates: dict) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert result.kind == RECAP_CORRECT, (text, result.kind)
    assert result.field == field
    for name, value in updates.items():
        assert result.updates[name] == value, text


def test_a_contract_correction_re_evaluates_the_verdict() -> None:
    result = understand_recap("c'est un CDD de 4 mois finalement", SLOTS, NOW)
    assert result.updates["eligibility"] == "derogation"
    assert "eligibility_reasons" in result.updates


def test_an_invalid_new_value_is_not_stored_but_explained() -> None:
    result = understand_recap("le siret c'est 123 456 789 00011", SLOTS, NOW)
    assert result.kind == RECAP_CORRECT and result.field == "siret"
    assert "siret" not in result.updates and result.messages


@pytest.mark.parametrize(
    "text",
    ["c'est quoi la suite ?", "combien de temps pour avoir une reponse ?", "qui va me rappeler ?", "et apres ?", "comment ca se passe ensuite"],
)
def test_a_question_is_a_question(text: str) -> None:
    assert understand_recap(text, SLOTS, NOW).kind == RECAP_QUESTION


@pytest.mark.parametrize("text", ["annuler", "j'annule tout", "annulez la demande", "laisse tomber", "/stop"])
def test_cancel_is_recognised_and_erases_nothing(text: str) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert result.kind == RECAP_CANCEL and result.updates == {}


@pytest.mark.parametrize("text", ["bonjour", "euh", "azerty", "", "🙂", "x" * 30_000])
def test_anything_else_is_unclear_and_never_erases(text: str) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert result.kind == RECAP_UNCLEAR
    assert result.updates == {} and result.messages


def test_the_candidates_situation_at_the_recap_changes_the_candidate_not_the_contract() -> None:
    # Third blind user test, 2026-11-30: « elle sort d'un CDI ailleurs » rewrote the apprenticeship into a CDI.
    # Sixteenth: the situation could not be changed at all (« annuler », then everything asked again).
    result = understand_recap("Ah, je viens de vérifier : la candidate n'est en fait pas inscrite à France Travail, elle sort d'un CDI ailleurs.",
                              SLOTS, NOW)
    assert (result.updates["candidate_status"], result.updates["eligibility"]) == ("non_inscrit", "ineligible")
    assert "contract_type" not in result.updates
    assert "n'est plus éligible" in result.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Twenty-second blind user test: a registered candidate recorded for « elle est au chomage depuis mars »; the first
        # correction was not applied, and the recap asked « Quelle est-elle maintenant ? ».
        ("elle est au chômage mais pas inscrite a france travail", "non_inscrit"),
        ("elle n'est pas inscrite", "non_inscrit"),
        ("la candidate est au chomage, pas inscrite", "non_inscrit"),  # (« pas inscrite » was a value rejected)
        ("elle est au chomage, mais pas inscrite a france travail", "non_inscrit"),
        ("elle est juste au chomage, pas inscrite", "non_inscrit"),
        ("erreur sur la candidate, elle est au chomage pas inscrite", "non_inscrit"),  # (« sur » was « sûr », a hedge)
        ("candidat au chomage non inscrit", "non_inscrit"),
        # out of work, no registration said: to check
        ("elle est juste au chômage", "inscription_a_verifier"),
        ("non la candidate est juste au chomage", "inscription_a_verifier"),
    ],
)
def test_out_of_work_or_not_registered_at_the_recap_changes_a_registered_candidate(text: str, status: str) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": "demandeur_emploi"}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == status, result.messages


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # Twenty-second blind user test: where the candidate comes from is not the place of work; « le lieu du poste c'est
        # Angers » became the job « Angers ».
        ("le lieu du poste c'est Angers", "Angers"),
        ("le poste est a Angers, c'est le gars qui vient de Laval", "Angers"),
        ("le lieu de travail c'est Angers, le gars vient de Laval", "Angers"),
        ("il vient de Laval", None),
        ("elle habite à Laval", None),
    ],
)
def test_where_the_candidate_comes_from_is_not_the_place_of_work_at_the_recap(text: str, place: str | None) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert (result.updates.get("work_location") or {}).get("commune") == place and "job_title" not in result.updates, result.messages


def test_where_the_employer_is_housed_is_the_place_of_work_at_the_recap() -> None:
    """« on est hébergés à Laval » is the employer's own premises, not the candidate's home (review of the twenty-second test's
    fixes: « Je n'ai pas compris »)."""
    result = recap_turn("on a déménagé, on est hébergés à Laval maintenant", SLOTS, "inform", [], NOW)
    assert (result.updates.get("work_location") or {}).get("commune") == "Laval", result.messages


@pytest.mark.parametrize(
    ("text", "before", "status"),
    [
        # Review of the twenty-second test's fixes: the « non » that answers, the comma folded away, was read as « non
        # inscrit », and « inscrit ou non inscrit » as registered.
        ("non, inscrit à France Travail depuis 2 ans", "non_inscrit", "demandeur_emploi"),
        ("non, inscrite", "non_inscrit", "demandeur_emploi"),
        ("non inscrit a FT depuis mars", "non_inscrit", "demandeur_emploi"),
        ("non, inscrit à France Travail depuis 2 ans", "demandeur_emploi", None),
        ("non, inscrite", "demandeur_emploi", None),
        ("non inscrit a FT depuis mars", "demandeur_emploi", None),
        ("il est inscrit ou non inscrit je sais plus", "non_inscrit", None),
        ("il est inscrit ou non inscrit je sais plus", "demandeur_emploi", None),
        # « non inscrit(e) » joined, as typed: not registered (near misses)
        ("non inscrite", "demandeur_emploi", "non_inscrit"),
        ("candidat au chomage non inscrit", "demandeur_emploi", "non_inscrit"),
        ("la candidate est non inscrite à France Travail", "demandeur_emploi", "non_inscrit"),
    ],
)
def test_a_no_that_answers_at_the_recap_is_no_non_registration(text: str, before: str, status: str | None) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": before}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == status, result.messages


@pytest.mark.parametrize(
    "text",
    ["la candidate est au chomage et inscrite a france travail", "elle est inscrite, pas au RSA", "je suis sûr, la candidate est inscrite"],
)
def test_a_registration_said_at_the_recap_keeps_a_registered_candidate(text: str) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": "demandeur_emploi"}, "inform", [], NOW)
    assert result.updates.get("candidate_status") in (None, "demandeur_emploi"), result.messages
    assert "recap_state" not in result.updates or result.updates["recap_state"] != "candidate", result.messages


@pytest.mark.parametrize(
    ("text", "before", "status"),
    [
        # Fortieth blind user test (u40-12): « Il manque que la candidate est étrangère (marocaine, titre de séjour avec
        # autorisation de travail) » got « Inscription … à vérifier », both facts lost; registered as said before.
        ("Il manque que la candidate est étrangère (marocaine, titre de séjour avec autorisation de travail), je vous l'avais dit",
         "demandeur_emploi", "etranger_avec_autorisation"),
        ("la candidate est de nationalité marocaine, elle a un titre de séjour", "demandeur_emploi", "etranger_avec_autorisation"),
        # (nothing said of the registration before: to check, as before, the nationality and the permit kept: forty-seventh blind
        # user test, u47-14)
        ("la candidate est de nationalité marocaine, elle a un titre de séjour", "a_identifier", "etranger_inscription_a_verifier"),
        # Forty-sixth blind user test (u46-10): « precisez que la candidate est etrangere, avec un recepisse de demande d'asile »
        # got « C'est déjà ce que j'ai noté : Candidat : Inscription … à vérifier », the nationality and the receipt not recorded:
        # an asylum request's receipt does not by itself authorise work, to check.
        ("precisez que la candidate est etrangere, avec un recepisse de demande d'asile", "inscription_a_verifier", "autorisation_a_verifier"),
        ("elle a juste une attestation de demande d asile", "demandeur_emploi", "autorisation_a_verifier"),
        ("la candidate est en demande d'asile", "etranger_avec_autorisation", "autorisation_a_verifier"),
    ],
)
def test_a_foreign_candidate_with_a_permit_said_at_the_recap_keeps_the_registration_said_before(text: str, before: str, status: str) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": before}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == status, result.messages
    assert "eligibility" in result.updates, result.updates  # the eligibility read again, as for any candidate change
    said = " ".join(str(m.get("text")) for m in result.messages)
    assert "déjà ce que j'ai noté" not in said, said  # (the status changed: never « already noted »)
    if status == "etranger_avec_autorisation":
        assert "nationalité étrangère avec autorisation de travail" in said, said


# --- several fields, and fields named by their value (fourth blind user test, 2026-11-30) ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Only the e-mail changed: the stored contact mixed two people.
        ("le contact ce sera plutot mon fils Kevin Moreau, kevin@garagemoreau.fr, 06 11 22 33 44",
         {"contact_name": "Kevin Moreau", "contact_email": "kevin@garagemoreau.fr", "contact_phone": "+33611223344"}),
        # The phone was dropped silently.
        ("finalement 2 postes seulement et le tel c 06 98 76 54 32", {"positions": 2, "contact_phone": "+33698765432"}),
        ("le tel c 06 98 76 54 32 et le mail c k@x.fr", {"contact_phone": "+33698765432", "contact_email": "k@x.fr"}),
        # A decision said first changed only the count (twenty-third blind user test).
        ("bon on fait juste le cuisinier alors, poste cuisinier, 1 poste", {"job_title": "cuisinier", "positions": 1}),
        ("ok on garde que le cuisinier, poste cuisinier, 1 poste", {"job_title": "cuisinier", "positions": 1}),
    ],
)
def test_one_message_corrects_several_fields(text: str, expected: dict[str, object]) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == "correct" and read.updates == expected
    assert read.messages[0]["text"].startswith("C'est corrigé.") and read.messages[0]["text"].count("C'est corrigé") == 1


def test_a_contract_and_another_field_in_one_message_are_both_corrected() -> None:
    read = understand_recap("finalement on part sur un cdd de 6 mois, et le poste c juste chauffeur PL", SLOTS, NOW)
    assert read.updates["contract_type"] == "cdd" and read.updates["contract_duration"] == 6.0
    assert read.updates["job_title"] == "chauffeur PL"


def test_a_field_of_several_that_cannot_be_used_keeps_its_value_and_says_why() -> None:
    read = understand_recap("le contact c'est Kevin Moreau, le tel 06 12", SLOTS, NOW)
    assert read.updates == {"contact_name": "Kevin Moreau"}
    assert "Pas de changement pour « Téléphone »" in read.messages[0]["text"]


@pytest.mark.parametrize(
    "text",
    ["le nom c'est Dupont et fils", "les besoins c'est soudure, lecture de plans et CACES"],
)
def test_commas_and_et_inside_one_value_do_not_split_it(text: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert len(read.updates) == 1 and "et" in next(iter(read.updates.values()))


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("non le poste c'est vendeur en boulangerie, pas jean martin", "job_title", "vendeur en boulangerie"),
        ("non le poste c'est educateur, pas animateur", "job_title", "educateur"),
        ("le contact ce sera plutot mon fils Kevin Moreau", "contact_name", "Kevin Moreau"),
        ("en fait on recrute 3 agents pas 1", "positions", 3),
        ("je me suis trompé c'est un seul mecano pas 2", "positions", 1),
        ("et c'est plutot pour octobre 2027", "start_date", "2027-10-01"),
    ],
)
def test_a_correction_keeps_only_the_new_value_and_finds_its_field(text: str, field: str, value: object) -> None:
    # Were « vendeur en boulangerie, martin », « educateur, », « Quel champ souhaitez-vous corriger ? ».
    read = understand_recap(text, SLOTS, NOW)
    assert read.updates == {field: value}


@pytest.mark.parametrize(
    ("text", "added"),
    [
        # It replaced the needs without a word (fourth blind user test, 2026-11-30).
        ("rajoutez aussi la climatisation dans les besoins de formation", "la climatisation"),
        ("ajouter le CACES 3 aux besoins", "le CACES 3"),
        ("pouvez-vous ajouter aussi la soudure", "la soudure"),
        # « … dans les besoins de formation svp » was stored whole (fifth blind user test).
        ("ajoutez aussi la gestion des stocks dans les besoins de formation svp", "la gestion des stocks"),
    ],
)
def test_adding_to_the_training_needs_keeps_the_earlier_ones(text: str, added: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.updates == {"training_needs": f"{SLOTS['training_needs']} ; {added}"}


def test_a_correction_with_a_question_corrects_from_the_statement_only() -> None:
    # « formation » in the question chose the training needs, which were wiped (fifth blind user test, 2026-11-30).
    slots = {**SLOTS, "work_location": {"commune": "Angers", "postal_code": "49000", "department": "49"}}
    read = understand_recap("en fait c a avrille pas angers. et au fait pendant la formation le candidat est payé par qui ?", slots, NOW)
    assert read.updates == {"work_location": {"commune": "Avrillé", "postal_code": "49240", "department": "49"}}
    assert read.messages[-1]["text"] == RECAP_QUESTION_ALONE


def test_a_commune_of_two_departments_is_the_one_of_the_current_department() -> None:
    slots = {**SLOTS, "work_location": {"commune": "Angers", "postal_code": "49000", "department": "49"}}
    assert understand_recap("le lieu c'est avrillé", slots, NOW).updates["work_location"]["department"] == "49"


def test_unusable_answers_at_the_recap_change_the_reply_then_offer_a_way_out() -> None:
    """« hmm », « bof », « euh » got the same « not understood » three times, with only « Confirmer et envoyer »
    to click (sixth blind user test)."""
    from bot.submission.form_slots import ATTEMPTS_SLOT

    slots = completed_submission_slots()
    replies = []
    for text in ("hmm", "bof", "euh"):
        result = recap_turn(text, slots, "inform", [])
        slots = {**slots, **result.updates}
        replies.append(result.messages)
    assert replies[0] == [messages.RECAP_UNCLEAR] and replies[1] == [messages.RECAP_UNCLEAR_AGAIN]
    assert replies[2] == [messages.RECAP_WAY_OUT, messages.CONTACT_POINTER]
    assert messages.CANCEL_REQUEST_BUTTON in replies[2][0]["buttons"]
    assert CONFIRM_SLOT not in slots or not slots[CONFIRM_SLOT]  # nothing was sent
    corrected = recap_turn("2 postes", slots, "inform", [])
    assert corrected.updates[ATTEMPTS_SLOT] == 0.0  # a usable answer starts the count again


def test_a_hesitation_at_the_recap_says_nothing_is_sent_yet() -> None:
    result = recap_turn("euh je sais pas", completed_submission_slots(), "inform", [])
    assert result.messages == [messages.RECAP_UNSURE] and CONFIRM_SLOT not in result.updates


def test_a_field_opened_again_from_the_recap_can_keep_its_value() -> None:
    """« laissez comme c'était » got « ce champ est nécessaire », with only « Annuler ma demande » (sixth blind user test)."""
    from bot.submission.dialogue import field_turn
    from bot.submission.form_slots import (
        ATTEMPTS_SLOT,
        BEFORE_CORRECTION_SLOT,
    )

    slots = {**SLOTS}
    opened = recap_turn('/correct_field{"field": "positions"}', slots, "correct_field", [])
    assert opened.updates["positions"] is None and opened.updates[BEFORE_CORRECTION_SLOT] == {"field": "positions", "value": 3.0}
    slots = {**slots, **opened.updates}
    for text in ("plusieurs", "ca depend du budget"):
        unusable = field_turn(text, "positions", slots, "inform")
        slots = {**slots, **unusable.updates}
    titles = [b["title"] for m in unusable.messages for b in m.get("buttons") or []]
    assert titles[0] == messages.KEEP_BUTTON_TITLE.format(value="3 postes")  # offered from the second unusable answer
    for text in ("laissez comme c'était", "retour au récapitulatif", messages.KEEP_PAYLOAD):
        kept = field_turn(text, "positions", slots, "inform")
        assert kept.updates["positions"] == 3.0 and kept.updates[BEFORE_CORRECTION_SLOT] is None
        assert kept.updates[ATTEMPTS_SLOT] == 0.0
    given = field_turn("4 postes", "positions", slots, "inform")
    assert given.updates["positions"] == 4 and given.updates[BEFORE_CORRECTION_SLOT] is None


def test_a_new_length_with_an_end_date_corrects_the_contract_not_the_start() -> None:
    """« finalement on peut les prendre 6 mois, jusqu'à mi-octobre » changed the start date (seventh blind user test)."""
    slots = {**SLOTS, "contract_type": "cdd_saisonnier", "contract_duration": 4.0, "eligibility": "derogation"}
    read = understand_recap("finalement on peut les prendre 6 mois, jusqu'à mi-octobre", slots, NOW)
    assert read.updates["contract_duration"] == 6.0 and read.updates["eligibility"] == "eligible" and "start_date" not in read.updates
    assert understand_recap("finalement le démarrage sera mi-octobre", slots, NOW).updates == {"start_date": "2027-10-15"}


def test_a_preamble_does_not_hide_the_second_correction() -> None:
    """« en fait on a changé d'avis, ce sera un CDD de 9 mois …, et la formation ce serait juste le français … »
    corrected only the contract (seventh blind user test)."""
    slots = {**SLOTS, "contract_type": "apprentissage", "contract_duration": None}
    text = "en fait on a changé d'avis, ce sera un CDD de 9 mois et pas un apprentissage, et la formation ce serait juste le français et les gestes de base"
    read = understand_recap(text, slots, NOW)
    assert (read.updates["contract_type"], read.updates["contract_duration"]) == ("cdd", 9.0)
    assert read.updates["training_needs"] == "le français et les gestes de base"


@pytest.mark.parametrize(
    "text",
    [
        # « Entreprise : Mécaplast Industries, , et le poste est… », the job unchanged (twenty-ninth blind user test)
        "Il y a deux erreurs : l'entreprise s'appelle Mécaplast Industries, pas « Comme indiqué », et le poste est régleur sur presses à injecter plastique.",
        "le nom de l'entreprise c'est Mécaplast Industries et pas \"Comme indiqué\", et le poste c'est régleur sur presses à injecter plastique",
        "deux choses : l'entreprise c'est Mécaplast Industries, pas 'Comme indiqué' ; le poste : régleur sur presses à injecter plastique",
    ],
)
def test_a_value_rejected_in_quotes_then_another_field_corrects_both(text: str) -> None:
    slots = {**SLOTS, "company_name": "Comme indiqué"}
    read = understand_recap(text, slots, NOW)
    assert read.kind == RECAP_CORRECT
    assert read.updates == {"company_name": "Mécaplast Industries", "job_title": "régleur sur presses à injecter plastique"}
    assert read.messages[0]["text"].count("C'est corrigé") == 1 and "Comme indiqué" not in read.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # The new value after « mettez juste : », « est : », « est » is taken (twenty-ninth blind user test)
        ("Le nom de l'entreprise n'est pas bon, mettez juste : Camping Les Flots Bleus", "company_name", "Camping Les Flots Bleus"),
        ("Le nom de l'entreprise est : Mécaplast Industries", "company_name", "Mécaplast Industries"),
        ("le nom de l'entreprise est Mécaplast Industries", "company_name", "Mécaplast Industries"),
        ("le poste est régleur sur presses à injecter plastique.", "job_title", "régleur sur presses à injecter plastique"),
        ("non le poste est soudeur", "job_title", "soudeur"),
    ],
)
def test_the_new_value_after_est_is_taken(text: str, field: str, value: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == RECAP_CORRECT and read.updates == {field: value}


@pytest.mark.parametrize("text", ["le nom de l'entreprise est faux", "le poste est bon", "le poste est à Angers"])
def test_a_judgement_after_est_is_no_new_value(text: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.updates.get("company_name") is None and read.updates.get("job_title") is None


@pytest.mark.parametrize(
    "text", ["c pas 25h c 22h je vous l ai dit", "pas 25h mais 22h", "c'est pas 25 heures c'est 20 heures", "je peux pas faire 25h, ca sera 22h"],
)
def test_hours_under_the_rules_replacing_rejected_hours_are_asked_again_with_the_rule(text: str) -> None:
    # « Je n'ai pas compris » (twenty-ninth blind user test); only « la duree hebdomadaire est fausse, c 22 heures » worked.
    read = understand_recap(text, {**SLOTS, "weekly_hours": 25.0}, NOW)
    assert read.kind == RECAP_CORRECT and read.field == "weekly_hours" and not read.updates
    assert "24 heures par semaine" in read.messages[0]["text"]


def test_what_happens_after_sending_asked_at_the_recap() -> None:
    """« et une fois envoyé il se passe quoi ? » got the FAQ's contact form, another way to apply (seventh user test)."""
    result = recap_turn("et une fois envoyé il se passe quoi, c'est long ?", SLOTS, "faq", [{"text": "FAQ"}])
    assert result.messages[0] == {"text": messages.AFTER_SENDING} and CONFIRM_SLOT not in result.updates


@pytest.mark.parametrize("text", ["ca change quoi pour un CDI intérimaire ?", "et si c'est un CDI interimaire ca change quoi ?",
                                  "qu'est-ce que ça change en CDI intérimaire ?", "ça change quoi si c'est un cdi interimaire",
                                  "est-ce que ca changerait quelque chose en cdi interimaire ?"])
def test_asking_what_another_contract_changes_is_a_question(text: str) -> None:
    """« ça change quoi pour un CDI intérimaire ? » got « C'est corrigé. Contrat : CDI intérimaire. » (twenty-fourth blind user
    test): the FAQ's answer, the contract kept; a correction said with that question is still one."""
    slots = {**SLOTS, "contract_type": "cdi", "contract_duration": None}
    result = recap_turn(text, slots, "faq", [{"text": "FAQ"}])
    assert "contract_type" not in result.updates and result.messages[0] == {"text": "FAQ"}
    corrected = recap_turn("non c'est un CDI intérimaire, ça change quelque chose ?", slots, "inform", [{"text": "FAQ"}])
    assert corrected.updates["contract_type"] == "cdi_interimaire"


def test_a_question_about_a_confirmation_at_the_recap(monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked at the recap, before sending: the confirmation to come, then the recap's question again."""
    monkeypatch.delenv("BOT_SMTP_URL", raising=False)
    result = recap_turn("on recevra un mail de confirmation ?", SLOTS, "faq", [{"text": "FAQ"}])
    assert result.messages == [{"text": messages.CONFIRMATION_WILL_BE_A_REFERENCE}]
    assert CONFIRM_SLOT not in result.updates


def test_the_recap_shows_the_candidate_as_the_check_said_it() -> None:
    """Staff saw only the rules applied, and the employer could not check the candidate (seventh blind user test)."""
    text = recap({**SLOTS, "candidate_status": "inscription_a_verifier"})["text"]
    assert "- Candidat : Inscription comme demandeur d'emploi à France Travail à vérifier" in text.splitlines()
    assert "Candidat" not in recap({k: v for k, v in SLOTS.items() if k != "candidate_status"})["text"]


def test_a_candidate_not_yet_identified_is_said_without_repeating_the_word() -> None:
    """« Candidat : Candidat pas encore identifié » repeated the word (found reading the recap); the correction said it too."""
    lines = recap({**SLOTS, "candidate_status": "a_identifier"})["text"].splitlines()
    assert "- Candidat : pas encore identifié (France Travail peut vous en proposer)" in lines
    assert "- Candidat : Demandeur d'emploi inscrit à France Travail" in recap(SLOTS)["text"].splitlines()  # (near miss: unchanged)
    read = recap_turn("finalement on n'a pas encore de candidat", SLOTS, "inform", [], NOW)
    assert read.updates.get("candidate_status") == "a_identifier"
    assert "Candidat : pas encore identifié" in read.messages[0]["text"] and "Candidat : Candidat" not in read.messages[0]["text"]


def test_one_single_position_instead_of_35_corrects_the_positions_not_the_job() -> None:
    """« non attendez c'est 1 seul poste pas 35 » became the job title « 1 seul poste » (eighth blind user test)."""
    result = recap_turn("non attendez c'est 1 seul poste pas 35", {**SLOTS, "positions": 35.0}, "inform", [])
    assert result.updates["positions"] == 1 and "job_title" not in result.updates


def test_the_job_said_with_a_new_contract_is_corrected_too() -> None:
    """« non le poste c'est commis de cuisine en apprentissage » corrected the contract only, after « C'est corrigé »,
    and the old job title was sent (eighth blind user test)."""
    result = recap_turn("non le poste c'est commis de cuisine en apprentissage", SLOTS, "inform", [])
    assert (result.updates["job_title"], result.updates["contract_type"]) == ("commis de cuisine", "apprentissage")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Ninth blind user test: the job was dropped, only the count and the contract were corrected.
        ("en fait c'est 2 postes de soudeur en CDD de 8 mois", {"positions": 2, "job_title": "soudeur", "contract_duration": 8.0}),
        ("il faut corriger : 2 postes, cariste, CDD 12 mois", {"positions": 2, "job_title": "cariste", "contract_duration": 12.0}),
        ("en fait c'est 2 postes de soudeur", {"positions": 2, "job_title": "soudeur"}),
    ],
)
def test_a_count_job_and_contract_corrected_together_are_all_kept(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [])
    assert {k: result.updates.get(k) for k in expected} == expected
    assert len(result.messages) == 1 and result.messages[0]["text"].count("C'est corrigé") == 1


def test_a_refused_new_place_says_why_without_accepting_it_first() -> None:
    """« D'accord, corrigeons : Lieu de travail » came after « Rennes ne fait pas partie de la région » (tenth user test)."""
    result = recap_turn("le poste est a Rennes en fait", SLOTS, "inform", [])
    texts = [m["text"] for m in result.messages]
    assert len(texts) == 1 and "Rennes ne fait pas partie de la région" in texts[0]
    assert result.updates["work_location"] is None  # asked again by the form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Eleventh blind user test: each went to the wrong field or kept extra words.
        ("poste: cuisinier. lieu de travail : Angers 49000", {"job_title": "cuisinier", "work_location": {"commune": "Angers", "postal_code": "49000", "department": "49"}}),
        ("alors plusieurs trucs: on sera a 35h pas 39, ce sera 2 cuisiniers", {"weekly_hours": 35.0, "positions": 2, "job_title": "cuisiniers"}),
        ("le nom de l'entreprise c'est Interim53 SAS pas Menuiserie Durand", {"company_name": "Interim53 SAS"}),
        ("le poste c aide-soignant tout court", {"job_title": "aide-soignant"}),
    ],
)
def test_recap_corrections_go_to_the_field_they_name_with_the_value_only(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [])
    assert {k: result.updates.get(k) for k in expected} == expected


def test_the_job_moved_elsewhere_is_a_place_not_a_job() -> None:
    result = recap_turn("ah et en fait le poste sera dans notre autre resto a tours", SLOTS, "inform", [])
    assert "job_title" not in result.updates and result.updates["work_location"] is None


@pytest.mark.parametrize("text", ["envoie", "c bon envoie"])
def test_send_in_the_imperative_sends(text: str) -> None:
    assert recap_turn(text, SLOTS, "inform", []).updates.get(CONFIRM_SLOT) is True


def test_another_request_at_the_recap_changes_nothing() -> None:
    """It changed this request's place and contract, and was sent so (eleventh blind user test)."""
    result = recap_turn("je voudrais aussi faire une demande pour notre resto d'angers, 1 serveur en cdd 6 mois", SLOTS, "inform", [])
    assert set(result.updates) == {RECAP_STATE_SLOT} and result.messages == [{"text": messages.FINISH_THIS_REQUEST_FIRST}]


@pytest.mark.parametrize("text", ["montre moi le recap", "récapitulatif", "vous pouvez me remontrer la demande"])
def test_the_recap_is_shown_again_on_request(text: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [])
    assert result.updates == {RECAP_STATE_SLOT: None} and result.messages == []


@pytest.mark.parametrize(
    "text", ["finalement 2 postes de nuit", "en fait 2 postes de plus", "2 postes, pas 1", "2 postes, c'est tout", "2 postes, sinon tout est bon"]
)
def test_a_count_correction_does_not_invent_a_job(text: str) -> None:
    """Review of the session's change: each stored a job (« nuit », « plus », « pas 1 », « tout »…)."""
    result = recap_turn(text, SLOTS, "inform", [])
    assert result.updates.get("positions") == 2 and "job_title" not in result.updates


def test_hours_for_the_apprentice_are_hours_not_a_contract() -> None:
    """« 35h pour l'apprenti » changed the contract to apprenticeship (twelfth blind user test)."""
    result = recap_turn("35h pour l'apprenti", SLOTS, "inform", [])
    assert result.updates.get("weekly_hours") == 35.0 and "contract_type" not in result.updates


def test_a_question_ending_with_au_fait_is_a_question() -> None:
    """« c qui qui paye la formation au fait ? » got « D'accord, corrigeons : Besoins de formation » (twelfth user test)."""
    faq_reply = [{"text": "réponse"}]
    result = recap_turn("c qui qui paye la formation au fait ?", SLOTS, "faq", faq_reply)
    assert result.messages[0] == faq_reply[0] and "training_needs" not in result.updates


@pytest.mark.parametrize(
    ("text", "expected", "shown"),
    [
        # Session's own check, 2026-12-01: the hours said with the count (or the start with the hours) were dropped
        # while the reply said « C'est corrigé ».
        ("finalement 5 postes a 30h et le cdd sera de 9 mois", {"positions": 5, "weekly_hours": 30.0, "contract_duration": 9.0}, "Durée hebdomadaire : 30 h"),
        ("finalement 5 postes a 30h", {"positions": 5, "weekly_hours": 30.0}, "Durée hebdomadaire : 30 h"),
        ("le poste c'est cariste, 3 postes a 28h", {"job_title": "cariste", "positions": 3, "weekly_hours": 28.0}, "Durée hebdomadaire : 28 h"),
        ("on passe a 30h a partir du 4 mai", {"weekly_hours": 30.0, "start_date": "2027-05-04"}, "Date d'embauche souhaitée : 4 mai 2027"),
        # A new job said without naming the field.
        ("c des preparateurs de commandes caristes en fait, a 39h", {"job_title": "preparateurs de commandes caristes", "weekly_hours": 39.0}, "Poste : preparateurs"),
        ("ce sont des agents d'entretien", {"job_title": "agents d'entretien"}, "Poste : agents d'entretien"),
        # What the employer is, said as such.
        ("en fait on est une asso", {"employer_type": "association"}, "Type d'employeur : Association"),
        ("c'est une mairie", {"employer_type": "public"}, "Type d'employeur : Employeur public"),
    ],
)
def test_every_field_of_a_correction_is_applied_and_shown(text: str, expected: dict[str, object], shown: str) -> None:
    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 12.0}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    said = " ".join(m["text"] for m in result.messages)
    assert said.count("C'est corrigé") == 1 and shown in said


@pytest.mark.parametrize("text", ["c'est un bon récap", "c'est une erreur", "c'est tout bon"])
def test_a_remark_on_the_recap_is_no_job(text: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert "job_title" not in result.updates


def test_too_few_hours_at_the_recap_are_refused_with_the_rule() -> None:
    """« finalement 20h » at the recap was kept, and a project the rules refuse was sent (session's own check)."""
    alone = recap_turn("finalement 20h", SLOTS, "inform", [], NOW)
    assert alone.updates.get("weekly_hours") is None and "24 heures" in alone.messages[0]["text"]
    with_count = recap_turn("3 postes a 20h", SLOTS, "inform", [], NOW)
    assert with_count.updates["positions"] == 3 and "weekly_hours" not in with_count.updates
    assert "Pas de changement pour « Durée hebdomadaire »" in with_count.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Thirteenth blind user test: each dropped one or more of the fields while the reply said « C'est corrigé ».
        ("finalement 3 couvreurs a 39h en cdd de 18 mois", {"positions": 3, "job_title": "couvreurs", "weekly_hours": 39.0, "contract_duration": 18.0}),
        ("le CA a revu : 6 aides a domicile, 24h hebdo, et debut avril plutot", {"positions": 6, "job_title": "aides a domicile", "weekly_hours": 24.0, "start_date": "2027-04-01"}),
        ("finalement 5 preparateurs et embauche au 1er avril", {"positions": 5, "job_title": "preparateurs", "start_date": "2027-04-01"}),
        ("ah et c'est des caristes en fait, 39h", {"job_title": "caristes", "weekly_hours": 39.0}),
        ("en fait on cherche des caristes, et 2 seulement", {"job_title": "caristes", "positions": 2}),
        ("non le poste c'est apprenti menuisier et on en prend 2 finalement", {"job_title": "apprenti menuisier", "positions": 2}),
        ("et du coup debut le 1er juin et on en prendrait 2", {"start_date": "2027-06-01", "positions": 2}),
        ("...et on prend 2 apprentis au final", {"positions": 2, "job_title": None}),
        ("pour celle ci c'est mon fils Kevin Renard qui suit, kevin.renard@garage-renard.fr 06 33 22 11 00",
         {"contact_name": "Kevin Renard", "contact_email": "kevin.renard@garage-renard.fr", "contact_phone": "+33633221100"}),
        ("pour nozay c'est la responsable d'antenne qui suivra : Lucie Gautier, 06 11 22 33 44, nozay@admr44.org",
         {"contact_name": "Lucie Gautier", "contact_phone": "+33611223344", "contact_email": "nozay@admr44.org"}),
        ("je me suis trompe on est une asso loi 1901 en fait, et j'ai retrouve le siret : 441 987 328 00016", {"employer_type": "association", "siret": "44198732800016"}),
        # The value of a free-text field named: no contract in it, no field word kept.
        ("entreprise : Interim'Pro Saumur", {"company_name": "Interim'Pro Saumur", "contract_type": None}),
        ("mettez Interim'Pro Saumur comme entreprise", {"company_name": "Interim'Pro Saumur", "contract_type": None}),
        ("mettez plutot mon collegue Paul Renaud en contact", {"contact_name": "Paul Renaud"}),
        ("ajouter aux besoins de formation : CACES R482 cat A", {"training_needs": "CACES R489 et lecture de plans ; CACES R482 cat A"}),
    ],
)
def test_what_a_correction_also_says_is_kept(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 12.0, "positions": 1.0}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    said = " ".join(m["text"] for m in result.messages)
    assert said.count("C'est corrigé") == 1


@pytest.mark.parametrize("text", ["Modifier : Entreprise", "Modifier : Besoins de formation"])
def test_a_button_title_typed_asks_the_field_again(text: str) -> None:
    """« Modifier : Entreprise » typed stored « Entreprise » as the company name (thirteenth blind user test)."""
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    field = "company_name" if "Entreprise" in text else "training_needs"
    assert result.updates[field] is None and "corrigeons" in result.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # Thirteenth blind user test: the part was read as the place only, and the start asked again.
        ("on cherche 2 couvreurs en cdi a nantes debut avril", "2027-04-01"),
        ("bonjour je recrute 2 serveurs en cdd 8 mois a angers pour avril", "2027-04-01"),
        ("on embauche 1 plaquiste en cdi au mans des fevrier", "2027-02-01"),
        ("cuisinier, CDI, Nantes, septembre 2027", "2027-09-01"),
        # No start: the end of the contract, the training.
        ("CDD de 6 mois jusqu en mars", None),
        ("on cherche un cuisinier, formation en janvier", None),
        # Twenty-second blind user test: a month said of the candidate.
        ("une etudiante qui finit son BTS en juin", None),
        ("elle finit son BTS en juin, embauche debut juillet", "2027-07-01"),
        # Third review of the twenty-second test's fixes: the arrival, the contract, « début <month> » after a diploma are the
        # start (lost); a start past, the training's or the studies', a date of another thing are not (they were, told apart
        # in the clause of the start only).
        ("On recrute une vendeuse en CDI à Nantes, date d'arrivée le 1er avril", "2027-04-01"),
        ("On recrute une vendeuse en CDI à Nantes. Date d'effet 1er mars", "2027-03-01"),
        ("On recrute une vendeuse en CDI à Nantes, date d'intégration le 1er mars", "2027-03-01"),
        ("On recrute une vendeuse en CDI à Nantes, date du CDD 1er mars", "2027-03-01"),
        ("On recrute une vendeuse en CDI à Nantes, date d'ouverture du magasin le 1er mars", "2027-03-01"),
        ("On recrute un commis de cuisine en CDI à Nantes, CAP exigé début mai", "2027-05-01"),
        ("On recrute une vendeuse en CDI à Nantes, juste apres son bac debut juillet", "2027-07-01"),
        ("On recrute une vendeuse en CDI à Nantes, on a embauché quelqu'un qui commence le 1er avril", "2027-04-01"),
        ("On recrute une vendeuse en CDI à Nantes, sa formation commence en janvier", None),
        ("On recrute une vendeuse en CDI à Nantes, on l'a embauché en mai", None),
        ("On recrute une vendeuse en CDI à Nantes, ses études commencent en septembre", None),
        ("On recrute une vendeuse en CDI à Nantes, stage possible debut juin", None),
        ("On recrute une vendeuse en CDI à Nantes, date de fin du cdd le 1er mars", None),
        ("On recrute une vendeuse en CDI à Nantes, date d'ouverture des candidatures le 1er mars", None),
        ("On recrute une vendeuse en CDI à Nantes, date de mise en ligne de l'annonce le 1er mars", None),
        ("CDI vendeuse Nantes 35h. formation assurée début mars", None),
    ],
)
def test_the_start_said_in_the_project_is_kept(text: str, start: str | None) -> None:
    from bot.submission.dialogue import said_in_the_project

    assert said_in_the_project(text, dt.date(2026, 12, 1)).get("start_date") == start


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        # Seventeenth blind user test: the training needs of the opening message were asked again.
        ("on veut embaucher un soudeur en CDI à Cholet, il faudrait le former à la soudure TIG", "soudure TIG"),
        ("je recrute 2 caristes, il faut les former au CACES 3 en CDI à Angers", "CACES 3"),
        ("on embauche un commis de cuisine, il a besoin d'une formation en hygiène HACCP, début en mars", "hygiène HACCP"),
        # Not a training to give: a contract, a candidate already trained, a question.
        ("on cherche une aide à domicile en contrat de pro, formation en alternance", None),
        ("on recrute un cariste formé au CACES en CDI à Angers", None),
        ("recrutement d'un boulanger en CDI au Mans, la formation dure combien ?", None),
        # Twenty-second blind user test: the training named right after « formation » (asked again); not what it is like.
        ("Il lui faudrait une formation Java.", "Java"),
        ("elle aurait besoin d'une formation Excel", "Excel"),
        ("il lui faudrait une formation CACES 3", "CACES 3"),
        ("il lui faudrait une formation courte", None),
        ("il faudrait une formation de 3 mois", None),
        ("il faut une formation qualifiante", None),
        ("il lui faudrait une formation Java ?", None),
        ("on a besoin d'une formation", None),
    ],
)
def test_the_training_needs_said_in_the_project_are_kept(text: str, needs: str | None) -> None:
    from bot.submission.dialogue import said_in_the_project

    assert said_in_the_project(text, dt.date(2026, 12, 1)).get("training_needs") == needs


def test_a_registration_confirmed_at_the_recap_settles_the_candidate() -> None:
    """« j'ai vérifié, il est bien inscrit à France Travail » after « à vérifier » asked to cancel and start again, and the
    « 2 apprentis » of the same message were dropped (thirteenth blind user test). Another situation still goes through
    new check: it may change the verdict (until the sixteenth blind user test: now applied with its verdict)."""
    slots = {**SLOTS, "candidate_status": "inscription_a_verifier", "positions": 1.0}
    read = recap_turn("j ai verifie il est bien inscrit a france travail, et on prend 2 apprentis au final", slots, "inform", [], NOW)
    assert (read.updates["candidate_status"], read.updates["eligibility"], read.updates["positions"]) == ("demandeur_emploi", "eligible", 2)
    assert "Candidat : Demandeur d'emploi inscrit à France Travail" in read.messages[0]["text"]
    # Another situation is applied too, with the verdict it leads to (sixteenth blind user test).
    other = recap_turn("la candidate est salariee en CDI ailleurs", slots, "inform", [], NOW)
    assert other.updates["candidate_status"] == "salarie_ailleurs"


@pytest.mark.parametrize(
    ("text", "not_changed"),
    [
        # Review of this session's change: each of these changed a field the message was not about.
        ("début le 15 mars", ("positions",)),
        ("nous sommes 12 salariés", ("positions",)),
        ("on est une PME de 15 salariés", ("positions",)),
        ("on a 3 salariés qui partent à la retraite", ("positions", "job_title")),
        ("on a 2 apprentis actuellement", ("job_title",)),
        ("finalement 35h dont 3 nuits par semaine", ("positions", "job_title")),
        ("finalement 35h en 2 équipes", ("positions", "job_title")),
        ("besoins de formation : 2 habilitations électriques", ("positions", "job_title")),
        ("c'est un mi-temps", ("job_title",)),
        ("c'est un ancien salarié", ("job_title",)),
        ("c'est une femme", ("job_title",)),
        ("c'est une demande urgente", ("job_title",)),
        ("les besoins de formation c'est plutôt SST de 28 heures", ("weekly_hours",)),
        ("finalement CDD de 8 mois, le contrat se termine fin novembre", ("start_date",)),
        ("le poste c'est un cuisinier pour notre restaurant", ("employer_type",)),
    ],
)
def test_a_correction_changes_only_what_it_is_about(text: str, not_changed: tuple[str, ...]) -> None:
    slots = {**SLOTS, "employer_type": "association", "contract_type": "cdd", "contract_duration": 12.0}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert all(result.updates.get(field, slots.get(field)) == slots.get(field) for field in not_changed)


def test_hours_per_day_or_month_are_read_as_such_at_the_recap() -> None:
    """« finalement 7h par jour » was refused as too few weekly hours, « 130 heures par mois » as 130 h (review)."""
    assert recap_turn("la durée c'est 130 heures par mois", SLOTS, "inform", [], NOW).updates["weekly_hours"] == 30.0
    per_day = recap_turn("finalement 7h par jour", SLOTS, "inform", [], NOW)
    assert "par semaine, et non par jour" in per_day.messages[0]["text"]


def test_a_change_added_to_a_reply_of_several_sentences_does_not_cut_it() -> None:
    """« le poste c'est resp. logistique, 3 postes à 39h » was cut at « resp. » (review)."""
    said = recap_turn("le poste c'est resp. logistique, 3 postes à 39h", SLOTS, "inform", [], NOW).messages[0]["text"]
    assert "Poste : resp. logistique" in said and "Durée hebdomadaire : 39 h" in said and said.count("C'est corrigé") == 1


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # Fourteenth blind user test: « nom » alone changed the contact.
        ("le nom c Le Bistrot du Château avec majuscules svp", "company_name", "Le Bistrot du Château"),
        ("le nom du magasin c'est Proxi Mamers Centre", "company_name", "Proxi Mamers Centre"),
        ("nom : Vendée Services a Domicile", "company_name", "Vendée Services a Domicile"),
        ("le nom c'est Paul Girard", "contact_name", "Paul Girard"),
        ("Et Lucie Gautier qui suivra", "contact_name", "Lucie Gautier"),
    ],
)
def test_the_name_corrected_is_the_company_s_unless_it_is_a_person_s(text: str, field: str, value: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.updates[field] == value
    other = "contact_name" if field == "company_name" else "company_name"
    assert other not in result.updates


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person's name alone, with or without a role, was « Je n'ai pas compris » (session of 2026-12-02).
        ("Paul Durand gerant", "Paul Durand"),
        ("Paul Durand", "Paul Durand"),
        ("paul durand", "Paul Durand"),
        ("le contact c'est Paul Durand", "Paul Durand"),
        ("contact : Paul Durand", "Paul Durand"),
        ("Mme Le Goff", "Mme Le Goff"),
        ("Kevin Le Goff chargé de recrutement", "Kevin Le Goff"),
        ("Bertrand Kowalczyk, gérant", "Bertrand Kowalczyk"),
        ("Sophie Martin, la RH", "Sophie Martin"),
        ("Julie Robin, RH", "Julie Robin"),
        ("Julie Robin directrice", "Julie Robin"),
        ("M. Kowalczyk", "M. Kowalczyk"),
        # (with a correction's words: still the whole message)
        ("c'est plutôt Julie Robin", "Julie Robin"),
        ("en fait Julie Robin", "Julie Robin"),
        ("Julie Robin svp", "Julie Robin"),
        # « remplacer X par Y » is Y, never X (« C'est déjà ce que j'ai noté » with the name replaced: review of the session's
        # changes)
        ("remplacez Paul Martin par Julie Robin", "Julie Robin"),
        ("remplacer Paul Martin par Julie Robin", "Julie Robin"),
        ("changez Paul Martin par Julie Robin", "Julie Robin"),
        ("changer Paul Martin pour Julie Robin", "Julie Robin"),
        ("de Paul Martin à Julie Robin", "Julie Robin"),
        ("pouvez-vous remplacer Paul Martin par Julie Robin ?", "Julie Robin"),
        ("remplacez Julie Robin par Paul Durand", "Paul Durand"),
        # (near misses of a street, a building, a trade with the name: a surname that is a French word or a trade's, after
        # the first name, or before it; a civility: second review of the session's changes)
        ("Julie Boulanger", "Julie Boulanger"),
        ("Dupont Marie", "Dupont Marie"),
        ("Mme Petit", "Mme Petit"),
        ("Kevin Le Goff", "Kevin Le Goff"),
        ("Jean Paul Martin", "Jean Paul Martin"),
        ("Paul Martin RH", "Paul Martin"),
        ("Julie Robin-Martin", "Julie Robin-Martin"),
        ("Lucie Saint-Clair", "Lucie Saint-Clair"),
        ("Jean-Pierre Martin", "Jean-Pierre Martin"),
        # (a surname that is a brand before a first name, surnames near a brand: they reopened the field as « une entreprise »:
        # review of the session's changes)
        ("le nom du contact c'est RENAULT Enzo", "RENAULT Enzo"),
        ("contact : LECLERC Gwendal", "LECLERC Gwendal"),
        ("le contact c'est Laporte", "Laporte"),
        ("le contact c'est Leclercq", "Leclercq"),
        ("le contact c'est Leclerc-Dupont", "Leclerc-Dupont"),
    ],
)
def test_a_person_s_name_alone_at_the_recap_corrects_the_contact(text: str, name: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.updates.get("contact_name") == name
    assert [m.get("text") for m in result.messages] == [messages.CORRECTED_FIELD.format(label="Contact", value=name)]


@pytest.mark.parametrize(
    "text",
    # (near misses: a job, the company, training needs, words that are none of a person's name)
    ["cariste", "Cariste", "soudeur", "Paul Durand soudeur", "Menuiserie Durand", "Pack Office", "Marketing Digital", "Autolaveuse Nilfisk",
     "merci Paul", "Autolaveuse Nilfisk, Karcher",
     # (a business named after a person, the candidate, a sign-off, a command: the whole message must be the name, with at
     # most the contact's role: review of the session's changes)
     "Garage Paul Martin", "Ets Paul Martin", "Boulangerie Julie Robin", "Cabinet Marie Dupont", "Association Paul Martin",
     "Lycée Paul Valéry", "Institut Marie Curie", "Clinique Sainte Marie", "Julie Robin Coiffure", "Taxi Paul", "Mr Bricolage",
     "il s'appelle Paul Martin", "l'apprenti c'est Paul Martin", "Julie Robin, apprentie", "le jeune c'est Paul Martin",
     "Paul Martin, notre client", "Cordialement, Julie Robin", "merci Julie Robin", "envoyez, Julie Robin",
     # (a street, a building, a trade or another French word with the name: only a civility, first names and a surname are a
     # name: second review of the session's changes)
     "Rue Victor Hugo", "Résidence Marie Curie", "Maison Marie", "Fleurs Julie", "Tuteur Paul Martin", "Marie Dupont Autolaveuse",
     "Avenue Jean Jaurès", "Paul Durand Martin"],
)
def test_what_is_not_clearly_a_person_s_name_at_the_recap_is_no_contact(text: str) -> None:
    assert "contact_name" not in recap_turn(text, SLOTS, "inform", [], NOW).updates


@pytest.mark.parametrize(
    "text",
    ["pas sûr qu'il soit inscrit à France Travail", "il devrait être inscrit à France Travail", "je crois qu'il n'est plus inscrit"],
)
def test_an_uncertain_registration_at_the_recap_settles_nothing(text: str) -> None:
    slots = {**SLOTS, "candidate_status": "inscription_a_verifier"}
    assert "candidate_status" not in recap_turn(text, slots, "inform", [], NOW).updates


@pytest.mark.parametrize(
    ("text", "status", "verdict"),
    [
        # Sixteenth blind user test: the situation could not be changed at the recap; « annuler » then « vérifier »
        # (what the assistant said to do) lost every answer.
        ("le candidat il s'est desinscrit de france travail le mois dernier", "non_inscrit", "ineligible"),
        ("il n'est plus inscrit à France Travail", "non_inscrit", "ineligible"),
        ("bon alors mettez candidat pas encore identifié", "a_identifier", "eligible"),
        ("en fait le candidat c'est un de nos salariés", "salarie", "ineligible"),
    ],
)
def test_the_candidates_new_situation_at_the_recap_is_applied_with_its_verdict(text: str, status: str, verdict: str) -> None:
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert (read.updates["candidate_status"], read.updates["eligibility"]) == (status, verdict)
    assert read.messages[0]["text"].startswith("C'est corrigé. Candidat :")


def test_the_recap_asks_the_candidates_situation_then_reads_it_and_sends_nothing_ineligible() -> None:
    asked = recap_turn("le candidat a changé", SLOTS, "inform", [], NOW)
    assert asked.updates[RECAP_STATE_SLOT] == RECAP_CANDIDATE and recap_question({**SLOTS, **asked.updates}) is None
    # The check's buttons, or words: the answer is read as the candidate's situation.
    answered = recap_turn("c'est déjà un de mes salariés", {**SLOTS, **asked.updates}, "inform", [], NOW)
    assert answered.updates["candidate_status"] == "salarie" and answered.updates["eligibility"] == "ineligible"
    after = {**SLOTS, **answered.updates}
    assert recap_question(after) == {"text": messages.NOT_SENDABLE, "buttons": [messages.CANCEL_REQUEST_BUTTON]}
    # The form stays at the recap (it ended, and the answers were lost: review of this change).
    assert recap_slots(after) == [CONFIRM_SLOT]
    confirmed = recap_turn("je confirme", after, "affirm", [], NOW)
    assert CONFIRM_SLOT not in confirmed.updates and confirmed.messages[0]["text"] == messages.NOT_SENDABLE
    back = recap_turn("finalement pas encore de candidat", after, "inform", [], NOW)
    assert back.updates["eligibility"] == "eligible" and recap_question({**after, **back.updates})["text"].startswith(messages.RECAP_TITLE)


def test_another_site_during_the_request_is_where_the_job_is() -> None:
    """« non, c'est pour notre autre site à Angers » was « Terminons d'abord cette demande » (review); « le mécanicien,
    je ferai une autre demande » too (fourteenth blind user test)."""
    assert recap_turn("non, c'est pour notre autre site à Angers", SLOTS, "inform", [], NOW).updates["work_location"]["commune"] == "Angers"
    later = recap_turn("remettez 2 postes, le mecanicien je ferai une autre demande", SLOTS, "inform", [], NOW)
    assert later.updates.get("positions") == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fourteenth blind user test: a sentence became the job, a count was read as a place, a name kept its role,
        # an addition to the training needs was refused or replaced them.
        ("finalement plutot un cdi, et entre temps j'ai trouve un gars inscrit a france travail. mon nom complet c Sebastien Lemoine",
         {"contract_type": "cdi", "contact_name": "Sebastien Lemoine", "job_title": None}),
        ("on prendrait 2 jeunes au lieu d'1", {"positions": 2, "work_location": None}),
        ("mettez plutot la secretaire de mairie Mme Sylvie Guerin comme contact", {"contact_name": "Sylvie Guerin"}),
        ("le contact c'est ma femme Julie Robin au 06 45 78 12 30", {"contact_name": "Julie Robin", "contact_phone": "+33645781230"}),
        ("2 modifs : on est une SCIC donc plutot entreprise privee, et la personne a contacter c'est notre RH Anne Perrin, anne.perrin@retzinsertion.org",
         {"employer_type": "prive", "contact_name": "Anne Perrin", "positions": None, "job_title": None}),
        ("petite rectif : on passe a 30h par semaine, demarrage le 15 mars plutot, et rajoutez la formation premiers secours (SST) aux besoins",
         {"weekly_hours": 30.0, "start_date": "2027-03-15", "positions": None,
          "training_needs": "CACES R489 et lecture de plans ; la formation premiers secours (SST)"}),
        ("besoins de formation : ajouter SST", {"training_needs": "CACES R489 et lecture de plans ; SST"}),
    ],
)
def test_fourteenth_user_test_corrections(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "employer_type": "association", "contract_type": "cdd", "contract_duration": 12.0, "positions": 1.0}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Fifteenth blind user test: the old contract kept, the wrong length, a company read as a place or as training
        # needs, the contact's name dropped or taken from a pronoun, role words kept.
        ("en fait ce sera un apprentissage plutot qu'un contrat de pro", {"contract_type": "apprentissage"}),
        ("le contrat 12 mois c'est ok mais mettez 18 mois", {"contract_duration": 18.0}),
        ("on s'appelle Sarthe Recyclage Valorisation", {"company_name": "Sarthe Recyclage Valorisation"}),
        ("pr les besoins mettez hygiene haccp et bases de la cuisine, et le resto c SARL Le Relais du Loir sur les papiers",
         {"training_needs": "hygiene haccp et bases de la cuisine", "company_name": "SARL Le Relais du Loir"}),
        ("mon salon c'est Céline Coiffure, et rajoutez le BP coiffure dans les besoins",
         {"company_name": "Céline Coiffure", "training_needs": "CACES R489 et lecture de plans ; le BP coiffure"}),
        ("corrigez le nom: Commune de Machecoul-Saint-Meme", {"company_name": "Commune de Machecoul-Saint-Meme", "work_location": None}),
        ("le contact c'est Anne Le Floch sans le Dr", {"contact_name": "Anne Le Floch"}),
        ("c pas moi qui suivra le dossier c mon associe Bruno Petit 0611223344", {"contact_name": "Bruno Petit", "contact_phone": "+33611223344"}),
        ("contact Pascal Moreau, portable 06 33 44 55 66", {"contact_name": "Pascal Moreau", "contact_phone": "+33633445566"}),
        ("remplacez le contact par Sophie Marchand, sophie.marchand@example.fr", {"contact_name": "Sophie Marchand"}),
        ("c'est ma femme Isabelle Moreau qui gere la boutique donc c'est elle le contact", {"contact_name": "Isabelle Moreau"}),
        ("et c'est plutot pour octobre 2027", {"start_date": "2027-10-01"}),
    ],
)
def test_fifteenth_user_test_corrections(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "contract_type": "contrat_professionnalisation", "contract_duration": 12.0}
    if "apprentissage" not in text:
        slots = {**slots, "contract_type": "cdd"}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sixteenth blind user test: words around a new value stored with it (one was sent so), a length read as positions
        # and a job, « une de jour » read as the job, the field after « pas » corrected, an e-mail refused in a sentence.
        ("et le contact c'est Sophie Martin maintenant, la RH", {"contact_name": "Sophie Martin"}),
        ("le poste c'est carrossier peintre en fait", {"job_title": "carrossier peintre"}),
        ("le nom c'est Optic Laval en vrai, pas Laval Optique", {"company_name": "Optic Laval"}),
        ("contact : Anne Guilloux-Martin merci", {"contact_name": "Anne Guilloux-Martin"}),
        ("le contact c'est Martine Lebrun secrétaire générale", {"contact_name": "Martine Lebrun"}),
        ("bon on va faire d'avril a septembre finalement, 6 mois", {"contract_duration": 6.0, "start_date": "2027-04-01", "positions": None, "job_title": None}),
        ("on en prend 2 en fait, une de jour et une de nuit", {"positions": 2, "job_title": None}),
        ("oups le poste c'est cariste pas entreprise", {"job_title": "cariste", "company_name": None}),
        ("changez l'email, mettez rh@metallerie-cholet.fr", {"contact_email": "rh@metallerie-cholet.fr"}),
        ("non : entreprise Logistique Anjou, poste préparateur de commandes, contact Julie Marchand j.marchand@logistique-anjou.fr 02 41 11 11 11",
         {"company_name": "Logistique Anjou", "job_title": "préparateur de commandes", "contact_name": "Julie Marchand",
          "contact_email": "j.marchand@logistique-anjou.fr", "contact_phone": "+33241111111"}),
    ],
)
def test_sixteenth_user_test_corrections(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "start_date": "2027-06-01"}
    if "septembre" in text:
        slots = {**slots, "contract_type": "cdd_saisonnier", "contract_duration": 5.0, "eligibility": "derogation",
                 "derogation_justification": "saison touristique"}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert "C'est corrigé" in result.messages[0]["text"]


def test_sixteenth_user_test_misreadings_at_the_recap() -> None:
    """Two questions without a final « ? » corrected the training needs; « les postes sont sur notre agence de Rennes »
    reopened the number of positions; « mi-mai, le 15 » also tried the Cantal (department 15) as the place; a start
    corrected to « début janvier » had no warning that a training takes 2 to 3 months to set up."""
    asked = recap_turn("ah et on peut commencer en janvier vraiment? la formation elle prend combien de temps a monter", SLOTS, "faq", [], NOW)
    assert asked.kind == RECAP_QUESTION and "training_needs" not in asked.updates
    place = recap_turn("les postes sont sur notre agence de Rennes", SLOTS, "inform", [], NOW)
    assert "positions" not in place.updates and "Rennes ne fait pas partie de la région" in place.messages[0]["text"]
    day = recap_turn("la date c'est plutôt mi-mai, le 15", SLOTS, "inform", [], NOW)
    assert day.updates["start_date"] == "2027-05-15" and "Lieu" not in day.messages[0]["text"]
    soon = recap_turn("début janvier", SLOTS, "inform", [], NOW)
    assert soon.updates["start_date"] == "2027-01-01" and "au moins 2 à 3 mois" in soon.messages[0]["text"]
    later = recap_turn("le 15 juin", SLOTS, "inform", [], NOW)
    assert "au moins 2 à 3 mois" not in later.messages[0]["text"]


@pytest.mark.parametrize(
    "text",
    ["au fait le 15 mars on a un salon professionnel donc on sera peu dispo", "nos horaires c'est 9h-19h du mardi au samedi",
     "on a 3 magasins dans le 49", "non laissez tomber on reste sur 12 mois comme au debut"],
)
def test_a_remark_at_the_recap_changes_nothing_and_reopens_nothing(text: str) -> None:
    """Fifteenth blind user test: a date in a remark moved the start; « nos horaires c'est 9h-19h » reopened the hours and
    every next remark was read as them; « laissez tomber, on reste sur 12 mois » asked to cancel the request."""
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.kind != "cancel" and all(v == SLOTS.get(k) for k, v in result.updates.items() if k in SLOTS)


@pytest.mark.parametrize("text", ["poste : 2 cuisiniers et 1 plongeur", "ah et on voudrait aussi 1 mecanicien PL dans la meme demande"])
def test_a_second_job_in_the_same_request_is_explained_not_stored(text: str) -> None:
    """« 2 cuisiniers et 1 plongeur » became the job « 2 cuisiniers et 1 plongeur » with 2 positions (fifteenth blind user
    test); « on voudrait aussi 1 mécanicien dans la même demande » replaced the job (fourteenth)."""
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    # (the job of this request named, and the other left for the next one: a defect left open by the previous session's blind
    # user tests)
    others = "« 2 cuisiniers » et « 1 plongeur »" if "plongeur" in text else "« 1 mecanicien PL »"
    said = messages.ONE_JOB_AT_THE_RECAP.format(first=SLOTS["job_title"], others=others)
    assert not {k for k in result.updates if k in SLOTS} and result.messages[0]["text"] == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review of this session's recap changes: each was read wrongly by the first version.
        ("la date c'est début mai, je sais pas pourquoi j'ai mis avril", {"start_date": "2027-05-01"}),
        ("formation : apprendre comment souder à l'arc", {"training_needs": "apprendre comment souder à l'arc"}),
        ("on passe à 4 postes à Cholet", {"positions": 4, "work_location": None}),
        ("le nom de l'entreprise est bon mais pas le contact : Sophie Martin", {"contact_name": "Sophie Martin", "company_name": None}),
        ("le candidat n'était pas inscrit, il vient de s'inscrire hier", {"candidate_status": "demandeur_emploi"}),
        ("le candidat a déjà travaillé chez nous l'été dernier", {"candidate_status": "inscription_a_verifier"}),
        # (the nationality and the permit kept with the registration to check: forty-seventh blind user test, u47-14)
        ("on a trouvé le candidat, il a un titre de séjour", {"candidate_status": "etranger_inscription_a_verifier"}),
    ],
)
def test_review_of_the_sixteenth_user_test_changes(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": "a_identifier"}, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


def test_the_candidate_question_at_the_recap_takes_no_bare_yes_and_an_unsure_answer_is_to_check() -> None:
    """With the question « Quelle est-elle maintenant ? » open, « oui » sent the request with the old situation and
    « je sais pas » became « pas encore identifié » (review)."""
    asked = {**SLOTS, RECAP_STATE_SLOT: RECAP_CANDIDATE}
    yes = recap_turn("oui", asked, "affirm", [], NOW)
    assert CONFIRM_SLOT not in yes.updates and yes.updates[RECAP_STATE_SLOT] == RECAP_CANDIDATE
    unsure = recap_turn("aucune idée, faut que je lui demande", asked, "inform", [], NOW)
    assert unsure.updates["candidate_status"] == "inscription_a_verifier" and unsure.updates[RECAP_STATE_SLOT] is None


@pytest.mark.parametrize(
    ("text", "before", "status"),
    [
        # Forty-seventh blind user test (u47-14): a foreign candidate authorised to work whose registration becomes to check
        # keeps the nationality and the permit; registered said since, both; French said since, the registration alone.
        ("je sais pas si elle est inscrite en fait", "etranger_avec_autorisation", "etranger_inscription_a_verifier"),
        ("la candidate va s'inscrire la semaine prochaine", "etranger_avec_autorisation", "etranger_inscription_a_verifier"),
        ("la candidate sera inscrite a FT avant la formation", "etranger_avec_autorisation", "etranger_inscription_a_verifier"),
        ("il est sénégalais, il a un titre de séjour", "inscription_a_verifier", "etranger_inscription_a_verifier"),
        ("elle s'est inscrite hier", "etranger_inscription_a_verifier", "etranger_avec_autorisation"),
        ("en fait elle est française", "etranger_inscription_a_verifier", "inscription_a_verifier"),
    ],
)
def test_a_foreign_candidates_permit_stays_at_the_recap_when_the_registration_is_to_check(text: str, before: str, status: str) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": before}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == status, result.messages
    said = " ".join(str(m.get("text")) for m in result.messages)
    assert ("étrangère" in said) == status.startswith("etranger") and ("vérifier" in said) == status.endswith("a_verifier"), said
    shown = recap({**SLOTS, **result.updates})["text"]
    assert ("nationalité étrangère" in shown) == status.startswith("etranger"), shown


def test_the_unsure_answer_to_the_candidate_question_at_the_recap_keeps_a_foreign_candidates_permit() -> None:
    """Forty-seventh blind user test (u47-14): « je sais pas » to « Quelle est-elle maintenant ? » of a foreign candidate
    authorised to work keeps the nationality and the permit with the registration to check."""
    asked = {**SLOTS, "candidate_status": "etranger_avec_autorisation", RECAP_STATE_SLOT: RECAP_CANDIDATE}
    unsure = recap_turn("aucune idée, faut que je lui demande", asked, "inform", [], NOW)
    assert unsure.updates["candidate_status"] == "etranger_inscription_a_verifier"


def test_a_range_of_months_for_the_training_does_not_move_the_start() -> None:
    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 12.0}
    read = recap_turn("finalement un CDD de 8 mois, avec la formation de janvier à mars", slots, "inform", [], NOW)
    assert read.updates["contract_duration"] == 8.0 and "start_date" not in read.updates


@pytest.mark.parametrize(
    ("text", "expected", "extra"),
    [
        # Seventeenth blind user test: the value rejected was kept; fragments were stored; a length said with another
        # change was dropped while the reply said « C'est corrigé »; pending papers were an authorisation.
        ("pas en mars mais en juin", {"start_date": "2027-06-01"}, {}),
        ("non c'est un CDI normal chez nous, pas un CDI intérimaire", {"contract_type": "cdi"}, {"contract_type": "cdi_interimaire"}),
        ("non c'est pas le poste qui change c'est les heures : 30h", {"weekly_hours": 30.0, "job_title": None}, {}),
        ("l'adresse c'est nathalie.roux@example.fr et non n.roux@example.fr, désolée", {"contact_email": "nathalie.roux@example.fr", "job_title": None}, {}),
        ("mettez plutôt magasinier cariste comme poste svp", {"job_title": "magasinier cariste"}, {}),
        ("c'est bien 12 mois finalement. et le contact mettez juste Chantal Guérin", {"contact_name": "Chantal Guérin", "contract_duration": 12.0},
         {"contract_type": "cdd_saisonnier", "contract_duration": 5.0, "eligibility": "derogation"}),
        ("ce sera de mai a aout seulement, donc 4 mois, embauche au 1er mai", {"start_date": "2027-05-01", "contract_duration": 4.0},
         {"contract_type": "cdd_saisonnier", "contract_duration": 6.0}),
        ("attention il n'a pas encore son autorisation de travail", {"candidate_status": "etranger_sans_autorisation"},
         {"candidate_status": "etranger_avec_autorisation"}),
    ],
)
def test_seventeenth_user_test_corrections(text: str, expected: dict[str, object], extra: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, **extra}, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review: « moi c'est », « mon nom », « je m'appelle » said with another field, or of someone else.
        ("pour moi c'est 3 postes pas 2", {"positions": 3, "contact_name": None}),
        ("pour moi c'est bon sauf le téléphone : 06 11 22 33 44", {"contact_phone": "+33611223344", "contact_name": None}),
        ("moi c'est à Angers le poste, pas Cholet", {"contact_name": None}),
        ("la boîte c'est à mon nom mais l'enseigne c'est Le Relais", {"company_name": "Le Relais", "contact_name": None}),
        ("Le Relais c'est mon nom commercial", {"company_name": "Le Relais", "contact_name": None}),
        ("le contact c'est Paul Roy, moi je m'appelle Julie Martin", {"contact_name": "Paul Roy"}),
        ("bonjour je m'appelle Julie, je suis la secrétaire, le SIRET est faux c'est 732 829 320 00074",
         {"siret": "73282932000074", "contact_name": None}),
        # Part of the name corrected: the rest is kept.
        ("mon prénom c'est Marie-Anne, pas Marie", {"contact_name": "Marie-Anne Dupont"}),
        ("mon nom est mal écrit, c'est Dupond", {"contact_name": "Marie Dupond"}),
        ("il y a une faute dans mon nom : Dupond", {"contact_name": "Marie Dupond", "company_name": None}),
    ],
)
def test_the_writers_own_name_only_when_nothing_else_is_named(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "contact_name": "Marie Dupont"}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Left open after the seventeenth blind user test: the writer's own name changed the company; a phone
        # extension (« son poste 02 40 … ») was stored as the job.
        ("mé kevin lebrun c mon nom complet", {"contact_name": "Kevin Lebrun", "company_name": None}),
        ("mon nom complet c'est kevin lebrun", {"contact_name": "Kevin Lebrun", "company_name": None}),
        ("je m'appelle Kevin Lebrun", {"contact_name": "Kevin Lebrun"}),
        ("le tel c'est son poste 02 40 12 34 56", {"contact_phone": "+33240123456", "job_title": None}),
        ("le nom de l'entreprise c'est Dupont SA", {"company_name": "Dupont SA", "contact_name": None}),
        ("le poste c'est soudeur", {"job_title": "soudeur"}),
    ],
)
def test_the_writers_name_and_a_phone_extension_at_the_recap(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


def test_two_places_named_are_no_homonym_and_a_place_is_never_stored_without_its_postal_code() -> None:
    """« le poste n'est plus à Nantes mais à Rennes » kept Nantes without a postal code, and the request could not be
    sent (« postal_code : type incorrect »: seventeenth blind user test)."""
    slots = {**SLOTS, "work_location": {"commune": "Nantes", "postal_code": "44000", "department": "44"}}
    read = recap_turn("le poste n'est plus à Nantes mais à Rennes", slots, "inform", [], NOW)
    assert read.updates.get("work_location") is None and "Rennes ne fait pas partie de la région" in read.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # Seventeenth blind user test: « quel champ ? », and a phone number of « 2 chiffres ».
        ("en fait on a trouvé qqn, c'est un de nos salariés actuels", "salarie"),
        # (the nationality and the permit kept with the registration to check: forty-seventh blind user test, u47-14)
        ("je viens de l'avoir au tel, elle a une carte de résident de 10 ans", "etranger_inscription_a_verifier"),
        ("son titre est en cours de renouvellement, il a juste le récépissé sans autorisation de travail", "etranger_sans_autorisation"),
    ],
)
def test_the_candidate_s_situation_in_everyday_words_at_the_recap(text: str, status: str) -> None:
    read = recap_turn(text, {**SLOTS, "candidate_status": "a_identifier"}, "inform", [], NOW)
    assert read.updates["candidate_status"] == status and "contact_phone" not in read.updates


def test_at_an_ineligible_recap_a_new_candidate_after_fillers_is_read_and_nothing_offers_to_send() -> None:
    """Talking to make run: « euh non pardon, pas encore de candidat en fait » lost its statement (« , pas … » was taken
    for a value rejected) and « Je n'ai pas compris » offered « Confirmer et envoyer » for a project that cannot be sent."""
    ineligible = {**SLOTS, "candidate_status": "salarie", "eligibility": "ineligible"}
    back = recap_turn("euh non pardon, pas encore de candidat en fait", ineligible, "inform", [], NOW)
    assert (back.updates["candidate_status"], back.updates["eligibility"]) == ("a_identifier", "eligible")
    unclear = recap_turn("hmm", ineligible, "inform", [], NOW)
    assert all(messages.CONFIRM_BUTTON not in m.get("buttons", []) for m in unclear.messages)


def test_a_reply_never_says_a_field_is_unchanged_and_noted() -> None:
    """« Pas de changement pour « Téléphone » … J'ai aussi noté : Téléphone … » contradicted itself (seventeenth blind user test)."""
    from bot.submission.recap import _without_notes_on

    said = "C'est corrigé. Contact : Paul Roy. Pas de changement pour « Téléphone » : 10 chiffres attendus. Pas de changement pour « E-mail » : x."
    assert _without_notes_on(said, ["Téléphone : 06 12 34 56 78"]) == "C'est corrigé. Contact : Paul Roy. Pas de changement pour « E-mail » : x."
    assert _without_notes_on(said, ["Poste : soudeur"]) == said


@pytest.mark.parametrize(
    ("field", "text", "value"),
    [
        ("contact_phone", "06 12 34 56 7, pardon 06 12 34 56 78", "+33612345678"),
        ("siret", "732 829 320 00075 oups 732 829 320 00074", "73282932000074"),
        ("contact_email", "paul@exemple.fr pardon paul@example.fr", "paul@example.fr"),
    ],
)
def test_a_number_typed_again_after_a_slip_is_the_one_kept(field: str, text: str, value: str) -> None:
    """« …, pardon 06 12 34 56 78 » was « plusieurs numéros » (session's own check); two numbers without a slip still are."""
    from bot.submission.form_slots import FIELD_VALIDATORS
    from bot.submission.validators import validate_field

    assert validate_field(FIELD_VALIDATORS[field], text, NOW.date()).value == value
    assert recap_turn(f"le {'tel' if field == 'contact_phone' else field} c'est {text}", SLOTS, "inform", [], NOW).updates.get(field) == value
    assert validate_field("phone", "06 12 34 56 78 ou 02 40 11 22 33", NOW.date()).value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Eighteenth blind user test: a bare number took another field, a day kept the old month, a value echoed in
        # surprise was a question, a value rejected was kept, a place outside the region was not understood.
        ("c'est pas 40h, plutot 39", {"weekly_hours": 39.0, "positions": None}),
        ("39, pas 40h", {"weekly_hours": 39.0}),
        ("c'est pas le 1er avril c'est le 15", {"start_date": "2027-04-15"}),
        ("15 postes ? non 3", {"positions": 3}),
        ("quoi 15 postes ?! c'est 3", {"positions": 3}),
        ("Cholet ?? non c'est à Angers", {"work_location": {"commune": "Angers", "postal_code": "49100", "department": "49"}}),
        ("non c'est 4 ouvriers", {"positions": 4, "job_title": None}),
        ("non c'est pas 24h, c'est un mi-temps, j'ai jamais dit 24h", {"weekly_hours": None}),
    ],
)
def test_eighteenth_user_test_corrections(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert result.kind == "correct"


def test_a_value_echoed_in_surprise_that_is_already_right_says_so() -> None:
    """« 15 postes ?? non c'est 2 ouvriers » with 2 positions recorded got « Quel champ ? » (eighteenth blind user test)."""
    result = recap_turn("15 postes ?? non c'est 3 ouvriers", SLOTS, "inform", [], NOW)
    assert result.messages[0]["text"] == messages.ALREADY_SO.format(label="Nombre de postes", value="3 postes")


def test_a_question_before_a_correction_is_still_a_question() -> None:
    result = recap_turn("c'est combien de temps ? le poste c'est soudeur", SLOTS, "inform", [], NOW)
    assert result.updates["job_title"] == "soudeur" and result.messages[-1]["text"] == RECAP_QUESTION_ALONE


def test_a_half_time_job_at_the_recap_is_refused_with_the_rule() -> None:
    result = recap_turn("non c'est pas 24h, c'est un mi-temps, j'ai jamais dit 24h", SLOTS, "inform", [], NOW)
    assert "24 heures" in result.messages[0]["text"] and result.updates.get("weekly_hours") is None


@pytest.mark.parametrize("text", ["attendez on est a Montreuil 93100 en seine saint denis nous", "Montreuil 93100"])
def test_a_town_outside_the_region_with_its_postal_code_is_understood_at_the_recap(text: str) -> None:
    """« Je n'ai pas compris », with « Confirmer et envoyer », for Montreuil (93) (eighteenth blind user test)."""
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert "Montreuil ne fait pas partie de la région" in result.messages[0]["text"]
    assert "on a 3 magasins" not in text and recap_turn("on a 3 magasins dans le 49", SLOTS, "inform", [], NOW).kind == "unclear"


def test_two_jobs_at_the_recap_with_a_plus_and_an_acronym() -> None:
    result = recap_turn("il manque le cuisinier ! c'est 2 ASH + 1 cuisinier", SLOTS, "inform", [], NOW)
    said = messages.ONE_JOB_AT_THE_RECAP.format(first=SLOTS["job_title"], others="« 2 ASH » et « 1 cuisinier »")
    assert result.messages == [{"text": said}] and not {k for k in result.updates if k != "recap_state"}


def test_no_to_the_cancel_question_with_a_change_applies_the_change() -> None:
    """« non laissez tomber, on revient au CDD de 12 mois » asked to cancel; « non, je veux juste un CDD de 12 mois » then
    showed the recap with the old 4 months (eighteenth blind user test)."""
    from bot.submission.form_slots import RECAP_CANCEL_PENDING

    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 4.0, "eligibility": "derogation", "derogation_justification": "surcroît"}
    back = recap_turn("non laissez tomber, on revient au CDD de 12 mois", slots, "inform", [], NOW)
    assert back.updates["contract_duration"] == 12.0
    pending = {**slots, RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}
    read = recap_turn("non, je veux juste un CDD de 12 mois", pending, "inform", [], NOW)
    assert read.updates["contract_duration"] == 12.0 and read.messages[0]["text"] == messages.NOTHING_ERASED_SHORT
    assert recap_turn("non merci", pending, "inform", [], NOW).messages == [{"text": messages.NOTHING_ERASED}]


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # « même mail » alone reopened the e-mail; with another change, « Pas de changement pour « E-mail » » (eighteenth
        # blind user test).
        ("meme mail", {"contact_email": None}, "C'est déjà ce que j'ai noté : E-mail"),
        ("le tel ne change pas", {"contact_phone": None}, "C'est déjà ce que j'ai noté : Téléphone"),
        ("le contact c'est Paul Roy, même mail et même tel", {"contact_name": "Paul Roy", "contact_email": None}, "C'est corrigé. Contact : Paul Roy."),
        ("le poste c'est soudeur, pareil pour le reste", {"job_title": "soudeur"}, "C'est corrigé. Poste : soudeur."),
        # the contract too, after the candidate's past (second review of the session's changes: the contract's question)
        ("elle a déjà travaillé en CDD chez nous, le contrat reste le même", {"contract_type": None}, "C'est déjà ce que j'ai noté : Contrat"),
        ("le contrat ne change pas", {"contract_type": None}, "C'est déjà ce que j'ai noté : Contrat"),
        ("le contrat reste le même", {"contract_type": None}, "C'est déjà ce que j'ai noté : Contrat"),
        ("le contrat reste un CDD mais de 12 mois", {"contract_duration": 12.0}, "C'est corrigé. Contrat : CDD d'un an"),
    ],
)
def test_a_field_said_to_stay_the_same_is_kept(text: str, expected: dict[str, object], said: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert result.messages[0]["text"].startswith(said) and "Pas de changement" not in result.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « le contrat reste le même mais la date c'est le 1er mars » asked the contract again, the date lost (session of
        # 2026-12-02): the field named beside the one kept is the correction, before or after it.
        ("le contrat reste le même mais la date c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("le contrat reste le même mais la date de début c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("le contrat reste le même mais le démarrage c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("le contrat ne change pas mais la date c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("même contrat mais la date c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("on garde le CDI mais la date c'est le 1er mars", {"start_date": "2027-03-01"}),
        ("le poste reste le même par contre la date de début c'est le 15 avril", {"start_date": "2027-04-15"}),
        ("la date c'est le 1er mars mais le contrat reste le même", {"start_date": "2027-03-01"}),
        ("le contrat reste le même mais le lieu c'est Angers", {"work_location": {"commune": "Angers", "postal_code": "49100", "department": "49"}}),
    ],
)
def test_a_field_corrected_beside_one_kept_is_the_correction(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert "contract_type" not in result.updates and result.messages[0]["text"].startswith("C'est corrigé.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: the contract itself changed, or nothing kept
        ("le contrat reste un CDD mais de 12 mois", {"contract_duration": 12.0}),
        ("le contrat c'est un CDD de 12 mois mais la date c'est le 1er mars", {"contract_type": "cdd", "contract_duration": 12.0}),
        ("le contrat reste le même mais", {}),
        # « on revient à X » changes a field back: both applied (the contract's change was lost: second review of the session's
        # changes)
        ("on revient à un CDI mais la date c'est le 1er mars", {"contract_type": "cdi", "contract_duration": None, "start_date": "2027-03-01"}),
        ("on revient au CDI mais la date c'est le 1er mars", {"contract_type": "cdi", "start_date": "2027-03-01"}),
        ("on revient à 3 postes mais la date c'est le 1er mars", {"positions": 3, "start_date": "2027-03-01"}),
        # (near misses: a field kept as it is)
        ("on garde le CDD mais la date c'est le 1er mars", {"start_date": "2027-03-01", "contract_type": None}),
        ("on reste à 2 postes mais la date c'est le 1er mars", {"start_date": "2027-03-01", "positions": None}),
    ],
)
def test_a_change_beside_mais_is_not_taken_for_a_field_kept(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, "contract_type": "cdd", "contract_duration": 8.0}, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert expected or set(result.updates) <= {RECAP_STATE_SLOT}


@pytest.mark.parametrize("text", ["la date c'est pas urgent", "le contrat reste le même mais la date c'est pas urgent"])
def test_no_urgency_is_no_start_as_soon_as_possible(text: str) -> None:
    """« pas urgent » was read as « urgent »: the start as soon as possible (session of 2026-12-02)."""
    assert recap_turn(text, SLOTS, "inform", [], NOW).updates.get("start_date") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review of the eighteenth test's fixes: a number later in the message is no bare number of the rejected value;
        # « pas le bon X » names the field; a short question then a value is no echo; a confirmation after a « ? » is one.
        ("un seul poste au lieu de 2 postes, pour le 12 mai", {"positions": 1, "start_date": "2027-05-12"}),
        ("39h et non 35h, démarrage le 10 mai", {"weekly_hours": 39.0, "start_date": "2027-05-10"}),
        ("c'est 39h et pas 35h, et on commence le 4 mai", {"weekly_hours": 39.0, "start_date": "2027-05-04"}),
        ("c'est pas le bon contact c'est Paul Roy", {"contact_name": "Paul Roy"}),
        ("ce n'est pas le bon nombre de postes c'est 2", {"positions": 2}),
        ("Le contact ? Paul Roy", {"contact_name": "Paul Roy"}),
        ("moi c'est Paul Roy", {"contact_name": "Paul Roy"}),
        ("le poste est à Angers, au 15 rue Nationale, démarrage comme prévu",
         {"work_location": {"commune": "Angers", "postal_code": "49100", "department": "49"}, "start_date": None}),
    ],
)
def test_review_of_the_eighteenth_test_fixes(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected
    assert "Pas de changement" not in result.messages[0]["text"]


@pytest.mark.parametrize("text", ["2 postes ? oui", "CDI ? oui"])
def test_a_value_asked_then_confirmed_is_a_confirmation(text: str) -> None:
    assert recap_turn(text, SLOTS, "inform", [], NOW).kind == "confirm"


def test_a_day_with_a_month_rejected_is_asked_again() -> None:
    result = recap_turn("démarrage le 15, pas en mai", SLOTS, "inform", [], NOW)
    assert result.updates.get("start_date") is None and "start_date" not in {k for k, v in result.updates.items() if v}


@pytest.mark.parametrize(
    ("text", "expected", "extra"),
    [
        # Nineteenth blind user test: a change said in passing moved the start; « X plutôt que <old> » was dropped;
        # « pour le nom mettez … » changed the contact; a note on the derogation no longer needed.
        ("en fait le poste est a Cholet, on demenage l'atelier en avril", {"start_date": None}, {}),
        ("mettez mecanicien automobile plutot que mecano, et le garage est a Cholet", {"job_title": "mecanicien automobile"}, {"job_title": "mecano"}),
        ("mettez mecanicien automobile plutot que mecano", {"job_title": "mecanicien automobile"}, {"job_title": "mecano"}),
        ("pour le nom mettez juste Transports Bréal & Fils", {"company_name": "Transports Bréal & Fils", "contact_name": None}, {}),
        ("l'entreprise c'est Petit Transports Express, le poste c'est chauffeur livreur VL et le mail c'est marc.petit@gmail.com",
         {"company_name": "Petit Transports Express", "job_title": "chauffeur livreur VL", "contact_email": "marc.petit@gmail.com"}, {}),
    ],
)
def test_nineteenth_user_test_corrections(text: str, expected: dict[str, object], extra: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, **extra}, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


def test_a_longer_contract_needs_no_note_on_the_derogation() -> None:
    slots = {**SLOTS, "eligibility": "derogation", "contract_type": "cdd", "contract_duration": 4.0, "derogation_justification": "surcroît"}
    result = recap_turn("en fait on part sur un CDD de 11 mois, du coup plus besoin de derogation non ?", slots, "inform", [], NOW)
    assert result.updates["contract_duration"] == 11.0 and "Pas de changement" not in result.messages[0]["text"]


@pytest.mark.parametrize("text", ["c'est bon vous pouvez envoyer. et apres il se passe quoi ?", "ok envoyez, et après ?"])
def test_sending_with_a_question_about_what_comes_next_sends(text: str) -> None:
    """« c'est bon vous pouvez envoyer. et après il se passe quoi ? » was answered and not sent (nineteenth blind user test)."""
    assert recap_turn(text, SLOTS, "inform", [], NOW).updates.get(CONFIRM_SLOT) is True
    assert CONFIRM_SLOT not in recap_turn("et après il se passe quoi ?", SLOTS, "inform", [], NOW).updates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 postes, le 3 mai avec l'équipe", {"positions": 3, "start_date": "2027-05-03"}),
        ("2 postes, et on décale tout au 3 mai", {"positions": 2, "start_date": "2027-05-03"}),
        ("35h, et arrivée prévue le 3 mai", {"weekly_hours": 35.0, "start_date": "2027-05-03"}),
        ("Sophie plutôt que Marie", {"contact_name": None}),
        ("CACES R485 plutôt que R489", {"training_needs": None}),
    ],
)
def test_review_of_the_nineteenth_test_recap_fixes(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: result.updates.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    "text", ["2 postes ?? non c'est 4 charpentiers, et pas le 1er avril c'est le 22", "4 postes, et pas le 1er avril c'est le 22"]
)
def test_a_rejected_date_after_another_change_keeps_the_new_day(text: str) -> None:
    """Talking to make run: « …, et pas le 15 mars c'est le 22 » after a change of the positions was dropped with
    « C'est corrigé » (the rejected clause took the new value with it), then 22 positions once the echo was read."""
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.updates["positions"] == 4 and result.updates["start_date"] == "2027-04-22"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Twentieth blind user test: « Entreprise : Les Vignobles de Clisson ; Lieu de travail : Le Pallet (44330) ».
        ("le contact c'est Marc Chéreau, et l'entreprise c'est Les Vignobles de Clisson et du Pallet en entier",
         {"contact_name": "Marc Chéreau", "company_name": "Les Vignobles de Clisson et du Pallet"}),
        ("l'entreprise c'est SAS Hôtel de la Plage et du Port", {"company_name": "SAS Hôtel de la Plage et du Port"}),
        ("le nom de l'entreprise c'est Les Délices de Nantes et de Rezé au complet", {"company_name": "Les Délices de Nantes et de Rezé"}),
    ],
)
def test_a_town_inside_the_company_name_at_the_recap_is_part_of_it(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: v for k, v in result.updates.items() if k != RECAP_STATE_SLOT} == expected, result.messages


def test_the_place_of_work_after_the_company_name_at_the_recap_is_still_read() -> None:
    result = recap_turn("l'entreprise c'est Garage Martin, et le lieu c'est Cholet", SLOTS, "inform", [], NOW)
    assert result.updates["company_name"] == "Garage Martin" and result.updates["work_location"]["commune"] == "Cholet"


@pytest.mark.parametrize(
    ("text", "job"),
    [
        # Twentieth blind user test: « peintre en batiment » became « peintre ».
        ("finalement 3 peintres en bâtiment", "peintres en bâtiment"),
        ("2 postes de peintre en bâtiment", "peintre en bâtiment"),
        ("finalement 3 vendeurs en boulangerie à 35h", "vendeurs en boulangerie"),
        ("2 postes de peintre en CDI", "peintre"),
        ("finalement 3 peintres en mars", "peintres"),
    ],
)
def test_a_counted_job_keeps_its_trade_after_en(text: str, job: str) -> None:
    assert recap_turn(text, SLOTS, "inform", [], NOW).updates["job_title"] == job


@pytest.mark.parametrize(
    ("text", "extra", "expected"),
    [
        # Twentieth blind user test: « Besoins de formation : conducteur de ligne. et pour les besoins recopiez… ».
        ("encore 'conducteurs' !! c'est conducteur de ligne. et pour les besoins recopiez ceux de la 1ere demande svp",
         {"job_title": "conducteurs"}, {"job_title": "conducteur de ligne"}),
        ("pas « conducteurs » mais conducteur de ligne", {"job_title": "conducteurs"}, {"job_title": "conducteur de ligne"}),
        ("'conducteurs' non, conducteur de ligne", {"job_title": "conducteurs"}, {"job_title": "conducteur de ligne"}),
        # « Entreprise : Giuseppe Russo pas 'Giuseppe Russo tel' lol ».
        ("le nom c Giuseppe Russo pas 'Giuseppe Russo tel' lol", {"contact_name": "Giuseppe Russo tel"}, {"contact_name": "Giuseppe Russo"}),
        ('le contact c\'est Giuseppe Russo, pas "Giuseppe Russo tel"', {"contact_name": "Giuseppe Russo tel"}, {"contact_name": "Giuseppe Russo"}),
        # « Entreprise : couvreur zingueur, siret 799 693 957 72033 ».
        ("houla. entreprise = Couverture Hamon, poste = couvreur zingueur, siret 799 693 957 72033", {},
         {"company_name": "Couverture Hamon", "job_title": "couvreur zingueur", "siret": "79969395772033"}),
        ("oups. entreprise: Couverture Hamon ; poste: couvreur zingueur", {}, {"company_name": "Couverture Hamon", "job_title": "couvreur zingueur"}),
        # A new value in quotes is stored without them; a quoted value that is not the recorded one names no field.
        ("le poste c'est 'conducteur de ligne'", {}, {"job_title": "conducteur de ligne"}),
        ("l'entreprise c'est « Menuiserie Durand SARL »", {}, {"company_name": "Menuiserie Durand SARL"}),
    ],
)
def test_a_quoted_old_value_or_a_list_of_fields_corrects_the_right_fields(text: str, extra: dict, expected: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, **extra}, "inform", [], NOW)
    assert {k: v for k, v in result.updates.items() if k != RECAP_STATE_SLOT} == expected, result.messages


def test_a_quoted_value_that_is_not_recorded_is_no_correction_of_it() -> None:
    result = recap_turn("c'est bon pour 'conducteurs'", {**SLOTS, "job_title": "soudeur"}, "inform", [], NOW)
    assert "job_title" not in result.updates


# ------------------------------------------------------- dates at the recap: twentieth blind user test (1 December 2026)

DEC_1 = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.timezone.utc)
FAQ_FALLBACK = [messages.OUT_OF_SCOPE]


@pytest.mark.parametrize(
    ("text", "recorded", "start"),
    [
        ("non j'ai dit le 25 aout pas le 31", "2027-08-31", "2027-08-25"),  # was « Quel champ souhaitez-vous corriger ? »
        # The rejected 1st of February was kept, under « C'est corrigé »; then the 8th of March was lost to the holidays.
        ("la date c pas le 1er fevrier, j'ai dit 2 mois et demi donc plutot mi fevrier", "2027-02-01", "2027-02-15"),
        ("la date n'est pas bonne, après les vacances de fevrier ça fait debut mars, mettez le 8 mars", "2027-02-01", "2027-03-08"),
        ("bon alors mettez plutot fin fevrier, vers le 20", "2027-03-08", "2027-02-20"),  # was the FAQ's « pas de réponse »
        ("bon alors mettez fin fevrier, genre le 20", "2027-03-08", "2027-02-20"),
        ("bon alors mettez plutot fin fevrier, vers le 20 svp", "2027-03-08", "2027-02-20"),
        ("changez la date : le 20 fevrier", "2027-03-08", "2027-02-20"),
        ("mettez plutot semaine 10", "2027-02-01", "2027-03-08"),
        ("la date c'est S9", "2027-02-01", "2027-03-01"),
    ],
)
@pytest.mark.parametrize("intent", ["inform", "out_of_scope", "faq"])
def test_twentieth_user_test_date_corrections(text: str, recorded: str, start: str, intent: str) -> None:
    result = recap_turn(text, {**SLOTS, "start_date": recorded}, intent, FAQ_FALLBACK, DEC_1)
    assert result.kind == RECAP_CORRECT and result.updates["start_date"] == start
    assert result.messages[0]["text"].startswith("C'est corrigé. Date d'embauche souhaitée")


def test_school_holidays_at_the_recap_ask_the_date_again_and_say_why() -> None:
    result = recap_turn("plutot apres les vacances de fevrier", {**SLOTS, "start_date": "2027-02-01"}, "inform", [], DEC_1)
    assert result.updates["start_date"] is None  # asked again by the form, the 1st of February offered to keep
    assert result.messages[0]["text"].startswith("Les dates des vacances scolaires") and "« début mars »" in result.messages[0]["text"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("la date c'est le 1er fevrier", "C'est déjà ce que j'ai noté : Date d'embauche souhaitée : 1er février 2027."),
        ("le tel c'est le 06 12 34 56 78", "C'est déjà ce que j'ai noté : Téléphone : 06 12 34 56 78."),
        ("en fait c'est un CDI", "C'est déjà ce que j'ai noté : Contrat : CDI."),
        ("le poste c'est Menuisier poseur, et le tel c'est le 06 12 34 56 78",
         "C'est déjà ce que j'ai noté : Poste : Menuisier poseur. C'est déjà ce que j'ai noté : Téléphone : 06 12 34 56 78."),
    ],
)
def test_a_correction_to_the_value_recorded_never_says_it_is_corrected(text: str, said: str) -> None:
    """« C'est corrigé. Date d'embauche souhaitée : 1er février 2027. » kept the date the employer had just rejected
    (twentieth blind user test): « C'est corrigé » only for a value that changes."""
    result = recap_turn(text, {**SLOTS, "start_date": "2027-02-01"}, "inform", [], DEC_1)
    assert result.messages[0]["text"] == said


def test_one_value_changed_and_one_the_same_says_each() -> None:
    result = recap_turn("le nombre de postes c'est 4, et le tel c'est le 06 12 34 56 78", SLOTS, "inform", [], DEC_1)
    assert result.updates["positions"] == 4
    assert result.messages[0]["text"] == (
        "C'est corrigé. Nombre de postes : 4 postes. C'est déjà ce que j'ai noté : Téléphone : 06 12 34 56 78."
    )


@pytest.mark.parametrize(
    "text",
    [
        "la date c pas le 1er fevrier, j'ai dit 2 mois et demi donc plutot mi fevrier",
        "la date n'est pas bonne, après les vacances de fevrier ça fait debut mars, mettez le 8 mars",
        "non c'est pas le 1er fevrier",
        "pas le 1er février, le 15",
        "la date c'est le 1er fevrier",
        "le 1er fevrier et pas le 15 mars",
    ],
)
def test_c_est_corrige_always_comes_with_a_changed_value(text: str) -> None:
    """Whatever a date correction says, « C'est corrigé » never shows the date as it was, and a date rejected with « pas »
    is never the new one."""
    slots = {**SLOTS, "start_date": "2027-02-01"}
    result = recap_turn(text, slots, "inform", [], DEC_1)
    said = " ".join(m.get("text", "") for m in result.messages)
    if said.startswith("C'est corrigé"):
        assert result.updates.get("start_date") not in (None, slots["start_date"])
    rejected = re.search(r"pas le (1er fevrier|1er février)", text)
    if rejected:
        assert result.updates.get("start_date") != "2027-02-01"


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # Review of the twentieth blind user test's fixes: a recorded value quoted to agree with it became the new value
        # (« Poste : ça », « Poste : parfait, on valide »).
        ("« Menuisier poseur » ? oui c'est ça", "affirm"),
        ("'Menuisier poseur', c'est parfait merci", "thank"),
        ("« Menuisier poseur » : parfait, on valide", "affirm"),
        ("vous avez mis 'Menuisier poseur' : oui c'est ça, tout est bon", "affirm"),
        ("Marie Dupont c'est bon. Et 'CACES R489 et lecture de plans' aussi", "affirm"),
    ],
)
def test_a_quoted_recorded_value_that_is_agreed_with_is_no_correction(text: str, intent: str) -> None:
    result = recap_turn(text, SLOTS, intent, [], NOW)
    assert result.updates.get(CONFIRM_SLOT) is True, result.messages
    assert not {"job_title", "company_name", "contact_name", "training_needs"} & set(result.updates)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review of the twentieth blind user test's fixes: the rest of the message became the quoted value's field
        # (« Poste : bien ça, mais le nombre de postes c'est 2 », « Contact : Le », « Poste : Trélazé »).
        ("« Menuisier poseur » c'est bien ça, mais le nombre de postes c'est 2", {"positions": 2}),
        ('pour "Menuiserie Durand" c\'est bon, mais mettez 3 postes', {"positions": 3}),
        ('"Menuiserie Durand" parfait. par contre la date c\'est le 15 avril', {"start_date": "2027-04-15"}),
        ("le contact « Marie Dupont » ok, mais son tel c'est le 06 98 76 54 32", {"contact_phone": "+33698765432"}),
        ("le 'Menuisier poseur' c'est ok mais le lieu c'est Trélazé", {"work_location": {"commune": "Trélazé", "postal_code": "49800", "department": "49"}}),
        ("'Menuiserie Durand'. Le siret 732 829 320 00074 est bon aussi.", {"siret": "73282932000074"}),
        ("'Menuisier poseur' mais en fait 3 postes pas 2", {"positions": 3}),
        ("le poste c'est 'menuisier agenceur' et pas 'Menuisier poseur'", {"job_title": "menuisier agenceur"}),
    ],
)
def test_a_quoted_recorded_value_before_a_change_of_another_field_stays(text: str, expected: dict[str, object]) -> None:
    result = recap_turn(text, {**SLOTS, "positions": 2.0} if text.startswith("'Menuisier poseur' mais") else SLOTS, "inform", [], NOW)
    changed = {k: v for k, v in result.updates.items() if k != RECAP_STATE_SLOT}
    assert {k: changed.get(k) for k in expected} == expected, result.messages
    assert not {"job_title", "company_name", "training_needs"} - set(expected) & set(changed)
    assert changed.get("contact_name") in (None, "Marie Dupont")


@pytest.mark.parametrize(
    ("text", "company", "commune"),
    [
        # Review of the twentieth blind user test's fixes: « et du coup », « et d'ailleurs » went on the company's name
        # (« Entreprise : Angers », « Entreprise : à Cholet », the company emptied).
        ("l'entreprise c'est Menuiserie Durand et du coup le lieu c'est Angers", "Menuiserie Durand", "Angers"),
        ("l'entreprise c'est Garage Martin et du coup c'est à Cholet", "Garage Martin", "Cholet"),
        ("entreprise Boulangerie Lemoine et d'ailleurs on est sur Saumur", "Boulangerie Lemoine", "Saumur"),
    ],
)
def test_a_linking_phrase_after_the_company_name_at_the_recap_is_not_part_of_it(text: str, company: str, commune: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.updates["company_name"] == company and result.updates["work_location"]["commune"] == commune, result.messages


def test_a_doubt_about_the_benefits_at_the_recap_leaves_the_registration() -> None:
    """« le candidat est inscrit, je ne sais pas s'il touche le chômage » became « inscription à vérifier » (review of the
    twentieth blind user test's fixes)."""
    result = recap_turn("le candidat est inscrit, je ne sais pas s'il touche le chômage", SLOTS, "inform", [], NOW)
    assert result.updates.get("candidate_status") != "inscription_a_verifier"


@pytest.mark.parametrize(
    "text",
    [
        "je pars en mars", "pas dispo en mars", "je suis pas là en mars", "j'attends mars", "je ferme en août",
        "je suis en congés en août", "je serai en vacances en août", "merci, je pars en août",
        "en mars, j'ai 2 salariés le 3", "le 8 mars, semaine 4 jours",
    ],
)
def test_a_remark_mentioning_a_month_does_not_change_the_date(text: str) -> None:
    """(Review of the twentieth blind user test's fixes: these changed the start date under « C'est corrigé ».)"""
    result = recap_turn(text, {**SLOTS, "start_date": "2027-04-01"}, "inform", [], DEC_1)
    assert "start_date" not in result.updates and result.kind != RECAP_CORRECT


def test_a_week_number_in_a_sentence_is_no_date_correction() -> None:
    result = recap_turn("le chantier démarre semaine 14", {**SLOTS, "start_date": "2027-04-01"}, "faq", FAQ_FALLBACK, DEC_1)
    assert "start_date" not in result.updates and result.kind == RECAP_QUESTION


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("début avril, remplacement jusqu'au 30 juin", "2027-04-01"),
        ("début mars, sinon le 15 avril", "2027-03-01"),
        ("début mars, au plus tard le 15", "2027-03-01"),
        ("mars, pendant 6 mois jusqu'au 31 août", "2027-04-01"),  # (unclear: the date recorded is kept)
        ("la date c'est le 8 mars, semaine 4 jours", "2027-03-08"),
        ("avril c'est trop tôt, mettez mai", "2027-05-01"),
        ("le 1er avril c'est trop tôt, plutôt le 15 mai", "2027-05-15"),
    ],
)
def test_an_end_date_or_a_deadline_at_the_recap_keeps_the_start(text: str, start: str) -> None:
    result = recap_turn(text, {**SLOTS, "start_date": "2027-04-01"}, "inform", [], DEC_1)
    assert result.updates.get("start_date", "2027-04-01") == start


@pytest.mark.parametrize(
    "text",
    [
        # Third review of the twentieth blind user test's fixes: « Je n'ai pas compris » or « Quel champ… ? ».
        "'conducteurs' c'est conducteur de ligne",
        "vous avez mis 'conducteurs' c'est conducteur de ligne",
        "'conducteurs' : conducteur de ligne",
        "encore 'conducteurs' ! c'est juste conducteur de ligne",
        "'conducteurs' c'est pas bon, conducteur de ligne",
        "pour le poste 'conducteurs' mettez conducteur de ligne",
    ],
)
def test_a_quoted_recorded_value_then_its_replacement_corrects_it(text: str) -> None:
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "conducteurs"}, None, [], now)
    assert read.updates.get("job_title") == "conducteur de ligne"


@pytest.mark.parametrize("text", ["« Menuisier poseur » c'est top", "« Menuisier poseur » c'est très bien", "« Menuisier poseur » c'est vrai",
                                  "« Menuisier poseur » c'est juste pour la pose ?"])
def test_a_quoted_value_then_a_remark_is_no_new_value(text: str) -> None:
    """Fourth review: the job became « top », « très bien », « vrai », « pour la pose »."""
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now)
    assert "job_title" not in read.updates


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [("« Menuisier poseur » mettez menuisier agenceur", "job_title", "menuisier agenceur"),
     ("« Menuisier poseur » pas bon, conducteur de ligne", "job_title", "conducteur de ligne"),
     ("on démarre semaine 14", "start_date", "2027-04-05"), ("il commence semaine 14", "start_date", "2027-04-05")],
)
def test_fourth_review_recap_corrections(text: str, slot: str, value: str) -> None:
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now)
    assert read.updates.get(slot) == value


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [
        # Fifth review: a quoted value replaced by a different one was « Je n'ai pas compris ».
        ("\"Menuisier poseur\" c'est charpentier bois", "job_title", "charpentier bois"),
        ("'Menuisier poseur' c'est maçon", "job_title", "maçon"),
        ("'Marie Dupont' c'est Paul Martin", "contact_name", "Paul Martin"),
        ("'Marie Dupont' -> Jean Leroy svp", "contact_name", "Jean Leroy"),
        ("\"Menuiserie Durand\" c'est Ebénisterie Leroy", "company_name", "Ebénisterie Leroy"),
    ],
)
def test_a_quoted_value_replaced_by_another_is_corrected(text: str, slot: str, value: str) -> None:
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    assert recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now).updates.get(slot) == value


@pytest.mark.parametrize("text", ["« Menuisier poseur » c'est très bien comme ça", "'Menuisier poseur' c'est ce qu'on cherche",
                                  "« Menuisier poseur » c'est conforme à l'offre", "« Marie Dupont » c'est la bonne personne"])
def test_a_judgement_on_a_quoted_value_changes_nothing(text: str) -> None:
    """Sixth review: the job became « ce qu'on cherche », the contact « La Bonne Personne »."""
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now)
    assert not {"job_title", "contact_name"} & set(read.updates)


@pytest.mark.parametrize(
    ("text", "slot", "value"),
    [("« Menuisier poseur » c'est Caissier Super U", "job_title", "Caissier Super U"),
     ("« Menuisier poseur » c'est Menuisier bon en pose", "job_title", "Menuisier bon en pose"),
     ("« Marie Dupont » c'est Marie Bonne", "contact_name", "Marie Bonne")],
)
def test_a_new_value_holding_a_word_of_judgement_is_a_value(text: str, slot: str, value: str) -> None:
    """Seventh review: « super », « bon », « bonne » inside a job or a name made it a judgement (and « super » a confirmation)."""
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    assert recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now).updates.get(slot) == value


@pytest.mark.parametrize("text", ["« Menuisier poseur » c'est vraiment ce qu'on veut", "« Marie Dupont » c'est vraiment la bonne personne"])
def test_an_adverb_before_a_judgement_changes_nothing(text: str) -> None:
    """Eighth review: the job became « vraiment ce qu'on veut »."""
    from bot.submission.dialogue import recap_turn

    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], now)
    assert not {"job_title", "contact_name"} & set(read.updates)


@pytest.mark.parametrize(
    ("text", "field"),
    [("pas le 1er avril", "start_date"), ("c'est pas Cholet", "work_location"), ("c'est pas menuisier poseur", "job_title"),
     ("non pas menuisier", "job_title"), ("pas Marie Dupont", "contact_name"), ("c'est pas 35h", "weekly_hours"),
     # (review: the unit joined to its figure, a month alone, a word of the value, a word after it)
     ("pas 35h", "weekly_hours"), ("pas avril", "start_date"), ("pas en avril", "start_date"), ("pas poseur", "job_title"),
     ("pas le 1er avril svp", "start_date"), ("c'est pas Cholet hein", "work_location")],
)
def test_a_recorded_value_rejected_alone_reopens_its_field(text: str, field: str) -> None:
    """« pas le 1er avril » alone was not understood, « c'est pas Cholet » asked which field (twentieth blind user test's
    leftovers)."""
    read = recap_turn(text, {**completed_submission_slots(), "job_title": "Menuisier poseur"}, None, [], NOW)
    assert read.updates.get("field_before_correction", {}).get("field") == field and read.updates[field] is None


@pytest.mark.parametrize("text", ["pas ça", "pas du tout", "pas de souci", "pas encore", "pas marie"])
def test_a_negation_without_a_recorded_value_reopens_nothing(text: str) -> None:
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert "field_before_correction" not in read.updates


def test_four_months_and_a_half_with_a_feminine_half_is_a_date_only() -> None:
    """« la date c'est dans 4 mois et demie » at the recap stored the job « demie »."""
    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc)
    read = recap_turn("la date c'est dans 4 mois et demie", completed_submission_slots(), None, [], now)
    assert read.updates.get("start_date") == "2027-04-16" and "job_title" not in read.updates


@pytest.mark.parametrize("text", ["pas d'accord", "pas ok", "je suis pas d'accord", "n'envoyez pas encore", "je ne confirme pas",
                                  "n'envoie rien", "pas top", "oui c'est ok, attendez je relis"])
def test_a_negated_confirmation_sends_nothing(text: str) -> None:
    """Review of the fixes of 2026-12-01 (evening): each of these sent the request."""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.kind != "confirm" and not read.updates.get("submission_confirmed")
    assert read.messages[0]["text"] == messages.NOT_SENT_YET


@pytest.mark.parametrize("text", ["oui envoyez", "ok c'est bon", "parfait, rien à changer, envoyez", "ok pas de probleme envoyez",
                                  "ça me va, pas de souci", "c'est bon vous pouvez envoyer, je n'ai rien à ajouter",
                                  "oui c'est parfait, n'oubliez pas de m'envoyer le mail", "c'est nickel n'hésitez pas à me rappeler"])
def test_a_confirmation_with_a_negation_elsewhere_still_sends(text: str) -> None:
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


# ---------------------------------------------------------------- twenty-first blind user test

_NEEDS_WITH_PERMIT = "francais langue pro (FLE), permis B si pas encore, securite routiere, gestion de tournees"
_INELIGIBLE = {"eligibility": "ineligible", "candidate_status": "non_inscrit", "eligibility_reasons": ["candidat_non_inscrit"]}
_APPRENTICESHIP = {"contract_type": "apprentissage", "contract_duration": None, "positions": 1.0}


@pytest.mark.parametrize(
    ("text", "slots", "expected"),
    [
        # A remark after the value (« …, c'est plus juste ») was the value: only what followed the last « c'est » was kept.
        ("ah et pour la formation il faut rajouter le permis B, c'est sur qu'il en aura besoin", {},
         {"training_needs": "CACES R489 et lecture de plans ; le permis B"}),
        ("pour le poste c'est plutot chef de rang, c'est plus juste", {}, {"job_title": "chef de rang"}),
        ("pour le mail c'est mieux contact@pierrebleue-vallet.fr, c'est celui qu'on lit tous les jours", {},
         {"contact_email": "contact@pierrebleue-vallet.fr"}),
        ("le contact c'est Paul Roy, c'est celui qui gere le dossier", {}, {"contact_name": "Paul Roy"}),
        ("les besoins c'est CACES R489, c'est obligatoire chez nous", {}, {"training_needs": "CACES R489"}),
        ("les besoins c'est soudure TIG, c'est indispensable, et CACES R489", {}, {"training_needs": "soudure TIG, et CACES R489"}),
        ("le poste c'est chef de rang. c'est mieux comme ça !", {}, {"job_title": "chef de rang"}),
        ("l'entreprise c'est Mieux Vivre SARL", {}, {"company_name": "Mieux Vivre SARL"}),  # (a value, not a remark)
        # A need taken off the list (the sentence became the needs).
        ("pour le permis c'est bon en fait il l'a deja, enlevez le permis B de la formation", {"training_needs": _NEEDS_WITH_PERMIT},
         {"training_needs": "francais langue pro (FLE), securite routiere, gestion de tournees"}),
        ("retirez la lecture de plans svp", {}, {"training_needs": "CACES R489"}),
        # The candidate, and what else the message says.
        ("il sera inscrit avant la formation c'est sur. sinon mettez que france travail me propose un candidat", _INELIGIBLE,
         {"candidate_status": "a_identifier", "eligibility": "eligible"}),
        ("pour le candidat on n'a personne encore, c'est france travail qui doit nous en proposer. et finalement ce sera 4 personnes", {},
         {"candidate_status": "a_identifier", "positions": 4}),
        ("ah attendez on aura finalement 2 apprenties pas 1", _APPRENTICESHIP, {"positions": 2}),
    ],
)
def test_twenty_first_test_corrections_keep_the_value_said(text: str, slots: dict, expected: dict) -> None:
    read = recap_turn(text, {**completed_submission_slots(), **slots}, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and {k: read.updates.get(k) for k in expected} == expected, (read.updates, read.messages)
    assert "training_needs" in expected or "training_needs" not in read.updates
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert said.startswith("C'est corrigé.") and "corrigeons" not in said  # said back, not asked again


@pytest.mark.parametrize(
    "text",
    [
        "pour le permis c'est bon en fait il l'a deja, enlevez le permis B de la formation",  # no « permis B » in the needs
        "enlevez les besoins",
    ],
)
def test_a_need_to_take_off_that_is_not_listed_asks_the_needs_again(text: str) -> None:
    read = recap_turn(text, completed_submission_slots(), "inform", [], NOW)
    assert read.updates.get("training_needs") is None and read.updates.get("field_before_correction", {}).get("field") == "training_needs"


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("supprimez ma demande", {}),
        ("nous sommes 12 personnes", {}),
        ("on sera 12 personnes dans l'equipe", {}),
    ],
)
def test_twenty_first_test_near_misses_change_no_field_by_mistake(text: str, slots: dict) -> None:
    read = recap_turn(text, {**completed_submission_slots(), **slots}, "inform", [], NOW)
    assert not {"training_needs", "positions", "job_title"} & {k for k, v in read.updates.items() if v is not None}, read.updates


@pytest.mark.parametrize(
    "text",
    [
        "il sera inscrit avant la formation c'est sur",  # (the needs became « sur »)
        "il sera inscrit avant la formation",  # (recorded registered)
        "il va s'inscrire a france travail, il sera demandeur d'emploi",
    ],
)
def test_a_registration_to_come_at_an_ineligible_recap_is_one_to_check(text: str) -> None:
    """(A registration to come is one the Region's staff check, as « je ne sais pas s'il est inscrit »: twenty-first blind
    user test.)"""
    read = recap_turn(text, {**completed_submission_slots(), **_INELIGIBLE}, "inform", [], NOW)
    assert read.updates.get("candidate_status") == "inscription_a_verifier" and "training_needs" not in read.updates


def test_a_registration_said_now_at_an_ineligible_recap_is_recorded() -> None:
    read = recap_turn("il est inscrit depuis la semaine derniere", {**completed_submission_slots(), **_INELIGIBLE}, "inform", [], NOW)
    assert read.updates["candidate_status"] == "demandeur_emploi" and read.updates["eligibility"] == "eligible"


def test_the_candidate_has_its_modify_button() -> None:
    """Twenty-first blind user test: no « Modifier : Candidat » button, though the recap shows the candidate."""
    from bot.submission.recap import recap

    button = next(b for b in recap(completed_submission_slots())["buttons"] if b["title"] == "Modifier : Candidat")
    read = recap_turn(button["payload"], completed_submission_slots(), "correct_field", [], NOW)
    assert read.updates.get("recap_state") == "candidate" and read.messages[0]["text"] == messages.CANDIDATE_AT_RECAP


@pytest.mark.parametrize("text", ["je confirme, rien à ajouter", "je valide, pas de souci", "envoyez, rien de plus", "ok envoyez pas de soucis",
                                  "je confirme pas de souci", "ok valide pas de modification", "ok envoyez, j'attends votre retour",
                                  "c'est bon, j'attends de vos nouvelles", "c'est ok, le candidat n'a pas encore signé"])
def test_a_confirmation_with_a_negative_remark_is_sent(text: str) -> None:
    """Review: each was no longer sent once negated confirmations were read."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


@pytest.mark.parametrize("text", ["alors ajoutez mon fixe", "bon, ajoutez juste que c'est urgent", "bon ajoutez un commentaire : urgent"])
def test_a_remark_to_add_is_no_training_need(text: str) -> None:
    """Review: each was appended to the training needs."""
    assert "training_needs" not in recap_turn(text, completed_submission_slots(), None, [], NOW).updates


@pytest.mark.parametrize("text", ["on aura 2 personnes pour le tutorat", "c'est 2 personnes qui vont le former en interne",
                                  "on prend 2 personnes de l'équipe pour l'encadrer"])
def test_people_who_train_the_recruit_are_no_positions(text: str) -> None:
    """Review: the number of positions became 2."""
    assert "positions" not in recap_turn(text, {**completed_submission_slots(), "positions": 1.0}, None, [], NOW).updates


@pytest.mark.parametrize(("text", "count"), [("finalement 3 personnes", 3), ("et finalement ce sera 4 personnes", 4)])
def test_people_hired_are_positions(text: str, count: int) -> None:
    assert recap_turn(text, {**completed_submission_slots(), "positions": 1.0}, None, [], NOW).updates.get("positions") == count


@pytest.mark.parametrize("text", ["oui mais pas maintenant", "ok pas tout de suite", "oui pas encore", "ok mais attendez le retour du patron",
                                  "ok, surtout pas", "ok j'attends le retour de mon associe avant", "oui mais pas aujourd'hui",
                                  "oui mais pas pour l'instant", "oui envoyez mais plus tard"])
def test_not_yet_sends_nothing(text: str) -> None:
    """Fourth review: each was sent once « pas encore », « pas maintenant » were no longer read as holding the sending."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind != "confirm"


@pytest.mark.parametrize("text", ["ce sera 3 personnes qui commencent en mars", "ce sera 3 personnes de plus", "ce sera 3 personnes sur le site",
                                  "on recrute 3 personnes pour le suivi de chantier"])
def test_people_hired_said_with_more_are_positions(text: str) -> None:
    """Fourth review: the count was lost (the people who train the recruit are not posts: see above)."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).updates.get("positions") == 3


@pytest.mark.parametrize("text", ["oui validez j'attends le retour du conseiller", "oui envoyez j'attends votre mail",
                                  "oui c'est bon le candidat a pas encore signé", "ok envoyez, pas encore de candidat",
                                  "c'est bon envoyez, il commence pas tout de suite", "oui surtout pas de changement, envoyez"])
def test_a_confirmation_with_a_remark_about_something_else_is_sent(text: str) -> None:
    """Fifth review: « pas encore », « attends », « surtout pas » in a remark about something else held the sending."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


@pytest.mark.parametrize("text", ["oui attends", "ok attends je relis", "oui j'attends le directeur", "c'est bon j'attends ma collègue"])
def test_wait_said_informally_or_for_a_colleague_sends_nothing(text: str) -> None:
    """Sixth review: each sent the request."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind != "confirm"


@pytest.mark.parametrize(("text", "added"), [("rajoutez qu'il faut le permis B", "le permis B"),
                                             ("ajoutez qu'il faut aussi une formation sécurité", "une formation sécurité")])
def test_a_need_added_with_qu_il_faut(text: str, added: str) -> None:
    """Sixth review: no longer added (and « qu'il faut » was kept in the needs before)."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).updates["training_needs"] == f"CACES R489 et lecture de plans ; {added}"


@pytest.mark.parametrize("text", ["ajoutez qu'il faut m'appeler le matin", "ajoutez qu'il faudra me rappeler avant"])
def test_a_call_to_add_is_no_need(text: str) -> None:
    """Reviews: a request to be called was appended to the training needs."""
    assert "training_needs" not in recap_turn(text, completed_submission_slots(), None, [], NOW).updates


@pytest.mark.parametrize(("text", "added"), [("ajoutez qu'il faut un tuteur et envoyez", "un tuteur"),
                                             ("ajoutez qu'il faut l'habilitation electrique", "l'habilitation electrique"),
                                             ("ajoutez qu'il faut de la formation securite", "de la formation securite")])
def test_what_it_takes_is_added(text: str, added: str) -> None:
    """Eighth review: the request was sent without the addition, or the addition refused or the needs wiped."""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.kind != "confirm" and read.updates["training_needs"] == f"CACES R489 et lecture de plans ; {added}"


def test_an_addition_after_an_agreement_is_not_sent_without_it() -> None:
    """(Was sent without the addition: ninth review. After a quoted value it asks which field; without it, it is added.)"""
    result = recap_turn("'CACES R489 et lecture de plans' c'est bon, ajoutez aussi habilitation électrique", SLOTS, "inform", [], NOW)
    assert not result.updates.get(CONFIRM_SLOT)
    result = recap_turn("c'est bon, ajoutez aussi habilitation électrique", SLOTS, "inform", [], NOW)
    assert not result.updates.get(CONFIRM_SLOT) and result.updates["training_needs"] == "CACES R489 et lecture de plans ; habilitation électrique"


@pytest.mark.parametrize("text", ["ajoutez qu'il faut 2 personnes", "ajoutez qu'il faut une voiture", "ajoutez qu'il faut faire vite",
                                  "ajoutez qu'il faut voir avec mon associe", "ajoutez qu'il faut me recontacter"])
def test_what_it_takes_that_is_no_training_is_not_added(text: str) -> None:
    """Ninth review: each was appended to the training needs."""
    assert "training_needs" not in recap_turn(text, completed_submission_slots(), None, [], NOW).updates


def test_an_addition_then_the_rest_is_fine_is_added_not_sent() -> None:
    """Ninth review: « ajoutez qu'il faut le caces sinon c'est bon » sent the request without the addition."""
    read = recap_turn("ajoutez qu'il faut le caces sinon c'est bon", completed_submission_slots(), None, [], NOW)
    assert read.kind != "confirm" and read.updates["training_needs"] == "CACES R489 et lecture de plans ; le caces"


@pytest.mark.parametrize("text", ["c'est bon, aucun ajout", "pas d'ajout, envoyez", "rien de plus à ajouter, c'est bon", "c'est bon, n'ajoutez rien",
                                  "c'est bon ajoutez rien", "c'est bon, je vois pas quoi ajouter"])
def test_nothing_to_add_sends(text: str) -> None:
    """Tenth review: each asked which field to correct (or stored « rien » as a need)."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


@pytest.mark.parametrize("text", ["ajoutez qu'il faut le rappeler", "ajoutez qu'il faut l'appeler avant 10h", "c'est bon, ajout possible ?"])
def test_a_remark_or_a_question_on_adding_changes_nothing(text: str) -> None:
    """Tenth review: stored as needs, the hours reopened (« avant 10h »), or a question taken as a correction."""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert not {"training_needs", "weekly_hours", "field_before_correction"} & set(read.updates)


@pytest.mark.parametrize("text", ["c'est bon, ajout du permis B", "c'est bon, rajout soudure", "oui c'est bon, ajoutons le caces",
                                  "nickel, a ajouter : permis B", "tout est bon, pensez a ajouter le permis", "parfait, il reste le permis B a ajouter"])
def test_an_addition_said_as_a_noun_is_not_sent_without_it(text: str) -> None:
    """Eleventh review: each sent the request without the addition."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind != "confirm"


@pytest.mark.parametrize("text", ["tout est ok, rien a signaler ni a ajouter", "parfait aucun autre ajout", "tout est bon, zero ajout",
                                  "c'est nickel, rien n'est à ajouter", "ok merci pour l'ajout du caces", "nickel l'ajout est pris en compte",
                                  "je n'ai rien a ajouter de plus, envoyez"])
def test_an_addition_negated_or_thanked_for_sends(text: str) -> None:
    """Twelfth review: each was no longer sent once « ajout » as a noun counted as a change."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


@pytest.mark.parametrize("text", ["c'est bon mais permis B à ajouter", "le permis B à ajouter", "oui, avec l'ajout du permis B", "c'est bon, l'ajout : SST"])
def test_what_is_left_to_add_is_not_sent_without_it(text: str) -> None:
    """Thirteenth review: each was sent without the addition, or not understood."""
    assert recap_turn(text, completed_submission_slots(), "affirm", [], NOW).kind != "confirm"


# ---------------------------------------------------------------- talking to make run (session of 2026-12-02)

@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("pas maintenant, je dois verifier la date avec ma directrice", "start_date"),
        ("attendez je dois verifier le nombre de postes avec mon chef", "positions"),
        ("pas tout de suite, je verifie le siret et je reviens", "siret"),
        ("le siret je dois le verifier", "siret"),
        ("pas maintenant", None),
        ("je dois verifier avec ma directrice", None),
        ("je reviens", None),
        ("je rappelle en janvier", None),
        ("oui mais pas maintenant", None),
    ],
)
def test_a_sending_put_off_keeps_every_value_and_sends_nothing(text: str, field: str | None) -> None:
    """« pas maintenant, je dois vérifier la date avec ma directrice » reopened the date (then « c'est bon elle est ok,
    envoyez » got « Je n'ai pas reconnu de date »); « je dois vérifier avec ma directrice » got « Je n'ai pas compris »."""
    slots = completed_submission_slots()
    read = recap_turn(text, slots, None, [], NOW)
    assert read.kind != "confirm" and not read.updates.get("submission_confirmed")
    assert not any(f in FIELD_LABELS for f in read.updates) and "field_before_correction" not in read.updates
    said = read.messages[0]["text"]
    if field is None:
        assert said == messages.RECAP_ON_HOLD
    else:
        assert said == messages.RECAP_ON_HOLD_FIELD.format(label=FIELD_LABELS[field], value=display(field, slots[field]))
    # Not the whole recap again (long on a phone: found reading the recap): a short reminder with the recap's buttons.
    assert read.updates[RECAP_STATE_SLOT] == RECAP_HELD and read.messages[1]["text"] == messages.RECAP_HOLD_REMINDER
    assert read.messages[1]["buttons"] == recap(slots)["buttons"] and len(read.messages) == 2
    assert recap_question({**slots, **read.updates}) is None


_HELD = {**completed_submission_slots(), RECAP_STATE_SLOT: RECAP_HELD}


@pytest.mark.parametrize("text", ["c'est bon", "ok", "oui", "c'est bon elle est ok", "c'est vérifié, c'est bon", "parfait"])
def test_back_after_a_hold_without_an_order_to_send_shows_the_recap_again(text: str) -> None:
    """The recap was not shown again with the hold (found reading the recap): a « c'est bon » shows it before anything is sent."""
    read = recap_turn(text, _HELD, "affirm", [], NOW)
    assert read.kind == RECAP_QUESTION and not read.updates.get(CONFIRM_SLOT) and read.messages == [{"text": messages.RECAP_AFTER_HOLD}]
    assert recap_question({**_HELD, **read.updates}) == recap(_HELD)
    # (near miss: without the hold, the same message still sends)
    if text in ("c'est bon", "parfait"):
        assert recap_turn(text, completed_submission_slots(), "affirm", [], NOW).updates.get(CONFIRM_SLOT) is True


@pytest.mark.parametrize("text", ["on peut envoyer", "c'est bon elle est ok, envoyez", "/affirm", "c'est bon vous pouvez transmettre", "je confirme"])
def test_back_after_a_hold_a_clear_order_sends(text: str) -> None:
    """The recap was shown before the hold and nothing changed: a clear order sends."""
    read = recap_turn(text, _HELD, "affirm", [], NOW)
    assert read.kind == RECAP_CONFIRM and read.updates.get(CONFIRM_SLOT) is True


def test_back_after_a_hold_a_correction_is_read() -> None:
    read = recap_turn("la date c'est le 15 mars", _HELD, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("start_date") == "2027-03-15" and read.updates[RECAP_STATE_SLOT] is None


@pytest.mark.parametrize("text", ["pas d'accord", "n'envoyez pas encore"])
def test_a_refusal_to_send_is_no_hold_and_shows_the_recap(text: str) -> None:
    """(near miss) « Que faut-il corriger ? Choisissez le champ dans le récapitulatif »: the recap is shown with it."""
    read = recap_turn(text, completed_submission_slots(), "inform", [], NOW)
    assert read.updates.get(RECAP_STATE_SLOT) != RECAP_HELD and not read.updates.get(CONFIRM_SLOT)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("la date est fausse", "correct"),
        ("le tel est faux", "correct"),
        ("pas d'accord", "correct"),
        ("ok envoyez, je reviens vers vous si besoin", "confirm"),
        ("je verifie et je reviens, annulez pour l'instant", "cancel"),
    ],
)
def test_what_is_not_put_off_is_read_as_before(text: str, kind: str) -> None:
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.kind == kind and read.messages[:1] != [{"text": messages.RECAP_ON_HOLD}]


def test_a_value_said_while_checking_is_the_correction() -> None:
    read = recap_turn("je verifie la date et je vous dis : le 15 mars", completed_submission_slots(), None, [], NOW)
    assert read.updates.get("start_date") == "2027-03-15"


@pytest.mark.parametrize(("text", "kind"), [
    ("c'est bon envoyez, je vous rappelle demain pour la suite", "confirm"),
    ("et pour la suite ?", "question"),
    ("pour la suite ?", "question"),
    ("c'est quoi la suite ?", "question"),
])
def test_the_rest_named_in_a_confirmation_is_no_question(text: str, kind: str) -> None:
    """« c'est bon envoyez, je vous rappelle demain pour la suite » got what comes after the sending, and nothing was sent."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == kind


@pytest.mark.parametrize(("text", "hours"), [
    ("la duree c'est 151,67 h par mois", 35.0),
    ("la durée c'est 28h", 28.0),
    ("duree : 30 heures par semaine", 30.0),
])
def test_a_duration_in_hours_is_the_weekly_hours(text: str, hours: float) -> None:
    """« la durée c'est 151,67 h par mois » asked the contract again (twenty-first blind user test)."""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.updates.get("weekly_hours") == hours and "contract_type" not in read.updates


@pytest.mark.parametrize("text", ["la duree c'est 8 mois", "la durée du contrat c'est 12 mois, 35h"])
def test_a_duration_in_months_is_still_the_contract(text: str) -> None:
    assert "weekly_hours" not in recap_turn(text, completed_submission_slots(), None, [], NOW).updates


@pytest.mark.parametrize("text", ["c'est bon, rien en ajout", "rien a ajouter", "aucun ajout", "ok pas d'ajout", "c'est bon rien a ajouter"])
def test_nothing_to_add_confirms(text: str) -> None:
    """« c'est bon, rien en ajout » asked which field to change; « rien à ajouter » alone was not understood."""
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


def test_nothing_to_add_but_a_change_is_the_change() -> None:
    read = recap_turn("rien a ajouter mais le tel c'est le 0611223344", completed_submission_slots(), None, [], NOW)
    assert read.kind == "correct" and read.updates.get("contact_phone") == "+33611223344"


@pytest.mark.parametrize(("typed", "text", "meant"), [
    ("lili.mode72@gmial.com", "oui c'est gmail pas gmial", "lili.mode72@gmail.com"),
    ("y.gautier@hotmial.fr", "oui hotmail", "y.gautier@hotmail.fr"),
    ("lili.mode72@gmial.com", "oui mais le mail c'est gmail.com", "lili.mode72@gmail.com"),
    ("lili.mode72@gmial.com", "gmail", "lili.mode72@gmail.com"),
])
@pytest.mark.parametrize("intent", ["affirm", None])
def test_the_suggested_address_taken_at_the_recap_is_not_sent(typed: str, text: str, meant: str, intent: str | None) -> None:
    """« oui c'est gmail pas gmial », « oui hotmail » after « vouliez-vous écrire « …@gmail.com » ? » sent the request with
    the typo (twenty-second blind user test): the address suggested, and the recap again."""
    read = recap_turn(text, {**completed_submission_slots(), "contact_email": typed}, intent, [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("contact_email") == meant and not read.updates.get(CONFIRM_SLOT)
    assert read.messages[0]["text"] == f"C'est corrigé. E-mail : {meant}."


def test_the_suggested_address_and_another_change() -> None:
    read = recap_turn("oui hotmail, et finalement on prendra 2 postes", {**SLOTS, "contact_email": "y.gautier@hotmial.fr"}, "affirm", [], NOW)
    assert read.updates.get("contact_email") == "y.gautier@hotmail.fr" and read.updates.get("positions") == 2


@pytest.mark.parametrize("text", ["oui c'est bon", "oui envoyez", "oui c'est parfait, n'oubliez pas de m'envoyer le mail", "oui tout est correct merci",
                                  "oui mais n'oubliez pas de m'envoyer le mail", "oui mais le mail de confirmation arrive quand",
                                  "c'est bien gmial.com, envoyez", "oui c'est bien gmial, envoyez", "oui pas gmail, envoyez"])
def test_a_confirmation_with_an_address_to_check_still_sends(text: str) -> None:
    read = recap_turn(text, {**completed_submission_slots(), "contact_email": "lili.mode72@gmial.com"}, "affirm", [], NOW)
    assert read.kind == RECAP_CONFIRM and read.updates.get(CONFIRM_SLOT) is True


def test_a_field_said_after_oui_mais_is_no_confirmation() -> None:
    """« oui mais le mail c'est gmail.com » (no typo to fix) sent the request as it was (twenty-second blind user test)."""
    read = recap_turn("oui mais le mail c'est gmail.com", completed_submission_slots(), "affirm", [], NOW)
    assert read.kind == RECAP_CORRECT and not read.updates.get(CONFIRM_SLOT) and "contact_email" in read.updates


@pytest.mark.parametrize(("text", "hours"), [("bon on peut lui faire 24h et prolonger le cdd a 7 mois, toute l'annee scolaire", 24.0),
                                             ("prolonger le cdd à 7 mois", None), ("on passe le CDD à 7 mois", None),
                                             ("on peut faire 7 mois au lieu de 4", None)])
def test_a_longer_contract_at_the_recap_changes_only_the_contract_and_hours(text: str, hours: float | None) -> None:
    """« bon on peut lui faire 24h et prolonger le cdd a 7 mois, toute l'annee scolaire » also made the job « toute l'annee
    scolaire » (twenty-second blind user test)."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 4.0, "eligibility": "derogation"}
    read = recap_turn(text, slots, None, [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates["contract_duration"] == 7.0 and read.updates.get("weekly_hours") == hours
    assert "job_title" not in read.updates and not read.updates.get(CONFIRM_SLOT)


def test_a_longer_contract_and_another_change_at_the_recap() -> None:
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 4.0, "eligibility": "derogation"}
    read = recap_turn("on passe le CDD à 7 mois, et 3 postes au lieu de 2", slots, None, [], NOW)
    assert read.updates["contract_duration"] == 7.0 and read.updates["positions"] == 3


def test_the_suggested_address_then_what_comes_next_is_not_sent() -> None:
    """(Read before « et après il se passe quoi ? », whose rest « oui hotmail » would have sent the request with the typo.)"""
    read = recap_turn("oui hotmail, et après il se passe quoi ?", {**SLOTS, "contact_email": "y.gautier@hotmial.fr"}, "affirm", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("contact_email") == "y.gautier@hotmail.fr" and not read.updates.get(CONFIRM_SLOT)
    assert read.messages[-1]["text"] == messages.AFTER_SENDING


@pytest.mark.parametrize("text", [
    "rien à ajouter, je dois juste vérifier avec mon patron",
    "aucun ajout pour l'instant, j'attends le feu vert de mon directeur",
    "pas d'ajout, par contre je voudrais vérifier avec mon patron",
    "pas d'ajout, je vérifie avec le gérant et je reviens",
    "je n'ai rien à ajouter, je dois en parler à mon associé",
    "rien à ajouter pour le moment, je reviens vers vous demain",
    "rien à ajouter pour l'instant, je dois en parler à mon patron avant d'envoyer",
])
def test_nothing_to_add_with_a_wait_holds_the_sending(text: str) -> None:
    """Review of the twenty-second test's fixes: each of these sent the request (« rien à ajouter » confirmed)."""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.kind != "confirm" and read.messages[0]["text"] == messages.RECAP_ON_HOLD


@pytest.mark.parametrize("text", ["ok envoyez, je reviens vers vous si besoin", "tout est bon, mon patron a validé",
                                  "c'est bon, j'ai vu avec mon patron", "oui envoyez, et pour la suite ?", "rien a ajouter"])
def test_an_order_to_send_or_a_check_done_still_sends(text: str) -> None:
    assert recap_turn(text, completed_submission_slots(), None, [], NOW).kind == "confirm"


def test_a_training_length_in_hours_is_not_the_weekly_hours() -> None:
    read = recap_turn("durée de formation 350h", completed_submission_slots(), None, [], NOW)
    assert "weekly_hours" not in read.updates


@pytest.mark.parametrize("text", [
    "oui mais la formation est urgente", "ok mais la date est flexible", "oui mais la date est ok", "oui mais le mail c'est le bon",
    "oui envoyez, mais le mail est celui de ma collègue", "oui mais le téléphone est celui du standard",
    "oui mais mon numéro est sur liste rouge", "oui mais le siret est celui du siège", "oui, mais l'entreprise est fermée en août",
    "oui mais le poste est urgent", "ok mais le poste sera a pourvoir rapidement", "oui mais le plus important c'est la date",
    # (third review of those fixes: « pas urgent » made the start the earliest date; near misses)
    "oui mais la date c'est pas urgent", "oui mais la date est urgente", "oui mais le poste est important", "oui mais le métier est difficile",
    "oui mais le poste est à temps plein",
])
@pytest.mark.parametrize("intent", ["affirm", "inform", None])
def test_a_remark_on_a_field_after_oui_mais_still_sends(text: str, intent: str | None) -> None:
    """A remark on a field after « oui mais » reopened it, set to None (review of the twenty-second blind user test's fixes)."""
    read = recap_turn(text, completed_submission_slots(), intent, [], NOW)
    assert read.kind == RECAP_CONFIRM and read.updates.get(CONFIRM_SLOT) is True


@pytest.mark.parametrize("text", ["oui mais le mail c'est faux", "oui mais le tel c'est le 0611223344", "oui mais le siret est 318 443 959"])
def test_a_value_or_an_appraisal_after_oui_mais_is_a_correction(text: str) -> None:
    read = recap_turn(text, completed_submission_slots(), "affirm", [], NOW)
    assert read.kind == RECAP_CORRECT and not read.updates.get(CONFIRM_SLOT)


@pytest.mark.parametrize("text, field, value", [
    ("oui mais le poste est cariste", "job_title", "cariste"), ("oui mais le métier est cariste", "job_title", "cariste"),
    ("oui mais le poste est vendeur", "job_title", "vendeur"), ("oui mais le début c'est en mai", "start_date", "2027-05-01"),
    ("oui mais le début est en juin", "start_date", "2027-06-01"), ("oui mais le prénom c'est Maria", "contact_name", "Maria Dupont"),
    ("oui mais le nom est mal écrit", "contact_name", None), ("oui mais le nom est mal orthographié", "contact_name", None),
    ("oui mais le prénom est mal écrit", "contact_name", None), ("oui mais le poste est pas le bon", "job_title", None),
    ("oui mais les horaires c'est temps partiel", "weekly_hours", None),
])
@pytest.mark.parametrize("intent", ["affirm", "inform"])
def test_a_value_said_after_oui_mais_le_champ_est_corrects_it(text: str, field: str, value: str | None, intent: str) -> None:
    """Third review of the twenty-second test's fixes: each sent the request with the old value (« oui mais le poste est
    cariste » the old job); the value is taken, or the field asked again after an appraisal."""
    read = recap_turn(text, completed_submission_slots(), intent, [], NOW)
    assert read.kind == RECAP_CORRECT and not read.updates.get(CONFIRM_SLOT) and read.updates.get(field) == value
    assert field in read.updates


_DEROGATION = {"contract_type": "cdd", "contract_duration": 4.0, "eligibility": "derogation", "derogation_justification": "saison"}


@pytest.mark.parametrize("text", [
    "on ne peut pas prolonger le CDD à 7 mois", "prolonger le CDD à 6 mois c'est pas possible",
    "oui envoyez, on pourra prolonger le contrat à 12 mois plus tard", "ok, on a déjà prolongé son CDD à 6 mois l'an dernier",
    "oui, on peut lui faire 6 mois d'accompagnement en interne",
])
def test_a_longer_contract_refused_past_or_not_the_contract_at_the_recap_changes_nothing(text: str) -> None:
    """« on ne peut pas prolonger le CDD à 7 mois » at the recap of a CDD of 4 months made it 7 months (review of the
    twenty-second blind user test's fixes)."""
    read = recap_turn(text, {**completed_submission_slots(), **_DEROGATION}, None, [], NOW)
    assert "contract_duration" not in read.updates and "eligibility" not in read.updates


def test_a_later_extension_at_the_recap_sends() -> None:
    read = recap_turn("oui envoyez, on pourra prolonger le contrat à 12 mois plus tard", {**completed_submission_slots(), **_DEROGATION}, "affirm", [], NOW)
    assert read.kind == RECAP_CONFIRM and read.updates.get(CONFIRM_SLOT) is True


@pytest.mark.parametrize("text", ["prolonger le cdd à 7 mois", "on passe le CDD à 7 mois", "finalement on peut lui faire 7 mois"])
def test_a_longer_contract_at_the_recap_is_still_applied(text: str) -> None:
    read = recap_turn(text, {**completed_submission_slots(), **_DEROGATION}, None, [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("contract_duration") == 7.0


@pytest.mark.parametrize(
    ("text", "months"),
    [("finalement un contrat pro de 12 mois", 12.0), ("c'est un contrat de professionnalisation de 18 mois", 18.0),
     ("finalement un apprentissage de 2 ans", 24.0), ("finalement un contrat pro", None), ("finalement un CDI", None),
     # a delay, a trial or a part is not the contract's length (review of the session's changes: « de 2 mois » was shown)
     ("contrat pro, début dans 2 mois", None), ("un contrat pro, période d'essai 1 mois", None),
     ("apprentissage pour 2 ans, dont 3 mois en centre", None),
     # « dure » said of the trial or the training (second review of the session's changes: « …de 1 mois » was shown)
     ("contrat pro, la période d'essai dure 1 mois", None), ("contrat pro, la formation dure 3 mois", None),
     ("contrat pro, pendant 6 mois en centre", None), ("le contrat pro dure 12 mois", 12.0)],
)
def test_an_alternance_keeps_its_length_at_the_recap(text: str, months: float | None) -> None:
    """The contrat de professionnalisation's length was dropped, so the recap showed « Contrat de professionnalisation » alone
    and the request was sent without it (found reading the recap): kept, shown and sent; a stale CDD length is not."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    after = {**slots, **read.updates}
    assert after["contract_duration"] == months and submission_record(after)["contract_duration_months"] == months


@pytest.mark.parametrize(("text", "answer", "code", "months"), [
    ("en fait c'est en alternance", "pro", "contrat_professionnalisation", None),
    ("le contrat c'est une alternance de 2 ans", "apprentissage", "apprentissage", 24.0),
    ("finalement on le prend en alternance", "Contrat de professionnalisation", "contrat_professionnalisation", None),
    ("en fait c'est en alternance", "un contrat pro de 18 mois", "contrat_professionnalisation", 18.0),
])
def test_a_bare_alternance_at_the_recap_is_asked_back_then_the_recap_again(text: str, answer: str, code: str, months: float | None) -> None:
    """« en fait c'est en alternance » at the recap made the CDD an apprenticeship, and the request was sent so (session on the
    alternance in the request): which one is asked, alone (no recap under it), and the answer changes the contract, with the
    length said with the alternance, then the recap again."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates[RECAP_STATE_SLOT] == RECAP_ALTERNANCE
    assert "contract_type" not in read.updates and read.messages[-1]["text"] == messages.ASK_ALTERNANCE
    slots = {**slots, **read.updates}
    assert recap_question(slots) is None
    chosen = recap_turn(answer, slots, "inform", [], NOW)
    after = {**slots, **chosen.updates}
    assert chosen.kind == RECAP_CORRECT and after["contract_type"] == code and after["contract_duration"] == months
    assert after[RECAP_STATE_SLOT] is None and recap_question(after) == recap(after)


def test_a_bare_alternance_with_another_change_at_the_recap_keeps_the_change() -> None:
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn("le poste c'est vendeur, et le contrat en alternance", slots, "inform", [], NOW)
    assert read.updates["job_title"] == "vendeur" and read.updates[RECAP_STATE_SLOT] == RECAP_ALTERNANCE and "contract_type" not in read.updates
    assert read.messages[-1]["text"] == messages.ASK_ALTERNANCE


@pytest.mark.parametrize(("recorded", "text", "months"), [
    (("cdd", 6.0), "le contrat c'est une alternance de 24 mois et 3 postes", 24.0),
    (("cdd_saisonnier", 4.0), "le contrat c'est une alternance de 12 mois, 3 postes", 12.0),
])
def test_a_bare_alternances_length_waits_for_its_contract_at_the_recap(recorded: tuple[str, float], text: str, months: float) -> None:
    """« le contrat c'est une alternance de 24 mois et 3 postes » with a CDD of 6 months recorded made it « CDD de 2 ans », and
    the way out of the alternance asked back then kept « CDD de 2 ans » (review of the session on the alternance): the length is
    the alternance's, kept for it, never put on the contract recorded."""
    slots = {**completed_submission_slots(), "contract_type": recorded[0], "contract_duration": recorded[1]}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates["positions"] == 3 and read.updates[RECAP_STATE_SLOT] == RECAP_ALTERNANCE
    assert "contract_duration" not in read.updates and "contract_type" not in read.updates
    assert read.updates["project_memory"]["alternance_length"] == months
    slots = {**slots, **read.updates}
    for _ in range(3):
        read = recap_turn("hmm", slots, "inform", [], NOW)
        slots = {**slots, **read.updates}
    assert slots[RECAP_STATE_SLOT] is None and (slots["contract_type"], slots["contract_duration"]) == recorded
    assert "2 ans" not in " ".join(m["text"] for m in read.messages)
    # (near misses: the length said of the contract recorded, beside another change, is applied)
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 6.0}
    for said in ("3 postes et le contrat c'est 12 mois", "3 postes, CDD de 12 mois"):
        assert recap_turn(said, slots, "inform", [], NOW).updates["contract_duration"] == 12.0, said


@pytest.mark.parametrize("recorded", [("cdi", None), ("cdd", 6.0)])
@pytest.mark.parametrize("text", ["le poste c'est vendeur en alternance", "poste : vendeur en alternance"])
def test_a_job_said_with_a_bare_alternance_at_the_recap_is_corrected_too(recorded: tuple[str, float | None], text: str) -> None:
    """« le poste c'est vendeur en alternance » set the job « vendeur » and corrected the contract; with the alternance asked
    back, the job was lost (review of the session on the alternance): both."""
    slots = {**completed_submission_slots(), "contract_type": recorded[0], "contract_duration": recorded[1]}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates["job_title"] == "vendeur" and read.updates[RECAP_STATE_SLOT] == RECAP_ALTERNANCE
    assert "contract_type" not in read.updates and read.messages[-1]["text"] == messages.ASK_ALTERNANCE
    assert read.messages[0]["text"] == "C'est corrigé. Poste : vendeur."
    # (near misses: the alternance recorded, said again, or the contract said: the job and the contract, no question)
    read = recap_turn(text, {**slots, "contract_type": "contrat_professionnalisation", "contract_duration": None}, "inform", [], NOW)
    assert read.updates["job_title"] == "vendeur" and read.updates.get(RECAP_STATE_SLOT) is None
    assert read.updates["contract_type"] == "contrat_professionnalisation"
    read = recap_turn("le poste c'est commis de cuisine en apprentissage", slots, "inform", [], NOW)
    assert read.updates["job_title"] == "commis de cuisine" and read.updates["contract_type"] == "apprentissage"


@pytest.mark.parametrize("recorded", ["apprentissage", "contrat_professionnalisation"])
def test_a_bare_alternance_at_the_recap_keeps_the_alternance_recorded(recorded: str) -> None:
    slots = {**completed_submission_slots(), "contract_type": recorded, "contract_duration": None}
    read = recap_turn("en fait c'est en alternance", slots, "inform", [], NOW)
    assert read.updates.get(RECAP_STATE_SLOT) != RECAP_ALTERNANCE and {**slots, **read.updates}["contract_type"] == recorded


def test_not_knowing_which_alternance_at_the_recap_does_not_trap() -> None:
    """Unusable answers: the question again; the third keeps the contract recorded and shows the recap again, where it can be
    corrected later."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0, RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    for attempt in (1, 2, 3):
        read = recap_turn("bof", slots, "inform", [], NOW)
        slots = {**slots, **read.updates}
        texts = " ".join(m["text"] for m in read.messages)
        assert slots["contract_type"] == "cdd" and slots["contract_duration"] == 8.0
        if attempt < 3:
            assert messages.NOT_UNDERSTOOD in texts and slots[RECAP_STATE_SLOT] == RECAP_ALTERNANCE and recap_question(slots) is None
        else:
            assert "Je garde pour l'instant le contrat noté : CDD de 8 mois." in texts and slots[RECAP_STATE_SLOT] is None
            assert recap_question(slots) == recap(slots)
    # (« annuler » meanwhile is the way out it always is)
    read = recap_turn("annuler", {**slots, RECAP_STATE_SLOT: RECAP_ALTERNANCE}, "inform", [], NOW)
    assert read.updates.get(RECAP_STATE_SLOT) == "cancel"


@pytest.mark.parametrize("unsure", ["je sais pas encore", "Je ne sais pas encore", "je dois voir avec le CFA", "on verra"])
def test_an_alternance_not_decided_at_the_recap_is_sent_to_specify(unsure: str) -> None:
    """« en fait c'est une alternance de 2 ans » at the recap, then « je sais pas encore » (it got the difference and the question
    again, then only the way out, the CDD kept): « alternance, type à préciser » with its length, said once, then the recap
    again, where a kind said later replaces it."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn("en fait c'est une alternance de 2 ans", slots, "inform", [], NOW)
    assert messages.ALTERNANCE_NOT_DECIDED_BUTTON in read.messages[-1]["buttons"]
    slots = {**slots, **read.updates}
    read = recap_turn(unsure, slots, "inform", [], NOW)
    slots = {**slots, **read.updates}
    assert read.kind == RECAP_CORRECT and [m["text"] for m in read.messages] == [messages.ALTERNANCE_TO_SPECIFY_NOTED]
    assert (slots["contract_type"], slots["contract_duration"], slots["eligibility"]) == ("alternance_a_preciser", 24.0, "eligible")
    assert slots[RECAP_STATE_SLOT] is None and recap_question(slots) == recap(slots)
    assert "- Contrat : Alternance de 2 ans (apprentissage ou professionnalisation, à préciser)" in recap(slots)["text"].splitlines()
    assert submission_record(slots)["missing_fields"] == ["contract_type"]
    # (said again: kept; a kind said: it replaces it, the length kept when said with it)
    read = recap_turn("en fait c'est en alternance", slots, "inform", [], NOW)
    assert read.updates.get(RECAP_STATE_SLOT) != RECAP_ALTERNANCE and {**slots, **read.updates}["contract_type"] == "alternance_a_preciser"
    for said, code in [("le contrat c'est un contrat d'apprentissage", "apprentissage"), ("finalement ce sera un contrat pro", "contrat_professionnalisation"),
                       ("remplacez alternance à préciser par apprentissage", "apprentissage")]:
        changed = {**slots, **recap_turn(said, slots, "inform", [], NOW).updates}
        assert changed["contract_type"] == code and changed["eligibility"] == "eligible", said
        assert submission_record(changed)["missing_fields"] == []


def test_the_recap_shows_an_alternance_with_its_length() -> None:
    slots = {**completed_submission_slots(), "contract_type": "contrat_professionnalisation", "contract_duration": 12.0}
    assert "- Contrat : Contrat de professionnalisation d'un an" in recap(slots)["text"].splitlines()
    slots = {**slots, "contract_duration": None}
    assert "- Contrat : Contrat de professionnalisation" in recap(slots)["text"].splitlines()


@pytest.mark.parametrize("text", ["on l'a embauchée en intérim en mai", "elle était en intérim chez nous", "il a fait un CDD chez nous l'an dernier"])
def test_the_candidates_past_contract_at_the_recap_changes_no_field(text: str) -> None:
    """« on l'a embauchée en intérim en mai » at the recap made the contract an interim assignment (found reading the recap)."""
    read = recap_turn(text, completed_submission_slots(), "inform", [], NOW)
    assert not any(f in read.updates for f in ("contract_type", "contract_duration", "start_date")) and not read.updates.get(CONFIRM_SLOT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2 postes, elle était en intérim chez nous en mai", {"positions": 2}),
     ("finalement un CDD de 8 mois, elle était en intérim chez nous avant", {"contract_type": "cdd", "contract_duration": 8.0}),
     ("finalement en intérim", {"contract_type": "interim_mission"})],
)
def test_a_change_said_with_the_candidates_past_at_the_recap_is_read(text: str, expected: dict[str, object]) -> None:
    read = recap_turn(text, completed_submission_slots(), "inform", [], NOW)
    assert {k: read.updates.get(k) for k in expected} == expected and "start_date" not in read.updates


@pytest.mark.parametrize("text", ["on l'a embauchée en CDD de 8 mois finalement", "on l'a prise en CDD de 8 mois"])
def test_the_recorded_contract_said_as_decided_at_the_recap_is_already_noted(text: str) -> None:
    """Read as the candidate's past, these got « Je n'ai pas compris » (review of the session's changes): a decision
    (« finalement »), or the contract recorded with its length, is « déjà noté »."""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == "correct" and read.messages[0]["text"].startswith("C'est déjà ce que j'ai noté")
    assert read.updates.get("contract_type", "cdd") == "cdd" and read.updates.get("contract_duration", 8.0) == 8.0


@pytest.mark.parametrize("text", ["on l'a déjà embauchée en CDD", "il a fait un CDD chez nous", "on l'a prise en CDD de 4 mois"])
def test_another_or_lengthless_past_contract_at_the_recap_is_still_the_candidates_past(text: str) -> None:
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == "unclear" and "contract_duration" not in read.updates


def test_a_qualification_in_brackets_said_in_the_opening_message_reaches_the_recap() -> None:
    """« commis de cuisine (CAP cuisine) » in the opening message was the job « commis de cuisine » (found reading the recap)."""
    from bot.eligibility.dialogue import opening_updates
    from bot.submission.dialogue import memory_updates

    memory = opening_updates("on recrute un commis de cuisine (CAP cuisine) en CDI à Angers").get("project_memory") or {}
    job = memory_updates(memory, NOW.date())["job_title"]
    assert job == "commis de cuisine (CAP cuisine)"
    assert "- Poste : commis de cuisine (CAP cuisine)" in recap({**completed_submission_slots(), "job_title": job})["text"].splitlines()


# --- twenty-third blind user test: two contracts, two situations of the candidate, one per post --------------------------


@pytest.mark.parametrize("text", [
    "le contrat c'est CDI pour le cuisinier et CDD 7 mois pour la femme de chambre",
    "CDI pour le cuisinier, CDD de 7 mois pour la femme de chambre",
])
def test_two_contracts_at_the_recap_are_one_request_each(text: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert "contract_type" not in result.updates and "déjà ce que j'ai noté" not in result.messages[0]["text"]
    assert result.messages[0]["text"].startswith("Une demande porte sur un seul contrat") and "CDD de 7 mois" in result.messages[0]["text"]


@pytest.mark.parametrize(("text", "contract"), [
    ("un CDD de 7 mois plutot qu'un CDI", "cdd"),
    ("finalement un CDD de 8 mois", "cdd"),
    ("le contrat c'est un CDI, et le poste cuisinier", "cdi"),
])
def test_one_contract_said_is_still_a_correction(text: str, contract: str) -> None:
    result = recap_turn(text, {**SLOTS, "contract_type": "cdd", "contract_duration": 12.0}, "inform", [], NOW)
    assert result.kind == "correct" and result.updates.get("contract_type") == contract


def test_two_situations_of_the_candidate_are_one_request_each() -> None:
    slots = {**SLOTS, RECAP_STATE_SLOT: RECAP_CANDIDATE}
    result = recap_turn("un deja identifié inscrit a FT, et l'autre a trouver par France Travail", slots, "inform", [], NOW)
    assert "candidate_status" not in result.updates and result.messages[0]["text"].startswith("Une demande indique une seule situation")
    # (one situation said, with « un » or twice, is still read)
    changed = recap_turn("pas encore de candidat, France Travail va nous en proposer", slots, "inform", [], NOW)
    assert changed.updates.get("candidate_status") == "a_identifier"


def test_a_place_said_earlier_named_by_its_start_at_the_recap() -> None:
    # « en fait ce sera au magasin de la roche, pas cholet » got « Quel champ ? » (twenty-third blind user test)
    slots = {**SLOTS, "project_memory": {"said": "bjr jai un magasin de bricolage a la roche sur yon et un autre a cholet"}}
    result = recap_turn("en fait ce sera au magasin de la roche, pas cholet", slots, "inform", [], NOW)
    assert result.updates["work_location"]["commune"] == "La Roche-sur-Yon"
    asked = recap_turn("en fait ce sera au magasin du centre, pas cholet", slots, "inform", [], NOW)
    assert asked.updates["work_location"] is None and asked.updates["field_before_correction"]["field"] == "work_location"
    assert recap_turn("en fait ce sera a Angers, pas cholet", slots, "inform", [], NOW).updates["work_location"]["commune"] == "Angers"


@pytest.mark.parametrize("text", ["on recrute un cariste (caces à passer) en CDI à Angers", "on recrute un cariste (formation caces prévue) en CDI à Angers"])
def test_a_qualification_to_obtain_in_the_opening_message_is_the_training_need(text: str) -> None:
    """« cariste (caces à passer) » went into the job (review of the session's changes): the job, and the need noted."""
    from bot.eligibility.dialogue import opening_updates
    from bot.submission.dialogue import memory_updates

    memory = opening_updates(text).get("project_memory") or {}
    read = memory_updates(memory, NOW.date())
    assert (read["job_title"], read.get("training_needs")) == ("cariste", "caces")


# --- review of the twenty-third blind user test's fixes: a second contract not offered for a post ------------------------


@pytest.mark.parametrize(("text", "contract", "months"), [
    # (said past, a mistake, someone else's: the contract said is the correction, as before)
    ("c'est un CDI, le CDD c'était avant", "cdi", None),
    ("CDI, le CDD c'était une erreur", "cdi", None),
    ("CDI, et le tuteur est en CDD", "cdi", None),
    ("CDI, en remplacement d'un CDD qui se termine", "cdi", None),
    ("apprentissage, le CDD de 8 mois c'était une erreur", "apprentissage", None),
    # (a CDD that may lead to a CDI: the CDD recorded, unchanged)
    ("CDD 8 mois, avec embauche en CDI à la fin", "cdd", 8.0),
    ("un CDD de 8 mois, qui pourra devenir un CDI", "cdd", 8.0),
])
def test_a_second_contract_not_offered_is_no_second_request(text: str, contract: str, months: float | None) -> None:
    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 8.0}
    result = recap_turn(text, slots, "inform", [], NOW)
    assert not result.messages[0]["text"].startswith("Une demande porte sur un seul contrat")
    assert result.kind == "correct" and {**slots, **result.updates}["contract_type"] == contract
    assert {**slots, **result.updates}["contract_duration"] == months


@pytest.mark.parametrize("text", [
    "un cuisinier en CDI et une femme de chambre en CDD de 7 mois",
    "CDI pour le cuisinier, et l'autre en CDD de 7 mois",
    "CDI pour le cuisinier et CDD de remplacement de 7 mois pour la femme de chambre",
])
def test_two_contracts_each_for_a_post_are_still_one_request_each(text: str) -> None:
    result = recap_turn(text, {**SLOTS, "contract_type": "cdd", "contract_duration": 8.0}, "inform", [], NOW)
    assert result.messages[0]["text"].startswith("Une demande porte sur un seul contrat")


@pytest.mark.parametrize(("text", "suggested"), [("p.durand@gmial.com", "p.durand@gmail.com"), ("mail: paul@hotmial.fr", "paul@hotmail.fr")])
def test_an_email_corrected_at_the_recap_with_a_misspelt_provider_gets_the_suggestion(text: str, suggested: str) -> None:
    """« p.durand@gmial.com » at the recap was stored without the suggestion the e-mail question gives (talking to make run)."""
    read = recap_turn(text, completed_submission_slots(), "inform", [], NOW)
    assert read.kind == "correct" and read.updates["contact_email"] == text.split()[-1]
    assert f"« {suggested} »" in read.messages[0]["text"]


def test_an_email_corrected_at_the_recap_with_a_known_provider_gets_no_suggestion() -> None:
    read = recap_turn("le mail c'est p.durand@gmail.com", completed_submission_slots(), "inform", [], NOW)
    assert read.updates["contact_email"] == "p.durand@gmail.com" and "vouliez-vous" not in read.messages[0]["text"]


def test_a_send_with_a_name_after_it_is_a_send() -> None:
    """« envoyez, Julie Robin » was a send, then the contact Julie Robin (review of the session's changes)."""
    assert recap_turn("envoyez, Julie Robin", SLOTS, "inform", [], NOW).kind == RECAP_CONFIRM


@pytest.mark.parametrize(("text", "updates"), [
    # « remplacer X par Y » for another field: Y (review of the session's changes)
    ("remplacez 35h par 30h", {"weekly_hours": 30.0}),
    ("changez le téléphone par 0611223344", {"contact_phone": "+33611223344"}),
    # the contract replaced by another with its length: both (« remplacez CDI par CDD de 8 mois » kept the CDI: session of
    # 2026-12-02)
    ("remplacez CDI par CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("remplacez le CDI par un CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("remplacer cdi par cdd 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("changez CDI pour CDD de huit mois svp", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("pouvez-vous remplacer le cdi par un cdd de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("remplacez CDI par apprentissage", {"contract_type": "apprentissage"}),
    ("remplacez le contrat par un CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
])
def test_a_value_replaced_by_another_at_the_recap_is_the_new_one(text: str, updates: dict) -> None:
    assert recap_turn(text, SLOTS, "inform", [], NOW).updates.items() >= updates.items()


@pytest.mark.parametrize(("options", "text", "code"), [
    (["cdi", "apprentissage"], "le premier", "cdi"), (["cdi", "apprentissage"], "la première", "cdi"),
    (["cdi", "apprentissage"], "option 1", "cdi"), (["cdi", "apprentissage"], "le 2e", "apprentissage"),
    (["cdi", "apprentissage"], "le 2", "apprentissage"), (["cdi", "apprentissage"], "option 2", "apprentissage"),
    (["cdd", "cdi"], "le premier", "cdd"), (["cdd", "cdi"], "le dernier", "cdi"),
    (["cdi", "apprentissage", "contrat_professionnalisation"], "le troisième", "contrat_professionnalisation"),
    # (near misses: the alternance's own buttons, as before)
    (["apprentissage", "contrat_professionnalisation"], "le premier", "apprentissage"),
    (["apprentissage", "contrat_professionnalisation"], "option 2", "contrat_professionnalisation"),
])
def test_a_rank_at_the_recap_is_the_button_shown(options: list[str], text: str, code: str) -> None:
    """« le premier » to « CDI ou Contrat d'apprentissage ? » at the recap was the apprenticeship, « le 2e » a contract of
    professionalisation never offered: the alternance's buttons' order, whatever the buttons (second review of the session on
    the alternance). A rank is the buttons' shown, the options in their order."""
    slots = {**completed_submission_slots(), "contract_type": None, "contract_duration": 8.0 if "cdd" in options else None,
             "contract_options": options, RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates["contract_type"] == code and read.updates["contract_options"] is None


@pytest.mark.parametrize("text", ["le troisième", "option 3", "2"])
def test_a_rank_past_the_last_button_at_the_recap_is_no_answer(text: str) -> None:
    slots = {**completed_submission_slots(), "contract_type": None, "contract_options": ["cdi", "apprentissage"], RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert "contract_type" not in read.updates and read.updates[RECAP_STATE_SLOT] == RECAP_ALTERNANCE


@pytest.mark.parametrize(("recorded", "months", "text", "updates"), [
    # « (passer) de X à Y », two contracts: Y (the CDI replaced was read: review of the session on « à préciser »)
    ("cdi", None, "passer de CDI à CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("cdi", None, "de CDI à CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("cdi", None, "on passe de CDI à CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("apprentissage", 24.0, "passer de CDI à CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
    ("cdd", 8.0, "de CDD à CDI", {"contract_type": "cdi", "contract_duration": None}),
    # (near miss: two names, as before)
    ("cdi", None, "de Marie Dupont à Julie Robin", {"contact_name": "Julie Robin"}),
])
def test_a_contract_said_from_one_to_another_at_the_recap_is_the_new_one(recorded: str, months: float | None, text: str, updates: dict) -> None:
    slots = {**completed_submission_slots(), "contract_type": recorded, "contract_duration": months}
    assert recap_turn(text, slots, "inform", [], NOW).updates.items() >= updates.items()


def test_the_contract_said_from_it_to_itself_at_the_recap_is_kept() -> None:
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0}
    read = recap_turn("passer de CDI à CDD de 8 mois", slots, "inform", [], NOW)
    assert [m["text"] for m in read.messages] == [messages.ALREADY_SO.format(label=messages.RECAP_CONTRACT_LABEL, value="CDD de 8 mois")]


@pytest.mark.parametrize(("recorded", "text", "hours"), [
    # « de X à Y » hours at the recap, X the hours recorded or after a change's verb, is a change to Y (35 h was kept, « C'est
    # déjà ce que j'ai noté », or stored over 30 h: second review of the session's changes)
    (35.0, "passer de 35h à 39h", 39.0),
    (35.0, "de 35h à 39h", 39.0),
    (35.0, "la durée passe de 35h à 39h", 39.0),
    (35.0, "les heures de 35 à 39", 39.0),
    (35.0, "les heures c'est de 35 a 39h svp", 39.0),
    (35.0, "de 35h à 39h et 3 postes", 39.0),
    (30.0, "passer de 35h à 39h", 39.0),
    (30.0, "la durée passe de 35h à 39h", 39.0),
    (30.0, "de 30h à 35h", 35.0),
    (30.0, "passer de 30 à 35 heures", 35.0),
    (30.0, "on passe de 39h à 35h", 35.0),
    # … a range, neither end recorded, is its low end, as at the question (« de 28 à 30h » was 30 h)
    (35.0, "de 28 à 30h", 28.0),
    (35.0, "entre 28 et 30h", 28.0),
    # … and said with the count (« finalement 5 postes entre 28 et 30h » was 30 h, the one figure with « h »: session of 2026-12-02)
    (35.0, "finalement 5 postes entre 28 et 30h", 28.0),
    (35.0, "3 postes, entre 28 et 30h", 28.0),
    (35.0, "3 postes, 28-30h selon le planning", 28.0),
])
def test_hours_said_from_one_to_another_at_the_recap_are_the_new_ones(recorded: float, text: str, hours: float) -> None:
    slots = {**completed_submission_slots(), "weekly_hours": recorded, "positions": 2.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates["weekly_hours"] == hours


@pytest.mark.parametrize("text", ["3 postes à 24 ou 28h", "3 postes, 24 ou 28h", "3 postes, entre 20 et 24h"])
def test_hours_hesitated_with_the_count_at_the_recap_are_not_kept(text: str) -> None:
    """« 3 postes à 24 ou 28h » recorded 28 h (review of user test 24): as the hours question reads « 24 ou 28h », several
    durations, not kept; the count is."""
    slots = {**completed_submission_slots(), "weekly_hours": 35.0, "positions": 2.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.get("positions") == 3 and read.updates.get("weekly_hours", 35.0) == 35.0, read.updates


@pytest.mark.parametrize(("text", "updates"), [
    # « et » between a figure and hours separates two corrections; only a range keeps it (« entre 28 et 30h »): « 3 et 30h »
    # dropped the count, « nombre de postes 3 et 35h » cleared it with « Ce nombre ressemble à une durée », « Angers 49000 et
    # 30h » dropped the place (review of the session's changes)
    ("nombre de postes 3 et 35h", {"positions": 3}),
    ("postes : 3 et 30h", {"positions": 3, "weekly_hours": 30.0}),
    ("3 et 30h", {"positions": 3, "weekly_hours": 30.0}),
    ("3 et 30 heures", {"positions": 3, "weekly_hours": 30.0}),
    ("plutot 4 et 28h", {"positions": 4, "weekly_hours": 28.0}),
    ("plutôt 4 et 28h", {"positions": 4, "weekly_hours": 28.0}),
    ("4 et 39h", {"positions": 4, "weekly_hours": 39.0}),
    ("8 et 35h", {"positions": 8}),
    ("trois et 30h", {"positions": 3, "weekly_hours": 30.0}),
    ("Angers 49000 et 30h", {"work_location": {"commune": "Angers", "postal_code": "49000", "department": "49"}, "weekly_hours": 30.0}),
    ("angers 49000 et 30h", {"work_location": {"commune": "Angers", "postal_code": "49000", "department": "49"}, "weekly_hours": 30.0}),
    ("code postal 49000 et 30h", {"weekly_hours": 30.0}),
    ("date au 15 et 30h", {"weekly_hours": 30.0}),
    # … near misses: a range's « et » (« 2 postes et entre 28 et 30h » was 30 h, « entre 28 et 30h et 2 postes » cleared the count)
    ("2 postes et entre 28 et 30h", {"positions": 2, "weekly_hours": 28.0}),
    ("entre 28 et 30h et 3 postes", {"positions": 3, "weekly_hours": 28.0}),
    ("3 postes, entre 28 heures et 30 heures", {"positions": 3, "weekly_hours": 28.0}),
])
def test_a_figure_and_hours_joined_by_et_at_the_recap_are_two_corrections(text: str, updates: dict) -> None:
    slots = {**completed_submission_slots(), "positions": 2.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.items() >= updates.items(), read.updates
    assert all(read.updates.get(field, slots[field]) is not None for field in ("positions", "weekly_hours", "start_date", "work_location"))
    assert not any("ressemble à une durée" in (m.get("text") or "") for m in read.messages)
    if text.startswith("code postal"):
        assert "49000" in read.messages[0]["text"]  # (the communes of the postal code asked, as before)


@pytest.mark.parametrize(("recorded", "text"), [
    # the hours recorded as a range's high end, no change's verb: two figures, never the other stored without a word (« de 30h à
    # 35h » with 35 h recorded stored 30 h)
    (35.0, "de 30h à 35h"),
    (30.0, "de 28 à 30h"),
    # (near misses: a change to the hours recorded, times of day)
    (35.0, "passer de 30 à 35 heures"),
    (35.0, "horaires de 9h à 17h"),
])
def test_hours_said_to_the_recorded_ones_at_the_recap_keep_them(recorded: float, text: str) -> None:
    slots = {**completed_submission_slots(), "weekly_hours": recorded, "positions": 2.0}
    assert {**slots, **recap_turn(text, slots, "inform", [], NOW).updates}["weekly_hours"] in (recorded, None)


@pytest.mark.parametrize("text", ["de 2 à 3 postes", "passer de 2 à 3 postes", "on passe de 35 à 39 candidats"])
def test_counts_said_from_one_to_another_at_the_recap_are_no_hours(text: str) -> None:
    slots = {**completed_submission_slots(), "weekly_hours": 35.0, "positions": 2.0}
    assert "weekly_hours" not in recap_turn(text, slots, "inform", [], NOW).updates


def test_an_estimate_of_the_positions_at_the_recap_is_its_low_end_said() -> None:
    """« finalement 3 ou 4 postes » at the recap: the low end recorded and said, as the positions question does (twenty-fourth
    blind user test)."""
    slots = {**completed_submission_slots(), "positions": 2.0}
    read = recap_turn("finalement 3 ou 4 postes", slots, "inform", [], NOW)
    assert read.updates["positions"] == 3
    assert messages.POSITIONS_ESTIMATE.format(low=3, high=4) in " ".join(m.get("text") or "" for m in read.messages)


@pytest.mark.parametrize("recorded", ["cdi", "cdd", "apprentissage", "contrat_professionnalisation"])
@pytest.mark.parametrize("text", ["on sait toujours pas si c'est apprentissage ou pro", "on hésite encore entre apprentissage et contrat pro",
                                  "je sais toujours pas si apprentissage ou pro", "alternance à préciser", "en alternance, on sait pas encore lequel"])
def test_the_alternances_kind_said_undecided_at_the_recap_is_to_specify(recorded: str, text: str) -> None:
    """« on sait toujours pas si c'est apprentissage ou pro » at the recap set an apprenticeship; « alternance à préciser » over an
    apprenticeship kept it (review of the session on « à préciser »): « alternance, type à préciser », an alternance's length kept."""
    months = 8.0 if recorded == "cdd" else 24.0 if recorded != "cdi" else None
    slots = {**completed_submission_slots(), "contract_type": recorded, "contract_duration": months}
    changed = {**slots, **recap_turn(text, slots, "inform", [], NOW).updates}
    assert changed["contract_type"] == "alternance_a_preciser" and changed["eligibility"] == "eligible"
    assert changed["contract_duration"] == (24.0 if recorded in ("apprentissage", "contrat_professionnalisation") else None)
    assert submission_record(changed)["missing_fields"] == ["contract_type"]


@pytest.mark.parametrize("text", ["on sait toujours pas si c'est apprentissage ou pro", "le contrat c'est toujours à préciser",
                                  "toujours pas décidé pour le contrat", "alternance à préciser"])
def test_the_alternance_to_specify_said_again_at_the_recap_is_kept(text: str) -> None:
    """(It became an apprenticeship, leaving the fields to complete, or the contract was asked again: review of the session on « à
    préciser ».)"""
    slots = {**completed_submission_slots(), "contract_type": "alternance_a_preciser", "contract_duration": 24.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and {**slots, **read.updates}["contract_type"] == "alternance_a_preciser"
    assert read.updates.get(RECAP_STATE_SLOT) is None and {**slots, **read.updates}["contract_duration"] == 24.0


@pytest.mark.parametrize(("recorded", "text", "code"), [
    # near misses: a kind said, the undecided of something else, « à préciser » of a contract that is no alternance
    ("alternance_a_preciser", "le contrat c'est apprentissage", "apprentissage"),
    ("apprentissage", "le contrat c'est apprentissage", "apprentissage"),
    ("cdi", "je sais pas encore combien d'heures", "cdi"),
    ("apprentissage", "je sais pas encore combien d'heures", "apprentissage"),
    ("cdi", "le contrat c'est toujours à préciser", "cdi"),
])
def test_what_is_no_alternance_left_to_specify_at_the_recap(recorded: str, text: str, code: str) -> None:
    slots = {**completed_submission_slots(), "contract_type": recorded, "contract_duration": 24.0 if recorded != "cdi" else None}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert {**slots, **read.updates}.get("contract_type") == code


@pytest.mark.parametrize(("text", "code"), [("le dernier", "alternance_a_preciser"), ("le 3e", "alternance_a_preciser"),
                                            ("je sais pas, lequel vous conseillez ?", None), ("le cfa conseille le pro", "contrat_professionnalisation")])
def test_the_alternance_asked_back_at_the_recap_with_its_three_buttons(text: str, code: str | None) -> None:
    """(« le dernier » was the contract of professionalisation, a question « à préciser », the pro said with the CFA « à préciser »:
    review of the session on « à préciser ».)"""
    slots = {**completed_submission_slots(), "contract_type": "cdd", "contract_duration": 8.0, RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.get("contract_type") == code
    if code is None:
        assert [m["text"] for m in read.messages] == [messages.ALTERNANCE_DIFFERENCE, messages.ASK_ALTERNANCE]


@pytest.mark.parametrize(("text", "needs"), [
    # a category after a need is the need's (« remplacez la formation par CACES 1 et 3 » set 3 positions, the needs unchanged:
    # review of the session on « à préciser »)
    ("remplacez la formation par CACES 1 et 3", "CACES 1 et 3"),
    ("remplacez les besoins en formation par CACES 1 et 3", "CACES 1 et 3"),
    ("changez la formation pour CACES R489 cat 1, 3 et 5", "CACES R489 cat 1, 3 et 5"),
    ("la formation c'est CACES 1 et 3", "CACES 1 et 3"),
    ("besoins de formation : CACES 1 et 3", "CACES 1 et 3"),
    ("remplacez la formation par permis CE", "permis CE"),
    ("la formation c'est permis B et C", "permis B et C"),
])
def test_a_training_need_with_its_categories_at_the_recap_is_no_count(text: str, needs: str) -> None:
    slots = {**completed_submission_slots(), "positions": 2.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.get("training_needs") == needs and "positions" not in read.updates


@pytest.mark.parametrize(("text", "updates"), [
    # near misses: a count said as such beside the need
    ("la formation c'est CACES 3, et 3 postes", {"training_needs": "CACES 3", "positions": 3.0}),
    ("la formation c'est le CACES, et 3 postes", {"training_needs": "le CACES", "positions": 3.0}),
    # a bare figure after a need without a category of its own is a count (« la formation c'est HACCP, et 2 » became the need
    # « HACCP, et 2 », « formation CACES, et 3 » reopened the needs: review of the session's fixes)
    ("la formation c'est HACCP, et 2", {"training_needs": "HACCP", "positions": 2.0}),
    ("la formation c'est le permis, et 4", {"training_needs": "le permis", "positions": 4.0}),
    ("la formation c'est le CACES et 3", {"training_needs": "le CACES", "positions": 3.0}),
    ("formation CACES, et 3", {"positions": 3.0}),
    ("la formation c'est CACES R489, et 3", {"training_needs": "CACES R489", "positions": 3.0}),
    ("la formation c'est le permis B, et 3", {"training_needs": "le permis B", "positions": 3.0}),
])
def test_a_count_said_beside_a_training_need_at_the_recap(text: str, updates: dict) -> None:
    slots = {**completed_submission_slots(), "positions": 2.0}
    assert recap_turn(text, slots, "inform", [], NOW).updates.items() >= updates.items()


def test_an_alternances_kind_said_with_another_change_keeps_its_length() -> None:
    """(« le contrat c'est apprentissage, et 30h » over a contract of professionalisation of 2 years dropped the 2 years.)"""
    slots = {**completed_submission_slots(), "contract_type": "contrat_professionnalisation", "contract_duration": 24.0}
    changed = {**slots, **recap_turn("le contrat c'est apprentissage, et 30h", slots, "inform", [], NOW).updates}
    assert (changed["contract_type"], changed["contract_duration"], changed["weekly_hours"]) == ("apprentissage", 24.0, 30.0)


@pytest.mark.parametrize("recorded", ["apprentissage", "contrat_professionnalisation", "alternance_a_preciser"])
@pytest.mark.parametrize("text", ["en fait c'est en alternance", "c'est bien une alternance", "le contrat c'est une alternance"])
def test_an_alternance_said_again_at_the_recap_keeps_its_length(recorded: str, text: str) -> None:
    """(« C'est corrigé », the 2 years dropped: review of the session on « à préciser ».)"""
    slots = {**completed_submission_slots(), "contract_type": recorded, "contract_duration": 24.0}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert {**slots, **read.updates}["contract_duration"] == 24.0 and {**slots, **read.updates}["contract_type"] == recorded
    assert read.messages[0]["text"].startswith(messages.ALREADY_SO.split("{")[0])


@pytest.mark.parametrize(("text", "needs"), [
    # « C » of a licence was « c'est »: « la formation c'est permis C et CACES 3 » was the needs « et CACES 3 » (found talking to
    # make run); both needs are kept, the 3 is the CACES's category, no count
    ("la formation c'est permis C et CACES 3", "permis C et CACES 3"),
    ("formation : permis C et CACES 3", "permis C et CACES 3"),
    ("la formation c permis C et CACES 3", "permis C et CACES 3"),
    ("la formation c'est le permis c et le caces 3", "le permis c et le caces 3"),
    ("les besoins c'est permis C et caces 3 svp", "permis C et caces 3"),
    ("la formation c'est permis cat C et CACES 3", "permis cat C et CACES 3"),
    ("la formation c'est permis B/C et CACES 3", "permis B/C et CACES 3"),
    ("la formation c CACES 3 et permis C", "CACES 3 et permis C"),
    # « le C » (the licence, with its article) was « c'est » too: « la formation : le C et la FIMO » was the needs « et la FIMO »,
    # « la formation c'est le C » cleared the needs with « Je n'ai pas trouvé le besoin de formation » (review of the session's
    # fixes)
    ("la formation : le C et la FIMO", "le C et la FIMO"),
    ("la formation c'est le C", "le C"),
    ("la formation c le C", "le C"),
    ("la formation cest le C", "le C"),
    ("la formation c'est le C et la FIMO", "le C et la FIMO"),
    ("les besoins c le C et la fimo", "le C et la fimo"),
    ("formation : C et FIMO", "C et FIMO"),
    ("la formation c C et FIMO", "C et FIMO"),
    ("la formation c'est la FIMO et le C", "la FIMO et le C"),
])
def test_a_licence_s_letter_c_in_the_training_needs_at_the_recap(text: str, needs: str) -> None:
    slots = {**completed_submission_slots(), "positions": 2.0}
    updates = recap_turn(text, slots, "inform", [], NOW).updates
    assert updates.get("training_needs") == needs and "positions" not in updates, updates


@pytest.mark.parametrize("text", ["le contact c'est DUPONT Gwendal", "le contact c DUPONT Gwendal", "contact : DUPONT Gwendal",
                                  "la personne a contacter c'est DUPONT Gwendal", "le contact c'est plutôt DUPONT Gwendal"])
def test_a_contact_typed_surname_first_in_capitals_at_the_recap(text: str) -> None:
    """« le contact c'est DUPONT Gwendal » (found talking to make run): the name as the contact's question reads it, capitals as
    typed (the code keeps a name's case as typed), not a business."""
    slots = completed_submission_slots()
    assert recap_turn(text, slots, "inform", [], NOW).updates.get("contact_name") == "DUPONT Gwendal"


@pytest.mark.parametrize("text", ["le lieu c'est la Loire", "le lieu c'est Loire", "lieu : loire"])
def test_the_loire_alone_at_the_recap_is_not_the_commune_loire(text: str) -> None:
    """« Loire » alone was the commune Loiré (found talking to make run): never silently a commune; « Loiré » typed with its
    accent is it."""
    slots = completed_submission_slots()
    assert (recap_turn(text, slots, "inform", [], NOW).updates.get("work_location") or {}).get("commune") != "Loiré"
    assert recap_turn("le lieu c'est Loiré", slots, "inform", [], NOW).updates["work_location"]["commune"] == "Loiré"


_NEEDS_WITH_A_REMARK = {"start_date": "2027-01-01", "training_needs": "Je viens de l'indiquer : HACCP et hygiène en restauration collective."}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A correction in each sentence: each applied (only the needs changed, and lost « HACCP »: twenty-seventh blind user test).
        ("La date est erronée : j'avais indiqué le 2 mars 2027. Et retirez « Je viens de l'indiquer » des besoins.",
         {"start_date": "2027-03-02", "training_needs": "HACCP et hygiène en restauration collective."}),
        ("la date est fausse, c'est le 2 mars 2027. retirez je viens de l'indiquer des besoins svp. Merci",
         {"start_date": "2027-03-02", "training_needs": "HACCP et hygiène en restauration collective."}),
        ("la date c'est le 2 mars 2027. le telephone c'est 06 11 22 33 44", {"start_date": "2027-03-02", "contact_phone": "+33611223344"}),
        # … one sentence, one field: as before
        ("La date est erronée : j'avais indiqué le 2 mars 2027.", {"start_date": "2027-03-02"}),
        ("retirez « Je viens de l'indiquer » des besoins", {"training_needs": "HACCP et hygiène en restauration collective."}),
    ],
)
def test_corrections_said_in_sentences_of_their_own_are_all_applied(text: str, expected: dict) -> None:
    read = recap_turn(text, {**completed_submission_slots(), **_NEEDS_WITH_A_REMARK}, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and {k: read.updates.get(k) for k in expected} == expected, (read.updates, read.messages)
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert said.startswith("C'est corrigé.") and ".." not in said, said


def test_a_start_corrected_too_soon_with_another_field_gets_the_notice_warning() -> None:
    text = "La date est erronée : j'avais indiqué le 5 janvier 2027. Et retirez « Je viens de l'indiquer » des besoins."
    read = recap_turn(text, {**completed_submission_slots(), **_NEEDS_WITH_A_REMARK}, "inform", [], NOW)
    assert read.updates.get("start_date") == "2027-01-05"
    assert "au moins 2 à 3 mois" in " ".join(m.get("text") or "" for m in read.messages)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Twenty-ninth blind user test: the start went into the job (« Poste : prise de poste le 2 mai »).
        ("2 postes et une prise de poste le 2 mai", {"positions": 2, "start_date": "2027-05-02"}),
        ("4 postes et une embauche le 15 juin", {"positions": 4, "start_date": "2027-06-15"}),
        ("2 postes et une arrivée le 3 mai", {"positions": 2, "start_date": "2027-05-03"}),
        ("3 postes et la prise de fonction le 10 mai", {"positions": 3, "start_date": "2027-05-10"}),
        ("un seul poste, prise de poste le 2 mai", {"positions": 1, "start_date": "2027-05-02"}),
        ("finalement 2 postes et un démarrage début mai", {"positions": 2, "start_date": "2027-05-01"}),
    ],
)
def test_a_count_and_a_start_joined_by_et_are_both_corrected(text: str, expected: dict[str, object]) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == RECAP_CORRECT and read.updates == expected, (read.updates, read.messages)


@pytest.mark.parametrize("text", ["revoir le récapitulatif", "je voudrais revoir le résumé", "vous pouvez me remontrer le récap ?"])
def test_asking_to_see_the_recap_again_shows_it_quietly(text: str) -> None:
    """The reminder's button (twenty-ninth blind user test) and its words typed: the recap again, no failed answer."""
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert read.kind == RECAP_QUESTION and read.messages == [] and "submission_failures" not in read.updates


# --- thirtieth blind user test ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Pardon, il s'agit de 37h30, et non de 35 heures.", "c'est 37 h 30 et pas 35h", "la durée c'est 37,5 h, pas 35 heures",
     "les heures : 37h30"],
)
def test_hours_with_minutes_corrected_at_the_recap(text: str) -> None:
    """« …il s'agit de 37h30, et non de 35 heures. » stored 30 h (thirtieth blind user test)."""
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == RECAP_CORRECT and read.updates == {"weekly_hours": 37.5}, read


@pytest.mark.parametrize(
    "text",
    ["2 trucs faux : le poste c'est développeur full stack, et le candidat je n'en ai pas encore",
     "le poste c'est développeur full stack et le candidat on n'en a pas encore",
     "deux erreurs : le poste c'est développeur full stack, et pour le candidat on n'a personne pour l'instant"],
)
def test_the_job_and_no_candidate_yet_corrected_together(text: str) -> None:
    """The candidate was read into the job, and left unchanged (thirtieth blind user test)."""
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == RECAP_CORRECT, read
    assert read.updates.get("job_title") == "développeur full stack" and read.updates.get("candidate_status") == "a_identifier", read


@pytest.mark.parametrize("text", ["bon j'envoi", "jenvoie", "go on envoie", "vous pouvez envoyer", "ok j'envoi la demande"])
@pytest.mark.parametrize("intent", ["inform", "affirm", "nlu_fallback", "faq"])
def test_sending_in_everyday_words_sends(text: str, intent: str) -> None:
    """« bon j'envoi » (« j'envoie » misspelt) got an FAQ answer and the recap again (thirtieth blind user test)."""
    assert understand_recap(text, SLOTS, NOW).kind == RECAP_CONFIRM
    read = recap_turn(text, SLOTS, intent, [], NOW)
    assert read.updates.get(CONFIRM_SLOT) is True, read


@pytest.mark.parametrize(
    "text",
    ["le poste c'est agent d'entretien (pas 'd'un coup' lol)", "le poste c'est agent d'entretien (sans le « d'un coup »)",
     "poste : agent d'entretien d'un coup"],
)
def test_a_job_corrected_at_the_recap_without_remarks(text: str) -> None:
    """The job stored with its brackets and « lol » (thirtieth blind user test)."""
    read = understand_recap(text, {**SLOTS, "job_title": "agents d'entretien d'un coup"}, NOW)
    assert read.kind == RECAP_CORRECT and read.updates == {"job_title": "agent d'entretien"}, read


@pytest.mark.parametrize("text", ["non juste agent d'entretien", "non, juste agent d'entretien", "juste agent d'entretien svp"])
def test_the_job_just_corrected_corrected_again(text: str) -> None:
    """« non juste agent d'entretien » after a job corrected got « Quel champ souhaitez-vous corriger ? » (thirtieth blind user
    test): the job just discussed."""
    slots = {**SLOTS, "job_title": "agent d'entretien (pas 'd'un coup' lol)"}
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.get("job_title") == "agent d'entretien", read


@pytest.mark.parametrize("text", ["37h30 par semaine", "ce sera 37h30", "37 h 30 par semaine"])
def test_hours_with_minutes_alone_at_the_recap_are_the_hours(text: str) -> None:
    """« 37h30 par semaine » at the recap was not understood: its field was not found (talking to make run on 2026-12-03)."""
    read = understand_recap(text, {**SLOTS, "weekly_hours": 35.0})
    assert (read.kind, read.updates) == (RECAP_CORRECT, {"weekly_hours": 37.5})


# --- thirty-first blind user test ------------------------------------------------------------------------------------

SAINT_NAZAIRE = {"commune": "Saint-Nazaire", "postal_code": "44600", "department": "44"}
LES_SABLES = {"commune": "Les Sables-d'Olonne", "postal_code": "85100", "department": "85"}


@pytest.mark.parametrize(
    "text",
    ["attention c'est 3 postes à Saint-Nazaire, pas 6 (les 3 autres c'est aux Sables)",
     "c'est 3 postes à Saint-Nazaire pas 6, les 3 autres sont aux Sables",
     "3 postes à Saint-Nazaire, pas 6 : les autres seront sur l'autre site, aux Sables"],
)
def test_a_town_of_another_request_said_with_a_count_keeps_the_place(text: str) -> None:
    """« …3 postes à Saint-Nazaire, pas 6 (les 3 autres c'est aux Sables) » moved the place to Les Sables (thirty-first blind
    user test): the place said with the count is the one recorded; the other town is another request's."""
    read = recap_turn(text, {**SLOTS, "positions": 6.0, "work_location": SAINT_NAZAIRE}, "inform", [], NOW)
    assert read.updates.get("positions") == 3 and "work_location" not in read.updates, read
    assert not any(FIELD_LABELS["work_location"] in (m.get("text") or "") for m in read.messages), read


@pytest.mark.parametrize(
    "text",
    ["pour les besoins de formation, reprenez ceux de la demande de Saint-Nazaire svp",
     "pour la formation, mettez la même chose que pour la demande de Saint-Nazaire",
     "les besoins sont les mêmes que celle de Saint-Nazaire"],
)
def test_a_town_naming_another_request_is_no_new_place(text: str) -> None:
    """« …reprenez ceux de la demande de Saint-Nazaire » moved the place of the request for Les Sables to Saint-Nazaire
    (thirty-first blind user test)."""
    read = recap_turn(text, {**SLOTS, "work_location": LES_SABLES}, "inform", [], NOW)
    assert "work_location" not in read.updates, read
    assert not any(FIELD_LABELS["work_location"] in (m.get("text") or "") for m in read.messages), read


@pytest.mark.parametrize(
    ("text", "expected"),
    [("c'est 3 postes, et le lieu c'est Saint-Nazaire", {"positions": 3, "work_location": SAINT_NAZAIRE}),
     ("c'est à Saint-Nazaire pas à Cholet", {"work_location": SAINT_NAZAIRE})],
)
def test_a_town_said_for_this_request_still_moves_the_place(text: str, expected: dict) -> None:
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert {k: read.updates.get(k) for k in expected} == expected, read


@pytest.mark.parametrize(
    "text", ["en fait on sera plutôt sur 2 poseurs, et pas avant le 3 mai", "on sera plutôt sur 2 poseurs et pas avant le 3 mai"]
)
def test_a_count_of_the_job_and_a_start_not_before_at_the_recap(text: str) -> None:
    """« en fait on sera plutôt sur 2 poseurs, et pas avant le 3 mai » got « Quel champ souhaitez-vous corriger ? » (thirty-first
    blind user test)."""
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert read.updates.get("positions") == 2 and read.updates.get("start_date") == "2027-05-03", read
    assert "job_title" not in read.updates, read


@pytest.mark.parametrize("text", ["on sera 2 à suivre le dossier", "en fait on sera 2 à suivre le dossier"])
def test_people_following_the_file_are_no_count_of_positions(text: str) -> None:
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert "positions" not in read.updates, read


@pytest.mark.parametrize(
    "text",
    ["Pourriez-vous corriger la ligne « Candidat » ?", "Pourriez-vous corriger la ligne « Candidat » ? Merci.",
     "Bonjour. Pourriez-vous corriger la ligne « Candidat » ?", "Pouvez-vous modifier le candidat ? merci d'avance"],
)
def test_a_polite_request_to_correct_a_line_asks_its_new_value(text: str) -> None:
    """« Pourriez-vous corriger la ligne « Candidat » ? » got « Pour votre question, envoyez-la seule… » (thirty-first blind user
    test): a request to correct the line, read as « je veux corriger le candidat »."""
    read = recap_turn(text, SLOTS, "faq", [{"text": "FAQ"}], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get(RECAP_STATE_SLOT) == RECAP_CANDIDATE, read
    assert all(m.get("text") != RECAP_QUESTION_ALONE for m in read.messages), read


def test_a_polite_request_to_correct_a_line_with_its_value() -> None:
    read = recap_turn("Pourriez-vous corriger la ligne « Candidat » ? Il n'est finalement pas inscrit à France Travail.", SLOTS,
                      "inform", [], NOW)
    assert read.updates.get("candidate_status") == "non_inscrit", read
    assert all(m.get("text") != RECAP_QUESTION_ALONE for m in read.messages), read


@pytest.mark.parametrize("text", ["Pourriez-vous corriger la ligne « Téléphone » ? Merci.", "pouvez-vous changer le téléphone ?"])
def test_a_polite_request_to_correct_another_line_reopens_it(text: str) -> None:
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and "contact_phone" in read.updates and read.updates["contact_phone"] is None, read


def test_a_question_beside_a_correction_still_gets_the_note() -> None:
    # (counter-case: a true question beside the correction still asked to be sent alone)
    read = recap_turn("c'est 3 postes. Pourriez-vous me dire qui paie la formation ?", SLOTS, "inform", [], NOW)
    assert read.updates.get("positions") == 3 and read.messages[-1]["text"] == RECAP_QUESTION_ALONE, read

@pytest.mark.parametrize(
    "text",
    ["Les besoins de formation c'est pas mon nom ! habilitation électrique B1V BR, lecture de schémas",
     "les besoins de formation, c'est pas ça ! habilitation électrique B1V BR, lecture de schémas",
     "Les besoins de formation ce n'est pas un nom. habilitation électrique B1V BR, lecture de schémas"],
)
def test_a_value_rejected_then_a_stop_then_the_new_one(text: str) -> None:
    """« Les besoins de formation c'est pas mon nom ! habilitation électrique B1V BR… » stored « nom ! habilitation… »
    (thirty-first blind user test): the value rejected up to the stop is no part of the new one."""
    read = recap_turn(text, {**SLOTS, "training_needs": "Marco Rossi"}, "inform", [], NOW)
    assert read.updates.get("training_needs") == "habilitation électrique B1V BR, lecture de schémas", read


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [("les besoins de formation : habilitation électrique B1V BR", "training_needs", "habilitation électrique B1V BR"),
     ("le poste c'est pas agent de quai mais cariste", "job_title", "cariste")],
)
def test_a_value_rejected_then_a_stop_leaves_other_corrections_alone(text: str, field: str, value: str) -> None:
    read = recap_turn(text, SLOTS, "inform", [], NOW)
    assert read.updates.get(field) == value, read


# --- thirty-second blind user test ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "parfait. juste avant d'envoyer : les vendeuses seront payées pendant la formation ? c'est nous qui payons le salaire ?",
        "ok. une question avant de valider : la formation peut se faire en partie chez nous sur la presse ?",
        "c'est bon. Mais qui paie la formation ?",
        "oui. et ça démarre quand ?",
    ],
)
def test_a_yes_with_a_question_at_the_recap_sends_nothing(text: str) -> None:
    """« parfait. juste avant d'envoyer : les vendeuses seront payées pendant la formation ? » sent the request, the question
    unanswered (thirty-second blind user test): the question is answered, nothing is sent."""
    assert understand_recap(text, SLOTS, NOW).kind == RECAP_QUESTION


@pytest.mark.parametrize("text", ["parfait, envoyez", "oui c'est bon. merci !", "ok. vous pouvez envoyer."])
def test_a_yes_without_a_question_still_sends(text: str) -> None:
    assert understand_recap(text, SLOTS, NOW).kind == RECAP_CONFIRM


@pytest.mark.xfail(strict=True, reason="the recap still reads a count of candidates as the posts, and the contract in this message (left open)")
def test_the_contract_said_wrong_at_the_recap_is_set_and_a_count_of_candidates_is_no_count_of_posts() -> None:
    """« Le contrat est faux : … c'est un CDD de 8 mois chez nous. Et pour les candidats : 4 pas encore identifiés
    (préparateurs), 2 intérimaires identifiés (caristes). » kept the mission d'intérim and made 6 posts 2 (thirty-second blind
    user test)."""
    slots = {**completed_submission_slots(), "contract_type": "interim_mission", "contract_duration": 8.0, "positions": 6.0}
    text = ("Le contrat est faux : ce n'est pas une mission d'intérim, c'est un CDD de 8 mois chez nous. Et pour les candidats : "
            "4 pas encore identifiés (préparateurs), 2 intérimaires identifiés (caristes).")
    read = recap_turn(text, slots, "inform", [], NOW)
    assert read.updates.get("contract_type") == "cdd" and "positions" not in read.updates


@pytest.mark.parametrize("text", ["2 intérimaires identifiés", "deux intérimaires qui sont en mission chez nous"])
@pytest.mark.xfail(strict=True, reason="the recap still reads a count of temp workers as the posts (left open)")
def test_temp_workers_named_as_candidates_at_the_recap_change_neither_contract_nor_posts(text: str) -> None:
    read = recap_turn(text, {**completed_submission_slots(), "positions": 6.0}, "inform", [], NOW)
    assert "contract_type" not in read.updates and "positions" not in read.updates


def test_a_count_of_posts_at_the_recap_is_still_read() -> None:
    """(Counter-case: a count said of the posts.)"""
    read = recap_turn("2 postes", {**completed_submission_slots(), "positions": 6.0}, "inform", [], NOW)
    assert read.updates.get("positions") == 2


# --- thirty-third blind user test ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Attention, je n'ai jamais dit 24 h ! J'ai dit qu'on ne pouvait PAS monter à 24h, nos AVS font 20h.",
     "je n'ai jamais dit 24h, c'est 20h", "on ne peut pas monter à 24h, c'est 20h"],
)
def test_hours_never_said_and_the_real_ones_at_the_recap(text: str) -> None:
    """« Attention, je n'ai jamais dit 24 h ! J'ai dit qu'on ne pouvait PAS monter à 24h, nos AVS font 20h. » got « Je n'ai pas
    compris » (thirty-third blind user test): the hours read, 20 h, refused by the rules as when typed alone."""
    read = recap_turn(text, {**SLOTS, "weekly_hours": 24.0}, "inform", [], NOW)
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert read.kind == RECAP_CORRECT and read.updates.get("weekly_hours") in (None,) and "24 heures par semaine" in said, read
    alone = recap_turn("la durée hebdomadaire est fausse, c'est 20 heures", {**SLOTS, "weekly_hours": 24.0}, "inform", [], NOW)
    assert read.messages == alone.messages, (read.messages, alone.messages)


@pytest.mark.parametrize("intent", ["inform", "faq", "nlu_fallback"])
def test_fewer_hours_said_firmly_with_what_to_do_get_the_way_out(intent: str) -> None:
    """« on ne peut pas, c'est 20h maximum. Qu'est-ce que je fais alors ? » at the hours got the FAQ on the training's length
    (thirty-third blind user test): under 24 h the project is not eligible, and the way out (cancel, the contact form)."""
    slots = {**SLOTS, "weekly_hours": None}
    read = field_turn("on ne peut pas, c'est 20h maximum. Qu'est-ce que je fais alors ?", "weekly_hours", slots, intent,
                      [{"text": "Il n'y a pas de nombre d'heures minimum ou maximum"}])
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert not read.interruption and "weekly_hours" not in read.updates, read
    assert "la demande ne peut pas aboutir" in said and messages.CONTACT_FORM_URL in said, said


@pytest.mark.parametrize(
    ("text", "job"),
    [("Le poste n'est pas « Comme je vous le disais » ! C'est menuisier poseur.", "menuisier poseur"),
     ("Le poste n'est pas « Comme je vous le disais », c'est menuisier poseur", "menuisier poseur")],
)
def test_a_job_said_not_to_be_the_one_recorded_then_the_right_one(text: str, job: str) -> None:
    """« Le poste n'est pas « Comme je vous le disais » ! C'est menuisier poseur. » stored « n'est » (thirty-third blind user
    test)."""
    read = recap_turn(text, {**SLOTS, "job_title": "Comme je vous le disais"}, "inform", [], NOW)
    assert read.updates.get("job_title") == job, read


@pytest.mark.parametrize("text", ["c 28h pas 35 pour ce poste", "c'est 28h pas 35 pour ce poste", "28h et pas 35 pour ce poste"])
def test_hours_for_this_post_at_the_recap_leave_the_job(text: str) -> None:
    """« c 28h pas 35 pour ce poste » made the job « 28h pour ce poste » (thirty-third blind user test)."""
    read = recap_turn(text, {**SLOTS, "job_title": "rayonniste"}, "inform", [], NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("weekly_hours") == 28.0 and "job_title" not in read.updates, read


def test_a_count_and_a_start_said_with_a_wait_are_both_corrected() -> None:
    """« attendez, finalement ce sera 2 apprentis, et l'embauche plutot le 24 aout » reopened the date alone, the count left at
    1 (thirty-third blind user test)."""
    slots = {**SLOTS, "contract_type": "apprentissage", "positions": 1.0, "start_date": "2027-09-01"}
    read = recap_turn("attendez, finalement ce sera 2 apprentis, et l'embauche plutot le 24 aout", slots, "inform", [], NOW)
    assert read.updates.get("positions") == 2 and read.updates.get("start_date") == "2027-08-24", read


@pytest.mark.parametrize("text", ["c'est le 15 avril pas le 1er, je l'avais corrigé", "c'est le 15 avril pas le 1er"])
def test_a_day_said_instead_of_the_first_at_the_recap(text: str) -> None:
    """« c'est le 15 avril pas le 1er, je l'avais corrigé » got « Quel champ souhaitez-vous corriger ? » (thirty-third blind user
    test)."""
    read = recap_turn(text, {**SLOTS, "start_date": "2027-04-01"}, "inform", [], NOW)
    assert read.updates.get("start_date") == "2027-04-15", read


def test_contract_dates_corrected_in_the_check_are_the_start_of_the_request() -> None:
    """« pardon en fait ce serait du 15 avril au 31 août » at the check's candidate question changed the contract's length,
    the start stayed the 1st of April read from « d'avril a septembre » (thirty-third blind user test)."""
    opening = "bonjour camping a saint jean de monts, on recrute un agent d'entretien pour la saison, cdd saisonnier d'avril a septembre"
    memory = {"commune": "Saint-Jean-de-Monts", "department": "85", "postal_code": "85160", "said": opening, "job_title": "agent d'entretien",
              "answers": [{"asked": None, "text": opening},
                          {"asked": "candidate_status", "text": "pardon en fait ce serait du 15 avril au 31 août. pas encore de candidat"}]}
    assert memory_updates(memory, NOW.date())["start_date"] == "2027-04-15"
    # (counter-case: the candidate's past contract's dates are no start)
    memory["answers"][1]["text"] = "oui, il était en CDD chez nous du 15 avril au 31 août"
    assert memory_updates(memory, NOW.date())["start_date"] == "2027-04-01"


@pytest.mark.parametrize("text", [
    "Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans.",
    "c'est bon, envoyez. Je voudrais aussi faire une demande pour notre resto d'Angers",
])
def test_a_confirmation_then_the_wish_for_another_request_sends_this_one(text: str) -> None:
    """u36-06: « Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans. » got « Terminons d'abord cette
    demande » (thirty-sixth blind user test): confirmed, sent; the sending says how to start the next one."""
    result = recap_turn(text, SLOTS, "inform", [])
    assert result.updates.get(CONFIRM_SLOT) is True

# --- thirty-fifth and thirty-sixth blind user tests -----------------------------------------------------------------------


def test_a_complaint_on_the_training_s_length_with_the_needs_gets_its_answer() -> None:
    """u36-01: « Vous n'avez pas répondu sur la durée de la formation. Et je voulais dire le 2 mars 2027, … Concernant les
    besoins : … » was stored whole as the needs, the question dropped (thirty-sixth blind user test): the needs read after their
    label, the start corrected, the question on the training's length answered."""
    text = ("Vous n'avez pas répondu sur la durée de la formation. Et je voulais dire le 2 mars 2027, pas 2026, pardon. Concernant "
            "les besoins : maintenance électrique et mécanique de lignes automatisées, habilitation électrique B1V-BR, lecture de "
            "schémas pneumatiques.")
    read = field_turn(text, "training_needs", {**SLOTS, "training_needs": None, "start_date": "2027-02-03"}, "inform")
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert read.updates.get("start_date") == "2027-03-02", read
    assert str(read.updates.get("training_needs")).startswith("maintenance électrique"), read
    assert "400h" in said and "2 mars 2027" in said, said


def test_a_past_start_with_a_question_is_said_past() -> None:
    """u36-01: « Idéalement le 2 mars 2026, mais nous pouvons être souples. Combien de temps dure la formation en général ? … »
    became « J'ai noté un démarrage le 3 février 2027 » without a word on the past date (thirty-sixth blind user test)."""
    text = ("Idéalement le 2 mars 2026, mais nous pouvons être souples. Combien de temps dure la formation en général ? Il faudrait "
            "que nos recrues soient opérationnelles rapidement.")
    read = field_turn(text, "start_date", {**SLOTS, "start_date": None}, "inform")
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert "start_date" not in read.updates and "2 mars 2026 est déjà passé" in said, (read, said)


@pytest.mark.parametrize(
    "text",
    ["Le nom de l'entreprise est « Mécanique Choletaise de Précision », sans le mot société.",
     "le nom de l'entreprise c'est Mécanique Choletaise de Précision, sans le mot société",
     "l'entreprise c'est « Mécanique Choletaise de Précision »"],
)
def test_a_company_name_in_quotes_with_a_remark_is_the_name_alone(text: str) -> None:
    """u36-01: « Le nom de l'entreprise est « Mécanique Choletaise de Précision », sans le mot société. » stored the quotes and
    the remark (thirty-sixth blind user test)."""
    read = recap_turn(text, {**SLOTS, "company_name": "société Mécanique Choletaise de Précision (MCP)"}, "inform", [], NOW)
    assert read.updates.get("company_name") == "Mécanique Choletaise de Précision", read


@pytest.mark.parametrize(
    ("text", "added"),
    [("Notre trésorière vient de me communiquer le SIRET : 334 567 815 00017. Et j'ajoute aux besoins de formation : le module "
      "d'accompagnement de la vie à domicile et les gestes d'ergomotricité.",
      "le module d'accompagnement de la vie à domicile et les gestes d'ergomotricité"),
     ("j'ajoute aux besoins de formation : gestes d'ergomotricité", "gestes d'ergomotricité"),
     ("ajoutez aux besoins les gestes d'ergomotricité", "les gestes d'ergomotricité"),
     ("en plus dans les besoins de formation : gestes d'ergomotricité", "gestes d'ergomotricité"),
     ("et en plus comme besoin : gestes d'ergomotricité.", "gestes d'ergomotricité")],
)
def test_needs_added_at_the_recap_are_added(text: str, added: str) -> None:
    """u36-05: « … Et j'ajoute aux besoins de formation : … » replaced the needs (« DEAES » lost), and the confirmation ended
    with « .. » (thirty-sixth blind user test)."""
    read = recap_turn(text, {**SLOTS, "training_needs": "DEAES"}, "inform", [], NOW)
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert read.updates.get("training_needs") == f"DEAES ; {added}", read
    assert ".." not in said, said


def test_needs_replaced_at_the_recap_are_still_replaced() -> None:
    read = recap_turn("les besoins de formation c'est plutôt gestes d'ergomotricité", {**SLOTS, "training_needs": "DEAES"}, "inform", [], NOW)
    assert read.updates.get("training_needs") == "gestes d'ergomotricité", read


def test_a_job_said_not_the_same_then_the_right_one_at_the_recap() -> None:
    """u35-07: « le poste c pas pareil c aide a domicile ! » got « D'accord, corrigeons : Poste. » and the question again
    (thirty-fifth blind user test)."""
    read = recap_turn("le poste c pas pareil c aide a domicile !", {**SLOTS, "job_title": "pareil"}, "inform", [], NOW)
    assert read.updates.get("job_title") == "aide a domicile", read


def test_posts_for_this_request_and_another_request_for_the_other_contract() -> None:
    """u35-07: « bon alors mettez 2 postes sur celle ci, je ferai une autre demande pr les 2 cdd » made the contract a CDD
    (thirty-fifth blind user test): the 2 posts, the contract kept (the CDDs are for a later request)."""
    read = recap_turn("bon alors mettez 2 postes sur celle ci, je ferai une autre demande pr les 2 cdd",
                      {**SLOTS, "positions": 4.0}, "inform", [], NOW)
    assert read.updates.get("positions") == 2 and "contract_type" not in read.updates, read


@pytest.mark.parametrize(
    "text",
    ["attendez en fait sur les 4 y aura 2 cdi et 2 cdd de 8 mois, ca se met comment ?",
     "en fait sur les 4 il y aura 2 CDI et 2 CDD de 8 mois",
     "finalement 2 en cdi et 2 en cdd de 6 mois, on fait comment ?"],
)
def test_two_contracts_for_the_posts_at_the_recap_get_the_advice_to_split(text: str) -> None:
    """u35-07: « attendez en fait sur les 4 y aura 2 cdi et 2 cdd de 8 mois, ca se met comment ? » got « C'est déjà ce que j'ai
    noté : Contrat : CDI. » (thirty-fifth blind user test): one request per contract, nothing changed."""
    read = recap_turn(text, {**SLOTS, "positions": 4.0}, "inform", [], NOW)
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert messages.ONE_REQUEST_PER_CONTRACT.split("{")[0] in said, said
    assert not {"contract_type", "contract_duration", "positions"} & set(read.updates), read


def test_the_request_sent_keeps_its_answers_for_a_second_one() -> None:
    """u35-07: « pareil que l autre » at the start of a second request was not understood (thirty-fifth blind user test)."""
    from bot.submission.dialogue import previous_request
    from bot.submission.form_slots import SENT_ANSWERS

    kept = previous_request({**SLOTS, "positions": 4.0})[SENT_ANSWERS]
    assert (kept["job_title"], kept["start_date"], kept["positions"], kept["weekly_hours"]) == ("Menuisier poseur", "2027-04-01", 4.0, 35.0)


@pytest.mark.parametrize(("employer_type", "label"), [("prive", "Entreprise"), ("public", "Structure"), ("association", "Structure"), (None, "Entreprise")])
def test_the_label_of_the_employer_s_name_fits_its_type(employer_type: str | None, label: str) -> None:
    """u37-09: « Entreprise : OGEC École Sainte-Marie » for an association, « Entreprise : Mairie de … » for a town hall."""
    slots = {**completed_submission_slots(), "company_name": "Mairie de Laval", "employer_type": employer_type}
    shown = recap(slots)
    assert f"\n- {label} : Mairie de Laval" in shown["text"], shown["text"]
    assert any(b["title"] == messages.CORRECT_BUTTON_TITLE.format(label=label) for b in shown["buttons"])
    if label != "Entreprise":
        assert "Entreprise : " not in shown["text"]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("C'est une association loi 1901, pas une entreprise privée", "employer_type", "association"),
        ("nous sommes une association, pas une entreprise privée", "employer_type", "association"),
        ("Excusez-moi, mauvais SIRET : 215 300 609 00017", "siret", "21530060900017"),
        ("Excusez-moi, mauvais numéro : 215 300 609 00017", "siret", "21530060900017"),
        ("mauvais numéro de siret : 215 300 609 00017", "siret", "21530060900017"),
        ("mauvais numéro de siret, le bon : 215 300 609 00017", "siret", "21530060900017"),
    ],
)
def test_the_type_and_the_siret_corrected_in_a_sentence_at_the_recap(text: str, field: str, value: str) -> None:
    """u37-09, u37-04: the type said against the one recorded, a SIRET typed in groups after words."""
    read = understand_recap(text, {**completed_submission_slots(), "employer_type": "prive", "siret": "73282932000074"}, NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get(field) == value, (read.kind, read.updates, read.messages)

@pytest.mark.parametrize("text", ["C'est correct, j'envoie. Vous me direz quand j'aurai une réponse ?",
                                  "ok envoyez. on aura une réponse quand ?"])
def test_sending_with_a_question_about_the_answer_s_delay_sends(text: str) -> None:
    """u38-04: « C'est correct, j'envoie. Vous me direz quand j'aurai une réponse ? » was not understood, and got « Vérifier mon
    éligibilité » mid-recap (thirty-eighth blind user test): sent (the sending answers the question)."""
    assert recap_turn(text, SLOTS, "nlu_fallback", [{"text": "FAQ"}], NOW).updates.get(CONFIRM_SLOT) is True
    assert CONFIRM_SLOT not in recap_turn("Vous me direz quand j'aurai une réponse ?", SLOTS, "nlu_fallback", [], NOW).updates

@pytest.mark.parametrize(
    ("text", "slots", "updates"),
    [
        # thirty-seventh blind user test: « g dit 1 seule coiffeuse » got « Je n'ai pas compris »
        ("g dit 1 seule coiffeuse", {"positions": 2.0, "job_title": "coiffeuses"}, {"positions": 1}),
        ("j'ai dit 1 seule coiffeuse", {"positions": 2.0, "job_title": "coiffeuses"}, {"positions": 1}),
        ("Et je répète : 3 postes", {"positions": 2.0}, {"positions": 3}),
        # … the place in a sentence that names the posts too (only the count was read, already 5)
        ("Autre correction : finalement les 5 postes seront sur notre nouveau site de Laval (53), pas au Mans.",
         {"positions": 5.0, "work_location": {"commune": "Le Mans", "postal_code": "72000", "department": "72"}},
         {"work_location": {"commune": "Laval", "postal_code": "53000", "department": "53"}}),
        # … the count with the recorded job's word is no new job (« Poste : conducteurs seulement »)
        ("Changement de dernière minute : le patron veut commencer par 4 conducteurs seulement, en CDD de 4 mois pour tester, puis CDI.",
         {"positions": 6.0, "job_title": "Conducteur poids lourd"}, {"positions": 4, "contract_type": "cdd", "contract_duration": 4.0}),
    ],
)
def test_a_count_or_a_place_said_again_at_the_recap_is_corrected(text: str, slots: dict, updates: dict) -> None:
    result = understand_recap(text, {**SLOTS, **slots}, NOW)
    assert result.kind == RECAP_CORRECT, (text, result.kind, result.messages)
    assert {k: result.updates.get(k) for k in updates} == updates
    assert "job_title" not in result.updates


def test_a_field_asked_again_from_the_recap_keeps_a_count_corrected_before() -> None:
    """« c est 3 postes pas 2 » at the recap, then « Modifier : Poste » answered with the message that answered the job the
    first time, « 2 vendeuses en boulangerie et 1 aide boulanger », set the count back to 2 without a word (thirty-seventh blind
    user test, u37-01): the count corrected is kept, and said; a count said as a change still changes it."""
    from bot.submission.dialogue import field_turn

    slots = {**completed_submission_slots(), "positions": 2.0, "job_title": "vendeuses en boulangerie"}
    corrected = recap_turn("c est 3 postes pas 2 je vous l avais dit", slots, "inform", [], NOW)
    slots = {**slots, **corrected.updates}
    assert slots["positions"] == 3
    opened = recap_turn('/correct_field{"field": "job_title"}', slots, "correct_field", [], NOW)
    slots = {**slots, **opened.updates}
    # (« … et 1 aide boulanger » besides is two jobs, never one title since: the job alone with its old count here)
    again = field_turn("2 vendeuses en boulangerie", "job_title", slots, "inform")
    assert again.updates.get("job_title") and "positions" not in again.updates, again.updates
    said = " ".join(str(m.get("text") or "") for m in again.messages)
    assert "Nombre de postes : 3 postes" in said and "2 postes" not in said, said
    changed = field_turn("vendeuses, et finalement 2 postes pas 3", "job_title", slots, "inform")
    assert changed.updates.get("positions") == 2, changed.updates

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # u38-02: the date changed, « Pas de changement pour « Contact » », the company kept (thirty-eighth blind user test)
        ("Deux corrections : mettez plutôt le 1er avril 2027 comme date, pour être sûrs d'avoir le temps. Et le nom exact est "
         "« Mécaprécis Mayenne SAS », sans « société ».", {"start_date": "2027-04-01", "company_name": "Mécaprécis Mayenne SAS"}),
        ("le nom exact est « Mécaprécis Mayenne SAS », sans « société ».", {"company_name": "Mécaprécis Mayenne SAS"}),
        ("le nom exact est Mécaprécis Mayenne SAS", {"company_name": "Mécaprécis Mayenne SAS"}),
        # u37-03: « Entreprise : Amicale Laïque du Château, je l'avais corrigé » (thirty-seventh blind user test)
        ("Le nom c'est Amicale Laïque du Château, je l'avais corrigé ! Et la date c'est le 30 août 2027, pas le 1er septembre.",
         {"company_name": "Amicale Laïque du Château", "start_date": "2027-08-30"}),
        # u37-11: the remark about the conversation is no part of the job
        ("Poste : Conducteur poids lourd (permis C/CE), je vous l'avais dit au début", {"job_title": "Conducteur poids lourd"}),
    ],
)
def test_a_name_corrected_at_the_recap_without_its_remarks(text: str, expected: dict[str, object]) -> None:
    read = recap_turn(text, {**SLOTS, "company_name": "société Mécaprécis Mayenne SAS", "start_date": "2027-03-01"}, "inform", [], NOW)
    assert {k: read.updates.get(k) for k in expected} == expected, read
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert "Pas de changement" not in said and not read.updates.get(CONFIRM_SLOT), said


def test_the_exact_name_is_no_confirmation() -> None:
    """« le nom exact est … » at the recap sent the request (« exact » read as « c'est exact »)."""
    assert understand_recap("le nom exact est Mécaprécis Mayenne SAS", SLOTS, NOW).kind == RECAP_CORRECT


@pytest.mark.parametrize(
    "text",
    [
        # thirty-ninth blind user test (u39-04): the request was sent, the job not corrected
        "le poste c'est juste coffreur bancheur. sinon c'est bon",
        "le poste c'est coffreur bancheur, sinon c'est bon",
        "le poste c'est coffreur bancheur, le reste est bon",
        "le poste c'est coffreur bancheur, à part ça c'est bon vous pouvez envoyer",
    ],
)
def test_a_correction_then_all_is_fine_corrects_and_shows_the_recap_again(text: str) -> None:
    slots = {**SLOTS, "job_title": "coffreur bancheur comme je disais, sur des chantiers de logements collectifs, avec permis B obligatoire"}
    result = understand_recap(text, slots, NOW)
    assert result.kind == RECAP_CORRECT and result.updates == {"job_title": "coffreur bancheur"}, text
    turn = recap_turn(text, slots, "inform", [], NOW)
    assert turn.updates.get("job_title") == "coffreur bancheur"
    assert turn.updates.get(CONFIRM_SLOT) is not True


# A supposition at the recap or at a question of the request (forty-first blind user test, u41-10, u41-14, u41-11): « et si on
# fait plutot des CDD de 12 mois au depart, ca change quelque chose ? » changed the CDI into « CDD d'un an », « et si on mettait
# 28h au lieu de 35, ca passerait encore ? » the hours, « question : et si on passait a 20h par semaine, ce serait encore
# eligible ? » got « Je ne suis pas certain d'avoir bien compris ». Each gets the rules' verdict for the value supposed, as the
# check answers « et si je fais 6 mois au lieu de 5 ? », nothing changed, and how to keep it said.
_CDD_6 = {"contract_type": "cdd", "contract_duration": 6.0, "eligibility_reasons": ["cdd_au_moins_6_mois", "candidat_demandeur_emploi"]}
SUPPOSITIONS = [
    # (what is typed, the slots changed from SLOTS, the verdict, what the answer names)
    ("et si on fait plutot des CDD de 12 mois au depart, ca change quelque chose ?", {}, "eligible", "CDD d'un an"),
    ("et si on mettait 28h au lieu de 35, ca passerait encore ?", {}, "eligible", "28 h"),
    ("question : et si on passait a 20h par semaine, ce serait encore eligible ?", _CDD_6, "ineligible", "20 h"),
    ("et si on le prend en CDI directement, c'est mieux ?", _CDD_6, "eligible", "CDI"),
    ("si on passe a 30 heures ca passe toujours ?", {}, "eligible", "30 h"),
    ("est-ce qu'un CDD de 4 mois marcherait ?", {}, "derogation", "CDD de 4 mois"),
    ("Et si on faisait un CDD de 4 mois, il faudrait une dérogation ?", {}, "derogation", "CDD de 4 mois"),
    ("et si c'était un cdd de 5 mois ca changerait quoi", {}, "derogation", "CDD de 5 mois"),
    ("et si on fait 5 mois au lieu de 6 ?", _CDD_6, "derogation", "5 mois"),
    ("Et si on passait en stage, ce serait éligible ?", {}, "ineligible", "stage"),
]


def _said(turn: FieldUnderstanding) -> str:
    return " ".join(str(m.get("text") or "") for m in turn.messages)


@pytest.mark.parametrize(("text", "changed", "verdict", "named"), SUPPOSITIONS)
def test_a_supposition_at_the_recap_gets_the_rules_verdict_and_changes_nothing(text: str, changed: dict, verdict: str, named: str) -> None:
    from bot.submission.form_slots import FIELD_LABELS as LABELS

    slots = {**SLOTS, **changed}
    turn = recap_turn(text, slots, "inform", [], NOW)
    assert turn.kind == RECAP_QUESTION, (turn.kind, turn.updates, _said(turn))
    assert not {f for f in turn.updates if f in LABELS or f in ("contract_type", "contract_duration", "eligibility")}, turn.updates
    said = _said(turn)
    assert named in said, said
    expected = {"eligible": ("pas besoin de dérogation", "c'est suffisant"), "derogation": ("dérogation accordée au cas par cas",),
                "ineligible": ("ne serait pas éligible", "Ce n'est pas possible")}[verdict]
    assert any(e in said for e in expected), said
    if verdict != "ineligible":
        assert "dites-le-moi" in said, said  # how to keep it


def test_the_way_to_keep_a_supposition_corrects_the_recap() -> None:
    """The example the answer gives (« on part sur un CDD d'un an », « mettez 28 h ») corrects the field when typed."""
    for text, field, value in [("et si on fait plutot des CDD de 12 mois au depart, ca change quelque chose ?", "contract_duration", 12.0),
                               ("et si on mettait 28h au lieu de 35, ca passerait encore ?", "weekly_hours", 28.0)]:
        said = _said(recap_turn(text, SLOTS, "inform", [], NOW))
        example = re.search(r"« ([^»]+) »", said)
        assert example, said
        kept = recap_turn(example.group(1), SLOTS, "inform", [], NOW)
        assert kept.kind == RECAP_CORRECT and kept.updates.get(field) == value, (example.group(1), kept.updates)


@pytest.mark.parametrize(("text", "field", "value"), [
    ("mettez 28h", "weekly_hours", 28.0),
    ("plutôt 28h", "weekly_hours", 28.0),
    ("finalement CDD de 12 mois", "contract_duration", 12.0),
    ("on passe à 28h", "weekly_hours", 28.0),
    ("non en fait ce sera 30h par semaine", "weekly_hours", 30.0),
])
def test_a_plain_correction_still_corrects(text: str, field: str, value: float) -> None:
    turn = recap_turn(text, SLOTS, "inform", [], NOW)
    assert turn.kind == RECAP_CORRECT and turn.updates.get(field) == value, (turn.kind, turn.updates)


@pytest.mark.parametrize("asked", ["weekly_hours", "start_date", "positions", "training_needs", "job_title"])
@pytest.mark.parametrize(("text", "changed", "verdict", "named"), [s for s in SUPPOSITIONS if not s[1]][:4])
def test_a_supposition_at_a_question_of_the_request_gets_the_rules_verdict(asked: str, text: str, changed: dict, verdict: str, named: str) -> None:
    """The same at every question of the request: answered, nothing recorded, then the question again."""
    slots = {**SLOTS, asked: None, "requested_slot": asked}
    turn = field_turn(text, asked, slots, "inform")
    assert turn.kind == "question", (turn.kind, turn.updates, _said(turn))
    assert turn.updates.get(asked) is None and "contract_type" not in turn.updates and "weekly_hours" not in turn.updates, turn.updates
    assert named in _said(turn), _said(turn)


# forty-first blind user test (u41-08): « CDD saisonnier d'avril a septembre » gave the start « 1er avril 2027 »; « petite
# correction : le contrat irait du 15 avril au 30 septembre » at the recap changed the length, not the start.
_SEASONAL = {**SLOTS, "contract_type": "cdd_saisonnier", "contract_duration": 6.0, "start_date": "2027-04-01",
             "eligibility_reasons": ["cdd_au_moins_6_mois", "candidat_demandeur_emploi"]}


@pytest.mark.parametrize("text", [
    "petite correction : le contrat irait du 15 avril au 30 septembre",
    "en fait le contrat ira du 15 avril au 30 septembre",
    "correction, ce sera du 15 avril au 30 septembre",
])
def test_contract_dates_corrected_at_the_recap_set_the_length_and_the_start(text: str) -> None:
    turn = recap_turn(text, _SEASONAL, "inform", [], NOW)
    assert turn.updates.get("start_date") == "2027-04-15", turn.updates
    assert turn.updates.get("contract_duration") == 5.5 or 5.4 < float(turn.updates.get("contract_duration") or 0) < 5.6, turn.updates
    said = _said(turn)
    assert "15 avril 2027" in said and "5 mois et demi" in said, said


@pytest.mark.parametrize("text", [
    # u41-08: « Je n'ai pas reconnu de date dans votre réponse »
    "la date d'embauche n'est plus bonne du coup, je viens de vous dire le 15 avril",
    "la date n'est plus bonne, je vous l'ai dit : le 15 avril",
])
def test_a_date_said_again_inside_a_remark_is_read_at_the_recap(text: str) -> None:
    turn = recap_turn(text, _SEASONAL, "inform", [], NOW)
    assert turn.updates.get("start_date") == "2027-04-15", (turn.updates, _said(turn))


@pytest.mark.parametrize(("text", "field", "typed"), [
    # (forty-first blind user test: the same class as « et si on mettait 28h au lieu de 35, ca passerait encore ? », for answers no
    # rule reads; each was corrected)
    ("et si on embauchait plutot le 1er mars, ca passerait ?", "start_date", "2027-03-01"),
    ("et si on prenait 3 postes au lieu de 2, ca change quelque chose ?", "positions", 3),
])
def test_a_supposition_on_an_answer_no_rule_reads_changes_nothing(text: str, field: str, typed: object) -> None:
    slots = {**SLOTS, "positions": 2.0}
    turn = recap_turn(text, slots, "inform", [], NOW)
    assert turn.kind == RECAP_QUESTION and field not in turn.updates, (turn.kind, turn.updates)
    said = _said(turn)
    assert "ne change rien à l'éligibilité" in said, said
    example = re.search(r"« ([^»]+) »", said)
    assert example, said
    kept = recap_turn(example.group(1), slots, "inform", [], NOW)
    assert kept.updates.get(field) == typed, kept.updates
@pytest.mark.parametrize(
    "text",
    [
        # forty-second blind user test (u42-08): « Je n'ai pas reconnu de commune », then the place asked again
        "le lieu est faux, je vous ai dit Beaupreau",
        "le lieu est faux, je vous avais dit Beaupreau",
        "c'est faux, je vous ai dit Beaupréau",
        "c'est Beaupreau que je vous ai dit",
        "le lieu est pas bon, comme je vous l'ai dit c'est Beaupreau",
    ],
)
def test_a_place_said_to_have_been_said_is_read_at_the_recap(text: str) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert result.kind == RECAP_CORRECT and (result.updates.get("work_location") or {}).get("commune") == "Beaupréau", result


def test_a_count_said_again_at_the_recap_without_a_place_is_no_place() -> None:
    """(the value said after « je vous ai dit » is the field's own: « le nombre est faux, je vous ai dit 3 postes »)"""
    result = understand_recap("le nombre de postes est faux, je vous ai dit 3 postes", SLOTS, NOW)
    assert result.updates.get("positions") == 3 and "work_location" not in result.updates, result
@pytest.mark.parametrize("text", [
    "le candidat est aussi inscrite a france travail, vous pouvez l'ajouter ?",
    "elle est inscrite à France Travail aussi",
    "la candidate est demandeuse d'emploi, inscrite a pole emploi",
])
def test_the_registration_added_to_an_authorised_foreign_candidate_keeps_the_authorisation(text: str) -> None:
    """Forty-first blind user test (u41-15): « une jeune femme de nationalité marocaine, inscrite a France Travail, avec titre de
    sejour » was shown « Personne de nationalité étrangère avec autorisation de travail », then « le candidat est aussi inscrite a
    france travail, vous pouvez l'ajouter ? » made it « Demandeur d'emploi inscrit à France Travail », the authorisation lost.
    The rules' etranger_avec_autorisation is foreign, authorised and registered (data/eligibility/rules.yml): kept, and shown
    with both."""
    from bot.extractors.candidate import CANDIDATE_LABELS

    label = CANDIDATE_LABELS["etranger_avec_autorisation"]
    assert "autorisation de travail" in label and "inscrite à France Travail" in label
    result = recap_turn(text, {**SLOTS, "candidate_status": "etranger_avec_autorisation"}, "inform", [], NOW)
    assert result.updates.get("candidate_status", "etranger_avec_autorisation") == "etranger_avec_autorisation", result.updates
    said = " ".join(str(m.get("text")) for m in result.messages)
    assert label in said, said


# Forty-eighth blind user test (u48-04, u48-12): a candidate recorded foreign could not be made a French registered job seeker:
# « C'est déjà ce que j'ai noté : … nationalité étrangère » to a different value, the button's answer included.
@pytest.mark.parametrize("text, asked", [
    ("le poste c'est boulanger. et le candidat a change : c'est un francais inscrit a France Travail", False),
    ("le candidat est un demandeur d'emploi de nationalite francaise", False),
    ("c'est une francaise inscrite a pole emploi", False),
    ("une francaise inscrite a france travail", True),
    ("un demandeur d'emploi inscrit à France Travail", True),  # the button « Oui, un demandeur d'emploi inscrit à France Travail »
    ("Oui, un demandeur d'emploi inscrit à France Travail", True),  # its title typed
    ("elle n'est PAS etrangere, elle est francaise", True),
    ("elle n'est PAS etrangere, elle est francaise", False),
    ("il est francais en fait, inscrit a FT", False),
    ("c'est un autre candidat maintenant, inscrit a FT", False),
    ("je vous ai dit qu'on est un employeur public (mairie) ! et la candidate est francaise", False),  # (with another field)
])
def test_a_foreign_candidate_corrected_to_a_french_job_seeker_is_changed(text: str, asked: bool) -> None:
    slots = {**SLOTS, "candidate_status": "etranger_avec_autorisation", **({RECAP_STATE_SLOT: RECAP_CANDIDATE} if asked else {})}
    result = recap_turn(text, slots, "inform", [], NOW)
    said = " ".join(str(m.get("text")) for m in result.messages)
    assert result.updates.get("candidate_status") == "demandeur_emploi", (result.updates, said)
    assert "déjà ce que j'ai noté" not in said, said


def test_a_foreign_candidate_said_french_keeps_no_registration_not_said() -> None:
    """(the same test: a candidate without a work permit said French is not registered for all that: to check)"""
    slots = {**SLOTS, "candidate_status": "etranger_sans_autorisation"}
    result = recap_turn("non il est francais en fait", slots, "inform", [], NOW)
    assert result.updates.get("candidate_status") == "inscription_a_verifier", result.updates


def test_a_foreign_candidate_said_registered_and_authorised_is_shown_with_both() -> None:
    """The same test's first message, read by the check: the recap's label says the registration too."""
    from bot.eligibility.dialogue import understand_answer
    from bot.submission.recap import recap

    read = understand_answer("oui une jeune femme de nationalité marocaine, inscrite a France Travail, avec titre de sejour", "candidate_status",
                             {"contract_type": "contrat_professionnalisation", "contract_duration": 12.0, "department": "53"}, "affirm")
    assert read.updates.get("candidate_status") == "etranger_avec_autorisation", read.updates
    shown = recap({**SLOTS, "candidate_status": "etranger_avec_autorisation"})["text"]
    assert "Candidat : Personne de nationalité étrangère avec autorisation de travail, inscrite à France Travail" in shown, shown


# ---------------------------------------------------------------- forty-third blind user test (defect 3)
# « Et si … ? » at the recap: a supposition about a value the rules read gets their verdict even when the classifier is sure of
# an FAQ entry about something else (u43-04: « et si je le prends a 20h par semaine au debut, ca passe quand meme ? » got the
# 2–3-month lead time); the FAQ's answer comes first only when its entry is about the supposition's topic (the contract).
_CDD_12 = {"contract_type": "cdd", "contract_duration": 12.0, "eligibility_reasons": ["cdd_au_moins_6_mois", "candidat_demandeur_emploi"]}


def _faq_answer(entry_id: str) -> list:
    from bot.faq.entries import cached_faq

    entry = cached_faq().get(entry_id)
    assert entry is not None
    return [{"text": entry.answer_with_source}]


@pytest.mark.parametrize("text", [
    "et si je le prends a 20h par semaine au debut, ca passe quand meme ?",
    "et si au depart c'est 20h par semaine, ca passe ?",
    "et si on le met à 20 heures hebdo les premiers mois, c'est bon ?",
    "et si dans un premier temps c'est 20h/semaine ca passe quand meme",
])
def test_hours_supposed_at_first_get_the_rules_verdict_not_an_unrelated_faq_answer(text: str) -> None:
    delay = _faq_answer("delai_mise_en_place")
    turn = recap_turn(text, {**SLOTS, **_CDD_12}, "faq", delay, NOW)
    said = _said(turn)
    assert turn.kind == RECAP_QUESTION and "weekly_hours" not in turn.updates, (turn.kind, turn.updates)
    assert "Ce n'est pas possible avec 20 h" in said, said
    assert delay[0]["text"] not in said, said


def test_an_faq_answer_about_the_supposed_contract_still_comes_first() -> None:
    answer = _faq_answer("derogation_cdd")
    turn = recap_turn("et si on faisait un CDD de 4 mois, il faudrait une dérogation ?", SLOTS, "faq", answer, NOW)
    assert turn.messages[0] == answer[0] and "dérogation accordée au cas par cas" in _said(turn), _said(turn)


@pytest.mark.parametrize(("text", "field"), [
    # u43-02: « Quel champ souhaitez-vous corriger ? »
    ("et si on trouve pas 2 personnes, on peut en prendre qu'une seule ?", "positions"),
    ("et si on ne trouve qu'une personne ?", "positions"),
    ("et si on n'en recrute qu'un seul, ca change quelque chose ?", "positions"),
    ("et si on ne peut embaucher que le 1er mai, c'est grave ?", "start_date"),
])
def test_a_supposition_on_the_count_or_the_date_changes_nothing_for_the_eligibility(text: str, field: str) -> None:
    turn = recap_turn(text, SLOTS, "inform", [], NOW)
    said = _said(turn)
    assert turn.kind == RECAP_QUESTION and field not in turn.updates, (turn.kind, turn.updates, said)
    assert "ne change rien à l'éligibilité" in said, said


@pytest.mark.parametrize(("text", "changed"), [
    ("et si on fait un CDD de 12 mois, ca passe ?", _CDD_12),
    ("et si c'est un CDD d'un an, c'est bon ?", _CDD_12),
    ("et si on le met a 35h par semaine, ca passe ?", {}),
    ("et si on prend 3 postes, ca change quelque chose ?", {}),
])
def test_a_supposition_of_what_is_recorded_says_it_is_already_noted(text: str, changed: dict) -> None:
    turn = recap_turn(text, {**SLOTS, **changed}, "inform", [], NOW)
    said = _said(turn)
    assert turn.kind == RECAP_QUESTION and "C'est déjà ce que j'ai noté" in said, said
    assert "dites-le-moi" not in said, said


@pytest.mark.parametrize("text", [
    # u43-06: « Avec un contrat de 1 an, pas besoin de dérogation. Pour retenir cette durée, dites-le-moi (« on part sur 1 an ») »
    "et si on le titularise au bout d'un an, c'est un probleme ?",
    "et si on l'embauche en CDI apres 1 an, ca pose probleme ?",
    "et si on le garde au bout de 12 mois, ca change quelque chose ?",
    # u43-02: « Une fois votre demande envoyée, les services de la Région étudieront votre demande… »
    "et si le candidat abandonne pendant la formation, il se passe quoi ?",
    "et si elle demissionne avant la fin, il se passe quoi ?",
])
def test_a_supposition_the_rules_do_not_read_gets_no_verdict(text: str) -> None:
    turn = recap_turn(text, {**SLOTS, **_CDD_12}, "inform", [], NOW)
    said = _said(turn)
    assert turn.kind == RECAP_QUESTION and not {f for f in turn.updates if f != RECAP_STATE_SLOT}, (turn.kind, turn.updates, said)
    assert "dérogation" not in said and "dites-le-moi" not in said and "Une fois votre demande envoyée" not in said, said
    assert said == messages.OUT_OF_SCOPE["text"], said
@pytest.mark.parametrize(
    ("text", "job"),
    [
        # forty-third blind user test (u43-11): « C'est corrigé. Poste : aide a domicile ( ), et on envoie. »: the remark in
        # brackets left an empty bracket, and the order to send was kept in the job
        ("parfait, poste : aide a domicile (pas aides), et on envoie", "aide a domicile"),
        ("poste : aide a domicile (pas aides), on envoie", "aide a domicile"),
        ("poste : aide a domicile, et c'est bon", "aide a domicile"),
        ("le poste c'est aide a domicile ( ), vous pouvez envoyer", "aide a domicile"),
        ("poste : aide a domicile (sans s), et on envoie", "aide a domicile"),
    ],
)
def test_a_job_corrected_at_the_recap_without_an_order_to_send_nor_an_empty_bracket(text: str, job: str) -> None:
    slots = {**SLOTS, "job_title": "aides a domicile"}
    turn = recap_turn(text, slots, "inform", [], NOW)
    assert turn.updates.get("job_title") == job, turn.updates
    said = " ".join(m.get("text") or "" for m in turn.messages)
    assert "( )" not in said and "envoie" not in said, said


# « non on garde le cdd, c bon envoyez » after « et si on la prend en CDI ? » was answered got « C'est déjà ce que j'ai
# noté » and the recap again (talking to make run, session of 2026-12-03); « on garde comme ça » was not understood.
KEPT_AS_IS = [
    "on garde comme ça",
    "non on garde comme ca, envoyez",
    "on laisse comme ça",
    "on ne change rien",
    "on change rien, c'est bon",
    "ne changez rien",
    "gardez tout tel quel",
    "non on reste comme ça",
]


@pytest.mark.parametrize("text", KEPT_AS_IS)
def test_keeping_everything_as_it_is_sends(text: str) -> None:
    result = understand_recap(text, SLOTS, NOW)
    assert (result.kind, result.updates) == (RECAP_CONFIRM, {}), text


CDD_SLOTS = {**SLOTS, "contract_type": "cdd", "contract_duration": 12.0}


@pytest.mark.parametrize("text", [
    "non on garde le cdd, c bon envoyez",
    "on garde le CDD, envoyez",
    "bon ben on reste sur le CDD alors, vous pouvez envoyer",
    "non on reste en cdd de 12 mois, ok pour moi",
])
def test_the_recorded_value_kept_with_an_order_to_send_sends(text: str) -> None:
    result = understand_recap(text, CDD_SLOTS, NOW)
    assert result.kind == RECAP_CONFIRM, (text, result)


@pytest.mark.parametrize("text", [
    "non on garde le cdd",  # no order to send: said back, the recap asked again
    "on garde le cdd mais de 8 mois, envoyez",  # a change
    "on passe en CDI, envoyez",
    "et si on le prend en CDI, vous envoyez ?",
])
def test_a_value_kept_without_an_order_or_a_change_does_not_send(text: str) -> None:
    assert understand_recap(text, CDD_SLOTS, NOW).kind != RECAP_CONFIRM, text


# ---------------------------------------------------------------- forty-fourth blind user test

#: What the FAQ turn gives a message it cannot place: the ask-back with « Vérifier mon éligibilité », off-topic at a recap.
_NOT_UNDERSTOOD = [{"text": messages.SUGGEST_EMPTY_TEXT, "buttons": messages.HELP_BUTTONS}]


@pytest.mark.parametrize("text", [
    # forty-fourth blind user test, u44-08: both got « Pourriez-vous la reformuler ? » and « Vérifier mon éligibilité »
    "attendez je dois voir avec mon associe avant d'envoyer, je reviens demain ca reste enregistré ?",
    "je peux revenir plus tard pour confirmer ?",
    # the same asked otherwise (no accents, SMS style, a keeping asked of the assistant)
    "si je reviens demain c'est toujours enregistré ?",
    "on peut finir ca demain ?",
    "est ce que je pourrai valider la demande lundi ?",
    "vous gardez ma demande si je repasse plus tard ?",
    "c sauvegardé si je reviens ds 2 jours ?",
    "Ça restera enregistré jusqu'à demain ?",
])
def test_asking_whether_the_request_waits_for_later_is_a_hold(text: str) -> None:
    slots = completed_submission_slots()
    read = recap_turn(text, slots, "faq", _NOT_UNDERSTOOD, NOW)
    assert read.kind != "confirm" and not read.updates.get(CONFIRM_SLOT)
    assert not any(f in FIELD_LABELS for f in read.updates)
    said = [m["text"] for m in read.messages]
    assert said == [messages.RECAP_KEPT_FOR_LATER, messages.RECAP_HOLD_REMINDER]
    assert read.messages[1]["buttons"] == recap(slots)["buttons"] and read.updates[RECAP_STATE_SLOT] == RECAP_HELD


@pytest.mark.parametrize("text", [
    "combien de temps vous gardez mes données ?",  # the personal data's keeping: the FAQ's or the notice's answer
    "c'est enregistré où mes données ?",
    "on peut envoyer plus tard d'autres demandes ?",
])
def test_a_question_on_keeping_data_or_other_requests_is_no_hold(text: str) -> None:
    """(near misses)"""
    read = recap_turn(text, completed_submission_slots(), "faq", _NOT_UNDERSTOOD, NOW)
    assert messages.RECAP_KEPT_FOR_LATER not in [m.get("text") for m in read.messages]


@pytest.mark.parametrize(("text", "before", "field", "value"), [
    # forty-fifth blind user test (u45-02, u45-07): an order or courtesy around the value was stored with it (« Poste : macon VRD,
    # mettez Maçon VRD », « Entreprise : Sabolia Emballages, corrigez »)
    ("et le poste c'est macon VRD, mettez Maçon VRD svp", {"job_title": "macons"}, "job_title", "Maçon VRD"),
    ("le poste c'est macon VRD, ecrivez Maçon VRD merci", {"job_title": "macons"}, "job_title", "Maçon VRD"),
    ("l'entreprise c'est Sabolia Emballages, corrigez svp", {"company_name": "Sabolia"}, "company_name", "Sabolia Emballages"),
    ("l'entreprise c'est Sabolia Emballages, merci de corriger", {"company_name": "Sabolia"}, "company_name", "Sabolia Emballages"),
    ("le nom de l'entreprise c'est Sabolia Emballages, changez le svp", {"company_name": "Sabolia"}, "company_name", "Sabolia Emballages"),
    ("le poste c'est Maçon VRD, modifiez svp", {"job_title": "macons"}, "job_title", "Maçon VRD"),
    # (u45-12) a remark that there is a mistake after the new value got « D'accord, corrigeons : Entreprise », the name asked again
    ("la structure c'est le Centre hospitalier de Saint-Nazaire, il y a une erreur", {"company_name": "ah non attendez c'est 2 6 4 4"},
     "company_name", "Centre hospitalier de Saint-Nazaire"),
    ("l'entreprise c'est Sabolia Emballages, c'etait faux", {"company_name": "Sabolia"}, "company_name", "Sabolia Emballages"),
    # (u45-08) « le 3 fevrier c'est un peu juste, mettez debut mars » got « C'est déjà ce que j'ai noté : … 3 février 2027 »
    ("le 3 fevrier c'est un peu juste, mettez debut mars", {"start_date": "2027-02-03"}, "start_date", "2027-03-01"),
    ("le 3 fevrier c trop juste, plutot mi mars", {"start_date": "2027-02-03"}, "start_date", "2027-03-15"),
    ("la date c'est septembre 2027, pas dans 3 semaines", {"start_date": "2026-12-18"}, "start_date", "2027-09-01"),
])
def test_a_correction_at_the_recap_stores_the_value_without_the_words_around_it(
        text: str, before: dict[str, object], field: str, value: object) -> None:
    result = understand_recap(text, {**SLOTS, **before}, NOW)
    assert (result.kind, result.updates) == (RECAP_CORRECT, {field: value}), (text, result)
    assert not any("déjà ce que j'ai noté" in (m.get("text") or "") for m in result.messages), result.messages


def test_the_candidates_question_at_the_recap_offers_not_knowing_and_it_is_read() -> None:
    """Forty-fifth blind user test (u45-10): the candidate's correction prompt had no « je ne sais pas » button; the employer
    had to type « je ne sais pas s'il est inscrit a france travail ». Its payload is a registration to check."""
    from bot.submission.recap import recap

    button = next(b for b in recap(completed_submission_slots())["buttons"] if b["title"] == "Modifier : Candidat")
    asked = recap_turn(button["payload"], completed_submission_slots(), "correct_field", [], NOW)
    unsure = [b for b in asked.messages[0]["buttons"] if "sais pas" in b["title"]]
    assert len(unsure) == 1, asked.messages[0]["buttons"]
    slots = {**completed_submission_slots(), **asked.updates}
    read = recap_turn(unsure[0]["payload"], slots, "inform", [], NOW)
    assert read.updates.get("candidate_status") == "inscription_a_verifier", read.updates


@pytest.mark.parametrize("text", [
    "avant d'envoyer : est ce qu'on peut choisir nous meme l'organisme de formation ? on bosse deja avec l'AFPA",
    "est ce qu'on peut choisir nous meme l'organisme de formation ? on travaille deja avec le GRETA",
    "qui paie la formation du salarie ? on se posait la question avec mon associe",
])
def test_a_question_with_a_remark_after_it_at_the_recap_is_a_question(text: str) -> None:
    """Forty-fifth blind user test (u45-04): a question followed by a remark of context got « Je n'ai pas compris » at the recap;
    it answered only when reworded. Answered as the same question alone is, the recap kept."""
    read = recap_turn(text, completed_submission_slots(), "faq", [], NOW)
    assert read.kind == "question" and not {k for k in read.updates if k != "recap_state"}, (read.kind, read.updates)


def test_a_correction_with_a_question_at_the_recap_is_still_applied() -> None:
    """(Near miss: a correction beside the question is applied, the question sent alone.)"""
    read = recap_turn("le poste c'est cariste. et qui paie la formation ?", completed_submission_slots(), "inform", [], NOW)
    assert read.kind == "correct" and read.updates.get("job_title") == "cariste", (read.kind, read.updates)


@pytest.mark.parametrize("said", [
    "mettez plutot l'adresse generique finalement", "prenez l'autre adresse", "l'autre mail plutôt", "la 2e adresse",
    "finalement mettez la deuxième adresse svp", "plutot l adresse generique", "l'autre adresse mail svp", "mettez l'autre e-mail",
    "la seconde adresse", "prenez l'adresse contact finalement",
])
def test_the_other_address_offered_is_taken_at_the_recap(said: str) -> None:
    """Forty-fifth blind user test (u45-04): « Je retiens la première adresse … si c'est « contact@logisarthe.fr » qu'il faut
    garder, vous pourrez la corriger au récapitulatif », then « mettez plutot l'adresse generique finalement » got « Quel champ
    souhaitez-vous corriger ? »."""
    slots = {**completed_submission_slots(), "contact_email": None}
    read = field_turn("k.lebreton@logisarthe.fr ou sinon contact@logisarthe.fr", "contact_email", slots, "inform")
    assert read.updates.get("contact_email") == "k.lebreton@logisarthe.fr"
    at_recap = recap_turn(said, {**slots, **read.updates}, "inform", [], NOW)
    assert at_recap.kind == RECAP_CORRECT and at_recap.updates.get("contact_email") == "contact@logisarthe.fr", (at_recap.kind, at_recap.updates)
    # (said again, the first one comes back: the one left is kept as the other)
    again = recap_turn("prenez l'autre adresse", {**slots, **read.updates, **at_recap.updates}, "inform", [], NOW)
    assert again.updates.get("contact_email") == "k.lebreton@logisarthe.fr", (again.kind, again.updates)


def test_the_generic_address_asked_when_it_is_the_one_kept_changes_nothing() -> None:
    """(Near miss: the generic address offered first, kept: « mettez l'adresse générique » leaves it.)"""
    slots = {**completed_submission_slots(), "contact_email": None}
    read = field_turn("contact@logisarthe.fr ou sinon k.lebreton@logisarthe.fr", "contact_email", slots, "inform")
    at_recap = recap_turn("mettez l'adresse generique", {**slots, **read.updates}, "inform", [], NOW)
    assert at_recap.updates.get("contact_email", "contact@logisarthe.fr") == "contact@logisarthe.fr", (at_recap.kind, at_recap.updates)


def test_the_other_address_is_not_invented_when_only_one_was_given() -> None:
    """(Near miss: one address given, « l'autre adresse » at the recap takes none from nowhere.)"""
    slots = {**completed_submission_slots(), "contact_email": None}
    read = field_turn("k.lebreton@logisarthe.fr", "contact_email", slots, "inform")
    at_recap = recap_turn("prenez l'autre adresse", {**slots, **read.updates}, "inform", [], NOW)
    assert at_recap.updates.get("contact_email") in (None, "k.lebreton@logisarthe.fr"), (at_recap.kind, at_recap.updates)


_ONE_MECHANIC = {**completed_submission_slots(), "job_title": "mecanicien automobile", "positions": 1.0}
_ONE_PLUMBER = {**completed_submission_slots(), "job_title": "plombier", "positions": 1.0}


@pytest.mark.parametrize("state", [None, RECAP_HELD])
@pytest.mark.parametrize(("text", "slots", "changed"), [
    # forty-seventh blind user test (u47-12, after a hold: sent with 1 post; u47-15: « Quel champ souhaitez-vous corriger ? »)
    ("bonjour c'est bon mon associé est d'accord, on passe à 2 mécaniciens et vous pouvez envoyer", _ONE_MECHANIC, {"positions": 2}),
    ("finalement on passe à 2 plombiers et vous pouvez envoyer", _ONE_PLUMBER, {"positions": 2}),
    ("c bon on passe a 2 plombiers, envoyez svp", _ONE_PLUMBER, {"positions": 2}),
    ("mettez 3 plombiers et c'est bon vous pouvez transmettre", _ONE_PLUMBER, {"positions": 3}),
    ("ok mon associe a dit oui, on monte a 2 mecaniciens, vous pouvez valider", _ONE_MECHANIC, {"positions": 2}),
    ("on passe à 2 postes, envoyez", _ONE_PLUMBER, {"positions": 2}),
    # forty-seventh blind user test (u47-04, D6: the date lost, « Une fois votre demande envoyée… »)
    ("d'accord, alors la date c'est plutot le 15 avril, et ensuite vous pouvez envoyer", _ONE_PLUMBER, {"start_date": "2027-04-15"}),
    ("la date c'est le 15 avril et apres vous pouvez envoyer", _ONE_PLUMBER, {"start_date": "2027-04-15"}),
    ("ok donc le tel c'est le 0611223344 puis vous envoyez", _ONE_PLUMBER, {"contact_phone": "+33611223344"}),
    ("c'est bon pour moi, juste 28h au lieu de 35h, vous pouvez envoyer", _ONE_PLUMBER, {"weekly_hours": 28.0}),
])
def test_a_change_with_an_order_to_send_is_applied_and_not_sent(text: str, slots: dict, changed: dict, state: str | None) -> None:
    """A message that changes a field and orders to send applies the change and shows the recap again to confirm: never sent in
    that turn (forty-seventh blind user test, D2 and D6)."""
    read = recap_turn(text, {**slots, RECAP_STATE_SLOT: state}, "affirm", [], NOW)
    assert not read.updates.get(CONFIRM_SLOT) and read.kind == RECAP_CORRECT, (read.kind, read.updates, read.messages)
    assert {f: read.updates.get(f) for f in changed} == changed, read.updates
    assert read.messages[-1]["text"] == messages.CHANGED_NOT_SENT_YET
    assert recap_question({**slots, **read.updates}) == recap({**slots, **read.updates})


@pytest.mark.parametrize(("text", "slots"), [
    ("c'est bien 1 plombier, vous pouvez envoyer", _ONE_PLUMBER),
    ("la date c'est bien le 1er avril, envoyez", _ONE_PLUMBER),
    ("c'est bon mon associé est d'accord, vous pouvez envoyer", _ONE_MECHANIC),
])
def test_a_value_said_again_with_an_order_to_send_sends(text: str, slots: dict) -> None:
    """(near miss) The values noted, said again with the order: sent."""
    read = recap_turn(text, slots, "affirm", [], NOW)
    assert read.updates.get(CONFIRM_SLOT) is True, (read.kind, read.updates, read.messages)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Forty-eighth blind user test, u48-07: « … (ADM) et les candidates on les a deja » was stored as the structure's name.
        ("la structure c'est Aide a Domicile du Maine (ADM) et les candidates on les a deja, elles sont inscrites a France Travail",
         "Aide a Domicile du Maine (ADM)"),
        ("l'entreprise c'est Durand Travaux et le candidat on l'a trouvé, il est inscrit a France Travail", "Durand Travaux"),
    ],
)
def test_the_candidates_part_after_the_name_at_the_recap_is_not_part_of_it(text: str, name: str) -> None:
    result = recap_turn(text, {**SLOTS, "candidate_status": "a_identifier"}, "inform", [], NOW)
    assert (result.updates.get("company_name"), result.updates.get("candidate_status")) == (name, "demandeur_emploi"), result.messages


#: Forty-eighth blind user test, u48-06: « cdd 4 mois, surcroit d'activite pour une grosse commande » at the check's contract
#: question; the request went on in a CDD of 6 months, then « finalement on reste sur 4 mois » at the recap asked the reason
#: again, as if none had been given.
_REASON_SAID_AT_THE_CHECK = {"answers": [{"asked": "contract_type", "text": "cdd 4 mois, surcroit d'activite pour une grosse commande"}]}


def test_a_reason_said_earlier_is_taken_when_the_recap_makes_the_contract_a_derogation() -> None:
    slots = {**SLOTS, "contract_type": "cdd", "contract_duration": 6.0, "project_memory": _REASON_SAID_AT_THE_CHECK}
    result = recap_turn("finalement on reste sur 4 mois, la commande ne dure pas plus", slots, "inform", [], NOW)
    assert result.updates.get("eligibility") == "derogation"
    assert result.updates.get("derogation_justification") == "surcroit d'activite pour une grosse commande", result.messages
    assert "surcroit d'activite pour une grosse commande" in " ".join(m.get("text") or "" for m in result.messages)


def test_a_reason_said_earlier_fills_the_request_of_a_derogation() -> None:
    assert memory_updates(_REASON_SAID_AT_THE_CHECK).get("derogation_justification") == "surcroit d'activite pour une grosse commande"
    # (no reason in « cdd 4 mois, pour un cariste »)
    assert "derogation_justification" not in memory_updates({"answers": [{"asked": "contract_type", "text": "cdd 4 mois, pour un cariste"}]})


def test_an_e_mail_as_first_message_gives_its_structure() -> None:
    # Forty-eighth blind user test, u48-07: « Nous sommes l'association Aide a Domicile du Maine (ADM), SIRET … » in the e-mail
    # sent as the first message, the structure's name asked again (then stored as « dans le mail, Aide a Domicile du Maine »).
    said = ("Bonjour,\n\nSuite a notre echange telephonique avec France Travail, je souhaite faire une demande pour le dispositif.\n"
            "Nous sommes l'association Aide a Domicile du Maine (ADM), SIRET 51204278900002, basee au Mans (72000).\n"
            "Nous recrutons 3 auxiliaires de vie en CDI a 28h par semaine, pour un demarrage au 1er avril 2027.\n"
            "Les candidates sont inscrites a France Travail.\nMerci d'avance")
    assert memory_updates({"said": said}).get("company_name") == "Aide a Domicile du Maine (ADM)"
    # (a town after « à » is none of the name)
    assert memory_updates({"said": "on est l'entreprise Durand Travaux a Nantes, on recrute un cariste"}).get("company_name") == "Durand Travaux"


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        # Forty-eighth blind user test, u48-02: « Pas de changement pour « Besoins de formation » : je n'ai pas trouvé la nouvelle
        # valeur dans votre message. »: the needs right after « la formation », no « c'est » between.
        ("non l'entreprise c'est LOGIMAY SARL, le poste magasinier cariste et la formation CACES R489 cat 1 et 3 + gestion des stocks "
         "sur logiciel", "CACES R489 cat 1 et 3 + gestion des stocks sur logiciel"),
        ("l'entreprise c'est LOGIMAY SARL et la formation HACCP et hygiène", "HACCP et hygiène"),
    ],
)
def test_the_needs_right_after_their_label_at_the_recap(text: str, needs: str) -> None:
    result = recap_turn(text, SLOTS, "inform", [], NOW)
    assert result.updates.get("training_needs") == needs, result.messages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (forty-eighth blind user test, u48-05: « D'accord, corrigeons : Besoins de formation », the date left at the 3rd of
        # February without a word)
        ("la date plutot le 1er avril et enlevez le alors dans la formation",
         {"start_date": "2027-04-01", "training_needs": "a definir avec l'organisme"}),
        ("enlevez le alors dans la formation, et la date c'est le 1er avril",
         {"start_date": "2027-04-01", "training_needs": "a definir avec l'organisme"}),
        ("2 postes et retirez alors des besoins", {"positions": 2, "training_needs": "a definir avec l'organisme"}),
    ],
)
def test_a_word_taken_off_the_needs_and_another_field_in_one_message_are_both_applied(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "training_needs": "a definir avec l'organisme alors", "start_date": "2027-02-03"}
    read = understand_recap(text, slots, NOW)
    assert read.kind == "correct" and {k: read.updates.get(k) for k in expected} == expected, read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (forty-eighth blind user test, u48-11: after Vitré refused, « Merci de préciser la commune du poste en Mayenne », the
        # count forgotten)
        ("bon on garde Mayenne alors, et on passe a 2 commis", {"work_location": {"commune": "Mayenne", "postal_code": "53100", "department": "53"}, "positions": 2}),
        ("on reste a Mayenne", {"work_location": {"commune": "Mayenne", "postal_code": "53100", "department": "53"}}),
        ("ok gardez Laval finalement, et on monte a 3 commis", {"work_location": {"commune": "Laval", "postal_code": "53000", "department": "53"}, "positions": 3}),
    ],
)
def test_a_place_kept_with_a_new_count_at_the_place_question_keeps_both(text: str, expected: dict[str, object]) -> None:
    slots = {**SLOTS, "work_location": None, "positions": 1.0, "job_title": "commis de cuisine"}
    read = field_turn(text, "work_location", slots, None)
    assert {k: read.updates.get(k) for k in expected} == expected, (read.kind, read.updates, read.messages)


def test_a_new_count_said_with_a_verb_of_change_at_the_recap_is_applied() -> None:
    """« on passe a 2 commis » at the recap was not understood (forty-eighth blind user test, u48-11)."""
    slots = {**SLOTS, "positions": 1.0, "job_title": "commis de cuisine"}
    for text, count in (("on passe a 2 commis", 2), ("finalement on passe à 3 postes", 3), ("on monte a 2 commis", 2)):
        read = understand_recap(text, slots, NOW)
        assert read.kind == "correct" and read.updates.get("positions") == count, (text, read)


@pytest.mark.parametrize("intent", ["inform", "faq", "nlu_fallback"])
@pytest.mark.parametrize("text", [
    "et si je peux pas ? qu'est ce que je peux faire alors",
    "on peut pas, alors qu'est ce que je fais ?",
    "on ne pourra pas monter plus, que faire ?",
    "c'est impossible pour nous, quelles solutions ?",
])
def test_hours_that_cannot_be_raised_with_what_to_do_get_the_way_out(intent: str, text: str) -> None:
    """« et si je peux pas ? qu'est ce que je peux faire alors », « on peut pas, alors qu'est ce que je fais ? » at the hours, after
    hours under 24 h were refused, got « Je ne suis pas certain d'avoir bien compris » and FAQ suggestions on other things
    (forty-eighth blind user test, u48-01 and u48-08): the rule, what can be done, and the way out (cancel, the contact form)."""
    from bot.submission.form_slots import ATTEMPTS_SLOT

    slots = {**SLOTS, "weekly_hours": None, ATTEMPTS_SLOT: 1.0}
    read = field_turn(text, "weekly_hours", slots, intent, [{"text": "Il n'y a pas de nombre d'heures minimum ou maximum"}])
    said = " ".join(m.get("text") or "" for m in read.messages)
    assert not read.interruption and "weekly_hours" not in read.updates, read
    assert "24 heures par semaine" in said and "la demande ne peut pas aboutir" in said and messages.CONTACT_FORM_URL in said, said
    assert "Ce que vous pouvez faire" in said, said
    # (near miss: before any hours were refused, a question of the employer's is theirs)
    first = field_turn("qu'est ce que je peux faire comme formation ?", "weekly_hours", {**SLOTS, "weekly_hours": None}, intent, [])
    assert "la demande ne peut pas aboutir" not in " ".join(m.get("text") or "" for m in first.messages)


@pytest.mark.parametrize("text", [
    "elle dit qu'elle s'est desinscrite le mois dernier, ca change quoi ?",
    "il s'est désinscrit de pole emploi, ça change quelque chose ?",
    "la candidate n'est plus inscrite depuis mars, ca change quoi",
])
def test_a_candidate_no_longer_registered_told_with_what_it_changes_is_applied(text: str) -> None:
    """Fifty-second blind user test (u52-14): « elle dit qu'elle s'est desinscrite le mois dernier, ca change quoi ? » at the recap
    got « je n'ai pas de réponse », the recap kept « Demandeur d'emploi inscrit »: the not-registered status with its verdict, as
    « elle n'est plus inscrite a france travail » already gets."""
    result = recap_turn(text, {**SLOTS, "candidate_status": "demandeur_emploi"}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == "non_inscrit", result.messages
    assert result.updates.get("eligibility") == "ineligible"


def test_a_registration_supposed_with_what_it_changes_stays_a_question() -> None:
    """« et si elle se désinscrit, ça change quoi ? » supposes it: nothing changes, the FAQ's question."""
    result = understand_recap("et si elle se desinscrit, ca change quoi ?", {**SLOTS, "candidate_status": "demandeur_emploi"}, NOW)
    assert result.kind == RECAP_QUESTION and not result.updates


@pytest.mark.parametrize("text", [
    "elle va se reinscrire demain",
    "elle va s'inscrire",
    "il va se réinscrire a france travail la semaine prochaine",
    "ok il s'inscrira avant la formation",
])
def test_a_registration_to_come_at_the_recap_is_to_check(text: str) -> None:
    """Fifty-second blind user test (u52-14): after « elle n'est plus inscrite », « elle va se reinscrire demain » got « Je n'ai pas
    compris » and « elle va s'inscrire » how to send as is, though the check itself suggests typing « il va s'inscrire »: the
    registration to check."""
    result = recap_turn(text, {**SLOTS, "candidate_status": "non_inscrit", "eligibility": "ineligible"}, "inform", [], NOW)
    assert result.updates.get("candidate_status") == "inscription_a_verifier", result.messages


#: A yes followed by a doubt at the recap sent the request (fifty-second blind user test, u52-15 and u52-16: « je crois que
#: c'est bon mais je suis pas sur », « c'est bon je pense, mais je suis pas certain pour la date »), and others of the class.
DOUBTED_YES = [
    ("je crois que c'est bon mais je suis pas sur", None),
    ("c'est bon je pense, mais je suis pas certain pour la date", "start_date"),
    ("oui mais je suis pas sûr pour le SIRET", "siret"),
    ("oui je pense mais j'hésite encore", None),
    ("normalement oui mais je dois vérifier", None),
    ("ok c bon jcrois mais pas sure du nombre de postes", "positions"),
    ("c'est bon, enfin je suis pas trop sûr", None),
    ("oui c bon je pense mais pas certaine pour le mail", "contact_email"),
    ("c'est bon je crois, mais je sais pas pour les besoins", "training_needs"),
    ("oui a priori, mais je ne suis pas convaincu pour la date", "start_date"),
]


@pytest.mark.parametrize(("text", "field"), DOUBTED_YES)
def test_a_yes_followed_by_a_doubt_sends_nothing_and_offers_the_field_doubted(text: str, field: str | None) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind != RECAP_CONFIRM and read.held and not read.updates, text
    result = recap_turn(text, completed_submission_slots(), "affirm", [])
    assert not result.updates.get(CONFIRM_SLOT), text
    said = " ".join(str(m.get("text") or "") for m in result.messages)
    if field is not None:
        assert FIELD_LABELS[field].lower() in said.lower(), (text, said)


@pytest.mark.parametrize("text", [
    # an order to send, or a hedge with no doubt, still sends (decided with the fifty-second blind user test's fix)
    "oui c'est bon, envoyez", "je pense que c'est bon, envoyez", "c'est bon je crois", "oui je pense",
    "je suis pas sûr de tout mais envoyez", "ok c'est bon, pas de souci",
])
def test_a_hedged_yes_with_no_doubt_or_with_an_order_to_send_sends(text: str) -> None:
    assert understand_recap(text, SLOTS, NOW).kind == RECAP_CONFIRM, text


@pytest.mark.parametrize(("text", "needs"), [
    # fifty-second blind user test (u52-01): « soudure TIG et » was lost
    ("ah attendez, enlevez le voila re dans les besoins, c'est juste soudure TIG et MIG, lecture de plans", "soudure TIG et MIG, lecture de plans"),
    ("retirez le il dit des besoins : juste soudure cuivre, pompes a chaleur", "soudure cuivre, pompes a chaleur"),
])
def test_what_the_needs_are_only_after_what_to_take_out_is_the_needs(text: str, needs: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.kind == RECAP_CORRECT and read.updates == {"training_needs": needs}, read


@pytest.mark.parametrize("text", [
    # fifty-second blind user test (u52-07): the needs were replaced by « ajoutez gestes et postures… »
    "il manque des choses dans les besoins : ajoutez gestes et postures et premiers secours (SST)",
    "il manque quelque chose aux besoins, rajoutez gestes et postures et premiers secours (SST)",
])
def test_something_missing_in_the_needs_is_added_to_them(text: str) -> None:
    read = understand_recap(text, SLOTS, NOW)
    assert read.updates == {"training_needs": f"{SLOTS['training_needs']} ; gestes et postures et premiers secours (SST)"}, read


@pytest.mark.parametrize("intent", [None, "affirm"])
@pytest.mark.parametrize("text", [
    # (fiftieth blind user test, u50-11, u50-12, u50-13: each sent the request)
    "je dois valider avec mon chef, je reviens plus tard",
    "je dois valider avec mon associé, je reviens plus tard",
    "faut que je fasse valider par mon patron avant",
    # (other phrasings of an approval still to get, by someone else or later)
    "je dois le faire valider par ma direction",
    "il faut que mon chef valide",
    "je valide avec mon associé et je reviens",
    "je vais valider ça avec RH demain",
    "on validera ensemble",
    "attendez que je valide avec le gérant",
    "jdois faire valider par ma responsable",
    "ma directrice doit valider",
    "je valide demain avec mon boss",
    "c'est bon mais faut que le gérant valide avant",
])
def test_an_approval_still_to_get_is_no_confirmation(intent: str | None, text: str) -> None:
    """« valider » read as the confirmation where the sentence says that someone else must approve first, or later: the
    request was sent (fiftieth blind user test). Nothing is sent, every value kept, as for « plus tard »."""
    read = recap_turn(text, completed_submission_slots(), intent, [], NOW)
    assert read.kind != RECAP_CONFIRM and not read.updates.get(CONFIRM_SLOT), read
    assert not any(f in FIELD_LABELS for f in read.updates), read
    assert read.messages[0]["text"] == messages.RECAP_ON_HOLD, read


@pytest.mark.parametrize("text", ["validé", "je valide", "c'est validé, envoyez", "tout est bon, mon patron a validé",
                                  "c'est validé par mon patron, vous pouvez envoyer", "j'ai fait valider par ma direction, c'est bon",
                                  "je valide, merci", "mon associé a validé, on envoie"])
def test_an_approval_given_still_sends(text: str) -> None:
    """(near miss of the approval still to get: fiftieth blind user test)"""
    read = recap_turn(text, completed_submission_slots(), None, [], NOW)
    assert read.kind == RECAP_CONFIRM and read.updates.get(CONFIRM_SLOT) is True, read


def test_the_postcode_typed_with_the_town_is_kept() -> None:
    """« garage dupont a angers 49000 » gave « Angers (49100) » in the recap (fiftieth blind user test, u50-02): the postcode
    typed is kept; a town said alone still gets its postcode, as « Nantes » gets 44000."""
    from bot.submission.dialogue import memory_updates

    typed = memory_updates({"commune": "Angers", "department": "49", "postal_code": "49000", "said": "garage dupont a angers 49000"})
    assert typed["work_location"] == {"commune": "Angers", "postal_code": "49000", "department": "49"}
    alone = memory_updates({"commune": "Angers", "department": "49", "said": "garage a angers"})
    assert alone["work_location"]["commune"] == "Angers" and alone["work_location"]["postal_code"]
    assert memory_updates({"commune": "Nantes", "department": "44", "said": "a nantes"})["work_location"]["postal_code"] == "44000"


@pytest.mark.parametrize("text", ["le code postal c 49000 pas 49100", "cp 49000", "c'est 49000 le code postal", "non le code postal est 49000"])
def test_a_postcode_of_the_town_noted_corrects_it_at_the_recap(text: str) -> None:
    """« le code postal c 49000 pas 49100 » asked « Quelle est la commune du poste ? » (49000 is Angers' and Écouflant's), then
    « angers » gave 49100 again (fiftieth blind user test, u50-02): a postcode of the town noted corrects its postcode."""
    slots = {**completed_submission_slots(), "work_location": {"commune": "Angers", "postal_code": "49100", "department": "49"}}
    read = understand_recap(text, slots, NOW)
    assert read.kind == RECAP_CORRECT and read.updates.get("work_location") == {"commune": "Angers", "postal_code": "49000", "department": "49"}, read


def test_contract_dates_corrected_after_the_check_s_verdict_are_the_start_of_the_request() -> None:
    """u51-07 (fifty-first blind user test): « ah attendez, mon gerant me dit que ce sera plutot du 15 avril au 15 septembre » after
    the check's verdict on « contrat saisonnier d'avril a septembre » changed the length to 5 months, the request's start stayed
    the 1st of April. Through the check's reading of a message after its verdict, kept in its memory."""
    from bot.eligibility.dialogue import MEMORY_SLOT, VERDICT_SLOT, correction_after_verdict

    opening = "bonjour, camping a saint jean de monts, on cherche a recruter pour la saison un agent d'entretien piscine, contrat saisonnier d'avril a septembre"
    memory = {"commune": "Saint-Jean-de-Monts", "department": "85", "postal_code": "85160", "said": opening, "job_title": "agent d'entretien piscine",
              "answers": [{"asked": None, "text": opening},
                          {"asked": "candidate_status", "text": "la personne n'est pas encore inscrite a france travail mais elle va le faire la semaine prochaine"}]}
    slots = {"contract_type": "cdd_saisonnier", "contract_duration": 6.0, "department": "85", "candidate_status": "inscription_a_verifier",
             VERDICT_SLOT: "eligible", MEMORY_SLOT: memory}
    read = correction_after_verdict("ah attendez, mon gerant me dit que ce sera plutot du 15 avril au 15 septembre", slots)
    assert read is not None and read.updates.get("contract_duration") == 5.0, read
    assert memory_updates(read.updates.get(MEMORY_SLOT) or memory, NOW.date())["start_date"] == "2027-04-15"
