"""The report's page: French, accessible, self-contained, escaped, figures formatted by Babel, SVG charts."""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from report_trackers import DAY1, NOW, PERSONAL_DATA, UTC, act, at, listen, said, save_trackers, session_start

from bot.staff.report import MASK, ReportData, collect_report_data, compute_report, render_html
from bot.staff.report.analysis import ConversationFacts
from bot.staff.report.charts import nice_ticks
from bot.staff.report.formatting import department_label, fmt_datetime, fmt_day, fmt_int, fmt_percent, plural

SVG = re.compile(r"<svg\b[^>]*>.*?</svg>", re.DOTALL)


def test_html_is_french_accessible_and_self_contained(report_page: str) -> None:
    page = report_page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    lowered = page.lower()
    for forbidden in ("<script", "<link", "<iframe", "<object", "<img", "<image", "<use", "@import", "url("):
        assert forbidden not in lowered
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", page, re.IGNORECASE)
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))
    assert page.count("<caption>") == page.count("<table>") >= 6
    text = html.unescape(page)
    assert "Conversations par jour" in text and "Questions sans réponse" in text and "49 – Maine-et-Loire" in text
    assert "Quels employeurs peuvent bénéficier du dispositif ?" in text  # canonical question next to its id


def test_charts_are_inline_svg_with_a_text_alternative(report_page: str) -> None:
    charts = SVG.findall(report_page)
    assert len(charts) == 4  # conversations, answers, funnel, departments
    for chart in charts:
        opening = chart[: chart.index(">") + 1]
        assert 'role="img"' in opening and re.search(r'aria-label="[^"]{20,}"', opening), opening
        assert re.search(r"<svg[^>]*>\s*<title>[^<]{10,}</title>", chart)
        assert "<text" in chart  # labels are text, not pixels
    conversations, answers, funnel, departments = (html.unescape(c) for c in charts)
    assert "20/11" in conversations and "21/11" in conversations
    assert "employeurs_concernes" in answers and "question tapée" in answers and "bouton" in answers
    assert "Demande envoyée" in funnel
    assert "Maine-et-Loire" in departments and "49 – Maine-et-Loire : 1" in departments


def test_figures_are_shown_in_french(report_page: str) -> None:
    text = html.unescape(report_page)
    assert "Produit le 21/11/2026 à 19:00 (heure de Paris)" in text
    assert "vendredi 20/11/2026" in text and "samedi 21/11/2026" in text
    assert "3 avis : 1 👍 et 2 👎 (67\u00a0% de 👎)" in text
    assert '<th scope="row">Verdict obtenu</th><td class="num">2</td><td class="num">67\u00a0%</td>' in report_page  # 2 verdicts of 3 checks
    assert '<th scope="row">Demande d&#39;embauche envoyée</th><td class="num">1</td><td class="num">50\u00a0%</td>' in report_page
    assert "une nouvelle commence après 60 minutes d'inactivité" in text


def test_session_length_is_the_domain_s() -> None:
    data = compute_report([ConversationFacts(day=DAY1)], [], {}, generated_at=NOW, session_minutes=30)
    assert "après 30 minutes d'inactivité" in html.unescape(render_html(data))
    unknown = compute_report([ConversationFacts(day=DAY1)], [], {}, generated_at=NOW)
    assert "Une conversation est une session de l'assistant où" in html.unescape(render_html(unknown))


def test_no_personal_data_in_the_report(report_page: str) -> None:
    lowered = html.unescape(report_page).lower()
    for value in PERSONAL_DATA:
        assert value.lower() not in lowered, value
    for value in ("06 12 34 56 78", "jean.martin@example.com", "732 829 320 00074", "73282932000074", "cholet", "nantes", "alice", "chloe"):
        assert value not in lowered, value
    assert MASK in report_page


def test_every_text_is_escaped(tmp_path: Path) -> None:
    """The employers' words and a forged FAQ id reach the page (tables and SVG) as text only."""
    script = "<script>alert('x')</script> & <b>gras</b>"
    formula = "=cmd|' /C calc'!A0"
    forged_id = '<img src=x onerror="alert(1)">'
    t = at(DAY1, 0)
    url = save_trackers(
        tmp_path / "tracker.db",
        {
            "eve": [
                *session_start(t),
                said(script, "nlu_fallback", t + 60),
                act("action_answer_faq", t + 60),
                listen(t + 60),
                said(formula, "out_of_scope", t + 120),
                act("action_answer_faq", t + 120),
                listen(t + 120),
                said(f'/faq{{"faq_id": "{forged_id}"}}', "faq", t + 180, {"faq_id": forged_id}),
                act("action_answer_faq", t + 180),
                listen(t + 180),
            ]
        },
    )
    page = render_html(collect_report_data(url, f"sqlite:///{tmp_path / 'none.db'}", now=NOW))
    assert "<script" not in page and "<b>gras" not in page and "<img" not in page
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;" in page
    assert "<li>=cmd|&#39; /C calc&#39;!A0</li>" in page  # shown as the words typed, nothing else
    text = html.unescape(page)
    assert script in text and formula in text
    answers_chart = next(c for c in SVG.findall(page) if "entrées de la FAQ les plus servies" in c)
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in answers_chart


def test_empty_report_has_no_chart() -> None:
    data = ReportData(generated_at=NOW, tracker_available=False, submissions_available=False)
    page = render_html(data)
    assert "<svg" not in page
    text = html.unescape(page)
    assert "Aucune donnée de conversation" in text and "Aucune donnée de demande d'embauche" in text


# --------------------------------------------------------------------------- formatting (Babel, fr_FR)


def test_numbers_dates_and_percentages_in_french() -> None:
    assert fmt_int(12345) == "12\u202f345"
    assert fmt_percent(2, 3) == "67\u00a0%" and fmt_percent(1, 15) == "6,7\u00a0%" and fmt_percent(1, 20) == "5\u00a0%"
    assert fmt_percent(1, 0) == "–"
    assert fmt_day(date(2026, 11, 23)) == "lundi 23/11/2026"
    assert fmt_datetime(datetime(2026, 7, 1, 6, 5, tzinfo=UTC)) == "01/07/2026 à 08:05"  # summer time
    assert plural(0, "avis", "avis") == "0 avis" and plural(1, "demande") == "1 demande" and plural(1234, "demande") == "1\u202f234 demandes"


@pytest.mark.parametrize(
    ("code", "label"),
    [("49", "49 – Maine-et-Loire"), ("85", "85 – Vendée"), ("35", "35 – Ille-et-Vilaine (hors Pays de la Loire)"), ("99", "99 – hors Pays de la Loire")],
)
def test_department_labels_come_from_the_departments_table(code: str, label: str) -> None:
    assert department_label(code) == label


@pytest.mark.parametrize(("maximum", "ticks"), [(0, [0, 1]), (1, [0, 1]), (4, [0, 1, 2, 3, 4]), (7, [0, 2, 4, 6, 8]), (23, [0, 5, 10, 15, 20, 25]), (480, [0, 100, 200, 300, 400, 500])])
def test_chart_ticks_are_round_integers(maximum: int, ticks: list[int]) -> None:
    assert nice_ticks(maximum) == ticks
