"""The FAQ data itself: complete, faithful to the official document."""

from __future__ import annotations

import re
from pathlib import Path

from bot.faq.entries import Faq
from bot.settings import ROOT

SOURCE = ROOT / "docs" / "source" / "faq-1-emploi-1-formation.txt"
URL = re.compile(r"https?://\S+")
# PDF-extraction defects corrected in data/faq (and only those).
EXTRACTION_FIXES = {"mettre ne place": "mettre en place", "1emploi": "1 emploi", "=1 formation": "= 1 formation"}


def _flat(text: str) -> str:
    for wrong, right in EXTRACTION_FIXES.items():
        text = text.replace(wrong, right)
    text = text.replace("’", "'")
    return re.sub(r"\s+", " ", text).strip()


def test_every_question_of_the_document_is_an_entry(faq: Faq) -> None:
    official = [e for e in faq if not e.derived_from]  # derived entries quote an official answer (see faq check)
    assert len(official) == 28
    assert len(set(faq.ids)) == len(faq)
    source = _flat(SOURCE.read_text(encoding="utf-8"))
    for entry in official:
        if entry.id == "employeurs_concernes":
            continue  # the section-1 introduction has no question in the document
        assert _flat(entry.question).rstrip(" ?") in source.replace("=1", "= 1"), entry.id


def test_answers_are_verbatim_from_the_document(faq: Faq) -> None:
    source = _flat(SOURCE.read_text(encoding="utf-8"))
    source_urls = set(URL.findall(SOURCE.read_text(encoding="utf-8")))
    for entry in faq:
        for paragraph in entry.answer.split("\n"):
            for url in URL.findall(paragraph):
                assert url in source_urls, (entry.id, url)
            text = _flat(URL.sub("", paragraph)).strip(" :•")
            for sentence in filter(None, (s.strip(" :•") for s in re.split(r"(?<=[.?!])\s+", text))):
                if sentence in ("Rendez-vous sur", "Lien du formulaire de contact"):
                    continue
                assert sentence in source, (entry.id, sentence)


def test_sections_follow_the_document(faq: Faq) -> None:
    numbers = [int(e.section_number) for e in faq]
    assert numbers == sorted(numbers)
    assert set(numbers) == set(range(1, 8))


def test_answers_end_with_their_source(faq: Faq) -> None:
    entry = faq.get("duree_formation")
    assert entry is not None
    assert entry.answer_with_source.endswith("Source : FAQ 1 emploi = 1 formation, § 3 Nature des formations")


def test_an_answer_said_is_traced_back_to_its_entry(faq: Faq) -> None:
    assert all(faq.answered_by(e.answer_with_source) == e.id for e in faq)
    assert faq.answered_by(faq.entries[0].answer) is None  # (without its source: another message)
    assert faq.answered_by("Bonjour") is None


def test_every_entry_has_enough_varied_examples(faq: Faq) -> None:
    for entry in faq:
        assert len(entry.examples) >= 15, entry.id
        assert len({e.lower() for e in entry.examples}) == len(entry.examples), entry.id


def test_the_cached_faq_follows_its_files(tmp_path: Path) -> None:
    import os
    import shutil

    from bot.faq.entries import cached_faq
    from bot.settings import FAQ_DIR

    for source in FAQ_DIR.glob("*.yml"):
        shutil.copy(source, tmp_path / source.name)
    first = cached_faq(tmp_path)
    assert cached_faq(tmp_path) is first  # unchanged files: not read again
    entry = first.ids[0]
    old = first.get(entry).answer.splitlines()[0]  # type: ignore[union-attr]
    edited = next(p for p in sorted(tmp_path.glob("*.yml")) if old in p.read_text(encoding="utf-8"))
    edited.write_text(edited.read_text(encoding="utf-8").replace(old, old + " (modifié)", 1), encoding="utf-8")
    os.utime(edited, ns=(edited.stat().st_atime_ns, edited.stat().st_mtime_ns + 1_000_000))
    assert cached_faq(tmp_path).get(entry).answer.startswith(old + " (modifié)")  # type: ignore[union-attr]


def test_what_the_assistant_quotes_of_the_document_is_in_it() -> None:
    """A sentence of bot/dialogue/messages.py that quotes the official FAQ (« … ») quotes it word for word."""
    from bot.dialogue import messages

    source = _flat(SOURCE.read_text(encoding="utf-8"))
    quoting = [messages.ALTERNANCE_DIFFERENCE]
    for sentence in quoting:
        quotes = re.findall(r"« (.+?) »", sentence)
        assert quotes, sentence
        for quote in quotes:
            assert _flat(quote) in source, quote
