"""Locust's employers for ``make loadtest`` (``bot/quality/loadtest.py`` starts locust on this file).

Each simulated employer asks FAQ questions (typed as in the FAQ's own wording)
and, one time in four, runs a whole eligibility check in a new conversation.
Between two messages an employer waits 0.5 to 1.5 s, so that 100 employers
offer about 100 messages per second. ``ASSISTANT_LOADTEST_MIX=faq`` keeps to FAQ
questions and leaves out « comment faire la demande ? » (to measure the CPU time of
an FAQ turn alone). Until 2026-12-02 its answer started the check, and every later
question of that employer was asked within the form; it no longer does, but it stays
out of this mix so that the figures of docs/benchmarks.md remain comparable.
"""

from __future__ import annotations

import os
import random
import uuid
from typing import Any

from locust import FastHttpUser, between, task

from bot.dialogue.messages import VERDICT_HEADLINES
from bot.faq.entries import load_faq
from bot.faq.replies import PROCEDURE_ENTRY
from bot.serving.rest_client import REST_PATH

FAQ_ONLY = os.environ.get("ASSISTANT_LOADTEST_MIX") == "faq"
QUESTIONS = [entry.question for entry in load_faq() if not (FAQ_ONLY and entry.id == PROCEDURE_ENTRY)]
#: (message, the reply must hold it or None), a check ending in a verdict (tests/rest/test_rest_eligibility.py).
CHECK = (
    ("/check_eligibility", None),
    ("CDI", None),
    ("Maine-et-Loire", None),
    ("pas encore de candidat", VERDICT_HEADLINES["eligible"]),
)


class Employer(FastHttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self) -> None:
        self.sender = f"load-{uuid.uuid4().hex[:12]}"

    def _say(self, name: str, sender: str, message: str, expected: str | None = None) -> None:
        with self.client.post(REST_PATH, json={"sender": sender, "message": message}, name=name, catch_response=True) as response:
            replies: Any = None
            try:
                replies = response.json()
            except Exception:  # any unreadable body is a failure
                replies = None
            if response.status_code != 200 or not isinstance(replies, list) or not replies:
                response.failure(f"HTTP {response.status_code}")
            elif expected is not None and expected not in " ".join(str(m.get("text", "")) for m in replies):
                response.failure("verdict manquant")
            else:
                response.success()

    @task(3)
    def faq_question(self) -> None:
        self._say("faq", self.sender, random.choice(QUESTIONS))

    @task(1)
    def eligibility_check(self) -> None:
        if FAQ_ONLY:
            self.faq_question()
            return
        sender = f"check-{uuid.uuid4().hex[:12]}"
        for message, expected in CHECK:
            self._say("check", sender, message, expected)
