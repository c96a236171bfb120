"""Routing decisions on Rasa parse results, and the messages that carry them out."""

from __future__ import annotations

from bot.faq import Faq
from bot.faq_replies import faq_payload, replies_for
from bot.faq_router import decide


def parse(intent: str, confidence: float, ranking: list[tuple[str, float]], entities=None, intent_ranking=None) -> dict:
    return {
        "text": "x",
        "intent": {"name": intent, "confidence": confidence},
        "intent_ranking": intent_ranking or [{"name": intent, "confidence": confidence}],
        "entities": entities or [],
        "response_selector": {"faq": {"ranking": [{"intent_response_key": f"faq/{i}", "confidence": c} for i, c in ranking]}},
    }


RANKING = [("duree_formation", 0.9), ("delai_mise_en_place", 0.05), ("type_de_formation", 0.03), ("niveau_etudes", 0.02)]


def test_confident_faq_is_answered() -> None:
    decision = decide(parse("faq", 0.97, RANKING))
    assert (decision.kind, decision.faq_id) == ("answer", "duree_formation")


def test_unsure_response_selector_suggests_three() -> None:
    # bot.response_selector_fallback has turned the unsure selection into nlu_fallback.
    ranking = [("duree_formation", 0.4), ("delai_mise_en_place", 0.3), ("type_de_formation", 0.1), ("x", 0.05)]
    intents = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.97}]
    decision = decide(parse("nlu_fallback", 0.4, ranking, intent_ranking=intents))
    assert decision.kind == "suggest"
    assert decision.suggestions == ["duree_formation", "delai_mise_en_place", "type_de_formation"]


def test_fallback_suggests_unless_out_of_scope_was_best() -> None:
    ranking_intents = [{"name": "nlu_fallback", "confidence": 0.55}, {"name": "faq", "confidence": 0.4}, {"name": "out_of_scope", "confidence": 0.3}]
    assert decide(parse("nlu_fallback", 0.55, RANKING, intent_ranking=ranking_intents)).kind == "suggest"
    ranking_intents[1:] = reversed(ranking_intents[1:])
    assert decide(parse("nlu_fallback", 0.55, RANKING, intent_ranking=ranking_intents)).kind == "out_of_scope"


def test_out_of_scope_is_declined() -> None:
    assert decide(parse("out_of_scope", 0.9, RANKING)).kind == "out_of_scope"


def test_button_payload_answers_exactly_that_entry() -> None:
    entities = [{"entity": "faq_id", "value": "permis_de_conduire"}]
    decision = decide(parse("faq", 1.0, [], entities=entities), known_ids={"permis_de_conduire"})
    assert (decision.kind, decision.faq_id) == ("answer", "permis_de_conduire")


def test_unknown_button_id_is_not_trusted() -> None:
    entities = [{"entity": "faq_id", "value": "<script>"}]
    assert decide(parse("faq", 1.0, [], entities=entities), known_ids={"permis_de_conduire"}).kind == "suggest"


def test_replies(faq: Faq) -> None:
    answer = replies_for(decide(parse("faq", 0.97, RANKING)), faq)
    assert answer == [{"response": "utter_faq/duree_formation"}]
    suggest = replies_for(decide(parse("nlu_fallback", 0.2, [(i, 0.2) for i, _ in RANKING])), faq)
    buttons = suggest[0]["buttons"]
    assert [b["payload"] for b in buttons[:3]] == [faq_payload(i) for i, _ in RANKING[:3]]
    assert buttons[0]["title"] == faq.get("duree_formation").question
    assert suggest[-1] == {"response": "utter_contact_pointer"}
    declined = replies_for(decide(parse("out_of_scope", 0.9, RANKING)), faq)
    assert declined == [{"response": "utter_out_of_scope"}, {"response": "utter_contact_pointer"}]


def test_payload_is_rasa_intent_with_entity() -> None:
    assert faq_payload("place_iae") == '/faq{"faq_id": "place_iae"}'


def test_feedback_from_buttons_and_typed_text() -> None:
    from bot.faq_replies import feedback_from, feedback_payload

    known = {"duree_formation"}
    assert feedback_payload("duree_formation", "down") == '/feedback{"feedback": "down", "faq_id": "duree_formation"}'
    assert feedback_from("", {"feedback": "down", "faq_id": "duree_formation"}, None, known) == {"faq_id": "duree_formation", "value": "down"}
    assert feedback_from("cette réponse ne m'aide pas", {}, "duree_formation", known) == {"faq_id": "duree_formation", "value": "down"}
    assert feedback_from("réponse utile", {}, "duree_formation", known)["value"] == "up"
    assert feedback_from("réponse utile", {}, None, known) is None  # nothing was answered yet
    assert feedback_from("", {"feedback": "up", "faq_id": "<script>"}, None, known) is None


def test_last_answered_faq_reads_typed_questions_and_buttons() -> None:
    from bot.faq_replies import last_answered_faq

    typed = {"event": "user", "parse_data": parse("faq", 0.9, RANKING)}
    button = {"event": "user", "parse_data": parse("faq", 1.0, [], entities=[{"entity": "faq_id", "value": "place_iae"}])}
    assert last_answered_faq([typed]) == "duree_formation"
    assert last_answered_faq([typed, {"event": "bot"}, button]) == "place_iae"
    assert last_answered_faq([{"event": "user", "parse_data": parse("greet", 0.9, [])}]) is None
