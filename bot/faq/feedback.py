"""Typed feedback on an answer: a 👍 or 👎 only when the words say so, and the question
that may follow a criticism (« c'est pas ma question, je voulais savoir si… »).

Votes are read on normalised text, without Rasa: the router (:mod:`bot.faq.router`) answers
the question after a criticism, the actions record the vote.
"""

from __future__ import annotations

import re
from typing import Any

from bot.faq.parse import FAQ_ID_ENTITY
from bot.language.normalize import normalize

#: Slot holding the latest vote, {"faq_id", "value"} (kept in the tracker store, read by the report and the console).
FEEDBACK_SLOT = "faq_feedback"

#: Typed feedback is a vote only when its words say so (on normalised text). A negative
#: phrase is 👎; a positive one is 👍 unless a negation turns it (« pas utile »,
#: « ça m'aide pas », « ne répond pas »); anything else (« ok », « merci », « hmm ») records no vote.
_NEGATIVE_FEEDBACK = re.compile(
    r"\b(?:inutile|nul|nulle|mauvais|mauvaise|faux|fausse|erronee?|incomprehensible|confus|confuse|bof"
    r"|hors sujet|a cote|(?:c est|ce n est|c) pas ca|pas terrible|pas top|sert a rien|rien compris|aucun rapport|rien a voir|correspond pas"
    r"|pas (?:du tout )?(?:ma|la|notre) question|pas (?:du tout )?ce que (?:je |j |nous |on )?j?(?:demand|cherch|voul)\w*"
    r"|(?:pas|mal) compris (?:ma|la|notre) question)\b"
)
_POSITIVE_FEEDBACK = re.compile(
    r"\b(?:utile|utiles|m (?:a )?(?:ete |bien |beaucoup |vraiment |pas |guere |jamais )*aide|aidant|claire?|clairement|parfait|parfaite|super|top|genial|excellente?"
    r"|tres bien|bien explique|bonne reponse|repond|reponds|compris|precise?|complete?|pertinente?)\b"
)
_NEGATION = re.compile(r"\b(?:ne|n|pas|jamais|guere|aucunement|nullement)\b")

#: Where a clause ends: punctuation, or the lead-in of what the employer meant (« je voulais savoir si… »).
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?\n]+\s*"
    r"|\s+(?=(?:je\s+|j['’]\s*|j)(?:voulais|veux|voudrais|souhaite|souhaitais|cherchais|cherche)\s+(?:savoir|connaitre|connaître|demander)\b)"
    r"|\s+(?=je\s+(?:demande|demandais)\s+(?:si|combien|comment|quel|quelle|quels|quelles|qui|quand|où|ou|pourquoi)\b)"
    r"|\s+(?=ma question\s+(?:c'est|c’est|c est|est|était|etait|portait)\b)",
    re.IGNORECASE,
)
#: A whole clause that criticises the previous answer itself (on normalised text). Narrower than
#: :data:`_NEGATIVE_FEEDBACK`, which only reads messages already classified as feedback: a question
#: that opens with « on est à côté de Nantes » or « le candidat ne répond pas aux critères » is no criticism.
_CRITICISM = re.compile(
    r"^(?:(?:non|mais|bah|ben|euh|desole|pardon|alors|bon)\s+)*"
    r"(?:(?:c est|ce n est|c|ce|ca n est|cela n est|votre reponse n est|la reponse n est) )?(?:pas|toujours pas) "
    r"(?:du tout )?(?:ma question|la question|notre question|ca|ce que (?:je |j |nous |on )?j?(?:demand|cherch|voul)\w*)"
    r"(?: du tout)?$"
    r"|^(?:(?:non|mais)\s+)*(?:ca |cela |votre reponse |la reponse |vous )?(?:ne )?(?:repond|repondez) pas (?:du tout )?a (?:ma|la|notre) question$"
    r"|^(?:(?:non|mais)\s+)*(?:c est |c )?(?:une )?(?:mauvaise reponse|reponse (?:fausse|a cote|hors sujet|a cote de la plaque))$"
    r"|^(?:(?:non|mais)\s+)*(?:c est |c |votre reponse est |vous etes )?(?:hors sujet|a cote de la plaque|completement a cote)$"
    r"|^(?:(?:non|mais)\s+)*vous (?:avez |n avez )?(?:mal |pas )compris(?: ma question)?$"
    r"|^(?:(?:non|mais)\s+)*(?:ca |cela )?(?:n a |a )?rien a voir avec (?:ma|la|notre) question$"
    r"|^(?:(?:non|mais)\s+)*(?:ca |cela )?(?:ne )?correspond pas (?:du tout )?a (?:ma|la|notre) question$"
    # « vous avez pas répondu à ma question, c quoi la différence… » (twenty-fourth blind user test: the question was ignored)
    r"|^(?:(?:non|mais|bah|ben|euh)\s+)*(?:vous |vs |tu |t )?(?:n )?(?:avez|as) (?:toujours |tjs |tjrs )?(?:pas |jamais )repondu"
    r"(?: a (?:ma|la|notre|mes|nos) questions?)?$"
)
#: Clauses that may stand before or between criticisms (« non », « mais non », « désolé »).
_FILLERS = frozenset({"non", "mais non", "non non", "desole", "pardon", "euh", "bah non", "ben non", "helas"})


def _vote(plain: str) -> str | None:
    """« up », « down » or None for normalised text."""
    if _NEGATIVE_FEEDBACK.search(plain):
        return "down"
    if _POSITIVE_FEEDBACK.search(plain):
        return "down" if _NEGATION.search(plain) else "up"
    return None


def question_after_criticism(text: str) -> str | None:
    """The question asked after a criticism of the previous answer, or None.

    « c'est pas ma question, je voulais savoir si le stagiaire est payé » →
    « je voulais savoir si le stagiaire est payé ». The message is cut into
    clauses on its raw text (punctuation, « je voulais savoir… »); each clause
    is then read normalised. The message must open with whole clauses that
    criticise the answer (:data:`_CRITICISM`) or fillers such as « non »; a
    question that merely contains « faux » or « à côté » is left whole, and a
    message that only criticises (« c'est pas ma question ») has none.
    """
    text = text or ""
    start, criticised = 0, False
    for end, following in [(m.start(), m.end()) for m in _CLAUSE_BREAK.finditer(text)] + [(len(text), len(text))]:
        plain = normalize(text[start:end])
        if _CRITICISM.search(plain):
            criticised = True
        elif plain and plain not in _FILLERS:
            break  # the first clause that is neither a criticism nor a filler
        start = following
    rest = text[start:].strip(" ,;:.!-")
    if not criticised or len(normalize(rest).split()) < 2:
        return None
    return rest


def feedback_from(text: str, entities: dict[str, Any], last_faq: str | None, known_ids: set[str]) -> dict[str, str] | None:
    """{"faq_id", "value"} from a 👍/👎 button or typed feedback; None without an answer to rate or a clear vote."""
    value = entities.get("feedback")
    if value not in ("up", "down"):
        value = _vote(normalize(text))
        if value is None:
            return None  # no clear 👍 or 👎: nothing is recorded
    faq_id = entities.get(FAQ_ID_ENTITY) or last_faq
    if faq_id not in known_ids:
        return None
    return {"faq_id": faq_id, "value": value}
