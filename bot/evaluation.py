"""Held-out evaluation of FAQ routing: ``python -m bot eval``.

Every held-out message goes through Rasa's NLU (the trained model) and then
:func:`bot.faq_router.decide`, the same decision the ``action_answer_faq``
action takes for a website message.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from bot.faq import Faq, cached_faq
from bot.faq_router import Decision, decide
from bot.paths import HELDOUT_FILE
from bot.training import model_path

TARGETS = {"top1": 0.95, "top3": 0.99, "oos_rejection": 0.90}


@dataclass(frozen=True)
class HeldOut:
    in_scope: list[tuple[str, str]]
    out_of_scope: list[str]


def load_heldout(path: Path = HELDOUT_FILE) -> HeldOut:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return HeldOut(
        in_scope=[(item["text"], item["expected"]) for item in data["in_scope"]],
        out_of_scope=list(data["out_of_scope"]),
    )


@dataclass
class EvalReport:
    total: int = 0
    top1: int = 0
    top3: int = 0
    oos_total: int = 0
    oos_rejected: int = 0
    oos_declined: int = 0
    confusions: Counter = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    def rate(self, name: str) -> float:
        if name == "oos_rejection":
            return self.oos_rejected / self.oos_total if self.oos_total else 0.0
        return getattr(self, name) / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "in_scope": self.total,
            "top1": round(self.rate("top1"), 4),
            "top3": round(self.rate("top3"), 4),
            "out_of_scope": self.oos_total,
            "oos_rejection": round(self.rate("oos_rejection"), 4),
            "oos_declined_outright": self.oos_declined,
            "confusions": [{"expected": e, "got": g, "count": n} for (e, g), n in self.confusions.most_common()],
            "misses": self.misses,
        }


def score(heldout: HeldOut, decisions_in: list[Decision], decisions_oos: list[Decision]) -> EvalReport:
    report = EvalReport()
    for (text, expected), decision in zip(heldout.in_scope, decisions_in, strict=True):
        report.total += 1
        if decision.kind == "answer" and decision.faq_id == expected:
            report.top1 += 1
        if expected in decision.candidates:
            report.top3 += 1
        if not (decision.kind == "answer" and decision.faq_id == expected):
            got = decision.faq_id if decision.kind == "answer" else f"({decision.kind})"
            if decision.kind == "answer":
                report.confusions[(expected, got)] += 1
            report.misses.append({"text": text, "expected": expected, "got": got, "candidates": decision.candidates, "confidence": round(decision.confidence, 3)})
    for text, decision in zip(heldout.out_of_scope, decisions_oos, strict=True):
        report.oos_total += 1
        if decision.kind != "answer":
            report.oos_rejected += 1
        else:
            report.misses.append({"text": text, "expected": "(hors sujet)", "got": decision.faq_id, "candidates": decision.candidates, "confidence": round(decision.confidence, 3)})
        if decision.kind == "out_of_scope":
            report.oos_declined += 1
    return report


async def _parse_all(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    from bot.rasa_quiet import quiet_rasa

    quiet_rasa()
    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def evaluate(model: Path | None = None, heldout_path: Path = HELDOUT_FILE, faq: Faq | None = None) -> EvalReport:
    faq = faq or cached_faq()
    heldout = load_heldout(heldout_path)
    texts = [t for t, _ in heldout.in_scope] + heldout.out_of_scope
    parses = asyncio.run(_parse_all(model or model_path(), texts))
    known = set(faq.ids)
    decisions = [decide(p, known, faq) for p in parses]
    split = len(heldout.in_scope)
    return score(heldout, decisions[:split], decisions[split:])


def format_report(report: EvalReport, floors: dict[str, float]) -> str:
    lines = [
        f"Questions de la FAQ : {report.total}",
        f"  bonne réponse en premier (top-1)        : {report.rate('top1'):.1%}  (objectif {TARGETS['top1']:.0%})",
        f"  bonne réponse ou suggestion (top-3)     : {report.rate('top3'):.1%}  (objectif {TARGETS['top3']:.0%})",
        f"Messages hors sujet : {report.oos_total}",
        f"  sans réponse de FAQ (rejet)             : {report.rate('oos_rejection'):.1%}  (objectif {TARGETS['oos_rejection']:.0%})",
        f"  dont déclinés directement (hors sujet)  : {report.oos_declined}/{report.oos_total}",
    ]
    if report.confusions:
        lines.append("Confusions les plus fréquentes (attendu → répondu) :")
        lines += [f"  {n} × {e} → {g}" for (e, g), n in report.confusions.most_common(8)]
    if report.misses:
        lines.append("Échecs :")
        lines += [f"  « {m['text']} » : attendu {m['expected']}, obtenu {m['got']} (confiance {m['confidence']})" for m in report.misses]
    failed = [name for name, floor in floors.items() if report.rate(name) < floor]
    for name in failed:
        lines.append(f"SOUS LE PLANCHER : {name} = {report.rate(name):.1%} < {floors[name]:.1%}")
    return "\n".join(lines)


def write_json(report: EvalReport, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(report.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8")
