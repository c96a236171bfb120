"""The console's tables on PostgreSQL (a throw-away cluster, Debian's binaries): the same operations as on SQLite."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.console.inbox import message_key
from bot.console.store import AlreadyDecided, ConsoleStore, User
from bot.serving.ports import free_port
from tests.console.console_support import PASSWORD
from tests.postgres_support import fresh_database, throwaway_postgres


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    with throwaway_postgres("console-pg-") as server:
        yield server


@pytest.fixture
def db_url(postgres_server: str) -> str:
    """Overrides the SQLite one of conftest.py: a fresh database per test."""
    return fresh_database(postgres_server, "console")


def test_accounts_lockout_sessions(store: ConsoleStore, clock) -> None:
    for _ in range(4):
        assert not store.authenticate("agnes", "faux").locked
    assert store.authenticate("agnes", "faux").locked
    clock.advance(minutes=16)
    user = store.authenticate("agnes", PASSWORD).user
    assert user is not None
    token = store.open_session(user)
    assert store.session_user(token) == user
    store.close_session(token)
    assert store.session_user(token) is None


def test_statuses_and_inbox_claims(store: ConsoleStore) -> None:
    agent, editor = User(1, "agnes", "agent"), User(2, "eric", "editor")
    assert store.set_status("1E1F-2026-000001", "nouvelle", "en_cours", agent)
    assert not store.set_status("1E1F-2026-000001", "nouvelle", "en_cours", agent)
    keys = [message_key("une régie")]
    assert store.claim(keys, "ignored", editor) == keys
    with pytest.raises(AlreadyDecided):
        store.claim(keys, "ignored", editor)


def test_the_console_pages(client, console, saved) -> None:
    console.login("agnes")
    assert all(reference in client.get("/console/demandes").get_data(as_text=True) for reference in saved)
    token = console.csrf(f"/console/demandes/{saved[0]}")
    page = client.post(f"/console/demandes/{saved[0]}/statut", data={"csrf": token, "from": "nouvelle", "to": "en_cours"},
                       follow_redirects=True).get_data(as_text=True)
    assert "Statut enregistré" in page


def test_the_mail_outbox(db_url: str, intents) -> None:
    from bot.console.notify import Notifier, SmtpSettings
    from tests.console.console_support import save

    notifier = Notifier(SmtpSettings("127.0.0.1", free_port(), "plain", None, None, "a@b.fr"), db_url, "staff@region.example")
    notifier.run_once()
    reference = save(intents, "conv-pg")
    assert notifier.run_once() == 0
    assert [(s.status, s.attempts) for s in notifier.states(reference)] == [("pending", 1), ("pending", 1)]
    notifier.close()
