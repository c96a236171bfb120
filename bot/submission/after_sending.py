"""What the employer says about a request already sent: another request, the
next steps, the response time, a confirmation, a withdrawal, a correction.

Read by :mod:`bot.dialogue.turns` once the reference is given; the replies'
sentences are in :mod:`bot.dialogue.messages`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from bot import settings
from bot.dialogue import messages as msg
from bot.extractors.place import Place, extract_job_place
from bot.language.cues import someone_else_gives_up, without_someone_else_giving_up
from bot.language.normalize import normalize
from bot.submission.form_slots import FIELD_LABELS
from bot.submission.mentions import (
    RECAP_CHANGE,
    counted_job,
    display,
    recap_field_of,
    recap_value,
    sniff_field,
)
from bot.submission.questions import (
    OPENS_WITH_CORRECTION,
)

#: A value checked (folded): « vous avez bien mis 2 postes », « vs avez bien note », « c'est bien le 1er avril ».
_CHECKED = re.compile(
    r"\bbien\s+(?:mis|mise|note|notee|noter|indique|indiquee|enregistre|enregistree|pris|prise|marque|marquee|ecrit|ecrite|"
    r"envoye|envoyee|transmis|transmise|rempli|remplie)\b|\b(?:c est|c|ce sont|ca fait|y a|il y a)\s+bien\b"
)


def sent_value_asked(text: str, slots: Mapping[str, Any], now: dt.datetime | None = None) -> tuple[str, Any, bool | None] | None:
    """(field, value sent, whether it is the one asked, None when the question names none) for « vous avez bien mis 2 postes ? »
    once the request is sent (it got three FAQ suggestions: forty-seventh blind user test); None for anything else (a change
    asked, « je peux modifier… », is :func:`corrects_sent_request`)."""
    said = (text or "").strip()
    plain = normalize(said)
    if not said or said.startswith("/") or not _CHECKED.search(plain) or RECAP_CHANGE.search(plain):
        return None
    if not (said.endswith("?") or plain.startswith(("est ce que", "est ce qu", "vous avez bien", "vs avez bien"))):
        return None
    now = now or dt.datetime.now(dt.timezone.utc)
    counted = counted_job(re.sub(r"\bbien\s+", "", said, flags=re.IGNORECASE), now)  # (« c'est bien 2 mecaniciens qui sont partis ? »)
    field = "positions" if counted is not None else recap_field_of(said, plain) or sniff_field(said, plain)
    if field not in FIELD_LABELS or slots.get(field) is None:
        return None
    asked = counted[0] if counted is not None else recap_value(field, said, now)[0]
    sent = slots[field]
    return field, sent, None if asked is None else asked == sent


def corrects_sent_request(text: str) -> bool:
    """« mince j'ai oublié, l'email c'est plutôt …, vous pouvez corriger ? » once the request is sent:
    a correction of one of its fields, which only the Region's staff can now make."""
    plain = normalize(text or "")
    if asks_new_request(text) and "?" not in (text or ""):
        # « je ne veux pas la modifier, je veux faire une NOUVELLE demande pour 2 chaudronniers », « … la même demande pour les 2
        # chaudronniers, mêmes informations sauf le poste » were read as changes of the request sent: a dead end (thirty-fourth
        # blind user test). A new request asked for, not a question about one, is one.
        return False
    if _CHANGES_THE_COUNT.search(plain):
        return True  # « et si je veux rajouter un 6e poste ? » started a new check (tenth blind user test)
    if _FORGOT_TO_SAY.search(plain) and not asks_another_request(text):
        # « j'ai oublié de préciser qu'on peut accueillir en immersion » got FAQ suggestions (sixteenth user test); not
        # « j'ai oublié de préciser, on voudrait faire une autre demande » (review)
        return True
    changing = RECAP_CHANGE.search(plain) or OPENS_WITH_CORRECTION.search(plain) or re.search(r"\boubli\w*", plain)
    return bool(changing) and (recap_field_of(text, plain) or sniff_field(text, plain)) is not None


def says_a_sent_value_wrong(text: str) -> bool:
    """:func:`corrects_sent_request` for a message read as « non » or « oui » to no offer: a value said wrong or a new one
    given (« attendez non ! l'email etait faux, c'est … », « non le mail c'est lili@… »), not a « non » before a value said
    right or a question (« non l'email c'est bon », « non, la formation c'est quand ? », « non pas besoin » got « déjà
    transmise, ne peut plus être modifiée ici »: review of the twenty-second blind user test's fixes)."""
    rest = re.sub(r"^(?:(?:non|nan|nn|attendez|attends)\b\W*)+", "", (text or "").strip(), flags=re.IGNORECASE)
    if corrects_sent_request(rest):
        return True
    plain = normalize(text or "")
    new_value = re.search(r"@|\d{2}", text or "") and not (text or "").rstrip().endswith("?")
    if bool(new_value) and corrects_sent_request(text) and (recap_field_of(text, plain) or sniff_field(text, plain)) is not None:
        return True
    # (A third review of those fixes: « non le poste c'est cariste », « non c'est un CDD », « non c'est à Angers », « non, mon nom
    # c'est Marie Durand » were dropped without a word.)
    return rest != (text or "").strip() and _says_another_value(rest)


#: After « non », a field named then what it is (« le poste c'est cariste », « mon nom c'est Marie Durand »), folded.
_THE_FIELD_IS = re.compile(r"^(?:le|la|l|les|mon|ma|mes|notre|nos) (?:\w+ ){1,3}?(?:c est|est|sera|ce sera) (?P<said>.+)$")
#: … or « c'est » then a contract, a place or a count (« c'est un CDD », « c'est à Angers », « c'est 3 postes »).
_IT_IS = re.compile(
    r"^c est (?:(?:un|une|en) (?=.*\b(?:cdd|cdi|contrat|alternance|apprentissage|interim|professionnalisation)\b)|(?:a|au|aux) |"
    r"(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:postes?|personnes?|salaries?|embauches?)\b)(?P<said>.*)$"
)
#: What says the value sent is right (« non l'email c'est bon », « non, la date c'est bien avril »), or a remark (« non le poste est toujours ouvert »)
#: (or a positive remark, after an intensifier or not: « non la formation est intéressante » got « déjà transmise »: found
#: reading the recap; « non la date est fausse » still corrects)
_SAID_RIGHT = re.compile(
    r"^(?:(?:tres|vraiment|super|trop|hyper|bien|plutot|assez|tout a fait|particulierement|franchement)\s+)*"
    r"(?:toujours|top|super|parfait\w*|nickel|bien|bon|bonne|correct\w*|juste|ok|exact\w*|le bon|la bonne|les bons|les bonnes|tout bon|"
    # (whole words, as adjectives: not the start of a value, « non le poste c'est urgentiste »: review of those fixes)
    r"(?:interessant|important|utile|urgent|indispensable|essentiel|necessaire|pertinent|adapte|genial|prioritaire|primordial|"
    r"excellent|ideal)(?:e|s|es|le|les)?|geniaux|ideaux|chouette|cool)\b"
)
#: What a field « is » in the message as typed: a capitalised value is a name (« non l'entreprise c'est Idéal Coiffure »).
_SAID_AS_TYPED = re.compile(r"\b(?:c['’]\s*est|est|sera)\s+(?P<said>\S)")
#: Where a remark ends and another clause begins (« non la formation est intéressante, mais le poste c'est cariste »), at any
#: sentence or clause boundary: « non la formation est intéressante. le poste c'est cariste », « …! », « … : », « … - », a line
#: break, « , en revanche », « , juste », « puis » were dropped without a word (second review of the session's changes). A full
#: stop ends a clause only before a space or the end (not inside an email address).
_NEXT_CLAUSE = re.compile(
    r"\s*(?:[,;:!?\n]|\.(?=\s|$)|\s-\s)[\s.,;:!?-]*(?:(?:mais|et|par contre|en revanche|juste|seulement|puis|sinon)\b\s*)?|"
    r"\s+(?:mais|et|par contre|en revanche|puis)\s+",
    re.IGNORECASE,
)
#: In a clause after a remark, how many positions there are (« non la formation est utile mais il y a 3 postes »), folded.
_THERE_ARE = re.compile(
    r"^(?:il y a|il y en a|ce sont|ce sera|ce seront|on a|on en a) (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) "
    r"(?:postes?|personnes?|salaries?|embauches?)\b"
)


def _says_another_value(rest: str) -> bool:
    """``rest`` (the message after its leading « non ») gives a field another value: not a value said right, nor a question."""
    plain = normalize(rest)
    if rest.rstrip().endswith("?") or re.search(r"\b(?:quand|quoi|comment|combien|pourquoi|quel\w*)\b", plain):
        return False
    if (said := _THE_FIELD_IS.match(plain)) is not None:
        named = (recap_field_of(rest, plain) or sniff_field(rest, plain)) is not None or plain.startswith(("le prenom ", "mon prenom "))
        typed = _SAID_AS_TYPED.search(rest)
        if not named or not _SAID_RIGHT.match(said.group("said")) or typed is not None and typed.group("said").isupper():
            return named
        # (a value said right or a remark, then maybe another field in any clause after it: « non la formation est intéressante
        # mais le poste c'est cariste », « …, mais le poste c'est cariste », where the comma left « mais » before the field:
        # review of those fixes)
        return any(
            _says_another_value(clause) or _THERE_ARE.match(normalize(clause)) is not None for clause in _NEXT_CLAUSE.split(rest)[1:] if clause
        )
    if (said := _IT_IS.match(plain)) is not None:
        place = plain.startswith(("c est a ", "c est au", "c est aux")) and extract_job_place(rest) is None
        return not place and not _SAID_RIGHT.match(said.group("said"))
    return False


#: « j'ai oublié de préciser / de dire / d'ajouter que… » (folded): something to add to the request sent.
_FORGOT_TO_SAY = re.compile(r"\boubli\w* (?:de |d )(?:preciser|dire|mentionner|indiquer|signaler|ajouter|mettre|vous dire)\b(?! merci)")
#: Adding or removing positions (a change of the request sent, not a new project).
_CHANGES_THE_COUNT = re.compile(
    r"\b(?:r?ajout\w*|enlev\w*|retir\w*|supprim\w*)\s+(?:(?:un|une|le|la|des|deux|trois|\d+\w*)\s+){1,2}(?:(?:autre|nouveau|de plus)\s+)?"
    r"(?:postes?|personnes?|salaries?|candidats?|embauches?)\b"
)
#: Another request, once one is sent (« je peux en refaire une pour un autre site ? », « nouvelle demande »).
_NEW_REQUEST = re.compile(
    r"\b(?:nouvelle|autre|deuxieme|seconde|2e|2eme|2nde)\s+(?:demande|intention|dossier|recrutement|projet)\b|"
    r"\ben (?:refaire|faire|deposer|preparer|remplir|envoyer) une(?: autre| deuxieme| nouvelle)?\b|\brefaire une (?:autre )?demande\b|"
    r"\baussi (?:faire|deposer|preparer|remplir|envoyer) une demande\b|"
    # « on peut faire une demande pour elle aussi ? » (seventeenth blind user test)
    r"\b(?:faire|deposer|preparer|remplir|envoyer) une (?:demande|intention) pour (?:elle|lui|eux|elles|celui|celle|ce poste|cette personne)\b|"
    # « je refais une demande pour notre antenne de Sablé » (thirteenth blind user test); not « je ferai une autre demande »
    r"\brefai[st]\w* une (?:autre |nouvelle )?demande\b|"
    # « je voudrais faire la même demande pour les 2 chaudronniers » got « déjà transmise… ne peut plus être modifiée ici »
    # (thirty-fourth blind user test)
    r"\b(?:faire|refaire|deposer|preparer|remplir|envoyer|lancer) (?:la|une) (?:meme demande|demande (?:identique|pareille|similaire))\b"
)
#: Once a request is sent, another one said in passing (« et pour un autre poste ? », « je préfère la faire avec vous
#: comme tout à l'heure », « la même chose pour un cuisinier dans notre 2e hôtel »: thirteenth and fourteenth blind
#: user tests). During a request, « pour notre autre site à Angers » is where this job is (review).
_ANOTHER_ONE = re.compile(
    r"\bpour (?:un|une|notre|nos|mon|ma) (?:autre|deuxieme|2e|2eme|second|seconde|nouveau|nouvel|nouvelle) "
    r"(?:poste|site|etablissement|antenne|agence|magasin|restaurant|resto|hotel|atelier|usine|depot|boutique|embauche|recrutement|"
    r"salarie|personne|client|chantier|camping|ehpad|ecole|creche|boulangerie|garage|metier)s?\b|"
    r"\bdans (?:notre|nos|mon|ma) (?:autre|deuxieme|2e|2eme|second|seconde) \w+|"
    # « et pour un 2e chauffeur sur notre agence de… ? », « maintenant la demande pour l'apprenti » (fifteenth user test)
    r"\bpour (?:un|une) (?:2e|2eme|deuxieme|second|seconde|autre) \w+|\b(?:maintenant|ensuite|puis) (?:la|une) (?:autre )?demande pour\b|"
    r"\b(?:la|une demande|en) faire (?:ici|avec vous)\b|\bfaire la demande (?:ici|avec vous)\b|\bla meme chose pour\b|"
    r"\b(?:on|nous) (?:aurait|aurions|voudrait|voudrions|a|avons) aussi (?:besoin d )?(?:un|une|deux|trois|quatre|cinq|\d+) \w+|"
    # « et pour l'autre poste alors ? », « et l'autre demande ? », the request promised when this one was kept for one job,
    # contract or candidate (it got the FAQ on the public: thirty-eighth blind user test)
    r"^(?:et|bon|ok|alors|maintenant|bien|parfait|merci)?\s*(?:et\s+)?(?:pour\s+|on\s+fait\s+|on\s+passe\s+a\s+)?"
    r"(?:l autre|les autres|le 2e|le 2eme|le deuxieme|le second|la 2e|la 2eme|la deuxieme|la seconde) "
    r"(?:poste|demande|contrat|cdd|cdi|personne|candidat|candidate|metier|embauche|recrutement|site)s?"
    r"(?:\s+(?:alors|maintenant|du coup|donc|on fait comment|comment on fait|on la fait))*\s*$"
)


#: « montre-moi le récap », « récapitulatif »: the recap shown again.
SHOW_RECAP = re.compile(
    r"^(?:(?:tu peux|vous pouvez|pouvez vous|peux tu|je peux|je voudrais|j aimerais|je veux|on peut)\s+)?(?:me\s+)?(?:re)?(?:montre\w*|affiche\w*|voir|revoir|redonne\w*|relire)"
    r"(?:\s+moi|\s+nous)?\s+(?:le |la |mon |ma |a nouveau |encore )*(?:recap\w*|resume|demande)\b|^(?:le )?recap\w*\s*\??$"
)


def _says(pattern: re.Pattern[str], text: str | None) -> bool:
    """``pattern`` found in the normalised text (the after-sending and recap readings below)."""
    return pattern.search(normalize(text or "")) is not None


def asks_another_request(text: str) -> bool:
    """Once a request is sent: :func:`asks_new_request`, or another one said in passing (:data:`_ANOTHER_ONE`), or
    « Sablé pareil » (the same for another place of the region)."""
    if _says(_SAME_FOR_A_PLACE, text) and not _says(_LATER, text):
        place = extract_job_place(re.sub(r"\b(?:pareil|idem|m[eê]me chose)\b", " ", text, flags=re.IGNORECASE).strip(" ,.!?"))
        return isinstance(place, Place) and place.in_region
    return asks_new_request(text) or _says(_ANOTHER_ONE, text)


#: « Sablé pareil », « pareil pour Laval », « idem à Cholet » (folded; the place is checked apart).
_SAME_FOR_A_PLACE = re.compile(r"^(?:et |alors |bon |ok )?(?:pour |a |au |sur )?(?:\w+ ){0,4}?(?:pareil|idem|meme chose)(?: pour| a| au| sur)?(?: \w+){0,4}\s*$")


def asks_new_request(text: str) -> bool:
    """Another request once one is sent: its project is checked first (it kept the first one's contract). Not one for
    later (« le mécanicien, je ferai une autre demande » at the recap was « Terminons d'abord cette demande »)."""
    return _says(_NEW_REQUEST, text) and not _says(_LATER, text) and not _says(_COMPARED_TO_ANOTHER, text)


#: Another request named as what an answer is the same as (« la meme date que l'autre demande », « comme pour l'autre demande »,
#: « ceux de l'autre demande »): no new request (it got « Terminons d'abord cette demande » at the start: thirty-eighth blind user
#: test).
_COMPARED_TO_ANOTHER = re.compile(
    r"\b(?:que|qu|comme(?: pour| dans| sur)?|de|dans) (?:l |la |le )?(?:autre|deuxieme|seconde|2e|2eme|premiere|1ere|precedente|derniere) "
    r"(?:demande|dossier|intention)\b"
)
_LATER = re.compile(r"\b(?:je|on|nous) (?:ferai|fera|ferons|referai|refera|referons|verrai|verra|verrons)\b|\bplus tard\b")


#: Confirming again once the request is sent (« confirmer » got the FAQ on confirming a hiring intent).
_CONFIRMS_AGAIN = re.compile(
    r"^(?:je )?(?:confirme[rz]?|valide[rz]?|envoye[rz]?|envoie|j envoie|on envoie|c est bon)(?: la demande| ma demande)?(?: et envoyer)?$"
)


def confirms_again(text: str) -> bool:
    """« confirmer » typed once the request is sent (tenth blind user test)."""
    return _says(_CONFIRMS_AGAIN, text)


_WHAT_NEXT = re.compile(
    # (« la suite », not « …je vous rappelle demain pour la suite » after « c'est bon envoyez », which sent nothing: session
    # of 2026-12-02; « et pour la suite ? » asks)
    # (not a farewell after it: « merci et ensuite bonne journée » got the next steps: session of 2026-12-02)
    r"\b(?:(?:et maintenant|et apres|et ensuite)(?! (?:bonne|au revoir|a bientot|a plus(?! qu)|bye))|(?<!\bpour )la suite|^pour la suite|\bet pour la suite|prochaines? etapes?|il se passe quoi|que se passe t il|qu est ce qui se passe|"
    r"on fait quoi|je fais quoi|que dois je faire|quand (?:aurai je|aurais je|vais je avoir|est ce que j aurai) (?:une |la )?reponse|"
    # (the response time: _RESPONSE_TIME) « je peux suivre ma demande où ? » got the contact form's answer, then a new check (tenth blind user test)
    r"suivre (?:ma|la|notre) demande|suivi de (?:ma|la|notre) demande|ou en est (?:ma|la|notre) demande|"
    # « et apres ca se passe comment, qui me rappelle ? » (forty-fourth blind user test, u44-01): who comes back to the employer
    r"qui (?:va |doit )?(?:me|m|nous) (?:re)?(?:contact|rappel|appel)\w*|qui (?:va )?(?:me|m|nous) repond\w*|"
    r"qui (?:va )?s occupe\w* de (?:ma|la|notre) demande)\b"
)
#: How long until the Region answers the request (it got the training's set-up delay: ninth blind user test).
_RESPONSE_TIME = re.compile(
    # « c'est quand la réponse ? », « c quand qu'on a la réponse », « ils répondent en combien de temps ? » got « Je vous
    # écoute » or the training's set-up time (fourteenth blind user test)
    r"\b(?:c est|c|cest) quand (?:qu on a |qu on aura |que j aurai |qu ils donnent |)(?:la|une|leur|votre) reponse\b|"
    r"\b(?:ils|vous|la region|on) (?:repond\w*|me repond\w*|nous repond\w*|donne\w* (?:une |la |leur )?reponse) (?:en|sous|dans) (?:combien|quel)\b|"
    r"\bquand (?:est ce qu )?(?:ils|vous|la region) (?:repond\w*|me repond\w*|nous repond\w*)\b|\bdelai de reponse\b|"
    r"\b(?:combien de temps|quel delai|delai) (?:avant|pour) (?:d )?(?:avoir|recevoir|obtenir) (?:une |la |leur )?reponse\b|"
    r"\breponse (?:sous|dans|en) (?:combien de (?:temps|tps|jours|semaines)|quel delai)\b|"
    # « en combien de temps la region repond ? », « en combien de temps on a une reponse ? » got the training's set-up time
    # (twenty-seventh blind user test)
    r"\b(?:en|sous|dans) combien de (?:temps|tps|jours|semaines) (?:la region |ils |vous |on |nous |j |je )?"
    r"(?:repond\w*|(?:a|aura|aurai|aurons|obtient|recoit|recevra|recevrai) (?:une |la |leur |votre )?reponse)\b|"
    # (« Sous quel délai aurons-nous un retour ? », « on aura un retour quand ? » after sending: thirtieth blind user test)
    r"\b(?:quand|sous quel delai|dans quel delai) (?:aurons|aurai|aura|aurez) (?:nous |je |on |t on )?(?:une |un |la |le |votre )?(?:reponse|retour)\b|"
    # (« Vous me direz quand j'aurai une réponse ? » at the recap: not understood, thirty-eighth blind user test)
    r"\bquand (?:j aurai|j aurais|je vais avoir|on aura|on va avoir|nous aurons|nous aurions|on saura|je saurai|nous saurons) "
    r"(?:une |un |la |le |leur |votre )?(?:reponse|retour)\b|"
    r"\b(?:on|je|nous) (?:aura|aurai|aurons|va avoir|vais avoir|recevra|recevrai|recevrons) (?:une |un |la |le |leur |votre )?(?:reponse|retour) "
    r"(?:quand|sous combien|dans combien|en combien|sous quel|dans quel)\b|"
    # « sous quel délai la Région nous répondra-t-elle ? », « dans quel délai allez-vous nous répondre ? », « la Région met
    # combien de temps pour répondre ? » (twenty-ninth blind user test: not understood)
    r"\b(?:sous|dans|en) (?:quel delai|combien de (?:temps|tps|jours|semaines)) (?:(?:est ce que )?(?:la region|vous|ils|elle) (?:va |vont |allez )?"
    r"|(?:allez vous|vont ils|va t elle|va t il) )(?:me |nous )?repond\w*|"
    r"\b(?:la region|vous|ils|elle) (?:met|mettez|mettent|mettra|mettrez) combien de (?:temps|tps|jours|semaines) (?:pour|a) (?:me |nous )?repondre\b|"
    r"\bcombien de (?:temps|tps|jours|semaines) (?:met|mettez|mettent|mettra) (?:la region|vous|ils) (?:pour|a) (?:me |nous )?repondre\b|"
    # « on sera contacté sous combien de temps ? » got the training's set-up time (sixteenth blind user test)
    r"\b(?:on|je|nous) (?:sera|serai|serons|va etre|vais etre) (?:re)?(?:contacte|rappele)\w* (?:sous|dans|en) (?:combien|quel)\b|"
    r"\bquand (?:est ce qu )?(?:on|je|nous) (?:sera|serai|serons|va etre|vais etre) (?:re)?(?:contacte|rappele)\w*|"
    # (« on me rappelle dans combien de temps ? »: thirtieth blind user test)
    r"\b(?:vous|ils|la region|on) (?:me |nous )?(?:re)?(?:contact|rappel)\w* (?:quand|sous combien|dans combien|en combien|sous quel|dans quel)\b|"
    r"\bquand (?:est ce que )?(?:vous|ils|la region) (?:me |nous )?(?:re)?(?:contact|rappel)\w*|"
    r"\bavant qu (?:on|ils|vous|la region) (?:me |nous )?(?:re)?(?:contact|rappel|repond)\w*"
)
#: « quel est mon numéro de dossier déjà ? », « c'est quoi ma référence ? » (no answer: sixteenth blind user test).
_REFERENCE = re.compile(
    r"\b(?:quel(?:le)? est|c est quoi|c quoi|rappel\w*|redonne\w*|j ai perdu|j ai oublie|je n ai pas note)\s+(?:moi\s+)?"
    r"(?:mon|ma|le|la|notre|votre)\s+(?:(?:reference|ref)\b(?!\s+(?:du|des|de la|de l)\b)|numero de (?:dossier|demande|reference)"
    r"|numero(?=\s*(?:deja)?\s*$)|numero de (?:ma|la|notre) demande)|"
    # « j'ai un numéro de dossier ? », « c quoi le numéro de ma demande déjà ? », « la ref 1E1F-2026-000121, c'est bien ça ? »
    # (seventeenth blind user test)
    r"\b(?:j ai|on a|il y a) (?:un|une) (?:numero de (?:dossier|demande|suivi)|reference)\b|\b1e1f \d{4} \d{6}\b"
)


def asks_response_time(text: str) -> bool:
    """« combien de temps avant d'avoir une réponse ? » about the request, not about the training; not a phone or an
    address given with it (« vous me rappelez quand vous voulez, mon portable c'est le 06… »: review)."""
    return _says(_RESPONSE_TIME, text) and not re.search(r"@|\d(?:[\s.-]?\d){7,}", text or "")


#: « je dois remplir le formulaire sur nosemplois aussi ? » once sent (it got the FAQ with the form's link, and a second
#: request risked being sent: seventeenth blind user test).
_MORE_TO_DO = re.compile(
    r"\b(?:remplir|envoyer|faire|deposer|renvoyer)\b.*\b(?:formulaire|dossier)\b.*\baussi\b|"
    r"\b(?:dois je|je dois|faut il|il faut|on doit)\b.*\b(?:autre chose|autre formulaire|le formulaire|un formulaire)\b"
)


#: « et le délai ?? combien de jours ? », « le délai ? » once the request is sent (folded): its response time, then the only
#: delay in question (thirtieth blind user test: « pas de réponse »). Before sending, it is the training's set-up time.
_THE_DELAY = re.compile(
    r"^(?:(?:et|alors|du coup|bon|ok|mais)\s+)*(?:(?:le|quel|quels|les|votre|leur|c est quoi le) delais?|combien de (?:jours|semaines|temps|tps))"
    r"(?:\s+(?:(?:le|quel|quels|les) delais?|de reponse|combien de (?:jours|semaines|temps|tps)|c est combien|environ|svp|merci))*$"
)


def asks_the_delay(text: str) -> bool:
    """« et le délai ? combien de jours ? » alone: once the request is sent, how long its answer takes."""
    return _says(_THE_DELAY, text)


def asks_more_to_do(text: str) -> bool:
    return _says(_MORE_TO_DO, text)


def asks_reference(text: str) -> bool:
    return _says(_REFERENCE, text)


#: Whether (or when) the derogation is granted (folded): « on saura quand si la derogation est acceptee ? », « la dérogation sera
#: accordée ? », « vous me direz si la dérogation passe ? ».
_DEROGATION_DECIDED = re.compile(
    r"\bderog\w*\b.*\b(?:accept\w*|accord\w*|valid\w*|refus\w*|retenu\w*|obtenu\w*|passe|passera|ok|reponse)\b|"
    r"\b(?:accept\w*|accord\w*|valid\w*|refus\w*|reponse)\b.*\bderog\w*\b"
)


def asks_about_the_derogation_decision(text: str) -> bool:
    """« on saura quand si la derogation est acceptee ? »: a question on the decision on a derogation (once it was sent with the
    request, what comes next answers it, not the FAQ's « Il faudra alors nous adresser une demande de dérogation »)."""
    return "?" in (text or "") and _says(_DEROGATION_DECIDED, text)


def asks_what_next(text: str) -> bool:
    """« et maintenant il se passe quoi ? » once the request is sent (it got the set-up delay: sixth blind user test)."""
    return _says(_WHAT_NEXT, text) or asks_response_time(text)


def asks_about_the_next_steps(text: str) -> bool:
    """What comes next, how long the answer takes, or whether there is more to do, once the request is sent: what the next
    steps answer (not « il démissionne pendant la formation, on fait quoi ? », about the candidate: thirty-eighth blind user
    test)."""
    return (asks_what_next(text) or asks_more_to_do(text)) and not someone_else_gives_up(text)


#: Whether the request went (folded): « c'est envoyé ou pas ? », « c bien parti ? », « ma demande a été transmise ? », « vous avez
#: bien reçu ma demande ? »; not where, how or to whom it goes (« c'est envoyé à qui ? »).
_SENT_ASKED = re.compile(
    r"(?:\b(?:c est|c|ca a ete|c a ete|c etait|tout est|elle est|elle a ete|(?:ma|la|notre|mon|le) (?:demande|dossier|intention(?: d embauche)?)"
    r"(?: elle| il)? (?:est|a ete))\s+(?:bien\s+|deja\s+|donc\s+|finalement\s+)*"
    r"(?:envoye|envoyee|parti|partie|transmis|transmise|enregistre|enregistree)\b|"
    r"\bvous avez (?:bien\s+)?recu (?:ma|la|notre|mon|le) (?:demande|dossier)\b|"
    # (« rien n'est parti hein ? », « c'est pas parti ? » right after a cancel got « Posez-moi votre question »: fifty-second blind
    # user test, u52-12)
    r"\b(?:rien|elle|ma demande|la demande)\s+(?:n\s+|ne\s+)?(?:est|a ete)\s+(?:pas\s+)?(?:encore\s+|donc\s+|bien\s+)*"
    r"(?:envoye|envoyee|parti|partie|transmis|transmise)\b|"
    r"\b(?:c est|c|ca a)\s+(?:pas|rien)\s+(?:ete\s+)?(?:encore\s+)?(?:envoye|parti|transmis)\b)"
    r"(?!\s+(?:a qui|a quel\w*|ou(?! pas| non)\b|quand|comment|par|chez|aux?|a la|dans)\b)"
)


def asks_whether_sent(text: str) -> bool:
    """Whether ``text`` asks if the request was sent (:data:`_SENT_ASKED`), as a question (a « ? », « ou pas », « ou non »)."""
    said = normalize(text or "")
    return bool(_SENT_ASKED.search(said)) and ("?" in (text or "") or bool(re.search(r"\bou (?:pas|non)\b", said)))


_CONFIRMATION = re.compile(
    r"\b(?:confirmation|accuse de reception|accuse reception)\b|"
    r"\b(?:recevoir|recevrai|recevrais|recevrons|recoit|recoi[st]|recevez|aurai|aurais|aura|aurons|aurez|avoir|(?:m|nous) (?:envoyez|envoie|enverrez|enverra)) "
    r"(?:\w+ ){0,2}(?:mail|e mail|email|courriel|copie|recapitulatif)\b"
)
_ASKED = re.compile(r"^(?:est ce|je vais|vais je|on va|va t on|je recois|on recoit|vous|y aura|aurai je|recevrai je|et)\b")


def asks_confirmation(text: str) -> bool:
    """« je recevrai une confirmation par mail ? » (not understood: seventh blind user test). A question only:
    « je confirme » or « confirmation » alone at the recap are not asking."""
    said = normalize(text or "")
    return bool(_CONFIRMATION.search(said)) and ("?" in (text or "") or bool(_ASKED.search(said)))


_WITHDRAW = re.compile(r"\b(?:annul\w*|retir\w*|abandonn\w*|supprim\w*|plus besoin|trouve quelqu un|on laisse tomber)\b")


#: A protest that the request went (folded): « quoi ?? j'ai pas dit d'envoyer ! » (the FAQ on how to send one: fiftieth blind
#: user test, u50-11), « je n'ai jamais confirmé », « je voulais pas l'envoyer », « pourquoi vous l'avez envoyée ? », « il fallait
#: pas l'envoyer », « c'était pas validé », « envoyé sans mon accord », « j'avais pas fini ». Not a value said wrong (« j'ai pas
#: dit 3 postes »).
_SENT_UNWANTED = re.compile(
    r"\b(?:j|je|jai|javais|on|nous)\s+(?:n\s+|ne\s+)?(?:vous\s+|l\s+|la\s+)?(?:(?:ai|avais|a|avait|avons|avions)\s+)?(?:vous\s+|l\s+|la\s+)?"
    r"(?:pas|jamais|rien)\s+(?:encore\s+)?"
    r"(?:(?:dit|demande|ecrit)\s+(?:de\s+|d\s+)?(?:l\s+|la\s+)?(?:envoy\w*|transmet\w*|transmett\w*|valid\w*|confirm\w*|oui|ok|go)|"
    r"confirme|valide|autorise|clique|appuye|donne (?:mon|notre) accord|envoye|fini|termine)\b|"
    r"\b(?:voulais|voulait|voulions|veux|voulu|souhaitais)\s+pas\s+(?:encore\s+)?(?:l\s+|la\s+)?(?:envoy\w*|transmet\w*|transmett\w*|valid\w*)|"
    r"\bpourquoi\s+(?:vous\s+|l\s+|c\s+|ca\s+|elle\s+)*(?:avez|a|est|as)\s+(?:ete\s+|deja\s+)*(?:envoy\w*|transmis\w*|parti\w*|valide\w*)|"
    r"\b(?:fallait|faut|fallu|devait|deviez)\s+pas\s+(?:encore\s+)?(?:l\s+|la\s+)?(?:envoy\w*|transmet\w*|transmett\w*|valid\w*)|"
    r"\b(?:c etait|c est|c|ct|c etais)\s+pas\s+(?:encore\s+)?(?:valide\w*|confirme\w*|fini|termine)\b|"
    r"\bsans (?:mon|ma|notre) (?:accord|confirmation|validation|feu vert)\b|"
    r"\b(?:envoy\w*|transmis\w*|parti\w*)\s+(?:par erreur|trop tot|sans que)\b"
)


def asks_to_withdraw(text: str) -> bool:
    """« finalement on annule, on a trouvé quelqu'un en interne » once the request is sent (it got « nothing to
    cancel », twice: eighth blind user test); or a protest that it went (:data:`_SENT_UNWANTED`)."""
    # (Not « et si il abandonne ? », the candidate dropping out: thirty-eighth blind user test.)
    plain = without_someone_else_giving_up(normalize(text or ""))
    return bool(_WITHDRAW.search(plain) or _SENT_UNWANTED.search(plain))


def _call_back_phone(slots: Mapping[str, Any] | None) -> str | None:
    """The phone to call back on when the request has no e-mail (forty-second blind user test), else None."""
    if not slots or slots.get("contact_email") or not slots.get("contact_phone"):
        return None
    return display("contact_phone", slots["contact_phone"])


def sent_reply(reference: str, created: bool, slots: Mapping[str, Any] | None = None) -> str:
    """The reply to a stored request: its reference, and the confirmation e-mail when one is sent (none without an e-mail:
    the call back said)."""
    if not created:
        return msg.ALREADY_SUBMITTED.format(reference=reference)
    if (phone := _call_back_phone(slots)) is not None:
        return " ".join([msg.SUBMITTED.format(reference=reference), msg.NO_ACKNOWLEDGEMENT.format(phone=phone)])
    return " ".join([msg.SUBMITTED.format(reference=reference), *([msg.CONFIRMATION_ON_ITS_WAY] if settings.sends_mail() else [])])


def confirmation_reply(reference: str | None, slots: Mapping[str, Any] | None = None) -> str:
    """Whether a confirmation e-mail is sent (only when the deployment sends e-mail, and never without an e-mail), and the
    reference that confirms."""
    if (phone := _call_back_phone(slots)) is not None:
        said = msg.CONFIRMATION_REFERENCE_SAID.format(reference=reference) if reference else ""
        return msg.CONFIRMATION_WITHOUT_EMAIL.format(reference_said=said, phone=phone)
    mail = settings.sends_mail()
    if reference:
        return (msg.CONFIRMATION_MAILED if mail else msg.CONFIRMATION_BY_REFERENCE).format(reference=reference)
    return msg.CONFIRMATION_WILL_BE_MAILED if mail else msg.CONFIRMATION_WILL_BE_A_REFERENCE
