/*
 * The assistant « 1 emploi = 1 formation » on another site's pages, with one tag:
 *
 *   <script src="https://assistant.example.fr/widget.js" defer
 *           data-title="…" data-accent="#0b4f8a" data-welcome="…" data-position="right"></script>
 *
 * It adds a launcher button at the bottom of the page that opens the chat panel.
 * Launcher and panel live in a shadow root (no iframe): the host page's CSS does
 * not reach them and theirs does not leak out. The chat itself is web/chat.js,
 * the same implementation as the assistant's own page, loaded from the same
 * server as this file, with socket.io-client (its global `io` is put back as it
 * was, so that a host page with its own socket.io is not disturbed).
 *
 * The host's origin must be listed in BOT_EMBED_ORIGINS: the server then allows
 * it to read config.json (CORS) and Rasa accepts its socket.io connection.
 * Otherwise nothing is added to the page (a warning in the console says why).
 *
 * The conversation and the panel's state (open or closed, unread replies) live
 * in the host's sessionStorage: they follow the employer across the host's
 * pages and reloads in the same tab.
 *
 * Security rule: the page is built with DOM APIs only (no innerHTML, so a host
 * enforcing Trusted Types works too); data- attributes are inserted as text.
 */
(function () {
  "use strict";

  var TAG = "un-emploi-une-formation";
  var UI_KEY = "1e1f-widget-ui";
  var CHAT_KEY = "1e1f-widget";
  var SVG = "http://www.w3.org/2000/svg";
  var DEFAULT_TITLE = "Assistant « 1 emploi = 1 formation »";
  var TEXT = {
    launcher: "Une question ?",
    launcherHint: " Assistant « 1 emploi = 1 formation »",
    close: "Fermer",
    closeHint: " l'assistant",
    conversation: "Conversation avec l'assistant",
    typing: "L'assistant écrit…",
    label: "Votre message",
    placeholder: "Ex. : qui peut en bénéficier ?",
    send: "Envoyer",
    help: "Appuyez sur Entrée pour envoyer, sur Échap pour fermer. Les réponses proposées s'affichent sous forme de boutons.",
    reset: "Nouvelle conversation",
    refused: "[1 emploi = 1 formation] Ce site n'est pas autorisé à intégrer l'assistant "
      + "(son origine doit figurer dans BOT_EMBED_ORIGINS), ou le serveur de l'assistant ne répond pas.",
    badAccent: "[1 emploi = 1 formation] data-accent ignoré : il faut une couleur #rrggbb assez foncée "
      + "pour un texte blanc (contraste d'au moins 4,5:1).",
  };

  function unreadText(count) {
    return count === 1 ? "1 nouvelle réponse de l'assistant" : count + " nouvelles réponses de l'assistant";
  }

  var script = document.currentScript;
  if (!script || !script.src) return;
  var api = window.UnEmploiUneFormation = window.UnEmploiUneFormation || {};
  if (api.widgetLoaded) return; // the tag is on the page twice
  api.widgetLoaded = true;

  var base = new URL(".", script.src);
  var settings = {
    title: attribute("data-title") || DEFAULT_TITLE,
    accent: attribute("data-accent"),
    welcome: attribute("data-welcome"),
    position: attribute("data-position") === "left" ? "left" : "right",
  };

  function attribute(name) {
    var value = script.getAttribute(name);
    return value && value.trim() ? value.trim() : null;
  }

  // ---- loading --------------------------------------------------------------

  function loadScript(url) {
    return new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = url;
      element.async = true;
      element.onload = function () { element.remove(); resolve(); };
      element.onerror = function () { element.remove(); reject(new Error(url)); };
      (document.head || document.documentElement).appendChild(element);
    });
  }

  /** Load socket.io-client and hand back its ``io`` while leaving the page's own ``window.io`` as it was. */
  function loadSocketIo() {
    var had = Object.prototype.hasOwnProperty.call(window, "io");
    var previous = window.io;
    return loadScript(new URL("vendor/socket.io.min.js", base).href).then(function () {
      var io = window.io;
      if (had) window.io = previous; else delete window.io;
      if (typeof io !== "function") throw new Error("socket.io");
      return io;
    });
  }

  function loadConfig() {
    // Cross-origin: the server answers with Access-Control-Allow-Origin only for BOT_EMBED_ORIGINS.
    return window.fetch(new URL("config.json", base).href, { mode: "cors", credentials: "omit", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) throw new Error("config.json " + response.status);
        return response.json();
      })
      .then(function (config) {
        if (!config || typeof config.socketUrl !== "string") throw new Error("config.json");
        return config;
      });
  }

  function whenBodyReady() {
    return new Promise(function (resolve) {
      if (document.body) resolve();
      else document.addEventListener("DOMContentLoaded", function () { resolve(); });
    });
  }

  // ---- colours ----------------------------------------------------------------

  function luminance(hex) {
    var channels = [1, 3, 5].map(function (i) {
      var c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
  }

  /** The accent colour if white text on it is readable (WCAG AA, 4.5:1), else null. */
  function usableAccent(value) {
    if (!value || !/^#[0-9a-fA-F]{6}$/.test(value)) return null;
    return 1.05 / (luminance(value) + 0.05) >= 4.5 ? value : null;
  }

  // ---- building (DOM APIs only) ----------------------------------------------

  function h(tag, attributes, children) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === true) element.setAttribute(name, "");
      else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
    });
    (children || []).forEach(function (child) {
      element.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return element;
  }

  function chatIcon() {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "24");
    svg.setAttribute("height", "24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("fill", "currentColor");
    path.setAttribute("d", "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2zm3 6v2h2V9H7zm4 0v2h2V9h-2zm4 0v2h2V9h-2z");
    svg.appendChild(path);
    return svg;
  }

  function stylesheet(name) {
    return h("link", { rel: "stylesheet", href: new URL(name, base).href });
  }

  function build(shadow) {
    var badge = h("span", { class: "w-badge", id: "w-badge", hidden: true });
    var launcher = h("button", {
      type: "button", id: "w-launcher", class: "w-launcher", "aria-expanded": "false", "aria-controls": "w-panel",
    }, [chatIcon(), h("span", {}, [TEXT.launcher]), h("span", { class: "visually-hidden" }, [TEXT.launcherHint]), badge]);
    var close = h("button", { type: "button", id: "w-close", class: "w-close" }, [
      TEXT.close, h("span", { class: "visually-hidden" }, [TEXT.closeHint]),
    ]);
    var typing = h("p", { id: "chat-typing", class: "chat-typing", hidden: true }, [
      h("span", { class: "typing-dots", "aria-hidden": "true" }, [h("span"), h("span"), h("span")]), " " + TEXT.typing,
    ]);
    var panel = h("section", { id: "w-panel", class: "chat w-panel", role: "dialog", "aria-labelledby": "chat-title", hidden: true }, [
      h("div", { class: "w-header" }, [h("h2", { id: "chat-title" }, [settings.title]), close]),
      h("p", { id: "chat-status", class: "chat-status", role: "status" }),
      h("div", {
        id: "chat-log", class: "chat-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
        "aria-label": TEXT.conversation, tabindex: "0",
      }),
      h("div", { class: "chat-typing-region", role: "status" }, [typing]),
      h("form", { id: "chat-form", class: "chat-form", autocomplete: "off" }, [
        h("label", { for: "chat-input" }, [TEXT.label]),
        h("div", { class: "chat-form-row" }, [
          h("input", {
            id: "chat-input", name: "message", type: "text", maxlength: "1000",
            placeholder: TEXT.placeholder, "aria-describedby": "chat-help",
          }),
          h("button", { type: "submit", class: "send-button" }, [TEXT.send]),
        ]),
        h("p", { id: "chat-help", class: "chat-help" }, [TEXT.help]),
      ]),
      h("button", { type: "button", id: "chat-reset", class: "reset-button" }, [TEXT.reset]),
    ]);
    var announce = h("p", { id: "w-announce", class: "visually-hidden", role: "status" });
    var wrapper = h("div", { class: "w-root w-" + settings.position }, [announce, launcher, panel]);
    // Shown once its styles are in (or failed): never an unstyled launcher on the host page.
    var sheets = [stylesheet("chat-panel.css"), stylesheet("widget.css")];
    var pending = sheets.length;
    wrapper.hidden = true;
    sheets.forEach(function (link) {
      var settled = function () {
        pending -= 1;
        if (pending === 0) wrapper.hidden = false;
      };
      link.addEventListener("load", settled, { once: true });
      link.addEventListener("error", settled, { once: true });
      shadow.appendChild(link);
    });
    shadow.appendChild(wrapper);
    return { launcher: launcher, close: close, panel: panel, badge: badge, announce: announce, wrapper: wrapper };
  }

  // ---- behaviour ----------------------------------------------------------------

  function loadUi() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(UI_KEY));
      if (saved && typeof saved === "object") {
        return { open: saved.open === true, unread: Math.max(0, Math.min(99, Number(saved.unread) || 0)) };
      }
    } catch (error) {
      // Unreadable or unavailable storage: closed, nothing unread.
    }
    return { open: false, unread: 0 };
  }

  function start(config, io) {
    if (typeof api.mountChat !== "function") throw new Error("chat.js");
    var host = document.createElement(TAG);
    var accent = usableAccent(settings.accent);
    if (settings.accent && !accent) window.console.warn(TEXT.badAccent);
    if (accent) {
      // Through the CSSOM (not a style attribute): allowed by a host CSP without 'unsafe-inline'.
      host.style.setProperty("--brand", accent);
      host.style.setProperty("--brand-dark", accent);
    }
    var shadow = host.attachShadow({ mode: "open" });
    var parts = build(shadow);
    var ui = loadUi();

    function saveUi() {
      try {
        window.sessionStorage.setItem(UI_KEY, JSON.stringify(ui));
      } catch (error) {
        // Private mode or full storage: the state is kept for this page only.
      }
    }

    function showBadge() {
      parts.badge.hidden = ui.unread === 0;
      parts.badge.textContent = "";
      if (ui.unread) {
        parts.badge.appendChild(h("span", { "aria-hidden": "true" }, [ui.unread > 9 ? "9+" : String(ui.unread)]));
        parts.badge.appendChild(h("span", { class: "visually-hidden" }, [" (" + unreadText(ui.unread) + ")"]));
      }
    }

    function scrollLogToEnd() {
      var log = shadow.getElementById("chat-log");
      log.scrollTop = log.scrollHeight;
    }

    function open(focus) {
      ui.open = true;
      ui.unread = 0;
      saveUi();
      parts.panel.hidden = false;
      parts.launcher.setAttribute("aria-expanded", "true");
      parts.announce.textContent = "";
      showBadge();
      scrollLogToEnd();
      if (focus) chat.focusInput();
    }

    function close(focus) {
      ui.open = false;
      saveUi();
      parts.panel.hidden = true;
      parts.launcher.setAttribute("aria-expanded", "false");
      if (focus) parts.launcher.focus();
    }

    var chat = api.mountChat(shadow, {
      storageKey: CHAT_KEY,
      socketUrl: config.socketUrl,
      welcome: settings.welcome,
      io: io,
      onBotMessage: function (message, firstOfTurn) {
        // One answer often comes as several bubbles: the badge counts answers, not bubbles.
        if (ui.open || !firstOfTurn) return;
        ui.unread = Math.min(99, ui.unread + 1);
        saveUi();
        showBadge();
        parts.announce.textContent = unreadText(ui.unread);
      },
    });

    parts.launcher.addEventListener("click", function () {
      if (ui.open) close(true); else open(true);
    });
    parts.close.addEventListener("click", function () { close(true); });
    parts.wrapper.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && ui.open) {
        event.stopPropagation();
        close(true);
      }
    });

    showBadge();
    document.body.appendChild(host);
    if (ui.open) open(false);

    api.widget = {
      open: function () { open(true); },
      close: function () { close(false); },
    };
  }

  Promise.all([loadConfig(), whenBodyReady()])
    .then(function (results) {
      var config = results[0];
      return loadSocketIo().then(function (io) {
        return loadScript(new URL("chat.js", base).href).then(function () { start(config, io); });
      });
    })
    .catch(function () {
      window.console.warn(TEXT.refused);
    });
})();
