"""« Lancer les dialogues de test »: ``python -m bot dialogues`` in the background, its readable report shown.

The test dialogues of ``tests/dialogues/`` run against the current model with
``rasa test core`` (no server is started: the free-text replays, which start
Rasa, stay with ``make test-dialogues``). One run at a time per machine (an
``flock``); its state is a JSON file of the var folder, its Markdown report
``var/console-dialogues.md``, its output ``var/logs/console-dialogues.log``.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot import settings
from bot.console import jobs
from bot.settings import ROOT

KIND = "dialogues"


@dataclass
class RunState(jobs.JobStateBase):
    """``step``: idle, running, done (all dialogues pass), failed (some fail, or the run broke)."""

    RUNNING_STEPS = ("running",)

    returncode: int | None = None


def report_file() -> Path:
    return settings.var_dir() / "console-dialogues.md"


def read_state() -> RunState:
    return jobs.read_state(KIND, RunState)


def read_report() -> str | None:
    try:
        return report_file().read_text(encoding="utf-8")
    except OSError:
        return None


def command(output: Path) -> list[str]:
    return [sys.executable, "-m", "bot", "dialogues", "--sans-texte-libre", "--output", str(output)]


def start(user_name: str, make_command: Callable[[Path], list[str]] = command) -> threading.Thread | None:
    """Start a run in a thread; None when one is already running on this machine."""
    state = RunState(step="running", started_at=jobs.now(), started_by=user_name)

    def run() -> None:
        log_path = settings.var_dir() / "logs" / "console-dialogues.log"
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("wb") as log:
                result = subprocess.run(make_command(report_file()), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=False)
            state.returncode = result.returncode
            state.step = "done" if result.returncode == 0 else "failed"
        except OSError:
            state.step = "failed"
        finally:
            state.finished_at = jobs.now()
            jobs.write_state(KIND, state)

    return jobs.start_alone(KIND, lambda: jobs.write_state(KIND, state), run)
