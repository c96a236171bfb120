"""Embedding the assistant on other sites (widget.js): BOT_EMBED_ORIGINS, the
CORS of /config.json, the widget's files (no model needed; the widget in a
browser is tests/browser/test_widget.py)."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator

import pytest

from bot import settings
from bot.serving.web_server import embed_headers, start_in_thread
from bot.settings import ROOT, SettingsError

RASA_URL = "http://127.0.0.1:5005"
ALLOWED = "https://www.nosemplois.fr"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    web = start_in_thread(0, RASA_URL)
    try:
        yield web.server_address[:2]
    finally:
        web.shutdown()
        web.server_close()


def get(server: tuple[str, int], path: str, origin: str | None = None) -> tuple[int, dict[str, str], bytes]:
    connection = http.client.HTTPConnection(*server, timeout=5)
    try:
        connection.request("GET", path, headers={"Origin": origin} if origin else {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_no_site_may_embed_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_EMBED_ORIGINS", raising=False)
    monkeypatch.delenv("BOT_CORS_ORIGINS", raising=False)
    assert settings.embed_origins() == ()
    assert settings.cors_origins() == settings.DEFAULT_CORS_ORIGINS


def test_embed_origins_join_the_origins_allowed_to_talk_to_rasa(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_CORS_ORIGINS", "http://localhost:8080 https://www.paysdelaloire.fr")
    monkeypatch.setenv("BOT_EMBED_ORIGINS", " https://www.nosemplois.fr/  https://www.paysdelaloire.fr HTTP://Localhost:9000 ")
    assert settings.embed_origins() == ("https://www.nosemplois.fr", "https://www.paysdelaloire.fr", "http://localhost:9000")
    # One list for Sanic's CORS and the socket.io channel, each origin once.
    assert settings.cors_origins().split() == [
        "http://localhost:8080", "https://www.paysdelaloire.fr", "https://www.nosemplois.fr", "http://localhost:9000",
    ]


@pytest.mark.parametrize("value", ["*", "www.nosemplois.fr", "https://www.nosemplois.fr/page", "ftp://x.fr", "https://u@x.fr"])
def test_anything_but_an_origin_is_refused_in_french(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("BOT_EMBED_ORIGINS", f"http://localhost:9000 {value}")
    with pytest.raises(SettingsError, match="BOT_EMBED_ORIGINS attend des origines"):
        settings.embed_origins()
    with pytest.raises(SettingsError):
        settings.cors_origins()


def test_config_is_readable_by_an_allowed_site_only(server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_EMBED_ORIGINS", ALLOWED)
    status, headers, _ = get(server, "/config.json", origin=ALLOWED)
    assert status == 200
    assert headers["access-control-allow-origin"] == ALLOWED
    assert headers["vary"] == "Origin"
    for other in ("https://evil.example", "https://www.nosemplois.fr.evil.example", "null"):
        _, headers, _ = get(server, "/config.json", origin=other)
        assert "access-control-allow-origin" not in headers, other
    # Read at each request: emptied, the list allows nobody.
    monkeypatch.delenv("BOT_EMBED_ORIGINS")
    _, headers, _ = get(server, "/config.json", origin=ALLOWED)
    assert "access-control-allow-origin" not in headers


def test_a_bad_value_refuses_rather_than_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_EMBED_ORIGINS", "*")
    assert embed_headers("https://evil.example") == {"Vary": "Origin"}


def test_only_config_gets_cors(server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_EMBED_ORIGINS", ALLOWED)
    _, headers, _ = get(server, "/", origin=ALLOWED)
    assert "access-control-allow-origin" not in headers
    # The page itself still refuses to be framed: the widget uses a shadow root, not an iframe.
    assert headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


@pytest.mark.parametrize("path, content_type", [
    ("/widget.js", "text/javascript; charset=utf-8"),
    ("/widget.css", "text/css; charset=utf-8"),
    ("/chat-panel.css", "text/css; charset=utf-8"),
])
def test_widget_files_are_served(server, path: str, content_type: str) -> None:
    status, headers, body = get(server, path)
    assert status == 200 and headers["content-type"] == content_type and body


def test_the_page_and_the_widget_share_one_chat() -> None:
    """One implementation: the widget loads chat.js, which holds the conversation code; no copy of it in widget.js."""
    widget = (ROOT / "web" / "widget.js").read_text(encoding="utf-8")
    chat = (ROOT / "web" / "chat.js").read_text(encoding="utf-8")
    page = (ROOT / "web" / "index.html").read_text(encoding="utf-8")
    assert '"chat.js"' in widget and "mountChat(" in widget
    assert '<script src="chat.js" data-page defer>' in page
    for conversation_code in ("session_request", "user_uttered", "appendTextWithLinks"):
        assert conversation_code in chat and conversation_code not in widget
    for source in (widget, chat):
        assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function", source)


def test_make_run_gives_rasa_the_embed_origins(monkeypatch: pytest.MonkeyPatch) -> None:
    """``make run``: Rasa's --cors (HTTP polling) and, through its environment, the socket.io channel's check."""
    from bot.serving.runner import Services

    monkeypatch.delenv("BOT_CORS_ORIGINS", raising=False)
    monkeypatch.setenv("BOT_EMBED_ORIGINS", ALLOWED)
    services = Services.from_environment()
    rasa = services.commands()[1]
    cors = rasa[rasa.index("--cors") + 1:]
    assert ALLOWED in cors and "http://localhost:8080" in cors
    assert ALLOWED in services.environment()["BOT_CORS_ORIGINS"].split()
