"""The web server of ``make run`` (port 8080): the assistant's page and the staff console.

One WSGI composition served by Werkzeug's threaded server: ``/console`` and
below go to the console (:mod:`bot.console`, a Flask application with its own
sessions and headers, created at its first request); everything else is the
static part, which serves the files of ``web/`` (the page and its chat widget)
and ``/config.json``, which tells the page where Rasa's socket.io channel is.
No directory listing, nothing outside ``web/``, strict security headers (the
page loads nothing but its own files and talks only to itself and to Rasa).
No access log: URLs and client addresses stay out of the logs.
"""

from __future__ import annotations

import json
import logging
import mimetypes
import threading
from collections.abc import Callable, Iterable
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler
from werkzeug.serving import make_server as make_wsgi_server

from bot import settings
from bot.settings import DEFAULT_WEB_PORT, ROOT

__all__ = ["CONSOLE_PREFIX", "DEFAULT_WEB_PORT", "make_app", "make_server", "resolve_static", "start_in_thread", "static_app"]

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

def french_page(title: str, body: str) -> str:
    """A small static page of the site (the 404, the console's 503): its title as heading, then ``body``."""
    return f"""<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} – 1 emploi = 1 formation</title></head>
<body>
<main>
<h1>{title}</h1>
{body}
</main>
</body>
</html>
"""


NOT_FOUND_PAGE = french_page(
    "Page introuvable",
    """<p>L'adresse demandée n'existe pas sur ce site.</p>
<p><a href="/">Retour à l'assistant « 1 emploi = 1 formation »</a></p>""",
)


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


def embed_headers(origin: str | None) -> dict[str, str]:
    """The CORS headers of ``/config.json``, the one file ``widget.js`` reads from another site's page.

    A page of an origin of ``BOT_EMBED_ORIGINS`` may read it (that is how the
    widget learns where Rasa is); any other origin gets no ``Access-Control-Allow-Origin``,
    so its browser keeps the answer from it and the widget adds nothing to its page.
    The scripts and styles themselves need no CORS (``<script>`` and ``<link>``).
    """
    headers = {"Vary": "Origin"}
    try:
        allowed = settings.embed_origins()
    except settings.SettingsError:
        allowed = ()  # the runner reports the bad value at start; meanwhile, refuse
    if origin and origin in allowed:
        headers["Access-Control-Allow-Origin"] = origin
    return headers


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


CONSOLE_UNAVAILABLE_PAGE = french_page(
    "Console indisponible",
    """<p>La console des services ne peut pas démarrer pour le moment (base de données injoignable ou réglage invalide).
Réessayez dans un instant ; si cela dure, l'administrateur du serveur trouvera la cause dans le journal.</p>""",
)

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]
#: Where the console is mounted.
CONSOLE_PREFIX = "/console"
_LOG = logging.getLogger(__name__)


def static_app(rasa_url: str, web_dir: Path = WEB_DIR) -> WSGIApp:
    """The page: files of ``web_dir``, ``/config.json``, a French 404, GET and HEAD only, strict headers on every answer."""
    config = json.dumps({"socketUrl": rasa_url}).encode("utf-8")
    csp = content_security_policy(rasa_url)

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        # The path as the client sent it (still percent-encoded): resolve_static decodes it once, itself.
        raw = environ.get("RAW_URI") or environ.get("REQUEST_URI") or quote(environ.get("PATH_INFO", "/"))
        extra: dict[str, str] = {}
        cache = "no-cache"
        if method not in ("GET", "HEAD"):
            status, body, kind = HTTPStatus.METHOD_NOT_ALLOWED, "Méthode non autorisée.\n".encode(), "text/plain; charset=utf-8"
            extra["Allow"] = "GET, HEAD"
        elif urlsplit(raw).path == "/config.json":
            status, body, kind, cache = HTTPStatus.OK, config, "application/json", "no-store"
            extra.update(embed_headers(environ.get("HTTP_ORIGIN")))
        else:
            file = resolve_static(web_dir, raw)
            if file is None:
                status, body, kind = HTTPStatus.NOT_FOUND, NOT_FOUND_PAGE.encode("utf-8"), "text/html; charset=utf-8"
            else:
                status, body, kind = HTTPStatus.OK, file.read_bytes(), content_type(file)
        headers = {
            "Content-Type": kind,
            "Content-Length": str(len(body)),
            "Cache-Control": cache,
            "Content-Security-Policy": csp,
            "X-Content-Type-Options": "nosniff",
            "X-Frame-Options": "DENY",
            "Referrer-Policy": "no-referrer",
            "Cross-Origin-Opener-Policy": "same-origin",
            **extra,
        }
        start_response(f"{status.value} {status.phrase}", list(headers.items()))
        return [] if method == "HEAD" else [body]

    return app


class _LazyConsole:
    """The console, created at its first request (its database is not touched by a server that nobody asks for it)."""

    def __init__(self) -> None:
        self._app: WSGIApp | None = None
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        with self._lock:
            if self._app is None:
                from bot.console.app import create_app

                try:
                    self._app = create_app()
                except Exception as error:  # the database is unreachable, a setting is wrong: say so, try again next time
                    _LOG.error("console unavailable: %s", type(error).__name__)
                    body = CONSOLE_UNAVAILABLE_PAGE.encode("utf-8")
                    start_response("503 Service Unavailable", [
                        ("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body))), ("Cache-Control", "no-store"),
                        ("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"), ("X-Content-Type-Options", "nosniff"),
                        ("Retry-After", "30"),
                    ])
                    return [body]
        return self._app(environ, start_response)


def make_app(rasa_url: str, web_dir: Path = WEB_DIR, console: WSGIApp | None = None) -> WSGIApp:
    """The composition: ``/console…`` to the console, the rest to :func:`static_app`."""
    static = static_app(rasa_url, web_dir)
    staff = console or _LazyConsole()

    def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == CONSOLE_PREFIX or path.startswith(CONSOLE_PREFIX + "/"):
            return staff(environ, start_response)
        return static(environ, start_response)

    return app


class _QuietHandler(WSGIRequestHandler):
    """No access log (URLs, addresses); errors still reach the log, without the request line."""

    server_version = "1e1f-web"
    sys_version = ""

    def version_string(self) -> str:
        return self.server_version

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    def log(self, type: str, message: str, *args: Any) -> None:
        if type == "error":  # a malformed request: its text is not logged (it may hold anything)
            _LOG.warning("web server: malformed request refused")


def make_server(port: int, rasa_url: str, host: str = "127.0.0.1") -> BaseWSGIServer:
    """A threaded server (not yet serving) for the page and the console; port 0 picks a free port."""
    return make_wsgi_server(host, port, make_app(rasa_url), threaded=True, request_handler=_QuietHandler)


def start_in_thread(port: int, rasa_url: str, host: str = "127.0.0.1") -> BaseWSGIServer:
    """Start serving in a daemon thread; stop with ``server.shutdown(); server.server_close()``.

    With ``BOT_SMTP_URL`` set, the console's mail outbox runs beside it (:mod:`bot.console.notify`).
    """
    server = make_server(port, rasa_url, host)
    threading.Thread(target=server.serve_forever, name="web-server", daemon=True).start()
    from bot.console.notify import start_background

    start_background()
    return server


def main(argv: list[str] | None = None) -> int:
    """``python -m bot.serving.web_server``: the page and the console alone, in the foreground
    (the cluster runs it behind nginx, which serves the static files itself)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bot.serving.web_server", description="Page web et console des services.")
    parser.add_argument("--port", type=int, required=True, help="port d'écoute")
    parser.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (127.0.0.1 par défaut)")
    parser.add_argument("--rasa-url", required=True, help="adresse publique de Rasa, donnée à la page (/config.json)")
    args = parser.parse_args(argv)
    server = make_server(args.port, args.rasa_url, args.host)
    from bot.console.notify import start_background

    start_background()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
