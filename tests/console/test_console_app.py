"""The console through Flask's test client: refusals without a session, CSRF, roles, submissions, statuses, exports, audit."""

from __future__ import annotations

import csv
import io
import json
import re
import stat

import pytest
from flask import Flask

from bot.console.app import ENDPOINT_AREAS, PUBLIC_ENDPOINTS, create_app, route_rules, secret_key
from bot.console.store import ConsoleStore
from tests.console.console_support import HOSTILE, PASSWORD


def concrete(rule: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", lambda m: {"kind": "csv", "filename": "console.css"}.get(m.group(1), "1E1F-2026-000001"), rule)


def test_every_route_is_placed_in_an_area(app: Flask) -> None:
    endpoints = {endpoint for _, endpoint, _ in route_rules(app)}
    assert endpoints - PUBLIC_ENDPOINTS == set(ENDPOINT_AREAS), "a new route must be given an area (or it is refused to all)"


def test_every_route_is_refused_without_a_session(app: Flask, client, saved) -> None:
    walked = 0
    for rule, endpoint, methods in route_rules(app):
        if endpoint in PUBLIC_ENDPOINTS:
            continue
        for method in methods:
            response = client.open(concrete(rule), method=method, data={})
            walked += 1
            body = response.get_data(as_text=True)
            assert response.status_code in (302, 400, 403), (method, rule, response.status_code)
            if response.status_code == 302:
                assert response.headers["Location"].split("?")[0].endswith("/console/connexion")
            assert "Menuiserie" not in body and "marie.dupont" not in body and "Cholet" not in body, rule
            if response.status_code != 302:  # a redirect names the page asked for (to come back to it), nothing more
                assert "1E1F-" not in body, rule
    assert walked >= 7
    # A forged POST with a valid anonymous CSRF token is still refused.
    token = client.get("/console/connexion").get_data(as_text=True).split('name="csrf" value="')[1].split('"')[0]
    response = client.post(f"/console/demandes/{saved[0]}/statut", data={"csrf": token, "from": "nouvelle", "to": "en_cours"})
    assert response.status_code == 403
    # Unknown console URLs do not tell what exists.
    assert client.get("/console/nimportequoi").status_code == 302


def test_login_sets_a_strict_cookie_and_a_new_session(client, console) -> None:
    client.get("/console/connexion")
    before = client.get_cookie("console_session", path="/console")
    console.login("agnes")
    cookie = client.get_cookie("console_session", path="/console")
    assert cookie is not None and before is not None and cookie.value != before.value
    assert cookie.http_only and cookie.same_site == "Strict" and cookie.path == "/console" and not cookie.secure
    page = client.get("/console/")
    assert page.status_code == 200 and "Bonjour agnes" in page.get_data(as_text=True)


def test_cookie_is_secure_when_asked(store, intents, client) -> None:
    app = create_app(store, intents, secret="s", secure_cookies=True)
    response = app.test_client().get("/console/connexion")
    assert "Secure" in response.headers["Set-Cookie"] and "HttpOnly" in response.headers["Set-Cookie"]


def test_wrong_password_then_lockout(client, console, store: ConsoleStore) -> None:
    for _ in range(4):
        response = client.post("/console/connexion", data={"name": "agnes", "password": "faux", "csrf": console.csrf()})
        assert response.status_code == 401 and "Nom ou mot de passe incorrect" in response.get_data(as_text=True)
    response = client.post("/console/connexion", data={"name": "agnes", "password": "faux", "csrf": console.csrf()})
    assert "verrouillé pendant 15 minutes" in response.get_data(as_text=True)
    response = client.post("/console/connexion", data={"name": "agnes", "password": PASSWORD, "csrf": console.csrf()})
    assert response.status_code == 401, "locked even with the right password"
    actions = [e.action for e in store.journal()]
    assert actions.count("login_failed") == 4 and actions.count("account_locked") == 2


def test_csrf_is_required_on_every_form(client, console, saved) -> None:
    response = client.post("/console/connexion", data={"name": "agnes", "password": PASSWORD})
    assert response.status_code == 400 and "Formulaire refusé" in response.get_data(as_text=True)
    console.login("agnes")
    for data in ({}, {"csrf": "forgé"}):
        response = client.post(f"/console/demandes/{saved[0]}/statut", data={**data, "from": "nouvelle", "to": "en_cours"})
        assert response.status_code == 400
        response = client.post("/console/deconnexion", data=data)
        assert response.status_code == 400
    assert "nouvelle" in client.get(f"/console/demandes/{saved[0]}").get_data(as_text=True)


def test_roles(client, console, saved) -> None:
    console.login("eric")
    assert client.get("/console/demandes").status_code == 403
    assert client.get(f"/console/demandes/{saved[0]}").status_code == 403
    assert client.get("/console/demandes/export.csv").status_code == 403
    assert client.get("/console/journal").status_code == 403
    assert "Demandes" not in client.get("/console/").get_data(as_text=True)


def test_agent_cannot_read_the_journal(client, console) -> None:
    console.login("agnes")
    assert client.get("/console/journal").status_code == 403


def test_list_and_filters(client, console, saved) -> None:
    console.login("agnes")
    page = client.get("/console/demandes").get_data(as_text=True)
    assert all(reference in page for reference in saved)
    page = client.get("/console/demandes?departement=44").get_data(as_text=True)
    assert saved[1] in page and saved[0] not in page and saved[2] not in page
    page = client.get("/console/demandes?verdict=ineligible").get_data(as_text=True)
    assert saved[2] in page and saved[1] not in page
    page = client.get("/console/demandes?du=2099-01-01").get_data(as_text=True)
    assert "Aucune demande" in page
    page = client.get("/console/demandes?du=pas-une-date").get_data(as_text=True)
    assert "date invalide" in page and saved[0] in page


def test_hostile_text_is_escaped(client, console, saved) -> None:
    console.login("agnes")
    for path in ("/console/demandes", f"/console/demandes/{saved[2]}"):
        page = client.get(path).get_data(as_text=True)
        assert HOSTILE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_detail_is_audited_and_shows_personal_data_to_agents(client, console, saved, store: ConsoleStore) -> None:
    console.login("agnes")
    page = client.get(f"/console/demandes/{saved[0]}").get_data(as_text=True)
    assert "marie.dupont@example.fr" in page and "73282932000074" in page and "Cholet" in page
    assert "Situation du candidat" in page or "situation du candidat" in page
    assert "Demandeur d&#39;emploi inscrit à France Travail" in page  # the label, not the code
    assert any(e.action == "submission_viewed" and e.target == saved[0] and e.user_name == "agnes" for e in store.journal())
    assert client.get("/console/demandes/1E1F-2026-999999").status_code == 404


def test_an_alternance_to_specify_is_shown_among_what_the_staff_complete(client, console, intents) -> None:
    """A request sent « alternance, type à préciser » (the employer did not know yet: apprenticeship or professionalisation): the
    list and the page show the contract's label and what the staff must complete, as a skipped SIRET; the exports carry it
    (the console edits no field: the staff set the kind with the employer, then in their own tools)."""
    from tests.console.console_support import save

    reference = save(intents, "conv-alternance", contract_type="alternance_a_preciser", contract_duration=24.0, siret=None,
                     missing_fields=["siret"])
    plain = save(intents, "conv-cdi")
    console.login("agnes")
    listed = client.get("/console/demandes").get_data(as_text=True)
    row = listed[listed.index(reference):listed.index("</tr>", listed.index(reference))]
    assert "<td>Alternance (apprentissage ou professionnalisation, à préciser)</td>" in row
    assert "SIRET, type d&#39;alternance (apprentissage ou professionnalisation)" in row
    other = listed[listed.index(plain):listed.index("</tr>", listed.index(plain))]
    assert "<td>CDI</td>" in other and "à préciser" not in other and "to-complete" not in other
    page = client.get(f"/console/demandes/{reference}").get_data(as_text=True)
    assert "<dd>Alternance (apprentissage ou professionnalisation, à préciser) — <strong class=\"to-complete\">à compléter</strong></dd>" in page
    assert "<dt>À compléter par les services</dt><dd><strong class=\"to-complete\">SIRET, type d&#39;alternance (apprentissage ou professionnalisation)</strong></dd>" in page
    assert "<dd>CDI</dd>" in client.get(f"/console/demandes/{plain}").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(client.get("/console/demandes/export.csv").get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    exported = next(r for r in rows if r["reference"] == reference)
    assert exported["job.contract_type"] == "alternance_a_preciser" and exported["missing_fields"] == "siret; contract_type"
    document = json.loads(client.get("/console/demandes/export.json").get_data(as_text=True))
    job = next(s for s in document["submissions"] if s["reference"] == reference)["job"]
    assert (job["contract_type"], job["contract_duration_months"]) == ("alternance_a_preciser", 24)


def test_status_change_is_seen_by_the_admin(client, console, saved, store: ConsoleStore) -> None:
    console.login("agnes")
    path = f"/console/demandes/{saved[0]}"
    token = console.csrf(path)
    response = client.post(f"{path}/statut", data={"csrf": token, "from": "nouvelle", "to": "en_cours"}, follow_redirects=True)
    assert "Statut enregistré" in response.get_data(as_text=True) and "Par agnes" in response.get_data(as_text=True)
    response = client.post(f"{path}/statut", data={"csrf": token, "from": "nouvelle", "to": "en_cours"}, follow_redirects=True)
    assert "modifié entre-temps" in response.get_data(as_text=True)
    response = client.post(f"{path}/statut", data={"csrf": token, "from": "en_cours", "to": "refusee", "reason": ""}, follow_redirects=True)
    assert "Indiquez le motif" in response.get_data(as_text=True)
    response = client.post(f"{path}/statut", data={"csrf": token, "from": "en_cours", "to": "refusee", "reason": "Hors <b>Région</b>"},
                           follow_redirects=True)
    page = response.get_data(as_text=True)
    assert "refusée" in page and "Hors &lt;b&gt;Région&lt;/b&gt;" in page
    assert "refusée" in client.get("/console/demandes?statut=refusee").get_data(as_text=True)
    client.post("/console/deconnexion", data={"csrf": console.csrf("/console/")})
    console.login("ada")
    journal = client.get("/console/journal").get_data(as_text=True)
    assert "changement de statut" in journal and "nouvelle → en_cours" in journal and saved[0] in journal
    assert "consultation d&#39;une demande" in journal and "connexion" in journal and "déconnexion" in journal


def test_exports_follow_the_filters_and_are_audited(client, console, saved, store: ConsoleStore) -> None:
    console.login("agnes")
    response = client.get("/console/demandes/export.csv?departement=49")
    assert response.headers["Content-Disposition"].startswith("attachment;")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 2 and rows[1][0] == saved[0]
    document = json.loads(client.get("/console/demandes/export.json").get_data(as_text=True))
    assert [s["reference"] for s in document["submissions"]] == list(reversed(saved))
    exports = [e for e in store.journal() if e.action == "export"]
    assert [(e.target, e.detail) for e in exports] == [("JSON", "3 demande(s), aucun filtre"), ("CSV", "1 demande(s), departement=49")]
    assert client.get("/console/demandes/export.xml").status_code == 404


def test_logout_closes_the_session_on_the_server(client, console) -> None:
    console.login("agnes")
    stolen = client.get_cookie("console_session", path="/console")
    assert stolen is not None
    client.post("/console/deconnexion", data={"csrf": console.csrf("/console/")})
    client.set_cookie("console_session", stolen.value, path="/console")
    assert client.get("/console/").status_code == 302, "the old cookie opens nothing"


def test_pages_carry_strict_headers(client, console) -> None:
    response = client.get("/console/connexion")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["Cache-Control"] == "no-store" and response.headers["X-Frame-Options"] == "DENY"
    assert client.get("/console/static/console.css").status_code == 200


def test_secret_key_is_drawn_once_and_private(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BOT_CONSOLE_SECRET", raising=False)
    first = secret_key(tmp_path)
    assert first == secret_key(tmp_path) and len(first) > 40
    assert stat.S_IMODE((tmp_path / "console-secret").stat().st_mode) == 0o600
    monkeypatch.setenv("BOT_CONSOLE_SECRET", "fixée")
    assert secret_key(tmp_path) == "fixée"


def test_an_unexpected_error_is_a_french_page(store, intents, console) -> None:
    class Broken:
        def list(self) -> list:
            raise RuntimeError("boom")

    client = create_app(store, Broken(), secret="s", secure_cookies=False).test_client()
    from tests.console.console_support import login

    login(client, "agnes")
    response = client.get("/console/demandes")
    assert response.status_code == 500 and "Erreur de la console" in response.get_data(as_text=True)
    assert "boom" not in response.get_data(as_text=True) and "Traceback" not in response.get_data(as_text=True)


def test_login_goes_back_to_the_page_asked_for(client, console, saved) -> None:
    response = client.get(f"/console/demandes/{saved[0]}")
    assert response.headers["Location"] == f"/console/connexion?suite=/console/demandes/{saved[0]}"
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f'name="suite" value="/console/demandes/{saved[0]}"' in page
    token = console.csrf()
    response = client.post("/console/connexion", data={"name": "agnes", "password": PASSWORD, "csrf": token, "suite": f"/console/demandes/{saved[0]}"})
    assert response.headers["Location"] == f"/console/demandes/{saved[0]}"


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/console/", "/console//evil.example", "/console/\\\\evil",
                                    "/console/../x", "javascript:alert(1)", "/ailleurs"])
def test_login_never_sends_elsewhere(client, console, target: str) -> None:
    page = client.get("/console/connexion", query_string={"suite": target}).get_data(as_text=True)
    assert 'name="suite"' not in page
    response = client.post("/console/connexion", data={"name": "agnes", "password": PASSWORD, "csrf": console.csrf(), "suite": target})
    assert response.headers["Location"] == "/console/"
