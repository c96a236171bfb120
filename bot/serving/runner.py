"""Starting the assistant: action server + Rasa server (REST and socket.io).

``python -m bot run`` (behind ``make run``) runs both in the foreground; Ctrl-C
stops everything. The test suite, the bench, the terminal chat and the
dialogue report start the same :class:`Services` with :meth:`Services.isolated`:
free ports, a throw-away tracker database and var folder.
"""

from __future__ import annotations

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot import settings
from bot.serving.logging_setup import LOGGING_CONFIG_FILE
from bot.serving.ports import free_ports
from bot.settings import (
    CREDENTIALS_FILE,
    DEFAULT_ACTIONS_PORT,
    DEFAULT_RASA_PORT,
    DEFAULT_WEB_PORT,
    ENDPOINTS_FILE,
    MODEL_FILE,
    ROOT,
)

__all__ = ["DEFAULT_ACTIONS_PORT", "DEFAULT_CORS", "DEFAULT_RASA_PORT", "DEFAULT_WEB_PORT", "Services", "run_foreground"]

DEFAULT_CORS = settings.DEFAULT_CORS_ORIGINS
SERVER_NAMES = ("actions", "rasa")


@dataclass
class Services:
    """The two server processes of the assistant."""

    rasa_port: int = DEFAULT_RASA_PORT
    actions_port: int = DEFAULT_ACTIONS_PORT
    #: Where both servers listen (``BOT_HOST``): loopback unless told otherwise.
    host: str = settings.DEFAULT_HOST
    #: The secret Rasa sends to the action server (``BOT_ACTION_TOKEN``); drawn at random when not given.
    action_token: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    model: Path = field(default_factory=lambda: MODEL_FILE)
    tracker_url: str | None = None
    api_token: str | None = field(default=None, repr=False)
    cors_origins: str = DEFAULT_CORS
    log_dir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @classmethod
    def isolated(cls, work_dir: Path, model: Path = MODEL_FILE, **overrides: Any) -> Services:
        """Servers on free loopback ports that keep everything in ``work_dir``.

        The tracker database, the var folder (so the submissions database) and
        the logs go to ``work_dir``; ``overrides`` replace any field.
        """
        work_dir = Path(work_dir)
        rasa_port, actions_port = free_ports(2)
        fields: dict[str, Any] = {
            "rasa_port": rasa_port,
            "actions_port": actions_port,
            "model": Path(model).resolve(),
            "tracker_url": f"sqlite:///{work_dir / 'tracker.db'}",
            "log_dir": work_dir / "logs",
            "extra_env": {"BOT_VAR_DIR": str(work_dir)},
        }
        fields.update(overrides)
        return cls(**fields)

    @classmethod
    def from_environment(cls) -> Services:
        """The servers of ``make run``: ports, token and CORS origins from the ``BOT_*`` variables."""
        return cls(
            rasa_port=settings.rasa_port(),
            actions_port=settings.actions_port(),
            host=settings.host(),
            action_token=settings.action_token() or secrets.token_urlsafe(32),
            api_token=settings.api_token(),
            cors_origins=settings.cors_origins(),
        )

    @property
    def local_host(self) -> str:
        """Where this machine reaches the servers: their address, or loopback when they listen on every interface."""
        if self.host in ("0.0.0.0", "::", ""):
            return "127.0.0.1"
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def rasa_url(self) -> str:
        return f"http://{self.local_host}:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://{self.local_host}:{self.actions_port}"

    def environment(self) -> dict[str, str]:
        """The servers' environment: this process's, ``extra_env``, and the variables ``endpoints.yml`` reads."""
        settings.var_dir().mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.update(self.extra_env)
        env["BOT_ACTION_URL"] = f"{self.actions_url}/webhook"
        env["BOT_ACTION_TOKEN"] = self.action_token
        env["BOT_HOST"] = self.host
        # Rasa's structured events as JSON, which logging.yml's formatter folds into its lines.
        env["FORCE_JSON_LOGGING"] = "1"
        env["BOT_TRACKER_URL"] = self.tracker_url or self.extra_env.get("BOT_TRACKER_URL") or settings.tracker_url()
        # The socket.io channel refuses other origins itself (engine.io does not see --cors).
        env["BOT_CORS_ORIGINS"] = self.cors_origins
        env.setdefault("PYTHONPATH", str(ROOT))
        # Rasa and TensorFlow are chatty; keep the console readable.
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        # Libraries' deprecation warnings, printed at import before the JSON logging is set up.
        env.setdefault("PYTHONWARNINGS", "ignore::DeprecationWarning,ignore::PendingDeprecationWarning")
        env.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
        return env

    def commands(self) -> list[list[str]]:
        actions = [sys.executable, "-m", "bot.serving.action_server", "--port", str(self.actions_port), "--host", self.host]
        rasa = [
            sys.executable, "-m", "bot.serving.rasa_server", "run",
            "--model", str(self.model),
            "--endpoints", str(ENDPOINTS_FILE),
            "--credentials", str(CREDENTIALS_FILE),
            "--interface", self.host,
            "--port", str(self.rasa_port),
            "--logging-config-file", str(LOGGING_CONFIG_FILE),
            "--cors", *self.cors_origins.split(),
        ]
        if self.api_token:
            rasa += ["--enable-api", "--auth-token", self.api_token]
        return [actions, rasa]

    def start(self) -> None:
        for name in SERVER_NAMES:
            self.start_one(name)

    def start_one(self, name: str) -> subprocess.Popen[bytes]:
        """Start one server (``"actions"`` or ``"rasa"``), or start it again in its place once it has stopped.

        A restarted server's log continues the same file.
        """
        index = SERVER_NAMES.index(name)
        command = self.commands()[index]
        env = self.environment()
        restart = index < len(self.processes)
        if self.log_dir is None:
            process = subprocess.Popen(command, cwd=ROOT, env=env)
        else:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            # The child gets its own copy of the descriptor: ours is closed at once.
            with open(self.log_dir / f"{name}.log", "ab" if restart else "wb") as log:
                process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        if restart:
            self.processes[index] = process
        else:
            self.processes.append(process)
        return process

    def process(self, name: str) -> subprocess.Popen[bytes]:
        """The process of one server, by name."""
        return self.processes[SERVER_NAMES.index(name)]

    def stop_one(self, name: str) -> None:
        """Stop one server and wait for it (the other keeps running)."""
        _stop_processes([self.process(name)])

    def wait_ready(self, timeout: float = 180.0) -> float:
        """Block until both servers answer; return the seconds it took."""
        started = time.monotonic()
        for url in (f"{self.actions_url}/health", f"{self.rasa_url}/"):
            while True:
                self._check_alive()
                try:
                    with urllib.request.urlopen(url, timeout=2) as response:
                        if response.status == 200:
                            break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    pass
                if time.monotonic() - started > timeout:
                    raise TimeoutError(f"{url} ne répond pas après {timeout:.0f} s")
                time.sleep(0.25)
        return time.monotonic() - started

    def log_tail(self, lines: int = 15) -> str:
        """The last lines of each server's log (empty without ``log_dir``), to explain a failed start."""
        if self.log_dir is None:
            return ""
        tails = []
        for log in sorted(self.log_dir.glob("*.log")):
            tails.append(f"--- {log.name}\n" + "\n".join(log.read_text(errors="replace").splitlines()[-lines:]))
        return "\n".join(tails)

    def _check_alive(self) -> None:
        for process in self.processes:
            if process.poll() is not None:
                args = process.args if isinstance(process.args, list) else [str(process.args)]
                raise RuntimeError(f"un serveur s'est arrêté (code {process.returncode}) : {' '.join(map(str, args[:4]))}…")

    def stop(self) -> None:
        _stop_processes(self.processes)
        self.processes.clear()


def _stop_processes(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        if process.poll() is None:
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


#: How the console names each server.
SERVER_LABELS = {"actions": "serveur d'actions", "rasa": "serveur Rasa"}


@dataclass
class _Child:
    """What the supervisor knows of one server."""

    started_at: float
    failures: int = 0
    restart_at: float | None = None


@dataclass
class Supervisor:
    """Restarts a server that stopped unexpectedly, with exponential backoff.

    The n-th restart in a row waits ``first_delay * 2**(n-1)`` seconds (1 s,
    2 s, 4 s… with the defaults), at most ``max_delay``; a server that has run
    ``healthy_after`` seconds since its last restart starts again from the
    first delay. Every stop and restart is said on the console, in French.
    Call :meth:`poll` regularly (``make run`` does, twice a second).
    """

    services: Services
    first_delay: float = 1.0
    max_delay: float = 30.0
    healthy_after: float = 60.0
    clock: Any = time.monotonic
    say: Any = field(default=lambda text: print(text, file=sys.stderr, flush=True))
    #: True once Ctrl-C was pressed: the servers stopping then are not restarted.
    stopping: Any = field(default=lambda: False)
    children: dict[str, _Child] = field(default_factory=dict)

    def delay(self, failures: int) -> float:
        """Seconds before the restart that follows ``failures`` stops in a row (1 for the first)."""
        return float(min(self.max_delay, self.first_delay * 2 ** (failures - 1)))

    def poll(self) -> None:
        now = self.clock()
        for name in SERVER_NAMES:
            child = self.children.setdefault(name, _Child(started_at=now))
            label = SERVER_LABELS[name]
            if child.restart_at is not None:
                if now >= child.restart_at:
                    child.restart_at = None
                    child.started_at = now
                    self.services.start_one(name)
                    self.say(f"Redémarrage du {label} (redémarrage n° {child.failures} d'affilée).")
                continue
            code = self.services.process(name).poll()
            if code is not None and self.stopping():
                return
            if code is None:
                if child.failures and now - child.started_at >= self.healthy_after:
                    child.failures = 0
                continue
            child.failures += 1
            wait = self.delay(child.failures)
            child.restart_at = now + wait
            self.say(f"Le {label} s'est arrêté de façon inattendue (code {code}) ; redémarrage dans {wait:g} s.")


def run_foreground() -> int:
    """``make run``: start everything, print where to talk to it, stop on Ctrl-C."""
    model = MODEL_FILE
    if not model.exists():
        print("Aucun modèle entraîné : lancez « make run » (qui entraîne au besoin) ou « python -m bot train ».", file=sys.stderr)
        return 1
    try:
        services = Services.from_environment()
        web_port, web_host = settings.web_port(), settings.host()
        public_rasa_url = settings.public_rasa_url(services.rasa_port)
    except settings.SettingsError as error:
        print(error, file=sys.stderr)
        return 1
    stopping = False

    def _stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    from bot.serving.web_server import start_in_thread

    web = None
    try:
        services.start()
        seconds = services.wait_ready(timeout=300)
        web = start_in_thread(web_port, public_rasa_url, host=web_host)
        print(
            f"\nAssistant prêt en {seconds:.1f} s.\n"
            f"  Page web  : http://localhost:{web_port}/\n"
            f"  Console   : http://localhost:{web_port}/console/  (comptes : python -m bot staff add-user NOM --role agent|editor|admin)\n"
            f"  Widget    : <script src=\"http://localhost:{web_port}/widget.js\" defer></script>  (sites autorisés : BOT_EMBED_ORIGINS)\n"
            f"  REST      : POST {services.rasa_url}/webhooks/rest/webhook  {{\"sender\": \"moi\", \"message\": \"Bonjour\"}}\n"
            f"  socket.io : {services.rasa_url}/socket.io\n"
            f"  API HTTP  : {'activée (jeton BOT_API_TOKEN)' if services.api_token else 'désactivée (définissez BOT_API_TOKEN pour l’activer)'}\n"
            "Ctrl-C pour arrêter.",
            flush=True,
        )
        supervisor = Supervisor(services, stopping=lambda: stopping)
        while not stopping:
            supervisor.poll()
            time.sleep(0.5)
    except (RuntimeError, TimeoutError) as error:
        print(f"Arrêt : {error}", file=sys.stderr)
        return 1
    finally:
        print("Arrêt de l'assistant…", flush=True)
        if web is not None:
            web.shutdown()
            web.server_close()
        services.stop()
    return 0
