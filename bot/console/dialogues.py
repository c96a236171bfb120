"""« Lancer les dialogues de test »: ``python -m bot dialogues`` in the background, its readable report shown.

The test dialogues of ``tests/dialogues/`` run against the current model with
``rasa test core`` (no server is started: the free-text replays, which start
Rasa, stay with ``make test-dialogues``). One run at a time per machine (an
``flock``); its state is a JSON file of the var folder, its Markdown report
``var/console-dialogues.md``, its output ``var/logs/console-dialogues.log``.
"""

from __future__ import annotations

import fcntl
import json
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from bot import settings
from bot.settings import ROOT


@dataclass
class RunState:
    """``step``: idle, running, done (all dialogues pass), failed (some fail, or the run broke)."""

    step: str = "idle"
    started_at: str | None = None
    finished_at: str | None = None
    started_by: str | None = None
    returncode: int | None = None

    @property
    def running(self) -> bool:
        return self.step == "running"


def report_file() -> Path:
    return settings.var_dir() / "console-dialogues.md"


def _state_file() -> Path:
    return settings.var_dir() / "console-dialogues.json"


def read_state() -> RunState:
    try:
        return RunState(**json.loads(_state_file().read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return RunState()


def read_report() -> str | None:
    try:
        return report_file().read_text(encoding="utf-8")
    except OSError:
        return None


def _write_state(state: RunState) -> None:
    path = _state_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(asdict(state)), encoding="utf-8")
    temporary.replace(path)


def command(output: Path) -> list[str]:
    return [sys.executable, "-m", "bot", "dialogues", "--sans-texte-libre", "--output", str(output)]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def start(user_name: str, make_command: Callable[[Path], list[str]] = command) -> threading.Thread | None:
    """Start a run in a thread; None when one is already running on this machine."""
    folder = settings.var_dir()
    folder.mkdir(parents=True, exist_ok=True)
    lock = open(folder / "console-dialogues.lock", "a", encoding="utf-8")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        return None
    state = RunState(step="running", started_at=_now(), started_by=user_name)
    _write_state(state)

    def run() -> None:
        log_path = folder / "logs" / "console-dialogues.log"
        try:
            log_path.parent.mkdir(parents=True, exist_ok=True)
            with log_path.open("wb") as log:
                result = subprocess.run(make_command(report_file()), cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=False)
            state.returncode = result.returncode
            state.step = "done" if result.returncode == 0 else "failed"
        except OSError:
            state.step = "failed"
        finally:
            state.finished_at = _now()
            _write_state(state)
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()

    thread = threading.Thread(target=run, name="console-dialogues", daemon=True)
    thread.start()
    return thread
