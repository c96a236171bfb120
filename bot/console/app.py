"""The console as a Flask application, every route under ``/console``.

Fail closed: a request reaches a page only if its endpoint is listed in
:data:`ENDPOINT_AREAS` and the session's user may see that area; everything
else (unknown URLs included) sends an anonymous visitor to the login page and
a logged-in one to a « forbidden » page. Every POST carries the session's CSRF
token. Sessions are server-side rows (:mod:`bot.console.store`) named by a
token kept in Flask's signed cookie (HttpOnly, SameSite=Strict, Secure when
``BOT_CONSOLE_SECURE_COOKIES=1``, path ``/console``). Pages load no script and
no outside resource (strict CSP); Jinja2 escapes everything they show.
"""

from __future__ import annotations

import hmac
import io
import os
import re
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from flask import Flask, Response, abort, flash, g, redirect, render_template, request, session, url_for
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers.response import Response as BaseResponse

from bot import settings
from bot.console import dialogues as dialogue_runs
from bot.console import inbox as inbox_messages
from bot.console import retrain as retraining
from bot.console import texts
from bot.console.conversations import Conversations, masked
from bot.console.faq_edit import EditError, EditResult, add_faq_example, add_out_of_scope_example, clean_example
from bot.console.notify import states as notification_states
from bot.console.store import MAX_REASON_LENGTH, STATUSES, TRANSITIONS, AlreadyDecided, ConsoleStore, Status, User
from bot.extractors.candidate import CANDIDATE_LABELS
from bot.extractors.contract import CONTRACT_LABELS
from bot.language.normalize import normalize
from bot.settings import FAQ_DIR, HELDOUT_FILES, NLU_DIR
from bot.staff.report.analysis import mask_personal_data
from bot.submission import export
from bot.submission.spec import COLUMN_LABELS, COLUMNS, DATE, DATETIME, LIST
from bot.submission.store import Submission, SubmissionStore
from bot.submission.validators import format_value

PARIS = ZoneInfo("Europe/Paris")
PREFIX = "/console"
HERE = Path(__file__).resolve().parent

#: The area each endpoint belongs to; None: any logged-in user. An endpoint absent from it is refused to everyone.
ENDPOINT_AREAS: dict[str, str | None] = {
    "home": None,
    "logout": None,
    "submissions": "submissions",
    "submission": "submissions",
    "submission_status": "submissions",
    "export_submissions": "submissions",
    "journal": "audit",
    "conversations": "conversations",
    "conversation": "conversations",
    "inbox": "inbox",
    "inbox_decide": "inbox",
    "retrain": "retrain",
    "retrain_start": "retrain",
    "report": "report",
    "report_page": "report",
    "dialogues": "dialogues",
    "dialogues_start": "dialogues",
}
#: Endpoints open without a session.
PUBLIC_ENDPOINTS = frozenset({"login", "static"})

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "style-src 'self'",
    "img-src 'self'",
    "form-action 'self'",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])
#: The report's frame: inline styles and SVG, still no script, framed by the console only.
REPORT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    "img-src data:",
    "form-action 'none'",
    "frame-ancestors 'self'",
    "base-uri 'none'",
])


def secret_key(var_dir: Path | None = None) -> str:
    """``BOT_CONSOLE_SECRET``, else a random key drawn once and kept in ``var/console-secret`` (mode 600)."""
    configured = settings.console_secret()
    if configured:
        return configured
    folder = var_dir or settings.var_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "console-secret"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    key = secrets.token_urlsafe(48)
    with os.fdopen(descriptor, "w", encoding="utf-8") as file:
        file.write(key + "\n")
    return key


# --------------------------------------------------------------------------- filters


@dataclass(frozen=True)
class Filters:
    department: str = ""
    verdict: str = ""
    status: str = ""
    since: date | None = None
    until: date | None = None

    @classmethod
    def from_args(cls, args: Any) -> tuple[Filters, bool]:
        """The filters of a query string; True when a date could not be read (it is then ignored)."""
        bad = False

        def day(name: str) -> date | None:
            nonlocal bad
            value = (args.get(name) or "").strip()
            if not value:
                return None
            try:
                return date.fromisoformat(value)
            except ValueError:
                bad = True
                return None

        status = args.get("statut", "")
        verdict = args.get("verdict", "")
        return cls(
            department=(args.get("departement") or "").strip()[:3],
            verdict=verdict if verdict in texts.VERDICT_LABELS else "",
            status=status if status in STATUSES else "",
            since=day("du"),
            until=day("au"),
        ), bad

    def query(self) -> dict[str, str]:
        """The query string that gives these filters back (for the export links)."""
        values = {"departement": self.department, "verdict": self.verdict, "statut": self.status,
                  "du": self.since.isoformat() if self.since else "", "au": self.until.isoformat() if self.until else ""}
        return {k: v for k, v in values.items() if v}

    def keep(self, submission: Submission, status: Status) -> bool:
        day = submission.created_at.astimezone(PARIS).date()
        return (
            (not self.department or submission.department == self.department)
            and (not self.verdict or submission.eligibility_verdict == self.verdict)
            and (not self.status or status.status == self.status)
            and (self.since is None or day >= self.since)
            and (self.until is None or day <= self.until)
        )

    def describe(self) -> str:
        """For the audit journal (no personal data: codes and dates only)."""
        return ", ".join(f"{k}={v}" for k, v in self.query().items()) or "aucun filtre"


# --------------------------------------------------------------------------- display helpers


def local_time(moment: datetime | None) -> str:
    return "" if moment is None else moment.astimezone(PARIS).strftime("%d/%m/%Y à %H:%M")


def field_value(submission: Submission, name: str) -> str:
    value = getattr(submission, name)
    kind = next(c.kind for c in COLUMNS if c.name == name)
    if value is None and name == "contact_email" and submission.contact_phone:
        return texts.NO_EMAIL_CALL_BACK.format(phone=format_value("phone", submission.contact_phone))
    if value is None:
        return "non renseigné"
    if kind == LIST:
        return ", ".join(str(v) for v in value) or "aucun"
    if kind == DATETIME:
        return local_time(value)
    if kind == DATE:
        return value.strftime("%d/%m/%Y")
    if name == "eligibility_verdict":
        return texts.VERDICT_LABELS.get(value, value)
    if name == "candidate_status":
        return CANDIDATE_LABELS.get(value, value)
    if name == "contract_type":  # (« Alternance (apprentissage ou professionnalisation, à préciser) », not its code)
        return CONTRACT_LABELS.get(value, value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def to_complete(submission: Submission) -> list[str]:
    """What the Region's staff must complete (``missing_fields``), in French: « SIRET », « type d'alternance … »."""
    return [texts.TO_COMPLETE_LABELS.get(name, COLUMN_LABELS.get(name, name)) for name in submission.missing_fields]


@lru_cache(maxsize=4)
def _questions(directory: Path, stamp: tuple[tuple[str, float], ...]) -> dict[str, str]:
    from bot.faq.entries import load_faq

    return {entry.id: entry.question for entry in load_faq(directory)}


def faq_questions(directory: Path = FAQ_DIR) -> dict[str, str]:
    """FAQ id → question, read again when a file of the FAQ changes ({} if the FAQ cannot be read)."""
    from bot.faq.entries import FaqError, faq_files

    try:
        return _questions(directory, tuple((str(p), p.stat().st_mtime_ns) for p in faq_files(directory)))
    except (FaqError, OSError):
        return {}


@lru_cache(maxsize=1)
def heldout_texts() -> frozenset[str]:
    """Normalised texts of the held-out sets: never added to the training data from the inbox."""
    import yaml

    found: set[str] = set()
    for path in HELDOUT_FILES:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
        for items in (data or {}).values():
            for item in items or []:
                text = item.get("text") if isinstance(item, dict) else item
                if isinstance(text, str):
                    found.add(normalize(text))
    return frozenset(found)


_KEY = re.compile(r"[0-9a-f]{64}")
_NEXT = re.compile(r"/console/[A-Za-z0-9/_.~%=&?+-]*")


def safe_next(path: str) -> bool:
    """A page of the console to go back to after login (never another site: no scheme, no « // », no backslash)."""
    return bool(_NEXT.fullmatch(path)) and "//" not in path and ".." not in path and not path.startswith(f"{PREFIX}/connexion")


# --------------------------------------------------------------------------- application


def create_app(
    store: ConsoleStore | None = None,
    intents_store: SubmissionStore | None = None,
    conversations_store: Conversations | None = None,
    secret: str | None = None,
    faq_dir: Path = FAQ_DIR,
    nlu_file: Path = NLU_DIR / "general.yml",
    retrain_steps: retraining.Steps | None = None,
    dialogue_command: Callable[[Path], list[str]] = dialogue_runs.command,
    secure_cookies: bool | None = None,
) -> Flask:
    """The console; stores default to ``BOT_DB_URL``, the key to :func:`secret_key`."""
    app = Flask(
        "bot.console",
        root_path=str(HERE),
        template_folder="templates",
        static_folder="static",
        static_url_path=f"{PREFIX}/static",
    )
    console = store or ConsoleStore()
    intents = intents_store or SubmissionStore(console.url)
    trackers = conversations_store or Conversations()
    app.config.update(
        SECRET_KEY=secret or secret_key(),
        SESSION_COOKIE_NAME="console_session",
        SESSION_COOKIE_PATH=PREFIX,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Strict",
        SESSION_COOKIE_SECURE=settings.console_secure_cookies() if secure_cookies is None else secure_cookies,
        MAX_CONTENT_LENGTH=64 * 1024,
        SEND_FILE_MAX_AGE_DEFAULT=0,
    )
    app.extensions["console_store"] = console
    app.jinja_env.filters["percent"] = lambda value: f"{value * 100:.1f}".replace(".", ",") + " %"
    app.jinja_env.globals.update(
        texts=texts, local_time=local_time, field_value=field_value, to_complete=to_complete, COLUMN_LABELS=COLUMN_LABELS,
        TRANSITIONS=TRANSITIONS, csrf_token=lambda: session.get("csrf", ""),
    )

    def current_user() -> User | None:
        return g.get("user")

    @app.before_request
    def guard() -> BaseResponse | None:
        g.user = None
        sid = session.get("sid")
        if isinstance(sid, str):
            g.user = console.session_user(sid)
            if g.user is None:
                session.clear()
        if "csrf" not in session:
            session["csrf"] = secrets.token_urlsafe(32)
        if request.method == "POST":
            sent = request.form.get("csrf", "")
            if not sent or not hmac.compare_digest(sent.encode("utf-8"), str(session["csrf"]).encode("utf-8")):
                abort(400, texts.CSRF_REFUSED)
        endpoint = request.endpoint
        if endpoint in PUBLIC_ENDPOINTS:
            return None
        user = current_user()
        if user is None:
            if request.method == "GET":
                flash(texts.SESSION_NEEDED)
                wanted = request.full_path.rstrip("?")
                return redirect(url_for("login", suite=wanted) if safe_next(wanted) else url_for("login"))
            abort(403, texts.SESSION_NEEDED)
        if request.url_rule is None:
            return None  # unknown URL: Flask answers 404 (only to a logged-in user)
        if endpoint not in ENDPOINT_AREAS:
            abort(403, texts.FORBIDDEN)  # a route nobody placed in an area is open to nobody
        area = ENDPOINT_AREAS[endpoint]
        if area is not None and not user.can(area):
            abort(403, texts.FORBIDDEN)
        return None

    @app.after_request
    def headers(response: Response) -> Response:
        if request.endpoint == "report_page" and response.status_code == 200:
            # The report is one self-contained page with inline CSS, shown in a frame of /console/rapport.
            response.headers["Content-Security-Policy"] = REPORT_SECURITY_POLICY
            response.headers["X-Frame-Options"] = "SAMEORIGIN"
        else:
            response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
            response.headers["X-Frame-Options"] = "DENY"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
        if request.endpoint != "static":
            response.headers["Cache-Control"] = "no-store"
        return response

    @app.errorhandler(HTTPException)
    def error_page(error: HTTPException) -> tuple[str, int]:
        messages = {403: texts.FORBIDDEN, 404: texts.NOT_FOUND, 405: texts.METHOD_NOT_ALLOWED, 413: texts.TOO_LARGE, 500: texts.INTERNAL_ERROR}
        description = error.description if error.code in (400, 403) and error.description in vars(texts).values() else None
        message = description or messages.get(error.code or 500, texts.INTERNAL_ERROR)
        return render_template("error.html", message=message, code=error.code, user=current_user()), error.code or 500

    # ----------------------------------------------------------------- login

    @app.route(f"{PREFIX}/connexion", methods=["GET", "POST"])
    def login() -> BaseResponse | str | tuple[str, int]:
        if request.method == "GET":
            if current_user() is not None:
                return redirect(url_for("home"))
            wanted = request.args.get("suite") or ""
            return render_template("login.html", user=None, name="", suite=wanted if safe_next(wanted) else "")
        name = (request.form.get("name") or "").strip()[:64]
        result = console.authenticate(name, request.form.get("password") or "")
        known = any(u.name == name for u in console.users())
        if result.user is None:
            if known:
                console.log(name, "account_locked" if result.locked else "login_failed", name)
            message = texts.LOGIN_LOCKED if result.locked else texts.LOGIN_FAILED
            wanted = request.form.get("suite") or ""
            return render_template("login.html", user=None, name=name, error=message, suite=wanted if safe_next(wanted) else ""), 401
        old = session.get("sid")
        if isinstance(old, str):
            console.close_session(old)
        session.clear()  # a new session and a new CSRF token: nothing of the anonymous visit survives
        session["sid"] = console.open_session(result.user)
        session["csrf"] = secrets.token_urlsafe(32)
        console.log(result.user.name, "login")
        wanted = request.form.get("suite") or ""
        return redirect(wanted if safe_next(wanted) else url_for("home"))

    @app.post(f"{PREFIX}/deconnexion")
    def logout() -> BaseResponse:
        user = current_user()
        sid = session.get("sid")
        if isinstance(sid, str):
            console.close_session(sid)
        session.clear()
        if user is not None:
            console.log(user.name, "logout")
        flash(texts.LOGGED_OUT)
        return redirect(url_for("login"))

    @app.get(f"{PREFIX}/")
    def home() -> str:
        user = current_user()
        assert user is not None
        counts: dict[str, int] = {}
        if user.can("submissions"):
            known = console.statuses()
            for submission in intents.list():
                status = known.get(submission.reference, Status("nouvelle")).status
                counts[status] = counts.get(status, 0) + 1
        return render_template("home.html", user=user, counts=counts, statuses=STATUSES)

    # ----------------------------------------------------------------- submissions

    def filtered() -> tuple[Filters, bool, list[tuple[Submission, Status]]]:
        filters, bad = Filters.from_args(request.args)
        known = console.statuses()
        rows = [(s, known.get(s.reference, Status("nouvelle"))) for s in intents.list()]
        return filters, bad, [(s, st) for s, st in rows if filters.keep(s, st)]

    @app.get(f"{PREFIX}/demandes")
    def submissions() -> str:
        filters, bad, rows = filtered()
        departments = sorted({s.department for s in intents.list()})
        if bad:
            flash(texts.BAD_FILTER)
        return render_template(
            "submissions.html", user=current_user(), rows=rows, filters=filters, departments=departments, statuses=STATUSES,
        )

    @app.get(f"{PREFIX}/demandes/export.<kind>")
    def export_submissions(kind: str) -> Response:
        if kind not in ("csv", "json"):
            abort(404)
        filters, _, rows = filtered()
        document = export.export_document(s for s, _ in rows)
        buffer = io.StringIO()
        if kind == "csv":
            export.write_csv(document, buffer)
            mimetype = "text/csv; charset=utf-8"
        else:
            export.write_json(document, buffer)
            mimetype = "application/json; charset=utf-8"
        user = current_user()
        assert user is not None
        console.log(user.name, "export", kind.upper(), f"{len(rows)} demande(s), {filters.describe()}")
        stamp = datetime.now(PARIS).strftime("%Y-%m-%d")
        return Response(buffer.getvalue(), mimetype=mimetype,
                        headers={"Content-Disposition": f'attachment; filename="demandes-{stamp}.{kind}"'})

    @app.get(f"{PREFIX}/demandes/<reference>")
    def submission(reference: str) -> str:
        found = intents.get(reference)
        if found is None:
            abort(404)
        user = current_user()
        assert user is not None
        console.log(user.name, "submission_viewed", found.reference)
        fields = [c.name for c in COLUMNS if c.name not in ("missing_fields",) and hasattr(found, c.name)]
        history = [e for e in console.journal(2000) if e.target == found.reference and e.action == "status_changed"]
        return render_template(
            "submission.html", user=user, submission=found, status=console.status(found.reference), fields=fields, history=history,
            max_reason=MAX_REASON_LENGTH, mails=notification_states(console, found.reference),
        )

    @app.post(f"{PREFIX}/demandes/<reference>/statut")
    def submission_status(reference: str) -> BaseResponse:
        found = intents.get(reference)
        if found is None:
            abort(404)
        user = current_user()
        assert user is not None
        expected, new = request.form.get("from", ""), request.form.get("to", "")
        reason = (request.form.get("reason") or "").strip()
        if new == "refusee" and not reason:
            flash(texts.REASON_NEEDED)
        elif len(reason) > MAX_REASON_LENGTH:
            flash(texts.REASON_TOO_LONG)
        elif new not in TRANSITIONS.get(expected, ()):
            flash(texts.STATUS_NOT_ALLOWED)
        elif console.set_status(found.reference, expected, new, user, reason):
            flash(texts.STATUS_CHANGED)
        else:
            flash(texts.STATUS_CONFLICT)
        return redirect(url_for("submission", reference=found.reference))

    # ----------------------------------------------------------------- conversations

    @app.get(f"{PREFIX}/conversations")
    def conversations() -> str:
        filters, bad = Filters.from_args(request.args)
        if bad:
            flash(texts.BAD_FILTER)
        text = (request.args.get("texte") or "").strip()[:200]
        found = trackers.search(text, filters.since, filters.until)
        user = current_user()
        assert user is not None
        if not user.can("submissions"):
            found = [replace(s, preview=mask_personal_data(s.preview)) for s in found]
        return render_template("conversations.html", user=user, found=found, text=text, filters=filters)

    @app.get(f"{PREFIX}/conversations/<path:sender_id>")
    def conversation(sender_id: str) -> str:
        turns = trackers.transcript(sender_id)
        if not turns:
            abort(404)
        user = current_user()
        assert user is not None
        if not user.can("submissions"):
            turns = masked(turns)
        console.log(user.name, "conversation_viewed", sender_id[:128])
        submitted = [s.reference for s in intents.list() if s.conversation_id == sender_id] if user.can("submissions") else []
        return render_template("conversation.html", user=user, sender_id=sender_id, turns=turns, questions=faq_questions(faq_dir),
                               submitted=submitted)

    # ----------------------------------------------------------------- inbox

    @app.get(f"{PREFIX}/boite")
    def inbox() -> str:
        groups = inbox_messages.group(inbox_messages.collect(trackers), console.decided_keys())
        return render_template("inbox.html", user=current_user(), groups=groups[:100], total=len(groups), questions=faq_questions(faq_dir),
                               recent=console.recent_inbox_decisions(), reasons=inbox_messages.REASON_LABELS)

    @app.post(f"{PREFIX}/boite/decision")
    def inbox_decide() -> BaseResponse | tuple[str, int] | str:
        user = current_user()
        assert user is not None
        keys = [k for k in request.form.getlist("key") if _KEY.fullmatch(k)][:500]
        action = request.form.get("action", "")
        if not keys or action not in ("assigned", "out_of_scope", "ignored"):
            flash(texts.INBOX_BAD_FORM)
            return redirect(url_for("inbox"))
        example = request.form.get("example") or ""
        faq_id: str | None = None
        if action != "ignored":
            try:
                example = clean_example(example)
            except EditError as error:
                flash(str(error))
                return redirect(url_for("inbox"))
            if normalize(example) in heldout_texts():
                flash(texts.INBOX_HELDOUT)
                return redirect(url_for("inbox"))
        if action == "assigned":
            questions = faq_questions(faq_dir)
            chosen = (request.form.get("entry") or "").strip()
            faq_id = chosen if chosen in questions else next((i for i, q in questions.items() if q == chosen), None)
            if faq_id is None:
                flash(texts.INBOX_UNKNOWN_ENTRY)
                return redirect(url_for("inbox"))
        try:
            written = console.claim(keys, action, user, faq_id, example if action != "ignored" else None)
        except AlreadyDecided as taken:
            decided = taken.decision
            flash(texts.INBOX_ALREADY_DECIDED.format(
                who=decided.decided_by if decided else "?", what=texts.INBOX_DECISION_LABELS.get(decided.decision, "") if decided else ""))
            return redirect(url_for("inbox"))
        if action == "ignored":
            console.log(user.name, "inbox_ignored", "", f"{len(written)} message(s)")
            flash(texts.INBOX_IGNORED)
            return redirect(url_for("inbox"))
        result: EditResult
        try:
            result = add_faq_example(faq_dir, faq_id, example) if faq_id else add_out_of_scope_example(nlu_file, example)
        except (EditError, OSError) as error:
            console.release(written)
            flash(str(error) if isinstance(error, EditError) else type(error).__name__)
            return redirect(url_for("inbox"))
        if not result.check_ok:
            console.release(written)
        else:
            console.log(user.name, "inbox_assigned" if faq_id else "inbox_out_of_scope", faq_id or "out_of_scope", example)
        return render_template("inbox_result.html", user=user, result=result, faq_id=faq_id, example=example,
                               questions=faq_questions(faq_dir)), (200 if result.check_ok else 409)

    # ----------------------------------------------------------------- retrain

    @app.get(f"{PREFIX}/reentrainement")
    def retrain() -> str:
        from bot.quality.training import is_fresh

        state = retraining.read_state()
        try:
            fresh = is_fresh()
        except OSError:
            fresh = True
        return render_template("retrain.html", user=current_user(), state=state, fresh=fresh, elapsed=state.elapsed(),
                               labels=retraining.GUARDED_LABELS, step_labels=texts.RETRAIN_STEPS)

    @app.post(f"{PREFIX}/reentrainement")
    def retrain_start() -> BaseResponse:
        user = current_user()
        assert user is not None

        def ended(state: retraining.JobState) -> None:
            action = {"done": "model_swapped", "refused": "model_refused"}.get(state.step, "retrain_failed")
            console.log(user.name, action, "", "; ".join(state.drops) or state.message)

        if retraining.start(user.name, retrain_steps, ended) is None:
            flash(texts.RETRAIN_ALREADY)
        else:
            console.log(user.name, "retrain_started")
            flash(texts.RETRAIN_STARTED)
        return redirect(url_for("retrain"))

    # ----------------------------------------------------------------- report and dialogue tests

    def report_days() -> str:
        days = request.args.get("jours", "30")
        return days if days in texts.REPORT_PERIODS else "30"

    @app.get(f"{PREFIX}/rapport")
    def report() -> str:
        return render_template("report.html", user=current_user(), days=report_days())

    @app.get(f"{PREFIX}/rapport/page")
    def report_page() -> str:
        from bot.staff.report import collect_report_data, render_html

        days = report_days()
        return render_html(collect_report_data(trackers.url, console.url, int(days) if days else None))

    @app.get(f"{PREFIX}/dialogues")
    def dialogues() -> str:
        return render_template("dialogues.html", user=current_user(), state=dialogue_runs.read_state(),
                               report_text=dialogue_runs.read_report())

    @app.post(f"{PREFIX}/dialogues")
    def dialogues_start() -> BaseResponse:
        user = current_user()
        assert user is not None
        if dialogue_runs.start(user.name, dialogue_command) is None:
            flash(texts.DIALOGUES_ALREADY)
        else:
            console.log(user.name, "dialogues_started")
            flash(texts.DIALOGUES_STARTED)
        return redirect(url_for("dialogues"))

    # ----------------------------------------------------------------- audit

    @app.get(f"{PREFIX}/journal")
    def journal() -> str:
        return render_template("journal.html", user=current_user(), entries=console.journal())

    return app


def route_rules(app: Flask) -> Iterable[tuple[str, str, set[str]]]:
    """``(rule, endpoint, methods)`` of every route (the tests walk them)."""
    for rule in app.url_map.iter_rules():
        yield rule.rule, rule.endpoint, set(rule.methods or ()) - {"HEAD", "OPTIONS"}


__all__ = ["ENDPOINT_AREAS", "PREFIX", "create_app", "route_rules", "secret_key"]
