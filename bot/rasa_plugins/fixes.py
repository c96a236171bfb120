"""Work-arounds for Rasa 3.6 defects, applied when the assistant's model is loaded.

``RemoteAction._validate_action_result`` calls ``jsonschema.validate`` on every
action-server response; ``validate`` first checks the schema itself against
the JSON-Schema meta-schema, every time. With Rasa's event schema that check
costs more than the rest of the turn (about 15 ms of a 45 ms FAQ turn on the
benchmark machine, see docs/benchmarks.md). The replacement validates against
the same schema with the same draft, checking the schema once per process.

:func:`apply` also installs :mod:`bot.rasa_plugins.action_failure` (a short
apology instead of silence when an action cannot run),
:mod:`bot.rasa_plugins.in_process_actions` (the FAQ answer run inside Rasa) and tags every log line
written while a message is handled with the conversation's hashed sender id
(:func:`bot.serving.logging_setup.conversation_id`; Rasa's own lines carry none).

``Event.resolve_by_type`` walks every subclass of ``Event`` (a recursive
``__subclasses__`` scan with ``inspect.isabstract`` on each) for every event
Rasa reads back from the tracker store or from the action server: 11 % of the
Rasa server's CPU time in a 30-turn conversation (py-spy, docs/benchmarks.md).
:func:`resolving_once` remembers each type name's class once found.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from functools import lru_cache
from typing import Any

from jsonschema import ValidationError, validators
from jsonschema.exceptions import best_match


@lru_cache(maxsize=4)
def _validator(schema_json: str) -> Any:
    schema = json.loads(schema_json)
    cls = validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_once(instance: Any, schema: dict[str, Any]) -> None:
    """``jsonschema.validate`` with the schema checked once: raises the same ValidationError."""
    error = best_match(_validator(json.dumps(schema, sort_keys=True)).iter_errors(instance))
    if error is not None:
        raise error


def resolving_once(resolve: Callable[..., Any]) -> Callable[..., Any]:
    """``Event.resolve_by_type`` remembering each type name's class (a miss is not remembered:
    a class imported later may still define it)."""
    found: dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        cls = found.get(type_name)
        if cls is None:
            cls = resolve(type_name, default)
            if cls is not None and cls is not default:
                found[type_name] = cls
        return cls

    resolve_by_type._bot_resolving_once = True  # type: ignore[attr-defined]
    return resolve_by_type


def resolve_event_types_once() -> None:
    """Rasa's ``Event.resolve_by_type`` becomes :func:`resolving_once`'s (once per process)."""
    from rasa.shared.core.events import Event

    if not getattr(Event.resolve_by_type, "_bot_resolving_once", False):
        Event.resolve_by_type = staticmethod(resolving_once(Event.resolve_by_type))


def tagging(handle_message: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    """``handle_message`` with :data:`bot.serving.logging_setup.conversation` set while it runs."""
    from bot.serving import logging_setup

    async def tagged(self: Any, message: Any) -> Any:
        sender = getattr(message, "sender_id", None)
        token = logging_setup.conversation.set(logging_setup.conversation_id(sender) if isinstance(sender, str) else None)
        try:
            return await handle_message(self, message)
        finally:
            logging_setup.conversation.reset(token)

    tagged._bot_tagged = True  # type: ignore[attr-defined]
    return tagged


def tag_logs_with_the_conversation() -> None:
    """Rasa's ``MessageProcessor.handle_message`` becomes :func:`tagging`'s (once per process)."""
    from rasa.core.processor import MessageProcessor

    if not getattr(MessageProcessor.handle_message, "_bot_tagged", False):
        MessageProcessor.handle_message = tagging(MessageProcessor.handle_message)


def apply() -> None:
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.constants import DOCS_BASE_URL

    from bot.rasa_plugins import action_failure, in_process_actions

    # A failed action: an apology and the message set aside, instead of silence.
    action_failure.apply()
    # The FAQ answer runs inside Rasa, without a call to the action server.
    in_process_actions.apply()
    tag_logs_with_the_conversation()
    resolve_event_types_once()
    if getattr(RemoteAction._validate_action_result, "_bot_fixed", False):
        return

    def _validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
        try:
            validate_once(result, self.action_response_format_spec())
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your response from the Action "
                f"endpoint is valid. For more information about the format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise
        return True

    _validate_action_result._bot_fixed = True  # type: ignore[attr-defined]
    RemoteAction._validate_action_result = _validate_action_result
