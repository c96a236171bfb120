"""Decides what to do with a parsed user message: answer, suggest or decline.

It mirrors the dialogue rules (data/rules.yml): a confident FAQ question is
answered by Rasa's retrieval action ``utter_faq``; a suggestion button
(``/faq{"faq_id": …}``) and an unsure message (``nlu_fallback``) go to
``action_answer_faq``, which calls :func:`decide`. The evaluation
(``python -m bot eval``) calls it on every parse result, so what is measured is
what users get.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from bot.faq import Faq
from bot.faq_lexical import fuse, lexical_ranking
from bot.rasa_importer import RETRIEVAL_INTENT

#: Number of questions offered when the assistant is unsure.
SUGGESTION_COUNT = 3
FALLBACK_INTENT = "nlu_fallback"
OUT_OF_SCOPE_INTENT = "out_of_scope"
FAQ_ID_ENTITY = "faq_id"


@dataclass(frozen=True)
class Decision:
    """What the assistant does with one message."""

    kind: str  # "answer", "suggest", "out_of_scope" or "other"
    faq_id: str | None = None
    suggestions: list[str] = field(default_factory=list)
    confidence: float = 0.0
    intent: str | None = None

    @property
    def candidates(self) -> list[str]:
        """FAQ ids put in front of the user: the answer or the suggestions."""
        return [self.faq_id] if self.faq_id else list(self.suggestions)


def faq_ranking(parse_data: dict[str, Any]) -> list[tuple[str, float]]:
    """FAQ ids ranked by the response selector, best first."""
    selector = (parse_data.get("response_selector") or {}).get(RETRIEVAL_INTENT) or {}
    ranking = selector.get("ranking") or []
    result = []
    for item in ranking:
        key = item.get("intent_response_key") or ""
        prefix = f"{RETRIEVAL_INTENT}/"
        if key.startswith(prefix):
            result.append((key[len(prefix):], float(item.get("confidence") or 0.0)))
    return result


def _requested_faq_id(parse_data: dict[str, Any], known_ids: set[str] | None) -> str | None:
    for entity in parse_data.get("entities") or []:
        if entity.get("entity") == FAQ_ID_ENTITY:
            value = entity.get("value")
            if isinstance(value, str) and (known_ids is None or value in known_ids):
                return value
    return None


def decide(parse_data: dict[str, Any], known_ids: set[str] | None = None, faq: Faq | None = None) -> Decision:
    """Route one parse result (Rasa's ``latest_message``) to a decision.

    With ``faq``, the questions offered when unsure fuse the response
    selector's ranking with a lexical one (:mod:`bot.faq_lexical`).
    """
    intent = (parse_data.get("intent") or {}).get("name")
    confidence = float((parse_data.get("intent") or {}).get("confidence") or 0.0)
    requested = _requested_faq_id(parse_data, known_ids)
    if requested:  # a suggestion button: deterministic, no classification involved
        return Decision("answer", faq_id=requested, confidence=1.0, intent=intent)
    ranking = [(i, c) for i, c in faq_ranking(parse_data) if known_ids is None or i in known_ids]

    def suggestions() -> list[str]:
        # Computed only when the assistant asks back: not on the answer path.
        if faq is None:
            return [faq_id for faq_id, _ in ranking[:SUGGESTION_COUNT]]
        lexical = [i for i in lexical_ranking(parse_data.get("text") or "", faq) if known_ids is None or i in known_ids]
        return fuse([i for i, _ in ranking[:10]], lexical, count=SUGGESTION_COUNT)

    if intent == RETRIEVAL_INTENT:
        # Unsure selections were already turned into nlu_fallback by
        # bot.response_selector_fallback (threshold in config.yml).
        if ranking:
            return Decision("answer", faq_id=ranking[0][0], confidence=ranking[0][1], intent=intent)
        return Decision("suggest", suggestions=suggestions(), intent=intent)
    if intent == FALLBACK_INTENT:
        if _best_real_intent(parse_data) == OUT_OF_SCOPE_INTENT:
            return Decision("out_of_scope", confidence=confidence, intent=intent)
        return Decision("suggest", suggestions=suggestions(), confidence=confidence, intent=intent)
    if intent == OUT_OF_SCOPE_INTENT:
        return Decision("out_of_scope", confidence=confidence, intent=intent)
    return Decision("other", confidence=confidence, intent=intent)


def _best_real_intent(parse_data: dict[str, Any]) -> str | None:
    for item in parse_data.get("intent_ranking") or []:
        if item.get("name") != FALLBACK_INTENT:
            return item.get("name")
    return None
