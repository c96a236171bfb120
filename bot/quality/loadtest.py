"""``make loadtest``: locust (headless) against the shape of ``make run`` and against ``make cluster``.

For each shape, the servers are started on free loopback ports in a throw-away
folder; locust then runs 10, 50 and 100 simulated employers
(``bot/quality/loadtest_locustfile.py``: FAQ questions and eligibility checks)
for a short while each, and a last FAQ-only run at 10 employers gives the CPU
time of an FAQ turn. The servers' CPU time is read from ``/proc/<pid>/stat``
before and after each run. The results go to a dated section of
``docs/benchmarks.md`` (between the ``loadtest`` markers), with the targets
of issue 10, reached or missed.

``python -m bot.quality.loadtest [--seconds 30] [--levels 10 50 100] [--shapes run cluster] [--no-write]``
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bot.settings import MODEL_FILE, ROOT

LOCUSTFILE = Path(__file__).resolve().parent / "loadtest_locustfile.py"
BENCHMARKS = ROOT / "docs" / "benchmarks.md"
BEGIN, END = "<!-- loadtest:begin -->", "<!-- loadtest:end -->"
LEVELS = (10, 50, 100)
#: Issue 10's targets on this 2-core machine.
TARGET_RATE = {"run": 50.0, "cluster": 80.0}
TARGET_P95_MS = 300.0
TARGET_FAQ_CPU_MS = 15.0
#: nginx's per-client rate for the cluster's load (every simulated employer comes from 127.0.0.1).
LOAD_RATE_LIMIT = "100000r/s"
#: Seconds without load over which the Rasa servers' own CPU use is measured.
IDLE_SECONDS = 10
#: Rasa servers' CPU seconds per second without any message, by shape (filled by :func:`measure`).
IDLE_CPU: dict[str, float] = {}
SHAPE_TITLES = {"run": "`make run` (1 Rasa, 1 serveur d'actions, SQLite)", "cluster": "`make cluster` (nginx, 2 Rasa, 2 serveurs d'actions, PostgreSQL, Redis)"}


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (``/proc/<pid>/stat``, fields 14 and 15)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Result:
    """One locust run against one shape."""

    shape: str
    users: int
    mix: str
    requests: int
    failures: int
    rate: float
    p50: float
    p95: float
    p99: float
    rasa_cpu: float
    actions_cpu: float

    @property
    def rasa_ms_per_message(self) -> float:
        return 1000 * self.rasa_cpu / self.requests if self.requests else float("nan")

    @property
    def actions_ms_per_message(self) -> float:
        return 1000 * self.actions_cpu / self.requests if self.requests else float("nan")


def read_stats(prefix: Path) -> dict[str, float]:
    """The « Aggregated » row of locust's ``<prefix>_stats.csv``."""
    with open(f"{prefix}_stats.csv", newline="", encoding="utf-8") as file:
        row = next(r for r in csv.DictReader(file) if r["Name"] == "Aggregated")
    return {
        "requests": float(row["Request Count"]), "failures": float(row["Failure Count"]), "rate": float(row["Requests/s"]),
        "p50": float(row["50%"]), "p95": float(row["95%"]), "p99": float(row["99%"]),
    }


def run_locust(url: str, users: int, seconds: int, prefix: Path, mix: str) -> None:
    env = dict(os.environ, ASSISTANT_LOADTEST_MIX=mix, PYTHONPATH=str(ROOT))
    command = [
        sys.executable, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "-u", str(users), "-r", str(users),
        "-t", f"{seconds}s", "--host", url, "--csv", str(prefix), "--only-summary", "--stop-timeout", "10", "--loglevel", "WARNING",
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=False, stdout=subprocess.DEVNULL, timeout=seconds + 120)


@contextmanager
def started(shape: str, work: Path) -> Iterator[tuple[str, list[int], list[int]]]:
    """The shape's servers: ``(url, Rasa pids, action server pids)``."""
    if shape == "run":
        from bot.serving.runner import Services

        services = Services.isolated(work, MODEL_FILE)
        services.start()
        try:
            services.wait_ready(timeout=300)
            yield services.rasa_url, [services.process("rasa").pid], [services.process("actions").pid]
        finally:
            services.stop()
        return
    from bot.serving.cluster import ACTIONS_NAMES, RASA_NAMES, Cluster, ClusterPorts

    os.chmod(work, 0o755)
    cluster = Cluster(root=work, ports=ClusterPorts.free(), rate_limit=LOAD_RATE_LIMIT)
    cluster.start(timeout=400)
    try:
        pid = lambda name: cluster.children[name].pid or 0  # noqa: E731
        yield cluster.url, [pid(n) for n in RASA_NAMES], [pid(n) for n in ACTIONS_NAMES]
    finally:
        cluster.stop()


def measure(shapes: list[str], levels: list[int], seconds: int) -> list[Result]:
    results = []
    for shape in shapes:
        work = Path(tempfile.mkdtemp(prefix=f"1e1f-loadtest-{shape}-"))
        try:
            with started(shape, work) as (url, rasa_pids, actions_pids):
                runs = [(users, "mixed") for users in levels] + [(10, "faq")]
                # Warm-up: the first messages load lazily what the servers need.
                run_locust(url, 5, 5, work / "warmup", "mixed")
                idle_before = sum(cpu_seconds(p) for p in rasa_pids)
                time.sleep(IDLE_SECONDS)
                IDLE_CPU[shape] = (sum(cpu_seconds(p) for p in rasa_pids) - idle_before) / IDLE_SECONDS
                for users, mix in runs:
                    before = [cpu_seconds(p) for p in rasa_pids], [cpu_seconds(p) for p in actions_pids]
                    run_locust(url, users, seconds, work / f"{shape}-{users}-{mix}", mix)
                    after = [cpu_seconds(p) for p in rasa_pids], [cpu_seconds(p) for p in actions_pids]
                    stats = read_stats(work / f"{shape}-{users}-{mix}")
                    result = Result(
                        shape, users, mix, int(stats["requests"]), int(stats["failures"]), stats["rate"],
                        stats["p50"], stats["p95"], stats["p99"],
                        sum(after[0]) - sum(before[0]), sum(after[1]) - sum(before[1]),
                    )
                    print(format_row(result), flush=True)
                    results.append(result)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return results


def _verdict(reached: bool) -> str:
    return "atteint" if reached else "**manqué**"


def format_row(r: Result) -> str:
    mix = "FAQ seule" if r.mix == "faq" else "FAQ + vérifications"
    return (
        f"| {r.shape} | {r.users} | {mix} | {r.requests} | {r.failures} | {r.rate:.1f} | {r.p50:.0f} | {r.p95:.0f} | {r.p99:.0f} "
        f"| {r.rasa_ms_per_message:.1f} | {r.actions_ms_per_message:.1f} |"
    )


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{os.cpu_count()} cœurs, {memory:.0f} Gio, Linux {platform.release()}, Python {platform.python_version()}"


def format_section(results: list[Result], seconds: int, when: dt.datetime | None = None, load_before: float | None = None) -> str:
    when = when or dt.datetime.now()
    lines = [
        BEGIN,
        f"Mesuré le {when:%Y-%m-%d %H:%M} sur : {machine()} (charge moyenne au départ : {load_before or os.getloadavg()[0]:.1f}). "
        "Commande : `make loadtest` "
        f"(locust sans interface, {seconds} s par palier, employeurs qui attendent 0,5 à 1,5 s entre deux messages ; "
        "locust tourne sur la même machine).",
        "",
        "| forme | employeurs | mélange | messages | erreurs | messages/s | p50 (ms) | p95 (ms) | p99 (ms) | CPU Rasa / message (ms) | CPU actions / message (ms) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *(format_row(r) for r in results),
        *(
            [""] + [f"Sans aucun message, les serveurs Rasa de `{shape}` consomment {1000 * cpu:.0f} ms de CPU par seconde (compté dans la colonne CPU Rasa)." for shape, cpu in IDLE_CPU.items()]
            if IDLE_CPU else []
        ),
        "",
        "| objectif (ticket 10) | mesure | |",
        "|---|---|---|",
    ]
    for shape in dict.fromkeys(r.shape for r in results):
        mixed = [r for r in results if r.shape == shape and r.mix == "mixed"]
        if not mixed:
            continue
        good = [r for r in mixed if r.failures == 0 and r.p95 <= TARGET_P95_MS]
        fastest = max(mixed, key=lambda r: r.rate)
        if good:
            best = max(good, key=lambda r: r.rate)
            measured = f"{best.rate:.1f} messages/s au mieux à p95 ≤ {TARGET_P95_MS:.0f} ms sans erreur ({best.users} employeurs)"
        else:
            measured = f"aucun palier à p95 ≤ {TARGET_P95_MS:.0f} ms sans erreur"
        if fastest not in good:
            measured += f" ; débit le plus haut : {fastest.rate:.1f} messages/s, p95 {fastest.p95:.0f} ms, {fastest.failures} erreur(s)"
        reached = bool(good) and max(r.rate for r in good) >= TARGET_RATE[shape]
        lines.append(
            f"| {SHAPE_TITLES[shape]} : ≥ {TARGET_RATE[shape]:.0f} messages/s à p95 ≤ {TARGET_P95_MS:.0f} ms sans erreur "
            f"| {measured} | {_verdict(reached)} |"
        )
    faq = [r for r in results if r.mix == "faq" and r.shape == "run"] or [r for r in results if r.mix == "faq"]
    if faq:
        cpu = faq[0].rasa_ms_per_message
        lines.append(f"| CPU du serveur Rasa par tour FAQ ≤ {TARGET_FAQ_CPU_MS:.0f} ms | {cpu:.1f} ms ({faq[0].shape}, FAQ seule) | {_verdict(cpu <= TARGET_FAQ_CPU_MS)} |")
    lines.append(END)
    return "\n".join(lines)


def write_section(section: str, path: Path = BENCHMARKS) -> None:
    """Replace the section between the markers, or append it under its own heading."""
    text = path.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        before, rest = text.split(BEGIN, 1)
        text = before + section + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Charge : `make run` et `make cluster` (`make loadtest`)\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.quality.loadtest", description="charge (locust) contre make run et make cluster")
    parser.add_argument("--seconds", type=int, default=30, help="durée de chaque palier (30 s par défaut)")
    parser.add_argument("--levels", type=int, nargs="+", default=list(LEVELS), help="nombres d'employeurs simulés")
    parser.add_argument("--shapes", nargs="+", choices=["run", "cluster"], default=["run", "cluster"])
    parser.add_argument("--no-write", action="store_true", help="affiche le tableau sans modifier docs/benchmarks.md")
    args = parser.parse_args(argv)
    if not MODEL_FILE.exists():
        print("Aucun modèle entraîné : lancez « python -m bot train » d'abord.", file=sys.stderr)
        return 1
    load_before, started_at = os.getloadavg()[0], dt.datetime.now()
    results = measure(args.shapes, args.levels, args.seconds)
    section = format_section(results, args.seconds, when=started_at, load_before=load_before)
    print(section)
    if not args.no_write:
        write_section(section)
        print(f"{BENCHMARKS.relative_to(ROOT)} mis à jour.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
