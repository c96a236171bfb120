"""Every sentence and button the assistant says lives in ``bot/dialogue/messages.py``.

The scan looks, in ``bot/`` and ``actions/``, for string literals that the
employer would read: the text of ``utter_message``, the values of ``"text"``
keys and the titles of buttons. Left out: the messages module itself,
the staff and quality tools (their output is for the Region's staff, on a
terminal or in a report), and text derived from data (FAQ answers, rules'
explanations, labels of contracts and places), which is not a literal.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from bot.settings import ROOT

MESSAGES = ROOT / "bot" / "dialogue" / "messages.py"
#: Tools whose output is read by the Region's staff, not said to employers.
STAFF_TOOLS = ("bot/staff/", "bot/quality/", "bot/cli.py", "bot/__main__.py")
SAID_KEYWORDS = ("text",)
#: Words for a reader: two words with a space, or a capitalised word (« Oui », « CDI »); not a key (« value »).
_WORDS = re.compile(r"[^\W\d_]{2,}\s+[^\W\d_]|^\W*[^\W\d_a-zà-ÿ][^\W\d_]")


def _sources() -> list[Path]:
    files = sorted([*(ROOT / "bot").rglob("*.py"), *(ROOT / "actions").rglob("*.py")])
    return [p for p in files if p != MESSAGES and not str(p.relative_to(ROOT)).startswith(STAFF_TOOLS)]


def _words(node: ast.AST) -> list[str]:
    """String literals with words for a reader in them, anywhere under ``node`` (f-strings included)."""
    return [n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str) and _WORDS.search(n.value)]


def said_literals(source: str) -> list[tuple[int, str]]:
    """(line, literal) of every sentence written in code rather than named from the messages module."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", None)) == "utter_message":
            values = [*node.args, *(k.value for k in node.keywords if k.arg in SAID_KEYWORDS)]
            found += [(node.lineno, s) for value in values for s in _words(value)]
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            # A button's title is said; a JSON Schema's « title » is not (a button has a payload).
            said = {"text", "title"} if "payload" in keys else {"text"}
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and key.value in said:
                    found += [(value.lineno, s) for s in _words(value)]
    return found


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_sentence_is_written_outside_the_messages_module(path: Path) -> None:
    found = said_literals(path.read_text(encoding="utf-8"))
    assert not found, f"Move these to bot/dialogue/messages.py and refer to them by name ({path.relative_to(ROOT)}):\n" + "\n".join(
        f"  {line}: {text!r}" for line, text in found
    )


def test_the_scan_sees_inline_sentences() -> None:
    sample = '''
def run(dispatcher, reference):
    dispatcher.utter_message(text="Merci ! Posez-moi une question.")
    dispatcher.utter_message(text=f"Votre référence : {reference}", buttons=[{"title": "Oui", "payload": "oui"}])
    reply = {"text": "C'est corrigé. " + reference}
    ok = {"text": messages.CORRECTED, "buttons": [messages.CHECK_BUTTON], "response": "utter_greet", "payload": "/help"}
'''
    assert sorted(text for _, text in said_literals(sample)) == sorted([
        "Merci ! Posez-moi une question.",
        "Votre référence : ",
        "Oui",
        "C'est corrigé. ",
    ])


def test_each_button_is_defined_once() -> None:
    """A button written twice drifts (the « Vérifier mon éligibilité » button was written four times)."""
    tree = ast.parse(MESSAGES.read_text(encoding="utf-8"))
    buttons = Counter(_title_payload(node) for node in ast.walk(tree) if isinstance(node, ast.Dict) and _title_payload(node) is not None)
    assert [button for button, count in buttons.items() if count > 1] == []


def _title_payload(node: ast.Dict) -> tuple[str, str] | None:
    pairs = {k.value: v for k, v in zip(node.keys, node.values, strict=True) if isinstance(k, ast.Constant)}
    title, payload = pairs.get("title"), pairs.get("payload")
    if isinstance(title, ast.Constant) and isinstance(payload, ast.Constant):
        return (str(title.value), str(payload.value))
    return None


def test_each_name_of_the_messages_module_is_assigned_once() -> None:
    """A second ``TAKEN_FROM_EARLIER`` replaced the first one silently, and the check's sentence lost its field (2026-12-03)."""
    tree = ast.parse(MESSAGES.read_text(encoding="utf-8"))
    names = Counter(
        target.id
        for node in tree.body
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else [])
        if isinstance(target, ast.Name)
    )
    assert [name for name, count in names.items() if count > 1] == []
