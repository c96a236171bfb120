"""The ordinary French words that tell a person's name from a sentence or a job (bot.language.lexicon)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.dialogue import messages
from bot.language import lexicon
from bot.language.lexicon import brand_opening, business_name, french_word, stop_word
from bot.submission.validators.text import validate_contact_name


@pytest.mark.parametrize("word", ["urgent", "Urgent", "urgente", "gérante", "gerante", "cariste", "caristes", "Pôle", "emploi", "auto-entrepreneur"])
def test_ordinary_words_and_their_forms_are_french_words(word: str) -> None:
    assert french_word(word)


@pytest.mark.parametrize("word", ["Kowalczyk", "Bertrand", "N'Diaye", "Gaborit", "Le Bihan", ""])
def test_names_are_no_french_words(word: str) -> None:
    assert not french_word(word)


def test_stop_words_are_read_folded() -> None:
    assert stop_word("Il") and stop_word("était") and not stop_word("Durand")


@pytest.mark.parametrize("name", ["Carrefour", "CARREFOUR", "Intermarché", "intermarche", "super U", "Leroy Merlin", "Leroy-Merlin", "E.Leclerc",
                                  "Carrefour Market", "la poste"])
def test_businesses_and_brands_are_known(name: str) -> None:
    assert business_name(name)


# (Exactly: surnames near a brand were brands by a typo, « Laporte » la Poste, « Leclercq » Leclerc, « Boulenger » Boulanger; a
# hyphenated surname only whole: review of the session's changes.)
@pytest.mark.parametrize("name", ["Martin", "Dupont", "Paul Durand", "Le Goff", "Lidi", "Martinez", "", "Laporte", "Leclercq", "Leclere",
                                  "Boulenger", "Michelon", "Renauld", "Picardi", "carefour", "Leclerc-Dupont"])
def test_surnames_are_no_businesses(name: str) -> None:
    assert not business_name(name)


@pytest.mark.parametrize(("name", "words"), [("Carrefour", 1), ("Super U", 2), ("Leroy Merlin Nantes", 2), ("E.Leclerc", 1), ("RENAULT Enzo", 1),
                                             ("Paul Renault", 0), ("Leclerc-Dupont", 0)])
def test_the_words_a_brand_opens_a_name_with(name: str, words: int) -> None:
    assert brand_opening(name) == words


def test_the_lookup_tables_are_read_once_for_every_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dictionary and the adjectives, adverbs and verbs come from one reading of spaCy's tables (they were read twice)."""
    from spacy.lookups import Lookups

    from bot.language import lexicon

    reads: list[object] = []
    original = Lookups.from_disk

    def counted(self: Lookups, *args: object, **kwargs: object) -> Lookups:
        reads.append(args)
        return original(self, *args, **kwargs)  # type: ignore[arg-type]

    for cached in (lexicon._lookups, lexicon._dictionary, lexicon._describing_lemmas):
        cached.cache_clear()
    monkeypatch.setattr(Lookups, "from_disk", counted)
    try:
        assert lexicon.french_word("urgent") and not lexicon.only_a_noun("parfait")
        assert len(reads) <= 1
    finally:
        for cached in (lexicon._lookups, lexicon._dictionary, lexicon._describing_lemmas):
            cached.cache_clear()


# ------------------------------------------------------------------ the table of businesses, in data/language


@pytest.fixture
def fresh_business_names() -> Iterator[None]:
    """The cached table read again before and after the test (a test that points it at another file leaves no trace)."""
    lexicon._business_names.cache_clear()
    yield
    lexicon._business_names.cache_clear()


def test_the_business_names_file_loads_with_its_header() -> None:
    """The table is data (data/language/business_names.yml), with a French header saying what it is for and how to add a name."""
    text = lexicon.BUSINESS_NAMES_FILE.read_text(encoding="utf-8")
    assert text.startswith("# ") and "Pour ajouter un nom" in text
    names = lexicon.load_business_names()
    assert len(names) >= 100 and {"carrefour", "leroy-merlin", "super-u", "la-poste", "credit-agricole"} <= names
    assert all(re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", name) for name in names)  # folded, words joined by hyphens


@pytest.mark.usefixtures("fresh_business_names")
def test_a_name_added_to_the_file_is_refused_as_a_contact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An editor adds « Zorglub Industries » and « Biscuiterie Nantaise » to the file: alone, they are a business, not the contact."""
    assert validate_contact_name("Zorglub").ok and validate_contact_name("Biscuiterie Nantaise").ok
    edited = tmp_path / "business_names.yml"
    edited.write_text(lexicon.BUSINESS_NAMES_FILE.read_text(encoding="utf-8") + "  - Zorglub\n  - biscuiterie-nantaise\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "BUSINESS_NAMES_FILE", edited)
    lexicon._business_names.cache_clear()
    for typed in ("Zorglub", "ZORGLUB", "zorglub", "Biscuiterie Nantaise", "biscuiterie nantaise"):
        refused = validate_contact_name(typed)
        assert not refused.ok and refused.error == messages.NAME_A_BUSINESS.format(example=messages.CONTACT_NAME_EXAMPLE), typed
    assert validate_contact_name("Paul Zorglub").value == "Paul Zorglub"  # a first name with it: a person
    assert business_name("Carrefour")  # the file's own names still there


@pytest.mark.parametrize(("content", "said"), [
    ("- carrefour\n", "liste d'enseignes invalide"),
    ("business_names: carrefour\n", "liste d'enseignes invalide"),
    ("business_names:\n  - carrefour\n  - 12\n", "liste d'enseignes invalide"),
    ("business_names:\n  - ''\n", "liste d'enseignes invalide"),
    ("business_names:\n  - Leroy Merlin\n  - leroy-merlin\n", "enseigne en double : leroy-merlin"),
    ("business_names: [carrefour\n", "fichier illisible"),
])
def test_a_business_names_file_of_another_shape_is_refused_in_french(tmp_path: Path, content: str, said: str) -> None:
    broken = tmp_path / "business_names.yml"
    broken.write_text(content, encoding="utf-8")
    with pytest.raises(lexicon.LexiconError, match=said):
        lexicon.load_business_names(broken)
