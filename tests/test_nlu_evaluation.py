"""Held-out evaluation with floors (targets and measured figures: docs/benchmarks.md)."""

from __future__ import annotations

import pytest

from bot.evaluation import evaluate, format_report, write_json
from bot.paths import ROOT

# Floors under which CI fails. The targets of the issue are higher (see
# bot.evaluation.TARGETS); docs/benchmarks.md reports the measured figures.
FLOORS = {"top1": 0.85, "top3": 0.90, "oos_rejection": 0.90}


@pytest.mark.model
def test_heldout_evaluation_meets_the_floors(trained_model) -> None:
    report = evaluate(trained_model)
    write_json(report, ROOT / "test-artifacts" / "eval.json")
    print(format_report(report, FLOORS))
    assert report.total >= 150 and report.oos_total >= 20
    for name, floor in FLOORS.items():
        assert report.rate(name) >= floor, format_report(report, FLOORS)
