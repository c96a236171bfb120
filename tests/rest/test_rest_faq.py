"""The running assistant over REST: every FAQ entry, suggestions, out of scope, bad input."""

from __future__ import annotations

import json
import sqlite3
import urllib.error
import urllib.request

import pytest

from bot.faq.entries import Faq
from bot.faq.replies import answer_message, faq_payload
from bot.serving.rest_client import send
from tests.samples import VAGUE_MESSAGE

pytestmark = [pytest.mark.model, pytest.mark.server]

CONTACT_URL = "https://nosemplois.fr/1-emploi-1-formation"


def texts(messages: list[dict]) -> list[str]:
    return [m.get("text", "") for m in messages]


def joined(messages: list[dict]) -> str:
    # Rasa's channels send each paragraph (separated by a blank line) as its own message.
    return "\n\n".join(texts(messages))


def test_every_entry_is_answered_exactly_through_its_button(servers, faq: Faq, sender: str) -> None:
    for entry in faq:
        status, messages = send(servers.rasa_url, sender, faq_payload(entry.id))
        assert status == 200
        # (a paragraph on a topic the question does not name is left out: bot.faq.replies.answer_message)
        assert answer_message(faq, entry.id)["text"] in joined(messages), entry.id


def test_every_canonical_question_typed_gets_its_answer(servers, faq: Faq, sender: str) -> None:
    wrong = []
    for entry in faq:
        _, messages = send(servers.rasa_url, sender, entry.question)
        if answer_message(faq, entry.id, entry.question)["text"] not in joined(messages):
            wrong.append(entry.id)
    assert wrong == []


def test_unclear_question_offers_three_questions_and_a_way_out(servers, faq: Faq, sender: str) -> None:
    _, messages = send(servers.rasa_url, sender, VAGUE_MESSAGE)
    buttons = [b for m in messages for b in m.get("buttons", [])]
    faq_buttons = [b for b in buttons if b["payload"].startswith("/faq")]
    assert len(faq_buttons) == 3, messages
    assert any(CONTACT_URL in t for t in texts(messages))
    # Clicking a suggestion gives exactly that entry's answer.
    chosen = faq_buttons[1]
    faq_id = json.loads(chosen["payload"][len("/faq"):])["faq_id"]
    _, answer = send(servers.rasa_url, sender, chosen["payload"])
    assert joined(answer).startswith(faq.get(faq_id).answer_with_source)


def test_messages_it_cannot_use_get_another_wording_then_a_way_out(servers, faq: Faq, sender: str) -> None:
    """« ? », « hmm », keyboard mashing in a row: no dead end (the same reply three times)."""
    replies = [joined(send(servers.rasa_url, sender, m)[1]) for m in ("?", "hmm", "qsdfghjk")]
    assert "reformuler" in replies[0] and CONTACT_URL not in replies[0]
    assert faq.entries[0].question in replies[1] and replies[1] != replies[0]
    assert CONTACT_URL in replies[2] and "Je n'arrive pas à comprendre vos messages" in replies[2]
    _, after = send(servers.rasa_url, sender, faq.entries[1].question)
    assert faq.entries[1].answer_with_source in joined(after), "an answered question ends the streak"


def test_out_of_scope_is_declined_politely_with_the_contact(servers, faq: Faq, sender: str) -> None:
    _, messages = send(servers.rasa_url, sender, "quel temps fera-t-il demain à Nantes ?")
    joined = "\n".join(texts(messages))
    assert "je réponds à partir de la FAQ officielle" in joined
    assert CONTACT_URL in joined
    assert not any(e.answer_with_source in joined for e in faq)


@pytest.mark.parametrize(
    "message",
    [
        "",
        "    ",
        "formation " * 500,
        "😀🎉👍",
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
        "Hello, how much does the training cost for my company?",
        "0123456789",
        "'; DROP TABLE events; --",
    ],
    ids=["vide", "blanc", "5000-caracteres", "emoji", "html-script", "anglais", "chiffres", "sql"],
)
def test_bad_input_never_crashes(servers, sender: str, message: str) -> None:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    assert isinstance(messages, list)
    for m in messages:
        assert "<script>" not in m.get("text", "")
    # The conversation still works afterwards.
    status, messages = send(servers.rasa_url, sender, "bonjour")
    assert status == 200 and any("assistant" in t for t in texts(messages))


def test_http_api_is_closed_without_a_token(servers) -> None:
    request = urllib.request.Request(f"{servers.rasa_url}/model/parse", data=b'{"text": "bonjour"}', headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as error:
        urllib.request.urlopen(request, timeout=10)
    assert error.value.code == 404


def test_conversations_are_stored_in_sqlite(servers, sender: str) -> None:
    send(servers.rasa_url, sender, "bonjour")
    database = servers.tracker_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        count = connection.execute("SELECT COUNT(*) FROM events WHERE sender_id = ?", (sender,)).fetchone()[0]
    assert count > 0


def test_thumbs_down_is_recorded_with_the_faq_id(servers, sender: str) -> None:
    _, messages = send(servers.rasa_url, sender, faq_payload("permis_de_conduire"))
    down = next(b for m in messages for b in m.get("buttons", []) if b["title"].startswith("👎"))
    _, reply = send(servers.rasa_url, sender, down["payload"])
    assert any(CONTACT_URL in t for t in texts(reply))
    database = servers.tracker_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot'", (sender,)).fetchall()
    values = [json.loads(r[0]).get("value") for r in rows if json.loads(r[0]).get("name") == "faq_feedback"]
    assert values == [{"faq_id": "permis_de_conduire", "value": "down"}]


def test_thumbs_down_on_a_typed_question_offers_the_next_closest_questions(servers, faq: Faq, sender: str) -> None:
    from bot.dialogue.messages import FEEDBACK_DOWN_ALTERNATIVES

    _, messages = send(servers.rasa_url, sender, faq.get("cout_formation").question)  # type: ignore[union-attr]
    down = next(b for m in messages for b in m.get("buttons", []) if b["title"].startswith("👎"))
    _, reply = send(servers.rasa_url, sender, down["payload"])
    offered = next(m for m in reply if m.get("text") == FEEDBACK_DOWN_ALTERNATIVES)
    payloads = [b["payload"] for b in offered["buttons"]]
    assert len(payloads) == 4 and faq_payload("cout_formation") not in payloads and payloads[-1] == "/help"
    assert any(CONTACT_URL in t for t in texts(reply))
    _, answer = send(servers.rasa_url, sender, payloads[0])  # a click answers that question
    assert any(e.answer_with_source in joined(answer) for e in faq)


def test_a_question_typed_after_a_criticism_is_answered_and_rates_the_previous_answer_down(servers, faq: Faq, sender: str) -> None:
    from bot.dialogue.messages import CRITICISM_NOTED

    send(servers.rasa_url, sender, faq_payload("permis_de_conduire"))
    wanted = faq.get("duree_formation")
    assert wanted is not None
    _, reply = send(servers.rasa_url, sender, f"c'est pas ma question, je voulais savoir : {wanted.question.lower()}")
    assert texts(reply)[0] == CRITICISM_NOTED
    assert wanted.answer_with_source in joined(reply)
    database = servers.tracker_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'slot'", (sender,)).fetchall()
    values = [json.loads(r[0]).get("value") for r in rows if json.loads(r[0]).get("name") == "faq_feedback"]
    assert values == [{"faq_id": "permis_de_conduire", "value": "down"}]
