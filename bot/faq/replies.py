"""Turns a routing :class:`~bot.faq.router.Decision` into the assistant's messages.

Messages are plain dicts with the keyword arguments of Rasa SDK's
``dispatcher.utter_message`` (``text``, ``response``, ``buttons``), so this module
is testable without Rasa.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from bot.dialogue import messages
from bot.dialogue.messages import Message
from bot.faq.entries import Faq, FaqEntry, answer_paragraphs
from bot.faq.parse import FALLBACK_INTENT, FAQ_ID_ENTITY, RETRIEVAL_INTENT, answered_entries, intent_name, ranked_entries
from bot.faq.router import SUGGESTION_COUNT, Decision, asked_text, decide, split_questions
from bot.language.cues import (
    AGREEING_LITOTES,
    ASKS_IF_POSSIBLE,
    CORRECTION_PHRASES,
    INVERTED_VERBS,
    NOT_NOW,
    OPENING_QUESTION_WORDS,
    QUESTION_VERBS,
    QUESTION_WORDS,
    YES_WORDS,
    agreeing_litote,
    alternation,
    going_ahead,
    looks_english,
    opening,
    withheld,
)
from bot.language.lexicon import employer_nouns
from bot.language.normalize import normalize


def faq_payload(faq_id: str) -> str:
    """Button payload that answers exactly one FAQ entry (no classification)."""
    return f"/{RETRIEVAL_INTENT}{json.dumps({FAQ_ID_ENTITY: faq_id})}"


def faq_button(faq: Faq, faq_id: str) -> messages.Button:
    entry = faq.get(faq_id)
    title = entry.question if entry else faq_id
    return {"title": title, "payload": faq_payload(faq_id)}


def suggestion_buttons(faq: Faq, faq_ids: list[str]) -> list[messages.Button]:
    """One button per proposed question (known entries only), then « Aucune de ces questions »."""
    return [faq_button(faq, i) for i in faq_ids if i in faq] + [messages.NONE_OF_THESE_BUTTON]


def answer_message(faq: Faq, faq_id: str, asked: str | None = None) -> Message:
    """The official answer and its source, read from data/faq (Rasa's domain holds no copy).

    A paragraph of the answer about a topic the message answered (``asked``) does not name is left out (the entry's ``paragraphs_on_a_topic``);
    with no message (or a button's payload), the message is the entry's own question."""
    entry = faq.get(faq_id)
    if entry is None:
        return {"text": faq.get(faq_id).answer_with_source}  # type: ignore[union-attr]
    return {"text": answer_for(entry, entry.question if asked is None or asked.startswith("/") else asked)}


def answer_for(entry: FaqEntry, asked: str) -> str:
    """``entry``'s answer with its source, without the paragraphs about a topic ``asked`` does not name (the entry's
    ``paragraphs_on_a_topic`` in data/faq: « les collectivités peuvent-elles … ? », « une asso peut-elle … ? » got the employers'
    answer with « Les CDI intérimaires ou les CDD d'au moins 6 mois en intérim sont éligibles. », off the question: forty-second
    blind user test, u42-01, u42-02; forty-first, u41-16); the whole answer when that would leave nothing."""
    plain = normalize(asked)
    left_out = [topic.paragraph_with for topic in entry.topic_paragraphs
                if not any(re.search(rf"\b{re.escape(normalize(word))}", plain) for word in topic.said_when_named)]
    if not left_out:
        return entry.answer_with_source
    paragraphs = answer_paragraphs(entry.answer)
    kept = [p for p in paragraphs if not any(words in p for words in left_out)]
    if not kept or len(kept) == len(paragraphs):
        return entry.answer_with_source
    return "\n\n".join([*kept, entry.source])


def unusable(decision: Decision, faq: Faq) -> bool:
    """A message the assistant can do nothing with: no answer, no question to suggest, not out of scope."""
    if decision.kind == "unclear":
        return True
    return decision.kind == "suggest" and not any(i in faq for i in decision.suggestions)


def unusable_streak(events: list[dict[str, Any]], faq: Faq) -> int:
    """How many of the employer's latest messages in a row (the current one included) were :func:`unusable`
    or out of scope: keyboard mashing the classifier takes now for junk, now for off-topic, still leads to
    the way out at the third message (its out-of-scope replies already give the contact)."""
    known = set(faq.ids)
    count = 0
    for event in reversed(events):
        if event.get("event") != "user":
            continue
        decision = decide(event.get("parse_data") or {}, known)
        if not (unusable(decision, faq) or decision.kind == "out_of_scope"):
            break
        count += 1
    return count


def replies_for(decision: Decision, faq: Faq, streak: int = 1, asked: str | None = None) -> list[Message]:
    """The messages that carry out ``decision``: each answer in the order asked.

    ``streak``: how many messages in a row the assistant could not use (:func:`unusable_streak`);
    the second gets another wording with an example question, the third and later the way out. ``asked``: the message
    answered, whose words choose the paragraphs said of an answer (:func:`answer_message`).
    """
    answers = [i for i in decision.answers if i in faq]
    if answers:
        return [answer_message(faq, i, asked) for i in answers]
    if unusable(decision, faq):
        if streak >= 3:
            return [{"text": messages.SUGGEST_EMPTY_WAY_OUT, "buttons": messages.HELP_BUTTONS}, messages.CONTACT_POINTER]
        if streak == 2 and faq.entries:
            return [{"text": messages.SUGGEST_EMPTY_AGAIN.format(example=faq.entries[0].question), "buttons": messages.HELP_BUTTONS}]
        if decision.kind == "suggest":
            return [{"text": messages.SUGGEST_EMPTY_TEXT}, messages.CONTACT_POINTER]
        return [{"text": messages.SUGGEST_EMPTY_TEXT, "buttons": messages.HELP_BUTTONS}]
    if decision.kind == "suggest":
        return [{"text": messages.SUGGEST_TEXT, "buttons": suggestion_buttons(faq, decision.suggestions)}, messages.CONTACT_POINTER]
    if decision.kind == "out_of_scope":
        return [messages.OUT_OF_SCOPE, messages.CONTACT_POINTER]
    return [{"text": messages.SUGGEST_EMPTY_TEXT, "buttons": messages.HELP_BUTTONS}]


def other_question_replies(decision: Decision, faq: Faq, answered: bool = False, checked: bool = False,
                           answered_otherwise: Callable[[str], bool] | None = None) -> list[Message]:
    """After the answers, the closest entries to another question of the message that got no confident answer.
    ``answered``: a question of the message was answered otherwise (the next steps once the request is sent); ``checked``: the
    check starts after the answers, which answers a question asking whether the project is eligible; ``answered_otherwise``:
    whether a question of the message is answered by what the turn says besides the FAQ's answers (the hours' rule, the next
    steps). When every question left is answered so, or is about the subject of an entry answered, nothing more is said
    (« Pour votre autre question… » after every question was answered: forty-fourth blind user test, u44-01, u44-02)."""
    suggested = [i for i in decision.other_suggestions if i in faq and i not in decision.answers]
    if not (decision.answers or answered):
        return []
    parts = decision.unanswered_parts
    left_parts = [p for p in parts if not (answered_otherwise is not None and answered_otherwise(p)) and not _on_an_answer_given(p, decision, faq)]
    if parts and not left_parts:
        return []
    decision = replace(decision, unanswered_parts=left_parts)
    if not suggested:
        left = not checked and bool(_parts_left(decision, faq))
        return [{"text": messages.OTHER_QUESTION_NOT_COVERED}] if decision.declined_other or left else []
    return [{"text": messages.OTHER_QUESTION_SUGGEST_TEXT, "buttons": [faq_button(faq, i) for i in suggested]}]


#: Words too common in the entries' questions to tie a question to one (stems, folded).
_COMMON_STEMS = frozenset({"forma", "dispo", "emplo", "entre"})


def _on_an_answer_given(part: str, decision: Decision, faq: Faq) -> bool:
    """Whether ``part``, a question of the message left without an answer of its own, is about the subject of an entry answered
    (a word of its question: « qui choisit l'organisme ? » beside « Quels sont les organismes de formation que les entreprises
    peuvent solliciter ? », answered: forty-fourth blind user test, u44-01)."""
    asked = _content_stems(normalize(part)) - _COMMON_STEMS
    if not asked and decision.answers:
        # No word of its own: it continues the question answered (« comment on choisit le candidat ? c vous ou nous ? » got
        # « Pour votre autre question, je n'ai pas de réponse »: forty-seventh blind user test, u47-11).
        return True
    return any(asked & _content_stems(normalize(entry.question)) for entry in (faq.get(i) for i in decision.answers) if entry is not None)


def _parts_left(decision: Decision, faq: Faq) -> list[str]:
    """The questions of a message answered with several questions that neither an entry alone nor a rule answers with one of
    the entries given (« … Et est-ce que ça marche aussi pour un stagiaire de la fonction publique ? » beside the employers'
    answer was dropped without a word: forty-first blind user test)."""
    given = set(decision.answers)
    return [part for part in decision.unanswered_parts
            if part not in decision.answered_parts.values()
            and not set(answer_by_rule(Decision("suggest", intent=FALLBACK_INTENT), part, faq).answers) & given]


# ---------------------------------------------------------------- a question the answer just given answers

#: The words that open a question no yes or no answers (folded; « où » is read on the text, « ou » being « or »).
_OPEN_WORDS = re.compile(r"\b(qui|combien|comment|quand|pourquoi|quoi|quel|quels|quelle|quelles)\b")
#: Words of a question that say the same as a word of an answer (folded): « avant l'embauche » is « préalable à l'embauche ».
_SAME_AS = {"avant": "prealable", "amont": "prealable", "paie": "finance", "paye": "finance", "payer": "finance", "payee": "finance",
            "financee": "finance"}
#: Words that name nothing a question is about (folded), besides French stop words.
_NO_CONTENT = frozenset("dispositif emploi ok bien alors donc coup faut avec aussi plus quand meme vraiment".split())
#: A negation in a clause (folded): « … n'est pas une aide financière à l'embauche ».
_NEGATION = re.compile(r"\b(?:ne|n)\b(?:\s+\w+){0,3}?\s+(?:pas|plus|jamais|aucun\w*)\b|\bpas (?:de|d)\b|\baucun\w*\b")
_A_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_A_CLAUSE_END = re.compile(r"[,;:]|\s(?:mais|et|sinon)\s")


def _content_stems(plain: str) -> set[str]:
    """The stems (five first letters) of the words of ``plain`` (folded) that name something, synonyms made one."""
    same = set(_SAME_AS.values())  # (« préalable » is a stop word)
    words = (_SAME_AS.get(w, w) for w in plain.split() if w in _SAME_AS or w in same or w not in _stop_words())
    return {w[:5] for w in words if len(w) >= 4 and w not in _NO_CONTENT}


def short_answer(text: str, entries: list[str], faq: Faq) -> Message | None:
    """The sentence of an answer just given (``entries``) that answers ``text``, a question asked right after it, or None.

    « et qui paie la formation alors » after « La formation est 100% prise en charge par la Région… », « la formation a lieu
    avant l'embauche ? » after « … 1 emploi = 1 formation est une formation préalable à l'embauche … », « y a une aide financiere
    a l'embauche avec ? » after « … n'est pas une aide financière à l'embauche … » were told that the FAQ said no more (forty-first
    blind user test). A yes/no question gets « Oui : » or « Non : » (the clause that shares the most words with it, two at least,
    negated or not) and that clause's sentence; a question with a question word, when the entry's own question asks with that
    word (« Qui la finance ? »), the sentence that shares the most words with it. A question of its own the answer does not
    cover (« ok et la dérogation je la demande à qui ? ») gets None."""
    plain = normalize(text or "")
    asked = _content_stems(plain)
    opener = _OPEN_WORDS.search(re.sub(r"\bquand meme\b", " ", plain))
    word = opener.group(1) if opener else ("ou" if re.search(r"\boù\b", (text or "").lower()) else None)
    found: list[tuple[int, str, str, FaqEntry]] = []  # (words shared, clause, sentence, entry)
    for entry in (e for e in (faq.get(i) for i in entries) if e is not None):
        if word is not None and not re.search(rf"\b{word}\b", normalize(entry.question)):
            continue
        for sentence in (s.strip() for s in _A_SENTENCE_END.split(entry.answer) if s.strip()):
            for clause in (_A_CLAUSE_END.split(sentence) if word is None else [sentence]):
                found.append((len(asked & _content_stems(normalize(clause))), clause, sentence, entry))
    if not found:
        return None
    best = max(found, key=lambda f: f[0])  # (the first of the best)
    runner_up = max((f[0] for f in found if f[2] != best[2]), default=0)
    if best[0] < (1 if word is not None else 2) or (word is None and runner_up == best[0]):
        return None
    _, clause, sentence, entry = best
    if word is not None or _NEGATION.search(plain):
        said = messages.PREVIOUS_ANSWER_SAYS.format(sentence=sentence)  # (a negated question: « Oui » or « Non » would be unclear)
    elif _NEGATION.search(normalize(clause)):
        said = messages.PREVIOUS_ANSWER_NO.format(sentence=sentence)
    else:
        said = messages.PREVIOUS_ANSWER_YES.format(sentence=sentence)
    return {"text": f"{said}\n\n{entry.source}"}


def in_french_only(replies: list[Message], text: str) -> list[Message]:
    """A question in English that got no answer is told, in both languages, that the assistant reads French only
    (it got the French out-of-scope reply alone: tenth blind user test)."""
    return [{"text": messages.FRENCH_ONLY}, *replies] if looks_english(text) else replies


def feedback_payload(faq_id: str, value: str) -> str:
    """Button payload recording 👍 (``up``) or 👎 (``down``) for one FAQ answer."""
    return "/feedback" + json.dumps({"feedback": value, FAQ_ID_ENTITY: faq_id})


def followup_for(decision: Decision, faq: Faq, in_form: bool = False) -> list[Message]:
    """Messages after FAQ answers: 👍/👎 feedback on the last one, and the offer of the guided check where relevant."""
    entries = [e for e in (faq.get(i) for i in decision.answers) if e is not None]
    if not entries:
        return []
    entry = entries[-1]
    replies: list[Message] = [{
        "text": messages.FEEDBACK_QUESTION,
        "buttons": [
            {"title": messages.FEEDBACK_UP_TITLE, "payload": feedback_payload(entry.id, "up")},
            {"title": messages.FEEDBACK_DOWN_TITLE, "payload": feedback_payload(entry.id, "down")},
        ],
    }]
    if any(e.offer_check for e in entries) and not in_form:
        replies.append(messages.CHECK_OFFER)
    return replies


def _faq_answers(event: dict[str, Any]) -> list[str]:
    """The FAQ entries an employer's message was answered with (empty for any other event or message)."""
    if event.get("event") != "user":
        return []
    parse = event.get("parse_data") or {}
    return answered_entries(parse) if intent_name(parse) == RETRIEVAL_INTENT else []


def _answered_messages(events: list[dict[str, Any]]) -> Iterator[tuple[dict[str, Any], list[str]]]:
    """The employer's messages answered from the FAQ, latest first: (parse data, entries answered)."""
    for event in reversed(events):
        answered = _faq_answers(event)
        if answered:
            yield event.get("parse_data") or {}, answered


def _rated_entry(event: dict[str, Any]) -> str | None:
    """The entry the assistant asked to rate in a bot event (« Cette réponse vous a-t-elle aidé ? » and its 👍/👎 buttons)."""
    if event.get("event") != "bot":
        return None
    for button in (event.get("data") or {}).get("buttons") or ():
        payload = str((button or {}).get("payload") or "")
        if payload.startswith("/feedback{"):
            try:
                faq_id = json.loads(payload[len("/feedback"):]).get(FAQ_ID_ENTITY)
            except (ValueError, AttributeError):
                continue
            if isinstance(faq_id, str) and faq_id:
                return faq_id
    return None


def last_answered_faq(events: list[dict[str, Any]]) -> str | None:
    """The FAQ entry of the latest answer in a conversation's events.

    An answer given by rule (« ça marche pour un apprenti ? », read as out of scope, answered with the contracts) leaves
    the classifier's intent in the parse data: the feedback question after it names the entry. « et l'intérim ? » after
    such an answer got « Pourriez-vous la reformuler ? » (the twenty-third blind user test).
    """
    for event in reversed(events):
        answered = _faq_answers(event) or [e for e in (_rated_entry(event),) if e]
        if answered:
            return answered[-1]
    return None


def answered_with_the_check_start(events: list[dict[str, Any]], start_action: str = "action_start_eligibility") -> frozenset[str]:
    """The FAQ entries answered to the message that started the latest check, before it started (« …, on voudrait recruter 2
    aides à domicile en CDI, c'est éligible ? » got the answer on the employers, then the check): what its verdict need not
    say again (twenty-third blind user test: the same sentence twice)."""
    user = start = None
    for index, event in enumerate(events):
        if event.get("event") == "user":
            user = index
        elif event.get("event") == "action" and event.get("name") == start_action and user is not None:
            start = (user, index)
    if start is None:
        return frozenset()
    return frozenset(e for event in events[start[0] + 1 : start[1]] if (e := _rated_entry(event)))


def previous_answers(events: list[dict[str, Any]]) -> list[str]:
    """The FAQ entries that answered the employer's message just before the current one, in order (none after suggestions,
    a greeting or a check)."""
    users = [e for e in events if e.get("event") == "user"]
    return _faq_answers(users[-2]) if len(users) >= 2 else []


def previous_answer(events: list[dict[str, Any]]) -> str | None:
    """The FAQ entry that answered the employer's message just before the current one, if it was
    answered (a criticism after suggestions, a greeting or a check rates nothing)."""
    answered = previous_answers(events)
    return answered[-1] if answered else None


def alternatives_to(events: list[dict[str, Any]], faq_id: str, faq: Faq) -> list[str]:
    """The entries ranked next for the latest typed question answered with ``faq_id``, best first:
    what a 👎 on that answer offers instead. Empty when it was answered through a button (no ranking)."""
    for parse, answered in _answered_messages(events):
        if faq_id in answered:
            return [i for i, _ in ranked_entries(parse) if i not in answered and i in faq][:SUGGESTION_COUNT]
    return []


def feedback_replies(value: str, alternatives: list[str], faq: Faq) -> list[Message]:
    """Thanks for 👍; for 👎, thanks, the next closest questions (:func:`alternatives_to`) and the contact."""
    replies: list[Message] = [{"text": messages.FEEDBACK_THANKS[value]}]
    if value == "down":
        if any(i in faq for i in alternatives):  # never the lead-in without a question (thirty-second blind user test)
            replies.append({"text": messages.FEEDBACK_DOWN_ALTERNATIVES, "buttons": suggestion_buttons(faq, alternatives)})
        replies.append(messages.CONTACT_POINTER)
    return replies


# ---------------------------------------------------------------- where an answer leads

#: Slot holding the assistant's latest offer, accepted by « oui / ok / d'accord / on y va », declined by « non ».
OFFER_SLOT = "pending_offer"
OFFER_CHECK = "check"  # « Voulez-vous vérifier maintenant… ? »
OFFER_SUBMISSION = "submission"  # after an eligible verdict: « Je peux préparer avec vous votre intention d'embauche »
OFFER_SENT = "sent"  # after the request was sent: a second « oui » repeats its reference
#: The official answer to « comment faire la demande ? »: given, then the check starts.
PROCEDURE_ENTRY = "adresser_intention_embauche"
#: The answer to « on est en Vendée, ça marche ? »: which places the scheme covers.
COVERAGE_ENTRY = "departements_couverts"
#: The answer to « on est à Rennes, ça marche ? »: only employers of the region.
OUTSIDE_ENTRY = "hors_pays_de_la_loire"

_PROCEDURE_WORDS = re.compile(
    r"\b(?:faire|deposer|deposez|envoyer|exprimer|remplir|preparer|demarrer|lancer|commencer)\b.*\b(?:demande|intention|dossier|demarche)s?\b"
    r"|\bintention d embauche\b|\bcomment (?:on )?(?:fait|faire|proceder|postuler|s inscrire)\b"
    # « ok super alors on fait la demande pour chateaubriant », « allez on lance la demande », « on y va pour la demande » got
    # « pas certain d'avoir bien compris » and three questions (twenty-fourth blind user test); wants_to_apply reads the wish.
    # The whole message only, a place at most after it: not « quand on fait la demande il faut un candidat ? », « on fait la
    # demande pour combien de postes max ? », « on fait la demande la semaine prochaine », « on fait la demande ou » (review).
    r"|^(?:(?:ok|okay|bon|bien|super|parfait|alors|allez|ben|bah|d accord|top|tres bien|donc)\s+)*"
    r"(?:(?:on|nous) (?:la |le )?(?:fait|fais|faisons|lance|lancons|demarre|commence|prepare|depose|envoie|y va pour|part sur|passe a)"
    r"|faisons|lancons|go|allez|c est parti|c parti|cest parti|va) (?:pour )?(?:la|notre|cette|ma|une|le|ce) (?:demande|dossier)"
    r"(?: (?:pour|a|au|sur) (?!combien|quand|qui|quoi|quel|quelle|ou\b)[a-z -]{2,40}?)?"
    # (« bon d'accord, on fait la demande quand même » got « Merci pour votre retour ! »: thirty-first blind user test)
    r"(?: (?:alors|maintenant|svp|s il vous plait|merci|du coup|tout de suite|quand meme|dans ce cas|finalement|donc))*\s*$"
)
_COVERAGE_QUESTION = re.compile(r"\?|\b(?:ca marche|ca fonctionne|c est possible|ca passe|eligible|concerne|valable|ok pour)\b")


def offer_after(decision: Decision, faq: Faq, in_form: bool) -> str | None:
    """The offer left open by the follow-up of these answers (the check), if any."""
    entries = [e for e in (faq.get(i) for i in decision.answers) if e is not None]
    if not in_form and any(e.offer_check for e in entries):
        return OFFER_CHECK
    return None


def asks_procedure(text: str) -> bool:
    """« je voudrais faire la demande », « je veux déposer une intention d'embauche »: how to apply. « on fait la demande » is
    read as the whole message or, in a message that asks nothing, as one of its sentences or clauses (« ok donc c'est une
    formation avant. ça me va, on fait la demande » got « Merci pour votre retour ! »: thirty-third blind user test)."""
    pieces = [text or ""] + ([] if "?" in (text or "") else re.split(r"[.!;,:\n…]+", text or ""))
    return any(_PROCEDURE_WORDS.search(normalize(piece)) for piece in pieces if piece.strip())


#: A question, not a wish: a question mark, or a question word or verb first (« comment faire la demande »).
_ASKED_PROCEDURE = opening((*OPENING_QUESTION_WORDS, *QUESTION_VERBS, *INVERTED_VERBS, "on peut", "je peux", "peut on", "est il possible"))


def wants_to_apply(text: str) -> bool:
    """« je voudrais faire la demande », « je veux déposer une intention d'embauche »: the employer asks to apply, which starts
    the check (or the request once eligible). Not a question about how to apply (« comment faire la demande ? », « on peut
    faire plusieurs demandes pour des métiers différents ? », « qui contacter à la Région ? »), which gets its answer and the
    offer: each started a check nobody had asked for, which then came back after every answer (twenty-second blind user test)."""
    plain = normalize(text or "")
    return (not (text or "").startswith("/") and asks_procedure(text) and "?" not in text and not _ASKED_PROCEDURE.search(plain)
            and not _NOT_NOW.search(plain))


def takes_up_the_offer(text: str) -> bool:
    """« ok convaincu, je me lance », « bon d'accord, on fait la demande quand même », « je voudrais faire la demande »: going
    ahead (:func:`~bot.language.cues.going_ahead`) or asking to apply (:func:`wants_to_apply`), which the feedback and the
    offer turns read alike."""
    return going_ahead(text) or wants_to_apply(text)


#: A wish to apply negated or put off (folded): « je ne veux pas faire la demande maintenant », « non je veux pas faire la
#: demande », « pas envie de faire la demande », « … pas tout de suite », « … pour l'instant non » (review of the twenty-third
#: blind user test's fixes: each started the request). Not « ok je veux faire la demande, pas de souci ».
_NOT_NOW = re.compile(
    r"\b(?:ne|n)\s(?:\w+\s){1,2}?(?:pas|plus|jamais)\b|\b(?:veux|veut|voulons|voudrais|voudrait|souhaite|souhaitons)\spas\b|"
    rf"\bpas (?:envie|encore)\b|\b{NOT_NOW}\b|"
    r"\bpour (?:l instant|le moment) non\b|\bnon pour (?:l instant|le moment)\b"
)


#: Words a question about a place may hold besides the place and French stop words (« nous sommes basés à
#: Laval, c'est possible ? »). Any other word (« quel temps fera-t-il à Nantes ? », « un bon resto à Angers ? »)
#: makes it another question, which the classifier's decision serves.
_COVERAGE_WORDS = frozenset(
    "ca marche marcherait fonctionne fonctionnerait possible passe eligible eligibles concerne concernee concernes bon "
    "valable ok entreprises etablissement agence site siege "
    "base basee bases basees situe situee situes situees implante implantee implantes localise localisee "
    "dispositif beneficier droit departement region ville commune zone coin aussi alors meme "
    "bonjour bjr slt salut svp merci peut peux pouvons sommes suis est sont passer".split()
) | frozenset(employer_nouns(public=False))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # a word list: no model is loaded

    return frozenset(normalize(w) for w in STOP_WORDS)


def _only_about_place(text: str, options: tuple[Any, ...]) -> bool:
    """Nothing in ``text`` but the place (any of ``options``), stop words and :data:`_COVERAGE_WORDS`
    (typos of the place's name included)."""
    from rapidfuzz import fuzz

    names = {w for p in options for v in (p.commune, p.department_name, p.department, p.postal_code) if v for w in normalize(v).split()}
    for word in normalize(text).split():
        if len(word) <= 2 or word.isdigit() or word in _COVERAGE_WORDS or word in _stop_words():
            continue
        if not any(fuzz.ratio(word, name) >= 80 for name in names):
            return False
    return True


#: The entry whose answer says whether a contract is accepted, by contract (:func:`contract_entry`).
CONTRACTS_ENTRY = "types_de_contrat"
#: Temporary work: the answer that says « les CDI intérimaires ou les CDD d'au moins 6 mois en intérim sont éligibles ».
INTERIM_ENTRY = "employeurs_concernes"
_INTERIM_CONTRACTS = frozenset({"cdi_interimaire", "cdd_interim", "interim_mission"})
#: Words a question about a contract may hold besides the contract, its length, stop words and :data:`_COVERAGE_WORDS`.
#: Reasons for a contract under 6 months, in a question about it.
_SHORT_CONTRACT_REASONS = frozenset(
    "remplacement remplacer conge conges maternite paternite parental maladie absence absent absente surcroit activite "
    "saison saisonniere ete hiver vendanges recolte recoltes renfort periode temporaire besoin ponctuel ponctuelle".split()
)
_CONTRACT_QUESTION_WORDS = frozenset(
    "cdi cdd contrat contrats duree determinee indeterminee interim interimaire interimaires alternance alternant alternants "
    "apprentissage apprenti apprentis apprentie professionnalisation pro saisonnier saisonniers mission missions temporaire "
    "mois an ans annee semaines accepte acceptes acceptee ouvert ouverte autorise autorisee pris prise compte aussi "
    "stage stages stagiaire stagiaires "
    # « on peut le faire pour un apprenti ? » (twenty-third blind user test: « je n'ai pas de réponse »)
    "faire".split()
)
#: An example after the question (« …un apprenti ? genre un contrat d'apprentissage de 2 ans en boulangerie »): its words
#: (the trade) are no other question; the contract is still read in it.
_EXAMPLE_AFTER = re.compile(r"\?\s*(?:genre|par exemple|par ex|du genre|du style|style)\b[^?]*$", re.IGNORECASE)


#: A supposition asked whether it works (folded): « et si on fait …, ca marche ? », « si on le passe en …, ca passe ? ».
_SUPPOSED_AND_ASKED = re.compile(
    r"^(?:(?:ah|ok|bon|d accord|et)\s+)*(?:et\s+)?si\b.*\b(?:ca marche|ca passe|ca fonctionne|ca va|c est bon|c est possible|c est ok|c ok|"
    r"c est eligible|c bon|ca le fait)\b"
)


def contract_entry(text: str, decision: Decision) -> str | None:
    """For a question about a contract only (« l'intérim c'est possible ? », « ça marche pour un apprenti ? »)
    the classifier was unsure about, the entry that answers it: the intérim one for temporary work, the
    derogation for a CDD under 6 months, the contracts accepted otherwise; None for any other message."""
    from bot.extractors.contract import extract_contract

    plain = normalize(text or "")
    # (And when the comparison with a contract of professionalisation answered: « en contrat pro c bon ? », « contrat pro c'est
    # eligible ? » got « Les contrats de professionnalisation seront possibles à la suite… » twice, while the check says the
    # alternance contracts are accepted: twenty-sixth blind user test.)
    unsure = decision.kind in ("suggest", "unclear", "out_of_scope") or decision.answers == [PRO_COMPARISON_ENTRY]
    if not unsure or not _COVERAGE_QUESTION.search(plain + ("?" if "?" in (text or "") else "")):
        return None
    contract = extract_contract(text)
    if contract is None:
        return None
    # Why a short contract (« pour un remplacement de congé maternité ») is what the derogation's answer is about
    # (« je n'ai pas de réponse »: thirteenth blind user test).
    reasons = _SHORT_CONTRACT_REASONS if short_contract(text) else frozenset()
    example = _EXAMPLE_AFTER.search(text or "")
    if example is not None:
        plain = normalize(text[: example.start()])
    if _SUPPOSED_AND_ASKED.search(plain):
        # « et si on fait direct un CDI avec une periode d'essai, ca marche ? » got « je n'ai pas de réponse », « et si on le passe en
        # CDI interimaire plutot, ca passe sans derogation ? » « pas certain d'avoir compris » (fifty-first blind user test, u51-08,
        # u51-04): a contract supposed, asked whether it works, gets that contract's answer whatever else it says.
        return _entry_for_contract(contract, text)
    for word in plain.split():
        if not (len(word) <= 2 or word.isdigit() or word in _CONTRACT_QUESTION_WORDS or word in _COVERAGE_WORDS or word in _stop_words()
                or word in reasons):
            return None
    return _entry_for_contract(contract, text)


#: The answer on the difference with a contract of professionalisation (which comes after the training).
PRO_COMPARISON_ENTRY = "difference_contrat_pro"


def contract_question_entry(text: str) -> str | None:
    """The entry that answers a question about a contract only (:func:`contract_entry`) asked during a form, where a contract is
    already recorded (« et pour un CDD ? » once a CDI is noted: forty-first blind user test, u41-10); a contract with a length
    (CDD, intérim) whose length is not said gets the answer on its length (at least 6 months, a derogation below). None for
    any other message."""
    from bot.extractors.contract import extract_contract, needs_duration
    from bot.extractors.duration import extract_duration

    entry = contract_entry(text, Decision("unclear"))
    contract = extract_contract(text)
    if entry != CONTRACTS_ENTRY or contract is None or not needs_duration(contract):
        return entry
    duration = extract_duration(text)
    return CONTRACT_MINIMUM_ENTRY if duration is None or duration.months is None else entry


def contract_question_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:func:`contract_question_entry`'s answer for a question the classifier was unsure of, during a form (it got the closest
    questions: forty-first blind user test); ``decision`` itself otherwise."""
    if decision.kind not in ("suggest", "unclear", "out_of_scope") or text.startswith("/"):
        return decision
    entry = contract_question_entry(text)
    return _answered_by_rule(decision, entry) if entry is not None and entry in faq else decision


def _entry_for_contract(contract: str, text: str) -> str:
    """The entry that says whether ``contract`` (a code of :mod:`bot.extractors.contract`, as ``text`` says it) is accepted."""
    if contract in _INTERIM_CONTRACTS:
        return INTERIM_ENTRY
    return CONTRACT_MINIMUM_ENTRY if short_contract(text) else CONTRACTS_ENTRY  # under 6 months, or seasonal: the derogation


#: The entry that says which employers the scheme is for (private, public, associations).
EMPLOYERS_ENTRY = "employeurs_concernes"


def case_entry(text: str) -> str | None:
    """The entry that answers for the contract or the type of employer ``text`` names (« l'intérim », « un agent
    contractuel », « une mairie »), read by the extractors of the check and of the request; None when it names neither."""
    from bot.extractors.contract import extract_contract
    from bot.submission.validators.employer import validate_employer_type

    contract = extract_contract(text or "")
    if contract is not None:
        return _entry_for_contract(contract, text)
    return EMPLOYERS_ENTRY if validate_employer_type(text or "").value else None


def follow_up_case(text: str, last_answered: str | None) -> str | None:
    """The entry a short follow-up (« et l'intérim ? », « meme pour un agent contractuel ? ») asks about right after an answer
    of :data:`CASE_TOPICS`: the one for the contract or the employer it names (the previous answer was given again, which
    does not say whether temporary work is accepted: the twenty-third blind user test); None otherwise. The self-employed
    (« et un auto-entrepreneur ? ») are a contract only after an answer on contracts; after one on who may hire, an employer
    (the contracts' answer came instead of the employers' again: review of the twenty-third blind user test's changes)."""
    from bot.extractors.contract import extract_contract

    if last_answered is not None and (place := place_follow_up_entry(text)) is not None:
        return place
    if last_answered not in CASE_TOPICS:
        return None
    if last_answered not in _CONTRACT_TOPICS and extract_contract(text or "") == SELF_EMPLOYED:
        return EMPLOYERS_ENTRY
    return case_entry(text)


def place_follow_up_entry(text: str) -> str | None:
    """The entry a follow-up naming a place alone asks about (« et en Mayenne ? », « et a rennes ? », after any answer): the places
    covered, or for a place outside the region, that only its employers can (« et en Mayenne ? » after three questions on
    contracts got the contracts' answer a fourth time: forty-fourth blind user test, u44-10). None for anything else. A follow-up
    asks even without its question mark (« et en vendee »)."""
    plain = (text or "").strip()
    return coverage_entry(plain if plain.endswith("?") else f"{plain} ?", Decision("unclear"))


#: A follow-up's lead (folded): « et … », « mais … », « même … ».
_FOLLOW_UP_OPENING = re.compile(r"^(?:(?:ok|d accord|ah|bon|merci|du coup)\s+)*(?:et|mais|meme)\b")
#: Someone who already has a job (folded): « un salarié déjà en CDI chez un client », « un intérimaire qui bosse déjà chez nous »,
#: « quelqu'un qui travaille déjà ailleurs », « une personne déjà en poste ».
_ALREADY_WORKING = re.compile(
    r"\b(?:salarie\w*|interimaire\w*|employe\w*|en poste|deja en (?:cdi|cdd|contrat|mission|interim)|en (?:cdi|cdd) (?:chez|ailleurs|dans)"
    r"|qui (?:travaille\w*|bosse\w*|a (?:deja )?un (?:emploi|travail|job|boulot|contrat))|(?:travaill\w*|bosse\w*) deja)\b"
)
#: A question of its own after the lead (folded): what the follow-up asks is not whether that person may benefit.
_ASKS_OTHERWISE = re.compile(r"\b(?:combien|quand|comment|pourquoi|quel|quels|quelle|quelles|cout\w*|pay\w*|finan\w*|remuner\w*|salaire|statut|duree|delai)\b")
_CANDIDATE_FOLLOW_UP_MAX_WORDS = 14


def candidate_follow_up_entry(text: str, last_answered: str | None) -> str | None:
    """Right after the answer on who may benefit (job seekers only), the entry a follow-up about someone who already has a job asks
    about: that answer again (« et un salarie deja en CDI chez un client ? » after it got « Je n'ai pas de réponse »: forty-fourth
    blind user test, u44-03). None for anything else."""
    plain = normalize(text or "")
    if (last_answered != PUBLIC_ENTRY or (text or "").startswith("/") or len(plain.split()) > _CANDIDATE_FOLLOW_UP_MAX_WORDS
            or not _FOLLOW_UP_OPENING.match(plain) or not _ALREADY_WORKING.search(plain) or _ASKS_OTHERWISE.search(plain)):
        return None
    return PUBLIC_ENTRY


#: The contract code of the self-employed (« auto-entrepreneur », « freelance »: :mod:`bot.extractors.contract`).
SELF_EMPLOYED = "independant"


def short_contract(text: str) -> bool:
    """A contract with a length under 6 months (CDD, intérim), or a seasonal one: what the derogation's answer is about."""
    from bot.extractors.contract import extract_contract, needs_duration
    from bot.extractors.duration import extract_duration

    contract = extract_contract(text) or ""
    if contract == "cdd_saisonnier":
        return True
    # Every contract with a length (CDD, intérim): « même en mission de 3 mois ? » (eighth blind user test).
    duration = extract_duration(text) if contract and needs_duration(contract) else None
    return duration is not None and duration.months is not None and duration.months < 6


def covered_place_line(decision: Decision, text: str) -> Message | None:
    """« c ouvert en vendee ? » answered with the five departments, without naming Vendée (sixth blind user test):
    the place named, said to be one of them, with the list (derived from the place tables); with no place
    named, the list alone."""
    from bot.extractors.place import REGION_DEPARTMENTS, Place, department_label, extract_job_place, job_place_text, places_named
    from bot.language.places import region_elsewhere

    if COVERAGE_ENTRY not in decision.answers:
        return None
    labels = [department_label(code) for code in sorted(REGION_DEPARTMENTS)]
    every = _joined(labels)
    place = extract_job_place(text or "")
    if place is None:
        # « c quoi déjà les départements ? » got « les 5 départements » without their names (tenth blind user test).
        return {"text": messages.THE_DEPARTMENTS.format(departments=every)}
    # What counts, the job's place, after a head office named elsewhere (« notre siege est a paris mais le poste est a angers, ca
    # passe ? »: forty-fourth blind user test, u44-12).
    counts = f" {messages.JOB_PLACE_COUNTS}" if head_office_asked(text) else ""
    if not isinstance(place, Place):
        # Several places asked about (« et en mayenne c'est bien couvert ? on a aussi une agence … a rennes » got the five
        # departments, neither place named: forty-fourth blind user test, u44-03): each with its verdict.
        named = places_named(job_place_text(text or ""))
        if len(named) < 2 or not all(isinstance(p, Place) for p in named):
            return None
        inside = [_place_named(p) for p in named if isinstance(p, Place) and p.in_region]
        outside = [p for p in named if isinstance(p, Place) and not p.in_region]
        said = ([messages.PLACE_IN_THE_REGION.format(place=inside[0]) if len(inside) == 1 else messages.PLACES_IN_THE_REGION.format(places=_joined(inside))]
                if inside else [])
        for p in outside:
            region = region_elsewhere(p.department)
            said.append(messages.PLACE_NOT_IN_THE_REGION.format(place=_place_named(p), region=region) if region
                        else messages.PLACE_NOT_IN_THE_REGION_ABROAD.format(place=_place_named(p)))
        return {"text": " ".join([*said, messages.DEPARTMENTS_COVERED.format(departments=every)]) + counts}
    if not place.in_region:
        return None
    return {"text": messages.PLACE_COVERED.format(place=_place_named(place), departments=every) + counts}


def _place_named(place: Any) -> str:
    """« Angers (Maine-et-Loire, 49) », or « Mayenne (53) » for a department."""
    from bot.extractors.place import department_label

    return f"{place.commune} ({place.department_name}, {place.department})" if place.commune else department_label(place.department)


def _joined(names: list[str]) -> str:
    """« A, B et C »."""
    return names[0] if len(names) == 1 else messages.LIST_JOINER.join(names[:-1]) + messages.LAST_JOINER + names[-1]


def elsewhere_place_line(decision: Decision, text: str) -> Message | None:
    """After « only employers of the Pays de la Loire », for a department named of another region: which region it
    belongs to, and, for a « Loire » of another region, the two of the Pays de la Loire (« on recrute un électricien en
    CDI dans la Loire » got « Non… » alone, though the employer may have meant Loire-Atlantique: nineteenth user test); then, or
    alone, that what counts is the job's place (:data:`messages.JOB_PLACE_COUNTS`)."""
    from bot.extractors.place import Place, department_label, extract_job_place
    from bot.language.places import region_elsewhere

    if OUTSIDE_ENTRY not in decision.answers or head_office_asked(text) or not speaks_of_a_place(text):
        return None  # (what counts is said before the answer then: :func:`outside_answer_framing`)
    place = extract_job_place(text or "")
    if not isinstance(place, Place) or (region := region_elsewhere(place.department)) is None:
        # What counts is the job's place, said after the official answer (thirty-first blind user test).
        return {"text": messages.JOB_PLACE_COUNTS}
    said = messages.DEPARTMENT_ELSEWHERE.format(department=department_label(place.department), region=region)
    if normalize(place.department_name or "") in ("loire", "haute loire", "loiret", "loir et cher"):
        said = f"{said} {messages.LOIRE_OF_THE_REGION}"
    return {"text": f"{said} {messages.JOB_PLACE_COUNTS}"}


#: The employer's head office named (folded): « mon entreprise a son siège à Paris », « notre maison mère est à Lyon ».
_HEAD_OFFICE_NAMED = re.compile(r"\b(?:siege|sieges|maison mere|societe mere)\b")
#: Words of a question about where the employer or the job is (folded), besides a place read.
_PLACE_WORDS = re.compile(
    r"\b(?:region\w*|hors|ailleurs|exterieur\w*|departement\w*|siege\w*|base\w*|situe\w*|implante\w*|localise\w*|ligerien\w*|"
    r"pays de (?:la )?loire|pdl|ville|commune|territoire|etranger|france|national\w*)\b"
)


def head_office_asked(text: str) -> bool:
    """A question about the employer's head office (:data:`_HEAD_OFFICE_NAMED`), the job not said to be outside the region: the
    head office does not decide, the job's place does (« et si mon entreprise a son siege a Paris ? » got « Non … entreprises
    ligériennes » then that what counts is the job's place, a « no » then a « yes »: forty-first blind user test). « notre siège est
    à Nantes mais le poste serait à Vannes » is about a job outside: the official « Non » answers it."""
    from bot.extractors.place import Place, extract_job_place

    if not _HEAD_OFFICE_NAMED.search(normalize(text or "")):
        return False
    place = extract_job_place(text or "")
    return not (isinstance(place, Place) and not place.in_region)


def speaks_of_a_place(text: str) -> bool:
    """Whether ``text`` names a place, a region, or says where the employer or the job is (:data:`_PLACE_WORDS`)."""
    from bot.extractors.place import extract_place
    from bot.language.places import other_region_named

    return (extract_place(text or "") is not None or other_region_named(text or "") is not None
            or bool(_PLACE_WORDS.search(normalize(text or ""))) or bool(_A_NAMED_PLACE.search(text or "")))


#: A name after a preposition (« une entreprise de Vitré », « on est à Redon »): a place the tables may not know.
_A_NAMED_PLACE = re.compile(r"\b(?:à|a|en|de|d'|du|dans|sur|au|vers)\s*[A-ZÀÂÉÈÊÎÔÛ][\w'-]+")


def outside_answer_framing(decision: Decision, text: str, faq: Faq) -> Message | None:
    """Before the official answer outside the region (« Non, il s'agit de répondre uniquement aux besoins des entreprises
    ligériennes »), to a question its « Non » would misanswer: for a head office elsewhere, what counts, the job's place, with
    the question the FAQ answers so; for a question about no place at all (« on peut regrouper avec d'autre entreprises ? »), the
    question that answer is to (forty-first blind user test). None otherwise (the answer, then :func:`elsewhere_place_line`)."""
    entry = faq.get(OUTSIDE_ENTRY)
    if entry is None or decision.answers != [OUTSIDE_ENTRY] or (text or "").startswith("/"):
        return None
    if head_office_asked(text):
        return {"text": messages.HEAD_OFFICE_ELSEWHERE.format(question=entry.question)}
    if not speaks_of_a_place(text):
        return {"text": messages.YES_NO_ANSWER_QUESTION.format(question=entry.question)}
    return None


def outside_answer_for_a_named_place(decision: Decision, text: str) -> bool:
    """« je suis en Bretagne à Rennes, je peux ? » answered « non, seulement les entreprises ligériennes »:
    the check is not offered after that answer (it could only say the same)."""
    from bot.extractors.place import Place, extract_place
    from bot.language.places import other_region_named

    if OUTSIDE_ENTRY not in decision.answers:
        return False
    place = extract_place(text or "")
    return isinstance(place, Place) and not place.in_region or place is None and other_region_named(text) is not None


def coverage_entry(text: str, decision: Decision) -> str | None:
    """For a question about a place only (« on est en vendée ça marche ? ») the classifier was unsure about,
    the entry that answers it: :data:`OUTSIDE_ENTRY` when every place it may mean is outside the region,
    :data:`COVERAGE_ENTRY` otherwise; None for any other message. Never taken as the start of a check.
    """
    from bot.extractors.place import AmbiguousPlace, Place, extract_place
    from bot.extractors.project import PROJECT_KEY, extract_hiring_project
    from bot.language.places import other_region_named

    if decision.kind not in ("suggest", "unclear", "out_of_scope") or not _COVERAGE_QUESTION.search(normalize(text or "") + ("?" if "?" in (text or "") else "")):
        return None
    if extract_hiring_project(text).get(PROJECT_KEY):
        return None
    place = extract_place(text)
    if place is None and other_region_named(text) is not None:
        return OUTSIDE_ENTRY  # « on est en Bretagne, ça marche ? »
    if not isinstance(place, (Place, AmbiguousPlace)):
        return None
    options = place.options if isinstance(place, AmbiguousPlace) else (place,)
    if not _only_about_place(text, options):
        return None
    return COVERAGE_ENTRY if any(p.in_region for p in options) else OUTSIDE_ENTRY


#: What a SIRET is, asked outside the request (« c quoi un siret ? on est une asso »): no FAQ entry says it, the request's
#: help does (normalised text).
_ASKS_WHAT_SIRET = re.compile(
    # (« cest quoi un siret? », glued, got « Je n'ai pas de réponse »: twenty-ninth blind user test)
    r"\b(?:c est quoi|cest quoi|ces quoi|c quoi|c koi|qu est ce que|qu est ce qu|ca veut dire quoi|kesako|a quoi sert|ca sert a quoi)\s+"
    r"(?:exactement |au juste )?(?:un |une |le |la |l |ce |cette |votre |notre |mon |son )?(?:numero )?siret\b"
    r"|\bsiret\s+(?:c est quoi|cest quoi|ces quoi|c quoi|c koi|ca veut dire quoi|kesako)\b"
    r"|\bou (?:trouver|je trouve|on trouve|est ce qu on trouve|peut on trouver) (?:le |mon |notre |un |son )?(?:numero )?siret\b"
)


def siret_help(text: str) -> Message | None:
    """What a SIRET is and where to find it (the request's help), for a message that asks it; None otherwise.

    « c quoi un siret ? on est une asso » got the employers' answer alone: the SIRET is no FAQ question, its part of the
    message was read as out of scope and left out (the twenty-third blind user test)."""
    if (text or "").startswith("/") or not _ASKS_WHAT_SIRET.search(normalize(text or "")):
        return None
    return {"text": messages.FIELD_EXPLANATIONS["siret"]}


#: Whether the SIRET must be given (folded): « c'est obligatoire ? », « je suis obligé de le mettre ? », « c'est indispensable ? ».
_MUST_IT_BE_GIVEN = re.compile(r"\b(?:obligatoire\w*|oblige\w*|indispensable|necessaire|facultatif|optionnel|imperatif)\b"
                               # (« j ai pas encore de siret c grave? »: thirty-seventh blind user test)
                               r"|\b(?:pas (?:encore |toujours )?(?:de|le|notre|mon) siret|sans siret)\b.*\b(?:grave|genant|bloquant|probleme|embetant)\b")
#: What the SIRET is for, or whether it is really needed (folded): « ca sert a quoi ? », « pourquoi le siret ? », « il faut
#: vraiment le siret ? ».
_WHAT_FOR = re.compile(
    r"\bsert a quoi\b|\ba quoi (?:ca |il |le siret |elle )?(?:sert|servir)\b|\bpourquoi (?:vous (?:voulez|demandez) )?(?:le |un |votre |mon |notre )?siret\b|"
    r"\b(?:il faut|faut il|faut|on doit|je dois|doit on|dois je) (?:vraiment|absolument|forcement) (?:le |un |mon |notre |donner (?:le )?)?siret\b"
)
#: The SIREN named, or its 9 digits (« c'est 9 chiffres le siren ça marche ? », « j'ai que le siren »).
_THE_SIREN = re.compile(r"\bsiren\b|\b9 chiffres\b")
#: Which establishment's SIRET (« celui du siège ou celui de l'établissement de Château-Gontier ? », « je mets le siret du siège ? »).
_WHICH_ESTABLISHMENT = re.compile(r"\b(?:siege|siege social|maison mere)\b|\b(?:celui|lequel)\b.*\b(?:etablissement|site|agence|antenne|usine|magasin)\b")


def siret_question(text: str, at_the_siret: bool) -> str | None:
    """The answer to a question on the SIRET (whether it is required, the SIREN instead, which establishment's), at the SIRET
    question or naming it, or None (thirtieth blind user test: « pas de réponse », or read as the value)."""
    plain = normalize(text or "")
    if (text or "").startswith("/") or not (at_the_siret or re.search(r"\bsire[nt]\b", plain)):
        return None
    if re.search(r"\d(?:[\s.]?\d){8,}", text or ""):
        return None  # a number given with it is the answer (« je peux passer par le siège ? 732 829 320 00074 »)
    if "?" not in (text or "") and not re.search(r"\b(?:est ce|faut il|ca marche|ca va|ca convient)\b", plain):
        return None
    if _THE_SIREN.search(plain):
        return messages.SIREN_OR_SIRET
    if _WHICH_ESTABLISHMENT.search(plain):
        return messages.SIRET_OF_THE_ESTABLISHMENT
    if _WHAT_FOR.search(plain):
        # « il faut vraiment le siret ? ca sert a quoi ? » got where to find it, not that it may be skipped (fifty-second blind
        # user test, u52-09): what it is, and that it is not required.
        return f"{messages.SIRET_WHAT_FOR} {messages.SIRET_NOT_REQUIRED}"
    if _MUST_IT_BE_GIVEN.search(plain):
        return messages.SIRET_NOT_REQUIRED
    return None


#: Whose SIRET, asked beside the number (folded): the employer's own structure named (« le siret de l'agence ou celui du client »,
#: « c bien le siret de la mairie qu'il faut », « celui de notre agence »), not the head office (:data:`_WHICH_ESTABLISHMENT`).
_WHOSE_SIRET = re.compile(r"\b(?:siret|celui|lequel|numero)\b.*\b(?:agence|client|cliente|mairie|commune|collectivite|association|asso|"
                          r"structure|entreprise|societe|boite|employeur|filiale|notre|le notre|le votre|le mien)\b")
#: … in a question (« … qu'il faut ? », « c bien … », « est-ce … »).
_ASKED = re.compile(r"\b(?:est ce|c bien|c est bien|cest bien|faut il|qu il faut|il faut quel|lequel|ou celui|je mets|on met)\b")


def siret_question_with_the_number(text: str) -> str | None:
    """The answer to a question on whose SIRET is wanted, typed with the number (« c'est le siret de l'agence ou celui du client
    qu'il faut ? le notre c'est 78309168962894 », « 39932507531555 (on est une collectivite, c bien le siret de la mairie qu'il
    faut?) »): the number was kept and the question silently left (forty-third blind user test, u43-05, u43-06); None otherwise,
    and for the head office (whose answer is :data:`messages.SIRET_OF_THE_ESTABLISHMENT`, the number being given)."""
    plain = normalize(text or "")
    if (text or "").startswith("/") or not re.search(r"\d(?:[\s.]?\d){8,}", text or ""):
        return None
    words = re.sub(r"\d+", " ", plain)
    if ("?" not in (text or "") and not _ASKED.search(words)) or re.search(r"\b(?:siege|maison mere)\b", words) or not _WHOSE_SIRET.search(words):
        return None
    return messages.SIRET_OF_THE_EMPLOYER


#: A complaint that part of a question was not answered (« vous n'avez pas répondu pour la mairie »; normalised text).
_NOT_ANSWERED = re.compile(
    r"\b(?:vous n avez|vous avez|tu n as|tu as|t as|t a|on ne m a|on m a) (?:toujours )?pas (?:encore )?(?:repondu|eu de reponse)\b"
    r"|\b(?:vous avez|tu as|t as) (?:oublie|zappe|saute|ignore)\b"
    r"|\b(?:pas|toujours pas|aucune) (?:de )?reponse (?:pour|sur|a propos|concernant|au sujet)\b"
)


def missed_answer(text: str) -> str | None:
    """The entry a complaint that a question was left unanswered names (« vous n'avez pas répondu pour la mairie »: the
    employers, a town hall being a public employer), or None. It was read as a new question, and got suggestions without
    the answer (the twenty-third blind user test)."""
    complaint = _NOT_ANSWERED.search(normalize(text or "")) if not (text or "").startswith("/") else None
    # (What follows the complaint: its « pas » negates no contract, « pas répondu pour le CDD de 4 mois ».)
    return case_entry(normalize(text)[complaint.end():]) if complaint else None


#: The entry that says how long a fixed-term contract must last (6 months, or a derogation).
CONTRACT_MINIMUM_ENTRY = "derogation_cdd"
#: Answers on who may hire and on which contract: a follow-up right after one of them that names another contract or
#: another employer (« et l'intérim ? », « même pour un agent contractuel ? », « et pour une mairie ? ») asks the same
#: question for that case (:func:`case_entry`). After any other answer, « et pour un CDD ? » asks that answer again.
CASE_TOPICS = frozenset({EMPLOYERS_ENTRY, CONTRACTS_ENTRY, CONTRACT_MINIMUM_ENTRY, "proposition_poste_ferme", "limite_nombre_salaries"})
#: The answers of :data:`CASE_TOPICS` on contracts, after which the self-employed are a contract (:func:`follow_up_case`).
_CONTRACT_TOPICS = frozenset({CONTRACTS_ENTRY, CONTRACT_MINIMUM_ENTRY})
_CONTRACT_WORDS = re.compile(r"\b(?:cdd|contrat|contrats|c d d)\b")
_MINIMUM_WORDS = re.compile(
    r"\b(?:minimum|mini|min|minimal\w*|minimaux|au moins|plus court|duree (?:minimale|mini\w*)|combien de (?:temps|mois) minimum)\b"
)
#: Minimums of something else than the contract (« formation », « heures », the candidate's registration…).
_OTHER_MINIMUMS = re.compile(r"\d+\s*h\b|\b(?:formation\w*|heures?|h|inscri\w*|chomage|stage\w*|experience|anciennete|salarie\w*|age|ans?|niveau)\b")


def asks_contract_minimum(text: str, about_a_contract: bool = False) -> bool:
    """« un cdd ça doit durer combien minimum ? », « durée minimale du contrat ? », « il faut un cdd de combien
    de temps ? » (or, when the conversation is about a contract already, « il faut combien de mois minimum ? »):
    how long the contract must last."""
    plain = normalize(text or "")
    short = len(plain.split()) <= 5  # « duree minimum cdd »
    asked = "?" in (text or "") or short or re.search(rf"\b{alternation((*QUESTION_WORDS, 'faut', 'doit'))}\b", plain)
    named = about_a_contract or _CONTRACT_WORDS.search(plain)
    minimum = _MINIMUM_WORDS.search(plain) or _REQUIRED_LENGTH.search(plain)
    return bool(asked and named and minimum and not _OTHER_MINIMUMS.search(plain))


#: « il faut un cdd de combien de temps ? »: the length required, without the word « minimum ».
_REQUIRED_LENGTH = re.compile(r"\b(?:faut|doit|exige\w*|oblig\w*)\b.*\bcombien de (?:temps|mois)\b")


#: The answer that says the training comes before the hiring (« 1 emploi = 1 formation est une formation préalable à
#: l'embauche »), beside the contrat de professionnalisation's.
BEFORE_THE_HIRING_ENTRY = "difference_contrat_pro"
#: When the training comes, before the contract or during it (folded): « la formation se fait avant le contrat ou pendant ? »,
#: « c'est avant ou après l'embauche ? », « il est formé avant d'être embauché ou pendant son CDI ? ».
_TRAINING_WHEN = re.compile(
    r"\b(?:avant|pendant|apres|durant)\b(?:\s+\w+){0,6}?\s+ou\s+(?:bien\s+)?(?:avant|pendant|apres|durant)\b"
)
_THE_TRAINING_AND_THE_HIRING = re.compile(r"\bform\w*\b.*\b(?:contrat|embauch\w*|cdi|cdd|apprentissage|alternance|poste)\b|"
                                          r"\b(?:contrat|embauch\w*|cdi|cdd|apprentissage|alternance|poste)\b.*\bform\w*\b")


def asks_when_the_training_comes(text: str) -> bool:
    """Whether ``text`` asks whether the training comes before the contract (the hiring) or during it."""
    plain = normalize(text or "")
    return "?" in (text or "") and bool(_TRAINING_WHEN.search(plain) and _THE_TRAINING_AND_THE_HIRING.search(plain))


#: Temporary work named (folded): « intérim », « une agence d'intérim », « ETT », « travail temporaire ».
_TEMPORARY_WORK = re.compile(r"\b(?:interr?im\w*|ett|ctt|cdii|travail temporaire|agences? d emploi)\b")


def answer_by_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:func:`_answer_by_rules`, and whether temporary work is covered said before the derogation to a question on a short
    assignment in intérim (« agence d'interim ici … mission de 5 mois. le dispositif marche pour l'interim ? » got the derogation
    alone, never that intérim is covered: forty-eighth blind user test, u48-09)."""
    if (not text.startswith("/") and BEFORE_THE_HIRING_ENTRY in faq and BEFORE_THE_HIRING_ENTRY not in decision.answers
            and asks_when_the_training_comes(asked_text(decision, text))):
        # (Not when it is already answered, with another question's answer: thirty-fourth blind user test.)
        # « la formation elle se fait avant le contrat d'apprentissage ou pendant ? » got the contracts accepted (forty-eighth blind
        # user test, u48-05): the FAQ's answer that says it (« une formation préalable à l'embauche »), whose own examples ask it.
        return _answered_by_rule(decision, BEFORE_THE_HIRING_ENTRY)
    decided = _answer_by_rules(decision, text, faq)
    if (not text.startswith("/") and STUDIES_ENTRY in decided.answers and not _asks_about_studies(asked_text(decision, text))
            and _a_project_stated(text)):
        # « … c'est un jeune de 22 ans qui sort d'etudes, pas inscrit a france travail. CDI temps plein a Laval » got « Non, le
        # niveau d'études du salarié n'est pas limitant », never asked (forty-eighth blind user test, u48-02): studies stated
        # only, the other answers kept.
        kept = [i for i in decided.answers if i != STUDIES_ENTRY]
        if not kept:
            return Decision("unclear", confidence=decided.confidence, intent=FALLBACK_INTENT, criticism=decided.criticism,
                            unanswered_parts=decided.unanswered_parts)
        decided = replace(decided, faq_id=kept[0], faq_ids=kept, answered_parts={i: p for i, p in decided.answered_parts.items() if i in kept})
    if text.startswith("/") or INTERIM_ENTRY not in faq or CONTRACT_MINIMUM_ENTRY not in faq:
        return decided
    asked = asked_text(decision, text)
    # (A question on temporary work itself, the short assignment said in another sentence: « et pour la mission de 3 mois en
    # interim, c'est eligible ? » asks about that length, the derogation's alone: twenty-seventh blind user test.)
    sentences = [x for x in re.split(r"(?<=[.?!])\s+", asked) if x.strip()]
    on_temporary_work = any("?" in x and _TEMPORARY_WORK.search(normalize(x)) and not short_contract(x) and not re.search(r"\d|\bmois\b", x)
                            for x in sentences)
    if (on_temporary_work and short_contract(asked)
            and decided.answers in ([CONTRACT_MINIMUM_ENTRY], [INTERIM_ENTRY], [])
            and (decided.answers or decided.kind in ("suggest", "unclear", "out_of_scope"))):
        return replace(_answered_by_rule(decided, INTERIM_ENTRY), faq_ids=[INTERIM_ENTRY, CONTRACT_MINIMUM_ENTRY])
    return decided


#: The entry saying the scheme is no financial aid to the hiring (« … n'est pas une aide financière à l'embauche … »).
NOT_AN_AID_ENTRY = "difference_contrat_pec"
#: Money the employer would get (folded): « je touche combien », « combien on touche », « pas d'argent pour moi », « le montant de
#: l'aide », « on touche une prime ? », « l'entreprise reçoit combien ? ». Not the candidate's pay nor the training's cost.
_MONEY_FOR_THE_EMPLOYER = re.compile(
    r"\b(?:je|j|on|nous|l employeur|l entreprise|ma boite|mon entreprise)\s(?:vais\s|va\s)?(?:touche\w*|percoi\w*|percev\w*|recoi\w*|recev\w*|"
    r"aurai|aurais|aura|aurons|gagne\w*)\s(?:combien|quoi|une aide|une prime|de l argent|des sous|d argent|un bonus|une subvention)\b"
    r"|\bcombien\s(?:je|j|on|nous)\s(?:vais\s|va\s)?(?:touche\w*|percoi\w*|recoi\w*|aurai|aura|gagne\w*)\b"
    r"|\bpas d (?:argent|aide|sous) pour (?:moi|nous|l entreprise|l employeur)\b"
    # (not « le montant de l'aide de l'Agefiph / à l'embauche des jeunes », another aid: out of scope)
    r"|\bmontant de l aide pour (?:moi|nous|l employeur|l entreprise)\b"
)


def asks_money_for_the_employer(text: str) -> bool:
    return bool(_MONEY_FOR_THE_EMPLOYER.search(normalize(text)))


def _answer_by_rules(decision: Decision, text: str, faq: Faq) -> Decision:
    """The decision a typed FAQ message gets outside a form, before any hiring project is read from it.

    When the classifier hesitates, three questions are answered by rule: a place asked
    about (« on est en vendée ça marche ? ») gets the places covered (or, for a place
    outside the region, that only its employers can), a contract asked about (« l'intérim
    c'est possible ? ») the answer on that contract, and « je voudrais faire la demande »
    gets how to apply. How long a CDD must last gets its entry
    whatever the classifier says (it confuses it with the training's length). ``python -m bot eval`` applies it too, so that
    held-out questions take the same path as a website message.
    """
    if text.startswith("/"):
        return decision
    text = asked_text(decision, text)
    if decision.answers == [IAE_ENTRY] and _iae_taken_back(text):
        return Decision("unclear", confidence=decision.confidence, intent=FALLBACK_INTENT, criticism=decision.criticism)
    if NOT_AN_AID_ENTRY in faq and not decision.answers and asks_money_for_the_employer(text):
        # « non mais concretement je touche combien ? », « donc pas d'argent pour moi c ca ? » (forty-ninth blind user test,
        # u49-05): out of scope or suggestions; the FAQ's answer says it: no financial aid, a training paid by the Region.
        return _answered_by_rule(decision, NOT_AN_AID_ENTRY)
    decision = _place_and_who_benefits(decision, text)
    decision = _feasibility_not_the_training(decision, text)
    if SELECTION_ENTRY in faq and len(decision.answers) <= 1 and decision.answers != [SELECTION_ENTRY] and meets_the_candidate_before(text):
        # « on peut le voir avant ? » (the candidate, before hiring) got the basic skills phase of the training, with confidence
        # (forty-seventh blind user test, u47-11): the candidates' selection (an information meeting, the employer selects them).
        return _answered_by_rule(decision, SELECTION_ENTRY)
    if (PROCEDURE_ENTRY in faq and (decision.kind in ("suggest", "unclear") or decision.answers == [COVERAGE_ENTRY])
            and asks_who_to_contact(text)):
        # « ok et en loire atlantique c'est qui le contact ? » got the departments covered (forty-seventh blind user test,
        # u47-13): whom to send the request to, the same for the five departments.
        return _answered_by_rule(decision, PROCEDURE_ENTRY)
    if (decision.kind in ("suggest", "unclear", "out_of_scope") and EMPLOYERS_ENTRY in faq and SIZE_ENTRY in faq
            and _self_employed_may_use_it(text)):
        # « jsuis auto entrepreneur, je peux embaucher qqn avec ce dispositif ? » got three unrelated questions (forty-seventh
        # blind user test, u47-13): any employer, whatever its size.
        return replace(_answered_by_rule(decision, SIZE_ENTRY), faq_ids=[SIZE_ENTRY, EMPLOYERS_ENTRY])
    if (STUDIES_ENTRY in faq and PUBLIC_ENTRY in faq and _asks_studies_and_registration(text)
            and (decision.kind in ("suggest", "unclear", "out_of_scope") or decision.answers in ([STUDIES_ENTRY], [PUBLIC_ENTRY]))):
        # « Est ce que le candidat peut etre un jeune diplomé qui sort d'ecole et qui n'est pas inscrit a france travail ? » got
        # « Non, le niveau d'études du salarié n'est pas limitant. » alone, read as « he can't », the registration unanswered
        # (thirtieth blind user test): both answers, the study level then who may benefit (registered job seekers).
        return replace(_answered_by_rule(decision, STUDIES_ENTRY), faq_ids=[STUDIES_ENTRY, PUBLIC_ENTRY])
    if decision.kind in ("suggest", "unclear", "out_of_scope") and EMPLOYERS_ENTRY in faq and _ONLY_SOME_TRADES.search(normalize(text)):
        # « c'est possible ou c'est que pour les metiers manuels ? » got no answer, the check alone (twenty-third blind user test).
        return _answered_by_rule(decision, EMPLOYERS_ENTRY)
    place_entry = coverage_entry(text, decision) or _head_office_and_job_entry(text, decision)
    if place_entry is not None and place_entry in faq:
        return _answered_by_rule(decision, place_entry)
    if (compared := contracts_comparison_rule(decision, text, faq)) is not decision:
        return compared
    if PUBLIC_ENTRY in faq and _asks_for_our_employee(text) and (
            decision.kind in ("suggest", "unclear") and PUBLIC_ENTRY in decision.suggestions
            or decision.kind in ("suggest", "unclear", "out_of_scope") and _KEEP_AND_TRAIN.search(normalize(text))):
        # « Une de nos salariées en CDD voudrait passer le diplôme d'auxiliaire de vie, on pourrait la passer en CDI. Est-ce que
        # ça rentre dans votre dispositif ? » got three questions, then « Pourriez-vous la reformuler ? » (twenty-seventh blind
        # user test): the scheme is for job seekers only. (« j'ai une salariée en CDD qui se termine en janvier, je voudrais la
        # passer en CDI … et lui faire suivre une formation » got « Je n'ai pas de réponse »: twenty-ninth blind user test.)
        return _answered_by_rule(decision, PUBLIC_ENTRY)
    if (employee := current_employee_rule(decision, text, faq)) is not decision:
        return employee
    if (registration := candidate_registration_rule(decision, text, faq)) is not decision:
        return registration
    if decision.kind in ("suggest", "unclear", "out_of_scope") and EMPLOYERS_ENTRY in faq and _public_employer_or_association(text) is not None:
        # « Une collectivité peut-elle recruter un agent contractuel ? » got the contracts accepted alone (twenty-ninth blind user
        # test): the employers' answer (public employers and associations are), then the contract's when one is named.
        from bot.extractors.contract import extract_contract

        contract = extract_contract(text)
        entry = _entry_for_contract(contract, text) if contract is not None else None
        answered = [EMPLOYERS_ENTRY, *([entry] if entry is not None and entry != EMPLOYERS_ENTRY and entry in faq else [])]
        return replace(_answered_by_rule(decision, EMPLOYERS_ENTRY), faq_ids=answered)
    if decision.kind in ("suggest", "unclear", "out_of_scope") and SELECTION_ENTRY in faq and asks_for_candidates_found(text):
        # « non pas encore, france travail peut nous aider ? » at the candidate question got « Je n'ai pas de réponse », then a
        # verdict saying France Travail finds the candidates (forty-first blind user test): the FAQ's answer on it.
        return _answered_by_rule(decision, SELECTION_ENTRY)
    if PRESENTATION_ENTRY in faq and (decision.kind in ("suggest", "unclear", "out_of_scope", "other") or decision.answers == [TRAINING_KIND_ENTRY]) \
            and asks_to_hire_and_train(text):
        # « je suis boulanger a angers je veu embaucher qqun mais il faut le former c possible ? » got three unrelated questions
        # (twenty-ninth blind user test): what the scheme is for. (« … et le former, c'est faisable ? » got the kinds of
        # training, « Tout est possible », which does not say what the scheme does.)
        return _answered_by_rule(decision, PRESENTATION_ENTRY)
    if decision.kind in ("suggest", "unclear", "out_of_scope") and REFERENT_ENTRY in faq and asks_who_follows_the_trainee(text):
        # « non attendez, je voulais juste savoir si le salarié a un tuteur chez nous pendant la formation » got three unrelated
        # questions (forty-second blind user test, u42-16): the referent who follows the trainee.
        return _answered_by_rule(decision, REFERENT_ENTRY)
    if decision.kind in ("suggest", "unclear") and CONTRACT_MINIMUM_ENTRY in faq and short_contract(text) and len(text.split()) <= 12:
        # « même en mission de 3 mois ? » replayed the answer before it (eighth blind user test); the length
        # is what it asks about, before the contract itself.
        return _answered_by_rule(decision, CONTRACT_MINIMUM_ENTRY)
    contract = contract_entry(text, decision)
    if contract is not None and contract in faq:
        return _answered_by_rule(decision, contract)  # « l'intérim c'est possible ? » (fourth blind user test)
    # (The same for intérim: « et pour la mission de 3 mois en interim, c'est eligible ? » got the employers' answer, which says
    # « CDD d'au moins 6 mois en intérim », twice: twenty-seventh blind user test.)
    questions = split_questions(text) if decision.answers in ([CONTRACTS_ENTRY], [INTERIM_ENTRY]) else []
    shorts = [short_contract(q) for q in questions] if len(questions) > 1 else [short_contract(text)]
    if decision.answers in ([CONTRACTS_ENTRY], [INTERIM_ENTRY]) and CONTRACT_MINIMUM_ENTRY in faq and any(shorts):
        if not all(shorts):
            # « un CDI interimaire c eligible ? et une mission de 3 mois en interim ? »: both answers, the derogation after.
            return replace(_answered_by_rule(decision, decision.answers[0]), faq_ids=[decision.answers[0], CONTRACT_MINIMUM_ENTRY])
        # « un CDD de 4 mois renouvelable c'est accepté ? »: the contracts accepted said « at least 6 months »
        # without the derogation that the question is about (sixth blind user test).
        return _answered_by_rule(decision, CONTRACT_MINIMUM_ENTRY)
    if decision.kind in ("suggest", "unclear") and asks_procedure(text) and PROCEDURE_ENTRY in faq:
        return _answered_by_rule(decision, PROCEDURE_ENTRY)
    if decision.answers == [OUTSIDE_ENTRY] and COVERAGE_ENTRY in faq and _job_in_the_region(text):
        # « notre siège est à Rennes mais on recrute pour notre agence de Laval, ça passe ? » got « Non », then a
        # check that found the job eligible (eighth blind user test): the job's place is what counts.
        return _answered_by_rule(decision, COVERAGE_ENTRY)
    return contract_minimum_rule(decision, text, faq)


#: The answer on how the candidates are found and chosen (France Travail looks for them, the employer selects them).
SELECTION_ENTRY = "selection_candidats"
#: France Travail (or Pôle emploi) asked to help or to find candidates (folded): « france travail peut nous aider ? », « pole emploi
#: peut nous en trouver ? », « c'est france travail qui nous envoie des candidats ? ».
_FRANCE_TRAVAIL = r"(?:france travail|pole emploi|reseau pour l emploi)"
_FINDS_CANDIDATES = re.compile(
    # (France Travail then a verb that asks for its help, close by: « … que France Travail nous présentera. Entre notre demande et
    # l'entrée en formation, combien de temps … ? » or « France Travail nous propose une AFPR … » ask something else: a measure of
    # the rule on data/faq's own examples, 2026-12-03)
    rf"\b(?:{_FRANCE_TRAVAIL}\s+(?:peut|peuvent|pourrait|pourra|va|vont|saura)\b|c est {_FRANCE_TRAVAIL} qui\b)(?:\s+\w+){{0,3}}?\s+"
    r"(?:aid\w*|trouv\w*|propos\w*|envoi\w*|envoy\w*|cherch\w*|recherch\w*|fourni\w*|accompagn\w*|sourc\w*|present\w*)\b"
)


def asks_for_candidates_found(text: str) -> bool:
    """A question whether France Travail helps find the candidates (:data:`_FINDS_CANDIDATES`), which the FAQ's answer on the
    candidates' selection answers."""
    return "?" in (text or "") and bool(_FINDS_CANDIDATES.search(normalize(text or "")))


#: Meeting the candidate before the hiring (folded): « on peut le voir avant ? », « rencontrer les candidats avant la formation »,
#: « les recevoir en entretien ». Not something else seen before (« voir le programme avant ») nor trained (« le former avant »).
_CANDIDATE_NOUNS = r"(?:candidat\w*|personnes?|stagiaires?|jeunes?|postulant\w*|profils?|recrues?|futurs? salaries?|futures? salariees?)"
_MEETS_THE_CANDIDATE = re.compile(
    r"\b(?:(?:le|la|les|l)\s+(?:voir|rencontrer|recevoir|connaitre|auditionner|interroger)"
    rf"|(?:voir|rencontrer|recevoir|connaitre|auditionner)\s+(?:le|la|les|ce|cette|ces|nos|notre|mon|ma|mes|un|une|des)\s+{_CANDIDATE_NOUNS})\b"
    r"(?:\s+\w+){0,4}?\s+(?:avant|au prealable|en amont|en entretiens?)\b"
)
_ASKS_IT = re.compile(r"\b(?:on peut|on pourra|on pourrait|je peux|je pourrai|je pourrais|peut on|pourra t on|est ce|possible|nous pouvons)\b")


def meets_the_candidate_before(text: str) -> bool:
    """A question whether the employer may meet the candidate before hiring (:data:`_MEETS_THE_CANDIDATE`), which the FAQ's
    answer on the candidates' selection answers."""
    plain = normalize(text or "")
    return bool(_MEETS_THE_CANDIDATE.search(plain)) and ("?" in (text or "") or bool(_ASKS_IT.search(plain)))


#: Whom to contact, asked (folded): « c'est qui le contact ? », « on contacte qui ? », « qui est l'interlocuteur ? ».
_WHO_TO_CONTACT = re.compile(
    r"\b(?:c est qui|c qui|c ki|qui est|qui sont)\s+(?:le|la|les|l|notre|nos|votre|vos|mon)\s*(?:contacts?|interlocut\w*|correspondant\w*)\b"
    r"|\b(?:contacts?|interlocut\w*|correspondant\w*)\s+(?:c est qui|c qui|c ki)\b"
    r"|\b(?:on|je|j|nous)\s+(?:contacte|contacter|contactons|appelle|appeler|appelons|ecris|ecrit|ecrire|m adresse|s adresse|nous adressons)\s+qui\b"
    r"|\b(?:dois|doit|devons|faut)\s+(?:contacter|appeler|joindre|ecrire a)\s+qui\b"
    r"|\bqui\s+(?:contacter|appeler|joindre)\b"
)


def asks_who_to_contact(text: str) -> bool:
    """Whether ``text`` asks whom to contact (:data:`_WHO_TO_CONTACT`): whom the request is sent to, in every department."""
    plain = normalize(text or "")
    return bool(_WHO_TO_CONTACT.search(plain)) and not _DURING_THE_TRAINING_TOO.search(plain)


#: Someone to talk to during the training (folded), the referent's answer: « qui est notre interlocuteur à l'organisme ? ».
_DURING_THE_TRAINING_TOO = re.compile(r"\b(?:pendant|durant|au cours|stages?|organismes?|formateurs?|tuteurs?|tutrices?)\b")


#: The answer on the employers' size (none).
SIZE_ENTRY = "limite_nombre_salaries"
#: A self-employed or one-person employer (folded): « auto entrepreneur », « micro entreprise », « à mon compte », « sans salarié ».
_SELF_EMPLOYED = re.compile(
    r"\b(?:auto ?entrepreneu\w*|micro ?entrepr\w*|entrepreneu\w* individuel\w*|entreprise individuelle|independant\w*|freelance|"
    r"a (?:mon|notre|son) compte|profession liberale|sans (?:aucun )?salaries?|seule? dans (?:ma|mon|l) (?:boite|entreprise|societe|structure))\b"
)


def _self_employed_may_use_it(text: str) -> bool:
    """A question whether a self-employed employer may use the scheme or hire with it (« jsuis auto entrepreneur, je peux
    embaucher qqn avec ce dispositif ? »)."""
    plain = normalize(text or "")
    # (Not « … par où je commence pour vous contacter ? », which asks how: a measure of the rules on data/faq's own examples.)
    return (("?" in (text or "") or bool(_COVERAGE_QUESTION.search(plain))) and bool(_SELF_EMPLOYED.search(plain))
            and bool(_MAY_USE_IT.search(plain)) and not _OPEN_WORDS.search(plain) and not re.search(r"\bpar ou\b", plain))


#: Whether something works or is accepted, asked (folded): « ça marche aussi ? », « c'est possible ? », « ça passe ? ».
_ASKS_WHETHER_IT_APPLIES = re.compile(
    r"\b(?:ca marche|ca passe|ca fonctionne|ca compte|c est possible|possible|eligibles?|valable|accepte\w*|concerne\w*)\b"
)


def candidates_found_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:data:`SELECTION_ENTRY` (France Travail looks for the candidates, the employer selects them) for a question whether France
    Travail finds or sends candidates that the classifier was unsure of, also within the forms (« question: pour le 2e poste on a
    pas de candidat, france travail peut nous en envoyer ? » at the hours was 2 hours, at the date the date's explanation:
    fifty-first blind user test, u51-08); ``decision`` itself otherwise. The same rule as outside the forms."""
    if (SELECTION_ENTRY in faq and decision.kind in ("suggest", "unclear", "out_of_scope") and not (text or "").startswith("/")
            and asks_for_candidates_found(text)):
        return _answered_by_rule(decision, SELECTION_ENTRY)
    return decision


def current_employee_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:data:`PUBLIC_ENTRY` (job seekers only) for a question whether the scheme works for one of the employer's current employees
    that the classifier was unsure of, also within the forms (« et si l'un des deux est deja chez nous en PEC, ca marche aussi ? »
    at the recap got « Je n'ai pas de réponse »: forty-seventh blind user test, u47-04); ``decision`` itself otherwise."""
    # (Someone already with the employer: not « … que toute la formation se fasse … par nos salariés. Est-ce possible ? », a measure
    # of the rules on data/faq's own examples.)
    plain = normalize(text or "")
    if (PUBLIC_ENTRY in faq and decision.kind in ("suggest", "unclear") and not text.startswith("/") and _asks_for_our_employee(text)
            and _ASKS_WHETHER_IT_APPLIES.search(plain) and re.search(r"\bdeja\b", plain)):
        return _answered_by_rule(decision, PUBLIC_ENTRY)
    return decision


#: The answer on foreign employees (job seekers with a work permit).
FOREIGN_ENTRY = "salaries_etrangers"
#: The candidate's registration at France Travail named (folded): « inscrit », « inscription ».
_CANDIDATE_REGISTERED = re.compile(r"\b(?:inscri\w*|inscription)\b")
#: A foreigner named (folded): what the answer on foreign employees is about.
_FOREIGNER = re.compile(
    r"\b(?:etrangers?|etrangeres?|nationalit\w*|titres? de sejour|cartes? de sejour|autorisations? de travail|permis de travail|"
    r"refugie\w*|visas?|sans papiers?|europeen\w*|hors (?:ue|union europeenne)|asile|protection internationale|ressortissant\w*)\b"
)
#: The employer's own registration or the procedure's (folded): « on doit s'inscrire sur le site ? », « comment je m'inscris ? ».
_OWN_REGISTRATION = re.compile(
    r"\b(?:m|nous|me) inscri\w*|\b(?:je|on|nous) (?:\w+ )?(?:s |m |nous )?inscri\w*|\binscri\w* (?:sur|au|a) (?:le |la |l )?(?:site|dispositif|plateforme|"
    r"formulaire|programme)\b|\bcomment (?:on |je |il |elle )?(?:s |m )?inscri\w*"
)


def candidate_registration_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:data:`PUBLIC_ENTRY` (job seekers registered at France Travail, whatever their category) for a question on the candidate's
    registration that names no foreigner, which the classifier gave the answer on foreign employees, or was unsure of between the
    two (« le candidat doit etre inscrit a france travail ? » and « et s'il est pas inscrit ? » got « Les salariés étrangers … »:
    forty-ninth blind user test, u49-03); ``decision`` itself otherwise."""
    from bot.extractors.candidate import extract_candidate_status

    plain = normalize(text or "")
    # (A foreigner named by their nationality too: « slt le gars est espagnol, il est inscrit a france travail, c ok ? », a measure of
    # the rules on data/faq's own examples.)
    if (text.startswith("/") or PUBLIC_ENTRY not in faq or not _CANDIDATE_REGISTERED.search(plain) or _FOREIGNER.search(plain)
            or (extract_candidate_status(text) or "").startswith(("etranger", "autorisation"))
            or _OWN_REGISTRATION.search(plain) or not ("?" in text or re.search(r"\b(?:faut|doit|doivent|est ce)\b", plain))):
        return decision
    unsure = decision.kind in ("suggest", "unclear", "out_of_scope") and decision.suggestions[:1] in ([PUBLIC_ENTRY], [FOREIGN_ENTRY])
    if decision.answers == [FOREIGN_ENTRY] or unsure:
        return _answered_by_rule(decision, PUBLIC_ENTRY)
    return decision


#: The answer on who builds the training and the referent who follows the trainee.
REFERENT_ENTRY = "construction_parcours_referent"
#: Someone following the trainee (folded): a tutor, a referent, « qui accompagne / suit / encadre … ».
_FOLLOWING = re.compile(
    r"\b(?:tuteurs?|tutrices?|referents?|accompagnat\w*|accompagnement|(?:qui|quelqu un qui|quelqu un pour|personne qui)\s+"
    r"(?:l |le |la |les )?(?:accompagne\w*|sui\w*|encadre\w*))\b"
)
#: During the training (folded): « pendant la formation », « durant ses stages », « en formation ».
_DURING_THE_TRAINING = re.compile(
    r"\b(?:pendant|durant|tout au long d\w*|au cours d\w*|lors d\w*)\s+(?:la |le |sa |son |ses |les |l |du |des )?(?:formation|stages?|parcours)\b|"
    r"\ben (?:formation|stage)\b"
)
#: What the other answers on tutors are about (folded): the whole training given in house, the Parcours Emploi Tutorat, pay.
_NOT_THE_REFERENT = re.compile(
    r"\b(?:toute la formation|tout le parcours|integralit\w*|entierement|de a a z|uniquement|seulement|sans (?:organisme|of)\b|"
    r"remplac\w*|assurer la formation|former (?:nous|lui|en interne)|en interne|tutorat|pet\b|pay\w*|remunere\w*|salaire)"
)


def asks_who_follows_the_trainee(text: str) -> bool:
    """Whether ``text`` asks about someone who follows the trainee during the training (a tutor, a referent): the FAQ's
    referent (:data:`REFERENT_ENTRY`), not the training given wholly in house nor the Parcours Emploi Tutorat."""
    plain = normalize(text or "")
    return bool(_FOLLOWING.search(plain) and _DURING_THE_TRAINING.search(plain)) and not _NOT_THE_REFERENT.search(plain)


#: The answer on who may benefit (job seekers only), and on the bridges with the IAE.
PUBLIC_ENTRY = "public_beneficiaire"
#: The answer on the candidate's study level (no limit).
STUDIES_ENTRY = "niveau_etudes"
#: The candidate's studies or diploma named (folded): « jeune diplômé », « sort d'école », « sans diplôme », « niveau d'études ».
_STUDIES_WORDS = re.compile(
    r"\b(?:diplom\w*|niveau d etudes?|niveau scolaire|etudes|etudiant\w*|sort\w* d (?:ecole|etudes|formation)|bac|bts|licence|master)\b"
)
#: The candidate's registration named (folded).
_REGISTRATION_WORDS = re.compile(r"\b(?:inscri\w*|france travail|pole emploi|demandeu\w* d emplois?|chomeu\w*)\b")


#: Asking about the study level without a question mark (folded): « il faut un niveau d'études minimum », « je voudrais savoir
#: si … », « est-ce que … ».
_STUDIES_ASKED = re.compile(
    r"\b(?:niveau|minimum|faut|faudrait|exige\w*|requis\w*|oblig\w*|limit\w*|savoir si|est ce qu\w*|demande si|possible|peut|peuvent)\b"
)


def _asks_about_studies(text: str) -> bool:
    """Whether ``text`` asks something (a question mark, or :data:`_STUDIES_ASKED`), rather than only stating the candidate's
    studies (« c'est un jeune qui sort d'études, pas inscrit »)."""
    return "?" in (text or "") or bool(_STUDIES_ASKED.search(normalize(text or "")))


def _a_project_stated(text: str) -> bool:
    """Whether ``text`` states a hiring project (a contract named), the studies said being the candidate's in it."""
    from bot.extractors.contract import extract_contract

    return extract_contract(text or "") is not None


def _asks_studies_and_registration(text: str) -> bool:
    """A question naming both the candidate's studies or diploma and the registration at France Travail."""
    plain = normalize(text or "")
    return bool(_STUDIES_WORDS.search(plain) and _REGISTRATION_WORDS.search(plain))
IAE_ENTRY = "place_iae"
#: « je peux en bénéficier ? »: the employer asking whether the scheme is for them, not who the candidates may be.
_EMPLOYER_BENEFITS = re.compile(r"\b(?:je|j|on|nous)\s+(?:peux|peut|pouvons|pourrais|pourrait|pourrions)\s+(?:en\s+)?beneficier\b")
#: The IAE named (« chantier d'insertion », « IAE », « entreprise d'insertion »), on normalised text.
_IAE_WORDS = re.compile(r"\b(?:(?:ateliers?\s+)?chantiers?\s+d\s+insertion|iae|entreprises?\s+d\s+insertion|structures?\s+d\s+insertion|etti)\b")
#: A correction right after it (« chantier d'insertion... non pardon d'une régie de quartier »).
_TAKEN_BACK = re.compile(rf"\s*(?:\w+\s+)?{alternation(CORRECTION_PHRASES + ('non',))}\b")


def _iae_taken_back(text: str) -> bool:
    """The IAE named, then corrected at once (« responsable d'un chantier d'insertion... non pardon d'une regie de
    quartier »: twenty-third blind user test, the answer on the IAE given all the same), and not named after."""
    plain = normalize(text)
    mentions = list(_IAE_WORDS.finditer(plain))
    return bool(mentions) and _TAKEN_BACK.match(plain, mentions[-1].end()) is not None


#: « c'est que pour les métiers manuels ? »: only some trades or sectors (the FAQ: « dans tous les secteurs »), on normalised text.
_ONLY_SOME_TRADES = re.compile(
    r"\b(?:que|seulement|uniquement|reserve\w*|limite\w*)\s+(?:pour|aux|a)\s+(?:les\s+|des\s+|certains\s+|certaines\s+)?"
    r"(?:metiers?|secteurs?|domaines?|branches?|filieres?)\b"
)


def _place_and_who_benefits(decision: Decision, text: str) -> Decision:
    """« Je suis dans la Loire, a Roanne, c'est les pays de la loire non ? je peux en beneficier ? »: the place answered,
    « je peux en bénéficier ? » is the same question, not who the candidates may be (the job seekers' answer was added:
    twenty-third blind user test)."""
    places = [i for i in decision.answers if i in (OUTSIDE_ENTRY, COVERAGE_ENTRY)]
    if places and PUBLIC_ENTRY in decision.answers and len(decision.answers) == 2 and _EMPLOYER_BENEFITS.search(normalize(text)):
        return replace(decision, faq_id=places[0], faq_ids=places)
    return decision


#: The kinds of contract of a comparison (folded), and what asks for one.
_CONTRACT_KINDS = re.compile(r"\b(cdi|cdd|interim|alternance|apprentissage|contrat pro|professionnalisation)\b")
_COMPARES = re.compile(r"\b(?:difference|diff|eligib\w*|accepte\w*|lequel|laquelle|mieux|possible|compte|pareil|meme chose)\b")


def contracts_comparison_rule(decision: Decision, text: str, faq: Faq) -> Decision:
    """:data:`CONTRACTS_ENTRY` for a comparison of contracts the classifier put first but was unsure of (« c'est quoi la difference
    pour vous entre cdd et cdi niveau eligibilite ? » while the check asked which one got three questions: twenty-seventh blind
    user test); ``decision`` itself otherwise. Also within the forms."""
    if decision.kind in ("suggest", "unclear") and CONTRACTS_ENTRY in decision.suggestions[:1] and CONTRACTS_ENTRY in faq and _compares_contracts(text):
        return _answered_by_rule(decision, CONTRACTS_ENTRY)
    return decision


def _compares_contracts(text: str) -> bool:
    """A question comparing two kinds of contract or asking which one is accepted (« entre cdd et cdi niveau eligibilite ? »)."""
    plain = normalize(text)
    return len(set(_CONTRACT_KINDS.findall(plain))) >= 2 and bool(_COMPARES.search(plain)) and ("?" in text or "difference" in plain)


#: Wanting to keep one's employee, pass them to a CDI or have them trained (normalised text): « je voudrais la passer en CDI »,
#: « on voudrait transformer son CDD en CDI et le former », « on aimerait la garder ».
_KEEP_AND_TRAIN = re.compile(
    r"\b(?:je|j|on|nous)\s(?:voudrais|voudrait|voudrions|veux|veut|voulons|souhaite|souhaiterais|souhaiterait|souhaitons|aimerais|aimerait"
    r"|aimerions|envisage|envisageons|compte|comptons|pense|pensons)\s(?:\w+\s){0,2}?"
    r"(?:passer|garder|conserver|titulariser|transformer|convertir|former|faire\s(?:suivre|passer|former))\b"
)


def _asks_for_our_employee(text: str) -> bool:
    """A question whether the scheme serves one of the employer's current employees (:mod:`bot.extractors.candidate`), or the
    wish to keep one and have them trained (« … je voudrais la passer en CDI et lui faire suivre une formation. On est à Nantes. »)."""
    from bot.extractors.candidate import extract_candidate_status

    plain = normalize(text)
    return extract_candidate_status(text) == "salarie" and ("?" in text or bool(_COVERAGE_QUESTION.search(plain) or _KEEP_AND_TRAIN.search(plain)))


#: Using the scheme to hire, or being concerned by it (normalised text), for a type of employer named.
_MAY_USE_IT = re.compile(
    r"\b(?:recrut\w*|embauch\w*|engager|benefici\w*|profiter|utiliser|eligibles?|concernee?s?|droit|acces|acceder|pretendre|ouverte?s?"
    r"|recourir|participer|solliciter|passer par|faire appel|y avoir)\b"
    # (« peut on former des aides soignantes avec ce dispositif » : forty-first blind user test)
    # (a training or a hiring with it, not any « avec le dispositif »: « les SIAE peuvent-elles s'articuler avec le dispositif ? »
    # is about the IAE, a measure of the rules on data/faq's own examples, bot.quality.rule_reach)
    r"|\b(?:form\w*|recrut\w*|embauch\w*)\b[^?]{0,60}\b(?:avec|via|par) (?:ce|le|votre|vot) dispositif\b"
)


def _public_employer_or_association(text: str) -> str | None:
    """« public » or « association » for a question whether such an employer may use the scheme or hire with it (« Une
    collectivité peut-elle recruter un agent contractuel ? », « notre asso peut embaucher en CDI ? »); None otherwise (a private
    company, named in most questions, is no case of its own)."""
    from bot.submission.validators.employer import validate_employer_type

    plain = normalize(text)
    if ("?" not in text and not _COVERAGE_QUESTION.search(plain)) or not _MAY_USE_IT.search(plain):
        return None
    kind = validate_employer_type(text).value
    return kind if kind in ("public", "association") else None


#: The entry that presents the scheme, and the one on the kinds of training (« Tout est possible… »).
PRESENTATION_ENTRY = "presentation_dispositif"
TRAINING_KIND_ENTRY = "type_de_formation"
#: Hiring someone (normalised text).
_TO_HIRE = re.compile(r"\b(?:embauch\w*|recrut\w*|engager|prendre (?:quelqu un|qqun|qqn|qq1|une personne))\b")
#: Having the one hired trained (normalised text): « il faut le former », « et la former », « le faire former », « lui faire
#: suivre une formation », « quelqu'un à former », « embaucher et former un jeune ».
_TO_TRAIN = re.compile(
    r"\b(?:le|la|les|l)\s(?:faire\s)?former\b|\b(?:le|la|les|l)\s(?:faire\s)?(?:suivre|passer)\s(?:une|la)\sformation\b"
    r"|\b(?:lui|leur)\s(?:faire\s)?(?:suivre|payer|financer|donner|offrir)\s(?:une|la)\sformation\b|\ba\sformer\b"
    r"|\b(?:embaucher|recruter|engager)\s(?:et|puis)\s(?:de\s)?former\b"
)
#: Asking whether it can be done, or for help with it (normalised text).
_CAN_IT_BE_DONE = re.compile(
    r"\b(?:possible|faisable|jouable|realisable|envisageable|ca se fait|ca marche|c est ok|on peut|je peux|peut on|peux je"
    r"|(?:vous\s)?(?:pouvez|pourriez)\s(?:m\s|nous\s)?aider|aidez\s(?:moi|nous)|un coup de main|vous pouvez quelque chose)\b"
)
#: A question on something more precise (its answer is another entry's): « la formation dure combien de temps ? ».
_PRECISE_QUESTION = re.compile(r"\b(?:combien|quand|comment|pourquoi|quel|quelle|quels|quelles|duree|cout|coute|prix|delai)\b")


#: « … ou pas », « … ou non » after a yes-no question (folded).
_OR_NOT = re.compile(r"\s+ou (?:pas|non)\s*(?=\??$)")


#: « Possible ? », « est-ce possible ? », « on peut ? », « c'est ok ? » alone (folded, without « ou pas »): whether it can be done,
#: said without a subject (« … en CDI mais seulement 15h/semaine. Possible ? » got « Tout est possible »: forty-eighth blind user
#: test, u48-08).
_BARE_POSSIBLE = re.compile(
    r"^(?:(?:et|mais|donc|alors|bref)\s+)?(?:est ce\s+|c est\s+|c\s+)?(?:possible|faisable|jouable|envisageable|realisable|ok)"
    r"|^(?:(?:et|mais|donc|alors|bref)\s+)?(?:on peut|je peux|peut on|peux je|ca se fait|on a le droit)(?:\s+(?:le faire|faire ca))?\s*\??$"
)


def _asks_only_if_possible(part: str) -> bool:
    """« c'est faisable ou pas ? », « c possible ? », « ça passe ? », « Possible ? » as the part's last sentence: whether it can be
    done, and nothing more (folded)."""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+|[,;:]\s*", part or "") if x.strip(" ?!.")]
    for said in dict.fromkeys([part or "", *sentences[-1:]]):
        plain = _OR_NOT.sub("", normalize(said)).strip()
        if ASKS_IF_POSSIBLE.search(plain) or _BARE_POSSIBLE.fullmatch(plain.strip(" ?")):
            return True
    return False


def _feasibility_not_the_training(decision: Decision, text: str) -> Decision:
    """``decision`` without the answer on the kinds of training (« Tout est possible… ») to a question of the message that only
    asks whether it can be done, when the message states its contract: it asks whether that hiring can be done, which the answers
    on the contract and the check's verdict answer (« … saisonniers d'avril a septembre (5 mois et demi) … c'est faisable ou
    pas ? » got « Tout est possible », though the contract needs a derogation: forty-fourth blind user test, u44-08)."""
    from bot.extractors.contract import extract_contract

    if TRAINING_KIND_ENTRY not in decision.answers:
        return decision
    part = decision.answered_parts.get(TRAINING_KIND_ENTRY) or text
    from bot.submission.validators.hours import job_hours_said

    # (The contract, or the weekly hours, stated: « … en CDI mais seulement 15h/semaine. Possible ? » (forty-eighth blind user test).)
    if not _asks_only_if_possible(part) or extract_contract(text) is None and job_hours_said(text) is None:
        return decision
    kept = [i for i in decision.answers if i != TRAINING_KIND_ENTRY]
    if not kept:
        return Decision("unclear", confidence=decision.confidence, intent=FALLBACK_INTENT, criticism=decision.criticism,
                        unanswered_parts=decision.unanswered_parts)
    return replace(decision, faq_id=kept[0], faq_ids=kept, answered_parts={i: p for i, p in decision.answered_parts.items() if i in kept})


def asks_to_hire_and_train(text: str) -> bool:
    """Whether ``text`` asks whether one may hire someone and have them trained, or for help with it (« je veu embaucher qqun
    mais il faut le former c possible ? », « je cherche a embaucher un apprenti mais faut le former, vous pouvez aider ? »):
    what the scheme is for, presented (:data:`PRESENTATION_ENTRY`). Not a more precise question (« combien », « quand »…)."""
    plain = normalize(text or "")
    return bool(_TO_HIRE.search(plain) and _TO_TRAIN.search(plain) and _CAN_IT_BE_DONE.search(plain)) and not _PRECISE_QUESTION.search(plain)


#: A question on how the scheme works, asking nothing more precise (folded, without its question mark): « comment ça marche »,
#: « ça se passe comment », « comment ça fonctionne », « quel est le principe ».
_HOW_IT_WORKS = re.compile(
    r"(?:comment (?:(?:ca|cela|c|ce|tout ca|ca se|cela se) )?(?:marche|fonctionne|passe|se passe|deroule|se deroule|procede|s organise)"
    r"(?: t il| t elle)?|(?:ca|cela|tout ca|c|ce|le dispositif|votre dispositif|ce dispositif|le principe) (?:marche|fonctionne|se passe|se deroule"
    r"|s organise|passe|deroule) comment|(?:quel est|c est quoi|c quoi) (?:le|son|votre) (?:fonctionnement|principe)"
    r"|(?:vous pouvez |pouvez vous |tu peux )?(?:m |nous )?expliquer (?:le fonctionnement|le principe|comment (?:ca|cela) "
    r"(?:marche|fonctionne|se passe)))"
)
#: The steps asked, nothing more precise (folded): « quelles sont les étapes », « c'est quoi la démarche », « la marche à suivre ».
_STEPS_ASKED = re.compile(
    r"(?:quelles sont |c est quoi |c quoi |quelle est |et )?(?:les etapes|la demarche|les demarches|la procedure|la marche a suivre)"
    r"(?: a suivre| a faire)?(?: c est quoi| sont quoi)?"
)
#: What may be said before such a question (folded): not « et après », « une fois la demande envoyée », which ask what comes next.
_BEFORE_HOW = re.compile(r"^(?:(?:et|alors|donc|du coup|mais|bon|ok|bref|sinon|bonjour|en fait|concretement)\s+)*")
#: And after it: « concrètement », « pour nous », « le dispositif », « svp »…
_AFTER_HOW = re.compile(
    r"(?:\s+(?:concretement|exactement|en pratique|en gros|pour nous|pour moi|dans ce cas|dans notre cas|avec vous|svp|s il vous plait"
    r"|s il vous plais|merci|alors|du coup|au juste|le dispositif|votre dispositif|ce dispositif|ce truc|votre truc|tout ca"
    r"|1 emploi 1 formation|un emploi une formation|de votre cote|chez vous|en general|la))*$"
)


def how_it_works_entry(text: str) -> str | None:
    """For a message with a question on how the scheme works, and nothing more precise (« … 3 caristes en CDI intérimaire …
    Comment ça marche ? » started the check, the question without an answer: forty-second blind user test, u42-03), the entry
    that answers it: :data:`PRESENTATION_ENTRY` (what the scheme does), or :data:`PROCEDURE_ENTRY` for the steps; else None."""
    for question in split_questions(text or ""):
        # (The question's last clause too: « on est un garage a Laval, on cherche un mecano en CDI, ça se passe comment ? ».)
        for clause in dict.fromkeys((question, re.split(r"[,:;]|\s-\s", question)[-1])):
            plain = _AFTER_HOW.sub("", _BEFORE_HOW.sub("", normalize(clause).strip(" ?!.")))
            if _HOW_IT_WORKS.fullmatch(plain):
                return PRESENTATION_ENTRY
            if _STEPS_ASKED.fullmatch(plain):
                return PROCEDURE_ENTRY
    return None


def _head_office_and_job_entry(text: str, decision: Decision) -> str | None:
    """For a question the classifier was unsure about that names the head office and the job's place (« notre siege est a paris
    mais le poste est a angers, ca passe ? » got « pas certain d'avoir compris » and three questions, the same said formally
    being answered: forty-fourth blind user test, u44-12), the entry on the job's place, which is what counts: the places
    covered, or outside the region, that only its employers can. None otherwise."""
    from bot.extractors.place import Place, extract_job_place

    plain = normalize(text or "")
    if (decision.kind not in ("suggest", "unclear", "out_of_scope") or not _HEAD_OFFICE_NAMED.search(plain)
            or not _COVERAGE_QUESTION.search(plain + ("?" if "?" in (text or "") else ""))):
        return None
    place = extract_job_place(text)
    if not isinstance(place, Place):
        return None
    return COVERAGE_ENTRY if place.in_region else OUTSIDE_ENTRY


def _job_in_the_region(text: str) -> bool:
    from bot.extractors.place import Place, extract_job_place

    place = extract_job_place(text)
    return isinstance(place, Place) and place.in_region


def contract_minimum_rule(decision: Decision, text: str, faq: Faq, about_a_contract: bool = False) -> Decision:
    """:data:`CONTRACT_MINIMUM_ENTRY` for a question on how long the contract must last (:func:`asks_contract_minimum`),
    whatever the classifier said: it gave the training's length, or nothing (fourth blind user test, 2026-11-30)."""
    if len(decision.answers) <= 1 and asks_contract_minimum(text, about_a_contract) and CONTRACT_MINIMUM_ENTRY in faq:
        return _answered_by_rule(decision, CONTRACT_MINIMUM_ENTRY)
    return decision


def _answered_by_rule(decision: Decision, faq_id: str) -> Decision:
    """``faq_id`` answered with certainty (a criticism that opened the message stays noted, and the questions of the message no
    entry answered alone, which the rule may not answer either)."""
    return Decision("answer", faq_id=faq_id, confidence=1.0, intent=RETRIEVAL_INTENT, faq_ids=[faq_id], criticism=decision.criticism,
                    unanswered_parts=decision.unanswered_parts)


#: An offer is taken up by the yes words of the consent step (:data:`YES_WORDS`: « vasy », « d'ac » were not, twenty-second
#: blind user test) and by words that only move on.
_ACCEPT = re.compile(
    rf"^{alternation((*YES_WORDS, 'on y va', 'allons y', 'allez', 'c est parti', 'banco', 'pourquoi pas', 'on verifie', 'verifions', 'je veux bien', 'parfait', 'super', 'top'))}\b"
)
#: Wanting to check, to see or to know takes up an offer to check (« oui je veux vérifier », « oui j'aimerais savoir si je suis
#: éligible », « oui, vérifions d'abord l'éligibilité »), where at the consent step it holds the yes back (:data:`HELD_BACK`);
#: not « je vais voir », « je dois vérifier », « je souhaiterais vérifier les conditions » (answer corpus).
_TAKING_UP = re.compile(
    r"\b(?:je|j|on|nous)\s(?:veux|voudrais|souhaite|souhaiterais|aimerais|voulons|voudrions)\s(?:bien\s)?(?:verifier|voir|savoir)"
    r"(?:\s(?:avec vous|maintenant|tout de suite|si\b.*|l eligibilite\b.*))?$|"
    r"\b(?:je|on)\s(?:vais|va)\s(?:verifier|regarder)\savec vous$|"
    r"\b(?:verifions|regardons) d abord\b|\bd abord (?:la verification|l eligibilite|verifier)\b"
)
#: A « pas », a « non » in what follows a yes takes it back (« ça marche pas »: answer corpus).
_NEGATED = re.compile(r"\b(?:pas|non|refuse\w*|jamais|plus tard)\b")
_DECLINE = re.compile(r"^(?:non|nan|no|sans facon)\b")
#: « Not now » opening a message (folded), then its reason: « pas tout de suite, je dois en parler au bureau de l'asso. merci » got
#: the FAQ's answer on employers (forty-fourth blind user test, u44-02): a polite no for now, as « non merci » is, unless it asks.
_NOT_NOW_FIRST = re.compile(
    rf"^(?:(?:merci|mais|bon|ben|euh|alors|ah|oh|hmm)\s+)*{NOT_NOW}\b"
)
#: What asks in a message (folded): a question word (not « quand », said of a later time: « je reviens quand j'aurai … »).
_ASKS_IN_IT = re.compile(r"\b(?:comment|combien|pourquoi|quel|quels|quelle|quelles|quoi|est ce|c est quoi|qu est ce)\b")
#: « préparons la demande », « on peut la faire maintenant », « je veux bien faire la demande » (folded).
_GO_ON_WITH_THE_REQUEST = re.compile(
    r"\b(?:preparons|faisons|lancons|remplissons|commencons) (?:la|ma|notre|cette) demande\b|"
    r"\b(?:on|je|nous) (?:fait|fais|faisons|prepare|prepares|lance|remplit|remplis|commence)(?: maintenant)? (?:la|ma|notre|cette) demande\b|"
    r"\b(?:on|je|nous) (?:peut|peux|pouvons|veux|voudrais|veut) (?:bien )?(?:la faire|la preparer|faire (?:la|ma) demande|preparer (?:la|ma) demande)\b"
)


#: What holds a « pas » or a « non » and negates nothing after a yes (folded).
_NOT_A_NEGATION = re.compile(
    r"\bpourquoi pas\b|\bpas (?:question|besoin|la peine) (?:d attendre|d hesiter|de trainer|de perdre)\b|\bpas d hesitation\b|^\s*non\b(?=\s+(?:pas de|aucun)\b)"
)


def _states_the_project(text: str) -> bool:
    """Whether ``text`` states an answer of the check: the contract, its length, the candidate. (Not a place alone: « top, on
    fait la demande pour chateaubriant alors » may be another site's request, read as such.)"""
    from bot.eligibility.dialogue import CANDIDATE_FACT_SLOTS, OPTIONS_SLOT, understand

    read = understand(text, None, {})
    # (A bare « alternance » is the contract's options, not a contract: « ok mais c'est en alternance », « oui, c'est pour un
    # contrat en alternance » were no longer a yes but for « affirm »: second review of the session on the alternance.)
    return not read.interruption and any(
        s in read.updates for s in ("contract_type", "contract_duration", OPTIONS_SLOT, "candidate_status", *CANDIDATE_FACT_SLOTS))


def offer_reply(text: str, intent: str | None) -> str | None:
    """« accept », « decline » or « correct » when the message answers the assistant's offer, else None.

    Short acceptances the classifier may not know (« on y va », « go ») count as well; a « non »
    that names a place (« ah non pardon, on est à Nantes ») corrects what was said: « correct ».
    """
    from bot.extractors.place import Place, extract_place

    plain = normalize(text or "")
    # What holds a yes back, refused, deferred or held back, is no acceptance whatever the classifier read (« ça marche pas »,
    # « ok mais faut lui demander », « oui je vais demander », « pas de souci mais je refuse » with « affirm »: answer corpus).
    taking_up = _TAKING_UP.search(plain)
    unqualified = withheld(_TAKING_UP.sub(" ", plain) if taking_up else text or "") is None
    if going_ahead(text) and unqualified:
        return "accept"  # « bon allez je me lance », « ok convaincu, je me lance » (thirtieth blind user test)
    # (Not « pas de souci, je reviendrai », « je ne suis pas contre, mais je dois d'abord trouver le candidat »: a « not now »,
    # which started the request: review of the twentieth blind user test's fixes. Looking at it or asking for it now is no
    # « later »: « on regarde tout de suite », « je vous demande de la préparer maintenant »: fourth and fifth reviews.)
    if (agreeing_litote(plain) and unqualified and not _NEGATED.search(AGREEING_LITOTES.sub(" ", plain)) and "?" not in (text or "")
            # (« quand j'aurai trouvé quelqu'un », « quand il pourra commencer » are later; « quand vous voulez », « quand on
            # veut », « quand on peut », « quand il veut » are now, « quand on pourra » later: third to seventh reviews)
            and not re.search(r"\bquand (?:j|je|nous|il|elle|ils|elles)\b(?! (?:veut|voudra|veulent)\b)|\bquand on\b(?! (?:veut|voudra|peut)\b)", plain)):
        return "accept"  # « je n'ai rien contre, on peut la préparer » got « je n'ai pas de réponse » (twentieth blind user test)
    not_now = _NOT_NOW_FIRST.match(plain) is not None and "?" not in (text or "") and not _ASKS_IN_IT.search(plain)
    if intent == "deny" or _DECLINE.search(plain) or not_now:
        if isinstance(extract_place(text or ""), Place):
            return "correct"  # however long: « non c'est pas ça, on est à Cholet en fait »
        if intent == "deny" or len(plain.split()) <= 4 or not_now:
            return "decline"
    opened = _ACCEPT.match(plain)
    # (A short yes is no acceptance with a « pas » after it: « ça marche pas »; « ok pourquoi pas », « oui pas de souci » are.)
    # (« oui pas question d'attendre », « oui pas besoin d'attendre », « oui non pas de souci » are yeses too: review)
    rest = AGREEING_LITOTES.sub(" ", _NOT_A_NEGATION.sub(" ", plain[opened.end():])) if opened else ""
    # (« ça marche pas », « oui non » are no yes with « affirm » either: review)
    if unqualified and not (opened and _NEGATED.search(rest)) and (intent == "affirm" or opened and len(plain.split()) <= 5):
        return "accept"
    if unqualified and opened and not _NEGATED.search(rest) and "?" not in (text or "") and _states_the_project(text):
        # « oui il touche le chômage depuis l'an dernier », « oui, en CDI à Nantes, début en mars »: a yes with what the check
        # reads (its length no longer makes it unclear: the facts are kept with the yes, bot.dialogue.turns.offer_turn).
        return "accept"
    if (_GO_ON_WITH_THE_REQUEST.search(plain) and "?" not in (text or "") and not re.search(r"\b(?:comment|quand|pourquoi|est ce|qu est ce)\b", plain)
            and not isinstance(extract_place(text or ""), Place)):
        return "accept"  # « Oui, préparons la demande de dérogation. » got the derogation's FAQ answer (nineteenth user test)
    return None


#: The entries about the contract (its kind, its length, temporary work, the contracts it is compared with): an answer of
#: theirs is about a supposition of the contract, its length or its weekly hours, and comes before the rules' verdict on it;
#: any other (the lead time, the training…) does not answer it (« et si je le prends à 20h par semaine au début, ça passe quand
#: même ? » got the 2–3-month lead time alone: forty-third blind user test).
CONTRACT_TOPIC_ENTRIES = frozenset({
    CONTRACTS_ENTRY, CONTRACT_MINIMUM_ENTRY, INTERIM_ENTRY, PRO_COMPARISON_ENTRY, "proposition_poste_ferme", "difference_contrat_pec",
})


def off_the_contract(replies: list[Message] | None, faq: Faq) -> bool:
    """Whether ``replies`` give the answer of an FAQ entry, none of them about the contract (:data:`CONTRACT_TOPIC_ENTRIES`);
    a reply that is no entry's answer as such (said by a rule, shortened) is not known to be off it."""
    known = [e for e in (faq.answered_by(str(r.get("text") or "")) for r in replies or []) if e is not None]
    return bool(known) and not any(e in CONTRACT_TOPIC_ENTRIES for e in known)
