"""The static server of the web page: files, /config.json, headers, 404, no way out of web/ (no model needed)."""

from __future__ import annotations

import http.client
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.serving.web_server import content_security_policy, make_server, resolve_static, start_in_thread

RASA_URL = "http://127.0.0.1:5005"


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, int]]:
    web = start_in_thread(0, RASA_URL)
    try:
        yield web.server_address[:2]
    finally:
        web.shutdown()
        web.server_close()


def get(server: tuple[str, int], path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    """Raw request: the path is sent exactly as given (no client-side normalisation of « .. »)."""
    connection = http.client.HTTPConnection(*server, timeout=5)
    try:
        connection.request(method, path)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def test_index_is_served_in_french_with_its_scripts(server) -> None:
    status, headers, body = get(server, "/")
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    page = body.decode("utf-8")
    assert '<html lang="fr">' in page
    assert 'src="vendor/socket.io.min.js"' in page and 'src="chat.js"' in page
    assert "http://" not in page.split("<body>")[0] and "https://" not in page.split("<body>")[0], "nothing loaded from outside"


@pytest.mark.parametrize("path, content_type", [
    ("/chat.js", "text/javascript; charset=utf-8"),
    ("/chat.css", "text/css; charset=utf-8"),
    ("/vendor/socket.io.min.js", "text/javascript; charset=utf-8"),
    ("/vendor/socket.io-client.LICENSE", "text/plain; charset=utf-8"),
])
def test_static_files(server, path: str, content_type: str) -> None:
    status, headers, body = get(server, path)
    assert status == 200 and headers["content-type"] == content_type and body


def test_config_gives_the_rasa_url(server) -> None:
    status, headers, body = get(server, "/config.json")
    assert status == 200
    assert headers["content-type"] == "application/json"
    assert headers["cache-control"] == "no-store"
    assert json.loads(body) == {"socketUrl": RASA_URL}


def test_security_headers(server) -> None:
    _, headers, _ = get(server, "/")
    csp = {d.split()[0]: d.split()[1:] for d in headers["content-security-policy"].split("; ")}
    assert csp["script-src"] == ["'self'"], "no 'unsafe-inline' nor outside scripts"
    assert csp["default-src"] == ["'self'"]
    assert sorted(csp["connect-src"]) == sorted(["'self'", "http://127.0.0.1:5005", "ws://127.0.0.1:5005"])
    assert csp["frame-ancestors"] == ["'none'"]
    assert headers["x-content-type-options"] == "nosniff"
    # Even error pages carry them.
    _, headers, _ = get(server, "/nope")
    assert "content-security-policy" in headers and headers["x-content-type-options"] == "nosniff"


def test_csp_of_an_https_rasa_allows_wss() -> None:
    csp = content_security_policy("https://bot.example.fr/")
    assert "connect-src 'self' https://bot.example.fr wss://bot.example.fr" in csp


def test_unknown_page_is_a_french_404(server) -> None:
    status, headers, body = get(server, "/inconnu.html")
    assert status == 404
    assert headers["content-type"] == "text/html; charset=utf-8"
    page = body.decode("utf-8")
    assert '<html lang="fr">' in page and "Page introuvable" in page


def test_no_directory_listing(server) -> None:
    for path in ("/vendor/", "/vendor"):
        status, _, body = get(server, path)
        assert status == 404, path
        assert b"socket.io.min.js" not in body


@pytest.mark.parametrize("path", [
    "/../pyproject.toml",
    "/../../../../etc/passwd",
    "/vendor/../../pyproject.toml",
    "/%2e%2e/pyproject.toml",
    "/%2E%2E%2Fpyproject.toml",
    "/..%2f..%2fpyproject.toml",
    "/..\\pyproject.toml",
    "/%5c..%5cpyproject.toml",
    "//etc/passwd",
    "/.%2e/bot/serving/web_server.py",
    "/index.html%00.txt",
])
def test_path_traversal_is_impossible(server, path: str) -> None:
    status, _, body = get(server, path)
    assert status == 404, path
    assert b"[project]" not in body and b"root:" not in body and b"make_server" not in body


def test_resolve_static_stays_inside_web(tmp_path) -> None:
    web = tmp_path / "web"
    web.mkdir()
    (web / "index.html").write_text("ok")
    (web / ".hidden").write_text("secret")
    (tmp_path / "secret.txt").write_text("secret")
    (web / "link.txt").symlink_to(tmp_path / "secret.txt")
    assert resolve_static(web, "/") == (web / "index.html").resolve()
    assert resolve_static(web, "/index.html?x=1") == (web / "index.html").resolve()
    assert resolve_static(web, "/../secret.txt") is None
    assert resolve_static(web, "/link.txt") is None, "a symlink out of web/ is refused"
    assert resolve_static(web, "/.hidden") is None


def test_only_get_and_head(server) -> None:
    status, headers, body = get(server, "/", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0
    status, headers, _ = get(server, "/config.json", method="POST")
    assert status == 405 and headers["allow"] == "GET, HEAD"


def test_make_server_does_not_serve_until_asked() -> None:
    server = make_server(0, RASA_URL)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("chat.css", "text/css; charset=utf-8"),
        ("chat.js", "text/javascript; charset=utf-8"),
        ("socket.io.min.js.LICENSE", "text/plain; charset=utf-8"),
        ("logo.svg", "image/svg+xml"),
        ("font.unknownext", "application/octet-stream"),
    ],
)
def test_content_types_come_from_pythons_table(name: str, expected: str) -> None:
    from bot.serving.web_server import content_type

    assert content_type(Path(name)) == expected
