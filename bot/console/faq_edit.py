"""Adding an example to the FAQ or to the out-of-scope examples, as an editor would by hand.

The files are edited with ruamel.yaml in round-trip mode: comments, key order,
quoting and line breaks are kept, and only the new line appears in the diff
(the project's files load and dump back byte for byte, a test checks it). The
read-modify-write of a file holds an exclusive lock (``fcntl``) on a lock file
beside it in the var folder, so that two editors adding examples at the same
moment both land. After an FAQ edit, ``faq check`` runs: if the new example
brings a problem the files did not have before (a duplicate, a near duplicate
of another entry's example…), the file is put back as it was and the problems
are returned.
"""

from __future__ import annotations

import difflib
import fcntl
import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from bot import settings
from bot.faq.check import check_faq
from bot.faq.parse import OUT_OF_SCOPE_INTENT
from bot.language.normalize import normalize

MAX_EXAMPLE_LENGTH = 300


class EditError(ValueError):
    """The example cannot be added (message in French)."""


@dataclass(frozen=True)
class EditResult:
    file: Path
    added: bool  # False: the example was already there (nothing written)
    diff: str
    check_ok: bool = True
    problems: tuple[str, ...] = ()


def _yaml() -> YAML:
    yaml = YAML()
    yaml.preserve_quotes = True  # type: ignore[assignment]
    yaml.width = 4096  # type: ignore[assignment]  # ruamel's stub says None
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(data: Any) -> str:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    return buffer.getvalue()


@contextmanager
def locked(name: str) -> Iterator[None]:
    """An exclusive lock shared by every process of this machine (the console runs threads, maybe several servers)."""
    folder = settings.var_dir()
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{name}.lock", "a", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def clean_example(text: str) -> str:
    example = " ".join(text.split())
    if not example:
        raise EditError("L'exemple est vide.")
    if len(example) > MAX_EXAMPLE_LENGTH:
        raise EditError(f"L'exemple est trop long ({MAX_EXAMPLE_LENGTH} caractères au plus).")
    if "[masqué]" in example:
        raise EditError("L'exemple contient une donnée masquée : réécrivez-le sans elle.")
    return example


def _append(items: Any, value: object) -> None:
    """Append to a round-trip list, keeping the blank line or comment that followed its last item after the new one."""
    comments = items.ca.items
    last = len(items) - 1
    items.append(value)
    if last in comments:
        comments[last + 1] = comments.pop(last)


def _diff(path: Path, before: str, after: str) -> str:
    name = f"{path.parent.name}/{path.name}"
    return "".join(difflib.unified_diff(before.splitlines(True), after.splitlines(True), f"a/{name}", f"b/{name}", n=2))


def _problems(faq_dir: Path) -> list[str]:
    """``faq check``'s problems, without line numbers (an added line moves the ones below it)."""
    return [f"{p.file.name if isinstance(p.file, Path) else p.file} : {p.message}" for p in check_faq(faq_dir).problems]


def add_faq_example(faq_dir: Path, faq_id: str, text: str) -> EditResult:
    """Append ``text`` to the examples of the entry ``faq_id``; undo it if ``faq check`` finds a new problem."""
    example = clean_example(text)
    with locked("faq-edit"):
        for path in sorted(faq_dir.glob("*.yml")):
            before = path.read_text(encoding="utf-8")
            if f"id: {faq_id}" not in before:
                continue
            data = _yaml().load(before)
            entry = next((e for e in (data or {}).get("faq") or [] if e.get("id") == faq_id), None)
            if entry is None:
                continue
            examples = entry.get("examples")
            if examples is None:
                raise EditError("Cette entrée n'a pas de liste d'exemples.")
            if any(normalize(str(e)) == normalize(example) for e in examples):
                return EditResult(path, False, "")
            known = _problems(faq_dir)
            _append(examples, DoubleQuotedScalarString(example))
            after = _dump(data)
            path.write_text(after, encoding="utf-8")
            new = [p for p in _problems(faq_dir) if p not in known]
            if new:
                path.write_text(before, encoding="utf-8")
                return EditResult(path, False, _diff(path, before, after), check_ok=False, problems=tuple(new))
            return EditResult(path, True, _diff(path, before, after))
    raise EditError(f"Entrée de FAQ inconnue : « {faq_id} ».")


def add_out_of_scope_example(nlu_file: Path, text: str) -> EditResult:
    """Append ``text`` to the ``out_of_scope`` examples (a literal block of ``- `` lines)."""
    example = clean_example(text)
    with locked("nlu-edit"):
        before = nlu_file.read_text(encoding="utf-8")
        data = _yaml().load(before)
        block = next((b for b in (data or {}).get("nlu") or [] if b.get("intent") == OUT_OF_SCOPE_INTENT), None)
        if block is None:
            raise EditError(f"Aucun bloc « {OUT_OF_SCOPE_INTENT} » dans {nlu_file.name}.")
        lines = str(block["examples"]).splitlines()
        if any(normalize(line.lstrip("- ")) == normalize(example) for line in lines):
            return EditResult(nlu_file, False, "")
        block["examples"] = LiteralScalarString("\n".join([*lines, f"- {example}"]) + "\n")
        after = _dump(data)
        nlu_file.write_text(after, encoding="utf-8")
    return EditResult(nlu_file, True, _diff(nlu_file, before, after))
