"""Helpers shared by the console's tests (imported by its conftest and by the tests:
a module named ``conftest`` is ambiguous when several folders have one)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from flask.testing import FlaskClient

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


def save(intents: SubmissionStore, conversation: str, **changes: object) -> str:
    slots = {**completed_submission_slots(), **changes}
    reference, _ = intents.save(submission_record(slots), conversation)
    return reference


class Console:
    """Helpers over a test client: the CSRF token of a page, logging in."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client

    def csrf(self, path: str = "/console/connexion") -> str:
        return csrf_of(self.client, path)

    def login(self, name: str, password: str = PASSWORD) -> None:
        login(self.client, name, password)


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
