"""Validators for the fields of a hiring-intent submission.

After the eligibility check, the assistant collects the employer's submission
one field at a time; each typed answer goes through the validator of its field.
A validator never raises, whatever the string (empty, very long, emoji, HTML,
SQL…): it returns a :class:`FieldResult` with either a normalised value or a
French error message telling the employer what is expected, and sometimes a
French warning accepted with the value (a start date that leaves little time to
set up the training, for example).

``format_value`` gives the French display of a value for the recap.
"""

from __future__ import annotations

import calendar
import csv
import functools
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, TypeVar, cast

import phonenumbers
from rapidfuzz.distance import OSA
from stdnum.exceptions import ValidationError
from stdnum.fr import siret as stdnum_siret

from bot.extractors._text import NUMBER_TENS, NUMBER_UNITS
from bot.extractors.place import REGION_DEPARTMENTS, AmbiguousPlace, Place, extract_place
from bot.paths import ELIGIBILITY_DIR
from bot.text import normalize, strip_accents

logger = logging.getLogger(__name__)

__all__ = [
    "EMPLOYER_TYPE_LABELS",
    "FIELDS",
    "FieldResult",
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


@dataclass(frozen=True)
class FieldResult:
    """Outcome of a validator: exactly one of ``value`` and ``error`` is set.

    ``warning`` is an optional French remark shown to the employer while the
    value is kept.
    """

    value: Any | None
    error: str | None
    warning: str | None = None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.error is None):
            raise ValueError("FieldResult needs exactly one of value and error")
        if self.warning is not None and self.error is not None:
            raise ValueError("a warning goes with a value, not with an error")

    @property
    def ok(self) -> bool:
        return self.error is None


def _ok(value: Any, warning: str | None = None) -> FieldResult:
    return FieldResult(value=value, error=None, warning=warning)


def _fail(message: str) -> FieldResult:
    return FieldResult(value=None, error=message)


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

_MARKUP = re.compile(
    r"<\s*/?\s*[a-z!?][^<>]*>"  # a tag: <b>, </div>, <!-- -->, <?php ?>
    r"|<\s*/?\s*(?:script|iframe|img|svg|object|embed|style|link|meta|body|html|form|input|a)\b"  # unterminated tag
    r"|\b(?:java|vb)script\s*:"
    r"|\bdata\s*:\s*text/html"
    r"|\bon(?:error|load|click|mouseover|focus)\s*="
    r"|&#x?[0-9a-f]+;|&(?:lt|gt|quot|amp);"
    r"|\{\{|\$\{",
    re.IGNORECASE,
)

_SQL = re.compile(
    r";\s*(?:select|insert|update|delete|drop|alter|create|truncate|exec|execute|union|grant|revoke|shutdown|declare|merge)\b"
    r"|--"
    r"|/\*|\*/"
    r"|['\"`]\s*(?:or|and)\s+\S+\s*=|['\"`]\s*(?:or|and)\s+['\"`]"
    r"|\b(?:or|and)\s+(\d+)\s*=\s*\1\b"
    r"|\bdrop\s+(?:table|database|schema)\b"
    r"|\bunion\s+(?:all\s+)?select\b"
    r"|\binsert\s+into\b"
    r"|\bdelete\s+from\b"
    r"|\bselect\s+[\w*,\s]{1,80}?\s+from\b"
    r"|\bupdate\s+\w+\s+set\b"
    r"|\btruncate\s+table\b"
    r"|\bexec(?:ute)?\s*\("
    r"|\bxp_cmdshell\b|\bwaitfor\s+delay\b|\bsleep\s*\(\s*\d|\bbenchmark\s*\(|\binformation_schema\b|@@version",
    re.IGNORECASE,
)

_MARKUP_ERROR = (
    "Votre réponse contient du code ou des balises (comme « <b> » ou « javascript: ») que je ne peux pas accepter. "
    "Merci de l'écrire en texte simple."
)
_SQL_ERROR = (
    "Votre réponse contient des symboles ou des mots qui ressemblent à une commande informatique "
    "(par exemple « -- », « /* » ou « ; DROP »). Merci de la reformuler en texte simple, sans ces symboles."
)
_TOO_LONG_INPUT_ERROR = "Votre réponse est beaucoup trop longue. Merci de répondre en quelques mots."


def _clean(text: str) -> str:
    """NFC text with control and invisible characters turned into spaces, whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") else ch for ch in text)
    return _SPACES.sub(" ", text).strip()


def _hostile(text: str) -> str | None:
    """French error when ``text`` looks like markup or an SQL injection, else None."""
    if _MARKUP.search(text):
        return _MARKUP_ERROR
    if _SQL.search(text):
        return _SQL_ERROR
    return None


def _precheck(text: str, empty_message: str, max_chars: int = _MAX_SHORT_ANSWER) -> tuple[str, str | None]:
    """Cleaned text and the error shared by every validator (empty, too long, hostile)."""
    if len(text) > _MAX_INPUT_CHARS:
        return "", _TOO_LONG_INPUT_ERROR
    cleaned = _clean(text)
    if not cleaned:
        return "", empty_message
    if len(cleaned) > max_chars:
        return "", _TOO_LONG_INPUT_ERROR
    return cleaned, _hostile(cleaned)


def _fold(text: str) -> str:
    """Lower-case, accent-free text, punctuation kept."""
    return strip_accents(text).lower().replace("’", "'")


# ------------------------------------------------------------------ free text


def _free_text(
    text: str,
    *,
    what: str,
    minimum: int,
    maximum: int,
    example: str,
    needs_letter: bool = True,
) -> FieldResult:
    """Trimmed, single-spaced free text of ``minimum``–``maximum`` characters.

    ``what`` is the French noun phrase of the field with its article (« le nom
    de l'entreprise »), used in the messages.
    """
    cleaned, error = _precheck(text, f"Merci d'indiquer {what} (par exemple {example}).", max_chars=_MAX_INPUT_CHARS)
    if error:
        return _fail(error)
    if len(cleaned) < minimum:
        return _fail(f"Votre réponse est trop courte : {what} doit comporter au moins {minimum} caractères (par exemple {example}).")
    if len(cleaned) > maximum:
        return _fail(
            f"Votre réponse est trop longue ({len(cleaned)} caractères) : {what} ne doit pas dépasser {maximum} caractères. "
            "Merci de la raccourcir."
        )
    has_letter = any(ch.isalpha() for ch in cleaned)
    if not has_letter and (needs_letter or not any(ch.isdigit() for ch in cleaned)):
        return _fail(f"Je n'ai pas compris : {what} doit être écrit avec des lettres (par exemple {example}).")
    return _ok(cleaned)


@_never_raises
def validate_company_name(text: str) -> FieldResult:
    """Name of the employer: 2–120 characters."""
    return _free_text(
        text, what="le nom de l'entreprise", minimum=2, maximum=120, example="« L'Atelier du Bois » ou « SARL Martin »", needs_letter=False
    )


@_never_raises
def validate_job_title(text: str) -> FieldResult:
    """Title of the job offered: 2–120 characters."""
    return _free_text(text, what="l'intitulé du poste", minimum=2, maximum=120, example="« Soudeur » ou « Aide-soignant de nuit »")


@_never_raises
def validate_training_needs(text: str) -> FieldResult:
    """Skills the training should bring: 3–1000 characters."""
    return _free_text(
        text,
        what="le besoin de formation",
        minimum=3,
        maximum=1000,
        example="« soudure TIG et lecture de plans »",
    )


@_never_raises
def validate_justification(text: str) -> FieldResult:
    """Why the hire needs this training: 10–1000 characters."""
    return _free_text(
        text,
        what="la justification du besoin",
        minimum=10,
        maximum=1000,
        example="« Le candidat n'a pas le CACES nécessaire pour conduire nos chariots »",
    )


_NAME_CHARS = re.compile(r"[^\W\d_]|[ '’.\-]")


@_never_raises
def validate_contact_name(text: str) -> FieldResult:
    """First and last name of the contact person: 2–80 characters, letters, spaces, hyphens, apostrophes, dots."""
    example = "« Marie Dupont » ou « Jean-Luc O'Neil »"
    result = _free_text(text, what="le nom de la personne à contacter", minimum=2, maximum=80, example=example)
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
_SIRET_LABEL = re.compile(r"^(?:(?:n°|no|num[eé]ro)\s*(?:de\s+)?)?siret\s*(?:n°|no)?\s*[:=]?\s*", re.IGNORECASE)
_SIRET_SEPARATORS = re.compile(r"[\s.\-_/]")


@_never_raises
def validate_siret(text: str) -> FieldResult:
    """14-digit SIRET, separators allowed, checked with ``stdnum.fr.siret`` (Luhn, La Poste's exception)."""
    cleaned, error = _precheck(text, f"Merci d'indiquer le numéro SIRET de l'établissement : 14 chiffres (par exemple {_SIRET_EXAMPLE}).")
    if error:
        return _fail(error)
    digits = _SIRET_SEPARATORS.sub("", _SIRET_LABEL.sub("", cleaned))
    if not re.fullmatch(r"[0-9]+", digits):
        return _fail(
            f"Le numéro SIRET ne doit contenir que des chiffres (les espaces et les points sont acceptés), par exemple {_SIRET_EXAMPLE}."
        )
    if len(digits) == 9:
        return _fail(
            "Il s'agit sans doute du numéro SIREN (9 chiffres). Le numéro SIRET de l'établissement en compte 14 : "
            f"le SIREN suivi de 5 chiffres (par exemple {_SIRET_EXAMPLE})."
        )
    if len(digits) != 14:
        return _fail(f"Le numéro SIRET doit comporter 14 chiffres (vous en avez saisi {len(digits)}), par exemple {_SIRET_EXAMPLE}.")
    try:
        number = stdnum_siret.validate(digits)
    except ValidationError:
        number = None
    if number is None or set(number) == {"0"}:
        return _fail(
            "Ce numéro SIRET n'est pas valide : un chiffre semble erroné. Vous le trouverez sur un bulletin de paie, "
            "un extrait Kbis ou sur annuaire-entreprises.data.gouv.fr."
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


@_never_raises
def validate_email(text: str) -> FieldResult:
    """E-mail address, domain lower-cased."""
    example = "« marie.dupont@entreprise.fr »"
    cleaned, error = _precheck(text, f"Merci d'indiquer une adresse e-mail (par exemple {example}).")
    if error:
        return _fail(error)
    address = re.sub(r"^mailto:", "", cleaned, flags=re.IGNORECASE)
    if " " in address:
        return _fail(f"L'adresse e-mail ne doit pas contenir d'espace (par exemple {example}).")
    if len(address) > _EMAIL_MAX:
        return _fail(f"Cette adresse e-mail est trop longue ({_EMAIL_MAX} caractères au maximum).")
    if address.count("@") != 1:
        what = "Il manque le signe « @ »" if "@" not in address else "Une adresse e-mail ne contient qu'un seul signe « @ »"
        return _fail(f"{what} : vérifiez l'adresse (par exemple {example}).")
    local, domain = address.split("@")
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local) or not _EMAIL_DOMAIN.fullmatch(domain):
        return _fail(
            "Cette adresse e-mail ne semble pas valide : elle doit avoir la forme nom@domaine.fr, sans accent ni espace "
            f"(par exemple {example})."
        )
    return _ok(f"{local}@{domain.lower()}")


# ------------------------------------------------------------------------- phone

_PHONE_LABEL = re.compile(
    r"^(?:t[ée]l(?:[ée]phone)?|portable|mobile|fixe|num[ée]ro|n°)\s*(?:de\s+t[ée]l[ée]phone\s*)?[:.]?\s*", re.IGNORECASE
)
_PHONE_CHARS = re.compile(r"[0-9+().\-/\s]+")


@_never_raises
def validate_phone(text: str) -> FieldResult:
    """Phone number in E.164 (« +33612345678 »), French numbers by default."""
    example = "« 06 12 34 56 78 » ou « 02 41 00 00 00 »"
    cleaned, error = _precheck(text, f"Merci d'indiquer un numéro de téléphone (par exemple {example}).")
    if error:
        return _fail(error)
    number_text = _PHONE_LABEL.sub("", cleaned)
    if not _PHONE_CHARS.fullmatch(number_text) or not re.search(r"[0-9]", number_text):
        return _fail(f"Le numéro de téléphone ne doit contenir que des chiffres (par exemple {example}).")
    digits = re.sub(r"[^0-9]", "", number_text)
    if len(digits) < 10 and not number_text.lstrip().startswith("+"):
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
