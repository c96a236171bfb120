"""Talking to the assistant in a terminal: ``python -m bot chat`` (messages in French).

For staff who test by hand. The bot's buttons are numbered (``[1] CDI  [2] CDD``)
and typing a number sends that button's payload; ``/recommencer`` starts a new
conversation (new sender id), ``/quitter``, Ctrl-D or Ctrl-C leave.

Without ``--url``, the action server and the Rasa server are started in the
background exactly as the tests do (:meth:`bot.serving.runner.Services.isolated`:
free ports, a throw-away tracker and data folder) and stopped on exit.
"""

from __future__ import annotations

import re
import sys
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.serving import rest_client

QUIT_COMMANDS = {"/quitter", "/quit", "/exit"}
RESTART_COMMANDS = {"/recommencer", "/restart"}
HELP_COMMANDS = {"/aide", "/help"}
GOODBYE = "Au revoir."
HELP = (
    "Tapez votre message puis Entrée. Quand l'assistant propose des boutons [1], [2]…, tapez leur numéro.\n"
    "Pour envoyer un nombre tel quel alors que des boutons sont affichés, mettez-le entre guillemets : \"44\".\n"
    "/recommencer : nouvelle conversation · /quitter (ou Ctrl-D) : sortir · /aide : ce message"
)
_NUMBER = re.compile(r"^\d{1,4}$")
_QUOTED = re.compile(r'^(?:"(?P<a>.*)"|«\s*(?P<b>.*?)\s*»)$')


class ChatError(RuntimeError):
    """The assistant could not be reached or answered with an error."""


def new_sender() -> str:
    return f"terminal-{uuid.uuid4().hex[:12]}"


class RestSession:
    """``send(message)`` to a running Rasa over REST, as one sender; ``restart()`` changes the sender."""

    def __init__(self, base_url: str, sender_factory: Callable[[], str] = new_sender) -> None:
        self.base_url = base_url
        self._sender_factory = sender_factory
        self.sender = sender_factory()

    def __call__(self, message: str) -> list[dict[str, Any]]:
        try:
            status, messages = rest_client.send(self.base_url, self.sender, message)
        except OSError as error:  # connection refused, timeout…
            raise ChatError(f"L'assistant ne répond pas à {self.base_url} ({getattr(error, 'reason', error)}).") from error
        if status != 200:
            raise ChatError(f"L'assistant a répondu par une erreur (HTTP {status}).")
        return messages

    def restart(self) -> None:
        self.sender = self._sender_factory()


def format_messages(messages: list[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """The lines to show for one reply of the bot, and its buttons in display order (numbered from 1)."""
    lines: list[str] = []
    buttons: list[dict[str, Any]] = []
    for message in messages:
        text = message.get("text")
        if text:
            first, *rest = str(text).splitlines() or [""]
            lines.append(f"Assistant : {first}")
            lines += [f"            {line}" if line else "" for line in rest]
        if message.get("image"):
            lines.append(f"Assistant : (image : {message['image']})")
        if message.get("attachment"):
            lines.append(f"Assistant : (pièce jointe : {message['attachment']})")
        if message.get("custom") is not None and not text:
            lines.append("Assistant : (contenu non affichable dans le terminal)")
        shown = []
        for button in message.get("buttons") or []:
            buttons.append(button)
            shown.append(f"[{len(buttons)}] {button.get('title') or button.get('payload', '')}")
        if shown:
            lines.append("            " + "  ".join(shown))
    if not lines:
        lines.append("Assistant : (pas de réponse)")
    return lines, buttons


def chat(
    send: Callable[[str], list[dict]],
    read: Callable[[], str],
    write: Callable[[str], None],
    restart: Callable[[], None] | None = None,
) -> None:
    """Terminal conversation: ``read`` a line, ``send`` it, ``write`` the bot's answer; until /quitter or end of input.

    ``restart`` starts a new conversation (a new sender id); when not given,
    ``send.restart`` is used if ``send`` has one (see :class:`RestSession`).
    """
    if restart is None:
        restart = getattr(send, "restart", None)
    buttons: list[dict[str, Any]] = []
    write(HELP)
    try:
        while True:
            try:
                line = read()
            except EOFError:
                break
            text = line.strip()
            if not text:
                continue
            command = text.lower()
            if command in QUIT_COMMANDS:
                break
            if command in HELP_COMMANDS:
                write(HELP)
                continue
            if command in RESTART_COMMANDS:
                if restart is not None:
                    restart()
                buttons = []
                write("Nouvelle conversation.")
                continue

            quoted = _QUOTED.match(text)
            if quoted:
                message = quoted["a"] if quoted["a"] is not None else quoted["b"]
            elif _NUMBER.match(text) and buttons:
                number = int(text)
                if not 1 <= number <= len(buttons):
                    write(
                        f"Il n'y a pas de bouton n° {number} : choisissez un numéro de 1 à {len(buttons)}, "
                        f"ou tapez \"{text}\" (entre guillemets) pour l'envoyer tel quel."
                    )
                    continue
                button = buttons[number - 1]
                message = str(button.get("payload") or button.get("title") or "")
                write(f"(bouton « {button.get('title') or message} »)")
            else:
                message = text
            if not message.strip():
                continue

            try:
                reply = send(message)
            except ChatError as error:
                write(f"{error} Réessayez ou tapez /quitter.")
                continue
            lines, buttons = format_messages(reply)
            for shown in lines:
                write(shown)
    except KeyboardInterrupt:
        pass
    write(GOODBYE)


def _read_line() -> str:
    return input("Vous : ")


def cli_chat(args: Any) -> int:
    """``python -m bot chat [--url URL]``: talk to the assistant in the terminal; exit code."""
    url = getattr(args, "url", None)
    if url:
        session = RestSession(url)
        print(f"Conversation avec l'assistant de {url}.")
        chat(session, _read_line, print)
        return 0

    from bot.serving.runner import Services
    from bot.settings import MODEL_FILE

    model = MODEL_FILE
    if not model.exists():
        print("Aucun modèle entraîné : lancez « python -m bot train » (ou « make run ») d'abord.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="bot-chat-") as work:
        work_dir = Path(work)
        services = Services.isolated(work_dir, model)
        print("Démarrage de l'assistant…", flush=True)
        try:
            services.start()
            try:
                seconds = services.wait_ready(timeout=300)
            except (RuntimeError, TimeoutError) as error:
                print(f"L'assistant n'a pas pu démarrer : {error}\n{services.log_tail()}", file=sys.stderr)
                return 1
            print(f"Assistant prêt en {seconds:.0f} s (conversations non conservées).")
            chat(RestSession(services.rasa_url), _read_line, print)
        except KeyboardInterrupt:
            print(GOODBYE)
        finally:
            services.stop()
    return 0
