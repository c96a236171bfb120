"""Shared fixtures. Tests that need the trained model or the running servers
share one training and one pair of servers per test run.

The folders mirror ``bot/`` (unit tests per subpackage, plus ``actions/``);
three folders hold the slower kinds and mark them by folder: ``rasa/``
(model-level checks), ``rest/`` (conversations with running servers) and
``browser/`` (the page in Chromium).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.faq.entries import Faq, load_faq
from bot.serving.ports import free_port
from bot.settings import ROOT

#: Marker given to every test of a folder (``pytest -m "not browser"``…).
FOLDER_MARKERS = {"rasa": "rasa", "rest": "rest", "browser": "browser", "cluster": "cluster"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tests_dir = Path(__file__).parent
    for item in items:
        folder = Path(str(item.fspath)).relative_to(tests_dir).parts[0]
        if folder in FOLDER_MARKERS:
            item.add_marker(FOLDER_MARKERS[folder])


@pytest.fixture(scope="session")
def faq() -> Faq:
    return load_faq()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    from bot.quality.training import ensure_model

    return ensure_model()


@pytest.fixture(scope="session")
def web_port() -> int:
    """Port of the web page's static server (its origin must be allowed by Rasa's CORS)."""
    return free_port()


@pytest.fixture(scope="session")
def embed_port() -> int:
    """Port of the other site whose pages embed widget.js in tests/browser/test_widget.py (an allowed origin)."""
    return free_port()


@pytest.fixture(scope="session")
def servers(trained_model: Path, tmp_path_factory: pytest.TempPathFactory, web_port: int, embed_port: int) -> Iterator[object]:
    """Action server + Rasa server on free ports, with a throw-away tracker store."""
    from bot.serving.runner import DEFAULT_CORS, Services

    work = tmp_path_factory.mktemp("servers")
    services = Services.isolated(
        work, trained_model, log_dir=ROOT / "test-artifacts" / "logs", cors_origins=f"{DEFAULT_CORS} http://127.0.0.1:{web_port} http://127.0.0.1:{embed_port}"
    )
    services.start()
    try:
        services.wait_ready(timeout=240)
        yield services
    finally:
        services.stop()


@pytest.fixture(scope="session")
def web_chat(servers: object, web_port: int) -> Iterator[str]:
    """The web page (bot/serving/web_server.py) talking to the test Rasa server; yields its URL."""
    from bot.serving.web_server import start_in_thread

    server = start_in_thread(web_port, servers.rasa_url)
    try:
        yield f"http://127.0.0.1:{web_port}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"
