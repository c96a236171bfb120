"""Activity report for the Region's staff and the FAQ editors (being split by concern)."""

from bot.staff.report.analysis import (
    MASK,
    ReportData,
    cli_report,
    collect_report_data,
    group_unanswered,
    mask_personal_data,
    render_html,
)

__all__ = ["MASK", "ReportData", "cli_report", "collect_report_data", "group_unanswered", "mask_personal_data", "render_html"]
