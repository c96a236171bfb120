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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
FAQ_DIR = DATA_DIR / "faq"
NLU_DIR = DATA_DIR / "nlu"
ELIGIBILITY_DIR = DATA_DIR / "eligibility"
MODELS_DIR = ROOT / "models"
#: The var folder when ``BOT_VAR_DIR`` is not set.
DEFAULT_VAR_DIR = ROOT / "var"
HELDOUT_FILE = ROOT / "tests" / "data" / "heldout.yml"
#: Held-out files, never used to train or tune; the second was written without seeing the training examples.
HELDOUT_FILES = (HELDOUT_FILE, ROOT / "tests" / "data" / "heldout-2.yml")
CONFIG_FILE = ROOT / "config.yml"
DOMAIN_FILE = ROOT / "domain.yml"
ENDPOINTS_FILE = ROOT / "endpoints.yml"
CREDENTIALS_FILE = ROOT / "credentials.yml"

#: The trained model every server loads; ``python -m bot train`` writes it.
MODEL_NAME = "current"
MODEL_FILE = MODELS_DIR / f"{MODEL_NAME}.tar.gz"

DEFAULT_RASA_PORT = 5005
DEFAULT_ACTIONS_PORT = 5055
DEFAULT_WEB_PORT = 8080
DEFAULT_WEB_HOST = "127.0.0.1"
DEFAULT_CORS_ORIGINS = "http://localhost:8080 http://127.0.0.1:8080"

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
    Variable("BOT_WEB_HOST", f"`{DEFAULT_WEB_HOST}`", "adresse d'écoute de la page web (`0.0.0.0` pour l'ouvrir au réseau)"),
    Variable("BOT_PUBLIC_RASA_URL", "`http://localhost:<BOT_RASA_PORT>`", "adresse de Rasa telle que le navigateur la voit (derrière un proxy)"),
    Variable("BOT_CORS_ORIGINS", f"`{DEFAULT_CORS_ORIGINS}`", "origines web autorisées à parler à Rasa, séparées par des espaces"),
    Variable("BOT_API_TOKEN", "aucun (API fermée)", "jeton qui ouvre l'API HTTP de Rasa ; sans lui, l'API reste fermée"),
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


def actions_port() -> int:
    return _port("BOT_ACTIONS_PORT", DEFAULT_ACTIONS_PORT)


def web_port() -> int:
    return _port("BOT_WEB_PORT", DEFAULT_WEB_PORT)


def web_host() -> str:
    return _text("BOT_WEB_HOST") or DEFAULT_WEB_HOST


def public_rasa_url(port: int | None = None) -> str:
    """Where the browser reaches Rasa: ``BOT_PUBLIC_RASA_URL``, else localhost on the Rasa port."""
    return _text("BOT_PUBLIC_RASA_URL") or f"http://localhost:{rasa_port() if port is None else port}"


def cors_origins() -> str:
    return _text("BOT_CORS_ORIGINS") or DEFAULT_CORS_ORIGINS


def api_token() -> str | None:
    """``BOT_API_TOKEN``; None keeps Rasa's HTTP API closed."""
    return _text("BOT_API_TOKEN")


def variables_markdown() -> str:
    """The README's table of the variables (French)."""
    lines = ["| variable | par défaut | rôle |", "|---|---|---|"]
    lines += [f"| `{v.name}` | {v.default} | {v.meaning} |" for v in VARIABLES]
    return "\n".join(lines)
