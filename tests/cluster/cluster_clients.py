"""Employers talking to the cluster through nginx: scripted eligibility checks and submissions.

Each conversation is a thread sending its messages one after the other (as a
page does); a failed request (HTTP 502/503/504 or a broken connection) is sent
once more with the same ``message_id``, as a client of the REST channel should
(a first try whose turn was written gets its replies, not a second turn), and
counted.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from bot.dialogue import messages as prompts
from bot.dialogue.messages import VERDICT_HEADLINES
from bot.serving.rest_client import REST_PATH

ASK = {slot: prompt["text"] for slot, prompt in prompts.ASK.items()}
#: The tests open Rasa's HTTP API with this token (and check it is needed).
API_TOKEN = "cluster-test-token"
#: A Region site allowed to embed widget.js (BOT_EMBED_ORIGINS of the test cluster).
EMBED_ORIGIN = "https://www.nosemplois.example"
RETRIED_STATUSES = frozenset({502, 503, 504})
#: Longer than nginx's read timeout (60 s), so that a slow answer is told by nginx, not by the client.
REQUEST_TIMEOUT = 90.0

#: The message sequences of tests/rest/test_rest_eligibility.py: (message, text the reply must hold or None).
CHECKS: tuple[tuple[tuple[str, str | None], ...], ...] = (
    (
        ("/check_eligibility", ASK["contract_type"]),
        ("CDI", ASK["department"]),
        ("Maine-et-Loire", ASK["candidate_status"]),
        ("pas encore de candidat", VERDICT_HEADLINES["eligible"]),
    ),
    (
        ("je veux recruter un soudeur en CDD de 8 mois à Cholet", ASK["candidate_status"]),
        ("il est inscrit à France Travail", VERDICT_HEADLINES["eligible"]),
    ),
    (
        ("/check_eligibility", ASK["contract_type"]),
        ("CDD saisonnier", ASK["contract_duration"]),
        ("3 mois", None),
        ("Vendée", None),
        ("pas encore", VERDICT_HEADLINES["derogation"]),
    ),
    (
        ("je veux vérifier mon éligibilité", None),
        ("CDI", None),
        ("Rennes", VERDICT_HEADLINES["ineligible"]),  # outside the region: the verdict at once
    ),
)


def post(
    base_url: str, sender: str, message: str, timeout: float = REQUEST_TIMEOUT, message_id: str | None = None
) -> tuple[int, list[dict[str, Any]]]:
    """One message through nginx; ``(0, [])`` when the connection itself failed."""
    fields = {"sender": sender, "message": message} | ({"message_id": message_id} if message_id else {})
    body = json.dumps(fields).encode("utf-8")
    request = urllib.request.Request(base_url + REST_PATH, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read().decode("utf-8") or "[]")
    except urllib.error.HTTPError as error:
        try:
            payload = json.loads(error.read().decode("utf-8") or "[]")
        except ValueError:
            payload = []
        finally:
            error.close()
        return error.code, payload if isinstance(payload, list) else []
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, []


def text_of(replies: list[dict[str, Any]]) -> str:
    return "\n\n".join(str(m.get("text", "")) for m in replies)


@dataclass
class Conversation:
    """What one employer sent and got."""

    sender: str
    sent: int = 0
    retries: int = 0
    most_retries_of_a_message: int = 0
    failures: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)

    def say(self, base_url: str, message: str, expected: str | None = None) -> str:
        """Send, once more (the same message id) if it failed; record what went wrong."""
        message_id = uuid.uuid4().hex
        status, replies = post(base_url, self.sender, message, message_id=message_id)
        retries = 0
        if status in RETRIED_STATUSES or status == 0:
            retries = 1
            time.sleep(0.5)
            status, replies = post(base_url, self.sender, message, message_id=message_id)
        self.sent += 1
        self.retries += retries
        self.most_retries_of_a_message = max(self.most_retries_of_a_message, retries)
        text = text_of(replies)
        self.replies.append(text)
        if status != 200:
            self.failures.append(f"« {message} » : HTTP {status}")
        elif expected is not None and expected not in text:
            self.failures.append(f"« {message} » : attendu « {expected[:40]} », reçu « {text[:120]} »")
        return text


def run_check(base_url: str, sender: str, script: Sequence[tuple[str, str | None]], started: threading.Event | None = None) -> Conversation:
    conversation = Conversation(sender)
    for index, (message, expected) in enumerate(script):
        conversation.say(base_url, message, expected)
        if index == 0 and started is not None:
            started.set()
    return conversation


def run_checks(base_url: str, count: int, prefix: str, on_progress: Any = None) -> list[Conversation]:
    """``count`` concurrent eligibility checks (the four scripts in turn)."""
    with ThreadPoolExecutor(max_workers=count) as pool:
        futures = [pool.submit(run_check, base_url, f"{prefix}-{i:03d}", CHECKS[i % len(CHECKS)]) for i in range(count)]
        if on_progress is not None:
            on_progress()
        return [future.result(timeout=600) for future in futures]


def user_events(database_url: str, senders: Sequence[str]) -> dict[str, int]:
    """Number of ``user`` events stored per conversation (Rasa's ``events`` table)."""
    engine = sa.create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                sa.text("SELECT sender_id, COUNT(*) FROM events WHERE type_name = 'user' AND sender_id = ANY(:senders) GROUP BY sender_id"),
                {"senders": list(senders)},
            ).all()
    finally:
        engine.dispose()
    return {str(sender): int(count) for sender, count in rows}


def submission_script(company: str) -> list[tuple[str, str | None]]:
    """From the opening sentence to the recap (tests/rest/test_rest_submission.py), the confirmation excluded."""
    start = (dt.date.today() + dt.timedelta(days=120)).strftime("%d/%m/%Y")
    return [
        ("je veux recruter un soudeur en CDI à Cholet", None),
        ("pas encore de candidat", "éligible"),
        ("/start_submission", "nom de votre entreprise"),
        (company, "SIRET"),
        ("732 829 320 00074", "type d'employeur"),
        ("entreprise privée", "Combien de postes"),
        ("2", "durée de travail hebdomadaire"),
        ("35 heures", "date"),
        (start, "besoins de formation"),
        ("Soudage TIG, lecture de plans", "Acceptez-vous"),
        ("oui j'accepte", "personne à contacter"),
        ("Marie Dupont", "e-mail"),
        ("marie.dupont@example.fr", "téléphone"),
        ("06 12 34 56 78", "récapitulatif"),
    ]


def prepare_submission(base_url: str, sender: str, company: str) -> Conversation:
    conversation = Conversation(sender)
    for message, expected in submission_script(company):
        conversation.say(base_url, message, expected)
    return conversation
