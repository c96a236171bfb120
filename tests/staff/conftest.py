"""Fixtures of the report's tests: one tracker store and one submission base for the module's tests."""

from __future__ import annotations

import pytest
from report_trackers import NOW, alice, bob, chloe, dan, save_submissions, save_trackers

from bot.staff.report import ReportData, collect_report_data, render_html


@pytest.fixture(scope="session")
def report_databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """(tracker URL, submissions URL) holding Alice's, Bob's, Chloé's and Dan's conversations and two submissions."""
    folder = tmp_path_factory.mktemp("report")
    tracker_url = save_trackers(folder / "tracker.db", {"alice": alice(), "bob": bob(), "chloe": chloe(), "dan": dan()})
    return tracker_url, save_submissions(folder / "submissions.db")


@pytest.fixture(scope="session")
def report_data(report_databases: tuple[str, str]) -> ReportData:
    return collect_report_data(*report_databases, now=NOW)


@pytest.fixture(scope="session")
def report_page(report_data: ReportData) -> str:
    return render_html(report_data)
