"""Exports of the stored submissions for the Region's staff: JSON and CSV.

Both are built from the JSON document validated against the schema, so a CSV
never holds what the JSON could not. The CSV is for French Excel (UTF-8 with
BOM, ``;``, decimal comma) and neutralises formula injection: a cell starting
with ``=``, ``+``, ``-`` or ``@`` gets a leading quote (an E.164 phone number
excepted).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from bot.submission.record import Submission, check, plain_number
from bot.submission.spec import CSV_COLUMNS

Target = str | os.PathLike[str] | IO[Any]


def export_document(submissions: Iterable[Submission]) -> dict[str, Any]:
    """``{"submissions": [...]}`` in the given order, validated against the schema."""
    document = {"submissions": [s.to_export_dict() for s in submissions]}
    check(document, None, "Export invalide au regard de docs/hiring-intent.schema.json")
    return document


def write_json(document: Mapping[str, Any], target: Target) -> int:
    """Write the JSON export (UTF-8, accents as is); return the number of submissions."""
    write(target, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    return len(document["submissions"])


def write_csv(document: Mapping[str, Any], target: Target) -> int:
    """Write the CSV export for French Excel (UTF-8 with BOM, ``;``); return the number of rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for submission in document["submissions"]:
        flat = flatten(submission)
        writer.writerow([csv_cell(flat[column]) for column in CSV_COLUMNS])
    write(target, "\ufeff" + buffer.getvalue())
    return len(document["submissions"])


def flatten(node: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested export -> ``{"employer.name": …}``."""
    flat: dict[str, Any] = {}
    for key, value in node.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, f"{name}."))
        else:
            flat[name] = value
    return flat


_PHONE = re.compile(r"\+[0-9]{8,15}")


def csv_cell(value: Any) -> str:
    """One CSV cell: lists joined, decimal comma, formulas neutralised."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(plain_number(value)).replace(".", ",")  # French Excel reads « 17,5 »
    text = str(value)
    # CSV injection: Excel runs cells starting with = + - @ as formulas.
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _PHONE.fullmatch(text):
        return "'" + text
    return text


def write(target: Target, text: str) -> None:
    """Write ``text`` as UTF-8 to a path, a binary stream or a text stream."""
    if isinstance(target, (str, os.PathLike)):
        Path(target).write_bytes(text.encode("utf-8"))
        return
    if isinstance(target, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(getattr(target, "mode", "")):
        target.write(text.encode("utf-8"))
    else:
        target.write(text)
    target.flush()
