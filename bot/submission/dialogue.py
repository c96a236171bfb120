"""The hiring-intent form's turns, independent of Rasa: an answer to the field
asked (:func:`field_turn`), a reply to the recap (:func:`recap_turn`), the
answers kept after « annuler » and what a new request takes from the last one.

``actions/submission_actions.py`` wraps these functions in Rasa SDK actions.
The pieces: slot names in :mod:`~bot.submission.form_slots`, one field's
question and answer in :mod:`~bot.submission.questions`, a field named inside
a sentence in :mod:`~bot.submission.mentions`, the recap in
:mod:`~bot.submission.recap`, what is said after sending in
:mod:`~bot.submission.after_sending`; what is said, in :mod:`bot.dialogue.messages`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bot.dialogue import messages as msg
from bot.dialogue.messages import Button, Message
from bot.eligibility.dialogue import (
    ANSWERS_KEY,
    FAILURES_SLOT,
    MEMORY_SLOT,
    PROJECT_STATEMENT,
    clauses_with_marks,
    count_corrected,
    count_said_again,
    opening_updates,
    sentences_of,
    supposed_answers,
    supposes_another_answer,
    undecided_options,
)
from bot.eligibility.rules import evaluate, rules_on
from bot.extractors.candidate import (
    AUTHORISED_STATUSES,
    CANDIDATE_LABELS,
    about_the_candidates_job,
    candidate_status_said,
    registration_to_check,
    says_the_candidates_past,
    without_candidate_job,
    without_candidate_past,
)
from bot.extractors.contract import ALTERNANCES, alternance_unsaid, extract_contract, extract_contract_options, needs_duration
from bot.extractors.duration import extract_duration
from bot.extractors.place import named_communes
from bot.extractors.project import JOB_NOUN, job_alone, need_in_brackets, stated_job
from bot.extractors.projects import jobs_of_the_contracts
from bot.faq.entries import cached_faq
from bot.faq.replies import off_the_contract, siret_question_with_the_number
from bot.language.cues import (
    AGREEING_LITOTES,
    CANCEL_WORDS,
    CORRECTION_PHRASES,
    DATA_CONSENT_GIVEN,
    GIVING_UP,
    HEDGED,
    LEAD_INS,
    REFUSING,
    SAYS_ALREADY_SAID,
    SUPPOSING,
    UNSURE,
    WAIT_WORDS,
    WHERE_SAID,
    alternation,
    asks_kept_for_later,
    asks_to_start_over,
    impatient,
    someone_else_gives_up,
    with_apostrophes,
    withheld,
    without_someone_else_giving_up,
)
from bot.language.lexicon import employer_nouns, legal_forms
from bot.language.months import FULL_MONTHS
from bot.language.normalize import fold, normalize
from bot.language.numbers import MEASURE_UNIT, SMALL_COUNT_WORDS
from bot.language.tokens import correction_positions, tokenize
from bot.submission.after_sending import (
    SHOW_RECAP,
    asks_confirmation,
    asks_new_request,
    asks_what_next,
    confirmation_reply,
)
from bot.submission.fields import (
    CORRECTION,
    PROTEST,
    QUESTION,
    UNUSABLE,
    VALUE,
    contract_in_a_sentence,
    contract_label,
)
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    BEFORE_CORRECTION_SLOT,
    CONFIRM_SLOT,
    CONSENT_REFUSED,
    CONSENT_SLOT,
    CONTACT_ASIDE_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    JOBS_LEFT,
    KEPT_SLOT,
    MAY_BE_MISSING,
    MISSING_SLOT,
    NEXT_PROJECT,
    OTHER_CANDIDATE,
    OTHER_EMAIL_SLOT,
    PREVIOUS_REQUEST_SLOT,
    QUESTIONS,
    RECAP_ALTERNANCE,
    RECAP_CANCEL_CONFIRMED,
    RECAP_CANCEL_PENDING,
    RECAP_CANDIDATE,
    RECAP_DURATION,
    RECAP_HELD,
    RECAP_QUIET,
    RECAP_STATE_SLOT,
    REFERENCE_SLOT,
    SAME_AS_SENT_FIELDS,
    SENT_ANSWERS,
    SENT_SIRET,
    SKIP,
    SKIP_PAYLOAD,
    SKIPPABLE,
)
from bot.submission.mentions import (
    ABOUT_THE_CANDIDATE,
    CONTRACT_DATES,
    CORRECTION_SEPARATOR,
    FREE_TEXT_SLOTS,
    REJECTED_CONTRACT,
    START_SAID,
    another_start,
    corrected,
    display,
    recap_field_of,
    recap_value,
    says_the_start,
    sniff_field,
)
from bot.submission.not_a_name import names_a_reason, without_an_announcement
from bot.submission.questions import (
    ACCOUNT_SLOTS,
    CONTACT_FIELDS,
    DETAIL_PIECE,
    NOT_YES,
    TRAINING_LIKE,
    TRAINING_NEEDED,
    FieldUnderstanding,
    about_the_field,
    alternance_turn,
    back_from_a_pause,
    can_submit,
    contact_after_consent,
    contact_is_self_updates,
    contract_at_the_reason,
    contract_question,
    contract_updates,
    data_question_reply,
    data_use_messages,
    how_many_left,
    is_no,
    is_yes,
    job_typed_instead,
    keep_the_other_address,
    longer_contract,
    other_address_taken,
    question_not_about_the_data,
    reason_said_earlier,
    required_slots,
    same_as_before,
    suggested_address_taken,
    understand_field,
    which_phone,
    without_the_provider,
)
from bot.submission.recap import (
    CONTACT_SAID,
    RECAP_CANCEL,
    RECAP_CONFIRM,
    RECAP_CORRECT,
    RECAP_QUESTION,
    RECAP_UNCLEAR,
    SAID_AS_SUCH,
    SEND_ORDER,
    STAYS,
    RecapUnderstanding,
    candidate_change,
    candidate_change_to,
    candidate_value,
    orders_sending,
    recap,
    understand_recap,
    without_confirmation_words,
    without_other_requests,
)
from bot.submission.spec import TO_SPECIFY
from bot.submission.validators import validate_field
from bot.submission.validators.counts import validate_positions
from bot.submission.validators.dates import notice_warning
from bot.submission.validators.employer import employer_type_guessed_from, only_an_employer_type
from bot.submission.validators.hours import job_hours_recorded, job_hours_said
from bot.submission.validators.identity import phone_chosen, phones_offered
from bot.submission.validators.text import company_named_in, contact_labelled_in, person_named_in, signed_by
from bot.submission.wrong_field import (
    company_named_after_its_kind,
    hours_as_the_name,
    name_as_another_field,
    needs_at_the_consent,
    siret_again_after_another_answer,
    siret_at_another_question,
    with_an_invalid_siret_noted,
)


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
        "missing_fields": [*(f for f in (slots.get(MISSING_SLOT) or []) if f in MAY_BE_MISSING and slots.get(f) is None),
                           *(f for f, value in TO_SPECIFY.items() if slots.get(f) == value)],
    }
#: « laissez comme c'était », « retour au récapitulatif »: the field reopened from the recap keeps its value.
_KEEP_AS_BEFORE = re.compile(
    r"\bcomme (?:c etait|avant|tout a l heure)\b|\b(?:garde[rz]?|gardons|laisse[rz]?|on garde|on laisse) (?:l ancien\w*|la valeur|"
    r"comme|tel|tout|le meme|la meme|ca)\b|\b(?:retour|retourner|revenir|revenons) au recap\w*|\bne (?:change|modifie)[rz]? "
    r"(?:rien|pas)\b|\bpas de (?:changement|modification)\b|\bannule[rz]? (?:la|cette|ma) (?:modification|correction)\b|"
    r"\bc etait (?:bon|juste|correct)\b|"
    # « gardez ce que j'avais mis » was stored as the derogation's reason (nineteenth blind user test)
    r"\b(?:garde[rz]?|gardons|laisse[rz]?|remette[zr]?) ce que j (?:avais|ai) (?:mis|ecrit|dit|indique)\b|"
    # « gardez la date d'avant » got « Je n'ai pas reconnu de date », and « c'est bon elle est ok, envoyez » too, after « pas
    # maintenant, je dois vérifier la date avec ma directrice » had reopened the date (found talking to make run)
    r"\b(?:garde[rz]?|gardons|laisse[rz]?|remette[zr]?|on garde|on laisse) (?:la|le|l|les) (?:\w+ ){0,2}(?:d avant|precedent\w*|d origine|"
    r"initial\w*|de depart|de tout a l heure)\b|^(?!.*\d)(?:c est bon|ok|parfait|d accord|nickel)\b.*\b(?:envoy\w*|valid\w*|transmet\w*)\b"
)
#: With answers kept: « en fait si, j'accepte », « bon ok je veux bien reprendre » resume the request.
#: (« reprendre » only at the end or before « ma demande »: « peut-on reprendre la formation après ? » is a question.)
_RESUME = re.compile(
    # (« oups je me suis trompé de bouton, j'accepte » restarted the form: twenty-first blind user test)
    r"^(?:(?:en fait|finalement|bon|ok|ah|oh|oups|oops|pardon|desolee?|mince|zut|"
    r"je me suis trompee?(?: de (?:bouton|touche|case|reponse))?|(?:erreur|mauvais) (?:de )?(?:bouton|clic|touche))\s+)*"
    r"(?:si\s+|oui\s+)?(?:j ?accepte|je consens)\b|\b(?:finalement oui|en fait oui)\s*$|"
    # (« finalement je veux la refaire » after « annuler » started a new check, and the answers kept were lost: sixteenth
    # blind user test.)
    # (« je reprend » typed without its s: « bon ok je reprend ma demande, j accepte » got « Posez-moi votre question »:
    # twenty-ninth blind user test)
    r"\b(?:reprendre|reprenons|on reprend|je reprends?|continuer|continuons|on continue|poursuivre)"
    # (« ok je reprends, j accepte »: the consent said after it: twenty-ninth blind user test)
    # (« on continue finalement », « on reprend du coup » right after a cancel got « Je n'ai pas de réponse à cette question »:
    # forty-second blind user test, u42-09)
    r"(?:\s+(?:ma|la|notre|mon|le)\s+(?:demande|dossier|formulaire|verification|verif|test)\b|"
    r"(?:\s*(?:alors|donc|svp|s il vous plait|finalement|en fait|du coup|quand meme|plutot|hein))*\s*$|"
    r"\s+(?:et\s+|ok\s+|oui\s+|bon\s+)?j ?accepte\b)|"
    r"\b(?:refaire|la refaire|on la refait)(?:\s+(?:ma|la|notre|mon|le)\s+(?:demande|dossier|formulaire)\b|\s*(?:alors|donc|svp|s il vous plait)?\s*$)"
)

#: « j'ai dit que j'étais d'accord », « j'ai dit oui », « mais si je suis d'accord » (folded): a consent said again.
_SAID_YES = re.compile(
    r"\b(?:j ai|je vous ai|j avais) (?:dit|repondu|ecrit|mis|clique) (?:que )?(?:oui|ok|d accord|j etais d accord|je suis d accord|"
    r"j acceptais|j accepte|j etais ok|je suis ok)\b|"
    r"^(?:(?:mais|ah|oh|bah|ben|bon|euh)\s+)*(?:si|oui)\s+(?:je suis|j etais|on est|nous sommes) d accord\b"
)


#: Asking to go on (folded): « on peut continuer ? », « on reprend ? », « je peux continuer ma demande ? » (thirtieth blind user
#: test: a new greeting).
_GO_ON_ASKED = re.compile(
    r"\b(?:(?:on|je|nous) (?:peut|peux|pourrait|pourrais|pouvons|pourrions)|peut on|puis je|pouvons nous|est ce qu on peut|est ce que je peux)"
    r" (?:continuer|reprendre|poursuivre)\b|\b(?:on reprend|on continue|on poursuit)\s*$"
)


def wants_to_resume(text: str, slots: dict[str, Any]) -> bool:
    """A request was left (« annuler », a refused consent) and the message asks to take it up again
    (not a question, nor « j'accepte pas »; « reprendre ma demande ? » is a request, though)."""
    text = (text or "").strip()
    # The last sentence says it (« ah non je refusais pas, je demandais. j'accepte » was « Posez-moi votre question » after
    # a question about refusing was taken for a refusal: eighteenth blind user test).
    last = [s for s in re.split(r"(?<=[.!;])\s+", text) if s.strip()]
    if len(last) > 1 and wants_to_resume(last[-1], slots):
        return True
    plain = normalize(text)
    # (Not « j'ai dit oui pour annuler, c'est bon », « je vous ai dit oui, annulez »: a yes to cancelling, which resumed the
    # request: review of the twentieth blind user test's fixes.)
    if (slots.get(KEPT_SLOT) and not text.startswith("/") and _SAID_YES.search(plain) and not re.search(r"\b(?:pas|jamais|refuse\w*)\b", plain)
            and not CANCEL_WORDS.search(plain)):
        # « mais non j'ai dit que j'étais d'accord ! » after a consent read as refused got « Posez-moi votre question »
        # (twentieth blind user test): the « non » contradicts the reading, not the consent.
        return True
    if slots.get(KEPT_SLOT) and not text.startswith("/") and "?" not in text and any(
            _sends_after_all(normalize(clause)) for clause in re.split(r"[,;:.!]", text) if clause.strip()):
        # « ah mince non je me suis trompe, je voulais l'envoyer en fait », « le maire est d'accord en fait ! on reprend et on
        # envoie » right after « C'est annulé » got the FAQ's suggestions (fifty-second blind user test, u52-04, u52-12): the
        # request taken up again, its recap shown before anything is sent (the « non » is the mistake's, not a refusal).
        return True
    if not slots.get(KEPT_SLOT) or text.startswith("/") or NOT_YES.search(plain.replace("je veux bien", "")):
        return False
    if _stopped_at_the_consent(slots[KEPT_SLOT]) and _CONSENT_SAID.search(plain) and withheld(text) is None:
        # « oups je me suis trompé, je voulais dire oui j'accepte » after the consent refused got « Posez-moi votre question »
        # (thirty-ninth blind user test, u39-04): the consent said plainly takes the request up again (resumed_slots records it).
        return True
    if text.endswith("?") and not re.search(r"\b(?:demande|dossier|formulaire|verification|verif)\b", plain) and not _GO_ON_ASKED.search(plain):
        return False
    # (each clause: « Re-bonjour, j'ai le siret maintenant : 73282932000074, on peut continuer ? », « on reprend ? le siret
    # c'est … » got a new greeting: thirtieth blind user test)
    return any(_RESUME.search(normalize(clause)) for clause in [text, *re.split(r"[,;:.!?]", text)] if clause.strip())


#: Sending wished after all (folded), in a clause of its own: « je voulais l'envoyer », « on l'envoie finalement », « envoyez-la »,
#: « on reprend et on envoie ».
_SEND_AFTER_ALL = re.compile(
    r"\b(?:je|j|on|nous)\s+(?:voulais|voulait|voulions|veux|voudrais|voulons|souhaite|souhaitais|prefere|preferais|allais)\s+"
    r"(?:bien\s+|quand meme\s+|juste\s+|plutot\s+)?(?:l\s+|la\s+)?(?:envoyer|transmettre|valider)\b|"
    r"\b(?:on|je|j)\s+(?:l\s+|la\s+)?(?:envoie|envoies|envoyons|transmet|transmets|valide)\b(?!\s+(?:quoi|ou|comment|quand|a qui|ca|les|des)\b)|"
    r"^(?:(?:en fait|finalement|bon|ok|alors|oui|si|non)\s+)*(?:envoyez|transmettez|validez)(?:\s+(?:la|le|l))?"
    r"(?:\s+(?:finalement|en fait|svp|alors|quand meme|du coup))*$|"
    r"\b(?:on reprend|reprenons|je reprends?|on continue|continuons)\s+et\s+(?:on\s+|j\s+)?(?:l\s+|la\s+)?(?:envoi\w*|valid\w*|transmet\w*)"
)
#: Not wishing to cancel (folded): « je voulais pas annuler », « je ne voulais pas l'annuler ».
_NOT_CANCELLING = re.compile(r"\b(?:je|j|on)\s+(?:ne\s+|n\s+)?(?:voulais|voulait|veux|voulions|voulons)\s+pas\s+(?:l\s+|la\s+)?annuler\b")


def _sends_after_all(clause: str) -> bool:
    """Whether a clause (folded) of a message after a cancel wishes the request sent after all, or says the cancel was not
    wished (:data:`_SEND_AFTER_ALL`, :data:`_NOT_CANCELLING`); not « je ne veux pas l'envoyer »."""
    if _NOT_CANCELLING.search(clause):
        return True
    return bool(_SEND_AFTER_ALL.search(clause)) and not re.search(r"\b(?:pas|jamais|plus|rien)\b", clause)


#: The consent said plainly (folded), in a message that resumes a request stopped at the consent (not « ok on reprend »:
#: a consent to personal data is not guessed).
#: The consent said in a resuming message (not « ok d'accord, on reprend », « d'accord, on continue », which agree to go on: review).
_CONSENT_SAID = re.compile(
    r"\b(?:j ?accepte|j accepterai|je consens|je donne mon accord|je suis d accord(?! pour (?:reprendre|continuer|modifier|changer|recommencer))"
    r"|d accord pour (?:le traitement|l utilisation|mes|les) donnees"
    r"|d accord (?:avec|pour) le traitement)\b"
)


def _stopped_at_the_consent(kept: Any) -> bool:
    """Whether the request kept (:data:`KEPT_SLOT`) stopped at the consent: its first field not answered."""
    return isinstance(kept, dict) and next((n for n in recap_slots(kept) if kept.get(n) is None), None) == CONSENT_SLOT


def resumed_slots(kept: dict[str, Any], text: str) -> tuple[dict[str, Any], bool]:
    """The answers a resumption restores, with the consent when the request stopped at it and the message that resumes
    gives it (« oups je me suis trompé de bouton, j'accepte », « bon finalement c'est d'accord j'accepte, on continue »: the
    consent was asked again, or the whole form restarted: twenty-first blind user test); and whether it was so recorded."""
    restored = dict(kept)
    text = (text or "").strip()
    asked = next((n for n in recap_slots(restored) if restored.get(n) is None), None)
    if asked in FIELD_VALIDATORS and asked != CONSENT_SLOT and not text.startswith("/") and re.search(r"\d|@", text):
        # « Re-bonjour, j'ai le siret maintenant : 73282932000074, on peut continuer ? »: the value said is kept (it had to be
        # typed again: thirtieth blind user test)
        read = field_turn(text, asked, restored, "inform")
        if read.kind == VALUE and read.updates.get(asked) is not None:
            restored.update({k: v for k, v in read.updates.items() if k in FIELD_VALIDATORS})
        return restored, False
    if asked != CONSENT_SLOT or text.startswith("/") or not _CONSENT_SAID.search(normalize(text)):
        return restored, False
    given = field_turn(text, CONSENT_SLOT, restored, "inform").updates.get(CONSENT_SLOT)
    if given in (None, CONSENT_REFUSED):
        return restored, False
    restored[CONSENT_SLOT] = given
    return restored, True


RESUME_TEXT = msg.RESUME_TEXT
CANCELLED_KEPT = msg.CANCELLED_KEPT
#: Bookkeeping, never restored on resumption: both forms' failure counters, the reference, the recap's state.
_NOT_KEPT = frozenset({ATTEMPTS_SLOT, FAILURES_SLOT, REFERENCE_SLOT, CONFIRM_SLOT, RECAP_STATE_SLOT})


def recap_slots(slots: dict[str, Any]) -> list[str]:
    """The form's required slots with the recap as the last one (none when nothing is to be asked)."""
    names = required_slots(slots)
    if not names and _at_the_recap(slots):
        # A correction at the recap made the project ineligible: the form stays at the recap (NOT_SENDABLE), where the
        # contract or the candidate can change again (it ended, and the answers were lost: review of the sixteenth test).
        return [CONFIRM_SLOT]
    return [*names, CONFIRM_SLOT] if names else []


def _at_the_recap(slots: dict[str, Any]) -> bool:
    """A request answered up to its recap (consent given, not sent) whose project is no longer eligible."""
    return (slots.get("eligibility") == "ineligible" and slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED) and bool(slots.get("company_name"))
            and not slots.get(REFERENCE_SLOT))


def recap_question(slots: dict[str, Any]) -> Message | None:
    """What ``action_ask_submission_confirmed`` sends: the recap, unless the last reply already asked something."""
    if slots.get(RECAP_STATE_SLOT) in (RECAP_QUIET, RECAP_CANCEL_PENDING, RECAP_DURATION, RECAP_CANDIDATE, RECAP_HELD, RECAP_ALTERNANCE):
        return None  # (on hold: the reply said how to send later, with the recap's buttons)
    if not can_submit(slots):
        return {"text": msg.NOT_SENDABLE, "buttons": [msg.CANCEL_REQUEST_BUTTON]}  # (the recap offered to send it)
    return recap(slots)


def recap_or_reminder(slots: dict[str, Any], asked_last: str | None, last_recap: str | None, latest: str) -> Message | None:
    """:func:`recap_question`, or a short reminder when the recap is unchanged since it was last shown (``last_recap``: its
    text then) and it, or the reminder, was the last thing asked before the employer's latest message (``asked_last``), which
    does not ask to see it (``latest``): a question answered at the recap, then the whole recap and its buttons again, under
    a second heading (twenty-ninth and thirtieth blind user tests)."""
    message = recap_question(slots)
    if (message is None or last_recap != message.get("text") or asked_last not in (last_recap, msg.RECAP_REMINDER)
            or SHOW_RECAP.search(normalize(latest or ""))):
        return message
    return {"text": msg.RECAP_REMINDER, "buttons": [msg.CONFIRM_BUTTON, msg.SHOW_RECAP_BUTTON]}


def memory_updates(memory: dict[str, Any] | None, now: dt.date | None = None, contract: str | None = None) -> dict[str, Any]:
    """Submission fields already said earlier (commune of the job, job title), validated like typed answers; ``contract``: the
    request's, whose own count of posts wins when the posts were shared between contracts (:func:`posts_of_the_contract`)."""
    updates = _memory_updates(memory, now)
    if contract and (own := posts_of_the_contract(str((memory or {}).get("said") or ""), contract, now)) is not None:
        updates["positions"] = own
    if contract and (job := job_of_the_contract(memory, contract)) is not None:
        checked = validate_field("job_title", job, now or dt.date.today())
        if checked.kind == VALUE:
            updates["job_title"] = checked.value
    return updates


def job_of_the_contract(memory: dict[str, Any] | None, contract: str) -> str | None:
    """The job said with ``contract`` in a first message that gave each contract its own (« un cuisinier en CDI et une serveuse
    en CDD de 6 mois »: the request for the CDD took the cuisinier, forty-second blind user test, u42-07), unless the job kept is
    another one said since; None otherwise."""
    memory = memory or {}
    jobs = jobs_of_the_contracts(str(memory.get("said") or ""))
    kept = memory.get("job_title")
    if contract not in jobs or kept and not any(normalize(str(kept)) == normalize(job) for job in jobs.values()):
        return None
    return jobs[contract]


#: A clause that counts the posts of one contract (« 2 en CDI », « 1 en CDD de 8 mois », « deux sous contrat d'apprentissage »).
_COUNT_OF_A_CONTRACT = re.compile(rf"^\s*(?P<count>\d{{1,3}}|{SMALL_COUNT_WORDS}|un|une)\s+(?:en|sous|de|d['’]|au|avec)\s*\S", re.IGNORECASE)


def posts_of_the_contract(said: str, contract: str, now: dt.date | None = None) -> int | None:
    """The count of posts ``said`` gives ``contract`` when it shares them between contracts (« 3 aides-soignants : 2 en CDI et 1
    en CDD de 8 mois »: the request for the CDI was pre-filled with 3 posts, thirty-seventh blind user test); None otherwise."""
    counted = [(found.group("count"), extract_contract(clause)) for clause in re.split(r"[,;:.!?()]|\s+(?:et|puis|plus)\s+", said)
               if (found := _COUNT_OF_A_CONTRACT.match(clause)) is not None and extract_contract(clause) is not None]
    if len({c for _, c in counted}) < 2:
        return None
    own = [count for count, of in counted if of == contract]
    read = validate_field("positions", own[0], now or dt.date.today()) if len(own) == 1 else None
    return int(read.value) if read is not None and read.kind == VALUE and read.value is not None else None


def _memory_updates(memory: dict[str, Any] | None, now: dt.date | None = None) -> dict[str, Any]:
    now = now or dt.date.today()
    updates: dict[str, Any] = {}
    memory = memory or {}
    if memory.get("commune"):
        checked = validate_field("work_location", memory["commune"], now)
        if memory.get("postal_code"):
            # The postcode typed with the town is kept (« garage dupont a angers 49000 » gave « Angers (49100) »: fiftieth blind
            # user test, u50-02).
            with_code = validate_field("work_location", f"{memory['commune']} {memory['postal_code']}", now)
            if with_code.kind == VALUE and isinstance(with_code.value, dict) and with_code.value.get("postal_code") == memory["postal_code"]:
                checked = with_code
        if checked.kind != VALUE and (memory.get("postal_code") or memory.get("department")):
            # A commune of two departments, its own known (« près d'Angers (Avrillé) » was asked again: thirty-fourth blind user
            # test).
            checked = validate_field("work_location", f"{memory['commune']} {memory.get('postal_code') or '(' + str(memory['department']) + ')'}", now)
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
    in_the_check = _said_in_the_check(memory, now)
    updates.update({k: v for k, v in in_the_check.items() if k not in updates or k in _LATEST_WINS})
    if (start := _contract_dates_corrected(memory, now)) is not None:
        updates["start_date"] = start
    if (reason := reason_said_earlier(memory, now)) is not None:
        updates["derogation_justification"] = reason  # (for a derogation only: action_start_submission)
    return updates


def taken_from_earlier(prefilled: dict[str, Any]) -> Message | None:
    """The fields filled from the employer's earlier messages, said back when the request starts: the request asked « Quel
    est son numéro SIRET ? » first, the company's name taken from the opening message without a word (talking to make run on
    2026-12-03). None when none was."""
    facts = [msg.RECAP_FACT.format(label=FIELD_LABELS[s], value=display(s, prefilled[s]))
             for s in FIELD_VALIDATORS if s in FIELD_LABELS and prefilled.get(s) not in (None, "", [])]
    return {"text": msg.REQUEST_FIELDS_TAKEN.format(facts=" ; ".join(facts))} if facts else None


def consent_said_earlier(memory: dict[str, Any] | None) -> bool:
    """Whether the employer accepted the use of their data plainly before the request asked it (« J'accepte la transmission de
    mes données » in a first message that says everything: the consent was asked again, then « j'ai déjà dit que
    j'acceptais », thirty-first blind user test): in the first message or an answer of the check, in a sentence that neither
    asks, supposes nor refuses (:data:`~bot.language.cues.DATA_CONSENT_GIVEN`)."""
    memory = memory or {}
    texts = [str(memory.get("said") or ""), *(str(a.get("text") or "") for a in memory.get(ANSWERS_KEY) or [])]
    for sentence in (s for text in texts for s in re.split(r"(?<=[.!?;])\s+", text.strip()) if s):
        plain = with_apostrophes(normalize(sentence))
        if sentence.rstrip().endswith("?") or SUPPOSING.search(plain) or REFUSING.search(plain) or re.search(r"\b(?:pas|ne|n)\b", plain):
            continue
        if DATA_CONSENT_GIVEN.search(plain):
            return True
    return False


def consent_taken_from_earlier(slots: dict[str, Any], now: dt.datetime | None = None) -> tuple[dict[str, Any], list[Message]]:
    """The consent given before the request asked it (:func:`consent_said_earlier`), recorded, and what to say: that it is
    noted, then the notice it was given without (the contact's details are used once it is read). Nothing when none was."""
    if slots.get(CONSENT_SLOT) or not consent_said_earlier(slots.get(MEMORY_SLOT)):
        return {}, []
    moment = now or dt.datetime.now(dt.timezone.utc)
    return {CONSENT_SLOT: moment.isoformat(timespec="seconds")}, data_use_messages(msg.CONSENT_GIVEN_EARLIER)


def hours_the_check_showed(slots: dict[str, Any]) -> dict[str, Any]:
    """The weekly hours the check's summary showed (« durée de travail : 26 h par semaine »: those of the request sent, for a
    second request), which the request asked again (thirty-first blind user test); none when the rules refuse them."""
    hours = slots.get("weekly_hours")
    if not isinstance(hours, (int, float)) or evaluate({"weekly_hours": hours}).verdict == "ineligible":
        return {}
    return {"weekly_hours": float(hours)}


def prefilled_notes(prefilled: dict[str, Any], now: dt.date | None = None) -> list[Message]:
    """What to say of the fields filled from earlier messages when the request starts: a start too soon to set up a training
    gets the warning the date question gives (« à la rentrée de janvier » said on the 2nd of December was the 1st of January,
    recorded silently, while « le 5 janvier » typed at the question was warned: twenty-seventh blind user test)."""
    start = prefilled.get("start_date")
    if isinstance(start, str) and (warning := notice_warning(dt.date.fromisoformat(start), now or dt.date.today())) is not None:
        return [{"text": warning}]
    return []


#: What the check's answers say again after the opening message and replaces it: the latest count said (« Nous aurions besoin
#: de 10 conducteurs… » then « bon mettons Nantes pour commencer, 4 postes » at the place question: the recap said 10 postes,
#: twenty-sixth blind user test).
_LATEST_WINS = frozenset({"positions"})


#: The check's questions about the project (its other ones are about the candidate), and what a « oui » to the offer of the
#: request says of the project besides (« oui, 35h, début en mars »).
_PROJECT_QUESTIONS = ("contract_type", "contract_duration", "department", PROJECT_STATEMENT)


def _said_in_the_check(memory: dict[str, Any], now: dt.date) -> dict[str, Any]:
    """What the check's answers said beyond their question (« cdi temps partiel 25h », « 3 conducteurs de ligne en CDI », « c'est
    une asso »: each was asked again by the request: twenty-second blind user test). An answer about the candidate (« une
    étudiante qui finit son BTS en juin », « il travaille 10h chez nous ») gives only the training needs and a type of employer
    said as such (« Il lui faudrait une formation Java. », « on est une asso »): its dates and hours are the candidate's."""
    found: dict[str, Any] = {}
    for answer in memory.get(ANSWERS_KEY) or []:
        asked, text = answer.get("asked"), str(answer.get("text") or "")
        if (corrected := count_said_again(text, memory)) is not None and (posts := validate_field("positions", corrected, now)).kind == VALUE:
            found["positions"] = posts.value  # (« finalement ce sera 2 postes » at any question: the latest count)
            if count_corrected(text, memory) is not None:
                continue  # (the count alone; « ah non finalement une seule et en cdi plutot » says more)
        if "?" in text:
            # « c'est possible pour une asso ? »: a question, not what the project is; but the job it names, when the check
            # took its contract and place (« est ce que je peux embaucher 2 caristes a Nantes en CDI avec ca ? »: the job and
            # the count were asked again, twenty-third blind user test)
            if asked in (None, *_PROJECT_QUESTIONS) and not memory.get("job_title"):
                for key, value in _named_in_the_project(text, now).items():
                    if key in ("job_title", "positions"):
                        found.setdefault(key, value)
            continue
        if asked in _PROJECT_QUESTIONS:
            said = said_in_the_project(text, now)
        else:
            said = {k: v for k, v in said_in_the_project(text, now).items() if k == "training_needs"}
            for clause in re.split(r"[,;.!?]+|\s+(?:et|mais)\s+", text):
                if only_an_employer_type(clause) and (kind := validate_field("employer_type", clause, now)).kind == VALUE:
                    said.setdefault("employer_type", kind.value)
        if asked == "contract_type" and not memory.get("job_title"):
            # « 3 conducteurs de ligne en CDI »: the job and its count, read as in an opening message.
            project = opening_updates(f"on recrute {text}").get(MEMORY_SLOT) or {}
            if project.get("job_title") and (job := validate_field("job_title", project["job_title"], now)).kind == VALUE:
                said["job_title"] = job.value
                if project.get("positions") and (count := validate_field("positions", str(project["positions"]), now)).kind == VALUE:
                    said["positions"] = count.value
        for key, value in said.items():
            if key in _LATEST_WINS:
                found[key] = value
            else:
                found.setdefault(key, value)
    return found


def _contract_dates_corrected(memory: dict[str, Any], now: dt.date) -> str | None:
    """The start of the contract's dates said again as a correction in the check's latest answer that does (« pardon en fait
    ce serait du 15 avril au 31 août » at the candidate's question changed the length, the start stayed the 1st of April of
    « d'avril a septembre »: thirty-third blind user test); not the candidate's past contract, nor the training's dates."""
    moment = dt.datetime.combine(now, dt.time(), tzinfo=dt.timezone.utc)
    for answer in reversed(memory.get(ANSWERS_KEY) or []):
        text = str(answer.get("text") or "")
        # (After the verdict too, no question asked: « ah attendez, mon gerant me dit que ce sera plutot du 15 avril au 15
        # septembre » kept the 1st of April: fifty-first blind user test, u51-07. Not the opening message, whose dates the
        # project's reading takes.)
        if answer.get("text") == memory.get("said") or "?" in text or not _CORRECTION_SAID.search(normalize(text)):
            continue
        if (period := contract_period(text, moment)) is not None:
            return period.start
    return None


@dataclass(frozen=True)
class ContractPeriod:
    """A contract said by its dates (:data:`CONTRACT_DATES`): its first day (ISO), its length in months (None when it cannot be
    told) and whether its start is a month alone (« de mars à septembre »)."""

    start: str
    months: float | None
    month_only: bool


def contract_period(text: str, moment: dt.datetime) -> ContractPeriod | None:
    """The contract's dates said in ``text`` (« du 15 avril au 31 août », « mars à septembre »), the first clause that says them;
    not the candidate's past contract, nor the training's dates, nor another start (« sa formation commence en janvier »).
    The one reader of a corrected period for the check's memory (:func:`_contract_dates_corrected`) and beside a request's
    answer (:func:`_with_the_whole_period`)."""
    for clause in re.split(r"[,;.!?]", text):
        plain = normalize(clause)
        if another_start(plain) or re.search(r"\bformations?\b", plain) or says_the_candidates_past(clause):
            continue
        if (dates := CONTRACT_DATES.search(plain)) is None or (start := recap_value("start_date", dates.group("start"), moment)[0]) is None:
            continue
        # (« mars a septembre » without its « de » is no length to the duration reader)
        length = extract_duration("de " + re.sub(r"^(?:du|de|d)\s+", "", dates.group(0)))
        months = round(length.months, 2) if length is not None and length.months is not None and not length.indefinite else None
        return ContractPeriod(str(start), months, re.match(r"(?:1er|\d)", dates.group("start")) is None)
    return None


def _nearest_year(day: str, anchor: str) -> str:
    """``day`` (ISO) moved to the year that brings it nearest ``anchor`` (ISO); ``day`` itself when either is not a date."""
    try:
        first, near = dt.date.fromisoformat(day), dt.date.fromisoformat(anchor)
        options = [first.replace(year=near.year + shift) for shift in (-1, 0, 1)]
    except ValueError:
        return day
    return min(options, key=lambda option: abs((option - near).days)).isoformat()


def _with_the_whole_period(result: FieldUnderstanding, text: str, requested: str | None, slots: dict[str, Any]) -> None:
    """A period said as a correction beside (or instead of) a request's answer changes both the start and the length of the
    contract (« ah attendez, on va plutot faire mars a septembre donc 7 mois » after « de avril a septembre » changed the length
    only, the start stayed the 1st of April: forty-second blind user test, u42-05; at another question the start only): the one
    of the two not read is set too, and said with the other. A start said more precisely in the first month of a period said by
    its months alone is kept (« le 15 mars », then « de mars à septembre »)."""
    if requested in (None, "start_date", CONSENT_SLOT) or "?" in (text or "") or not _CORRECTION_SAID.search(normalize(text or "")):
        return
    if not ({"start_date", "contract_duration"} & set(result.updates)) or (slots.get("contract_duration") is None and result.updates.get("contract_duration") is None):
        return
    if (period := contract_period(text or "", dt.datetime.now(dt.timezone.utc))) is None:
        return
    recorded = slots.get("start_date")
    recorded = recorded.isoformat() if isinstance(recorded, dt.date) else recorded
    anchor = result.updates.get("start_date") or recorded
    if isinstance(anchor, str):
        # the period's year is the one nearest the start read or recorded (the same season changed), not today's
        period = ContractPeriod(_nearest_year(period.start, anchor), period.months, period.month_only)
    keep_start = period.month_only and isinstance(recorded, str) and recorded[:7] == period.start[:7]
    listed: list[str] = []
    if keep_start and result.updates.get("start_date") == period.start:
        del result.updates["start_date"]
        dropped = msg.CORRECTED_FIELD.format(label=FIELD_LABELS["start_date"], value=display("start_date", period.start))
        result.messages = [m for m in result.messages if str(m.get("text") or "").strip() != dropped]
    elif "start_date" not in result.updates and not keep_start and period.start != recorded:
        result.updates["start_date"] = period.start
        listed.append(msg.CHANGED_FIELD.format(label=FIELD_LABELS["start_date"], value=display("start_date", period.start)))
    verdict: list[str] = []
    if "contract_duration" not in result.updates and period.months is not None and period.months != slots.get("contract_duration"):
        changes, verdict = contract_updates({"contract_duration": period.months}, {**slots, **result.updates})
        result.updates.update(changes)
        listed.append(msg.CHANGED_FIELD.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label({**slots, **result.updates})))
    if not listed:
        return
    text_said = " ".join([msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(listed)), *verdict])
    for k, line in enumerate(str(m.get("text") or "") for m in result.messages):
        single = re.fullmatch(r"C'est corrigé\. (?P<change>[^.]+(?:\.\d[^.]*)*)\.", line.strip())
        if single is not None and not verdict:
            # one sentence for both: « C'est corrigé. Date d'embauche souhaitée : 1er mars 2027 ; Contrat : CDD saisonnier de 7 mois. »
            result.messages[k] = {**result.messages[k], "text": msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join([single.group("change"), *listed]))}
            return
    result.messages.append({"text": text_said})


#: A correction said (folded): « pardon en fait », « finalement », « je me suis trompé ».
_CORRECTION_SAID = re.compile(rf"\b{alternation(CORRECTION_PHRASES)}\b")


def hours_said_in_the_check(memory: dict[str, Any] | None) -> float | None:
    """The weekly hours said in the check's latest answer to a question about the project that gives some (« cdi temps partiel
    20h »), fewer than the rules ask included: the verdict reads them, as it reads those of the opening message (they were
    left to the request, which asked them again and refused them: session of 2026-12-02). Not those of an answer about the
    candidate (« il travaille 10h chez nous ») nor of a question; a range's low end, as the request records it (« CDI, entre 20 et
    28h » was 28 h, « éligible », then 20 h refused by the request: session of 2026-12-02); nor, in an answer to another question,
    those of the candidate's job, here or elsewhere, said with it (« CDI, elle est à 20h par semaine actuellement chez un autre
    employeur », « 8 mois, il bosse déjà 12h chez nous »: « pas éligible », review of the session's changes): the job's are said
    of the job or the contract (« cdi temps partiel 20h », « CDI 35h »), not of a person."""
    said = hours_answer_in_the_check(memory)
    return job_hours_recorded(said) if said is not None else None


def hours_answer_in_the_check(memory: dict[str, Any] | None) -> str | None:
    """The check's latest answer whose weekly hours :func:`hours_said_in_the_check` reads, as typed (its range said again
    before the verdict: « CDI, entre 20 et 28h » is 20 h)."""
    for answer in reversed((memory or {}).get(ANSWERS_KEY) or []):
        text = str(answer.get("text") or "")
        if answer.get("asked") in _PROJECT_QUESTIONS and "?" not in text and job_hours_said(text) is not None:
            return text
    return None


#: What a second request of the same conversation takes from the one sent: the employer and the contact.
#: (Not the SIRET: it identifies the establishment, and a second request is often for another site: a request for
#: Saumur was sent with the SIRET of Angers, twelfth blind user test.)
REUSED_FIELDS = ("company_name", "employer_type", "contact_name", "contact_email", "contact_phone")


def previous_request(slots: dict[str, Any]) -> dict[str, Any]:
    """What :data:`PREVIOUS_REQUEST_SLOT` keeps of the request being sent."""
    kept: dict[str, Any] = {name: slots.get(name) for name in REUSED_FIELDS if slots.get(name) is not None}
    if slots.get("siret"):
        kept[SENT_SIRET] = slots["siret"]
    if answers := {name: slots[name] for name in SAME_AS_SENT_FIELDS if slots.get(name)}:
        kept[SENT_ANSWERS] = answers  # (« idem » at the needs of a second request: thirty-first blind user test)
    if (following := next_contract_project(slots) or next_job_project(slots)) is not None:
        # (the request promised for the other contract: thirty-seventh blind user test; or for the other job said at the job's
        # question)
        kept[NEXT_PROJECT] = following
    if slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED):
        kept[CONSENT_SLOT] = slots[CONSENT_SLOT]  # it covers the next request for the same employer and contact
    missing = [f for f in (slots.get(MISSING_SLOT) or []) if (f in REUSED_FIELDS or f == "siret") and f not in kept]
    if missing:
        # a phone skipped the first time is not asked again; a SIRET skipped is not for the same place of work, and asked with
        # the skip at hand for another (:func:`siret_of_the_same_site`, :func:`~bot.submission.questions.siret_skipped_before`)
        kept[MISSING_SLOT] = missing
    return kept


def _same_site(sent: Any, place: Any) -> bool:
    """Whether the place of work of a new request (``place``, a ``work_location``) is the commune of the request sent."""
    if not isinstance(sent, dict) or not isinstance(place, dict) or not sent.get("commune") or not place.get("commune"):
        return False
    same_department = not sent.get("department") or not place.get("department") or str(sent["department"]) == str(place["department"])
    return same_department and normalize(str(sent["commune"])) == normalize(str(place["commune"]))


def siret_of_the_same_site(previous: dict[str, Any], place: Any) -> tuple[dict[str, Any], str]:
    """The SIRET of a new request for the employer of the request sent (``previous``, :data:`PREVIOUS_REQUEST_SLOT`), and the
    sentence that says so: for the same place of work (``place``), the SIRET sent, or left to the Region again when it was
    skipped (it was asked again in the next request of the same conversation: a defect left open by the blind user tests);
    for another place or one not known yet, nothing: the SIRET is the establishment's, asked again (a request for Saumur was
    sent with the SIRET of Angers: twelfth blind user test)."""
    skipped = "siret" in (previous.get(MISSING_SLOT) or [])
    if not _same_site((previous.get(SENT_ANSWERS) or {}).get("work_location"), place) or not (previous.get(SENT_SIRET) or skipped):
        return {}, msg.SIRET_ASKED_AGAIN
    if previous.get(SENT_SIRET):
        return {"siret": previous[SENT_SIRET]}, msg.SIRET_TAKEN_BACK.format(place=place["commune"], siret=display("siret", previous[SENT_SIRET]))
    return {"siret": None, MISSING_SLOT: ["siret"]}, msg.SIRET_STILL_MISSING


def previous_request_updates(slots: dict[str, Any], place: Any = None) -> tuple[dict[str, Any], Message | None]:
    """For a new request once one is sent: the employer and the contact of the one sent, and the sentence that says
    so. They were all asked again, and « la même que tout à l'heure » became the company name (eighth user test);
    a new check in between forgot them (tenth blind user test): they are kept in :data:`PREVIOUS_REQUEST_SLOT`. With the
    employer, its SIRET when the new request's place of work (``place``) is the same (:func:`siret_of_the_same_site`)."""
    previous = dict(slots.get(PREVIOUS_REQUEST_SLOT) or {})
    updates = dict(previous)
    if "siret" in (updates.get(MISSING_SLOT) or []):
        updates[MISSING_SLOT] = [f for f in updates[MISSING_SLOT] if f != "siret"] or None  # (left to siret_of_the_same_site)
    updates.pop(SENT_SIRET, None)
    updates.pop(SENT_ANSWERS, None)
    updates.pop(NEXT_PROJECT, None)
    consent = updates.pop(CONSENT_SLOT, None)
    if not updates.get("company_name"):
        return {}, None
    # What the message that started this request says (« une filiale, …, autre SIRET, le contact serait Julie
    # Marchand » took back both the employer and the contact of the request sent: sixteenth blind user test).
    started_with = str((slots.get(MEMORY_SLOT) or {}).get("said") or "")
    other_employer = bool(_ANOTHER_EMPLOYER.search(normalize(started_with)))
    contact = _NEW_CONTACT.search(started_with)
    named = contact.group("name") if contact else None
    if named is None and (who := CONTACT_SAID.search(started_with)):
        named = who.group("before") or who.group("after")  # « c'est ma collègue Inès Haddad qui gère » (17th user test)
    new_contact = validate_field(FIELD_VALIDATORS["contact_name"], named, dt.date.today()) if named else None
    if other_employer:
        updates = {k: v for k, v in updates.items() if k in CONTACT_FIELDS}
    if new_contact is not None and new_contact.kind == VALUE and normalize(str(new_contact.value)) == normalize(str(updates.get("contact_name") or "")):
        new_contact = None  # « même contact : Marie Dupont »: the same, with her e-mail and phone (review)
    if new_contact is not None and new_contact.kind == VALUE:
        updates = {k: v for k, v in updates.items() if k not in CONTACT_FIELDS}
        updates["contact_name"] = new_contact.value
        for field in ("contact_email", "contact_phone"):  # given with the name (« … Alain Mercier alain.mercier@…, 06… »)
            found = validate_field(FIELD_VALIDATORS[field], started_with, dt.date.today())
            if found.kind == VALUE and not found.warning:
                updates[field] = found.value
        if other_employer:
            return updates, {"text": msg.PREVIOUS_NOTHING_REUSED.format(contact=new_contact.value)}
        siret, siret_said = siret_of_the_same_site(previous, place)
        updates = _with_the_siret(updates, siret)
        said = " ".join([msg.EMPLOYER_REUSED.format(company=updates["company_name"]), siret_said, msg.CONTACT_NOTED.format(contact=new_contact.value)])
        return updates, {"text": said}
    both = bool(updates.get("contact_email") and updates.get("contact_phone"))
    if other_employer:
        if not updates.get("contact_name"):
            return updates, None
        reused = msg.PREVIOUS_CONTACT_REUSED if both else msg.PREVIOUS_CONTACT_REUSED_AS_SAID
        return updates, {"text": reused.format(contact=_contact_taken_back(updates))}
    siret, siret_said = siret_of_the_same_site(previous, place)
    updates = _with_the_siret(updates, siret)
    reused = msg.EMPLOYER_AND_CONTACT_REUSED if both or not updates.get("contact_name") else msg.EMPLOYER_AND_CONTACT_REUSED_AS_SAID
    said = " ".join([reused.format(company=updates["company_name"], contact=_contact_taken_back(updates) if updates.get("contact_name") else msg.NOT_GIVEN),
                     siret_said])
    if consent and updates.get("contact_name"):
        # The same employer and contact: the consent given for the request sent covers this one (the whole notice came again,
        # « Oui, j'ai déjà accepté tout à l'heure »: fortieth blind user test, u40-03), said in one sentence.
        updates[CONSENT_SLOT] = consent
        said = f"{said} {msg.CONSENT_COVERS_THE_NEXT_REQUEST}"
    return updates, {"text": said}


def _contact_taken_back(updates: dict[str, Any]) -> str:
    """The contact's name as the sentence that takes it back says it, with what comes with it (« avec son e-mail et son
    téléphone » was said of a contact without e-mail: fiftieth blind user test, u50-03): the name alone for both (the
    sentence says them), else « …, avec son téléphone », « …, avec son e-mail », or the name alone."""
    name = str(updates["contact_name"])
    email, phone = updates.get("contact_email"), updates.get("contact_phone")
    if email and phone or not (email or phone):
        return name
    return (msg.CONTACT_WITH_EMAIL if email else msg.CONTACT_WITH_PHONE).format(name=name)


def _with_the_siret(updates: dict[str, Any], siret: dict[str, Any]) -> dict[str, Any]:
    """``updates`` with the SIRET of :func:`siret_of_the_same_site` (a value, or the field left to the Region: missing)."""
    missing = [*(updates.get(MISSING_SLOT) or []), *siret.get(MISSING_SLOT, [])]
    kept = {k: v for k, v in updates.items() if k != MISSING_SLOT}
    return {**kept, **{k: v for k, v in siret.items() if k != MISSING_SLOT}, **({MISSING_SLOT: missing} if missing else {})}


#: « une filiale », « une autre entreprise », « autre SIRET » (folded): the new request is another employer's.
_ANOTHER_EMPLOYER = re.compile(
    rf"\b(?:filiale|succursale|autre (?:{'|'.join(employer_nouns())}|employeur|siret|raison sociale)"
    rf"|(?:aussi|egalement) (?:une|un) (?:{'|'.join(employer_nouns())}|club|{'|'.join(legal_forms(ordinary=False))})"
    rf"|(?:pas|plus) (?:la meme|le meme) (?:{'|'.join(employer_nouns())}|siret|employeur)|siret (?:different|pas le meme))\b"
)
#: « le contact serait Julie Marchand », « contact : Paul Roux », « l'interlocutrice sera Mme Anne Petit ».
_NEW_CONTACT = re.compile(
    r"\b(?:[Cc]ontact|[Ii]nterlocut\w+|personne [àa] contacter)\s*(?:sera|serait|c['’ ]?est|ce sera|:)?\s*(?:(?:mon|ma|notre|le|la|l['’])\s*\w+\s+)?"
    r"(?:(?:M\.|Mme|Monsieur|Madame)\s+)?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})"
)


#: Later questions an opening message often answers (« mairie de Saumur, 2 agents en CDI à 35h, à partir de mai »).
_SAID_IN_THE_PROJECT = ("employer_type", "weekly_hours", "start_date", "training_needs", "job_title", "positions", "company_name", "contact_name",
                        "work_location")
#: « il faudrait le former à la soudure TIG », « besoin de formation en HACCP », « une formation au CACES 3 »: the
#: training needs said in the opening message (asked again: seventeenth blind user test). Not a contract
#: (« formation en alternance »), nor a question about the training (« la formation dure combien ? »).
_TRAINING_SAID = re.compile(
    r"\b(?:(?:l['’ ]?|le |la |les )form(?:er|ez|ons)|(?:besoins?|manques?) (?:de |en )formation|"
    r"(?:une|la|sa|leur|d['’ ]?une) formation)\s*:?\s*(?:à la |à l['’ ]?|à |a |au |aux |en |sur |sur le |sur la |pour )"
    r"(?!(?:alternance|apprentissage|contrat|interne|cdi|cdd|distance|temps|combien|quoi|la fin|l['’ ]?embauche)\b)"
    r"(?P<needs>[^,;.!?()]{3,120})",
    re.IGNORECASE,
)


#: « Besoin formation: techniques de nettoyage, autolaveuse. »: the needs listed after a colon, up to the end of the sentence
#: (they were asked again, then stored as « comme j'ai dit : … »: twenty-third blind user test).
_TRAINING_LISTED = re.compile(r"\b(?i:besoins?|manques?)\s+(?i:(?:de|en)\s+)?(?i:formations?)\s*:\s*(?P<needs>[^.!?\n]{3,200})")
#: « Besoins : hygiène alimentaire HACCP, techniques de vente, encaissement. », a label in a first message that lists every field
#: (« Entreprise : …, Poste : …, Contact : … »): the needs, asked again (thirty-first blind user test). Not whom the employer
#: needs (« Besoin : un cariste », « Besoins : 2 caristes », « Besoin : quelqu'un de motivé »: :func:`_labelled_needs`).
_NEEDS_LABELLED = re.compile(
    r"\b(?i:besoins?)\s*:\s*(?!(?i:un|une|des|deux|trois|quatre|cinq|plusieurs|quelqu\w*|d['’ ]?un\w*|personne)\b|\d)(?P<needs>[^\s.!?][^.!?\n]{2,199})"
)
#: A clause after the needs listed that is no need (review of the twenty-third blind user test's fixes: « Besoin formation:
#: soudure, contact Paul Martin 0612345678 », « …: soudure TIG, le candidat est au chômage » were stored whole): a contact, a
#: phone, an e-mail, the candidate, a contract (a place: :func:`_needs_listed`).
# (Only an actual address, number or name: « relation client, gestion des contacts », « accueil téléphonique, mail » were cut
# short; and a sign-off, a start, a count of posts, hours: « vente, cordialement », « vente, début en mars », « vente, 2
# postes », « …, 35h » were stored with the needs: second review of the session's changes.)
_NOT_A_NEED = re.compile(
    r"(?i)\b(?:candidat\w*|cdi|cdd|contrat|alternance|int[ée]rim|cordialement|merci|bonne journ[ée]e|d[ée]but\w*|d[ée]marrage|"
    r"[àa] partir d\w*|\d+\s*postes?|\d+\s*h(?:eures?)?)\b|(?-i:\b[Cc]ontacts?\s*:?\s+(?:M\.|Mme|[A-ZÀ-Ý][a-zà-ÿ]+))|@|\d[\d .]{7,}\d"
)


#: A clause that states a training need (folded), after the lead that says so (« faut », « il faudrait », « besoin de »; or
#: none: « formation diag electronique » alone between commas): « Il faudrait une formation de boucher », « besoin de formation
#: HACCP et hygiène », « faut le caces 1 et 5 » (each asked again by the request: twenty-seventh blind user test). Not a contract,
#: a length or a question about the training (« formation en alternance », « formation de 3 mois », « formation combien ? »).
_NEED_LEAD = (
    r"^(?:(?:et|mais|donc|alors|bref|ah|aussi|puis|avec)\s+)*(?:(?:il\s+)?(?:(?:nous|lui|leur|y)\s+)?(?:faut|faudrait|faudra)\s+|"
    r"(?:(?:on|il|elle|ils|elles)\s+(?:a|ont|aura|aurait|auraient)\s+|(?:j|nous)\s+(?:ai|avons|aurais|aurions)\s+|avec\s+(?:un\s+)?)?"
    r"(?:un\s+)?besoins?\s+(?:de\s+|d\s+|en\s+)?)"
)
_NEED_STATED = re.compile(
    rf"(?:{_NEED_LEAD})?(?:(?:une|la|d une|des|les)\s+)?formations?\s+(?:(?:de|d|en|a|au|aux|sur|pour)\s+(?:(?:la|le|l|les)\s+)?)?"
    rf"(?!(?:alternance|apprentissage|contrat|interne|distance|combien|quoi|qui|quand|ou|comment|la dessus|dessus|ca|cela|{TRAINING_LIKE})\b)"
    r"(?!.*\b\d+\s*(?:h|heures?|jours?|semaines?|mois|ans?)\b)(?!(?:de|d|en|a|au|aux|sur|pour|la|le|l|les)\b)(?P<needs>[a-z].{2,118})$"
    r"|(?:" + _NEED_LEAD + r")(?:(?:le|la|les|l|un|une|des|du)\s+)?"
    r"(?P<certificate>(?:caces|permis|habilitation|fimo|fco|haccp|sst|certificat|cqp|titre pro\w*)\b.{0,100})$"
)
#: « elle sait pas faire les compositions de mariage faudrait une formation la dessus »: what is not mastered, then a training
#: on it (folded).
_NEED_ON_IT = re.compile(
    r"\b(?:ne\s+)?(?:sait|savent|connait|connaissent|maitrise|maitrisent)\s+pas\s+(?:(?:faire|encore|bien|trop)\s+)*"
    r"(?P<needs>.{3,100}?)\s*(?:,\s*)?(?:(?:et|donc|alors|du coup)\s+)?(?:il\s+)?(?:(?:lui|leur)\s+)?(?:faut|faudrait|faudra)\s+"
    r"(?:une|la)\s+formation\s+(?:la\s*dessus|dessus|sur\s+(?:ca|cela|ce point))\b"
)


def stated_need(text: str, now: dt.date) -> str | None:
    """The training needs a clause of ``text`` states (:data:`_NEED_STATED`, :data:`_NEED_ON_IT`), as typed and validated
    like an answer, or None; only the clause, never the message, and never in a sentence that asks something."""
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        if sentence.rstrip().endswith("?"):
            continue
        for clause in re.split(r"\s*[,;:.!]\s*|\s+(?:mais|donc)\s+", sentence):
            plain = normalize(clause)
            found = _NEED_ON_IT.search(plain) or _NEED_STATED.match(plain)
            if found is None:
                continue
            group = "needs" if found.groupdict().get("needs") else "certificate"
            needs = found.group(group)
            if needs is None or _NOT_A_NEED.search(needs) or candidate_status_said(needs):
                continue
            # the same words as typed (accents, capitals): the folded words' place among the typed ones
            first, count = len(plain[:found.start(group)].split()), len(needs.split())
            if group == "needs" and re.search(r"\bformations? (?:de|d)$", plain[:found.start(group)].rstrip()):
                first, count = first - 2, count + 2  # « formation de boucher », not « boucher »
            words = list(re.finditer(r"[^\W_]+", clause))
            typed = clause[words[first].start():words[first + count - 1].end()] if len(words) >= first + count else needs
            checked = validate_field("training_needs", typed.strip(), now)
            if checked.kind == VALUE:
                return str(checked.value)
    return None


#: A certificate the candidates lack (« qui n'ont pas encore le permis C ni la FIMO », « il n'a pas le CACES 3 », « il lui manque le
#: caces 3 »): the training needs of a pasted e-mail, asked again (forty-sixth blind user test, u46-06).
_CERTIFICATES = r"(?:caces|permis|habilitations?|fimo|fco|haccp|sst|certificat\w*|cqp|titre pro\w*)\b"
_CERTIFICATE_LACKING = re.compile(
    r"\b(?:n['’ ]?\s*(?:a|ont|avons|poss[èe]de|poss[èe]dent|dispose|disposent)\s+pas|ne\s+(?:poss[èe]de|poss[èe]dent|dispose|disposent)\s+pas"
    r"|manque(?:nt)?)\s+(?:encore\s+|non\s+plus\s+)?(?:de\s+|d['’]\s*)?(?:le|la|les|l['’]|du|un|une)?\s*"
    rf"(?P<needs>{_CERTIFICATES}[^.;!?\n]{{0,80}})",
    re.IGNORECASE,
)


def certificate_lacking(text: str, now: dt.date) -> str | None:
    """The certificates the candidates lack, said in a message about the project (:data:`_CERTIFICATE_LACKING`; « ni la » read as
    « et »), validated as the needs' answer, else None."""
    found = _CERTIFICATE_LACKING.search(text or "")
    if found is None:
        return None
    said = re.sub(r"\s+ni\s+(?:(?:le|la|les)\s+|l['’]\s*)?", " et ", _needs_listed(found.group("needs"))).strip(" ,")
    checked = validate_field("training_needs", said, now)
    return str(checked.value) if checked.kind == VALUE else None


def _needs_listed(said: str) -> str:
    """The needs listed up to the first clause that is none (:data:`_NOT_A_NEED`, the candidate, a place)."""
    for comma in re.finditer(r"\s*[,;]\s*|\s+et\s+", said):  # (« soudure TIG et candidat à trouver »)
        clause = re.split(r"\s*[,;]\s*|\s+et\s+", said[comma.end():])[0]
        if _NOT_A_NEED.search(clause) or candidate_status_said(clause) or named_communes(clause):
            return said[:comma.start()]  # as typed, up to that clause
    return said


def _labelled_needs(text: str) -> re.Match[str] | None:
    """The needs after « Besoins : » (:data:`_NEEDS_LABELLED`), unless they name a post (« Besoin : cariste en CDI »)."""
    found = _NEEDS_LABELLED.search(text)
    if found is None or stated_job(found.group("needs")) or stated_job(f"on recrute {found.group('needs')}"):
        return None
    return found


#: The labels of a pasted e-mail's or form's lines (folded), by the field their value answers (« Societe : LOGIMAY SARL, SIRET … »,
#: « Poste : magasinier cariste, 1 poste, … », « Date d'embauche : 4 janvier 2027 », « Formation : CACES R489 cat 1 et 3, … »: the
#: company was stored as « Je vous transmets les infos pour notre demande : Societe : LOGIMAY SARL », the job cut to « magasinier »,
#: the date and the needs asked again: forty-eighth blind user test, u48-02).
_LINE_LABELS: dict[str, tuple[str, ...]] = {
    "company_name": ("societe", "entreprise", "structure", "raison sociale", "employeur", "etablissement", "association", "nom de l entreprise",
                     "nom de la structure", "nom de la societe", "nom de l employeur", "nom de l etablissement"),
    "job_title": ("poste", "postes", "poste a pourvoir", "metier", "intitule du poste", "intitule de poste", "emploi", "fonction", "profil"),
    "start_date": ("date d embauche", "date d embauche souhaitee", "date de debut", "date de demarrage", "debut", "demarrage",
                   "prise de poste", "date de prise de poste", "date d entree", "embauche"),
    "training_needs": ("formation", "formations", "formation souhaitee", "formations souhaitees", "besoins de formation",
                       "besoin de formation", "besoins en formation", "besoin en formation", "besoins", "besoin"),
}
_LINE_FIELD = {label: field for field, labels in _LINE_LABELS.items() for label in labels}
#: Other labels of such lines (folded), read elsewhere: with the ones above, two lines so labelled make a pasted form.
_OTHER_LINE_LABELS = frozenset(("contact", "siret", "n siret", "numero siret", "lieu", "lieu de travail", "adresse", "contrat",
                                "type de contrat", "duree", "horaires", "temps de travail", "telephone", "tel", "mail", "e mail",
                                "email", "courriel", "nombre de postes", "candidat", "candidats", "candidates"))
_LABELLED_LINE = re.compile(r"^[ \t]*(?:[-•*·>][ \t]*)?(?P<label>[^\W\d_][^:\n]{0,38}?)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.MULTILINE)


def _labelled(text: str) -> list[tuple[str, str]]:
    """(folded label, value) of each labelled line of ``text`` (:data:`_LABELLED_LINE`) whose label is a known one."""
    lines = [(normalize(found.group("label")), found.group("value")) for found in _LABELLED_LINE.finditer(text or "")]
    return [(label, value) for label, value in lines if label in _LINE_FIELD or label in _OTHER_LINE_LABELS]


def pasted_form(text: str) -> bool:
    """Whether ``text`` is a pasted e-mail or form: two lines or more with a known label (« Societe : … », « Poste : … »)."""
    return len(_labelled(text)) >= 2


def labelled_lines(text: str, now: dt.date) -> dict[str, Any]:
    """The company, job, start and training needs of the labelled lines of a pasted e-mail or form (:data:`_LINE_LABELS`), each
    read as the answer to its question: the name and the job as the line's first part (« LOGIMAY SARL, SIRET …, entreprise
    privee »: its other parts are read as such elsewhere), the needs up to a part that is none. Empty for a text that is no pasted
    form (:func:`pasted_form`)."""
    found: dict[str, Any] = {}
    if not pasted_form(text):
        return found
    moment = dt.datetime.combine(now, dt.time(), tzinfo=dt.timezone.utc)
    for label, value in _labelled(text):
        field = _LINE_FIELD.get(label)
        if field is None or field in found:
            continue
        said = value.strip().rstrip(".")
        if field in ("company_name", "job_title"):
            said = re.split(r"\s*[,;]\s*|\s+-\s+", said)[0]
        if field == "job_title":
            said = re.split(r"\s+(?:en|sous)\s+(?i:cdi|cdd|contrat|alternance|int[ée]rim)\b|\s+(?:à|a|au|aux)\s+(?=[A-ZÀ-Ý])", said)[0]
        if field == "training_needs":
            said = _needs_listed(said)
        if field == "start_date":
            read = recap_value(field, said, moment)[0]
        else:
            checked = validate_field(field, said.strip(), now)
            read = checked.value if checked.kind == VALUE else None
        if read not in (None, ""):
            found[field] = read
    return found


def said_in_the_project(text: str, now: dt.date) -> dict[str, Any]:
    """The employer type, weekly hours and start said in the message that described the project: each part of it
    that shows one of them (they were asked again: seventh blind user test)."""
    found: dict[str, Any] = {}
    moment = dt.datetime.combine(now, dt.time(), tzinfo=dt.timezone.utc)
    parts = [sentence for chunk in CORRECTION_SEPARATOR.split(text)[::2] for sentence in re.split(r"(?<=[.!?])\s+", chunk)]
    for index, part in enumerate(parts):
        plain = normalize(part)
        field = sniff_field(part, plain)
        if field == "start_date" and not says_the_start(plain):
            field = None  # « CDD de 6 mois jusqu'en mars », « formation en janvier »: no start
        if field == "weekly_hours" and field not in found or field == "start_date":
            # (The start said last: « …à la rentrée de janvier » in the opening message, then « …, prise de poste le 2 mars
            # 2027, … » when taking up the offer of the request; the recap said the 1st of January: twenty-seventh blind user
            # test.)
            # (the job's hours of the whole message, as the check reads them: « CDI, il est à 30h dans son job actuel » was 30 h
            # here, « CDI, il sera à 28h puis 35h » 28 h), a range's low end as at the hours question (« entre 28 et 30h » was 30 h)
            value = job_hours_recorded(text, now) if field == "weekly_hours" else recap_value(field, DETAIL_PIECE.get(field, lambda c: c)(part), moment)[0]
            if field == "start_date" and value is not None and (instead := _start_said_instead(part, parts[index + 1:], moment)) is not None:
                value = instead  # (« debut avril, enfin mai »: the 1st of April, forty-eighth blind user test, u48-09)
            if value is not None and not (field == "weekly_hours" and evaluate({"weekly_hours": value}).verdict == "ineligible"):
                found[field] = value
        elif field in SAID_AS_SUCH:
            # The SIRET, the e-mail and the phone are recognisable wherever they are said (a first message with all
            # of them had them asked again: eighth blind user test), each in its own piece (« au 02… ou claire@… »).
            # (And before the word that names one: « mail m.rousseau@nps44.fr tel 0228010203 » lost its phone: twenty-third
            # blind user test.) (And a phone right after the e-mail, or before it, with no word between: « Contact Paul Martin
            # paul.martin@… 0240112233 » lost its phone: thirty-fourth blind user test.)
            for piece in re.split(r"[,;()]|\s+(?:ou|et)\s+|\s+(?=(?i:t[ée]l|t[ée]l[ée]phone|portable|e-?mail|mail|courriel)\b)"
                                  r"|\s+(?=[\w.+-]+@\w)|\s+(?=(?:\+33\s?|0)[1-9](?:[\s.-]?\d{2}){4}\b)", part):
                kind = sniff_field(piece, normalize(piece))
                if kind in SAID_AS_SUCH and kind not in found and (value := recap_value(kind, piece, moment)[0]) is not None:
                    found[kind] = value
        if "employer_type" not in found and field not in SAID_AS_SUCH and (checked := validate_field("employer_type", part, now)).kind == VALUE:
            found["employer_type"] = checked.value
    if "start_date" not in found and (start := next((in_clause for clause in re.split(r"[,;.!?]", text)
                                                     if not another_start(clause_plain := normalize(clause))
                                                     and (in_clause := START_SAID.search(clause_plain))), None)):
        # « on cherche 2 couvreurs en CDI à Nantes début avril »: the part was read as the place only, and the start
        # asked again (thirteenth blind user test). Not in a clause of another start (« …, sa formation commence en
        # janvier », « …, on l'a embauché en mai » were the start: third review of the twenty-second test's fixes).
        value = recap_value("start_date", start.group(0), moment)[0]
        if value is not None:
            found["start_date"] = value
    if "start_date" not in found and (dates := next((in_clause for clause in re.split(r"[,;.!?]", text)
                                                     if not another_start(clause_plain := normalize(clause))
                                                     and not re.search(r"\bformations?\b", clause_plain) and not says_the_candidates_past(clause)
                                                     and (in_clause := CONTRACT_DATES.search(clause_plain))), None)):
        # « 1er avril au 15 septembre »: the contract's dates, its start (thirty-first blind user test); not the training's
        # nor a past contract's (« formation du 1er mars au 15 avril », « il était en CDD chez nous du 1er avril au … »).
        value = recap_value("start_date", dates.group("start"), moment)[0]
        if value is not None:
            found["start_date"] = value
    if "weekly_hours" not in found and (hours := job_hours_recorded(text, now)) is not None and evaluate({"weekly_hours": hours}).verdict != "ineligible":
        found["weekly_hours"] = hours  # « à temps plein » was asked again
    needs = _TRAINING_LISTED.search(text) or _labelled_needs(text) or _TRAINING_SAID.search(text) or TRAINING_NEEDED.search(text)
    if needs and not text.rstrip().endswith("?"):
        # (Up to a contract or the place: « … au CACES 3 en CDI à Angers ».)
        listed = _needs_listed(needs.group("needs")) if needs.re in (_TRAINING_LISTED, _NEEDS_LABELLED) else needs.group("needs")
        # (A place inside the list is left out, not the needs after it: « permis CE à Nantes, FIMO » kept only « permis CE »:
        # second review of the session's changes.)
        listed = re.sub(r"\s+(?:à|a|au|aux)\s+[A-ZÀ-Ý][\w'’-]*(?=\s*[,;]\s*\w)", "", listed)
        said = re.split(r"\s+(?:en|sous)\s+(?i:cdi|cdd|contrat|alternance|int[ée]rim)\b|\s+(?:à|a|au|aux)\s+(?=[A-ZÀ-Ý])", listed)[0]
        checked = validate_field("training_needs", said.strip(), now)
        if checked.kind == VALUE:
            found["training_needs"] = checked.value
    if "training_needs" not in found and (stated := stated_need(text, now)) is not None:
        found["training_needs"] = stated  # « faut le caces 1 et 5 », « Il faudrait une formation de boucher »
    if "training_needs" not in found and (lacking := certificate_lacking(text, now)) is not None:
        found["training_needs"] = lacking  # « qui n'ont pas encore le permis C ni la FIMO » (forty-sixth blind user test)
    if "training_needs" not in found and (need := need_in_brackets(text)) and (checked := validate_field("training_needs", need[1], now)).kind == VALUE:
        found["training_needs"] = checked.value  # « un cariste (caces à passer) »: the need, not the job's (review of the session's changes)
    found.update({k: v for k, v in _named_in_the_project(text, now).items() if k not in found})
    found.update({k: v for k, v in _listed_with_the_siret(text, now).items() if k not in found})
    if "positions" not in found and (count := _count_said(text, now)) is not None:
        found["positions"] = count
    if (again := count_said_again(text, {"job_title": found.get("job_title")})) is not None and (posts := validate_field("positions", again, now)).kind == VALUE:
        found["positions"] = posts.value  # (the count said instead: « 2 caristes…, et 3 caristes pas 2 », forty-eighth blind user test)
    found.update(labelled_lines(text, now))  # (a line's label says what it is: it wins over a guess)
    return {k: v for k, v in found.items() if k in _SAID_IN_THE_PROJECT or k in SAID_AS_SUCH}


def _start_said_instead(part: str, following: list[str], moment: dt.datetime) -> Any:
    """The start a correction right after ``part`` says instead (« debut avril, enfin mai », « le 1er mars, non plutot le 15 »),
    read with it as the date question reads it; None when the next part is no correction or says no start."""
    if not following or not _opens_with_a_correction(tokenize(following[0])):
        return None
    return recap_value("start_date", f"{part}, {following[0]}", moment)[0]


def _opens_with_a_correction(tokens: list[str]) -> bool:
    """Whether a correction marker opens ``tokens`` (« enfin mai », « non plutot le 15 »)."""
    positions = correction_positions(tokens)
    return bool(positions) and all(t in ("ah", "oh", "euh", "non", "enfin", "plutot", "pardon", "finalement", "ou") for t in tokens[: positions[0] - 1])


#: A count of posts said without a job (folded): « 2 postes », « 3 CDD », « deux CDI », « 2 contrats »; not « un CDI » (an
#: article), « 12 salariés » (the staff), « 8 mois ».
_COUNT_WORDS = rf"\d{{1,2}}|{SMALL_COUNT_WORDS}"
_COUNT_OF_POSTS = re.compile(rf"\b(?P<count>{_COUNT_WORDS})\s+(?:postes?|cdi|cdd|contrats?|recrutements?|embauches?)\b")
#: What may come before such a count in its clause for it to be the posts to fill now (folded): nothing, the contract, a
#: recruiting verb (« cdi, on recrute 2 postes », « il nous faut 3 postes »). Not past or existing staff (« on a eu 2 cdd
#: avant », « après 2 CDD », « on est 2 cdi », « on a déjà 3 cdi », « remplacement de 2 cdi »: each was recorded as the
#: posts, the positions question skipped: review of the session's changes).
_POSTS_LEAD = re.compile(
    r"(?:(?:un|une|en|pour|de|d|du|des|cdi|cdd|contrats?|alors|donc|ok|oui|bonjour|ce sera|ca sera|c est|soit|au total|en tout"
    r"|il (?:nous |me )?(?:faut|faudrait)|(?:on a |j ai |nous avons )?besoin (?:de|d)"
    r"|(?:on|je|nous) (?:va |vais |voudrait |voudrais |voudrions |souhaite |souhaitons )?"
    r"(?:recrut\w*|cherch\w*|embauch\w*|ouvr\w*|propos\w*|pren\w*))(?:\s+|$))*"
)
#: After the count in its clause: posts already filled or gone (« 2 cdi partis », « 2 cdi dans l'équipe », « l'an dernier »).
_NOT_TO_FILL_AFTER = re.compile(
    r"\b(?:avant|partis?|parties?|dans l equipe|en place|actuel\w*|deja|l an dernier|l annee derniere|precedent\w*|depuis)\b"
)
#: Another figure that may be a count (folded, a range of hours blanked): not followed by a unit or a month (« 35h », « 8 mois »,
#: « le 15 mars »).
_ANOTHER_COUNT = re.compile(rf"\b(?:{_COUNT_WORDS})\b(?!\s*(?:{MEASURE_UNIT}|{alternation(FULL_MONTHS)}|er\b|[.,/]\d|%|€))")
#: A range of hours, blanked before looking for another count (« 2 postes de 24 à 30h »); not a count at its hours (« 1 à 20h »).
_A_RANGE_OF_HOURS = re.compile(r"\b(?:(?:entre|de)\s+)?\d+(?:[.,]\d+)?\s*(?:h|heures?)?\s*(?:et|a|-|/)\s*\d+(?:[.,]\d+)?\s*(?:h|heures?)\b")
#: A phone number (folded), blanked too: its pairs of figures are no counts (« …, 2 postes, … Contact : …, 02 40 54 33 21 »: the
#: count was asked again, thirty-first blind user test).
_A_PHONE_NUMBER = re.compile(r"(?:\+33\s?|\b0)[1-9](?:[\s.-]?\d{2}){4}\b")
#: A certificate's categories or levels, up to the end of their clause (folded), blanked too: no counts either (« …, cariste, 1
#: poste, …, besoin CACES R489 cat 3 et 5 »: the count was asked again, thirty-fourth blind user test).
_CERTIFICATE_FIGURES = re.compile(r"\b(?:caces|cat|categories?|permis|habilitations?|niveaux?)\b[^,;.!?]*")


def _count_said(text: str, now: dt.date) -> int | None:
    """The number of positions a message about the project says without naming the job (« un CDI, 2 postes à 35h », « 3 CDD de 8
    mois » at the check's contract question: the hours were kept for the request, the count asked again, session of
    2026-12-02), as the positions question reads it; None for several counts, and in a clause about the candidate's job, now
    or past (« il a fait 2 CDD chez nous »). Only the posts clearly to fill now (:data:`_POSTS_LEAD`, :data:`_NOT_TO_FILL_AFTER`),
    never alternatives (« 2 ou 3 postes », « 2 à 3 postes ») or a sum (« 2 cdi à 35h et 1 à 20h »): the positions question is
    asked rather than a wrong count recorded silently (review of the session's changes)."""
    counts = set()
    for clause in re.split(r"[,;.!?]", text):
        if about_the_candidates_job(clause) or says_the_candidates_past(clause):
            continue
        plain = normalize(clause)
        for said in _COUNT_OF_POSTS.finditer(plain):
            if not _POSTS_LEAD.fullmatch(plain[: said.start()]) or _NOT_TO_FILL_AFTER.search(plain[said.end():]):
                return None
            checked = validate_field("positions", said.group("count"), now)  # (« 3 CDD » alone is a contract there)
            if checked.kind == VALUE and isinstance(checked.value, int):
                counts.add(checked.value)
    if len(counts) != 1:
        return None
    hours_blanked = _A_RANGE_OF_HOURS.sub(lambda m: m.group(0) if _a_count_at_its_hours(m.group(0)) else " ",
                                          _CERTIFICATE_FIGURES.sub(" ", _A_PHONE_NUMBER.sub(" ", fold(text))))
    if len(_ANOTHER_COUNT.findall(hours_blanked)) > 1:
        return None  # (« 2 cdi a 35h et 1 a 20h »: three posts, in two groups)
    return counts.pop()


#: « on en cherche 4 », « il nous en faut 2 » (folded): a count of the job named in the next or previous clause.
_COUNT_OF_IT = re.compile(
    rf"^(?:(?:on|nous|je|j) (?:en )?(?:cherch\w*|recrut\w*|veu\w*|voudr\w*|pren\w*|embauch\w*)|il (?:nous |me )?en (?:faut|faudrait))\s+"
    rf"(?P<count>{_COUNT_WORDS})(?: (?:postes?|personnes?))?$"
)
#: « 1 apprentie coiffeuse », « 2 caristes » (folded): a clause of a count and a job, the contract of an apprentice no part of it.
_COUNT_AND_JOB = re.compile(rf"^(?P<count>{_COUNT_WORDS})\s+(?:apprenti\w*\s+|alternant\w*\s+)?(?P<job>[a-z][a-z' -]+)$")
#: A certificate after the job in its clause (« cariste CACES 1 3 5 »): the need, not the job.
_A_CERTIFICATE_AFTER = re.compile(r"\s+(?i:caces|permis|habilitation|fimo|haccp|certiphyto|ssiap|sst)\b.*$")
#: A lower-case kind of business before the capitalised name (« salon Hair du Temps »): not part of it.
_LOWER_KIND = re.compile(r"^(?:salon|garage|boulangerie|restaurant|cabinet|agence|societe|entreprise|magasin|boutique|hotel|camping|bar|ferme)\s+(?=[A-ZÀ-Ý])")
#: The name of a public structure said in lower case (« centre hospitalier du Mans »).
_PUBLIC_STRUCTURE = re.compile(r"\b(?i:centre hospitalier(?: universitaire| r[ée]gional| d[ée]partemental)?)\s+(?:de\s+la|de|du|d['’])\s*[A-ZÀ-Ý][\w'’-]+(?:[\s-][A-ZÀ-Ý][\w'’-]+)*")


def _listed_with_the_siret(text: str, now: dt.date) -> dict[str, Any]:
    """The company's name, job and count typed as a list of facts when taking up the offer of the request (« oui on prepare.
    Interim Vendee Plus, siret …, on en cherche 4, cariste CACES 1 3 5 », « salon Hair du Temps, siret …, c une sarl, 1
    apprentie coiffeuse »: each was asked again, only the SIRET kept: thirty-fifth blind user test), or a public structure
    named in lower case (« centre hospitalier du Mans »). The name only as the clause before a SIRET, typed with capitals; the
    job only with its count (« 1 apprentie coiffeuse », the apprentice being the contract) or beside « on en cherche 4 »."""
    found: dict[str, Any] = {}
    if (structure := _PUBLIC_STRUCTURE.search(text)) is not None:
        found["company_name"] = structure.group(0).strip()
    for sentence in re.split(r"(?<=[.!?])\s+", text.strip()):
        clauses = [c.strip() for c in re.split(r"\s*[,;]\s*", sentence.strip(" .!")) if c.strip()]
        counted = None
        for index, clause in enumerate(clauses):
            plain = normalize(clause)
            if index + 1 < len(clauses) and re.match(r"(?i)n?°?\s*siret\b", clauses[index + 1]):
                # (« GAEC des Trois Chenes a Montsurs, siret … »: the commune asked, thirty-fifth blind user test)
                clause, *town = re.split(r"\s+(?:à|a|au|sur)\s+(?=[A-ZÀ-Ý])", clause, maxsplit=1)
                if town and (place := validate_field("work_location", town[0], now)).kind == VALUE:
                    found["work_location"] = place.value
            if "company_name" not in found and index + 1 < len(clauses) and re.match(r"(?i)n?°?\s*siret\b", clauses[index + 1]):
                name = _LOWER_KIND.sub("", _PREPARE_LEAD.sub("", clause))
                words = name.split()
                if len(words) >= 2 and all(w[:1].isupper() or w.lower() in ("de", "du", "des", "la", "le", "les", "et", "&") for w in words):
                    if (checked := validate_field("company_name", name, now)).kind == VALUE:
                        found["company_name"] = checked.value
            if (count := _COUNT_OF_IT.match(plain)) is not None:
                counted = count.group("count")
                continue
            if (both := _COUNT_AND_JOB.match(plain)) is not None and "job_title" not in found:
                job = job_alone(_A_CERTIFICATE_AFTER.sub("", clause[len(clause) - len(both.group("job")):]).strip())
                if job is not None and (title := validate_field("job_title", job, now)).kind == VALUE:
                    found["job_title"] = title.value
                    if (posts := validate_field("positions", both.group("count"), now)).kind == VALUE:
                        found["positions"] = posts.value
        if counted is not None and "job_title" not in found:
            # (the job beside « on en cherche 4 »: a bare clause with a certificate after it)
            for clause in clauses:
                if _A_CERTIFICATE_AFTER.search(clause) and (job := job_alone(_A_CERTIFICATE_AFTER.sub("", clause).strip())) is not None:
                    if (title := validate_field("job_title", job, now)).kind == VALUE and not stated_job(clause):
                        found["job_title"] = title.value
                        if (posts := validate_field("positions", counted, now)).kind == VALUE:
                            found["positions"] = posts.value
                        break
    return found


#: A yes to the offer of the request before the facts (« oui on prepare. », « ok on y va, »).
_PREPARE_LEAD = re.compile(r"(?i)^(?:(?:oui|ok|okay|d['’ ]?accord|bon|alors|allez)[\s,.]+)*(?:on prepare|on pr[ée]pare|on y va|on fait la demande|go)?[\s,.:]*")


def _a_count_at_its_hours(said: str) -> bool:
    """« 1 a 20h », « 2/35h » (folded): a count and its hours, no range (bare, its low end under half its high end)."""
    figures = [float(f.replace(",", ".")) for f in re.findall(r"\d+(?:[.,]\d+)?", said)]
    bare = re.match(r"(?:entre|de)\s|\d+(?:[.,]\d+)?\s*h", said) is None
    return bare and len(figures) == 2 and figures[0] * 2 < figures[1]


#: The job a request is said to be for (« Préparons la demande pour les 6 soudeurs d'abord », the first message having named
#: two jobs: the job and the count were asked again, thirty-fourth blind user test), up to the end of its clause.
_REQUEST_FOR_A_JOB = re.compile(
    rf"\b(?:demande|dossier|intention d['’ ]?embauche)\s+(?:pour|concernant)\s+(?:(?:les|des|le|la|l['’]|un|une|nos|mes)\s*)?"
    rf"(?:(?P<count>\d{{1,2}}|{SMALL_COUNT_WORDS})\s+)?(?P<job>[^,;.!?()]+)",
    re.IGNORECASE,
)
#: What may follow that job in its clause, and is none of it (« d'abord », « pour commencer »).
_AFTER_THE_JOB = re.compile(r"\s+(?:d['’ ]?abord|en premier|pour commencer|pour l['’ ]?instant|pour le moment|seulement|uniquement|"
                            r"aussi|maintenant|svp|s['’ ]?il vous pla[iî]t)\b.*$", re.IGNORECASE)


def _job_the_request_is_for(text: str, now: dt.date) -> dict[str, Any]:
    """The job and count after « la demande pour » (:data:`_REQUEST_FOR_A_JOB`), validated as typed answers; empty for none
    (« la demande pour le mois prochain »)."""
    found: dict[str, Any] = {}
    said = _REQUEST_FOR_A_JOB.search(text)
    job = job_alone(_AFTER_THE_JOB.sub("", said.group("job")).strip()) if said else None
    if said is None or job is None or (title := validate_field("job_title", job, now)).kind != VALUE:
        return found
    found["job_title"] = title.value
    if said.group("count") and (count := validate_field("positions", said.group("count"), now)).kind == VALUE:
        found["positions"] = count.value
    return found


def _named_in_the_project(text: str, now: dt.date) -> dict[str, Any]:
    """The job and its count, the employer's name and the writer's said in a message about the project (« couvreur a laval,
    cdi », « cdi, 3 chauffeurs spl », « DRH de l'EHPAD Les Glycines », « Bonjour Mme Rousseau de l'entreprise Nettoyage Pro
    Services »: each was asked again by the request, twenty-third blind user test), validated as typed answers; the job a
    request is said to be for first (:func:`_job_the_request_is_for`)."""
    found: dict[str, Any] = _job_the_request_is_for(text, now)
    if not found and (job := stated_job(text)) is not None and (title := validate_field("job_title", job[0], now)).kind == VALUE:
        found["job_title"] = title.value
        if job[1] and (count := validate_field("positions", job[1], now)).kind == VALUE:
            found["positions"] = count.value
    if (company := company_named_in(text)) is not None:
        found["company_name"] = company
    writer = contact_labelled_in(text) or person_named_in(text)  # (« Contact : Nathalie Hervouet »: thirty-first blind user test)
    writer = writer or signed_by(text)  # (« Cordialement,\nLaurent Moreau »: forty-sixth blind user test)
    if writer is not None and (name := validate_field("contact_name", writer, now)).kind == VALUE:
        found["contact_name"] = name.value
    return found


def kept_answers(slots: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The answers to keep for a later « je veux reprendre ma demande » (slot name → value)."""
    kept = {n: slots[n] for n in names if n not in _NOT_KEPT and slots.get(n) is not None}
    if kept.get(CONSENT_SLOT) == CONSENT_REFUSED:
        del kept[CONSENT_SLOT]  # asked again on resumption
    return kept


#: « non, » opening the answer to « Voulez-vous vraiment annuler ? », before what else it says.
#: « on continue » after the « non » at the cancel question (« non non on continue, je passe le siret »): no part of an answer.
_GO_ON_FIRST = re.compile(
    r"^\s*(?:on\s+continue|continu(?:ons|ez)|on\s+reprend|on\s+y\s+va|"
    # (« non je veux pas annuler, je veux un CDI »: the refusal to cancel is the order to go on, the CDI the answer: forty-sixth
    # blind user test, u46-03)
    r"(?:(?:je|j['’ ]?|on|nous)\s+)?(?:ne\s+|n['’ ]?)?(?:veux|veut|voulons|voulais|annule|annulons|vais|va)?\s*pas\s+(?:(?:d['’ ]?|de\s+)?annul\w*|abandonner)"
    r"(?:\s+(?:la|ma|notre)\s+demande)?|(?:on|nous|je|j['’ ]?)\s*(?:n['’ ]?)?annul\w*\s+(?:pas|rien))\b[\s,.!:;]*(?:(?:et|mais|donc)\b[\s,]*)?",
    re.IGNORECASE,
)
#: The order to go on closing the answer (« … le siret 44306184100047 on continue »).
_GO_ON_LAST = re.compile(r"[\s,.;!]*(?:(?:et|donc|alors)\s+)?(?:on\s+continue|continu(?:ons|ez)|on\s+reprend|on\s+y\s+va)\s*[.!]*\s*$", re.IGNORECASE)
_NO_FIRST = re.compile(r"^\s*(?:non|nan|pas du tout|surtout pas|non non)\b[\s,.!:;]*(?:(?:en fait|attendez|pardon)\b[\s,]*)?", re.IGNORECASE)


def recap_turn(
    text: str, slots: dict[str, Any], intent: str | None, faq_replies: list[Message], now: dt.datetime | None = None
) -> FieldUnderstanding:
    """Read a message typed at the recap, as the form's last question (:func:`_recap_turn`).

    After a hold (:data:`RECAP_HELD`: the recap was not shown again), only a clear order to send (« on peut envoyer »,
    « Confirmer et envoyer ») sends: a « c'est bon », « ok », « oui » shows the recap again first, so that nothing is sent
    but the values the employer has just seen.
    """
    result = _recap_turn(text, slots, intent, faq_replies, now)
    plain = normalize(text or "")
    if slots.get(RECAP_STATE_SLOT) in (None, RECAP_QUIET, RECAP_HELD) and orders_sending(plain) and not (text or "").startswith("/"):
        # « on passe à 2 mécaniciens et vous pouvez envoyer » sent the request with 1 post, « la date c'est plutot le 15 avril, et
        # ensuite vous pouvez envoyer » lost the date (forty-seventh blind user test): a change said with the order to send is
        # applied, and the recap shown again to confirm; nothing is sent in that turn.
        if result.kind == RECAP_CORRECT and _changes_a_field(result.updates, slots):
            result.messages.append({"text": msg.CHANGED_NOT_SENT_YET})
            return result
        changed = _change_beside_the_order(text, slots, intent, now)
        if changed is not None:
            return changed
    if result.updates.get(CONFIRM_SLOT) and undecided_options({**slots, **result.updates}):
        # A contract the check left undecided (« CDI ou CDD de 8 mois »), its question left: it is asked before sending (a
        # request names one contract).
        return FieldUnderstanding(kind=RECAP_QUESTION, updates={RECAP_STATE_SLOT: RECAP_ALTERNANCE},
                                  messages=[{"text": msg.CONTRACT_BEFORE_SENDING}, contract_question(slots)])
    if (slots.get(RECAP_STATE_SLOT) == RECAP_HELD and result.updates.get(CONFIRM_SLOT)
            and not ((text or "").strip().startswith("/affirm") or orders_sending(plain))):
        return FieldUnderstanding(kind=RECAP_QUESTION, updates={RECAP_STATE_SLOT: None}, messages=[{"text": msg.RECAP_AFTER_HOLD}])
    return result


#: Where a message at the recap splits into clauses (folded or not): punctuation, or « et », « puis », « ensuite », « après ».
_CLAUSE_BREAK = re.compile(r"[,;.!?]+|\s+(?:et|puis|ensuite|apres|après)\s+", re.IGNORECASE)


def _changes_a_field(updates: dict[str, Any], slots: dict[str, Any], besides: frozenset[str] = frozenset()) -> bool:
    """Whether ``updates`` give a field of the request (or its contract) other than ``besides`` a value other than the one noted."""
    return any((f in FIELD_LABELS or f in ("contract_type", "contract_duration", "candidate_status")) and f not in besides
               for f, v in updates.items() if v is not None and v != slots.get(f))


def _change_beside_the_order(text: str, slots: dict[str, Any], intent: str | None, now: dt.datetime | None) -> FieldUnderstanding | None:
    """The change ``text`` says beside its order to send (its clauses without the order, nor a bare « c'est bon, mon associé est
    d'accord »), read at the recap, with :data:`~bot.dialogue.messages.CHANGED_NOT_SENT_YET`; None when it changes no field."""
    clauses = [c.strip() for c in _CLAUSE_BREAK.split(text) if c and re.search(r"[^\W_]", c)]
    kept = [c for c in clauses if not SEND_ORDER.search(normalize(c))]
    if not kept or len(kept) == len(clauses):
        return None
    # (« c bon on passe a 2 plombiers, envoyez svp »: the change without its words of confirmation, which read as one)
    kept = [without_confirmation_words(c) if understand_recap(c, slots, now).kind == RECAP_CONFIRM else c for c in kept]
    kept = [c for c in kept if re.search(r"[^\W_]", c)]
    if not kept:
        return None
    said = ", ".join(kept)
    reread = _recap_turn(said, {**slots, RECAP_STATE_SLOT: None}, intent, [], now)
    # (Not a name signing the order, « envoyez, Julie Robin », nor a remark on the candidate, « ok envoyez, pas encore de
    # candidat »: each read alone changes a field; both are sent, as before.)
    plain = normalize(said)
    besides = frozenset({"candidate_status", *(["contact_name"] if recap_field_of(said, plain) != "contact_name" else [])})
    if reread.kind != RECAP_CORRECT or not _changes_a_field(reread.updates, slots, besides):
        return None
    reread.messages.append({"text": msg.CHANGED_NOT_SENT_YET})
    return reread


def _recap_buttons(slots: dict[str, Any]) -> list[Button]:
    """The buttons of the recap (or, for a project that cannot be sent, the way to cancel it)."""
    return list(recap(slots).get("buttons") or []) if can_submit(slots) else [msg.CANCEL_REQUEST_BUTTON]


def _recap_turn(
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
    if (kept := _LATER_REQUEST.sub("", text)) != text and re.search(r"[^\W_]", kept):
        # « bon alors mettez 2 postes sur celle ci, je ferai une autre demande pr les 2 cdd » made the contract a CDD (thirty-fifth
        # blind user test): what a later request will hold is no correction of this one.
        text = kept
    state = slots.get(RECAP_STATE_SLOT)
    result.updates[RECAP_STATE_SLOT] = None  # any reply clears the pending state (and keeps the form from being rejected)
    if state == RECAP_CANCEL_PENDING:
        confirmed = cancel_confirmation(text, intent)
        if confirmed:
            result.kind = RECAP_CANCEL_CONFIRMED
            return result
        if confirmed is False:
            rest = _NO_FIRST.sub("", text)
            reread = recap_turn(rest, {**slots, RECAP_STATE_SLOT: None}, intent, faq_replies, now) if rest != text and rest.strip() else None
            if reread is not None and reread.kind == RECAP_CORRECT and reread.updates:
                # « non, je veux juste un CDD de 12 mois »: nothing cancelled, and the change read (it was lost: eighteenth
                # blind user test).
                reread.messages.insert(0, {"text": msg.NOTHING_ERASED_SHORT})
                return reread
            result.messages.append({"text": msg.NOTHING_ERASED})
            return result
        if unsure_about_cancelling(text):
            # (as during the questions: fifty-second blind user test, u52-09) the cancel question again, with the recap's buttons
            result.kind = RECAP_CANCEL
            result.updates[RECAP_STATE_SLOT] = RECAP_CANCEL_PENDING
            result.messages.append({**msg.CANCEL_UNSURE, "buttons": msg.CANCEL_RECAP_CHECK["buttons"]})
            return result
    if state == RECAP_ALTERNANCE and not _leaves_the_alternance(text):
        # The answer to « L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? », then the recap again.
        return alternance_turn(text, slots, RECAP_CORRECT, RECAP_QUESTION)
    if state == RECAP_DURATION and not text.startswith("/"):
        duration = extract_duration(text)
        if duration is not None and duration.months is not None:
            changes, texts = contract_updates({"contract_duration": round(duration.months, 2)}, slots)
            result.kind = RECAP_CORRECT
            result.updates.update(changes)
            label = contract_label({**slots, "contract_duration": duration.months})
            result.messages.append({"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])})
            return result
    if state == RECAP_CANDIDATE and not text.startswith("/") and (two := two_values_said(text)) is not None:
        # « un deja identifié inscrit a FT, et l'autre a trouver par France Travail » got « C'est déjà ce que j'ai noté »
        # (twenty-third blind user test): one situation per request, said plainly.
        result.kind = RECAP_QUESTION
        result.messages.append({"text": two})
        return result
    if state == RECAP_CANDIDATE and not text.startswith("/"):
        # The answer to « Quelle est-elle maintenant ? »: « je sais pas » is a registration to check (it became « pas
        # encore identifié »), a bare « oui » no situation (it sent the request with the old one: review).
        unsure = UNSURE.search(normalize(text)) and candidate_status_said(text) in (None, "a_identifier")
        # (A foreign candidate authorised to work keeps the permit: forty-seventh blind user test, u47-14.)
        to_check = registration_to_check(slots.get("candidate_status") in AUTHORISED_STATUSES)
        changed = candidate_change_to(to_check, slots) if unsure else candidate_change(text, slots)
        if changed is None and (is_yes(text) or is_no(text)):
            result.kind = RECAP_QUESTION
            result.messages.append({"text": msg.CANDIDATE_AT_RECAP, "buttons": msg.CANDIDATE_AT_RECAP_BUTTONS})
            result.updates[RECAP_STATE_SLOT] = RECAP_CANDIDATE
            return result
        if changed is not None:
            result.kind = RECAP_CORRECT
            result.updates.update(changed.updates)
            result.messages.extend(changed.messages)
            return result
    if not text.startswith("/") and (other := other_address_taken(text, slots)) is not None:
        # « mettez plutot l'adresse generique finalement » after « Je retiens la première adresse … vous pourrez la corriger au
        # récapitulatif » got « Quel champ souhaitez-vous corriger ? » (forty-fifth blind user test, u45-04): the other address
        # offered, the one it replaces kept as the other.
        result.kind = RECAP_CORRECT
        result.updates.update({"contact_email": other, OTHER_EMAIL_SLOT: slots.get("contact_email")})
        result.messages.append({"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["contact_email"], value=other)})
        return result
    if not text.startswith("/") and (fixed := suggested_address_taken(text, normalize(text), slots)) is not None:
        # « oui c'est gmail pas gmial », « oui hotmail » after « vouliez-vous écrire « …@gmail.com » ? » sent the request
        # with « …@gmial.com » (twenty-second blind user test): the address suggested, and the recap again, not sent.
        result.kind = RECAP_CORRECT
        result.updates["contact_email"] = fixed
        result.messages.append({"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["contact_email"], value=fixed)})
        rest = without_the_provider(text, fixed)
        also = understand_recap(rest, {**slots, "contact_email": fixed}, now) if re.search(r"[^\W_]", rest) else None
        if also is not None and also.kind == RECAP_CORRECT and also.updates and "contact_email" not in also.updates:
            result.updates.update(also.updates)  # « oui hotmail, et on prendra 2 postes »: the other change too
            result.messages.extend(also.messages)
        elif asks_what_next(rest):
            result.messages.append({"text": msg.AFTER_SENDING})  # « oui hotmail, et après il se passe quoi ? »
        return result
    if (restart := restart_turn(text)) is not None:
        return restart
    if asks_new_request(text) and not text.startswith("/"):
        # « je voudrais aussi faire une demande pour notre resto d'Angers, 1 serveur en CDD 6 mois » at the recap
        # changed this request's place and contract, and it was sent so (eleventh blind user test).
        first = re.split(r"(?<=[.!;])\s+|,\s+(?=(?:et\s+)?(?:ensuite|apres|puis|je|j|on|nous)\b)", text, maxsplit=1)[0]
        if first != text and can_submit(slots) and not asks_new_request(first) and understand_recap(first, slots, now).kind == RECAP_CONFIRM:
            # « Je confirme. Ensuite je voudrais faire la même demande pour mon restaurant du Mans. » got « Terminons d'abord cette
            # demande » (thirty-sixth blind user test): this one sent, the sending saying how to start the next.
            result.kind = RECAP_CONFIRM
            result.updates[CONFIRM_SLOT] = True
            return result
        result.kind = RECAP_QUESTION
        result.messages.append({"text": msg.FINISH_THIS_REQUEST_FIRST})
        return result
    if not text.startswith("/"):
        # « …3 postes à Saint-Nazaire, pas 6 (les 3 autres c'est aux Sables) », « reprenez ceux de la demande de Saint-Nazaire »
        # moved the place (thirty-first blind user test): what is said of another request is left out.
        text = without_other_requests(text)
    if SHOW_RECAP.search(normalize(text)) and not text.startswith("/"):
        result.kind = RECAP_QUESTION  # « montre moi le recap » was not understood (eleventh blind user test): shown again
        return result
    if not text.startswith("/") and someone_else_gives_up(text) and ("?" in text or _ASKS_ABOUT_IT.search(normalize(text))):
        # « et si le candidat abandonne pendant la formation, il se passe quoi ? » got what comes after the sending (forty-third
        # blind user test): the FAQ's answer when it has one, or no answer said.
        result.kind = RECAP_QUESTION
        result.messages.extend(_faq_answer_or_none(faq_replies))
        return result
    if not text.startswith("/") and asks_kept_for_later(text) and (waiting := understand_recap(text, slots, now)).held:
        # « si je reviens demain c'est toujours enregistré ? » is no supposition of a new date (forty-fourth blind user test,
        # u44-08: « je reviens demain ça reste enregistré ? » got « Pourriez-vous la reformuler ? »).
        return _held(result, waiting, slots)
    if asks_what_next(text) and not text.startswith("/"):
        # « et une fois envoyé il se passe quoi ? » got the FAQ's contact form (seventh blind user test).
        rest = " ".join(s for s in re.split(r"(?<=[.!?;])\s+|,\s*(?=et\b)", text) if s.strip() and not asks_what_next(s))
        if rest and can_submit(slots) and understand_recap(rest, slots, now).kind == RECAP_CONFIRM:
            # « c'est bon vous pouvez envoyer. et après il se passe quoi ? » answered, and sent nothing (nineteenth blind
            # user test): sent, and the sending's own reply says what comes next.
            result.kind = RECAP_CONFIRM
            result.updates[CONFIRM_SLOT] = True
            return result
        result.kind = RECAP_QUESTION
        result.messages.append({"text": msg.AFTER_SENDING})  # (then the recap, or its reminder: recap_or_reminder)
        return result
    if asks_confirmation(text) and not text.startswith("/"):
        result.kind = RECAP_QUESTION
        result.messages.append({"text": confirmation_reply(None, slots)})
        return result
    if (supposed := supposed_answers(text, slots)) is not None:
        # « et si on fait plutot des CDD de 12 mois au depart, ca change quelque chose ? » made the CDI a « CDD d'un an », « et si
        # on mettait 28h au lieu de 35, ca passerait encore ? » the hours 28 h (forty-first blind user test): the rules' verdict
        # for it, as the check answers a length supposed, and how to keep it; the recap unchanged.
        result.kind = RECAP_QUESTION
        if intent == "faq" and _an_faq_answer(faq_replies) and not off_the_contract(faq_replies, cached_faq()):
            # (« et si c'est un CDI interimaire ca change quoi ? »: the FAQ's answer too, when about the contract; « et si je le
            # prends a 20h par semaine au debut, ca passe quand meme ? » got the lead time alone: forty-third blind user test)
            result.messages.extend(faq_replies)
        result.messages.extend({"text": said} for said in supposed)
        return result
    if (beside := supposed_beside_the_rules(text, slots, now)) is not None:
        result.kind = RECAP_QUESTION  # (« et si on embauchait plutot le 1er mars, ca passerait ? »: the same, for a date)
        result.messages.append({"text": beside})
        return result
    if not text.startswith("/") and supposes_another_answer(text):
        # A supposition on something no rule reads and no field holds (« et si on le titularise au bout d'un an, c'est un
        # probleme ? » got the rules' verdict for a contract of 1 year: forty-third blind user test): the FAQ's answer when it
        # has one, or no answer said; never a verdict.
        result.kind = RECAP_QUESTION
        result.messages.extend(_faq_answer_or_none(faq_replies))
        return result
    if not text.startswith("/") and (longer := longer_contract(text, "", slots)) is not None:
        # « bon on peut lui faire 24h et prolonger le cdd a 7 mois, toute l'annee scolaire » changed the job to « toute
        # l'annee scolaire » too (twenty-second blind user test): the contract and the hours, then the rest read.
        found, rest = longer
        result.kind = RECAP_CORRECT
        also = understand_recap(rest, slots, now) if re.search(r"[^\W_]", rest) else None
        if also is not None and also.kind == RECAP_CORRECT and also.updates:
            result.updates.update(also.updates)
        changes, texts = contract_updates(found, {**slots, **result.updates})
        result.updates.update(changes)
        listed = [msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, changes[f])) for f in ("weekly_hours",) if f in changes]
        listed.append(msg.CHANGED_FIELD.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label({**slots, **changes})))
        result.messages.append({"text": " ".join([msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(listed)), *texts])})
        if also is not None and also.kind == RECAP_CORRECT and also.updates:
            result.messages.extend(also.messages)
        return result
    if (moved := place_said_before(text, slots)) is not None:
        # (at the recap: changed, and the recap again; or the place asked again through the form, then the recap)
        result.kind = RECAP_CORRECT
        result.updates.update(moved.updates)
        result.messages.extend(moved.messages)
        return result
    if not text.startswith("/") and (shared := posts_per_contract(text, slots)) is not None:
        # « sur les 4 y aura 2 cdi et 2 cdd de 8 mois, ca se met comment ? » got « C'est déjà ce que j'ai noté : Contrat : CDI. »
        # (thirty-fifth blind user test): one request per contract, this one for the contract recorded, nothing changed.
        result.kind = RECAP_QUESTION
        result.messages.append({"text": shared})
        return result
    if not text.startswith("/") and (two := two_values_said(text)) is not None:
        # « le contrat c'est CDI pour le cuisinier et CDD 7 mois pour la femme de chambre » got « C'est déjà ce que j'ai noté :
        # Contrat : CDI » (twenty-third blind user test): one request holds one contract, said plainly, and a second request
        # offered for the other once this one is sent.
        result.kind = RECAP_QUESTION
        result.messages.append({"text": two})
        return result
    read = understand_recap(text, slots, now)
    # A question gets the FAQ's reply; so does an unclear message the classifier took for an FAQ question
    # (or a suggestion button), but not mere noise (« hmm »), which gets the recap's own « not understood ».
    if faq_replies and (read.kind == RECAP_QUESTION or read.kind == RECAP_UNCLEAR and (intent == "faq" or text.startswith("/faq"))):
        result.kind = RECAP_QUESTION
        result.messages.extend(faq_replies)
        return result
    if read.held:
        return _held(result, read, slots)
    result.kind = read.kind
    if read.kind == RECAP_CONFIRM and not can_submit(slots):
        result.kind = RECAP_QUESTION  # an ineligible project is not sent (it was, then « rien à envoyer »)
        result.messages.append({"text": msg.NOT_SENDABLE})
        result.updates[RECAP_STATE_SLOT] = RECAP_QUIET
        return result
    if read.kind == RECAP_CONFIRM:
        result.updates[CONFIRM_SLOT] = True
        return result
    if read.kind == RECAP_CORRECT and read.field == "candidate_status" and not read.updates:
        result.messages.append({"text": msg.CANDIDATE_AT_RECAP, "buttons": msg.CANDIDATE_AT_RECAP_BUTTONS})
        result.updates[RECAP_STATE_SLOT] = RECAP_CANDIDATE
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
            said = [msg.RECAP_UNCLEAR_AGAIN] if attempts == 2 else read.messages
            if not can_submit(slots):  # (no « Confirmer et envoyer » for a project that cannot be sent: found talking to make run)
                said = [{**m, "buttons": [b for b in m.get("buttons", []) if b != msg.CONFIRM_BUTTON]} for m in said]
            result.messages.extend(said)
    else:
        result.messages.extend(read.messages)
        if slots.get(ATTEMPTS_SLOT):
            result.updates[ATTEMPTS_SLOT] = 0.0
    merged = {**slots, **read.updates}
    if read.asks_alternance:
        result.updates[RECAP_STATE_SLOT] = RECAP_ALTERNANCE  # « en fait c'est en alternance »: which one was asked back
    elif read.field == "contract_type" and read.updates and needs_duration(merged.get("contract_type") or "") and not merged.get("contract_duration"):
        result.updates[RECAP_STATE_SLOT] = RECAP_DURATION  # « Quelle est la durée du contrat ? » was asked
    elif read.kind == RECAP_UNCLEAR or (read.kind == RECAP_CORRECT and read.field == "contract_type" and not read.updates):
        result.updates[RECAP_STATE_SLOT] = RECAP_QUIET
    return result


def _held(result: FieldUnderstanding, read: RecapUnderstanding, slots: dict[str, Any]) -> FieldUnderstanding:
    """« pas maintenant, je dois vérifier la date avec ma directrice »: the hold said, then how to send later with the recap's
    buttons; the whole recap again after it was long on a phone (found reading the recap)."""
    result.kind = RECAP_CORRECT
    result.messages += [*read.messages, {"text": msg.RECAP_HOLD_REMINDER, "buttons": _recap_buttons(slots)}]
    result.updates[RECAP_STATE_SLOT] = RECAP_HELD
    if slots.get(ATTEMPTS_SLOT):
        result.updates[ATTEMPTS_SLOT] = 0.0
    return result


def _faq_answer_or_none(faq_replies: list[Message] | None) -> list[Message]:
    """``faq_replies`` when they answer (:func:`_an_faq_answer`), else the FAQ's « no answer » (with where to ask)."""
    return list(faq_replies or []) if _an_faq_answer(faq_replies) else [{"text": msg.OUT_OF_SCOPE["text"]}]


def _an_faq_answer(faq_replies: list[Message] | None) -> bool:
    """Whether ``faq_replies`` answer (not the FAQ's closest questions, nor its « no answer »)."""
    first = str((faq_replies or [{}])[0].get("text") or "")
    return bool(faq_replies) and first not in (msg.SUGGEST_TEXT, msg.SUGGEST_EMPTY_TEXT, msg.OUT_OF_SCOPE["text"])


#: The fields whose values the rules read (data/eligibility/rules.yml): a supposition on them is answered by
#: :func:`~bot.eligibility.dialogue.supposed_answers` (the place, the candidate: by the check's own readings).
_READ_BY_THE_RULES = frozenset({"contract_type", "contract_duration", "weekly_hours", "work_location", "candidate_status"})


#: A count supposed (folded): « qu'une seule », « un seul poste », « qu'une personne », « que 2 postes », « 3 personnes ».
_COUNT_SUPPOSED = re.compile(
    r"\b(?:(?:qu )?(?:un|une|1) seule?|qu (?:un|une|1) (?:personne|poste|candidat|candidate|salarie|salariee|recrue)s?"
    r"|(?:qu )?(?P<count>\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:postes|personnes|candidats|candidates|salaries|salariees"
    r"|recrues))\b"
)


def _beside_the_rules_supposed(text: str, now: dt.datetime | None) -> dict[str, Any]:
    """The count or the start date a supposition says where the recap's reading finds no correction (« et si on trouve pas 2
    personnes, on peut en prendre qu'une seule ? » asked which field to correct, « et si on ne trouve qu'une personne ? »:
    forty-third blind user test): the last count said, or the date; empty for anything else."""
    plain = normalize(text)
    counts = list(_COUNT_SUPPOSED.finditer(plain))
    if counts:
        figure = counts[-1].group("count")
        value = validate_positions(figure).value if figure else 1
        return {"positions": value} if isinstance(value, (int, float)) else {}
    day = (now or dt.datetime.now(dt.timezone.utc)).date()
    date = validate_field("start_date", text, day)
    return {"start_date": date.value.isoformat()} if date.kind == VALUE and isinstance(date.value, dt.date) else {}


def supposed_beside_the_rules(text: str, slots: dict[str, Any], now: dt.datetime | None = None) -> str | None:
    """« et si on embauchait plutot le 1er mars, ca passerait ? », « et si on prenait 3 postes au lieu de 2, ca change quelque
    chose ? » at the recap: a supposition on answers no rule reads, each corrected (forty-first blind user test); that nothing
    changes for the eligibility, and how to keep the change. None for anything else."""
    if not supposes_another_answer(text or ""):
        return None
    read = understand_recap(text, slots, now)
    said = {f: v for f, v in read.updates.items() if f in FIELD_LABELS and v is not None} if read.kind == RECAP_CORRECT else {}
    said = said or _beside_the_rules_supposed(text, now)
    changed = {f: v for f, v in said.items() if v != slots.get(f)}
    if said and not changed and not set(said) & _READ_BY_THE_RULES:
        # (« et si on en prend 2 ? » with 2 posts noted: forty-third blind user test)
        return msg.SUPPOSED_ALREADY_NOTED.format(value=msg.CHANGES_JOINER.join(display(f, v) for f, v in said.items()))
    if not changed or set(changed) & _READ_BY_THE_RULES:
        return None
    nouns = [msg.FIELD_NOUNS.get(FIELD_VALIDATORS.get(f, f), FIELD_LABELS[f].lower()) for f in changed]
    example = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, v)) for f, v in changed.items())
    return msg.SUPPOSED_BESIDE_THE_RULES.format(nouns=msg.NEITHER_JOINER.join(nouns), example=example)


def _leaves_the_alternance(text: str | None) -> bool:
    """Whether a message typed after « L'alternance : … ? » is no answer to it but a way out of the request: « annuler », a
    start over, a message that only gives up, a command or the skip button of the question (it is then left, as any other)."""
    plain = normalize(text or "")
    return ((text or "").startswith("/") and not (text or "").startswith("/inform") or text == SKIP_PAYLOAD
            or bool(CANCEL_WORDS.search(without_someone_else_giving_up(plain)))
            or _ONLY_GIVING_UP.fullmatch(plain) is not None or restart_turn(text or "") is not None)


_CANCEL_FIELD = msg.CANCEL_REQUEST_CHECK
#: Where a clause ends (on the text as typed).
_CLAUSE_END = re.compile(r"[,;.!?:]+|\s+(?:mais|et)\s+")


def restart_turn(text: str, requested: str | None = None) -> FieldUnderstanding | None:
    """Starting over asked during the request or at the recap: offered through « annuler » (the answers kept aside),
    then « Refaire la vérification », which starts with the contract; None for anything else."""
    if not asks_to_start_over(text or "", account=requested in ACCOUNT_SLOTS):
        return None
    return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[msg.RESTART_REQUEST_CHECK])


#: A message that says nothing but giving up (« merci, j'arrete ici », « bon ben laissez tomber, désolé »), normalised.
_GIVING_UP_WORDS = (
    "merci", "bon", "ben", "bah", "ok", "alors", "desole", "desolee", "bref", "non", "ah", "pfff", "pff", "tant pis", "bonne journee",
    "au revoir", "pour le moment", "pour aujourd hui", "finalement", "en fait", "donc", "je crois", "beaucoup",
    # (« on annule pour l'instant », « je reviendrai plus tard, on arrête là » were stored as the training needs: forty-third
    # blind user test)
    "pour l instant", "plus tard", "pour l heure",
)
_ONLY_GIVING_UP = re.compile(
    rf"(?:(?:{alternation(_GIVING_UP_WORDS)})\s*)*(?:{GIVING_UP.pattern})(?:\s*(?:{alternation(_GIVING_UP_WORDS)}|{GIVING_UP.pattern}))*"
)
#: « annuler », « laissez tomber », « on abandonne » as an order (normalised; not « annulation », « laisser tomber les
#: mauvaises habitudes »).
_CANCEL_ORDER = (r"(?:(?:(?:on|j|je|nous)\s+)?(?:annul(?:er|ez|e|ons)|abandonn(?:er|ez|e|ons)|laisse(?:z)? tomber)"
                 # (« on arrête là », with its subject: « arrêter » alone may be a task: forty-third blind user test)
                 r"|(?:on|j|je|nous)\s+(?:(?:m|s|nous)\s+)?arret(?:e|ons)\b)"
                 # (« annulez cette demande la »: fifty-third blind user test, u53-03)
                 r"(?:\s+(?:tout|la demande|ma demande|cette demande|le dossier|la|ici|ca)){0,2}")
#: A clause that says nothing but a cancel order (« en fait laissez tomber », « annuler »).
_CANCEL_CLAUSE = re.compile(rf"(?:(?:{alternation(_GIVING_UP_WORDS)})\s*)*{_CANCEL_ORDER}(?:\s*(?:{alternation(_GIVING_UP_WORDS)}|{_CANCEL_ORDER}))*")
#: A cancel order with its subject closing a clause typed on (« attendez je dois voir avec le chef de service on annule pour
#: l'instant »: forty-third blind user test), not a question nor a task (« savoir comment on annule »).
_TRAILING_OWN_ORDER = re.compile(
    rf"(?<!\bcomment )(?<!\bquand )(?<!\bsi )(?<!\bque )(?<!\bqu )(?<!\bou )\b(?:on|je|j|nous)\s+{_CANCEL_ORDER}"
    rf"(?:\s*(?:{alternation(_GIVING_UP_WORDS)}))*$"
)
#: What says the order was about the answer, not the request (« laissez tomber, c'est plutôt le CACES »).
_THE_ANSWER_AFTER_ALL = re.compile(rf"\b(?:plutot|je voulais dire|je reprends|{alternation(CORRECTION_PHRASES)})\b")


def _ends_with_a_cancel_order(text: str) -> bool:
    """The last clause of ``text`` is a cancel order (« …, annuler »), after something else."""
    clauses = [normalize(c).strip() for c in _CLAUSE_END.split(text or "") if normalize(c).strip()]
    return len(clauses) > 1 and _cancelled_in_a_clause(text) and bool(_CANCEL_CLAUSE.fullmatch(clauses[-1]))


#: An order about the answer typed before, then the answer (as typed): « non laisse tomber, vendeur », « laissez tomber, mettez
#: agent d'entretien », « non annulez, c'est la conduite de chariot ».
_ORDER_ABOUT_THE_ANSWER = re.compile(
    r"(?i)^\s*(?:(?:non|bon|ah|oh|euh|pardon|oups)\W+)*(?:laisse[zr]? tomber|annule[zr]?|oublie[zr]?(?: [çc]a)?|efface[zr]?(?: [çc]a)?)"
    r"\s*[,;:.!]\s*(?:(?:mettez|mets|mettre|notez|note|[ée]crivez|c['’ ]?est(?: juste| plut[ôo]t| seulement)?)\s+)?"
)


def _cancelled_in_a_clause(text: str) -> bool:
    """A cancel order alone, or as the first or last clause of a message that says why (« en fait laissez tomber, 2 mois
    c'est trop court pour une formation, annuler » was stored as the training needs: twenty-second blind user test)."""
    clauses = [normalize(c).strip() for c in _CLAUSE_END.split(text or "") if normalize(c).strip()]
    if len(clauses) > 1 and _CANCEL_CLAUSE.fullmatch(clauses[0]) and _NO_ANSWER.fullmatch(" ".join(clauses[1:])):
        # (« laissez tomber, erreur », « non laissez tomber, aucune idée »: no answer after the order: third review.)
        return True
    if not clauses or _THE_ANSWER_AFTER_ALL.search(" ".join(clauses[1:] if _CANCEL_CLAUSE.fullmatch(clauses[0]) else clauses[:-1])):
        return False
    first = bool(_CANCEL_CLAUSE.fullmatch(clauses[0]))
    last = bool(_CANCEL_CLAUSE.fullmatch(clauses[-1]) or _TRAILING_OWN_ORDER.search(clauses[-1]))
    after = " ".join(clauses[1:])
    if (len(clauses) > 1 and first and not last and not _A_REASON_TO_GIVE_UP.search(after) and not re.search(r"\b(?:pas|plus)\b", after)
            and (_BACK_TO_AN_ANSWER.search(after) or extract_contract(after) is not None)):
        # « bon laissez tomber, CDI comme au debut » after two changes of the contract asked « Voulez-vous vraiment annuler
        # votre demande ? », the CDI lost (forty-sixth blind user test, u46-03): the order drops the last change, the value said
        # after it is the answer.
        return False
    if len(clauses) > 1 and first != last:
        rest = " ".join(clauses[1:] if first else clauses[:-1])
        # (Review of the twenty-second blind user test's fixes: « non laissez tomber, c'est juste le CACES 1 », « non laisse
        # tomber, vendeur » asked « Voulez-vous vraiment annuler ? » and lost the answer; « encaisser, rembourser, annuler »
        # is a list of tasks.)
        # (A third review of those fixes: « vendeuse, annuler », « le poste est pourvu, annuler », « laisse tomber, flemme »,
        # « annulez, la demande », « annulez, urgent » were stored as the answer: what follows the order must look like an
        # answer, and « annuler » is a task only after a verb ending a list of tasks or after « apprendre », « savoir »,
        # « gérer ».)
        if not _A_REASON_TO_GIVE_UP.search(rest) and not _NO_ANSWER.fullmatch(rest) and (
                first and (_THE_ANSWER_GIVEN.search(rest) or len(clauses) == 2 and len(rest.split()) <= 3 and not _A_SAYING.match(rest))
                or last and _BARE_INFINITIVE.fullmatch(clauses[-1]) and (
                    _TASKS_TO_LEARN.search(rest) or len(clauses) >= 3 and _BARE_INFINITIVE_TASK.fullmatch(clauses[-2]))):
            return False
    return first or last


#: What follows an order to drop the last change and names the answer meant (normalised), besides a contract: an earlier answer
#: taken back (« …, CDI comme au debut », « comme avant », « comme prévu », « on reste en CDI »).
_BACK_TO_AN_ANSWER = re.compile(
    r"\bcomme (?:au debut|avant|prevu|initialement|convenu|la premiere fois|c etait)\b|\b(?:on|je) (?:reste|garde|revient|reviens|repart|repars)\b"
)
#: The answer given after an order about the previous one (« laissez tomber, c'est juste le CACES 1 », « …, mettez agent
#: d'entretien », « …, le caces 3 suffira »).
_THE_ANSWER_GIVEN = re.compile(
    r"^(?:c est|ce sera|ca sera) (?:juste |seulement |simplement |surtout |plus |plutot )?(?:le|la|l|les|un|une|du|des|de)\b|"
    r"^(?:mett?ez|mets|notez|note|ecrivez|ecris|marquez|marque|inscrivez)\b|(?<!\bca )(?<!\bcela )\bsuffi(?:ra|t|rait)\b"
)
#: A clause that says something rather than names a value (« laissez tomber, on verra », « …, c'est mort »).
_A_SAYING = re.compile(r"(?:on|je|j|nous|vous|il|elle|ils|elles|ca|cela|c est|tant|pas|plus|merci)\b")
#: What says why the request is given up (« c'est trop compliqué pour nous », « le poste est supprimé »).
_A_REASON_TO_GIVE_UP = re.compile(
    r"\b(?:trop|supprim\w*|compliqu\w*|plus besoin|pas possible|impossible|pas le temps|pas la peine|ne sert|sert a rien|"
    r"plus d actualite|on arrete|j arrete|tant pis)\b"
)
#: A cancel order that may be a task in a list (« logiciel de caisse : encaisser, rembourser, annuler »).
_BARE_INFINITIVE = re.compile(r"(?:annuler|abandonner|laisser tomber)")
#: A task of a list said as a verb (« rembourser », « modifier »), before the last one.
_BARE_INFINITIVE_TASK = re.compile(r"[a-z]+(?:er|ir|re)")
#: What makes « annuler » something to learn (« apprendre a gerer les stocks et annuler »).
_TASKS_TO_LEARN = re.compile(r"\b(?:apprendre|savoir|gerer)\b")
#: What follows a cancel order and is no answer (« laisse tomber, flemme », « annulez, la demande », « annulez, urgent »,
#: « laissez tomber, une autre fois »), normalised: the giving up and politeness words, the order's object.
_NO_ANSWER_WORDS = (
    *_GIVING_UP_WORDS, *LEAD_INS, "tampis", "flemme", "dsl", "a plus", "a plus tard", "plus tard", "a bientot", "bye", "ciao",
    "tchao", "svp", "stp", "s il vous plait", "s il te plait", "pour l instant", "pour le moment", "aucun", "aucune", "nan",
    "no", "tout", "toute", "la demande", "ma demande", "cette demande", "le dossier", "urgent", "mauvaise manip",
    "mauvaise manipulation", "fausse manip", "erreur", "une autre fois", "une prochaine fois", "c est mort", "cest mort",
    "c est bon", "cest bon", "pas grave", "c est pas grave", "erreur de saisie", "mauvais bouton", "personne", "rien",
)
_NO_ANSWER = re.compile(
    rf"(?:(?:{alternation(_NO_ANSWER_WORDS)}|{CANCEL_WORDS.pattern}|{GIVING_UP.pattern}|{UNSURE.pattern})\b\s*)+"
)


_NAVIGATION = re.compile(
    r"\b(?:verifi\w*|reprendre|continuer|preparer|faire|deposer|remplir|lancer|refaire|recommencer|tester)\b.*"
    r"\b(?:demande|eligibilite|verification|verif|dossier|test|formulaire)\b"
)
ALREADY_PREPARING = msg.ALREADY_PREPARING
#: A message that opens with « non » (folded), after hesitation words.
_OPENS_WITH_NO = re.compile(r"(?:(?:bon|ben|bah|beh|euh|heu|ah|oh|eh|mais)\s+)*(?:non|nan)\b")


#: Hesitating, with no answer (folded): « hmm attendez je sais plus », « euh j'hésite », « je réfléchis », « bof ».
_HESITATING = re.compile(rf"{UNSURE.pattern}|\b(?:j hesite|hesite|hesitation|je reflechis|reflechir|bonne question|je doute|bof|hmm+|hum+)\b")
#: The words of a hesitation (folded), besides :data:`_HESITATING`'s.
_HESITATION_FILLERS = frozenset(
    "hmm hm hum euh heu bof ben bah bon ah oh eh attendez attends pardon alors la du coup en fait trop vraiment encore moi je j ne n "
    "plus pas sais sait sai jsp jsais jsai chais chai hesite reflechis reflechir laissez laisse me une seconde minute instant "
    "bonne question doute aucune idee sur sure".split()
)


def unsure_about_cancelling(text: str) -> bool:
    """Whether ``text``, typed at « Voulez-vous vraiment annuler ? », is a hesitation and nothing else (« hmm attendez je sais
    plus » skipped the SIRET asked before it: fifty-second blind user test, u52-09)."""
    plain = normalize(text or "")
    if text.startswith("/") or re.search(r"[\d@]", text or "") or not _HESITATING.search(plain):
        return False
    return all(word in _HESITATION_FILLERS for word in plain.split())


def cancel_confirmation(text: str, intent: str | None) -> bool | None:
    """The answer to « Voulez-vous vraiment annuler ? »: True (cancel), False (keep going) or None (something else).

    The recap's « Confirmer et envoyer » button (``/affirm``) is never read as « yes, cancel ».
    """
    text = (text or "").strip()
    if text.split("{")[0] == "/affirm":
        return None
    plain = normalize(text)
    if not text.startswith("/") and _OPENS_WITH_NO.match(plain):
        # « non ! je parle du candidat, si il abandonne la formation » got « C'est annulé » (thirty-eighth blind user test): a
        # message that opens with « non » never cancels.
        return False
    # (The words said of someone else dropping out are no order: « je parle du candidat, s'il abandonne ».)
    plain = without_someone_else_giving_up(plain)
    if (not text.startswith("/") and AGREEING_LITOTES.match(_LEADING_WORDS.sub("", plain)) and _GOING_ON.search(plain)
            and not CANCEL_WORDS.search(plain)):
        # « aucun problème, on continue », « sans souci, je finis la demande » cancelled the request: going on wins over
        # the litote (review of the twentieth blind user test's fixes).
        return False
    if (text.startswith("/stop") or is_yes(text) or intent in ("affirm", "stop") and not someone_else_gives_up(text)
            or CANCEL_WORDS.search(plain)):
        return True
    if text.startswith("/deny") or is_no(text) or intent == "deny" or _KEEP_GOING.search(plain):
        return False
    return None


#: Going on with the request (folded), said after « aucun problème » at « Voulez-vous vraiment annuler ? » (not « je
#: reprendrai plus tard »: review of the twentieth blind user test's fixes).
#: (Going on now, with the request: « je reviens vers vous », « je reprends demain », « gardez mes infos » are leaving for
#: later, a yes to cancelling: third review.)
_GOING_ON = re.compile(
    r"\b(?:(?:on|je|nous) (?:continue|continuons)|continuons|continuer|continuez|(?:je|on) garde (?:ma|la|notre) demande|gardons la demande|"
    r"finis|finit|finir|finissons|termine|terminons|terminer|"
    r"(?:reviens|revenons|revenir) (?:au|a la) (?:recap\w*|demande|questions?)|"
    r"(?:reprends|reprend|reprenons|reprendre)(?: (?:la|ma|les) (?:demande|questions?)| ou on en etait)?(?:\s+(?:svp|stp|merci|s il vous plait))*\s*$|"
    # (« pas de souci on reprend », « aucun problème, reprenons », « je continue quand même » cancelled: fourth review)
    r"(?:on|je) (?:reprend|reprends)|reprenons)\b"
    r"(?!.*\b(?:plus tard|une autre fois|demain|la semaine|lundi|mardi|mercredi|jeudi|vendredi|ce soir|quand (?!meme\b)))"
)
_LEADING_WORDS = re.compile(r"^(?:(?:ah|oh|bon|ben|bah|euh|alors|mais|non|ok|d accord)\s+)+")
#: « en fait non je veux reprendre ma demande », « finalement non on continue » at « Voulez-vous vraiment annuler ? »
#: (it was read as an answer to the question asked before: fifth blind user test, 2026-11-30).
_KEEP_GOING = re.compile(
    r"^(?:(?:en fait|finalement|ah|oh|bon|euh)\s+)*non\b|\b(?:reprendre|reprenons|on reprend|continuer|continuons|on continue)\b"
)


#: After « non » at the cancel question, what is no answer to the field asked (folded): « non c'était une erreur », « non on a un
#: candidat », « non j'ai un doute », « non une question avant » (their « un » was 1 post: review).
#: (Nor a hedge, a negation or a choice: « non pas public », « non je crois deux », « non septembre ou octobre », « non Cholet
#: peut-être », « non je continue depuis Nantes » were stored: review.)
_NOT_THE_ANSWER = re.compile(
    r"\b(?:erreur|doute|question|candidat\w*|besoin d\w*|probleme|peut etre|je crois|je pense|ou|hesit\w*|sais pas|contrat|conseill\w*|"
    # (the value negated, not a remark after it: « non 35h, pas de souci », « non mars, pas avant », « non continuez, 35h »: review)
    r"depuis)\b|^(?:(?:non|bon|euh|ah)\s+)*pas\b(?! ca\b| du tout\b)|\b(?:n|ne)\s+(?:est|sont|suis|sommes|ai|a|fait|faisons)\s+pas\b|"
    # (the negation without « ne », as typed: « non c'est pas 35h », « non y en a pas 2 », « non 35 c'est pas sûr »: review)
    r"^(?:(?:non|bon|euh|ah)\s+)*(?:c est|c etait|ca sera|ce sera|on fera|il fera|y aura|y en a|il y aura|il y a|on a|j ai)\s+pas\b|"
    r"\bpas (?:encore\s+)?(?:sur|sure|certain\w*|garanti\w*|fixe\w*|decide\w*|valide\w*|arrete\w*|definiti\w*|confirme\w*)\b"
)
#: A count said as one (folded): a figure or a number word, « un seul », « un poste » (not an article: « un candidat »).
_A_COUNT = re.compile(r"\d|\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|un seul|une seule|un poste|une personne)\b")
#: Stalling, not answering (folded): « non attendez, je vous dis ça demain », « non, 1 sec je cherche », « non, on en reparle en
#: janvier », « non, je vérifie, on a 2 équipes » (stored as the answer: review).
_STALLING = re.compile(
    r"\b(?:demain|plus tard|reparle\w*|saura\w*|je vous (?:dis|dirai|redis|redirai)|je (?:regarde|cherche|verifie|demande)|"
    r"regarder|chercher|verifier|minutes?|sec|secondes?|instant|moment|planning)\b"
)
#: What says that an earlier answer is replaced (folded): a value rejected (« 2 postes pas 1 », « au lieu de 3 ») or a word of
#: replacement (« plutôt », « finalement »). « au fait », « en fait » alone bring a remark as often (« 35h, au fait c'est un
#: poste de nuit » became the job: review).
_REPLACES = re.compile(
    r"\b(?:plutot|finalement|au final|je me suis trompe\w*|correction|rectification|je voulais dire)\b|"
    # « Changement de dernière minute : le patron veut commencer par 4 conducteurs » (thirty-seventh blind user test)
    r"\b(?:changement|modification)s? de (?:derniere minute|programme|plan)\b|\b(?:autre|petit|dernier|gros) (?:changement|modification)\b|"
    r"\b(?:pas|et non|non pas|au lieu de|au lieu d|a la place de|a la place d)\s+(?:\d+|un|une|deux|trois|quatre|cinq|le|la|l|les|du|des|en)\b"
)
#: What says an earlier answer again after « au fait », « oups », « attendez » (folded): a count of two posts or more, or the job
#: as a word that names one (« 35h, en fait ce sera 3 postes », « 35h, attendez le poste c'est soudeur »; not « c'est un poste
#: de nuit », « c'est un poste à responsabilités »: reviews).
_A_PLAIN_CHANGE = re.compile(
    r"\b(?:[2-9]|\d\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:postes?|personnes?)\b|"
    rf"\ble poste (?:c est|ce sera|sera) (?:plutot )?(?:un |une )?{JOB_NOUN}"
    # « ah et en fait je peux pas faire 25h, ca sera 22h » at the start (twenty-ninth blind user test)
    r"|\b(?:ce sera|ca sera|ca fera|sera|c est|c)\s+(?:plutot\s+|que\s+|juste\s+|seulement\s+)?\d{1,2}(?:[.,]\d+)?\s*(?:h\d{2}|h|heures?)\b"
    # « diagnostic électronique, 37h30 par semaine au fait » at the training needs (talking to make run on 2026-12-03)
    r"|\b\d{1,2}(?:[.,]\d+)?\s*(?:h\d{2}|h|heures?)(?:\s*\d{2})?\s+(?:par semaine|hebdo\w*|a la semaine)\b"
)
#: What says a change of an earlier answer besides a replacement (folded): « au fait », « attendez », « oups »…
_CHANGE_CUE = re.compile(rf"\b(?:au fait|{alternation(CORRECTION_PHRASES)}|{alternation(WAIT_WORDS)}|on a dit|j ai dit)\b")
#: A hedge: no change is applied on it (« ce sera peut-être 3 postes », « je crois que c'est 3 postes »: review).
#: (Nor on what the company has already: « 35h, et au fait on a déjà 3 postes de menuisier »: review.)
_GUESS = re.compile(rf"{HEDGED.pattern}|\bsi tout va bien\b")
_HEDGE = re.compile(rf"{_GUESS.pattern}|\bdeja\b")
#: The answer to the question asked, then the rest of the message (« 35h, et au fait ce sera 2 postes pas 1 »).
_ANSWER_THEN_REST = re.compile(r"^(?P<answer>[^,;.!?]+?)\s*(?:[,;.!]\s+|\s+(?=et au fait\b))(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


#: The sentences after the first one of a message's rest (« fin mai. ah et en fait… »).
_SENTENCE_AFTER = re.compile(r"[.!?;]\s+(?P<later>\S.*)$", re.DOTALL)


def _with_an_earlier_answer_changed(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """An answer given earlier in the request changed in the same message as the answer asked (« 35h, et au fait ce sera
    2 postes pas 1 », « 35, et le poste c'est plutôt ouvrier pépiniériste » at the hours: kept 1 post and the old job
    without a word: twenty-first blind user test): the rest of the message read as at the recap, when it names that field,
    and the change said."""
    found = _ANSWER_THEN_REST.match(text.strip())
    if requested in FREE_TEXT_SLOTS or found is None:
        return
    rest = found.group("rest")
    plain_rest = normalize(rest)
    if (candidate := _the_candidate_stated(sentences_of(rest), slots)) is not None:
        # « bon, le 2 mai 2027. Ah et j'ai oublié de dire : la candidate est de nationalité marocaine, elle a un titre de séjour »
        # (fortieth blind user test, u40-12: the candidate was dropped without a word)
        _apply_the_candidate(result, candidate[1], requested, slots)
        return
    if _HEDGE.search(plain_rest) or not (_REPLACES.search(plain_rest) or _CHANGE_CUE.search(plain_rest) and _A_PLAIN_CHANGE.search(plain_rest)):
        # a remark (« 35h, au fait c'est un poste de nuit », « …, en fait le poste c'est du lundi au vendredi »), no change said
        return
    field = recap_field_of(rest, normalize(rest))
    if field in (None, requested) and (later := _SENTENCE_AFTER.search(rest)) is not None:
        # « pour la fete des meres, fin mai. ah et en fait je peux pas faire 25h, ca sera 22h »: the rest still holds the date's
        # words, the change is in the next sentence (twenty-ninth blind user test: the hours were lost)
        rest = later.group("later")
        field = recap_field_of(rest, normalize(rest))
    if field is None and _A_PLAIN_CHANGE.search(normalize(rest)):
        field = sniff_field(rest, normalize(rest))  # (« en fait je peux pas faire 25h, ca sera 22h »: the hours by their unit)
    if field is None and _REPLACES.search(normalize(rest)):
        pass  # (a change said without its field's name: « Changement de dernière minute : … 4 conducteurs seulement, en CDD de 4 mois »)
    elif field not in (*FIELD_LABELS, "contract_type") or field in (requested, CONSENT_SLOT) or slots.get(field) is None or field in result.updates:
        return
    read = understand_recap(rest, {**slots, **result.updates})
    if field == "weekly_hours" and read.kind == RECAP_CORRECT and read.field == field and not read.updates and read.messages:
        # Hours under the rules (« ca sera 22h »): the recorded hours are no longer the job's; asked again, with the rule, as
        # at the recap (the form asks them before this question's next one)
        result.updates[field] = None
        result.messages.append({"text": str(read.messages[0].get("text") or "")})
        return
    _apply_the_change(result, read, requested, slots)


def _with_a_change_after_the_free_answer(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """A free-text answer, then sentences that change an earlier answer (« Moulage composite, lecture de plans. Autre correction :
    finalement les 5 postes seront sur notre nouveau site de Laval (53), pas au Mans. » at the needs was stored whole as the
    needs, the place kept: thirty-seventh blind user test): the answer without them, and the change applied and said."""
    value = result.updates.get(requested)
    sentences = sentences_of(text)
    if not isinstance(value, str) or len(sentences) < 2:
        return
    for k in range(1, len(sentences)):
        rest = " ".join(sentences[k:])
        plain_rest = normalize(rest)
        if not _REPLACES.search(normalize(sentences[k])) or _HEDGE.search(plain_rest) or "?" in rest or plain_rest not in normalize(value):
            continue
        answer = validate_field(FIELD_VALIDATORS[requested], " ".join(sentences[:k]), dt.date.today())
        if answer.kind != VALUE or not answer.value:
            return
        read = understand_recap(rest, {**slots, **result.updates})
        if _apply_the_change(result, read, requested, slots):
            result.updates[requested] = answer.value
        return


#: The facts of the rules a change beside the answer asked may say, besides the request's fields: they change the verdict.
_RULES_FACTS = ("contract_type", "contract_duration", "candidate_status")


def _the_candidate_stated(sentences: list[str], slots: dict[str, Any]) -> tuple[int, str] | None:
    """(the index of the sentence where it starts, the statement) of a plain statement of the candidate's situation among
    ``sentences`` (« Ah et j'ai oublié de dire : la candidate est de nationalité marocaine, elle a un titre de séjour »), from
    the first sentence about the candidate to the end; None when none is said, or only asked or guessed (« et si la candidate
    est étrangère ? », « je crois qu'elle a un titre de séjour »)."""
    for k, sentence in enumerate(sentences):
        if not ABOUT_THE_CANDIDATE.search(normalize(sentence)):
            continue
        part = " ".join(sentences[k:])
        if "?" in part or _GUESS.search(normalize(part)) or candidate_status_said(part, slots.get("candidate_status")) is None:
            return None
        return k, part
    return None


def _free_answer_then_the_candidate(text: str, requested: str, slots: dict[str, Any], intent: str | None) -> FieldUnderstanding | None:
    """The answer to a free-text question, then sentences that state the candidate's situation (« auxiliaire de puériculture.
    Au fait la candidate est étrangère, elle a une autorisation de travail » was stored whole as the job: fortieth blind user
    test, u40-12): the answer read without them, the candidate recorded and said back. None otherwise."""
    sentences = sentences_of(text)
    if len(sentences) < 2 or (candidate := _the_candidate_stated(sentences[1:], slots)) is None:
        return None
    answer = field_turn(" ".join(sentences[: candidate[0] + 1]).rstrip(" .!;"), requested, slots, intent)
    if answer.kind != VALUE or answer.updates.get(requested) is None or answer.interruption:
        return None
    _apply_the_candidate(answer, candidate[1], requested, slots)
    return answer


def _apply_the_candidate(result: FieldUnderstanding, said: str, requested: str, slots: dict[str, Any]) -> None:
    """The candidate's situation stated beside the answer asked (``said``), read as at the recap (:func:`candidate_change`):
    applied with the verdict it leads to and said back, or said to be as recorded."""
    read = candidate_change(said, {**slots, **result.updates})
    if read is not None and not _apply_the_change(result, read, requested, slots):
        result.messages.extend(read.messages)  # « C'est déjà ce que j'ai noté : Candidat : … »


def _apply_the_change(result: FieldUnderstanding, read: RecapUnderstanding, requested: str, slots: dict[str, Any]) -> bool:
    """The fields a change said beside the answer asked (``read`` as at the recap) changes, and the change said; whether any.
    A change of the contract or of the candidate's situation re-checks the rules, as at the recap."""
    # (Only what changes: « … on en prend 3 pas 2, mon associe veut aussi un apprenti » names the apprenticeship recorded too, and
    # the 3 posts were dropped: thirty-seventh blind user test.)
    changed = {f: v for f, v in read.updates.items()
               if f in FIELD_LABELS and f not in (CONSENT_SLOT, requested) and slots.get(f) is not None and f not in result.updates and slots.get(f) != v}
    facts = {f: v for f, v in read.updates.items() if f in _RULES_FACTS and slots.get(f) != v and f not in result.updates}
    if read.kind != RECAP_CORRECT or read.asks_alternance or not (changed or facts):
        return False
    result.updates.update(changed)
    listed = [msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, v)) for f, v in changed.items()]
    verdict: list[str] = []
    if facts:
        # (« …, en CDD de 4 mois pour tester », « …, la candidate n'a pas de titre de séjour »: the contract or the candidate, with
        # the verdict it leads to, as at the recap.)
        contract = set(facts) - {"candidate_status"}
        changes, verdict = contract_updates(facts, {**slots, **result.updates}, cause=msg.CAUSE_CONTRACT if contract else msg.CAUSE_CANDIDATE)
        result.updates.update(changes)
        if contract:
            listed.append(msg.CHANGED_FIELD.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label({**slots, **result.updates})))
        if "candidate_status" in facts:
            listed.append(msg.CHANGED_FIELD.format(label=msg.RECAP_CANDIDATE_LABEL, value=candidate_value(facts["candidate_status"])))
    result.messages.append({"text": " ".join([msg.CORRECTED_FIELDS.format(changes=msg.CHANGES_JOINER.join(listed)), *verdict])})
    return True


def _recorded_values_kept(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """A field asked again from the recap, answered with a message that also says other fields in passing, without a change
    said (« 2 vendeuses en boulangerie et 1 aide boulanger », the message that answered the job before, set the posts corrected to
    3 at the recap back to 2 without a word: thirty-seventh blind user test): the values recorded are kept, and said so."""
    if _REPLACES.search(normalize(text)) or correction_positions(tokenize(text)):
        return
    for field in [f for f in result.updates if f in FIELD_LABELS and f not in (requested, CONSENT_SLOT)]:
        value = result.updates[field]
        if slots.get(field) is None or value == slots.get(field):
            continue
        del result.updates[field]
        passing = msg.CHANGED_FIELD.format(label=FIELD_LABELS[field][:1].lower() + FIELD_LABELS[field][1:], value=display(field, value))
        kept: Message = {"text": msg.RECORDED_OTHERWISE.format(label=FIELD_LABELS[field], value=display(field, slots[field]))}
        for k, message in enumerate(result.messages):
            said = str(message.get("text") or "")
            if said == msg.ALSO_NOTED.format(changes=passing):
                result.messages[k] = kept
                break
            if passing in said:
                result.messages[k] = {**message, "text": said.replace(f"{msg.CHANGES_JOINER}{passing}", "").replace(f"{passing}{msg.CHANGES_JOINER}", "")}
                result.messages.insert(k + 1, kept)
                break
        else:
            result.messages.append(kept)


def _with_a_count_said_again(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any], *, first: bool = False) -> None:
    """The number of posts corrected beside the answer asked, before or after it (« vendeuse, 1 seule finalement, 35h, debut en
    mars », « 35h, et finalement une seule vendeuse » at the hours kept 2 posts without a word: talking to make run on
    2026-12-03): the new count, and the change said (``first``: before why the answer is refused)."""
    if requested == "positions" or "positions" in result.updates or slots.get("positions") is None:
        return
    count = count_said_again(text, {"job_title": slots.get("job_title")}, repeated=True)
    if count is None or (posts := validate_field("positions", count, dt.date.today())).kind != VALUE or posts.value == slots.get("positions"):
        return
    result.updates["positions"] = posts.value
    said: Message = {"text": msg.CORRECTED_FIELDS.format(changes=msg.CHANGED_FIELD.format(label=FIELD_LABELS["positions"], value=display("positions", posts.value)))}
    result.messages.insert(0 if first else len(result.messages), said)


def _with_a_longer_contract(longer: tuple[dict[str, Any], str], requested: str, slots: dict[str, Any], intent: str | None) -> FieldUnderstanding:
    """A longer contract said at a question of the request (« … et prolonger le cdd a 7 mois »): the contract changed
    (and the hours said with it), with its verdict, and the rest of the message read as the answer (twenty-second blind
    user test)."""
    found, rest = longer
    result = field_turn(rest, requested, slots, intent) if re.search(r"[^\W_]", rest) else FieldUnderstanding(kind=CORRECTION)
    if result.kind not in (VALUE, SKIP):
        result = FieldUnderstanding(kind=CORRECTION)  # only the contract: the question asked again
    hours = {"weekly_hours": found.pop("weekly_hours")} if "weekly_hours" in found else {}
    changes, texts = contract_updates(found, {**slots, **result.updates, **hours})
    result.updates.update({**hours, **changes})
    said = [msg.CORRECTED_CONTRACT.format(label=contract_label({**slots, **changes}))]
    if hours:
        said.append(msg.ALSO_NOTED.format(changes=msg.CHANGED_FIELD.format(label=FIELD_LABELS["weekly_hours"], value=display("weekly_hours", hours["weekly_hours"]))))
    result.messages.insert(0, {"text": " ".join([*said, *texts])})
    return result


def _with_the_answer_too(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """An earlier answer changed, and the answer to the question asked said in the same message (« pardon c'est 4 postes, et
    35h » at the hours changed the positions and asked the hours again: twenty-third blind user test): both kept, the message
    read as at the recap. Not at a question whose answer is free text, nor a value the question's own reader refuses."""
    changed = {f for f in result.updates if f in FIELD_LABELS}
    if requested in FREE_TEXT_SLOTS and requested not in result.updates and not text.startswith("/") and (
            changed or {"contract_type", "contract_duration"} & set(result.updates)):
        _with_the_free_answer_after(result, text, requested, slots)
        return
    if requested in FREE_TEXT_SLOTS or requested == CONSENT_SLOT or requested in result.updates or not changed or text.startswith("/"):
        return
    read = understand_recap(text, {**slots, **result.updates})
    if read.kind != RECAP_CORRECT or read.updates.get(requested) is None or any(read.updates.get(f, result.updates[f]) != result.updates[f] for f in changed):
        return
    value = read.updates[requested]
    if validate_field(FIELD_VALIDATORS[requested], display(requested, value), dt.date.today()).kind != VALUE:
        return
    result.kind = VALUE
    result.updates[requested] = value
    result.updates.pop(RECAP_STATE_SLOT, None)
    result.messages.append({"text": msg.ALSO_NOTED.format(changes=msg.CHANGED_FIELD.format(label=FIELD_LABELS[requested], value=display(requested, value)))})


def _with_the_free_answer_after(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """An earlier answer changed in a first sentence, and the answer to a free-text question in the sentences after it (« non
    c'est un seul contrat, le CDD saisonnier de 4 mois. Le nom : Camping Les Dunes Dorées » at the company's name corrected
    the contract and lost the name, asked again: thirty-fourth blind user test): both kept, when those sentences are read as
    the answer alone (no other field in them)."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
    if len(sentences) < 2:
        return
    read = understand_field(" ".join(sentences[1:]), requested, {**slots, **result.updates}, "inform")
    if read.kind != VALUE or read.updates.get(requested) is None or any(f in FIELD_LABELS and f != requested for f in read.updates):
        return
    value = read.updates[requested]
    result.kind = VALUE
    result.updates.update(read.updates)
    result.updates.pop(RECAP_STATE_SLOT, None)
    result.messages.append({"text": msg.ALSO_NOTED.format(changes=msg.CHANGED_FIELD.format(label=FIELD_LABELS[requested], value=display(requested, value)))})


#: Where a message names one value per post (« CDI pour le cuisinier et CDD 7 mois pour la femme de chambre »).
_PER_POST = re.compile(r"[,;]\s*|\s+(?:et|mais)\s+(?:pour\s+)?(?=(?:l autre|l['’]autre|les autres|un|une|le|la|les|l['’]|des|cdd|cdi|contrat|apprenti\w*|en|pour)\b)|\s+et\s+", re.IGNORECASE)


#: The other post (« et l'autre à trouver », « d'autres non »): two situations of the candidate, one per post (not « non il n'est
#: pas inscrit, c'est un de nos salariés », one situation said twice).
_THE_OTHER_ONE = re.compile(r"\b(?:l['’ ]\s*autre|les autres|d['’ ]\s*autres|(?:le|la) (?:deuxieme|deuxième|second|seconde|2e))\b", re.IGNORECASE)


#: A contract offered for a post (« CDD 7 mois pour la femme de chambre », « l'autre en CDD », « un cuisinier en CDI »).
_FOR_A_POST = re.compile(
    r"\bpour\s+(?:le|la|les|l['’]|un|une|des|ce|cet|cette|ces|notre|nos)\s*[^\W\d_]|"
    r"\b(?:un|une|des|deux|trois|\d+)\s+(?!cdd\b|cdi\b|contrat)[^\W\d_]+(?:\s+(?:de\s+|d['’]\s*)?[^\W\d_]+){0,3}?\s+en\s+(?:cdd|cdi)\b",
    re.IGNORECASE)
#: A contract not offered (review of the twenty-third blind user test's fixes): said past or a mistake (« le CDD c'était
#: avant », « c'était une erreur », « en remplacement d'un CDD qui se termine »), someone else's (« le tuteur est en CDD »), or
#: a later conversion (« qui pourra devenir un CDI », « avec embauche en CDI à la fin », « puis un CDI »).
_NOT_OFFERED = re.compile(
    r"\b(?:c['’ ]\s*etait|c['’ ]\s*était|avant|erreur|se termine|termine|(?:en\s+)?remplacement\s+d['’ ]\s*(?:un|une|le|la|son|sa)\s+(?:cdd|cdi|contrat)|tuteur|tutrice|candidat\w*|"
    r"devenir|deviendra|embauche\w* en|a la fin|à la fin|puis|ensuite|apres|après)\b",
    re.IGNORECASE)


#: A later request announced, with what it will hold (« , je ferai une autre demande pr les 2 cdd », « et on fera une 2e demande
#: pour les CDD »), to the end of the message.
_LATER_REQUEST = re.compile(
    r"[\s,;.]*(?:(?:et|puis|ensuite)\s+)?(?:je|j['’ ]\s*|on|nous)\s*(?:(?:vais|va|allons|voudrais)\s+(?:faire|refaire)|ferai[st]?|fera|ferons"
    r"|referai[st]?|refera|referons)\s+(?:une\s+)?(?:autre|deuxi[eè]me|2e|2eme|seconde|nouvelle)\s+demande\b.*$",
    re.IGNORECASE | re.DOTALL,
)
#: « 2 cdi et 2 cdd de 8 mois », « 2 en cdi et 2 en cdd de 6 mois » (folded): a count of posts per contract (not « un CDD … plutôt
#: qu'un CDI », one contract).
_POSTS_OF_A_CONTRACT = re.compile(
    rf"\b(?P<count>\d{{1,2}}|{SMALL_COUNT_WORDS})\s+(?:postes?\s+)?(?:en\s+)?(?P<contract>cdi|cdd(?:\s+de\s+\d{{1,2}}\s+mois)?"
    r"|interim|contrats? d apprentissage|apprentis?\w*|alternance|contrats? (?:de )?pro\w*)\b"
)


def posts_per_contract(text: str, slots: dict[str, Any]) -> str | None:
    """What to say when the posts are shared between two contracts (« sur les 4 y aura 2 cdi et 2 cdd de 8 mois »): one request
    per contract, this one kept for the contract recorded; None otherwise."""
    said: dict[str, tuple[str, str]] = {}
    for found in _POSTS_OF_A_CONTRACT.finditer(normalize(text or "")):
        contract = extract_contract(found.group("contract"))
        if contract is None or contract in said:
            continue
        count = validate_positions(found.group("count"))
        if count.kind != VALUE:
            continue
        months = extract_duration(found.group("contract"))
        label = contract_label({"contract_type": contract, "contract_duration": months.months if months else None})
        said[contract] = (display("positions", count.value), label)
    if len(said) < 2:
        return None
    recorded = slots.get("contract_type")
    kept = recorded if recorded in said else next(iter(said))
    other = next(c for c in said if c != kept)
    posts = said[kept][0]
    return msg.ONE_REQUEST_PER_CONTRACT.format(
        kept=f"{posts} en {said[kept][1]}", other=f"{said[other][0]} en {said[other][1]}", count=posts)


def two_values_said(text: str) -> str | None:
    """What to say to a message that names two different contracts, or two different situations of the candidate, one per
    post (twenty-third blind user test: the first was kept and « C'est déjà ce que j'ai noté » said); None otherwise."""
    # (Not the candidate's current job nor past contract: « finalement un CDD de 8 mois, elle était en intérim chez nous avant »
    # is one contract, found merging the session's fixes.)
    wanted = REJECTED_CONTRACT.sub(" ", text or "")
    if extract_contract_options(wanted):
        return None  # a hesitation between contracts (« CDI ou CDD, on ne sait pas encore ») is no contract per post
    offered = [c for c in _PER_POST.split(without_candidate_past(without_candidate_job(wanted))) if c and c.strip()]
    # (Both offered for posts: not a contract said past, someone else's or a later conversion, « CDI, le CDD c'était avant »,
    # « CDD 8 mois, avec embauche en CDI à la fin »: review of the twenty-third blind user test's fixes.)
    offered = [x for x in offered if _FOR_A_POST.search(x) or _THE_OTHER_ONE.search(x)]
    offered = [x for x in offered if not _NOT_OFFERED.search(x)]
    contracts = list(dict.fromkeys(c for c in (extract_contract(x) for x in offered) if c is not None))
    if len(contracts) >= 2:
        first, second = (_named(c, x) for c, x in _first_clause_of(contracts[:2], offered))
        return msg.ONE_CONTRACT_PER_REQUEST.format(first=first, second=second)
    clauses = [c for c in _PER_POST.split(wanted) if c and c.strip()]
    statuses = list(dict.fromkeys(s for s in (candidate_status_said(x) for x in clauses) if s is not None))
    if len(statuses) >= 2 and _THE_OTHER_ONE.search(text):
        return msg.ONE_CANDIDATE_PER_REQUEST.format(first=CANDIDATE_LABELS.get(statuses[0], statuses[0]), second=CANDIDATE_LABELS.get(statuses[1], statuses[1]))
    return None


def contract_to_choose(slots: dict[str, Any]) -> tuple[Message, dict[str, Any]] | None:
    """The request starts on a contract the check left undecided, its options getting the same verdict (« CDI ou CDD de 8
    mois », a bare « alternance »): its question comes first, and the next message answers it (:data:`RECAP_ALTERNANCE`), not
    the first option taken (the request would have sent a contract nobody chose); None when the contract is chosen."""
    if not undecided_options(slots):
        return None
    return contract_question(slots), {RECAP_STATE_SLOT: RECAP_ALTERNANCE}


def _the_other_contract(slots: dict[str, Any]) -> tuple[str, str] | None:
    """The contract of a first message that named two, one per post, that the request being prepared is not for, and its
    clause; None otherwise (see :func:`two_contracts_at_the_start`)."""
    said = REJECTED_CONTRACT.sub(" ", str((slots.get(MEMORY_SLOT) or {}).get("said") or ""))
    # (Not the candidate's current or past contract: « boulanger a Laval, cdi, vendeuse, elle est en cdd chez nous jusqu'a fin
    # janvier » was told « deux contrats (CDI et CDD) », found talking to `make run` at the end of the session.)
    said = without_candidate_past(without_candidate_job(said))
    if extract_contract_options(said):
        return None  # « on hésite entre CDI et CDD pour un cariste »: one post, a choice the check settled (REST test)
    clauses = [c for c in _PER_POST.split(said) if c and c.strip()]
    kept = slots.get("contract_type")

    def contract_of(clause: str) -> str | None:
        # (A bare « alternance » is the alternance chosen when asked back: « un serveur en alternance et un cuisinier en CDI »,
        # then « contrat pro », dropped the CDI without a word: review of the session on the alternance.)
        if kept in ALTERNANCES and alternance_unsaid(clause):
            return str(kept)
        return extract_contract(clause)

    clauses = _taken_back(clauses, contract_of)
    contracts = list(dict.fromkeys(c for c in (contract_of(x) for x in clauses) if c is not None))
    if len(contracts) < 2 or kept not in contracts:
        return None
    # (A seasonal CDD said again as a CDD is one contract: « … pour la saison, CDD de 4 mois d'avril à juillet » was told « deux
    # contrats (un CDD saisonnier de 4 mois et un CDD de 4 mois) »: thirty-fourth blind user test.)
    contracts = [c for c in contracts if c == kept or not _the_same_contract(
        str(kept), slots.get("contract_duration"), c, [_months_of(x) for x in clauses if contract_of(x) == c])]
    if len(contracts) < 2:
        return None
    other = next(c for c in contracts if c != kept)
    return other, next(x for x in clauses if contract_of(x) == other)


def _taken_back(clauses: list[str], contract_of: Callable[[str], str | None]) -> list[str]:
    """``clauses`` without those whose contract the next one that names a contract takes back with a correction (« 3 cuisiniers
    en CDD 8 mois…, enfin non plutot 2 en CDI »: a second request was offered for the CDD, forty-eighth blind user test,
    u48-03)."""
    kept: list[str] = []
    for clause in clauses:
        if contract_of(clause) is not None and _opens_with_a_correction(tokenize(clause)):
            before = next((i for i in range(len(kept) - 1, -1, -1) if contract_of(kept[i]) is not None), None)
            if before is not None:
                kept.pop(before)
        kept.append(clause)
    return kept


def two_contracts_at_the_start(slots: dict[str, Any]) -> Message | None:
    """The request starts on a first message that named two contracts, one per post (« 2 personnes : un cuisinier en CDI et une
    femme de chambre en CDD de 7 mois »: the check kept the CDI, and the CDD was dropped without a word: twenty-third blind
    user test): this request is for the contract kept, the other one comes after, said plainly; None otherwise."""
    other = _the_other_contract(slots)
    if other is None:
        return None
    return {"text": msg.ONE_CONTRACT_AT_THE_START.format(first=contract_in_a_sentence(slots), second=_named(*other))}


def next_contract_project(slots: dict[str, Any]) -> dict[str, Any] | None:
    """The project of the other contract :func:`two_contracts_at_the_start` promised a request for (:data:`NEXT_PROJECT`): its
    contract and length, the place, and in the memory the job, its own count and the town; None without one."""
    other = _the_other_contract(slots)
    if other is None:
        return None
    contract, clause = other
    project: dict[str, Any] = {"contract_type": contract, "department": slots.get("department")}
    if needs_duration(contract) and (months := _months_of(clause)) is not None:
        project["contract_duration"] = months
    memory = slots.get(MEMORY_SLOT) or {}
    kept = {k: memory[k] for k in ("commune", "postal_code", "department", "job_title") if memory.get(k)}
    if (job := job_of_the_contract(memory, contract)) is not None:
        kept["job_title"] = job  # its own, not the first request's (forty-second blind user test, u42-07)
    if (count := posts_of_the_contract(str(memory.get("said") or ""), contract)) is not None:
        kept["positions"] = str(count)
    if isinstance(other := memory.get(OTHER_CANDIDATE), dict) and other.get("contract_type") == contract:
        # the candidate said for it at the check (« pour le cuisinier pas encore, pour la serveuse oui … »: u42-07)
        project.update(other.get("answers") or {})
    # (its clause alone, to its sentence's end: the first message names two contracts)
    project[MEMORY_SLOT] = {**kept, "said": re.split(r"(?<=[.!?])\s+", clause.strip())[0]}
    return project


def promised_request_named(slots: dict[str, Any]) -> str | None:
    """The request promised for the other contract or job of the request in ``slots`` (:func:`next_contract_project`,
    :func:`next_job_project`), named for the sentence that says it waits (« un contrat d'apprentissage », « un CDI
    (magasinier) »); None without one."""
    project = next_contract_project(slots) or next_job_project(slots)
    if project is None:
        return None
    contract = contract_in_a_sentence(project)
    job = (project.get(MEMORY_SLOT) or {}).get("job_title")
    return msg.PROJECT_WITH_ITS_JOB.format(contract=contract, job=job) if job else contract


def next_job_project(slots: dict[str, Any]) -> dict[str, Any] | None:
    """The project of the next job said at the job's question (« 2 caristes et 1 magasinier »: :data:`JOBS_LEFT`), promised a
    request of its own (:data:`NEXT_PROJECT`): this request's contract, its length and place, and in the memory that job, its
    count and the town, with the jobs after it for the requests after; None without one."""
    memory = slots.get(MEMORY_SLOT) or {}
    left = [j for j in memory.get(JOBS_LEFT) or [] if isinstance(j, dict) and j.get("job_title")]
    if not left or not slots.get("contract_type"):
        return None
    located = slots.get("work_location")
    place: dict[str, Any] = located if isinstance(located, dict) else {}
    project: dict[str, Any] = {"contract_type": slots["contract_type"], "department": slots.get("department") or place.get("department")}
    if slots.get("contract_duration"):
        project["contract_duration"] = slots["contract_duration"]
    town = {k: place.get(k) or memory.get(k) for k in ("commune", "postal_code", "department") if place.get(k) or memory.get(k)}
    following = {**town, "job_title": left[0]["job_title"], "said": str(left[0].get("said") or left[0]["job_title"])}
    if left[0].get("positions") is not None:
        following["positions"] = str(left[0]["positions"])
    if left[1:]:
        following[JOBS_LEFT] = left[1:]
    project[MEMORY_SLOT] = following
    return project


#: Contracts one of which is the other said more precisely: a seasonal CDD is a CDD.
_ONE_CONTRACT_SAID_TWICE = frozenset({"cdd", "cdd_saisonnier"})


def _the_same_contract(first: str, months: Any, second: str, second_months: list[float | None]) -> bool:
    """Whether ``second``, said in clauses of lengths ``second_months``, is ``first`` of length ``months`` said again: a CDD and a
    seasonal CDD of no other length (« pour la saison, CDD de 4 mois »; not « un CDD saisonnier de 2 mois et un CDD de 8
    mois »)."""
    if {first, second} != _ONE_CONTRACT_SAID_TWICE:
        return False
    return all(m is None or not isinstance(months, (int, float)) or abs(m - float(months)) < 0.01 for m in second_months)


def _named(contract: str, clause: str) -> str:
    """The contract said in ``clause``, with its article and its length (« un CDD de 7 mois »); a bare « alternance », as such
    (« un contrat en alternance »: it said « un contrat d'apprentissage »)."""
    if alternance_unsaid(clause):
        return msg.AN_ALTERNANCE
    return contract_in_a_sentence({"contract_type": contract, "contract_duration": _months_of(clause)})


def _first_clause_of(contracts: list[str], clauses: list[str]) -> list[tuple[str, str]]:
    """Each contract with the first clause that names it."""
    return [(c, next(x for x in clauses if extract_contract(x) == c)) for c in contracts]


def _months_of(clause: str) -> float | None:
    duration = extract_duration(clause)
    return round(duration.months, 2) if duration is not None and duration.months is not None else None


#: Words that do not name a commune by themselves (« la » of « la roche »).
_ARTICLES = frozenset({"le", "la", "les", "l", "saint", "st", "sainte"})


def place_said_before(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """The place of work recorded rejected, and another one named by the start of its name, as said earlier in the
    conversation: « attendez en fait ce sera au magasin de la roche, pas cholet » after « un magasin … a la roche sur yon et un
    autre a cholet » got « pas trouvé de nombre » at the positions, and « Quel champ ? » at the recap (twenty-third blind
    user test). That place, or the place asked again when none said earlier starts so; None when the recorded commune is
    not rejected (« pas Cholet », « au lieu de Cholet »), or when the message names a commune of its own (read as before)."""
    place = slots.get("work_location") or {}
    commune = normalize(str(place.get("commune") or "")) if isinstance(place, dict) else ""
    plain = normalize(text or "")
    if not commune or (text or "").startswith("/") or not re.search(
            rf"\b(?:pas|et non|au lieu de|plutot que|plutot qu)\s+(?:(?:a|au|sur|de|en|le|la|les|l)\s+)?{re.escape(commune)}\b", plain):
        return None
    if [c for c in named_communes(text or "") if normalize(c) != commune]:
        return None  # « c'est à Beaufort en Anjou, pas à Angers »: the place's own reader
    said = str((slots.get(MEMORY_SLOT) or {}).get("said") or "")
    for other in named_communes(said):
        words = normalize(other).split()
        if normalize(other) == commune or not words:
            continue
        size = next((k for k in range(1, len(words) + 1) if words[k - 1] not in _ARTICLES), len(words))
        if re.search(rf"\b{re.escape(' '.join(words[:size]))}\b", re.sub(rf"\b{re.escape(commune)}\b", " ", plain)):
            checked = validate_field("work_location", other, dt.date.today())
            if checked.kind == VALUE:
                return FieldUnderstanding(kind=CORRECTION, updates={"work_location": checked.value, RECAP_STATE_SLOT: None},
                                          messages=[{"text": corrected("work_location", checked.value, slots)}])
    before = {"field": "work_location", "value": place}
    return FieldUnderstanding(kind=CORRECTION, updates={"work_location": None, BEFORE_CORRECTION_SLOT: before, ATTEMPTS_SLOT: 0.0},
                              messages=[{"text": msg.GOING_BACK.format(label=FIELD_LABELS["work_location"])}])


def _another_field_instead(text: str, requested: str, value: Any, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """A field reopened from the recap (its new value refused), and the message changes another field instead: the reopened
    field keeps its value, the other one is changed, and the recap comes again. After an invalid SIRET, « poste: mecanicien
    automobile » got « pas trouvé de numéro SIRET » (twenty-third blind user test): the employer could not leave the SIRET.
    Only at a field whose answer is no free text, and when the message gives it no value."""
    if requested in FREE_TEXT_SLOTS or text.startswith("/") or not re.search(r"[^\W\d_]", text):
        return None
    other = recap_field_of(text, normalize(text))
    if other not in FIELD_LABELS or other in (requested, CONSENT_SLOT):
        return None
    if validate_field(FIELD_VALIDATORS[requested], text, dt.date.today()).kind == VALUE:
        return None
    read = understand_recap(text, {**slots, requested: value})
    changed = {f: v for f, v in read.updates.items() if f in FIELD_LABELS and f not in (requested, CONSENT_SLOT)}
    if read.kind != RECAP_CORRECT or not changed:
        return None
    kept = msg.KEPT_AS_BEFORE.format(label=FIELD_LABELS[requested], value=display(requested, value))
    return FieldUnderstanding(
        kind=VALUE,
        updates={**read.updates, requested: value, BEFORE_CORRECTION_SLOT: None, ATTEMPTS_SLOT: 0.0, RECAP_STATE_SLOT: None},
        messages=[{"text": kept}, *read.messages],
    )


def _only_the_explanation(result: FieldUnderstanding, requested: str) -> bool:
    """The reply to a question at ``requested`` is only what the field is (:data:`FIELD_EXPLANATIONS`)."""
    field = FIELD_VALIDATORS.get(requested, requested)
    explanation = msg.FIELD_EXPLANATIONS.get(field, "").strip()
    # (With the rules on the field after it: « … La politique régionale … au moins 24 heures par semaine. » at the hours, whose
    # question on the candidates France Travail finds went unanswered: fifty-first blind user test, u51-08.)
    with_rules = " ".join([explanation, *(r.explanation for r in rules_on(field))]).strip()
    return (result.kind == QUESTION and bool(explanation) and bool(result.messages)
            and all((m.get("text") or "").strip() in (explanation, with_rules) and not m.get("buttons") for m in result.messages))


#: A message that only points above (normalised): « cf plus haut », « voir plus haut », « comme dit plus haut », « c'est écrit
#: plus haut » (stored as the training needs: blind user tests 26–28, left open in session 23).
_ONLY_SAID_ABOVE = re.compile(
    rf"^(?:(?:{alternation((*LEAD_INS, 'bon', 'c est', 'voir', 'cf'))})\s)*(?:{SAYS_ALREADY_SAID.pattern})(?:\s(?:svp|stp|merci))*$"
)
_WHERE_SAID = re.compile(rf"\b{alternation(WHERE_SAID)}\b")


def _said_above(text: str, requested: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """The answer to a free-text question that only points above (:data:`_ONLY_SAID_ABOVE`): the value said in the messages
    about the project (the opening one, the check's answers) when one was, the training needs also from a clause of a sentence
    that asked something (« il lui faudrait une formation soudure TIG, c'est financé ? »: :func:`stated_need`); else the
    question again, saying nothing was found above. None for any other message."""
    plain = normalize(text)
    if not _ONLY_SAID_ABOVE.match(plain) or not _WHERE_SAID.search(plain):
        return None
    found = _said_about_the_project(requested, slots)
    if found is not None:
        return _taken_from_above(requested, found)
    attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
    return FieldUnderstanding(kind=UNUSABLE, updates={ATTEMPTS_SLOT: float(attempts)}, messages=[_not_found_above(requested)])


def _said_about_the_project(requested: str, slots: dict[str, Any]) -> Any:
    """The value of ``requested`` said in the messages about the project (the opening one, the check's answers), None when
    none was; the training needs also from a clause of a sentence that asked something (:func:`stated_need`)."""
    today = dt.date.today()
    memory = slots.get(MEMORY_SLOT) or {}
    found = memory_updates(memory, today).get(requested)
    if found is None and requested == "training_needs":
        earlier = [str(memory.get("said") or ""), *(str(a.get("text") or "") for a in memory.get(ANSWERS_KEY) or [])]
        found = next((need for said in earlier if said and (need := stated_need(said.replace("?", "."), today)) is not None), None)
    return found


def _taken_from_above(requested: str, value: Any, read: FieldUnderstanding | None = None) -> FieldUnderstanding:
    """``value``, said earlier, taken for ``requested`` and said back (``read``: the earlier message read again, whose
    messages follow)."""
    taken: Message = {"text": msg.TAKEN_FROM_ABOVE.format(label=FIELD_LABELS[requested], value=display(requested, value))}
    if read is None:
        return FieldUnderstanding(kind=VALUE, updates={requested: value, ATTEMPTS_SLOT: 0.0}, messages=[taken])
    read.messages.insert(0, taken)
    return read


def _not_found_above(requested: str) -> Message:
    return {"text": msg.NOT_FOUND_ABOVE.format(noun=msg.FIELD_NOUNS.get(requested, msg.THIS_INFORMATION))}


def field_turn(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, faq_replies: list[Message] | None = None,
    *, places_rejected: bool = True,
) -> FieldUnderstanding:
    """:func:`understand_field`, except that « annuler » during the request asks for confirmation first.

    ``faq_replies``: the FAQ's confident answer to the message, if any; a question about the scheme, not about the field
    asked, gets it instead of the field's explanation (then the question again).

    The ``kind`` is ``cancel_confirmed`` once confirmed (the caller keeps the
    answers for a resumption and clears the slots); while the confirmation is
    pending, :data:`RECAP_STATE_SLOT` is ``cancel`` and the field is not asked again.
    """
    length_asked = slots.get(RECAP_STATE_SLOT) == RECAP_DURATION and requested in FIELD_VALIDATORS
    if length_asked and (lengthened := _the_length_asked(text or "", slots)) is not None:
        return lengthened
    if length_asked:
        slots = {**slots, RECAP_STATE_SLOT: None}  # (not the length: the message is read as the answer to the question)
    own_line = _line_of(text or "", requested) if requested in FIELD_VALIDATORS and pasted_form(text or "") else None
    # (A pasted e-mail's line for the question asked is its answer, its other lines the later questions': forty-eighth blind
    # user test, u48-02.)
    result = _read_field_turn(own_line or text, requested, slots, intent, faq_replies, places_rejected=places_rejected)
    if requested in FIELD_VALIDATORS and pasted_form(text or ""):
        _with_the_other_lines(result, text, str(requested), slots)
    if length_asked:
        result.updates.setdefault(RECAP_STATE_SLOT, None)
    if result.kind in (VALUE, SKIP, CORRECTION) and not result.interruption:
        _with_the_whole_period(result, text or "", requested, slots)
    merged = {**slots, **result.updates}
    if (requested in FIELD_VALIDATORS and "contract_type" in result.updates and needs_duration(str(merged.get("contract_type") or ""))
            and not merged.get("contract_duration") and any(msg.ASK_CONTRACT_DURATION in str(m.get("text") or "") for m in result.messages)):
        # « C'est noté, je corrige le contrat : CDD. Quelle est la durée du contrat ? » was followed by the next question, and its
        # answer never read (forty-fifth blind user test, u45-07): the length's question stands alone (action_ask_* says nothing
        # while it waits) and the next message answers it (:func:`_the_length_asked`), as at the recap.
        result.updates[RECAP_STATE_SLOT] = RECAP_DURATION
    if (requested == "siret" and result.kind == VALUE and result.updates.get("siret")
            and (whose := siret_question_with_the_number(text or "")) is not None):
        result.messages.insert(0, {"text": whose})  # (the question on whose SIRET, typed with it: forty-third blind user test)
    keep_the_other_address(result.updates, own_line or text or "", slots)
    return result


def _line_of(text: str, requested: str) -> str | None:
    """The value of the line of a pasted form labelled for ``requested`` (« Societe : LOGIMAY SARL, SIRET … »), None for none."""
    return next((value for label, value in _labelled(text) if _LINE_FIELD.get(label) == requested), None)


def _label_in_sentence(label: str) -> str:
    """« type d'employeur » within a sentence; « SIRET » stays as it is."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


def _says_more(noted: Any, said: Any) -> bool:
    """Whether ``said`` says the job ``noted`` more fully (« magasinier cariste » for « magasinier »)."""
    before, after = normalize(str(noted)).split(), normalize(str(said)).split()
    return len(after) > len(before) and set(before) <= set(after)


def _with_the_other_lines(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any]) -> None:
    """The later questions a pasted e-mail or form answers (:func:`said_in_the_project`, its labelled lines first), noted with
    the answer when not answered yet (a job noted, completed when the e-mail says it more fully), and said; its contact's
    details only after the consent, said so (forty-eighth blind user test, u48-02: the date and the needs it gave were asked
    again, the job kept shorter)."""
    if result.interruption or result.kind not in (VALUE, UNUSABLE, SKIP):
        return
    today = dt.date.today()
    consented = slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED)
    merged = {**slots, **result.updates}
    extras: dict[str, Any] = {}
    held = False
    for field, value in said_in_the_project(text, today).items():
        if field == requested or field in result.updates or field not in FIELD_LABELS:
            continue
        if field in CONTACT_FIELDS and not consented:
            held = True
            continue
        if merged.get(field) in (None, "") or field == "job_title" and _says_more(merged[field], value):
            extras[field] = value
    if extras:
        result.updates.update(extras)
        listed = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_label_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in extras.items())
        opening = msg.ALSO_NOTED.split("{", 1)[0]
        at = next((k for k, m in enumerate(result.messages) if str(m.get("text") or "").startswith(opening)), None)
        if at is not None:
            # (one sentence of what was noted: the answer's line's own, then the other lines')
            said = str(result.messages[at]["text"])
            end = said.find(". ", len(opening))
            end = len(said) - 1 if end < 0 else end
            result.messages[at] = {**result.messages[at], "text": f"{said[:end]}{msg.CHANGES_JOINER}{listed}{said[end:]}"}
        else:
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=listed)})
        result.messages.extend(prefilled_notes({k: v for k, v in extras.items() if k == "start_date"}, today))
    if held and not any(msg.CONTACT_DETAILS_AFTER_CONSENT in str(m.get("text") or "") for m in result.messages):
        result.messages.append({"text": msg.CONTACT_DETAILS_AFTER_CONSENT})


def _the_length_asked(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """The answer to « Quelle est la durée du contrat ? » asked in the form (:data:`RECAP_DURATION`): the contract's length
    changed and said, then the form's question; None when the message says no length."""
    if text.startswith("/"):
        return None
    duration = extract_duration(text)
    if duration is None or duration.months is None:
        return None
    changes, texts = contract_updates({"contract_duration": round(duration.months, 2)}, slots)
    label = contract_label({**slots, "contract_duration": duration.months})
    return FieldUnderstanding(kind=CORRECTION, updates={**changes, RECAP_STATE_SLOT: None},
                              messages=[{"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])}])


#: The job named by its label (folded): « le poste c'est mecanicien auto », « poste : cariste », « le metier c preparateur ».
_JOB_LABELLED = re.compile(
    r"\b(?:le |l |mon |notre |votre )?(?:poste|intitule(?: du poste)?|metier)\s*(?::|c est|c|est|ce sera|sera|ca sera|serait)\s+(?=[^\W\d_])"
)
#: A value said wrong (folded): « mais non … », « hein ?? non … », « en fait … », « je voulais dire … ».
_SAID_WRONG = re.compile(r"^(?:\W*(?:mais|hein|ben|bah|euh|attendez|attends|ah|oh)\b)*\W*(?:non|nan|nn)\b|\bje voulais dire\b")
#: Where a message splits into what it says (a sentence, or a clause after a comma).
_SAID_APART = re.compile(r"(?<=[.!?;])\s+|,\s+")


def _job_corrected_beside(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, faq_replies: list[Message] | None
) -> FieldUnderstanding | None:
    """The job corrected by its label at another question (« mais non le poste c'est mecanicien auto ! » at the date got « Je n'ai
    pas encore la date », « hein ?? non le poste c'est preparateur de commandes cariste. 35h » at the hours kept the hours only:
    forty-seventh blind user test): the job changed and said so, with the answer to this question when the rest gives it, else
    this question again. None otherwise, and for a remark on the job (« le poste est polyvalent »): only a job said wrong."""
    if requested in (None, "job_title", CONSENT_SLOT, CONFIRM_SLOT) or not slots.get("job_title"):
        return None
    parts = [p for p in _SAID_APART.split(text) if p.strip()]
    for k, part in enumerate(parts):
        plain = normalize(part)
        # (A job said wrong: « 35h, au fait le poste c'est du lundi au vendredi », « le poste est polyvalent » are remarks.)
        if not _JOB_LABELLED.search(plain) or not (_SAID_WRONG.search(plain) or k and _SAID_WRONG.search(normalize(parts[k - 1]))):
            continue
        read = understand_recap(part, slots)
        job = read.updates.get("job_title")
        if read.kind != RECAP_CORRECT or not isinstance(job, str) or set(read.updates) != {"job_title"} or job == slots["job_title"]:
            return None
        said: Message = {"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["job_title"], value=display("job_title", job))}
        rest = " ".join(parts[:k] + parts[k + 1:])
        if re.search(r"[^\W_]", rest):
            answer = field_turn(rest, requested, {**slots, "job_title": job}, intent, faq_replies)
            if answer.kind in (VALUE, SKIP) and requested in answer.updates:
                answer.updates["job_title"] = job
                answer.messages.insert(0, said)
                return answer
        return FieldUnderstanding(kind=CORRECTION, updates={"job_title": job, RECAP_STATE_SLOT: None}, messages=[said])
    return None


def _read_field_turn(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, faq_replies: list[Message] | None = None,
    *, places_rejected: bool = True,
) -> FieldUnderstanding:
    """The turn of :func:`field_turn`, before a period said as a correction is read whole."""
    if slots.get(RECAP_STATE_SLOT) == RECAP_CANCEL_PENDING:
        confirmed = cancel_confirmation(text, intent)
        if confirmed:
            return FieldUnderstanding(kind=RECAP_CANCEL_CONFIRMED)
        if confirmed is False:
            rest = _GO_ON_FIRST.sub("", _NO_FIRST.sub("", _NO_FIRST.sub("", text or "")))  # (« non non », « non, non »)
            # (« finalement j ai trouve le siret 44306184100047 on continue »: the order to go on last, the SIRET lost and asked
            # again: twenty-ninth blind user test)
            rest = _GO_ON_LAST.sub("", rest) or rest
            if rest.strip() and rest != (text or "") and (asked := _someone_else_giving_up_asked(rest, "inform", faq_replies)) is not None:
                # « non ! je parle du candidat, si il abandonne la formation » got « C'est annulé » (thirty-eighth blind user
                # test): the request kept, said so, and the question answered (or no answer said), then this question again.
                asked.messages.insert(0, {"text": msg.KEEP_GOING})
                return asked
            if requested == "derogation_justification" and rest != (text or "") and (back := contract_at_the_reason(rest, slots)) is not None:
                # « non ! je veux juste remettre le contrat en CDI » got « D'accord, on continue. » and the reason again
                # (thirty-first blind user test)
                back.updates[RECAP_STATE_SLOT] = None
                return back
            if (requested is not None and requested not in FREE_TEXT_SLOTS and rest.strip() and rest != (text or "").strip()
                    and not _STALLING.search(normalize(rest)) and not _NOT_THE_ANSWER.search(normalize(rest))
                    and (requested != "positions" or _A_COUNT.search(normalize(rest)))):
                # (Only when the rest says a value: « non attendez, je vous dis ça demain », « non, 1 sec je cherche » were
                # stored as the start date, the positions: review.)
                # « non attendez, on peut compléter avec des lignes régulières, ça fera 26h »: the hours were asked again
                # (twenty-first blind user test). The answer said with the « non » is read, as at the recap (not at a
                # question whose answer is free text: « non attendez je reprends » is no company's name).
                reread = field_turn(rest, requested, {**slots, RECAP_STATE_SLOT: None}, "inform")
                if reread.kind == SKIP and requested in SKIPPABLE:
                    # « non non on continue, je passe le siret » got « D'accord, on continue » and the SIRET question again
                    # (twenty-fifth blind user test): the skip said with the « non » is applied.
                    reread.updates[RECAP_STATE_SLOT] = None
                    reread.messages.insert(0, {"text": msg.KEEP_GOING})
                    return reread
                if reread.kind == VALUE and requested in reread.updates:
                    reread.updates[RECAP_STATE_SLOT] = None
                    noted = msg.CHANGED_FIELD.format(label=FIELD_LABELS[requested], value=display(requested, reread.updates[requested]))
                    reread.messages.insert(0, {"text": f"{msg.KEEP_GOING} {noted}."})
                    return reread
                if reread.kind not in (RECAP_CANCEL, RECAP_CANCEL_CONFIRMED) and any(
                        f in FIELD_LABELS and f != requested or f == "contract_type" for f in reread.updates):
                    # another field said with the order to go on (the SIRET at the number of positions; the contract: « non je
                    # veux pas annuler, je veux un CDI », forty-sixth blind user test, u46-03): noted, said so, and this question
                    # again
                    reread.updates[RECAP_STATE_SLOT] = None
                    reread.messages.insert(0, {"text": msg.KEEP_GOING})
                    return reread
            return FieldUnderstanding(updates={RECAP_STATE_SLOT: None}, messages=[{"text": msg.KEEP_GOING}])
        if unsure_about_cancelling(text):
            # « hmm attendez je sais plus » skipped the SIRET asked before the cancel question (fifty-second blind user test,
            # u52-09): it answers the cancel question, asked again; the field is untouched.
            return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[msg.CANCEL_UNSURE])
        result = understand_field(text, requested, slots, intent)
        if not result.interruption:
            result.updates[RECAP_STATE_SLOT] = None
        return result
    if slots.get(RECAP_STATE_SLOT) == RECAP_ALTERNANCE and requested is not None:
        if not _leaves_the_alternance(text):
            # The answer to « L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? », then this question
            # again.
            return alternance_turn(text or "", slots, CORRECTION, UNUSABLE)
        # (A way out, or a button of the question: the alternance is no longer waited for, or the question would not come again.)
        turn = field_turn(text, requested, {**slots, RECAP_STATE_SLOT: None}, intent, faq_replies, places_rejected=places_rejected)
        turn.updates.setdefault(RECAP_STATE_SLOT, None)
        return turn
    if requested not in (None, CONFIRM_SLOT) and impatient(text or ""):
        # « ca fait combien de questions encore ?? » got the field's explanation, « c'est long votre truc » the cancel's confirmation
        # (forty-sixth blind user test, u46-01, u46-09): how many questions are left, then this question again.
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None},
                                  messages=[{"text": msg.QUESTIONS_LEFT.format(questions=how_many_left(slots))}])
    if requested in FREE_TEXT_SLOTS and (above := _said_above(text or "", requested, slots)) is not None:
        return above
    if requested == "derogation_justification" and (reason := _question_then_the_reason(text or "", slots)) is not None:
        return reason
    if (just := said_just_before(text or "", requested, slots, [])) is not None:
        return just  # (the form reads the messages before first: ValidateHiringIntentForm)
    if requested is not None and (asked := _someone_else_giving_up_asked(text or "", intent, faq_replies)) is not None:
        return asked
    if requested is not None and (supposed := supposed_answers(text or "", slots)) is not None:
        # « et si on passait a 20h par semaine, ce serait encore eligible ? », « et si on fait plutot des CDD de 12 mois, ca change
        # quelque chose ? » (forty-first blind user test): the rules' verdict for it, as the check answers a length supposed, and
        # how to keep it; nothing recorded, then this question again.
        answered = list(faq_replies or []) if _an_faq_answer(faq_replies) and not off_the_contract(faq_replies, cached_faq()) else []
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=answered + [{"text": said} for said in supposed])
    before = slots.get(BEFORE_CORRECTION_SLOT) or {}
    reopened = requested is not None and before.get("field") == requested and before.get("value") is not None
    if reopened and requested is not None and _KEEP_AS_BEFORE.search(normalize(text or "")):
        value = before["value"]
        kept = msg.KEPT_AS_BEFORE.format(label=FIELD_LABELS[requested], value=display(requested, value))
        return FieldUnderstanding(
            kind=VALUE, updates={requested: value, BEFORE_CORRECTION_SLOT: None, ATTEMPTS_SLOT: 0.0}, messages=[{"text": kept}]
        )
    if reopened and requested is not None and (left := _another_field_instead(text or "", requested, before["value"], slots)) is not None:
        return left
    if (places_rejected and requested is not None and requested not in ("work_location", CONSENT_SLOT, *FREE_TEXT_SLOTS)
            and (moved := place_said_before(text or "", slots)) is not None):
        # The place changed, then this question again (or the place asked again); with the answer to this question, the
        # answer kept too (« 2 postes, pas à Cholet » lost its 2: review of the twenty-third blind user test's fixes).
        answer = field_turn(text, requested, slots, intent, faq_replies, places_rejected=False)
        if answer.kind != VALUE or answer.updates.get(requested) is None:
            return moved
        answer.updates.update(moved.updates)
        noted = msg.CHANGED_FIELD.format(label=FIELD_LABELS[requested], value=display(requested, answer.updates[requested]))
        answer.messages.extend([*moved.messages, {"text": msg.ALSO_NOTED.format(changes=noted)}])
        return answer
    if (job := _job_corrected_beside(text or "", requested, slots, intent, faq_replies)) is not None:
        return job
    # (Not the message that opened the form: « Préparer ma demande de dérogation » typed got this reply at once: thirteenth user test.)
    if requested is not None and intent in ("check_eligibility", "start_submission") and _NAVIGATION.search(normalize(text or "")):
        # « je veux reprendre ma demande », « refaire la vérification »: not a company name or a job title.
        return FieldUnderstanding(updates={RECAP_STATE_SLOT: None}, messages=[{"text": ALREADY_PREPARING}])
    if (requested is not None and asks_new_request(text or "") and not (text or "").startswith("/")
            and not (requested in ("siret", *SAME_AS_SENT_FIELDS) and same_as_before(text or ""))):
        # (« la meme date que l'autre demande » is the date of the request sent, read by the field's own reader, as « les
        # memes que la premiere demande » at the needs: it got this reply, thirty-eighth blind user test)
        # Another project while this request is being prepared: this one first (eleventh blind user test).
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=[{"text": msg.FINISH_THIS_REQUEST_FIRST}])
    if requested == "derogation_justification" and (back := contract_at_the_reason(text or "", slots)) is not None:
        # « bon laissez tomber, on reste sur le CDI » asked to cancel the request, « CDI » was too short (thirty-first blind user
        # test): the contract changed back, the reason no longer asked.
        return back
    if requested in FREE_TEXT_SLOTS and (_ONLY_GIVING_UP.fullmatch(normalize(text or "")) or _cancelled_in_a_clause(text)):
        # « merci, j'arrete ici » at the company question was stored as the company's name (twentieth blind user
        # test): a message that only gives up asks to confirm the cancellation, as at the other questions.
        return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
    if requested is not None and (restart := restart_turn(text, requested)) is not None:
        return restart
    if requested in FREE_TEXT_SLOTS and (order := _ORDER_ABOUT_THE_ANSWER.match(text or "")) and (after := normalize(text[order.end():]).strip()):
        # « non laisse tomber, vendeur » was stored whole as the job, « non laissez tomber, c'est juste le CACES 1 » as the needs
        # (review of the twenty-second test's fixes): the order is about the answer typed before, the answer follows it.
        # What follows must look like an answer (third review: « oubliez, je reviendrai » stored « je reviendrai »): giving
        # up asks to confirm the cancellation, a saying keeps the message whole, as before.
        if _NO_ANSWER.fullmatch(after) or _A_REASON_TO_GIVE_UP.search(after):
            return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
        if not _A_SAYING.match(after):
            text = text[order.end():]
    if requested not in (None, CONSENT_SLOT) and (longer := longer_contract(text or "", requested, slots)) is not None:
        return _with_a_longer_contract(longer, requested, slots, intent)
    if requested == CONSENT_SLOT and (data_answer := data_question_reply(text or "")) is not None:
        # (« elles sont conservées combien de temps ? » got the whole notice again, « ca sert a quoi » « Répondez oui ou non »,
        # « vous allez me démarcher après ? » « pas de réponse sûre »: thirty-ninth and fortieth blind user tests) the sentence
        # of the notice that answers it, then the consent asked again
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=[data_answer])
    if requested == CONSENT_SLOT and question_not_about_the_data(text or "") and not back_from_a_pause(normalize(text or "")):
        # (« on peut faire plusieurs sessions de formation dans l'année ? » at the consent got the data-use notice: thirty-fifth
        # blind user test) the FAQ's answer, or none, then the consent asked again
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None},
                                  messages=list(faq_replies or []) or [{"text": msg.NO_ANSWER_BEFORE_THE_CONSENT}])
    if requested in FREE_TEXT_SLOTS and (then_the_candidate := _free_answer_then_the_candidate(text or "", requested, slots, intent)) is not None:
        return then_the_candidate
    if requested not in (None, CONSENT_SLOT) and (named := company_named_after_its_kind(text or "", requested, slots)) is not None:
        return named  # (« on est une asso, ADMR du bocage » at the SIRET, the name noted the job's: forty-sixth blind user test)
    if requested == "company_name" and (hours := hours_as_the_name(text or "", slots)) is not None:
        return hours  # (« 35h » at the company's question was its name: fiftieth blind user test, u50-01)
    result = understand_field(text, requested, slots, intent)
    if (requested in FREE_TEXT_SLOTS and requested not in result.updates
            and (beside := _answer_then_a_question(text or "", requested, slots, intent, faq_replies)) is not None):
        return beside
    if requested is not None and result.kind == UNUSABLE and (instead := job_typed_instead(text or "", requested, slots)) is not None:
        return siret_again_after_another_answer(instead, slots) if requested == "siret" else instead
    if requested == "company_name" and (asked_first := name_as_another_field(result, slots)) is not None and asked_first is not result:
        return asked_first  # (the job « aide a domicile » at the company's question: forty-sixth blind user test)
    if requested == CONSENT_SLOT and result.kind == UNUSABLE and (needs := needs_at_the_consent(text or "", slots)) is not None:
        return needs  # (« aide a la toilette, transferts, alzheimer » at the consent: forty-sixth blind user test)
    with_an_invalid_siret_noted(result, text or "", requested, slots)
    siret_at_another_question(result, text or "", requested)
    if requested is not None and result.kind in (VALUE, SKIP) and requested in result.updates:
        # (A skip too: « je prefere pas donner mon tel, et au fait finalement je prends qu une coiffeuse pas 2 »: thirty-seventh
        # blind user test.)
        _with_an_earlier_answer_changed(result, text or "", requested, slots)
        if requested in FREE_TEXT_SLOTS and result.kind == VALUE:
            _with_a_change_after_the_free_answer(result, text or "", requested, slots)
        _with_a_count_said_again(result, text or "", requested, slots)
        if requested == "employer_type" and result.kind == VALUE and (word := employer_type_guessed_from(text or "")) is not None:
            result.messages.append({"text": msg.EMPLOYER_TYPE_ASSUMED.format(label=display("employer_type", result.updates["employer_type"]), word=word)})
    elif requested is not None and result.kind == UNUSABLE and requested not in FREE_TEXT_SLOTS:
        # « non c 3 postes en tout pas 2. et les heures 35h pour l aide boulanger et 30h pour les vendeuses »: the hours asked
        # again, the count kept and said first (it was dropped: thirty-seventh blind user test)
        _with_a_count_said_again(result, text or "", requested, slots, first=True)
    if requested is not None and result.kind == CORRECTION:
        _with_the_answer_too(result, text or "", requested, slots)
        # (« non j'ai dit 2 en CDI seulement, pas de CDD »: the contract corrected, the count kept: forty-eighth blind user test)
        _with_a_count_said_again(result, text or "", requested, slots)
    if faq_replies and requested is not None and _only_the_explanation(result, requested) and not about_the_field(text or "", requested):
        # « le candidat on le connait deja, il devra quand meme passer par la reunion d'info collective ? » at the date, « on
        # choisit l'organisme de formation nous meme ? » at the needs got the field's explanation, the question unanswered
        # (twenty-third blind user test): a question about the scheme gets the FAQ's answer, then the question again.
        return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=list(faq_replies))
    plain = normalize(text or "")
    if (result.kind == UNUSABLE and requested not in FREE_TEXT_SLOTS and requested != CONSENT_SLOT and not UNSURE.search(plain)
            and (CANCEL_WORDS.search(without_someone_else_giving_up(plain)) or GIVING_UP.search(plain)) and not STAYS.search(plain)):
        # « laissez tomber c'est trop long je rappellerai » at the SIRET got « pas trouvé de numéro SIRET » (sixteenth blind
        # user test): at a question whose answer is a number, an address or a choice, the words suffice to ask to confirm
        # (once nothing usable was found in them: « un seul, c'est trop long de former deux personnes » is 1: review).
        return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
    if (requested not in (None, CONSENT_SLOT, *FREE_TEXT_SLOTS) and _cancelled_in_a_clause(text)
            and (not (result.kind == VALUE and requested in result.updates) or _ends_with_a_cancel_order(text))):
        # The same message at the number of positions was read as a change of the training needs, « trop court pour une
        # formation, annuler », or as 1 position (« une formation »: twenty-second blind user test's review): no answer
        # read, or the message ends with the order: the cancel order is read.
        return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
    if result.kind in (VALUE, SKIP) and requested in result.updates and slots.get(ATTEMPTS_SLOT):
        # The next question starts afresh: after 3 unusable consent answers, the first « ? » at the contact's
        # name got the last-resort reply (tenth blind user test).
        result.updates.setdefault(ATTEMPTS_SLOT, 0.0)
    if result.interruption and intent == "stop" and someone_else_gives_up(text or ""):
        # (« le candidat a abandonné » read « stop »: no order to cancel, the message read as an answer.)
        return field_turn(text, requested, slots, "inform", faq_replies, places_rejected=places_rejected)
    if result.interruption and (intent == "stop" or (text or "").strip().startswith("/stop")):
        return FieldUnderstanding(kind=RECAP_CANCEL, updates={RECAP_STATE_SLOT: RECAP_CANCEL_PENDING}, messages=[_CANCEL_FIELD])
    # (Not the name kept aside at the consent, whose reading was taken then: « c'est moi, Kevin Moreau » was forgotten at the
    # « oui j'accepte » after it, and « son adresse e-mail » asked: fortieth blind user test.)
    if (result.updates.get("contact_name") and MEMORY_SLOT not in result.updates
            and result.updates["contact_name"] != (slots.get(CONTACT_ASIDE_SLOT) or {}).get("contact_name")):
        result.updates.update(contact_is_self_updates(text or "", slots))  # (« moi, Jean-Pierre Guérin »: « votre adresse e-mail »)
    if reopened and requested in result.updates:
        result.updates[BEFORE_CORRECTION_SLOT] = None  # the new value is given
        _recorded_values_kept(result, text or "", requested, slots)
    elif reopened and requested is not None and result.updates.get(ATTEMPTS_SLOT, 0) >= 2 and result.messages:
        # From the second unusable answer on, keeping the earlier value is offered too (sixth blind user test:
        # « laissez comme c'était » got « ce champ est nécessaire », with only « Annuler ma demande »).
        keep: Button = {"title": msg.KEEP_BUTTON_TITLE.format(value=display(requested, before["value"])), "payload": msg.KEEP_PAYLOAD}
        last = next((m for m in reversed(result.messages) if m.get("buttons")), result.messages[-1])
        last["buttons"] = [keep, *(last.get("buttons") or [])]
    return result


#: A question about someone else dropping out (folded): « et si il abandonne ? », « je parle du candidat, s'il abandonne la
#: formation », « il démissionne pendant la formation, on fait quoi ? ».
_ASKS_ABOUT_IT = re.compile(
    r"\bs ils?\b|\bsi (?:il|ils|elle|elles|le|la|l|les|mon|ma|notre|nos|un|une|quelqu un|qqn|jamais)\b|\ben cas d\b|\bque se passe\b|"
    r"\bse passe t il\b|\bon fait (?:quoi|comment)\b|\bque faire\b|\bje fais (?:quoi|comment)\b"
)


def _someone_else_giving_up_asked(text: str, intent: str | None, faq_replies: list[Message] | None) -> FieldUnderstanding | None:
    """A question about someone else dropping out (the candidate leaving the training), asked during the request, whatever the
    classifier read: « et si il abandonne ? » asked « Voulez-vous vraiment annuler votre demande ? » (thirty-eighth blind user
    test). Left to the FAQ's decision when the classifier read a question for it (its answer, or the closest questions);
    otherwise its answer when it has one, or no answer said; then the question again. None for any other message."""
    if not someone_else_gives_up(text) or not ("?" in text or _ASKS_ABOUT_IT.search(normalize(text))):
        return None
    if intent in ("faq", "nlu_fallback"):
        return FieldUnderstanding(interruption=True)
    return FieldUnderstanding(kind=QUESTION, updates={RECAP_STATE_SLOT: None}, messages=list(faq_replies or []) or [{"text": msg.OUT_OF_SCOPE["text"]}])


#: The answer said to be in an earlier message (folded): « je vous l'ai déjà dit (au début) », « c'était dans mon premier
#: message », « je l'ai dit plus haut ».
_SAID_IN_AN_EARLIER_MESSAGE = re.compile(
    rf"{SAYS_ALREADY_SAID.pattern}|\b(?:dans|sur) mon (?:premier |1er |dernier |precedent |autre )?message\b|\bplus haut\b|\bau debut\b"
)


def hours_said_earlier(text: str, requested: str | None, slots: dict[str, Any], earlier: list[str]) -> FieldUnderstanding | None:
    """« je vous l'ai déjà dit au début », « c'était dans mon premier message » at the weekly hours, which got « Désolé pour la
    gêne. Je n'ai pas encore la durée de travail… », counted as a failure (twenty-eighth blind user test): the hours of the
    latest statement of ``earlier`` (the employer's messages before this one; a question is none: « et à 20h c'est possible
    ? »), read as if typed now and said back; with none, that none was found, the question again (not counted). None for any
    other answer, hours said with the protest included (« 35h c'était dans mon premier message » is read as it is)."""
    if requested != "weekly_hours" or text.startswith("/") or not _SAID_IN_AN_EARLIER_MESSAGE.search(normalize(text)):
        return None
    if job_hours_recorded(text) is not None or validate_field(requested, text, dt.date.today()).kind == VALUE:
        return None
    if (found := _said_about_the_project(requested, slots)) is not None:
        return _taken_from_above(requested, found)
    for message in reversed(earlier):
        if message.startswith("/"):
            continue
        for clause, asked in reversed(clauses_with_marks(message)):
            if asked or "?" in clause or job_hours_recorded(clause) is None:
                continue
            turn = field_turn(clause, requested, slots, "inform")
            if turn.kind == VALUE and isinstance(hours := turn.updates.get(requested), (int, float)):
                return _taken_from_above(requested, hours, turn)
    return FieldUnderstanding(kind=PROTEST, updates={ATTEMPTS_SLOT: float(slots.get(ATTEMPTS_SLOT) or 0)},
                              messages=[_not_found_above(requested)])


#: « je viens de vous le donner », « je viens de le dire » (folded): the answer said in the message just before, no other where.
_JUST_SAID = re.compile(r"\bje viens (?:de|d) (?:vous )?(?:le |la |l |les )?(?:donner|dire|ecrire|indiquer|mettre|preciser|mentionner|taper)\b")


def said_just_before(text: str, requested: str | None, slots: dict[str, Any], earlier: list[str]) -> FieldUnderstanding | None:
    """« je viens de vous le donner ?? » at any question of the request, which got « le nom … doit être écrit avec des lettres »
    at the contact's name (the name typed with the consent, lost: thirty-fifth blind user test): the value said in the project
    (:func:`_said_about_the_project`) or in the employer's latest messages before this one (``earlier``: the contact said with the
    consent, a field read as if typed now), said back; with none, an apology and the question again (not counted). None for
    any other answer."""
    plain = normalize(text)
    if requested in (None, CONFIRM_SLOT, CONSENT_SLOT) or text.startswith("/") or not _JUST_SAID.search(plain):
        return None
    if not _ONLY_SAID_ABOVE.match(plain.rstrip(" ?!.")):
        return None  # (« je viens de le dire : Hair du Temps »: read as it is)
    if (found := _said_about_the_project(requested, slots)) is not None:
        return _taken_from_above(requested, found)
    now = dt.datetime.now(dt.timezone.utc)
    for message in list(reversed(earlier))[:3]:
        if message.startswith("/"):
            continue
        if requested in CONTACT_FIELDS and (contact := contact_after_consent(message, {**slots, "contact_name": None}, now)) is not None:
            if (value := contact.updates.get(requested)) is not None:
                return _taken_from_above(requested, value)
        if (value := said_in_the_project(message, now.date()).get(requested)) is not None:
            return _taken_from_above(requested, value)
        if requested in FREE_TEXT_SLOTS:
            continue  # (any words are a name or a job: « oui j'accepte » was the contact « J'Accepte »)
        turn = understand_field(message, requested, slots, "inform", now)
        if turn.kind == VALUE and (value := turn.updates.get(requested)) is not None:
            return _taken_from_above(requested, value)
    return FieldUnderstanding(kind=PROTEST, updates={ATTEMPTS_SLOT: float(slots.get(ATTEMPTS_SLOT) or 0)},
                              messages=[_not_found_above(requested)])


#: Both numbers wanted (folded): « les deux », « les 2 », « les deux svp ».
_BOTH = re.compile(r"^(?:(?:ben|bah|euh|bon|alors|ok)\s+)?(?:les|mettez les|notez les|prenez les) (?:deux|2)\b(?: numeros?)?(?: svp| stp| merci)?$")


def phone_of_the_two(text: str, requested: str | None, slots: dict[str, Any], earlier: list[str]) -> FieldUnderstanding | None:
    """At the phone's question, after two numbers offered for one (« 02 41 22 33 44 ou 06 12 34 56 78 »: :func:`which_phone`), the
    one chosen without typing it whole (« le portable », « le deuxième », « le 06 » got « Je n'ai pas trouvé de numéro de
    téléphone »: a defect left open by the previous session's blind user tests), said back; « les deux », the choice asked again.
    The two numbers are those of the employer's latest message with figures before this one (``earlier``). None otherwise."""
    if requested != "contact_phone" or slots.get("contact_phone") or text.startswith("/") or not text.strip():
        return None
    now = dt.date.today()
    if validate_field(FIELD_VALIDATORS["contact_phone"], text, now).kind == VALUE:
        return None
    before = next((m for m in reversed(earlier[-3:]) if not m.startswith("/") and re.search(r"\d", m)), None)
    offered = phones_offered(before) if before else None
    if offered is None:
        return None
    if _BOTH.match(normalize(text)):
        return FieldUnderstanding(kind=UNUSABLE, updates={RECAP_STATE_SLOT: None}, messages=[which_phone(offered, again=True)])
    chosen = phone_chosen(text, offered)
    if chosen is None:
        return None
    number = validate_field(FIELD_VALIDATORS["contact_phone"], chosen, now).value
    return FieldUnderstanding(kind=VALUE, updates={"contact_phone": number, ATTEMPTS_SLOT: 0.0, RECAP_STATE_SLOT: None},
                              messages=[{"text": msg.PHONE_CHOSEN.format(number=chosen)}])


def employer_type_said_before(texts: list[str], now: dt.date | None = None) -> dict[str, Any]:
    """The employer type said in a statement of the employer's messages (``texts``, oldest first), for a request that has none:
    « je suis directrice d'un EHPAD associatif » in a first message the FAQ answered, then « Quel type d'employeur êtes-vous ? »
    (thirty-sixth blind user test); the latest said wins. Never from a question (« c'est possible pour une asso ? »)."""
    now = now or dt.date.today()
    found: dict[str, Any] = {}
    for text in texts:
        if text.startswith("/"):
            continue
        # (Its statements, to the clause: « bjr agence d'interim au mans, on veut faire un CDII pour un cariste, c'est eligible ? »
        # asked the employer type again: forty-seventh blind user test, u47-06.)
        statements = ". ".join(clause for clause, asked in clauses_with_marks(text) if not asked)
        if statements and (kind := said_in_the_project(statements, now).get("employer_type")) is not None:
            found["employer_type"] = kind
    return found


#: Hiring named (folded): a question that names it names the employer's own job (« une collectivité peut-elle utiliser ce
#: dispositif pour recruter un agent d'entretien des espaces verts ? »).
_HIRING_NAMED = re.compile(r"\b(?:recrut\w*|embauch\w*|engag\w*|cherch\w*)\b")


def job_said_before(texts: list[str], now: dt.date | None = None) -> dict[str, Any]:
    """The job of the project said in the employer's messages (``texts``, oldest first), for a request that has none: « Une
    collectivité peut elle utiliser ce dispositif pour recruter un agent d'entretien des espaces verts ? » answered by the FAQ, then
    « Quel est l'intitulé du poste à pourvoir ? » (forty-seventh blind user test, u47-04); the latest said wins. From a statement,
    or a question that names the hiring."""
    now = now or dt.date.today()
    found: dict[str, Any] = {}
    for text in texts:
        if text.startswith("/"):
            continue
        for clause, asked in clauses_with_marks(text):
            if asked and not _HIRING_NAMED.search(normalize(clause)):
                continue
            if (job := said_in_the_project(clause, now).get("job_title")) is not None:
                found["job_title"] = job
    return found


def hours_said_since_the_check(texts: list[str], now: dt.date | None = None) -> dict[str, Any]:
    """The weekly hours of the job said in a statement of the employer's messages since the check began (``texts``, oldest
    first), for a request that has none: « 24h minimum ? c'est écrit où ça ? mon mecano sera a 35h de toute façon » after the
    verdict, answered by the FAQ, then « Quelle sera la durée de travail hebdomadaire ? » (fortieth blind user test, u40-01); the
    latest said wins. Never from a question, nor hours the rules refuse, nor the candidate's or the training's."""
    found: dict[str, Any] = {}
    for text in texts:
        if text.startswith("/"):
            continue
        for clause, asked in clauses_with_marks(text):
            if asked or "?" in clause or (hours := job_hours_recorded(clause, now)) is None:
                continue
            if evaluate({"weekly_hours": hours}).verdict != "ineligible":
                found["weekly_hours"] = float(hours)
    return found


def job_said_since_the_check(texts: list[str], now: dt.date | None = None) -> dict[str, Any]:
    """The job (and its count) a request is said to be for in a statement of the employer's messages since the check began
    (« Préparons la demande pour 2 soudeurs TIG en CDI intérimaire » after a verdict: both asked again, thirty-ninth blind user
    test, u39-08); the latest said wins, never from a question."""
    found: dict[str, Any] = {}
    for text in texts:
        if text.startswith("/"):
            continue
        statements = " ".join(s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s and not s.rstrip().endswith("?"))
        if statements and (said := _job_the_request_is_for(statements, now or dt.date.today())):
            found = said
    return found


def _question_then_the_reason(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """A question about the reason asked, then the reason (« pourquoi faut il une raison ? je vous ai dit c'est une grosse
    commande ponctuelle » got the FAQ's « Je ne suis pas certain d'avoir bien compris » and the question again: forty-eighth
    blind user test, u48-06): why it is asked, and the reason noted. None when what follows the question is no reason
    (:func:`~bot.submission.not_a_name.names_a_reason`)."""
    question, mark, statement = text.rpartition("?")
    statement = statement.strip(" .!")
    if not mark or not question.strip() or len(statement.split()) < 2 or not names_a_reason(statement):
        return None
    answered = understand_field(statement, "derogation_justification", slots, "inform")
    if answered.kind != VALUE or not answered.updates.get("derogation_justification"):
        return None
    answered.messages.insert(0, {"text": msg.REASON_WHY_ASKED.format(reason=answered.updates["derogation_justification"])})
    return answered


def _answer_then_a_question(
    text: str, requested: str, slots: dict[str, Any], intent: str | None, faq_replies: list[Message] | None
) -> FieldUnderstanding | None:
    """The answer to a free-text question, then a question of another sentence about the scheme (« hygiene des locaux…, DASRI. au
    fait on peut avoir plusieurs sessions dans l annee ? » at the needs lost both: thirty-fifth blind user test): the answer
    kept, the question answered by the FAQ or declined. None otherwise (a question about the field, a single sentence)."""
    sentences = [s for s in re.split(r"(?<=[.!])\s+", text.strip()) if s.strip()]
    if len(sentences) < 2 or not text.strip().endswith("?") or any("?" in s for s in sentences[:-1]):
        return None
    # (« Avant ça, une question. Qui paie la formation ? »: the announcement of the question is no answer)
    statement, question = without_an_announcement(" ".join(sentences[:-1]).rstrip(" .!")), sentences[-1]
    if about_the_field(question, requested) or _SAID_IN_AN_EARLIER_MESSAGE.search(normalize(question)) or len(statement.split()) < 2:
        return None  # (« Stop. Vous avez noté quoi ? »: no answer before it)
    answered = understand_field(statement, requested, slots, "inform")
    if answered.kind != VALUE or requested not in answered.updates:
        return None
    answered.messages.extend(list(faq_replies or []) or [{"text": msg.OTHER_QUESTION_NOT_IN_THE_FAQ}])
    return answered
