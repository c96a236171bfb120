"""Conversations for the console: the list (searchable by text and date) and each transcript.

Read from Rasa's tracker store (table ``events``, ``BOT_TRACKER_URL``) with
SQLAlchemy Core, as the report does (:mod:`bot.staff.report.source`), so Rasa
is not imported. A transcript shows, for every user message, what the
assistant decided (answer, suggestions, out of scope…) and the confidence,
from the parse data the FAQ classifier stored (:mod:`bot.faq.parse`). Text
search folds accents and case (:func:`bot.language.normalize.normalize`),
because Rasa stores the JSON with escaped accents. For roles that do not
process submissions, e-mail addresses and long numbers are masked.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, inspect, select
from sqlalchemy.engine import Engine, make_url

from bot import settings
from bot.faq.feedback import FEEDBACK_SLOT
from bot.faq.parse import DECISION_KEY, intent_name
from bot.language.normalize import normalize
from bot.staff.report.analysis import mask_personal_data
from bot.staff.report.source import EVENTS

PARIS = ZoneInfo("Europe/Paris")
#: Conversations listed at most on one page.
MAX_LISTED = 200


@dataclass(frozen=True)
class Summary:
    sender_id: str
    started_at: datetime
    last_at: datetime
    messages: int
    preview: str


@dataclass(frozen=True)
class Turn:
    """One line of a transcript: a user message with its decision, a bot message, or a vote."""

    kind: str  # "user", "bot" or "feedback"
    at: datetime | None
    text: str
    intent: str | None = None
    intent_confidence: float | None = None
    decision: str | None = None  # "answer", "suggest", "out_of_scope", "unclear", "other"
    decision_confidence: float | None = None
    entries: tuple[str, ...] = ()
    buttons: tuple[str, ...] = field(default_factory=tuple)
    vote: str | None = None


def _moment(timestamp: float | None) -> datetime | None:
    return None if timestamp is None else datetime.fromtimestamp(timestamp, timezone.utc)


def _data(raw: str | None) -> dict[str, Any]:
    try:
        value = json.loads(raw or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


class Conversations:
    """The tracker store, read only (a missing SQLite file is never created)."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or settings.tracker_url()

    def _engine(self) -> Engine | None:
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database and not Path(parsed.database).is_file():
            return None
        engine = create_engine(self.url, future=True)
        if not inspect(engine).has_table(EVENTS.name):
            engine.dispose()
            return None
        return engine

    def search(self, text: str = "", since: date | None = None, until: date | None = None, limit: int = MAX_LISTED) -> list[Summary]:
        """Conversations with a user message, newest first; ``text`` must appear in one of their messages."""
        engine = self._engine()
        if engine is None:
            return []
        query = select(EVENTS.c.sender_id, EVENTS.c.timestamp, EVENTS.c.data).where(EVENTS.c.type_name == "user")
        if since is not None:
            query = query.where(EVENTS.c.timestamp >= datetime.combine(since, datetime.min.time(), PARIS).timestamp())
        if until is not None:
            query = query.where(EVENTS.c.timestamp < datetime.combine(until + timedelta(days=1), datetime.min.time(), PARIS).timestamp())
        wanted = normalize(text) if text.strip() else ""
        found: dict[str, dict[str, Any]] = {}
        try:
            with engine.connect() as conn:
                for row in conn.execute(query.order_by(EVENTS.c.id)):
                    message = _data(row.data).get("text")
                    message = message if isinstance(message, str) else ""
                    item = found.setdefault(row.sender_id, {"first": row.timestamp, "last": row.timestamp, "count": 0, "preview": "", "hit": not wanted})
                    item["last"] = row.timestamp
                    item["count"] += 1
                    if not item["preview"] and message.strip() and not message.startswith("/"):
                        item["preview"] = " ".join(message.split())[:120]
                    if wanted and not item["hit"] and wanted in normalize(message):
                        item["hit"] = True
        finally:
            engine.dispose()
        summaries = [
            Summary(sender, _moment(v["first"]) or datetime.min, _moment(v["last"]) or datetime.min, v["count"], v["preview"])
            for sender, v in found.items() if v["hit"] and v["first"] is not None
        ]
        return sorted(summaries, key=lambda s: s.last_at, reverse=True)[:limit]

    def transcript(self, sender_id: str) -> list[Turn]:
        """Every message of the conversation, in order; [] when it does not exist."""
        engine = self._engine()
        if engine is None:
            return []
        query = (select(EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data)
                 .where(EVENTS.c.sender_id == sender_id, EVENTS.c.type_name.in_(("user", "bot", "slot")))
                 .order_by(EVENTS.c.id))
        turns: list[Turn] = []
        try:
            with engine.connect() as conn:
                for row in conn.execute(query):
                    turn = _turn(row.type_name, _moment(row.timestamp), _data(row.data))
                    if turn is not None:
                        turns.append(turn)
        finally:
            engine.dispose()
        return turns


def _turn(kind: str, at: datetime | None, data: Mapping[str, Any]) -> Turn | None:
    if kind == "user":
        parse = data.get("parse_data") if isinstance(data.get("parse_data"), Mapping) else {}
        assert isinstance(parse, Mapping)
        intent = parse.get("intent") if isinstance(parse.get("intent"), Mapping) else {}
        decision = parse.get(DECISION_KEY) if isinstance(parse.get(DECISION_KEY), Mapping) else {}
        assert isinstance(intent, Mapping) and isinstance(decision, Mapping)
        kind_of = decision.get("kind")
        ids: object = decision.get("faq_ids") if kind_of == "answer" else decision.get("suggestions")
        text = data.get("text")
        return Turn(
            "user", at, text if isinstance(text, str) else "",
            intent=intent_name(parse), intent_confidence=_number(intent.get("confidence")),
            decision=kind_of if isinstance(kind_of, str) else None, decision_confidence=_number(decision.get("confidence")),
            entries=tuple(i for i in (ids if isinstance(ids, list) else []) if isinstance(i, str)),
        )
    if kind == "bot":
        text = data.get("text")
        extra = data.get("data") if isinstance(data.get("data"), Mapping) else {}
        assert isinstance(extra, Mapping)
        raw_buttons = extra.get("buttons")
        buttons: list[Any] = raw_buttons if isinstance(raw_buttons, list) else []
        titles = tuple(str(b.get("title")) for b in buttons if isinstance(b, Mapping) and b.get("title"))
        return Turn("bot", at, text if isinstance(text, str) else "", buttons=titles)
    if kind == "slot" and data.get("name") == FEEDBACK_SLOT and isinstance(data.get("value"), Mapping):
        value = data["value"]
        vote, faq_id = value.get("value"), value.get("faq_id")
        if vote in ("up", "down") and isinstance(faq_id, str):
            return Turn("feedback", at, "", entries=(faq_id,), vote=vote)
    return None


def masked(turns: list[Turn]) -> list[Turn]:
    """The transcript with e-mail addresses and long numbers masked (for roles that do not process submissions)."""
    return [Turn(t.kind, t.at, mask_personal_data(t.text), t.intent, t.intent_confidence, t.decision, t.decision_confidence,
                 t.entries, tuple(mask_personal_data(b) for b in t.buttons), t.vote) for t in turns]
