"""Reading the report's sources: no data, missing or unreadable databases never crash nor create anything."""

from __future__ import annotations

import html
from pathlib import Path

from report_trackers import NOW, save_trackers

from bot.staff.report import collect_report_data, render_html
from bot.staff.report.source import display_url, session_minutes


def test_empty_tracker_database_says_there_is_no_data(tmp_path: Path) -> None:
    url = save_trackers(tmp_path / "tracker.db", {})  # Rasa creates the table, nothing in it
    data = collect_report_data(url, f"sqlite:///{tmp_path / 'submissions.db'}", now=NOW)
    assert data.total_conversations == 0 and data.total_answers == 0 and not data.unanswered
    assert data.errors == ()
    assert any("aucune conversation enregistrée" in notice for notice in data.notices)
    page = render_html(data)
    assert "<svg" not in page
    text = html.unescape(page)
    assert "Aucune donnée de conversation" in text and "Aucune demande d'embauche" in text


def test_missing_databases_are_reported_and_not_created(tmp_path: Path) -> None:
    tracker, submissions = tmp_path / "absent" / "tracker.db", tmp_path / "absent" / "submissions.db"
    data = collect_report_data(f"sqlite:///{tracker}", f"sqlite:///{submissions}", days=7, now=NOW)
    assert html.unescape(render_html(data)).count("n'existe pas encore") == 2
    assert not tracker.exists() and not submissions.exists()
    assert data.total_conversations == 0 and data.total_submissions == 0


def test_unreadable_tracker_url_gives_a_french_error_not_a_crash(tmp_path: Path) -> None:
    data = collect_report_data("nosuchdialect://user:secret@host/db", f"sqlite:///{tmp_path / 'none.db'}", now=NOW)
    assert data.errors and "base des conversations" in data.errors[0]
    assert "secret" not in render_html(data)
    assert display_url("postgresql://bot:secret@db.example/bot") == "postgresql://bot:***@db.example/bot"


def test_session_minutes_read_from_a_domain(tmp_path: Path) -> None:
    domain = tmp_path / "domain.yml"
    domain.write_text("session_config:\n  session_expiration_time: 45\n", encoding="utf-8")
    assert session_minutes(domain) == 45
    domain.write_text("intents: []\n", encoding="utf-8")
    assert session_minutes(domain) is None
    assert session_minutes(tmp_path / "absent.yml") is None
