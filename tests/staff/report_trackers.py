"""Conversations saved by Rasa's own SQLTrackerStore and submissions saved by the store, for the report's tests.

Alice, Bob, Chloé and Dan cover every figure of the report; see each builder's docstring.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timezone
from pathlib import Path

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
