"""The one typo rule: how far a typed word may be from the word it stands for.

One edit (insertion, deletion, substitution or transposition of two neighbours,
the optimal string alignment distance) up to 8 letters, two beyond; the first
letter must match by default, since people rarely mistype it and it keeps
short ordinary words from landing on the vocabulary.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process
from rapidfuzz.distance import OSA

#: Words up to this length get one edit; longer words two.
SHORT_WORD = 8


def max_edits(word: str) -> int:
    """Edits tolerated in ``word``: 1 up to 8 letters, 2 beyond."""
    return 1 if len(word) <= SHORT_WORD else 2


def distance(a: str, b: str, score_cutoff: int | None = None) -> int:
    """OSA distance between ``a`` and ``b`` (above ``score_cutoff`` it is ``score_cutoff + 1``)."""
    return int(OSA.distance(a, b, score_cutoff=score_cutoff))


def _candidates(word: str, vocabulary: Iterable[str], edits: int, same_first_letter: bool) -> list[str]:
    return [v for v in vocabulary if v and (not same_first_letter or v[0] == word[0]) and abs(len(v) - len(word)) <= edits]


def nearest(
    word: str,
    vocabulary: Iterable[str],
    *,
    same_first_letter: bool = True,
    edits: int | None = None,
    limit: int = 4,
) -> list[tuple[str, int]]:
    """Up to ``limit`` words of ``vocabulary`` within the edits, closest first.

    ``(word, distance)`` pairs; equally close words keep their vocabulary
    order. ``edits`` defaults to :func:`max_edits` of ``word``.
    """
    if not word:
        return []
    edits = max_edits(word) if edits is None else edits
    candidates = _candidates(word, vocabulary, edits, same_first_letter)
    if not candidates:
        return []
    found = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=edits, limit=limit)
    return [(match, int(score)) for match, score, _ in found]


def closest(
    word: str,
    vocabulary: Iterable[str],
    *,
    same_first_letter: bool = True,
    edits: int | None = None,
) -> str | None:
    """The word of ``vocabulary`` that ``word`` is most likely a typo of, or None.

    The closest within :func:`max_edits` (or ``edits``); on a tie, the first in
    ``vocabulary`` order. ``word`` itself is returned when it is in the vocabulary.
    """
    if not word:
        return None
    edits = max_edits(word) if edits is None else edits
    candidates = _candidates(word, vocabulary, edits, same_first_letter)
    if not candidates:
        return None
    found = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=edits)
    return None if found is None else str(found[0])


def correct_word(
    word: str,
    vocabulary: Iterable[str],
    protected: Iterable[str] = (),
    *,
    min_length: int = 6,
) -> str | None:
    """The vocabulary word ``word`` is a typo of, for words worth correcting.

    Only alphabetic words of ``min_length`` letters or more are corrected
    (shorter ones are too often other real words); words of ``protected``
    (real French words close to the vocabulary) never are.
    """
    if len(word) < min_length or not word.isalpha() or word in protected:
        return None
    return closest(word, vocabulary)
