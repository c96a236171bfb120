"""A request sent without an e-mail, the Region to call back on the phone given (forty-second blind user test, u42-04): the
console's list and page say so, the Region's notice is sent, no acknowledgement is mailed to the employer."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from bot.console.app import field_value, to_complete
from bot.console.notify import Notifier, states
from bot.console.store import ConsoleStore
from bot.submission.store import SubmissionStore
from tests.console.console_support import save
from tests.console.test_console_notify import Inbox, free_port, settings_for


@pytest.fixture
def mail_server() -> Iterator[tuple[Inbox, Controller]]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield inbox, controller
    controller.stop()


NO_EMAIL = {"contact_email": None, "contact_phone": "+33671223344", "missing_fields": ["contact_email"]}


def test_the_page_and_the_list_say_to_call_back(intents: SubmissionStore, client, console) -> None:
    reference = save(intents, "conv-no-email", **NO_EMAIL)
    stored = intents.get(reference)
    assert stored is not None
    assert field_value(stored, "contact_email") == "pas d'e-mail : rappeler au 06 71 22 33 44"
    assert to_complete(stored) == ["e-mail (aucune adresse : rappeler l'employeur par téléphone)"]
    console.login("agnes")
    page = client.get(f"/console/demandes/{reference}").get_data(as_text=True)
    assert "pas d&#39;e-mail : rappeler au 06 71 22 33 44" in page
    listing = client.get("/console/demandes").get_data(as_text=True)
    assert "e-mail (aucune adresse : rappeler l&#39;employeur par téléphone)" in listing


def test_the_exports_of_the_console_hold_an_empty_email(intents: SubmissionStore, client, console) -> None:
    save(intents, "conv-no-email", **NO_EMAIL)
    console.login("agnes")
    exported = client.get("/console/demandes/export.json").get_json()
    assert exported["submissions"][0]["contact"]["email"] is None
    lines = client.get("/console/demandes/export.csv").get_data().decode("utf-8-sig").splitlines()
    assert len(lines) == 2 and ";+33671223344;" in lines[1]


def test_only_the_region_s_notice_is_mailed(mail_server, db_url: str, intents: SubmissionStore, client, console, store: ConsoleStore) -> None:
    inbox, controller = mail_server
    notifier = Notifier(settings_for(controller), db_url, "demandes@region.example", "https://region.example/console/")
    notifier.run_once()
    reference = save(intents, "conv-no-email", **NO_EMAIL)
    with_email = save(intents, "conv-with-email")
    assert notifier.run_once() == 3
    assert notifier.run_once() == 0
    recipients = sorted(tuple(to) for to, _ in inbox.messages)
    assert recipients == [("demandes@region.example",), ("demandes@region.example",), ("marie.dupont@example.fr",)]
    assert [s.kind for s in states(store, reference)] == ["staff"] and len(states(store, with_email)) == 2
    notices = [m.get_payload(decode=True).decode("utf-8") for to, m in inbox.messages if reference in m["Subject"]]
    assert len(notices) == 1 and "- À compléter avec l'employeur : e-mail (aucune adresse : rappeler l'employeur par téléphone)" in notices[0]
    assert "+33671223344" not in notices[0] and "06 71 22 33 44" not in notices[0]  # (no personal data in the notice)
    console.login("agnes")
    page = client.get(f"/console/demandes/{reference}").get_data(as_text=True)
    assert "confirmation à l&#39;employeur : aucune (pas d&#39;adresse e-mail)" in page
    notifier.close()
