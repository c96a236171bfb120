"""A failed action: the apology, the message set aside (bot/rasa_plugins/action_failure.py).

Without a model: Rasa's own ``RemoteAction`` against a closed port and a tiny
HTTP server, and Rasa's own ``MessageProcessor._run_action`` on a tracker.
The whole path with real servers is in tests/rest/test_rest_resilience.py.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from rasa.core.actions.action import Action, ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.policies.policy import PolicyPrediction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, FollowupAction, SlotSet, UserUtteranceReverted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.dialogue.messages import ACTION_SERVER_DOWN
from bot.rasa_plugins import action_failure
from bot.rasa_plugins.action_failure import ActionServerFailure, apologising, apology_events
from bot.serving.ports import free_port

DOMAIN = Domain.from_dict({"slots": {"contract_type": {"type": "text", "mappings": [{"type": "custom"}]}}, "forms": {"eligibility_form": {"required_slots": ["contract_type"]}}})


@pytest.fixture(autouse=True, scope="module")
def applied() -> None:
    action_failure.apply()
    action_failure.apply()


def _tracker_in_the_form() -> DialogueStateTracker:
    """The check asked its question; the employer has just answered « CDI »."""
    events = [
        ActionExecuted("action_listen"),
        UserUttered("je veux vérifier", {"name": "check_eligibility", "confidence": 1.0}),
        ActionExecuted("eligibility_form"),
        ActiveLoop("eligibility_form"),
        SlotSet("requested_slot", "contract_type"),
        ActionExecuted("action_listen"),
        UserUttered("un CDI", {"name": "inform", "confidence": 1.0}),
        SlotSet("contract_type", "cdi"),
    ]
    return DialogueStateTracker.from_events("employeur", events, slots=DOMAIN.slots)


class StatusServer(BaseHTTPRequestHandler):
    """Answers every action call with the status in its path (``/500``, ``/400``)."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        status = int(self.path.strip("/"))
        body = json.dumps({"action_name": "validate_eligibility_form", "error": "non"}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture(scope="module")
def status_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), StatusServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _run_remote(url: str) -> list[Any]:
    action = RemoteAction("validate_eligibility_form", EndpointConfig(url))
    return asyncio.run(action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), _tracker_in_the_form(), DOMAIN))


def test_an_action_server_that_is_down_is_an_action_server_failure() -> None:
    with pytest.raises(ActionServerFailure) as failure:
        _run_remote(f"http://127.0.0.1:{free_port()}/webhook")
    assert failure.value.action_name == "validate_eligibility_form"
    assert failure.value.cause_name == "ClientConnectorError"  # the connection error underneath Rasa's, for the log


def test_an_http_500_is_an_action_server_failure(status_server: str) -> None:
    with pytest.raises(ActionServerFailure):
        _run_remote(f"{status_server}/500")


def test_a_timeout_is_an_action_server_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    async def too_slow(self: EndpointConfig, *args: Any, **kwargs: Any) -> Any:
        raise asyncio.TimeoutError()

    monkeypatch.setattr(EndpointConfig, "request", too_slow)
    with pytest.raises(ActionServerFailure) as failure:
        _run_remote("http://127.0.0.1:9/webhook")
    assert failure.value.cause_name == "TimeoutError"


def test_rasa_waits_for_the_action_server_seconds_not_minutes() -> None:
    from rasa.core.actions import action

    assert action.DEFAULT_REQUEST_TIMEOUT == action_failure.ACTION_SERVER_TIMEOUT <= 30


class HungServer(BaseHTTPRequestHandler):
    """Accepts the call and does not answer in time."""

    def do_POST(self) -> None:
        time.sleep(3)

    def log_message(self, *args: Any) -> None:
        pass


def test_a_hung_action_server_is_a_failure_after_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.core.actions import action

    server = ThreadingHTTPServer(("127.0.0.1", 0), HungServer)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    monkeypatch.setattr(action, "DEFAULT_REQUEST_TIMEOUT", 0.5)
    try:
        started = time.monotonic()
        with pytest.raises(ActionServerFailure) as failure:
            _run_remote(f"http://127.0.0.1:{server.server_address[1]}/webhook")
        assert time.monotonic() - started < 2.5
        assert failure.value.cause_name == "TimeoutError"
    finally:
        server.shutdown()
        server.server_close()


def test_a_rejection_stays_a_rejection(status_server: str) -> None:
    with pytest.raises(ActionExecutionRejection):
        _run_remote(f"{status_server}/400")


def test_the_apology_restores_the_state_of_before_the_message() -> None:
    events = apology_events(_tracker_in_the_form(), DOMAIN)
    assert isinstance(events[0], BotUttered) and events[0].text == ACTION_SERVER_DOWN
    assert events[1:] == [SlotSet("contract_type", None), FollowupAction("action_listen")]


def test_after_a_form_that_completed_in_the_same_turn_the_form_is_active_again() -> None:
    """The request's form completes, then the action that stores the request fails: Rasa's
    revert would go back to the form's first message (it folds a form's executions together)."""
    tracker = _tracker_in_the_form()
    tracker.update_with_events([ActionExecuted("eligibility_form"), SlotSet("requested_slot", None), ActiveLoop(None)], DOMAIN)
    events = apology_events(tracker, DOMAIN)
    tracker.update_with_events(events, DOMAIN)
    assert tracker.active_loop_name == "eligibility_form"
    assert tracker.get_slot("requested_slot") == "contract_type" and tracker.get_slot("contract_type") is None
    assert tracker.followup_action == "action_listen"
    assert not any(isinstance(e, UserUtteranceReverted) for e in events)


def test_only_an_action_server_failure_becomes_an_apology() -> None:
    async def down(*_: Any) -> list[Any]:
        raise ActionServerFailure("validate_eligibility_form", ConnectionRefusedError())

    async def broken(*_: Any) -> list[Any]:
        raise KeyError("a bug of ours")

    async def fine(*_: Any) -> list[Any]:
        return [SlotSet("contract_type", "cdi")]

    args = (CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), _tracker_in_the_form(), DOMAIN)
    assert asyncio.run(apologising(down, "eligibility_form")(*args)) == apology_events(_tracker_in_the_form(), DOMAIN)
    assert asyncio.run(apologising(fine, "eligibility_form")(*args)) == [SlotSet("contract_type", "cdi")]
    with pytest.raises(KeyError):
        asyncio.run(apologising(broken, "eligibility_form")(*args))


class FormWhoseValidationIsDown(Action):
    def name(self) -> str:
        return "eligibility_form"

    async def run(self, *_: Any) -> list[Any]:
        raise ActionServerFailure("validate_eligibility_form", ConnectionRefusedError())


def test_rasas_processor_says_the_apology_and_restores_the_state() -> None:
    processor = MessageProcessor.__new__(MessageProcessor)  # no model: _run_action only needs the domain
    processor.domain = DOMAIN
    tracker = _tracker_in_the_form()
    channel = CollectingOutputChannel()
    nlg = TemplatedNaturalLanguageGenerator({})
    action = FormWhoseValidationIsDown()
    prediction = PolicyPrediction([1.0], "RulePolicy")

    asyncio.run(processor._run_action(action, tracker, channel, nlg, prediction))

    assert [message["text"] for message in channel.messages] == [ACTION_SERVER_DOWN]
    assert "run" not in vars(action)  # the wrapper was for that call only
    # As before « un CDI »: the question asked, the form active, the slot empty; the bot listens next.
    assert tracker.get_slot("contract_type") is None
    assert tracker.active_loop_name == "eligibility_form"
    assert tracker.get_slot("requested_slot") == "contract_type"
    assert tracker.followup_action == "action_listen"
    assert not any(isinstance(e, ActionExecuted) and e.action_name == "eligibility_form" for e in list(tracker.events)[-3:])


def test_log_lines_of_a_message_carry_its_hashed_conversation() -> None:
    from rasa.core.channels.channel import UserMessage

    from bot.rasa_plugins.fixes import tag_logs_with_the_conversation, tagging
    from bot.serving import logging_setup

    tag_logs_with_the_conversation()
    tag_logs_with_the_conversation()
    assert getattr(MessageProcessor.handle_message, "_bot_tagged", False)
    seen: list[str | None] = []

    async def handle_message(self: object, message: UserMessage) -> None:
        seen.append(logging_setup.conversation.get())

    asyncio.run(tagging(handle_message)(None, UserMessage("bonjour", sender_id="marie@example.fr")))
    assert seen == [logging_setup.conversation_id("marie@example.fr")]
    assert logging_setup.conversation.get() is None
