"""E-mails of a stored submission, against a local SMTP server (aiosmtpd): sent once, retried, never lost, never leaking."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email.message import Message

import pytest
from aiosmtpd.controller import Controller

from bot.console.notify import MailError, Notifier, SmtpSettings, configured, start_background, states
from bot.console.store import ConsoleStore
from bot.submission.store import SubmissionStore


class Inbox:
    """The aiosmtpd handler: keeps every message received."""

    def __init__(self) -> None:
        self.messages: list[tuple[list[str], Message]] = []

    async def handle_DATA(self, server, session, envelope) -> str:
        self.messages.append((list(envelope.rcpt_tos), email.message_from_bytes(envelope.content)))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def smtp() -> Iterator[tuple[Inbox, Controller]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller
    controller.stop()


def settings_for(controller: Controller) -> SmtpSettings:
    return SmtpSettings.from_url(f"smtp://127.0.0.1:{controller.port}?tls=non", "assistant@region.example")


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_SMTP_URL", raising=False)
    monkeypatch.setenv("BOT_SMTP_FROM", "a@b.fr")
    assert configured() is None and start_background() is None, "without BOT_SMTP_URL nothing is sent"
    monkeypatch.setenv("BOT_SMTP_URL", "smtps://moi:s%40cret@mail.example:2465")
    assert configured() == SmtpSettings("mail.example", 2465, "ssl", "moi", "s@cret", "a@b.fr")
    assert SmtpSettings.from_url("smtp://mail.example", "a@b.fr").mode == "starttls"
    monkeypatch.setenv("BOT_SMTP_URL", "http://mail.example")
    with pytest.raises(MailError):
        configured()


def test_mails_of_a_new_submission(smtp, db_url: str, intents: SubmissionStore, clock) -> None:
    from tests.console.console_support import save

    inbox, controller = smtp
    notifier = Notifier(settings_for(controller), db_url, "demandes@region.example", "https://region.example/console/")
    assert notifier.run_once() == 0, "the start mark is set: nothing older is mailed"
    reference = save(intents, "conv-notify")
    assert notifier.run_once() == 2
    assert notifier.run_once() == 0, "sent once"
    by_recipient = {tuple(to): message for to, message in inbox.messages}
    employer = by_recipient[("marie.dupont@example.fr",)]
    body = employer.get_payload(decode=True).decode("utf-8")
    assert reference in employer["Subject"] and reference in body
    assert "Menuiserie Durand" in body and "Cholet" in body and "CACES R489" in body
    staff = by_recipient[("demandes@region.example",)]
    notice = staff.get_payload(decode=True).decode("utf-8")
    assert f"https://region.example/console/demandes/{reference}" in notice and "49" in notice
    for personal in ("marie", "Dupont", "73282932000074", "+33612345678", "Menuiserie"):
        assert personal not in notice and personal not in staff["Subject"], personal
    assert [s.status for s in notifier.states(reference)] == ["sent", "sent"]
    assert "À compléter" not in notice and "type de contrat : CDI" in body  # (the contract's label, not its code « cdi »)
    notifier.close()


def test_the_mails_of_an_alternance_to_specify_say_it(smtp, db_url: str, intents: SubmissionStore, clock) -> None:
    """« alternance, type à préciser »: the employer's recap shows it, the Region's notice says what is to complete (no personal
    data)."""
    from tests.console.console_support import save

    inbox, controller = smtp
    notifier = Notifier(settings_for(controller), db_url, "demandes@region.example", "https://region.example/console/")
    notifier.run_once()
    save(intents, "conv-alternance", contract_type="alternance_a_preciser", contract_duration=None)
    assert notifier.run_once() == 2
    by_recipient = {tuple(to): message for to, message in inbox.messages}
    body = by_recipient[("marie.dupont@example.fr",)].get_payload(decode=True).decode("utf-8")
    assert "- type de contrat : Alternance (apprentissage ou professionnalisation, à préciser)" in body.splitlines()
    notice = by_recipient[("demandes@region.example",)].get_payload(decode=True).decode("utf-8")
    assert "- À compléter avec l'employeur : type d'alternance (apprentissage ou professionnalisation)" in notice.splitlines()
    notifier.close()


def test_a_failed_send_is_retried_and_the_submission_kept(db_url: str, intents: SubmissionStore, clock, caplog) -> None:
    from tests.console.console_support import save

    down = SmtpSettings("127.0.0.1", free_port(), "plain", None, None, "assistant@region.example")
    notifier = Notifier(down, db_url, "demandes@region.example", clock=clock)
    notifier.run_once()
    reference = save(intents, "conv-down")
    assert notifier.run_once() == 0
    assert intents.get(reference) is not None, "the submission is stored whatever the mail does"
    pending = notifier.states(reference)
    assert [(s.status, s.attempts, s.last_error) for s in pending] == [("pending", 1, "ConnectionRefusedError")] * 2
    assert notifier.run_once() == 0 and notifier.states(reference)[0].attempts == 1, "not before the backoff"
    assert "marie" not in caplog.text and reference in caplog.text
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=down.port)
    controller.start()
    try:
        clock.advance(minutes=1, seconds=1)
        assert notifier.run_once() == 2
    finally:
        controller.stop()
    assert [(s.status, s.attempts) for s in notifier.states(reference)] == [("sent", 2)] * 2
    notifier.close()


def test_gives_up_after_ten_attempts(db_url: str, intents: SubmissionStore, clock) -> None:
    from tests.console.console_support import save

    notifier = Notifier(SmtpSettings("127.0.0.1", free_port(), "plain", None, None, "a@b.fr"), db_url, "", clock=clock)
    notifier.run_once()
    reference = save(intents, "conv-gives-up")
    for _ in range(12):
        notifier.run_once()
        clock.advance(hours=1, seconds=1)
    [only] = notifier.states(reference)  # no staff address: the employer's mail only
    assert (only.kind, only.status, only.attempts) == ("employer", "failed", 10)
    notifier.close()


def test_two_servers_never_send_twice(smtp, db_url: str, intents: SubmissionStore) -> None:
    from tests.console.console_support import save

    inbox, controller = smtp
    first = Notifier(settings_for(controller), db_url, "demandes@region.example")
    second = Notifier(settings_for(controller), db_url, "demandes@region.example")
    first.run_once()
    save(intents, "conv-twice")
    assert first.run_once() + second.run_once() == 2
    assert len(inbox.messages) == 2
    first.close()
    second.close()


def test_the_submission_page_shows_the_mails(smtp, db_url: str, intents: SubmissionStore, client, console, store: ConsoleStore) -> None:
    from tests.console.console_support import save

    inbox, controller = smtp
    notifier = Notifier(settings_for(controller), db_url, "demandes@region.example")
    notifier.run_once()
    reference = save(intents, "conv-page")
    notifier.run_once()
    assert len(states(store, reference)) == 2
    console.login("agnes")
    page = client.get(f"/console/demandes/{reference}").get_data(as_text=True)
    assert "confirmation à l&#39;employeur : envoyé le" in page and "avis à la boîte de la Région : envoyé le" in page
    notifier.close()
