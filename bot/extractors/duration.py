"""Duration of a contract in an employer's free-text answer.

``extract_duration("un CDD de 8 mois et demi")`` returns ``Duration(months=8.5)``.

Understood: digits or French number words (« six », « dix-huit », « vingt et
un ») followed by a unit — years (« an », « ans », « année »), semesters,
quarters, months (« mois », also glued: « 6mois »), weeks, fortnights, days —
compounds (« 1 an et 3 mois », « 1 an 3 mois », « 2 ans et demi », « 1 an 1/2 »), decimals
(« 0,5 an », « 1.5 an »), halves (« une demi-année »), ranges (« 3 à 6 mois »,
« entre 6 et 12 mois », « 6 mois à 1 an »: the lower bound, the duration the
employer can commit to, with ``ranged=True`` so that the check asks for one duration), and open-ended contracts (« indéterminée », « pas de
fin », « CDI » → ``indefinite=True``).

A number alone (« 8 », « 12 », « environ 8 ») is read as a number of **months**,
the unit the dialogue asks for.

A span of months is its length: « de mars à septembre » is 7 months (both
months count), « du 1er mars au 30 septembre » is counted in days (7 months),
« jusqu'à début septembre » stops before September.

Weeks and days are converted with the mean month length, 30.4375 days
(365.25 / 12): « 3 semaines » is ``3 * 7 / 30.4375`` months; a result within
3 days of a whole number of months is that number (« 180 jours », « 26
semaines » are 6 months, not 5.9, which would need a derogation).

Numbers about another topic are not contract durations and are skipped: how
long the candidate has been registered or unemployed (« inscrite depuis 8
mois », « il y a 2 ans », « ça fait 3 ans »), ages (« il a 45 ans », « un jeune
de 19 ans »), experience (« 10 ans d'expérience »), and a five-digit number
alone (a postal code). Otherwise « oui, une demandeuse d'emploi inscrite
depuis 8 mois » would change a recorded CDD of 3 months into 8 months.

Invalid answers give ``Duration(months=None, error=<French message>)``:
negative, zero, over ten years, or an upper bound only (« moins de 6 mois »,
which does not say how long the contract lasts). Rates (« 3 jours par
semaine ») are not durations.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from bot.language.cues import alternation
from bot.language.fuzzy import closest, correct_word
from bot.language.months import MONTHS
from bot.language.normalize import strip_accents
from bot.language.numbers import read_number
from bot.language.tokens import (
    SEP,
    after_last_correction,
    clean_input,
    correction_positions,
    is_negated,
    joined,
    said_instead,
    token_index,
    tokenize,
)

DAYS_PER_MONTH = 30.4375
MAX_MONTHS = 120.0

ERROR_NEGATIVE = "Une durée ne peut pas être négative."
ERROR_ZERO = "Une durée ne peut pas être nulle : indiquez par exemple « 6 mois »."
ERROR_TOO_LONG = (
    "Cette durée semble trop longue : indiquez une durée comprise entre 1 jour et 10 ans (par exemple « 18 mois » ou « 2 ans »)."
)
ERROR_UPPER_BOUND = "Pouvez-vous indiquer une durée précise, par exemple « 4 mois », plutôt qu'une durée maximale ?"


@dataclass(frozen=True)
class Duration:
    """A contract duration in months; ``indefinite`` for open-ended contracts.

    ``error`` holds a French message for the employer when the answer is a
    duration that cannot be accepted (``months`` is then None).
    """

    months: float | None
    indefinite: bool = False
    error: str | None = None
    #: Said as a range (« entre 4 et 8 mois »): ``months`` is its lower bound, ``upper`` its upper bound.
    ranged: bool = False
    upper: float | None = None


# Unit kinds, largest first (compounds go from larger to smaller units).
_YEAR, _SEMESTER, _QUARTER, _MONTH, _FORTNIGHT, _WEEK, _DAY = range(7)

_UNITS: dict[str, int] = {
    **dict.fromkeys(("an", "ans", "annee", "annees", "anne", "annes", "anee", "anees", "ann"), _YEAR),
    **dict.fromkeys(("semestre", "semestres"), _SEMESTER),
    **dict.fromkeys(("trimestre", "trimestres"), _QUARTER),
    **dict.fromkeys(("mois", "moi", "mios", "mos", "moa"), _MONTH),
    **dict.fromkeys(("quinzaine", "quinzaines"), _FORTNIGHT),
    **dict.fromkeys(("semaine", "semaines", "sem", "sems", "smaine", "smaines"), _WEEK),
    **dict.fromkeys(("jour", "jours", "j", "jrs", "jr", "journee", "journees"), _DAY),
}
_FUZZY_UNITS = ("annee", "annees", "semestre", "trimestre", "mois", "semaine", "semaines", "jours", "journee")
_NOT_UNITS = frozenset({"moins", "mais", "mots", "mains", "annes", "journal", "semence"})

_HALF = frozenset({"demi", "demie"})
_RANGE_WORDS = frozenset({"a", "ou", "voire", "et"})
_RATE_WORDS = frozenset({"par", "chaque", "hebdo", "hebdomadaire", "hebdomadaires", "mensuel", "mensuels"})
_NEGATIVE = "neg_"
_FILLERS = frozenset(
    """
    environ a peu pres je pense dirais crois minimum min max maximum au moins plus de d disons genre euh heu bah ben
    ca sera c est voila quoi mettons normalement en principe sur on part il faut dire j ai mis pour l instant
    """.split()
)
_INDEFINITE = re.compile(
    r"\b(?:indetermine\w*|indefini\w*|illimite\w*|cdi|definitif|definitive|permanent|permanente)\b"
    r"|\b(?:pas|sans)\s(?:de\s)?(?:date\sde\s)?(?:fin|limite\w*)\b"
    r"|\bsans\slimitation\b"
)
_INDEFINITE_VOCABULARY = ("indeterminee", "indetermine", "indefinie", "illimitee")

_DIGITS_LETTERS = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")
_HALF_FRACTION = re.compile(r"(?<=[^\W\d_])\s*\b1\s*/\s*2\b")  # « 1 an 1/2 »
_DECIMAL = re.compile(r"(\d)\s?[,.](\d)")
_RANGE_DASH = re.compile(r"(\d)\s*[-–—]\s*(\d)")
_MINUS = re.compile(r"(?:^|(?<=[\s(:=/]))[-−–]\s?(?=\d)")


def _prepare(text: str) -> list[str]:
    text = strip_accents(text)
    text = _HALF_FRACTION.sub(" et demi", text)
    text = _RANGE_DASH.sub(r"\1 a \2", text)
    text = _DECIMAL.sub(r"\1_\2", text)
    text = _MINUS.sub(f" {_NEGATIVE} ", text)
    text = _DIGITS_LETTERS.sub(" ", text)
    return tokenize(text)


def _to_months(value: float, unit: int) -> float:
    if unit == _YEAR:
        return value * 12
    if unit == _SEMESTER:
        return value * 6
    if unit == _QUARTER:
        return value * 3
    if unit == _MONTH:
        return value
    if unit == _FORTNIGHT:
        return value * 15 / DAYS_PER_MONTH
    if unit == _WEEK:
        return value * 7 / DAYS_PER_MONTH
    return value / DAYS_PER_MONTH


def _number(tokens: list[str], i: int) -> tuple[float, int] | None:
    """Number starting at ``tokens[i]`` and the index after it."""
    token = tokens[i]
    if token[0].isdigit():
        if not re.fullmatch(r"\d+(?:_\d+)?", token):
            return None
        digits = token.replace("_", ".")
        if len(digits) > 12:
            return math.inf, i + 1
        return float(digits), i + 1
    read = read_number(tokens, i)
    return None if read is None else (float(read[0]), read[1])


def _unit(tokens: list[str], i: int) -> int | None:
    if i >= len(tokens):
        return None
    token = tokens[i]
    if token in _UNITS:
        return _UNITS[token]
    if token in _NOT_UNITS or len(token) < 4 or not token.isalpha():
        return None
    found = closest(token, _FUZZY_UNITS, edits=1)  # units are short: one edit whatever the length
    return None if found is None else _UNITS[found]


@dataclass(frozen=True)
class _Quantity:
    months: float
    start: int
    end: int
    negative: bool = False
    upper_bound: bool = False
    ranged: bool = False
    upper: float | None = None
    #: Said in weeks or days only (« 180 jours »), which may stand for a whole number of months.
    fine: bool = False


def _simple_quantity(tokens: list[str], i: int) -> tuple[float, int, int] | None:
    """« 6 mois », « une demi année », « 8 mois et demi »: (months, end, unit)."""
    number = _number(tokens, i)
    if number is None:
        return None
    value, j = number
    if j < len(tokens) and tokens[j] in _HALF:
        value *= 0.5
        j += 1
    unit = _unit(tokens, j)
    if unit is None:
        return None
    months = _to_months(value, unit)
    j += 1
    if j + 1 < len(tokens) and tokens[j] == "et" and tokens[j + 1] in _HALF:
        months += _to_months(0.5, unit)
        j += 2
    return months, j, unit


def _quantity(tokens: list[str], i: int) -> _Quantity | None:
    """Compound quantity starting at ``i`` (« 1 an et 3 mois »), ranges folded in."""
    first = _simple_quantity(tokens, i)
    if first is None:
        return _range_of_numbers(tokens, i)
    months, end, unit = first
    fine = unit in (_WEEK, _DAY, _FORTNIGHT)
    # Compound: smaller units may follow, joined by « et », a comma or nothing.
    while True:
        k = end
        while k < len(tokens) and tokens[k] in ("et", SEP):
            k += 1
        nxt = _simple_quantity(tokens, k) if k < len(tokens) else None
        if nxt is None or nxt[2] <= unit:
            break
        months += nxt[0]
        end, unit = nxt[1], nxt[2]
    # Range of quantities: « 6 mois à 1 an » → the lower bound.
    if end + 1 < len(tokens) and tokens[end] in _RANGE_WORDS - {"et"}:
        other = _simple_quantity(tokens, end + 1)
        if other is not None:
            return _Quantity(min(months, other[0]), i, other[1], ranged=True, upper=max(months, other[0]))
    return _Quantity(months, i, end, fine=fine)


def _range_of_numbers(tokens: list[str], i: int) -> _Quantity | None:
    """« 3 à 6 mois », « entre 6 et 12 mois »: the lower bound."""
    number = _number(tokens, i)
    if number is None:
        return None
    low, j = number
    if j + 1 >= len(tokens) or tokens[j] not in _RANGE_WORDS:
        return None
    second = _simple_quantity(tokens, j + 1)
    if second is None:
        return None
    high_months, end, unit = second
    low_months = _to_months(low, unit)
    return _Quantity(min(low_months, high_months), i, end, ranged=True, upper=max(low_months, high_months))


def _is_rate(tokens: list[str], end: int) -> bool:
    if end >= len(tokens):
        return False
    if tokens[end] in _RATE_WORDS:
        return True
    return tokens[end] == "sur" and end + 1 < len(tokens) and _number(tokens, end + 1) is not None


def _qualify(tokens: list[str], q: _Quantity) -> _Quantity:
    """Mark quantities preceded by a minus sign or by « moins de » (an upper bound)."""
    i = q.start
    negative = i > 0 and tokens[i - 1] == _NEGATIVE
    upper = (
        i >= 2
        and tokens[i - 1] in ("de", "d", "que")
        and tokens[i - 2] == "moins"
        and not (i >= 3 and tokens[i - 3] in ("au", "pas", "non", "du"))
    )
    if i >= 2 and tokens[i - 2 : i] in (["inferieur", "a"], ["inferieure", "a"]):
        upper = True
    return _Quantity(q.months, q.start, q.end, negative, upper, q.ranged, q.upper, q.fine)


#: Words before a quantity that make it a length of time since something (« depuis 8 mois »).
_SINCE = frozenset({"depuis", "dep", "dp"})
#: Words after a quantity that make it something else than a contract (« 10 ans d'expérience »).
_NOT_CONTRACT_AFTER = frozenset(
    {"experience", "experiences", "anciennete", "metier", "chomage", "inscription", "carriere", "pratique", "age", "qu", "que"}
)
#: People whose age may follow (« un jeune de 19 ans »).
_PEOPLE = frozenset(
    """
    jeune jeunes personne personnes homme femme gars fille garcon candidat candidate etudiant etudiante salarie salariee
    monsieur madame mr mme demandeur demandeuse senior seniors il elle quelqu
    """.split()
)
_AGE_WORDS = frozenset({"age", "agee", "ages", "agees"})
#: An age said as a bound (« moins de 26 ans », « plus de 50 ans »): at least this many months (16 years), far over the longest
#: contract the check reads (:data:`MAX_MONTHS`), so that « moins de 2 ans » stays a contract said as a maximum.
_AN_AGE_IN_MONTHS = 16 * 12
_YEARS = frozenset(word for word, unit in _UNITS.items() if unit == _YEAR)


def _other_topic(tokens: list[str], q: _Quantity) -> bool:
    """True when the quantity says how long ago, since when or how old, not how long the contract is."""
    before: list[str] = []
    k = q.start - 1
    while k >= 0 and tokens[k] != SEP and len(before) < 4:
        before.append(tokens[k])
        k -= 1
    after = [t for t in tokens[q.end : q.end + 3] if t != SEP]
    if _SINCE & set(before[:3]):
        return True
    if before[:2] == ["a", "y"] or before[:2] == ["fait", "ca"] or before[:2] == ["fait", "cela"]:
        return True  # « il y a 2 ans », « ça fait 3 ans »
    if after[:1] and after[0] in _NOT_CONTRACT_AFTER or after[:2] in (["d", "experience"], ["d", "anciennete"], ["de", "chomage"], ["de", "metier"]):
        return True
    if "anciennete" in before[:2]:
        return True
    years = q.end > q.start and tokens[q.end - 1] in _YEARS
    bound = len(before) > 1 and before[0] in ("de", "d") and before[1] in ("moins", "plus", _NEGATIVE)
    if years and bound and (q.months >= _AN_AGE_IN_MONTHS or before[2:4] in (["de", p] for p in _PEOPLE)):
        # « un jeune de moins de 26 ans », « les plus de 50 ans », « une personne de plus de 15 ans »: an age, no contract said
        # as a maximum (forty-ninth blind user test, u49-05, u49-06)
        return True
    if years and before[:1] == ["a"] and len(before) > 1 and before[1] in _PEOPLE | {"qui", "j", "on"}:
        return True  # « il a 45 ans »
    if years and (_AGE_WORDS & set(before[:2]) or before[:1] == ["de"] and len(before) > 1 and before[1] in _PEOPLE):
        return True  # « âgé de 52 ans », « un jeune de 19 ans »
    return False


def _quantities(tokens: list[str]) -> list[_Quantity]:
    found: list[_Quantity] = []
    i = 0
    while i < len(tokens):
        q = _quantity(tokens, i)
        if q is None:
            i += 1
            continue
        if not _is_rate(tokens, q.end) and not _other_topic(tokens, q):
            found.append(_qualify(tokens, q))
        i = q.end
    return found


def _bare_number(tokens: list[str]) -> _Quantity | None:
    """The whole answer is a number (« 8 », « environ 12 », « dix-huit »): months."""
    i = 0
    while i < len(tokens) and (tokens[i] == SEP or tokens[i] in _FILLERS):
        i += 1
    negative = i < len(tokens) and tokens[i] == _NEGATIVE
    if negative:
        i += 1
    if i >= len(tokens):
        return None
    number = _number(tokens, i)
    if number is None or any(t != SEP and t not in _FILLERS for t in tokens[number[1] :]):
        return None
    if re.fullmatch(r"\d{5}", tokens[i]):
        return None  # « 49300 » is a postal code
    q = _qualify(tokens, _Quantity(number[0], i, number[1]))
    return _Quantity(q.months, q.start, q.end, negative or q.negative, q.upper_bound)


#: Weeks or days within this many months (3 days) of a whole number of months are that number.
WHOLE_MONTH_TOLERANCE = 0.1


def _validate(q: _Quantity) -> Duration:
    if q.negative:
        return Duration(months=None, error=ERROR_NEGATIVE)
    if q.upper_bound:
        return Duration(months=None, error=ERROR_UPPER_BOUND)
    if q.months <= 0:
        return Duration(months=None, error=ERROR_ZERO)
    if not q.months <= MAX_MONTHS:
        return Duration(months=None, error=ERROR_TOO_LONG)
    whole = round(q.months)
    if q.fine and whole >= 1 and abs(q.months - whole) <= WHOLE_MONTH_TOLERANCE:
        return Duration(months=float(whole), ranged=q.ranged, upper=q.upper)  # « 180 jours », « 26 semaines »: 6 months
    return Duration(months=q.months, ranged=q.ranged, upper=q.upper)


_MONTH_NAME = alternation(MONTHS)
#: « de mars à septembre », « du 1er mars au 30 septembre », « d'avril à fin octobre » (not « entre mars et
#: avril », which is often when the job starts).
# (A span of two dates, without « du » or with a dash: « CDD saisonnier, 1er avril au 15 septembre », « 1er avril - 15 septembre »,
# the dash read as a minus, were not read and got the FAQ's answer on set-up time: thirty-first blind user test.)
_MONTH_SPAN = re.compile(
    rf"(?:^|\b(?:de|du|d|depuis)\s+|\b(?=\d{{1,2}}\s+(?:er\s+)?{_MONTH_NAME}\b(?:\s+\d{{4}})?\s+(?:a|au|{_NEGATIVE})\s+\d))"
    rf"(?:(?P<start_day>\d{{1,2}})\s+(?:er\s+)?)?(?P<start_edge>debut\s+|mi\s+)?(?P<start>{_MONTH_NAME})"
    rf"(?:\s+\d{{4}})?\s+(?:a|au|jusqu\s+a|jusqu\s+au|jusqu\s+en|jusqu\s+fin|(?P<dash>{_NEGATIVE}))\s+(?:(?P<end_edge>fin|mi|debut)\s+)?"
    rf"(?:(?P<end_day>\d{{1,2}})\s+)?(?P<end>{_MONTH_NAME})\b"
)
_EDGE_MONTHS = {"debut": 0.0, "mi": 0.5, "fin": 1.0}


def _month_span(tokens: list[str]) -> Duration | None:
    """The length of a span of months (« de mars à septembre »: 7 months, both months included;
    « du 1er mars au 30 septembre »: from the days; « jusqu'à début septembre »: 6)."""
    spans = [m for m in _MONTH_SPAN.finditer(joined([t for t in tokens if t != SEP]))
             if not m.group("dash") or m.group("start_day") and m.group("end_day")]
    # The exact dates win over the months said first (« avril a septembre… 1er avril au 15 septembre » was 6 months, eligible,
    # where its dates make 5 and a half: thirty-first blind user test).
    match = next((m for m in spans if m.group("start_day") and m.group("end_day")), spans[0] if spans else None)
    if match is None:
        return None
    first, last = MONTHS[match.group("start")], MONTHS[match.group("end")]
    if match.group("start_day") and match.group("end_day"):
        year = 2025 if last >= first else 2026  # any year without 29 February in the span
        try:
            first_day = dt.date(2025, first, int(match.group("start_day")))
            last_day = dt.date(year, last, int(match.group("end_day")))
        except ValueError:
            return None
        return _validate(_Quantity(((last_day - first_day).days + 1) / DAYS_PER_MONTH, 0, 0, fine=True))
    start = (first - 1) + _EDGE_MONTHS.get((match.group("start_edge") or "").strip(), 0.0)
    end = (last - 1) + _EDGE_MONTHS.get(match.group("end_edge") or "", 1.0)
    months = (end - start) % 12 or 12.0
    return _validate(_Quantity(months, 0, 0))


def _indefinite_starts(tokens: list[str]) -> list[int]:
    fixed = [correct_word(t, _INDEFINITE_VOCABULARY, {"indeterminer"}) or t for t in tokens]
    text = joined(fixed)
    starts = [token_index(text, m.start()) for m in _INDEFINITE.finditer(text)]
    return [s for s in starts if not is_negated(fixed, s)]


def extract_duration(text: str) -> Duration | None:
    """Duration said in ``text``, or None when it says nothing about a duration.

    A number alone is a number of months (« 8 » → 8 months). See the module
    docstring for what is understood and for the error cases. A length taken back inside the answer gives way to the one said
    last (« 8, enfin non 10 en fait » was none: forty-fourth blind user test, :func:`said_instead`).
    """
    instead = said_instead(clean_input(text), lambda said: getattr(_read_duration(said), "months", None) is not None)
    return _read_duration(instead if instead is not None else text)


def _read_duration(text: str) -> Duration | None:
    """:func:`extract_duration` on an answer that takes no length back."""
    text = clean_input(text)
    if not text.strip():
        return None
    tokens = _prepare(text)
    if not tokens:
        return None
    # The whole answer, or what follows the last correction (« 6 mois… en fait 8 »), is a number.
    for start in [0, *correction_positions(tokens)][::-1]:
        bare = _bare_number(tokens[start:])
        if bare is not None:
            return _validate(bare)
    quantities = _quantities(tokens)
    indefinite = _indefinite_starts(tokens)
    start = after_last_correction(tokens, [q.start for q in quantities] + indefinite)
    quantities = [q for q in quantities if q.start >= start]
    # A rejected duration gives way to a later one: « pas 6 mois mais 8 mois », and in a correction
    # « en fait c'est pas moins de 6 mois, le CDD fera 8 mois »; not a bound said without correcting
    # (« pas plus de 4 mois, on verra ensuite 8 mois »: the first one).
    correcting = bool(correction_positions(tokens))
    rejected = [q for q in quantities if q.start > 0 and tokens[q.start - 1] in ("pas", "non") or correcting and is_negated(tokens, q.start)]
    quantities = [q for q in quantities if q not in rejected] or quantities
    indefinite = [s for s in indefinite if s >= start]
    if quantities:
        return _validate(quantities[0])
    span = _month_span(tokens[start:])
    if span is not None:
        return span
    if indefinite:
        return Duration(months=None, indefinite=True)
    return None


def _plural(count: int, singular: str, plural: str) -> str:
    return f"{count} {singular if count == 1 else plural}"


def format_duration(months: float) -> str:
    """French wording of a duration: « 8 mois », « 1 an », « 1 an et 6 mois », « 3 semaines ».

    Durations under a month are given in weeks (in days under a week); others
    are rounded to the half month (« 8 mois et demi »).
    """
    if not isinstance(months, int | float) or math.isnan(months) or months <= 0:
        return "0 jour"
    if math.isinf(months):
        return "durée illimitée"
    if months < 1:
        days = months * DAYS_PER_MONTH
        weeks = round(days / 7)
        if weeks >= 1:
            return _plural(weeks, "semaine", "semaines")
        return _plural(max(1, round(days)), "jour", "jours")
    halves = round(months * 2)
    years, rest_halves = divmod(halves, 24)
    rest_months, half = divmod(rest_halves, 2)
    year_part = _plural(years, "an", "ans") if years else ""
    if not rest_halves:
        return year_part
    if rest_months == 0:  # only half a month on top of whole years
        return f"{year_part} et 2 semaines"
    month_part = f"{rest_months} mois et demi" if half else f"{rest_months} mois"
    if not year_part:
        return month_part
    if half:
        return f"{year_part}, {month_part}"
    return f"{year_part} et {month_part}"
