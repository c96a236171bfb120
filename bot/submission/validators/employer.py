"""Employer type: private company, public employer or association, from a free answer."""

from __future__ import annotations

import re

from bot.dialogue import messages as say
from bot.language import fuzzy
from bot.language.lexicon import BUSINESS_KINDS, EMPLOYER_NOUNS, LEGAL_FORMS, ORDINARY_LEGAL_FORMS, legal_forms, typed_alternation
from bot.language.normalize import normalize
from bot.submission.fields import FieldResult, fail, never_raises, ok, precheck, read_answer

EMPLOYER_TYPE_LABELS: dict[str, str] = {
    "prive": "Entreprise privée",
    "public": "Employeur public (collectivité, hôpital, fonction publique)",
    "association": "Association",
}

#: Folded keywords -> employer type. Adjectives (« public », « privé ») beat nouns
#: (« entreprise publique » is public, « hôpital privé » is private).
_EMPLOYER_ADJECTIVES = {
    "priv": "prive",  # SMS (« priv » was not recognised: twenty-first blind user test)
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
#: What a public body runs (« camping municipal » was not recognised: seventeenth blind user test): only when nothing
#: else says what the employer is (« SARL qui gère le camping municipal », « association intercommunale »: review).
#: Read as typed only: one typo away from too many ordinary words (« communauté », « municipalité »).
_RUN_BY_A_TOWN = frozenset(
    "municipal municipale municipaux municipales communal communale communaux intercommunal intercommunale regie".split()
)
#: Businesses that are private companies (« on est un garage » was asked again: twelfth blind user test), read as typed
#: only (« garage » and « usine » are a typo away from « garbage » and « urine »), and only when nothing else says what
#: the employer is (« le restaurant scolaire de la mairie » is the town's: review).
_BUSINESSES = frozenset(
    word for noun in ("garage", "boulangerie", "restaurant", "resto", "hotel", "magasin", "usine", "clinique", "supermarche", "camping")
    for word in (noun, noun + "s")
)
_EMPLOYER_NOUNS = {
    # the table's nouns that say a type (bot/language/lexicon.py), and plurals said as often
    **{noun: kind for noun, kind in EMPLOYER_NOUNS.items() if kind},
    "entreprises": "prive",
    # the legal forms (bot/language/lexicon.py), but those that are ordinary words: alone only, below
    **{form: kind for form, kind in LEGAL_FORMS.items() if form not in ORDINARY_LEGAL_FORMS},
    "pme": "prive",
    "tpe": "prive",
    "artisan": "prive",
    "commercant": "prive",
    "commerce": "prive",
    # (a cooperative is a private company: « une société coopérative agricole » was asked again, thirty-sixth blind user test)
    "cooperative": "prive",
    "cooperatives": "prive",
    "scop": "prive",
    "scic": "prive",
    "cuma": "prive",
    # (farms' forms, EARL, GAEC, SCEA, are in the table: « une exploitation agricole, EARL » was not recognised, third blind
    # user test, 2026-11-30)
    "collectivites": "public",
    "hopital": "public",
    "chu": "public",
    "administration": "public",
    "intercommunalite": "public",
    "ccas": "public",
    "epci": "public",
    "associations": "association",
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
    # (« je suis auto entrepreneuse » was not recognised: thirty-seventh blind user test)
    ("auto entrepreneuse", "prive"),
    ("auto entrepreneurs", "prive"),
    ("autoentrepreneur", "prive"),
    ("autoentrepreneuse", "prive"),
    ("micro entrepreneur", "prive"),
    ("micro entrepreneuse", "prive"),
    ("microentrepreneur", "prive"),
    ("microentrepreneuse", "prive"),
    ("micro entreprise", "prive"),
    ("exploitation agricole", "prive"),
    ("agence d interim", "prive"),
    ("agence interim", "prive"),
    ("restaurant scolaire", "public"),
    ("restaurant universitaire", "public"),
    ("restaurant municipal", "public"),
    ("regie municipale", "public"),
    ("regie publicitaire", "prive"),
    ("regie de quartier", "association"),
    ("regie communale", "public"),
    ("regie intercommunale", "public"),
    ("garage municipal", "public"),
    ("hotel de region", "public"),
    ("hotel du departement", "public"),
    ("hotel dieu", "public"),
    ("restos du coeur", "association"),
    ("restaurants du coeur", "association"),
    ("secteur prive", "prive"),
    ("loi 1901", "association"),
)
#: Real French words (and first names: « c'est Marie, la gérante ») one typo away from a keyword
#: that is not their own root: never « corrected » into it. A test checks this list against
#: the words of spaCy's French vocabulary (tests/submission/test_submission_fields.py).
_NOT_EMPLOYER_WORDS = frozenset(
    """
    comparative comparatives cooperatif cooperatifs cooperation cooperations corporative corporatives
    prise prises prime primes price prices pries priee privez pride prize priva prove prisee primee prisees
    primees priees priver commun communs communes commuee commute communier communie commence commencer
    commencez commencee commences commercer commere commerage commencent commencant commencait commentant
    commettant commercent publie publia publis publies marie maorie boire bonte botte boise boive boute
    boiter boote bonite collective collectives connectivite connectivites collectivisme collectiviste
    collectivistes administrative administratif administratifs assis assois asses entremise entreprit
    entrepose entretoise entreposes entretoises entrecroises associait societale assas asson assous
    boito brite commercy maisie privas prizee publicis publius
    """.split()
)
_FUZZY_EMPLOYER_WORDS = tuple(
    w for w in (*_EMPLOYER_ADJECTIVES, *_EMPLOYER_NOUNS) if len(w) >= 5 and w.isalpha()
)
#: Shortest word corrected by the typo rule (« prive » has 5 letters).
_MIN_TYPO_LETTERS = 5


def _employer_word(word: str) -> tuple[str, bool] | None:
    """(type, is_adjective) for a folded word, tolerating one typo (two beyond 8 letters)."""
    if word in _EMPLOYER_ADJECTIVES:
        return _EMPLOYER_ADJECTIVES[word], True
    if word in _EMPLOYER_NOUNS:
        return _EMPLOYER_NOUNS[word], False
    key = fuzzy.correct_word(word, _FUZZY_EMPLOYER_WORDS, _NOT_EMPLOYER_WORDS, min_length=_MIN_TYPO_LETTERS)
    if key is None:
        return None
    if key in _EMPLOYER_ADJECTIVES:
        return _EMPLOYER_ADJECTIVES[key], True
    return _EMPLOYER_NOUNS[key], False


#: Words before an adjective that make it the employer's type (« une entreprise privée », « on est public »),
#: not a job's or a training's (« travaux publics », « accueil du public »).
_EMPLOYER_CUES = frozenset({*_EMPLOYER_NOUNS, "employeur", "structure", "secteur", "etablissement", "est", "sommes", "suis", "etes"})


def employer_word(plain: str) -> str | None:
    """The employer type one word alone names (normalised: « privé », « public », « asso »), from the validator's own tables."""
    word = plain.strip()
    return _EMPLOYER_ADJECTIVES.get(word) or (_EMPLOYER_NOUNS.get(word) if _EMPLOYER_NOUNS.get(word) == "association" else None)


def employer_adjective(plain: str) -> str | None:
    """The employer type an adjective of normalised text names (« c une entreprise privée », « on est pas
    du tout public »), if an employer word or « on est » comes shortly before it."""
    words = plain.split()
    for i, word in enumerate(words):
        if word in _EMPLOYER_ADJECTIVES and (i == 0 or words[i - 1] not in _NOT_EMPLOYER_BEFORE) and _EMPLOYER_CUES & set(words[max(0, i - 4):i]):
            return _EMPLOYER_ADJECTIVES[word]
    return None


#: « travaux publics », « accueil du public », « les transports publics »: a job's or a training's words.
_NOT_EMPLOYER_BEFORE = frozenset({"travaux", "du", "au", "aux", "le", "les", "grand", "lieux", "lieu", "transports", "transport",
                                  "marches", "marche", "jardin", "jardins", "ordre", "relations"})


#: An organisation that follows, helps or sends the candidate (folded): « suivi par une asso », « accompagnée par une association
#: d'insertion », « il passe par une asso qui l'aide ».
_HELPING_SOMEONE = re.compile(
    r"\b(?:suivie?s?|accompagnee?s?|aidee?s?|orientee?s?|envoyee?s?|recommandee?s?|soutenue?s?|epaulee?s?|parrainee?s?|pris en charge"
    r"|passe|passent|vient|viennent|connu|connue)\s+(?:par|via|de)\s+(?:(?:une?|l|la|le|des|notre|mon|ma)\s+)?(?:autre\s+)?"
    rf"(?:{'|'.join(n for n, kind in EMPLOYER_NOUNS.items() if kind == 'association')})s?\b(?:\s+(?:d|de)\s+\w+)?(?:\s+qui\s+\w+(?:\s+\w+)?)?"
)


#: Sayings that hold a business's word (folded): « une usine à gaz » is something too complicated.
_SAYINGS = re.compile(r"\busines? a gaz\b")


@never_raises
def validate_employer_type(text: str) -> FieldResult:
    """« prive », « public » or « association » from a free answer."""
    cleaned, error = precheck(text, "")
    if error:
        return _parse_employer_type(text)
    return read_answer(cleaned, "employer_type", _parse_employer_type)


def _parse_employer_type(text: str) -> FieldResult:
    """« prive », « public » or « association » from a free answer."""
    cleaned, error = precheck(text, say.EMPLOYER_EMPTY)
    if error:
        return fail(error)
    folded = normalize(cleaned).replace("hotel de ville", "mairie")  # not a hotel
    # « ni tout à fait une entreprise classique ni une association »: what the employer is not (a cooperative read as an
    # association: thirty-sixth blind user test)
    folded = re.sub(r"\bni\s+(?:(?:tout a fait|vraiment|non plus)\s+)?(?:(?:une?|d|des|l|la|le)\s+)?\w+(?:\s+(?:classique|normale?|privee?|publique?))?", " ", folded)
    # an association that follows or helps the candidate is not the employer (« je crois qu'il est suivi par une asso » made a
    # transport company an association: thirty-ninth blind user test)
    folded = _HELPING_SOMEONE.sub(" ", folded)
    # a saying is no business (« c'est toujours de l'usine a gaz » opened a request with « Entreprise privée »: fifty-second
    # blind user test, u52-05)
    folded = _SAYINGS.sub(" ", folded)
    adjectives: set[str] = set()
    nouns: set[str] = set()
    padded = f" {folded} "
    for phrase, kind in _EMPLOYER_PHRASES:
        if f" {phrase} " in padded:
            (adjectives if kind == "association" else nouns).add(kind)
    if folded in ORDINARY_LEGAL_FORMS:
        nouns.add(LEGAL_FORMS[folded])  # « SA » alone
    for word in folded.split():
        found = _employer_word(word)
        if found:
            (adjectives if found[1] else nouns).add(found[0])
    if not adjectives and not nouns and any(word in _RUN_BY_A_TOWN for word in folded.split()):
        nouns.add("public")
    if not adjectives and not nouns and any(word in _BUSINESSES for word in folded.split()):
        nouns.add("prive")
    kinds = adjectives or nouns
    if "association" in adjectives | nouns:
        # « association », « association privée », « asso loi 1901 »; « association publique » is unclear.
        kinds = {"association"} | (adjectives & {"public"})
    if len(kinds) == 1:
        return ok(next(iter(kinds)))
    if len(kinds) > 1:
        return fail(say.EMPLOYER_SEVERAL)
    return fail(say.EMPLOYER_NOT_FOUND)


def employer_type_guessed_from(text: str) -> str | None:
    """The word (folded) the employer type of ``text`` is guessed from, a business (« magasins », « resto ») or what a town runs
    (« municipal »), when nothing else in it says the type (« en fait on est 3 magasins mais on recrute que 1 personne » was
    recorded as « Entreprise privée » without a word: forty-eighth blind user test, u48-01); None when the type is said as such
    or none is read."""
    if _parse_employer_type(text).value is None:
        return None
    folded = normalize(text or "")
    guessed = [w for w in folded.split() if w in _RUN_BY_A_TOWN] + [w for w in folded.split() if w in _BUSINESSES]  # (the town's first)
    if not guessed:
        return None
    rest = " ".join(w for w in folded.split() if w not in _BUSINESSES and w not in _RUN_BY_A_TOWN)
    return guessed[0] if not rest.strip() or _parse_employer_type(rest).value is None else None


#: An answer that is only a type of employer, as the buttons of its question say it (« Entreprise privée », « Employeur
#: public », « Association »): typed at the job or the company question when the type's question was skipped, it was
#: stored as the job (« Poste : Entreprise privée ») or the company's name (twentieth blind user test). Normalised text.
_TYPE_ONLY = re.compile(
    r"^(?:(?:c est|c|on est|nous sommes|je suis)\s+)?(?:(?:une?|l|le|la)\s+)?"
    r"(?:(?:entreprise|employeur|structure|secteur|societe|etablissement|organisme|collectivite)s?\s+"
    r"(?:privee?s?|publique?s?|public|associati(?:f|ve)s?)|associations?|assos?|employeur|entreprise)$"
)


def only_an_employer_type(text: str) -> bool:
    """Whether ``text`` says only what kind of employer it is (« Entreprise privée », « employeur public (collectivité,
    hôpital, fonction publique) », « une association »), which is neither a job nor a company's name."""
    if bool(_TYPE_ONLY.match(normalize(_BUTTON_ASIDE.sub(" ", text or "")).strip())):
        return True
    # « Entreprise privée (SARL) », « Association (loi 1901) », « Employeur public (Mairie) »: brackets without a name (third review).
    found = _TYPE_THEN_NAME.match((text or "").strip())
    return bool(found and _NO_NAME.fullmatch(normalize(found.group("name"))) and _TYPE_ONLY.match(normalize(found.group("kind")).strip()))


#: A legal form or a size of company said alone (normalised): « c'est une sarl », « on est une SAS », « EARL », « nous sommes une
#: PME » (at the start date, « c'est une sarl » was « pas reconnu de date », the employer type not noted: review).
_LEGAL_FORM_ALONE = re.compile(
    r"^(?:(?:c est|cest|c|on est|nous sommes|nous on est|je suis|on est en|c est en)\s+)?(?:(?:une?|l|le|la|en)\s+)?"
    rf"(?:{'|'.join(legal_forms())}|pme|tpe|auto entrepreneur|micro entreprise)$"
)


def employer_type_alone(text: str) -> str | None:
    """The employer type that is the whole of ``text`` (:func:`only_an_employer_type`, or a legal form alone: « c'est une
    sarl », « on est une SAS »), else None: said at another question, it is noted for its own."""
    plain = normalize(_BUTTON_ASIDE.sub(" ", text or "")).strip(" .!")
    if not (only_an_employer_type(text) or _LEGAL_FORM_ALONE.match(plain)):
        return None
    checked = validate_employer_type(text)
    return checked.value if checked.kind == "value" and isinstance(checked.value, str) else None


#: The brackets of the public employer's button (« (collectivité, hôpital, fonction publique) », « (collectivité,
#: hôpital…) »): only these are taken off. A name in brackets is a name (« Association (Les Restos du Coeur) » was
#: refused: review of the twentieth blind user test's fixes).
_BUTTON_ASIDE = re.compile(
    r"\(\s*(?:(?:collectivit[ée]s?|h[ôo]pita(?:l|ux)|fonction publique|administrations?|etc\.?|…|\.\.\.)\s*[,/]?\s*)+\)", re.IGNORECASE
)
#: « Association (Les Restos du Coeur) », « employeur (Mairie de Cholet) »: a type of employer, then the name in brackets.
_TYPE_THEN_NAME = re.compile(r"^(?P<kind>[^()]+?)\s*\(\s*(?P<name>[^()]*[^\W\d_][^()]*?)\s*\)\s*[.!]*$")


def name_after_employer_type(text: str) -> str | None:
    """The name in « Association (Les Restos du Coeur) » (a type of employer, then the name in brackets), else None."""
    found = _TYPE_THEN_NAME.match((text or "").strip())
    if found is None or not only_an_employer_type(found.group("kind")) or only_an_employer_type(text):
        return None
    if len(found.group("name").split()) < 2 and found.group("name").islower():
        return None  # « employeur public (mairie) »: a kind, no name (kept whole, as before)
    return found.group("name")


#: What brackets after a type of employer hold when they give no name: a legal form, a size, a sector, a kind of body.
_NO_NAME = re.compile(
    rf"(?:{'|'.join(legal_forms())}|micro entreprise|auto entrepreneur|pme|tpe|eti|ge|btp|"
    r"loi 1901|loi de 1901|association loi 1901|mairie|commune|collectivite(?: territoriale)?|hopital|ehpad|etablissement public|"
    r"fonction publique(?: territoriale| hospitaliere| d etat)?|prive|public|privee|publique|secteur prive|secteur public)"
)


#: A name that opens with a public body (normalised): « Commune de Château-Gontier-sur-Mayenne », « Mairie de Saumur », « Ville du
#: Mans », « Communauté de communes du Pays de Craon », « CCAS de Cholet », « CHU Angers » (not « Ville Propre », « Commune Libre »).
_PUBLIC_NAME = re.compile(
    r"^(?:(?:commune|mairie|ville|communaute (?:de communes|d agglomeration|urbaine)|centre hospitalier) (?:de|du|des|d)\b"
    r"|(?:ccas|chu) \w)"
)
#: A name that opens with « Association », « Asso » (normalised): « Association Les Amis du Bocage ».
_ASSOCIATION_NAME = re.compile(r"^(?:association|asso) \w")
#: A private company's legal form in the name: in capitals (« SAS Dupont », « EARL du Bocage », « Garage Martin SARL »), or
#: in lower case opening or ending it (« sarl dupont »; not « Le Sas Café », « les saveurs de sa maison »).
_LEGAL_FORM = re.compile(rf"\b(?:{typed_alternation(legal_forms(), upper=True)})\b")
_LEGAL_FORM_WORDS = frozenset(legal_forms(ordinary=False))


#: The kinds of business of the table (bot/language/lexicon.py) that only a private company runs: a name opening with one is a
#: private company's (« boulangerie durand », « transports bernard » had the type asked: twenty-fifth blind user test). Not a
#: public body's (« mairie », « commune »), nor one that a town, a hospital or an association may run as well (« ehpad »,
#: « maison », « etablissement », « agence », « groupe », « laboratoire », « atelier »).
_PRIVATE_BUSINESS_KINDS = frozenset(BUSINESS_KINDS) - frozenset(
    {"mairie", "commune", "ehpad", "maison", "etablissement", "agence", "groupe", "laboratoire", "atelier", "centre hospitalier",
     "amicale", "club", "comite", "federation", "fondation"}
)
#: « associatif », « associative » in a name (« EHPAD associatif Les Tilleuls »).
_ASSOCIATIVE = frozenset({"associatif", "associative", "associatifs", "associatives"})


def _private_business_kind(word: str) -> bool:
    """Whether a folded word is a private business's kind, singular or plural (« transports »)."""
    return word in _PRIVATE_BUSINESS_KINDS or (word.endswith("s") and word[:-1] in _PRIVATE_BUSINESS_KINDS)


def employer_type_of_name(name: str) -> str | None:
    """The employer type a company's name says (« Commune de … », « Mairie de … »: public; « Association … », « EHPAD associatif … »:
    association; « SAS … », « EARL … », « … SARL », « Boulangerie … », « Transports … »: private), else None: the employer type was
    asked after such a name (twenty-second and twenty-fifth blind user tests)."""
    plain = normalize(name or "")
    words = plain.split()
    # (the legal form's employer type, the table's: bot/language/lexicon.py)
    typed = _LEGAL_FORM.search(name or "")
    form = (normalize(typed.group(0)) if typed else words[0] if words and words[0] in _LEGAL_FORM_WORDS
            else words[-1] if words and words[-1] in _LEGAL_FORM_WORDS else None)
    kinds = {kind for kind, said in (("public", _PUBLIC_NAME.match(plain)), ("association", _ASSOCIATION_NAME.match(plain))) if said}
    if form is not None:
        kinds.add(LEGAL_FORMS[form])
    if not kinds and _ASSOCIATIVE & set(words):
        kinds.add("association")
    if not kinds and len(words) > 1 and _private_business_kind(words[0]):
        # Unless the rest of the name says another type (« Restaurant scolaire de Cholet », « Camping municipal du Lac »,
        # « Hôtel de Région »: public), or two of them.
        said = _parse_employer_type(name)
        if isinstance(said.value, str):
            kinds.add(said.value)
        elif said.error != say.EMPLOYER_SEVERAL:
            kinds.add("prive")
    return kinds.pop() if len(kinds) == 1 else None
