"""Tiny static server for the web page of the assistant (port 8080 with ``make run``).

It serves the files of ``web/`` (the page and its chat widget) and
``/config.json``, which tells the page where Rasa's socket.io channel is.
Standard library only. No directory listing, nothing outside ``web/``, strict
security headers (the page loads nothing but its own files and talks only to
itself and to Rasa).
"""

from __future__ import annotations

import json
import mimetypes
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from bot.settings import DEFAULT_WEB_PORT, ROOT

__all__ = ["DEFAULT_WEB_PORT", "make_handler", "make_server", "resolve_static", "start_in_thread"]

WEB_DIR = ROOT / "web"

#: Content types from Python's own table (not the machine's /etc/mime.types, so the
#: same on every server); text is always served as UTF-8.
_MIME_TYPES = mimetypes.MimeTypes()
# RFC 9239 made text/javascript the type of scripts; Python 3.10's table still says application/javascript.
_MIME_TYPES.add_type("text/javascript", ".js")


def content_type(file: Path) -> str:
    """The Content-Type of a file of ``web/`` (a licence file such as ``x.js.LICENSE`` is text)."""
    guessed = "text/plain" if file.suffix.upper() == ".LICENSE" else _MIME_TYPES.guess_type(file.name)[0]
    if guessed is None:
        return "application/octet-stream"
    textual = guessed.startswith("text/") or guessed == "application/json"
    return f"{guessed}; charset=utf-8" if textual else guessed

NOT_FOUND_PAGE = """<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Page introuvable – 1 emploi = 1 formation</title></head>
<body>
<main>
<h1>Page introuvable</h1>
<p>L'adresse demandée n'existe pas sur ce site.</p>
<p><a href="/">Retour à l'assistant « 1 emploi = 1 formation »</a></p>
</main>
</body>
</html>
"""


def origin_of(url: str) -> str:
    """``scheme://host:port`` of a URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def content_security_policy(rasa_url: str) -> str:
    """The page may run only its own scripts and talk only to itself and to Rasa (HTTP polling and WebSocket)."""
    rasa = origin_of(rasa_url)
    websocket = ("wss" if rasa.startswith("https:") else "ws") + rasa[rasa.index(":"):]
    return "; ".join([
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        f"connect-src 'self' {rasa} {websocket}",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ])


def resolve_static(web_dir: Path, url_path: str) -> Path | None:
    """The file of ``web_dir`` that ``url_path`` names, or None (missing, hidden, directory, outside)."""
    path = unquote(urlsplit(url_path).path)
    if "\x00" in path or "\\" in path:
        return None
    segments = [s for s in path.split("/") if s]
    if any(s in (".", "..") or s.startswith(".") for s in segments):
        return None
    if not segments:
        segments = ["index.html"]
    root = web_dir.resolve()
    candidate = root.joinpath(*segments).resolve()
    # resolve() follows symlinks: a link pointing outside web/ is refused too.
    if not candidate.is_relative_to(root) or not candidate.is_file():
        return None
    return candidate


def make_handler(rasa_url: str, web_dir: Path = WEB_DIR) -> type[BaseHTTPRequestHandler]:
    config = json.dumps({"socketUrl": rasa_url}).encode("utf-8")
    csp = content_security_policy(rasa_url)

    class WebHandler(BaseHTTPRequestHandler):
        server_version = "1e1f-web"
        sys_version = ""

        def do_GET(self) -> None:
            self._serve(send_body=True)

        def do_HEAD(self) -> None:
            self._serve(send_body=False)

        def do_POST(self) -> None:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, "Méthode non autorisée.\n".encode(), "text/plain; charset=utf-8", extra={"Allow": "GET, HEAD"})

        do_PUT = do_DELETE = do_PATCH = do_OPTIONS = do_POST

        def _serve(self, send_body: bool) -> None:
            if urlsplit(self.path).path == "/config.json":
                self._send(HTTPStatus.OK, config, "application/json", send_body=send_body, cache="no-store")
                return
            file = resolve_static(web_dir, self.path)
            if file is None:
                self._send(HTTPStatus.NOT_FOUND, NOT_FOUND_PAGE.encode("utf-8"), "text/html; charset=utf-8", send_body=send_body)
                return
            self._send(HTTPStatus.OK, file.read_bytes(), content_type(file), send_body=send_body)

        def _send(
            self,
            status: HTTPStatus,
            body: bytes,
            content_type: str,
            send_body: bool = True,
            cache: str = "no-cache",
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            headers = {
                "Content-Type": content_type,
                "Content-Length": str(len(body)),
                "Cache-Control": cache,
                "Content-Security-Policy": csp,
                "X-Content-Type-Options": "nosniff",
                "X-Frame-Options": "DENY",
                "Referrer-Policy": "no-referrer",
                "Cross-Origin-Opener-Policy": "same-origin",
                **(extra or {}),
            }
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass  # keep the console of `make run` readable

    return WebHandler


def make_server(port: int, rasa_url: str, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """A server (not yet serving) for the page; port 0 picks a free port."""
    server = ThreadingHTTPServer((host, port), make_handler(rasa_url))
    server.daemon_threads = True
    return server


def start_in_thread(port: int, rasa_url: str, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    """Start serving in a daemon thread; stop with ``server.shutdown(); server.server_close()``."""
    server = make_server(port, rasa_url, host)
    threading.Thread(target=server.serve_forever, name="web-server", daemon=True).start()
    return server
