"""Reading what the report counts: conversations, submissions, FAQ questions, session length.

Conversations come from Rasa's ``SQLTrackerStore`` (table ``events``, SQLite or
PostgreSQL) read with SQLAlchemy Core, so Rasa is not imported; submissions
through :class:`bot.submission.store.SubmissionStore`, of which only the
department is kept. A missing or unreadable source never raises: it becomes a
French notice or error shown at the top of the report, and a missing SQLite
file is never created.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot import settings
from bot.language.places import REGION_DEPARTMENTS
from bot.staff.report.analysis import (
    WATCHED_SLOTS,
    ConversationFacts,
    ReportData,
    TrackerEvent,
    analyse_conversation,
    compute_report,
    split_conversations,
)

#: Event types read from the tracker store (bot messages are never read).
USEFUL_EVENT_TYPES = ("user", "action", "slot", "session_started")

_metadata = MetaData()
#: Rasa's ``SQLTrackerStore.SQLEvent`` table, declared here to read it (never created).
EVENTS = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


@dataclass(frozen=True)
class SourceResult:
    """What reading one database gave: the items, or a French message explaining their absence."""

    items: tuple[Any, ...] = ()
    available: bool = True
    notice: str | None = None
    error: str | None = None


# --------------------------------------------------------------------------- database locations


def default_tracker_url() -> str:
    """``BOT_TRACKER_URL``, else the SQLite file the assistant uses (``var/tracker.db``)."""
    return settings.tracker_url()


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def display_url(url: str) -> str:
    """The database location for a message: the file for SQLite, the URL without password otherwise."""
    try:
        sqlite_file = _sqlite_file(url)
        return str(sqlite_file) if sqlite_file else make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "adresse illisible"


# --------------------------------------------------------------------------- conversations


def _event_data(type_name: str, raw: str | None) -> dict[str, Any] | None:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if type_name == "slot" and data.get("name") not in WATCHED_SLOTS:
        return {"name": data.get("name")}  # other slots hold the submission's personal data: drop the value
    return data


def read_events(engine: Engine, since: float | None = None) -> Iterator[TrackerEvent]:
    """The user, action, slot and session events, ordered by sender then by storage order."""
    query = select(EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data).where(
        EVENTS.c.type_name.in_(USEFUL_EVENT_TYPES)
    )
    if since is not None:
        query = query.where(EVENTS.c.timestamp >= since)
    query = query.order_by(EVENTS.c.sender_id, EVENTS.c.id)
    with engine.connect() as conn:
        for row in conn.execution_options(stream_results=True).execute(query):
            data = _event_data(row.type_name, row.data)
            if data is not None:
                yield TrackerEvent(row.sender_id, row.type_name, row.timestamp, data)


def load_conversations(url: str, since: datetime | None = None) -> SourceResult:
    """The facts of every conversation in the tracker store, or why there are none."""
    where = display_url(url)
    try:
        sqlite_file = _sqlite_file(url)
    except ArgumentError:
        return SourceResult(available=False, error=f"Adresse de la base des conversations illisible ({where}) : vérifiez BOT_TRACKER_URL.")
    if sqlite_file is not None and not sqlite_file.is_file():
        return SourceResult(
            available=False,
            notice=f"Aucune donnée de conversation : la base des conversations ({where}) n'existe pas encore. "
            "L'assistant la crée à sa première conversation ; sinon, vérifiez BOT_TRACKER_URL.",
        )
    engine: Engine | None = None
    facts: list[ConversationFacts] = []
    try:
        engine = create_engine(url, future=True)
        if not inspect(engine).has_table(EVENTS.name):
            return SourceResult(
                available=False, notice=f"Aucune donnée de conversation : la base des conversations ({where}) ne contient aucune conversation."
            )
        cutoff = since.timestamp() if since else None
        facts = [f for conv in split_conversations(read_events(engine, cutoff)) if (f := analyse_conversation(conv)) is not None]
    except (SQLAlchemyError, ImportError) as error:  # ImportError: the URL names a database driver that is not installed
        return SourceResult(
            available=False, error=f"Impossible de lire la base des conversations ({where}) : {type(error).__name__}. Aucune donnée de conversation."
        )
    finally:
        if engine is not None:
            engine.dispose()
    if not facts:
        period = "sur la période choisie" if since else "dans la base"
        return SourceResult(available=False, notice=f"Aucune donnée de conversation : aucune conversation enregistrée {period}.")
    return SourceResult(items=tuple(facts))


# --------------------------------------------------------------------------- submissions


def load_departments(url: str | None = None, since: datetime | None = None) -> SourceResult:
    """The department of every submission (and nothing else), or why there are none."""
    from bot.submission.store import SubmissionError, SubmissionStore

    try:
        url = url or settings.db_url()
        where = display_url(url)
        sqlite_file = _sqlite_file(url)
    except (ArgumentError, OSError):
        return SourceResult(available=False, error="Adresse de la base des demandes d'embauche illisible : vérifiez BOT_DB_URL.")
    if sqlite_file is not None and not sqlite_file.is_file():
        return SourceResult(available=False, notice=f"Aucune demande d'embauche : la base des demandes ({where}) n'existe pas encore.")
    try:
        store = SubmissionStore(url)
        try:
            departments = tuple(s.department for s in store.list() if since is None or s.created_at >= since)
        finally:
            store.close()
    except (SQLAlchemyError, SubmissionError, ImportError, ValueError, KeyError) as error:
        return SourceResult(
            available=False, error=f"Impossible de lire les demandes d'embauche ({where}) : {type(error).__name__}. Aucune demande comptée."
        )
    if not departments:
        period = "sur la période choisie" if since else "dans la base"
        return SourceResult(items=(), notice=f"Aucune demande d'embauche enregistrée {period}.")
    return SourceResult(items=departments)


# --------------------------------------------------------------------------- FAQ and domain


def faq_questions() -> tuple[dict[str, str], str | None]:
    """FAQ id → canonical question, in FAQ order; an error message if the FAQ cannot be read."""
    from bot.faq.entries import FaqError, load_faq

    try:
        return {entry.id: entry.question for entry in load_faq()}, None
    except (FaqError, OSError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        return {}, f"La FAQ n'a pas pu être lue ({first}) : seules les entrées effectivement servies sont listées, sans leur question."


def session_minutes(domain_file: Path = settings.DOMAIN_FILE) -> float | None:
    """Minutes of inactivity after which Rasa starts a new session (``session_config`` of the domain).

    None when the domain cannot be read; 0 means sessions never expire.
    """
    try:
        domain = yaml.safe_load(domain_file.read_text(encoding="utf-8"))
        minutes = domain["session_config"]["session_expiration_time"]
    except (OSError, yaml.YAMLError, KeyError, TypeError):
        return None
    return float(minutes) if isinstance(minutes, int | float) and minutes >= 0 else None


# --------------------------------------------------------------------------- everything


def collect_report_data(
    tracker_url: str | None = None,
    db_url: str | None = None,
    days: int | None = None,
    now: datetime | None = None,
) -> ReportData:
    """Read both databases, the FAQ and the domain, then aggregate; never raises for missing or unreadable data."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    since = now - timedelta(days=days) if days else None
    tracker = load_conversations(tracker_url or default_tracker_url(), since)
    submissions = load_departments(db_url, since)
    questions, faq_error = faq_questions()
    return compute_report(
        tracker.items,
        submissions.items,
        questions,
        generated_at=now,
        since=since,
        days=days,
        region_departments=REGION_DEPARTMENTS,
        notices=[m for m in (tracker.notice, submissions.notice) if m],
        errors=[m for m in (tracker.error, submissions.error, faq_error) if m],
        tracker_available=tracker.available,
        submissions_available=submissions.available,
        session_minutes=session_minutes(),
    )
