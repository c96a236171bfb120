"""Accounts, lockout, sessions, audit and statuses in the submissions database (no web)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.console.store import AccountError, ConsoleStore, User, users

PASSWORD = "un mot de passe solide"


def test_passwords_are_argon2_hashes(store: ConsoleStore) -> None:
    with store.engine.connect() as conn:
        hashes = list(conn.execute(select(users.c.password_hash)).scalars())
    assert len(hashes) == 3 and all(h.startswith("$argon2id$") and PASSWORD not in h for h in hashes)


@pytest.mark.parametrize(("name", "role", "password"), [
    ("", "agent", PASSWORD), ("a b", "agent", PASSWORD), ("x" * 65, "agent", PASSWORD),
    ("zoe", "chef", PASSWORD), ("zoe", "agent", "court"), ("agnes", "agent", PASSWORD),
])
def test_bad_accounts_are_refused(store: ConsoleStore, name: str, role: str, password: str) -> None:
    with pytest.raises(AccountError):
        store.add_user(name, role, password)


def test_login_and_roles(store: ConsoleStore) -> None:
    agent = store.authenticate("agnes", PASSWORD).user
    assert agent is not None and agent.role == "agent"
    assert agent.can("submissions") and not agent.can("audit")
    assert store.authenticate("agnes", "mauvais").user is None
    assert store.authenticate("inconnu", PASSWORD).user is None
    admin = User(0, "ada", "admin")
    editor = User(0, "eric", "editor")
    assert admin.can("audit") and admin.can("submissions") and not editor.can("submissions")


def test_five_failures_lock_the_account_for_15_minutes(store: ConsoleStore, clock) -> None:
    for _ in range(4):
        assert not store.authenticate("agnes", "mauvais").locked
    assert store.authenticate("agnes", "mauvais").locked, "the fifth failure locks"
    result = store.authenticate("agnes", PASSWORD)
    assert result.user is None and result.locked, "even the right password is refused while locked"
    clock.advance(minutes=14, seconds=59)
    assert store.authenticate("agnes", PASSWORD).locked
    clock.advance(seconds=2)
    assert store.authenticate("agnes", PASSWORD).user is not None
    assert not store.authenticate("agnes", "mauvais").locked, "a success resets the count"


def test_sessions_expire_when_idle_and_when_old(store: ConsoleStore, clock) -> None:
    user = store.authenticate("agnes", PASSWORD).user
    assert user is not None
    token = store.open_session(user)
    assert store.session_user(token) == user
    assert store.session_user(token + "x") is None
    clock.advance(minutes=59)
    assert store.session_user(token) == user, "activity restarts the idle clock"
    clock.advance(minutes=61)
    assert store.session_user(token) is None
    token = store.open_session(user)
    for _ in range(11):
        clock.advance(minutes=55)
        store.session_user(token)
    assert store.session_user(token) is None, "10 hours at most"
    token = store.open_session(user)
    store.close_session(token)
    assert store.session_user(token) is None


def test_only_the_token_hash_is_stored(store: ConsoleStore) -> None:
    user = store.authenticate("agnes", PASSWORD).user
    assert user is not None
    token = store.open_session(user)
    with store.engine.connect() as conn:
        assert token not in str(conn.exec_driver_sql("SELECT * FROM console_sessions").fetchall())


def test_status_changes_and_conflicts(store: ConsoleStore) -> None:
    agent = User(1, "agnes", "agent")
    assert store.status("1E1F-2026-000001").status == "nouvelle"
    assert store.set_status("1E1F-2026-000001", "nouvelle", "en_cours", agent)
    assert not store.set_status("1E1F-2026-000001", "nouvelle", "en_cours", agent), "someone else already took it"
    with pytest.raises(ValueError):
        store.set_status("1E1F-2026-000001", "en_cours", "refusee", agent, "  ")
    with pytest.raises(ValueError):
        store.set_status("1E1F-2026-000001", "nouvelle", "traitee", agent)
    assert store.set_status("1E1F-2026-000001", "en_cours", "refusee", agent, "Contrat trop court")
    status = store.status("1E1F-2026-000001")
    assert (status.status, status.reason, status.changed_by) == ("refusee", "Contrat trop court", "agnes")
    changes = [e.detail for e in store.journal() if e.action == "status_changed"]
    assert changes == ["en_cours → refusee : Contrat trop court", "nouvelle → en_cours"]


def test_two_stores_share_the_database(db_url: str, store: ConsoleStore) -> None:
    other = ConsoleStore(db_url)
    try:
        assert [u.name for u in other.users()] == ["ada", "agnes", "eric"]
    finally:
        other.close()
