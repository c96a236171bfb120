"""Conversations in the console: list, text and date search, transcript with decisions and confidence, masking, roles, audit."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from flask import Flask
from sqlalchemy import create_engine, insert

from bot.console.app import create_app
from bot.console.conversations import Conversations
from bot.console.store import ConsoleStore
from bot.staff.report.source import EVENTS

HOSTILE = "<script>window.__xss=1</script> c'est combien la formation ?"


def moment(day: int, hour: int = 10) -> float:
    return datetime(2026, 11, day, hour, 0, tzinfo=timezone.utc).timestamp()


def user(sender: str, t: float, text: str, intent: str, confidence: float, decision: dict | None = None) -> dict:
    parse = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}
    if decision is not None:
        parse["faq_decision"] = decision
    return {"sender_id": sender, "type_name": "user", "timestamp": t, "intent_name": intent,
            "data": json.dumps({"event": "user", "timestamp": t, "text": text, "parse_data": parse})}


def bot(sender: str, t: float, text: str, buttons: list[str] | None = None) -> dict:
    data = {"buttons": [{"title": b, "payload": "/x"} for b in buttons or []]}
    return {"sender_id": sender, "type_name": "bot", "timestamp": t, "data": json.dumps({"event": "bot", "text": text, "data": data})}


def vote(sender: str, t: float, faq_id: str, value: str) -> dict:
    return {"sender_id": sender, "type_name": "slot", "timestamp": t,
            "data": json.dumps({"event": "slot", "name": "faq_feedback", "value": {"faq_id": faq_id, "value": value}})}


@pytest.fixture
def tracker_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = create_engine(url, future=True)
    EVENTS.metadata.create_all(engine)
    rows = [
        user("alice", moment(20), "Combien coûte la formation ?", "faq", 0.91,
             {"kind": "answer", "faq_ids": ["cout_formation"], "suggestions": [], "confidence": 0.91, "intent": "faq"}),
        bot("alice", moment(20) + 1, "La formation est financée par la Région.", ["Oui", "Non"]),
        vote("alice", moment(20) + 2, "cout_formation", "down"),
        user("alice", moment(20) + 3, "écrivez-moi à alice@example.fr", "nlu_fallback", 0.2,
             {"kind": "suggest", "faq_ids": [], "suggestions": ["cout_formation"], "confidence": 0.2, "intent": "nlu_fallback"}),
        user("bob", moment(22), "quel temps fait-il à Nantes", "out_of_scope", 0.8,
             {"kind": "out_of_scope", "faq_ids": [], "suggestions": [], "confidence": 0.8, "intent": "out_of_scope"}),
        user("eve", moment(23), HOSTILE, "faq", 0.5),
        {"sender_id": "eve", "type_name": "action", "timestamp": moment(23) + 1, "data": json.dumps({"name": "action_listen"})},
    ]
    with engine.begin() as conn:
        for row in rows:
            conn.execute(insert(EVENTS).values(**row))
    engine.dispose()
    return url


@pytest.fixture
def app_with_trackers(store: ConsoleStore, intents, tracker_url: str) -> Flask:
    return create_app(store, intents, Conversations(tracker_url), secret="test-secret", secure_cookies=False)


def test_search_by_text_and_date(tracker_url: str) -> None:
    conversations = Conversations(tracker_url)
    assert [c.sender_id for c in conversations.search()] == ["eve", "bob", "alice"]
    assert [c.sender_id for c in conversations.search("COUTE la FORMATION")] == ["alice"], "accents and case folded"
    assert [c.sender_id for c in conversations.search(since=date(2026, 11, 21), until=date(2026, 11, 22))] == ["bob"]
    alice = conversations.search("formation")[-1]
    assert alice.messages == 2 and alice.preview == "Combien coûte la formation ?"


def test_missing_database_is_not_created(tmp_path) -> None:
    conversations = Conversations(f"sqlite:///{tmp_path / 'absent.db'}")
    assert conversations.search() == [] and conversations.transcript("x") == []
    assert not (tmp_path / "absent.db").exists()


def test_transcript_shows_decisions_confidence_and_votes(tracker_url: str) -> None:
    turns = Conversations(tracker_url).transcript("alice")
    assert [t.kind for t in turns] == ["user", "bot", "feedback", "user"]
    assert (turns[0].decision, turns[0].decision_confidence, turns[0].entries) == ("answer", 0.91, ("cout_formation",))
    assert turns[1].buttons == ("Oui", "Non")
    assert (turns[2].vote, turns[2].entries) == ("down", ("cout_formation",))
    assert (turns[3].decision, turns[3].entries) == ("suggest", ("cout_formation",))


def test_transcript_page(app_with_trackers: Flask, store: ConsoleStore) -> None:
    client = app_with_trackers.test_client()
    from tests.console.console_support import login

    login(client, "agnes")
    page = client.get("/console/conversations/alice").get_data(as_text=True)
    assert "Décision : <strong>réponse</strong>, confiance 91 %" in page
    assert "Combien coûte la formation" in page and "alice@example.fr" in page, "agents see the messages as written"
    assert "👎 pas utile" in page and "suggestions" in page
    assert any(e.action == "conversation_viewed" and e.target == "alice" for e in store.journal())
    page = client.get("/console/conversations/eve").get_data(as_text=True)
    assert HOSTILE.replace("'", "&#39;") not in page and "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page
    assert client.get("/console/conversations/personne").status_code == 404
    listing = client.get("/console/conversations?texte=temps").get_data(as_text=True)
    assert "quel temps fait-il" in listing and "Combien" not in listing


def test_editors_read_conversations_masked(app_with_trackers: Flask) -> None:
    client = app_with_trackers.test_client()
    from tests.console.console_support import login

    login(client, "eric")
    page = client.get("/console/conversations/alice").get_data(as_text=True)
    assert "alice@example.fr" not in page and "[masqué]" in page
    assert client.get("/console/demandes").status_code == 403


def test_submission_links_to_its_conversation(app_with_trackers: Flask, saved) -> None:
    client = app_with_trackers.test_client()
    from tests.console.console_support import login

    login(client, "agnes")
    page = client.get(f"/console/demandes/{saved[0]}").get_data(as_text=True)
    assert 'href="/console/conversations/conv-cholet"' in page
