"""The activity report framed in the console, and the test dialogues run from it (with a stand-in command)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from bot.console import dialogues
from bot.console.app import create_app
from bot.console.conversations import Conversations


@pytest.fixture(autouse=True)
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    return tmp_path / "var"


def fake_command(gate_file: Path | None = None, code: int = 0) -> object:
    """A stand-in for ``python -m bot dialogues``: writes a report (with markup in it), waits for a file, exits with ``code``."""
    def make(output: Path) -> list[str]:
        script = (
            "import pathlib, sys, time\n"
            f"gate = {str(gate_file)!r} if {gate_file is not None} else None\n"
            "while gate and not pathlib.Path(gate).exists(): time.sleep(0.05)\n"
            f"pathlib.Path({str(output)!r}).write_text('# Dialogues de test\\n\\n3 dialogues, 2 réussis <script>x</script>\\n', encoding='utf-8')\n"
            f"sys.exit({code})\n"
        )
        return [sys.executable, "-c", script]
    return make


def wait_idle() -> None:
    for _ in range(200):
        if not dialogues.read_state().running:
            return
        time.sleep(0.05)


def test_report_in_a_frame(store, intents, tmp_path: Path) -> None:
    from tests.console.console_support import login

    app = create_app(store, intents, Conversations(f"sqlite:///{tmp_path / 'absent.db'}"), secret="s", secure_cookies=False)
    client = app.test_client()
    login(client, "agnes")
    page = client.get("/console/rapport?jours=7")
    assert '<iframe class="report"' in page.get_data(as_text=True) and "frame-src 'self'" in page.headers["Content-Security-Policy"]
    framed = client.get("/console/rapport/page?jours=7")
    html = framed.get_data(as_text=True)
    assert framed.status_code == 200 and '<html lang="fr">' in html and "<script" not in html
    assert "frame-ancestors 'self'" in framed.headers["Content-Security-Policy"] and "script-src" not in framed.headers["Content-Security-Policy"]
    assert framed.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert client.get("/console/rapport?jours=12345").status_code == 200, "an unknown period falls back to 30 days"
    assert client.get("/console/dialogues").status_code == 403, "agents do not run the dialogues"


def test_dialogues_run_and_report(store, intents, tmp_path: Path) -> None:
    from tests.console.console_support import login

    gate = tmp_path / "go"
    app = create_app(store, intents, secret="s", secure_cookies=False, dialogue_command=fake_command(gate))
    client = app.test_client()
    login(client, "eric")
    page = client.get("/console/dialogues").get_data(as_text=True)
    assert "aucun essai lancé" in page and "Dernier rapport" not in page
    token = page.split('name="csrf" value="')[1].split('"')[0]
    page = client.post("/console/dialogues", data={"csrf": token}, follow_redirects=True).get_data(as_text=True)
    assert "État : en cours" in page and 'http-equiv="refresh"' in page
    again = client.post("/console/dialogues", data={"csrf": token}, follow_redirects=True).get_data(as_text=True)
    assert "tournent déjà" in again
    gate.write_text("")
    wait_idle()
    page = client.get("/console/dialogues").get_data(as_text=True)
    assert "tous les dialogues passent" in page and "3 dialogues, 2 réussis &lt;script&gt;x&lt;/script&gt;" in page
    assert "dialogues_started" in [e.action for e in store.journal()]


def test_a_failing_run_says_so(store, intents) -> None:
    thread = dialogues.start("eric", fake_command(code=1))
    assert thread is not None
    thread.join(30)
    assert dialogues.read_state().step == "failed" and dialogues.read_state().returncode == 1


def test_real_command_line() -> None:
    from bot.cli import build_parser

    command = dialogues.command(Path("/tmp/x.md"))
    assert command[1:3] == ["-m", "bot"]
    args = build_parser().parse_args(command[3:])
    assert args.func.__name__ == "_dialogues" and args.free_text is False and args.output == "/tmp/x.md"
