"""Progress of the long runs: a bar with the time left in a terminal, nothing more elsewhere.

A terminal is faked with a text stream whose ``isatty()`` says yes; nothing
here trains a model or starts a server.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from bot.faq.router import Scores
from bot.quality import bench, crossval, progress, training
from bot.quality.crossval import Example


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        if self.closed:
            raise ValueError("I/O operation on closed file")
        return True


@pytest.fixture
def terminal() -> FakeTerminal:
    """A screen; tests make it standard output with ``redirect_stdout`` in their body (pytest's capture resets it after fixtures)."""
    return FakeTerminal()


@pytest.fixture
def var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    return tmp_path / "var"


def test_what_counts_as_a_terminal() -> None:
    assert progress.is_terminal(FakeTerminal())
    assert not progress.is_terminal(io.StringIO())
    closed = FakeTerminal()
    closed.close()
    assert not progress.is_terminal(closed)


def test_outside_a_terminal_only_the_lines_are_printed(capsys: pytest.CaptureFixture[str]) -> None:
    with progress.progress(3, "Travail", "étapes") as bar:
        bar.write("Première partie…")
        bar.set_description_str("autre")
        bar.update()
        bar.update(2)
    assert capsys.readouterr().out == "Première partie…\n"


def test_in_a_terminal_a_bar_says_how_long_is_left(terminal: FakeTerminal) -> None:
    with redirect_stdout(terminal), progress.progress(4, "Travail", "étapes") as bar:
        bar.write("Première partie…")
        for _ in range(4):
            bar.update()
    screen = terminal.getvalue()
    assert "Première partie…" in screen
    assert "Travail : 100 %" in screen and "4/4 étapes" in screen
    assert "reste ~" in screen and "écoulé" in screen


def test_durations_are_kept_in_the_var_folder(var_dir: Path) -> None:
    assert progress.last_duration("training") is None
    progress.record_duration("training", 52.04)
    progress.record_duration("other", 3)
    assert progress.last_duration("training") == 52.0
    assert json.loads((var_dir / "durations.json").read_text(encoding="utf-8")) == {"other": 3, "training": 52.0}
    (var_dir / "durations.json").write_text("[pas du json", encoding="utf-8")
    assert progress.last_duration("training") is None
    progress.record_duration("training", 10)  # a damaged file is replaced, never fatal
    assert progress.last_duration("training") == 10


def _sleeper(seconds: float) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", f"import time; time.sleep({seconds})"])


def test_waiting_against_an_estimate(terminal: FakeTerminal) -> None:
    with redirect_stdout(terminal):
        assert progress.wait_with_estimate(_sleeper(1.2), "Entraînement", estimate=3) == 0
    screen = terminal.getvalue()
    assert "Entraînement :" in screen and "reste ~" in screen
    assert "100 %" in screen  # a run that ends fills the bar, even before the estimate


def test_waiting_without_an_estimate_shows_the_time_spent(terminal: FakeTerminal) -> None:
    with redirect_stdout(terminal):
        assert progress.wait_with_estimate(_sleeper(0.6), "Entraînement", estimate=None) == 0
    assert "Entraînement : 00:0" in terminal.getvalue()


def test_waiting_outside_a_terminal_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert progress.wait_with_estimate(_sleeper(0.1), "Entraînement", estimate=5) == 0
    assert capsys.readouterr().out == ""


# --- training ---------------------------------------------------------------------------------


def _fake_training(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.6) -> None:
    """Rasa training replaced by a short process that writes the model file."""

    def command(models_dir: Path) -> list[str]:
        model = models_dir / training.MODEL_FILE.name
        code = (
            f"import time, pathlib; time.sleep({seconds}); model = pathlib.Path({str(model)!r}); "
            "model.parent.mkdir(parents=True, exist_ok=True); model.write_bytes(b'model'); print('Rasa dit bonjour')"
        )
        return [sys.executable, "-c", code]

    monkeypatch.setattr(training, "training_command", command)


def test_training_estimates_the_time_left_from_the_last_training(
    terminal: FakeTerminal, var_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_training(monkeypatch)
    progress.record_duration(training.DURATION_KEY, 4)
    with redirect_stdout(terminal):
        model = training.ensure_model(tmp_path / "models", force=True)
    assert model.read_bytes() == b"model"
    screen = terminal.getvalue()
    assert "Entraînement :" in screen and "sur ~4 s" in screen and "reste ~" in screen
    assert "Modèle entraîné en" in screen
    assert 0 < progress.last_duration(training.DURATION_KEY) < 4  # this training is the next estimate
    assert "Rasa dit bonjour" in (var_dir / "logs" / "train.log").read_text(encoding="utf-8")


def test_training_outside_a_terminal_prints_what_it_always_did(
    capsys: pytest.CaptureFixture[str], var_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fake_training(monkeypatch, seconds=0.1)
    training.ensure_model(tmp_path / "models", force=True)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Entraînement du modèle (les données, le domaine ou la configuration ont changé)…"
    assert lines[1].startswith("Modèle entraîné en ") and len(lines) == 2
    assert progress.last_duration(training.DURATION_KEY) is not None


# --- cross-validation ---------------------------------------------------------------------------


class FakeScorer:
    """Right on odd-numbered questions, wrong (entry « b ») on even ones; instant."""

    def __init__(self) -> None:
        self.vocabulary: frozenset[str] = frozenset()

    def fit(self, texts: list[str], labels: list[str]) -> FakeScorer:
        self.vocabulary = frozenset(word for text in texts for word in text.split())
        return self

    def scores(self, texts: list[str]) -> list[Scores]:
        result = []
        for text in texts:
            words = text.split()
            entry, number = words[-2], int(words[-1])
            if entry == "meteo":
                result.append(Scores([("a", 0.1), ("b", 0.1)], [("out_of_scope", 0.8)]))
            elif number % 2:
                result.append(Scores([(entry, 0.85), ("c", 0.05)], [("out_of_scope", 0.1)]))
            else:
                result.append(Scores([("b" if entry != "b" else "a", 0.6), (entry, 0.3)], [("out_of_scope", 0.1)]))
        return result


def _examples() -> list[Example]:
    examples = [Example(f"question sur la formation {entry} {n}", f"faq/{entry}") for entry in "abc" for n in range(8)]
    return examples + [Example(f"question sur la meteo {n}", "out_of_scope") for n in range(8)]


def test_crossval_counts_its_steps_in_a_terminal(terminal: FakeTerminal, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(crossval.CANDIDATES, "factice", FakeScorer)
    with redirect_stdout(terminal):
        results = crossval.run(["factice"], _examples(), folds=2)
    assert results[0].name == "factice"
    total = crossval.steps_per_candidate(2)
    screen = terminal.getvalue()
    assert "Validation croisée (2 plis) : factice…" in screen
    assert f"{total}/{total} étapes" in screen and "reste ~" in screen


def test_crossval_outside_a_terminal_prints_its_line_only(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(crossval.CANDIDATES, "factice", FakeScorer)
    crossval.run(["factice"], _examples(), folds=2)
    assert capsys.readouterr().out == "Validation croisée (2 plis) : factice…\n"


# --- bench ---------------------------------------------------------------------------------------


def test_bench_counts_every_turn_it_sends(terminal: FakeTerminal, monkeypatch: pytest.MonkeyPatch) -> None:
    sent: list[tuple[str, str]] = []

    def fake_send(url: str, sender: str, message: str) -> tuple[int, list[dict]]:
        sent.append((sender, message))
        return 200, []

    monkeypatch.setattr(bench, "send", fake_send)
    total = bench.turn_count(8)
    with redirect_stdout(terminal), progress.progress(total, "Tours mesurés", "tours") as bar:
        results = bench.measure_turns("http://127.0.0.1:1", 8, bar)
    assert len(sent) == total == 8 + 8 + 2 * len(bench.FORM_TURNS)
    assert (results["faq_turns"], results["form_turns"]) == (8, 2 * len(bench.FORM_TURNS))
    assert f"{total}/{total} tours" in terminal.getvalue()
