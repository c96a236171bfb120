"""Hiring-intent submissions: the ``hiring_intents`` table and its store.

When the employer answers « oui » to the recap, the assistant calls
:meth:`SubmissionStore.save` with the fields collected during the conversation.
The store validates them against ``docs/hiring-intent.schema.json`` before
writing anything (:mod:`bot.submission.record`), gives the submission a
reference (``1E1F-2026-000042``) and keeps it in the ``hiring_intents`` table
(SQLite by default, PostgreSQL through ``BOT_DB_URL``). Region staff get the
submissions with ``python -m bot submissions list`` / ``export``
(:mod:`bot.submission.commands`, :mod:`bot.submission.export`).

Saving is idempotent: the key is a hash of the conversation id and of the
recap's content (everything but ``consent_at``, the moment of the « oui »), so
answering « oui » twice to the same recap returns the first reference.

Saving is synchronous and may wait for a busy database: async callers run it
in a thread (``asyncio.to_thread``), never on their event loop.
"""

from __future__ import annotations

import json
import logging
import os
import random
import time
from collections.abc import Callable, Mapping
from datetime import date, datetime, timezone
from typing import IO, Any
from zoneinfo import ZoneInfo

from sqlalchemy import (
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    create_engine,
    func,
    insert,
    inspect,
    select,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from bot import settings
from bot.submission import export
from bot.submission.record import (
    REFERENCE_PREFIX,
    Submission,
    SubmissionError,
    SubmissionStorageError,
    check,
    from_mapping,
    idempotency_key,
    load_schema,
    nest,
    normalise,
    utc,
)
from bot.submission.spec import COLUMN_BY_NAME, CSV_COLUMNS, EXPORT_PATHS, RECORD_FIELDS, SCHEMA_FILE, SKIPPABLE_COLUMNS

logger = logging.getLogger(__name__)

__all__ = [
    "CSV_COLUMNS",
    "EXPORT_PATHS",
    "FIELDS",
    "MAX_SEQUENCE",
    "PARIS",
    "REFERENCE_PREFIX",
    "SCHEMA_FILE",
    "SKIPPABLE_FIELDS",
    "Submission",
    "SubmissionError",
    "SubmissionStorageError",
    "SubmissionStore",
    "default_url",
    "hiring_intents",
    "idempotency_key",
    "load_schema",
    "metadata",
]

PARIS = ZoneInfo("Europe/Paris")
MAX_SEQUENCE = 999_999
#: Attempts for what may succeed a moment later: a reference taken by a concurrent save, a locked database.
_SAVE_ATTEMPTS = 30

#: Keys of the dict collected by the chat, in export order.
FIELDS: tuple[str, ...] = RECORD_FIELDS
#: Fields an employer may skip; the Region's staff complete them (stored as None, listed in ``missing_fields``).
SKIPPABLE_FIELDS: tuple[str, ...] = SKIPPABLE_COLUMNS

_BUSY = "Impossible d'enregistrer la demande d'embauche : la base de données est trop sollicitée, réessayez dans un instant."


def _spec_column(name: str) -> Column[Any]:
    spec = COLUMN_BY_NAME[name]
    return Column(name, spec.sql_type, nullable=spec.nullable, server_default=spec.server_default)


# --------------------------------------------------------------------------- table

metadata = MetaData()

hiring_intents = Table(
    "hiring_intents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("reference", String(16), nullable=False, unique=True),
    Column("ref_year", Integer, nullable=False),
    Column("ref_seq", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False),  # UTC, naive (portable)
    Column("conversation_id", Text, nullable=False),
    Column("idempotency_key", String(64), nullable=False, unique=True),
    # The record's columns (bot.submission.spec.COLUMNS): times UTC and naive, lists as JSON text,
    # skippable fields None when skipped (listed in missing_fields).
    *(_spec_column(name) for name in RECORD_FIELDS),
    UniqueConstraint("ref_year", "ref_seq", name="uq_hiring_intents_year_seq"),
)


def default_url() -> str:
    """``BOT_DB_URL``, else a SQLite file in the var folder (created if needed)."""
    url = settings.db_url()
    if url == settings.default_db_url():
        settings.var_dir().mkdir(parents=True, exist_ok=True)
    return url


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _is_busy(error: OperationalError) -> bool:
    """A lock or a serialisation failure: worth another attempt a moment later."""
    text = str(error.orig).lower()
    return any(word in text for word in ("locked", "busy", "deadlock", "serializ"))


def _storage_error(error: SQLAlchemyError) -> SubmissionStorageError:
    return SubmissionStorageError(f"Impossible d'enregistrer la demande d'embauche : erreur de la base de données ({type(error).__name__}).")


# --------------------------------------------------------------------------- store


class SubmissionStore:
    """The ``hiring_intents`` table, through SQLAlchemy Core (SQLite or PostgreSQL)."""

    def __init__(self, url: str | None = None, clock: Callable[[], datetime] | None = None) -> None:
        self.url = url or default_url()
        self._clock = clock or _utcnow
        parsed = make_url(self.url)
        connect_args: dict[str, Any] = {}
        if parsed.get_backend_name() == "sqlite":
            connect_args["timeout"] = 30  # wait for a concurrent writer instead of failing at once
        self.engine: Engine = create_engine(self.url, future=True, connect_args=connect_args)
        self._create_table()

    def _create_table(self) -> None:
        try:
            metadata.create_all(self.engine, checkfirst=True)
        except SQLAlchemyError:
            # Another process created it between the check and the CREATE TABLE.
            if not inspect(self.engine).has_table(hiring_intents.name):
                raise
        self._upgrade_table()

    def _upgrade_table(self) -> None:
        """Bring an older table up to date: ``missing_fields``, nullable SIRET and phone, ``candidate_status`` (null before)."""
        columns = {c["name"]: c for c in inspect(self.engine).get_columns(hiring_intents.name)}
        legacy_not_null = [f for f in SKIPPABLE_FIELDS if f in columns and not columns[f]["nullable"]]
        if "candidate_status" not in columns:
            try:
                with self.engine.begin() as conn:
                    conn.exec_driver_sql("ALTER TABLE hiring_intents ADD COLUMN candidate_status VARCHAR(40)")
            except SQLAlchemyError:
                # Another process added it between the check and the ALTER TABLE.
                if "candidate_status" not in {c["name"] for c in inspect(self.engine).get_columns(hiring_intents.name)}:
                    raise
        if "missing_fields" in columns and not legacy_not_null:
            return
        with self.engine.begin() as conn:
            if "missing_fields" not in columns:
                conn.exec_driver_sql("ALTER TABLE hiring_intents ADD COLUMN missing_fields TEXT NOT NULL DEFAULT '[]'")
            if not legacy_not_null:
                return
            if self.engine.dialect.name == "sqlite":
                # SQLite cannot drop a NOT NULL constraint: rebuild the table with the same rows.
                names = ", ".join(c.name for c in hiring_intents.columns)
                conn.exec_driver_sql("ALTER TABLE hiring_intents RENAME TO hiring_intents_before_upgrade")
                hiring_intents.create(conn)
                conn.exec_driver_sql(f"INSERT INTO hiring_intents ({names}) SELECT {names} FROM hiring_intents_before_upgrade")
                conn.exec_driver_sql("DROP TABLE hiring_intents_before_upgrade")
            else:
                for field in legacy_not_null:
                    conn.exec_driver_sql(f"ALTER TABLE hiring_intents ALTER COLUMN {field} DROP NOT NULL")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> SubmissionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- writing

    def save(self, data: Mapping[str, Any], conversation_id: str) -> tuple[str, bool]:
        """Validate and store; return ``(reference, created)``.

        ``created`` is False when the same recap of the same conversation was
        already saved (its reference is returned). Raise :class:`SubmissionError`
        (French message) if the data is invalid: nothing is written then.

        Only what a moment may cure is tried again: a reference taken by a
        concurrent save, a locked database. A duplicate of this submission
        saved concurrently gives its reference; any other refusal of the
        database is reported at once.
        """
        if not isinstance(conversation_id, str) or not conversation_id.strip():
            raise SubmissionError("Demande d'embauche invalide, rien n'a été enregistré : identifiant de conversation manquant.")
        values = normalise(data)
        created_at = utc(self._clock())
        check(nest(values, f"{REFERENCE_PREFIX}-0000-000000", created_at.isoformat()), "submission", "Demande d'embauche invalide")
        key = idempotency_key(values, conversation_id)
        year = created_at.astimezone(PARIS).year
        row = {
            **values,
            "eligibility_reasons": json.dumps(values["eligibility_reasons"], ensure_ascii=False),
            "missing_fields": json.dumps(values["missing_fields"], ensure_ascii=False),
            "start_date": date.fromisoformat(values["start_date"]),
            "consent_at": utc(datetime.fromisoformat(values["consent_at"])).replace(tzinfo=None),
            "created_at": created_at.replace(tzinfo=None),
            "conversation_id": conversation_id,
            "idempotency_key": key,
            "ref_year": year,
        }
        last_error: SQLAlchemyError | None = None
        for attempt in range(_SAVE_ATTEMPTS):
            tried: dict[str, int] = {}
            try:
                reference, created = self._insert(row, key, year, tried)
                if created:  # the reference only: the request itself is personal data
                    logger.info("submission stored %s", reference, extra={"reference": reference})
                return reference, created
            except IntegrityError as error:
                existing = self._reference_of(key)
                if existing is not None:
                    return existing, False  # the same submission, saved meanwhile by another worker
                if "sequence" not in tried or not self._sequence_taken(year, tried["sequence"]):
                    raise _storage_error(error) from error  # a refusal no retry will change
                last_error = error  # lost the race for this reference: take the next one
            except OperationalError as error:
                if not _is_busy(error):
                    raise _storage_error(error) from error
                last_error = error
            except SubmissionStorageError:
                raise
            except SQLAlchemyError as error:
                raise _storage_error(error) from error
            time.sleep(random.uniform(0, 0.005 * (attempt + 1)))
        raise SubmissionStorageError(_BUSY) from last_error

    def _insert(self, row: dict[str, Any], key: str, year: int, tried: dict[str, int]) -> tuple[str, bool]:
        table = hiring_intents
        with self.engine.begin() as conn:
            existing = conn.execute(select(table.c.reference).where(table.c.idempotency_key == key)).scalar_one_or_none()
            if existing is not None:
                return existing, False
            sequence = self._next_sequence(conn, year)
            if sequence > MAX_SEQUENCE:
                raise SubmissionStorageError(f"Impossible d'enregistrer la demande d'embauche : plus de {MAX_SEQUENCE} demandes en {year}.")
            tried["sequence"] = sequence
            reference = f"{REFERENCE_PREFIX}-{year:04d}-{sequence:06d}"
            conn.execute(insert(table).values(**row, ref_seq=sequence, reference=reference))
        return reference, True

    @staticmethod
    def _next_sequence(conn: Connection, year: int) -> int:
        table = hiring_intents
        last = conn.execute(select(func.max(table.c.ref_seq)).where(table.c.ref_year == year)).scalar_one_or_none()
        return int(last or 0) + 1

    def _reference_of(self, key: str) -> str | None:
        """The reference already stored under this idempotency key, if any (None when the database cannot tell)."""
        try:
            with self.engine.connect() as conn:
                found = conn.execute(select(hiring_intents.c.reference).where(hiring_intents.c.idempotency_key == key)).scalar_one_or_none()
        except SQLAlchemyError:
            return None
        return None if found is None else str(found)

    def _sequence_taken(self, year: int, sequence: int) -> bool:
        """True when another row holds this reference now (the insert lost a race for it)."""
        table = hiring_intents
        try:
            with self.engine.connect() as conn:
                found = conn.execute(select(table.c.id).where(table.c.ref_year == year, table.c.ref_seq == sequence)).first()
        except SQLAlchemyError:
            return False
        return found is not None

    # ----------------------------------------------------------------- reading

    def get(self, reference: str) -> Submission | None:
        """The submission with this reference, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(hiring_intents).where(hiring_intents.c.reference == reference)).first()
        return None if row is None else from_mapping(row._mapping)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(hiring_intents)).scalar_one())

    # ----------------------------------------------------------------- export

    def export_document(self) -> dict[str, Any]:
        """``{"submissions": [...]}``, newest first, validated against the schema."""
        return export.export_document(self.list())

    def export_json(self, target: str | os.PathLike[str] | IO[Any]) -> int:
        """Write the JSON export (UTF-8, accents as is); return the number of submissions."""
        return export.write_json(self.export_document(), target)

    def export_csv(self, target: str | os.PathLike[str] | IO[Any]) -> int:
        """Write the CSV export for French Excel (UTF-8 with BOM, ``;``); return the number of rows."""
        return export.write_csv(self.export_document(), target)

    # Last, so that ``list`` in the annotations above is the builtin.
    def list(self) -> list[Submission]:
        """All submissions, newest first."""
        query = select(hiring_intents).order_by(hiring_intents.c.created_at.desc(), hiring_intents.c.id.desc())
        with self.engine.connect() as conn:
            return [from_mapping(row._mapping) for row in conn.execute(query)]

