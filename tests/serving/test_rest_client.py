"""The REST client of tests, bench and terminal chat (bot/serving/rest_client.py), against a tiny local server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bot.serving.ports import free_port
from bot.serving.rest_client import REST_PATH, send


class FakeRasa(BaseHTTPRequestHandler):
    """Answers « bonjour » with one message, anything else with HTTP 500."""

    def do_POST(self) -> None:
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        if self.path != REST_PATH or body["message"] != "bonjour":
            self.send_error(500)
            return
        reply = json.dumps([{"recipient_id": body["sender"], "text": "Bonjour !"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def rasa_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRasa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def test_a_message_and_its_replies(rasa_url: str) -> None:
    assert send(rasa_url, "moi", "bonjour") == (200, [{"recipient_id": "moi", "text": "Bonjour !"}])


def test_an_http_error_is_a_status_not_an_exception(rasa_url: str) -> None:
    """The error branch names urllib.error, which the module once used without importing."""
    assert send(rasa_url, "moi", "plante") == (500, [])


def test_an_unreachable_server_raises_os_error() -> None:
    with pytest.raises(OSError):
        send(f"http://127.0.0.1:{free_port()}", "moi", "bonjour", timeout=5)
