"""Model selection by cross-validation: ``python -m bot crossval`` (``make crossval``).

Every candidate classifier — ours (:mod:`bot.faq.model`) in a few
configurations, ensembles and fit-time augmentations of it, and the two plain peers (TF-IDF + logistic regression; the
nearest training example by rapidfuzz) — is scored on the same stratified
folds of the training examples (FAQ entries, out-of-scope messages and the
other intents). The out-of-fold probabilities of each candidate give a curve of
direct answers against wrong answers for every pair of thresholds, and the
same rule (:func:`choose_thresholds`) picks each candidate's thresholds. The
held-out files are never read here. In a terminal, a bar counts the steps
(fold models, calibrations, curve points) and estimates the time left.
"""

from __future__ import annotations

import json
import math
import random
import re
import statistics
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import yaml

from bot.faq.entries import Faq, load_faq, training_texts
from bot.faq.model import (
    FAQ_PREFIX,
    MessageClassifier,
    ModelConfig,
    model_text,
    sentence_vectors,
    split_scores,
    vocabulary,
    word_vectors,
)
from bot.faq.router import (
    OUT_OF_SCOPE_INTENT,
    TYPO_MIN_LETTERS,
    Calibration,
    Decision,
    Scores,
    Thresholds,
    confidence_features,
    decide_scores,
    thresholds_from_config,
)
from bot.language.fuzzy import nearest
from bot.language.normalize import normalize
from bot.quality.progress import progress
from bot.settings import CONFIG_FILE, FAQ_COMPONENT, NLU_DIR, ROOT

REPORT_DIR = ROOT / "reports"
FOLDS = 5
SEED = 7
#: Thresholds tried: the calibrated probability that the best FAQ entry is right,
#: to answer directly; the total FAQ probability, to ask back rather than decline.
ANSWER_GRID = (0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9)
SUGGEST_GRID = (0.2, 0.3, 0.4, 0.5, 0.6)
#: Rule for choosing thresholds (:func:`choose_thresholds`): at each answer threshold, the suggest threshold
#: with the best top-3; out-of-scope messages left unanswered at least this often…
MIN_OOS_REJECTION = 0.90
#: …then the most direct right answers, each wrong direct answer counting as this many lost right ones.
WRONG_ANSWER_COST = 2.0
#: A step of a long run is done (a progress bar's ``update``).
Step = Callable[[], object]


def _no_step() -> None:
    pass


@dataclass(frozen=True)
class Example:
    text: str
    label: str  # "faq/<id>" or an intent name

    @property
    def faq_id(self) -> str | None:
        return self.label[len(FAQ_PREFIX):] if self.label.startswith(FAQ_PREFIX) else None


def collect_examples(faq: Faq, nlu_dir: Path = NLU_DIR) -> list[Example]:
    """The training examples exactly as Rasa is given them (FAQ canonical questions included)."""
    examples = [Example(t, f"{FAQ_PREFIX}{e.id}") for e in faq for t in training_texts(e)]
    for path in sorted(nlu_dir.glob("*.yml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
            if "intent" in item:
                for line in str(item["examples"]).splitlines():
                    line = line.strip()
                    if line.startswith("- "):
                        examples.append(Example(line[2:].strip(), item["intent"]))
    return examples


def split_folds(examples: Sequence[Example], folds: int = FOLDS, seed: int = SEED) -> list[list[int]]:
    """Stratified split (indices): every label is spread evenly over the folds."""
    by_label: dict[str, list[int]] = defaultdict(list)
    for index, example in enumerate(examples):
        by_label[example.label].append(index)
    rng = random.Random(seed)
    buckets: list[list[int]] = [[] for _ in range(folds)]
    offset = 0
    for label in sorted(by_label):
        items = by_label[label][:]
        rng.shuffle(items)
        for position, item in enumerate(items):
            buckets[(position + offset) % folds].append(item)
        offset += len(items)
    return buckets


# --- candidates --------------------------------------------------------------

class Scorer(Protocol):
    vocabulary: frozenset[str]

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> Scorer: ...

    def scores(self, texts: Sequence[str]) -> list[Scores]: ...


class OurModel:
    """:class:`bot.faq.model.MessageClassifier`, as the Rasa component runs it."""

    def __init__(self, config: ModelConfig) -> None:
        self.config = config
        self._model = MessageClassifier(config)
        self.vocabulary: frozenset[str] = frozenset()

    def _dense(self, texts: Sequence[str]) -> np.ndarray | None:
        return self._model.dense_input(texts)

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> OurModel:
        self._model.fit(texts, labels, self._dense(texts))
        self.vocabulary = self._model.vocabulary
        return self

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        probs = self._model.predict_proba(texts, self._dense(texts))
        return [Scores(*split_scores(self._model.classes, row)) for row in probs]


class LogisticEnsemble(OurModel):
    """Candidate: our classifier's probabilities averaged with a logistic regression's on the same features."""

    def __init__(self, config: ModelConfig, weight: float = 0.5, c: float = 10.0) -> None:
        super().__init__(config)
        self.weight, self.c = weight, c

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> LogisticEnsemble:
        from sklearn.linear_model import LogisticRegression

        super().fit(texts, labels)
        features = self._model.features(texts, self._dense(texts))
        self._logistic = LogisticRegression(C=self.c, max_iter=3000).fit(features, np.asarray(labels))
        return self

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        dense = self._dense(texts)
        probs = (1 - self.weight) * self._model.predict_proba(texts, dense)
        probs += self.weight * self._logistic.predict_proba(self._model.features(texts, dense))
        return [Scores(*split_scores(self._model.classes, row)) for row in probs]


class NearestVectorEnsemble(OurModel):
    """Candidate: our classifier's probabilities averaged with a nearest-neighbour score on spaCy sentence vectors.

    Each label's score is the cosine similarity of its closest training example;
    a softmax at ``temperature`` turns the scores into probabilities.
    """

    def __init__(self, config: ModelConfig, weight: float = 0.3, temperature: float = 0.05) -> None:
        super().__init__(config)
        self.weight, self.temperature = weight, temperature

    @staticmethod
    def _unit(rows: np.ndarray) -> np.ndarray:
        return rows / np.maximum(np.linalg.norm(rows, axis=1, keepdims=True), 1e-9)

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> NearestVectorEnsemble:
        super().fit(texts, labels)
        self._vectors = self._unit(sentence_vectors(word_vectors(self.config.spacy_model), texts))
        index = {label: i for i, label in enumerate(self._model.classes)}
        self._label_index = np.array([index[label] for label in labels])
        return self

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        probs = self._model.predict_proba(texts, self._dense(texts))
        similarities = self._unit(sentence_vectors(word_vectors(self.config.spacy_model), texts)) @ self._vectors.T
        best = np.stack([similarities[:, self._label_index == k].max(axis=1) for k in range(len(self._model.classes))], axis=1)
        weights = np.exp((best - best.max(axis=1, keepdims=True)) / self.temperature)
        probs = (1 - self.weight) * probs + self.weight * weights / weights.sum(axis=1, keepdims=True)
        return [Scores(*split_scores(self._model.classes, row)) for row in probs]


class PairwiseSecondStage(OurModel):
    """Candidate: a second stage between the two best FAQ entries. A logistic regression trained on the examples of those
    two entries only (one against one, on the same features) shares their probability mass again, averaged with the
    first stage's share at ``weight``. The idea: most of the examples asked back have the right entry first or second
    (``docs/benchmarks.md``), and a model that sees only the two could tell them apart better."""

    def __init__(self, config: ModelConfig, weight: float = 0.5, c: float = 10.0) -> None:
        super().__init__(config)
        self.weight, self.c = weight, c

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> PairwiseSecondStage:
        super().fit(texts, labels)
        self._features = self._model.features(texts, self._dense(texts))
        self._labels = np.asarray(labels)
        self._pairs: dict[tuple[str, str], Any] = {}
        return self

    def first_share(self, first: str, second: str, row: Any) -> float:
        """Probability that ``first`` rather than ``second`` is right, by the model of that pair alone (trained once)."""
        from sklearn.linear_model import LogisticRegression

        key = (min(first, second), max(first, second))
        if key not in self._pairs:
            mask = np.isin(self._labels, key)
            self._pairs[key] = LogisticRegression(C=self.c, max_iter=3000).fit(self._features[mask], self._labels[mask] == key[0])
        share = float(self._pairs[key].predict_proba(row)[0, 1])
        return share if first == key[0] else 1.0 - share

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        dense = self._dense(texts)
        probs = self._model.predict_proba(texts, dense)
        features = self._model.features(texts, dense)
        classes = self._model.classes
        faq = [k for k, label in enumerate(classes) if label.startswith(FAQ_PREFIX)]
        result = []
        for r, row in enumerate(probs):
            row = row.copy()
            if len(faq) >= 2:
                a, b = sorted(faq, key=lambda k: -row[k])[:2]
                mass = row[a] + row[b]
                share = self.weight * self.first_share(classes[a], classes[b], features[r]) + (1 - self.weight) * (row[a] / mass if mass else 0.5)
                row[a], row[b] = mass * share, mass * (1 - share)
            result.append(Scores(*split_scores(classes, row)))
        return result


def typo(text: str, rng: random.Random) -> str:
    """The text with one typing slip in one of its words of 4 letters or more (a letter dropped, swapped or doubled)."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 4]
    if not long_words:
        return text
    i = rng.choice(long_words)
    letters = list(words[i])
    operation, j = rng.randrange(3), rng.randrange(1, len(letters) - 1)
    if operation == 0:
        del letters[j]
    elif operation == 1:
        letters[j], letters[j + 1] = letters[j + 1], letters[j]
    else:
        letters.insert(j, letters[j])
    words[i] = "".join(letters)
    return " ".join(words)


class AugmentedModel(OurModel):
    """Candidate: our classifier fitted on every example plus a copy of it, typo-noised (``kind="typo"``) or without accents.

    The copies are for the n-grams: the plain mean sentence vector passed for a
    typo-noised copy is its original's (the classifier's weighted vectors are
    recomputed from the copy itself); the vocabulary that tells junk from a
    question stays the examples'.
    """

    def __init__(self, config: ModelConfig, kind: str) -> None:
        super().__init__(config)
        self.kind = kind

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> AugmentedModel:
        rng = random.Random(0)
        copies = [typo(model_text(t), rng) if self.kind == "typo" else normalize(t) for t in texts]
        kept = [i for i, copy in enumerate(copies) if copy != model_text(texts[i])]
        all_texts = [*texts, *(copies[i] for i in kept)]
        dense = self._dense(texts)
        if dense is not None and dense.shape[1]:  # an empty block: the classifier computes its own vectors
            extra = dense[kept] if self.kind == "typo" else sentence_vectors(word_vectors(self.config.spacy_model), [copies[i] for i in kept])
            dense = np.vstack([dense, extra])
        self._model.fit(all_texts, [*labels, *(labels[i] for i in kept)], dense)
        self.vocabulary = vocabulary(texts)
        return self


_TEXT_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


class SpellCorrectedModel(OurModel):
    """Candidate: our classifier, each word unknown to the training examples (5 letters or more)
    replaced by the nearest known word under the project's one typo rule (:mod:`bot.language.fuzzy`)
    before scoring; the rest of the text is left as typed."""

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> SpellCorrectedModel:
        super().fit(texts, labels)
        self._known = sorted(self.vocabulary)
        return self

    def correct(self, text: str) -> str:
        def replace(match: re.Match[str]) -> str:
            key = model_text(match.group(0))
            if len(key) < TYPO_MIN_LETTERS or not key.isalpha() or key in self.vocabulary:
                return match.group(0)
            found = nearest(key, self._known, limit=1)
            return found[0][0] if found else match.group(0)

        return _TEXT_WORD.sub(replace, text)

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        return super().scores([self.correct(t) for t in texts])


class TfidfLogisticPeer:
    """The plain peer: TF-IDF word 1–2-grams + char_wb 2–5-grams (sublinear tf), logistic regression, defaults."""

    def __init__(self) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        self._model = make_pipeline(
            make_union(
                TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            ),
            LogisticRegression(max_iter=2000),
        )
        self.vocabulary: frozenset[str] = frozenset()

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> TfidfLogisticPeer:
        self._model.fit(list(texts), list(labels))
        self.vocabulary = vocabulary(texts)
        return self

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        classes = [str(c) for c in self._model.classes_]
        return [Scores(*split_scores(classes, row)) for row in self._model.predict_proba(list(texts))]


class NearestExamplePeer:
    """The other plain peer: the label of the most similar training example (rapidfuzz).

    Each label's score is its best example's similarity; a softmax turns the
    scores into probabilities so that the same thresholds apply.
    """

    TEMPERATURE = 5.0  # similarity points per e-fold of probability

    def __init__(self) -> None:
        self._texts: list[str] = []
        self._labels: list[str] = []
        self._classes: list[str] = []
        self.vocabulary: frozenset[str] = frozenset()

    def fit(self, texts: Sequence[str], labels: Sequence[str]) -> NearestExamplePeer:
        self._texts = [model_text(t) for t in texts]
        self._labels = list(labels)
        self._classes = sorted(set(labels))
        self.vocabulary = vocabulary(texts)
        return self

    def scores(self, texts: Sequence[str]) -> list[Scores]:
        from rapidfuzz import fuzz, process

        matrix = process.cdist([model_text(t) for t in texts], self._texts, scorer=fuzz.token_set_ratio, workers=1)
        index = {label: i for i, label in enumerate(self._classes)}
        result = []
        for row in matrix:
            best = np.zeros(len(self._classes))
            for similarity, label in zip(row, self._labels, strict=True):
                position = index[label]
                best[position] = max(best[position], similarity)
            weights = np.exp((best - best.max()) / self.TEMPERATURE)
            result.append(Scores(*split_scores(self._classes, weights / weights.sum())))
        return result


ASSISTANT_CANDIDATE = "assistant"
CANDIDATES: dict[str, Callable[[], Scorer]] = {
    ASSISTANT_CANDIDATE: lambda: OurModel(ModelConfig()),
    "assistant sans vecteurs spaCy": lambda: OurModel(ModelConfig(dense_weight=0.0)),
    "assistant sans jetons de lieu": lambda: OurModel(ModelConfig(place_tokens=False)),
    "assistant C=0.5": lambda: OurModel(ModelConfig(c=0.5)),
    "assistant C=2": lambda: OurModel(ModelConfig(c=2.0)),
    "assistant sans normalisation SMS": lambda: OurModel(ModelConfig(sms=False)),
    "assistant, vecteurs spaCy en moyenne simple (ancien défaut)": lambda: OurModel(ModelConfig(dense_idf=False, dense_skip_stop_words=False)),
    "assistant, vecteurs pondérés par l'IDF, mots vides gardés": lambda: OurModel(ModelConfig(dense_skip_stop_words=False)),
    "assistant, vecteurs sans mots vides, sans IDF": lambda: OurModel(ModelConfig(dense_idf=False)),
    "assistant, calibration à 5 plis": lambda: OurModel(ModelConfig(calibration_folds=5)),
    "assistant, poids des vecteurs 1,5": lambda: OurModel(ModelConfig(dense_weight=1.5)),
    "assistant, poids des vecteurs 2": lambda: OurModel(ModelConfig(dense_weight=2.0)),
    "assistant, classes équilibrées (class_weight)": lambda: OurModel(ModelConfig(class_weight="balanced")),
    "assistant, n-grammes de caractères 1–4": lambda: OurModel(ModelConfig(char_ngrams=(1, 4))),
    "assistant, n-grammes de caractères 3–6": lambda: OurModel(ModelConfig(char_ngrams=(3, 6))),
    "assistant, n-grammes de caractères à cheval sur les mots (char)": lambda: OurModel(ModelConfig(char_analyzer="char")),
    "assistant, mots vus au moins 2 fois (min_df)": lambda: OurModel(ModelConfig(word_min_df=2)),
    "assistant + régression logistique (moyenne)": lambda: LogisticEnsemble(ModelConfig()),
    "assistant + plus proche voisin spaCy (poids 0,3)": lambda: NearestVectorEnsemble(ModelConfig()),
    "assistant + copies avec fautes de frappe": lambda: AugmentedModel(ModelConfig(), "typo"),
    "assistant + copies sans accents": lambda: AugmentedModel(ModelConfig(), "accents"),
    "assistant + correction des mots inconnus": lambda: SpellCorrectedModel(ModelConfig()),
    "assistant sans la vue de la question seule": lambda: OurModel(ModelConfig(question_view=0.0)),
    "assistant, vue de la question seule au poids 0,5": lambda: OurModel(ModelConfig(question_view=0.5)),
    "assistant, vue de la question seule au poids 0,7": lambda: OurModel(ModelConfig(question_view=0.7)),
    "assistant + deuxième étape entre les deux meilleures entrées": lambda: PairwiseSecondStage(ModelConfig()),
    "pair TF-IDF + régression logistique": TfidfLogisticPeer,
    "pair exemple le plus proche (rapidfuzz)": NearestExamplePeer,
}
PEERS = ("pair TF-IDF + régression logistique", "pair exemple le plus proche (rapidfuzz)")


# --- decisions under thresholds ---------------------------------------------

ScoreFunction = Callable[[Sequence[str]], list[Scores]]


def caching_scorer(scorer: Scorer) -> ScoreFunction:
    """A trained scorer's scores, each text scored once (the curve decides many times)."""
    cache: dict[str, Scores] = {}

    def score(texts: Sequence[str]) -> list[Scores]:
        missing = [t for t in dict.fromkeys(texts) if t not in cache]
        if missing:
            cache.update(zip(missing, scorer.scores(missing), strict=True))
        return [cache[t] for t in texts]

    return score


def decider(scorer: Scorer) -> Callable[[str, Thresholds], Decision]:
    """decide_scores() bound to a trained scorer."""
    score = caching_scorer(scorer)
    return lambda text, thresholds: decide_scores(text, score, thresholds, scorer.vocabulary)


@dataclass(frozen=True)
class CurvePoint:
    answer: float
    suggest: float
    top1: float  # FAQ questions answered directly and rightly
    top3: float  # … or with the right entry among the suggestions
    wrong: float  # FAQ questions answered directly with another entry
    oos_rejection: float  # out-of-scope messages given no FAQ answer

    @property
    def utility(self) -> float:
        return self.top1 - WRONG_ANSWER_COST * self.wrong


def measure(examples: Sequence[Example], decisions: Sequence[Decision]) -> dict[str, float]:
    faq_total = oos_total = top1 = top3 = wrong = rejected = 0
    for example, decision in zip(examples, decisions, strict=True):
        if example.faq_id:
            faq_total += 1
            top1 += decision.answers[:1] == [example.faq_id]
            top3 += example.faq_id in decision.candidates[:3]
            wrong += bool(decision.answers) and decision.answers[0] != example.faq_id
        elif example.label == OUT_OF_SCOPE_INTENT:
            oos_total += 1
            rejected += not decision.answers
    return {"top1": top1 / max(faq_total, 1), "top3": top3 / max(faq_total, 1), "wrong": wrong / max(faq_total, 1),
            "oos_rejection": rejected / max(oos_total, 1)}


@dataclass(frozen=True)
class OutOfFold:
    """Each example scored by the fold model that did not see it."""

    examples: list[Example]
    scorers: list[ScoreFunction]  # per example
    vocabularies: list[frozenset[str]]  # per example

    def decide(self, index: int, thresholds: Thresholds) -> Decision:
        return decide_scores(self.examples[index].text, self.scorers[index], thresholds, self.vocabularies[index])


def out_of_fold(
    factory: Callable[[], Scorer], examples: Sequence[Example], folds: int = FOLDS, step: Step = _no_step,
    seed: int = SEED, extra: Sequence[Example] = (),
) -> OutOfFold:
    """Each example scored by a model trained on the other folds (plus ``extra``, which is never scored)."""
    scorers: list[ScoreFunction | None] = [None] * len(examples)
    vocabularies: list[frozenset[str]] = [frozenset()] * len(examples)
    for test in split_folds(examples, folds, seed):
        held = set(test)
        train = [e for i, e in enumerate(examples) if i not in held] + list(extra)
        model = factory().fit([e.text for e in train], [e.label for e in train])
        score = caching_scorer(model)
        score([examples[i].text for i in test])  # one batch: much faster than one text at a time
        for i in test:
            scorers[i], vocabularies[i] = score, model.vocabulary
        step()
    return OutOfFold(list(examples), [s for s in scorers if s is not None], vocabularies)


def fit_calibration(rows: Sequence[tuple[list[float], bool]]) -> Calibration:
    """Logistic regression of « the best entry is right » on the confidence features."""
    from sklearn.linear_model import LogisticRegression

    features = np.array([f for f, _ in rows])
    labels = np.array([int(right) for _, right in rows])
    model = LogisticRegression(C=1.0, max_iter=2000).fit(features, labels)
    return Calibration(tuple(round(float(w), 4) for w in model.coef_[0]), round(float(model.intercept_[0]), 4))


def calibration_rows(oof: OutOfFold, indices: Sequence[int]) -> list[tuple[list[float], bool]]:
    """For the FAQ and out-of-scope examples the classifier routes to the FAQ: features, and whether the best entry is right."""
    rows = []
    for i in indices:
        example = oof.examples[i]
        if not (example.faq_id or example.label == OUT_OF_SCOPE_INTENT):
            continue
        scores = oof.scorers[i]([example.text])[0]
        if scores.faq and scores.faq_total >= scores.best_other[1]:
            rows.append((confidence_features(scores, example.text), scores.faq[0][0] == example.faq_id))
    return rows


def nested_calibrations(oof: OutOfFold, folds: int = FOLDS, step: Step = _no_step) -> list[Calibration]:
    """For each example, a calibration fitted without it (so the curve stays honest)."""
    per_example: list[Calibration | None] = [None] * len(oof.examples)
    buckets = split_folds(oof.examples, folds, seed=SEED + 1)
    for test in buckets:
        held = set(test)
        calibration = fit_calibration(calibration_rows(oof, [i for i in range(len(oof.examples)) if i not in held]))
        for i in test:
            per_example[i] = calibration
        step()
    return [c for c in per_example if c is not None]


def grid_decisions(oof: OutOfFold, calibrations: Sequence[Calibration], step: Step = _no_step) -> dict[tuple[float, float], list[Decision]]:
    """Every example's decision at each (answer, suggest) pair of the threshold grid."""
    decisions = {}
    for answer in ANSWER_GRID:
        for suggest in SUGGEST_GRID:
            decisions[(answer, suggest)] = [oof.decide(i, Thresholds(answer=answer, suggest=suggest, calibration=calibrations[i])) for i in range(len(oof.examples))]
            step()
    return decisions


def curve(oof: OutOfFold, calibrations: Sequence[Calibration], step: Step = _no_step) -> list[CurvePoint]:
    decisions = grid_decisions(oof, calibrations, step)
    everyone = range(len(oof.examples))
    return [_point_at(oof.examples, decisions, key, everyone) for key in decisions]


def top3_suggest(points: Sequence[CurvePoint]) -> list[int]:
    """Indices of the points kept for the choice: at each answer threshold, the suggest threshold
    with the best top-3 (then the best utility, then the lowest).

    The suggest threshold is there for the suggestions. Without this, it could meet the
    out-of-scope floor in their place: a higher one declines unsure messages instead of
    suggesting questions, which also closes the « one question answered in a long message »
    path of :func:`bot.faq.router.decide_scores` (seen at 13:40 on 2026-11-30: 0.65 / 0.6
    instead of 0.7 / 0.2, for 1.6 points of top-3; ``docs/benchmarks.md``).
    """
    best: dict[float, int] = {}
    for k, p in enumerate(points):
        kept = best.get(p.answer)
        if kept is None or (p.top3, round(p.utility, 6), -p.suggest) > (points[kept].top3, round(points[kept].utility, 6), -points[kept].suggest):
            best[p.answer] = k
    return sorted(best.values())


def choose_thresholds(points: Sequence[CurvePoint]) -> CurvePoint:
    """The rule every candidate's thresholds are chosen by (see the constants above): the suggest
    threshold for top-3 (:func:`top3_suggest`), then the out-of-scope floor, then the best utility."""
    kept = [points[k] for k in top3_suggest(points)]
    allowed = [p for p in kept if p.oos_rejection >= MIN_OOS_REJECTION] or kept
    return max(allowed, key=lambda p: (round(p.utility, 6), p.top3, -p.answer))


@dataclass
class CandidateResult:
    name: str
    chosen: CurvePoint
    #: Fitted on every training example's cross-validated scores: what the model uses.
    calibration: Calibration
    points: list[CurvePoint]
    seconds: float
    #: (text, expected entry, what was done) for the FAQ examples not answered rightly at the chosen thresholds.
    errors: list[tuple[str, str, str]]

    @property
    def thresholds(self) -> Thresholds:
        return Thresholds(answer=self.chosen.answer, suggest=self.chosen.suggest, calibration=self.calibration)

    @property
    def confusions(self) -> Counter:
        return Counter((expected, got) for _, expected, got in self.errors if not got.startswith("("))


def steps_per_candidate(folds: int = FOLDS) -> int:
    """Progress steps of one candidate: fold models, calibrations, curve points, the final fit."""
    return 2 * folds + len(ANSWER_GRID) * len(SUGGEST_GRID) + 1


def run(names: Sequence[str] | None = None, examples: Sequence[Example] | None = None, folds: int = FOLDS) -> list[CandidateResult]:
    examples = list(examples if examples is not None else collect_examples(load_faq()))
    names = list(names or CANDIDATES)
    results = []
    with progress(len(names) * steps_per_candidate(folds), "Validation croisée", "étapes") as bar:
        for name in names:
            started = time.monotonic()
            bar.write(f"Validation croisée ({folds} plis) : {name}…")
            bar.set_description_str(name)
            oof = out_of_fold(CANDIDATES[name], examples, folds, step=bar.update)
            calibrations = nested_calibrations(oof, folds, step=bar.update)
            points = curve(oof, calibrations, step=bar.update)
            chosen = choose_thresholds(points)
            errors = []
            for index, example in enumerate(examples):
                decision = oof.decide(index, Thresholds(answer=chosen.answer, suggest=chosen.suggest, calibration=calibrations[index]))
                if example.faq_id and decision.answers[:1] != [example.faq_id]:
                    errors.append((example.text, example.faq_id, decision.answers[0] if decision.answers else f"({decision.kind})"))
            calibration = fit_calibration(calibration_rows(oof, range(len(examples))))
            bar.update()
            results.append(CandidateResult(name, chosen, calibration, points, time.monotonic() - started, errors))
    return results


# --- do new examples help? ---------------------------------------------------

#: Fold draws of :func:`data_gain`: one draw varies by about 2 points of utility on its own.
GAIN_SEEDS = (7, 11, 23)


@dataclass(frozen=True)
class GainRow:
    seed: int
    added: bool
    chosen: CurvePoint


def examples_at(revision: str) -> list[Example]:
    """The training examples as they were at a git revision (data/faq and data/nlu of that commit)."""
    import subprocess
    import tarfile
    import tempfile
    from io import BytesIO

    archive = subprocess.run(["git", "archive", revision, "data/faq", "data/nlu"], cwd=ROOT, capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder)
        return collect_examples(load_faq(Path(folder) / "data" / "faq"), Path(folder) / "data" / "nlu")


def added_examples(before: Sequence[Example], now: Sequence[Example]) -> list[Example]:
    """The examples of ``now`` that ``before`` lacks (each text and label counted once)."""
    known = Counter(before)
    added = []
    for example in now:
        if known[example]:
            known[example] -= 1
        else:
            added.append(example)
    return added


def data_gain(base: Sequence[Example], added: Sequence[Example], seeds: Sequence[int] = GAIN_SEEDS,
              factory: Callable[[], Scorer] = CANDIDATES[ASSISTANT_CANDIDATE]) -> list[GainRow]:
    """Do ``added`` examples help? On the same folds of ``base``, the assistant is trained without and with
    them (only ever in the training folds: never scored), and its thresholds chosen by the same rule."""
    rows = []
    with progress(len(seeds) * 2 * (2 * FOLDS + len(ANSWER_GRID) * len(SUGGEST_GRID)), "Apport des exemples", "étapes") as bar:
        for seed in seeds:
            for with_added in (False, True):
                oof = out_of_fold(factory, base, step=bar.update, seed=seed, extra=added if with_added else ())
                points = curve(oof, nested_calibrations(oof, step=bar.update), step=bar.update)
                rows.append(GainRow(seed, with_added, choose_thresholds(points)))
    return rows


#: The measure columns of the gain and rule tables, and their cells for a point.
MEASURE_HEADER = "top-1 | top-3 | réponses fausses | rejet hors sujet | utilité |"


def measure_cells(point: CurvePoint) -> str:
    return f"{point.top1:.1%} | {point.top3:.1%} | {point.wrong:.1%} | {point.oos_rejection:.1%} | {point.utility:.3f} |"


#: Utility that two candidates differ by at equal folds without one being better (docs/benchmarks.md).
GAIN_NOISE = 0.003


def gain_verdict(rows: Sequence[GainRow], noise: float = GAIN_NOISE) -> tuple[bool, str]:
    """Keep added examples? Only when the utility gains more than the noise on every draw of the folds.

    The rule of lots 1 – 9 (« the same sign on the three draws ») let in a lot whose gain stayed within the
    noise on one draw (lot 9: +0.002 on one draw): fixed on 2026-12-02, before the next lot was measured.
    """
    by_seed: dict[int, dict[bool, float]] = {}
    for row in rows:
        by_seed.setdefault(row.seed, {})[row.added] = row.chosen.utility
    gains = {seed: pair[True] - pair[False] for seed, pair in sorted(by_seed.items()) if len(pair) == 2}
    if not gains:
        return False, "Aucun tirage complet : rien à décider."
    listed = ", ".join(f"{gain:+.3f}" for gain in gains.values())
    if all(gain > noise for gain in gains.values()):
        return True, f"Gardé : l'utilité gagne plus que le bruit (± {noise:.3f}) sur chaque tirage ({listed})."
    return False, f"Pas gardé : l'utilité ne gagne pas plus que le bruit (± {noise:.3f}) sur chaque tirage ({listed})."


def gain_table(rows: Sequence[GainRow]) -> str:
    lines = [f"| plis (graine) | exemples ajoutés | seuil de réponse | {MEASURE_HEADER}", "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r.seed} | {'avec' if r.added else 'sans'} | {r.chosen.answer} | {measure_cells(r.chosen)}" for r in rows]
    return "\n".join(lines)


# --------------------------------------------------------------------------- comparing selection rules


def choose_thresholds_one_se(points: Sequence[CurvePoint], group_utilities: Sequence[Sequence[float]]) -> CurvePoint:
    """Breiman's one-standard-error rule: among the points meeting the out-of-scope floor, the most prudent
    (highest answer threshold) whose utility is within one standard error of the best.

    ``group_utilities[k]`` holds point ``k``'s utility on each group of examples (its spread gives the error).
    """
    kept = top3_suggest(points)
    indices = [k for k in kept if points[k].oos_rejection >= MIN_OOS_REJECTION] or kept
    best = max(indices, key=lambda k: points[k].utility)
    spread = group_utilities[best]
    error = statistics.stdev(spread) / math.sqrt(len(spread)) if len(spread) > 1 else 0.0
    within = [k for k in indices if points[k].utility >= points[best].utility - error]
    return points[max(within, key=lambda k: (points[k].answer, points[k].utility))]


@dataclass(frozen=True)
class RuleRow:
    seed: int
    rule: str
    #: The thresholds each outer group got, chosen on the other groups.
    chosen: list[tuple[float, float]]
    #: Means over the outer groups, each measured on the group itself.
    measured: CurvePoint


RULES = ("utilité maximale (règle en usage)", "un écart-type (Breiman)")


def _point_at(examples: Sequence[Example], decisions: dict[tuple[float, float], list[Decision]],
              key: tuple[float, float], indices: Sequence[int]) -> CurvePoint:
    """The measures at thresholds ``key`` (answer, suggest) over the examples at ``indices``."""
    return CurvePoint(key[0], key[1], **measure([examples[i] for i in indices], [decisions[key][i] for i in indices]))


def compare_rules(examples: Sequence[Example], seeds: Sequence[int] = GAIN_SEEDS, groups: int = FOLDS,
                  factory: Callable[[], Scorer] = CANDIDATES[ASSISTANT_CANDIDATE]) -> list[RuleRow]:
    """Nested comparison of the two rules on the training examples only: each outer group of out-of-fold
    decisions gets thresholds chosen by each rule on the other groups, and is measured at them."""
    rows = []
    with progress(len(seeds) * (2 * FOLDS + len(ANSWER_GRID) * len(SUGGEST_GRID)), "Comparaison des règles", "étapes") as bar:
        for seed in seeds:
            oof = out_of_fold(factory, examples, step=bar.update, seed=seed)
            decisions = grid_decisions(oof, nested_calibrations(oof, step=bar.update), step=bar.update)
            grid = list(decisions)

            at = partial(_point_at, examples, decisions)
            outer = split_folds(examples, groups, seed + 100)
            chosen: dict[str, list[tuple[float, float]]] = {r: [] for r in RULES}
            measured: dict[str, list[CurvePoint]] = {r: [] for r in RULES}
            for g, test in enumerate(outer):
                inner = [group for k, group in enumerate(outer) if k != g]
                points = [at(key, [i for group in inner for i in group]) for key in grid]
                utilities = [[at(key, group).utility for group in inner] for key in grid]
                for rule, point in zip(RULES, (choose_thresholds(points), choose_thresholds_one_se(points, utilities)), strict=True):
                    chosen[rule].append((point.answer, point.suggest))
                    measured[rule].append(at((point.answer, point.suggest), test))
            for rule in RULES:
                ms = measured[rule]
                mean = CurvePoint(0.0, 0.0, *(statistics.mean(getattr(m, f) for m in ms) for f in ("top1", "top3", "wrong", "oos_rejection")))
                rows.append(RuleRow(seed, rule, chosen[rule], mean))
    return rows


def rules_table(rows: Sequence[RuleRow]) -> str:
    lines = [f"| plis (graine) | règle | seuils choisis (réponse, suggestions) par groupe | {MEASURE_HEADER}", "|---|---|---|---|---|---|---|---|"]
    lines += [f"| {r.seed} | {r.rule} | {' ; '.join(f'{a}, {s}' for a, s in r.chosen)} | {measure_cells(r.measured)}" for r in rows]
    return "\n".join(lines)


def configured_thresholds(config_file: Path = CONFIG_FILE) -> Thresholds:
    """The thresholds and calibration written in config.yml for the Rasa component."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    component = next(c for c in config["pipeline"] if c["name"] == FAQ_COMPONENT)
    return thresholds_from_config(component)


def write_config(result: CandidateResult, config_file: Path = CONFIG_FILE) -> None:
    """Write the assistant's chosen thresholds and calibration into config.yml (comments kept)."""
    text = config_file.read_text(encoding="utf-8")
    start = text.index(f"  - name: {FAQ_COMPONENT}\n")
    end = text.index("\n\n", start)
    c = result.calibration
    block = "\n".join([
        f"  - name: {FAQ_COMPONENT}",
        f"    answer_threshold: {result.chosen.answer}",
        f"    suggest_threshold: {result.chosen.suggest}",
        f"    intent_threshold: {Thresholds().intent}",
        "    calibration:",
        f"      weights: [{', '.join(str(w) for w in c.weights)}]",
        f"      bias: {c.bias}",
    ])
    config_file.write_text(text[:start] + block + text[end:], encoding="utf-8")


def write_report(results: Sequence[CandidateResult], folds: int = FOLDS) -> Path:
    REPORT_DIR.mkdir(exist_ok=True)
    configured = configured_thresholds()
    lines = [
        f"# Validation croisée ({folds} plis stratifiés, exemples d'entraînement seulement)",
        "",
        "Règle de choix des seuils, la même pour chaque candidat : pour chaque seuil de réponse, le seuil de suggestion "
        f"qui donne le meilleur top-3 ; puis au moins {MIN_OOS_REJECTION:.0%} des messages hors sujet "
        f"sans réponse de FAQ, puis le maximum de « bonnes réponses directes − {WRONG_ANSWER_COST:g} × mauvaises réponses directes ».",
        f"Seuils dans config.yml : réponse directe {configured.answer}, suggestions {configured.suggest}.",
        "La confiance comparée au seuil de réponse est la probabilité que la meilleure entrée soit la bonne, "
        "calibrée (régression logistique) sur les scores de validation croisée ; la courbe l'est sans jamais juger un exemple "
        "avec une calibration ajustée sur lui.",
        "",
        "| candidat | seuil réponse | seuil suggestions | top-1 | top-3 | réponses fausses | rejet hors sujet | utilité | durée |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        c = r.chosen
        lines.append(f"| {r.name} | {c.answer} | {c.suggest} | {c.top1:.1%} | {c.top3:.1%} | {c.wrong:.1%} | {c.oos_rejection:.1%} | {c.utility:.3f} | {r.seconds:.0f} s |")
    for r in results:
        lines += ["", f"## Courbe : {r.name}", "", "Seuil de suggestion retenu, seuil de réponse variable :", "",
                  "| seuil réponse | réponses directes justes (top-1) | réponses directes fausses | top-3 | rejet hors sujet |", "|---|---|---|---|---|"]
        lines += [f"| {p.answer} | {p.top1:.1%} | {p.wrong:.1%} | {p.top3:.1%} | {p.oos_rejection:.1%} |"
                  for p in r.points if p.suggest == r.chosen.suggest]
    assistant = next((r for r in results if r.name == ASSISTANT_CANDIDATE), None)
    if assistant is not None:
        lines += ["", "## Entrées de FAQ les plus confondues (attendu → répondu directement, assistant)", ""]
        lines += [f"- {n} × `{e}` → `{g}`" for (e, g), n in assistant.confusions.most_common(20)] or ["- aucune"]
        lines += ["", "## Exemples mal classés (assistant ; « (suggest) » : questions proposées au lieu de la réponse)", ""]
        lines += [f"- « {text} » : attendu `{expected}`, obtenu `{got}`" for text, expected, got in assistant.errors]
    report = REPORT_DIR / "crossval.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    payload = [{"name": r.name, "chosen": asdict(r.chosen), "calibration": asdict(r.calibration), "points": [asdict(p) for p in r.points], "seconds": r.seconds,
                "errors": [{"text": t, "expected": e, "got": g} for t, e, g in r.errors]} for r in results]
    (REPORT_DIR / "crossval.json").write_text(json.dumps(payload, ensure_ascii=False, indent=2), encoding="utf-8")
    return report
