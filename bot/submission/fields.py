"""Reading one answer of the hiring-intent submission: input hygiene, what is not an answer, the result.

After the eligibility check, the assistant collects the employer's submission
one field at a time; each typed answer goes through the validator of its field
(:mod:`bot.submission.validators`). A validator never raises, whatever the
string (empty, very long, emoji, HTML, SQL…): it returns a :class:`FieldResult`
with either a normalised value or a French reply telling the employer what is
expected, and sometimes a French warning accepted with the value (a start date
that leaves little time to set up the training, for example).

Employers answer in sentences (« notre siret c'est 884 120 791 00014 », « c'est
la Menuiserie Durand »): :func:`read_answer` reads the value out of the
sentence with the field's parser and recognises what is not an answer, which
is never stored: a correction of the contract (``kind == CORRECTION``, with
``updates`` for the contract slots), a question, a protest, a refusal, or
something unusable. Text is never refused for its symbols or words (« -- »,
« < », « select »): the output side escapes it (SQL parameters, CSV formula
prefix, ``textContent`` in the page).
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from bot.dialogue import messages
from bot.eligibility.rules import rules_on
from bot.extractors.contract import (
    CONTRACT_LABELS,
    extract_contract,
    in_a_sentence,
    keeps_duration,
    needs_duration,
    without_the_less_wanted,
)
from bot.extractors.duration import extract_duration, format_duration
from bot.language.cues import (
    CORRECTION_PHRASES,
    INDIRECT_QUESTION,
    INVERTED_VERBS,
    LEAD_INS,
    NOT_IN_MIND,
    QUESTION_WORDS,
    SAYS_ALREADY_SAID,
    SOMEONE_ELSE_HAS_IT,
    UNSURE,
    WAIT_WORDS,
    WANTS_TO_CHANGE,
    alternation,
    opening,
)
from bot.language.normalize import normalize
from bot.language.numbers import parse_number
from bot.submission.spec import SKIPPABLE_VALIDATORS

logger = logging.getLogger(__name__)

__all__ = [
    "CONTRACT_NOUNS",
    "CORRECTION",
    "KINDS",
    "MAX_INPUT_CHARS",
    "PROTEST",
    "QUESTION",
    "REFUSAL",
    "SKIPPABLE_FIELDS",
    "UNUSABLE",
    "VALUE",
    "FieldResult",
    "fail",
    "never_raises",
    "ok",
    "precheck",
    "read_answer",
]


#: Kinds of answer. Only ``VALUE`` carries a value; the others carry a French reply in ``error``.
VALUE = "value"
CORRECTION = "correction"  # corrects another answer (the contract): see ``updates``
QUESTION = "question"
PROTEST = "protest"
REFUSAL = "refusal"  # the employer does not know or does not want to give it
UNUSABLE = "unusable"
KINDS = (VALUE, CORRECTION, QUESTION, PROTEST, REFUSAL, UNUSABLE)

#: Validators of the fields the Region's staff can complete later: they may be skipped and stored as missing.
SKIPPABLE_FIELDS = SKIPPABLE_VALIDATORS


@dataclass(frozen=True)
class FieldResult:
    """Outcome of a validator: exactly one of ``value`` and ``error`` is set.

    ``kind`` says what the answer was (``VALUE`` when ``value`` is set, else
    why nothing is stored); ``error`` is then the French reply. ``updates`` are
    the slots a ``CORRECTION`` changes (``contract_type``, ``contract_duration``).
    ``warning`` is an optional French remark shown to the employer while the
    value is kept.
    """

    value: Any | None
    error: str | None
    warning: str | None = None
    kind: str = ""
    updates: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if (self.value is None) == (self.error is None):
            raise ValueError("FieldResult needs exactly one of value and error")
        if self.warning is not None and self.error is not None:
            raise ValueError("a warning goes with a value, not with an error")
        if not self.kind:
            object.__setattr__(self, "kind", VALUE if self.error is None else UNUSABLE)
        if self.kind not in KINDS or (self.kind == VALUE) != (self.error is None):
            raise ValueError(f"kind {self.kind!r} does not match the value/error")
        if self.updates and self.kind != CORRECTION:
            raise ValueError("only a correction carries updates")

    @property
    def ok(self) -> bool:
        return self.error is None


def ok(value: Any, warning: str | None = None) -> FieldResult:
    """A value, with an optional French warning."""
    return FieldResult(value=value, error=None, warning=warning)


def fail(message: str, kind: str = UNUSABLE) -> FieldResult:
    """No value: ``message`` is the French reply."""
    return FieldResult(value=None, error=message, kind=kind)


_Validator = TypeVar("_Validator", bound=Callable[..., FieldResult])


def never_raises(validator: _Validator) -> _Validator:
    """Safety net: a bug in a validator becomes a polite error, never an exception.

    The undecorated function stays reachable as ``__wrapped__`` (tests check
    that it does not raise either).
    """

    @functools.wraps(validator)
    def wrapper(text: object, *args: Any, **kwargs: Any) -> FieldResult:
        if text is None:
            text = ""
        elif not isinstance(text, str):
            text = str(text)
        try:
            return validator(text, *args, **kwargs)
        except Exception:  # pragma: no cover - defensive
            logger.exception("validator %s failed", validator.__name__)
            return fail(messages.ANSWER_UNREADABLE)

    return cast(_Validator, wrapper)


# ---------------------------------------------------------------- input hygiene

#: Longer inputs are refused before any pattern is run on them.
MAX_INPUT_CHARS = 20_000
#: Longest answer for the fields that are not free text (SIRET, date, phone…).
_MAX_SHORT_ANSWER = 500

_SPACES = re.compile(r"\s+")

def _clean(text: str) -> str:
    """NFC text with control and invisible characters turned into spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


def precheck(text: str, empty_message: str, max_chars: int = _MAX_SHORT_ANSWER) -> tuple[str, str | None]:
    """Cleaned text and the error shared by every validator (empty, too long).

    Nothing is refused for its symbols or words: markup or SQL-looking text is
    legitimate input (« -- », « <Bons> », « Select Intérim ») and is escaped on
    output.
    """
    if len(text) > MAX_INPUT_CHARS:
        return "", messages.ANSWER_TOO_LONG
    cleaned = _clean(text)
    if not cleaned:
        return "", empty_message
    if len(cleaned) > max_chars:
        return "", messages.ANSWER_TOO_LONG
    return cleaned, None


# ------------------------------------------------------------------ not answers

#: An answer that is a question instead: the question words but « quand », which opens answers (« quand il aura
#: son diplôme »), « où » before what it asks about, SMS forms, and questions about the question itself.
_QUESTION_START = opening((
    *(word for word in QUESTION_WORDS if word != "quand"), *INVERTED_VERBS, "c est quoi", "c quoi", "qu est ce", "pk", "pq",
    *(f"ou {word}" for word in ("je", "on", "est", "trouver", "le", "la", "les", "ca")),
    "ca veut dire", "ca sert", "a quoi", "c est obligatoire", "c est oblige", "il faut", "dois je", "je dois", "on doit",
    "vous voulez dire",
))
#: An indirect question opening the message (« je voudrais savoir si c'est financé », « j'aimerais savoir combien… »): no value
#: (stored as the training needs: blind user tests 26–28, left open in session 23); not « je voudrais savoir souder », a need.
_INDIRECT_START = re.compile(
    rf"^(?:{alternation(LEAD_INS)}\s)*(?:(?:je|j|on|nous)\s)?(?:{INDIRECT_QUESTION})\s"
    r"(?:si|s|qui|quoi|quel\w*|combien|comment|quand|pourquoi|ou|est ce|a quoi|de quoi|ce qu\w*)\b"
)
_PROTEST = re.compile(
    r"\bdeja (?:dit|donne|donnee|rempli|remplie|repondu|indique|ecrit|mis|envoye|fourni|renseigne)\b|"
    r"\b(?:j avais|j ai) (?:deja |tout )+\w+|^mais non\b|\bn importe quoi\b|\b(?:ca|sa) (?:ne )?(?:marche|fonctionne) pas\b|"
    r"\bca bug\w*|\b(?:vous|tu) (?:ne )?(?:comprenez|comprends) (?:rien|pas)\b|\bc est nul\b|\bpas ce que j ai dit\b|"
    r"\bencore cette question\b|\bvous (?:m )?avez deja\b|\bnul ce\b|"
    # « je vous ai tout donné dans mon premier message », « la même que tout à l'heure » were stored as the company
    # (ninth blind user test): they point at an earlier answer, which the form does not have.
    r"\b(?:je vous ai|j ai) tout (?:donne|dit|mis|ecrit|envoye)\b|\b(?:dans|sur) mon (?:premier |1er |dernier )?message\b|"
    r"^(?:(?:la|le|les) )?(?:meme|memes|pareil)(?: \w+)? (?:que|qu) (?:tout a l heure|avant|la derniere fois|la premiere|l autre|precedemment)\b|"
    r"^comme (?:avant|tout a l heure|la derniere fois|precedemment)$|"
    # « gardez ce que j'avais mis » (stored as the derogation's reason: nineteenth blind user test)
    r"^(?:(?:garde[rz]?|gardons|laisse[rz]?|remette[zr]?|mette[zr]?) )?ce que j (?:avais|ai) (?:mis|ecrit|dit|indique)$"
)
#: The employer does not want to give the information.
_UNWILLING = re.compile(
    r"\b(?:je )?(?:ne )?(?:prefere|souhaite|veux|voudrais|prefererais|tiens) (?:pas|ne pas|rien)\b|"
    # « pas de nom pour l'instant » was stored as the contact's name (twelfth blind user test)
    r"^(?:(?:il n y a |y a )?pas (?:de|d) \w+|aucun \w+)(?: pour (?:l instant|le moment|l heure)| encore| pour le moment)?$|"
    r"\bpas envie\b|\bnon merci\b|\bje refuse\b|"
    # « je donne pas mon mail » got « Je n'ai pas trouvé d'adresse e-mail » (forty-sixth blind user test, u46-02)
    r"\b(?:je|j|on|nous)\s+(?:ne\s+|n\s+)?(?:donne|donnons|donnerai|communique|communiquons|communiquerai|transmets|transmettrai)\s+(?:pas|jamais)\b|\bpas (?:de|d) (?:telephone|tel|numero|portable|mobile|mail|email|e mail|adresse)\b|"
    r"\b(?:le|mon|par) (?:mail|email|e mail) (?:suffit|ca suffit)\b|\b(?:plutot|uniquement|seulement|que) par (?:mail|email|e mail)\b|\bconfidentiel\b|\bpas (?:la peine|necessaire)\b"
)
_BARE_NO = frozenset({"non", "nan", "no", "non non", "aucun", "aucune", "pas de", "j en ai pas", "je n en ai pas", "rien", "non desole"})
#: The employer does not know it (yet).
_IGNORANT = re.compile(
    rf"{UNSURE.pattern}|\b(?:je )?(?:ne )?(?:connais|connait|trouve|retrouve|souviens|rappelle) (?:pas|plus)\b|"
    # (typed in SMS style: « jl'ai pas », « je lai plus » were no number found, the SIRET asked again)
    r"\bpas sous la main\b|\b(?:je |on )?(?:ne )?l ai (?:pas|plus)\b|\bj ?l ?ai (?:pas|plus)\b|\bje lai (?:pas|plus)\b|"
    # « je le retrouve pas », « je la trouve plus » looped at the SIRET (eleventh blind user test)
    r"\bje (?:ne )?(?:le|la|l) (?:retrouve|trouve|connais|ai|vois) (?:pas|plus)\b|\bn en (?:a|avons|ai) pas\b|\bpas encore\b|"
    r"\ben (?:cours de )?creation\b|\bj ignore\b|\bpas de siret\b|\bje verrai\b|\bje ne l ai\b|"
    # « j'ai pas le siret là », « jai pas le siret », « pas le siret sur moi » got « pas de numéro SIRET dans votre réponse »
    # (twenty-fourth blind user test): the number not at hand, as « je l'ai pas sous la main ».
    r"\b(?:j ai|jai|j|g|je n ai|on a|on n a|nous n avons) pas (?:le|mon|notre|son|ce) (?:numero (?:de )?)?(?:siret|numero|kbis|tel|telephone|portable)\b|"
    r"^pas (?:le|mon|notre) (?:numero (?:de )?)?(?:siret|numero|kbis|tel|telephone|portable)\b|"
    # « c'est le comptable qui l'a » (thirty-second blind user test): not at hand either
    rf"{SOMEONE_ELSE_HAS_IT}|{NOT_IN_MIND}|"
    # « on l'a pas », « pas le temps de chercher » (fifty-second blind user test, u52-07, u52-13): not at hand now
    r"\b(?:on |nous )(?:ne |n )?l (?:a|avons) (?:pas|plus)\b|"
    r"\b(?:pas|plus) (?:le )?temps (?:de |d )?(?:le |la |l )?(?:chercher|regarder|trouver|retrouver|verifier|fouiller)\b|"
    r"\b(?:j ai|jai|g|on a|on n a|je n ai) pas le temps\b|\bflemme\b"
)
#: Weary of the question (folded): « vous etes lourd avec votre siret », « c'est relou ce siret », « encore ce siret » (fifty-second
#: blind user test, u52-13: « pas de numéro SIRET », three times): the number not given now.
_WEARY_OF_IT = re.compile(
    r"\b(?:lourd\w*|relou\w*|saoul\w*|soul(?:ez|e|ant)|chiant\w*|penible\w*|insupportable\w*|casse pieds?|gonfl\w*)\b.*\b(?:siret|numero|question)\b|"
    r"\b(?:siret|numero|question)\b.*\b(?:lourd\w*|relou\w*|saoul\w*|soul(?:ant|e)|chiant\w*|penible\w*|insupportable\w*|casse pieds?)\b|"
    r"\b(?:encore|toujours) (?:ce|votre|le|cette|avec (?:le|votre|ce|cette)) (?:siret|numero|question)\b"
)
_CORRECTION_MARKERS = re.compile(
    rf"\b{alternation((*CORRECTION_PHRASES, *WAIT_WORDS))}\b|\b(?:trompe|trompee|rectif\w*|au lieu d\w*|et non)\b|^(?:ah |oh |mais )?non\b|"
    r"\bpas (?:un |une |en |de |d )?(?:cdi|cdd|contrat|interim|alternance|apprentissage|stage|saisonnier)\b|"
    # The last change dropped, back to an earlier answer (« bon laissez tomber, CDI comme au debut » asked whether to cancel the
    # request: forty-sixth blind user test, u46-03; « oubliez ça, un CDD de 8 mois comme prévu », « on reste en CDI »).
    r"\blaisse[zr]? tomber\b|\boublie[zr]? (?:ca|cela|ce que j ai dit)\b|"
    r"\bcomme (?:au debut|avant|prevu|initialement|convenu|la premiere fois|c etait)\b|\b(?:on|je) (?:reste|repart|repars) (?:en|sur|a)\b"
)
#: A sentence about correcting an earlier answer, typed at a free-text question (never its value).
_CORRECTS_ANOTHER = re.compile(
    rf"{WANTS_TO_CHANGE.pattern}|"
    r"\bque je (?:veux|voulais|voudrais) (?:changer|corriger|modifier)\b|"
    r"^(?:ah |oh |mais )?non\s+(?:pardon|en fait|finalement|attendez|attends)\b|^(?:pardon |oups )?une correction\b|"
    # « non pas le contact, le nom de l'entreprise ! » was stored as the contact (nineteenth blind user test)
    r"^(?:ah |oh |mais )?non\s+pas (?:le|la|l|les) (?:contact|nom|poste|mail|e mail|telephone|tel|entreprise|siret|lieu|adresse)\b"
)
#: A contract named as such (not only « saisonnier », which a derogation reason says).
#: The nouns that name a contract (normalised text), one list for the readings of answers.
CONTRACT_NOUNS = r"(?:cdi|cdd|contrat|interim|alternance|apprentissage|professionnalisation)"
_CONTRACT_NOUN = re.compile(rf"\b{CONTRACT_NOUNS}\b")
_FILLER_WORDS = frozenset(
    "oui ouais ok okay ouep yes non nan no d accord merci bonjour bonsoir salut hello coucou euh heu hein bof hmm hum "
    "pff pfff bah ben beh bon ah oh rien test voila alors c est ce sera moi je j sais pas ne encore aucune aucun idee quoi "
    "trop vraiment instant moment maintenant vois voit mettre ecrire dire repondre indiquer ici dedans que qu faut "
    "la le les un une de du des l a et ou vous tu on nous il elle ca cela pour "
    "envoie envoyez envoyer envoi valide validez valider confirme confirmez confirmer".split()
)
_MUMBLE = re.compile(r"^(?:h+m+|e+u+h+|h+e+u+h*|p+f{2,}|b+o+f+|m{2,}h*|a+h+|o+h+)$")
#: Contract words dropped when looking at what else a sentence says.
_CONTRACT_WORDS = frozenset(
    "cdi cdd contrat contrats duree determinee indeterminee interim interimaire alternance alternant apprentissage apprenti "
    "professionnalisation pro saisonnier saisonniere mois an ans annee annees semaine semaines jours fait finalement plutot "
    "serait sera non mais ah oh attendez attends trompe trompee erreur pardon je me suis "
    # (the contract wished alone: « je veux un CDI » at the SIRET question: forty-sixth blind user test, u46-03)
    "veux veut voulons voudrais voudrait prend prends prenons".split()
)


def _is_filler(plain: str) -> bool:
    """True when every word is a filler (« euh », « ok », « je sais pas », « c'est moi »)."""
    words = plain.split()
    return not words or all(w in _FILLER_WORDS or _MUMBLE.fullmatch(w) for w in words)


def _is_question(cleaned: str, plain: str) -> bool:
    return (cleaned.rstrip().endswith("?") and any(ch.isalpha() for ch in cleaned) or bool(_QUESTION_START.search(plain))
            or bool(_INDIRECT_START.search(plain)))


#: « je vous l'ai déjà dit », « comme j'ai dit »: the answer was given before, and may be given again with it.
_ALREADY_SAID = re.compile(
    rf"{SAYS_ALREADY_SAID.pattern}|"
    # « TRANSLOIRE SAS (c'est dans mon 1er message) » was a protest only, the name asked again (twentieth blind user test)
    r"\b(?:dans|sur) mon (?:premier |1er |dernier |precedent |autre )?message\b"
)


def _said_again(cleaned: str) -> str | None:
    """The answer given again after a protest (« je vous l'ai déjà dit, Paul Martin » → « Paul Martin »), or None.

    It was taken as a protest only, and the question asked once more (fifth blind user test, 2026-11-30).
    """
    if not _ALREADY_SAID.search(normalize(cleaned)):
        return None
    parts = [p.strip() for p in re.split(r"[,:;!()]|\s-\s", cleaned) if p.strip()]
    # (« le lieu est faux, je vous ai dit Beaupreau » at the recap got « Je n'ai pas reconnu de commune »: forty-second blind user
    # test, u42-08) a part that says the value is wrong is no answer, and the answer may follow the words that say it was said
    typed = parts
    parts = [_after_the_protest(p) or _corrected_after_the_protest(p) or p for p in parts if not _SAID_WRONG.fullmatch(normalize(p))]
    rest = [p for p in parts if not _ALREADY_SAID.search(normalize(p)) and not _PROTEST.search(normalize(p))]
    if len(rest) != 1 or len(rest) == len(parts) == len(typed) and parts == typed or _is_filler(normalize(rest[0])) or not any(ch.isalnum() for ch in rest[0]):
        return None
    # What the protest's own part says before it, when the protest ends it (« préparateur de commandes, 2 postes comme dit au
    # début »: the count was dropped with the protest, and asked again: thirty-fourth blind user test).
    kept = [p if p in rest else _before_the_protest(p) or _corrected_after_the_protest(p) for p in parts]
    return ", ".join(p for p in kept if p) if sum(1 for p in kept if p) > 1 else rest[0]


#: A part of a message that only says a value is wrong (folded): « le lieu est faux », « c'est faux », « la date n'est pas bonne ».
_SAID_WRONG = re.compile(
    r"(?:(?:non|mais|bah|ben)\s+)*(?:(?:le|la|les|l)\s+\w+(?:\s+(?:de|du|des|d)\s+\w+)?\s+|c\s+|ca\s+)?"
    r"(?:est|sont|c est|n est|ne sont)\s+(?:pas\s+)?(?:faux|fausse|errone\w*|bon|bonne|juste|correct\w*|incorrect\w*|une erreur)"
)


def _after_the_protest(part: str) -> str:
    """The words of ``part`` (as typed) after the « already said » that opens it (« je vous ai dit Beaupreau » → « Beaupreau »,
    « comme je vous l'ai dit c'est Beaupreau » → « c'est Beaupreau »); empty when nothing but a filler follows it."""
    plain = normalize(part)
    said = _ALREADY_SAID.search(plain)
    if said is None or _PROTEST.search(plain) or re.sub(r"\b(?:comme|mais)\b", "", plain[: said.start()]).strip():
        return ""
    after = plain[said.end():].strip(" .!")
    if not after or _is_filler(after) or re.match(r"(?:que|qu|qu il|qu elle|qu on)\b", after):
        return ""  # (« je vous ai dit qu'on passait à 6 mois »: a saying, read as before)
    words = list(re.finditer(r"[^\W_]+", part))
    skip = len(plain[: said.end()].split())
    return part[words[skip].start():].strip() if len(words) > skip else ""


#: A correction's words right after a protest (folded): « macon je l'ai dit... enfin non plutot coffreur bancheur ».
_CORRECTION_AFTER = re.compile(r"(?:(?:enfin|non|plutot|en fait|pardon|finalement|au final|ou plutot|mais)\s+)*(?:enfin|non|plutot|pardon|finalement|au final)\b")


def _corrected_after_the_protest(part: str) -> str:
    """The words of ``part`` (as typed) after the « already said » and the correction that follows it (« macon je l'ai dit...
    enfin non plutot coffreur bancheur » → « coffreur bancheur »: only « et ce sera 2 postes », the next part, was kept as the
    job: forty-third blind user test, u43-08); empty otherwise."""
    plain = normalize(part)
    said = _ALREADY_SAID.search(plain)
    # (The protest is the « already said » itself: « cariste je l'ai deja dit... enfin preparateur de commandes cariste » got « Je
    # n'ai pas encore l'intitulé du poste »: forty-seventh blind user test.)
    if said is None or said.start() == 0 or _PROTEST.search(plain[said.end():]):
        return ""
    corrected = _CORRECTION_AFTER.match(plain[said.end():].strip(" .…!"))
    if corrected is None:
        return ""
    skip = len(plain[: said.end()].split()) + len(corrected.group(0).split())
    words = list(re.finditer(r"[^\W_]+", part))
    return part[words[skip].start():].strip() if len(words) > skip else ""


def _before_the_protest(part: str) -> str:
    """The words of ``part`` (as typed) before the « already said » that ends it (« 2 postes comme dit au début » → « 2 postes »);
    empty when nothing is said before it, or something after it."""
    plain = normalize(part)
    said = _ALREADY_SAID.search(plain)
    if said is None or said.start() == 0 or plain[said.end():].strip(" .!") or _PROTEST.search(plain):
        return ""
    before = re.sub(r"\s*\b(?:comme|ainsi que|tel que)\s*$", "", plain[:said.start()]).strip()
    words = list(re.finditer(r"[^\W_]+", part))
    count = len(before.split())
    if not before or _is_filler(before) or len(words) < count:
        return ""
    return part[: words[count - 1].end()].strip()


#: Whether not having it matters (folded): « je l'ai pas sous la main, c grave ? » got where to find the SIRET, without the skip
#: (thirty-first blind user test).
_DOES_IT_MATTER = re.compile(r"\b(?:grave|genant|embetant|bloquant|probleme|un souci|derange)\b")


def _non_answer(cleaned: str, field_name: str) -> FieldResult | None:
    """A question, protest or refusal typed instead of the answer, else None."""
    plain = normalize(cleaned)
    noun = messages.FIELD_NOUNS.get(field_name, "cette information")
    # What the field is for, and the eligibility rules it decides (« au moins 24 heures par semaine »): the
    # employer who asks « il faut combien d'heures minimum ? » got only the first (sixth blind user test).
    explanation = " ".join([messages.FIELD_EXPLANATIONS.get(field_name, ""), *(r.explanation for r in rules_on(field_name))]).strip()
    if _PROTEST.search(plain):
        return fail(messages.ANSWER_PROTEST.format(noun=noun), PROTEST)
    not_having_it = _IGNORANT.search(plain) or _UNWILLING.search(plain) or field_name in SKIPPABLE_FIELDS and _WEARY_OF_IT.search(plain)
    if _is_question(cleaned, plain) and not (field_name in SKIPPABLE_FIELDS and not_having_it and _DOES_IT_MATTER.search(plain)):
        return fail(messages.ANSWER_QUESTION.format(explanation=explanation).strip(), QUESTION)
    # A bare « non » to the SIRET or the phone is « I won't / can't give it » (it got « no number found »: tenth user test).
    # « j'en ai pas » at the e-mail got « il manque le signe @ » (fifteenth blind user test): having none is said so.
    unwilling = _UNWILLING.search(plain) is not None or (field_name in SKIPPABLE_FIELDS or field_name == "email") and plain in _BARE_NO
    ignorant = _IGNORANT.search(plain) is not None or _WEARY_OF_IT.search(plain) is not None
    if unwilling or (ignorant and field_name in SKIPPABLE_FIELDS):
        if field_name in SKIPPABLE_FIELDS:
            reply = messages.ANSWER_SKIPPABLE_REFUSAL.format(noun=noun)
            if field_name == "siret":
                reply = f"{explanation} {reply}"
        else:
            reply = messages.ANSWER_NEEDED.format(Noun=noun[0].upper() + noun[1:], explanation=explanation).strip()
        return fail(reply, REFUSAL)
    return None


def contract_label(slots: Mapping[str, Any]) -> str:
    """« CDD de 8 mois », « CDI »: the contract as the employer reads it, from ``contract_type`` and ``contract_duration``."""
    label = CONTRACT_LABELS.get(slots.get("contract_type") or "", "")
    months = slots.get("contract_duration")
    if not months:
        return label
    # « CDD d'un an », not « CDD de 1 an » (twenty-first blind user test)
    duration = re.sub(r"^1 (an|jour)\b", r"un \1", re.sub(r"^1 semaine\b", "une semaine", format_duration(float(months))))
    of_duration = f"d'{duration}" if duration.startswith("un") else f"de {duration}"
    # (before a label's brackets: « Alternance de 2 ans (apprentissage ou professionnalisation, à préciser) »)
    head, bracket, rest = label.partition(" (")
    return messages.CONTRACT_WITH_DURATION.format(contract=head, of_duration=of_duration) + (f"{bracket}{rest}" if bracket else "")


def contract_in_a_sentence(slots: Mapping[str, Any]) -> str:
    """:func:`contract_label` with its article, inside a sentence: « un CDD de 8 mois », « une mission d'intérim »."""
    return in_a_sentence(str(slots.get("contract_type") or ""), contract_label(slots))


def _contract_correction(cleaned: str, field_name: str) -> FieldResult | None:
    """A correction of the contract typed at another question (« ah non en fait c'est un CDD de 4 mois »).

    The contract mentioned counts as a correction when the sentence says it
    corrects something, or says nothing else: a job title that names its
    contract (« apprenti boulanger ») or a justification that cites it stays a
    value.
    """
    contract = extract_contract(cleaned)
    if contract is None:
        return None
    plain = normalize(cleaned)
    marked = _CORRECTION_MARKERS.search(plain) is not None
    rest = [w for w in plain.split() if w not in _CONTRACT_WORDS and w not in _FILLER_WORDS and not w.isdigit()]
    rest = [w for w in rest if parse_number(w) is None]
    if field_name == "justification" and not (marked and _CONTRACT_NOUN.search(plain)):
        return None  # « en fait c'est un besoin saisonnier » is the reason, not a seasonal contract
    if not marked and rest:
        return None
    updates: dict[str, Any] = {"contract_type": contract}
    duration = extract_duration(without_the_less_wanted(cleaned))
    if duration is not None and duration.months is not None and keeps_duration(contract, cleaned):
        updates["contract_duration"] = round(duration.months, 2)
    elif not needs_duration(contract):
        updates["contract_duration"] = None
    return FieldResult(
        value=None, error=messages.CONTRACT_NOTED.format(label=contract_label(updates)), kind=CORRECTION, updates=updates
    )


#: A number or an address typed again after a slip (« …, pardon 06 12 34 56 78 », « … oups 732 829 320 00074 »).
_SELF_CORRECTION = re.compile(
    r"\b(?:pardon|oups|oops|d[ée]sol[ée]e?|erreur|plut[oô]t|je veux dire|je voulais dire|je me suis tromp[ée]e?|enfin|non|en fait)\b",
    re.IGNORECASE,
)


def _after_self_correction(cleaned: str) -> str | None:
    """What follows the last self-correction of ``cleaned`` when it holds a digit or an address; else None."""
    found = list(_SELF_CORRECTION.finditer(cleaned))
    if not found or found[-1].start() == 0:
        return None
    rest = cleaned[found[-1].end():]
    return rest if re.search(r"[0-9@]", rest) else None


def read_answer(cleaned: str, field_name: str, parse: Callable[[str], FieldResult], *, free_text: bool = False) -> FieldResult:
    """Run ``parse`` on a cleaned answer, recognising what is not an answer.

    A free-text field would accept anything, so questions, protests and
    refusals are looked for first; a structured field (SIRET, e-mail…) keeps a
    value found in the sentence and only then looks at why there was none.
    """
    correction = _contract_correction(cleaned, field_name)
    if correction is not None:
        return correction
    repeated = _said_again(cleaned)
    if repeated is not None:
        again = read_answer(repeated, field_name, parse, free_text=free_text)  # « je vous l'ai déjà dit, Paul Martin »
        if free_text or again.value is not None:
            return again
        # The value may be in the protest's own part: « la date d'embauche n'est plus bonne du coup, je viens de vous dire le 15
        # avril » got « Je n'ai pas reconnu de date » (forty-first blind user test): the whole message read.
        whole = parse(cleaned)
        return whole if whole.value is not None else again
    if free_text:
        other = _non_answer(cleaned, field_name)
        if other is not None:
            return other
        plain = normalize(cleaned)
        if _CORRECTS_ANOTHER.search(plain):
            return fail(messages.ANSWER_CORRECTS_ANOTHER.format(noun=messages.FIELD_NOUNS[field_name]))
        # « je sais pas trop », « pas encore défini »: nothing but « I don't know » (a filler, not the value).
        # (Not a licence's category typed as such, its article before it: « le C », « la B » were no needs: review of the
        # session's fixes.)
        licence = field_name == "training_needs" and re.search(r"(?<![\w'’])(?:B|C|D|CE|BE|DE)(?![\w'’])", cleaned)
        if (_is_filler(UNSURE.sub(" ", plain)) and any(ch.isalpha() for ch in cleaned) and not re.fullmatch(r"\w{1,2}", plain)
                and not licence):
            return fail(messages.ANSWER_NOT_FOUND.format(noun=messages.FIELD_NOUNS[field_name]))
        return parse(cleaned)
    result = parse(cleaned)
    if result.value is not None:
        return result
    corrected = _after_self_correction(cleaned)
    if corrected is not None and (retried := parse(corrected)).value is not None:
        return retried  # « 06 12 34 56 7, pardon 06 12 34 56 78 » was « plusieurs numéros » (session's own check)
    if field_name == "siret" and len(re.findall(r"\d", cleaned)) >= 9 and result.error:
        # « 21530097100018 je l'ai mis dans mon 1er message »: why the number is refused, not « désolé pour la gêne »
        # (fourteenth blind user test).
        return result
    return _non_answer(cleaned, field_name) or result

