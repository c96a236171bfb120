"""``python -m bot staff add-user``: the password from two lines of standard input, never from the command line."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest

from bot.cli import build_parser
from bot.console.commands import cli_add_user
from bot.console.store import ConsoleStore
from bot.settings import ROOT


def test_account_from_two_lines(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    store = ConsoleStore(db_url)
    assert cli_add_user("lea", "agent", io.StringIO("mot de passe long\nmot de passe long\n"), store) == 0
    assert "Compte « lea » créé (rôle : agent)" in capsys.readouterr().out
    assert store.authenticate("lea", "mot de passe long").user is not None


@pytest.mark.parametrize(("stdin", "message"), [
    ("mot de passe long\nautre mot de passe\n", "diffèrent"),
    ("mot de passe long\n", "deux lignes"),
    ("court\ncourt\n", "trop court"),
])
def test_refusals(db_url: str, capsys: pytest.CaptureFixture[str], stdin: str, message: str) -> None:
    store = ConsoleStore(db_url)
    assert cli_add_user("lea", "agent", io.StringIO(stdin), store) == 1
    assert message in capsys.readouterr().err
    assert store.users() == []


def test_no_password_option() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["staff", "add-user", "lea", "--role", "agent", "--password", "x"])
    assert build_parser().parse_args(["staff", "add-user", "lea", "--role", "admin"]).role == "admin"


def test_the_command_itself(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "BOT_DB_URL": f"sqlite:///{tmp_path / 's.db'}", "BOT_VAR_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "bot", "staff", "add-user", "ada", "--role", "admin"], cwd=ROOT, env=env,
                          input="un mot de passe solide\nun mot de passe solide\n", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "solide" not in done.stdout + done.stderr
    assert ConsoleStore(env["BOT_DB_URL"]).authenticate("ada", "un mot de passe solide").user is not None
