"""The report's HTML page, rendered by the Jinja2 templates of ``templates/``.

Autoescaping is on for every template: the employers' own words (unanswered
questions), FAQ questions and database messages reach the page only as text.
This module prepares what each section shows (sorting, sentences for the
charts' descriptions); the templates lay it out. The page is self-contained:
inline CSS and SVG, no script, nothing loaded from anywhere (its Content
Security Policy makes browsers enforce it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from bot.dialogue.messages import VERDICT_LABELS
from bot.staff.report.analysis import MASK, UNKNOWN_VERDICT, EntryStats, ReportData
from bot.staff.report.charts import SECONDARY, Chart, Series, conversations_chart, horizontal_bars, vertical_bars
from bot.staff.report.formatting import (
    department_label,
    department_short_label,
    fmt_date,
    fmt_datetime,
    fmt_day,
    fmt_int,
    fmt_percent,
    plural,
)

TITLE = "Rapport d'activité de l'assistant « 1 emploi = 1 formation »"
MAX_CHART_ENTRIES = 15
#: Browsers enforce what the report promises: nothing is loaded from anywhere.
CSP = "default-src 'none'; style-src 'unsafe-inline'"
#: Labels of the verdicts in the funnel's breakdown.
VERDICT_NAMES = {**VERDICT_LABELS, UNKNOWN_VERDICT: "Verdict non enregistré"}

SECTIONS = (
    ("synthese", "En bref"),
    ("conversations", "Conversations par jour"),
    ("reponses", "Réponses servies"),
    ("avis", "Avis 👍 / 👎"),
    ("sans-reponse", "Questions sans réponse"),
    ("eligibilite", "Vérification d'éligibilité"),
    ("departements", "Demandes par département"),
)


@dataclass(frozen=True)
class Stage:
    """One step of the eligibility funnel, with its share of the step before (None for the first)."""

    label: str
    count: int
    previous: int | None


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The templates' environment: autoescaped, and an unknown name is an error rather than blank text."""
    env = Environment(
        loader=PackageLoader("bot.staff.report", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(number=fmt_int, day=fmt_day, date=fmt_date, datetime=fmt_datetime, department=department_label)
    env.globals.update(percent=fmt_percent, plural=plural)
    return env


# --------------------------------------------------------------------------- sections


def period_text(data: ReportData) -> str:
    if data.since is None:
        return "toutes les données enregistrées"
    days = plural(data.days or 0, "dernier jour", "derniers jours")
    return f"{days}, du {fmt_datetime(data.since)} au {fmt_datetime(data.generated_at)}"


def summary_figures(data: ReportData) -> list[tuple[int, str]]:
    """The « En bref » figures with their label, singular or plural."""
    started = data.funnel.started
    return [
        (data.total_conversations, "conversations" if data.total_conversations > 1 else "conversation"),
        (data.total_answers, "réponses de la FAQ servies" if data.total_answers > 1 else "réponse de la FAQ servie"),
        (data.total_unanswered, "questions sans réponse" if data.total_unanswered > 1 else "question sans réponse"),
        (started, "vérifications d'éligibilité commencées" if started > 1 else "vérification d'éligibilité commencée"),
        (data.total_submissions, "demandes d'embauche" if data.total_submissions > 1 else "demande d'embauche"),
    ]


def session_rule(minutes: float | None) -> str:
    """How Rasa cuts conversations, from ``session_config`` in domain.yml (« » when unknown)."""
    if minutes is None:
        return ""
    if minutes == 0:
        return " (elle ne se termine jamais par inactivité)"
    return f" (une nouvelle commence après {plural(minutes, 'minute')} d'inactivité)"


def conversations_chart_of(data: ReportData) -> Chart | None:
    per_day = data.conversations_per_day
    if not per_day:
        return None
    busiest_day, busiest = max(per_day, key=lambda item: (item[1], -item[0].toordinal()))
    label = (
        f"Diagramme en barres des conversations par jour, du {fmt_date(per_day[0][0])} au {fmt_date(per_day[-1][0])} : "
        f"{plural(data.total_conversations, 'conversation')} au total, au plus {fmt_int(busiest)} le {fmt_date(busiest_day)}. "
        "Le tableau qui suit donne chaque valeur."
    )
    return conversations_chart(per_day, label=label, title="Nombre de conversations commencées chaque jour (heure de Paris).")


def entries_by_use(data: ReportData) -> list[EntryStats]:
    """Most served first; FAQ order among equals."""
    return sorted(data.entries, key=lambda e: -e.served)


def answers_chart_of(entries: Sequence[EntryStats]) -> Chart | None:
    shown = [e for e in entries if e.served][:MAX_CHART_ENTRIES]
    if not shown:
        return None
    top = shown[0]
    label = (
        f"Diagramme en barres horizontales des {len(shown)} entrées de la FAQ les plus servies : "
        f"en tête {top.faq_id} avec {plural(top.served, 'réponse')} ({fmt_int(top.typed)} tapées, {fmt_int(top.buttons)} par bouton). "
        "Le tableau qui suit donne toutes les entrées."
    )
    return horizontal_bars(
        [e.faq_id for e in shown],
        [Series("question tapée", [e.typed for e in shown]), Series("bouton", [e.buttons for e in shown], SECONDARY)],
        "Réponses servies",
        label=label,
        title=f"Les {len(shown)} entrées les plus servies (questions tapées et boutons).",
    )


def rated_entries(data: ReportData) -> list[EntryStats]:
    """Entries with at least one vote, the most criticised first."""
    return sorted((e for e in data.entries if e.votes), key=lambda e: (-(e.down_share or 0), -e.down, -e.votes))


def funnel_stages(data: ReportData) -> list[Stage]:
    funnel = data.funnel
    return [
        Stage("Vérification commencée", funnel.started, None),
        Stage("Verdict obtenu", funnel.with_verdict, funnel.started),
        Stage("Demande d'embauche envoyée", funnel.submitted, funnel.with_verdict),
    ]


def funnel_chart_of(data: ReportData) -> Chart:
    funnel = data.funnel
    label = (
        f"Diagramme en barres horizontales du parcours d'éligibilité : {plural(funnel.started, 'conversation')} "
        f"avec une vérification commencée, {fmt_int(funnel.with_verdict)} avec un verdict, "
        f"{fmt_int(funnel.submitted)} avec une demande d'embauche envoyée."
    )
    return horizontal_bars(
        ["Commencée", "Verdict", "Demande envoyée"],
        [Series("conversations", [s.count for s in funnel_stages(data)])],
        "Conversations",
        label=label,
        title="Du début de la vérification à la demande d'embauche (nombre de conversations).",
    )


def departments_chart_of(data: ReportData) -> Chart | None:
    rows = data.submissions_per_department
    if not data.total_submissions:
        return None
    best_code, best = max(rows, key=lambda item: item[1])
    label = (
        f"Diagramme en barres des demandes d'embauche par département : {plural(data.total_submissions, 'demande')} au total, "
        f"le plus grand nombre en {department_label(best_code)} ({fmt_int(best)}). Le tableau qui suit donne chaque valeur."
    )
    return vertical_bars(
        [(code, department_short_label(code)) for code, _ in rows],
        [count for _, count in rows],
        "Demandes",
        label=label,
        title="Demandes d'embauche enregistrées par département du lieu de travail.",
        tooltips=[f"{department_label(code)} : {fmt_int(count)}" for code, count in rows],
    )


def page_context(data: ReportData) -> dict[str, Any]:
    """Everything the templates read, computed once."""
    entries = entries_by_use(data)
    rated = rated_entries(data)
    conversations_ok = data.tracker_available
    return {
        "data": data,
        "title": TITLE,
        "csp": CSP,
        "sections": SECTIONS,
        "period": period_text(data),
        "mask": MASK,
        "figures": summary_figures(data),
        "session_rule": session_rule(data.session_minutes),
        "conversations_chart": conversations_chart_of(data) if conversations_ok and data.total_conversations else None,
        "entries": entries,
        "never_served": sum(1 for e in entries if not e.served),
        "answers_chart": answers_chart_of(entries) if conversations_ok else None,
        "rated": rated,
        "up": sum(e.up for e in rated),
        "down": sum(e.down for e in rated),
        "stages": funnel_stages(data),
        "funnel_chart": funnel_chart_of(data) if conversations_ok and data.funnel.started + data.funnel.with_verdict + data.funnel.submitted else None,
        "verdict_names": VERDICT_NAMES,
        "departments_chart": departments_chart_of(data) if data.submissions_available else None,
    }


def render_html(data: ReportData) -> str:
    """The whole self-contained page (French, lang="fr", no external resource)."""
    return environment().get_template("report.html").render(page_context(data))
