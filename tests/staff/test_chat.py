"""The terminal conversation (bot/staff/chat.py), with a fake assistant: no server."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from bot.staff import chat as chat_module
from bot.staff.chat import GOODBYE, ChatError, RestSession, chat, format_messages

CONTRACT_QUESTION = [
    {"recipient_id": "x", "text": "Quel type de contrat envisagez-vous pour cette embauche ?",
     "buttons": [{"title": "CDI", "payload": "CDI"}, {"title": "CDD", "payload": "CDD"},
                 {"title": "Apprentissage", "payload": "contrat d'apprentissage"}]},
]


class FakeAssistant:
    """Records (sender, message); answers from a script, by default with the contract question."""

    def __init__(self, replies: dict[str, list[dict]] | None = None) -> None:
        self.replies = replies or {}
        self.sent: list[tuple[str, str]] = []
        self.senders = iter(f"s{n}" for n in range(1, 100))
        self.sender = next(self.senders)

    def __call__(self, message: str) -> list[dict]:
        self.sent.append((self.sender, message))
        return self.replies.get(message, CONTRACT_QUESTION)

    def restart(self) -> None:
        self.sender = next(self.senders)


def run(inputs: Iterable[str | BaseException], assistant: FakeAssistant | None = None) -> tuple[FakeAssistant, list[str]]:
    assistant = assistant or FakeAssistant()
    lines = iter(inputs)
    output: list[str] = []

    def read() -> str:
        item = next(lines, EOFError())
        if isinstance(item, BaseException):
            raise item
        return item

    chat(assistant, read, output.append)
    return assistant, output


def test_buttons_are_numbered_and_a_number_sends_the_payload() -> None:
    assistant, output = run(["je veux vérifier mon éligibilité", "3", "/quitter"])
    assert "            [1] CDI  [2] CDD  [3] Apprentissage" in output
    assert "Assistant : Quel type de contrat envisagez-vous pour cette embauche ?" in output
    assert [m for _, m in assistant.sent] == ["je veux vérifier mon éligibilité", "contrat d'apprentissage"]
    assert "(bouton « Apprentissage »)" in output
    assert output[-1] == GOODBYE


def test_buttons_are_numbered_across_the_messages_of_one_reply() -> None:
    reply = [
        {"text": "Cette réponse vous a-t-elle aidé ?", "buttons": [{"title": "👍 Oui", "payload": "/up"}, {"title": "👎 Non", "payload": "/down"}]},
        {"text": "Voulez-vous vérifier votre projet ?", "buttons": [{"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"}]},
    ]
    lines, buttons = format_messages(reply)
    assert "            [1] 👍 Oui  [2] 👎 Non" in lines
    assert "            [3] Vérifier mon éligibilité" in lines
    assert [b["payload"] for b in buttons] == ["/up", "/down", "/check_eligibility"]


def test_multiline_text_and_empty_reply() -> None:
    lines, buttons = format_messages([{"text": "Récapitulatif :\n- SIRET : 123\n\nFin"}])
    assert lines == ["Assistant : Récapitulatif :", "            - SIRET : 123", "", "            Fin"]
    assert buttons == []
    assert format_messages([])[0] == ["Assistant : (pas de réponse)"]


def test_unknown_number_gives_a_french_message_and_sends_nothing() -> None:
    assistant, output = run(["bonjour", "7", "/quitter"])
    assert [m for _, m in assistant.sent] == ["bonjour"]
    assert any("Il n'y a pas de bouton n° 7 : choisissez un numéro de 1 à 3" in line for line in output)


def test_a_number_is_sent_as_text_without_buttons_or_between_quotes() -> None:
    plain = FakeAssistant({"35": [{"text": "Noté."}], "bonjour": [{"text": "Bonjour !"}], "44": [{"text": "Loire-Atlantique."}]})
    assistant, _ = run(["bonjour", "35", "je veux vérifier", '"44"', "« 2 »"], plain)
    assert [m for _, m in assistant.sent] == ["bonjour", "35", "je veux vérifier", "44", "2"]


@pytest.mark.parametrize("ending", ["/quitter", "/QUITTER", EOFError(), KeyboardInterrupt()])
def test_quit_ctrl_d_and_ctrl_c_end_cleanly(ending: str | BaseException) -> None:
    assistant, output = run(["bonjour", ending, "jamais envoyé"])
    assert [m for _, m in assistant.sent] == ["bonjour"]
    assert output[-1] == "Au revoir."


def test_restart_changes_the_sender_and_forgets_the_buttons() -> None:
    assistant, output = run(["bonjour", "/recommencer", "1", "bonjour"])
    assert "Nouvelle conversation." in output
    # After a restart, "1" is not a button any more: it is sent as text, by the new sender.
    assert assistant.sent == [("s1", "bonjour"), ("s2", "1"), ("s2", "bonjour")]


def test_explicit_restart_callback() -> None:
    calls = []
    output: list[str] = []
    lines = iter(["/recommencer", "/quitter"])
    chat(lambda message: [], lambda: next(lines), output.append, restart=lambda: calls.append(1))
    assert calls == [1]


def test_unreachable_assistant_keeps_the_conversation_open() -> None:
    def failing(message: str) -> list[dict]:
        raise ChatError("L'assistant ne répond pas à http://localhost:1 (refusé).")

    output: list[str] = []
    read_items = iter(["bonjour", "/quitter"])
    chat(failing, lambda: next(read_items), output.append)
    assert any(line.startswith("L'assistant ne répond pas") and "/quitter" in line for line in output)
    assert output[-1] == GOODBYE


def test_rest_session_uses_rest_client_and_changes_sender(monkeypatch) -> None:
    calls = []

    def fake_send(base_url: str, sender: str, message: str, timeout: float = 30.0):
        calls.append((base_url, sender, message))
        return 200, [{"text": "Bonjour !"}]

    monkeypatch.setattr(chat_module.rest_client, "send", fake_send)
    session = RestSession("http://localhost:5005")
    assert session("bonjour") == [{"text": "Bonjour !"}]
    first = session.sender
    session.restart()
    session("bonjour")
    assert calls[0][:2] == ("http://localhost:5005", first)
    assert calls[1][1] != first and calls[1][1].startswith("terminal-")


def test_rest_session_errors_are_french(monkeypatch) -> None:
    monkeypatch.setattr(chat_module.rest_client, "send", lambda *a, **k: (500, []))
    with pytest.raises(ChatError, match="HTTP 500"):
        RestSession("http://localhost:5005")("bonjour")

    def refused(*args, **kwargs):
        raise ConnectionRefusedError("refusé")

    monkeypatch.setattr(chat_module.rest_client, "send", refused)
    with pytest.raises(ChatError, match="ne répond pas"):
        RestSession("http://localhost:5005")("bonjour")
