"""Text normalisation shared by the FAQ checks, the router and the extractors."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]")


def strip_accents(text: str) -> str:
    """Remove diacritics: « Défini » -> « Defini »."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def normalize(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced form of ``text``.

    Apostrophes and hyphens become spaces so that « l'AFPR » and « Saint-Nazaire »
    compare as words.
    """
    text = strip_accents(text).lower().replace("’", " ").replace("'", " ")
    text = text.replace("-", " ")
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
