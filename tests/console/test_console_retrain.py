"""« Réentraîner »: thresholds chosen first, the held-out guard, the live swap through Rasa's PUT /model (config.yml
replaced only then), one job at a time, the page, ``crossval --config-out`` (no real training nor cross-validation)."""

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

#: A config.yml in the shape ``bot.quality.crossval.write_config`` rewrites (tests never touch the real one).
CONFIG = """language: fr

pipeline:
  # The comment stays.
  - name: bot.rasa_plugins.faq_classifier.FaqClassifier
    answer_threshold: 0.7
    suggest_threshold: 0.2
    intent_threshold: 0.3
    calibration:
      weights: [1.0, 2.0]
      bias: -0.5

policies:
  - name: RulePolicy
"""
CHOSEN_CONFIG = CONFIG.replace("answer_threshold: 0.7", "answer_threshold: 0.65")


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


def fake_steps(
    tmp_path: Path, rasa: str, candidate: dict, gate: threading.Event | None = None, fail: str = "",
    gate_at: str = "train", calls: list[str] | None = None,
) -> Steps:
    """Steps that write small files instead of running Rasa; ``fail``: the step that raises;
    ``calls``: what each step saw, in order."""
    current = tmp_path / "models" / "current.tar.gz"
    current.parent.mkdir(exist_ok=True)
    current.write_bytes(b"old model")
    config = tmp_path / "config.yml"
    config.write_text(CONFIG, encoding="utf-8")
    seen = calls if calls is not None else []

    def wait(step: str) -> None:
        if gate is not None and gate_at == step:
            gate.wait(30)
        if fail == step:
            raise subprocess.CalledProcessError(1, [step])

    def choose_thresholds(folder: Path, log: IO[bytes]) -> Path:
        wait("thresholds")
        chosen = folder / "config.yml"
        chosen.write_text(CHOSEN_CONFIG, encoding="utf-8")
        seen.append("thresholds")
        return chosen

    def train(folder: Path, chosen: Path, log: IO[bytes]) -> Path:
        wait("train")
        seen.append(f"train with {chosen.relative_to(tmp_path)}")
        model = folder / "candidate.tar.gz"
        model.write_bytes(b"new model")
        return model

    def evaluate(model: Path, log: IO[bytes]) -> dict:
        seen.append(f"evaluate {model.name}")
        return CURRENT if model == current else candidate

    def install(model: Path) -> Path:
        wait("install")
        seen.append("install, config.yml " + ("chosen" if config.read_text(encoding="utf-8") == CHOSEN_CONFIG else "old"))
        current.write_bytes(model.read_bytes())
        return current

    return Steps(choose_thresholds=choose_thresholds, train=train, evaluate=evaluate, install=install,
                 load=lambda m: load_in_rasa(m, [rasa], token="jeton"), current_model=current, config_file=config,
                 expected_seconds=lambda: 120.0)


@pytest.fixture(autouse=True)
def var(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    return tmp_path / "var"


def test_a_better_model_is_swapped_in_live(tmp_path: Path, rasa: str) -> None:
    calls: list[str] = []
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER, calls=calls))
    assert thread is not None
    thread.join(30)
    state = read_state()
    assert state.step == "done" and "sans arrêter" in state.message and state.started_by == "eric"
    assert state.current == CURRENT and state.candidate == BETTER
    assert (state.answer_before, state.answer_after) == (0.7, 0.65)
    assert calls == [
        "thresholds", "train with var/candidate/config.yml", "evaluate candidate.tar.gz", "evaluate current.tar.gz",
        "install, config.yml chosen",
    ], "thresholds first, training on their config, config.yml replaced before install (its fingerprint covers it)"
    assert (tmp_path / "config.yml").read_text(encoding="utf-8") == CHOSEN_CONFIG
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
    assert (tmp_path / "config.yml").read_text(encoding="utf-8") == CONFIG, "and its thresholds"
    assert (state.answer_before, state.answer_after) == (0.7, 0.65)
    assert FakeRasa.calls == [] and ended and ended[0].step == "refused"


def test_one_job_at_a_time_and_failures(tmp_path: Path, rasa: str) -> None:
    gate = threading.Event()
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER, gate))
    assert thread is not None and read_state().running
    assert retrain.start("ada", fake_steps(tmp_path, rasa, BETTER)) is None
    gate.set()
    thread.join(30)
    thread = retrain.start("ada", fake_steps(tmp_path, rasa, BETTER, fail="train"))
    assert thread is not None
    thread.join(30)
    state = read_state()
    assert state.step == "failed" and "CalledProcessError" in state.message and "garde son modèle" in state.message
    assert (tmp_path / "config.yml").read_text(encoding="utf-8") == CONFIG


@pytest.mark.parametrize("step", ["thresholds", "install"])
def test_a_failure_leaves_config_yml_and_the_model(tmp_path: Path, rasa: str, step: str) -> None:
    calls: list[str] = []
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER, fail=step, calls=calls))
    assert thread is not None
    thread.join(30)
    assert read_state().step == "failed"
    assert (tmp_path / "config.yml").read_text(encoding="utf-8") == CONFIG, "put back when the model could not be installed"
    assert (tmp_path / "models" / "current.tar.gz").read_bytes() == b"old model" and FakeRasa.calls == []
    if step == "thresholds":
        assert calls == [], "no training without thresholds"


def test_the_estimate_counts_the_choice_of_thresholds(tmp_path: Path, rasa: str, var: Path) -> None:
    from bot.quality.progress import DURATIONS_FILE, record_duration

    assert retrain.Steps().expected_seconds() is None, "no training yet on this machine"
    record_duration("training", 100.0)
    assert retrain.Steps().expected_seconds() == 100.0
    thread = retrain.start("eric", fake_steps(tmp_path, rasa, BETTER))
    assert thread is not None
    thread.join(30)
    recorded = json.loads((var / DURATIONS_FILE).read_text(encoding="utf-8"))
    assert retrain.THRESHOLDS_DURATION_KEY in recorded, "the choice of thresholds is timed like the training"
    record_duration(retrain.THRESHOLDS_DURATION_KEY, 35.0)
    record_duration("training", 100.0)
    assert retrain.Steps().expected_seconds() == 135.0


def test_the_page(store, intents, tmp_path: Path, rasa: str) -> None:
    from tests.console.console_support import login

    gate = threading.Event()
    app = create_app(store, intents, secret="s", secure_cookies=False,
                     retrain_steps=fake_steps(tmp_path, rasa, BETTER, gate, gate_at="thresholds"))
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
    assert "choix des seuils de réponse" in page and 'http-equiv="refresh"' in page and "<progress" in page
    assert "Réentraîner</button>" not in page, "no second start while one runs"
    gate.set()
    for _ in range(100):
        if not read_state().running:
            break
        threading.Event().wait(0.05)
    page = client.get("/console/reentrainement").get_data(as_text=True)
    assert "nouveau modèle en service" in page and "82,0 %" in page
    assert "Seuil de réponse directe, choisi par validation croisée : 0,7 → 0,65." in page
    assert page.count('name="csrf" value="') == 2 and 'action="/console/reentrainement"' in page, "logout's form and the start form"
    assert "Réentraîner</button>" in page
    actions = [e.action for e in store.journal()]
    assert "retrain_started" in actions and "model_swapped" in actions

    retrain._write_state(JobState(step="training", started_at="2026-11-27T09:00:00+00:00", started_by="eric", expected_seconds=60.0))
    page = client.get("/console/reentrainement").get_data(as_text=True)
    assert "entraînement en cours" in page and "<progress" in page and "Seuil de réponse directe" not in page
    retrain._write_state(JobState(step="refused", started_by="eric", answer_before=0.7, answer_after=0.65, drops=["heldout.yml : …"]))
    page = client.get("/console/reentrainement").get_data(as_text=True)
    assert "0,7 → 0,65 (non appliqué : l'assistant garde 0,7)." in page


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


def test_the_real_steps_run_crossval_then_rasa_on_its_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []

    def fake_run(command: list[str], **kwargs: object) -> subprocess.CompletedProcess:
        calls.append(command)
        return subprocess.CompletedProcess(command, 0)

    monkeypatch.setattr(retrain.subprocess, "run", fake_run)
    with (tmp_path / "log").open("wb") as log:
        chosen = retrain.choose_thresholds(tmp_path, log)
        retrain.train_candidate(tmp_path, chosen, log)
    assert chosen == tmp_path / "config.yml"
    assert calls[0][1:] == ["-m", "bot", "crossval", "--candidate", "assistant", "--config-out", str(chosen)]
    assert calls[1][1:4] == ["-m", "rasa", "train"] and calls[1][calls[1].index("--config") + 1] == str(chosen)


def test_crossval_config_out_writes_a_copy_and_nothing_else(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """``python -m bot crossval --config-out``: config.yml copied with the assistant's choice; config.yml and reports/ untouched."""
    from bot import cli
    from bot.faq.router import Calibration
    from bot.quality import crossval

    config = tmp_path / "config.yml"
    config.write_text(CONFIG, encoding="utf-8")
    monkeypatch.setattr("bot.settings.CONFIG_FILE", config)
    monkeypatch.setattr(crossval, "REPORT_DIR", tmp_path / "reports")
    monkeypatch.setattr(crossval, "write_report", lambda *args, **kwargs: pytest.fail("no report with --config-out"))
    asked: list[tuple[list[str], int]] = []

    def fake_run(names: list[str], examples: object = None, folds: int = crossval.FOLDS) -> list[crossval.CandidateResult]:
        asked.append((list(names), folds))
        chosen = crossval.CurvePoint(answer=0.65, suggest=0.3, top1=0.8, top3=0.9, wrong=0.05, oos_rejection=0.92)
        return [crossval.CandidateResult(crossval.ASSISTANT_CANDIDATE, chosen, Calibration((1.5, -2.0), 0.25), [chosen], 1.0, [])]

    monkeypatch.setattr(crossval, "run", fake_run)
    output = tmp_path / "var" / "candidate" / "config.yml"
    assert cli.main(["crossval", "--candidate", "assistant", "--config-out", str(output)]) == 0
    assert asked == [(["assistant"], 5)]
    assert config.read_text(encoding="utf-8") == CONFIG and not (tmp_path / "reports").exists()
    written = crossval.configured_thresholds(output)
    assert (written.answer, written.suggest, written.calibration) == (0.65, 0.3, Calibration((1.5, -2.0), 0.25))
    assert "# The comment stays." in output.read_text(encoding="utf-8")
    assert retrain.answer_threshold(output) == 0.65, "what the page reads"
    assert "réponse directe 0.65, suggestions 0.3" in capsys.readouterr().out

    assert cli.main(["crossval", "--config-out", str(output)]) == 0 and asked[-1] == (["assistant"], 5), "the assistant only"
    assert cli.main(["crossval", "--candidate", "pair exemple le plus proche (rapidfuzz)", "--config-out", str(output)]) == 2
    assert "--candidate assistant" in capsys.readouterr().err
