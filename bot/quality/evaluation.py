"""Held-out evaluation of FAQ routing: ``python -m bot eval [--peers]``.

Every held-out message goes through Rasa's NLU (the trained model, whose
pipeline takes the decision), then :func:`bot.faq.router.decide` and
:func:`bot.dialogue.turns.read_typed` (the rules for a place or the procedure, and
a hiring project that got no answer starting the check: decision ``check``),
exactly what ``action_answer_faq`` does for the first message of a website
conversation. With ``--peers``, the
two plain peers (TF-IDF + logistic regression; nearest example with rapidfuzz)
are trained in the same run on the same examples, their thresholds chosen by
the same cross-validation rule (:mod:`bot.quality.crossval`), and go through the same
decision functions, :func:`bot.faq.router.decide_scores` then ``read_typed``.

A held-out file has up to four parts: ``in_scope`` (one question, its
expected entry), ``multi`` (several questions, every expected entry in
order), ``out_of_scope`` and ``junk`` (never to be answered with an FAQ entry).
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue.turns import read_typed
from bot.faq.entries import cached_faq
from bot.faq.router import Decision, Thresholds, decide
from bot.settings import HELDOUT_AUDIT_FILE, HELDOUT_FILES, MODEL_FILE

TARGETS = {"top1": 0.97, "top3": 0.995, "oos_rejection": 0.95, "junk_rejection": 1.0, "multi_all": 0.0}
ASSISTANT = "assistant"


@dataclass(frozen=True)
class HeldOut:
    in_scope: list[tuple[str, str]]
    out_of_scope: list[str]
    multi: list[tuple[str, list[str]]] = field(default_factory=list)
    junk: list[str] = field(default_factory=list)

    @property
    def texts(self) -> list[str]:
        return [t for t, _ in self.in_scope] + [t for t, _ in self.multi] + self.out_of_scope + self.junk


def load_heldout(path: Path) -> HeldOut:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return HeldOut(
        in_scope=[(item["text"], item["expected"]) for item in data["in_scope"]],
        out_of_scope=list(data.get("out_of_scope") or []),
        multi=[(item["text"], list(item["expected"])) for item in data.get("multi") or []],
        junk=list(data.get("junk") or []),
    )


def load_audit(path: Path = HELDOUT_AUDIT_FILE) -> dict[str, frozenset[str]]:
    """For each audited question, the entries both blind annotators judged to answer it (empty when absent)."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {item["text"]: frozenset(item["a"]) & frozenset(item["b"]) for item in data["questions"]}


@dataclass
class EvalReport:
    name: str = ASSISTANT
    total: int = 0
    top1: int = 0
    top3: int = 0
    oos_total: int = 0
    oos_rejected: int = 0
    junk_total: int = 0
    junk_rejected: int = 0
    multi_total: int = 0
    multi_all: int = 0
    #: Among the direct answers other than the expected entry (:attr:`confusions`), those both annotators judged right too.
    wrong_acceptable: int = 0
    #: (expected, answered) → count, for every direct answer other than the expected entry.
    confusions: Counter = field(default_factory=Counter)
    misses: list[dict[str, Any]] = field(default_factory=list)

    @property
    def wrong(self) -> int:
        """Direct answers other than the expected entry."""
        return sum(self.confusions.values())

    def rate(self, name: str) -> float:
        if name == "oos_rejection":
            return self.oos_rejected / self.oos_total if self.oos_total else 1.0
        if name == "junk_rejection":
            return self.junk_rejected / self.junk_total if self.junk_total else 1.0
        if name == "multi_all":
            return self.multi_all / self.multi_total if self.multi_total else 1.0
        return getattr(self, name) / self.total if self.total else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "in_scope": self.total,
            **{name: round(self.rate(name), 4) for name in TARGETS},
            "out_of_scope": self.oos_total,
            "junk": self.junk_total,
            "multi": self.multi_total,
            "wrong": self.wrong,
            "wrong_acceptable": self.wrong_acceptable,
            "confusions": [{"expected": e, "got": g, "count": n} for (e, g), n in self.confusions.most_common()],
            "misses": self.misses,
        }


def _miss(text: str, expected: str, decision: Decision) -> dict[str, Any]:
    got = ", ".join(decision.answers) if decision.answers else f"({decision.kind})"
    return {"text": text, "expected": expected, "got": got, "candidates": decision.candidates, "confidence": round(decision.confidence, 3)}


def score(heldout: HeldOut, decisions: Sequence[Decision], name: str = ASSISTANT,
          audit: dict[str, frozenset[str]] | None = None) -> EvalReport:
    """Compare decisions (in the order of :attr:`HeldOut.texts`) with what was expected; ``audit``
    (:func:`load_audit`) only tells which wrong direct answers both annotators judged right too."""
    report = EvalReport(name=name)
    audit = audit or {}
    remaining = iter(decisions)
    for text, expected in heldout.in_scope:
        decision = next(remaining)
        report.total += 1
        right = decision.answers[:1] == [expected]
        report.top1 += right
        report.top3 += expected in decision.candidates[:3]
        if not right:
            acceptable = bool(decision.answers) and decision.answers[0] in audit.get(text, frozenset())
            if decision.answers:
                report.confusions[(expected, decision.answers[0])] += 1
                report.wrong_acceptable += acceptable
            report.misses.append({**_miss(text, expected, decision), "acceptable": acceptable})
    for text, expected_ids in heldout.multi:
        decision = next(remaining)
        report.multi_total += 1
        if decision.answers == expected_ids:
            report.multi_all += 1
        else:
            report.misses.append(_miss(text, " + ".join(expected_ids), decision))
    for text in heldout.out_of_scope:
        decision = next(remaining)
        report.oos_total += 1
        if decision.answers:
            report.misses.append(_miss(text, "(hors sujet)", decision))
        else:
            report.oos_rejected += 1
    for text in heldout.junk:
        decision = next(remaining)
        report.junk_total += 1
        if decision.answers:
            report.misses.append(_miss(text, "(message sans question)", decision))
        else:
            report.junk_rejected += 1
    return report


async def _parse_all(model: Path, texts: list[str]) -> list[dict[str, Any]]:
    from rasa.core.agent import Agent

    from bot.rasa_plugins.quiet import quiet_rasa

    quiet_rasa()
    agent = Agent.load(str(model))
    return [await agent.parse_message(text) for text in texts]


def assistant_decisions(texts: list[str], model: Path | None = None) -> list[Decision]:
    """The trained assistant's decisions: Rasa's parse, then what action_answer_faq reads."""
    faq = cached_faq()
    known = set(faq.ids)
    parses = asyncio.run(_parse_all(model or MODEL_FILE, texts))
    return [read_typed(decide(parse, known), text, faq)[0] for text, parse in zip(texts, parses, strict=True)]


def peer_deciders() -> dict[str, tuple[Callable[[str], Decision], Thresholds]]:
    """Each peer trained on every training example, with thresholds chosen by cross-validation."""
    from bot.quality.crossval import CANDIDATES, PEERS, collect_examples, decider, run

    examples = collect_examples(cached_faq())
    chosen = {r.name: r.thresholds for r in run(PEERS, examples)}
    result: dict[str, tuple[Callable[[str], Decision], Thresholds]] = {}
    for name in PEERS:
        thresholds = chosen[name]
        decide_peer = decider(CANDIDATES[name]().fit([e.text for e in examples], [e.label for e in examples]))
        result[name] = (partial(_with_thresholds, decide_peer, thresholds), thresholds)
    return result


def _with_thresholds(decide_peer: Callable[[str, Thresholds], Decision], thresholds: Thresholds, text: str) -> Decision:
    return read_typed(decide_peer(text, thresholds), text, cached_faq())[0]


def evaluate(model: Path | None = None, heldout_paths: Sequence[Path] = HELDOUT_FILES, peers: bool = False) -> dict[Path, list[EvalReport]]:
    """Reports per held-out file: the assistant first, then the peers if asked."""
    heldouts = {path: load_heldout(path) for path in heldout_paths}
    audit = load_audit()
    texts = [t for h in heldouts.values() for t in h.texts]
    decisions = iter(assistant_decisions(texts, model))
    reports = {path: [score(h, [next(decisions) for _ in h.texts], audit=audit)] for path, h in heldouts.items()}
    if peers:
        for name, (decide_peer, _) in peer_deciders().items():
            for path, heldout in heldouts.items():
                reports[path].append(score(heldout, [decide_peer(t) for t in heldout.texts], name, audit))
    return reports


LABELS = {
    "top1": "bonne réponse directe (top-1)",
    "top3": "bonne réponse ou suggestion (top-3)",
    "oos_rejection": "hors sujet sans réponse de FAQ",
    "junk_rejection": "messages sans question sans réponse de FAQ",
    "multi_all": "plusieurs questions : toutes répondues",
}


WRONG_LABEL = "réponses fausses (dont justes selon l'audit)"


def format_table(path: Path, reports: Sequence[EvalReport]) -> str:
    first = reports[0]
    lines = [f"{path.name} : {first.total} questions, {first.multi_total} messages à plusieurs questions, "
             f"{first.oos_total} hors sujet, {first.junk_total} sans question", ""]
    lines.append(f"{'mesure':48s}" + "".join(f"{r.name[:26]:>28s}" for r in reports) + f"{'objectif':>10s}")
    for name, label in LABELS.items():
        target = f"{TARGETS[name]:.1%}" if TARGETS[name] else "—"
        lines.append(f"{label:48s}" + "".join(f"{r.rate(name):>28.1%}" for r in reports) + f"{target:>10s}")
    # Information only: the targets are measured on the expected entry.
    lines.append(f"{WRONG_LABEL:48s}" + "".join(f"{f'{r.wrong} (dont {r.wrong_acceptable})':>28s}" for r in reports) + f"{'—':>10s}")
    return "\n".join(lines)


def format_misses(report: EvalReport) -> str:
    lines = []
    if report.confusions:
        lines.append("Confusions les plus fréquentes (attendu → répondu) :")
        lines += [f"  {n} × {e} → {g}" for (e, g), n in report.confusions.most_common(8)]
    if report.misses:
        lines.append("Échecs :")
        lines += [f"  « {m['text']} » : attendu {m['expected']}, obtenu {m['got']} (confiance {m['confidence']})"
                  + (" — juste aussi selon l'audit" if m.get("acceptable") else "") for m in report.misses]
    return "\n".join(lines)


def below_floors(report: EvalReport, floors: dict[str, float]) -> list[str]:
    return [f"SOUS LE PLANCHER : {name} = {report.rate(name):.1%} < {floor:.1%}" for name, floor in floors.items() if report.rate(name) < floor]


def behind_peers(reports: Sequence[EvalReport]) -> list[str]:
    """Measures (top-1, top-3) where a peer does at least as well as the assistant."""
    assistant, *peers = reports
    return [f"PAS DEVANT LE PAIR « {p.name} » : {name} {assistant.rate(name):.1%} ≤ {p.rate(name):.1%}"
            for p in peers for name in ("top1", "top3") if assistant.rate(name) <= p.rate(name)]


def write_json(reports: dict[Path, list[EvalReport]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {p.name: [r.as_dict() for r in rs] for p, rs in reports.items()}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
