"""Well-known locations of the project and every ``BOT_*`` environment variable.

Paths are constants resolved from the repository root. Variables are read by
the accessors below *at call time*, never at import, so that a test (or the
runner, which starts servers with another environment) changes them by
setting the environment alone. :data:`VARIABLES` is the one table of them: the
README's table is written from it (:func:`variables_markdown`) and a test checks
that no other module reads a ``BOT_*`` variable it does not list.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
FAQ_DIR = DATA_DIR / "faq"
NLU_DIR = DATA_DIR / "nlu"
ELIGIBILITY_DIR = DATA_DIR / "eligibility"
MODELS_DIR = ROOT / "models"
#: The var folder when ``BOT_VAR_DIR`` is not set.
DEFAULT_VAR_DIR = ROOT / "var"
HELDOUT_FILE = ROOT / "tests" / "data" / "heldout.yml"
#: Held-out files, never used to train or tune; the second, third and fourth were written without seeing the training
#: examples (the fourth: questions with the employer's context around them).
HELDOUT_FILES = (
    HELDOUT_FILE,
    ROOT / "tests" / "data" / "heldout-2.yml",
    ROOT / "tests" / "data" / "heldout-3.yml",
    ROOT / "tests" / "data" / "heldout-4.yml",
)
#: Two blind annotators' lists of the entries whose answer answers each held-out question (information only).
HELDOUT_AUDIT_FILE = ROOT / "tests" / "data" / "heldout-audit.yml"
#: Development set of several-question messages, written blind, used to tune how a message is split (not held out).
DEV_MULTI_FILE = ROOT / "tests" / "data" / "dev-multi.yml"
#: A second one, written blind on 2026-12-03 (60 messages, 8 with a question the FAQ does not cover), same use.
DEV_MULTI_2_FILE = ROOT / "tests" / "data" / "dev-multi-2.yml"
#: Development set of misspelt short questions and junk, written blind, used to tune the junk filter (not held out).
DEV_TYPOS_FILE = ROOT / "tests" / "data" / "dev-typos.yml"
CONFIG_FILE = ROOT / "config.yml"
#: The Rasa component whose thresholds and calibration `python -m bot crossval` writes into config.yml.
FAQ_COMPONENT = "bot.rasa_plugins.faq_classifier.FaqClassifier"
DOMAIN_FILE = ROOT / "domain.yml"
ENDPOINTS_FILE = ROOT / "endpoints.yml"
CREDENTIALS_FILE = ROOT / "credentials.yml"

#: The trained model every server loads; ``python -m bot train`` writes it.
MODEL_NAME = "current"
MODEL_FILE = MODELS_DIR / f"{MODEL_NAME}.tar.gz"

DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
DEFAULT_WEB_PORT = 8080
#: Where every server of ``make run`` listens (Rasa, action server, page): loopback only.
DEFAULT_HOST = "127.0.0.1"
DEFAULT_CORS_ORIGINS = "http://localhost:8080 http://127.0.0.1:8080"
#: nginx's port in ``make cluster``, the only public address of the production shape.
DEFAULT_CLUSTER_PORT = 8000
#: Requests per client and per second (or minute) that nginx lets through to Rasa in ``make cluster``.
DEFAULT_RATE_LIMIT = "10r/s"

#: Longest user message the channels pass on (characters). The longest answer the
#: form takes is 1,000 characters (training needs, justification) and the page's
#: input stops at 1,000; past twice that, a message is pasted text or abuse, which
#: would be stored in the tracker and run through the NLU pipeline for nothing. It
#: gets one reply asking to write shorter (bot/dialogue/messages.py, MESSAGE_TOO_LONG).
MAX_MESSAGE_CHARS = 2000
#: Largest request body the channels read (bytes): room for a message of
#: MAX_MESSAGE_CHARS characters all escaped as \uXXXX pairs, its sender and metadata.
MAX_REQUEST_BYTES = 64 * 1024
#: Longest conversation id (``sender``) accepted from a client (characters).
MAX_SENDER_CHARS = 128
#: Longest ``message_id`` accepted from a REST client (characters; a UUID has 36).
MAX_MESSAGE_ID_CHARS = 64


class SettingsError(ValueError):
    """A ``BOT_*`` variable holds a value the assistant cannot use (message in French)."""


@dataclass(frozen=True)
class Variable:
    """One environment variable: its name, its default and what it means (French, for the README)."""

    name: str
    default: str
    meaning: str


VARIABLES: tuple[Variable, ...] = (
    Variable("BOT_VAR_DIR", "`var/`", "dossier des données produites : conversations, demandes, journaux, durées d'entraînement"),
    Variable("BOT_DB_URL", "`sqlite:///var/submissions.db`", "base des intentions d'embauche (URL SQLAlchemy, par exemple PostgreSQL)"),
    Variable("BOT_TRACKER_URL", "`sqlite:///var/tracker.db`", "stockage des conversations de Rasa (URL SQLAlchemy)"),
    Variable("BOT_ACTION_URL", "donnée par `python -m bot run`", "adresse du serveur d'actions pour Rasa (`endpoints.yml`) ; ne pas la définir soi-même"),
    Variable("BOT_RASA_PORT", f"`{DEFAULT_RASA_PORT}`", "port du serveur Rasa (REST et socket.io)"),
    Variable("BOT_ACTIONS_PORT", f"`{DEFAULT_ACTIONS_PORT}`", "port du serveur d'actions"),
    Variable("BOT_WEB_PORT", f"`{DEFAULT_WEB_PORT}`", "port de la page web"),
    Variable("BOT_HOST", f"`{DEFAULT_HOST}`", "adresse d'écoute de Rasa, du serveur d'actions et de la page web (`0.0.0.0` pour les ouvrir au réseau)"),
    Variable("BOT_RASA_SERVERS", "`http://127.0.0.1:<BOT_RASA_PORT>`", "adresses internes des serveurs Rasa, séparées par des espaces : la console y charge le nouveau modèle après un réentraînement (avec `BOT_API_TOKEN`)"),
    Variable("BOT_PUBLIC_RASA_URL", "`http://localhost:<BOT_RASA_PORT>`", "adresse de Rasa telle que le navigateur la voit (derrière un proxy)"),
    Variable("BOT_CORS_ORIGINS", f"`{DEFAULT_CORS_ORIGINS}`", "origines web autorisées à parler à Rasa, séparées par des espaces"),
    Variable("BOT_EMBED_ORIGINS", "aucune (intégration fermée)", "origines des sites autorisés à intégrer l'assistant par `widget.js` (par exemple `https://www.nosemplois.fr`), séparées par des espaces ; elles s'ajoutent à `BOT_CORS_ORIGINS` (voir `docs/integration.md`)"),
    Variable("BOT_API_TOKEN", "aucun (API fermée)", "jeton qui ouvre l'API HTTP de Rasa ; sans lui, l'API reste fermée"),
    Variable("BOT_ACTION_TOKEN", "tiré au hasard à chaque démarrage", "secret partagé entre Rasa et le serveur d'actions (en-tête `X-Bot-Action-Token`) ; à fixer quand les serveurs sont lancés séparément"),
    Variable("BOT_CONSOLE_SECRET", "tirée au hasard et gardée dans `var/console-secret`", "clé qui signe les cookies de la console des services (`/console/`) ; à fixer, identique, sur chaque serveur web"),
    Variable("BOT_CONSOLE_SECURE_COOKIES", "`0`", "`1` quand la console est servie en HTTPS : ses cookies ne partent alors que sur HTTPS"),
    Variable("BOT_SMTP_URL", "aucun (aucun courriel)", "serveur d'envoi des courriels de confirmation et d'avis : `smtp://utilisateur:motdepasse@hôte:587` (STARTTLS), `smtps://…:465` (TLS) ou `smtp://hôte:25?tls=non` ; avec lui (et `BOT_SMTP_FROM`), l'assistant annonce à l'employeur l'e-mail de confirmation, sans lui il dit qu'aucun e-mail automatique n'est envoyé"),
    Variable("BOT_SMTP_FROM", "aucun", "adresse d'expédition des courriels (obligatoire avec `BOT_SMTP_URL`)"),
    Variable("BOT_STAFF_EMAIL", "aucune (pas d'avis)", "boîte de la Région qui reçoit un avis, avec le lien vers la console, à chaque demande enregistrée"),
    Variable("BOT_CONSOLE_URL", "`http://localhost:<BOT_WEB_PORT>/console/`", "adresse de la console telle que les services la voient (liens des avis)"),
    Variable("BOT_CLUSTER_PORT", f"`{DEFAULT_CLUSTER_PORT}`", "port de nginx dans `make cluster`, seule adresse publique (page, REST, socket.io)"),
    Variable("BOT_RATE_LIMIT", f"`{DEFAULT_RATE_LIMIT}`", "débit de requêtes par client que nginx laisse passer dans `make cluster` (`10r/s`, `600r/m`…) ; les tests de charge le relèvent"),
)


def _text(name: str) -> str | None:
    """The variable's value, None when unset or empty (an empty value means « default »)."""
    value = os.environ.get(name, "").strip()
    return value or None


def _port(name: str, default: int) -> int:
    value = _text(name)
    if value is None:
        return default
    try:
        port = int(value)
    except ValueError:
        raise SettingsError(f"{name} doit être un numéro de port (reçu « {value} »).") from None
    if not 0 < port < 65536:
        raise SettingsError(f"{name} doit être un numéro de port entre 1 et 65535 (reçu {port}).")
    return port


def var_dir() -> Path:
    """``BOT_VAR_DIR``, else ``var/`` (not created here)."""
    value = _text("BOT_VAR_DIR")
    return Path(value) if value else DEFAULT_VAR_DIR




def default_db_url() -> str:
    """``submissions.db`` in the var folder."""
    return f"sqlite:///{var_dir() / 'submissions.db'}"


def db_url() -> str:
    """``BOT_DB_URL``, else :func:`default_db_url`."""
    return _text("BOT_DB_URL") or default_db_url()


def tracker_url() -> str:
    """``BOT_TRACKER_URL``, else ``tracker.db`` in the var folder."""
    return _text("BOT_TRACKER_URL") or f"sqlite:///{var_dir() / 'tracker.db'}"


def rasa_port() -> int:
    return _port("BOT_RASA_PORT", DEFAULT_RASA_PORT)


def rasa_servers() -> list[str]:
    """``BOT_RASA_SERVERS``: every Rasa server the console loads a new model into (the local one by default)."""
    return (_text("BOT_RASA_SERVERS") or f"http://127.0.0.1:{rasa_port()}").split()


def actions_port() -> int:
    return _port("BOT_ACTIONS_PORT", DEFAULT_ACTIONS_PORT)


def web_port() -> int:
    return _port("BOT_WEB_PORT", DEFAULT_WEB_PORT)


def host() -> str:
    """``BOT_HOST``: the address Rasa, the action server and the page listen on (one setting for the three)."""
    return _text("BOT_HOST") or DEFAULT_HOST


def web_host() -> str:
    """The page's address: :func:`host` (the page is served beside Rasa, never more open than it)."""
    return host()


def public_rasa_url(port: int | None = None) -> str:
    """Where the browser reaches Rasa: ``BOT_PUBLIC_RASA_URL``, else localhost on the Rasa port."""
    return _text("BOT_PUBLIC_RASA_URL") or f"http://localhost:{rasa_port() if port is None else port}"


def cors_origins() -> str:
    """Every web origin allowed to talk to Rasa, separated by spaces: ``BOT_CORS_ORIGINS`` plus :func:`embed_origins`.

    The one list behind Sanic's CORS (the runner's ``--cors``) and the socket.io
    channel's origin check, so that a site allowed to embed the widget is allowed by both.
    """
    own = (_text("BOT_CORS_ORIGINS") or DEFAULT_CORS_ORIGINS).split()
    return " ".join(dict.fromkeys([*own, *embed_origins()]))


def embed_origins() -> tuple[str, ...]:
    """``BOT_EMBED_ORIGINS``: the origins (``scheme://host[:port]``) of the sites whose pages may load ``widget.js``.

    Empty by default (no site may embed the assistant). Lowercased, a trailing ``/`` dropped;
    anything else than an http(s) origin (a path, ``*``) is refused.
    """
    origins = []
    for word in (_text("BOT_EMBED_ORIGINS") or "").split():
        origin = word.rstrip("/").lower()
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.path or parts.query or parts.fragment or parts.username:
            raise SettingsError(
                f"BOT_EMBED_ORIGINS attend des origines comme « https://www.nosemplois.fr », séparées par des espaces (reçu « {word} »)."
            )
        origins.append(origin)
    return tuple(dict.fromkeys(origins))


def api_token() -> str | None:
    """``BOT_API_TOKEN``; None keeps Rasa's HTTP API closed."""
    return _text("BOT_API_TOKEN")


def action_token() -> str | None:
    """``BOT_ACTION_TOKEN``: the secret Rasa sends to the action server; None lets the runner draw one per run."""
    return _text("BOT_ACTION_TOKEN")


def console_secret() -> str | None:
    """``BOT_CONSOLE_SECRET``; None lets the console draw one and keep it under the var folder."""
    return _text("BOT_CONSOLE_SECRET")


def console_secure_cookies() -> bool:
    """``BOT_CONSOLE_SECURE_COOKIES``: the console's cookies carry ``Secure`` (served over HTTPS)."""
    value = (_text("BOT_CONSOLE_SECURE_COOKIES") or "0").lower()
    if value not in ("0", "1", "true", "false", "oui", "non"):
        raise SettingsError(f"BOT_CONSOLE_SECURE_COOKIES doit valoir 0 ou 1 (reçu « {value} »).")
    return value in ("1", "true", "oui")


def cluster_port() -> int:
    """``BOT_CLUSTER_PORT``: nginx's port in ``make cluster``."""
    return _port("BOT_CLUSTER_PORT", DEFAULT_CLUSTER_PORT)


def rate_limit() -> str:
    """``BOT_RATE_LIMIT``: nginx's rate per client, ``<n>r/s`` or ``<n>r/m`` (its ``limit_req_zone`` syntax)."""
    value = (_text("BOT_RATE_LIMIT") or DEFAULT_RATE_LIMIT).replace(" ", "")
    if not re.fullmatch(r"[1-9][0-9]{0,6}r/[sm]", value):
        raise SettingsError(f"BOT_RATE_LIMIT s'écrit comme « 10r/s » ou « 600r/m » (reçu « {value} »).")
    return value


def smtp_url() -> str | None:
    """``BOT_SMTP_URL``; None: no e-mail is sent (the console alone shows new submissions)."""
    return _text("BOT_SMTP_URL")


def smtp_from() -> str | None:
    return _text("BOT_SMTP_FROM")


def sends_mail() -> bool:
    """Whether e-mail is configured (``BOT_SMTP_URL`` and ``BOT_SMTP_FROM``): confirmations and notices are sent."""
    return bool(smtp_url() and smtp_from())


def staff_email() -> str | None:
    return _text("BOT_STAFF_EMAIL")


def console_url() -> str:
    """``BOT_CONSOLE_URL``, else the console on this machine's web port; always ends with ``/``."""
    return (_text("BOT_CONSOLE_URL") or f"http://localhost:{web_port()}/console/").rstrip("/") + "/"


def variables_markdown() -> str:
    """The README's table of the variables (French)."""
    lines = ["| variable | par défaut | rôle |", "|---|---|---|"]
    lines += [f"| `{v.name}` | {v.default} | {v.meaning} |" for v in VARIABLES]
    return "\n".join(lines)
