"""What nginx lets through from outside: the page with its headers, REST, socket.io, the API only with the token."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from cluster_clients import API_TOKEN, EMBED_ORIGIN

from bot import settings
from bot.serving.cluster import Cluster


def fetch(url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def test_the_page_and_its_headers(healthy_cluster: Cluster) -> None:
    status, headers, body = fetch(healthy_cluster.url + "/")
    assert status == 200 and b"<html" in body.lower()
    assert "connect-src 'self' http://localhost:" in headers["Content-Security-Policy"]
    assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    status, _, body = fetch(healthy_cluster.url + "/config.json")
    assert status == 200 and json.loads(body) == {"socketUrl": healthy_cluster.browser_url}
    for hidden in ("/.git/config", "/.hidden", "/nothing-here"):
        assert fetch(healthy_cluster.url + hidden)[0] == 404
    assert fetch(healthy_cluster.url + "/../pyproject.toml")[0] == 400  # above the root: nginx refuses the request


def test_the_api_needs_the_token(healthy_cluster: Cluster) -> None:
    assert fetch(healthy_cluster.url + "/status")[0] == 401
    assert fetch(healthy_cluster.url + "/status?token=wrong")[0] == 401
    assert fetch(healthy_cluster.url + f"/status?token={API_TOKEN}")[0] == 200
    assert fetch(healthy_cluster.url + "/conversations/someone/tracker")[0] == 401


def test_bodies_over_the_cap_are_refused(healthy_cluster: Cluster) -> None:
    big = json.dumps({"sender": "big", "message": "a" * (settings.MAX_REQUEST_BYTES + 10)}).encode()
    status, _, _ = fetch(healthy_cluster.url + "/webhooks/rest/webhook", data=big, headers={"Content-Type": "application/json"})
    assert status == 413


def test_socketio_handshake_through_nginx(healthy_cluster: Cluster) -> None:
    origin = {"Origin": healthy_cluster.browser_url}
    status, _, body = fetch(healthy_cluster.url + "/socket.io/?EIO=4&transport=polling", headers=origin)
    assert status == 200 and b'"sid"' in body
    status, _, _ = fetch(healthy_cluster.url + "/socket.io/?EIO=4&transport=polling", headers={"Origin": "https://evil.example"})
    assert status >= 400


def test_health_for_the_load_balancer(healthy_cluster: Cluster) -> None:
    assert fetch(healthy_cluster.url + "/healthz")[0] == 200


def test_the_console_is_served_behind_nginx(healthy_cluster: Cluster) -> None:
    status, headers, body = fetch(healthy_cluster.url + "/console/connexion")
    assert status == 200 and "csrf" in body.decode("utf-8")
    assert "frame-ancestors" in headers["Content-Security-Policy"]
    status, _, body = fetch(healthy_cluster.url + "/console/demandes")  # urllib follows the redirect to the login page
    assert status == 200 and 'name="password"' in body.decode("utf-8"), "no session, no page: the login form"


def test_an_allowed_site_may_read_the_configuration_and_no_other(healthy_cluster: Cluster) -> None:
    _, headers, _ = fetch(healthy_cluster.url + "/config.json", headers={"Origin": EMBED_ORIGIN})
    assert headers.get("Access-Control-Allow-Origin") == EMBED_ORIGIN
    _, headers, _ = fetch(healthy_cluster.url + "/config.json", headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in headers
    status, _, _ = fetch(healthy_cluster.url + "/widget.js")
    assert status == 200
