"""Starting the assistant: action server + Rasa server (REST and socket.io).

``python -m bot run`` (behind ``make run``) runs both in the foreground; Ctrl-C
stops everything. The test suite starts the same :class:`Services` on free
ports with a throw-away tracker database.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bot.settings import CREDENTIALS_FILE, ENDPOINTS_FILE, MODEL_FILE, ROOT, VAR_DIR

DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
DEFAULT_WEB_PORT = 8080
DEFAULT_CORS = "http://localhost:8080 http://127.0.0.1:8080"


@dataclass
class Services:
    """The two server processes of the assistant."""

    rasa_port: int = DEFAULT_RASA_PORT
    actions_port: int = DEFAULT_ACTIONS_PORT
    model: Path = field(default_factory=lambda: MODEL_FILE)
    tracker_url: str | None = None
    api_token: str | None = None
    cors_origins: str = DEFAULT_CORS
    log_dir: Path | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    processes: list[subprocess.Popen] = field(default_factory=list)

    @property
    def rasa_url(self) -> str:
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}"

    def environment(self) -> dict[str, str]:
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ)
        env.update(self.extra_env)
        env["BOT_ACTION_URL"] = f"{self.actions_url}/webhook"
        env["BOT_TRACKER_URL"] = self.tracker_url or env.get("BOT_TRACKER_URL") or f"sqlite:///{VAR_DIR / 'tracker.db'}"
        env.setdefault("PYTHONPATH", str(ROOT))
        # Rasa and TensorFlow are chatty; keep the console readable.
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        return env

    def commands(self) -> list[list[str]]:
        actions = [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(self.actions_port)]
        rasa = [
            sys.executable, "-m", "rasa", "run",
            "--model", str(self.model),
            "--endpoints", str(ENDPOINTS_FILE),
            "--credentials", str(CREDENTIALS_FILE),
            "--port", str(self.rasa_port),
            "--cors", *self.cors_origins.split(),
        ]
        if self.api_token:
            rasa += ["--enable-api", "--auth-token", self.api_token]
        return [actions, rasa]

    def start(self) -> None:
        env = self.environment()
        for index, command in enumerate(self.commands()):
            stdout = None
            if self.log_dir is not None:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                stdout = open(self.log_dir / f"{['actions', 'rasa'][index]}.log", "w")
            self.processes.append(
                subprocess.Popen(command, cwd=ROOT, env=env, stdout=stdout, stderr=subprocess.STDOUT if stdout else None)
            )

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

    def _check_alive(self) -> None:
        for process in self.processes:
            if process.poll() is not None:
                raise RuntimeError(f"un serveur s'est arrêté (code {process.returncode}) : {' '.join(process.args[:4])}…")

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes.clear()


def run_foreground() -> int:
    """``make run``: start everything, print where to talk to it, stop on Ctrl-C."""
    model = MODEL_FILE
    if not model.exists():
        print("Aucun modèle entraîné : lancez « make run » (qui entraîne au besoin) ou « python -m bot train ».", file=sys.stderr)
        return 1
    services = Services(
        rasa_port=int(os.environ.get("BOT_RASA_PORT", DEFAULT_RASA_PORT)),
        actions_port=int(os.environ.get("BOT_ACTIONS_PORT", DEFAULT_ACTIONS_PORT)),
        api_token=os.environ.get("BOT_API_TOKEN") or None,
        cors_origins=os.environ.get("BOT_CORS_ORIGINS", DEFAULT_CORS),
    )
    stopping = False

    def _stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    from bot.serving.web_server import start_in_thread

    web_port = int(os.environ.get("BOT_WEB_PORT", DEFAULT_WEB_PORT))
    public_rasa_url = os.environ.get("BOT_PUBLIC_RASA_URL", f"http://localhost:{services.rasa_port}")
    services.start()
    web = None
    try:
        seconds = services.wait_ready(timeout=300)
        web = start_in_thread(web_port, public_rasa_url, host=os.environ.get("BOT_WEB_HOST", "127.0.0.1"))
        print(
            f"\nAssistant prêt en {seconds:.1f} s.\n"
            f"  Page web  : http://localhost:{web_port}/\n"
            f"  REST      : POST {services.rasa_url}/webhooks/rest/webhook  {{\"sender\": \"moi\", \"message\": \"Bonjour\"}}\n"
            f"  socket.io : {services.rasa_url}/socket.io\n"
            f"  API HTTP  : {'activée (jeton BOT_API_TOKEN)' if services.api_token else 'désactivée (définissez BOT_API_TOKEN pour l’activer)'}\n"
            "Ctrl-C pour arrêter.",
            flush=True,
        )
        while not stopping:
            services._check_alive()
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
