"""« Réentraîner »: train a candidate model in the background, keep it only if it is not worse, swap it in live.

One job at a time per machine (an ``flock`` on ``var/console-retrain.lock``),
run in a thread of the web server; its state is a small JSON file in the var
folder that every request reads, so the page shows the progress wherever the
job runs. The steps, each a subprocess so that the web server never loads a
model:

1. **thresholds**: ``python -m bot crossval --candidate assistant --config-out
   var/candidate/config.yml`` chooses the FAQ classifier's thresholds and
   calibration by cross-validation on the current examples (the ones editors
   just added included) and writes them into a copy of ``config.yml``;
   ``config.yml`` itself is untouched;
2. **training**: ``rasa train --config var/candidate/config.yml`` to
   ``var/candidate/`` (the running model is untouched); the progress of these
   first two steps is the elapsed time against their last durations on this
   machine (:mod:`bot.quality.progress`);
3. **evaluation**: ``python -m bot eval --json`` for the candidate and for the
   running model, on the two held-out sets;
4. **guard**: on each held-out set, the candidate's top-1 and out-of-scope
   rejection must be at least the running model's; otherwise the candidate is
   discarded (its config too) and the page says which figure dropped;
5. **swap**: the candidate's config replaces ``config.yml``, then the
   candidate replaces ``models/current.tar.gz`` (with the fingerprint of the
   inputs, config.yml included, so ``make run`` does not train again) and Rasa
   loads it without stopping (``PUT /model`` with ``BOT_API_TOKEN``). Without
   the token, the files are replaced and the page says a restart is needed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import quote

import yaml

from bot import settings
from bot.console import jobs
from bot.settings import CONFIG_FILE, DATA_DIR, DOMAIN_FILE, FAQ_COMPONENT, MODEL_FILE, ROOT

#: The figures the guard compares, per held-out set.
GUARDED = ("top1", "oos_rejection")
GUARDED_LABELS = {"top1": "bonne réponse directe (top-1)", "oos_rejection": "hors sujet sans réponse de FAQ"}
CANDIDATE_NAME = "candidate"
CANDIDATE_CONFIG = "config.yml"
#: Name under which the choice of thresholds' duration is kept (var/durations.json) for the next estimate.
THRESHOLDS_DURATION_KEY = "console-thresholds"

KIND = "retrain"
Metrics = dict[str, dict[str, float]]  # held-out file name → figure → rate


@dataclass
class JobState(jobs.JobStateBase):
    """What the page shows. ``step``: idle, thresholds, training, evaluating, swapping, done, refused, failed.

    ``answer_before`` / ``answer_after``: the answer threshold of ``config.yml``
    and the one chosen for the candidate, once chosen.
    """

    RUNNING_STEPS = ("thresholds", "training", "evaluating", "swapping")

    expected_seconds: float | None = None
    message: str = ""
    current: Metrics = field(default_factory=dict)
    candidate: Metrics = field(default_factory=dict)
    drops: list[str] = field(default_factory=list)
    answer_before: float | None = None
    answer_after: float | None = None


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


def answer_threshold(config_file: Path) -> float | None:
    """The FAQ classifier's ``answer_threshold`` written in ``config_file``; None when absent or unreadable.

    Read here rather than through bot.faq.router, which loads spaCy (the web server stays light).
    """
    try:
        config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
        component = next(c for c in config["pipeline"] if c["name"] == FAQ_COMPONENT)
        return float(component["answer_threshold"])
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, StopIteration):
        return None


# --------------------------------------------------------------------------- the real steps (subprocesses)


def choose_thresholds(folder: Path, log: IO[bytes]) -> Path:
    """``python -m bot crossval --candidate assistant --config-out …``: a copy of config.yml in ``folder``
    with the thresholds and calibration chosen on the current examples; its path."""
    config = folder / CANDIDATE_CONFIG
    command = [sys.executable, "-m", "bot", "crossval", "--candidate", "assistant", "--config-out", str(config)]
    subprocess.run(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, check=True)
    return config


def train_candidate(folder: Path, config: Path, log: IO[bytes]) -> Path:
    """``rasa train --config config`` into ``folder``; the candidate model's path."""
    command = [
        sys.executable, "-m", "rasa", "train", "--config", str(config), "--domain", str(DOMAIN_FILE), "--data", str(DATA_DIR),
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


def replace_config(candidate_config: Path, target: Path = CONFIG_FILE) -> None:
    """Put the candidate's config in place of ``target`` atomically (before :func:`install`, whose fingerprint covers it)."""
    jobs.replace_atomically(target, candidate_config)


def install(candidate: Path, target: Path = MODEL_FILE) -> Path:
    """Replace the running model's file atomically, with the fingerprint of the inputs it was trained on
    (config.yml included: replace it first, :func:`replace_config`)."""
    from bot.quality.training import _fingerprint_file, inputs_fingerprint

    jobs.replace_atomically(target, candidate)
    _fingerprint_file(target.parent).write_text(inputs_fingerprint() + "\n", encoding="utf-8")
    return target


# --------------------------------------------------------------------------- the job


@dataclass
class Steps:
    """What the job calls; tests replace them (training a real model takes minutes)."""

    choose_thresholds: Callable[[Path, IO[bytes]], Path] = choose_thresholds
    train: Callable[[Path, Path, IO[bytes]], Path] = train_candidate
    evaluate: Callable[[Path, IO[bytes]], Metrics] = evaluate_model
    install: Callable[[Path], Path] = install
    load: Callable[[Path], bool] = load_in_rasa
    current_model: Path = MODEL_FILE
    #: Replaced by the candidate's config on swap, and only then.
    config_file: Path = CONFIG_FILE
    expected_seconds: Callable[[], float | None] = lambda: _expected_seconds()


def _expected_seconds() -> float | None:
    """The last choice of thresholds plus the last training on this machine; None before any training."""
    from bot.quality.progress import last_duration
    from bot.quality.training import DURATION_KEY

    training = last_duration(DURATION_KEY)
    if training is None:
        return None
    return training + (last_duration(THRESHOLDS_DURATION_KEY) or 0.0)


def start(user_name: str, steps: Steps | None = None, on_end: Callable[[JobState], None] | None = None) -> threading.Thread | None:
    """Start the job in a thread; None when one is already running (on this machine)."""
    chosen = steps or Steps()
    state = JobState(step="thresholds", started_at=jobs.now(), started_by=user_name, expected_seconds=chosen.expected_seconds())
    return jobs.start_alone(
        KIND, lambda: _write_state(state), lambda: _run(state, chosen), None if on_end is None else lambda: on_end(state)
    )


def _run(state: JobState, steps: Steps) -> None:
    from bot.quality.training import DURATION_KEY  # the training's duration, shared with `make run`

    work = settings.var_dir() / "candidate"
    work.mkdir(parents=True, exist_ok=True)
    log_path = settings.var_dir() / "logs" / "console-retrain.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with log_path.open("wb") as log:
            started = time.monotonic()
            config = steps.choose_thresholds(work, log)
            _record_duration(THRESHOLDS_DURATION_KEY, time.monotonic() - started)
            state.answer_before, state.answer_after = answer_threshold(steps.config_file), answer_threshold(config)
            state.step = "training"
            _write_state(state)
            started = time.monotonic()
            candidate = steps.train(work, config, log)
            _record_duration(DURATION_KEY, time.monotonic() - started)
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
            installed = _swap(candidate, config, steps)
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


def _swap(candidate: Path, config: Path, steps: Steps) -> Path:
    """The candidate's config over config.yml, then the model (whose fingerprint covers config.yml);
    config.yml is put back when the model could not be installed."""
    previous = steps.config_file.read_bytes()
    replace_config(config, steps.config_file)
    try:
        return steps.install(candidate)
    except BaseException:
        jobs.replace_atomically(steps.config_file, previous)
        raise


def _record_duration(key: str, seconds: float) -> None:
    """Keep a step's duration for the next estimate (never fails the job)."""
    from bot.quality.progress import record_duration

    try:
        record_duration(key, seconds)
    except OSError:
        pass


__all__ = [
    "GUARDED", "JobState", "Steps", "answer_threshold", "choose_thresholds", "guard", "install", "load_in_rasa",
    "read_state", "replace_config", "start",
]
