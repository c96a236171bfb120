"""One question of the hiring-intent form, independent of Rasa: which fields
are asked and how, and how an answer is read (:func:`understand_field`): the
value, a question, a correction of an earlier answer said in passing, a skip, a
protest, or something the assistant cannot use.

The fields are :data:`bot.submission.spec.FIELDS`, their values are read by
:mod:`bot.submission.validators`; what is said is in :mod:`bot.dialogue.messages`.

No dead ends: unusable answers at the same question are counted in
``ATTEMPTS_SLOT``; the 2nd gets a different reply (an example, where to find
the SIRET, buttons), the 3rd and later a way out: skip (only for ``SKIPPABLE``
fields, which the Region's staff can complete later; they are then listed in
``MISSING_SLOT`` and stored as None), cancel, or the contact form.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from bot.dialogue import messages as msg
from bot.dialogue.messages import Message
from bot.eligibility.dialogue import (
    MEMORY_SLOT,
    OPTIONS_SLOT,
    Understanding,
    alternance_question,
    count_said_again,
    facts_from_slots,
    options_label,
    rules_said,
    undecided_options,
)
from bot.eligibility.rules import evaluate, rules_on
from bot.extractors.candidate import CANDIDATE_LABELS, candidate_status_said, says_the_candidates_past, without_candidate_past
from bot.extractors.contract import (
    ALTERNANCE_CONTRACTS,
    ALTERNANCE_TO_SPECIFY,
    ALTERNANCES,
    about_something_else,
    alternance_answer,
    alternance_undecided,
    alternance_unsaid,
    asks_about_the_alternances,
    asks_what_a_kind_is,
    button_by_order,
    doubts_a_kind,
    extract_contract,
    extract_contract_options,
    keeps_duration,
    leaves_it_to_the_cfa,
    needs_duration,
    without_the_less_wanted,
)
from bot.extractors.duration import extract_duration
from bot.extractors.place import AmbiguousPlace, Place, extract_job_place, extract_place, names_the_region
from bot.extractors.project import job_alone, names_a_job_of_a_post, need_in_brackets, stated_job
from bot.extractors.projects import same_job_word
from bot.faq.entries import cached_faq
from bot.faq.parse import FALLBACK_INTENT, OUT_OF_SCOPE_INTENT
from bot.faq.replies import siret_help, siret_question
from bot.language.cues import (
    AGREEING_LITOTES,
    ASKED_CONDITION,
    ASKING_WHAT,
    ASKS_TO_EXPLAIN,
    CLOSED_FOR_A_WHILE,
    CORRECTION_PHRASES,
    HEDGED,
    HELD_BACK,
    INDIRECT_QUESTION,
    LEAD_INS,
    LENGTH_NAMED,
    NOT_IN_MIND,
    QUESTION_WORDS,
    REFUSING,
    REPLACING_WORDS,
    SAYS_ALREADY_SAID,
    SOMEONE_ELSE_HAS_IT,
    SUPPOSING,
    UNANSWERED_QUESTION,
    UNSURE,
    WAIT_WORDS,
    YES_WORDS,
    agreeing_litote,
    alternation,
    asks_about_a_derogation,
    asks_what_was_noted,
    impatient,
    no_taken_back,
    remark_on_the_assistant,
    says_longer_contract,
    with_apostrophes,
    withheld,
)
from bot.language.lexicon import employer_nouns
from bot.language.months import FULL_MONTHS
from bot.language.normalize import fold, normalize
from bot.language.numbers import SMALL_COUNT_WORDS, position_chosen
from bot.language.places import joins_a_department_name
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
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    BEFORE_CORRECTION_SLOT,
    BUTTONS,
    CONSENT_REFUSED,
    CONSENT_SLOT,
    CONTACT_ASIDE_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    JOBS_LEFT,
    MAY_BE_MISSING,
    MISSING_SLOT,
    OTHER_EMAIL_SLOT,
    PREVIOUS_REQUEST_SLOT,
    QUESTIONS,
    RECAP_ALTERNANCE,
    RECAP_STATE_SLOT,
    SAME_AS_SENT_FIELDS,
    SENT_ANSWERS,
    SENT_SIRET,
    SKIP,
    SKIPPABLE,
)
from bot.submission.mentions import (
    A_SIRET,
    APPRAISAL,
    CHANGE_SAID,
    CORRECTION_SEPARATOR,
    COUNT_WORD,
    EACH_ONE,
    FIELD_WORDS,
    FREE_TEXT_SLOTS,
    LOCATIVE,
    MONTH_MENTION,
    NOT_WHAT_I_WROTE,
    another_start,
    continues_a_name,
    corrected,
    count_of_the_same_contract,
    counted_job,
    display,
    field_label_alone,
    jobs_named,
    one_job,
    person_named,
    positions_of,
    recap_field_of,
    recap_value,
    same_department,
    says_the_hiring_start,
    says_the_start,
    singular,
    sniff_field,
    two_jobs,
    typed_values_said,
)
from bot.submission.not_a_name import (
    answer_beside_a_scheme_question,
    answer_beside_an_off_topic_question,
    job_instead_of_a_name,
    job_known_part,
    name_then_reason,
    names_a_reason,
    question_announced,
    reason_said,
    without_pauses,
)
from bot.submission.validators import validate_field
from bot.submission.validators.counts import HOURS_CHANGE_VERB, count_said_instead, format_hours, groups_at_their_hours
from bot.submission.validators.dates import (
    SUMMER_BREAK,
    a_day_alone,
    past_start,
    start_instead_of_another,
    start_read_alone,
    without_rejected_dates,
)
from bot.submission.validators.employer import employer_type_alone, employer_type_of_name, only_an_employer_type
from bot.submission.validators.hours import (
    HOURS,
    days_times_hours,
    hours_hesitated,
    hours_piece,
    hours_said,
    job_hours_read,
    without_times_of_day,
)
from bot.submission.validators.identity import (
    initial_apart,
    is_generic_address,
    likely_provider,
    other_address_offered,
    phones_offered,
    sirets_with_their_words,
)
from bot.submission.validators.text import (
    TRAINING_WORDS,
    another_field_alone,
    context_after_the_job,
    only_a_person_s_name,
    person_alone,
    without_lead_in,
)

#: Intents that may interrupt the form rather than answer it (Rasa's rules handle them).
#: Any text can be a company name, so the words must confirm what the intent says.
INTERRUPTION_INTENTS = frozenset({"stop", "help", "bot_challenge", "faq"})
_INTERRUPTION_WORDS = re.compile(
    # « aide » alone or asked for, never in « diplôme d'aide-soignant » (second blind user test, 2026-11-30).
    r"\b(annul\w*|stop|arret\w*|quitt\w*|abandon\w*|laisse tomber|besoin d aide|de l aide|a l aide|aidez moi|aide moi|robot|humain)\b|"
    # (Not a job: « aide a domicile » got the help three times: nineteenth blind user test.)
    r"^aide\b(?!\s+(?:a domicile|a la personne|de vie|menager\w*|maternel\w*|soignant\w*|comptable|educat\w*|cuisin\w*|agricole|medico\w*))|"
    r"\baide\s*$|\?\s*$|"
    # « c'est pas ce que j'ai demandé, je voulais savoir si l'aide à domicile c'est un secteur prioritaire » at the hours got « Je
    # n'ai pas trouvé de durée » (twenty-seventh blind user test): an indirect question, with the FAQ's intent.
    + INDIRECT_QUESTION
)
#: A question word anywhere (« au fait, c'est nous qui payons les apprentis ? »): with « ? » and an FAQ
#: question the classifier is unsure of, the closest questions are proposed, then the field is asked again.
_QUESTION_WORD = re.compile(rf"\b{alternation(QUESTION_WORDS)}\b")
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


def _with_notice(template: str) -> str:
    notice = rgpd_notice()
    return template.format(
        purpose=notice["purpose"], recipients=_to(notice["recipients"]), retention=notice["retention"], rights=notice["rights"]
    )


def consent_question() -> Message:
    return {"text": _with_notice(msg.CONSENT_QUESTION), "buttons": list(msg.CONSENT_BUTTONS)}


def data_use_messages(lead: str) -> list[Message]:
    """``lead`` (« voici à quoi serviront vos coordonnées… ») then the notice itself: « Qui exactement verra nos données ? »
    got the lead alone, then the short consent question (twenty-ninth blind user test)."""
    return [{"text": lead}, {"text": _with_notice(msg.CONSENT_NOTICE)}]


#: Key of the check's memory (:data:`MEMORY_SLOT`): the contact is the person typing (« moi, Jean-Pierre Guérin »), asked
#: « votre adresse e-mail », « votre numéro » (« son adresse » followed: twenty-ninth blind user test).
CONTACT_IS_SELF = "contact_is_self"
#: The contact's name said as the person typing's (folded): « moi, … », « c'est moi-même », « je suis … », « mon nom est … »
#: (not « pas moi », « sans moi »).
_THE_PERSON_TYPING = re.compile(r"(?<!\bpas )(?<!\bsans )(?<!\bque )\b(?:moi(?: meme)?|je suis|je m appelle|mon nom (?:c est|est))\b")


def contact_is_self_updates(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """The update of :data:`CONTACT_IS_SELF` after the contact's name was given in ``text``: set when the contact is the person
    typing, forgotten otherwise (no update when nothing changes)."""
    memory = dict(slots.get(MEMORY_SLOT) or {})
    itself = _THE_PERSON_TYPING.search(normalize(text)) is not None
    if itself == bool(memory.get(CONTACT_IS_SELF)):
        return {}
    if itself:
        return {MEMORY_SLOT: {**memory, CONTACT_IS_SELF: True}}
    return {MEMORY_SLOT: {k: v for k, v in memory.items() if k != CONTACT_IS_SELF}}


def question(slot: str, slots: dict[str, Any] | None = None, asked_before: bool = False) -> Message:
    """The question of ``slot``; the consent's notice is not said again after an answer it could not use
    (it came whole at every retry: eighth blind user test), nor after contact details kept aside until the consent, nor
    when ``asked_before`` (asked again after a question answered there: twenty-seventh blind user test)."""
    if slot == CONSENT_SLOT:
        if asked_before or (slots or {}).get(ATTEMPTS_SLOT) or (slots or {}).get(CONTACT_ASIDE_SLOT):
            return {"text": msg.CONSENT_QUESTION_AGAIN, "buttons": list(msg.CONSENT_BUTTONS)}
        return consent_question()
    message: Message = {"text": QUESTIONS[slot]}
    if slot == "siret" and siret_skipped_before(slots or {}):
        # (the SIRET skipped in the request sent, asked for another place of work: the skip at hand, not asked harder)
        return {"text": msg.SIRET_QUESTION_SKIPPED_BEFORE, "buttons": [SKIP_BUTTON]}
    if slot in msg.CONTACT_SELF_QUESTIONS and ((slots or {}).get(MEMORY_SLOT) or {}).get(CONTACT_IS_SELF):
        message = {"text": msg.CONTACT_SELF_QUESTIONS[slot]}  # « moi, Jean-Pierre Guérin »: « votre adresse e-mail »
    if slot == "contact_email" and ((slots or {}).get(MEMORY_SLOT) or {}).get(CALL_BACK_ASKED) and not (slots or {}).get("contact_phone"):
        return {"text": msg.CALL_BACK_NUMBER_QUESTION}  # « pas de mail, appelez moi »: the number (forty-sixth blind user test)
    if slot in BUTTONS:
        message["buttons"] = [{"title": t, "payload": p} for t, p in BUTTONS[slot]]
    return message


def siret_skipped_before(slots: dict[str, Any]) -> bool:
    """Whether the SIRET was skipped in the request sent before this one (:data:`PREVIOUS_REQUEST_SLOT`) and is not given yet:
    asked once with the skip at hand, and a first « je ne l'ai pas » skips it (it was asked as hard as the first time, in the next
    request of the same conversation: a defect left open by the blind user tests)."""
    return not slots.get("siret") and "siret" in ((slots.get(PREVIOUS_REQUEST_SLOT) or {}).get(MISSING_SLOT) or [])


def jobs_in_a_sentence(jobs: list[str]) -> str:
    """« « 1 magasinier » et « 1 préparateur » »: jobs as said, for :data:`~bot.dialogue.messages.ONE_JOB_PER_REQUEST`."""
    return msg.JOBS_JOINER.join(f"« {job} »" for job in jobs)


def _first_job_kept(text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """Several jobs at the job's question (« 2 caristes et 1 magasinier »): the first is this request's, with its count, said
    with the others left for the next requests (« indiquez celui de cette demande » named neither: a defect left open by the
    previous session's blind user tests); those kept in the memory (:data:`JOBS_LEFT`) for the request promised once this one
    is sent, as the other contract of two is (:data:`NEXT_PROJECT`). None when the jobs cannot be told apart."""
    jobs = jobs_named(text, now)
    if len(jobs) < 2:
        return None
    said, job, count = jobs[0]
    first = understand_field(said if count is not None else job, "job_title", {**slots, "positions": None}, "inform", now)
    if first.kind != VALUE or not first.updates.get("job_title") or two_jobs(str(first.updates["job_title"]), now):
        return None
    updates = {k: v for k, v in first.updates.items() if k in ("job_title", "positions", ATTEMPTS_SLOT)}
    if count is None and slots.get("positions") is None and _EACH_JOB_ONE_POST.search(normalize(text)):
        updates["positions"] = 1  # (« ASEM et agent d'entretien, un de chaque »)
    left = [{"said": s, "job_title": j, "positions": c} for s, j, c in jobs[1:]]
    updates[MEMORY_SLOT] = {**(slots.get(MEMORY_SLOT) or {}), JOBS_LEFT: left}
    said_back = msg.ONE_JOB_PER_REQUEST.format(first=said, others=jobs_in_a_sentence([s for s, _, _ in jobs[1:]]))
    return FieldUnderstanding(kind=VALUE, updates=updates, messages=[{"text": said_back}])


#: « un de chaque », « chacun » (folded): one post for each job named.
_EACH_JOB_ONE_POST = re.compile(rf"\b{EACH_ONE}\b")


def which_phone(offered: tuple[str, str], again: bool = False) -> Message:
    """Which of two numbers typed for one (:func:`~bot.submission.validators.identity.phones_offered`) to record, each a button;
    ``again`` after « les deux »."""
    said = (msg.PHONE_ONLY_ONE if again else msg.PHONE_WHICH).format(number=offered[0], other=offered[1])
    return {"text": said, "buttons": [{"title": number, "payload": number} for number in offered]}


def asked_which_phone(latest: str, said_since: list[str]) -> bool:
    """Whether :func:`which_phone` was said about the employer's ``latest`` message (``said_since``: what the assistant said
    since): it is the phone's question of this turn."""
    offered = phones_offered(latest)
    if offered is not None and which_phone(offered)["text"] in said_since:
        return True
    return any(text.startswith(msg.PHONE_ONLY_ONE.split("{", 1)[0]) for text in said_since)  # (after « les deux »)


def which_email(readings: tuple[str, str]) -> Message:
    """Which of the two addresses an initial typed apart may be (:func:`~bot.submission.validators.identity.initial_apart`) is
    the contact's, each a button."""
    said = msg.EMAIL_INITIAL_APART.format(joined=readings[0], dotted=readings[1])
    return {"text": said, "buttons": [{"title": address, "payload": address} for address in readings]}


def asked_which_email(latest: str, said_since: list[str]) -> bool:
    """Whether :func:`which_email` was said about the employer's ``latest`` message (``said_since``: what the assistant said
    since): it is the e-mail's question of this turn."""
    readings = initial_apart(latest)
    return readings is not None and which_email(readings)["text"] in said_since


def can_submit(slots: dict[str, Any]) -> bool:
    return slots.get("eligibility") in ("eligible", "derogation")


def questions_left(slots: dict[str, Any]) -> list[str]:
    """The request's questions still to ask (the one asked now included), in order."""
    # (The consent is one of the fields: it was counted twice, « 5 questions » announced and 4 asked: thirty-first blind user test.)
    left = ["contract_type"] if undecided_options(slots) else []  # (asked first: :func:`contract_question`)
    return left + [n for n in required_slots(slots) if slots.get(n) is None]


def how_many_left(slots: dict[str, Any]) -> str:
    """« une question », « 6 questions »: how many :func:`questions_left` says."""
    left = questions_left(slots)
    return msg.ONE_QUESTION if len(left) == 1 else msg.SOME_QUESTIONS.format(count=len(left))


def submission_intro(slots: dict[str, Any]) -> str:
    """The request's opening sentence, with the number of questions left once what was said earlier is filled."""
    left = questions_left(slots)
    if not left and can_submit(slots):
        return msg.SUBMISSION_INTRO_ALL_SAID
    return msg.SUBMISSION_INTRO.format(questions=how_many_left(slots))


def required_slots(slots: dict[str, Any]) -> list[str]:
    """Fields still to ask; none when the check was not passed or consent refused; skipped fields are not asked."""
    if not can_submit(slots) or slots.get(CONSENT_SLOT) == CONSENT_REFUSED:
        return []
    names = list(FIELD_VALIDATORS)
    if slots.get("eligibility") != "derogation":
        names.remove("derogation_justification")
    skipped = set(slots.get(MISSING_SLOT) or ()) & MAY_BE_MISSING
    return [n for n in names if n not in skipped]


def contact_after_consent(text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """The contact's name, e-mail and phone said with the consent (seventh blind user test), or None."""
    # (after a sentence too: « Nous acceptons. La personne à contacter est M. Hervé Tessier, … » (twenty-seventh blind user
    # test); not the point of « M. », an initial)
    parts = re.split(r"\s*(?:[,;]|(?<![\s.][A-ZÀ-Ý])(?<!\bMme)(?<!\bMr)[.!]\s)\s*", text.strip(), maxsplit=1)
    if len(parts) < 2 or slots.get("contact_name"):
        return None
    # Only what reads as a contact: a cue, an address or a number, or a name typed with capitals (« oui, l'accord est donné »,
    # « aucun problème, quand vous voulez » were noted as names: answer corpus, reviews).
    # (« Vous pouvez contacter Mme Claire Lemaître-Nguyen, …, au 02 40 … ou par mail à … »: the name and the e-mail were asked again,
    # thirty-third blind user test.)
    parts[1] = re.sub(r"(?i)^\s*(?:j['’ ]?accepte|nous acceptons|on accepte|j['’ ]?y consens)\s*[.,;!]\s*", "", parts[1])
    parts[1] = re.sub(r"(?i)^\s*(?:vous\s+pouvez|merci\s+de|il\s+faut|veuillez)\s+(?:contacter|joindre|appeler)\s+(?=(?-i:[A-ZÀ-Ý]))", "", parts[1])
    if not (re.match(r"(?i)\s*(?:c['’ ]?est|le contact|contact|la personne|appelez|joignez|contactez|voyez avec|mettez|notez|moi c['’ ]?est|je suis)\b", parts[1])
            or re.search(r"@|\d{2}[\s.]?\d{2}", parts[1]) or re.search(r"\b[A-ZÀ-Ý][\w'’.-]*\s+[A-ZÀ-Ý][\w'’-]+", parts[1])):
        return None
    # (« oui, c'est moi Paul Martin », « oui, moi Jean Dupont »: the name after « moi »)
    # (« voyez avec moi », « moi » only before a capitalised name: « voyez avec moi pour la suite » noted « Pour La Suite »: review)
    rest = re.sub(r"^(?:(?:la personne (?:à|a) contacter|(?:le|notre) contact|la personne référente|le référent)\s+(?:est|sera|c['’ ]?est)(?:\s*:)?|"
                  r"c(?:['’ ]?est)? moi(?:[- ]?m[êe]me)?|c['’ ]?est|je suis|moi c['’ ]?est|(?:voyez|voir) avec moi(?=\s+(?-i:[A-ZÀ-Ý]))|moi(?=\s+(?-i:[A-ZÀ-Ý]))|"
                  r"contact\s*:)\s+", "",
                  parts[1].strip(), flags=re.IGNORECASE)
    # (« oui, Paul Martin c'est moi 06… »; « c moi Laetitia Robin 06… » typed in SMS: the name was asked again, thirty-fifth blind
    # user test)
    rest = re.sub(r"\s*,?\s*\bc(?:['’ ]?est)? moi\b", "", rest, flags=re.IGNORECASE)
    # « Le contact sera moi-même, Claire Dubois-Martin, DRH, … »: the person typing, then the name (the name, the e-mail and the
    # phone were asked one by one: twenty-ninth blind user test)
    rest = re.sub(r"^(?:moi[- ]?m[êe]me|moi)\s*[,:]?\s*(?=(?-i:[A-ZÀ-Ý]))", "", rest, flags=re.IGNORECASE)
    if _NOT_A_NAME.match(normalize(rest)) or _A_CLAUSE.search(normalize(rest)):
        # « finalement si j'accepte, on continue » noted the contact « On Continue » (ninth blind user test); « aucun problème,
        # quand vous voulez », « oui, faudra parler au tuteur », « d'accord, inutile d'attendre » too (answer corpus).
        return None
    rest = re.sub(r"\s+(?:au|tel|tél|téléphone)\s+(?=\+?\d)", ", ", rest, flags=re.IGNORECASE)
    read = understand_field(rest, "contact_name", slots, "inform", now)
    if read.kind != VALUE:
        return None
    noted = msg.CHANGES_JOINER.join(
        msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in read.updates.items() if f in FIELD_LABELS)
    return FieldUnderstanding(updates=read.updates, messages=[{"text": msg.ALSO_NOTED.format(changes=noted)}], kind=VALUE)


#: Words of a clause, not of a name, wherever they stand after the consent (folded).
_A_CLAUSE = re.compile(
    # (not « tard », « vite », « n »: « Yves Tard », « Claire Vite », « N. Bernard » are names: review)
    r"\b(?:quand|faut|faudra|faudrait|inutile|attendre|attendez|avant|apres|possible|bientot|rapidement|demain|semaine|mois|"
    r"veut|veux|voulez|voudrez|parler|voir|vous|nous|il|elle|ils|elles|si|ne|pas|plus|qui|moi|meme|seul|seule|directement|decide|valide|signe|transmettez|transmettre|"
    r"envoyez|envoyer|continuez|allez|"
    # (« oui j'accepte, c'est bien expliqué » noted the contact « Bien Expliqué »: review of the twenty-second test's fixes)
    r"bien|clair|explique|compris|parfait|simple|correct|super|note|entendu)\b"
)
#: What follows the consent and is no name: a pronoun or a word that moves on (« on continue », « allez-y »).
_NOT_A_NAME = re.compile(r"(?:on|je|j|nous|vous|il|ca|c|allez|allons|continu\w*|passons|suivant|go|merci|par|que|seulement|uniquement|sans|pas)\b")


def is_yes(text: str, anywhere: bool = False) -> bool:
    """A yes: a yes word first (after « bon », « finalement »…), or, with ``anywhere``, an acceptance anywhere."""
    plain = normalize(text)
    if NOT_YES.search(AGREEING_LITOTES.sub(" ", plain).replace("pourquoi pas", "")):
        return False  # « ça marche pas », « ok mais je refuse », « pas de souci, je refuse » (not « oui pourquoi pas »: answer corpus)
    # « bon d'accord j'accepte », « finalement si j'accepte, on continue » were not a yes (ninth blind user test).
    plain = _LEADING_FILLER.sub("", plain)
    if AGREEING_LITOTES.match(plain) and ("?" in text or agreeing_litote(plain) is None):
        # « pas de problème sur le principe, mais je dois valider avec la direction », « pas de problème ? vous en faites
        # quoi ? »: a reservation or a question after it, no yes (review of the twentieth blind user test's fixes).
        return False
    if agreeing_litote(plain, anywhere) is not None:
        return True  # « je n'y vois pas d'inconvénient » was a refusal (twentieth blind user test)
    # (« jaccepte » typed without its apostrophe after another clause, « bon je reprend la demande jaccepte », was no consent:
    # twenty-ninth blind user test.)
    return any(plain == w or plain.startswith(w + " ") for w in YES_WORDS) or (anywhere and _ACCEPTS.search(with_apostrophes(plain)) is not None)


#: Words before the answer that do not change it (« bon », « finalement »).
_LEADING_FILLER = re.compile(r"^(?:(?:bon|ben|bah|beh|euh|alors|finalement|en fait|bref|tres bien)\s+)+")
#: Acceptance said anywhere in the message.
#: (« Nous acceptons. La personne à contacter est … », « je vous ai dit que j'acceptais » were no consent: twenty-seventh
#: blind user test.)
_ACCEPTS = re.compile(
    r"\b(?:j accepte|j acceptais|(?:nous|on) accept(?:e|ons|ions|ait)|je suis d accord|(?:je|nous) (?:donne|donnons) (?:mon|notre) (?:accord|consentement)|"
    r"c est bon pour (?:moi|nous)|je consens|nous consentons|j y consens|nous y consentons|on y consent)\b(?! pas)")


CONTACT_FIELDS = ("contact_name", "contact_email", "contact_phone")
#: Consent taken back once given (« je retire mon consentement », « j'ai pas dit oui »), said at a contact question.
_WITHDRAWS_CONSENT = re.compile(
    r"\b(?:retire\w* (?:mon|notre) (?:consentement|accord)|j ai pas dit oui|je n ai pas dit oui|je refuse|"
    r"je ne veux pas que (?:mes|nos) (?:donnees|coordonnees|informations)|je veux pas que (?:mes|nos) (?:donnees|coordonnees|informations))\b"
)
#: « donner que le mail », « oui mais seulement par mail », « pas de téléphone »: the contact by e-mail only (not « j'accepte
#: que mon mail soit transmis », « est-ce que mon mail sera revendu ? », « uniquement par mail et téléphone »: review).
_MAIL_ONLY = re.compile(
    r"(?:^|\b(?:donner|laisser|mettre|indiquer|communiquer|transmettre|avoir|mais|juste|donc|non|contactez moi|contacter|me contacter|me joindre|joignable))"
    r"\s*(?:que|seulement|uniquement|juste)\s+(?:par\s+)?(?:le |mon |l |notre |une )?(?:mail|email|e mail|courriel|adresse mail)\b(?! et| ou)|"
    r"\b(?:seulement|uniquement) par (?:le )?(?:mail|email|e mail|courriel)(?: svp| merci)?$|"
    r"\b(?:par|pour) (?:le )?(?:mail|email|e mail|courriel) (?:seulement|uniquement)\b|"
    # (« d'accord sauf pour le tel », « jaccepte sauf le téléphone » were recorded as a full consent: second review of the
    # session's changes)
    r"\b(?:sauf|excepte|hormis) (?:pour )?(?:le |mon |notre )?(?:telephone|tel|numero de telephone|portable|mobile)\b(?! fixe)|"
    r"\b(?:pas|sans) (?:de |d |le |mon |notre )?(?:telephone|tel|numero de telephone|portable|mobile)\b(?! fixe)|"
    r"\b(?:ne )?(?:veux|souhaite|prefere) pas (?:donner|laisser|communiquer) (?:mon |le |de |notre )?(?:telephone|tel|numero|portable)\b"
)
#: A consent but for the e-mail, which the request needs (« daccord sauf le mail » was recorded as a full consent: second review
#: of the session's changes): the question again (folded, apostrophes restored).
_BUT_THE_MAIL = re.compile(r"\b(?:sauf|excepte|hormis) (?:pour )?(?:le |mon |l |notre )?(?:adresse )?(?:mail|email|e mail|courriel)\b")
#: « et si je refuse ? », « c'est obligatoire d'accepter ? »: what a refusal leads to, asked (folded).
_IF_I_REFUSE = re.compile(
    r"\bsi (?:je|on|nous) (?:refuse|refusons|dis non|disons non|n accepte pas|accepte pas)\b|"
    r"\b(?:obligatoire|oblige|obligee|force|forcee) (?:d accepter|de dire oui|de donner (?:mon|notre) accord)\b|\bet si non\b|"
    # « bof, c'est obligatoire ? », « je suis obligé ? » (the notice again, word for word: thirty-first blind user test); not
    # « oui si c'est obligatoire », a yes
    r"^(?:(?:bof|euh|mais|et|donc|alors|ah)\s+)*(?:c est |c |est ce |est ce que c est |je suis |on est |suis je )?(?:vraiment )?"
    r"(?:obligatoire|oblige|obligee)$"
)
#: « d'accord, contactez-moi que par mail »: a consent worded without « oui ».
_CONSENTING = re.compile(r"^(?:d accord|ok|okay|entendu|ca marche|tres bien|pas de souci|pas de probleme)\b")
NOT_YES = re.compile(r"\b(?:pas|refuse\w*|jamais|non)\b")


def is_no(text: str) -> bool:
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
    # « je peux passer ? », « oui je passe » (refused in the seventeenth blind user test): the whole message only (« je
    # vais passer le numéro du standard : 02… », « on peut passer à 39h ? » are answers: review).
    r"^(?:(?:bon|bah|ben|euh|ok|oui|alors|d accord) )*(?:je |on )?(?:peux |peut |pourrais |pourrait |pouvons |vais |veux |prefere )?"
    r"(?:passe|passer|passons|sauter|saute|sautons)(?: (?:cette|la) (?:question|etape)| celle ci| ca| la| (?:le|mon|ce) (?:siret|telephone|tel|numero)"
    r"| a la suite| a la question suivante| pour l instant| pour le moment| pour linstant)?"
    # (« je peux passer le siret ? », « je vais passer pour l'instant », « je peux passer ? je ne l'ai pas sous la main »: review)
    r"(?: je (?:ne )?l ai pas(?: sous la main)?| je (?:ne )?sais pas| pas sous la main)?$|"
    # (« Passez cette question. », after saying twice it was not at hand, got « pas de numéro SIRET »: fortieth blind user test)
    r"\bpass(?:er|ez|ons) (?:cette|la) question\b|\bplus tard\b|"
    r"\bla region (?:le |la )?completera\b"
)
#: « je l'ai pas sous la main, je peux passer ? » got where to find the SIRET, without the skip (twentieth blind user test):
#: not having it, then asking to skip, ends the message. The SIRET and the phone only (at a required field, « je sais pas je
#: peux passer » gets the field's own help: review).
_SKIP_NOT_HAVING_IT = re.compile(
    # (« c'est le comptable qui l'a, je peux passer ? »: thirty-second blind user test)
    r"\b(?:sous la main|l ai pas|l ai plus|sais pas|connais pas|trouve pas|retrouve pas|pas la|pas ici|qui l a|qui l ont|en tete)\s+(?:du coup |donc |alors |bon )?"
    r"(?:est ce que )?(?:je|on) (?:peux|peut|pourrais|pourrait|vais|va) (?:passer|sauter)"
    r"(?: cette question| la question| ca| pour l instant| pour le moment| pour linstant)?$"
)
#: A need for later in a list of needs (folded clause): « …, et si possible permis CE plus tard », « …, CACES nacelle si possible plus
#: tard » got « Le champ « Besoins de formation » est nécessaire » (thirty-first blind user test). Not the answer put off: a
#: clause with someone who says it (« je vous dirai plus tard », « on verra ça plus tard »), or alone with nothing before it
#: nor a hedge (« CACES 3 plus tard »).
_LATER_CLAUSE = re.compile(r"^(?P<before>.*?)\bplus tard\b")
_HEDGED = re.compile(r"\b(?:si possible|eventuellement|peut etre|a terme|idealement|ensuite|dans un second temps)\b")
_SOMEONE_SAYS = re.compile(r"\b(?:je|j|on|nous|vous|ca|cela)\b")
_ONLY_LINKS = re.compile(r"^(?:(?:et|puis|ou|avec|aussi|le|la|les|l|un|une|des|du|de|d)\s+)*$")


def _a_need_for_later(text: str) -> bool:
    """Whether « plus tard » in ``text`` says when one of the needs listed is wanted, not that the answer is put off
    (:data:`_LATER_CLAUSE`)."""
    clauses = [normalize(c) for c in re.split(r"[,;.!?:]+", text)]
    clauses = [c for c in clauses if c.strip()]
    for index, clause in enumerate(clauses):
        found = _LATER_CLAUSE.search(clause)
        if found is None:
            continue
        before = _HEDGED.sub(" ", found.group("before")).strip()
        named = bool(before) and not _ONLY_LINKS.match(before + " ")
        earlier = [c for c in clauses[:index] if not _SOMEONE_SAYS.search(c) and not UNSURE.search(c)]
        return (named and not _SOMEONE_SAYS.search(clause) and not _SKIP.search(_LATER_CLAUSE.sub("", clause))
                and (bool(earlier) or _HEDGED.search(clause) is not None))
    return False


#: « je le donne après », « je vous l'envoie plus tard » (folded): the SIRET or the phone given later, at the recap (« attendez je
#: l'ai pas sous la main, on peut continuer et je le donne apres ? » got an FAQ answer, « Oui tout à fait. Notre force est de
#: pouvoir combiner les dispositifs… », and the SIRET again: twenty-third blind user test).
_GIVE_IT_LATER = re.compile(
    r"\bje (?:vous )?(?:le |la |l )?(?:donne|donnerai|donnerais|transmets|transmettrai|envoie|enverrai|communique|communiquerai|"
    r"mets|mettrai|rajoute|rajouterai|ajoute|ajouterai|complete|completerai)\s+(?:apres|ensuite|plus tard|a la fin|au recap\w*)\b|"
    # Asked: « je peux le donner plus tard ? », « on peut vous le donner plus tard ? » (the FAQ's « Je n'ai pas de réponse à cette
    # question », then the SIRET again: thirty-second blind user test)
    r"\b(?:je|on|nous) (?:peux|peut|pourrai|pourrais|pourra|pourrait|pouvons|pourrons|vais|va|allons) (?:vous )?(?:le |la |l )?"
    r"(?:donner|transmettre|envoyer|communiquer|mettre|rajouter|ajouter|completer)\s+(?:apres|ensuite|plus tard|a la fin|au recap\w*)\b"
)
#: Someone else to give the number, later (folded): « la comptabilité vous le transmettra », « je dois le demander à la
#: comptabilité » (where to find it, or « pas de numéro SIRET »: thirty-ninth and fortieth blind user tests). Not « je vais
#: demander à la compta », looked up now (:data:`_LOOKING_IT_UP`).
_SOMEONE_ELSE_GIVES_IT = re.compile(
    r"\b(?:compta\w*|comptable|secretaire|siege|rh|direction|gerante?|patronne?|collegue|responsable)\b(?: \w+){0,2}? (?:vous )?(?:le |la |l )?"
    r"(?:transmettra|transmettront|enverra|enverront|donnera|donneront|communiquera|communiqueront|fera suivre)\b"
    r"|\bje (?:dois|devrai|vais devoir|devrais) (?:le |la |l )(?:demander|redemander) (?:a|au|aux)\b"
)
#: Saying again that the number is not at hand (folded): « je l'ai pas là je vous dis », « je vous ai dit que je ne l'avais pas »
#: (the explanation again, thirty-ninth blind user test): skipped, as a second « je ne l'ai pas ».
_SAID_AGAIN = re.compile(r"\bje (?:vous|te) (?:le )?dis\b|\bje (?:vous )?(?:l )?ai (?:deja )?dit\b|\bje viens de (?:vous )?(?:le )?dire\b")
#: « c'est quoi le siret ? » from a farm (« on est un gaec, on a un numéro pacage »): it has a SIRET too (twenty-third blind user
#: test: « D'accord, corrigeons : SIRET. » and no explanation).
_A_FARM = re.compile(r"\b(?:gaec|earl|scea|exploitation agricole|exploitant agricole|agriculteurs?|pacage|msa|ferme)\b")
#: « on continue sans le siret »: a skip of the SIRET or the phone only (« Codalys SAS sans le numéro » is a company:
#: nineteenth blind user test).
_SKIP_WITHOUT = re.compile(r"\bsans (?:le )?(?:siret|telephone|numero)\b")
#: « 2 conducteurs de ligne », « deux aides à domicile »: a count of two or more, then a job in the plural (not « 3 x 8
#: opérateur », « 2 x 12h aide-soignant », « 2 apprentis », « 2 postes »).
_LEADING_COUNT = re.compile(
    rf"^(?:(?i:(?P<count>{COUNT_WORD}))\s+(?!(?i:x|fois|postes?|personnes?|apprentis|jeunes|salari\w+|mois|ans|h|heures)\b)"
    rf"(?P<job>(?:[^\W\d_][\w'’-]*[sxSX]|[A-ZÀ-Ý]{{2,}})\b[^,;]*)"  # (« 2 ASH »: an acronym's plural)
    # « 1 soudeur » (the count was kept in the job: review)
    rf"|(?P<one>1)\s+(?!(?i:x|fois|poste|personne|apprenti|jeune|salari\w+|mois|an|h|heure)\b)(?P<single>[^\W\d_][\w'’-]*\b[^,;]*))"
    # (The job only, up to a comma: « 2 cuisiniers, 1 en CDI » kept « cuisiniers, 1 »: review.)
    r"(?:[,;].*)?$"
)
#: A count of posts, then the job (« 3 postes de cariste / magasinier », « deux postes d'aide-soignant », « 4 postes cariste »): the
#: job after « postes (de) », up to a comma (a count of one is read by the job's validator: « 1 poste de cariste »).
_POSTS_OF_A_JOB = re.compile(rf"^(?i:(?P<count>{COUNT_WORD}))\s+(?i:postes?|emplois?)\s+(?:(?i:de|d['’])\s*)?(?P<job>[^\W\d_][^,;]*)(?:[,;].*)?$")
#: Leaving for now (folded): « je dois y aller », « on reprendra demain ».
#: (The whole message, or nearly: « saison d'été, on reprendra la personne l'an prochain » is a reason: review.)
_LATER_ON = r"(?:demain|plus tard|tout a l heure|apres|ce soir|cet apres midi|la semaine prochaine|lundi|mardi|mercredi|jeudi|vendredi)"
_PAUSE = re.compile(
    rf"^(?:(?:non|bon|ok|desole|pardon|euh|bref|alors|la)\s+)*(?:je dois (?:y aller|partir|filer|vous laisser|te laisser)"
    rf"(?:\s+(?:on|je) (?:reprendra|reprendrai|finira|finirai|continuera|continuerai|verra) {_LATER_ON})?"
    rf"|(?:on|je) (?:reprendra|reprendrai|finira|finirai|continuera|continuerai|verra) (?:ca )?{_LATER_ON}|je reviens {_LATER_ON}|je vous recontacte"
    r"|a demain)(?:\s+(?:merci|bonne journee|au revoir))?$"
)
#: Where to find the answer, asked or said unknown (folded): « je sais pas où le trouver », « où je le trouve ? », « je le
#: trouve où », « c'est où qu'on le trouve », « jsais pas où il est » (« où il est » got « pas de numéro SIRET dans votre
#: réponse », « jsp où il est » was a skip without saying where: found talking to make run).
_WHERE_TO_FIND = re.compile(
    r"\b(?:ou (?:qu )?(?:je |j |on |il |elle )?(?:le |la |l )?(?:trouver|trouve|chercher|cherche|voir|vois|voit)"
    r"|(?:trouve|trouver|cherche)(?: ca)? ou|ou (?:il|elle) (?:est|etait|se trouve|figure)|ou est (?:il|elle)|c est ou)\b"
)
#: Looking the answer up (folded): « attendez je vais chercher le siret », « je demande à la compta », « un instant ».
#: (Each clause: « attendez je dois retrouver le kbis, je reviens », « une seconde, je demande a ma secretaire » were
#: stored as the company: nineteenth blind user test.)
_LOOKING_IT_UP = re.compile(
    # (What is looked for is a paper or a number: « je cherche les soudeurs », « je cherche ma vendeuse » are the job: review.)
    r"^(?:(?:attendez|attends|euh|ok|bon|alors|oui|voila)\s+)*(?:(?:je (?:vais |v |dois )?(?:chercher|cherche|regarder|regarde|verifier|verifie|retrouver|retrouve|trouver)"
    # (« je regarde le planning » at the hours got « pas trouvé de durée »: twenty-second blind user test)
    r"(?: (?:dans )?(?:le|la|l|les|mon|ma|mes|notre|nos) (?:siret|kbis|numero|numeros|papiers?|infos?|informations?|reference|code|documents?|dossier|fiches?|adresse|mail|"
    r"contrat|bulletin|fiche de paie|extrait|avis|coordonnees|planning|plannings|agenda|emploi du temps|calendrier)| ca)?(?: et je (?:reviens|vous le donne|vous la donne|vous dis))?"
    # (« je demande à la compta », not « je demande le CACES », a need: review)
    r"|je (?:vais |v |dois )?(?:demander|demande) (?:a|au|aux) \w+(?: \w+){0,2}|un instant|une minute|deux minutes|"
    r"une seconde|2 sec|2 min|deux secondes|je reviens|je cherche|attendez|attends)(?:\s+|$))+$"
)
#: Why the employer pauses, after « attendez je reviens » (folded): « le téléphone sonne », « je dois lire ça », « j'ai un client »,
#: « on m'appelle » (fifty-second blind user test, u52-06, u52-14: « Je n'ai pas reconnu le type d'employeur », « Répondez « oui »… »).
_PAUSE_REASON = re.compile(
    r"(?:^|\s)(?:(?:le |mon |un )?(?:telephone|tel|portable|fixe) (?:sonne|qui sonne)|on (?:m appelle|me demande|sonne|frappe)|"
    r"j ai (?:un |une )?(?:appel|client|cliente|coup de fil|livreur|livraison|rdv|rendez vous|reunion|urgence|visite)|"
    r"(?:un|une|le|la) (?:client|cliente|livreur|collegue) (?:arrive|est la|m appelle)|il y a (?:un client|quelqu un|du monde)|"
    r"je suis (?:au telephone|en reunion|en rdv|en rendez vous|appele|appelee|demande|demandee)|"
    r"je (?:dois|vais|veux) (?:d abord )?(?:lire|relire|regarder|repondre|decrocher|prendre (?:un|l) appel|voir)"
    r"(?: (?:ca|ceci|cela|le texte|tout ca|le message|l appel|au telephone|quelque chose|un truc|de plus pres))?|"
    r"je (?:lis|relis) (?:ca|ceci|le texte|tout ca))(?=\s|$)"
)
#: Back from a pause (folded, the whole message): « re. vous en etiez ou ? », « me revoilà, on en était où ? », « c'est bon je suis
#: de retour » (« re. vous en etiez ou ? » got the rule on employers: fifty-second blind user test, u52-06).
_BACK_FROM_A_PAUSE = re.compile(
    r"^(?:(?:re|rebonjour|rebonsoir|me revoila|me voila|me revoici|je suis (?:de retour|la|revenue?)|je reviens|c est bon|ok|bon|voila|"
    r"desole|pardon|excusez moi|merci d avoir attendu|merci de m avoir attendu?e?)\s*)+"
    r"(?:(?:vous|on|nous|tu) en (?:etiez|etait|etions|etais|est|sommes|etes) ou|ou (?:en )?(?:etiez vous|en etait on|on en etait|"
    r"en etions nous|on en est|en sommes nous|j en etais))?$"
)


def pausing(plain: str) -> bool:
    """Whether ``plain`` (folded) says the employer pauses for a moment: « attendez je reviens », « un instant », or either with
    why after it (:data:`_PAUSE_REASON`)."""
    if _PAUSE.search(plain) or _LOOKING_IT_UP.search(plain):
        return True
    rest = " ".join(_PAUSE_REASON.sub(" ", plain).split())
    return rest != plain and bool(rest) and (_PAUSE.search(rest) is not None or _LOOKING_IT_UP.search(rest) is not None)


def back_from_a_pause(plain: str) -> bool:
    """Whether ``plain`` (folded) is the employer back after a pause (:data:`_BACK_FROM_A_PAUSE`), asking where we were or not."""
    return bool(plain.strip()) and _BACK_FROM_A_PAUSE.match(plain.strip()) is not None and plain.strip() not in ("ok", "bon", "voila", "c est bon", "pardon", "desole", "ok bon", "bon ok")


#: « c'est obligatoire ? », « on est obligé de le mettre ? », « je dois le donner ? »: whether the field can be left out
#: (the whole message: « CACES obligatoire », « le CACES est obligatoire pour ce poste ? » are answers: review).
_MUST_I = re.compile(
    r"^(?:(?:et|mais|bon|euh|alors) )?(?:c est |c |est ce que c est |est ce |on est |je suis |vous etes |il faut |faut il |faut |est )?"
    r"(?:vraiment |absolument )?(?:obligatoire|oblige|obligee|indispensable|facultatif|optionnel|necessaire)"
    r"(?: de (?:le |la |l |les )?(?:donner|mettre|remplir|renseigner|indiquer))?(?: ou pas| ou non)?$|"
    r"^(?:(?:et|mais|bon) )?(?:je dois|on doit|il faut|faut il|faut)(?: vraiment| absolument)? (?:le |la |l |les )?"
    r"(?:donner|mettre|remplir|renseigner|indiquer)(?: ou pas| ou non)?$"
)
def _asks_if_required(plain: str, requested: str) -> bool:
    """« c'est obligatoire ? », « le siret est obligatoire ? », « est-ce que je suis obligé de donner mon numéro ? »: the
    whole message asks whether the field asked can be left out (its own words taken off first: « le SIRET est-il
    indispensable ? » got the field's explanation: review; « CACES obligatoire » is a training need)."""
    words = "|".join(re.escape(w) for w in (*FIELD_WORDS.get(requested, ()), normalize(FIELD_LABELS.get(requested, ""))) if w)
    bare = re.sub(rf"\b(?:(?:le|la|l|les|mon|ma|mes|votre|son|sa|ce|cette) )?(?:{words})\b(?: (?:de telephone|du poste|de l entreprise))?", " ", plain) if words else plain
    bare = re.sub(r"\b(?:est il|est elle|est ce que|pour (?:la|ma) demande|vraiment|non|hein)\b", " ", bare)
    return _MUST_I.search(" ".join(bare.split())) is not None


#: « je ne sais pas trop, » before the answer itself.
_LEADING_HEDGE = re.compile(
    r"^\s*(?:(?:euh|bah|ben|bon|bof)\s+)*(?:je\s+(?:ne\s+)?sais\s+pas(?:\s+trop)?|j\s*sais\s+pas|jsp|aucune\s+id[ée]e|pas\s+s[uû]re?"
    r"|je\s+(?:ne\s+)?vois\s+pas)"
    # « je ne sais pas quoi mettre, c'est le client qui décide » (seventh blind user test)
    r"(?:\s+(?:de\s+)?(?:quoi|que|ce\s+qu['’ ]?il\s+faut)\s+(?:mettre|[ée]crire|dire|r[ée]pondre|indiquer)(?:\s+(?:ici|l[àa]))?)?"
    r"\s*[,;:.]\s*",
    re.IGNORECASE,
)
#: Second-attempt help: an example, and where to find the SIRET.
SECOND_TRY = msg.SUBMISSION_SECOND_TRY
SKIP_BUTTON = msg.SKIP_BUTTON
CANCEL_BUTTON = msg.CANCEL_REQUEST_BUTTON
CONSENT_BUTTONS = msg.CONSENT_BUTTONS


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


#: :data:`MEMORY_SLOT`'s commune of several departments the place question asked which of (« Allonnes »), for the answer
#: that gives only the department (« maine et loire », « 72 », « celle de la Sarthe »).
PLACE_CHOICES = "place_choices"


def _only_a_department(text: str, among: str | None = None) -> bool:
    """Whether ``text`` names a department and no commune (« maine et loire », « en Sarthe », « 49 »); with ``among`` (a commune
    of several departments: « Allonnes »), one of its departments: « vendée », « dans le 53 », « Mayenne » (a commune too)
    after « Allonnes (Maine-et-Loire) ou Allonnes (Sarthe) ? » became « Allonnes (Vendée) », offered as a third choice, and
    the commune Mayenne was lost (review of the session's changes)."""
    place = extract_place(text)
    if not (isinstance(place, Place) and place.commune is None and place.postal_code is None):
        return False
    offered = extract_place(among) if among is not None else None
    return among is None or isinstance(offered, AmbiguousPlace) and place.department in {o.department for o in offered.options}


def _place_choices_asked(answer: str, checked: FieldResult, slots: dict[str, Any]) -> dict[str, Any]:
    """The update of :data:`PLACE_CHOICES` after an answer to the place question: the commune asked about when the answer
    names one of several departments of the region, else none (forgotten)."""
    memory = dict(slots.get(MEMORY_SLOT) or {})
    place = extract_place(answer) if checked.kind != VALUE else None
    communes = {normalize(o.commune or "") for o in place.options} if isinstance(place, AmbiguousPlace) else set()
    if isinstance(place, AmbiguousPlace) and len(communes) == 1 and sum(o.in_region for o in place.options) > 1:
        return {MEMORY_SLOT: {**memory, PLACE_CHOICES: place.name}} if memory.get(PLACE_CHOICES) != place.name else {}
    if PLACE_CHOICES in memory and (checked.kind == VALUE or not _only_a_department(answer, memory[PLACE_CHOICES])):
        return {MEMORY_SLOT: {k: v for k, v in memory.items() if k != PLACE_CHOICES}}
    return {}


#: Where a sentence of its own starts after the company's name: a full stop after a word, then a space (« Garage Renault Nantes.
#: Mécanicien »; not « Durand S.A. », « Ets. Martin » names no job).
_SENTENCE_AFTER_A_NAME = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=\S)")


def _name_then_job(text: str, now: dt.datetime) -> tuple[str, str] | None:
    """(the name, the job) when ``text``, typed at the company's name, gives the name then, in a sentence of its own, the job
    alone or said with a hiring word (« Boulangerie Martin. Vendeuse », « Transports Leroy. On cherche un chauffeur PL »),
    validated as a typed job; else None."""
    for boundary in _SENTENCE_AFTER_A_NAME.finditer(text):
        name, rest = text[: boundary.start()].strip(), text[boundary.end():].strip(" .!")
        if not rest or person_alone(rest) is not None:
            continue
        alone = job_alone(rest)
        job = alone if alone is not None and normalize(alone) == normalize(rest) else (stated_job(rest) or (None,))[0]
        if job and (checked := validate_field("job_title", job, now.date())).kind == VALUE and isinstance(checked.value, str):
            return name, checked.value
    return None


#: After the company's name, a clause saying its SIRET not at hand or given later (normalised): « le siret je l'ai pas en tête »,
#: « j'ai pas le siret sous la main », « le siret je vous le donne plus tard » (the SIRET was asked bare: thirty-second blind
#: user test).
_SIRET_NOT_AT_HAND_CLAUSE = re.compile(
    r"^(?:et |mais |par contre |pour )?(?:(?:le|mon|notre) )?(?:numero )?(?:de )?siret\b(?:\s+(?:je|on|nous|j)\b)?"
    r"|^(?:(?:mais|par contre|et) )?(?:je n ai|j ai|jai|g|on a|on n a|nous n avons) pas (?:le|mon|notre) (?:numero )?(?:de )?siret\b"
)
_CLAUSE_AFTER_THE_NAME = re.compile(r"\s*(?:[,;.]|\s-\s|\s–\s)\s*")


def _name_then_siret_later(text: str) -> str | None:
    """The company's name when ``text`` gives it, then says in a clause of its own that the SIRET is not at hand or will be
    given later (:data:`_SIRET_NOT_AT_HAND_CLAUSE`), no figure in that clause; else None."""
    parts = _CLAUSE_AFTER_THE_NAME.split(text.strip(), maxsplit=1)
    if len(parts) < 2 or not re.search(r"[^\W\d_]", parts[0]):
        return None
    rest = normalize(parts[1])
    if re.search(r"\d", rest) or not _SIRET_NOT_AT_HAND_CLAUSE.search(rest):
        return None
    if not (_NOT_AT_HAND_CUE.search(rest) or _GIVE_IT_LATER.search(rest)):
        return None
    return parts[0].strip()


_NOT_AT_HAND_CUE = re.compile(
    rf"\b(?:sous la main|l ai pas|l ai plus|sais pas|connais pas|trouve pas|retrouve pas|sur moi|plus tard|apres|ensuite)\b"
    rf"|\bpas (?:le|mon|notre) (?:numero )?(?:de )?siret\b|{NOT_IN_MIND}|{SOMEONE_ELSE_HAS_IT}"
)


#: What a question about the use of the contact's data names (folded): only such a question gets the data-use notice at the
#: consent (« on peut faire plusieurs sessions de formation dans l'année ? » got it: thirty-fifth blind user test).
_ABOUT_THE_DATA = re.compile(
    r"\b(?:donnees?|coordonnees?|informations?|infos?|mail|e mail|email|courriel|telephone|tel|numero|adresse|nom|rgpd|cnil|"
    r"revend\w*|vend\w*|conserv\w*|gard\w*|transmi\w*|transmet\w*|partag\w*|verra|verront|recevra|recevront|acces|"
    r"confidenti\w*|supprim\w*|effac\w*|consentement|accord|accept\w*|refus\w*|oblig\w*|servir|serviront|sert|utilis\w*|"
    r"pourquoi|qui|combien de temps|spam|pub\w*|democh\w*|appel\w*|contact\w*)\b"
)


#: Questions on the data at the consent that one sentence of the notice answers (folded): how long they are kept, what they
#: are for, whether they are used to canvass (« elles sont conservées combien de temps ? » got the whole notice again, « ca sert
#: a quoi » got « Répondez oui ou non », « vous allez me démarcher après ? » « pas de réponse sûre »: thirty-ninth and fortieth
#: blind user tests).
_ASKS_RETENTION = re.compile(
    r"\b(?:conserv\w*|gard\w*|stock\w*|archiv\w*)\b.*\b(?:combien|jusqu a quand|quelle duree|longtemps|duree)\b|"
    r"\b(?:combien de temps|jusqu a quand|quelle duree|duree de conservation)\b.*\b(?:conserv\w*|gard\w*|stock\w*|archiv\w*)\b|"
    r"\bduree de conservation\b"
)
_ASKS_CANVASSING = re.compile(
    r"\b(?:demarch\w*|prospect\w*|pubs?|publicites?|spams?|spammer|harcel\w*|sollicit\w*|commerciaux|commerciales?|newsletters?)\b"
)
_ASKS_PURPOSE = re.compile(
    r"\b(?:(?:ca|cela|c|elles|ils|les donnees|mes donnees|mes coordonnees) (?:sert|servent|servira|serviront|va servir|vont servir) a quoi|"
    r"a quoi (?:ca|cela|elles|ils|c|servent|sert|servira|serviront)(?: (?:sert|servent|va servir|vont servir|servira|serviront))?|"
    r"pour quoi faire|c est pour quoi(?: faire)?)\b"
)


def data_question_reply(text: str) -> Message | None:
    """The sentence of the notice that answers a question on the data typed at the consent (how long they are kept, what they
    are for, whether the employer will be canvassed), or None: not such a question, or a yes or a no said along."""
    plain = with_apostrophes(normalize(text or ""))
    if not plain or REFUSING.search(plain) or _ACCEPTS.search(plain) or is_yes(re.split(r"[,.?!]", text or "")[0]):
        return None
    notice = rgpd_notice()
    if _ASKS_RETENTION.search(plain):
        return {"text": msg.CONSENT_RETENTION_ANSWER.format(retention=notice["retention"])}
    if _ASKS_CANVASSING.search(plain):
        return {"text": msg.CONSENT_NO_CANVASSING.format(purpose=notice["purpose"], recipients=_to(notice["recipients"]))}
    if _ASKS_PURPOSE.search(plain):
        return {"text": msg.CONSENT_PURPOSE_ANSWER.format(purpose=notice["purpose"], recipients=_to(notice["recipients"]))}
    return None


def question_not_about_the_data(text: str) -> bool:
    """A question typed at the consent that is not about the data (« on peut faire plusieurs sessions de formation dans l'année
    ? » got the data-use notice: thirty-fifth blind user test): the FAQ answers it, then the consent is asked again."""
    stripped = text.strip()
    plain = with_apostrophes(normalize(stripped))
    if not stripped.endswith("?") or len(re.findall(r"[^\W\d_]{2,}", stripped)) < 3 or _ABOUT_THE_DATA.search(plain):
        return False
    return not (is_yes(stripped.rstrip("? ")) or REFUSING.search(plain) or _IF_I_REFUSE.search(plain) or _MAIL_ONLY.search(plain)
                or ASKS_TO_EXPLAIN.search(plain))


#: A cooperative named (folded): a private company for the request (« société coopérative agricole », « SCOP », « CUMA »).
_A_COOPERATIVE = re.compile(r"\b(?:cooperatives?|scop|scic|cuma|sca)\b")


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
    named = recap_field_of(text, plain)
    if named in earlier:
        return named
    return earlier[-1] if back and earlier and named is None else None


def _noted_so_far(text: str, plain: str, requested: str, slots: dict[str, Any]) -> str:
    """What the form holds for the field named (« le nom d'entreprise que vous avez noté »), or every answer so far."""
    answered = [n for n in FIELD_VALIDATORS if n in FIELD_LABELS and n != requested
                and (slots.get(n) is not None or n in (slots.get(MISSING_SLOT) or []))]
    named = recap_field_of(text, plain)
    # The check's answers, the recap's first lines (« c'est quoi le contrat que vous avez noté la ? » got the company, the employer
    # type and the place, the contract left out: forty-sixth blind user test, u46-03).
    checked: list[tuple[str, str, str]] = []
    if slots.get("contract_type") or undecided_options(slots):
        contract = options_label(slots) if undecided_options(slots) else contract_label(slots)
        checked.append(("contract_type", msg.RECAP_CONTRACT_LABEL, contract))
    if slots.get("candidate_status") in CANDIDATE_LABELS:
        status = str(slots["candidate_status"])
        checked.append(("candidate_status", msg.RECAP_CANDIDATE_LABEL, msg.CANDIDATE_VALUES.get(status, CANDIDATE_LABELS[status])))
    for slot, label, value in checked:
        if named == slot:
            return msg.NOTED_FIELD.format(label=label, value=value)
    if named in FIELD_LABELS:
        if named in answered or named == requested and slots.get(named) is not None:
            return msg.NOTED_FIELD.format(label=FIELD_LABELS[named], value=display(named, slots.get(named)))
        return (msg.NOTHING_NOTED_NOW if named == requested else msg.NOTHING_NOTED_FOR).format(label=FIELD_LABELS[named])
    if not answered and not checked:
        return msg.NOTHING_NOTED_YET
    lines = "\n".join([*(msg.RECAP_LINE.format(label=label, value=value) for _, label, value in checked),
                       *(msg.RECAP_LINE.format(label=FIELD_LABELS[n], value=display(n, slots.get(n))) for n in answered)])
    return msg.NOTED_SO_FAR.format(lines=lines)


#: A sentence about the contact person (« le contact ce sera moi, Martine Guérin », « contact : Paul Girard »).
#: A sentence naming the contact person: « le contact ce sera moi, Martine Guérin », « Contact : Mme Girard », « c'est moi le
#: contact ». (Not « le contact avec les clients », « Le contact est primordial », « Contact : Microsoft Outlook »,
#: « L'interlocuteur est souvent un client âgé », which are needs: review.)
_CONTACT_SENTENCE = re.compile(
    r"^\s*(?i:et |pour )?(?i:le |la |l['’ ]?)?(?i:contact|personne (?:à|a) contacter|interlocut\w+)"
    r"(?:\s*:\s*|\s+(?i:ce sera|sera|c['’ ]?est|ça sera|ca sera)\s+)"
    # (« moi » alone or before a name, a civility before a name: « c'est moi qui le gère avec les clients », « Madame la
    # cliente » are needs: third review.)
    # (Also « moi Martine Guérin », « moi-même », a civility and two names, « c'est moi le contact pour ce dossier »: fourth review.)
    r"(?:(?i:moi)(?:[- ](?i:m[eê]me))?\s*(?:$|,|\s+[A-ZÀ-Ý][a-zà-ÿ-]+\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ-]+\s*$)"
    r"|(?i:mme|m\.|mr|madame|monsieur)\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ-]+(?:\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ-]+)?\s*$|(?<!: )[A-ZÀ-Ý][a-zà-ÿ-]+\s+[A-ZÀ-Ý][A-Za-zÀ-ÿ-]+\s*$)|"
    r"^\s*(?i:c['’ ]?est moi (?:le|la) contact(?: (?:pour|de) (?:ce|cette|la|le) (?:dossier|demande))?)\s*$"
)


def _without_the_contact(needs: str) -> str:
    """The training needs without a sentence that names the contact person."""
    sentences = [s for s in re.split(r"(?<=[.!;])\s+", needs.strip()) if s]
    kept = [s for s in sentences if not _CONTACT_SENTENCE.match(s.rstrip(" .!;"))]
    if kept and len(kept) < len(sentences):
        return " ".join(kept).strip()
    return needs


#: A clause about the candidate after the training needs (« …, et le candidat serveur est etranger, il a un titre de sejour »: stored
#: with the needs, the candidate left « à vérifier »: twenty-sixth blind user test): a person, then a fact of the check's
#: (nationality, residence permit, registration), folded.
_CANDIDATE_CLAUSE = re.compile(
    r"^(?:(?:et|mais|par contre|sinon)\s+)?(?:(?:le|la|les|notre|nos|mon|ma|mes)\s+(?:candidat\w*|personne|recrue|futur\w*)|il|elle|ils|elles)\b"
    r"(?=.*\b(?:etranger\w*|nationalite|titre de sejour|carte de (?:sejour|resident)|autorisation de travail|papiers|inscrit\w*|"
    r"france travail|pole emploi|demandeu\w+ d emploi|chomage|chomeu\w*)\b)"
)
#: Where a clause may begin in the typed needs: after a punctuation mark, or before « et », « mais ».
_CLAUSE_START = re.compile(r"[,;.!]\s*|\s+(?=(?:et|mais)\s)", re.IGNORECASE)


def _needs_and_the_candidate(needs: str) -> tuple[str, str] | None:
    """(the training needs, the clause about the candidate after them), or None when no such clause follows needs."""
    for boundary in _CLAUSE_START.finditer(needs):
        if _CANDIDATE_CLAUSE.match(normalize(needs[boundary.end():])):
            before = re.sub(r"[\s,;]+(?:et|mais)$", "", needs[: boundary.start()].rstrip(" ,;.!"), flags=re.IGNORECASE).rstrip(" ,;.!")
            return (before, needs[boundary.end():].strip()) if len(normalize(before)) >= 3 else None
    return None


def _candidate_beside_the_needs(needs: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """The training needs, with what is said of the candidate after them read as at the recap (« C'est corrigé. Candidat : … »,
    or « C'est déjà ce que j'ai noté ») and kept out of the needs; None when no clause about the candidate follows them."""
    split = _needs_and_the_candidate(needs)
    if split is None:
        return None
    kept, about = split
    checked = validate_field(FIELD_VALIDATORS["training_needs"], kept, now.date())
    status = candidate_status_said(about, slots.get("candidate_status"))
    if checked.kind != VALUE or status is None:
        return None
    result = FieldUnderstanding(kind=VALUE, updates={"training_needs": checked.value})
    value = msg.CANDIDATE_VALUES.get(status, CANDIDATE_LABELS[status])
    if status == slots.get("candidate_status"):
        result.messages.append({"text": msg.ALREADY_SO.format(label=msg.RECAP_CANDIDATE_LABEL, value=value)})
        return result
    changes, texts = contract_updates({"candidate_status": status}, slots, cause=msg.CAUSE_CANDIDATE)
    result.updates.update(changes)
    result.messages.append({"text": " ".join([msg.CORRECTED_FIELD.format(label=msg.RECAP_CANDIDATE_LABEL, value=value), *texts])})
    return result


#: An e-mail address alone, a phone number alone (with the word that names it).
_ONLY_AN_EMAIL = re.compile(r"(?i:(?:e-?mail|mail|courriel)\s*:?\s*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\s*[.!]*")
_ONLY_A_PHONE = re.compile(r"(?i:(?:t[ée]l(?:[ée]phone)?\.?|portable|num[ée]ro)\s*:?\s*)?\+?\d[\d .-]{8,}\d\s*[.!]*")


#: The questions whose answer may be a type of employer: its own, and the company's name (read there: « Entreprise privée » is
#: refused as a name, « SAS Dupont » says it).
_OWN_EMPLOYER_TYPE = frozenset({"employer_type", "company_name", CONSENT_SLOT})


def _a_contact_instead_of_needs(answer: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """A person's name, an e-mail or a phone alone given as the training needs (« Jean-Marc Bretaud », « contact@couverture-
    lavalloise.fr » were stored as the needs: twenty-third blind user test): no needs. Kept in its own field when that one is
    not answered yet and the consent given, else said to be asked after the consent; the needs asked again. None for anything
    else."""
    said = answer.strip()
    field = ("contact_email" if _ONLY_AN_EMAIL.fullmatch(said) else "contact_phone" if _ONLY_A_PHONE.fullmatch(said)
             else "contact_name" if only_a_person_s_name(said) or person_alone(said) else None)
    parts = {field: said} if field is not None else _only_contact_details(said)
    if not parts:
        return None
    # (With a civility and a role: « Karine Le Goff, RH », « M. Dupont gérant » were stored as the needs: review. The name
    # alone is kept, as at the contact's question.)
    result = FieldUnderstanding(kind=UNUSABLE, updates={RECAP_STATE_SLOT: None})  # a slot set keeps the form from being rejected
    checked = {f: validate_field(FIELD_VALIDATORS[f], part, now.date()) for f, part in parts.items()}
    new = {f: checked[f].value for f in _CONTACT_FIELDS_ASIDE if f in checked and checked[f].kind == VALUE and not slots.get(f)}
    what = msg.CONTACT_WHAT[next(iter(parts))] if len(parts) == 1 else msg.CONTACT_DETAILS_WHAT
    consented = slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED)
    if new and consented:
        result.updates.update(new)
        noted = [msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in new.items()]
        result.messages.append({"text": msg.NEEDS_GOT_A_CONTACT.format(changes=msg.CHANGES_JOINER.join(noted))})
    elif new:
        # Contact details are kept once the employer has agreed to their use (the consent comes before them, as for a name
        # said with the needs, twentieth blind user test): said so, asked in their turn.
        result.messages.append({"text": msg.NEEDS_CONTACT_AFTER_CONSENT.format(what=what)})
    else:
        result.messages.append({"text": msg.NEEDS_NOT_A_CONTACT.format(what=what)})
    return result


#: An e-mail address, a phone number anywhere in a message (with the word that names it).
_AN_EMAIL = re.compile(r"(?i:(?:e-?mail|mail|courriel)\s*:?\s*)?<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?")
_A_PHONE = re.compile(r"(?i:(?:t[ée]l(?:[ée]phone)?\.?|portable|num[ée]ro)\s*:?\s*)?\+?\d[\d .-]{8,}\d")


def _only_contact_details(said: str) -> dict[str, str]:
    """The contact details that are the whole of ``said`` (field → the part that gives it), two of them at least: « Chevreau
    Didier, didier@transports-chevreau.fr, 0243954422 » was stored as the training needs (thirty-first blind user test).
    Empty when anything else is said (« CACES 3, Chevreau Didier 0243954422 »)."""
    parts: dict[str, str] = {}
    rest = said
    for field, pattern in (("contact_email", _AN_EMAIL), ("contact_phone", _A_PHONE)):
        found = pattern.search(rest)
        if found is not None:
            parts[field] = found.group().strip()
            rest = f"{rest[: found.start()]},{rest[found.end():]}"
    name = re.sub(r"^[\s,;/.-]+|[\s,;/.-]+$", "", re.sub(r"(?:[\s,;/-]+(?:et|ou)\b)?[\s,;/-]*(?:,|$)", ",", rest)).strip(" ,")
    name = re.sub(r"\s*,\s*", ", ", name)
    if name and (only_a_person_s_name(name) or person_alone(name)):
        parts["contact_name"] = name
    elif name:
        return {}
    return parts if len(parts) >= 2 else {}


#: A protest that the answer was given, alone (folded): « je viens de vous les donner », « je vous l'ai dit », « mais je l'ai
#: déjà dit non ».
_ONLY_A_PROTEST = re.compile(
    rf"^(?:(?:{alternation((*LEAD_INS, 'bon', 'mais', 'ben'))})\s)*(?:{SAYS_ALREADY_SAID.pattern})(?:\s(?:non|pourtant|quand meme|deja))*$"
)
#: A question first (a sentence ending with « ? »), then something else.
_QUESTION_FIRST = re.compile(r"^(?P<question>[^?]*[^\W\d_][^?]*\?)\s*(?P<rest>\S.*)$")


def _past_start_before(question: str, now: dt.datetime) -> str | None:
    """Why the start said in the sentences before a question is refused, when it is a day already past; else None."""
    sentences = [x for x in re.split(r"(?<=[.!;])\s+", question.strip()) if x]
    said = " ".join(sentences[:-1])
    if not said or past_start(said, now.date()) is None:
        return None
    return validate_field(FIELD_VALIDATORS["start_date"], said, now.date()).error


def _two_answers(question: str, rest: str, requested: str, now: dt.datetime) -> tuple[Any, Any] | None:
    """The two different values of ``requested`` said before a question and after it, or None."""
    sentences = [s for s in re.split(r"(?<=[.!;])\s+", question.strip()) if s]
    if len(sentences) < 2:
        return None
    first = validate_field(FIELD_VALIDATORS[requested], " ".join(sentences[:-1]), now.date())
    second = validate_field(FIELD_VALIDATORS[requested], rest, now.date())
    if first.kind != VALUE or second.kind != VALUE or first.value == second.value:
        return None
    return first.value, second.value


def _answer_then_question(text: str, requested: str, now: dt.datetime) -> tuple[str, str] | None:
    """(the answer, the question) when ``text`` gives a usable answer in the sentences before its first question
    (« 35h en 2x8. Au fait combien … ? » → « 35h en 2x8. », « Au fait combien … ? »); else None."""
    asking = re.match(r"^[^?]*\?", text.strip())
    if asking is None:
        return None
    sentences = [s for s in re.split(r"(?<=[.!;])\s+", asking.group().strip()) if s]
    if len(sentences) < 2:
        return None
    answer, question = " ".join(sentences[:-1]), sentences[-1]
    # Only a question about another field or about what was noted: otherwise what follows may revise the answer (« Mars.
    # Il faut une date précise ? le 15 mars ») or the question is for the FAQ, which answers it and keeps the value
    # (« Le 15 mars. Ça laisse assez de temps ? »): as before (reviews of the twentieth blind user test's fixes).
    named = recap_field_of(question, normalize(question))
    if not (asks_what_was_noted(question) or named in FIELD_LABELS and named != requested):
        return None
    if validate_field(FIELD_VALIDATORS[requested], answer, now.date()).kind != VALUE:
        return None
    return answer, question


#: A contract named as such (« en CDI intérimaire », « en contrat pro »), not a job that implies one (« apprenti »).
_NAMES_A_CONTRACT = re.compile(rf"\b(?:en|sous|avec un|pour un|par|via)\s+(?:un\s+|une\s+)?{CONTRACT_NOUNS}\b")
#: A short message that changes the contract's length (« bon alors on remet 6 mois », « finalement ce sera 6 mois »).
_NEW_LENGTH = re.compile(
    r"\b(?:on remet|remettre|remettez|on met|mettez|on passe a|on passait a|passer a|passons a|finalement|plutot|ce sera|on change|changer|"
    r"en fait|corrig\w*|on rallonge|rallonger|on prolonge|prolonger|on part sur|partir sur|partons sur|je vous ai dit|j ai dit|"
    # (« ah non alors on garde le 1er mars pour rester a 6 mois » was stored as the reason: fifty-first blind user test, u51-14)
    r"on garde|gardons|garder|gardez|on reste|restons|rester|on revient|revenons|revenir)\b"
)
#: Words of a reason (« remplacement congé maternité, prolongeable 2 mois »): a reason, whatever length it says. Not « pour »
#: before going back to a length (« pour rester à 6 mois »).
_REASON_WORDS = re.compile(
    r"\b(?:remplac\w*|conge|surcroit|saison\w*|test|essai|parce|car|pour(?!\s(?:rester|revenir|garder|repasser|faire|avoir|etre)\b)|"
    r"activite|prolongeable|renouvelable)\b"
)
#: A date named (folded): a month's name or a day and month in figures.
_A_DATE_NAMED = re.compile(rf"\b(?:{'|'.join(FULL_MONTHS)})\b|\b\d{{1,2}}\s*/\s*\d{{1,2}}\b")


def _new_duration(text: str, plain: str, slots: dict[str, Any], today: dt.date | None = None) -> FieldUnderstanding | None:
    """A new length of the fixed-term contract typed at the derogation's reason, as a correction of the contract."""
    duration = extract_duration(text)
    if duration is None or duration.months is None or len(plain.split()) > 16 or not _NEW_LENGTH.search(plain) or _REASON_WORDS.search(plain):
        return None
    if round(duration.months, 2) == slots.get("contract_duration"):
        return None  # « surcroît d'activité, ce sera 4 mois » with a contract of 4 months: no change
    changes, texts = contract_updates({"contract_duration": round(duration.months, 2)}, slots)
    label = contract_label({**slots, **changes})
    said = [msg.CORRECTED_CONTRACT.format(label=label), *texts]
    # (The start said with it is taken too: « on garde le 1er mars pour rester a 6 mois » after « elle commencera le 15 mars »:
    # fifty-first blind user test, u51-14.)
    start = validate_field("start_date", text, today) if _A_DATE_NAMED.search(plain) else None
    if start is not None and start.kind == VALUE and isinstance(start.value, dt.date) and start.value.isoformat() != slots.get("start_date"):
        changes["start_date"] = start.value.isoformat()
        said.append(msg.ALSO_NOTED.format(changes=msg.CHANGED_FIELD.format(label=FIELD_LABELS["start_date"], value=display("start_date", changes["start_date"]))))
    return FieldUnderstanding(kind=CORRECTION, updates=changes, messages=[{"text": " ".join(said)}])


#: Going back to another contract at the derogation's reason (folded): « bon laissez tomber, on reste sur le CDI », « je veux juste
#: remettre le contrat en CDI », « Le contrat est un CDI, il n'y a pas besoin de dérogation. » (the first asked to cancel the request,
#: the last was stored as the reason: thirty-first blind user test).
_BACK_TO_A_CONTRACT = re.compile(
    r"\b(?:on reste|restons|on garde|gardons|on revient|revenons|revenir|remet\w*|on met|mettez|finalement|plutot|en fait|ce sera|"
    r"le contrat (?:est|c est|sera)|pas besoin de (?:la |de )?derogation)\b"
)


def contract_at_the_reason(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """Another contract said at the derogation's reason (« on reste sur le CDI », « CDI » alone), as a correction of the contract:
    a contract that needs no derogation drops the reason's question; None when the message is a reason (« remplacement d'une
    salariée en CDI »), or says the contract recorded."""
    plain = normalize(text or "")
    contract = extract_contract(text or "")
    if (contract is None or slots.get("eligibility") != "derogation" or len(plain.split()) > 14 or _REASON_WORDS.search(plain)
            or says_the_candidates_past(text or "") or not (len(plain.split()) <= 3 or _BACK_TO_A_CONTRACT.search(plain))):
        return None
    updates: dict[str, Any] = {"contract_type": contract}
    duration = extract_duration(text or "")
    if duration is not None and duration.months is not None and keeps_duration(contract, text or ""):
        updates["contract_duration"] = round(duration.months, 2)
    elif not needs_duration(contract):
        updates["contract_duration"] = None
    if all(slots.get(f) == v for f, v in updates.items()):
        return None
    changes, texts = contract_updates(updates, slots)
    label = contract_label({**slots, **changes})
    return FieldUnderstanding(kind=CORRECTION, updates=changes, messages=[{"text": " ".join([msg.CORRECTED_CONTRACT.format(label=label), *texts])}])


#: A sentence that changes the contract (folded): a correction, a preference, going back (« par contre … je préfère un CDD »,
#: « et puis non, on reste sur le CDI »).
_CONTRACT_CHANGE_CUE = re.compile(
    r"\b(?:non|en fait|finalement|par contre|je prefere|on prefere|nous preferons|plutot|on reste|restons|on garde|gardons|on revient|"
    r"revenons|tout bien reflechi|reflexion faite|en y reflechissant|ce sera|on part sur|on passe)\b"
)


def _contract_said(contract: str, text: str) -> dict[str, Any]:
    """The contract said in ``text`` as the check's slots: with its length when the contract keeps one (the less wanted
    contract's left out: « un CDD de 8 mois plutôt qu'un CDI »), none when it needs none."""
    found: dict[str, Any] = {"contract_type": contract}
    duration = extract_duration(without_the_less_wanted(text))
    if keeps_duration(contract, text) and duration is not None and duration.months is not None:
        found["contract_duration"] = round(duration.months, 2)
    elif not needs_duration(contract):
        found["contract_duration"] = None
    return found


def _contract_changed_after(sentences: list[str], requested: str, slots: dict[str, Any],
                            now: dt.datetime) -> tuple[str, dict[str, Any], str] | None:
    """(the answer, the contract's changes, what is said of them) when the sentences after a usable answer to ``requested``
    change the contract (:data:`_CONTRACT_CHANGE_CUE`, another contract or another length than recorded); else None."""
    if requested in ("contract_type", "contract_duration", CONSENT_SLOT) or not slots.get("contract_type"):
        return None
    for index in range(1, len(sentences)):
        answer, after = " ".join(sentences[:index]), " ".join(sentences[index:])
        plain = normalize(after)
        contract = extract_contract(after)
        if (contract is None or not _CONTRACT_CHANGE_CUE.search(plain) or extract_contract(answer) is not None
                or says_the_candidates_past(after) or validate_field(FIELD_VALIDATORS[requested], answer, now.date()).kind != VALUE):
            continue
        updates = _contract_said(contract, after)
        if all(slots.get(f) == v for f, v in updates.items()):
            return None
        changes, texts = contract_updates(updates, slots)
        return answer, changes, " ".join([msg.CORRECTED_CONTRACT.format(label=contract_label({**slots, **changes})), *texts])
    return None


#: What goes on saying the length after a longer contract (« …, toute l'année scolaire », « …, jusqu'à l'été »): no answer.
_LENGTH_SAID_AGAIN = re.compile(r"^(?:soit |donc |c est |pour |sur |jusqu a |jusqu en )?(?:(?:toute|tout|la|l) )*"
                                r"(?:annee|saison|ete|hiver|periode|rentree|an|fin)\b")
#: More hours said as a plan (« on peut lui faire 24h »), with a longer contract.
_MORE_HOURS = re.compile(r"\bon (?:peut|pourrait|pourra|va) (?:lui |leur )?(?:faire|mettre|proposer|passer a|monter a) \d")


def longer_contract(text: str, requested: str, slots: dict[str, Any]) -> tuple[dict[str, Any], str] | None:
    """The fixed-term contract's new length said as a plan (:func:`~bot.language.cues.says_longer_contract`) in a clause
    of ``text``, with more hours said so too when they are not the question (« on peut lui faire 24h »), and the rest of
    the message (« bon on peut lui faire 24h et prolonger le cdd a 7 mois, toute l'annee scolaire » at the weekly hours:
    « plusieurs durées », and the 4 months kept: twenty-second blind user test); None when none is said, or no longer
    than the one recorded."""
    if not needs_duration(str(slots.get("contract_type") or "")):
        return None
    clauses = [c for c in re.split(r"\s*[,;.!]\s*|\s+(?:et|mais)\s+", text or "") if c.strip()]
    for index, clause in enumerate(clauses):
        duration = extract_duration(clause) if says_longer_contract(normalize(clause)) else None
        if duration is None or duration.months is None or round(duration.months, 2) <= float(slots.get("contract_duration") or 0):
            continue  # (longer only: a shorter one is no « prolonger »)
        changes: dict[str, Any] = {"contract_duration": round(duration.months, 2)}
        after = clauses[index + 1:]
        while after and _LENGTH_SAID_AGAIN.match(normalize(after[0])):
            after = after[1:]
        rest = [*clauses[:index], *after]
        for other in list(rest):
            hours = hours_said(other) if requested != "weekly_hours" and _MORE_HOURS.search(normalize(other)) else None
            if hours is not None and evaluate({"weekly_hours": hours}).verdict != "ineligible":
                changes["weekly_hours"] = hours
                rest.remove(other)
        return changes, ", ".join(rest)
    return None


def job_typed_instead(text: str, requested: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """After an answer without the value at a field the Region can complete (« je ne l'ai pas » at the SIRET), a job typed alone,
    no figure in it: the answer to the job's question, typed as if this one had been left (« agent polyvalent ecole cantine »
    got « pas de numéro SIRET » and the SIRET asked again: twenty-sixth blind user test). The field is left to the Region and
    the job noted, when none is yet or it says the one noted more fully; else None."""
    if requested not in SKIPPABLE or not slots.get(ATTEMPTS_SLOT) or any(ch.isdigit() for ch in text) or job_alone(text) is None:
        return None
    checked = validate_field(FIELD_VALIDATORS["job_title"], text, dt.date.today())
    noted = slots.get("job_title")
    if checked.kind != VALUE or checked.warning or (noted and not set(normalize(str(noted)).split()) <= set(normalize(str(checked.value)).split())):
        return None
    result = _skipped(FieldUnderstanding(), requested, slots)
    result.updates["job_title"] = checked.value
    changes = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["job_title"]), value=display("job_title", checked.value))
    result.messages.append({"text": msg.ALSO_NOTED.format(changes=changes)})
    return result


def _skipped(result: FieldUnderstanding, requested: str, slots: dict[str, Any]) -> FieldUnderstanding:
    """The skippable field left for the Region's staff to complete: listed in ``MISSING_SLOT``; not the phone when there is no
    e-mail (:func:`_phone_needed`)."""
    if requested in SKIPPABLE_WITH.values() and any(
            slots.get(empty) is None and empty in (slots.get(MISSING_SLOT) or []) for empty, given in SKIPPABLE_WITH.items() if given == requested):
        return _phone_needed(result, slots)
    result.kind = SKIP
    missing = [f for f in (slots.get(MISSING_SLOT) or []) if f != requested] + [requested]
    result.updates.update({requested: None, MISSING_SLOT: missing, ATTEMPTS_SLOT: 0.0})
    result.messages.append({"text": msg.SKIP_NOTED_OF.get(requested) or msg.SKIP_NOTED.format(label=FIELD_LABELS[requested])})
    return result


#: Key of :data:`MEMORY_SLOT`: an employer without e-mail was told what address may do (someone else's), offered once before
#: the request goes without one (forty-second blind user test).
NO_EMAIL_OFFERED = "no_email_offered"
SKIPPABLE_WITH = spec.SKIPPABLE_WITH


#: Key of :data:`MEMORY_SLOT`: the employer without e-mail asked to be called, and the number was asked (the e-mail's question
#: asks it: :func:`question`).
CALL_BACK_ASKED = "call_back_asked"
#: Asking to be called (folded): « appelez moi », « rappelez-moi », « vous pouvez m'appeler », « par téléphone ».
_CALL_ME = re.compile(
    r"\b(?:appel(?:ez|er|le[zr]?)|rappel(?:ez|er|le[zr]?)|telephonez|telephoner)\s+moi\b|\bm appeler\b|\bme (?:rappeler|telephoner)\b"
    r"|\bpar (?:telephone|tel)\b|\bau telephone\b"
)


def _no_email(result: FieldUnderstanding, slots: dict[str, Any], text: str = "") -> FieldUnderstanding:
    """No e-mail at the e-mail question (« g pas de mail, appelez moi plutot au 06 71 22 33 44 », « j'utilise pas internet »): with
    a phone (known, or given with it), the call back and no acknowledgement said, someone else's address offered once, then the
    request goes without e-mail (None, listed in ``MISSING_SLOT``: forty-second blind user test, u42-04, where it was refused
    until the employer gave his wife's); without a phone, what address may do or a phone asked, never accepted (thirty-fifth
    blind user test)."""
    result.kind = REFUSAL
    phone = result.updates.get("contact_phone") or slots.get("contact_phone")
    memory = dict(slots.get(MEMORY_SLOT) or {})
    if phone and memory.get(NO_EMAIL_OFFERED):
        result.kind = SKIP
        missing = [f for f in (slots.get(MISSING_SLOT) or []) if f not in ("contact_email", "contact_phone")] + ["contact_email"]
        result.updates.update({"contact_email": None, MISSING_SLOT: missing, ATTEMPTS_SLOT: 0.0,
                               MEMORY_SLOT: {k: v for k, v in memory.items() if k not in (NO_EMAIL_OFFERED, CALL_BACK_ASKED)}})
        result.messages.append({"text": msg.NO_EMAIL_NOTED.format(phone=display("contact_phone", phone))})
        return result
    result.updates[MEMORY_SLOT] = {**memory, NO_EMAIL_OFFERED: True}
    if not phone and _CALL_ME.search(normalize(text)) and not re.search(r"\d", text):
        # « pas de mail, appelez moi » got why an address is needed, « Le champ E-mail est nécessaire » and the e-mail's question
        # again in the same turn (forty-sixth blind user test, u46-02): the call back said, the number asked (the e-mail's
        # question asks it), not counted.
        result.updates[MEMORY_SLOT] = {**memory, NO_EMAIL_OFFERED: True, CALL_BACK_ASKED: True}
        result.updates[ATTEMPTS_SLOT] = float(slots.get(ATTEMPTS_SLOT) or 0)
        result.messages.append({"text": msg.NO_EMAIL_CALL_ME})
        return result
    if phone:
        offer = msg.NO_EMAIL_CALL_BACK_OFFER.format(phone=display("contact_phone", phone))
        answered = _not_usable(result, "contact_email", offer, slots, whole_reply=True, second=offer)
        answered.messages[-1] = {**answered.messages[-1], "buttons": [msg.NO_EMAIL_BUTTON]}
        return answered
    return _not_usable(result, "contact_email", msg.EMAIL_NEEDED_TO_REPLY, slots, whole_reply=True, second=msg.EMAIL_NEEDED_TO_REPLY_AGAIN)


def _phone_needed(result: FieldUnderstanding, slots: dict[str, Any]) -> FieldUnderstanding:
    """The phone refused when there is no e-mail: the only way left to reach the employer, never skipped (a request with neither
    cannot be sent); from the second time, the way out (cancel, the contact form)."""
    result.kind = REFUSAL
    attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
    result.updates[ATTEMPTS_SLOT] = float(attempts)
    result.messages.append({"text": msg.NO_EMAIL_NO_PHONE, **({"buttons": [CANCEL_BUTTON]} if attempts >= 2 else {})})
    if attempts >= 3:
        result.messages.append(msg.CONTACT_POINTER)
    return result


#: :data:`MEMORY_SLOT`'s length said with a bare « alternance » (« en fait c'est une alternance de 2 ans »), in months, kept
#: for the contract the answer to :data:`~bot.dialogue.messages.ASK_ALTERNANCE` names.
ALTERNANCE_LENGTH = "alternance_length"


def alternance_pending(said: str, slots: dict[str, Any]) -> dict[str, Any]:
    """The updates that make the next message the answer to :data:`~bot.dialogue.messages.ASK_ALTERNANCE`
    (:data:`RECAP_ALTERNANCE`), with the alternance's length said in ``said`` kept for it."""
    updates: dict[str, Any] = {RECAP_STATE_SLOT: RECAP_ALTERNANCE}
    duration = extract_duration(said)
    memory = dict(slots.get(MEMORY_SLOT) or {})
    if duration is not None and duration.months is not None and keeps_duration("apprentissage", said):
        updates[MEMORY_SLOT] = {**memory, ALTERNANCE_LENGTH: round(duration.months, 2)}
    elif ALTERNANCE_LENGTH in memory:
        updates[MEMORY_SLOT] = {k: v for k, v in memory.items() if k != ALTERNANCE_LENGTH}
    return updates


def request_alternance_question() -> Message:
    """« L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? » in the request: a button for each, and
    « Je ne sais pas encore », which sends the request « alternance, type à préciser » (:data:`ALTERNANCE_TO_SPECIFY`; it was a
    dead end: the difference and the question again, then only the way out)."""
    question = alternance_question()
    return {**question, "buttons": [*question.get("buttons", []), msg.ALTERNANCE_NOT_DECIDED_BUTTON]}


def ask_which_alternance(kind: str, said: str, slots: dict[str, Any]) -> FieldUnderstanding:
    """A bare « alternance » said as the request's contract (« en fait c'est en alternance »): it was stored as an apprenticeship;
    « L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? » is asked back (:data:`RECAP_ALTERNANCE`)."""
    return FieldUnderstanding(kind=kind, updates=alternance_pending(said, slots), messages=[request_alternance_question()])


def contract_question(slots: dict[str, Any]) -> Message:
    """The request's question on its contract: « L'alternance : contrat d'apprentissage ou contrat de professionnalisation ? »,
    or, for a contract the check left undecided between others (« CDI ou CDD de 8 mois »: the same verdict for each), which one
    the request is for, with a button for each."""
    options = undecided_options(slots)
    if not options or tuple(options) == ALTERNANCE_CONTRACTS:
        return request_alternance_question()
    months = slots.get("contract_duration")
    labels = [contract_label({"contract_type": o, "contract_duration": months if needs_duration(o) else None}) for o in options]
    return {"text": msg.ASK_CONTRACT_FOR_REQUEST.format(options=options_label(slots)), "buttons": [{"title": t, "payload": t} for t in labels]}


def alternance_turn(text: str, slots: dict[str, Any], kind: str, not_yet: str) -> FieldUnderstanding:
    """The answer to :data:`~bot.dialogue.messages.ASK_ALTERNANCE` in the request (at a question: ``kind`` is a correction;
    at the recap, ``kind`` is its own): the contract (« apprentissage », « un contrat pro », « pro », « professionnalisation »,
    the buttons, or another contract: « finalement un CDI ») and the verdict it leads to; « je sais pas encore », « je demande
    au CFA », « on verra » (:func:`~bot.extractors.contract.alternance_undecided`) or its button record « alternance, type à
    préciser » (:data:`ALTERNANCE_TO_SPECIFY`, completed by the Region's staff); « c'est quoi la différence ? » gets the
    difference and the question again (``not_yet`` is then the kind), and the third unusable answer the way out: the contract
    recorded kept, to be corrected at the recap.

    The answer to :func:`contract_question` too, for a contract the check left undecided (no contract recorded): one is
    needed to send the request, so the way out keeps asking (« annuler » stops the request)."""
    plain = normalize(text or "")
    said = extract_contract(text or "")
    options = undecided_options(slots)
    alternance = not options or tuple(options) == ALTERNANCE_CONTRACTS
    # (A rank is the buttons' shown, the options in their order: « le premier » to « CDI ou Contrat d'apprentissage ? » was the
    # apprenticeship, « le 2e » a contract of professionalisation never offered: second review of the session on the alternance.)
    # (The alternance's question has a third button, « Je ne sais pas encore »: « le dernier » was the contract of
    # professionalisation, « le 3e » not understood: review of the session on « à préciser ».)
    chosen = button_by_order(text or "", (*ALTERNANCE_CONTRACTS, ALTERNANCE_TO_SPECIFY) if alternance else options)
    # (« je sais pas ce qu'est un contrat pro », « je sais pas si c'est possible en apprentissage »: no choice)
    asking = alternance and (asks_what_a_kind_is(text or "") or doubts_a_kind(text or ""))
    if chosen is None and not asking and (alternance or set(options) & set(ALTERNANCE_CONTRACTS)):
        chosen = alternance_answer(text or "")
    if not alternance and (extract_contract_options(text or "") or said in ALTERNANCE_CONTRACTS and alternance_unsaid(text or "")):
        said = None  # (« CDI ou CDD, je sais pas » chooses none; a bare « alternance » neither of its two)
    if asking:
        said = None
    chosen = chosen or (said if said not in (None, *ALTERNANCE_CONTRACTS) or not alternance else None)
    # « je sais pas, lequel vous conseillez ? », « je sais pas, vous pouvez m'expliquer » ask: the explanation, the question again
    # (they were recorded « à préciser »: review of the session on « à préciser »)
    asking = chosen is None and alternance and (asking or asks_about_the_alternances(text or "")
                                                or "?" in (text or "") and ASKING_WHAT.search(plain) is not None)
    # « à préciser » when the kind is said undecided, or the question skipped as a whole (« passer », « on verra plus tard »); not
    # a doubt about something else (« je sais pas encore combien d'heures », « je vous dirai plus tard pour les heures »)
    undecided = chosen == ALTERNANCE_TO_SPECIFY or (
        chosen is None and alternance and not asking
        and (alternance_undecided(text or "") or _SKIP.search(plain) is not None and not about_something_else(text or "")))
    if undecided:
        # « je sais pas encore », « je demande au CFA »: both are eligible; the request is sent « à préciser », which the Region's
        # staff settle with the employer (it got the difference and the question again, then only the way out: a dead end).
        # « passer », « plus tard » too: the kind is left to the staff as a skipped SIRET is (they got « je n'ai pas compris »,
        # found talking to make run, session of 2026-12-02).
        chosen = ALTERNANCE_TO_SPECIFY
    memory = dict(slots.get(MEMORY_SLOT) or {})
    forgotten = {MEMORY_SLOT: {k: v for k, v in memory.items() if k != ALTERNANCE_LENGTH}} if ALTERNANCE_LENGTH in memory else {}
    if chosen is not None:
        found: dict[str, Any] = {"contract_type": chosen}
        duration = extract_duration(text or "")
        if duration is not None and duration.months is not None and keeps_duration(chosen, text or ""):
            found["contract_duration"] = round(duration.months, 2)
        elif chosen in ALTERNANCES and memory.get(ALTERNANCE_LENGTH):
            found["contract_duration"] = memory[ALTERNANCE_LENGTH]  # said with the bare « alternance » (« … de 2 ans »)
        elif not needs_duration(chosen) and not (chosen in ALTERNANCES and alternance and options):
            found["contract_duration"] = None  # (the length said with the bare « alternance » at the check is the contract's)
        if options:
            found[OPTIONS_SLOT] = None
        changes, texts = contract_updates(found, slots)
        label = contract_label({**slots, **changes})
        said_so = msg.CONTRACT_CHOSEN if options else msg.CORRECTED_CONTRACT
        noted = msg.ALTERNANCE_TO_SPECIFY_NOTED if undecided else said_so.format(label=label)
        return FieldUnderstanding(kind=kind, updates={**changes, RECAP_STATE_SLOT: None, ATTEMPTS_SLOT: 0.0, **forgotten},
                                  messages=[{"text": " ".join([noted, *texts])}])
    if chosen is None and not alternance and set(options) & set(ALTERNANCE_CONTRACTS) and "?" not in (text or "") and alternance_unsaid(text or ""):
        # « alternance » to « CDI ou Contrat d'apprentissage ? » (« CDI ou alternance » first): the alternance chosen, which one
        # asked (it was no answer: second review of the session on the alternance); the other contract's length is not its own.
        narrowed: dict[str, Any] = {OPTIONS_SLOT: list(ALTERNANCE_CONTRACTS), ATTEMPTS_SLOT: 0.0, **alternance_pending(text or "", slots)}
        if any(needs_duration(o) for o in options):
            narrowed["contract_duration"] = None
        return FieldUnderstanding(kind=not_yet, updates=narrowed, messages=[request_alternance_question()])
    if asking:
        # « c'est quoi la différence ? », « lequel vous conseillez ? »: the difference, then the question again (not counted)
        return FieldUnderstanding(kind=not_yet, updates={RECAP_STATE_SLOT: RECAP_ALTERNANCE},
                                  messages=[{"text": msg.ALTERNANCE_DIFFERENCE}, request_alternance_question()])
    attempts = int(slots.get(ATTEMPTS_SLOT) or 0) + 1
    if attempts >= 3 and not options:
        # The way out, as at every question: nothing is guessed, the contract recorded stays, the recap can correct it.
        return FieldUnderstanding(kind=not_yet, updates={RECAP_STATE_SLOT: None, ATTEMPTS_SLOT: 0.0, **forgotten},
                                  messages=[{"text": msg.ALTERNANCE_KEPT.format(label=contract_label(slots))}, msg.CONTACT_POINTER])
    if attempts >= 3:
        # No contract recorded to keep: the request cannot be sent without one; the way out, the question again.
        way_out: list[Message] = [{"text": msg.CONTRACT_STILL_TO_CHOOSE}, *([msg.CONTACT_POINTER] if attempts % 3 == 0 else [])]
        question = contract_question(slots)
        return FieldUnderstanding(kind=not_yet, updates={RECAP_STATE_SLOT: RECAP_ALTERNANCE, ATTEMPTS_SLOT: float(attempts)},
                                  messages=[*way_out, {**question, "buttons": [*question.get("buttons", []), CANCEL_BUTTON]}])
    if alternance:  # (not known yet: « à préciser », above)
        reply = f"{msg.NOT_UNDERSTOOD} {msg.REQUEST_ALTERNANCE_REPHRASE if attempts == 2 else msg.REQUEST_ALTERNANCE_HINT}"
    elif UNSURE.search(plain) or leaves_it_to_the_cfa(text):  # (« je demande au CFA »: not known yet either)
        reply = msg.CONTRACT_UNSURE_FOR_REQUEST
    else:
        reply = f"{msg.NOT_UNDERSTOOD} {msg.REQUEST_CONTRACT_HINT}"
    return FieldUnderstanding(kind=not_yet, updates={RECAP_STATE_SLOT: RECAP_ALTERNANCE, ATTEMPTS_SLOT: float(attempts)},
                              messages=[{"text": reply}, contract_question(slots)])


def reason_said_earlier(memory: dict[str, Any] | None, today: dt.date | None = None) -> str | None:
    """The reason for a contract under 6 months said in the messages about the project (the opening one, the check's answers:
    « cdd 4 mois, surcroit d'activite pour une grosse commande »), a clause in a reason's shape
    (:func:`~bot.submission.not_a_name.reason_said`) validated as its answer, not in a question; None when none was."""
    memory = memory or {}
    texts = [str(memory.get("said") or ""), *(str(a.get("text") or "") for a in memory.get("answers") or [])]
    for sentence in (s for text in texts for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s):
        if sentence.rstrip().endswith("?"):
            continue
        for clause in re.split(r"\s*[,;.!]\s*|\s+mais\s+", sentence):
            if names_a_reason(clause) and reason_said(clause, reason_awaited=True):
                checked = validate_field(FIELD_VALIDATORS["derogation_justification"], clause.strip(), today or dt.date.today())
                if checked.kind == VALUE and isinstance(checked.value, str):
                    return checked.value
    return None


def contract_updates(updates: dict[str, Any], slots: dict[str, Any], cause: str = msg.CAUSE_CONTRACT) -> tuple[dict[str, Any], list[str]]:
    """The contract (or candidate: ``cause``) change with the verdict it leads to, and French sentences saying so."""
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
            texts.append(msg.NOW_INELIGIBLE.format(cause=cause, explanation=explanation).strip())
        elif verdict.verdict == "derogation" and not merged.get("derogation_justification") and (
                reason := reason_said_earlier(slots.get(MEMORY_SLOT))) is not None:
            # (the reason said before: « cdd 4 mois, surcroit d'activite pour une grosse commande » at the check was asked
            # again once the recap went back to 4 months: forty-eighth blind user test, u48-06)
            changes["derogation_justification"] = reason
            texts.append(msg.NOW_DEROGATION_REASON_TAKEN.format(cause=cause, reason=reason))
        elif verdict.verdict == "derogation":
            texts.append(msg.NOW_DEROGATION.format(cause=cause))
        else:
            texts.append(msg.NOW_ELIGIBLE.format(cause=cause))
    return changes, texts


def about_the_field(text: str, slot: str) -> bool:
    """The message asks about the field ``slot`` itself (« il faut mettre quoi ? », « c'est quoi le siret ? »)."""
    plain = normalize(text)
    if _WHAT_TO_PUT.search(plain):
        return True  # « il faut mettre quoi exactement ? » got FAQ suggestions (eighteenth blind user test)
    # (« quand même » asks no date: « …, il devra quand meme passer par la reunion d'info collective ? » at the date got the
    # date's explanation, not the FAQ's answer: twenty-third blind user test.)
    words = set(re.sub(r"\bquand meme\b", " ", plain).split())
    if "formation" in words and slot != "training_needs":
        return False  # « la formation dure combien de temps ? » is about the training, not the weekly hours
    return any(w in words for w in FIELD_WORDS.get(slot, ()))


#: « il faut mettre quoi ? », « je mets quoi ? », « qu'est-ce que je dois écrire ? » (folded): about the question asked.
_WHAT_TO_PUT = re.compile(
    r"^(?:(?:et|mais|euh|alors|bon|ok)\s+)*(?:(?:il faut|je dois|on doit|faut il|faut|je peux|on peut) (?:mettre|ecrire|repondre|indiquer|noter|dire) quoi"
    r"|(?:je|on) (?:mets|met|ecris|ecrit|reponds|repond|dis|dit) quoi|qu est ce (?:qu il faut|que je dois|qu on doit|que je|qu on) "
    r"(?:mettre|ecrire|repondre|mets|met|ecris|dire)|(?:quoi|que) (?:mettre|ecrire|repondre)|c est quoi (?:la question|ce champ|cette question)"
    r"|ca veut dire quoi|vous voulez (?:dire )?quoi)\b"
)


#: A phone number or an e-mail address after the contact's name, with the word that names it (« tel », « mail »).
_PHONE_AFTER_NAME = re.compile(
    r"(?<=[^\W\d_])\s+(?P<label>(?:t[ée]l|t[ée]l[ée]phone|portable|mobile|gsm|num[ée]ro|au)\b\.?\s*:?\s*)?(?=\+?\d[\d .]{7,}\d)", re.IGNORECASE
)
_EMAIL_AFTER_NAME = re.compile(r"(?<=[^\s,;])\s+(?P<label>(?:e-?mail|mail|courriel)\b\s*:?\s*)?(?=[\w.+-]+@[\w-]+\.\w)", re.IGNORECASE)


#: Where a clause ends for :func:`_without_other_dates` (« on est fermés en août, donc début septembre »); a reason or a bracket
#: too (« en septembre car congés en août », « septembre (fermé en août) » were refused: review of the session's changes), and
#: « vu que / vu la », « puisque », « comme », « étant donné », « avant que / avant la », a dash (« en septembre vu qu'on ferme en
#: août », « en juillet avant la fermeture d'août », « septembre - fermé en août » were asked again: second review).
_DATE_CLAUSE_END = re.compile(
    r"\s*[,;()]\s*|(?<=[.!])\s+|\s+[-–—]\s+|\s+(?=(?:donc|mais|et|puis|car|parce|puisque)\s)|"
    r"\s+(?=(?:vu|comme|puisque?|[ée]tant donn[ée]e?s?|avant)\b)",
    re.IGNORECASE,
)


def _without_other_dates(text: str) -> str:
    """The answer to the start without its clauses that date a closure (:data:`~bot.language.cues.CLOSED_FOR_A_WHILE`):
    « vendeuse, le magasin ferme en août » says no start (it was the 1st of August: found reading the recap), « …, début en
    septembre » the start in September; unchanged when no such clause (the training's start alone is read as before)."""
    clauses = [c for c in _DATE_CLAUSE_END.split(text) if c and c.strip()]
    kept = [
        c for c in clauses
        if not (CLOSED_FOR_A_WHILE.search(plain := normalize(c)) and (MONTH_MENTION.search(plain) or re.search(r"\d", c)))
        or SUMMER_BREAK.search(plain)  # a start said by the summer break (« avant les congés d'août »: July)
    ]
    return text if len(kept) == len(clauses) else ", ".join(c.strip() for c in kept)


#: :data:`MEMORY_SLOT`'s mark of a job said not known yet once at its question (asked again, approximate).
JOB_NOT_KNOWN = "job_not_known"


#: Fields whose answer is kept when a question about the scheme follows it, the question left to the FAQ. (Each field: « 44793121300014
#: et la formation elle a lieu avant ou apres l'embauche ? » at the SIRET got the FAQ's answer, then the SIRET asked again, while the
#: count, the hours and the date were kept so: forty-second blind user test, u42-02, u42-10.)
_ANSWER_BESIDE_A_QUESTION = frozenset({
    "company_name", "siret", "employer_type", "job_title", "training_needs", "weekly_hours", "positions", "start_date", "work_location",
    "contact_name", "contact_email", "contact_phone",
})


#: Words that name a training or what it teaches (folded): an answer at the needs' question with one of them is the needs, even
#: with a reason for the contract (« CACES 1, c'est pour un chantier qui dure 3 mois »).
_NAMES_A_TRAINING = re.compile(
    r"\b(?:formations?|form(?:er|e|ee)|caces|permis|habilitations?|haccp|certif\w*|titre pro\w*|diplome\w*|cap|bts|bac|fimo|sst|"
    r"apprendre|maitris\w*|competences?|connaissances?|conduite|utilisation|techniques?|bases?)\b"
)


#: Asking what to do now (folded): « qu'est-ce que je fais alors ? », « on fait comment ? », « que faire ? ».
_WHAT_TO_DO = re.compile(
    r"\b(?:qu est ce (?:que|qu) (?:je|j|on|nous) (?:fais|fait|faisons|peux|peut|pouvons|dois|doit)|que (?:faire|dois je faire|puis je faire|"
    r"peut on faire|fait on)|comment (?:on|je) (?:fait|fais)|(?:on|je) (?:fait|fais) comment|quelles? (?:solution|solutions|alternative|"
    r"alternatives|option|options)|quoi faire)\b"
)


#: Saying it cannot be done (folded): « je peux pas », « si on peut pas », « on ne pourra pas », « c'est impossible ».
_CANNOT = re.compile(r"\b(?:(?:je|j|on|nous)\s(?:ne\s|n\s)?(?:peux|peut|pouvons|pourrai|pourrais|pourra|pourrons)\spas|impossible|pas possible)\b")


def _rule_blocks_the_request(result: FieldUnderstanding, explanation: str, attempts: int) -> FieldUnderstanding:
    """Why the request cannot go on with the hours the rules refuse, and the ways out (cancel, the contact form)."""
    result.kind = UNUSABLE
    result.updates[ATTEMPTS_SLOT] = float(attempts)
    result.messages += [{"text": msg.RULE_BLOCKS_REQUEST.format(explanation=explanation[:1].lower() + explanation[1:]), "buttons": [CANCEL_BUTTON]},
                        msg.CONTACT_POINTER]
    return result


def hours_derogation_answer(with_alternative: bool) -> Message:
    """The FAQ's derogations are for the contract's length, none for the weekly hours: the rules on the hours with their sources
    (data/eligibility/rules.yml), and with ``with_alternative`` (at the request's question on them) what can be done
    (« il n'y a pas de dérogation possible pour les 24h ? » got the FAQ's derogation for CDDs under 6 months: thirty-fourth
    blind user test)."""
    return {"text": msg.HOURS_NO_DEROGATION.format(rules=rules_said(rules_on("weekly_hours"), with_alternative))}


def _fewer_hours_and_what_to_do(text: str, plain: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """Hours the rules refuse, said with what to do now (« on ne peut pas, c'est 20h maximum. Qu'est-ce que je fais alors ? »):
    the way out at once, as for hours said twice; else None."""
    if not _WHAT_TO_DO.search(plain):
        return None
    said = " ".join(s for s in re.split(r"(?<=[.!?;])\s+", text.strip()) if s and not s.rstrip().endswith("?") and not _WHAT_TO_DO.search(normalize(s)))
    if (not said or (checked := validate_field(FIELD_VALIDATORS["weekly_hours"], said, now.date())).kind != VALUE) and (
            slots.get(ATTEMPTS_SLOT) and _CANNOT.search(plain) and not re.search(r"\d", plain)):
        # « et si je peux pas ? qu'est ce que je peux faire alors », « on peut pas, alors qu'est ce que je fais ? » after hours the
        # rules refused got unrelated FAQ suggestions (forty-eighth blind user test, u48-01, u48-08): the rule, what can be done,
        # and the way out.
        rule = evaluate({"weekly_hours": 0.0}).rules[0]
        said_why = rule.explanation + (msg.ALTERNATIVE.format(alternative=rule.alternative).replace("\n", " ") if rule.alternative else "")
        return _rule_blocks_the_request(FieldUnderstanding(), said_why, int(slots.get(ATTEMPTS_SLOT) or 0) + 1)
    if not said or checked.kind != VALUE:
        return None
    verdict = evaluate({"weekly_hours": checked.value})
    if verdict.verdict != "ineligible":
        return None
    return _rule_blocks_the_request(FieldUnderstanding(), verdict.rules[0].explanation, int(slots.get(ATTEMPTS_SLOT) or 0) + 1)


#: Sentences, then the needs after their label (« … mettez avril du coup. besoins: connaissance des médicaments, … »; « Vous
#: n'avez pas répondu sur … Et je voulais dire le 2 mars 2027, … Concernant les besoins : … »: thirty-sixth blind user test).
_SENTENCE_THEN_NEEDS = re.compile(
    r"^(?P<before>[^:]*?\w[^:]*?[.!;?]+)\s*(?:(?:et\s+)?(?:pour|concernant|quant\s+aux|c[oô]t[ée])\s+)?(?:(?:les|mes|nos|vos)\s+)?"
    r"besoins?(?:\s+(?:de|en)\s+formation)?\s*:\s*(?P<needs>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
#: Words that change an answer given (folded): « en fait », « mettez », « finalement », « je voulais dire »…
_A_CHANGE_SAID = re.compile(
    rf"\b(?:{alternation(CORRECTION_PHRASES)}|mettez|mettre|mets|changez|changer|remplacez|(?:je|on|nous) (?:voulais|voulait|voulions) (?:dire|mettre|ecrire))\b"
)
#: A sentence of courtesy alone (folded): « pardon », « merci », « désolé ».
_COURTESY = re.compile(r"^(?:(?:et|bon|alors)\s+)?(?:pardon|merci(?: beaucoup| bien)?|desole\w*|excusez moi|bonne journee)$")
#: The training's length named (folded), in a complaint that a question went unanswered.
_TRAINING_LENGTH = re.compile(r"\b(?:duree|longueur|combien de temps)\b.{0,30}\bformations?\b|\bformations?\b.{0,20}\bdur\w*\b")


def _change_then_needs(text: str, slots: dict[str, Any], now: dt.datetime) -> tuple[dict[str, Any], str, list[Message]] | None:
    """(the earlier answers changed, the needs, the replies to a question left unanswered) when ``text``, at the training needs,
    changes an earlier answer or says a question went unanswered in sentences of their own, then gives the needs after their
    label; else None (a sentence that is neither keeps the message whole)."""
    found = _SENTENCE_THEN_NEEDS.match(text.strip())
    if found is None:
        return None
    changed: dict[str, Any] = {}
    replies: list[Message] = []
    for before in (x for x in re.split(r"(?<=[.!;?])\s+", found.group("before").strip()) if x.strip()):
        plain = normalize(before)
        if not plain or _COURTESY.match(plain):
            continue
        if UNANSWERED_QUESTION.search(plain) or _NOT_ANSWERED_YET.search(plain):
            # « Vous n'avez pas répondu sur la durée de la formation. » was stored with the needs (thirty-sixth blind user test):
            # the training's length answered from the FAQ, any other question to be asked again on its own.
            replies.append(_unanswered_reply(plain))
            continue
        if not _A_CHANGE_SAID.search(plain):
            return None
        field = recap_field_of(before, plain) or sniff_field(before, plain)
        if field not in _CORRECTABLE_IN_PASSING or slots.get(field) is None:
            return None
        value = recap_value(field, before, now, slots)[0]
        if value is None:
            return None
        if value != slots.get(field):
            changed[field] = value
    if not changed and not replies:
        return None
    return changed, found.group("needs"), replies


#: The FAQ's entry on how long a training lasts.
TRAINING_LENGTH_ENTRY = "duree_formation"
#: « vous n'avez pas répondu », « pas de réponse sur » (folded).
_NOT_ANSWERED_YET = re.compile(r"\b(?:pas|toujours pas|aucune) (?:de )?reponse (?:pour|sur|a propos|concernant|au sujet)\b")


def _unanswered_reply(plain: str) -> Message:
    """The answer to a question said to be left unanswered: the FAQ's on the training's length, or how to ask it again."""
    if _TRAINING_LENGTH.search(plain) and (entry := cached_faq().get(TRAINING_LENGTH_ENTRY)) is not None:
        return {"text": entry.answer_with_source}
    return {"text": msg.QUESTION_TO_ASK_AGAIN}


def _reason_awaited(slots: dict[str, Any]) -> bool:
    """Whether the check said a derogation whose reason is not given yet (the request asks it)."""
    return slots.get("eligibility") == "derogation" and not slots.get("derogation_justification")


def button_by_position(text: str, requested: str | None) -> str | None:
    """The payload of the button of ``requested``'s question that ``text`` names by its position (« 1 », « la première », « le
    dernier »), None for any other answer. Not the number of positions, whose buttons are the figures they say."""
    buttons = BUTTONS.get(requested or "") or []
    if not buttons or requested == "positions":
        return None
    bare = re.fullmatch(r"\s*(?:n\s*°\s*|no\s+|numero\s+)?(\d)\s*[.)]?\s*", text or "", re.IGNORECASE)
    index = int(bare.group(1)) - 1 if bare else position_chosen(text or "", len(buttons))
    if index is None and (chosen := button_by_order(text or "", [p for _, p in buttons])) is not None:
        return chosen
    return buttons[index][1] if index is not None and 0 <= index < len(buttons) else None


#: Words around a time of day given at the hours question (folded): the start or the end of the working day, its hours, a
#: part of the day (« il commence a 4h », « 4h du matin c lheure ou il arrive », « les horaires »).
_A_TIME_OF_DAY_CUE = re.compile(
    r"\b(?:commenc\w*|arriv\w*|debut\w*|demarr\w*|finit|finira|fini|termin\w*|sort|part|quitt\w*|ouvr\w*|ferm\w*|horaires?"
    r"|heure ou|matin|soir|apres midi|nuit)\b"
)
#: The usual hours said instead of a figure (folded): « il fera ses heures normal », « des horaires classiques ».
_USUAL_HOURS = re.compile(r"\b(?:heures?|horaires?)\s+(?:normal\w*|habituel\w*|classiques?)\b|\bcomme tout le monde\b")


def _only_a_time_of_day(text: str) -> str | None:
    """The time of day an answer to the hours question gives instead of weekly hours (« il commence a 4h » → « 4 h »): its only
    figures are times of day (:func:`without_times_of_day`) said with a word of the working day (:data:`_A_TIME_OF_DAY_CUE`);
    else None."""
    if re.search(r"\d", without_times_of_day(text)) or not _A_TIME_OF_DAY_CUE.search(normalize(text)):
        return None
    figure = re.search(r"(\d{1,2})\s*h\s*([0-5]\d)?", text)
    if figure is None:
        return None
    return format_hours(int(figure.group(1)) + int(figure.group(2) or 0) / 60)


def _siret_of_the_job(text: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """Two SIRETs given at the SIRET question (« 812 345 676 00017 c'est celui du siège à Rennes, je mets lequel ? celui de Laval
    c'est 812 345 676 00025 » kept Laval's without a word, the question unanswered: forty-second blind user test, u42-06): the one
    said of the commune of the job kept, and why; when the job's place is not known or neither names it, which one, both offered.
    None for anything else."""
    sirets = sirets_with_their_words(text)
    if len(sirets) != 2:
        return None
    place = slots.get("work_location")
    commune = place.get("commune") if isinstance(place, dict) else None
    named = re.compile(rf"\b{re.escape(normalize(commune))}\b") if commune else None
    of_the_job = [number for number, words in sirets if named is not None and named.search(normalize(words))]
    result = FieldUnderstanding()
    if len(of_the_job) == 1:
        result.kind = VALUE
        result.updates["siret"] = of_the_job[0]
        result.messages.append({"text": msg.SIRET_OF_THE_JOB_KEPT.format(place=commune, siret=display("siret", of_the_job[0]))})
        return result
    shown = [display("siret", number) for number, _ in sirets]
    result.kind = QUESTION
    result.messages.append({"text": msg.WHICH_SIRET.format(first=shown[0], second=shown[1]),
                            "buttons": [{"title": number, "payload": number} for number in shown]})
    result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
    return result


#: The fields whose value an answer may take back inside itself (« 30h, enfin non 32h en fait »): :func:`said_instead`.
#: (Not the start, whose own reader takes a date back but not another event's: « le 1er mars, enfin début février pour la formation ».)
_VALUES_TAKEN_BACK = frozenset({"positions", "weekly_hours"})


#: Words a number typed at the company's name may come with (folded): « ah non attendez c'est … », « siret : … », « voici ».
_BESIDE_A_NUMBER = frozenset(
    "ah oh euh non oui ok attendez attends pardon oups c est ce le la l mon notre son numero n no siret siren voici voila alors bon ben "
    "donc en fait plutot enfin je veux dire voulais de du".split()
)


def _a_siret_for_the_name(text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """A number alone at the company's name, with nothing but fillers (« 26440012300015 ah non attendez c'est 2 6 4 4 0 0 1 2 3 0 0 0 1
    5 »: stored as the name, never asked again, forty-fifth blind user test, u45-12): a SIRET, never the name; noted when valid and
    not answered yet, else why not said; the name asked again. None when the message says anything else."""
    if len(re.findall(r"\d", text)) < 9 or any(w not in _BESIDE_A_NUMBER for w in re.findall(r"[^\W\d_]+", normalize(text))):
        return None
    result = FieldUnderstanding(kind=UNUSABLE)
    result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
    checked = validate_field(FIELD_VALIDATORS["siret"], text, now.date())
    if checked.kind == VALUE and slots.get("siret") in (None, checked.value):
        result.updates["siret"] = checked.value
        if "siret" in (slots.get(MISSING_SLOT) or []):
            result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != "siret"]
        said = msg.SIRET_AT_THE_NAME_NOTED.format(siret=display("siret", checked.value))
    elif checked.kind == VALUE:
        said = msg.RECORDED_OTHERWISE.format(label=FIELD_LABELS["siret"], value=display("siret", slots["siret"]))
    else:
        said = msg.SIRET_AT_THE_NAME_REFUSED.format(error=checked.error or "").strip()
    result.messages.append({"text": f"{msg.SIRET_AT_THE_NAME} {said}"})
    return result


#: The company's name after its label, in a sentence or a clause of its own after others (« non y a pas de CDD, le CDD c'etait la
#: salariee actuelle. c'est juste un CDI. l'entreprise c'est Sabolia Emballages »).
_NAME_AFTER_ITS_LABEL = re.compile(
    r"(?:(?<=[.!;?])|,)\s+(?:et\s+|sinon\s+|donc\s+)?"
    r"(?:le nom de (?:l['’ ]?entreprise|la (?:structure|soci[ée]t[ée]|bo[iî]te))|l['’ ]?entreprise|la (?:structure|soci[ée]t[ée]|bo[iî]te)"
    r"|notre (?:entreprise|structure|soci[ée]t[ée]))\s*(?:c['’ ]?est|s['’ ]?appelle|est|:)\s*(?P<name>\S.*)$",
    re.IGNORECASE,
)


def _name_after_its_label(text: str, slots: dict[str, Any], intent: str | None, now: dt.datetime) -> FieldUnderstanding | None:
    """The company's name said after its label, after sentences about something else (« non y a pas de CDD, le CDD c'etait la
    salariee actuelle. c'est juste un CDI. l'entreprise c'est Sabolia Emballages » made the CDI a CDD and stored « juste un CDI.
    l'entreprise c'est … » as the name: forty-fifth blind user test, u45-07): the name read alone; the contract said last before
    it, when another than the one recorded, corrected, else said to be noted. None without such a label after other words."""
    labelled = _NAME_AFTER_ITS_LABEL.search(text)
    if labelled is None or not re.search(r"[^\W\d_]", text[: labelled.start()]):
        return None
    answered = understand_field(labelled.group("name"), "company_name", slots, intent, now)
    if answered.kind != VALUE or not answered.updates.get("company_name"):
        return None
    before = [c for c in re.split(r"[,;.!?]+", text[: labelled.start()]) if c.strip()]
    said = next((c for c in reversed(before) if extract_contract(c) is not None), None)
    contract = extract_contract(said) if said is not None else None
    if said is not None and contract is not None:
        found = _contract_said(contract, said)
        if all(slots.get(f) == v for f, v in found.items()):
            answered.messages.insert(0, {"text": msg.ALREADY_SO.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label(slots))})
        else:
            changes, texts = contract_updates(found, slots)
            answered.updates = {**changes, **answered.updates}
            answered.messages.insert(0, {"text": " ".join([msg.CORRECTED_CONTRACT.format(label=contract_label({**slots, **changes})), *texts])})
    return answered


#: The job said after its label, after a sentence about something else (« mettez plutot SARL Au Pain Dore. Et le poste c'est
#: vendeuse en boulangerie, avec un peu de snacking » was stored whole as the job: fifty-second blind user test, u52-03).
_JOB_AFTER_ITS_LABEL = re.compile(
    r"(?:(?<=[.!;?])|,)\s+(?:et\s+|sinon\s+|donc\s+|pour\s+)?(?:le poste|l['’ ]?intitul[ée](?: du poste)?|le m[ée]tier)\s*"
    r"(?:c['’ ]?est|ce sera|sera|est|:)\s*(?P<job>\S.*)$",
    re.IGNORECASE,
)
#: An order to write another company's name, as typed: « mettez plutôt SARL Au Pain Doré », « notez plutôt : … ».
_NAME_PUT_INSTEAD = re.compile(
    r"^(?:(?:non|ah|oups|pardon|euh|bon|et)\W+)*(?:mettez|mets|mettre|[ée]crivez|notez|corrigez(?: par)?)\s+(?:plut[oô]t\s*:?\s*)?(?P<name>\S.*?)[\s.!]*$",
    re.IGNORECASE,
)


def _job_after_its_label(text: str, slots: dict[str, Any], intent: str | None, now: dt.datetime) -> FieldUnderstanding | None:
    """The job said after its label, after a sentence that changes the company's name (:data:`_JOB_AFTER_ITS_LABEL`): the job
    read alone, the company's name changed and said so; None otherwise (the message is read as before)."""
    labelled = _JOB_AFTER_ITS_LABEL.search(text)
    if labelled is None or not re.search(r"[^\W\d_]", text[: labelled.start()]):
        return None
    before = text[: labelled.start()].strip(" ,;.!")
    instead = _NAME_PUT_INSTEAD.match(before)
    named = recap_field_of(before, normalize(before))
    name = instead.group("name") if instead is not None and named in (None, "company_name") else None
    if name is None and named == "company_name":
        name = recap_value("company_name", before, now, slots)[0]  # « le nom c'est plutôt SARL Au Pain Doré. Et le poste … »
    if name is None or not slots.get("company_name"):
        return None
    checked = validate_field(FIELD_VALIDATORS["company_name"], name, now.date())
    answered = understand_field(labelled.group("job"), "job_title", slots, intent, now)
    if checked.kind != VALUE or not checked.value or answered.kind != VALUE or not answered.updates.get("job_title"):
        return None
    answered.updates["company_name"] = checked.value
    answered.messages.insert(0, {"text": corrected("company_name", checked.value, slots, now.date())})
    return answered


#: Words that say a value replaces the one given (folded), beside :data:`~bot.submission.mentions.CHANGE_SAID`'s.
_REPLACING_ORDER = re.compile(r"\b(?:mets|mettre|ecrivez|corrigez|changez|je voulais dire|je veux dire|on va dire|on part sur)\b")


def _another_field_instead_of_needs(text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding | None:
    """A value of another field alone at the training needs (:func:`~bot.submission.validators.text.another_field_alone`:
    « bon mettez 30h alors », « et plutot 39h en fait », « trois postes »), which was stored as the needs and left the field as
    it was (forty-fifth blind user test, u45-09, u45-13): said as a change (« mettez », « plutôt », « en fait »…), the field is
    changed and said so (« C'est corrigé »); said bare, it is noted when not answered yet, else what is noted is said. The needs
    are asked again. None when the message is not such a value, or the value cannot be read."""
    alone = another_field_alone(text)
    rejected = alone is None and start_instead_of_another(text, now.date()) is not None
    if rejected and (another_field_alone(without_rejected_dates(text)) or ("",))[0] == "start_date":
        # « le 3 fevrier c'est un peu juste, mettez debut mars » (u45-08): a date rejected, another said, nothing else
        alone = ("start_date", text)
    if alone is None:
        return None
    field, said = alone
    value, error = recap_value(field, said, now, slots)
    result = FieldUnderstanding(kind=UNUSABLE)
    result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
    if value is None:
        if not error:
            return None
        result.messages.append({"text": error})
        return result
    plain = normalize(text)
    recorded = slots.get(field)
    if recorded is None:
        result.updates[field] = value
        noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[field]), value=display(field, value))
        result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
    elif value != recorded and (rejected or CHANGE_SAID.search(plain) or _REPLACING_ORDER.search(plain)):
        result.kind = CORRECTION
        result.updates = {field: value}
        result.messages.append({"text": corrected(field, value, slots, now.date())})
    else:
        said_back = msg.ALREADY_SO if value == recorded else msg.RECORDED_OTHERWISE
        result.messages.append({"text": said_back.format(label=FIELD_LABELS[field], value=display(field, recorded))})
    return result


def understand_field(
    text: str, requested: str | None, slots: dict[str, Any], intent: str | None, now: dt.datetime | None = None, needs_first: bool = True
) -> FieldUnderstanding:
    """Read the answer to the field being asked.

    The result's ``kind`` says what the answer was; only a ``value`` fills the
    field. A contract correction updates ``contract_type`` /
    ``contract_duration`` and the verdict; a skip fills ``MISSING_SLOT``.
    With ``needs_first`` (the default), training needs said before the answer are noted (« il lui faudrait une formation
    Java, un seul poste »); the answer is read without that.
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
    if (pressed := button_by_position(text, requested)) is not None:
        # « 1 » typed for the first button of the employer's type was refused (thirty-eighth blind user test): a figure or a
        # rank standing for a button of the question is that button.
        text = pressed
    if requested in _VALUES_TAKEN_BACK and (said_last := count_said_instead(requested, text)) is not None:
        # « 2, enfin non 3 en fait » at the number of positions was 2, its clauses read one by one (forty-fourth blind user
        # test, u44-01: « 30h, enfin non 32h en fait »): the value said last, read alone.
        text = said_last
    if remark_on_the_assistant(text):
        # « t'es nul comme robot » at the company's name was the company's name (forty-first blind user test's remark): an
        # apology, then the question again, nothing stored, not counted.
        result.kind = QUESTION
        result.messages.append({"text": msg.REMARK_ON_THE_ASSISTANT_IN_A_FORM})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    folded = normalize(text)
    if not re.search(r"[0-9@]", re.sub(r"\b\d+\s*(?:min|minutes?|sec|secondes?)\b", "", text)) and (
            back_from_a_pause(folded) or requested == CONSENT_SLOT and pausing(folded) and not (
                intent == "affirm" or is_yes(text, anywhere=True) or REFUSING.search(folded) or withheld(text) == "held_back")):
        # « re. vous en etiez ou ? » after a pause got the rule on employers (fifty-second blind user test, u52-06): where we were,
        # and the question again; « attendez je reviens je dois lire ca » at the consent got « Répondez « oui »… » (u52-14): the
        # wait every other question says. Nothing stored, not counted.
        result.kind = QUESTION
        paused = _PAUSE.search(folded) is not None
        result.messages.append({"text": msg.WHERE_WE_WERE if back_from_a_pause(folded) else msg.PAUSED if paused else msg.WAITING_FOR_IT})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested != CONSENT_SLOT and impatient(text):
        # « vite svp j'ai pas que ca a faire » at the company's question was stored as its name (forty-sixth blind user test):
        # how many questions remain (this one included), then the question again; nothing stored, not counted.
        result.kind = QUESTION
        result.messages.append({"text": msg.QUESTIONS_LEFT.format(questions=how_many_left(slots))})
        result.updates[RECAP_STATE_SLOT] = None
        return result
    if requested in FREE_TEXT_SLOTS and (unpaused := without_pauses(text)) != text.strip():
        # « attendez » stored as the company, « je reviens vers vous » as the job, « voila re. », « attendez je reflechis... », « il
        # dit » kept in the needs (fifty-second blind user test): a pause is no part of the answer; alone, the question waits.
        # (Alone or with why, « attendez je reviens, le telephone sonne » was the job « le telephone sonne »: the merged fixes of the
        # fifty-second blind user test, u52-06.)
        if not unpaused or pausing(folded):
            result.kind = QUESTION
            result.messages.append({"text": msg.WAITING_FOR_IT})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
            return result
        text = unpaused
    if requested == "company_name" and not slots.get("job_title") and (job_said := job_instead_of_a_name(text)) is not None:
        # « c'est pour un poste de serveur, et on voudrait 2 personnes » was the company (fifty-second blind user test, u52-10):
        # the job and what is said with it noted for their questions, the company's name asked again.
        job_read = understand_field(job_said, "job_title", slots, "inform", now)
        job_noted = {f: v for f, v in job_read.updates.items() if f in FIELD_LABELS}
        if job_read.kind == VALUE and job_noted.get("job_title"):
            result.kind = CORRECTION
            result.updates.update({**job_noted, RECAP_STATE_SLOT: None})
            noted_text = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in job_noted.items())
            result.messages.append({"text": msg.JOB_NOTED_BEFORE_ITS_QUESTION.format(changes=noted_text)})
            return result  # the form asks the company's name again
    if requested == "siret" and (sirets := _siret_of_the_job(text, slots)) is not None:
        return sirets  # (forty-second blind user test, u42-06)
    if requested == "company_name" and (number := _a_siret_for_the_name(text, slots, now)) is not None:
        return number  # (« 26440012300015 ah non attendez c'est 2 6 4 4 … » was the name: forty-fifth blind user test)
    if requested == "company_name" and (labelled := _name_after_its_label(text, slots, intent, now)) is not None:
        return labelled  # (« … c'est juste un CDI. l'entreprise c'est Sabolia Emballages »: forty-fifth blind user test)
    if requested == "job_title" and (labelled_job := _job_after_its_label(text, slots, intent, now)) is not None:
        return labelled_job  # (« mettez plutot SARL Au Pain Dore. Et le poste c'est vendeuse… »: fifty-second blind user test)
    if requested == "training_needs" and (instead := _another_field_instead_of_needs(text, slots, now)) is not None:
        return instead  # (« bon mettez 30h alors », « et plutot 39h en fait » were the needs: forty-fifth blind user test)
    if requested == "training_needs" and (change_first := _change_then_needs(text, slots, now)) is not None:
        # « bof en fait mettez avril du coup. besoins: connaissance des medicaments, … » kept February and stored the whole
        # message as the needs (thirty-third blind user test): the change applied, the needs read after their label (and a
        # question said unanswered answered: thirty-sixth blind user test).
        changed, needs, replies = change_first
        answered = understand_field(needs, requested, {**slots, **changed}, intent, now)
        if answered.kind == VALUE and answered.updates.get(requested):
            answered.updates = {**changed, **answered.updates}
            answered.messages[:0] = replies
            if changed:
                noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, v)) for f, v in changed.items())
                answered.messages.insert(0, {"text": msg.CORRECTED_FIELDS.format(changes=noted)})
            return answered
    if UNANSWERED_QUESTION.search(normalize(text)) and not re.search(r"\d|@", text):
        # « Vous n'avez pas répondu à ma question… » at the start date got « Je n'ai pas reconnu de date » (thirtieth blind
        # user test): no value, left to the FAQ's turn.
        result.interruption = True
        return result
    if requested != CONSENT_SLOT and (announced := question_announced(text)) is not None:
        # « Avant de répondre : qui paie la formation et est-ce que les candidats sont rémunérés pendant celle-ci ? » at the
        # training needs was stored as the needs (fortieth blind user test): a question announced before the answer is left to
        # the FAQ; one about the field asked is read alone (its explanation follows).
        if not about_the_field(announced, requested):
            result.interruption = True
            return result
        text = announced
    if (changed_after := _answer_then_name_changed(text, requested, slots, intent, now)) is not None:
        return changed_after  # (before the answer then a question: the change asked is one, « … : EHPAD Les Glycines ? »)
    if requested not in FREE_TEXT_SLOTS and requested != CONSENT_SLOT and (first := _answer_then_question(text, requested, now)):
        # « 35h en 2x8. Au fait combien de postes vous avez noté ? pour cholet c'est 6 »: the answer came first (« pour
        # cholet c'est 6 » was read as 6 hours, not eligible; with the classifier's « out of scope », the 35 h were lost:
        # twentieth blind user test). The answer is read alone; a question about what was noted is answered too.
        answer, question = first
        answered = understand_field(answer, requested, slots, "inform", now)
        if asks_what_was_noted(question) and answered.kind == VALUE:
            answered.messages.append({"text": _noted_so_far(question, normalize(question), requested, {**slots, **answered.updates})})
        elif answered.kind == VALUE and requested in _ANSWER_BESIDE_A_QUESTION and answer_beside_a_scheme_question(text) is not None:
            # « 2 postes. Question : la formation peut se faire à distance ? »: the question left to the FAQ, the answer kept
            # (it went unanswered: thirtieth blind user test)
            answered.interruption = True
        return answered
    if requested == "weekly_hours" and asks_about_a_derogation(text):
        # « est ce qu'il existe une derogation pour les temps partiels ? » at the weekly hours got the field's definition, « je
        # vous demande si on peut avoir une dérogation, pas la définition » « pas trouvé de durée », « on peut deroger au 24h ? »
        # stored 24 h (forty-first blind user test): a question about a derogation gives no value. The FAQ's only derogation is
        # for the contract's length (named: the FAQ's turn answers it); for the hours, none: said here, whatever the classifier
        # read, with what can be done, then the question again.
        if LENGTH_NAMED.search(normalize(text)):
            result.interruption = True
            return result
        result.kind = QUESTION
        result.messages.append(hours_derogation_answer(True))
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested not in ("training_needs", "derogation_justification"):
        text = without_candidate_past(text)  # (« vendeuse, on l'a embauchée en intérim en mai »: the job, not a contract)
    if requested == "start_date" and (undated := _without_other_dates(text)) != text:
        # (« vendeuse, le magasin ferme en août » was the 1st of August: found reading the recap)
        if validate_field("start_date", undated, now.date()).kind != VALUE:
            # the closure's month said back, and the start asked again (« Je n'ai pas reconnu de date » said no date was written)
            result.kind = UNUSABLE
            return _not_usable(result, requested, msg.START_NOT_THE_CLOSURE, slots, whole_reply=True)
        text = undated
    if requested == "contact_name":
        # « Marc Lebreton 0612345678 marc.lebreton@… » without commas was refused as a name (ninth blind user test):
        # the phone and the address open parts of their own, as with commas.
        # (With the word that names it: « Giuseppe Russo tel 0241876543 mail giuseppe@… » kept « tel » in the name:
        # twentieth blind user test.)
        text = _PHONE_AFTER_NAME.sub(lambda m: f", {m.group('label') or ''}", text)
        text = _EMAIL_AFTER_NAME.sub(lambda m: f", {m.group('label') or ''}", text)
    plain = normalize(text)
    asked = text.strip().endswith("?")
    if (requested == "contact_email" and "@" not in text and not asked and (slots.get(MEMORY_SLOT) or {}).get(NO_EMAIL_OFFERED)
            and len(plain.split()) <= 12 and _NONE_AFTER_ALL.search(plain) and not re.search(r"\d", _DIGIT_RUNS.sub(" ", text))):
        # « non j'en ai pas », « bon ben j'ai pas », « personne » once someone else's address was offered (forty-second blind
        # user test: « bon ben j'ai pas » got « il manque le signe @ »): no e-mail, said again
        return _no_email(result, slots)
    if requested == "contact_email" and "@" not in text and len(re.findall(r"\d", text)) < 9 and _NO_EMAIL_WAY.search(plain):
        # « Je n'utilise pas l'e-mail … écrivez-moi par courrier », a phone of the Region asked, « un téléphone ne suffit pas ? »
        # got « il manque le signe @ » or the FAQ's no-answer (thirty-seventh blind user test): said as « je n'ai pas d'e-mail »
        # is, why the Region needs an address and what address may do. (A phone typed with it is kept below, as before.)
        return _no_email(result, slots, text)
    if requested in CONTACT_FIELDS and slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED) and _WITHDRAWS_CONSENT.search(plain):
        # « attendez j'ai pas dit oui, je refuse pour l'instant », « je retire mon consentement » at the contact's
        # name were taken for the name (ninth blind user test): the consent is withdrawn, as if refused.
        result.kind = VALUE
        result.updates[CONSENT_SLOT] = CONSENT_REFUSED
        return result
    if requested == "contact_phone" and "?" not in text and (two_phones := phones_offered(text)) is not None:
        # « 02 41 22 33 44 ou 06 12 34 56 78 » got « Lequel faut-il retenir ? » without buttons, then the question again (a defect
        # left open by the previous session's blind user tests): both numbers offered as buttons, the question this turn asks
        # (action_ask_contact_phone says nothing after it: :func:`asked_which_phone`); a choice to make, not counted.
        result.kind = UNUSABLE
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        result.messages.append(which_phone(two_phones))
        # (around a question, « 06 12 34 56 78. c'est obligatoire ? sinon le fixe 02 41 00 00 00 », the question is answered
        # with the two values as buttons: WHICH_OF_TWO)
        return result
    if requested == "contact_email" and (readings := initial_apart(text)) is not None:
        # « t rabaud @ gmail.com » is « trabaud@… » or « t.rabaud@… »: not chosen for the employer, both offered as buttons, the
        # question this turn asks (action_ask_contact_email says nothing after it: :func:`asked_which_email`); a choice to make,
        # not counted (task of the session's helper h35-b).
        result.kind = UNUSABLE
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        result.messages.append(which_email(readings))
        return result
    if requested in ("siret", *SAME_AS_SENT_FIELDS) and (same := _same_as_sent(text, requested, slots)) is not None:
        return same
    if requested in SAME_AS_SENT_FIELDS and (taken := _same_as_sent_clauses(text, requested, slots, intent, now)) is not None:
        return taken
    if (corrected_first := _earlier_answer_corrected_first(text, requested, slots, intent, now)) is not None:
        return corrected_first
    if requested in SAME_AS_SENT_FIELDS and (trailing := _SAME_AFTER_THE_VALUE.search(text)) and trailing.start() > 0:
        # « agents d'entretien, pareil » was stored whole as the job (thirty-first blind user test): the value said, then that
        # it is as before.
        text = text[: trailing.start()]
        plain = normalize(text)
    if requested != CONSENT_SLOT and (beside := answer_beside_an_off_topic_question(text)) is not None:
        # « permis C et CE, FIMO, et c quoi la meteo demain a nantes ? » at the training needs got « Je n'ai pas de réponse à
        # cette question… », the needs lost (twenty-fourth blind user test): the answer kept, the other question declined.
        answered = understand_field(beside, requested, slots, "inform", now)
        if answered.kind == VALUE:
            answered.messages.append({"text": msg.OTHER_QUESTION_OFF_TOPIC})
            return answered
    if asks_what_was_noted(text) and not re.search(r"\d|@", text):
        # « c quoi le nom d'entreprise que vous avez noté ? » got three FAQ questions (twentieth blind user test).
        result.kind = QUESTION
        result.messages.append({"text": _noted_so_far(text, plain, requested, slots)})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if (requested in _ANSWER_BESIDE_A_QUESTION and (beside := answer_beside_a_scheme_question(text)) is not None
            and not UNSURE.search(normalize(beside))):  # (« je sais pas, c'est quoi les formations possibles ? » is a question)
        # « CACES 3, et c'est financé à 100% ? » at the training needs got what the needs are, the needs lost (session of
        # 2026-12-02): the answer kept, the question left to the FAQ (which records the answer too: bot.dialogue.turns).
        answered = understand_field(beside, requested, slots, "inform", now)
        if answered.kind == VALUE and answered.updates.get(requested):
            answered.interruption = True
            return answered
    if requested in SKIPPABLE and _GIVE_IT_LATER.search(plain) and not re.search(r"\d", plain):
        # Given later: skipped now, and where to give it said (the recap's « Modifier »), whatever the classifier read
        # (before the out-of-scope question: « …, c'est le comptable qui l'a. je peux le donner plus tard ? » got « Je n'ai pas
        # de réponse à cette question »: thirty-second blind user test).
        skipped = _skipped(result, requested, slots)
        if skipped.kind == SKIP:
            skipped.messages[-1] = {"text": msg.GIVE_IT_AT_THE_RECAP.format(label=FIELD_LABELS[requested])}
        return skipped
    if intent == OUT_OF_SCOPE_INTENT and asked and _QUESTION_WORD.search(plain) and not about_the_field(text, requested):
        # « c'est quoi le smic horaire en 2027 ? » at the number of positions got what that question is for
        # (thirteenth blind user test): no answer here, said so, then the question again.
        result.kind = QUESTION
        result.messages.append({"text": msg.OUT_OF_SCOPE["text"]})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == "siret" and not re.search(r"\d", plain) and (what := siret_help(text)) is not None:
        # What a SIRET is, whatever follows the question (« …? on est un gaec on a un numero pacage » was left to the rules,
        # which read a correction: « D'accord, corrigeons : SIRET. »); a farm is told it has one too, and the skip offered.
        result.kind = QUESTION
        said = [what["text"], *([msg.SIRET_OF_A_FARM] if _A_FARM.search(plain) else []), msg.WHERE_TO_FIND_OR_SKIP.format(label=FIELD_LABELS[requested])]
        result.messages.append({"text": " ".join(said), "buttons": [SKIP_BUTTON]})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == "weekly_hours" and (blocked := _fewer_hours_and_what_to_do(text, plain, slots, now)) is not None:
        # « on ne peut pas, c'est 20h maximum. Qu'est-ce que je fais alors ? » got the FAQ's training length (thirty-third
        # blind user test): not eligible with them, and the way out, whatever the classifier read.
        return blocked
    if (requested not in (*FREE_TEXT_SLOTS, CONSENT_SLOT) and asked and (SUPPOSING.search(plain) or re.match(r"(?:et\s+)?si\b", plain))
            and validate_field(FIELD_VALIDATORS[requested], text, now.date()).kind == VALUE):
        # « et si on ne peut pas monter à 24h, est-ce qu'une dérogation est possible … ? » stored 24 h and skipped the hours
        # (thirty-third blind user test): a question that supposes a value gives none; the FAQ answers, then the question again.
        result.interruption = True
        return result
    unsure_question = intent == FALLBACK_INTENT and asked and _QUESTION_WORD.search(plain) is not None
    # (« je peux pas donner juste mon tel ? 0243998877 » at the e-mail got « je n'ai pas de réponse », the phone lost:
    # fourteenth blind user test. The phone is kept, and why the e-mail is needed said.)
    phone_instead = requested == "contact_email" and "@" not in text and len(re.findall(r"\d", text)) >= 9
    if (unsure_question or intent in INTERRUPTION_INTENTS and _INTERRUPTION_WORDS.search(plain + (" ?" if asked else ""))) and not phone_instead:
        if not (text.strip().endswith("?") and about_the_field(text, requested)):
            result.interruption = True
            return result
    if requested != "contact_email" and (fixed := suggested_address_taken(text, plain, slots)) is not None:
        # « oui pardon gmail.com » at the phone question, after « vouliez-vous écrire « …@gmail.com » ? », left the
        # address « …@gmial.com » (twentieth blind user test): the address suggested, then the question read.
        rest = without_the_provider(text, fixed)
        answered = understand_field(rest, requested, slots, intent, now) if re.search(r"[^\W_]", rest) else FieldUnderstanding(kind=CORRECTION)
        answered.updates = {"contact_email": fixed, **answered.updates}
        answered.messages.insert(0, {"text": msg.CORRECTED_FIELD.format(label=FIELD_LABELS["contact_email"], value=fixed)})
        if answered.kind == UNUSABLE:  # only the address was given: this question again, not a failure
            answered = FieldUnderstanding(kind=CORRECTION, updates={"contact_email": fixed, RECAP_STATE_SLOT: None}, messages=answered.messages[:1])
        return answered
    sentences = [p for p in re.split(r"(?<=[.!;])\s+", text.strip()) if p]
    for index, sentence in enumerate(sentences[1:], start=1):
        # « 35h comme dit. et finalement ce sera 3 postes, pas 2 »: the answer, then a correction in its own
        # sentence (it got « plusieurs durées »: seventh blind user test). Both are kept.
        earlier = _earlier_field_corrected(sentence, normalize(sentence), requested, slots, now)
        value = recap_value(earlier, sentence, now, slots)[0] if earlier else None
        if earlier is not None and value is not None:
            return _answered_with_a_change(" ".join(sentences[:index] + sentences[index + 1:]), requested, slots, intent, now, earlier, value)
    if len(sentences) > 1 and (contract_after := _contract_changed_after(sentences, requested, slots, now)) is not None:
        # « cuisinier. Par contre … je préfère commencer par un CDD de 8 mois plutôt qu'un CDI » at the job, « temps plein, 39
        # heures en saison. Et puis non, tout bien réfléchi on reste sur le CDI, il le mérite. » at the hours: the job lost and the
        # contract turned into the CDI, then the CDI ignored (thirty-third blind user test). The answer, and the contract said
        # after it in its own sentence, said back.
        rest, changes, said_back = contract_after
        answered = understand_field(rest, requested, {**slots, **changes}, intent, now)
        answered.updates = {**changes, **answered.updates}
        answered.messages.insert(0, {"text": said_back})
        return answered
    if requested in ACCOUNT_SLOTS and (split := _account_then_change(text, requested, slots, now)) is not None:
        # « lecture de plans et pose de menuiseries alu, 35h, et au fait ce sera 3 postes pas 2 » at the training needs was
        # read as the hours said again, the needs lost (talking to make run): as with a sentence of its own (above), the
        # account, then the change after a comma.
        account, earlier, value = split
        return _answered_with_a_change(account, requested, slots, intent, now, earlier, value)
    if (changed_after := _answer_then_changes(text, requested, slots, intent, now)) is not None:
        # « Lucie Bernard. au fait mettez 3 agents finalement, et ce sera plutot mi-avril le debut » at the contact's name got
        # « J'ai déjà noté : Date d'embauche souhaitée : 1er mai 2027 » and the name refused (forty-second blind user test,
        # u42-11); « Menuiseries Bocage Industries, enfin le site concerné c'est celui de Beaupréau pas Cholet » kept Cholet
        # (u42-08): the answer, then every change said after it (a sentence or a clause that opens with a change), each applied
        # and said back.
        return changed_after
    if requested == "work_location" and names_the_region(text) and extract_place(text) is None:
        # « Pays de la Loire », « région PDL » got « Je n'ai pas reconnu de commune », counted (session of 2026-12-02): the
        # region is right, said so, and the commune asked, never counted (as the check does at its place question).
        result.kind = QUESTION
        result.messages.append({"text": msg.REGION_NAMED_ASK_COMMUNE})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == "company_name" and not slots.get("siret") and (name_alone := _name_then_siret_later(text)) is not None:
        # « Imprimerie Atlantique Graphic, le siret je l'ai pas en tête » kept the name, then asked the SIRET bare (thirty-second
        # blind user test): the name, and the SIRET left to give at the recap or to the Region, as « je le donne après » at its
        # question.
        answered = understand_field(name_alone, requested, slots, intent, now)
        if answered.kind == VALUE and answered.updates.get(requested):
            missing = [f for f in (slots.get(MISSING_SLOT) or []) if f != "siret"] + ["siret"]
            answered.updates.update({"siret": None, MISSING_SLOT: missing})
            answered.messages.append({"text": msg.SIRET_LATER_WITH_THE_NAME.format(label=FIELD_LABELS["siret"])})
            return answered
    if requested == "company_name" and (name_reason := name_then_reason(text)) is not None:
        # « Menuiserie Durand, c'est pour un remplacement » was stored whole as the name (session of 2026-12-02): the name, and
        # the reason noted for its question when the check said a derogation (as a reason typed alone, below).
        answered = understand_field(name_reason[0], requested, slots, intent, now)
        reason = validate_field(FIELD_VALIDATORS["derogation_justification"], name_reason[1], now.date())
        if answered.kind == VALUE and answered.updates.get(requested) and _reason_awaited(slots) and reason.kind == VALUE:
            answered.updates["derogation_justification"] = reason.value
            answered.messages.append({"text": msg.REASON_NOTED_BEFORE_ITS_QUESTION.format(reason=reason.value)})
        if answered.kind == VALUE and answered.updates.get(requested):
            return answered
    if requested == "company_name" and (name_job := _name_then_job(text, now)) is not None:
        # « Garage Renault Nantes. Mécanicien » was stored whole as the name (blind user tests 26–28, left open in session 23): the name, and the
        # job noted for its question when not answered yet, as the other facts said before their question.
        answered = understand_field(name_job[0], requested, slots, intent, now)
        if answered.kind == VALUE and answered.updates.get(requested):
            if not slots.get("job_title") and "job_title" not in answered.updates:
                answered.updates["job_title"] = name_job[1]
                noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["job_title"]), value=display("job_title", name_job[1]))
                answered.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
            return answered
    if requested == "company_name" and reason_said(text, reason_awaited=(awaited := _reason_awaited(slots))):
        # « c'est pour un gros chantier de renovation qui dure 3 mois… » right after the check's « je vous demanderai d'en
        # expliquer la raison » was stored as the company (twenty-fourth blind user test): the reason, noted for its own
        # question; the name asked again. Without a reason awaited, a sentence about the job is no name either.
        reason = validate_field(FIELD_VALIDATORS["derogation_justification"], text, now.date())
        if awaited and reason.kind == VALUE:
            result.kind = CORRECTION
            result.updates.update({"derogation_justification": reason.value, RECAP_STATE_SLOT: None})
            result.messages.append({"text": msg.REASON_NOTED_BEFORE_ITS_QUESTION.format(reason=reason.value)})
            return result  # the form asks the company's name again
        result.kind = UNUSABLE
        return _not_usable(result, requested, msg.ANSWER_NOT_FOUND.format(noun=msg.FIELD_NOUNS[requested]), slots, whole_reply=True)
    if (requested == "training_needs" and _reason_awaited(slots) and not _NAMES_A_TRAINING.search(plain)
            and reason_said(text, reason_awaited=True)
            and (reason := validate_field(FIELD_VALIDATORS["derogation_justification"], text, now.date())).kind == VALUE):
        # « c pour la saison des foins et de l'ensilage, on a un pic de boulot de mai a aout » was stored as the needs, then the
        # reason asked (« je viens de le dire »: twenty-fifth blind user test): the reason, noted for its own question, as at
        # the company's name; the needs asked again. Needs that name a training stay the needs (« CACES 1, c'est pour un
        # chantier qui dure 3 mois »).
        result.kind = CORRECTION
        result.updates.update({"derogation_justification": reason.value, RECAP_STATE_SLOT: None})
        result.messages.append({"text": msg.REASON_NOTED_BEFORE_ITS_QUESTION.format(reason=reason.value)})
        return result  # the form asks the needs again
    if requested == "job_title" and (known := job_known_part(text)) is not None and known != text:
        text, plain = known, normalize(known)  # « cariste, je sais pas encore combien » is « cariste »
    if requested == "job_title" and known is None:
        # « on sait pas encore exactement, on verra avec le client » was stored as the job (twenty-fourth blind user test): an
        # approximate one asked; said again, left to the Region's staff, as a skipped SIRET is (« À préciser », listed in
        # ``missing_fields``).
        memory = dict(slots.get(MEMORY_SLOT) or {})
        if memory.get(JOB_NOT_KNOWN):
            result.kind = VALUE
            result.updates.update({"job_title": msg.JOB_TITLE_TO_SPECIFY, ATTEMPTS_SLOT: 0.0, MEMORY_SLOT: {**memory, JOB_NOT_KNOWN: False}})
            result.messages.append({"text": msg.JOB_TITLE_TO_SPECIFY_NOTED})
            return result
        result.kind = UNUSABLE
        result.updates[MEMORY_SLOT] = {**memory, JOB_NOT_KNOWN: True}
        return _not_usable(result, requested, msg.JOB_TITLE_UNSURE, slots, whole_reply=True)
    back = _going_back(text, plain, requested, slots)
    if back is not None:
        # « revenir en arrière, je veux mettre le siret finalement » became the job title (tenth blind user test).
        result.kind = CORRECTION
        result.updates.update({back: None, BEFORE_CORRECTION_SLOT: {"field": back, "value": slots.get(back)}, ATTEMPTS_SLOT: 0.0})
        if back in (slots.get(MISSING_SLOT) or []):
            result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != back]
        result.messages.append({"text": msg.GOING_BACK.format(label=FIELD_LABELS[back])})
        return result  # the form asks that field, the first one missing
    if requested == "derogation_justification" and (lengthened := _new_duration(text, plain, slots, now.date())) is not None:
        # (Before the start date alone: « non finalement on reste a 6 mois, debut le 1er mars » kept the 5 and a half months, the
        # derogation asked: fifty-first blind user test, u51-14.)
        return lengthened
    other = _earlier_field_corrected(text, plain, requested, slots, now)
    if other is not None:
        # « oups pardon c 3 postes pas 2 » at another question: that field changed, this question again.
        value, error = recap_value(other, text, now, slots)
        result.kind = CORRECTION
        if value is not None:
            result.updates[other] = value
            result.messages.append({"text": corrected(other, value, slots, now.date())})
        else:
            result.messages.append({"text": error or msg.CORRECT_AT_RECAP.format(label=FIELD_LABELS[other])})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result  # the form asks its question again
    unsure = bool(UNSURE.search(plain))
    if requested == CONSENT_SLOT and _IF_I_REFUSE.search(plain):
        # « mais si je refuse ça se passe comment ? » was a refusal, and the request left (eighteenth blind user test).
        result.kind = QUESTION
        result.messages.append({"text": msg.CONSENT_IF_REFUSED})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == CONSENT_SLOT:
        plain = with_apostrophes(plain)  # « daccord si c'est confidentiel » (review of the twenty-third blind user test's fixes)
        # (What holds a yes back, deferrals and refusals included, whatever the classifier read: « bon ok je vérifie et je
        # reviens », « pas de souci, je reviendrai », « non merci » with « affirm » were recorded as the consent: answer corpus.)
        withheld_as = withheld(text)
        mail_only = _MAIL_ONLY.search(plain) is not None and not REFUSING.search(plain) and withheld_as not in ("defer", "held_back")
        accepted = mail_only and (intent == "affirm" or is_yes(re.split(r",|\.|\bmais\b", text)[0]) or _ACCEPTS.search(plain) is not None
                                  or _CONSENTING.match(plain) is not None)
        if mail_only and not accepted:
            # « c'est possible de donner que le mail ? » was a refusal, or the data notice (seventeenth blind user test).
            result.kind = QUESTION
            result.messages.append({"text": msg.CONSENT_PHONE_OPTIONAL})
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
            return result
        if accepted:
            # « d'accord mais pas de téléphone »: the consent, and the phone is not asked.
            result.kind = VALUE
            result.updates[CONSENT_SLOT] = now.isoformat(timespec="seconds")
            missing = [f for f in (slots.get(MISSING_SLOT) or []) if f != "contact_phone"] + ["contact_phone"]
            result.updates.update({"contact_phone": None, MISSING_SLOT: missing})
            result.messages.append({"text": msg.PHONE_LEFT_OUT})
            contact = contact_after_consent(text, {**slots, **result.updates}, now)
            if contact is not None:  # « oui j'accepte, contact Paul Martin paul.martin@…, seulement par mail » (review)
                result.updates.update({k: v for k, v in contact.updates.items() if k != "contact_phone"})
                result.messages.extend(contact.messages)
            return _with_contact_aside(result, slots)
        if unsure and not REFUSING.search(plain):
            # « je sais pas » is not a refusal: the notice again, with what the data is for.
            result.kind = QUESTION
            result.messages.extend(data_use_messages(msg.CONSENT_UNSURE))
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif (text.strip().endswith("?") and len(re.findall(r"[^\W\d_]{2,}", text)) >= 2 and not REFUSING.search(plain)
              and not is_yes(text.strip().rstrip("?"))):
            # « c'est quoi que vous faites de mes données exactement ? vous les revendez ? » was recorded as the
            # consent (ninth blind user test): a question gets what the data is for, and the question again.
            result.kind = QUESTION
            result.messages.extend(data_use_messages(msg.CONSENT_DATA_USE))
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif ASKS_TO_EXPLAIN.search(plain) or (text.strip().endswith("?") and is_yes(text.strip().rstrip("? "))):
            # « vas y explique », « vasy dis moi combien ça coûte », « go ? » recorded the consent (review of the twenty-second
            # blind user test's fixes): what the data is for, and the question again.
            result.kind = QUESTION
            result.messages.extend(data_use_messages(msg.CONSENT_DATA_USE))
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif (intent == "affirm" or is_yes(text, anywhere=True) or no_taken_back(text)) and withheld_as is None and not _BUT_THE_MAIL.search(plain):
            # (« non je ne m'y oppose pas, allez-y », « non non c'est ok j'accepte » were refusals unless the classifier read
            # « affirm »: session of 2026-12-02.)
            # (Not « pas de souci mais je refuse », « oui mais je dois demander à mon patron »: consent was recorded on them
            # with the classifier's « affirm »: seventh review of the twentieth test's fixes.)
            result.kind = VALUE
            result.updates[CONSENT_SLOT] = now.isoformat(timespec="seconds")
            contact = contact_after_consent(text, {**slots, **result.updates}, now)
            if contact is not None:  # « oui j'accepte, c'est Paul Guérin au 02 40 …, paul@… »: all asked again before
                result.updates.update(contact.updates)
                result.messages.extend(contact.messages)
        elif (intent == "deny" and withheld_as != "defer" and not HELD_BACK.search(plain) and not ASKED_CONDITION.search(text)
              or is_no(text) and not no_taken_back(text) or withheld_as == "no"):
            result.kind = VALUE
            result.updates[CONSENT_SLOT] = CONSENT_REFUSED
        elif about_the_field(text, CONSENT_SLOT):
            # « vous en faites quoi de mes données ? »: the notice, which says it, is asked again (not a failed answer).
            result.kind = QUESTION
            result.messages.extend(data_use_messages(msg.CONSENT_DATA_USE))
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        elif withheld_as is None and (aside := _contact_aside(text, slots, now)) is not None:
            # « Sophie Martin, directrice », « s.martin@… », « 0241000000 » typed at the consent question each got « Répondez
            # « oui »… », counted, and were asked again once agreed (twenty-sixth blind user test): no consent by themselves,
            # they are kept aside until the employer agrees, and the question asked again. (Not a yes held back on someone:
            # « oui, voir avec Paul Martin ».)
            result.kind = QUESTION
            result.updates[CONTACT_ASIDE_SLOT] = aside
            if aside.get("contact_name") and not slots.get("contact_name"):
                # « c'est moi, Kevin Moreau »: « Quelle est votre adresse e-mail ? » once agreed, not « son » (fortieth blind user test)
                result.updates.update(contact_is_self_updates(text, slots))
            result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
            already = slots.get(CONTACT_ASIDE_SLOT)
            result.messages.append({"text": msg.CONTACT_ALSO_KEPT_UNTIL_CONSENT if already else msg.CONTACT_KEPT_UNTIL_CONSENT})
        else:
            result.kind = UNUSABLE
            # Its second try said « Répondez « oui »… Par exemple « oui »… » (eighth blind user test): one sentence.
            # A yes held back got « Répondez « oui » pour accepter… », as if it had not been read (found talking to make run).
            held_back = withheld_as in ("defer", "held_back") and (intent == "affirm" or is_yes(text, anywhere=True) or agreeing_litote(plain, True) is not None
                                                          or AGREEING_LITOTES.search(plain) is not None)
            _not_usable(result, requested, msg.CONSENT_HELD_BACK if held_back else msg.CONSENT_YES_OR_NO, slots, whole_reply=True,
                        second=None if held_back else msg.SUBMISSION_SECOND_TRY[CONSENT_SLOT])
        return _with_siret_in_passing(_with_contact_aside(result, slots), text, slots, now)
    # « je sais pas » to the SIRET or the phone, which may be skipped, is a skip: it asked the question again,
    # after offering to skip it (eighth blind user test). An answer after it (« je sais pas, 06… ») is read.
    if requested == "siret" and not re.search(r"\d", plain) and _WHERE_TO_FIND.search(plain):
        # « je sais pas où le trouver » at the SIRET skipped it without saying where to find it (twenty-second blind user
        # test): where, and the skip offered.
        result.kind = QUESTION
        where = " ".join([msg.FIELD_EXPLANATIONS.get(FIELD_VALIDATORS[requested], ""),
                          msg.WHERE_TO_FIND_OR_SKIP.format(label=FIELD_LABELS[requested])]).strip()
        result.messages.append({"text": where, "buttons": [SKIP_BUTTON]})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    unknown = requested in SKIPPABLE and unsure and not re.search(r"\d", plain)
    # « ok », « d'accord » once the skip was offered is no SIRET nor phone: it takes the offer (ninth blind user test).
    # (A bare one: « oui je l'ai, je vous le donne », « ok je vais le chercher » are no skip: eleventh-session review.)
    takes_offer = (requested in SKIPPABLE and int(slots.get(ATTEMPTS_SLOT) or 0) >= 1 and is_yes(text)
                   and len(_LEADING_FILLER.sub("", plain).split()) <= 2 and not re.search(r"\d", plain))
    if requested != CONSENT_SLOT and not re.search(r"[0-9@]", re.sub(r"\b\d+\s*(?:min|minutes?|sec|secondes?)\b", "", text)) and (
            pausing(plain)) and not (
            requested == "company_name" and re.search(r"[A-ZÀ-Ý]", text[1:])):  # (« Boulangerie A Demain »)
        # « non je dois y aller, on reprendra demain » at the number of positions: « pas trouvé de nombre »; « attendez je
        # vais chercher le siret »: « pas trouvé de numéro SIRET » (eighteenth blind user test). Not a failed answer.
        result.kind = QUESTION
        result.messages.append({"text": msg.PAUSED if _PAUSE.search(plain) else msg.WAITING_FOR_IT})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == "derogation_justification" and (lengthened := _new_duration(text, plain, slots, now.date())) is not None:
        # « bon alors on remet 6 mois » was stored as the reason (tenth blind user test); « on passe à 6 mois » was a skip,
        # « mais je vous ai dit qu'on passait à 6 mois » the reason (eighteenth blind user test).
        return lengthened
    if requested != CONSENT_SLOT and _asks_if_required(plain, requested):
        # « c'est obligatoire ? » at the SIRET got where to find it, not whether it can be passed (seventeenth blind user test).
        result.kind = QUESTION
        label = FIELD_LABELS[requested]
        if requested in SKIPPABLE:
            result.messages.append({"text": msg.FIELD_NOT_REQUIRED.format(label=label), "buttons": [SKIP_BUTTON]})
        else:
            result.messages.append({"text": msg.FIELD_REQUIRED.format(label=label)})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if requested == "siret" and (about := siret_question(text, at_the_siret=True)) is not None:
        # « c'est 9 chiffres le siren ça marche ? », « celui du siège ou celui de l'établissement de Château-Gontier ? » got where
        # to find it, counted as a failed answer (thirtieth blind user test).
        result.kind = QUESTION
        result.messages.append({"text": about, "buttons": [SKIP_BUTTON]})
        result.updates[RECAP_STATE_SLOT] = None
        return result
    # (A number or an address found wins: « je passe par le standard, 02 40 12 34 56 »: review. Read only when the message
    # asks to skip.)
    # (At a required free-text field, « je sais pas je peux passer » is no value: it became the company's or the contact's
    # name: review.)
    if ((_SKIP.search(plain) and not (requested in FREE_TEXT_SLOTS and _a_need_for_later(text)))
            or requested in SKIPPABLE and (_SKIP_WITHOUT.search(plain) or _SKIP_NOT_HAVING_IT.search(plain) or _SOMEONE_ELSE_GIVES_IT.search(plain))
            or unknown
            or takes_offer or requested in FREE_TEXT_SLOTS and _SKIP_NOT_HAVING_IT.search(plain)) and not (
            requested not in FREE_TEXT_SLOTS and validate_field(FIELD_VALIDATORS[requested], text, now.date()).kind == VALUE):
        if requested in SKIPPABLE:
            return _skipped(result, requested, slots)
        result.kind = UNUSABLE
        return _not_usable(result, requested, msg.FIELD_REQUIRED.format(label=FIELD_LABELS[requested]), slots)
    asking = _QUESTION_FIRST.match(text.strip()) if requested != CONSENT_SLOT and not phone_instead else None
    if asking and not re.search(r"[^\W_]", asking.group("rest")):
        asking = None  # « assistant comptable (je l'ai déjà dit non ?) »: the answer, with an aside (sixteenth user test)
    if asking and _ONLY_A_PROTEST.match(normalize(asking.group("question"))) and not asking.group("rest").rstrip().endswith("?"):
        # « je viens de vous les donner ?? habilitation électrique B1V BR, … » was left to the FAQ, the needs lost (thirty-first
        # blind user test): a protest that it was said, then the value, read as « je vous l'ai dit : … » is.
        text = asking.group("rest").lstrip("?! ")
        plain, asking = normalize(text), None
    if asking and requested == "start_date" and (past := _past_start_before(asking.group("question"), now)) is not None:
        # « Idéalement le 2 mars 2026, mais nous pouvons être souples. Combien de temps dure la formation … ? Il faudrait que nos
        # recrues soient opérationnelles rapidement. » became the 3rd of February 2027, « rapidement » read after the question,
        # without a word on the date past (thirty-sixth blind user test): the date said past, the question answered if it can be.
        result.kind = UNUSABLE
        if _TRAINING_LENGTH.search(normalize(asking.group("question"))):
            result.messages.append(_unanswered_reply(normalize(asking.group("question"))))
        return _not_usable(result, requested, past, slots, whole_reply=True)
    # (After a question, free text is not read as the answer: « c'est quoi le délai ? on voudrait commencer en juin »
    # became the training needs: eleventh blind user test.)
    if asking and (requested in FREE_TEXT_SLOTS or validate_field(FIELD_VALIDATORS[requested], asking.group("rest"), now.date()).kind != VALUE) and not (
            text.strip().endswith("?") and about_the_field(text, requested)):  # (« c quoi deja un siret ? ou je le trouve ? »: 21st user test)
        # « c quoi un siret deja ? bon c bon je l ai mis » at the positions was « 1 poste » (the « un » of « un siret »)
        # and the question unanswered (tenth blind user test): the FAQ answers, then the question again.
        result.interruption = True
        return result
    if asking and (two := _two_answers(asking.group("question"), asking.group("rest"), requested, now)):
        # « Mars. C'est trop tard ? On a un salon le 15 avril », « 2. C'est bon ? On est 12 dans la boîte »: the value
        # after the question was taken (15 April, 12 positions), though it often is not the answer; « Mars. Il faut une
        # date précise ? le 15 mars » revises it. Which one is meant is asked (reviews of the twentieth blind user test).
        result.kind = QUESTION
        shown = [display(requested, value) for value in two]
        result.messages.append({"text": msg.WHICH_OF_TWO.format(first=shown[0], second=shown[1]),
                                "buttons": [{"title": value, "payload": value} for value in shown]})
        result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
        return result
    if asking:
        text, plain = asking.group("rest"), normalize(asking.group("rest"))  # « c'est quoi un SIRET ? 732 829 … »
    department = slots.get("department")
    if requested == "work_location" and department and (nearby := same_department(text, {"work_location": {"department": department}})):
        # « Avrillé » (Maine-et-Loire or Vendée?) after a check in the 49: that one (it looped on the question: fifteenth
        # blind user test).
        result.kind = VALUE
        result.updates["work_location"] = nearby
        return result
    if requested == "contact_name" and (named := _needs_and_a_name(text, slots)) is not None:
        # « il faudrait une formation caces, Marie Dupont » stored « Il Faudrait Une Formation Caces » as the contact (found
        # reading the recap): the name is the answer, the needs are noted when not answered yet, else left aside.
        said_needs, name, others = named
        if name is not None:
            result.kind = VALUE
            result.updates["contact_name"] = name
            if said_needs is not None and not slots.get("training_needs"):
                result.updates["training_needs"] = said_needs
                noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["training_needs"]), value=display("training_needs", said_needs))
                result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
            return result
        if slots.get("training_needs"):
            text, plain = others, normalize(others)  # the needs answered already: only the rest is read (no name: asked again)
    if (requested not in ("training_needs", "derogation_justification") and not slots.get("training_needs") and not re.search(r"\d", text)
            and needs_first and (needed := _training_said(text.strip().rstrip(" .!"))) is not None
            and (training := validate_field("training_needs", needed[0], now.date())).kind == VALUE):
        rest = re.sub(r"^[\s,;.!]*(?:(?i:donc|et|mais)\b[\s,]*)?", "", needed[1]).strip()
        if rest and (after_needs := _answer_after_needs(rest, requested, slots, intent, now)) is not None:
            # « il leur faudrait une formation CACES, deux postes », « il lui faudrait une formation Java donc pas avant avril »:
            # the answer after the needs is read as before, the needs noted too (the needs swallowed the answer, and the
            # question came again: review of the twenty-second blind user test's fixes).
            noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["training_needs"]), value=display("training_needs", training.value))
            after_needs.updates["training_needs"] = training.value
            after_needs.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
            return after_needs
        if (rest and "?" not in rest and _A_TRAINING.search(rest)
                and (whole := validate_field("training_needs", needed[0] + needed[1].rstrip(), now.date())).kind == VALUE):
            training = whole  # « il leur faudrait une formation caces, et en plus une formation sst »: the rest is the needs too
        # « Il lui faudrait une formation Java. » at the number of positions was 1 (« une »), at the job the job: the training
        # needs, noted, and this question again (twenty-second blind user test). So too with no answer after them, or at a
        # question whose answer is free text (« il lui faudrait une formation Java, c'est urgent » at the job was the job
        # « urgent », « …, c'est possible ? » lost the needs: third review of the twenty-second blind user test's fixes).
        noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["training_needs"]), value=display("training_needs", training.value))
        result.kind = UNUSABLE
        result.updates["training_needs"] = training.value
        result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
        return result
    own, passing, notes = _answers_in_passing(text, requested, slots, now)
    if requested == "training_needs" and (needs := _without_the_contact(own)) != own:
        # « …preparation des repas. le contact ce sera moi, Martine Guérin » kept the contact in the needs (twentieth
        # blind user test). The contact's name is asked after the consent, so it is not kept here: said so.
        own = needs
        notes.append(msg.CONTACT_ASKED_AFTER_CONSENT)
    if requested in FREE_TEXT_SLOTS and _LEADING_HEDGE.match(own) and _LEADING_HEDGE.sub("", own).strip():
        own = _LEADING_HEDGE.sub("", own)  # « je ne sais pas trop, l'accueil client… » was stored as it was (seventh user test)
    if requested == "training_needs" and (instead := _a_contact_instead_of_needs(own, slots, now)) is not None:
        return instead
    if requested == "training_needs" and not passing and (with_candidate := _candidate_beside_the_needs(own, slots, now)) is not None:
        return with_candidate
    if (requested not in _OWN_EMPLOYER_TYPE and slots.get("employer_type") is None
            and (kind := employer_type_alone(own)) is not None):
        # « c'est une sarl » at the start date was « pas reconnu de date », the employer type not noted (review): noted for
        # its question, which is not asked, as the company's name or the hours said before theirs; this question again.
        result.kind = UNUSABLE
        result.updates.update({"employer_type": kind, RECAP_STATE_SLOT: None})  # a slot set keeps the form from being rejected
        result.messages.append({"text": msg.EMPLOYER_TYPE_NOTED_BEFORE_ITS_QUESTION.format(kind=display("employer_type", kind))})
        if own != text and (along := _typed_elsewhere(FieldUnderstanding(kind=UNUSABLE), text, requested, {**slots, "employer_type": kind},
                                                        FieldResult(value=None, error="", kind=UNUSABLE), now)):
            # « asso, 2 postes, 35h » at the SIRET: the other values said with it too (twenty-fifth blind user test)
            result.updates.update({k: v for k, v in along.updates.items() if k in FIELD_LABELS or k == MISSING_SLOT})
            result.messages += [m for m in along.messages if m.get("text")]
        return result
    if (requested not in (*_OWN_EMPLOYER_TYPE, *_FREE_TEXT) and not passing and (kind := _employer_type_stated(own, now.date(), slots.get("employer_type"))) is not None
            and kind != slots.get("employer_type")
            # (« c'est un etablissement public » at the number of positions was 1 position, from « un »: fifty-second blind user test)
            and validate_field(FIELD_VALIDATORS[requested], re.sub(r"(?i)\bune?\b", " ", own), now.date()).kind != VALUE):
        # « au fait c'est un camping municipal, on depend de la mairie, c'est pas une entreprise privee » at the hours got « Je n'ai
        # pas trouvé de durée », the private type inferred earlier kept (forty-eighth blind user test, u48-04): the type said is
        # noted, or the one recorded corrected, and said; this question again.
        result.kind = UNUSABLE
        result.updates.update({"employer_type": kind, RECAP_STATE_SLOT: None})  # a slot set keeps the form from being rejected
        told = (corrected("employer_type", kind, slots, now.date()) if slots.get("employer_type")
                else msg.EMPLOYER_TYPE_NOTED_BEFORE_ITS_QUESTION.format(kind=display("employer_type", kind)))
        result.messages.append({"text": told})
        return result
    if requested == "work_location" and (asked_back := (slots.get(MEMORY_SLOT) or {}).get(PLACE_CHOICES)) and _only_a_department(own, asked_back):
        # « Allonnes » got « Allonnes (Maine-et-Loire) ou Allonnes (Sarthe) ? », then « maine et loire » the commune asked
        # again in Maine-et-Loire (session of 2026-12-02): the department said is the choice, by its name (« le 49 » was
        # « Allonnes (le 49) », unread: review of the session's fixes). After a name of departments, not a commune's (« Loire »:
        # « Loire-Atlantique (44), Maine-et-Loire (49) ou Loire (42) ? »), the department said is the answer as it is (« le 44 »
        # was « Loire (le 44) », « Je n'ai pas reconnu de commune »).
        chosen, offered = extract_place(own), extract_place(asked_back)
        if isinstance(chosen, Place) and isinstance(offered, AmbiguousPlace) and any(o.commune for o in offered.options):
            own = f"{asked_back} ({chosen.department_name})"
    checked: FieldResult = validate_field(FIELD_VALIDATORS[requested], own, now.date())
    if requested == "weekly_hours" and checked.kind == UNUSABLE and (bare := without_times_of_day(own)) != own:
        # « 35h mais il commence a 4h du matin », « 37 heures par semaine… de 8 h à 16 h 30 » got « plusieurs durées »
        # (thirty-third blind user test): a time of day or a delay is no weekly duration, the hours are read without them
        if (untimed := validate_field(FIELD_VALIDATORS[requested], bare, now.date())).kind == VALUE:
            checked = untimed
    if requested == "weekly_hours" and checked.kind in (VALUE, UNUSABLE) and (by_days := days_times_hours(own) or days_times_hours(text)) is not None:
        # « 4 jours par semaine de 7h à 15h » got « pas retrouvé la durée », « 8 heures par jour, 4 jours » « par semaine, et
        # non par jour » (thirty-ninth blind user test): the days times a day's hours, recorded and the computation said
        days, day, week = by_days
        checked = ok(week, msg.HOURS_FROM_DAYS.format(days=days, day=format_hours(day), week=format_hours(week)))
    elif requested == "weekly_hours" and checked.kind == VALUE and (time := _only_a_time_of_day(own)) is not None:
        # « il commence a 4h » was 4 h a week, « pas éligible », then « 4h du matin c lheure ou il arrive. il fera ses heures
        # normal » « la demande ne peut pas aboutir » (thirty-ninth blind user test): a time of day is no weekly duration; the
        # week's total asked, full time proposed (not recorded) when the usual hours are said
        usual = _USUAL_HOURS.search(normalize(text)) is not None
        reply = (msg.HOURS_USUAL_FULL_TIME if usual else msg.HOURS_TIME_OF_DAY).format(time=time)
        result.kind = UNUSABLE
        return _not_usable(result, requested, reply, slots, whole_reply=True)
    if requested == "work_location":
        result.updates.update(_place_choices_asked(own, checked, slots))
    if checked.kind == CORRECTION and checked.updates.get("contract_type") == "apprentissage" and alternance_unsaid(own):
        # « non c'est une alternance »: an apprenticeship or a contract of professionalisation? (It was stored as an
        # apprenticeship.) Asked back; the one recorded, said again, is kept (« finalement 2 alternants » with a contract of
        # professionalisation recorded is then its count).
        recorded = slots.get("contract_type")
        if recorded not in ALTERNANCES:
            return ask_which_alternance(CORRECTION, own, slots)
        kept = {**checked.updates, "contract_type": recorded}
        checked = FieldResult(value=None, error=msg.CONTRACT_NOTED.format(label=contract_label({**slots, **kept})), kind=CORRECTION, updates=kept)
    if (checked.kind == CORRECTION and checked.updates and requested not in FREE_TEXT_SLOTS
            and all(slots.get(f) == v for f, v in checked.updates.items()) and (opening := _ANSWER_FIRST.match(own)) is not None
            and (reread := validate_field(FIELD_VALIDATORS[requested], opening.group("answer"), now.date())).kind == VALUE):
        # « dans 3 mois. ah et finalement on en prend 3 pas 2, mon associe veut aussi un apprenti carrossier » at the start got
        # « je corrige le contrat : Contrat d'apprentissage », the one recorded, and the date again (thirty-seventh blind user
        # test): a contract said as recorded is no correction; the answer before it is read (the rest beside it: field_turn).
        checked = reread
    if requested == "positions" and (count := count_of_the_same_contract(checked, own, slots, now)) is not None:
        checked = ok(count)  # « on aura finalement 2 apprenties » with the apprenticeship recorded: 2, not the contract
    if (requested == "positions" and checked.kind in (VALUE, UNUSABLE) and slots.get("weekly_hours") is None
            and (hours_read := job_hours_read(text, now.date())) is not None and evaluate({"weekly_hours": hours_read[0].value}).verdict != "ineligible"):
        # « 2 postes à 35h » lost the hours, « elle fera entre 28 et 30h selon le planning » got « ce nombre ressemble à une
        # durée », and the hours were asked again after the positions (session of 2026-12-02): they are kept for their
        # question, which is then not asked, as that question reads them (a range's low end, said so: « 2 postes, de 28 à
        # 30h » was 30 h), and the count is read without them.
        hours = hours_read[0]
        passing = {k: v for k, v in passing.items() if k != "weekly_hours"}
        if checked.kind == UNUSABLE and (without := job_hours_read(own, now.date())) is not None:
            checked = validate_field(FIELD_VALIDATORS[requested], without[1], now.date())
        if checked.kind == UNUSABLE and checked.error in _NO_COUNT:
            # No count said: the hours noted and said so, then this question again (not a failure).
            result.kind = UNUSABLE
            result.updates["weekly_hours"] = hours.value
            noted = hours.warning or msg.HOURS_NOTED_BEFORE_THEIR_QUESTION.format(hours=display("weekly_hours", hours.value))
            result.messages.append({"text": f"{noted} {msg.POSITIONS_STILL_MISSING}"})
            return result
        if checked.kind == VALUE and hours.warning:
            result.updates["weekly_hours"] = hours.value  # (a range's low end: its sentence says the hours noted)
            notes = [*notes, hours.warning]
        elif checked.kind == VALUE:
            passing = {**passing, "weekly_hours": hours.value}
        else:
            # a count said but not usable (« 2 ou 3 postes à 35h »): the hours kept all the same, the count asked as it says
            result.updates["weekly_hours"] = hours.value
            noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["weekly_hours"]), value=display("weekly_hours", hours.value))
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
    if requested == "weekly_hours" and checked.kind != VALUE and _a_monthly_figure(own):
        checked = validate_field(FIELD_VALIDATORS[requested], f"{own.strip(' .!')} par mois", now.date())
    result.kind = checked.kind
    if (checked.kind == CORRECTION and checked.updates and all(slots.get(f) == v for f, v in checked.updates.items())
            and requested != "start_date" and slots.get("start_date") and MONTH_MENTION.search(normalize(own))
            and (read_start := start_read_alone(own, now.date())) is not None and (start := read_start.isoformat()) != slots["start_date"]):
        # « ah ok alors plutot en septembre pour la rentree du CFA » at the training needs, an apprenticeship recorded, got « je
        # corrige le contrat : Contrat d'apprentissage », the start left three weeks ahead (forty-fifth blind user test, u45-03):
        # the contract said as recorded is no change, the date said with it is one.
        result.updates["start_date"] = start
        result.messages.append({"text": corrected("start_date", start, slots, now.date())})
        return result
    if checked.kind == CORRECTION and all(slots.get(f) == v for f, v in checked.updates.items()) and alternance_unsaid(own):
        result.messages.append({"text": msg.ALREADY_SO.format(label=msg.RECAP_CONTRACT_LABEL, value=contract_label(slots))})
        return result  # (« ah non en fait c'est en alternance » with the alternance recorded: nothing changes)
    if checked.kind == CORRECTION:
        changes, texts = contract_updates(dict(checked.updates), slots)
        result.updates.update(changes)
        # The form asks its question again if still needed (a derogation reason is not, once the contract lasts
        # 6 months): asking it here too said it twice.
        result.messages.append({"text": " ".join([checked.error or "", *texts]).strip()})
        return result
    if checked.kind == UNUSABLE and (elsewhere := _typed_elsewhere(result, text, requested, slots, checked, now)) is not None:
        return elsewhere
    if checked.kind == UNUSABLE and unsure and requested == "training_needs":
        checked = ok(msg.TRAINING_TO_DEFINE, msg.TRAINING_TO_DEFINE_NOTED)  # the path is built later anyway
        result.kind = checked.kind
    elif checked.kind == UNUSABLE and unsure and requested in msg.SUBMISSION_UNSURE:
        return _not_usable(result, requested, msg.SUBMISSION_UNSURE[requested], slots, whole_reply=True,
                           second=msg.SUBMISSION_UNSURE_AGAIN.get(requested))
    if (checked.kind in (REFUSAL, UNUSABLE) and requested in SKIPPABLE and not re.search(r"\d", text)
            and _STILL_NOT.search(normalize(text))):
        # « toujours pas de siret » (for a second request) says again a refusal whose explanation was given already: it got
        # where to find the SIRET once more (thirty-seventh blind user test); skipped, as a second « je ne l'ai pas ».
        return _skipped(result, requested, slots)
    if checked.kind == REFUSAL and requested in SKIPPABLE and (int(slots.get(ATTEMPTS_SLOT) or 0) >= 1 or requested == "contact_phone"
                                                                or _SAID_AGAIN.search(normalize(text))
                                                                or requested == "siret" and siret_skipped_before(slots)):
        # A second « je ne l'ai pas » after the skip was offered: skipped, not asked a third time (ninth blind user test).
        # The phone at once: nothing to look up (« pas de tel, mail seulement svp » was asked again: tenth user test).
        return _skipped(result, requested, slots)
    if checked.kind in (QUESTION, PROTEST, REFUSAL, UNUSABLE):
        kept, _ = _details_in_passing(text, requested, slots, now)
        if kept:
            # « j'ai pas de mail, appelez-moi plutôt au 06 98 76 54 32 »: the phone was lost (tenth blind user test).
            result.updates.update(kept)
            noted = msg.CHANGES_JOINER.join(
                msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in kept.items() if f in FIELD_LABELS)
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
            if requested == "contact_email" and checked.kind == UNUSABLE and "contact_phone" in kept and "@" not in text:
                # a phone alone at the e-mail question, « 06 71 22 33 44 », after « indiquez-moi le numéro où vous joindre »: the
                # call back (forty-second blind user test)
                return _no_email(result, slots)
            if checked.kind == UNUSABLE and not re.search(r"\d", _DIGIT_RUNS.sub(" ", text)):
                return result  # only the other field was given: noted, and this question asked again (not a failure)
        if checked.kind == REFUSAL and requested == "contact_email":
            # « g pas d email » got « L'adresse e-mail est nécessaire » and the question again, a dead end (thirty-fifth blind user
            # test): why, and what address may do; with a phone, the call back (forty-second blind user test).
            return _no_email(result, slots, text)
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
                return _rule_blocks_the_request(result, rule.explanation, attempts)
            reply = f"{rule.explanation} {msg.RULE_NOT_MET} {rule.alternative or ''}".strip()
            return _not_usable(result, requested, reply, slots, whole_reply=True)
    if checked.warning:
        result.messages.append({"text": checked.warning})
    if requested == "employer_type" and value == "prive" and _A_COOPERATIVE.search(normalize(text)):
        # (« une société coopérative agricole … ni tout à fait une entreprise classique »: said what it is noted as, thirty-sixth
        # blind user test)
        result.messages.append({"text": msg.COOPERATIVE_IS_PRIVATE})
    if isinstance(value, dt.date):
        value = value.isoformat()
    if requested == "company_name" and isinstance(value, str):
        value = _SIRET_TAIL.sub("", value).strip(" ,;:-") or value  # « Logistique Atlantique SAS, SIRET 732… »
        # (and a SIRET typed bare, wherever it stands: « Garage Lemaire SARL 73282932000074 » was the company's name:
        # twenty-seventh blind user test)
        value = re.sub(r"\s{2,}", " ", A_SIRET.sub(" ", value)).strip(" ,;:-") or value
    if requested == "job_title" and isinstance(value, str) and two_jobs(value, now):
        # « 2 ASH et 1 cuisinier » was stored as the job « ASH » with 2 positions (eighteenth blind user test).
        if (first_kept := _first_job_kept(text, slots, now)) is not None:
            return first_kept
        result.kind = UNUSABLE
        return _not_usable(result, requested, msg.ONE_JOB_PER_REQUEST_UNNAMED, slots, whole_reply=True)
    if requested == "job_title" and isinstance(value, str):
        job_typed = value
        value, details = _job_details(value, slots, now)  # « chauffeur poids lourd, 2 personnes, 39h par semaine »
        if value != job_typed:
            # the job without a correction's words its details left around it (« plutôt coffreur bancheur en fait, et ce sera
            # 2 postes » kept « plutôt » and « en fait »: forty-third blind user test, u43-08)
            value = _CORRECTION_WORDS_AROUND.sub("", value) or value
        if (context := context_after_the_job(text)) is not None:
            # « Soudeur TIG, je l'avais indiqué. Deux postes aussi. »: the count after the remark, which is no part of the job
            # (thirty-ninth blind user test)
            details = {**_job_details(f"-, {context}", {**slots, **details}, now)[1], **details}
            # « …, et au passage on est pas une asso, on est une SAS »: what the employer is, said last and not denied
            said_to_be = [c for c in re.split(r"[,;.]", context) if _EMPLOYER_SAID.search(normalize(c)) and not re.search(r"\b(?:pas|plus)\b", normalize(c))]
            if said_to_be and (said_kind := validate_field("employer_type", said_to_be[-1], now)).kind == VALUE and said_kind.value != slots.get("employer_type"):
                details["employer_type"] = said_kind.value
        if (need := need_in_brackets(value)) is not None:
            # « cariste (caces à passer) »: a qualification to obtain is a training need, not part of the job (review of the
            # session's changes); noted when the needs are not answered yet. Otherwise the bracket stays in the job as typed
            # (« cariste (caces à passer) » with the needs answered lost its CACES without a word: second review)
            if need[1] and not slots.get("training_needs") and (need_read := validate_field("training_needs", need[1], now)).kind == VALUE:
                value = need[0]
                details["training_needs"] = need_read.value
        if (counted := _LEADING_COUNT.match(value)) and (count := positions_of(counted.group("count") or counted.group("one"), now)) is not None:
            # « 2 conducteurs de ligne »: the job, and how many (kept in the job: seventeenth blind user test). Only the
            # count is taken off (« 2 caristes CACES 3 » lost its « 3 », « 3 x 8 opérateur » became « x »: review).
            value = (counted.group("job") or counted.group("single")).strip()
            both = re.match(rf"^(?P<first>.+?)\s+(?:et|\+)\s+(?P<n>{COUNT_WORD}|1|une?)\s+(?P<other>.+)$", value, re.IGNORECASE)
            if both and one_job(normalize(both.group("first"))) == one_job(normalize(both.group("other"))):
                # « 2 serveuses et 1 serveur »: one job in both genders, all the positions (review)
                count += positions_of(both.group("n"), now) or 1
                value = f"{both.group('first')} / {both.group('other')}"
            if slots.get("positions") != count:
                details["positions"] = count
        elif ((posts := _POSTS_OF_A_JOB.match(value)) and names_a_job_of_a_post(posts.group("job"))
              and (count := positions_of(posts.group("count"), now)) is not None):
            # « 3 postes de cariste / magasinier » was the job, the count lost (blind user tests 26–28, left open in session 23)
            value = posts.group("job").strip()
            if slots.get("positions") != count:
                details["positions"] = count
        result.updates.update(details)
        if details:
            noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in details.items())
            result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
        # « apprenti boulanger », « documentaliste au CDI du lycée » are jobs: a contract « en CDI », « en intérim »…
        contract = extract_contract(text) if _NAMES_A_CONTRACT.search(plain) and not says_the_candidates_past(text) else None
        if (contract == "apprentissage" and slots.get("contract_type") in ALTERNANCES
                and not re.search(r"\bapprenti", plain)):
            contract = None  # « boucher en alternance » after a contrat de professionnalisation: still one (nineteenth user test)
        elif contract == "apprentissage" and alternance_unsaid(text):
            # « vendeur en alternance » after a CDI: the job, and which alternance is asked back (it became an apprenticeship)
            contract = None
            result.updates.update(alternance_pending(text, slots))
        duration = extract_duration(without_the_less_wanted(text)) if contract is not None else None
        new_length = contract == slots.get("contract_type") and duration is not None and duration.months is not None and (
            round(duration.months, 2) != slots.get("contract_duration"))
        if contract is not None and (contract != slots.get("contract_type") or new_length):
            # « préparateur de commandes en CDI intérimaire » after a CDD in temporary work: the job was kept and
            # the contract silently left as it was (tenth blind user test). The contract changes, and its verdict.
            found = _contract_said(contract, text)
            changes, texts = contract_updates(found, slots)
            result.updates.update(changes)
            result.messages.append({"text": " ".join([msg.CORRECTED_CONTRACT.format(label=contract_label({**slots, **changes})), *texts])})
    if requested == "positions" and result.kind == VALUE and (job := _another_job_counted(own, slots, now)) is not None:
        # « une serveuse » at the number of positions of a request that held « cuisinier », the job of the request sent before:
        # 1 post, the job left as it was without a word (forty-second blind user test, u42-07): the job corrected, said so.
        result.updates["job_title"] = job
        result.messages.append({"text": msg.JOB_CORRECTED_WITH_THE_COUNT.format(job=display("job_title", job), before=slots["job_title"])})
    result.updates[requested] = value
    details, detail_notes = _details_in_passing(text, requested, slots, now)
    result.updates.update(details)
    notes = [*notes, *(n for n in detail_notes if n not in notes)]
    if (requested == "company_name" and isinstance(value, str) and slots.get("employer_type") is None and "employer_type" not in passing
            and (kind := employer_type_of_name(value)) is not None):
        # « Commune de Chateau-Gontier-sur-Mayenne »: the employer type was asked after it (twenty-second blind user test).
        passing = {**passing, "employer_type": kind}
    if requested == "weekly_hours" and slots.get("positions") is None and "positions" not in {**passing, **details}:
        # « non mais 5 c le nombre de postes ! ils font 35h », « 5 caristes à 35h »: the count of posts said with the hours is
        # noted for its question (twenty-fifth blind user test).
        posts_said = typed_values_said(text, requested, slots, now)
        if "positions" in posts_said.values and "positions" in posts_said.warnings:
            result.updates["positions"] = posts_said.values["positions"]
            notes = [*notes, posts_said.warnings["positions"]]
        elif "positions" in posts_said.values:
            passing = {**passing, "positions": posts_said.values["positions"]}
    if passing or notes:
        # « Boulangerie Le Fournil, siret 412…, c'est une entreprise privée »: the type was asked again (sixth blind user test).
        result.updates.update(passing)
        noted = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in passing.items())
        said = [msg.ALSO_NOTED.format(changes=noted)] if passing else []
        result.messages.append({"text": " ".join([*said, *notes])})
    if requested in (slots.get(MISSING_SLOT) or []):
        result.updates[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f not in result.updates]
    if slots.get(ATTEMPTS_SLOT):
        result.updates[ATTEMPTS_SLOT] = 0.0
    if result.updates.get(RECAP_STATE_SLOT) == RECAP_ALTERNANCE:
        result.messages.append(request_alternance_question())  # (last: the form's next question waits for its answer)
    return result


def _typed_elsewhere(result: FieldUnderstanding, text: str, requested: str, slots: dict[str, Any], checked: FieldResult,
                     now: dt.datetime) -> FieldUnderstanding | None:
    """An answer this question cannot use, with other fields' values typed so that they can be nothing else
    (:func:`~bot.submission.mentions.typed_values_said`): « 35h », « avril 2027 » at the employer type, « privé, 1 poste de
    mecanicien auto, 39h, en mars 2027 » at the SIRET were not kept, and everything was asked again afterwards (twenty-fifth
    blind user test). They are noted, and this question asked again; a failure only when the rest of the message tried to
    answer it (a digit left). None when no such value is said."""
    kept, _ = _details_in_passing(text, requested, slots, now)
    typed = typed_values_said(text, requested, {**slots, **kept}, now)
    if requested in _OWN_EMPLOYER_TYPE:
        typed.values.pop("employer_type", None)  # (« c'est une asso » at the company's name: a description, said so as before)
    if not typed.said:
        return None
    result.updates.update({**kept, **typed.values})
    if MISSING_SLOT in kept:
        result.updates[MISSING_SLOT] = [f for f in kept[MISSING_SLOT] if f not in typed.values]
    plain_noted = {**kept, **{f: v for f, v in typed.values.items() if f not in typed.warnings}}
    noted = msg.CHANGES_JOINER.join(
        msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in plain_noted.items() if f in FIELD_LABELS)
    said = [msg.ALSO_NOTED.format(changes=noted)] if noted else []
    if typed.changed:
        # (a change said of a field answered: applied and said, not « déjà noté »: forty-second blind user test, u42-11)
        result.updates.update(typed.changed)
        changes = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, v)) for f, v in typed.changed.items())
        said.insert(0, msg.CORRECTED_FIELDS.format(changes=changes))
    said += list(typed.warnings.values())
    # a field answered: the same value said already noted, another one left to the recap (a field answered is never read again)
    said += [(msg.ALREADY_SO if slots.get(f) == v else msg.RECORDED_OTHERWISE).format(label=FIELD_LABELS[f], value=display(f, slots[f]))
             for f, v in typed.recorded.items() if f in FIELD_LABELS and f not in kept]
    if typed.contacts_later:
        said.append(msg.CONTACT_DETAILS_AFTER_CONSENT)
    if checked.error == msg.JOB_NOT_A_STATUS:
        said.append(checked.error)  # (« un agent contractuel »: the count noted, and why the job is asked again)
    result.messages.append({"text": " ".join(said)})
    if requested == "contact_email" and result.updates.get("contact_phone") and "@" not in text:
        # « jai pa d'adresse mail, appelez au +33 6 71 22 33 44 », « 06 71 22 33 44 » alone: no e-mail, a phone to call back on
        # (forty-second blind user test)
        return _no_email(result, slots)
    if re.search(r"\d", " ".join(typed.left)):
        return _not_usable(result, requested, checked.error or "", slots)
    result.updates[RECAP_STATE_SLOT] = None  # a slot set keeps the form from being rejected
    return result


#: Someone counted by one (« une serveuse », « un commis »).
_ONE_SOMEONE = re.compile(
    r"^\s*(?:(?:juste|seulement|alors|ben|bah|bon|non|ce sera|c['’ ]?est|plut[oô]t|finalement)\s+)*(?:un|une)\s+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE)


#: Words that name whom a job employs, not the job (folded, singular): a job title of that word alone says how they are employed.
_HEAD_WORDS = frozenset({"agent", "agente", "employe", "employee", "salarie", "salariee", "ouvrier", "ouvriere", "personnel"})


def _another_job_counted(text: str, slots: dict[str, Any], now: dt.datetime) -> str | None:
    """The job said with the count at the number of positions (« une serveuse », « 2 serveuses »), when it is not the job held
    (its first word another, and not a word of the job held: « 2 cuisiniers » for « aide cuisinier » is that job); None
    otherwise."""
    held = str(slots.get("job_title") or "")
    if not held or "?" in text:
        return None
    counted = counted_job(text, now)
    job = counted[1] if counted is not None else None
    if job is None and (one := _ONE_SOMEONE.match(text.strip())) is not None:
        job = job_alone(one.group("rest"))
    if not job:
        return None
    words, held_words = normalize(job).split(), normalize(held).split()
    # A job held that is only a head word of status (« agents », « employés »), the count's job that head and more (« deux agents
    # espaces verts »): the job said now (it stayed « agents »: forty-fourth blind user test, u44-04).
    only_a_head = len(held_words) == 1 and singular(held_words[0]) in _HEAD_WORDS and len(words) > 1
    if not words or (same_job_word(words[0], held) or all(any(same_job_word(w, h) for h in held_words) for w in words)) and not only_a_head:
        return None
    checked = validate_field("job_title", job, now.date())
    return str(checked.value) if checked.kind == VALUE and checked.value else None


#: What the positions' validator says when no count is said (at the number of positions, weekly hours said instead of it).
_NO_COUNT = frozenset(m.format(example=msg.POSITIONS_EXAMPLE) for m in (msg.POSITIONS_NOT_FOUND, msg.POSITIONS_EMPTY))


#: Details given along with the answer asked, kept instead of being asked again: the contact's
#: e-mail and phone (« Sylvie Gaborit, sylvie@example.org, 06 12 34 56 78 »), the SIRET after the company's name.
_IN_PASSING: dict[str, tuple[str, ...]] = {
    "contact_name": ("contact_email", "contact_phone"),
    "contact_email": ("contact_phone",),
    "contact_phone": ("contact_email",),
    "company_name": ("siret",),
}


#: Clauses after a job title that answer later questions: the number of positions, the weekly hours, the start.
JOB_DETAILS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # (« 1 seul, à 35h » at the positions question lost the hours: session's own check, 2026-12-01)
    ("positions", re.compile(r"^(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:postes?|personnes?|salaries?|recrutements?|seule?)\b"
                             # « soudeur TIG/MIG, il en faudrait 6 » (nineteenth blind user test)
                             r"|^(?:il en (?:faut|faudrait|faudra)|on en (?:veut|voudrait|prend|prendrait|cherche|recrute)|j en (?:veux|voudrais|cherche))"
                             r"\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b(?!\s+(?:par|de plus|en plus|supplementaire\w*|autres?)\b)"
                             # « serveur, et on voudrait 2 personnes » kept the count in the job (fifty-second blind user test, u52-10)
                             r"|^(?:et\s+)?(?:on|nous|je|j)\s+(?:voudrait|voudrions|voudrais|veut|voulons|veux|cherche|cherchons|recrute|recrutons|"
                             r"prend|prendrait|prenons|embauche|embauchons|aimerait|aimerions|souhaite|souhaitons|souhaiterait|a besoin de|avons besoin de)"
                             r"\s+(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+(?:postes?|personnes?|salaries?|recrues?|candidat\w*|employe\w*)\b")),
    ("weekly_hours", re.compile(rf"\b{HOURS}|\b(?:temps plein|plein temps|temps partiel|mi temps)\b")),
    # (A date in figures too: « 1 poste, 35h, pour le 22/02/2027 » kept the hours, not the date: twenty-second blind user test.)
    # (At most three words between: « 1 poste, le candidat finit son BTS en juin » was the start: twenty-second blind user test.)
    ("start_date", re.compile(rf"(?:^|\b(?:a partir|des le|des))\s*(?:embauche|debut|demarrage|a partir|des|pour|en|du|le)\b(?: \S+){{0,3}}? "
                              rf"(?:{alternation(FULL_MONTHS)}|[0-9]{{1,2}} [0-9]{{1,2}} (?:20)?[0-9]{{2}})\b"
                              # a month alone, with its year (« ASH, 2 postes, 35h, juin 2027 » kept « juin 2027 » in the job)
                              # (and its day said alone: « fin août, genre le 25 »)
                              rf"|^(?:debut |fin |mi )?{alternation(FULL_MONTHS)}(?: \d{{4}})?(?: (?:\w+ )??(?:le|au|du) (?:1er|\d{{1,2}}))?$"
                              # the post free, the shop opening (« vendeuse, le poste est libre le 1er avril », « vendeuse, le
                              # magasin ouvre le 1er mars »: the start, lost when the words before the date were limited)
                              rf"|^(?:le|la|l|notre|nos|les) (?:\S+ ){{1,2}}(?:ouvre|ouvrira|ouvrent|ouvriront|se libere|(?:est|sera) (?:libre|vacant|disponible))"
                              rf"(?: (?!depuis\b)\S+){{0,2}}? (?:{alternation(FULL_MONTHS)}|[0-9]{{1,2}} [0-9]{{1,2}} (?:20)?[0-9]{{2}})\b")),
)


#: The employer said to be something (folded): « on est une SAS », « nous sommes une association ».
_EMPLOYER_SAID = re.compile(r"\b(?:on est|nous sommes|c est|we are|je suis)\b")


#: A clause that only names the contract (folded): « CDI », « en CDD », « CDD de 6 mois », « contrat pro ».
_A_CONTRACT_ALONE = re.compile(
    r"(?:en |un |une )?(?:cdi(?: interimaire)?|cdd(?: de \d{1,2} mois)?|contrat (?:pro|de professionnalisation|d apprentissage)|interim)"
)
#: A bare count said before where the job is (folded): « 3 à Angers », « deux sur Nantes ».
_A_BARE_COUNT_AT = re.compile(rf"^(?P<count>\d{{1,2}}|{SMALL_COUNT_WORDS})\s+(?=(?:a|au|aux|sur|vers|dans)\s+[a-z])")
#: The largest bare count read as posts: a bigger figure there is rather hours (« 35 à Angers ») or a department (« 49 »).
_MOST_POSTS_BARE = 20


def _job_details(title: str, slots: dict[str, Any], now: dt.datetime) -> tuple[str, dict[str, Any]]:
    """The job title without its clauses that answer later questions (« plombier chauffagiste, 1 poste à 39h,
    embauche en février »), and those answers (only fields not answered yet)."""
    clauses = [piece for clause in _clauses(title) for piece in _and_a_detail(clause)]
    sentences = re.split(r"(?<=[.!?])\s+", clauses[-1]) if clauses else []
    if len(sentences) > 1 and training_of_clause(sentences[-1].rstrip(" .!")) is not None:
        # « développeur. Il lui faudrait une formation Java. »: the training needs in a sentence of their own (twenty-second
        # blind user test).
        clauses[-1:] = [" ".join(sentences[:-1]).rstrip(" ."), sentences[-1].rstrip(" .!")]
    if len(clauses) < 2:
        return title, {}
    kept, found, dropped = [clauses[0]], {}, False
    after_a_contract = False
    for clause in clauses[1:]:
        if (opening := _IT_WILL_BE.match(clause)) and any(pattern.search(normalize(clause[opening.end():])) for _, pattern in JOB_DETAILS):
            # « coffreur bancheur, et ce sera 2 postes »: the detail without its « et ce sera » (the count was kept in the job:
            # forty-third blind user test, u43-08)
            clause = clause[opening.end():]
        plain = normalize(clause)
        if _A_CONTRACT_ALONE.fullmatch(plain):
            # « cariste, CDI, 3 à Angers » kept « CDI » in the job: the contract, read from the whole message (blind user tests
            # 26–28, left open in session 23)
            dropped = after_a_contract = True
            continue
        if (after_a_contract and (bare := _A_BARE_COUNT_AT.match(plain)) and not slots.get("positions") and "positions" not in found
                and (count := positions_of(bare.group("count"), now)) is not None and count <= _MOST_POSTS_BARE):
            # « CDI, 3 à Angers »: a bare count between the contract and the place is the count of posts (not « 3 mois à Angers »,
            # « 49 à Angers », « 35 à Angers »: a length, a department, hours)
            found["positions"] = count
            clause = clause[bare.end("count"):].strip()
            plain = normalize(clause)
        after_a_contract = False
        if hours_hesitated(clause):
            # « cariste, 24 ou 28h », « cariste, entre 20 et 24h »: hours their question reads as several, not kept, nor
            # part of the job (24 h or 28 h were noted: review of user test 24); asked at their question
            dropped = True
            continue
        if (needs := training_of_clause(clause)) is not None and not slots.get("training_needs") and "training_needs" not in found:
            # « développeur, il lui faudrait une formation Java »: the training needs, asked later (they were kept in the job:
            # twenty-second blind user test).
            checked = validate_field("training_needs", needs, now.date())
            if checked.kind == VALUE:
                found["training_needs"] = checked.value
                continue
        if LOCATIVE.search(plain) and isinstance(extract_job_place(clause), Place):
            # « cariste, mais la mission est chez notre client à Montoir-de-Bretagne »: where the job is, even when
            # the check named another town (it went into the title: seventh blind user test).
            place = recap_value("work_location", clause, now, slots)[0]
            if place is not None:
                found["work_location"] = place
                continue
        parts: dict[str, Any] = {}
        for field, pattern in JOB_DETAILS:
            # (« vendeuse, le poste commence le 15 mars »: a word of the start, further from the date; not a start past, the
            # training's or another date: « vendeuse, elle a commencé son BTS en septembre », « …, sa formation commence en
            # janvier », « …, date de fin du contrat en août » were the start, stored silently: review of the twenty-second
            # blind user test's fixes)
            said = (not another_start(plain) and (pattern.search(plain) or says_the_hiring_start(plain))) if field == "start_date" else pattern.search(plain)
            if not said or slots.get(field) or field in found:
                continue
            checked = validate_field(FIELD_VALIDATORS[field], DETAIL_PIECE.get(field, lambda c: c)(clause), now.date())
            if checked.kind != VALUE or field == "weekly_hours" and evaluate({"weekly_hours": checked.value}).verdict == "ineligible":
                continue
            parts[field] = checked.value.isoformat() if isinstance(checked.value, dt.date) else checked.value
        if parts:
            found.update(parts)
        else:
            kept.append(clause)
    return (", ".join(kept), found) if found or dropped else (title, {})


#: A correction's words left at either end of a job once its details are taken out (as typed): « plutôt », « en fait ».
_CORRECTION_WORDS_AROUND = re.compile(
    r"^(?:(?:en fait|enfin|finalement|au final|plut[oô]t)\b[\s,]*)+|[\s,]*(?<![\w'’])(?:en fait|finalement|au final|du coup|plut[oô]t)\s*$",
    re.IGNORECASE,
)
#: What opens a clause that says a detail of the job after it (as typed): « et ce sera 2 postes », « et il y aura 2 postes »,
#: « ah et finalement ce sera 2 postes ».
_IT_WILL_BE = re.compile(
    r"^(?:(?:et|ah|oh|puis|aussi|sinon|du coup)\s+)*(?:(?:en fait|finalement|au final|plut[oô]t)\s+)*"
    r"(?:c['’ ]?est|ce sera|[cç]a sera|ce serait|[cç]a serait|[cç]a fera|il y (?:a|aura|en aura)|y (?:a|aura|en aura)|on en (?:aura|prend|prendra))"
    r"\s+(?:plut[oô]t\s+|finalement\s+)?",
    re.IGNORECASE,
)
#: « et c'est », « et ce sera », « et ça commence » before a detail of the job (« vendeur et c'est 1 poste »).
_AND_THEN = re.compile(r"\s+et\s+(?P<says>(?:c|ce|ca|ça)\s*['’]?\s*(?:est|sera|serait|fait|ferait|commence|commencera|demarre|démarre)\s+)?",
                       re.IGNORECASE)
#: After a bare « et », only a detail and nothing else (folded): « vendeur et 2 postes », « cariste et 35h », not
#: « vendeur et un poste de caissier », « chef d'équipe et 3 salariés à encadrer », « vendeuse et le dimanche matin en
#: juillet » (review).
_ONLY_A_DETAIL = re.compile(
    r"^(?:(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) postes?(?: au total| en tout)?"
    rf"|(?:a )?{HOURS}(?: par semaine| hebdo\w*| semaine)?|(?:a )?(?:temps plein|plein temps|temps partiel|mi temps))"
    r"(?: (?:a|en|pour|entre) .*)?$"  # (« vendeur et 2 postes entre 30 et 35h »)
)


#: The start of a range of hours, right before its « et » (« entre 28 », « entre 28h »).
_RANGE_BEFORE_ET = re.compile(r"\bentre\s+\d+(?:[.,]\d+)?\s*(?:h|heures?)?\s*$", re.IGNORECASE)


#: A range of hours ending a clause after other words (« cariste entre 28 et 30h », « vendeur de 24 à 30 heures »).
_RANGE_AT_THE_END = re.compile(
    r"(?<=\S)\s+(?P<range>(?:entre\s+\d+(?:[.,]\d+)?\s*(?:h|heures?)?\s+et|de\s+\d+(?:[.,]\d+)?\s*(?:h|heures?)?\s+(?:a|à))"
    r"\s+\d+(?:[.,]\d+)?\s*(?:h|heures?)\s*)$",
    re.IGNORECASE,
)


def _and_a_detail(clause: str) -> list[str]:
    """``clause`` cut at an « et » that brings a detail answering a later question (« vendeur et c'est 1 poste » was
    stored whole as the job: twentieth blind user test), else whole (« maçon et carreleur »)."""
    for joint in _AND_THEN.finditer(clause):
        tail = normalize(clause[joint.end():])
        if _RANGE_BEFORE_ET.search(clause[:joint.start()]) and re.match(r"\d", tail):
            continue  # « cariste, entre 28 et 30h »: a range whole (the job was « cariste, entre 28 », 30 h: review of the session's changes)
        if joint.group("says") and any(pattern.search(tail) for _, pattern in JOB_DETAILS) or (
                _ONLY_A_DETAIL.match(tail) and any(pattern.match(tail) for _, pattern in JOB_DETAILS)):
            return [clause[:joint.start()], clause[joint.end():]]
    if ((ranged := _RANGE_AT_THE_END.search(clause)) is not None and not re.search(rf"{HOURS_CHANGE_VERB}\s*$", clause[:ranged.start()], re.IGNORECASE)
            and validate_field("weekly_hours", ranged.group("range"), dt.date.today()).kind == VALUE):
        # « cariste entre 28 et 30h »: the range apart, as after a comma (review of the session's changes); not a change
        # (« cariste, il passera de 28h à 35h »)
        return [clause[:ranged.start()], ranged.group("range")]
    return [clause]


#: A figure alone at the hours question (« 151,67 », « 169 h »).
_BARE_HOURS = re.compile(r"(?P<figure>\d{3}(?:[.,]\d{1,2})?)\s*(?:h|heures?)?")


def _a_monthly_figure(text: str) -> bool:
    """Whether ``text`` is a figure alone that is 24 to 48 hours a week if monthly (104 to 208): the payslip's « 151,67 »
    at the hours question, said without « par mois », was refused as over 48 hours a week (twenty-first blind user test);
    it is converted and said back."""
    bare = _BARE_HOURS.fullmatch(text.strip(" .!"))
    return bare is not None and 104 <= float(bare.group("figure").replace(",", ".")) <= 208


#: A comma between clauses, not a decimal one (« 151,67 h »).
_CLAUSE_COMMA = r"(?:(?<!\d),|,(?!\d))"


def _clauses(text: str, sentences: bool = False, decimals: bool = False) -> list[str]:
    """The clauses of ``text`` (split at commas and semicolons, and with ``sentences`` at full stops), a day said alone
    kept with the clause before it: « fin août, genre le 25 » is one date (the 31st was stored: twentieth blind user test).
    With ``decimals``, a comma between digits is a decimal one (« 151,67 h par mois » at the hours question was cut to « 67 h
    par mois »: twenty-first blind user test; « 2,35h » at the positions question is 2 positions and 35 h)."""
    clauses: list[str] = []
    comma = _CLAUSE_COMMA if decimals else ","
    separator = rf"\s*(?:{comma}|;|(?<!\d)\.(?!\d))\s*" if sentences else rf"\s*(?:{comma}|;)\s*"
    for clause in (c.strip() for c in re.split(separator, text)):
        if clauses and clause and a_day_alone(normalize(clause)):
            clauses[-1] = f"{clauses[-1]}, {clause}"
        elif clause:
            clauses.append(clause)
    return clauses


#: The piece of a clause each field reads (« 1 poste à 39h »: « 1 poste » and « 39h »).
DETAIL_PIECE: dict[str, Callable[[str], str]] = {
    # (« il en faudrait 6 »: the count after « il / on / j' en <verb> »; not « 2 postes en juin 2027 »: review)
    "positions": lambda clause: re.split(r"\s+(?:a|à|de|en|pour)\s+", re.sub(r"^(?:il|on|j['’]?)\s*en\s+\S+\s+", "", clause.strip(), flags=re.IGNORECASE),
                                         maxsplit=1)[0],
    # (a range whole, its low end; with « par mois »: the monthly hours converted, not read per week)
    "weekly_hours": hours_piece,
    # « 3 postes à 28h à partir du 15 avril »: the start only.
    "start_date": lambda clause: (m.group(0) if (m := re.search(r"\b(?:[àa] partir|d[èe]s)\b.*$", clause, re.IGNORECASE)) else clause),
}


def _in_sentence(label: str) -> str:
    """« type d'employeur » within a sentence; « SIRET » stays as it is."""
    return label[:1].lower() + label[1:] if label[1:2].islower() else label


#: The questions whose answer often comes with the next ones (« Ville du Mans, SIRET 217…, employeur public, 3 postes »).
#: (The job title reads its own details: :func:`_job_details`.)
_LEADS_OTHERS = ("company_name", "siret", "employer_type", "work_location", "contact_name")
#: Questions whose answer is one clause among the job's details (:data:`JOB_DETAILS`).
DETAIL_FIELDS = ("positions", "weekly_hours", "start_date")


#: « besoin de formation en maçonnerie et lecture de plans »: the training needs, said as such.
_TRAINING_CLAUSE = re.compile(
    r"^(?:et\s+)?(?:(?:(?:on a |il y a )?(?:un |des )?besoins?)\s+(?:de |d['’ ]|en )?(?:formation\s+)?(?:en|sur|pour|:)?|formation\s+(?:en|sur|pour|:)"
    # « elle a besoin de formation en soudure »: with « formation » only (« il a besoin de temps » is none: session of 2026-12-02)
    r"|(?:il|elle|ils|elles)\s+(?:lui\s+|leur\s+)?(?:a|ont|aura|aurait|auraient)\s+besoins?\s+(?:de |d['’ ])formation\s+(?:en|sur|pour|:))"
    r"\s*(?P<needs>\S.{2,})$",
    re.IGNORECASE,
)


#: « Il lui faudrait une formation Java. », « elle aurait besoin d'une formation Excel »: a training needed by the candidate, named
#: right after « formation » (asked again: twenty-second blind user test). Not what the training is like (« une formation
#: courte », « une formation de 3 mois », « une formation adaptée »), nor a question (« il lui faudrait une formation ? »).
#: What a training is like or when, not what it is: « une formation adaptée », « … avant de commencer ».
TRAINING_LIKE = (
    r"avant|après|apres|interne|courte|longue|rapide|complète|complete|adaptée|adaptee|qualifiante|diplômante|diplomante|certifiante"
    r"|sp[ée]cifique|particuli[èe]re|compl[ée]mentaire|initiale|continue|obligatoire|acc[ée]l[ée]r[ée]e"
)
#: « une formation adaptée », « une formation avant de commencer »: no needs named.
_ONLY_WHAT_IT_IS_LIKE = re.compile(rf"(?:une?\s+)?formations?\s+(?:{TRAINING_LIKE})\b", re.IGNORECASE)
TRAINING_NEEDED = re.compile(
    r"\b(?:il|elle|ils|elles|on)\s+(?:lui|leur)?\s*(?:faudrait|faudra|faut|aurait besoin|aura besoin|a besoin|ont besoin|auraient besoin)"
    r"\s+(?:d['’ ]\s*)?(?:une|d['’ ]une)\s+formation\s+"
    rf"(?!(?:de|d|du|des|en|à|a|au|aux|sur|pour|{TRAINING_LIKE})\b)"
    r"(?P<needs>[^\W\d_][^,;.!?()]{1,118})",
    re.IGNORECASE,
)


#: The people a training is for (« pour les deux », « pour une personne »): the count of positions, at that question.
_PEOPLE_TRAINED = rf"pour (?:les|nos|ces|mes) {COUNT_WORD}|pour (?:une?|1) (?:seule? )?(?:personnes?|postes?|salari\w*|candidat\w*|recrues?)"
#: Where the needs said first end, before the answer to the question asked (« il lui faudrait une formation Java donc pas avant
#: avril », « il faut une formation caces pour les deux »: the needs were « Java donc pas avant avril », « caces pour les deux »,
#: and the answer lost: review of the twenty-second blind user test's fixes).
_NEEDS_END = re.compile(rf"\s+(?:donc|{_PEOPLE_TRAINED})\b", re.IGNORECASE)
#: « pour les trois, et un seul poste en fait »: the count said after the people trained is the count of positions.
_COUNT_AFTER_PEOPLE_TRAINED = re.compile(
    rf"^(?:{_PEOPLE_TRAINED})\b.*?(?:\s*[,;]\s*(?:(?:et|mais)\s+)?|\s+(?:et|mais)\s+)(?P<after>\S.*)$", re.IGNORECASE
)
#: « …pour une personne, l'autre l'a déjà »: the people trained are not all the positions.
_OTHERS_TOO = re.compile(r"\b(?:l['’ ]\s*autre|les autres)\b", re.IGNORECASE)
#: A training spoken of (« …, et en plus une formation sst », « …, en mars la formation puis embauche en avril »).
_A_TRAINING = re.compile(r"\bformations?\b", re.IGNORECASE)
#: Needs that name no training: « on a besoin d'une formation pour une personne » is one position.
_NO_NEEDS = re.compile(
    rf"(?:(?:une?|la|des|d['’ ]\s*une)\s+)?formations?|(?:une?|1|{COUNT_WORD}) (?:seule?s? )?(?:personnes?|postes?|salari\w*|candidat\w*|recrues?)",
    re.IGNORECASE,
)


def _training_said(clause: str) -> tuple[str, str] | None:
    """(the training needs a clause says as such, what follows them), else None."""
    clause = clause.strip()
    said = _TRAINING_CLAUSE.match(clause)
    if said is None:
        clause = re.sub(r"(?i)^(?:et|mais|par contre|sinon)\s+", "", clause)
        said = TRAINING_NEEDED.match(clause)
    if said is None and (needed := _NEEDS_SOMETHING.match(clause)) and (
        needed.group("trained") or _A_TRAINING.search(needed.group("needs")) or set(normalize(needed.group("needs")).split()) & TRAINING_WORDS
    ):
        said = needed  # « il a besoin d'un caces », « il a besoin d'une formation en soudure »: a training or a skill named
    if said is None:
        return None
    if (said.re is _TRAINING_CLAUSE and not re.search(r"(?i)formation", clause[: said.start("needs")])
            and re.match(r"(?i)(?:un|une|des|quelqu['’ ]?un)\s", said.group("needs"))
            and not (_A_TRAINING.search(said.group("needs")) or set(normalize(said.group("needs")).split()) & TRAINING_WORDS)):
        return None  # « besoin d'un dev full stack opérationnel vite »: a person, the job (thirtieth blind user test)
    needs = _NEEDS_END.split(said.group("needs"), maxsplit=1)[0].strip()
    if not needs or _NO_NEEDS.fullmatch(needs) or _ONLY_WHAT_IT_IS_LIKE.match(needs):
        return None
    return needs, clause[said.start("needs") + len(needs):]


#: « il a besoin de … » said of the candidate: the needs when they name a training, a certification or a skill (« il a besoin
#: d'une formation en soudure », « … de formation caces », « … d'un caces », « … de se former en soudure » were dropped, with
#: « il a besoin de temps », which names none: review of the session's changes).
_NEEDS_SOMETHING = re.compile(
    r"^(?:il|elle|ils|elles)\s+(?:lui\s+|leur\s+)?(?:a|ont|aura|aurait|auraient)\s+besoins?\s+(?:de\s+|d['’ ]\s*|du\s+)"
    # (the preposition a word of its own: « … de formation anglais », « … d'une formation avant de commencer » were the needs
    # « nglais », « vant de commencer »: second review of the session's changes; nor what the training is like)
    r"(?P<trained>(?:une?\s+)?formations?\s+(?:(?:en|sur|pour|de|du|au|aux|à|a)\s+|d['’ ]\s*)?(?!(?:" + TRAINING_LIKE + r")\b)"
    r"|(?:se former|[êe]tre form[ée]e?s?)\s+(?:en|sur|au|à|a)\s+)?(?P<needs>\S.{1,})$",
    re.IGNORECASE,
)


#: How a training is given, not what it is (folded): « formation en interne », « formation en alternance ».
_HOW_TRAINED = re.compile(r"(?:l |la |une )?(?:interne|alternance|entreprise|distance|ligne|presentiel|continu|cours d emploi)")


#: Where a name and training needs part (« Paul Martin besoin de formation en soudure » without a comma was the name whole).
#: Not inside « il a besoin de … »: « Paul Martin il a besoin de temps » noted the needs « temps » (session of 2026-12-02);
#: the clause is whole, and needs only with « formation » in it (:data:`_TRAINING_CLAUSE`).
_NEEDS_OR_NAME = re.compile(
    r"[,;]|\.\s+|\s+(?=(?:il|elle|ils|elles|on)\s+(?:lui\s+|leur\s+)?(?:faudrait|faudra|faut|aurait besoin|aura besoin|a besoin))"
    r"|(?<!\ba)(?<!\bont)(?<!\baura)(?<!\baurait)\s+(?=(?:un\s+|des\s+)?besoins?\s+(?:de|d|en)\b)",
    re.IGNORECASE,
)


def _needs_and_a_name(text: str, slots: dict[str, Any]) -> tuple[str | None, str | None, str] | None:
    """For a message with training needs said as such in a clause of its own (« il faudrait une formation caces, Marie
    Dupont »): the needs (None when no usable value), the one person's name said in the other clauses (None when none), and
    those other clauses; None when no clause is training needs, or with a question."""
    clauses = [c.strip(" .!") for c in _NEEDS_OR_NAME.split(text) if c.strip(" .!")]
    needs = [n for c in clauses if (n := training_of_clause(c)) is not None]
    if not needs or "?" in text:
        return None
    others = ", ".join(c for c in clauses if training_of_clause(c) is None)
    name = person_named(others, slots) if others else None
    if name is not None and ((checked := validate_field("contact_name", others, dt.date.today())).kind != VALUE or checked.value != name):
        name = None  # (only a name: not « …, c'est urgent », « …, je vous donne le nom après »)
    training = validate_field("training_needs", needs[0], dt.date.today())
    if _HOW_TRAINED.fullmatch(normalize(needs[0])):
        return None, name, others  # « Marie Dupont, formation en interne »: how, not what (no needs « interne »)
    return (training.value if training.kind == VALUE else None), name, others


def _answer_after_needs(
    rest: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime
) -> FieldUnderstanding | None:
    """The answer read in what follows the training needs said first (« il leur faudrait une formation CACES, deux postes »),
    else None (the needs noted, the question asked again).

    Only a count, hours or a start said as such: the rest read at a free-text question was its answer (« il lui faudrait une
    formation Java, c'est urgent » made the job « urgent », « …, je vous dis le poste après » the job), and a question, a
    remark or a place after the needs lost them; nor a rest that speaks of a training (« …, et en plus une formation sst » was
    1 position, « …, en mars la formation puis embauche en avril » the start in March): third review of the twenty-second
    blind user test's fixes.
    """
    if requested not in DETAIL_FIELDS or _A_TRAINING.search(rest) or "?" in rest:
        return None  # (« …pour les deux, c'est possible ? » was 2 positions, the question left aside)
    if requested == "positions" and re.match(_PEOPLE_TRAINED, rest, re.IGNORECASE):
        if _OTHERS_TOO.search(rest):
            return None  # « …pour une personne, l'autre l'a déjà »: how many positions is not said
        if (later := _COUNT_AFTER_PEOPLE_TRAINED.match(rest)) and (corrected := _answer_after_needs(
                later.group("after"), requested, slots, intent, now)) is not None:
            return corrected  # « il faut une formation caces pour les trois, et un seul poste en fait »: 1
    answered = understand_field(rest, requested, slots, intent, now, needs_first=False)
    if (answered.kind != VALUE or answered.interruption or answered.updates.get(requested) is None
            or "training_needs" in answered.updates):
        return None
    return answered


def training_of_clause(clause: str) -> str | None:
    """The training needs a clause says as such (« besoin de formation en maçonnerie », « il lui faudrait une formation Java »),
    up to a « donc » or a count (« … pour les deux »), else None."""
    said = _training_said(clause)
    return said[0] if said else None


def _later_clauses(clauses: list[str], now: dt.datetime) -> dict[str, Any]:
    """The start (« on voudrait démarrer en sept 2027 ») and the training needs (« besoin de formation en… ») said in
    clauses after the answer asked: they were asked again (tenth blind user test)."""
    found: dict[str, Any] = {}
    for clause in clauses[1:]:
        plain = normalize(clause)
        training = training_of_clause(clause)
        if training and "training_needs" not in found:
            checked = validate_field("training_needs", training, now.date())
            if checked.kind == VALUE:
                found["training_needs"] = checked.value
        elif says_the_hiring_start(plain) and "start_date" not in found:
            value = recap_value("start_date", clause, now)[0]
            if value is not None:
                found["start_date"] = value
    return found


#: « et » / « mais » before a clause of the start, after the hours (« 35h et ca commence dans 10 semaines »).
_START_JOINED = re.compile(r"\s+(?:et|mais)\s+(?=\S)", re.IGNORECASE)


def _another_detail(clause: str) -> bool:
    """Whether ``clause`` answers a question other than the start (the positions, the hours, the training needs)."""
    plain = normalize(clause)
    return any(pattern.search(plain) for field, pattern in JOB_DETAILS if field != "start_date") or training_of_clause(clause) is not None


def _answers_in_passing(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> tuple[str, dict[str, Any], list[str]]:
    """The part of ``text`` that answers ``requested``, the later questions its other parts answer (those not
    answered yet, each part naming or showing its field as at the recap), and why a value given so was not kept.

    The first part always answers the question asked; a part that names no field continues the one before
    (« Dupont et fils »), as in :func:`_several_corrections`.
    """
    if requested in ("company_name", "job_title") and only_an_employer_type(text):
        return text, {}, []  # « Employeur public (collectivité, hôpital, …) »: one label, refused whole (twentieth user test)
    if requested == "positions" and groups_at_their_hours(fold(text)) > 1:
        return text, {}, []  # « 2 postes a 35h, 1 a 28h »: the total asked, not the first group's count (review of the session's changes)
    decimals = requested == "weekly_hours"
    joins = [j for j in _START_JOINED.finditer(text) if says_the_hiring_start(normalize(text[j.end():]))] if requested == "weekly_hours" else []
    if joins:
        # « 35h et ca commence dans 10 semaines » got « plusieurs durées » (thirty-second blind user test): the start joined by
        # « et » / « mais » (the last such) is a clause of its own, kept for its question as one after a comma.
        text = f"{text[: joins[-1].start()]}, {text[joins[-1].end():]}"
    if requested in DETAIL_FIELDS and re.search(rf"{_CLAUSE_COMMA if decimals else ','}|;|(?<!\d)\.(?!\d)", text.strip().rstrip(".")):
        # « apprenti cuisinier pr notre resto, 1 poste, 35h, debut en septembre » at the positions question: the
        # clause with the number of positions answers it, the others the later questions (they were lost: eighth
        # blind user test).
        clauses = _clauses(text, sentences=True, decimals=decimals)
        pattern = dict(JOB_DETAILS)[requested]
        own = [c for c in clauses if pattern.search(normalize(c))]
        if not own and len(clauses) > 1 and (first := validate_field(FIELD_VALIDATORS[requested], clauses[0], now.date())).kind == VALUE:
            # « 1, a 35h », « juste un, pour 30h par semaine », « deux postes. on voudrait que ça démarre le 15 mars »: the
            # first clause answers, the hours and the start were asked again (twentieth blind user test).
            own = [clauses[0]]
            if first.warning and (whole := validate_field(FIELD_VALIDATORS[requested], text, now.date())).kind == VALUE and whole != first:
                own = [text]  # « 4 ou 5, disons 4 »: an estimate the next clause settles, read whole
        if requested == "start_date" and len(own) == 1:
            # « a la rentree de fevrier apres les vacances, le 22/02/2027 », « pour le printemps, disons mi-avril »: the
            # clauses no other field reads are the date too, read together (the first one alone was the 1st of
            # February, the 1st of April: twenty-second blind user test).
            own = [", ".join(c for c in clauses if c is own[0] or not _another_detail(c))]
        if len(own) == 1 and len(clauses) > 1:
            details = _job_details("-, " + ", ".join(clauses), {**slots, requested: None}, now)[1]
            details.update({k: v for k, v in _later_clauses(clauses, now).items() if k not in details})
            return own[0], {k: v for k, v in details.items() if k != requested and slots.get(k) is None}, []
    if requested in _LEADS_OTHERS:
        # « Comme indiqué, Mécaplast Industries (SAS), site de Cholet »: the lead-in is no first part (it was stored as the
        # company's name: twenty-ninth blind user test).
        text = without_lead_in(text)
    pieces = CORRECTION_SEPARATOR.split(text)
    if requested not in _LEADS_OTHERS or len(pieces) < 3:
        return text, {}, []
    # (A part naming another field is not the answer asked, even when its value cannot be kept.)
    groups: list[list[str]] = [[pieces[0]]]
    fields: list[str | None] = [requested]
    for i in range(2, len(pieces), 2):
        part = pieces[i]
        if fields[-1] == "company_name" and continues_a_name(pieces[i - 1], part):
            groups[-1] += [pieces[i - 1], part]  # « Les Vignobles de Clisson et du Pallet »: one name (twentieth user test)
            continue
        if normalize(pieces[i - 1]) == "et" and joins_a_department_name(pieces[i - 2], part):
            groups[-1] += [pieces[i - 1], part]  # « Maine et Loire »: one department, not « Maine » and the commune Loiré
            continue
        field = recap_field_of(part, normalize(part)) or sniff_field(part, normalize(part))
        if field is None and validate_field("employer_type", part, now.date()).kind == VALUE:
            field = "employer_type"  # « 374 068 120 00020 et on est une SAS » (asked again: eighth blind user test)
        if field == "contact_phone" and requested == "siret" and validate_field("siret", part, now.date()).kind == VALUE:
            field = None  # « Excusez-moi, mauvais numéro : 215 300 609 00017 »: the SIRET's number, not a phone (thirty-seventh blind user test)
        if field is None or field in fields or field not in FIELD_VALIDATORS or field == "derogation_justification":
            groups[-1] += [pieces[i - 1], part]
            continue
        groups.append([part])
        fields.append(field)
    found: dict[str, Any] = {}
    notes: list[str] = []
    for group, field in zip(groups[1:], fields[1:], strict=True):
        assert field is not None
        if slots.get(field) is not None and not (field == "employer_type" and (
                _NOT_THE_TYPE.search(normalize("".join(group)))
                or _employer_type_stated("".join(group), now.date(), None) not in (None, slots.get(field)))):
            # (The type recorded, from the check, set aside in so many words: « OGEC …. C'est une association loi 1901, pas
            # une entreprise privée » kept « Entreprise privée »: thirty-seventh blind user test. Or another type stated in
            # so many words: « c'est la cuisine centrale de l'EHPAD Les Tilleuls, c'est public » kept the private type guessed
            # earlier: fifty-second blind user test, u52-05.)
            continue
        if field in CONTACT_FIELDS and slots.get(CONSENT_SLOT) in (None, CONSENT_REFUSED):
            # Contact details before the consent are not kept, said so, as at the other questions (:class:`TypedValues`); a
            # number, then an e-mail, at the SIRET question stored them without it (twenty-eighth blind user test).
            if msg.CONTACT_DETAILS_AFTER_CONSENT not in notes:
                notes.append(msg.CONTACT_DETAILS_AFTER_CONSENT)
            continue
        if field == "start_date" and not says_the_start(normalize("".join(group))):
            # « Boulangerie Martin, on a une etudiante qui finit son BTS en juin »: the candidate's June, no start (it was
            # stored, and the date never asked: twenty-second blind user test).
            continue
        value, error = recap_value(field, "".join(group), now, slots)
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
        if field == "contact_name" and slots.get("contact_phone") is None and "contact_phone" not in found:
            # « contact Paul Bernard 06 45 67 89 12 »: the name, and the phone said with it, which the phone's validator reads
            # out of the words (it was lost: twenty-eighth blind user test)
            phone, _ = recap_value("contact_phone", "".join(group), now, slots)
            if phone is not None:
                found["contact_phone"] = phone
    return "".join(groups[0]), found, notes


def suggested_address_taken(text: str, plain: str, slots: dict[str, Any]) -> str | None:
    """The address suggested for a mistyped provider (« …@gmial.com » → « …@gmail.com ») when a short message names that
    provider (« oui pardon gmail.com », « c'est gmail.com », « oui gmail »), else None."""
    address = str(slots.get("contact_email") or "")
    if "@" not in address or "@" in text or len(plain.split()) > 8:
        return None
    local, domain = address.split("@", 1)
    likely = likely_provider(domain)
    if likely is None:
        return None
    name = likely.split(".")[0]
    if not re.search(rf"\b{name}\b", plain) or re.search(rf"\b(?:pas|non)\s+(?:\w+\s+)?{name}\b", plain):
        return None
    return f"{local}@{likely}"


#: The other address of two offered named at the recap (folded): « l'autre adresse », « l'autre mail », « la 2e adresse », « la
#: deuxième adresse mail », « la seconde » (``rank``); « l'adresse générique », « le mail générique » (``generic``).
_ADDRESS_WORD = r"(?:adresse(?:\s+(?:e\s*)?mail)?|(?:e\s*)?mail|courriel|mel)"
_OTHER_ADDRESS_NAMED = re.compile(
    rf"\b(?:l|la|le)\s+(?P<rank>autre|2e|2eme|2nd|2nde|deuxieme|seconde?)\s+{_ADDRESS_WORD}\b"
    rf"|\b{_ADDRESS_WORD}\s+(?P<generic>generique|generale|commune|de l entreprise|de la structure|de la societe)\b"
)


def keep_the_other_address(updates: dict[str, Any], text: str, slots: dict[str, Any]) -> None:
    """When ``updates`` give the contact's e-mail: the other address ``text`` offered with it (« k.lebreton@… ou sinon contact@… »)
    kept in :data:`OTHER_EMAIL_SLOT` for the recap, or the one kept before forgotten (a new address given alone)."""
    address = updates.get("contact_email")
    if not address:
        return
    other = other_address_offered(text)
    if other is not None and other != address:
        updates[OTHER_EMAIL_SLOT] = other
    elif slots.get(OTHER_EMAIL_SLOT) and address != slots.get("contact_email"):
        updates[OTHER_EMAIL_SLOT] = None


def other_address_taken(text: str, slots: dict[str, Any]) -> str | None:
    """The other address of two offered (:data:`OTHER_EMAIL_SLOT`) when a short message at the recap asks for it (« prenez
    l'autre adresse », « la 2e adresse », « mettez plutot l'adresse generique finalement », or its own name: « l'adresse contact »),
    else None: no address typed, none offered, or the generic one asked being the one kept."""
    other, kept = str(slots.get(OTHER_EMAIL_SLOT) or ""), str(slots.get("contact_email") or "")
    plain = normalize(text)
    if "@" not in other or "@" in text or len(plain.split()) > 12 or other == kept:
        return None
    named = _OTHER_ADDRESS_NAMED.search(plain)
    if named is None:
        local = normalize(other.split("@", 1)[0])
        own_name = len(local) >= 3 and re.search(rf"\b{_ADDRESS_WORD}\s+(?:{re.escape(local)})\b", plain)
        return other if own_name else None
    if named.group("generic") and not (is_generic_address(other) and not is_generic_address(kept)):
        return None
    return other


def without_the_provider(text: str, fixed: str) -> str:
    """``text`` without the words that named the provider of :func:`suggested_address_taken`'s ``fixed`` address
    (« oui pardon gmail.com, et le tel c'est le 06… » → « et le tel c'est le 06… »)."""
    provider = re.escape(fixed.split("@")[1].split(".")[0])
    return re.sub(r"(?i)\b(?:(?:oui|ouais|ok|pardon|c['’ ]?est|bien|sur|plutot|plutôt)\s+)*[\w.-]*\b" + provider + r"(?:\.\w+)?\b", " ", text).strip(" ,;.!")


#: The contact's fields that may be kept aside at the consent question, in the order they are asked.
_CONTACT_FIELDS_ASIDE = ("contact_name", "contact_email", "contact_phone")


def _contact_aside(text: str, slots: dict[str, Any], now: dt.datetime) -> dict[str, Any] | None:
    """The contact details typed at the consent question (« Sophie Martin, directrice », « s.martin@… », « 0241000000 »),
    validated by their usual validators and added to those already kept aside, or None when the message gives none.
    A name only typed with capitals, or along with an address or a number (« bof », « euh » are no name)."""
    kept = dict(slots.get(CONTACT_ASIDE_SLOT) or {})
    blank = {**slots, **{f: None for f in _CONTACT_FIELDS_ASIDE}, MISSING_SLOT: None}
    found, _ = _details_in_passing(text, "contact_name", blank, now)
    name_like = re.search(r"\b[A-ZÀ-Ý][\w'’.-]*\s+[A-ZÀ-Ý][\w'’-]+", text) is not None
    if found or name_like:
        read = understand_field(text, "contact_name", blank, "inform", now)
        found = {**found, **{f: v for f, v in read.updates.items() if f in _CONTACT_FIELDS_ASIDE and (f != "contact_name" or read.kind == VALUE)}}
    found = {f: v for f, v in found.items() if f in _CONTACT_FIELDS_ASIDE and v is not None}
    if not found:
        return None
    return {**kept, **found}


def _with_contact_aside(result: FieldUnderstanding, slots: dict[str, Any]) -> FieldUnderstanding:
    """``result`` of the consent question with the contact details kept aside there: once agreed, they fill the contact's
    fields not answered yet (said back as « J'ai aussi noté : … »); refused, they are forgotten."""
    aside = slots.get(CONTACT_ASIDE_SLOT)
    given = result.updates.get(CONSENT_SLOT)
    if not aside or given is None:
        return result
    result.updates[CONTACT_ASIDE_SLOT] = None
    if given == CONSENT_REFUSED:
        return result
    filled = {f: v for f, v in aside.items()
              if f in _CONTACT_FIELDS_ASIDE and f not in result.updates and not slots.get(f)}
    if not filled:
        return result
    result.updates.update(filled)
    missing = [f for f in (slots.get(MISSING_SLOT) or []) if f not in filled]
    if missing != (slots.get(MISSING_SLOT) or []):
        result.updates[MISSING_SLOT] = missing
    noted = msg.CHANGES_JOINER.join(
        msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS[f]), value=display(f, v)) for f, v in filled.items())
    result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
    return result


def _with_siret_in_passing(result: FieldUnderstanding, text: str, slots: dict[str, Any], now: dt.datetime) -> FieldUnderstanding:
    """``result`` with a SIRET given along (« ah j'ai retrouvé le siret : 318 443 959 01501. et oui j'accepte » at the
    consent: the consent was taken, the SIRET lost: twentieth blind user test)."""
    kept, _ = _details_in_passing(text, CONSENT_SLOT, slots, now)
    if kept.get("siret"):
        result.updates.update(kept)
        noted = msg.CHANGED_FIELD.format(label=_in_sentence(FIELD_LABELS["siret"]), value=display("siret", kept["siret"]))
        result.messages.append({"text": msg.ALSO_NOTED.format(changes=noted)})
    return result


#: « …, SIRET 732… », « Codalys SAS - 73282932000074 » (a SIRET after a dash: nineteenth blind user test).
_SIRET_TAIL = re.compile(r"[,;(]?\s*\b(?:n[°o]\s*)?siret\b.*$|\s*[-–—:,;(]\s*\d(?:[ .]?\d){13}\)?\s*$", re.IGNORECASE)


#: A number as typed, with its spaces, dots, dashes or slashes.
_RUNS = re.compile(r"\d(?:[ .\-/]?\d)*")


def _details_in_passing(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> tuple[dict[str, Any], list[str]]:
    """The :data:`_IN_PASSING` fields said along with the answer asked (only those not answered yet), and why one
    that is there could not be kept (a 9-digit phone was dropped without a word: seventh blind user test)."""
    present = {"contact_email": "@" in text, "contact_phone": len(re.findall(r"\d", text)) >= 9,
               # (a number long enough to be one: « 02 43 12 34 56 poste 4512 » at the phone got « SIRET non retenu … vous en
               # avez saisi 10 »: thirty-seventh blind user test)
               "siret": len(re.findall(r"\d", text)) >= 14 and any(len(re.findall(r"\d", run)) >= 12 for run in _RUNS.findall(text))}
    found: dict[str, Any] = {}
    notes: list[str] = []
    # (A SIRET wherever it comes: « rebonjour, j'ai le siret : 732 829 320 00074 » at the number of positions was
    # « plusieurs nombres »: eighteenth blind user test.)
    for slot in dict.fromkeys([*_IN_PASSING.get(requested, ()), *(("siret",) if requested != "siret" else ())]):
        if present[slot] and not slots.get(slot):
            checked = validate_field(FIELD_VALIDATORS[slot], text, now.date())
            if checked.kind == VALUE:
                found[slot] = checked.value
                if slot in (slots.get(MISSING_SLOT) or []):
                    found[MISSING_SLOT] = [f for f in slots[MISSING_SLOT] if f != slot]
            elif checked.kind == UNUSABLE and checked.error:
                notes.append(msg.NOT_KEPT_IN_PASSING.format(label=FIELD_LABELS[slot], error=checked.error))
    return found, notes


#: A message that opens with the place of the job (« le lieu de travail c'est… », « attendez en fait le poste serait… »).
_PLACE_FIRST = re.compile(
    r"^(?:(?:attendez|attends|en fait|pardon|euh|ah|oh|mais|non|oups|finalement|alors)\s+)*"
    r"(?:le lieu|la commune|la ville|l adresse du poste|"
    # « en fait la mission est chez le client à Château-Gontier pas à Laval » (ignored: nineteenth blind user test); not « la
    # mission est de poser des fenêtres à Angers » (review)
    r"(?:le poste|la mission|le chantier) (?:sera|serait|est|se trouve|se situe|sera situe|est situe|est base|sera base|se fait|se fera|se passe)"
    r"(?: (?:plutot|finalement|en fait|maintenant))? (?:a|au|aux|en|dans|chez|sur|vers))\b"
)
#: A SIRET or a phone number in a message (nine digits or more, spaced or not).
_DIGIT_RUNS = re.compile(r"\+?\d(?:[ .-]?\d){8,}")
#: A type of employer set aside (folded): « pas une entreprise privée », « et non un employeur public », « pas une asso ».
_NOT_THE_TYPE = re.compile(
    rf"\b(?:pas|non|et non|ni)\s+(?:du tout\s+)?(?:(?:une?|d|des|l|le|la)\s+)?(?:(?:{'|'.join(employer_nouns())}|employeur)s?|"
    r"prive|privee|public|publique|secteur)\b"
)
#: The free-text questions, whose answer any sentence may be: a type of employer said there is read by their own readers.
_FREE_TEXT = ("job_title", "training_needs", "derogation_justification", "contact_name")
#: What opens a remark beside the question (folded): « au fait », « ah », « d'ailleurs ».
_ASIDE_OPENING = re.compile(
    r"^(?:(?:au fait|en fait|d ailleurs|ah|oh|bon|alors|aussi|et|mais|par contre|attention|sinon|je precise|petite precision|precision)\s+)+"
)


#: A word of a clause that says what kind of employer it is (folded), beyond a legal form (« SARL Dupont » is a name).
_TYPE_CUE = re.compile(
    r"\b(?:municipa\w*|communa\w*|intercommuna\w*|mairie|commune|collectivite|departement\w*|region\w*|public|publique|prive|privee"
    r"|associati\w*|asso|depend\w*|rattache\w*|entreprise|societe|employeur|structure)\b"
)
#: A type said in so many words (folded), which overrides the one recorded (a guess, maybe: « Entreprise privée » guessed, « c'est
#: public », « on est public » at the SIRET were ignored: fifty-second blind user test, u52-05); not a legal form (« c'est une
#: sarl » leaves an association noted).
_TYPE_SAID_AS_SUCH = re.compile(
    r"\b(?:public|publique|publics|publiques|prive|privee|prives|privees|associatif|associative|associations?|asso|assos|"
    r"mairie|collectivite|fonction publique|etablissement public|hopital|centre hospitalier)\b"
)
#: What says the type is set right, not only said (folded): « au fait », « en fait », « on dépend de », « finalement ».
_TYPE_SET_RIGHT = re.compile(r"\b(?:au fait|en fait|finalement|pardon|non|depend\w*|rattache\w*)\b")


#: A type of employer set aside, then another said in the same clause (as typed): « c'est pas une entreprise privee c'est un
#: etablissement public », « c pas une boite privee on est une asso ».
_TYPE_SET_ASIDE_THEN_SAID = re.compile(
    r"(?i)(?P<aside>\b(?:pas|non)\b[^,;.!]*?)\s+(?=(?:c['’ ]?est|c|on est|nous sommes|je suis|mais)\s)"
)


def _employer_type_stated(text: str, today: dt.date, recorded: Any) -> str | None:
    """The type of employer every clause of ``text`` says (each with a word of a type: :data:`_TYPE_CUE`), a type set aside in
    so many words left out (« au fait c'est un camping municipal, on depend de la mairie, c'est pas une entreprise privee » is
    public); None when a clause says something else, the clauses do not agree, or a type is ``recorded`` and the message does
    not set it right (:data:`_TYPE_SET_RIGHT`, or a type set aside: « c'est une sarl » leaves an association noted)."""
    kinds: set[str] = set()
    refused: set[str] = set()
    # (« c'est pas une entreprise privee c'est un etablissement public », one clause, was two types: fifty-second blind user test,
    # u52-05. The type set aside, then the one said, apart.)
    text = _TYPE_SET_ASIDE_THEN_SAID.sub(r"\g<aside>, ", text or "")
    for clause in re.split(r"\s*[,;.!]+\s*|\s+(?:et|mais)\s+", text):
        plain = _ASIDE_OPENING.sub("", normalize(clause)).strip()
        if not plain:
            continue
        checked = validate_field("employer_type", plain, today)
        if checked.kind != VALUE or not isinstance(checked.value, str) or not (_TYPE_CUE.search(plain) or employer_type_alone(plain)):
            return None
        (refused if _NOT_THE_TYPE.search(plain) else kinds).add(checked.value)
    if len(kinds) != 1 or kinds & refused:
        return None
    if recorded and not (refused or _TYPE_SET_RIGHT.search(normalize(text or "")) or _TYPE_SAID_AS_SUCH.search(normalize(text or ""))):
        return None
    return next(iter(kinds))


#: « I still don't have it » (folded): a refusal said again, whose explanation was given already.
_STILL_NOT = re.compile(r"\btoujours pas\b(?! (?:compris|trouve|cherche|regarde))")
#: At the e-mail question, an answer without an address that says there will be none, or asks whether one is needed (folded):
#: « je n'utilise pas l'e-mail », « écrivez-moi par courrier », « un téléphone ne suffit pas ? », « donnez-moi un numéro de la
#: Région », « l'e-mail est obligatoire ? » (thirty-seventh blind user test).
_NO_EMAIL_WAY = re.compile(
    r"\b(?:utilise|utilisons|utilisent|lis|lisons|consulte|consultons|regarde|regardons)\s+(?:pas|jamais|plus|rarement)\s+"
    r"(?:(?:d|l|le|les|de|mes|nos|mon|ma|notre|la)\s+)*(?:e ?mails?|mails?|courriels?|messagerie|internet|ordinateur|boite mail)\b"
    r"|\bpar (?:courrier|la poste|voie postale|lettre|telephone|tel)\b"
    r"|\b(?:telephone|tel|portable|numero(?: de telephone)?)\s+(?:(?:ca|ne|n)\s+)*(?:suffit|suffira|suffirait|suffisent|va pas|ira pas|convient)\b"
    r"|\b(?:telephone|numero)\b.*\b(?:de la region|de vos services|des services|du service|de quelqu un)\b"
    r"|\b(?:m appeler|me telephoner|appelez moi|telephonez moi|puisse appeler|peux appeler|pouvez m appeler|rappeler)\b"
    r"|\b(?:e ?mails?|mails?|courriels?|adresse)\b.*\b(?:obligatoire|indispensable|obligee?)\b"
    r"|\b(?:obligatoire|indispensable|obligee?)\b.*\b(?:e ?mails?|mails?|courriels?)\b"
    r"|\bcomment (?:faire|on fait|je fais)\b.*\bsans\b|\bsans (?:e ?mail|mail|courriel|adresse)\b"
)
#: No address after all (folded), once someone else's was offered: « non j'en ai pas », « bon ben j'ai pas », « personne »,
#: « toujours pas », « aucune » (forty-second blind user test).
_NONE_AFTER_ALL = re.compile(r"\b(?:non|pas|aucune?|personne|rien|jamais|sans)\b")
#: A message that opens by correcting something (« oups pardon… », « attendez en fait… »); not « plutôt »,
#: which opens a preference there (« plutôt par mail » at the phone question).
_OPENING_CORRECTIONS = (*(p for p in CORRECTION_PHRASES if p != "plutot"), *WAIT_WORDS)
#: An apology before a correction (folded): « dsl je me suis trompé, l'entreprise c … » at the SIRET got « pas trouvé de numéro
#: SIRET » (fiftieth blind user test, u50-01).
_APOLOGY = r"dsl|desole|desolee|deso|excusez moi|excuse moi|excusez|sorry|oups|oops"
OPENS_WITH_CORRECTION = re.compile(
    rf"^(?:(?:ah|oh|mais|euh|zut|mince|{_APOLOGY})\s+)*(?:non\s+)?{alternation(_OPENING_CORRECTIONS)}\b")
#: An apology opening the message (folded), which opens a correction of an earlier answer named (« désolé, l'entreprise c'est
#: Boulangerie Martin » at the SIRET) only there (:func:`_earlier_field_corrected`).
_APOLOGY_FIRST = re.compile(rf"^(?:{_APOLOGY})\b")
#: An order to write something else instead (folded): « ah ok alors mettez plutot debut mai » at the training needs was stored as
#: them, the start kept (thirty-eighth blind user test).
_PUT_INSTEAD = re.compile(
    r"^(?:(?:ah|oh|ok|bon|ben|bah|euh|alors|d accord|du coup|donc|dans ce cas)\s+)*(?:mettez|mettre|mets|notez|ecrivez|on met|on va mettre)\s+"
    r"(?:plutot|finalement|en fait|alors)\b"
    # (« ah ok alors mettons debut avril » was stored as the training needs: fortieth blind user test)
    r"|^(?:(?:ah|oh|ok|bon|ben|bah|euh|alors|d accord|du coup|donc|dans ce cas)\s+)*(?:mettons|disons|on va dire|on met)\b"
)
#: Fields whose new value can be read in a sentence (free-text fields are too easily misread).
_CORRECTABLE_IN_PASSING = frozenset(
    {"siret", "employer_type", "work_location", "positions", "weekly_hours", "start_date", "contact_email", "contact_phone"}
)


#: « 3 postes au lieu de 2 », « …, pas 2 »: a value replacing another, wherever it stands.
_REPLACES = re.compile(r"\bau lieu d\w*\b|\bpas (?:\d+|un|une|deux|trois|quatre|cinq)\b|\bet non\b")


#: A message that opens by asking to change a field it names (« changez la date : le 20 février », « pouvez-vous modifier
#: le téléphone… », « la date c'est plutôt le 20 », folded): about that field, whatever question is asked. (Only an
#: explicit change: « la date est pas encore fixée, 2 postes », « le lieu c'est pas le siège, siret … », « la date est
#: maintenant plus urgente, 35h » lost the answer: review of the twentieth blind user test's fixes.)
_CHANGE_ASKED = re.compile(
    # (after a remark ending in « mais »: « on annule pas mais je voudrais changer la date pour le 1er mars » after the needs was
    # a going back, the needs lost: forty-fifth blind user test, u45-11)
    r"^(?:[a-z ]{0,40}?\bmais\s+)?"
    r"(?:(?:ah|oh|bon|ben|euh|et|alors|sinon|aussi|par contre|attendez|attention|au fait|merci de|svp)\s+)*"
    r"(?:(?:pouvez vous|vous pouvez|pourriez vous|il faut|faut|je voudrais|je veux|on peut|je peux|est ce que vous pouvez)\s+)?"
    r"(?:(?:chang|modifi|corrig|rectifi|remplac)\w*\s+(?:aussi\s+)?(?:la|le|l|les|mon|ma|notre|votre|sur la|sur le)\s+\w"
    r"|(?:la|le|l|les|pour la|pour le|pour l)\s+\w+(?:\s+\w+){0,3}?\s+(?:c est|ce sera)\s+(?:plutot|finalement|en fait)\b"
    # (« et la date c'est le 15 fevrier pas le 1er » at the training needs moved on, the date unchanged: twenty-seventh blind
    # user test; a value, then the one it replaces)
    r"|(?:la|le|l|les|pour la|pour le|pour l)\s+\w+(?:\s+\w+){0,3}?\s+(?:c est|ce sera|est)\s+\S.*?\s(?:pas|et non|au lieu d\w*)\s+\S)"
)
#: The change asked alone, without its new value (« modifiez la date svp »): for the recap.
_CHANGE_ALONE = re.compile(
    r"^(?:(?:ah|oh|bon|ben|euh|et|alors|sinon|aussi|par contre|attendez|au fait|merci de|svp)\s+)*"
    r"(?:(?:pouvez vous|vous pouvez|pourriez vous|il faut|faut|je voudrais|je veux|on peut|je peux|est ce que vous pouvez)\s+)?"
    r"(?:chang|modifi|corrig|rectifi|remplac)\w*\s+(?:aussi\s+)?(?:la|le|l|les|mon|ma|notre|votre)\s+\w+"
    r"(?:\s+(?:aussi|svp|stp|s il vous plait|merci|plait))*$"
)


def _change_asked(text: str, plain: str, requested: str, slots: dict[str, Any], now: dt.datetime | None = None) -> str | None:
    """The field answered earlier that a message asks to change (:data:`_CHANGE_ASKED`), if it is not the field being
    asked: « changez la date : le 20 février » at the training needs was stored as them (twentieth blind user test).
    The message must carry the new value (or be the request alone), a date at the training needs, and not answer the
    question asked too (« changer le lieu de stockage, logistique », « modifier la date de livraison dans SAP » are
    needs: review of the twentieth blind user test's fixes)."""
    if not _CHANGE_ASKED.match(plain):
        return None
    named = recap_field_of(text, plain)
    usable = named in _CORRECTABLE_IN_PASSING and named != requested and slots.get(named) is not None
    if not usable or named is None:
        return None
    alone = _CHANGE_ALONE.match(plain) is not None
    if alone:
        return named
    if now is None or recap_value(named, text, now, slots)[0] is None:
        return None
    if requested == "training_needs":
        return named if named == "start_date" else None
    # (Beside the change: « la date c'est le 15 fevrier pas le 1er » at the number of positions was 1 position, from « 1er ».)
    beside = ", ".join(re.split(r"\s*[,;]\s*|(?<=[.!?])\s+", text.strip())[1:])
    if requested not in FREE_TEXT_SLOTS and beside and validate_field(FIELD_VALIDATORS[requested], beside, now.date()).kind == VALUE:
        return None  # the question's own answer is in it too: not a change only
    return named


#: The answer to the question asked, before a first punctuation mark and what follows it (« dans 3 mois. ah et … »).
_ANSWER_FIRST = re.compile(r"^(?P<answer>[^,;.!?]+?)\s*[,;.!]\s+\S")


def _earlier_answer_corrected_first(
    text: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime
) -> FieldUnderstanding | None:
    """An earlier answer corrected in the message's first sentence, the question answered in the next ones (« pardon, le nom
    exact c'est Amicale Laïque du Château. Pour le SIRET, on est une petite asso, je ne sais pas si on en a un » at the SIRET
    skipped it, the name kept: thirty-seventh blind user test): the correction applied and said, the rest read as the answer;
    None otherwise."""
    sentences = [p for p in re.split(r"(?<=[.!;])\s+", text.strip()) if p]
    if len(sentences) < 2:
        return None
    first = normalize(sentences[0])
    if OPENS_WITH_CORRECTION.search(first) or _PUT_INSTEAD.search(first):
        # (« ah ok alors mettons debut avril. besoins : soudure cuivre, PAC, habilitation electrique » at the needs was stored
        # whole, the start kept: fortieth blind user test, u40-10)
        earlier = _earlier_field_corrected(sentences[0], first, requested, slots, now)
    elif _CHANGE_ASKED.match(first) and (named := recap_field_of(sentences[0], first)) in FREE_TEXT_SLOTS and named != requested and slots.get(named):
        # « Attention, la structure c'est l'EHPAD Les Glycines, pas le centre hospitalier. Le SIRET je dois le demander à la
        # comptabilité. » got « pas de numéro SIRET » (thirty-ninth blind user test, u39-05): a free-text field changed in so
        # many words (« la structure c'est X, pas Y »).
        earlier = named
    else:
        return None
    value = recap_value(earlier, sentences[0], now, slots)[0] if earlier else None
    if earlier is None or value is None or value == slots.get(earlier):
        return None
    return _answered_with_a_change(" ".join(sentences[1:]), requested, slots, intent, now, earlier, value)


def _answer_then_name_changed(
    text: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime
) -> FieldUnderstanding | None:
    """The question answered, then a later sentence that asks to change a name given earlier (« Deux postes. Et pouvez-vous
    corriger le nom de la structure : EHPAD Les Glycines ? » kept the positions, the name ignored: thirty-ninth blind user
    test, u39-05): the answer read, the change applied and said; None otherwise."""
    if requested in ACCOUNT_SLOTS:
        return None
    sentences = [p for p in re.split(r"(?<=[.!;])\s+", text.strip()) if p]
    for index in range(1, len(sentences)):
        rest = " ".join(sentences[index:])
        plain_rest = normalize(rest)
        if not _CHANGE_ASKED.match(plain_rest):
            continue  # (the cheap test first: the field's name is looked for in every ending of every answer)
        named = recap_field_of(rest, plain_rest)
        if named not in FREE_TEXT_SLOTS or named == requested or not slots.get(named):
            continue
        value = recap_value(named, rest, now, slots)[0]
        if value is None or value == slots.get(named):
            return None
        return _answered_with_a_change(" ".join(sentences[:index]), requested, slots, intent, now, named, value, change_wins=True)
    return None


def _answered_with_a_change(
    answer: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime, field: str, value: Any,
    *, change_wins: bool = False,
) -> FieldUnderstanding:
    """The question's ``answer`` read beside a change of an earlier answer said with it (``field`` set to ``value``: « 35h
    comme dit. et finalement ce sera 3 postes, pas 2 »), the change said back first; what the answer reads of ``field``
    is kept unless ``change_wins`` (a name changed in so many words after the answer)."""
    answered = understand_field(answer, requested, {**slots, field: value}, intent, now)
    plain_answer = normalize(answer)
    if answered.kind == PROTEST or answered.kind == UNUSABLE and requested not in answered.updates and (
            APPRAISAL.search(plain_answer) or not re.search(r"\d", plain_answer) and len(plain_answer.split()) <= 3):
        # « n'importe quoi. le poste c'est plombier chauffagiste » at the number of positions got « Désolé pour la gêne », the
        # job unchanged (fifty-second blind user test, u52-11): the complaint (« c'est faux ! ») is about the value, which the
        # change sets right; said back, then this question again, not counted as a failed answer.
        return FieldUnderstanding(kind=CORRECTION, updates={field: value, RECAP_STATE_SLOT: None},
                                  messages=[{"text": corrected(field, value, slots, now.date())}])
    answered.updates = {**answered.updates, field: value} if change_wins else {field: value, **answered.updates}
    answered.messages.insert(0, {"text": corrected(field, value, slots, now.date())})
    return answered


#: The words a change of an earlier answer may open with before its own word (folded: « et au fait … », « ah zut, finalement … »).
_CHANGE_FILLERS = r"(?:(?:et|ah|oh|mais|euh|zut|mince|oups|bon|alors|ok|du coup|donc|attendez)\s+)*"
#: The words that open a change of an earlier answer in any answer, a free account included (folded): « au fait »,
#: « d'ailleurs », a correction's word. Orders to write something else (« mettez … ») open one only beside a short answer.
_CHANGE_OPENERS = rf"au fait|d ailleurs|{alternation(_OPENING_CORRECTIONS)}"
#: A part of a message that opens a change of an earlier answer (folded): a correction's word, an order to write something else,
#: « au fait », « d'ailleurs », or a value said instead of another (« c'est à Chemillé pas Cholet », « 3 postes au lieu de 2 »).
_A_CHANGE_OPENS = re.compile(
    rf"^{_CHANGE_FILLERS}(?:{_CHANGE_OPENERS}|plutot|mettez|mettre|mets|notez|ecrivez|mettons|disons|on met|on va mettre|"
    r"ce sera plutot|c est plutot)\b"
)
_A_CHANGE_WORD = re.compile(rf"\b(?:{REPLACING_WORDS})\b|\bpas\s+(?:a\s+|au\s+|en\s+|sur\s+)?[^\W\d_]{{3,}}")
#: Where a message is cut into its answer and what follows it: a sentence's end, or a comma (not a decimal one: « 37,5h »).
_PART_END = re.compile(r"(?<=[.!;])\s+|\s*,\s*(?!\d)")


def _not_the_old_place(plain: str, slots: dict[str, Any]) -> bool:
    """Whether ``plain`` (folded) rejects the place recorded by its name (« … pas Cholet », « … et non à Cholet »)."""
    place = slots.get("work_location")
    commune = normalize(str(place.get("commune") or "")) if isinstance(place, dict) else ""
    return bool(commune) and re.search(rf"\b(?:pas|et non|non pas|au lieu d\w*|plutot que)\s+(?:(?:a|au|en|sur|de|d|celui de|le site de)\s+)*{re.escape(commune)}\b", plain) is not None


def _changes_said(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> dict[str, Any]:
    """The earlier answers ``text`` changes, clause by clause (« au fait mettez 3 agents finalement, et ce sera plutot mi-avril le
    debut »: the number of posts and the start), each to a value other than the one recorded; a guess or a question changes
    nothing. The place only when the clause is about it (« le site c'est celui de Beaupréau », « le poste est sur Beaupréau »)
    or rejects the one recorded (« c'est à Chemillé pas Cholet »)."""
    changes: dict[str, Any] = {}
    memory = {"job_title": slots.get("job_title")}
    for clause in re.split(r"\s*[,;]\s*(?!\d)|(?<=[.!])\s+|\s+et\s+", text):
        plain = normalize(clause)
        if not plain or "?" in clause or HEDGED.search(plain):
            continue
        field = _earlier_field_corrected(clause, plain, requested, slots, now)
        if field is None:
            field = recap_field_of(clause, plain) or sniff_field(clause, plain)
            opened = _A_CHANGE_OPENS.sub("", plain).strip()
            if field == "work_location" and not (_PLACE_FIRST.match(opened) or _not_the_old_place(plain, slots) or re.search(r"\b(?:lieu|site|commune)\b", plain)):
                field = None
            if field == "positions":
                field = None  # (only a count said as a change, below: « au fait c'est un poste a responsabilites » is no count)
        # (a count said as a change, not one more post nor the staff: « mon associe veut aussi un apprenti », « on a deja 3 postes »)
        count = count_said_again(clause, memory) if field in (None, "positions") else None
        if count is not None:
            field = "positions"
        if field is None or field not in _CORRECTABLE_IN_PASSING or field == requested or slots.get(field) is None or field in changes:
            continue
        if count is not None:
            checked = validate_field(FIELD_VALIDATORS["positions"], count, now.date())
            value = checked.value if checked.kind == VALUE else None
        else:
            value = recap_value(field, clause, now, slots)[0]
        if value is not None and value != slots.get(field):
            changes[field] = value
    return changes


def _answer_then_changes(
    text: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime
) -> FieldUnderstanding | None:
    """The question answered, then, in the next sentences or clauses, changes of earlier answers (:func:`_changes_said`), the
    first of them opening with a change or saying one (:data:`_A_CHANGE_OPENS`, :data:`_A_CHANGE_WORD`): the
    answer read, every change applied and said back in one sentence. None when no such part follows an answer this question
    reads."""
    if requested in ACCOUNT_SLOTS or requested == CONSENT_SLOT:
        return None  # (an account goes on after its commas: :func:`_account_then_change`)
    parts = [p for p in _PART_END.split(text.strip()) if p]
    for index in range(1, len(parts)):
        first = normalize(parts[index])
        # (a place said plainly beside the answer is no change: « le 1er mars, le poste sera a Angers »)
        if not (_A_CHANGE_OPENS.match(first) or _A_CHANGE_WORD.search(first)) or HEDGED.search(first):
            continue
        changes = _changes_said(", ".join(parts[index:]), requested, slots, now)
        if not changes:
            continue
        answer = ", ".join(parts[:index]).strip(" .")
        answered = understand_field(answer, requested, {**slots, **changes}, intent, now)
        if answered.kind not in (VALUE, SKIP) or requested not in answered.updates:
            return None
        answered.updates = {**changes, **answered.updates}
        listed = msg.CHANGES_JOINER.join(msg.CHANGED_FIELD.format(label=FIELD_LABELS[f], value=display(f, v)) for f, v in changes.items())
        answered.messages.insert(0, {"text": msg.CORRECTED_FIELDS.format(changes=listed)})
        return answered
    return None


#: A field of the request named first, then its value (folded, « : » and « = » read as « c'est »): « l'entreprise c'est Plomberie
#: Angevine », « le poste c'est plombier chauffagiste », « le mail : … », « l'intitulé du poste c'est … ».
_LABELLED_FIRST = re.compile(
    rf"^{_CHANGE_FILLERS}(?:(?:le|la|les|l|mon|ma|notre|votre|son|sa)\s+)?(?P<label>[a-z]+(?:\s+[a-z]+){{0,4}}?)\s+"
    r"(?:c est|c|ce sera|ca sera)\s+(?=\S)"
)
#: The fields a label said first may change at another question (the contract and the employer's type have their own readers).
_LABELLED_FIELDS = frozenset({*FREE_TEXT_SLOTS, *_CORRECTABLE_IN_PASSING} - {"employer_type", "derogation_justification"})


def _field_labelled_first(text: str, requested: str, slots: dict[str, Any], now: dt.datetime | None) -> str | None:
    """The field answered earlier that a message names first, then gives a new value of: « le X c'est Y » (« l'entreprise c'est
    Plomberie Angevine » at the SIRET only noted a private company, « le poste c'est plombier chauffagiste » at the number of
    positions was no number: fifty-second blind user test, u52-11), with no word of correction. Not at a question answered by a
    free account (« le poste c'est en atelier, donc CACES » is the needs), nor a value that is only an employer's type (« la
    structure c'est une association »); None when the value is not read or is the one recorded."""
    if now is None:
        return None
    plain = normalize(re.sub(r"\s*[:=]\s*", " c est ", text, count=1))
    found = _LABELLED_FIRST.match(plain)
    if found is None or _AN_APPRAISAL_AFTER.match(plain[found.end():]):
        return None  # (« le poste c'est pas ça », « l'entreprise c'est bon »: no value)
    if field_label_alone(found.group("label")) is None:
        return None
    named = recap_field_of(text, plain)
    if named not in _LABELLED_FIELDS or named == requested or not slots.get(named):
        return None
    if named == "company_name" and (only_an_employer_type(text[found.end():]) or employer_type_alone(plain[found.end():])):
        return None
    beside = ", ".join(re.split(r"\s*[,;]\s*|(?<=[.!?])\s+", text.strip())[1:])
    if requested not in FREE_TEXT_SLOTS and beside and validate_field(FIELD_VALIDATORS[requested], beside, now.date()).kind == VALUE:
        return None  # the question's own answer is in it too (as :func:`_change_asked`)
    value = recap_value(named, text, now, slots)[0]
    if named == "job_title" and (not isinstance(value, str) or job_alone(value) is None):
        return None  # (« le poste c'est urgent » is no job)
    if requested in ACCOUNT_SLOTS and (named != "job_title" or re.search(r"[,;.]|\b(?:donc|et|avec)\b", plain[found.end():])):
        return None  # (an account may say the job: « le poste c'est en atelier, donc CACES » is the needs)
    return named if value is not None and value != slots.get(named) else None


#: An appraisal where a new value would be (folded): « c'est pas ça », « c'est bon », « c'est faux ».
_AN_APPRAISAL_AFTER = re.compile(r"(?:pas|plus|bon|bien|ok|correct\w*|juste|faux|fausse|pareil|la meme|le meme|ca|nul|n importe quoi)\b")


def _earlier_field_corrected(text: str, plain: str, requested: str, slots: dict[str, Any], now: dt.datetime | None = None) -> str | None:
    """The field answered earlier that a message opening with a correction names (« oups pardon le mail
    c'est… » at the phone question), asks to change (« changez la date : … »), or names first with its new value (« le poste
    c'est … »: :func:`_field_labelled_first`), if it is not the field being asked."""
    if (asked := _change_asked(text, plain, requested, slots, now)) is not None:
        return asked
    if (labelled := _field_labelled_first(text, requested, slots, now)) is not None:
        return labelled
    if (not OPENS_WITH_CORRECTION.search(plain) and not _APOLOGY_FIRST.search(plain) and not NOT_WHAT_I_WROTE.search(text)
            and not _PUT_INSTEAD.match(plain)):
        if not _REPLACES.search(plain):
            # « le lieu de travail c'est Vannes (56) pas Nantes » at the number of positions was 56 positions; at the job,
            # the job (eighteenth blind user test): the place of the job, named as such.
            # (Only when it says nothing else: « soudeur, le poste est à Cholet » is the job, « 35h, le poste est à
            # Cholet » the hours: review.)
            moved = (requested != "work_location" and slots.get("work_location") is not None and _about_the_place(text, plain, requested)
                     and recap_field_of(text, plain) in ("work_location", "job_title", None)
                     and isinstance(extract_job_place(text), (Place, AmbiguousPlace))
                     and (requested in FREE_TEXT_SLOTS or validate_field(FIELD_VALIDATORS[requested], text, dt.date.today()).kind != VALUE))
            return "work_location" if moved else None
        shown = sniff_field(text, plain)  # « 3 postes au lieu de 2 »: only a value that shows its field (« au lieu »
        # names no place, « CACES au lieu de HACCP » is the training needs)
        usable = shown not in (None, requested, "work_location", "start_date") and shown in _CORRECTABLE_IN_PASSING and slots.get(shown) is not None
        return shown if usable else None
    named = recap_field_of(text, plain)
    if named in FREE_TEXT_SLOTS and named != requested and slots.get(named):
        # « l'entreprise c'est Le Fournil d'Anjou, pas ce que j'ai écrit » at the job question; « attendez je me suis
        # trompée, le poste c'est aide à domicile » at the contact's name became the name (eleventh user test).
        return named
    # A place only when the field is named (« le lieu c'est Angers »): a reason or a job title may name one.
    other = named or sniff_field(text, plain)
    if other is None and counted_job(text, dt.datetime.now(dt.timezone.utc)) is not None:
        other = "positions"  # « euh non finalement c'est 3 vendeuses » at the training needs was stored as them (session's check)
    if other == requested or other not in _CORRECTABLE_IN_PASSING or slots.get(other) is None:
        return None
    if other == "work_location" and named != "work_location" and not _about_the_place(text, plain, requested):
        return None
    return other


#: The questions answered by a free account (the training needs, the derogation's reason): a change of an earlier answer can
#: follow the account after a comma, and a reason about the recruit makes part of the account (bot/submission/dialogue.py).
ACCOUNT_SLOTS = frozenset({"training_needs", "derogation_justification"})
#: A clause that opens a change of an earlier answer (folded): « et au fait ce sera 3 postes pas 2 », « finalement le début
#: ce sera en mai », « ah et c'est 3 postes » (not « et la lecture de plans », a need).
_OPENS_A_CHANGE = re.compile(rf"^{_CHANGE_FILLERS}(?:{_CHANGE_OPENERS})\b")


def _account_then_change(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> tuple[str, str, Any] | None:
    """A free account, then, after a comma, a clause that changes an earlier answer (:data:`_OPENS_A_CHANGE`): the account,
    the field changed and its new value; None when no clause after the first one changes a field to a new value."""
    clauses = re.split(r"\s*[,;]\s*", text.strip())
    for index in range(1, len(clauses)):
        rest = ", ".join(clauses[index:])
        plain_rest = normalize(rest)
        # (Or a change asked of a field named: « taille de la vigne, et la date c'est le 15 fevrier pas le 1er »: twenty-seventh
        # blind user test.)
        if not (_OPENS_A_CHANGE.match(plain_rest) or _CHANGE_ASKED.match(plain_rest)) or HEDGED.search(plain_rest):
            continue
        earlier = _earlier_field_corrected(rest, plain_rest, requested, slots, now)
        if earlier is None:
            # (« au fait ce sera 3 postes », « et finalement le début ce sera en mai »: the field the clause names, or its value
            # shows, as after a correction's opening word.)
            shown = recap_field_of(rest, plain_rest) or sniff_field(rest, plain_rest)
            if shown != "work_location" or _PLACE_FIRST.match(_OPENS_A_CHANGE.sub("", plain_rest).strip()):
                earlier = shown if shown in _CORRECTABLE_IN_PASSING and shown != requested and slots.get(shown) is not None else None
        value = recap_value(earlier, rest, now, slots)[0] if earlier else None
        account = ", ".join(clauses[:index]).strip()
        # (Not a filler before the change: « bon, changez aussi la date : le 8 mars ».)
        if (earlier is not None and value is not None and value != slots.get(earlier) and re.search(r"[^\W\d_]{3}", account)
                and not _FILLER_ACCOUNT.match(normalize(account))):
            return account, earlier, value
    return None


#: An account that is only a filler (folded): « bon », « ah ok », « alors ».
_FILLER_ACCOUNT = re.compile(r"^(?:(?:ah|oh|bon|ben|bah|euh|alors|ok|oui|et|sinon|aussi|attendez|svp|stp|donc|du coup)\s*)+$")
#: A change said as a guess (folded): not applied (« et au fait ce sera peut-être 3 postes »).


def _about_the_place(text: str, plain: str, requested: str) -> bool:
    """The message opens with the place of the job (:data:`_PLACE_FIRST`); at a free-text question, it is about nothing
    else (« le chantier est à Saint-Nazaire, donc sécurité chantier » is the training needs: review)."""
    return _PLACE_FIRST.match(plain) is not None and not (requested in FREE_TEXT_SLOTS and re.search(r"[,;]", text))
#: A value of the request sent asked for at a free-text field (folded, the whole message): « idem », « pareil », « la même
#: chose », « les mêmes que la première demande », « comme pour la demande précédente », « reprenez ceux de la demande de
#: Saint-Nazaire svp » (« idem » was stored as the needs: thirty-first blind user test). After « que », « comme », only a
#: request (not « la même chose qu'un cariste classique »).
_A_REQUEST_BEFORE = (
    r"(?:[a-z ]{0,30}\b(?:demande|dossier|precedent\w*|premiere?|1ere?|derniere?|fois|avant|tout a l heure|autre site|l autre)\b[a-z -]{0,40})"
)
_POLITE = r"(?:\s+(?:svp|stp|s il vous plait|merci))*"
#: What is the same (folded): « le même poste », « la même date », « pareil nombre ».
_SAME_WHAT = r"(?:besoins?|formations?|postes?|intitule|metier|date|jour|heures?|horaires?|duree|nombre(?: de postes)?|lieu|endroit|commune|ville|site)"
#: « je vous ai dit », « comme je l'ai dit », « je l ai deja dit » (folded).
_I_SAID_IT = r"(?:comme\s+)?(?:je\s+(?:vous\s+)?(?:l\s+)?ai\s+(?:deja\s+)?dit|j\s+ai\s+(?:deja\s+)?dit)"
_SAME_AS_BEFORE = re.compile(
    r"^(?:(?:c est|c|ce sera|ce seront|mettez|on garde|garde[rz]?|reprenez|reprendre|reprends|prenez|bah|ben|bon|euh)\s+)*"
    r"(?:(?:le|la|les|l)\s+)?(?:meme chose|memes? choses?|memes?|pareil|idem|identiques?)"
    rf"(?:\s+{_SAME_WHAT})?(?:\s+(?:que|qu|comme)\s+(?:pour\s+)?{_A_REQUEST_BEFORE})?{_POLITE}$"
    # « pareil, je vous ai dit meme poste » (thirty-fifth blind user test)
    rf"|^(?:pareil|idem|(?:le |la )?memes?)\s+{_I_SAID_IT}(?:\s+(?:le |la |les )?memes?(?:\s+{_SAME_WHAT})?)?{_POLITE}$"
    rf"|^comme\s+(?:pour\s+|dans\s+|sur\s+)?(?:la|le|l|ma|mon|notre)\s+{_A_REQUEST_BEFORE}{_POLITE}$"
    r"|^(?:vous pouvez\s+|pouvez vous\s+)?(?:reprenez|reprendre|reprends|prenez|gardez|mettez|remettez)\s+"
    rf"(?:ceux|celui|celle|celles|les memes|la meme chose|le meme|la meme|pareil)\s+(?:de|du|d|que|qu|comme)\s+{_A_REQUEST_BEFORE}{_POLITE}$"
)
#: « agents d'entretien, pareil »: the value, then that it is as before (as typed).
def same_as_before(text: str) -> bool:
    """Whether ``text`` says a field is as in the request sent (:data:`_SAME_AS_BEFORE`: « la même date que l'autre demande »,
    « les mêmes que la première demande »), not another request asked for."""
    return _SAME_AS_BEFORE.match(normalize(text or "")) is not None


_SAME_AFTER_THE_VALUE = re.compile(r"\s*[,;.]\s*(?i:pareil|idem|la m[eê]me chose|comme avant|comme la derni[eè]re fois)\s*[.!]*\s*$")


#: The field each word of :data:`_SAME_WHAT` names (folded; the words not listed name none).
_SAME_WHAT_FIELDS = (
    (re.compile(r"^(?:besoins?|formations?)$"), "training_needs"), (re.compile(r"^(?:postes?|intitule|metier)$"), "job_title"),
    (re.compile(r"^(?:date|jour)$"), "start_date"), (re.compile(r"^(?:heures?|horaires?|duree)$"), "weekly_hours"),
    (re.compile(r"^nombre(?: de postes)?$"), "positions"), (re.compile(r"^(?:lieu|endroit|commune|ville|site)$"), "work_location"),
)
#: « pareil aide a domicile »: « pareil » before the value said (folded).
_SAME_BEFORE_THE_VALUE = re.compile(r"^(?:pareil|idem|la meme chose|meme chose)\s+(?=[a-z])")


def _same_as_sent_clauses(
    text: str, requested: str, slots: dict[str, Any], intent: str | None, now: dt.datetime
) -> FieldUnderstanding | None:
    """Clauses of ``text`` that take another answer from the request sent (« pareil aide a domicile, 1 poste, meme date, meme
    besoins » at the job of a second request was stored whole as the job, the date asked again: thirty-eighth blind user test):
    those values taken and said back, the rest read as the answer. None when no clause names another field as the same."""
    clauses = [c for c in re.split(r"\s*[,;]\s*|\s+et\s+(?=(?:la |le |les |l )?(?:meme|memes|pareil|idem)\b)", text.strip()) if c.strip()]
    if len(clauses) < 2:
        return None
    previous = (slots.get(PREVIOUS_REQUEST_SLOT) or {}).get(SENT_ANSWERS) or {}
    taken: dict[str, Any] = {}
    rest: list[str] = []
    for clause in clauses:
        plain = normalize(clause)
        said = re.search(rf"\b(?:meme|memes|pareil|idem|identiques?)\s+(?P<what>{_SAME_WHAT})\b", plain)
        field = next((f for words, f in _SAME_WHAT_FIELDS if said and words.match(said.group("what"))), None)
        if field is None or not _SAME_AS_BEFORE.match(re.sub(r"^et\s+", "", plain)) or field not in SAME_AS_SENT_FIELDS:
            rest.append(clause)
            continue
        if field != requested and slots.get(field) is None and previous.get(field):
            taken[field] = previous[field]
    if len(rest) == len(clauses) or not rest:
        return None
    answer = ", ".join(rest)
    if _SAME_BEFORE_THE_VALUE.match(normalize(answer)):
        answer = re.sub(r"^\s*(?:pareil|idem|(?:la\s+)?m[êe]me\s+chose)\s+", "", answer, flags=re.IGNORECASE)
    answered = understand_field(answer, requested, {**slots, **taken}, intent, now)
    if answered.kind != VALUE:
        return None
    answered.updates = {**taken, **answered.updates}
    answered.messages[:0] = [{"text": msg.SAME_AS_SENT.format(label=FIELD_LABELS[f], value=display(f, v))} for f, v in taken.items()]
    return answered


def _same_as_sent(text: str, requested: str, slots: dict[str, Any]) -> FieldUnderstanding | None:
    """« idem », « pareil », « le même » for a second request: the value of ``requested`` in the request sent
    (:data:`PREVIOUS_REQUEST_SLOT`), said back; when there is none, the question again saying so. None for another message.
    The SIRET with a reason after it too (« le même, on n'a qu'un établissement »: thirty-first blind user test)."""
    plain = normalize(text)
    previous = slots.get(PREVIOUS_REQUEST_SLOT) or {}
    if requested == "siret":
        # « même siret », « le même », « pareil » for a second request (refused as a protest: thirteenth user test).
        first, _, rest = text.partition(",")
        if not (_SAME_AS_SENT.search(plain) or rest and not re.search(r"\d", rest) and _SAME_AS_SENT.search(normalize(first))):
            return None
        value = previous.get(SENT_SIRET)
    else:
        if not _SAME_AS_BEFORE.match(plain):
            return None
        value = (previous.get(SENT_ANSWERS) or {}).get(requested)
    if not value:
        said = msg.NOTHING_TO_TAKE_FROM_BEFORE.format(noun=msg.FIELD_NOUNS[requested])
        return FieldUnderstanding(kind=UNUSABLE, updates={RECAP_STATE_SLOT: None}, messages=[{"text": said}])
    if requested == "siret":
        return FieldUnderstanding(kind=VALUE, updates={"siret": value}, messages=[{"text": msg.SAME_SIRET_AS_SENT.format(siret=display("siret", value))}])
    said = msg.SAME_AS_SENT.format(label=FIELD_LABELS[requested], value=display(requested, value))
    return FieldUnderstanding(kind=VALUE, updates={requested: value}, messages=[{"text": said}])


_SAME_AS_SENT = re.compile(
    r"^(?:(?:c est|c|ce sera|mettez|on garde|garde[rz]?)\s+)?(?:le |la )?(?:meme|pareil|idem|identique)(?: siret| numero)?(?: (?:que|qu)\b[a-z ]{0,40})?$"
)
