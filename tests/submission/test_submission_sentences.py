"""Submission fields read whole sentences, typed the way employers type (typos,
no accents, labels), and recognise what is not an answer: a correction of the
contract, a question, a protest or a refusal is never stored as the value."""

from __future__ import annotations

from datetime import date

import pytest

from bot.submission.fields import (
    CORRECTION,
    PROTEST,
    QUESTION,
    REFUSAL,
    UNUSABLE,
    VALUE,
)
from bot.submission.validators import validate_field

TODAY = date(2026, 11, 27)
SIRET = "88412079100014"  # valid by Luhn (checked with stdnum in test_siret_sample_is_valid)
EMAIL = "sylvie.gaborit@example.org"
PHONE = "+33612345678"
CHOLET = {"commune": "Cholet", "postal_code": "49300", "department": "49"}
LAVAL = {"commune": "Laval", "postal_code": "53000", "department": "53"}


def test_siret_sample_is_valid() -> None:
    from stdnum.fr import siret

    assert siret.is_valid(SIRET)


def check_value(field: str, text: str, expected: object) -> None:
    result = validate_field(field, text, TODAY)
    assert result.kind == VALUE, (text, result.error)
    assert result.value == expected, text


# ------------------------------------------------------------------ values in sentences

SENTENCES: dict[str, list[tuple[str, object]]] = {
    "siret": [
        ("notre siret c'est 884 120 791 00014", SIRET),
        ("884 120 791 00014", SIRET),
        ("siret : 88412079100014", SIRET),
        ("Siret 884.120.791.00014", SIRET),
        ("le numero siret est le 884 120 791 00014", SIRET),
        ("c'est 88412079100014", SIRET),
        ("n° de siret: 884120791 00014", SIRET),
        ("voila notre siret 884 120 791 000 14 merci", SIRET),
        ("SIRET = 884-120-791-00014", SIRET),
        ("notre n siret 884 120 791 00014.", SIRET),
        ("euh 884 120 791 00014 je crois", SIRET),
        ("le siret de l'etablissement c 884120791 00014", SIRET),
        ("ok alors 884 120 791 00014", SIRET),
    ],
    "email": [
        ("mon mail : sylvie.gaborit@example.org", EMAIL),
        ("sylvie.gaborit@example.org", EMAIL),
        ("c'est sylvie.gaborit@example.org", EMAIL),
        ("Mail: Sylvie.Gaborit@Example.ORG", "Sylvie.Gaborit@example.org"),
        ("vous pouvez m'ecrire a sylvie.gaborit@example.org", EMAIL),
        ("email sylvie.gaborit@example.org merci", EMAIL),
        ("adresse mail = sylvie.gaborit@example.org", EMAIL),
        ("<sylvie.gaborit@example.org>", EMAIL),
        ("sylvie.gaborit@example.org.", EMAIL),
        ("mon adresse c'est sylvie.gaborit@example.org !", EMAIL),
        ("courriel : sylvie.gaborit@example.org", EMAIL),
        ("e-mail: sylvie.gaborit@example.org, je le consulte tous les jours", EMAIL),
        ("sylvie.gaborit @ example.org", EMAIL),
        ("mailto:sylvie.gaborit@example.org", EMAIL),
    ],
    "phone": [
        ("joignable au 06 12 34 56 78", PHONE),
        ("06 12 34 56 78", PHONE),
        ("mon numero c'est le 06.12.34.56.78", PHONE),
        ("tel : 0612345678", PHONE),
        ("portable 06-12-34-56-78", PHONE),
        ("vous pouvez m'appeler au 06 12 34 56 78 le matin", PHONE),
        ("+33 6 12 34 56 78", PHONE),
        ("appelez moi au 0612345678 svp", PHONE),
        ("le 06 12 34 56 78", PHONE),
        ("numero de telephone: 06 12 34 56 78", PHONE),
        ("c'est le 06 12 34 56 78 (portable)", PHONE),
        ("Tél. 06 12 34 56 78", PHONE),
        ("mon tel 06 12 345 678", PHONE),
    ],
    "contact_name": [
        ("c'est moi, Sylvie Gaborit", "Sylvie Gaborit"),
        ("Sylvie Gaborit", "Sylvie Gaborit"),
        ("moi-meme, Sylvie Gaborit", "Sylvie Gaborit"),
        ("je m'appelle Sylvie Gaborit", "Sylvie Gaborit"),
        ("mon nom est Sylvie Gaborit", "Sylvie Gaborit"),
        ("la personne a contacter c'est Sylvie Gaborit", "Sylvie Gaborit"),
        ("Sylvie Gaborit, gérante", "Sylvie Gaborit"),
        ("c'est Sylvie Gaborit", "Sylvie Gaborit"),
        ("contact : Sylvie Gaborit", "Sylvie Gaborit"),
        ("moi Sylvie Gaborit", "Sylvie Gaborit"),
        ("vous pouvez contacter Sylvie Gaborit", "Sylvie Gaborit"),
        ("c moi sylvie gaborit", "Sylvie Gaborit"),
        ("sylvie gaborit", "Sylvie Gaborit"),
        ("Gaborit Sylvie", "Gaborit Sylvie"),
    ],
    "company_name": [
        ("C'est la Menuiserie Durand", "Menuiserie Durand"),
        ("Menuiserie Durand", "Menuiserie Durand"),
        ("c'est la menuiserie durand", "menuiserie durand"),
        ("nous sommes la Menuiserie Durand", "Menuiserie Durand"),
        ("on s'appelle Menuiserie Durand", "Menuiserie Durand"),
        ("l'entreprise s'appelle Menuiserie Durand", "Menuiserie Durand"),
        ("Entreprise : Menuiserie Durand", "Menuiserie Durand"),
        ("c'est Menuiserie Durand.", "Menuiserie Durand"),
        ("le nom c'est Menuiserie Durand", "Menuiserie Durand"),
        ("Nom de l'entreprise : Menuiserie Durand", "Menuiserie Durand"),
        ("il s'agit de la Menuiserie Durand", "Menuiserie Durand"),
        ("notre societe : Menuiserie Durand", "Menuiserie Durand"),
        ("Menuiserie Durand (SARL)", "Menuiserie Durand (SARL)"),
        ("ma boite c'est Menuiserie Durand", "Menuiserie Durand"),
        ("c la menuiserie Durand", "menuiserie Durand"),
    ],
    "job_title": [
        ("un poste de menuisier poseur", "menuisier poseur"),
        ("menuisier poseur", "menuisier poseur"),
        ("on cherche un menuisier poseur", "menuisier poseur"),
        ("c'est pour un menuisier poseur", "menuisier poseur"),
        ("Menuisier poseur H/F", "Menuisier poseur H/F"),
        ("le poste : menuisier poseur", "menuisier poseur"),
        ("nous recrutons un menuisier poseur", "menuisier poseur"),
        ("un menuisier poseur", "menuisier poseur"),
        ("intitulé : menuisier poseur", "menuisier poseur"),
        ("poste de menuisier poseur en CDI", "menuisier poseur"),
        ("je recrute un menuisier poseur", "menuisier poseur"),
        ("ce serait menuisier poseur", "menuisier poseur"),
        ("c'est un poste de menuisier poseur", "menuisier poseur"),
        ("Apprenti boulanger", "Apprenti boulanger"),
    ],
    "work_location": [
        ("à Cholet", CHOLET),
        ("a cholet", CHOLET),
        ("le poste est basé à Laval 53000", LAVAL),
        ("Cholet", CHOLET),
        ("sur Cholet", CHOLET),
        ("dans notre atelier de Cholet", CHOLET),
        ("c'est a Cholet 49300", CHOLET),
        ("ville : Cholet", CHOLET),
        ("49300", CHOLET),
        ("chez nous a Cholet", CHOLET),
        ("le poste sera a cholet (49)", CHOLET),
        ("commune de Cholet", CHOLET),
        ("a laval", LAVAL),
    ],
    "positions": [
        ("on recrute 2 soudeurs", 2),
        ("deux postes", 2),
        ("2", 2),
        ("il y a 3 postes a pourvoir", 3),
        ("un seul", 1),
        ("juste un", 1),
        ("1 seul poste", 1),
        ("on voudrait embaucher 2 personnes", 2),
        ("nous avons besoin de 4 salaries", 4),
        ("trois", 3),
        ("2 menuisiers", 2),
        ("pour l'instant 1", 1),
        ("on en cherche 2", 2),
    ],
    "weekly_hours": [
        ("35h", 35.0),
        ("on est a 35 heures", 35.0),
        ("temps plein", 35.0),
        ("39h par semaine", 39.0),
        ("c'est un temps plein 35h", 35.0),
        ("24 heures hebdo", 24.0),
        ("mi-temps", 17.5),
        ("ils feront 35h", 35.0),
        ("35 heures par semaine", 35.0),
        ("trente cinq heures", 35.0),
        ("plein temps", 35.0),
        ("du 35h", 35.0),
    ],
    "start_date": [
        ("le 1er avril 2027", date(2027, 4, 1)),
        ("a partir du 15/03/2027", date(2027, 3, 15)),
        ("on voudrait embaucher debut mars", date(2027, 3, 1)),
        ("en septembre 2027", date(2027, 9, 1)),
        ("dans 3 mois", date(2027, 2, 27)),
        ("pour le 1er juin", date(2027, 6, 1)),
        ("idealement le 01/04/2027", date(2027, 4, 1)),
        ("courant avril", date(2027, 4, 1)),
        ("a la rentree", date(2027, 9, 1)),
        ("des que possible", date(2027, 1, 27)),
        ("le plus tot possible", date(2027, 1, 27)),
        ("vers le 15 mars", date(2027, 3, 15)),
    ],
    "training_needs": [
        ("CACES R489", "CACES R489"),
        ("il faudrait le CACES 1 3 5", "il faudrait le CACES 1 3 5"),
        ("lecture de plans et pose de menuiseries alu", "lecture de plans et pose de menuiseries alu"),
        ("habilitation electrique B1V", "habilitation electrique B1V"),
        ("soudure TIG <-> MIG", "soudure TIG <-> MIG"),
        ("Formation -- sécurité incendie", "Formation -- sécurité incendie"),
        ("select des bois et usinage", "select des bois et usinage"),
        ("HACCP + hygiène", "HACCP + hygiène"),
        ("permis C et FIMO", "permis C et FIMO"),
        ("bureautique (excel, word)", "bureautique (excel, word)"),
        ("gestes et postures, travail en hauteur", "gestes et postures, travail en hauteur"),
        ("savoir utiliser une CNC", "savoir utiliser une CNC"),
    ],
}


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [(field, text, expected) for field, rows in SENTENCES.items() for text, expected in rows],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_value_is_read_from_the_sentence(field: str, text: str, expected: object) -> None:
    check_value(field, text, expected)


def test_every_table_has_at_least_twelve_phrasings() -> None:
    assert all(len(rows) >= 12 for rows in SENTENCES.values())


# ------------------------------------------------------------------ not answers

CDD_4 = {"contract_type": "cdd", "contract_duration": 4.0}

NON_ANSWERS: list[tuple[str, str, str]] = [
    # corrections of the contract, at any field: never stored as the value
    ("job_title", "ah non en fait c'est un CDD de 4 mois pas un CDI", CORRECTION),
    ("company_name", "ah non en fait c'est un CDD de 4 mois pas un CDI", CORRECTION),
    ("positions", "ah non en fait c'est un CDD de 4 mois pas un CDI", CORRECTION),
    ("weekly_hours", "en fait c'est un CDD de 4 mois", CORRECTION),
    ("start_date", "finalement c'est un CDD de 4 mois", CORRECTION),
    ("training_needs", "attendez, c'est un CDD de 4 mois pas un CDI", CORRECTION),
    ("contact_name", "je me suis trompé c'est un CDD de 4 mois", CORRECTION),
    ("job_title", "c'est un CDD de 4 mois", CORRECTION),
    # protests
    ("company_name", "mais non ! j'avais tout rempli", PROTEST),
    ("company_name", "je vous l'ai deja dit", PROTEST),
    ("job_title", "mais je l'ai deja donné !!", PROTEST),
    ("contact_name", "n'importe quoi ce robot", PROTEST),
    ("training_needs", "ca marche pas votre truc", PROTEST),
    ("siret", "mais je vous l'ai deja donne", PROTEST),
    # questions
    ("siret", "c'est quoi un siret ?", QUESTION),
    ("siret", "ou je trouve ca ?", QUESTION),
    ("phone", "pourquoi vous voulez mon tel ?", QUESTION),
    ("phone", "c'est obligatoire ?", QUESTION),
    ("company_name", "pourquoi vous demandez ca ?", QUESTION),
    ("job_title", "c'est quoi un intitulé", QUESTION),
    ("training_needs", "quelles formations sont possibles ?", QUESTION),
    ("email", "pourquoi faire ?", QUESTION),
    ("work_location", "c'est le lieu du siege ou du poste ?", QUESTION),
    ("positions", "ca veut dire quoi ?", QUESTION),
    ("contact_name", "qui ca ?", QUESTION),
    ("start_date", "c'est quoi le delai minimum ?", QUESTION),
    # refusals
    ("siret", "je ne connais pas mon siret", REFUSAL),
    ("siret", "je l'ai pas sous la main", REFUSAL),
    ("siret", "aucune idee", REFUSAL),
    ("siret", "on n'en a pas encore, entreprise en creation", REFUSAL),
    ("siret", "je sais pas", REFUSAL),
    ("phone", "je prefere pas donner mon numero", REFUSAL),
    ("phone", "pas de telephone", REFUSAL),
    ("phone", "non merci, le mail suffit", REFUSAL),
    ("phone", "je ne souhaite pas le communiquer", REFUSAL),
    ("email", "je prefere ne pas le donner", REFUSAL),
    ("contact_name", "je prefere pas", REFUSAL),
    # unusable
    ("company_name", "oui", UNUSABLE),
    ("company_name", "ok", UNUSABLE),
    ("company_name", "bonjour", UNUSABLE),
    ("job_title", "euh", UNUSABLE),
    ("job_title", "je ne sais pas encore", UNUSABLE),
    ("contact_name", "c'est moi", UNUSABLE),
    ("training_needs", "merci", UNUSABLE),
    ("positions", "beaucoup", UNUSABLE),
    ("siret", "abc", UNUSABLE),
    ("email", "sylvie.gaborit", UNUSABLE),
]


@pytest.mark.parametrize(("field", "text", "kind"), NON_ANSWERS, ids=lambda v: v if isinstance(v, str) else None)
def test_non_answers_are_recognised_and_never_stored(field: str, text: str, kind: str) -> None:
    result = validate_field(field, text, TODAY)
    assert result.kind == kind, (text, result.kind, result.error)
    assert result.value is None
    assert result.error  # the French reply


@pytest.mark.parametrize(
    ("field", "text", "updates"),
    [
        ("job_title", "ah non en fait c'est un CDD de 4 mois pas un CDI", CDD_4),
        ("positions", "ah non en fait c'est un CDD de 4 mois pas un CDI", CDD_4),
        ("weekly_hours", "en fait c'est un CDD de 8 mois", {"contract_type": "cdd", "contract_duration": 8.0}),
        ("company_name", "finalement ce sera un CDI", {"contract_type": "cdi", "contract_duration": None}),
        ("training_needs", "non c'est une alternance", {"contract_type": "apprentissage", "contract_duration": None}),
    ],
)
def test_a_contract_correction_carries_its_updates(field: str, text: str, updates: dict) -> None:
    result = validate_field(field, text, TODAY)
    assert result.kind == CORRECTION
    assert dict(result.updates) == updates


@pytest.mark.parametrize(
    ("field", "text"),
    [("siret", "je ne connais pas mon siret"), ("phone", "je prefere pas donner mon numero")],
)
def test_a_refusal_says_what_happens_next(field: str, text: str) -> None:
    result = validate_field(field, text, TODAY)
    assert result.kind == REFUSAL and result.error


def test_siret_question_says_where_to_find_it() -> None:
    result = validate_field("siret", "c'est quoi un siret ?", TODAY)
    assert "Kbis" in result.error and "annuaire-entreprises.data.gouv.fr" in result.error


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        ("company_name", "Les <Bons> Artisans", "Les <Bons> Artisans"),
        ("company_name", "Select Intérim", "Select Intérim"),
        ("company_name", "Drop & Co", "Drop & Co"),
        ("job_title", "Agent -- polyvalent", "Agent -- polyvalent"),
        ("training_needs", "mise à jour des <normes> /* NF */", "mise à jour des <normes> /* NF */"),
        ("training_needs", "insert into the team, update skills", "insert into the team, update skills"),
        ("contact_name", "Jean-Luc O'Neil", "Jean-Luc O'Neil"),
    ],
)
def test_legitimate_text_with_symbols_or_sql_words_is_accepted(field: str, text: str, expected: str) -> None:
    check_value(field, text, expected)


@pytest.mark.parametrize("text", ["septembre 2027", "en mars", "le 1er mars 2027", "début janvier"])
def test_a_date_is_not_a_job_title(text: str) -> None:
    from bot.submission.validators import validate_job_title

    result = validate_job_title(text)
    assert result.value is None and result.error


@pytest.mark.parametrize(
    ("text", "expected"),
    [("zero six 11 22 33 44", "+33611223344"), ("06 douze 34 56 78", "+33612345678"), ("zéro six 12 34 56 78", "+33612345678")],
)
def test_a_phone_of_digits_and_words(text: str, expected: str) -> None:
    """« zero six 11 22 33 44 » was refused (twentieth blind user test's leftovers)."""
    check_value("phone", text, expected)


def test_a_phone_too_short_in_words_too_is_refused() -> None:
    assert validate_field("phone", "zero six 12 34", TODAY).kind != VALUE


@pytest.mark.parametrize("text", ["06 12 34 56 7 sept jours sur sept", "06 12 34 56 7 neuf heures dix-huit heures"])
def test_number_words_after_a_short_phone_do_not_complete_it(text: str) -> None:
    """Review: « 06 12 34 56 7 sept jours sur sept » was stored as +33612345677."""
    assert validate_field("phone", text, TODAY).kind != VALUE


@pytest.mark.parametrize("text", ["zero 6 12 34 56 78", "zéro-six 12 34 56 78", "06.12.34.56 sept huit"])
def test_a_phone_with_a_spoken_zero_or_a_spoken_end(text: str) -> None:
    check_value("phone", text, "+33612345678")
