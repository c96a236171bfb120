"""The hiring-intent submission, independent of Rasa: which fields to ask, how
to read each answer, the RGPD notice, the recap and the record to store.

``actions/submission_actions.py`` wraps these functions in Rasa SDK actions;
the fields are :data:`bot.submission.spec.FIELDS`, answers are read by
:mod:`bot.submission.validators`, the record is stored by
:mod:`bot.submission.store`; what is said is in :mod:`bot.dialogue.messages`.

No dead ends: unusable answers at the same question are counted in
``ATTEMPTS_SLOT``; the 2nd gets a different reply (an example, where to find
the SIRET, buttons), the 3rd and later a way out: skip (only for ``SKIPPABLE``
fields, which the Region's staff can complete later; they are then listed in
``MISSING_SLOT`` and stored as None), cancel, or the contact form.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot import settings
from bot.dialogue import messages as msg
from bot.dialogue.messages import Button, Message
from bot.eligibility.dialogue import FAILURES_SLOT, Understanding, facts_from_slots
from bot.eligibility.rules import evaluate
from bot.extractors.candidate import CANDIDATE_LABELS, extract_candidate_status
from bot.extractors.contract import extract_contract, needs_duration
from bot.extractors.duration import extract_duration
from bot.extractors.place import AmbiguousPlace, Place, extract_job_place, extract_place
from bot.extractors.project import NOT_JOBS
from bot.faq.parse import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from bot.language.cues import CORRECTION_PHRASES, QUESTION_WORDS, UNSURE, WAIT_WORDS, alternation
from bot.language.months import FULL_MONTHS
from bot.language.normalize import normalize
from bot.language.numbers import MEASURE_UNIT
from bot.settings import DATA_DIR
from bot.submission import spec
from bot.submission.fields import (
    CONTRACT_NOUNS,
    CORRECTION,
    PROTEST,
    QUESTION,
    REFUSAL,
    UNUSABLE,
    VALUE,
    FieldResult,
    contract_label,
    ok,
)
from bot.submission.validators import format_value, validate_field
from bot.submission.validators.employer import employer_adjective

FORM_NAME = "hiring_intent_form"
CONSENT_SLOT = spec.CONSENT_SLOT
CONSENT_REFUSED = "refused"
REFERENCE_SLOT = "submission_reference"
#: Unusable answers in a row at the current question; reset on a value and when the request starts.
#: Its own slot: the eligibility form counts its failures in ``eligibility_failures``.
ATTEMPTS_SLOT = "submission_failures"
#: List slot of the fields skipped by the employer, stored as None and flagged for the Region's staff.
MISSING_SLOT = "missing_fields"
#: Fields the Region's staff can complete later (an unknown SIRET, a phone number the employer keeps).
SKIPPABLE = spec.SKIPPABLE
SKIP_PAYLOAD = msg.SKIP_BUTTON["payload"]
CANCEL_PAYLOAD = msg.CANCEL_REQUEST_BUTTON["payload"]
SKIP = "skip"  # Understanding.kind when a skippable field is skipped
#: Slots in the order they are asked; the value is the validator of bot.submission.validators ("" for the consent).
FIELD_VALIDATORS: dict[str, str] = dict(spec.VALIDATOR_OF)
SUBMISSION_SLOTS = (*FIELD_VALIDATORS, REFERENCE_SLOT, MISSING_SLOT)
FIELD_LABELS = spec.LABELS
QUESTIONS = msg.SUBMISSION_QUESTIONS
BUTTONS = msg.SUBMISSION_BUTTONS
#: Intents that may interrupt the form rather than answer it (Rasa's rules handle them).
#: Any text can be a company name, so the words must confirm what the intent says.
INTERRUPTION_INTENTS = frozenset({"stop", "help", "bot_challenge", "faq"})
_INTERRUPTION_WORDS = re.compile(
    # « aide » alone or asked for, never in « diplôme d'aide-soignant » (second blind user test, 2026-11-30).
    r"\b(annul\w*|stop|arret\w*|quitt\w*|abandon\w*|laisse tomber|besoin d aide|de l aide|a l aide|aidez moi|aide moi|robot|humain)\b|"
    r"^aide\b|\baide\s*$|\?\s*$"
)
#: A question word anywhere (« au fait, c'est nous qui payons les apprentis ? »): with « ? » and an FAQ
#: question the classifier is unsure of, the closest questions are proposed, then the field is asked again.
_QUESTION_WORD = re.compile(rf"\b{alternation(QUESTION_WORDS)}\b")
YES_WORDS = ("oui", "ok", "d accord", "j accepte", "accepte", "je consens", "bien sur", "yes", "ouais",
             # SMS and spoken forms (second blind user test, 2026-11-30)
             "dac", "d acc", "dacc", "ouep", "ouaip", "pas de probleme", "pas de souci", "pas de soucis", "ca marche",
             "je suis d accord", "volontiers", "evidemment", "okay", "oki")
NO_WORDS = ("non", "je refuse", "refuse", "pas d accord", "no", "nan")
CONSENT_REFUSED_TEXT = msg.CONSENT_REFUSED_TEXT
ALREADY_SENT = msg.ALREADY_SENT
NOT_ELIGIBLE_YET = msg.NOT_ELIGIBLE_YET


@lru_cache(maxsize=1)
def rgpd_notice() -> dict[str, str]:
    data = yaml.safe_load((DATA_DIR / "submission" / "rgpd.yml").read_text(encoding="utf-8"))
    return data["rgpd_notice"]


def _to(phrase: str) -> str:
    """« à » before a noun phrase, contracted as French requires: « aux services », « au service », « à la Région »."""
    for article, contracted in (("les ", "aux "), ("le ", "au ")):
        if phrase.startswith(article):
            return contracted + phrase[len(article) :]
    return f"à {phrase}"


def consent_question() -> Message:
    notice = rgpd_notice()
    text = msg.CONSENT_QUESTION.format(
        purpose=notice["purpose"], recipients=_to(notice["recipients"]), retention=notice["retention"], rights=notice["rights"]
    )
    return {"text": text, "buttons": list(msg.CONSENT_BUTTONS)}


def question(slot: str, slots: dict[str, Any] | None = None) -> Message:
    """The question of ``slot``; the consent's notice is not said again after an answer it could not use
    (it came whole at every retry: eighth blind user test)."""
    if slot == CONSENT_SLOT:
        if (slots or {}).get(ATTEMPTS_SLOT):
            return {"text": msg.CONSENT_QUESTION_AGAIN, "buttons": list(msg.CONSENT_BUTTONS)}
        return consent_question()
    message: Message = {"text": QUESTIONS[slot]}
    if slot in BUTTONS:
        message["buttons"] = [{"title": t, "payload": p} for t, p in BUTTONS[slot]]
    return message


def can_submit(slots: dict[str, Any]) -> bool:
    return slots.get("eligibility") in ("eligible", "derogation")


def submission_intro(slots: dict[str, Any]) -> str:
    """The request's opening sentence, with the number of questions left once what was said earlier is filled."""
    left = [n for n in required_slots(slots) if slots.get(n) is None] + ([CONSENT_SLOT] if not slots.get(CONSENT_SLOT) else [])
    questions = msg.ONE_QUESTION if len(left) == 1 else msg.SOME_QUESTIONS.format(count=len(left))
    return msg.SUBMISSION_INTRO.format(questions=questions)


def required_slots(slots: dict[str, Any]) -> list[str]:
    """Fields still to ask; none when the check was not passed or consent refused; skipped fields are not asked."""
    if not can_submit(slots) or slots.get(CONSENT_SLOT) == CONSENT_REFUSED:
        return []
    names = list(FIELD_VALIDATORS)
    if slots.get("eligibility") != "derogation":
        names.remove("derogation_justification")
    skipped = set(slots.get(MISSING_SLOT) or ()) & SKIPPABLE
    return [n for n in names if n not in skipped]


def _contact_after_consent(text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """The contact's name, e-mail and phone said with the consent (seventh blind user test), or None."""
    parts = re.split(r"\s*[,;]\s*", text.strip(), maxsplit=1)
    if len(parts) < 2 or slots.get("contact_name"):
        return None
    rest = re.sub(r"^(?:c['’ ]?est|je suis|moi c['’ ]?est|contact\s*:)\s+", "", parts[1], flags=re.IGNORECASE)
    if _NOT_A_NAME.match(normalize(rest)):
        return None  # « finalement si j'accepte, on continue » noted the contact « On Continue » (ninth blind user test)
    rest = re.sub(r"\s+(?:au|tel|tél|téléphone)\s+(?=\+?\d)", ", ", rest, flags=re.IGNORECASE)
    read = understand_field(rest, "contact_name", slots, "inform", now)
    if read.kind != VALUE:
        return None
    noted = msg.CHANGES_JOINER.join(
        msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=_display(f, v)) for f, v in read.updates.items() if f in FIELD_LABELS)
    return FieldUnderstanding(updates=read.updates, messages=[{"text": msg.ALSO_NOTED.format(changes=noted)}], kind=VALUE)


#: What follows the consent and is no name: a pronoun or a word that moves on (« on continue », « allez-y »).
_NOT_A_NAME = re.compile(r"(?:on|je|j|nous|vous|il|ca|c|allez|allons|continu\w*|passons|suivant|go|merci)\b")


def _is_yes(text: str, anywhere: bool = False) -> bool:
    """A yes: a yes word first (after « bon », « finalement »…), or, with ``anywhere``, an acceptance anywhere."""
    plain = normalize(text)
    if _NOT_YES.search(re.sub(r"\bpas de (?:probleme|souci|soucis)\b", " ", plain)):
        return False  # « ça marche pas », « ok mais je refuse », « pas de souci, je refuse »
    # « bon d'accord j'accepte », « finalement si j'accepte, on continue » were not a yes (ninth blind user test).
    plain = _LEADING_FILLER.sub("", plain)
    return any(plain == w or plain.startswith(w + " ") for w in YES_WORDS) or (anywhere and _ACCEPTS.search(plain) is not None)


#: Words before the answer that do not change it (« bon », « finalement »).
_LEADING_FILLER = re.compile(r"^(?:(?:bon|ben|bah|beh|euh|alors|finalement|en fait|bref|tres bien)\s+)+")
#: Acceptance said anywhere in the message.
_ACCEPTS = re.compile(r"\b(?:j accepte|je suis d accord|je donne (?:mon|notre) (?:accord|consentement)|c est bon pour moi|je consens)\b")


_CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")
#: Consent taken back once given (« je retire mon consentement », « j'ai pas dit oui »), said at a contact question.
_WITHDRAWS_CONSENT = re.compile(
    r"\b(?:retire\w* (?:mon|notre) (?:consentement|accord)|j ai pas dit oui|je n ai pas dit oui|je refuse|"
    r"je ne veux pas que (?:mes|nos) (?:donnees|coordonnees|informations)|je veux pas que (?:mes|nos) (?:donnees|coordonnees|informations))\b"
)
#: A refusal worded without « non » (« je ne veux pas que mes données soient transmises »).
_REFUSES = re.compile(
    r"\b(?:je ne veux pas|je veux pas|pas d accord|je refuse|hors de question|certainement pas|je ne souhaite pas|je n accepte pas|j accepte pas)\b"
)
_NOT_YES = re.compile(r"\b(?:pas|refuse\w*|jamais|non)\b")


def _is_no(text: str) -> bool:
    plain = _LEADING_FILLER.sub("", normalize(text))
    return any(plain == w or plain.startswith(w + " ") for w in NO_WORDS)


@dataclass
class FieldUnderstanding(Understanding):
    """An :class:`Understanding` that also says what the answer was.

    ``kind`` is one of value / correction / question / protest / refusal /
    unusable (see :mod:`bot.submission.fields`), or ``skip`` when a skippable
    field was skipped; empty for an interruption or when nothing was asked.
    """

    kind: str = ""


#: Words that ask to skip the question.
_SKIP = re.compile(
    r"^(?:(?:bon|bah|ben|euh|ok|alors|bon ben) )*(?:je |on )?(?:passe|passer|passons|sauter|saute|sautons|skip|suivant)\b|"
    r"\bpasser cette question\b|\bplus tard\b|"
    r"\bla region (?:le |la )?completera\b|\bsans (?:le )?(?:siret|telephone|numero)\b"
)
#: « je ne sais pas trop, » before the answer itself.
_LEADING_HEDGE = re.compile(
    r"^\s*(?:(?:euh|bah|ben|bon|bof)\s+)*(?:je\s+(?:ne\s+)?sais\s+pas(?:\s+trop)?|j\s*sais\s+pas|jsp|aucune\s+id[ée]e|pas\s+s[uû]re?"
    r"|je\s+(?:ne\s+)?vois\s+pas)"
    # « je ne sais pas quoi mettre, c'est le client qui décide » (seventh blind user test)
    r"(?:\s+(?:de\s+)?(?:quoi|que|ce\s+qu['’ ]?il\s+faut)\s+(?:mettre|[ée]crire|dire|r[ée]pondre|indiquer)(?:\s+(?:ici|l[àa]))?)?"
    r"\s*[,;:.]\s*",
    re.IGNORECASE,
)
#: Words in a question that show it is about the field being asked (« c'est quoi un siret ? »).
_FIELD_WORDS = {
    "siret": ("siret", "siren", "kbis"),
    "contact_phone": ("tel", "telephone", "numero", "portable", "mobile"),
    "contact_email": ("mail", "email", "courriel", "adresse"),
    "company_name": ("entreprise", "societe", "structure", "nom"),
    "contact_name": ("contact", "nom", "personne"),
    "job_title": ("intitule", "poste", "metier"),
    "work_location": ("commune", "lieu", "ville", "siege"),
    "positions": ("postes", "combien"),
    "weekly_hours": ("heures", "hebdomadaire", "temps"),
    "start_date": ("date", "delai", "quand"),
    # (Not « formation »: « au fait la formation dure combien de temps ? » is for the FAQ: eleventh blind user test.)
    "training_needs": ("besoin", "besoins", "competences"),
    "derogation_justification": ("derogation", "justification", "justifier"),
    CONSENT_SLOT: ("donnees", "donnee", "rgpd", "personnelles", "confidentialite", "coordonnees", "conservees", "transmises"),
}
#: Second-attempt help: an example, and where to find the SIRET.
SECOND_TRY = msg.SUBMISSION_SECOND_TRY
SKIP_BUTTON = msg.SKIP_BUTTON
CANCEL_BUTTON = msg.CANCEL_REQUEST_BUTTON
CONSENT_BUTTONS = msg.CONSENT_BUTTONS


def _label_lower(slot: str) -> str:
    label = FIELD_LABELS.get(slot, slot)
    return label if label.isupper() else label[0].lower() + label[1:]


def _way_out(slot: str) -> list[Message]:
    """Third attempt and later: skip where possible, cancel, or the contact form."""
    label = spec.FIELD_BY_NAME[slot].label if slot in spec.FIELD_BY_NAME else slot
    if slot in SKIPPABLE:
        text = msg.WAY_OUT_SKIPPABLE.format(label=label)
        buttons = [SKIP_BUTTON, CANCEL_BUTTON]
    else:
        text = msg.WAY_OUT_REQUIRED.format(label=label)
        buttons = [CANCEL_BUTTON]
    return [{"text": text, "buttons": buttons}, msg.CONTACT_POINTER]


#: « (par exemple « 1 » ou « 2 »)», «, par exemple « 06 12 34 56 78 » » in a reply: the examples it gives.
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")
_EXAMPLES = re.compile(r"\s*\(par exemple [^()]*\)|,?\s*par exemple (?:«[^»]*»(?:,\s*|\s+ou\s+)?)+")


def _not_usable(
    result: FieldUnderstanding, slot: str, reply: str, slots: dict[str, Any], *, offer_skip: bool = False, whole_reply: bool = False,
    second: str | None = None,
) -> FieldUnderstanding:
    """Count one more unusable answer and word the reply for that attempt (``second``: the whole reply of the second)."""
    attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
    result.updates[ATTEMPTS_SLOT] = float(attempts)
    if attempts >= 3 or (offer_skip and attempts == 2 and slot in SKIPPABLE):
        # A second refusal of a field that can be skipped: the skip was offered already, say the way out.
        result.messages.append({"text": reply} if attempts >= 3 else {"text": msg.UNDERSTOOD})
        # The contact's long link at the 3rd, 6th… unusable answer, not at every one (it came 5 times: tenth user test).
        result.messages.extend(m for m in _way_out(slot) if m is not msg.CONTACT_POINTER or attempts % 3 == 0 or attempts < 3)
        return result
    message: Message = {"text": reply}
    if attempts == 2:
        hint = SECOND_TRY.get(slot, "")
        # What went wrong, then the second try's simpler request: the reply's own request and examples would
        # say the same thing twice (fourth blind user test, 2026-11-30).
        diagnosis = _SENTENCES.split(_EXAMPLES.sub("", reply))[0] if hint and not whole_reply else reply
        message["text"] = second or (f"{diagnosis} {hint}".strip() if not whole_reply else reply)
        # (No buttons here: the question asked again right after carries its own; they came twice.)
    if offer_skip and slot in SKIPPABLE:
        message["buttons"] = [SKIP_BUTTON, CANCEL_BUTTON]
    result.messages.append(message)
    return result


#: « revenir en arrière », « retour à la question d'avant », « question précédente ».
_GO_BACK = re.compile(
    r"\b(?:revenir|retourner|retour|revenons|reviens|revenez|on revient)\s+(?:en arriere|a la question (?:d avant|precedente)|"
    r"a l etape precedente|au champ precedent|sur la question (?:d avant|precedente))\b|\bquestion precedente\b|"
    r"^(?:retour|precedent|en arriere)$"
)
#: « je veux mettre le siret finalement », « je voudrais donner mon numéro »: an earlier field given after all.
_GIVE_AFTER_ALL = re.compile(
    r"\b(?:je veux|je voudrais|j aimerais|je vais|on veut|on va|je peux|finalement je)\s+(?:le |la |l )?(?:mettre|donner|ajouter|remplir|indiquer|"
    r"changer|corriger|modifier|rectifier)\b"
)


#: What makes « je veux mettre le SIRET » a going back: « finalement », or a change asked in so many words.
_AFTER_ALL = re.compile(r"\b(?:finalement|en fait|quand meme|maintenant|du coup|revenir|retour|changer|corriger|modifier|rectifier)\b")


def _going_back(text: str, plain: str, requested: str, slots: dict[str, Any]) -> str | None:
    """The earlier field the employer wants to go back to (named, or the one asked before ``requested``), else None."""
    back = _GO_BACK.search(plain) is not None
    # (« je vais indiquer le poste exact plus tard » is no going back: eleventh-session review.)
    given_after_all = _GIVE_AFTER_ALL.search(plain) and _AFTER_ALL.search(plain) and not re.search(r"\bplus tard\b", plain)
    if not back and not given_after_all:
        return None
    # (Not the consent: it has no label, and its own way back is « je retire mon consentement ».)
    order = [n for n in FIELD_VALIDATORS if n != "derogation_justification" or slots.get("eligibility") == "derogation"]
    if requested not in order:
        return None
    earlier = [n for n in order[: order.index(requested)] if n in FIELD_LABELS and (slots.get(n) is not None or n in (slots.get(MISSING_SLOT) or []))]
    named = _recap_field_of(text, plain)
    if named in earlier:
        return named
    return earlier[-1] if back and earlier and named is None else None


#: A question first (a sentence ending with « ? »), then something else.
_QUESTION_FIRST = re.compile(r"^(?P<question>[^?]*[^\W\d_][^?]*\?)\s*(?P<rest>\S.*)$")
#: A contract named as such (« en CDI intérimaire », « en contrat pro »), not a job that implies one (« apprenti »).
_NAMES_A_CONTRACT = re.compile(rf"\b(?:en|sous|avec un|pour un|par|via)\s+(?:un\s+|une\s+)?{CONTRACT_NOUNS}\b")
#: A short message that changes the contract's length (« bon alors on remet 6 mois », « finalement ce sera 6 mois »).
_NEW_LENGTH = re.compile(
    r"\b(?:on remet|remettre|remettez|on met|mettez|on passe a|passer a|passons a|finalement|plutot|ce sera|on change|changer|en fait|"
    r"corrig\w*|on rallonge|rallonger|on prolonge|prolonger)\b"
)
#: Words of a reason (« remplacement congé maternité, prolongeable 2 mois »): a reason, whatever length it says.
_REASON_WORDS = re.compile(r"\b(?:remplac\w*|conge|surcroit|saison\w*|test|essai|parce|car|pour|activite|prolongeable|renouvelable)\b")


def _new_duration(text: str, plain: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """A new length of the fixed-term contract typed at the derogation's reason, as a correction of the contract."""
    duration = extract_duration(text)
    if duration is None or duration.months is None or len(plain.split()) > 8 or not _NEW_LENGTH.search(plain) or _REASON_WORDS.search(plain):
        return None
    if round(duration.months, 2) == slots.get("contract_duration"):
        return None  # « surcroît d'activité, ce sera 4 mois » with a contract of 4 months: no change
    changes, texts = _contract_updates({"contract_duration": round(duration.months, 2)}, slots)
    label = contract_label({**slots, **changes})
    return FieldUnderstanding(kind=CORRECTION, updates=changes, messages=[{"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])}])


def _skipped(result: FieldUnderstanding, requested: str, slots: dict[str, Any]) -> FieldUnderstanding:
    """The skippable field left for the Region's staff to complete: listed in ``MISSING_SLOT``."""
    result.kind = SKIP
    missing = [f for f in (slots.get(MISSING_SLOT) or []) if f != requested] + [requested]
    result.updates.update({requested: None, MISSING_SLOT: missing, ATTEMPTS_SLOT: 0.0})
    result.messages.append({"text": msg.SKIP_NOTED.format(label=FIELD_LABELS[requested])})
    return result


def _contract_updates(updates: dict[str, Any], slots: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The contract change with the verdict it leads to, and French sentences saying so."""
    merged = {**slots, **updates}
    changes = dict(updates)
    verdict = evaluate(facts_from_slots(merged))
    changes["eligibility"] = verdict.verdict
    changes["eligibility_reasons"] = list(verdict.reasons)
    texts: list[str] = []
    contract = merged.get("contract_type")
    if contract and needs_duration(contract) and not merged.get("contract_duration"):
        texts.append(msg.ASK_CONTRACT_DURATION)
    if verdict.verdict != slots.get("eligibility"):
        if verdict.verdict == "ineligible":
            rule = verdict.rules[0] if verdict.rules else None
            explanation = f"{rule.explanation} {rule.alternative or ''}".strip() if rule else ""
            texts.append(msg.NOW_INELIGIBLE.format(explanation=explanation).strip())
        elif verdict.verdict == "derogation":
            texts.append(msg.NOW_DEROGATION)
        else:
            texts.append(msg.NOW_ELIGIBLE)
    return changes, texts


def _about_the_field(text: str, slot: str) -> bool:
    words = set(normalize(text).split())
    if "formation" in words and slot != "training_needs":
        return False  # « la formation dure combien de temps ? » is about the training, not the weekly hours
    return any(w in words for w in _FIELD_WORDS.get(slot, ()))


def understand_field(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, now: dt.datetime | None = None
) -> FieldUnderstanding:
    """Read the answer to the field being asked.

    The result's ``kind`` says what the answer was; only a ``value`` fills the
    field. A contract correction updates ``contract_type`` /
    ``contract_duration`` and the verdict; a skip fills ``MISSING_SLOT``.
    """
    result = FieldUnderstanding()
    now = now or dt.datetime.now(dt.timezone.utc)
    if requested is None:
        return result
    text = text or ""
    if text.startswith("/faq"):
        # A suggestion button clicked during the request was stored as the job (ninth blind user test): the FAQ answers.
        result.interruption = True
        return result
    if requested == "contact_name":
        # « Marc Lebreton 0612345678 marc.lebreton@… » without commas was refused as a name (ninth blind user test):
        # the phone and the address open parts of their own, as with commas.
        text = re.sub(r"(?<=[^\W\d_])\s+(?=\+?\d[\d .]{7,}\d)", ", ", text)
        text = re.sub(r"(?<=[^\s,;])\s+(?=[\w.+-]+@[\w-]+\.\w)", ", ", text)
    plain = normalize(text)
    asked = text.strip().endswith("?")
    if requested in _CONTACT_FIELDS and slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED) and _WITHDRAWS_CONSENT.search(plain):
        # « attendez j'ai pas dit oui, je refuse pour l'instant », « je retire mon consentement » at the contact's
        # name were taken for the name (ninth blind user test): the consent is withdrawn, as if refused.
        result.kind = VALUE
        result.updates[CONSENT_SLOT] = CONSENT_REFUSED
        return result
    if intent == OUT_OF_SCOPE_INTENT and asked and _QUESTION_WORD.search(plain) and not _about_the_field(text, requested):
        # « c'est quoi le smic horaire en 2027 ? » at the number of positions got what that question is for
        # (thirteenth blind user test): no answer here, said so, then the question again.
        result.kind = QUESTION
        result.messages.append({"text": msg.OUT_OF_SCOPE["text"]})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    unsure_question = intent == FALLBACK_INTENT and asked and _QUESTION_WORD.search(plain) is not None
    # (« je peux pas donner juste mon tel ? 0243998877 » at the e-mail got « je n'ai pas de réponse », the phone lost:
    # fourteenth blind user test. The phone is kept, and why the e-mail is needed said.)
    phone_instead = requested == "contact_email" and "@" not in text and len(re.findall(r"\d", text)) >= 9
    if (unsure_question or intent in INTERRUPTION_INTENTS and _INTERRUPTION_WORDS.search(plain + (" ?" if asked else ""))) and not phone_instead:
        if not (text.strip().endswith("?") and _about_the_field(text, requested)):
            result.interruption = True
            return result
    sentences = [p for p in re.split(r"(?<=[.!;])\s+", text.strip()) if p]
    for index, sentence in enumerate(sentences[1:], start=1):
        # « 35h comme dit. et finalement ce sera 3 postes, pas 2 »: the answer, then a correction in its own
        # sentence (it got « plusieurs durées »: seventh blind user test). Both are kept.
        earlier = _earlier_field_corrected(sentence, normalize(sentence), requested, slots)
        value = _recap_value(earlier, sentence, now, slots)[0] if earlier else None
        if earlier is not None and value is not None:
            rest = " ".join(sentences[:index] + sentences[index + 1:])
            answered = understand_field(rest, requested, {**slots, earlier: value}, intent, now)
            answered.updates = {earlier: value, **answered.updates}
            answered.messages.insert(0, {"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS[earlier], value=_display(earlier, value))})
            return answered
    sent_siret = (slots.get(PREVIOUS_REQUEST_SLOT) or {}).get(_SENT_SIRET)
    if requested == "siret" and sent_siret and _SAME_AS_SENT.search(plain):
        # « même siret », « le même », « pareil » for a second request (refused as a protest: thirteenth user test).
        result.kind = VALUE
        result.updates["siret"] = sent_siret
        result.messages.append({"text": msg.SAME_SIRET_AS_SENT.format(siret=_display("siret", sent_siret))})
        return result
    back = _going_back(text, plain, requested, slots)
    if back is not None:
        # « revenir en arrière, je veux mettre le siret finalement » became the job title (tenth blind user test).
        result.kind = CORRECTION
        result.updates.update({back: None, BEFORE_CORRECTION_SLOT: {"field": back, "value": slots.get(back)}, ATTEMPTS_SLOT: 0.0})
        if back in (slots.get(MISSING_SLOT) or []):
            result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != back]
        result.messages.append({"text": msg.GOING_BACK.format(label=FIELD_LABELS[back])})
        return result  # the form asks that field, the first one missing
    other = _earlier_field_corrected(text, plain, requested, slots)
    if other is not None:
        # « oups pardon c 3 postes pas 2 » at another question: that field changed, this question again.
        value, error = _recap_value(other, text, now, slots)
        result.kind = CORRECTION
        if value is not None:
            result.updates[other] = value
            result.messages.append({"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS[other], value=_display(other, value))})
        else:
            result.messages.append({"text": error or msg.CORRECT_AT_RECAP.format(label=FIELD_LABELS[other])})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result  # the form asks its question again
    unsure = bool(UNSURE.search(plain))
    if requested == CONSENT_SLOT:
        if unsure and not _REFUSES.search(plain):
            # « je sais pas » is not a refusal: the notice again, with what the data is for.
            result.kind = QUESTION
            result.messages.append({"text": msg.CONSENT_UNSURE})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif (text.strip().endswith("?") and len(re.findall(r"[^\W\d_]{2,}", text)) >= 2 and not _REFUSES.search(plain)
              and not _is_yes(text.strip().rstrip("?"))):
            # « c'est quoi que vous faites de mes données exactement ? vous les revendez ? » was recorded as the
            # consent (ninth blind user test): a question gets what the data is for, and the question again.
            result.kind = QUESTION
            result.messages.append({"text": msg.CONSENT_DATA_USE})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif intent == "affirm" or _is_yes(text, anywhere=True):
            result.kind = VALUE
            result.updates[CONSENT_SLOT] = now.isoformat(timespec="seconds")
            contact = _contact_after_consent(text, {**slots, **result.updates}, now)
            if contact is not None:  # « oui j'accepte, c'est Paul Guérin au 02 40 …, paul@… »: all asked again before
                result.updates.update(contact.updates)
                result.messages.extend(contact.messages)
        elif intent == "deny" or _is_no(text) or _REFUSES.search(plain):
            result.kind = VALUE
            result.updates[CONSENT_SLOT] = CONSENT_REFUSED
        elif _about_the_field(text, CONSENT_SLOT):
            # « vous en faites quoi de mes données ? »: the notice, which says it, is asked again (not a failed answer).
            result.kind = QUESTION
            result.messages.append({"text": msg.CONSENT_DATA_USE})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        else:
            result.kind = UNUSABLE
            # Its second try said « Répondez « oui »… Par exemple « oui »… » (eighth blind user test): one sentence.
            _not_usable(result, requested, msg.CONSENT_YES_OR_NO, slots, whole_reply=True, second=msg.SUBMISSION_SECOND_TRY[CONSENT_SLOT])
        return result
    # « je sais pas » to the SIRET or the phone, which may be skipped, is a skip: it asked the question again,
    # after offering to skip it (eighth blind user test). An answer after it (« je sais pas, 06… ») is read.
    unknown = requested in SKIPPABLE and unsure and not re.search(r"\d", plain)
    # « ok », « d'accord » once the skip was offered is no SIRET nor phone: it takes the offer (ninth blind user test).
    # (A bare one: « oui je l'ai, je vous le donne », « ok je vais le chercher » are no skip: eleventh-session review.)
    takes_offer = (requested in SKIPPABLE and int(slots.get(ATTEMPTS_SLOT) or 0) >= 1 and _is_yes(text)
                   and len(_LEADING_FILLER.sub("", plain).split()) <= 2 and not re.search(r"\d", plain))
    if _SKIP.search(plain) or unknown or takes_offer:
        if requested in SKIPPABLE:
            return _skipped(result, requested, slots)
        result.kind = UNUSABLE
        return _not_usable(result, requested, msg.FIELD_REQUIRED.format(label=FIELD_LABELS[requested]), slots)
    asking = _QUESTION_FIRST.match(text.strip()) if requested != CONSENT_SLOT and not phone_instead else None
    # (After a question, free text is not read as the answer: « c'est quoi le délai ? on voudrait commencer en juin »
    # became the training needs: eleventh blind user test.)
    if asking and (requested in FREE_TEXT_SLOTS or validate_field(FIELD_VALIDATORS[requested], asking.group("rest"), now.date()).kind != VALUE):
        # « c quoi un siret deja ? bon c bon je l ai mis » at the positions was « 1 poste » (the « un » of « un siret »)
        # and the question unanswered (tenth blind user test): the FAQ answers, then the question again.
        result.interruption = True
        return result
    if asking:
        text, plain = asking.group("rest"), normalize(asking.group("rest"))  # « c'est quoi un SIRET ? 732 829 … »
    department = slots.get("department")
    if requested == "work_location" and department and (nearby := _same_department(text, {"work_location": {"department": department}})):
        # « Avrillé » (Maine-et-Loire or Vendée?) after a check in the 49: that one (it looped on the question: fifteenth
        # blind user test).
        result.kind = VALUE
        result.updates["work_location"] = nearby
        return result
    if requested == "derogation_justification" and (lengthened := _new_duration(text, plain, slots)) is not None:
        return lengthened  # « bon alors on remet 6 mois » was stored as the reason (tenth blind user test)
    own, passing, notes = _answers_in_passing(text, requested, slots, now)
    if requested in FREE_TEXT_SLOTS and _LEADING_HEDGE.match(own) and _LEADING_HEDGE.sub("", own).strip():
        own = _LEADING_HEDGE.sub("", own)  # « je ne sais pas trop, l'accueil client… » was stored as it was (seventh user test)
    checked: FieldResult = validate_field(FIELD_VALIDATORS[requested], own, now.date())
    result.kind = checked.kind
    if checked.kind == CORRECTION:
        changes, texts = _contract_updates(dict(checked.updates), slots)
        result.updates.update(changes)
        # The form asks its question again if still needed (a derogation reason is not, once the contract lasts
        # 6 months): asking it here too said it twice.
        result.messages.append({"text": " ".join([checked.error or "", *texts]).strip()})
        return result
    if checked.kind == UNUSABLE and unsure and requested == "training_needs":
        checked = ok(msg.TRAINING_TO_DEFINE, msg.TRAINING_TO_DEFINE_NOTED)  # the path is built later anyway
        result.kind = checked.kind
    elif checked.kind == UNUSABLE and unsure and requested in msg.SUBMISSION_UNSURE:
        return _not_usable(result, requested, msg.SUBMISSION_UNSURE[requested], slots, whole_reply=True)
    if checked.kind == REFUSAL and requested in SKIPPABLE and (int(slots.get(ATTEMPTS_SLOT) or 0) >= 1 or requested == "contact_phone"):
        # A second « je ne l'ai pas » after the skip was offered: skipped, not asked a third time (ninth blind user test).
        # The phone at once: nothing to look up (« pas de tel, mail seulement svp » was asked again: tenth user test).
        return _skipped(result, requested, slots)
    if checked.kind in (QUESTION, PROTEST, REFUSAL, UNUSABLE):
        kept, _ = _details_in_passing(text, requested, slots, now)
        if kept:
            # « j'ai pas de mail, appelez-moi plutôt au 06 98 76 54 32 »: the phone was lost (tenth blind user test).
            result.updates.update(kept)
            noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=_display(f, v)) for f, v in kept.items())
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
        return _not_usable(result, requested, checked.error or "", slots, offer_skip=checked.kind == REFUSAL)
    value = checked.value
    if requested == "weekly_hours":
        verdict = evaluate({"weekly_hours": value})
        if verdict.verdict == "ineligible":
            rule = verdict.rules[0]
            result.kind = UNUSABLE
            attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
            if attempts >= 2:
                # Said twice: the job has fewer hours. « Le champ est nécessaire », with « annuler » alone, was a dead
                # end that did not say why (eighth blind user test).
                result.updates[ATTEMPTS_SLOT] = float(attempts)
                result.messages += [{"text": msg.RULE_BLOCKS_REQUEST.format(explanation=rule.explanation[:1].lower() + rule.explanation[1:]), "buttons": [CANCEL_BUTTON]}, msg.CONTACT_POINTER]
                return result
            reply = f"{rule.explanation} {msg.RULE_NOT_MET} {rule.alternative or ''}".strip()
            return _not_usable(result, requested, reply, slots, whole_reply=True)
    if checked.warning:
        result.messages.append({"text": checked.warning})
    if isinstance(value, dt.date):
        value = value.isoformat()
    if requested == "company_name" and isinstance(value, str):
        value = _SIRET_TAIL.sub("", value).strip(" ,;:-") or value  # « Logistique Atlantique SAS, SIRET 732… »
    if requested == "job_title" and isinstance(value, str):
        value, details = _job_details(value, slots, now)  # « chauffeur poids lourd, 2 personnes, 39h par semaine »
        result.updates.update(details)
        if details:
            noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=_display(f, v)) for f, v in details.items())
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
        # « apprenti boulanger », « documentaliste au CDI du lycée » are jobs: a contract « en CDI », « en intérim »…
        contract = extract_contract(text) if _NAMES_A_CONTRACT.search(plain) else None
        duration = extract_duration(text) if contract is not None else None
        new_length = contract == slots.get("contract_type") and duration is not None and duration.months is not None and (
            round(duration.months, 2) != slots.get("contract_duration"))
        if contract is not None and (contract != slots.get("contract_type") or new_length):
            # « préparateur de commandes en CDI intérimaire » after a CDD in temporary work: the job was kept and
            # the contract silently left as it was (tenth blind user test). The contract changes, and its verdict.
            found: dict[str, Any] = {"contract_type": contract}
            duration = extract_duration(text)
            if needs_duration(contract) and duration is not None and duration.months is not None:
                found["contract_duration"] = round(duration.months, 2)
            elif not needs_duration(contract):
                found["contract_duration"] = None
            changes, texts = _contract_updates(found, slots)
            result.updates.update(changes)
            result.messages.append({"text": " ".join([msg.CORRECTED_CONTRACT.format(label=contract_label({**slots, **changes})), *texts])})
    result.updates[requested] = value
    details, detail_notes = _details_in_passing(text, requested, slots, now)
    result.updates.update(details)
    notes = [*notes, *(n for n in detail_notes if n not in notes)]
    if passing or notes:
        # « Boulangerie Le Fournil, siret 412…, c'est une entreprise privée »: the type was asked again (sixth blind user test).
        result.updates.update(passing)
        noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=_display(f, v)) for f, v in passing.items())
        said = [msg.ALSO_NOTED.format(changes=noted)] if passing else []
        result.messages.append({"text": " ".join([*said, *notes])})
    if requested in (slots.get(MISSING_SLOT) or []):
        result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f not in result.updates]
    if slots.get(ATTEMPTS_SLOT):
        result.updates[ATTEMPTS_SLOT] = 0.0
    return result


#: Details given along with the answer asked, kept instead of being asked again: the contact's
#: e-mail and phone (« Sylvie Gaborit, sylvie@example.org, 06 12 34 56 78 »), the SIRET after the company's name.
_IN_PASSING: dict[str, tuple[str, ...]] = {
    "contact_name": ("contact_email", "contact_phone"),
    "contact_email": ("contact_phone",),
    "contact_phone": ("contact_email",),
    "company_name": ("siret",),
}
_HOURS = r"\d+(?:[.,]\d+)?\s*(?:h|heures?)\b"  # « 39h », « 35 heures »
#: Weekly hours said in a sentence (« 20h/semaine », « à temps plein », « mi-temps »).
_HOURS_SAID = re.compile(
    rf"{_HOURS}(?P<weekly>\s*(?:/|par)\s*(?:semaine|sem|hebdo)\w*)?|\b(?:temps (?:plein|complet)|plein temps)\b|\bmi[ -]?temps\b",
    re.IGNORECASE,
)
#: Words before « 48h » that make it a delay, not weekly hours (« une réponse sous 48h »).
_DELAY_BEFORE = re.compile(r"\b(?:sous|dans|ici|avant|apres|pendant|depuis)\s*$")
#: Before a time of day (« prise de poste à 7h », « horaires de 8h à 17h »).
_CLOCK_BEFORE = re.compile(r"\b(?:a|vers|de|des|jusqu a|horaires?|heure|rdv|rendez vous)\s*$")


def hours_said(text: str, now: dt.date | None = None) -> float | None:
    """The weekly hours a sentence about the project gives (under 24 included: the check says what they lead to)."""
    for match in _HOURS_SAID.finditer(text or ""):
        before = normalize(text[: match.start()])
        if _DELAY_BEFORE.search(before):
            continue
        figure = re.match(r"\d+(?:[.,]\d+)?", match.group(0))
        clock = figure is not None and (re.match(r"\s*(?:a|à|-)\s*\d{1,2}\s*h", text[match.end():]) or (
            _CLOCK_BEFORE.search(before) and float(figure.group(0).replace(",", ".")) < 15
        ))
        clock = clock or re.search(r"\d\s*h\s*(?:a|-)\s*$", before)  # the end of « de 8h à 17h »
        if clock and not match.group("weekly"):
            continue  # « de 8h à 17h », « à 7h », « rdv à 14h »: times of day (the first was 8 h a week: review)
        checked = validate_field("weekly_hours", match.group(0), now or dt.date.today())
        if checked.kind == VALUE and isinstance(checked.value, (int, float)):
            return float(checked.value)
    return None


#: Clauses after a job title that answer later questions: the number of positions, the weekly hours, the start.
_JOB_DETAILS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (« 1 seul, à 35h » at the positions question lost the hours: session's own check, 2026-12-01)
    ("positions", re.compile(r"^(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:postes?|personnes?|salaries?|recrutements?|seule?)\b")),
    ("weekly_hours", re.compile(rf"\b{_HOURS}|\b(?:temps plein|plein temps|temps partiel|mi temps)\b")),
    ("start_date", re.compile(rf"(?:^|\b(?:a partir|des le|des))\s*(?:embauche|debut|demarrage|a partir|des|pour|en|du|le)\b.*\b{alternation(FULL_MONTHS)}\b"
                              # a month alone, with its year (« ASH, 2 postes, 35h, juin 2027 » kept « juin 2027 » in the job)
                              rf"|^(?:debut |fin |mi )?{alternation(FULL_MONTHS)}(?: \d{{4}})?$")),
)


def _job_details(title: str, slots: dict[str, Any], now: dt.datetime) -> tuple[str, dict[str, Any]]:
    """The job title without its clauses that answer later questions (« plombier chauffagiste, 1 poste à 39h,
    embauche en février »), and those answers (only fields not answered yet)."""
    clauses = [c.strip() for c in re.split(r"\s*[,;]\s*", title)]
    if len(clauses) < 2:
        return title, {}
    kept, found = [clauses[0]], {}
    for clause in clauses[1:]:
        plain = normalize(clause)
        if _LOCATIVE.search(plain) and isinstance(extract_job_place(clause), Place):
            # « cariste, mais la mission est chez notre client à Montoir-de-Bretagne »: where the job is, even when
            # the check named another town (it went into the title: seventh blind user test).
            place = _recap_value("work_location", clause, now, slots)[0]
            if place is not None:
                found["work_location"] = place
                continue
        parts: dict[str, Any] = {}
        for field, pattern in _JOB_DETAILS:
            if not pattern.search(plain) or slots.get(field) or field in found:
                continue
            checked = validate_field(FIELD_VALIDATORS[field], _DETAIL_PIECE.get(field, lambda c: c)(clause), now.date())
            if checked.kind != VALUE or field == "weekly_hours" and evaluate({"weekly_hours": checked.value}).verdict == "ineligible":
                continue
            parts[field] = checked.value.isoformat() if isinstance(checked.value, dt.date) else checked.value
        if parts:
            found.update(parts)
        else:
            kept.append(clause)
    return (", ".join(kept), found) if found else (title, {})


#: The piece of a clause each field reads (« 1 poste à 39h »: « 1 poste » and « 39h »).
_DETAIL_PIECE: dict[str, Callable[[str], str]] = {
    "positions": lambda clause: re.split(r"\s+(?:a|à|de|en|pour)\s+", clause, maxsplit=1)[0],
    "weekly_hours": lambda clause: (m.group(0) if (m := re.search(_HOURS, clause, re.IGNORECASE)) else clause),
    # « 3 postes à 28h à partir du 15 avril »: the start only.
    "start_date": lambda clause: (m.group(0) if (m := re.search(r"\b(?:[àa] partir|d[èe]s)\b.*$", clause, re.IGNORECASE)) else clause),
}


def _in_sentence(label: str) -> str:
    """« type d'employeur » within a sentence; « SIRET » stays as it is."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


#: The questions whose answer often comes with the next ones (« Ville du Mans, SIRET 217…, employeur public, 3 postes »).
#: (The job title reads its own details: :func:`_job_details`.)
_LEADS_OTHERS = ("company_name", "siret", "employer_type", "work_location", "contact_name")
#: Questions whose answer is one clause among the job's details (:data:`_JOB_DETAILS`).
_DETAIL_FIELDS = ("positions", "weekly_hours", "start_date")


#: « besoin de formation en maçonnerie et lecture de plans »: the training needs, said as such.
_TRAINING_CLAUSE = re.compile(
    r"^(?:et\s+)?(?:(?:(?:on a |il y a )?(?:un |des )?besoins?)\s+(?:de |d['’ ]|en )?(?:formation\s+)?(?:en|sur|pour|:)?|formation\s+(?:en|sur|pour|:))"
    r"\s*(?P<needs>\S.{2,})$",
    re.IGNORECASE,
)


def _later_clauses(clauses: list[str], now: dt.datetime) -> dict[str, Any]:
    """The start (« on voudrait démarrer en sept 2027 ») and the training needs (« besoin de formation en… ») said in
    clauses after the answer asked: they were asked again (tenth blind user test)."""
    found: dict[str, Any] = {}
    for clause in clauses[1:]:
        plain = normalize(clause)
        training = _TRAINING_CLAUSE.match(clause.strip())
        if training and "training_needs" not in found:
            checked = validate_field("training_needs", training.group("needs"), now.date())
            if checked.kind == VALUE:
                found["training_needs"] = checked.value
        elif _START_WORDS.search(plain) and "start_date" not in found:
            value = _recap_value("start_date", clause, now)[0]
            if value is not None:
                found["start_date"] = value
    return found


def _answers_in_passing(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> tuple[str, dict[str, Any], list[str]]:
    """The part of ``text`` that answers ``requested``, the later questions its other parts answer (those not
    answered yet, each part naming or showing its field as at the recap), and why a value given so was not kept.

    The first part always answers the question asked; a part that names no field continues the one before
    (« Dupont et fils »), as in :func:`_several_corrections`.
    """
    if requested in _DETAIL_FIELDS and "," in text:
        # « apprenti cuisinier pr notre resto, 1 poste, 35h, debut en septembre » at the positions question: the
        # clause with the number of positions answers it, the others the later questions (they were lost: eighth
        # blind user test).
        clauses = [c.strip() for c in re.split(r"\s*[,;]\s*", text) if c.strip()]
        pattern = dict(_JOB_DETAILS)[requested]
        own = [c for c in clauses if pattern.search(normalize(c))]
        if len(own) == 1 and len(clauses) > 1:
            details = _job_details(f"-, {text}", {**slots, requested: None}, now)[1]
            details.update({k: v for k, v in _later_clauses(clauses, now).items() if k not in details})
            return own[0], {k: v for k, v in details.items() if k != requested and slots.get(k) is None}, []
    pieces = _CORRECTION_SEPARATOR.split(text)
    if requested not in _LEADS_OTHERS or len(pieces) < 3:
        return text, {}, []
    # (A part naming another field is not the answer asked, even when its value cannot be kept.)
    groups: list[list[str]] = [[pieces[0]]]
    fields: list[str | None] = [requested]
    for i in range(2, len(pieces), 2):
        part = pieces[i]
        field = _recap_field_of(part, normalize(part)) or _sniff_field(part, normalize(part))
        if field is None and validate_field("employer_type", part, now.date()).kind == VALUE:
            field = "employer_type"  # « 374 068 120 00020 et on est une SAS » (asked again: eighth blind user test)
        if field is None or field in fields or field not in FIELD_VALIDATORS or field == "derogation_justification":
            groups[-1] += [pieces[i - 1], part]
            continue
        groups.append([part])
        fields.append(field)
    found: dict[str, Any] = {}
    notes: list[str] = []
    for group, field in zip(groups[1:], fields[1:], strict=True):
        assert field is not None
        if slots.get(field) is not None:
            continue
        value, error = _recap_value(field, "".join(group), now, slots)
        if field == "weekly_hours" and value is not None and evaluate({"weekly_hours": value}).verdict == "ineligible":
            continue  # asked in turn, with the rule it does not meet
        if field in ("positions", "weekly_hours", "start_date", "job_title"):
            # « 3 postes d'agent d'entretien à 28h/semaine à partir du 15 avril »: several answers in one part.
            details = _job_details(f"-, {''.join(group)}", {**slots, **found}, now)[1]
            found.update({k: v for k, v in details.items() if slots.get(k) is None and k not in found})
            if details and value is None:
                continue
        if value is not None and field not in found:
            found[field] = value
        elif error:
            notes.append(msg.NOT_KEPT_IN_PASSING.format(label=FIELD_LABELS[field], error=error))  # opens a sentence
    return "".join(groups[0]), found, notes


_SIRET_TAIL = re.compile(r"[,;(]?\s*\b(?:n[°o]\s*)?siret\b.*$", re.IGNORECASE)


def _details_in_passing(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> tuple[dict[str, Any], list[str]]:
    """The :data:`_IN_PASSING` fields said along with the answer asked (only those not answered yet), and why one
    that is there could not be kept (a 9-digit phone was dropped without a word: seventh blind user test)."""
    present = {"contact_email": "@" in text, "contact_phone": len(re.findall(r"\d", text)) >= 9,
               "siret": len(re.findall(r"\d", text)) >= 14}
    found: dict[str, Any] = {}
    notes: list[str] = []
    for slot in _IN_PASSING.get(requested, ()):
        if present[slot] and not slots.get(slot):
            checked = validate_field(FIELD_VALIDATORS[slot], text, now.date())
            if checked.kind == VALUE:
                found[slot] = checked.value
            elif checked.kind == UNUSABLE and checked.error:
                notes.append(msg.NOT_KEPT_IN_PASSING.format(label=FIELD_LABELS[slot], error=checked.error))
    return found, notes


#: A message that opens by correcting something (« oups pardon… », « attendez en fait… »); not « plutôt »,
#: which opens a preference there (« plutôt par mail » at the phone question).
_OPENING_CORRECTIONS = (*(p for p in CORRECTION_PHRASES if p != "plutot"), *WAIT_WORDS)
_OPENS_WITH_CORRECTION = re.compile(rf"^(?:(?:ah|oh|mais|euh|zut|mince)\s+)*(?:non\s+)?{alternation(_OPENING_CORRECTIONS)}\b")
#: Fields whose new value can be read in a sentence (free-text fields are too easily misread).
_CORRECTABLE_IN_PASSING = frozenset(
    {"siret", "employer_type", "work_location", "positions", "weekly_hours", "start_date", "contact_email", "contact_phone"}
)


#: « 3 postes au lieu de 2 », « …, pas 2 »: a value replacing another, wherever it stands.
_REPLACES = re.compile(r"\bau lieu d\w*\b|\bpas (?:\d+|un|une|deux|trois|quatre|cinq)\b|\bet non\b")


def _earlier_field_corrected(text: str, plain: str, requested: str, slots: dict[str, Any]) -> str | None:
    """The field answered earlier that a message opening with a correction names (« oups pardon le mail
    c'est… » at the phone question), if it is not the field being asked."""
    if not _OPENS_WITH_CORRECTION.search(plain) and not _NOT_WHAT_I_WROTE.search(text):
        if not _REPLACES.search(plain):
            return None
        shown = _sniff_field(text, plain)  # « 3 postes au lieu de 2 »: only a value that shows its field (« au lieu »
        # names no place, « CACES au lieu de HACCP » is the training needs)
        usable = shown not in (None, requested, "work_location", "start_date") and shown in _CORRECTABLE_IN_PASSING and slots.get(shown) is not None
        return shown if usable else None
    named = _recap_field_of(text, plain)
    if named in FREE_TEXT_SLOTS and named != requested and slots.get(named):
        # « l'entreprise c'est Le Fournil d'Anjou, pas ce que j'ai écrit » at the job question; « attendez je me suis
        # trompée, le poste c'est aide à domicile » at the contact's name became the name (eleventh user test).
        return named
    # A place only when the field is named (« le lieu c'est Angers »): a reason or a job title may name one.
    other = named or _sniff_field(text, plain)
    if other is None and _counted_job(text, dt.datetime.now(dt.timezone.utc)) is not None:
        other = "positions"  # « euh non finalement c'est 3 vendeuses » at the training needs was stored as them (session's check)
    if other == requested or other not in _CORRECTABLE_IN_PASSING or slots.get(other) is None:
        return None
    if other == "work_location" and named != "work_location":
        return None
    return other


def corrects_sent_request(text: str) -> bool:
    """« mince j'ai oublié, l'email c'est plutôt …, vous pouvez corriger ? » once the request is sent:
    a correction of one of its fields, which only the Region's staff can now make."""
    plain = normalize(text or "")
    if _CHANGES_THE_COUNT.search(plain):
        return True  # « et si je veux rajouter un 6e poste ? » started a new check (tenth blind user test)
    changing = _RECAP_CHANGE.search(plain) or _OPENS_WITH_CORRECTION.search(plain) or re.search(r"\boubli\w*", plain)
    return bool(changing) and (_recap_field_of(text, plain) or _sniff_field(text, plain)) is not None


#: Adding or removing positions (a change of the request sent, not a new project).
_CHANGES_THE_COUNT = re.compile(
    r"\b(?:r?ajout\w*|enlev\w*|retir\w*|supprim\w*)\s+(?:(?:un|une|le|la|des|deux|trois|\d+\w*)\s+){1,2}(?:(?:autre|nouveau|de plus)\s+)?"
    r"(?:postes?|personnes?|salaries?|candidats?|embauches?)\b"
)
#: Another request, once one is sent (« je peux en refaire une pour un autre site ? », « nouvelle demande »).
_NEW_REQUEST = re.compile(
    r"\b(?:nouvelle|autre|deuxieme|seconde|2e|2eme|2nde)\s+(?:demande|intention|dossier|recrutement|projet)\b|"
    r"\ben (?:refaire|faire|deposer|preparer|remplir|envoyer) une(?: autre| deuxieme| nouvelle)?\b|\brefaire une (?:autre )?demande\b|"
    r"\baussi (?:faire|deposer|preparer|remplir|envoyer) une demande\b|"
    # « je refais une demande pour notre antenne de Sablé » (thirteenth blind user test); not « je ferai une autre demande »
    r"\brefai[st]\w* une (?:autre |nouvelle )?demande\b"
)
#: Once a request is sent, another one said in passing (« et pour un autre poste ? », « je préfère la faire avec vous
#: comme tout à l'heure », « la même chose pour un cuisinier dans notre 2e hôtel »: thirteenth and fourteenth blind
#: user tests). During a request, « pour notre autre site à Angers » is where this job is (review).
_ANOTHER_ONE = re.compile(
    r"\bpour (?:un|une|notre|nos|mon|ma) (?:autre|deuxieme|2e|2eme|second|seconde|nouveau|nouvel|nouvelle) "
    r"(?:poste|site|etablissement|antenne|agence|magasin|restaurant|resto|hotel|atelier|usine|depot|boutique|embauche|recrutement|"
    r"salarie|personne|client|chantier|camping|ehpad|ecole|creche|boulangerie|garage|metier)s?\b|"
    r"\bdans (?:notre|nos|mon|ma) (?:autre|deuxieme|2e|2eme|second|seconde) \w+|"
    # « et pour un 2e chauffeur sur notre agence de… ? », « maintenant la demande pour l'apprenti » (fifteenth user test)
    r"\bpour (?:un|une) (?:2e|2eme|deuxieme|second|seconde|autre) \w+|\b(?:maintenant|ensuite|puis) (?:la|une) (?:autre )?demande pour\b|"
    r"\b(?:la|une demande|en) faire (?:ici|avec vous)\b|\bfaire la demande (?:ici|avec vous)\b|\bla meme chose pour\b|"
    r"\b(?:on|nous) (?:aurait|aurions|voudrait|voudrions|a|avons) aussi (?:besoin d )?(?:un|une|deux|trois|quatre|cinq|\d+) \w+"
)


#: A contract named as such, anywhere in a recap message.
_CONTRACT_WORD = re.compile(rf"\b(?:{CONTRACT_NOUNS}\w*|saisonnier\w*|mission)\b")
#: « … plutôt qu'un contrat de pro », « au lieu d'un CDD », « et non un CDI »: the contract not wanted.
_REJECTED_CONTRACT = re.compile(
    r"\s*,?\s*\b(?:plut[oô]t\s+qu['’e]\s*|au\s+lieu\s+d['’e]\s*|et\s+non\s+(?:pas\s+)?|pas\s+)(?:un\s+|une\s+|d['’]un\s+|d['’]une\s+|le\s+|la\s+|l['’])?"
    r"(?:contrat\w*(?:\s+(?:de\s+)?(?:pro|professionnalisation|d['’]apprentissage|apprentissage))?|cdi\w*|cdd|apprenti\w*|alternance|int[ée]rim\w*|mission)"
    r"(?:\s+(?:de\s+)?\d+\s*(?:mois|ans?))?",
    re.IGNORECASE,
)


def _last_duration_said(text: str) -> str:
    """The part of ``text`` that holds its last length (« le contrat 12 mois c'est ok mais mettez 18 mois »: 18, not 12:
    fifteenth blind user test)."""
    found = list(re.finditer(r"\d+(?:[.,]\d+)?\s*(?:mois|ans?|semaines?)\b", text, re.IGNORECASE))
    return text[found[-1].start():] if len(found) > 1 else text


#: « montre-moi le récap », « récapitulatif »: the recap shown again.
_SHOW_RECAP = re.compile(
    r"^(?:(?:tu peux|vous pouvez|pouvez vous|peux tu|je peux)\s+)?(?:me\s+)?(?:re)?(?:montre\w*|affiche\w*|voir|revoir|redonne\w*|relire)"
    r"(?:\s+moi|\s+nous)?\s+(?:le |la |mon |ma |a nouveau |encore )*(?:recap\w*|resume|demande)\b|^(?:le )?recap\w*\s*\??$"
)


def _says(pattern: re.Pattern[str], text: str | None) -> bool:
    """``pattern`` found in the normalised text (the after-sending and recap readings below)."""
    return pattern.search(normalize(text or "")) is not None


def asks_another_request(text: str) -> bool:
    """Once a request is sent: :func:`asks_new_request`, or another one said in passing (:data:`_ANOTHER_ONE`)."""
    return asks_new_request(text) or _says(_ANOTHER_ONE, text)


def asks_new_request(text: str) -> bool:
    """Another request once one is sent: its project is checked first (it kept the first one's contract). Not one for
    later (« le mécanicien, je ferai une autre demande » at the recap was « Terminons d'abord cette demande »)."""
    return _says(_NEW_REQUEST, text) and not _says(_LATER, text)


_LATER = re.compile(r"\b(?:je|on|nous) (?:ferai|fera|ferons|referai|refera|referons|verrai|verra|verrons)\b|\bplus tard\b")


#: Confirming again once the request is sent (« confirmer » got the FAQ on confirming a hiring intent).
_CONFIRMS_AGAIN = re.compile(
    r"^(?:je )?(?:confirme[rz]?|valide[rz]?|envoye[rz]?|envoie|j envoie|on envoie|c est bon)(?: la demande| ma demande)?(?: et envoyer)?$"
)


def confirms_again(text: str) -> bool:
    """« confirmer » typed once the request is sent (tenth blind user test)."""
    return _says(_CONFIRMS_AGAIN, text)


_WHAT_NEXT = re.compile(
    r"\b(?:et maintenant|et apres|et ensuite|la suite|prochaines? etapes?|il se passe quoi|que se passe t il|qu est ce qui se passe|"
    r"on fait quoi|je fais quoi|que dois je faire|quand (?:aurai je|aurais je|vais je avoir|est ce que j aurai) (?:une |la )?reponse|"
    # (the response time: _RESPONSE_TIME) « je peux suivre ma demande où ? » got the contact form's answer, then a new check (tenth blind user test)
    r"suivre (?:ma|la|notre) demande|suivi de (?:ma|la|notre) demande|ou en est (?:ma|la|notre) demande)\b"
)
#: How long until the Region answers the request (it got the training's set-up delay: ninth blind user test).
_RESPONSE_TIME = re.compile(
    # « c'est quand la réponse ? », « c quand qu'on a la réponse », « ils répondent en combien de temps ? » got « Je vous
    # écoute » or the training's set-up time (fourteenth blind user test)
    r"\b(?:c est|c|cest) quand (?:qu on a |qu on aura |que j aurai |qu ils donnent |)(?:la|une|leur|votre) reponse\b|"
    r"\b(?:ils|vous|la region|on) (?:repond\w*|me repond\w*|nous repond\w*|donne\w* (?:une |la |leur )?reponse) (?:en|sous|dans) (?:combien|quel)\b|"
    r"\bquand (?:est ce qu )?(?:ils|vous|la region) (?:repond\w*|me repond\w*|nous repond\w*)\b|\bdelai de reponse\b|"
    r"\b(?:combien de temps|quel delai|delai) (?:avant|pour) (?:d )?(?:avoir|recevoir|obtenir) (?:une |la |leur )?reponse\b|"
    r"\breponse (?:sous|dans|en) combien de temps\b|\b(?:quand|sous quel delai) (?:aurons|aurai|aura|aurez) (?:nous |je |on )?(?:une |la |votre )?reponse\b"
)


def asks_response_time(text: str) -> bool:
    """« combien de temps avant d'avoir une réponse ? » about the request, not about the training."""
    return _says(_RESPONSE_TIME, text)


def asks_what_next(text: str) -> bool:
    """« et maintenant il se passe quoi ? » once the request is sent (it got the set-up delay: sixth blind user test)."""
    return _says(_WHAT_NEXT, text) or asks_response_time(text)


_CONFIRMATION = re.compile(
    r"\b(?:confirmation|accuse de reception|accuse reception)\b|"
    r"\b(?:recevoir|recevrai|recevrais|recevrons|recoit|recoi[st]|recevez|aurai|aurais|aura|aurons|aurez|avoir|(?:m|nous) (?:envoyez|envoie|enverrez|enverra)) "
    r"(?:\w+ ){0,2}(?:mail|e mail|email|courriel|copie|recapitulatif)\b"
)
_ASKED = re.compile(r"^(?:est ce|je vais|vais je|on va|va t on|je recois|on recoit|vous|y aura|aurai je|recevrai je|et)\b")


def asks_confirmation(text: str) -> bool:
    """« je recevrai une confirmation par mail ? » (not understood: seventh blind user test). A question only:
    « je confirme » or « confirmation » alone at the recap are not asking."""
    said = normalize(text or "")
    return bool(_CONFIRMATION.search(said)) and ("?" in (text or "") or bool(_ASKED.search(said)))


_WITHDRAW = re.compile(r"\b(?:annul\w*|retir\w*|abandonn\w*|supprim\w*|plus besoin|trouve quelqu un|on laisse tomber)\b")


def asks_to_withdraw(text: str) -> bool:
    """« finalement on annule, on a trouvé quelqu'un en interne » once the request is sent (it got « nothing to
    cancel », twice: eighth blind user test)."""
    return bool(_WITHDRAW.search(normalize(text or "")))


def sent_reply(reference: str, created: bool) -> str:
    """The reply to a stored request: its reference, and the confirmation e-mail when one is sent."""
    if not created:
        return msg.ALREADY_SUBMITTED.format(reference=reference)
    return " ".join([msg.SUBMITTED.format(reference=reference), *([msg.CONFIRMATION_ON_ITS_WAY] if settings.sends_mail() else [])])


def confirmation_reply(reference: str | None) -> str:
    """Whether a confirmation e-mail is sent (only when the deployment sends e-mail), and the reference that confirms."""
    mail = settings.sends_mail()
    if reference:
        return (msg.CONFIRMATION_MAILED if mail else msg.CONFIRMATION_BY_REFERENCE).format(reference=reference)
    return msg.CONFIRMATION_WILL_BE_MAILED if mail else msg.CONFIRMATION_WILL_BE_A_REFERENCE


def _display(slot: str, value: Any) -> str:
    if value is None and slot in SKIPPABLE:
        return msg.TO_BE_COMPLETED
    field = FIELD_VALIDATORS.get(slot) or slot
    if slot == "start_date" and isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return format_value(field, value)


def recap(slots: dict[str, Any]) -> Message:
    """The recap the employer confirms, with one button per field to correct it."""
    lines = [msg.RECAP_TITLE, msg.RECAP_LINE.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label(slots))]
    if slots.get("candidate_status") in CANDIDATE_LABELS:
        # Staff saw only the rules applied (seventh blind user test); the check's answer, as the check said it.
        lines.append(msg.RECAP_LINE.format(label=msg.RECAP_CANDIDATE_LABEL, value=CANDIDATE_LABELS[slots["candidate_status"]]))
    skipped = set(slots.get(MISSING_SLOT) or ())
    shown = [s for s in FIELD_VALIDATORS if s != CONSENT_SLOT and (s in required_slots(slots) or s in skipped)]
    lines += [msg.RECAP_LINE.format(label=FIELD_LABELS[s], value=_display(s, slots.get(s))) for s in shown]
    lines.append(msg.RECAP_CONFIRM)
    buttons: list[Button] = [msg.CONFIRM_BUTTON]
    # The contract first, as in the recap (understand_recap reads this button like « le contrat n'est pas bon »).
    labels = [("contract_type", msg.RECAP_CONTRACT_LABEL), *((s, FIELD_LABELS[s]) for s in shown)]
    buttons += [{"title": msg.CORRECT_BUTTON_TITLE.format(label=label), "payload": f'/correct_field{{"field": "{s}"}}'} for s, label in labels]
    return {"text": "\n".join(lines), "buttons": buttons}


def field_to_correct(text: str, entity_value: str | None) -> str | None:
    """Which field the employer wants to change (from a button or free text)."""
    if entity_value in FIELD_LABELS:
        return entity_value
    if entity_value == "contract_type":
        return None  # the contract is corrected at the recap only (« Modifier : Contrat »), never read as « contact »
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
    """The flat record :class:`bot.submission.store.SubmissionStore` stores."""
    location = slots.get("work_location") or {}
    derogation = slots.get("eligibility") == "derogation"
    return {
        "eligibility_verdict": slots.get("eligibility"),
        "eligibility_reasons": list(slots.get("eligibility_reasons") or []),
        "candidate_status": slots.get("candidate_status"),
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
        "missing_fields": [f for f in (slots.get(MISSING_SLOT) or []) if f in SKIPPABLE and slots.get(f) is None],
    }


# ---------------------------------------------------------------- recap in words

RECAP_CONFIRM = "confirm"
RECAP_CORRECT = "correct"
RECAP_QUESTION = "question"
RECAP_CANCEL = "cancel"
RECAP_UNCLEAR = "unclear"


@dataclass
class RecapUnderstanding:
    """What the employer typed at the recap.

    ``kind``: confirm (send), correct (``field`` to change, ``None`` when not
    said; ``updates`` holds the new value when one was given, else ask the
    field again), question (answer it, then show the recap again), cancel (ask
    for confirmation before erasing anything) or unclear (erase nothing).
    """

    kind: str
    field: str | None = None
    updates: dict[str, Any] = dataclasses.field(default_factory=dict)
    messages: list[Message] = dataclasses.field(default_factory=list)


#: Words around a date that say nothing else (« et c'est plutôt pour octobre 2027 »).
_DATE_FRAME = frozenset(
    "et c est plutot pour ce sera serait en fait finalement non mais le la l au aux a vers plus tot tard on dit disons alors donc "
    "du coup ah bon ok oui 1er premier courant mi fin".split()
)
#: « on reste sur… », « on garde… », « comme au début »: the earlier value is kept, nothing is cancelled.
_STAYS = re.compile(r"\b(?:on reste|restons|on garde|gardons|comme au debut|comme avant|comme prevu)\b")
_RECAP_CANCEL = re.compile(r"\b(?:annul\w*|laisse tomber|laissez tomber|abandon\w*|on arrete|j arrete|stop)\b")
_RECAP_CONFIRM = re.compile(
    r"\b(?:oui|ouais|ok|okay|go|yes|parfait|nickel|impeccable|top|super|valide|validee|valider|confirm\w*|envoy\w*|envoie\w*|affirm|"
    r"c est bon|c bon|tout est bon|c est tout bon|tout bon|correct|exact|ca me va|d accord|dac|bon pour moi|c est ok|transmet\w*|"
    r"c est parti|allez y|vas y|on y va|banco)\b"
)
#: « rien à corriger », « non c'est bon tout est juste »: nothing to change, whatever « non » or « corriger » says…
_RECAP_NOTHING_TO_CHANGE = re.compile(
    r"\b(?:rien (?:a |de )?(?:corriger|changer|modifier|rectifier)|(?:aucune?|pas de) (?:correction|modification|changement|erreur)s?|"
    r"pas besoin de (?:corriger|changer|modifier|rectifier)|tout est (?:bon|juste|correct|exact|ok)|"
    r"c est (?:bon|correct|exact|ok|tout bon)|c bon)\b"
)
#: …unless a field follows (« tout est bon mais le tel c'est le 06… »; « sauf » is in _RECAP_CHANGE).
_RECAP_EXCEPT = re.compile(r"\bmais (?:le|la|l|les|il|pour)\b")
_RECAP_CHANGE = re.compile(
    r"\b(?:faux|fausse|erreur|errone\w*|pas bon|pas bonne|pas correct\w*|pas juste|incorrect\w*|incomplet\w*|inexact\w*|"
    r"modifi\w*|chang\w*|corrig\w*|rectifi\w*|trompe\w*|en fait|plutot|finalement|mauvais\w*|pas le bon|pas la bonne|"
    r"n est pas|c est pas|au lieu|pas \d+|sauf|excepte|hormis)\b|^non\b"
)
_RECAP_QUESTION = re.compile(
    r"^(?:et |mais |alors )*(?:c est quoi|qu est ce|quoi|pourquoi|comment|combien|quel\w*|qui|quand|ou |est ce|"
    r"ca veut dire|a quoi|et apres|et ensuite|la suite)\b"
)
#: Words naming each field at the recap, longest first when searched.
_RECAP_ALIASES: dict[str, str] = {
    "nom de l entreprise": "company_name", "nom de la societe": "company_name", "raison sociale": "company_name",
    "nom de la boite": "company_name", "nom de la structure": "company_name", "nom de l asso": "company_name",
    "nom de l association": "company_name",
    "entreprise": "company_name", "societe": "company_name", "structure": "company_name",
    "siret": "siret", "siren": "siret",
    "type d employeur": "employer_type", "employeur": "employer_type",
    "lieu": "work_location", "commune": "work_location", "ville": "work_location", "adresse du poste": "work_location",
    "intitule": "job_title", "poste": "job_title", "metier": "job_title",
    "nombre de postes": "positions", "postes": "positions",
    "heures": "weekly_hours", "horaire": "weekly_hours", "duree hebdomadaire": "weekly_hours", "hebdo": "weekly_hours",
    "date": "start_date", "demarrage": "start_date", "embauche": "start_date",
    "formation": "training_needs", "besoins": "training_needs", "besoin": "training_needs",
    "derogation": "derogation_justification", "motif": "derogation_justification", "justification": "derogation_justification",
    "nom de contact": "contact_name", "nom du contact": "contact_name", "contact": "contact_name", "nom": "contact_name",
    "mail": "contact_email", "email": "contact_email", "e mail": "contact_email", "courriel": "contact_email",
    "telephone": "contact_phone", "tel": "contact_phone", "portable": "contact_phone", "numero": "contact_phone",
    "contrat": "contract_type", "duree": "contract_type", "cdd": "contract_type", "cdi": "contract_type",
}
_NEGATED_TAIL = re.compile(
    r"\b(?:pas(?: du tout)?|et non|au lieu de|au lieu d)\s+(?:de |d |l |le |la |un |une )?[\w.,@]+(?:\s+(?:postes?|heures?|h|mois))?"
    r"|\bau lieu d['’]\s*[\w.,@]+",  # « 2 jeunes au lieu d'1 » (fourteenth blind user test)
    re.IGNORECASE,
)
#: The value after the last « c'est / plutôt / sera / : » (« c'est juste le nom, c'est Dupont SA » → « Dupont SA »).
_NEW_VALUE = re.compile(
    r"^.*?(?:s['’ ]appelle(?: maintenant)?|nous nous appelons|se nomme)\s+(?:maintenant\s+)?(.+)$"
    r"|^.*(?:c['’ ]?est(?: plut[oô]t)?|\bc\b|plut[oô]t|sera|serait|devient|:|=)\s+(?:(?:juste|seulement|simplement|uniquement)\s+)?(.+)$",
    re.IGNORECASE,
)
#: « mettez Interim'Pro Saumur comme entreprise »: the value, then the field it is for.
_PUT_AS = re.compile(
    # « pr les besoins mettez hygiène HACCP » (fifteenth blind user test)
    r"^(?:pour|pr)\s+(?:les\s+|le\s+|l['’ ])?(?:besoins?|poste|intitul\w*|contact|motif)(?:\s+de\s+formation)?\s*,?\s*(?:mett\w*|indiqu\w*|not\w*)\s+(.+)$|"
    r"^(?:(?:merci de|pouvez[- ]vous|vous pouvez)\s+)?(?:mett\w*|indiqu\w*|not\w*|[ée]cri\w*)\s+(?:plut[oô]t\s+)?(.+?)\s+"
    r"(?:comme|en|pour)\s+(?:nom\s+(?:de\s+l['’ ]?|d['’ ]?)?)?(?:l['’ ]?|le\s+|la\s+)?(?:entreprise|soci[ée]t[ée]|structure|contact|poste|interlocut\w*)\s*[.!]?$",
    re.IGNORECASE,
)
#: What a field is called (its label and the words of :data:`_FIELD_WORDS`), never its value.
_FIELD_NAMES: dict[str, frozenset[str]] = {
    slot: frozenset({normalize(FIELD_LABELS[slot]), *_FIELD_WORDS.get(slot, ())}) for slot in FIELD_LABELS
}
#: A free-text value's trailing clause that says what it is not (« vendeur en boulangerie, pas Jean Martin »).
_NEGATED_CLAUSE = re.compile(r"\s*[,;]\s*(?:mais\s+)?(?:pas|et non|au lieu d\w*|plut[oô]t que)\b.*$", re.IGNORECASE)
#: « … pas ce que j'ai écrit », « … et non ce que j'avais mis »: not part of the new value (it was: tenth blind user test).
_NOT_WHAT_I_WROTE = re.compile(
    r"[\s,;]*(?:et\s+)?(?:pas|non)\s+ce\s+qu(?:e\s+|['’]\s*|\s+)(?:j['’ ]?\s*(?:ai|avais)|je vous ai|on\s+(?:a|avait))\s+"
    r"(?:ecrit|écrit|mis|dit|tape|tapé|donne|donné|indique|indiqué|rempli|marque|marqué)\b.*$",
    re.IGNORECASE,
)
#: Who the new contact is to the employer, before the name (« mon fils Kevin Moreau »).
_RELATION = re.compile(r"^(?:mon|ma|notre)\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s+(?=[A-ZÀ-Ý])")
FREE_TEXT_SLOTS = frozenset({"company_name", "job_title", "training_needs", "derogation_justification", "contact_name"})
#: Free-text fields whose value may hold a contract word (« Interim'Pro », « Alternance Conseil »): all but the job,
#: which may name its contract (« commis de cuisine en apprentissage »).
_NAMED_VALUES = FREE_TEXT_SLOTS - {"job_title"}
_APPRAISAL = re.compile(r"\b(?:faux|fausse|erreur|errone\w*|pas bon\w*|incorrect\w*|incomplet\w*|inexact\w*|mauvais\w*|a changer)\b")


_INSTEAD_OF = re.compile(r"\bau lieu d\w*\b")


def _recap_field(plain: str) -> str | None:
    if employer_adjective(plain) and not re.search(r"\bnom\b", plain):
        return "employer_type"  # « c une entreprise privée » is the employer type, not the company name
    if re.search(r"\b(?:\d+|un|une|deux|trois|quatre|cinq)(?: seule?s?)? postes?\b", plain) and not re.search(r"\bposte d", plain):
        return "positions"  # « en fait on veut 1 poste pas 2 » is the number of positions, not the job title
    if _COUNT_NOT_COUNT.search(plain):
        return "positions"  # « on recrute 3 agents pas 1 », « un seul mécano pas 2 »
    padded = " " + _INSTEAD_OF.sub(" ", plain) + " "  # « 2 jeunes au lieu d'1 » is no place (fourteenth user test)
    for alias in sorted(_RECAP_ALIASES, key=len, reverse=True):
        if f" {alias} " in padded:
            return _RECAP_ALIASES[alias]
    return None


#: A count of two or more said in figures or words (« 3 », « trois »).
_COUNT_WORD = r"(?:\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)"
_COUNT = rf"(?:{_COUNT_WORD}|un|une|un seul|une seule)"
_COUNT_NOT_COUNT = re.compile(rf"\b{_COUNT}\s+(?!{MEASURE_UNIT})\w+\s+(?:pas|et non|au lieu de|au lieu d)\s+{_COUNT}\b(?!\s+{MEASURE_UNIT})")
#: A month, alone or with a year or a day (« plutôt pour octobre 2027 »): the start date.
_MONTH_MENTION = re.compile(rf"\b{alternation(FULL_MONTHS)}\b(?:\s+\d{{4}})?|\b\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\b")

#: Words that make a statement about the candidate uncertain or past.
_HEDGED = re.compile(
    r"\b(?:pas|plus|jamais|sur|surement|devrait|devrait etre|etait|avait|peut etre|crois|pense|normalement|mais|si|soit|aurait|serait)\b"
)
#: The candidate's situation, which the recap does not show: the check decides on it.
_ABOUT_THE_CANDIDATE = re.compile(r"\b(?:candidat|candidate|candidats|inscrite?|france travail|pole emploi|demandeu\w+ d emploi)\b")


def _recap_field_of(text: str, plain: str) -> str | None:
    """:func:`_recap_field`, where the value itself tells the field better than a word of the sentence:
    an address (« le mail c'est plutôt contact@… », whose « contact » names another field) or a place
    (« le poste sera à Tours, pas au Mans »: the work location, not the job title)."""
    if "@" in text:
        return "contact_email"
    if _COMPANY_CUE.search(plain):
        return "company_name"  # « on s'appelle Sarthe Recyclage », « le resto c'est SARL Le Relais » (fifteenth user test)
    slot = _recap_field(plain)
    if re.search(r"\bnom\b", plain) and slot in ("work_location", "employer_type"):
        slot = "contact_name"  # « corrigez le nom : Commune de Machecoul » is a name, not the place (fifteenth user test)
    if slot == "contact_name" and not re.search(r"\b(?:contact\w*|personne|interlocut\w*|prenom|responsable|gerante?|referente?)\b", plain):
        # « le nom du magasin c'est Proxi Mamers Centre », « le nom c Le Bistrot du Château » changed the contact
        # (fourteenth blind user test): « nom » alone is the company's unless the value is a person's name.
        of_something = re.search(r"\bnom (?:du|de la|de l|des|de notre|de ma|de mon) ", plain)
        value = _NEW_VALUE.search(text)
        named = _group(value).strip(" :") if value else ""
        if of_something or named and not _LOOKS_LIKE_A_PERSON.match(named):
            return "company_name"
    if slot == "job_title" and _LOCATIVE.search(plain) and isinstance(extract_place(text), (Place, AmbiguousPlace)):
        return "work_location"  # « le poste sera à Tours », not « le poste c'est maçon » (Mâcon)
    return slot


def _group(match: re.Match[str]) -> str:
    """The one group of ``match`` that matched (patterns with alternatives)."""
    return next((g for g in match.groups() if g), "")


#: « on s'appelle X », « le salon c'est X », « mon resto s'appelle X »: the company's name.
_COMPANY_CUE = re.compile(
    r"\b(?:on s appelle|nous nous appelons|s appelle maintenant|(?:le|la|l|mon|ma|notre) (?:resto|restaurant|salon|magasin|boutique|cabinet|"
    r"boite|societe|entreprise|garage|camping|hotel|commerce|structure|asso|association|ferme|exploitation|earl|gaec|sarl|sas)"
    r" (?:c est|c|s appelle|se nomme|:))"
)
#: « Paul Girard », « Marie-Anne Le Goff »: two or three capitalised words, no article, legal form or business word.
_LOOKS_LIKE_A_PERSON = re.compile(
    r"^(?:(?:M\.|Mme|Mr|Monsieur|Madame)\s+)?(?!(?:Le|La|Les|L['’]|Au|Aux|Chez|Ets|SARL|SAS|EURL|SA|EARL|GAEC|SCEA|Commune|Mairie|Ville|Association|Asso|Entreprise|Soci[ée]t[ée]|Garage|Boulangerie|Restaurant|H[ôo]tel|Camping|Cabinet|Groupe|Transports?|Menuiserie|Maison)\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+(?:de\s+|du\s+|le\s+|la\s+)?[A-ZÀ-Ý][\wà-ÿ'-]+){1,2}\s*[.!]?$"
)
#: A contract said after the job (« commis de cuisine en apprentissage », « soudeur en CDI »).
_CONTRACT_PHRASE = re.compile(
    r"\s*,?\s*\b(?:en|au|sous|avec un|avec une|par un|par une|un|une)?\s*"
    r"(?:contrat d['’ ]?apprentissage|contrat de professionnalisation|contrat pro|apprentissage|alternance|cdi|cdd|int[ée]rim)\b.*$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(r"\b(?:a|au|aux|en|dans|sur|vers|pres de|pres du)\s+\w")


def _sniff_field(text: str, plain: str) -> str | None:
    """The field a bare new value belongs to (« s.gaborit@example.org », « c'est à Laval »)."""
    if "@" in text:
        return "contact_email"
    digits = [re.sub(r"[^0-9]", "", m) for m in re.findall(r"\+?[0-9][0-9 .\-]{7,}[0-9]", text)]
    if any(len(d) == 14 for d in digits):
        return "siret"
    if any(len(d) in (10, 11) for d in digits):
        return "contact_phone"
    if re.search(r"\b\d{1,2}\s*(?:h|heures?)\b", plain):
        return "weekly_hours"
    if re.search(r"\b\d+\s+postes?\b", plain):
        return "positions"
    place = extract_place(text)
    if isinstance(place, Place) or isinstance(place, AmbiguousPlace) and _LOCATIVE.search(plain):
        return "work_location"  # « c'est à Avrillé » (a name of two departments): the place, asked which
    if _MONTH_MENTION.search(plain):
        return "start_date"
    return None


#: « … sera dans notre autre resto à Tours », « le poste est à Tours »: where the job is, not what it is.
_PLACE_OF_THE_JOB = re.compile(r"\bposte (?:sera|est|serait|se trouve|se situe|se fera|c est)\s+(?:situe\s+|base\s+)?(?:dans|a|au|aux|en|sur|vers)\b")
#: « aide-soignant tout court », « Dupont SA c'est tout »: not part of the value.
_JUST_THAT = re.compile(r"\s+(?:tout court|c['’ ]?est tout|voil[aà]|simplement|seulement)\s*[.!]*\s*$", re.IGNORECASE)
#: « Interim53 SAS pas Interim 53 Laval »: what follows « pas » when it repeats the old value.
_NOT_THE_OLD = re.compile(r"\s+(?:et\s+)?(?:pas|non pas|et non|au lieu de|au lieu d)\s+(?P<old>.+)$", re.IGNORECASE)


def _without_old_value(text: str, old: Any) -> str:
    """The correction without « pas <the old value> » (one of its words of 3 letters or more is enough)."""
    found = _NOT_THE_OLD.search(text)
    if not found or not isinstance(old, str):
        return text
    old_words = {w for w in normalize(old).split() if len(w) >= 3}
    return text[: found.start()] if old_words & set(normalize(found.group("old")).split()) else text


def _recap_value(slot: str, text: str, now: dt.datetime, slots: dict[str, Any] | None = None) -> tuple[Any, str | None]:
    """(new value or None, French error) for ``slot`` from a correction sentence."""
    if slot in FREE_TEXT_SLOTS:
        text = _JUST_THAT.sub("", _without_old_value(text, (slots or {}).get(slot)))
    kept = _NEGATED_TAIL.sub(" ", _NEGATED_CLAUSE.sub("", _NOT_WHAT_I_WROTE.sub("", text)) if slot in FREE_TEXT_SLOTS else text)
    if slot == "work_location" and (nearby := _same_department(kept, slots or {})) is not None:
        return nearby, None  # « c'est à Avrillé, pas Angers »: the Avrillé of Angers's department
    if slot == "contact_name" and (person := _person_named(text, slots or {})):
        said = _NEW_VALUE.search(kept)
        if said is None or not _PERSON_NAME.search(_group(said)):
            kept = f"c'est {person}"  # « contact Pascal Moreau, portable 06… », « c'est elle le contact » (fifteenth user test)
    if slot in FREE_TEXT_SLOTS:
        match = _PUT_AS.search(kept) or _NEW_VALUE.search(kept)
        if not match or _APPRAISAL.search(normalize(_group(match))):
            return None, None
        kept = _group(match).strip(" :;,=-–—")  # « … c'est : lecture de plans »
        if normalize(kept) in _FIELD_NAMES.get(slot, ()):
            return None, None  # « Modifier : Entreprise » typed: the field to correct, not its value (thirteenth user test)
        if slot == "contact_name":
            kept = _RELATION.sub("", kept)  # « plutôt mon fils Kevin Moreau »
    per_other = re.search(r"(?:\bpar|/)\s*(?:jour|j|mois)\b|quotidien|mensuel", normalize(kept))
    if slot == "weekly_hours" and not per_other and len(hours := re.findall(_HOURS, kept, re.IGNORECASE)) == 1:
        kept = hours[0]  # « on passe à 30h à partir du 4 mai » was « plusieurs durées »
    checked = validate_field(FIELD_VALIDATORS[slot], kept, now.date())
    if checked.kind == VALUE and slot == "weekly_hours" and (verdict := evaluate({"weekly_hours": checked.value})).verdict == "ineligible":
        # « finalement 20h » at the recap was kept, and a project the rules refuse was sent (session's own check).
        rule = verdict.rules[0]
        return None, f"{rule.explanation} {msg.RULE_NOT_MET} {rule.alternative or ''}".strip()
    if checked.kind == VALUE:
        value = checked.value.isoformat() if isinstance(checked.value, dt.date) else checked.value
        return value, None
    attempted = bool(re.search(r"[0-9@]", kept)) or slot in FREE_TEXT_SLOTS or slot == "work_location" and extract_place(kept) is not None
    return None, (checked.error if attempted and checked.kind == UNUSABLE else None)


def _plain_value(slot: str, text: str, now: dt.datetime) -> Any:
    """The value of ``text`` said alone (« cariste »), as the form's question reads it; None if unusable."""
    checked = validate_field(FIELD_VALIDATORS[slot], text.strip(), now.date())
    return checked.value if checked.kind == VALUE else None


def _same_department(text: str, slots: dict[str, Any]) -> dict[str, Any] | None:
    """A commune name several departments share, read as the one in the department of the current work location."""
    place = extract_place(text)
    current = (slots.get("work_location") or {}).get("department") if isinstance(slots.get("work_location"), dict) else None
    if not isinstance(place, AmbiguousPlace) or current is None:
        return None
    options = [o for o in place.options if o.department == current and o.commune and o.in_region]
    if len(options) != 1:
        return None
    return {"commune": options[0].commune, "postal_code": options[0].postal_code, "department": options[0].department}


def _strip_nothing(plain: str) -> str:
    """The message without its « nothing to change » phrases nor a leading « non » / « mais non »."""
    return re.sub(r"^(?:(?:mais )?non\b\s*)+", " ", _RECAP_NOTHING_TO_CHANGE.sub(" ", plain).strip()).strip()


#: Words that make a date the start of the job (« démarrage mi-octobre »), not the end of the contract.
_START_WORDS = re.compile(r"\b(?:debut|demarr\w*|commenc\w*|embauch\w*|date|a partir|des le|des l|a compter|start)\b")


def understand_recap(text: str, slots: dict[str, Any], now: dt.datetime | None = None) -> RecapUnderstanding:
    """Read what the employer typed at the recap; never erases anything by itself."""
    now = now or dt.datetime.now(dt.timezone.utc)
    if _two_jobs(text or "", now):
        # « poste : 2 cuisiniers et 1 plongeur » became the job « 2 cuisiniers et 1 plongeur » with 2 positions; « on
        # voudrait aussi 1 mécanicien dans la même demande » replaced the job (fifteenth and fourteenth user tests).
        return RecapUnderstanding(RECAP_CORRECT, messages=[{"text": msg.ONE_JOB_PER_REQUEST}])
    read = _understand_recap(text, slots, now)
    if read.kind == RECAP_CORRECT and ("positions" in read.updates or "contract_type" in read.updates) and "job_title" not in read.updates:
        _add_job_of_count(read, text or "", slots, now)
    if read.kind == RECAP_CORRECT and read.updates:
        _add_job_details(read, text or "", slots, now)
        _add_said_too(read, text or "", slots, now)
    elif read.kind == RECAP_UNCLEAR:
        # « …et on prend 2 apprentis au final »: a number of positions, said in a sentence no field word opens.
        found = RecapUnderstanding(RECAP_CORRECT)
        _add_said_too(found, text or "", slots, now)
        if found.messages:
            return found
    return read


#: « 2 postes de soudeur », « 3 postes d'aide-soignant »: the count and the job in one phrase.
_COUNT_OF_JOB = re.compile(
    r"\b(?P<count>\d{1,3}|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:postes?|emplois?)\s+(?:de\s+|d['’]\s*)"
    r"(?P<job>[^\d,;.!?]+?)(?=\s*(?:$|[,;.!?]|\b(?:en|au|sous|avec|à|a|pour|sur|dès|des|à partir|a partir|et)\b))",
    re.IGNORECASE,
)


def _add_job_of_count(read: RecapUnderstanding, text: str, slots: dict[str, Any], now: dt.datetime) -> None:
    """« en fait c'est 2 postes de soudeur en CDD de 8 mois »: the job (and count) too, not only the contract."""
    found = _COUNT_OF_JOB.search(text)
    if not found or normalize(found.group("job")).split()[0] in _NOT_A_JOB:
        return  # « 2 postes de nuit », « 2 postes de plus » (review)
    changed = []
    for field, piece in (("positions", f"{found.group('count')} postes"), ("job_title", found.group("job"))):
        value = read.updates.get(field)
        if value is None and (value := _plain_value(field, piece, now)) is not None and value != slots.get(field):
            read.updates[field] = value
            changed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS[field], value=_display(field, value)))
    _with_changes(read, changed, first=True)


def _with_changes(read: RecapUnderstanding, changed: list[str], first: bool = False, notes: list[str] | None = None) -> None:
    """Add ``changed`` (« Poste : soudeur ») to the one « C'est corrigé. … » the reply opens with, before or after the
    changes it lists, and ``notes`` (why a value was not kept) after it."""
    if not changed and not notes:
        return
    said = read.messages[0]["text"] if read.messages else ""
    rest = said[len(_CORRECTED_HEAD):] if said.startswith(_CORRECTED_HEAD) else ""
    if changed and rest and ". " not in rest:
        # One sentence (« C'est corrigé. Poste : cariste. »): the changes join its list. (A reply of several sentences is
        # not cut at a « . »: « resp. logistique » was split: review.)
        listed = rest.rstrip(".")
        joined = [*changed, listed] if first else [listed, *changed]
        said = msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(joined))
    elif changed and rest:
        said = f"{said} {msg.ALSO_NOTED.format(changes=msg.CHANGES_JOINER.join(changed))}"
    elif changed:
        said = f"{msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(changed))} {said}".strip()
    said = " ".join([said, *(n for n in notes or [] if n not in said)]).strip()
    read.messages[:1] = [{"text": said}]


#: « finalement 3 couvreurs à 39h », « 6 aides à domicile »: a count and the job, anywhere in the message.
#: Only after a word that says how many are hired (« finalement », « on prend », « ce sera »), or opening a clause
#: (« le CA a revu : 6 aides à domicile »): « nous sommes 12 salariés », « début le 15 mars » are no count (review).
_COUNT_THEN_WORD = re.compile(
    rf"(?:(?:^|[,;:]|\b(?:finalement|plut[oô]t|prend\w*|embauch\w*|recrut\w*|cherch\w*|aur\w*|sera|seront|serait|veut|voudrait|voulons|faut|faudrait|"
    rf"c['’ ]?est|ce sont|en fait|donc|aussi))\s*)(?P<count>{_COUNT_WORD}|1|une?(?=\s+seule?\b))\s+(?:seule?s?\s+)?(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
#: Where the job after a count ends (« couvreurs | à 39h », « aides à domicile | , 24h »).
_JOB_END = re.compile(
    r"\s*(?:[,;.!?()]|\d|\b(?:en|pour|sur|dans|avec|et|ou|sous|chez|pas|au final|finalement|seulement|uniquement|plut[oô]t|"
    r"cdi|cdd|contrat|qui|que|car|mais|des le|dès|a partir|à partir|au lieu)\b)",
    re.IGNORECASE,
)
#: « on en prend 2 finalement », « on en prendrait 2 », « il en faut 3 »: the number of positions.
_COUNT_OF_EN = re.compile(
    rf"\ben\s+(?:prend\w*|veu\w*|voudr\w*|faut|faudr\w*|recrut\w*|embauch\w*|cherch\w*|aur\w*|a|ai|avons)\s+"
    rf"(?:que\s+|seulement\s+|juste\s+|finalement\s+|plutot\s+)?(?P<count>{_COUNT_WORD})\b(?!\s*{MEASURE_UNIT})"
)
#: « ah », « bon », « alors »: a part that says nothing.
_FILLER_ONLY = re.compile(r"^(?:ah|oh|bon|ben|bah|euh|alors|oui|ok|donc|du coup|et|aussi|sinon)(?:\s+(?:ah|oh|bon|ben|bah|euh|alors|oui|ok|donc|et|aussi))*$")
#: « et 2 seulement », « 3 au total »: a count alone.
_BARE_COUNT = re.compile(rf"^(?:et\s+)?(?:plutot\s+|finalement\s+|seulement\s+|juste\s+)?{_COUNT_WORD}(?:\s+(?:seulement|uniquement|en tout|au total))?$")
#: « on est une asso loi 1901 », « c'est une mairie »: what the employer is (on normalised text).
_EMPLOYER_SAID = re.compile(
    r"(?P<lead>^(?:(?:en fait|finalement|non|ah|oups|pardon|bon|alors)\s+)*)?\b(?P<verb>on est|nous sommes|je suis|c est|c)\s+"
    r"(?:plutot\s+)?(?:un|une)\s+(?P<what>[^,.;!?]+)"
)
#: Fields whose correction is free text: the counts and jobs in it are part of it.
_FREE_TEXT_CORRECTED = frozenset({"training_needs", "derogation_justification", "company_name"})
#: Capitalised words that open a sentence, not a name (« Et Lucie Gautier qui suivra »).
_NOT_A_NAME_START = frozenset("et maintenant donc alors puis sinon mais ensuite bon oui non finalement plutot c est voila".split())


#: Words that say the message is about who to contact (« mon associé Bruno Petit », « remplacez le contact par… »).
_CONTACT_CUE = re.compile(r"\b(?:contact\w*|suivra|suit|associee?|collegue|femme|mari|fils|fille|interlocut\w*|joindre|appeler|portable|tel)\b")
#: A person's name: two or three capitalised words (« Bruno Petit », « Anne Le Floch »).
_PERSON_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:de\s+|du\s+|le\s+|la\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}\b")


def _person_named(text: str, slots: dict[str, Any]) -> str | None:
    """The one person's name in ``text``, neither the company's nor a capitalised opening word; None if none or several."""
    company = normalize(str(slots.get("company_name") or ""))
    names = []
    for found in _PERSON_NAME.finditer(text):
        words = found.group(0).split()
        while words and normalize(words[0]) in _NOT_A_NAME_START:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and normalize(name) not in company and _LOOKS_LIKE_A_PERSON.match(name):
            names.append(name)
    return names[0] if len(set(names)) == 1 else None


def _employer_said(plain: str, anywhere: bool = False) -> str | None:
    """What the employer says it is (« une asso loi 1901 »): « on est / nous sommes / je suis … » anywhere with
    ``anywhere``; « c'est une … » only as the message's opening (« c'est un cuisinier pour notre restaurant » is the
    job: review)."""
    for found in _EMPLOYER_SAID.finditer(plain):
        opening = found.group("lead") is not None and found.start("verb") == len(found.group("lead"))
        if (found.group("verb") in ("on est", "nous sommes", "je suis") and (anywhere or opening)) or opening:
            return found.group("what")
    return None
#: « c'est mon fils Kevin Renard qui suit », « qui suivra : Lucie Gautier »: the contact's name, said as such.
_CONTACT_SAID = re.compile(
    r"(?P<before>[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2})\s+qui\s+(?:suit|suivra|s['’ ]occupe\w*|g[èe]re\w*|sera\s+(?:le|la)\s+contact)\b"
    r"|\b(?:qui\s+suivra|qui\s+suit|interlocut\w+|personne\s+[àa]\s+contacter)\s*(?:sera|c['’ ]?est)?\s*:?\s*"
    r"(?:(?:mon|ma|notre|nos|le|la)\s+\S+\s+)?(?P<after>[A-ZÀ-Ý][\w'-]+(?:\s+[A-ZÀ-Ý][\w'-]+){1,2})"
)


#: Words after a count that are no people (« 3 fois », « CACES 3 aux besoins », « 2 postes de nuit »).
_NOT_A_COUNTED_JOB = frozenset(
    "postes poste fois seulement seul seule seuls seules aux au a de des du le la les et ou en par pour sur dans avec mois ans jours semaines "
    "nuits equipes heures modifs modifications changements corrections choses trucs points erreurs questions fautes habilitations "
    "caces permis certificats formations salaries personnes demi".split()
)


def _two_jobs(text: str, now: dt.datetime) -> bool:
    """Two counted jobs in one message (« 2 cuisiniers et 1 plongeur »), or another one « aussi » in this request."""
    parts = re.split(r"\s+(?:et|\+)\s+|\s*[,;]\s*", text)
    jobs = {_singular(normalize(found[1])) for part in parts if (found := _counted_job(part, now)) is not None and found[1]}
    also = re.search(r"\baussi\b", normalize(text)) and re.search(r"\b(?:meme|cette) demande\b", normalize(text))
    return len(jobs) >= 2 or bool(also and jobs)


def _positions_of(count: str, now: dt.datetime) -> Any:
    """The number of positions a count word says (« 3 », « trois »), as the positions question reads it."""
    return _plain_value("positions", f"{count} postes", now)


def _counted_job(text: str, now: dt.datetime) -> tuple[int, str | None] | None:
    """(count, job or None) of « 3 couvreurs à 39h » found in ``text``; None when no count of people is said."""
    for found in (m for clause in re.split(r"(?<=[,;:])", text) if (m := _COUNT_THEN_WORD.search(clause.strip()))):
        rest = found.group("rest")
        end = _JOB_END.search(rest)
        job = rest[: end.start()] if end else rest
        link = re.search(r"\s+(?:a|à|au|aux)\s+(?P<where>.+)$", job, re.IGNORECASE)
        if link and isinstance(extract_place(link.group("where")), (Place, AmbiguousPlace)):
            job = job[: link.start()]  # « 3 caristes à Nantes »
        job = re.sub(r"(?:\s+(?:a|à|au|aux|de|du|des|d['’]?))+$", "", job.strip(" '-"), flags=re.IGNORECASE)
        words = normalize(job).split()
        if (not words or re.match(MEASURE_UNIT, words[0]) or words[0] in _NOT_A_COUNTED_JOB or words[0] in _NOT_A_JOB
                or words[0] in FULL_MONTHS):
            continue
        count = _positions_of(found.group("count"), now)
        if count is None:
            continue
        if count > 1 and not re.search(r"[sx]$", words[0]):
            continue  # « 2 cariste » is rare; « 2 seulement », « 3 fois » are no people
        if words[0] in NOT_JOBS:
            return int(count), None  # « 2 apprentis », « 2 jeunes »: how many, the job stays
        return int(count), job
    return None


def _add_said_too(read: RecapUnderstanding, text: str, slots: dict[str, Any], now: dt.datetime) -> None:
    """What a correction also says, beside the fields it was read for: the number of positions and the job
    (« finalement 3 couvreurs à 39h en CDD de 18 mois »), the e-mail, phone and SIRET wherever they are, the contact's
    name (« c'est mon fils Kevin Renard qui suit, kevin@…, 06… ») and what the employer is (« on est une asso en fait,
    et le SIRET… »). Each was dropped while the reply said « C'est corrigé » (thirteenth blind user test)."""
    found: dict[str, Any] = {}
    plain = normalize(text)
    # (Not in a correction of free text: « besoins de formation : 2 habilitations électriques » is no count: review.)
    counted = None if _FREE_TEXT_CORRECTED & set(read.updates) else _counted_job(text, now)
    if counted is None and not _FREE_TEXT_CORRECTED & set(read.updates) and (en := _COUNT_OF_EN.search(plain)):
        counted = (int(_positions_of(en.group("count"), now) or 0), None)
    if counted is not None and counted[0] and "positions" not in read.updates:
        found["positions"] = counted[0]
    if counted is not None and counted[1] and "job_title" not in read.updates and not _COUNT_NOT_COUNT.search(plain):
        # (Not « on recrute 3 agents pas 1 », about the count; nor « 3 menuisiers » for « Menuisier poseur ».)
        job = _plain_value("job_title", counted[1], now)
        current = _singular(normalize(str(slots.get("job_title") or "")))
        if job is not None and not f"{current} ".startswith(f"{_singular(normalize(job))} "):
            found["job_title"] = job
    for piece in re.split(r"[,;()]|\s+(?:ou|et)\s+|(?<=\d)\s+(?=[^\W\d_])|(?<=[^\W\d_])\s+(?=\+?\d)", text):
        kind = _sniff_field(piece, normalize(piece))
        if kind in _SAID_AS_SUCH and kind not in read.updates and kind not in found:
            value = _recap_value(kind, piece, now)[0]
            if value is not None:
                found[kind] = value
    employer = _employer_said(plain, anywhere=True)
    if employer and "employer_type" not in read.updates:
        checked = validate_field("employer_type", employer, now.date())
        if checked.kind == VALUE:
            found["employer_type"] = checked.value
    if "contact_name" not in read.updates and "contact_name" not in found and _CONTACT_CUE.search(plain) and (person := _person_named(text, slots)):
        # « c pas moi qui suivra le dossier c mon associé Bruno Petit 0611223344 » changed the phone only, and the name
        # no longer matched it (fifteenth blind user test).
        if (name := _plain_value("contact_name", person, now)) is not None:
            found["contact_name"] = name
    contact = _CONTACT_SAID.search(text)
    if contact and "contact_name" not in read.updates and "contact_name" not in found:
        said = (contact.group("before") or contact.group("after")).split()
        while said and normalize(said[0]) in _NOT_A_NAME_START:
            said = said[1:]  # « Et Lucie Gautier qui suivra » (review)
        name = _plain_value("contact_name", " ".join(said), now) if len(said) >= 2 else None
        if name is not None:
            found["contact_name"] = name
    changed = []
    for field, value in found.items():
        read.updates[field] = value
        if value != slots.get(field):
            changed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS[field], value=_display(field, value)))
    _with_changes(read, changed)


#: Words before a clause's value that are not part of it (« finalement 5 postes à 30h »).
_CLAUSE_OPENING = re.compile(r"^(?:(?:bon|ben|bah|euh|alors|finalement|en fait|bref|non|plutot|et|mais|donc|du coup)\s+)+")


def _add_job_details(read: RecapUnderstanding, text: str, slots: dict[str, Any], now: dt.datetime) -> None:
    """« finalement 5 postes à 30h et le CDD sera de 9 mois »: the hours said with the number of positions (or the
    start with the hours…) were dropped while the reply said « C'est corrigé » (session's own check, 2026-12-01)."""
    changed: list[str] = []
    notes: list[str] = []
    read_already = set(read.updates) | {f for f in _DETAIL_FIELDS if msg.NOT_CHANGED_FIELD.format(label=FIELD_LABELS[f], error="") in
                                          " ".join(m.get("text", "") for m in read.messages)}
    if _FREE_TEXT_CORRECTED & read_already:
        return  # « les besoins de formation c'est plutôt SST de 28 heures »: no weekly hours (review)
    for clause in _CORRECTION_SEPARATOR.split(text)[::2]:
        plain = _CLAUSE_OPENING.sub("", normalize(clause))
        for field, pattern in _JOB_DETAILS:
            if field in read_already or not pattern.search(plain) or field == "start_date" and not _START_WORDS.search(plain):
                continue  # (« le contrat se termine fin novembre » is no start: review)
            read_already.add(field)
            value, error = _recap_value(field, _DETAIL_PIECE[field](clause), now, slots)
            if value is None:
                if error:
                    notes.append(msg.NOT_CHANGED_FIELD.format(label=FIELD_LABELS[field], error=error))
                continue
            read.updates[field] = value
            if value != slots.get(field):
                changed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS[field], value=_display(field, value)))
    _with_changes(read, changed, notes=notes)


#: Words after « N postes de » that are no job (« de nuit », « de plus », « de temps plein »).
_NOT_A_JOB = frozenset("nuit jour plus moins temps matin soir week weekend saison remplacement renfort chaque different differents".split())
#: How a correction's reply begins (« C'est corrigé. »), to add fields to it.
_CORRECTED_HEAD = msg.CORRECTED_FIELDS.split("{")[0]


def _understand_recap(text: str, slots: dict[str, Any], now: dt.datetime) -> RecapUnderstanding:
    text = (text or "").strip()
    unclear = RecapUnderstanding(RECAP_UNCLEAR, messages=[msg.RECAP_UNCLEAR])
    if not text or len(text) > 2000:
        return unclear
    if text.startswith("/"):
        payload = text.split("{")[0]
        if payload == "/affirm":
            return RecapUnderstanding(RECAP_CONFIRM)
        if payload == "/stop":
            return RecapUnderstanding(RECAP_CANCEL, messages=[_CANCEL_CHECK])
        match = re.search(r'"field"\s*:\s*"(\w+)"', text)
        if payload == "/correct_field" and match and (match.group(1) in FIELD_LABELS or match.group(1) == "contract_type"):
            return RecapUnderstanding(RECAP_CORRECT, field=match.group(1), messages=_ask_again(match.group(1)))
        return unclear
    plain = normalize(text)
    if _RECAP_CANCEL.search(plain) and not _STAYS.search(plain):  # (« laissez tomber on reste sur 12 mois »: 15th user test)
        return RecapUnderstanding(RECAP_CANCEL, messages=[_CANCEL_CHECK])
    rest = _strip_nothing(plain)
    if (_RECAP_NOTHING_TO_CHANGE.search(plain) and not text.endswith("?") and not _RECAP_EXCEPT.search(plain)
            and not _RECAP_CHANGE.search(rest) and not re.search(r"[0-9@]", text) and not _recap_field(rest)):
        return RecapUnderstanding(RECAP_CONFIRM)  # but « c'est bon, le téléphone c'est le 06… » corrects
    change = _RECAP_CHANGE.search(plain) is not None
    sentences = [x.strip() for x in _SENTENCE_BREAK.split(text) if x.strip()]
    asked = [x for x in sentences if x.endswith("?") or _RECAP_QUESTION.search(normalize(x))]
    if asked and len(asked) < len(sentences):
        # « en fait c'est à Avrillé pas Angers. et au fait, le candidat est payé par qui ? »: the question's words
        # (« formation ») chose the field to correct (fifth blind user test); the correction first, then the question alone.
        read = _understand_recap(" ".join(x for x in sentences if x not in asked), slots, now)
        if read.kind == RECAP_CORRECT:
            read.messages.append({"text": msg.RECAP_QUESTION_ALONE})
        return read
    if not change and (text.endswith("?") or _RECAP_QUESTION.search(plain)):
        return RecapUnderstanding(RECAP_QUESTION)
    slot = _recap_field_of(text, plain)
    if slot == "job_title" and _PLACE_OF_THE_JOB.search(plain):
        slot = "work_location"  # « le poste sera dans notre autre resto à Tours » became the job title (eleventh user test)
    duration = extract_duration(text)
    if (slot in (None, "start_date") and needs_duration(slots.get("contract_type") or "") and duration is not None
            and duration.months is not None and not _START_WORDS.search(plain)):
        # « finalement on peut les prendre 6 mois, jusqu'à mi-octobre »: the contract's length, not its start
        # (it changed the start date: seventh blind user test).
        slot = "contract_type"
    status = extract_candidate_status(text) if _ABOUT_THE_CANDIDATE.search(plain) and slot in (None, "contract_type") else None
    # (A plain statement only: « il n'est plus inscrit », « pas sûr qu'il soit inscrit », « il devrait être inscrit »: review.)
    if status == "demandeur_emploi" and status != slots.get("candidate_status") and not _HEDGED.search(plain):
        # « j'ai vérifié, il est bien inscrit à France Travail » after « à vérifier »: the check's answer is settled
        # (it asked to cancel and start again: thirteenth blind user test), unless the project is then not eligible.
        changes, texts = _contract_updates({"candidate_status": status}, slots)
        if changes["eligibility"] != "ineligible":
            noted = msg.CORRECTED_FIELD.format(label=msg.RECAP_CANDIDATE_LABEL, value=CANDIDATE_LABELS[status])
            return RecapUnderstanding(RECAP_CORRECT, updates=changes, messages=[{"text": " ".join([noted, *texts])}])
    if _ABOUT_THE_CANDIDATE.search(plain) and slot in (None, "contract_type"):
        # « la candidate n'est pas inscrite, elle sort d'un CDI ailleurs »: not the contract, and it decides the verdict.
        return RecapUnderstanding(RECAP_CORRECT, messages=[{"text": msg.CANDIDATE_AT_RECAP}])
    several = _several_corrections(text, slots, now)
    if several is not None:
        return several
    # (A contract named, not a person who implies one: « 35h pour l'apprenti » changed the contract: twelfth user test.)
    # (Nor in a value of a free-text field named: « entreprise : Interim'Pro Saumur » changed the contract: thirteenth user test.)
    # (Not the one rejected: « un apprentissage plutôt qu'un contrat de pro » kept the contract de pro: fifteenth user test.)
    wanted = _REJECTED_CONTRACT.sub(" ", text)
    contract = extract_contract(wanted) if _CONTRACT_WORD.search(plain) and slot not in _NAMED_VALUES else None
    if contract is not None or slot == "contract_type":
        updates: dict[str, Any] = {}
        if contract is not None:
            updates["contract_type"] = contract
            duration = extract_duration(_last_duration_said(wanted))
            if duration is not None and duration.months is not None and needs_duration(contract):
                updates["contract_duration"] = round(duration.months, 2)
            elif not needs_duration(contract):
                updates["contract_duration"] = None
        elif ((duration := extract_duration(_last_duration_said(wanted))) is not None and duration.months is not None
              and needs_duration(slots.get("contract_type") or "")):
            updates["contract_duration"] = round(duration.months, 2)
        if not updates:
            return RecapUnderstanding(RECAP_CORRECT, field="contract_type", messages=_ask_again("contract_type"))
        changes, texts = _contract_updates(updates, slots)
        label = contract_label({**slots, **changes})
        said: list[Message] = [{"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])}]
        if slot == "job_title":
            # « non le poste c'est commis de cuisine en apprentissage »: the job too; only the contract was
            # corrected, after « C'est corrigé », and the old title sent (eighth blind user test).
            title, _ = _recap_value("job_title", _CONTRACT_PHRASE.sub(" ", text), now, slots)
            if title is not None:
                changes["job_title"] = title
                said.insert(0, {"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["job_title"], value=_display("job_title", title))})
        return RecapUnderstanding(RECAP_CORRECT, field="contract_type", updates=changes, messages=said)
    sniffed = False
    if slot is None and (change or not _RECAP_CONFIRM.search(plain)):
        slot = _sniff_field(text, plain)
        sniffed = slot is not None
        other_words = [w for w in _MONTH_MENTION.sub(" ", plain).split() if w not in _DATE_FRAME and not w.isdigit()]
        if slot == "start_date" and not _START_WORDS.search(plain) and len(other_words) > 1:
            slot = None  # « au fait le 15 mars on a un salon professionnel » moved the start (fifteenth blind user test)
    if slot is None and (what := _employer_said(plain)) and validate_field("employer_type", what, now.date()).kind == VALUE:
        slot = "employer_type"  # « en fait on est une asso », « c'est une mairie » (session's own check)
    if slot is None and (job := _job_stated(text)) is not None and (title := _plain_value("job_title", job, now)) is not None:
        # « ce sont des caristes » was « Je n'ai pas compris » (session's own check).
        return RecapUnderstanding(
            RECAP_CORRECT, field="job_title", updates={"job_title": title},
            messages=[{"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["job_title"], value=_display("job_title", title))}],
        )
    addition = _ADDITION_FIELD_FIRST.match(polite := _POLITENESS.sub("", text.strip())) or _ADDITION.match(polite)
    if addition and slot is None and slots.get("training_needs"):
        slot = "training_needs"  # « pouvez-vous ajouter aussi la soudure ? »: the one list the recap holds
    if slot in _ADDABLE and slots.get(slot) and addition:
        # « rajoutez aussi la climatisation dans les besoins » adds to them (it replaced them).
        value = f"{slots[slot]}, {(addition.group('added') or addition.group('also')).strip(' ,;.')}"
        return RecapUnderstanding(
            RECAP_CORRECT, field=slot, updates={slot: value},
            messages=[{"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS[slot], value=_display(slot, value))}],
        )
    if slot is not None and slot != "derogation_justification" or slot == "derogation_justification" and slots.get("eligibility") == "derogation":
        value, error = _recap_value(slot, text, now, slots)
        if value is not None:
            updates = {slot: value}
            if slot in (slots.get(MISSING_SLOT) or []):
                updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != slot]
            return RecapUnderstanding(
                RECAP_CORRECT, field=slot, updates=updates,
                messages=[{"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS[slot], value=_display(slot, value))}],
            )
        if sniffed and not change:
            # « nos horaires c'est 9h-19h », « on a 3 magasins dans le 49 »: a remark, not a correction; the field was
            # reopened and every next remark read as its answer (fifteenth blind user test).
            return unclear
        if change or not _RECAP_CONFIRM.search(plain):
            # The reason the value is refused, then the question: « D'accord, corrigeons » after « Rennes ne fait pas
            # partie de la région » read as accepting it (tenth blind user test).
            again = _ask_again(slot)
            return RecapUnderstanding(RECAP_CORRECT, field=slot, messages=[{"text": error}, *again[1:]] if error and len(again) > 1 else again)
    if change:
        return RecapUnderstanding(RECAP_CORRECT, messages=[{"text": msg.WHICH_FIELD}])
    if _RECAP_CONFIRM.search(plain):
        return RecapUnderstanding(RECAP_CONFIRM)
    return unclear


_CANCEL_CHECK = msg.CANCEL_RECAP_CHECK

#: « … svp », « … merci » closing a message: not part of what it adds.
_POLITENESS = re.compile(r"[\s,]*(?:svp|stp|s'il vous pla[iî]t|s il vous plait|merci(?: bien| beaucoup)?)[\s.!]*$", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\s*[,;]?\s+(?=(?:et\s+)?au fait\b\s*[^\W\d_])", re.IGNORECASE)
#: Free-text fields a recap message may add to (« rajoutez aussi la climatisation dans les besoins »).
_ADDABLE = frozenset({"training_needs", "derogation_justification"})
_ADDITION = re.compile(
    r"^(?:(?:il faut|merci de|pouvez[- ]vous|vous pouvez|pourriez[- ]vous)\s+)?(?:r?ajout\w*|mett\w*\s+aussi|indiqu\w*\s+aussi)"
    r"\s+(?:aussi\s+|également\s+|egalement\s+|en plus\s+)?(?P<added>.+?)"
    r"(?:\s+(?:dans|à|a|aux|en)\s+(?:les\s+|mes\s+|nos\s+|la\s+)?(?:besoins?|formations?|motif|justification)(?:\s+de\s+formation)?)?\s*[.!]?$",
    re.IGNORECASE,
)
#: « ajouter aux besoins de formation : CACES R482 »: the field first (its words were added too: thirteenth user test).
_ADDITION_FIELD_FIRST = re.compile(
    r"^(?:(?:il faut|merci de|pouvez[- ]vous|vous pouvez|pourriez[- ]vous)\s+)?(?:r?ajout\w*|mett\w*|indiqu\w*)\s+(?:aussi\s+)?"
    r"(?:dans|à|a|aux|au|en)\s+(?:les\s+|mes\s+|nos\s+|la\s+)?(?:besoins?|formations?|motif|justification)(?:\s+de\s+formation)?"
    r"\s*[:,]?\s*(?P<added>\S.*?)\s*[.!]?$"
    # « besoins de formation : ajouter SST » (replaced them all: fourteenth blind user test)
    r"|^(?:les\s+|le\s+)?(?:besoins?(?:\s+de\s+formation)?|formations?|motif)\s*:\s*(?:r?ajout\w*|en plus|aussi)\s*:?\s+(?P<also>\S.*?)\s*[.!]?$",
    re.IGNORECASE,
)
#: Words of a sentence, not of a job title (a pronoun or a verb).
_A_SENTENCE = re.compile(r"\b(?:j|je|on|il|elle|nous|vous|ils|ai|a|est|sont|avons|trouve|sera|serait|fait|faut|veux|voudrait)\b")
#: A part after a count that is no job (« pas 1 », « c'est tout », « sinon tout est bon »: review).
_NOT_A_JOB_PART = re.compile(r"\d|^(?:pas|non|sinon|c est|tout|merci|voila|rien|le reste|svp|stp)\b")
#: Fields whose value a comma does not continue (« 3 postes, cariste »: the job comes next).
_NOT_CONTINUED = frozenset({"positions", "weekly_hours", "start_date", "siret", "contact_phone", "contact_email", "contract_type"})
#: Where one correction of a recap message may end and another begin (« 2 postes seulement et le tel c'est… »).
_CORRECTION_SEPARATOR = re.compile(r"(\s*[,;]\s*(?:et\s+|puis\s+)?|(?<=[^\W\d_]{2})\.\s+|\s+(?:et|puis|ensuite)\s+)", re.IGNORECASE)


#: « ce sera 2 cuisiniers », « on aura trois serveurs »: a count and a job.
_COUNTED_JOB = re.compile(
    r"^(?:(?:ce|ca|c)\s+(?:sera|est|serait)\s+|on (?:aura|prend|prendra|embauche)\s+|plutot\s+)?"
    r"(?P<count>\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?P<job>[^\W\d_][\w' -]*)$"
)


#: « c'est des caristes en fait », « ce sont des préparateurs de commandes »: a new job said without naming the field.
_JOB_STATED = re.compile(
    r"^(?:(?:en fait|finalement|non|plut[oô]t|ah|oups|et|bon|alors|mais)[\s,]+)*(?:c['’ ]?est|c|ce sont|ce sera|ce seront|[çc]a sera|on (?:recrute|cherche|embauche|prend|prendra))"
    r"\s+(?:plut[oô]t\s+)?(?:des|un|une)\s+(?P<job>[^\W\d_][^\d,;.!?]*?)(?:\s+(?:en fait|finalement|plut[oô]t))?[\s.!]*$",
    re.IGNORECASE,
)
#: First words of what follows « c'est un … » that make no job (« c'est un bon récap », « c'est une erreur »).
_NOT_A_JOB_START = frozenset(
    "bon bonne bons bonnes peu petit petite grand grande autre autres erreur erreurs oubli detail probleme souci recap "
    "recapitulatif resume question questions chose choses truc trucs faute fautes mi temps plein partiel ancien ancienne anciens "
    "etudiant etudiante etudiants femme femmes homme hommes demande reconversion travail urgence besoin contrat nouveau "
    "nouvelle vrai vraie".split()
)


def _job_stated(text: str) -> str | None:
    """The job of « c'est des caristes en fait » (as typed), None if the words after the article are no job."""
    found = _JOB_STATED.match(text.strip())
    if not found:
        return None
    job = found.group("job").strip()
    first = normalize(job).split()[0]
    if (first in _NOT_A_JOB_START or first in _NOT_A_JOB or first in NOT_JOBS or _APPRAISAL.search(normalize(job))
            or extract_contract(job) is not None):
        return None
    if validate_field("employer_type", text, dt.date.today()).kind == VALUE or isinstance(extract_place(job), Place):
        return None  # « c'est une mairie », « c'est une SAS »
    return job


def _singular(words: str) -> str:
    """« cuisiniers » and « cuisinier » alike (a plural -s or -x dropped from each word)."""
    return " ".join(re.sub(r"(?<=\w{3})[sx]$", "", w) for w in words.split())


def _several_corrections(text: str, slots: dict[str, Any], now: dt.datetime) -> RecapUnderstanding | None:
    """Corrections of several fields in one message (« le contact ce sera Kevin Moreau, kevin@…, 07 11… »),
    all applied; None unless every part names or shows a different field with a usable new value.

    A part that neither names a field nor shows one continues the previous part
    (« le nom c'est Dupont et fils »), so values keep their commas and « et ».
    """
    pieces = _CORRECTION_SEPARATOR.split(text)
    if len(pieces) < 3:
        return None
    groups: list[list[str]] = []
    fields: list[str | None] = []
    for i in range(0, len(pieces), 2):
        part = pieces[i]
        plain = normalize(part)
        field = _recap_field_of(part, plain) or _sniff_field(part, plain)
        if field is None and extract_contract(part) is not None:
            field = "contract_type"
        if field is None and _job_stated(part) is not None:
            field = "job_title"  # « c des preparateurs de commandes caristes en fait, a 39h » (session's own check)
        if field is None and (_BARE_COUNT.match(normalize(part)) or _COUNT_OF_EN.search(normalize(part))):
            field = "positions"  # « en fait on cherche des caristes, et 2 seulement » (thirteenth blind user test)
        if field is None and not groups and (_RECAP_CHANGE.search(plain) or _FILLER_ONLY.match(plain)):
            continue  # « en fait on a changé d'avis, ce sera un CDD…, et la formation… »: a preamble (seventh user test)
        if (field is None and fields and fields[-1] in _NOT_CONTINUED and "job_title" not in fields
                and (not _NOT_A_JOB_PART.search(normalize(part)) or _COUNTED_JOB.match(normalize(part)))
                # (a short noun phrase: « entre temps j'ai trouvé un gars inscrit… », « demi » became the job: 14th user test)
                and len(part.split()) <= 4 and not _A_SENTENCE.search(normalize(part)) and normalize(part) not in _NOT_A_COUNTED_JOB
                and _plain_value("job_title", part, now) is not None):
            field = "job_title"  # « 3 postes, cariste, CDD 12 mois »: « cariste » was read as part of « 3 postes » (ninth user test)
        if (field is None or field in fields) and groups:
            groups[-1] += [pieces[i - 1], part]
            continue
        groups.append([part])
        fields.append(field)
    if len(groups) < 2 or None in fields:
        return None
    updates: dict[str, Any] = {}
    changed: list[str] = []  # « Téléphone : 06 98 76 54 32 »
    texts: list[str] = []  # what the contract's change does to the verdict, errors
    for group, field in zip(groups, fields, strict=True):
        part = "".join(group)
        if field == "contract_type":
            contract, duration = extract_contract(part), extract_duration(part)
            found: dict[str, Any] = {}
            if contract is not None:
                found["contract_type"] = contract
                if not needs_duration(contract):
                    found["contract_duration"] = None
            if duration is not None and duration.months is not None and needs_duration(contract or slots.get("contract_type") or ""):
                found["contract_duration"] = round(duration.months, 2)
            if not found or needs_duration(found.get("contract_type", "")) and "contract_duration" not in found:
                return None  # the single correction asks the new contract's duration
            changes, said = _contract_updates(found, {**slots, **updates})
            updates.update(changes)
            changed.append(msg.CHANGED_FIELD.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label({**slots, **changes})))
            texts += said
            continue
        assert field is not None
        if field == "derogation_justification" and slots.get("eligibility") != "derogation":
            return None
        counted = _COUNTED_JOB.match(normalize(part)) if field == "job_title" else None
        if field == "job_title" and (stated := _job_stated(part)) is not None:
            part = stated
        if counted:
            # « ce sera 2 cuisiniers »: the number of positions (it became the job « 2 cuisiniers »: eleventh user test),
            # and the job only if it is another one.
            positions = _positions_of(counted.group("count"), now)
            if positions is not None:
                updates["positions"] = positions
                changed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS["positions"], value=_display("positions", positions)))
            if _singular(counted.group("job")) == _singular(normalize(str(slots.get("job_title") or ""))):
                continue
            part = counted.group("job")
        addition = _ADDITION_FIELD_FIRST.match(bare := _POLITENESS.sub("", re.sub(r"^\s*(?:et|puis)\s+", "", part.strip()))) or _ADDITION.match(bare)
        if field in _ADDABLE and slots.get(field) and addition:
            # « …, et rajoutez la formation premiers secours (SST) aux besoins » (refused: fourteenth blind user test)
            value, error = f"{slots[field]}, {(addition.group('added') or addition.group('also')).strip(' ,;.')}", None
        else:
            value, error = _recap_value(field, part, now, slots)
        if value is None and field == "job_title":
            value = _plain_value(field, part, now)  # « 3 postes, cariste, … »: the job alone
        if value is None:
            texts.append(msg.NOT_CHANGED_FIELD.format(label=FIELD_LABELS[field], error=error or msg.VALUE_NOT_FOUND))
            continue
        updates[field] = value
        if field in (slots.get(MISSING_SLOT) or []):
            updates[MISSING_SLOT] = [f for f in updates.get(MISSING_SLOT, slots[MISSING_SLOT]) if f != field]
        changed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS[field], value=_display(field, value)))
    if not changed:
        return None
    said = [msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(changed)), *texts]
    return RecapUnderstanding(RECAP_CORRECT, updates=updates, messages=[{"text": " ".join(said)}])


def _ask_again(slot: str) -> list[Message]:
    if slot == "contract_type":
        return [{"text": msg.ASK_CONTRACT_AGAIN}]
    return [{"text": msg.CORRECT_AGAIN.format(label=FIELD_LABELS.get(slot, slot))}, question(slot)]


# ---------------------------------------------------------------- the recap as the form's last question

#: Last required slot of the form: True once the employer confirmed the recap (the form then ends and stores).
CONFIRM_SLOT = spec.CONFIRM_SLOT
#: What the recap waits for: ``cancel`` (« annuler » must be confirmed) or ``quiet`` (the reply
#: already asked something, do not show the whole recap again); None otherwise.
RECAP_STATE_SLOT = "recap_state"
#: ``{"field": slot, "value": value}``: the value a field had when the recap opened it again for a correction,
#: kept until the new value is given, so that « laissez comme c'était » can put it back.
BEFORE_CORRECTION_SLOT = "field_before_correction"
#: « laissez comme c'était », « retour au récapitulatif »: the field reopened from the recap keeps its value.
_KEEP_AS_BEFORE = re.compile(
    r"\bcomme (?:c etait|avant|tout a l heure)\b|\b(?:garde[rz]?|gardons|laisse[rz]?|on garde|on laisse) (?:l ancien\w*|la valeur|"
    r"comme|tel|tout|le meme|la meme|ca)\b|\b(?:retour|retourner|revenir|revenons) au recap\w*|\bne (?:change|modifie)[rz]? "
    r"(?:rien|pas)\b|\bpas de (?:changement|modification)\b|\bannule[rz]? (?:la|cette|ma) (?:modification|correction)\b|"
    r"\bc etait (?:bon|juste|correct)\b"
)
RECAP_CANCEL_PENDING = "cancel"
RECAP_QUIET = "quiet"
#: The contract was corrected to one that needs a duration not given yet: the next message gives it.
RECAP_DURATION = "duration"
#: ``kind`` of :func:`recap_turn` when « annuler » was confirmed (``cancel`` only asks for confirmation).
RECAP_CANCEL_CONFIRMED = "cancel_confirmed"
#: Dict slot of the answers kept after « annuler » or a refused consent, for « je veux reprendre ma demande ».
KEPT_SLOT = "kept_answers"
#: With answers kept: « en fait si, j'accepte », « bon ok je veux bien reprendre » resume the request.
#: (« reprendre » only at the end or before « ma demande »: « peut-on reprendre la formation après ? » is a question.)
_RESUME = re.compile(
    r"^(?:(?:en fait|finalement|bon|ok|ah|oh)\s+)*(?:si\s+|oui\s+)?(?:j accepte|je consens)\b|\b(?:finalement oui|en fait oui)\s*$|"
    r"\b(?:reprendre|reprenons|on reprend|je reprends|continuer|continuons|on continue)"
    r"(?:\s+(?:ma|la|notre|mon|le)\s+(?:demande|dossier|formulaire|verification|verif|test)\b|\s*(?:alors|donc|svp|s il vous plait)?\s*$)"
)


def wants_to_resume(text: str, slots: dict[str, Any]) -> bool:
    """A request was left (« annuler », a refused consent) and the message asks to take it up again
    (not a question, nor « j'accepte pas »; « reprendre ma demande ? » is a request, though)."""
    text = (text or "").strip()
    plain = normalize(text)
    if not slots.get(KEPT_SLOT) or text.startswith("/") or _NOT_YES.search(plain.replace("je veux bien", "")):
        return False
    if text.endswith("?") and not re.search(r"\b(?:demande|dossier|formulaire|verification|verif)\b", plain):
        return False
    return _RESUME.search(plain) is not None


RESUME_TEXT = msg.RESUME_TEXT
CANCELLED_KEPT = msg.CANCELLED_KEPT
#: Bookkeeping, never restored on resumption: both forms' failure counters, the reference, the recap's state.
_NOT_KEPT = frozenset({ATTEMPTS_SLOT, FAILURES_SLOT, REFERENCE_SLOT, CONFIRM_SLOT, RECAP_STATE_SLOT})


def recap_slots(slots: dict[str, Any]) -> list[str]:
    """The form's required slots with the recap as the last one (none when nothing is to be asked)."""
    names = required_slots(slots)
    return [*names, CONFIRM_SLOT] if names else []


def recap_question(slots: dict[str, Any]) -> Message | None:
    """What ``action_ask_submission_confirmed`` sends: the recap, unless the last reply already asked something."""
    if slots.get(RECAP_STATE_SLOT) in (RECAP_QUIET, RECAP_CANCEL_PENDING, RECAP_DURATION):
        return None
    return recap(slots)


def memory_updates(memory: dict[str, Any] | None, now: dt.date | None = None) -> dict[str, Any]:
    """Submission fields already said earlier (commune of the job, job title), validated like typed answers."""
    now = now or dt.date.today()
    updates: dict[str, Any] = {}
    memory = memory or {}
    if memory.get("commune"):
        checked = validate_field("work_location", memory["commune"], now)
        if checked.kind == VALUE:
            updates["work_location"] = checked.value
            if memory.get("department") and isinstance(checked.value, dict) and checked.value.get("department") != memory["department"]:
                updates.pop("work_location")
    if memory.get("job_title"):
        checked = validate_field("job_title", memory["job_title"], now)
        if checked.kind == VALUE:
            updates["job_title"] = checked.value
    if memory.get("positions"):
        checked = validate_field("positions", str(memory["positions"]), now)
        if checked.kind == VALUE:
            updates["positions"] = checked.value
    if memory.get("weekly_hours") and evaluate({"weekly_hours": memory["weekly_hours"]}).verdict != "ineligible":
        updates["weekly_hours"] = float(memory["weekly_hours"])  # said after a verdict on fewer hours
    if memory.get("said"):
        updates.update({k: v for k, v in said_in_the_project(memory["said"], now).items() if k not in updates})
    return updates


#: What a second request of the same conversation takes from the one sent: the employer and the contact.
#: (Not the SIRET: it identifies the establishment, and a second request is often for another site: a request for
#: Saumur was sent with the SIRET of Angers, twelfth blind user test.)
REUSED_FIELDS = ("company_name", "employer_type", "contact_name", "contact_email", "contact_phone")
#: The employer and contact of the last request sent (:data:`REUSED_FIELDS`, and those skipped in ``missing``),
#: kept for a next request: a new check forgets the sent request's reference and answers.
PREVIOUS_REQUEST_SLOT = "previous_request"


#: The SIRET of the request sent, in :data:`PREVIOUS_REQUEST_SLOT`: not reused, but « même SIRET » gives it.
_SENT_SIRET = "siret_sent"
_SAME_AS_SENT = re.compile(
    r"^(?:(?:c est|c|ce sera|mettez|on garde|garde[rz]?)\s+)?(?:le |la )?(?:meme|pareil|idem|identique)(?: siret| numero)?(?: (?:que|qu)\b[a-z ]{0,40})?$"
)


def previous_request(slots: dict[str, Any]) -> dict[str, Any]:
    """What :data:`PREVIOUS_REQUEST_SLOT` keeps of the request being sent."""
    kept: dict[str, Any] = {name: slots.get(name) for name in REUSED_FIELDS if slots.get(name) is not None}
    if slots.get("siret"):
        kept[_SENT_SIRET] = slots["siret"]
    missing = [f for f in (slots.get(MISSING_SLOT) or []) if f in REUSED_FIELDS and f not in kept]
    if missing:
        kept[MISSING_SLOT] = missing  # a SIRET skipped the first time is not asked again
    return kept


def previous_request_updates(slots: dict[str, Any]) -> tuple[dict[str, Any], Message | None]:
    """For a new request once one is sent: the employer and the contact of the one sent, and the sentence that says
    so. They were all asked again, and « la même que tout à l'heure » became the company name (eighth user test);
    a new check in between forgot them (tenth blind user test): they are kept in :data:`PREVIOUS_REQUEST_SLOT`."""
    updates = dict(slots.get(PREVIOUS_REQUEST_SLOT) or {})
    updates.pop(_SENT_SIRET, None)
    if not updates.get("company_name"):
        return {}, None
    said = msg.PREVIOUS_REQUEST_REUSED.format(company=updates["company_name"], contact=updates.get("contact_name") or msg.NOT_GIVEN)
    return updates, {"text": said}


#: Later questions an opening message often answers (« mairie de Saumur, 2 agents en CDI à 35h, à partir de mai »).
_SAID_IN_THE_PROJECT = ("employer_type", "weekly_hours", "start_date")
#: Values recognisable by their form alone, kept from the opening message too.
_SAID_AS_SUCH = ("siret", "contact_email", "contact_phone")


#: « début avril », « dès février », « pour le 1er avril », « à partir de mars 2027 »: when the job starts.
_START_SAID = re.compile(
    rf"\b(?:debut|demarrage|des|pour|a partir d\w*|a compter d\w*|embauche|commenc\w+|prise de poste)\s+"
    rf"(?:le\s+|en\s+|au\s+|du\s+|de\s+|d\s+)?(?:(?:1er|\d{{1,2}})\s+)?{alternation(FULL_MONTHS)}\b(?:\s+\d{{4}})?"
    # « pour la rentrée de septembre », « dans 3 mois », « dès que possible » (asked again: fourteenth blind user test)
    r"|\b(?:a|pour|des) la rentree(?: de septembre)?\b|\b(?:debut|demarrage|embauche|commenc\w+)?\s*dans \d{1,2} (?:mois|semaines)\b"
    r"|\b(?:des que possible|au plus vite|asap)\b"
)


def said_in_the_project(text: str, now: dt.date) -> dict[str, Any]:
    """The employer type, weekly hours and start said in the message that described the project: each part of it
    that shows one of them (they were asked again: seventh blind user test)."""
    found: dict[str, Any] = {}
    moment = dt.datetime.combine(now, dt.time(), tzinfo=dt.timezone.utc)
    parts = [sentence for chunk in _CORRECTION_SEPARATOR.split(text)[::2] for sentence in re.split(r"(?<=[.!?])\s+", chunk)]
    for part in parts:
        plain = normalize(part)
        field = _sniff_field(part, plain)
        if field == "start_date" and not (_START_WORDS.search(plain) or _START_SAID.search(plain) or _MONTH_MENTION.fullmatch(plain.strip())):
            field = None  # « CDD de 6 mois jusqu'en mars », « formation en janvier »: no start
        if field in ("weekly_hours", "start_date") and field not in found:
            value = _recap_value(field, _DETAIL_PIECE.get(field, lambda c: c)(part), moment)[0]
            if value is not None and not (field == "weekly_hours" and evaluate({"weekly_hours": value}).verdict == "ineligible"):
                found[field] = value
        elif field in _SAID_AS_SUCH:
            # The SIRET, the e-mail and the phone are recognisable wherever they are said (a first message with all
            # of them had them asked again: eighth blind user test), each in its own piece (« au 02… ou claire@… »).
            for piece in re.split(r"[,;()]|\s+(?:ou|et)\s+", part):
                kind = _sniff_field(piece, normalize(piece))
                if kind in _SAID_AS_SUCH and kind not in found and (value := _recap_value(kind, piece, moment)[0]) is not None:
                    found[kind] = value
        if "employer_type" not in found and field not in _SAID_AS_SUCH and (checked := validate_field("employer_type", part, now)).kind == VALUE:
            found["employer_type"] = checked.value
    if "start_date" not in found and (start := _START_SAID.search(normalize(text))):
        # « on cherche 2 couvreurs en CDI à Nantes début avril »: the part was read as the place only, and the start
        # asked again (thirteenth blind user test).
        value = _recap_value("start_date", start.group(0), moment)[0]
        if value is not None:
            found["start_date"] = value
    if "weekly_hours" not in found and (hours := hours_said(text, now)) is not None and evaluate({"weekly_hours": hours}).verdict != "ineligible":
        found["weekly_hours"] = hours  # « à temps plein » was asked again
    return {k: v for k, v in found.items() if k in _SAID_IN_THE_PROJECT or k in _SAID_AS_SUCH}


def kept_answers(slots: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The answers to keep for a later « je veux reprendre ma demande » (slot name → value)."""
    kept = {n: slots[n] for n in names if n not in _NOT_KEPT and slots.get(n) is not None}
    if kept.get(CONSENT_SLOT) == CONSENT_REFUSED:
        del kept[CONSENT_SLOT]  # asked again on resumption
    return kept


def recap_turn(
    text: str, slots: dict[str, Any], intent: str | None, faq_replies: list[Message], now: dt.datetime | None = None
) -> FieldUnderstanding:
    """Read a message typed at the recap, as the form's last question.

    Never erases an answer by itself: a confirmation sets :data:`CONFIRM_SLOT`
    (the form ends, the request is stored), a correction changes the field (or
    asks it again) and the recap is shown again, a question gets
    ``faq_replies`` (the FAQ answer) then the recap again, « annuler » asks for
    confirmation first (the ``kind`` is ``cancel_confirmed`` once confirmed:
    the caller keeps the answers for a resumption and clears the slots).
    """
    result = FieldUnderstanding()
    text = (text or "").strip()
    state = slots.get(RECAP_STATE_SLOT)
    result.updates[RECAP_STATE_SLOT] = None  # any reply clears the pending state (and keeps the form from being rejected)
    if state == RECAP_CANCEL_PENDING:
        confirmed = cancel_confirmation(text, intent)
        if confirmed:
            result.kind = RECAP_CANCEL_CONFIRMED
            return result
        if confirmed is False:
            result.messages.append({"text": msg.NOTHING_ERASED})
            return result
    if state == RECAP_DURATION and not text.startswith("/"):
        duration = extract_duration(text)
        if duration is not None and duration.months is not None:
            changes, texts = _contract_updates({"contract_duration": round(duration.months, 2)}, slots)
            result.kind = RECAP_CORRECT
            result.updates.update(changes)
            label = contract_label({**slots, "contract_duration": duration.months})
            result.messages.append({"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])})
            return result
    if asks_new_request(text) and not text.startswith("/"):
        # « je voudrais aussi faire une demande pour notre resto d'Angers, 1 serveur en CDD 6 mois » at the recap
        # changed this request's place and contract, and it was sent so (eleventh blind user test).
        result.kind = RECAP_QUESTION
        result.messages.append({"text": msg.FINISH_THIS_REQUEST_FIRST})
        return result
    if _SHOW_RECAP.search(normalize(text)) and not text.startswith("/"):
        result.kind = RECAP_QUESTION  # « montre moi le recap » was not understood (eleventh blind user test): shown again
        return result
    if asks_what_next(text) and not text.startswith("/"):
        # « et une fois envoyé il se passe quoi ? » got the FAQ's contact form (seventh blind user test).
        result.kind = RECAP_QUESTION
        result.messages += [{"text": msg.AFTER_SENDING}, {"text": msg.RECAP_AGAIN_AFTER_ANSWER}]
        return result
    if asks_confirmation(text) and not text.startswith("/"):
        result.kind = RECAP_QUESTION
        result.messages += [{"text": confirmation_reply(None)}, {"text": msg.RECAP_AGAIN_AFTER_ANSWER}]
        return result
    read = understand_recap(text, slots, now)
    # A question gets the FAQ's reply; so does an unclear message the classifier took for an FAQ question
    # (or a suggestion button), but not mere noise (« hmm »), which gets the recap's own « not understood ».
    if faq_replies and (read.kind == RECAP_QUESTION or read.kind == RECAP_UNCLEAR and (intent == "faq" or text.startswith("/faq"))):
        result.kind = RECAP_QUESTION
        result.messages.extend(faq_replies)
        result.messages.append({"text": msg.RECAP_AGAIN_AFTER_ANSWER})
        return result
    result.kind = read.kind
    if read.kind == RECAP_CONFIRM:
        result.updates[CONFIRM_SLOT] = True
        return result
    if read.kind == RECAP_CANCEL:
        result.updates[RECAP_STATE_SLOT] = RECAP_CANCEL_PENDING
        result.messages.extend(read.messages)
        return result
    if read.kind == RECAP_CORRECT and read.field and not read.updates and read.field in FIELD_VALIDATORS:
        # Ask that field again through the form (its question, its dead-end handling), then the recap.
        result.updates[read.field] = None
        if slots.get(read.field) is not None:
            result.updates[BEFORE_CORRECTION_SLOT] = {"field": read.field, "value": slots.get(read.field)}
        if read.field in (slots.get(MISSING_SLOT) or []):
            result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != read.field]
        result.messages.extend(m for m in read.messages if "buttons" not in m and m.get("text") != QUESTIONS.get(read.field))
        return result
    result.updates.update(read.updates)
    if read.kind == RECAP_UNCLEAR and UNSURE.search(normalize(text)):
        result.messages.append(msg.RECAP_UNSURE)  # a hesitation, not an unusable answer: nothing is sent yet
    elif read.kind == RECAP_UNCLEAR:
        # No dead end: the reply changes at the second unusable answer, the third gets the way out.
        attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
        result.updates[ATTEMPTS_SLOT] = float(attempts)
        if attempts >= 3:
            result.messages.extend([msg.RECAP_WAY_OUT, msg.CONTACT_POINTER])
        else:
            result.messages.extend([msg.RECAP_UNCLEAR_AGAIN] if attempts == 2 else read.messages)
    else:
        result.messages.extend(read.messages)
        if slots.get(ATTEMPTS_SLOT):
            result.updates[ATTEMPTS_SLOT] = 0.0
    merged = {**slots, **read.updates}
    if read.field == "contract_type" and read.updates and needs_duration(merged.get("contract_type") or "") and not merged.get("contract_duration"):
        result.updates[RECAP_STATE_SLOT] = RECAP_DURATION  # « Quelle est la durée du contrat ? » was asked
    elif read.kind == RECAP_UNCLEAR or (read.kind == RECAP_CORRECT and read.field == "contract_type" and not read.updates):
        result.updates[RECAP_STATE_SLOT] = RECAP_QUIET
    return result


_CANCEL_FIELD = msg.CANCEL_REQUEST_CHECK


_NAVIGATION = re.compile(
    r"\b(?:verifi\w*|reprendre|continuer|preparer|faire|deposer|remplir|lancer|refaire|recommencer|tester)\b.*"
    r"\b(?:demande|eligibilite|verification|verif|dossier|test|formulaire)\b"
)
ALREADY_PREPARING = msg.ALREADY_PREPARING


def cancel_confirmation(text: str, intent: str | None) -> bool | None:
    """The answer to « Voulez-vous vraiment annuler ? »: True (cancel), False (keep going) or None (something else).

    The recap's « Confirmer et envoyer » button (``/affirm``) is never read as « yes, cancel ».
    """
    text = (text or "").strip()
    if text.split("{")[0] == "/affirm":
        return None
    if text.startswith("/stop") or _is_yes(text) or intent in ("affirm", "stop") or _RECAP_CANCEL.search(normalize(text)):
        return True
    if text.startswith("/deny") or _is_no(text) or intent == "deny" or _KEEP_GOING.search(normalize(text)):
        return False
    return None


#: « en fait non je veux reprendre ma demande », « finalement non on continue » at « Voulez-vous vraiment annuler ? »
#: (it was read as an answer to the question asked before: fifth blind user test, 2026-11-30).
_KEEP_GOING = re.compile(
    r"^(?:(?:en fait|finalement|ah|oh|bon|euh)\s+)*non\b|\b(?:reprendre|reprenons|on reprend|continuer|continuons|on continue)\b"
)


def field_turn(text: str, requested: str | None, slots: dict[str, Any], intent: str | None) -> FieldUnderstanding:
    """:func:`understand_field`, except that « annuler » during the request asks for confirmation first.

    The ``kind`` is ``cancel_confirmed`` once confirmed (the caller keeps the
    answers for a resumption and clears the slots); while the confirmation is
    pending, :data:`RECAP_STATE_SLOT` is ``cancel`` and the field is not asked again.
    """
    if slots.get(RECAP_STATE_SLOT) == RECAP_CANCEL_PENDING:
        confirmed = cancel_confirmation(text, intent)
        if confirmed:
            return FieldUnderstanding(kind=RECAP_CANCEL_CONFIRMED)
        if confirmed is False:
            return FieldUnderstanding(updates={RECAP_STATE_SLOT: None}, messages=[{"text": msg.KEEP_GOING}])
        result = understand_field(text, requested, slots, intent)
        if not result.interruption:
            result.updates[RECAP_STATE_SLOT] = None
        return result
    before = slots.get(BEFORE_CORRECTION_SLOT) or {}
    reopened = requested is not None and before.get("field") == requested and before.get("value") is not None
    if reopened and requested is not None and _KEEP_AS_BEFORE.search(normalize(text or "")):
        value = before["value"]
        kept = msg.KEPT_AS_BEFORE.format(label=FIELD_LABELS[requested], value=_display(requested, value))
        return FieldUnderstanding(
            kind=VALUE, updates={requested: value, BEFORE_CORRECTION_SLOT: None, ATTEMPTS_SLOT: 0.0}, messages=[{"text": kept}]
        )
    # (Not the message that opened the form: « Préparer ma demande de dérogation » typed got this reply at once: thirteenth user test.)
    if requested is not None and intent in ("check_eligibility", "start_submission") and _NAVIGATION.search(normalize(text or "")):
        # « je veux reprendre ma demande », « refaire la vérification »: not a company name or a job title.
        return FieldUnderstanding(updates={RECAP_STATE_SLOT: None}, messages=[{"text": ALREADY_PREPARING}])
    if requested is not None and asks_new_request(text or "") and not (text or "").startswith("/"):
        # Another project while this request is being prepared: this one first (eleventh blind user test).
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=[{"text": msg.FINISH_THIS_REQUEST_FIRST}])
    result = understand_field(text, requested, slots, intent)
    if result.kind in (VALUE, SKIP) and requested in result.updates and slots.get(ATTEMPTS_SLOT):
        # The next question starts afresh: after 3 unusable consent answers, the first « ? » at the contact's
        # name got the last-resort reply (tenth blind user test).
        result.updates.setdefault(ATTEMPTS_SLOT, 0.0)
    if result.interruption and (intent == "stop" or (text or "").strip().startswith("/stop")):
        return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
    if reopened and requested in result.updates:
        result.updates[BEFORE_CORRECTION_SLOT] = None  # the new value is given
    elif reopened and requested is not None and result.updates.get(ATTEMPTS_SLOT, 0) >= 2 and result.messages:
        # From the second unusable answer on, keeping the earlier value is offered too (sixth blind user test:
        # « laissez comme c'était » got « ce champ est nécessaire », with only « Annuler ma demande »).
        keep: Button = {"title": msg.KEEP_BUTTON_TITLE.format(value=_display(requested, before["value"])), "payload": msg.KEEP_PAYLOAD}
        last = next((m for m in reversed(result.messages) if m.get("buttons")), result.messages[-1])
        last["buttons"] = [keep, *(last.get("buttons") or [])]
    return result
