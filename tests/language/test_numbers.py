"""French numbers in words, through text2num."""

from __future__ import annotations

import pytest

from bot.language.numbers import NumberSpan, is_number_word, number_spans, parse_number, read_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("six", 6),
        ("dix-huit", 18),
        ("dix huit", 18),
        ("Vingt et un", 21),
        ("vingt un", 21),
        ("soixante et onze", 71),
        ("soixante-dix-sept", 77),
        ("quatre-vingt-dix", 90),
        ("quatre vingts", 80),
        ("nonante", 90),
        ("deux cents", 200),
        ("deux mille vingt", 2020),
        ("zéro", 0),
        ("une", 1),
        ("12", 12),
        (" 3 ", 3),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "trois six", "un deux", "zéro un", "douze postes", "beaucoup", "3,5", "vingt vingt"])
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


def test_read_number_takes_the_longest_number() -> None:
    tokens = "un an et demi".split()
    assert read_number(tokens, 0) == (1, 1)
    assert read_number("dix huit mois".split(), 0) == (18, 2)
    assert read_number("trois six mois".split(), 0) == (3, 1)
    assert read_number("mois".split(), 0) is None
    assert read_number([], 0) is None


def test_et_belongs_to_a_number_only_before_un_une_onze() -> None:
    assert read_number("vingt et un mois".split(), 0) == (21, 3)
    assert read_number("deux et trois".split(), 0) == (2, 1)
    assert read_number("deux et un".split(), 0) == (2, 1)


def test_number_spans() -> None:
    spans = number_spans("je cherche un soudeur et deux vingt et un".split())
    assert spans == [NumberSpan(1, 2, 3), NumberSpan(2, 5, 6), NumberSpan(21, 6, 9)]
    assert spans[0].is_article and not spans[1].is_article


def test_is_number_word() -> None:
    assert is_number_word("vingts") and is_number_word("zero") and not is_number_word("et")
