"""Logs as JSON lines (bot/serving/logging_setup.py, bot/serving/logging.yml)."""

from __future__ import annotations

import json
import logging
import subprocess
import sys

import yaml

from bot.serving import logging_setup
from bot.serving.logging_setup import LOGGING_CONFIG_FILE, JsonFormatter, conversation_id


def _record(message: str, *args: object, **extra: object) -> logging.LogRecord:
    record = logging.LogRecord("bot.test", logging.INFO, __file__, 1, message, args, None)
    for key, value in extra.items():
        setattr(record, key, value)
    return record


def test_a_record_is_one_json_object_on_one_line() -> None:
    line = JsonFormatter().format(_record("submission stored %s", "1E1F-2026-000001", reference="1E1F-2026-000001"))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "INFO" and entry["logger"] == "bot.test"
    assert entry["message"] == "submission stored 1E1F-2026-000001"
    assert entry["reference"] == "1E1F-2026-000001"
    assert entry["time"].endswith("+00:00")
    assert "request_id" not in entry and "conversation" not in entry


def test_the_request_and_the_hashed_conversation_are_added_when_known() -> None:
    request = logging_setup.request_id.set("req-1")
    talk = logging_setup.conversation.set(conversation_id("marie.dupont@example.fr"))
    try:
        entry = json.loads(JsonFormatter().format(_record("action called")))
    finally:
        logging_setup.request_id.reset(request)
        logging_setup.conversation.reset(talk)
    assert entry["request_id"] == "req-1"
    assert entry["conversation"] == conversation_id("marie.dupont@example.fr")
    assert "marie" not in json.dumps(entry)
    assert conversation_id("a") != conversation_id("b") and len(conversation_id("a")) == 16


def test_rasa_structlog_events_keep_their_name_not_their_fields() -> None:
    event = json.dumps({"event": "processor.message.received", "event_info": "Message reçu", "text": "SIRET 73282932000074", "level": "info"})
    entry = json.loads(JsonFormatter().format(_record(event)))
    assert entry["event"] == "processor.message.received" and entry["message"] == "Message reçu"
    assert "73282932000074" not in json.dumps(entry)


def test_an_exception_is_one_field_of_the_line() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord("bot.test", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    line = JsonFormatter().format(record)
    assert "\n" not in line and "ValueError" in json.loads(line)["exception"]


_CONFIGURED_PROCESS = """
import logging, coloredlogs
from bot.serving import logging_setup
from bot.serving.logging_setup import JsonHandler
logging_setup.configure("INFO")
coloredlogs.install(level="INFO")  # what Rasa's command line does next: must not take over
assert [type(h) for h in logging.getLogger().handlers] == [JsonHandler], logging.getLogger().handlers
logging.getLogger("rasa.core.test").info("ready")
logging.getLogger("sanic.error").error("broken")
"""


def test_the_config_file_sends_everything_through_the_json_handler() -> None:
    """Run in a child process: configuring logging for good is what a server does once,
    and a test process must not keep handlers bound to pytest's captured streams."""
    config = yaml.safe_load(LOGGING_CONFIG_FILE.read_text(encoding="utf-8"))
    assert config["root"]["handlers"] == ["json"]
    assert all(logger["handlers"] == ["json"] for logger in config["loggers"].values())
    child = subprocess.run([sys.executable, "-c", _CONFIGURED_PROCESS], capture_output=True, text=True, timeout=120, check=False)
    assert child.returncode == 0, child.stderr[-2000:]
    lines = [json.loads(line) for line in child.stderr.splitlines()]
    assert [(e["logger"], e["message"]) for e in lines] == [("rasa.core.test", "ready"), ("sanic.error", "broken")]


def test_library_deprecation_warnings_are_left_out() -> None:
    drop = logging_setup.DropDeprecations()
    assert not drop.filter(_record("/venv/sanic_cors/extension.py:39: DeprecationWarning: distutils Version classes are deprecated."))
    assert not drop.filter(_record("x.py:66: PyparsingDeprecationWarning: 'setParseAction' deprecated"))
    assert not drop.filter(_record("tracker_store.py:1044: MovedIn20Warning: Deprecated API features detected!"))
    assert drop.filter(_record("utils.py:245: UserWarning: You are using an old version of rasa"))
