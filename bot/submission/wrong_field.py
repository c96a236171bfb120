"""Answers typed for another field than the one asked, each put where it belongs (forty-sixth blind user test).

* at the company's question, the value noted for another field (« aide a domicile », the job): asked, not taken;
* at a later question, the employer's kind then its name (« on est une asso, ADMR du bocage ») when the name noted was another
  field's value: the name corrected;
* at the consent question, a list of training needs (« aide a la toilette, transferts, alzheimer »): added to the needs;
* after an invalid SIRET, another field's answer (« mecanicien auto »): that field noted, the SIRET asked again once (it was
  skipped);
* a 14-digit number at another question than the SIRET's: said to be a SIRET, not « pas de nombre ».
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.dialogue import messages as msg
from bot.eligibility.dialogue import MEMORY_SLOT
from bot.language.normalize import normalize
from bot.submission.fields import CORRECTION, UNUSABLE, VALUE
from bot.submission.form_slots import ATTEMPTS_SLOT, FIELD_LABELS, FIELD_VALIDATORS, MISSING_SLOT, RECAP_STATE_SLOT
from bot.submission.mentions import display
from bot.submission.questions import FieldUnderstanding, understand_field
from bot.submission.validators import validate_field
from bot.submission.validators.text import name_after_a_description, only_a_person_s_name

#: Key of :data:`MEMORY_SLOT`: the answer to the company's question that was another field's value, asked once (said again, it
#: is the name).
NAME_AS_ANOTHER_FIELD = "name_as_another_field"
#: Key of :data:`MEMORY_SLOT`: the last answer to the SIRET's question was a number that is no valid SIRET.
SIRET_TYPED_WRONG = "siret_typed_wrong"
#: The fields whose value is no company's name (the contact's may be: a sole trader's business bears his name).
_NOT_A_NAME_FIELDS = ("job_title", "training_needs")


def _memory(slots: dict[str, Any]) -> dict[str, Any]:
    memory = slots.get(MEMORY_SLOT)
    return dict(memory) if isinstance(memory, dict) else {}


def _field_of_the_same_value(value: Any, slots: dict[str, Any]) -> str | None:
    """The field among :data:`_NOT_A_NAME_FIELDS` whose noted value is ``value`` (folded), else None."""
    said = normalize(str(value or ""))
    return next((f for f in _NOT_A_NAME_FIELDS if said and slots.get(f) and normalize(str(slots[f])) == said), None)


def name_as_another_field(result: FieldUnderstanding, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """The company's name read (``result``) that is the value noted for the job or the needs (« aide a domicile » was stored as
    the company's name when it was the job: forty-sixth blind user test, u46-04): asked once, not taken; said again, it is
    the name (the memory's key dropped). None when it is no other field's value."""
    value = result.updates.get("company_name")
    if result.kind != VALUE or not isinstance(value, str):
        return None
    memory = _memory(slots)
    field = _field_of_the_same_value(value, slots)
    if field is None:
        return None
    if normalize(str(memory.get(NAME_AS_ANOTHER_FIELD) or "")) == normalize(value):
        memory.pop(NAME_AS_ANOTHER_FIELD)
        result.updates[MEMORY_SLOT] = {**memory, **(result.updates.get(MEMORY_SLOT) or {})}
        return result
    said = msg.SAME_AS_ANOTHER_FIELD.format(value=value, label=FIELD_LABELS[field])
    return FieldUnderstanding(kind=UNUSABLE, updates={MEMORY_SLOT: {**memory, NAME_AS_ANOTHER_FIELD: value}, RECAP_STATE_SLOT: None},
                              messages=[{"text": said}])


def company_named_after_its_kind(text: str, requested: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """« on est une asso, ADMR du bocage » at a later question, when the company's name noted is the value of another field (or
    none): the name corrected and said (« ADMR du bocage » was lost, « C'est déjà ce que j'ai noté : Type d'employeur »
    said: forty-sixth blind user test, u46-04); then the question again. None otherwise (a name noted is changed only when the
    employer says so)."""
    if requested == "company_name" or (slots.get("company_name") and _field_of_the_same_value(slots["company_name"], slots) is None):
        return None
    named = name_after_a_description(text)
    if named is None:
        return None
    updates: dict[str, Any] = {"company_name": named, RECAP_STATE_SLOT: None}
    kind = validate_field("employer_type", text, dt.date.today())
    if kind.kind == VALUE and not slots.get("employer_type"):
        updates["employer_type"] = kind.value
    changes = msg.CHANGED_FIELD.format(label=FIELD_LABELS["company_name"], value=named)
    return FieldUnderstanding(kind=CORRECTION, updates=updates, messages=[{"text": msg.CORRECTED_FIELDS.format(changes=changes)}])


#: A certificate whose categories are figures (folded).
_CERTIFICATE = re.compile(r"\b(?:caces|permis|habilitations?|fimo|fco|sst|cat|categories?|niveaux?|r\s?4\d\d)\b")
#: Words that make a clause a sentence, no need (folded): pronouns, doubt, yes and no.
_NOT_A_LISTED_NEED = re.compile(
    r"\b(?:je|j|on|il|elle|ils|elles|nous|vous|tu|sais|depend|bof|oui|non|ok|okay|d accord|accord|accepte|refuse|merci|pas|ne|n)\b"
)


def needs_at_the_consent(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """Training needs listed at the consent question (« aide a la toilette, transferts, alzheimer » got « Répondez oui ou non »,
    the needs lost: forty-sixth blind user test, u46-04): added to the needs noted, said so, then the consent asked again. Only
    a list of at least two short items, no figure but a certificate's, no address, no question, no sentence (a pronoun, a yes, a no), no person's
    name; else None."""
    stripped = (text or "").strip().rstrip(" .!")
    if re.search(r"[@?]|\d[\d\s.]{3,}", stripped) or (re.search(r"\d", stripped) and not _CERTIFICATE.search(normalize(stripped))):
        return None  # (figures only for a certificate's categories: « caces 1, caces 3 »; not a date, hours, a phone)
    items = [i for i in re.split(r"\s*[,;/+]\s*|\s+et\s+", stripped) if i]
    if len(items) < 2 or any(len(i.split()) > 5 for i in items) or _NOT_A_LISTED_NEED.search(normalize(stripped)):
        return None
    if any(only_a_person_s_name(i) for i in items):
        return None
    checked = validate_field("training_needs", stripped, dt.date.today())
    if checked.kind != VALUE or not isinstance(checked.value, str):
        return None
    noted = slots.get("training_needs")
    needs = f"{noted} ; {checked.value}" if noted and normalize(checked.value) not in normalize(str(noted)) else checked.value
    return FieldUnderstanding(kind=CORRECTION, updates={"training_needs": needs, RECAP_STATE_SLOT: None},
                              messages=[{"text": msg.NEEDS_ADDED.format(needs=checked.value)}])


#: A number of 9 figures or more (spaces, dots, dashes between them).
_LONG_NUMBER = re.compile(r"\d(?:[\s.-]?\d){8,}")
#: A number of 14 figures (spaces, dots, dashes between them), alone in its run of figures.
_FOURTEEN_FIGURES = re.compile(r"(?<![\d.-])\d(?:[\s.-]?\d){13}(?![\d])")


def with_an_invalid_siret_noted(result: FieldUnderstanding, text: str, requested: str | None, slots: dict[str, Any]) -> None:
    """At the SIRET's question, a number that is no SIRET (« 35210415700028 », a figure wrong) noted in the memory
    (:data:`SIRET_TYPED_WRONG`), for :func:`siret_again_after_another_answer`."""
    if requested == "siret" and result.kind == UNUSABLE and "siret" not in result.updates and _LONG_NUMBER.search(text or ""):
        result.updates[MEMORY_SLOT] = {**_memory(slots), **(result.updates.get(MEMORY_SLOT) or {}), SIRET_TYPED_WRONG: True}


def siret_again_after_another_answer(instead: FieldUnderstanding, slots: dict[str, Any]) -> FieldUnderstanding:
    """The job typed right after an invalid SIRET (``instead``: the SIRET skipped, the job noted): the job kept and said, the SIRET
    not skipped but asked again once, with the skip at hand (« mecanicien auto » got « les services de la Région compléteront
    le champ SIRET »: forty-sixth blind user test, u46-13). Returned as is when the SIRET typed before was not a wrong number."""
    memory = _memory(slots)
    if not memory.get(SIRET_TYPED_WRONG):
        return instead
    memory.pop(SIRET_TYPED_WRONG)
    updates = {k: v for k, v in instead.updates.items() if k not in ("siret", MISSING_SLOT, ATTEMPTS_SLOT)}
    noted = [m for m in instead.messages if m.get("text") != msg.SKIP_NOTED_OF.get("siret", msg.SKIP_NOTED.format(label=FIELD_LABELS["siret"]))]
    return FieldUnderstanding(kind=UNUSABLE, updates={**updates, MEMORY_SLOT: memory, RECAP_STATE_SLOT: None},
                              messages=[*noted, {"text": msg.SIRET_AGAIN_AFTER_INVALID, "buttons": [msg.SKIP_BUTTON]}])


def siret_at_another_question(result: FieldUnderstanding, text: str, requested: str | None) -> None:
    """A 14-digit number that is no valid SIRET, typed at another question whose answer it is not (« 12345678901234 » at the
    number of positions got « Je n'ai pas trouvé de nombre »: forty-sixth blind user test, u46-13): said to look like a SIRET,
    and not noted (a valid one is noted by the readers of other fields)."""
    if requested in (None, "siret", "contact_phone") or result.kind != UNUSABLE or "siret" in result.updates or not result.messages:
        return
    found = _FOURTEEN_FIGURES.search(text or "")
    if found is None or validate_field("siret", found.group(0), dt.date.today()).kind == VALUE:
        return
    noun = msg.FIELD_NOUNS.get(str(FIELD_VALIDATORS.get(requested, requested)), "la réponse attendue")
    result.messages[0] = {**result.messages[0], "text": msg.LOOKS_LIKE_AN_INVALID_SIRET.format(noun=noun)}


#: Weekly hours alone (folded): « 35h », « 35 heures », « 28h par semaine », « 24h hebdo » (« 35h » at the company's question was
#: stored as its name: fiftieth blind user test, u50-01).
_HOURS_ALONE = re.compile(
    r"^(?:euh\s+|ben\s+|alors\s+)?\d{1,2}(?:[.,]\d{1,2}|h\d{2})?\s*(?:h|hr|hrs|heures?)(?:\s*(?:par|/|a la)?\s*(?:semaine|sem|hebdo\w*))?$")


def hours_as_the_name(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """Weekly hours alone at the company's question (:data:`_HOURS_ALONE`): no name. Noted as the weekly hours when none are
    and the hours question would take them as they are (within the rules, nothing to say of them), then the name asked again;
    None for any other answer."""
    if not _HOURS_ALONE.match(normalize(text or "").replace(" / ", "/")):
        return None
    said = (text or "").strip()
    if slots.get("weekly_hours") is None:
        # (read as the hours question reads them, its rules included: hours it would say something of are left to it)
        read = understand_field(said, "weekly_hours", slots, "inform")
        hours = read.updates.get("weekly_hours")
        if read.kind == VALUE and isinstance(hours, (int, float)) and not read.messages and set(read.updates) <= {"weekly_hours", ATTEMPTS_SLOT}:
            noted = msg.HOURS_AS_THE_NAME_NOTED.format(said=said, hours=display("weekly_hours", hours))
            return FieldUnderstanding(kind=UNUSABLE, updates={"weekly_hours": hours}, messages=[{"text": noted}])
    if slots.get("weekly_hours") is not None:
        noted = msg.HOURS_AS_THE_NAME_ALREADY_NOTED.format(said=said, hours=display("weekly_hours", slots["weekly_hours"]))
        return FieldUnderstanding(kind=UNUSABLE, messages=[{"text": noted}])
    return FieldUnderstanding(kind=UNUSABLE, messages=[{"text": msg.HOURS_AS_THE_NAME.format(said=said)}])
