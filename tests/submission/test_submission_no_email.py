"""An employer without any e-mail address who gives a phone number can send the request (forty-second blind user test, u42-04:
« g pas de mail, appelez moi plutot au 06 71 22 33 44 », then « j'ai pas d'adresse mail je vous dis, j'utilise pas internet »
were refused twice, then only « annuler » or the Region's online form were offered). The e-mail is then null and listed in
``missing_fields``; the schema keeps at least one way to reach the contact."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from samples import completed_submission_slots

from bot.dialogue import messages
from bot.submission import spec
from bot.submission.after_sending import confirmation_reply, sent_reply
from bot.submission.dialogue import field_turn, submission_record
from bot.submission.fields import REFUSAL
from bot.submission.form_slots import ATTEMPTS_SLOT, FIELD_VALIDATORS, MISSING_SLOT
from bot.submission.questions import required_slots
from bot.submission.recap import recap
from bot.submission.record import check, nest
from bot.submission.store import SubmissionError, SubmissionStore

ORDER = list(FIELD_VALIDATORS)
U42_04 = "g pas de mail, appelez moi plutot au 06 71 22 33 44"


def _at_the_email(**changes: Any) -> dict[str, Any]:
    """The slots when the e-mail is asked: the earlier fields answered, the e-mail and the phone not yet."""
    slots = completed_submission_slots()
    for name in ORDER[ORDER.index("contact_email"):]:
        slots[name] = None
    return {**slots, **changes}


def _no_email_slots() -> dict[str, Any]:
    return {**completed_submission_slots(), "contact_email": None, "contact_phone": "+33671223344", MISSING_SLOT: ["contact_email"]}


# ---------------------------------------------------------------- the one table and its schema


def test_the_table_lets_the_email_be_missing_only_beside_a_phone() -> None:
    assert spec.FIELD_BY_NAME["contact_email"].skippable_with == "contact_phone"
    assert "contact_email" in spec.MAY_BE_MISSING and "contact_email" not in spec.SKIPPABLE  # (no « Passer cette question »)
    assert "contact_email" in spec.SKIPPABLE_COLUMNS and spec.COLUMN_BY_NAME["contact_email"].nullable
    contact = spec.json_schema()["$defs"]["submission"]["properties"]["contact"]
    assert {"properties": {"email": {"type": "string"}}, "required": ["email"]} in contact["anyOf"]
    assert {"properties": {"phone": {"type": "string"}}, "required": ["phone"]} in contact["anyOf"]
    missing = spec.json_schema()["$defs"]["submission"]["properties"]["missing_fields"]
    assert "contact_email" in missing["items"]["enum"]
    assert spec.schema_text() == spec.SCHEMA_FILE.read_text(encoding="utf-8"), "docs/hiring-intent.schema.json is stale"


def _exported(**changes: Any) -> dict[str, Any]:
    record = {**submission_record(_no_email_slots()), **changes}
    record["consent_at"] = "2026-11-27T10:00:00+00:00"
    return nest(record, "1E1F-2026-000001", "2026-11-27T10:00:00+00:00")


def test_the_schema_accepts_an_email_or_a_phone_and_refuses_neither() -> None:
    check(_exported(), "submission", "Demande")
    check(_exported(contact_email="a@b.fr", contact_phone=None, missing_fields=["contact_phone"]), "submission", "Demande")
    with pytest.raises(SubmissionError, match="adresse e-mail ou un téléphone"):
        check(_exported(contact_phone=None, missing_fields=["contact_email", "contact_phone"]), "submission", "Demande")


# ---------------------------------------------------------------- the store (SQLite and PostgreSQL), the exports


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    from tests.postgres_support import throwaway_postgres

    with throwaway_postgres("no-email-pg-") as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'submissions.db'}"
    from tests.postgres_support import fresh_database

    return fresh_database(request.getfixturevalue("postgres_server"), "noemail")


def test_a_request_without_email_is_stored_and_exported(db_url: str) -> None:
    with SubmissionStore(db_url) as store:
        reference, created = store.save(submission_record(_no_email_slots()), "conv-no-email")
        stored = store.get(reference)
        assert created and stored is not None
        assert (stored.contact_email, stored.contact_phone, stored.missing_fields) == (None, "+33671223344", ("contact_email",))
        exported = store.export_document()["submissions"][0]
        assert exported["contact"] == {"name": "Marie Dupont", "email": None, "phone": "+33671223344"}
        assert exported["missing_fields"] == ["contact_email"]
        buffer = io.BytesIO()
        store.export_csv(buffer)
        [row] = list(csv.DictReader(io.StringIO(buffer.getvalue().decode("utf-8-sig")), delimiter=";"))
        assert (row["contact.email"], row["contact.phone"]) == ("", "+33671223344")
        # the same record twice is the same request (the idempotency key works without the e-mail)
        assert store.save(submission_record(_no_email_slots()), "conv-no-email") == (reference, False)


def test_a_request_with_neither_email_nor_phone_is_refused(db_url: str) -> None:
    slots = {**_no_email_slots(), "contact_phone": None, MISSING_SLOT: ["contact_email", "contact_phone"]}
    with SubmissionStore(db_url) as store:
        with pytest.raises(SubmissionError, match="adresse e-mail ou un téléphone"):
            store.save(submission_record(slots), "conv-nothing")
        assert store.count() == 0


def test_an_email_left_empty_must_be_listed_as_missing(tmp_path: Path) -> None:
    record = {**submission_record(_no_email_slots()), "missing_fields": []}
    with SubmissionStore(f"sqlite:///{tmp_path / 's.db'}") as store, pytest.raises(SubmissionError, match="contact_email"):
        store.save(record, "conv-unlisted")


def test_a_table_whose_email_was_not_null_is_upgraded(tmp_path: Path) -> None:
    import sqlalchemy

    from bot.submission.store import hiring_intents

    url = f"sqlite:///{tmp_path / 'legacy.db'}"
    legacy = sqlalchemy.MetaData()
    columns = [sqlalchemy.Column(c.name, c.type, nullable=c.nullable if c.name != "contact_email" else False, unique=c.unique)
               for c in hiring_intents.columns]
    sqlalchemy.Table("hiring_intents", legacy, *columns)
    engine = sqlalchemy.create_engine(url)
    legacy.create_all(engine)
    engine.dispose()
    with SubmissionStore(url) as upgraded:
        reference, _ = upgraded.save(submission_record(_no_email_slots()), "conv-1")
        stored = upgraded.get(reference)
        assert stored is not None and stored.contact_email is None


# ---------------------------------------------------------------- the dialogue


def test_no_email_with_a_phone_says_the_call_back_and_offers_another_address_once() -> None:
    read = field_turn(U42_04, "contact_email", _at_the_email(), "inform")
    assert read.kind == REFUSAL and read.updates["contact_phone"] == "+33671223344" and "contact_email" not in read.updates
    said = read.messages[-1]["text"]
    assert said == messages.NO_EMAIL_CALL_BACK_OFFER.format(phone="06 71 22 33 44")
    assert "rappelleront au 06 71 22 33 44" in said and "accusé de réception" in said and "la personne qui gère vos mails" in said
    # the second « pas de mail » accepts: the e-mail left empty, listed, the phone kept
    slots = {**_at_the_email(), **read.updates}
    again = field_turn("j'ai pas d'adresse mail je vous dis, j'utilise pas internet, c'est ma femme qui fait la compta",
                       "contact_email", slots, "inform")
    assert again.updates["contact_email"] is None and again.updates[MISSING_SLOT] == ["contact_email"]
    assert [m["text"] for m in again.messages] == [messages.NO_EMAIL_NOTED.format(phone="06 71 22 33 44")]
    done = {**slots, **again.updates}
    assert "contact_email" not in required_slots(done) and "contact_phone" in required_slots(done)
    assert done["contact_phone"] == "+33671223344"  # (the phone is known: nothing left to ask before the recap)


@pytest.mark.parametrize(
    "first, second",
    [
        ("je n'ai pas d'email, mon portable c'est le 0671223344", "non toujours pas d'e-mail"),
        ("pas de mail. tel 06.71.22.33.44", "pas de mail"),
        ("jai pa d'adresse mail, appelez au +33 6 71 22 33 44", "non j en ai pas"),
        ("je n'utilise pas internet, rappelez-moi au 06 71 22 33 44", "je vous dis que j'ai pas de mail"),
        ("aucune adresse mail désolé, 0671223344", "je n'ai pas d'email"),
        (U42_04, "bon ben j'ai pas"),
        (U42_04, messages.NO_EMAIL_BUTTON["payload"]),
        ("pas de mail, appelez moi au 06 71 22 33 44", "personne"),
    ],
)
def test_no_email_in_other_words_is_accepted_the_second_time(first: str, second: str) -> None:
    read = field_turn(first, "contact_email", _at_the_email(), "inform")
    assert read.updates.get("contact_phone") == "+33671223344" and "contact_email" not in read.updates, read
    assert read.messages[-1]["text"] == messages.NO_EMAIL_CALL_BACK_OFFER.format(phone="06 71 22 33 44")
    again = field_turn(second, "contact_email", {**_at_the_email(), **read.updates}, "inform")
    assert again.updates.get("contact_email", "absent") is None and "contact_email" in again.updates[MISSING_SLOT], again


def test_someone_else_s_address_given_after_the_offer_is_taken() -> None:
    read = field_turn(U42_04, "contact_email", _at_the_email(), "inform")
    again = field_turn("attendez ma femme me dit de mettre le sien : nathalie.rousseau85@orange.fr", "contact_email",
                       {**_at_the_email(), **read.updates}, "inform")
    assert again.updates["contact_email"] == "nathalie.rousseau85@orange.fr" and not again.updates.get(MISSING_SLOT)


def test_no_email_then_the_phone_given_alone_is_accepted() -> None:
    """Without a phone, the first « pas de mail » asks for one (and offers another address); the number given then means a
    call back."""
    read = field_turn("g pas de mail", "contact_email", _at_the_email(), "inform")
    assert [m["text"] for m in read.messages] == [messages.EMAIL_NEEDED_TO_REPLY] and "contact_email" not in read.updates
    assert "téléphone" in messages.EMAIL_NEEDED_TO_REPLY and "formulaire" not in messages.EMAIL_NEEDED_TO_REPLY
    again = field_turn("06 71 22 33 44", "contact_email", {**_at_the_email(), **read.updates}, "inform")
    assert again.updates["contact_phone"] == "+33671223344" and again.updates["contact_email"] is None
    assert again.updates[MISSING_SLOT] == ["contact_email"]
    assert again.messages[-1]["text"] == messages.NO_EMAIL_NOTED.format(phone="06 71 22 33 44")


def test_neither_email_nor_phone_is_never_accepted() -> None:
    slots = _at_the_email()
    said = []
    for _ in range(3):
        read = field_turn("g pas de mail", "contact_email", slots, "inform")
        assert "contact_email" not in read.updates and MISSING_SLOT not in read.updates
        slots = {**slots, **read.updates}
        said.append(" ".join(m["text"] for m in read.messages))
    assert said[1] == messages.EMAIL_NEEDED_TO_REPLY_AGAIN and "annuler la demande" in said[2]


def test_no_phone_after_no_email_is_refused() -> None:
    """The phone, skippable when an e-mail is given, is the only way left without one."""
    slots = {**_no_email_slots(), "contact_phone": None}
    for text in ("pas de téléphone", "je préfère ne pas le donner"):
        read = field_turn(text, "contact_phone", slots, "inform")
        assert "contact_phone" not in read.updates and "contact_phone" not in (read.updates.get(MISSING_SLOT) or []), read
        assert read.messages[0]["text"] == messages.NO_EMAIL_NO_PHONE


def test_an_existing_email_answer_is_unchanged() -> None:
    read = field_turn("nathalie.rousseau85@orange.fr", "contact_email", _at_the_email(), "inform")
    assert read.updates["contact_email"] == "nathalie.rousseau85@orange.fr" and not read.updates.get(MISSING_SLOT)
    read = field_turn("g pas de mail", "contact_email", _at_the_email(contact_phone="+33671223344"), "inform")
    assert read.messages[-1]["text"] == messages.NO_EMAIL_CALL_BACK_OFFER.format(phone="06 71 22 33 44")
    assert read.updates.get(ATTEMPTS_SLOT) == 1.0


# ---------------------------------------------------------------- the recap, the sending


def test_the_recap_says_no_email_and_the_call_back() -> None:
    text = recap(_no_email_slots())["text"]
    assert "- E-mail : aucun (rappel par téléphone au 06 71 22 33 44)" in text.splitlines()
    assert "- Téléphone : 06 71 22 33 44" in text.splitlines()


def test_an_email_given_at_the_recap_is_no_longer_missing() -> None:
    from bot.submission.dialogue import recap_turn

    read = recap_turn("le mail c'est nathalie.rousseau85@orange.fr", _no_email_slots(), "inform", [],
                      dt.datetime(2026, 12, 1, 10, tzinfo=dt.timezone.utc))
    assert read.updates["contact_email"] == "nathalie.rousseau85@orange.fr" and read.updates[MISSING_SLOT] == []


def test_the_sending_says_no_acknowledgement_is_mailed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_SMTP_URL", "smtp://mail.example:587")
    monkeypatch.setenv("BOT_SMTP_FROM", "assistant@region.example")
    said = sent_reply("1E1F-2026-000009", True, _no_email_slots())
    assert messages.CONFIRMATION_ON_ITS_WAY not in said and "06 71 22 33 44" in said and "accusé de réception" in said
    assert messages.CONFIRMATION_ON_ITS_WAY in sent_reply("1E1F-2026-000009", True, completed_submission_slots())
    asked = confirmation_reply("1E1F-2026-000009", _no_email_slots())
    assert asked.startswith("Non") and "06 71 22 33 44" in asked
