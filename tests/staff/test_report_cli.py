"""``python -m bot report``."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

import pytest

from bot.cli import main
from bot.staff.report import cli_report


def test_cli_writes_the_report(report_databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "sortie" / "rapport.html"
    tracker_url, db_url = report_databases
    assert cli_report(Namespace(output=str(output), tracker_url=tracker_url, db_url=db_url, days=None)) == 0
    out = capsys.readouterr().out
    assert "Rapport écrit dans" in out and "4 conversations" in out
    page = output.read_text(encoding="utf-8")
    assert 'lang="fr"' in page and "employeurs_concernes" in page
    assert not list(output.parent.glob(".*.tmp"))  # written atomically, nothing left behind
    assert cli_report(Namespace(output=str(output), tracker_url=tracker_url, db_url=db_url, days=0)) == 2


def test_report_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "--help"])
    assert exit_info.value.code == 0
    assert "--days" in capsys.readouterr().out
