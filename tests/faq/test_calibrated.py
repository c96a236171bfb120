"""The folded calibration gives scikit-learn's probabilities (bot/faq/calibrated.py)."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC

from bot.faq.calibrated import FoldedCalibration

TEXTS = {
    "cout": ["combien ça coûte", "qui paye la formation", "est-ce payant", "prix de la formation", "c'est gratuit ?", "tarif"],
    "duree": ["combien de temps dure la formation", "durée maximale", "la formation dure combien", "400 heures ?", "durée du parcours", "longueur"],
    "contrat": ["quels contrats", "un CDD de 6 mois ça marche", "CDI éligible", "alternance possible", "intérim accepté", "contrat pro"],
    "lieu": ["où se passe la formation", "formation en entreprise", "dans un organisme", "lieu de formation", "à distance ?", "sur site"],
}


@pytest.mark.parametrize("folds", [2, 3])
def test_same_probabilities_as_scikit_learn(folds: int) -> None:
    texts = [text for examples in TEXTS.values() for text in examples]
    labels = np.asarray([label for label, examples in TEXTS.items() for _ in examples])
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4)).fit(texts)
    model = CalibratedClassifierCV(LinearSVC(random_state=0), cv=folds, method="sigmoid").fit(vectorizer.transform(texts), labels)
    asked = vectorizer.transform(["c'est payant ?", "ça dure combien", "zzz", "", *texts])
    folded = FoldedCalibration(model)
    assert np.allclose(folded.predict_proba(asked), model.predict_proba(asked), rtol=0, atol=1e-12)
    assert np.allclose(folded.predict_proba(asked).sum(axis=1), 1.0)


def test_a_binary_model_is_refused() -> None:
    texts, labels = ["oui", "non", "ouais", "nan", "si", "pas du tout"], np.asarray(["o", "n", "o", "n", "o", "n"])
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 3)).fit(texts)
    model = CalibratedClassifierCV(LinearSVC(random_state=0), cv=2, method="sigmoid").fit(vectorizer.transform(texts), labels)
    with pytest.raises(ValueError, match="three classes"):
        FoldedCalibration(model)
