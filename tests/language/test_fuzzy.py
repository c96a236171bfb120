"""The one typo rule."""

from __future__ import annotations

import pytest

from bot.language.fuzzy import closest, correct_word, max_edits, nearest


@pytest.mark.parametrize(("word", "edits"), [("a", 1), ("chollet", 1), ("abcdefgh", 1), ("abcdefghi", 2), ("indeterminee", 2)])
def test_max_edits(word: str, edits: int) -> None:
    assert max_edits(word) == edits


def test_closest_one_edit_up_to_eight_letters() -> None:
    assert closest("chollet", ["cholet", "nantes"]) == "cholet"
    assert closest("chollett", ["cholet"]) is None  # two edits for 8 letters


def test_closest_two_edits_beyond_eight_letters() -> None:
    assert closest("indetermine", ["indeterminee"]) == "indeterminee"
    assert closest("indterminne", ["indeterminee"]) == "indeterminee"


def test_transposition_is_one_edit() -> None:
    assert closest("smeaine", ["semaine"]) == "semaine"


def test_first_letter_must_match_by_default() -> None:
    assert closest("xantes", ["nantes"]) is None
    assert closest("xantes", ["nantes"], same_first_letter=False) == "nantes"


def test_closest_prefers_the_nearest_then_vocabulary_order() -> None:
    assert closest("mantes", ["manger", "nantes", "mantes"]) == "mantes"
    assert closest("moiz", ["mois", "moiu"]) == "mois"


def test_edits_override() -> None:
    assert closest("anneees", ["annee"], edits=1) is None
    assert closest("annees", ["annee"], edits=1) == "annee"


def test_nearest_lists_the_ties() -> None:
    assert nearest("vandee", ["vendee", "vannes", "vanden"]) == [("vendee", 1), ("vanden", 1)]


def test_correct_word_skips_short_and_protected_words() -> None:
    assert correct_word("saisonier", ["saisonnier"]) == "saisonnier"
    assert correct_word("cdii", ["cdi"]) is None  # shorter than 6 letters
    assert correct_word("saisonier", ["saisonnier"], protected={"saisonier"}) is None
    assert correct_word("12345678", ["12345679"]) is None
