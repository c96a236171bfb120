"""The ordinary French words that tell a person's name from a sentence or a job (bot.language.lexicon)."""

from __future__ import annotations

import pytest

from bot.language.lexicon import brand_opening, business_name, french_word, stop_word


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
