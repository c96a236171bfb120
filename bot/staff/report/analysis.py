"""Activity report for the Region's staff and the FAQ editors: ``python -m bot report``.

Reads the conversations kept by Rasa's ``SQLTrackerStore`` (table ``events``,
SQLite or PostgreSQL, through SQLAlchemy Core: Rasa is not imported) and the
hiring-intent submissions (:class:`bot.submission.store.SubmissionStore`), and writes
one self-contained HTML file in French: inline CSS, charts as inline PNG
(matplotlib, Agg canvas), no script, no external resource.

The pipeline is made of small steps that can be tested one by one:

1. :func:`read_events` streams the useful tracker events, sender by sender;
2. :func:`split_conversations` cuts a sender's events into conversation
   sessions, and :func:`analyse_conversation` reduces each one to
   :class:`ConversationFacts` (personal data is masked at this point);
3. :func:`compute_report` aggregates everything into :class:`ReportData`;
4. :func:`render_html` turns it into the page, escaping every text.

A conversation is one Rasa conversation session (a new one starts at each
``session_started`` event) that contains at least one user message; its day is
the day, in Paris time, of its first user message. The slot events that Rasa
copies at the start of a session (``carry_over_slots_to_new_session``) are not
counted again.

Nothing personal from the submissions is read beyond the department: no company
name, SIRET, contact or free text ever reaches the report.
"""

from __future__ import annotations

import base64
import html
import io
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from itertools import groupby
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from rapidfuzz import fuzz, process
from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text, create_engine, inspect, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from bot import settings as paths
from bot.language.normalize import normalize

PARIS = ZoneInfo("Europe/Paris")
DEFAULT_OUTPUT = paths.ROOT / "reports" / "rapport.html"

RETRIEVAL_INTENT = "faq"
FAQ_ID_ENTITY = "faq_id"
UNANSWERED_INTENTS = frozenset({"nlu_fallback", "out_of_scope"})
ANSWER_ACTION = "action_answer_faq"
START_ACTION = "action_start_eligibility"
VERDICT_ACTION = "action_eligibility_verdict"
IGNORED_ACTIONS = frozenset({"action_unlikely_intent"})
FEEDBACK_SLOT = "faq_feedback"
VERDICT_SLOT = "eligibility"
REFERENCE_SLOT = "submission_reference"
#: The only slots the report reads; the values of the others (company, contact…) are dropped on reading.
WATCHED_SLOTS = frozenset({FEEDBACK_SLOT, VERDICT_SLOT, REFERENCE_SLOT})
#: Event types read from the tracker store (bot messages are never read).
USEFUL_EVENT_TYPES = ("user", "action", "slot", "session_started")

SIMILARITY_THRESHOLD = 70
MAX_EXAMPLES = 5
MAX_CHART_ENTRIES = 15
MASK = "[masqué]"
UNKNOWN_VERDICT = "inconnu"

VERDICT_LABELS = {
    "eligible": "Éligible",
    "derogation": "Dérogation",
    "ineligible": "Non éligible",
    UNKNOWN_VERDICT: "Verdict non enregistré",
}
DEPARTMENTS = {"44": "Loire-Atlantique", "49": "Maine-et-Loire", "53": "Mayenne", "72": "Sarthe", "85": "Vendée"}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Phone numbers (06 12 34 56 78, +33 6 12 34 56 78, 0033…) and SIREN/SIRET-like
# numbers: any run of at least 9 digits, possibly separated by a space, a dot or a hyphen.
_LONG_NUMBER = re.compile(r"(?:\+|\b00)?\d(?:[ .\-]?\d){8,}")

_metadata = MetaData()
#: Rasa's ``SQLTrackerStore.SQLEvent`` table, declared here to read it (never created).
EVENTS = Table(
    "events",
    _metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)


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
    verdicts: tuple[tuple[str, int], ...] = ()  # (verdict, conversations), in VERDICT_LABELS order


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


@dataclass(frozen=True)
class SourceResult:
    """What reading one database gave: the items, or a French message explaining their absence."""

    items: tuple[Any, ...] = ()
    available: bool = True
    notice: str | None = None
    error: str | None = None


# --------------------------------------------------------------------------- personal data


def mask_personal_data(text: str) -> str:
    """Replace e-mail addresses, phone numbers and SIREN/SIRET-like numbers by « [masqué] »."""
    return _LONG_NUMBER.sub(MASK, _EMAIL.sub(MASK, text))


# --------------------------------------------------------------------------- reading the tracker store


def default_tracker_url() -> str:
    """``BOT_TRACKER_URL``, else the SQLite file the assistant uses (``var/tracker.db``)."""
    return os.environ.get("BOT_TRACKER_URL") or f"sqlite:///{Path(paths.VAR_DIR) / 'tracker.db'}"


def _sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (None for another database or an in-memory one)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return Path(database)


def display_url(url: str) -> str:
    """The database location for a message: the file for SQLite, the URL without password otherwise."""
    try:
        sqlite_file = _sqlite_file(url)
        return str(sqlite_file) if sqlite_file else make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "adresse illisible"


def _event_data(type_name: str, raw: str | None) -> dict[str, Any] | None:
    try:
        data = json.loads(raw or "{}")
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if type_name == "slot" and data.get("name") not in WATCHED_SLOTS:
        return {"name": data.get("name")}  # other slots hold the submission's personal data: drop the value
    return data


def read_events(engine: Engine, since: float | None = None) -> Iterator[TrackerEvent]:
    """The user, action, slot and session events, ordered by sender then by storage order."""
    query = select(EVENTS.c.sender_id, EVENTS.c.type_name, EVENTS.c.timestamp, EVENTS.c.data).where(
        EVENTS.c.type_name.in_(USEFUL_EVENT_TYPES)
    )
    if since is not None:
        query = query.where(EVENTS.c.timestamp >= since)
    query = query.order_by(EVENTS.c.sender_id, EVENTS.c.id)
    with engine.connect() as conn:
        for row in conn.execution_options(stream_results=True).execute(query):
            data = _event_data(row.type_name, row.data)
            if data is not None:
                yield TrackerEvent(row.sender_id, row.type_name, row.timestamp, data)


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
    intent = _parse_data(event).get("intent")
    return intent.get("name") if isinstance(intent, Mapping) else None


def _requested_entry(parse: Mapping[str, Any]) -> str | None:
    """The ``faq_id`` entity of a suggestion button."""
    for entity in parse.get("entities") or []:
        if isinstance(entity, Mapping) and entity.get("entity") == FAQ_ID_ENTITY:
            value = entity.get("value")
            if isinstance(value, str) and value:
                return value
    return None


def _selected_entry(parse: Mapping[str, Any]) -> str | None:
    """The entry chosen by the response selector: its response, else the first of its ranking."""
    selectors = parse.get("response_selector")
    if not isinstance(selectors, Mapping):
        return None
    selector = selectors.get(RETRIEVAL_INTENT) or selectors.get("default")
    if not isinstance(selector, Mapping):
        return None
    candidates = [selector.get("response")]
    ranking = selector.get("ranking")
    if isinstance(ranking, list) and ranking:
        candidates.append(ranking[0])
    prefix = f"{RETRIEVAL_INTENT}/"
    for candidate in candidates:
        key = candidate.get("intent_response_key") if isinstance(candidate, Mapping) else None
        if isinstance(key, str) and key.startswith(prefix) and len(key) > len(prefix):
            return key[len(prefix):]
    return None


def _served_entry(user: TrackerEvent, action: str) -> tuple[str, str] | None:
    """(faq_id, kind) when the action that followed an ``faq`` message answered it."""
    if action != ANSWER_ACTION:
        return None
    parse = _parse_data(user)
    requested = _requested_entry(parse)
    if requested:
        return requested, "button"
    entry = _selected_entry(parse)
    return (entry, "typed") if entry else None


def _local_day(timestamp: float) -> date:
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
                day = _local_day(event.timestamp)
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
                served = _served_entry(pending_faq, str(name))
                if served:
                    answers.append(served)
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


def load_conversations(url: str, since: datetime | None = None) -> SourceResult:
    """The facts of every conversation in the tracker store, or why there are none."""
    where = display_url(url)
    try:
        sqlite_file = _sqlite_file(url)
    except ArgumentError:
        return SourceResult(available=False, error=f"Adresse de la base des conversations illisible ({where}) : vérifiez BOT_TRACKER_URL.")
    if sqlite_file is not None and not sqlite_file.is_file():
        return SourceResult(
            available=False,
            notice=f"Aucune donnée de conversation : la base des conversations ({where}) n'existe pas encore. "
            "L'assistant la crée à sa première conversation ; sinon, vérifiez BOT_TRACKER_URL.",
        )
    engine: Engine | None = None
    try:
        engine = create_engine(url, future=True)
        if not inspect(engine).has_table(EVENTS.name):
            return SourceResult(
                available=False, notice=f"Aucune donnée de conversation : la base des conversations ({where}) ne contient aucune conversation."
            )
        cutoff = since.timestamp() if since else None
        facts = [f for conv in split_conversations(read_events(engine, cutoff)) if (f := analyse_conversation(conv)) is not None]
    except (SQLAlchemyError, ImportError) as error:
        return SourceResult(
            available=False, error=f"Impossible de lire la base des conversations ({where}) : {type(error).__name__}. Aucune donnée de conversation."
        )
    finally:
        if engine is not None:
            engine.dispose()
    if not facts:
        period = "sur la période choisie" if since else "dans la base"
        return SourceResult(available=False, notice=f"Aucune donnée de conversation : aucune conversation enregistrée {period}.")
    return SourceResult(items=tuple(facts))


# --------------------------------------------------------------------------- reading the submissions


def load_departments(url: str | None = None, since: datetime | None = None) -> SourceResult:
    """The department of every submission (and nothing else), or why there are none."""
    from bot.submission.store import SubmissionError, SubmissionStore, default_url

    try:
        url = url or default_url()
        where = display_url(url)
        sqlite_file = _sqlite_file(url)
    except (ArgumentError, OSError):
        return SourceResult(available=False, error="Adresse de la base des demandes d'embauche illisible : vérifiez BOT_DB_URL.")
    if sqlite_file is not None and not sqlite_file.is_file():
        return SourceResult(available=False, notice=f"Aucune demande d'embauche : la base des demandes ({where}) n'existe pas encore.")
    try:
        store = SubmissionStore(url)
        try:
            departments = tuple(s.department for s in store.list() if since is None or s.created_at >= since)
        finally:
            store.close()
    except (SQLAlchemyError, SubmissionError, ImportError, ValueError, KeyError) as error:
        return SourceResult(
            available=False, error=f"Impossible de lire les demandes d'embauche ({where}) : {type(error).__name__}. Aucune demande comptée."
        )
    if not departments:
        period = "sur la période choisie" if since else "dans la base"
        return SourceResult(items=(), notice=f"Aucune demande d'embauche enregistrée {period}.")
    return SourceResult(items=departments)


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
    notices: Sequence[str] = (),
    errors: Sequence[str] = (),
    tracker_available: bool = True,
    submissions_available: bool = True,
) -> ReportData:
    """Aggregate the conversations and submissions; ``faq_questions`` maps each FAQ id to its question."""
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
            verdicts[facts.verdict if facts.verdict in VERDICT_LABELS else UNKNOWN_VERDICT] += 1

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
    department_ids = [*DEPARTMENTS, *sorted(set(department_counts) - set(DEPARTMENTS))]
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
            verdicts=tuple((v, verdicts[v]) for v in VERDICT_LABELS if verdicts[v]),
        ),
        submissions_per_department=tuple((d, department_counts[d]) for d in department_ids),
        tracker_available=tracker_available,
        submissions_available=submissions_available,
        notices=tuple(notices),
        errors=tuple(errors),
    )


def faq_questions() -> tuple[dict[str, str], str | None]:
    """FAQ id → canonical question, in FAQ order; an error message if the FAQ cannot be read."""
    from bot.faq.entries import FaqError, load_faq

    try:
        return {entry.id: entry.question for entry in load_faq()}, None
    except (FaqError, OSError) as error:
        first = str(error).splitlines()[0] if str(error) else type(error).__name__
        return {}, f"La FAQ n'a pas pu être lue ({first}) : seules les entrées effectivement servies sont listées, sans leur question."


def collect_report_data(
    tracker_url: str | None = None,
    db_url: str | None = None,
    days: int | None = None,
    now: datetime | None = None,
) -> ReportData:
    """Read both databases and the FAQ, then aggregate; never raises for missing or unreadable data."""
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    since = now - timedelta(days=days) if days else None
    tracker = load_conversations(tracker_url or default_tracker_url(), since)
    submissions = load_departments(db_url, since)
    questions, faq_error = faq_questions()
    return compute_report(
        tracker.items,
        submissions.items,
        questions,
        generated_at=now,
        since=since,
        days=days,
        notices=[m for m in (tracker.notice, submissions.notice) if m],
        errors=[m for m in (tracker.error, submissions.error, faq_error) if m],
        tracker_available=tracker.available,
        submissions_available=submissions.available,
    )


# --------------------------------------------------------------------------- formatting


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def fmt_int(value: int) -> str:
    """12345 → « 12 345 » (narrow no-break space, as in French)."""
    return f"{value:,}".replace(",", "\u202f")


def fmt_percent(part: int, whole: int) -> str:
    """« 67 % », or « – » when the whole is 0."""
    if not whole:
        return "–"
    share = 100 * part / whole
    text = f"{share:.0f}" if share >= 10 or share == int(share) else f"{share:.1f}".replace(".", ",")
    return f"{text}\u00a0%"


def fmt_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def fmt_day(day: date) -> str:
    return f"{WEEKDAYS[day.weekday()]} {fmt_date(day)}"


def fmt_datetime(moment: datetime) -> str:
    local = moment.astimezone(PARIS)
    return f"{fmt_date(local.date())} à {local.strftime('%H:%M')}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    return f"{fmt_int(count)} {singular if count <= 1 else (plural_form or singular + 's')}"


def department_label(code: str) -> str:
    name = DEPARTMENTS.get(code)
    return f"{code} – {name}" if name else f"{code} – hors Pays de la Loire"


# --------------------------------------------------------------------------- charts


def _figure(height: float = 3.2) -> tuple[Any, Any]:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8, height), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    axes.spines[["top", "right"]].set_visible(False)
    return figure, axes


def _png_data_uri(figure: Any) -> str:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", metadata={"Software": None})
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _integer_axis(axis: Any) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True))


def chart_conversations(per_day: Sequence[tuple[date, int]]) -> str:
    figure, axes = _figure()
    positions = range(len(per_day))
    axes.bar(positions, [count for _, count in per_day], color="#0b6e99", width=0.7)
    step = max(1, -(-len(per_day) // 12))  # at most about 12 dates under the axis
    shown = [p for p in positions if p % step == 0]
    axes.set_xticks(shown)
    axes.set_xticklabels([per_day[p][0].strftime("%d/%m") for p in shown])
    axes.set_xlim(-0.6, len(per_day) - 0.4)
    _integer_axis(axes.yaxis)
    axes.set_ylabel("Conversations")
    return _png_data_uri(figure)


def chart_horizontal(labels: Sequence[str], series: Sequence[tuple[str, Sequence[int], str]], xlabel: str) -> str:
    """Horizontal (stacked) bars, first label on top."""
    figure, axes = _figure(height=max(2.2, 0.35 * len(labels) + 1.2))
    positions = list(range(len(labels)))
    left = [0] * len(labels)
    for name, values, color in series:
        axes.barh(positions, values, left=left, color=color, label=name)
        left = [a + b for a, b in zip(left, values, strict=True)]
    axes.set_yticks(positions)
    axes.set_yticklabels(labels)
    axes.invert_yaxis()
    _integer_axis(axes.xaxis)
    axes.set_xlabel(xlabel)
    if len(series) > 1:
        axes.legend(loc="lower right", frameon=False)
    return _png_data_uri(figure)


def chart_vertical(labels: Sequence[str], values: Sequence[int], ylabel: str) -> str:
    figure, axes = _figure()
    axes.bar(range(len(labels)), values, color="#0b6e99")
    axes.set_xticks(range(len(labels)))
    axes.set_xticklabels(labels)
    _integer_axis(axes.yaxis)
    axes.set_ylabel(ylabel)
    return _png_data_uri(figure)


# --------------------------------------------------------------------------- HTML


CSS = """
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5a5a60; --line: #d5d8dc; --accent: #0b6e99; --bg-soft: #f3f6f8; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); line-height: 1.5;
       max-width: 62rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2.5rem 0 .75rem; padding-bottom: .25rem; border-bottom: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p.meta, p.hint { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
a { color: var(--accent); }
.notice { border-left: 4px solid var(--accent); background: var(--bg-soft); padding: .6rem 1rem; margin: .75rem 0; }
.notice.error { border-left-color: #b3261e; background: #fdf0ef; }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: .75rem; padding: 0; list-style: none; }
.figures li { background: var(--bg-soft); border-radius: .4rem; padding: .75rem 1rem; }
.figures strong { display: block; font-size: 1.6rem; }
figure { margin: 1rem 0; }
figure img { max-width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.5rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0 .5rem; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--bg-soft); }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.zero { color: var(--muted); }
code { font-size: .9em; }
ul.examples { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 3rem; color: var(--muted); font-size: .9rem; }
@media print { nav { display: none; } h2 { break-after: avoid; } table, figure { break-inside: avoid; } }
"""

#: Browsers enforce what the report promises: nothing is loaded from anywhere.
CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'"


def _table(caption: str, headers: Sequence[tuple[str, bool]], rows: Iterable[Sequence[str]], row_header: bool = True) -> str:
    """An accessible table; ``headers`` are (label, numeric) and ``rows`` hold cells already escaped."""
    num = ' class="num"'
    head = "".join(f'<th scope="col"{num if numeric else ""}>{_e(label)}</th>' for label, numeric in headers)
    body = []
    for row in rows:
        cells = []
        for index, (cell, (_, numeric)) in enumerate(zip(row, headers, strict=True)):
            tag = "th" if index == 0 and row_header else "td"
            scope = ' scope="row"' if tag == "th" else ""
            cells.append(f"<{tag}{scope}{num if numeric else ''}>{cell}</{tag}>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _num(value: int) -> str:
    return f'<span class="zero">{fmt_int(value)}</span>' if value == 0 else fmt_int(value)


def _chart(uri: str, alt: str, caption: str) -> str:
    return f'<figure><img src="{_e(uri)}" alt="{_e(alt)}"><figcaption>{_e(caption)}</figcaption></figure>'


def _notice(text: str, error: bool = False) -> str:
    css = "notice error" if error else "notice"
    role = ' role="alert"' if error else ""
    return f'<p class="{css}"{role}>{_e(text)}</p>'


def _section(anchor: str, title: str, body: str) -> str:
    return f'<section id="{anchor}" aria-labelledby="{anchor}-titre"><h2 id="{anchor}-titre">{_e(title)}</h2>{body}</section>'


def _no_conversation_data() -> str:
    return _notice("Aucune donnée de conversation pour cette section.")


def period_text(data: ReportData) -> str:
    if data.since is None:
        return "toutes les données enregistrées"
    days = plural(data.days or 0, "dernier jour", "derniers jours")
    return f"{days}, du {fmt_datetime(data.since)} au {fmt_datetime(data.generated_at)}"


def render_summary(data: ReportData) -> str:
    funnel = data.funnel
    figures = [
        (fmt_int(data.total_conversations), "conversations" if data.total_conversations > 1 else "conversation"),
        (fmt_int(data.total_answers), "réponses de la FAQ servies" if data.total_answers > 1 else "réponse de la FAQ servie"),
        (fmt_int(data.total_unanswered), "questions sans réponse" if data.total_unanswered > 1 else "question sans réponse"),
        (fmt_int(funnel.started), "vérifications d'éligibilité commencées" if funnel.started > 1 else "vérification d'éligibilité commencée"),
        (fmt_int(data.total_submissions), "demandes d'embauche" if data.total_submissions > 1 else "demande d'embauche"),
    ]
    items = "".join(f"<li><strong>{value}</strong>{_e(label)}</li>" for value, label in figures)
    return _section("synthese", "En bref", f'<ul class="figures">{items}</ul>')


def render_conversations(data: ReportData) -> str:
    if not data.tracker_available or not data.total_conversations:
        return _section("conversations", "Conversations par jour", _no_conversation_data())
    per_day = data.conversations_per_day
    busiest_day, busiest = max(per_day, key=lambda item: (item[1], -item[0].toordinal()))
    alt = (
        f"Diagramme en barres des conversations par jour, du {fmt_date(per_day[0][0])} au {fmt_date(per_day[-1][0])} : "
        f"{plural(data.total_conversations, 'conversation')} au total, au plus {fmt_int(busiest)} le {fmt_date(busiest_day)}. "
        "Le tableau qui suit donne chaque valeur."
    )
    chart = _chart(chart_conversations(per_day), alt, "Nombre de conversations commencées chaque jour (heure de Paris).")
    table = _table(
        "Conversations par jour",
        [("Jour", False), ("Conversations", True)],
        [(_e(fmt_day(day)), _num(count)) for day, count in per_day],
    )
    hint = (
        '<p class="hint">Une conversation est une session de l\'assistant (une nouvelle commence après 60 minutes '
        "d'inactivité) où l'employeur a écrit au moins un message ; elle compte le jour de son premier message.</p>"
    )
    return _section("conversations", "Conversations par jour", hint + chart + table)


def _question_cell(entry: EntryStats) -> str:
    question = _e(entry.question) if entry.question else "<em>entrée absente de la FAQ actuelle</em>"
    return f"<code>{_e(entry.faq_id)}</code><br>{question}"


def render_answers(data: ReportData) -> str:
    if not data.tracker_available:
        return _section("reponses", "Réponses servies par entrée de la FAQ", _no_conversation_data())
    entries = sorted(data.entries, key=lambda e: -e.served)  # stable: FAQ order among equals
    served = [e for e in entries if e.served]
    never = sum(1 for e in entries if not e.served)
    parts = [
        '<p class="hint">Réponse servie : une question tapée à laquelle l\'assistant a répondu par une entrée de la FAQ, '
        "ou un clic sur une question proposée (bouton). Les entrées jamais servies sur la période figurent avec 0.</p>"
    ]
    if served:
        shown = served[:MAX_CHART_ENTRIES]
        top = shown[0]
        alt = (
            f"Diagramme en barres horizontales des {len(shown)} entrées de la FAQ les plus servies : "
            f"en tête {top.faq_id} avec {plural(top.served, 'réponse')} ({fmt_int(top.typed)} tapées, {fmt_int(top.buttons)} par bouton). "
            "Le tableau qui suit donne toutes les entrées."
        )
        uri = chart_horizontal(
            [e.faq_id for e in shown],
            [("question tapée", [e.typed for e in shown], "#0b6e99"), ("bouton", [e.buttons for e in shown], "#8fc1d9")],
            "Réponses servies",
        )
        parts.append(_chart(uri, alt, f"Les {len(shown)} entrées les plus servies (questions tapées et boutons)."))
    else:
        parts.append(_notice("Aucune réponse de la FAQ servie sur la période."))
    if never:
        parts.append(f'<p class="hint">{_e(plural(never, "entrée jamais servie", "entrées jamais servies"))} sur la période.</p>')
    parts.append(
        _table(
            "Réponses servies par entrée de la FAQ, des plus servies aux moins servies",
            [("Entrée de la FAQ", False), ("Questions tapées", True), ("Boutons", True), ("Total", True)],
            [(_question_cell(e), _num(e.typed), _num(e.buttons), _num(e.served)) for e in entries],
        )
    )
    return _section("reponses", "Réponses servies par entrée de la FAQ", "".join(parts))


def render_feedback(data: ReportData) -> str:
    title = "Avis 👍 / 👎 sur les réponses"
    if not data.tracker_available:
        return _section("avis", title, _no_conversation_data())
    rated = sorted((e for e in data.entries if e.votes), key=lambda e: (-(e.down_share or 0), -e.down, -e.votes))
    if not rated:
        return _section("avis", title, _notice("Aucun avis 👍 ou 👎 donné sur la période."))
    up, down = sum(e.up for e in rated), sum(e.down for e in rated)
    intro = (
        f'<p class="hint">{_e(plural(up + down, "avis", "avis"))} : {fmt_int(up)} 👍 et {fmt_int(down)} 👎 ({fmt_percent(down, up + down)} de 👎). '
        "Les entrées les plus critiquées viennent en premier ; celles sans avis ne figurent pas dans le tableau.</p>"
    )
    table = _table(
        "Avis des employeurs par entrée de la FAQ, de la plus critiquée à la moins critiquée",
        [("Entrée de la FAQ", False), ("👍 utile", True), ("👎 pas utile", True), ("Part de 👎", True)],
        [(_question_cell(e), _num(e.up), _num(e.down), fmt_percent(e.down, e.votes)) for e in rated],
    )
    return _section("avis", title, intro + table)


def render_unanswered(data: ReportData) -> str:
    title = "Questions sans réponse"
    if not data.tracker_available:
        return _section("sans-reponse", title, _no_conversation_data())
    if not data.unanswered:
        return _section("sans-reponse", title, _notice("Aucune question sans réponse sur la période."))
    intro = (
        f'<p class="hint">{_e(plural(data.total_unanswered, "message"))} que l\'assistant n\'a pas su rattacher à la FAQ '
        "(question incomprise ou hors sujet), dans les mots des employeurs, regroupés par ressemblance : "
        "les plus gros groupes d'abord, avec jusqu'à 5 exemples. Ce sont des pistes de nouvelles entrées ou de nouveaux "
        "exemples pour la FAQ. Adresses électroniques, numéros de téléphone et numéros SIREN/SIRET sont remplacés par "
        f"« {_e(MASK)} ».</p>"
    )
    rows = []
    for number, group in enumerate(data.unanswered, start=1):
        examples = "".join(f"<li>{_e(text)}</li>" for text in group.examples)
        rows.append((fmt_int(number), _num(group.count), f'<ul class="examples">{examples}</ul>'))
    table = _table(
        "Questions sans réponse regroupées par ressemblance, des groupes les plus fréquents aux moins fréquents",
        [("Groupe", True), ("Messages", True), ("Exemples (mots des employeurs)", False)],
        rows,
    )
    return _section("sans-reponse", title, intro + table)


def render_funnel(data: ReportData) -> str:
    title = "Vérification d'éligibilité"
    if not data.tracker_available:
        return _section("eligibilite", title, _no_conversation_data())
    funnel = data.funnel
    if not funnel.started and not funnel.with_verdict and not funnel.submitted:
        return _section("eligibilite", title, _notice("Aucune vérification d'éligibilité commencée sur la période."))
    stages = [
        ("Vérification commencée", funnel.started, funnel.started),
        ("Verdict obtenu", funnel.with_verdict, funnel.started),
        ("Demande d'embauche envoyée", funnel.submitted, funnel.with_verdict),
    ]
    alt = (
        f"Diagramme en barres horizontales du parcours d'éligibilité : {plural(funnel.started, 'conversation')} "
        f"avec une vérification commencée, {fmt_int(funnel.with_verdict)} avec un verdict, "
        f"{fmt_int(funnel.submitted)} avec une demande d'embauche envoyée."
    )
    uri = chart_horizontal(
        ["Commencée", "Verdict", "Demande envoyée"], [("conversations", [s[1] for s in stages], "#0b6e99")], "Conversations"
    )
    chart = _chart(uri, alt, "Du début de la vérification à la demande d'embauche (nombre de conversations).")
    table = _table(
        "Parcours d'éligibilité : conversations à chaque étape",
        [("Étape", False), ("Conversations", True), ("Part de l'étape précédente", True)],
        [
            (_e(label), _num(count), "–" if index == 0 else fmt_percent(count, previous))
            for index, (label, count, previous) in enumerate(stages)
        ],
    )
    breakdown = ""
    if funnel.verdicts:
        breakdown = _table(
            "Verdicts obtenus (dernier verdict de chaque conversation)",
            [("Verdict", False), ("Conversations", True), ("Part des verdicts", True)],
            [(_e(VERDICT_LABELS.get(v, v)), _num(n), fmt_percent(n, funnel.with_verdict)) for v, n in funnel.verdicts],
        )
    return _section("eligibilite", title, chart + table + breakdown)


def render_departments(data: ReportData) -> str:
    title = "Demandes d'embauche par département"
    if not data.submissions_available:
        return _section("departements", title, _notice("Aucune donnée de demande d'embauche pour cette section."))
    if not data.total_submissions:
        return _section("departements", title, _notice("Aucune demande d'embauche enregistrée sur la période."))
    rows = data.submissions_per_department
    counts = [n for _, n in rows]
    best_code, best = max(rows, key=lambda item: item[1])
    alt = (
        f"Diagramme en barres des demandes d'embauche par département : {plural(data.total_submissions, 'demande')} au total, "
        f"le plus grand nombre en {department_label(best_code)} ({fmt_int(best)}). Le tableau qui suit donne chaque valeur."
    )
    chart = _chart(chart_vertical([f"{code}\n{DEPARTMENTS.get(code, 'autre')}" for code, _ in rows], counts, "Demandes"), alt, "Demandes d'embauche enregistrées par département du lieu de travail.")
    table = _table(
        "Demandes d'embauche par département",
        [("Département", False), ("Demandes", True), ("Part", True)],
        [(_e(department_label(code)), _num(n), fmt_percent(n, data.total_submissions)) for code, n in rows],
    )
    hint = '<p class="hint">Seul le département est compté : aucune autre information des demandes ne figure dans ce rapport.</p>'
    return _section("departements", title, hint + chart + table)


SECTIONS = (
    ("synthese", "En bref"),
    ("conversations", "Conversations par jour"),
    ("reponses", "Réponses servies"),
    ("avis", "Avis 👍 / 👎"),
    ("sans-reponse", "Questions sans réponse"),
    ("eligibilite", "Vérification d'éligibilité"),
    ("departements", "Demandes par département"),
)


def render_html(data: ReportData) -> str:
    """The whole self-contained page (French, lang="fr", no external resource)."""
    title = "Rapport d'activité de l'assistant « 1 emploi = 1 formation »"
    notices = "".join(_notice(m, error=True) for m in data.errors) + "".join(_notice(m) for m in data.notices)
    nav = "".join(f'<li><a href="#{anchor}">{_e(label)}</a></li>' for anchor, label in SECTIONS)
    body = "".join(
        render(data)
        for render in (
            render_summary,
            render_conversations,
            render_answers,
            render_feedback,
            render_unanswered,
            render_funnel,
            render_departments,
        )
    )
    footer = (
        "Rapport produit par <code>python -m bot report</code> à partir des conversations enregistrées par l'assistant "
        "et des demandes d'embauche reçues. Aucune donnée personnelle des demandes n'y figure (seul le département est compté) ; "
        "dans les questions citées, adresses électroniques, numéros de téléphone et numéros SIREN/SIRET sont masqués."
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_e(CSP)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="meta">Produit le {_e(fmt_datetime(data.generated_at))} (heure de Paris). Période : {_e(period_text(data))}.</p>'
        f"{notices}</header>\n"
        f'<nav aria-label="Sommaire"><ul>{nav}</ul></nav>\n'
        f"<main>{body}</main>\n<footer><p>{footer}</p></footer>\n</body>\n</html>\n"
    )


def write_report(text: str, output: Path) -> None:
    """Write atomically (a reader never sees half a report)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, output)


# --------------------------------------------------------------------------- command line


def _days_argument(value: Any) -> int | None:
    if value in (None, ""):
        return None
    days = int(value)
    if days < 1:
        raise ValueError(days)
    return days


def cli_report(args: Any) -> int:
    """``python -m bot report [--output F] [--tracker-url URL] [--db-url URL] [--days N]``; exit code.

    0 when the report is written (even without any data), 1 when it cannot be
    written or a database could not be read, 2 for a wrong ``--days``.
    """
    try:
        days = _days_argument(getattr(args, "days", None))
    except (TypeError, ValueError):
        print("--days attend un nombre entier de jours, au moins 1.", file=sys.stderr)
        return 2
    output = Path(getattr(args, "output", None) or DEFAULT_OUTPUT)
    data = collect_report_data(getattr(args, "tracker_url", None) or None, getattr(args, "db_url", None) or None, days)
    try:
        write_report(render_html(data), output)
    except OSError as error:
        print(f"Impossible d'écrire le rapport {output} : {error.strerror or error}", file=sys.stderr)
        return 1
    for message in (*data.errors, *data.notices):
        print(message, file=sys.stderr)
    print(
        f"Rapport écrit dans {output} : {plural(data.total_conversations, 'conversation')}, "
        f"{plural(data.total_answers, 'réponse servie', 'réponses servies')}, "
        f"{plural(data.total_unanswered, 'question sans réponse', 'questions sans réponse')}, "
        f"{plural(data.total_submissions, 'demande', 'demandes')} d'embauche."
    )
    return 1 if data.errors else 0
