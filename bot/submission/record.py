"""A stored hiring intent: the record the chat hands over, the stored model, the export shape.

The chat's record is checked twice before anything is written: Python-side
(:func:`normalise`: types the schema cannot express, skipped fields) then
against ``docs/hiring-intent.schema.json`` (:func:`check`), so that what is
stored is always exportable. Errors are French, for the employer and the staff.
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from typing import Any

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from bot.submission.spec import (
    COLUMN_BY_NAME,
    COLUMN_LABELS,
    COLUMNS,
    DATE,
    DATETIME,
    EXPECTED,
    EXPORT_PATHS,
    GROUP_EXPECTED,
    INTEGER,
    LIST,
    NUMBER,
    RECORD_FIELDS,
    SCHEMA_FILE,
    SKIPPABLE_COLUMNS,
    TO_SPECIFY,
)

REFERENCE_PREFIX = "1E1F"


class SubmissionError(Exception):
    """The submission cannot be saved or exported; the message is in French."""


class SubmissionStorageError(SubmissionError):
    """The database refused or failed the operation (not a problem of the data)."""


_JSON_TYPES_FR = {
    "integer": "nombre entier",
    "number": "nombre",
    "string": "texte",
    "null": "vide",
    "array": "liste",
    "object": "objet",
    "boolean": "oui/non",
}


# --------------------------------------------------------------------------- values


def utc(value: datetime) -> datetime:
    """Aware UTC datetime (a naive one is taken as UTC)."""
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


def iso(value: datetime) -> str:
    return utc(value).isoformat(timespec="seconds")


def plain_number(value: float | None) -> float | int | None:
    """``17.5`` stays, ``6.0`` becomes ``6`` (the export shows whole numbers as such)."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else float(value)


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class Submission:
    """One stored hiring intent. Flat; :meth:`to_export_dict` gives the nested export shape.

    Its fields are the stored columns of :data:`bot.submission.spec.COLUMNS`
    (a test checks they agree) plus the conversation id and the idempotency key.
    """

    reference: str
    created_at: datetime
    eligibility_verdict: str
    eligibility_reasons: tuple[str, ...]
    candidate_status: str | None
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
    contact_email: str | None
    contact_phone: str | None
    consent_at: datetime
    conversation_id: str
    idempotency_key: str
    missing_fields: tuple[str, ...] = ()

    def to_export_dict(self) -> dict[str, Any]:
        """The submission as exported to Region staff (no conversation id, no idempotency key)."""
        values = {name: _export_value(name, getattr(self, name)) for name in RECORD_FIELDS}
        return nest(values, self.reference, iso(self.created_at))


def _export_value(name: str, value: Any) -> Any:
    kind = COLUMN_BY_NAME[name].kind
    if value is None:
        return None
    if kind == LIST:
        return list(value)
    if kind == NUMBER:
        return plain_number(value)
    if kind == DATE:
        return value.isoformat()
    if kind == DATETIME:
        return iso(value)
    return value


def from_mapping(row: Mapping[str, Any]) -> Submission:
    """A :class:`Submission` from a database row (lists as JSON text, naive UTC times)."""
    values: dict[str, Any] = {}
    for column in COLUMNS:
        value = row[column.name]
        if column.kind == LIST:
            value = tuple(json.loads(value or "[]"))
        elif value is not None:
            if column.kind == DATETIME:
                value = utc(value)
            elif column.kind == INTEGER:
                value = int(value)
            elif column.kind == NUMBER:
                value = float(value)
        values[column.name] = value
    return Submission(**values, conversation_id=row["conversation_id"], idempotency_key=row["idempotency_key"])


def nest(values: Mapping[str, Any], reference: str, created_at: str) -> dict[str, Any]:
    """The export shape of flat record values (keys in the schema's order)."""
    document: dict[str, Any] = {"reference": reference, "created_at": created_at}
    for name in RECORD_FIELDS:
        *parents, leaf = EXPORT_PATHS[name]
        node = document
        for parent in parents:
            node = node.setdefault(parent, {})
        node[leaf] = values[name]
    return document


# --------------------------------------------------------------------------- input normalisation


def normalise(data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON-ready copy of the chat's fields; Python-side checks the schema cannot express."""
    if not isinstance(data, Mapping):
        raise SubmissionError("Demande d'embauche invalide, rien n'a été enregistré : les données doivent être un dictionnaire.")
    problems: list[str] = []
    missing = [f for f in RECORD_FIELDS if f not in data and f != "missing_fields"]
    unknown = sorted(str(k) for k in data if k not in RECORD_FIELDS)
    if missing:
        problems.append(f"- champs obligatoires manquants : {', '.join(missing)}")
    if unknown:
        problems.append(f"- champs inconnus : {', '.join(unknown)}")
    values: dict[str, Any] = {"missing_fields": []}
    for name in RECORD_FIELDS:
        if name not in data:
            continue
        value = data[name]
        kind = COLUMN_BY_NAME[name].kind
        label = f"« {name} » ({COLUMN_LABELS[name]})"
        if kind == DATE:
            day = _date_value(value)
            if day is None:
                problems.append(f"- {label} : {EXPECTED[name]}")
                continue
            value = day.isoformat()
        elif kind == DATETIME:
            moment = _datetime_value(value)
            if moment is None:
                problems.append(f"- {label} : {EXPECTED[name]}")
                continue
            value = utc(moment).isoformat()
        elif kind == LIST and isinstance(value, tuple):
            value = list(value)
        elif kind in (INTEGER, NUMBER):
            if isinstance(value, numbers.Real) and not isinstance(value, bool):
                number = float(value)
                if not math.isfinite(number):
                    problems.append(f"- {label} : nombre fini attendu")
                    continue
                value = (int(number) if number.is_integer() else number) if kind == INTEGER else number
        elif isinstance(value, str) and "\x00" in value:
            problems.append(f"- {label} : caractère nul interdit")
            continue
        values[name] = value
    skipped = values.get("missing_fields")
    if isinstance(skipped, list):
        for name in SKIPPABLE_COLUMNS:
            if name in values and (values[name] is None) != (name in skipped):
                problems.append(f"- « {name} » ({COLUMN_LABELS[name]}) : vide si et seulement si listé dans « missing_fields »")
        for name, to_specify in TO_SPECIFY.items():
            if name in values and (values[name] == to_specify) != (name in skipped):
                problems.append(f"- « {name} » ({COLUMN_LABELS[name]}) : « {to_specify} » si et seulement si listé dans « missing_fields »")
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


# --------------------------------------------------------------------------- schema


@lru_cache(maxsize=1)
def load_schema() -> dict[str, Any]:
    """The export schema (``docs/hiring-intent.schema.json``)."""
    schema: dict[str, Any] = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return schema


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
    names = tuple(p for p in path if isinstance(p, str))
    if names and names[0] == "submissions":
        names = names[1:]
    for column in COLUMNS:
        if names[: len(column.export_path)] == column.export_path:
            return column.name
    return ".".join(names) or "document"


def _french_error(error: ValidationError) -> str:
    field = _flat_name(error.absolute_path)
    keyword = error.validator
    if keyword == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return f"champ obligatoire manquant : {_flat_name((*error.absolute_path, missing))}"
    if keyword == "additionalProperties":
        return f"champ inconnu dans « {field} »"
    if keyword == "anyOf" and field in GROUP_EXPECTED:
        return f"« {field} » : {GROUP_EXPECTED[field]}"  # (neither e-mail nor phone: forty-second blind user test)
    label = f"« {field} » ({COLUMN_LABELS.get(field, field)})"
    if keyword == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        return f"{label} : type incorrect, {' ou '.join(_JSON_TYPES_FR.get(str(t), str(t)) for t in expected)} attendu"
    if keyword == "enum":
        return f"{label} : valeur non autorisée (valeurs possibles : {', '.join(map(str, error.validator_value))})"
    if keyword == "minimum":
        return f"{label} : valeur trop petite (minimum {error.validator_value})"
    if keyword == "exclusiveMinimum":
        return f"{label} : la valeur doit être supérieure à {error.validator_value}"
    if keyword == "maximum":
        return f"{label} : valeur trop grande (maximum {error.validator_value})"
    if field in EXPECTED:
        return f"{label} : {EXPECTED[field]}"
    if keyword in ("minLength", "pattern"):
        return f"{label} : texte vide"
    if keyword == "maxLength":
        return f"{label} : texte trop long (au plus {error.validator_value} caractères)"
    return f"{label} : valeur invalide"


def check(instance: Any, definition: str | None, what: str) -> None:
    """Raise :class:`SubmissionError` listing, in French, every way ``instance`` breaks the schema."""
    errors = sorted(_validator(definition).iter_errors(instance), key=lambda e: [str(p) for p in e.absolute_path])
    if errors:
        messages = dict.fromkeys(_french_error(e) for e in errors)  # several keywords may say the same thing
        details = "\n".join(f"- {m}" for m in messages)
        raise SubmissionError(f"{what}, rien n'a été enregistré :\n{details}")
