"""make loadtest's arithmetic and report (no server, no locust run)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from bot.quality.loadtest import BEGIN, END, Result, cpu_seconds, format_section, read_stats, write_section

STATS = """Type,Name,Request Count,Failure Count,Median Response Time,Average Response Time,Min Response Time,Max Response Time,Average Content Size,Requests/s,Failures/s,50%,66%,75%,80%,90%,95%,98%,99%,99.9%,99.99%,100%
POST,faq,900,0,40,50,10,400,300,30.0,0.0,40,50,60,70,90,120,200,300,390,400,400
,Aggregated,1200,2,45,55,10,900,300,40.0,0.1,45,55,65,75,100,150,250,350,800,900,900
"""


def _result(shape: str, users: int, mix: str = "mixed", rate: float = 60.0, p95: float = 200.0, failures: int = 0) -> Result:
    return Result(shape, users, mix, 1000, failures, rate, 40, p95, 400, rasa_cpu=12.0, actions_cpu=3.0)


def test_read_stats_takes_the_aggregated_row(tmp_path: Path) -> None:
    (tmp_path / "x_stats.csv").write_text(STATS, encoding="utf-8")
    assert read_stats(tmp_path / "x") == {"requests": 1200, "failures": 2, "rate": 40.0, "p50": 45, "p95": 150, "p99": 350}


def test_cpu_seconds_of_this_process_grows() -> None:
    before = cpu_seconds(os.getpid())
    sum(i * i for i in range(300_000))
    assert cpu_seconds(os.getpid()) > before >= 0


def test_cpu_per_message() -> None:
    result = _result("run", 10)
    assert result.rasa_ms_per_message == 12.0 and result.actions_ms_per_message == 3.0


def test_section_says_reached_and_missed() -> None:
    results = [
        _result("run", 10, rate=55.0), _result("run", 100, rate=70.0, p95=900.0),  # the faster one misses p95
        _result("cluster", 10, rate=60.0), _result("cluster", 100, rate=95.0, failures=3),  # the faster one has errors
        Result("run", 10, "faq", 500, 0, 20.0, 30, 60, 80, rasa_cpu=10.0, actions_cpu=0.5),
    ]
    section = format_section(results, 30, when=dt.datetime(2026, 11, 30, 12, 0))
    assert section.startswith(BEGIN) and section.endswith(END)
    assert "2026-11-30 12:00" in section and "cœurs" in section
    lines = section.splitlines()
    run_line = next(line for line in lines if line.startswith("| `make run`"))
    cluster_line = next(line for line in lines if line.startswith("| `make cluster`"))
    assert "55.0 messages/s au mieux" in run_line and "atteint" in run_line
    assert "débit le plus haut : 70.0 messages/s, p95 900 ms" in run_line
    assert "60.0 messages/s au mieux" in cluster_line and "**manqué**" in cluster_line
    assert "95.0 messages/s, p95 200 ms, 3 erreur(s)" in cluster_line
    slow = format_section([_result("run", 10, p95=900.0)], 30)
    assert "aucun palier à p95 ≤ 300 ms sans erreur" in slow and "atteint" not in slow
    faq_line = next(line for line in lines if "par tour FAQ" in line)
    assert "20.0 ms" in faq_line and "**manqué**" in faq_line


def test_write_section_appends_then_replaces(tmp_path: Path) -> None:
    document = tmp_path / "benchmarks.md"
    document.write_text("# Mesures\n\nautre chose\n", encoding="utf-8")
    write_section(f"{BEGIN}\nun\n{END}", document)
    write_section(f"{BEGIN}\ndeux\n{END}", document)
    text = document.read_text(encoding="utf-8")
    assert text.count(BEGIN) == 1 and "deux" in text and "\nun\n" not in text and "autre chose" in text
