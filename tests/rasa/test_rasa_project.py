"""Rasa's own checks, as CI runs them: data validation and the test dialogues."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.settings import ROOT

RASA = [sys.executable, "-m", "rasa"]


def run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(RASA + args, cwd=ROOT, capture_output=True, text=True)


def test_rasa_data_validate_has_no_warning() -> None:
    result = run(["data", "validate", "--fail-on-warnings"])
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert "UserWarning" not in result.stderr, result.stderr[-3000:]


@pytest.mark.model
def test_dialogues_pass_without_prediction_errors(trained_model, tmp_path) -> None:
    result = run([
        "test", "core", "--model", str(trained_model), "--stories", "tests/dialogues",
        "--fail-on-prediction-errors", "--out", str(tmp_path / "results"),
    ])
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
