"""Fixtures of the console's tests: a throw-away SQLite database, a clock the tests move, accounts, submissions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot.console.app import create_app
from bot.console.store import ConsoleStore
from bot.submission.dialogue import submission_record
from bot.submission.store import SubmissionStore
from tests.samples import completed_submission_slots

PASSWORD = "un mot de passe solide"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 27, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'submissions.db'}"


@pytest.fixture
def store(db_url: str, clock: Clock) -> Iterator[ConsoleStore]:
    console = ConsoleStore(db_url, clock=clock)
    console.add_user("agnes", "agent", PASSWORD)
    console.add_user("eric", "editor", PASSWORD)
    console.add_user("ada", "admin", PASSWORD)
    yield console
    console.close()


def save(intents: SubmissionStore, conversation: str, **changes: object) -> str:
    slots = {**completed_submission_slots(), **changes}
    reference, _ = intents.save(submission_record(slots), conversation)
    return reference


@pytest.fixture
def intents(db_url: str) -> Iterator[SubmissionStore]:
    store = SubmissionStore(db_url)
    yield store
    store.close()


@pytest.fixture
def app(store: ConsoleStore, intents: SubmissionStore) -> Flask:
    return create_app(store, intents, secret="test-secret", secure_cookies=False)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


class Console:
    """Helpers over a test client: the CSRF token of a page, logging in."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def csrf(self, path: str = "/console/connexion") -> str:
        return csrf_of(self.client, path)

    def login(self, name: str, password: str = PASSWORD) -> None:
        login(self.client, name, password)


@pytest.fixture
def console(client: FlaskClient) -> Console:
    return Console(client)


@pytest.fixture
def saved(intents: SubmissionStore, clock: Clock) -> list[str]:
    """Three submissions: Cholet (49, eligible), Nantes (44, derogation), Laval (53, ineligible) with a hostile company name."""
    return [
        save(intents, "conv-cholet"),
        save(intents, "conv-nantes", work_location={"commune": "Nantes", "postal_code": "44000", "department": "44"},
             eligibility="derogation", eligibility_reasons=["contrat_eligible"], derogation_justification="Besoin urgent"),
        save(intents, "conv-laval", work_location={"commune": "Laval", "postal_code": "53000", "department": "53"},
             eligibility="ineligible", company_name=HOSTILE),
    ]


HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>'


def csrf_of(client: FlaskClient, path: str = "/console/connexion") -> str:
    """The CSRF token the page at ``path`` puts in its forms."""
    page = client.get(path).get_data(as_text=True)
    marker = 'name="csrf" value="'
    start = page.index(marker) + len(marker)
    return page[start:page.index('"', start)]


def login(client: FlaskClient, name: str, password: str = PASSWORD) -> None:
    response = client.post("/console/connexion", data={"name": name, "password": password, "csrf": csrf_of(client)})
    assert response.status_code == 302, response.get_data(as_text=True)
