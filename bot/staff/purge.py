"""Retention: ``python -m bot purge --older-than DURATION`` deletes what is past it.

Two kinds of data hold what employers typed: conversations (Rasa's
``SQLTrackerStore``, table ``events``, ``BOT_TRACKER_URL``) and hiring-intent
submissions (table ``hiring_intents``, ``BOT_DB_URL``). A conversation is
deleted, all its events at once, when its *last* event is older than the limit
(an employer who came back last week keeps the whole conversation); a
submission when it was created before the limit. Both work on SQLite and
PostgreSQL URLs (SQLAlchemy Core, no dialect-specific SQL), each in one
transaction.

``--dry-run`` counts without deleting. What is printed and logged is counts and
the limit date only, never a conversation id (a REST client may use an e-mail
address as one) nor anything typed. A missing SQLite file is reported, never
created.

Durations are written in French, number then unit: ``90j``, ``90 jours``,
``6 semaines``, ``12mois``, ``2ans``, ``deux ans`` (numbers in words read by
:mod:`bot.language.numbers`).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, func, inspect, select
from sqlalchemy.engine import Engine, create_engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot import settings
from bot.language.normalize import normalize
from bot.language.numbers import parse_number
from bot.staff.report.source import EVENTS
from bot.submission.store import hiring_intents

logger = logging.getLogger(__name__)

#: Folded unit words -> relativedelta keyword.
UNITS: dict[str, str] = {
    **dict.fromkeys(("j", "jr", "jrs", "jour", "jours"), "days"),
    **dict.fromkeys(("sem", "semaine", "semaines"), "weeks"),
    **dict.fromkeys(("mois",), "months"),
    **dict.fromkeys(("a", "an", "ans", "annee", "annees"), "years"),
}
#: How each unit is written back (singular, plural).
UNIT_NAMES = {"days": ("jour", "jours"), "weeks": ("semaine", "semaines"), "months": ("mois", "mois"), "years": ("an", "ans")}
_GLUED = re.compile(r"(\d+)\s*([a-z]+)")


class PurgeError(ValueError):
    """A duration or a database the purge cannot use (message in French)."""


@dataclass(frozen=True)
class Retention:
    """How long data is kept: ``amount`` of ``unit`` (a key of :data:`UNIT_NAMES`)."""

    amount: int
    unit: str

    def cutoff(self, now: datetime) -> datetime:
        """The limit: what is older than this (UTC) is past the retention."""
        return now.astimezone(timezone.utc) - relativedelta(**{self.unit: self.amount})  # type: ignore[arg-type]

    def __str__(self) -> str:
        singular, plural = UNIT_NAMES[self.unit]
        return f"{self.amount} {singular if self.amount == 1 else plural}"


def parse_duration(text: str) -> Retention:
    """``90j``, ``12 mois``, ``deux ans``… as a :class:`Retention`; :class:`PurgeError` otherwise."""
    if re.search(r"-\s*\d", text):
        raise PurgeError(f"La durée de conservation ne peut pas être négative (reçu « {text} »).")
    folded = normalize(text)
    glued = _GLUED.fullmatch(folded)
    if glued:
        number_text, unit_word = glued.groups()
    else:
        number_text, _, unit_word = folded.rpartition(" ")
    unit = UNITS.get(unit_word)
    amount = parse_number(number_text) if number_text else None
    if unit is None or amount is None:
        raise PurgeError(
            f"Durée illisible : « {text} ». Écrivez un nombre suivi d'une unité, par exemple « 90j », « 12mois » ou « 2ans »."
        )
    if amount < 1:
        raise PurgeError(f"La durée de conservation doit être d'au moins 1 jour (reçu « {text} »).")
    return Retention(amount, unit)


# --------------------------------------------------------------------------- counting and deleting


@dataclass(frozen=True)
class PurgeCounts:
    """What was (or, with ``--dry-run``, would be) deleted."""

    conversations: int = 0
    events: int = 0
    submissions: int = 0


def _engine(url: str, what: str) -> Engine | None:
    """An engine on ``url``; None for a SQLite file that does not exist (nothing to purge, nothing created)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise PurgeError(f"Adresse de la base {what} illisible.") from None
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        if not Path(str(parsed.database)).exists():
            return None
    return create_engine(url, future=True)


def purge_conversations(url: str, cutoff: datetime, dry_run: bool = False) -> PurgeCounts:
    """Delete the conversations whose last event is older than ``cutoff``; return (conversations, events)."""
    engine = _engine(url, "des conversations")
    if engine is None:
        return PurgeCounts()
    try:
        if not inspect(engine).has_table(EVENTS.name):
            return PurgeCounts()
        stale = (
            select(EVENTS.c.sender_id)
            .group_by(EVENTS.c.sender_id)
            .having(func.max(EVENTS.c.timestamp) < cutoff.timestamp())
            .scalar_subquery()
        )
        with engine.begin() as conn:
            senders = conn.execute(select(func.count(func.distinct(EVENTS.c.sender_id))).where(EVENTS.c.sender_id.in_(stale))).scalar_one()
            events = conn.execute(select(func.count()).select_from(EVENTS).where(EVENTS.c.sender_id.in_(stale))).scalar_one()
            if not dry_run and events:
                conn.execute(delete(EVENTS).where(EVENTS.c.sender_id.in_(stale)))
        return PurgeCounts(conversations=int(senders), events=int(events))
    except SQLAlchemyError as error:
        raise PurgeError(f"Base des conversations inaccessible ({type(error).__name__}).") from None
    finally:
        engine.dispose()


def purge_submissions(url: str, cutoff: datetime, dry_run: bool = False) -> int:
    """Delete the submissions created before ``cutoff``; return how many."""
    engine = _engine(url, "des demandes")
    if engine is None:
        return 0
    table = hiring_intents
    limit = cutoff.astimezone(timezone.utc).replace(tzinfo=None)  # created_at is naive UTC
    try:
        if not inspect(engine).has_table(table.name):
            return 0
        with engine.begin() as conn:
            count = conn.execute(select(func.count()).select_from(table).where(table.c.created_at < limit)).scalar_one()
            if not dry_run and count:
                conn.execute(delete(table).where(table.c.created_at < limit))
        return int(count)
    except SQLAlchemyError as error:
        raise PurgeError(f"Base des demandes inaccessible ({type(error).__name__}).") from None
    finally:
        engine.dispose()


def purge(
    retention: Retention, tracker_url: str, db_url: str, now: datetime | None = None, dry_run: bool = False
) -> tuple[datetime, PurgeCounts]:
    """Apply ``retention`` to both databases; return the limit and the counts (nothing else is logged)."""
    cutoff = retention.cutoff(now or datetime.now(timezone.utc))
    conversations = purge_conversations(tracker_url, cutoff, dry_run)
    submissions = purge_submissions(db_url, cutoff, dry_run)
    counts = PurgeCounts(conversations.conversations, conversations.events, submissions)
    logger.info(
        "purge %s: %d conversations (%d events) and %d submissions older than %s",
        "dry run" if dry_run else "done", counts.conversations, counts.events, counts.submissions, cutoff.isoformat(timespec="seconds"),
    )
    return cutoff, counts


def report(retention: Retention, cutoff: datetime, counts: PurgeCounts, dry_run: bool) -> str:
    """The French summary printed by the command: counts and the limit only."""
    verb = "seraient supprimées" if dry_run else "supprimées"
    day = cutoff.astimezone(timezone.utc).strftime("%d/%m/%Y %H:%M UTC")
    lines = [
        f"Conservation : {retention} (limite : {day}){' — simulation, rien n’est supprimé' if dry_run else ''}.",
        f"Conversations {verb} : {counts.conversations} ({counts.events} événements).",
        f"Demandes d'embauche {verb} : {counts.submissions}.",
    ]
    return "\n".join(lines)


def cli_purge(args: argparse.Namespace) -> int:
    """``python -m bot purge --older-than DURATION [--dry-run] [--tracker-url URL] [--db-url URL]``."""
    from bot.serving import logging_setup

    try:
        retention = parse_duration(args.older_than)
    except PurgeError as error:
        print(error, file=sys.stderr)
        return 2
    if not logging.getLogger().handlers:  # a process of its own (not a test, not a caller that set up logging)
        logging_setup.configure()  # the counts as one JSON line on stderr, like the servers' logs
    tracker_url = args.tracker_url or settings.tracker_url()
    db_url = args.db_url or settings.db_url()
    try:
        cutoff, counts = purge(retention, tracker_url, db_url, dry_run=args.dry_run)
    except PurgeError as error:
        print(error, file=sys.stderr)
        return 1
    print(report(retention, cutoff, counts, args.dry_run))
    return 0

