"""The console's tables in the submissions database: accounts, sessions, audit, submission statuses.

Everything goes through SQLAlchemy Core, so that SQLite (the default) and
PostgreSQL (``BOT_DB_URL``) both work. Passwords are argon2id hashes
(argon2-cffi); session and CSRF tokens are random and only their SHA-256 is
stored, so that a copy of the database opens no session. Times are UTC, naive
in the database (portable), aware in Python.

Five failed logins in a row lock an account for 15 minutes; a successful login
resets the count. Status changes say which status they start from: if another
agent changed it meanwhile, nothing is written and the caller is told.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, Text, create_engine, delete, func, insert, select, update
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError

from bot.submission.store import default_url

ROLES = ("agent", "editor", "admin")
#: Failed logins in a row that lock an account, and for how long.
MAX_FAILED_LOGINS = 5
LOCK_DURATION = timedelta(minutes=15)
#: A session ends after this much inactivity, and in any case after SESSION_MAX_AGE.
SESSION_IDLE = timedelta(hours=1)
SESSION_MAX_AGE = timedelta(hours=10)
MIN_PASSWORD_LENGTH = 12
MAX_NAME_LENGTH = 64

#: Processing statuses of a submission, and the changes allowed from each.
STATUSES = ("nouvelle", "en_cours", "traitee", "refusee")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "nouvelle": ("en_cours", "refusee"),
    "en_cours": ("traitee", "refusee"),
    "traitee": ("en_cours",),
    "refusee": ("en_cours",),
}
MAX_REASON_LENGTH = 500

metadata = MetaData()

users = Table(
    "console_users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(MAX_NAME_LENGTH), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("failed_logins", Integer, nullable=False, server_default="0"),
    Column("locked_until", DateTime, nullable=True),
    Column("created_at", DateTime, nullable=False),
)

sessions = Table(
    "console_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, nullable=False, index=True),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen", DateTime, nullable=False),
)

audit = Table(
    "console_audit",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime, nullable=False, index=True),
    Column("user_name", String(MAX_NAME_LENGTH), nullable=False),
    Column("action", String(32), nullable=False),
    Column("target", Text, nullable=False, server_default=""),
    Column("detail", Text, nullable=False, server_default=""),
)

statuses = Table(
    "console_submission_status",
    metadata,
    Column("reference", String(16), primary_key=True),
    Column("status", String(16), nullable=False),
    Column("reason", Text, nullable=True),
    Column("changed_by", String(MAX_NAME_LENGTH), nullable=False),
    Column("changed_at", DateTime, nullable=False),
)


inbox_decisions = Table(
    "console_inbox_decisions",
    metadata,
    Column("key", String(64), primary_key=True),  # bot.console.inbox.message_key
    Column("decision", String(16), nullable=False),  # "assigned", "out_of_scope" or "ignored"
    Column("faq_id", String(64), nullable=True),
    Column("example", Text, nullable=True),
    Column("decided_by", String(MAX_NAME_LENGTH), nullable=False),
    Column("decided_at", DateTime, nullable=False),
)

INBOX_DECISIONS = ("assigned", "out_of_scope", "ignored")


class AlreadyDecided(Exception):
    """Another editor decided this inbox group first; ``decision`` says what and who."""

    def __init__(self, decision: InboxDecision | None) -> None:
        super().__init__(decision)
        self.decision = decision


class AccountError(ValueError):
    """An account cannot be created as asked (message in French)."""


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str

    def can(self, area: str) -> bool:
        """``submissions`` for agents, ``conversations`` for agents and editors, ``report`` for agents and editors, ``inbox``, ``retrain`` and ``dialogues`` for editors, ``audit`` for admins; admins may do everything."""
        allowed = {"submissions": ("agent",), "conversations": ("agent", "editor"), "inbox": ("editor",), "retrain": ("editor",),
                   "report": ("agent", "editor"), "dialogues": ("editor",)}
        return self.role == "admin" or self.role in allowed.get(area, ())


@dataclass(frozen=True)
class LoginResult:
    """``user`` when the password was right; ``locked`` when the account is locked (now or by this failure)."""

    user: User | None
    locked: bool = False


@dataclass(frozen=True)
class Status:
    status: str
    reason: str | None = None
    changed_by: str | None = None
    changed_at: datetime | None = None


@dataclass(frozen=True)
class InboxDecision:
    decision: str
    faq_id: str | None
    example: str | None
    decided_by: str
    decided_at: datetime


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    user_name: str
    action: str
    target: str
    detail: str


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def _naive(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc).replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.replace(tzinfo=timezone.utc)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ConsoleStore:
    """The console's tables, beside ``hiring_intents`` in the same database."""

    def __init__(self, url: str | None = None, clock: Callable[[], datetime] | None = None) -> None:
        self.url = url or default_url()
        self.clock = clock or _utcnow
        connect_args: dict[str, Any] = {"timeout": 30} if make_url(self.url).get_backend_name() == "sqlite" else {}
        self.engine: Engine = create_engine(self.url, future=True, connect_args=connect_args)
        metadata.create_all(self.engine, checkfirst=True)
        self._hasher = PasswordHasher()
        # Verified when a name is unknown, so that a wrong name takes as long as a wrong password.
        self._dummy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    def close(self) -> None:
        self.engine.dispose()

    def now(self) -> datetime:
        return self.clock().astimezone(timezone.utc)

    # ----------------------------------------------------------------- accounts

    def add_user(self, name: str, role: str, password: str) -> User:
        name = name.strip()
        if not name or len(name) > MAX_NAME_LENGTH or not name.replace(".", "").replace("-", "").replace("_", "").isalnum():
            raise AccountError(f"Nom de compte invalide : lettres, chiffres, « . », « - » ou « _ », {MAX_NAME_LENGTH} caractères au plus.")
        if role not in ROLES:
            raise AccountError(f"Rôle inconnu « {role} » : {', '.join(ROLES)}.")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise AccountError(f"Mot de passe trop court : {MIN_PASSWORD_LENGTH} caractères au moins.")
        row = {"name": name, "role": role, "password_hash": self._hasher.hash(password), "failed_logins": 0, "created_at": _naive(self.now())}
        try:
            with self.engine.begin() as conn:
                user_id = conn.execute(insert(users).values(**row)).inserted_primary_key[0]
        except IntegrityError:
            raise AccountError(f"Le compte « {name} » existe déjà.") from None
        self.log("cli", "user_created", name, role)
        return User(int(user_id), name, role)

    def authenticate(self, name: str, password: str) -> LoginResult:
        """Check a password, counting failures; a locked account is refused even with the right password."""
        now = self.now()
        with self.engine.connect() as conn:
            row = conn.execute(select(users).where(users.c.name == name.strip())).first()
        if row is None:
            self._verify(self._dummy_hash, password)
            return LoginResult(None)
        if row.locked_until is not None and _aware(row.locked_until) > now:
            return LoginResult(None, locked=True)
        if self._verify(row.password_hash, password):
            with self.engine.begin() as conn:
                conn.execute(update(users).where(users.c.id == row.id).values(failed_logins=0, locked_until=None))
            return LoginResult(User(row.id, row.name, row.role))
        with self.engine.begin() as conn:
            # Incremented in the database, so that concurrent failures all count.
            conn.execute(update(users).where(users.c.id == row.id).values(failed_logins=users.c.failed_logins + 1))
            failures = conn.execute(select(users.c.failed_logins).where(users.c.id == row.id)).scalar_one()
            if failures >= MAX_FAILED_LOGINS:
                conn.execute(update(users).where(users.c.id == row.id).values(failed_logins=0, locked_until=_naive(now + LOCK_DURATION)))
                return LoginResult(None, locked=True)
        return LoginResult(None)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False

    def users(self) -> list[User]:
        with self.engine.connect() as conn:
            return [User(r.id, r.name, r.role) for r in conn.execute(select(users).order_by(users.c.name))]

    # ----------------------------------------------------------------- sessions

    def open_session(self, user: User) -> str:
        """A new session token for ``user`` (only its hash is stored)."""
        token = secrets.token_urlsafe(32)
        now = _naive(self.now())
        with self.engine.begin() as conn:
            conn.execute(insert(sessions).values(token_hash=token_hash(token), user_id=user.id, created_at=now, last_seen=now))
        return token

    def session_user(self, token: str) -> User | None:
        """The user of a live session (its idle clock restarts), or None (unknown, idle or too old: then closed)."""
        now = self.now()
        key = token_hash(token)
        with self.engine.begin() as conn:
            row = conn.execute(
                select(sessions.c.created_at, sessions.c.last_seen, users.c.id, users.c.name, users.c.role)
                .join(users, users.c.id == sessions.c.user_id)
                .where(sessions.c.token_hash == key)
            ).first()
            if row is None:
                return None
            if _aware(row.last_seen) + SESSION_IDLE < now or _aware(row.created_at) + SESSION_MAX_AGE < now:
                conn.execute(delete(sessions).where(sessions.c.token_hash == key))
                return None
            conn.execute(update(sessions).where(sessions.c.token_hash == key).values(last_seen=_naive(now)))
        return User(row.id, row.name, row.role)

    def close_session(self, token: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_hash == token_hash(token)))

    # ----------------------------------------------------------------- audit

    def log(self, user_name: str, action: str, target: str = "", detail: str = "") -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(audit).values(at=_naive(self.now()), user_name=user_name, action=action, target=target, detail=detail))

    def journal(self, limit: int = 500) -> list[AuditEntry]:
        """The latest entries, newest first."""
        query = select(audit).order_by(audit.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [AuditEntry(_aware(r.at), r.user_name, r.action, r.target, r.detail) for r in conn.execute(query)]

    # ----------------------------------------------------------------- submission statuses

    def statuses(self) -> dict[str, Status]:
        """Every status set so far, by reference (a submission absent from it is « nouvelle »)."""
        with self.engine.connect() as conn:
            return {r.reference: Status(r.status, r.reason, r.changed_by, _aware(r.changed_at)) for r in conn.execute(select(statuses))}

    def status(self, reference: str) -> Status:
        with self.engine.connect() as conn:
            r = conn.execute(select(statuses).where(statuses.c.reference == reference)).first()
        return Status("nouvelle") if r is None else Status(r.status, r.reason, r.changed_by, _aware(r.changed_at))

    def set_status(self, reference: str, expected: str, new: str, user: User, reason: str | None = None) -> bool:
        """Change ``expected`` → ``new``; False (nothing written) if the status is no longer ``expected``.

        Raise ValueError for a change that is not allowed or a refusal without its reason.
        """
        if new not in TRANSITIONS.get(expected, ()):
            raise ValueError(f"{expected} → {new}")
        reason = (reason or "").strip() or None
        if new == "refusee" and not reason:
            raise ValueError("reason")
        values = {"status": new, "reason": reason if new == "refusee" else None, "changed_by": user.name, "changed_at": _naive(self.now())}
        try:
            with self.engine.begin() as conn:
                if expected == "nouvelle":
                    # The row does not exist yet; a concurrent first change makes this insert fail.
                    exists = conn.execute(select(func.count()).select_from(statuses).where(statuses.c.reference == reference)).scalar_one()
                    if exists:
                        return False
                    conn.execute(insert(statuses).values(reference=reference, **values))
                else:
                    changed = conn.execute(
                        update(statuses).where(statuses.c.reference == reference, statuses.c.status == expected).values(**values)
                    ).rowcount
                    if changed != 1:
                        return False
        except IntegrityError:
            return False
        self.log(user.name, "status_changed", reference, f"{expected} → {new}" + (f" : {reason}" if reason and new == "refusee" else ""))
        return True

    # ----------------------------------------------------------------- inbox decisions

    def decided_keys(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.execute(select(inbox_decisions.c.key)).scalars())

    def inbox_decision(self, key: str) -> InboxDecision | None:
        with self.engine.connect() as conn:
            r = conn.execute(select(inbox_decisions).where(inbox_decisions.c.key == key)).first()
        return None if r is None else InboxDecision(r.decision, r.faq_id, r.example, r.decided_by, _aware(r.decided_at))

    def recent_inbox_decisions(self, limit: int = 20) -> list[InboxDecision]:
        query = select(inbox_decisions).order_by(inbox_decisions.c.decided_at.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [InboxDecision(r.decision, r.faq_id, r.example, r.decided_by, _aware(r.decided_at)) for r in conn.execute(query)]

    def claim(self, keys: list[str], decision: str, user: User, faq_id: str | None = None, example: str | None = None) -> list[str]:
        """Record the decision for a group's messages (the first key is the group's own); return the keys written.

        Messages decided meanwhile by someone else are left as they were. Raise
        :class:`AlreadyDecided` (nothing written) when another editor already
        decided the group's first message.
        """
        if decision not in INBOX_DECISIONS or not keys:
            raise ValueError(decision)
        row = {"decision": decision, "faq_id": faq_id, "example": example, "decided_by": user.name, "decided_at": _naive(self.now())}
        written: list[str] = []
        for key in keys:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(inbox_decisions).values(key=key, **row))
                written.append(key)
            except IntegrityError:
                if key == keys[0]:
                    raise AlreadyDecided(self.inbox_decision(key)) from None
        return written

    def release(self, written: list[str]) -> None:
        """Undo :meth:`claim` (the file edit that followed it failed): ``written`` is what it returned."""
        with self.engine.begin() as conn:
            conn.execute(delete(inbox_decisions).where(inbox_decisions.c.key.in_(written)))
