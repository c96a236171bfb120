"""Tokenisation and sentence-structure helpers shared by the extractors (private).

Every extractor works on the same token stream: accent-free, lower-case words
(the same words as :func:`bot.language.normalize.normalize` produces), with the pseudo-token
``"|"`` inserted wherever the original text had a clause boundary (``.,;:!?()``,
a line break...). Negation windows never cross such a boundary.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence

from bot.language.cues import CLAUSE_MARK, CLAUSE_START_MARKERS, CORRECTION_MARKERS, CORRECTION_PHRASES, alternation
from bot.language.normalize import fold

#: Longest text the extractors look at; longer messages are cut (answers are short).
MAX_CHARS = 6000

SEP = "|"

_CLAUSE_BOUNDARY = re.compile(r"[.,;:!?()\[\]{}<>\n\r\t/\\|\"«»“”…]+")
_WORD = re.compile(r"\w+")

#: Words after which a mention is considered negated (« pas un CDI »).
NEGATION_WORDS = frozenset({"pas", "ni", "jamais", "aucun", "aucune"})
#: « pas » followed by one of these does not negate what comes next (« pas sûr, CDD »).
_NOT_A_NEGATION_AFTER_PAS = frozenset(
    {"sur", "sure", "certain", "certaine", "encore", "forcement", "mal", "trop", "vraiment", "loin", "tres"}
)
#: Words that end a negation window (« pas un CDI mais un CDD », « c'est pas X c'est Y »).
_WINDOW_STOPS = frozenset({"mais", "plutot", "donc", "est", "sera", "serait", "alors", "contre"})

#: Words that may open a clause before « non » (« ah non, un CDD »).
_CLAUSE_OPENERS = frozenset({SEP, "ah", "oh", "euh", "mais", "ben", "bah", "et", "ou", "heu", "bon"})
#: A number rejected after « et non » (« 3 postes et non 2 »): digits, or a number word from two (« et non un CDI » may open one).
_A_NUMBER = re.compile(r"\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt")
_KNOW = frozenset({"sais", "sait", "savons", "savez", "saurais"})

def clean_input(text: object) -> str:
    """``text`` as a string safe to scan: ``""`` for non-strings, cut to :data:`MAX_CHARS`."""
    if not isinstance(text, str):
        return ""
    return text[:MAX_CHARS]


#: An e-mail or web address (« nadia.benali@interim-ouest.fr », « www.cdi-conseil.fr », « https://… »): its words are no contract,
#: place nor count (« oups : nadia.benali@interim-ouest.fr » at the e-mail question corrected the contract to a « Mission
#: d'intérim »: thirty-seventh blind user test).
_ADDRESS = re.compile(
    r"[\w.+'’-]+@[\w-]+(?:\.[\w-]+)*|\b(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:fr|com|org|net|eu|io|info|bzh|gouv\.fr)\b(?:/\S*)?",
    re.IGNORECASE,
)


def without_addresses(text: str) -> str:
    """``text`` with its e-mail and web addresses blanked out (:data:`_ADDRESS`)."""
    return _ADDRESS.sub(" ", text) if ("@" in text or "." in text) else text


def tokenize(text: str) -> list[str]:
    """Accent-free, lower-case words of ``text`` with :data:`SEP` between clauses."""
    return tokenize_pair(text)[0]


def tokenize_pair(text: str) -> tuple[list[str], list[str]]:
    """Folded words and the original words they come from, aligned one to one.

    The original words keep case and accents, so that callers can look at
    capitalisation (« à Vue ») or tell « à » from « a ».
    """
    folded: list[str] = []
    original: list[str] = []
    for clause in _CLAUSE_BOUNDARY.split(unicodedata.normalize("NFC", text)):
        first = True
        for raw in _WORD.findall(clause):
            for part in _WORD.findall(fold(raw)):
                if first and folded:
                    folded.append(SEP)
                    original.append(SEP)
                first = False
                folded.append(part)
                original.append(raw)
    return folded, original


def joined(tokens: Sequence[str]) -> str:
    """Tokens joined by single spaces, for regular expressions over words."""
    return " ".join(tokens)


def token_index(text: str, char_pos: int) -> int:
    """Index of the token starting at ``char_pos`` in a :func:`joined` string."""
    return text.count(" ", 0, char_pos)


def is_negated(tokens: Sequence[str], start: int, window: int = 4) -> bool:
    """True when one of the ``window`` words before ``tokens[start]`` negates it.

    The window stops at a clause boundary and at words such as « mais » that
    start a new statement.
    """
    seen = 0
    i = start - 1
    while i >= 0 and seen < window:
        word = tokens[i]
        if word == SEP or word in _WINDOW_STOPS:
            return False
        if word == "non":
            # « CDD non saisonnier » negates; « non un CDD » (clause start) is a correction.
            return i == start - 1 and i > 0 and tokens[i - 1] not in _CLAUSE_OPENERS
        if word in NEGATION_WORDS:
            if word == "pas" and i + 1 < len(tokens) and tokens[i + 1] in _NOT_A_NEGATION_AFTER_PAS:
                return False
            if word == "pas" and i > 0 and tokens[i - 1] in _KNOW:
                return False  # « je (ne) sais pas, CDD ou CDI »
            if word == "pas" and i > 0 and tokens[i - 1] == "ou":
                return False  # « c'est eligible ou pas mon contrat pro ? »: « or not », no negation of what follows
            return True
        seen += 1
        i -= 1
    return False


def correction_positions(tokens: Sequence[str]) -> list[int]:
    """Token indexes just after each correction marker, in text order."""
    positions: list[int] = []
    for i in range(len(tokens)):
        for marker in CORRECTION_MARKERS:
            if marker in CLAUSE_START_MARKERS and i > 0 and tokens[i - 1] not in _CLAUSE_OPENERS:
                continue  # « CDD non renouvelable »: a negation, not a correction
            if marker in CLAUSE_START_MARKERS and i > 0 and tokens[i - 1] == "et" and i + 1 < len(tokens) and _A_NUMBER.fullmatch(tokens[i + 1]):
                continue  # « 3 postes et non 2 », « 8 mois et non 6 »: the number rejected, the one before said
            if tuple(tokens[i : i + len(marker)]) == marker:
                positions.append(i + len(marker))
                break
    return positions


def after_last_correction(tokens: Sequence[str], starts: Iterable[int]) -> int:
    """Start of the part of the message that counts.

    Returns the position after the last correction marker that is followed by
    at least one of the mention ``starts``; 0 when there is no such marker.
    """
    starts = sorted(starts)
    if not starts:
        return 0
    chosen = 0
    for pos in correction_positions(tokens):
        if any(s >= pos for s in starts):
            chosen = pos
    return chosen


def find_mentions(tokens: Sequence[str], patterns: Iterable[tuple[str, re.Pattern[str]]]) -> list[tuple[str, int, int]]:
    """Non-overlapping ``(label, start, end)`` token spans of the patterns, longest first at each position, in text order."""
    text = joined(tokens)
    found: list[tuple[str, int, int]] = []
    for label, pattern in patterns:
        for match in pattern.finditer(text):
            found.append((label, token_index(text, match.start()), token_index(text, match.end() - 1) + 1))
    found.sort(key=lambda m: (m[1], -(m[2] - m[1])))
    kept: list[tuple[str, int, int]] = []
    for mention in found:
        if kept and mention[1] < kept[-1][2]:
            continue
        kept.append(mention)
    return kept


#: A correction marker in folded text (:data:`CORRECTION_MARKERS`), « non » included: :func:`said_instead` reads a value on
#: both sides of it, which a negation has not (« 35h non négociable », « CDD non renouvelable »).
_MARKER_IN_TEXT = re.compile(rf"(?<![\w'])(?:{alternation(CORRECTION_PHRASES)}|non)(?![\w'])")
#: « et non 2 », « ou non »: a value rejected, or a question, after the value kept (« 3 postes et non 2 »).
_REJECTING_NO = re.compile(r"\b(?:et|ou)\s*$")
#: Correction markers, fillers and punctuation opening (« non pardon, 3 ») or closing an answer (« 32h en fait », « 28h pardon »): no part of the value.
_MARKERS_AT_THE_START = re.compile(rf"^(?:[\s,.;:!?…-]|(?<![\w'])(?:{alternation((*CORRECTION_PHRASES, 'non', 'euh', 'heu'))})(?![\w']))+")
_MARKERS_AT_THE_END = re.compile(rf"(?:[\s,.;:!?…-]|(?<![\w'])(?:{alternation((*CORRECTION_PHRASES, 'non', 'euh', 'heu'))})(?![\w']))+$")


def said_instead(text: str, reads: Callable[[str], bool]) -> str | None:
    """What an answer says after taking back a value inside itself, or None when it takes none back.

    « 30h, enfin non 32h en fait » → « 32h », « 2 postes non pardon 3 » → « 3 », « 8 euh non 10 mois » → « 10 mois »: the text
    after the last correction marker (:data:`CORRECTION_MARKERS`, « non » included) with a value before and after it, as
    ``reads`` finds one (the field's own reader), without the markers closing it. The one reader of a correction inside an
    answer for the hours, the counts, the lengths and the dates (forty-fourth blind user test: « 30h, enfin non 32h en fait » got
    « plusieurs durées »). Not « 3 postes et non 2 » (the value before is kept), nor a negation (no value on both sides)."""
    folded = fold(clean_input(text))
    for marker in reversed(list(_MARKER_IN_TEXT.finditer(folded))):
        if marker.group(0) == "non" and _REJECTING_NO.search(folded[: marker.start()]):
            continue
        tail = _MARKERS_AT_THE_START.sub("", _MARKERS_AT_THE_END.sub("", folded[marker.end():])).strip()
        head = folded[: marker.start()]
        # (The value right after the marker, in its clause: « 35h. finalement mettez 4 agents, et le debut plutot mi-avril » at
        # the hours takes back no hours.)
        clause = _MARKERS_AT_THE_END.sub("", re.split(CLAUSE_MARK, tail)[0]).strip()
        if clause and re.search(r"\w", head) and reads(clause) and reads(head):
            return tail
    return None
