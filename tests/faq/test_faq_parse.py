"""Reading the FAQ part of stored parse results (bot/faq/parse.py)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from bot.faq.parse import answered_entries, decided_entries, intent_name, ranked_entries, requested_entry, selected_entry
from bot.faq.router import Decision, Scores, decide, parse_fields

RANKING = [{"intent_response_key": "faq/cout_formation", "confidence": 0.8}, {"intent_response_key": "faq/duree_formation", "confidence": 0.1}]


def test_a_button_answers_its_entry_first() -> None:
    parse = {"intent": {"name": "faq"}, "entities": [{"entity": "faq_id", "value": "duree_formation"}], "response_selector": {"faq": {"ranking": RANKING}}}
    assert requested_entry(parse) == "duree_formation"
    assert requested_entry(parse, known_ids={"cout_formation"}) is None
    assert answered_entries(parse) == ["duree_formation"]


def test_several_questions_are_all_answered_in_order() -> None:
    parse = {"intent": {"name": "faq"}, "faq_decision": {"kind": "answer", "faq_ids": ["cout_formation", "duree_formation"]}}
    assert decided_entries(parse) == ["cout_formation", "duree_formation"]
    assert answered_entries(parse) == ["cout_formation", "duree_formation"]


def test_older_results_fall_back_on_the_selector() -> None:
    parse = {"intent": {"name": "faq"}, "response_selector": {"default": {"response": {"intent_response_key": "faq/duree_formation"}, "ranking": RANKING}}}
    assert selected_entry(parse) == "duree_formation"
    assert ranked_entries(parse) == [("cout_formation", 0.8), ("duree_formation", 0.1)]


@pytest.mark.parametrize(
    "parse",
    [{}, {"intent": "faq"}, {"entities": "x"}, {"entities": [None, 3]}, {"response_selector": []}, {"response_selector": {"faq": {"ranking": [None, {"intent_response_key": "faq/"}]}}}, {"faq_decision": {"faq_ids": [None, 3]}}],
)
def test_malformed_results_read_as_nothing(parse: dict) -> None:
    assert intent_name(parse) is None
    assert answered_entries(parse) == []
    assert ranked_entries(parse) == []


def test_what_the_classifier_writes_is_what_the_readers_read() -> None:
    scores = Scores(faq=[("cout_formation", 0.9), ("duree_formation", 0.05)], other=[("out_of_scope", 0.05)])
    decision = Decision("answer", faq_id="cout_formation", confidence=0.9, intent="faq", faq_ids=["cout_formation"])
    fields = parse_fields(decision, scores)
    assert answered_entries(fields) == ["cout_formation"]
    assert ranked_entries(fields)[0][0] == "cout_formation"
    assert decide(fields) == decision


def test_reading_parse_results_does_not_load_the_model_libraries() -> None:
    code = "import sys, bot.faq.parse; print(any(m in sys.modules for m in ('spacy', 'sklearn')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"
