"""The report's figures, from trackers saved by Rasa's own SQLTrackerStore, and its pure helpers."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from report_trackers import DAY1, DAY2, NOW, UTC

from bot.staff.report import MASK, ReportData, collect_report_data, compute_report, group_unanswered, mask_personal_data
from bot.staff.report.analysis import ConversationFacts

# --------------------------------------------------------------------------- counts


def test_conversations_per_day(report_data: ReportData) -> None:
    # Alice's first session and Bob on day 1; Alice's second session and Chloé on day 2; Dan never wrote.
    assert report_data.conversations_per_day == ((DAY1, 2), (DAY2, 2))
    assert report_data.total_conversations == 4
    assert report_data.notices == () and report_data.errors == ()


def test_answers_served_per_entry_typed_and_buttons(report_data: ReportData) -> None:
    served = {e.faq_id: (e.typed, e.buttons) for e in report_data.entries if e.served}
    assert served == {"employeurs_concernes": (1, 0), "types_de_contrat": (1, 1), "salaries_etrangers": (1, 0)}
    assert report_data.total_answers == 4


def test_every_faq_entry_is_listed_with_its_question(report_data: ReportData, faq) -> None:
    assert [e.faq_id for e in report_data.entries] == faq.ids
    assert report_data.entry("duree_formation").served == 0
    assert report_data.entry("types_de_contrat").question == faq.get("types_de_contrat").question


def test_feedback_counts_ignore_slots_carried_to_a_new_session(report_data: ReportData) -> None:
    votes = {e.faq_id: (e.up, e.down) for e in report_data.entries if e.votes}
    assert votes == {"employeurs_concernes": (1, 0), "types_de_contrat": (0, 1), "salaries_etrangers": (0, 1)}
    assert report_data.entry("types_de_contrat").down_share == 1.0
    assert report_data.entry("employeurs_concernes").down_share == 0.0


def test_unanswered_questions_are_grouped_and_masked(report_data: ReportData) -> None:
    assert report_data.total_unanswered == 4  # the « /out_of_scope » button is not a question
    assert [g.count for g in report_data.unanswered] == [2, 1, 1]
    assert set(report_data.unanswered[0].examples) == {"Quel est le montant de l'aide financière ?", "quel montant pour l'aide financière employeur"}
    examples = [text for group in report_data.unanswered for text in group.examples]
    assert f"Rappelez-moi au {MASK} ou {MASK}, SIRET {MASK}" in examples
    assert not any("/" in text[:1] for text in examples)


def test_eligibility_funnel(report_data: ReportData) -> None:
    funnel = report_data.funnel
    assert (funnel.started, funnel.with_verdict, funnel.submitted) == (3, 2, 1)
    assert funnel.verdicts == (("eligible", 1), ("ineligible", 1))


def test_submissions_per_department(report_data: ReportData) -> None:
    counts = dict(report_data.submissions_per_department)
    assert counts["49"] == 1 and counts["44"] == 1 and counts["85"] == 0
    assert [code for code, _ in report_data.submissions_per_department] == ["44", "49", "53", "72", "85"]
    assert report_data.total_submissions == 2


def test_session_length_comes_from_the_domain(report_data: ReportData) -> None:
    import yaml

    from bot.settings import DOMAIN_FILE

    domain = yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8"))
    assert report_data.session_minutes == domain["session_config"]["session_expiration_time"]


def test_days_limits_conversations_and_submissions(report_databases: tuple[str, str]) -> None:
    recent = collect_report_data(*report_databases, days=1, now=NOW)  # since 2026-11-20 18:00 UTC: only day 2
    assert recent.since == NOW - timedelta(days=1)
    assert recent.total_conversations == 2 and dict(recent.conversations_per_day)[DAY2] == 2
    assert {e.faq_id for e in recent.entries if e.served} == {"salaries_etrangers"}
    assert (recent.funnel.started, recent.funnel.with_verdict, recent.funnel.submitted) == (1, 0, 0)
    assert recent.total_submissions == 0  # both were saved before the period


# --------------------------------------------------------------------------- pure aggregation


def test_compute_report_fills_the_period_and_lists_region_departments_first() -> None:
    facts = [
        ConversationFacts(day=date(2026, 11, 18), answers=(("a", "typed"), ("gone", "button")), feedback=(("a", "down"),)),
        ConversationFacts(day=date(2026, 11, 20), started_check=True, verdict="surprise", submitted=True),
    ]
    data = compute_report(
        facts,
        ["72", "35", "72", ""],
        {"a": "Question A ?", "b": "Question B ?"},
        generated_at=datetime(2026, 11, 21, 12, tzinfo=UTC),
        since=datetime(2026, 11, 17, 12, tzinfo=UTC),
        days=4,
        region_departments=("44", "72"),
    )
    assert [count for _, count in data.conversations_per_day] == [0, 1, 0, 1, 0]  # 17 → 21 November, empty days kept
    assert [(e.faq_id, e.question, e.served, e.down) for e in data.entries] == [("a", "Question A ?", 1, 1), ("b", "Question B ?", 0, 0), ("gone", None, 1, 0)]
    assert data.funnel.verdicts == (("inconnu", 1),)  # an unknown verdict value is « not recorded »
    assert data.submissions_per_department == (("44", 0), ("72", 2), ("35", 1))


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("écrivez à paul.durand+rh@entreprise.fr svp", f"écrivez à {MASK} svp"),
        ("mon numéro : 02.40.12.34.56", f"mon numéro : {MASK}"),
        ("+33 6 12 34 56 78 ou 0033612345678", f"{MASK} ou {MASK}"),
        ("siren 732829320 siret 732 829 320 00074", f"siren {MASK} siret {MASK}"),
        ("CDD de 6 mois, 35 heures, code postal 44000, en 2026", "CDD de 6 mois, 35 heures, code postal 44000, en 2026"),
    ],
)
def test_mask_personal_data(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


def test_grouping_is_greedy_and_biggest_first() -> None:
    groups = group_unanswered(
        ["Le montant de l'aide ?", "montant de l aide", "Montant de l'aide financière", "Où se garer ?", "le montant de l'aide ?"]
        + [f"exemple {n} de question longue sur le montant de l'aide" for n in range(6)]
    )
    assert groups[0].count == 10 and len(groups[0].examples) == 5
    assert groups[-1].examples == ("Où se garer ?",)
