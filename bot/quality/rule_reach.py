"""How often the decision path's rules change a right decision on the project's own examples.

Every rule of :func:`bot.dialogue.turns.read_typed` (:func:`bot.faq.replies.answer_by_rule`, a hiring project starting the
check…) is written from a conversation; a rule whose cue is too broad changes decisions the classifier gets right. Each
example of data/faq is given the decision a right model takes (its entry, answered) and an unsure one (its entry first among
the suggestions); each out-of-scope example of data/nlu, out of scope. What the rules make of them is counted: a right
answer turned into another entry's, a suggestion turned into a wrong answer, an out-of-scope question answered. No held-out
file is read. ``tests/faq/test_rule_reach.py`` keeps the counts from growing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from bot.dialogue.turns import read_typed
from bot.faq.entries import Faq
from bot.faq.router import Decision
from bot.settings import ROOT

NLU_FILE = ROOT / "data" / "nlu" / "general.yml"


@dataclass
class RuleReach:
    """Examples whose right decision a rule changed, by case: ``answer``, ``suggest``, ``out_of_scope``."""

    changed: dict[str, list[tuple[str, str | None, str]]] = field(default_factory=lambda: {"answer": [], "suggest": [], "out_of_scope": []})
    total: dict[str, int] = field(default_factory=lambda: {"answer": 0, "suggest": 0, "out_of_scope": 0})


def out_of_scope_examples() -> list[str]:
    """The out-of-scope examples of data/nlu."""
    data = yaml.safe_load(NLU_FILE.read_text(encoding="utf-8"))
    return [line.strip()[2:].strip() for block in data.get("nlu", []) if block.get("intent") == "out_of_scope"
            for line in str(block.get("examples", "")).splitlines() if line.strip().startswith("- ")]


def rule_reach(faq: Faq) -> RuleReach:
    """:class:`RuleReach` over data/faq's examples and data/nlu's out-of-scope ones; each change is (expected, got, text)."""
    reach = RuleReach()
    ids = [e.id for e in faq.entries]
    for entry in faq.entries:
        others = [i for i in ids if i != entry.id][:2]
        for text in entry.examples:
            for case, decision in (("answer", Decision("answer", faq_id=entry.id, faq_ids=[entry.id], confidence=0.9)),
                                   ("suggest", Decision("suggest", suggestions=[entry.id, *others], confidence=0.5))):
                got = read_typed(decision, text, faq)[0].answers
                reach.total[case] += 1
                if (case == "answer" or got) and (got[0] if got else None) != entry.id:
                    reach.changed[case].append((entry.id, got[0] if got else None, text))
    for text in out_of_scope_examples():
        got = read_typed(Decision("out_of_scope", confidence=0.9, intent="out_of_scope"), text, faq)[0].answers
        reach.total["out_of_scope"] += 1
        if got:
            reach.changed["out_of_scope"].append(("out_of_scope", got[0], text))
    return reach
