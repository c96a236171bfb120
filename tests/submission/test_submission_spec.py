"""The field table (bot.submission.spec) is the one source: the schema file, domain.yml,
the database table, the stored model, the validators and the sentences agree with it."""

from __future__ import annotations

import dataclasses
import json

import yaml
from samples import completed_submission_slots

from bot.dialogue import messages
from bot.settings import DOMAIN_FILE
from bot.submission import spec
from bot.submission.dialogue import recap_slots
from bot.submission.export import flatten
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    MISSING_SLOT,
    REFERENCE_SLOT,
)
from bot.submission.record import Submission
from bot.submission.store import CSV_COLUMNS, hiring_intents
from bot.submission.validators import FIELDS as VALIDATOR_ORDER
from bot.submission.validators import VALIDATORS

DOMAIN = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))


def test_schema_file_is_generated_from_the_table() -> None:
    """Run `python -m bot submissions schema` after changing bot/submission/spec.py."""
    assert spec.SCHEMA_FILE.read_text(encoding="utf-8") == spec.schema_text()


def test_domain_form_asks_the_table_fields_in_order() -> None:
    assert DOMAIN["forms"]["hiring_intent_form"]["required_slots"] == spec.form_required_slots()


def test_domain_declares_every_submission_slot() -> None:
    slots = DOMAIN["slots"]
    for name in (*spec.FIELD_NAMES, spec.CONFIRM_SLOT, ATTEMPTS_SLOT, MISSING_SLOT, REFERENCE_SLOT):
        assert name in slots, name
    assert slots[ATTEMPTS_SLOT]["type"] == "float"
    assert slots[MISSING_SLOT]["type"] == "list"


def test_domain_has_an_ask_action_per_field() -> None:
    for name in (*spec.FIELD_NAMES, spec.CONFIRM_SLOT):
        assert f"action_ask_{name}" in DOMAIN["actions"], name


def test_the_form_asks_in_the_table_order() -> None:
    derogation = {**completed_submission_slots(), "eligibility": "derogation"}
    empty = {k: v for k, v in derogation.items() if k not in spec.FIELD_NAMES}
    assert recap_slots(empty) == spec.form_required_slots()
    assert list(FIELD_VALIDATORS) == list(spec.FIELD_NAMES)


def test_database_columns_are_the_record_columns() -> None:
    bookkeeping = ["id", "reference", "ref_year", "ref_seq", "created_at", "conversation_id", "idempotency_key"]
    assert [c.name for c in hiring_intents.columns] == [*bookkeeping, *spec.RECORD_FIELDS]
    for name in spec.RECORD_FIELDS:
        assert hiring_intents.c[name].nullable == spec.COLUMN_BY_NAME[name].nullable, name


def test_stored_model_has_every_column() -> None:
    names = {f.name for f in dataclasses.fields(Submission)}
    assert names == {c.name for c in spec.COLUMNS} | {"conversation_id", "idempotency_key"}


def test_csv_columns_are_the_schema_leaves() -> None:
    properties = spec.json_schema()["$defs"]["submission"]["properties"]

    def leaves(node: dict, prefix: str = "") -> list[str]:
        found = []
        for key, value in node.items():
            if value.get("type") == "object":
                found += leaves(value["properties"], f"{prefix}{key}.")
            else:
                found.append(f"{prefix}{key}")
        return found

    assert list(CSV_COLUMNS) == leaves(properties)
    assert list(flatten({c: None for c in CSV_COLUMNS})) == list(CSV_COLUMNS)


def test_every_asked_column_is_stored() -> None:
    filled = [c for field in spec.FIELDS for c in field.columns]
    assert len(filled) == len(set(filled))
    assert set(filled) <= set(spec.RECORD_FIELDS)


def test_skippable_fields_are_nullable_and_listed_in_missing_fields() -> None:
    enum = spec.COLUMN_BY_NAME["missing_fields"].schema["items"]["enum"]
    assert spec.SKIPPABLE == {"siret", "contact_phone"}
    # (the e-mail may be left empty too, beside a phone, never skipped with a button: forty-second blind user test)
    assert spec.MAY_BE_MISSING == set(spec.SKIPPABLE_COLUMNS) == {"siret", "contact_email", "contact_phone"}
    # (and the alternance whose kind is to be specified, the job not known yet: completed by the staff as well)
    assert enum == ["siret", "contact_email", "contact_phone", "contract_type", "job_title"]
    assert spec.TO_SPECIFY == {"contract_type": "alternance_a_preciser", "job_title": "À préciser"}
    assert all(spec.COLUMN_BY_NAME[c].nullable for c in spec.SKIPPABLE_COLUMNS)
    assert spec.SKIPPABLE_VALIDATORS == {"siret", "phone"}


def test_validators_and_sentences_cover_the_table() -> None:
    asked = [f for f in spec.FIELDS if f.validator]
    assert VALIDATOR_ORDER == tuple(f.validator for f in asked)  # in asking order, as its docstring says
    assert set(VALIDATORS) | {"start_date"} == set(VALIDATOR_ORDER)
    assert set(messages.FIELD_NOUNS) == set(VALIDATOR_ORDER) == set(messages.FIELD_EXPLANATIONS)
    assert set(messages.SUBMISSION_QUESTIONS) == {f.name for f in asked}
    assert set(messages.SUBMISSION_SECOND_TRY) == set(spec.FIELD_NAMES)
    assert set(FIELD_LABELS) == {f.name for f in asked}


def test_schema_text_is_stable_json() -> None:
    assert json.loads(spec.schema_text()) == spec.json_schema()


def test_the_request_s_contracts_are_the_contract_table_s() -> None:
    """The export's ``job.contract_type`` is derived from the one table of contracts (it was written by hand a second time):
    every hire, « alternance, type à préciser » included, never an internship nor a freelance collaboration."""
    from bot.extractors.contract import CONTRACT_NAMES, REQUEST_CONTRACTS

    enum = spec.COLUMN_BY_NAME["contract_type"].schema["enum"]
    assert enum == list(REQUEST_CONTRACTS) == [code for code, name in CONTRACT_NAMES.items() if name.employment]
    assert "alternance_a_preciser" in enum and "stage" not in enum and "independant" not in enum
    assert max(map(len, enum)) <= spec.COLUMN_BY_NAME["contract_type"].sql_type.length  # type: ignore[attr-defined]
    assert json.loads(spec.SCHEMA_FILE.read_text(encoding="utf-8"))["$defs"]["submission"]["properties"]["job"]["properties"][
        "contract_type"]["enum"] == enum
