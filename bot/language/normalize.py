"""Text folding and normalisation shared by the FAQ, the extractors and the forms.

One folding rule, :func:`fold`, so that « Main-d’Œuvre » and « main-d'oeuvre »
compare equal wherever the assistant compares words. The other functions are
thin variants for callers that must keep something :func:`fold` removes.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w\s]")

#: Typographic apostrophes (and the look-alikes people type) -> « ' ».
_APOSTROPHES = "’‘ʼʹ`´′"
#: Hyphens, dashes and the minus sign -> « - ».
_DASHES = "‐‑‒–—―−"
_PUNCTUATION = str.maketrans({**dict.fromkeys(_APOSTROPHES, "'"), **dict.fromkeys(_DASHES, "-")})
#: Ligatures that Unicode does not decompose (« œ » is a letter of its own).
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"})


def unify_punctuation(text: str) -> str:
    """Apostrophes as « ' » and dashes as « - »; letters, case and spaces untouched.

    For comparisons that must stay exact otherwise (quotes of the FAQ sources).
    """
    return text.translate(_PUNCTUATION)


def strip_accents(text: str) -> str:
    """Remove diacritics, keeping case: « Défini » -> « Defini ».

    Kept apart from :func:`fold` for callers that look at capitalisation.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower-case, accent-free text with ligatures spelled out and punctuation unified.

    « Main-d’Œuvre » -> « main-d'oeuvre ». Punctuation is kept (unified, not
    removed), so callers can still split on apostrophes and hyphens.
    """
    return unify_punctuation(strip_accents(text).translate(_LIGATURES).lower())


def normalize(text: str) -> str:
    """Lower-case, accent-free, punctuation-free, single-spaced form of ``text``.

    Apostrophes and hyphens become spaces so that « l'AFPR » and « Saint-Nazaire »
    compare as words. This feeds the FAQ model: changing its output changes
    what the trained model sees.
    """
    text = fold(text).replace("'", " ").replace("-", " ")
    text = _NON_WORD.sub(" ", text)
    return _SPACES.sub(" ", text).strip()
