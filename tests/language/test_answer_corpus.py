"""The shared corpus of employers' answers (``tests/data/answers/*.yml``), run through the real readers.

One table per concept: the answers an employer types, with the reading each must get, live in the corpus files, not in
parametrised lists spread over the test modules. Each file's header says how to add a case.

* ``check.yml``: an answer to a question of the check, read by :func:`bot.eligibility.dialogue.understand`;
* ``request.yml``: an answer to a field of the request, read by :func:`bot.submission.dialogue.field_turn` (the turn the
  dialogue runs), or by the field's validator alone (``reader: validator``, :func:`bot.submission.validators.validate_field`);
* ``consent.yml``: yes / no answers with a role (agree, refuse, held_back, defer), run through every reader that decides a
  yes: the request's consent step, the check's yes / no questions about the candidate and the offer of a check or a request
  after an answer (:func:`bot.faq.replies.offer_reply`). Whatever a reader makes of it, an answer that is not an unqualified
  yes is never a recorded consent nor a yes.

Why here: the readers are spread over ``bot/eligibility``, ``bot/submission`` and ``bot/faq``, and what they share are the
cue tables of :mod:`bot.language.cues` (the litotes, reservations and deferrals whose every change broke another reader);
this folder is run with the fast ones every round. Dates are read as on :data:`NOW`.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from samples import ELIGIBLE_SLOTS, completed_submission_slots

from bot.eligibility import dialogue as check
from bot.faq.replies import offer_reply
from bot.submission import dialogue as request
from bot.submission.fields import FieldResult
from bot.submission.form_slots import CONSENT_REFUSED, CONSENT_SLOT, CONTACT_ASIDE_SLOT, FIELD_VALIDATORS
from bot.submission.questions import understand_field
from bot.submission.validators import validate_field

CORPUS = Path(__file__).parents[1] / "data" / "answers"
#: The day every answer is read on (« dans 3 mois », « des que possible »).
NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.timezone.utc)

#: The slots the request's dialogue has when a field is asked (``base`` in request.yml).
REQUEST_BASES: dict[str, dict[str, Any]] = {
    "eligible": ELIGIBLE_SLOTS,  # the check said eligible; nothing of the request answered yet
    "complete": completed_submission_slots(),  # every field answered (the field asked is cleared by the runner)
    "derogation": {**completed_submission_slots(), "eligibility": "derogation"},
}
#: The check's yes / no questions about the candidate, with the slots the check has when it asks them, and what a yes
#: records there (consent.yml).
CHECK_YES_QUESTIONS: dict[str, tuple[dict[str, Any], str]] = {
    "identified": ({"contract_type": "cdi", "department": "49"}, check.IDENTIFIED_SLOT),
    "registered": ({"contract_type": "cdi", "department": "49", check.IDENTIFIED_SLOT: True}, check.REGISTERED_SLOT),
    "work_permit": ({"contract_type": "cdi", "department": "49", check.FOREIGN_SLOT: True}, check.WORK_PERMIT_SLOT),
}
#: The consent step's reading expected for each role unless the case says otherwise (``consent:``).
CONSENT_BY_ROLE = {"agree": "given", "refuse": "refused", "held_back": "none", "defer": "none", "contact": "none"}

_INTENT = {"oneOf": [{"type": ["string", "null"]}, {"type": "array", "items": {"type": ["string", "null"]}, "minItems": 1}]}
_COMMON = {"say": {"type": "string"}, "intent": _INTENT, "xfail": {"type": "string", "minLength": 1}}
_KINDS = ["value", "correction", "question", "protest", "refusal", "unusable", "skip", "cancel", "faq", "none"]
SCHEMAS: dict[str, dict[str, Any]] = {
    "request.yml": {
        "type": "object", "additionalProperties": False, "required": ["ask", "say"], "anyOf": [{"required": ["read"]}, {"required": ["kind"]}, {"required": ["not_read"]}],
        "properties": {
            **_COMMON, "ask": {"enum": sorted(FIELD_VALIDATORS)}, "read": {"type": "object"}, "kind": {"enum": _KINDS},
            "base": {"enum": sorted(REQUEST_BASES)}, "slots": {"type": "object"}, "reader": {"enum": ["turn", "validator"]},
            "not_read": {"type": "array", "items": {"type": "string"}},
        },
    },
    "check.yml": {
        "type": "object", "additionalProperties": False, "required": ["ask", "say", "slots"], "anyOf": [{"required": ["read"]}, {"required": ["kind"]}, {"required": ["not_read"]}],
        "properties": {
            **_COMMON, "ask": {"enum": [*check.FORM_SLOTS, None]}, "slots": {"type": "object"}, "read": {"type": "object"},
            "exactly": {"type": "boolean"}, "kind": {"enum": ["answered", "asked_again", "asked_back", "faq", "left", "left_asking"]},
            "not_read": {"type": "array", "items": {"type": "string"}},
        },
    },
    "consent.yml": {
        "type": "object", "additionalProperties": False, "required": ["say", "role"],
        "properties": {
            **_COMMON, "role": {"enum": sorted(CONSENT_BY_ROLE)}, "consent": {"enum": ["given", "refused", "none", "not_given"]},
            "offer": {"enum": ["accept", "decline", "correct", "none"]}, "check": {"type": "boolean"},
            "xfail": {"type": "object", "minProperties": 1, "additionalProperties": False,
                      "patternProperties": {r"^(?:consent|check|offer)(?:@\w+)?$": {"type": "string", "minLength": 1}}},
        },
    },
}


def _load(name: str) -> list[dict[str, Any]]:
    cases = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    return cases if isinstance(cases, list) else []


def _intents(case: dict[str, Any], default: list[str | None]) -> list[str | None]:
    intent = case.get("intent", default)
    return list(intent) if isinstance(intent, list) else [intent]


def _readable(text: str) -> str:
    """``text`` without accents, for a test id pytest does not escape (« é » would be ``\\xe9``)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _params(name: str, default_intents: list[str | None]) -> Iterator[Any]:
    """One pytest param per case and intent, with a readable id; strict xfail for ``xfail:``."""
    for case in _load(name):
        for intent in _intents(case, default_intents):
            head = case.get("ask") or case.get("role") or ""
            marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if case.get("xfail") else []
            yield pytest.param(case, intent, id=_readable(f"{head}|{intent}|{case['say']}"), marks=marks)


def _plain(value: Any) -> Any:
    """Values as the corpus writes them: dates as ISO strings, whole floats as ints."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.fixture
def pinned_now(monkeypatch: pytest.MonkeyPatch) -> None:
    """:func:`~bot.submission.dialogue.field_turn` reads on :data:`NOW` (it leaves the date to ``understand_field``)."""
    monkeypatch.setattr(request, "understand_field", functools.partial(understand_field, now=NOW))


# ------------------------------------------------------------------ the files themselves


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_corpus_file_follows_its_schema(name: str) -> None:
    cases = yaml.safe_load((CORPUS / name).read_text(encoding="utf-8"))
    jsonschema.validate(cases, {"type": "array", "minItems": 1, "items": SCHEMAS[name]})
    seen = [(c.get("ask") or c.get("role"), c["say"], str(c.get("intent")), str(c.get("slots")), c.get("base"), c.get("reader")) for c in cases]
    assert len(seen) == len(set(seen)), [s for s in seen if seen.count(s) > 1]


def test_no_other_file_in_the_corpus() -> None:
    assert sorted(p.name for p in CORPUS.iterdir()) == sorted(SCHEMAS)


def test_every_field_has_at_least_twelve_phrasings_of_a_value() -> None:
    """The request's fields are read out of many phrasings, not one (a field's table shrinking is a loss of coverage)."""
    counts: dict[str, int] = {}
    for case in _load("request.yml"):
        if case["ask"] in (case.get("read") or {}) and case.get("kind", "value") == "value" and not case.get("slots"):
            counts[case["ask"]] = counts.get(case["ask"], 0) + 1
    fields = ("siret", "contact_email", "contact_phone", "contact_name", "company_name", "job_title", "work_location", "positions",
              "weekly_hours", "start_date", "training_needs")
    assert {f: counts.get(f, 0) for f in fields if counts.get(f, 0) < 12} == {}


# ------------------------------------------------------------------ the request's fields


#: Kinds of answer that get a reply saying why nothing is stored.
_SAID_WHY = frozenset({"question", "protest", "refusal", "unusable"})


def _read_request(case: dict[str, Any], intent: str | None) -> tuple[str, dict[str, Any], list[str]]:
    """(kind, slot updates, replies) of the request's reader for the case."""
    asked = case["ask"]
    if case.get("reader") == "validator":
        checked: FieldResult = validate_field(FIELD_VALIDATORS[asked], case["say"], NOW.date())
        updates = {asked: checked.value} if checked.ok else dict(checked.updates)
        return checked.kind, updates, [checked.error or ""]
    slots = {**REQUEST_BASES[case.get("base", "eligible")], asked: None, **(case.get("slots") or {})}
    read = request.field_turn(case["say"], asked, slots, intent)
    return ("faq" if read.interruption else read.kind or "none"), read.updates, [m.get("text") or "" for m in read.messages]


@pytest.mark.usefixtures("pinned_now")
@pytest.mark.parametrize(("case", "intent"), _params("request.yml", ["inform"]))
def test_an_answer_to_a_field_of_the_request(case: dict[str, Any], intent: str | None) -> None:
    kind, updates, said = _read_request(case, intent)
    expected = case.get("read") or {}
    assert {k: _plain(updates.get(k)) for k in expected} == _plain(expected), (kind, updates, said)
    assert kind == case.get("kind", kind), (kind, updates, said)
    assert not set(case.get("not_read") or []) & set(updates), updates
    assert kind not in _SAID_WHY or any(said), "nothing said"


# ------------------------------------------------------------------ the check's questions


_ANSWER_SLOTS = frozenset({*check.FORM_SLOTS, *check.CANDIDATE_FACT_SLOTS, check.OPTIONS_SLOT})


@pytest.mark.parametrize(("case", "intent"), _params("check.yml", [None]))
def test_an_answer_to_a_question_of_the_check(case: dict[str, Any], intent: str | None) -> None:
    read = check.understand(case["say"], case.get("ask"), dict(case["slots"]), intent)
    asked_back = (read.updates.get(check.MEMORY_SLOT) or {}).get(check.PLACE_ASKED_BACK)
    kind = ("faq" if read.interruption else ("left_asking" if read.asks else "left") if read.leave
            else "answered" if _ANSWER_SLOTS & set(read.updates) else "asked_back" if asked_back else "asked_again")
    expected = case.get("read") or {}
    if case.get("exactly"):
        assert _plain(read.updates) == _plain(expected), read.messages
    else:
        assert {k: _plain(read.updates.get(k)) for k in expected} == _plain(expected), (read.updates, read.messages)
    assert kind == case.get("kind", kind), (read.updates, read.messages)
    assert not set(case.get("not_read") or []) & set(read.updates), read.updates
    assert kind != "asked_again" or read.messages, "asked again without a word"


# ------------------------------------------------------------------ yes / no across the readers


def consent_reading(text: str, intent: str | None) -> tuple[str, dict[str, Any]]:
    """The consent step's reading: ``given`` (recorded), ``refused`` or ``none`` (neither: the question again)."""
    read = request.field_turn(text, CONSENT_SLOT, {**ELIGIBLE_SLOTS, CONSENT_SLOT: None}, intent)
    value = read.updates.get(CONSENT_SLOT)
    return ("none" if value is None else "refused" if value == CONSENT_REFUSED else "given"), read.updates


def check_yes(text: str, intent: str | None) -> list[str]:
    """The check's yes / no questions about the candidate to which ``text`` is recorded as a yes."""
    said = []
    for question, (slots, fact) in CHECK_YES_QUESTIONS.items():
        updates = check.understand(text, "candidate_status", dict(slots), intent).updates
        if updates.get(fact) is True or (question == "registered" and updates.get("candidate_status") == "demandeur_emploi"):
            said.append(question)
    return said


def _consent_params() -> Iterator[Any]:
    """One pytest param per case, intent and reader that has something to check; strict xfail for ``xfail:``
    (``reader`` or ``reader@intent``)."""
    for case in _load("consent.yml"):
        agrees = case["role"] == "agree"
        readers = ["consent", *(["check"] if not agrees and not case.get("check") else []), *(["offer"] if not agrees or "offer" in case else [])]
        for intent in _intents(case, ["inform", "affirm"]):
            for reader in readers:
                xfail = case.get("xfail") or {}
                reason = xfail.get(f"{reader}@{intent}") or xfail.get(reader)
                marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
                yield pytest.param(case, intent, reader, id=_readable(f"{case['role']}|{reader}|{intent}|{case['say']}"), marks=marks)


@pytest.mark.usefixtures("pinned_now")
@pytest.mark.parametrize(("case", "intent", "reader"), _consent_params())
def test_a_yes_or_no_answer_is_read_alike_by_every_reader(case: dict[str, Any], intent: str | None, reader: str) -> None:
    """Only an ``agree`` answer may be a consent or a yes: a ``refuse``, ``held_back`` or ``defer`` answer is never one."""
    role, text = case["role"], case["say"]
    if reader == "consent":
        consent, updates = consent_reading(text, intent)
        expected = case.get("consent", CONSENT_BY_ROLE[role])
        assert role == "agree" or consent != "given", updates
        assert "contact_name" not in updates, updates  # no case here names a contact: whatever follows is no name
        # contact details alone are kept aside until the consent, nothing else is
        assert bool(updates.get(CONTACT_ASIDE_SLOT)) == (role == "contact"), updates
        assert consent != "given" if expected == "not_given" else consent == expected, updates
    elif reader == "check":
        said_yes = check_yes(text, intent)
        assert said_yes == [], said_yes
    else:
        offered = offer_reply(text, intent) or "none"
        assert offered == case.get("offer", offered) and (role == "agree" or offered != "accept"), offered
