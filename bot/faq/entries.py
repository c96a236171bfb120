"""The FAQ as data: loading ``data/faq/*.yml`` into typed entries.

Each file holds one section of the official document under a top-level ``faq:``
list. Loading keeps the line of every entry so that problems can be reported to
FAQ editors as ``file:line``. Cross-entry checks live in :mod:`bot.faq.check`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

import yaml

from bot.language.normalize import unify_punctuation
from bot.settings import FAQ_DIR, ROOT

SCHEME_NAME = "1 emploi = 1 formation"
REQUIRED_FIELDS = ("id", "section", "question", "answer", "examples")
#: offer_check: true → after this answer, offer the guided eligibility check.
#: derived_from: <id> → the answer quotes a sentence of that entry's answer verbatim
#: (a fact employers ask about on its own, such as the cost); ``faq check`` proves the quote.
#: question_from_editors: true → the document gives this answer without a question (the paragraph that opens
#: § 1): the question was written by the editors, so it is never cited as the document's.
#: paragraphs_on_a_topic: [{paragraph_with: <words of one paragraph>, said_when_named: [<words>, …]}] → that paragraph of
#: the answer is said only when the message names one of the words (word starts, accents and case ignored): the
#: employers' answer says nothing of temporary work to « une mairie peut-elle en bénéficier ? ».
OPTIONAL_FIELDS = ("offer_check", "derived_from", "question_from_editors", "paragraphs_on_a_topic")
ID_PATTERN = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SECTION_PATTERN = re.compile(r"^(?P<number>\d+)\.\s+(?P<title>.+)$")
LINE_KEY = "__line__"


@dataclass(frozen=True)
class Problem:
    """One defect found in an FAQ file, phrased for an FAQ editor."""

    file: Path
    line: int
    message: str
    entry_id: str | None = None

    def __str__(self) -> str:
        where = f"{_display_path(self.file)}:{self.line}"
        who = f" [{self.entry_id}]" if self.entry_id else ""
        return f"{where}{who} {self.message}"


@dataclass(frozen=True)
class TopicParagraph:
    """A paragraph of an answer about one topic (found by ``paragraph_with``), said only when the message names one of
    ``said_when_named``."""

    paragraph_with: str
    said_when_named: tuple[str, ...]


@dataclass(frozen=True)
class FaqEntry:
    """One official question and its answer, with the phrasings used to train."""

    id: str
    section: str
    question: str
    answer: str
    examples: tuple[str, ...]
    file: Path
    line: int
    example_lines: tuple[int, ...] = field(default=(), compare=False)
    offer_check: bool = False
    derived_from: str | None = None
    question_from_editors: bool = False
    #: Paragraphs said only when the message names their topic (``paragraphs_on_a_topic``).
    topic_paragraphs: tuple[TopicParagraph, ...] = ()
    #: The question of the entry the answer is quoted from, as the document asks it (set when the FAQ
    #: is loaded; None when the document gives that answer without a question).
    source_question: str | None = field(default=None, compare=False)

    @property
    def section_number(self) -> str:
        match = SECTION_PATTERN.match(self.section)
        return match.group("number") if match else ""

    @property
    def section_title(self) -> str:
        match = SECTION_PATTERN.match(self.section)
        return match.group("title") if match else self.section

    @property
    def source(self) -> str:
        """Citation appended to every answer the assistant gives."""
        citation = f"Source : FAQ {SCHEME_NAME}, § {self.section_number} {self.section_title}"
        if self.source_question:
            citation += f", extrait de la réponse à « {self.source_question} »"
        elif self.derived_from:
            citation += ", extrait d'un paragraphe de cette section"
        return citation

    @property
    def answer_with_source(self) -> str:
        return f"{self.answer.strip()}\n\n{self.source}"


def answer_paragraphs(text: str) -> list[str]:
    """The paragraphs of an answer (split at blank lines), stripped."""
    return [p.strip() for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def training_texts(entry: FaqEntry) -> list[str]:
    """The entry's examples, plus its canonical question when not already one."""
    texts = list(entry.examples)
    if entry.question.casefold() not in {t.casefold() for t in texts}:
        texts.append(entry.question)
    return texts


class FaqError(ValueError):
    """Raised when the FAQ files cannot be turned into entries."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Faq:
    """All entries of the FAQ, in document order."""

    entries: tuple[FaqEntry, ...]
    _by_id: dict[str, FaqEntry] = field(init=False, repr=False, compare=False)
    _by_answer: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {e.id: e for e in self.entries})
        object.__setattr__(self, "_by_answer", {e.answer_with_source: e.id for e in self.entries})

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[FaqEntry]:
        return iter(self.entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def get(self, entry_id: str) -> FaqEntry | None:
        return self._by_id.get(entry_id)

    @property
    def ids(self) -> list[str]:
        return [e.id for e in self.entries]

    def answered_by(self, said: str) -> str | None:
        """The entry whose answer (with its source) is exactly ``said``, the text of one message of the assistant, or some of
        its paragraphs with its source (an answer said without a paragraph off the question: bot.faq.replies.answer_for)."""
        if (whole := self._by_answer.get(said)) is not None:
            return whole
        body, _, source = (said or "").rpartition("\n\n")
        paragraphs = answer_paragraphs(body)
        for entry in self.entries if paragraphs else ():
            if entry.source == source and all(p in answer_paragraphs(entry.answer) for p in paragraphs):
                return entry.id
        return None


class _LineLoader(yaml.SafeLoader):
    """SafeLoader that records the line (1-based) of every mapping."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = cast("dict[str, Any]", loader.construct_mapping(node, deep=True))  # FAQ keys are field names (others are reported)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


def _construct_sequence(loader: _LineLoader, node: yaml.SequenceNode) -> list[Any]:
    items = loader.construct_sequence(node, deep=True)
    # Remember where each scalar item sits, for per-example messages.
    return _LinedList(items, [child.start_mark.line + 1 for child in node.value])


class _LinedList(list):
    def __init__(self, items: list[Any], lines: list[int]):
        super().__init__(items)
        self.lines = lines


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def faq_files(directory: Path = FAQ_DIR) -> list[Path]:
    """The FAQ files in the order of the document (file names are numbered)."""
    return sorted(p for p in directory.glob("*.yml") if p.is_file())


def read_faq_files(directory: Path = FAQ_DIR) -> tuple[list[FaqEntry], list[Problem]]:
    """Parse every FAQ file; return the well-formed entries and the problems found."""
    entries: list[FaqEntry] = []
    problems: list[Problem] = []
    files = faq_files(directory)
    if not files:
        problems.append(Problem(directory, 0, "aucun fichier de FAQ (*.yml) dans ce dossier"))
    for path in files:
        file_entries, file_problems = _read_file(path)
        entries.extend(file_entries)
        problems.extend(file_problems)
    return entries, problems


def _read_file(path: Path) -> tuple[list[FaqEntry], list[Problem]]:
    try:
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark else 0
        return [], [Problem(path, line, f"YAML illisible : {getattr(error, 'problem', error)}")]
    except UnicodeDecodeError:
        return [], [Problem(path, 0, "le fichier n'est pas encodé en UTF-8")]
    if not isinstance(document, dict) or not isinstance(document.get("faq"), list):
        return [], [Problem(path, 1, "le fichier doit commencer par la clé « faq: » suivie d'une liste d'entrées")]
    entries: list[FaqEntry] = []
    problems: list[Problem] = []
    for raw in document["faq"]:
        entry, entry_problems = _parse_entry(path, raw)
        problems.extend(entry_problems)
        if entry is not None:
            entries.append(entry)
    return entries, problems


def _parse_entry(path: Path, raw: Any) -> tuple[FaqEntry | None, list[Problem]]:
    if not isinstance(raw, dict):
        return None, [Problem(path, 0, "chaque entrée doit être un bloc « - id: … »")]
    line = int(raw.get(LINE_KEY, 0))
    entry_id = raw.get("id") if isinstance(raw.get("id"), str) else None
    problems: list[Problem] = []

    def problem(message: str) -> None:
        problems.append(Problem(path, line, message, entry_id))

    for name in REQUIRED_FIELDS:
        if name not in raw or raw[name] in (None, "", []):
            problem(f"champ obligatoire manquant ou vide : « {name} »")
    unknown = sorted(k for k in raw if k not in REQUIRED_FIELDS + OPTIONAL_FIELDS and k != LINE_KEY)
    for name in unknown:
        problem(f"champ inconnu : « {name} » (attendus : {', '.join(REQUIRED_FIELDS + OPTIONAL_FIELDS)})")
    if "offer_check" in raw and not isinstance(raw["offer_check"], bool):
        problem("le champ « offer_check » vaut true ou false")
    if "question_from_editors" in raw and not isinstance(raw["question_from_editors"], bool):
        problem("le champ « question_from_editors » vaut true ou false")
    if "derived_from" in raw and not (isinstance(raw["derived_from"], str) and ID_PATTERN.match(raw["derived_from"])):
        problem("le champ « derived_from » donne l'identifiant de l'entrée dont la réponse est citée")
    topic_paragraphs = _topic_paragraphs(raw.get("paragraphs_on_a_topic"), raw.get("answer"), problem)
    for name in ("id", "section", "question", "answer"):
        if name in raw and raw[name] not in (None, "") and not isinstance(raw[name], str):
            problem(f"le champ « {name} » doit être un texte")
    if entry_id is not None and not ID_PATTERN.match(entry_id):
        problem("l'identifiant doit être en snake_case (minuscules, chiffres, « _ »)")
    section = raw.get("section")
    if isinstance(section, str) and not SECTION_PATTERN.match(section):
        problem("la section doit avoir la forme « 3. Nature des formations »")
    examples = raw.get("examples")
    if examples is not None and not isinstance(examples, list):
        problem("le champ « examples » doit être une liste")
        examples = None
    example_lines: list[int] = []
    if isinstance(examples, list):
        lines = getattr(examples, "lines", [line] * len(examples))
        for example, example_line in zip(examples, lines, strict=True):
            if not isinstance(example, str) or not example.strip():
                problems.append(Problem(path, example_line, "exemple vide ou qui n'est pas un texte", entry_id))
        example_lines = [ln for ex, ln in zip(examples, lines, strict=True) if isinstance(ex, str) and ex.strip()]
        examples = [ex.strip() for ex in examples if isinstance(ex, str) and ex.strip()]
    if problems:
        return None, problems
    return (
        FaqEntry(
            id=raw["id"],
            section=raw["section"].strip(),
            question=raw["question"].strip(),
            answer=raw["answer"].strip(),
            examples=tuple(examples or ()),
            file=path,
            line=line,
            example_lines=tuple(example_lines),
            offer_check=bool(raw.get("offer_check", False)),
            derived_from=raw.get("derived_from"),
            question_from_editors=raw.get("question_from_editors") is True,
            topic_paragraphs=topic_paragraphs,
        ),
        [],
    )


def _topic_paragraphs(raw: Any, answer: Any, problem: Callable[[str], None]) -> tuple[TopicParagraph, ...]:
    """The ``paragraphs_on_a_topic`` of an entry, each naming words of exactly one paragraph of its answer."""
    if raw is None:
        return ()
    shape = "le champ « paragraphs_on_a_topic » est une liste de blocs « paragraph_with: … » et « said_when_named: [ … ] »"
    if not isinstance(raw, list):
        problem(shape)
        return ()
    found: list[TopicParagraph] = []
    paragraphs = answer_paragraphs(answer) if isinstance(answer, str) else []
    for item in raw:
        words = item.get("said_when_named") if isinstance(item, dict) else None
        with_words = item.get("paragraph_with") if isinstance(item, dict) else None
        if not (isinstance(with_words, str) and with_words.strip() and isinstance(words, list) and words
                and all(isinstance(w, str) and w.strip() for w in words)):
            problem(shape)
            continue
        if sum(1 for p in paragraphs if with_words in p) != 1 or len(paragraphs) < 2:
            problem(f"« paragraph_with: {with_words} » doit se trouver dans un seul des paragraphes de la réponse, qui en a plusieurs")
            continue
        found.append(TopicParagraph(with_words, tuple(w.strip() for w in words)))
    return tuple(found)


def load_faq(directory: Path = FAQ_DIR) -> Faq:
    """Load the FAQ, raising :class:`FaqError` on any structural problem or duplicate id."""
    entries, problems = read_faq_files(directory)
    seen: dict[str, FaqEntry] = {}
    for entry in entries:
        if entry.id in seen:
            problems.append(
                Problem(entry.file, entry.line, f"identifiant en double (déjà utilisé ligne {seen[entry.id].line} de {_display_path(seen[entry.id].file)})", entry.id)
            )
        seen.setdefault(entry.id, entry)
    problems += derivation_problems(entries)
    if problems:
        raise FaqError(problems)
    return Faq(tuple(with_source_questions(entries)))


def with_source_questions(entries: list[FaqEntry]) -> list[FaqEntry]:
    """Derived entries, each given the question of the entry it quotes."""
    by_id = {e.id: e for e in entries}
    return [
        replace(e, source_question=None if by_id[e.derived_from].question_from_editors else by_id[e.derived_from].question)
        if e.derived_from in by_id else e
        for e in entries
    ]


def fold_quote(text: str) -> str:
    """Text compared for quotes: apostrophes, dashes and white space unified (the PDF breaks lines,
    and writes « 1 emploi =1 formation » as well as « 1 emploi = 1 formation »).

    Not :func:`bot.language.normalize.fold`: a quote must keep its case and
    accents word for word, only the typography may differ.
    """
    return " ".join(_EQUALS.sub(" = ", unify_punctuation(text)).split())


_EQUALS = re.compile(r"\s*=\s*")


def derivation_problems(entries: list[FaqEntry]) -> list[Problem]:
    """A derived entry must quote, word for word, the answer of an existing, non-derived entry."""
    by_id = {e.id: e for e in entries}
    problems = []
    for entry in entries:
        if entry.derived_from is None:
            continue
        source = by_id.get(entry.derived_from)
        if source is None or source.derived_from is not None:
            problems.append(Problem(entry.file, entry.line, f"« derived_from » : aucune entrée d'origine « {entry.derived_from} »", entry.id))
        elif fold_quote(entry.answer) not in fold_quote(source.answer):
            problems.append(Problem(entry.file, entry.line, f"la réponse n'est plus une citation exacte de la réponse de « {source.id} » : recopiez la phrase telle quelle", entry.id))
    return problems


@lru_cache(maxsize=4)
def _cached_faq(directory: Path, signature: tuple[tuple[str, int, int], ...]) -> Faq:
    return load_faq(directory)


def cached_faq(directory: Path = FAQ_DIR) -> Faq:
    """The FAQ, loaded again only when one of its files changed (name, size or time):
    the answers an editor changed in the console are said as soon as the file is saved."""
    signature = tuple(sorted((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in directory.glob("*.yml")))
    return _cached_faq(directory, signature)


def _display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)
