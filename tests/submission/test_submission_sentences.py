"""Submission fields read whole sentences, typed the way employers type (typos,
no accents, labels), and recognise what is not an answer: a correction of the
contract, a question, a protest or a refusal is never stored as the value."""

from __future__ import annotations

from datetime import date

import pytest

from bot.submission.fields import REFUSAL, VALUE
from bot.submission.validators import validate_field

TODAY = date(2026, 11, 27)
#: The SIRET of the corpus's sentences (tests/data/answers/request.yml), valid by Luhn.
SIRET = "88412079100014"


def test_siret_sample_is_valid() -> None:
    from stdnum.fr import siret

    assert siret.is_valid(SIRET)


def check_value(field: str, text: str, expected: object) -> None:
    result = validate_field(field, text, TODAY)
    assert result.kind == VALUE, (text, result.error)
    assert result.value == expected, text


# The values read out of sentences, and the answers that are none (a correction, a protest, a question, a refusal), are in
# the corpus of answers: tests/data/answers/request.yml, run by tests/language/test_answer_corpus.py.


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
