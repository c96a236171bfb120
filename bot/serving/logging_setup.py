"""Logs as JSON lines, for the Rasa server and the action server alike.

Each record becomes one JSON object on one line: ``time`` (UTC, ISO 8601),
``level``, ``logger``, ``message``, and when the record belongs to a request,
``request_id`` (Sanic's request id on the action server) and ``conversation``
(the conversation's sender id hashed by :func:`conversation_id`: the id the
page draws is not personal, but a REST client may send an e-mail address as
its sender id, so the raw id is never written).

Rasa reads :data:`LOGGING_CONFIG_FILE` through ``rasa run --logging-config-file``;
the action server (:mod:`bot.serving.action_server`) applies it with
:func:`configure`. Rasa's own structured events (structlog, rendered as JSON
because the runner sets ``FORCE_JSON_LOGGING``) keep their event name and
description only: their other fields may hold what the employer typed.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import logging
import logging.config
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml

#: The ``--logging-config-file`` of Rasa and the action server.
LOGGING_CONFIG_FILE = Path(__file__).with_name("logging.yml")

#: Sanic's id of the request being served (action server), when there is one.
request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("bot_request_id", default=None)
#: :func:`conversation_id` of the conversation being served, when there is one.
conversation: contextvars.ContextVar[str | None] = contextvars.ContextVar("bot_conversation", default=None)

#: Fields a record may carry (``extra=``) that go into its line: none of them is personal data.
EXTRA_FIELDS = ("reference",)


def conversation_id(sender_id: str) -> str:
    """A short, stable stand-in for a sender id that cannot be read back (SHA-256, 16 hex digits)."""
    return hashlib.sha256(sender_id.encode("utf-8")).hexdigest()[:16]


class JsonFormatter(logging.Formatter):
    """One JSON object per record, on one line."""

    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, tz=timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": message,
        }
        if message.startswith("{") and message.endswith("}"):
            try:
                event = json.loads(message)
            except ValueError:
                event = None
            if isinstance(event, dict) and "event" in event:
                entry["event"] = str(event["event"])
                entry["message"] = str(event.get("event_info") or event["event"])
        for key in EXTRA_FIELDS:
            if hasattr(record, key):
                entry[key] = str(getattr(record, key))
        for key, var in (("request_id", request_id), ("conversation", conversation)):
            value = var.get()
            if value:
                entry[key] = value
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


class DropDeprecations(logging.Filter):
    """Leaves out the deprecation warnings of libraries (``py.warnings``): noise for whoever reads the logs."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _DEPRECATION.search(record.getMessage())


_DEPRECATION = re.compile(r"\b\w*Deprecat\w*Warning\b|\bMovedIn20Warning\b")


class JsonHandler(logging.Handler):
    """Writes formatted records to the standard error of the moment.

    Not a ``logging.StreamHandler`` on purpose: Rasa's and Rasa SDK's command
    lines call ``coloredlogs.install`` after reading the logging configuration,
    which replaces any stream handler writing to stdout or stderr with its
    coloured one. :func:`json_handler` also keeps coloredlogs from adding its
    handler beside this one.
    """

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = self.format(record)
            stream = sys.stderr
            stream.write(line + "\n")
            stream.flush()
        except Exception:  # logging must never break the server
            self.handleError(record)


def _skip_coloredlogs_when_json() -> None:
    """``coloredlogs.install`` becomes a no-op for a logger that already writes JSON lines."""
    try:
        import coloredlogs
    except ImportError:  # pragma: no cover - Rasa always brings it
        return
    install = coloredlogs.install
    if getattr(install, "_bot_json", False):
        return

    def guarded_install(level: Any = None, **kw: Any) -> Any:
        target = kw.get("logger") or logging.getLogger()
        if any(isinstance(handler, JsonHandler) for handler in target.handlers):
            return None
        return install(level, **kw)

    guarded_install._bot_json = True  # type: ignore[attr-defined]
    coloredlogs.install = guarded_install


def json_handler() -> JsonHandler:
    """Handler factory named in :data:`LOGGING_CONFIG_FILE`; warnings become log records from then on."""
    _skip_coloredlogs_when_json()
    logging.captureWarnings(True)
    handler = JsonHandler()
    handler.addFilter(DropDeprecations())
    return handler


def configure(level: int | str = logging.INFO) -> None:
    """Apply :data:`LOGGING_CONFIG_FILE` to this process, root level ``level``."""
    config = yaml.safe_load(LOGGING_CONFIG_FILE.read_text(encoding="utf-8"))
    config["root"]["level"] = logging.getLevelName(level) if isinstance(level, int) else level
    logging.config.dictConfig(config)
