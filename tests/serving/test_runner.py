"""How the servers are started (the API only with a token, CORS, ports)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.serving import runner
from bot.serving.runner import Services
from bot.settings import CREDENTIALS_FILE, ENDPOINTS_FILE, ROOT


def test_api_is_enabled_only_with_a_token() -> None:
    rasa_command = Services(model=Path("m.tar.gz")).commands()[1]
    assert "--enable-api" not in rasa_command
    rasa_command = Services(model=Path("m.tar.gz"), api_token="s3cret").commands()[1]
    index = rasa_command.index("--enable-api")
    assert rasa_command[index + 1 : index + 3] == ["--auth-token", "s3cret"]


def test_cors_allows_only_configured_origins() -> None:
    rasa_command = Services(model=Path("m.tar.gz"), cors_origins="https://www.paysdelaloire.fr").commands()[1]
    index = rasa_command.index("--cors")
    assert rasa_command[index + 1 :] == ["https://www.paysdelaloire.fr"]


def test_default_tracker_store_is_a_sqlite_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("BOT_TRACKER_URL", raising=False)
    env = Services(model=Path("m.tar.gz"), actions_port=6001).environment()
    assert env["BOT_TRACKER_URL"].startswith("sqlite:///") and env["BOT_TRACKER_URL"].endswith("tracker.db")
    assert env["BOT_ACTION_URL"] == "http://127.0.0.1:6001/webhook"


def test_environment_follows_the_var_folder_of_the_moment(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("BOT_TRACKER_URL", raising=False)
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    env = Services(model=Path("m.tar.gz")).environment()
    assert env["BOT_TRACKER_URL"] == f"sqlite:///{tmp_path / 'var' / 'tracker.db'}"
    assert (tmp_path / "var").is_dir()
    given = Services(model=Path("m.tar.gz"), extra_env={"BOT_TRACKER_URL": "postgresql://u@h/conversations"}).environment()
    assert given["BOT_TRACKER_URL"] == "postgresql://u@h/conversations"


def test_isolated_servers_keep_everything_in_their_folder(tmp_path: Path) -> None:
    services = Services.isolated(tmp_path, Path("m.tar.gz"), cors_origins="http://127.0.0.1:9999")
    assert services.rasa_port != services.actions_port
    assert services.tracker_url == f"sqlite:///{tmp_path / 'tracker.db'}"
    assert services.log_dir == tmp_path / "logs"
    assert services.extra_env == {"BOT_VAR_DIR": str(tmp_path)}
    assert services.model == Path("m.tar.gz").resolve()
    assert services.cors_origins == "http://127.0.0.1:9999"


def test_make_run_takes_ports_token_and_origins_from_the_environment(monkeypatch) -> None:
    monkeypatch.setenv("BOT_RASA_PORT", "7005")
    monkeypatch.setenv("BOT_ACTIONS_PORT", "7055")
    monkeypatch.setenv("BOT_API_TOKEN", "s3cret")
    monkeypatch.setenv("BOT_CORS_ORIGINS", "https://www.paysdelaloire.fr")
    services = Services.from_environment()
    assert (services.rasa_port, services.actions_port, services.api_token) == (7005, 7055, "s3cret")
    assert services.cors_origins == "https://www.paysdelaloire.fr"


def test_make_run_refuses_a_wrong_port_in_french(tmp_path: Path, monkeypatch, capsys) -> None:
    model = tmp_path / "current.tar.gz"
    model.write_bytes(b"")
    monkeypatch.setattr(runner, "MODEL_FILE", model)
    monkeypatch.setenv("BOT_WEB_PORT", "huit-mille")
    assert runner.run_foreground() == 1
    assert "BOT_WEB_PORT doit être un numéro de port" in capsys.readouterr().err


def test_log_files_are_closed_once_the_servers_have_them(tmp_path: Path, monkeypatch) -> None:
    """The servers write their logs; this process keeps no file of them open (it used to leak two per start)."""
    command = [sys.executable, "-c", "print('serveur prêt')"]
    monkeypatch.setattr(Services, "commands", lambda self: [command, command])
    given: list[object] = []
    real_popen = subprocess.Popen

    def recording_popen(*args, **kwargs):
        given.append(kwargs.get("stdout"))
        return real_popen(*args, **kwargs)

    monkeypatch.setattr(runner.subprocess, "Popen", recording_popen)
    services = Services(model=Path("m.tar.gz"), log_dir=tmp_path / "logs")
    services.start()
    try:
        for process in services.processes:
            process.wait(timeout=30)
        assert len(given) == 2 and all(getattr(log, "closed", False) for log in given)
    finally:
        services.stop()
    for name in ("actions.log", "rasa.log"):
        assert (tmp_path / "logs" / name).read_text(encoding="utf-8").strip() == "serveur prêt"
    assert "--- actions.log\nserveur prêt" in services.log_tail()
    assert Services(model=Path("m.tar.gz")).log_tail() == ""


ENDPOINT_VARIABLE = re.compile(r"\$\{(\w+)\}")
MENTIONED_PATH = re.compile(r"\b((?:bot|scripts|data|docs|web|tests)/[\w./-]*\w)")


def test_the_variables_endpoints_yml_reads_are_set_by_the_runner(monkeypatch) -> None:
    monkeypatch.delenv("BOT_ACTION_URL", raising=False)
    monkeypatch.delenv("BOT_TRACKER_URL", raising=False)
    env = Services(model=Path("m.tar.gz")).environment()
    needed = set(ENDPOINT_VARIABLE.findall(ENDPOINTS_FILE.read_text(encoding="utf-8")))
    assert needed == {"BOT_ACTION_URL", "BOT_ACTION_TOKEN", "BOT_TRACKER_URL"}
    assert all(env.get(name) for name in needed)


@pytest.mark.parametrize("config", [ENDPOINTS_FILE, CREDENTIALS_FILE], ids=lambda p: p.name)
def test_the_comments_of_the_rasa_files_name_real_files(config: Path) -> None:
    """endpoints.yml once sent readers to a scripts/run.sh that never existed."""
    comments = "\n".join(line.split("#", 1)[1] for line in config.read_text(encoding="utf-8").splitlines() if "#" in line)
    missing = [path for path in MENTIONED_PATH.findall(comments) if not (ROOT / path).exists()]
    assert not missing
