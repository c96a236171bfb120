"""The checks of the REST and socket.io channels and the constant-time API token, without a server."""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
from types import SimpleNamespace
from typing import Any

import pytest
import socketio

from bot import settings
from bot.dialogue import messages as say
from bot.rasa_plugins import rest_channel
from bot.rasa_plugins.rest_channel import (
    ERRORS,
    RequestRefused,
    apply_constant_time_token_check,
    is_too_long,
    read_payload,
    token_matches,
    too_long_reply,
)
from bot.rasa_plugins.socketio_channel import allowed_origins, restrict_engineio

# ----------------------------------------------------------------------------- start


def test_the_actions_tables_are_read_before_the_server_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    """The actions run in Rasa's process: the French lexicon of the name readers (seconds to read) is read when the REST
    channel starts, not when the first employer gives a contact's name (it was read by the action server, which runs no
    name reader: session of 2026-12-02)."""
    from bot.language import lexicon
    from bot.rasa_plugins import in_process_actions

    read: list[str] = []
    monkeypatch.setattr(lexicon, "preload", lambda: read.append("lexicon"))
    monkeypatch.setattr(in_process_actions, "executor", lambda: read.append("actions"))

    async def on_new_message(_: Any) -> None:
        return None

    webhook = rest_channel.ValidatingRestInput().blueprint(on_new_message)
    listeners = [(future.event, future.listener) for future in webhook._future_listeners]
    assert [event for event, listener in listeners if listener.__name__ == "warm_up"] == ["before_server_start"]
    warm_up = next(listener for _, listener in listeners if listener.__name__ == "warm_up")
    asyncio.run(warm_up(None, None))
    assert read == ["actions", "lexicon"]


def test_preload_reads_the_dictionary() -> None:
    from bot.language import lexicon

    lexicon._dictionary.cache_clear()
    lexicon.preload()
    assert lexicon._dictionary.cache_info().currsize == 1
    assert lexicon.french_word("urgent") and not lexicon.french_word("Kowalczyk")


# ----------------------------------------------------------------------------- REST body


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"[]", "not_an_object"),
        (b'[{"sender": "a", "message": "bonjour"}]', "not_an_object"),
        (b"42", "not_an_object"),
        (b'"bonjour"', "not_an_object"),
        (b"null", "not_an_object"),
        (b"{pas du json", "invalid_json"),
        (b"", "invalid_json"),
        (b"\xff\xfe{}", "invalid_json"),
        (b"[" * 50_000, "invalid_json"),  # nesting deep enough to exhaust the parser's recursion
        (b"{}", "message_missing"),
        (b'{"sender": "a"}', "message_missing"),
        (b'{"sender": "a", "message": null}', "message_missing"),
        (b'{"sender": "a", "message": 123}', "message_not_text"),
        (b'{"sender": "a", "message": ["bonjour"]}', "message_not_text"),
        (b'{"sender": "a", "message": {"text": "bonjour"}}', "message_not_text"),
        (b'{"sender": 5, "message": "bonjour"}', "sender_not_text"),
        (b'{"sender": "", "message": "bonjour"}', "sender_not_text"),
        (b'{"sender": "  ", "message": "bonjour"}', "sender_not_text"),
        (b'{"sender": "a", "message": "bonjour", "metadata": [1]}', "metadata_not_object"),
        (b'{"sender": "a", "message": "bonjour", "input_channel": 3}', "input_channel_not_text"),
        (b'{"sender": "a", "message": "bonjour", "message_id": 3}', "message_id_invalid"),
        (b'{"sender": "a", "message": "bonjour", "message_id": ""}', "message_id_invalid"),
        (b'{"sender": "a", "message": "bonjour", "message_id": "a%b"}', "message_id_invalid"),
        (b'{"sender": "a", "message": "bonjour", "message_id": "id avec espace"}', "message_id_invalid"),
        (b'{"sender": "a", "message": "bonjour", "message_id": "\\u00e9t\\u00e9"}', "message_id_invalid"),
        (
            ('{"sender": "a", "message": "bonjour", "message_id": "%s"}' % ("x" * (settings.MAX_MESSAGE_ID_CHARS + 1))).encode(),
            "message_id_invalid",
        ),
    ],
)
def test_bodies_that_are_not_an_object_with_a_string_message_are_refused(body: bytes, code: str) -> None:
    with pytest.raises(RequestRefused) as refused:
        read_payload(body)
    assert refused.value.code == code
    assert refused.value.status == 400
    assert refused.value.as_json() == {"error": code, "detail": refused.value.detail}


def test_a_sender_too_long_and_a_body_too_large_are_refused() -> None:
    long_sender = json.dumps({"sender": "a" * (settings.MAX_SENDER_CHARS + 1), "message": "x"}).encode()
    with pytest.raises(RequestRefused) as refused:
        read_payload(long_sender)
    assert refused.value.code == "sender_too_long" and str(settings.MAX_SENDER_CHARS) in refused.value.detail
    big = json.dumps({"sender": "a", "message": "x" * settings.MAX_REQUEST_BYTES}).encode()
    with pytest.raises(RequestRefused) as refused:
        read_payload(big)
    assert (refused.value.code, refused.value.status) == ("body_too_large", 413)


def test_a_good_body_is_read_as_rasa_reads_it() -> None:
    payload = read_payload('{"sender": "moi", "message": "Bonjour é", "metadata": {"a": 1}}'.encode())
    assert (payload.sender, payload.message, payload.metadata, payload.input_channel) == ("moi", "Bonjour é", {"a": 1}, None)
    # The longest message a body may carry, every character escaped, fits under the body cap.
    escaped = json.dumps({"sender": "s" * settings.MAX_SENDER_CHARS, "message": "😀" * settings.MAX_MESSAGE_CHARS}).encode()
    assert len(escaped) <= settings.MAX_REQUEST_BYTES
    assert read_payload(escaped).message == "😀" * settings.MAX_MESSAGE_CHARS


def test_a_message_id_is_read_when_given() -> None:
    assert read_payload(b'{"sender": "a", "message": "x"}').message_id is None
    uuid_id = "3f2b8c1e-9a47-4d2e-8f60-1b2c3d4e5f60"
    assert read_payload(json.dumps({"sender": "a", "message": "x", "message_id": uuid_id}).encode()).message_id == uuid_id
    longest = "m_1.2:3-" + "x" * (settings.MAX_MESSAGE_ID_CHARS - 8)
    assert read_payload(json.dumps({"sender": "a", "message": "x", "message_id": longest}).encode()).message_id == longest


def test_without_sender_each_message_gets_a_conversation_of_its_own() -> None:
    first, second = read_payload(b'{"message": "bonjour"}'), read_payload(b'{"message": "bonjour", "sender": null}')
    assert first.sender != second.sender
    assert first.sender != "default" and first.sender.startswith("rest-")


def test_every_error_has_a_french_detail_and_a_4xx_status() -> None:
    for code, (status, detail) in ERRORS.items():
        assert 400 <= status < 500, code
        assert detail.endswith(".") and " " in detail, code


def test_the_message_cap_and_its_french_reply() -> None:
    assert not is_too_long("x" * settings.MAX_MESSAGE_CHARS)
    assert is_too_long("x" * (settings.MAX_MESSAGE_CHARS + 1))
    reply = too_long_reply()
    assert reply == say.MESSAGE_TOO_LONG.format(maximum="2\u202f000")
    assert "trop long" in reply and "plus court" in reply


# ----------------------------------------------------------------------------- API token


def test_token_comparison_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    original = hmac.compare_digest

    def compare_digest(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return original(a, b)

    monkeypatch.setattr(rest_channel.hmac, "compare_digest", compare_digest)
    assert token_matches("s3cret", "s3cret")
    assert not token_matches("s3creT", "s3cret")
    assert not token_matches("", "s3cret")
    assert not token_matches(None, "s3cret")
    assert not token_matches(["s3cret"], "s3cret")
    assert calls == [(b"s3cret", b"s3cret"), (b"s3creT", b"s3cret"), (b"", b"s3cret")]


class _Config(dict[str, Any]):
    pass


def _request(token: str | None) -> Any:
    args = {} if token is None else {"token": token}
    return SimpleNamespace(args=args, app=SimpleNamespace(config=_Config()))


def test_rasa_requires_auth_is_replaced_and_still_refuses(monkeypatch: pytest.MonkeyPatch) -> None:
    import rasa.server
    from rasa.server import ErrorResponse

    apply_constant_time_token_check()
    apply_constant_time_token_check()
    assert getattr(rasa.server.requires_auth, "_bot_constant_time", False)
    compared: list[bytes] = []
    original = rest_channel.hmac.compare_digest
    monkeypatch.setattr(rest_channel.hmac, "compare_digest", lambda a, b: compared.append(a) or original(a, b))

    app = SimpleNamespace(config=_Config())

    async def handler(request: Any, conversation_id: str) -> str:
        return f"tracker of {conversation_id}"

    guarded = rasa.server.requires_auth(app, "s3cret")(handler)
    assert guarded.__name__ == "handler"  # Sanic names routes after their handler
    assert asyncio.run(guarded(_request("s3cret"), "abc")) == "tracker of abc"
    for wrong in (None, "", "s3cre", "s3creT", "s3crets"):
        with pytest.raises(ErrorResponse) as refused:
            asyncio.run(guarded(_request(wrong), "abc"))
        assert refused.value.status == 401
    assert compared == [b"s3cret", b"", b"s3cre", b"s3creT", b"s3crets"]
    # No token configured and no JWT: Rasa's own behaviour (the API is then open, which the runner never does).
    assert asyncio.run(rasa.server.requires_auth(app, None)(handler)(_request(None), "x")) == "tracker of x"


# ----------------------------------------------------------------------------- socket.io origins


async def _handshake(sio: socketio.AsyncServer, origin: str | None) -> tuple[int, dict[bytes, bytes]]:
    headers = [(b"host", b"127.0.0.1:5005")] + ([(b"origin", origin.encode())] if origin else [])
    scope = {
        "type": "http", "method": "GET", "path": "/socket.io/", "query_string": b"EIO=4&transport=polling",
        "headers": headers, "root_path": "", "scheme": "http", "server": ("127.0.0.1", 5005), "http_version": "1.1",
    }
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await socketio.ASGIApp(sio)(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], dict(start["headers"])


def _server(**options: Any) -> socketio.AsyncServer:
    """An ASGI socket.io server; its own loggers, so that engine.io adds no handler to the process's logging."""
    return socketio.AsyncServer(async_mode="asgi", logger=QUIET, engineio_logger=QUIET, **options)


QUIET = logging.getLogger("tests.socketio")


def test_engineio_refuses_foreign_origins_and_leaves_cors_headers_to_sanic() -> None:
    # As Rasa creates it: [] turns the origin check off.
    sio = _server(cors_allowed_origins=[])
    assert asyncio.run(_handshake(sio, "http://evil.example"))[0] == 200
    restrict_engineio(sio.eio, ["http://localhost:8080"])
    assert asyncio.run(_handshake(sio, "http://evil.example"))[0] == 400
    assert asyncio.run(_handshake(sio, "http://localhost:8080.evil.example"))[0] == 400
    status, headers = asyncio.run(_handshake(sio, "http://localhost:8080"))
    assert status == 200
    assert b"access-control-allow-origin" not in {k.lower() for k in headers}  # Sanic-Cors adds the one copy
    assert asyncio.run(_handshake(sio, None))[0] == 200  # not a browser: no origin to check
    assert sio.eio.max_http_buffer_size == settings.MAX_REQUEST_BYTES


def test_an_empty_origin_list_is_refused_rather_than_meaning_no_check() -> None:
    with pytest.raises(ValueError):
        restrict_engineio(_server().eio, [])


def test_allowed_origins_come_from_the_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_CORS_ORIGINS", "https://emploi.example  http://localhost:8000")
    assert allowed_origins() == ["https://emploi.example", "http://localhost:8000"]
    monkeypatch.delenv("BOT_CORS_ORIGINS")
    assert allowed_origins() == settings.DEFAULT_CORS_ORIGINS.split()
