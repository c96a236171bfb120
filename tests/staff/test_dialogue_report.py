"""The French report of the test dialogues (bot/staff/dialogue_report.py)."""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path

import pytest
import yaml

from bot.settings import ROOT
from bot.staff import dialogue_report
from bot.staff.dialogue_report import (
    DialogueReport,
    FailedDialogue,
    action_label,
    first_failure,
    parse_failed_stories,
    read_results,
    render_markdown,
    run_dialogue_tests,
)

ORIGINAL_STORIES = """\
version: "3.1"
stories:
  - story: Salutation puis au revoir
    steps:
      - user: |
          bonjour
        intent: greet
      - action: utter_goodbye
  - story: "Vérification : question de FAQ au milieu"
    steps:
      - user: |
          je veux vérifier mon éligibilité
        intent: check_eligibility
      - action: action_start_eligibility
      - action: eligibility_form
      - active_loop: eligibility_form
      - user: |
          CDI
        intent: inform
      - action: eligibility_form
      - user: |
          combien de temps dure une formation ?
        intent: faq/duree_formation
      - action: utter_faq
"""

# As Rasa writes it: story names carry their file, wrong steps a "# predicted:" comment.
FAILED_STORIES = """\
version: "3.1"
stories:
- story: Salutation puis au revoir ({path})
  steps:
  - intent: greet
  - action: utter_goodbye  # predicted: utter_greet
  - action: action_listen  # predicted: action_answer_faq
- story: 'Vérification : question de FAQ au milieu ({path})'
  steps:
  - intent: check_eligibility
  - action: action_start_eligibility
  - action: eligibility_form
  - active_loop: eligibility_form
  - slot_was_set:
    - requested_slot: contract_type
  - intent: inform
  - action: eligibility_form
  - intent: faq/duree_formation
  - action: utter_faq  # predicted: eligibility_form after action_unlikely_intent
  - action: action_listen
"""


@pytest.fixture
def sample(tmp_path: Path) -> tuple[Path, Path]:
    stories = tmp_path / "dialogues"
    stories.mkdir()
    source = stories / "test_sample.yml"
    source.write_text(ORIGINAL_STORIES, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "failed_test_stories.yml").write_text(FAILED_STORIES.format(path=source), encoding="utf-8")
    (out / "story_report.json").write_text(
        json.dumps({"conversation_accuracy": {"accuracy": 0.6, "correct": 3, "with_warnings": 0, "total": 5}}), encoding="utf-8"
    )
    return stories, out


def test_parse_keeps_names_files_and_predictions(sample) -> None:
    stories_dir, out = sample
    parsed = parse_failed_stories((out / "failed_test_stories.yml").read_text(encoding="utf-8"))
    assert [s.name for s in parsed] == ["Salutation puis au revoir", "Vérification : question de FAQ au milieu"]
    assert all(s.source == str(stories_dir / "test_sample.yml") for s in parsed)
    first = parsed[0]
    assert [step.data for step in first.steps] == [{"intent": "greet"}, {"action": "utter_goodbye"}, {"action": "action_listen"}]
    assert first.steps[1].predicted == "utter_greet"
    assert first.steps[1].predicted_key == "action"
    assert first.steps[0].predicted is None
    # nested slot_was_set steps stay one step
    assert {"slot_was_set": [{"requested_slot": "contract_type"}]} in [step.data for step in parsed[1].steps]


def test_first_failure_turn_expected_actual_and_message(sample) -> None:
    _, out = sample
    first, second = (first_failure(s) for s in parse_failed_stories((out / "failed_test_stories.yml").read_text(encoding="utf-8")))
    assert (first.turn, first.expected, first.actual, first.user_message) == (1, "utter_goodbye", "utter_greet", "bonjour")
    assert first.later_errors == 1
    assert (second.turn, second.expected, second.actual) == (3, "utter_faq", "eligibility_form")
    assert second.user_message == "combien de temps dure une formation ?"
    assert second.later_errors == 0


def test_misunderstood_message_is_reported_as_intent() -> None:
    text = """\
stories:
- story: Remerciement (tests/dialogues/absent.yml)
  steps:
  - intent: greet
  - action: utter_greet
  - user: |-
      merci beaucoup
    intent: goodbye  # predicted: thank: merci beaucoup
  - action: utter_goodbye
"""
    failure = first_failure(parse_failed_stories(text)[0])
    assert (failure.kind, failure.turn, failure.expected, failure.actual) == ("intent", 2, "goodbye", "thank")
    assert failure.source == "tests/dialogues/absent.yml"
    assert failure.user_message is None  # the file does not exist


def test_read_results_and_markdown(sample) -> None:
    stories_dir, out = sample
    report = read_results(out, stories=stories_dir)
    assert (report.total, report.passed, len(report.failed)) == (5, 3, 2)
    assert not report.ok
    assert report.summary() == "5 dialogues, 3 réussis, 2 en échec"
    markdown = render_markdown(report)
    assert "**5 dialogues, 3 réussis, 2 en échec.**" in markdown
    assert "### 1. « Salutation puis au revoir »" in markdown
    assert "test_sample.yml" in markdown
    assert "- Tour : 1 (1er message de l'employeur)" in markdown
    assert "- Message de l'employeur : « bonjour »" in markdown
    assert "- Attendu : dire au revoir (`utter_goodbye`)" in markdown
    assert "- L'assistant a fait : saluer (`utter_greet`)" in markdown
    assert "- Tour : 3 (3e message de l'employeur)" in markdown
    assert "- Attendu : donner la réponse de FAQ (`utter_faq`)" in markdown
    assert "poser la question suivante de la vérification (`eligibility_form`)" in markdown


def test_all_passed(tmp_path: Path) -> None:
    (tmp_path / "failed_test_stories.yml").write_text("# None of the test stories failed - all good!", encoding="utf-8")
    (tmp_path / "story_report.json").write_text(json.dumps({"conversation_accuracy": {"correct": 4, "total": 4}}), encoding="utf-8")
    report = read_results(tmp_path)
    assert report.ok and report.summary() == "4 dialogues, 4 réussis, 0 en échec"
    assert "Tous les dialogues se déroulent comme prévu." in render_markdown(report)


def test_action_labels() -> None:
    assert action_label("utter_faq") == "donner la réponse de FAQ"
    assert action_label("eligibility_form") == "poser la question suivante de la vérification"
    assert action_label("action_eligibility_verdict") == "donner le verdict"
    assert action_label("action_ask_department") == "demander le lieu du poste"
    assert action_label("utter_faq/duree_formation") == "donner la réponse de FAQ « duree_formation »"
    assert action_label("action_inconnue") == "action_inconnue"


def test_cli_writes_report_and_exit_code(tmp_path: Path, monkeypatch, capsys) -> None:
    failure = FailedDialogue("Dialogue faux", "tests/dialogues/test_x.yml", 1, "action", "utter_goodbye", "utter_greet", "bonjour")
    results = {"failed": [failure]}

    def fake_run(model: Path, stories: Path, out_dir: Path) -> DialogueReport:
        assert out_dir == tmp_path / "dialogues-rasa"
        failed = results["failed"]
        return DialogueReport(total=2, passed=2 - len(failed), failed=failed, stories=stories, model=model)

    monkeypatch.setattr(dialogue_report, "run_dialogue_tests", fake_run)
    output = tmp_path / "dialogues.md"
    args = Namespace(stories="tests/dialogues", model="models/current.tar.gz", output=str(output))
    assert dialogue_report.cli_dialogues(args) == 1
    printed = capsys.readouterr().out
    assert "2 dialogues, 1 réussi, 1 en échec." in printed
    assert str(output) in printed or "dialogues.md" in printed
    assert "« Dialogue faux »" in output.read_text(encoding="utf-8")

    results["failed"] = []
    assert dialogue_report.cli_dialogues(args) == 0


def test_missing_model_is_a_french_error(tmp_path: Path, capsys) -> None:
    args = Namespace(stories=str(tmp_path), model=str(tmp_path / "absent.tar.gz"), output=str(tmp_path / "r.md"))
    assert dialogue_report.cli_dialogues(args) == 1
    assert "Modèle introuvable" in capsys.readouterr().err


@pytest.mark.model
def test_report_on_a_real_run(trained_model, tmp_path: Path) -> None:
    faq_dialogues = yaml.safe_load((ROOT / "tests" / "dialogues" / "test_faq.yml").read_text(encoding="utf-8"))
    correct = faq_dialogues["stories"][0]
    wrong = {
        "story": "Au revoir au lieu de bonjour",
        "steps": [{"user": "bonjour\n", "intent": "greet"}, {"action": "utter_goodbye"}],
    }
    stories = tmp_path / "dialogues"
    stories.mkdir()
    (stories / "test_sample.yml").write_text(
        yaml.safe_dump({"version": "3.1", "stories": [correct, wrong]}, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )

    report = run_dialogue_tests(trained_model, stories, tmp_path / "out")

    assert (report.total, report.passed) == (2, 1), report
    [failure] = report.failed
    assert failure.name == "Au revoir au lieu de bonjour"
    assert Path(failure.source).name == "test_sample.yml"
    assert (failure.turn, failure.expected, failure.actual, failure.user_message) == (1, "utter_goodbye", "utter_greet", "bonjour")
    markdown = render_markdown(report)
    assert "**2 dialogues, 1 réussi, 1 en échec.**" in markdown
    assert "« Au revoir au lieu de bonjour »" in markdown
    assert "- Tour : 1 (1er message de l'employeur)" in markdown
    assert "(`utter_goodbye`)" in markdown and "(`utter_greet`)" in markdown
