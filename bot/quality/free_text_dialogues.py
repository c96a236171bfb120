"""Free-text conversations, typed as employers type and replayed over REST.

The table is ``tests/dialogues/free_text.yml`` (key ``conversations``, which
``rasa test`` ignores). Each conversation gives:

- ``check``: the messages typed until the verdict (``verdict``: eligible,
  derogation or ineligible);
- ``accept``: the words accepting the offer to prepare the request;
- ``answers``: what the employer types at each field of the request, by field
  name; a list is typed in turn at the same question (unusable answers first);
  the harness answers whatever question the assistant asks, so that a field
  asked although it was already said (``never_asked``) is caught;
- ``recap``: what is typed at the recap, in order (the last one sends);
- ``stored``: the fields of the stored request, checked one by one.

Used by ``tests/test_rest_free_text.py`` and by ``python -m bot dialogues``
(readable report). No Rasa import: only HTTP.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from bot.dialogue import messages as msg
from bot.serving.rest_client import send
from bot.settings import ROOT
from bot.submission.form_slots import QUESTIONS

FREE_TEXT_FILE = ROOT / "tests" / "dialogues" / "free_text.yml"
REFERENCE = re.compile(r"1E1F-\d{4}-\d{6}")
RECAP_MARK = "Voici le récapitulatif"
CONSENT_MARK = "Acceptez-vous que ces informations"
VERDICT_MARKS = {
    "eligible": "votre projet d'embauche est éligible",
    "derogation": "seulement avec une dérogation",
    "ineligible": "n'est pas éligible",
}
MAX_TURNS = 40


@dataclass
class Conversation:
    name: str
    check: list[str]
    verdict: str
    covers: list[str] = field(default_factory=list)
    accept: str | None = None
    answers: dict[str, Any] = field(default_factory=dict)
    never_asked: list[str] = field(default_factory=list)
    recap: list[str] = field(default_factory=list)
    expect: list[str] = field(default_factory=list)
    stored: dict[str, Any] | None = None


@dataclass
class Replay:
    """What happened: the transcript, the reference and problems found (empty when all went as meant)."""

    conversation: Conversation
    transcript: list[tuple[str, str]] = field(default_factory=list)
    reference: str | None = None
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def load_conversations(path: Path = FREE_TEXT_FILE) -> list[Conversation]:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return [Conversation(**item) for item in data.get("conversations") or []]


def _asked_field(reply: str) -> str | None:
    """The field of the request asked last in ``reply`` (or ``recap``, ``consent_at``)."""
    positions = {name: reply.rfind(text) for name, text in QUESTIONS.items()}
    for name, text in msg.CONTACT_SELF_QUESTIONS.items():  # (asked so when the contact is the person typing)
        positions[name] = max(positions[name], reply.rfind(text))
    positions["consent_at"] = reply.rfind(CONSENT_MARK)
    positions["recap"] = max(reply.rfind(RECAP_MARK), reply.rfind(msg.RECAP_REMINDER))  # (the recap asked again unchanged)
    name, position = max(positions.items(), key=lambda item: item[1])
    return name if position >= 0 else None


def replay(conversation: Conversation, rasa_url: str, sender: str) -> Replay:
    """Type the conversation over REST and compare with what the employer meant."""
    result = Replay(conversation)

    def say(message: str) -> str:
        status, messages = send(rasa_url, sender, message)
        reply = "\n".join(m.get("text", "") for m in messages)
        result.transcript.append((message, reply))
        if status != 200:
            result.problems.append(f"HTTP {status} pour « {message} »")
        return reply

    replies = [say(message) for message in conversation.check]
    everything = "\n".join(replies)
    mark = VERDICT_MARKS[conversation.verdict]
    if mark not in everything:
        result.problems.append(f"verdict « {conversation.verdict} » jamais donné")
    if conversation.accept is None:
        _check_expected(result, everything)
        return result
    reply = say(conversation.accept)
    answers = {k: list(v) if isinstance(v, list) else [v] for k, v in conversation.answers.items()}
    recap = list(conversation.recap)
    last = None
    for _ in range(MAX_TURNS):
        asked = _asked_field(reply)
        if asked is None and last == "recap" and recap:
            asked = "recap"  # « annuler » at the recap asks for confirmation first
        elif asked is None and last and len(answers.get(last) or ()) > 1:
            asked = last  # « annuler », a refused consent…: the next answer planned for that field resumes
        if asked is None:
            result.problems.append(f"aucune question reconnue après « {result.transcript[-1][0]} »")
            break
        if asked == "recap":
            last = asked
            if not recap:
                result.problems.append("récapitulatif montré encore, plus rien à taper")
                break
            reply = say(recap.pop(0))
            if not recap:
                break
            continue
        last = asked
        if asked in conversation.never_asked:
            result.problems.append(f"champ « {asked} » demandé alors qu'il avait déjà été dit")
        pending = answers.get(asked)
        if not pending:
            result.problems.append(f"champ « {asked} » demandé sans réponse prévue")
            break
        reply = say(pending.pop(0) if len(pending) > 1 else pending[0])
    else:
        result.problems.append("trop de tours")
    everything = "\n".join(r for _, r in result.transcript)
    _check_expected(result, everything)
    found = REFERENCE.search(reply)
    if conversation.stored is not None:
        if not found:
            result.problems.append("aucune référence de demande à la fin")
        else:
            result.reference = found.group(0)
    return result


def _check_expected(result: Replay, everything: str) -> None:
    for text in result.conversation.expect:
        if text not in everything:
            result.problems.append(f"jamais dit : « {text} »")


def compare_stored(expected: dict[str, Any], stored: Any) -> list[str]:
    """Fields of a stored :class:`bot.submission.store.Submission` that differ from what was meant."""
    problems = []
    for name, value in expected.items():
        actual = getattr(stored, name, None)
        if isinstance(actual, tuple):
            actual = list(actual)
        if isinstance(actual, date) and isinstance(value, str):  # datetime too
            actual = actual.isoformat()
        if isinstance(actual, float) and isinstance(value, (int, float)):
            ok = abs(actual - value) < 1e-6
        else:
            ok = actual == value
        if not ok:
            problems.append(f"{name} : enregistré {actual!r}, attendu {value!r}")
    return problems


def render_markdown(replays: list[Replay]) -> list[str]:
    """The section of the readable report (French) showing every free-text conversation."""
    passed = sum(r.ok for r in replays)
    lines = ["## Conversations en texte libre (REST, sans bouton)", "", f"**{len(replays)} conversations, {passed} réussies.**", ""]
    for number, item in enumerate(replays, 1):
        mark = "✅" if item.ok else "❌"
        lines += [f"### {number}. {mark} {item.conversation.name}", ""]
        for cover in item.conversation.covers:
            lines.append(f"- Vérifie : {cover}")
        if item.reference:
            lines.append(f"- Demande enregistrée : `{item.reference}`")
        for problem in item.problems:
            lines.append(f"- **Écart** : {problem}")
        lines.append("")
        for said, reply in item.transcript:
            lines.append(f"> **Employeur** : {said}")
            short = " ".join(reply.split())
            lines.append(f"> *Assistant* : {short[:400]}{'…' if len(short) > 400 else ''}")
            lines.append(">")
        lines.append("")
    return lines
