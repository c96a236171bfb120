"""Fixtures of the console's tests: a throw-away SQLite database, a clock the tests move, accounts, submissions."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from bot.console.app import create_app
from bot.console.store import ConsoleStore
from bot.submission.store import SubmissionStore
from tests.console.console_support import HOSTILE, PASSWORD, Clock, Console, save


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


