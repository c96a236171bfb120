"""The console inside the web server of ``make run``: same port as the page, its own headers, the page unchanged."""

from __future__ import annotations

import http.client
from collections.abc import Iterator

import pytest

from bot.console.store import ConsoleStore
from bot.serving.web_server import start_in_thread


@pytest.fixture
def server(tmp_path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, int]]:
    monkeypatch.setenv("BOT_DB_URL", f"sqlite:///{tmp_path / 's.db'}")
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    monkeypatch.delenv("BOT_CONSOLE_SECRET", raising=False)
    ConsoleStore().add_user("agnes", "agent", "un mot de passe solide")
    web = start_in_thread(0, "http://127.0.0.1:5005")
    try:
        yield web.server_address[:2]
    finally:
        web.shutdown()
        web.server_close()


def request(server: tuple[str, int], method: str, path: str, body: str | None = None,
            headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], str]:
    connection = http.client.HTTPConnection(*server, timeout=10)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read().decode("utf-8")
    finally:
        connection.close()


def test_console_and_page_on_one_port(server, tmp_path) -> None:
    status, headers, page = request(server, "GET", "/console/connexion")
    assert status == 200 and "Connexion" in page and "default-src 'none'" in headers["content-security-policy"]
    cookie = headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/console" in cookie
    assert (tmp_path / "console-secret").exists(), "the key is drawn once and kept in the var folder"
    status, headers, _ = request(server, "GET", "/console/demandes")
    assert status == 302 and headers["location"].split("?")[0].endswith("/console/connexion")
    status, headers, _ = request(server, "GET", "/console")
    assert status == 302 and headers["location"].split("?")[0].endswith("/console/connexion")
    status, headers, page = request(server, "GET", "/")
    assert status == 200 and "script-src 'self'" in headers["content-security-policy"] and "<html lang=\"fr\">" in page
    status, headers, _ = request(server, "POST", "/")
    assert status == 405 and headers["allow"] == "GET, HEAD"
    assert headers["server"] == "1e1f-web"


def test_login_through_the_server(server) -> None:
    status, headers, page = request(server, "GET", "/console/connexion")
    cookie = headers["set-cookie"].split(";")[0]
    token = page.split('name="csrf" value="')[1].split('"')[0]
    form = f"name=agnes&password=un+mot+de+passe+solide&csrf={token}"
    status, headers, _ = request(server, "POST", "/console/connexion", form,
                                 {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    assert status == 302, "a form posted to the console is not the static part's 405"
    status, _, page = request(server, "GET", "/console/demandes", headers={"Cookie": headers["set-cookie"].split(";")[0]})
    assert status == 200 and "Demandes d'embauche" in page


def test_console_unreachable_database_is_a_french_503(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_DB_URL", f"sqlite:///{tmp_path / 'absent-folder' / 'nope' / 's.db'}")
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path))
    web = start_in_thread(0, "http://127.0.0.1:5005")
    try:
        status, headers, page = request(web.server_address[:2], "GET", "/console/")
        assert status == 503 and "Console indisponible" in page and headers["retry-after"] == "30"
        status, _, _ = request(web.server_address[:2], "GET", "/")
        assert status == 200, "the page is unaffected"
    finally:
        web.shutdown()
        web.server_close()
