"""The import rule that the folders of ``bot/`` show (README, « Architecture »).

Product logic (what the Region's scheme is, and how an employer's words are
read) never depends on Rasa nor on the tools built around it, so that it can be
tested, reused and read without them. Every import counts, including the ones
made inside a function.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.settings import ROOT

BOT_DIR = ROOT / "bot"

#: Product logic: knows nothing of Rasa, of servers or of staff tools.
PRODUCT = ("settings", "language", "extractors", "faq", "eligibility", "submission", "dialogue")
#: Built around the product: they may import it, never the reverse.
ADAPTERS = ("rasa_plugins", "serving", "staff", "quality", "console", "cli", "__main__")
#: Third-party packages reserved to the adapters and to ``actions/``.
RASA_PACKAGES = ("rasa", "rasa_sdk", "sanic", "socketio", "engineio")
#: For the two lowest layers, the only project packages they may import.
LOWER_LAYERS = {
    "language": {"settings", "language"},
    "extractors": {"settings", "language", "extractors"},
}


def _package(path: Path) -> str:
    """``bot/faq/router.py`` → ``faq``; ``bot/settings.py`` → ``settings``."""
    return path.relative_to(BOT_DIR).with_suffix("").parts[0]


def _imports(path: Path, bot_dir: Path = BOT_DIR) -> list[tuple[int, str]]:
    """Every absolute module name imported by ``path`` (relative imports resolved)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    module_parts = ("bot", *path.relative_to(bot_dir).with_suffix("").parts)
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module_parts[: len(module_parts) - node.level]
                if path.name == "__init__.py":
                    base = module_parts[: len(module_parts) - node.level + 1]
                name = ".".join((*base, node.module)) if node.module else ".".join(base)
            else:
                name = node.module or ""
            found.append((node.lineno, name))
            if name == "bot":  # « from bot import faq »
                found += [(node.lineno, f"bot.{alias.name}") for alias in node.names]
    return found


def _modules() -> list[Path]:
    return sorted(p for p in BOT_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_module_belongs_to_a_known_layer() -> None:
    unknown = sorted({_package(p) for p in _modules()} - set(PRODUCT) - set(ADAPTERS) - {"__init__"})
    assert not unknown, f"Add these to PRODUCT or ADAPTERS (and to the README's picture): {unknown}"


@pytest.mark.parametrize("path", [p for p in _modules() if _package(p) in PRODUCT], ids=lambda p: str(p.relative_to(ROOT)))
def test_product_logic_imports_neither_rasa_nor_the_adapters(path: Path) -> None:
    package = _package(path)
    wrong = []
    for line, name in _imports(path):
        top = name.split(".")[0]
        if top in RASA_PACKAGES or top == "actions":
            wrong.append(f"{line}: {name}")
        elif top == "bot" and "." in name:
            target = name.split(".")[1]
            if target in ADAPTERS:
                wrong.append(f"{line}: {name}")
            elif package in LOWER_LAYERS and target not in LOWER_LAYERS[package]:
                wrong.append(f"{line}: {name} (the {package} layer sits below {target})")
    assert not wrong, f"{path.relative_to(ROOT)} imports above its layer:\n" + "\n".join(wrong)


def test_bot_never_imports_the_actions() -> None:
    wrong = [f"{p.relative_to(ROOT)}:{line}" for p in _modules() for line, name in _imports(p) if name.split(".")[0] == "actions"]
    assert not wrong


def test_the_rule_catches_a_violation(tmp_path: Path) -> None:
    """The scanner sees imports made inside functions and relative ones."""
    sample = tmp_path / "faq" / "sample.py"
    sample.parent.mkdir()
    sample.write_text("def f():\n    from rasa.shared import x\n    from ..serving import runner\n    from bot import staff\n", encoding="utf-8")
    names = [name for _, name in _imports(sample, tmp_path)]
    assert names == ["rasa.shared", "bot.serving", "bot", "bot.staff"]


@pytest.mark.parametrize("package", [p for p in (*PRODUCT, *ADAPTERS) if (BOT_DIR / p).is_dir()])
def test_every_subpackage_says_what_it_owns_and_may_import(package: str) -> None:
    doc = ast.get_docstring(ast.parse((BOT_DIR / package / "__init__.py").read_text(encoding="utf-8"))) or ""
    assert len(doc.split()) >= 25, f"bot/{package}/__init__.py needs a paragraph: what it owns, what it may import"
    assert "import" in doc, f"bot/{package}/__init__.py should say what it may import"


#: The request's dialogue, from the bottom up: each module imports only those before it
#: (bot/submission/__init__.py says what each one owns).
REQUEST_DIALOGUE = ("form_slots", "mentions", "questions", "after_sending", "recap", "dialogue")


@pytest.mark.parametrize("module", REQUEST_DIALOGUE)
def test_the_request_dialogue_modules_import_only_those_below_them(module: str) -> None:
    below = set(REQUEST_DIALOGUE[: REQUEST_DIALOGUE.index(module)])
    above = set(REQUEST_DIALOGUE) - below - {module}
    path = BOT_DIR / "submission" / f"{module}.py"
    wrong = [f"{line}: {name}" for line, name in _imports(path) if name.startswith("bot.submission.") and name.split(".")[2] in above]
    assert not wrong, f"{path.relative_to(ROOT)} imports a module above it:\n" + "\n".join(wrong)
