"""Scoring held-out decisions and comparing stored requests, without a model or a server."""

from __future__ import annotations

from datetime import date, datetime
from types import SimpleNamespace

from bot.faq.router import Decision, Thresholds
from bot.quality.evaluation import HeldOut, _with_thresholds, load_audit, load_heldout, score
from bot.quality.free_text_dialogues import compare_stored
from bot.settings import HELDOUT_FILES


def test_decisions_are_scored_in_the_order_of_the_held_out_texts() -> None:
    heldout = HeldOut(
        in_scope=[("combien ça coûte ?", "cout"), ("qui paie ?", "cout")],
        out_of_scope=["quel temps fait-il ?"],
        multi=[("coût et durée ?", ["cout", "duree"])],
        junk=["azerty"],
    )
    decisions = [
        Decision("answer", faq_id="cout"),
        Decision("suggest", suggestions=["duree", "cout"]),
        Decision("answer", faq_ids=["cout", "duree"]),
        Decision("out_of_scope"),
        Decision("answer", faq_id="cout"),
    ]
    report = score(heldout, decisions)
    assert (report.total, report.top1, report.top3) == (2, 1, 2)
    assert (report.multi_total, report.multi_all) == (1, 1)
    assert (report.oos_total, report.oos_rejected) == (1, 1)
    assert (report.junk_total, report.junk_rejected) == (1, 0)
    assert [m["text"] for m in report.misses] == ["qui paie ?", "azerty"]


def test_the_audit_only_tells_which_wrong_answers_both_annotators_accept() -> None:
    heldout = HeldOut(in_scope=[("coût ?", "cout"), ("durée ?", "duree"), ("lieu ?", "lieu")], out_of_scope=[])
    audit = {"coût ?": frozenset({"cout", "pec"}), "durée ?": frozenset({"duree"})}
    decisions = [Decision("answer", faq_id="pec"), Decision("answer", faq_id="pec"), Decision("suggest", suggestions=["lieu"])]
    report = score(heldout, decisions, audit=audit)
    assert (report.top1, report.top3) == (0, 1)  # the targets still count the expected entry only
    assert (report.wrong, report.wrong_acceptable) == (2, 1)


def test_every_held_out_label_is_confirmed_by_both_blind_annotators() -> None:
    """tests/data/heldout-audit.yml covers every held-out question, and both annotators list its expected entry."""
    audit = load_audit()
    questions = [q for path in HELDOUT_FILES for q in load_heldout(path).in_scope]
    assert sorted(audit) == sorted(text for text, _ in questions), "l'audit ne couvre plus exactement les questions des jeux tenus à l'écart"
    assert [(text, expected) for text, expected in questions if expected not in audit[text]] == []


def test_a_peer_decides_with_its_own_thresholds() -> None:
    seen: list[tuple[str, Thresholds]] = []
    thresholds = Thresholds(answer=0.7, suggest=0.3)

    def decide(text: str, given: Thresholds) -> Decision:
        seen.append((text, given))
        return Decision("out_of_scope")

    assert _with_thresholds(decide, thresholds, "bonjour").kind == "out_of_scope"
    assert seen == [("bonjour", thresholds)]


def test_stored_dates_times_tuples_and_numbers_compare_with_what_was_meant() -> None:
    stored = SimpleNamespace(
        start_date=date(2027, 1, 4), consent_at=datetime(2026, 11, 30, 9, 15), needs=("cariste",), hours=35.0, town="Angers"
    )
    expected = {"start_date": "2027-01-04", "consent_at": "2026-11-30T09:15:00", "needs": ["cariste"], "hours": 35, "town": "Angers"}
    assert compare_stored(expected, stored) == []
    assert compare_stored({"town": "Nantes", "start_date": "2027-02-01"}, stored) == [
        "town : enregistré 'Angers', attendu 'Nantes'",
        "start_date : enregistré '2027-01-04', attendu '2027-02-01'",
    ]
