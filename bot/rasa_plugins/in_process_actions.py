"""Rasa runs the custom actions in its own process; only the submission's are called on the action server.

Every action used to cost an HTTP call to the action server: Rasa encodes the
whole conversation as JSON (``current_state(EventVerbosity.ALL)`` plus the
domain), the action server decodes it, and Rasa validates the reply against
its JSON schema and decodes it. In a 30-turn conversation the FAQ answer's call
was about a quarter of the Rasa server's CPU time per turn, and a turn of the
check made two such calls (the form's validation, then its next question;
py-spy, ``docs/benchmarks.md``).

The actions are the same Rasa SDK classes (``actions/``, tested with
``Tracker.from_dict``); Rasa hands them the same tracker state as a Python
dict, through Rasa SDK's own ``ActionExecutor``, without HTTP and without JSON.
An action whose class says ``on_action_server = True`` — those that store a
hiring-intent submission, which need the submissions database and its
credentials — is still called on the (authenticated) action server.

A failure of an in-process action is raised as
:class:`bot.rasa_plugins.action_failure.ActionServerFailure`, so the employer
reads the same apology as when the action server is down, and may send the
message again.

:func:`apply` (run by :func:`bot.rasa_plugins.fixes.apply`) makes Rasa build
an :class:`InProcessAction` instead of a ``RemoteAction`` for these actions:
``action_for_name_or_text`` for the actions the policies or the forms choose,
and the forms' own ``RemoteAction`` for their ``validate_<form>`` action.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.core.events import Event, deserialise_events
from rasa.shared.core.trackers import EventVerbosity

from bot.rasa_plugins.action_failure import ActionServerFailure

#: The package of the Rasa SDK actions (the action server serves the same one).
ACTIONS_PACKAGE = "actions"


@lru_cache(maxsize=1)
def executor() -> Any:
    """Rasa SDK's executor with every action of :data:`ACTIONS_PACKAGE` registered (imported on first use)."""
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package(ACTIONS_PACKAGE)
    return executor


def warm_up() -> None:
    """Read what the actions read on first use, before the first employer waits for it: the actions themselves and the
    French lexicon of the name readers (1.4 s on a quiet machine, up to 7 s on a busy one, at the first « c'est urgent »
    given as a contact's name: session of 2026-12-02)."""
    from bot.language.lexicon import preload

    executor()
    preload()


def runs_in_process(name: str) -> bool:
    """Whether Rasa runs this action itself: one of ours, not marked ``on_action_server``."""
    run = executor().actions.get(name)
    return run is not None and not getattr(getattr(run, "__self__", None), "on_action_server", False)


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


def remote_or_in_process(name: str, action_endpoint: Any) -> RemoteAction:
    """What the forms build instead of ``RemoteAction(name, action_endpoint)``."""
    return InProcessAction(name, action_endpoint) if runs_in_process(name) else RemoteAction(name, action_endpoint)


def apply() -> None:
    """Rasa builds :class:`InProcessAction` for the actions it runs itself (once per process)."""
    from rasa.core.actions import action, forms

    if getattr(action.action_for_name_or_text, "_bot_in_process", False):
        return
    original = action.action_for_name_or_text

    def action_for_name_or_text(action_name_or_text: str, domain: Any, action_endpoint: Any) -> Any:
        if action_name_or_text in domain.user_actions and runs_in_process(action_name_or_text):
            return InProcessAction(action_name_or_text, action_endpoint)
        return original(action_name_or_text, domain, action_endpoint)

    action_for_name_or_text._bot_in_process = True  # type: ignore[attr-defined]
    action.action_for_name_or_text = action_for_name_or_text
    forms.RemoteAction = remote_or_in_process
