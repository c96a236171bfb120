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
  that way (a custom action, or a form whose validation runs on the action
  server), its events become the apology
  (:data:`bot.dialogue.messages.ACTION_SERVER_DOWN`) followed by
  ``UserUtteranceReverted``. The employer reads the apology; the tracker
  forgets the message and everything done with it, as after Rasa's own
  default fallback, so the form's slots and its active loop are those from
  before the message, and the policies predict ``action_listen``. Once the
  action server is back, the same message, sent again, continues the
  conversation where it was.
- ``MessageProcessor._log_action_on_tracker``: the failed action itself is
  not recorded (no ``ActionExecuted``), only the apology and the revert. Rasa
  folds a form's repeated executions together when it replays a tracker
  (``DialogueStateTracker.applied_events``); a recorded failed form execution
  would fold the form's start away, and the revert would then lose it.
"""

from __future__ import annotations

import contextvars
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.shared.exceptions import RasaException

from bot.dialogue.messages import ACTION_SERVER_DOWN

logger = logging.getLogger(__name__)

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


def apology_events() -> list[Any]:
    """The events that replace a failed action's: the apology said, the user's message set aside."""
    from rasa.core.actions.action import create_bot_utterance
    from rasa.shared.core.events import UserUtteranceReverted

    return [create_bot_utterance({"text": ACTION_SERVER_DOWN}), UserUtteranceReverted()]


def apologising(run: Callable[..., Awaitable[list[Any]]], action_name: str) -> Callable[..., Awaitable[list[Any]]]:
    """``run`` of the action the policies chose, answering :func:`apology_events` when the action server fails it."""

    async def run_or_apologise(*args: Any, **kwargs: Any) -> list[Any]:
        try:
            return await run(*args, **kwargs)
        except ActionServerFailure as failure:
            logger.warning(
                "action '%s' failed (%s while running '%s'): apology sent, the user's message set aside",
                action_name,
                failure.cause_name,
                failure.action_name,
            )
            _failed.set(True)
            return apology_events()

    return run_or_apologise


def apply() -> None:
    """Patch ``RemoteAction.run`` and ``MessageProcessor._run_action`` (once per process)."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor

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
