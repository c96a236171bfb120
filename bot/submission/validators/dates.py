"""The start date: a French date read out of a sentence, resolved against today.

« 15/03/2027 », « le 1er mars », « début septembre », « dans 4 mois », « au plus
vite »: a date without a year is the next one to come; months are added with
``dateutil.relativedelta`` (the 31st of a month ends on the last day of a
shorter one).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from bot.dialogue import messages as say
from bot.language import fuzzy
from bot.language.months import LONG_MONTHS, MONTHS, SEASONS
from bot.language.normalize import fold, normalize
from bot.language.numbers import parse_number
from bot.submission.fields import FieldResult, fail, never_raises, ok, precheck, read_answer

_MONTH_PATTERN = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_WORDS = (
    r"(?:vingt|trente)(?: et un| deux| trois| quatre| cinq| six| sept| huit| neuf)?"
    r"|dix (?:sept|huit|neuf)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
)
_TEXT_DATE = re.compile(
    r"(?:\b(?P<qual>debut|mi|milieu|fin|courant)\s+(?:du\s+mois\s+)?(?:de\s+|d\s+)?)?"
    rf"(?:\b(?P<day>[0-9]{{1,2}}|1er|premier|{_DAY_WORDS})\s+)?"
    rf"\b(?P<month>{_MONTH_PATTERN})\b"
    r"(?:\s+(?P<year>[0-9]{4})\b)?"
)
#: « au printemps », « cet été 2027 », « à l'automne » (« été » only after a word that makes it the season, not « a été »).
_SEASON = re.compile(
    r"(?:\b(?:au|l|cet|en|a l|pour l|debut|fin|courant|des l)\s+(?P<summer>ete)|\b(?P<season>printemps|automne|hiver))"
    r"(?:\s+(?P<year>20[0-9]{2}))?\b"
)
_ISO_DATE = re.compile(r"(?<![\d/.\-])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.\-])")
_NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?(?![\d/.\-])")
_RELATIVE = re.compile(
    r"\b(?:dans|d ici|sous)\s+(?:environ\s+|a peu pres\s+)?(?P<n>[a-z0-9 ]+?)\s+(?P<unit>jours?|semaines?|mois|ans?|annees?)\b"
)
_ASAP = re.compile(
    r"\b(?:le plus tot possible|au plus tot|plus tot possible|des que possible|asap|au plus vite|le plus vite possible|"
    r"immediatement|tout de suite|des maintenant|maintenant|urgent|urgence|rapidement|sans attendre|"
    # « quand la formation sera finie » was no date (tenth blind user test): the earliest date too, the hire following it.
    r"(?:apres|a la fin de|a l issue de|des la fin de) la formation|quand la formation (?:sera|est) (?:finie|terminee|faite))\b"
)
_MIN_NOTICE_MONTHS = 2
_MAX_AHEAD_MONTHS = 24


def french_date(day: date) -> str:
    ordinal = say.FIRST_OF_MONTH if day.day == 1 else str(day.day)
    return say.DATE.format(day=ordinal, month=say.MONTH_NAMES[day.month - 1], year=day.year)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_occurrence(month: int, day: int | None, qualifier: str | None, today: date) -> date | None:
    """First date after ``today`` for a day and month without year; None when it never exists."""
    for year in range(today.year, today.year + 5):
        candidate = _resolve_day(year, month, day, qualifier)
        if candidate is not None and candidate > today:
            return candidate
    return None


def _resolve_day(year: int, month: int, day: int | None, qualifier: str | None) -> date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    if day is not None:
        return _safe_date(year, month, day)
    if qualifier in ("mi", "milieu"):
        return date(year, month, 15)
    if qualifier == "fin":
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, 1)


def _month_words(folded_words: str) -> str:
    """Folded words with misspelt month names corrected (« fevier » -> « fevrier »)."""
    corrected: list[str] = []
    for word in folded_words.split():
        if word not in MONTHS and len(word) >= 5 and word.isalpha():
            word = fuzzy.closest(word, LONG_MONTHS) or word
        corrected.append(word)
    return " ".join(corrected)


_IMPOSSIBLE = object()


def _parse_date(cleaned: str, today: date) -> tuple[date | None | object, str | None]:
    """(date, remark) from the answer; ``_IMPOSSIBLE`` for a date that does not exist, None when none is found."""
    folded = fold(cleaned)
    words = " ".join(normalize(cleaned).split())
    match = _ISO_DATE.search(folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
        found = _safe_date(year, month, day) if 1 <= year else None
        return (found if found else _IMPOSSIBLE), None
    match = _NUMERIC_DATE.search(folded)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        if match.group(3):
            year = int(match.group(3))
            year += 2000 if year < 100 else 0
            found = _safe_date(year, month, day)
        else:
            found = _next_occurrence(month, day, None, today) if 1 <= month <= 12 else None
        return (found if found else _IMPOSSIBLE), None
    match = _RELATIVE.search(words)
    if match:
        count = parse_number(match.group("n"))
        unit = match.group("unit")
        if count is not None and count <= 1000:
            if unit.startswith("jour"):
                return today + timedelta(days=count), None
            if unit.startswith("semaine"):
                return today + timedelta(weeks=count), None
            months = count if unit == "mois" else count * 12
            return today + relativedelta(months=min(months, 1200)), None
    words = _month_words(words)
    match = _TEXT_DATE.search(words)
    if match:
        month = MONTHS[match.group("month")]
        raw_day = match.group("day")
        day_of_month = None if raw_day is None else 1 if raw_day in ("1er", "premier") else parse_number(raw_day)
        qualifier = match.group("qual")
        if match.group("year"):
            found = _resolve_day(int(match.group("year")), month, day_of_month, qualifier)
        else:
            found = _next_occurrence(month, day_of_month, qualifier, today)
        return (found if found else _IMPOSSIBLE), None
    if _ASAP.search(words):
        return today + relativedelta(months=_MIN_NOTICE_MONTHS), "asap"
    # « hier » got « pas reconnu de date » (eighth blind user test): a past day, refused as such afterwards.
    if re.search(r"\bavant hier\b", words):
        return today - timedelta(days=2), None
    if re.search(r"\bhier\b", words):
        return today - timedelta(days=1), None
    if re.search(r"\bsemaine derniere\b", words):
        return today - timedelta(days=7), None
    if re.search(r"\bmois dernier\b", words):
        return today.replace(day=1) - relativedelta(months=1), None
    if re.search(r"\bapres demain\b", words):
        return today + timedelta(days=2), None
    if re.search(r"\bdemain\b", words):
        return today + timedelta(days=1), None
    if re.search(r"\baujourd hui\b", words):
        return today, None
    if re.search(r"\bsemaine prochaine\b", words):
        return today + timedelta(days=7 - today.weekday()), None
    if re.search(r"\bmois prochain\b", words):
        return today.replace(day=1) + relativedelta(months=1), None
    if re.search(r"\brentree\b", words):
        return _next_occurrence(9, 1, None, today), None
    # « après l'été » was the 1st of July (eleventh blind user test): after a season is the start of the next one.
    after = re.search(r"\b(?:apres|a la fin de|fin de|fin)\s+(?:l |le |la )?(?P<season>ete|printemps|automne|hiver)\b", words)
    if after:
        month = {"ete": 9, "printemps": 7, "automne": 1, "hiver": 4}[after.group("season")]
        return _next_occurrence(month, 1, None, today), "season"
    weekday = re.search(r"\b(?P<day>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:prochain|qui vient)\b", words)
    if weekday:  # « lundi prochain » was not a date (eleventh blind user test)
        index = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche").index(weekday.group("day"))
        return today + timedelta(days=(index - today.weekday() - 1) % 7 + 1), None
    match = _SEASON.search(words)
    if match:
        month = SEASONS[match.group("summer") or match.group("season")]
        found = date(int(match.group("year")), month, 1) if match.group("year") else _next_occurrence(month, 1, None, today)
        return found, "season"
    if re.search(r"\bfin (?:de l |d )?annee\b", words):
        return date(today.year, 12, 1) if today.month < 12 else date(today.year + 1, 12, 1), "season"
    return None, None


@never_raises
def validate_start_date(text: str, today: date) -> FieldResult:
    """Planned start date of the job, after ``today`` and at most two years ahead."""
    cleaned, error = precheck(text, "")
    if error:
        return _parse_start_date(text, today)
    return read_answer(cleaned, "start_date", lambda answer: _parse_start_date(answer, today))


def _parse_start_date(text: str, today: date) -> FieldResult:
    """Planned start date of the job, after ``today`` and at most two years ahead."""
    example_day = french_date((today + relativedelta(months=3)).replace(day=15))
    example = say.DATE_EXAMPLES.format(day=example_day)
    cleaned, error = precheck(text, say.DATE_EMPTY.format(example=example))
    if error:
        return fail(error)
    found, remark = _parse_date(cleaned, today)
    if found is _IMPOSSIBLE:
        return fail(say.DATE_IMPOSSIBLE.format(example=example))
    if not isinstance(found, date):
        return fail(say.DATE_NOT_FOUND.format(example=example))
    if found < today:
        return fail(say.DATE_PAST.format(date=french_date(found), example=example_day))
    if found == today:
        return fail(say.DATE_TODAY.format(example=example_day))
    latest = today + relativedelta(months=_MAX_AHEAD_MONTHS)
    if found > latest:
        return fail(say.DATE_TOO_FAR.format(latest=french_date(latest)))
    if remark == "asap":
        return ok(found, say.DATE_ASAP.format(date=french_date(found)))
    if remark == "season" and found >= today + relativedelta(months=_MIN_NOTICE_MONTHS):
        return ok(found, say.DATE_APPROXIMATE.format(date=french_date(found)))
    return ok(found, notice_warning(found, today))


def notice_warning(found: date, today: date) -> str | None:
    """What to say of a start too soon to set up a training (« au moins 2 à 3 mois »), else None."""
    if found < today + relativedelta(months=_MIN_NOTICE_MONTHS):
        return say.DATE_SOON.format(date=french_date(found))
    return None


def looks_like_a_date(text: str) -> bool:
    """True when ``text`` is only a date (« septembre 2027 », « le 1er mars »): no job title, for example."""
    words = re.findall(r"\w+", fold(text))
    return bool(words) and all(w.isdigit() or w in MONTHS or w in ("le", "en", "1er", "debut", "fin", "mi") for w in words) and any(
        w in MONTHS for w in words
    )
