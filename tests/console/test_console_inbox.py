"""The editors' inbox: what comes in, grouping, decisions that two editors cannot both take, FAQ and out-of-scope edits."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest
from flask import Flask
from sqlalchemy import create_engine, insert

from bot.console.app import create_app
from bot.console.conversations import Conversations
from bot.console.faq_edit import EditError, _dump, _yaml, add_faq_example, add_out_of_scope_example
from bot.console.inbox import Message, collect, group, message_key
from bot.console.store import AlreadyDecided, ConsoleStore, User
from bot.faq.check import check_faq
from bot.settings import FAQ_DIR, NLU_DIR, ROOT
from bot.staff.report.source import EVENTS

PASSWORD = "un mot de passe solide"


def event(sender: str, kind: str, data: dict) -> dict:
    return {"sender_id": sender, "type_name": kind, "timestamp": 1795000000.0, "data": json.dumps(data)}


def said(sender: str, text: str, kind: str, confidence: float, faq_ids: list[str] | None = None, suggestions: list[str] | None = None) -> dict:
    decision = {"kind": kind, "faq_ids": faq_ids or [], "suggestions": suggestions or [], "confidence": confidence, "intent": "faq"}
    intent = {"name": "faq" if kind == "answer" else "nlu_fallback", "confidence": confidence}
    return event(sender, "user", {"text": text, "parse_data": {"text": text, "intent": intent, "faq_decision": decision}})


UNANSWERED = [
    said("a", "une régie de quartier peut elle profiter du dispositif", "suggest", 0.3, suggestions=["employeurs_concernes"]),
    said("b", "Une régie de quartier peut-elle profiter du dispositif ?", "suggest", 0.35, suggestions=["employeurs_concernes"]),
    said("c", "une regie de quartier peut profiter du dispositif ?", "out_of_scope", 0.6),
    said("d", "où acheter un vélo électrique à Nantes", "out_of_scope", 0.8),
]


@pytest.fixture
def tracker_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    engine = create_engine(url, future=True)
    EVENTS.metadata.create_all(engine)
    rows = [
        *UNANSWERED,
        said("e", "c'est payé par qui la formation", "answer", 0.7, faq_ids=["cout_formation"]),  # low confidence
        said("f", "combien ça coûte", "answer", 0.95, faq_ids=["cout_formation"]),  # voted down below
        event("f", "slot", {"name": "faq_feedback", "value": {"faq_id": "cout_formation", "value": "down"}}),
        said("g", "merci beaucoup", "answer", 0.99, faq_ids=["cout_formation"]),  # confident, no vote: stays out
        event("h", "active_loop", {"name": "submission_form"}),
        said("h", "Menuiserie Durand, marie.dupont@example.fr", "unclear", 0.1),  # a form answer: stays out
        event("h", "active_loop", {"name": None}),
        said("i", "/faq{\"faq_id\": \"cout_formation\"}", "suggest", 0.1),  # a button: stays out
        said("j", "rappelez moi au 06 12 34 56 78 pour le dispositif", "unclear", 0.1),
    ]
    with engine.begin() as conn:
        for row in rows:
            conn.execute(insert(EVENTS).values(**row))
    engine.dispose()
    return url


@pytest.fixture
def data_copy(tmp_path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("BOT_VAR_DIR", str(tmp_path / "var"))
    faq = tmp_path / "faq"
    shutil.copytree(FAQ_DIR, faq)
    nlu = tmp_path / "general.yml"
    shutil.copy(NLU_DIR / "general.yml", nlu)
    return faq, nlu


def test_what_comes_in(tracker_url: str) -> None:
    messages = collect(Conversations(tracker_url))
    reasons = {m.text: m.reason for m in messages}
    assert reasons == {
        "une régie de quartier peut elle profiter du dispositif": "unanswered",
        "Une régie de quartier peut-elle profiter du dispositif ?": "unanswered",
        "une regie de quartier peut profiter du dispositif ?": "unanswered",
        "où acheter un vélo électrique à Nantes": "unanswered",
        "c'est payé par qui la formation": "low_confidence",
        "combien ça coûte": "thumbs_down",
        "rappelez moi au [masqué] pour le dispositif": "unanswered",
    }


def test_grouping_and_decided_messages(tracker_url: str) -> None:
    messages = collect(Conversations(tracker_url))
    groups = group(messages)
    assert groups[0].count == 3 and groups[0].entries["employeurs_concernes"] == 2
    assert {t for t, _ in groups[0].texts} == {m.text for m in messages if "quartier" in m.text}
    assert len(groups) == 5
    decided = set(groups[0].keys)
    assert all("quartier" not in g.representative for g in group(messages, decided))
    assert message_key("Une régie ?") == message_key("une regie")


def test_two_editors_cannot_both_decide(store: ConsoleStore) -> None:
    keys = [message_key("une régie de quartier"), message_key("autre")]
    eric, ada = User(2, "eric", "editor"), User(3, "ada", "admin")
    assert store.claim(keys, "assigned", eric, "employeurs_concernes", "une régie de quartier") == keys
    with pytest.raises(AlreadyDecided) as taken:
        store.claim(keys, "ignored", ada)
    assert taken.value.decision is not None and taken.value.decision.decided_by == "eric"
    assert store.claim([message_key("nouveau"), keys[1]], "ignored", ada) == [message_key("nouveau")], "a message decided meanwhile is left as it was"
    store.release(keys)
    assert keys[0] not in store.decided_keys()


def test_project_yaml_files_round_trip_byte_for_byte() -> None:
    for path in [*sorted(FAQ_DIR.glob("*.yml")), NLU_DIR / "general.yml"]:
        text = path.read_text(encoding="utf-8")
        assert _dump(_yaml().load(text)) == text, path


def test_example_added_with_formatting_kept(data_copy: tuple[Path, Path]) -> None:
    faq, _ = data_copy
    before = (faq / "01-informations-generales.yml").read_text(encoding="utf-8")
    result = add_faq_example(faq, "employeurs_concernes", "une régie de quartier peut-elle profiter du dispositif ?")
    after = (faq / "01-informations-generales.yml").read_text(encoding="utf-8")
    assert result.added and result.check_ok
    added = [line for line in result.diff.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert added == ['+      - "une régie de quartier peut-elle profiter du dispositif ?"']
    assert [line for line in result.diff.splitlines() if line.startswith("-") and not line.startswith("---")] == []
    assert len(after.splitlines()) == len(before.splitlines()) + 1 and after.startswith("# Section 1")
    assert check_faq(faq).ok
    entry = next(e for e in check_faq(faq).entries if e.id == "employeurs_concernes")
    assert entry.examples[-1] == "une régie de quartier peut-elle profiter du dispositif ?"
    assert not add_faq_example(faq, "employeurs_concernes", "Une régie de quartier peut elle profiter du dispositif").added, "already there"


def test_an_example_faq_check_refuses_is_undone(data_copy: tuple[Path, Path]) -> None:
    faq, _ = data_copy
    before = {p.name: p.read_text(encoding="utf-8") for p in faq.glob("*.yml")}
    existing = next(e for e in check_faq(faq).entries if e.id == "employeurs_concernes").examples[0]
    result = add_faq_example(faq, "departements_couverts", existing)
    assert not result.check_ok and not result.added and result.problems and "+" in result.diff
    assert {p.name: p.read_text(encoding="utf-8") for p in faq.glob("*.yml")} == before
    with pytest.raises(EditError):
        add_faq_example(faq, "inconnue", "une question")
    with pytest.raises(EditError):
        add_faq_example(faq, "employeurs_concernes", "appelez [masqué]")


def test_concurrent_additions_all_land(data_copy: tuple[Path, Path]) -> None:
    faq, nlu = data_copy
    texts = ["une régie de quartier est-elle concernée", "un groupement d'employeurs est-il concerné",
             "une coopérative agricole peut-elle en bénéficier", "une SCOP est-elle éligible au dispositif"]
    threads = [threading.Thread(target=add_faq_example, args=(faq, "employeurs_concernes", t)) for t in texts]
    threads += [threading.Thread(target=add_out_of_scope_example, args=(nlu, f"où acheter un vélo {n}")) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    examples = next(e for e in check_faq(faq).entries if e.id == "employeurs_concernes").examples
    assert all(t in examples for t in texts)
    lines = nlu.read_text(encoding="utf-8")
    assert all(f"- où acheter un vélo {n}\n" in lines for n in range(3))


@pytest.fixture
def inbox_app(store: ConsoleStore, intents, tracker_url: str, data_copy: tuple[Path, Path]) -> Flask:
    faq, nlu = data_copy
    return create_app(store, intents, Conversations(tracker_url), secret="s", secure_cookies=False, faq_dir=faq, nlu_file=nlu)


def form_of(page: str, n: int, action: str) -> dict:
    """The fields of group n's form for ``action`` (the page's own values)."""
    import re

    section = page.split(f'id="groupe-{n}"')[1].split("</section>")[0]
    form = next(f for f in section.split("<form")[1:] if f'name="action" value="{action}"' in f)
    fields: dict = {"key": re.findall(r'name="key" value="([0-9a-f]{64})"', form), "action": action}
    example = re.search(r'name="example" value="([^"]*)"', form)
    if example:
        fields["example"] = example.group(1).replace("&#39;", "'")
    fields["csrf"] = re.search(r'name="csrf" value="([^"]*)"', form).group(1)
    return fields


def test_assign_a_group_through_the_console(inbox_app: Flask, store: ConsoleStore, data_copy) -> None:
    from tests.console.console_support import login

    faq, _ = data_copy
    client = inbox_app.test_client()
    login(client, "eric")
    page = client.get("/console/boite").get_data(as_text=True)
    assert 'list="faq-questions"' in page and "3 messages" in page
    assert "marie.dupont" not in page and "Menuiserie" not in page and "06 12" not in page
    fields = form_of(page, 1, "assigned")
    fields["entry"] = "Quels employeurs peuvent bénéficier du dispositif ?"
    response = client.post("/console/boite/decision", data=fields)
    body = response.get_data(as_text=True)
    assert response.status_code == 200 and "Exemple ajouté" in body and "aucun nouveau problème" in body
    assert '<span class="add">+      - &#34;' in body or "+      - &#34;" in body or '+      - "' in body
    examples = next(e for e in check_faq(faq).entries if e.id == "employeurs_concernes").examples
    assert fields["example"] in examples and check_faq(faq).ok
    assert "quartier" not in client.get("/console/boite").get_data(as_text=True).split("Dernières décisions")[0]
    # The second editor, on the page loaded before: nothing written twice.
    response = client.post("/console/boite/decision", data={**fields, "action": "ignored"}, follow_redirects=True)
    assert "déjà été traité par eric" in response.get_data(as_text=True)
    assert [e.action for e in store.journal()][0] == "inbox_assigned"


def test_out_of_scope_ignore_and_refusals(inbox_app: Flask, data_copy) -> None:
    from tests.console.console_support import login

    _, nlu = data_copy
    client = inbox_app.test_client()
    login(client, "eric")
    page = client.get("/console/boite").get_data(as_text=True)
    n = next(i for i in range(1, 6) if "vélo" in page.split(f'id="groupe-{i}"')[1].split("</section>")[0])
    response = client.post("/console/boite/decision", data=form_of(page, n, "out_of_scope"))
    assert "aux exemples hors sujet" in response.get_data(as_text=True)
    assert "      - où acheter un vélo électrique à Nantes\n" in nlu.read_text(encoding="utf-8")
    page = client.get("/console/boite").get_data(as_text=True)
    response = client.post("/console/boite/decision", data=form_of(page, 1, "ignored"), follow_redirects=True)
    assert "Groupe ignoré" in response.get_data(as_text=True)
    page = client.get("/console/boite").get_data(as_text=True)
    fields = {**form_of(page, 1, "assigned"), "entry": "pas une question"}
    assert "Choisissez une entrée" in client.post("/console/boite/decision", data=fields, follow_redirects=True).get_data(as_text=True)
    heldout = "est-ce que ça marche pour une asso ?"
    fields = {**form_of(page, 1, "assigned"), "entry": "employeurs_concernes", "example": heldout}
    assert "tenu à l&#39;écart" in client.post("/console/boite/decision", data=fields, follow_redirects=True).get_data(as_text=True)
    assert client.post("/console/boite/decision", data={**fields, "csrf": "x"}).status_code == 400


def test_inbox_is_for_editors(inbox_app: Flask) -> None:
    from tests.console.console_support import login

    client = inbox_app.test_client()
    login(client, "agnes")
    assert client.get("/console/boite").status_code == 403
    assert client.post("/console/boite/decision", data={"csrf": client.get("/console/").get_data(as_text=True).split('name="csrf" value="')[1].split('"')[0]}).status_code == 403


def test_heldout_sets_are_read(monkeypatch) -> None:
    from bot.console.app import heldout_texts

    assert len(heldout_texts()) > 300 and "est ce que ca marche pour une asso" in heldout_texts()
    assert (ROOT / "tests" / "data" / "heldout.yml").is_file()


def test_message_dataclass_is_plain() -> None:
    assert Message("x", "unanswered").entries == ()
