"""Cue words: the one table of the words that mark a question or a correction in what employers type.

Every phrase is written as :func:`bot.language.normalize.normalize` and the
tokenizer give it: lower case, no accents, apostrophes and hyphens as spaces
(« est-ce », « c'est quoi » → ``est ce``, ``c est quoi``). The readers (the FAQ
router, the extractors, the check's and the request's dialogue) build their
patterns from these tables with :func:`alternation`; what one reader adds of
its own is written next to its pattern, with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.language.months import FULL_MONTHS
from bot.language.normalize import normalize

#: Question words that ask wherever they stand in a clause (« il faut qu'il soit inscrit depuis combien de temps ? »).
WHICH_WORDS: tuple[str, ...] = ("quel", "quels", "quelle", "quelles")
HOW_WORDS: tuple[str, ...] = ("combien", "comment", "pourquoi", *WHICH_WORDS)
QUESTION_WORDS: tuple[str, ...] = ("est ce", *HOW_WORDS, "qui", "quoi", "quand")
#: An indirect question (on normalised text): « je voudrais savoir… », « je voulais savoir si… » (not « pour en savoir plus »).
INDIRECT_QUESTION = (
    r"\b(?:voudrais|veux|voulais|voudrait|voulait|voudrions|voulons|souhaite|souhaiterais|souhaitais|souhaiterions|souhaitons|"
    r"aimerais|aimerai|aimerions|jveux|jvoudrais)\s+"
    # (« je voulais juste savoir si le salarié a un tuteur… » at the check's first question was read as a failed answer:
    # forty-second blind user test, u42-16)
    r"(?:(?:juste|seulement|simplement|surtout|bien|aussi|egalement|d abord|deja|quand meme|plutot)\s+)?(?:savoir|connaitre)\b|"
    # « je me demandais si … », « on se demande comment … »
    r"\b(?:je me|on se|nous nous|jme)\s+(?:demandais|demande|demandait|demandions|demandons)\s+"
    r"(?:si|s il|s ils|s elle|s elles|comment|combien|pourquoi|quand|qui|quel\w*|ou|ce qu\w*)\b"
)
#: Asking to be told something (on normalised text): « pourriez-vous me préciser… », « pouvez-vous m'indiquer… », « merci de nous
#: préciser… », a question with no question word.
REQUEST_TO_TELL = (
    r"\b(?:(?:pourriez|pouvez|pourrais|peux|pourrait|pouvait)\s+(?:vous\s+|tu\s+)?|merci\s+de\s+)(?:me\s+|m\s+|nous\s+)?"
    r"(?:preciser|indiquer|dire|expliquer|donner|confirmer|detailler)\b"
)
#: A doubt said (on normalised text): « on a un doute pour notre autre candidate : elle n'a aucun diplôme », a question with no
#: question word (second development set of several-question messages, 2026-12-03).
DOUBT = r"\b(?:on a|j ai|jai|nous avons|ai|avons)\s+(?:un\s+|des\s+|un petit\s+|quelques\s+)?doutes?\b"
#: Words that ask only when they open the message (« où », « que » are also a conjunction and a relative).
OPENING_QUESTION_WORDS: tuple[str, ...] = (*QUESTION_WORDS, "ou", "que")
#: Verbs that open a question (« peut-on… », « faut-il… », « y a-t-il… », « c'est quoi… »).
QUESTION_VERBS: tuple[str, ...] = ("peut", "peuvent", "puis", "faut", "dois", "doit", "y a t", "c est quoi", "est il", "est elle")
#: Inverted verbs that ask wherever they stand (« pour un CDD, faut-il une dérogation ? »).
INVERTED_VERBS: tuple[str, ...] = ("faut il", "doit il", "doit elle")
#: Words of a hesitation or a choice around an answer (folded): « plutôt le 44 », « euh 2 », « bon ben 35 », « disons le 53 ».
HESITATION_WORDS: tuple[str, ...] = ("plutot", "euh", "heu", "bah", "ben", "bon", "alors", "donc", "disons", "enfin", "finalement", "voila")
#: Words an employer types before the question itself (« bonjour, alors combien… »).
LEAD_INS: tuple[str, ...] = ("bonjour", "bjr", "bonsoir", "salut", "hello", "alors", "et", "mais", "donc", "euh", "heu", "ben", "bah")

#: Asking what something is (« c quoi la diff avec un contrat pro ? », « c'est quoi la différence ? »), for normalised text: a
#: question about the answer's words, never the answer itself (the check's questions, the alternance asked back in the request).
ASKING_WHAT = re.compile(
    r"\b(?:c est quoi|c quoi|qu est ce que|qu est ce qu|ca veut dire|veut dire quoi|kesako|ca consiste|"
    r"(?:quelle est )?la diff\w*|quelle diff\w*|difference entre|diff entre)\b"
)

#: Going ahead with what was offered (folded): « ok convaincu, je me lance », « bon allez je me lance », « c'est parti », « vous
#: m'avez convaincu, on y va » got « Merci pour votre retour ! », read as a rating of the answer (thirtieth blind user test).
_GOING_AHEAD = re.compile(
    r"\b(?:je me lance|on se lance|nous nous lancons|on se jette a l eau|c est parti|on y va|allons y|banco|convaincus?|let s go|lets go)\b|"
    # « ok go », « go », « allez go » (forty-second blind user test, u42-02), never « go » further on (« 2 go de données »)
    r"^(?:(?:ok|okay|oui|ouais|bon|allez|alors|ben|bah|top|super|parfait|d accord)\s+)*go(?:\s+go)*\b"
)
_HELD_BACK_GOING = re.compile(r"\b(?:pas|ne|n|plus tard|bientot|demain)\b")


def going_ahead(text: str) -> bool:
    """« je me lance », « c'est parti », « convaincu » with no negation nor question: taking up the offer made."""
    plain = normalize(text or "")
    return bool(_GOING_AHEAD.search(plain)) and not _HELD_BACK_GOING.search(plain) and "?" not in (text or "")


#: Asking for the check in so many words, a sentence of its own (folded): « on vérifie l'éligibilité alors », « vérifions
#: l'éligibilité », « je voudrais vérifier mon éligibilité » (« Donc c'est le lieu du poste qui compte, pas le siège ? On vérifie
#: l'éligibilité alors » got « Je ne suis pas certain d'avoir bien compris » and no check: thirty-first blind user test). Not a
#: question (« on vérifie l'éligibilité comment ? »), nor negated (« on ne vérifie pas… »): the whole sentence is the request.
_CHECK_LEAD = r"^(?:(?:ok|okay|bon|ben|bah|alors|donc|bien|d accord|parfait|tres bien|super|top|allez|dans ce cas|du coup|tres bien alors)\s+)*"
_CHECK_ASKED = re.compile(
    _CHECK_LEAD +
    r"(?:(?:on|nous)\s+(?:verifie|verifions|va verifier|peut verifier|fait la verification|lance la verification|passe a la verification)"
    r"|verifions|faisons la verification|lancons la verification"
    r"|(?:je|on|nous)\s+(?:veux|voudrais|souhaite|souhaiterais|aimerais|voulons|voudrions|veut|voudrait)\s+(?:bien\s+)?verifier)"
    r"\s+(?:l\s+|mon\s+|notre\s+|son\s+)?eligibilite"
    r"(?:\s+(?:alors|donc|du coup|maintenant|tout de suite|svp|stp|s il vous plait|merci|de notre projet|du projet|de mon projet|avec vous))*$"
)


#: The check asked for before a colon and the project (folded): « Vérifions : contrat d'un an…, poste à Sablé-sur-Sarthe ».
_CHECK_ASKED_BEFORE = re.compile(
    _CHECK_LEAD + r"(?:(?:on|nous)\s+(?:verifie|va verifier)|verifions|faisons la verification|lancons la verification)"
    r"(?:\s+(?:l\s+|mon\s+|notre\s+)?eligibilite)?$"
)


def facts_for_the_check(text: str) -> str | None:
    """What ``text`` says after a sentence that asks for the check and a colon (« D'accord. Vérifions : contrat d'un an à temps
    complet, poste à Sablé-sur-Sarthe, pas encore de candidat. »: « Je ne suis pas certain d'avoir bien compris », then every
    question of the check asked again, thirty-eighth blind user test); None for any other message."""
    for sentence in re.split(r"(?<=[.!?;…])\s+|\n+", text or ""):
        head, colon, _ = sentence.partition(":")
        if colon and _CHECK_ASKED_BEFORE.match(normalize(head).strip()):
            rest = (text or "")[(text or "").index(sentence) + len(head) + 1:].strip()
            return rest if rest and not rest.endswith("?") else None
    return None


def asks_for_the_check(text: str) -> bool:
    """Whether a sentence of ``text``, not a question, asks for the check in so many words (:data:`_CHECK_ASKED`), or before
    the project (:func:`facts_for_the_check`)."""
    sentences = re.split(r"(?<=[.!?;…])\s+|\n+", text or "")
    return (any(not s.rstrip().endswith("?") and _CHECK_ASKED.match(normalize(s).strip()) for s in sentences if s.strip())
            or facts_for_the_check(text) is not None)


#: The yes words an employer types first (folded), read by the request's consent step and by the offer of a check or a request
#: (bot.faq.replies.offer_reply, which adds its own « on y va », « vérifions »…): one table, so that a yes one reader knows
#: the other knows too.
YES_WORDS: tuple[str, ...] = (
    "oui", "ok", "d accord", "j accepte", "accepte", "je consens", "bien sur", "yes", "ouais",
    # « J'y consens. » got « Répondez « oui »… » (thirtieth blind user test)
    "j y consens", "nous consentons", "nous y consentons", "on y consent",
    # SMS and spoken forms (second blind user test, 2026-11-30)
    "dac", "d acc", "dacc", "ouep", "ouaip", "pas de probleme", "pas de souci", "pas de soucis", "ca marche",
    "je suis d accord", "volontiers", "evidemment", "okay", "oki",
    # (asked again at the consent step while the offer or the check took them: answer corpus)
    "avec plaisir", "tout a fait", "c est d accord",
    # « vasy », « d'ac » after « Préparer ma demande » got « Pourriez-vous la reformuler ? » and the FAQ's suggestions
    # (twenty-second blind user test)
    "vasy", "vas y", "allez y", "d ac", "allez go", "go",
    # typed without the apostrophe: « jaccepte » at the consent question got « Répondez « oui »… » (twenty-third blind user test)
    "jaccepte", "daccord", "je suis daccord", "jsuis daccord", "jsuis d accord", "c est daccord",
)

#: « I don't know (yet) »: the employer cannot answer the question asked now (« je sais pas », « pas encore défini »).
UNSURE_PHRASES: tuple[str, ...] = (
    "sais pas", "sait pas", "sais plus", "jsp", "aucune idee",
    # (« jsais pas » at the SIRET got « pas de numéro SIRET »: fortieth blind user test)
    "jsais pas", "jsai pas", "chais pas", "jsais plus", "ignore", "pas sur", "pas sure",
    # (« je sai pas si il est inscrit » was a registration: forty-fifth blind user test, u45-10)
    "sai pas", "sai plus", "jsai plus", "chai pas",
    "a verifier", "je vais verifier", "je verifierai",
    "pas encore defini", "pas encore definie", "pas encore fixe", "pas encore fixee", "pas encore decide", "pas encore decidee",
    "a definir", "on verra", "ca depend",
)

#: « nulle part » (folded tokens after a word, typed « nul part » too): « il est inscrit nulle part » says no registration (it
#: was a registered job seeker: thirty-second blind user test); not « nulle part ailleurs » (« … ailleurs qu'à France Travail »).
NOWHERE = re.compile(r"^(?:encore\s|vraiment\s)?nul(?:le)?\spart\b(?!\sailleurs)")

#: Words that settle a hesitation said just before them (folded): « 4 ou 5, disons 4 », « 3 ou 4, on va dire 4 » (the number
#: of positions was asked again: twenty-third blind user test).
DECIDING_WORDS: tuple[str, ...] = ("disons", "on va dire", "on dit", "mettons", "plutot", "allez", "bon", "va pour")

#: Words typed after a short answer that change nothing in it (folded): politeness and hedges (« pro svp », « pro je pense »).
AFTERTHOUGHTS: tuple[str, ...] = (
    "svp", "stp", "s il vous plait", "s il te plait", "merci", "je pense", "je crois", "plutot", "a priori", "normalement",
    "en principe",
)

#: Giving up on the questions asked now (« laissez tomber », « pfff c'est trop long votre truc », « je rappellerai »).
#: (Not « stop »: « le Stop Café »; nor « j'arrête »: « j'arrête pas de le relancer »: review. « annuler » and « stop » typed
#: alone are the classifier's « stop ».)
GIVING_UP_PHRASES: tuple[str, ...] = (
    "laisse tomber", "laissez tomber", "on arrete la", "j arrete la", "on arrete tout", "j arrete tout", "bon j arrete", "bon on arrete",
    "c est trop long", "trop long votre", "c est long votre",
    "ca me saoule", "ca me soule", "j abandonne", "je rappellerai", "je reviendrai",
    # « merci, j'arrete ici » at the company question was stored as its name (twentieth blind user test)
    "j arrete ici", "on arrete ici", "je m arrete la", "je m arrete ici", "on s arrete la", "on s arrete ici",
    "j arrete pour l instant", "on arrete pour l instant",
)

#: Putting off for now what is asked or offered (folded): one table for every reader of a « not now » (the offer of a check or
#: of the request declined, a question of the check put off, a deferral, no correction). It used to be six lists, each with
#: slightly other words (review of the forty-fourth to forty-eighth blind user tests' fixes). « pas encore » is not in it: it
#: answers « avez-vous déjà… ? » (not yet), not an offer.
NOT_NOW_PHRASES: tuple[str, ...] = (
    "pas maintenant", "pas tout de suite", "pas tt de suite", "pas pour l instant", "pas pour le moment", "pas aujourd hui",
    "pas dans l immediat", "plus tard", "une autre fois",
)

#: Phrases that introduce a correction: what follows replaces what came before (tokens).
CORRECTION_MARKERS: tuple[tuple[str, ...], ...] = (
    ("en", "fait"),
    ("enfait",),
    ("plutot",),
    ("finalement",),
    ("non",),
    ("pardon",),
    ("correction",),
    ("rectification",),
    ("je", "me", "suis", "trompe"),
    ("je", "me", "suis", "trompee"),
    ("je", "voulais", "dire"),
    ("je", "veux", "dire"),
    ("au", "final"),
    ("enfin",),
    ("oups",),
    ("oops",),
    ("erreur",),
    # (« vous avez mis candidat pas encore identifie, c'est faux: on a un candidat, demandeur d'emploi inscrit » got the FAQ on
    # foreign employees: what is wrong is what was said before it, fifty-first blind user test, u51-09)
    ("c", "est", "faux"),
    ("c", "est", "pas", "ca"),
    ("ce", "n", "est", "pas", "ca"),
    ("c", "est", "inexact"),
)
#: Asking to change an earlier answer (folded): « je voudrais corriger le type de contrat : … », « je veux modifier le lieu »,
#: « il faut changer le contrat » (after the verdict it got the FAQ's answer on the contracts: twenty-ninth blind user test); also
#: a correction announced at a free-text question of the request (bot.submission.fields), never its value.
WANTS_TO_CHANGE = re.compile(
    r"\b(?:je veux|je voudrais|j aimerais|je souhaite|je souhaiterais|il faut|faut|on veut|on voudrait|je dois|je peux|puis je|on peut)\s+"
    r"(?:changer|corriger|modifier|rectifier)\b"
)
#: Asking politely to change a field (folded): « pourriez-vous corriger la ligne « Candidat » ? », « pouvez-vous modifier le
#: téléphone ? », « merci de changer la date »: a request to correct, not a question (it got « Pour votre question, envoyez-la
#: seule dans un message » at the recap: thirty-first blind user test).
REQUEST_TO_CHANGE = re.compile(
    r"\b(?:(?:pourriez|pouvez|pourrais|peux|pourrait|voudriez|voulez|voudrais)\s+(?:vous\s+|tu\s+)?|(?:vous|tu)\s+(?:pouvez|pourriez|peux|pourrais)\s+|"
    r"merci\s+de\s+|est ce que (?:vous|tu) (?:pouvez|pourriez|peux|pourrais)\s+)(?:svp\s+|s il vous plait\s+)?(?:me\s+|m\s+|nous\s+)?"
    r"(?:changer|corriger|modifier|rectifier|mettre a jour)\b"
)
#: « attendez » opens a correction in the request's answers (« attendez, en fait… »), not in the check,
#: where it also opens a question (« oui mais attendez, il faut qu'il soit inscrit depuis combien de temps ? »).
WAIT_WORDS: tuple[str, ...] = ("attendez", "attends")
#: The markers that correct only at the start of a clause (« CDD non renouvelable » is a negation).
CLAUSE_START_MARKERS: frozenset[tuple[str, ...]] = frozenset({("non",)})
#: The markers that correct anywhere, as phrases (« en fait »), for the readers that work on normalised text.
CORRECTION_PHRASES: tuple[str, ...] = tuple(" ".join(m) for m in CORRECTION_MARKERS if m not in CLAUSE_START_MARKERS)


#: Punctuation that ends a clause, for the readers that cut a message into clauses on its raw text: a comma or a full stop
#: between two digits is a decimal mark, not a clause's end (« CDI, 37,5h par semaine », « 151,67h par mois » were cut to
#: « 5h », « 67h par mois »: « pas éligible », review of the session's changes).
CLAUSE_MARK = r"(?:[;!?\n]|(?<!\d)[,.]|[,.](?!\d))"


def alternation(phrases: Iterable[str]) -> str:
    """A non-capturing regular-expression group matching any of the phrases, longest first,
    each space matching one whitespace (``\\s``), so that the group works on normalised text."""
    unique = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s") for p in unique) + ")"


def opening(words: Iterable[str], lead_ins: Iterable[str] = LEAD_INS) -> re.Pattern[str]:
    """A pattern for a message that opens with one of ``words``, after any lead-ins (« bonjour alors combien… »)."""
    leads = tuple(lead_ins)
    before = rf"(?:{alternation(leads)}\s)*" if leads else ""  # (none: the words first, « oui mais… »)
    return re.compile(rf"^{before}{alternation(words)}\b")


#: A message that opens with a yes (normalised): « oui mais en fait ce sera en alternance », « ok, 35h ».
OPENS_WITH_A_YES = opening(YES_WORDS, ())
#: The yes words and fillers before what a « oui » to an offer says besides (normalised: « oui parfait alors, 35h »), taken
#: off it: :data:`YES_WORDS` and a few words that only move on.
YES_LEAD = re.compile(rf"^(?:(?:{alternation((*YES_WORDS, 'parfait', 'super', 'tres bien', 'allons y', 'on y va'))}|ben|bah|alors|bon)\s*)+")


#: After « contre »: not « c'est pas contre vous », « rien contre vous », said of someone, not of the request
#: (review of the twentieth blind user test's fixes).
_NOT_ABOUT_SOMEONE = r"(?!\s(?:vous|toi|lui|elle|eux|elles|votre|vos|ton|ta|tes)\b)"


#: Agreement said by denying an objection, folded (« je n'y vois pas d'inconvénient », « je ne suis pas contre », « ça ne me
#: dérange pas »): each was read as a refusal or not understood at the consent and at the offer (twentieth blind user test).
#: Not « pas d'accord », « ça me dérange », « je suis contre ».
AGREEING_LITOTES = re.compile(
    r"\b(?:(?:je |j |on |nous |moi )?(?:ne |n )?(?:y )?(?:vois|voit|voyons)\s)?"
    r"(?:pas|aucun|aucune|sans|point)\s(?:d\s|de\s)?(?:inconvenient|objection|souci|soucis|probleme|problemes)s?\b"
    r"(?!\s(?:a |pour )?(?:refuser|dire non))|"
    rf"\b(?:(?:je|on|nous|moi)\s)?(?:ne\s|n\s)?(?:suis|sommes|est|serais|serait)\s(?:pas|absolument pas|vraiment pas)\scontre\b{_NOT_ABOUT_SOMEONE}|"
    rf"\b(?:(?:je|j|on|nous|moi)\s)?(?:n\s)?(?:ai|avons|a|aurais)?\s?rien\scontre\b{_NOT_ABOUT_SOMEONE}|"
    r"\b(?:ca|cela|ce|c)\s(?:ne\s|n\s)?(?:me|nous)\s(?:derange|derangera|gene|genera|pose)\s(?:pas|aucun|aucune|plus)\b"
)
#: What takes a litote of agreement back (folded): a reservation after it (« je n'ai rien contre le principe mais je dois
#: demander à mon patron », « aucun souci pour vous mais je veux d'abord lire le règlement » were recorded as the consent:
#: review of the twentieth blind user test's fixes).
#: A reservation after the litote holds the answer back (« … mais je dois d'abord demander à mon patron », « … mais c'est mon
#: associé qui décide », « … avant j'aimerais lire vos conditions »): no consent is recorded then, the question is asked again.
#: Only practical remarks are let through (« pas de souci mais appelez-moi plutôt le matin », « … mais par téléphone de
#: préférence », « … mais faisons-le rapidement »): a consent to personal data is not guessed (third to sixth reviews of the
#: twentieth test's fixes).
_LITOTE_RESERVATION = re.compile(
    r"\b(?:mais|par contre|sauf que|d abord|avant|cependant|toutefois|neanmoins|seulement si|a condition|sous reserve)\b"
    r"(?!\s+(?:(?:appelez|appeler|rappelez|contactez|ecrivez|envoyez)(?:\s+moi|\s+nous)?|(?:je ne suis |je suis )?(?:joignable|absent\w*)|"
    r"(?:plutot |de preference |uniquement |seulement )?(?:le matin|l apres midi|le soir|par mail|par email|par telephone|par tel)|"
    r"(?:je )?prefere(?:rais)? (?:le|par|etre contacte\w* par) (?:mail|email|telephone|tel)|rapidement|vite|au plus vite|faisons|faites|"
    r"(?:le |la )?(?:fin|debut) (?:du mois|de la semaine)|le \d+|la fin|fin du mois|je serai|le contact sera|le contact c est|"
    r"je n ai que|gardez)\b)"
)
#: :data:`NOT_NOW_PHRASES` as a group, for the readers' patterns (normalised text).
NOT_NOW = alternation(NOT_NOW_PHRASES)

#: Checking or coming back later, said instead of an answer (« je vérifie et je reviens », « je dois vérifier », « je vais lui
#: demander », « je vais en parler à mon associé », « je vous recontacte »), folded: no yes (review of the twentieth blind
#: user test's fixes: « bon ok je vérifie et je reviens » was a registered job seeker, « pas de souci, je reviendrai »
#: started the request).
DEFERRING = re.compile(
    r"\b(?:je|j|on|nous)\s(?:(?:vais|va|allons|dois|doit|devons|voudrais|veux|prefere)\s(?:d abord\s)?)?(?:lui\s|leur\s|en\s|vous\s|le\s|la\s|les\s|ca\s)*"
    r"(?:verifie|verifier|verifierai|regarde|regarder|regarderai|demande|demander|demanderai|parle|parler|parlerai|reviens|revenir|reviendrai|"
    r"reviendrons|recontacte|recontacter|recontacterai|rappelle|rappeler|rappellerai|reflechis|reflechir|renseigne|renseigner|"
    # (« oui, je vous redis ça demain »: answer corpus)
    r"redis|redirai|tiens au courant|tiendrai au courant)\b|"
    rf"\b{NOT_NOW}\b"
)

#: A time to come back (folded): « plus tard », « demain », « lundi », « dans 2 jours ».
_LATER_ON = (r"(?:plus tard|demain|apres demain|ulterieurement|tout a l heure|ce soir|cet apres midi|la semaine prochaine|une autre fois|"
             r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|(?:dans|ds|d ici) (?:\d+ |un |une |deux |trois |quelques )?(?:jours?|j|heures?|h|semaines?))")
#: Coming back to the request later, asked (folded): « je peux revenir plus tard pour confirmer ? », « on peut finir ça demain ? ».
_COME_BACK_LATER = re.compile(
    r"\b(?:(?:je|j|on|nous)\s(?:peux|peut|pourrai|pourrais|pourra|pourrait|pouvons|pourrons)|(?:possible|moyen)\s(?:de|d))\s"
    r"(?:(?:y|le|la|l|vous|ca|la demande|ma demande)\s)?(?:revenir|repasser|reprendre|confirmer|valider|envoyer|finir|finaliser|terminer|"
    rf"completer|continuer)\b.*\b{_LATER_ON}\b"
)
#: The request said to stay kept (folded): « ça reste enregistré ? », « ma demande restera sauvegardée ? ».
_KEPT_WORDS = r"(?:enregistre\w*|sauvegarde\w*|garde\w*|conserve\w*|memorise\w*)"
_WHAT_IS_KEPT = r"(?:ca|c|tout|elle|la demande|ma demande|notre demande|mes reponses|nos reponses|le recap\w*|le dossier|mon dossier|mes infos)"
_STAYS_KEPT = re.compile(rf"\b{_WHAT_IS_KEPT}\s(?:reste|restera|restent|resteront|va rester|vont rester)\s(?:bien\s|toujours\s)?(?:{_KEPT_WORDS}|en memoire)\b")
#: … or to be kept, with a time to come back or a coming back said (« si je reviens demain c'est toujours enregistré ? »).
_IS_KEPT = re.compile(rf"\b{_WHAT_IS_KEPT}\s(?:est|sera|sont|seront)\s(?:bien\s|toujours\s|encore\s)?{_KEPT_WORDS}\b|^c\s{_KEPT_WORDS}\b")
_COMING_BACK = re.compile(rf"\b{_LATER_ON}\b|\b(?:je|on|nous)\s(?:reviens|revient|reviendrai|reviendra|revenons|repasse|repasserai|reprends|reprendrai)\b")
#: The assistant asked to keep the request (« vous gardez ma demande si je repasse plus tard ? »), not personal data.
#: (And what was said: « vous gardez ce que j'ai dit ? », « vous gardez mes réponses ? »: forty-seventh blind user test, u47-08.)
_KEEP_THE_REQUEST = re.compile(
    r"\b(?:gardez|garderez|conservez|conserverez|sauvegardez|enregistrez|memorisez|retenez)\s(?:bien\s)?(?:en memoire\s)?"
    r"(?:(?:ma|la|notre|cette)\s(?:demande|recap\w*|dossier)|(?:mes|nos)\s(?:reponses|infos|informations)|ce que (?:j|je|on|nous)\s(?:ai|a|avons|vous ai|vous a)\s(?:dit|ecrit|repondu|donne))\b"
)


def asks_kept_for_later(text: str) -> bool:
    """Whether ``text`` asks whether the request waits for a later visit, or says to keep it for one: « je reviens demain ça reste
    enregistré ? », « je peux revenir plus tard pour confirmer ? » (forty-fourth blind user test, u44-08); not another request
    for later (« on peut envoyer plus tard d'autres demandes ? ») nor the keeping of personal data."""
    plain = with_apostrophes(normalize(text or ""))
    if re.search(r"\b(?:autres?|nouvelles?|donnees|coordonnees)\b", plain):
        return False
    return bool(_COME_BACK_LATER.search(plain) or _STAYS_KEPT.search(plain) or _KEEP_THE_REQUEST.search(plain)
                or _IS_KEPT.search(plain) and _COMING_BACK.search(plain))


#: What holds an agreement back wherever it stands (folded): the employer thinking it over, or someone else still to ask or to
#: decide (« pas de souci mais appelez-moi, je veux réfléchir », « … c'est mon associé qui décide », « oui, mais la direction doit
#: valider », « oui mais il faut lui demander », « à condition que mon associé soit d'accord », « oui si mon associé est
#: d'accord »): no consent is recorded on it, no offer is taken up, and at the check it is no yes unless a clear « oui » opens the
#: answer, which answers a question of fact whatever is held back after it (« oui mais je dois demander à mon patron » to « est-il
#: inscrit ? »: third review) (seventh to eleventh reviews of the twentieth test's fixes). Broad on purpose: a consent to personal
#: data is not guessed, and asking again is the safe side (« oui, la direction doit recevoir le dossier » is asked again).
SOMEONE_ELSE = (r"(?:la |le |l |mon |ma |notre |nos |mes )?(?:direction|directeur|directrice|secretaire|collegue|patron|patronne|associe|associee|associes|"
                r"gerant|gerante|hierarchie|"
                 r"responsable|dg|president|conseil|bureau|comptable|rh|chef|superieur)")
HELD_BACK = re.compile(
    # (Not « vous pouvez demander à les voir », the assistant invited to ask: answer corpus, check.yml)
    # (« j'ai réfléchi, j'accepte », « je voulais dire oui j'accepte »: thinking done, a slip taken back, were held back:
    # thirty-ninth and fortieth blind user tests)
    r"\b(?:(?<!j ai )(?<!j ai bien )(?<!j y ai )(?<!j y ai bien )reflechi\w*|(?<!pouvez )(?<!pouvez lui )(?<!pouvez leur )(?<!pouvez me )(?<!pourrez )(?<!hesitez pas a )demander|"
    r"(?<!\ba )demande a|en parler|en discuter|discuter|consulter|voir avec|a voir|me renseigner|en referer|"
    # (not « pas la peine d'attendre », « inutile d'attendre », « pas question d'attendre »)
    r"(?<!peine d )(?<!inutile d )(?<!question d )(?<!besoin d )(?<!sans )attendre|"
    r"attendez|d abord|plus tard|pas maintenant|pas encore|a condition|seulement si|sous reserve|je vous (?:dirai|dirais|redirai)|"
    r"laissez moi|(?<!voulais )(?<!voulait )(?<!voulu )dire oui|besoin de (?:voir|reflechir|demander|lire|verifier))\b|"
    # (an agreement still to get, not one given: « oui j'ai son accord », « l'accord est donné », « j'ai le feu vert »: review)
    r"\b(?<!j ai )(?<!on a )(?<!avec )(?<!ai eu )(?<!a eu )(?<!a donne )(?:(?:son|leur) (?:avis|accord)|l accord|le feu vert|(?<!j ai le )(?<!on a le )(?<!ai eu le )feu vert)\b"
    r"(?! (?:est|a ete) (?:donne|obtenu))|"
    # (an agreement said as a condition or a hope: « oui si j'ai son accord », « dès que j'ai le feu vert », « je pense que l'accord
    # est donné »: review)
    # (Someone else's agreement still to come, whatever came before: « si besoin et que le patron est d'accord », « oui si besoin, mon
    # associé sera d'accord », « le gérant est d'accord normalement »; a hedged yes, « a priori oui », « je pense que oui »; a
    # condition after the yes, « d'accord si c'est confidentiel »: review)
    r"\bet que\b.*?\b(?:d accord|accord|feu vert)\b|"
    rf"{SOMEONE_ELSE}\s+(?:sera|seront|serait|soit|soient)\s+d accord\b|\bd accord\s+(?:normalement|a priori|en principe|je pense|je crois)\b|"
    r"\b(?:a priori|normalement|en principe|je pense que|je crois que)\s+(?:oui|ok|ca devrait|ca va)\b|"
    r"\b(?:d accord|ok|oui|j accepte)\s+si\b(?! (?:vous (?:voulez|le voulez|souhaitez|le souhaitez|en avez besoin)|besoins?|necessaire|possible|"
    r"c est (?:necessaire|utile|possible|obligatoire)|c necessaire|il le faut|(?:ca|cela) (?:peut|pourra) (?:vous )?aider|ca aide|"
    r"ca vous (?:convient|va|est utile|aide)|si)\b)|"
    # (a polite « si » or « je ne m'y oppose pas » then a reservation: « oui si c'est obligatoire, sinon non », « … mais pas mon
    # portable », « non je m'y oppose pas, sauf pour le tel »: review)
    # (a reservation, not a remark nor an emphasis: « … mais appelez-moi le matin », « … vraiment »: reviews; « mais » read as after a
    # litote, :func:`withheld`)
    r"\b(?:si|m y oppose pas|s y oppose pas)\b.*\b(?:sinon|sauf|pour l instant|pour le moment|je suppose)\b|"
    # (a hedge after the yes: « oui normalement », « oui je crois », « ok a priori »: review)
    r"\b(?:oui|ok|d accord|j accepte)\s+(?:normalement|je crois|je pense|a priori|en principe)\b(?!\s+(?:que|qu))|"
    # (someone's agreement to get: « oui quand mon patron sera d'accord », « oui si accord de la direction », « je pense que c'est
    # d'accord »; not the employer's own « je suis d'accord », nor an emphatic « si si », « s'il vous plaît », « quand vous voulez »,
    # « quand même »: reviews)
    # (« si vous voulez », « si besoin », « si c'est nécessaire », « si ça peut aider » are the employer's own yes)
    r"(?:(?<!\bsi )\bsi\b(?! si\b| vous (?:voulez|le voulez|souhaitez|le souhaitez)\b| besoin\b| necessaire\b| possible\b| c est (?:necessaire|obligatoire|utile|pour|possible)\b"
    r"| ca peut aider\b| ca aide\b| il le faut\b)|\bs il\b(?! vous plait| te plait| le faut)|\bquand\b(?! vous voulez| vous voudrez| meme| on veut| vous pouvez)|\blorsque\b|"
    r"\bdes que\b|\bune fois que\b|\bapres que\b|\bje pense qu|\bje crois qu|\bnormalement\b|\ben principe\b|\ba priori\b)"
    # (Any « d'accord » after it but the employer's own: the subject of a condition cannot be listed — « si le boss / le maire /
    # le client / mon mari est d'accord », « a priori d'accord »; asking again is the safe side: reviews. Not « je donne mon
    # accord ».)
    r"(?:(?!\bje suis d accord\b|\bnous sommes d accord\b).)*?\b(?:(?<!je suis )(?<!nous sommes )d accord|(?<!d )(?<!mon )(?<!notre )accord|"
    r"feu vert)\b|"
    # (not « c'est moi qui décide », but « c'est pas moi qui décide »: review)
    r"(?<!\bmoi )\bqui (?:decide|valide|signe|tranche)\b|\b(?:pas|plus) moi qui (?:decide|valide|signe|tranche)\b|\b(?:je|on) (?:verrai|verra|verrons)\b|"
    r"\b(?:je|j|on|nous)\s+(?:dois|doit|devons|veux|voudrais|vais|va|prefere|prefererais|aimerais|souhaite|souhaiterais)\s+(?:d abord\s+)?"
    r"(?:valider|voir|verifier|lire|savoir)\b|\b(?:faut|faudra|faudrait) (?:que |qu )|"
    # (« oui mais il faut parler à mon patron », « il faut valider avec la direction »: twelfth review)
    rf"\b(?:faut|faudra|faudrait)\s+(?:d abord\s+)?(?:lui |leur |en )?(?:parler|voir|valider|discuter)\s+(?:avec |a |au |a la |de )?{SOMEONE_ELSE}\b|"
    rf"\b{SOMEONE_ELSE}\s+(?:doit|doivent|devra|devront|decide\w*|valide\w*|tranche\w*|n est pas|n a pas|soit d accord|soient d accord|"
    r"signe\w*)\b|"
    # a condition said with « si » (« oui si mon associé est d'accord »; not « finalement si j'accepte », « oui si possible »:
    # answer corpus)
    rf"\b(?:si\s+(?:{SOMEONE_ELSE}|il|elle|ils|elles)|s (?:il|ils))\s+"
    r"(?:(?:est|sont) (?:d accord|ok|partant\w*|pour)|le veut|le veulent|veut bien|veulent bien|accepte\w*|valide\w*|dit oui)\b"
)


#: Someone whose approval is awaited, for :data:`APPROVAL_TO_COME` (folded): :data:`SOMEONE_ELSE`, a pronoun, or anyone named
#: with a possessive (« ma femme », « mon boss »).
_APPROVER = rf"(?:{SOMEONE_ELSE}|boss|lui|elle|eux|elles|quelqu un|(?:mon|ma|mes|notre|nos)\s+\w+)"
#: « valider » in the forms that may say an approval to come (« validé » folds to « valide » too: the forms of one done are
#: told apart by what comes before, :data:`_APPROVAL_DONE`).
_VALIDATE = r"valid(?:er|e|es|ent|ez|ions)"
#: What makes « valider » an approval given: « j'ai validé », « c'est validé », « mon patron a validé », « j'ai fait valider ».
_APPROVAL_DONE = "".join(rf"(?<!\b{w} )" for w in ("ai", "a", "avons", "ont", "est", "sont", "ete", "deja", "bien", "ai fait", "a fait",
                                                   "avons fait", "ont fait", "c est", "c"))
#: An approval still to get, said with « valider », by someone else or later (folded): « je dois valider avec mon chef », « faut
#: que je fasse valider par mon patron avant », « il faut que mon chef valide », « je vais valider ça avec RH demain », « on
#: validera ensemble », « attendez que je valide avec le gérant » (each sent the request at the recap, « valider » read as the
#: confirmation: fiftieth blind user test). Not an approval given: « validé », « je valide », « c'est validé, envoyez », « mon
#: patron a validé ».
APPROVAL_TO_COME = re.compile(
    # with or by someone: « valider avec mon associé », « je valide avec mon associé et je reviens », « valider ça avec RH »
    rf"{_APPROVAL_DONE}\b{_VALIDATE}\b(?:\s+\w+){{0,3}}?\s+(?:avec|par|aupres)\s+(?:de\s+|d\s+|du\s+)?{_APPROVER}\b|"
    # to have it approved: « faire valider », « que je fasse valider », « je dois le faire valider »
    r"(?<!\bai )(?<!\ba )(?<!\bavons )(?<!\bont )(?<!\best )\b(?:faire|fasse|fassent|fais|ferai|ferons|ferez|vais faire|va faire)\s+"
    r"(?:le\s+|la\s+|les\s+|l\s+|ca\s+|tout\s+)?valider\b|"
    # someone else approving, now or to come: « il faut que mon chef valide », « ma directrice doit valider »
    rf"\b{_APPROVER}\s+(?:(?:doit|doivent|devra|devront|va|vont|veut|voudra|faut|dois)\s+(?:d abord\s+|encore\s+|aussi\s+)?)?"
    r"(?:le\s+|la\s+|les\s+|l\s+|ca\s+)?(?:valide|valident|valider|validera|valideront)\b|"
    # the employer's own approval to come: « on validera ensemble », « je validerai demain », « on valide ensemble »
    r"\bvalider(?:a|ai|ons|ont|ez)\b|"
    rf"{_APPROVAL_DONE}\b{_VALIDATE}\s+(?:ca\s+|tout\s+|le\s+|la\s+)?(?:ensemble|{_LATER_ON})\b|"
    # after a wait or a need: « attendez que je valide », « faut que je valide », « avant que le gérant valide »
    r"\b(?:faut|faudra|faudrait|attend\w*|avant|le temps)\s+(?:que|qu)\s+(?:\w+\s+){0,3}?(?:valide|valident|validions)\b|"
    # the employer who must still approve: « je dois valider », « jdois d'abord valider »
    r"\b(?:(?:je|j|on|nous)\s+(?:dois|doit|devons|devrai|devrais|devrons)|jdois)\s+(?:d abord\s+|encore\s+|aussi\s+)?"
    r"(?:le\s+|la\s+|les\s+|l\s+|ca\s+|faire\s+)?valider\b"
)


def without_approval_to_come(plain: str) -> str:
    """``plain`` (folded) without what it says of an approval still to get (:data:`APPROVAL_TO_COME`): its « valider » is no
    order to send."""
    return APPROVAL_TO_COME.sub(" ", plain)


#: « daccord », « jaccepte » typed without the apostrophe (twenty-third blind user test), in folded text.
_WITHOUT_APOSTROPHE = re.compile(r"\b([dj])(accord|accepte)\b")


def with_apostrophes(plain: str) -> str:
    """Folded text with « daccord » and « jaccepte » spelled « d accord », « j accepte », as folded with their apostrophe, so
    that every reader of a yes held back or refused knows them once (« daccord si c'est confidentiel », « jaccepte
    normalement » were recorded as the consent: review of the twenty-third blind user test's fixes)."""
    return _WITHOUT_APOSTROPHE.sub(r"\1 \2", plain)


def agreeing_litote(plain: str, anywhere: bool = False) -> re.Match[str] | None:
    """The litote of agreement that opens ``plain`` (folded text; anywhere in it with ``anywhere``) when no reservation
    follows it (« pas de problème sur le principe, mais je dois valider avec la direction »), else None."""
    plain = with_apostrophes(plain)
    found = AGREEING_LITOTES.search(plain) if anywhere else AGREEING_LITOTES.match(plain)
    if found is None or _LITOTE_RESERVATION.search(plain, found.end()) or HELD_BACK.search(plain, found.end()):
        return None
    return found


#: A refusal worded without « non » (« je ne veux pas que mes données soient transmises », « pas de souci, je refuse »), folded.
#: (« pas question », « je préfère pas » were recorded as the consent with the classifier's « affirm »: answer corpus.)
REFUSING = re.compile(
    r"\b(?:je ne veux pas|je veux pas|pas d accord|je refuse|(?:je n y|je n|nous n y|nous n|on n y) consen\w* pas|(?:nous|on) refus(?:e|ons)|nous n acceptons pas|on n accepte pas|certainement pas|je ne souhaite pas|je n accepte pas|"
    # (« oui, pas question d'attendre » is a yes: answer corpus)
    r"(?:hors de|pas) question(?! d attendre| de trainer| de perdre)|"
    # (« oui j'accepte, pas la peine d'attendre »: the comma is gone once normalised: eighth review)
    r"j accepte pas(?! (?:la peine|de souci|de soucis|de probleme|besoin|d attendre)))\b"
    # (Not « j'accepte, pas de téléphone » (the comma is gone once normalised), « je ne veux pas donner mon téléphone »: review.)
    r"(?! (?:de |d |donner |laisser |communiquer )(?:mon |le |de |notre )?(?:telephone|tel|numero|portable)\b)|"
    # (the whole answer: « je préfère pas être appelé le matin » is a remark)
    r"^(?:(?:non|bon|ben|bah|euh)\s+)*(?:je\s+)?(?:ne\s+)?prefere(?:rais)?\s+(?:pas|ne pas|que non|eviter)(?:\s+merci)?$"
)
#: An explicit consent to the use of one's data said before it is asked (folded, apostrophes restored): « J'accepte la
#: transmission de mes données » in a first message that says everything (asked again by the request: thirty-first blind user
#: test). The acceptance and what it is of, data or contact details, in one sentence; not « j'accepte » alone.
DATA_CONSENT_GIVEN = re.compile(
    r"\b(?:j accepte|(?:nous|on) acceptons|on accepte|je consens|nous consentons|j autorise|nous autorisons|"
    r"(?:je donne|nous donnons) (?:mon|notre) (?:accord|consentement)|(?:je suis|nous sommes) d accord)\b"
    r"(?:\s+(?:a|au|pour|avec|que|la|le|l|les|de|des|d|du|mes|nos|ces|ma|notre|mon))*\s+"
    r"(?:(?:transmission|traitement|utilisation|enregistrement|communication|partage|conservation|usage|collecte)\s+(?:\w+\s+){0,2})?"
    r"(?:donnees|coordonnees|informations personnelles|infos personnelles)\b"
)


#: « j'accepte pas, … » with the comma after it (« j'accepte pas, besoin de réfléchir »; not « j'accepte, pas besoin de me
#: rappeler »: ninth and tenth reviews of the twentieth test's fixes), on the text as typed.
_ACCEPTS_NOT = re.compile(r"(?i)\baccepte\s+pas\s*(?:[,.;!]|$)")
#: A « non » that opens the answer (after « bon », « ben »…).
_NO_FIRST = re.compile(r"^(?:(?:bon|ben|bah|beh|euh|heu|alors|ah|oh|eh)\s+)*(?:non|nan|no)\b")
#: An agreement right after a « non » (« non, j'accepte », « non non allez-y », « no problem », « nan c'est bon allez y »).
_AGREEMENT_AFTER_NO = re.compile(
    r"(?:(?:non|nan)\s+)*(?:j accepte\b|allez y\b|vous pouvez (?:y aller|transmettre|envoyer)\b|transmettez\b|(?:aucun|pas de) (?:souci|soucis|probleme)\b"
    r"|problem\b|pb\b|souci\b)"
)
#: A refusal after a « non » and an agreement, which keeps the « non » (folded; not the negations of a litote).
_REFUSED_AFTER_NO = re.compile(
    r"\bne (?:\w+ )?(?:transmettez|transmettre|envoyez|envoyer)\b|\ballez y pas\b(?! de souci| de soucis| de probleme| de pb| d inquietude| besoin)|"
    r"(?<!\bne )(?<!\bn )\bm y oppose\b(?! pas)|(?<!\bne )\bje m oppose\b|prefere pas|\ba personne\b|\bpour rien\b|\bnon merci\b|"
    r"\bmais (?:pas|non|je ne|je n)\b|\bpas question\b|\bc est non\b|\bje refuse\b|"
    # (« non rien contre mais sans moi », « non pas de souci pour moi mais mon patron refuse » became a consent: review)
    r"\brefus\w*|\bsans moi\b|\bpas (?:envie|confiance)\b|\bprefere (?:eviter|pas)\b"
)
#: An agreement said in words that leave no doubt after a « non » (folded).
_EXPLICIT_AGREEMENT = re.compile(
    r"\b(?:j accepte|allez y|transmettez|vous pouvez (?:y aller|transmettre|envoyer)|je vous laisse transmettre|vous avez mon accord|"
    r"je suis d accord|je donne mon accord|(?:je |on )?(?:ne |n )?m y oppose pas|(?:je |on )?(?:ne |n )?s y oppose pas)\b"
)
#: Words before the answer that do not change it (« bon », « finalement »).
_FILLER = re.compile(r"^(?:(?:bon|ben|bah|beh|ba|euh|heu|alors|finalement|en fait|bref|tres bien|ah|oh|eh)\s+)+")
#: Looking at it or asking for it now is no « later » (« on regarde tout de suite », « je vous demande de la préparer
#: maintenant »; « je vais en parler à mon associé maintenant » is later: fourth and fifth reviews of the twentieth test's fixes).
_NOW = re.compile(
    r"\b(?:on regarde|regardons|je regarde ca|on regarde ca)\s+(?:ca\s+)?(?:tout de suite|maintenant|ensemble)\b|\bvous demande de la preparer\b|"
    # (« ok on vérifie », « aucun souci on vérifie ensemble »: let's check, the offer taken up: answer corpus)
    r"\bon (?:verifie|regarde)(?: ca)?(?: ensemble| maintenant| tout de suite)?$"
)
#: « c'est pas contre vous, mais … », « rien contre vous, mais … »: what follows takes the answer back.
_NOTHING_PERSONAL_BUT = re.compile(r"\b(?:pas|rien) contre (?:vous|toi)\b.*\b(?:mais|par contre|cependant)\b")


#: A yes with a condition asked as a question, on the text as typed (« oui si c'est obligatoire ? »): held back (review).
ASKED_CONDITION = re.compile(r"(?i)\b(?:oui|ok|d['’ ]accord|j['’ ]accepte)[\s,.…]*(?:et\s+)?si\b[^?!]*\?")


def no_taken_back(text: str) -> bool:
    """A « non » first that an agreement follows with no refusal after it (« non, j'accepte », « non non allez-y », « non, ça ne me
    dérange pas, j'accepte », « non je ne m'y oppose pas »; not « non c'est bon merci », « non, ne transmettez pas », « non je suis
    d'accord mais je préfère pas »: reviews): the answer is a yes."""
    plain = with_apostrophes(normalize(text or ""))
    first_no = _NO_FIRST.match(plain)
    if first_no is None:
        return False
    after_no = re.sub(r"^(?:(?:non|nan|no)\s+)+", "", plain[first_no.end():].strip())
    if _REFUSED_AFTER_NO.search(after_no):
        return False
    if _EXPLICIT_AGREEMENT.search(after_no):
        return True
    if re.search(r"\blaiss\w*|\bmerci\b|\bnon\b|\bca ira\b", after_no):
        return False
    if _AGREEMENT_AFTER_NO.match(after_no):
        return True
    # A litote of agreement, « non ça me dérange pas », « non je n'y vois pas d'inconvénient », as the answer to « Acceptez-vous
    # … ? » (it was a refusal, session of 2026-12-02), when it is the whole clause after the « non », as typed: not « non ça me
    # dérange, pas envie », « non ça me dérange pas mal », « non ça me dérange pas trop, mais je préfère éviter » (review).
    typed = re.sub(r"(?i)^\W*(?:(?:bon|ben|bah|beh|euh|heu|alors|ah|oh|eh)\W+)*(?:(?:non|nan|no)\b\W*)+", "", (text or "").strip())
    clause = normalize(re.split(r"[,;:.!?]|\bmais\b", typed, maxsplit=1)[0])
    return AGREEING_LITOTES.fullmatch(re.sub(r"\s+(?:du tout|vraiment)$", "", clause)) is not None


#: Asking to be told more, after a yes word (folded): « vas y explique », « ok dites-moi à quoi ça sert ».
ASKS_TO_EXPLAIN = re.compile(
    r"\b(?:expliquez|explique moi|expliquez moi|expliquer|dis moi|dites moi|precisez|precise moi|detaillez|detaille moi|racontez)\b|"
    r"^(?:\w+\s){0,3}explique$"  # « vas y explique », « oui explique » (not « c'est bien expliqué, j'accepte »)
)


#: A question after a yes and « mais », « et », « par contre » (folded), asked with a question word whether or not it ends with a
#: « ? »: « ok mais un aprenti je le paye combien » after the offer of the request started it (thirty-fourth blind user test).
#: Not « ok pourquoi pas », « oui mais appelez-moi quand vous voulez », « oui mais c'est mon associé qui signe ».
_QUESTION_AFTER_A_YES = re.compile(
    rf"^(?:(?:bon|ben|bah|alors|tres bien|ah|oh|eh)\s+)*(?:{alternation(YES_WORDS)}|bien|parfait|super|top|entendu|ca roule)\b\W*"
    r"(?:\w+\s+){0,2}?(?:mais|et|par contre|cependant|toutefois|sinon|juste)\s+(?!.*\bpourquoi pas\b)"
    r"(?=.*\b(?:combien|comment|pourquoi|quel|quels|quelle|quelles|lequel|laquelle|est ce|c est quoi|ca coute|ca dure|(?<!\w\s)qui|quoi)\b)"
    r"(?!.*\bquand (?:vous|on|tu) (?:voulez|voudrez|pouvez|veut|peut|veux)\b)"
)


def asks_after_a_yes(text: str) -> bool:
    """Whether ``text`` opens with a yes and asks a question after « mais », « et », « par contre »: :data:`_QUESTION_AFTER_A_YES`,
    or a « ? » after the yes and a « mais »."""
    plain = with_apostrophes(normalize(text or ""))
    return bool(_QUESTION_AFTER_A_YES.search(plain)) or (
        (text or "").rstrip().endswith("?") and re.match(rf"^(?:{alternation(YES_WORDS)})\b\W*(?:mais|par contre)\b", plain) is not None)


def withheld(text: str) -> str | None:
    """What keeps ``text`` (as typed) from being an unqualified yes, whatever yes word opens it and whatever the classifier
    read: ``"no"`` (a « non » first, a refusal said in it: « pas de souci, je refuse », « hors de question »), ``"defer"``
    (checking or coming back later: :data:`DEFERRING`, « bon ok je vérifie et je reviens »), ``"held_back"`` (:data:`HELD_BACK`,
    a reservation or a question after a litote of agreement: « pas de problème par contre c'est à mon patron de valider », « pas
    de problème ? vous en faites quoi ? », « c'est pas contre vous mais … »), else None.

    The one decision the readers of a yes share (the request's consent step, the check's yes / no questions, the offer of a
    check or a request): each had its own, and each missed what another caught (answer corpus, tests/data/answers/consent.yml).
    What a reader does with it is its own: at the check, a clear « oui » first answers a question of fact whatever is held
    back after it (third review)."""
    plain = with_apostrophes(normalize(text or ""))
    answer = _FILLER.sub("", plain)
    if _NO_FIRST.match(plain) and not no_taken_back(text) or REFUSING.search(answer) or _ACCEPTS_NOT.search(text or ""):
        return "no"
    if DEFERRING.search(plain) and not _NOW.search(plain):
        return "defer"
    if ASKS_TO_EXPLAIN.search(plain) or ((text or "").strip().endswith("?") and len(plain.split()) <= 2) or asks_after_a_yes(text):
        # « vas y explique », « vasy dis moi combien ça coûte », « go ? », « oui ? » recorded the consent: a yes that asks
        # something first is held back (review of the twenty-second blind user test's fixes), as « ok mais un aprenti je le
        # paye combien » is (thirty-fourth blind user test)
        return "held_back"
    litote = AGREEING_LITOTES.match(answer)
    # A condition asked (« oui si c'est obligatoire ? ») or a reservation after a polite « si » or « je ne m'y oppose pas », read
    # as after a litote (« … mais j'hésite »; not the practical « … mais appelez-moi le matin »): reviews.
    polite = re.search(r"\b(?:si|m y oppose pas|s y oppose pas)\b", plain)
    reserved = ASKED_CONDITION.search(text or "") is not None or (
        polite is not None and _LITOTE_RESERVATION.search(plain, polite.end()) is not None)
    if (HELD_BACK.search(plain) or _NOTHING_PERSONAL_BUT.search(plain) or reserved
            or litote and ("?" in (text or "") or agreeing_litote(answer) is None)):
        return "held_back"
    return None


#: :data:`UNSURE_PHRASES` as one pattern, for normalised text.
UNSURE = re.compile(rf"\b{alternation(UNSURE_PHRASES)}\b")
#: A doubt said beside a yes (folded): « je suis pas sûr », « pas certaine pour la date », « j'hésite », « j'ai un doute », and
#: :data:`UNSURE`. « sur » is read as « sûr » only where a preposition cannot follow it (« pas sur Angers » is a place).
_DOUBT = re.compile(
    r"\b(?:pas|plus)\s+(?:tout a fait\s+|vraiment\s+|tres\s+|trop\s+|totalement\s+|completement\s+|si\s+|encore\s+|a 100\s+)?"
    r"(?:(?:certain|certaine|certains|certaines|convaincu|convaincue|convaincus|convaincues)\b|(?:sur|sure|surs|sures)\b"
    r"(?=\s+(?:pour|de|du|des|d|que|qu|si|a propos|concernant|mais|je|j|niveau|cote|encore|non plus|et|du tout|hein)\b|$))|"
    r"\b(?:j hesite|je doute|j ai (?:un|des) doutes?|un doute|jsuis pas sur\w*)\b"
)
#: A yes hedged (folded): « je pense », « je crois », « normalement », « a priori »: a reservation after it is a doubt
#: (:data:`_LITOTE_RESERVATION`: « je pense mais … », not the practical « … mais appelez-moi le matin »).
_HEDGE = re.compile(
    r"\b(?:je pense|je crois|j crois|jcrois|normalement|a priori|en principe|il me semble|je suppose|j imagine|probablement|"
    r"sans doute)\b"
)


def doubt_said(text: str) -> int | None:
    """Where, in ``text`` folded, a doubt said beside a yes starts (« je crois que c'est bon mais je suis pas sur », « c'est bon
    je pense, mais je suis pas certain pour la date » sent the request from the recap: fifty-second blind user test, u52-15,
    u52-16), else None: a doubt (:data:`_DOUBT`, :data:`UNSURE`) or a reservation after a hedge (« je pense mais … »)."""
    plain = with_apostrophes(normalize(text or ""))
    starts = [m.start() for m in (_DOUBT.search(plain), UNSURE.search(plain)) if m is not None]
    for hedge in _HEDGE.finditer(plain):
        if (reservation := _LITOTE_RESERVATION.search(plain, hedge.end())) is not None:
            starts.append(reservation.start())
            break
    return min(starts) if starts else None


#: :data:`GIVING_UP_PHRASES` as one pattern, for normalised text.
GIVING_UP = re.compile(rf"\b{alternation(GIVING_UP_PHRASES)}\b")

#: Who may drop out of the training or leave the job, other than the employer (folded): « il », « elle », « le candidat », « la
#: personne », « le stagiaire », « l'apprenti »…
_SOMEONE_ELSE_SUBJECT = (
    r"(?:il|ils|elle|elles|quelqu un|qqn|celui ci|celle ci|(?:le|la|l|les|mon|ma|mes|notre|nos|ce|cet|cette|ces|son|sa|ses|un|une|votre|vos)\s+"
    r"(?:(?:futur|futurs|future|futures|nouveau|nouvel|nouvelle|jeune)\s+)?(?:candidat\w*|personne\w*|stagiaire\w*|apprenti\w*|alternant\w*|"
    r"salarie\w*|jeune\w*|gars|mec|recrue\w*|employe\w*|demandeur\w*(?: d emploi)?|beneficiaire\w*|embauche\w*))"
)
#: What may stand between the subject and the verb (« il a abandonné », « s'il ne termine pas », « si elle décide d'arrêter »).
_BETWEEN = r"(?:\s+(?:ne|n|y|en|se|s|a|avait|aurait|va|allait|veut|voulait|voudrait|decide|decidait|choisit|finit|peut|pouvait|pourrait|doit|devait|de|d|par))*"
#: Dropping out (folded): « abandonne », « arrête », « lâche », « démissionne », « quitte », « laisse tomber », « se désiste ».
_DROPPING_OUT = r"(?:abandon\w*|arret\w*|lach\w*|demission\w*|quitt\w*|laiss\w* tomber|desist\w*|stopp\w*|interromp\w*|decroch\w*)"
#: Someone else dropping out (folded), and dropping out named (« en cas d'abandon », « l'abandon du stagiaire »): the words
#: of a cancel order said about the candidate (« et si il abandonne ? » asked « Voulez-vous vraiment annuler votre demande ? »
#: during the request and got « Il n'y a rien en cours à annuler » outside it: thirty-eighth blind user test).
SOMEONE_ELSE_GIVING_UP = re.compile(
    rf"\b{_SOMEONE_ELSE_SUBJECT}{_BETWEEN}\s+{_DROPPING_OUT}(?:\s+(?:la formation|le stage|le parcours|l entreprise|le poste))?|"
    r"\b(?:en cas d|cas d|risque d|si) (?:abandon|arret|demission)\b|"
    r"\b(?:abandon|arret|demission)s? (?:du|de la|de l|d un|d une|des|de son|de sa|en cours)\s+(?:(?:candidat|personne|stagiaire|apprenti|"
    r"alternant|salarie|jeune|recrue|formation|stage|parcours|route)\w*|de (?:formation|route|stage|parcours))\b"
)
#: The words of an order to cancel what is under way (folded): « annuler », « laissez tomber », « abandonner », « on arrête »,
#: « stop »; read at the recap and during the request (bot/submission), once what is said of someone else dropping out is left
#: out (:func:`without_someone_else_giving_up`).
CANCEL_WORDS = re.compile(r"\b(?:annul\w*|laisse tomber|laissez tomber|abandon\w*|on arrete|j arrete|stop)\b")
#: The employer's own order to stop, once what is said about someone else is left out (folded): « j'abandonne », « annuler »,
#: « laissez tomber », « abandonner la demande », « on arrête là ».
_OWN_CANCEL_ORDER = re.compile(rf"{GIVING_UP.pattern}|{CANCEL_WORDS.pattern}")


def without_someone_else_giving_up(plain: str) -> str:
    """``plain`` (folded) without what it says of someone else dropping out (:data:`SOMEONE_ELSE_GIVING_UP`): the words left
    are the employer's own (« si le candidat abandonne, on annule » keeps « on annule »)."""
    return SOMEONE_ELSE_GIVING_UP.sub(" ", plain)


def someone_else_gives_up(text: str) -> bool:
    """Whether ``text`` says or asks about someone else dropping out (the candidate leaving the training: « et si il abandonne
    ? », « il démissionne pendant la formation, on fait quoi ? »), with no order of the employer's own to cancel (« le
    candidat a abandonné, on annule » is one)."""
    plain = normalize(text or "")
    if (text or "").startswith("/") or not SOMEONE_ELSE_GIVING_UP.search(plain):
        return False
    return not _OWN_CANCEL_ORDER.search(without_someone_else_giving_up(plain))
#: Saying one will come back later (folded): « je reviendrai », « je repasserai », « je vous rappellerai », « une autre fois »
#: (review of the twenty-second test's fixes: after « pas maintenant » at « Avez-vous déjà identifié la personne ? », the way
#: out, not nobody yet). Not « je vous rappelle que… ».
COMING_BACK = re.compile(
    r"\b(?:je|j|on|nous)\s(?:vous\s)?(?:reviens|reviendrai|reviendra|reviendrons|repasse|repasserai|repassera|repasserons|"
    r"rappellerai|rappellera|rappellerons|recontacterai|recontactera|recontacterons)\b|\bune autre fois\b"
)
#: The business closed or off for a while (folded): « le magasin ferme en août », « on est fermés en août », « fermeture
#: annuelle en août », « congés en août », « on est en vacances en août » (found reading the recap: « vendeuse, le magasin
#: ferme en août » at the start was the 1st of August). Not what comes after it (« après les congés », « à la réouverture »,
#: « au retour des vacances », « dès la fin des vacances »), which is a start, nor a clause that says a start too (« on commence
#: pendant les vacances de février »: left to the date's reader, as before), nor the holidays the hiring covers, the business
#: open (« en juillet pour les vacances », « 1er juin pour les remplacements de congés », « dès juillet pour les congés payés des
#: salariés »: the month is the start, as before; review of the session's changes), nor « dès » and a month.
CLOSED_FOR_A_WHILE = re.compile(
    r"^(?!.*\b(?:apres|retour|rentree|reouverture|reprise|fin|debut|commenc\w*|demarr\w*|embauch\w*|a partir|des le|arriv\w*)\b)"
    rf"(?!.*\bdes (?:{'|'.join(FULL_MONTHS)})\b)"
    r"(?!(?!.*\bferm).*\b(?:pour|remplac\w*)\s(?:(?:les|des|le|la|de|d|du|nos|ses|pendant|remplacements?)\s)*(?:conges|vacances)\b).*"
    r"\b(?:ferm(?:e|es|ee|ees|ent|era|eront|ons)|fermeture|conges|vacances|en pause)\b"
)
#: A fixed-term contract made longer, said as a plan (« prolonger le cdd à 7 mois », « on passe le CDD à 7 mois », « on peut
#: faire 7 mois au lieu de 4 »: twenty-second blind user test), for normalised text; not « CDD prolongeable ».
LONGER_CONTRACT = re.compile(
    r"\b(?:(?:prolong|rallong|allong)(?:er|e|ez|eons|erait|era|erons)|pass(?:er|e|ez|ons)|port(?:er|e|ez|ons)) (?:le |la |son |sa |notre )?"
    r"(?:cdd|contrat|mission) (?:a|jusqu a|sur|de|en) (?:\w+ )?\d|"
    r"\bon (?:peut|pourrait|pourra) (?:lui )?(?:faire|mettre|prendre|proposer|passer a) (?:un |une )?(?:cdd|contrat)?\s*(?:de )?\d"
)


def says_longer_contract(plain: str) -> bool:
    """:data:`LONGER_CONTRACT` in normalised text, not denied just before it (« on ne peut pas prolonger le CDD à 7 mois »,
    « impossible de passer le contrat à 7 mois » give the reason for a derogation, they change nothing)."""
    found = LONGER_CONTRACT.search(plain)
    if found is None:
        return False
    # (A negated objection is an agreement, not a refusal: « …, ce n'est pas un problème », « …, c'est pas un souci », « …, ça
    # ne peut pas faire de mal », « pas de souci, on passe le CDD à 7 mois »: third review of the twenty-second test's fixes.)
    before = _NO_OBJECTION.sub(" ", plain[max(0, found.start() - 30):found.start()])
    after = _NO_OBJECTION.sub(" ", plain[found.end():found.end() + 40])
    # (Nor a training's length: « on peut faire 3 mois de formation »; nor denied after it, done before, for later, or
    # of something else than the contract: « prolonger le CDD à 7 mois n'est pas possible », « on a déjà prolongé son CDD à 8
    # mois l'an dernier », « on pourra prolonger le contrat à 12 mois plus tard », « on peut lui faire 6 mois
    # d'accompagnement » changed the contract: review of the twenty-second blind user test's fixes. « on a prolongé le cdd à 7
    # mois » is done for this hiring, « pas plus tard qu'en septembre » no later, « …, l'an dernier on avait fait 4 » another
    # clause's past: third review.)
    return not re.search(r"\b(?:ne|n|pas|plus|impossible|jamais|ni)\b|\b(?:avait|avions|aviez|avaient|deja)\s*$", before) and not (
        re.search(r"^\s*\w*\s*(?:de |d )(?:formation|stage|essai|cours|tutorat|apprentissage|accompagnement|tuilage|suivi|immersion|"
                  r"doublure|adaptation|integration|parrainage)\b|\b(?:formation|stage|cours|tutorat)\b", after)
        or re.search(r"\b(?:n est pas|c est pas|ce n est pas|pas possible|impossible|ne (?:sera|serait|peut) pas|(?<!pas )plus tard)\b|"
                     r"\b(?:l an dernier|l annee derniere|l an passe|la derniere fois)\b(?! (?:on|nous|il|elle|ils|elles|je|j|c)\b)", after))


#: An objection denied (folded): « ce n'est pas un problème », « c'est pas un souci », « ça ne sera pas un souci », « ça ne peut
#: pas faire de mal », « pas de souci », « c'est pas grave », « ce n'est pas gênant »: an agreement, whose negation is no refusal.
_NO_OBJECTION = re.compile(
    r"\b(?:(?:ce |ca |c )?(?:n |ne )?(?:est|sera|serait|fait|fera|ferait|peut|pourra|pourrait|pose|posera|poserait|derange|gene)\s"
    r"(?:pas|plus)\s(?:faire\s)?|pas\s)(?:de |d |un |une |du |trop |si |tellement |bien )?"
    r"(?:probleme|problemes|souci|soucis|pb|pbs|mal|grave|genant|genante|derangeant|inconvenient|frein|obstacle)\b"
)


#: English words that French messages do not use (« the », « is », « can »…): a message in English.
_ENGLISH = frozenset(
    "the is are can could would should does do what how which who where when why my our your we you i it this that "
    "hire hiring employer company please hello hi thanks program scheme speak english french not don".split()
)
#: French words that English messages do not use.
_FRENCH = frozenset("le la les est un une des du je nous vous on pour avec dans quel quelle comment qui c est pas".split())


def looks_english(text: str) -> bool:
    """A message written in English (« can we hire an apprentice with this program? »): at least three English words,
    more than French ones."""
    words = re.findall(r"[a-z]+", (text or "").lower())
    english = sum(w in _ENGLISH for w in words)
    return english >= 3 and english > 2 * sum(w in _FRENCH for w in words)


#: Nouns of a business, a place of work, the job or the hiring (folded, singular and plural): « le resto il est du Mans »
#: says where the job is, « le gars il est de Laval » where the candidate comes from. Any other noun (a job, a relative,
#: « le petit ») is a person: when any noun but a person's was a thing, « le chauffeur il est du Mans », « mon cousin il
#: est de Laval » became the job's place (third review of the twenty-second blind user test's fixes).
THING_NOUNS: frozenset[str] = frozenset(
    word
    for noun in (
        "resto restau restaurant bar brasserie cafe boulangerie ehpad hopital creche ecole garage chantier poste entreprise "
        "societe magasin usine site atelier agence boutique "
        "cabinet hotel ferme exploitation entrepot depot bureau siege structure asso association mairie commune etablissement "
        "boite local cuisine commerce enseigne franchise succursale filiale antenne camping clinique pharmacie salon "
        "supermarche hypermarche centre service emploi job travail boulot mission projet dossier recrutement "
        "contrat offre demande candidature formation stage"
    ).split()
    for word in (noun, noun + "s")
)
#: The noun named right before a pronoun (folded): « le resto il… », « le poste ? il… », « notre nouvelle boutique elle… ».
_NOUN_RIGHT_BEFORE = re.compile(r"\b(?:le|la|l|les|notre|nos|ce|cet|cette|ces|mon|ma|mes|votre|vos|son|sa|ses)\s+(?:[a-z]+\s+)?([a-z]+)\s*$")


def stands_for_a_thing(before: str) -> bool:
    """Whether « il », « elle » right after ``before`` stands for a noun named just before it that is a thing
    (:data:`THING_NOUNS`): a business, a place of work, the job (« le resto il est du Mans », « le poste ? il est au lycée
    Renaudeau »), not « le candidat il… », « le chauffeur il… », « mon cousin il… » (review of the twenty-second blind user
    test's fixes)."""
    found = _NOUN_RIGHT_BEFORE.search(normalize(before or ""))
    return found is not None and found.group(1) in THING_NOUNS


#: A question whether what the message describes can be done, saying nothing else (folded): « c'est possible avec votre dispositif »,
#: « est-ce faisable ? », « ça passe ? », « on est éligible ? » — a project asked about, as the check reads it.
ASKS_IF_POSSIBLE = re.compile(
    r"^(?:(?:et|mais|donc|alors|bref)\s+)?(?:est ce que\s+|est ce qu\s+)?(?:c est|c|ca|cela|ce serait|ca serait|c serait|est ce|on est|on serait"
    r"|nous sommes|je suis|ca passe|ca marche|ca rentre)(?:\s+(?:bien|donc|alors|vraiment))?"
    r"(?:\s+(?:possible|faisable|jouable|envisageable|eligible|eligibles|ok|bon|dans les clous))?"
    r"(?:\s+(?:avec|pour|dans)\s+(?:votre|ce|le|cet|vos|nous|moi|ca|le dispositif|ce dispositif)(?:\s+dispositif)?)?\s*\??$"
)
#: A supposition (folded): « et si je passe à 6 mois ? », « si c'était un CDD de 4 mois ? », « et si le contrat fait 5 mois ? »: a
#: question about a case, no fact of the project.
SUPPOSING = re.compile(r"\b(?:et si|si c etait|si c est|si on|si je|si j|si nous|si le|si la)\b")
#: A derogation named (folded): « dérogation », « déroger », « dérogatoire ».
DEROGATION_NAMED = re.compile(r"\bderog\w*")
#: Asking about something without a question mark (folded): « je vous demande si on peut … », « je voudrais savoir si … »,
#: « est-ce qu'il existe … », « y a-t-il … », « c'est possible … ».
_ASKING_WITHOUT_A_MARK = re.compile(
    r"\b(?:(?:je|on|nous) (?:vous |te )?(?:demande|demandais|demandons)|(?:je|on) (?:voudrais|voudrait|veux|veut|voulais|aimerais) savoir|"
    r"savoir si|est ce qu|est ce que|existe t il|il existe|y a t il|possible|envisageable|faisable|(?:on|nous) (?:peut|peux|pourrait|pouvons))\b"
)
#: A derogation the employer says he will ask, or needs not (folded): no question (« 28h, pas besoin de dérogation »).
_NO_DEROGATION_ASKED = re.compile(r"\b(?:pas besoin|sans|aucune?) (?:de |d une |d )?derog\w*")


#: The contract's length named (folded), whose derogation the FAQ answers: « un CDD de 4 mois », « moins de 6 mois », « saisonnier ».
LENGTH_NAMED = re.compile(r"\b\d+ mois\b|\b(?:un|deux|trois|quatre|cinq|six) mois\b|\bsaison\w*|\bduree du contrat\b")


def asks_about_a_derogation(text: str) -> bool:
    """A question about a derogation, with or without a question mark: « une derogation c possible ? », « on peut deroger au
    24h ? », « je vous demande si on peut avoir une dérogation, pas la définition » (forty-first blind user test); not « 28h, pas
    besoin de dérogation »."""
    plain = normalize(text)
    if not DEROGATION_NAMED.search(plain) or _NO_DEROGATION_ASKED.search(plain) and "?" not in text:
        return False
    return "?" in text or bool(_ASKING_WITHOUT_A_MARK.search(plain))


#: How long something takes, asked (folded): « c'est long ? », « ça prend combien de temps », « quel délai », « c'est rapide ? ».
#: Not « pour combien de temps », nor months (« combien de mois »): the contract's length.
_TAKES_LONG = re.compile(
    r"\b(?:c est|c|cest|ca sera|ce sera|c est pas) (?:trop |tres |super )?(?:long|longue|rapide|vite)\b|"
    r"\b(?:ca |ce )?(?:prend|prendra|met|mettra|demande) (?:du|beaucoup de|combien de) (?:temps|tps)\b|"
    r"(?<!\bpour )\bcombien de (?:temps|tps|jours|semaines)\b|\b(?:quel|quels|le|les|un|combien de) delais?\b|\bdelais? (?:pour|d)\b|"
    r"\bdans combien\b|\ben combien\b|\bsous combien\b|\b(?:long|longue|rapide) (?:a|pour) (?:avoir|obtenir)\b"
)


def asks_how_long_a_derogation_takes(text: str) -> bool:
    """« la dérogation c'est long ? », « combien de temps pour avoir la dérogation ? », « la derogation prend combien de temps »: how long
    a derogation takes to be granted, which the FAQ does not say (talking to make run, 2026-12-04); not what it is, how to get one
    (« comment avoir une dérogation ? »), nor the contract it is for (« … pour un CDD de combien de temps ? »)."""
    plain = normalize(text)
    if not (asks_about_a_derogation(text) or re.search(r"\bcombien\b", plain) and DEROGATION_NAMED.search(plain)):
        return False  # (« la derogation prend combien de temps » asks without its question mark)
    return bool(_TAKES_LONG.search(plain)) and not (LENGTH_NAMED.search(plain) or CONTRACT_WORDS.search(plain) or _NO_DEROGATION_ASKED.search(plain))


#: The words that name a contract (folded), negated or not: « non pas en CDI en fait », « un CDD de 4 mois puis un CDI ? ».
CONTRACT_WORDS = re.compile(r"\b(?:cdi|cdd|cdii|contrat|interim\w*|mission|alternan\w*|apprenti\w*|professionnalisation|saisonni\w*)\b")


#: Remarks about the conversation typed with a value, no part of it (folded; a word in brackets may be left out): « vendeuse je
#: vous ai dit », « EHPAD les Glycines, c'est écrit plus haut », « la saison d'été, je l'avais dit » were stored with the remark
#: (twenty-sixth blind user test). Read before or after a free-text value (bot/submission/validators/text.py), with or without
#: one of :data:`WHERE_SAID` after them.
ALREADY_SAID: tuple[str, ...] = (
    "je vous l ai [deja] dit", "je vous l avais [deja] dit", "je vous ai [deja] dit", "je vous avais [deja] dit",
    "je l ai [deja] dit", "je l avais [deja] dit", "j ai [deja] dit", "j avais deja dit", "je [l] ai [deja] dit",
    "on vous l a [deja] dit", "on l a [deja] dit", "je vous l ai [deja] ecrit", "je l ai [deja] ecrit", "je l avais [deja] ecrit",
    "je l ai [deja] mis", "je l avais [deja] mis", "je vous l ai [deja] indique", "je l ai [deja] indique", "je l avais [deja] indique", "je vous l avais [deja] indique", "je l ai [deja] precise",
    "je vous l ai [deja] donne", "je l ai [deja] donne", "comme je [le] disais", "comme je vous [le] disais", "comme je vous l disais", "comme je [vous] [l] ai [deja] dit",
    "comme je vous l avais [deja] dit", "comme je l avais [deja] dit", "comme j ai [deja] dit", "comme on l a [deja] dit",
    "comme on a [deja] dit", "comme je [vous] l ai [deja] ecrit", "comme j ai [deja] ecrit", "comme je [vous] l ai [deja] indique",
    "comme j ai [deja] indique", "comme je l ai [deja] mis", "comme j ai [deja] mis", "comme on l a [deja] mis",
    "comme [deja] dit", "comme [deja] indique", "comme [deja] precise", "comme [deja] ecrit", "comme [deja] mentionne",
    "deja dit", "deja indique", "deja donne", "deja ecrit", "je repete", "je le repete", "je me repete", "je vous le repete",
    "je le redis", "je vous le redis", "j vous ai [deja] dit", "j vous l ai [deja] dit", "j l ai [deja] dit",
    "je vous ai [deja] ecrit", "je viens de [vous] [le] dire", "je viens de [vous] l ecrire", "je viens d ecrire", "deja donnee",
    "deja repondu",
    # (« Je viens de l'indiquer : HACCP et hygiène en restauration collective. » was stored whole as the needs: twenty-seventh
    # blind user test)
    "je viens de [vous] l indiquer", "je viens de [vous] le preciser", "je viens de [vous] le mettre", "je viens de [vous] le donner",
    "je viens de [vous] les donner", "je viens de [vous] le mentionner", "je viens de [vous] les indiquer", "je viens d indiquer",
    "je vous l ai [deja] precise", "je l ai [deja] mentionne", "je vous l ai [deja] mentionne",
)
#: The same remarks that say nothing without where (« c'est écrit plus haut », « cf plus haut », « voir ci-dessus »; not « c'est
#: écrit » in a reason, nor « voir » in a need).
SAID_WHERE: tuple[str, ...] = (
    "c [est] [deja] ecrit", "c [est] [deja] marque", "c [est] [deja] dit", "c [est] [deja] indique", "c [est] [deja] mis",
    "c [est] [deja] note",
    "ecrit", "marque", "indique", "mentionne", "note", "cf", "voir", "vu", "comme",
)
#: Where it was said (« plus haut », « au début », « dans mon premier message »).
WHERE_SAID: tuple[str, ...] = (
    "plus haut", "au dessus", "ci dessus", "avant", "precedemment", "au debut", "tout a l heure", "dans mon message",
    "dans mon premier message", "dans mon 1er message", "dans le premier message", "dans le 1er message", "dans mon message precedent",
    "dans le message precedent",
    # (« Laurent Moreau comme dans le mail » was refused as a sentence: forty-sixth blind user test)
    "dans le mail", "dans mon mail", "dans l e mail", "dans mon e mail", "dans l email", "dans mon email", "dans le courriel",
    "dans mon courriel", "dans la signature", "dans ma signature",
)


#: Where it was written, a message or an e-mail (the part of :data:`WHERE_SAID` that needs no « déjà »: « c'est dans le mail » is
#: a reminder, « c'est au début » is not).
WRITTEN_WHERE: tuple[str, ...] = tuple(w for w in WHERE_SAID if w.startswith("dans ")) + (
    "dans l autre message", "dans le message", "sur le mail", "en piece jointe",
)
#: That it is there, before such a where (« pareil c dans le mail », « c'est dans le mail, Aide a Domicile du Maine », « je l'ai
#: mis dans le mail : 4 janvier 2027 », « tout est dans mon mail »: stored as the values, forty-eighth blind user test, u48-02,
#: u48-07).
IT_IS_THERE: tuple[str, ...] = (
    "c [est] [deja]", "c etait [deja]", "pareil c [est] [deja]", "c [est] pareil", "pareil", "tout est [deja]", "tout y est", "je l ai [deja] mis",
    "je les ai [deja] mis", "j ai [deja] tout mis", "j ai [deja] mis", "je l ai [deja] ecrit", "je l ai [deja] indique",
    "c est [deja] marque", "c est [deja] ecrit", "il est [deja]", "elle est [deja]", "ils sont [deja]", "elles sont [deja]",
)


#: Words elided before a vowel (« j'ai », « l'avais », « c'est »), typed against the next word in SMS (« jvous »).
ELIDED = frozenset("c d j l m n s t qu".split())


def folded_phrase(phrase: str) -> str:
    """A regular expression of a folded phrase of these tables for folded text: a word in brackets may be left out, an elided
    word may be typed against the next (« jvous ai dit »)."""
    parts: list[str] = []
    previous = ""
    for token in phrase.split():
        word = token.strip("[]")
        separator = "" if not parts else " ?" if previous in ELIDED else " "
        part = f"{separator}{re.escape(word)}"
        parts.append(f"(?:{part})?" if token.startswith("[") else part)
        previous = word
    return "".join(parts)


def _longest_first(phrases: Iterable[str]) -> str:
    return "|".join(folded_phrase(p) for p in sorted(phrases, key=len, reverse=True))


#: A remark about the conversation anywhere in folded text: :data:`ALREADY_SAID`, or :data:`SAID_WHERE` and where.
SAYS_ALREADY_SAID = re.compile(
    rf"\b(?:(?:{_longest_first(ALREADY_SAID)})(?: (?:{_longest_first(WHERE_SAID)}))?|(?:{_longest_first(SAID_WHERE)}) (?:{_longest_first(WHERE_SAID)})"
    rf"|(?:{_longest_first(IT_IS_THERE)}) (?:{_longest_first(WRITTEN_WHERE)}))\b"
    # (Not said to someone else: « comme je l'ai dit au client, le chantier finit en juin » is a reason.)
    r"(?! (?:au|aux|a|chez|par|pour) )"
)


#: A reminder opening an answer (folded, whole): « je viens de vous dire », « mais je vous l'ai dit », « déjà dit ».
_REMINDER_FIRST = re.compile(rf"(?:(?:mais|bah|ben|bon|euh|alors|oui|non)\s+)*(?:{SAYS_ALREADY_SAID.pattern})")


def only_a_reminder(text: str) -> bool:
    """Whether ``text`` says only that something was said already (« je vous ai dit », « comme je vous ai dit », « j'ai dit »),
    no value: « 1 je vous ai dit » at the count made the job « je vous ai dit » (forty-eighth blind user test, u48-01)."""
    rest = SAYS_ALREADY_SAID.sub(" ", normalize(text or ""))
    rest = re.sub(r"\b(?:comme|deja|mais|bah|ben|bon|euh|alors|oui|non|ca|c est|le|la|l|je|vous|j|ai|dit|plusieurs fois|bien)\b", " ", rest)
    return SAYS_ALREADY_SAID.search(normalize(text or "")) is not None and not re.search(r"[^\W_]", rest)


def after_a_reminder(text: str) -> str | None:
    """The answer after a reminder that opens it (« je viens de vous dire, pas encore » → « pas encore », « je vous ai dit pas
    encore » → « pas encore »), None when the message opens with none or says nothing after it (forty-fourth blind user test,
    u44-03: « je viens de vous dire, pas encore » was not understood at the question whose example answer is « pas encore »)."""
    for mark in re.finditer(r"[,;:.!…]+|\s+-+\s+", text or ""):
        if _REMINDER_FIRST.fullmatch(normalize(text[: mark.start()])):
            rest = text[mark.end():].strip()
            return rest if re.search(r"[^\W_]", rest) else None
    plain = normalize(text or "")
    opening = _REMINDER_FIRST.match(plain)
    if opening is None or not re.match(r"\s+\w", plain[opening.end():]):
        return None
    return plain[opening.end():].strip()


#: How soon or how many at once the hiring is, said after a job (folded; a word in brackets may be left out): « recruter 5
#: agents d'entretien d'un coup », « besoin d'un dev full stack opérationnel vite » were stored with them as the job (thirtieth
#: blind user test). No part of a job title.
HIRING_PACE: tuple[str, ...] = (
    "d un [seul] coup", "en meme temps", "tous ensemble", "vite", "tres vite", "au plus vite", "le plus vite possible",
    "le plus rapidement possible", "rapidement", "tres rapidement", "des que possible", "asap", "en urgence", "urgemment",
    "d urgence", "tout de suite", "au plus tot", "sans tarder", "rapido",
)


#: The employer saying a question of theirs went unanswered (folded): « Vous n'avez pas répondu à ma question… », « et ma
#: question alors ? » at the start date got « Je n'ai pas reconnu de date » (thirtieth blind user test). Never a value.
UNANSWERED_QUESTION = re.compile(
    r"\b(?:(?:vous\s+)?(?:n\s+)?(?:avez|as)\s+(?:toujours\s+|meme\s+)?pas\s+repondu|vous\s+(?:ne\s+)?(?:me\s+)?repondez\s+pas"
    r"|(?:et\s+)?ma question\s+(?:alors|svp|stp|du coup)|et ma question|(?:pas|aucune)\s+(?:de\s+)?reponse\s+a\s+ma\s+question"
    r"|(?:repondez|repondre)\s+a\s+ma\s+question)\b"
)


#: Someone else holds the number (on normalised text): « c'est le comptable qui l'a », « c'est ma compta qui l'a »: the number
#: not at hand (it got the FAQ's « Je n'ai pas de réponse à cette question »: thirty-second blind user test).
SOMEONE_ELSE_HAS_IT = (
    r"\b(?:c est|cest|c|ce sont) (?:le|la|ma|mon|notre|nos|les|l) (?:expert comptable|cabinet comptable|comptable|compta|secretaire|"
    r"gerant|gerante|patron|patronne|direction|siege|rh|service rh) qui (?:l a|l ont|l avait|l a toujours)\b|"
    # (whoever holds it: « on l'a pas, c'est la federation qui l'a », « c'est notre maison mère qui l'a » got « pas de numéro
    # SIRET », three times: fifty-second blind user test, u52-07)
    r"\b(?:c est|cest|c|ce sont) (?:le|la|ma|mon|notre|nos|les|l|leur|son|sa) (?:[a-z]+ ){0,2}?[a-z]+ qui (?:l a|l ont|l avait|le garde|le gere)\b"
)
#: Not having it in mind (on normalised text): « le siret je l'ai pas en tête ».
NOT_IN_MIND = r"\b(?:pas|plus) en tete\b"


#: An acknowledgement alone (folded), no « oui »: « ok », « d'accord », « super »… then thanks or nothing (« ok merci »).
_ACKNOWLEDGEMENT = re.compile(
    r"^(?:(?:ok|okay|oki|okok|d accord|dac|super|parfait|top|tres bien|bien|ah|bon|cool|entendu|compris)\s*)*"
    r"(?P<thanks>merci\w*(?:\s(?:beaucoup|bien|bcp|encore|pour (?:la|votre|cette) reponse|pour l info\w*))*)?$"
)


def thanks_for_the_answer(text: str) -> bool:
    """« ok merci », « ok 👌 », « 👍 », « super merci » right after an answer: thanks for it, not a yes to the offer of the check
    that follows it (« ok 👌 » started the check, « non non je voulais juste dire ok merci » followed: fortieth blind user test,
    u40-13). An acknowledgement with thanks or an emoji and nothing else; not « ok », « oui merci », « ok merci, on vérifie »."""
    plain = normalize(text or "")
    found = _ACKNOWLEDGEMENT.match(plain)
    if found is None or (text or "").startswith("/"):
        return False
    emoji = any(unicodedata.category(c) == "So" for c in text or "")
    return (bool(found.group("thanks")) or emoji) and not _other_emojis(text or "")


#: The emojis that thank or approve (« 🙏 », « 😊 », « 👌 »…), skin tones and variation selectors left aside. Any other emoji
#: (« 🙄 », « 😡 », « 😤 »: forty-sixth blind user test, u46-11, where each got « Avec plaisir ! ») is no thanks.
THANKS_EMOJIS = frozenset("👍👌🙏😊🙂😀😃😄😁☺😉🤗👏💪🤝❤💙💚💛🧡💜🥰😍😘🆗✅👋🌞☀💐🌹⭐🌟✨")
#: Marks that only change how an emoji is drawn (skin tones, variation selectors, the zero-width joiner).
_EMOJI_MODIFIERS = re.compile("[\U0001F3FB-\U0001F3FF\uFE0E\uFE0F\u200D]")


def _other_emojis(text: str) -> bool:
    """Whether ``text`` has an emoji that is not a thanks (:data:`THANKS_EMOJIS`)."""
    return any(unicodedata.category(c) == "So" and c not in THANKS_EMOJIS for c in _EMOJI_MODIFIERS.sub("", text))


#: The assistant addressed (folded): « t'es », « tu es », « vous êtes », « ce robot », « ton / votre chatbot »…
_YOU = r"(?:t es|tes|t|tu es|tu|vous etes|vous|(?:ce|le|votre|ton|un|quel|quelle) (?:robot|bot|chatbot|chat bot|assistant|ia|machine|truc))"
#: What it is said to be (folded): no compliment unless denied (« pas très malin », « pas doué »).
_BAD = (r"(?:nul\w*|bete|con|conne|idiot\w*|debile|stupide|naze|inutile|incompetent\w*|useless|lent|a la ramasse|a la masse"
        r"|a cote de la plaque|pas au point|de merde|pourri|nul a chier|pas (?:tres |bien |super |trop )?(?:malin|intelligent|fute|futee"
        r"|doue|douee|degourdi|efficace|utile|au point|pratique|clair|top))")
#: A remark on the assistant itself (folded): « t'es nul comme robot », « pfff t'es pas très malin », « ce robot sert à rien »,
#: « tu comprends rien », « robot de merde ».
_REMARK_ON_THE_ASSISTANT = re.compile(
    rf"\b{_YOU}\s+(?:(?:vraiment|completement|totalement|trop|un peu|tellement|grave|bien|super|franchement|decidement|encore)\s+)*{_BAD}\b"
    r"|\b(?:nul\w*|bete|con|idiot|debile|stupide|naze|inutile|pourri)\s+(?:comme\s+)?(?:robot|bot|chatbot|assistant|ia)\b"
    r"|\b(?:robot|bot|chatbot|assistant|ia)\s+(?:de merde|pourri|nul\w*|debile|inutile|a la con|a la noix)\b"
    r"|\b(?:tu|vous|il|ce robot|ce bot|ce chatbot|ce truc)\s+(?:ne\s+|n\s+)?(?:comprends|comprend|comprenez|sers|sert|servez)\s+(?:vraiment\s+)?(?:rien|a rien)\b"
)
#: Words of a question about the scheme, which such a message does not ask (folded).
_ASKS_ABOUT_THE_SCHEME = re.compile(
    r"\b(?:dispositif|formation\w*|embauch\w*|recrut\w*|contrat\w*|cdi|cdd|candidat\w*|employeur\w*|demande|region|financ\w*|eligib\w*"
    r"|organisme\w*|combien|quand|comment|pourquoi|quel\w*|en quoi)\b"
)


def remark_on_the_assistant(text: str) -> bool:
    """Whether ``text`` is a remark on the assistant itself, asking nothing about the scheme (« t'es nul comme robot », « pfff t'es
    pas très malin » got « Je n'ai pas de réponse à cette question » or « Pourriez-vous la reformuler ? »: forty-first blind user
    test). Not « vous êtes nul en quoi comme organisme ? », « le robot de soudure est nul, le dispositif peut financer … ? »."""
    plain = normalize(text or "")
    return bool(_REMARK_ON_THE_ASSISTANT.search(plain)) and not _ASKS_ABOUT_THE_SCHEME.search(plain) and len(plain.split()) <= 15


#: A guess, not a statement (folded): « peut-être », « je crois », « normalement », « a priori »… A change said so (« le 1er mars
#: je crois ») is not taken as one; the request's readers of changes beside an answer share it.
HEDGED = re.compile(r"\b(?:peut etre|je crois|je pense|normalement|a priori|surement|probablement)\b")
#: Words that put a value in place of another (folded, for a regex): « finalement », « plutôt », « au lieu de », « et non »…
#: The request's readers of a change said beside an answer build on them.
REPLACING_WORDS = r"finalement|plutot|au final|au lieu d\w*|et non|non pas"


#: Impatience (folded): « vite svp j'ai pas que ca a faire », « dépêchez-vous », « j'ai pas toute la journée », « encore combien
#: de questions ? » (stored as the company's name: forty-sixth blind user test). Not « c'est trop long », a giving up
#: (:data:`GIVING_UP_PHRASES`).
_IMPATIENCE = re.compile(
    r"\b(?:j ai|jai|j|g|on a|nous avons|je n ai|on n a)\s+(?:pas|pa)\s+(?:que\s+(?:ca|sa|cela)\s+a\s+faire|(?:le|du)\s+temps|"
    r"toute la journee|toute la nuit|que ca)\b"
    r"|\b(?:depech\w*|grouill\w*|magn(?:e|ez|ons)\s+(?:vous|toi|nous)|accelere[zr]?|activez vous|on s active)\b"
    r"|\b(?:(?:encore|reste|restent|il reste)\s+combien\s+de\s+questions?|combien\s+de\s+questions?\s+(?:encore|il reste|reste\w*|en tout)"
    r"|c est (?:bientot|presque) fini|ca (?:va etre|sera) (?:encore )?long|(?:y en a|il y en a) encore beaucoup|encore beaucoup de questions?)\b"
)
#: Words that may come with the impatience and give no value (folded): « vite », « svp », « allez », « bon »…
_IMPATIENCE_FILLERS = frozenset(
    """vite plus svp stp please allez bon ben bah pff pfff pffff oh eh ah hein quoi alors la merci je j on nous vous tu se s suis est c ca
    peut pouvez peux aller faire un peu et mais car parce que presse pressee presses urgent svp s il vous plait plait""".split()
)


#: How many questions are left, asked (folded): « ca fait combien de questions encore ? », « il reste combien de questions ? ».
_HOW_MANY_LEFT = re.compile(r"\bcombien de questions?\b")
#: Impatience, the whole message (folded, fillers aside): « c'est long votre truc », « c'est bientôt fini ? », « on en a pour
#: longtemps ? », « faut aller plus vite »; not « c'est trop long de former deux personnes », nor « laissez tomber c'est trop
#: long je rappellerai » (a cancel).
_IMPATIENT = re.compile(
    r"(?:(?:c est|c|ca devient|c est vraiment) (?:trop |super |hyper |tres |un peu |vachement |bien )?long(?:ue)?|trop long|"
    r"(?:ca|c) (?:dure|prend) (?:trop )?(?:longtemps|des heures|une plombe)|(?:ca|ca va|on va) (?:durer|en avoir) (?:encore )?"
    r"(?:pour )?longtemps|on en a (?:encore )?pour longtemps|(?:c est |on a |on est )?(?:bientot|presque) (?:fini|termine|au bout)|"
    r"(?:y en a|il y en a|y a|il y a) encore (?:beaucoup|longtemps|plein)(?: de questions?)?|(?:(?:y a|il y a) )?(?:beaucoup|trop|plein) de questions?|"
    r"encore (?:beaucoup|longtemps|des questions)|(?:faut|il faut|faudrait|on peut|on pourrait|pouvez vous|allez|aller) (?:aller )?plus vite|"
    r"faites vite|depechez vous|accelerez|"
    # (« encore combien ? » alone: « cariste, je sais pas encore combien » answers the job)
    r"(?:(?:ca fait|y en a|il y en a) )?(?:encore combien|il (?:en |vous )?reste combien|reste t il combien|combien il (?:en )?reste)"
    r"(?: de (?:temps|questions?))?(?: encore)?)"
    r"(?: (?:votre|ton|ce|le|cet|cette) (?:truc|machin|bidule|formulaire|questionnaire|demande|interrogatoire|robot|assistant))?"
)
#: What may stand around an impatient remark (folded): « pfff », « franchement », « quand même »…
_IMPATIENCE_AROUND = re.compile(
    r"\b(?:pf+|bof|ouf|oh|ah|bon|ben|bah|franchement|vraiment|hein|quand meme|un peu|la|svp|s il vous plait|mais|non mais|la quand meme|"
    r"dites|dis|putain|punaise|oula|olala)\b"
)


def _asks_how_long_it_lasts(text: str) -> bool:
    """Whether ``text`` asks how many questions are left, or only says the request is long (:data:`_HOW_MANY_LEFT`,
    :data:`_IMPATIENT`), with no number that may answer the question and no order to stop."""
    plain = normalize(text or "")
    if not plain or re.search(r"\d", plain) or (text or "").startswith("/"):
        return False
    if _HOW_MANY_LEFT.search(plain):
        return not CANCEL_WORDS.search(plain)
    rest = re.sub(r"\s+", " ", _IMPATIENCE_AROUND.sub(" ", plain)).strip()
    return bool(rest) and bool(_IMPATIENT.fullmatch(rest))


def impatient(text: str) -> bool:
    """Whether ``text`` only says the employer's impatience, or asks how many questions are left: « vite svp j'ai pas que ca a
    faire » (:data:`_IMPATIENCE`, with no other word than :data:`_IMPATIENCE_FILLERS`), « c'est long votre truc », « ca fait
    combien de questions encore ?? » (:func:`_asks_how_long_it_lasts`). Never a value (a company's or a person's name) nor an
    answer: how many questions remain is said, then the question again (forty-sixth blind user test)."""
    if re.search(r"[\d@]", text or "") or (text or "").startswith("/"):
        return False
    plain = normalize(text or "")
    if _IMPATIENCE.search(plain) and all(w in _IMPATIENCE_FILLERS for w in _IMPATIENCE.sub(" ", plain).split()):
        return True
    return _asks_how_long_it_lasts(text)


#: Keeping a job one has (folded): « garder », « gardant », « conserver », « continuer », « cumuler ».
_KEEPING = r"(?:garder|gardant|garde|gardera|conserver|conservant|conserve|continuer|continuant|continue|cumuler|cumulant|maintenir)"
#: The candidate's (folded): « son », « sa », « ses », « leur(s) ».
_THEIR = r"(?:son|sa|ses|leur|leurs)"
#: A job or a workplace said as another one (folded): « une autre asso », « son autre employeur », « une autre boite ».
_OTHER_WORKPLACE = (r"(?:asso|association|employeur|patron|boite|boulot|entreprise|societe|structure|job|emploi|poste|travail|taf"
                    r"|magasin|collectivite|etablissement|mairie|commune|cantine|contrat|cdd|cdi|mission|activite)")
#: A job by its working time or its name (folded).
_A_JOB = r"(?:job|emploi|poste|travail|boulot|taf|contrat|cdd|cdi|mission|activite|temps partiel|mi temps|petit boulot)"
#: Words of the candidate's own job, now, besides the one offered (folded, for a regex): elsewhere, at another employer, the
#: candidate's job now, kept (« elle est en temps partiel 10h par semaine ailleurs », « … son job actuel », forty-fourth blind
#: user test; « tout en gardant son temps partiel de 20h », « garder ses 15h a la cantine », « son mi temps », « dans une autre
#: asso » replaced the job's 28 h or were read as the job's hours: forty-seventh blind user test, u47-14, u47-10, u47-02).
_OWN_JOB_NAMED = (
    rf"ailleurs|chez (?:un|une) autre|(?:un|une|l|son|sa|leur) autre {_OTHER_WORKPLACE}"
    rf"|{_THEIR} {_A_JOB} (?:actuel\w*|d aujourd hui|a cote|en parallele)"
    rf"|{_THEIR} actuel\w* {_A_JOB}"
    rf"|{_THEIR} (?:temps partiel|mi temps|petit boulot|\d+(?:[.,]\d+)? ?h(?:eures?)?)"
)
CANDIDATES_OWN_JOB_WORDS = rf"{_OWN_JOB_NAMED}|{_KEEPING} (?:a (?:faire|travailler) |de travailler )?{_THEIR}\b"
CANDIDATES_OWN_JOB = re.compile(rf"\b(?:{CANDIDATES_OWN_JOB_WORDS})\b")
#: The same right before a figure of hours, its own (folded): « … garder ses », « son temps partiel de », « ses ».
CANDIDATES_OWN_HOURS_BEFORE = re.compile(
    rf"(?:\b{_KEEPING}\b.*\b{_THEIR}\b.*|\b{_THEIR}(?: (?:temps partiel|mi temps|autre \w+|\w+ actuel\w*))?(?: (?:de|d|a))?\s*)$"
)
#: Keeping one's job besides the training asked about (folded): « il peut garder son mi temps pendant la formation ? », « elle
#: pourra garder ses 15h a la cantine en plus ? », « il peut continuer son autre job … ? », « continuer a travailler a cote ».
_KEEPING_A_JOB = re.compile(
    rf"\b{_KEEPING} (?:{_THEIR}|le|la|les|l) (?:(?:autre|actuel\w*|petit) )?(?:{_A_JOB}|heures|\d+(?:[.,]\d+)? ?h(?:eures?)?)\b"
    r"|\b(?:continuer|continuant|garder|rester) (?:a|de) (?:travailler|bosser)\b"
    r"|\b(?:travailler|bosser) (?:a cote|en parallele|en meme temps|ailleurs)\b"
)
#: … besides the training, not after it (folded): « pendant la formation », « en même temps », « en plus », « à côté », or a job said
#: the candidate's now (« son autre emploi », « ses 15h », « son mi temps »: never the job offered).
_BESIDE_THE_TRAINING = re.compile(
    r"\b(?:pendant (?:la|sa) formation|en meme temps|tout en|en plus|a cote|en parallele|ailleurs|durant (?:la|sa) formation)\b"
)


def asks_keeping_another_job(text: str) -> bool:
    """Whether ``text`` asks whether the candidate may keep the job they have now during the training (forty-seventh blind user
    test: « il peut garder son mi temps pendant la formation ? » got « Ce n'est pas possible avec 17 h 30 », « … continuer son
    autre job pendant la formation ou pas ? » three unrelated questions): a question, about keeping a job, said beside the training
    or said the candidate's own. Not « il pourra garder son poste après la formation ? », the job offered."""
    plain = normalize(text or "")
    if "?" not in (text or "") and not re.match(rf"(?:{alternation((*QUESTION_WORDS, *QUESTION_VERBS))})\b", plain) and not re.search(
            r"\b(?:est ce qu\w*|peut|peuvent|pourra|pourrait|pourront)\b", plain):
        return False
    keeping = _KEEPING_A_JOB.search(plain)
    own = re.search(rf"\b(?:{_OWN_JOB_NAMED})\b", plain) is not None
    return keeping is not None and (_BESIDE_THE_TRAINING.search(plain) is not None or own) and not re.search(
        r"\bapres (?:la|sa) formation\b", plain)


def _asked(text: str, plain: str) -> bool:
    """Whether ``text`` (``plain`` folded) asks something: a question mark, or a question's words."""
    return "?" in (text or "") or bool(re.search(
        rf"\b(?:{alternation((*QUESTION_WORDS, *QUESTION_VERBS))}|est ce qu\w*|faut il|doit il|doit elle|y a t il)\b", plain))


#: The candidate's age asked about (folded): « une limite d'âge », « l'âge », « un senior », « un jeune de moins de 26 ans », « trop
#: vieux ».
_AGE_ASKED = re.compile(
    r"\b(?:limites? d age|age (?:limite|minimum|mini|maximum|max|minimal|maximal|requis)|(?:condition|critere|tranche)s? d age|l age|"
    r"son age|leur age|quel age|(?:trop|plus assez) (?:vieux|vieille|vieilles|ages?|agees?|jeunes?)|seniors?|"
    r"(?:moins|plus) de (?:1[6-9]|[2-6]\d) ans)\b"
)
#: An age said, then asked whether it is all right all the same (folded): « et a 54 ans il peut quand meme en beneficier ? ».
_AN_AGE = re.compile(r"\b(?:a|de|il a|elle a|agee?s? de) (?:1[6-9]|[2-6]\d) ans\b")
_ALL_THE_SAME = re.compile(r"\b(?:quand meme|meme|aussi|encore|pose\w* (?:pas )?(?:de |un )?probleme|ca passe|c est bon|pas trop)\b")


#: An aid named (folded): « une aide », « la prime », « une subvention », « une exonération ».
_ANOTHER_AID = re.compile(r"\b(?:aides?|primes?|subventions?|exonerations?|allegements?)\b")
#: The age as a condition, named (folded): « une limite d'âge », « l'âge », « trop vieux ».
_AGE_CONDITION = re.compile(r"\b(?:limites? d age|l age|son age|leur age|quel age|(?:condition|critere|tranche)s? d age|trop (?:vieux|vieille|jeunes?))\b")


def asks_about_age(text: str) -> bool:
    """Whether ``text`` asks about the candidate's age (fifty-first blind user test, u51-01, u51-02, u51-16: « y a t il une limite
    d'age pour le candidat ? », « et a 54 ans il peut quand meme en beneficier ? » got suggestions or « pas de réponse »). Not a
    project with an age said in it (« je veux embaucher quelqu'un de 23 ans en CDI, c'est possible ? »)."""
    plain = normalize(text or "")
    if not _asked(text, plain):
        return False
    # (An age said with the registration, « il a 58 ans et il est inscrit a pole emploi, ca pose probleme ? », asks about the
    # registration: the rules' sentence on registered job seekers answers it, forty-fourth blind user test, u44-02.)
    said_registered = re.search(r"\binscri\w*\b", plain) and not re.search(r"\bpas (?:encore )?inscri", plain)
    # (Another aid for an age, « l'aide de l'etat pour embaucher un jeune de moins de 26 ans ca existe ? », asks about that aid, not
    # this scheme's age condition: it is out of scope, forty-ninth blind user test, u49-05.)
    if _ANOTHER_AID.search(plain) and not _AGE_CONDITION.search(plain):
        return False
    return bool(_AGE_ASKED.search(plain) or (_AN_AGE.search(plain) and _ALL_THE_SAME.search(plain) and not said_registered))


#: The candidate's registration at France Travail (folded).
_REGISTERED = r"(?:inscri\w*|inscription)"
#: How long it has lasted, asked (folded): « depuis longtemps », « une durée minimum d'inscription », « depuis combien de temps ».
_REGISTRATION_LENGTH_ASKED = re.compile(
    rf"\b{_REGISTERED}(?: \w+){{0,6}}? depuis (?:longtemps|combien|quand|assez longtemps|suffisamment|au moins|minimum|un minimum|un certain temps)\b"
    rf"|\b(?:duree|anciennete|delai|temps|periode)(?: (?:minimum|minimale|mini|min|requise?|obligatoire))? d {_REGISTERED}\b"
    # (A state, « inscrit », not « il faut combien de temps pour s'inscrire ? », the registration's own time.)
    r"|\b(?:depuis combien de temps|combien de temps|longtemps)(?: \w+){0,6}? inscrit\w*\b"
)
#: A short registration said, asked whether it is enough (folded): « inscrite … il y a 3 jours seulement, c'est suffisant ? ».
_REGISTERED_LATELY = re.compile(
    rf"\b{_REGISTERED}(?: \w+){{0,6}}? (?:il y a|depuis) (?:\d+|un|une|deux|trois|quatre|quelques|peu)\b|\b{_REGISTERED}\b.*\b(?:hier|recemment|tout juste)\b"
)
_ENOUGH = re.compile(r"\b(?:suffi\w*|assez|trop (?:recent\w*|tot|court)|ca compte|ca passe|ca va|c est bon|c est ok|pas grave|probleme)\b")


def asks_registration_length(text: str) -> bool:
    """Whether ``text`` asks how long the candidate must have been registered at France Travail (fifty-first blind user test,
    u51-06: « faut il que le demandeur d'emploi soit inscrit a pole emploi depuis longtemps ? », « il faut une duree minimum
    d'inscription ? » got the training's length). Not the age asked with it (:func:`asks_about_age`)."""
    plain = normalize(text or "")
    if not _asked(text, plain) or asks_about_age(text):
        return False
    return bool(_REGISTRATION_LENGTH_ASKED.search(plain) or (_REGISTERED_LATELY.search(plain) and _ENOUGH.search(plain)))


#: « qu'avez-vous noté ? », « c quoi le nom que vous avez noté ? », « ok, vous avez mis quoi pour le poste ? »: what the form
#: holds (a question: ending with « ? » or asking « quoi », and short; « vous avez noté qu'il est débutant, il faut… » is an
#: answer: reviews).
WHAT_NOTED = re.compile(
    r"\b(?:qu est ce que vous avez|qu avez vous|vous avez|avez vous|t as|tu as)\s+(?:bien\s+)?(?:note|mis|enregistre|retenu|garde)\b|"
    r"\b(?:montrez|montre|redonnez|rappelez|recapitulez)(?:\s*moi)?\s+(?:ce que vous avez|ce que j ai|mes reponses|les reponses)\b"
)


def asks_what_was_noted(text: str) -> bool:
    """Whether ``text`` asks what has been noted so far (:data:`WHAT_NOTED`), in the check or the request."""
    plain = normalize(text)
    # (Without « ? »: a question word first, « qu'avez-vous noté », « quel poste vous avez noté »: third review.)
    return (WHAT_NOTED.search(plain) is not None and len(plain.split()) <= 14
            and (text.strip().endswith("?") or re.search(
                r"\bquoi\b|^(?:\w+\s+)?(?:montrez|montre|redonnez|rappelez|recapitulez)\b|"
                r"^(?:(?:et|mais|alors|donc|ok|bon|pardon|attendez|au fait)\s+)*(?:qu avez vous|qu est ce que vous avez|c est quoi|c quoi|quel|quels|quelle|quelles|combien)\b", plain) is not None))


#: « je veux tout recommencer a zero », « recommencer », « on reprend depuis le début svp » (folded): starting over, read the same
#: at the questions of the check and of the request (the check did not know it: « bof je veux tout recommencer depuis le debut en
#: fait », « on peut recommencer ? », « reprendre a zero » got « Je n'ai pas compris votre réponse » or the FAQ, fifty-second
#: blind user test, u52-04). Asked at
#: the SIRET, got « pas trouvé de numéro SIRET » (twentieth blind user test). Not « il devra recommencer sa formation », « tout
#: refaire la toiture »: a verb of starting over with « à zéro », « depuis le début », or alone.
#: A whole clause (review of the twentieth blind user test's fixes: « il doit tout reprendre a zero niveau compta », « faut
#: recommencer son CACES », « on recommence la saison le 1er avril », « Recommencer SARL », « pas la peine de tout recommencer »
#: opened the cancel check): the start over said alone or of the request, after words that only lead to it.
_RESTART_LEAD = (
    r"(?:je veux|je voudrais|j aimerais|je souhaite|on peut|on pourrait|peut on|est ce qu on peut|je peux|puis je|on va|je vais|"
    r"il faut|faut|bon|ok|euh|alors|non|ah|oh|mince|zut|on|je|nous|finalement|en fait|plutot|du coup|pardon|desole|desolee|allez|"
    # (« bof je veux tout recommencer depuis le debut en fait »: fifty-second blind user test, u52-04)
    r"bof|bah|ben|pff|pfff|"
    # (third review: « je me suis trompé je veux tout recommencer », « est-il possible de tout recommencer ? »…)
    r"je me suis trompee?|je souhaiterais|je prefere|je prefererais|je dois|on doit|"
    r"est il possible de|est ce possible de|c est possible de|possible de|comment faire pour|comment|pour)"
)
_THE_REQUEST = r"(?:(?:toute |tout )?(?:la|ma|notre|cette|le|mon) (?:demande|verification|verif|formulaire|dossier|questionnaire|saisie))"
_FROM_SCRATCH = r"(?:a zero|de zero|depuis le (?:debut|depart)|du (?:debut|depart)|au (?:debut|depart))"
#: The reason after a restart, when it is a mistake or a change (« … car je me suis trompé », « … parce que le contrat a changé »);
#: « … car il n'a pas les bases », « … car c'est une reconversion » are training needs (sixth review).
_FOR_A_MISTAKE = (
    r"(?:\s+(?:car|parce que|parce qu)\s+(?:.*\b(?:erreur|errone\w*|trompe\w*|faux|fausse|change\w*|modifi\w*|mauvais\w*|rate|"
    r"confondu|plante|faute|incorrect\w*|pas bons?|pas bonnes?|pas le bon|pas la bonne|pas les bonnes|plus le meme|plus la meme|"
    # (« … car il a oublié », « … car c'est un autre métier » are training needs: tenth review)
    r"(?:j ai|on a|nous avons|j avais) (?:tout )?oublie\w*|pas mis|mal (?:mis|rempli|saisi|ecrit)|quelqu un d autre|"
    r"(?:un|une) autre (?:candidat|candidate|personne|poste|contrat|salarie|salariee))\b.*))"
)


def _restart_pattern(reason: str) -> re.Pattern[str]:
    """The start over said alone or of the request, with the reason it may give after it (``reason``, optional)."""
    return re.compile(
        rf"^(?:{_RESTART_LEAD}\s+)*(?:tout\s+)?(?:"
        rf"(?:recommencer|recommence|recommencons)(?:\s+{_THE_REQUEST})?(?:\s+tout)?(?:\s+{_FROM_SCRATCH})?|"
        rf"(?:reprendre|reprend|reprenons|refaire|refais|refait|refaisons|repartir|repart|repartons)(?:\s+{_THE_REQUEST})?(?:\s+tout)?\s+{_FROM_SCRATCH}|"
        rf"(?:remettre|remets|remettez|remettons)\s+(?:tout\s+|{_THE_REQUEST}\s+)?a zero"
        r")(?:\s+(?:svp|stp|s il vous plait|s il te plait|merci|alors|donc|du coup|please|en fait|finalement|plutot))*"
        # (« je veux recommencer depuis le début car je me suis trompé »: the reason after it; « bases en compta car il faut
        # tout reprendre depuis le début » is a need: fourth review)
        rf"{reason}?$|"
        # (« il faudrait tout recommencer », « il faudrait recommencer la demande »; not « il faudrait tout reprendre à zéro »,
        # a training need: fifth review)
        rf"^(?:il\s+)?faudrait\s+(?:tout\s+)?recommencer(?:\s+{_THE_REQUEST})?(?:\s+tout)?(?:\s+{_FROM_SCRATCH})?{reason}?$"
    )


#: At the questions whose answer is a free account (the training needs, the derogation's reason), a reason about the recruit
#: makes a need (« recommencer depuis le début car il a oublié »); at the others, any reason goes with the start over
#: (« on recommence car il a oublié » at the job was stored as the job: eleventh review).
_RESTART = _restart_pattern(_FOR_A_MISTAKE)
_RESTART_ANY_REASON = _restart_pattern(r"(?:\s+(?:car|parce que|parce qu)\b.*)")


#: Where a clause ends (on the text as typed).
_RESTART_CLAUSE_END = re.compile(r"[,;.!?:]+|\s+(?:mais|et)\s+")


def asks_to_start_over(text: str, account: bool = False) -> bool:
    """Whether a clause of ``text`` asks to start over (:data:`_RESTART`), at a question of the check or of the request;
    ``account``: the question is answered by a free account (the training needs), where a reason about the recruit makes a
    need. Never a command."""
    pattern = _RESTART if account else _RESTART_ANY_REASON
    return not (text or "").startswith("/") and any(pattern.match(normalize(c).strip()) for c in _RESTART_CLAUSE_END.split(text or ""))


#: Words that may stand around an order to stop in a clause of its own (folded): « non », « bon », « merci », « svp »…
_AROUND_AN_ORDER = r"(?:non|bon|ben|bah|ah|oh|euh|alors|ok|merci|en fait|finalement|du coup|donc|et|mais|desole|desolee|pff|pfff|svp|stp|tant pis)"
#: What an order to stop may bear on (folded): « annulez tout », « on arrête là », « laissez tomber la vérification ».
_ORDER_OBJECT = r"(?:tout|la|ca|ici|la verification|la verif|le test|la demande|ma demande|cette demande|le questionnaire|le formulaire)"
_ORDER_AFTER = r"(?:svp|stp|merci|alors|donc|tant pis|pour l instant|pour le moment|maintenant|pour aujourd hui)"
#: An order to cancel, as a clause of its own (folded): « annuler », « on annule », « annulez tout », « stop ».
_CANCEL_ORDER_ALONE = re.compile(
    rf"(?:{_AROUND_AN_ORDER}\s+)*(?:(?:on|j|je|nous)\s+)?(?:annul(?:er|ez|e|ons)|stop(?:pe[rz]?|pons)?)(?:\s+{_ORDER_OBJECT})?(?:\s+{_ORDER_AFTER})*"
)
#: Letting it drop, as a clause of its own (folded): « laissez tomber », « on abandonne », « j'arrête là », « on arrête ici ».
_DROP_ORDER_ALONE = re.compile(
    rf"(?:{_AROUND_AN_ORDER}\s+)*(?:(?:on|j|je|nous)\s+)?(?:laisse[rz]? tomber|abandonn(?:er|ez|e|ons)|arret(?:er|ez|e|ons))"
    rf"(?:\s+{_ORDER_OBJECT})?(?:\s+{_ORDER_AFTER})*"
)


def own_stop_order(text: str) -> str | None:
    """The employer's own order to stop what is under way, said in a clause of its own of ``text``: « cancel » for « annuler »,
    « on annule », « stop » (« non laissez tomber, annuler, j'ai pas d'autre demande »: fifty-first blind user test, u51-10),
    « drop » for letting it drop without that word (« laissez tomber », « j'arrête là »); None when no clause is only such an order
    (« il abandonne la formation », « j'arrête pas de le relancer »)."""
    if (text or "").startswith("/"):
        return None
    clauses = [normalize(c).strip() for c in _RESTART_CLAUSE_END.split(text or "")]
    if any(_CANCEL_ORDER_ALONE.fullmatch(c) for c in clauses if c):
        return "cancel"
    return "drop" if any(_DROP_ORDER_ALONE.fullmatch(c) for c in clauses if c) else None
