"""Lexical ranking and rank fusion used for the questions offered when unsure."""

from __future__ import annotations

from bot.faq import Faq
from bot.faq_lexical import fuse, lexical_ranking
from bot.faq_router import decide


def test_lexical_ranking_finds_keywords_and_typos(faq: Faq) -> None:
    assert lexical_ranking("qualiopi", faq)[0] == "organismes_qualiopi"
    assert "permis_de_conduire" in lexical_ranking("permi de conduir", faq)[:3]
    assert lexical_ranking("", faq) == []


def test_fuse_rewards_agreement_and_keeps_order() -> None:
    assert fuse(["a", "b", "c"], ["b", "d", "a"]) == ["b", "a", "d"]
    assert fuse(["a", "b"], [], count=1) == ["a"]


def test_suggestions_fuse_both_rankings(faq: Faq) -> None:
    parse = {
        "text": "qualiopi obligatoire ?",
        "intent": {"name": "nlu_fallback", "confidence": 0.3},
        "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "faq", "confidence": 0.9}],
        "response_selector": {"faq": {"ranking": [
            {"intent_response_key": "faq/formation_interne_totalite", "confidence": 0.3},
            {"intent_response_key": "faq/liste_organismes_formation", "confidence": 0.2},
            {"intent_response_key": "faq/catalogue_formations", "confidence": 0.1},
        ]}},
    }
    assert "organismes_qualiopi" not in decide(parse).suggestions
    assert "organismes_qualiopi" in decide(parse, faq=faq).suggestions
