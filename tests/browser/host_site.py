"""A stand-in for the Region's site in the widget tests: a tiny static server on
another port (so another origin than the assistant's page server) whose pages
embed ``widget.js`` with one script tag.

Its pages are built to make a leak visible either way: the site's CSS is
deliberately intrusive (a 10 px root font size, styles on every button, link and
paragraph, ``content-box`` sizing) and its own script sets ``window.io``; its
Content-Security-Policy forbids inline scripts and styles and allows only the
assistant's servers, as a careful host would.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST_CSS = """
html { font-size: 10px; }
body { margin: 0; font-family: Georgia, serif; font-size: 1.8rem; color: #222; background: #fdfdf8; box-sizing: content-box; }
* { box-sizing: content-box; letter-spacing: 0.02em; }
header, main, footer { display: block; padding: 1rem 2rem; }
p { color: #333333; line-height: 2; margin: 0 0 1.5rem; }
a { color: #5b2a86; text-decoration: underline dotted; }
button { background: #ffe14d; color: #000000; font-family: "Courier New", monospace; font-size: 1.2rem; border-radius: 0; padding: 2px; }
input { border: 4px solid #000000; font-size: 1rem; }
h2 { font-size: 4rem; color: #1c3d1c; text-transform: uppercase; }
.tall { height: 1200px; }
"""

#: The host's own script: a page that uses the name ``io`` for itself.
HOST_JS = 'window.io = "la variable io du site";\n'


@dataclass(frozen=True)
class HostSite:
    """A running host site: its origin and how it embeds the widget."""

    origin: str

    def url(self, path: str = "/") -> str:
        return self.origin + path


def page(title: str, widget_tag: str, other_page: str) -> str:
    return f"""<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)} – Région des Pays de la Loire (site de test)</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/site.css">
  <script src="/site.js"></script>
  {widget_tag}
</head>
<body>
  <header><p>Région des Pays de la Loire</p></header>
  <main>
    <h1>{html.escape(title)}</h1>
    <p id="host-text">Le dispositif « 1 emploi = 1 formation » finance la formation de votre futur salarié.</p>
    <p><a id="host-link" href="{other_page}">Une autre page du site</a></p>
    <p><button type="button" id="host-button">Un bouton du site</button></p>
    <div class="tall"></div>
  </main>
  <footer><p>Site de test pour l'intégration de l'assistant.</p></footer>
</body>
</html>
"""


def widget_tag(widget_url: str, **attributes: str) -> str:
    data = "".join(f' data-{name}="{html.escape(value)}"' for name, value in attributes.items())
    return f'<script src="{html.escape(widget_url)}" defer{data}></script>'


def host_csp(web_origin: str, rasa_origin: str) -> str:
    websocket = "ws" + rasa_origin.removeprefix("http")
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {web_origin}",
        f"style-src 'self' {web_origin}",
        f"connect-src 'self' {web_origin} {rasa_origin} {websocket}",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'none'",
    ])


@contextmanager
def serve_host_site(port: int, web_url: str, rasa_url: str, **attributes: str) -> Iterator[HostSite]:
    """Serve ``/`` and ``/autre-page.html`` (both embedding the widget of ``web_url``) on 127.0.0.1:``port``."""
    tag = widget_tag(web_url.rstrip("/") + "/widget.js", **attributes)
    files = {
        "/": (page("Recruter avec la Région", tag, "/autre-page.html"), "text/html"),
        "/autre-page.html": (page("Une autre page du site", tag, "/"), "text/html"),
        "/site.css": (HOST_CSS, "text/css"),
        "/site.js": (HOST_JS, "text/javascript"),
    }
    csp = host_csp(web_url.rstrip("/"), rasa_url.rstrip("/"))

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body, kind = files.get(self.path.split("?")[0], ("introuvable", "text/plain"))
            status = HTTPStatus.OK if self.path.split("?")[0] in files else HTTPStatus.NOT_FOUND
            data = body.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Security-Policy", csp)
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name=f"host-site-{port}", daemon=True).start()
    try:
        yield HostSite(f"http://127.0.0.1:{port}")
    finally:
        server.shutdown()
        server.server_close()
