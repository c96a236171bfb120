"""Hiring-intent submissions: what an employer confirms at the end of a chat.

When the employer answers « oui » to the recap, the assistant calls
:meth:`SubmissionStore.save` with the fields collected during the conversation.
The store validates them against ``docs/hiring-intent.schema.json`` before
writing anything, gives the submission a reference (``1E1F-2026-000042``) and
keeps it in the ``hiring_intents`` table (SQLite by default, PostgreSQL through
``BOT_DB_URL``). Region staff get the submissions with
``python -m bot submissions list`` / ``export``.

Saving is idempotent: the key is a hash of the conversation id and of the
recap's content (everything but ``consent_at``, the moment of the « oui »), so
answering « oui » twice to the same recap returns the first reference.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import math
import numbers
import os
import random
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError
from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
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
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from bot import settings as paths

SCHEMA_FILE = paths.ROOT / "docs" / "hiring-intent.schema.json"
PARIS = ZoneInfo("Europe/Paris")
REFERENCE_PREFIX = "1E1F"
MAX_SEQUENCE = 999_999
_SAVE_ATTEMPTS = 30

#: Keys of the dict collected by the chat, in export order.
FIELDS: tuple[str, ...] = (
    "eligibility_verdict",
    "eligibility_reasons",
    "company_name",
    "siret",
    "employer_type",
    "department",
    "postal_code",
    "commune",
    "job_title",
    "positions",
    "contract_type",
    "contract_duration_months",
    "weekly_hours",
    "start_date",
    "training_needs",
    "derogation_justification",
    "contact_name",
    "contact_email",
    "contact_phone",
    "consent_at",
    "missing_fields",
)
#: Fields an employer may skip; the Region's staff complete them (stored as None, listed in ``missing_fields``).
SKIPPABLE_FIELDS: tuple[str, ...] = ("siret", "contact_phone")

#: Where each flat field goes in the exported JSON.
EXPORT_PATHS: dict[str, tuple[str, ...]] = {
    "eligibility_verdict": ("eligibility", "verdict"),
    "eligibility_reasons": ("eligibility", "reasons"),
    "company_name": ("employer", "name"),
    "siret": ("employer", "siret"),
    "employer_type": ("employer", "type"),
    "department": ("employer", "department"),
    "postal_code": ("employer", "postal_code"),
    "commune": ("employer", "commune"),
    "job_title": ("job", "title"),
    "positions": ("job", "positions"),
    "contract_type": ("job", "contract_type"),
    "contract_duration_months": ("job", "contract_duration_months"),
    "weekly_hours": ("job", "weekly_hours"),
    "start_date": ("job", "start_date"),
    "training_needs": ("training_needs",),
    "derogation_justification": ("derogation_justification",),
    "contact_name": ("contact", "name"),
    "contact_email": ("contact", "email"),
    "contact_phone": ("contact", "phone"),
    "consent_at": ("consent_at",),
    "missing_fields": ("missing_fields",),
}

#: Columns of the CSV export (dotted paths of the JSON export).
CSV_COLUMNS: tuple[str, ...] = ("reference", "created_at", *(".".join(EXPORT_PATHS[f]) for f in FIELDS))

_LABELS: dict[str, str] = {
    "reference": "référence",
    "created_at": "date d'enregistrement",
    "eligibility_verdict": "verdict d'éligibilité",
    "eligibility_reasons": "règles d'éligibilité appliquées",
    "company_name": "nom de l'entreprise",
    "siret": "SIRET",
    "employer_type": "type d'employeur",
    "department": "département",
    "postal_code": "code postal",
    "commune": "commune",
    "job_title": "intitulé du poste",
    "positions": "nombre de postes",
    "contract_type": "type de contrat",
    "contract_duration_months": "durée du contrat en mois",
    "weekly_hours": "durée hebdomadaire en heures",
    "start_date": "date d'embauche",
    "training_needs": "besoins de formation",
    "derogation_justification": "justification de la dérogation",
    "contact_name": "nom du contact",
    "contact_email": "courriel du contact",
    "contact_phone": "téléphone du contact",
    "consent_at": "date du consentement",
    "missing_fields": "champs à compléter par les services",
}

_EXPECTED: dict[str, str] = {
    "siret": "14 chiffres attendus",
    "department": "département des Pays de la Loire attendu (44, 49, 53, 72 ou 85)",
    "postal_code": "5 chiffres attendus",
    "contact_email": "adresse électronique valide attendue",
    "contact_phone": "numéro au format international attendu (ex. +33612345678)",
    "eligibility_reasons": "identifiants de règle attendus (minuscules, chiffres et « _ »)",
    "start_date": "date attendue (AAAA-MM-JJ)",
    "consent_at": "date et heure attendues",
    "created_at": "date et heure attendues",
    "reference": "référence de la forme 1E1F-AAAA-NNNNNN attendue",
}

_JSON_TYPES_FR = {
    "integer": "nombre entier",
    "number": "nombre",
    "string": "texte",
    "null": "vide",
    "array": "liste",
    "object": "objet",
    "boolean": "oui/non",
}

_VERDICT_LABELS = {"eligible": "Éligible", "derogation": "Dérogation", "ineligible": "Non éligible"}


class SubmissionError(Exception):
    """The submission cannot be saved or exported; the message is in French."""


class SubmissionStorageError(SubmissionError):
    """The database refused or failed the operation (not a problem of the data)."""


# --------------------------------------------------------------------------- schema


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The export schema (``docs/hiring-intent.schema.json``)."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def _python_pattern(pattern: str) -> re.Pattern[str]:
    # JSON Schema patterns are ECMA-262: a final ``$`` is the end of the text,
    # whereas Python's ``$`` also matches before a final newline.
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        pattern = pattern[:-1] + r"\Z"
    return re.compile(pattern)


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[ValidationError]:
    if validator.is_type(instance, "string") and not _python_pattern(pattern).search(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


_StrictValidator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


def _validator(definition: str | None) -> Any:
    schema = load_schema()
    if definition is not None:
        schema = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": f"#/$defs/{definition}"}
    return _StrictValidator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _flat_name(path: Iterable[Any]) -> str:
    path = tuple(p for p in path if isinstance(p, str))
    if path and path[0] == "submissions":
        path = path[1:]
    for flat, nested in EXPORT_PATHS.items():
        if path[: len(nested)] == nested:
            return flat
    return ".".join(path) or "document"


def _french_error(error: ValidationError) -> str:
    field = _flat_name(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return f"champ obligatoire manquant : {_flat_name((*error.absolute_path, missing))}"
    if keyword == "additionalProperties":
        return f"champ inconnu dans « {field} »"
    label = f"« {field} » ({_LABELS.get(field, field)})"
    if keyword == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return f"{label} : type incorrect, {' ou '.join(_JSON_TYPES_FR.get(t, t) for t in expected)} attendu"
    if keyword == "enum":
        return f"{label} : valeur non autorisée (valeurs possibles : {', '.join(map(str, error.validator_value))})"
    if keyword == "minimum":
        return f"{label} : valeur trop petite (minimum {error.validator_value})"
    if keyword == "exclusiveMinimum":
        return f"{label} : la valeur doit être supérieure à {error.validator_value}"
    if keyword == "maximum":
        return f"{label} : valeur trop grande (maximum {error.validator_value})"
    if field in _EXPECTED:
        return f"{label} : {_EXPECTED[field]}"
    if keyword in ("minLength", "pattern"):
        return f"{label} : texte vide"
    if keyword == "maxLength":
        return f"{label} : texte trop long (au plus {error.validator_value} caractères)"
    return f"{label} : valeur invalide"


def _check(instance: Any, definition: str | None, what: str) -> None:
    errors = sorted(_validator(definition).iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        messages = dict.fromkeys(_french_error(e) for e in errors)  # several keywords may say the same thing
        details = "\n".join(f"- {m}" for m in messages)
        raise SubmissionError(f"{what}, rien n'a été enregistré :\n{details}")


# --------------------------------------------------------------------------- model


def _utc(value: datetime) -> datetime:
    """Aware UTC datetime (a naive one is taken as UTC)."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def _iso(value: datetime) -> str:
    return _utc(value).isoformat(timespec="seconds")


def _number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


@dataclass(frozen=True)
class Submission:
    """One stored hiring intent. Flat; :meth:`to_export_dict` gives the nested export shape."""

    reference: str
    created_at: datetime
    eligibility_verdict: str
    eligibility_reasons: tuple[str, ...]
    company_name: str
    siret: str | None
    employer_type: str
    department: str
    postal_code: str
    commune: str
    job_title: str
    positions: int
    contract_type: str
    contract_duration_months: float | None
    weekly_hours: float
    start_date: date
    training_needs: str
    derogation_justification: str | None
    contact_name: str
    contact_email: str
    contact_phone: str | None
    consent_at: datetime
    conversation_id: str
    idempotency_key: str
    missing_fields: tuple[str, ...] = ()

    def to_export_dict(self) -> dict[str, Any]:
        """The submission as exported to Region staff (no conversation id, no idempotency key)."""
        values: dict[str, Any] = {
            "eligibility_verdict": self.eligibility_verdict,
            "eligibility_reasons": list(self.eligibility_reasons),
            "company_name": self.company_name,
            "siret": self.siret,
            "employer_type": self.employer_type,
            "department": self.department,
            "postal_code": self.postal_code,
            "commune": self.commune,
            "job_title": self.job_title,
            "positions": self.positions,
            "contract_type": self.contract_type,
            "contract_duration_months": _number(self.contract_duration_months),
            "weekly_hours": _number(self.weekly_hours),
            "start_date": self.start_date.isoformat(),
            "training_needs": self.training_needs,
            "derogation_justification": self.derogation_justification,
            "contact_name": self.contact_name,
            "contact_email": self.contact_email,
            "contact_phone": self.contact_phone,
            "consent_at": _iso(self.consent_at),
            "missing_fields": list(self.missing_fields),
        }
        return _nest(values, self.reference, _iso(self.created_at))


def _nest(values: Mapping[str, Any], reference: str, created_at: str) -> dict[str, Any]:
    document: dict[str, Any] = {"reference": reference, "created_at": created_at}
    for field in FIELDS:
        *parents, leaf = EXPORT_PATHS[field]
        node = document
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = values[field]
    order = (
        "reference",
        "created_at",
        "eligibility",
        "employer",
        "job",
        "training_needs",
        "derogation_justification",
        "contact",
        "consent_at",
        "missing_fields",
    )
    return {key: document[key] for key in order}


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
    Column("eligibility_verdict", String(20), nullable=False),
    Column("eligibility_reasons", Text, nullable=False),  # JSON list of rule ids
    Column("company_name", Text, nullable=False),
    Column("siret", String(14), nullable=True),  # None when skipped (listed in missing_fields)
    Column("employer_type", String(20), nullable=False),
    Column("department", String(2), nullable=False),
    Column("postal_code", String(5), nullable=False),
    Column("commune", Text, nullable=False),
    Column("job_title", Text, nullable=False),
    Column("positions", Integer, nullable=False),
    Column("contract_type", String(40), nullable=False),
    Column("contract_duration_months", Float, nullable=True),
    Column("weekly_hours", Float, nullable=False),
    Column("start_date", Date, nullable=False),
    Column("training_needs", Text, nullable=False),
    Column("derogation_justification", Text, nullable=True),
    Column("contact_name", Text, nullable=False),
    Column("contact_email", String(254), nullable=False),
    Column("contact_phone", String(16), nullable=True),  # None when skipped (listed in missing_fields)
    Column("consent_at", DateTime, nullable=False),  # UTC, naive (portable)
    Column("missing_fields", Text, nullable=False, server_default="[]"),  # JSON list of skipped fields
    UniqueConstraint("ref_year", "ref_seq", name="uq_hiring_intents_year_seq"),
)


def default_url() -> str:
    """``BOT_DB_URL``, else a SQLite file in the var folder (created if needed)."""
    url = os.environ.get("BOT_DB_URL")
    if url:
        return url
    folder = Path(paths.VAR_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'submissions.db'}"


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


# --------------------------------------------------------------------------- input normalisation


def _normalise(data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON-ready copy of the chat's fields; Python-side checks the schema cannot express."""
    if not isinstance(data, Mapping):
        raise SubmissionError("Demande d'embauche invalide, rien n'a été enregistré : les données doivent être un dictionnaire.")
    problems: list[str] = []
    missing = [f for f in FIELDS if f not in data and f != "missing_fields"]
    unknown = sorted(str(k) for k in data if k not in FIELDS)
    if missing:
        problems.append(f"- champs obligatoires manquants : {', '.join(missing)}")
    if unknown:
        problems.append(f"- champs inconnus : {', '.join(unknown)}")
    values: dict[str, Any] = {"missing_fields": []}
    for field in FIELDS:
        if field not in data:
            continue
        value = data[field]
        label = f"« {field} » ({_LABELS[field]})"
        if field == "start_date":
            value = _date_value(value)
            if value is None:
                problems.append(f"- {label} : date attendue (AAAA-MM-JJ)")
                continue
            value = value.isoformat()
        elif field == "consent_at":
            value = _datetime_value(value)
            if value is None:
                problems.append(f"- {label} : date et heure attendues")
                continue
            value = _utc(value).isoformat()
        elif field in ("eligibility_reasons", "missing_fields") and isinstance(value, tuple):
            value = list(value)
        elif field in ("positions", "weekly_hours", "contract_duration_months"):
            if isinstance(value, numbers.Real) and not isinstance(value, bool):
                if not math.isfinite(value):
                    problems.append(f"- {label} : nombre fini attendu")
                    continue
                if field == "positions":
                    value = int(value) if float(value).is_integer() else float(value)
                else:
                    value = float(value)
        elif isinstance(value, str) and "\x00" in value:
            problems.append(f"- {label} : caractère nul interdit")
            continue
        values[field] = value
    skipped = values.get("missing_fields")
    if isinstance(skipped, list):
        for field in SKIPPABLE_FIELDS:
            if field in values and (values[field] is None) != (field in skipped):
                problems.append(f"- « {field} » ({_LABELS[field]}) : vide si et seulement si listé dans « missing_fields »")
    if problems:
        raise SubmissionError("Demande d'embauche invalide, rien n'a été enregistré :\n" + "\n".join(problems))
    return values


def _date_value(value: Any) -> date | None:
    if isinstance(value, datetime):
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _datetime_value(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9]{2}:[0-9]{2})?", value):
        try:
            return datetime.fromisoformat(value[:-1] + "+00:00" if value.endswith("Z") else value)
        except ValueError:
            return None
    return None


def idempotency_key(values: Mapping[str, Any], conversation_id: str) -> str:
    """sha256 of the conversation id and of the canonical JSON of the recap.

    ``consent_at`` is left out: it is the time of the « oui », so a second « oui »
    to the same recap must give the same key.
    """
    recap = {k: v for k, v in values.items() if k != "consent_at"}
    canonical = json.dumps(recap, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
    return hashlib.sha256((json.dumps(conversation_id, ensure_ascii=False) + canonical).encode("utf-8")).hexdigest()


def _is_transient(error: SQLAlchemyError) -> bool:
    if isinstance(error, IntegrityError):
        return True  # lost the race for a reference or for the idempotency key
    if isinstance(error, OperationalError):
        text = str(error.orig).lower()
        return any(word in text for word in ("locked", "busy", "deadlock", "serializ"))
    return False


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
        """Bring a table created before skippable fields up to date (``missing_fields``, nullable SIRET and phone)."""
        columns = {c["name"]: c for c in inspect(self.engine).get_columns(hiring_intents.name)}
        legacy_not_null = [f for f in SKIPPABLE_FIELDS if f in columns and not columns[f]["nullable"]]
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
        """
        if not isinstance(conversation_id, str) or not conversation_id.strip():
            raise SubmissionError("Demande d'embauche invalide, rien n'a été enregistré : identifiant de conversation manquant.")
        values = _normalise(data)
        created_at = _utc(self._clock())
        _check(_nest(values, f"{REFERENCE_PREFIX}-0000-000000", created_at.isoformat()), "submission", "Demande d'embauche invalide")
        key = idempotency_key(values, conversation_id)
        year = created_at.astimezone(PARIS).year
        row = {
            **values,
            "eligibility_reasons": json.dumps(values["eligibility_reasons"], ensure_ascii=False),
            "missing_fields": json.dumps(values["missing_fields"], ensure_ascii=False),
            "start_date": date.fromisoformat(values["start_date"]),
            "consent_at": _utc(datetime.fromisoformat(values["consent_at"])).replace(tzinfo=None),
            "created_at": created_at.replace(tzinfo=None),
            "conversation_id": conversation_id,
            "idempotency_key": key,
            "ref_year": year,
        }
        last_error: SQLAlchemyError | None = None
        for attempt in range(_SAVE_ATTEMPTS):
            try:
                return self._insert(row, key, year)
            except SQLAlchemyError as error:
                if not _is_transient(error):
                    raise SubmissionStorageError(
                        f"Impossible d'enregistrer la demande d'embauche : erreur de la base de données ({type(error).__name__})."
                    ) from error
                last_error = error
                time.sleep(random.uniform(0, 0.005 * (attempt + 1)))
        raise SubmissionStorageError(
            "Impossible d'enregistrer la demande d'embauche : la base de données est trop sollicitée, réessayez dans un instant."
        ) from last_error

    def _insert(self, row: dict[str, Any], key: str, year: int) -> tuple[str, bool]:
        table = hiring_intents
        with self.engine.begin() as conn:
            existing = conn.execute(select(table.c.reference).where(table.c.idempotency_key == key)).scalar_one_or_none()
            if existing is not None:
                return existing, False
            last = conn.execute(select(func.max(table.c.ref_seq)).where(table.c.ref_year == year)).scalar_one_or_none()
            sequence = (last or 0) + 1
            if sequence > MAX_SEQUENCE:
                raise SubmissionStorageError(f"Impossible d'enregistrer la demande d'embauche : plus de {MAX_SEQUENCE} demandes en {year}.")
            reference = f"{REFERENCE_PREFIX}-{year:04d}-{sequence:06d}"
            conn.execute(insert(table).values(**row, ref_seq=sequence, reference=reference))
        return reference, True

    # ----------------------------------------------------------------- reading

    @staticmethod
    def _from_row(row: Any) -> Submission:
        m = row._mapping
        return Submission(
            reference=m["reference"],
            created_at=_utc(m["created_at"]),
            eligibility_verdict=m["eligibility_verdict"],
            eligibility_reasons=tuple(json.loads(m["eligibility_reasons"])),
            company_name=m["company_name"],
            siret=m["siret"],
            employer_type=m["employer_type"],
            department=m["department"],
            postal_code=m["postal_code"],
            commune=m["commune"],
            job_title=m["job_title"],
            positions=int(m["positions"]),
            contract_type=m["contract_type"],
            contract_duration_months=None if m["contract_duration_months"] is None else float(m["contract_duration_months"]),
            weekly_hours=float(m["weekly_hours"]),
            start_date=m["start_date"],
            training_needs=m["training_needs"],
            derogation_justification=m["derogation_justification"],
            contact_name=m["contact_name"],
            contact_email=m["contact_email"],
            contact_phone=m["contact_phone"],
            consent_at=_utc(m["consent_at"]),
            conversation_id=m["conversation_id"],
            idempotency_key=m["idempotency_key"],
            missing_fields=tuple(json.loads(m["missing_fields"] or "[]")),
        )

    def get(self, reference: str) -> Submission | None:
        """The submission with this reference, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(hiring_intents).where(hiring_intents.c.reference == reference)).first()
        return None if row is None else self._from_row(row)

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(hiring_intents)).scalar_one())

    # ----------------------------------------------------------------- export

    def export_document(self) -> dict[str, Any]:
        """``{"submissions": [...]}``, newest first, validated against the schema."""
        document = {"submissions": [s.to_export_dict() for s in self.list()]}
        _check(document, None, "Export invalide au regard de docs/hiring-intent.schema.json")
        return document

    def export_json(self, target: str | os.PathLike[str] | IO[Any]) -> int:
        """Write the JSON export (UTF-8, accents as is); return the number of submissions."""
        document = self.export_document()
        _write(target, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        return len(document["submissions"])

    def export_csv(self, target: str | os.PathLike[str] | IO[Any]) -> int:
        """Write the CSV export for French Excel (UTF-8 with BOM, ``;``); return the number of rows."""
        document = self.export_document()
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for submission in document["submissions"]:
            flat = _flatten(submission)
            writer.writerow([_csv_cell(flat[column]) for column in CSV_COLUMNS])
        _write(target, "\ufeff" + buffer.getvalue())
        return len(document["submissions"])

    # Last, so that ``list`` in the annotations above is the builtin.
    def list(self) -> list[Submission]:
        """All submissions, newest first."""
        query = select(hiring_intents).order_by(hiring_intents.c.created_at.desc(), hiring_intents.c.id.desc())
        with self.engine.connect() as conn:
            return [self._from_row(row) for row in conn.execute(query)]


def _flatten(node: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(_flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


_PHONE = re.compile(r"\+[0-9]{8,15}")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(_number(value)).replace(".", ",")  # French Excel reads « 17,5 »
    text = str(value)
    # CSV injection: Excel runs cells starting with = + - @ as formulas.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _PHONE.fullmatch(text):
        return "'" + text
    return text


def _write(target: str | os.PathLike[str] | IO[Any], text: str) -> None:
    if isinstance(target, (str, os.PathLike)):
        Path(target).write_bytes(text.encode("utf-8"))
        return
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(getattr(target, "mode", "")):
        target.write(text.encode("utf-8"))
    else:
        target.write(text)
    target.flush()


# --------------------------------------------------------------------------- command line


def _clean(text: str, width: int) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(submissions: Iterable[Submission]) -> str:
    """French plain-text table for ``python -m bot submissions list``."""
    try:
        from bot.extractors.contract import CONTRACT_LABELS
    except ImportError:  # pragma: no cover - the labels are a nicety
        CONTRACT_LABELS = {}
    submissions = [*submissions]
    if not submissions:
        return "Aucune demande d'embauche enregistrée."
    header = ("Référence", "Date", "Entreprise", "Dépt", "Contrat", "Postes", "Verdict")
    rows = [
        (
            s.reference,
            s.created_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M"),
            _clean(s.company_name, 32),
            s.department,
            _clean(CONTRACT_LABELS.get(s.contract_type, s.contract_type), 32),
            str(s.positions),
            _VERDICT_LABELS.get(s.eligibility_verdict, s.eligibility_verdict),
        )
        for s in submissions
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    right = {5}  # numbers aligned right

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths, strict=True))).rstrip()

    count = len(rows)
    total = f"{count} demande{'s' if count > 1 else ''} d'embauche."
    return "\n".join([line(header), "  ".join("-" * w for w in widths), *map(line, rows), "", total])


def _store_from(args: Any) -> SubmissionStore:
    return SubmissionStore(getattr(args, "db_url", None) or None)


def cli_list(args: Any) -> int:
    """``python -m bot submissions list``: print the table; exit code."""
    try:
        store = _store_from(args)
        try:
            print(format_table(store.list()))
        finally:
            store.close()
    except (SQLAlchemyError, ImportError, OSError) as error:
        print(f"Impossible de lire les demandes d'embauche : {error}", file=sys.stderr)
        return 1
    return 0


def cli_export(args: Any) -> int:
    """``python -m bot submissions export --format json|csv [--output FICHIER]``; exit code."""
    fmt = getattr(args, "format", "json") or "json"
    if fmt not in ("json", "csv"):
        print(f"Format d'export inconnu : {fmt} (json ou csv).", file=sys.stderr)
        return 2
    output = getattr(args, "output", None)
    try:
        store = _store_from(args)
        try:
            export = store.export_json if fmt == "json" else store.export_csv
            if output:
                count = export(output)
            else:
                sys.stdout.flush()
                count = export(getattr(sys.stdout, "buffer", sys.stdout))
        finally:
            store.close()
    except SubmissionError as error:
        print(str(error), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"Impossible d'écrire l'export {output or 'sur la sortie standard'} : {error.strerror or error}", file=sys.stderr)
        return 1
    except (SQLAlchemyError, ImportError) as error:
        print(f"Impossible de lire les demandes d'embauche : {error}", file=sys.stderr)
        return 1
    plural = "s" if count > 1 else ""
    message = f"{count} demande{plural} d'embauche exportée{plural} au format {fmt.upper()}"
    if output:
        print(f"{message} dans {output}.")
    else:
        print(f"{message}.", file=sys.stderr)
    return 0
