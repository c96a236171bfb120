"""Rasa's socket.io channel with session persistence that actually works.

In Rasa 3.6 the ``session_request`` handler calls ``sio.enter_room(...)``
without ``await``; with python-socketio 5.x (pinned in constraints.txt) that
call is a coroutine which never runs, so the browser's socket never joins its
session's room and every bot reply is lost (RasaHQ/rasa issue 13027). This
channel replaces that one handler and keeps everything else of Rasa's channel.
Declared in credentials.yml as ``bot.rasa_plugins.socketio_channel.PersistentSocketIOInput``.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.socketio import SocketIOInput
from sanic import Blueprint


class PersistentSocketIOInput(SocketIOInput):
    """socket.io input channel whose sessions survive a page reload."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        blueprint = super().blueprint(on_new_message)
        sio = self.sio

        async def session_request(sid: str, data: dict[str, Any] | None) -> None:
            data = data or {}
            session_id = data.get("session_id") or uuid.uuid4().hex
            if self.session_persistence:
                await sio.enter_room(sid, session_id, namespace=self.namespace)
            await sio.emit("session_confirm", session_id, room=sid, namespace=self.namespace)

        # Registering a handler for the same event replaces Rasa's.
        sio.on("session_request", namespace=self.namespace)(session_request)
        return blueprint
