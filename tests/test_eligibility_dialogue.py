"""Reading the employer's answers during the check, without Rasa."""

from __future__ import annotations

import pytest

from bot.eligibility_dialogue import (
    FAILURES_SLOT,
    FOREIGN_SLOT,
    MAX_FAILURES,
    conclude,
    required_slots,
    understand,
    verdict_messages,
)
from bot.faq import Faq


def test_opening_sentence_fills_what_it_says() -> None:
    result = understand("je veux recruter un soudeur en CDD de 8 mois à Cholet", None, {})
    assert result.updates == {"contract_type": "cdd", "contract_duration": 8.0, "department": "49"}
    assert not result.interruption and result.messages == []


def test_nothing_said_at_activation_is_not_a_failure() -> None:
    result = understand("je veux vérifier mon éligibilité", None, {}, "check_eligibility")
    assert result.updates == {} and result.messages == [] and not result.interruption


@pytest.mark.parametrize(
    ("text", "requested", "expected"),
    [
        ("CDI", "contract_type", {"contract_type": "cdi"}),
        ("en alternance", "contract_type", {"contract_type": "apprentissage"}),
        ("8", "contract_duration", {"contract_duration": 8.0}),
        ("un an et demi", "contract_duration", {"contract_duration": 18.0}),
        ("44", "department", {"department": "44"}),
        ("72000", "department", {"department": "72"}),
        ("St Nazaire", "department", {"department": "44"}),
        ("Rennes", "department", {"department": "35"}),
        ("autre département", "department", {"department": "autre"}),
        ("pas encore de candidat", "candidate_status", {"candidate_status": "a_identifier"}),
        ("il est inscrit a pole emploi", "candidate_status", {"candidate_status": "demandeur_emploi"}),
    ],
)
def test_answers_to_the_question_asked(text: str, requested: str, expected: dict) -> None:
    slots = {"contract_type": "cdd"} if requested != "contract_type" else {}
    assert understand(text, requested, slots).updates == expected


def test_bare_number_is_only_read_for_the_slot_asked() -> None:
    # « 12 » while the duration is asked is 12 months, not the Aveyron.
    assert understand("12", "contract_duration", {"contract_type": "cdd"}).updates == {"contract_duration": 12.0}
    # « 44 » while the duration is asked is not a department either.
    assert "department" not in understand("44", "contract_duration", {"contract_type": "cdd"}).updates


def test_correction_of_an_earlier_answer() -> None:
    slots = {"contract_type": "cdd", "contract_duration": 3.0}
    result = understand("en fait c'est un CDI", "department", slots)
    assert result.updates["contract_type"] == "cdi"
    assert "contract_duration" not in result.updates
    assert "C'est corrigé" in result.messages[0]["text"] and "CDI" in result.messages[0]["text"]
    assert required_slots({"contract_type": "cdi"}) == ["contract_type", "department", "candidate_status"]


def test_interruption_is_left_to_the_rules() -> None:
    result = understand("combien de temps dure une formation ?", "department", {"contract_type": "cdi"}, "faq")
    assert result.interruption and result.updates == {}


def test_three_misunderstood_answers_offer_buttons_and_contact() -> None:
    slots: dict = {"contract_type": "cdi"}
    for attempt in range(1, MAX_FAILURES + 1):
        result = understand("bof je sais pas trop", "department", slots, "out_of_scope")
        slots.update(result.updates)
        if attempt < MAX_FAILURES:
            assert slots[FAILURES_SLOT] == attempt
            assert "Je n'ai pas compris" in result.messages[0]["text"]
    assert {"response": "utter_contact_pointer"} in result.messages
    assert slots[FAILURES_SLOT] == 0


@pytest.mark.parametrize(("text", "error"), [("-3 mois", "négative"), ("300 ans", "trop longue")])
def test_invalid_durations_are_refused_with_a_message(text: str, error: str) -> None:
    result = understand(text, "contract_duration", {"contract_type": "cdd"})
    assert "contract_duration" not in result.updates
    assert error in result.messages[0]["text"]


def test_foreign_candidate_is_asked_about_work_authorisation() -> None:
    first = understand("une personne de nationalité étrangère", "candidate_status", {})
    assert first.updates == {FOREIGN_SLOT: True}
    slots = {FOREIGN_SLOT: True}
    assert understand("oui", "candidate_status", slots, "affirm").updates == {"candidate_status": "etranger_avec_autorisation"}
    assert understand("non", "candidate_status", slots, "deny").updates == {"candidate_status": "etranger_sans_autorisation"}


@pytest.mark.parametrize(
    ("slots", "verdict", "button"),
    [
        ({"contract_type": "cdi", "department": "49", "candidate_status": "a_identifier"}, "eligible", "Préparer ma demande"),
        ({"contract_type": "cdd", "contract_duration": 3, "department": "85", "candidate_status": "a_identifier"}, "derogation", "Préparer ma demande de dérogation"),
        ({"contract_type": "cdi", "department": "35", "candidate_status": "a_identifier"}, "ineligible", "Refaire la vérification"),
    ],
)
def test_verdict_is_explained_with_sources(faq: Faq, slots: dict, verdict: str, button: str) -> None:
    result = conclude(slots)
    assert result.verdict == verdict
    messages = verdict_messages(result, slots, faq)
    texts = "\n".join(m.get("text", "") for m in messages)
    assert "Source : " in texts
    assert any(b["title"] == button for m in messages for b in m.get("buttons", []))
    if verdict == "ineligible":
        assert "Ce que vous pouvez faire" in texts
