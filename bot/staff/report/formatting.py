"""French formatting of the report's figures, with Babel (locale ``fr_FR``).

Babel spaces thousands and the percent sign the French way (« 12 345 »,
« 67 % » with no-break spaces) so the page does not hand-roll them.
Times are shown in Paris time.
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime
from babel.numbers import format_decimal, format_percent

from bot.language.places import REGION_DEPARTMENTS, department_name
from bot.staff.report.analysis import PARIS

LOCALE = "fr_FR"


def fmt_int(value: float) -> str:
    """12345 → « 12 345 » (narrow no-break space); 0.5 → « 0,5 »."""
    return format_decimal(value, locale=LOCALE)


def fmt_percent(part: int, whole: int) -> str:
    """« 67 % », « 6,7 % » below 10 %, or « – » when the whole is 0."""
    if not whole:
        return "–"
    share = part / whole
    pattern = "#,##0\u00a0%" if share >= 0.1 else "#,##0.#\u00a0%"
    return format_percent(share, format=pattern, locale=LOCALE)


def fmt_date(day: date) -> str:
    """« 20/11/2026 »."""
    return format_date(day, "dd/MM/yyyy", locale=LOCALE)


def fmt_short_date(day: date) -> str:
    """« 20/11 », under a chart's bars."""
    return format_date(day, "dd/MM", locale=LOCALE)


def fmt_day(day: date) -> str:
    """« vendredi 20/11/2026 »."""
    return format_date(day, "EEEE dd/MM/yyyy", locale=LOCALE)


def fmt_datetime(moment: datetime) -> str:
    """« 21/11/2026 à 19:00 », in Paris time."""
    return format_datetime(moment, "dd/MM/yyyy 'à' HH:mm", tzinfo=PARIS, locale=LOCALE)


def plural(count: float, singular: str, plural_form: str | None = None) -> str:
    """« 1 conversation », « 2 conversations » (French: 0 and 1 take the singular)."""
    return f"{fmt_int(count)} {singular if count < 2 else (plural_form or singular + 's')}"


def department_label(code: str) -> str:
    """« 49 – Maine-et-Loire »; « 35 – Ille-et-Vilaine (hors Pays de la Loire) » outside the region."""
    name = department_name(code)
    if code in REGION_DEPARTMENTS and name:
        return f"{code} – {name}"
    return f"{code} – {name} (hors Pays de la Loire)" if name else f"{code} – hors Pays de la Loire"


def department_short_label(code: str) -> str:
    """The name under a chart's bar: « Maine-et-Loire », « autre » outside the region."""
    name = department_name(code)
    return name if name and code in REGION_DEPARTMENTS else "autre"
