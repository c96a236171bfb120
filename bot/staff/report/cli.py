"""``python -m bot report``: read, compute, render, write atomically, and say what was written."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from bot import settings
from bot.staff.report.formatting import plural
from bot.staff.report.render import render_html
from bot.staff.report.source import collect_report_data

DEFAULT_OUTPUT = settings.ROOT / "reports" / "rapport.html"


def write_report(text: str, output: Path) -> None:
    """Write atomically (a reader never sees half a report)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, output)


def _days_argument(value: Any) -> int | None:
    if value in (None, ""):
        return None
    days = int(value)
    if days < 1:
        raise ValueError(days)
    return days


def cli_report(args: Any) -> int:
    """``python -m bot report [--output F] [--tracker-url URL] [--db-url URL] [--days N]``; exit code.

    0 when the report is written (even without any data), 1 when it cannot be
    written or a database could not be read, 2 for a wrong ``--days``.
    """
    try:
        days = _days_argument(getattr(args, "days", None))
    except (TypeError, ValueError):
        print("--days attend un nombre entier de jours, au moins 1.", file=sys.stderr)
        return 2
    output = Path(getattr(args, "output", None) or DEFAULT_OUTPUT)
    data = collect_report_data(getattr(args, "tracker_url", None) or None, getattr(args, "db_url", None) or None, days)
    try:
        write_report(render_html(data), output)
    except OSError as error:
        print(f"Impossible d'écrire le rapport {output} : {error.strerror or error}", file=sys.stderr)
        return 1
    for message in (*data.errors, *data.notices):
        print(message, file=sys.stderr)
    print(
        f"Rapport écrit dans {output} : {plural(data.total_conversations, 'conversation')}, "
        f"{plural(data.total_answers, 'réponse servie', 'réponses servies')}, "
        f"{plural(data.total_unanswered, 'question sans réponse', 'questions sans réponse')}, "
        f"{plural(data.total_submissions, 'demande', 'demandes')} d'embauche."
    )
    return 1 if data.errors else 0
