"""From tracker events to the report's figures: pure computations, no I/O.

:func:`split_conversations` cuts a sender's events into conversation sessions,
:func:`analyse_conversation` reduces each to :class:`ConversationFacts` (personal
data is masked at this point) and :func:`compute_report` aggregates them, with
the submissions' departments, into :class:`ReportData`.

A conversation is one Rasa conversation session (a new one starts at each
``session_started`` event) that contains at least one user message; its day is
the day, in Paris time, of its first user message. The slot events that Rasa
copies at the start of a session (``carry_over_slots_to_new_session``) are not
counted again.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import groupby
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process

from bot.dialogue.messages import VERDICT_LABELS
from bot.eligibility.dialogue import VERDICT_SLOT
from bot.faq.feedback import FEEDBACK_SLOT
from bot.faq.parse import FALLBACK_INTENT, RETRIEVAL_INTENT, answered_entries, intent_name, requested_entry
from bot.language.normalize import normalize
from bot.submission.form_slots import REFERENCE_SLOT

PARIS = ZoneInfo("Europe/Paris")

# Names read in the stored events (the FAQ's parse data is read by bot.faq.parse).
UNANSWERED_INTENTS = frozenset({FALLBACK_INTENT, "out_of_scope"})
ANSWER_ACTION = "action_answer_faq"
START_ACTION = "action_start_eligibility"
VERDICT_ACTION = "action_eligibility_verdict"
IGNORED_ACTIONS = frozenset({"action_unlikely_intent"})
#: The only slots the report reads; the values of the others (company, contact…) are dropped on reading.
WATCHED_SLOTS = frozenset({FEEDBACK_SLOT, VERDICT_SLOT, REFERENCE_SLOT})

SIMILARITY_THRESHOLD = 70
MAX_EXAMPLES = 5
MASK = "[masqué]"
UNKNOWN_VERDICT = "inconnu"
#: Verdicts in the order the report lists them (the known ones, then « verdict not recorded »).
VERDICTS = (*VERDICT_LABELS, UNKNOWN_VERDICT)

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone numbers (06 12 34 56 78, +33 6 12 34 56 78, 0033…) and SIREN/SIRET-like
# numbers: any run of at least 9 digits, possibly separated by a space, a dot or a hyphen.
_LONG_NUMBER = re.compile(r"(?:\+|\b00)?\d(?:[ .\-]?\d){8,}")


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class TrackerEvent:
    """One stored event, reduced to what the report uses."""

    sender_id: str
    type_name: str
    timestamp: float | None
    data: Mapping[str, Any]


@dataclass(frozen=True)
class ConversationFacts:
    """What one conversation session contributes to the report (no raw personal data)."""

    day: date
    answers: tuple[tuple[str, str], ...] = ()  # (faq_id, "typed" | "button")
    feedback: tuple[tuple[str, str], ...] = ()  # (faq_id, "up" | "down")
    unanswered: tuple[str, ...] = ()  # the user's words, personal data masked
    started_check: bool = False
    verdict: str | None = None  # last verdict of the conversation, None without one
    submitted: bool = False


@dataclass(frozen=True)
class EntryStats:
    """Answers served and 👍/👎 for one FAQ entry."""

    faq_id: str
    question: str | None  # None: the id is not in the current FAQ
    typed: int = 0
    buttons: int = 0
    up: int = 0
    down: int = 0

    @property
    def served(self) -> int:
        return self.typed + self.buttons

    @property
    def votes(self) -> int:
        return self.up + self.down

    @property
    def down_share(self) -> float | None:
        return self.down / self.votes if self.votes else None


@dataclass(frozen=True)
class UnansweredGroup:
    """Similar questions the assistant could not answer."""

    count: int
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Funnel:
    """Eligibility check: started → verdict → submitted (conversations)."""

    started: int = 0
    with_verdict: int = 0
    submitted: int = 0
    verdicts: tuple[tuple[str, int], ...] = ()  # (verdict, conversations), in VERDICTS order


@dataclass(frozen=True)
class ReportData:
    """Everything the HTML page shows."""

    generated_at: datetime
    since: datetime | None = None
    days: int | None = None
    conversations_per_day: tuple[tuple[date, int], ...] = ()
    entries: tuple[EntryStats, ...] = ()
    unanswered: tuple[UnansweredGroup, ...] = ()
    funnel: Funnel = field(default_factory=Funnel)
    submissions_per_department: tuple[tuple[str, int], ...] = ()
    tracker_available: bool = True
    submissions_available: bool = True
    notices: tuple[str, ...] = ()  # French, shown at the top (no data, missing database…)
    errors: tuple[str, ...] = ()  # French, a source could not be read
    #: Inactivity after which Rasa starts a new session (domain.yml); None: unknown, 0: never.
    session_minutes: float | None = None

    @property
    def total_conversations(self) -> int:
        return sum(count for _, count in self.conversations_per_day)

    @property
    def total_answers(self) -> int:
        return sum(e.served for e in self.entries)

    @property
    def total_unanswered(self) -> int:
        return sum(g.count for g in self.unanswered)

    @property
    def total_submissions(self) -> int:
        return sum(count for _, count in self.submissions_per_department)

    def entry(self, faq_id: str) -> EntryStats | None:
        return next((e for e in self.entries if e.faq_id == faq_id), None)


# --------------------------------------------------------------------------- personal data


def mask_personal_data(text: str) -> str:
    """Replace e-mail addresses, phone numbers and SIREN/SIRET-like numbers by « [masqué] »."""
    return _LONG_NUMBER.sub(MASK, _EMAIL.sub(MASK, text))


# --------------------------------------------------------------------------- one conversation


def split_conversations(events: Iterable[TrackerEvent]) -> Iterator[list[TrackerEvent]]:
    """Cut the events (ordered by sender) into conversation sessions."""
    for _, sender_events in groupby(events, key=lambda e: e.sender_id):
        current: list[TrackerEvent] = []
        for event in sender_events:
            if event.type_name == "session_started" and current:
                yield current
                current = []
            current.append(event)
        if current:
            yield current


def _parse_data(event: TrackerEvent) -> Mapping[str, Any]:
    parse = event.data.get("parse_data")
    return parse if isinstance(parse, Mapping) else {}


def _intent(event: TrackerEvent) -> str | None:
    return intent_name(_parse_data(event))


def _served_entries(user: TrackerEvent, action: str) -> list[tuple[str, str]]:
    """(faq_id, kind) of each entry the action that followed an ``faq`` message answered
    (several when one message asked several questions)."""
    if action != ANSWER_ACTION:
        return []
    parse = _parse_data(user)
    if requested_entry(parse):
        return [(entry, "button") for entry in answered_entries(parse)]
    return [(entry, "typed") for entry in answered_entries(parse)]


def local_day(timestamp: float) -> date:
    """The day in Paris of a Unix timestamp."""
    return datetime.fromtimestamp(timestamp, timezone.utc).astimezone(PARIS).date()


def analyse_conversation(events: Sequence[TrackerEvent]) -> ConversationFacts | None:
    """Reduce one conversation session to its facts; None if the user never wrote."""
    day: date | None = None
    answers: list[tuple[str, str]] = []
    feedback: list[tuple[str, str]] = []
    unanswered: list[str] = []
    started = submitted = False
    verdict: str | None = None
    awaiting_verdict = False
    carry_over = False  # slot events copied from the previous session by action_session_start
    pending_faq: TrackerEvent | None = None  # an « faq » message waiting for the action that handles it

    for event in events:
        kind = event.type_name
        if kind == "session_started":
            carry_over = True
        elif kind == "user":
            carry_over = awaiting_verdict = False
            if day is None and event.timestamp is not None:
                day = local_day(event.timestamp)
            intent = _intent(event)
            pending_faq = event if intent == RETRIEVAL_INTENT else None
            text = event.data.get("text")
            if intent in UNANSWERED_INTENTS and isinstance(text, str) and text.strip() and not text.lstrip().startswith("/"):
                unanswered.append(mask_personal_data(" ".join(text.split())))
        elif kind == "action":
            carry_over = awaiting_verdict = False
            name = event.data.get("name")
            if name in IGNORED_ACTIONS:
                continue
            if pending_faq is not None:
                answers += _served_entries(pending_faq, str(name))
                pending_faq = None
            if name == START_ACTION:
                started = True
            elif name == VERDICT_ACTION:
                verdict, awaiting_verdict = UNKNOWN_VERDICT, True
        elif kind == "slot" and not carry_over:
            name, value = event.data.get("name"), event.data.get("value")
            if name == VERDICT_SLOT and awaiting_verdict and isinstance(value, str) and value:
                verdict, awaiting_verdict = value, False
            elif name == FEEDBACK_SLOT and isinstance(value, Mapping):
                faq_id, vote = value.get("faq_id"), value.get("value")
                if isinstance(faq_id, str) and vote in ("up", "down"):
                    feedback.append((faq_id, vote))
            elif name == REFERENCE_SLOT and value:
                submitted = True

    if day is None:
        return None
    return ConversationFacts(
        day=day,
        answers=tuple(answers),
        feedback=tuple(feedback),
        unanswered=tuple(unanswered),
        started_check=started,
        verdict=verdict,
        submitted=submitted,
    )


# --------------------------------------------------------------------------- aggregation


def group_unanswered(
    texts: Iterable[str], threshold: int = SIMILARITY_THRESHOLD, max_examples: int = MAX_EXAMPLES
) -> tuple[UnansweredGroup, ...]:
    """Group similar questions (greedy, ``token_set_ratio`` on normalised text), biggest groups first."""
    by_key: dict[str, Counter[str]] = {}
    for text in texts:
        shown = mask_personal_data(" ".join(text.split()))
        if not shown:
            continue
        key = normalize(shown.replace(MASK, " ")) or shown.casefold()
        by_key.setdefault(key, Counter())[shown] += 1
    keys = sorted(by_key, key=lambda k: (-sum(by_key[k].values()), k))
    clusters: list[list[str]] = []
    representatives: list[str] = []
    for key in keys:
        match = process.extractOne(key, representatives, scorer=fuzz.token_set_ratio, processor=None, score_cutoff=threshold)
        if match is None:
            clusters.append([key])
            representatives.append(key)
        else:
            clusters[match[2]].append(key)
    groups = []
    for cluster in clusters:
        texts_count: Counter[str] = Counter()
        for key in cluster:
            texts_count.update(by_key[key])
        examples = sorted(texts_count, key=lambda t: (-texts_count[t], t))[:max_examples]
        groups.append(UnansweredGroup(count=sum(texts_count.values()), examples=tuple(examples)))
    return tuple(sorted(groups, key=lambda g: (-g.count, g.examples[0].casefold())))


def _days_range(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def compute_report(
    conversations: Iterable[ConversationFacts],
    departments: Iterable[str],
    faq_questions: Mapping[str, str],
    *,
    generated_at: datetime,
    since: datetime | None = None,
    days: int | None = None,
    region_departments: Sequence[str] = (),
    notices: Sequence[str] = (),
    errors: Sequence[str] = (),
    tracker_available: bool = True,
    submissions_available: bool = True,
    session_minutes: float | None = None,
) -> ReportData:
    """Aggregate the conversations and submissions.

    ``faq_questions`` maps each FAQ id to its question (every entry is listed, even
    never served); ``region_departments`` are listed first and always, even with 0.
    """
    per_day: Counter[date] = Counter()
    answers: Counter[tuple[str, str]] = Counter()
    votes: Counter[tuple[str, str]] = Counter()
    unanswered: list[str] = []
    started = with_verdict = submitted = 0
    verdicts: Counter[str] = Counter()
    for facts in conversations:
        per_day[facts.day] += 1
        answers.update(facts.answers)
        votes.update(facts.feedback)
        unanswered.extend(facts.unanswered)
        started += facts.started_check
        submitted += facts.submitted
        if facts.verdict is not None:
            with_verdict += 1
            verdicts[facts.verdict if facts.verdict in VERDICTS else UNKNOWN_VERDICT] += 1

    first = last = None
    if since is not None:
        first, last = since.astimezone(PARIS).date(), generated_at.astimezone(PARIS).date()
    if per_day:
        first = min(first or min(per_day), min(per_day))
        last = max(last or max(per_day), max(per_day))
    conversations_per_day = tuple((d, per_day[d]) for d in _days_range(first, last)) if first and last else ()

    seen_ids = {faq_id for faq_id, _ in answers} | {faq_id for faq_id, _ in votes}
    ids = [*faq_questions, *sorted(seen_ids - set(faq_questions))]
    entries = tuple(
        EntryStats(
            faq_id=faq_id,
            question=faq_questions.get(faq_id),
            typed=answers[(faq_id, "typed")],
            buttons=answers[(faq_id, "button")],
            up=votes[(faq_id, "up")],
            down=votes[(faq_id, "down")],
        )
        for faq_id in ids
    )
    department_counts = Counter(d for d in departments if d)
    department_ids = [*region_departments, *sorted(set(department_counts) - set(region_departments))]
    return ReportData(
        generated_at=generated_at,
        since=since,
        days=days,
        conversations_per_day=conversations_per_day,
        entries=entries,
        unanswered=group_unanswered(unanswered),
        funnel=Funnel(
            started=started,
            with_verdict=with_verdict,
            submitted=submitted,
            verdicts=tuple((v, verdicts[v]) for v in VERDICTS if verdicts[v]),
        ),
        submissions_per_department=tuple((d, department_counts[d]) for d in department_ids),
        tracker_available=tracker_available,
        submissions_available=submissions_available,
        notices=tuple(notices),
        errors=tuple(errors),
        session_minutes=session_minutes,
    )
