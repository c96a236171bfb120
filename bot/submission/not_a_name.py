"""Answers that are no name nor job: the reason for a short contract at the company's name, « on sait pas encore » at the job.

Just after the check said « je vous demanderai d'en expliquer la raison », the employer gives that reason at the request's
first question (« c'est pour un gros chantier de renovation qui dure 3 mois, apres on verra si on le garde »); it was stored
as the company's name (twenty-fourth blind user test).
"""

from __future__ import annotations

import re

from bot.extractors.candidate import only_the_candidates_situation
from bot.language.cues import DEFERRING, INDIRECT_QUESTION, SUPPOSING, UNSURE, alternation
from bot.language.lexicon import legal_forms
from bot.language.months import FULL_MONTHS, WEEKDAYS
from bot.language.normalize import fold, normalize

#: Words of a reason for a contract under 6 months (folded): each one says why the contract is short.
_STRONG_REASON = (
    r"remplac\w*|conges?|maternite|paternite|parental|maladie|absen\w*|surcroit|surcrois|accroissement|saisonni\w*|pic|"
    r"vendanges?|recoltes?|cueillette|temporaires?|ponctuel\w*|rush|essai|tester"
)
#: Words that say why only as « un chantier », « une mission », or with a duration (folded): else they can be a business's
#: (« Chantiers de l'Atlantique », « Durand Travaux », « Actual Renfort », « le Petit Noël »).
_WEAK_REASON = (
    r"activite|saisons?|chantiers?|renforts?|commandes?|besoins?|periode|ete|hiver|noel|fetes|travaux|projets?|missions?"
)
#: A weak reason word after an indefinite article (« pour un gros chantier », « une mission »), folded.
_WEAK_WITH_ARTICLE = re.compile(
    rf"\b(?:un|une|des|du|d)\s+(?:(?:gros|grosse|petit|petite|nouveau|nouvelle|long|court|courte)\s+)?(?:{_WEAK_REASON})\b"
)
#: A duration (« 3 mois », « qui dure », « jusqu'en juin »), folded.
_DURATION = re.compile(r"\b\d+\s*(?:mois|semaines?|jours?)\b|\bdur\w*\b|\bjusqu\b|\bpendant\b|\btemporaire\w*\b")
#: Words naming a business (folded): « c'est pour l'entreprise Durand Travaux », « la SARL … », « notre restaurant ».
_BUSINESS = re.compile(
    rf"\b(?:entreprises?|societe|ste|{'|'.join(legal_forms())}|agences?|restaurants?|resto|boulangerie|garage|cabinet|"
    r"magasin|boutique|hotel|association|asso|groupe|etablissements?|ets|atelier|enseigne|franchise|filiale|commerce)\b"
)
#: Capitalised words that name no business (a month, a day, a place after « à »).
_NOT_A_NAME_CAPITAL = re.compile(
    rf"^{alternation((*FULL_MONTHS, *WEEKDAYS, 'noel', 'paques', 'toussaint', 'cdd', 'cdi', 'je', 'j', 'on', 'c', 'ca', 'nous'))}$"
)
#: The word before a capitalised word that makes it a place or the person replaced, no business (folded): « un chantier à
#: Nantes », « remplacer Marie ».
_BEFORE_A_PLACE_OR_PERSON = frozenset({"a", "au", "en", "sur", "vers", "remplacer", "remplace"})
#: A clause with a verb: a subject and its verb (« qui dure 3 mois », « on verra », « on le garde »).
_VERB_PHRASE = re.compile(
    r"\b(?:qui|on|je|j|nous|il|elle|ils|ca)\s+(?:(?:le|la|l|les|en|y|ne|n|va|vais|doit|peut)\s+)*"
    r"(?:dure\w*|verr\w*|gard\w*|cherch\w*|recrut\w*|prend\w*|embauch\w*|fini\w*|termin\w*|commenc\w*|demarr\w*|a|ai|avons|"
    r"aura|est|sera|faut|fau\w*|besoin|manque\w*)\b"
)
#: « c'est pour … », « pour un … » at the head of the answer (folded).
_FOR = re.compile(
    r"^(?:(?:bah|ben|euh|ok|alors|oui|non|bon|ah|en fait|enfait)\s+)*(?:(?:c est|cest|c|ce sera|ca sera|ce serait|c etait|ca serait)\s+)?"
    r"(?:pour|pr)\s+(?:(?:un|une|des|du|de|d|le|la|l|les|cause|remplacer|renforcer|faire|assurer|finir|terminer|notre|nos|mon|ma|un gros|une grosse)\b)"
)
#: The reason said alone, no « pour » (« remplacement d'un congé maternité », « surcroît d'activité »): its head…
_BARE_REASON = re.compile(
    r"^(?:(?:un|une|le|la|du|en|c est|c|bah|ben|euh|alors)\s+)*(?:remplacement|surcroit|surcrois|accroissement|renfort|saisonnier|"
    r"besoin|pic|conge|chantier)\b"
)
#: … and the only words allowed after it (folded): a reason's shape, not a name's (« renfort interim », « chantier naval
#: gouin », « remplacement services 49 » are names).
_BARE_REASON_WORDS = frozenset(
    """un une le la les l du de d des en a au aux pour sur qui dure durera pendant jusqu jusque mois semaine semaines jour jours
    an ans annee ete hiver noel fetes saison saisonnier saisonniere ponctuel temporaire remplacement remplacer surcroit surcrois
    accroissement activite d renfort renforcer pic conge conges maternite paternite parental parentale maladie arret absence
    salarie salariee salaries employe employee collegue personne depart retraite chantier commandes commande travaux gros grosse
    besoin periode de l mat longue duree courte ou et prochain prochaine cet cette""".split()
)


def _names_a_business(text: str, plain: str) -> bool:
    """Whether ``text`` names a business: a company's word, or a capitalised word past the first (« Durand TP »)."""
    if _BUSINESS.search(plain):
        return True
    words = re.findall(r"[^\W\d_]+", text)
    folded = [normalize(w) for w in words]
    for at in range(1, len(words)):
        if not words[at][:1].isupper() or _NOT_A_NAME_CAPITAL.match(folded[at]) or folded[at - 1] in _BEFORE_A_PLACE_OR_PERSON:
            continue
        if at > 1 and folded[at - 1] in ("de", "d") and folded[at - 2].startswith("remplac"):
            continue  # « remplacement de Marie »
        return True
    return False


def names_a_reason(text: str) -> bool:
    """Whether ``text`` has a word that says why a contract is short (« grosse commande ponctuelle », « remplacement »,
    « saison »): at the reason's own question, a statement so worded is the reason."""
    return re.search(rf"\b(?:{_STRONG_REASON}|{_WEAK_REASON})\b", normalize(text)) is not None


def reason_said(text: str, *, reason_awaited: bool) -> bool:
    """Whether ``text``, typed at the company's name, is a reason for the contract (or a sentence about the job), no name.

    « c'est pour un remplacement », « pour un surcroît d'activité », « c'est pour un chantier qui dure 3 mois »: « pour » with
    a reason or a verb; with ``reason_awaited`` (the check said a derogation, its reason not given yet) the reason said alone
    too, in a reason's shape (« remplacement congé maternité »). Never a sentence naming a business (« c'est pour l'entreprise
    Durand Travaux », « c'est pour les Chantiers de l'Atlantique », « on est une entreprise de travaux publics, c'est Durand
    TP »): when unsure, the name.
    """
    plain = normalize(text)
    if _names_a_business(text, plain):
        return False
    reason = (
        re.search(rf"\b(?:{_STRONG_REASON})\b", plain) is not None
        or _WEAK_WITH_ARTICLE.search(plain) is not None
        or (re.search(rf"\b(?:{_WEAK_REASON})\b", plain) is not None and _DURATION.search(plain) is not None)
    )
    verb = _VERB_PHRASE.search(plain) is not None
    if _FOR.search(plain) and (reason or verb):
        return True
    if reason and verb and len(plain.split()) >= 5:
        return True  # « on a un gros chantier qui dure 3 mois »
    bare = _BARE_REASON.search(plain)
    if not (reason_awaited and bare):
        return False
    replaced = {normalize(m.group(1)) for m in re.finditer(r"\bremplac\w*\s+(?:de\s+|d['’]\s*)?([A-Z][^\W\d_]*)", text)}
    rest = [w for w in plain[bare.end():].split() if w not in replaced]  # « remplacement de Julie en congé maternité »
    alone = bare.group(0).split()[-1] in ("remplacement", "surcroit", "surcrois", "accroissement", "renfort", "saisonnier")
    return all(w in _BARE_REASON_WORDS or w.isdigit() for w in rest) and (bool(rest) or alone)


#: « I don't know it yet » at the job's question (folded), besides :data:`~bot.language.cues.UNSURE`.
_NOT_KNOWN_YET = re.compile(
    r"\bpas encore\b|\ba preciser\b|\bpas (?:encore )?(?:decide|decidee|fixe|fixee|arrete|arretee|defini|definie|choisi)\b|"
    r"^(?:ca )?(?:selon|depend) (?:du |des |le |les |nos )?clients?$|\bon (?:ne )?sait pas\b|\bje (?:ne )?(?:le )?sais pas\b|"
    r"\bon (?:verra|voit)\b|\bsais pas\b|\bsai pas\b|\bchai pas\b|\bj sais pas\b|\bjsais pas\b|\bindetermin\w*\b|\binconnu\b"
)
#: Words that add nothing to « je sais pas » (folded).
_FILLERS = frozenset(
    "bon euh ben bah alors exactement vraiment encore pour l instant le moment honnetement franchement desole desolee non ok oui la "
    "tout a fait trop bien je vous dis dit ai deja c est comme ca".split()
)


def job_known_part(text: str) -> str | None:
    """What ``text``, typed at the job's question, says of the job: None when it only says the job is not known yet (« on sait
    pas encore exactement, on verra avec le client », « je sais pas encore », « à définir »); else ``text`` without its clauses
    that say not knowing (« cariste, je sais pas encore combien » is « cariste »)."""
    plain = normalize(text)
    if not (UNSURE.search(plain) or _NOT_KNOWN_YET.search(plain)):
        return text
    kept = []
    for clause in re.split(r"[,;.!?()]+|\s+(?:mais|donc|puis)\s+|\s+et\s+(?=(?:on|je|j|nous|ca|c)\b)", text):
        folded = normalize(clause)
        if not folded or UNSURE.search(folded) or _NOT_KNOWN_YET.search(folded):
            continue
        if any(w not in _FILLERS for w in folded.split()):
            kept.append(clause.strip())
    return ", ".join(kept) or None


#: What a question about the scheme, the request or the job names (folded stems): a question with none of them is off topic
#: (« c quoi la meteo demain a nantes ? », « vous savez s'il va pleuvoir demain ? »).
_SCHEME_STEMS = re.compile(
    r"\b(?:form\w*|region\w*|dispositif\w*|emplo\w*|embauch\w*|recrut\w*|contrat\w*|cdi|cdd|interim\w*|altern\w*|apprenti\w*|financ\w*|"
    r"pa(?:y|i)\w*|prise? en charge|cout\w*|prix|gratuit\w*|aides?|salaire\w*|salari\w*|remuner\w*|candidat\w*|demandeu\w*|chomeu\w*|"
    r"france travail|pole emploi|opco|cfa|organisme\w*|dur\w*|heures?|delai\w*|demande\w*|dossier\w*|eligib\w*|siret|postes?|caces|fimo|"
    r"permis|certif\w*|entreprise\w*|employeu\w*|subvention\w*|tuteu\w*|tutrice|stag\w*|afpr|poei|smic|convention\w*|rdv|rendez|conseill\w*|"
    r"inscri\w*|agence\w*|mission\w*|travail\w*|metier\w*|competence\w*|diplom\w*|qualif\w*|cpf|handicap\w*|rqth|prime\w*|rembours\w*|"
    r"factur\w*|cours|essai|periode\w*|personne\w*|profil\w*|recap\w*|envoi\w*|envoy\w*|reponse\w*|repond\w*|question\w*|nom|numero|"
    r"mail|telephone|lieu|date|debut|commenc\w*|demarr\w*|besoins?|chantier\w*|client\w*|justif\w*|derogation\w*|raison\w*|"
    # the process: what comes next, how long, how it works (« 35h, et c quoi la suite ? », « cariste, et combien de temps ça
    # prend ? », « association, et c'est quoi la différence ? »)
    r"suite|ensuite|apres|recontact\w*|contact\w*|rappel\w*|combien de temps|en combien de temps|le temps|marche|fonctionn\w*|"
    r"differen\w*|diff|etape\w*|procedur\w*|process\w*|deroul\w*|se passe|traite\w*|valid\w*|accept\w*|accord\w*|sign\w*|"
    r"reglement\w*|condition\w*|droit\w*|obligat\w*|statut\w*|signifi\w*|veut dire|"
    # whether something of the project is a problem (« 35h mais on est en full remote 2j/semaine, c'est un pb ? »: thirtieth
    # blind user test)
    r"pb|probleme\w*|souci\w*|genant|bloquant|grave|derange\w*|teletravail|distance|remote|minimum|maximum)\b"
)
#: Where the question beside the answer starts: a clause boundary, then a question's opening (folded).
_QUESTION_AFTER = re.compile(
    r"(?:[,;.!]\s*(?:(?:et|mais|au fait|sinon|bon|ah|euh|aussi)\s+)*|\s+(?:(?:et|mais|au fait|sinon)\s+)+)"
    r"(?=(?:c quoi|c est quoi|c koi|c est koi|ckoi|cquoi|kel\w*|ca (?:sera|va)|qu est ce|vous savez|savez vous|tu sais|est ce|quel\w*|comment|pourquoi|combien|quand|ou est|"
    r"il va|il fait|il fera|vous pensez|y a t il|y aura)\b)"
)


def answer_beside_an_off_topic_question(text: str) -> str | None:
    """The answer typed before an off-topic question (« permis C et CE, FIMO, et c quoi la meteo demain a nantes ? » is « permis
    C et CE, FIMO »), else None: the question ends the message, names nothing of the scheme nor of the request, and something
    is said before it (the needs were lost for « Je n'ai pas de réponse à cette question… »: twenty-fourth blind user test)."""
    stripped = text.strip()
    if not stripped.endswith("?"):
        return None
    folded = normalize(stripped)
    # The boundary is found on the folded text, the original cut after as many words.
    for found in _QUESTION_AFTER.finditer(folded):
        question = folded[found.end():]
        if _SCHEME_STEMS.search(question):
            continue
        answer = _first_words(stripped, len(folded[:found.end()].split()))
        answer = re.sub(r"(?:[\s,;.!]|\b(?:et|mais|au fait|sinon|bon|ah|euh|aussi)\b)+$", "", answer, flags=re.IGNORECASE).strip()
        return answer or None
    return None


def _first_words(text: str, count: int) -> str:
    """``text`` up to the end of its ``count``-th word as :func:`normalize` counts them (apostrophes and hyphens split words)."""
    seen = 0
    for match in re.finditer(r"[^\W_]+", text):
        if seen == count:
            return text[: match.start()]
        seen += 1
    return text


#: Where a clause of its own starts after the company's name: a comma, a semicolon, a full stop or a dash between spaces.
_CLAUSE_AFTER_A_NAME = re.compile(r"\s*[,;.]\s+|\s+[-–—]+\s+")


def name_then_reason(text: str) -> tuple[str, str] | None:
    """(the name, the reason) when ``text``, typed at the company's name, gives the name then the reason for the contract in a
    clause of its own (« Menuiserie Durand, c'est pour un remplacement », « SARL Dupont – c'est pour un surcroît d'activité »:
    stored whole as the name, session of 2026-12-02), else None. The reason is read as :func:`reason_said` reads one typed
    alone, without a reason awaited (« Transports Durand, renfort interim », « Durand, Fils et Cie » are names)."""
    for boundary in _CLAUSE_AFTER_A_NAME.finditer(text):
        name, reason = text[: boundary.start()].strip(), text[boundary.end():].strip()
        if not re.search(r"[^\W\d_]", name) or reason_said(name, reason_awaited=False):
            return None
        if reason_said(reason, reason_awaited=False):
            return name, reason
    return None


#: An indirect question or « est-ce que » opening a clause (folded): it asks without « ? » (« soudure TIG et lecture de plans, je
#: voudrais savoir si c finance a 100% » was stored whole as the needs: blind user tests 26–28, left open in session 23).
_ASKING_WITHOUT_A_MARK = rf"(?:(?:(?:je|j|on|nous)\s+)?(?:{INDIRECT_QUESTION})|est ce (?:que|qu)\b)"
#: Where a question about the scheme starts after the answer: a clause boundary (or « et »), then a question's opening (folded).
_SCHEME_QUESTION_AFTER = re.compile(
    r"(?:[,;.!]\s*(?:(?:et|mais|au fait|sinon|aussi)\s+)*|\s+(?:(?:et|mais|au fait|sinon)\s+)+)"
    rf"(?=(?:c est|cest|c|ca|qui|quel\w*|kel\w*|combien|comment|quand|qd|pourquoi|est ce|on peut|peut on|il faut|faut il|y a t il|"
    rf"vous|la region|la formation|elle|il|(?:autre |une )?question\s*:?|le|la|les|on|un|une|ca|ce)\b|{_ASKING_WITHOUT_A_MARK})"
)


#: What announces a question before the answer (folded, the clause's marks kept): « avant de répondre », « avant ça », « d'abord »…,
#: and the question itself (« une question », « juste une petite question »); after « une question », a bare « avant » too.
_BEFORE_GOING_ON = r"avant (?:de (?:vous )?(?:repondre|continuer|poursuivre|commencer|valider|remplir|aller plus loin)|d aller plus loin)"
_BEFORE_ANSWERING = rf"(?:{_BEFORE_GOING_ON}|avant (?:ca|cela|tout)|d abord|au prealable)"
_A_QUESTION = r"(?:(?:j ai|jai|on a|j aurais)\s+)?(?:juste\s+)?(?:une\s+)?(?:petite\s+|autre\s+|simple\s+)?question(?:\s+rapide)?"
_ANNOUNCEMENT = rf"(?:{_BEFORE_ANSWERING}(?:[\s,]+{_A_QUESTION})?|{_A_QUESTION}\s+(?:{_BEFORE_ANSWERING}|avant))"
_ANNOUNCEMENT_LEAD = r"(?:(?:bon|alors|euh|ok|oui|attendez|attends|pardon|mais|et)[\s,]+)*"
#: A question announced as coming before the answer, opening the message, up to the mark after it (« Avant de répondre : », « avant
#: ça, une question : », « juste une question avant : », « petite question avant de continuer : »); « avant de répondre » needs
#: none (not « d'abord le CACES, c'est financé ? », an answer then a question).
_QUESTION_ANNOUNCED = re.compile(
    rf"^{_ANNOUNCEMENT_LEAD}(?:{_ANNOUNCEMENT}\s*(?:[:,;.!]+|\s-+)\s*|{_BEFORE_GOING_ON}(?:[\s,]+{_A_QUESTION})?\s+)"
)
#: The same announcement ending what is said before a question (« CACES 3. Avant de continuer, une question : qui paie… ? »), or
#: « Question : » alone after a mark.
_ANNOUNCEMENT_AT_THE_END = re.compile(rf"(?:^|[,;.!:]\s*){_ANNOUNCEMENT_LEAD}(?:{_ANNOUNCEMENT}|{_A_QUESTION})[\s,;.!:-]*$")


def question_announced(text: str) -> str | None:
    """The question, as typed, of a message that opens by announcing a question before the answer (« Avant de répondre : qui paie
    la formation et est-ce que les candidats sont rémunérés pendant celle-ci ? » at the training needs was stored as the needs:
    fortieth blind user test); None when the message opens with no announcement, or what follows it asks nothing (no « ? », no
    « est-ce que », no indirect question)."""
    stripped = text.strip()
    folded = re.sub(r"['’-]", " ", fold(stripped))
    found = _QUESTION_ANNOUNCED.match(folded)
    if found is None:
        return None
    question = stripped[len(_first_words(stripped, len(normalize(folded[: found.end()]).split()))):].strip()
    if not question or not (question.endswith("?") or re.match(_ASKING_WITHOUT_A_MARK, folded[found.end():])):
        return None
    return question


def without_an_announcement(said: str) -> str:
    """``said`` before a question without the announcement of that question ending it (« CACES 3. Avant de continuer, une
    question » is « CACES 3 »; « avant ça, une question » alone is nothing)."""
    folded = re.sub(r"['’-]", " ", fold(said))
    found = _ANNOUNCEMENT_AT_THE_END.search(folded)
    if found is None:
        return said
    return _first_words(said, len(normalize(folded[: found.start()]).split())).rstrip(" ,;.!:-")


def answer_beside_a_scheme_question(text: str) -> str | None:
    """The answer typed before a question about the scheme (« CACES 3, et c'est financé à 100% ? » is « CACES 3 »,
    « hygiène alimentaire, c'est payé par la région ? » « hygiène alimentaire »), else None: the question ends the message (with « ? », or opened by « je voudrais savoir »,
    « est-ce que »: blind user tests 26–28, left open in session 23) and names the scheme or the request (:data:`_SCHEME_STEMS`), and something is
    said before it. The FAQ answers the question (the needs were lost for what the needs are: session of 2026-12-02)."""
    stripped = text.strip()
    marked = stripped.endswith("?")
    folded = re.sub(r"['’-]", " ", fold(stripped))  # (the clause's marks kept, unlike in :func:`normalize`)
    for found in _SCHEME_QUESTION_AFTER.finditer(folded):
        if not _SCHEME_STEMS.search(normalize(folded[found.end():])):
            continue
        if not marked and not re.match(_ASKING_WITHOUT_A_MARK, folded[found.end():]):
            continue  # without « ? », only an indirect question or « est-ce que » asks (« CACES 3, c'est pour un chantier »)
        answer = _first_words(stripped, len(normalize(folded[:found.end()]).split()))
        answer = re.sub(r"(?:[\s,;.!]|\b(?:et|mais|au fait|sinon|aussi)\b)+$", "", answer, flags=re.IGNORECASE).strip()
        answer = without_an_announcement(answer)  # (« CACES 3. Avant de continuer, une question : qui paie la formation ? »)
        plain = normalize(answer)
        if only_the_candidates_situation(answer):
            # « il fait déjà son CAP, il lui faudrait le CACES 1. c'est financé ? »: « il lui faudrait… » opens no question, the
            # candidate's situation alone is no answer (twenty-ninth blind user test); a later question is looked for.
            continue
        if _NO_ANSWER_BEFORE.match(plain) or UNSURE.search(plain) or DEFERRING.search(plain) or _ABOUT_THE_FIELD.search(normalize(folded[found.end():])):
            return None  # « excusez moi, c'est financé ? », « Dupont, c'est le nom commercial ou la raison sociale ? » (review)
        if SUPPOSING.search(plain) or re.match(r"(?:et\s+)?si\b", plain) or _CANNOT.search(plain):
            # « et si on ne peut pas monter à 24h, est-ce qu'une dérogation est possible … ? » stored 24 h and skipped the
            # question (thirty-third blind user test): what the question supposes or rules out is no answer.
            return None
        return answer if re.search(r"[^\W_]", answer) else None
    return None


#: What is said before a question and is no answer (folded): an apology, a hesitation, not understanding, a wait (review of the
#: session's changes: « excusez moi, c'est financé ? » recorded « excusez moi » as the company's name).
_NO_ANSWER_BEFORE = re.compile(
    r"^(?:excuse\w*|pardon|desole\w*|je (?:ne )?comprends? pas|j comprends pas|(?:je )?(?:n )?ai pas compris|heu|euh|hum|hm+|bah|ben|"
    r"attend\w*|une (?:seconde|minute)|un instant|je vous dis|ok|oui|non|d accord|bonjour|bjr|merci|question|au fait)\b"
)
#: A value ruled out before a question (folded): « on ne peut pas monter à 24h », « impossible d'aller jusqu'à 24h ».
_CANNOT = re.compile(r"\b(?:(?:ne|n)\s+)?(?:peut|peux|pouvons|pouvez|peuvent|pourra|pourrait|pourrons|pourrions|arrive|arrivons)\s+pas\b"
                     r"|\b(?:impossible|pas possible)\b")
#: A question about which value to give (« …, c'est le nom commercial ou la raison sociale ? »): the field's help, no answer.
_ABOUT_THE_FIELD = re.compile(
    r"\b(?:nom|raison sociale|enseigne|intitule|appellation|libelle|denomination)\b.*\bou\b|\bou\b.*\b(?:nom|raison sociale|enseigne|intitule|"
    r"appellation|libelle|denomination)\b|\bc est (?:le|la) bon\w*\b|\bc est (?:ca|bien ca)\b|\bca (?:va|ira|suffit)\b"
)


#: A pause, a filler or someone else's words reported, that opens a free-text answer (folded, the clause's marks kept):
#: « attendez », « attendez voir », « je reviens (vers vous) », « voilà re », « je réfléchis », « un instant », « il dit », « mon
#: chef me dit », « avant : » (fifty-second blind user test: « attendez » stored as the company, « je reviens vers vous » as the
#: job, « voila re. », « attendez je reflechis... », « il dit » kept in the needs). Words such as « bon », « euh » only before one.
_PAUSE_LEAD = r"(?:(?:euh+|heu+|hum+|hm+|bon|ben|bah|alors|ok|oui|ah|oh|eh|pardon|desole|excusez moi|bref|donc)[\s,.;:!]+)*"
_PAUSE_ITEM = (
    r"(?:attendez(?: voir)?|attends(?: voir)?|atendez|attender|une (?:seconde|minute|sec)|un instant|un moment|deux (?:secondes|minutes)|"
    r"je reviens(?: vers vous| vers toi)?|j (?:y )?reviens|re|voila re|revoila|rebonjour|re bonjour|me revoila|c est re moi|c est encore moi|"
    r"je reflechis|j reflechis|laissez moi reflechir|je (?:vais )?regarde(?:r)?|voyons|voyons voir|"
    r"(?:il|elle) (?:me |m )?dit|(?:il|elle) (?:me |m )?a dit|(?:mon|ma|le|la|notre) (?:patron|patronne|chef|cheffe|collegue|responsable|"
    r"directeur|directrice|gerant|gerante|associe|associee|comptable|rh) (?:me |m |nous )?(?:dit|a dit)|"
    r"avant(?= *:)|du coup)"
)
_PAUSE_FIRST = re.compile(
    rf"^{_PAUSE_LEAD}{_PAUSE_ITEM}(?:(?:\s*(?:\.\.\.|…|[,;:!.])\s*|\s+)(?:{_PAUSE_LEAD}{_PAUSE_ITEM}))*(?:\s*(?:\.\.\.|…|[,;:!.])\s*|\s+|$)"
)
#: A reported speech needs no mark after it (« il dit soudure cuivre »); the other pauses do, or end the answer (« attendez
#: Boulangerie Martin » may be read either way: kept whole).
_REPORTED = re.compile(r"\b(?:dit|a dit)$")
#: A last sentence that adds nothing (folded): « CAP boucher. evidemment. », « …. voilà », « … c'est tout ».
_FILLER_LAST = re.compile(
    r"(?:^|(?<=[.!;…]))\s*(?:(?:bah|ben|bon|ah|oh|et)\s+)?(?:evidemment|evidement|bien sur|voila|voila voila|c est tout|c tout|"
    r"c est tout pour moi|rien d autre|merci|merci bien|naturellement|forcement|of course)\s*[.!…]*\s*$"
)


def without_pauses(text: str) -> str:
    """``text`` (a free-text answer) without the pauses that open it (:data:`_PAUSE_FIRST`: « attendez je reflechis...
    techniques de vente » is « techniques de vente ») and a last sentence that adds nothing (« CAP boucher. evidemment. » is « CAP
    boucher »); an empty string when it is only a pause (« attendez je reflechis », « je reviens vers vous »)."""
    stripped = text.strip()
    folded = re.sub(r"['’-]", " ", fold(stripped))
    found = _PAUSE_FIRST.match(folded)
    if found is not None and found.end() > 0:
        head = folded[: found.end()].rstrip()
        marked = found.end() == len(folded) or re.search(r"(?:\.\.\.|…|[,;:!.])$", head) is not None
        if marked or _REPORTED.search(head):
            stripped = stripped[len(_first_words(stripped, len(normalize(folded[: found.end()]).split()))):].strip()
    folded = re.sub(r"['’-]", " ", fold(stripped))
    if (last := _FILLER_LAST.search(folded)) is not None and last.start() > 0:
        stripped = _first_words(stripped, len(normalize(folded[: last.start()]).split())).rstrip(" ,;.!…")
    return stripped.strip(" ,;:")


#: The job said at the company's name (folded): « c'est pour un poste de serveur », « pour un poste de cariste », « on recrute
#: un poste d'agent » (« attendez, avant : c'est pour un poste de serveur, et on voudrait 2 personnes » stored the company
#: « attendez » and the count in the job: fifty-second blind user test, u52-10). The group ``job`` opens where the job's reader
#: starts (« un poste de serveur… »).
_JOB_AT_THE_NAME = re.compile(
    r"^(?:(?:bah|ben|euh|ok|alors|oui|bon|en fait|donc)\s+)*(?:(?:c est|ce sera|ca sera|ce serait|c)\s+)?"
    r"(?:pour|on (?:recrute|cherche|embauche)|nous (?:recrutons|cherchons))\s+(?P<job>(?:un|une|le|des|deux|trois|\d+)\s+(?:postes?|emplois?|jobs?)\s+(?:de|d)\s)"
)


def job_instead_of_a_name(text: str) -> str | None:
    """The job, as typed from its article (« un poste de serveur, et on voudrait 2 personnes »), when ``text`` typed at the
    company's name says the job instead (:data:`_JOB_AT_THE_NAME`), else None; never when a business is named too."""
    stripped = text.strip()
    plain = normalize(stripped)
    found = _JOB_AT_THE_NAME.match(plain)
    if found is None or _names_a_business(stripped, plain):
        return None
    return stripped[len(_first_words(stripped, len(plain[: found.start("job")].split()))):].strip() or None
