"""The action server refuses callers without the shared secret (bot/serving/action_server.py).

One real server process on a free loopback port for the module: ``/health``
stays open, ``/webhook`` and ``/actions`` need the ``X-Bot-Action-Token``
header, and with it an action runs as it does under ``python -m rasa_sdk``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.serving.action_server import TOKEN_HEADER, main, token_matches
from bot.serving.ports import free_port
from bot.settings import ROOT

TOKEN = "jeton-de-test-0123456789"


def _call(url: str, body: dict[str, Any] | None = None, token: str | None = None) -> tuple[int, Any]:
    headers = {"Content-Type": "application/json"}
    if token is not None:
        headers[TOKEN_HEADER] = token
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers=headers, method="POST" if body is not None else "GET")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    work = tmp_path_factory.mktemp("actions")
    port = free_port()
    env = {**os.environ, "BOT_ACTION_TOKEN": TOKEN, "BOT_VAR_DIR": str(work), "PYTHONPATH": str(ROOT)}
    log = work / "actions.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot.serving.action_server", "--port", str(port)], cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, log.read_text(errors="replace")
            try:
                if _call(f"{url}/health")[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError):
                pass
            assert time.monotonic() < deadline, "the action server did not start"
            time.sleep(0.2)
        yield url, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def _action_call(action: str) -> dict[str, Any]:
    tracker = {
        "sender_id": "employeur@example.fr",
        "slots": {},
        "latest_message": {"text": "", "intent": {}, "entities": []},
        "events": [],
        "active_loop": {},
        "latest_action_name": "action_listen",
    }
    return {"next_action": action, "sender_id": tracker["sender_id"], "tracker": tracker, "domain": {}, "version": "3.6.0"}


def test_the_token_is_compared_whole() -> None:
    assert token_matches(TOKEN, TOKEN)
    assert not token_matches(TOKEN[:-1], TOKEN)
    assert not token_matches(TOKEN + "x", TOKEN)
    assert not token_matches(None, TOKEN)
    assert not token_matches("", "")


def test_health_stays_open(server: tuple[str, Path]) -> None:
    url, _ = server
    assert _call(f"{url}/health") == (200, {"status": "ok"})


@pytest.mark.parametrize("token", [None, "", "mauvais-jeton", TOKEN[:-1]], ids=["none", "empty", "wrong", "prefix"])
def test_a_call_without_the_right_token_gets_401(server: tuple[str, Path], token: str | None) -> None:
    url, _ = server
    status, body = _call(f"{url}/webhook", _action_call("action_ask_contract_type"), token=token)
    assert status == 401
    assert body["error"] == "unauthorized"
    status, _ = _call(f"{url}/actions", token=token)
    assert status == 401


def test_with_the_token_an_action_runs(server: tuple[str, Path]) -> None:
    url, _ = server
    status, body = _call(f"{url}/webhook", _action_call("action_ask_contract_type"), token=TOKEN)
    assert status == 200
    assert body["responses"] and body["responses"][0]["text"]
    status, actions = _call(f"{url}/actions", token=TOKEN)
    assert status == 200 and {"name": "action_submit_hiring_intent"} in actions


def test_its_logs_are_json_lines_without_the_sender_id(server: tuple[str, Path]) -> None:
    url, log = server
    _call(f"{url}/webhook", _action_call("action_ask_contract_type"), token="mauvais-jeton")
    _call(f"{url}/webhook", _action_call("no_such_action"), token=TOKEN)
    time.sleep(0.5)  # let the server flush its last line; no timing is asserted
    text = log.read_text(encoding="utf-8")
    entries = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    assert entries and all({"time", "level", "logger", "message"} <= set(entry) for entry in entries)
    refused = [entry for entry in entries if "refused" in entry["message"]]
    assert refused and all(entry.get("request_id") for entry in refused)
    assert any(entry.get("conversation") for entry in entries)
    assert "employeur@example.fr" not in text


def test_it_will_not_start_without_a_secret(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("BOT_ACTION_TOKEN", raising=False)
    assert main(["--port", "1"]) == 2
    assert "BOT_ACTION_TOKEN n'est pas défini" in capsys.readouterr().err
