"""Activity report for the Region's staff and the FAQ editors: ``python -m bot report``.

One self-contained HTML page in French (inline CSS and SVG charts, no script,
nothing loaded from anywhere) from the conversations kept by Rasa's
``SQLTrackerStore`` and the hiring-intent submissions. Four steps, one module each:

- :mod:`~bot.staff.report.source` reads the databases (SQLAlchemy, Rasa not imported),
  the FAQ's questions and the session length of ``domain.yml``;
- :mod:`~bot.staff.report.analysis` turns events into figures (pure; personal data masked there);
- :mod:`~bot.staff.report.render` lays them out with the Jinja2 templates of ``templates/``
  (autoescaped), :mod:`~bot.staff.report.formatting` writes numbers and dates with Babel and
  :mod:`~bot.staff.report.charts` places the SVG bars;
- :mod:`~bot.staff.report.cli` is the command.

Nothing personal from the submissions is read beyond the department: no company
name, SIRET, contact or free text ever reaches the report.
"""

from bot.staff.report.analysis import MASK, ReportData, compute_report, group_unanswered, mask_personal_data
from bot.staff.report.cli import cli_report
from bot.staff.report.render import render_html
from bot.staff.report.source import collect_report_data

__all__ = [
    "MASK",
    "ReportData",
    "cli_report",
    "collect_report_data",
    "compute_report",
    "group_unanswered",
    "mask_personal_data",
    "render_html",
]
