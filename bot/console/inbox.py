"""The editors' inbox: messages the assistant did not answer well, grouped by similarity.

Three kinds of messages come in, read from the tracker store:

* **unanswered**: the assistant offered suggestions, said it was out of scope or
  did not understand (outside a form: inside one, a message is an answer to the
  form — a company name, an e-mail — not a question);
* **low confidence**: answered, but with a confidence under
  :data:`LOW_CONFIDENCE` (the answer threshold of ``config.yml`` is 0.65);
* **👎**: the message whose answer the employer voted down.

Buttons (``/…`` payloads) never come in. E-mail addresses and long numbers are
masked. Messages are grouped like the report's unanswered questions
(``token_set_ratio`` on normalised text); each message is known by the hash of
its normalised text, under which the editor's decision is stored
(:mod:`bot.console.store`), so a decided message never comes back.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select

from bot.console.conversations import Conversations, _data
from bot.faq.feedback import FEEDBACK_SLOT
from bot.faq.parse import DECISION_KEY, answered_entries
from bot.language.normalize import normalize
from bot.staff.report.analysis import mask_personal_data
from bot.staff.report.source import EVENTS

#: An answer served with less confidence than this comes into the inbox.
LOW_CONFIDENCE = 0.75
SIMILARITY = 70
UNANSWERED_KINDS = frozenset({"suggest", "out_of_scope", "unclear"})
REASON_LABELS = {"unanswered": "sans réponse", "low_confidence": "confiance faible", "thumbs_down": "👎"}


def message_key(text: str) -> str:
    """The identity of a message in the inbox: the hash of its normalised text."""
    return hashlib.sha256((normalize(text) or text.casefold()).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Message:
    text: str  # masked
    reason: str  # "unanswered", "low_confidence" or "thumbs_down"
    confidence: float | None = None
    entries: tuple[str, ...] = ()  # what the assistant answered or suggested


@dataclass
class Group:
    """Similar messages; ``texts`` by count, most frequent first."""

    texts: list[tuple[str, int]]
    keys: list[str]
    reasons: Counter[str] = field(default_factory=Counter)
    entries: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return sum(n for _, n in self.texts)

    @property
    def representative(self) -> str:
        return self.texts[0][0]

    @property
    def id(self) -> str:
        return self.keys[0][:16]


def collect(conversations: Conversations) -> list[Message]:
    """The messages of every conversation that belong in the inbox, in storage order."""
    engine = conversations._engine()
    if engine is None:
        return []
    query = (select(EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.data)
             .where(EVENTS.c.type_name.in_(("user", "slot", "active_loop", "session_started")))
             .order_by(EVENTS.c.sender_id, EVENTS.c.id))
    found: list[Message] = []
    try:
        with engine.connect() as conn:
            sender: str | None = None
            in_form = False
            answered: list[tuple[str, Message | None, tuple[str, ...]]] = []  # (text, message already kept, entries)
            for row in conn.execute(query):
                if row.sender_id != sender:
                    sender, in_form, answered = row.sender_id, False, []
                data = _data(row.data)
                if row.type_name == "active_loop":
                    in_form = bool(data.get("name"))
                elif row.type_name == "session_started":
                    in_form = False
                elif row.type_name == "user":
                    message = _message(data, in_form)
                    text = data.get("text")
                    parse = data.get("parse_data") if isinstance(data.get("parse_data"), Mapping) else {}
                    assert isinstance(parse, Mapping)
                    if message is not None:
                        found.append(message)
                    if isinstance(text, str) and not text.lstrip().startswith("/"):
                        answered.append((text, message, tuple(answered_entries(parse))))
                elif row.type_name == "slot" and data.get("name") == FEEDBACK_SLOT:
                    value = data.get("value")
                    if isinstance(value, Mapping) and value.get("value") == "down":
                        voted = _voted_message(answered, value.get("faq_id"))
                        if voted is not None:
                            found.append(voted)
    finally:
        engine.dispose()
    return found


def _message(data: Mapping[str, Any], in_form: bool) -> Message | None:
    text = data.get("text")
    if not isinstance(text, str) or not text.strip() or text.lstrip().startswith("/"):
        return None
    parse = data.get("parse_data") if isinstance(data.get("parse_data"), Mapping) else {}
    assert isinstance(parse, Mapping)
    decision = parse.get(DECISION_KEY) if isinstance(parse.get(DECISION_KEY), Mapping) else {}
    assert isinstance(decision, Mapping)
    kind = decision.get("kind")
    confidence = decision.get("confidence")
    confidence = float(confidence) if isinstance(confidence, (int, float)) else None
    shown = mask_personal_data(" ".join(text.split()))
    if kind in UNANSWERED_KINDS and not in_form:
        suggestions = decision.get("suggestions")
        entries = tuple(s for s in suggestions if isinstance(s, str)) if isinstance(suggestions, list) else ()
        return Message(shown, "unanswered", confidence, entries)
    if kind == "answer" and confidence is not None and confidence < LOW_CONFIDENCE:
        return Message(shown, "low_confidence", confidence, tuple(answered_entries(parse)))
    return None


def _voted_message(answered: list[tuple[str, Message | None, tuple[str, ...]]], faq_id: object) -> Message | None:
    """The latest message answered with ``faq_id`` (the one the 👎 is about), unless it is already in the inbox."""
    for text, kept, entries in reversed(answered):
        if isinstance(faq_id, str) and faq_id in entries:
            if kept is not None:
                return None
            return Message(mask_personal_data(" ".join(text.split())), "thumbs_down", None, entries)
    return None


def group(messages: Iterable[Message], decided: set[str] | frozenset[str] = frozenset()) -> list[Group]:
    """Messages not decided yet, grouped by similarity, biggest groups first."""
    by_key: dict[str, list[Message]] = {}
    for message in messages:
        key = message_key(message.text)
        if key not in decided:
            by_key.setdefault(key, []).append(message)
    ordered = sorted(by_key, key=lambda k: (-len(by_key[k]), by_key[k][0].text.casefold()))
    groups: list[Group] = []
    representatives: list[str] = []
    for key in ordered:
        members = by_key[key]
        normal = normalize(members[0].text.replace("[masqué]", " ")) or members[0].text.casefold()
        match = process.extractOne(normal, representatives, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=SIMILARITY)
        if match is None:
            target = Group(texts=[], keys=[])
            groups.append(target)
            representatives.append(normal)
        else:
            target = groups[match[2]]
        texts = Counter(m.text for m in members)
        target.texts += texts.most_common()
        target.keys.append(key)
        target.reasons.update(m.reason for m in members)
        for m in members:
            target.entries.update(m.entries)
    for g in groups:
        g.texts.sort(key=lambda item: (-item[1], item[0].casefold()))
    return sorted(groups, key=lambda g: (-g.count, g.representative.casefold()))
