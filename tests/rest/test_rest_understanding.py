"""Employers' questions as they type them, over REST: each defect of the « understand
employers' questions » issue, reproduced and now answered (the running assistant)."""

from __future__ import annotations

import json

import pytest

from bot.faq.entries import Faq
from bot.faq.replies import answer_message
from bot.serving.rest_client import send

pytestmark = [pytest.mark.model, pytest.mark.server]


def joined(messages: list[dict]) -> str:
    return "\n\n".join(m.get("text", "") for m in messages)


def answered(faq: Faq, messages: list[dict], asked: str | None = None) -> list[str]:
    """FAQ entries whose answer (as said to ``asked``: a paragraph off the question left out) is in the replies, in order."""
    text = joined(messages)
    said = {e.id: answer_message(faq, e.id, asked)["text"] for e in faq}
    found = [(text.find(said[e.id]), e.id) for e in faq if said[e.id] in text]
    return [faq_id for _, faq_id in sorted(found)]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("combien ça coûte ?", "cout_formation"),
        ("est-ce payant ?", "cout_formation"),
        ("est ce que les entreprises privees peuvent en beneficier ?", "employeurs_concernes"),
        ("on est en vendee ca marche ?", "departements_couverts"),
        ("<p><b>Combien de temps dure une formation ?</b></p>", "duree_formation"),
    ],
)
def test_typed_question_gets_its_answer(servers, faq: Faq, sender: str, message: str, expected: str) -> None:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    assert answered(faq, messages, message) == [expected], joined(messages)


@pytest.mark.parametrize(
    ("message", "expected"),
    [("qui paye la formation ?", "cout_formation"), ("slt c pr savoir si c ouver o entreprise du btp", "employeurs_concernes")],
)
def test_a_hesitant_question_gets_its_answer_or_it_among_the_suggestions(servers, faq: Faq, sender: str, message: str, expected: str) -> None:
    """Never another entry's answer nor a refusal (the defects of the issue). Their calibrated confidence
    (0.64 and 0.65 with the model of 2026-11-30 10:40) sits under the answer threshold chosen by
    cross-validation (0.7), so the answer, or the question asked back with the right entry among the
    three suggestions (the issue's top-3), is right. With the third batch of examples, the SMS phrase's
    first suggestion became hors_pays_de_la_loire (0.41), employeurs_concernes second (0.28)."""
    _, messages = send(servers.rasa_url, sender, message)
    suggested = [json.loads(b["payload"][len("/faq"):])["faq_id"] for m in messages for b in m.get("buttons") or [] if b["payload"].startswith("/faq{")]
    assert answered(faq, messages) == [expected] or (answered(faq, messages) == [] and expected in suggested[:3]), joined(messages)


@pytest.mark.parametrize("message", ["?", "hmm je vois pas", "qsdfghj", "👍", "..."])
def test_junk_gets_no_faq_answer(servers, faq: Faq, sender: str, message: str) -> None:
    _, messages = send(servers.rasa_url, sender, message)
    assert answered(faq, messages) == [], joined(messages)
    # Either « reformulez », or (« je vois pas » reads as a « non ») an invitation to ask, with the help buttons.
    assert "reformuler" in joined(messages) or "Posez-moi votre question" in joined(messages), joined(messages)
    assert any(button["payload"] == "/help" for m in messages for button in m.get("buttons") or []), joined(messages)


def test_two_questions_in_one_message_get_two_answers_in_order(servers, faq: Faq, sender: str) -> None:
    _, messages = send(servers.rasa_url, sender, "Combien coûte la formation ? Et combien de temps dure-t-elle ?")
    assert answered(faq, messages) == ["cout_formation", "duree_formation"], joined(messages)


def test_a_department_question_is_answered_not_a_check_started(servers, faq: Faq, sender: str) -> None:
    _, first = send(servers.rasa_url, sender, "on est en vendee ca marche ?")
    assert answered(faq, first) == ["departements_couverts"]
    _, second = send(servers.rasa_url, sender, "et en sarthe ?")
    assert "C'est corrigé" not in joined(second)
    assert answered(faq, second) == ["departements_couverts"], joined(second)
