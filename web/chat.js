/*
 * The chat of « 1 emploi = 1 formation », on top of socket.io-client
 * (web/vendor/socket.io.min.js) and Rasa's socket.io channel. One implementation
 * for two places:
 *   - the page (index.html), which loads this file with `data-page`: the chat is
 *     mounted at once on the page's own elements;
 *   - the widget embedded on other sites (widget.js), which loads this file and
 *     mounts the chat inside its shadow root with UnEmploiUneFormation.mountChat.
 *
 * Security rule: every text that comes from the user or the bot is inserted with
 * textContent / createTextNode, never innerHTML. Links are built with DOM APIs,
 * and only for http(s) URLs.
 *
 * The conversation (session id + rendered messages) lives in sessionStorage, so
 * a reload or a navigation in the same tab shows the history and Rasa continues
 * the same conversation (session_request with the same session_id).
 *
 * A message typed while the connection is down is not queued silently: it is
 * shown as not sent, with a button to send it again.
 */
(function () {
  "use strict";

  var USER_EVENT = "user_uttered";
  var BOT_EVENT = "bot_uttered";
  var MAX_STORED_MESSAGES = 200;
  var NO_REPLY_MS = 20000;
  /** A message typed while the connection is being made waits this long for it, then is shown as not sent. */
  var FIRST_CONNECTION_MS = 10000;
  var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'«»]+/gi;
  var TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
  var LONG_URL = 60;

  var WELCOME_TEXT = "Bonjour ! Je réponds à vos questions sur le dispositif « 1 emploi = 1 formation » "
    + "et je peux vérifier l'éligibilité de votre projet d'embauche. Posez votre question ci-dessous.";
  var WELCOME_BUTTONS = [{ title: "Vérifier mon éligibilité", payload: "/check_eligibility" }];

  var TEXT = {
    you: "Vous : ",
    bot: "L'assistant : ",
    newWindow: " (nouvelle fenêtre)",
    suggestions: "Réponses proposées",
    notSent: "Message non envoyé : pas de connexion à l'assistant.",
    retry: "Réessayer l'envoi",
    stillOffline: "Toujours pas de connexion à l'assistant. Réessayez dans un instant.",
    noReply: "L'assistant ne répond pas pour le moment. Réessayez dans un instant.",
    noModule: "Le module de discussion n'a pas pu être chargé. Rechargez la page.",
    connecting: "Connexion à l'assistant…",
    cannotConnect: "Connexion à l'assistant impossible pour le moment. Nouvelle tentative en cours…",
    lost: "Connexion perdue. Reconnexion en cours…",
    typing: "L'assistant écrit…",
  };

  /** Buttons that lead somewhere (confirm the recap, cancel or not, start the check or the request, correct a field). */
  var OFFER_PAYLOAD = /^\/(affirm|deny|stop|check_eligibility|start_submission|correct_field)\b/;

  function cleanButtons(buttons) {
    if (!Array.isArray(buttons)) return [];
    return buttons
      .filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; })
      .map(function (b) { return { title: b.title, payload: b.payload }; });
  }

  function copyMessage(message) {
    var copy = {
      from: message.from === "user" ? "user" : "bot",
      text: typeof message.text === "string" ? message.text : "",
      buttons: cleanButtons(message.buttons),
    };
    if (message.welcome === true) copy.welcome = true;
    if (copy.from === "user" && message.failed === true && typeof message.payload === "string") {
      copy.failed = true;
      copy.payload = message.payload;
    }
    return copy;
  }

  /**
   * Mount the chat on the elements of ``root`` (a document or a shadow root):
   * #chat-log, #chat-form, #chat-input, #chat-typing, #chat-status, #chat-reset.
   *
   * options: storageKey (sessionStorage key), configUrl (JSON giving socketUrl),
   * welcome (text of the first message), io (socket.io's io function, else window.io),
   * onBotMessage(message, firstOfTurn) (called for every message of the assistant; firstOfTurn is
   * true for the first one answering the employer's latest message).
   * Returns { reset(), focusInput() }.
   */
  function mountChat(root, options) {
    options = options || {};
    var storageKey = options.storageKey || "1e1f-chat";
    var welcomeText = typeof options.welcome === "string" && options.welcome.trim() ? options.welcome.trim() : WELCOME_TEXT;
    var onBotMessage = typeof options.onBotMessage === "function" ? options.onBotMessage : function () {};
    var doc = root.ownerDocument || root;

    var log = root.getElementById("chat-log");
    var form = root.getElementById("chat-form");
    var input = root.getElementById("chat-input");
    var typing = root.getElementById("chat-typing");
    var statusLine = root.getElementById("chat-status");
    var resetButton = root.getElementById("chat-reset");

    var state = loadState();
    var socket = null;
    var confirmed = false;
    var offline = false;
    var waiting = [];            // { payload, index } typed while the connection was being made
    var waitingTimer = null;
    var noReplyTimer = null;

    // ---- state -------------------------------------------------------------

    function freshState() {
      return { sessionId: null, messages: [{ from: "bot", text: welcomeText, buttons: cleanButtons(WELCOME_BUTTONS), welcome: true }] };
    }

    function loadState() {
      try {
        var saved = JSON.parse(window.sessionStorage.getItem(storageKey));
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
        window.sessionStorage.setItem(storageKey, JSON.stringify(state));
      } catch (error) {
        // Private mode or full storage: the chat still works, without history.
      }
    }

    function activeElement() {
      return root.activeElement || null;
    }

    // ---- rendering (DOM APIs only) ------------------------------------------

    function appendTextWithLinks(parent, text) {
      var last = 0;
      text.replace(URL_PATTERN, function (match, offset) {
        var url = match.replace(TRAILING_PUNCTUATION, "");
        var link = makeLink(url);
        if (!link) return match;
        parent.appendChild(doc.createTextNode(text.slice(last, offset)));
        parent.appendChild(link);
        last = offset + url.length;
        return match;
      });
      parent.appendChild(doc.createTextNode(text.slice(last)));
    }

    function makeLink(url) {
      var parsed;
      try {
        parsed = new URL(url);
      } catch (error) {
        return null;
      }
      if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
      var link = doc.createElement("a");
      link.href = parsed.href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = linkLabel(parsed, url);
      var hint = doc.createElement("span");
      hint.className = "visually-hidden";
      hint.textContent = TEXT.newWindow;
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
      var group = doc.createElement("div");
      group.className = "quick-replies";
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", TEXT.suggestions);
      buttons.forEach(function (button) {
        var element = doc.createElement("button");
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

    function renderFailure(index) {
      var note = doc.createElement("p");
      note.className = "send-failed";
      var text = doc.createElement("span");
      text.textContent = TEXT.notSent;
      var retry = doc.createElement("button");
      retry.type = "button";
      retry.className = "retry-button";
      retry.textContent = TEXT.retry;
      retry.addEventListener("click", function () { retrySend(index); });
      note.appendChild(text);
      note.appendChild(retry);
      return note;
    }

    function buildMessage(message, index) {
      var item = doc.createElement("div");
      item.setAttribute("data-index", String(index));
      item.className = "message message-" + message.from + (message.failed ? " message-failed" : "");
      var bubble = doc.createElement("p");
      bubble.className = "bubble";
      var speaker = doc.createElement("span");
      speaker.className = "visually-hidden";
      speaker.textContent = message.from === "user" ? TEXT.you : TEXT.bot;
      bubble.appendChild(speaker);
      if (message.from === "bot") {
        appendTextWithLinks(bubble, message.text);
      } else {
        bubble.appendChild(doc.createTextNode(message.text));
      }
      item.appendChild(bubble);
      if (message.failed) item.appendChild(renderFailure(index));
      if (message.buttons.length) item.appendChild(renderButtons(message.buttons));
      return item;
    }

    function renderMessage(message, index) {
      log.appendChild(buildMessage(message, index));
      log.scrollTop = log.scrollHeight;
    }

    /** Redraw one message in place (its failed state changed). */
    function rerender(index) {
      var old = log.querySelector('[data-index="' + String(index) + '"]');
      if (!old) return;
      var hadFocus = old.contains(activeElement());
      var fresh = buildMessage(state.messages[index], index);
      old.parentNode.replaceChild(fresh, old);
      if (index === state.messages.length - 1) log.scrollTop = log.scrollHeight;
      if (hadFocus) {
        var retry = fresh.querySelector(".retry-button");
        (retry || input).focus();
      }
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
      return state.messages.length - 1;
    }

    function isOffer(message) {
      // The chat's own welcome is not an offer of the assistant: it goes once the employer speaks.
      if (message.from !== "bot" || message.welcome) return false;
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
        if (group.contains(activeElement())) focusWasInside = true;
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
      // #chat-typing sits in a role="status" region: showing it is announced to screen readers.
      typing.hidden = !on;
      window.clearTimeout(noReplyTimer);
      if (on) {
        noReplyTimer = window.setTimeout(function () {
          typing.hidden = true;
          setStatus(TEXT.noReply);
        }, NO_REPLY_MS);
      }
    }

    // ---- conversation -------------------------------------------------------

    function online() {
      return Boolean(socket && confirmed && state.sessionId);
    }

    function emit(payload) {
      socket.emit(USER_EVENT, { message: payload, session_id: state.sessionId });
      setTyping(true);
    }

    function markFailed(index, payload) {
      var message = state.messages[index];
      if (!message) return;
      message.failed = true;
      message.payload = payload;
      saveState();
      rerender(index);
    }

    function send(payload, shownText, typed) {
      var message = (payload || "").trim();
      if (!message) return;
      clearButtons(Boolean(typed));
      var index = addMessage({ from: "user", text: shownText || message, buttons: [] });
      if (online()) {
        emit(message);
      } else if (!offline) {
        // The connection is on its way (the page has just loaded, a new conversation): wait for it, not forever.
        waiting.push({ payload: message, index: index });
        window.clearTimeout(waitingTimer);
        waitingTimer = window.setTimeout(failWaiting, FIRST_CONNECTION_MS);
      } else {
        markFailed(index, message);
      }
    }

    function failWaiting() {
      window.clearTimeout(waitingTimer);
      var failed = waiting;
      waiting = [];
      failed.forEach(function (item) { markFailed(item.index, item.payload); });
    }

    function flushWaiting() {
      window.clearTimeout(waitingTimer);
      var queued = waiting;
      waiting = [];
      queued.forEach(function (item) { emit(item.payload); });
    }

    function retrySend(index) {
      var message = state.messages[index];
      if (!message || !message.failed) return;
      if (!online()) {
        setStatus(TEXT.stillOffline);
        return;
      }
      delete message.failed;
      var payload = message.payload;
      delete message.payload;
      saveState();
      rerender(index);
      input.focus();
      emit(payload);
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
        if (item.contains(activeElement())) input.focus();
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
      var last = state.messages[state.messages.length - 1];
      var firstOfTurn = !last || last.from === "user";
      addMessage(message);
      onBotMessage(message, firstOfTurn);
    }

    function connect(socketUrl) {
      var io = typeof options.io === "function" ? options.io : window.io;
      if (typeof io !== "function") {
        setStatus(TEXT.noModule);
        return;
      }
      setStatus(TEXT.connecting);
      socket = io(socketUrl, { path: "/socket.io" });
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
        offline = false;
        setStatus("");
        flushWaiting();
      });
      socket.on(BOT_EVENT, onBotUttered);
      socket.on("connect_error", function () {
        offline = true;
        failWaiting();
        setStatus(TEXT.cannotConnect);
      });
      socket.on("disconnect", function (reason) {
        confirmed = false;
        if (reason === "io client disconnect") return;
        offline = true;
        failWaiting();
        setTyping(false);
        setStatus(TEXT.lost);
      });
    }

    function loadConfig() {
      var fallback = window.location.protocol + "//" + window.location.hostname + ":5005";
      return window.fetch(options.configUrl || "/config.json", { cache: "no-store", credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (config) { return typeof config.socketUrl === "string" ? config.socketUrl : fallback; })
        .catch(function () { return fallback; });
    }

    // ---- wiring -------------------------------------------------------------

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = input.value;
      input.value = "";
      send(text, null, true);
    });

    function reset() {
      state = freshState();
      saveState();
      waiting = [];
      window.clearTimeout(waitingTimer);
      setTyping(false);
      renderAll();
      if (socket) {
        socket.disconnect();
        socket.connect();
      }
      input.focus();
    }

    resetButton.addEventListener("click", reset);

    renderAll();
    if (typeof options.socketUrl === "string") {
      connect(options.socketUrl);
    } else {
      loadConfig().then(connect);
    }

    return {
      reset: reset,
      focusInput: function () { input.focus(); },
    };
  }

  var api = window.UnEmploiUneFormation = window.UnEmploiUneFormation || {};
  api.mountChat = mountChat;

  // On the page (index.html), the chat is mounted on the page's own elements.
  var script = document.currentScript;
  if (script && script.hasAttribute("data-page")) mountChat(document, {});
})();
