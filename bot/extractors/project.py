"""Does a message describe a hiring project, and what does it already say?

``extract_hiring_project("je cherche à recruter un soudeur en CDI à Cholet")``
returns ``{"is_hiring_project": True, "contract_type": "cdi", "department":
"49", "commune": "Cholet", "job_title": "soudeur"}``.

Why: an employer who opens with their project (« on voudrait embaucher un
mécanicien en CDD de 6 mois à Laval ») should get the eligibility check
started with those answers filled in, and never be asked them again; the job
title and the commune are kept for the submission. A question about the
scheme (« est-ce que le CDI est accepté ? », « peut-on recruter en CDD de 3
mois ? ») is not a project, even when it names a contract: it gets the FAQ
answer.

A clause describes a project when it states (not asks) a hiring intention:
« recruter / embaucher / engager » followed by someone or with details
(contract, place), « on cherche un cariste », « besoin d'un soudeur », « un
poste de vendeur à pourvoir ». Questions (question word, inversion such as
« peut-on », « est-ce que »), hypotheses (« si je recrute… »), requests for
information and negations (« on ne recrute pas ») do not count.

The returned keys are the eligibility slots the message settles, with the
values the dialogue stores (see :mod:`bot.eligibility.dialogue`):
``contract_type`` or ``contract_options`` (a hesitation), ``contract_duration``
(months, only for contracts that need one), ``department``, ``commune``;
and ``job_title`` when one is named. What the message says about the candidate
is read by the check itself (:func:`bot.eligibility.dialogue.opening_updates`),
with the same reader as its later answers. Pure, never raises.
"""

from __future__ import annotations

import os
import re
from typing import Any

from bot.extractors.candidate import extract_candidate_status, without_candidate_job
from bot.extractors.contract import ALTERNANCE_CONTRACTS, alternance_unsaid, extract_contract, extract_contract_options, keeps_duration
from bot.extractors.duration import extract_duration
from bot.extractors.place import Place, extract_job_place, extract_place
from bot.language.cues import LEAD_INS, OPENING_QUESTION_WORDS, QUESTION_VERBS, opening
from bot.language.months import MONTHS
from bot.language.normalize import fold
from bot.language.tokens import clean_input

PROJECT_KEY = "is_hiring_project"

_CLAUSE = re.compile(r"[^,;:.!?\n]+[,;:.!?\n]*")
_ARTICLE = r"(?:un|une|des|deux|trois|quatre|cinq|plusieurs|quelques|\d+|l|le|la|les|quelqu)"
_NOT_A_PERSON = (
    r"(?!(?:information|info|renseignement|formation|organisme|financement|conseil|dispositif|contact|reponse"
    r"|precision|explication|devis|rendez|rdv|attestation|numero|solution|document|formulaire|lien|dossier|papier|certificat|mail"
    r"|adresse|telephone|idee|avis|autorisation|reponse|exemple|modele)s?\b"
    # « une aide » is help, « deux aides à domicile » are people (eleventh blind user test)
    r"|aides?\b(?!\s(?:a\sdomicile|a\sla\spersonne|soignant|menager|de\scuisine|maternel|comptable|educat|medico|auxiliaire)))"
)
#: Words after « N poste(s) (de) » that name no job (folded, singular): « 2 postes disponibles / vacants / de nuit / de
#: renfort / de travail » (review). Any other word there is taken as the job (« responsable », « peintre », « bûcheron »).
_NOT_A_JOB_OF_POSTE = (
    "entre environ vers disponible dispo vacant ouvert pourvu supprime cree libre renfort remplacement nuit jour week weekend matin soir equipe "
    "polyvalent supplementaire maximum minimum travail informatique uniquement seulement temporaire permanent fixe saisonnier "
    "interimaire titulaire restant manquant premier dernier entier particulier vacataire actuel nouveau nouvelle similaire "
    "identique administratif technique a au aux en sur pour dans chez par cdi cdd et ou de du des le la les d un une"
).split()
#: A noun that names a job by its ending (folded), for « le poste c'est … » after a field's answer, where adjectives are common
#: (« le poste c'est urgent / important / itinérant / physique »: review): « soudeur », « cariste », « plombier », « secrétaire ».
JOB_NOUN = (
    r"(?!(?:premier|dernier|entier|particulier|saisonnier|supplementaire|temporaire|interimaire|titulaire|vacataire|leger|cher|fier|"
    r"regulier|singulier|familier|ordinaire|extraordinaire|precaire|necessaire|prioritaire|solitaire|volontaire|salaire)s?\b)"
    r"(?:[a-z]+(?:eur|euse|trice|ier|iere|iste|ien|ienne|aire|er|ere|man|iolo)s?|hotesse|macon|ash|asem|atsem|agent|aide|comptable|chef|employe|"
    # (« le poste c'est peintre / assistante / manoeuvre / dev web » were no longer read: review)
    r"commis|peintre|manoeuvre|assistant|assistante|commercant|enseignant|surveillant|soignant|dev|cuisto|mecano|medecin|architecte)\b"
)
#: A word that may name a job after « N poste(s) (de) » (folded; :data:`_NOT_A_JOB_OF_POSTE` excluded).
_A_JOB_WORD = rf"(?!(?:{'|'.join(_NOT_A_JOB_OF_POSTE)})(?:s|x|es)?\b)[a-z][a-z-]{{2,}}\b"
_HIRING = re.compile(
    rf"\b(?:recrut\w*|embauch\w*|engag(?:er|e|eons|erai|erais|erions))\s(?:a\s|en\s)?(?P<object>{_ARTICLE}\s{_NOT_A_PERSON}\w+)?"
    rf"|\b(?:je|j|on|nous)\s(?:cherche|recherche|cherchons|recherchons)\s(?:encore\s)?{_ARTICLE}\s{_NOT_A_PERSON}\w+"
    rf"|\bbesoin\s(?:d|de)\s{_ARTICLE}?\s?{_NOT_A_PERSON}\w+"
    # « il nous faut 4 caristes en CDI au Mans » (the contract was asked again: thirteenth blind user test)
    rf"|\bil\s(?:nous|me)\s(?:faut|faudrait|faudra)\s(?:encore\s)?{_ARTICLE}\s{_NOT_A_PERSON}\w+"
    # « on voudrait 2 charpentiers en CDI », « on veut 2 bouchers au Mans » (not recognised: eighteenth blind user test)
    # (Two or more, or one whose word ends as a job's: « je voudrais un rappel / un humain / une subvention » are no
    # project: review.)
    rf"|\b(?:je|j|on|nous)\s(?:veux|voudrais|veut|voudrait|voulons|voudrions|souhaite|souhaiterais|souhaiterait|souhaitons|aimerais|aimerait|aimerions)"
    rf"\s(?:aussi\s|encore\s)?(?:(?:deux|trois|quatre|cinq|six|plusieurs|[2-9]|\d\d)\s{_NOT_A_PERSON}(?!cdi\b|cdd\b|contrats?\b|postes?\b|emplois?\b|places?\b|devis\b|rdv\b)\w+"
    rf"|(?:un|une)\s{_NOT_A_PERSON}(?:\w+(?:eur|euse|ier|iere|iste|ien|ienne|ant|ante|aire)s?|macon|apprenti\w*|alternant\w*|stagiaire|saisonnier\w*|ash|asem|atsem)\b)"
    r"|\bpostes?\s(?:de\s\w+(?:\s\w+)?\s)?(?:a\s|est\sa\s)pourvoir\b"
    # « paysagiste a Angers, CDI 35h, 1 poste jardinier »: a count of positions and a job, with a contract or a place (the
    # job and the count were asked again: twentieth blind user test)
    # (A word that names a job, not « 2 postes disponibles / vacants / de nuit / de renfort »: review.)
    rf"|\b(?P<positions>un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{{1,3}})\spostes?\s(?:de\s|d\s)?{_A_JOB_WORD}"
    r"|\b(?:prendre|accueillir)\s(?:un|une|des|deux|\d+)\s(?:apprenti|alternant|saisonnier|salarie|jeune|cdd|cdi)\w*"
    # « on voudrai prendre 2 vendeuses en cdi a nantes »: two or more of a job (the count was not read: talking to make run,
    # 2026-12-03); not « prendre 2 semaines / des congés »
    rf"|\b(?:prendre|accueillir)\s(?:deux|trois|quatre|cinq|six|[2-9]|\d\d)\s{_NOT_A_PERSON}\w+(?:eur|euse|ier|iere|iste|ien|ienne|ant|ante|aire|trice)s\b"
    r"|\b(?:creer|ouvrir)\s(?:un|une|des|deux|\d+)\spostes?\b"
)
#: A clause that opens as a question; « svp », « oui », « ok » before it, and a few more verbs (« pourrait-on », « ai-je »).
_QUESTION_START = opening(
    (*OPENING_QUESTION_WORDS, *QUESTION_VERBS, "pouvons", "pourrais", "pourrait", "a t on", "ai je"),
    (*LEAD_INS, "svp", "oui", "ok"),
)
_INVERSION = re.compile(r"\b(?:est|sont|peut|peuvent|doit|doivent|faut|puis|pouvons|pouvez|dois|a\st|peux|suis|serait|sera)\s(?:il|ils|elle|elles|on|je|nous|vous|ce)\b")
_HYPHEN_INVERSION = re.compile(r"\w-(?:t-)?(?:il|elle|on|je|nous|vous|ils|elles|ce)\b", re.IGNORECASE)
_HYPOTHESIS = re.compile(r"^(?:(?:et|mais|alors|donc)\s)?(?:si|s\sil|s\sils|imaginons|admettons|au\scas\sou|dans\sle\scas\sou)\b")
_INFO_REQUEST = re.compile(r"\b(?:savoir\ssi|me\sdemande|renseignements?|informations?|infos?|en\ssavoir\splus|comprendre|fonctionne)\b")
#: A question or a description of what is, anywhere in a message (for a count of positions: see _project_clause).
_ASKS_OR_HAS = re.compile(
    r"\b(?:comment|combien|pourquoi|quel\w*|savoir|est ce|question|eligible|finance\w*)\b|"
    # (what the company has: « j'ai déjà 2 postes de cariste »; not « des candidats déjà identifiés »: review)
    r"\bdeja\s+(?:\d+|un|une|deux|trois|quatre|cinq|plusieurs)\s+postes?\b|\b(?:c est|est ce) possible\b"
)
_NEGATED = re.compile(r"\b(?:ne|n)\s(?:\w+\s)?(?:recrut|embauch|engag|cherch)\w*\s(?:pas|plus|personne|jamais)\b|\bpas\sde\srecrutement\b")

_A_PERSON = re.compile(rf"{_NOT_A_PERSON}(?!cdi\b|cdd\b|contrat|rdv\b|devis\b)")
# Job title: after the hiring words, a few words up to a preposition, a contract or the end of the clause.
_JOB_AFTER = re.compile(
    # (Not the noun: « l'aide à l'embauche des jeunes » names no job: forty-ninth blind user test, u49-05.)
    r"(?:(?:recrut\w*|(?<!\bl['’])(?<!\bl )embauch\w*|engager|cherch\w*|recherch\w*|prendre|(?:nous|me) faut|(?:nous|me) faudrait"
    r"|(?:je|on|nous) (?:veux|voudrais|veut|voudrait|voulons|voudrions|souhaite|souhaiterait|aimerait|aimerions))\s+|besoin\s+d(?:e\s+|['’]\s*|\s+))"
    r"(?:(?:à|a)\s+(?:recruter|embaucher)\s+)?"
    r"(?:un|une|des|deux|trois|quatre|cinq|plusieurs|\d+)\s+(?P<job>[\w'’-]+(?:\s+[\w'’-]+){0,5})",
    re.IGNORECASE,
)
#: A job after « besoin de » without an article, or after « former des » (« on a besoin de caristes », « on voudrait former des
#: caristes »): the job, when its first word names one (:func:`_bare_job`), was asked again by the request (twenty-fourth blind
#: user test, u24-07).
_JOB_NEEDED = re.compile(
    r"\b(?:besoin\s+d(?:e\s+|['’]\s*)|form(?:er|ons|e|erait|erions)\s+(?:des|deux|trois|quatre|cinq|plusieurs|\d+)\s+)"
    r"(?P<job>[\w'’-]+(?:\s+[\w'’-]+){0,5})",
    re.IGNORECASE,
)
#: What a post may be said to be before the job (« un poste saisonnier d'ouvrier horticole »: thirty-sixth blind user test).
_POST_KIND = r"(?:(?:saisonni[eè]re?s?|permanents?|temporaires?|fixes?|durables?)\s+)?"
_JOB_POSTE = re.compile(rf"\bpostes?\s+{_POST_KIND}d(?:e\s+|['’])(?P<job>[\w'’-]+(?:\s+[\w'’-]+){{0,5}})"
                        # « 1 poste jardinier » (twentieth blind user test)
                        rf"|\b(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d{{1,3}})\s+postes?\s+{_POST_KIND}(?:d(?:e\s+|['’]\s*|\s+))?"
                        r"(?P<bare>[\w'’-]+(?:\s+[\w'’-]+){0,5})",
                        re.IGNORECASE)
_JOB_STOPS = frozenset(
    """
    en a au aux entre vers environ sur dans pour de du d des sous avec qui que chez par sans et ou mais pendant depuis des le la les l
    cdi cdd alternance apprentissage interim contrat contrats poste postes temps plein partiel urgent urgence
    saisonnier saisonniere pourvoir asap rapidement vite immediatement bientot partir
    aussi egalement c est cest svp stp merci comme si ca eligible possible
    moins plus age agee ages agees
    via grace
    """.split()
)
#: Words that name a person, not a job (« candidat », « apprentis »).
NOT_JOBS = frozenset(
    """
    candidat candidate candidats candidates personne personnes profil profils salarie salariee salaries demandeur
    demandeuse demandeurs jeune jeunes senior seniors collaborateur collaboratrice quelqu etranger etrangere information informations
    renseignement formation aide
    saisonnier saisonniere saisonniers saisonnieres interimaire interimaires stagiaire stagiaires alternant alternante
    alternants alternantes apprenti apprentie apprentis apprenties extra extras
    ouvrier ouvriere ouvriers ouvrieres gars employe employee employes employees
    dizaine douzaine quinzaine vingtaine trentaine centaine
    filiale filiales succursale entreprise entreprises societe societes structure boite
    """.split()
)


#: The kind of contract or of candidate said for the job (folded): « apprenti(e) » and its misspellings (« aprenti »), « un
#: alternant », « une stagiaire », « un jeune en alternance ». Never a job title: « je cherche un aprenti » gave the request
#: « Poste : aprenti » (thirty-fourth blind user test); the job is asked. (« apprenti boulanger » is one.)
_KIND_OF_CONTRACT = re.compile(
    r"(?:(?:un|une|des|le|la|les|l|d|de|du|mon|notre|nos|\d+|deux|trois)\s+)?"
    r"(?:(?:(?:jeunes?|personnes?|salarie\w*)\s+)?en\s+(?:alternance|apprentissage|stage|contrat (?:d apprentissage|de professionnalisation|pro))"
    r"|a+p+r+e+n+t+i+[et]?s?|alternant(?:e|es|s)?|stagiaires?|jeunes?(?:\s+(?:alternant(?:e|es|s)?|apprenti\w*|stagiaires?))?)"
    r"(?:\s+en\s+(?:alternance|apprentissage|stage|contrat (?:d apprentissage|de professionnalisation|pro)))?"
)


def names_a_job_of_a_post(words: str) -> bool:
    """Whether ``words``, said after « N poste(s) (de) », open with a word that may name a job (« cariste / magasinier »,
    « aide-soignant »), not « disponibles », « de nuit », « en CDI » (:data:`_NOT_A_JOB_OF_POSTE`)."""
    return re.match(_A_JOB_WORD, _plain(words or "")) is not None


def names_a_kind_of_contract(text: str) -> bool:
    """Whether ``text`` is only :data:`_KIND_OF_CONTRACT` (« aprenti », « un jeune en alternance »): no job title."""
    return _KIND_OF_CONTRACT.fullmatch(_plain(text or "")) is not None


def _plain(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def _is_question(clause: str, plain: str, ends_with_question_mark: bool) -> bool:
    if _QUESTION_START.search(plain) or _INVERSION.search(plain) or _HYPHEN_INVERSION.search(clause):
        return True
    # « je peux recruter un cariste en CDD ? »: a question about what is allowed.
    return ends_with_question_mark and re.search(r"\b(?:peux|peut|pouvons|possible|eligible|accepte|droit|autorise)\w*", plain) is not None


def _project_clause(text: str, has_details: bool) -> bool:
    """True when one clause of ``text`` states a hiring intention."""
    for match in _CLAUSE.finditer(text):
        clause = match.group()
        plain = _plain(clause)
        if not plain:
            continue
        found = _HIRING.search(plain)
        if found is None:
            continue
        if _is_question(clause, plain, "?" in clause[-3:]):
            continue
        if _HYPOTHESIS.search(plain) or _NEGATED.search(plain) or _INFO_REQUEST.search(plain):
            continue
        # « on recrute » alone says little; with someone to hire or a detail it is a project.
        if found.group().startswith(("recrut", "embauch", "engag")) and not found.group("object") and not has_details:
            continue
        if found.group("positions") and (not has_details or _ASKS_OR_HAS.search(_plain(text)) or "?" in text):
            # « 2 postes de cariste » alone may be an answer to something else: a project with a contract or a place; and
            # not in a message that asks (« 2 postes de cariste en CDI, c'est financé ? ») or says what is (« j'ai déjà 2
            # postes de cariste en CDI »): review
            continue

        return True
    return False


def asks_about_a_hiring(text: str) -> bool:
    """A question about hiring someone at a place named (« est ce que je peux embaucher 2 caristes a Nantes en CDI avec ca ? »):
    no project stated (:func:`_project_clause` leaves questions out), but what the check answers, from its details."""
    text = clean_input(text)
    if not isinstance(extract_job_place(text), Place):
        return False
    for match in _CLAUSE.finditer(text):
        clause = match.group()
        plain = _plain(clause)
        found = _HIRING.search(plain) if plain else None
        if (found is not None and found.group("object") and _is_question(clause, plain, "?" in clause[-3:])
                and not (_HYPOTHESIS.search(plain) or _NEGATED.search(plain))):
            return True
    return False


#: Words that may join the parts of a job title (« technicien de maintenance », « aide à domicile »).
_JOB_LINKS = frozenset({"de", "d", "du", "des", "a", "au", "aux"})
#: What « en » may open in a job title (« peintre en bâtiment », « technicien en électronique »), folded: a trade or a
#: field, not a contract, a date or a place (« en CDI », « en mars », « en Vendée »). « peintre en batiment » became
#: « peintre » (twentieth blind user test). Also any word in -erie (« vendeur en boulangerie »), not « en série ».
_EN_FIELDS = frozenset(
    """
    batiment btp restauration cuisine salle magasin boutique rayon atelier usine entrepot pharmacie creche ehpad
    electricite electronique electrotechnique mecanique informatique logistique maintenance production comptabilite
    gestion assurance assurances immobilier hotellerie couverture charpente climatisation chauffage plomberie
    maconnerie menuiserie espaces paysage agriculture viticulture maraichage horticulture elevage
    soins sante pediatrie geriatrie psychiatrie communication marketing""".split()
)
_ACCENTED = {"a": "[aàâä]", "e": "[eéèêë]", "i": "[iîï]", "o": "[oôö]", "u": "[uùûü]", "c": "[cç]"}
#: The words of :data:`_EN_FIELDS` (or in -erie) after « en » in text as typed: « en bâtiment » goes on a job title
#: where a count's job ends (« 3 peintres en bâtiment » at the recap became « peintres »: twentieth blind user test).
EN_FIELD = (
    r"en\s+(?:(?!s[eéè]rie\b)\w+[eéè]rie|"
    + "|".join("".join(_ACCENTED.get(ch, ch) for ch in word) for word in sorted(_EN_FIELDS, key=len, reverse=True))
    + r")\b"
)


def _a_date_word(word: str) -> bool:
    """Whether folded ``word`` opens a date, not a job word (« ouvrier agricole du 1er mars au 31 août » was stored as the job
    « ouvrier agricole du 1er mars »: twenty-first blind user test)."""
    word = word.strip(".,;:!?")
    return word[:1].isdigit() or word in MONTHS or word == "premier"


#: What « sur » may not open in a job title (folded): a determiner, a count, a span, a place's word (« sur le secteur », « sur
#: une mission », « sur toute l'année », « sur place », « sur site »).
_NOT_AFTER_SUR = frozenset(
    """un une le la les l des du d ce cet cette ces mon ma mes notre nos son sa ses leur leurs tout toute tous toutes chaque
    plusieurs deux trois quatre cinq six place site secteur zone region departement agglomeration ville commune long court
    moyen duree periode mission contrat mesure demande rendez appel""".split()
)


def _equipment_after_sur(words: list[str], following: str) -> bool:
    """Whether « sur » then ``following`` (as typed) go on the job title ``words``: the machine or the line it works on
    (« régleur sur presses », « opérateur sur machine »), not a place (« soudeur sur Nantes »), a length (« sur 6 mois »), a
    date, a contract or a determiner (« sur le secteur »)."""
    folded = fold(following).strip(".,;:!?")
    if not folded or not folded[0].isalpha() or folded in _NOT_AFTER_SUR or folded in _JOB_STOPS or _a_date_word(folded):
        return False
    if following[:1].isupper() or not following.strip(".,;:!?").isalpha():
        return False  # (« sur Nantes », « sur St-Nazaire »: a place, typed so)
    return not isinstance(extract_place(" ".join([*words, "sur", following])), Place) and not isinstance(extract_place(following), Place)


#: A civil-service status (folded word): « contractuel », « vacataire », « titulaire ». It says how the person is employed, not the
#: job (« un agent contractuel pour les espaces verts » gave « Poste : agent contractuel »: forty-second blind user test, u42-01).
_STATUS_WORD = re.compile(r"(?:contractuel(?:le)?|vacataire|titulaire)s?")
#: The status as typed, with « non » (« non titulaire »), not a holder of something (« titulaire du permis CE »).
_HOLDER_OF = r"\s+(?:du|des|de\s+la|de\s+l['’]|d['’]\s*une?\b)"
STATUS = (rf"(?<![\w'’-])(?:non[\s-]+)?(?:contractuel(?:le)?s?|vacataires?|titulaires?(?!{_HOLDER_OF}))(?![\w'’-])")
#: The civil service's word for anyone it employs (folded), the job's head once its status is out (« un contractuel » is « un
#: agent contractuel »).
_AN_AGENT = frozenset({"agent", "agente", "agents", "agentes"})
_ARTICLES = frozenset({"le", "la", "les", "l"})


def without_the_status(job: str) -> str:
    """``job`` without the civil-service status said in it (:data:`STATUS`): « agent technique contractuel » → « agent
    technique », « agent d'entretien (contractuel) » → « agent d'entretien », « vacataire bibliothèque » → « agent
    bibliothèque » (the status in the head's place is an agent); « » when nothing else is said (« agent contractuel »)."""
    if not re.search(STATUS, job, re.IGNORECASE):
        return job
    text = re.sub(rf"\s*\(\s*{STATUS}\s*\)", "", job, flags=re.IGNORECASE)
    text = re.sub(rf"^\s*{STATUS}(?=\s+\S)", "agent", text, flags=re.IGNORECASE)
    text = re.sub(rf"\s*{STATUS}", "", text, flags=re.IGNORECASE).strip()
    return "" if fold(text) in _AN_AGENT | {""} else text


def _complement_of_an_agent(tokens: list[str]) -> list[str]:
    """The words after « agent … pour » that say what the agent does (« les espaces verts », « l'entretien des locaux »), up to
    a stop word; [] when none."""
    if not tokens:
        return []
    first, _, rest = fold(tokens[0]).partition("'")
    if first in _ARTICLES and rest:
        after = _job_words(tokens[0].split("'", 1)[-1].split("’", 1)[-1] + " " + " ".join(tokens[1:]))
        return [tokens[0], *after[1:]] if after else []
    if first in _ARTICLES:
        after = _job_words(" ".join(tokens[1:]))
        return [tokens[0], *after] if after else []
    return _job_words(" ".join(tokens))


def _job_words(candidate: str) -> list[str]:
    """The job title at the start of ``candidate``, up to a stop word; a link word
    (« de », « à ») is kept when a job word follows it, not a place or a contract. A civil-service status is left out
    (:data:`_STATUS_WORD`), and an agent's job goes on after « pour » (« agent contractuel pour les espaces verts » is « agent
    pour les espaces verts »)."""
    words: list[str] = []
    tokens = candidate.split()
    index = 0
    while index < len(tokens):
        word = tokens[index]
        head, _, rest = fold(word).partition("'")
        following_word = fold(tokens[index + 1]) if index + 1 < len(tokens) else ""
        if head == "non" and _STATUS_WORD.fullmatch(following_word.strip(".,;!?")):
            index += 1  # (« agent non titulaire »)
            continue
        if (_STATUS_WORD.fullmatch(head.strip(".,;!?"))
                and not (head.startswith("titulaire") and re.match(_HOLDER_OF, " " + " ".join(tokens[index + 1:]), re.IGNORECASE))):
            if not words:
                words.append("agent")  # (« un contractuel pour la cantine »: an agent)
            index += 1
            continue
        if head == "pour" and [fold(w) for w in words] in [[a] for a in _AN_AGENT] and (more := _complement_of_an_agent(tokens[index + 1:])):
            words += [word, *more]
            break
        if head in _JOB_LINKS and words:
            following = rest or (fold(tokens[index + 1]) if index + 1 < len(tokens) else "")
            # The place read with the job before it: « conducteurs de ligne » is no Ligné, « soudeur de Cholet » is
            # Cholet (« ligne » alone is the commune: « de ligne » was cut off: twentieth blind user test).
            said = " ".join([*words, word] if rest else [*words, word, tokens[index + 1]]) if following else ""
            # (The name alone too after « à » or capitalised: « carrossier a sable », « agent de Tours », whose « sable »
            # and « tours » are also words.)
            named = (word.partition("'")[2] if rest else tokens[index + 1]) if following else ""
            place = extract_place(said) or (extract_place(named) if named[:1].isupper() or head in ("a", "au", "aux") else None)
            # (Not a figure, « mi-temps » nor a date after it: « 1 poste cariste à 35h », « jardinier à mi-temps »: review.)
            if (following and following not in _JOB_STOPS and not following[:1].isdigit() and not re.match(r"mi(?:-|$)", following)
                    and not isinstance(place, Place) and not _a_date_word(following)):
                words.append(word)
                index += 1
                continue
            break
        if head == "sur" and words and index + 1 < len(tokens) and _equipment_after_sur(words, tokens[index + 1]):
            words += [word, tokens[index + 1]]  # « régleurs sur presses » (twenty-fifth blind user test)
            index += 2
            continue
        if head == "en" and words and index + 1 < len(tokens):
            following = fold(tokens[index + 1]).strip(".,;!?")
            if following in _EN_FIELDS or (following.endswith("erie") and following != "serie"):
                words += [word, tokens[index + 1]]  # « peintre en bâtiment » (twentieth blind user test)
                index += 2
                continue
        if head in _JOB_STOPS:
            break
        words.append(word)
        index += 1
    return words


#: The job said after the person hired, in the same clause (« un ressortissant ukrainien comme maçon sur un chantier »).
_AS_A_JOB = re.compile(r"[^,;.!?()]{0,50}?\b(?i:comme)\s+(?:(?i:un|une|des)\s+)?(?P<job>[^,;.!?()]+)")


def _job_title(text: str) -> str | None:
    """The job the message hires for; "" when it names several (« 2 soudeurs et 1 chaudronnier », « besoin de caristes et de
    magasiniers »: the job question asks), None when it names none."""
    for pattern in (_JOB_AFTER, _JOB_POSTE):
        for match in pattern.finditer(text):
            said = match.group("job") or match.groupdict().get("bare") or ""
            if not _A_PERSON.match(_plain(said)):
                continue  # « on voudrait un rendez-vous »
            if pattern is _JOB_POSTE and not re.match(_A_JOB_WORD, _plain(said)):
                continue  # « 2 postes disponibles », « 1 poste uniquement », « un poste de nuit »: no job (review)
            words = _job_words(said)
            if [fold(w) for w in words] in [[a] for a in _AN_AGENT] and re.search(STATUS, said, re.IGNORECASE):
                # « on recrute des agents contractuels, pas des titulaires »: a status said of the people hired, no job (the
                # request was prefilled with « Poste : agents »: forty-fourth blind user test, u44-04)
                continue
            start = match.start("job" if match.group("job") else "bare")
            if words and (_another_job_after(text[start:], len(words)) or _another_job_named_after(text[start:], " ".join(words))):
                # (« on cherche des caristes et des magasiniers » was « caristes », the magasiniers dropped: session of 2026-12-02)
                return ""  # the job question asks, and its reader says one job per request
            if words and (as_job := _AS_A_JOB.match(text[start:])) is not None and (job := _bare_job(as_job.group("job"))):
                # The person hired, then the job: « un ressortissant ukrainien comme maçon », « une personne au chomage comme
                # soudeur » (the job was asked again, or « personne au chomage » kept: forty-third blind user test, u43-08)
                return job
            if words and (fold(words[0]) not in NOT_JOBS or len(words) > 1) and not names_a_kind_of_contract(" ".join(words)):
                return " ".join(words) + _qualification_after(text[start:], words)
    for match in _JOB_NEEDED.finditer(text):
        if (job := _bare_job(match.group("job"))) is not None:
            if _another_job_after(text[match.start("job"):], len(job.split())) or _another_job_named_after(
                    text[match.start("job"):], job):
                return ""  # the job question asks, as for « 2 soudeurs et 1 chaudronnier » above
            return job
    if (hired_as := _HIRED_AS.search(text)) is not None and (job := _bare_job(hired_as.group("job"))):
        # « embaucher en CDD 6 mois un ressortissant ukrainien comme maçon » (asked again: forty-third blind user test, u43-08)
        return job
    return None


#: A qualification in brackets right after the job (« commis de cuisine (CAP cuisine) »), folded: a diploma, a licence, a
#: certificate, experience. Not « (H/F) », « (urgent) », « (2 postes) », read elsewhere or nothing.
_QUALIFICATION = re.compile(
    r"\b(?:cap|bep|bac|bts|dut|but|licence|master|caces|permis|fimo|fco|diplome\w*|titre\w*|habilitation\w*|certifica\w*|sst|haccp|"
    r"experience\w*|exp|niveau)\b"
)


def _qualification_after(said: str, words: list[str]) -> str:
    """« (CAP cuisine) » when a qualification in brackets follows the job's ``words`` at the start of ``said``, else "": it
    was dropped from the job (« commis de cuisine (CAP cuisine) » became « commis de cuisine »: found reading the recap)."""
    rest = said
    for word in words:
        at = rest.find(word)
        if at < 0:
            return ""
        rest = rest[at + len(word):]
    bracket = re.match(r"\s*(\([^()]{2,60}\))", rest)
    return f" {bracket.group(1)}" if bracket and _QUALIFICATION.search(held := fold(bracket.group(1))) and not _TO_OBTAIN.search(held) else ""


#: A qualification to be obtained, folded: « (caces à passer) », « (formation caces prévue) » are a training need, not one held
#: (they went into the job: review of the session's changes).
_TO_OBTAIN = re.compile(r"\b(?:a passer|a obtenir|a faire|a prevoir|formations?|prevue?s?|en cours)\b")
_BRACKET = re.compile(r"\s*\(([^()]{2,60})\)")


def need_in_brackets(text: str) -> tuple[str, str] | None:
    """For « cariste (caces à passer) »: the text without the bracket and the qualification to obtain (« caces »), when a
    bracket names a qualification to be obtained (:data:`_TO_OBTAIN`), else None (« (caces en cours d'obtention) » needed « caces
    d'obtention »: second review of the session's changes)."""
    for bracket in _BRACKET.finditer(text or ""):
        held = fold(bracket.group(1))
        if _QUALIFICATION.search(held) and _TO_OBTAIN.search(held):
            need = re.sub(r"\s+", " ", re.sub(
                r"(?i)\b(?:(?:[àa] (?:passer|obtenir|faire|pr[ée]voir))|formations?(?:\s+(?:au|aux|du|de la|des|de|d'|en))?|"
                r"pr[ée]vue?s?|en cours(?:\s+d['’]\s*obtention|\s+de\s+(?:passage|validation|formation))?)(?=\s|$|')", " ", bracket.group(1))).strip(" ,;:-'")
            return (text[:bracket.start()] + text[bracket.end():]).strip(), need
    return None


#: « et 1 chaudronnier », « , 2 soudeurs » after a job: a second one with its count (folded).
_ANOTHER_COUNTED = re.compile(r"\s*(?:,|\bet\b|\bainsi que\b|\bplus\b)\s*(?:et\s+)?(?:\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
                              r"(?:postes?\s+(?:de\s+|d'\s*|d\s+)?)?(?P<word>[a-z][\w'-]{2,})")
#: Units after a count, which make it a duration, not a second job (« un soudeur et un an de formation »).
_UNITS = frozenset({"ans", "annee", "annees", "mois", "semaine", "semaines", "jour", "jours", "heure", "heures"})


#: Words after « et un » that name no second job: « un cariste et une formation CACES », « un chauffeur et un permis C »,
#: « 1 chauffeur et 1 camion » lost their one job (review).
_NO_SECOND_JOB = frozenset(
    "an peu seul seule formation formations caces permis fimo habilitation habilitations certificat diplome stage contrat tuteur "
    "tutrice camion camions vehicule voiture outil outils local bureau".split()
)


def _another_job_after(said: str, job_length: int) -> bool:
    """Whether a second job with its count follows the job of ``job_length`` words at the start of ``said`` (« 2 soudeurs
    et 1 chaudronnier »: the job « soudeurs » was stored and the chaudronnier silently lost, twenty-first blind user test)."""
    rest = " ".join(fold(said).split()[job_length:])
    found = _ANOTHER_COUNTED.match(rest)
    return found is not None and found.group("word") not in _JOB_STOPS | _UNITS | _NO_SECOND_JOB


#: « et de magasiniers », « ou de préparateurs », « et des soudeurs », « , magasiniers » after a job: a second one or a choice,
#: without its count (folded).
_ANOTHER_NAMED = re.compile(r"\s*(?:,|/|\bet\b|\bou\b|\bainsi que\b|\bplus\b)\s*(?:(?:des|les|du|de|d)(?:\s+|'\s*))?(?P<job>[a-z].*)$")


def _another_job_named_after(said: str, job: str) -> bool:
    """Whether a second job, or a choice of jobs, follows ``job`` at the start of ``said`` (« besoin de caristes et de
    magasiniers », « caristes ou de préparateurs »: « caristes » was kept and the other dropped, review of user test 24)."""
    folded, said_job = fold(said), fold(job)
    found = _ANOTHER_NAMED.match(folded[len(said_job):]) if folded.startswith(said_job) else None
    other = _bare_job(found.group("job")) if found is not None else None
    return other is not None and not _other_gender(said_job, other)


#: A second job joined to the first one of an answer (folded): « … et agent d'entretien », « … ainsi que des magasiniers »
#: (not « ou », « / »: a choice, « cuisinier ou plutôt commis de cuisine »).
_ANOTHER_JOINED = re.compile(r"\s*(?:\bet\b|\bainsi que\b|\bplus\b|\+)\s*(?:(?:des|les|du|de|d|un|une)(?:\s+|'\s*))?(?P<job>[a-z].*)$")


def several_jobs(said: str) -> bool:
    """Whether an answer to the job question names several jobs, each the post of a request of its own: a second job with its
    count (« 2 vendeuses en boulangerie et 1 aide boulanger » was stored as 2 posts of « vendeuses en boulangerie et 1 aide
    boulanger »), or one joined by « et » (« ASEM et agent d'entretien, un de chaque » was the job: thirty-seventh blind user
    test). Not one job in both genders (« 2 serveuses et 1 serveur »), nor a job's own complement (« agent d'entretien et de
    maintenance »), nor a choice (« cuisinier ou plutôt commis de cuisine »), nor one person for two trades (« maçon et
    carreleur »: each one said, « un de chaque », makes two posts)."""
    found = _BARE_CLAUSE.fullmatch(clean_input(said or "").strip())
    job = _bare_job(found.group("job")) if found else None
    if found is None or job is None:
        return False
    rest, said_job = found.group("job"), fold(job)
    if found.group("count") and _another_job_after(rest, len(job.split())):
        # (each counted: « un poste de vendeur et un poste de caissier » is read as typed; « 2 serveuses et 1 serveur » is one job)
        second = _ANOTHER_COUNTED.match(" ".join(fold(rest).split()[len(job.split()):]))
        return second is not None and not _other_gender(said_job, second.group("word"))
    if not _EACH_ONE.search(fold(rest)):
        return False  # « maçon et carreleur », « boulanger et pâtissier »: one person for both
    folded = fold(rest)
    joined = _ANOTHER_JOINED.match(folded[len(said_job):]) if folded.startswith(said_job) else None
    other = _bare_job(joined.group("job")) if joined is not None else None
    return other is not None and not _other_gender(said_job, other)


#: « un de chaque », « une de chaque », « chacun » (folded): each job named is a post of its own.
_EACH_ONE = re.compile(r"\b(?:un|une|1)\s+(?:de\s+|pour\s+)?chaque\b|\bchacun(?:e)?\b|\b(?:un|une|1)\s+(?:poste\s+)?(?:par|pour)\s+(?:metier|poste)\b")


def _other_gender(job: str, other: str) -> bool:
    """Whether ``other`` opens with ``job``'s first word in its other gender (« serveurs et serveuses », « conducteurs et
    conductrices de bus »: one job, which pre-filled no job: review of the change); the same word is not (« agent d'entretien
    et agent de maîtrise » are two jobs)."""
    first, second = (fold(w).split()[0].rstrip("sx") if fold(w).split() else "" for w in (job, other))
    if not first or not second or first == second or abs(len(first) - len(second)) > 3:
        return False
    shared = len(os.path.commonprefix([first, second]))
    return shared >= 4 and shared >= min(len(first), len(second)) - 3


#: A word that opens a job's name said without a hiring verb (folded): « couvreur a laval, cdi », « cdi, 3 chauffeurs spl »,
#: « un cdd d'un an, agent technique polyvalent espaces verts » (twenty-third blind user test). Narrower than
#: :data:`JOB_NOUN`: no verb in -er (« démarrer en mars »), nor the words of a role or a thing in -eur, -ier, -aire, -ien.
_BARE_JOB = (
    r"(?!(?:secteur|employeur|interlocut\w+|demandeu\w+|valeur|erreur|liste|piste|bien|lien|rien|entretien|soutien|combien|ancien|"
    r"ancienne|dossier|atelier|chantier|metier|quartier|papier|calendrier|janvier|fevrier|premier|dernier|entier|particulier|saisonnier|"
    r"horaire|salaire|commentaire|supplementaire|temporaire|interimaire|titulaire|necessaire|prioritaire|volontaire|stagiaire|"
    r"directeur|directrice|president|presidente|responsable|gerant|gerante|proprietaire|exploitant|exploitante|dirigeant|dirigeante|"
    # (the employer's own trade, the training's people, an adjective: « restaurateur à Nantes, CDI », « chef d'entreprise à
    # Cholet, cdi maçon », « cdd 6 mois à Nantes, formateur interne fourni », « …, tuteur désigné », « …, financeur OPCO »,
    # « …, première embauche », « …, extérieur », « …, courrier envoyé à pole emploi » were the job: review of the twenty-third blind user test's fixes)
    r"restaurateur|agriculteur|viticulteur|entrepreneur|formateur|formatrice|tuteur|tutrice|financeur|"
    r"premiere|derniere|meilleur|carriere|exterieur|interieur|courrier|hier|inventaire|primaire|prestataire|partenaire|"
    r"collaborateur|collaboratrice)s?\b)"
    r"(?:[a-z]+(?:eur|euse|trice|iste|ien|ienne|ier|iere|aire)s?|boulanger|boucher|fromager|berger|horloger|hotesse|macon|ash|asem|atsem|"
    r"agent|aide|comptable|chef|employe|commis|peintre|manoeuvre|assistant|assistante|soignant|cuisto|mecano|medecin|architecte)s?\b"
)
_COUNT = r"\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix"
#: « pour des caristes chez un client », « pour 2 soudeurs »: who a contract is for.
#: (« pour les 6 conducteurs »: the count after the article, thirty-seventh blind user test)
_FOR_SOMEONE = re.compile(rf"\bpour\s+(?:(?:des|les|nos)\s+(?=\d))?(?:des|les|un|une|(?P<count>{_COUNT}))\s+(?P<job>.+)$", re.IGNORECASE)
_BARE_CLAUSE = re.compile(rf"^\s*(?:(?P<count>{_COUNT})\s+|(?:des|les|plusieurs)\s+)?(?P<job>.+)$", re.IGNORECASE)
#: What makes a message's bare clause no job offered (folded; review of the twenty-third blind user test's fixes): a hiring
#: verb, when no job was read after it, names whom the message hires, the clause before it is the employer's own trade
#: (« agriculteur à Laval, je cherche un salarié en CDI », « plombier à Pornic, je veux embaucher mon premier salarié »).
_HIRES_SOMEONE = re.compile(r"\b(?:recrut|embauch|engag|cherch|recherch)\w*")
#: A clause with a subject, a sentence, not a job's name (« …, hier j'ai vu une candidate », « cdd, ailleurs c'est pareil »),
#: folded.
_A_SENTENCE = re.compile(r"\b(?:je|j|on|nous|vous|il|elle|ils|elles|c|ca|ce)\b")
#: The candidate's handicap (« cdi a Laval, travailleur handicapé »), folded.
_HANDICAP = re.compile(r"\bhandicap\w*|\brqth\b")
#: A contract said before the job in one clause (« cdi jardinier »), folded or not.
_CONTRACT_FIRST = re.compile(r"^(?:cdi|cdd)\s+(?=[^\W\d])", re.IGNORECASE)


#: The job a hiring verb gives after « comme » (« l'embaucher en CDI comme coffreur bancheur »), up to the end of its clause.
_HIRED_AS = re.compile(r"\b(?i:embauch|recrut|engag|titularis)\w*\b[^,;.!?]{0,60}?\b(?i:comme)\s+(?:(?i:un|une)\s+)?(?P<job>[^,;.!?()]+)")
#: The temp agency's client or the company the job is for (folded), not someone hired: « pour un client à Sablé ».
_A_CLIENT = re.compile(r"(?:client|cliente|clients|clientes|entreprise|entreprises|societe|boite)\b")


def _bare_job(said: str) -> str | None:
    """The job that opens ``said`` when its first word names one (:data:`_BARE_JOB`), not a place nor a date."""
    words = _job_words(said.strip())
    first = fold(words[0]).partition("'")[0] if words else ""
    # (and a job noun as the project reader knows one: not « cdi, ordinaire »; singular or plural, a singular in « s » too:
    # « C'est pour un commis de cuisine en CDI » was read « commi », no job, and the job asked again: thirty-first blind user test)
    if (not words or not re.match(_BARE_JOB, first)
            or not (re.match(JOB_NOUN, first) or re.match(JOB_NOUN, re.sub(r"(?<=[a-z]{3})s$", "", first)))
            or _a_date_word(fold(words[0]))):
        return None
    if _plain(" ".join(words)).startswith("chef d entreprise"):
        return None  # the employer (« chef d'entreprise à Cholet, cdi maçon »: review of the twenty-third test's fixes)
    place = extract_place(" ".join(words))
    if isinstance(place, Place) and not place.in_region and " ".join(words).islower():
        place = None  # a job spelled like a commune outside the region: « maçon » is no Mâcon (forty-third blind user test, u43-08)
    if (fold(words[0]) in NOT_JOBS and len(words) == 1) or names_a_kind_of_contract(" ".join(words)) or isinstance(place, Place):
        return None
    return " ".join(words)


def job_alone(said: str) -> str | None:
    """The job that ``said`` opens with, said alone (« agent polyvalent ecole cantine », « vendeuse »), else None."""
    return _bare_job(said)


def stated_job(text: str) -> tuple[str, str | None] | None:
    """The job a message names, with its count when one is said (``("chauffeurs spl", "3")``), even in a question or without
    a hiring verb: « est-ce que je peux embaucher 2 caristes à Nantes en CDI ? », « couvreur a laval, cdi, personne en vue »,
    « on voudrait faire des CDD de 8 mois en intérim pour des caristes chez un client » (each job was asked again by the
    request: twenty-third blind user test). Without a hiring verb, only in a message that names a contract, from a clause
    that opens with a job (« cdi, 3 chauffeurs spl ») or after « pour des » (« … pour des caristes »); else None."""
    text = clean_input(text or "")
    job = _job_title(text.replace("?", " "))
    if job and (extract_candidate_status(job) is not None or _HANDICAP.search(_plain(job))):
        job = None  # the candidate (« cdi. on peut recruter un bénéficiaire du RSA ? »: review of the twenty-third test's fixes)
    if job == "":
        return None  # several jobs: none kept (« on recrute 2 caristes et 1 magasinier » was the magasinier: review of user test 24)
    if job:
        counted = re.search(rf"\b({_COUNT})\s+(?:postes?\s+(?:de\s+|d\s+)?)?{re.escape(_plain(job))}", _plain(text))
        if counted is None and len(_plain(job).split()) > 1:
            # « recruter des soudeurs qualifiés … recruter trois soudeurs en CDI »: the count said with the job's head noun alone
            # (asked again: thirty-third blind user test), when one count is said of it.
            heads = set(re.findall(rf"\b({_COUNT})\s+(?:postes?\s+(?:de\s+|d\s+)?)?{re.escape(_plain(job).split()[0])}\b", _plain(text)))
            if len(heads) == 1 and not heads & {"un", "une"}:
                return job, heads.pop()
        return job, (counted.group(1) if counted and counted.group(1) not in ("un", "une") else None)
    if (hired_as := _HIRED_AS.search(text)) is not None and (job := _bare_job(hired_as.group("job"))):
        # « je voudrais l'embaucher en CDI comme coffreur bancheur » (asked again: thirty-ninth blind user test, u39-04)
        return job, None
    if not (extract_contract_options(text) or extract_contract(text)):
        return None
    if "?" in text:
        # (« cdi, les chômeurs de longue durée sont acceptés ? » was the job: review of the twenty-third test's fixes) Only a job
        # said « pour des … » (« le dispositif marche pour des caristes en CDI intérimaire ? »: asked again, twenty-fourth blind
        # user test, u24-07).
        for clause in re.split(r"[,;.:!?\n]+|\s+(?:et|mais)\s+", text):
            found = _FOR_SOMEONE.search(clause)
            if (found and extract_candidate_status(clause) is None and not _HANDICAP.search(_plain(clause))
                    and (job := _bare_job(found.group("job")))):
                said_count: str | None = found.group("count")
                return job, (said_count if said_count and fold(said_count) not in ("un", "une") else None)
        return None
    # Whom the message hires, named apart (« je cherche un salarié », « je voudrais un apprenti », « cdi pour un aide »): a bare
    # clause is then the employer's own trade, not the job (review of the twenty-third blind user test's fixes; when unsure,
    # the job is asked).
    # (Only a clause said before it: « on veut embaucher en CDI, un peintre » is the post.)
    # (Not « pour un client à Sablé »: the temp agency's client, no one hired; the job before it was lost: fortieth blind user
    # test, u40-07.)
    for_someone = _FOR_SOMEONE.search(text)
    if for_someone is not None and _A_CLIENT.match(_plain(for_someone.group("job"))):
        for_someone = None
    hires_at = min((len(_plain(text[:m.start()])) if m.re is _FOR_SOMEONE else m.start()
                    for m in (_HIRES_SOMEONE.search(_plain(text)), _HIRING.search(_plain(text)), for_someone) if m),
                   default=None)
    said_up_to = 0
    # A bare job said before any contract, in a message that names another job after it, is the employer's own trade, the
    # later one the post (« garagiste à Angers, mécanicien en CDI », « boulanger à Nantes, cdi, vendeur »: second review of
    # the session's changes); alone, it is the post (« couvreur a laval, cdi, personne en vue »).
    before_contract: tuple[str, str | None] | None = None
    for clause in re.split(r"[,;.:!?\n]+|\s+(?:et|mais)\s+", text):
        said_up_to = text.find(clause, said_up_to) + len(clause)
        contract_said = bool(extract_contract_options(text[:said_up_to]) or extract_contract(text[:said_up_to]))
        hires_someone = hires_at is not None and len(_plain(text[:said_up_to])) <= hires_at
        if re.search(r"\bformations?\b", _plain(clause)):
            break  # the training's needs follow (« CDI à Nantes. Besoin formation: techniques de nettoyage, autolaveuse »)
        if extract_candidate_status(clause) is not None or _HANDICAP.search(_plain(clause)):
            continue  # the candidate (« cdi à Nantes, chômeur de longue durée », « … pour un ukrainien »)
        for pattern in (_BARE_CLAUSE, _FOR_SOMEONE):
            if pattern is _BARE_CLAUSE and (hires_someone or _A_SENTENCE.search(_plain(clause))):
                continue
            said = clause.strip()
            if pattern is _BARE_CLAUSE and before_contract is not None:
                said = _CONTRACT_FIRST.sub("", said)  # « paysagiste à Laval, cdi jardinier »
            found = pattern.fullmatch(said) if pattern is _BARE_CLAUSE else pattern.search(clause)
            if found and (job := _bare_job(found.group("job"))):
                count: str | None = found.group("count")
                read = job, (count if count and fold(count) not in ("un", "une") else None)
                if pattern is _BARE_CLAUSE and not contract_said and before_contract is None:
                    before_contract = read
                    break
                return read
    return before_contract


def extract_hiring_project(text: str) -> dict[str, Any]:
    """``{"is_hiring_project": bool, ...}`` with the check slots the message already settles.

    The slots are given only when the message describes a hiring project.
    """
    text = clean_input(text)
    result: dict[str, Any] = {PROJECT_KEY: False}
    if not text.strip():
        return result
    hiring = without_candidate_job(text)  # the candidate's own CDI is not the one offered
    # (a bare « alternance » is either contract: « on embauche en alternance » was stored as an apprenticeship, and the check
    # asks which one, as for a hesitation)
    options = extract_contract_options(hiring) or (ALTERNANCE_CONTRACTS if alternance_unsaid(hiring) else ())
    contract = None if options else extract_contract(hiring)
    place = extract_job_place(text)
    has_details = bool(options or contract or isinstance(place, Place))
    if not _project_clause(text, has_details):
        return result
    result[PROJECT_KEY] = True
    if options:
        result["contract_options"] = list(options)
    elif contract is not None:
        result["contract_type"] = contract
    # (The bare alternance's own length only: « un cuisinier en alternance et une femme de chambre en CDD de 7 mois » gave the
    # alternance the CDD's 7 months: review of the session on the alternance.)
    alternance = tuple(options) == ALTERNANCE_CONTRACTS and contract is None
    if contract is None and not alternance or keeps_duration(contract or "apprentissage", hiring):
        duration = extract_duration(hiring)
        if duration is not None and duration.months is not None:
            result["contract_duration"] = round(duration.months, 2)
    if isinstance(place, Place):
        result["department"] = place.department
        if place.commune:
            result["commune"] = place.commune
    job = _job_title(text)
    if job:
        result["job_title"] = job
    return result
