"""What the request says to answers of the forty-sixth blind user test typed for another field, or for none: impatience, the
job at the company's question, the needs at the consent, a job after an invalid SIRET, a SIRET at the count, no e-mail but a
call back, a pasted e-mail's needs and signature. The readings themselves are in tests/data/answers/request.yml."""

from __future__ import annotations

import datetime as dt

import pytest
from samples import ELIGIBLE_SLOTS

from bot.dialogue import messages as msg
from bot.eligibility.dialogue import MEMORY_SLOT
from bot.submission.dialogue import field_turn, said_in_the_project
from bot.submission.form_slots import CONSENT_SLOT
from bot.submission.questions import question, required_slots

_CONSENTED = {**ELIGIBLE_SLOTS, CONSENT_SLOT: "2026-11-27T10:00:00+00:00"}


@pytest.mark.parametrize(("field", "text"), [
    ("company_name", "vite svp j'ai pas que ca a faire"),  # u46-01
    ("company_name", "jai pas que sa a faire, depechez vous"),
    ("contact_name", "j'ai pas toute la journée !!"),
    ("siret", "allez vite j'ai pas le temps"),
])
def test_impatience_says_how_many_questions_remain_and_stores_nothing(field: str, text: str) -> None:
    """« vite svp j'ai pas que ca a faire » at « Quel est le nom de votre entreprise ? » was stored as its name and reached the recap
    (forty-sixth blind user test, u46-01): how many questions remain, this one included; nothing stored, not counted."""
    slots = {**(_CONSENTED if field == "contact_name" else ELIGIBLE_SLOTS), field: None}
    left = len([n for n in required_slots(slots) if slots.get(n) is None])
    read = field_turn(text, field, slots, "inform")
    assert [m["text"] for m in read.messages] == [msg.QUESTIONS_LEFT.format(questions=msg.SOME_QUESTIONS.format(count=left))]
    assert field not in read.updates and "submission_failures" not in read.updates


def test_the_job_typed_as_the_company_is_asked_once_then_taken() -> None:
    """u46-04: « aide a domicile », the job noted, was stored as the structure's name: asked first, said again it is the name."""
    slots = {**ELIGIBLE_SLOTS, "job_title": "aide a domicile", "company_name": None}
    first = field_turn("aide a domicile", "company_name", slots, "inform")
    assert "company_name" not in first.updates
    assert [m["text"] for m in first.messages] == [msg.SAME_AS_ANOTHER_FIELD.format(value="aide a domicile", label="Poste")]
    again = field_turn("aide a domicile", "company_name", {**slots, **first.updates}, "inform")
    assert again.updates["company_name"] == "aide a domicile" and again.updates[MEMORY_SLOT] == {}


def test_the_name_after_the_employer_s_kind_corrects_a_name_that_was_the_job() -> None:
    """u46-04: « on est une asso, ADMR du bocage » at the SIRET got « C'est déjà ce que j'ai noté : Type d'employeur », the name lost."""
    slots = {**ELIGIBLE_SLOTS, "job_title": "aide a domicile", "company_name": "aide a domicile", "siret": None}
    read = field_turn("on est une asso, ADMR du bocage", "siret", slots, "inform")
    assert read.updates["company_name"] == "ADMR du bocage"
    assert [m["text"] for m in read.messages] == [msg.CORRECTED_FIELDS.format(changes="Entreprise : ADMR du bocage")]


def test_needs_typed_at_the_consent_are_added_and_said() -> None:
    """u46-04: « aide a la toilette, transferts, alzheimer » at the consent got « Répondez oui ou non », the needs lost."""
    slots = {**ELIGIBLE_SLOTS, "training_needs": "elle a pas le permis", CONSENT_SLOT: None}
    read = field_turn("aide a la toilette, transferts, alzheimer", CONSENT_SLOT, slots, "inform")
    assert CONSENT_SLOT not in read.updates and "submission_failures" not in read.updates
    assert [m["text"] for m in read.messages] == [msg.NEEDS_ADDED.format(needs="aide a la toilette, transferts, alzheimer")]


def test_a_job_typed_after_an_invalid_siret_is_noted_and_the_siret_asked_again_once() -> None:
    """u46-13: after « Ce numéro SIRET n'est pas valide », « mecanicien auto » skipped the SIRET (« les services de la Région
    compléteront le champ SIRET »): the job noted, the SIRET asked again with the skip at hand; a second job then skips it."""
    slots = {**ELIGIBLE_SLOTS, "company_name": "Garage Martin", "siret": None}
    wrong = field_turn("35210415700028", "siret", slots, "inform")
    slots = {**slots, **wrong.updates}
    job = field_turn("mecanicien auto", "siret", slots, "inform")
    assert job.updates["job_title"] == "mecanicien auto" and "missing_fields" not in job.updates
    said = [m["text"] for m in job.messages]
    assert said == [msg.ALSO_NOTED.format(changes="poste : mecanicien auto"), msg.SIRET_AGAIN_AFTER_INVALID]
    assert job.messages[-1]["buttons"] == [msg.SKIP_BUTTON]
    slots = {**slots, **job.updates, "job_title": None}
    assert field_turn("carrossier", "siret", slots, "inform").updates.get("missing_fields") == ["siret"]


@pytest.mark.parametrize(("field", "noun"), [("positions", "le nombre de postes"), ("weekly_hours", "la durée de travail par semaine")])
def test_fourteen_figures_at_another_question_look_like_a_siret(field: str, noun: str) -> None:
    """u46-13: « 12345678901234 » at « Combien de postes ? » got « Je n'ai pas trouvé de nombre »."""
    read = field_turn("12345678901234", field, {**ELIGIBLE_SLOTS, "company_name": "Garage Martin", field: None}, "inform")
    assert read.messages[0]["text"] == msg.LOOKS_LIKE_AN_INVALID_SIRET.format(noun=noun)
    assert field not in read.updates and "siret" not in read.updates


def test_no_e_mail_but_a_call_back_asks_the_number_in_one_reply() -> None:
    """u46-02: after two answers without an address, « pas de mail, appelez moi » got why an address is needed, « Le champ
    « E-mail » est nécessaire » and « Quelle est son adresse e-mail ? » in one turn: the call back said, the number asked;
    the number then typed is the phone, the request goes without e-mail."""
    slots = {**_CONSENTED, "contact_name": "Paul", "contact_email": None, "submission_failures": 2.0}
    read = field_turn("pas de mail, appelez moi", "contact_email", slots, "inform")
    assert [m["text"] for m in read.messages] == [msg.NO_EMAIL_CALL_ME]
    slots = {**slots, **read.updates}
    assert question("contact_email", slots) == {"text": msg.CALL_BACK_NUMBER_QUESTION}
    phone = field_turn("02 40 81 22 33", "contact_email", slots, "inform")
    assert phone.updates["contact_phone"] == "+33240812233" and phone.updates["missing_fields"] == ["contact_email"]
    assert question("contact_email", {**slots, **phone.updates})["text"] != msg.CALL_BACK_NUMBER_QUESTION


_PASTED = """Bonjour Madame, Monsieur,

Je me permets de vous contacter au nom de la société TRANSPORTS MOREAU (SIRET 448 302 117 00016), entreprise de transport routier de marchandises basée au Mans (72000). Nous souhaitons recruter deux conducteurs poids lourds en CDI à temps plein (35h) à partir du 1er avril 2027. Nous avons identifié deux personnes inscrites à France Travail qui n'ont pas encore le permis C ni la FIMO. Serait-il possible de bénéficier du dispositif 1 emploi 1 formation pour financer leur formation ?

Vous pouvez me joindre au 02 43 11 22 33 ou par mail a l.moreau@transports-moreau.fr.

Cordialement,
Laurent Moreau
Gérant"""


def test_a_pasted_e_mail_gives_the_needs_it_states_and_its_signature() -> None:
    """u46-06: the training needs (« n'ont pas encore le permis C ni la FIMO ») and the contact (the signature « Laurent Moreau »)
    of a pasted e-mail were asked again."""
    said = said_in_the_project(_PASTED, dt.date(2026, 11, 27))
    assert said["training_needs"] == "permis C et FIMO"
    assert said["contact_name"] == "Laurent Moreau"


@pytest.mark.parametrize("text", [
    "Bonjour, nous cherchons un cariste en CDI. Il n'a pas le CACES 3.\nBien à vous,\nSophie Martin",
    "cariste en CDI, il lui manque le caces 3. Cordialement, Mme Sophie Martin",
])
def test_other_needs_and_signatures(text: str) -> None:
    said = said_in_the_project(text, dt.date(2026, 11, 27))
    assert said["training_needs"].lower() == "caces 3" and said["contact_name"] in ("Sophie Martin", "Mme Sophie Martin")


@pytest.mark.parametrize("text", [
    "Cordialement, la direction",  # no person
    "on cherche un cariste, merci. Cordialement",
])
def test_a_sign_off_without_a_person_names_no_contact(text: str) -> None:
    assert "contact_name" not in said_in_the_project(text, dt.date(2026, 11, 27))
