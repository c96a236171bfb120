"""E-mails when a submission is stored: a confirmation to the employer, a notice to the Region's mailbox.

An outbox read from the database, not a hook: every stored submission without
its two e-mails sent is found by :meth:`Notifier.run_once`, which a
background thread of the web server calls every few seconds
(:func:`start_background`). A submission is stored first, by the chat, whatever
happens to the mail: a failed send is tried again later (1, 5, 15 minutes,
then every hour, :data:`MAX_ATTEMPTS` times at most) and its state is shown on
the submission's page. The states live in ``console_notifications`` in the
submissions database; a send is claimed by a conditional update, so that two
web servers never send the same e-mail twice.

Without ``BOT_SMTP_URL`` and ``BOT_SMTP_FROM`` nothing is sent and nothing is
recorded: the console alone shows new submissions. Submissions stored before
the mail was first configured are never mailed (a start mark is kept). The
employer's e-mail gets the reference and the recap; the Region's notice gets
only the reference, the department, the verdict and the console's link. The
log says which reference was mailed, never to whom.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot import settings
from bot.console.store import ConsoleStore
from bot.submission.spec import COLUMN_LABELS, COLUMNS
from bot.submission.store import Submission, SubmissionStore

_LOG = logging.getLogger(__name__)
TEMPLATES = Path(__file__).resolve().parent / "templates" / "mail"
KINDS = ("employer", "staff")
MAX_ATTEMPTS = 10
#: Wait before attempt n+1 (the last value repeats).
BACKOFF = (timedelta(minutes=1), timedelta(minutes=5), timedelta(minutes=15), timedelta(hours=1))
#: Fields of the recap mailed to the employer (what they typed, not the internal ones).
RECAP_FIELDS = tuple(c.name for c in COLUMNS if c.name not in ("reference", "created_at", "eligibility_reasons", "missing_fields"))

_metadata = MetaData()
notifications = Table(
    "console_notifications",
    _metadata,
    Column("reference", String(16), primary_key=True),
    Column("kind", String(16), primary_key=True),  # "employer" or "staff"
    Column("status", String(16), nullable=False),  # "pending", "sending", "sent", "failed"
    Column("attempts", Integer, nullable=False, server_default="0"),
    Column("next_try", DateTime, nullable=False),
    Column("sent_at", DateTime, nullable=True),
    Column("last_error", Text, nullable=True),  # the error's type only
)
marks = Table(
    "console_marks",
    _metadata,
    Column("name", String(32), primary_key=True),
    Column("at", DateTime, nullable=False),
)


class MailError(ValueError):
    """The mail settings cannot be used (message in French)."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    mode: str  # "ssl", "starttls" or "plain"
    user: str | None
    password: str | None
    sender: str

    @classmethod
    def from_url(cls, url: str, sender: str) -> SmtpSettings:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise MailError("BOT_SMTP_URL doit ressembler à smtp://utilisateur:motdepasse@hôte:587 ou smtps://hôte:465.")
        tls = (parse_qs(parts.query).get("tls") or ["oui"])[0].lower()
        mode = "ssl" if parts.scheme == "smtps" else ("plain" if tls in ("non", "no", "0", "false") else "starttls")
        port = parts.port or (465 if mode == "ssl" else 587)
        return cls(parts.hostname, port, mode, unquote(parts.username) if parts.username else None,
                   unquote(parts.password) if parts.password else None, sender)


@dataclass(frozen=True)
class Notification:
    reference: str
    kind: str
    status: str
    attempts: int
    next_try: datetime
    sent_at: datetime | None
    last_error: str | None


def configured() -> SmtpSettings | None:
    """The SMTP settings from the environment, or None when mail is not configured."""
    if not settings.sends_mail():
        return None
    return SmtpSettings.from_url(settings.smtp_url() or "", settings.smtp_from() or "")


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


class Notifier:
    """Finds the submissions still to mail and sends their e-mails."""

    def __init__(self, smtp: SmtpSettings, url: str | None = None, staff_address: str | None = None, console_url: str | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.smtp = smtp
        self.store = ConsoleStore(url)  # the console's tables, beside the submissions
        self.submissions = SubmissionStore(self.store.url)
        self.staff_address = staff_address if staff_address is not None else settings.staff_email()
        self.console_url = console_url or settings.console_url()
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        _metadata.create_all(self.store.engine, checkfirst=True)
        self.templates = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False, undefined=StrictUndefined,
                                     keep_trailing_newline=True)

    def close(self) -> None:
        self.store.close()
        self.submissions.close()

    # ----------------------------------------------------------------- the outbox

    def _start_mark(self) -> datetime:
        """When mail was first configured: submissions stored before are not mailed."""
        with self.store.engine.begin() as conn:
            found = conn.execute(select(marks.c.at).where(marks.c.name == "mail_since")).scalar_one_or_none()
            if found is not None:
                return _aware(found)
        try:
            with self.store.engine.begin() as conn:
                conn.execute(insert(marks).values(name="mail_since", at=_naive(self.clock())))
        except IntegrityError:
            pass  # another server wrote it first
        with self.store.engine.connect() as conn:
            return _aware(conn.execute(select(marks.c.at).where(marks.c.name == "mail_since")).scalar_one())

    def _enqueue(self) -> None:
        since = self._start_mark()
        with self.store.engine.connect() as conn:
            known = {(r.reference, r.kind) for r in conn.execute(select(notifications.c.reference, notifications.c.kind))}
        kinds = KINDS if self.staff_address else ("employer",)
        now = _naive(self.clock())
        for submission in self.submissions.list():
            if submission.created_at < since:
                continue
            for kind in kinds:
                if (submission.reference, kind) in known or kind == "employer" and submission.contact_email is None:
                    continue  # (no acknowledgement without an e-mail: the Region calls back, forty-second blind user test)
                try:
                    with self.store.engine.begin() as conn:
                        conn.execute(insert(notifications).values(reference=submission.reference, kind=kind, status="pending",
                                                                  attempts=0, next_try=now))
                except IntegrityError:
                    pass

    def run_once(self) -> int:
        """Send what is due; return the number of e-mails sent."""
        self._enqueue()
        now = self.clock()
        with self.store.engine.connect() as conn:
            due = list(conn.execute(select(notifications).where(notifications.c.status == "pending", notifications.c.next_try <= _naive(now))))
        sent = 0
        for row in due:
            with self.store.engine.begin() as conn:
                claimed = conn.execute(
                    update(notifications)
                    .where(notifications.c.reference == row.reference, notifications.c.kind == row.kind,
                           notifications.c.status == "pending", notifications.c.attempts == row.attempts)
                    .values(status="sending", attempts=row.attempts + 1)
                ).rowcount
            if claimed != 1:
                continue  # another server took it
            submission = self.submissions.get(row.reference)
            try:
                if submission is None:
                    raise LookupError("submission gone")
                self._send(self.message(submission, row.kind))
            except (OSError, smtplib.SMTPException, LookupError) as error:
                attempts = row.attempts + 1
                failed = attempts >= MAX_ATTEMPTS
                wait = BACKOFF[min(attempts - 1, len(BACKOFF) - 1)]
                with self.store.engine.begin() as conn:
                    conn.execute(update(notifications)
                                 .where(notifications.c.reference == row.reference, notifications.c.kind == row.kind)
                                 .values(status="failed" if failed else "pending", next_try=_naive(self.clock() + wait),
                                         last_error=type(error).__name__))
                _LOG.warning("mail %s for %s not sent (attempt %d, %s)", row.kind, row.reference, attempts, type(error).__name__)
                continue
            with self.store.engine.begin() as conn:
                conn.execute(update(notifications)
                             .where(notifications.c.reference == row.reference, notifications.c.kind == row.kind)
                             .values(status="sent", sent_at=_naive(self.clock()), last_error=None))
            _LOG.info("mail %s for %s sent", row.kind, row.reference)
            sent += 1
        return sent

    def recover(self) -> None:
        """Sends left « sending » by a server stopped mid-send go back to the queue (at start)."""
        with self.store.engine.begin() as conn:
            conn.execute(update(notifications).where(notifications.c.status == "sending").values(status="pending"))

    # ----------------------------------------------------------------- the e-mails

    def message(self, submission: Submission, kind: str) -> EmailMessage:
        from bot.console.app import field_value, local_time, to_complete

        values = {
            "submission": submission,
            "received": local_time(submission.created_at),
            "recap": [(COLUMN_LABELS[name], field_value(submission, name)) for name in RECAP_FIELDS],
            "verdict": field_value(submission, "eligibility_verdict"),
            "to_complete": to_complete(submission),
            "link": f"{self.console_url}demandes/{submission.reference}",
        }
        body = self.templates.get_template(f"{kind}.txt").render(**values)
        subject, _, text = body.partition("\n\n")
        message = EmailMessage()
        message["Subject"] = subject.removeprefix("Objet : ").strip()
        message["From"] = self.smtp.sender
        message["To"] = str(submission.contact_email) if kind == "employer" else str(self.staff_address)
        message["Date"] = format_datetime(self.clock())
        message["Message-ID"] = make_msgid(domain=self.smtp.sender.rpartition("@")[2] or None)
        message.set_content(text)
        return message

    def _send(self, message: EmailMessage) -> None:
        smtp = self.smtp
        context = ssl.create_default_context()
        client: smtplib.SMTP
        if smtp.mode == "ssl":
            client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=20, context=context)
        else:
            client = smtplib.SMTP(smtp.host, smtp.port, timeout=20)
        with client:
            if smtp.mode == "starttls":
                client.starttls(context=context)
            if smtp.user:
                client.login(smtp.user, smtp.password or "")
            client.send_message(message)

    # ----------------------------------------------------------------- for the console

    def states(self, reference: str) -> list[Notification]:
        return states(self.store, reference)


def states(store: ConsoleStore, reference: str) -> list[Notification]:
    """The e-mails of a submission and where they stand ([] when mail is not configured or the table absent)."""
    from sqlalchemy import inspect

    if not inspect(store.engine).has_table(notifications.name):
        return []
    with store.engine.connect() as conn:
        rows = conn.execute(select(notifications).where(notifications.c.reference == reference).order_by(notifications.c.kind))
        return [Notification(r.reference, r.kind, r.status, r.attempts, _aware(r.next_try),
                             _aware(r.sent_at) if r.sent_at else None, r.last_error) for r in rows]


def start_background(interval: float = 10.0) -> threading.Event | None:
    """Run the notifier every ``interval`` seconds in a daemon thread; None when mail is not configured.

    Set the returned event to stop it.
    """
    try:
        smtp = configured()
    except MailError as error:
        _LOG.error("%s", error)
        return None
    if smtp is None:
        return None
    stop = threading.Event()

    def loop() -> None:
        notifier = Notifier(smtp)
        notifier.recover()
        try:
            while not stop.is_set():
                try:
                    notifier.run_once()
                except Exception as error:  # keep the thread alive whatever the database says
                    _LOG.warning("mail outbox: %s", type(error).__name__)
                stop.wait(interval)
        finally:
            notifier.close()

    threading.Thread(target=loop, name="mail-outbox", daemon=True).start()
    return stop
