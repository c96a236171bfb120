"""The console's tables on PostgreSQL (a throw-away cluster, Debian's binaries): the same operations as on SQLite."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from bot.console.inbox import message_key
from bot.console.store import AlreadyDecided, ConsoleStore, User

PASSWORD = "un mot de passe solide"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    bin_dir = next((d for d in (Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"))) if (d / "initdb").exists()), None)
    if bin_dir is None:
        message = "PostgreSQL n'est pas installé (paquet Debian postgresql)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    root = Path(tempfile.mkdtemp(prefix="console-pg-", dir="/tmp"))
    root.chmod(0o755)
    as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    if as_user:
        shutil.chown(root, "postgres", "postgres")
    data, port = root / "data", _free_port()
    ctl = [*as_user, str(bin_dir / "pg_ctl"), "-D", str(data)]
    subprocess.run([*as_user, str(bin_dir / "initdb"), "-D", str(data), "-U", "bot", "--auth=trust", "-E", "UTF8"],
                   check=True, capture_output=True, timeout=120)
    subprocess.run([*ctl, "-o", f"-p {port} -k {root} -h 127.0.0.1", "-l", str(root / "server.log"), "-w", "-t", "60", "start"],
                   check=True, capture_output=True, timeout=90)
    try:
        yield f"postgresql://bot@127.0.0.1:{port}"
    finally:
        subprocess.run([*ctl, "-m", "fast", "-w", "stop"], capture_output=True, timeout=60)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def db_url(postgres_server: str) -> str:
    """Overrides the SQLite one of conftest.py: a fresh database per test."""
    name = f"console_{uuid.uuid4().hex[:10]}"
    engine = create_engine(f"{postgres_server}/postgres", isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine.dispose()
    return f"{postgres_server}/{name}"


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

    notifier = Notifier(SmtpSettings("127.0.0.1", _free_port(), "plain", None, None, "a@b.fr"), db_url, "staff@region.example")
    notifier.run_once()
    reference = save(intents, "conv-pg")
    assert notifier.run_once() == 0
    assert [(s.status, s.attempts) for s in notifier.states(reference)] == [("pending", 1), ("pending", 1)]
    notifier.close()
