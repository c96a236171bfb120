"""Rasa's SQL tracker store, with pooled connections checked and recent conversations kept in memory.

Both shapes name this class in their ``endpoints.yml``
(``type: bot.rasa_plugins.tracker_store.AssistantSQLTrackerStore``, SQLite for
``make run``, PostgreSQL for ``make cluster``); its arguments are Rasa's
``SQLTrackerStore``'s (``url`` becomes ``host``) plus ``cache_size``.

Three changes to Rasa's ``SQLTrackerStore``, each measured or seen failing:

- **Connections checked before use.** Rasa builds its SQLAlchemy engine
  without ``pool_pre_ping``. After PostgreSQL restarts, every pooled connection
  is dead; the next turn's read fails, and Rasa's ``FailSafeTrackerStore`` then
  answers with an *empty* in-memory tracker: the employer in the middle of a
  check is treated as a new visitor (seen in ``tests/cluster/test_faults.py``).
- **Recent conversations kept in memory.** Rasa reads the whole conversation
  back at every message: every event decoded from JSON, then replayed into a
  new tracker, and counted again before each save. In a 30-turn conversation
  that was about a quarter of the Rasa server's CPU per turn (py-spy,
  ``docs/benchmarks.md``). The tracker saved last is kept (at most
  ``cache_size`` conversations, each for :data:`KEEP_SECONDS`); the next
  message uses it when the database still holds exactly what was saved (same
  number of events, same latest event time: one indexed query). Another Rasa server
  that wrote to the conversation meanwhile, a purge, or anything else changes
  one of them (the latest event time, rather than the last id, so that a save
  knows both without asking the database), and the tracker is read from the database as before. A
  tracker is handed out once (taken out of memory); a save puts it back.
- **A message sent twice is answered once.** A client that sends a message
  again (its first try got no answer: a Rasa server killed after the turn was
  written, a timeout) gives it the same ``message_id``;
  :meth:`AssistantSQLTrackerStore.stored_replies` finds the turn already
  written (one query on the conversation's user events), and the REST channel
  (:mod:`bot.rasa_plugins.rest_channel`) sends its replies again instead of
  running the turn twice.
- **SQLite without a disk flush per message** (``make run`` only): the
  write-ahead journal with ``synchronous=NORMAL`` survives a crash of the
  server, and may lose the last messages only if the machine itself stops.
  Each flush held the whole server (Rasa's store is synchronous) for a few
  milliseconds per message.
"""

from __future__ import annotations

import json
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.events import BotUttered, Event, Restarted, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.orm import sessionmaker

#: Conversations kept in memory at most (the least recently used goes first).
DEFAULT_CACHE_SIZE = 2000
#: A tracker kept longer than this is read from the database again.
KEEP_SECONDS = 15 * 60
#: Events read at most to replay the replies to a message sent again (a turn says far fewer).
MAX_REPLAYED_EVENTS = 100


@dataclass
class Kept:
    """A tracker as saved: how many of its events are in the database, and the conversation's
    number of rows and latest event time there."""

    tracker: DialogueStateTracker
    stored: int
    rows: int
    latest: float | None
    at: float


def replies_after(events: Iterable[Event], message_id: str, text: str | None = None) -> list[dict[str, Any]] | None:
    """The bot messages that answered the user message ``message_id`` (as the channel sent them), or None when no
    user message of ``events`` has that id, or (``text`` given) has it with another text: a client that reuses an id
    for a new message (a counter started again) gets that message handled, not an old turn's replies (review)."""
    found = False
    replies: list[dict[str, Any]] = []
    for event in events:
        if isinstance(event, UserUttered):
            if found:
                break
            found = event.message_id == message_id and (text is None or event.text == text)
        elif found and isinstance(event, BotUttered):
            replies.append(event.message())
    return replies if found else None


async def stored_replies(store: Any, sender_id: str, message_id: str, text: str | None = None) -> list[dict[str, Any]] | None:
    """:func:`replies_after` on the conversation as ``store`` holds it (any Rasa tracker store)."""
    primary = getattr(store, "_tracker_store", store)  # Rasa wraps the configured store in a FailSafeTrackerStore
    if isinstance(primary, AssistantSQLTrackerStore):
        return primary.stored_replies(sender_id, message_id, text)
    tracker = await store.retrieve_full_tracker(sender_id)
    return replies_after(tracker.events, message_id, text) if tracker is not None else None


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class AssistantSQLTrackerStore(SQLTrackerStore):
    """``SQLTrackerStore`` with pre-pinged connections, recent trackers in memory and SQLite's WAL journal."""

    def __init__(self, domain: Any = None, host: str | None = None, cache_size: int | str = DEFAULT_CACHE_SIZE, **kwargs: Any) -> None:
        super().__init__(domain=domain, host=host, **kwargs)
        rasa_engine: sa.engine.Engine = vars(self)["engine"]
        url = rasa_engine.url
        rasa_engine.dispose()
        if url.get_backend_name() == "sqlite":
            # SQLAlchemy 1.4 opens and closes a file database's connection for every
            # session (NullPool): keep them, as for PostgreSQL (Rasa's store runs in the
            # event loop's thread; the check is for sharing one connection across threads).
            self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool, pool_size=2, connect_args={"check_same_thread": False})
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sessionmaker(bind=self.engine)
        table = self.SQLEvent.__table__
        self._fingerprint = sa.select(sa.func.count(), sa.func.max(table.c.timestamp)).where(table.c.sender_id == sa.bindparam("sender"))
        self.cache_size = int(cache_size)
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        #: Trackers handed out by :meth:`retrieve` (or saved), by conversation: what their next save must add.
        self._handed: OrderedDict[str, Kept] = OrderedDict()

    # ------------------------------------------------------------------ reading

    def _stored(self, session: Any, sender_id: str) -> tuple[int, float | None]:
        """(number of rows, latest event time) of the conversation in the database."""
        count, latest = session.execute(self._fingerprint, {"sender": sender_id}).one()
        return int(count), latest

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        kept = self._kept.pop(sender_id, None)
        with self.session_scope() as session:
            if kept is not None and time.monotonic() - kept.at < KEEP_SECONDS and len(kept.tracker.events) == kept.stored:
                if self._stored(session, sender_id) == (kept.rows, kept.latest):
                    self._hand(sender_id, kept)
                    return kept.tracker
            rows = self._event_query(session, sender_id, fetch_events_from_all_sessions=False).all()
            if not rows or not self.domain:
                return None
            stored = self._stored(session, sender_id)
        tracker = DialogueStateTracker.from_dict(sender_id, [json.loads(row.data) for row in rows], self.domain.slots)
        if len(tracker.events) == len(rows):
            self._hand(sender_id, Kept(tracker, len(rows), stored[0], stored[1], time.monotonic()))
        return tracker

    def _hand(self, sender_id: str, kept: Kept) -> None:
        self._handed[sender_id] = kept
        self._handed.move_to_end(sender_id)
        while len(self._handed) > self.cache_size:
            self._handed.popitem(last=False)

    def stored_replies(self, sender_id: str, message_id: str, text: str | None = None) -> list[dict[str, Any]] | None:
        """:func:`replies_after` read from the database: the user event with this id, then the
        conversation's user and bot events from it on (not the whole conversation)."""
        table = self.SQLEvent.__table__
        mine = (table.c.sender_id == sender_id,)
        # json.dumps writes the key so in every stored user event; the exact value is compared below.
        pattern = f'%"message_id": {json.dumps(message_id)}%'
        with self.session_scope() as session:
            candidates = session.execute(
                sa.select(table.c.id, table.c.data)
                .where(*mine, table.c.type_name == UserUttered.type_name, table.c.data.like(pattern))
                .order_by(table.c.id)
            ).all()
            start = next(
                (row.id for row in candidates if (data := json.loads(row.data)).get("message_id") == message_id and (text is None or data.get("text") == text)),
                None,
            )
            if start is None:
                return None
            rows = session.execute(
                sa.select(table.c.data)
                .where(*mine, table.c.id >= start, table.c.type_name.in_((UserUttered.type_name, BotUttered.type_name)))
                .order_by(table.c.id)
                .limit(MAX_REPLAYED_EVENTS)
            ).all()
        return replies_after((Event.from_parameters(json.loads(row.data)) for row in rows), message_id, text)

    # ------------------------------------------------------------------ writing

    @staticmethod
    def _row(sender_id: str, event: Any) -> dict[str, Any]:
        data = event.as_dict()
        return {
            "sender_id": sender_id,
            "type_name": event.type_name,
            "timestamp": data.get("timestamp"),
            "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
            "action_name": data.get("name"),
            "data": json.dumps(data),
        }

    async def save(self, tracker: DialogueStateTracker) -> None:
        """Rasa's save (only the events not yet stored), knowing them without a query when the tracker is ours."""
        await self.stream_events(tracker)
        sender_id = tracker.sender_id
        handed = self._handed.pop(sender_id, None)
        self._kept.pop(sender_id, None)
        events = list(tracker.events)
        with self.session_scope() as session:
            if handed is not None and handed.tracker is tracker and len(events) >= handed.stored:
                new = events[handed.stored:]
            else:
                handed = None
                new = list(self._additional_events(session, tracker))
            rows = [self._row(sender_id, event) for event in new]
            if rows:  # one multi-row INSERT, in the order of the events
                session.execute(sa.insert(self.SQLEvent.__table__), rows)
            if handed is not None:
                times = [row["timestamp"] for row in rows if row["timestamp"] is not None]
                count, latest = handed.rows + len(rows), max([*times, *([handed.latest] if handed.latest is not None else [])], default=None)
            else:
                count, latest = self._stored(session, sender_id)
            session.commit()
        restarted = any(isinstance(event, (SessionStarted, Restarted)) for event in new)
        if self.cache_size <= 0 or restarted or tracker.events.maxlen is not None:
            return  # a new session is read back without the old one: let the database say what it holds
        kept = Kept(tracker, len(events), count, latest, time.monotonic())
        self._hand(sender_id, kept)
        self._kept[sender_id] = kept
        while len(self._kept) > self.cache_size:
            self._kept.popitem(last=False)
