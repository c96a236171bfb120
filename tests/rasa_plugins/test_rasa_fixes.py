"""The Rasa 3.6 work-around validates action-server responses as Rasa did, only faster."""

from __future__ import annotations

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from bot.rasa_plugins.fixes import apply, validate_once

GOOD = {"events": [{"event": "slot", "name": "contract_type", "value": "cdi"}], "responses": [{"text": "Bonjour"}]}
BAD = [{"events": "not a list"}, {"responses": "nope"}, {"events": [{"event": 3}]}]


def test_same_verdicts_as_jsonschema_validate() -> None:
    schema = RemoteAction.action_response_format_spec()
    jsonschema.validate(GOOD, schema)
    validate_once(GOOD, schema)
    for result in BAD:
        with pytest.raises(jsonschema.ValidationError) as expected:
            jsonschema.validate(result, schema)
        with pytest.raises(jsonschema.ValidationError) as ours:
            validate_once(result, schema)
        assert ours.value.message == expected.value.message


def test_apply_replaces_rasas_validation_once() -> None:
    apply()
    apply()
    action = RemoteAction("action_answer_faq", EndpointConfig("http://127.0.0.1:1/webhook"))
    assert action._validate_action_result(GOOD)
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        action._validate_action_result(BAD[0])


def test_event_types_are_resolved_as_rasa_does() -> None:
    from rasa.shared.core.events import ActionExecuted, Event, SlotSet, UserUttered

    apply()
    assert getattr(Event.resolve_by_type, "_bot_resolving_once", False)
    for _ in range(2):  # the second time from the remembered classes
        assert Event.resolve_by_type("slot") is SlotSet
        assert Event.resolve_by_type("user") is UserUttered
        assert Event.resolve_by_type("action") is ActionExecuted
    assert Event.resolve_by_type("no_such_event", default=SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
