"""The staff console in a real browser (Debian's Chromium driven by Playwright), served by the web server of ``make run``.

No Rasa needed: a throw-away database with accounts and submissions. Login,
lockout, a submission's status changed then seen in the journal, a hostile
company name shown as text, CSRF refused, every console page refused without a
session, axe-core on every page. Screenshots go to test-artifacts/screenshots/;
those of ``docs/console.md`` are copied to ``docs/images/`` when missing there.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import create_engine, insert
from werkzeug.serving import make_server

from bot.console.app import create_app
from bot.console.store import ConsoleStore
from bot.faq.check import check_faq
from bot.serving.web_server import make_app
from bot.settings import FAQ_DIR, NLU_DIR, ROOT
from bot.staff.report.source import EVENTS
from bot.submission.dialogue import submission_record
from bot.submission.store import SubmissionStore
from tests.browser.browser_support import AXE
from tests.console.test_console_conversations import bot, user
from tests.samples import completed_submission_slots

DOC_IMAGES = ROOT / "docs" / "images"
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
PASSWORD = "un mot de passe solide"
REGIE = ("une régie de quartier peut elle profiter du dispositif", "Une régie de quartier peut-elle profiter du dispositif ?")
HOSTILE = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>Entreprise'

expect.set_options(timeout=15_000)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    folder = tmp_path_factory.mktemp("console")
    saved = {name: os.environ.get(name) for name in ("BOT_DB_URL", "BOT_VAR_DIR", "BOT_CONSOLE_SECRET", "BOT_TRACKER_URL")}
    os.environ.update({"BOT_DB_URL": f"sqlite:///{folder / 's.db'}", "BOT_VAR_DIR": str(folder), "BOT_TRACKER_URL": f"sqlite:///{folder / 't.db'}"})
    trackers = create_engine(os.environ["BOT_TRACKER_URL"], future=True)
    EVENTS.metadata.create_all(trackers)
    with trackers.begin() as conn:
        for row in (
            user("conv-cholet", 1795000000.0, "Combien coûte la formation ?", "faq", 0.91,
                 {"kind": "answer", "faq_ids": ["cout_formation"], "suggestions": [], "confidence": 0.91, "intent": "faq"}),
            bot("conv-cholet", 1795000001.0, "La formation est financée par la Région.", ["Oui", "Non"]),
            user("conv-cholet", 1795000002.0, HOSTILE, "nlu_fallback", 0.21,
                 {"kind": "suggest", "faq_ids": [], "suggestions": ["cout_formation"], "confidence": 0.21, "intent": "nlu_fallback"}),
            *(user(f"conv-{n}", 1795000003.0 + n, text, "nlu_fallback", 0.3,
                   {"kind": "suggest", "faq_ids": [], "suggestions": ["employeurs_concernes"], "confidence": 0.3, "intent": "nlu_fallback"})
              for n, text in enumerate(REGIE)),
        ):
            conn.execute(insert(EVENTS).values(**row))
    trackers.dispose()
    os.environ.pop("BOT_CONSOLE_SECRET", None)
    console = ConsoleStore()
    for name, role in (("agnes", "agent"), ("ada", "admin"), ("eric", "editor"), ("bloque", "agent")):
        console.add_user(name, role, PASSWORD)
    intents = SubmissionStore()
    references = [
        intents.save(submission_record(completed_submission_slots()), "conv-cholet")[0],
        intents.save(submission_record({
            **completed_submission_slots(), "company_name": HOSTILE, "eligibility": "derogation", "derogation_justification": "Besoin urgent",
            "work_location": {"commune": "Nantes", "postal_code": "44000", "department": "44"},
        }), "conv-nantes")[0],
    ]
    faq = folder / "faq"
    shutil.copytree(FAQ_DIR, faq)
    nlu = folder / "general.yml"
    shutil.copy(NLU_DIR / "general.yml", nlu)
    # The page and the console composed as make_run does, the console editing copies of the data files.
    app = make_app("http://127.0.0.1:5005", console=create_app(faq_dir=faq, nlu_file=nlu))
    web = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=web.serve_forever, daemon=True).start()
    port = web.server_address[1]
    try:
        yield {"url": f"http://127.0.0.1:{port}/console/", "references": references, "store": console, "faq": faq}
    finally:
        web.shutdown()
        web.server_close()
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    # bypass_csp only so that axe can be injected; the console's own pages run no script.
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()


def login(page: Page, site: dict, name: str, password: str = PASSWORD) -> None:
    page.goto(site["url"] + "connexion")
    page.get_by_label("Nom du compte").fill(name)
    page.get_by_label("Mot de passe").fill(password)
    page.get_by_role("button", name="Se connecter").click()


def serious_axe_violations(page: Page) -> list[tuple[str, str]]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [(v["id"], v["help"]) for v in results["violations"] if v["impact"] in ("serious", "critical")]


def shoot(page: Page, name: str) -> None:
    """Into test-artifacts/screenshots/ every time; into docs/images/ when the guide lacks it (delete one there to refresh it)."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    if not (DOC_IMAGES / f"{name}.png").exists():
        DOC_IMAGES.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SCREENSHOTS / f"{name}.png", DOC_IMAGES / f"{name}.png")


def test_login_status_change_and_journal(page: Page, site: dict) -> None:
    page.goto(site["url"])
    expect(page.get_by_role("heading", name="Connexion")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("Connectez-vous")
    assert serious_axe_violations(page) == []
    shoot(page, "console-connexion")

    login(page, site, "agnes")
    expect(page.get_by_role("heading", name="Bonjour agnes")).to_be_visible()
    assert serious_axe_violations(page) == []
    page.get_by_role("link", name="Demandes").first.click()
    expect(page.get_by_role("heading", name="Demandes d'embauche")).to_be_visible()
    # The hostile company name is text, never markup.
    expect(page.get_by_role("cell", name=HOSTILE)).to_be_visible()
    assert page.evaluate("window.__xss") is None and page.locator("main img, main script").count() == 0
    assert serious_axe_violations(page) == []
    shoot(page, "console-demandes")

    page.get_by_label("Département").select_option("49")
    page.get_by_role("button", name="Filtrer").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    reference = site["references"][0]
    page.get_by_role("link", name=reference).click()
    expect(page.get_by_role("heading", name=f"Demande {reference}")).to_be_visible()
    expect(page.get_by_text("marie.dupont@example.fr")).to_be_visible()
    page.get_by_role("button", name="Prendre en charge").click()
    expect(page.get_by_role("status")).to_contain_text("Statut enregistré")
    expect(page.get_by_role("heading", name="Statut : en cours")).to_be_visible()
    expect(page.get_by_text("Par agnes")).to_be_visible()
    assert serious_axe_violations(page) == []
    shoot(page, "console-demande")

    page.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("status")).to_contain_text("déconnecté")
    login(page, site, "ada")
    page.get_by_role("link", name="Journal").first.click()
    row = page.locator("tbody tr").filter(has_text="changement de statut")
    expect(row).to_contain_text(reference)
    expect(row).to_contain_text("agnes")
    expect(row).to_contain_text("nouvelle → en_cours")
    expect(page.locator("tbody tr").filter(has_text="consultation d'une demande").first).to_contain_text("agnes")
    assert serious_axe_violations(page) == []
    shoot(page, "console-journal")


def test_lockout_after_five_failures(page: Page, site: dict) -> None:
    for _ in range(4):
        login(page, site, "bloque", "pas le bon mot de passe")
        expect(page.get_by_role("alert")).to_have_text("Nom ou mot de passe incorrect.")
    login(page, site, "bloque", "pas le bon mot de passe")
    expect(page.get_by_role("alert")).to_contain_text("verrouillé pendant 15 minutes")
    login(page, site, "bloque")
    expect(page.get_by_role("alert")).to_contain_text("verrouillé")
    assert serious_axe_violations(page) == []


def test_hostile_detail_and_forbidden_pages(page: Page, site: dict) -> None:
    login(page, site, "agnes")
    page.goto(site["url"] + f"demandes/{site['references'][1]}")
    expect(page.locator("dd").filter(has_text="Entreprise").first).to_have_text(HOSTILE)
    assert page.evaluate("window.__xss") is None
    response = page.goto(site["url"] + "journal")
    assert response is not None and response.status == 403
    expect(page.get_by_role("heading", name="Accès refusé")).to_be_visible()
    assert serious_axe_violations(page) == []
    response = page.goto(site["url"] + "inconnue")
    assert response is not None and response.status == 404
    assert serious_axe_violations(page) == []


def test_editor_home(page: Page, site: dict) -> None:
    login(page, site, "eric")
    expect(page.get_by_role("heading", name="Bonjour eric")).to_be_visible()
    assert page.get_by_role("link", name="Demandes").count() == 0
    assert serious_axe_violations(page) == []


def test_transcript_with_a_hostile_message(page: Page, site: dict) -> None:
    login(page, site, "agnes")
    page.goto(site["url"] + f"demandes/{site['references'][0]}")
    page.get_by_role("link", name="lire la conversation").click()
    expect(page.get_by_role("heading", name="Conversation")).to_be_visible()
    expect(page.locator(".turn.user .text").nth(1)).to_have_text(HOSTILE)
    assert page.evaluate("window.__xss") is None and page.locator("main img, main script").count() == 0
    expect(page.locator(".turn.user .decision").first).to_contain_text("réponse, confiance 91 %")
    expect(page.locator(".turn.user .decision").nth(1)).to_contain_text("suggestions, confiance 21 %")
    assert serious_axe_violations(page) == []
    shoot(page, "console-conversation")
    page.get_by_role("link", name="Conversations").first.click()
    page.get_by_label("Texte d'un message").fill("COUTE")
    page.get_by_role("button", name="Chercher").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    assert serious_axe_violations(page) == []


def test_forged_form_is_refused(page: Page, site: dict) -> None:
    login(page, site, "agnes")
    reference = site["references"][1]
    # A form from another origin cannot read the token: the post carries a wrong one.
    response = page.request.post(site["url"] + f"demandes/{reference}/statut", form={"csrf": "volé", "from": "nouvelle", "to": "refusee", "reason": "x"})
    assert response.status == 400
    assert site["store"].status(reference).status == "nouvelle"


def test_every_console_page_is_refused_without_a_session(page: Page, site: dict) -> None:
    from bot.console.app import PUBLIC_ENDPOINTS, create_app, route_rules

    reference = site["references"][0]
    rules = [(rule, methods) for rule, endpoint, methods in route_rules(create_app(site["store"], secret="x")) if endpoint not in PUBLIC_ENDPOINTS]
    assert rules
    for rule, methods in rules:
        url = site["url"].removesuffix("/console/") + rule.replace("<reference>", reference).replace("<kind>", "csv")
        for method in methods:
            response = page.request.fetch(url, method=method, max_redirects=0)
            assert response.status in (302, 400, 403), (method, rule, response.status)
            assert "Menuiserie" not in response.text() and "marie.dupont" not in response.text()
            if response.status == 302:
                assert response.headers["location"].split("?")[0].endswith("/console/connexion")


def test_inbox_group_assigned_to_an_faq_entry(page: Page, site: dict) -> None:
    login(page, site, "eric")
    page.get_by_role("link", name="Boîte de réception").first.click()
    expect(page.get_by_role("heading", name="Boîte de réception")).to_be_visible()
    group = page.locator("section.group").filter(has=page.get_by_role("heading", name="régie de quartier"))
    expect(group).to_have_count(1)
    expect(group.get_by_role("heading")).to_contain_text("(2 messages)")
    assert serious_axe_violations(page) == []
    shoot(page, "console-boite")
    expect(group.get_by_label("Entrée de la FAQ")).to_have_value("Quels employeurs peuvent bénéficier du dispositif ?")
    group.get_by_label("Exemple à ajouter").fill("une régie de quartier peut-elle profiter du dispositif ?")
    group.get_by_role("button", name="Ajouter à cette entrée").click()
    expect(page.get_by_role("heading", name="Exemple ajouté")).to_be_visible()
    expect(page.get_by_role("status")).to_contain_text("aucun nouveau problème")
    expect(page.locator(".diff .add")).to_have_text('+      - "une régie de quartier peut-elle profiter du dispositif ?"')
    assert serious_axe_violations(page) == []
    shoot(page, "console-boite-ajout")
    report = check_faq(site["faq"])
    assert report.ok
    entry = next(e for e in report.entries if e.id == "employeurs_concernes")
    assert entry.examples[-1] == "une régie de quartier peut-elle profiter du dispositif ?"
    page.get_by_role("link", name="Retour à la boîte de réception").click()
    expect(page.locator("section.group").filter(has=page.get_by_role("heading", name="régie de quartier"))).to_have_count(0)


def test_retrain_page(page: Page, site: dict) -> None:
    # Only looked at: pressing the button would train a real model (minutes of CPU); the job is tested with fakes.
    login(page, site, "eric")
    page.get_by_role("link", name="Réentraîner").first.click()
    expect(page.get_by_role("heading", name="Réentraîner l'assistant")).to_be_visible()
    expect(page.get_by_role("button", name="Réentraîner")).to_be_visible()
    assert serious_axe_violations(page) == []


def test_report_and_dialogues_pages(page: Page, site: dict) -> None:
    login(page, site, "eric")
    page.get_by_role("link", name="Rapport").first.click()
    expect(page.get_by_role("heading", name="Rapport d'activité")).to_be_visible()
    frame = page.frame_locator("iframe.report")
    expect(frame.locator("h1")).to_be_visible()
    assert serious_axe_violations(page) == []
    shoot(page, "console-rapport")
    # Only looked at: the run itself is tested with a stand-in command.
    page.get_by_role("link", name="Dialogues de test").first.click()
    expect(page.get_by_role("button", name="Lancer les dialogues de test")).to_be_visible()
    assert serious_axe_violations(page) == []
