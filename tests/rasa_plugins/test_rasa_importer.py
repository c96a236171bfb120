"""Rasa's training data and domain are derived from data/faq, never copied."""

from __future__ import annotations

import re

import yaml
from rasa.shared.importers.importer import TrainingDataImporter

from bot.dialogue.messages import RULE_RESPONSES
from bot.faq.entries import Faq
from bot.rasa_plugins.importer import FAQ_ENTRY_KEY, faq_training_data
from bot.settings import CONFIG_FILE, DATA_DIR, DOMAIN_FILE


def test_training_data_tags_every_faq_example_with_its_entry(faq: Faq) -> None:
    data = faq_training_data(faq)
    assert {m.get(FAQ_ENTRY_KEY) for m in data.training_examples} == set(faq.ids)
    assert {m.get("intent") for m in data.training_examples} == {"faq"}
    assert not data.retrieval_intents  # no utter_faq responses expected by Rasa
    # Every example, plus the canonical question of the document.
    assert len(data.training_examples) == sum(len(e.examples) + 1 for e in faq)
    assert not data.responses  # the answers are sent by action_answer_faq from data/faq


def test_importer_reads_rasa_files_and_faq(faq: Faq) -> None:
    importer = TrainingDataImporter.load_from_config(str(CONFIG_FILE), str(DOMAIN_FILE), [str(DATA_DIR)])
    nlu = importer.get_nlu_data("fr")
    intents = {m.get("intent") for m in nlu.training_examples}
    assert {"faq", "greet", "out_of_scope"} <= intents
    domain = importer.get_domain()
    assert not [name for name in domain.responses if name.startswith("utter_faq")]


def test_no_faq_answer_is_copied_into_rasa_files(faq: Faq) -> None:
    rasa_files = [DOMAIN_FILE, *DATA_DIR.glob("*.yml"), *(DATA_DIR / "nlu").glob("*.yml")]
    text = "\n".join(p.read_text(encoding="utf-8") for p in rasa_files)
    for entry in faq:
        first_sentence = re.split(r"(?<=[.!?])\s", entry.answer)[0]
        assert first_sentence not in text, entry.id


def test_the_rules_responses_come_from_the_messages_module() -> None:
    importer = TrainingDataImporter.load_from_config(str(CONFIG_FILE), str(DOMAIN_FILE), [str(DATA_DIR)])
    responses = importer.get_domain().responses
    assert {name: variants[0] for name, variants in responses.items() if name in RULE_RESPONSES} == RULE_RESPONSES
    assert not yaml.safe_load(DOMAIN_FILE.read_text(encoding="utf-8")).get("responses")  # no sentence in domain.yml
    # Every response a rule says exists (Rasa would say nothing).
    said = set(re.findall(r"action: (utter_\w+)", (DATA_DIR / "rules.yml").read_text(encoding="utf-8")))
    assert said <= set(responses)


def test_domain_buttons_point_to_existing_entries(faq: Faq) -> None:
    from bot.dialogue import messages

    said = [*RULE_RESPONSES.values(), messages.HELP]  # the help menu is sent by action_help
    payloads = [b["payload"] for message in said for b in message.get("buttons", [])]
    ids = [m.group(1) for p in payloads if (m := re.search(r'"faq_id": "([a-z_0-9]+)"', p))]
    assert ids, "the help message offers FAQ buttons"
    assert set(ids) <= set(faq.ids)
