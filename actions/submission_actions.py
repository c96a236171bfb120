"""Actions of the hiring-intent submission (logic in bot.submission_dialogue)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.form_validation import DialogueFormValidation
from bot.eligibility_dialogue import Understanding
from bot.submission_dialogue import (
    CONSENT_REFUSED,
    CONSENT_REFUSED_TEXT,
    CONSENT_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    NOT_ELIGIBLE_YET,
    REFERENCE_SLOT,
    SUBMISSION_SLOTS,
    can_submit,
    field_to_correct,
    question,
    recap,
    required_slots,
    submission_record,
    understand_field,
)
from bot.submissions import SubmissionError, SubmissionStore

CHECK_BUTTON = {"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"}


@lru_cache(maxsize=1)
def store() -> SubmissionStore:
    """One store per action server (SQLite under var/, or BOT_DB_URL)."""
    return SubmissionStore()


class ValidateHiringIntentForm(DialogueFormValidation):
    def name(self) -> str:
        return "validate_hiring_intent_form"

    def slots_needed(self, slots: dict[str, Any]) -> list[str]:
        return required_slots(slots)

    def understand(self, text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> Understanding:
        return understand_field(text, requested, slots, intent)


class AskField:
    """Mixin: asks one field of the submission form (one Action class per field below)."""

    slot = ""

    def name(self) -> str:
        return f"action_ask_{self.slot}"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        dispatcher.utter_message(**question(self.slot))
        return []


# One ask action per field: action_ask_company_name, action_ask_siret, …
for _slot in FIELD_VALIDATORS:
    globals()[f"ActionAsk_{_slot}"] = type(f"ActionAsk_{_slot}", (AskField, Action), {"slot": _slot})


class ActionStartSubmission(Action):
    def name(self) -> str:
        return "action_start_submission"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if not can_submit(tracker.slots):
            dispatcher.utter_message(text=NOT_ELIGIBLE_YET, buttons=[CHECK_BUTTON])
            return []
        dispatcher.utter_message(
            text="Préparons votre intention d'embauche : une douzaine de questions, puis un récapitulatif à valider. "
            "Écrivez « annuler » à tout moment pour arrêter."
        )
        return [SlotSet(name, None) for name in SUBMISSION_SLOTS]


class ActionSubmissionRecap(Action):
    def name(self) -> str:
        return "action_submission_recap"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if not can_submit(tracker.slots):
            return []  # action_start_submission already explained why
        if tracker.get_slot(CONSENT_SLOT) == CONSENT_REFUSED:
            dispatcher.utter_message(text=CONSENT_REFUSED_TEXT)
            dispatcher.utter_message(response="utter_contact_pointer")
            return [SlotSet(name, None) for name in SUBMISSION_SLOTS]
        dispatcher.utter_message(**recap(tracker.slots))
        return []


class ActionSubmitHiringIntent(Action):
    """Stores the confirmed recap once; a second « oui » gives the same reference."""

    def name(self) -> str:
        return "action_submit_hiring_intent"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        if not can_submit(tracker.slots) or not tracker.get_slot(CONSENT_SLOT):
            dispatcher.utter_message(text="Il n'y a pas de demande à envoyer pour le moment.", buttons=[CHECK_BUTTON])
            return []
        try:
            reference, created = store().save(submission_record(tracker.slots), tracker.sender_id)
        except SubmissionError as error:
            dispatcher.utter_message(text=f"{error} Votre demande n'a pas été enregistrée : corrigez le champ concerné ou contactez la Région.")
            dispatcher.utter_message(response="utter_contact_pointer")
            return []
        if created:
            dispatcher.utter_message(
                text=f"Merci ! Votre intention d'embauche est transmise aux services de la Région sous la référence {reference}. "
                "Ils étudieront votre demande et vous adresseront une réponse, puis vous mettront en relation avec un organisme de formation."
            )
        else:
            dispatcher.utter_message(text=f"Votre demande est déjà transmise, sous la référence {reference} : rien de plus à faire.")
        return [SlotSet(REFERENCE_SLOT, reference)]


class ActionCorrectField(Action):
    def name(self) -> str:
        return "action_correct_field"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]) -> list[EventType]:
        message = tracker.latest_message or {}
        entity = next((e.get("value") for e in message.get("entities") or [] if e.get("entity") == "field"), None)
        slot = field_to_correct(message.get("text") or "", entity)
        if slot is None or not can_submit(tracker.slots):
            dispatcher.utter_message(text="Quel champ souhaitez-vous modifier ? Choisissez-le dans le récapitulatif.")
            return []
        dispatcher.utter_message(text=f"D'accord, corrigeons : {FIELD_LABELS[slot]}.")
        return [SlotSet(slot, None), SlotSet(REFERENCE_SLOT, None)]
