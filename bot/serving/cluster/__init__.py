"""The production shape on one machine: ``python -m bot cluster`` (``make cluster``).

Eight processes, every one on loopback but nginx:

- PostgreSQL (a throw-away cluster under ``var/cluster/pg``, reused from one run
  to the next) holds Rasa's conversations (``events``) and the submissions;
- Redis (no persistence) is Rasa's lock store: two Rasa servers never process
  the same conversation at once;
- two action servers (``python -m bot.serving.action_server``), called only
  with the shared secret ``X-Bot-Action-Token``;
- two Rasa servers; each calls the action servers through nginx's internal
  ``actions`` upstream (loopback), so that either Rasa server keeps working when
  one action server is down;
- the page's own server (``python -m bot.serving.web_server``) for the staff
  console (``/console/``) and ``/config.json`` (its headers let allowed sites
  embed ``widget.js``); nginx serves the page's static files itself;
- nginx, the only public address (port 8000, ``BOT_CLUSTER_PORT``): the page,
  REST round robin, socket.io sticky by client address, Rasa's HTTP API only
  when ``BOT_API_TOKEN`` is set, body size and request rate per client capped,
  security headers.

Configuration files are generated at each start under ``var/cluster/`` from
the templates of ``bot/serving/templates/`` (``docs/deploiement.md`` renders the
same templates for a Region server). PostgreSQL refuses to run as root: when
the cluster is started by root, PostgreSQL runs as the ``postgres`` system user
(Debian's package creates it) and nginx's workers as ``nobody``.
``scripts/install-services.sh`` installs PostgreSQL, Redis and nginx when missing.
"""

from __future__ import annotations

import functools
import grp
import json
import os
import pwd
import secrets
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from bot import settings
from bot.dialogue import messages
from bot.serving.logging_setup import LOGGING_CONFIG_FILE
from bot.serving.ports import free_ports
from bot.serving.web_server import NOT_FOUND_PAGE, WEB_DIR, content_security_policy, content_type
from bot.settings import CREDENTIALS_FILE, MODEL_FILE, ROOT

__all__ = ["Cluster", "ClusterError", "ClusterPorts", "nginx_config", "run_foreground"]

TEMPLATES_DIR = Path(__file__).resolve().parent.parent / "templates"
#: Debian's PostgreSQL server binaries (not on PATH), newest version first.
POSTGRES_BIN_DIRS = tuple(sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0, reverse=True))
#: Database and role of the throw-away PostgreSQL cluster.
DB_NAME = "assistant"
DB_USER = "assistant"
#: Seconds a Rasa server waits for Redis before the turn fails (Redis stopped: no hang).
REDIS_TIMEOUT = 2
#: A Rasa server killed while holding a conversation's lock: the other waits at most this long (seconds).
LOCK_LIFETIME = 10
#: Burst of requests over the per-client rate that nginx lets through at once (at least; see rate_burst).
RATE_BURST = 20
#: Names of the processes, in start order (stopped in the reverse order).
RASA_NAMES = ("rasa-1", "rasa-2")
ACTIONS_NAMES = ("actions-1", "actions-2")


class ClusterError(RuntimeError):
    """The cluster cannot start or a process stopped (message in French)."""


@dataclass(frozen=True)
class ClusterPorts:
    """Loopback ports of the processes; ``public`` is nginx's."""

    public: int
    rasa: tuple[int, int]
    actions: tuple[int, int]
    actions_proxy: int
    postgres: int
    redis: int
    web: int

    @classmethod
    def fixed(cls, public: int) -> ClusterPorts:
        """``make cluster``: fixed ports beside those of ``make run`` (5005, 5055, 8080)."""
        return cls(public=public, rasa=(5006, 5007), actions=(5056, 5057), actions_proxy=5058, postgres=5433, redis=6380, web=8081)

    @classmethod
    def free(cls, public: int | None = None) -> ClusterPorts:
        """Tests: every port free right now."""
        ports = free_ports(9)
        return cls(
            public=public or ports[0], rasa=(ports[1], ports[2]), actions=(ports[3], ports[4]),
            actions_proxy=ports[5], postgres=ports[6], redis=ports[7], web=ports[8],
        )


def _templates() -> Environment:
    # Configuration files, not HTML: values are checked where they are made instead.
    return Environment(loader=FileSystemLoader(TEMPLATES_DIR), undefined=StrictUndefined, autoescape=False,
                       keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)


def nginx_string(text: str) -> str:
    """``text`` inside an nginx single-quoted string (no variable may appear in it)."""
    if "$" in text:
        raise ValueError("nginx would read « $ » as a variable")
    return text.replace("\\", "\\\\").replace("'", "\\'")


def _reply_json(text: str) -> str:
    """A body in the REST channel's shape, for the replies nginx gives itself."""
    return nginx_string(json.dumps([{"recipient_id": "", "text": text}], ensure_ascii=False))


def _mime_types(web_dir: Path) -> list[tuple[str, str]]:
    """``(type, "suffix suffix")`` for the files of ``web/``, from the static server's table."""
    by_type: dict[str, set[str]] = {}
    for file in web_dir.rglob("*"):
        if file.is_file() and file.suffix:
            by_type.setdefault(content_type(file).split(";")[0], set()).add(file.suffix.lstrip(".").lower())
    by_type.setdefault("text/html", set()).add("html")
    return sorted((mime, " ".join(sorted(suffixes))) for mime, suffixes in by_type.items())


def rate_burst(rate_limit: str) -> int:
    """Requests nginx lets through at once over the rate: a second's worth, at least :data:`RATE_BURST`.

    nginx counts simultaneous requests (same millisecond) one by one against the
    burst whatever the rate, so a high ``BOT_RATE_LIMIT`` needs a burst as high.
    """
    count, unit = rate_limit.split("r/")
    return max(RATE_BURST, int(count) // (60 if unit == "m" else 1))


def _worker_user() -> str:
    """``nobody`` and its group (``nogroup`` on Debian) for nginx's workers when the master runs as root."""
    try:
        entry = pwd.getpwnam("nobody")
        return f"nobody {grp.getgrgid(entry.pw_gid).gr_name}"
    except KeyError:
        return "nobody"


def nginx_config(
    *,
    ports: ClusterPorts,
    public_host: str,
    public_url: str,
    rate_limit: str,
    api_token: bool,
    run_dir: Path,
    log_dir: Path,
    pages_dir: Path,
    web_dir: Path = WEB_DIR,
    run_as_root: bool = False,
    worker_processes: int = 1,
) -> str:
    """nginx's configuration for these ports (also used by ``docs/deploiement.md``)."""
    csp = content_security_policy(public_url)
    if '"' in csp:
        raise ValueError("CSP with a double quote")
    return _templates().get_template("nginx.conf.j2").render(
        run_as_root=run_as_root,
        worker_user=_worker_user(),
        worker_processes=worker_processes,
        run_dir=run_dir,
        log_dir=log_dir,
        pages_dir=pages_dir,
        web_dir=web_dir.resolve(),
        types=_mime_types(web_dir),
        rate_limit=rate_limit,
        rate_burst=rate_burst(rate_limit),
        max_body_bytes=settings.MAX_REQUEST_BYTES,
        rasa_ports=ports.rasa,
        actions_ports=ports.actions,
        actions_proxy_port=ports.actions_proxy,
        web_port=ports.web,
        public_host=public_host,
        public_port=ports.public,
        csp=csp,
        api_token=api_token,
        unavailable_json=_reply_json(messages.SERVICE_UNAVAILABLE),
        too_many_json=_reply_json(messages.TOO_MANY_REQUESTS),
    )


def endpoints_config(redis_port: int, redis_password: str, redis_host: str = "127.0.0.1") -> str:
    """The Rasa servers' ``endpoints.yml``: action servers, PostgreSQL, Redis lock store."""
    if not redis_password.isalnum():
        raise ValueError("the Redis password must be alphanumeric (written unquoted in YAML)")
    return _templates().get_template("endpoints.yml.j2").render(
        redis_host=redis_host, redis_port=redis_port, redis_password=redis_password, redis_timeout=REDIS_TIMEOUT,
    )


def _which(name: str, extra_dirs: tuple[Path, ...] = ()) -> str:
    for directory in extra_dirs:
        if (directory / name).exists():
            return str(directory / name)
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin:/sbin:/bin")
    if found is None:
        raise ClusterError(f"« {name} » est introuvable : lancez « scripts/install-services.sh » (PostgreSQL, Redis, nginx).")
    return found


def _url_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


@dataclass
class Child:
    """One process of the cluster, its command and how to tell it is ready."""

    name: str
    command: list[str]
    ready: Callable[[], bool]
    env: dict[str, str] | None = None
    user: str | None = None
    stop_signal: int = signal.SIGTERM
    process: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self.process.pid if self.process is not None else None

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None


@dataclass
class Cluster:
    """PostgreSQL, Redis, two action servers, two Rasa servers and nginx, started and stopped together."""

    root: Path
    ports: ClusterPorts
    pg_dir: Path | None = None
    public_host: str = "127.0.0.1"
    public_url: str | None = None
    model: Path = field(default_factory=lambda: MODEL_FILE)
    api_token: str | None = None
    rate_limit: str = settings.DEFAULT_RATE_LIMIT
    #: Sites allowed to embed widget.js; None: ``BOT_EMBED_ORIGINS`` (settings).
    embed_origins: tuple[str, ...] | None = None
    children: dict[str, Child] = field(default_factory=dict)

    # -- places ---------------------------------------------------------------
    @property
    def data_dir(self) -> Path:
        """PostgreSQL's data directory (``var/cluster/pg`` unless told otherwise)."""
        return self.pg_dir or self.root / "pg"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def run_dir(self) -> Path:
        return self.root / "run"

    @property
    def url(self) -> str:
        """The public address (nginx)."""
        return f"http://127.0.0.1:{self.ports.public}"

    @property
    def browser_url(self) -> str:
        return self.public_url or f"http://localhost:{self.ports.public}"

    @property
    def secrets(self) -> dict[str, str]:
        """Passwords and shared secret, drawn once and kept in ``secrets.json`` (0600) so a restart reuses the database."""
        path = self.root / "secrets.json"
        if path.exists():
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and {"postgres", "redis", "action_token"} <= stored.keys():
                return {k: str(v) for k, v in stored.items()}
            raise ClusterError(f"{path} est abîmé : supprimez le dossier {self.root} pour repartir de zéro.")
        values = {"postgres": secrets.token_hex(16), "redis": secrets.token_hex(16), "action_token": secrets.token_hex(24)}
        self.root.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            json.dump(values, file)
        return values

    @property
    def database_url(self) -> str:
        """Conversations and submissions: one PostgreSQL database (SQLAlchemy URL, psycopg2)."""
        return f"postgresql://{DB_USER}:{self.secrets['postgres']}@127.0.0.1:{self.ports.postgres}/{DB_NAME}"

    @property
    def origins(self) -> str:
        own = [self.browser_url, f"http://localhost:{self.ports.public}", f"http://127.0.0.1:{self.ports.public}"]
        return " ".join(dict.fromkeys([*own, *self.embedding_sites]))  # sites embedding widget.js talk to Rasa too

    @property
    def embedding_sites(self) -> tuple[str, ...]:
        return settings.embed_origins() if self.embed_origins is None else self.embed_origins

    # -- configuration --------------------------------------------------------
    def write_configs(self) -> None:
        """nginx.conf, endpoints.yml and the 404 page under the cluster's folder (re-created at each start)."""
        for folder in (self.root, self.log_dir, self.run_dir, self.root / "pages", self.root / "redis"):
            folder.mkdir(parents=True, exist_ok=True)
        (self.root / "pages" / "404.html").write_text(NOT_FOUND_PAGE, encoding="utf-8")
        config = nginx_config(
            ports=self.ports, public_host=self.public_host, public_url=self.browser_url, rate_limit=self.rate_limit,
            api_token=bool(self.api_token), run_dir=self.run_dir.resolve(), log_dir=self.log_dir.resolve(),
            pages_dir=(self.root / "pages").resolve(), run_as_root=os.geteuid() == 0,
        )
        (self.root / "nginx.conf").write_text(config, encoding="utf-8")
        endpoints = self.root / "endpoints.yml"
        endpoints.touch(mode=0o600)
        endpoints.write_text(endpoints_config(self.ports.redis, self.secrets["redis"]), encoding="utf-8")

    # -- processes ------------------------------------------------------------
    def _postgres_user(self) -> str | None:
        """PostgreSQL refuses root: run it as ``postgres`` then."""
        if os.geteuid() != 0:
            return None
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            raise ClusterError("L'utilisateur système « postgres » manque : lancez « scripts/install-services.sh ».") from None
        return "postgres"

    def init_postgres(self) -> None:
        """initdb once (the data directory is reused), as ``postgres`` when run by root."""
        if (self.data_dir / "PG_VERSION").exists():
            return
        user = self._postgres_user()
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        password_file = self.root / "pg-password"
        password_file.write_text(self.secrets["postgres"] + "\n", encoding="utf-8")
        try:
            if user is not None:
                entry = pwd.getpwnam(user)
                os.chown(self.data_dir, entry.pw_uid, entry.pw_gid)
                os.chown(password_file, entry.pw_uid, entry.pw_gid)
            os.chmod(password_file, 0o600)
            command = [
                _which("initdb", POSTGRES_BIN_DIRS), "-D", str(self.data_dir.resolve()), "-U", DB_USER,
                "--pwfile", str(password_file.resolve()), "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8",
            ]
            with open(self.log_dir / "initdb.log", "wb") as log:
                done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, user=user, cwd="/", check=False)
            if done.returncode != 0:
                raise ClusterError(f"initdb a échoué : voir {self.log_dir / 'initdb.log'}")
        finally:
            password_file.unlink(missing_ok=True)

    def _postgres_ready(self) -> bool:
        import psycopg2

        try:
            connection = psycopg2.connect(
                host="127.0.0.1", port=self.ports.postgres, user=DB_USER, password=self.secrets["postgres"],
                dbname="postgres", connect_timeout=2,
            )
        except psycopg2.OperationalError:
            return False
        try:
            connection.autocommit = True
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DB_NAME,))
                if cursor.fetchone() is None:
                    cursor.execute(f"CREATE DATABASE {DB_NAME}")
        finally:
            connection.close()
        return True

    def _redis_ready(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(host="127.0.0.1", port=self.ports.redis, password=self.secrets["redis"], socket_timeout=2).ping())
        except redis.RedisError:
            return False

    def _service_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update({
            "BOT_VAR_DIR": str(self.root.resolve()),
            "BOT_DB_URL": self.database_url,
            "BOT_TRACKER_URL": self.database_url,
            "BOT_ACTION_TOKEN": self.secrets["action_token"],
            "BOT_ACTION_URL": f"http://127.0.0.1:{self.ports.actions_proxy}/webhook",
            "BOT_CORS_ORIGINS": self.origins,
            "BOT_EMBED_ORIGINS": " ".join(self.embedding_sites),
            "BOT_HOST": "127.0.0.1",
            "TICKET_LOCK_LIFETIME": str(LOCK_LIFETIME),
            # Two Rasa servers and two action servers share PostgreSQL's connections.
            "SQL_POOL_SIZE": "10",
            "SQL_MAX_OVERFLOW": "20",
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "RASA_TELEMETRY_ENABLED": "false",
            "FORCE_JSON_LOGGING": "1",
        })
        env.setdefault("PYTHONPATH", str(ROOT))
        env.pop("BOT_API_TOKEN", None)
        return env

    def plan(self) -> list[Child]:
        """The eight processes, in start order."""
        env = self._service_env()
        postgres = Child(
            "postgres",
            [
                _which("postgres", POSTGRES_BIN_DIRS), "-D", str(self.data_dir.resolve()), "-p", str(self.ports.postgres),
                "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200",
            ],
            self._postgres_ready, user=self._postgres_user(), stop_signal=signal.SIGINT,  # SIGINT: fast shutdown
        )
        redis_child = Child(
            "redis",
            [
                _which("redis-server"), "--port", str(self.ports.redis), "--bind", "127.0.0.1", "--protected-mode", "yes",
                "--requirepass", self.secrets["redis"], "--save", "", "--appendonly", "no",
                "--dir", str((self.root / "redis").resolve()), "--daemonize", "no",
            ],
            self._redis_ready,
        )
        children = [postgres, redis_child]
        for name, port in zip(ACTIONS_NAMES, self.ports.actions, strict=True):
            children.append(Child(
                name, [sys.executable, "-m", "bot.serving.action_server", "--port", str(port), "--host", "127.0.0.1"],
                functools.partial(_url_ok, f"http://127.0.0.1:{port}/health"), env=env,
            ))
        for name, port in zip(RASA_NAMES, self.ports.rasa, strict=True):
            command = [
                sys.executable, "-m", "bot.serving.rasa_server", "run", "--model", str(self.model),
                "--endpoints", str((self.root / "endpoints.yml").resolve()), "--credentials", str(CREDENTIALS_FILE),
                "--port", str(port), "--interface", "127.0.0.1", "--cors", *self.origins.split(),
                "--logging-config-file", str(LOGGING_CONFIG_FILE),
            ]
            if self.api_token:
                command += ["--enable-api", "--auth-token", self.api_token]
            children.append(Child(name, command, functools.partial(_url_ok, f"http://127.0.0.1:{port}/"), env=env))
        # The console and /config.json (its embedding headers): the page's own server, behind nginx.
        # After a retraining, the console loads the new model into both Rasa servers (with the API token).
        web_env = dict(env, BOT_RASA_SERVERS=" ".join(f"http://127.0.0.1:{port}" for port in self.ports.rasa))
        if self.api_token:
            web_env["BOT_API_TOKEN"] = self.api_token
        children.append(Child(
            "web",
            [sys.executable, "-m", "bot.serving.web_server", "--port", str(self.ports.web), "--host", "127.0.0.1", "--rasa-url", self.browser_url],
            functools.partial(_url_ok, f"http://127.0.0.1:{self.ports.web}/config.json"), env=web_env,
        ))
        nginx = Child(
            "nginx",
            [_which("nginx"), "-p", str(self.root.resolve()), "-c", str((self.root / "nginx.conf").resolve()), "-g", "daemon off;"],
            lambda: _url_ok(f"{self.url}/healthz"), stop_signal=signal.SIGQUIT,
        )
        return [*children, nginx]

    def start(self, timeout: float = 300.0, on_ready: Callable[[str, float], None] | None = None) -> float:
        """Start everything (reusing the PostgreSQL data); return the seconds it took."""
        started = time.monotonic()
        self.root.mkdir(parents=True, exist_ok=True)
        if not self.model.exists():
            raise ClusterError("Aucun modèle entraîné : lancez « make run » ou « python -m bot train » d'abord.")
        self.write_configs()
        self.init_postgres()
        plan = self.plan()
        self.children = {child.name: child for child in plan}
        try:
            # Data stores first; then the action servers, the Rasa servers and the page server load side by side.
            for group in (["postgres"], ["redis"], [*ACTIONS_NAMES, *RASA_NAMES, "web"], ["nginx"]):
                for name in group:
                    self.launch(name)
                for name in group:
                    self.wait_ready(name, timeout - (time.monotonic() - started))
                    if on_ready is not None:
                        on_ready(name, time.monotonic() - started)
        except BaseException:
            self.stop()
            raise
        return time.monotonic() - started

    def launch(self, name: str) -> None:
        child = self.children[name]
        with open(self.log_dir / f"{name}.log", "ab") as log:
            child.process = subprocess.Popen(
                child.command, cwd=ROOT if child.user is None else "/", env=child.env, user=child.user,
                stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )

    def wait_ready(self, name: str, timeout: float) -> None:
        child = self.children[name]
        deadline = time.monotonic() + max(timeout, 1.0)
        while not child.ready():
            if not child.alive():
                raise ClusterError(f"{name} s'est arrêté au démarrage : voir {self.log_dir / (name + '.log')}\n{self.log_tail(name)}")
            if time.monotonic() > deadline:
                raise ClusterError(f"{name} n'est pas prêt après {timeout:.0f} s : voir {self.log_dir / (name + '.log')}")
            time.sleep(0.25)

    def log_tail(self, name: str, lines: int = 15) -> str:
        log = self.log_dir / f"{name}.log"
        return "\n".join(log.read_text(errors="replace").splitlines()[-lines:]) if log.exists() else ""

    def kill(self, name: str, sig: int = signal.SIGKILL) -> None:
        """Send ``sig`` to one process (the fault tests' ``kill -9``) and reap it."""
        child = self.children[name]
        if child.alive() and child.process is not None:
            child.process.send_signal(sig)
            child.process.wait(timeout=30)

    def stop_one(self, name: str, timeout: float = 20.0) -> None:
        child = self.children[name]
        if child.process is None or child.process.poll() is not None:
            return
        child.process.send_signal(child.stop_signal)
        try:
            child.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            child.process.kill()
            child.process.wait()

    def restart(self, name: str, timeout: float = 240.0) -> None:
        """Stop (if alive) and start one process again, then wait until it is ready."""
        self.stop_one(name)
        self.launch(name)
        self.wait_ready(name, timeout)

    def dead(self) -> list[str]:
        return [name for name, child in self.children.items() if child.process is not None and not child.alive()]

    def stop(self) -> None:
        """Stop everything, in the reverse order of the start."""
        for name in reversed(list(self.children)):
            self.stop_one(name)


def run_foreground() -> int:
    """``make cluster``: start the shape, restart a crashed server, stop everything on Ctrl-C."""
    try:
        ports = ClusterPorts.fixed(settings.cluster_port())
        cluster = Cluster(
            root=settings.var_dir() / "cluster", ports=ports, public_host=settings.host(),
            public_url=settings.public_rasa_url(ports.public),  # BOT_PUBLIC_RASA_URL, else localhost:8000
            api_token=settings.api_token(), rate_limit=settings.rate_limit(),
        )
    except settings.SettingsError as error:
        print(error, file=sys.stderr)
        return 1
    stopping = False

    def _stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, _stop)
    signal.signal(signal.SIGTERM, _stop)
    print(f"Démarrage de PostgreSQL, Redis, 2 serveurs d'actions, 2 serveurs Rasa et nginx (journaux : {cluster.log_dir})…", flush=True)
    try:
        seconds = cluster.start(on_ready=lambda name, at: print(f"  {name} prêt ({at:.0f} s)", flush=True))
        print(
            f"\nAssistant prêt en {seconds:.1f} s, derrière nginx.\n"
            f"  Page web  : {cluster.browser_url}/\n"
            f"  REST      : POST {cluster.url}/webhooks/rest/webhook  {{\"sender\": \"moi\", \"message\": \"Bonjour\"}}\n"
            f"  Santé     : {cluster.url}/healthz\n"
            f"  API HTTP  : {'activée (jeton BOT_API_TOKEN)' if cluster.api_token else 'fermée (définissez BOT_API_TOKEN pour l’ouvrir)'}\n"
            f"  Débit     : {cluster.rate_limit} par client (BOT_RATE_LIMIT)\n"
            "Ctrl-C pour tout arrêter.",
            flush=True,
        )
        backoff: dict[str, float] = {}
        while not stopping:
            for name in cluster.dead():
                delay = min(backoff.get(name, 0.5) * 2, 30.0)
                backoff[name] = delay
                print(f"{name} s'est arrêté ; redémarrage dans {delay:.0f} s.", flush=True)
                time.sleep(delay)
                try:
                    cluster.restart(name)
                    print(f"{name} a redémarré.", flush=True)
                except ClusterError as error:
                    print(f"Redémarrage impossible : {error}", file=sys.stderr, flush=True)
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    except ClusterError as error:
        print(f"Arrêt : {error}", file=sys.stderr)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        print("Arrêt de l'assistant…", flush=True)
        cluster.stop()
    return 0

