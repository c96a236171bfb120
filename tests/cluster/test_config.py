"""The cluster's generated configuration (no server started): nginx accepts it, and it says what it must."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from bot import settings
from bot.dialogue.messages import SERVICE_UNAVAILABLE
from bot.serving.cluster import Cluster, ClusterPorts, endpoints_config, nginx_config, nginx_string, rate_burst

PORTS = ClusterPorts(public=8000, rasa=(5006, 5007), actions=(5056, 5057), actions_proxy=5058, postgres=5433, redis=6380, web=8081)


def _config(tmp_path: Path, **overrides: object) -> str:
    arguments: dict[str, object] = {
        "ports": PORTS, "public_host": "127.0.0.1", "public_url": "http://localhost:8000", "rate_limit": "10r/s",
        "api_token": False, "run_dir": tmp_path / "run", "log_dir": tmp_path / "logs", "pages_dir": tmp_path / "pages",
    }
    arguments.update(overrides)
    return nginx_config(**arguments)  # type: ignore[arg-type]


def test_nginx_accepts_the_generated_configuration(tmp_path: Path) -> None:
    cluster = Cluster(root=tmp_path / "cluster", ports=ClusterPorts.free(), api_token="t")
    cluster.write_configs()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    checked = subprocess.run([nginx, "-t", "-p", str(cluster.root), "-c", str(cluster.root / "nginx.conf")], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    assert (cluster.root / "endpoints.yml").stat().st_mode & 0o077 == 0  # it holds Redis's password
    assert (cluster.root / "secrets.json").stat().st_mode & 0o077 == 0


def test_the_api_is_proxied_only_with_a_token(tmp_path: Path) -> None:
    closed, opened = _config(tmp_path), _config(tmp_path, api_token=True)
    assert "/conversations/" not in closed and "location = /status" not in closed
    assert "location /conversations/" in opened and "location = /status" in opened


def test_public_surface(tmp_path: Path) -> None:
    config = _config(tmp_path, rate_limit="7r/s")
    assert "listen 127.0.0.1:8000;" in config
    assert "rate=7r/s" in config and "limit_req zone=per_client" in config
    assert f"client_max_body_size {settings.MAX_REQUEST_BYTES};" in config
    for header in ("Content-Security-Policy", "X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy"):
        assert f"add_header {header}" in config
    assert "ip_hash;" in config  # socket.io sticky
    assert "$request_uri $path_only" in config and "$request " not in config  # no query string in the access log
    # A POST already sent to a Rasa server is never sent to another one.
    assert "non_idempotent" not in config
    # Internal ports listen on loopback only.
    assert "listen 127.0.0.1:5058;" in config


def test_replies_of_nginx_are_valid_json_in_french(tmp_path: Path) -> None:
    config = _config(tmp_path)
    line = next(line for line in config.splitlines() if "return 503" in line)
    body = line.split("'", 1)[1].rsplit("'", 1)[0].replace("\\'", "'").replace("\\\\", "\\")
    assert json.loads(body) == [{"recipient_id": "", "text": SERVICE_UNAVAILABLE}]


def test_nginx_string_escapes_quotes_and_refuses_variables() -> None:
    assert nginx_string("l'assistant \\ ok") == "l\\'assistant \\\\ ok"
    with pytest.raises(ValueError):
        nginx_string("5 $ par mois")


def test_endpoints_use_redis_and_the_pinging_tracker_store() -> None:
    endpoints = yaml.safe_load(endpoints_config(6380, "abc123"))
    assert endpoints["lock_store"] == {
        "type": "bot.serving.cluster.lock_store.ExpiryTolerantRedisLockStore", "url": "127.0.0.1", "port": 6380, "password": "abc123", "db": 0, "key_prefix": "assistant", "socket_timeout": 2,
    }
    assert endpoints["tracker_store"]["type"] == "bot.rasa_plugins.tracker_store.AssistantSQLTrackerStore"
    assert endpoints["action_endpoint"]["headers"] == {"X-Bot-Action-Token": "${BOT_ACTION_TOKEN}"}
    with pytest.raises(ValueError):
        endpoints_config(6380, "pass: word")


def test_rate_limit_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_RATE_LIMIT", raising=False)
    assert settings.rate_limit() == settings.DEFAULT_RATE_LIMIT
    monkeypatch.setenv("BOT_RATE_LIMIT", "600r/m")
    assert settings.rate_limit() == "600r/m"
    for wrong in ("10", "10r/h", "0r/s", "abc"):
        monkeypatch.setenv("BOT_RATE_LIMIT", wrong)
        with pytest.raises(settings.SettingsError):
            settings.rate_limit()


def test_burst_follows_a_high_rate() -> None:
    assert rate_burst("10r/s") == 20
    assert rate_burst("600r/m") == 20
    assert rate_burst("5000r/s") == 5000


def test_config_command_renders_for_a_server(tmp_path: Path) -> None:
    from bot.serving.cluster.__main__ import main

    password = tmp_path / "redis-password"
    password.write_text("s3cret\n", encoding="utf-8")
    out = tmp_path / "etc"
    assert main(["config", "--out", str(out), "--public-url", "https://assistant.example.fr", "--redis-password-file", str(password)]) == 0
    config = (out / "nginx.conf").read_text(encoding="utf-8")
    assert "listen 0.0.0.0:8000;" in config and "connect-src 'self' https://assistant.example.fr wss://assistant.example.fr" in config
    assert (out / "404.html").exists() and f"root {out.resolve()};" in config
    assert yaml.safe_load((out / "endpoints.yml").read_text(encoding="utf-8"))["lock_store"]["password"] == "s3cret"


def test_the_console_loads_a_new_model_into_both_rasa_servers(tmp_path: Path) -> None:
    cluster = Cluster(root=tmp_path / "cluster", ports=PORTS, api_token="jeton")
    web = next(child for child in cluster.plan() if child.name == "web")
    assert web.env is not None
    assert web.env["BOT_RASA_SERVERS"].split() == ["http://127.0.0.1:5006", "http://127.0.0.1:5007"]
    assert web.env["BOT_API_TOKEN"] == "jeton"
    rasa = [child for child in cluster.plan() if child.name.startswith("rasa")]
    assert rasa and all("BOT_API_TOKEN" not in (child.env or {}) for child in rasa)  # given on the command line only
    closed = Cluster(root=tmp_path / "closed", ports=PORTS)
    assert "BOT_API_TOKEN" not in (next(c for c in closed.plan() if c.name == "web").env or {})
