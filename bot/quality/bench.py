"""Speed and memory measurements: ``python -m bot bench`` (behind ``make bench``).

Measures what the issues set targets for, on this machine, and rewrites the
« Dernières mesures » section of docs/benchmarks.md with the date and the
machine. Never run as a timed unit test. In a terminal, bars show the training
(against the last training's duration) and the turns, with the time left.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.quality.evaluation import load_heldout
from bot.quality.progress import Progress, last_duration, progress, record_duration, wait_with_estimate
from bot.quality.training import DURATION_KEY
from bot.serving.rest_client import send
from bot.serving.runner import Services
from bot.settings import HELDOUT_FILE, MODEL_FILE, ROOT

BENCH_DOC = ROOT / "docs" / "benchmarks.md"
MARK_BEGIN = "<!-- bench:begin -->"
MARK_END = "<!-- bench:end -->"
CONVERSATION_LENGTH = 10
#: One eligibility check, answered with the form's buttons (action server included).
FORM_TURNS = ["/check_eligibility", "CDD", "9 mois", "Maine-et-Loire", "pas encore de candidat"]
#: Turns sent before measuring: the first calls load lazily.
WARMUP_TURNS = 10
TARGETS = {
    "form_turn_median_ms": 80,
    "faq_turn_median_ms": 25,
    "faq_turn_p95_ms": 120,
    "ready_s": 40,
    "training_s": 60,
    "rasa_rss_mb": 1536,
}


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def machine() -> str:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cœurs ({cpu}), {memory:.0f} Gio, {platform.system()} {platform.release()}, Python {platform.python_version()}"


def measure_training() -> float:
    with tempfile.TemporaryDirectory(prefix="bench-train-") as tmp:
        command = [sys.executable, "-m", "rasa", "train", "--out", tmp, "--fixed-model-name", "bench", "--force"]
        started = time.monotonic()
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            returncode = wait_with_estimate(process, "Entraînement", last_duration(DURATION_KEY))
        except BaseException:
            process.kill()
            process.wait()
            raise
        if returncode != 0:
            raise subprocess.CalledProcessError(returncode, command)
        seconds = time.monotonic() - started
    record_duration(DURATION_KEY, seconds)
    return seconds


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def time_turns(base_url: str, messages: list[str], sender: str, step: Callable[[], object] = lambda: None) -> list[float]:
    """Milliseconds of each turn of one conversation (``sender``)."""
    durations = []
    for message in messages:
        started = time.perf_counter()
        status, _ = send(base_url, sender, message)
        durations.append((time.perf_counter() - started) * 1000)
        if status != 200:
            raise RuntimeError(f"réponse HTTP {status} pour « {message} »")
        step()
    return durations


def turn_count(turns: int) -> int:
    """Every turn :func:`measure_turns` sends (warm-up included), for the progress bar."""
    return min(WARMUP_TURNS, turns) + turns + (turns // 4) * len(FORM_TURNS)


def measure_turns(rasa_url: str, turns: int, bar: Progress) -> dict[str, Any]:
    """FAQ turns by conversations of 10, then whole eligibility checks; their medians and 95th centiles."""
    results: dict[str, Any] = {}
    questions = [text for text, _ in load_heldout(HELDOUT_FILE).in_scope]
    messages = (questions * (turns // len(questions) + 1))[:turns]
    time_turns(rasa_url, messages[:WARMUP_TURNS], "warmup", bar.update)  # first calls load lazily
    # Conversations of 10 questions, as on the website (Rasa reloads the
    # whole conversation from the tracker store at every turn).
    durations: list[float] = []
    for start in range(0, len(messages), CONVERSATION_LENGTH):
        durations += time_turns(rasa_url, messages[start : start + CONVERSATION_LENGTH], f"bench-{uuid.uuid4().hex[:8]}", bar.update)
    results["faq_turns"] = len(durations)
    results["faq_turn_median_ms"] = statistics.median(durations)
    results["faq_turn_p95_ms"] = percentile(durations, 0.95)
    form_durations: list[float] = []
    for index in range(turns // 4):
        form_durations += time_turns(rasa_url, FORM_TURNS, f"bench-form-{index}", bar.update)
    results["form_turns"] = len(form_durations)
    results["form_turn_median_ms"] = statistics.median(form_durations)
    results["form_turn_p95_ms"] = percentile(form_durations, 0.95)
    return results


def measure_servers(turns: int = 200) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-run-") as tmp:
        services = Services.isolated(Path(tmp), MODEL_FILE)
        try:
            services.start()
            try:
                results["ready_s"] = services.wait_ready(timeout=300)
            except (RuntimeError, TimeoutError) as error:
                raise RuntimeError(f"{error}\n{services.log_tail()}") from error
            with progress(turn_count(turns), "Tours mesurés", "tours") as bar:
                results.update(measure_turns(services.rasa_url, turns, bar))
            results["rasa_rss_mb"] = _rss_mb(services.processes[1].pid)
            results["actions_rss_mb"] = _rss_mb(services.processes[0].pid)
        finally:
            services.stop()
    return results


def render(results: dict[str, Any]) -> str:
    def row(label: str, key: str, unit: str, target: str) -> str:
        value = results.get(key)
        if value is None:
            return f"| {label} | non mesuré | {target} | |"
        limit = TARGETS.get(key)
        verdict = "" if limit is None else ("atteint" if value <= limit else "**manqué**")
        return f"| {label} | {value:.1f} {unit} | {target} | {verdict} |"

    return "\n".join([
        f"Mesuré le {results['date']} sur : {results['machine']}.",
        f"Commande : `{results['command']}`.",
        "",
        "| mesure | valeur | objectif | |",
        "|---|---|---|---|",
        row("Tour FAQ via REST, médiane", "faq_turn_median_ms", "ms", "≤ 25 ms"),
        row("Tour FAQ via REST, 95e centile", "faq_turn_p95_ms", "ms", "≤ 120 ms"),
        row("Tour de formulaire via REST (actions comprises), médiane", "form_turn_median_ms", "ms", "≤ 80 ms"),
        row("Tour de formulaire via REST, 95e centile", "form_turn_p95_ms", "ms", "—"),
        row("Prêt après démarrage (modèle entraîné)", "ready_s", "s", "≤ 40 s"),
        row("Entraînement complet", "training_s", "s", "≤ 60 s"),
        row("Mémoire résidente du serveur Rasa", "rasa_rss_mb", "Mo", "≤ 1 536 Mo"),
        row("Mémoire résidente du serveur d'actions", "actions_rss_mb", "Mo", "—"),
        "",
        f"Tours FAQ mesurés : {results.get('faq_turns', 0)} (questions du jeu tenu à l'écart, par conversations de 10) ; "
        f"tours de formulaire : {results.get('form_turns', 0)} (vérifications complètes avec les boutons).",
    ])


def update_doc(results: dict[str, Any]) -> None:
    text = BENCH_DOC.read_text(encoding="utf-8")
    begin, end = text.index(MARK_BEGIN) + len(MARK_BEGIN), text.index(MARK_END)
    BENCH_DOC.write_text(text[:begin] + "\n" + render(results) + "\n" + text[end:], encoding="utf-8")


def run_bench(with_training: bool = True, turns: int = 200) -> dict[str, Any]:
    results: dict[str, Any] = {
        "date": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "machine": machine(),
        "command": "make bench" if with_training else "python -m bot bench --no-training",
    }
    if with_training:
        print("Mesure de l'entraînement complet…", flush=True)
        results["training_s"] = measure_training()
    print("Mesure du démarrage, des tours FAQ et de la mémoire…", flush=True)
    results.update(measure_servers(turns))
    (ROOT / "reports").mkdir(exist_ok=True)
    (ROOT / "reports" / "bench.json").write_text(json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8")
    update_doc(results)
    return results
