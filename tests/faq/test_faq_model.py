"""The message classifier (bot.faq.model) and the model selection (bot.quality.crossval), without Rasa."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from bot.faq.model import MessageClassifier, ModelConfig, model_text, question_part, sentence_vectors, split_scores, vocabulary
from bot.quality.crossval import CurvePoint, Example, GainRow, choose_thresholds, collect_examples, split_folds


@pytest.mark.parametrize(
    ("typed", "seen"),
    [
        ("slt c pr savoir si c ouvert", "salut c est pour savoir si c est ouvert"),
        ("Combien ça COÛTE ?", "combien ca coute"),
        ("jsp si ya une limite", "je sais pas si il y a une limite"),
        ("cmb de tps ?", "combien de temps"),
        ("l'OF", "l organisme de formation"),
        # « c'est » is normalised to « c est »: never « c est est »
        ("c'est ouvert aux entreprises ?", "c est ouvert aux entreprises"),
        ("C'est combien, c est payant ?", "c est combien c est payant"),
        ("c'était gratuit avant ?", "c etait gratuit avant"),
        ("", ""),
        ("c", "c est"),
    ],
)
def test_model_text_expands_sms_spellings(typed: str, seen: str) -> None:
    assert model_text(typed) == seen


@pytest.mark.parametrize(
    ("text", "question"),
    [
        # the context before the question left out (the classifier's second view)
        ("nous sommes un garage au Mans, on recrute un mécanicien. combien ça coûte ?", "combien ça coûte ?"),
        ("slt jsuis gerant d un resto a la roche sur yon jcherche un commis, c combien la formation ?", "c combien la formation ?"),
        ("on est une mairie en sarthe, qui peut en bénéficier ? et le coût ?", "qui peut en bénéficier ? et le coût ?"),
        # a message whose first clause asks, or that asks nothing: the whole message
        ("combien ça coûte ?", "combien ça coûte ?"),
        ("quels employeurs peuvent en profiter ? et le cout ?", "quels employeurs peuvent en profiter ? et le cout ?"),
        ("on est en vendee ca marche ?", "on est en vendee ca marche ?"),
        ("bonjour, on recrute un cariste", "bonjour, on recrute un cariste"),
    ],
)
def test_the_question_part_leaves_the_context_before_it_out(text: str, question: str) -> None:
    assert question_part(text) == question


def test_the_question_view_adds_the_question_s_n_grams() -> None:
    texts = ["combien ça coûte ?", "qui paye la formation ?", "on est à Nantes, combien ça coûte ?", "quels employeurs ?"]
    labels = ["faq/cout", "faq/cout", "faq/cout", "faq/employeurs"]
    plain = MessageClassifier(ModelConfig(dense_weight=0.0, question_view=0.0, calibration_folds=2, place_tokens=False)).fit(texts * 2, labels * 2)
    viewed = MessageClassifier(ModelConfig(dense_weight=0.0, question_view=0.3, calibration_folds=2, place_tokens=False)).fit(texts * 2, labels * 2)
    with_context, alone = viewed.features(["on est à Nantes, combien ça coûte ?", "combien ça coûte ?"], None)
    assert viewed.features(texts, None).shape[1] == 2 * plain.features(texts, None).shape[1]
    # the second view of a message with context is its question's first view, weighted
    width = plain.features(texts, None).shape[1]
    assert np.allclose(with_context.toarray()[0, width:], 0.3 * alone.toarray()[0, :width])


class FakeVocab:
    """A spaCy-like vocabulary with two 3-d word vectors."""

    vectors = np.zeros((2, 3))
    table = {"coût": np.array([1.0, 0.0, 0.0]), "formation": np.array([0.0, 1.0, 0.0])}

    def has_vector(self, word: str) -> bool:
        return word in self.table

    def get_vector(self, word: str) -> np.ndarray:
        return self.table[word]


def test_sentence_vectors_average_known_words_as_typed() -> None:
    rows = sentence_vectors(FakeVocab(), ["Le coût de la formation", "rien de connu", "cout"])
    assert rows.tolist() == [[0.5, 0.5, 0.0], [0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]


TRAIN = [
    ("combien coute la formation", "faq/cout"), ("prix de la formation", "faq/cout"), ("c est payant", "faq/cout"),
    ("qui paie", "faq/cout"), ("tarif formation", "faq/cout"), ("gratuit ?", "faq/cout"),
    ("combien de temps dure la formation", "faq/duree"), ("duree de la formation", "faq/duree"), ("ca dure longtemps", "faq/duree"),
    ("nombre d heures", "faq/duree"), ("formation de combien d heures", "faq/duree"), ("longueur du parcours", "faq/duree"),
    ("bonjour", "greet"), ("salut", "greet"), ("bonsoir", "greet"), ("hello", "greet"), ("coucou", "greet"), ("bjr", "greet"),
]


def test_classifier_learns_ranks_and_survives_pickling() -> None:
    texts, labels = zip(*TRAIN, strict=True)
    model = MessageClassifier(ModelConfig(dense_weight=0.0)).fit(texts, labels)
    model = pickle.loads(pickle.dumps(model))
    probs = model.predict_proba(["slt, c combien le prix ?", "cmb de tps dure la formation"])
    assert np.allclose(probs.sum(axis=1), 1.0)
    faq, other = split_scores(model.classes, probs[0])
    assert faq[0][0] == "cout" and [name for name, _ in other] == ["greet"]
    assert split_scores(model.classes, probs[1])[0][0][0] == "duree"
    assert "combien" in model.vocabulary and "salut" in vocabulary(["slt"])


def test_the_folded_calibration_gives_scikit_learns_probabilities() -> None:
    texts, labels = zip(*TRAIN, strict=True)
    model = MessageClassifier(ModelConfig(dense_weight=0.0)).fit(texts, labels)
    asked = ["slt, c combien le prix ?", "cmb de tps dure la formation", "zzz", *texts]
    expected = model._model.predict_proba(model._features(asked, None))  # type: ignore[union-attr]
    assert model._folded is not None
    assert np.allclose(model.predict_proba(asked), expected, rtol=0, atol=1e-12)
    del model._folded  # a classifier pickled before: scikit-learn's own loop
    assert np.allclose(model.predict_proba(asked), expected, rtol=0, atol=1e-12)


def test_dense_input_says_what_to_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.faq.model as model_module

    monkeypatch.setattr(model_module, "word_vectors", lambda model=model_module.SPACY_MODEL: StopWordVocab())
    assert MessageClassifier(ModelConfig(dense_weight=0.0)).dense_input(["la formation"]) is None
    own = MessageClassifier(ModelConfig(dense_idf=True)).dense_input(["la formation", "le prix"])
    assert own is not None and own.shape == (2, 0)  # it computes its own weighted vectors
    plain = MessageClassifier(ModelConfig(dense_idf=False, dense_skip_stop_words=False)).dense_input(["la formation"])
    assert plain is not None and plain.shape == (1, 3)


def test_folds_are_stratified_and_reproducible(faq) -> None:
    examples = collect_examples(faq)
    folds = split_folds(examples, 5)
    assert sorted(i for fold in folds for i in fold) == list(range(len(examples)))
    assert folds == split_folds(examples, 5)
    for label in {"faq/cout_formation", "out_of_scope", "greet"}:
        per_fold = [sum(examples[i].label == label for i in fold) for fold in folds]
        assert max(per_fold) - min(per_fold) <= 1, (label, per_fold)


def test_examples_are_those_rasa_trains_on(faq) -> None:
    examples = collect_examples(faq)
    assert Example(faq.get("cout_formation").question, "faq/cout_formation") in examples  # canonical question added
    assert {e.label for e in examples} >= {"out_of_scope", "greet", "affirm", "faq/duree_formation"}


def _point(answer: float, top1: float, wrong: float, oos: float) -> CurvePoint:
    return CurvePoint(answer=answer, suggest=0.2, top1=top1, top3=0.9, wrong=wrong, oos_rejection=oos)


def test_threshold_rule_keeps_out_of_scope_out_then_weighs_wrong_answers() -> None:
    points = [
        _point(0.1, top1=0.90, wrong=0.09, oos=0.70),  # best utility but answers off-topic messages
        _point(0.3, top1=0.80, wrong=0.06, oos=0.92),  # utility 0.68
        _point(0.4, top1=0.75, wrong=0.02, oos=0.95),  # utility 0.71: chosen
        _point(0.5, top1=0.60, wrong=0.01, oos=0.96),
    ]
    assert choose_thresholds(points).answer == 0.4


def test_the_suggest_threshold_serves_top3_not_the_out_of_scope_floor() -> None:
    # Seen at 13:40 on 2026-11-30: at 0.65, declining unsure messages (suggest 0.6) met the floor
    # that suggesting (0.2) missed, for a little more utility and 1.6 points less top-3.
    points = [
        CurvePoint(answer=0.65, suggest=0.2, top1=0.854, top3=0.942, wrong=0.042, oos_rejection=0.899),
        CurvePoint(answer=0.65, suggest=0.6, top1=0.853, top3=0.926, wrong=0.039, oos_rejection=0.906),
        CurvePoint(answer=0.7, suggest=0.2, top1=0.839, top3=0.943, wrong=0.034, oos_rejection=0.904),
        CurvePoint(answer=0.7, suggest=0.6, top1=0.838, top3=0.925, wrong=0.0335, oos_rejection=0.912),
    ]
    assert points[1].utility > points[2].utility > points[0].utility  # the old rule chose 0.65 / 0.6
    chosen = choose_thresholds(points)
    assert (chosen.answer, chosen.suggest) == (0.7, 0.2)
    # Where a higher suggest threshold has the better top-3, it is the one kept.
    points[3] = CurvePoint(answer=0.7, suggest=0.6, top1=0.838, top3=0.950, wrong=0.0335, oos_rejection=0.912)
    assert (choose_thresholds(points).answer, choose_thresholds(points).suggest) == (0.7, 0.6)


def test_markup_around_a_question_is_ignored() -> None:
    assert model_text("<p><b>Combien ça coûte ?</b></p>") == model_text("Combien ça coûte ?")
    assert model_text("x < y et z > w") == "x y et z w"  # not a tag: kept as words


def test_calibration_is_a_logistic_model_of_being_right() -> None:
    from bot.faq.router import Scores, confidence_features
    from bot.quality.crossval import fit_calibration

    clear = Scores([("a", 0.9), ("b", 0.05)], [("out_of_scope", 0.05)])
    torn = Scores([("a", 0.3), ("b", 0.28)], [("out_of_scope", 0.3)])
    rows = [(confidence_features(clear, "combien ça coûte"), True)] * 20 + [(confidence_features(torn, "truc"), False)] * 20
    calibration = fit_calibration(rows)
    assert calibration.probability(clear, "combien ça coûte") > 0.8 > 0.2 > calibration.probability(torn, "truc")


class StopWordVocab(FakeVocab):
    """FakeVocab with a vector for the stop word « la » too."""

    table = {**FakeVocab.table, "la": np.array([0.0, 0.0, 1.0])}


def test_sentence_vectors_can_weigh_words_by_idf_and_skip_stop_words() -> None:
    vocab = StopWordVocab()
    weighted = sentence_vectors(vocab, ["coût formation", "coût inconnu"], idf={"coût": 3.0, "formation": 1.0}, unknown_idf=9.0)
    assert weighted.tolist() == [[0.75, 0.25, 0.0], [1.0, 0.0, 0.0]]
    skipped = sentence_vectors(vocab, ["la formation", "la"], skip_stop_words=True)
    assert skipped.tolist() == [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]  # only stop words: they are kept


def test_idf_table_weighs_rare_words_up() -> None:
    from bot.faq.model import idf_table

    idf, unknown = idf_table(["la formation", "la prime", "La durée"])
    assert idf["la"] < idf["prime"] == idf["durée"] < unknown


def test_classifier_weighs_its_own_sentence_vectors_and_reads_older_pickles(monkeypatch: pytest.MonkeyPatch) -> None:
    import bot.faq.model as model_module

    monkeypatch.setattr(model_module, "word_vectors", lambda model=model_module.SPACY_MODEL: StopWordVocab())
    texts, labels = zip(*TRAIN, strict=True)
    switch = np.zeros((len(texts), 3))  # the caller's plain means: here only « dense features on »
    model = MessageClassifier(ModelConfig(dense_idf=True, dense_skip_stop_words=True)).fit(texts, labels, switch)
    assert model._idf is not None and model._idf["formation"] < model._idf["gratuit"]
    model = pickle.loads(pickle.dumps(model))
    probs = model.predict_proba(["le coût de la formation"], np.zeros((1, 3)))
    assert split_scores(model.classes, probs[0])[0][0][0] == "cout"
    del model._idf  # pickled before weighted vectors existed: the plain means passed in are used
    assert model._sentence_vectors(["la formation"], np.ones((1, 3)), fit=False).tolist() == [[1.0, 1.0, 1.0]]


def test_typo_copy_has_one_slip_in_one_long_word() -> None:
    import random

    from bot.quality.crossval import typo

    copy = typo("combien coute la formation", random.Random(0))
    changed = [(a, b) for a, b in zip("combien coute la formation".split(), copy.split(), strict=True) if a != b]
    assert len(changed) == 1 and abs(len(changed[0][0]) - len(changed[0][1])) <= 1
    assert typo("la et de", random.Random(0)) == "la et de"
    assert copy == typo("combien coute la formation", random.Random(0))


# ---------------------------------------------------------------- do new examples help? (python -m bot crossval --added-since)


def test_added_examples_are_those_the_older_data_lacks() -> None:
    from bot.quality.crossval import added_examples

    before = [Example("a", "faq/x"), Example("b", "faq/x"), Example("a", "faq/x")]
    now = [Example("a", "faq/x"), Example("c", "faq/y"), Example("a", "faq/x"), Example("a", "faq/x"), Example("b", "faq/y")]
    assert added_examples(before, now) == [Example("c", "faq/y"), Example("a", "faq/x"), Example("b", "faq/y")]


def test_examples_of_a_commit_are_read_from_git() -> None:
    import subprocess

    from bot.quality.crossval import examples_at

    labels = {e.label for e in examples_at("HEAD")}
    assert {"out_of_scope", "greet", "faq/cout_formation"} <= labels
    with pytest.raises(subprocess.CalledProcessError):
        examples_at("no-such-revision")


class RecordingScorer:
    """Remembers what it was trained on and scored; always ranks the FAQ entry x first."""

    trained: list[list[str]] = []
    scored: list[str] = []

    def __init__(self) -> None:
        self.vocabulary: frozenset[str] = frozenset()

    def fit(self, texts, labels):  # type: ignore[no-untyped-def]
        RecordingScorer.trained.append(list(texts))
        self.vocabulary = frozenset(w for t in texts for w in t.split())
        return self

    def scores(self, texts):  # type: ignore[no-untyped-def]
        from bot.faq.router import Scores

        RecordingScorer.scored.extend(texts)
        return [Scores([("x", 0.8), ("y", 0.1)], [("out_of_scope", 0.1)]) for _ in texts]


def test_data_gain_trains_with_and_without_the_added_examples_which_are_never_scored() -> None:
    from bot.quality.crossval import data_gain, gain_table

    base = [Example(f"question {label} numero {i}", f"faq/{label}") for label in ("x", "y") for i in range(10)]
    base += [Example(f"hors sujet numero {i}", "out_of_scope") for i in range(10)]
    added = [Example(f"nouvelle question x {i}", "faq/x") for i in range(3)]
    RecordingScorer.trained, RecordingScorer.scored = [], []
    rows = data_gain(base, added, seeds=(7, 11), factory=RecordingScorer)
    assert [(r.seed, r.added) for r in rows] == [(7, False), (7, True), (11, False), (11, True)]
    with_added = [t for t in RecordingScorer.trained if "nouvelle question x 0" in t]
    assert len(with_added) == 10 and len(RecordingScorer.trained) == 20, "5 folds × 2 seeds each way"
    assert not any(t.startswith("nouvelle") for t in RecordingScorer.scored)
    # x always first: when it answers, it answers the 10 questions of x rightly and the 10 of y wrongly.
    assert all((r.chosen.top1, r.chosen.wrong) in ((0.5, 0.5), (0.0, 0.0)) for r in rows)
    assert "| 7 | avec |" in gain_table(rows)


def _gain_rows(gains: dict[int, float]) -> list[GainRow]:
    def point(utility: float) -> CurvePoint:
        return CurvePoint(0.75, 0.2, top1=utility, top3=0.95, wrong=0.0, oos_rejection=0.9)

    return [GainRow(seed, added, point(0.79 + (gain if added else 0.0))) for seed, gain in gains.items() for added in (False, True)]


@pytest.mark.parametrize(("gains", "kept"), [
    ({7: 0.006, 11: 0.004, 23: 0.005}, True),
    # Lot 9 (2026-12-02): the same sign on the three draws, but within the noise on one: not kept any more.
    ({7: 0.006, 11: 0.002, 23: 0.004}, False),
    ({7: 0.010, 11: -0.004, 23: 0.009}, False),
    ({7: -0.006, 11: -0.009, 23: -0.006}, False),
])
def test_added_examples_are_kept_only_when_they_gain_more_than_the_noise_on_every_draw(gains: dict[int, float], kept: bool) -> None:
    from bot.quality.crossval import gain_verdict

    decided, message = gain_verdict(_gain_rows(gains))
    assert decided is kept
    assert message.startswith("Gardé" if kept else "Pas gardé")
    assert f"{gains[11]:+.3f}" in message


def test_the_fast_tfidf_transform_gives_scikit_learns_numbers() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from bot.faq.model import tfidf_transform

    train = ["combien coûte la formation", "qui paye la formation ?", "les CDD de 4 mois", "formation formation formation", "a b c"]
    texts = ["combien ça coûte ?", "", "zzz inconnu", "la formation la formation, combien ?", "CDD"]
    for vectorizer in (TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True), TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
                       TfidfVectorizer()):
        vectorizer.fit(train)
        fast = tfidf_transform(vectorizer, texts, vectorizer.idf_)
        assert np.abs(fast.toarray() - vectorizer.transform(texts).toarray()).max() < 1e-12


def test_a_classifier_pickled_without_the_cached_idf_scores_the_same() -> None:
    texts = ["combien coûte la formation", "qui paye", "cdd de 4 mois", "derogation cdd court", "bonjour", "salut"]
    labels = ["faq/cout", "faq/cout", "faq/cdd", "faq/cdd", "greet", "greet"]
    model = MessageClassifier(ModelConfig(dense_weight=0.0, calibration_folds=2)).fit(texts, labels)
    queries = ["ça coûte combien ?", "un cdd court", "coucou"]
    fast = model.predict_proba(queries)
    model._ngram_idf = None  # as unpickled from a model trained before the cache existed
    assert np.allclose(model.predict_proba(queries), fast)


def test_one_standard_error_rule_takes_the_most_prudent_threshold_within_noise_of_the_best() -> None:
    from bot.quality.crossval import choose_thresholds_one_se

    points = [
        _point(0.1, top1=0.95, wrong=0.01, oos=0.70),  # best utility, but answers off-topic messages
        _point(0.6, top1=0.80, wrong=0.02, oos=0.92),  # utility 0.76: the best allowed
        _point(0.7, top1=0.78, wrong=0.015, oos=0.93),  # 0.75: within one error of 0.76
        _point(0.8, top1=0.70, wrong=0.01, oos=0.96),  # 0.68: too far
    ]
    noisy = [[0.73, 0.79, 0.76, 0.76]] * 4  # standard error 0.012
    assert choose_thresholds_one_se(points, noisy).answer == 0.7
    exact = [[0.76, 0.76, 0.76, 0.76]] * 4  # no spread: the best itself
    assert choose_thresholds_one_se(points, exact).answer == 0.6


def test_rules_are_compared_on_outer_groups_of_the_training_examples_only() -> None:
    from bot.quality.crossval import RULES, compare_rules, rules_table

    examples = [Example(f"question {label} numero {i}", f"faq/{label}") for label in ("x", "y") for i in range(10)]
    examples += [Example(f"hors sujet numero {i}", "out_of_scope") for i in range(10)]
    rows = compare_rules(examples, seeds=(7,), factory=RecordingScorer)
    assert [(r.seed, r.rule) for r in rows] == [(7, rule) for rule in RULES]
    assert all(len(r.chosen) == 5 for r in rows), "thresholds chosen for each of the 5 outer groups"
    assert all(0.0 <= r.measured.top1 <= 1.0 for r in rows)
    assert "un écart-type" in rules_table(rows)
