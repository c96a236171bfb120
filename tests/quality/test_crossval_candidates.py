"""Candidates of the cross-validation that are more than a configuration of the assistant's classifier."""

from __future__ import annotations

import pytest

from bot.faq.model import ModelConfig
from bot.quality.crossval import OurModel, PairwiseSecondStage

TEXTS = {
    "faq/cout": ["combien coute la formation", "qui paye la formation", "la formation est elle payante", "prix de la formation",
                 "cout du parcours", "qui finance le parcours"],
    "faq/duree": ["combien de temps dure la formation", "duree de la formation", "la formation dure combien d heures",
                  "nombre d heures du parcours", "longueur du parcours", "la formation prend combien de semaines"],
    "faq/lieu": ["ou se passe la formation", "lieu de la formation", "la formation est elle chez nous", "dans quel centre",
                 "formation a distance", "le parcours se fait ou"],
    "out_of_scope": ["quelle heure est il", "la meteo demain", "recette de crepes", "resultat du match", "bonjour le monde",
                     "ou est la gare"],
}


def _fit(model: OurModel) -> OurModel:
    texts = [t for examples in TEXTS.values() for t in examples]
    labels = [label for label, examples in TEXTS.items() for _ in examples]
    return model.fit(texts, labels)


@pytest.mark.parametrize("weight", [0.0, 0.5, 1.0])
def test_the_second_stage_shares_again_only_the_two_best_entries_mass(weight: float) -> None:
    config = ModelConfig(dense_weight=0.0, place_tokens=False)
    first = _fit(OurModel(config)).scores(["combien coute la formation et combien de temps"])[0]
    second = _fit(PairwiseSecondStage(config, weight=weight)).scores(["combien coute la formation et combien de temps"])[0]
    before, after = dict(first.faq), dict(second.faq)
    top_two = sorted(before, key=lambda i: -before[i])[:2]
    assert sum(after[i] for i in top_two) == pytest.approx(sum(before[i] for i in top_two))
    assert {i: p for i, p in after.items() if i not in top_two} == pytest.approx({i: p for i, p in before.items() if i not in top_two})
    assert dict(second.other) == pytest.approx(dict(first.other))
    if weight == 0.0:
        assert after == pytest.approx(before)


def test_the_pair_model_is_trained_once_per_pair() -> None:
    model = _fit(PairwiseSecondStage(ModelConfig(dense_weight=0.0, place_tokens=False), weight=1.0))
    model.scores(["qui paye la formation", "la formation coute combien", "duree et prix de la formation"])
    assert 1 <= len(model._pairs) <= 3 and all(a < b for a, b in model._pairs)
