"""``python -m bot submissions list | export | schema``: the staff's commands (French output)."""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from tabulate import tabulate

from bot.extractors.contract import CONTRACT_LABELS
from bot.submission.record import Submission, SubmissionError
from bot.submission.spec import SCHEMA_FILE, write_schema
from bot.submission.store import PARIS, SubmissionStore

_VERDICT_LABELS = {"eligible": "Éligible", "derogation": "Dérogation", "ineligible": "Non éligible"}
_HEADER = ("Référence", "Date", "Entreprise", "Dépt", "Contrat", "Postes", "Verdict")


def _cell(text: str, width: int) -> str:
    """One line of at most ``width`` characters (newlines flattened, « … » when cut)."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(submissions: Iterable[Submission]) -> str:
    """French plain-text table for ``python -m bot submissions list``."""
    rows = [
        (
            s.reference,
            s.created_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M"),
            _cell(s.company_name, 32),
            s.department,
            _cell(CONTRACT_LABELS.get(s.contract_type, s.contract_type), 32),
            str(s.positions),
            _VERDICT_LABELS.get(s.eligibility_verdict, s.eligibility_verdict),
        )
        for s in submissions
    ]
    if not rows:
        return "Aucune demande d'embauche enregistrée."
    align = ["left"] * len(_HEADER)
    align[_HEADER.index("Postes")] = "right"
    table = tabulate(rows, headers=_HEADER, tablefmt="simple", disable_numparse=True, colalign=align)
    lines = [line.rstrip() for line in table.splitlines()]
    count = len(rows)
    return "\n".join([*lines, "", f"{count} demande{'s' if count > 1 else ''} d'embauche."])


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


def cli_schema(args: Any) -> int:
    """``python -m bot submissions schema``: write ``docs/hiring-intent.schema.json`` from the field table; exit code."""
    changed = write_schema()
    relative = SCHEMA_FILE.relative_to(SCHEMA_FILE.parent.parent)
    print(f"{relative} {'mis à jour' if changed else 'déjà à jour'}.")
    return 0
