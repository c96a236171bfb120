"""The assistant survives its action server, and its logs keep no personal data.

One pair of servers of its own for the module (the tests stop and kill its
action server), on free loopback ports:

- the action server stopped when the employer confirms the request (the only
  actions Rasa does not run itself are those that store it,
  bot/rasa_plugins/in_process_actions.py): the confirmation gets the short
  apology; once the server is back, the same confirmation stores the request
  (bot/rasa_plugins/action_failure.py);
- ``kill -9`` of the action server under the supervisor of ``make run``: it is
  restarted and the next message gets a normal reply (bot/serving/runner.py);
- a whole submission: both servers' logs are JSON lines, the reference is
  logged once, and nothing the employer typed (SIRET, e-mail, phone, names) is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.dialogue import messages as prompts
from bot.dialogue.messages import ACTION_SERVER_DOWN, VERDICT_HEADLINES
from bot.serving.rest_client import send
from bot.serving.runner import Services, Supervisor

pytestmark = [pytest.mark.model, pytest.mark.server]

ASK = {slot: prompt["text"] for slot, prompt in prompts.ASK.items()}


@pytest.fixture(scope="module")
def services(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    work = tmp_path_factory.mktemp("resilience")
    services = Services.isolated(work, trained_model)
    services.start()
    try:
        services.wait_ready(timeout=240)
        yield services
    except Exception:
        print(services.log_tail(40))
        raise
    finally:
        services.stop()


def say(services: Services, sender: str, message: str) -> list[str]:
    status, replies = send(services.rasa_url, sender, message, timeout=60)
    assert status == 200
    return [reply.get("text", "") for reply in replies]


def wait_for_action_server(services: Services, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{services.actions_url}/health", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        assert time.monotonic() < deadline, "the action server did not come back"
        time.sleep(0.2)


TYPED = {
    "company": "Soudure Durandeau SARL",
    "siret": "732 829 320 00074",
    "contact": "Mariette Duponcel",
    "email": "mariette.duponcel@example.fr",
    "phone": "06 12 34 56 78",
}
#: What the logs must not hold, as typed and as stored.
PERSONAL = [*TYPED.values(), "73282932000074", "+33612345678", "0612345678", "Durandeau", "Duponcel"]


def fill_the_request(services: Services, sender: str) -> None:
    """An eligible check, then every field of the request: the recap waits for the confirmation."""
    start = (dt.date.today() + dt.timedelta(days=120)).strftime("%d/%m/%Y")
    say(services, sender, "je veux recruter un soudeur en CDI à Cholet")
    assert VERDICT_HEADLINES["eligible"] in "\n".join(say(services, sender, "pas encore de candidat"))
    say(services, sender, "/start_submission")
    # (« … SARL » in the company's name says the employer type: its question is not asked.)
    for answer in [TYPED["company"], TYPED["siret"], "2", "35 heures", start,
                   "Soudage TIG, lecture de plans", "oui j'accepte", TYPED["contact"], TYPED["email"], TYPED["phone"]]:
        say(services, sender, answer)


def test_the_request_is_stored_once_the_action_server_is_back(services: Services, sender: str) -> None:
    fill_the_request(services, sender)
    services.stop_one("actions")
    try:
        assert say(services, sender, "/affirm") == [ACTION_SERVER_DOWN]
        assert say(services, sender, "/affirm") == [ACTION_SERVER_DOWN]  # still down: the same, nothing piles up
    finally:
        services.start_one("actions")
        wait_for_action_server(services)
    # The same confirmation again: the request is stored, with the answers given before the outage.
    assert re.search(r"1E1F-\d{4}-\d{6}", "\n".join(say(services, sender, "/affirm")))


def test_the_check_needs_no_action_server(services: Services, sender: str) -> None:
    services.stop_one("actions")
    try:
        assert ASK["contract_type"] in "\n".join(say(services, sender, "/check_eligibility"))
        assert ASK["contract_duration"] in "\n".join(say(services, sender, "CDD"))
        assert ASK["department"] in "\n".join(say(services, sender, "8 mois"))
        assert ASK["candidate_status"] in "\n".join(say(services, sender, "Maine-et-Loire"))
        assert VERDICT_HEADLINES["eligible"] in "\n".join(say(services, sender, "pas encore de candidat"))
    finally:
        services.start_one("actions")
        wait_for_action_server(services)


def test_a_killed_action_server_is_restarted_and_the_next_message_answered(services: Services, sender: str) -> None:
    said: list[str] = []
    supervisor = Supervisor(services, say=said.append)
    stop = threading.Event()

    def supervise() -> None:
        while not stop.is_set():
            supervisor.poll()
            stop.wait(0.2)

    thread = threading.Thread(target=supervise, daemon=True)
    thread.start()
    killed = services.process("actions")
    try:
        os.kill(killed.pid, signal.SIGKILL)
        deadline = time.monotonic() + 60
        while services.process("actions") is killed:
            assert time.monotonic() < deadline, "the supervisor did not restart the action server"
            time.sleep(0.2)
        wait_for_action_server(services)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert ASK["contract_type"] in "\n".join(say(services, sender, "/check_eligibility"))
    assert any("serveur d'actions s'est arrêté" in line and "code -9" in line for line in said), said
    assert any(line.startswith("Redémarrage du serveur d'actions") for line in said), said


def test_logs_are_json_lines_with_the_reference_and_no_personal_data(services: Services, sender: str) -> None:
    fill_the_request(services, sender)
    confirmation = "\n".join(say(services, sender, "/affirm"))
    found = re.search(r"1E1F-\d{4}-\d{6}", confirmation)
    assert found, confirmation
    reference = found.group(0)

    assert services.log_dir is not None
    logs = {name: (services.log_dir / f"{name}.log").read_text(encoding="utf-8") for name in ("actions", "rasa")}
    for name, text in logs.items():
        lines = [line for line in text.splitlines() if line.strip()]
        not_json = [line for line in lines if not line.startswith("{")]
        assert not not_json, f"{name}.log: {not_json[:5]}"
        entries = [json.loads(line) for line in lines]
        assert all({"time", "level", "logger", "message"} <= set(entry) for entry in entries)
        leaked = [value for value in PERSONAL if value.lower() in text.lower()]
        assert not leaked, f"{name}.log holds {leaked}"
        assert sender not in text
    stored = [json.loads(line) for line in logs["actions"].splitlines() if f"submission stored {reference}" in line]
    assert len(stored) == 1
    assert stored[0]["reference"] == reference and stored[0]["level"] == "INFO"
    assert stored[0]["message"] == f"submission stored {reference}"
    assert stored[0].get("request_id") and stored[0].get("conversation")
