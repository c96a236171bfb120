"""French numbers written in words (« dix-huit », « vingt et un », « deux cents »).

The grammar of French numbers is text2num's (``text_to_num.text2num``); this
module only finds where a number starts and ends in a stream of folded tokens
(see :mod:`bot.language.tokens`), which text2num does not do:

* tokens are accent-free, so « zero » is given back its accent before text2num
  sees it, and a zero never starts a longer number (« zéro un » is two numbers);
* the longest run of tokens that text2num reads as *one* number wins, so
  « trois six mois » is 3 then 6 and « un deux » is 1 then 2;
* « vingt un » (the « et » forgotten) is read as « vingt et un », as people
  type it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from text_to_num import alpha2digit, text2num

from bot.language.normalize import normalize

#: Units after a number that make it a measure (hours, months, years, weeks, days, euros), not a count.
MEASURE_UNITS = frozenset(
    {"h", "hr", "hrs", "heure", "heures", "mois", "an", "ans", "annee", "annees", "semaine", "semaines", "jour", "jours", "euro", "euros", "eur"}
)
#: :data:`MEASURE_UNITS` as a regular expression (folded text), ending at a word boundary.
MEASURE_UNIT = r"(?:" + "|".join(sorted(MEASURE_UNITS, key=len, reverse=True)) + r")\b"

#: Folded number words, by the value they have on their own.
NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "treize": 13,
    "quatorze": 14,
    "quinze": 15,
    "seize": 16,
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
    "cent": 100,
    "cents": 100,
    "mil": 1000,
    "mille": 1000,
}
#: The number words of a small count (two to ten) as a regular expression (folded): « deux postes », « trois CDD ».
SMALL_COUNT_WORDS = "(?:" + "|".join(sorted((w for w, v in NUMBER_WORDS.items() if 2 <= v <= 10), key=len, reverse=True)) + ")"
#: Words that text2num knows spelt with an accent only.
_ACCENTED = {"zero": "zéro"}
_TENS = frozenset({"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante", "octante", "nonante"})
_AFTER_ET = frozenset({"un", "une", "onze"})
#: The article « un » / « une », which is also the number one.
ARTICLES = frozenset({"un", "une"})


_WORD = re.compile(r"[^\W\d_]+")


def spelt_digits(text: str) -> str:
    """``text`` with its numbers written in words turned into digits, as text2num's ``alpha2digit``
    does (« zéro six douze trente-quatre » → « 06 12 34 »), « zero » without its accent included."""
    return str(alpha2digit(_WORD.sub(lambda m: _ACCENTED.get(m.group(0).lower(), m.group(0)), text), "fr"))


@dataclass(frozen=True)
class NumberSpan:
    """A number read in tokens: its value and its token span ``[start, end)``."""

    value: int
    start: int
    end: int

    @property
    def is_article(self) -> bool:
        """A lone « un » / « une », which may be the article rather than the number."""
        return self.end - self.start == 1 and self.value == 1


def is_number_word(token: str) -> bool:
    """True for a folded French number word (« dix », « vingts », « mille »)."""
    return token in NUMBER_WORDS


@lru_cache(maxsize=4096)
def _value(words: tuple[str, ...]) -> int | None:
    if "zero" in words:
        return 0 if words == ("zero",) else None
    try:
        return int(text2num(" ".join(_ACCENTED.get(w, w) for w in words), "fr"))
    except ValueError:
        return None


def _with_et(words: Sequence[str]) -> tuple[str, ...]:
    """« vingt un » -> « vingt et un »: the « et » people leave out."""
    fixed: list[str] = []
    for i, word in enumerate(words):
        if word in _AFTER_ET and i > 0 and words[i - 1] in _TENS:
            fixed.append("et")
        fixed.append(word)
    return tuple(fixed)


def read_number(tokens: Sequence[str], start: int) -> tuple[int, int] | None:
    """``(value, end)`` of the number written in words from ``tokens[start]``, or None.

    The longest run of tokens read as one number; « et » counts inside a
    number only before « un », « une » or « onze » (« vingt et un »).
    """
    if start >= len(tokens) or tokens[start] not in NUMBER_WORDS:
        return None
    end = start
    while end < len(tokens):
        token = tokens[end]
        if token in NUMBER_WORDS:
            end += 1
        elif token == "et" and end + 1 < len(tokens) and tokens[end + 1] in _AFTER_ET and end > start:
            end += 1
        else:
            break
    for stop in range(end, start, -1):
        words = tuple(tokens[start:stop])
        if words[-1] == "et":
            continue
        value = _value(words)
        if value is None and "et" not in words:
            value = _value(_with_et(words))
        if value is not None:
            return value, stop
    return None  # pragma: no cover - a single number word always reads


def number_spans(tokens: Sequence[str]) -> list[NumberSpan]:
    """Every number written in words in ``tokens``, in order, not overlapping."""
    found: list[NumberSpan] = []
    i = 0
    while i < len(tokens):
        read = read_number(tokens, i)
        if read is None:
            i += 1
            continue
        value, end = read
        found.append(NumberSpan(value, i, end))
        i = end
    return found


def parse_number(text: str) -> int | None:
    """The integer ``text`` is, in digits or French words (« 3 », « trois », « dix-huit »), else None.

    ``text`` must be that number and nothing else (surrounding spaces aside).
    """
    stripped = text.strip()
    if stripped.isascii() and stripped.isdigit():
        return int(stripped)
    tokens = normalize(stripped).split()
    read = read_number(tokens, 0) if tokens else None
    if read is None or read[1] != len(tokens):
        return None
    return read[0]


#: A choice among the buttons just shown, by its position (folded): « la première », « la 1ère », « la 2e », « la 2 », « la
#: dernière », « celle du milieu », « c'est la troisième question » (thirty-fourth blind user test). The whole message: « la
#: deuxième fois », « le premier mars » are no choice.
_ORDINAL_CHOICE = re.compile(
    r"^(?:(?:ben|bah|euh|alors|oui|ok|plutot|je (?:dirais|pense|prends|choisis|veux)|c est|ce serait|ca serait|je voudrais)\s+)*"
    r"(?:(?:la|le|celle|celui)\s+(?:(?:n|no|numero)\s+)?(?P<ordinal>premiere?|1\s?(?:ere|er|re|e)|1|deuxieme|seconde?|2\s?(?:eme|e|nde|nd)|2|"
    r"troisieme|3\s?(?:eme|e)|3|quatrieme|4\s?(?:eme|e)|4|derniere?)"
    r"|(?:la\s+question\s+|celle\s+|celui\s+)?(?P<middle>du milieu|au milieu))"
    r"(?:\s+(?:question|proposition|suggestion|choix|reponse|bouton|de la liste))?"
    r"(?:\s+(?:svp|stp|s il vous plait|merci|alors|please|pls))*$"
)


def position_chosen(text: str, count: int) -> int | None:
    """The index (from 0) among ``count`` choices that ``text`` names by its position (:data:`_ORDINAL_CHOICE`), None when it
    names none or one beyond them (« celle du milieu » only among an odd number)."""
    found = _ORDINAL_CHOICE.match(normalize(text or ""))
    if found is None or count <= 0:
        return None
    if found.group("middle"):
        return count // 2 if count % 2 == 1 else None
    ordinal = re.sub(r"\s", "", found.group("ordinal"))
    if ordinal.startswith("dernier"):
        return count - 1
    index = 0 if ordinal.startswith(("premier", "1")) else 1 if ordinal.startswith(("deux", "second", "2")) else (
        2 if ordinal.startswith(("trois", "3")) else 3)
    return index if index < count else None


#: A figure said as an ordinal, on raw or folded text: « le 2e poste », « le 2ème », « la 3eme », « le 1er », « la 2nde »; not a
#: share (« 4/5e ») nor a figure with its unit (« 2 h »).
_ORDINAL_FIGURE = re.compile(
    r"(?<![\w/.,])\d{1,3}(?:\s?(?:[eè]me|i[eè]me|[eè]re|nde?)|e|er|re|me)(?![\w'’])", re.IGNORECASE
)


def without_ordinals(text: str) -> str:
    """``text`` without the figures said as ordinals (:data:`_ORDINAL_FIGURE`): a rank is no value of hours, a count or a length
    (« question: pour le 2e poste on a pas de candidat » at the hours was 2 hours, not eligible: fifty-first blind user test,
    u51-08)."""
    return _ORDINAL_FIGURE.sub(" ", text or "")
