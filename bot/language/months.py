"""Month and day names as employers type them (accents folded), for dates and spans of months."""

from __future__ import annotations

#: Folded month names and their usual abbreviations → month number.
MONTHS: dict[str, int] = {
    "janvier": 1, "janv": 1, "jan": 1,
    "fevrier": 2, "fevr": 2, "fev": 2,
    "mars": 3,
    "avril": 4, "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7, "juil": 7,
    "aout": 8,
    "septembre": 9, "sept": 9, "sep": 9,
    "octobre": 10, "oct": 10,
    "novembre": 11, "nov": 11,
    "decembre": 12, "dec": 12,
}
#: The twelve full names (no abbreviation), where a short word would be ambiguous (« dec », « sep »).
FULL_MONTHS: tuple[str, ...] = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)
#: Full names of five letters or more, the targets of misspelt months.
LONG_MONTHS: tuple[str, ...] = tuple(name for name in FULL_MONTHS if len(name) >= 5)
#: Seasons (folded) → the first month they fully cover: « au printemps » is taken as April (a start date to refine).
SEASONS: dict[str, int] = {"printemps": 4, "ete": 7, "automne": 10, "hiver": 1}
#: The days of the week (folded), singular and plural (« les mardis »).
WEEKDAYS: tuple[str, ...] = tuple(
    form
    for day in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
    for form in (day, day + "s")
)
#: Words of the calendar: a word that is one of them is no misspelling of another word.
CALENDAR_WORDS: frozenset[str] = frozenset((*WEEKDAYS, *FULL_MONTHS, *SEASONS))
