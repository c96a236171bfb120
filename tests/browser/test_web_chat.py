"""The web page's chat in a real browser (Debian's Chromium driven by Playwright)
against the running assistant: keyboard use, quick replies, history across a
reload, XSS, accessibility (axe-core) at desktop and 360 px widths.

Screenshots of every scenario go to test-artifacts/screenshots/.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from bot.faq.entries import Faq
from bot.settings import ROOT
from tests.browser.browser_support import AXE
from tests.samples import VAGUE_MESSAGE

pytestmark = [pytest.mark.model, pytest.mark.server]

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 860}
MOBILE = {"width": 360, "height": 740}
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'

expect.set_options(timeout=15_000)


@dataclass
class Chat:
    """One browser tab on the page, with helpers to talk to the assistant."""

    page: Page
    url: str
    errors: list[str] = field(default_factory=list)

    def open(self) -> Chat:
        self.page.goto(self.url)
        expect(self.page.locator("#chat-log .message-bot").first).to_be_visible()
        return self

    def type_and_send(self, text: str) -> None:
        self.page.locator("#chat-input").fill(text)
        self.page.keyboard.press("Enter")

    def bot(self, text: str) -> Locator:
        return self.page.locator("#chat-log .message-bot .bubble").filter(has_text=text)

    def user_bubbles(self) -> Locator:
        return self.page.locator("#chat-log .message-user .bubble")

    def quick_replies(self) -> Locator:
        return self.page.locator("#chat-log .quick-reply")

    def focused(self) -> dict:
        return self.page.evaluate(
            """() => { const e = document.activeElement; const s = getComputedStyle(e);
                 return {id: e.id, cls: e.className, text: e.textContent.trim(), tag: e.tagName,
                         outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth)}; }"""
        )

    def tab_to_input(self, limit: int = 60) -> list[dict]:
        """Press Tab from where focus is until the message input; return every element met on the way."""
        met = []
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            element = self.focused()
            if element["id"] == "chat-input":
                return met
            met.append(element)
        raise AssertionError(f"le champ de saisie n'est pas atteint en {limit} tabulations : {met}")

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    def assert_no_errors(self) -> None:
        assert self.errors == [], self.errors


@pytest.fixture
def new_chat(browser: Browser, web_chat: str) -> Iterator[Callable[..., Chat]]:
    """Factory of fresh tabs (each in its own context: its own sessionStorage, so its own conversation)."""
    contexts = []

    def make(viewport: dict | None = None, bypass_csp: bool = False) -> Chat:
        context = browser.new_context(viewport=viewport or DESKTOP, locale="fr-FR", bypass_csp=bypass_csp)
        contexts.append(context)
        chat = Chat(context.new_page(), web_chat)
        chat.page.on("pageerror", lambda error: chat.errors.append(f"pageerror: {error}"))
        chat.page.on("console", lambda m: chat.errors.append(f"console: {m.text}") if m.type == "error" else None)
        return chat.open()

    yield make
    for context in contexts:
        context.close()


def watch_typing_indicator(page: Page) -> None:
    page.evaluate(
        """() => { const t = document.getElementById('chat-typing'); window.__typingSeen = false;
             new MutationObserver(() => { if (!t.hidden) window.__typingSeen = true; })
               .observe(t, {attributes: true, attributeFilter: ['hidden']}); }"""
    )


def test_faq_question_typed_with_the_keyboard_only(new_chat) -> None:
    chat = new_chat()
    page = chat.page
    watch_typing_indicator(page)
    chat.tab_to_input()
    page.keyboard.type("combien de temps dure une formation ?")
    page.keyboard.press("Enter")
    expect(chat.user_bubbles().last).to_have_text("Vous : combien de temps dure une formation ?")
    expect(chat.bot("Il n'y a pas de nombre d'heures minimum ou maximum")).to_be_visible()
    assert page.evaluate("window.__typingSeen") is True, "the typing indicator was shown while waiting"
    expect(page.locator("#chat-typing")).to_be_hidden()
    expect(page.locator("#chat-input")).to_be_focused()
    expect(page.locator("#chat-input")).to_have_value("")
    chat.screenshot("a-faq-au-clavier")
    chat.assert_no_errors()


def test_vague_question_offers_buttons_and_a_click_answers_that_entry(new_chat, faq: Faq) -> None:
    chat = new_chat()
    chat.type_and_send(VAGUE_MESSAGE)
    expect(chat.bot("Votre question est-elle l'une de celles-ci ?")).to_be_visible()
    expect(chat.quick_replies()).to_have_count(4)  # three questions + « Aucune de ces questions »
    # The contact pointer's links are clickable, safe links.
    link = chat.page.locator("#chat-log a[href='https://nosemplois.fr/1-emploi-1-formation']").first
    expect(link).to_have_attribute("rel", "noopener noreferrer")
    chat.screenshot("b-suggestions")

    by_question = {entry.question: entry for entry in faq}
    titles = chat.quick_replies().all_inner_texts()
    chosen = next(t for t in titles if t in by_question)
    chat.page.get_by_role("button", name=chosen, exact=True).click()
    expect(chat.user_bubbles().last).to_have_text(f"Vous : {chosen}")  # the title, not the /faq{…} payload
    first_paragraph = by_question[chosen].answer.strip().split("\n\n")[0]
    expect(chat.bot(first_paragraph.splitlines()[0])).to_be_visible()
    expect(chat.page.locator("#chat-log .quick-replies").filter(has_text=chosen)).to_have_count(0)
    chat.screenshot("b-suggestion-choisie")
    chat.assert_no_errors()


def test_eligibility_check_with_buttons_only(new_chat) -> None:
    chat = new_chat()
    chat.type_and_send("je veux vérifier mon éligibilité")
    for title in ("CDI", "Maine-et-Loire (49)", "Pas encore : France Travail peut m'en proposer"):
        chat.page.get_by_role("button", name=title, exact=True).click()
        expect(chat.user_bubbles().last).to_have_text(f"Vous : {title}")
    expect(chat.bot("Bonne nouvelle")).to_be_visible()
    chat.screenshot("c-eligibilite-boutons")
    chat.assert_no_errors()


def test_history_survives_a_reload_and_the_conversation_goes_on(new_chat) -> None:
    chat = new_chat()
    page = chat.page
    chat.type_and_send("je veux vérifier mon éligibilité")
    page.get_by_role("button", name="CDI", exact=True).click()
    expect(chat.bot("Où le poste sera-t-il situé ?")).to_be_visible()
    before = page.locator("#chat-log .bubble").all_inner_texts()
    session = json.loads(page.evaluate("sessionStorage.getItem('1e1f-chat')"))["sessionId"]
    assert session

    page.reload()
    expect(page.locator("#chat-log .bubble")).to_have_text(before)
    expect(chat.user_bubbles().last).to_have_text("Vous : CDI")
    assert json.loads(page.evaluate("sessionStorage.getItem('1e1f-chat')"))["sessionId"] == session
    chat.screenshot("d-apres-rechargement")
    # The last question's buttons are still there, and Rasa continues the same conversation.
    page.get_by_role("button", name="Maine-et-Loire (49)", exact=True).click()
    expect(chat.bot("Avez-vous déjà identifié la personne à recruter ?")).to_be_visible()

    # « Nouvelle conversation » forgets everything and gets a new session from Rasa.
    page.get_by_role("button", name="Nouvelle conversation").click()
    expect(page.locator("#chat-log .bubble")).to_have_count(1)
    chat.type_and_send("combien de temps dure une formation ?")
    expect(chat.bot("Il n'y a pas de nombre d'heures minimum ou maximum")).to_be_visible()
    new_session = json.loads(page.evaluate("sessionStorage.getItem('1e1f-chat')"))["sessionId"]
    assert new_session and new_session != session
    chat.assert_no_errors()


def test_html_in_messages_is_shown_as_text_and_never_runs(new_chat) -> None:
    # CSP is bypassed on purpose: the widget itself must be safe, the CSP being only a second barrier.
    chat = new_chat(bypass_csp=True)
    page = chat.page
    chat.type_and_send(XSS)
    expect(chat.user_bubbles().last).to_have_text(f"Vous : {XSS}")
    expect(page.locator("#chat-typing")).to_be_hidden()  # the bot has answered
    assert page.evaluate("window.__xss") is None
    assert page.locator("#chat-log img, #chat-log script").count() == 0
    chat.screenshot("e-xss-message-utilisateur")

    # Bot messages go through the same rendering: plant a hostile one in the stored history.
    hostile = {
        "from": "bot",
        "text": f"{XSS} voir javascript:window.__xss=3 et https://exemple.fr/page?a=1.",
        "buttons": [{"title": XSS, "payload": "/help"}],
    }
    page.evaluate(
        """(m) => { const s = JSON.parse(sessionStorage.getItem('1e1f-chat')); s.messages.push(m);
                  sessionStorage.setItem('1e1f-chat', JSON.stringify(s)); }""",
        hostile,
    )
    page.reload()
    expect(chat.bot("voir javascript:window.__xss=3")).to_contain_text(XSS)
    expect(page.get_by_role("button", name=XSS, exact=True)).to_be_visible()
    links = page.locator("#chat-log .message-bot").last.locator("a")
    expect(links).to_have_count(1)
    expect(links).to_have_attribute("href", "https://exemple.fr/page?a=1")
    assert page.evaluate("window.__xss") is None
    assert page.locator("#chat-log img, #chat-log script").count() == 0
    chat.screenshot("e-xss-message-assistant")


def run_axe(chat: Chat) -> list[dict]:
    chat.page.add_script_tag(path=str(AXE))
    results = chat.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    for violation in results["violations"]:
        targets = [node["target"] for node in violation["nodes"]]
        print(f"axe [{violation['impact']}] {violation['id']}: {violation['help']} -> {targets}")
    return [v for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("viewport, name", [(DESKTOP, "bureau"), (MOBILE, "360px")])
def test_accessibility_with_axe(new_chat, viewport: dict, name: str) -> None:
    # add_script_tag inlines axe: CSP is bypassed for that only.
    chat = new_chat(viewport=viewport, bypass_csp=True)
    page = chat.page
    chat.type_and_send(VAGUE_MESSAGE)
    expect(chat.quick_replies()).to_have_count(4)
    expect(page.locator("#chat-typing")).to_be_hidden()
    serious = run_axe(chat)
    assert serious == [], [(v["id"], v["help"]) for v in serious]
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "no horizontal scrolling"
    chat.screenshot(f"f-accessibilite-{name}")


def test_quick_replies_reachable_by_tab_and_activated_by_enter(new_chat) -> None:
    chat = new_chat()
    page = chat.page
    chat.type_and_send("je veux vérifier mon éligibilité")
    expect(chat.bot("Quel type de contrat envisagez-vous")).to_be_visible()
    titles = chat.quick_replies().all_inner_texts()
    assert "CDI" in titles and len(titles) == 7

    page.reload()  # focus back at the start of the page; the buttons come back from the history
    met = chat.tab_to_input()
    assert met[0]["text"] == "Aller directement à l'assistant", "the skip link comes first"
    reached = [e["text"] for e in met if "quick-reply" in e["cls"]]
    assert reached == titles, "every quick reply, in order"
    for element in met:
        assert element["outline"] != "none" and element["outlineWidth"] >= 2, f"focus not visible on {element}"
    input_focus = chat.focused()
    assert input_focus["outline"] != "none", "focus visible on the input"

    # Shift+Tab back to « CDI » and press Enter.
    for _ in range(len(titles)):
        page.keyboard.press("Shift+Tab")
        if chat.focused()["text"] == "CDI":
            break
    chat.screenshot("g-focus-bouton")
    page.keyboard.press("Enter")
    expect(chat.user_bubbles().last).to_have_text("Vous : CDI")
    expect(page.locator("#chat-input")).to_be_focused()  # focus does not get lost when the buttons go
    expect(chat.bot("Où le poste sera-t-il situé ?")).to_be_visible()

    # The skip link jumps to the input.
    page.reload()
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.locator("#chat-input")).to_be_focused()
    chat.screenshot("g-clavier")
    chat.assert_no_errors()


def test_latest_offer_buttons_stay_usable_after_a_typed_message(new_chat) -> None:
    chat = new_chat()
    chat.type_and_send("quels employeurs peuvent en bénéficier ?")
    offer = chat.page.locator("#chat-log .quick-replies").filter(has_text="Vérifier mon éligibilité")
    expect(offer).to_have_count(1)
    expect(chat.page.get_by_role("button", name="👍 Oui")).to_have_count(1)
    # The employer types something else instead of answering the offer: its button stays, the others go.
    bot_messages = chat.page.locator("#chat-log .message-bot")
    before = bot_messages.count()
    chat.type_and_send("bonjour")
    expect(chat.user_bubbles().last).to_have_text("Vous : bonjour")
    expect(bot_messages).to_have_count(before + 1)
    expect(offer).to_have_count(1)
    expect(chat.page.get_by_role("button", name="👍 Oui")).to_have_count(0)
    # Still usable, and once pressed it is answered: it goes.
    chat.page.get_by_role("button", name="Vérifier mon éligibilité", exact=True).click()
    expect(chat.bot("Vérifions ensemble")).to_be_visible()
    expect(offer).to_have_count(0)
    # Inserted as text, never as HTML.
    assert chat.page.locator("#chat-log .quick-reply").evaluate_all("els => els.every(e => e.children.length === 0)")
    chat.screenshot("g-proposition-gardee")
    chat.assert_no_errors()


def test_recap_confirm_button_still_works_after_typed_messages(new_chat) -> None:
    chat = new_chat()
    steps = [
        ("je cherche à recruter un soudeur en CDI à Cholet", "Avez-vous déjà identifié"),
        ("pas encore", "Bonne nouvelle"),
        ("oui", "nom de votre entreprise"),
        ("Durand et Fils", "SIRET"),  # (a name that says no employer type: « Menuiserie … » is private)
        ("732 829 320 00074", "type d'employeur"),
        ("entreprise privée", "Combien de postes"),
        ("1", "durée de travail hebdomadaire"),
        ("35h", "À quelle date"),
        ("le 15 mars 2027", "besoins de formation"),
        ("soudure TIG", "Acceptez-vous"),
        ("oui j'accepte", "personne à contacter"),
        ("Marie Dupont", "adresse e-mail"),
        ("marie.dupont@example.fr", "numéro de téléphone"),
        ("06 12 34 56 78", "Voici le récapitulatif"),
    ]
    for text, reply in steps:
        chat.type_and_send(text)
        expect(chat.bot(reply).last).to_be_visible()
    confirm = chat.page.get_by_role("button", name="Confirmer et envoyer", exact=True)
    expect(confirm).to_have_count(1)
    # Typed messages at the recap: a question (answered, then a short reminder of the unchanged recap), then something unclear.
    chat.type_and_send("combien de temps dure une formation ?")
    expect(chat.bot("Votre récapitulatif, plus haut, n'a pas changé")).to_be_visible()
    chat.type_and_send("hmm")
    expect(chat.bot("Je n'ai pas compris").last).to_be_visible()
    expect(confirm).to_have_count(1)  # the way forward is still there, once
    confirm.click()
    expect(chat.bot("sous la référence 1E1F-")).to_be_visible()
    expect(confirm).to_have_count(0)
    chat.screenshot("h-recapitulatif-apres-saisie")
    chat.assert_no_errors()
