/*
 * Chat widget of the « 1 emploi = 1 formation » page, on top of socket.io-client
 * (web/vendor/socket.io.min.js) and Rasa's socket.io channel.
 *
 * Security rule: every text that comes from the user or the bot is inserted with
 * textContent / createTextNode, never innerHTML. Links are built with DOM APIs,
 * and only for http(s) URLs.
 *
 * The conversation (session id + rendered messages) lives in sessionStorage, so
 * a reload in the same tab shows the history and Rasa continues the same
 * conversation (session_request with the same session_id).
 */
(function () {
  "use strict";

  var STORAGE_KEY = "1e1f-chat";
  var MAX_STORED_MESSAGES = 200;
  var USER_EVENT = "user_uttered";
  var BOT_EVENT = "bot_uttered";
  var NO_REPLY_MS = 20000;
  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'«»]+/gi;
  var TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
  var LONG_URL = 60;

  var WELCOME = {
    from: "bot",
    text: "Bonjour ! Je réponds à vos questions sur le dispositif « 1 emploi = 1 formation » "
      + "et je peux vérifier l'éligibilité de votre projet d'embauche. Posez votre question ci-dessous.",
    buttons: [{ title: "Vérifier mon éligibilité", payload: "/check_eligibility" }],
  };

  var log = document.getElementById("chat-log");
  var form = document.getElementById("chat-form");
  var input = document.getElementById("chat-input");
  var typing = document.getElementById("chat-typing");
  var statusLine = document.getElementById("chat-status");
  var resetButton = document.getElementById("chat-reset");

  var state = loadState();
  var socket = null;
  var confirmed = false;
  var outbox = [];
  var noReplyTimer = null;

  // ---- state ---------------------------------------------------------------

  function freshState() {
    return { sessionId: null, messages: [copyMessage(WELCOME)] };
  }

  function copyMessage(message) {
    return {
      from: message.from === "user" ? "user" : "bot",
      text: typeof message.text === "string" ? message.text : "",
      buttons: cleanButtons(message.buttons),
    };
  }

  function loadState() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY));
      if (saved && Array.isArray(saved.messages)) {
        return {
          sessionId: typeof saved.sessionId === "string" ? saved.sessionId : null,
          messages: saved.messages.map(copyMessage),
        };
      }
    } catch (error) {
      // Unreadable or unavailable storage: start afresh.
    }
    return freshState();
  }

  function saveState() {
    state.messages = state.messages.slice(-MAX_STORED_MESSAGES);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      // Private mode or full storage: the chat still works, without history.
    }
  }

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons
      .filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; })
      .map(function (b) { return { title: b.title, payload: b.payload }; });
  }

  // ---- rendering (DOM APIs only) --------------------------------------------

  function appendTextWithLinks(parent, text) {
    var last = 0;
    text.replace(URL_PATTERN, function (match, offset) {
      var url = match.replace(TRAILING_PUNCTUATION, "");
      var link = makeLink(url);
      if (!link) return match;
      parent.appendChild(document.createTextNode(text.slice(last, offset)));
      parent.appendChild(link);
      last = offset + url.length;
      return match;
    });
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  function makeLink(url) {
    var parsed;
    try {
      parsed = new URL(url);
    } catch (error) {
      return null;
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    var link = document.createElement("a");
    link.href = parsed.href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    link.textContent = linkLabel(parsed, url);
    var hint = document.createElement("span");
    hint.className = "visually-hidden";
    hint.textContent = " (nouvelle fenêtre)";
    link.appendChild(hint);
    return link;
  }

  /** Very long addresses (forms with tokens) are shown shortened: host and start of the path. */
  function linkLabel(parsed, url) {
    if (url.length <= LONG_URL) return url;
    var label = parsed.host + parsed.pathname;
    return (label.length > LONG_URL - 10 ? label.slice(0, LONG_URL - 10) : label) + "…";
  }

  function renderButtons(buttons) {
    var group = document.createElement("div");
    group.className = "quick-replies";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Réponses proposées");
    buttons.forEach(function (button) {
      var element = document.createElement("button");
      element.type = "button";
      element.className = "quick-reply";
      element.textContent = button.title;
      element.addEventListener("click", function () {
        send(button.payload, button.title);
      });
      group.appendChild(element);
    });
    return group;
  }

  function renderMessage(message, index) {
    var item = document.createElement("div");
    item.setAttribute("data-index", String(index));
    item.className = "message message-" + message.from;
    var bubble = document.createElement("p");
    bubble.className = "bubble";
    var speaker = document.createElement("span");
    speaker.className = "visually-hidden";
    speaker.textContent = message.from === "user" ? "Vous : " : "L'assistant : ";
    bubble.appendChild(speaker);
    if (message.from === "bot") {
      appendTextWithLinks(bubble, message.text);
    } else {
      bubble.appendChild(document.createTextNode(message.text));
    }
    item.appendChild(bubble);
    if (message.buttons.length) item.appendChild(renderButtons(message.buttons));
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function renderAll() {
    log.setAttribute("aria-busy", "true");
    while (log.firstChild) log.removeChild(log.firstChild);
    state.messages.forEach(function (message, index) { renderMessage(message, index); });
    log.setAttribute("aria-busy", "false");
  }

  function addMessage(message) {
    state.messages.push(message);
    saveState();
    renderMessage(message, state.messages.length - 1);
  }

  /** Buttons that lead somewhere (confirm the recap, cancel or not, start the check or the request, correct a field). */
  var OFFER_PAYLOAD = /^\/(affirm|deny|stop|check_eligibility|start_submission|correct_field)\b/;

  function isOffer(message) {
    // The page's own welcome is not an offer of the assistant: it goes once the employer speaks.
    if (message.from !== "bot" || message.text === WELCOME.text) return false;
    return message.buttons.some(function (button) { return OFFER_PAYLOAD.test(button.payload); });
  }

  /** Index of the latest message carrying an offer, or -1. */
  function latestOffer() {
    for (var index = state.messages.length - 1; index >= 0; index -= 1) {
      if (isOffer(state.messages[index])) return index;
    }
    return -1;
  }

  /**
   * Quick replies answer the latest bot turn: once the user speaks, they go,
   * except that a typed message keeps the latest offer's buttons (the recap's
   * « Confirmer et envoyer »…) usable until one of them is pressed.
   */
  function clearButtons(keepOffer) {
    var kept = keepOffer ? latestOffer() : -1;
    var focusWasInside = false;
    log.querySelectorAll(".quick-replies").forEach(function (group) {
      var item = group.parentNode;
      if (item && item.getAttribute("data-index") === String(kept)) return;
      if (group.contains(document.activeElement)) focusWasInside = true;
      group.remove();
    });
    state.messages.forEach(function (message, index) { if (index !== kept) message.buttons = []; });
    if (focusWasInside) input.focus();
  }

  function setStatus(text) {
    // The live region stays in the page (empty when all is well) so that changes are announced.
    statusLine.textContent = text;
  }

  function setTyping(on) {
    typing.hidden = !on;
    window.clearTimeout(noReplyTimer);
    if (on) {
      noReplyTimer = window.setTimeout(function () {
        typing.hidden = true;
        setStatus("L'assistant ne répond pas pour le moment. Réessayez dans un instant.");
      }, NO_REPLY_MS);
    }
  }

  // ---- conversation ---------------------------------------------------------

  function send(payload, shownText, typed) {
    var message = (payload || "").trim();
    if (!message) return;
    clearButtons(Boolean(typed));
    addMessage({ from: "user", text: shownText || message, buttons: [] });
    setTyping(true);
    outbox.push(message);
    flush();
  }

  function flush() {
    if (!socket || !confirmed || !state.sessionId) return;
    while (outbox.length) {
      socket.emit(USER_EVENT, { message: outbox.shift(), session_id: state.sessionId });
    }
  }

  function botMessage(data) {
    if (!data || typeof data !== "object") return null;
    var text = typeof data.text === "string" ? data.text : "";
    var attachment = data.attachment;
    if (!text && attachment && attachment.payload && typeof attachment.payload.src === "string") {
      text = attachment.payload.src;
    }
    var buttons = cleanButtons(data.quick_replies && data.quick_replies.length ? data.quick_replies : data.buttons);
    if (!text && !buttons.length) return null;
    return { from: "bot", text: text, buttons: buttons };
  }

  /** True when the message at ``index`` came after the employer's latest message. */
  function isCurrentTurn(index) {
    for (var later = index + 1; later < state.messages.length; later += 1) {
      if (state.messages[later].from === "user") return false;
    }
    return true;
  }

  function clearOffer(index) {
    state.messages[index].buttons = [];
    var item = log.querySelector('[data-index="' + String(index) + '"] .quick-replies');
    if (item) {
      if (item.contains(document.activeElement)) input.focus();
      item.remove();
    }
    saveState();
  }

  function onBotUttered(data) {
    var message = botMessage(data);
    if (!message) return;
    setTyping(false);
    setStatus("");
    if (isOffer(message)) {
      // A newer offer replaces the one kept from before the employer's last message.
      var previous = latestOffer();
      if (previous >= 0 && state.messages[previous].from === "bot" && !isCurrentTurn(previous)) clearOffer(previous);
    }
    addMessage(message);
  }

  function connect(socketUrl) {
    if (typeof window.io !== "function") {
      setStatus("Le module de discussion n'a pas pu être chargé. Rechargez la page.");
      return;
    }
    setStatus("Connexion à l'assistant…");
    socket = window.io(socketUrl, { path: "/socket.io" });
    socket.on("connect", function () {
      confirmed = false;
      socket.emit("session_request", { session_id: state.sessionId });
    });
    socket.on("session_confirm", function (data) {
      var id = typeof data === "string" ? data : data && data.session_id;
      if (typeof id !== "string" || !id) return;
      state.sessionId = id;
      saveState();
      confirmed = true;
      setStatus("");
      flush();
    });
    socket.on(BOT_EVENT, onBotUttered);
    socket.on("connect_error", function () {
      setStatus("Connexion à l'assistant impossible pour le moment. Nouvelle tentative en cours…");
    });
    socket.on("disconnect", function (reason) {
      confirmed = false;
      if (reason !== "io client disconnect") setStatus("Connexion perdue. Reconnexion en cours…");
    });
  }

  function loadConfig() {
    var fallback = window.location.protocol + "//" + window.location.hostname + ":5005";
    return window.fetch("/config.json", { cache: "no-store" })
      .then(function (response) { return response.ok ? response.json() : {}; })
      .then(function (config) { return typeof config.socketUrl === "string" ? config.socketUrl : fallback; })
      .catch(function () { return fallback; });
  }

  // ---- wiring ---------------------------------------------------------------

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    input.value = "";
    send(text, null, true);
  });

  resetButton.addEventListener("click", function () {
    state = freshState();
    saveState();
    outbox = [];
    setTyping(false);
    renderAll();
    if (socket) {
      socket.disconnect();
      socket.connect();
    }
    input.focus();
  });

  renderAll();
  loadConfig().then(connect);
})();
