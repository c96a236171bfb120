"""The guided eligibility check, independent of Rasa: what to ask, how to read
an answer (including corrections and interruptions), and how to word the verdict.

``actions/eligibility_actions.py`` wraps these functions in Rasa SDK actions.
Slot names are fixed (other tools read them): ``contract_type``,
``contract_duration`` (months), ``department`` (code, or ``autre``),
``candidate_status``; the verdict goes to ``eligibility`` and
``eligibility_reasons``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.eligibility import Verdict, evaluate, source_label
from bot.extractors.candidate import CANDIDATE_LABELS, extract_candidate_status
from bot.extractors.contract import CONTRACT_LABELS, extract_contract, needs_duration
from bot.extractors.duration import extract_duration, format_duration
from bot.extractors.place import AmbiguousPlace, Place, department_label, extract_place
from bot.faq import Faq
from bot.text import normalize

Message = dict[str, Any]

FORM_NAME = "eligibility_form"
FORM_SLOTS = ("contract_type", "contract_duration", "department", "candidate_status")
FOREIGN_SLOT = "candidate_foreign"
FAILURES_SLOT = "eligibility_failures"
VERDICT_SLOT = "eligibility"
REASONS_SLOT = "eligibility_reasons"
#: Every slot the check fills, reset when a new check starts or is cancelled.
CHECK_SLOTS = (*FORM_SLOTS, FOREIGN_SLOT, FAILURES_SLOT, VERDICT_SLOT, REASONS_SLOT)
OUTSIDE_REGION = "autre"
MAX_FAILURES = 3
#: Intents that are not answers: Rasa's rules handle them, then the form resumes.
INTERRUPTION_INTENTS = frozenset({"faq", "help", "bot_challenge", "stop", "greet", "thank", "goodbye"})

_ABOUT_CANDIDATE = re.compile(r"\b(candidat\w*|personne|profil\w*|france travail|pole emploi)\b")
_BARE_NUMBER = re.compile(r"^\s*[-+]?\d+([.,]\d+)?\s*$")
_OUTSIDE = re.compile(r"\b(autre (departement|region)|hors (region|pays de la loire|des pays de la loire)|ailleurs en france)\b")
_YES = re.compile(r"^(oui|ouais|yes|ok|d accord|bien sur|tout a fait|exact|oui il (en )?a une?)\b")
_NO = re.compile(r"^(non|nan|no|pas du tout|aucune?)\b|\bn a pas\b|\bsans (titre|autorisation)\b")

HINTS = {
    "contract_type": "Indiquez le type de contrat, par exemple « CDI », « CDD », « CDD saisonnier », « CDI intérimaire » ou « alternance ».",
    "contract_duration": "Indiquez la durée du contrat, par exemple « 6 mois », « 1 an » ou « 18 mois ».",
    "department": "Indiquez la commune, le code postal ou le département du poste, par exemple « Cholet », « 85000 » ou « Sarthe ».",
    "candidate_status": "Dites-moi si vous avez déjà un candidat : par exemple « pas encore », « un demandeur d'emploi inscrit à France Travail » ou « un de mes salariés ».",
}
FOREIGN_HINT = "Répondez « oui » si le candidat dispose d'une autorisation de travail en France, « non » sinon."
NOT_UNDERSTOOD = "Je n'ai pas compris votre réponse."
TOO_MANY_FAILURES = (
    "Je n'arrive pas à comprendre votre réponse. Vous pouvez choisir l'une des propositions ci-dessous, "
    "écrire « annuler » pour arrêter, ou contacter directement les services de la Région."
)


@dataclass
class Understanding:
    """What an answer changes: slot updates, messages, or an interruption."""

    updates: dict[str, Any] = field(default_factory=dict)
    messages: list[Message] = field(default_factory=list)
    interruption: bool = False


def required_slots(slots: dict[str, Any]) -> list[str]:
    """Slots still relevant: the duration only matters for fixed-term contracts."""
    contract = slots.get("contract_type")
    names = ["contract_type"]
    if contract is None or needs_duration(contract):
        names.append("contract_duration")
    return names + ["department", "candidate_status"]


def _label(slot: str, value: Any) -> str:
    if slot == "contract_type":
        return CONTRACT_LABELS.get(value, str(value))
    if slot == "contract_duration":
        return format_duration(float(value))
    if slot == "department":
        return "hors Pays de la Loire" if value == OUTSIDE_REGION else department_label(value)
    return CANDIDATE_LABELS.get(value, str(value))


def understand(text: str, requested: str | None, slots: dict[str, Any], intent: str | None = None) -> Understanding:
    """Read one user message during the check.

    Values for the slot being asked are read leniently (« 8 » is 8 months when
    the duration is asked); other slots change only when the message names them
    explicitly, which is how « en fait c'est un CDI » corrects an earlier answer.
    """
    text = text or ""
    result = Understanding()
    errors: list[str] = []
    plain = normalize(text)
    bare_number = bool(_BARE_NUMBER.match(text))

    contract = extract_contract(text)
    if contract is not None and not (bare_number and requested != "contract_type"):
        result.updates["contract_type"] = contract

    duration_wanted = requested == "contract_duration" or not bare_number
    duration = extract_duration(text) if duration_wanted else None
    if duration is not None:
        if duration.months is not None:
            result.updates["contract_duration"] = round(duration.months, 2)
        elif duration.error and (requested == "contract_duration" or not contract):
            errors.append(duration.error)
        elif duration.indefinite and requested == "contract_duration":
            errors.append("Un contrat à durée déterminée a une fin : indiquez sa durée, par exemple « 8 mois ». S'il s'agit d'un CDI, dites « c'est un CDI ».")

    if requested == "department" and _OUTSIDE.search(plain):
        result.updates["department"] = OUTSIDE_REGION
    elif not (bare_number and requested != "department"):
        place = extract_place(text)
        if isinstance(place, Place):
            result.updates["department"] = place.department
        elif isinstance(place, AmbiguousPlace):
            options = " ou ".join(f"{p.commune or place.name} ({p.department_name})" for p in place.options)
            errors.append(f"Plusieurs lieux correspondent à « {place.name} » : {options} ? Précisez le département.")

    if slots.get(FOREIGN_SLOT) and requested == "candidate_status":
        if intent == "affirm" or _YES.search(plain):
            result.updates["candidate_status"] = "etranger_avec_autorisation"
        elif intent == "deny" or _NO.search(plain):
            result.updates["candidate_status"] = "etranger_sans_autorisation"
    if "candidate_status" not in result.updates:
        status = extract_candidate_status(text)
        if status == "a_identifier" and requested != "candidate_status" and not _ABOUT_CANDIDATE.search(plain):
            status = None  # « je ne sais pas » answers the question asked, not this one
        if status == "etranger":
            result.updates[FOREIGN_SLOT] = True
        elif status is not None:
            result.updates["candidate_status"] = status

    # A contract that needs no duration makes a stale duration irrelevant.
    if "contract_type" in result.updates and not needs_duration(result.updates["contract_type"]):
        result.updates.pop("contract_duration", None)

    corrections = [
        f"{_SLOT_NAMES[s]} : {_label(s, v)}"
        for s, v in result.updates.items()
        if s in FORM_SLOTS and slots.get(s) is not None and slots.get(s) != v and s != requested
    ]
    if corrections:
        result.messages.append({"text": "C'est corrigé. " + " ; ".join(corrections) + "."})

    answered = any(s in result.updates for s in (*FORM_SLOTS, FOREIGN_SLOT))
    if answered and not errors:
        if slots.get(FAILURES_SLOT):
            result.updates[FAILURES_SLOT] = 0.0
        return result
    if not answered and not errors and (requested is None or intent in INTERRUPTION_INTENTS):
        result.interruption = requested is not None
        return result

    failures = int(slots.get(FAILURES_SLOT) or 0) + 1
    hint = FOREIGN_HINT if slots.get(FOREIGN_SLOT) and requested == "candidate_status" else HINTS.get(requested or "", "")
    if errors:
        result.messages.append({"text": " ".join(errors)})
    if failures >= MAX_FAILURES:
        result.messages.append({"text": TOO_MANY_FAILURES})
        result.messages.append({"response": "utter_contact_pointer"})
        failures = 0
    elif not errors and requested:
        result.messages.append({"text": f"{NOT_UNDERSTOOD} {hint}"})
    result.updates[FAILURES_SLOT] = float(failures)
    return result


_SLOT_NAMES = {
    "contract_type": "contrat",
    "contract_duration": "durée",
    "department": "lieu du poste",
    "candidate_status": "candidat",
}


def facts_from_slots(slots: dict[str, Any]) -> dict[str, Any]:
    """The facts the rules engine reads, from the form's slots."""
    return {name: slots.get(name) for name in (*FORM_SLOTS, "weekly_hours") if slots.get(name) is not None}


def summary(slots: dict[str, Any]) -> str:
    parts = [f"{_SLOT_NAMES[s]} : {_label(s, slots[s])}" for s in FORM_SLOTS if slots.get(s) is not None]
    return "Vos réponses — " + " ; ".join(parts) + "."


VERDICT_HEADLINES = {
    "eligible": "Bonne nouvelle : d'après vos réponses, votre projet d'embauche est éligible au dispositif « 1 emploi = 1 formation ».",
    "derogation": "Votre projet d'embauche peut entrer dans le dispositif « 1 emploi = 1 formation », mais seulement avec une dérogation accordée au cas par cas par la Région.",
    "ineligible": "D'après vos réponses, votre projet d'embauche n'est pas éligible au dispositif « 1 emploi = 1 formation » en l'état.",
}
OTHER_QUESTION_BUTTON = {"title": "Poser une autre question", "payload": "/help"}
RESTART_BUTTON = {"title": "Refaire la vérification", "payload": "/check_eligibility"}


def verdict_messages(verdict: Verdict, slots: dict[str, Any], faq: Faq | None) -> list[Message]:
    """The verdict explained in plain French, each reason with its source."""
    messages: list[Message] = [{"text": summary(slots)}, {"text": VERDICT_HEADLINES[verdict.verdict]}]
    for rule in verdict.rules:
        text = f"{rule.explanation}\n{source_label(rule, faq)}"
        if verdict.verdict == "ineligible" and rule.alternative:
            text += f"\nCe que vous pouvez faire : {rule.alternative}"
        messages.append({"text": text})
    if verdict.verdict == "eligible":
        messages.append({
            "text": "Je peux préparer avec vous votre intention d'embauche : elle sera transmise aux services de la Région, qui étudieront votre demande puis vous mettront en relation avec un organisme de formation.",
            "buttons": [{"title": "Préparer ma demande", "payload": "/start_submission"}, OTHER_QUESTION_BUTTON],
        })
    elif verdict.verdict == "derogation":
        messages.append({
            "text": "Je peux préparer avec vous votre intention d'embauche avec une demande de dérogation : je vous demanderai d'en expliquer la raison (par exemple un besoin saisonnier).",
            "buttons": [{"title": "Préparer ma demande de dérogation", "payload": "/start_submission"}, OTHER_QUESTION_BUTTON],
        })
    else:
        messages.append({"text": "Vous pouvez poser une autre question ou refaire la vérification avec un autre projet.", "buttons": [OTHER_QUESTION_BUTTON, RESTART_BUTTON]})
        messages.append({"response": "utter_contact_pointer"})
    return messages


def conclude(slots: dict[str, Any]) -> Verdict:
    return evaluate(facts_from_slots(slots))
