"""Turns a routing :class:`~bot.faq_router.Decision` into the assistant's messages.

Messages are plain dicts with the keyword arguments of Rasa SDK's
``dispatcher.utter_message`` (``text``, ``response``, ``buttons``), so this module
is testable without Rasa.
"""

from __future__ import annotations

import json
from typing import Any

from bot.faq import Faq
from bot.faq_router import DECISION_KEY, FAQ_ID_ENTITY, RETRIEVAL_INTENT, Decision, faq_ranking
from bot.text import normalize

Message = dict[str, Any]

#: Response of the domain that gives the scheme's page and contact form.
CONTACT_RESPONSE = "utter_contact_pointer"
SUGGEST_TEXT = "Je ne suis pas certain d'avoir bien compris. Votre question est-elle l'une de celles-ci ?"
SUGGEST_EMPTY_TEXT = "Je ne suis pas certain d'avoir bien compris votre question. Pourriez-vous la reformuler ?"
NONE_OF_THESE_TITLE = "Aucune de ces questions"
NONE_OF_THESE_PAYLOAD = "/help"
HELP_BUTTONS = [{"title": "Ce que je sais faire", "payload": "/help"}, {"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"}]


def faq_payload(faq_id: str) -> str:
    """Button payload that answers exactly one FAQ entry (no classification)."""
    return f"/{RETRIEVAL_INTENT}{json.dumps({FAQ_ID_ENTITY: faq_id})}"


def faq_button(faq: Faq, faq_id: str) -> dict[str, str]:
    entry = faq.get(faq_id)
    title = entry.question if entry else faq_id
    return {"title": title, "payload": faq_payload(faq_id)}


def response_name(entry_id: str) -> str:
    """Name of the Rasa response holding the answer of an FAQ entry (made by bot.rasa_importer)."""
    return f"utter_{RETRIEVAL_INTENT}/{entry_id}"


def replies_for(decision: Decision, faq: Faq) -> list[Message]:
    """The messages that carry out ``decision``: each answer in the order asked."""
    answers = [i for i in decision.answers if i in faq]
    if answers:
        return [{"response": response_name(i)} for i in answers]
    if decision.kind == "suggest":
        suggestions = [i for i in decision.suggestions if i in faq]
        if not suggestions:
            return [{"text": SUGGEST_EMPTY_TEXT}, {"response": CONTACT_RESPONSE}]
        buttons = [faq_button(faq, i) for i in suggestions]
        buttons.append({"title": NONE_OF_THESE_TITLE, "payload": NONE_OF_THESE_PAYLOAD})
        return [{"text": SUGGEST_TEXT, "buttons": buttons}, {"response": CONTACT_RESPONSE}]
    if decision.kind == "out_of_scope":
        return [{"response": "utter_out_of_scope"}, {"response": CONTACT_RESPONSE}]
    return [{"text": SUGGEST_EMPTY_TEXT, "buttons": HELP_BUTTONS}]


CHECK_OFFER_TEXT = "Voulez-vous vérifier maintenant si votre projet d'embauche est éligible ? Quelques questions suffisent, et je peux ensuite préparer votre demande."
CHECK_BUTTON = {"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"}


FEEDBACK_QUESTION = "Cette réponse vous a-t-elle aidé ?"
FEEDBACK_THANKS = {"up": "Merci pour votre retour !", "down": "Merci pour votre retour : il aidera à améliorer cette réponse."}


def feedback_payload(faq_id: str, value: str) -> str:
    """Button payload recording 👍 (``up``) or 👎 (``down``) for one FAQ answer."""
    return "/feedback" + json.dumps({"feedback": value, FAQ_ID_ENTITY: faq_id})


def followup_for(decision: Decision, faq: Faq, in_form: bool = False) -> list[Message]:
    """Messages after FAQ answers: 👍/👎 feedback on the last one, and the offer of the guided check where relevant."""
    entries = [e for e in (faq.get(i) for i in decision.answers) if e is not None]
    if not entries:
        return []
    entry = entries[-1]
    messages: list[Message] = [{
        "text": FEEDBACK_QUESTION,
        "buttons": [{"title": "👍 Oui", "payload": feedback_payload(entry.id, "up")}, {"title": "👎 Non", "payload": feedback_payload(entry.id, "down")}],
    }]
    if any(e.offer_check for e in entries) and not in_form:
        messages.append({"text": CHECK_OFFER_TEXT, "buttons": [CHECK_BUTTON]})
    return messages


_NEGATIVE_FEEDBACK = ("pas utile", "ne m aide pas", "ne repond pas", "ne sert a rien", "pas clair", "pas claire", "inutile")


def last_answered_faq(events: list[dict[str, Any]]) -> str | None:
    """The FAQ entry of the latest answer in a conversation's events."""
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        parse = event.get("parse_data") or {}
        intent = (parse.get("intent") or {}).get("name")
        if intent != RETRIEVAL_INTENT:
            continue
        for entity in parse.get("entities") or []:
            if entity.get("entity") == FAQ_ID_ENTITY:
                return entity.get("value")
        answers = (parse.get(DECISION_KEY) or {}).get("faq_ids") or []
        if answers:
            return answers[-1]
        ranking = faq_ranking(parse)
        if ranking:
            return ranking[0][0]
    return None


def feedback_from(text: str, entities: dict[str, Any], last_faq: str | None, known_ids: set[str]) -> dict[str, str] | None:
    """{"faq_id", "value"} from a 👍/👎 button or typed feedback; None without an answer to rate."""
    value = entities.get("feedback")
    if value not in ("up", "down"):
        plain = normalize(text)
        value = "down" if any(n in plain for n in _NEGATIVE_FEEDBACK) else "up"
    faq_id = entities.get(FAQ_ID_ENTITY) or last_faq
    if faq_id not in known_ids:
        return None
    return {"faq_id": faq_id, "value": value}
