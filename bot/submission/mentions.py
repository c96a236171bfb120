"""A field named, or its value given, inside a sentence the employer typed.

Shared by the questions (an earlier answer corrected in passing: « ah et
c'est 3 postes pas 2 ») and the recap (« finalement 3 caristes à 39h en CDD de
18 mois »): which field a phrase is about (:func:`recap_field_of`,
:func:`sniff_field`), the value it gives (:func:`recap_value`), how a value is
shown (:func:`display`), and the count and job of « 3 caristes »
(:func:`counted_job`).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.dialogue import messages as msg
from bot.eligibility.rules import evaluate
from bot.extractors.place import AmbiguousPlace, Place, extract_job_place, extract_place, without_the_candidates_places
from bot.extractors.project import EN_FIELD, NOT_JOBS, job_alone, several_jobs
from bot.language.cues import CLOSED_FOR_A_WHILE, HEDGED, REPLACING_WORDS, alternation
from bot.language.lexicon import BUSINESS_KINDS, employer_nouns, legal_forms, typed_alternation
from bot.language.months import FULL_MONTHS
from bot.language.normalize import fold, normalize
from bot.language.numbers import MEASURE_UNIT, SMALL_COUNT_WORDS
from bot.submission.fields import (
    CONTRACT_NOUNS,
    CORRECTION,
    UNUSABLE,
    VALUE,
    FieldResult,
)
from bot.submission.form_slots import (
    CONSENT_REFUSED,
    CONSENT_SLOT,
    FIELD_LABELS,
    FIELD_VALIDATORS,
    MAY_BE_MISSING,
)
from bot.submission.validators import format_value, validate_field
from bot.submission.validators.counts import HOURS_HESITATION, HOURS_RANGE_SAID, POSTS_COUNTED
from bot.submission.validators.dates import HOLIDAYS, WEEK_NUMBER, notice_warning, only_a_start
from bot.submission.validators.employer import employer_adjective, employer_type_alone, employer_word
from bot.submission.validators.hours import HOURS, hours_said

#: Words in a question that show it is about the field being asked (« c'est quoi un siret ? »).
FIELD_WORDS = {
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


#: A contract named as such, anywhere in a recap message.
CONTRACT_WORD = re.compile(rf"\b(?:{CONTRACT_NOUNS}\w*|saisonnier\w*|mission)\b")
#: « … plutôt qu'un contrat de pro », « au lieu d'un CDD », « et non un CDI »: the contract not wanted.
REJECTED_CONTRACT = re.compile(
    r"\s*,?\s*\b(?:plut[oô]t\s+qu['’e]\s*|au\s+lieu\s+d['’e]\s*|et\s+non\s+(?:pas\s+)?|pas\s+)(?:un\s+|une\s+|d['’]un\s+|d['’]une\s+|le\s+|la\s+|l['’])?"
    r"(?:contrat\w*(?:\s+(?:de\s+)?(?:pro|professionnalisation|d['’]apprentissage|apprentissage))?|cdi\w*|cdd|apprenti\w*|alternance|int[ée]rim\w*|mission)"
    r"(?:\s+(?:de\s+)?\d+\s*(?:mois|ans?))?",
    re.IGNORECASE,
)


def last_duration_said(text: str) -> str:
    """The part of ``text`` that holds its last length (« le contrat 12 mois c'est ok mais mettez 18 mois »: 18, not 12:
    fifteenth blind user test)."""
    found = list(re.finditer(r"\d+(?:[.,]\d+)?\s*(?:mois|ans?|semaines?)\b", text, re.IGNORECASE))
    return text[found[-1].start():] if len(found) > 1 else text


def display(slot: str, value: Any) -> str:
    if value is None and slot in MAY_BE_MISSING:
        return msg.LEFT_OUT.get(slot, msg.TO_BE_COMPLETED)
    field = FIELD_VALIDATORS.get(slot) or slot
    if slot == "start_date" and isinstance(value, str):
        value = dt.date.fromisoformat(value)
    return format_value(field, value)


def ending_unstopped(said: str) -> str:
    """``said`` without its own full stop, before a sentence's (« … restauration collective.. » was said back: twenty-seventh
    blind user test); an ellipsis and « etc. » are kept."""
    return said[:-1] if said.endswith(".") and not said.endswith("..") and not said.lower().endswith("etc.") else said


def corrected(field: str, value: Any, slots: dict[str, Any], today: dt.date | None = None) -> str:
    """« C'est corrigé. Poste : soudeur. », or « C'est déjà ce que j'ai noté : … » when ``value`` is the one recorded: « C'est
    corrigé » never comes with a value unchanged (it did for the start date: twentieth blind user test). A start changed to
    one too soon gets the date question's warning, given ``today`` (twenty-seventh blind user test)."""
    said = (msg.ALREADY_SO if slots.get(field) == value else msg.CORRECTED_FIELD).format(
        label=FIELD_LABELS[field], value=ending_unstopped(display(field, value)))
    if field == "start_date" and today is not None and isinstance(value, str) and slots.get(field) != value:
        if (warning := notice_warning(dt.date.fromisoformat(value), today)) is not None:
            said = f"{said} {warning}"
    return said


RECAP_CHANGE = re.compile(
    r"\b(?:faux|fausse|erreur|errone\w*|pas bon|pas bonne|pas correct\w*|pas juste|incorrect\w*|incomplet\w*|inexact\w*|"
    r"modifi\w*|chang\w*|corrig\w*|rectifi\w*|trompe\w*|en fait|plutot|finalement|mauvais\w*|pas le bon|pas la bonne|"
    r"n est pas|c est pas|au lieu|pas \d+|sauf|excepte|hormis)\b|^non\b|"
    # (an addition asked: a verb — « ajoutez le permis B », « ajoutons le caces » — not negated (« rien à ajouter », « n'ajoutez rien »,
    # « je vois pas quoi ajouter »); the noun only where it brings what is added — « ajout du caces », « juste un ajout : SST », « en
    # ajout l'habilitation » — not « aucun autre ajout », « merci pour l'ajout », « l'ajout est pris en compte »; « à ajouter »
    # after « pensez » or before a colon: reviews)
    r"(?<!\brien a )(?<!\brien a y )(?<!\bquoi )(?<!\bbesoin d )(?<!\bn )(?<!\bsans )(?<!\ba )\br?ajout(?:ez|er|ons|es|e)\b(?!\s+rien\b)|"
    # (« le permis B à ajouter », « SST à rajouter »; not « rien n'est à ajouter », « ni à ajouter », « nada à ajouter »: reviews)
    r"(?<!\brien )(?<!\brien n est )(?<!\bni )(?<!\bquoi )(?<!\bnada )(?<!\brien de plus )(?<!\brien d autre )(?<!\brien de neuf )"
    r"(?<!\brien de special )(?<!\brien de particulier )(?<!\bbesoin d )\ba r?ajouter\b(?!\s+(?:rien|de plus|d autre))|(?<!\bpour l )(?<!\bmerci pour l )(?<!\baucun )(?<!\baucun autre )(?<!\bpas de )(?<!\bpas d )(?<!\bsans )(?<!\bzero )"
    r"(?<!\bni )\br?ajouts?\s+(?!est\b|a ete\b|pris\b|bien\b|fait\b|effectue\w*|merci\b|svp\b)[a-z]|\b(?:un|en|juste un|mon|avec un)\s+r?ajout\b|"
    r"\b(?:pensez|penser|il reste|reste)\b.*\ba r?ajouter\b"
)
#: Words naming each field at the recap, longest first when searched.
_RECAP_ALIASES: dict[str, str] = {
    "nom de l entreprise": "company_name", "nom de la societe": "company_name", "raison sociale": "company_name",
    "nom de la boite": "company_name", "nom de la structure": "company_name", "nom de l asso": "company_name",
    "nom de l association": "company_name",
    "entreprise": "company_name", "societe": "company_name", "structure": "company_name",
    "siret": "siret", "siren": "siret", "numero de siret": "siret", "numero siret": "siret", "numero de siren": "siret",
    "type d employeur": "employer_type", "employeur": "employer_type",
    "lieu": "work_location", "commune": "work_location", "ville": "work_location", "adresse du poste": "work_location",
    "intitule": "job_title", "poste": "job_title", "metier": "job_title",
    "nombre de postes": "positions", "postes": "positions",
    "heures": "weekly_hours", "horaire": "weekly_hours", "duree hebdomadaire": "weekly_hours", "hebdo": "weekly_hours",
    "date": "start_date", "demarrage": "start_date", "embauche": "start_date",
    # (the start, not the job: « 2 postes et une prise de poste le 2 mai » changed the job: blind user tests 26–28, left open in session 23)
    "prise de poste": "start_date", "prise du poste": "start_date", "prise de fonction": "start_date", "prise de fonctions": "start_date",
    "entree en poste": "start_date", "entree en fonction": "start_date", "arrivee au poste": "start_date",
    "prendra son poste": "start_date", "prendre son poste": "start_date", "prend son poste": "start_date",
    "formation": "training_needs", "besoins": "training_needs", "besoin": "training_needs",
    "derogation": "derogation_justification", "motif": "derogation_justification", "justification": "derogation_justification",
    "nom de contact": "contact_name", "nom du contact": "contact_name", "contact": "contact_name", "nom": "contact_name",
    "mail": "contact_email", "email": "contact_email", "e mail": "contact_email", "courriel": "contact_email",
    "telephone": "contact_phone", "tel": "contact_phone", "portable": "contact_phone", "numero": "contact_phone",
    "contrat": "contract_type", "duree": "contract_type", "cdd": "contract_type", "cdi": "contract_type",
}
_NEGATED_TAIL = re.compile(
    # (« … pas à Laval »: the place rejected, not only « à »: nineteenth blind user test)
    r"\b(?:pas(?: du tout)?|et non|au lieu de|au lieu d)\s+(?:(?:a|à|au|aux|en|dans|sur) )?(?:de |d |l |le |la |un |une )?[\w.,@-]+(?:\s+(?:postes?|heures?|h|mois))?"
    r"|\bau lieu d['’]\s*[\w.,@]+",  # « 2 jeunes au lieu d'1 » (fourteenth blind user test)
    re.IGNORECASE,
)
#: The value after the last « c'est / plutôt / sera / : » (« c'est juste le nom, c'est Dupont SA » → « Dupont SA »).
_NEW_VALUE = re.compile(
    r"^.*?(?:s['’ ]appelle(?: maintenant)?|nous nous appelons|se nomme)\s+(?:maintenant\s+)?(.+)$"
    # (« c » for « c'est », not a licence's or a category's letter: « la formation c'est permis C et CACES 3 » was the needs « et
    # CACES 3 »: found talking to make run. Nor the licence with its article, nor a letter joined to another need: « la formation :
    # le C et la FIMO » was the needs « et la FIMO », « la formation c'est le C » lost the C: review of the session's fixes.)
    r"|^.*(?:c['’ ]?est(?: plut[oô]t)?|\b(?<!permis )(?<!cat )(?<!categorie )(?<!catégorie )(?<!b, )(?<!b et )(?<!b ou )(?<!b/)"
    r"(?<!\ble )(?<!\bla )(?<!\bdu )(?<!\bun )(?<!\bau )(?<!\ben )c\b(?!\s+(?:et|ou)\b)"
    r"|plut[oô]t|sera|serait|devient|:|=)\s+(?:(?:juste|seulement|simplement|uniquement)\s+)?(.+)$",
    re.IGNORECASE,
)
#: The needs right after « la formation », no « c'est » between, typed as a certificate or a capitalised name (« et la formation
#: CACES R489 cat 1 et 3 + gestion des stocks » at the recap: « je n'ai pas trouvé la nouvelle valeur », forty-eighth blind user
#: test, u48-02); not « la formation dure… ».
_NEEDS_AFTER_THEIR_LABEL = re.compile(
    r"(?i)^\s*(?:(?:et|puis|non|ah|pour)\s+)*(?:la|les|sa|leur)\s+formations?\s+"
    r"((?-i:[A-ZÀ-Ý0-9«\"“])\S*.*|(?:caces|permis|habilitation|fimo|fco|haccp|sst|cqp|titre pro\w*)\b.*)$"
)
#: « mettez Interim'Pro Saumur comme entreprise »: the value, then the field it is for.
#: « le nom exact est Mécaprécis Mayenne SAS »: the value after « nom … est » (thirty-eighth blind user test).
#: (A name as typed, capitalised or in quotes: not « le nom est mal écrit ».)
_NAME_IS = re.compile(r"(?i)\bnom(?:\s+(?:exact|complet|officiel|r[ée]el|correct|juste|entier))?\s+(?:est|sera)\s*:?\s+((?-i:[«\"“A-ZÀ-Ý0-9]).*)$")
_PUT_AS = re.compile(
    # « pr les besoins mettez hygiène HACCP » (fifteenth blind user test)
    r"^(?:pour|pr)\s+(?:les\s+|le\s+|l['’ ])?(?:besoins?|poste|intitul\w*|contact|motif|nom)(?:\s+de\s+formation)?\s*,?\s*(?:mett\w*|indiqu\w*|not\w*)\s+"
    r"(?:juste\s+|seulement\s+|plut[oô]t\s+)?(.+)$|"
    r"^(?:(?:merci de|pouvez[- ]vous|vous pouvez)\s+)?(?:mett\w*|indiqu\w*|not\w*|[ée]cri\w*)\s+(?:plut[oô]t\s+)?(.+?)\s+"
    r"(?:comme|en|pour)\s+(?:nom\s+(?:de\s+l['’ ]?|d['’ ]?)?)?(?:l['’ ]?|le\s+|la\s+)?(?:entreprise|soci[ée]t[ée]|structure|contact|poste|interlocut\w*)\s*[.!]?$",
    re.IGNORECASE,
)
#: What a field is called (its label and the words of :data:`FIELD_WORDS`), never its value.
_FIELD_NAMES: dict[str, frozenset[str]] = {
    slot: frozenset({normalize(FIELD_LABELS[slot]), *FIELD_WORDS.get(slot, ())}) for slot in FIELD_LABELS
}
#: A free-text value's trailing clause that says what it is not (« vendeur en boulangerie, pas Jean Martin »).
_NEGATED_CLAUSE = re.compile(r"\s*[,;]\s*(?:mais\s+)?(?:pas|et non|au lieu d\w*|plut[oô]t que)\b.*$", re.IGNORECASE)
#: « … pas ce que j'ai écrit », « … et non ce que j'avais mis »: not part of the new value (it was: tenth blind user test).
NOT_WHAT_I_WROTE = re.compile(
    r"[\s,;]*(?:et\s+)?(?:pas|non)\s+ce\s+qu(?:e\s+|['’]\s*|\s+)(?:j['’ ]?\s*(?:ai|avais)|je vous ai|on\s+(?:a|avait))\s+"
    r"(?:ecrit|écrit|mis|dit|tape|tapé|donne|donné|indique|indiqué|rempli|marque|marqué)\b.*$",
    re.IGNORECASE,
)
#: Who the new contact is to the employer, before the name (« mon fils Kevin Moreau »).
_RELATION = re.compile(r"^(?:mon|ma|notre)\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+)?\s+(?=[A-ZÀ-Ý])")
FREE_TEXT_SLOTS = frozenset({"company_name", "job_title", "training_needs", "derogation_justification", "contact_name"})
APPRAISAL = re.compile(r"\b(?:faux|fausse|erreur|errone\w*|pas bon\w*|incorrect\w*|incomplet\w*|inexact\w*|mauvais\w*|a changer)\b")


_INSTEAD_OF = re.compile(r"\bau lieu d\w*\b")
#: « la durée c'est 35 h », « durée : 151,67 heures par mois »: « durée » said of the working hours (folded)…
_HOURS_AS_DURATION = re.compile(r"\bduree\b(?!\s+(?:de |de la |du )?(?:formation|parcours|stage))(?!.*\bformation\b).*\d\s*(?:h|heures?)\b")
#: …unless a length of contract is said too (« durée 6 mois, 35 h »).
_MONTHS_OR_YEARS = re.compile(r"\b(?:mois|ans?|annees?)\b(?<!par mois)")
_EXTENSION = re.compile(r"\bposte\s+(?=\d(?:\s?\d){2,})")


def recap_field(plain: str) -> str | None:
    if employer_adjective(plain) and not re.search(r"\bnom\b", plain):
        return "employer_type"  # « c une entreprise privée » is the employer type, not the company name
    if re.search(r"\b(?:\d+|un|une|deux|trois|quatre|cinq)(?: seule?s?)? postes?\b", plain) and not re.search(r"\bposte d", plain):
        return "positions"  # « en fait on veut 1 poste pas 2 » is the number of positions, not the job title
    if COUNT_NOT_COUNT.search(plain):
        return "positions"  # « on recrute 3 agents pas 1 », « un seul mécano pas 2 »
    if _HOURS_AS_DURATION.search(plain) and not _MONTHS_OR_YEARS.search(plain):
        return "weekly_hours"  # « la durée c'est 151,67 h par mois » asked the contract again (twenty-first blind user test)
    padded = " " + _INSTEAD_OF.sub(" ", plain) + " "  # « 2 jeunes au lieu d'1 » is no place (fourteenth user test)
    # « son poste 02 40 … », « poste 212 »: a phone extension, not the job (seventeenth blind user test)
    padded = _EXTENSION.sub(" ", padded)
    for alias in sorted(_RECAP_ALIASES, key=len, reverse=True):
        if f" {alias} " in padded:
            return _RECAP_ALIASES[alias]
    return None


#: The words a field's name is made of (folded): the names :func:`recap_field` knows, and the words that join them.
_LABEL_WORDS = frozenset(
    {word for alias in _RECAP_ALIASES for word in alias.split()}
    | {word for words in _FIELD_NAMES.values() for name in words for word in name.split()}
    | {"de", "du", "des", "d", "la", "le", "l", "exact", "complet", "vrai", "bon", "boite", "asso", "association"}
)


def field_label_alone(label: str) -> str | None:
    """The field ``label`` (folded) names when it is only a field's name (« entreprise », « intitule du poste », « nom de la
    boite », « mail »), not a sentence that holds one; else None."""
    words = label.split()
    return recap_field(label) if words and len(words) <= 5 and set(words) <= _LABEL_WORDS else None


#: A count of two or more said in figures or words (« 3 », « trois »).
COUNT_WORD = rf"(?:\d{{1,3}}|{SMALL_COUNT_WORDS})"
_COUNT = rf"(?:{COUNT_WORD}|un|une|un seul|une seule)"
COUNT_NOT_COUNT = re.compile(rf"\b{_COUNT}\s+(?!{MEASURE_UNIT})\w+\s+(?:pas|et non|au lieu de|au lieu d)\s+{_COUNT}\b(?!\s+{MEASURE_UNIT})")
#: A month, alone or with a year or a day (« plutôt pour octobre 2027 »): the start date.
MONTH_MENTION = re.compile(rf"\b{alternation(FULL_MONTHS)}\b(?:\s+\d{{4}})?|\b\d{{1,2}}\s*/\s*\d{{1,2}}(?:\s*/\s*\d{{2,4}})?\b")

#: The candidate's situation, which the recap does not show: the check decides on it.
ABOUT_THE_CANDIDATE = re.compile(
    r"\b(?:candidat|candidate|candidats|inscrite?|france travail|pole emploi|demandeu\w+ d emploi|autorisation de travail|"
    r"titre de sejour|carte de (?:sejour|resident)|recepisse|ses papiers|"
    # (« elle a juste une attestation de demande d asile » was not understood: forty-sixth blind user test, u46-10)
    r"(?:demande|demandeu\w+) d ?asile|"
    # (« elle est juste au chômage » was not understood at the recap: twenty-second blind user test.)
    r"(?:est|sont) (?:juste |seulement |simplement |encore |toujours )?au chomage(?! partiel)|chomeu\w*|"
    # (« elle n'est PAS etrangere, elle est francaise », « non il est francais en fait » asked which field: forty-eighth blind user
    # test, u48-04)
    r"(?:est|sont) (?:pas |plus |bien |du coup |en fait )?(?:etrang\w+|francais\w*)|nationalite \w+)\b"
)


#: A SIRET's 14 digits, in one run or in groups (« 215 300 609 00017 », « 215.300.609.00017 »), anywhere (« Codalys SAS -
#: 73282932000074 »: nineteenth blind user test).
A_SIRET = re.compile(r"(?<![\d+])\d{3}[ .]?\d{3}[ .]?\d{3}[ .]?\d{5}(?!\d)")


def recap_field_of(text: str, plain: str) -> str | None:
    """:func:`recap_field`, where the value itself tells the field better than a word of the sentence:
    an address (« le mail c'est plutôt contact@… », whose « contact » names another field) or a place
    (« le poste sera à Tours, pas au Mans »: the work location, not the job title)."""
    if "@" in text:
        return "contact_email"
    if (siret := A_SIRET.search(text)) and recap_field(plain) in (None, "contact_phone") and validate_field("siret", siret.group(0)).kind == VALUE:
        # « Excusez-moi, mauvais numéro : 215 300 609 00017 » changed the phone (thirty-seventh blind user test): 14 digits
        # that make a SIRET are no phone.
        return "siret"
    if _MY_NAME.search(plain) and not re.search(r"[0-9@]", text) and recap_field(_MY_NAME.sub(" ", plain)) in (None, "contact_name"):
        # « kevin lebrun c mon nom complet » changed the company (seventeenth blind user test); only when nothing else is
        # named (« pour moi c'est 3 postes », « Le Relais c'est mon nom commercial »: review).
        return "contact_name"
    if _COMPANY_CUE.search(plain):
        return "company_name"  # « on s'appelle Sarthe Recyclage », « le resto c'est SARL Le Relais » (fifteenth user test)
    # The field named before « pas » (« le poste c'est cariste pas entreprise » is the job: sixteenth blind user test).
    before = re.split(r"\b(?:pas|et non|non pas|au lieu d\w*|plutot que)\b", plain, maxsplit=1)[0]
    # (Not when that part says it is right: « le nom de l'entreprise est bon mais pas le contact : Sophie Martin »: review.)
    right = re.search(r"\b(?:est|c est|sont) (?:bon|bons|bonne|juste|correct\w*|ok)\b|\bca va\b", before)
    slot = (recap_field(before) if before != plain and not right else None) or recap_field(plain.split(" pas ", 1)[1] if right and " pas " in plain else plain)
    if re.search(r"\bnom\b", plain) and slot in ("work_location", "employer_type"):
        slot = "contact_name"  # « corrigez le nom : Commune de Machecoul » is a name, not the place (fifteenth user test)
    if slot == "contact_name" and not re.search(r"\b(?:contact\w*|personne|interlocut\w*|prenom|responsable|gerante?|referente?)\b", plain):
        # « le nom du magasin c'est Proxi Mamers Centre », « le nom c Le Bistrot du Château » changed the contact
        # (fourteenth blind user test): « nom » alone is the company's unless the value is a person's name.
        of_something = re.search(r"\bnom (?:du|de la|de l|des|de notre|de ma|de mon) ", plain)
        # (« pour le nom mettez juste Transports Bréal & Fils » changed the contact: nineteenth blind user test)
        value = _PUT_AS.search(text) or _NEW_VALUE.search(text) or _NAME_IS.search(text)
        named = _group(value).strip(" :") if value else ""
        if of_something or named and not _LOOKS_LIKE_A_PERSON.match(named):
            return "company_name"
    counted = slot == "positions" and re.search(rf"\b{COUNT_WORD}\s+postes?\b|\bpostes?\s*:?\s*{COUNT_WORD}\b", plain)
    if (slot in ("job_title", "positions") and not counted and LOCATIVE.search(plain)
            and isinstance(extract_place(text), (Place, AmbiguousPlace))):
        # « le poste sera à Tours », not « le poste c'est maçon » (Mâcon); « les postes sont sur notre agence de Rennes »
        # (the number of positions: sixteenth blind user test)
        return "work_location"
    return slot


def _group(match: re.Match[str]) -> str:
    """The one group of ``match`` that matched (patterns with alternatives)."""
    return next((g for g in match.groups() if g), "")


#: « on s'appelle X », « le salon c'est X », « mon resto s'appelle X »: the company's name.
_COMPANY_CUE = re.compile(
    r"\b(?:on s appelle|nous nous appelons|s appelle maintenant|(?:le|la|l|mon|ma|notre) (?:resto|restaurant|salon|magasin|boutique|cabinet|"
    rf"{'|'.join(employer_nouns(public=False))}|garage|camping|hotel|commerce|ferme|exploitation|{'|'.join(legal_forms(ordinary=False))})"
    r" (?:c est|c|s appelle|se nomme|:))"
)
#: The one writing says their own name (« mon nom c'est… », « … c'est mon nom complet », « je m'appelle… »).
_MY_NAME = re.compile(
    r"^(?:(?:euh|bon|alors|non|me|mais|pardon|et) )*(?:mon (?:nom|prenom)(?: complet| de famille)? (?:c est|est|c)|je m appelle|moi c est)\b|"
    r"\b(?:c est|c) (?:bien )?mon (?:nom|prenom)(?: complet| de famille)?$|\b(?:faute|erreur|coquille)s? (?:dans|sur|a) mon (?:nom|prenom)\b"
)
#: « Le Relais c'est mon nom commercial », « Boulangerie Martin c'est notre enseigne »: the company's name before it.
_COMPANY_THEN_MINE = re.compile(
    r"^(?P<name>.+?)\s*,?\s+(?:c['’ ]?est|c)\s+(?:mon|notre|le|l['’ ]?)\s*(?:nom commercial|enseigne|nom de l['’ ]?entreprise|nom de la soci[ée]t[ée])\s*[.!]*$",
    re.IGNORECASE,
)
#: « kevin lebrun c mon nom complet »: the name before what is said of it.
_NAME_THEN_MINE = re.compile(
    r"^(?:(?:m[ée]|mais|non|euh|alors)\s+)?(?P<name>.+?)\s*,?\s+(?:c['’ ]?est|c)\s+(?:bien\s+)?mon (?:nom|pr[ée]nom)(?: complet| de famille)?\s*[.!]*$",
    re.IGNORECASE,
)
#: « je m'appelle Kevin Lebrun », « mon nom c'est Lebrun »: what is said of the name, then the name.
_MINE_THEN_NAME = re.compile(
    r"^(?:(?:euh|bon|alors|non|me|mais|pardon|et)[ ,]+)*(?:mon (?:nom|pr[ée]nom)(?: complet| de famille)?\s+(?:c['’ ]?est|est|c|:)|je m['’ ]appelle|moi,? c['’ ]?est)\s+(?P<name>.+)$",
    re.IGNORECASE,
)
#: « mon prénom c'est Marie-Anne », « il y a une faute dans mon nom : Dupond »: part of the contact's name.
_FIRST_NAME_ONLY = re.compile(r"\bprenom\b")
_LAST_NAME_ONLY = re.compile(r"\b(?:nom de famille|mon nom|son nom|le nom)\b(?! complet)")
#: « Paul Girard », « Marie-Anne Le Goff »: two or three capitalised words, no article, legal form or business word.
_LOOKS_LIKE_A_PERSON = re.compile(
    # (nor a legal form after the name: « le nom exact est Mécaprécis Mayenne SAS » changed the contact: thirty-eighth blind user
    # test)
    rf"^(?!.*\b(?:{typed_alternation(legal_forms(), upper=True)})\b)"
    r"(?:(?:M\.|Mme|Mr|Monsieur|Madame)\s+)?(?!(?:Le|La|Les|L['’]|Au|Aux|Chez|Ville|Association|Asso"
    rf"|{typed_alternation(legal_forms(), upper=True)}|(?=[A-ZÀ-Ý])(?i:{typed_alternation(BUSINESS_KINDS, plural=True)}))\b)"
    r"[A-ZÀ-Ý][a-zà-ÿ'-]+(?:\s+(?:de\s+|du\s+|le\s+|la\s+)?[A-ZÀ-Ý][\wà-ÿ'-]+){1,2}\s*[.!]?$"
)
LOCATIVE = re.compile(r"\b(?:a|au|aux|en|dans|sur|vers|pres de|pres du)\s+\w")


def sniff_field(text: str, plain: str) -> str | None:
    """The field a bare new value belongs to (« s.gaborit@example.org », « c'est à Laval »)."""
    if "@" in text:
        return "contact_email"
    digits = [re.sub(r"[^0-9]", "", m) for m in re.findall(r"\+?[0-9][0-9 .\-]{7,}[0-9]", text)]
    if any(len(d) == 14 for d in digits):
        return "siret"
    if any(len(d) in (10, 11) for d in digits):
        return "contact_phone"
    # (« 37h30 par semaine » was « unclear »: talking to make run on 2026-12-03)
    if re.search(r"\b\d{1,2}\s*(?:h(?:\d{2})?|heures?)\b|\b(?:mi temps|demi temps|temps plein|plein temps|temps complet|temps partiel)\b", plain):
        return "weekly_hours"  # (« c'est un mi-temps » was « Quel champ ? »: eighteenth blind user test)
    if re.search(r"\b\d+\s+postes?\b", plain):
        return "positions"
    if re.fullmatch(r"(?:et\s+)?(?:le|du|au)\s+\d{1,2}(?:er)?", plain.strip()):
        return None  # « mi-mai, le 15 »: a day, not the department of Cantal (sixteenth blind user test)
    # (Not where the candidate comes from: « il vient de Laval » changed the place of work: twenty-second blind user test.)
    place = extract_place(without_the_candidates_places(text))
    if isinstance(place, Place) or isinstance(place, AmbiguousPlace) and LOCATIVE.search(plain):
        return "work_location"  # « c'est à Avrillé » (a name of two departments): the place, asked which
    if MONTH_MENTION.search(plain) or WEEK_NUMBER.search(plain):
        return "start_date"  # (« plutôt semaine 10 »: twentieth blind user test)
    return None
#: « aide-soignant tout court », « Dupont SA c'est tout »: not part of the value.
# (« … Les Vignobles de Clisson et du Pallet en entier »: « en entier » was stored in the name: twentieth blind user test.)
_JUST_THAT = re.compile(
    r"\s+(?:tout court|c['’ ]?est tout|voil[aà]|simplement|seulement|en entier|au complet|en toutes lettres)\s*[.!]*\s*$", re.IGNORECASE
)
#: « …, c'est plus juste », « …, c'est sûr qu'il en aura besoin », « …, c'est celui qu'on lit tous les jours »: a remark on the
#: value after it, never the value (the greedy « c'est » of :data:`_NEW_VALUE` stored « plus juste » as the job, « sur qu'il en
#: aura besoin » as the training needs: twenty-first blind user test).
COMMENT_AFTER = re.compile(
    r"\s*[,;.]\s*(?:et\s+|car\s+|parce que\s+)?c['’ ]?est\s+(?:(?:bien|vraiment|tres|très|quand m[eê]me|beaucoup|plus|moins|d['’ ]?ailleurs)\s+)*"
    r"(?:s[uû]re?|certain|clair|[ée]vident|mieux|juste|correct|important|obligatoire|n[ée]cessaire|indispensable|utile|normal|logique|"
    # (The clause only: « soudure TIG, c'est indispensable, et CACES R489 » goes on with a need.)
    r"celui|celle|ceux|celles|ce qu['’ ]?(?:il|elle|on)|pour [çc]a|pour qu)(?![\w'’-])[^,;.!?]*(?:[.!?\s]*$|(?=\s*[,;]))",
    re.IGNORECASE,
)
#: « Interim53 SAS pas Interim 53 Laval »: what follows « pas » when it repeats the old value.
_NOT_THE_OLD = re.compile(r"\s+(?:et\s+)?(?:pas|non pas|et non|au lieu de|au lieu d)\s+(?P<old>.+)$", re.IGNORECASE)


def _without_old_value(text: str, old: Any) -> str:
    """The correction without « pas <the old value> » (one of its words of 3 letters or more is enough)."""
    found = _NOT_THE_OLD.search(text)
    if not found or not isinstance(old, str):
        return text
    old_words = {w for w in normalize(old).split() if len(w) >= 3}
    if (then := _NEW_AFTER_THE_OLD.search(found.group("old"))) and old_words & set(normalize(found.group("old")[: then.start()]).split()):
        # « le poste c pas pareil c aide a domicile ! »: the old value rejected, then the new one (it reopened the job:
        # thirty-fifth blind user test)
        return f"c'est {then.group('new')}"
    return text[: found.start()] if old_words & set(normalize(found.group("old")).split()) else text


#: « … pas <old>, c'est <new> », « … pas <old> c <new> », « … pas <old> mais <new> »: the new value after the old one rejected.
_NEW_AFTER_THE_OLD = re.compile(r"[\s,;!.]+(?:mais\s+)?(?:c['’ ]?est|c|mais|ce sera|plut[oô]t)\s+(?P<new>[^\W\d_].*)$", re.IGNORECASE)


def without_comment(text: str) -> str:
    """``text`` without the remark that follows its value (:data:`COMMENT_AFTER`), when a value is still said before it."""
    kept = COMMENT_AFTER.sub("", text)
    return kept if kept != text and (_PUT_AS.search(kept) or _NEW_VALUE.search(kept)) else text


#: Courtesy at the end of a message (« svp », « merci »).
_COURTESY = r"(?:\s*,?\s*(?:svp|stp|s['’ ]il vous pla[iî]t|merci(?: beaucoup| bien)?|please))*\s*[.!]*$"
#: An order to write a value, after the value said (« le poste c'est macon VRD, mettez Maçon VRD svp »): the value to write
#: (forty-fifth blind user test, u45-02: « Poste : macon VRD, mettez Maçon VRD » was stored).
_WRITE_THIS_AFTER = re.compile(
    r"[,;.!]\s*(?:(?:merci de|svp|stp|pouvez[- ]vous|vous pouvez)\s+)?(?:mettez|mettre|[ée]crivez|[ée]crire|notez|noter|inscrivez|indiquez)\s+"
    rf"(?:plut[oô]t\s+|bien\s+|juste\s+|donc\s+)?(?P<value>\S.*?){_COURTESY}",
    re.IGNORECASE,
)
#: An order to correct, or a remark that there is a mistake, after the value (« l'entreprise c'est Sabolia Emballages, corrigez
#: svp », « la structure c'est le Centre hospitalier de Saint-Nazaire, il y a une erreur »: stored with it, or the value not
#: read: forty-fifth blind user test, u45-07, u45-12).
_ORDER_AFTER = re.compile(
    r"\s*[,;.!]\s*(?:(?:merci de|svp|stp|pouvez[- ]vous|vous pouvez|il faut|faut)\s+)?"
    r"(?:(?:corrig|modifi|chang|rectifi|remplac)\w*(?:\s+(?:le|la|les|l['’]|ca|ça|cela|svp))?"
    r"|il y a(?: eu)? (?:une |des )?erreurs?(?: dans le recap\w*)?|(?:c['’ ]?(?:est|etait|était)\s+)?(?:faux|une erreur|errone\w*|pas bon)"
    rf"|(?:une |petite )?erreur){_COURTESY}",
    re.IGNORECASE,
)


def without_an_order_after(text: str) -> str:
    """``text`` without an order to correct after its value, or with the value an order after it says to write (:data:`_ORDER_AFTER`,
    :data:`_WRITE_THIS_AFTER`)."""
    if (written := _WRITE_THIS_AFTER.search(text)) and written.start() > 0 and _NEW_VALUE.search(text[: written.start()]):
        return f"c'est {written.group('value').strip()}"
    return _ORDER_AFTER.sub("", text) or text


def recap_value(slot: str, text: str, now: dt.datetime, slots: dict[str, Any] | None = None) -> tuple[Any, str | None]:
    """(new value or None, French error) for ``slot`` from a correction sentence."""
    if slot in FREE_TEXT_SLOTS:
        text = without_an_order_after(text)
        text = _JUST_THAT.sub("", _without_old_value(without_comment(text), (slots or {}).get(slot)))
    kept = _NEGATED_TAIL.sub(" ", _NEGATED_CLAUSE.sub("", NOT_WHAT_I_WROTE.sub("", text)) if slot in FREE_TEXT_SLOTS else text)
    if slot == "start_date":
        # The date reader takes out the whole date rejected: « c pas le 1er février, … plutôt mi-février » lost only « le
        # 1er » here, and the 1st of February was kept (twentieth blind user test).
        kept = text
    if slot == "work_location" and (nearby := same_department(kept, slots or {})) is not None:
        return nearby, None  # « c'est à Avrillé, pas Angers »: the Avrillé of Angers's department
    if slot == "company_name" and (ours := _COMPANY_THEN_MINE.match(kept)):
        kept = f"c'est {ours.group('name')}"
    if slot == "contact_name" and (mine := _NAME_THEN_MINE.match(kept) or _MINE_THEN_NAME.match(kept)):
        kept = f"c'est {mine.group('name')}"
    elif slot == "contact_name" and (person := person_named(text, slots or {})):
        said = _NEW_VALUE.search(kept)
        if said is None or not _PERSON_NAME.search(_group(said)):
            kept = f"c'est {person}"  # « contact Pascal Moreau, portable 06… », « c'est elle le contact » (fifteenth user test)
    if slot in FREE_TEXT_SLOTS:
        match = _PUT_AS.search(kept) or _NEW_VALUE.search(kept) or (_NAME_IS.search(kept) if slot in ("company_name", "contact_name") else None)
        if match is None and slot == "training_needs":
            match = _NEEDS_AFTER_THEIR_LABEL.match(kept)
        if not match or APPRAISAL.search(normalize(_group(match))):
            return None, None
        kept = _group(match).strip(" :;,=-–—")  # « … c'est : lecture de plans »
        if quoted := re.fullmatch(r"['‘\"“«]\s*(?P<inside>[^'‘’\"“”«»]+?)\s*['’\"”»]\s*[.!]*", kept):
            kept = quoted.group("inside")  # « le poste c'est 'conducteur de ligne' » kept the quotes (twentieth blind user test)
        if normalize(kept) in _FIELD_NAMES.get(slot, ()):
            return None, None  # « Modifier : Entreprise » typed: the field to correct, not its value (thirteenth user test)
        if slot == "contact_name":
            kept = _RELATION.sub("", kept)  # « plutôt mon fils Kevin Moreau »
        if slot == "company_name":
            # « c'est l'EHPAD Les Glycines » was said back « Entreprise : l'EHPAD Les Glycines » (thirty-ninth blind user test):
            # the article before an acronym; a question mark after the name (« pouvez-vous corriger le nom : X ? »).
            kept = re.sub(r"^l['’ ](?=[A-ZÀ-Ý]{2,}\b)", "", kept).rstrip(" ?")
            # (an article typed in lower case before the capitalised name, as the question reads it: « la structure c'est le Centre
            # hospitalier de Saint-Nazaire » was « le Centre hospitalier … »: forty-fifth blind user test, u45-12)
            kept = re.sub(r"^(?:le|la|les)\s+(?=[A-ZÀ-Ý])", "", kept)
    per_other = re.search(r"(?:\bpar|/)\s*(?:jour|j|mois)\b|quotidien|mensuel", normalize(kept))
    if (slot == "weekly_hours" and not per_other and len(hours := re.findall(HOURS, kept, re.IGNORECASE)) == 1
            and not HOURS_RANGE_SAID.search(fold(kept)) and not HOURS_HESITATION.search(fold(kept))):
        # « on passe à 30h à partir du 4 mai » was « plusieurs durées »; not a range's high end (« de 28 à 30h » at the recap
        # was 30 h, the range's low end at the question: second review of the session's changes; folded as the validator
        # reads it, its dash kept: « 28-30h » was 30 h, session of 2026-12-02)
        kept = hours[0]
    if slot == "contact_name" and re.fullmatch(r"[^\W\d_][\w'’-]*", kept.strip(" .!")):
        # The first or the last name alone, read with the rest of the name: « Maria » alone is a word (« il maria »), no
        # name (session of 2026-12-02), « Maria Dupont » is one.
        kept = _whole_name(kept.strip(" .!"), normalize(text), str((slots or {}).get("contact_name") or ""))
    checked = validate_field(FIELD_VALIDATORS[slot], kept, now.date())
    if slot == "positions" and (count := count_of_the_same_contract(checked, kept, slots or {}, now)) is not None:
        return count, None
    if slot == "work_location" and checked.kind not in (VALUE, UNUSABLE) and isinstance(place := extract_job_place(text), Place) and place.commune:
        # « le poste serait dans notre agence de Vannes, ça change quelque chose ? »: the place, though asked as a question
        # (« vous pourrez corriger au récapitulatif »: eighteenth blind user test).
        checked = validate_field(FIELD_VALIDATORS[slot], f"{place.commune} {place.postal_code or ''}".strip(), now.date())
    if checked.kind == VALUE and slot == "weekly_hours" and (verdict := evaluate({"weekly_hours": checked.value})).verdict == "ineligible":
        # « finalement 20h » at the recap was kept, and a project the rules refuse was sent (session's own check).
        rule = verdict.rules[0]
        return None, f"{rule.explanation} {msg.RULE_NOT_MET} {rule.alternative or ''}".strip()
    if checked.kind == VALUE and slot == "contact_name" and isinstance(checked.value, str):
        return _whole_name(checked.value, normalize(text), str((slots or {}).get("contact_name") or "")), None
    if checked.kind == VALUE:
        value = checked.value.isoformat() if isinstance(checked.value, dt.date) else checked.value
        return value, None
    attempted = bool(re.search(r"[0-9@]", kept)) or slot in FREE_TEXT_SLOTS or slot == "work_location" and extract_place(kept) is not None
    # (« après les vacances de février »: why no date is kept, and the date asked again: twentieth blind user test)
    attempted = attempted or slot == "start_date" and HOLIDAYS.search(normalize(kept)) is not None
    return None, (checked.error if attempted and checked.kind == UNUSABLE else None)


def _whole_name(said: str, plain: str, before: str) -> str:
    """The contact's name when only its first or last name is corrected (« mon prénom c'est Marie-Anne, pas Marie »
    kept « Marie-Anne » alone; « mon nom est mal écrit, c'est Dupond » lost the first name: review)."""
    words = before.split()
    if " " in said.strip() or len(words) < 2:
        return said
    if _FIRST_NAME_ONLY.search(plain):
        return " ".join([said, *words[1:]])
    if _LAST_NAME_ONLY.search(plain):
        return " ".join([*words[:-1], said])
    return said


def plain_value(slot: str, text: str, now: dt.datetime) -> Any:
    """The value of ``text`` said alone (« cariste »), as the form's question reads it; None if unusable."""
    checked = validate_field(FIELD_VALIDATORS[slot], text.strip(), now.date())
    return checked.value if checked.kind == VALUE else None


def same_department(text: str, slots: dict[str, Any]) -> dict[str, Any] | None:
    """A commune name several departments share, read as the one in the department of the current work location."""
    place = extract_place(text)
    current = (slots.get("work_location") or {}).get("department") if isinstance(slots.get("work_location"), dict) else None
    if not isinstance(place, AmbiguousPlace) or current is None:
        return None
    if len({normalize(o.commune or "") for o in place.options}) != 1:
        return None  # two places named (« plus à Nantes mais à Rennes »), not one name of two departments (sixteenth test's review)
    options = [o for o in place.options if o.department == current and o.commune and o.in_region]
    if len(options) != 1 or not options[0].postal_code:
        return None  # (a place without its postal code was stored, and the request could not be sent: seventeenth test)
    return {"commune": options[0].commune, "postal_code": options[0].postal_code, "department": options[0].department}


#: Words that make a date the start of the job (« démarrage mi-octobre »), not the end of the contract.
START_WORDS = re.compile(r"\b(?:debut|demarr\w*|commenc\w*|embauch\w*|date|a partir|des le|des l|a compter|start)\b")

#: « début avril », « dès février », « pour le 1er avril », « à partir de mars 2027 »: when the job starts.
START_SAID = re.compile(
    rf"\b(?:debut|demarrage|des|pour|a partir d\w*|a compter d\w*|embauche|commenc\w+|prise de poste)\s+"
    # (« prise de poste souhaitée le 1er avril 2027 » was not read: twenty-fifth blind user test)
    rf"(?:(?:souhaitee?s?|prevue?s?|envisagee?s?|voulue?s?|ideale?)\s+)?(?:le\s+|en\s+|au\s+|du\s+|de\s+|d\s+)?(?:(?:1er|\d{{1,2}})\s+)?{alternation(FULL_MONTHS)}\b(?:\s+\d{{4}})?"
    # « pour la rentrée de septembre », « dans 3 mois », « dès que possible » (asked again: fourteenth blind user test)
    r"|\b(?:a|pour|des) la rentree(?: de septembre)?\b|\b(?:debut|demarrage|embauche|commenc\w+)?\s*dans \d{1,2} (?:mois|semaines)\b"
    r"|\b(?:des que possible|au plus vite|asap)\b"
)


#: A contract said by its dates (folded): « du 1er avril au 15 septembre », « 1er avril au 15 septembre », « d'avril à
#: septembre »: its first date is the start (« ben avril a septembre je vous ai dit, 1er avril au 15 septembre » at the check,
#: then « À quelle date souhaitez-vous embaucher ? »: thirty-first blind user test). A month alone is its first day, as « en
#: avril » is read.
CONTRACT_DATES = re.compile(
    rf"\b(?:du\s+|de\s+|d\s+)?(?P<start>(?:(?:1er|\d{{1,2}})\s+)?{alternation(FULL_MONTHS)}\b(?:\s+\d{{4}})?)\s+"
    # (« de mai à fin septembre », « … à mi-septembre »: the start of a season was asked again, thirty-ninth blind user test)
    rf"(?:au|a|jusqu au|jusqu a|jusqu en)\s+(?:(?:1er|\d{{1,2}})\s+|(?:(?:la\s+)?fin|mi|debut)\s+(?:de\s+|d\s+)?)?{alternation(FULL_MONTHS)}\b"
)


#: A word of the start said of something else than the hiring (folded): a start past (« il a démarré chez nous en mai »,
#: « son CDD a commencé en septembre », « on l'a embauché en mai »), the date of another thing (« date de fin du contrat », « la
#: date limite de candidature », « la date du salon »). Each made the month the start, stored silently at the job's question
#: (review of the twenty-second blind user test's fixes). Not someone hired who starts later (« on a embauché quelqu'un qui
#: commence le 1er avril »), nor the date of the arrival, the taking up of the post, the contract (« date d'arrivée le 1er
#: avril », « date d'effet du contrat », « date d'intégration », « date de mise en poste », « date du CDD », « date d'ouverture
#: du magasin »): those were the start again (third review of the twenty-second blind user test's fixes).
_ANOTHER_START = re.compile(
    r"\b(?:a|ont|avait|avaient|ai|avons|avez)\s+(?:deja\s+|bien\s+)?(?:ete\s+)?"
    r"(?:(?:commence|demarre|debute)e?s?\b|embauchee?s?\b(?!.*\bqui\s+(?:commenc|demarr|debut|arriv)\w*))"
    r"|\bdate\s+(?:limite|butoir|(?:du|de la|des|de l|de|d un|d une|d)\s+"
    r"(?!(?:l\s+|la\s+|le\s+)?(?:embauche|debut|demarrage|prise|entree|poste|contrat|cdd|cdi|recrutement|commencement|premier|1er"
    r"|arrivee|effet|integration|mise en poste|ouverture(?!\s+(?:des|de la|de l|du|d)\s+(?:candidature|inscription|recrutement|offre"
    r"|annonce|dossier)s?\b))\b|\d)\w+)"
)
#: The start of the training or of the studies (« sa formation commence en janvier », « elle commence son BTS », « la formation
#: caces débute en février », « formation assurée début avril »: review of the twenty-second blind user test's fixes). A
#: « début <month> » after a diploma or the studies is no start of theirs (« CAP exigé début mai », « juste après son bac début
#: juillet », « dès la fin de ses études début juillet » were the start before; third review).
_TRAINING_START = re.compile(
    r"\b(?:formation|stage|ecole|salon)(?:\s+\S+)?\s+(?:commenc|demarr|debut)\w*"
    r"|\b(?:bts|cap|bac|etudes)(?:\s+\S+)?\s+(?:commenc\w*|demarr\w*|debut(?:e|ent|era|eront|ait|aient)\b)"
    r"|\b(?:commenc|demarr|debut)\w*\s+(?:de\s+|du\s+|d\s+)?(?:son|sa|ses|leur|leurs|la|le|l)\s+"
    r"(?:formation|bts|cap|bac|stage|ecole|etudes)\b"
)
#: …unless the contract starts with it (« elle commencera sa formation et son contrat le 1er avril », « début de la formation et
#: du contrat en mars »).
_WITH_THE_CONTRACT = re.compile(
    r"\bformation\s+et\s+(?:de\s+|du\s+|d\s+)?(?:son\s+|sa\s+|le\s+|la\s+|l\s+)?(?:contrat|cdd|cdi|embauche)\b"
    r"|\b(?:contrat|cdd|cdi|embauche)\s+et\s+(?:de\s+|du\s+|d\s+)?(?:sa\s+|la\s+|l\s+)?formation\b"
)


def another_start(plain: str) -> bool:
    """Whether the normalised ``plain`` says a start past, the training's or another date (:data:`_ANOTHER_START`,
    :data:`_TRAINING_START`, a closure: :data:`~bot.language.cues.CLOSED_FOR_A_WHILE`): no hiring's start is read from it, even with a word of the start (« la formation commence en
    janvier et l'embauche en mars »: the date read would be January's)."""
    return _ANOTHER_START.search(plain) is not None or CLOSED_FOR_A_WHILE.search(plain) is not None or (
        _TRAINING_START.search(plain) is not None and _WITH_THE_CONTRACT.search(plain) is None)


def says_the_hiring_start(plain: str) -> bool:
    """Whether the normalised ``plain`` has a word of the start (« début », « démarrage », « il commencera chez nous le »,
    « date d'embauche », « prise de poste »), and none of a start past, of the training or of another date (« il a commencé
    en mai »)."""
    return not another_start(plain) and bool(START_WORDS.search(plain) or re.search(r"\bprise de poste\b", plain))


def says_the_start(plain: str) -> bool:
    """Whether the normalised ``plain`` says when the job starts (« début avril », « pour le 1er avril », or a date alone),
    not a date of something else (« une étudiante qui finit son BTS en juin », « CDD jusqu'en mars », « sa formation commence
    en janvier »)."""
    return not another_start(plain) and bool(START_WORDS.search(plain) or START_SAID.search(plain) or MONTH_MENTION.fullmatch(plain.strip()))


#: « finalement 3 couvreurs à 39h », « 6 aides à domicile »: a count and the job, anywhere in the message.
#: Only after a word that says how many are hired (« finalement », « on prend », « ce sera »), or opening a clause
#: (« le CA a revu : 6 aides à domicile »): « nous sommes 12 salariés », « début le 15 mars » are no count (review).
#: (« on sera plutôt sur 2 poseurs » got « Quel champ ? »: thirty-first blind user test; « on passe a 2 commis » was not
#: understood: forty-eighth blind user test, u48-11.)
_COUNT_THEN_WORD = re.compile(
    rf"(?:(?:^|[,;:]|\b(?:finalement|(?:pass|mont|descend)\w*\s+(?:a|à|sur)|mett\w*|met|mets|dit|redit|r[ée]p[èeé]te|plut[oô]t sur|plut[oô]t|prend\w*|embauch\w*|recrut\w*|cherch\w*|aur\w*|sera|seront|serait|veut|voudrait|voulons|faut|faudrait|"
    rf"c['’ ]?est|ce sont|en fait|donc|aussi))\s*)(?P<count>{COUNT_WORD}|1|une?(?=\s+seule?\b))\s+(?:seule?s?\s+)?(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
#: Where the job after a count ends (« couvreurs | à 39h », « aides à domicile | , 24h »).
_JOB_END = re.compile(
    # (not « en bâtiment »: « 3 peintres en bâtiment » became « peintres »: twentieth blind user test)
    # (nor « pr », « pour » in SMS style: « 1 pr l'instant » made the job « pr l'instant »: forty-seventh blind user test)
    rf"\s*(?:[,;.!?()]|\d|\b(?!{EN_FIELD})(?:en|pour|pr|sur|dans|avec|et|ou|sous|chez|pas|au final|finalement|seulement|uniquement|plut[oô]t|"
    r"cdi|cdd|contrat|qui|que|car|mais|des le|dès|a partir|à partir|au lieu)\b)",
    re.IGNORECASE,
)
#: Capitalised words that open a sentence, not a name (« Et Lucie Gautier qui suivra »).
NOT_A_NAME_START = frozenset("et maintenant donc alors puis sinon mais ensuite bon oui non finalement plutot c est voila".split())
#: A person's name: two or three capitalised words (« Bruno Petit », « Anne Le Floch »).
_PERSON_NAME = re.compile(r"\b[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+(?:de\s+|du\s+|le\s+|la\s+)?[A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2}\b")


def person_named(text: str, slots: dict[str, Any]) -> str | None:
    """The one person's name in ``text``, neither the company's nor a capitalised opening word; None if none or several."""
    company = normalize(str(slots.get("company_name") or ""))
    names = []
    for found in _PERSON_NAME.finditer(text):
        words = found.group(0).split()
        while words and normalize(words[0]) in NOT_A_NAME_START:
            words = words[1:]
        name = " ".join(words)
        if len(words) >= 2 and normalize(name) not in company and _LOOKS_LIKE_A_PERSON.match(name):
            names.append(name)
    return names[0] if len(set(names)) == 1 else None


#: Words after a count that are no people (« 3 fois », « CACES 3 aux besoins », « 2 postes de nuit »).
NOT_A_COUNTED_JOB = frozenset(
    "postes poste fois seulement seul seule seuls seules aux au a de des du le la les et ou en par pour sur dans avec mois ans jours semaines "
    "nuits equipes heures modifs modifications changements corrections choses trucs points erreurs questions fautes habilitations "
    "caces permis certificats formations salaries personnes demi demie".split()
)


def positions_of(count: str, now: dt.datetime) -> Any:
    """The number of positions a count word says (« 3 », « trois »), as the positions question reads it."""
    return plain_value("positions", f"{count} postes", now)


def count_of_the_same_contract(checked: FieldResult, text: str, slots: dict[str, Any], now: dt.datetime) -> int | None:
    """The count of « on aura finalement 2 apprenties » read as a correction of the contract (``checked``) when that contract
    is the one recorded: the number of positions (it was asked again, at the question and at the recap: twenty-first blind
    user test); None otherwise."""
    if checked.kind != CORRECTION or any(slots.get(k) != v for k, v in checked.updates.items()):
        return None
    counted = counted_job(text, now)
    return counted[0] if counted is not None and counted[0] else None


#: What says that people counted are those hired (« ce sera 4 personnes », « on prend 2 personnes »), not the staff (« on
#: sera 12 personnes »), folded: just before the count.
_HIRED_PEOPLE_LEAD = re.compile(
    r"\b(?:(?:ce|ca|c) (?:sera|seront|serait|est)|finalement|plutot|(?:on|nous|je) (?:prend\w*|embauch\w*|recrut\w*|cherch\w*|aur\w*|veu\w*|voudr\w*)|"
    r"il (?:en )?(?:faut|faudrait|faudra))(?: (?:finalement|plutot|donc|seulement|juste))?\s*$"
)


def counted_job(text: str, now: dt.datetime) -> tuple[int, str | None] | None:
    """(count, job or None) of « 3 couvreurs à 39h » found in ``text``; None when no count of people is said."""
    for clause, found in ((c.strip(), m) for c in re.split(r"(?<=[,;:])", text) if (m := _COUNT_THEN_WORD.search(c.strip()))):
        rest = found.group("rest")
        end = _JOB_END.search(rest)
        job = rest[: end.start()] if end else rest
        link = re.search(r"\s+(?:a|à|au|aux)\s+(?P<where>.+)$", job, re.IGNORECASE)
        if link and isinstance(extract_place(link.group("where")), (Place, AmbiguousPlace)):
            job = job[: link.start()]  # « 3 caristes à Nantes »
        job = re.sub(r"(?:\s+(?:a|à|au|aux|de|du|des|d['’]?))+$", "", job.strip(" '-"), flags=re.IGNORECASE)
        words = normalize(job).split()
        # (Only the people, or them with a contract, hours or a place: « on aura 2 personnes pour le tutorat », « 2 personnes
        # qui vont le former », « 2 personnes de l'équipe pour l'encadrer » are no posts: review.)
        # (« ce sera 3 personnes de plus / sur le site / qui commencent en mars », « 3 personnes pour le suivi de chantier » are
        # posts: review)
        hired_only = not re.search(
            r"\b(?:tutorat|tuteurs?|tutrices?|encadr\w*|form(?:er|era|eront|ent|ation)\b|accompagn\w*|en interne|de l equipe|"
            r"(?:le|la|les) suivre|suivi (?:du|de la|des) (?:candidat|stagiaire|jeune|recrue|apprenti|salarie)\w*)", normalize(rest))
        if words and words[0] in ("personnes", "personne") and hired_only and _HIRED_PEOPLE_LEAD.search(normalize(clause[: found.start("count")])):
            count = positions_of(found.group("count"), now)
            if count is not None:
                return int(count), None  # « et finalement ce sera 4 personnes » (dropped: twenty-first blind user test)
        if (not words or re.match(MEASURE_UNIT, words[0]) or words[0] in NOT_A_COUNTED_JOB or words[0] in NOT_A_JOB
                or words[0] in FULL_MONTHS):
            continue
        count = positions_of(found.group("count"), now)
        if count is None:
            continue
        acronym = 2 <= len(job.split()[0]) <= 5 and job.split()[0].isupper() and words[0] not in _NOT_A_JOB_ACRONYM
        if count > 1 and not re.search(r"[sx]$", words[0]) and not acronym:
            continue  # « 2 cariste » is rare; « 2 seulement », « 3 fois » are no people (« 2 ASH » are: eighteenth user test)
        if words[0] in NOT_JOBS:
            return int(count), None  # « 2 apprentis », « 2 jeunes »: how many, the job stays
        return int(count), job
    return None


#: Upper-case words after a count that are no job (« 2 RTT en plus », « 2 SMIC »: review).
_NOT_A_JOB_ACRONYM = frozenset("rtt smic cdi cdd siret siren tva ht ttc rh pme tpe ca pdf sms km".split())
#: Words after « N postes de » that are no job (« de nuit », « de plus », « de temps plein »).
NOT_A_JOB = frozenset("nuit jour plus moins temps matin soir week weekend saison remplacement renfort chaque different differents".split())
#: Right before the « et » of a range of hours (« entre 28 », « entre 28h », « entre 27,5 heures »), each of a fixed width for a
#: lookbehind of :data:`CORRECTION_SEPARATOR`.
_RANGE_BEFORE_ET = "".join(
    f"(?<!entre {figure}{unit})"
    for figure in (r"\d", r"\d\d", r"\d[.,]\d", r"\d\d[.,]\d", r"\d\d[.,]\d\d")
    for unit in ("", "h", " h", "heure", " heure", "heures", " heures")
)
#: Where one correction of a recap message may end and another begin (« 2 postes seulement et le tel c'est… », « 3 et 30h »,
#: « Angers 49000 et 30h »); not inside a range of hours (« 3 postes, entre 28 et 30h » was « 30h », the range's high end:
#: session of 2026-12-02), only there (« 3 et 30h » lost the count, « Angers 49000 et 30h » the place: review of the session's
#: changes).
CORRECTION_SEPARATOR = re.compile(
    r"(\s*[,;]\s*(?:et\s+|puis\s+)?|(?<=[^\W_]{2})\.\s+|\s+(?:puis|ensuite)\s+|" + _RANGE_BEFORE_ET + r"\s+et\s+"
    r"|\s+et\s+(?!\d+(?:[.,]\d+)?\s*(?:h|heures?)\b)"
    # (A number, then an e-mail with only a space between: « … 06 45 67 89 12 p.bernard@garage-nantes-sud.fr » was one e-mail,
    # refused for its spaces, and the phone lost: twenty-eighth blind user test.)
    r"|(?<=\d)\s+(?=[\w.%+-]+@[\w-]+\.\w))",
    re.IGNORECASE,
)


def singular(words: str) -> str:
    """« cuisiniers » and « cuisinier » alike (a plural -s or -x dropped from each word)."""
    return " ".join(re.sub(r"(?<=\w{3})[sx]$", "", w) for w in words.split())


def one_job(words: str) -> str:
    """« serveuses », « serveur » and « serveurs » alike: plural and feminine endings folded."""
    folded = []
    for word in singular(words).split():
        word = re.sub(r"(?<=\w{2})(?:euse|rice)$", "eur", word)
        word = re.sub(r"(?<=\w{2})(i?)ere$", r"\1er", word)
        word = re.sub(r"(?<=\w{2})(i?en)ne$", r"\1", word)
        folded.append(re.sub(r"(?<=\w{3})e$", "", word))
    return " ".join(folded)


def two_jobs(text: str, now: dt.datetime) -> bool:
    """Two counted jobs in one message (« 2 cuisiniers et 1 plongeur »), or another one « aussi » in this request.
    Joined by « et » or « + » (« 2 opérateurs de production, 2 x 8 », « 2 chauffeurs, 3 tournées » are one job), and
    not one job in both genders (« 2 serveuses et 1 serveur »: review)."""
    parts = re.split(r"\s+(?:et|\+)\s+", text)
    jobs = {one_job(normalize(found[1])) for part in parts if (found := counted_job(part, now)) is not None and found[1]}
    also = re.search(r"\baussi\b", normalize(text)) and re.search(r"\b(?:meme|cette) demande\b", normalize(text))
    # (« 2 vendeuses en boulangerie et 1 aide boulanger », « ASEM et agent d'entretien, un de chaque » were one job: thirty-seventh
    # blind user test)
    return len(jobs) >= 2 or bool(also and jobs) or several_jobs(text)


#: A leading count (folded): « 1 », « un », « deux »…
_JOB_AFTER_A_COUNT = re.compile(rf"^(?P<count>{COUNT_WORD}|un|une)\s+(?P<rest>.+)$")
#: « un de chaque », « chacun(e) »: each job is one post.
EACH_ONE = r"(?:(?:un|une|1)\s+(?:de\s+|pour\s+)?chaque|chacune?)"
#: :data:`EACH_ONE` alone: no job, what says each job is a post.
_EACH_ONE_ALONE = re.compile(rf"^{EACH_ONE}\b")


def jobs_named(text: str, now: dt.datetime) -> list[tuple[str, str, int | None]]:
    """The jobs of a message that names several (:func:`two_jobs`), in the order said: (as said, the job, its count or None):
    « 2 caristes et 1 magasinier » → [(« 2 caristes », « caristes », 2), (« 1 magasinier », « magasinier », 1)], « ASEM et agent
    d'entretien, un de chaque » → [(« ASEM », « ASEM », None), …]. Parts that name no job are left out."""
    found: list[tuple[str, str, int | None]] = []
    for part in (p.strip(" .!?:;") for p in re.split(r"\s*(?:\bet\b|\+|,|;)\s*", text or "")):
        if not part or _EACH_ONE_ALONE.match(normalize(part)):
            continue
        counted = counted_job(part, now)
        if counted is not None and counted[1]:
            count, job = counted
        elif counted is not None and (lead := _JOB_AFTER_A_COUNT.match(part.strip())) is not None:
            count, job = counted[0], lead.group("rest").strip()  # (« 1 aide boulanger »: the count read, the job not)
        else:
            count, job = None, job_alone(part) or ""
        if job and validate_field("job_title", job, now.date()).kind == VALUE:
            found.append((f"{count} {job}" if count is not None else job, job, count))
    return found


#: « … et de Rezé », « … et du Pallet », « … et de la Plage »: after « et », a town or a place's name that goes on a
#: company's name (« Les Délices de Nantes et de Rezé » was cut and Rezé taken for the place of work: twentieth blind
#: user test). Not « et du coup … » (a lower-case word that is no place).
# Not « et du coup c'est à Cholet », « et d'ailleurs on est sur Saumur », « et d'autres sites à Angers » (the whole message
# became the name and the place was lost: review of the twentieth blind user test's fixes).
_NAME_GOES_ON = re.compile(
    r"^\s*(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*)"
    r"(?!(?:coup|ailleurs|fois|autres?|plus|moins|abord|accord|apr[eè]s|toute|tout|temps|nouveau|m[eê]me|suite|rien|chez|notre|nos|nouveaux?|gens|personnes?|sites?)\b)"
    r"(?P<next>\S+)",
    re.IGNORECASE,
)
#: How many words a town's name after « et de » may have when it is not capitalised (« et d'ancenis », « et du pallet »).
_TOWN_WORDS = 4


#: The capitalised word right after « et » in a company's name (« Aide et Présence Rezé », « Dupont et Fils »).
_CAPITALISED_NEXT = re.compile(r"^\s*(?P<word>[A-ZÀ-Ý][\w'’-]*)")


def continues_a_name(separator: str, part: str) -> bool:
    """Whether ``part``, after ``separator``, goes on the company's name said before it (a town in the name, not the
    place of work): « et » then « de / du / d' » and a capitalised word or a place, or « et » then a capitalised word that
    is no place nor a person's name (« Association Aide et Présence Rezé » was cut at « et » and Rezé taken for the place of
    work: twenty-sixth blind user test), with no field named (« Boulangerie Martin et le siret c'est … »)."""
    if normalize(separator) != "et":
        return False
    rest = _JUST_THAT.sub("", part)
    if recap_field(normalize(rest)) not in (None, "work_location"):
        return False
    found = _NAME_GOES_ON.match(part)
    if found is None:
        word = _CAPITALISED_NEXT.match(part)
        return (word is not None and not isinstance(extract_place(word.group("word")), Place)
                and sniff_field(part, normalize(part)) not in ("contact_name", "contact_email", "contact_phone", "siret", "job_title"))
    if found.group("next")[:1].isupper():
        return True
    # A town not capitalised: the words after « de » are its name and nothing else (not « … on bosse à Nantes »).
    town = rest[found.start("next"):].strip(" .!")
    return len(town.split()) <= _TOWN_WORDS and isinstance(extract_place(town), Place)


#: What may open a clause before a count of posts (folded): fillers and words of hiring (« non mais 5 caristes », « il en faut 3
#: chauffeurs », « pour 2 postes »); not a company's size (« on est 12 salariés »).
_POSTS_LEAD = re.compile(
    r"^(?:(?:non|mais|et|donc|alors|euh|bon|ben|ah|oui|ok|finalement|plutot|en fait|pour|il en faut|il nous faut|il faut|il faudrait|"
    r"on cherche|on recrute|on embauche|on a besoin de|besoin de|on en veut|ce sera|c est|ce sont|soit)\s+)*$"
)
#: A count of posts said so, wherever it stands (« 5 c'est le nombre de postes »).
_POSTS_SAID_SO = re.compile(r"\b(?:nombre|nb)\s+(?:de|d['’ ])\s*(?:postes?|personnes?|salaries?)\b")
#: The rest of an estimate of posts in the next clause (« 5 caristes, voire 6 »), folded.
_ESTIMATE_GOES_ON = re.compile(r"^\s*(?:voire|ou|ou meme|peut[ -]etre|max|maxi|maximum)\s+\d")
#: A date alone (normalised): « en mars 2027 », « 15 fevrier 2027 », « le 1er avril ».
_DATE_ALONE = re.compile(
    rf"(?:(?:le|en|pour|pour le|au|vers le|courant|debut|fin|mi)\s+)*(?:(?:1er|\d{{1,2}})\s+)?{alternation(FULL_MONTHS)}(?:\s+\d{{4}})?"
)
#: Contact details, kept only once the consent is given.
_CONTACT_FIELDS = ("contact_email", "contact_phone")


class TypedValues:
    """What :func:`typed_values_said` found: ``values`` for other fields, ``warnings`` said for some of them (an estimate's
    low end, a start too close), ``left`` (the clauses nothing was read from) and ``contacts_later`` (contact details said
    before the consent, not kept); ``recorded``: values typed for fields already answered (not read again, but said back);
    ``changed``: values of fields already answered said in a clause that changes them (« finalement ce sera plutôt mi-avril »)."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.warnings: dict[str, str] = {}
        self.left: list[str] = []
        self.contacts_later = False
        self.recorded: dict[str, Any] = {}
        self.changed: dict[str, Any] = {}

    @property
    def said(self) -> bool:
        return bool(self.values) or self.contacts_later or bool(self.recorded) or bool(self.changed)


#: A clause that changes an answer given before (folded): « finalement », « plutôt », « mettez », « au lieu de »… A value of a field
#: answered typed in it is a change, not the same value said again or a value typed at the wrong question (« au fait mettez 3
#: agents finalement, et ce sera plutot mi-avril le debut » got « J'ai déjà noté : … 1er mai »: forty-second blind user test).
CHANGE_SAID = re.compile(
    rf"\b(?:{REPLACING_WORDS}|en fait|au fait|mettez|notez|mettons|disons|je me suis trompee?|correction|rectification|"
    r"on passe a|on change)\b"
)
#: A change said as a guess (folded): not applied (« ce sera peut-être plutôt mi-avril »).


def _typed_value(clause: str, now: dt.datetime) -> tuple[str, Any, str | None] | None:
    """(field, value, warning) of a clause whose value is typed so that it can be nothing else: an e-mail, a phone, a SIRET,
    hours with their « h », a date with its month, an employer type alone; None otherwise."""
    plain = normalize(clause)
    digits = len(re.findall(r"\d", clause))
    tries: list[str] = []
    if "@" in clause:
        tries.append("contact_email")
    elif digits >= 14:
        tries.append("siret")
    elif digits >= 9:
        tries.append("contact_phone")
    if hours_said(clause, now.date()) is not None:
        tries.append("weekly_hours")
    if (MONTH_MENTION.search(plain) and (says_the_start(plain) or _DATE_ALONE.fullmatch(plain))) or only_a_start(clause):
        tries.append("start_date")
    for field in tries:
        checked = validate_field(FIELD_VALIDATORS[field], clause, now.date())
        if field in ("contact_email", "siret", "contact_phone") and checked.kind != VALUE:
            return None  # an address or a number not read: no other value is taken from its clause (« 5521005540001 35h »)
        if checked.kind == VALUE and checked.value is not None:
            if field == "weekly_hours" and evaluate({"weekly_hours": checked.value}).verdict == "ineligible":
                return None  # asked in turn, with the rule it does not meet
            value = checked.value.isoformat() if isinstance(checked.value, dt.date) else checked.value
            return field, value, checked.warning
    kind = employer_type_alone(clause)
    if kind is None:
        kind = employer_word(plain)  # « privé, 1 poste de … » (a clause of its own, no more)
    return ("employer_type", kind, None) if kind is not None else None


def typed_values_said(text: str, requested: str, slots: dict[str, Any], now: dt.datetime) -> TypedValues:
    """Values of other fields not answered yet in a message that does not answer ``requested``, typed so that they can be
    nothing else (:func:`_typed_value`, and a count of posts with its noun: « 3 chauffeurs PL », « 5 caristes, voire 6 »).
    At the employer type « 35h », « avril 2027 », « kevin@… » got « Je n'ai pas reconnu le type d'employeur » nine times, and
    were all asked again afterwards (twenty-fifth blind user test). Bare numbers and bare words are read as nothing (« 3 »,
    « chauffeur PL »: too ambiguous); a field answered is never read again."""
    found = TypedValues()
    consented = slots.get(CONSENT_SLOT) not in (None, CONSENT_REFUSED)
    clauses = [c for c in CORRECTION_SEPARATOR.split(text or "")[::2] if c and c.strip()]
    merged: list[str] = []
    for clause in clauses:
        if merged and _ESTIMATE_GOES_ON.match(fold(clause)) and POSTS_COUNTED.search(fold(merged[-1])):
            merged[-1] = f"{merged[-1]}, {clause}"
        else:
            merged.append(clause)

    def take(field: str, value: Any, warning: str | None) -> bool:
        if field == requested or field == CONSENT_SLOT or (requested == "positions" and field == "weekly_hours"):
            # an attempt at this question's answer (hours at the positions are read by that question: « 2 postes à 35h et
            # 1 à 28h » are groups of posts)
            return False
        if field in _CONTACT_FIELDS and not consented:
            found.contacts_later = True
            return True
        if slots.get(field) is None and field not in found.values:
            found.values[field] = value
            if warning:
                found.warnings[field] = warning
        elif slots.get(field) is not None and changing and value != slots.get(field):
            found.changed.setdefault(field, value)
        elif slots.get(field) is not None:
            # « Temps complet, 35 heures » at the start date, the hours answered: got « Je n'ai pas reconnu de date », counted
            # (twenty-sixth blind user test); said back, not read again
            found.recorded.setdefault(field, value)
        return True

    changing = False
    for clause in merged:
        folded = fold(clause)
        changing = CHANGE_SAID.search(normalize(clause)) is not None and not HEDGED.search(normalize(clause))
        posts = POSTS_COUNTED.search(folded)
        if posts and (_POSTS_SAID_SO.search(posts.group(0)) or _POSTS_LEAD.match(normalize(folded[: posts.start()]))):
            checked = validate_field(FIELD_VALIDATORS["positions"], posts.group(0), now.date())
            if requested == "positions":
                found.left.append(clause)  # an attempt at this question's answer (« 2 postes à 35h et 1 à 28h »)
                continue
            if checked.kind == VALUE and take("positions", checked.value, checked.warning):
                clause = f"{folded[: posts.start()]} {folded[posts.end():]}"
                if not re.search(r"\d", clause):
                    continue
        typed = _typed_value(clause, now)
        if typed is None or not take(*typed):
            found.left.append(clause)
    return found
