"""What the assistant does with a message outside the forms' answers: an FAQ turn,
the start of the check, its verdict, the answer to an offer.

Decided here, without Rasa, from the message (Rasa's parse data), the slots and
the conversation's events, so that each Rasa SDK action only turns a
:class:`Turn` into events and can be tested with plain dicts. The actions named
here are the custom actions of ``actions/`` (the domain declares them).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any

from bot.dialogue import messages
from bot.dialogue.messages import Message
from bot.eligibility.dialogue import (
    CANDIDATE_FACT_SLOTS,
    CHECK_SLOTS,
    FORM_SLOTS,
    MEMORY_SLOT,
    OPTIONS_SLOT,
    PLACE_ASKED_BACK,
    PLAIN_CONTRACT,
    REASONS_SLOT,
    SEVERAL_HIRED,
    VERDICT_SLOT,
    Understanding,
    another_site_asked,
    another_site_message,
    asks_besides,
    asks_registration_required,
    asks_what_else,
    asks_whether_it_changes,
    clauses_with_marks,
    conclude,
    contract_only_asked_about,
    contract_verdict,
    correction_after_verdict,
    employee_supposed_registered,
    facts_in_statements,
    hours_asked_about,
    hours_supposed_after_verdict,
    job_place_stated,
    length_supposed_after_verdict,
    opening_updates,
    posts_at_several_places,
    question_clauses,
    questions_beside_a_project,
    refused_facts,
    remembered_place,
    required_slots,
    rule_for_hours,
    rules_said,
    said_back,
    said_with_a_yes,
    several_people_said,
    statements_of,
    summary,
    supposes_resigning,
    supposes_the_job_elsewhere,
    understand,
    verdict_messages,
    what_can_be_done,
)
from bot.eligibility.dialogue import FORM_NAME as CHECK_FORM
from bot.eligibility.rules import condition_facts, current_rules, evaluate, rules_on
from bot.extractors.candidate import (
    about_the_candidates_job,
    asks_work_permit_of_a_european,
    extract_candidate_status,
    extract_registration,
)
from bot.extractors.contract import extract_contract, extract_contract_options, needs_duration
from bot.extractors.duration import extract_duration
from bot.extractors.place import Place, agency_town, department_label, extract_job_place, extract_place
from bot.extractors.project import PROJECT_KEY, asks_about_a_hiring, extract_hiring_project
from bot.extractors.projects import same_job_word
from bot.faq.entries import Faq, cached_faq
from bot.faq.feedback import FEEDBACK_SLOT
from bot.faq.parse import FALLBACK_INTENT, FAQ_ID_ENTITY, OUT_OF_SCOPE_INTENT, RETRIEVAL_INTENT, ranked_entries
from bot.faq.replies import (
    CONTRACT_MINIMUM_ENTRY,
    CONTRACTS_ENTRY,
    COVERAGE_ENTRY,
    NOT_AN_AID_ENTRY,
    OFFER_CHECK,
    OFFER_SLOT,
    OFFER_SUBMISSION,
    OUTSIDE_ENTRY,
    PROCEDURE_ENTRY,
    alternatives_to,
    answer_by_rule,
    answer_message,
    answered_with_the_check_start,
    asks_money_for_the_employer,
    asks_procedure,
    candidate_follow_up_entry,
    contract_entry,
    contract_minimum_rule,
    contract_question_rule,
    contracts_comparison_rule,
    covered_place_line,
    elsewhere_place_line,
    faq_payload,
    feedback_payload,
    feedback_replies,
    follow_up_case,
    followup_for,
    how_it_works_entry,
    in_french_only,
    last_answered_faq,
    missed_answer,
    offer_after,
    offer_reply,
    other_question_replies,
    outside_answer_for_a_named_place,
    outside_answer_framing,
    previous_answer,
    previous_answers,
    replies_for,
    short_answer,
    short_contract,
    siret_help,
    siret_question,
    siret_question_with_the_number,
    suggestion_buttons,
    takes_up_the_offer,
    unusable_streak,
    wants_to_apply,
)
from bot.faq.router import STOP_INTENT, SUGGESTION_COUNT, Decision, asked_text, decide, follow_up, split_questions
from bot.language import places
from bot.language.cues import (
    APPROVAL_TO_COME,
    CLAUSE_MARK,
    CONTRACT_WORDS,
    CORRECTION_PHRASES,
    INDIRECT_QUESTION,
    INVERTED_VERBS,
    LENGTH_NAMED,
    NOT_NOW,
    OPENING_QUESTION_WORDS,
    OPENS_WITH_A_YES,
    QUESTION_VERBS,
    QUESTION_WORDS,
    SAYS_ALREADY_SAID,
    SUPPOSING,
    UNSURE,
    alternation,
    asks_about_a_derogation,
    asks_about_age,
    asks_after_a_yes,
    asks_for_the_check,
    asks_how_long_a_derogation_takes,
    asks_keeping_another_job,
    asks_kept_for_later,
    asks_registration_length,
    facts_for_the_check,
    going_ahead,
    opening,
    remark_on_the_assistant,
    someone_else_gives_up,
    thanks_for_the_answer,
    withheld,
)
from bot.language.lexicon import employer_nouns
from bot.language.months import FULL_MONTHS
from bot.language.normalize import normalize
from bot.language.numbers import position_chosen
from bot.submission.after_sending import (
    asks_about_the_derogation_decision,
    asks_about_the_next_steps,
    asks_another_request,
    asks_confirmation,
    asks_more_to_do,
    asks_reference,
    asks_response_time,
    asks_the_delay,
    asks_to_withdraw,
    asks_what_next,
    asks_whether_sent,
    confirmation_reply,
    confirms_again,
    corrects_sent_request,
    says_a_sent_value_wrong,
    sent_value_asked,
)
from bot.submission.dialogue import (
    field_turn,
    hours_answer_in_the_check,
    memory_updates,
    said_in_the_project,
    wants_to_resume,
)
from bot.submission.fields import CORRECTION, QUESTION, VALUE
from bot.submission.form_slots import (
    ATTEMPTS_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    KEPT_SLOT,
    NEXT_PROJECT,
    PREVIOUS_REQUEST_SLOT,
    REFERENCE_SLOT,
)
from bot.submission.mentions import FREE_TEXT_SLOTS, display
from bot.submission.questions import TRAINING_LENGTH_ENTRY, about_the_field, can_submit, hours_derogation_answer, pausing
from bot.submission.validators.counts import format_hours
from bot.submission.validators.hours import another_jobs_hours_said, hours_said, job_hours_range, job_hours_recorded

START_CHECK_ACTION = "action_start_eligibility"
#: Wait for the employer (the form a rule would start next is not started).
LISTEN = "action_listen"
START_SUBMISSION_ACTION = "action_start_submission"
ANSWER_OFFER_ACTION = "action_answer_offer"
ANSWER_FAQ_ACTION = "action_answer_faq"
#: The action that carries out each offer when accepted.
ACCEPTED = {
    OFFER_CHECK: START_CHECK_ACTION,
    OFFER_SUBMISSION: START_SUBMISSION_ACTION,
}


@dataclass
class Turn:
    """What one action does: its messages, the slots it sets (in order), the action that follows."""

    replies: list[Message] = field(default_factory=list)
    updates: dict[str, Any] = field(default_factory=dict)
    next_action: str | None = None


def intent_of(message: dict[str, Any]) -> str | None:
    return (message.get("intent") or {}).get("name")


#: What a button's payload starts, when its title is typed instead of pressed (:func:`typed_button`).
BUTTON_ACTIONS = {"/start_submission": START_SUBMISSION_ACTION, "/check_eligibility": START_CHECK_ACTION}


def typed_button(text: str, events: list[dict[str, Any]]) -> str | None:
    """The payload of the button whose title ``text`` is, among the buttons the assistant showed since the employer's
    previous message; None for any other message. « Préparer ma demande de dérogation » typed after a derogation verdict got
    the FAQ on derogations and « Vérifier mon éligibilité », which started the check again with every answer lost (twenty-third
    blind user test): a typed title does what its button does."""
    said = normalize(text or "")
    if not said or (text or "").startswith("/"):
        return None
    latest = True  # the employer's message being read closes the events
    for event in reversed(events):
        if event.get("event") == "user":
            if latest and normalize(event.get("text") or "") == said:
                latest = False
                continue
            return None
        latest = False
        for button in (event.get("data") or {}).get("buttons") or () if event.get("event") == "bot" else ():
            if normalize(str((button or {}).get("title") or "")) == said:
                return str(button.get("payload") or "") or None
    return None


def picked_suggestion(text: str, events: list[dict[str, Any]]) -> str | None:
    """The FAQ entry of the suggestion ``text`` chooses by its position (« la première », « la 2e », « la dernière », « celle du
    milieu »: :func:`~bot.language.numbers.position_chosen`), among the suggestion buttons of the latest message that showed
    some since the employer's previous message; None for any other message. « la première » after « Est-ce l'une de
    celles-ci ? » got « Je ne suis pas certain d'avoir bien compris votre question », « la 2e » at the check « Je n'ai pas
    compris votre réponse » (thirty-fourth blind user test): it does what the button at that position does."""
    if not text or text.startswith("/"):
        return None
    prefix = f"/{RETRIEVAL_INTENT}{{"
    latest = True  # the employer's message being read closes the events
    for event in reversed(events):
        if event.get("event") == "user":
            if latest and normalize(event.get("text") or "") == normalize(text):
                latest = False
                continue
            return None
        latest = False
        if event.get("event") != "bot":
            continue
        payloads = [str((b or {}).get("payload") or "") for b in (event.get("data") or {}).get("buttons") or ()]
        suggested = [p for p in payloads if p.startswith(prefix)]
        if suggested:
            index = position_chosen(text, len(suggested))
            if index is None:
                return None
            try:
                faq_id = json.loads(suggested[index][len(prefix) - 1:]).get(FAQ_ID_ENTITY)
            except (ValueError, AttributeError):
                return None
            return faq_id if isinstance(faq_id, str) and faq_id else None
    return None


def as_the_button_pressed(message: dict[str, Any], faq_id: str) -> dict[str, Any]:
    """``message`` as if the suggestion button of ``faq_id`` had been pressed (its payload, intent and entity)."""
    return {**message, "text": faq_payload(faq_id), "intent": {"name": RETRIEVAL_INTENT, "confidence": 1.0},
            "entities": [{"entity": FAQ_ID_ENTITY, "value": faq_id}]}


def read_typed(decision: Decision, text: str, faq: Faq) -> tuple[Decision, bool]:
    """What a typed message outside a form leads to, before any reply, and whether it describes a hiring project.

    A place asked about and « je voudrais faire la demande » are answered by rule when the
    classifier hesitates (:func:`answer_by_rule`); a hiring project (« je cherche un soudeur en
    CDI à Cholet ») that got no answer becomes the decision ``check``: the check starts with what
    it says. ``python -m bot eval`` reads held-out messages through this function too.
    """
    return with_project(answer_by_rule(decision, text, faq), text)


def with_project(decision: Decision, text: str) -> tuple[Decision, bool]:
    """:func:`read_typed` for a decision already read by :func:`answer_by_rule`.

    A project with a question on how the scheme works (« … 3 caristes en CDI intérimaire … Comment ça marche ? ») gets the
    answer to it, then the check with the project's facts: the check alone left the question unanswered (forty-second blind
    user test, u42-03). « c'est éligible ? », « ça marche ? » are asked to the check itself."""
    project = bool(opening_updates(asked_text(decision, text)))
    if project and not decision.answers and not text.startswith("/") and (how := how_it_works_entry(asked_text(decision, text))) is not None:
        return Decision("answer", faq_id=how, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[how], criticism=decision.criticism), True
    if project and not decision.answers:
        return Decision("check", confidence=decision.confidence, intent=decision.intent, criticism=decision.criticism), True
    return decision, project


_ASKS_ABOUT_HOURS = re.compile(
    r"\b(?:temps partiel|mi temps|miteps|\d{1,2} ?h(?:eures?)? (?:par|/|a la|la) semaine|\d{1,2} ?h(?:eures?)? hebdo\w*|"
    r"heures (?:par|a la) semaine|duree hebdo\w*|nombre d heures"
    # « combien d'heures minimum par semaine ? » (fifty-second blind user test, u52-10)
    r"|heures?(?: \w+){1,2} (?:par|a la) semaine"
    # « c'est possible à 20h ? », « peut-on embaucher à 20 heures ? » (thirty-ninth blind user test)
    r"|(?:possible|eligible|embaucher|recruter|ok)\s+(?:a|avec|pour|sur)\s+(?:1[5-9]|[2-4]\d) ?h(?:eures?)?"
    # « on peut faire un contrat de 20h semaine ? », « 18h/sem » got « Je n'ai pas de réponse » (forty-seventh blind user test, u47-07)
    r"|\d{1,2} ?h(?:eures?)? (?:semaine|sem|hebdo\w*)"
    # « donc 24h pile c'est bon ? », « un poste a 24h pile c'est bon ? » got « Merci pour votre retour ! » or « Très bien. Posez-moi
    # votre question » (fifty-first blind user test, u51-11, u51-17)
    r"|(?:1[5-9]|[2-4]\d) ?h(?:eures?)? (?:pile|exactement|tout juste|tout rond)"
    r"|(?:1[5-9]|[2-4]\d) ?h(?:eures?)?(?: \w+){0,2} (?:c est bon|c est ok|c ok|ca passe|ca suffit|ca va|c est suffisant|suffit|suffisant)"
    r"|(?:poste|cdi|cdd|contrat|emploi)s? (?:a|de) (?:1[5-9]|[2-4]\d) ?h(?:eures?)?"
    # « faut combien d h mini par semaine pr le poste », « quelle est la duree de travail minimum par semaine pour le salarie ? » got
    # « Je n'ai pas de réponse » (fifty-third blind user test, u53-09)
    r"|(?:combien d|nombre d) ?h(?:eures?)?(?: \w+){0,2} (?:par|a la|la|/) ?(?:semaine|sem)"
    r"|duree (?:de|du) travail(?: \w+){0,2} (?:par|a la|la) semaine|(?:temps|duree) de travail (?:minimum|mini|minimal|hebdo\w*))\b"
)
#: Several jobs of so many hours each (folded): « 2 contrats de 12h », « deux cdi de 15h chacun », « 2 temps partiels de 12 heures ».
_SEVERAL_JOBS_OF = re.compile(
    r"\b(?:[2-9]|deux|trois|quatre|plusieurs)\s+(?:contrats?|emplois?|postes?|cdi|cdd|jobs?|temps partiels?|mi temps)\s+"
    r"(?:de|a)\s+(?P<hours>\d{1,2}(?:[.,]\d+)?) ?h(?:eures?)?\b"
)


def _hours_of_each_job(text: str) -> Message | None:
    """The rule on the weekly hours for several jobs each under them, asked about (« et si on fait 2 contrats de 12h ? » got the
    FAQ on the contracts: forty-seventh blind user test, u47-07): the condition is on each job, with the rule; None otherwise
    (each job within the rule is the hours' own answer)."""
    plain = normalize(text)
    found = _SEVERAL_JOBS_OF.search(plain)
    if found is None or text.startswith("/") or not ("?" in text or _ASKING.match(plain)):
        return None
    hours = float(found.group("hours").replace(",", "."))
    verdict = evaluate({"weekly_hours": hours}, rules_on("weekly_hours"))
    if verdict.verdict != "ineligible":
        return None
    return {"text": messages.HOURS_OF_EACH_JOB.format(hours=format_hours(hours), rules=rules_said(verdict.rules))}
#: A request to make the last answer clear (folded): « je ne comprends pas », « c'est oui ou non ? », « c'est-à-dire ? ».
_CLARIFY = re.compile(
    r"\b(?:je ne comprends pas|je comprends pas|j ai pas compris|je n ai pas compris|c est oui ou (?:c est )?non|oui ou non"
    r"|c est a dire|ca veut dire quoi|qu est ce que (?:ca|cela) veut dire|vous voulez dire)\b"
)


def asks_to_clarify(text: str) -> bool:
    """Whether ``text`` asks to make the last answer clear (« Je ne comprends pas, c'est non ce n'est pas un problème, ou non
    ce n'est pas possible ? »: it got « Très bien. Posez-moi une autre question », its « non » read as a refusal: fortieth blind
    user test)."""
    return not text.startswith("/") and _CLARIFY.search(normalize(text)) is not None


#: Leaving until later, not a moment's pause (folded): « je dois y aller », « à demain », « on reprendra lundi ».
_LEAVING_FOR_LATER = re.compile(
    r"\b(?:y aller|partir|filer|vous laisser|a demain|demain|plus tard|recontacte\w*|reprendr\w*|finir\w*|continuer\w*|semaine|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samedi|dimanche|ce soir|apres midi)\b"
)


def _asks_about_hours(text: str) -> bool:
    """A question about the weekly hours. A question only: « …, 1 mécanicien en CDI à Cholet, 35h par semaine,
    début 1er mars » is a project, which got the rule instead of the check (ninth blind user test)."""
    plain = normalize(text)
    # (Or the candidate's hours elsewhere: « et s'il bosse 20h chez un autre employeur, ça passe ? », forty-fourth blind user test.)
    named = _ASKS_ABOUT_HOURS.search(plain) or another_jobs_hours_said(text) is not None
    return bool(named and ("?" in text or _ASKING.match(plain)) and not opening_updates(text))


#: A yes to the offer of the request, or asking to prepare it, at the start of a message (folded).
_PREPARE_IT = re.compile(
    r"^(?:(?:oui|ouais|ok|okay|d accord|tres bien|tres bien merci|parfait|super|bien|alors|bon|allez)\s*)*"
    r"(?:(?:preparons|on prepare|je prepare|faisons|on fait|allons y|on y va|go|c est parti|vas y|allez y)\b|(?:oui|ok|d accord)\b)"
)


def _prepared_with_request_facts(text: str, slots: dict[str, Any]) -> dict[str, Any] | None:
    """The project's memory with ``text`` added, when ``text`` takes up the offer of the request and says what the request asks
    (its SIRET, the company's name, the employer type, a contact, a start): the request reads them when it starts; None
    otherwise (a question, or a yes with nothing the request reads)."""
    if text.startswith("/") or "?" in text or not _PREPARE_IT.match(normalize(text)) or withheld(text) is not None:
        return None
    if not said_in_the_project(text, dt.date.today()):
        return None
    memory = dict(slots.get(MEMORY_SLOT) or {})
    memory["said"] = f"{memory['said']}. {text}" if memory.get("said") else text
    return memory


def _said_last(events: list[dict[str, Any]]) -> str | None:
    """The assistant's last message, None before any."""
    said = [e.get("text") or "" for e in events if e.get("event") == "bot"]
    return said[-1] if said else None


def _hours_after_the_hours_rule(text: str, events: list[dict[str, Any]]) -> bool:
    """Other weekly hours said (« on peut monter à 24h oui », « ok et à 28h ? ») right after the hours rule's answer."""
    said = [e.get("text") or "" for e in events if e.get("event") == "bot"]
    if not said or job_hours_recorded(text) is None:
        return False
    return _opens_as(said[-1], (messages.HOURS_BELOW_THE_RULES, messages.HOURS_WITHIN_THE_RULES, messages.HOURS_RANGE_IN_THE_CHECK))


def _opens_as(said: str, answers: tuple[str, ...]) -> bool:
    """Whether ``said`` is one of ``answers`` (message templates), by what comes before their first field."""
    return any(said.startswith(answer.split("{")[0]) for answer in answers)


def _hours_rule(text: str = "") -> Message:
    """The rules on the weekly hours with their sources (data/eligibility/rules.yml), for a question the FAQ leaves open.

    A question that names its hours gets the rules' answer for them: « c'est possible pour un CDI a 24h par semaine pile ? »
    and « … une aide a domicile 20h par semaine » got « La FAQ ne le précise pas, mais la vérification d'éligibilité en tient
    compte » and the rule, with no yes or no (twenty-third blind user test). The yes or no is the rules' verdict on
    those hours, with the rule's own sentence (and what can be done, for a no): no number but the employer's is written here."""
    rules = rules_on("weekly_hours")
    if text and (elsewhere := another_jobs_hours_said(text)) is not None:
        # « et si elle est en temps partiel 10h par semaine ailleurs et inscrite a france travail en meme temps ? » got « Ce n'est
        # pas possible avec 10 h » (forty-fourth blind user test, u44-09): the rule is on the job offered; and a registration said
        # with them, what the rules say of it.
        registered = rules_on("candidate_status") if extract_registration(text) else ()
        kept = evaluate({"candidate_status": "demandeur_emploi"}, registered).rules if registered else ()
        said = " ".join(part for part in (rules_said(rules), rules_said(kept, faq=cached_faq())) if part)
        return {"text": messages.HOURS_OF_ANOTHER_JOB.format(hours=format_hours(elsewhere), rules=said)}
    text = _last_hours_asked_about(text) if text else text
    hours = hours_said(text) if text else None
    # A range is its low end, said, as the check's verdict reads it (« c'est possible pour un CDI entre 20 et 28h ? » got
    # « Oui … 28 h », and the check then « pas éligible » with 20 h: session of 2026-12-02).
    span = job_hours_range(text) if text else None
    if span is not None:
        hours = span[0]
    if hours is None:
        return {"text": messages.HOURS_RULE_ANSWER.format(rules=rules_said(rules))}
    text = rule_for_hours(hours)
    if span is not None:
        low, high = (format_hours(end) for end in span)
        text = f"{messages.HOURS_RANGE_IN_THE_CHECK.format(low=low, high=high)} {text}"
    return {"text": text}


#: Where a message asks about other hours than those it named first: « ? », or « et si », « et pour », « et avec », « et à ».
_NEXT_QUESTION = re.compile(r"\?|(?=\bet (?:si|s il|pour|avec|a|à|en|au cas ou)\b)", re.IGNORECASE)


def _last_hours_asked_about(text: str) -> str:
    """The last of a message's questions that names weekly hours (« 24h par semaine minimum ? et si c'est 20h ? » asks about 20 h,
    the 24 h being the rule asked about first: it got « Oui … 24 h par semaine, c'est suffisant », forty-ninth blind user test,
    u49-06); the whole message when it names them once."""
    parts = [part for part in _NEXT_QUESTION.split(text) if part and part.strip() and hours_said(part) is not None]
    return parts[-1] if len(parts) > 1 else text


#: The week or the job named with hours (folded): the job's hours, not the training's length (« un minimum d'heures par semaine »,
#: « un nombre d'heures minimum pour le poste »).
_WEEK_NAMED = re.compile(r"\b(?:semaines?|sem|hebdo\w*|temps partiels?|mi temps|temps plein|postes?|emplois?|jobs?|contrats?)\b")
#: The weekly hours named (folded, « tout à l'heure » taken off): « les 24h », « 20 heures par semaine », « temps partiel ».
_HOURS_NAMED = re.compile(
    r"\b\d{1,2} ?h(?:eures?)?\b|\bheures? (?:par|a la) semaine\b|\bhebdo\w*|\btemps partiels?\b|\bmi temps\b|\bduree (?:de travail|du travail)\b"
)


def _asks_hours_derogation(text: str, requested: str | None) -> bool:
    """A derogation asked for the weekly hours: named with the hours (« il n'y a pas de dérogation possible pour les 24h ? »), or
    at the request's question on them, with or without a question mark (« je vous demande si on peut avoir une dérogation, pas la
    définition »: forty-first blind user test); not for the contract's length (« et pour un CDD de 4 mois, une dérogation ? »)."""
    plain = re.sub(r"\btout a l heure\b", " ", normalize(text))
    if not asks_about_a_derogation(text) or LENGTH_NAMED.search(plain):
        return False
    return bool(_HOURS_NAMED.search(plain)) or requested == "weekly_hours"


def _answered_beside_next_steps(decision: Decision, text: str) -> list[str]:
    """The entries a message asking what comes next once sent also asks, in other questions of its own.

    Not the entry the « what next » question got alone (« et après ? c'est long ? » got the training's continuation after
    the hiring), nor how to send a request, which is sent (« … je dois remplir le formulaire sur nosemplois ? »: review of
    the session's changes); the set-up time only when the training's start is named (« la réponse sous combien de temps ? »
    alone is read as the set-up time)."""
    if len(split_questions(text)) < 2:
        return []
    names_set_up = bool(_ASKS_SET_UP.search(normalize(text)))
    return [
        i for i in decision.answers
        if i != PROCEDURE_ENTRY and (i != SET_UP_ENTRY or names_set_up) and not asks_about_the_next_steps(decision.answered_parts.get(i, ""))
    ]


def after_sending_turn(text: str, slots: dict[str, Any]) -> Turn | None:
    """Once the request is sent, a change of it (only the Region's staff can make it), another request
    (its project checked first), or « confirmer » again (the reference again); None for anything else."""
    reference = slots.get(REFERENCE_SLOT)
    if not reference or text.startswith("/"):
        return None
    if (checked := sent_value_asked(text, slots)) is not None:
        # « vous avez bien mis 2 postes ? » got three FAQ suggestions (forty-seventh blind user test): the value sent, and how to
        # correct it when it is not the one asked.
        field, value, as_asked = checked
        said = {"reference": reference, "label": FIELD_LABELS[field], "value": display(field, value)}
        if as_asked is False:
            return Turn([{"text": messages.SENT_VALUE_OTHER.format(**said)}, messages.CONTACT_POINTER])
        return Turn([{"text": (messages.SENT_VALUE_AS_ASKED if as_asked else messages.SENT_VALUE).format(**said)}])
    if corrects_sent_request(text):
        # It got « je ne peux pas répondre à cette question » (fourth blind user test, 2026-11-30).
        return _sent_request_not_changed(reference)
    if asks_another_request(text) or asks_promised_request(text, slots):
        # « je peux en refaire une pour un autre site ? » was out of scope (tenth blind user test); « et maintenant l'apprenti »
        # once the request promised for it is due got the next steps of the one sent (fiftieth blind user test, u50-15).
        return Turn([{"text": messages.NEW_REQUEST_CHECK_FIRST.format(reference=reference)}], {OFFER_SLOT: None}, START_CHECK_ACTION)
    if confirms_again(text):
        return already_submitted_turn(reference)
    return None


def _sent_request_not_changed(reference: str) -> Turn:
    """A change of the request sent: it is with the Region's services, who correct it on a message naming its reference."""
    return Turn([{"text": messages.ALREADY_SENT.format(reference=reference)}, messages.CONTACT_POINTER])


def already_submitted_turn(reference: str) -> Turn:
    """« confirmer », « oui » once the request is sent: its reference again, never a second request."""
    return Turn([{"text": messages.ALREADY_SUBMITTED.format(reference=reference)}], next_action=LISTEN)


def feedback_in_words_turn(reply: str | None, slots: dict[str, Any], events: list[dict[str, Any]], faq: Faq, text: str = "") -> Turn | None:
    """« non pas vraiment » or « oui merci » right after « Cette réponse vous a-t-elle aidé ? », with no offer open:
    a 👎 or 👍 on that answer, as its buttons give (« non pas vraiment » got « Très bien. Posez-moi votre
    question… »: tenth blind user test). None otherwise, and for going ahead (« ok convaincu, je me lance » got « Merci pour
    votre retour ! »: thirtieth blind user test)."""
    if reply not in ("accept", "decline") or slots.get(OFFER_SLOT) in ACCEPTED or takes_up_the_offer(text):
        return None
    said = [e.get("text") or "" for e in events if e.get("event") == "bot"]
    answered = last_answered_faq(events)
    if not said or said[-1] != messages.FEEDBACK_QUESTION or answered is None:
        return None
    value = "up" if reply == "accept" else "down"
    alternatives = alternatives_to(events, answered, faq) if value == "down" else []
    return Turn(feedback_replies(value, alternatives, faq), {FEEDBACK_SLOT: {"faq_id": answered, "value": value}})


def whether_sent_turn(text: str, slots: dict[str, Any]) -> Turn | None:
    """« c'est envoyé ou pas du coup ? », « rien n'est parti hein ? » (:func:`asks_whether_sent`) outside the forms, whatever the
    classifier read: whether anything was sent, and how to resume a request left; None for any other message. (Right after
    « C'est annulé » it got the FAQ on how to send a request, forty-sixth blind user test, u46-11, or « Très bien. Posez-moi votre
    question », read as « non »: fifty-second blind user test, u52-12.)"""
    if text.startswith("/") or not asks_whether_sent(text):
        return None
    if slots.get(REFERENCE_SLOT):
        return Turn([{"text": messages.ALREADY_SUBMITTED.format(reference=slots[REFERENCE_SLOT])}])
    return Turn([messages.NOTHING_SENT_KEPT if slots.get(KEPT_SLOT) else messages.NOTHING_SENT])


def nothing_to_cancel_turn(slots: dict[str, Any]) -> Turn:
    """« annuler » outside a form: nothing to cancel, or, once the request is sent, how to withdraw it."""
    if slots.get(REFERENCE_SLOT):
        return Turn([{"text": messages.WITHDRAW_SENT.format(reference=slots[REFERENCE_SLOT])}, messages.CONTACT_POINTER])
    return Turn([messages.NOTHING_TO_CANCEL])


def help_turn(text: str, slots: dict[str, Any]) -> Turn:
    """What the assistant can do (the ``help`` intent), with the themes as buttons.

    Once the request is sent, « et maintenant je fais quoi ? » gets the next steps with the
    reference (it got this menu, with the check offered again: seventh blind user test), and
    the menu no longer offers the check.
    """
    if slots.get(REFERENCE_SLOT):
        if asks_what_next(text):
            return Turn([{"text": messages.NEXT_STEPS.format(reference=slots[REFERENCE_SLOT])}, messages.CONTACT_POINTER])
        menu: Message = {**messages.HELP, "buttons": [b for b in messages.HELP.get("buttons", []) if b is not messages.CHECK_BUTTON]}
        return Turn([menu])
    return Turn([messages.HELP])


#: The Region's contact (a long link) is said at most once in so many assistant turns, unless asked for: it came after almost
#: every unanswered question (thirtieth blind user test).
CONTACT_POINTER_EVERY = 3
#: Asking for the Region's contact (folded): « comment contacter la Région ? », « je peux joindre quelqu'un ? », « un contact ? ».
_ASKS_CONTACT = re.compile(r"\b(?:contact\w*|joindre|telephone|tel|numero|appeler|ecrire|formulaire|interlocuteur|conseiller\w*|lien|site)\b")


def _contact_said_lately(events: list[dict[str, Any]]) -> bool:
    """The contact pointer was said in the last :data:`CONTACT_POINTER_EVERY` assistant turns before the latest message."""
    turns = 0
    for event in reversed(events[:-1] if events and events[-1].get("event") == "user" else events):
        if event.get("event") == "user":
            turns += 1
            if turns >= CONTACT_POINTER_EVERY:
                return False
        elif event.get("event") == "bot" and event.get("text") == messages.CONTACT_POINTER["text"]:
            return True
    return False


def faq_turn(message: dict[str, Any], faq: Faq, slots: dict[str, Any], events: list[dict[str, Any]], in_form: bool) -> Turn:
    """:func:`answer_turn`, without the Region's contact when said lately and not asked for (:data:`CONTACT_POINTER_EVERY`).
    A suggestion chosen by its position (« la première ») is answered as its button (:func:`picked_suggestion`)."""
    if (picked := picked_suggestion(message.get("text") or "", events)) is not None and picked in faq:
        message = as_the_button_pressed(message, picked)  # (thirty-fourth blind user test)
    turn = answer_turn(message, faq, slots, events, in_form)
    if messages.CONTACT_POINTER in turn.replies and _contact_said_lately(events) and not _ASKS_CONTACT.search(normalize(message.get("text") or "")):
        turn.replies = [r for r in turn.replies if r != messages.CONTACT_POINTER]
    return turn


def answer_turn(message: dict[str, Any], faq: Faq, slots: dict[str, Any], events: list[dict[str, Any]], in_form: bool) -> Turn:
    """Carries out the decision on an FAQ message: answers, the closest questions, or a polite refusal.

    Outside a form, it also reads what the message leads to: « on y va » after an
    offer answers it, « et en Sarthe ? » follows the previous answer, a hiring
    project starts the check, and « comment faire la demande ? » gets the official
    answer then the check (or the request once eligible). Within a form, the form
    resumes after the answer: only the check's answers said beside the question are kept.
    """
    text = message.get("text") or ""
    if not in_form and (applied := _applying_with_a_question(message, slots, faq)) is not None:
        return applied  # « ok on fait la demande. mais … pas encore de siret c grave? » (thirty-seventh blind user test)
    at_the_siret = in_form and slots.get("requested_slot") == "siret"
    if at_the_siret and siret_question_with_the_number(text) is not None:
        # « c'est le siret de l'agence ou celui du client qu'il faut ? le notre c'est 78309168962894 »: the SIRET kept and the
        # question left unanswered (forty-third blind user test, u43-05, u43-06): the request's reading says both.
        kept = field_turn(text, "siret", slots, "inform")
        if kept.updates.get("siret"):
            return Turn(kept.messages, {k: v for k, v in kept.updates.items() if k != ATTEMPTS_SLOT})
    if (about_the_siret := siret_question(text, at_the_siret)) is not None:
        # « c'est obligatoire ? », « c'est 9 chiffres le siren ça marche ? », « celui du siège ou celui de l'établissement de
        # Château-Gontier ? » at the SIRET question or naming it (thirtieth blind user test): at the question, the request's
        # own answer (with the way to pass it), not counted as a failed answer.
        if at_the_siret:
            explained = field_turn(text, "siret", slots, "inform")
            return Turn(explained.messages, {k: v for k, v in explained.updates.items() if k != ATTEMPTS_SLOT})
        return Turn([{"text": about_the_siret}])
    if not in_form and (action := BUTTON_ACTIONS.get(typed_button(text, events) or "")) is not None:
        return Turn(updates={OFFER_SLOT: None}, next_action=action)  # « Préparer ma demande de dérogation » typed
    if not in_form and not slots.get(REFERENCE_SLOT) and not text.startswith("/") and asks_kept_for_later(text):
        # « je vais lui demander s'il est inscrit et je reviens vers vous demain, vous gardez ce que j'ai dit ? » after the verdict
        # got the rules' « c'est le cas d'après vos réponses », « je peux revenir plus tard finir la demande ? » « Au revoir »
        # (forty-seventh blind user test, u47-08): how long the answers wait; an open offer stays open.
        return Turn([{"text": messages.KEPT_FOR_LATER}])
    if (not in_form and not slots.get(REFERENCE_SLOT) and not text.startswith("/") and "?" not in text
            and APPROVAL_TO_COME.search(normalize(text))):
        # « je dois d'abord valider avec ma directrice avant d'envoyer quoi que ce soit » after the verdict got the FAQ on where to
        # send the request (fifty-third blind user test, u53-03): nothing is sent, the answers wait.
        return Turn([{"text": messages.APPROVAL_AWAITED}])
    if (not in_form and not text.startswith("/") and "?" not in text and pausing(normalize(text))
            and not _LEAVING_FOR_LATER.search(normalize(text))):
        # « attendez je reviens » after the verdict got « Je ne suis pas certain d'avoir bien compris votre question » (fifty-third
        # blind user test, u53-02): the wait the form says.
        return Turn([{"text": messages.WAITING_OUTSIDE_A_FORM}])
    if not in_form and (facts := _facts_then_asking_to_apply(text, slots)) is not None:
        # « re bonjour, c'est la boulangerie d'hier, le jeune est bien inscrit a france travail. on peut faire la demande ? » got the
        # answer on foreign employees, the registration left « à vérifier » (forty-seventh blind user test, u47-08): what the
        # statements say, as with a yes to the offer, then the request.
        return _accepted_with_facts(f"oui, {facts}", slots, faq) or Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)
    if not in_form and _applies_once_checked(text, slots):
        # « Merci. Juste une précision : nous avons déjà identifié nos candidats, ils sont tous les trois inscrits à France
        # Travail. Nous pouvons préparer la demande. » started the request with « pas encore identifié » (thirty-third blind user
        # test): what it says besides is read, as with a yes to the offer.
        return _accepted_with_facts(text, slots, faq) or Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)
    requested_now = slots.get("requested_slot") if in_form else None
    if not text.startswith("/") and _asks_hours_derogation(text, requested_now):
        # « il n'y a pas de dérogation possible pour les 24h ? » after the request refused 20 h got the FAQ's derogation for CDDs
        # under 6 months (thirty-fourth blind user test).
        return Turn([hours_derogation_answer(requested_now == "weekly_hours")])
    decision = decide(message, known_ids=set(faq.ids))
    if decision.kind == "other" and decision.intent == STOP_INTENT and someone_else_gives_up(text):
        # « et si il abandonne ? » read « stop » (thirty-eighth blind user test): a question about the candidate dropping out,
        # which the FAQ does not answer.
        decision = Decision("out_of_scope", intent=OUT_OF_SCOPE_INTENT)
    if not in_form and not text.startswith("/") and not decision.answers and _figure_not_in_the_answer(text, events, faq):
        # « ok mais en semaines ? » right after the answer on the periods in the company got « Très bien. Posez-moi votre
        # question… » (forty-ninth blind user test, u49-13): the FAQ gives no figure in that unit; said, with the contact.
        return Turn([{"text": messages.NOTHING_MORE_IN_THE_FAQ}, messages.CONTACT_POINTER])
    if not text.startswith("/") and not decision.answers and remark_on_the_assistant(text):
        # « t'es nul comme robot » got « Je n'ai pas de réponse à cette question » (forty-first blind user test): no question, an
        # apology and what the assistant can do (within a form, its question again after it); an open offer stays open.
        if in_form:
            return Turn([{"text": messages.REMARK_ON_THE_ASSISTANT_IN_A_FORM}])
        return Turn([{"text": messages.REMARK_ON_THE_ASSISTANT, "buttons": messages.HELP_BUTTONS}])
    if not in_form and not slots.get(REFERENCE_SLOT) and not text.startswith("/"):
        # « bon qu'est ce que je peux faire alors ? » right after « pas éligible », « y a pas d'autre solution pour le former ? »
        # after the FAQ's no for a current employee got the closest questions (forty-sixth blind user test, u46-02, u46-03): what
        # the rules say can be done, as the verdict said it; « et si il démissionne et s'inscrit à France Travail ? » after that
        # no, a supposition answered by the rules.
        earlier = list(reversed(_typed_messages(events)[:-1]))
        refused = refused_facts(slots, earlier) if asks_what_else(text) or "?" in text else None
        if refused is not None and asks_what_else(text) and (done := what_can_be_done(refused)):
            return Turn([*done, messages.CONTACT_POINTER])
        if refused is not None and not slots.get(VERDICT_SLOT) and employee_supposed_registered(text, {**refused, VERDICT_SLOT: "ineligible"}):
            return _employee_supposed_registered_turn(text)
    by_month: Message | None = None  # when to apply for a hiring in the month named, with the set-up time
    same_for_another_case = False  # a follow-up asking the answer just given for another person (:func:`candidate_follow_up_entry`)
    missed = missed_answer(text) if not in_form else None
    if missed is not None and missed in faq and not decision.answers:
        decision = Decision("answer", faq_id=missed, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[missed])  # « vous n'avez pas répondu pour la mairie »
        ruled = answer_by_rule(decision, text, faq)
    elif not in_form:
        if contract_entry(text, decision) is None and not short_contract(text):  # « et en intérim c'est possible ? » has its own answer
            last = last_answered_faq(events)
            case = follow_up_case(text, last)
            decision = follow_up(decision, text, last, case if case in faq else None)  # « et en Sarthe ? », « et l'intérim ? »
            if not decision.answers and (someone := candidate_follow_up_entry(text, last)) is not None and someone in faq:
                # « et un salarie deja en CDI chez un client ? » after the answer on who may benefit (forty-fourth blind user
                # test, u44-03): the same question for another person, answered again (its « qui » asks nothing of its own).
                decision = Decision("answer", faq_id=someone, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[someone])
                same_for_another_case = True
        decision = _job_moved_after_no(decision, text, events, slots, faq)
        if (length_again := _contract_length_verdict(Decision("unclear"), text, _answered_since_the_check(events))) is not None:
            return Turn([length_again])  # « et 5 mois et demi ? » after « un cdd de 4 mois c bon ? » (forty-seventh blind user test)
        ruled = answer_by_rule(decision, text, faq)  # (once per turn: read again below, with the hiring project)
        if (ruled.answers == [NOT_AN_AID_ENTRY] and not decision.answers and asks_money_for_the_employer(text)
                and any(_same_paragraph(NOT_AN_AID_ENTRY, shown, faq) for shown in _shown_just_before(events, faq))):
            # « non mais concretement je touche combien ? » right after « … n'est pas une aide financière à l'embauche … » got that
            # answer word for word (forty-ninth blind user test, u49-05): said shortly, with the contact.
            return Turn([{"text": messages.NO_FINANCIAL_AID}, messages.CONTACT_POINTER])
        if (why := _why_the_set_up_time(text, events, faq)) is not None:
            return why  # (thirtieth blind user test: « … celle que je viens de vous donner »)
        by_month = set_up_by_month(text) if ruled.answers == [SET_UP_ENTRY] else None
        if by_month is None and not same_for_another_case and (again := _previous_answer_again(decision, ruled, message, events, faq)) is not None:
            return again
    elif not text.startswith("/"):
        # « il faut combien de mois minimum ? » at the duration question: the contract's minimum, not the set-up time.
        about_a_contract = slots.get("requested_slot") == "contract_duration" or needs_duration(slots.get("contract_type") or "")
        decision = contracts_comparison_rule(contract_minimum_rule(decision, text, faq, about_a_contract), text, faq)
        # « et pour un CDD ? » during the check, once a CDI was noted, got the closest questions (forty-first blind user test,
        # u41-10): a question about a contract only gets that contract's answer, as outside the forms.
        decision = contract_question_rule(decision, text, faq)
    if not in_form and not text.startswith("/") and not slots.get(REFERENCE_SLOT) and _A_JOB_SEEKER.search(normalize(text)):
        # « bonjour je suis demandeur d'emploi a Laval et je voudrais faire une formation de soudeur, comment je m'inscris ? » got
        # the employers' procedure and the offer of the check (forty-sixth blind user test, u46-07): the reply for job seekers,
        # then what the FAQ answers besides the employers' procedure, with no offer.
        besides = [i for i in decision.answers if i != PROCEDURE_ENTRY]
        answered = replace(decision, faq_id=besides[0], faq_ids=besides) if besides else None
        return Turn([{"text": messages.FOR_JOB_SEEKERS}, *(replies_for(answered, faq, asked=text) if answered else [])])
    if not in_form and (sent_or_not := whether_sent_turn(text, slots)) is not None:
        return sent_or_not
    project = False
    # (« ok on peut monter a 28h alors » repeated the answer on the employers given with the check's start: twenty-third
    # blind user test.)
    corrected = correction_turn(text, slots, faq, answered_with_the_check_start(events), message) if not in_form else None
    if corrected is not None:
        return corrected
    if not in_form and slots.get(REFERENCE_SLOT) and asks_to_withdraw(text):
        return nothing_to_cancel_turn(slots)  # « comment je fais pour annuler alors ? » (eighth blind user test)
    sent_turn = after_sending_turn(text, slots) if not in_form else None
    if sent_turn is not None:
        return sent_turn
    # (Not when the FAQ answers a longer question: « et après l'envoi, on sélectionne les candidats comment ? ».)
    if not in_form and slots.get(REFERENCE_SLOT) and asks_reference(text):
        return Turn([{"text": messages.REFERENCE_REMINDER.format(reference=slots[REFERENCE_SLOT])}])
    # (« il se passe quoi après l'envoi de la demande ? » got the FAQ on how to apply, its contact form for a request the chat
    # sent; « on me rappelle dans combien de temps ? », « et le délai ?? combien de jours ? » got « pas de réponse »: thirtieth
    # blind user test.)
    if not in_form and slots.get(REFERENCE_SLOT) and slots.get(VERDICT_SLOT) == "derogation" and asks_about_the_derogation_decision(text):
        # « on saura quand si la derogation est acceptee ? » once the request with its derogation was sent got the FAQ's « Il
        # faudra alors nous adresser une demande de dérogation », and the employer wondered whether it was sent (thirty-eighth
        # blind user test): what comes next, the derogation studied with the request.
        decided: list[Message] = [{"text": messages.NEXT_STEPS.format(reference=slots[REFERENCE_SLOT])},
                                  {"text": messages.DEROGATION_SENT_WITH_THE_REQUEST}]
        if re.search(r"\b(?:quand|delai|combien de temps)\b", normalize(text)):
            decided.append({"text": messages.RESPONSE_TIME_ONCE_SENT})
        return Turn([*decided, messages.CONTACT_POINTER])
    response_time = not in_form and bool(slots.get(REFERENCE_SLOT)) and (asks_response_time(text) or asks_the_delay(text))
    if not in_form and slots.get(REFERENCE_SLOT) and (response_time or asks_about_the_next_steps(text) and (
        not decision.answers or len(re.findall(r"\w+", text)) <= 6 or asks_more_to_do(text)
        or len(split_questions(text)) > 1 or set(decision.answers) <= {PROCEDURE_ENTRY, SET_UP_ENTRY}
    )):
        steps: list[Message] = [{"text": messages.NEXT_STEPS.format(reference=slots[REFERENCE_SLOT])}]
        if response_time:
            steps.append({"text": messages.RESPONSE_TIME_ONCE_SENT})
        if asks_confirmation(text):
            steps.append({"text": confirmation_reply(slots[REFERENCE_SLOT], slots)})
        besides = _answered_beside_next_steps(decision, text)
        if besides:
            # « reponse en combien de jours ? et la formation demarre quand ? » got the next steps alone, the set-up time
            # left aside (session of 2026-12-02): the next steps, then the answers to the other questions, and the
            # suggestions for a question answered with no confidence.
            answered_beside = replace(decision, faq_id=besides[0], faq_ids=besides)
            steps += replies_for(answered_beside, faq, asked=text) + followup_for(answered_beside, faq, in_form=True)
        # (« je peux suivre ma demande où ? et c'est en présentiel ? »; not « qui me rappelle ? », which the next steps answer:
        # forty-fourth blind user test, u44-01)
        steps += other_question_replies(decision, faq, answered=True, answered_otherwise=asks_about_the_next_steps)
        return Turn([*steps, messages.CONTACT_POINTER])
    if asks_confirmation(text) and not text.startswith("/") and len(re.findall(r"\w+", text)) <= 14:
        # « je recevrai une confirmation par mail ? » was not understood (seventh blind user test).
        return Turn([{"text": confirmation_reply(slots.get(REFERENCE_SLOT), slots)}])
    said_last = _said_last(events) or ""
    if not in_form and asks_to_clarify(text) and _opens_as(said_last, (messages.HOURS_BELOW_THE_RULES, messages.HOURS_WITHIN_THE_RULES)):
        # « c'est non ce n'est pas un problème, ou non ce n'est pas possible ? » got « Très bien. Posez-moi une autre
        # question » (fortieth blind user test): the hours' answer said again, plainly.
        return Turn([{"text": messages.HOURS_ANSWER_AGAIN.format(answer=said_last)}])
    keeping_job = left_open_replies(text)
    if keeping_job is not None and not in_form:
        # « il peut garder son mi temps pendant la formation ? » got « Ce n'est pas possible avec 17 h 30 », « … continuer son
        # autre job pendant la formation ou pas ? » three unrelated questions (forty-seventh blind user test, u47-02); in a form,
        # the answer stands for the FAQ's (below), with what the message answers
        return Turn(keeping_job)
    if not in_form and (each := _hours_of_each_job(text)) is not None:
        return Turn([each])
    # (During the check too: « il y a un minimum d'heures par semaine ? » got the training's length, « Il n'y a pas de nombre
    # d'heures minimum », and « le poste serait a 20h par semaine, c'est possible ? » no answer, its 20 h ignored by the verdict:
    # fifty-second blind user test, u52-10. The hours said of the job are kept for the verdict.)
    in_check = in_form and slots.get("requested_slot") in FORM_SLOTS
    asks_hours = (not in_form or in_check) and _asks_about_hours(text)
    hours_kept = hours_asked_about(text, slots) if in_check and asks_hours else None
    kept_hours: dict[str, Any] = {MEMORY_SLOT: hours_kept} if hours_kept is not None else {}
    if asks_hours and _WEEK_NAMED.search(normalize(text)) and TRAINING_LENGTH_ENTRY in decision.answers:
        # The training's length (« Il n'y a pas de nombre d'heures minimum ») does not answer the job's week.
        other_entries = [i for i in decision.answers if i != TRAINING_LENGTH_ENTRY]
        decision = (replace(decision, faq_id=other_entries[0], faq_ids=other_entries) if other_entries
                    else Decision("out_of_scope", intent=decision.intent))
    # (Never the hours' answer just given, word for word: « Je ne vous demandais pas si 39 heures suffisaient. Ma question : qui
    # assure le stagiaire… » got it twice in a row; the question it asks is what is left: thirty-sixth blind user test.)
    hours_again = not in_form and not text.startswith("/") and said_last == _hours_rule(text)["text"]
    if hours_again and not decision.answers:
        return Turn([messages.OUT_OF_SCOPE, messages.CONTACT_POINTER])
    asks_hours = asks_hours and not hours_again
    if not in_form and not text.startswith("/") and not hours_again and _hours_after_the_hours_rule(text, events):
        # « on peut monter à 24h oui » right after « Non, pas avec 20 h par semaine » got the training's set-up time (twenty-fifth
        # blind user test): the rule's answer for the new hours.
        return Turn([_hours_rule(text)])
    if asks_hours and not decision.answers:
        # « et pour un temps partiel, genre 20h par semaine ? » got « je n'ai pas de réponse » here, and the rule
        # during the request (eighth blind user test): the same rule, from data/eligibility/rules.yml.
        return Turn([_hours_rule(text)], kept_hours)
    if not text.startswith("/") and _asks_distance_learning(text, decision):
        # « la formation peut se faire en visio / a distance ? » got the training close to the companies, which does not
        # answer it (twenty-third blind user test): the FAQ does not say, what it says near it, and the Region's contact.
        return Turn([{"text": messages.DISTANCE_LEARNING_NOT_SAID}, messages.CONTACT_POINTER])
    response_time = not text.startswith("/") and not slots.get(REFERENCE_SLOT) and asks_response_time(text)
    # (Asked with the set-up time, both: « quel delai de reponse et de mise en place ? » lost the 2 or 3 months: review.)
    set_up_too = response_time and decision.answers == [SET_UP_ENTRY] and bool(_ASKS_SET_UP.search(normalize(text)))
    # (Asked in one question of several, the set-up time answering it: « … on a besoin d'une derogation ? combien de temps pour
    # avoir la reponse ? » got the derogation, then the 2 or 3 months: forty-fourth blind user test, u44-08.)
    response_instead = (response_time and not set_up_too and SET_UP_ENTRY in decision.answers and len(decision.answers) > 1
                        and _asks_response_time_alone(decision.answered_parts.get(SET_UP_ENTRY) or ""))
    if (not text.startswith("/") and not slots.get(REFERENCE_SLOT) and set(decision.answers) <= {SET_UP_ENTRY, CONTRACT_MINIMUM_ENTRY}
            and asks_how_long_a_derogation_takes(text) and len(split_questions(text)) < 2):
        # « la dérogation c'est long ? », « combien de temps pour avoir la dérogation ? » got the derogation's answer, suggestions or
        # the training's set-up time (talking to make run, 2026-12-04): the FAQ gives no time for it, and the Region's contact.
        return Turn([{"text": messages.DEROGATION_TIME_NOT_SAID}, messages.CONTACT_POINTER])
    if response_time and set(decision.answers) <= {SET_UP_ENTRY} and not set_up_too:
        # « la région répond en combien de temps à ma demande ? » got the training's set-up time (twenty-fourth blind user test):
        # the FAQ gives no response time; what the Region's staff do with a request, and their contact.
        return Turn([{"text": messages.RESPONSE_TIME_NOT_SAID}, messages.CONTACT_POINTER])
    if not in_form and wants_to_resume(text, slots):
        return Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)  # « en fait si, j'accepte »
    if not in_form and ((slots.get(OFFER_SLOT) == OFFER_CHECK and answer_to_the_check_offer(text, events))
                        or place_corrected_after_no(text, events, slots)):
        # « cdd saisonnier » to the offer of the check, « pardon, c'est notre site de Château-Gontier » after « Non » for Rennes:
        # the check, with them (twenty-seventh blind user test).
        return Turn(updates={OFFER_SLOT: None}, next_action=START_CHECK_ACTION)
    if not in_form and (slots.get(OFFER_SLOT) and offer_reply(text, decision.intent) or not decision.answers and going_ahead(text) and not asks_procedure(text)):
        return Turn(next_action=ANSWER_OFFER_ACTION)  # « on y va » after the assistant's offer
    if not in_form and slots.get(OFFER_SLOT) == OFFER_SUBMISSION and (memory := _prepared_with_request_facts(text, slots)) is not None:
        # « Oui, préparons-la. Hôtel de la Plage SARL, SIRET 73282932000074. » to the offer of the request got « Je n'ai pas de
        # réponse à cette question » (twenty-fifth blind user test): the request, with what the message says of it. (After the offer's own
        # reading, which keeps the check's facts said with a yes: « oui mais l'alternant commence en septembre ».)
        return Turn(updates={OFFER_SLOT: None, MEMORY_SLOT: memory}, next_action=START_SUBMISSION_ACTION)
    if not in_form and not text.startswith("/") and asks_for_the_check(text):
        # « Donc c'est le lieu du poste qui compte, pas le siège ? On vérifie l'éligibilité alors » got « Je ne suis pas certain
        # d'avoir bien compris » and no check (thirty-first blind user test): the check, after the answer to a question the FAQ
        # answers.
        return Turn(replies_for(ruled, faq, asked=text) if ruled.answers else [], {OFFER_SLOT: None}, START_CHECK_ACTION)
    introduced: Message | None = None  # (an employer saying who they are: :func:`_employer_introduced`)
    if not in_form and not text.startswith("/"):
        decision, project = with_project(ruled, text)
        if decision.kind == "check":
            # « Je veux embaucher un mécanicien. Est-ce que je peux avoir une aide de l'État pour l'embauche ? » started the check,
            # the question without a word (thirty-fourth blind user test): the FAQ's closest questions, or that it has no answer.
            asked: list[Message] = []
            if questions_beside_a_project(text):
                asked = replies_for(ruled, faq) if ruled.kind == "suggest" and ruled.suggestions else [{"text": messages.OUT_OF_SCOPE["text"]}]
            return Turn(asked, updates={OFFER_SLOT: None}, next_action=START_CHECK_ACTION)
        # « combien ca coute et est ce que je peux embaucher 2 caristes a Nantes en CDI avec ca ? »: the cost, then the check
        # of the hiring asked about (the check alone, the cost left aside: twenty-third blind user test).
        project = project or bool(decision.answers and len(split_questions(text)) > 1 and asks_about_a_hiring(asked_text(decision, text)))
        if not decision.answers and not project and not slots.get(VERDICT_SLOT) and not slots.get(REFERENCE_SLOT) and _ASKS_IF_FOR_ME.search(normalize(text)) and not _A_JOB_SEEKER.search(normalize(text)):
            # « je voudrais savoir si je peux beneficier du truc 1 emploi 1 formation » got « pas certain d'avoir compris » and
            # three questions (twenty-third blind user test): it depends on the project, which the check reads. A job seeker
            # writing for themselves gets the reply for job seekers below (« je peux en bénéficier moi, je suis demandeur
            # d'emploi ? »: review of the twenty-third blind user test's changes).
            return Turn([{"text": messages.DEPENDS_ON_THE_PROJECT}, messages.CHECK_OFFER], {OFFER_SLOT: OFFER_CHECK})
        introduced = None if project or slots.get(VERDICT_SLOT) or slots.get(REFERENCE_SLOT) else _employer_introduced(text, decision)
        if introduced is not None and not decision.answers:
            # « je dirige une boulangerie a angers » got « Je ne suis pas certain d'avoir bien compris » (twenty-eighth blind user test).
            return Turn([introduced, messages.CHECK_OFFER], {OFFER_SLOT: OFFER_CHECK})
    # « une fois que j'ai envoyé ma demande il se passe quoi ? » is about what comes after: no check starts (eighth user test).
    # Nor once the request is sent: « je peux suivre ma demande où ? » started a new check (tenth blind user test).
    procedure = not in_form and PROCEDURE_ENTRY in decision.answers and not asks_what_next(text) and not slots.get(REFERENCE_SLOT)
    # Only asking to apply starts the check (« je voudrais faire la demande »); a question on how to apply gets its answer and
    # the offer: « qui contacter à la Région, vous avez un numéro de tél ? » started a check that came back after every
    # answer (twenty-second blind user test).
    # (« garage auto a Mayenne, on veut un mecano en CDI 39h pour mars, …. on peut faire la demande direct ? »: the project, then
    # asking to apply for it, got the answer on how to apply and the offer of a check: twenty-seventh blind user test.)
    asked_for_a_project = procedure and project_before_asking_to_apply(text) is not None
    applying = procedure and (wants_to_apply(text) or asked_for_a_project)
    said_no = outside_answer_for_a_named_place(decision, text)  # nothing to check after « non » for Rennes
    # After that « non », a check started by the project only said it again, as an unasked verdict (sixth blind user test).
    leads_on = (project or applying) and not said_no
    streak = 1 if in_form else max(unusable_streak(events, faq), 1)  # the check counts its own unusable answers
    # Once the request is sent, no check is offered after an answer (seventh blind user test).
    sent = bool(slots.get(REFERENCE_SLOT))
    # (Not offered again while the offer made after the previous answer is still open: « Voulez-vous vérifier
    # maintenant… » came at every answer: thirteenth blind user test.)
    offered = slots.get(OFFER_SLOT) == OFFER_CHECK
    if response_instead and SET_UP_ENTRY in decision.answers and len(decision.answers) > 1:
        besides_set_up = [i for i in decision.answers if i != SET_UP_ENTRY]
        decision = replace(decision, faq_id=besides_set_up[0], faq_ids=besides_set_up)
    # (Not a question the hours' rule answers below: « … et est ce que ca marche pour un temps partiel a 20h ? » got its
    # suggestions after the rule: forty-fourth blind user test, u44-02.)
    others = other_question_replies(decision, faq, checked=leads_on, answered_otherwise=_asks_about_hours if asks_hours else None)
    # (The other question's suggestions after the feedback question, which is about the answer: review of the session's changes.)
    replies = replies_for(decision, faq, streak, asked=text) + followup_for(decision, faq, in_form=in_form or leads_on or said_no or sent or offered) + others
    if keeping_job is not None:
        replies, others = keeping_job, []
    if set_up_too:
        replies.insert(0, {"text": messages.RESPONSE_TIME_NOT_SAID})
    if response_instead and SET_UP_ENTRY not in decision.answers:
        # After the other answers, before their feedback question: the FAQ gives no response time, and the Region's contact.
        rating = next((i for i, r in enumerate(replies) if r.get("buttons")), len(replies))
        replies[rating:rating] = [{"text": messages.RESPONSE_TIME_NOT_SAID}, messages.CONTACT_POINTER]
    if by_month is not None and decision.answers == [SET_UP_ENTRY]:
        replies.insert(1, by_month)  # right after the set-up time
    if not decision.answers:
        replies = in_french_only(replies, text)
        if _A_JOB_SEEKER.search(normalize(text)):
            # « je cherche moi-même un emploi, vous pouvez m'aider ? » got the employers' menu (eleventh blind user test).
            replies = [{"text": messages.FOR_JOB_SEEKERS}]
        elif asks_for_a_phone_number(text):
            # « c'est quoi votre numero de tel ? » got three unrelated questions (forty-sixth blind user test, u46-10).
            replies = [{"text": messages.NO_PHONE_NUMBER}]
        elif _WANTS_A_PERSON.search(normalize(text)):
            # « je peux parler a quelqu'un de la region ? » got three unrelated questions (twenty-third blind user test).
            replies = [{"text": messages.PERSON_CONTACT}]
        elif not in_form and (registered := _registered_candidate(text, faq, slots)) is not None:
            # « mais du coup le handicap c'est pas un probleme ? elle a une RQTH et elle est inscrite a france travail » got « Je
            # n'ai pas de réponse » (forty-fourth blind user test, u44-02): what the rules say of a registered job seeker.
            replies = [registered]
    if not text.startswith("/") and _asks_several_requests(text):
        # « Est-ce qu'on fait une seule demande ou une par site ? » (three depots) got the official answer on how to apply
        # (twenty-sixth blind user test): what a request covers here, before the answers to the rest.
        how_to_apply = answer_message(faq, PROCEDURE_ENTRY) if PROCEDURE_ENTRY in faq else None
        its_rating = feedback_payload(PROCEDURE_ENTRY, "up")  # (its feedback question, when it was the one answer: nothing to rate)
        # (Not with the refusal of a question the FAQ has no answer to: « Peut-on regrouper les deux dans une seule demande ? » got
        # the explanation, then « Je n'ai pas de réponse à cette question… »: thirty-sixth blind user test.)
        refusal = (messages.OUT_OF_SCOPE, messages.CONTACT_POINTER) if not decision.answers else ()
        replies = [{"text": messages.ONE_REQUEST_PER_JOB},
                   *(r for r in replies if r != how_to_apply and r not in refusal
                     and not any(b.get("payload") == its_rating for b in r.get("buttons", [])))]
    if (siret := siret_help(text)) is not None:
        # « c quoi un siret ? on est une asso »: what a SIRET is, before the answer to the rest (the twenty-third blind user test);
        # alone, instead of the refusal of a question the FAQ does not answer.
        replies = [siret, *replies] if decision.answers else [siret]
    elif missed is not None and decision.answers == [missed]:
        replies.insert(0, {"text": messages.MISSED_ANSWER})
    elif (framed := outside_answer_framing(decision, text, faq) or _yes_no_answer_framed(decision, text, faq, events)) is not None:
        replies.insert(0, framed)  # « Parcours Emploi Tutorat c'est quoi exactement » (twenty-third blind user test)
    elif not in_form and (length_verdict := _contract_length_verdict(decision, text)) is not None:
        # « un cdd de 4 mois c bon ? » (forty-seventh blind user test, u47-09): right after the FAQ's answer, before its rating
        replies.insert(1 if replies and replies[0].get("text") and not replies[0].get("buttons") else 0, length_verdict)
    covered = covered_place_line(decision, text) or elsewhere_place_line(decision, text)
    if covered is not None:
        replies.insert(1, covered)  # right after the places covered (or the answer that says they are not)
    if asks_hours:
        replies.insert(1, _hours_rule(text))  # « c'est possible à temps partiel ? » got the contracts alone (ninth blind user test)
    requested = slots.get("requested_slot")
    if in_form and requested in FIELD_VALIDATORS and not decision.answers and not text.startswith("/") and about_the_field(text, requested):
        # « cest quoi un siret? » at the SIRET got « Je n'ai pas de réponse » (twenty-ninth blind user test): the FAQ has none,
        # the request's own explanation of the field answers it (then the question again; no failed answer).
        explained = field_turn(text, requested, slots, "inform")
        if explained.kind == QUESTION and explained.messages:
            return Turn(explained.messages, {k: v for k, v in explained.updates.items() if k != ATTEMPTS_SLOT})
    keywords = decision.answers and len(re.findall(r"\w+", text)) <= 4  # « coût formation »: a search, not an answer
    if in_form and not keywords and _states_a_free_text_answer(text, slots.get("requested_slot")):
        # « français et gestes de base de l'aide à la personne » at the training needs got the FAQ on basic skills,
        # then the question again, in a loop (seventh blind user test): a statement there is the answer.
        written = field_turn(text, slots["requested_slot"], slots, "inform")
        # (Or another field changed: « changez la date : le 20 février » at the training needs: twentieth blind user test.)
        if written.kind == VALUE or written.kind == CORRECTION and any(f in FIELD_LABELS for f in written.updates):
            return Turn(written.messages, written.updates)
    before = _STATEMENT_THEN_QUESTION.match(text.strip()) if in_form and not keywords else None
    # (Any question of the request: « temps plein. au fait pendant la formation ils sont payés par qui ? » lost the hours.)
    if (before and slots.get("requested_slot") in FIELD_VALIDATORS and not _ASKING.search(normalize(before.group("statement")))
            and not _NO_ANSWER.match(normalize(before.group("statement")))):
        # « logiciel sage + fiscalité. au fait c'est un OF qu'on choisit nous ? » at the training needs: the question
        # answered, the needs asked again (tenth blind user test). The statement is the answer, the FAQ the question's.
        written = field_turn(before.group("statement"), slots["requested_slot"], slots, "inform")
        if written.kind == VALUE:
            return Turn([*_without_the_answer_as_a_question(replies, others, text, written.updates.get(slots["requested_slot"])),
                         *written.messages], written.updates)
    if in_form and not keywords and slots.get("requested_slot") in FIELD_VALIDATORS and text.strip().endswith("?"):
        # « CACES 3, et c'est financé à 100% ? » at the training needs: the request's reader keeps the answer and leaves the
        # question to the FAQ (session of 2026-12-02): the FAQ's answer, and the answer recorded.
        beside = field_turn(text, slots["requested_slot"], slots, "inform")
        if beside.interruption and beside.kind == VALUE and beside.updates.get(slots["requested_slot"]):
            return Turn([*_without_the_answer_as_a_question(replies, others, text, beside.updates[slots["requested_slot"]]),
                         *beside.messages], beside.updates)
    if in_form and slots.get("requested_slot") == "contract_type" and "?" not in text and PLAIN_CONTRACT.search(normalize(text)):
        # « un contrat normal » at the contract question: which contract, counted as an answer it cannot use.
        read = understand(text, "contract_type", slots, "inform")
        return Turn(read.messages, read.updates)
    if in_form and _answers_how_long(text, slots.get("requested_slot")):
        # « le temps qu'il faut » at the contract's length got the FAQ on the set-up time (fourteenth blind user test):
        # an answer the check cannot use, counted.
        read = understand(text, "contract_duration", slots, "inform")
        if not read.interruption:
            return Turn(read.messages, read.updates)
    if in_form and _answers_where(text, slots.get("requested_slot")):
        # « chez nous », « dans la zone industrielle » at « où le poste sera-t-il situé ? »: an answer the form
        # could not use, not an FAQ question (it got the FAQ on training in the company, five times without a
        # way out: sixth blind user test). The form's reply counts it, so the third gets the way out.
        read = field_turn(text, "work_location", slots, "inform") if slots["requested_slot"] == "work_location" else (
            understand(text, "department", slots, "inform"))
        if not read.interruption:
            return Turn(read.messages, read.updates)
    if in_form and slots.get("requested_slot") in FORM_SLOTS and (moved := job_place_stated(text, slots)) is not None:
        # « le lieu du poste c'est Angers »: corrected, not the FAQ on training places (a question besides keeps its answer)
        return Turn([*moved.messages, *(replies if asks_besides(text) else [])], moved.updates)
    if in_form:
        # A criticism is not recorded within a form: the form's questions came in between. The check's
        # answers said with the question (« CDD de 8 mois à Laval, et ça coûte combien ? ») are kept.
        noted = facts_in_statements(text, slots) if slots.get("requested_slot") in FORM_SLOTS else None
        if noted is not None and noted.updates:
            return Turn([*replies, *noted.messages], {**kept_hours, **noted.updates})
        return Turn(replies, kept_hours)
    # « c'est pas ma question, je voulais savoir… » right after an answer: a 👎 on it, then the answer.
    rated = previous_answer(events) if decision.criticism else None
    vote = {FEEDBACK_SLOT: {"faq_id": rated, "value": "down"}} if rated else {}
    if rated:
        replies.insert(0, {"text": messages.CRITICISM_NOTED})
    if leads_on:
        # (« je veux faire une autre demande » is another project: checked first, as is the first.)
        ready = applying and not project and not asked_for_a_project and can_submit(slots) and not slots.get(REFERENCE_SLOT) and not _ANOTHER_PROJECT.search(normalize(text))
        if applying:
            replies.append({"text": messages.PREPARE_HERE_TOO})
        return Turn(replies, {**vote, OFFER_SLOT: None}, START_SUBMISSION_ACTION if ready else START_CHECK_ACTION)
    if procedure and not said_no:
        return _procedure_offer(replies, slots, vote)
    # A new answer replaces the open offer; a turn that answered nothing (questions proposed, a message
    # it could not use, a refusal) leaves it open, so « ok on y va » still accepts it afterwards.
    offer = offer_after(decision, faq, in_form or said_no or sent) if decision.answers else slots.get(OFFER_SLOT)
    if introduced is not None and offer is None and messages.CHECK_OFFER not in replies:
        # (The FAQ's answer to an employer saying who they are: what can be done here after it, the check offered.)
        replies.append(messages.CHECK_OFFER)
        offer = OFFER_CHECK
    if offer == OFFER_CHECK and messages.CHECK_OFFER in replies and can_submit(slots):
        # Once the check said eligible or derogation, an answer offered « Vérifier mon éligibilité » again, whose « oui » started
        # the check from the contract question (twenty-third blind user test, h18b-60): the request is offered.
        verdict = str(slots.get(VERDICT_SLOT))
        request: Message = {"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT[verdict].get("buttons", [])}
        replies, offer = [request if r == messages.CHECK_OFFER else r for r in replies], OFFER_SUBMISSION
    elif (offer is None and decision.answers and slots.get(OFFER_SLOT) == OFFER_SUBMISSION and can_submit(slots)
          and not slots.get(REFERENCE_SLOT)):
        # « ca coute combien pour nous ? » right after « Je peux préparer avec vous votre intention d'embauche » [Préparer ma
        # demande] got the answer alone, the offer dropped, no button to go on (thirty-third blind user test, u33-10): still
        # open, made again after the answer (not after two answers in a row).
        offer = OFFER_SUBMISSION
        if not _request_offered_last_turn(events):
            verdict = str(slots.get(VERDICT_SLOT))
            replies.append({"text": messages.PREPARE_NOW, "buttons": messages.VERDICT_NEXT[verdict].get("buttons", [])})
    return Turn(replies, {**vote, OFFER_SLOT: offer})


def _without_the_answer_as_a_question(replies: list[Message], others: list[Message], text: str, answer: Any) -> list[Message]:
    """``replies`` without the suggestions for another question (``others``) when the message asks one question besides the
    answer to the request's question: that answer was read as the other question (« cariste ou magasinier. combien de temps
    dure la formation ? », whose « ou » asks), and « Pour votre autre question… » came when there was only one (forty-second
    blind user test, u42-10)."""
    if not others:
        return replies
    said = normalize(str(answer or ""))
    asked = [q for q in split_questions(text) if (plain := normalize(q)) and plain not in said]
    return replies if len(asked) > 1 else [r for r in replies if r not in others]


def _request_offered_last_turn(events: list[dict[str, Any]]) -> bool:
    """Whether the assistant's previous turn (between the last two messages of the employer) ended offering the request
    again (:data:`messages.PREPARE_NOW`)."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < 2:
        return False
    return any(e.get("event") == "bot" and e.get("text") == messages.PREPARE_NOW for e in events[users[-2]:users[-1]])


#: Asking whether one may apply now, ending a message (folded): « on peut faire la demande direct ? », « peut-on déposer la
#: demande maintenant ? », « je peux faire la demande ici ? ».
_MAY_I_APPLY = re.compile(
    r"(?:^|\s)(?:(?:et|alors|donc|du coup|bon|ok|mais)\s+)*(?:est ce qu(?:e|\s)\s*)?"
    r"(?:(?:on|je|nous)\s+(?:peut|peux|pourrait|pourrais|pouvons|pourrions)|peut on|pourrait on|puis je|pouvons nous)\s+"
    r"(?:(?:la|le)\s+)?(?:faire|deposer|lancer|preparer|remplir|envoyer|commencer)\s+(?:(?:la|une|notre|ma|le)\s+)?(?:demande|dossier)"
    r"(?:\s+(?:en\s+)?(?:direct|directement|maintenant|tout de suite|de suite|ici|avec vous|en ligne|aujourd hui|des maintenant|"
    r"par ici|par vous|svp|stp|alors|donc))*$"
)


def project_before_asking_to_apply(text: str) -> str | None:
    """The project a message describes before asking whether one may apply for it (« garage auto a Mayenne, on veut un
    mecano en CDI 39h pour mars, … on peut faire la demande direct ? »), which asks to apply for it (twenty-seventh blind user
    test); None when the message asks nothing of the kind, or describes no project (« on peut faire la demande ici ? » alone
    is a question on how to apply)."""
    stripped = (text or "").strip()
    if not stripped.endswith("?") or stripped.count("?") > 1:
        return None
    cut = max(stripped.rfind(mark, 0, len(stripped) - 1) for mark in (".", ",", ";", "!"))
    if cut < 0 or not _MAY_I_APPLY.search(normalize(stripped[cut + 1:])):
        return None
    before = stripped[:cut + 1].strip()
    return before if opening_updates(before) else None


def _applies_once_checked(text: str, slots: dict[str, Any]) -> bool:
    """« ok je veux faire la demande (de dérogation) » once the check said eligible or derogation: the request, with the check's
    answers (it started the check again from the contract question, after a question answered in between: twenty-third
    blind user test)."""
    # (Not with another project: « je veux faire la demande pour un cariste en CDD de 8 mois à Laval » is checked first.)
    # « Donc je peux faire la demande maintenant ? », the whole message, is asked to apply too: it got the Region's contact form
    # and the offer of a new check (thirty-third blind user test).
    asked = _MAY_I_APPLY.search(normalize(text)) if (text or "").strip().count("?") == 1 else None
    may_i = asked is not None and asked.start() == 0
    return (can_submit(slots) and not slots.get(REFERENCE_SLOT) and (wants_to_apply(text) or may_i) and not opening_updates(text)
            and not _ANOTHER_PROJECT.search(normalize(text)))


def _facts_then_asking_to_apply(text: str, slots: dict[str, Any]) -> str | None:
    """The statements of a message that ends asking whether one may apply (« … le jeune est bien inscrit a france travail. on peut
    faire la demande ? »), once the check said eligible or derogation and nothing is sent; None otherwise, or when they state
    another project (a contract, a place: :func:`project_before_asking_to_apply` and the check read it)."""
    stripped = (text or "").strip()
    if not can_submit(slots) or slots.get(REFERENCE_SLOT) or not stripped.endswith("?") or stripped.count("?") > 1:
        return None
    cut = max(stripped.rfind(mark, 0, len(stripped) - 1) for mark in (".", ",", ";", "!"))
    if cut < 0 or not _MAY_I_APPLY.search(normalize(stripped[cut + 1:])):
        return None
    before = stripped[:cut].strip(" .,;!")
    if not before or opening_updates(before) or _ANOTHER_PROJECT.search(normalize(before)):
        return None
    return before


#: A plain yes to an open offer, a clause of its own (folded): « oui », « ouais volontiers » (« ok », « d'accord » may only
#: acknowledge the answer before: « ok. et ça coûte combien ? » asks, and leaves the offer open).
_PLAIN_YES = re.compile(r"(?:oui|ouais|yes|volontiers|avec plaisir)(?: (?:oui|merci|volontiers|bien sur|avec plaisir|allez))*")


def _takes_up_an_open_offer(clause: str) -> bool:
    """Whether a clause of a message (no « ? ») takes up the offer made just before: going ahead (« ok go », « c'est parti »,
    « on y va », :func:`going_ahead`) or a plain yes (:data:`_PLAIN_YES`)."""
    clause = clause.strip().rstrip(" .!;…,")
    return bool(clause) and "?" not in clause and (going_ahead(clause) or bool(_PLAIN_YES.fullmatch(normalize(clause))))


def wish_to_apply_with(text: str, offered: bool = False) -> tuple[list[str], list[str]] | None:
    """The other statements and the questions of a message one clause of which asks to apply (:func:`wants_to_apply`): « ok on fait
    la demande. mais comme j ai dit j ai pas encore de siret c grave? », « Alors on part sur des CDI pour les 6 conducteurs, aucun
    candidat identifié. On fait la demande ? » (its last clause, asked). Both got « Je ne suis pas certain d'avoir bien compris »
    and three questions (thirty-seventh blind user test). None for a message without a question, or with nothing besides the wish."""
    if not text or text.startswith("/") or "?" not in text:
        return None
    # (A sentence of its own: « préparer ma demande de dérogation, c'est long ? » asks how long it takes.)
    sentences = [s.strip() for s in re.split(r"(?<=[.!?;…])\s+|\n+", text) if s.strip()]
    wishes = [s for s in sentences if not s.endswith("?") and wants_to_apply(s.rstrip(" .!;…"))]
    if not wishes and len(sentences) > 1 and wants_to_apply(sentences[-1].rstrip(" .!?;…")):
        wishes = [sentences[-1]]  # « On fait la demande ? » closing the message
    if not wishes and offered:
        # « ok go. au fait la formation elle coute combien pour nous ? » to the offer of the request got the cost, then the offer
        # again (forty-second blind user test, u42-02): a yes opening the message (a sentence, or its first clause: « ok on y va,
        # au fait ça coûte combien ? ») takes up the offer, the rest is asked.
        first, _, rest = sentences[0].partition(",")
        if len(sentences) > 1 and _takes_up_an_open_offer(sentences[0]):
            wishes = [sentences[0]]
        elif rest.strip() and going_ahead(first):
            sentences = [first, rest.strip(), *sentences[1:]]
            wishes = [first]
    others = " ".join(s for s in sentences if s not in wishes)
    if not wishes or not others:
        return None
    return question_clauses(others)


def _applying_with_a_question(message: dict[str, Any], slots: dict[str, Any], faq: Faq) -> Turn | None:
    """A message asking to apply with something else besides (:func:`wish_to_apply_with`): its question answered (the SIRET's own
    answer, the FAQ's, or that there is none here), then the request once eligible, with what its statements say, or else the
    check, which reads them (:func:`start_check_turn`). None for anything else, once the request is sent, for another project,
    or after « not eligible »."""
    text = message.get("text") or ""
    wish = wish_to_apply_with(text, offered=slots.get(OFFER_SLOT) in (OFFER_SUBMISSION, OFFER_CHECK))
    if wish is None or slots.get(REFERENCE_SLOT) or _ANOTHER_PROJECT.search(normalize(text)):
        return None
    statements, questions = wish
    answer: list[Message] = []
    if questions:
        asked = f"{', '.join(questions)} ?"
        if (about_the_siret := siret_question(asked, False)) is not None:
            answer = [{"text": about_the_siret}]
        else:
            decision = answer_by_rule(decide({**message, "text": asked}, known_ids=set(faq.ids)), asked, faq)
            answer = replies_for(decision, faq, asked=asked) if decision.answers else [{"text": messages.OUT_OF_SCOPE["text"]}]
    if can_submit(slots):
        accepted = _accepted_with_facts(f"oui, {', '.join(statements)}", slots, faq) if statements else None
        if accepted is not None:
            return Turn([*answer, *accepted.replies], accepted.updates, accepted.next_action)
        return Turn(answer, {OFFER_SLOT: None}, START_SUBMISSION_ACTION)
    if slots.get(VERDICT_SLOT):
        return None  # (« not eligible »: what it says is read as before)
    return Turn(answer, {OFFER_SLOT: None}, START_CHECK_ACTION)


#: Another project than the one checked (folded): « je veux faire une autre demande », « … pour un autre poste », « … pour notre
#: autre magasin »: its answers are not this check's (review of the twenty-third blind user test's fixes: the request started
#: with the old answers).
_ANOTHER_PROJECT = re.compile(r"\b(?:un|une|l|notre|nos|mon|ma|mes) (?:autre|autres|nouvelle|nouvel|nouveau|deuxieme|seconde|second|2e|2eme)\b")


#: A month named for the hiring (folded): « en avril », « pour septembre », « début février », « à partir de mai ».
_HIRING_MONTH = re.compile(rf"\b(?:en|pour|debut|des|mi|fin|a partir d|courant|d ici|au mois d)\s+(?P<month>{alternation(FULL_MONTHS)})\b")
#: Why the assistant said something (folded): « pourquoi vous me parlez de 2 ou 3 mois ? », « pourquoi 2 ou 3 mois ? ».
_WHY_SAID = re.compile(
    r"^(?:(?:mais|euh|ok|et|bon)\s+)*pourquoi\s+(?:(?:vous|tu)\s+(?:me\s+|nous\s+)?(?:parle[sz]?|dites|dis|evoque[sz]?|mentionne[sz]?)\b|"
    r"(?:ce|ces|un|une|les|le)?\s*\d+\s+(?:ou|a)\s+\d+\s+mois\b|ce delai\b)"
)


#: Months before the hiring the request is made at the latest, for the advice on when to apply: the set-up, 2 or 3 months at
#: least (the FAQ), then the training itself, before the hiring (about 3 months for the FAQ's reference of 400 hours). A hiring
#: fewer months away than this is to be applied for now. « Pour une embauche en juin … vers mars, et au plus tard en avril » on 3
#: December left no time for the training (forty-fourth blind user test, u44-11).
APPLY_MONTHS_BEFORE = 6


def set_up_by_month(text: str, today: dt.date | None = None) -> Message | None:
    """When to apply for a hiring in the month ``text`` names, from ``today``: now when it is :data:`APPLY_MONTHS_BEFORE` months
    away or fewer, else as soon as possible and before the month that many months before it; None without a month."""
    named = _HIRING_MONTH.search(normalize(text))
    if named is None:
        return None
    today = today or dt.date.today()
    month = FULL_MONTHS.index(named.group("month"))  # 0 for January
    ahead = (month - (today.month - 1)) % 12  # whole months from this one to the hiring's (this month: 0)
    if ahead <= APPLY_MONTHS_BEFORE:
        return {"text": messages.SET_UP_BY_MONTH_NOW.format(month=messages.MONTH_NAMES[month])}
    return {"text": messages.SET_UP_BY_MONTH.format(month=messages.MONTH_NAMES[month],
                                                   latest=messages.MONTH_NAMES[(month - APPLY_MONTHS_BEFORE) % 12])}


def _why_the_set_up_time(text: str, events: list[dict[str, Any]], faq: Faq) -> Turn | None:
    """« Pourquoi vous me parlez de 2 ou 3 mois ? » right after the set-up time: why it comes before the hiring."""
    if text.startswith("/") or not _WHY_SAID.match(normalize(text)):
        return None
    shown = _shown_just_before(events, faq) or previous_answers(events)
    return Turn([{"text": messages.WHY_THE_SET_UP_TIME}]) if shown and shown[-1] == SET_UP_ENTRY else None


#: A unit asked alone after an answer (folded): « ok mais en semaines ? », « et en jours ? », « c'est combien de semaines ? ».
_UNIT_ASKED = re.compile(
    r"^(?:(?:ok|oui|non|d accord|bon|ah|mais|et|donc|alors|du coup|ca|c|cela)\s+)*(?:(?:c est|ca fait|ca dure|ca represente)\s+)?"
    r"(?:combien\s+(?:de\s+|d\s+|en\s+)?|en\s+(?:nombre\s+(?:de|d)\s+)?)(?P<unit>semaines?|jours?|heures?|mois|ans?|annees?|euros?)"
    r"(?:\s+(?:environ|a peu pres|en gros|alors|du coup|concretement))*$"
)
#: A figure in each unit, in an answer (folded).
_FIGURE_IN = {"semaine": r"\d+\s*semaines?", "jour": r"\d+\s*jours?", "heure": r"\d+\s*(?:h|heures?)\b", "moi": r"\d+\s*mois",
              "an": r"\d+\s*ans?\b", "annee": r"\d+\s*annees?", "euro": r"\d+\s*(?:euros?|€)"}


def _figure_not_in_the_answer(text: str, events: list[dict[str, Any]], faq: Faq) -> bool:
    """Whether ``text`` asks the answer just given in a unit (:data:`_UNIT_ASKED`) the answer gives no figure in."""
    asked = _UNIT_ASKED.match(normalize(text))
    shown = _shown_just_before(events, faq)
    if asked is None or not shown:
        return False
    unit = asked.group("unit").rstrip("s")
    figure = _FIGURE_IN.get(unit) or _FIGURE_IN.get(unit.rstrip("e")) or r"\d"
    return not any(re.search(figure, normalize(entry.answer)) for i in shown if (entry := faq.get(i)) is not None)


def _previous_answer_again(classified: Decision, decision: Decision, parse: dict[str, Any], events: list[dict[str, Any]],
                           faq: Faq) -> Turn | None:
    """The answer given just before, given again to the next message: never repeated word for word.

    « Ce n'est pas ma question. Je demandais s'il faut un nombre minimum de candidats » got the set-up time just criticised
    (twenty-fifth blind user test); « ok donc c'est eligible ou pas mon contrat pro pour un mecano a laval ? » got the same
    long answer on the contract of professionalisation as the question before (twenty-sixth). After a criticism, the
    criticised entry is left out and the others answered; with none left, or when the question asked again gets only the
    answers just given, it is said that the FAQ says no more, with the next closest questions and the Region's contact (a 👎
    recorded after a criticism). « Just given » means among the assistant's messages since the employer's previous one
    (thirty-second blind user test: an entry classified but never answered was said to be the answer just given).
    ``decision`` is ``classified`` read by :func:`answer_by_rule` (what would be answered: a
    rule's entry, not the classifier's). None otherwise."""
    text = str(parse.get("text") or "")
    if text.startswith("/") or not classified.answers or not decision.answers:
        return None
    if not decision.criticism and asks_work_permit_of_a_european(text):
        # « il est europeen, il a besoin d'une autorisation de travail ? » right after the answer on foreign employees got « Oui : »
        # and its sentence on the permit (fifty-first blind user test, u51-12): what the FAQ leaves open, said so.
        return Turn(left_open_replies(text) or [])
    shown = _shown_just_before(events, faq)
    rated = (shown[-1] if shown else previous_answer(events)) if decision.criticism else None
    said: list[Message]
    vote: dict[str, Any]
    if rated is None and not decision.criticism and _asked_again(text, events):
        return None  # the same question asked again the same way, « vous pouvez répéter ? »: the answer again
    not_asked = rated is None and not decision.criticism and bool(_NOT_WHAT_I_ASKED.search(normalize(text)))
    given = (shown or _shown_just_before(events, faq, back=2)) if not_asked else shown
    repeated = [i for i in decision.answers if any(_same_paragraph(i, g, faq) for g in given)]
    if rated is None and repeated and (not_asked or len(repeated) == len(decision.answers) and _new_follow_up(text)):
        # « ok et la dérogation je la demande à qui ? » right after the derogation answer, « Concernant la POEI, je ne demandais pas
        # la différence mais si l'on peut cumuler les deux » after the POEI paragraph (with suggestions between them) got the same
        # paragraph word for word (fortieth blind user test: u40-01, u40-03). A follow-up asking something of its own, or a
        # message saying the answer missed, never gets that paragraph again: the others decided, else that the FAQ says no more.
        others = [i for i in decision.answers if i not in repeated]
        if others:
            kept = replace(decision, faq_id=others[0], faq_ids=others)
            return Turn([*replies_for(kept, faq, asked=text), *followup_for(kept, faq, in_form=True)])
        if not not_asked and (short := short_answer(text, repeated, faq)) is not None:
            # « et qui paie la formation alors » right after « La formation est 100% prise en charge par la Région… » was told the
            # FAQ says no more (forty-first blind user test): the sentence that answers it.
            return Turn([short])
        vote, said = {}, [{"text": messages.NOTHING_MORE_IN_THE_FAQ}]
        rated, shown = repeated[-1], [*shown, *given]
    elif rated is not None and rated in decision.answers:
        vote = {FEEDBACK_SLOT: {"faq_id": rated, "value": "down"}}
        others = [i for i in decision.answers if i != rated]
        if others:
            kept = replace(decision, faq_id=others[0], faq_ids=others)
            return Turn([{"text": messages.CRITICISM_NOTED}, *replies_for(kept, faq, asked=text), *followup_for(kept, faq, in_form=True)], vote)
        said = [{"text": messages.CRITICISM_NOTED}, {"text": messages.NO_OTHER_ANSWER}]
    elif (rated is None and not decision.criticism and len(re.findall(r"\w+", text)) >= 5 and not _FOLLOW_UP_LEAD.match(normalize(text))
          and shown and set(decision.answers) <= set(shown)):
        if _subject_not_in(text, decision.answers, faq):
            # « la FAQ dit-elle quelque chose sur les personnes en situation de handicap ? » after the answer on who may benefit
            # was told it was that answer (thirty-sixth blind user test): the entry says nothing of that subject; said honestly.
            return Turn([messages.OUT_OF_SCOPE, messages.CONTACT_POINTER])
        if (short := short_answer(text, decision.answers, faq)) is not None:
            # « la formation a lieu avant l'embauche ? » right after « … 1 emploi = 1 formation est une formation préalable à
            # l'embauche … » was told it was that answer (forty-first blind user test): « Oui : » and that sentence.
            return Turn([short])
        # (Not a follow-up, « et en CDD ? », « et pour une asso ? », whose case the same answer covers.) Only an answer really
        # among the assistant's messages since the employer's previous one: the entry the previous message was classified with
        # is no answer given when that message got something else, the request's sending (thirty-second blind user test).
        vote, said = {}, [{"text": messages.SAID_JUST_BEFORE}]
        rated = shown[-1]
    else:
        return None
    left_out = set(decision.answers) | set(shown) | {rated}
    closest = [i for i, _ in ranked_entries(parse)
               if i in faq and not any(_same_paragraph(i, o, faq) for o in left_out)][:SUGGESTION_COUNT]
    if closest:
        said.append({"text": messages.FEEDBACK_DOWN_ALTERNATIVES, "buttons": suggestion_buttons(faq, closest)})
    return Turn([*said, messages.CONTACT_POINTER], vote)


#: The subject a question names (folded): « … quelque chose sur les personnes en situation de handicap ? », « concernant les X ».
_SUBJECT_NAMED = re.compile(r"\b(?:sur|concernant|au sujet (?:de|des|du|d)|a propos (?:de|des|du|d)|en ce qui concerne)\s+(?P<subject>.+)$")
#: Words of a subject that name none (folded).
_NO_SUBJECT_WORDS = frozenset({"point", "sujet", "question", "chose", "quelque", "dispositif", "faq", "cela", "votre", "notre", "cette"})


def _subject_not_in(text: str, entries: list[str], faq: Faq) -> bool:
    """Whether ``text`` names a subject (:data:`_SUBJECT_NAMED`) whose words the ``entries``' questions and answers never use."""
    found = _SUBJECT_NAMED.search(normalize(text))
    if found is None:
        return False
    words = [w for w in found.group("subject").split() if len(w) >= 5 and w not in _NO_SUBJECT_WORDS]
    known = {w[:5] for i in entries if (entry := faq.get(i)) is not None for w in normalize(f"{entry.question} {entry.answer}").split()}
    return bool(words) and all(w[:5] not in known for w in words)


def _shown_just_before(events: list[dict[str, Any]], faq: Faq, back: int = 1) -> list[str]:
    """The FAQ entries whose answer the assistant said after the employer's previous message, in order: what was shown, an
    answer given by rule included (the parse data keep the classifier's entry: « en contrat pro c bon ? » was answered with
    the contracts, its parse says the comparison with a contract of professionalisation). Empty with no reply recorded.
    With ``back`` 2, those said after the message before it (the answer before a turn of suggestions)."""
    users = [i for i, e in enumerate(events) if e.get("event") == "user"]
    if len(users) < back + 1:
        return []
    said = [str(e.get("text") or "") for e in events[users[-back - 1] + 1 : users[-back]] if e.get("event") == "bot"]
    return [i for t in said if (i := faq.answered_by(t)) is not None]


def _same_paragraph(one: str, other: str, faq: Faq) -> bool:
    """Whether two FAQ entries give the same answer, or one an excerpt of the other's (« remise_a_niveau » is the first sentence of
    « difference_afpr_poei », « presentation_dispositif » the answer of « difference_contrat_pec »)."""
    if one == other:
        return True
    first, second = faq.get(one), faq.get(other)
    return first is not None and second is not None and (first.answer.strip() in second.answer or second.answer.strip() in first.answer)


#: The employer saying the answer missed their question (folded): « je ne demandais pas la différence mais… », « ma question
#: n'était pas… ».
_NOT_WHAT_I_ASKED = re.compile(r"\bje (?:ne )?(?:vous )?demandais pas\b|\bma question n (?:etait|est) pas\b")
#: Asking to be told again (folded): « vous pouvez répéter ? », « redites-moi ».
_ASKS_AGAIN = re.compile(r"\b(?:repet\w*|redi(?:re|tes))\b")
#: Words that make a follow-up a question of its own (folded): « … je la demande à qui ? », « on peut cumuler ? », « … envoie où ? ».
_OWN_QUESTION = re.compile(rf"\b(?:{alternation(QUESTION_WORDS)}|{alternation(QUESTION_VERBS)})\b|\bou\s*$")


def _asked_again(text: str, events: list[dict[str, Any]]) -> bool:
    """Whether ``text`` asks the employer's previous message again, word for word give or take punctuation, or asks to repeat."""
    plain = normalize(text)
    if _ASKS_AGAIN.search(plain):
        return True
    typed = _typed_messages(events)
    return len(typed) >= 2 and normalize(typed[-2]) == plain


def _new_follow_up(text: str) -> bool:
    """« ok et la dérogation je la demande à qui ? », « et le PEC alors, on peut cumuler ? »: a follow-up (:data:`_FOLLOW_UP_LEAD`)
    asking a question of its own, not the same question for another case (« et pour une asso ? », « et en CDD ? »)."""
    plain = normalize(text)
    lead = _FOLLOW_UP_LEAD.match(plain)
    return lead is not None and bool(_OWN_QUESTION.search(plain[lead.end():]))


#: A follow-up's lead (« et en CDD ? », « et pour une association ? »), on normalised text.
_FOLLOW_UP_LEAD = re.compile(r"^(?:(?:ok|d accord|ah|bon|merci)\s+)*(?:et|mais)\b")


def _job_moved_after_no(decision: Decision, text: str, events: list[dict[str, Any]], slots: dict[str, Any], faq: Faq) -> Decision:
    """« et si le poste est sur notre dépôt de Laval ? on a un site en Mayenne aussi » right after « only the employers of the
    Pays de la Loire » (a place outside named), with no check's verdict to correct: the places covered, the one named among
    them (it got the FAQ's suggestions: twenty-second blind user test)."""
    if (decision.answers or slots.get(VERDICT_SLOT) or text.startswith("/") or last_answered_faq(events) != OUTSIDE_ENTRY
            or COVERAGE_ENTRY not in faq or not supposes_the_job_elsewhere(text)):
        return decision
    place = extract_job_place(text)
    if not isinstance(place, Place) or not place.in_region:
        return decision
    return Decision("answer", faq_id=COVERAGE_ENTRY, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[COVERAGE_ENTRY], criticism=decision.criticism)


#: A correction's words (folded): « pardon », « je me suis trompé », « en fait », « non » first.
_CORRECTING = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in CORRECTION_PHRASES) + r")\b|^non\b")
#: « …, pas Rennes », « pas à Rennes » (folded): the place said before, taken back.
_NOT_THERE = re.compile(r"\bpas (?:a |au |aux |en |dans |sur |de )?(\w[\w -]*)")


def _typed_messages(events: list[dict[str, Any]]) -> list[str]:
    return [e.get("text") or "" for e in events if e.get("event") == "user"]


def place_corrected_after_no(text: str, events: list[dict[str, Any]], slots: dict[str, Any]) -> bool:
    """« ah pardon je me suis trompé, c'est notre site de Château-Gontier, pas Rennes » right after « only the employers of the
    Pays de la Loire » for a place outside named in the message before (it got « pas certain d'avoir compris », twice:
    twenty-seventh blind user test): a place in the region, with a correction's words (« pardon », « en fait », « pas
    Rennes »), no question. The check starts with the facts of the message before and this place (:func:`start_check_turn`)."""
    if text.startswith("/") or slots.get(VERDICT_SLOT) or slots.get(REFERENCE_SLOT):
        return False
    if last_answered_faq(events) != OUTSIDE_ENTRY or _outside_project_said(events) is None:
        return False  # (the « non » was for a place outside said before)
    place = extract_job_place(text)
    if not isinstance(place, Place) or not place.in_region:
        return False
    plain = normalize(text)
    if "?" in text:
        # « on a aussi un entrepot a Chateaubriant, ca compte ? »: another site of the employer's, in the region, asked about (it
        # got the closest questions: forty-sixth blind user test, u46-02); not a supposition (« et si le poste est sur notre dépôt
        # de Laval ? » gets the places covered), nor a correction asked (« en fait c'est a Laval ? »).
        return bool(_A_SITE_ASKED.search(plain)) and not supposes_the_job_elsewhere(text) and not _CORRECTING.search(plain)
    taken_back = any(isinstance(p := extract_place(m.group(1)), Place) and not p.in_region for m in _NOT_THERE.finditer(plain))
    return bool(_CORRECTING.search(plain)) or taken_back


#: A site of the employer's named (folded): « un entrepôt à », « notre dépôt de », « le site de ».
_A_SITE_ASKED = re.compile(
    r"\b(?:restaurant|resto|magasin|boutique|site|agence|etablissement|usine|atelier|entrepot|succursale|filiale|antenne|bureau|garage"
    r"|chantier|depot|hotel|point de vente)s?\s+(?:de|d|du|des|a|au|aux|sur|en)\s"
)


def _outside_project_said(events: list[dict[str, Any]]) -> str | None:
    """The latest of the employer's last four messages before the latest that names a job's place outside the region (the one the
    answer outside the region was for: « … cariste en CDI sur notre site de Vitré », then « ah mince, on peut faire quoi ? »),
    None when none or when a place in the region was stated since (asked about is not stated)."""
    typed = _typed_messages(events)[:-1]
    for text in list(reversed(typed))[:4]:
        if text.startswith("/"):
            continue
        place = extract_job_place(text)
        if isinstance(place, Place) and place.in_region and "?" in text:
            continue  # (a site in the region asked about since: « on a aussi un entrepot a Chateaubriant, ca compte ? »)
        if isinstance(place, Place):
            return None if place.in_region else text
    return None


def _place_corrected_facts(text: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """The check's answers of the message before (its contract and length, its candidate), with the place ``text`` corrects
    it to (:func:`place_corrected_after_no`)."""
    before = _outside_project_said(events) or ""
    stated = {k: v for k, v in facts_in_statements(before, {}).updates.items() if k in CHECK_SLOTS and v is not None}
    plain = normalize(before)
    if not stated and "?" not in before and not (_ASKING.search(plain) or asks_about_a_hiring(before) or SUPPOSING.search(plain)):
        # A message before that asks nothing (« je veux embaucher une vendeuse en CDI à Rennes, elle est inscrite à france
        # travail »): its facts are the project's, read whole (only the place was kept, the contract asked: session of
        # 2026-12-03, talking to the running assistant); its place is the one corrected.
        read = understand(before, None, {})
        if not read.interruption:
            stated = {k: v for k, v in read.updates.items() if k in CHECK_SLOTS and k != "department" and v is not None}
    if "contract_type" not in stated:
        stated.update(_contract_asked_about(before))
    place = extract_job_place(text)
    # What else the message before says for the request (« nous sommes une PME à Rennes et nous cherchons 2 préparateurs de
    # commandes en CDI »: the employer type, the job and the count were asked again, thirty-fourth blind user test), not its place.
    first = {k: v for k, v in (opening_updates(before).get(MEMORY_SLOT) or {}).items() if k in ("said", "job_title", "positions")}
    if isinstance(place, Place):
        stated["department"] = place.department
        memory = remembered_place(text, {})
        if memory is not None or first:
            stated[MEMORY_SLOT] = {**first, **(memory or {})}
    return stated


def _check_offered_just_before(events: list[dict[str, Any]]) -> bool:
    """Whether « Voulez-vous vérifier maintenant si votre projet d'embauche est éligible ? » was the assistant's last word
    before the employer's latest message."""
    seen_user = False
    for event in reversed(events):
        if event.get("event") == "user":
            if seen_user:
                return False
            seen_user = True
        elif seen_user and event.get("event") == "bot":
            return event.get("text") == messages.CHECK_OFFER["text"]
    return False


#: Whether it is accepted, asked without the question mark (folded): « un CDD de 3 mois c possible ».
_ASKS_WHETHER = re.compile(r"\b(?:eligible|eligibles|possible|ca marche|ca passe|ca va|ca fonctionne|valable|accepte|acceptee|autorise)\b")
#: « non », « nan », « non merci »… first (folded): what declines the offer whatever follows.
_DECLINING_FIRST = re.compile(rf"^(?:non|nan|no|nope|{NOT_NOW})\b")


def answer_to_the_check_offer(text: str, events: list[dict[str, Any]]) -> dict[str, Any]:
    """The check's answers in a message right after its offer (« cdd saisonnier », « on a un candidat inscrit a FT pour un CDII
    cariste », « pas encore de candidat »), which accepts it: they got « reformuler », a fallback, or « Très bien » that
    dropped the check (twenty-seventh blind user test). Empty for anything else: a question, a « non » first (« non merci »,
    « non, pas de candidat pour l'instant »), « pas encore » alone (a « not now » to « maintenant ? »), a follow-up of the
    answer (« et en CDD »), a question without its mark."""
    plain = normalize(text)
    if (text.startswith("/") or "?" in text or not _check_offered_just_before(events) or _DECLINING_FIRST.match(plain)
            or _FOLLOW_UP_LEAD.match(plain) or asks_besides(text) or _ASKS_WHETHER.search(plain)):
        return {}  # (« et pour un CDD de 3 mois », « ok et en interim » follow the answer; « CDD 3 mois c possible » asks)
    read = understand(text, None, {})
    if read.interruption:
        return {}
    facts = {k: v for k, v in read.updates.items() if k in (*FORM_SLOTS, *CANDIDATE_FACT_SLOTS, OPTIONS_SLOT) and v is not None}
    if not facts:
        return {}
    # (What it says besides, for the verdict and the request: « …, un CDD d'un an renouvelable, à 30h par semaine, enfin non 32h »
    # left the 24 h « à vérifier » and the hours asked again: forty-seventh blind user test, u47-04.)
    memory = read.updates.get(MEMORY_SLOT)
    facts[MEMORY_SLOT] = {"said": text, **(memory if isinstance(memory, dict) else {})}
    return facts


def _procedure_offer(replies: list[Message], slots: dict[str, Any], vote: dict[str, Any]) -> Turn:
    """The answer on how to apply, then that it can be prepared here, and the offer: of the check, or of the request once
    the project is eligible (either was started: twenty-second blind user test)."""
    if can_submit(slots):
        verdict = str(slots.get(VERDICT_SLOT) or "")
        buttons = messages.VERDICT_NEXT[verdict if verdict in messages.VERDICT_NEXT else "eligible"].get("buttons", [])
        replies = [r for r in replies if r != messages.CHECK_OFFER]
        said: list[Message] = [{"text": messages.PREPARE_HERE_TOO}, {"text": messages.PREPARE_NOW, "buttons": buttons}]
        return Turn([*replies, *said], {**vote, OFFER_SLOT: OFFER_SUBMISSION})
    at = next((i for i, r in enumerate(replies) if r == messages.CHECK_OFFER), len(replies))
    replies.insert(at, {"text": messages.PREPARE_HERE_TOO})
    # (Still open, or open now: « oui » takes it up.)
    return Turn(replies, {**vote, OFFER_SLOT: OFFER_CHECK})


#: The opening of an answer to « where? » (« chez nous », « dans la zone », « près de la rocade », « là où est l'usine »).
_WHERE_ANSWER = re.compile(r"^(?:chez|dans|a|au|aux|sur|pres|en|vers|du cote|cote|a cote|pas loin|sur place|la ou|ici|la bas|la)\b")
#: The opening of an answer to « how long? » that gives no length (« le temps qu'il faut », « ça dépend »).
_HOW_LONG_ANSWER = re.compile(
    r"^(?:le temps|aussi longtemps|autant|tant qu|jusqu|on verra|ca depend|depend|indetermin|pas de (?:fin|limite|duree)|sans limite|"
    r"le plus longtemps|longtemps|toute l annee|a voir|je (?:ne )?sais pas encore)"
)
_PLACE_QUESTIONS = ("department", "work_location")


_ASKING = opening((*OPENING_QUESTION_WORDS, *QUESTION_VERBS, *INVERTED_VERBS))


#: This scheme named after « bénéficier », « avoir droit »… (folded): « du truc 1 emploi 1 formation », « de ce dispositif ».
_THIS_SCHEME = (
    r"(?:de|du|d|a|au)\s(?:(?:ce|cet|cette|votre|le|l)\s)?(?:dispositif|truc|machin|programme|1 emploi 1 formation|un emploi une formation)\b|"
    r"(?:de|d|a)\s(?:cette|votre)\saide\b|(?:de|a)\s(?:ca|cela)\b"
)
#: What follows a benefit of THIS scheme: « en » or « y » before the verb, nothing said of what, or this scheme named; not
#: another one (« on a droit au chômage partiel ? »: review of the twenty-third blind user test's changes).
_OF_THIS_SCHEME = rf"(?:(?!\s(?:a|au|aux|de|du|des|d|l)\b)|\s(?:{_THIS_SCHEME}))"
#: Whether the employer may benefit (folded): « je peux en bénéficier ? », « on y a droit ? », « suis-je éligible ? » (not « qui
#: peut en bénéficier ? », nor someone else: « mon salarié peut en bénéficier ? »).
_ASKS_IF_FOR_ME = re.compile(
    rf"\b(?:je|j|on|nous|mon entreprise|ma structure|ma societe|notre (?:{'|'.join(employer_nouns(public=False))}))\s"
    r"(?:peux|peut|pouvons|pourrais|pourrait|pourrions)\s"
    rf"(?:(?:en|y)\s(?:beneficier|pretendre|avoir droit|acceder|profiter)\b|(?:beneficier|pretendre|avoir droit|acceder|profiter)\b{_OF_THIS_SCHEME})|"
    r"\b(?:suis|sommes)\s(?:je\s|nous\s)?eligibles?\b|\bsuis je eligible\b|"
    rf"\b(?:j|on|nous)\s(?:y\s(?:ai|a|avons)\sdroit\b|(?:ai|a|avons)\sdroit\b{_OF_THIS_SCHEME})"
)
#: An employer saying who they are, at the start of a message (folded): « je suis à la tête d'une PME », « je suis gérant d'un
#: garage », « je dirige une boulangerie », « on est une asso d'aide à domicile », « nous sommes un EHPAD », « j'ai une entreprise ».
_EMPLOYER_SAYS_WHO = re.compile(
    r"^(?:(?:bonjour|bonsoir|salut|hello|alors|voila|bon|donc|madame|monsieur)\s+)*"
    r"(?:je suis (?:a la tete|(?:le |la |l |un |une )?(?:co )?(?:gerant|gerante|patron|patronne|dirigeant|dirigeante|directeur|directrice|"
    r"responsable|president|presidente|chef d entreprise|proprietaire|fondateur|fondatrice|artisan|employeur|drh|rh|maire))\b|"
    rf"je (?:dirige|gere|represente)\b|j ai (?:une|un) (?:{'|'.join(employer_nouns(public=False))}|pme|tpe|commerce|garage|restaurant|"
    r"boulangerie|magasin|atelier|exploitation|cabinet|agence|salon|hotel)\b|"
    r"(?:on est|nous sommes) (?:une|un)\s(?!peu\b|petit peu\b))"
)


def _employer_introduced(text: str, decision: Decision) -> Message | None:
    """What an employer who says who they are and asks nothing gets (« je suis a la tete dune pme de 15 salariés dans le btp a
    la roche sur yon », « on est une asso d'aide à domicile sur Laval » got « Je ne suis pas certain d'avoir bien compris votre
    question »: twenty-eighth blind user test): the acknowledgement, the place said covered (the check asks it back), before
    the offer of the check; None for a question, a place elsewhere (the FAQ's answer), a job seeker, anything else."""
    plain = normalize(text)
    if ("?" in text or not _EMPLOYER_SAYS_WHO.match(plain) or _ASKING.search(plain) or _ASKS_WHETHER.search(plain)
            or asks_besides(text) or _A_JOB_SEEKER.search(plain) or OUTSIDE_ENTRY in decision.answers):
        return None
    place = extract_job_place(text)
    if place is None:
        return {"text": messages.EMPLOYER_NOTED}
    if not isinstance(place, Place) or not place.in_region:
        return None
    named = f"{place.commune} ({place.department_name}, {place.department})" if place.commune else department_label(place.department)
    return {"text": messages.EMPLOYER_IN_THE_REGION.format(place=named)}


def _asks_response_time_alone(part: str) -> bool:
    """A question of a message that asks when the answer to a request comes, not when the training starts (« combien de temps pour
    avoir la reponse ? »)."""
    return asks_response_time(part) and not _ASKS_SET_UP.search(normalize(part))


def without_recorded_clause(explanation: str, slots: dict[str, Any]) -> str:
    """A rule's explanation without « c'est le cas d'après vos réponses » unless the candidate recorded by the check is a registered
    job seeker (:data:`messages.AS_YOUR_ANSWERS_SAY`)."""
    if slots.get("candidate_status") in _REGISTERED_STATUSES:
        return explanation
    return explanation.replace(messages.AS_YOUR_ANSWERS_SAY, "")


def _registered_candidate(text: str, faq: Faq, slots: dict[str, Any] | None = None) -> Message | None:
    """For a question about a candidate the message says is a registered job seeker (« elle a une RQTH et elle est inscrite a
    france travail », « il a 58 ans et il est inscrit a pole emploi, ca pose probleme ? »), which the FAQ does not answer as
    such: the rules' sentence for a registered job seeker, in any category (data/eligibility/rules.yml). None otherwise."""
    from bot.eligibility.rules import evaluate, source_label

    status = extract_candidate_status(text) if "?" in text and not text.startswith("/") else None
    if status not in _REGISTERED_STATUSES:
        return None
    rules = evaluate({"candidate_status": status}, rules_on("candidate_status")).rules
    return {"text": "\n\n".join([*(without_recorded_clause(r.explanation, slots or {}) for r in rules),
                                   *dict.fromkeys(source_label(r, faq) for r in rules)])}


#: The candidate statuses of a registered job seeker (bot.extractors.candidate).
_REGISTERED_STATUSES = frozenset({"demandeur_emploi", "etranger_avec_autorisation"})
#: A job seeker writing for themselves (the scheme is for employers).
#: (« jsuis », « chui » typed as said: forty-sixth blind user test, « inscrit a france travail » said of oneself.)
_I_AM = r"(?:je suis|jsuis|j suis|chui|chuis|je sui)"
_A_JOB_SEEKER = re.compile(
    r"\bje (?:cherche|recherche) (?:moi meme |moi aussi |personnellement )?(?:un |du )?(?:emploi|travail|boulot|job|poste|formation)\b|"
    rf"\b{_I_AM} (?:moi meme |actuellement |en ce moment )?(?:(?:demandeur|demandeuse) d emploi|au chomage|chomeur|chomeuse|sans emploi|"
    r"en recherche d emploi|inscrite? (?:a|au|chez) (?:france travail|pole emploi|ft|pe))\b"
)
#: Distance learning asked about (« la formation peut se faire en visio / a distance ? »), which the FAQ does not cover.
_DISTANCE_LEARNING = re.compile(r"\b(?:visio\w*|a distance(?! (?:de|du|des|d)\b)|distanciel|en ligne|e ?learning|foad)\b")
#: « en ligne » said of the paperwork, not of the training: « l'inscription se fait en ligne ? et la formation a lieu où ? »
#: asks where the training takes place (review of the twenty-third blind user test's changes: the distance reply hid it).
_PAPERWORK_ONLINE = re.compile(r"\b(?:inscri\w*|demande|formulaire|dossier|candidature|site)\b")
#: The clauses of a message, each read alone for « en ligne » (« … en ligne ? et la formation … »).
_CLAUSE_END = re.compile(r"[?!.;]|\s(?:et|puis)\s")
_TRAINING_WORDS = re.compile(r"\b(?:formation|formations|cours|former|theorie|theorique)\b")
#: The answer on the training's set-up time (2 or 3 months), which is no response time to a request.
SET_UP_ENTRY = "delai_mise_en_place"
#: The set-up time asked beside the response time (folded).
_ASKS_SET_UP = re.compile(r"\b(?:mise en place|mettre en place|demarr\w*|commenc\w*|debut\w*|lanc\w*)\b")
#: The answer that says where the training takes place (close to the companies): no answer on distance learning.
TRAINING_PLACE_ENTRY = "lieu_formation"


#: A question on how many requests to make for several sites or jobs (folded): « une seule demande ou une par site ? », « on peut
#: faire plusieurs demandes pour des métiers différents ? », « faut-il une demande par dépôt ? ».
_SEVERAL_REQUESTS = re.compile(
    r"\b(?:une seule demande|une demande (?:par|pour chaque)|une par (?:site|depot|agence|magasin|etablissement|poste|metier|ville|lieu|antenne)|"
    r"plusieurs demandes|autant de demandes|combien de demandes|demande (?:unique|globale|groupee|commune))\b"
)


def _asks_several_requests(text: str) -> bool:
    """A question on how many requests to make for several sites or jobs (:data:`_SEVERAL_REQUESTS`)."""
    plain = normalize(text)
    return bool(_SEVERAL_REQUESTS.search(plain)) and ("?" in text or bool(_ASKING.search(plain)))


def _asks_distance_learning(text: str, decision: Decision) -> bool:
    """A question about training at a distance, that the FAQ gets no other answer for than where the training takes place."""
    plain = normalize(text)
    clauses = [normalize(c) for c in _CLAUSE_END.split(text.lower())]
    return bool(any(_asks_distance_in(c) for c in clauses) and _TRAINING_WORDS.search(plain) and ("?" in text or _ASKING.match(plain))
                and set(decision.answers) <= {TRAINING_PLACE_ENTRY})


def _asks_distance_in(clause: str) -> bool:
    """A cue of distance learning in one clause (folded), « en ligne » not said of an inscription or a form."""
    cues = [m.group() for m in _DISTANCE_LEARNING.finditer(clause)]
    return any(cue != "en ligne" or not _PAPERWORK_ONLINE.search(clause) for cue in cues)


#: A question asking what something is (« Parcours Emploi Tutorat c'est quoi exactement », « qu'est-ce que la POEI ? »).
_ASKS_WHAT_IS = re.compile(r"\b(?:c est quoi|c quoi|c koi|qu est ce que c est|qu est ce qu (?:un|une|on appelle)|ca veut dire quoi|que veut dire|kesako|definition)\b")
_YES_OR_NO = re.compile(r"(?:oui|non)\b", re.IGNORECASE)


def _yes_no_answer_framed(decision: Decision, text: str, faq: Faq, events: list[dict[str, Any]] | None = None) -> Message | None:
    """For a « what is » question answered by an entry that opens with « Oui » or « Non »: the question that answer is to,
    so that the yes is not taken for a definition; None otherwise."""
    entry = faq.get(decision.answers[0]) if len(decision.answers) == 1 else None
    plain = normalize(text)
    # (And an open question: « quels organismes de formation vous utilisez ? » got « Oui, nous diffuserons un lien… »: twenty-
    # seventh blind user test.)
    if entry is None or not _YES_OR_NO.match(entry.answer.strip()):
        return None
    if not (_ASKS_WHAT_IS.search(plain) or _OPEN_QUESTION.match(plain) or _elliptic_after_an_open_question(plain, events or [])):
        return None
    return {"text": messages.YES_NO_ANSWER_QUESTION.format(question=entry.source_question or entry.question)}


def _elliptic_after_an_open_question(plain: str, events: list[dict[str, Any]]) -> bool:
    """« et le parcours emploi formation ? » (folded) right after « c'est quoi le parcours emploi tutorat ? »: a follow-up with no
    question of its own asks what the question before asked, no yes or no (it got « Oui tout à fait… » bare, the first answer
    framed: forty-first blind user test)."""
    lead = _FOLLOW_UP_LEAD.match(plain)
    if lead is None or len(plain.split()) > 6 or _OWN_QUESTION.search(plain[lead.end():]):
        return False
    typed = _typed_messages(events)
    before = normalize(typed[-2]) if len(typed) >= 2 else ""
    return bool(before) and bool(_ASKS_WHAT_IS.search(before) or _OPEN_QUESTION.match(before))


#: A question that no yes or no answers, by its first words (folded): « quels organismes… », « comment on fait… ».
_OPEN_QUESTION = re.compile(r"^(?:(?:bonjour|bjr|slt|salut|et|mais|alors|donc|ok)\s+)*(?:quel|quels|quelle|quelles|comment|combien|pourquoi|quand)\b")


#: Asking to talk to a person (« je peux parler a quelqu'un de la region ? », « je voudrais un conseiller »), not to the assistant.
_WANTS_A_PERSON = re.compile(
    r"^(?!.*\b(?:faut|dois|doit|doivent)\b).*"  # (not « il faut contacter quelqu'un à France Travail ? »)
    r"\b(?:parler|discuter|echanger|etre en (?:contact|relation)|mettre en (?:contact|relation)|joindre|contacter)\s+"
    r"(?:(?:a|avec)\s+)?(?:quelqu un|une personne|un humain|une vraie personne|un vrai humain|un conseiller|une conseillere|"
    r"un agent|un interlocuteur|une interlocutrice|un responsable|une responsable)\b"
)
#: A phone number or a call asked of the assistant or the Region (folded): « vous avez un numero de telephone ? », « c'est quoi
#: votre numero de tel ? », « on peut vous appeler ? », « y a un standard ? »; not the employer's own number (« vous voulez mon
#: numero ? »), another number (« le numero siret »), nor someone else to call (« il faut appeler france travail ? »).
_A_PHONE_ASKED = re.compile(
    r"\b(?:(?:numero|num|no)\s(?:de\s)?(?:tel|telephone|portable|standard)\b|(?:votre|vos|ton|un|une|le|quel|leur|son)\s"
    r"(?:numero|num|tel|telephone|standard|portable|ligne directe)\b(?!\s(?:de |d |du )?(?:siret|siren|dossier|reference|ref|departement|"
    r"agrement|ape|naf|fiscal|securite|secu|tva|rue|voie|poste|postes|candidat|client))|\bstandard telephonique\b|\bau (?:tel|telephone)\b|"
    r"\b(?:vous|la region|vos services|quelqu un|un conseiller|une conseillere|un humain)\s(?:appeler|telephoner|joindre par telephone)\b|"
    r"\b(?:vous\s)?(?:appeler|telephoner)\s(?:la region|vos services|quelqu un|un conseiller|une conseillere|un humain)\b|"
    r"\b(?:y a|il y a|avez vous|vous avez) (?:un |une )?(?:standard|hotline|ligne)\b)"
)
#: The employer's own number, or a number to give (folded): « mon numero », « je vous donne notre tel ».
_OWN_PHONE = re.compile(r"\b(?:mon|notre|nos|mes|le mien|le notre)\s(?:numero|num|tel|telephone|portable|fixe)\b|\b(?:m|nous|me)\s(?:appeler|rappeler|telephoner)\b")


def asks_for_a_phone_number(text: str) -> bool:
    """Whether ``text`` asks the assistant or the Region for a phone number to call (:data:`_A_PHONE_ASKED`)."""
    plain = normalize(text or "")
    return bool(_A_PHONE_ASKED.search(plain)) and not _OWN_PHONE.search(plain) and not (text or "").startswith("/")


#: What opens a question without answering anything (« J'ai une question. », « Attendez. »: stored as answers: review).
_NO_ANSWER = re.compile(
    r"^(?:j ai (?:une |encore une )?(?:autre |petite )?question|(?:une |autre |petite )?question|attendez|attends|excusez moi|excuse moi|"
    r"pardon|desole|bonjour|bonsoir|merci|ok|d accord|euh|hmm|oui|non|au fait|alors|bon|bref|sinon|tiens|dites moi|dis moi|"
    r"une chose|juste une chose|petite precision)(?: svp| s il vous plait)?$"
)
#: A statement, then a question in its own sentence (or after « au fait »).
_STATEMENT_THEN_QUESTION = re.compile(
    r"^(?P<statement>[^?]+?)(?:[.!;]\s+|,?\s+(?=au fait\b|et au fait\b)"
    # « soudure TIG et MIG, lecture de plan, et qd est-ce que la formation commence ? »: the answer was lost (twelfth user test)
    r"|,\s+(?:et\s+|mais\s+)?(?:(?:dites|dis)[\s-]moi\s*,?\s+|au fait\s*,?\s+|juste\s+|une question\s*:?\s+|petite question\s*:?\s+)?"
    # (« cabinet comptable Huet & Associes, mais dites moi c'est qui qui choisit l'organisme de formation ? » lost the name:
    # forty-sixth blind user test)
    r"(?=(?:qd|quand|est ce|est-ce|comment|combien|pourquoi|qui|quel|quelle|on peut|peut on|peut-on|c est quoi|c quoi"
    r"|c['’ ]?est (?:qui|quoi|comment|combien|quand|o[uù])|c (?:qui|quoi))\b))"
    r"(?P<question>[^.!;]+\?.*)$",
    re.IGNORECASE,
)


def _states_a_free_text_answer(text: str, requested: str | None) -> bool:
    """A statement (no question mark, no question word at its start) typed at a free-text question of the request."""
    return requested in FREE_TEXT_SLOTS and not text.startswith("/") and "?" not in text and not _ASKING.search(normalize(text))


def _answers_how_long(text: str, requested: str | None) -> bool:
    """A short statement shaped as an answer to the contract's length being asked (never a question)."""
    plain = normalize(text)
    return requested == "contract_duration" and "?" not in text and len(plain.split()) <= 8 and bool(_HOW_LONG_ANSWER.match(plain))


def _answers_where(text: str, requested: str | None) -> bool:
    """A short statement shaped as an answer to the place question being asked (never a question)."""
    plain = normalize(text)
    # (Or a place's name alone: « avrille » at the place question got « Je ne suis pas certain d'avoir bien compris votre
    # question », three times, when the classifier took it for a question: twenty-first blind user test.)
    return requested in _PLACE_QUESTIONS and "?" not in text and len(plain.split()) <= 6 and (
        bool(_WHERE_ANSWER.match(plain)) or extract_place(text) is not None)


def _employee_supposed_registered_turn(text: str) -> Turn:
    """What the rules say of a current employee supposed registered at France Travail (:func:`employee_supposed_registered`); for
    one made to resign or be let go for it, that it is not the scheme's aim, with the Region's contact (u49-12)."""
    if supposes_resigning(text):
        return Turn([{"text": messages.EMPLOYEE_SUPPOSED_RESIGNING}, messages.CONTACT_POINTER])
    return Turn([{"text": messages.EMPLOYEE_SUPPOSED_REGISTERED}])


def correction_turn(text: str, slots: dict[str, Any], faq: Faq, said: frozenset[str] = frozenset(),
                    message: dict[str, Any] | None = None) -> Turn | None:
    """« ah non pardon, c'est un CDD de 8 mois » after the verdict, whatever the classifier made of it
    (an FAQ question, or « non » for the offer): the answers corrected, then the verdict again; None otherwise.
    ``said``: the FAQ entries answered with the check's start, not said again (:func:`verdict_turn`); ``message``: the parsed
    message, whose question asked with the correction is answered (:func:`_question_asked_with`)."""
    reference = slots.get(REFERENCE_SLOT)
    if reference and not text.startswith("/") and says_a_sent_value_wrong(text) and not asks_to_withdraw(text):
        # « attendez non ! l'email etait faux, c'est lili.mode72@gmail.com » once sent, read as « non » to no offer, got
        # « Très bien. Posez-moi votre question » (twenty-second blind user test): the request is sent, how to correct it said.
        return _sent_request_not_changed(reference)
    site = another_site_asked(text, slots) if not reference else None
    if site is not None:
        return _another_site_turn(site[0], site[1], slots, faq, message or {"text": text})
    if not reference and slots.get(VERDICT_SLOT) and another_project_said(text):
        # « Autre projet alors : un poste saisonnier d'ouvrier horticole, CDD saisonnier de cinq mois…, à Saumur, 39 heures par
        # semaine. Pas encore de candidat. … qui assure le stagiaire … ? » after « not eligible » got the hours' answer, and the
        # check then kept the old place and candidate (thirty-sixth blind user test): a fresh check, from what it says.
        asked = _question_asked_with(message or {"text": text}, faq) if "?" in text else []
        return Turn([m for m in asked if m is not messages.CONTACT_POINTER], {OFFER_SLOT: None}, START_CHECK_ACTION)
    supposed = length_supposed_after_verdict(text, slots) if not reference else None
    if supposed is None and not reference and (hours_supposed := hours_supposed_after_verdict(text, slots)) is not None:
        supposed = " ".join(hours_supposed)  # (« et si je lui fais 26h ? » after « not eligible » for 15 h: u48-08)
    if supposed is not None:
        # « bon ok et a 6 mois alors ? » after a CDD of 4 months' derogation started the request (a yes to its offer), « et si
        # c'est 6 mois ? » changed the length (twenty-eighth blind user test): a question, answered by the rules; the length
        # recorded and the offer stay (its buttons again), « on part sur 6 mois » changes it.
        given = str(slots.get(VERDICT_SLOT) or "")
        offered = slots.get(OFFER_SLOT) == OFFER_SUBMISSION and given in messages.VERDICT_NEXT
        buttons = messages.VERDICT_NEXT[given].get("buttons", []) if offered else []
        return Turn([{"text": supposed, **({"buttons": buttons} if buttons else {})}])
    if not reference and employee_supposed_registered(text, slots):
        # « et si j'attends la fin de son CDD, qu'il s'inscrit à France Travail… ? » after « not eligible » for a current employee
        # was recorded as a registered job seeker, with « Je ne suis pas certain d'avoir bien compris » (thirty-eighth blind user
        # test): a supposition, what the rules say of it; the answers recorded stay.
        return _employee_supposed_registered_turn(text)
    if not reference and asks_registration_required(text) and not _REGISTRATION_NAMED.search(normalize(", ".join(question_clauses(text)[0]))):
        # (« il faut absolument qu il soit inscrit ? et bon … 7 mois au lieu de 5 »: the question is no registration said, which
        # the whole message read as one made « Demandeur d'emploi inscrit »: thirty-fifth blind user test)
        beside = _said_beside_a_question(text, slots, faq, said, message)
        if beside is not None:
            return beside
    corrected = correction_after_verdict(text, slots) if not reference else None
    if corrected is None:
        return _hours_after_verdict(text, slots, faq, said) or (
            _said_beside_a_question(text, slots, faq, said, message) if not reference else None)
    hours = job_hours_recorded(text)
    if hours is not None:
        # « bon on peut lui faire 24h et prolonger le cdd a 7 mois »: the hours said with the new duration (only the hours
        # were kept: twenty-second blind user test); a range's low end, said (:func:`_with_the_range`).
        corrected.updates[MEMORY_SLOT] = {**(slots.get(MEMORY_SLOT) or {}), **(corrected.updates.get(MEMORY_SLOT) or {}), "weekly_hours": hours}
    merged = {**slots, **corrected.updates}
    if any(merged.get(name) is None for name in required_slots(merged)):
        # An early « not eligible » (a job in the Loire, 42) corrected to Saint-Herblain: the check goes on
        # with the questions it had not asked, instead of a verdict on unknown answers.
        return Turn(corrected.messages, {**corrected.updates, VERDICT_SLOT: None, OFFER_SLOT: None}, CHECK_FORM)
    # The verdict again in this same action (a follow-up action would leave Rasa's fallback to answer the message too).
    verdict = verdict_turn(merged, faq, said)
    if hours is not None:
        verdict.replies = _with_the_range(verdict.replies, text)
    if (slots.get(OFFER_SLOT) == OFFER_SUBMISSION and OPENS_WITH_A_YES.match(normalize(text))
            and verdict.updates.get(VERDICT_SLOT) == slots.get(VERDICT_SLOT) == "eligible"):
        # « oui mais en fait ce sera en alternance » to the offer of the request: accepted, with the correction, when it
        # leaves the verdict as it was (the whole verdict again, and the offer, asked for a yes already given: merge of the
        # session's alternance changes, 2026-12-02); the request asks what is still to choose.
        return Turn(corrected.messages, {**corrected.updates, **verdict.updates, OFFER_SLOT: None}, START_SUBMISSION_ACTION)
    asked = _question_asked_with(message or {"text": text}, faq) if corrected.asks else []
    return Turn(corrected.messages + asked + verdict.replies, {**corrected.updates, **verdict.updates})


#: Another project announced (folded): « autre projet », « un autre poste », « nouveau projet ».
_ANOTHER_PROJECT_NAMED = re.compile(
    r"\b(?:autres?|nouveau|nouvel|nouvelle|nouveaux|second|seconde|deuxieme|2e|2eme) (?:projets?|postes?|recrutements?|embauches?)\b"
)


def another_project_said(text: str) -> dict[str, Any]:
    """What a message announcing another project (« Autre projet alors : un poste saisonnier…, CDD saisonnier de cinq mois, à
    Saumur… ») says of it, from its statements (a question after them made it nothing): the check's answers, {} when it announces
    none or says none."""
    if not text or text.startswith("/") or not _ANOTHER_PROJECT_NAMED.search(normalize(text)):
        return {}
    found = opening_updates(statements_of(text))
    return found if any(found.get(name) is not None for name in FORM_SLOTS) else {}


def _another_site_turn(place: Place, rest: str, slots: dict[str, Any], faq: Faq, message: dict[str, Any]) -> Turn:
    """Another site of the employer's asked about after a verdict (:func:`bot.eligibility.dialogue.another_site_asked`): what
    the rules say for that site, the project checked kept as it is (it was moved there: thirty-sixth blind user test), and the
    other questions of the message answered."""
    replies: list[Message] = [another_site_message(place)]
    memory = slots.get(MEMORY_SLOT) if isinstance(slots.get(MEMORY_SLOT), dict) else {}
    current = (memory or {}).get("commune") or department_label(str(slots.get("department") or ""))
    kept: Message = {"text": messages.PROJECT_KEPT.format(place=current)}
    given = str(slots.get(VERDICT_SLOT) or "")
    if slots.get(OFFER_SLOT) == OFFER_SUBMISSION and given in messages.VERDICT_NEXT and messages.VERDICT_NEXT[given].get("buttons"):
        kept["buttons"] = messages.VERDICT_NEXT[given]["buttons"]
    asked: list[Message] = []
    if "?" in rest:
        if asks_registration_required(rest):
            asked = [{"text": messages.REGISTRATION_REQUIRED}]
        else:
            decision = answer_by_rule(decide(message, known_ids=set(faq.ids)), rest, faq)
            answers = [i for i in decision.answers if i not in (OUTSIDE_ENTRY, COVERAGE_ENTRY)]
            if answers:
                asked = replies_for(replace(decision, faq_id=answers[0], faq_ids=answers), faq, asked=rest)
    return Turn([*asked, *replies, kept], {})

#: The registration named (folded): a statement that says it is read with the question (:func:`correction_after_verdict`).
_REGISTRATION_NAMED = re.compile(r"\binscri\w*|\bfrance travail\b|\bpole emploi\b")


def _said_beside_a_question(text: str, slots: dict[str, Any], faq: Faq, said: frozenset[str], message: dict[str, Any] | None) -> Turn | None:
    """A message with a question once the verdict is given: what its statements change (the check's answers, or the weekly
    hours after « not eligible » for too few) with the verdict again, and its question answered; or, with nothing changed, whether
    the registration is required answered. « ok on peut monter a 28h. c quoi le salaire d un ASH au smic ? » got the no-answer
    sentence alone, the 28 h dropped; « bon et du coup a 28h c bon ? » « Très bien. Posez-moi votre question… »; « il faut
    absolument qu il soit inscrit ? et bon si c plus simple je peux faire 7 mois au lieu de 5 » the FAQ's suggestions
    (thirty-fifth blind user test). None for anything else."""
    if not slots.get(VERDICT_SLOT) or text.startswith("/") or "?" not in text:
        return None
    statements, questions = question_clauses(text)
    if not questions:
        return None
    registration = asks_registration_required(text)
    changes = asks_whether_it_changes(" ".join(questions))
    statement = ", ".join(statements)
    corrected = correction_after_verdict(statement, slots) if statements else None
    if corrected is not None and corrected.asks:
        corrected = None
    hours_said = statement if statements else (text.replace("?", " ") if changes else "")
    hours = _hours_after_verdict(hours_said, slots, faq, said) if hours_said and corrected is None else None
    if corrected is None and hours is None:
        return Turn([{"text": messages.REGISTRATION_REQUIRED}]) if registration else None
    if registration:
        answer: list[Message] = [{"text": messages.REGISTRATION_REQUIRED}]
    elif changes:
        answer = []
    else:
        answer = _question_asked_with({**(message or {}), "text": ", ".join(questions) + " ?"}, faq)
    if hours is not None:
        return Turn(answer + hours.replies, hours.updates)
    assert corrected is not None
    merged = {**slots, **corrected.updates}
    if any(merged.get(name) is None for name in required_slots(merged)):
        return Turn(corrected.messages + answer, {**corrected.updates, VERDICT_SLOT: None, OFFER_SLOT: None}, CHECK_FORM)
    verdict = verdict_turn(merged, faq, said)
    return Turn(corrected.messages + answer + verdict.replies, {**corrected.updates, **verdict.updates})


def _question_asked_with(message: dict[str, Any], faq: Faq) -> list[Message]:
    """The FAQ's answer to the question asked with a correction after the verdict (« il va s'inscrire alors. mais a 17 ans il a
    le droit ? »: both dropped, thirtieth blind user test), or the closest questions, or that there is no answer here."""
    text = message.get("text") or ""
    if (keeping_job := left_open_replies(text)) is not None:
        return keeping_job  # (« elle va s'inscrire … Elle peut rester inscrite tout en gardant son temps partiel de 20h ? »: u47-14)
    decision = answer_by_rule(decide(message, known_ids=set(faq.ids)), text, faq)
    if decision.answers or decision.kind == "suggest" and decision.suggestions:
        return replies_for(decision, faq, asked=text)
    return [messages.OUT_OF_SCOPE, messages.CONTACT_POINTER]


#: A follow-up that names a length alone (folded): « et 5 mois et demi ? », « et pour 3 mois ? », « 4 mois alors ? ».
_LENGTH_ALONE = re.compile(r"^(?:(?:et|mais|bon|alors|ok|si|pour|avec|un|une|de|sur|c|est|ca|si c)\s+)*[\w\s,]*\bmois\b[\w\s]*$")


#: What the check records (its start, its form, its verdict): an FAQ answer before it is no longer the one followed up.
_CHECK_EVENTS = {START_CHECK_ACTION, CHECK_FORM, "action_eligibility_verdict"}


def _answered_since_the_check(events: list[dict[str, Any]]) -> str | None:
    """The latest FAQ entry answered since the check last moved (started, asked, gave its verdict), or None. (« on peut passer a 6
    mois et 28h » after the verdict followed the answer on the derogation given with the message that started the check, long
    before, and got « Avec un CDD de 6 mois, pas besoin de dérogation », the answers kept: fiftieth blind user test, u50-09.)"""
    start = 0
    for index, event in enumerate(events):
        if (event.get("event") == "action" and event.get("name") in _CHECK_EVENTS
                or event.get("event") == "slot" and event.get("name") == VERDICT_SLOT):
            start = index + 1
    return last_answered_faq(events[start:])


def _contract_length_verdict(decision: Decision, text: str, last_answered: str | None = None) -> Message | None:
    """The rules' verdict for the contract and length asked about with the FAQ's answer on the contract's minimum (« un cdd de 4
    mois c bon ? » got its general text on the derogation, without the « il faudrait une dérogation » the recap gives:
    forty-seventh blind user test, u47-09), or in a follow-up naming a length alone right after that answer (« et 5 mois et
    demi ? », then a CDD); None otherwise."""
    if text.startswith("/"):
        return None
    plain = normalize(text).strip()
    contract = extract_contract(text)
    # (A length with hours, « 6 mois et 28h », is no length alone: u50-09.)
    follow = (contract is None and last_answered == CONTRACT_MINIMUM_ENTRY and bool(_LENGTH_ALONE.match(plain)) and len(plain.split()) <= 8
              and job_hours_recorded(text) is None)
    if follow:
        contract = "cdd"
    elif CONTRACT_MINIMUM_ENTRY not in decision.answers or not ("?" in text or _ASKING.match(plain)):
        return None
    duration = extract_duration(text)
    if contract is None or not needs_duration(contract) or duration is None or not duration.months or duration.ranged:
        return None
    return {"text": contract_verdict(contract, duration.months)}


def keeping_another_job_replies(text: str) -> list[Message] | None:
    """The answer to whether the candidate may keep the job they have now during the training (:func:`asks_keeping_another_job`):
    the FAQ does not say, the Region's services can (with their contact button); None for any other message. (« il peut garder son
    mi temps pendant la formation ? » got « Ce n'est pas possible avec 17 h 30 », the same asked at the request's questions the
    field's explanation or nothing: forty-seventh blind user test, u47-02, u47-10.)"""
    if text.startswith("/") or not asks_keeping_another_job(text):
        return None
    return [{"text": messages.KEEPING_ANOTHER_JOB, "buttons": [messages.CONTACT_BUTTON]}]


def left_open_replies(text: str) -> list[Message] | None:
    """The answer to a question on the candidate that the FAQ leaves open, with the Region's contact button: keeping their job now
    (:func:`keeping_another_job_replies`), their age, how long they have been registered at France Travail (fifty-first blind user
    test, u51-01, u51-02, u51-06, u51-16: suggestions, « pas de réponse », or the training's length), whether a European needs a
    work permit (u51-12: « Oui »); None for any other message."""
    if text.startswith("/"):
        return None
    if (keeping_job := keeping_another_job_replies(text)) is not None:
        return keeping_job
    if asks_work_permit_of_a_european(text):
        return [{"text": messages.EU_CITIZEN_NOT_TREATED, "buttons": [messages.CONTACT_BUTTON]}]
    if asks_about_age(text):
        return [{"text": messages.AGE_NOT_SET, "buttons": [messages.CONTACT_BUTTON]}]
    if asks_registration_length(text):
        return [{"text": messages.REGISTRATION_LENGTH_NOT_SET, "buttons": [messages.CONTACT_BUTTON]}]
    return None


#: Weekly hours supposed by the employer (folded): « et si je lui fais 26h », « si on passe a 28h », « et si on monte a 30 heures ».
_HOURS_SUPPOSED = re.compile(
    r"\b(?:et si|si)\s(?:je|j|on|nous)\s(?:lui\s|leur\s|la\s|le\s)?(?:fai\w*|pass\w*|mont\w*|propos\w*|met\w*|augment\w*)\s"
    r"(?:a\s|sur\s|jusqu a\s)?\d{2}(?:[.,]\d+)?\s*(?:h|heures?)\b"
)


def _hours_after_verdict(text: str, slots: dict[str, Any], faq: Faq, said: frozenset[str] = frozenset()) -> Turn | None:
    """« ok alors 28h » after « not eligible » for fewer than 24 hours a week: the verdict again with them."""
    hour_rules = {rule.id for rule in rules_on("weekly_hours")}
    refused = slots.get(VERDICT_SLOT) == "ineligible" and bool(hour_rules & set(slots.get(REASONS_SLOT) or ()))
    # « je vous ai dit 35h pourtant » after a verdict that left the hours to check (« Une condition reste à vérifier … 24 heures »)
    # got « Je ne suis pas certain d'avoir bien compris » (forty-fourth blind user test, u44-09): hours recalled, the verdict
    # again with them.
    recalled = (slots.get(VERDICT_SLOT) in ("eligible", "derogation") and _hours_of_the_check(slots)[0] is None
                and SAYS_ALREADY_SAID.search(normalize(text)) is not None)
    # (Not a question that quotes the rule: « c'est où écrit cette règle des 24h ? c'est pas dans votre FAQ » made the
    # project eligible with 24 hours a week: eighteenth blind user test.)
    # (Hours supposed, after « pas éligible » for too few: « et si je lui fais 26h en ajoutant le menage des locaux ? » got « Je ne
    # suis pas certain d'avoir bien compris », « 26h par semaine » the verdict: forty-eighth blind user test, u48-08.)
    supposed = refused and "?" in text and bool(_HOURS_SUPPOSED.search(normalize(text)))
    if (not (refused or recalled) or "?" in text and not (recalled or supposed)
            or re.search(r"\b(?:regle|obligatoire|pourquoi|ou est|c est ou|ecrit)\b", normalize(text))):  # (« 28h au moins » raises them: review)
        return None
    hours = job_hours_recorded(text)  # (« ok alors entre 24 et 30h »: 24 h, said)
    if hours is None:
        return None
    memory = {**(slots.get(MEMORY_SLOT) or {}), "weekly_hours": hours}
    verdict = verdict_turn({**slots, MEMORY_SLOT: memory}, faq, said)
    return Turn(_with_the_range(verdict.replies, text), {MEMORY_SLOT: memory, **verdict.updates})


def _with_the_range(replies: list[Message], text: str | None) -> list[Message]:
    """The verdict's ``replies`` with the range of weekly hours it read in ``text`` said after the answers, before the verdict
    (« CDI, entre 20 et 28h » was 28 h, « éligible », then 20 h in the request, refused: session of 2026-12-02): its low end is
    the hours the rules are applied to, as the request records them, and the employer can give others (« ce sera 28h »)."""
    span = job_hours_range(text) if text else None
    if span is None or not replies:
        return replies
    low, high = (format_hours(end) for end in span)
    return [replies[0], {"text": messages.HOURS_RANGE_IN_THE_CHECK.format(low=low, high=high)}, *replies[1:]]


def start_check_turn(message: dict[str, Any], faq: Faq, events: list[dict[str, Any]] | None = None, slots: dict[str, Any] | None = None) -> Turn:
    """A fresh check, filled with what the message already says about the project.

    « je veux déposer une intention d'embauche » first gets the official answer
    on how to apply; a project (« … soudeur en CDI à Cholet ») fills its answers.
    A button or a « oui » says nothing: what the employer stated in the message just
    before (« on recrute en CDD de 8 mois à Nantes, ça coûte combien ? », answered by
    the FAQ) fills them instead. Everything of an earlier check or request is forgotten, but when the request, asked for
    after « not eligible », sends here with an answer changed (« je refais la demande sans candidat »): the others are kept.
    """
    text = message.get("text") or ""
    if wants_to_resume(text, slots or {}):
        # « reprendre la vérification », read as a new check, lost the answers kept (review).
        return Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)
    if typed_button(text, events or []) == "/start_submission" or _applies_once_checked(text, slots or {}):
        # « Préparer ma demande de dérogation » typed, « ok je veux faire la demande » read as a new check once eligible: the
        # request, the check's answers kept (twenty-third blind user test).
        return Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)
    reference = (slots or {}).get(REFERENCE_SLOT)
    if not reference and not text.startswith("/") and _A_JOB_SEEKER.search(normalize(text)):
        # « jsuis demandeur d emploi je veux verifier si je suis eligible » would start the employers' check (forty-sixth blind user
        # test, u46-07: a job seeker writing for himself): the reply for job seekers.
        return Turn([{"text": messages.FOR_JOB_SEEKERS}], next_action=LISTEN)
    if reference and corrects_sent_request(text):
        # « et si je veux rajouter un 6e poste ? » read as a new project started a check (tenth blind user test).
        return Turn([{"text": messages.ALREADY_SENT.format(reference=reference)}, messages.CONTACT_POINTER], next_action=LISTEN)
    again = _check_again_turn(text, slots or {}, events or [])
    if again is not None:
        return again
    found = opening_updates(project_before_asking_to_apply(text) or text) if not text.startswith("/") else {}
    if not found:
        found = another_project_said(text)  # (with a question after it: thirty-sixth blind user test)
    if not found and not reference and (stated := facts_for_the_check(text)) is not None:
        # « D'accord. Vérifions : contrat d'un an à temps complet, poste à Sablé-sur-Sarthe, pas encore de candidat. » (thirty-eighth
        # blind user test: every question asked again)
        read = understand(stated, None, {})
        found = {k: v for k, v in read.updates.items() if k in CHECK_SLOTS} if not read.interruption else {}
        if found:
            found[MEMORY_SLOT] = {**(remembered_place(stated, {}) or {}), "said": stated}
    if not found and (wish := wish_to_apply_with(text)) is not None and wish[0]:
        # « Alors on part sur des CDI pour les 6 conducteurs, aucun candidat identifié. On fait la demande ? » (thirty-seventh blind
        # user test): what its statements say, the job and its count kept for the request.
        found = {k: v for k, v in facts_in_statements(text, {}).updates.items() if k in CHECK_SLOTS}
        if found:
            found[MEMORY_SLOT] = {"said": ". ".join(wish[0]), "answers": [{"asked": None, "text": text}]}
    if (found.get("contract_type") or found.get(OPTIONS_SLOT)) and contract_only_asked_about(text):
        # (« … Et la période d'essai c'est combien pour un CDI ? » is no CDI to come: thirty-fourth blind user test.)
        found = {k: v for k, v in found.items() if k not in ("contract_type", "contract_duration", OPTIONS_SLOT)}
    set_aside: list[Message] = []
    if found and not found.get("department") and not text.startswith("/") and (
            by_place := posts_at_several_places(project_before_asking_to_apply(text) or text, found.get(MEMORY_SLOT))) is not None:
        # « 2 agents d'entretien en CDI, un à Nantes et un à Rennes » got « Où le poste sera-t-il situé ? », both places ignored
        # (session of 2026-12-03): the post outside the region set aside and the other checked, or the places offered.
        found = {**found, **by_place[0]}
        set_aside = by_place[1]
    read_in_this_message = found
    earlier_noted: Message | None = None
    place_said: list[Message] = []  # (a place's own verdict, before the check)
    if reference and asks_another_request(text):
        # (With what the whole message says: « … pour un carrossier à Sablé, 2 caristes en CDD 8 mois » kept only the
        # CDD and Sablé: review.)
        facts = _new_request_facts(text)
        memory = {**(facts.get(MEMORY_SLOT) or {}), **(found.get(MEMORY_SLOT) or {})}
        found = {**facts, **found, **({MEMORY_SLOT: memory} if memory else {})}
    promised = ((slots or {}).get(PREVIOUS_REQUEST_SLOT) or {}).get(NEXT_PROJECT) if reference else None
    if promised and asks_promised_request(text, slots or {}) and _nothing_else_said(found, promised):
        # « nouvelle demande » once the request for the CDI of « 2 en CDI et 1 en CDD de 8 mois » was sent: the one promised for
        # the CDD, with its count, job and place, said back (everything was asked again: thirty-seventh blind user test, u37-13).
        memory = {**promised.get(MEMORY_SLOT, {}), **{k: v for k, v in (found.get(MEMORY_SLOT) or {}).items() if k != "said"}}
        found = {**promised, **{k: v for k, v in found.items() if v is not None}, MEMORY_SLOT: memory}
        earlier_noted = {"text": messages.TAKEN_FROM_EARLIER.format(answers=said_back(found, memory.get("commune")))}
    from_the_request = _sent_from_the_request(events or [])
    if from_the_request and (slots or {}).get(VERDICT_SLOT) and not reference and not text.startswith("/"):
        # « ok alors je refais la demande sans candidat » after « not eligible »: the answers known kept, the one said
        # replaced (the contract and the place were asked again: twenty-second blind user test).
        found = _earlier_answers_changed(text, slots or {}) or found
    if not found and not reference and place_corrected_after_no(text, events or [], slots or {}):
        # « ah pardon je me suis trompé, c'est notre site de Château-Gontier, pas Rennes » after « Non » for Rennes: the project
        # of the message before, at the place corrected, said back (twenty-seventh blind user test).
        found = _place_corrected_facts(text, events or [])
        town = (found.get(MEMORY_SLOT) or {}).get("commune")
        earlier_noted = {"text": messages.TAKEN_FROM_EARLIER.format(answers=said_back(found, town))}
        if isinstance(site := extract_job_place(text), Place):
            # The place's own verdict first (« on a aussi un entrepot a Chateaubriant, ca compte ? »: forty-sixth blind user test).
            place_said = [{"text": messages.SITE_IN_THE_REGION.format(place=site.commune or department_label(site.department),
                                                                      department=department_label(site.department))}]
    if not found and not reference:
        found = answer_to_the_check_offer(text, events or [])  # « cdd saisonnier » to « Voulez-vous vérifier maintenant… ? »
    if not found:
        found = _stated_just_before(events or [])
        if found.get("contract_type") and _contract_asked_just_before(events or []):
            earlier_noted = {"text": messages.TAKEN_FROM_EARLIER.format(answers=said_back(found))}
    if not found and not reference and not from_the_request and not text.startswith("/"):
        # « on est une boite de transport, on cherche 3 chauffeurs PL en CDI » → a question answered → « je veux faire la
        # demande » asked the contract again (twenty-fourth blind user test): the project stated in earlier messages, said back.
        found = _stated_earlier(events or [])
        if found:
            earlier_noted = {"text": messages.TAKEN_FROM_EARLIER.format(answers=said_back(found))}
    if found.get("department") and not reference and not from_the_request and not text.startswith("/") and (
            agency := _agency_town_said(text, events or [])) is not None and agency.department == found["department"]:
        # « bjr agence d'interim au mans, on veut faire un CDII pour un cariste » gave « lieu du poste : Le Mans » without a
        # question (forty-seventh blind user test, u47-06): the agency's town, the job often at the client's, asked back.
        memory = {k: v for k, v in (found.get(MEMORY_SLOT) or {}).items() if k not in ("commune", "department", "postal_code")}
        memory[PLACE_ASKED_BACK] = {"commune": agency.commune, "department": agency.department,
                                    "department_name": agency.department_name, "postal_code": agency.postal_code}
        found = {**{k: v for k, v in found.items() if k != "department"}, MEMORY_SLOT: memory}
        read_in_this_message = found if read_in_this_message else read_in_this_message
        if earlier_noted is not None:
            earlier_noted = {"text": messages.TAKEN_FROM_EARLIER.format(answers=said_back(found))} if any(found.get(n) for n in FORM_SLOTS) else None
    replies: list[Message] = [*place_said]
    asked_contract = contract_entry(text, Decision("unclear")) if not found and not reference and not text.startswith("/") else None
    if asked_contract is not None and asked_contract in faq and not wants_to_apply(text):
        # « un apprenti c'est eligible ? », « contrat pro c'est bon ? » started a check nobody asked for (twenty-fifth blind user
        # test): a question about a contract only, answered by its entry, with the offer of the check.
        return Turn([answer_message(faq, asked_contract, text), messages.CHECK_OFFER], {OFFER_SLOT: OFFER_CHECK}, LISTEN)
    candidate_said = any(found.get(name) is not None for name in ("candidate_status", *CANDIDATE_FACT_SLOTS))
    earlier_candidate = _candidate_stated_earlier(events or []) if not candidate_said and not reference and not from_the_request else {}
    if intent_of(message) in ("check_eligibility", "start_submission") and not found and asks_procedure(text):
        several = _asks_several_requests(text)  # « on peut faire plusieurs demandes pour des métiers différents ? »
        replies += [{"text": messages.ONE_REQUEST_PER_JOB} if several else answer_message(faq, PROCEDURE_ENTRY), {"text": messages.PREPARE_HERE_TOO}]
        if not wants_to_apply(text) and not reference:
            # « comment faire la demande ? », « on peut faire plusieurs demandes pour des métiers différents ? »: a question,
            # answered, with the offer; no check nobody asked for (twenty-second blind user test).
            return Turn([*replies, messages.CHECK_OFFER], {OFFER_SLOT: OFFER_CHECK}, LISTEN)
    if not from_the_request:  # (else introduced already: « Avant de préparer la demande, vérifions… »)
        replies.append(messages.ELIGIBILITY_INTRO)
    if found is read_in_this_message:
        replies += set_aside
    start = {name: {**found, **earlier_candidate}.get(name) for name in CHECK_SLOTS}
    # (Not when nothing is left to ask: « C'est noté — … » then at once « Vos réponses — … », the same facts twice:
    # thirty-second blind user test.)
    left_to_ask = [name for name in required_slots(start) if start.get(name) is None]
    if earlier_noted is None and found is read_in_this_message and any(found.get(name) for name in FORM_SLOTS) and left_to_ask:
        # « je veux recruter un cariste en CDI à Angers, c'est possible ? » got « quatre questions le plus souvent », then one
        # only, with nothing said of what was read (talking to make run on 2026-12-03): said back, to be corrected.
        town = (found.get(MEMORY_SLOT) or {}).get("commune")
        earlier_noted = {"text": messages.NOTED_IN_PASSING.format(answers=said_back(found, town))}
    if earlier_noted is not None:
        replies.append(earlier_noted)
    if earlier_candidate and left_to_ask:
        # (the first message: « … quelqu un qui … est inscrit au chomage entre deux missions », answered by the FAQ, then the check
        # started by another message asked « Avez-vous déjà identifié la personne à recruter ? »: forty-first blind user test,
        # u41-11) taken, said back to be corrected
        replies.append({"text": messages.CANDIDATE_TAKEN_FROM_EARLIER.format(answers=said_back(earlier_candidate))})
    updates = {name: {**found, **earlier_candidate}.get(name) for name in CHECK_SLOTS}
    start_memory: dict[str, Any] | None = found.get(MEMORY_SLOT)
    if not found.get("department") and not reference and not from_the_request and (town := _town_named_earlier(events or [])):
        # « Je dirige un EHPAD associatif au Mans… », then a check started by a question: « Où le poste sera-t-il situé ? » got
        # « Le Mans, je vous l'ai dit » (twenty-fifth blind user test). The town is the employer's, not surely the job's: asked
        # back (« Le poste sera-t-il situé au Mans ? »), a « oui » stores it.
        start_memory = {**(start_memory or {}), PLACE_ASKED_BACK: town}
    updates.update({MEMORY_SLOT: start_memory, OFFER_SLOT: None, KEPT_SLOT: None, REFERENCE_SLOT: None})
    if reference:
        # The hours of the request sent are its own: the next check's summary said « durée de travail : 35 h par semaine »
        # for a project that had said none (fortieth blind user test, u40-03).
        updates["weekly_hours"] = None
    return Turn(replies, updates)


#: Another project to check, or the check from scratch (folded): the answers of the check before are not kept.
_FROM_SCRATCH = re.compile(r"\b(?:a zero|de zero|depuis le debut|du debut|tout recommencer|tout reprendre|autre projet|nouveau projet)\b")
#: The check asked to be done again (folded): « refaire », « je refais la vérif », « recommencer », « revérifier ».
_DOING_AGAIN = re.compile(r"\b(?:refai\w*|refait|recommenc\w*|reverifi\w*|relanc\w*|de nouveau|a nouveau)\b")
#: The facts each rule reads, as the check's slots that answer them (the hours are not asked by the check).
_SLOTS_OF_FACT: dict[str, tuple[str, ...]] = {
    "contract_type": ("contract_type", "contract_duration", OPTIONS_SLOT),
    "contract_duration": ("contract_duration",),
    "department": ("department",),
    "candidate_status": ("candidate_status", *CANDIDATE_FACT_SLOTS),
}


def _check_again_turn(text: str, slots: dict[str, Any], events: list[dict[str, Any]]) -> Turn | None:
    """« refaire la vérification » after a verdict: the answers kept and said back (« Vos réponses — … »), and only those the
    verdict rests on asked again (the candidate after an eligible verdict); an answer said with it (« refaire la vérification
    avec un CDI ») replaces its own. The contract and the place were asked again, and an apprenticeship's 2 years lost
    (twenty-ninth blind user test). None when no verdict was given, a request was sent, another project is meant, or the
    request sent here (:func:`_sent_from_the_request`)."""
    if (not slots.get(VERDICT_SLOT) or slots.get(REFERENCE_SLOT) or (text.startswith("/") and text != "/check_eligibility")
            or _sent_from_the_request(events)):
        return None
    plain = normalize(text)
    said = opening_updates(project_before_asking_to_apply(text) or text) if not text.startswith("/") else {}
    if _FROM_SCRATCH.search(plain) or _ANOTHER_PROJECT.search(plain) or (said.get(MEMORY_SLOT) or {}).get("job_title"):
        return None
    if any(said.get(name) is not None for name in CHECK_SLOTS) and not _DOING_AGAIN.search(plain):
        return None  # a project stated (« je veux faire la demande pour un cariste en CDD de 8 mois à Laval »): checked as said
    answers = (*FORM_SLOTS, *CANDIDATE_FACT_SLOTS, OPTIONS_SLOT)
    changed = _earlier_answers_changed(text, slots) if not text.startswith("/") else {}
    if changed:
        kept = {name: changed.get(name) for name in answers}
        memory = changed.get(MEMORY_SLOT)
    else:
        kept = {name: slots.get(name) for name in answers}
        memory = slots.get(MEMORY_SLOT)
        reasons = set(slots.get(REASONS_SLOT) or ()) if slots.get(VERDICT_SLOT) != "eligible" else set()
        facts = set().union(*(condition_facts(rule.when) for rule in current_rules() if rule.id in reasons))
        dropped = {name for fact in facts for name in _SLOTS_OF_FACT.get(fact, ())}
        if not dropped and not facts:
            dropped = set(_SLOTS_OF_FACT["candidate_status"])  # (eligible: who the candidate is, asked again)
        # (A no for the hours alone asks nothing again: the check does not ask the hours, and « pas de candidat je l'ai deja dit »
        # answered the candidate asked again after « je veux faire la demande »: fiftieth blind user test, u50-09. The verdict
        # again says what to do.)
        kept.update({name: None for name in dropped})
        if "department" in dropped and isinstance(memory, dict):
            memory = {k: v for k, v in memory.items() if k not in ("commune", "department", "department_name", "postal_code")}
    known = {name: value for name, value in kept.items() if value is not None}
    updates: dict[str, Any] = {name: None for name in CHECK_SLOTS}
    updates.update(known)
    updates.update({MEMORY_SLOT: memory or None, OFFER_SLOT: None, KEPT_SLOT: None, REFERENCE_SLOT: None})
    if not any(name in known for name in FORM_SLOTS):
        return Turn([messages.ELIGIBILITY_INTRO], updates)
    if all(known.get(name) is not None for name in required_slots(known)):
        # Nothing left to ask: the verdict says the answers at once (« Vos réponses — … » was said twice: thirty-sixth blind user
        # test).
        return Turn([{"text": messages.CHECK_AGAIN_ALL_KNOWN}], updates)
    shown = summary({**known, MEMORY_SLOT: memory})
    return Turn([{"text": messages.CHECK_AGAIN_KEPT.format(summary=shown)}], updates)


def _a_check_began(events: list[dict[str, Any]]) -> bool:
    """Whether a check of this conversation began already (its introduction was said)."""
    return any(e.get("event") == "bot" and e.get("text") == messages.ELIGIBILITY_INTRO.get("text") for e in events)


def _agency_town_said(text: str, events: list[dict[str, Any]]) -> Place | None:
    """The agency's town (:func:`~bot.extractors.place.agency_town`) of the latest message naming a place: this one, or one of the
    employer's before it; None when that message names the job's place otherwise."""
    for said in [text, *reversed(_typed_messages(events)[:-1])]:
        if said.startswith("/") or extract_place(said) is None:
            continue
        return agency_town(said)
    return None


def _town_named_earlier(events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The one town of the region the employer's messages named before this check (the first check of the conversation), as
    the place question asks it back; None when none, several, or a place elsewhere was named."""
    if _a_check_began(events):
        return None
    towns: dict[str, dict[str, Any]] = {}
    for event in events:
        text = event.get("text") or ""
        if event.get("event") != "user" or text.startswith("/"):
            continue
        place = extract_job_place(text)
        if place is None:
            continue
        if not isinstance(place, Place) or not place.in_region or not place.commune:
            return None  # a place elsewhere, or unclear: the question as it is
        towns[place.commune] = {"commune": place.commune, "department": place.department, "department_name": place.department_name,
                                "postal_code": place.postal_code}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _sent_from_the_request(events: list[dict[str, Any]]) -> bool:
    """The request was asked for before the check was passed: « Avant de préparer la demande, vérifions… » was said since
    the employer's message (by action_start_submission, which then starts the check)."""
    for event in reversed(events):
        if event.get("event") == "user":
            return False
        if event.get("event") == "bot" and event.get("text") == messages.NOT_ELIGIBLE_YET:
            return True
    return False


def _earlier_answers_changed(text: str, slots: dict[str, Any]) -> dict[str, Any]:
    """The answers of the check before, with what ``text`` changes in them (a new candidate replaces everything said of the
    former one); empty when it changes none."""
    facts = (*FORM_SLOTS, *CANDIDATE_FACT_SLOTS, OPTIONS_SLOT)
    earlier = {name: slots.get(name) for name in facts}
    said = {k: v for k, v in understand(text, None, earlier).updates.items() if k in facts}
    if not any(v is not None and v != earlier.get(k) for k, v in said.items()):
        return {}
    if any(k in said for k in ("candidate_status", *CANDIDATE_FACT_SLOTS)):
        earlier.update({name: None for name in ("candidate_status", *CANDIDATE_FACT_SLOTS)})
    return {**earlier, **said, MEMORY_SLOT: slots.get(MEMORY_SLOT)}


#: The words of « je refais une demande pour », « on voudrait aussi »… before what a second request is about.
_NEW_REQUEST_LEAD = re.compile(
    r"^(?:(?:et|je|j['’]?|on|nous|pour|aussi|alors|bon|ok|oui|svp|peux|voudrais|voudrait|voudrions|aurait|aurions|pr[ée]f[èe]re|"
    r"la|refais|refait|refaire|faire|une (?:autre |nouvelle )?demande|demande|il|me|faut|a|besoin|d['’]?|de|notre|ma|mon|au fait|"
    # (« maintenant je voudrais faire la même demande pour les 2 chaudronniers », « je veux faire une NOUVELLE demande pour 2
    # chaudronniers »: thirty-fourth blind user test)
    r"maintenant|veux|veut|voulons|souhaite|souhaitons|souhaiterais|aimerais|aimerions|m[eê]me|les|des)\s+)+",
    re.IGNORECASE,
)


def asks_promised_request(text: str, slots: dict[str, Any]) -> bool:
    """Whether ``text``, once a request is sent, asks for the next one the assistant promised (:data:`NEXT_PROJECT`, « une fois
    envoyée, écrivez « nouvelle demande » … »): « nouvelle demande », its contract or job named (« et pour le CDD maintenant ? »),
    or named with a wish to go on (« et maintenant l'apprenti », « je veux faire la demande pour l'apprenti en cuisine »: they
    got the next steps of the request sent and « déjà transmise : rien de plus à faire », fiftieth blind user test, u50-15), or
    « et maintenant la 2e »."""
    promised = (slots.get(PREVIOUS_REQUEST_SLOT) or {}).get(NEXT_PROJECT) if slots.get(REFERENCE_SLOT) else None
    if not promised or text.startswith("/"):
        return False
    if asks_another_request(text) or _names_the_contract(text, promised):
        return True
    plain = normalize(text)
    if _THE_NEXT_ONE.search(plain):
        return True
    return bool(_GOING_ON.search(plain)) and _names_the_project(text, promised)


#: Going on to another request (folded): « maintenant », « on passe à », « je veux faire la demande pour », « on fait celle de ».
_GOING_ON = re.compile(
    r"\b(?:maintenant|mtn|ensuite|apres|demande|dossier|passe|passons|passer|fait|faisons|faire|lance|lancer|lancons|continue|continuons|"
    r"enchaine\w*|suite|celle|celui)\b")
#: The next request named by its rank alone (folded): « et maintenant la 2e », « la suivante », « on fait l'autre ».
_THE_NEXT_ONE = re.compile(
    r"^(?:(?:et|bon|ok|alors|maintenant|mtn|ensuite|on fait|on passe a|passons a|faisons)\s+)*"
    r"(?:l autre|la suivante|le suivant|la 2e|la 2eme|la deuxieme|la seconde|le 2e|le 2eme|le deuxieme|le second)"
    r"(?:\s+(?:maintenant|alors|svp|stp|du coup|donc))*$")


def _names_the_project(text: str, project: dict[str, Any]) -> bool:
    """Whether ``text`` names ``project``'s contract, or its job with no contract (« l'apprenti », « la serveuse »)."""
    contract = extract_contract(text)
    job = str((project.get(MEMORY_SLOT) or {}).get("job_title") or "")
    return contract == project.get("contract_type") or contract is None and bool(job) and any(same_job_word(w, job) for w in normalize(text).split())


def _names_the_contract(text: str, project: dict[str, Any]) -> bool:
    """Whether ``text`` asks for the request of ``project``'s contract by its name (« et pour le CDD maintenant ? »), or by its
    job (« et pour la serveuse maintenant ? »: forty-second blind user test, u42-07)."""
    plain = normalize(text)
    if not _ANOTHER_FOR_A_CONTRACT.search(plain):
        return False
    contract = extract_contract(text)
    job = str((project.get(MEMORY_SLOT) or {}).get("job_title") or "")
    return contract == project.get("contract_type") or contract is None and bool(job) and any(same_job_word(w, job) for w in plain.split())


#: The request of the other contract asked for (folded): « et pour le CDD », « on fait celle du CDD », « maintenant le CDD »,
#: « on fait celle de la serveuse » (by its job).
_ANOTHER_FOR_A_CONTRACT = re.compile(
    r"^(?:(?:et|bon|ok|alors|maintenant|on fait|on passe a|passons a|faisons)\s+)*(?:pour|celle|celui|la demande|le|la|l)\b|\bmaintenant\b")


def _nothing_else_said(found: dict[str, Any], project: dict[str, Any]) -> bool:
    """Whether what a message asking for another request says (``found``) leaves ``project`` to be the one meant: no other
    contract, job or place named."""
    memory = found.get(MEMORY_SLOT) or {}
    job = (project.get(MEMORY_SLOT) or {}).get("job_title")
    return (found.get("contract_type") in (None, project.get("contract_type")) and found.get("department") in (None, project.get("department"))
            and memory.get("job_title") in (None, job))


def _new_request_facts(text: str) -> dict[str, Any]:
    """The project a second request describes without a hiring verb (« je refais une demande pour un carrossier à
    Sablé, 2 caristes en CDD 8 mois »): each clause read as « on recrute … » (it was lost, and asked again:
    thirteenth blind user test)."""
    found: dict[str, Any] = {}
    for clause in re.split(r"[,.;?!]|\s+(?:et|mais)\s+", text):
        clause = re.sub(r"\b(?:un|une|notre)\s+(?:autre|deuxi[èe]me|2e|2[èe]me|second|seconde|nouveau|nouvelle)\s+\w+", " ", clause,
                        flags=re.IGNORECASE)
        rest = _NEW_REQUEST_LEAD.sub("", clause.strip())
        if not rest:
            continue
        for key, value in opening_updates(f"on recrute {rest}").items():
            if key == MEMORY_SLOT:
                earlier = found.get(MEMORY_SLOT) or {}
                if "job_title" in earlier:  # a count goes with its own job (« un carrossier…, 2 caristes » is no 2 carrossiers)
                    value = {k: v for k, v in value.items() if k not in ("job_title", "positions")}
                found[MEMORY_SLOT] = {**value, **earlier}
            else:
                found.setdefault(key, value)
    if MEMORY_SLOT in found:
        found[MEMORY_SLOT]["said"] = text
    return found


def _stated_just_before(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The check's answers stated (not asked) in the employer's message before this one, with its town.

    They were given with a question the FAQ answered, then the check was started by its
    button, and asked again (sixth blind user test)."""
    typed = [e.get("text") or "" for e in events if e.get("event") == "user"]
    if len(typed) < 2 or typed[-2].startswith("/"):
        return {}
    before = typed[-2]
    stated = {k: v for k, v in facts_in_statements(before, {}).updates.items() if k in CHECK_SLOTS}
    if stated and (memory := remembered_place(before, {})) is not None and "department" in stated:
        stated[MEMORY_SLOT] = memory
    if stated:
        # (What it says besides, for the request: « bjr agence d'interim au mans, on veut faire un CDII pour un cariste, c'est
        # eligible ? » asked the employer type and the job again: forty-seventh blind user test, u47-06.)
        stated[MEMORY_SLOT] = {"said": before, **(stated.get(MEMORY_SLOT) or {})}
    if "contract_type" not in stated:
        stated.update(_contract_asked_about(before))
    if stated and several_people_said(before):
        # (« J'ai 3 serveurs en CDD saisonnier…, je voudrais les passer en CDI » got « la personne à recruter »: thirty-seventh
        # blind user test)
        stated[MEMORY_SLOT] = {**(stated.get(MEMORY_SLOT) or {}), SEVERAL_HIRED: True}
    return stated


#: A question on whether a contract is accepted (on normalised text): « un CDD en intérim de 8 mois c'est éligible ? ».
_WHETHER_ACCEPTED = re.compile(r"\b(?:eligible|eligibles|possible|ca marche|ca passe|ca fonctionne|accepte|acceptee|acceptes|valable|ok|bon|"
                               r"concerne|rentre|compte|autorise)\b")


def _contract_asked_about(text: str) -> dict[str, Any]:
    """The contract (and its length) of the one question of ``text`` that asks whether it is accepted (« Un CDD en intérim de 8
    mois c'est éligible ? On a déjà le candidat… »): the project that the check, started right after by its button, is about
    (the contract was asked again: twenty-sixth blind user test). Empty for none, several, a hesitation, the candidate's job."""
    marked = clauses_with_marks(text)
    asking = [c for i, (c, mark) in enumerate(marked) if (mark or (i == len(marked) - 1 and text.rstrip().endswith("?")))
              and extract_contract(c) and _WHETHER_ACCEPTED.search(normalize(c))]
    if len(asking) != 1 or about_the_candidates_job(asking[0]) or extract_contract_options(asking[0]):
        return {}
    read = understand(asking[0], "contract_type", {}).updates
    return {k: v for k, v in read.items() if k in ("contract_type", "contract_duration") and v is not None}


def _contract_asked_just_before(events: list[dict[str, Any]]) -> bool:
    """Whether the employer's message before this one asked whether a contract is accepted (:func:`_contract_asked_about`)."""
    typed = [e.get("text") or "" for e in events if e.get("event") == "user"]
    return len(typed) >= 2 and not typed[-2].startswith("/") and bool(_contract_asked_about(typed[-2]))


#: The project's answers taken from earlier messages (:func:`_stated_earlier`): the contract and its length, the department.
_EARLIER_SLOTS = ("contract_type", "contract_duration", "department")
#: What makes an earlier message no plain statement of the project to come (folded): a hesitation, a hiring in the past, the
#: candidate's or someone else's job, a training body, a supposition (review of the session's changes, 2026-12-02).
_NOT_THE_PROJECT_STATED = re.compile(
    r"\b(?:peut etre|surement|sans doute|probablement|on pense|on hesite|j hesite|on aimerait|ou bien|"
    r"(?:a|ai|avons|avait|avions|avais|aviez|ont|avaient) (?:deja |aussi |)(?:recrute|embauche|pris|eu|fait|signe)|"
    r"l an (?:dernier|passe)|l annee (?:derniere|passee)|en 20\d\d|avant|deja|"
    r"qui (?:etait|est|sort|bosse|travaille|finit|termine|a fait|a eu|fait)|sort d|candidat\w*|personne|gars|dame|jeune|"
    r"(?:notre|nos|mon|ma|mes|un|une|des) (?:interimaire|apprenti|apprentie|salarie|salariee|stagiaire|alternant|alternante)s?|"
    r"cfa|afpa|greta|organisme|ecole|lycee|conseil\w*|et si|si c etait|si on|si je|si le|si la|"
    # a question without its mark (« on recrute un cariste en cdi c possible », « je voudrais savoir pour un recrutement… »)
    r"possible|eligible|ca marche|ca passe|ca va|savoir|renseign\w*|"
    r"pas a|pas au|pas en|pas dans|pas un|pas une|non pas|enfin pas|plutot|pardon|en fait|finalement)\b"
)
#: What takes the statement back in a later message: a hesitation, a negation or a preference (« non pas en CDI en fait »,
#: « enfin pas à Nantes », « plutôt à Angers », « rien n'est décidé »).
_TAKEN_BACK_SINCE = re.compile(
    r"\b(?:peut etre|surement|sans doute|probablement|on pense|on hesite|j hesite|ou bien|rien n est decide|"
    r"pas a|pas au|pas en|pas dans|pas un|pas une|non pas|enfin pas|plutot|pardon|en fait|finalement)\b"
)


def _stated_earlier(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The contract, its length and the department of the hiring project one earlier message states, when nothing since says
    otherwise: « on est une boite de transport, on cherche 3 chauffeurs PL en CDI » → a question answered → « je veux faire
    la demande » asked the contract again (twenty-fourth blind user test).

    Strict, after two reviews of broader versions (commit a8178c9, then the review of this one: questions without a question
    mark, corrections, hesitations, past hires, the candidate's job, a training centre's town, two projects, an earlier
    check's answers taken as the project): only before any check of the conversation, never from a job seeker; one clause
    in all that states a hiring, in a message that asks nothing; a slot any later message names again, even the same or in
    a question, is asked, and all of them after a later doubt or supposition.
    """
    if _a_check_began(events):
        return {}
    typed = [e.get("text") or "" for e in events if e.get("event") == "user"]
    earlier = [t for t in typed[:-1] if not t.startswith("/")]
    if any(_A_JOB_SEEKER.search(normalize(t)) for t in earlier):
        return {}
    projects: list[tuple[dict[str, Any], int]] = []
    for index, text in enumerate(typed[:-1]):
        if text.startswith("/"):
            continue
        for clause in re.split(CLAUSE_MARK, text):
            project = extract_hiring_project(clause)
            if project.get(PROJECT_KEY):
                projects.append((project, index))
    if len(projects) != 1:
        return {}  # none, or two projects (« un soudeur en CDI à Cholet et un cariste en CDD à Nantes »)
    project, index = projects[0]
    text = typed[index]
    plain = normalize(text)
    if ("?" in text or _ASKING.search(plain) or asks_about_a_hiring(text) or _NOT_THE_PROJECT_STATED.search(plain) or about_the_candidates_job(text)
            or len(extract_contract_options(text)) > 1 or len(CONTRACT_WORDS.findall(plain)) > 1):
        return {}  # (two contracts: « un soudeur en CDI à Cholet et un cariste en CDD de 6 mois », « en CDD de 6 mois puis CDI »)
    later = typed[index + 1:]
    if any(UNSURE.search(normalize(t)) or _TAKEN_BACK_SINCE.search(normalize(t)) for t in later):
        return {}  # « enfin c'est pas encore sûr », « non pas en CDI en fait »
    found = {name: project[name] for name in _EARLIER_SLOTS if project.get(name) is not None}
    if any(SUPPOSING.search(normalize(t)) for t in later):
        found = {k: v for k, v in found.items() if k == "contract_type"}  # « et si c'était à vitre ? » (a place not read)
    for name in list(found):
        if any(_names_the_slot(name, t) for t in later):
            found.pop(name)  # named again since, even the same or in a question: asked
    if "contract_type" not in found:
        found.pop("contract_duration", None)  # a length goes with its own contract
    if found.get("department") is not None and found["department"] not in places.REGION_DEPARTMENTS:
        found.pop("department")  # a place outside the region was answered already (« Ille-et-Vilaine (35) … pas des Pays de la Loire »)
    return found


#: The candidate's situation stated (folded): a person, then a verb in the present (« … quelqu un qui est inscrit au chomage »,
#: « la candidate est indemnisée »), or benefits received (« notre future vendeuse touche le chomage »); not a negation (« il
#: n'est pas inscrit »), a past (« il était inscrit »).
_CANDIDATE_STATED = re.compile(
    r"\b(?:qui|il|elle|ils|elles|candidate?s?|personnes?|gars|jeunes?|dame|monsieur|madame)\s+(?:est|sont)\b|"
    r"\b(?:touche|touchent|percoit|percoivent|pointe|pointent)\b"
)
#: What makes such a statement none (folded): a supposition about the candidate (« et si il est inscrit … ? », « s'il touche le
#: chômage »), a rule asked (« faut-il qu'il soit inscrit ? », « il doit être inscrit ? »).
_NOT_THE_CANDIDATE_STATED = re.compile(
    r"\b(?:et si|si c etait|s ils?|si (?:il|elle|ils|elles|le candidat|la candidate|la personne))\b|"
    r"\b(?:faut|faudrait|doit|doivent|devrait|obligatoire\w*|oblige\w*)\b"
)


def _candidate_stated_earlier(events: list[dict[str, Any]]) -> dict[str, Any]:
    """A registered job seeker stated in an earlier message, before any check of the conversation (« salut, je voudrais savoir si
    je peux utiliser le dispositif pour former quelqu un qui … est inscrit au chomage entre deux missions », answered by the
    FAQ; the check started by another message asked « Avez-vous déjà identifié la personne à recruter ? »: forty-first blind
    user test, u41-11), when no later message says otherwise of the candidate: recorded as the check records it (« il est au
    chômage » alone, no registration said, is to check). Never from a supposition, a question on the rule, the writer's own
    situation, nor another status (which the check asks)."""
    if _a_check_began(events):
        return {}
    typed = [e.get("text") or "" for e in events if e.get("event") == "user"][:-1]
    found: dict[str, Any] = {}
    for text in typed:
        if text.startswith("/"):
            continue
        plain = normalize(text)
        status = extract_candidate_status(text)
        if found and (status is not None or extract_registration(text) is not None):
            found = {}  # said otherwise since (« ah non pardon il n'est plus inscrit »), or again: read below
        if (status != "demandeur_emploi" or not _CANDIDATE_STATED.search(plain) or _NOT_THE_CANDIDATE_STATED.search(plain)
                or _A_JOB_SEEKER.search(plain)):
            continue
        read = understand(text, None, {}).updates.get("candidate_status")
        if read in ("demandeur_emploi", "inscription_a_verifier"):  # (« il est au chômage », no registration said: to check)
            found = {"candidate_status": read}
    return found


def _names_the_slot(slot: str, text: str) -> bool:
    """Whether ``text`` names a value of ``slot`` (a place, a region, a contract, a length), whatever it says of it."""
    if slot == "department":
        return extract_place(text) is not None or places.other_region_named(text) is not None
    if slot == "contract_type":
        return extract_contract(text) is not None or bool(extract_contract_options(text)) or bool(CONTRACT_WORDS.search(normalize(text)))
    return extract_duration(text) is not None


def _hours_of_the_check(slots: dict[str, Any]) -> tuple[float | None, str | None]:
    """The job's weekly hours the check knows, and the message they were read from (None when recorded as such)."""
    memory = slots.get(MEMORY_SLOT) or {}
    # (The latest first: said after a verdict, then in an answer of the check, then in the opening message; a range's low end,
    # as the request records it, said before the verdict: « CDI, entre 20 et 28h » was 28 h, « éligible », session of 2026-12-02.)
    hours, told = memory.get("weekly_hours"), None
    if not hours:
        told = hours_answer_in_the_check(memory) or (str(memory["said"]) if memory.get("said") else None)
        hours = job_hours_recorded(told) if told else None
    return hours, told


def verdict_turn(slots: dict[str, Any], faq: Faq | None, said: frozenset[str] = frozenset()) -> Turn:
    """data/eligibility/rules.yml applied to the answers, the verdict explained, and the request offered when possible.

    Nothing when no answer is left: the check was left (« je voulais juste une info »), and said so already. ``said``: the
    FAQ entries answered just before the check started, not repeated (:func:`verdict_messages`)."""
    if all(slots.get(name) is None for name in (*FORM_SLOTS, *CANDIDATE_FACT_SLOTS, OPTIONS_SLOT)):
        return Turn()
    hours, told = _hours_of_the_check(slots)
    if slots.get("weekly_hours") is None and hours is not None:
        # « … en CDI 35h à Cholet »: the hours rule is met, not an open condition (ninth blind user test);
        # « … à temps partiel 20h/semaine » is not eligible, not « bonne nouvelle » (tenth blind user test).
        slots = {**slots, "weekly_hours": hours}
    else:
        told = None
    verdict = conclude(slots)
    offer = OFFER_SUBMISSION if verdict.verdict in ("eligible", "derogation") else None
    updates = {VERDICT_SLOT: verdict.verdict, REASONS_SLOT: list(verdict.reasons), OFFER_SLOT: offer}
    return Turn(_with_the_range(verdict_messages(verdict, slots, faq, said), told), updates)


def left_with_a_question(message: dict[str, Any], faq: Faq, kept: bool) -> list[Message]:
    """The replies when the employer leaves the check with another question (« je veux pas de vérification, combien ça coûte
    ? », « non pas de test, c'est qui qui paye ? »): the check left, then the FAQ's answer to the question, as outside a form
    (or the closest questions, or the polite refusal); without any FAQ entry to offer, the invitation to ask it. (It was
    left unanswered: session of 2026-12-02.)"""
    text = message.get("text") or ""
    decision = answer_by_rule(decide(message, known_ids=set(faq.ids)), text, faq)
    if decision.kind not in ("answer", "suggest", "out_of_scope"):
        # Read as a « non » as a whole: the closest questions to the whole message, if any.
        ranked = [i for i, _ in ranked_entries(message) if i in faq][:SUGGESTION_COUNT]
        decision = Decision("suggest", suggestions=ranked, intent=FALLBACK_INTENT) if ranked else decision
    if not (decision.answers or decision.kind == "out_of_scope" or (decision.kind == "suggest" and decision.suggestions)):
        return [messages.CHECK_LEFT_KEPT if kept else messages.CHECK_LEFT]
    left = messages.CHECK_LEFT_KEPT_ANSWERING if kept else messages.CHECK_LEFT_ANSWERING
    return [left, *replies_for(decision, faq, asked=text), *followup_for(decision, faq, in_form=True)]


def questions_in_the_check(message: dict[str, Any], faq: Faq, read: Understanding, slots: dict[str, Any] | None = None) -> Understanding:
    """The check's reading of a message (:func:`bot.eligibility.dialogue.read_with_questions`) with the FAQ's replies to the
    questions it does not read (:attr:`Understanding.questions`), before what the check says back: the answers, or the closest
    questions, or that there is no answer here. The check opens with « me poser une question sur le dispositif en cours de
    route »: « et la période d'essai pour le CDI, je peux en mettre une ? » at the candidate question got the question again,
    without a word, and « Ce serait des CDI. Mais … les stagiaires sont-ils rémunérés … ? » the verdict alone (thirty-fourth
    blind user test)."""
    if not read.questions:
        return read
    text = message.get("text") or ""
    if (left_open := left_open_replies(text)) is not None:
        # « oui elle est inscrite a france travail depuis 2 mois, elle a 23 ans ca pose pas de probleme l'age ? » at the candidate
        # question got three unrelated questions (fifty-first blind user test, u51-01): what the FAQ says of it, then the check.
        return replace(read, messages=[*left_open, *read.messages])
    decision = answer_by_rule(decide(message, known_ids=set(faq.ids)), text, faq)
    asked_hours = [q for q in read.questions if _asks_about_hours(q if "?" in q else f"{q} ?")]
    if asked_hours:
        # « un an. ca peut etre un temps partiel ? » at the contract's length got the contracts alone (fifty-second blind user
        # test, u52-10): the rule on the job's weekly hours, for the hours said, kept for the verdict; the training's length
        # never answers the job's week; another question keeps the FAQ's answer.
        asked = " ".join(asked_hours)
        kept = hours_asked_about(asked, {**(slots or {}), **read.updates})
        off_topic = {TRAINING_LENGTH_ENTRY, CONTRACTS_ENTRY} if len(asked_hours) == len(read.questions) else {TRAINING_LENGTH_ENTRY}
        others = [i for i in decision.answers if i not in off_topic]
        besides = replace(decision, faq_id=others[0], faq_ids=others) if others else None
        said = [*replies_for(besides, faq, asked=text), *followup_for(besides, faq, in_form=True)] if besides else []
        updates = {**read.updates, **({MEMORY_SLOT: kept} if kept is not None else {})}
        return replace(read, updates=updates, messages=[*said, _hours_rule(asked), *read.messages])
    if decision.answers:
        replies = [*replies_for(decision, faq, asked=text), *followup_for(decision, faq, in_form=True), *other_question_replies(decision, faq)]
        return replace(read, messages=[*replies, *read.messages])
    if decision.kind == "suggest" and any(i in faq for i in decision.suggestions):
        replies = replies_for(decision, faq)
    else:
        replies = [{"text": messages.OUT_OF_SCOPE["text"]}]
    if not any(v is not None for k, v in read.updates.items() if k in FORM_SLOTS):
        return replace(read, messages=[*replies, *read.messages])
    # A value noted with a question answered with no confidence: the value first, then the closest questions or that there is no
    # answer (« Je ne suis pas certain… » and the contact, then « C'est corrigé. Contrat : … » taken from the same message:
    # forty-fourth blind user test, u44-05, u44-12).
    replies = [{**r, "text": messages.QUESTION_BESIDE_SUGGEST_TEXT} if r.get("text") == messages.SUGGEST_TEXT else r for r in replies]
    return replace(read, messages=[*read.messages, *replies])


def bot_texts_since(events: list[dict[str, Any]], back: int = 0) -> list[str]:
    """What the assistant said after the employer's latest message (``back`` 0: in this turn so far), or between the message
    ``back`` before it and the next one (1: in the previous turn)."""
    seen = 0
    said: list[str] = []
    for event in reversed(events):
        if event.get("event") == "user":
            if seen == back:
                break
            seen += 1
            continue
        if event.get("event") == "bot" and seen == back and event.get("text"):
            said.append(str(event["text"]))
    return said[::-1]


def with_the_contact(replies: list[Message], said_this_turn: list[str] | None = None) -> list[Message]:
    """``replies`` as said: every « je n'ai pas de réponse » (:data:`~bot.dialogue.messages.NO_ANSWER_TEXTS`) with the contact
    button, and the Region's link once in the turn (``said_this_turn``: what earlier actions said since the employer's message).
    Some replies with no answer gave the link, others not; a message that answered and asked got it twice (forty-fourth blind
    user test)."""
    pointer = messages.CONTACT_POINTER["text"]
    said = pointer in (said_this_turn or [])
    out: list[Message] = []
    for reply in replies:
        if reply.get("text") == pointer:
            if said:
                continue
            said = True
        elif reply.get("text") in messages.NO_ANSWER_TEXTS and messages.CONTACT_BUTTON not in (reply.get("buttons") or []):
            reply = {**reply, "buttons": [*(reply.get("buttons") or []), messages.CONTACT_BUTTON]}
        out.append(reply)
    return out


def not_said_again(replies: list[Message], said_before: list[str], faq: Faq) -> list[Message]:
    """``replies`` without an FAQ answer given in the previous turn (``said_before``), word for word: the FAQ says no more, said
    once, with the Region's contact (« oui mais faut il une duree minimum d'inscription a france travail ? » got « Le dispositif
    s'adresse uniquement aux demandeurs d'emploi… » a second time in a row: forty-fourth blind user test, u44-04)."""
    repeated = [r for r in replies if r.get("text") in said_before and faq.answered_by(str(r.get("text") or "")) is not None]
    if not repeated:
        return replies
    kept = [r for r in replies if r not in repeated]
    return [{"text": messages.SAID_JUST_BEFORE}, *kept, messages.CONTACT_POINTER]


def declined_remark(text: str, read: Understanding, slots: dict[str, Any]) -> bool:
    """Whether the check's reading of ``text`` (:func:`questions_in_the_check`) only declines, as a question the FAQ has no
    answer to, a remark that asks nothing and answers nothing (« ce qui vous arrange », « bof on verra bien » at the contract
    question: forty-sixth blind user test, u46-04): an unusable answer, counted (a question asked on the way is not)."""
    plain = re.sub(r"\bce (?:qui|que|qu)\b", " ", normalize(text or ""))
    if (not read.questions or "?" in (text or "") or (text or "").startswith("/") or _ASKING.search(plain)
            or _OWN_QUESTION.search(plain) or re.search(INDIRECT_QUESTION, plain)):
        return False
    if [m.get("text") for m in read.messages][:1] != [messages.OUT_OF_SCOPE["text"]]:
        return False
    answers = (*FORM_SLOTS, *CANDIDATE_FACT_SLOTS, OPTIONS_SLOT)
    return not any(name in answers and value != slots.get(name) for name, value in read.updates.items())


_WANTS_THE_CHECK = re.compile(r"\b(?:verifi\w*|eligib\w*|on teste|testons|faisons le test|le test)\b")


def thanks_turn(text: str, slots: dict[str, Any]) -> Turn:
    """« merci », or « super », « parfait » right after the offer to prepare the request: « Avec plaisir ! Avez-vous une
    autre question ? » answered a « super » meant for the offer, which then closed (eighteenth blind user test). Without
    « merci », the offer is made again, with its buttons; the request is never started on a word of praise alone."""
    if slots.get(REFERENCE_SLOT) and corrects_sent_request(text) and not asks_to_withdraw(text):
        return _sent_request_not_changed(slots[REFERENCE_SLOT])  # « merci, mais le mail était faux : … » (as in correction_turn)
    if slots.get(REFERENCE_SLOT) and asks_what_next(text):
        # « merci et ensuite il se passe quoi ? » once sent, read as thanks, got « Avec plaisir ! Avez-vous une autre question »
        # (twenty-fourth blind user test): the next steps, as in faq_turn and help_turn.
        return Turn([{"text": messages.NEXT_STEPS.format(reference=slots[REFERENCE_SLOT])}, messages.CONTACT_POINTER])
    if slots.get(OFFER_SLOT) == OFFER_SUBMISSION and not re.search(r"\bmerci\w*\b", normalize(text)):
        verdict = str(slots.get(VERDICT_SLOT) or "")
        verdict = verdict if verdict in messages.VERDICT_NEXT else "eligible"
        return Turn([{"text": messages.OFFER_AGAIN, "buttons": messages.VERDICT_NEXT[verdict].get("buttons", [])}])
    return Turn([messages.THANKS_REPLY])


def _accepted_with_facts(text: str, slots: dict[str, Any], faq: Faq | None) -> Turn | None:
    """« oui il touche le chômage », « oui, en CDI 35h à Nantes » to the offer of the request: the request with what the yes
    says besides (:func:`said_with_a_yes`), or the verdict again when it changes it (« oui, 20h par semaine » is under the
    hours the rules ask), or the check's questions when it leaves one open (« oui, en CDD »); None for a plain yes."""
    said = said_with_a_yes(text, slots)
    if not said.updates:
        return None
    merged = {**slots, **said.updates}
    if any(merged.get(name) is None for name in required_slots(merged)):
        return Turn(said.messages, {**said.updates, VERDICT_SLOT: None, OFFER_SLOT: None}, CHECK_FORM)
    verdict = verdict_turn(merged, faq)
    if verdict.updates.get(VERDICT_SLOT) != slots.get(VERDICT_SLOT):
        return Turn(said.messages + verdict.replies, {**said.updates, **verdict.updates})
    if set(said.updates) == {MEMORY_SLOT} and memory_updates(said.updates[MEMORY_SLOT]) == memory_updates(slots.get(MEMORY_SLOT)):
        return None  # « oui merci », « oui je veux bien préparer la demande »: nothing the request reads
    return Turn(said.messages, {**said.updates, **verdict.updates, OFFER_SLOT: None}, START_SUBMISSION_ACTION)


#: « I don't know » as the whole message (folded): « jsp », « bah je sais pas trop », « aucune idée ».
_UNSURE_ALONE = re.compile(
    rf"(?:(?:bah|ben|bof|euh|hmm|heu|ah|oh|ok|alors)\s+)*(?:je\s+|j\s+|moi\s+)?(?:ne\s+|n\s+)?(?:{UNSURE.pattern})(?:\s+(?:trop|moi|encore|du tout|vraiment|quoi))*"
)


def offer_turn(offer: str | None, reply: str | None, text: str = "", slots: dict[str, Any] | None = None, faq: Faq | None = None) -> Turn:
    """« oui » carries out the open offer, « non » declines it, « non, à Nantes » starts the check with
    that place; with no offer open, what the assistant can do, unless the message asks for the check
    (« oui vérifions » after suggestions got « posez-moi votre question »: eighth blind user test).

    (« oui » after the request was sent repeats its reference: the action does that itself.)
    """
    if offer not in ACCEPTED:
        # (« bon d'accord, on fait la demande quand même » after an answer: thirty-first blind user test)
        if (reply == "accept" and going_ahead(text) or wants_to_apply(text)) and can_submit(slots or {}) and not (slots or {}).get(REFERENCE_SLOT):
            return Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)  # « bon allez je me lance » once eligible
        if reply == "accept" and (_WANTS_THE_CHECK.search(normalize(text)) or going_ahead(text) and not (slots or {}).get(REFERENCE_SLOT)):
            # (« ok convaincu, je me lance » after an answer whose offer was no longer open: thirtieth blind user test)
            return Turn(updates={OFFER_SLOT: None}, next_action=START_CHECK_ACTION)
        if _UNSURE_ALONE.fullmatch(normalize(text)):
            return Turn([messages.UNSURE_WITH_NOTHING_ASKED])  # « jsp » (forty-ninth blind user test)
        return Turn([messages.NO_OFFER])
    if offer == OFFER_CHECK and thanks_for_the_answer(text):
        return Turn([messages.THANKS_REPLY], {OFFER_SLOT: None})  # « ok 👌 », « ok merci »: thanks, the check not started
    if reply is None and asks_after_a_yes(text):
        # « ok mais un aprenti je le paye combien » (read « affirm ») started the request (thirty-fourth blind user test): the
        # question gets its answer, and the offer stays open.
        return Turn(next_action=ANSWER_FAQ_ACTION)
    if reply == "correct":  # « non, on est à Nantes »: the check again, with the place given
        return Turn(updates={OFFER_SLOT: None}, next_action=START_CHECK_ACTION)
    if reply == "decline" and asks_to_clarify(text):
        return Turn(next_action=ANSWER_FAQ_ACTION)  # (« je ne comprends pas, c'est non … ? »: the last answer made clear)
    if reply == "decline":
        return Turn([{"text": messages.OFFER_DECLINED}], {OFFER_SLOT: None})
    if offer == OFFER_CHECK and _applies_once_checked(text, slots or {}):
        return Turn(updates={OFFER_SLOT: None}, next_action=START_SUBMISSION_ACTION)  # « ok je veux faire la demande »
    if offer == OFFER_SUBMISSION and slots is not None and (accepted := _accepted_with_facts(text, slots, faq)) is not None:
        return accepted  # « oui il touche le chômage »: the request with the candidate registered
    return Turn(next_action=ACCEPTED[offer])
