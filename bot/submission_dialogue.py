"""The hiring-intent submission, independent of Rasa: which fields to ask, how
to read each answer, the RGPD notice, the recap and the record to store.

``actions/submission_actions.py`` wraps these functions in Rasa SDK actions;
field validation is in :mod:`bot.submission_fields`, storage in
:mod:`bot.submissions`.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.eligibility import evaluate
from bot.eligibility_dialogue import Understanding
from bot.extractors.contract import CONTRACT_LABELS
from bot.extractors.duration import format_duration
from bot.paths import DATA_DIR
from bot.submission_fields import format_value, validate_field
from bot.text import normalize

FORM_NAME = "hiring_intent_form"
CONSENT_SLOT = "consent_at"
CONSENT_REFUSED = "refused"
REFERENCE_SLOT = "submission_reference"
#: Slots in the order they are asked; the value is the validator of bot.submission_fields.
FIELD_VALIDATORS: dict[str, str] = {
    "company_name": "company_name",
    "siret": "siret",
    "employer_type": "employer_type",
    "work_location": "work_location",
    "job_title": "job_title",
    "positions": "positions",
    "weekly_hours": "weekly_hours",
    "start_date": "start_date",
    "training_needs": "training_needs",
    "derogation_justification": "justification",
    CONSENT_SLOT: "",
    "contact_name": "contact_name",
    "contact_email": "email",
    "contact_phone": "phone",
}
SUBMISSION_SLOTS = (*FIELD_VALIDATORS, REFERENCE_SLOT)
FIELD_LABELS = {
    "company_name": "Entreprise",
    "siret": "SIRET",
    "employer_type": "Type d'employeur",
    "work_location": "Lieu de travail",
    "job_title": "Poste",
    "positions": "Nombre de postes",
    "weekly_hours": "Durée hebdomadaire",
    "start_date": "Date d'embauche souhaitée",
    "training_needs": "Besoins de formation",
    "derogation_justification": "Motif de la dérogation",
    "contact_name": "Contact",
    "contact_email": "E-mail",
    "contact_phone": "Téléphone",
}
QUESTIONS = {
    "company_name": "Quel est le nom de votre entreprise ou structure ?",
    "siret": "Quel est son numéro SIRET (14 chiffres) ?",
    "employer_type": "Quel type d'employeur êtes-vous ?",
    "work_location": "Dans quelle commune le poste sera-t-il situé ? (commune ou code postal)",
    "job_title": "Quel est l'intitulé du poste à pourvoir ?",
    "positions": "Combien de postes souhaitez-vous pourvoir ?",
    "weekly_hours": "Quelle sera la durée de travail hebdomadaire (en heures) ?",
    "start_date": "À quelle date souhaitez-vous embaucher ? (par exemple « 1er mars 2027 » ou « dans 4 mois »)",
    "training_needs": "Quels sont vos besoins de formation : compétences à acquérir, certifications (CACES, HACCP, habilitation électrique…) ?",
    "derogation_justification": "Pour la demande de dérogation, expliquez pourquoi le contrat dure moins de 6 mois (par exemple un besoin saisonnier).",
    "contact_name": "Quel est le nom de la personne à contacter ?",
    "contact_email": "Quelle est son adresse e-mail ?",
    "contact_phone": "Quel est son numéro de téléphone ?",
}
BUTTONS = {
    "employer_type": [("Entreprise privée", "entreprise privée"), ("Employeur public", "employeur public"), ("Association", "association")],
    "positions": [("1", "1"), ("2", "2"), ("3", "3"), ("5", "5")],
    "weekly_hours": [("35 h (temps plein)", "35 heures"), ("28 h", "28 heures"), ("24 h", "24 heures")],
}
#: Intents that may interrupt the form rather than answer it (Rasa's rules handle them).
#: Any text can be a company name, so the words must confirm what the intent says.
INTERRUPTION_INTENTS = frozenset({"stop", "help", "bot_challenge", "faq"})
_INTERRUPTION_WORDS = re.compile(
    r"\b(annul\w*|stop|arret\w*|quitt\w*|abandon\w*|laisse tomber|aide|robot|humain)\b|\?\s*$"
)
YES_WORDS = ("oui", "ok", "d accord", "j accepte", "accepte", "je consens", "bien sur", "yes", "ouais")
NO_WORDS = ("non", "je refuse", "refuse", "pas d accord", "no", "nan")
CONSENT_REFUSED_TEXT = (
    "Sans votre accord, je ne peux pas transmettre votre demande : rien n'a été enregistré. "
    "Vous pouvez aussi passer par le formulaire de contact du dispositif."
)
NOT_ELIGIBLE_YET = "Avant de préparer la demande, vérifions que votre projet est éligible : quatre questions au plus."


@lru_cache(maxsize=1)
def rgpd_notice() -> dict[str, str]:
    data = yaml.safe_load((DATA_DIR / "submission" / "rgpd.yml").read_text(encoding="utf-8"))
    return data["rgpd_notice"]


def consent_question() -> dict[str, Any]:
    notice = rgpd_notice()
    text = (
        "Avant de vous demander vos coordonnées : elles serviront à "
        f"{notice['purpose']}. Elles seront transmises uniquement à {notice['recipients']} "
        f"et conservées {notice['retention']}. {notice['rights']}\n"
        "Acceptez-vous que ces informations soient enregistrées et transmises ?"
    )
    return {"text": text, "buttons": [{"title": "J'accepte", "payload": "oui j'accepte"}, {"title": "Je refuse", "payload": "non je refuse"}]}


def question(slot: str) -> dict[str, Any]:
    if slot == CONSENT_SLOT:
        return consent_question()
    message: dict[str, Any] = {"text": QUESTIONS[slot]}
    if slot in BUTTONS:
        message["buttons"] = [{"title": t, "payload": p} for t, p in BUTTONS[slot]]
    return message


def can_submit(slots: dict[str, Any]) -> bool:
    return slots.get("eligibility") in ("eligible", "derogation")


def required_slots(slots: dict[str, Any]) -> list[str]:
    """Fields still to ask; none when the check was not passed or consent refused."""
    if not can_submit(slots) or slots.get(CONSENT_SLOT) == CONSENT_REFUSED:
        return []
    names = list(FIELD_VALIDATORS)
    if slots.get("eligibility") != "derogation":
        names.remove("derogation_justification")
    return names


def _is_yes(text: str) -> bool:
    plain = normalize(text)
    return any(plain == w or plain.startswith(w + " ") for w in YES_WORDS)


def _is_no(text: str) -> bool:
    plain = normalize(text)
    return any(plain == w or plain.startswith(w + " ") for w in NO_WORDS)


def understand_field(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, now: dt.datetime | None = None
) -> Understanding:
    """Read the answer to the field being asked."""
    result = Understanding()
    now = now or dt.datetime.now(dt.timezone.utc)
    if requested is None:
        return result
    text = text or ""
    if intent in INTERRUPTION_INTENTS and _INTERRUPTION_WORDS.search(normalize(text) + (" ?" if text.strip().endswith("?") else "")):
        result.interruption = True
        return result
    if requested == CONSENT_SLOT:
        if intent == "affirm" or _is_yes(text):
            result.updates[CONSENT_SLOT] = now.isoformat(timespec="seconds")
        elif intent == "deny" or _is_no(text):
            result.updates[CONSENT_SLOT] = CONSENT_REFUSED
        else:
            result.messages.append({"text": "Répondez « oui » pour accepter ou « non » pour refuser."})
            result.updates["eligibility_failures"] = float(slots.get("eligibility_failures") or 0) + 1
        return result
    checked = validate_field(FIELD_VALIDATORS[requested], text, now.date())
    if checked.error:
        result.messages.append({"text": checked.error})
        # An unchanged slot would make the form reject the turn: record the attempt.
        result.updates["eligibility_failures"] = float(slots.get("eligibility_failures") or 0) + 1
        return result
    value = checked.value
    if requested == "weekly_hours":
        verdict = evaluate({"weekly_hours": value})
        if verdict.verdict == "ineligible":
            rule = verdict.rules[0]
            result.messages.append({"text": f"{rule.explanation} {rule.alternative or ''}".strip()})
            result.updates["eligibility_failures"] = float(slots.get("eligibility_failures") or 0) + 1
            return result
    if checked.warning:
        result.messages.append({"text": checked.warning})
    if isinstance(value, dt.date):
        value = value.isoformat()
    result.updates[requested] = value
    if slots.get("eligibility_failures"):
        result.updates["eligibility_failures"] = 0.0
    return result


def _display(slot: str, value: Any) -> str:
    field = {"contact_email": "email", "contact_phone": "phone"}.get(slot, slot)
    if slot == "start_date" and isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return format_value(field, value)


def recap(slots: dict[str, Any]) -> dict[str, Any]:
    """The recap the employer confirms, with one button per field to correct it."""
    contract = CONTRACT_LABELS.get(slots.get("contract_type") or "", "")
    if slots.get("contract_duration"):
        contract += f" de {format_duration(float(slots['contract_duration']))}"
    lines = ["Voici le récapitulatif de votre intention d'embauche :", f"- Contrat : {contract}"]
    shown = [s for s in required_slots(slots) if s != CONSENT_SLOT]
    lines += [f"- {FIELD_LABELS[s]} : {_display(s, slots.get(s))}" for s in shown]
    lines.append("Confirmez-vous l'envoi de cette demande aux services de la Région ? Vous pouvez aussi corriger un champ.")
    buttons = [{"title": "Confirmer et envoyer", "payload": "/affirm"}]
    buttons += [{"title": f"Modifier : {FIELD_LABELS[s]}", "payload": f'/correct_field{{"field": "{s}"}}'} for s in shown]
    return {"text": "\n".join(lines), "buttons": buttons}


def field_to_correct(text: str, entity_value: str | None) -> str | None:
    """Which field the employer wants to change (from a button or free text)."""
    if entity_value in FIELD_LABELS:
        return entity_value
    plain = normalize(text)
    aliases = {normalize(label): slot for slot, label in FIELD_LABELS.items()}
    aliases.update({"mail": "contact_email", "email": "contact_email", "telephone": "contact_phone", "tel": "contact_phone",
                    "date": "start_date", "heures": "weekly_hours", "commune": "work_location", "nom": "contact_name",
                    "formation": "training_needs", "intitule": "job_title", "metier": "job_title"})
    for alias, slot in aliases.items():
        if f" {alias} " in f" {plain} ":
            return slot
    match = process.extractOne(plain, list(aliases), scorer=fuzz.partial_ratio, score_cutoff=85)
    return aliases[match[0]] if match else None


def submission_record(slots: dict[str, Any]) -> dict[str, Any]:
    """The flat record :class:`bot.submissions.SubmissionStore` stores."""
    location = slots.get("work_location") or {}
    derogation = slots.get("eligibility") == "derogation"
    return {
        "eligibility_verdict": slots.get("eligibility"),
        "eligibility_reasons": list(slots.get("eligibility_reasons") or []),
        "company_name": slots.get("company_name"),
        "siret": slots.get("siret"),
        "employer_type": slots.get("employer_type"),
        "department": location.get("department"),
        "postal_code": location.get("postal_code"),
        "commune": location.get("commune"),
        "job_title": slots.get("job_title"),
        "positions": int(slots.get("positions") or 0),
        "contract_type": slots.get("contract_type"),
        "contract_duration_months": slots.get("contract_duration"),
        "weekly_hours": slots.get("weekly_hours"),
        "start_date": slots.get("start_date"),
        "training_needs": slots.get("training_needs"),
        "derogation_justification": slots.get("derogation_justification") if derogation else None,
        "contact_name": slots.get("contact_name"),
        "contact_email": slots.get("contact_email"),
        "contact_phone": slots.get("contact_phone"),
        "consent_at": slots.get(CONSENT_SLOT),
    }
