"""The public surface of a running Rasa server: origins, request bodies, message cap, API token, logs.

Most tests use the shared servers (``servers`` in tests/conftest.py, API closed).
The API-token and log tests need a server started with ``BOT_API_TOKEN`` and
logs of their own: ``token_servers`` below starts one pair for this module.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import http.client
import json
import re
import socket
import sqlite3
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
import socketio
import websockets
from websockets.exceptions import InvalidStatusCode

from bot import settings
from bot.dialogue import messages
from bot.serving.rest_client import REST_PATH, send

pytestmark = [pytest.mark.model, pytest.mark.server]

ALLOWED_ORIGIN = "http://localhost:8080"  # in the shared servers' --cors (DEFAULT_CORS)
FOREIGN_ORIGIN = "http://evil.example"
API_TOKEN = "jeton-de-test-4f1c9a"
ASK_DEPARTMENT = messages.ASK["department"]["text"]
ASK_CANDIDATE = messages.ASK["candidate_status"]["text"]
TOO_LONG = "Je voudrais savoir " + "si le dispositif me concerne " * 80  # over 2,000 characters


def post(base_url: str, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(
        base_url + REST_PATH, data=body, headers={"Content-Type": "application/json", **(headers or {})}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read() or b"null")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read() or b"null")


def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, Message, bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.headers, error.read()


# ----------------------------------------------------------------------------- socket.io origins


def test_socketio_polling_handshake_from_a_foreign_origin_is_refused(servers) -> None:
    url = f"{servers.rasa_url}/socket.io/?EIO=4&transport=polling"
    status, _, body = get(url, {"Origin": FOREIGN_ORIGIN})
    assert status == 400, body
    status, headers, body = get(url, {"Origin": ALLOWED_ORIGIN})
    assert status == 200 and body.startswith(b"0{"), body
    # One Access-Control-Allow-Origin header (Sanic-Cors's, not engine.io's too), naming the page's origin.
    assert headers.get_all("Access-Control-Allow-Origin") == [ALLOWED_ORIGIN]
    # Not a browser (no Origin): nothing to check, as engine.io does.
    assert get(url)[0] == 200


def test_socketio_websocket_upgrade_from_a_foreign_origin_is_refused(servers) -> None:
    uri = f"ws://127.0.0.1:{servers.rasa_port}/socket.io/?EIO=4&transport=websocket"

    async def handshake(origin: str) -> str:
        async with websockets.connect(uri, origin=origin, open_timeout=20) as ws:
            return str(await asyncio.wait_for(ws.recv(), 20))

    with pytest.raises(InvalidStatusCode) as refused:
        asyncio.run(handshake(FOREIGN_ORIGIN))
    assert refused.value.status_code == 400
    assert asyncio.run(handshake(ALLOWED_ORIGIN)).startswith("0{")


async def _socketio_exchange(rasa_url: str, origin: str, text: str) -> list[str]:
    """Open a session as the page does, send one message, collect the replies for a moment."""
    client = socketio.AsyncClient(reconnection=False)
    confirmed: asyncio.Future[str] = asyncio.get_running_loop().create_future()
    replies: list[str] = []

    @client.on("session_confirm")
    async def session_confirm(session_id: Any) -> None:
        if not confirmed.done():
            confirmed.set_result(session_id if isinstance(session_id, str) else session_id["session_id"])

    @client.on("bot_uttered")
    async def bot_uttered(data: dict[str, Any]) -> None:
        replies.append(data.get("text", ""))

    await client.connect(rasa_url, headers={"Origin": origin}, transports=["polling"], wait_timeout=20)
    try:
        await client.emit("session_request", {"session_id": None})
        session_id = await asyncio.wait_for(confirmed, 20)
        await client.emit("user_uttered", {"message": text, "session_id": session_id})
        for _ in range(40):  # up to 10 s for the first reply, then 1 s more for any other
            await asyncio.sleep(0.25)
            if replies:
                await asyncio.sleep(1)
                break
    finally:
        await client.disconnect()
    return replies


def test_socketio_client_from_a_foreign_origin_cannot_connect(servers) -> None:
    with pytest.raises(socketio.exceptions.ConnectionError):
        asyncio.run(_socketio_exchange(servers.rasa_url, FOREIGN_ORIGIN, "bonjour"))


def test_socketio_message_over_the_cap_gets_one_french_reply(servers) -> None:
    assert len(TOO_LONG) > settings.MAX_MESSAGE_CHARS
    replies = asyncio.run(_socketio_exchange(servers.rasa_url, ALLOWED_ORIGIN, TOO_LONG))
    assert replies == [messages.MESSAGE_TOO_LONG.format(maximum="2\u202f000")]
    # The same session still talks normally.
    assert asyncio.run(_socketio_exchange(servers.rasa_url, ALLOWED_ORIGIN, "combien ça coûte ?"))


# ----------------------------------------------------------------------------- REST bodies


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b'[{"sender": "a", "message": "bonjour"}]', "not_an_object"),
        (b"42", "not_an_object"),
        (b"{pas du json", "invalid_json"),
        (b'{"sender": "a", "message": 123}', "message_not_text"),
        (b'{"sender": "a"}', "message_missing"),
        (b'{"sender": 12, "message": "bonjour"}', "sender_not_text"),
    ],
)
def test_rest_refuses_what_is_not_an_object_with_a_string_message(servers, body: bytes, code: str) -> None:
    status, answer = post(servers.rasa_url, body)
    assert status == 400
    assert answer["error"] == code and answer["detail"]


def test_rest_refuses_a_body_over_the_cap(servers) -> None:
    body = json.dumps({"sender": "a", "message": "x" * (settings.MAX_REQUEST_BYTES + 10)}).encode()
    status, answer = post(servers.rasa_url, body)
    assert (status, answer["error"]) == (413, "body_too_large")


def test_rest_refuses_a_20_mb_body_without_reading_it(servers) -> None:
    """Content-Length says 20 MB; only a few kilobytes are sent: the 413 comes at once."""
    with socket.create_connection(("127.0.0.1", servers.rasa_port), timeout=20) as connection:
        head = (
            f"POST {REST_PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {20 * 1024 * 1024}\r\n\r\n"
        )
        connection.sendall(head.encode() + b'{"sender": "a", "message": "' + b"x" * 4096)
        answer = connection.recv(65536).decode("latin-1")
    assert answer.startswith("HTTP/1.1 413"), answer[:200]


def test_rest_refuses_a_chunked_body_over_the_cap(servers) -> None:
    """No Content-Length: the channel counts what it reads and stops past the cap.

    The body is one 8 KiB chunk over the cap, so that the client has written it all when the server
    answers. Under load the server may still answer and close while the client writes (a broken pipe
    on the client's side, not a missing answer: CI on 2026-11-30, 16:18): three attempts at most.
    """
    chunks = [b'{"sender": "a", "message": "'] + [b"x" * 8192] * (settings.MAX_REQUEST_BYTES // 8192 + 1) + [b'"}']
    closed = 0
    for _ in range(3):
        connection = http.client.HTTPConnection("127.0.0.1", servers.rasa_port, timeout=30)
        try:
            connection.request("POST", REST_PATH, body=iter(chunks), headers={"Content-Type": "application/json"}, encode_chunked=True)
            response = connection.getresponse()
            assert response.status == 413
            assert json.loads(response.read())["error"] == "body_too_large"
            return
        except (BrokenPipeError, ConnectionResetError):
            closed += 1
        finally:
            connection.close()
    pytest.fail(f"the server closed the connection instead of answering 413 ({closed} attempts)")


def test_rest_message_without_sender_gets_a_conversation_of_its_own(servers) -> None:
    first = post(servers.rasa_url, json.dumps({"message": "combien ça coûte ?"}).encode())
    second = post(servers.rasa_url, json.dumps({"message": "combien ça coûte ?"}).encode())
    assert first[0] == second[0] == 200 and first[1] and second[1]
    assert first[1][0]["recipient_id"] != second[1][0]["recipient_id"]
    assert "default" not in {first[1][0]["recipient_id"], second[1][0]["recipient_id"]}


def test_rest_message_sent_again_with_its_id_is_answered_once(servers, sender: str) -> None:
    """A client retrying a message (its first try got no answer) sends the same ``message_id``: same replies, one turn."""

    def say(message: str, message_id: str, stream: bool = False) -> list[dict[str, Any]]:
        body = json.dumps({"sender": sender, "message": message, "message_id": message_id}).encode()
        if not stream:
            status, replies = post(servers.rasa_url, body)
            assert status == 200, replies
            return list(replies)
        request = urllib.request.Request(
            servers.rasa_url + REST_PATH + "?stream=true", data=body, headers={"Content-Type": "application/json"}, method="POST"
        )
        with urllib.request.urlopen(request, timeout=30) as response:
            return [json.loads(line) for line in response.read().decode().splitlines() if line.strip()]

    say("/check_eligibility", "m-1")
    first = say("CDI", "m-2")
    assert ASK_DEPARTMENT in first[0]["text"]
    # Sent again (as after a 502): the department question again, not « CDI » read as the department.
    assert say("CDI", "m-2") == first
    assert [m.get("text") for m in say("CDI", "m-2", stream=True)] == [m.get("text") for m in first]
    assert ASK_CANDIDATE in say("Vendée", "m-3")[0]["text"]
    database = servers.tracker_url.removeprefix("sqlite:///")
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", (sender,)).fetchall()
    assert [json.loads(row[0])["message_id"] for row in rows] == ["m-1", "m-2", "m-3"]


def test_rest_api_is_closed_without_a_token(servers) -> None:
    assert get(f"{servers.rasa_url}/conversations/someone/tracker")[0] == 404
    assert get(f"{servers.rasa_url}/conversations/someone/tracker?token=anything")[0] == 404


# ----------------------------------------------------------------------------- servers with the API open


@pytest.fixture(scope="module")
def token_servers(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A pair of servers with ``BOT_API_TOKEN`` set, whose logs and databases are this module's alone."""
    from bot.serving.runner import Services

    work = tmp_path_factory.mktemp("token-servers")
    services = Services.isolated(work, trained_model, api_token=API_TOKEN)
    services.start()
    try:
        try:
            services.wait_ready(timeout=240)
        except (RuntimeError, TimeoutError) as error:
            raise RuntimeError(f"{error}\n{services.log_tail()}") from error
        yield services
    finally:
        services.stop()


def test_api_refuses_a_missing_or_wrong_token_and_accepts_the_right_one(token_servers) -> None:
    url = f"{token_servers.rasa_url}/conversations/quelqu-un/tracker"
    assert get(url)[0] == 401
    for wrong in ("", "x", API_TOKEN[:-1], API_TOKEN[:-1] + "0", API_TOKEN + "0", API_TOKEN.upper()):
        assert get(f"{url}?token={wrong}")[0] == 401, wrong
    status, _, body = get(f"{url}?token={API_TOKEN}")
    assert status == 200 and json.loads(body)["sender_id"] == "quelqu-un"


def _user_texts(rasa_url: str, sender: str) -> list[str]:
    status, _, body = get(f"{rasa_url}/conversations/{sender}/tracker?token={API_TOKEN}")
    assert status == 200
    return [e.get("text") or "" for e in json.loads(body)["events"] if e["event"] == "user"]


def test_rest_message_over_the_cap_is_answered_and_not_processed(token_servers, sender: str) -> None:
    status, replies = send(token_servers.rasa_url, sender, "combien ça coûte ?")
    assert status == 200 and replies
    status, replies = send(token_servers.rasa_url, sender, TOO_LONG)
    assert status == 200
    assert [r.get("text") for r in replies] == [messages.MESSAGE_TOO_LONG.format(maximum="2\u202f000")]
    assert _user_texts(token_servers.rasa_url, sender) == ["combien ça coûte ?"]


# ----------------------------------------------------------------------------- personal data in logs

#: What the employer types in the test below, and the forms it may take once read (case ignored).
COMPANY = "Kerhervé et Fils"  # (a name that says no employer type: « Boulangerie … » is private, the type not asked)
SIRET_TYPED = "732 829 320 00074"
CONTACT = "Gwenaëlle Kerhervé"
EMAIL = "gwenaelle.kerherve@example.fr"
PHONE_TYPED = "06 98 76 54 32"
PERSONAL_FORMS = (
    "Kerherv", "Gwenaëlle", "Gwenaelle", "Gwena\\u00eblle", "gwenaelle.kerherve", "example.fr",
    SIRET_TYPED, "73282932000074", "732829320", "06 98 76 54 32", "0698765432", "+33698765432", "698765432",
)
DATABASE_SUFFIXES = (".db", ".db-journal", ".db-wal", ".db-shm")


def personal_data_in(folder: Path, forms: tuple[str, ...] = PERSONAL_FORMS) -> list[str]:
    """``file: form`` for every form of personal data found in a file under ``folder`` (databases left out)."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(DATABASE_SUFFIXES)):
        text = path.read_bytes().decode("utf-8", errors="replace").lower()
        found += [f"{path.relative_to(folder)}: {form}" for form in forms if form.lower() in text]
    return found


def test_the_log_grep_finds_what_it_looks_for(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "rasa.log").write_text('{"message": "user said GWENAËLLE"}\n', encoding="utf-8")
    (tmp_path / "submissions.db").write_text(EMAIL, encoding="utf-8")
    assert personal_data_in(tmp_path) == ["logs/rasa.log: Gwenaëlle"]


def _level(line: str) -> str | None:
    """The level of a JSON log line (None for another line)."""
    try:
        entry = json.loads(line)
    except ValueError:
        return None
    return entry.get("level") if isinstance(entry, dict) else None


def _say(rasa_url: str, sender: str, message: str) -> str:
    status, replies = send(rasa_url, sender, message)
    assert status == 200
    return "\n".join(r.get("text", "") for r in replies)


def test_no_personal_data_in_any_log_after_a_full_submission(token_servers, sender: str) -> None:
    """The flow of tests/rest/test_rest_submission.py, then every file the servers wrote is searched."""
    url = token_servers.rasa_url
    start = (dt.date.today() + dt.timedelta(days=120)).strftime("%d/%m/%Y")
    _say(url, sender, "je veux recruter un boulanger en CDI à Cholet")
    assert "éligible" in _say(url, sender, "pas encore de candidat")
    assert "nom de votre entreprise" in _say(url, sender, "/start_submission")
    answers = [
        (COMPANY, "SIRET"),
        (SIRET_TYPED, "type d'employeur"),
        ("entreprise privée", "Combien de postes"),
        ("1", "durée de travail hebdomadaire"),
        ("35 heures", "date"),
        (start, "besoins de formation"),
        ("Hygiène alimentaire, viennoiserie, conduite du four", "Acceptez-vous"),
        ("oui j'accepte", "personne à contacter"),
        (CONTACT, "e-mail"),
        (EMAIL, "téléphone"),
        (PHONE_TYPED, "récapitulatif"),
    ]
    for answer, expected in answers:
        reply = _say(url, sender, answer)
        assert expected in reply, (answer, reply)
    reference = re.search(r"1E1F-\d{4}-\d{6}", _say(url, sender, "/affirm"))
    assert reference is not None
    # The typed data did reach the server and the databases (so the search below is not vacuous)…
    work = Path(token_servers.extra_env["BOT_VAR_DIR"])
    assert any(CONTACT in text for text in _user_texts(url, sender))
    # …and no log file holds any of it. The logs exist and are not empty.
    token_servers_logs = sorted((token_servers.log_dir or work).glob("*.log"))
    assert {p.name for p in token_servers_logs} >= {"rasa.log", "actions.log"}
    assert sum(p.stat().st_size for p in token_servers_logs) > 0
    assert personal_data_in(work) == []
    # Rasa says what was typed in its DEBUG lines: the servers run above that level.
    levels = {_level(line) for p in token_servers_logs for line in p.read_text(errors="replace").splitlines()}
    assert "INFO" in levels and "DEBUG" not in levels
    if token_servers.log_dir is not None and not token_servers.log_dir.is_relative_to(work):
        assert personal_data_in(token_servers.log_dir) == []

