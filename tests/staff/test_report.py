"""The activity report (``python -m bot report``) on trackers saved by Rasa's own SQLTrackerStore."""

from __future__ import annotations

import asyncio
import base64
import html
import re
from argparse import Namespace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUttered,
)
from rasa.shared.core.trackers import DialogueStateTracker
from samples import completed_submission_slots

from bot.settings import DOMAIN_FILE
from bot.staff.report import (
    MASK,
    ReportData,
    cli_report,
    collect_report_data,
    group_unanswered,
    mask_personal_data,
    render_html,
)
from bot.submission.dialogue import submission_record
from bot.submission.store import SubmissionStore

UTC = timezone.utc
DAY1, DAY2 = date(2026, 11, 20), date(2026, 11, 21)
NOW = datetime(2026, 11, 21, 18, 0, tzinfo=UTC)

# The slots of a finished submission dialogue (tests/samples.py).
COMPANY = completed_submission_slots("2026-11-20T10:00:00+00:00")
OTHER_COMPANY = {
    **COMPANY,
    "eligibility": "derogation",
    "contract_type": "cdd",
    "contract_duration": 6.0,
    "company_name": "Boulangerie Quenouille",
    "siret": "55210055400013",
    "work_location": {"commune": "Nantes", "postal_code": "44000", "department": "44"},
    "job_title": "Boulanger tourier",
    "training_needs": "Hygiène alimentaire et pétrissage",
    "derogation_justification": "Saison touristique très courte à Pornic",
    "contact_name": "Kévin Lebreton",
    "contact_email": "k.lebreton@quenouille.example",
    "contact_phone": "+33240123456",
}
PERSONAL_DATA = [
    value
    for slots in (COMPANY, OTHER_COMPANY)
    for key, value in slots.items()
    if key in ("company_name", "siret", "job_title", "training_needs", "derogation_justification", "contact_name", "contact_email", "contact_phone")
]
UNANSWERED_WITH_CONTACT = "Rappelez-moi au 06 12 34 56 78 ou jean.martin@example.com, SIRET 732 829 320 00074"


# --------------------------------------------------------------------------- building trackers


def at(day: date, minute: float) -> float:
    """Epoch of ``day`` at 10:00 Paris time (09:00 UTC) plus ``minute`` minutes."""
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC).timestamp() + 60 * minute


def session_start(t: float, carried: dict | None = None) -> list[Event]:
    slots = [SlotSet(name, value, timestamp=t) for name, value in (carried or {}).items()]
    return [ActionExecuted("action_session_start", timestamp=t), SessionStarted(timestamp=t), *slots, ActionExecuted("action_listen", timestamp=t)]


def said(text: str, intent: str, t: float, entities: dict | None = None, faq_id: str | None = None, ranked: str | None = None) -> UserUttered:
    """A user message with a realistic parse result (response selector when ``faq_id``/``ranked`` is given)."""
    entity_list = [{"entity": k, "value": v, "start": 0, "end": len(text), "extractor": "RegexEntityExtractor"} for k, v in (entities or {}).items()]
    parse: dict = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.93},
        "entities": entity_list,
        "intent_ranking": [{"name": intent, "confidence": 0.93}, {"name": "greet", "confidence": 0.02}],
    }
    if faq_id or ranked:
        key = f"faq/{faq_id or ranked}"
        parse["response_selector"] = {
            "all_retrieval_intents": ["faq"],
            "faq": {
                "response": {
                    "id": 123,
                    "responses": [{"text": "…"}],
                    "response_templates": [{"text": "…"}],
                    "confidence": 0.88,
                    "intent_response_key": key if faq_id else None,
                    "utter_action": f"utter_{key}",
                    "template_name": f"utter_{key}",
                },
                "ranking": [
                    {"id": 123, "confidence": 0.88, "intent_response_key": key},
                    {"id": 456, "confidence": 0.05, "intent_response_key": "faq/public_beneficiaire"},
                ],
            },
        }
    return UserUttered(text, parse["intent"], entity_list, parse_data=parse, timestamp=t, input_channel="rest")


def act(name: str, t: float) -> ActionExecuted:
    return ActionExecuted(name, timestamp=t)


def listen(t: float) -> ActionExecuted:
    return ActionExecuted("action_listen", timestamp=t)


def bot(text: str, t: float) -> BotUttered:
    return BotUttered(text, timestamp=t)


def feedback(faq_id: str, value: str, t: float) -> list[Event]:
    return [
        said(f'/feedback{{"feedback": "{value}", "faq_id": "{faq_id}"}}', "feedback", t, {"feedback": value, "faq_id": faq_id}),
        act("action_record_feedback", t),
        bot("Merci pour votre avis !", t),
        SlotSet("faq_feedback", {"faq_id": faq_id, "value": value}, timestamp=t),
        listen(t),
    ]


def check(t: float, verdict: str | None) -> list[Event]:
    """/check_eligibility, the form, then the verdict (None: abandoned before the verdict)."""
    events: list[Event] = [
        said("/check_eligibility", "check_eligibility", t),
        act("action_start_eligibility", t),
        bot("Vérifions l'éligibilité de votre projet.", t),
        SlotSet("eligibility", None, timestamp=t),  # the reset of a previous check: not a verdict
        act("eligibility_form", t),
        ActiveLoop("eligibility_form", timestamp=t),
        SlotSet("requested_slot", "contract_type", timestamp=t),
        listen(t),
        said("un cdi", "inform", t + 30),
        act("eligibility_form", t + 30),
        SlotSet("contract_type", "cdi", timestamp=t + 30),
    ]
    if verdict is None:
        return [*events, listen(t + 30)]
    return [
        *events,
        ActiveLoop(None, timestamp=t + 30),
        SlotSet("requested_slot", None, timestamp=t + 30),
        act("action_eligibility_verdict", t + 30),
        bot("Voici le verdict.", t + 30),
        SlotSet("eligibility", verdict, timestamp=t + 30),
        SlotSet("eligibility_reasons", ["contrat_eligible"], timestamp=t + 30),
        listen(t + 30),
    ]


def alice() -> list[Event]:
    """Day 1: two typed answers, a button, 👍 and 👎, an unanswered question, a full check and a submission.
    Day 2: a new session that carries the slots over (they must not be counted twice)."""
    t = at(DAY1, 0)
    personal = {k: COMPANY[k] for k in ("company_name", "siret", "contact_name", "contact_email", "contact_phone")}
    return [
        *session_start(t),
        said("quels employeurs sont concernés", "faq", t + 60, faq_id="employeurs_concernes"),
        act("action_answer_faq", t + 60),
        bot("Toutes les entreprises…", t + 60),
        listen(t + 60),
        *feedback("employeurs_concernes", "up", t + 120),
        said("c'est pour quels contrats", "faq", t + 180, ranked="types_de_contrat"),
        act("action_answer_faq", t + 180),
        listen(t + 180),
        said('/faq{"faq_id": "types_de_contrat"}', "faq", t + 240, {"faq_id": "types_de_contrat"}),
        act("action_answer_faq", t + 240),
        bot("CDI, CDD d'au moins 6 mois…", t + 240),
        listen(t + 240),
        *feedback("types_de_contrat", "down", t + 300),
        said("Quel est le montant de l'aide financière ?", "nlu_fallback", t + 360),
        act("action_answer_faq", t + 360),
        bot("Je ne suis pas sûr de comprendre.", t + 360),
        listen(t + 360),
        *check(t + 420, "eligible"),
        said("/start_submission", "start_submission", t + 600),
        act("action_start_submission", t + 600),
        *[SlotSet(k, v, timestamp=t + 600) for k, v in personal.items()],
        act("action_submit_hiring_intent", t + 900),
        bot("Votre demande est enregistrée sous la référence 1E1F-2026-000001.", t + 900),
        SlotSet("submission_reference", "1E1F-2026-000001", timestamp=t + 900),
        listen(t + 900),
        # Day 2, a new session: Rasa copies every slot of the first one.
        *session_start(
            at(DAY2, 0),
            {
                "faq_feedback": {"faq_id": "types_de_contrat", "value": "down"},
                "eligibility": "eligible",
                "submission_reference": "1E1F-2026-000001",
                **personal,
            },
        ),
        said("bonjour", "greet", at(DAY2, 1)),
        act("utter_greet", at(DAY2, 1)),
        bot("Bonjour !", at(DAY2, 1)),
        listen(at(DAY2, 1)),
    ]


def bob() -> list[Event]:
    """Day 1: a question similar to Alice's, an unrelated one, a button-like text, an ineligible check."""
    t = at(DAY1, 30)
    return [
        *session_start(t),
        said("quel montant pour l'aide financière employeur", "out_of_scope", t + 60),
        act("utter_out_of_scope", t + 60),
        act("utter_contact_pointer", t + 60),
        listen(t + 60),
        said("Où garer ma voiture à l'Hôtel de Région ?", "out_of_scope", t + 120),
        act("utter_out_of_scope", t + 120),
        listen(t + 120),
        said("/out_of_scope", "out_of_scope", t + 150),
        act("utter_out_of_scope", t + 150),
        listen(t + 150),
        *check(t + 180, "ineligible"),
    ]


def chloe() -> list[Event]:
    """Day 2: a typed answer and its 👎, a question with contact details, a check abandoned before the verdict."""
    t = at(DAY2, 30)
    return [
        *session_start(t),
        said("peut on embaucher un étranger", "faq", t + 60, faq_id="salaries_etrangers"),
        act("action_answer_faq", t + 60),
        listen(t + 60),
        *feedback("salaries_etrangers", "down", t + 90),
        said(UNANSWERED_WITH_CONTACT, "nlu_fallback", t + 120),
        act("action_answer_faq", t + 120),
        listen(t + 120),
        *check(t + 180, None),
    ]


def dan() -> list[Event]:
    """Day 2: the chat window opened, nothing written: not a conversation."""
    return session_start(at(DAY2, 50))


def save_trackers(path: Path, conversations: dict[str, list[Event]]) -> str:
    domain = Domain.load(DOMAIN_FILE)
    store = SQLTrackerStore(domain=domain, dialect="sqlite", db=str(path))
    try:
        for sender, events in conversations.items():
            tracker = DialogueStateTracker.from_events(sender, events, slots=domain.slots)
            asyncio.run(store.save(tracker))
    finally:
        store.engine.dispose()
    return f"sqlite:///{path}"


def save_submissions(path: Path) -> str:
    url = f"sqlite:///{path}"
    recent = SubmissionStore(url, clock=lambda: datetime(2026, 11, 20, 10, 15, tzinfo=UTC))
    old = SubmissionStore(url, clock=lambda: datetime(2026, 6, 1, 8, 0, tzinfo=UTC))
    try:
        recent.save(submission_record(COMPANY), "alice")
        old.save(submission_record(OTHER_COMPANY), "someone-in-june")
    finally:
        recent.close()
        old.close()
    return url


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    folder = tmp_path_factory.mktemp("report")
    tracker_url = save_trackers(folder / "tracker.db", {"alice": alice(), "bob": bob(), "chloe": chloe(), "dan": dan()})
    return tracker_url, save_submissions(folder / "submissions.db")


@pytest.fixture(scope="module")
def data(databases: tuple[str, str]) -> ReportData:
    return collect_report_data(*databases, now=NOW)


@pytest.fixture(scope="module")
def page(data: ReportData) -> str:
    return render_html(data)


# --------------------------------------------------------------------------- counts


def test_conversations_per_day(data: ReportData) -> None:
    # Alice's first session and Bob on day 1; Alice's second session and Chloé on day 2; Dan never wrote.
    assert data.conversations_per_day == ((DAY1, 2), (DAY2, 2))
    assert data.total_conversations == 4
    assert data.notices == () and data.errors == ()


def test_answers_served_per_entry_typed_and_buttons(data: ReportData) -> None:
    served = {e.faq_id: (e.typed, e.buttons) for e in data.entries if e.served}
    assert served == {"employeurs_concernes": (1, 0), "types_de_contrat": (1, 1), "salaries_etrangers": (1, 0)}
    assert data.total_answers == 4


def test_every_faq_entry_is_listed_with_its_question(data: ReportData, faq) -> None:
    assert [e.faq_id for e in data.entries] == faq.ids
    assert data.entry("duree_formation").served == 0
    assert data.entry("types_de_contrat").question == faq.get("types_de_contrat").question


def test_feedback_counts_ignore_slots_carried_to_a_new_session(data: ReportData) -> None:
    votes = {e.faq_id: (e.up, e.down) for e in data.entries if e.votes}
    assert votes == {"employeurs_concernes": (1, 0), "types_de_contrat": (0, 1), "salaries_etrangers": (0, 1)}
    assert data.entry("types_de_contrat").down_share == 1.0
    assert data.entry("employeurs_concernes").down_share == 0.0


def test_unanswered_questions_are_grouped_and_masked(data: ReportData) -> None:
    assert data.total_unanswered == 4  # the « /out_of_scope » button is not a question
    assert [g.count for g in data.unanswered] == [2, 1, 1]
    assert set(data.unanswered[0].examples) == {"Quel est le montant de l'aide financière ?", "quel montant pour l'aide financière employeur"}
    examples = [text for group in data.unanswered for text in group.examples]
    assert f"Rappelez-moi au {MASK} ou {MASK}, SIRET {MASK}" in examples
    assert not any("/" in text[:1] for text in examples)


def test_eligibility_funnel(data: ReportData) -> None:
    funnel = data.funnel
    assert (funnel.started, funnel.with_verdict, funnel.submitted) == (3, 2, 1)
    assert funnel.verdicts == (("eligible", 1), ("ineligible", 1))


def test_submissions_per_department(data: ReportData) -> None:
    counts = dict(data.submissions_per_department)
    assert counts["49"] == 1 and counts["44"] == 1 and counts["85"] == 0
    assert data.total_submissions == 2


def test_days_limits_conversations_and_submissions(databases: tuple[str, str]) -> None:
    recent = collect_report_data(*databases, days=1, now=NOW)  # since 2026-11-20 18:00 UTC: only day 2
    assert recent.since == NOW - timedelta(days=1)
    assert recent.total_conversations == 2 and dict(recent.conversations_per_day)[DAY2] == 2
    assert {e.faq_id for e in recent.entries if e.served} == {"salaries_etrangers"}
    assert (recent.funnel.started, recent.funnel.with_verdict, recent.funnel.submitted) == (1, 0, 0)
    assert recent.total_submissions == 0  # both were saved before the period
    assert "Période : 1 dernier jour" in html.unescape(render_html(recent))


# --------------------------------------------------------------------------- HTML


def test_html_is_french_accessible_and_self_contained(page: str) -> None:
    assert page.startswith("<!DOCTYPE html>") and '<html lang="fr">' in page
    lowered = page.lower()
    for forbidden in ("<script", "<link", "<iframe", "<object", "@import", "url("):
        assert forbidden not in lowered
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:[a-z][a-z0-9+.-]*:)?//""", page, re.IGNORECASE)
    assert all(href.startswith("#") for href in re.findall(r'href="([^"]*)"', page))
    sources = re.findall(r'<img src="([^"]*)"', page)
    assert len(sources) == 4  # conversations, answers, funnel, departments
    assert all(src.startswith("data:image/png;base64,") for src in sources)
    assert base64.b64decode(sources[0].split(",", 1)[1]).startswith(b"\x89PNG\r\n\x1a\n")
    assert len(re.findall(r'<img [^>]*alt="[^"]{20,}"', page)) == len(sources)
    assert page.count("<caption>") == page.count("<table>") >= 6
    text = html.unescape(page)
    assert "Conversations par jour" in text and "Questions sans réponse" in text and "49 – Maine-et-Loire" in text
    assert "Quels employeurs peuvent bénéficier du dispositif ?" in text  # canonical question next to its id


def test_no_personal_data_in_the_report(page: str) -> None:
    lowered = html.unescape(page).lower()
    for value in PERSONAL_DATA:
        assert value.lower() not in lowered, value
    for value in ("06 12 34 56 78", "jean.martin@example.com", "732 829 320 00074", "73282932000074", "cholet", "nantes", "alice", "chloe"):
        assert value not in lowered, value
    assert MASK in page


def test_every_text_is_escaped(tmp_path: Path) -> None:
    url = save_trackers(
        tmp_path / "tracker.db",
        {"eve": [*session_start(at(DAY1, 0)), said("<script>alert('x')</script> & <b>gras</b>", "nlu_fallback", at(DAY1, 1))]},
    )
    page = render_html(collect_report_data(url, f"sqlite:///{tmp_path / 'none.db'}", now=NOW))
    assert "<script" not in page and "<b>gras" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &lt;b&gt;gras&lt;/b&gt;" in page


# --------------------------------------------------------------------------- no data


def test_empty_tracker_database_says_there_is_no_data(tmp_path: Path) -> None:
    url = save_trackers(tmp_path / "tracker.db", {})  # Rasa creates the table, nothing in it
    data = collect_report_data(url, f"sqlite:///{tmp_path / 'submissions.db'}", now=NOW)
    assert data.total_conversations == 0 and data.total_answers == 0 and not data.unanswered
    assert data.errors == ()
    assert any("aucune conversation enregistrée" in notice for notice in data.notices)
    page = render_html(data)
    assert "<img" not in page
    text = html.unescape(page)
    assert "Aucune donnée de conversation" in text and "Aucune demande d'embauche" in text


def test_missing_databases_are_reported_and_not_created(tmp_path: Path) -> None:
    tracker, submissions = tmp_path / "absent" / "tracker.db", tmp_path / "absent" / "submissions.db"
    data = collect_report_data(f"sqlite:///{tracker}", f"sqlite:///{submissions}", days=7, now=NOW)
    assert html.unescape(render_html(data)).count("n'existe pas encore") == 2
    assert not tracker.exists() and not submissions.exists()
    assert data.total_conversations == 0 and data.total_submissions == 0


def test_cli_writes_the_report(databases: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    output = tmp_path / "sortie" / "rapport.html"
    tracker_url, db_url = databases
    assert cli_report(Namespace(output=str(output), tracker_url=tracker_url, db_url=db_url, days=None)) == 0
    assert "Rapport écrit dans" in capsys.readouterr().out
    page = output.read_text(encoding="utf-8")
    assert 'lang="fr"' in page and "employeurs_concernes" in page
    assert cli_report(Namespace(output=str(output), tracker_url=tracker_url, db_url=db_url, days=0)) == 2


def test_unreadable_tracker_url_gives_a_french_error_not_a_crash(tmp_path: Path) -> None:
    data = collect_report_data("nosuchdialect://user:secret@host/db", f"sqlite:///{tmp_path / 'none.db'}", now=NOW)
    assert data.errors and "base des conversations" in data.errors[0]
    assert "secret" not in render_html(data)


# --------------------------------------------------------------------------- helpers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("écrivez à paul.durand+rh@entreprise.fr svp", f"écrivez à {MASK} svp"),
        ("mon numéro : 02.40.12.34.56", f"mon numéro : {MASK}"),
        ("+33 6 12 34 56 78 ou 0033612345678", f"{MASK} ou {MASK}"),
        ("siren 732829320 siret 732 829 320 00074", f"siren {MASK} siret {MASK}"),
        ("CDD de 6 mois, 35 heures, code postal 44000, en 2026", "CDD de 6 mois, 35 heures, code postal 44000, en 2026"),
    ],
)
def test_mask_personal_data(text: str, expected: str) -> None:
    assert mask_personal_data(text) == expected


def test_grouping_is_greedy_and_biggest_first() -> None:
    groups = group_unanswered(
        ["Le montant de l'aide ?", "montant de l aide", "Montant de l'aide financière", "Où se garer ?", "le montant de l'aide ?"]
        + [f"exemple {n} de question longue sur le montant de l'aide" for n in range(6)]
    )
    assert groups[0].count == 10 and len(groups[0].examples) == 5
    assert groups[-1].examples == ("Où se garer ?",)
