"""Rasa's REST channel with its input checked before Rasa sees it, and Rasa's API token compared in constant time.

Rasa's ``RestInput`` reads ``request.json`` as it comes: a JSON array as body
raises inside Rasa (HTTP 500), a 20 MB message is stored in the tracker and run
through the NLU pipeline, a missing ``sender`` puts every such client in one
shared conversation (``default``) and a failure logs the message's text.
:class:`ValidatingRestInput` keeps its URL (``/webhooks/rest/webhook``), its
request and its reply, and before anything else:

* reads at most :data:`bot.settings.MAX_REQUEST_BYTES` of body (413 past it,
  without buffering the rest);
* answers 400 with a short JSON error (``{"error": code, "detail": French
  sentence}``) to a body that is not a JSON object with a string ``message``,
  a non-empty string ``sender`` of at most :data:`bot.settings.MAX_SENDER_CHARS`
  characters if given, an object ``metadata`` if given;
* gives a message longer than :data:`bot.settings.MAX_MESSAGE_CHARS` one reply
  asking to write shorter (:data:`bot.dialogue.messages.MESSAGE_TOO_LONG`)
  and does not pass it on;
* gives a message without ``sender`` a conversation of its own (its id comes
  back as ``recipient_id`` in the reply);
* answers a message sent again with the same optional ``message_id`` (a client
  retrying after a 502/503 or a timeout, when the first try's turn was written
  after all) with the replies of its first turn, without running it again:
  the conversation advances once (:func:`handle_once`).

Declared in credentials.yml as ``bot.rasa_plugins.rest_channel.ValidatingRestInput``.

Rasa's ``requires_auth`` (``rasa/server.py``) checks ``--auth-token`` with
``provided == token``, whose duration depends on how many leading characters
are right. :func:`apply_constant_time_token_check` replaces ``requires_auth``
by one that compares with :func:`hmac.compare_digest` and leaves every other
case (JWT, no token, the 401 error) to Rasa's own decorator. ``create_app``
looks ``requires_auth`` up when it defines the API's routes, which happens
after Rasa has loaded the channels of credentials.yml: importing this module
applies the patch in time.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import re
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import wraps
from inspect import isawaitable
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

from bot import settings
from bot.dialogue import messages as say
from bot.rasa_plugins import in_process_actions
from bot.rasa_plugins.tracker_store import stored_replies

logger = logging.getLogger(__name__)

#: Why a request is refused: error code -> (HTTP status, French detail for the client's developer).
ERRORS: dict[str, tuple[int, str]] = {
    "body_too_large": (413, "Le corps de la requête dépasse {maximum} octets."),
    "invalid_json": (400, "Le corps de la requête n'est pas du JSON valide (UTF-8)."),
    "not_an_object": (400, "Le corps de la requête doit être un objet JSON : {\"sender\": \"…\", \"message\": \"…\"}."),
    "message_missing": (400, "Le champ « message » est obligatoire."),
    "message_not_text": (400, "Le champ « message » doit être une chaîne de caractères."),
    "sender_not_text": (400, "Le champ « sender » doit être une chaîne de caractères non vide."),
    "sender_too_long": (400, "Le champ « sender » ne doit pas dépasser {maximum} caractères."),
    "metadata_not_object": (400, "Le champ « metadata » doit être un objet JSON."),
    "input_channel_not_text": (400, "Le champ « input_channel » doit être une chaîne de caractères."),
    "message_id_invalid": (
        400,
        "Le champ « message_id » doit être une chaîne de 1 à {maximum} caractères : lettres sans accent, chiffres, « . », « _ », « : » ou « - ».",
    ),
}

#: What a client's ``message_id`` may be (a UUID, a counter…): no LIKE wildcard but ``_``, which the exact comparison settles.
MESSAGE_ID = re.compile(rf"[A-Za-z0-9._:-]{{1,{settings.MAX_MESSAGE_ID_CHARS}}}")


class RequestRefused(Exception):
    """A request the channel does not pass on to Rasa; ``code`` is a key of :data:`ERRORS`."""

    def __init__(self, code: str, maximum: int | None = None) -> None:
        super().__init__(code)
        self.code = code
        self.status, detail = ERRORS[code]
        self.detail = detail.format(maximum=maximum) if maximum is not None else detail

    def as_json(self) -> dict[str, str]:
        return {"error": self.code, "detail": self.detail}


@dataclass(frozen=True)
class Payload:
    """A request body that passed the checks."""

    message: str
    sender: str
    metadata: dict[str, Any] | None
    input_channel: str | None
    message_id: str | None = None


def read_payload(body: bytes) -> Payload:
    """The checked content of a REST request body; raise :class:`RequestRefused` otherwise."""
    if len(body) > settings.MAX_REQUEST_BYTES:
        raise RequestRefused("body_too_large", settings.MAX_REQUEST_BYTES)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RequestRefused("invalid_json") from None
    if not isinstance(data, dict):
        raise RequestRefused("not_an_object")
    if "message" not in data or data["message"] is None:
        raise RequestRefused("message_missing")
    message = data["message"]
    if not isinstance(message, str):
        raise RequestRefused("message_not_text")
    sender = data.get("sender")
    if sender is None:
        sender = f"rest-{uuid.uuid4().hex}"  # a conversation of its own, not Rasa's shared « default »
    elif not isinstance(sender, str) or not sender.strip():
        raise RequestRefused("sender_not_text")
    elif len(sender) > settings.MAX_SENDER_CHARS:
        raise RequestRefused("sender_too_long", settings.MAX_SENDER_CHARS)
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        raise RequestRefused("metadata_not_object")
    input_channel = data.get("input_channel")
    if input_channel is not None and not isinstance(input_channel, str):
        raise RequestRefused("input_channel_not_text")
    message_id = data.get("message_id")
    if message_id is not None and not (isinstance(message_id, str) and MESSAGE_ID.fullmatch(message_id)):
        raise RequestRefused("message_id_invalid", settings.MAX_MESSAGE_ID_CHARS)
    return Payload(message, sender, metadata, input_channel or None, message_id)


def is_too_long(text: str) -> bool:
    """A message the channels answer with :func:`too_long_reply` instead of passing it on."""
    return len(text) > settings.MAX_MESSAGE_CHARS


def too_long_reply() -> str:
    """The one reply to a message over the cap (« 2 000 caractères », with French digit grouping)."""
    return say.MESSAGE_TOO_LONG.format(maximum=f"{settings.MAX_MESSAGE_CHARS:,}".replace(",", "\u202f"))


async def read_body(request: Request) -> bytes:
    """The request body, read in chunks up to :data:`bot.settings.MAX_REQUEST_BYTES` (413 past it)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > settings.MAX_REQUEST_BYTES:
        _stop_reading(request)
        raise RequestRefused("body_too_large", settings.MAX_REQUEST_BYTES)
    if request.stream is None:  # a non-streaming route: Sanic has read it already
        return bytes(request.body or b"")
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = await request.stream.read()
        if chunk is None:
            return b"".join(chunks)
        size += len(chunk)
        if size > settings.MAX_REQUEST_BYTES:
            _stop_reading(request)
            raise RequestRefused("body_too_large", settings.MAX_REQUEST_BYTES)
        chunks.append(chunk)


def _stop_reading(request: Request) -> None:
    """Sanic drains an unread body after the response, up to its own limit: make it ours (then the connection closes)."""
    stream = request.stream
    if stream is not None and hasattr(stream, "request_max_size"):
        stream.request_max_size = settings.MAX_REQUEST_BYTES


def refused(error: RequestRefused) -> HTTPResponse:
    return response.json(error.as_json(), status=error.status)


class ValidatingRestInput(RestInput):
    """``/webhooks/rest/webhook`` with its input checked (see the module's docstring)."""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.listener("before_server_start")
        async def warm_up(_app: Any, _loop: object) -> None:
            # The actions run in this process (bot.rasa_plugins.in_process_actions): what they read on first use is read
            # before the server answers, not while the first employer waits.
            in_process_actions.warm_up()

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> ResponseStream | HTTPResponse:
            try:
                payload = read_payload(await read_body(request))
            except RequestRefused as error:
                return refused(error)
            if is_too_long(payload.message):
                return response.json([{"recipient_id": payload.sender, "text": too_long_reply()}])
            input_channel = payload.input_channel or self.name()
            handle = on_new_message if payload.message_id is None else _once(request.app.ctx.agent, payload.message_id)
            if _wants_stream(request):
                return response.stream(
                    self.stream_response(handle, payload.message, payload.sender, input_channel, payload.metadata),
                    content_type="text/event-stream",
                )
            collector = CollectingOutputChannel()
            user_message = UserMessage(
                payload.message,
                collector,
                payload.sender,
                input_channel=input_channel,
                message_id=payload.message_id,
                metadata=payload.metadata,
            )
            failed = False
            try:
                await handle(user_message)
            except asyncio.CancelledError:
                failed = True
                logger.error("rest: a message timed out")
            except Exception as error:  # as Rasa's channel: the client gets what was said so far
                failed = True
                # Never the text nor the traceback at ERROR: both may hold what the employer typed.
                logger.error("rest: a message could not be processed (%s)", type(error).__name__)
                logger.debug("rest: failure of a message", exc_info=True)
            # A turn that failed before saying anything (tracker or lock store unreachable) is a 503,
            # not an empty 200: the client can tell, and nginx (make cluster) answers it in French.
            return response.json(collector.messages, status=503 if failed and not collector.messages else 200)

        return webhook


def _once(agent: Any, message_id: str) -> Callable[[UserMessage], Awaitable[None]]:
    """``agent.handle_message`` for the client's message ``message_id`` (Rasa's streaming path builds
    the ``UserMessage`` itself, without it), answered once (:func:`handle_once`)."""

    async def handle(message: UserMessage) -> None:
        message.message_id = message_id
        await handle_once(agent, message)

    return handle


async def handle_once(agent: Any, message: UserMessage) -> None:
    """Rasa's ``Agent.handle_message``, except for a message whose ``message_id`` the conversation already holds.

    Under the conversation's lock (Redis in ``make cluster``: a retry waits for a
    first try still running on the other server), the tracker store is asked
    whether the message was handled; if so, its replies are sent again through the
    message's output channel and nothing is stored. When the store cannot tell, the
    message is handled as usual (the turn then fails or succeeds on its own).
    """
    if not agent.is_ready():
        return
    async with agent.lock_store.lock(message.sender_id):
        try:
            replies = await stored_replies(agent.tracker_store, message.sender_id, message.message_id, message.text)
        except Exception as error:  # the store's own failure shows in the turn that follows
            logger.warning("rest: could not look for a message sent again (%s)", type(error).__name__)
            replies = None
        if replies is None:
            await agent.processor.handle_message(message)
            return
        logger.info("rest: a message sent again was answered with the replies of its first turn")
        for reply in replies:
            await message.output_channel.send_response(message.sender_id, reply)


def _wants_stream(request: Request) -> bool:
    return str(request.args.get("stream", "false")).lower() == "true"


# --------------------------------------------------------------------------- API token


class _NeverEqual:
    """A token no provided value equals: Rasa's decorator then tries JWT, else answers 401."""

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]


def token_matches(provided: object, token: str) -> bool:
    """``provided == token`` in a time that does not depend on where they differ."""
    if not isinstance(provided, str):
        return False
    return hmac.compare_digest(provided.encode("utf-8"), token.encode("utf-8"))


def apply_constant_time_token_check() -> None:
    """Replace ``rasa.server.requires_auth`` (once per process) by its constant-time version."""
    import rasa.server

    original = rasa.server.requires_auth
    if getattr(original, "_bot_constant_time", False):
        return

    def requires_auth(app: Any, token: str | None = None) -> Callable[[Any], Any]:
        if token is None:
            return original(app, None)
        rasa_decorator = original(app, _NeverEqual())

        def decorator(f: Any) -> Any:
            otherwise = rasa_decorator(f)

            @wraps(f)
            async def decorated(request: Request, *args: Any, **kwargs: Any) -> Any:
                if token_matches(request.args.get("token"), token):
                    result = f(request, *args, **kwargs)
                    return await result if isawaitable(result) else result
                return await otherwise(request, *args, **kwargs)

            return decorated

        return decorator

    requires_auth._bot_constant_time = True  # type: ignore[attr-defined]
    rasa.server.requires_auth = requires_auth


apply_constant_time_token_check()
