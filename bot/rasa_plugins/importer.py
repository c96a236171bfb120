"""Rasa training-data importer that reads the FAQ straight from ``data/faq``.

Rasa's own files never hold a copy of the FAQ: this importer turns every entry
into the retrieval intent ``faq/<id>`` (its examples, its canonical question).
The answers are not responses of the domain: ``action_answer_faq`` sends them
from ``data/faq`` with their source, so Rasa's model holds no copy either. Declared in
``config.yml`` under ``importers:``; it replaces Rasa's default
``RasaFileImporter`` and extends it, so domain, stories and the other NLU files
are read as usual; the rules' responses (``utter_greet``…) come from
``bot/dialogue/messages.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.shared.core.domain import Domain
from rasa.shared.importers.rasa import RasaFileImporter
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.dialogue.messages import RULE_RESPONSES
from bot.faq.entries import Faq, load_faq, training_texts
from bot.faq.router import RETRIEVAL_INTENT
from bot.settings import FAQ_DIR, ROOT

#: Key of a training message's data naming its FAQ entry (read by bot.rasa_plugins.faq_classifier).
FAQ_ENTRY_KEY = "faq_entry"


def faq_training_data(faq: Faq) -> TrainingData:
    """NLU examples of the intent ``faq``, each tagged with its entry.

    Not a Rasa retrieval intent (``faq/<id>``): that would make Rasa expect
    ``utter_faq`` responses, while the answers are sent from data/faq by
    ``action_answer_faq``.
    """
    examples = [
        Message(data={TEXT: text, INTENT: RETRIEVAL_INTENT, FAQ_ENTRY_KEY: entry.id})
        for entry in faq
        for text in training_texts(entry)
    ]
    return TrainingData(training_examples=examples)


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

    def get_domain(self) -> Domain:
        return super().get_domain().merge(rule_responses_domain())


def rule_responses_domain() -> Domain:
    """The responses Rasa's rules say, from bot/dialogue/messages.py (domain.yml holds no sentence)."""
    return Domain.from_dict({"responses": {name: [dict(message)] for name, message in RULE_RESPONSES.items()}})


