"""Hiring-intent submissions: storage, references, idempotency, validation, exports."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import threading
from argparse import Namespace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import jsonschema
import pytest
import sqlalchemy
from sqlalchemy import create_engine, inspect, text

from bot.settings import ROOT
from bot.submission import store as submissions_module
from bot.submission.commands import cli_export, cli_list, format_table
from bot.submission.store import (
    CSV_COLUMNS,
    Submission,
    SubmissionError,
    SubmissionStorageError,
    SubmissionStore,
    hiring_intents,
)

SCHEMA = json.loads((ROOT / "docs" / "hiring-intent.schema.json").read_text(encoding="utf-8"))
UTC = timezone.utc


def recap(**changes: object) -> dict:
    data = {
        "company_name": "Boulangerie Éclair & Fils",
        "siret": "73282932000074",
        "employer_type": "prive",
        "department": "44",
        "postal_code": "44000",
        "commune": "Nantes",
        "job_title": "Boulanger·ère",
        "positions": 2,
        "contract_type": "cdd",
        "contract_duration_months": 6,
        "weekly_hours": 17.5,
        "start_date": date(2026, 5, 4),
        "training_needs": "Hygiène alimentaire, pétrissage",
        "derogation_justification": None,
        "contact_name": "Élodie Durand",
        "contact_email": "elodie.durand@example.fr",
        "contact_phone": "+33612345678",
        "eligibility_verdict": "eligible",
        "eligibility_reasons": ["cdd_six_mois"],
        "candidate_status": "demandeur_emploi",
        "consent_at": datetime(2026, 3, 14, 9, 30, tzinfo=UTC),
    }
    data.update(changes)
    return data


class Clock:
    """Injectable clock: each call returns the current time, then moves one minute on."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        current = self.now
        self.now += timedelta(minutes=1)
        return current


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'submissions.db'}"


@pytest.fixture
def store(db_url: str):
    with SubmissionStore(db_url, clock=Clock(datetime(2026, 3, 14, 10, 0, tzinfo=UTC))) as s:
        yield s


def raw_count(url: str) -> int:
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT COUNT(*) FROM hiring_intents")).scalar_one()
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- save, get, list


def test_save_returns_first_reference_of_the_year(store: SubmissionStore) -> None:
    assert store.save(recap(), "conv-1") == ("1E1F-2026-000001", True)


def test_get_returns_every_field_with_its_type(store: SubmissionStore) -> None:
    reference, _ = store.save(recap(), "conv-1")
    saved = store.get(reference)
    assert saved is not None
    assert saved.reference == reference
    assert saved.created_at == datetime(2026, 3, 14, 10, 0, tzinfo=UTC)
    assert saved.conversation_id == "conv-1"
    assert len(saved.idempotency_key) == 64
    for field, value in recap().items():
        expected = tuple(value) if isinstance(value, list) else value
        assert getattr(saved, field) == expected, field
    assert isinstance(saved.positions, int)
    assert isinstance(saved.start_date, date) and not isinstance(saved.start_date, datetime)
    assert saved.consent_at.tzinfo is not None


def test_get_unknown_reference_returns_none(store: SubmissionStore) -> None:
    store.save(recap(), "conv-1")
    assert store.get("1E1F-2026-999999") is None


def test_list_is_newest_first(store: SubmissionStore) -> None:
    refs = [store.save(recap(company_name=f"Entreprise {i}"), f"conv-{i}")[0] for i in range(3)]
    listed = store.list()
    assert [s.reference for s in listed] == refs[::-1]
    assert [s.company_name for s in listed] == ["Entreprise 2", "Entreprise 1", "Entreprise 0"]
    assert all(isinstance(s, Submission) for s in listed)


def test_submission_is_frozen(store: SubmissionStore) -> None:
    saved = store.get(store.save(recap(), "conv-1")[0])
    assert saved is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        saved.siret = "00000000000000"  # type: ignore[misc]


def test_consent_time_as_naive_or_iso_string_is_accepted(store: SubmissionStore) -> None:
    ref1, _ = store.save(recap(consent_at="2026-03-14T09:30:00Z", start_date="2026-05-04"), "conv-1")
    ref2, _ = store.save(recap(consent_at=datetime(2026, 3, 14, 9, 30)), "conv-2")
    for ref in (ref1, ref2):
        saved = store.get(ref)
        assert saved is not None
        assert saved.consent_at == datetime(2026, 3, 14, 9, 30, tzinfo=UTC)
        assert saved.start_date == date(2026, 5, 4)


# --------------------------------------------------------------------------- references


def test_references_increase_within_a_year(store: SubmissionStore) -> None:
    refs = [store.save(recap(), f"conv-{i}")[0] for i in range(12)]
    assert refs == [f"1E1F-2026-{n:06d}" for n in range(1, 13)]


def test_sequence_restarts_for_a_new_year(db_url: str) -> None:
    clock = Clock(datetime(2025, 12, 31, 10, 0, tzinfo=UTC))
    with SubmissionStore(db_url, clock=clock) as store:
        assert store.save(recap(), "a")[0] == "1E1F-2025-000001"
        assert store.save(recap(), "b")[0] == "1E1F-2025-000002"
        clock.now = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
        assert store.save(recap(), "c")[0] == "1E1F-2026-000001"
        assert store.save(recap(), "d")[0] == "1E1F-2026-000002"
        clock.now = datetime(2025, 12, 31, 12, 0, tzinfo=UTC)  # a late clock still continues 2025
        assert store.save(recap(), "e")[0] == "1E1F-2025-000003"


def test_reference_year_follows_french_time(db_url: str) -> None:
    # 31 December 23:30 UTC is already 1 January 00:30 in Nantes.
    with SubmissionStore(db_url, clock=lambda: datetime(2026, 12, 31, 23, 30, tzinfo=UTC)) as store:
        assert store.save(recap(), "conv-1")[0] == "1E1F-2027-000001"


def test_sequence_survives_a_new_store_on_the_same_file(db_url: str) -> None:
    with SubmissionStore(db_url) as first:
        year = datetime.now(UTC).year
        assert first.save(recap(), "a")[0].startswith(f"1E1F-{year}-")
    with SubmissionStore(db_url) as second:
        assert second.save(recap(), "b")[0].endswith("-000002")
        assert len(second.list()) == 2


# --------------------------------------------------------------------------- idempotency


def test_same_recap_twice_gives_same_reference_and_one_row(store: SubmissionStore, db_url: str) -> None:
    first = store.save(recap(), "conv-1")
    second = store.save(recap(), "conv-1")
    assert first == ("1E1F-2026-000001", True)
    assert second == ("1E1F-2026-000001", False)
    assert raw_count(db_url) == 1


def test_second_oui_with_a_later_consent_time_is_the_same_submission(store: SubmissionStore, db_url: str) -> None:
    first, _ = store.save(recap(consent_at=datetime(2026, 3, 14, 9, 30, tzinfo=UTC)), "conv-1")
    again = store.save(recap(consent_at=datetime(2026, 3, 14, 9, 31, tzinfo=UTC)), "conv-1")
    assert again == (first, False)
    assert raw_count(db_url) == 1


def test_equivalent_values_give_the_same_key(store: SubmissionStore, db_url: str) -> None:
    first, _ = store.save(recap(weekly_hours=35, positions=2, eligibility_reasons=["r1"]), "conv-1")
    again = store.save(recap(weekly_hours=35.0, positions=2.0, eligibility_reasons=("r1",), start_date="2026-05-04"), "conv-1")
    assert again == (first, False)
    assert raw_count(db_url) == 1


def test_different_recap_creates_a_new_row(store: SubmissionStore, db_url: str) -> None:
    first, _ = store.save(recap(), "conv-1")
    second, created = store.save(recap(positions=3), "conv-1")
    assert created and second != first
    assert raw_count(db_url) == 2


def test_same_recap_in_another_conversation_creates_a_new_row(store: SubmissionStore, db_url: str) -> None:
    first, _ = store.save(recap(), "conv-1")
    second, created = store.save(recap(), "conv-2")
    assert created and second != first
    assert raw_count(db_url) == 2


# --------------------------------------------------------------------------- validation


INVALID = {
    "siret_too_short": {"siret": "1234567890123"},
    "siret_letters": {"siret": "7328293200007A"},
    "siret_trailing_newline": {"siret": "73282932000074\n"},
    "siret_non_ascii_digits": {"siret": "٧٣٢٨٢٩٣٢٠٠٠٠٧٤"},
    "department_75": {"department": "75"},
    "department_as_int": {"department": 44},
    "positions_0": {"positions": 0},
    "positions_51": {"positions": 51},
    "positions_as_text": {"positions": "3"},
    "positions_fraction": {"positions": 2.5},
    "positions_bool": {"positions": True},
    "weekly_hours_60": {"weekly_hours": 60},
    "weekly_hours_nan": {"weekly_hours": float("nan")},
    "duration_zero": {"contract_duration_months": 0},
    "duration_infinite": {"contract_duration_months": float("inf")},
    "contract_unknown": {"contract_type": "stage"},
    "employer_type_unknown": {"employer_type": "entreprise"},
    "verdict_unknown": {"eligibility_verdict": "peut-être"},
    "reasons_not_a_list": {"eligibility_reasons": "cdd_six_mois"},
    "reason_not_an_id": {"eligibility_reasons": ["Règle 1"]},
    "postal_code_4_digits": {"postal_code": "4400"},
    "email_without_at": {"contact_email": "elodie.example.fr"},
    "email_trailing_newline": {"contact_email": "elodie@example.fr\n"},
    "phone_national_format": {"contact_phone": "06 12 34 56 78"},
    "start_date_datetime": {"start_date": datetime(2026, 5, 4, 8, 0)},
    "start_date_bad_text": {"start_date": "04/05/2026"},
    "start_date_impossible": {"start_date": "2026-02-30"},
    "consent_missing_value": {"consent_at": None},
    "company_name_blank": {"company_name": "   "},
    "company_name_not_text": {"company_name": 42},
    "training_needs_nul_character": {"training_needs": "abc\x00def"},
    "justification_not_text": {"derogation_justification": ["non"]},
    "unknown_field": {"favourite_colour": "bleu"},
}


@pytest.mark.parametrize("changes", INVALID.values(), ids=INVALID.keys())
def test_invalid_data_is_refused_and_nothing_written(store: SubmissionStore, db_url: str, changes: dict) -> None:
    with pytest.raises(SubmissionError):
        store.save(recap(**changes), "conv-1")
    assert raw_count(db_url) == 0
    assert store.list() == []


@pytest.mark.parametrize("field", ["siret", "consent_at", "contact_email", "eligibility_reasons"])
def test_missing_field_is_refused_with_a_french_message(store: SubmissionStore, db_url: str, field: str) -> None:
    data = recap()
    del data[field]
    with pytest.raises(SubmissionError, match=f"champs obligatoires manquants : {field}"):
        store.save(data, "conv-1")
    assert raw_count(db_url) == 0


def test_error_message_names_every_bad_field_in_french(store: SubmissionStore) -> None:
    with pytest.raises(SubmissionError) as caught:
        store.save(recap(siret="123", department="75", positions=0, weekly_hours=60), "conv-1")
    message = str(caught.value)
    assert message.startswith("Demande d'embauche invalide, rien n'a été enregistré")
    assert "« siret » (SIRET) : 14 chiffres attendus" in message
    assert "44, 49, 53, 72 ou 85" in message
    assert "« positions » (nombre de postes) : valeur trop petite (minimum 1)" in message
    assert "« weekly_hours » (durée hebdomadaire en heures) : valeur trop grande (maximum 48)" in message
    assert "does not match" not in message and "is not" not in message  # no English jsonschema text


def test_missing_conversation_id_is_refused(store: SubmissionStore, db_url: str) -> None:
    with pytest.raises(SubmissionError, match="conversation"):
        store.save(recap(), "  ")
    assert raw_count(db_url) == 0


def test_html_text_is_stored_as_is(store: SubmissionStore) -> None:
    html = "<b>Soudure</b> <script>alert('x')</script> & « CACES »"
    reference, _ = store.save(recap(training_needs=html, company_name="<i>ACME</i>"), "conv-1")
    saved = store.get(reference)
    assert saved is not None
    assert saved.training_needs == html
    assert saved.company_name == "<i>ACME</i>"


def test_sql_looking_text_is_stored_verbatim_and_table_survives(store: SubmissionStore, db_url: str) -> None:
    payload = "'); DROP TABLE hiring_intents; --"
    reference, _ = store.save(recap(company_name=payload, training_needs=payload, contact_name=payload), f"conv{payload}")
    saved = store.get(reference)
    assert saved is not None
    assert (saved.company_name, saved.training_needs, saved.contact_name) == (payload, payload, payload)
    assert saved.conversation_id == f"conv{payload}"
    assert store.get(f"x{payload}") is None
    engine = create_engine(db_url, future=True)
    try:
        assert inspect(engine).has_table("hiring_intents")
    finally:
        engine.dispose()
    assert raw_count(db_url) == 1
    assert store.save(recap(), "conv-2")[1] is True


# --------------------------------------------------------------------------- schema and JSON export


def test_schema_is_valid_and_closed_everywhere() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"

    def objects(node: object) -> list[dict]:
        found = []
        if isinstance(node, dict):
            if node.get("type") == "object":
                found.append(node)
            for value in node.values():
                found.extend(objects(value))
        elif isinstance(node, list):
            for value in node:
                found.extend(objects(value))
        return found

    closed = objects(SCHEMA)
    assert len(closed) == 6  # document, submission, eligibility, employer, job, contact
    for node in closed:
        assert node["additionalProperties"] is False
        assert set(node["required"]) == set(node["properties"])
        assert all("description" in p for p in node["properties"].values())


def test_json_export_validates_and_has_exactly_the_listed_fields(store: SubmissionStore, tmp_path: Path) -> None:
    store.save(recap(), "conv-1")
    store.save(
        recap(contract_type="cdi", contract_duration_months=None, eligibility_verdict="derogation", derogation_justification="Zone rurale"),
        "conv-2",
    )
    path = tmp_path / "export.json"
    assert store.export_json(path) == 2
    raw = path.read_bytes()
    assert "Éclair".encode() in raw  # UTF-8, accents not escaped
    document = json.loads(raw.decode("utf-8"))
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER).validate(document)
    newest = document["submissions"][0]
    assert set(newest) == {
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
    }
    assert newest["missing_fields"] == []
    assert set(newest["eligibility"]) == {"verdict", "reasons", "candidate_status"}
    assert set(newest["employer"]) == {"name", "siret", "type", "department", "postal_code", "commune"}
    assert set(newest["job"]) == {"title", "positions", "contract_type", "contract_duration_months", "weekly_hours", "start_date"}
    assert set(newest["contact"]) == {"name", "email", "phone"}
    assert "conv-" not in raw.decode("utf-8")
    assert newest["reference"] == "1E1F-2026-000002"
    assert newest["job"]["contract_duration_months"] is None
    assert newest["derogation_justification"] == "Zone rurale"
    oldest = document["submissions"][1]
    assert oldest["job"] == {
        "title": "Boulanger·ère",
        "positions": 2,
        "contract_type": "cdd",
        "contract_duration_months": 6,
        "weekly_hours": 17.5,
        "start_date": "2026-05-04",
    }
    assert oldest["consent_at"] == "2026-03-14T09:30:00+00:00"
    assert oldest["employer"]["siret"] == "73282932000074"


def test_single_export_dict_validates_against_submission_definition(store: SubmissionStore) -> None:
    reference, _ = store.save(recap(), "conv-1")
    saved = store.get(reference)
    assert saved is not None
    exported = saved.to_export_dict()
    single = {"$schema": SCHEMA["$schema"], "$defs": SCHEMA["$defs"], "$ref": "#/$defs/submission"}
    jsonschema.Draft202012Validator(single).validate(exported)
    assert "conversation_id" not in json.dumps(exported) and saved.idempotency_key not in json.dumps(exported)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(single).validate({**exported, "conversation_id": "conv-1"})


def test_empty_export_is_valid(store: SubmissionStore) -> None:
    out = io.StringIO()
    assert store.export_json(out) == 0
    document = json.loads(out.getvalue())
    assert document == {"submissions": []}
    jsonschema.validate(document, SCHEMA)


def test_export_refuses_a_row_broken_in_the_database(store: SubmissionStore, db_url: str, tmp_path: Path) -> None:
    store.save(recap(), "conv-1")
    engine = create_engine(db_url, future=True)
    with engine.begin() as conn:
        conn.execute(text("UPDATE hiring_intents SET department = '75'"))
    engine.dispose()
    target = tmp_path / "export.json"
    with pytest.raises(SubmissionError, match="Export invalide"):
        store.export_json(target)
    assert not target.exists()


# --------------------------------------------------------------------------- CSV export


def test_csv_export_has_bom_semicolons_and_flat_dotted_columns(store: SubmissionStore, tmp_path: Path) -> None:
    store.save(recap(eligibility_reasons=["cdd_six_mois", "departement_pdl"]), "conv-1")
    path = tmp_path / "export.csv"
    assert store.export_csv(path) == 1
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    assert len(rows) == 1
    row = rows[0]
    assert list(row) == list(CSV_COLUMNS)
    assert "conversation_id" not in row and "idempotency_key" not in row
    assert row["reference"] == "1E1F-2026-000001"
    assert row["employer.siret"] == "73282932000074"
    assert row["employer.name"] == "Boulangerie Éclair & Fils"
    assert row["eligibility.reasons"] == "cdd_six_mois; departement_pdl"
    assert row["job.weekly_hours"] == "17,5"
    assert row["job.positions"] == "2"
    assert row["derogation_justification"] == ""
    assert row["contact.phone"] == "+33612345678"


def test_csv_columns_match_the_json_export(store: SubmissionStore) -> None:
    reference, _ = store.save(recap(), "conv-1")
    saved = store.get(reference)
    assert saved is not None

    def dotted(node: dict, prefix: str = "") -> list[str]:
        names = []
        for key, value in node.items():
            names.extend(dotted(value, f"{prefix}{key}.") if isinstance(value, dict) else [f"{prefix}{key}"])
        return names

    assert list(CSV_COLUMNS) == dotted(saved.to_export_dict())


def test_csv_export_neutralises_spreadsheet_formulas_and_keeps_newlines(store: SubmissionStore) -> None:
    store.save(recap(company_name='=HYPERLINK("http://evil.example","x")', training_needs="Ligne 1\nLigne 2; suite"), "conv-1")
    out = io.BytesIO()
    store.export_csv(out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0]["employer.name"] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[0]["training_needs"] == "Ligne 1\nLigne 2; suite"


# --------------------------------------------------------------------------- concurrency


def test_concurrent_saves_get_distinct_references(db_url: str) -> None:
    stores = [SubmissionStore(db_url) for _ in range(8)]  # like separate action-server workers
    results: list[tuple[str, bool]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()
    start = threading.Barrier(len(stores))

    def work(index: int, store: SubmissionStore) -> None:
        try:
            start.wait()
            for n in range(5):
                result = store.save(recap(job_title=f"Poste {index}-{n}"), f"conv-{index}")
                with lock:
                    results.append(result)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i, s)) for i, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    for s in stores:
        s.close()
    assert not errors, errors
    references = [ref for ref, _ in results]
    assert len(references) == 40 and all(created for _, created in results)
    year = datetime.now(UTC).year
    assert sorted(references) == [f"1E1F-{year}-{n:06d}" for n in range(1, 41)]
    assert raw_count(db_url) == 40


def test_concurrent_duplicate_saves_create_one_row(db_url: str) -> None:
    with SubmissionStore(db_url) as store:
        results: list[tuple[str, bool]] = []
        start = threading.Barrier(8)

        def work() -> None:
            start.wait()
            results.append(store.save(recap(), "conv-1"))

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=60)
        assert len(results) == 8
        assert len({ref for ref, _ in results}) == 1
        assert sum(created for _, created in results) == 1
        assert raw_count(db_url) == 1


# --------------------------------------------------------------------------- configuration and command line


def test_default_url_is_a_sqlite_file_in_var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_DB_URL", raising=False)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var" / "nested"))
    with SubmissionStore() as store:
        store.save(recap(), "conv-1")
    assert (tmp_path / "var" / "nested" / "submissions.db").is_file()


def test_bot_db_url_environment_variable_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'from-env.db'}"
    monkeypatch.setenv("BOT_DB_URL", url)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "unused"))
    with SubmissionStore() as store:
        store.save(recap(), "conv-1")
    assert raw_count(url) == 1
    assert not (tmp_path / "unused").exists()


def test_format_table_in_french(store: SubmissionStore) -> None:
    assert format_table([]) == "Aucune demande d'embauche enregistrée."
    store.save(recap(), "conv-1")
    store.save(
        recap(
            company_name="Mairie de\nLaval", department="53", contract_type="apprentissage", positions=12, eligibility_verdict="derogation"
        ),
        "conv-2",
    )
    table = format_table(store.list())
    lines = table.splitlines()
    for title in ("Référence", "Date", "Entreprise", "Dépt", "Contrat", "Postes", "Verdict"):
        assert title in lines[0]
    assert lines[2].startswith("1E1F-2026-000002  14/03/2026 11:01  Mairie de Laval")  # Paris time, newlines flattened
    assert "Contrat d'apprentissage" in lines[2] and "Dérogation" in lines[2] and " 12 " in lines[2]
    assert "CDD" in lines[3] and "Éligible" in lines[3]
    assert lines[-1] == "2 demandes d'embauche."


def test_cli_list_prints_table(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with SubmissionStore(db_url) as store:
        reference, _ = store.save(recap(), "conv-1")
    assert cli_list(Namespace(db_url=db_url)) == 0
    out = capsys.readouterr().out
    assert reference in out and "Boulangerie Éclair & Fils" in out


def test_cli_export_to_file_and_stdout(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with SubmissionStore(db_url) as store:
        store.save(recap(), "conv-1")
    target = tmp_path / "out.csv"
    assert cli_export(Namespace(format="csv", output=str(target), db_url=db_url)) == 0
    assert "1 demande d'embauche exportée au format CSV" in capsys.readouterr().out
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")

    assert cli_export(Namespace(format="json", output=None, db_url=db_url)) == 0
    captured = capsys.readouterr()
    jsonschema.validate(json.loads(captured.out), SCHEMA)
    assert "exportée" in captured.err


def test_cli_export_reports_errors_in_french(db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_export(Namespace(format="xml", output=None, db_url=db_url)) == 2
    assert "Format d'export inconnu" in capsys.readouterr().err
    missing_dir = tmp_path / "absent" / "out.json"
    assert cli_export(Namespace(format="json", output=str(missing_dir), db_url=db_url)) == 1
    assert "Impossible d'écrire l'export" in capsys.readouterr().err


# --------------------------------------------------------------------------- skipped fields


def test_skipped_siret_and_phone_are_stored_as_missing_and_exported(store: SubmissionStore) -> None:
    reference, created = store.save(recap(siret=None, contact_phone=None, missing_fields=["siret", "contact_phone"]), "conv-1")
    assert created
    stored = store.get(reference)
    assert stored is not None and stored.siret is None and stored.contact_phone is None
    assert stored.missing_fields == ("siret", "contact_phone")
    document = store.export_document()
    assert document["submissions"][0]["missing_fields"] == ["siret", "contact_phone"]
    buffer = io.BytesIO()
    store.export_csv(buffer)
    assert "missing_fields" in buffer.getvalue().decode("utf-8-sig").splitlines()[0]


@pytest.mark.parametrize(
    "changes",
    [
        {"siret": None},  # empty but not listed as missing
        {"missing_fields": ["siret"]},  # listed but given
        {"missing_fields": ["company_name"], "company_name": None},  # not a skippable field
    ],
)
def test_missing_fields_must_match_the_empty_fields(store: SubmissionStore, changes: dict) -> None:
    with pytest.raises(SubmissionError):
        store.save(recap(**changes), "conv-1")
    assert store.count() == 0


def test_a_table_created_before_skippable_fields_is_upgraded(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'legacy.db'}"
    engine = sqlalchemy.create_engine(url)
    legacy = sqlalchemy.MetaData()
    columns = [
        sqlalchemy.Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable and c.name not in ("siret", "contact_phone"))
        for c in hiring_intents.columns
        if c.name != "missing_fields"
    ]
    sqlalchemy.Table("hiring_intents", legacy, *columns)
    legacy.create_all(engine)
    engine.dispose()
    with SubmissionStore(url) as upgraded:
        reference, _ = upgraded.save(recap(siret=None, missing_fields=["siret"]), "conv-1")
        assert upgraded.get(reference).missing_fields == ("siret",)


def test_a_table_created_before_the_candidate_status_is_upgraded_and_its_rows_read_as_unknown(tmp_path: Path) -> None:
    with SubmissionStore(f"sqlite:///{tmp_path / 'today.db'}") as today:
        old_reference, _ = today.save(recap(), "conv-old")
        with today.engine.connect() as conn:
            row = dict(conn.execute(sqlalchemy.select(hiring_intents)).mappings().one())
    url = f"sqlite:///{tmp_path / 'legacy.db'}"
    engine = sqlalchemy.create_engine(url)
    legacy = sqlalchemy.MetaData()
    columns = [sqlalchemy.Column(c.name, c.type, primary_key=c.primary_key, nullable=c.nullable) for c in hiring_intents.columns if c.name != "candidate_status"]
    table = sqlalchemy.Table("hiring_intents", legacy, *columns)
    legacy.create_all(engine)
    with engine.begin() as conn:
        conn.execute(table.insert().values({k: v for k, v in row.items() if k != "candidate_status"}))
    engine.dispose()
    with SubmissionStore(url) as upgraded:
        assert upgraded.get(old_reference).candidate_status is None
        reference, _ = upgraded.save(recap(), "conv-new")
        assert upgraded.get(reference).candidate_status == "demandeur_emploi"
        document = upgraded.export_document()
    jsonschema.validate(document, json.loads((ROOT / "docs" / "hiring-intent.schema.json").read_text(encoding="utf-8")))
    assert [s["eligibility"]["candidate_status"] for s in document["submissions"]] == ["demandeur_emploi", None]


# --------------------------------------------------------------------------- integrity errors


def test_a_reference_taken_meanwhile_is_retried_with_the_next_one(store: SubmissionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another worker took the reference between reading the last one and inserting: the next is used."""
    store.save(recap(), "conv-1")
    real = SubmissionStore._next_sequence
    calls: list[int] = []

    def stale_then_real(conn: object, year: int) -> int:
        calls.append(year)
        return 1 if len(calls) == 1 else real(conn, year)  # type: ignore[arg-type]

    monkeypatch.setattr(SubmissionStore, "_next_sequence", staticmethod(stale_then_real))
    assert store.save(recap(job_title="Pâtissier"), "conv-2") == ("1E1F-2026-000002", True)
    assert len(calls) == 2


def test_a_duplicate_saved_meanwhile_returns_its_reference_at_once(store: SubmissionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same recap saved by another worker between the check and the insert: its reference, no retry, no error."""
    first, _ = store.save(recap(), "conv-1")
    real = store._insert
    calls: list[int] = []

    def racing_insert(row: dict, key: str, year: int, tried: dict) -> tuple[str, bool]:
        calls.append(1)
        return real(row, "not-seen-yet", year, tried)  # the check misses the row; the insert hits the unique key

    monkeypatch.setattr(store, "_insert", racing_insert)
    assert store.save(recap(), "conv-1") == (first, False)
    assert calls == [1]
    assert store.count() == 1


def test_other_integrity_errors_are_reported_at_once(store: SubmissionStore, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A constraint no retry will satisfy is not « trop sollicitée » after 30 attempts: it is reported at once."""
    engine = create_engine(db_url, future=True)
    with engine.begin() as conn:
        conn.execute(
            text(
                "CREATE TRIGGER refuse_test BEFORE INSERT ON hiring_intents WHEN NEW.company_name = 'Refusée' "
                "BEGIN SELECT RAISE(ABORT, 'refused by a constraint'); END"
            )
        )
    engine.dispose()
    calls: list[int] = []
    real = store._insert

    def counted(*args: object) -> tuple[str, bool]:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "_insert", counted)
    monkeypatch.setattr(submissions_module.time, "sleep", lambda _: pytest.fail("no retry expected"))
    with pytest.raises(SubmissionStorageError) as raised:
        store.save(recap(company_name="Refusée"), "conv-1")
    assert "IntegrityError" in str(raised.value) and "trop sollicitée" not in str(raised.value)
    assert calls == [1]
    assert store.count() == 0


def test_a_busy_database_is_retried_then_reported_as_busy(store: SubmissionStore, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def locked(*args: object) -> tuple[str, bool]:
        calls.append(1)
        raise sqlalchemy.exc.OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(store, "_insert", locked)
    monkeypatch.setattr(submissions_module.time, "sleep", lambda _: None)
    with pytest.raises(SubmissionStorageError, match="trop sollicitée"):
        store.save(recap(), "conv-1")
    assert len(calls) == submissions_module._SAVE_ATTEMPTS
