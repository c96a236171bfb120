"""The one table of the hiring-intent submission: every field, where it goes.

Two tables, because the employer is asked 14 things and the Region receives 23:

* :data:`FIELDS` — what the form asks, in asking order: the slot, the validator
  reading the answer, the recap label, whether it may be skipped, and the
  stored columns the answer fills (a commune fills ``department``,
  ``postal_code`` and ``commune``).
* :data:`COLUMNS` — what is stored and exported, in export order: the record
  key (= database column), its JSON path in the export, its staff label, its
  storage kind, its SQL type and its JSON Schema.

Everything else is derived from them: the form's required slots, the
validators by slot, the recap labels, the database table
(:mod:`bot.submission.store`), the JSON export and CSV columns
(:mod:`bot.submission.export`) and ``docs/hiring-intent.schema.json``
(:func:`json_schema`, written by ``python -m bot submissions schema``; a test
checks the file is fresh and that ``domain.yml`` agrees).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, DateTime, Float, Integer, String, Text
from sqlalchemy.types import TypeEngine

from bot import settings
from bot.dialogue.messages import JOB_TITLE_TO_SPECIFY
from bot.extractors.candidate import CANDIDATE_LABELS
from bot.extractors.contract import ALTERNANCE_TO_SPECIFY, REQUEST_CONTRACTS

SCHEMA_FILE = settings.ROOT / "docs" / "hiring-intent.schema.json"

#: Slot of the RGPD consent: asked as a field, stored as ``consent_at``.
CONSENT_SLOT = "consent_at"
#: The slot the recap fills once confirmed (the form's last required slot).
CONFIRM_SLOT = "submission_confirmed"


@dataclass(frozen=True)
class FieldSpec:
    """One question of the submission form.

    ``validator`` names the function of :mod:`bot.submission.validators`
    reading the answer (empty for the consent, read by the dialogue).
    ``columns`` are the stored record keys the answer fills.
    """

    name: str
    validator: str
    label: str
    columns: tuple[str, ...]
    skippable: bool = False
    derogation_only: bool = False
    #: Another field whose value lets this one be left empty (stored as None, listed in ``missing_fields``): no e-mail when a
    #: phone is given, the Region's staff calling back (forty-second blind user test). The export's schema requires one of
    #: the two (:func:`json_schema`).
    skippable_with: str = ""


#: The form's questions, in the order they are asked.
FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("company_name", "company_name", "Entreprise", ("company_name",)),
    FieldSpec("siret", "siret", "SIRET", ("siret",), skippable=True),
    FieldSpec("employer_type", "employer_type", "Type d'employeur", ("employer_type",)),
    FieldSpec("work_location", "work_location", "Lieu de travail", ("department", "postal_code", "commune")),
    FieldSpec("job_title", "job_title", "Poste", ("job_title",)),
    FieldSpec("positions", "positions", "Nombre de postes", ("positions",)),
    FieldSpec("weekly_hours", "weekly_hours", "Durée hebdomadaire", ("weekly_hours",)),
    FieldSpec("start_date", "start_date", "Date d'embauche souhaitée", ("start_date",)),
    FieldSpec("training_needs", "training_needs", "Besoins de formation", ("training_needs",)),
    FieldSpec(
        "derogation_justification", "justification", "Motif de la dérogation", ("derogation_justification",), derogation_only=True
    ),
    FieldSpec(CONSENT_SLOT, "", "Accord pour la transmission", ("consent_at",)),
    FieldSpec("contact_name", "contact_name", "Contact", ("contact_name",)),
    FieldSpec("contact_email", "email", "E-mail", ("contact_email",), skippable_with="contact_phone"),
    FieldSpec("contact_phone", "phone", "Téléphone", ("contact_phone",), skippable=True),
)

FIELD_BY_NAME: dict[str, FieldSpec] = {spec.name: spec for spec in FIELDS}
#: Slots in asking order.
FIELD_NAMES: tuple[str, ...] = tuple(spec.name for spec in FIELDS)
#: Slot -> validator name (the consent has none).
VALIDATOR_OF: dict[str, str] = {spec.name: spec.validator for spec in FIELDS}
#: Slot -> recap label, for the fields shown in the recap (not the consent).
LABELS: dict[str, str] = {spec.name: spec.label for spec in FIELDS if spec.name != CONSENT_SLOT}
#: Slots the employer may skip; the Region's staff complete them (stored as None, listed in ``missing_fields``).
SKIPPABLE: frozenset[str] = frozenset(spec.name for spec in FIELDS if spec.skippable)
#: The same, by validator name (what a validator knows about itself).
SKIPPABLE_VALIDATORS: frozenset[str] = frozenset(spec.validator for spec in FIELDS if spec.skippable)
#: Slots that may be left empty (None, listed in ``missing_fields``): the skippable ones, and those left empty only beside
#: another one given (``skippable_with``: the e-mail beside a phone), which are never offered « Passer cette question ».
MAY_BE_MISSING: frozenset[str] = SKIPPABLE | frozenset(spec.name for spec in FIELDS if spec.skippable_with)
#: Slot -> the slot that must be given for it to be left empty.
SKIPPABLE_WITH: dict[str, str] = {spec.name: spec.skippable_with for spec in FIELDS if spec.skippable_with}
#: Record keys the employer may leave « à préciser » rather than empty, with that value: the Region's staff complete them as
#: well (listed in ``missing_fields``): an alternance whose kind, apprenticeship or professionalisation, is not decided yet.
#: A job not known yet, said twice (« on sait pas encore, on verra avec le client »): « À préciser ».
TO_SPECIFY: dict[str, str] = {"contract_type": ALTERNANCE_TO_SPECIFY, "job_title": JOB_TITLE_TO_SPECIFY}


def form_required_slots() -> list[str]:
    """``hiring_intent_form``'s required slots in ``domain.yml``: the questions, then the recap."""
    return [*FIELD_NAMES, CONFIRM_SLOT]


# ------------------------------------------------------------------------ stored columns

#: Storage kinds: how a value is converted between the record, the database and the export.
TEXT, LIST, INTEGER, NUMBER, DATE, DATETIME = "text", "list", "integer", "number", "date", "datetime"


@dataclass(frozen=True)
class Column:
    """One stored and exported value.

    ``stored`` is False for the two values the store adds itself (reference,
    registration time): they are exported but not part of the record the chat
    hands over.
    """

    name: str
    export_path: tuple[str, ...]
    label: str
    kind: str
    sql_type: TypeEngine[Any]
    nullable: bool
    schema: dict[str, Any]
    #: French hint used when the value is refused (« 14 chiffres attendus »).
    expected: str = ""
    stored: bool = True
    server_default: str | None = None


_NON_BLANK = {"$ref": "#/$defs/nonBlankText"}
_DATE_TIME = {"$ref": "#/$defs/dateTime"}

COLUMNS: tuple[Column, ...] = (
    Column(
        "reference", ("reference",), "référence", TEXT, String(16), False,
        {
            "description": "Référence de la demande : 1E1F, l'année d'enregistrement et un numéro d'ordre dans l'année (ex. 1E1F-2026-000042).",
            "type": "string",
            "pattern": "^1E1F-[0-9]{4}-[0-9]{6}$",
        },
        expected="référence de la forme 1E1F-AAAA-NNNNNN attendue", stored=False,
    ),
    Column(
        "created_at", ("created_at",), "date d'enregistrement", DATETIME, DateTime(), False,
        {**_DATE_TIME, "description": "Date et heure d'enregistrement de la demande."},
        expected="date et heure attendues", stored=False,
    ),
    Column(
        "eligibility_verdict", ("eligibility", "verdict"), "verdict d'éligibilité", TEXT, String(20), False,
        {
            "description": "Verdict : éligible, éligible sur dérogation, ou non éligible.",
            "type": "string",
            "enum": ["eligible", "derogation", "ineligible"],
        },
    ),
    Column(
        "eligibility_reasons", ("eligibility", "reasons"), "règles d'éligibilité appliquées", LIST, Text(), False,
        {
            "description": "Identifiants des règles d'éligibilité (data/eligibility/rules.yml) qui ont conduit au verdict.",
            "type": "array",
            "items": {"description": "Identifiant d'une règle d'éligibilité.", "type": "string", "pattern": "^[a-z][a-z0-9_]*$"},
        },
        expected="identifiants de règle attendus (minuscules, chiffres et « _ »)",
    ),
    Column(
        "candidate_status", ("eligibility", "candidate_status"), "situation du candidat", TEXT, String(40), True,
        {
            "description": (
                "Situation du candidat déclarée pendant le test d'éligibilité (voir CANDIDATE_LABELS dans bot/extractors/candidate.py), "
                "ou null pour une demande enregistrée avant que la situation soit conservée."
            ),
            "type": ["string", "null"],
            "enum": [*CANDIDATE_LABELS, None],
        },
    ),
    Column(
        "company_name", ("employer", "name"), "nom de l'entreprise", TEXT, Text(), False,
        {**_NON_BLANK, "description": "Raison sociale de l'employeur."},
    ),
    Column(
        "siret", ("employer", "siret"), "SIRET", TEXT, String(14), True,
        {
            "description": "Numéro SIRET de l'établissement qui recrute (14 chiffres), ou null si l'employeur ne l'a pas donné (listé dans « missing_fields »).",
            "type": ["string", "null"],
            "minLength": 14,
            "maxLength": 14,
            "pattern": "^[0-9]{14}$",
        },
        expected="14 chiffres attendus",
    ),
    Column(
        "employer_type", ("employer", "type"), "type d'employeur", TEXT, String(20), False,
        {"description": "Nature de l'employeur : privé, public ou association.", "type": "string", "enum": ["prive", "public", "association"]},
    ),
    Column(
        "department", ("employer", "department"), "département", TEXT, String(2), False,
        {
            "description": "Département du lieu de travail, parmi les cinq départements des Pays de la Loire.",
            "type": "string",
            "pattern": "^(44|49|53|72|85)$",
        },
        expected="département des Pays de la Loire attendu (44, 49, 53, 72 ou 85)",
    ),
    Column(
        "postal_code", ("employer", "postal_code"), "code postal", TEXT, String(5), False,
        {"description": "Code postal du lieu de travail (5 chiffres).", "type": "string", "minLength": 5, "maxLength": 5, "pattern": "^[0-9]{5}$"},
        expected="5 chiffres attendus",
    ),
    Column(
        "commune", ("employer", "commune"), "commune", TEXT, Text(), False,
        {**_NON_BLANK, "description": "Commune du lieu de travail."},
    ),
    Column(
        "job_title", ("job", "title"), "intitulé du poste", TEXT, Text(), False,
        {**_NON_BLANK, "description": "Intitulé du poste, ou « À préciser » quand l'employeur ne le connaît pas encore (listé dans « missing_fields »)."},
    ),
    Column(
        "positions", ("job", "positions"), "nombre de postes", INTEGER, Integer(), False,
        {"description": "Nombre de postes à pourvoir (de 1 à 50).", "type": "integer", "minimum": 1, "maximum": 50},
    ),
    Column(
        "contract_type", ("job", "contract_type"), "type de contrat", TEXT, String(40), False,
        {
            "description": (
                "Type de contrat proposé (voir CONTRACT_NAMES dans bot/extractors/contract.py). « alternance_a_preciser » : une "
                "alternance dont le type, contrat d'apprentissage ou de professionnalisation, reste à préciser avec l'employeur "
                "(listé dans « missing_fields »)."
            ),
            "type": "string",
            "enum": list(REQUEST_CONTRACTS),
        },
    ),
    Column(
        "contract_duration_months", ("job", "contract_duration_months"), "durée du contrat en mois", NUMBER, Float(), True,
        {
            "description": "Durée du contrat en mois, ou null pour un contrat sans terme (CDI).",
            "type": ["number", "null"],
            "exclusiveMinimum": 0,
            "maximum": 120,
        },
    ),
    Column(
        "weekly_hours", ("job", "weekly_hours"), "durée hebdomadaire en heures", NUMBER, Float(), False,
        {"description": "Durée hebdomadaire de travail en heures (de 1 à 48).", "type": "number", "minimum": 1, "maximum": 48},
    ),
    Column(
        "start_date", ("job", "start_date"), "date d'embauche", DATE, Date(), False,
        {"description": "Date d'embauche souhaitée (AAAA-MM-JJ).", "type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},
        expected="date attendue (AAAA-MM-JJ)",
    ),
    Column(
        "training_needs", ("training_needs",), "besoins de formation", TEXT, Text(), False,
        {**_NON_BLANK, "description": "Besoins de formation préalable à l'embauche exprimés par l'employeur."},
    ),
    Column(
        "derogation_justification", ("derogation_justification",), "justification de la dérogation", TEXT, Text(), True,
        {"description": "Justification de la demande de dérogation, ou null s'il n'y en a pas.", "type": ["string", "null"], "maxLength": 5000},
    ),
    Column(
        "contact_name", ("contact", "name"), "nom du contact", TEXT, Text(), False,
        {**_NON_BLANK, "description": "Nom de la personne à contacter."},
    ),
    Column(
        "contact_email", ("contact", "email"), "courriel du contact", TEXT, String(254), True,
        {
            "description": (
                "Adresse électronique de la personne à contacter, ou null si l'employeur n'en a pas (listé dans « missing_fields ») : "
                "les services de la Région le rappellent alors au téléphone, qui est donné."
            ),
            "type": ["string", "null"],
            "format": "email",
            "maxLength": 254,
            "pattern": "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
        },
        expected="adresse électronique valide attendue",
    ),
    Column(
        "contact_phone", ("contact", "phone"), "téléphone du contact", TEXT, String(16), True,
        {
            "description": "Téléphone de la personne à contacter, au format international E.164 (ex. +33612345678), ou null si l'employeur ne l'a pas donné (listé dans « missing_fields »).",
            "type": ["string", "null"],
            "pattern": "^\\+[0-9]{8,15}$",
        },
        expected="numéro au format international attendu (ex. +33612345678)",
    ),
    Column(
        "consent_at", ("consent_at",), "date du consentement", DATETIME, DateTime(), False,
        {
            **_DATE_TIME,
            "description": "Date et heure auxquelles l'employeur a confirmé le récapitulatif et consenti à la transmission de ses données à la Région.",
        },
        expected="date et heure attendues",
    ),
    Column(
        "missing_fields", ("missing_fields",), "champs à compléter par les services", LIST, Text(), False,
        {
            "description": (
                "Champs à compléter par les services de la Région : ceux que l'employeur a passés (SIRET inconnu, téléphone non "
                "communiqué, pas d'adresse e-mail), qui valent null, « contract_type » quand le type d'alternance reste à préciser (il vaut alors "
                "« alternance_a_preciser ») et « job_title » quand le poste reste à préciser (il vaut alors « À préciser »)."
            ),
            "type": "array",
            "uniqueItems": True,
            "items": {"type": "string", "enum": [*(spec.name for spec in FIELDS if spec.name in MAY_BE_MISSING), *TO_SPECIFY]},
        },
        server_default="[]",
    ),
)

COLUMN_BY_NAME: dict[str, Column] = {column.name: column for column in COLUMNS}
#: Keys of the record the chat hands to the store, in export order.
RECORD_FIELDS: tuple[str, ...] = tuple(column.name for column in COLUMNS if column.stored)
#: Where each record key goes in the exported JSON.
EXPORT_PATHS: dict[str, tuple[str, ...]] = {column.name: column.export_path for column in COLUMNS if column.stored}
#: Columns of the CSV export (dotted paths of the JSON export).
CSV_COLUMNS: tuple[str, ...] = tuple(".".join(column.export_path) for column in COLUMNS)
#: Staff labels of every exported value (used in French error messages).
COLUMN_LABELS: dict[str, str] = {column.name: column.label for column in COLUMNS}
#: Hints for refused values, by column.
EXPECTED: dict[str, str] = {column.name: column.expected for column in COLUMNS if column.expected}
#: Record keys that may be left empty (the slots of :data:`MAY_BE_MISSING` fill one column each): None if and only if listed in
#: ``missing_fields``.
SKIPPABLE_COLUMNS: tuple[str, ...] = tuple(c for spec in FIELDS if spec.name in MAY_BE_MISSING for c in spec.columns)
#: What a group of the export needs when one of its values may be left empty beside another (:func:`_group_rules`), in French
#: for the error messages, by group.
GROUP_EXPECTED: dict[str, str] = {"contact": "une adresse e-mail ou un téléphone attendu pour recontacter l'employeur"}


# ------------------------------------------------------------------------ JSON Schema

#: Descriptions of the objects grouping several values in the export.
_GROUPS: dict[str, str] = {
    "eligibility": "Résultat du test d'éligibilité fait pendant la conversation.",
    "employer": "L'employeur qui souhaite recruter.",
    "job": "Le poste à pourvoir.",
    "contact": "La personne à recontacter chez l'employeur.",
}


def _closed(description: str, properties: dict[str, Any]) -> dict[str, Any]:
    return {"description": description, "type": "object", "additionalProperties": False, "required": list(properties), "properties": properties}


def _group_rules(properties: dict[str, Any]) -> None:
    """A field left empty only beside another (``skippable_with``) makes its group require one of the two as text: a request
    without e-mail has a phone (« anyOf » in the group holding both)."""
    for spec in FIELDS:
        if not spec.skippable_with:
            continue
        paths = [COLUMN_BY_NAME[name].export_path for name in (*spec.columns, *FIELD_BY_NAME[spec.skippable_with].columns)]
        *parents, _ = paths[0]
        if any(tuple(path[:-1]) != tuple(parents) for path in paths):
            raise ValueError(f"{spec.name} and {spec.skippable_with} must be stored in the same group of the export")
        node = properties
        for parent in parents[:-1]:
            node = node[parent]["properties"]
        node[parents[-1]].setdefault("anyOf", []).extend({"properties": {path[-1]: {"type": "string"}}, "required": [path[-1]]} for path in paths)


def json_schema() -> dict[str, Any]:
    """The export's JSON Schema, built from :data:`COLUMNS` (what ``docs/hiring-intent.schema.json`` holds)."""
    properties: dict[str, Any] = {}
    for column in COLUMNS:
        *parents, leaf = column.export_path
        node = properties
        for parent in parents:
            node = node.setdefault(parent, _closed(_GROUPS[parent], {}))
            node["required"].append(leaf)
            node = node["properties"]
        node[leaf] = column.schema
    _group_rules(properties)
    submission = _closed("Une intention d'embauche confirmée par un employeur, telle que la reçoivent les services de la Région.", properties)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Export des intentions d'embauche « 1 emploi = 1 formation »",
        "description": (
            "Document d'export remis aux services de la Région des Pays de la Loire : la liste des intentions d'embauche confirmées "
            "par les employeurs à la fin d'une conversation avec l'assistant. Une soumission isolée se valide avec « $defs/submission »."
        ),
        "type": "object",
        "additionalProperties": False,
        "required": ["submissions"],
        "properties": {
            "submissions": {
                "description": "Les intentions d'embauche, de la plus récente à la plus ancienne.",
                "type": "array",
                "items": {"$ref": "#/$defs/submission"},
            }
        },
        "$defs": {
            "nonBlankText": {
                "description": "Texte libre saisi par l'employeur (au moins un caractère autre qu'une espace).",
                "type": "string",
                "minLength": 1,
                "maxLength": 5000,
                "pattern": "\\S",
            },
            "dateTime": {
                "description": "Horodatage RFC 3339 avec fuseau horaire (ex. 2026-03-14T09:30:00+00:00).",
                "type": "string",
                "format": "date-time",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$",
            },
            "submission": {"title": "Intention d'embauche", **submission},
        },
    }


def schema_text() -> str:
    """The text of ``docs/hiring-intent.schema.json`` (two-space JSON, accents as is)."""
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"


def write_schema() -> bool:
    """Write ``docs/hiring-intent.schema.json``; True when it changed."""
    text = schema_text()
    if SCHEMA_FILE.exists() and SCHEMA_FILE.read_text(encoding="utf-8") == text:
        return False
    SCHEMA_FILE.write_text(text, encoding="utf-8")
    return True
