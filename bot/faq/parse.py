"""Reading the FAQ part of a parse result, the one place that knows its shape.

Rasa stores each user message's parse result (``latest_message``, the
``parse_data`` of a tracker's ``user`` events) as plain JSON. The FAQ
classifier (:mod:`bot.rasa_plugins.faq_classifier`) writes it, and three kinds
of readers need it back: the decision of the turn (:mod:`bot.faq.router`), the
feedback on the latest answer (:mod:`bot.faq.replies`) and the staff report
(:mod:`bot.staff.report`), which reads months-old conversations and so must
accept malformed or older data without raising.

This module is deliberately light (no spaCy, no scikit-learn): the report
imports it without loading the model's libraries.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

#: The intent of every FAQ question (its examples are tagged with their entry).
RETRIEVAL_INTENT = "faq"
#: The intent of a message the assistant cannot use (junk, or no confident intent).
FALLBACK_INTENT = "nlu_fallback"
#: The intent of questions the FAQ does not answer (examples in data/nlu).
OUT_OF_SCOPE_INTENT = "out_of_scope"
#: The entity of a suggestion button (``/faq{"faq_id": …}``): answer exactly that entry.
FAQ_ID_ENTITY = "faq_id"
#: Where the classifier stores its decision in the parse result.
DECISION_KEY = "faq_decision"


class IntentPrediction(TypedDict, total=False):
    name: str
    confidence: float


class EntityData(TypedDict, total=False):
    entity: str
    value: Any
    start: int
    end: int


class RankedResponse(TypedDict, total=False):
    """One item of Rasa's response-selector ranking (``faq/<entry id>``)."""

    intent_response_key: str
    confidence: float


class SelectorOutput(TypedDict, total=False):
    response: RankedResponse
    ranking: list[RankedResponse]


class DecisionData(TypedDict, total=False):
    """:class:`bot.faq.router.Decision` as stored (``dataclasses.asdict``)."""

    kind: str
    faq_ids: list[str]
    suggestions: list[str]
    confidence: float
    intent: str


class ParseData(TypedDict, total=False):
    """The fields of a Rasa parse result that the project reads or writes."""

    text: str
    intent: IntentPrediction
    entities: list[EntityData]
    intent_ranking: list[IntentPrediction]
    response_selector: dict[str, SelectorOutput]
    faq_decision: DecisionData


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def intent_name(parse: Mapping[str, Any]) -> str | None:
    name = _mapping(parse.get("intent")).get("name")
    return name if isinstance(name, str) and name else None


def requested_entry(parse: Mapping[str, Any], known_ids: set[str] | None = None) -> str | None:
    """The entry a suggestion button asked for (its ``faq_id`` entity), if known."""
    for entity in _list(parse.get("entities")):
        entity = _mapping(entity)
        if entity.get("entity") == FAQ_ID_ENTITY:
            value = entity.get("value")
            if isinstance(value, str) and value and (known_ids is None or value in known_ids):
                return value
    return None


def _entry_of(item: object) -> str | None:
    key = _mapping(item).get("intent_response_key")
    prefix = f"{RETRIEVAL_INTENT}/"
    if isinstance(key, str) and key.startswith(prefix) and len(key) > len(prefix):
        return key[len(prefix):]
    return None


def _selector(parse: Mapping[str, Any]) -> Mapping[str, Any]:
    selectors = _mapping(parse.get("response_selector"))
    # « default » is where Rasa put a selector trained without a retrieval intent (older models).
    return _mapping(selectors.get(RETRIEVAL_INTENT) or selectors.get("default"))


def ranked_entries(parse: Mapping[str, Any]) -> list[tuple[str, float]]:
    """FAQ ids ranked in a parse result, best first, with their confidence."""
    ranked = []
    for item in _list(_selector(parse).get("ranking")):
        entry = _entry_of(item)
        if entry:
            confidence = _mapping(item).get("confidence")
            ranked.append((entry, float(confidence) if isinstance(confidence, (int, float)) else 0.0))
    return ranked


def selected_entry(parse: Mapping[str, Any]) -> str | None:
    """The entry the classifier picked: the selector's response, else its best ranked."""
    selector = _selector(parse)
    for candidate in (selector.get("response"), *_list(selector.get("ranking"))[:1]):
        entry = _entry_of(candidate)
        if entry:
            return entry
    return None


def decided_entries(parse: Mapping[str, Any]) -> list[str]:
    """The entries the stored decision answered, in order (several questions in one message)."""
    return [entry for entry in _list(_mapping(parse.get(DECISION_KEY)).get("faq_ids")) if isinstance(entry, str) and entry]


def answered_entries(parse: Mapping[str, Any]) -> list[str]:
    """What an FAQ message was answered with: the button's entry, else the decision's, else the best ranked."""
    requested = requested_entry(parse)
    if requested:
        return [requested]
    decided = decided_entries(parse)
    if decided:
        return decided
    selected = selected_entry(parse)
    return [selected] if selected else []
