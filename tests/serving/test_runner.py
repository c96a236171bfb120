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


# The supervisor of make run: a server that stops is restarted with backoff -----------------

QUICK_EXIT = [sys.executable, "-c", "import sys; sys.exit(3)"]
LONG_RUN = [sys.executable, "-c", "import time; time.sleep(120)"]


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_backoff_doubles_up_to_thirty_seconds() -> None:
    supervisor = runner.Supervisor(Services(model=Path("m.tar.gz")))
    assert [supervisor.delay(n) for n in range(1, 8)] == [1, 2, 4, 8, 16, 30, 30]


def test_a_crashed_server_is_restarted_with_backoff_and_the_other_left_alone(tmp_path: Path, monkeypatch) -> None:
    actions_command = [QUICK_EXIT]
    monkeypatch.setattr(Services, "commands", lambda self: [actions_command[0], LONG_RUN])
    services = Services(model=Path("m.tar.gz"), log_dir=tmp_path / "logs")
    clock, said = FakeClock(), []
    supervisor = runner.Supervisor(services, clock=clock, say=said.append)
    services.start()
    rasa = services.process("rasa")
    try:
        waits = []
        for _ in range(3):
            services.process("actions").wait(timeout=30)
            supervisor.poll()  # the stop is seen: restart planned
            waits.append(supervisor.children["actions"].restart_at - clock.now)
            clock.now += waits[-1] - 0.01
            before = services.process("actions")
            supervisor.poll()  # not yet
            assert services.process("actions") is before
            clock.now += 0.01
            supervisor.poll()  # restarted
            assert services.process("actions") is not before
        assert waits == [1, 2, 4]
        assert said[0] == "Le serveur d'actions s'est arrêté de façon inattendue (code 3) ; redémarrage dans 1 s."
        assert said[1] == "Redémarrage du serveur d'actions (redémarrage n° 1 d'affilée)."
        assert sum("redémarrage dans" in line for line in said) == 3
        assert services.process("rasa") is rasa and rasa.poll() is None
    finally:
        services.stop()


def test_a_minute_of_good_health_starts_the_backoff_again(tmp_path: Path, monkeypatch) -> None:
    actions_command = [QUICK_EXIT]
    monkeypatch.setattr(Services, "commands", lambda self: [actions_command[0], LONG_RUN])
    services = Services(model=Path("m.tar.gz"), log_dir=tmp_path / "logs")
    clock, said = FakeClock(), []
    supervisor = runner.Supervisor(services, clock=clock, say=said.append)
    services.start()
    try:
        for _ in range(2):  # two crashes: the next wait would be 4 s
            services.process("actions").wait(timeout=30)
            supervisor.poll()
            clock.now = supervisor.children["actions"].restart_at
            if _ == 1:
                actions_command[0] = LONG_RUN  # the second restart holds
            supervisor.poll()
        clock.now += 59
        supervisor.poll()
        assert supervisor.children["actions"].failures == 2
        clock.now += 1
        supervisor.poll()
        assert supervisor.children["actions"].failures == 0
        services.process("actions").kill()
        services.process("actions").wait(timeout=30)
        supervisor.poll()
        assert said[-1].endswith("redémarrage dans 1 s.")
        # The restarted server's log continues the file.
        assert (tmp_path / "logs" / "actions.log").exists()
    finally:
        services.stop()


def test_servers_stopping_after_ctrl_c_are_not_restarted(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(Services, "commands", lambda self: [QUICK_EXIT, LONG_RUN])
    services = Services(model=Path("m.tar.gz"), log_dir=tmp_path / "logs")
    said: list[str] = []
    supervisor = runner.Supervisor(services, say=said.append, stopping=lambda: True)
    services.start()
    try:
        services.process("actions").wait(timeout=30)
        supervisor.poll()
        assert said == []
        assert supervisor.children["actions"].restart_at is None
    finally:
        services.stop()
    assert services.processes == []


def test_both_servers_listen_on_loopback_unless_told(monkeypatch) -> None:
    monkeypatch.delenv("BOT_HOST", raising=False)
    actions, rasa = Services.from_environment().commands()
    assert actions[actions.index("--host") + 1] == "127.0.0.1"
    assert rasa[rasa.index("--interface") + 1] == "127.0.0.1"
    monkeypatch.setenv("BOT_HOST", "0.0.0.0")
    services = Services.from_environment()
    actions, rasa = services.commands()
    assert actions[actions.index("--host") + 1] == "0.0.0.0" and rasa[rasa.index("--interface") + 1] == "0.0.0.0"
    assert services.rasa_url.startswith("http://127.0.0.1:")


def test_one_secret_per_run_given_to_both_servers(monkeypatch) -> None:
    monkeypatch.delenv("BOT_ACTION_TOKEN", raising=False)
    first, second = Services.from_environment(), Services.from_environment()
    assert len(first.action_token) >= 32 and first.action_token != second.action_token
    env = first.environment()
    assert env["BOT_ACTION_TOKEN"] == first.action_token  # Rasa's endpoints.yml and the action server read the same
    monkeypatch.setenv("BOT_ACTION_TOKEN", "fixé")
    assert Services.from_environment().action_token == "fixé"
    rasa = first.commands()[1]
    assert rasa[rasa.index("--logging-config-file") + 1].endswith("logging.yml")


def test_rasa_expands_the_secret_in_endpoints_yml(monkeypatch) -> None:
    from rasa.utils.endpoints import read_endpoint_config

    monkeypatch.setenv("BOT_ACTION_URL", "http://127.0.0.1:5055/webhook")
    monkeypatch.setenv("BOT_ACTION_TOKEN", "s3cret-partagé")
    monkeypatch.setenv("BOT_TRACKER_URL", "sqlite:///tracker.db")
    endpoint = read_endpoint_config(str(ENDPOINTS_FILE), "action_endpoint")
    assert endpoint is not None and endpoint.headers == {"X-Bot-Action-Token": "s3cret-partagé"}
