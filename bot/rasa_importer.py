"""Rasa training-data importer that reads the FAQ straight from ``data/faq``.

Rasa's own files never hold a copy of the FAQ: this importer turns every entry
into the retrieval intent ``faq/<id>`` (its examples) and the response
``utter_faq/<id>`` (its answer followed by its source); Rasa's own
``ResponsesSyncImporter`` then copies those responses into the domain. Declared in
``config.yml`` under ``importers:``; it replaces Rasa's default
``RasaFileImporter`` and extends it, so domain, stories and the other NLU files
are read as usual.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.shared.core.domain import Domain
from rasa.shared.core.training_data.structures import StoryGraph
from rasa.shared.importers import utils
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.faq import Faq, load_faq, training_texts
from bot.faq_replies import response_name
from bot.faq_router import RETRIEVAL_INTENT
from bot.paths import FAQ_DIR, ROOT


def faq_training_data(faq: Faq) -> TrainingData:
    """NLU examples and responses of the retrieval intent ``faq``."""
    examples = [
        Message.build(text, intent=f"{RETRIEVAL_INTENT}/{entry.id}")
        for entry in faq
        for text in training_texts(entry)
    ]
    responses = {response_name(entry.id): [{"text": entry.answer_with_source}] for entry in faq}
    return TrainingData(training_examples=examples, responses=responses)


class FaqImporter(RasaFileImporter):
    """The default importer, plus the FAQ entries of ``faq_directory``."""

    def __init__(
        self,
        config_file: str | None = None,
        domain_path: str | None = None,
        training_data_paths: str | list[str] | None = None,
        faq_directory: str | None = None,
        **_: Any,
    ) -> None:
        super().__init__(config_file, domain_path, training_data_paths)
        directory = Path(faq_directory) if faq_directory else FAQ_DIR
        self._faq_directory = directory if directory.is_absolute() else ROOT / directory
        self._faq: Faq | None = None

    @property
    def faq(self) -> Faq:
        if self._faq is None:
            self._faq = load_faq(self._faq_directory)
        return self._faq

    def get_nlu_data(self, language: str | None = "en") -> TrainingData:
        return super().get_nlu_data(language).merge(faq_training_data(self.faq))

    def _story_domain(self) -> Domain:
        # Rules mention the retrieval intent, which Rasa only adds to the domain
        # later (ResponsesSyncImporter); declaring it in domain.yml instead would
        # make Rasa warn about a duplicated intent.
        retrieval = Domain.from_dict({"intents": [{RETRIEVAL_INTENT: {"is_retrieval_intent": True}}]})
        return self.get_domain().merge(retrieval)

    def get_stories(self, exclusion_percentage: int | None = None) -> StoryGraph:
        return utils.story_graph_from_paths(self._story_files, self._story_domain(), exclusion_percentage)

    def get_conversation_tests(self) -> StoryGraph:
        return utils.story_graph_from_paths(self._conversation_test_files, self._story_domain())
