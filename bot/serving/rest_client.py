"""Minimal client of Rasa's REST channel, for tests, benchmarks and the terminal chat."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from typing import Any

REST_PATH = "/webhooks/rest/webhook"


def send(base_url: str, sender: str, message: str, timeout: float = 30.0) -> tuple[int, list[dict[str, Any]]]:
    """Post one user message; return the HTTP status and the bot's messages.

    An HTTP error status comes back as ``(status, [])``; a server that cannot be
    reached raises :class:`OSError` (``urllib.error.URLError``).
    """
    body = json.dumps({"sender": sender, "message": message}).encode("utf-8")
    request = urllib.request.Request(base_url.rstrip("/") + REST_PATH, data=body, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read().decode("utf-8") or "[]")
    except urllib.error.HTTPError as error:
        error.close()
        return error.code, []
