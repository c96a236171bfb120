"""Eligibility rules engine: ``data/eligibility/rules.yml`` applied to the facts
gathered during the guided check.

The rules are data (Region staff edit them); this module only knows how to
evaluate conditions and combine verdicts. The worst verdict wins:
``ineligible`` > ``derogation`` > ``eligible``.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.settings import ELIGIBILITY_DIR

RULES_FILE = ELIGIBILITY_DIR / "rules.yml"
VERDICTS = ("eligible", "derogation", "ineligible")
FACTS = ("contract_type", "contract_duration", "department", "candidate_status", "weekly_hours")

_CONDITION: dict[str, Any] = {
    "oneOf": [
        {
            "type": "object",
            "required": ["fact"],
            "additionalProperties": False,
            "properties": {
                "fact": {"enum": list(FACTS)},
                "in": {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1},
                "not_in": {"type": "array", "items": {"type": ["string", "number"]}, "minItems": 1},
                "lt": {"type": "number"},
                "gte": {"type": "number"},
            },
            "minProperties": 2,
            "maxProperties": 2,
        },
        {"type": "object", "required": ["all"], "additionalProperties": False, "properties": {"all": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}}},
        {"type": "object", "required": ["any"], "additionalProperties": False, "properties": {"any": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/condition"}}}},
        {"type": "object", "required": ["not"], "additionalProperties": False, "properties": {"not": {"$ref": "#/$defs/condition"}}},
    ]
}

RULES_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$defs": {"condition": _CONDITION},
    "type": "object",
    "required": ["version", "eligibility_rules"],
    "additionalProperties": False,
    "properties": {
        "version": {"const": 1},
        "eligibility_rules": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["id", "enabled", "when", "verdict", "explanation", "source"],
                "additionalProperties": False,
                "properties": {
                    "id": {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"},
                    "enabled": {"type": "boolean"},
                    "when": {"$ref": "#/$defs/condition"},
                    "verdict": {"enum": list(VERDICTS)},
                    "explanation": {"type": "string", "minLength": 10},
                    "source": {"type": "string", "pattern": r"^(faq:[a-z][a-z0-9_]*|https?://\S+)$"},
                    "alternative": {"type": "string", "minLength": 10},
                    "to_check": {"type": "boolean"},
                },
            },
        },
    },
}


class RulesError(ValueError):
    """The rules file is not valid; the message is in French, for Region staff."""


@dataclass(frozen=True)
class Rule:
    id: str
    enabled: bool
    when: dict[str, Any]
    verdict: str
    explanation: str
    source: str
    alternative: str | None = None
    #: An « eligible » that holds only once something is checked (the candidate's registration): said in the headline.
    to_check: bool = False

    @property
    def faq_source(self) -> str | None:
        return self.source[4:] if self.source.startswith("faq:") else None


@dataclass(frozen=True)
class Verdict:
    """Outcome of the check: the verdict and the rules that led to it."""

    verdict: str
    reasons: tuple[str, ...]
    rules: tuple[Rule, ...]
    #: With « ineligible », the rules that would still need a derogation once the others are met (a CDD of 4 months, besides a
    #: candidate already employed): said with them, not discovered after (thirtieth blind user test).
    also: tuple[Rule, ...] = ()


def load_rules(path: Path = RULES_FILE, known_faq_ids: set[str] | None = None) -> tuple[Rule, ...]:
    """Read and validate the rules; raise :class:`RulesError` with a French message."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RulesError(f"{path} : fichier illisible ({error})") from error
    validator = jsonschema.Draft202012Validator(RULES_SCHEMA)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        details = "\n".join(f"  - à l'emplacement {'/'.join(map(str, e.absolute_path)) or '(racine)'} : {e.message}" for e in errors[:10])
        raise RulesError(f"{path} : règles invalides\n{details}")
    rules = tuple(Rule(**item) for item in data["eligibility_rules"])
    ids = [r.id for r in rules]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise RulesError(f"{path} : identifiants de règle en double : {', '.join(duplicates)}")
    if known_faq_ids is not None:
        unknown = [f"{r.id} → {r.faq_source}" for r in rules if r.faq_source and r.faq_source not in known_faq_ids]
        if unknown:
            raise RulesError(f"{path} : source vers une entrée de FAQ inconnue : {', '.join(unknown)}")
    return rules


@lru_cache(maxsize=1)
def _cached_rules(path: Path, mtime: float) -> tuple[Rule, ...]:
    return load_rules(path)


def current_rules(path: Path = RULES_FILE) -> tuple[Rule, ...]:
    """The rules, re-read whenever the file changes (staff edits apply without restart)."""
    return _cached_rules(path, path.stat().st_mtime)


def _matches(condition: dict[str, Any], facts: dict[str, Any]) -> bool | None:
    """True/False, or None when a fact the condition needs is unknown."""
    if "all" in condition:
        results = [_matches(c, facts) for c in condition["all"]]
        if False in results:
            return False
        return None if None in results else True
    if "any" in condition:
        results = [_matches(c, facts) for c in condition["any"]]
        if True in results:
            return True
        return None if None in results else False
    if "not" in condition:
        result = _matches(condition["not"], facts)
        return None if result is None else not result
    value = facts.get(condition["fact"])
    if value is None:
        return None
    if "in" in condition:
        return str(value) in {str(v) for v in condition["in"]}
    if "not_in" in condition:
        return str(value) not in {str(v) for v in condition["not_in"]}
    if "lt" in condition:
        return float(value) < float(condition["lt"])
    return float(value) >= float(condition["gte"])


def evaluate(facts: dict[str, Any], rules: tuple[Rule, ...] | None = None) -> Verdict:
    """Apply the enabled rules to ``facts`` and combine their verdicts."""
    rules = current_rules() if rules is None else rules
    fired = [r for r in rules if r.enabled and _matches(r.when, facts) is True]
    for verdict in reversed(VERDICTS):
        matching = tuple(r for r in fired if r.verdict == verdict)
        if matching:
            also = tuple(r for r in fired if r.verdict == "derogation") if verdict == "ineligible" else ()
            return Verdict(verdict, tuple(r.id for r in matching), matching, also)
    return Verdict("eligible", (), ())


def evaluate_each(facts: dict[str, Any], fact: str, values: Collection[str], rules: tuple[Rule, ...] | None = None) -> Verdict | None:
    """The verdict ``facts`` get whichever of ``values`` ``fact`` takes (« CDI ou CDD de 8 mois », an alternance whose contract
    is not said: each is eligible), with the reasons of every value; None when the values get different verdicts, or when a
    rule on ``fact`` cannot be decided for one of them (a CDD whose length is unknown): then the value changes the verdict, or
    may."""
    rules = current_rules() if rules is None else rules
    verdicts = []
    for value in values:
        each = {**facts, fact: value}
        if any(r.enabled and fact in condition_facts(r.when) and _matches(r.when, each) is None for r in rules):
            return None
        verdicts.append(evaluate(each, rules))
    if not verdicts or len({v.verdict for v in verdicts}) > 1:
        return None
    fired = {rule_id for v in verdicts for rule_id in v.reasons}
    matching = tuple(r for r in rules if r.id in fired)  # (in the file's order, each rule once)
    return Verdict(verdicts[0].verdict, tuple(r.id for r in matching), matching)


def condition_facts(condition: dict[str, Any]) -> set[str]:
    """The facts a rule's condition reads."""
    if "fact" in condition:
        return {condition["fact"]}
    parts = condition.get("all") or condition.get("any") or ([condition["not"]] if "not" in condition else [])
    return set().union(*(condition_facts(c) for c in parts)) if parts else set()


def open_conditions(facts: dict[str, Any], rules: tuple[Rule, ...] | None = None, asked: Collection[str] = ()) -> tuple[Rule, ...]:
    """The enabled rules that would make the project ineligible and that ``facts`` cannot decide yet
    (a fact they need is unknown, such as the weekly hours, which only the submission asks);
    rules on the ``asked`` facts are left out (the check asks those itself)."""
    rules = current_rules() if rules is None else rules
    return tuple(r for r in rules if r.enabled and r.verdict == "ineligible" and _matches(r.when, facts) is None
                 and not condition_facts(r.when) & set(asked))


def rules_on(fact: str, rules: tuple[Rule, ...] | None = None) -> tuple[Rule, ...]:
    """The enabled rules whose condition reads ``fact`` (« au moins 24 heures » for ``weekly_hours``)."""
    rules = current_rules() if rules is None else rules
    return tuple(r for r in rules if r.enabled and fact in condition_facts(r.when))


_URL = re.compile(r"^https?://")


def source_label(rule: Rule, faq: Any | None = None) -> str:
    """French citation of a rule's source: the FAQ section, or the web page."""
    if rule.faq_source and faq is not None:
        entry = faq.get(rule.faq_source)
        if entry is not None:
            return entry.source
    if _URL.match(rule.source):
        return f"Source : {rule.source}"
    return f"Source : FAQ, entrée « {rule.faq_source} »"
