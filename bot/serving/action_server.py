"""The action server: Rasa SDK's Sanic app for ``actions/``, callable only by Rasa.

``python -m bot.serving.action_server --port N [--host H]`` serves the actions
of the ``actions`` package like ``python -m rasa_sdk`` does, with three
differences:

- every call but ``GET /health`` must carry the shared secret in the
  ``X-Bot-Action-Token`` header (compared in constant time), else it gets
  HTTP 401 with a JSON body. Rasa sends it (``endpoints.yml``,
  ``action_endpoint.headers``); the secret is ``BOT_ACTION_TOKEN``, which the
  runner draws at random for each run when it is not set. Without a secret the
  server refuses to start: an open action server lets anyone store a request;
- it listens on ``BOT_HOST`` (loopback by default), not on every interface;
- its logs are JSON lines (:mod:`bot.serving.logging_setup`) with Sanic's
  request id and the hashed conversation id, and a failed action is logged by
  type and place, never with the tracker (Rasa SDK's handler logs and returns
  the whole request body, which holds what the employer typed).

The cluster starts this same command for each of its action servers.
"""

from __future__ import annotations

import argparse
import hmac
import logging
import sys
import traceback
from typing import Any

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings
from bot.serving import logging_setup

#: The header that carries the shared secret from Rasa to the action server.
TOKEN_HEADER = "X-Bot-Action-Token"
#: Paths anyone may call: the load balancer's and the runner's health check.
OPEN_PATHS = frozenset({"/health"})

logger = logging.getLogger("bot.serving.action_server")


def token_matches(given: str | None, expected: str) -> bool:
    """Constant-time comparison of the header's value with the secret (no header: no match)."""
    if not given or not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _sender_of(request: Request) -> str | None:
    """The conversation's sender id in an action call, if the body is plain JSON that has one."""
    try:
        body = request.json
    except Exception:  # compressed or broken bodies are Rasa SDK's to refuse
        return None
    sender = body.get("sender_id") if isinstance(body, dict) else None
    return sender if isinstance(sender, str) and sender else None


def create_app(token: str, actions_package: str = "actions") -> Sanic:
    """Rasa SDK's app for ``actions_package``, refusing calls without ``token``."""
    if not token:
        raise ValueError("the action server needs a token")
    from rasa_sdk.endpoint import create_app as create_sdk_app

    # No CORS: only Rasa calls this server, never a browser.
    app = create_sdk_app(actions_package, cors_origins="")

    @app.middleware("request")
    async def authenticate(request: Request) -> HTTPResponse | None:
        logging_setup.request_id.set(str(request.id))
        logging_setup.conversation.set(None)
        if request.path in OPEN_PATHS:
            return None
        if not token_matches(request.headers.get(TOKEN_HEADER), token):
            logger.warning("action call refused: missing or wrong %s header (%s %s)", TOKEN_HEADER, request.method, request.path)
            return response.json({"error": "unauthorized", "detail": f"missing or wrong {TOKEN_HEADER} header"}, status=401)
        sender = _sender_of(request)
        if sender is not None:
            logging_setup.conversation.set(logging_setup.conversation_id(sender))
        return None

    @app.exception(Exception)
    async def failed(request: Request, exception: Exception) -> HTTPResponse:
        # Type and frames only: the message of an exception may quote a slot's value.
        frames = "".join(traceback.format_tb(exception.__traceback__))
        logger.error("action failed: %s %s: %s\n%s", request.method, request.path, type(exception).__name__, frames)
        return response.json({"error": type(exception).__name__}, status=500)

    return app


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot.serving.action_server",
        description="Serveur d'actions de l'assistant (Rasa SDK), appelable seulement avec le secret BOT_ACTION_TOKEN.",
    )
    parser.add_argument("--port", type=int, default=None, help="port d'écoute (par défaut BOT_ACTIONS_PORT, 5055)")
    parser.add_argument("--host", default=None, help="adresse d'écoute (par défaut BOT_HOST, 127.0.0.1)")
    parser.add_argument("--actions", default="actions", help="paquet des actions (par défaut actions)")
    parser.add_argument("--log-level", default="INFO", help="niveau des journaux (par défaut INFO)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        port = args.port if args.port is not None else settings.actions_port()
        host = args.host or settings.host()
    except settings.SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    token = settings.action_token()
    if token is None:
        print(
            "BOT_ACTION_TOKEN n'est pas défini : le serveur d'actions refuse de démarrer sans secret "
            "(« make run » en tire un à chaque démarrage ; sinon, définissez-le pour Rasa et pour ce serveur).",
            file=sys.stderr,
        )
        return 2
    logging_setup.configure(args.log_level.upper())
    from rasa_sdk import utils as sdk_utils
    from rasa_sdk.plugin import plugin_manager

    sdk_utils.update_sanic_log_level()
    app = create_app(token, args.actions)
    plugin_manager().hook.attach_sanic_app_extensions(app=app)
    logger.info("action server listening on http://%s:%s", host, port)
    run_options: dict[str, Any] = {"workers": sdk_utils.number_of_sanic_workers(), "access_log": False}
    app.run(host, port, **run_options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
