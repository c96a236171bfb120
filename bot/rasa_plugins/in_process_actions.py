"""The custom actions Rasa runs in its own process instead of calling the action server.

Every FAQ answer used to cost an HTTP call to the action server: Rasa encodes
the whole conversation as JSON (``current_state(EventVerbosity.ALL)`` plus the
domain), the action server decodes it, and Rasa validates and decodes the
reply. In a 30-turn conversation that call was about a quarter of the Rasa
server's CPU time per FAQ turn (py-spy, ``docs/benchmarks.md``), for an action
that only reads the message and the conversation and stores nothing.

The actions named in :data:`IN_PROCESS` are the same Rasa SDK classes the
action server serves (``actions/``, tested with ``Tracker.from_dict``); Rasa
hands them the same tracker state as a Python dict, through Rasa SDK's own
``ActionExecutor``, without HTTP and without JSON. Every other action (forms,
the submission, which writes to the database) still goes to the action server.

A failure of an in-process action is raised as
:class:`bot.rasa_plugins.action_failure.ActionServerFailure`, so the employer
reads the same apology as when the action server is down.

:func:`apply` (run by :func:`bot.rasa_plugins.fixes.apply`) makes Rasa's
``action_for_name_or_text`` return an :class:`InProcessAction` for these names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import Event, deserialise_events
from rasa.shared.core.trackers import EventVerbosity

from bot.rasa_plugins.action_failure import ActionServerFailure

#: Action name → the Rasa SDK action class (module path, class name) Rasa runs itself.
IN_PROCESS: dict[str, tuple[str, str]] = {
    "action_answer_faq": ("actions.faq_actions", "ActionAnswerFaq"),
}


@lru_cache(maxsize=1)
def executor() -> Any:
    """Rasa SDK's executor with the in-process actions registered (imported on first use)."""
    import importlib

    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    for module, cls in IN_PROCESS.values():
        executor.register_action(getattr(importlib.import_module(module), cls))
    return executor


_domains: dict[int, tuple[Any, dict[str, Any]]] = {}


def domain_dict(domain: Any) -> dict[str, Any]:
    """``domain.as_dict()``, computed once per domain object (a model's domain does not change)."""
    cached = _domains.get(id(domain))
    if cached is None or cached[0] is not domain:
        cached = (domain, domain.as_dict())
        _domains.clear()
        _domains[id(domain)] = cached
    return cached[1]


class InProcessAction(RemoteAction):
    """A Rasa SDK action run inside the Rasa server, with the call and reply an action server would get."""

    async def run(self, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Event]:
        from rasa_sdk.interfaces import ActionExecutionRejection as SdkRejection

        call = {
            "next_action": self.name(),
            "sender_id": tracker.sender_id,
            "tracker": tracker.current_state(EventVerbosity.ALL),
            "domain": domain_dict(domain),
        }
        try:
            result = await executor().run(call)
        except SdkRejection as rejection:
            raise ActionExecutionRejection(rejection.action_name, rejection.message) from rejection
        except Exception as error:
            raise ActionServerFailure(self.name(), error) from error
        bot_messages = await self._utter_responses(result["responses"], output_channel, nlg, tracker)
        return [*bot_messages, *deserialise_events(result["events"])]


def apply() -> None:
    """Rasa's ``action_for_name_or_text`` answers :class:`InProcessAction` for :data:`IN_PROCESS` (once per process)."""
    from rasa.core.actions import action

    if getattr(action.action_for_name_or_text, "_bot_in_process", False):
        return
    original = action.action_for_name_or_text

    def action_for_name_or_text(action_name_or_text: str, domain: Any, action_endpoint: Any) -> Any:
        if action_name_or_text in IN_PROCESS and action_name_or_text in domain.user_actions:
            return InProcessAction(action_name_or_text, action_endpoint)
        return original(action_name_or_text, domain, action_endpoint)

    action_for_name_or_text._bot_in_process = True  # type: ignore[attr-defined]
    action.action_for_name_or_text = action_for_name_or_text
