"""``python -m bot staff add-user NAME --role agent|editor|admin``: accounts of the console.

The password is never an argument (it would stay in the shell's history and in
``ps``): typed twice at a prompt, or read as two lines from standard input when
it is not a terminal (for scripts).
"""

from __future__ import annotations

import getpass
import sys
from typing import TextIO

from bot import settings
from bot.console import texts
from bot.console.store import AccountError, ConsoleStore


def read_password(stdin: TextIO) -> str | None:
    """The password typed twice (None when the two differ); raise AccountError when standard input lacks a line."""
    if stdin.isatty():
        first, second = getpass.getpass(texts.PASSWORD_PROMPT), getpass.getpass(texts.PASSWORD_AGAIN)
    else:
        lines = [stdin.readline(), stdin.readline()]
        if not lines[0] or not lines[1]:
            raise AccountError(texts.PASSWORD_STDIN_NEEDED)
        first, second = (line.rstrip("\r\n") for line in lines)
    return first if first == second else None


def cli_add_user(name: str, role: str, stdin: TextIO | None = None, store: ConsoleStore | None = None) -> int:
    try:
        password = read_password(stdin or sys.stdin)
        if password is None:
            print(texts.PASSWORDS_DIFFER, file=sys.stderr)
            return 1
        console = store or ConsoleStore()
        user = console.add_user(name, role, password)
    except AccountError as error:
        print(error, file=sys.stderr)
        return 1
    print(texts.USER_CREATED.format(name=user.name, role=texts.ROLE_LABELS[user.role], port=settings.web_port()))
    return 0
