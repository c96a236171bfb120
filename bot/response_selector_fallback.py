"""NLU component: an FAQ question the response selector is unsure about becomes
``nlu_fallback``, so the assistant asks back instead of guessing.

Rasa's ``FallbackClassifier`` only looks at the intent confidence; a message can
be confidently an FAQ question (intent ``faq``) while the response selector
hesitates between two entries. This component, placed after the
``ResponseSelector`` in ``config.yml``, handles that second case.
"""

from __future__ import annotations

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.constants import DEFAULT_NLU_FALLBACK_INTENT_NAME
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY
from rasa.shared.nlu.training_data.message import Message

RESPONSE_SELECTOR_KEY = "response_selector"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class ResponseSelectorFallback(GraphComponent, IntentClassifier):
    """Turns a low-confidence retrieval prediction into ``nlu_fallback``."""

    @classmethod
    def required_components(cls) -> list[type]:
        return [IntentClassifier]

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"retrieval_intent": "faq", "threshold": 0.5}

    def __init__(self, config: dict[str, Any]) -> None:
        self.component_config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> ResponseSelectorFallback:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process(message)
        return messages

    def _process(self, message: Message) -> None:
        retrieval_intent = self.component_config["retrieval_intent"]
        intent = message.data.get(INTENT) or {}
        if intent.get("name") != retrieval_intent:
            return
        selector = (message.data.get(RESPONSE_SELECTOR_KEY) or {}).get(retrieval_intent) or {}
        confidence = float((selector.get("response") or {}).get("confidence") or 0.0)
        if confidence >= self.component_config["threshold"]:
            return
        fallback = {"name": DEFAULT_NLU_FALLBACK_INTENT_NAME, "confidence": confidence}
        message.data[INTENT] = fallback
        message.data.setdefault(INTENT_RANKING_KEY, []).insert(0, fallback)
