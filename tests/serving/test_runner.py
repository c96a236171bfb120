"""How the servers are started (the API only with a token, CORS, ports)."""

from __future__ import annotations

from pathlib import Path

from bot.serving.runner import Services


def test_api_is_enabled_only_with_a_token() -> None:
    rasa_command = Services(model=Path("m.tar.gz")).commands()[1]
    assert "--enable-api" not in rasa_command
    rasa_command = Services(model=Path("m.tar.gz"), api_token="s3cret").commands()[1]
    index = rasa_command.index("--enable-api")
    assert rasa_command[index + 1 : index + 3] == ["--auth-token", "s3cret"]


def test_cors_allows_only_configured_origins() -> None:
    rasa_command = Services(model=Path("m.tar.gz"), cors_origins="https://www.paysdelaloire.fr").commands()[1]
    index = rasa_command.index("--cors")
    assert rasa_command[index + 1 :] == ["https://www.paysdelaloire.fr"]


def test_default_tracker_store_is_a_sqlite_file(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("BOT_TRACKER_URL", raising=False)
    env = Services(model=Path("m.tar.gz"), actions_port=6001).environment()
    assert env["BOT_TRACKER_URL"].startswith("sqlite:///") and env["BOT_TRACKER_URL"].endswith("tracker.db")
    assert env["BOT_ACTION_URL"] == "http://127.0.0.1:6001/webhook"
