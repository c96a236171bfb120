"""Validation of the FAQ files for editors: ``python -m bot faq check``.

Checks everything that would make the assistant train badly or answer wrongly:
structure (see :mod:`bot.faq.entries`), duplicate ids, too few examples, an example used
twice, and near-duplicate examples across entries that would confuse the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.faq.entries import FaqEntry, Problem, derivation_problems, fold_quote, read_faq_files
from bot.language.normalize import normalize
from bot.settings import FAQ_DIR, ROOT

#: The official document, as extracted from the PDF (derived answers must quote it).
SOURCE_DOCUMENT = ROOT / "docs" / "source" / "faq-1-emploi-1-formation.txt"

MIN_EXAMPLES = 15
NEAR_DUPLICATE_SCORE = 92.0


@dataclass(frozen=True)
class CheckReport:
    entries: list[FaqEntry]
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_faq(directory: Path = FAQ_DIR, min_examples: int = MIN_EXAMPLES, document: Path = SOURCE_DOCUMENT) -> CheckReport:
    """Run every check on the FAQ files of ``directory``."""
    entries, problems = read_faq_files(directory)
    problems += _duplicate_ids(entries)
    problems += _example_counts(entries, min_examples)
    problems += _same_section_per_file(entries)
    problems += _repeated_examples(entries)
    problems += _near_duplicates(entries)
    problems += derivation_problems(entries)
    problems += _against_document(entries, document)
    problems.sort(key=lambda p: (str(p.file), p.line))
    return CheckReport(entries, problems)


def _against_document(entries: list[FaqEntry], document: Path) -> list[Problem]:
    """What the official document must still say, word for word (read once): every derived answer, and every
    official entry's question unless marked ``question_from_editors`` (the source line cites it as the document's)."""
    text = fold_quote(document.read_text(encoding="utf-8"))
    quotes = [
        Problem(e.file, e.line, f"la citation n'est plus dans le document officiel ({document.name}) : « {e.answer[:60]}… »", e.id)
        for e in entries
        if e.derived_from is not None and fold_quote(e.answer) not in text
    ]
    questions = [
        Problem(e.file, e.line, f"la question n'est pas celle du document officiel ({document.name}) : recopiez-la, "
                "ou marquez l'entrée « question_from_editors: true » si le document n'en pose pas", e.id)
        for e in entries
        if e.derived_from is None and not e.question_from_editors and fold_quote(e.question) not in text
    ]
    return quotes + questions


def _duplicate_ids(entries: list[FaqEntry]) -> list[Problem]:
    first: dict[str, FaqEntry] = {}
    problems = []
    for entry in entries:
        if entry.id in first:
            other = first[entry.id]
            problems.append(
                Problem(entry.file, entry.line, f"identifiant en double (déjà utilisé dans {other.file.name}, ligne {other.line})", entry.id)
            )
        else:
            first[entry.id] = entry
    return problems


def _example_counts(entries: list[FaqEntry], minimum: int) -> list[Problem]:
    return [
        Problem(e.file, e.line, f"trop peu d'exemples : {len(e.examples)} (au moins {minimum})", e.id)
        for e in entries
        if len(e.examples) < minimum
    ]


def _same_section_per_file(entries: list[FaqEntry]) -> list[Problem]:
    first_section: dict[Path, str] = {}
    problems = []
    for entry in entries:
        expected = first_section.setdefault(entry.file, entry.section)
        if entry.section != expected:
            problems.append(
                Problem(entry.file, entry.line, f"section « {entry.section} » différente de celle du fichier (« {expected} ») : une section par fichier", entry.id)
            )
    return problems


def _example_line(entry: FaqEntry, index: int) -> int:
    return entry.example_lines[index] if index < len(entry.example_lines) else entry.line


def _repeated_examples(entries: list[FaqEntry]) -> list[Problem]:
    seen: dict[str, tuple[FaqEntry, int]] = {}
    problems = []
    for entry in entries:
        for index, example in enumerate(entry.examples):
            key = normalize(example)
            line = _example_line(entry, index)
            if key in seen:
                other, other_line = seen[key]
                where = "plus haut dans la même entrée" if other.id == entry.id else f"dans l'entrée « {other.id} » ({other.file.name}, ligne {other_line})"
                problems.append(Problem(entry.file, line, f"exemple « {example} » déjà présent {where}", entry.id))
            else:
                seen[key] = (entry, line)
    return problems


def _near_duplicates(entries: list[FaqEntry]) -> list[Problem]:
    """Examples of two different entries that are almost the same sentence."""
    items = [(entry, index, normalize(ex)) for entry in entries for index, ex in enumerate(entry.examples)]
    choices = [text for _, _, text in items]
    problems = []
    reported: set[tuple[int, int]] = set()
    for i, (entry, index, text) in enumerate(items):
        if len(text) < 12:
            continue  # very short keyword examples legitimately look alike
        for _, score, j in process.extract(text, choices, scorer=fuzz.ratio, score_cutoff=NEAR_DUPLICATE_SCORE, limit=None):
            other, other_index, other_text = items[j]
            if other.id == entry.id or text == other_text or (j, i) in reported:
                continue
            reported.add((i, j))
            problems.append(
                Problem(
                    entry.file,
                    _example_line(entry, index),
                    f"exemple « {entry.examples[index]} » presque identique (score {score:.0f}) à « {other.examples[other_index]} » "
                    f"de l'entrée « {other.id} » : le modèle ne pourra pas les distinguer",
                    entry.id,
                )
            )
    return problems


IDS_DOCUMENT = ROOT / "docs" / "faq-ids.md"


def ids_table(entries: list[FaqEntry]) -> str:
    """docs/faq-ids.md, derived from the FAQ files (``python -m bot faq ids``)."""
    official = sum(1 for e in entries if not e.derived_from)
    lines = [
        "# Identifiants des entrées de la FAQ",
        "",
        "<!-- Fichier produit par `python -m bot faq ids` à partir de data/faq : ne pas le modifier à la main. -->",
        "",
        f"Table de référence des {len(entries)} entrées ({official} questions du document officiel et "
        f"{len(entries) - official} réponses dérivées, citées mot pour mot d'une autre réponse). Les",
        "identifiants servent aux boutons, aux statistiques et aux fichiers d'évaluation :",
        "ne jamais renommer un identifiant existant.",
        "",
        "| fichier | id | question canonique | citée de |",
        "|---|---|---|---|",
    ]
    lines += [f"| {e.file.name} | {e.id} | {e.question} | {e.derived_from or ''} |" for e in entries]
    return "\n".join(lines) + "\n"


def format_report(report: CheckReport) -> str:
    """French summary for the terminal."""
    lines = [str(p) for p in report.problems]
    total_examples = sum(len(e.examples) for e in report.entries)
    if report.ok:
        lines.append(f"FAQ valide : {len(report.entries)} entrées, {total_examples} exemples.")
    else:
        lines.append(f"{len(report.problems)} problème(s) à corriger dans la FAQ ({len(report.entries)} entrées lues).")
    return "\n".join(lines)
