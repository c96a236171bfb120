"""Lexical ranking of FAQ entries, fused with the response selector's ranking
to choose the questions offered when the assistant is unsure.

The response selector ranks entries by meaning learnt from the examples; a
plain word/character overlap with the examples catches what it misses (rare
keywords, typos). Reciprocal rank fusion combines the two rankings without a
weight to tune.
"""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.faq import Faq
from bot.text import normalize

#: Reciprocal rank fusion constant (the usual value from the literature).
RRF_K = 60


@lru_cache(maxsize=8)
def _index(faq: Faq) -> tuple[list[str], list[str]]:
    texts, ids = [], []
    for entry in faq:
        for text in (*entry.examples, entry.question):
            texts.append(normalize(text))
            ids.append(entry.id)
    return texts, ids


def lexical_ranking(text: str, faq: Faq, limit: int = 10) -> list[str]:
    """FAQ ids whose examples look most like ``text``, best first."""
    query = normalize(text)
    if not query:
        return []
    texts, ids = _index(faq)
    ranked: list[str] = []
    for _, _, index in process.extract(query, texts, scorer=fuzz.token_set_ratio, limit=limit * 8):
        if ids[index] not in ranked:
            ranked.append(ids[index])
        if len(ranked) == limit:
            break
    return ranked


def fuse(*rankings: list[str], count: int = 3) -> list[str]:
    """Reciprocal rank fusion of several rankings of FAQ ids."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, faq_id in enumerate(ranking):
            scores[faq_id] = scores.get(faq_id, 0.0) + 1.0 / (RRF_K + rank + 1)
    return [faq_id for faq_id, _ in sorted(scores.items(), key=lambda item: -item[1])][:count]
