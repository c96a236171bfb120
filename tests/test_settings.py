"""Every BOT_* variable in one table (bot/settings.py), read when asked, not at import."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from bot import settings
from bot.settings import ROOT, VARIABLES, SettingsError

#: Modules that still read a ``BOT_*`` variable themselves, waiting for their
#: owners to call the accessor named in the comment. Empty it as they move.
PENDING: set[str] = set()
_NAME = re.compile(r"\bBOT_[A-Z_]+\b")


def _python_files() -> list[Path]:
    return sorted(p for folder in ("bot", "actions") for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts)


def test_accessors_read_the_environment_when_called(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("BOT_VAR_DIR", "BOT_DB_URL", "BOT_TRACKER_URL"):
        monkeypatch.delenv(name, raising=False)
    assert settings.var_dir() == settings.DEFAULT_VAR_DIR
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    assert settings.var_dir() == tmp_path
    assert settings.db_url() == f"sqlite:///{tmp_path / 'submissions.db'}"
    assert settings.tracker_url() == f"sqlite:///{tmp_path / 'tracker.db'}"
    monkeypatch.setenv("BOT_DB_URL", "postgresql://u@h/base")
    assert settings.db_url() == "postgresql://u@h/base"


def test_serving_variables_and_their_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in VARIABLES:
        monkeypatch.delenv(variable.name, raising=False)
    assert (settings.rasa_port(), settings.actions_port(), settings.web_port()) == (5005, 5055, 8080)
    assert settings.web_host() == "127.0.0.1"
    assert settings.api_token() is None
    assert settings.cors_origins() == "http://localhost:8080 http://127.0.0.1:8080"
    assert settings.public_rasa_url() == "http://localhost:5005"
    assert settings.public_rasa_url(6000) == "http://localhost:6000"
    monkeypatch.setenv("BOT_RASA_PORT", "7005")
    monkeypatch.setenv("BOT_API_TOKEN", "s3cret")
    monkeypatch.setenv("BOT_PUBLIC_RASA_URL", "https://assistant.example.fr")
    assert settings.rasa_port() == 7005
    assert settings.api_token() == "s3cret"
    assert settings.public_rasa_url() == "https://assistant.example.fr"


def test_an_empty_variable_means_its_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_API_TOKEN", "")
    monkeypatch.setenv("BOT_WEB_PORT", " ")
    monkeypatch.setenv("BOT_VAR_DIR", "")
    assert settings.api_token() is None
    assert settings.web_port() == settings.DEFAULT_WEB_PORT
    assert settings.var_dir() == settings.DEFAULT_VAR_DIR


@pytest.mark.parametrize("value, message", [("huit", "numéro de port"), ("70000", "entre 1 et 65535"), ("0", "entre 1 et 65535")])
def test_a_wrong_port_is_told_in_french(monkeypatch: pytest.MonkeyPatch, value: str, message: str) -> None:
    monkeypatch.setenv("BOT_WEB_PORT", value)
    with pytest.raises(SettingsError, match=message) as error:
        settings.web_port()
    assert "BOT_WEB_PORT" in str(error.value)


def test_every_variable_named_in_the_project_is_in_the_table() -> None:
    files = [*_python_files(), settings.ENDPOINTS_FILE, settings.CREDENTIALS_FILE]
    named = {name for path in files for name in _NAME.findall(path.read_text(encoding="utf-8"))}
    listed = {v.name for v in VARIABLES}
    assert named - listed == set(), "add them to settings.VARIABLES (and to the README's table)"
    assert listed - named == set(), "variables nobody reads any more"


def test_the_readme_table_lists_every_variable() -> None:
    table = settings.variables_markdown()
    assert table.startswith("| variable | par défaut | rôle |")
    for variable in VARIABLES:
        assert f"| `{variable.name}` |" in table
        assert variable.meaning and variable.default


def _environment_reads(path: Path) -> list[str]:
    """``BOT_*`` names read through os.environ / os.getenv in ``path`` (writes to a child's env are not reads)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = ast.unparse(node.func)
            if func in ("os.environ.get", "os.getenv", "environ.get", "getenv"):
                found.append(str(node.args[0].value))
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and ast.unparse(node.value) in ("os.environ", "environ"):
            found.append(ast.unparse(node.slice).strip("'\""))
    return [name for name in found if name.startswith("BOT_")]


def test_only_settings_reads_bot_variables() -> None:
    readers = {str(p.relative_to(ROOT)) for p in _python_files() if p.name != "settings.py" and _environment_reads(p)}
    assert readers <= PENDING, f"read them through bot.settings instead: {sorted(readers - PENDING)}"
