"""« Réentraîner »: train a candidate model in the background, keep it only if it is not worse, swap it in live.

One job at a time per machine (an ``flock`` on ``var/console-retrain.lock``),
run in a thread of the web server; its state is a small JSON file in the var
folder that every request reads, so the page shows the progress wherever the
job runs. The steps, each a subprocess so that the web server never loads a
model:

1. **training**: ``rasa train`` to ``var/candidate/`` (the running model is
   untouched); the progress is the elapsed time against the last training's
   duration on this machine (:mod:`bot.quality.progress`);
2. **evaluation**: ``python -m bot eval --json`` for the candidate and for the
   running model, on the two held-out sets;
3. **guard**: on each held-out set, the candidate's top-1 and out-of-scope
   rejection must be at least the running model's; otherwise the candidate is
   discarded and the page says which figure dropped;
4. **swap**: the candidate replaces ``models/current.tar.gz`` (with its
   fingerprint, so ``make run`` does not train again) and Rasa loads it
   without stopping (``PUT /model`` with ``BOT_API_TOKEN``). Without the
   token, the file is replaced and the page says a restart is needed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import IO
from urllib.parse import quote

from bot import settings
from bot.console import jobs
from bot.settings import CONFIG_FILE, DATA_DIR, DOMAIN_FILE, MODEL_FILE, ROOT

#: The figures the guard compares, per held-out set.
GUARDED = ("top1", "oos_rejection")
GUARDED_LABELS = {"top1": "bonne réponse directe (top-1)", "oos_rejection": "hors sujet sans réponse de FAQ"}
CANDIDATE_NAME = "candidate"

KIND = "retrain"
Metrics = dict[str, dict[str, float]]  # held-out file name → figure → rate


@dataclass
class JobState:
    """What the page shows. ``step``: idle, training, evaluating, swapping, done, refused, failed."""

    step: str = "idle"
    started_at: str | None = None
    finished_at: str | None = None
    started_by: str | None = None
    expected_seconds: float | None = None
    message: str = ""
    current: Metrics = field(default_factory=dict)
    candidate: Metrics = field(default_factory=dict)
    drops: list[str] = field(default_factory=list)

    @property
    def running(self) -> bool:
        return self.step in ("training", "evaluating", "swapping")

    def elapsed(self, now: datetime | None = None) -> float | None:
        if self.started_at is None:
            return None
        end = datetime.fromisoformat(self.finished_at) if self.finished_at else (now or datetime.now(timezone.utc))
        return (end - datetime.fromisoformat(self.started_at)).total_seconds()


def state_file() -> Path:
    return jobs.state_path(KIND)


def read_state() -> JobState:
    return jobs.read_state(KIND, JobState)


def _write_state(state: JobState) -> None:
    jobs.write_state(KIND, state)


def guard(current: Metrics, candidate: Metrics) -> list[str]:
    """The figures on which the candidate is worse than the running model (French, for the page); [] lets it in."""
    drops = []
    for heldout, figures in current.items():
        for name in GUARDED:
            before, after = figures.get(name), candidate.get(heldout, {}).get(name)
            if before is None:
                continue
            if after is None or after < before:
                shown = "absent" if after is None else f"{after:.1%}".replace(".", ",")
                drops.append(f"{heldout} : {GUARDED_LABELS[name]} {f'{before:.1%}'.replace('.', ',')} → {shown}")
    return drops


# --------------------------------------------------------------------------- the real steps (subprocesses)


def train_candidate(folder: Path, log: IO[bytes]) -> Path:
    """``rasa train`` into ``folder``; the candidate model's path."""
    command = [
        sys.executable, "-m", "rasa", "train", "--config", str(CONFIG_FILE), "--domain", str(DOMAIN_FILE), "--data", str(DATA_DIR),
        "--out", str(folder), "--fixed-model-name", CANDIDATE_NAME, "--force",
    ]
    subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=True)
    return folder / f"{CANDIDATE_NAME}.tar.gz"


def evaluate_model(model: Path, log: IO[bytes]) -> Metrics:
    """``python -m bot eval --model … --json …``: the assistant's figures per held-out set."""
    output = model.with_suffix(".eval.json")
    subprocess.run([sys.executable, "-m", "bot", "eval", "--model", str(model), "--json", str(output)], cwd=ROOT,
                   stdout=log, stderr=subprocess.STDOUT, check=True)
    payload = json.loads(output.read_text(encoding="utf-8"))
    return {name: {k: float(v) for k, v in reports[0].items() if k in GUARDED} for name, reports in payload.items()}


def load_in_rasa(model: Path, rasa_urls: Sequence[str] | None = None, token: str | None = None) -> bool:
    """``PUT /model`` on every running Rasa server (``BOT_RASA_SERVERS``), one after the other, so
    that one always answers; False without a token (the HTTP API is closed)."""
    token = token if token is not None else settings.api_token()
    if not token:
        return False
    for base in rasa_urls or settings.rasa_servers():
        request = urllib.request.Request(
            f"{base}/model?token={quote(token)}", method="PUT",
            data=json.dumps({"model_file": str(model)}).encode("utf-8"), headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=600) as response:
            if response.status != 204 and response.status != 200:
                raise OSError(f"Rasa a répondu {response.status}")
    return True


def install(candidate: Path, target: Path = MODEL_FILE) -> Path:
    """Replace the running model's file atomically, with the fingerprint of the data it was trained on."""
    from bot.quality.training import _fingerprint_file, inputs_fingerprint

    temporary = target.with_suffix(".new")
    shutil.copyfile(candidate, temporary)
    os.replace(temporary, target)
    _fingerprint_file(target.parent).write_text(inputs_fingerprint() + "\n", encoding="utf-8")
    return target


# --------------------------------------------------------------------------- the job


@dataclass
class Steps:
    """What the job calls; tests replace them (training a real model takes minutes)."""

    train: Callable[[Path, IO[bytes]], Path] = train_candidate
    evaluate: Callable[[Path, IO[bytes]], Metrics] = evaluate_model
    install: Callable[[Path], Path] = install
    load: Callable[[Path], bool] = load_in_rasa
    current_model: Path = MODEL_FILE
    expected_seconds: Callable[[], float | None] = lambda: _last_training()


def _last_training() -> float | None:
    from bot.quality.progress import last_duration
    from bot.quality.training import DURATION_KEY

    return last_duration(DURATION_KEY)


def start(user_name: str, steps: Steps | None = None, on_end: Callable[[JobState], None] | None = None) -> threading.Thread | None:
    """Start the job in a thread; None when one is already running (on this machine)."""
    chosen = steps or Steps()
    state = JobState(step="training", started_at=jobs.now(), started_by=user_name, expected_seconds=chosen.expected_seconds())
    return jobs.start_alone(
        KIND, lambda: _write_state(state), lambda: _run(state, chosen), None if on_end is None else lambda: on_end(state)
    )


def _run(state: JobState, steps: Steps) -> None:
    work = settings.var_dir() / "candidate"
    work.mkdir(parents=True, exist_ok=True)
    log_path = settings.var_dir() / "logs" / "console-retrain.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        with log_path.open("wb") as log:
            candidate = steps.train(work, log)
            _record_training(time.monotonic() - started)
            state.step = "evaluating"
            _write_state(state)
            state.candidate = steps.evaluate(candidate, log)
            state.current = steps.evaluate(steps.current_model, log)
            state.drops = guard(state.current, state.candidate)
            if state.drops:
                state.step = "refused"
                state.message = "Le nouveau modèle n'a pas remplacé l'assistant : il ferait moins bien sur les questions tenues à l'écart."
                return
            state.step = "swapping"
            _write_state(state)
            installed = steps.install(candidate)
            if steps.load(installed):
                state.message = "Le nouveau modèle répond désormais aux employeurs (chargé sans arrêter l'assistant)."
            else:
                state.message = ("Le nouveau modèle est en place dans models/, mais l'API de Rasa est fermée (BOT_API_TOKEN) : "
                                 "il répondra après le prochain redémarrage de l'assistant.")
            state.step = "done"
    except (OSError, subprocess.CalledProcessError, ValueError, KeyError, urllib.error.URLError) as error:
        state.step = "failed"
        state.message = f"Échec ({type(error).__name__}) : voir var/logs/console-retrain.log sur le serveur. L'assistant garde son modèle."
    finally:
        state.finished_at = jobs.now()
        _write_state(state)


def _record_training(seconds: float) -> None:
    from bot.quality.progress import record_duration
    from bot.quality.training import DURATION_KEY

    try:
        record_duration(DURATION_KEY, seconds)
    except OSError:
        pass


__all__ = ["GUARDED", "JobState", "Steps", "guard", "install", "load_in_rasa", "read_state", "start"]
