"""Actions run inside Rasa (bot/rasa_plugins/in_process_actions.py): the same
Rasa SDK actions, the same events and messages, no action server — except for
the actions that store a submission.

Without a model: Rasa's own tracker, output channel and response generator on
the project's domain. The whole path with running servers is in tests/rest.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from rasa.core.actions import action as rasa_action
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, FollowupAction, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from bot.dialogue import messages
from bot.faq.entries import Faq
from bot.faq.replies import OFFER_SLOT, answer_message
from bot.faq.router import DECISION_KEY, RETRIEVAL_INTENT
from bot.rasa_plugins import in_process_actions
from bot.rasa_plugins.action_failure import ActionServerFailure
from bot.rasa_plugins.in_process_actions import InProcessAction, remote_or_in_process, runs_in_process
from bot.settings import ROOT

ENDPOINT = EndpointConfig("http://127.0.0.1:1/webhook")


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.fixture(scope="module")
def entry(faq: Faq) -> str:
    return next(i for i in faq.ids if not faq.get(i).offer_check)  # type: ignore[union-attr]


def _asked(domain: Domain, text: str, decision: dict[str, Any]) -> DialogueStateTracker:
    parse = {"intent": {"name": RETRIEVAL_INTENT, "confidence": 0.9}, "entities": [], "text": text, DECISION_KEY: decision}
    events = [ActionExecuted("action_listen"), UserUttered(text, parse["intent"], [], parse_data=parse)]
    return DialogueStateTracker.from_events("employeur", events, slots=domain.slots)


def _run(act: RemoteAction, tracker: DialogueStateTracker, domain: Domain) -> list[Any]:
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    return asyncio.run(act.run(CollectingOutputChannel(), nlg, tracker, domain))


STORING = {"action_submit_hiring_intent", "action_submission_recap"}


def test_every_action_runs_in_process_but_those_that_store_a_submission(domain: Domain) -> None:
    in_process_actions.apply()
    in_process_actions.apply()
    for name in (a for a in domain.user_actions if not a.startswith("utter_")):
        built = rasa_action.action_for_name_or_text(name, domain, ENDPOINT)
        assert type(built) is (RemoteAction if name in STORING else InProcessAction), name
        assert runs_in_process(name) is (name not in STORING)
    assert rasa_action.action_for_name_or_text("action_listen", domain, ENDPOINT).name() == "action_listen"
    assert not runs_in_process("action_that_does_not_exist")


def test_the_forms_validation_runs_in_process(domain: Domain) -> None:
    from rasa.core.actions import forms

    in_process_actions.apply()
    assert forms.RemoteAction is remote_or_in_process
    assert type(forms.RemoteAction("validate_eligibility_form", ENDPOINT)) is InProcessAction
    assert type(forms.RemoteAction("action_submit_hiring_intent", ENDPOINT)) is RemoteAction


def test_an_answer_in_process_says_what_the_action_server_would(domain: Domain, faq: Faq, entry: str) -> None:
    decision = {"kind": "answer", "faq_id": entry, "faq_ids": [entry], "suggestions": [], "confidence": 0.9, "intent": RETRIEVAL_INTENT}
    events = _run(InProcessAction("action_answer_faq", ENDPOINT), _asked(domain, "une question", decision), domain)
    said = [e for e in events if isinstance(e, BotUttered)]
    assert said[0].text == answer_message(faq, entry)["text"]
    asked = next(e for e in said if e.text == messages.FEEDBACK_QUESTION)  # (after the five departments, for their entry)
    assert len(asked.data["buttons"]) == 2
    assert SlotSet(OFFER_SLOT, None) in events and events[-1] == FollowupAction("action_listen")


def test_an_out_of_scope_question_is_declined_with_the_contact(domain: Domain) -> None:
    decision = {"kind": "out_of_scope", "faq_id": None, "faq_ids": [], "suggestions": [], "confidence": 0.9, "intent": "out_of_scope"}
    events = _run(InProcessAction("action_answer_faq", ENDPOINT), _asked(domain, "quel temps fait-il ?", decision), domain)
    said = [e for e in events if isinstance(e, BotUttered)]
    assert [e.text for e in said] == [messages.OUT_OF_SCOPE["text"], messages.CONTACT_POINTER["text"]]


def test_a_form_validation_in_process_fills_the_slot(domain: Domain) -> None:
    from rasa.shared.core.events import ActiveLoop

    events = [
        ActionExecuted("action_listen"),
        UserUttered("/check_eligibility", {"name": "check_eligibility", "confidence": 1.0}),
        ActionExecuted("eligibility_form"),
        ActiveLoop("eligibility_form"),
        SlotSet("requested_slot", "contract_type"),
        ActionExecuted("action_listen"),
        UserUttered("un CDI à temps plein", {"name": "inform", "confidence": 1.0}),
    ]
    tracker = DialogueStateTracker.from_events("employeur", events, slots=domain.slots)
    result = _run(InProcessAction("validate_eligibility_form", ENDPOINT), tracker, domain)
    assert SlotSet("contract_type", "cdi") in result


def test_a_failure_is_an_action_failure_so_the_employer_gets_the_apology(domain: Domain, monkeypatch: pytest.MonkeyPatch) -> None:
    async def broken(call: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("boom")

    monkeypatch.setattr(in_process_actions.executor(), "run", broken)
    with pytest.raises(ActionServerFailure, match="action_answer_faq"):
        _run(InProcessAction("action_answer_faq", ENDPOINT), _asked(domain, "x", {"kind": "unclear"}), domain)
