"""When an action cannot run, the employer reads a short apology and may simply send the message again.

Why this is needed: Rasa 3.6's ``MessageProcessor._run_action`` catches any
exception of an action, logs it and carries on *with no events*. When the
action server is down, too slow or answers HTTP 5xx, the employer gets no
reply at all, and the policies keep predicting from a state in which the
action never ran: during a form, the form is predicted again, fails again, and
so on until Rasa's circuit breaker stops the turn, still in silence. The
employer cannot tell whether to wait, retry or give up.

What this plug-in changes (applied by :func:`bot.rasa_plugins.fixes.apply`,
which the FAQ classifier's module runs when Rasa loads the model):

- ``RemoteAction.run``: any failure of the call to the action server
  (connection refused, timeout, HTTP status other than 200, a response Rasa
  cannot read) is raised as :class:`ActionServerFailure`. A 400 rejection
  (``ActionExecutionRejection``, a form's « this slot is not filled ») is part
  of normal dialogue and stays as it is.
- ``MessageProcessor._run_action``: when the action the policies chose fails
  that way (a custom action, or a form whose validation fails), its events
  become the apology (:data:`bot.dialogue.messages.ACTION_SERVER_DOWN`), then
  the slots and the active form as they were before the employer's message
  (:func:`apology_events`), then ``action_listen`` as the follow-up. Once the
  action server is back, the same message, sent again, continues the
  conversation where it was: a form asks the same question again, a
  confirmed request is confirmed again.
- ``MessageProcessor._log_action_on_tracker``: the failed action itself is
  not recorded (no ``ActionExecuted``), only the apology and the restored state.
- Rasa waits 5 minutes for an action server that accepted the call but does
  not answer; :data:`ACTION_SERVER_TIMEOUT` seconds are enough for the actions
  it still runs (storing a request), and the employer reads the apology
  instead of a silent minute. Sending the confirmation again is safe: a
  request is stored once (``bot.submission.store``).

Why not Rasa's ``UserUtteranceReverted``: when a replayed tracker meets a
form's execution, Rasa folds it together with the form's previous execution
(``DialogueStateTracker.applied_events`` drops the messages in between). A
revert after a form that ran in the same turn (the request's form completes,
then the action that stores it fails) would then go back to the message that
opened the form, not to the last one.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.shared.exceptions import RasaException

from bot.dialogue.messages import ACTION_SERVER_DOWN

logger = logging.getLogger(__name__)

#: Seconds Rasa waits for the action server's reply (Rasa's own default: 300).
ACTION_SERVER_TIMEOUT = 20

#: Set while Rasa records the events of an action that failed on the action server (per task, so per conversation).
_failed: contextvars.ContextVar[bool] = contextvars.ContextVar("bot_action_failed", default=False)


class ActionServerFailure(RasaException):
    """A custom action could not be run by the action server (the cause is chained)."""

    def __init__(self, action_name: str, cause: BaseException) -> None:
        self.action_name = action_name
        # Rasa re-raises a connection error as a bare RasaException: name the error underneath.
        root = cause
        while isinstance(root, RasaException) and (root.__cause__ or root.__context__) is not None:
            root = root.__cause__ or root.__context__
        self.cause_name = type(root).__name__
        super().__init__(f"action server could not run '{action_name}' ({self.cause_name})")


def apology_events(tracker: Any, domain: Any) -> list[Any]:
    """The events that replace a failed action's: the apology, the slots and the active form of
    before the employer's last message, and ``action_listen`` next."""
    from rasa.core.actions.action import create_bot_utterance
    from rasa.shared.core.constants import ACTION_LISTEN_NAME
    from rasa.shared.core.events import ActiveLoop, FollowupAction, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events = list(tracker.events)
    last_message = max((i for i, event in enumerate(events) if isinstance(event, UserUttered)), default=len(events))
    before = DialogueStateTracker.from_events(tracker.sender_id, events[:last_message], slots=domain.slots)
    restored: list[Any] = [
        SlotSet(name, before.get_slot(name)) for name in tracker.slots if tracker.get_slot(name) != before.get_slot(name)
    ]
    if before.active_loop_name != tracker.active_loop_name:
        restored.append(ActiveLoop(before.active_loop_name))
    return [create_bot_utterance({"text": ACTION_SERVER_DOWN}), *restored, FollowupAction(ACTION_LISTEN_NAME)]


def apologising(run: Callable[..., Awaitable[list[Any]]], action_name: str) -> Callable[..., Awaitable[list[Any]]]:
    """``run`` of the action the policies chose, answering :func:`apology_events` when the action server fails it."""

    async def run_or_apologise(output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> list[Any]:
        try:
            return await run(output_channel, nlg, tracker, domain)
        except ActionServerFailure as failure:
            logger.warning(
                "action '%s' failed (%s while running '%s'): apology sent, the state before the message restored",
                action_name,
                failure.cause_name,
                failure.action_name,
            )
            _failed.set(True)
            return apology_events(tracker, domain)

    return run_or_apologise


def apply() -> None:
    """Patch ``RemoteAction.run`` and ``MessageProcessor._run_action`` (once per process)."""
    from rasa.core.actions import action
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor

    action.DEFAULT_REQUEST_TIMEOUT = ACTION_SERVER_TIMEOUT  # read by RemoteAction.run at each call
    if getattr(RemoteAction.run, "_bot_action_failure", False):
        return
    remote_run = RemoteAction.run
    run_action = MessageProcessor._run_action
    log_action = MessageProcessor._log_action_on_tracker

    async def run(self: RemoteAction, *args: Any, **kwargs: Any) -> list[Any]:
        try:
            return await remote_run(self, *args, **kwargs)
        except (ActionExecutionRejection, ActionServerFailure):
            raise
        except Exception as error:
            raise ActionServerFailure(self.name(), error) from error

    async def _run_action(self: MessageProcessor, action: Any, *args: Any, **kwargs: Any) -> bool:
        # The instance's own ``run`` shadows its class's for this one call; the
        # action object is made for this prediction and dropped afterwards.
        action.run = apologising(action.run, action.name())
        token = _failed.set(False)
        try:
            return await run_action(self, action, *args, **kwargs)
        finally:
            _failed.reset(token)
            del action.run

    def _log_action_on_tracker(self: MessageProcessor, tracker: Any, action: Any, events: Any, prediction: Any) -> None:
        if _failed.get():
            tracker.update_with_events(events or [], self.domain)
            return
        log_action(self, tracker, action, events, prediction)

    run._bot_action_failure = True  # type: ignore[attr-defined]
    RemoteAction.run = run
    MessageProcessor._run_action = _run_action
    MessageProcessor._log_action_on_tracker = _log_action_on_tracker
