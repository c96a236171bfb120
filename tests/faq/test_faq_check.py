"""``python -m bot faq check`` finds every kind of editor mistake, with file and line."""

from __future__ import annotations

from pathlib import Path

from bot.cli import main
from bot.faq.check import check_faq

ENTRY = """\
  - id: {id}
    section: "3. Nature des formations"
    question: "Question {id} ?"
    question_from_editors: true
    answer: "Réponse {id}."
    examples:
{examples}
"""


def _examples(prefix: str, count: int) -> str:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet",
             "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"]
    return "\n".join(f'      - "{prefix} {words[i]} {i * 7919 % 97} question numero {i}"' for i in range(count))


def _line_of(directory: Path, needle: str, occurrence: int = 1) -> int:
    lines = (directory / "03-test.yml").read_text(encoding="utf-8").splitlines()
    found = [i + 1 for i, line in enumerate(lines) if needle in line]
    return found[occurrence - 1]


def _write(tmp_path: Path, body: str) -> Path:
    (tmp_path / "03-test.yml").write_text("faq:\n" + body, encoding="utf-8")
    return tmp_path


def test_the_real_faq_passes(capsys) -> None:
    assert main(["faq", "check"]) == 0
    from bot.faq.entries import load_faq

    assert f"FAQ valide : {len(load_faq().entries)} entrées" in capsys.readouterr().out


def test_a_clean_file_passes(tmp_path: Path) -> None:
    body = ENTRY.format(id="un", examples=_examples("chat", 15)) + ENTRY.format(id="deux", examples=_examples("velo", 15))
    assert check_faq(_write(tmp_path, body)).ok


def test_missing_field_is_reported_with_its_line(tmp_path: Path) -> None:
    body = ENTRY.format(id="un", examples=_examples("chat", 15)).replace('    answer: "Réponse un."\n', "")
    report = check_faq(_write(tmp_path, body))
    assert [str(p) for p in report.problems] == [f"{tmp_path / '03-test.yml'}:2 [un] champ obligatoire manquant ou vide : « answer »"]


def test_duplicate_id(tmp_path: Path) -> None:
    body = ENTRY.format(id="un", examples=_examples("chat", 15)) + ENTRY.format(id="un", examples=_examples("velo", 15))
    problems = check_faq(_write(tmp_path, body)).problems
    assert len(problems) == 1 and "identifiant en double" in problems[0].message
    assert problems[0].line == _line_of(tmp_path, "- id: un", occurrence=2)


def test_too_few_examples(tmp_path: Path) -> None:
    problems = check_faq(_write(tmp_path, ENTRY.format(id="un", examples=_examples("chat", 14)))).problems
    assert [p.message for p in problems] == ["trop peu d'exemples : 14 (au moins 15)"]


def test_example_used_by_two_entries_names_both(tmp_path: Path) -> None:
    second = _examples("velo", 14) + '\n      - "Chat  ALPHA 0 question numero 0"'
    body = ENTRY.format(id="un", examples=_examples("chat", 15)) + ENTRY.format(id="deux", examples=second)
    problems = check_faq(_write(tmp_path, body)).problems
    assert len(problems) == 1
    assert problems[0].entry_id == "deux" and problems[0].line == _line_of(tmp_path, "Chat  ALPHA")
    assert "déjà présent dans l'entrée « un »" in problems[0].message


def test_near_duplicate_examples_across_entries(tmp_path: Path) -> None:
    second = _examples("velo", 15) + '\n      - "chat alpha 0 question numero 0 !"'.replace("numero", "numéro")
    body = ENTRY.format(id="un", examples=_examples("chat", 15)) + ENTRY.format(id="deux", examples=second)
    problems = check_faq(_write(tmp_path, body)).problems
    assert any("presque identique" in p.message for p in problems) or any("déjà présent" in p.message for p in problems)
    second = _examples("velo", 15) + '\n      - "chat alpha 0 question numero 1"'
    body = ENTRY.format(id="un", examples=_examples("chat", 15)) + ENTRY.format(id="deux", examples=second)
    problems = check_faq(_write(tmp_path, body)).problems
    assert len(problems) == 1 and "presque identique" in problems[0].message
    reported, other = ("un", "deux") if problems[0].entry_id == "un" else ("deux", "un")
    assert f"de l'entrée « {other} »" in problems[0].message and reported in ("un", "deux")


def test_broken_yaml_gives_the_line(tmp_path: Path) -> None:
    (tmp_path / "01-x.yml").write_text('faq:\n  - id: un\n    question: "pas fermée\n', encoding="utf-8")
    problems = check_faq(tmp_path).problems
    assert len(problems) == 1 and problems[0].message.startswith("YAML illisible") and problems[0].line >= 3


def test_wrong_top_level_key(tmp_path: Path) -> None:
    (tmp_path / "01-x.yml").write_text("questions:\n  - id: un\n", encoding="utf-8")
    assert "« faq: »" in check_faq(tmp_path).problems[0].message


def test_bad_id_and_unknown_field(tmp_path: Path) -> None:
    body = ENTRY.format(id="Mauvais-Id", examples=_examples("chat", 15)).replace("    answer:", "    reponse: x\n    answer:")
    messages = sorted(p.message for p in check_faq(_write(tmp_path, body)).problems)
    assert any("snake_case" in m for m in messages) and any("champ inconnu : « reponse »" in m for m in messages)


def test_cli_exit_code_on_problems(tmp_path: Path, capsys) -> None:
    _write(tmp_path, ENTRY.format(id="un", examples=_examples("chat", 3)))
    assert main(["faq", "check", "--directory", str(tmp_path)]) == 1
    assert "problème(s) à corriger" in capsys.readouterr().out


SOURCE = """\
  - id: source
    section: "3. Nature des formations"
    question: "Quelle différence avec l'AFPR ?"
    question_from_editors: true
    answer: "La durée est plus souple. La formation est 100% prise en charge par la Région, il n'y a pas de limitation de montant."
    examples:
{examples}
"""


def _derived(answer: str, source: str = "source") -> str:
    return ENTRY.format(id="cout", examples=_examples("velo", 15)).replace(
        '    answer: "Réponse cout."\n', f'    derived_from: {source}\n    answer: "{answer}"\n'
    )


def _document(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_derived_answer_quoting_its_source_and_the_document_passes(tmp_path: Path) -> None:
    quote = "La formation est 100% prise en charge par la Région, il n'y a pas de limitation de montant."
    body = SOURCE.format(examples=_examples("chat", 15)) + _derived(quote)
    # The PDF's text breaks lines and uses typographic apostrophes: both are tolerated.
    document = _document(tmp_path, "La formation est 100% prise\n\nen charge par la Région, il n’y a pas de limitation de montant.")
    report = check_faq(_write(tmp_path, body), document=document)
    assert report.ok, report.problems
    entry = next(e for e in report.entries if e.id == "cout")
    assert entry.derived_from == "source"


def test_a_derived_answer_that_is_not_a_quote_is_reported(tmp_path: Path) -> None:
    body = SOURCE.format(examples=_examples("chat", 15)) + _derived("La formation est gratuite.")
    report = check_faq(_write(tmp_path, body), document=_document(tmp_path, "La formation est gratuite."))
    assert [p.message for p in report.problems] == [
        "la réponse n'est plus une citation exacte de la réponse de « source » : recopiez la phrase telle quelle"
    ]


def test_a_quote_gone_from_the_document_is_reported(tmp_path: Path) -> None:
    quote = "La formation est 100% prise en charge par la Région, il n'y a pas de limitation de montant."
    body = SOURCE.format(examples=_examples("chat", 15)) + _derived(quote)
    report = check_faq(_write(tmp_path, body), document=_document(tmp_path, "Une autre version du document."))
    assert len(report.problems) == 1 and "n'est plus dans le document officiel" in report.problems[0].message


def test_a_derived_entry_needs_an_existing_source(tmp_path: Path) -> None:
    body = _derived("Texte.", source="inconnue")
    report = check_faq(_write(tmp_path, body), document=_document(tmp_path, "Texte."))
    assert [p.message for p in report.problems] == ["« derived_from » : aucune entrée d'origine « inconnue »"]


def test_derived_entries_of_the_real_faq_cite_their_source(faq) -> None:
    derived = [e for e in faq if e.derived_from]
    assert {e.id for e in derived} >= {"cout_formation", "departements_couverts", "remise_a_niveau"}
    cost = faq.get("cout_formation")
    assert "100% prise en charge par la Région" in cost.answer
    assert cost.answer_with_source.endswith("extrait de la réponse à « Quelle différence avec l'AFPR et la POEI ? »")


def test_ids_table_is_derived_and_fresh(faq) -> None:
    from bot.faq.check import IDS_DOCUMENT, ids_table

    assert IDS_DOCUMENT.read_text(encoding="utf-8") == ids_table(list(faq)), "lancez `python -m bot faq ids`"


def test_a_quote_may_space_the_equals_sign_as_the_document_does_not() -> None:
    # The PDF writes « 1 emploi =1 formation » once; the entries write « 1 emploi = 1 formation ».
    from bot.faq.entries import fold_quote

    assert fold_quote("« 1 emploi =1 formation » n’est pas") == fold_quote("« 1 emploi = 1 formation » n'est pas")


def test_a_question_written_by_the_editors_is_never_cited_as_the_documents(faq) -> None:  # type: ignore[no-untyped-def]
    # « extrait de la réponse à « Quels employeurs peuvent bénéficier du dispositif ? » »: the document
    # asks no such question (fourth blind user test, 2026-11-30).
    opening = faq.get("employeurs_concernes")
    assert opening.question_from_editors
    quoting = [e for e in faq if e.derived_from == "employeurs_concernes"]
    assert quoting and all("extrait d'un paragraphe de cette section" in e.source and opening.question not in e.source for e in quoting)


def test_an_official_question_must_be_the_documents(tmp_path, faq) -> None:  # type: ignore[no-untyped-def]
    from bot.faq.check import _against_document

    document = tmp_path / "doc.txt"
    document.write_text("Y a-t-il une limite de nombre de salarié ?", encoding="utf-8")
    entries = [faq.get("limite_nombre_salaries"), faq.get("types_de_contrat"), faq.get("employeurs_concernes")]
    assert [p.entry_id for p in _against_document(entries, document)] == ["types_de_contrat"]


def _with_topic(paragraph_with: str, words: str = '["intérim"]') -> str:
    entry = ENTRY.format(id="un", examples=_examples("chat", 15)).replace(
        '    answer: "Réponse un."\n',
        "    answer: |-\n      Ouvert à tous.\n\n      Les CDI intérimaires sont éligibles.\n"
        f'    paragraphs_on_a_topic:\n      - paragraph_with: "{paragraph_with}"\n        said_when_named: {words}\n',
    )
    return entry + ENTRY.format(id="deux", examples=_examples("velo", 15))


def test_a_paragraph_on_a_topic_names_one_paragraph_of_its_answer(tmp_path: Path) -> None:
    """``paragraphs_on_a_topic`` (the employers' paragraph on temporary work, said only when the message names it: forty-second
    blind user test) must name words of exactly one paragraph, and list the words that call it."""
    assert check_faq(_write(tmp_path, _with_topic("intérimaires"))).ok
    # (words found in no paragraph, words in both paragraphs, no words to call it)
    for wrong in [_with_topic("introuvable"), _with_topic("s"), _with_topic("intérimaires", "[]")]:
        report = check_faq(_write(tmp_path, wrong))
        assert [p for p in report.problems if "paragraph" in p.message], [str(p) for p in report.problems]


def test_the_paragraph_on_a_topic_is_said_only_when_the_message_names_it(faq) -> None:  # type: ignore[no-untyped-def]
    """The employers' answer without its temporary-work paragraph to « une mairie peut-elle en bénéficier ? », with it to a
    message about temporary work (words read from data/faq, accents and case ignored)."""
    from bot.faq.replies import answer_for

    entry = faq.get("employeurs_concernes")
    assert entry.topic_paragraphs, "the employers' entry lists its paragraph on temporary work"
    paragraph = next(p for p in entry.answer.split("\n\n") if entry.topic_paragraphs[0].paragraph_with in p)
    assert paragraph not in answer_for(entry, "une mairie peut-elle en bénéficier ?")
    assert answer_for(entry, "une mairie peut-elle en bénéficier ?").endswith(entry.source)
    for text in ["une agence d'interim peut en profiter ?", "et pour un CDII ?", "on est une ETT", "INTERIMAIRES aussi ?"]:
        assert answer_for(entry, text) == entry.answer_with_source, text
