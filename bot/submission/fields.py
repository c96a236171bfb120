"""Validators for the fields of a hiring-intent submission.

After the eligibility check, the assistant collects the employer's submission
one field at a time; each typed answer goes through the validator of its field.
A validator never raises, whatever the string (empty, very long, emoji, HTML,
SQL…): it returns a :class:`FieldResult` with either a normalised value or a
French reply telling the employer what is expected, and sometimes a French
warning accepted with the value (a start date that leaves little time to set up
the training, for example).

Employers answer in sentences (« notre siret c'est 884 120 791 00014 », « c'est
la Menuiserie Durand »): the value is read out of the sentence. What is not an
answer is recognised and never stored: a correction of the contract
(``kind == CORRECTION``, with ``updates`` for the contract slots), a question,
a protest, a refusal, or something unusable. Text is never refused for its
symbols or words (« -- », « < », « select »): the output side escapes it (SQL
parameters, CSV formula prefix, ``textContent`` in the page).

``format_value`` gives the French display of a value for the recap.
"""

from __future__ import annotations

import calendar
import csv
import functools
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, TypeVar, cast

import phonenumbers
from rapidfuzz.distance import OSA
from stdnum.exceptions import ValidationError
from stdnum.fr import siret as stdnum_siret

from bot.extractors.contract import CONTRACT_LABELS, extract_contract, needs_duration
from bot.extractors.duration import extract_duration, format_duration
from bot.extractors.place import REGION_DEPARTMENTS, AmbiguousPlace, Place, extract_place
from bot.language.normalize import normalize, strip_accents
from bot.language.tokens import NUMBER_TENS, NUMBER_UNITS
from bot.settings import ELIGIBILITY_DIR

logger = logging.getLogger(__name__)

__all__ = [
    "CORRECTION",
    "EMPLOYER_TYPE_LABELS",
    "FIELDS",
    "FieldResult",
    "KINDS",
    "PROTEST",
    "QUESTION",
    "REFUSAL",
    "SKIPPABLE_FIELDS",
    "UNUSABLE",
    "VALUE",
    "format_value",
    "validate_company_name",
    "validate_contact_name",
    "validate_email",
    "validate_employer_type",
    "validate_field",
    "validate_job_title",
    "validate_justification",
    "validate_phone",
    "validate_positions",
    "validate_siret",
    "validate_start_date",
    "validate_training_needs",
    "validate_weekly_hours",
    "validate_work_location",
]


#: Kinds of answer. Only ``VALUE`` carries a value; the others carry a French reply in ``error``.
VALUE = "value"
CORRECTION = "correction"  # corrects another answer (the contract): see ``updates``
QUESTION = "question"
PROTEST = "protest"
REFUSAL = "refusal"  # the employer does not know or does not want to give it
UNUSABLE = "unusable"
KINDS = (VALUE, CORRECTION, QUESTION, PROTEST, REFUSAL, UNUSABLE)

#: Fields the Region's staff can complete later: they may be skipped and stored as missing.
SKIPPABLE_FIELDS = frozenset({"siret", "phone"})


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


def _ok(value: Any, warning: str | None = None) -> FieldResult:
    return FieldResult(value=value, error=None, warning=warning)


def _fail(message: str, kind: str = UNUSABLE) -> FieldResult:
    return FieldResult(value=None, error=message, kind=kind)


_GENERIC_ERROR = "Je n'ai pas réussi à lire cette réponse. Pourriez-vous la reformuler simplement ?"


_Validator = TypeVar("_Validator", bound=Callable[..., FieldResult])


def _never_raises(validator: _Validator) -> _Validator:
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
            return _fail(_GENERIC_ERROR)

    return cast(_Validator, wrapper)


# ---------------------------------------------------------------- input hygiene

#: Longer inputs are refused before any pattern is run on them.
_MAX_INPUT_CHARS = 20_000
#: Longest answer for the fields that are not free text (SIRET, date, phone…).
_MAX_SHORT_ANSWER = 500

_SPACES = re.compile(r"\s+")

_TOO_LONG_INPUT_ERROR = "Votre réponse est beaucoup trop longue. Merci de répondre en quelques mots."


def _clean(text: str) -> str:
    """NFC text with control and invisible characters turned into spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


def _precheck(text: str, empty_message: str, max_chars: int = _MAX_SHORT_ANSWER) -> tuple[str, str | None]:
    """Cleaned text and the error shared by every validator (empty, too long).

    Nothing is refused for its symbols or words: markup or SQL-looking text is
    legitimate input (« -- », « <Bons> », « Select Intérim ») and is escaped on
    output.
    """
    if len(text) > _MAX_INPUT_CHARS:
        return "", _TOO_LONG_INPUT_ERROR
    cleaned = _clean(text)
    if not cleaned:
        return "", empty_message
    if len(cleaned) > max_chars:
        return "", _TOO_LONG_INPUT_ERROR
    return cleaned, None


def _fold(text: str) -> str:
    """Lower-case, accent-free text, punctuation kept."""
    return strip_accents(text).lower().replace("’", "'")


# ------------------------------------------------------------------ not answers

#: What each field is called in the replies (validator name -> French noun phrase).
_FIELD_NOUNS = {
    "company_name": "le nom de l'entreprise",
    "siret": "le numéro SIRET",
    "employer_type": "le type d'employeur",
    "contact_name": "le nom de la personne à contacter",
    "email": "l'adresse e-mail",
    "phone": "le numéro de téléphone",
    "job_title": "l'intitulé du poste",
    "work_location": "la commune du poste",
    "positions": "le nombre de postes",
    "weekly_hours": "la durée de travail par semaine",
    "start_date": "la date d'embauche",
    "training_needs": "le besoin de formation",
    "justification": "la justification de la dérogation",
}

#: Why each field is asked, for « pourquoi ? » and « c'est quoi ? ».
FIELD_EXPLANATIONS = {
    "company_name": "Le nom de votre entreprise ou structure permet aux services de la Région d'identifier votre demande.",
    "siret": (
        "Le SIRET est le numéro à 14 chiffres qui identifie votre établissement. Vous le trouverez sur un extrait Kbis, "
        "une fiche de paie ou annuaire-entreprises.data.gouv.fr (en cherchant le nom de votre entreprise)."
    ),
    "employer_type": "Le dispositif est ouvert aux entreprises privées, aux employeurs publics et aux associations.",
    "contact_name": "C'est la personne que les services de la Région appelleront pour étudier la demande, vous ou un collègue.",
    "email": "L'adresse e-mail sert uniquement à vous envoyer la suite donnée à votre demande.",
    "phone": "Le téléphone sert uniquement aux services de la Région pour vous rappeler au sujet de cette demande.",
    "job_title": "L'intitulé du poste est le métier que la personne recrutée exercera, par exemple « soudeur » ou « aide-soignant ».",
    "work_location": "C'est la commune où la personne recrutée travaillera (pas forcément celle du siège).",
    "positions": "C'est le nombre de personnes que vous prévoyez d'embaucher sur ce poste.",
    "weekly_hours": "C'est la durée de travail prévue au contrat, par semaine.",
    "start_date": "C'est la date à laquelle vous souhaitez embaucher ; la formation a lieu avant, comptez au moins 2 à 3 mois.",
    "training_needs": (
        "Ce sont les compétences que la formation doit apporter au futur salarié avant l'embauche "
        "(gestes du métier, certifications comme le CACES, l'HACCP ou une habilitation électrique…)."
    ),
    "justification": "La Région accorde la dérogation au cas par cas : expliquez pourquoi le contrat dure moins de 6 mois.",
}

_QUESTION_START = re.compile(
    r"^(?:mais |et |euh |heu |alors |ben |bah )*(?:c est quoi|c quoi|qu est ce|quoi|pourquoi|pk|pq|comment|combien|"
    r"quel|quels|quelle|quelles|qui|ou (?:je|on|est|trouver|le|la|les|ca)|ca veut dire|ca sert|a quoi|est ce|"
    r"c est obligatoire|c est oblige|faut il|il faut|dois je|je dois|on doit|vous voulez dire)\b"
)
_PROTEST = re.compile(
    r"\bdeja (?:dit|donne|donnee|rempli|remplie|repondu|indique|ecrit|mis|envoye|fourni|renseigne)\b|"
    r"\b(?:j avais|j ai) (?:deja |tout )+\w+|^mais non\b|\bn importe quoi\b|\b(?:ca|sa) (?:ne )?(?:marche|fonctionne) pas\b|"
    r"\bca bug\w*|\b(?:vous|tu) (?:ne )?(?:comprenez|comprends) (?:rien|pas)\b|\bc est nul\b|\bpas ce que j ai dit\b|"
    r"\bencore cette question\b|\bvous (?:m )?avez deja\b|\bnul ce\b"
)
#: The employer does not want to give the information.
_UNWILLING = re.compile(
    r"\b(?:je )?(?:ne )?(?:prefere|souhaite|veux|voudrais|prefererais|tiens) (?:pas|ne pas|rien)\b|"
    r"\bpas envie\b|\bnon merci\b|\bje refuse\b|\bpas (?:de|d) (?:telephone|tel|numero|portable|mobile|mail|email|e mail|adresse)\b|"
    r"\b(?:le|mon|par) (?:mail|email|e mail) (?:suffit|ca suffit)\b|\bconfidentiel\b|\bpas (?:la peine|necessaire)\b"
)
#: The employer does not know it (yet).
_IGNORANT = re.compile(
    r"\b(?:je )?(?:ne )?(?:sais|connais|connait|trouve|retrouve|souviens|rappelle) (?:pas|plus)\b|\bsais pas\b|"
    r"\baucune idee\b|\bpas sous la main\b|\b(?:je |on )?(?:ne )?l ai pas\b|\bn en (?:a|avons|ai) pas\b|\bpas encore\b|"
    r"\ben (?:cours de )?creation\b|\bj ignore\b|\bpas de siret\b|\bje verrai\b|\bje ne l ai\b"
)
_CORRECTION_MARKERS = re.compile(
    r"\b(?:en fait|enfait|finalement|plutot|pardon|erreur|trompe|trompee|correction|rectif\w*|attendez|attends|au lieu d\w*|"
    r"et non|je voulais dire|oups|oops)\b|^(?:ah |oh |mais )?non\b|"
    r"\bpas (?:un |une |en |de |d )?(?:cdi|cdd|contrat|interim|alternance|apprentissage|stage|saisonnier)\b"
)
_FILLER_WORDS = frozenset(
    "oui ouais ok okay ouep yes non nan no d accord merci bonjour bonsoir salut hello coucou euh heu hein bof hmm hum "
    "pff pfff bah ben beh bon ah oh rien test voila alors c est ce sera moi je j sais pas ne encore aucune aucun idee quoi "
    "la le les un une de du des l a et ou vous tu on nous il elle ca cela pour".split()
)
_MUMBLE = re.compile(r"^(?:h+m+|e+u+h+|h+e+u+h*|p+f{2,}|b+o+f+|m{2,}h*|a+h+|o+h+)$")
#: Contract words dropped when looking at what else a sentence says.
_CONTRACT_WORDS = frozenset(
    "cdi cdd contrat contrats duree determinee indeterminee interim interimaire alternance alternant apprentissage apprenti "
    "professionnalisation pro saisonnier saisonniere mois an ans annee annees semaine semaines jours fait finalement plutot "
    "serait sera non mais ah oh attendez attends trompe trompee erreur pardon je me suis".split()
)


def _plain(text: str) -> str:
    return normalize(text)


def _is_filler(plain: str) -> bool:
    """True when every word is a filler (« euh », « ok », « je sais pas », « c'est moi »)."""
    words = plain.split()
    return not words or all(w in _FILLER_WORDS or _MUMBLE.fullmatch(w) for w in words)


def _is_question(cleaned: str, plain: str) -> bool:
    return cleaned.rstrip().endswith("?") and any(ch.isalpha() for ch in cleaned) or bool(_QUESTION_START.search(plain))


def _non_answer(cleaned: str, field_name: str) -> FieldResult | None:
    """A question, protest or refusal typed instead of the answer, else None."""
    plain = _plain(cleaned)
    noun = _FIELD_NOUNS.get(field_name, "cette information")
    if _PROTEST.search(plain):
        return _fail(
            f"Désolé pour la gêne. Je n'ai pas encore {noun} : pourriez-vous me l'indiquer ? "
            "Ce que vous avez déjà répondu est conservé.",
            PROTEST,
        )
    if _is_question(cleaned, plain):
        explanation = FIELD_EXPLANATIONS.get(field_name, "")
        return _fail(f"{explanation} Pouvez-vous m'indiquer {noun} ?".strip(), QUESTION)
    unwilling = _UNWILLING.search(plain) is not None
    ignorant = _IGNORANT.search(plain) is not None
    if unwilling or (ignorant and field_name in SKIPPABLE_FIELDS):
        if field_name in SKIPPABLE_FIELDS:
            reply = (
                f"Pas de problème : vous pouvez passer cette question, les services de la Région compléteront {noun} avec vous."
            )
            if field_name == "siret":
                reply = f"{FIELD_EXPLANATIONS['siret']} {reply}"
        else:
            reply = (
                f"{noun[0].upper()}{noun[1:]} est nécessaire pour étudier votre demande : {FIELD_EXPLANATIONS.get(field_name, '')}"
            ).strip()
        return _fail(reply, REFUSAL)
    return None


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
    plain = _plain(cleaned)
    marked = _CORRECTION_MARKERS.search(plain) is not None
    rest = [w for w in plain.split() if w not in _CONTRACT_WORDS and w not in _FILLER_WORDS and not w.isdigit()]
    rest = [w for w in rest if _parse_count(w) is None]
    if field_name == "justification" and not marked:
        return None
    if not marked and rest:
        return None
    updates: dict[str, Any] = {"contract_type": contract}
    duration = extract_duration(cleaned)
    if duration is not None and duration.months is not None and needs_duration(contract):
        updates["contract_duration"] = round(duration.months, 2)
    elif not needs_duration(contract):
        updates["contract_duration"] = None
    label = CONTRACT_LABELS.get(contract, contract)
    if updates.get("contract_duration"):
        label += f" de {format_duration(float(updates['contract_duration']))}"
    return FieldResult(
        value=None, error=f"C'est noté, je corrige le contrat : {label}.", kind=CORRECTION, updates=updates
    )


def _read(cleaned: str, field_name: str, parse: Callable[[str], FieldResult], *, free_text: bool = False) -> FieldResult:
    """Run ``parse`` on a cleaned answer, recognising what is not an answer.

    A free-text field would accept anything, so questions, protests and
    refusals are looked for first; a structured field (SIRET, e-mail…) keeps a
    value found in the sentence and only then looks at why there was none.
    """
    correction = _contract_correction(cleaned, field_name)
    if correction is not None:
        return correction
    if free_text:
        other = _non_answer(cleaned, field_name)
        if other is not None:
            return other
        plain = _plain(cleaned)
        if _is_filler(plain) and any(ch.isalpha() for ch in cleaned) and not re.fullmatch(r"\w{1,2}", plain):
            noun = _FIELD_NOUNS[field_name]
            return _fail(f"Je n'ai pas trouvé {noun} dans votre réponse. Pouvez-vous me l'indiquer ?")
        return parse(cleaned)
    result = parse(cleaned)
    if result.value is not None:
        return result
    return _non_answer(cleaned, field_name) or result


# ------------------------------------------------------------------ free text


def _free_text(
    text: str,
    *,
    field_name: str,
    what: str,
    minimum: int,
    maximum: int,
    example: str,
    needs_letter: bool = True,
    extract: Callable[[str], str] | None = None,
) -> FieldResult:
    """Trimmed, single-spaced free text of ``minimum``–``maximum`` characters.

    ``what`` is the French noun phrase of the field with its article (« le nom
    de l'entreprise »), used in the messages; ``extract`` takes the value out
    of a sentence (« c'est la Menuiserie Durand » -> « Menuiserie Durand »).
    """
    cleaned, error = _precheck(text, f"Merci d'indiquer {what} (par exemple {example}).", max_chars=_MAX_INPUT_CHARS)
    if error:
        return _fail(error)

    def parse(answer: str) -> FieldResult:
        value = extract(answer) if extract else answer
        if not value.strip():
            return _fail(f"Je n'ai pas trouvé {what} dans votre réponse (par exemple {example}).")
        if len(value) < minimum:
            return _fail(
                f"Votre réponse est trop courte : {what} doit comporter au moins {minimum} caractères (par exemple {example})."
            )
        if len(value) > maximum:
            return _fail(
                f"Votre réponse est trop longue ({len(value)} caractères) : {what} ne doit pas dépasser {maximum} caractères. "
                "Merci de la raccourcir."
            )
        has_letter = any(ch.isalpha() for ch in value)
        if not has_letter and (needs_letter or not any(ch.isdigit() for ch in value)):
            return _fail(f"Je n'ai pas compris : {what} doit être écrit avec des lettres (par exemple {example}).")
        return _ok(value)

    return _read(cleaned, field_name, parse, free_text=True)


def _strip_intro(text: str, intros: re.Pattern[str]) -> str:
    """``text`` without the leading phrases matched by ``intros`` (« c'est », « on recrute un »…)."""
    for _ in range(5):
        match = intros.match(text)
        if not match or not match.group(0):
            break
        text = text[match.end() :].lstrip(" ,:;=-–—")
    return text


def _strip_final_stop(text: str) -> str:
    """« Menuiserie Durand. » -> « Menuiserie Durand »; « Durand S.A. » is kept."""
    if not text.rstrip(" !"):
        return text
    text = text.rstrip(" !")
    if len(text) > 2 and text.endswith(".") and text[-2].islower() and text[-3].isalpha():
        text = text[:-1].rstrip()
    return text


_A = r"[aàâ]"
_E = r"[eéèê]"
_COMPANY_INTRO = re.compile(
    rf"(?:(?:bonjour|alors|euh|oui|ok)\b[ ,]*"
    rf"|(?:le |la )?nom(?: de (?:l['’ ]?entreprise|la soci{_E}t{_E}|la structure|ma soci{_E}t{_E}))?\s*(?::|=|c['’ ]?est|est)"
    rf"|(?:l['’ ]?entreprise|la soci{_E}t{_E}|la structure|notre (?:soci{_E}t{_E}|entreprise|structure|bo[iî]te)"
    rf"|ma (?:soci{_E}t{_E}|entreprise|structure|bo[iî]te)|raison sociale|entreprise|soci{_E}t{_E})\s*"
    rf"(?::|=|c['’ ]?est|s['’ ]?appelle|est|se nomme)"
    rf"|c['’ ]?est|c |il s['’ ]?agit (?:de|d['’])|nous sommes|on est|nous nous appelons|on s['’ ]?appelle|je suis|"
    rf"nous c['’ ]?est|chez)\s*",
    re.IGNORECASE,
)
_LOWER_ARTICLE = re.compile(r"^(?:la |le |l['’](?=\w)|une |un )")


def _company_from(sentence: str) -> str:
    """The company name in « C'est la Menuiserie Durand » (a capitalised article, « L'Atelier », is kept)."""
    text = sentence
    stripped = _strip_intro(text, _COMPANY_INTRO)
    if stripped != text:
        stripped = _LOWER_ARTICLE.sub("", stripped)
    return _strip_final_stop(stripped)


@_never_raises
def validate_company_name(text: str) -> FieldResult:
    """Name of the employer: 2–120 characters, read out of a sentence."""
    return _free_text(
        text,
        field_name="company_name",
        what="le nom de l'entreprise",
        minimum=2,
        maximum=120,
        example="« L'Atelier du Bois » ou « SARL Martin »",
        needs_letter=False,
        extract=_company_from,
    )


_JOB_INTRO = re.compile(
    rf"(?:(?:bonjour|alors|euh|oui|ok)\b[ ,]*"
    rf"|(?:le )?(?:poste|m{_E}tier|intitul{_E}(?: du poste)?)\s*(?::|=|c['’ ]?est|est|sera)"
    rf"|(?:c['’ ]?est|ce (?:serait|sera)|il s['’ ]?agit d['’ ]?|ca sera)(?: pour)?"
    rf"|(?:on|nous|je)\s+(?:cherche|cherchons|recherche|recherchons|recrute|recrutons|veut|voudrait|voulons|embauche|embauchons)"
    rf"(?: (?:un|une|des))?"
    rf"|(?:un |une |le |l['’])?(?:poste|emploi|offre) (?:de |d['’])"
    rf"|un |une )\s*",
    re.IGNORECASE,
)
_TRAILING_CONTRACT = re.compile(
    r"\s+(?:en|sous|avec un|pour un)\s+(?:cdi|cdd|contrat|alternance|apprentissage|int[ée]rim|contrat pro)\b.*$", re.IGNORECASE
)


def _job_from(sentence: str) -> str:
    """The job title in « on cherche un menuisier poseur en CDI » -> « menuisier poseur ».

    A date (« septembre 2027 », « le 1er mars ») is no job title: nothing is read.
    """
    text = _strip_intro(sentence, _JOB_INTRO)
    text = _TRAILING_CONTRACT.sub("", text)
    text = _strip_final_stop(text)
    return "" if _looks_like_a_date(text) else text


def _looks_like_a_date(text: str) -> bool:
    words = re.findall(r"\w+", strip_accents(text).lower())
    return bool(words) and all(w.isdigit() or w in _MONTHS or w in ("le", "en", "1er", "debut", "fin", "mi") for w in words) and any(
        w in _MONTHS for w in words
    )


@_never_raises
def validate_job_title(text: str) -> FieldResult:
    """Title of the job offered: 2–120 characters, read out of a sentence."""
    return _free_text(
        text,
        field_name="job_title",
        what="l'intitulé du poste",
        minimum=2,
        maximum=120,
        example="« Soudeur » ou « Aide-soignant de nuit »",
        extract=_job_from,
    )


@_never_raises
def validate_training_needs(text: str) -> FieldResult:
    """Skills the training should bring: 3–1000 characters, kept as typed."""
    return _free_text(
        text,
        field_name="training_needs",
        what="le besoin de formation",
        minimum=3,
        maximum=1000,
        example="« soudure TIG et lecture de plans »",
    )


@_never_raises
def validate_justification(text: str) -> FieldResult:
    """Why the hire needs a derogation: 10–1000 characters, kept as typed."""
    return _free_text(
        text,
        field_name="justification",
        what="la justification du besoin",
        minimum=10,
        maximum=1000,
        example="« Le candidat n'a pas le CACES nécessaire pour conduire nos chariots »",
    )


_NAME_CHARS = re.compile(r"[^\W\d_]|[ '’.\-]")
_NAME_INTRO = re.compile(
    rf"(?:(?:bonjour|alors|euh|oui|ok)\b[ ,]*"
    rf"|c['’ ]?est moi(?:[ -]m{_E}me)?|c moi|moi[ -]m{_E}me|moi|je m['’ ]?appelle|je suis|mon nom(?: c['’ ]?est| est)?"
    rf"|la personne {_A} contacter(?: c['’ ]?est| est| sera)?|(?:le )?contact(?: c['’ ]?est| est| sera)?|(?:le )?nom|c['’ ]?est|c "
    rf"|(?:vous pouvez|il faut) (?:contacter|appeler|demander)|contactez|demandez|ce sera)\s*[,:=]?\s*",
    re.IGNORECASE,
)
_NAME_PARTICLES = frozenset({"de", "du", "des", "d"})


def _capitalise_name(name: str) -> str:
    """« sylvie gaborit » -> « Sylvie Gaborit »; names typed with capitals are kept as typed."""
    if name != name.lower():
        return name
    parts = re.split(r"([ \-'’])", name)
    out = []
    for i, part in enumerate(parts):
        out.append(part if (i > 0 and part in _NAME_PARTICLES) or not part else part[0].upper() + part[1:])
    return "".join(out)


def _name_from(sentence: str) -> str:
    """The name in « c'est moi, Sylvie Gaborit » or « Sylvie Gaborit, gérante »."""
    text = _strip_intro(sentence, _NAME_INTRO)
    if "," in text:
        text = text.split(",")[0].strip()
    return _capitalise_name(_strip_final_stop(text))


@_never_raises
def validate_contact_name(text: str) -> FieldResult:
    """First and last name of the contact person: 2–80 characters, letters, spaces, hyphens, apostrophes, dots."""
    example = "« Marie Dupont » ou « Jean-Luc O'Neil »"
    result = _free_text(
        text, field_name="contact_name", what="le nom de la personne à contacter", minimum=2, maximum=80, example=example,
        extract=_name_from,
    )
    if result.error:
        return result
    name: str = result.value
    if not all(_NAME_CHARS.fullmatch(ch) for ch in name):
        return _fail(
            "Le nom ne doit contenir que des lettres, des espaces, des traits d'union, des apostrophes ou des points "
            f"(par exemple {example})."
        )
    if sum(ch.isalpha() for ch in name) < 2:
        return _fail(f"Merci d'indiquer le prénom et le nom de la personne à contacter (par exemple {example}).")
    return result


# ------------------------------------------------------------------------ SIRET

_SIRET_EXAMPLE = "123 456 789 00012"
#: A number typed with spaces, dots, dashes or slashes between its digits (ASCII digits only).
_DIGIT_RUN = re.compile(r"[0-9](?:[0-9]|[ .\-_/](?=[0-9]))*")
#: Digits mixed with letters that look like digits (« 73282932OOOO74 »).
_DIGITS_WITH_LETTERS = re.compile(r"[0-9][0-9]*[OoIl]+[0-9OoIl]*[0-9]")


@_never_raises
def validate_siret(text: str) -> FieldResult:
    """14-digit SIRET read out of a sentence, checked with ``stdnum.fr.siret`` (Luhn, La Poste's exception)."""
    cleaned, error = _precheck(text, f"Merci d'indiquer le numéro SIRET de l'établissement : 14 chiffres (par exemple {_SIRET_EXAMPLE}).")
    if error:
        return _fail(error)
    return _read(cleaned, "siret", _parse_siret)


def _parse_siret(cleaned: str) -> FieldResult:
    numbers = [re.sub(r"[^0-9]", "", m.group(0)) for m in _DIGIT_RUN.finditer(cleaned)]
    fourteen = [n for n in numbers if len(n) == 14]
    if not fourteen and _DIGITS_WITH_LETTERS.search(cleaned):
        return _fail(
            f"Le numéro SIRET ne doit contenir que des chiffres (les espaces et les points sont acceptés), par exemple {_SIRET_EXAMPLE}."
        )
    if not numbers:
        return _fail(
            "Je n'ai pas trouvé de numéro SIRET dans votre réponse : il compte 14 chiffres, que des chiffres "
            f"(les espaces et les points sont acceptés), par exemple {_SIRET_EXAMPLE}."
        )
    if len(set(fourteen)) > 1:
        return _fail(f"Votre réponse contient plusieurs numéros. Indiquez un seul numéro SIRET (par exemple {_SIRET_EXAMPLE}).")
    if not fourteen:
        digits = max(numbers, key=len)
        if len(digits) == 9:
            return _fail(
                "Il s'agit sans doute du numéro SIREN (9 chiffres). Le numéro SIRET de l'établissement en compte 14 : "
                f"le SIREN suivi de 5 chiffres (par exemple {_SIRET_EXAMPLE})."
            )
        return _fail(f"Le numéro SIRET doit comporter 14 chiffres (vous en avez saisi {len(digits)}), par exemple {_SIRET_EXAMPLE}.")
    digits = fourteen[0]
    try:
        number = stdnum_siret.validate(digits)
    except ValidationError:
        number = None
    if number is None or set(number) == {"0"}:
        return _fail(
            "Ce numéro SIRET n'est pas valide : un chiffre semble erroné. Vous le trouverez sur un extrait Kbis, "
            "une fiche de paie ou annuaire-entreprises.data.gouv.fr."
        )
    return _ok(number)


# ---------------------------------------------------------------- employer type

EMPLOYER_TYPE_LABELS: dict[str, str] = {
    "prive": "Entreprise privée",
    "public": "Employeur public (collectivité, hôpital, fonction publique)",
    "association": "Association",
}

#: Folded keywords -> employer type. Adjectives (« public », « privé ») beat nouns
#: (« entreprise publique » is public, « hôpital privé » is private).
_EMPLOYER_ADJECTIVES = {
    "prive": "prive",
    "privee": "prive",
    "privees": "prive",
    "prives": "prive",
    "public": "public",
    "publique": "public",
    "publics": "public",
    "publiques": "public",
    "associatif": "association",
    "associative": "association",
}
_EMPLOYER_NOUNS = {
    "entreprise": "prive",
    "entreprises": "prive",
    "societe": "prive",
    "sarl": "prive",
    "sas": "prive",
    "sasu": "prive",
    "eurl": "prive",
    "snc": "prive",
    "scop": "prive",
    "pme": "prive",
    "tpe": "prive",
    "artisan": "prive",
    "commercant": "prive",
    "boite": "prive",
    "commerce": "prive",
    "collectivite": "public",
    "collectivites": "public",
    "mairie": "public",
    "commune": "public",
    "hopital": "public",
    "chu": "public",
    "administration": "public",
    "intercommunalite": "public",
    "ccas": "public",
    "epci": "public",
    "association": "association",
    "associations": "association",
    "asso": "association",
    "assos": "association",
    "1901": "association",
}
#: Multi-word cues, matched on the folded text.
_EMPLOYER_PHRASES = (
    ("fonction publique", "public"),
    ("centre hospitalier", "public"),
    ("etablissement public", "public"),
    ("conseil departemental", "public"),
    ("conseil regional", "public"),
    ("communaute de communes", "public"),
    ("auto entrepreneur", "prive"),
    ("micro entreprise", "prive"),
    ("secteur prive", "prive"),
    ("loi 1901", "association"),
)
#: Ordinary words one typo away from a keyword.
_NOT_EMPLOYER_WORDS = frozenset({"prise", "prime", "price", "prives", "priver", "commun", "communes"})
_FUZZY_EMPLOYER_WORDS = tuple(w for w in (*_EMPLOYER_ADJECTIVES, *_EMPLOYER_NOUNS) if len(w) >= 5 and w.isalpha())


def _employer_word(word: str) -> tuple[str, bool] | None:
    """(type, is_adjective) for a folded word, tolerating one typo (two beyond 8 letters)."""
    if word in _EMPLOYER_ADJECTIVES:
        return _EMPLOYER_ADJECTIVES[word], True
    if word in _EMPLOYER_NOUNS:
        return _EMPLOYER_NOUNS[word], False
    if len(word) < 5 or not word.isalpha() or word in _NOT_EMPLOYER_WORDS:
        return None
    max_edits = 1 if len(word) <= 8 else 2
    best: tuple[int, str] | None = None
    for key in _FUZZY_EMPLOYER_WORDS:
        if key[0] != word[0] or abs(len(key) - len(word)) > max_edits:
            continue
        distance = OSA.distance(word, key, score_cutoff=max_edits)
        if distance <= max_edits and (best is None or distance < best[0]):
            best = (distance, key)
    if best is None:
        return None
    key = best[1]
    if key in _EMPLOYER_ADJECTIVES:
        return _EMPLOYER_ADJECTIVES[key], True
    return _EMPLOYER_NOUNS[key], False


@_never_raises
def validate_employer_type(text: str) -> FieldResult:
    """« prive », « public » or « association » from a free answer."""
    cleaned, error = _precheck(text, "")
    if error:
        return _parse_employer_type(text)
    return _read(cleaned, "employer_type", _parse_employer_type)


def _parse_employer_type(text: str) -> FieldResult:
    """« prive », « public » or « association » from a free answer."""
    question = "Votre structure est-elle une entreprise privée, un employeur public (collectivité, hôpital…) ou une association ?"
    cleaned, error = _precheck(text, f"Merci de préciser le type d'employeur. {question}")
    if error:
        return _fail(error)
    folded = normalize(cleaned)
    adjectives: set[str] = set()
    nouns: set[str] = set()
    padded = f" {folded} "
    for phrase, kind in _EMPLOYER_PHRASES:
        if f" {phrase} " in padded:
            (adjectives if kind == "association" else nouns).add(kind)
    if folded == "sa":
        nouns.add("prive")
    for word in folded.split():
        found = _employer_word(word)
        if found:
            (adjectives if found[1] else nouns).add(found[0])
    kinds = adjectives or nouns
    if "association" in adjectives | nouns:
        # « association », « association privée », « asso loi 1901 »; « association publique » is unclear.
        kinds = {"association"} | (adjectives & {"public"})
    if len(kinds) == 1:
        return _ok(next(iter(kinds)))
    if len(kinds) > 1:
        return _fail(f"Votre réponse mentionne plusieurs types d'employeur. {question}")
    return _fail(f"Je n'ai pas reconnu le type d'employeur. {question}")


# ---------------------------------------------------------------- work location

_REGION_LIST = "Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe ou Vendée"


@dataclass(frozen=True)
class _CommuneRow:
    name: str
    department: str
    postal_codes: tuple[str, ...]
    current: bool  # False for delegated / associated communes


@functools.lru_cache(maxsize=1)
def _region_communes() -> tuple[_CommuneRow, ...]:
    with (ELIGIBILITY_DIR / "communes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        _CommuneRow(
            name=row["nom"],
            department=row["departement"],
            postal_codes=tuple(row["codes_postaux"].split()),
            current=row["population"].strip().isdigit(),
        )
        for row in rows
        if row["departement"] in REGION_DEPARTMENTS
    )


def _first_postal_code(commune: str, department: str) -> str | None:
    rows = [r for r in _region_communes() if r.name == commune and r.department == department and r.postal_codes]
    rows.sort(key=lambda r: not r.current)
    return rows[0].postal_codes[0] if rows else None


def _communes_of_postal_code(code: str) -> list[_CommuneRow]:
    rows = [r for r in _region_communes() if code in r.postal_codes]
    current = [r for r in rows if r.current]
    return current or rows


def _place_label(place: Place) -> str:
    if place.commune:
        return f"{place.commune} ({place.department_name})"
    if place.postal_code:
        return f"{place.postal_code} ({place.department_name})"
    return place.department_name


def _french_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} ou {items[-1]}"


def _outside_region_error(where: str) -> str:
    verb = "ne font" if " ou " in where else "ne fait"
    return (
        f"Le poste doit être situé en Pays de la Loire ({_REGION_LIST}) ; {where} {verb} pas partie de la région. "
        "Indiquez la commune du poste dans la région."
    )


@_never_raises
def validate_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    cleaned, error = _precheck(text, "")
    if error:
        return _parse_work_location(text)
    return _read(cleaned, "work_location", _parse_work_location)


def _parse_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    example = "« Cholet » ou « 49300 »"
    cleaned, error = _precheck(text, f"Merci d'indiquer la commune où se situe le poste (par exemple {example}).")
    if error:
        return _fail(error)
    place = extract_place(cleaned)
    if place is None:
        return _fail(f"Je n'ai pas reconnu de commune. Indiquez la commune du poste ou son code postal (par exemple {example}).")
    if isinstance(place, AmbiguousPlace) and not any(option.in_region for option in place.options):
        return _fail(_outside_region_error(place.name))
    if isinstance(place, AmbiguousPlace):
        labels = list(dict.fromkeys(_place_label(option) for option in place.options))
        return _fail(f"Plusieurs lieux correspondent : {_french_or(labels)} ? Précisez le département ou le code postal.")
    if not place.in_region:
        return _fail(_outside_region_error(place.commune or place.department_name))
    if place.commune:
        postal_code = place.postal_code or _first_postal_code(place.commune, place.department)
        return _ok({"commune": place.commune, "postal_code": postal_code, "department": place.department})
    if place.postal_code:
        communes = _communes_of_postal_code(place.postal_code)
        if len(communes) == 1:
            row = communes[0]
            return _ok({"commune": row.name, "postal_code": place.postal_code, "department": row.department})
        if communes:
            names = _french_or([r.name for r in communes])
            return _fail(f"Le code postal {place.postal_code} correspond à plusieurs communes ({names}). Quelle est la commune du poste ?")
        return _fail(f"Je ne trouve pas de commune pour le code postal {place.postal_code}. Pouvez-vous indiquer le nom de la commune ?")
    return _fail(f"Merci de préciser la commune du poste en {place.department_name} (par exemple son nom ou son code postal).")


# --------------------------------------------------------------- French numbers

_NUMBER_UNITS = NUMBER_UNITS
_NUMBER_TENS = NUMBER_TENS


@dataclass(frozen=True)
class _WordNumber:
    value: int
    start: int  # token indices
    end: int
    is_article: bool  # a lone « un » / « une »


def _word_numbers(tokens: list[str]) -> list[_WordNumber]:
    """French number words in ``tokens`` (folded, hyphens split): « vingt et un », « quatre vingt dix »."""
    found: list[_WordNumber] = []
    i = 0
    while i < len(tokens):
        if tokens[i] not in _NUMBER_UNITS and tokens[i] not in _NUMBER_TENS and tokens[i] not in ("cent", "cents", "mille"):
            i += 1
            continue
        start = i
        total = 0
        current = 0
        last = ""  # "unit", "teen" (dix…seize), "tens", "cent"
        while i < len(tokens):
            word = tokens[i]
            if word == "et" and i + 1 < len(tokens) and last == "tens" and tokens[i + 1] in ("un", "une", "onze"):
                i += 1
                continue
            if word in _NUMBER_TENS:
                if last == "unit" and current % 100 == 4 and word.startswith("vingt"):
                    current += 76  # quatre vingt(s)
                elif last in ("", "cent"):
                    current += _NUMBER_TENS[word]
                else:
                    break
                last = "tens"
            elif word in _NUMBER_UNITS:
                value = _NUMBER_UNITS[word]
                if last in ("", "cent") or (last == "tens" and current % 10 == 0 and (value < 10 or current % 20 == 0)):
                    current += value
                elif last == "teen" and current % 10 == 0 and current % 100 in (10, 70, 90) and 0 < value < 10:
                    current += value  # dix sept, soixante dix huit
                else:
                    break
                last = "teen" if value >= 10 else "unit"
            elif word in ("cent", "cents"):
                if last in ("", "unit") and current < 10:
                    current = (current or 1) * 100
                    last = "cent"
                else:
                    break
            elif word == "mille":
                total += (current or 1) * 1000
                current = 0
                last = ""
            else:
                break
            i += 1
        value = total + current
        is_article = i - start == 1 and tokens[start] in ("un", "une")
        found.append(_WordNumber(value, start, i, is_article))
        if i == start:  # pragma: no cover - safety against an endless loop
            i += 1
    return found


def _parse_count(word: str) -> int | None:
    """An integer written in digits or French words (« 3 », « trois », « quinze »), else None."""
    word = word.strip()
    if re.fullmatch(r"[0-9]{1,4}", word):
        return int(word)
    tokens = normalize(word).split()
    numbers = _word_numbers(tokens)
    if len(numbers) == 1 and numbers[0].start == 0 and numbers[0].end == len(tokens):
        return numbers[0].value
    return None


# -------------------------------------------------------------------- positions

_MAX_POSITIONS = 50
_APPROXIMATE = re.compile(
    r"\b(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|centaine|quelques|plusieurs|certain|environ|a peu pres)s?\b"
)


_POSITION_NOUNS = frozenset(
    {"poste", "postes", "personne", "personnes", "salarie", "salaries", "recrutement", "recrutements", "candidat", "candidats"}
    | {"embauche", "embauches", "place", "places", "emploi", "emplois"}
)
_DIGITS_WITH_NOUN = re.compile(r"([0-9]+)(\s*(?:" + "|".join(sorted(_POSITION_NOUNS, key=len, reverse=True)) + r")\b)?")


@_never_raises
def validate_positions(text: str) -> FieldResult:
    """Number of positions, 1–50, in digits or French words."""
    cleaned, error = _precheck(text, "")
    if error:
        return _parse_positions(text)
    return _read(cleaned, "positions", _parse_positions)


def _parse_positions(text: str) -> FieldResult:
    """Number of positions, 1–50, in digits or French words."""
    example = "« 1 », « 2 » ou « trois postes »"
    cleaned, error = _precheck(text, f"Merci d'indiquer le nombre de postes à pourvoir (par exemple {example}).")
    if error:
        return _fail(error)
    folded = _fold(cleaned)
    if re.search(r"\d\s*[.,]\s*\d", folded):
        return _fail(f"Le nombre de postes doit être un nombre entier (par exemple {example}).")
    if re.search(r"(?:^|[\s(:=])[-−]\s*\d", folded) or re.search(r"\bmoins\b", folded):
        return _fail(f"Le nombre de postes doit être un nombre positif, d'au moins 1 (par exemple {example}).")
    tokens = normalize(cleaned).split()
    if _APPROXIMATE.search(" ".join(tokens)):
        return _fail(f"Merci d'indiquer un nombre précis de postes (par exemple {example}).")
    # (value, followed by « postes », « personnes »…)
    candidates = [(int(m.group(1)), bool(m.group(2))) for m in _DIGITS_WITH_NOUN.finditer(folded)]
    words = _word_numbers(tokens)
    candidates += [(w.value, w.end < len(tokens) and tokens[w.end] in _POSITION_NOUNS) for w in words if not w.is_article]
    if any(noun for _, noun in candidates):
        candidates = [c for c in candidates if c[1]]  # « 2 postes en CDD de 12 mois »
    numbers = [value for value, _ in candidates]
    if not numbers and any(w.is_article for w in words):
        numbers = [1]
    if not numbers and re.search(r"\b(?:aucun|aucune|personne)\b", " ".join(tokens)):
        numbers = [0]
    if not numbers:
        return _fail(f"Je n'ai pas trouvé de nombre dans votre réponse. Indiquez le nombre de postes à pourvoir (par exemple {example}).")
    if len(set(numbers)) > 1:
        return _fail(f"Votre réponse contient plusieurs nombres. Indiquez un seul nombre de postes (par exemple {example}).")
    count = numbers[0]
    if count == 0:
        return _fail(f"Il faut au moins un poste à pourvoir. Indiquez le nombre de postes (par exemple {example}).")
    if count > _MAX_POSITIONS:
        return _fail(
            f"Pour un recrutement de plus de {_MAX_POSITIONS} postes, merci de contacter directement la Région des Pays de la Loire, "
            "qui organisera avec vous une action de formation adaptée."
        )
    return _ok(count)


# ------------------------------------------------------------------ weekly hours

_FULL_TIME = 35.0
_MAX_WEEKLY_HOURS = 48.0
_FULL_TIME_WORDS = re.compile(r"\b(?:temps plein|plein temps|temps complet|tps plein|full time|fulltime)\b")
_HALF_TIME_WORDS = re.compile(r"\b(?:mi ?temps|demi ?temps|temps moitie)\b")
_HOURS_MINUTES = re.compile(r"(?<![\d.,])(\d{1,3})\s*(?:h|heures?)\s*([0-5][0-9])(?![\d.,])")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,5}(?:[.,]\d{1,2})?)(?![\d.,])(\s*(?:%|pour ?cent|pourcents?|jours?|j\b))?")


@_never_raises
def validate_weekly_hours(text: str) -> FieldResult:
    """Weekly working hours as a float, 1–48 (« 35 », « 35h », « temps plein », « mi-temps »)."""
    cleaned, error = _precheck(text, "")
    if error:
        return _parse_weekly_hours(text)
    return _read(cleaned, "weekly_hours", _parse_weekly_hours)


def _parse_weekly_hours(text: str) -> FieldResult:
    """Weekly working hours as a float, 1–48 (« 35 », « 35h », « temps plein », « mi-temps »)."""
    example = "« 35 h », « 24 h par semaine » ou « temps plein »"
    cleaned, error = _precheck(text, f"Merci d'indiquer la durée de travail par semaine (par exemple {example}).")
    if error:
        return _fail(error)
    folded = _fold(cleaned)
    words = " ".join(normalize(cleaned).split())
    if re.search(r"(?:^|[\s(:=])[-−]\s*\d", folded):
        return _fail(f"La durée de travail doit être un nombre d'heures positif (par exemple {example}).")
    if re.search(r"(?:\bpar|/)\s*(?:jour|j)\b|\bquotidien", folded):
        return _fail(f"Merci d'indiquer la durée de travail par semaine, et non par jour (par exemple {example}).")
    monthly = re.search(r"(?:\bpar|/)\s*mois\b|\bmensuel", folded) is not None

    values: list[float] = []
    for match in _HOURS_MINUTES.finditer(folded):
        values.append(int(match.group(1)) + int(match.group(2)) / 60)
    rest = _HOURS_MINUTES.sub(" ", folded)
    for match in _NUMBER.finditer(rest):
        number = float(match.group(1).replace(",", "."))
        suffix = (match.group(2) or "").strip()
        if suffix.startswith("j"):
            continue  # « sur 5 jours »
        if suffix:  # a percentage of full time
            if not 0 < number <= 100:
                return _fail(f"Le pourcentage d'un temps plein doit être compris entre 1 et 100 % (par exemple {example}).")
            number = _FULL_TIME * number / 100
        values.append(number)
    if not values:
        numbers = [w for w in _word_numbers(words.split()) if not w.is_article]
        values = [float(w.value) for w in numbers]
    if not values:
        if _HALF_TIME_WORDS.search(words):
            values = [_FULL_TIME / 2]
        elif _FULL_TIME_WORDS.search(words):
            values = [_FULL_TIME]
        elif re.search(r"\btemps partiel\b", words):
            return _fail("Pour un temps partiel, merci de préciser le nombre d'heures par semaine (par exemple « 24 h »).")
    if not values:
        return _fail(
            f"Je n'ai pas trouvé de durée dans votre réponse. Indiquez le nombre d'heures de travail par semaine (par exemple {example})."
        )
    if len({round(v, 2) for v in values}) > 1:
        return _fail(f"Votre réponse contient plusieurs durées. Indiquez une seule durée par semaine (par exemple {example}).")
    hours = values[0]
    warning = None
    if monthly and hours > _MAX_WEEKLY_HOURS:
        weekly = round(hours * 12 / 52, 2)
        warning = f"J'ai converti {_format_hours(hours)} par mois en {_format_hours(weekly)} par semaine."
        hours = weekly
    hours = round(hours, 2)
    if hours < 1:
        return _fail(f"La durée de travail doit être d'au moins 1 heure par semaine (par exemple {example}).")
    if hours > _MAX_WEEKLY_HOURS:
        return _fail(
            f"La durée légale maximale du travail est de 48 heures par semaine : {_format_hours(hours)} n'est pas possible. "
            f"Indiquez la durée prévue au contrat (par exemple {example})."
        )
    return _ok(float(hours), warning)


def _format_hours(hours: float) -> str:
    whole = int(hours)
    minutes = round((hours - whole) * 60)
    if minutes == 60:
        whole, minutes = whole + 1, 0
    return f"{whole} h {minutes:02d}" if minutes else f"{whole} h"


# -------------------------------------------------------------------- start date

_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "jan": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "sep": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}
#: Full names of five letters or more, the targets of misspelt months.
_FULL_MONTHS = ("janvier", "fevrier", "avril", "juillet", "septembre", "octobre", "novembre", "decembre")
_MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTH_PATTERN = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_WORDS = (
    r"(?:vingt|trente)(?: et un| deux| trois| quatre| cinq| six| sept| huit| neuf)?"
    r"|dix (?:sept|huit|neuf)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
)
_TEXT_DATE = re.compile(
    r"(?:\b(?P<qual>debut|mi|milieu|fin|courant)\s+(?:du\s+mois\s+)?(?:de\s+|d\s+)?)?"
    rf"(?:\b(?P<day>[0-9]{{1,2}}|1er|premier|{_DAY_WORDS})\s+)?"
    rf"\b(?P<month>{_MONTH_PATTERN})\b"
    r"(?:\s+(?P<year>[0-9]{4})\b)?"
)
_ISO_DATE = re.compile(r"(?<![\d/.\-])(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?![\d/.\-])")
_NUMERIC_DATE = re.compile(r"(?<![\d/.\-])(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}|\d{2}))?(?![\d/.\-])")
_RELATIVE = re.compile(
    r"\b(?:dans|d ici|sous)\s+(?:environ\s+|a peu pres\s+)?(?P<n>[a-z0-9 ]+?)\s+(?P<unit>jours?|semaines?|mois|ans?|annees?)\b"
)
_ASAP = re.compile(
    r"\b(?:le plus tot possible|au plus tot|plus tot possible|des que possible|asap|au plus vite|le plus vite possible|"
    r"immediatement|tout de suite|des maintenant|maintenant|urgent|urgence|rapidement|sans attendre)\b"
)
_MIN_NOTICE_MONTHS = 2
_MAX_AHEAD_MONTHS = 24


def _add_months(day: date, months: int) -> date:
    year, month = divmod(day.month - 1 + months, 12)
    year += day.year
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _french_date(day: date) -> str:
    ordinal = "1er" if day.day == 1 else str(day.day)
    return f"{ordinal} {_MONTH_NAMES[day.month - 1]} {day.year}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _next_occurrence(month: int, day: int | None, qualifier: str | None, today: date) -> date | None:
    """First date after ``today`` for a day and month without year; None when it never exists."""
    for year in range(today.year, today.year + 5):
        candidate = _resolve_day(year, month, day, qualifier)
        if candidate is not None and candidate > today:
            return candidate
    return None


def _resolve_day(year: int, month: int, day: int | None, qualifier: str | None) -> date | None:
    if not 1 <= month <= 12 or not 1 <= year <= 9999:
        return None
    if day is not None:
        return _safe_date(year, month, day)
    if qualifier in ("mi", "milieu"):
        return date(year, month, 15)
    if qualifier == "fin":
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, month, 1)


def _month_words(folded_words: str) -> str:
    """Folded words with misspelt month names corrected (« fevier » -> « fevrier »)."""
    corrected: list[str] = []
    for word in folded_words.split():
        if word not in _MONTHS and len(word) >= 5 and word.isalpha():
            max_edits = 1 if len(word) <= 8 else 2
            for month in _FULL_MONTHS:
                if month[0] == word[0] and OSA.distance(word, month, score_cutoff=max_edits) <= max_edits:
                    word = month
                    break
        corrected.append(word)
    return " ".join(corrected)


_IMPOSSIBLE = object()


def _parse_date(cleaned: str, today: date) -> tuple[date | None | object, str | None]:
    """(date, remark) from the answer; ``_IMPOSSIBLE`` for a date that does not exist, None when none is found."""
    folded = _fold(cleaned)
    words = " ".join(normalize(cleaned).split())
    match = _ISO_DATE.search(folded)
    if match:
        year, month, day = (int(g) for g in match.groups())
        found = _safe_date(year, month, day) if 1 <= year else None
        return (found if found else _IMPOSSIBLE), None
    match = _NUMERIC_DATE.search(folded)
    if match:
        day, month = int(match.group(1)), int(match.group(2))
        if match.group(3):
            year = int(match.group(3))
            year += 2000 if year < 100 else 0
            found = _safe_date(year, month, day)
        else:
            found = _next_occurrence(month, day, None, today) if 1 <= month <= 12 else None
        return (found if found else _IMPOSSIBLE), None
    match = _RELATIVE.search(words)
    if match:
        count = _parse_count(match.group("n"))
        unit = match.group("unit")
        if count is not None and count <= 1000:
            if unit.startswith("jour"):
                return today + timedelta(days=count), None
            if unit.startswith("semaine"):
                return today + timedelta(weeks=count), None
            months = count if unit == "mois" else count * 12
            return _add_months(today, min(months, 1200)), None
    words = _month_words(words)
    match = _TEXT_DATE.search(words)
    if match:
        month = _MONTHS[match.group("month")]
        raw_day = match.group("day")
        day = None if raw_day is None else 1 if raw_day in ("1er", "premier") else _parse_count(raw_day)
        qualifier = match.group("qual")
        if match.group("year"):
            found = _resolve_day(int(match.group("year")), month, day, qualifier)
        else:
            found = _next_occurrence(month, day, qualifier, today)
        return (found if found else _IMPOSSIBLE), None
    if _ASAP.search(words):
        return _add_months(today, _MIN_NOTICE_MONTHS), "asap"
    if re.search(r"\bapres demain\b", words):
        return today + timedelta(days=2), None
    if re.search(r"\bdemain\b", words):
        return today + timedelta(days=1), None
    if re.search(r"\baujourd hui\b", words):
        return today, None
    if re.search(r"\bsemaine prochaine\b", words):
        return today + timedelta(days=7 - today.weekday()), None
    if re.search(r"\bmois prochain\b", words):
        return _add_months(today.replace(day=1), 1), None
    if re.search(r"\brentree\b", words):
        return _next_occurrence(9, 1, None, today), None
    return None, None


@_never_raises
def validate_start_date(text: str, today: date) -> FieldResult:
    """Planned start date of the job, after ``today`` and at most two years ahead."""
    cleaned, error = _precheck(text, "")
    if error:
        return _parse_start_date(text, today)
    return _read(cleaned, "start_date", lambda answer: _parse_start_date(answer, today))


def _parse_start_date(text: str, today: date) -> FieldResult:
    """Planned start date of the job, after ``today`` and at most two years ahead."""
    example_day = _french_date(_add_months(today, 3).replace(day=15))
    example = f"« 15/03/2027 », « {example_day} » ou « début septembre »"
    cleaned, error = _precheck(text, f"Merci d'indiquer la date de démarrage prévue (par exemple {example}).")
    if error:
        return _fail(error)
    found, remark = _parse_date(cleaned, today)
    if found is _IMPOSSIBLE:
        return _fail(f"Cette date n'existe pas. Vérifiez le jour et le mois (par exemple {example}).")
    if not isinstance(found, date):
        return _fail(f"Je n'ai pas reconnu de date dans votre réponse. Indiquez la date de démarrage prévue (par exemple {example}).")
    if found < today:
        return _fail(f"Le {_french_date(found)} est déjà passé. Indiquez une date de démarrage à venir (par exemple « {example_day} »).")
    if found == today:
        return _fail(f"Le démarrage ne peut pas avoir lieu aujourd'hui. Indiquez une date à venir (par exemple « {example_day} »).")
    latest = _add_months(today, _MAX_AHEAD_MONTHS)
    if found > latest:
        return _fail(
            f"La date de démarrage ne peut pas être à plus de deux ans (au plus tard le {_french_date(latest)}). "
            "Indiquez une date plus proche."
        )
    if remark == "asap":
        return _ok(
            found,
            f"J'ai noté un démarrage le {_french_date(found)} : la mise en place d'une formation demande au moins 2 à 3 mois, "
            "c'est donc la date la plus proche possible. Vous pourrez l'ajuster avec votre conseiller.",
        )
    warning = None
    if found < _add_months(today, _MIN_NOTICE_MONTHS):
        warning = (
            "Attention : la mise en place d'une formation demande au moins 2 à 3 mois. "
            f"Un démarrage le {_french_date(found)} risque d'être trop proche ; la date est notée "
            "et votre conseiller vérifiera avec vous si elle peut être tenue."
        )
    return _ok(found, warning)


# ------------------------------------------------------------------------- email

_EMAIL_MAX = 254
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_EMAIL_EDGES = "<>()[]{}\"'«»,;:.!?"
#: Words that may come just before an address; another word there means a space inside it (« marie dupont@x.fr »).
_EMAIL_LEADS = frozenset(
    "mail mails email e-mail courriel adresse mel mél électronique electronique est c'est cest c a à au sur voici voila voilà "
    "mon ma notre le la l'adresse par écrire ecrire m'écrire m'ecrire contacter joindre joignable mailto envoyer "
    "ok oui alors euh plutot plutôt finalement maintenant nouvelle nouveau nouvel donc bien".split()
)


@_never_raises
def validate_email(text: str) -> FieldResult:
    """E-mail address read out of a sentence (« mon mail : x@y.fr »), domain lower-cased."""
    cleaned, error = _precheck(text, "Merci d'indiquer une adresse e-mail (par exemple « marie.dupont@entreprise.fr »).")
    if error:
        return _fail(error)
    return _read(cleaned, "email", _parse_email)


def _parse_email(cleaned: str) -> FieldResult:
    example = "« marie.dupont@entreprise.fr »"
    words = re.sub(r"\s*@\s*", "@", cleaned).split(" ")
    found = [i for i, word in enumerate(words) if "@" in word]
    if not found:
        return _fail(f"Il manque le signe « @ » : vérifiez l'adresse (par exemple {example}).")
    if len(found) > 1:
        return _fail(f"Votre réponse contient plusieurs adresses. Indiquez une seule adresse e-mail (par exemple {example}).")
    index = found[0]
    address = words[index]
    if ":" in address.split("@")[0]:
        address = address.rsplit(":", 1)[1] if not address.lower().startswith("mailto:") else address[7:]
    address = address.lstrip(_EMAIL_EDGES.replace(".", "")).rstrip(_EMAIL_EDGES)
    address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    if index > 0:
        before = words[index - 1]
        if before[-1:] not in (":", "=", ",", "(", "<", "«") and before.lower().strip(_EMAIL_EDGES) not in _EMAIL_LEADS and before.strip(_EMAIL_EDGES):
            return _fail(f"L'adresse e-mail ne doit pas contenir d'espace (par exemple {example}).")
    if len(address) > _EMAIL_MAX:
        return _fail(f"Cette adresse e-mail est trop longue ({_EMAIL_MAX} caractères au maximum).")
    if address.count("@") != 1:
        return _fail(f"Une adresse e-mail ne contient qu'un seul signe « @ » : vérifiez l'adresse (par exemple {example}).")
    local, domain = address.split("@")
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local) or not _EMAIL_DOMAIN.fullmatch(domain):
        return _fail(
            "Cette adresse e-mail ne semble pas valide : elle doit avoir la forme nom@domaine.fr, sans accent ni espace "
            f"(par exemple {example})."
        )
    return _ok(f"{local}@{domain.lower()}")


# ------------------------------------------------------------------------- phone

#: A phone number as typed: digits with spaces, dots, dashes, slashes, brackets, maybe « + » or « 00 » first.
_PHONE_RUN = re.compile(r"\+?[0-9](?:[0-9]|[ .\-/()]{1,3}(?=\(?[0-9]))*")


@_never_raises
def validate_phone(text: str) -> FieldResult:
    """Phone number read out of a sentence, in E.164 (« +33612345678 »), French numbers by default."""
    cleaned, error = _precheck(text, "Merci d'indiquer un numéro de téléphone (par exemple « 06 12 34 56 78 » ou « 02 41 00 00 00 »).")
    if error:
        return _fail(error)
    return _read(cleaned, "phone", _parse_phone)


def _parse_phone(cleaned: str) -> FieldResult:
    example = "« 06 12 34 56 78 » ou « 02 41 00 00 00 »"
    runs = [m.group(0).strip() for m in _PHONE_RUN.finditer(cleaned)]
    if not runs:
        return _fail(f"Je n'ai pas trouvé de numéro de téléphone dans votre réponse : 10 chiffres, par exemple {example}.")
    long_runs = [r for r in runs if len(re.sub(r"[^0-9]", "", r)) >= 6]
    if len(long_runs) > 1:
        return _fail(f"Votre réponse contient plusieurs numéros. Indiquez un seul numéro de téléphone (par exemple {example}).")
    number_text = long_runs[0] if long_runs else max(runs, key=lambda r: len(re.sub(r"[^0-9]", "", r)))
    digits = re.sub(r"[^0-9]", "", number_text)
    if len(digits) < 10 and not number_text.startswith("+"):
        return _fail(f"Le numéro de téléphone doit comporter 10 chiffres (vous en avez saisi {len(digits)}), par exemple {example}.")
    try:
        parsed = phonenumbers.parse(number_text, "FR")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        return _fail(f"Ce numéro de téléphone ne semble pas valide. Vérifiez-le : 10 chiffres en France (par exemple {example}).")
    return _ok(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


# ------------------------------------------------------------------------ fields

#: Submission fields, in the order they are asked.
FIELDS = (
    "company_name",
    "siret",
    "employer_type",
    "contact_name",
    "email",
    "phone",
    "job_title",
    "work_location",
    "positions",
    "weekly_hours",
    "start_date",
    "training_needs",
    "justification",
)

_TEXT_VALIDATORS: dict[str, Callable[[str], FieldResult]] = {
    "company_name": validate_company_name,
    "siret": validate_siret,
    "employer_type": validate_employer_type,
    "contact_name": validate_contact_name,
    "email": validate_email,
    "phone": validate_phone,
    "job_title": validate_job_title,
    "work_location": validate_work_location,
    "positions": validate_positions,
    "weekly_hours": validate_weekly_hours,
    "training_needs": validate_training_needs,
    "justification": validate_justification,
}


def validate_field(field: str, text: str, today: date | None = None) -> FieldResult:
    """Validator of ``field`` applied to ``text``; ``today`` defaults to the current date."""
    if field == "start_date":
        return validate_start_date(text, today or date.today())
    validator = _TEXT_VALIDATORS.get(field)
    if validator is None:
        raise KeyError(f"unknown submission field: {field}")
    return validator(text)


def format_value(field: str, value: Any) -> str:
    """French display of a validated value for the recap."""
    if value is None:
        return "non renseigné"
    try:
        if field == "start_date" and isinstance(value, date):
            return _french_date(value)
        if field == "phone":
            parsed = phonenumbers.parse(str(value), "FR")
            style = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 33 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(parsed, style)
        if field == "weekly_hours":
            return _format_hours(float(value))
        if field == "work_location" and isinstance(value, dict):
            commune = value.get("commune") or ""
            code = value.get("postal_code")
            return f"{commune} ({code})" if code else str(commune)
        if field == "employer_type":
            return EMPLOYER_TYPE_LABELS.get(str(value), str(value))
        if field == "siret":
            return stdnum_siret.format(str(value))
        if field == "positions":
            count = int(value)
            return f"{count} poste" if count == 1 else f"{count} postes"
    except (ValueError, TypeError, phonenumbers.NumberParseException):
        pass
    return str(value)
