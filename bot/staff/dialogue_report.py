"""Readable report of the test dialogues: ``python -m bot dialogues`` (messages in French).

Runs ``rasa test core`` on the test dialogues (without ``--fail-on-prediction-errors``,
so every dialogue is evaluated), then turns what Rasa writes in its output folder
into a Markdown report for Region staff:

- ``story_report.json``: ``conversation_accuracy`` gives the number of dialogues
  and how many were entirely correct;
- ``failed_test_stories.yml``: every failed dialogue, named ``<story> (<file>)``,
  where a wrong step carries a comment ``# predicted: <what the model did>``;
- ``stories_with_warnings.yml``: dialogues that passed with a warning.

Only the first wrong step of a dialogue is reported in detail: the later ones
are usually its consequences.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from bot.settings import MODEL_FILE, ROOT

DEFAULT_STORIES = ROOT / "tests" / "dialogues"
DEFAULT_OUTPUT = ROOT / "reports" / "dialogues.md"
RASA_OUTPUT_FILES = ("failed_test_stories.yml", "stories_with_warnings.yml", "story_report.json")
RASA_LOG = "rasa-test.log"

# Plain French for the actions staff meet in the dialogues (see docs/guide-dialogues.md).
ACTION_LABELS = {
    "action_listen": "attendre le message suivant de l'employeur",
    "utter_faq": "donner la réponse de FAQ",
    "action_answer_faq": "répondre à la question de FAQ (ou proposer les questions proches)",
    "action_record_feedback": "enregistrer l'avis 👍/👎",
    "action_start_eligibility": "commencer la vérification d'éligibilité",
    "eligibility_form": "poser la question suivante de la vérification",
    "validate_eligibility_form": "vérifier la réponse donnée pendant la vérification",
    "action_eligibility_verdict": "donner le verdict",
    "action_cancel_form": "annuler la démarche en cours",
    "action_start_submission": "commencer l'intention d'embauche",
    "hiring_intent_form": "poser la question suivante de l'intention d'embauche",
    "validate_hiring_intent_form": "vérifier la réponse donnée pendant l'intention d'embauche",
    "action_submission_recap": "terminer l'intention d'embauche (envoi confirmé, ou consentement refusé)",
    "action_submit_hiring_intent": "envoyer l'intention d'embauche",
    "action_correct_field": "corriger une réponse de l'intention d'embauche",
    "utter_greet": "saluer",
    "utter_goodbye": "dire au revoir",
    "utter_thank": "répondre au remerciement",
    "action_thank": "répondre au remerciement (ou reproposer la demande)",
    "utter_iamabot": "dire qu'il est un assistant automatique",
    "action_help": "expliquer ce qu'il sait faire",
    "utter_out_of_scope": "décliner une question hors sujet",
    "utter_contact_pointer": "donner le contact de la Région",
    "action_nothing_to_cancel": "dire qu'il n'y a rien à annuler",
    "action_answer_offer": "accepter ou décliner la dernière proposition de l'assistant",
    "action_ask_submission_confirmed": "montrer le récapitulatif à confirmer",
    "action_default_fallback": "dire qu'il n'a pas compris",
    "action_restart": "recommencer la conversation",
}

# What ``action_ask_<slot>`` asks, for the questions of the two forms.
SLOT_LABELS = {
    "contract_type": "le type de contrat",
    "contract_duration": "la durée du contrat",
    "department": "le lieu du poste",
    "candidate_status": "la situation du candidat",
    "company_name": "le nom de l'entreprise",
    "siret": "le SIRET",
    "employer_type": "le type d'employeur",
    "work_location": "le lieu de travail",
    "job_title": "l'intitulé du poste",
    "positions": "le nombre de postes",
    "weekly_hours": "la durée hebdomadaire",
    "start_date": "la date d'embauche",
    "training_needs": "les besoins de formation",
    "derogation_justification": "la justification de la dérogation",
    "consent_at": "le consentement RGPD",
    "contact_name": "le nom du contact",
    "contact_email": "l'e-mail du contact",
    "contact_phone": "le téléphone du contact",
}

_STORY_LINE = re.compile(r"^(?P<indent>\s*)-\s+story:\s*(?P<name>.*?)\s*$")
_ITEM_LINE = re.compile(r"^(?P<indent>\s*)-\s+(?P<rest>\S.*)$")
_KEY_LINE = re.compile(r"^\s*(?:-\s+)?(?P<key>[A-Za-z_][\w/]*)\s*:")
_PREDICTED = re.compile(r"#\s*predicted:\s*(?P<value>.+?)\s*$")
_NAME_AND_FILE = re.compile(r"^(?P<name>.*) \((?P<file>[^()]+)\)$")
_USER_KEYS = ("user", "intent", "or")


class DialogueTestError(RuntimeError):
    """Rasa could not evaluate the dialogues (missing model, invalid YAML…)."""


def action_label(name: str) -> str:
    """Plain French for an action name; unknown actions are shown as is."""
    if name in ACTION_LABELS:
        return ACTION_LABELS[name]
    if name.startswith("utter_faq/"):
        return f"donner la réponse de FAQ « {name.split('/', 1)[1]} »"
    if name.startswith("action_ask_"):
        slot = name.removeprefix("action_ask_")
        return f"demander {SLOT_LABELS.get(slot, f'« {slot} »')}"
    return name


def describe(kind: str, name: str) -> str:
    """« label (`name`) » for an action, what should be understood for a user message."""
    if kind == "intent":
        return f"comprendre le message comme `{name}`"
    if kind == "entity":
        return f"repérer `{name}`"
    label = action_label(name)
    return f"`{name}`" if label == name else f"{label} (`{name}`)"


@dataclass(frozen=True)
class ParsedStep:
    """One step of a story in ``failed_test_stories.yml``."""

    data: dict[str, Any]
    predicted: str | None = None  # what the model did, when this step is wrong
    predicted_key: str | None = None  # the key carrying the comment (action, intent, an entity…)

    @property
    def is_user(self) -> bool:
        return any(key in self.data for key in _USER_KEYS)


@dataclass(frozen=True)
class ParsedStory:
    name: str
    source: str | None
    steps: list[ParsedStep]


@dataclass
class FailedDialogue:
    """The first wrong step of a failed dialogue."""

    name: str
    source: str | None
    turn: int  # the Nth user message (1-based); 0 when wrong before the first message
    kind: str  # "action" (wrong action), "intent" (message misunderstood) or "entity"
    expected: str
    actual: str
    user_message: str | None = None
    later_errors: int = 0


@dataclass
class DialogueReport:
    total: int
    passed: int
    failed: list[FailedDialogue] = field(default_factory=list)
    with_warnings: int = 0
    stories: Path | None = None
    model: Path | None = None
    out_dir: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.failed and self.passed == self.total

    def summary(self) -> str:
        failed = self.total - self.passed
        text = f"{_plural(self.total, 'dialogue')}, {_plural(self.passed, 'réussi')}, {failed} en échec"
        if self.with_warnings:
            text += f" ({_plural(self.with_warnings, 'avertissement')})"
        return text


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count > 1 else ''}"


# --- Parsing Rasa's output --------------------------------------------------------------


def _split_name(raw: str) -> tuple[str, str | None]:
    """``"Name (path/file.yml)"`` → (name, path)."""
    name = _scalar(raw)
    match = _NAME_AND_FILE.match(name)
    if match:
        return match["name"], match["file"]
    return name, None


def _scalar(raw: str) -> str:
    try:
        value = yaml.safe_load(raw)
    except yaml.YAMLError:
        return raw.strip()
    return str(value) if value is not None else ""


def _parse_step(lines: list[str], indent: int) -> ParsedStep:
    """One step from its lines (the first one starts with ``- `` at ``indent``)."""
    first = lines[0]
    text = textwrap.dedent("\n".join([first[:indent] + " " + first[indent + 1:], *lines[1:]]))
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    if not isinstance(data, dict):
        data = {}
    predicted = predicted_key = None
    for line in lines:
        match = _PREDICTED.search(line)
        if match:
            predicted = match["value"]
            key = _KEY_LINE.match(line)
            predicted_key = key["key"] if key else None
            break
    return ParsedStep(data=data, predicted=predicted, predicted_key=predicted_key)


def parse_failed_stories(text: str) -> list[ParsedStory]:
    """Stories of ``failed_test_stories.yml``, keeping the ``# predicted:`` comments."""
    stories: list[ParsedStory] = []
    current: tuple[str, str | None] | None = None
    steps: list[ParsedStep] = []
    step_indent: int | None = None
    step_lines: list[str] = []
    in_steps = False

    def flush_step() -> None:
        nonlocal step_lines
        if step_lines and step_indent is not None:
            steps.append(_parse_step(step_lines, step_indent))
        step_lines = []

    def flush_story() -> None:
        nonlocal steps, step_indent, in_steps
        flush_step()
        if current is not None:
            stories.append(ParsedStory(name=current[0], source=current[1], steps=steps))
        steps, step_indent, in_steps = [], None, False

    for line in text.splitlines():
        story = _STORY_LINE.match(line)
        if story:
            flush_story()
            current = _split_name(story["name"])
            continue
        if current is None or not line.strip() or line.lstrip().startswith("#"):
            if step_lines and line.strip():
                step_lines.append(line)
            continue
        if not in_steps:
            in_steps = line.strip().startswith("steps:")
            continue
        item = _ITEM_LINE.match(line)
        indent = len(line) - len(line.lstrip())
        if item and (step_indent is None or len(item["indent"]) == step_indent):
            flush_step()
            step_indent = len(item["indent"])
            step_lines = [line]
        elif step_indent is not None and indent > step_indent:
            step_lines.append(line)
        else:  # a key of the story after its steps (metadata…)
            flush_step()
            in_steps = False
    flush_story()
    return stories


def _user_turns(story_steps: list[Any]) -> list[dict[str, Any]]:
    return [step for step in story_steps if isinstance(step, dict) and any(key in step for key in _USER_KEYS)]


def _story_file(source: str | None) -> Path | None:
    if not source:
        return None
    path = Path(source)
    if not path.is_absolute():
        path = ROOT / path
    return path if path.is_file() else None


def user_message(source: str | None, story_name: str, turn: int) -> str | None:
    """The text of the ``turn``-th user message of a story in its original file."""
    path = _story_file(source)
    if path is None or turn < 1:
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        return None
    for story in data.get("stories") or []:
        if isinstance(story, dict) and str(story.get("story")) == story_name:
            turns = _user_turns(story.get("steps") or [])
            if turn <= len(turns):
                text = turns[turn - 1].get("user")
                return str(text).strip() if text is not None else None
    return None


def _entity_value(data: dict[str, Any], name: str | None) -> str:
    for entity in data.get("entities") or []:
        if isinstance(entity, dict) and name in entity:
            return str(entity[name])
    return ""


def first_failure(story: ParsedStory) -> FailedDialogue | None:
    """Where the story first went wrong, or None if no step carries a prediction."""
    turn = 0
    failure: FailedDialogue | None = None
    for step in story.steps:
        if step.is_user:
            turn += 1
        if step.predicted is None:
            continue
        if failure is not None:
            failure.later_errors += 1
            continue
        if step.is_user and step.predicted_key in ("intent", "user", None):
            # "predicted: <intent>: <message as understood>"
            expected = str(step.data.get("intent") or "")
            actual = step.predicted.split(": ", 1)[0]
            kind = "intent"
        elif step.is_user:
            # an entity comment: "predicted: <entity>: <value>"
            expected = f"{step.predicted_key}: {_entity_value(step.data, step.predicted_key)}"
            actual = step.predicted
            kind = "entity"
        else:
            expected = str(step.data.get("action") or step.data.get("bot") or step.data.get("active_loop") or "")
            actual = step.predicted.removesuffix(" after action_unlikely_intent")
            kind = "action"
        failure = FailedDialogue(
            name=story.name,
            source=story.source,
            turn=turn,
            kind=kind,
            expected=expected,
            actual=actual,
            user_message=user_message(story.source, story.name, turn),
        )
    return failure


def _count_stories(stories: Path) -> int:
    files = [stories] if stories.is_file() else sorted(p for p in stories.rglob("*") if p.suffix in (".yml", ".yaml"))
    total = 0
    for path in files:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(data, dict):
            total += len(data.get("stories") or [])
    return total


def read_results(out_dir: Path, stories: Path | None = None, model: Path | None = None) -> DialogueReport:
    """Build the report from the files Rasa wrote in ``out_dir``."""
    failed_file = out_dir / "failed_test_stories.yml"
    parsed = parse_failed_stories(failed_file.read_text(encoding="utf-8")) if failed_file.exists() else []
    failures = []
    for story in parsed:
        failure = first_failure(story)
        if failure is None:  # listed as failed but no comment: report it anyway
            failure = FailedDialogue(story.name, story.source, 0, "action", "", "")
        failures.append(failure)

    total = passed = None
    with_warnings = 0
    report_file = out_dir / "story_report.json"
    if report_file.exists():
        accuracy = json.loads(report_file.read_text(encoding="utf-8")).get("conversation_accuracy") or {}
        total, passed = accuracy.get("total"), accuracy.get("correct")
        with_warnings = int(accuracy.get("with_warnings") or 0)
    if total is None:
        total = _count_stories(stories) if stories is not None else len(failures)
    if passed is None:
        passed = total - len(failures)
    return DialogueReport(
        total=int(total), passed=int(passed), failed=failures, with_warnings=with_warnings,
        stories=stories, model=model, out_dir=out_dir,
    )


# --- Markdown ---------------------------------------------------------------------------


def _display_path(path: Path | str | None) -> str:
    if path is None:
        return "(inconnu)"
    path = Path(path)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _turn_text(turn: int) -> str:
    if turn <= 0:
        return "avant le premier message de l'employeur"
    nth = "1er" if turn == 1 else f"{turn}e"
    return f"{turn} ({nth} message de l'employeur)"


def render_markdown(report: DialogueReport, when: datetime | None = None) -> str:
    when = when or datetime.now()
    lines = ["# Rapport des dialogues de test", ""]
    context = [f"Le {when:%d/%m/%Y à %H:%M}"]
    if report.stories is not None:
        context.append(f"dialogues : `{_display_path(report.stories)}`")
    if report.model is not None:
        context.append(f"modèle : `{_display_path(report.model)}`")
    lines += [" · ".join(context), "", f"**{report.summary()}.**", ""]

    if not report.failed:
        lines += ["Tous les dialogues se déroulent comme prévu.", ""]
        return "\n".join(lines)

    lines += ["## Dialogues en échec", ""]
    for index, failure in enumerate(report.failed, start=1):
        lines += [f"### {index}. « {failure.name} »", ""]
        lines.append(f"- Fichier : `{_display_path(failure.source) if failure.source else '(inconnu)'}`")
        lines.append(f"- Tour : {_turn_text(failure.turn)}")
        if failure.turn > 0:
            message = failure.user_message
            lines.append(f"- Message de l'employeur : « {' '.join(message.split())} »" if message else "- Message de l'employeur : (non précisé dans le dialogue)")
        if failure.expected or failure.actual:
            lines.append(f"- Attendu : {describe(failure.kind, failure.expected)}")
            if failure.kind == "intent":
                lines.append(f"- L'assistant a compris : `{failure.actual}`")
            elif failure.kind == "entity":
                lines.append(f"- L'assistant a repéré : `{failure.actual}`")
            else:
                lines.append(f"- L'assistant a fait : {describe(failure.kind, failure.actual)}")
        else:
            lines.append("- Détail indisponible : voir le fichier `failed_test_stories.yml` de Rasa.")
        if failure.later_errors:
            lines.append(
                f"- Puis {_plural(failure.later_errors, 'autre écart')} dans la suite du dialogue, "
                "en général une conséquence du premier."
            )
        lines.append("")

    lines += [
        "## Que faire ?",
        "",
        "- Si le dialogue de test décrit mal la conversation souhaitée, corrigez-le dans son fichier "
        "(voir `docs/guide-dialogues.md`).",
        "- Si c'est l'assistant qui se trompe, transmettez ce rapport à l'équipe technique.",
    ]
    if report.out_dir is not None:
        lines.append(f"- Résultats bruts de Rasa : `{_display_path(report.out_dir)}`.")
    lines.append("")
    return "\n".join(lines)


# --- Running --------------------------------------------------------------------------


def run_dialogue_tests(model: Path, stories: Path, out_dir: Path) -> DialogueReport:
    """Evaluate every dialogue of ``stories`` with ``model``; Rasa's files go to ``out_dir``."""
    model, stories, out_dir = Path(model).resolve(), Path(stories).resolve(), Path(out_dir).resolve()
    if not model.exists():
        raise DialogueTestError(f"Modèle introuvable : {_display_path(model)}. Lancez « python -m bot train » (ou « make run »).")
    if not stories.exists():
        raise DialogueTestError(f"Dialogues introuvables : {_display_path(stories)}.")
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in RASA_OUTPUT_FILES:  # never read a previous run's results
        (out_dir / name).unlink(missing_ok=True)

    env = dict(os.environ)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("RASA_TELEMETRY_ENABLED", "false")
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    command = [
        sys.executable, "-m", "rasa", "test", "core",
        "--model", str(model), "--stories", str(stories), "--out", str(out_dir),
    ]
    log = out_dir / RASA_LOG
    with log.open("w", encoding="utf-8") as log_file:
        result = subprocess.run(command, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    if result.returncode != 0 or not (out_dir / "story_report.json").exists():
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-20:])
        raise DialogueTestError(
            f"Rasa n'a pas pu évaluer les dialogues (code {result.returncode}).\n{tail}\n"
            f"Journal complet : {_display_path(log)}"
        )
    return read_results(out_dir, stories=stories, model=model)


def replay_free_text(model: Path) -> list[Any]:
    """Start the assistant on free loopback ports and replay ``tests/dialogues/free_text.yml`` over REST."""
    import tempfile
    import uuid

    from bot.quality.free_text_dialogues import compare_stored, load_conversations, replay
    from bot.serving.runner import Services
    from bot.submission.store import SubmissionStore

    replays = []
    with tempfile.TemporaryDirectory(prefix="free-text-") as work:
        services = Services.isolated(Path(work), model)
        try:
            services.start()
            services.wait_ready(timeout=240)
            store = SubmissionStore(f"sqlite:///{Path(work) / 'submissions.db'}")
            for conversation in load_conversations():
                sender = f"free-{uuid.uuid4().hex[:12]}"
                result = replay(conversation, services.rasa_url, sender)
                if conversation.stored is not None and result.reference:
                    stored = [item for item in store.list() if item.conversation_id == sender]
                    if len(stored) != 1:
                        result.problems.append(f"{len(stored)} demandes enregistrées au lieu d'une")
                    else:
                        result.problems += compare_stored(conversation.stored, stored[0])
                replays.append(result)
        finally:
            services.stop()
    return replays


def cli_dialogues(args: Any) -> int:
    """``python -m bot dialogues``: run the test dialogues and write the French report."""
    stories = Path(getattr(args, "stories", None) or DEFAULT_STORIES)
    model = Path(getattr(args, "model", None) or MODEL_FILE)
    output = Path(getattr(args, "output", None) or DEFAULT_OUTPUT)
    out_dir = output.with_name(output.stem + "-rasa")
    print(f"Évaluation des dialogues de {_display_path(stories)}…", flush=True)
    try:
        report = run_dialogue_tests(model, stories, out_dir)
    except DialogueTestError as error:
        print(error, file=sys.stderr)
        return 1
    text = render_markdown(report)
    replays: list[Any] = []
    if getattr(args, "free_text", False):
        from bot.quality.free_text_dialogues import render_markdown as render_free_text

        print("Conversations en texte libre rejouées sur REST…", flush=True)
        replays = replay_free_text(model)
        text += "\n" + "\n".join(render_free_text(replays))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"{report.summary()}.")
    if replays:
        print(f"Conversations en texte libre : {len(replays)}, {sum(r.ok for r in replays)} réussies.")
        for item in replays:
            if not item.ok:
                print(f"  ✗ « {item.conversation.name} » : {'; '.join(item.problems)}")
    for failure in report.failed:
        print(f"  ✗ « {failure.name} » ({_display_path(failure.source) if failure.source else 'fichier inconnu'}), tour {failure.turn}")
    print(f"Rapport : {_display_path(output)}")
    return 0 if report.ok and all(r.ok for r in replays) else 1
