"""« Réentraîner »: the held-out guard, the live swap through Rasa's PUT /model, one job at a time, the page (no real training)."""

from __future__ import annotations

import json
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import IO

import pytest

from bot.console import retrain
from bot.console.app import create_app
from bot.console.retrain import JobState, Steps, guard, load_in_rasa, read_state

CURRENT = {"heldout.yml": {"top1": 0.80, "oos_rejection": 0.90}, "heldout-2.yml": {"top1": 0.75, "oos_rejection": 0.85}}
BETTER = {"heldout.yml": {"top1": 0.82, "oos_rejection": 0.90}, "heldout-2.yml": {"top1": 0.75, "oos_rejection": 0.86}}
WORSE = {"heldout.yml": {"top1": 0.83, "oos_rejection": 0.90}, "heldout-2.yml": {"top1": 0.75, "oos_rejection": 0.80}}


def test_guard() -> None:
    assert guard(CURRENT, CURRENT) == [], "not worse is enough"
    assert guard(CURRENT, BETTER) == []
    assert guard(CURRENT, WORSE) == ["heldout-2.yml : hors sujet sans réponse de FAQ 85,0% → 80,0%"]
    assert guard(CURRENT, {"heldout.yml": CURRENT["heldout.yml"]}) != [], "a missing figure refuses"


class FakeRasa(BaseHTTPRequestHandler):
    calls: list[tuple[str, str, dict]] = []

    def do_PUT(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        FakeRasa.calls.append((self.command, self.path, body))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def rasa() -> Iterator[str]:
    FakeRasa.calls = []
    server = HTTPServer(("127.0.0.1", 0), FakeRasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_load_in_rasa(rasa: str, tmp_path: Path) -> None:
    assert load_in_rasa(tmp_path / "m.tar.gz", [rasa], token="") is False, "no token: the API is closed, nothing sent"
    assert load_in_rasa(tmp_path / "m.tar.gz", [rasa, rasa], token="s3cr&t") is True  # every Rasa server of the cluster
    assert FakeRasa.calls == [("PUT", "/model?token=s3cr%26t", {"model_file": str(tmp_path / "m.tar.gz")})] * 2


def fake_steps(tmp_path: Path, rasa: str, candidate: dict, gate: threading.Event | None = None, fail: bool = False) -> Steps:
    current = tmp_path / "models" / "current.tar.gz"
    current.parent.mkdir(exist_ok=True)
    current.write_bytes(b"old model")

    def train(folder: Path, log: IO[bytes]) -> Path:
        if gate is not None:
            gate.wait(30)
        if fail:
            raise subprocess.CalledProcessError(1, ["rasa", "train"])
        model = folder / "candidate.tar.gz"
        model.write_bytes(b"new model")
        return model

    def evaluate(model: Path, log: IO[bytes]) -> dict:
        return CURRENT if model == current else candidate

    def install(model: Path) -> Path:
        current.write_bytes(model.read_bytes())
        return current

    return Steps(train=train, evaluate=evaluate, install=install, load=lambda m: load_in_rasa(m, [rasa], token="jeton"),
                 current_model=current, expected_seconds=lambda: 120.0)


@pytest.fixture(autouse=True)
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    return tmp_path / "var"


def test_a_better_model_is_swapped_in_live(tmp_path: Path, rasa: str) -> None:
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER))
    assert thread is not None
    thread.join(30)
    state = read_state()
    assert state.step == "done" and "sans arrêter" in state.message and state.started_by == "eric"
    assert state.current == CURRENT and state.candidate == BETTER
    assert (tmp_path / "models" / "current.tar.gz").read_bytes() == b"new model"
    assert [c[1] for c in FakeRasa.calls] == ["/model?token=jeton"]


def test_a_worse_model_is_refused_and_says_why(tmp_path: Path, rasa: str) -> None:
    ended: list[JobState] = []
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, WORSE), ended.append)
    assert thread is not None
    thread.join(30)
    state = read_state()
    assert state.step == "refused" and state.drops == ["heldout-2.yml : hors sujet sans réponse de FAQ 85,0% → 80,0%"]
    assert (tmp_path / "models" / "current.tar.gz").read_bytes() == b"old model", "the running model is kept"
    assert FakeRasa.calls == [] and ended and ended[0].step == "refused"


def test_one_job_at_a_time_and_failures(tmp_path: Path, rasa: str) -> None:
    gate = threading.Event()
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER, gate))
    assert thread is not None and read_state().running
    assert retrain.start("ada", fake_steps(tmp_path, rasa, BETTER)) is None
    gate.set()
    thread.join(30)
    thread = retrain.start("ada", fake_steps(tmp_path, rasa, BETTER, fail=True))
    assert thread is not None
    thread.join(30)
    state = read_state()
    assert state.step == "failed" and "CalledProcessError" in state.message and "garde son modèle" in state.message


def test_the_page(store, intents, tmp_path: Path, rasa: str) -> None:
    from tests.console.console_support import login

    gate = threading.Event()
    app = create_app(store, intents, secret="s", secure_cookies=False, retrain_steps=fake_steps(tmp_path, rasa, BETTER, gate))
    client = app.test_client()
    login(client, "agnes")
    assert client.get("/console/reentrainement").status_code == 403
    client = app.test_client()
    login(client, "eric")
    page = client.get("/console/reentrainement").get_data(as_text=True)
    assert "aucun réentraînement lancé" in page and 'http-equiv="refresh"' not in page
    token = page.split('name="csrf" value="')[1].split('"')[0]
    assert client.post("/console/reentrainement", data={}).status_code == 400
    page = client.post("/console/reentrainement", data={"csrf": token}, follow_redirects=True).get_data(as_text=True)
    assert "entraînement en cours" in page and 'http-equiv="refresh"' in page and "<progress" in page
    assert "Réentraîner</button>" not in page, "no second start while one runs"
    gate.set()
    for _ in range(100):
        if not read_state().running:
            break
        threading.Event().wait(0.05)
    page = client.get("/console/reentrainement").get_data(as_text=True)
    assert "nouveau modèle en service" in page and "82,0 %" in page
    actions = [e.action for e in store.journal()]
    assert "retrain_started" in actions and "model_swapped" in actions


def test_evaluation_figures_are_read_from_bot_eval_json(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """evaluate_model reads what ``python -m bot eval --json`` writes (bot.quality.evaluation.write_json)."""
    from bot.quality.evaluation import EvalReport, write_json

    calls: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess:
        calls.append(command)
        output = Path(command[command.index("--json") + 1])
        reports = {Path("heldout.yml"): [EvalReport(total=10, top1=8, oos_total=4, oos_rejected=3), EvalReport(name="peer", total=10, top1=1)]}
        write_json(reports, output)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(retrain.subprocess, "run", fake_run)
    model = tmp_path / "candidate.tar.gz"
    with (tmp_path / "log").open("wb") as log:
        assert retrain.evaluate_model(model, log) == {"heldout.yml": {"top1": 0.8, "oos_rejection": 0.75}}, "the assistant's row, not a peer's"
    assert calls[0][1:6] == ["-m", "bot", "eval", "--model", str(model)]
