"""Rasa's socket.io channel with session persistence that works, foreign origins refused and messages capped.

In Rasa 3.6 the ``session_request`` handler calls ``sio.enter_room(...)``
without ``await``; with python-socketio 5.x (pinned in constraints.txt) that
call is a coroutine which never runs, so the browser's socket never joins its
session's room and every bot reply is lost (RasaHQ/rasa issue 13027). This
channel replaces that handler and keeps everything else of Rasa's channel.

Rasa also creates its ``AsyncServer`` with ``cors_allowed_origins=[]``, which
turns engine.io's origin check off: a page of any site could open a socket.io
session (polling or websocket; browsers apply no CORS rule to websockets).
Here engine.io checks the ``Origin`` header against ``BOT_CORS_ORIGINS``
(:func:`bot.settings.cors_origins`, which the runner sets to the origins it
gives Rasa's ``--cors``) and answers 400 to any other; a request without
``Origin`` (not a browser) is let through, as engine.io does. The CORS
response headers stay Sanic-Cors's (Rasa's ``--cors``), so that they are not
sent twice. Incoming packets are capped at :data:`bot.settings.MAX_REQUEST_BYTES`
and messages at :data:`bot.settings.MAX_MESSAGE_CHARS` characters, as on the
REST channel (:mod:`bot.rasa_plugins.rest_channel`).

Declared in credentials.yml as ``bot.rasa_plugins.socketio_channel.PersistentSocketIOInput``.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput, SocketIOOutput
from sanic import Blueprint

from bot import settings
from bot.rasa_plugins.rest_channel import is_too_long, too_long_reply

logger = logging.getLogger(__name__)


def allowed_origins() -> list[str]:
    """The origins whose pages may open a socket.io session (``BOT_CORS_ORIGINS``)."""
    return settings.cors_origins().split()


def restrict_engineio(eio: Any, origins: list[str]) -> None:
    """Make engine.io refuse other origins and big packets, leaving the CORS headers to Sanic-Cors."""
    if not origins:
        raise ValueError("BOT_CORS_ORIGINS is empty: engine.io would take [] as « no origin check »")
    eio.cors_allowed_origins = list(origins)
    # engine.io would add Access-Control-Allow-Origin too, and Sanic-Cors adds it: a browser refuses two.
    eio._cors_headers = lambda environ: []
    eio.max_http_buffer_size = settings.MAX_REQUEST_BYTES


def _metadata(value: Any) -> dict[str, Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return {}
    return value if isinstance(value, dict) else {}


class PersistentSocketIOInput(SocketIOInput):
    """socket.io input channel whose sessions survive a page reload."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio
        assert sio is not None  # set by Rasa's blueprint()
        restrict_engineio(sio.eio, allowed_origins())

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            data = data if isinstance(data, dict) else {}
            session_id = data.get("session_id")
            if not isinstance(session_id, str) or not session_id or len(session_id) > settings.MAX_SENDER_CHARS:
                session_id = uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        async def handle_message(sid: str, data: Any) -> None:
            if not isinstance(data, dict) or not isinstance(data.get("message", ""), str):
                return
            text = data.get("message", "")
            if self.session_persistence:
                sender_id = data.get("session_id")
                if not isinstance(sender_id, str) or not sender_id or len(sender_id) > settings.MAX_SENDER_CHARS:
                    logger.warning("socket.io: a message without a valid session_id was ignored")
                    return
            else:
                sender_id = sid
            output = SocketIOOutput(sio, self.bot_message_evt)
            if is_too_long(text):
                await output.send_text_message(sender_id, too_long_reply())
                return
            message = UserMessage(
                text, output, sender_id, input_channel=self.name(), metadata=_metadata(data.get(self.metadata_key, {}))
            )
            await on_new_message(message)

        # Registering a handler for the same event replaces Rasa's.
        sio.on("session_request", namespace=self.namespace)(session_request)
        sio.on(self.user_message_evt, namespace=self.namespace)(handle_message)
        return blueprint
