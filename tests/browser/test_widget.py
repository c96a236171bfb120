"""The widget (web/widget.js) on another site's pages, in Debian's Chromium driven
by Playwright, against the running assistant.

The host site (tests/browser/host_site.py) is served on its own port, so from
another origin than the assistant's page server; its origin is in
BOT_EMBED_ORIGINS (the page server's CORS) and in Rasa's allowed origins (the
``servers`` fixture). A second host site on a port listed nowhere gets no chat.

Screenshots go to test-artifacts/screenshots/ (widget-*.png); docs/integration.md
shows two of them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from playwright.sync_api import Browser, BrowserContext, Locator, Page, expect

from bot.serving.ports import free_port
from bot.settings import ROOT
from tests.browser.browser_support import AXE
from tests.browser.host_site import HostSite, serve_host_site
from tests.samples import VAGUE_MESSAGE

pytestmark = [pytest.mark.model, pytest.mark.server]

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 860}
MOBILE = {"width": 360, "height": 740}
XSS = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>'
ACCENT = "#7a1f5c"
WELCOME = "Bonjour, je suis l'assistant de la Région pour « 1 emploi = 1 formation ». Que voulez-vous savoir ?"
FAQ_QUESTION = "combien de temps dure une formation ?"
FAQ_ANSWER = "Il n'y a pas de nombre d'heures minimum ou maximum"
LAUNCHER_NAME = re.compile(r"^Une question \? ?Assistant « 1 emploi = 1 formation »$")

expect.set_options(timeout=15_000)


@pytest.fixture(scope="module")
def embed_allowed(embed_port: int) -> Iterator[str]:
    """BOT_EMBED_ORIGINS of the page server (read at each request): the host site's origin."""
    origin = f"http://127.0.0.1:{embed_port}"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOT_EMBED_ORIGINS", origin)
        yield origin


@pytest.fixture(scope="module")
def host_site(web_chat: str, servers: object, embed_port: int, embed_allowed: str) -> Iterator[HostSite]:
    with serve_host_site(embed_port, web_chat, servers.rasa_url, accent=ACCENT, welcome=WELCOME) as site:  # type: ignore[attr-defined]
        assert site.origin == embed_allowed
        yield site


@pytest.fixture(scope="module")
def foreign_site(web_chat: str, servers: object, embed_allowed: str) -> Iterator[HostSite]:
    """A site whose origin is in no list: same page, same tag."""
    with serve_host_site(free_port(), web_chat, servers.rasa_url) as site:  # type: ignore[attr-defined]
        assert site.origin != embed_allowed
        yield site


@dataclass
class Host:
    """One browser tab on a host page with the widget."""

    page: Page
    context: BrowserContext
    errors: list[str] = field(default_factory=list)

    @property
    def launcher(self) -> Locator:
        return self.page.locator("#w-launcher")

    @property
    def panel(self) -> Locator:
        return self.page.locator("#w-panel")

    @property
    def input(self) -> Locator:
        return self.page.locator("#chat-input")

    def bot(self, text: str) -> Locator:
        return self.page.locator("#chat-log .message-bot .bubble").filter(has_text=text)

    def user_bubbles(self) -> Locator:
        return self.page.locator("#chat-log .message-user .bubble")

    def type_and_send(self, text: str) -> None:
        self.input.fill(text)
        self.input.press("Enter")

    def focused_in_widget(self) -> str | None:
        """The id of the focused element inside the widget's shadow root, or None when focus is elsewhere."""
        return self.page.evaluate(
            """() => { const host = document.querySelector('un-emploi-une-formation');
                 if (!host || document.activeElement !== host) return null;
                 const e = host.shadowRoot.activeElement; return e ? (e.id || e.className) : null; }"""
        )

    def screenshot(self, name: str) -> None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))

    def assert_no_errors(self) -> None:
        assert self.errors == [], self.errors


@pytest.fixture
def new_host(browser: Browser, host_site: HostSite) -> Iterator[Callable[..., Host]]:
    contexts: list[BrowserContext] = []

    def make(viewport: dict | None = None, bypass_csp: bool = False, site: HostSite | None = None, path: str = "/") -> Host:
        context = browser.new_context(viewport=viewport or DESKTOP, locale="fr-FR", bypass_csp=bypass_csp)
        contexts.append(context)
        host = Host(context.new_page(), context)
        host.page.on("pageerror", lambda error: host.errors.append(f"pageerror: {error}"))
        host.page.on("console", lambda m: host.errors.append(f"console: {m.text}") if m.type == "error" else None)
        host.page.goto((site or host_site).url(path))
        return host

    yield make
    for context in contexts:
        context.close()


def open_with_keyboard(host: Host) -> None:
    expect(host.launcher).to_be_visible()
    for _ in range(15):
        host.page.keyboard.press("Tab")
        if host.focused_in_widget() == "w-launcher":
            break
    else:
        raise AssertionError("le bouton de l'assistant n'est pas atteint au clavier")
    host.page.keyboard.press("Enter")
    expect(host.panel).to_be_visible()
    expect(host.input).to_be_focused()


def test_keyboard_faq_check_history_across_pages_and_escape(new_host) -> None:
    host = new_host()
    page = host.page
    expect(host.launcher).to_have_attribute("aria-expanded", "false")
    expect(host.launcher).to_have_accessible_name(LAUNCHER_NAME)
    expect(host.panel).to_be_hidden()
    assert page.evaluate("window.io") == "la variable io du site", "the host's own io is left alone"
    host.screenshot("widget-ferme")

    open_with_keyboard(host)
    expect(host.launcher).to_have_attribute("aria-expanded", "true")
    expect(host.bot(WELCOME)).to_be_visible()  # data-welcome
    page.evaluate(
        """() => { const root = document.querySelector('un-emploi-une-formation').shadowRoot;
             const t = root.getElementById('chat-typing'); window.__typingSeen = false;
             new MutationObserver(() => { if (!t.hidden) window.__typingSeen = true; })
               .observe(t, {attributes: true, attributeFilter: ['hidden']}); }"""
    )
    page.keyboard.type(FAQ_QUESTION)
    page.keyboard.press("Enter")
    expect(host.user_bubbles().last).to_have_text(f"Vous : {FAQ_QUESTION}")
    expect(host.bot(FAQ_ANSWER)).to_be_visible()
    assert page.evaluate("window.__typingSeen") is True, "the typing indicator was shown while waiting"
    # It sits in a status live region, so screen readers announce it.
    expect(page.locator(".chat-typing-region[role='status'] #chat-typing")).to_have_count(1)
    host.screenshot("widget-ouvert")

    # The eligibility check: free text first, then the offered buttons.
    host.type_and_send("je veux vérifier mon éligibilité")
    expect(host.bot("Quel type de contrat envisagez-vous")).to_be_visible()
    for title in ("CDI", "Maine-et-Loire (49)"):
        page.get_by_role("button", name=title, exact=True).click()
        expect(host.user_bubbles().last).to_have_text(f"Vous : {title}")
    expect(host.bot("Avez-vous déjà identifié la personne à recruter ?")).to_be_visible()
    before = page.locator("#chat-log .bubble").all_inner_texts()
    session = json.loads(page.evaluate("sessionStorage.getItem('1e1f-widget')"))["sessionId"]

    # Another page of the host site (same origin), then a reload: panel open, same history, same conversation.
    page.locator("#host-link").click()
    page.wait_for_url("**/autre-page.html")
    expect(host.panel).to_be_visible()
    expect(page.locator("#chat-log .bubble")).to_have_text(before)
    page.reload()
    expect(host.panel).to_be_visible()
    expect(page.locator("#chat-log .bubble")).to_have_text(before)
    assert json.loads(page.evaluate("sessionStorage.getItem('1e1f-widget')"))["sessionId"] == session
    page.get_by_role("button", name="Pas encore : France Travail peut m'en proposer", exact=True).click()
    expect(host.bot("Bonne nouvelle")).to_be_visible()
    host.screenshot("widget-verification")

    # Escape closes and gives the focus back to the launcher.
    host.input.focus()
    page.keyboard.press("Escape")
    expect(host.panel).to_be_hidden()
    expect(host.launcher).to_have_attribute("aria-expanded", "false")
    assert host.focused_in_widget() == "w-launcher"
    page.reload()
    expect(host.launcher).to_be_visible()
    expect(host.panel).to_be_hidden()  # closed stays closed across pages
    host.assert_no_errors()


def test_unread_badge_when_a_reply_comes_while_closed(new_host) -> None:
    host = new_host()
    host.launcher.click()
    # Send and close in one synchronous script: the reply, an event of a later task, always finds the panel closed.
    host.page.evaluate(
        """(text) => { const root = document.querySelector('un-emploi-une-formation').shadowRoot;
             root.getElementById('chat-input').value = text;
             root.getElementById('chat-form').requestSubmit();
             root.getElementById('w-close').click(); }""",
        FAQ_QUESTION,
    )
    expect(host.panel).to_be_hidden()
    badge = host.page.locator("#w-badge")
    expect(badge).to_be_visible()
    expect(badge).to_have_text("1 (1 nouvelle réponse de l'assistant)")
    expect(host.page.locator("#w-announce")).to_have_text("1 nouvelle réponse de l'assistant")
    expect(host.launcher).to_have_accessible_name(re.compile(r"^Une question \? ?Assistant « 1 emploi = 1 formation » ?\(1 nouvelle réponse de l'assistant\)$"))
    host.page.reload()
    expect(badge).to_have_text("1 (1 nouvelle réponse de l'assistant)")  # one answer of several bubbles, still unread on the next page
    host.screenshot("widget-non-lu")
    host.launcher.click()
    expect(badge).to_be_hidden()
    expect(host.bot(FAQ_ANSWER)).to_be_visible()
    host.assert_no_errors()


def test_failed_send_is_marked_and_retried_then_new_conversation(new_host) -> None:
    host = new_host()
    page = host.page
    host.launcher.click()
    expect(page.locator("#chat-status")).to_have_text("")  # connected
    host.context.set_offline(True)
    expect(page.locator("#chat-status")).to_contain_text("Connexion")  # lost, reconnecting
    host.type_and_send(FAQ_QUESTION)
    failed = page.locator("#chat-log .message-failed")
    expect(failed).to_have_count(1)
    expect(failed).to_contain_text("Message non envoyé")
    retry = page.get_by_role("button", name="Réessayer l'envoi")
    expect(retry).to_be_visible()
    host.screenshot("widget-echec-envoi")
    # Still offline: retrying says so and keeps the message.
    retry.click()
    expect(page.locator("#chat-status")).to_contain_text("Toujours pas de connexion")
    expect(failed).to_have_count(1)

    host.context.set_offline(False)
    expect(page.locator("#chat-status")).to_have_text("", timeout=30_000)  # reconnected
    retry.click()
    expect(failed).to_have_count(0)
    expect(host.bot(FAQ_ANSWER)).to_be_visible()
    expect(host.user_bubbles()).to_have_count(1)  # sent once

    # « Nouvelle conversation » forgets everything and gets a new session from Rasa.
    session = json.loads(page.evaluate("sessionStorage.getItem('1e1f-widget')"))["sessionId"]
    page.get_by_role("button", name="Nouvelle conversation").click()
    expect(page.locator("#chat-log .bubble")).to_have_count(1)
    host.type_and_send(FAQ_QUESTION)
    expect(host.bot(FAQ_ANSWER)).to_be_visible()
    new_session = json.loads(page.evaluate("sessionStorage.getItem('1e1f-widget')"))["sessionId"]
    assert new_session and new_session != session
    # Errors logged by the browser while offline are expected here (failed socket.io requests).
    assert not [e for e in host.errors if e.startswith("pageerror")], host.errors


def test_html_typed_in_the_panel_stays_text(new_host) -> None:
    # CSP is bypassed on purpose: the widget itself must be safe, the host's CSP being only a second barrier.
    host = new_host(bypass_csp=True)
    page = host.page
    host.launcher.click()
    host.type_and_send(XSS)
    expect(host.user_bubbles().last).to_have_text(f"Vous : {XSS}")
    expect(page.locator("#chat-typing")).to_be_hidden()  # the bot has answered
    assert page.evaluate("window.__xss") is None
    assert page.locator("#chat-log img, #chat-log script").count() == 0
    host.screenshot("widget-xss")


def test_the_host_page_and_the_widget_do_not_touch_each_others_styles(new_host) -> None:
    host = new_host()
    page = host.page
    expect(host.launcher).to_be_visible()
    styles = page.evaluate(
        """() => { const root = document.querySelector('un-emploi-une-formation').shadowRoot;
             const css = (e) => getComputedStyle(e);
             const hostBox = document.querySelector('un-emploi-une-formation').getBoundingClientRect();
             return {
               launcherBackground: css(root.getElementById('w-launcher')).backgroundColor,
               launcherFont: css(root.getElementById('w-launcher')).fontFamily,
               titleTransform: css(root.getElementById('chat-title')).textTransform,
               inputFontSize: css(root.getElementById('chat-input')).fontSize,
               inputSizing: css(root.getElementById('chat-input')).boxSizing,
               hostLink: css(document.getElementById('host-link')).color,
               hostText: css(document.getElementById('host-text')).color,
               hostButton: css(document.getElementById('host-button')).backgroundColor,
               hostSizing: css(document.getElementById('host-text')).boxSizing,
               hostBox: [hostBox.width, hostBox.height],
             }; }"""
    )
    # data-accent applies; the host's button, h2 and root font size rules do not.
    assert styles["launcherBackground"] == "rgb(122, 31, 92)"
    assert "Courier" not in styles["launcherFont"]
    assert styles["titleTransform"] == "none"
    assert styles["inputFontSize"] == "16px", "the reader's default size, not the host's 10 px root"
    assert styles["inputSizing"] == "border-box"
    # The widget's rules (links, box-sizing, buttons) do not reach the host page.
    assert styles["hostLink"] == "rgb(91, 42, 134)"
    assert styles["hostText"] == "rgb(51, 51, 51)"
    assert styles["hostButton"] == "rgb(255, 225, 77)"
    assert styles["hostSizing"] == "content-box"
    assert styles["hostBox"] == [0, 0], "closed, the widget takes no room in the host's layout"
    host.assert_no_errors()


def run_axe(host: Host) -> list[dict]:
    host.page.add_script_tag(path=str(AXE))
    results = host.page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    for violation in results["violations"]:
        targets = [node["target"] for node in violation["nodes"]]
        print(f"axe [{violation['impact']}] {violation['id']}: {violation['help']} -> {targets}")
    return results["violations"]


@pytest.mark.parametrize("viewport, name", [(DESKTOP, "bureau"), (MOBILE, "360px")])
def test_accessibility_of_the_host_page_with_the_widget_closed_and_open(new_host, viewport: dict, name: str) -> None:
    # add_script_tag inlines axe: the host's CSP is bypassed for that only.
    host = new_host(viewport=viewport, bypass_csp=True)
    page = host.page
    expect(host.launcher).to_be_visible()
    closed = run_axe(host)
    assert closed == [], [(v["id"], v["help"]) for v in closed]
    host.screenshot(f"widget-ferme-{name}")

    host.launcher.click()
    host.type_and_send(VAGUE_MESSAGE)
    expect(page.locator("#chat-log .quick-reply")).to_have_count(4)
    expect(page.locator("#chat-typing")).to_be_hidden()
    opened = run_axe(host)
    assert opened == [], [(v["id"], v["help"]) for v in opened]
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"], "no horizontal scrolling"
    box = host.panel.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"], "the panel fits the screen"
    host.screenshot(f"widget-ouvert-{name}")


def test_a_site_that_is_not_allowed_gets_no_chat(new_host, foreign_site: HostSite, servers: object) -> None:
    host = new_host(site=foreign_site)
    page = host.page
    with page.expect_console_message(lambda m: "n'est pas autorisé à intégrer" in m.text):
        page.reload()
    assert page.locator("un-emploi-une-formation").count() == 0
    assert page.evaluate("window.io") == "la variable io du site"
    rasa = servers.rasa_url  # type: ignore[attr-defined]
    # Nor can a script of that site talk to Rasa itself: no CORS for it over HTTP,
    # and the socket.io channel refuses its websocket (its origin is not allowed).
    outcome = page.evaluate(
        """async (rasa) => {
             let polling;
             try { await fetch(rasa + '/socket.io/?EIO=4&transport=polling'); polling = 'lu'; }
             catch (error) { polling = 'refusé'; }
             const websocket = await new Promise((resolve) => {
               const ws = new WebSocket(rasa.replace('http', 'ws') + '/socket.io/?EIO=4&transport=websocket');
               ws.onmessage = () => { ws.close(); resolve('ouvert'); };
               ws.onerror = () => resolve('refusé');
               ws.onclose = () => resolve('refusé');
             });
             return {polling, websocket}; }""",
        rasa,
    )
    assert outcome == {"polling": "refusé", "websocket": "refusé"}
    host.screenshot("widget-origine-refusee")
