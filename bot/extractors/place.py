"""Place of the job (commune, postal code or department) in an employer's answer.

``extract_place("je recrute un soudeur à Cholet")`` returns
``Place(department="49", department_name="Maine-et-Loire", in_region=True,
commune="Cholet", postal_code="49300")``.

Data (read through :mod:`bot.language.places`): ``data/eligibility/communes.csv`` (every commune of the region, with
delegated communes, and the communes of 5,000 inhabitants or more elsewhere)
and ``data/eligibility/departements.csv`` (see ``data/eligibility/SOURCES.md``).

What is understood:

* postal codes (« 44600 »): the department, and the commune when the code
  belongs to a single current commune of the region (the table is complete only
  there, so elsewhere only the department is given); Corsican codes go to 2A/2B
  and overseas codes to their three-digit department;
* names of communes and departments, exact after folding case, accents,
  hyphens and « St »/« Ste », the longest first (« La Roche-sur-Yon », never
  « Roche »); without their article (« Roche-sur-Yon »), by the first part of a
  merged commune (« Ancenis » → Ancenis-Saint-Géréon), and a few usual short
  forms (« La Baule »); such one-word short forms need a place preposition
  (« à Ancenis ») unless they are the whole answer;
* department numbers, only when the answer is basically the number (« 44 »,
  « le 49 ») or when they follow « département », « dépt », « dans le », « en »,
  or stand next to a commune name (« Allonnes (72) »): « 35 heures » is no place;
* misspelt names (:mod:`bot.language.fuzzy`: one edit up to 8 letters, two beyond, same first
  letter) on spans of 5 letters or more, among the region's communes of 2,000
  inhabitants or more, the big cities and the departments; only when the
  answer is basically that name (« chollet », « à st nazair ») or when it is
  capitalised after a place preposition (« je recrute à Chollet »), and never
  for ordinary words that happen to be one letter away from a town
  (« maison », « savoir », « moyenne »).

Names that are also ordinary French words (« Vue », « Change », « Orange »,
« Nord », « Lot », « La Réunion »…) count only when the answer is just that
name, after « commune de »/« département de », next to a postal code or
department number, or capitalised after a preposition (« à Vue »). Street
names (« rue de Nantes ») and the region's name (« Pays de la Loire ») are not
places.

When a name is shared by communes of the region and elsewhere, the region
wins; by communes of several departments (Allonnes, 49 and 72), the result is
an :class:`AmbiguousPlace` unless another clue in the answer (« 72 »,
« Sarthe », « 72700 ») decides. Mentions that contradict each other (« Nantes
… Paris ») also give an :class:`AmbiguousPlace`, unless a correction (« en
fait », « non, ») says which one counts; « près de X » only counts when
nothing else is said; negated places (« pas à Paris ») are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.language import places
from bot.language.cues import HESITATION_WORDS, THING_NOUNS, stands_for_a_thing
from bot.language.fuzzy import nearest
from bot.language.lexicon import employer_nouns, typed_alternation
from bot.language.months import CALENDAR_WORDS
from bot.language.normalize import fold, normalize
from bot.language.places import REGION_DEPARTMENTS, Commune
from bot.language.places import place_key as _key
from bot.language.places import spell_saints as _canon_tokens
from bot.language.tokens import SEP, after_last_correction, clean_input, is_negated, tokenize_pair, without_addresses

__all__ = ["REGION_DEPARTMENTS", "AmbiguousPlace", "Place", "department_label", "extract_place"]


@dataclass(frozen=True)
class Place:
    """A place in France: always a department, sometimes a commune and postal code."""

    department: str
    department_name: str
    in_region: bool
    commune: str | None = None
    postal_code: str | None = None


@dataclass(frozen=True)
class AmbiguousPlace:
    """Places of several departments for one answer; the dialogue asks which.

    ``name`` is the commune name shared by the options (« Allonnes »), or the
    contradicting names joined by « ou » (« Nantes ou Paris »).
    """

    name: str
    options: tuple[Place, ...]


# --------------------------------------------------------------------------- data


@dataclass(frozen=True)
class _Tables:
    departments: dict[str, str]  # code -> name
    communes_by_name: dict[str, tuple[Commune, ...]]  # exact names
    communes_by_alias: dict[str, tuple[Commune, ...]]  # without article, short forms, prefixes
    departments_by_name: dict[str, str]  # folded name -> code
    max_name_tokens: int
    fuzzy_keys: dict[str, tuple[str, ...]]  # first letter -> folded names
    longer_names: dict[str, tuple[str, ...]]  # a commune's folded name -> longer names of the region's communes it begins


_ARTICLES = frozenset({"le", "la", "les", "l"})
_CONNECTORS = frozenset({"sur", "en", "de", "d", "du", "des", "la", "le", "les", "l", "saint", "sainte", "et", "aux", "au", "sous", "lez"})

#: Usual short names of communes of the region (short form -> official folded name).
_SHORT_FORMS = {
    "la baule": "la baule escoublac",
    "baule": "la baule escoublac",
    "les sables": "les sables d olonne",
    "sables d olonne": "les sables d olonne",
    "saint gilles": "saint gilles croix de vie",
    "saint gilles croix": "saint gilles croix de vie",
    "saint naz": "saint nazaire",
    "lrsy": "la roche sur yon",
    "yeu": "l ile d yeu",
    "chateau gontier": "chateau gontier sur mayenne",
}

#: A river's name that is also a department's and a commune's without its accent (folded name -> the departments it may
#: stand for, the region's first): « Loire » alone is Loire-Atlantique, Maine-et-Loire or the Loire (42), asked; it was the
#: commune Loiré (49440), silently (found talking to make run). « Loiré » typed with its accent, « à Loire », « Loire 49440 »
#: are the commune; « dans la Loire », « en Loire », « département de la Loire » the department, a department's number decides.
_RIVER_DEPARTMENTS = {"loire": ("44", "49", "42")}

#: Department short forms.
_DEPARTMENT_SHORT_FORMS = {
    "loire atl": "44",
    "maine loire": "49",
    "reunion": "974",
    "belfort": "90",
    "corse": "20",  # resolved to 2A/2B options below
}

#: Commune and department names that are also ordinary French words (« vue »,
#: « change », « orange », « le port »…): they need a clue (see module docstring).
#: (And names made only of common words, which are ordinary phrases: « il est entre deux missions » was Entre-Deux, La
#: Réunion, and the project not eligible (twenty-second blind user test); « dans un petit bourg près de Cholet » was
#: Petit-Bourg, Guadeloupe; « un grand champ » Grand-Champ, Morbihan; « la Croix-Rouge » Croix, Nord.)
_COMMON_WORD_NAMES = frozenset(
    name.strip()
    for name in """
    andouille, anse, angles, mer, athee, avion, ballots, bauge, benet, bouee, bouillante, broc, cannes, chasse,
    chateauneuf, chatelain, chauve, cheville, clefs, cognac, colombes, condom, contes, corne, coutures, crisse,
    cures, degre, douillet, drain, drap, embrun, eu, falaise, fille, fontaine, force, forges, fosses, fougere,
    fronton, gaillard, gap, gene, geste, gorges, goyave, grasse, grenade, grues, ifs, jumelles, lasse, lattes,
    leves, ligne, lire, lisses, loue, lourdes, luisant, macon, mache, maille, mare, marquise, martinet, menton,
    mer, mire, monts, moulins, muret, oraison, orange, pantin, persan, pince, place, plaisir, pouille, preaux,
    publier, rene, rives, rouge, saintes, salles, sens, simple, soudan, souille, tasse, tierce, tours, trappes,
    tresses, tulle, valence, vannes, vernie, vienne, vif, vitre, vue, chantilly, champagne, change, clapiers,
    roques, sable,
    le pin, la plaine, le pas, les touches, la montagne, la planche, la varenne, la bosse, la quinte, la couture,
    l epine, l oie, le givre, le tablier, le bernard, la taillee, le cellier, la marne, la riche, la creche,
    le moule, le port, l hopital, le passage, la possession, le marin, le diamant, la garde, les arcs, l union,
    le blanc, la couronne, le robert, la madeleine, la trinite, la verriere, le tampon, le cendre, le coteau,
    le gosier, la gravelle, la doree, saint jean, saint pierre, sainte marie, saint denis, saint joseph,
    sainte rose, saint louis,
    cantal, corse, vouvray, cavaillon, ares, sene, coron, chenu, liez, maze, santes, vaire, sedan, gray, gan, mana,
    saint pere, saint thomas, saint nicolas, saint charles, saint just, francois, parce, perrier, erdre,
    avirons, ballon, bernard, boesse, brette, cellier, cendre, chaille, chalons, chataigneraie, chateau, chaumes,
    colombiers, conge, coteau, couronne, couture, creche, diamant, essarts, fleche, garnache, gosier, gravelle,
    herbiers, hopital, huisserie, jonchere, livre, longeron, lorrain, madeleine, mauves, meziere, montagne,
    montoir, neufchatel, ombree, passage, passavant, pineaux, plaine, planche, pontet, possession, quinte, robert,
    seiches, souligne, tablier, taillee, tampon, touches, trinite, tronche, tronchet, vallon, vallons, varenne,
    varennes, verriere, verrieres, brain, neuville, tremblay, beaufort, beauvoir, bourget, courcelles, pellerin,
    allier, aube, cher, creuse, lot, manche, marne, nord, orne, somme, landes, loire, reunion, la reunion, var,
    indre, gard, aude,
    entre deux, petit bourg, petite ile, petite foret, petit canal, grand champ, trois rivieres, croix
    """.split(",")
)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    departments = {code: department.name for code, department in places.departments().items()}
    departments_by_name = {_key(name): code for code, name in departments.items()}
    for short, code in _DEPARTMENT_SHORT_FORMS.items():
        departments_by_name.setdefault(short, code)
    by_name = dict(places.communes_by_key())

    by_alias: dict[str, list[Commune]] = {}

    def add_alias(alias: str, commune: Commune) -> None:
        if alias in by_name or alias in departments_by_name:
            return
        if commune not in by_alias.setdefault(alias, []):
            by_alias[alias].append(commune)

    for short, official in _SHORT_FORMS.items():
        for commune in by_name.get(official, ()):
            if short in by_name and commune not in by_name[short]:
                # « St Gilles » is also two towns outside the region: Saint-Gilles-Croix-de-Vie is one of the choices
                # (it was not offered: fourteenth blind user test).
                by_name[short] = (*by_name[short], commune)
            add_alias(short, commune)
    prefixes: dict[str, set[Commune]] = {}
    for key, found in by_name.items():
        words = key.split()
        for commune in found:
            # Without the article: « Roche-sur-Yon », « Sables-d'Olonne ».
            if words[0] in _ARTICLES and len(words) > 1:
                rest = " ".join(words[1:])
                if len(words) > 2 or len(rest) >= 6:
                    add_alias(rest, commune)
            # First part of a merged commune of the region: « Ancenis » -> Ancenis-Saint-Géréon.
            if commune.department in REGION_DEPARTMENTS and commune.population is not None:
                for cut in range(1, len(words)):
                    if words[cut] in _CONNECTORS and words[cut - 1] not in _CONNECTORS:
                        prefix = " ".join(words[:cut])
                        if len(prefix.replace(" ", "")) >= 5 and words[0] not in _ARTICLES:
                            prefixes.setdefault(prefix, set()).add(commune)
    for prefix, members in prefixes.items():
        if len(members) != 1:
            continue
        member = next(iter(members))
        outside = by_name.get(prefix, ())
        if outside and all(c.department not in REGION_DEPARTMENTS and (c.population or 0) < (member.population or 0) for c in outside):
            # « Sainte-Luce » is Sainte-Luce-sur-Loire (16 400 inhabitants) here, not the smaller commune of
            # Martinique (eighth blind user test); « Rennes » stays Rennes, not Rennes-en-Grenouilles.
            by_name[prefix] = (member, *by_name[prefix])
        else:
            add_alias(prefix, member)

    fuzzy_keys = sorted(
        {key for key, found in by_name.items() if any(_is_fuzzy_target(c) for c in found)}
        | {key for key, found in by_alias.items() if len(key) >= 6 and any(_is_fuzzy_target(c) for c in found)}
        | {key for key in departments_by_name if len(key) >= 5}
    )
    longer: dict[str, list[str]] = {}
    for key, found in by_name.items():
        words = key.split()
        if any(c.department in REGION_DEPARTMENTS for c in found):
            for cut in range(1, len(words)):
                if " ".join(words[:cut]) in by_name:
                    longer.setdefault(" ".join(words[:cut]), []).append(key)
    common = _COMMON_WORD_NAMES
    max_tokens = max(len(k.split()) for k in [*by_name, *by_alias, *departments_by_name])
    return _Tables(
        departments=departments,
        communes_by_name=dict(by_name),
        communes_by_alias={k: tuple(v) for k, v in by_alias.items()},
        departments_by_name=departments_by_name,
        max_name_tokens=max_tokens,
        fuzzy_keys=_by_first_letter(k for k in fuzzy_keys if k not in common),
        longer_names={k: tuple(v) for k, v in longer.items()},
    )


def _by_first_letter(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for key in keys:
        grouped.setdefault(key[0], []).append(key)
    return {letter: tuple(found) for letter, found in grouped.items()}


def _is_fuzzy_target(commune: Commune) -> bool:
    """Misspellings are looked for among the towns people name: the region's
    communes of 2,000 inhabitants or more and the big cities elsewhere."""
    population = commune.population or 0
    return population >= 2000 if commune.department in REGION_DEPARTMENTS else population >= 50000


# ------------------------------------------------------------------ public helpers


def department_label(code: str) -> str:
    """« Maine-et-Loire (49) » for ``"49"``; the code itself when unknown."""
    found = places.department(code)
    return found.label if found else str(code)


def _department_place(code: str) -> Place:
    return Place(department=code, department_name=_tables().departments.get(code, code), in_region=code in REGION_DEPARTMENTS)


def _commune_place(commune: Commune, postal_code: str | None = None) -> Place:
    if postal_code is None and len(commune.postal_codes) == 1:
        postal_code = commune.postal_codes[0]
    return replace(_department_place(commune.department), commune=commune.name, postal_code=postal_code)


def _commune_options(communes: tuple[Commune, ...]) -> tuple[Place, ...]:
    """One place per department, region first; current communes before delegated ones."""
    in_region = [c for c in communes if c.department in REGION_DEPARTMENTS]
    pool = in_region or list(communes)
    best: dict[str, Commune] = {}
    for commune in pool:
        kept = best.get(commune.department)
        if kept is None or (commune.population or -1) > (kept.population or -1):
            best[commune.department] = commune
    return tuple(_commune_place(c) for c in best.values())


# ------------------------------------------------------------------------ mentions


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    options: tuple[Place, ...]
    name: str
    reference: bool = False  # « près de Nantes »


_FILLERS = frozenset(
    """
    a au aux en dans le la les l de du des d c est on nous sommes je suis j y ici situe situee situes situees
    chez departement dept dpt dep depart oui bonjour merci sur vers ca se passe trouve basee base bases basees
    notre entreprise societe site poste commune ville c mon ma nos secteur region pres proche cote et ou
    """.split()
) | frozenset(
    # Words of a choice or a hesitation around the answer (folded): « plutôt le 44 » after « Loire-Atlantique (44) ou
    # Maine-et-Loire (49) ou Loire (42) ? » was not read, « le 44 » was (review); « euh le 49 », « bah le 72 », « disons le 53 ».
    HESITATION_WORDS
) | frozenset(
    # « Vitré j'ai dit », « Laval comme je vous l'ai dit » were not read (twenty-fifth blind user test)
    "j ai je vous l dit ecrit deja comme precise indique".split()
) | frozenset(
    # A follow-up's lead, as « et »: « mais en mayene ? », « mais a chole ? » named no place (talking to make run, 2026-12-04).
    "mais meme".split()
)
#: SMS spellings of the words that put a place (folded): « ds le 44 », « ds la sarthe » (« ds le 44 » at the place question was not
#: understood: found talking to the assistant). Whole words only.
_SMS_WORDS = {"ds": "dans"}
_DEPARTMENT_CUES = frozenset({"departement", "departements", "dept", "dpt", "dep", "depart", "dpmt"})
#: « where we are » before « à »: participles (« basés à »), or a verb after its subject (« on est à »).
_LOCATED_PARTICIPLES = frozenset(
    "situe situee situes situees base basee bases basees implante implantee implantes implantees "
    "installe installee installes installees".split()
)
_LOCATED_VERBS = frozenset({"est", "sommes", "suis", "trouve", "trouvons"})
_LOCATED_SUBJECTS = frozenset({"on", "nous", "je", "j", "se"})
_COMMUNE_CUES = frozenset({"commune", "ville", "mairie", "agglomeration", "agglo", "metropole", "village"})
#: A client named before a place (« chez un client aux Herbiers »): where an agency's employee works.
_CLIENT_WORDS = frozenset({"client", "clients", "cliente", "clientes"})
_PLACE_PREPOSITIONS = frozenset({"a", "au", "aux", "o", "en", "dans", "sur", "vers", "pres", "proche", "cote"})
_FUZZY_CUES = frozenset({"a", "au", "aux", "o", "dans", "sur", "vers", "pres", "proche", "cote", "secteur"}) | _DEPARTMENT_CUES | _COMMUNE_CUES
#: The article inside a contracted preposition, tried in order (« au Mans » is Le Mans; SMS « o » stands for both).
_CONTRACTED_ARTICLES: dict[str, tuple[str, ...]] = {"au": ("le",), "aux": ("les",), "du": ("le",), "des": ("les",), "o": ("les", "le")}
_NUMBER_CUES = frozenset({"dans", "en"}) | _DEPARTMENT_CUES
_STREETS = frozenset(
    {
        "rue",
        "avenue",
        "av",
        "boulevard",
        "bd",
        "bld",
        "route",
        "chemin",
        "place",
        "allee",
        "impasse",
        "quai",
        "cours",
        "square",
        "rte",
        "ch",
        "imp",
    }
)
#: The words of a street (folded), for other readers: « Rue Victor Hugo » is no person's name.
STREET_WORDS = _STREETS
_REFERENCE = frozenset({"pres", "proche", "cote", "loin", "environs", "alentours", "km", "kms", "kilometres", "minutes", "entre"})
_DIRECTIONS = frozenset({"nord", "sud", "est", "ouest"})
_NOT_AFTER_NUMBER = frozenset(
    """
    h heure heures mois an ans annee annees jour jours semaine semaines euros euro eur e k ke keur salaries salarie
    personnes personne postes poste candidats candidat ans km kms min minutes pourcent pc fois ans m2 m ca eme e
    """.split()
)
_REGION_NAME = (("pays", "de", "la", "loire"), ("pays", "de", "loire"), ("pays", "loire"), ("pdl",))
_DEPARTMENT_NUMBER = re.compile(r"(?:0[1-9]|[1-8]\d|9[0-5]|2a|2b|97[1-6])")
_POSTAL_CODE = re.compile(r"\d{5}")
#: The whole part of a decimal number (« 37,5h », « 24.5 heures »): no department's number.
_DECIMAL = re.compile(r"(?<![\d.,])(\d{1,3})[,.]\d")
_MONEY_AFTER = re.compile(r"\d{5}\s*(?:€|euros?\b|eur\b|k€|e\b|brut|net)", re.IGNORECASE)
#: A SIREN or SIRET typed in groups (« 376530648 71638 », « 802 954 785 00028 »): its groups are no postal code.
_COMPANY_NUMBER = re.compile(r"(?<![\d.])\d(?:[ .]?\d){8,13}(?![\d.])")
#: Ordinary words one edit away from a town name (found by checking a French
#: lexicon): never read as a misspelt place, even alone.
_NOT_PLACES = frozenset(
    """
    ailes alibi amies anges argente argentee argentine armes bains benne berne bonde bonds bouges bougres bourgeois
    bourgs bourses bovin boudin brins caisson canne canoe celles chalet chapelles charmante charpente charrette
    chevaliere chevilles cliche coiffe conneries corset crayon drame drole drone entraides entraines fendu fermiere
    fermieres fourriere guirlande hebergement hebergements leger liege lecon maison manges marges masse melanger
    merveille messe metaux meule meute moniteurs monteurs montagnes moyenne nantis nattes niche niece parts partis
    poissonnier poissonniere policiers portiers postiers potiers presse reines reins remis rentes romaine romans
    roues saumure savoir spray valet vallee vendre vendu vendue vendez verrou vertu cuisson merci bonjour salut
    partout ailleurs domicile chantier usine bureau atelier agence magasin entrepot siege teletravail distance
    itinerant national france europe etranger region internationale international
    """.split()
)
_STOPWORDS = (
    _FILLERS
    | _ARTICLES
    | (_CONNECTORS - {"saint", "sainte"})
    | {"je", "tu", "il", "elle", "nous", "vous", "ils", "un", "une", "pour", "par", "avec", "qui", "que", "pas"}
)


def _previous_word(tokens: list[str], i: int, skip: frozenset[str] = _ARTICLES) -> tuple[int, str]:
    """Index and word before ``i``, skipping articles; (-1, "") at the start of a clause."""
    j = i - 1
    while j >= 0 and tokens[j] in skip:
        j -= 1
    if j < 0 or tokens[j] == SEP:
        return -1, ""
    return j, tokens[j]


def _is_basically(tokens: list[str], start: int, end: int) -> bool:
    """The answer says nothing but ``tokens[start:end]`` (plus filler words)."""
    return all(t == SEP or t in _FILLERS for i, t in enumerate(tokens) if not start <= i < end)


def _is_basically_with_its_department(tokens: list[str], start: int, end: int) -> bool:
    """The answer says nothing but ``tokens[start:end]`` and a department's number (« chole je vous ai dit, dans le 49 » was the
    department only, Cholet lost: forty-fifth blind user test, u45-02); only the communes of that department are looked for."""
    others = [t for i, t in enumerate(tokens) if not start <= i < end and t != SEP and t not in _FILLERS]
    return bool(others) and all(_DEPARTMENT_NUMBER.fullmatch(t) for t in others)


def _has_department_cue(tokens: list[str], start: int) -> bool:
    """« département de la Loire », « dans l'Indre », « en Sarthe »."""
    _, word = _previous_word(tokens, start, _ARTICLES | {"de", "du", "d", "des"})
    return word in _DEPARTMENT_CUES or word in ("dans", "en")


#: « notre agence de Vannes », « l'antenne de Rennes »: an establishment's town (« agence de Vannes » named no place:
#: eighteenth blind user test). Not « atelier, chantier, magasin, dépôt de … », followed by what they make or sell
#: (« atelier de couture », « dépôt de sable », « chantier de l'hôpital »: review).
_SITE_WORDS = frozenset(
    "site sites agence agences antenne antennes etablissement etablissements succursale filiale "
    # (« pour le garage de Vitré », « le magasin de Vitré » named no place: twenty-fifth blind user test)
    "garage garages magasin magasins boutique boutiques usine usines atelier ateliers entrepot entrepots depot depots".split()
)


def _after_a_site(tokens: list[str], original: list[str], start: int, end: int) -> bool:
    """A capitalised name after « agence de », « site de »…: the town of an establishment."""
    k, word = _previous_word(tokens, start, _ARTICLES)
    return word in ("de", "d", "du") and _previous_word(tokens, k, _ARTICLES)[1] in _SITE_WORDS and _capitalised(original, start, end)


def _has_strong_cue(tokens: list[str], start: int) -> bool:
    _, word = _previous_word(tokens, start, _ARTICLES | {"de", "du", "d", "des"})
    return word in _DEPARTMENT_CUES or word in _COMMUNE_CUES


def _capitalised(original: list[str], start: int, end: int) -> bool:
    words = [w for w in original[start:end] if w.lower() not in _ARTICLES | _CONNECTORS]
    return bool(words) and all(w[:1].isupper() for w in words) and not all(w.isupper() and len(w) > 1 for w in original if w != SEP)


def _number_next_to(tokens: list[str], start: int, end: int) -> bool:
    """A postal code or department number right after the name (« Vue (44) »)."""
    j = end
    while j < len(tokens) and tokens[j] == SEP:
        j += 1
    return j < len(tokens) and (_POSTAL_CODE.fullmatch(tokens[j]) is not None or _DEPARTMENT_NUMBER.fullmatch(tokens[j]) is not None)


def _located_at(tokens: list[str], start: int, end: int) -> bool:
    """« on est à vitre », « nous sommes implantés à tours »: a bare name (no article, not followed
    by « de ») right after « à » and a verb of where the employer is, itself after its subject."""
    if start < 3 or tokens[start - 1] != "a" or (end < len(tokens) and tokens[end] in ("de", "d")):
        return False
    verb, subject = tokens[start - 2], tokens[start - 3]
    return verb in _LOCATED_PARTICIPLES or (verb in _LOCATED_VERBS and subject in _LOCATED_SUBJECTS)


def _common_word_accepted(tokens: list[str], original: list[str], start: int, end: int) -> bool:
    if _is_basically(tokens, start, end) or _has_strong_cue(tokens, start) or _number_next_to(tokens, start, end):
        return True
    if _after_a_site(tokens, original, start, end):
        return True
    if _located_at(tokens, start, end):
        return True
    k, word = _previous_word(tokens, start)
    if word in _PLACE_PREPOSITIONS and _previous_word(tokens, k)[1] in _CLIENT_WORDS:
        # « les missions seront chez un client aux herbiers »: a client's place (thirty-fifth blind user test: « Je n'ai pas
        # compris votre réponse »)
        return True
    return word in _PLACE_PREPOSITIONS and _capitalised(original, start, end)


def _place_context(tokens: list[str], start: int, end: int) -> bool:
    if _is_basically(tokens, start, end) or _has_strong_cue(tokens, start) or _number_next_to(tokens, start, end):
        return True
    _, word = _previous_word(tokens, start)
    return word in _FUZZY_CUES


def _is_street(tokens: list[str], start: int) -> bool:
    _, word = _previous_word(tokens, start, _ARTICLES | {"de", "du", "d", "des"})
    return word in _STREETS


def _leads_the_answer(tokens: list[str], original: list[str], start: int, end: int) -> bool:
    """« Ancenis mais on a aussi un site à Rennes »: a capitalised short name that opens the message and ends its
    first clause answers « where? » (it was dropped, and Rennes taken for the job's place: sixth blind user test)."""
    if not (start == 0 and _capitalised(original, start, end) and end < len(tokens) and tokens[end] in (SEP, "mais", "et", "ou")):
        return False
    return any(word in _PLACE_PREPOSITIONS for word in tokens[end:])  # another place follows (« …un site à Rennes »)


def _is_reference(tokens: list[str], start: int) -> bool:
    """« près de Nantes », « à 20 km d'Angers », « au nord de Laval ». Not past a separator: « près d'Angers (Avrillé) » names
    the place itself after the landmark (stored as the department only, the commune asked again: thirty-fourth blind user
    test)."""
    if _compared_with(tokens, start):
        return True
    for k in range(max(0, start - 4), start):
        word = tokens[k]
        if SEP in tokens[k:start]:
            continue
        if word in _REFERENCE:
            return True
        if word in _DIRECTIONS and k + 1 < start and tokens[k + 1] in ("de", "d", "du"):
            return True
    return False


#: What a place compared with follows (« comme à Nantes », « même chose qu'à Saint-Nazaire », « pareil que pour Cholet »).
_SAME_WORDS = frozenset({"chose", "pareil", "pareille", "idem", "meme"})


def _compared_with(tokens: list[str], start: int) -> bool:
    """« même chose qu'à Saint-Nazaire …, mais au restaurant du Mans » asked « Vous citez plusieurs lieux » (thirty-sixth blind
    user test): a place compared with is a reference, not the job's."""
    k = start - 1
    if k >= 0 and tokens[k] in ("le", "la", "les", "l"):
        k -= 1
    if k >= 0 and tokens[k] in ("a", "au", "aux", "en", "pour", "dans", "sur", "chez"):
        k -= 1
    if k < 0:
        return False
    return tokens[k] == "comme" or tokens[k] in ("qu", "que") and k > 0 and tokens[k - 1] in _SAME_WORDS


def _name_mention(tokens: list[str], original: list[str], start: int, end: int) -> _Mention | None:
    """Mention for the exact name ``tokens[start:end]``, or None."""
    tables = _tables()
    key = " ".join(tokens[start:end])
    communes = tables.communes_by_name.get(key, ())
    department = tables.departments_by_name.get(key)
    if not communes and department is None:
        communes = tables.communes_by_alias.get(key, ())
        if (communes and " " not in key and not _place_context(tokens, start, end) and not _leads_the_answer(tokens, original, start, end)
                and not _after_a_site(tokens, original, start, end)):
            return None  # « Herbiers », « Ancenis »: only as a place (« à Ancenis ») or alone
    if not communes and department is None:
        # « au Mans » -> « Le Mans », « aux Herbiers » -> « Les Herbiers ».
        before = tokens[start - 1] if start > 0 else ""
        # « o » is the SMS spelling of « au » and « aux » (« o herbiers », « o mans »: forty-eighth blind user test's reports).
        for article in _CONTRACTED_ARTICLES.get(before, ()):  # « près du Mans »
            # « aux Sables » -> « les Sables », a usual short form of Les Sables-d'Olonne.
            communes = tables.communes_by_name.get(f"{article} {key}", ())
            if not communes and before in ("au", "aux", "o"):  # not « des sables »: sand, not Les Sables-d'Olonne
                communes = tables.communes_by_alias.get(f"{article} {key}", ())
            if communes:
                key = f"{article} {key}"
                break
    if not communes and department is None:
        return None
    typed_as_the_commune = key in _RIVER_DEPARTMENTS and fold(original[start]) != original[start].lower()  # « Loiré »
    along = key in _RIVER_DEPARTMENTS and _along_the_river(tokens, start)  # « Val de Loire », « les bords de Loire »
    if key in _COMMON_WORD_NAMES and not typed_as_the_commune and not along and not _common_word_accepted(tokens, original, start, end):
        return None
    if _is_street(tokens, start):
        return None
    name = communes[0].name if communes else tables.departments.get(department or "", key)
    if department is not None:
        _, word = _previous_word(tokens, start, frozenset())
        region_communes = tuple(c for c in communes if c.department in REGION_DEPARTMENTS)
        if communes and (word in ("a", "au") or typed_as_the_commune or _names_the_commune(tokens, start, end, communes)):
            options = _commune_options(communes)  # « à Mayenne », « à Paris », « la ville de Mayenne »: the town
        elif key in _RIVER_DEPARTMENTS and not _has_department_cue(tokens, start):
            options = tuple(_department_place(code) for code in _RIVER_DEPARTMENTS[key])  # « Loire », « la Loire »
            name = tables.departments.get(department, name)
        elif region_communes and department not in REGION_DEPARTMENTS and not _has_department_cue(tokens, start):
            options = _commune_options(region_communes)  # « Indre » (44) before the Indre department
        elif department == "20":
            options = (_department_place("2A"), _department_place("2B"))
            name = "Corse"
        else:
            options = (_department_place(department),)
            name = tables.departments.get(department, name)
    else:
        options = _commune_options(communes)
    return _Mention(start, end, options, name, _is_reference(tokens, start))


#: What lies along a river (folded): « Val de Loire », « les bords de Loire », « la vallée de la Loire » are the river's
#: departments, asked (« Val de Loire » was the Loiret, refused as outside the region: review of the session's fixes); a
#: commune said with it chooses (« les bords de Loire, vers Saumur » is Saumur).
_RIVER_BANKS = frozenset("val vallee bord bords rive rives berge berges".split())


def _along_the_river(tokens: list[str], start: int) -> bool:
    k, word = _previous_word(tokens, start)
    return word in ("de", "d", "du") and _previous_word(tokens, k)[1] in _RIVER_BANKS


def _names_the_commune(tokens: list[str], start: int, end: int, communes: tuple[Commune, ...]) -> bool:
    """« la commune de Mayenne », « Mayenne ville », « Mayenne 53100 »: the town that has a department's name, not the
    department (the commune of Mayenne could not be entered: thirteenth blind user test)."""
    if _has_department_cue(tokens, start):
        return False
    _, before = _previous_word(tokens, start, _ARTICLES | {"de", "du", "d"})
    # The next words, past commas and articles (« Mayenne, la ville, 53100 » looped: seventeenth blind user test).
    # (« ville » or « centre » right after the name, or ending a clause of its own: not « la Mayenne, la ville de Laval »,
    # « Mayenne, Laval centre », « la Mayenne, ville : Laval »: review.)
    after = [(k, t) for k, t in enumerate(tokens[end : end + 5], start=end) if t != SEP and t not in _ARTICLES][:2]
    town_word = bool(after) and after[0][1] in ("ville", "centre") and (
        after[0][0] == end or after[0][0] + 1 >= len(tokens) or tokens[after[0][0] + 1] == SEP and not any(
            t.isalpha() for t in tokens[after[0][0] + 2 : after[0][0] + 3]))
    return before in _COMMUNE_CUES or town_word or any(any(word in c.postal_codes for c in communes) for _, word in after)


def _region_name_spans(tokens: list[str]) -> set[int]:
    covered: set[int] = set()
    for i in range(len(tokens)):
        for words in _REGION_NAME:
            if tuple(tokens[i : i + len(words)]) == words:
                covered.update(range(i, i + len(words)))
    return covered


def _exact_mentions(tokens: list[str], original: list[str], covered: set[int]) -> list[_Mention]:
    tables = _tables()
    mentions: list[_Mention] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == SEP or i in covered or not tokens[i][0].isalpha():
            i += 1
            continue
        found = None
        for length in range(min(tables.max_name_tokens, len(tokens) - i), 0, -1):
            span = tokens[i : i + length]
            if SEP in span or any(j in covered for j in range(i, i + length)):
                continue
            found = _name_mention(tokens, original, i, i + length)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        found = _misspelt_longer_name(tokens, found) or found
        mentions.append(found)
        covered.update(range(found.start, found.end))
        i = found.end
    return mentions


#: Letters the misspelt end of a longer name must have: « la Taniere », not « le 3 » or « en ».
_LONGER_REST_LETTERS = 5


def _misspelt_longer_name(tokens: list[str], found: _Mention) -> _Mention | None:
    """The region's commune whose longer name begins with the name found and goes on with the next words, misspelt
    (:func:`bot.language.fuzzy.nearest`: one edit up to 8 letters; a word of the calendar misspells nothing): « St Berthevin la Taniere » is Saint-Berthevin-la-Tannière
    (53220), not Saint-Berthevin (53940), stored without a word (twenty-third blind user test); None when there is none.
    (Only the region's communes of :data:`_Tables.longer_names`, which are too small for the misspellings of
    :func:`_fuzzy_mentions`; the words exactly right are the exact name, found before.)"""
    tables = _tables()
    longer = tables.longer_names.get(" ".join(tokens[found.start : found.end]), ())
    best: tuple[int, int, str] | None = None
    for key in longer:
        extra = len(key.split()) - (found.end - found.start)
        rest = tokens[found.end : found.end + extra]
        if len(rest) < extra or not all(w.isalpha() for w in rest):
            continue
        said = " ".join(rest)
        expected = " ".join(key.split()[-extra:])
        if len(said.replace(" ", "")) < _LONGER_REST_LETTERS or not nearest(said, [expected]):
            continue
        # A day or a month is said, not a misspelt name: « à Champagné les mardis » is Champagné (72470), not
        # Champagné-les-Marais (85450) (review of the twenty-third blind user test's changes)
        if any(w in CALENDAR_WORDS for w, e in zip(rest, key.split()[-extra:], strict=True) if w != e):
            continue
        if best is None or extra > best[0]:
            best = (extra, found.end + extra, key)
    if best is None:
        return None
    communes = tuple(c for c in tables.communes_by_name[best[2]] if c.department in REGION_DEPARTMENTS)
    return _Mention(found.start, best[1], _commune_options(communes), communes[0].name, found.reference)


def _fuzzy_context(tokens: list[str], original: list[str], start: int, end: int, short_answer: bool) -> str | None:
    """Which names a misspelt span may stand for: "any", "departments", "numbered" (the communes of the department whose number
    the answer gives) or None.

    Either the answer is basically the span (« chollet », « à st nazair »), or the
    span is capitalised like a proper noun after a place preposition (« je
    recrute à Chollet »); after « en » only departments (« en Vandée »).
    """
    if short_answer and _is_basically(tokens, start, end):
        return "any"
    if short_answer and _is_basically_with_its_department(tokens, start, end):
        return "numbered"
    if tokens[start] in _NOT_PLACES or not _capitalised(original, start, end):
        return None
    _, word = _previous_word(tokens, start)
    if word in _FUZZY_CUES or word in ("de", "d", "du"):
        return "any"
    if word == "en":
        return "departments"
    return None


#: The articles that open a commune's name, as said before it (« aux Herbiers », « au Mans »): the name's own.
#: The article a name may open with, as typed before it (« aux erbiers » is « les erbiers »; SMS « o » either).
_NAME_ARTICLES: dict[str, tuple[str, ...]] = {
    "le": ("le",), "la": ("la",), "les": ("les",), **{k: v for k, v in _CONTRACTED_ARTICLES.items() if k in ("au", "aux", "o")},
}


def _fuzzy_mentions(tokens: list[str], original: list[str], covered: set[int]) -> list[_Mention]:
    tables = _tables()
    short_answer = sum(1 for t in tokens if t != SEP and t not in _FILLERS) <= 4
    mentions: list[_Mention] = []
    i = 0
    while i < len(tokens):
        # (A name's article opens a span of its own: « les erbiers », « aux erbiers » were no commune, Les Herbiers, the
        # article being a stop word: forty-fifth blind user test, u45-10.)
        articles = _NAME_ARTICLES.get(tokens[i], (None,))
        if tokens[i] == SEP or i in covered or tokens[i] in _STOPWORDS and articles == (None,) or not tokens[i].isalpha():
            i += 1
            continue
        found = None
        for article, length in ((a, n) for a in articles for n in range(min(5, len(tokens) - i), 0 if a is None else 1, -1)):
            span = tokens[i : i + length]
            if SEP in span or any(j in covered for j in range(i, i + length)) or span[-1] in _STOPWORDS:
                continue
            if not all(w.isalpha() for w in span):
                continue
            text = " ".join([article, *span[1:]] if article else span)
            if text in _COMMON_WORD_NAMES:
                continue  # a name declined as a word is no other name misspelt (« bords de Loire », « Val de Loire » were the Loiret)
            letters = len(text) - text.count(" ")
            context = _fuzzy_context(tokens, original, i, i + length, short_answer) if letters >= 5 and text not in _NOT_PLACES else None
            if context is None:
                continue
            candidates = [k for k in tables.fuzzy_keys.get(text[0], ()) if (context == "any" or k in tables.departments_by_name)
                          and (article is None or k.startswith(f"{article} "))]
            if context == "numbered":
                numbered = {t.upper() for t in tokens if _DEPARTMENT_NUMBER.fullmatch(t)}
                candidates = [k for k in tables.fuzzy_keys.get(text[0], ()) if (article is None or k.startswith(f"{article} ")) and any(
                    c.department in numbered for c in tables.communes_by_name.get(k) or tables.communes_by_alias.get(k, ()))]
            matches = nearest(text, candidates, limit=4)
            if not matches:
                continue
            best = min(score for _, score in matches)
            keys = [key for key, score in matches if score == best]
            mention = _fuzzy_key_mention(keys, tokens, i, i + length)
            if mention is not None and not _is_street(tokens, i):
                found = mention
                break
        if found is None:
            i += 1
            continue
        mentions.append(found)
        covered.update(range(found.start, found.end))
        i = found.end
    return mentions


def _fuzzy_key_mention(keys: list[str], tokens: list[str], start: int, end: int) -> _Mention | None:
    tables = _tables()
    options: list[Place] = []
    names: list[str] = []
    for key in keys:
        department = tables.departments_by_name.get(key)
        if department is not None and department != "20":
            options.append(_department_place(department))
            names.append(tables.departments[department])
            continue
        communes = tables.communes_by_name.get(key) or tables.communes_by_alias.get(key, ())
        if communes:
            options.extend(_commune_options(communes))
            names.append(communes[0].name)
    by_department: dict[str, Place] = {}
    for option in options:
        by_department.setdefault(option.department, option)
    if not by_department or len(set(names)) > 1 and len(by_department) > 1:
        return None  # two different names equally close: do not guess
    return _Mention(start, end, tuple(by_department.values()), names[0], _is_reference(tokens, start))


def _excluded_numbers(text: str) -> set[str]:
    """Five-digit numbers that are amounts (« 35000 € brut ») or part of a SIREN or SIRET, not postal codes.

    (« …, début avril, SIRET 376530648 71638 »: 71638 was a place of Saône-et-Loire, and the whole project
    was thrown away for « pourriez-vous reformuler ? »: twentieth blind user test.)
    """
    excluded = {m.group()[:5] for m in _MONEY_AFTER.finditer(text)}
    for found in _COMPANY_NUMBER.finditer(text):
        if len(re.sub(r"\D", "", found.group())) in (9, 14):
            excluded.update(re.findall(r"\d{5}", found.group()))
    return excluded


def _postal_department(code: str) -> str | None:
    departments = _tables().departments
    if code.startswith("97") or code.startswith("98"):
        return code[:3] if code[:3] in departments else None
    if code.startswith("20"):
        return "2A" if code < "20200" else "2B"
    return code[:2] if code[:2] in departments and code[:2] != "00" else None


def _postal_mention(code: str, start: int, tokens: list[str]) -> _Mention | None:
    communes = places.communes_by_postal_code(code)
    reference = _is_reference(tokens, start)
    if communes:
        current = [c for c in communes if c.population is not None]
        in_region = [c for c in current if c.department in REGION_DEPARTMENTS]
        if len(in_region) == 1 and len(current) == 1:
            return _Mention(start, start + 1, (_commune_place(in_region[0], code),), in_region[0].name, reference)
        departments = sorted({c.department for c in communes})
        options = tuple(replace(_department_place(d), postal_code=code) for d in departments)
        return _Mention(start, start + 1, options, code, reference)
    department = _postal_department(code)
    if department is None:
        return None
    return _Mention(start, start + 1, (replace(_department_place(department), postal_code=code),), code, reference)


def _number_mentions(tokens: list[str], text: str, covered: set[int], names: list[_Mention]) -> list[_Mention]:
    excluded = _excluded_numbers(text)
    decimals = {m.group(1).lower() for m in _DECIMAL.finditer(text)}
    name_ends = {m.end for m in names}
    mentions: list[_Mention] = []
    for i, token in enumerate(tokens):
        if i in covered or token == SEP:
            continue
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        if following in _NOT_AFTER_NUMBER:
            continue
        if _POSTAL_CODE.fullmatch(token):
            if token in excluded:
                continue
            _, before = _previous_word(tokens, i, frozenset())
            if before in ("siret", "siren", "tel", "telephone", "salaire", "budget", "n", "numero", "no"):
                continue
            mention = _postal_mention(token, i, tokens)
        elif _DEPARTMENT_NUMBER.fullmatch(token):
            if token in decimals:
                continue  # « à Cholet, 37,5h par semaine »: 37 hours and a half, not Indre-et-Loire (Cholet was lost)
            j = i - 1
            while j >= 0 and tokens[j] == SEP:
                j -= 1
            next_to_name = j + 1 in name_ends
            _, cue = _previous_word(tokens, i, _ARTICLES | {"du", "de", "d", "des", "n", "numero", "no"})
            if not (next_to_name or cue in _NUMBER_CUES or _is_basically(tokens, i, i + 1)):
                continue
            code = token.upper()
            if code not in _tables().departments:
                continue
            mention = _Mention(i, i + 1, (_department_place(code),), code, _is_reference(tokens, i))
        else:
            continue
        if mention is not None:
            mentions.append(mention)
    return mentions


# ---------------------------------------------------------------------- resolution


def _merge_options(left: tuple[Place, ...], right: tuple[Place, ...]) -> tuple[Place, ...]:
    """Places of ``left`` compatible with ``right`` (same department), details combined."""
    merged: dict[str, Place] = {}
    for a in left:
        for b in right:
            if a.department != b.department:
                continue
            if a.commune and b.commune and a.commune != b.commune:
                place = replace(a, commune=None, postal_code=None)
            else:
                commune = a.commune or b.commune
                postal = a.postal_code or b.postal_code
                if a.postal_code and b.postal_code and a.postal_code != b.postal_code:
                    postal = (a if a.commune else b).postal_code
                place = replace(a, commune=commune, postal_code=postal)
            merged.setdefault(place.department, place)
    return tuple(merged.values())


def _groups(mentions: list[_Mention]) -> list[tuple[tuple[Place, ...], list[str]]]:
    """The mentions grouped by the place they may all be (« Laval », « Mayenne » and « 53 » are one), in order."""
    groups: list[tuple[tuple[Place, ...], list[str]]] = []
    for mention in mentions:
        for index, (options, names) in enumerate(groups):
            merged = _merge_options(options, mention.options)
            if merged:
                groups[index] = (merged, [*names, mention.name])
                break
        else:
            groups.append((mention.options, [mention.name]))
    return groups


def _resolve(mentions: list[_Mention]) -> Place | AmbiguousPlace | None:
    groups = _groups(mentions)
    if not groups:
        return None
    if len(groups) == 1:
        options, names = groups[0]
        if len(options) == 1:
            return options[0]
        return AmbiguousPlace(name=names[0], options=options)
    every: list[Place] = []
    for group_options, _ in groups:
        every.extend(o for o in group_options if o not in every)
    return AmbiguousPlace(name=" ou ".join(names[0] for _, names in groups), options=tuple(every))


#: « près de la mer », « en bord de mer »: the sea, not the town of Mer (Loir-et-Cher: fourteenth blind user test).
_THE_SEA = re.compile(r"\b(?:de la|la|bord de|en mer|la grande) mer\b", re.IGNORECASE)


def extract_place(text: str) -> Place | AmbiguousPlace | None:
    """Place said in ``text``; None when the text names no place. Never raises."""
    found = _mentions_of(text)
    return _resolve(found) if found else None


def places_named(text: str) -> list[Place | AmbiguousPlace]:
    """Each place ``text`` names, in order: two of them are two places (« en mayenne … une agence a rennes »), which
    :func:`extract_place` resolves to one ambiguity; a name shared by several communes stays one :class:`AmbiguousPlace`."""
    return [options[0] if len(options) == 1 else AmbiguousPlace(name=names[0], options=options)
            for options, names in _groups(_mentions_of(text))]


def only_near(text: str) -> bool:
    """True when ``text`` names places only as landmarks (« près d'Angers », « à 10 km du Mans »): the job is in
    another commune, still to ask (« près d'Angers » was stored as Angers: eighteenth blind user test)."""
    _, mentions = _every_mention(text)
    return bool(mentions) and all(m.reference for m in mentions)


def named_communes(text: str) -> list[str]:
    """The communes ``text`` names as places (not landmarks), each once, in order: two of them are two places
    (« deux sites : Cholet et La Roche sur Yon »), which :func:`extract_place` resolves to one department or an
    ambiguity."""
    communes: list[str] = []
    for mention in _mentions_of(text):
        names = {o.commune or "" for o in mention.options}
        if len(names) == 1 and "" not in names and not mention.reference:
            communes.extend(n for n in names if n not in communes)
    return communes


#: A slash between two words, « s/ » maybe (« la roche/yon », « Sablé s/ Sarthe »), as « sur » is written short (« la roche/yon »
#: got « Je n'ai pas reconnu de commune »: forty-fifth blind user test, u45-11).
_SLASH = re.compile(r"(?<=[^\W\d_])\s*(?:\bs\s*)?/\s*(?=[^\W\d_])")


def _slash_for_sur(text: str) -> str:
    """``text`` with a slash written for « sur » spelt out: after « s » always (« s/ »), a bare one when « sur » makes the
    name of a commune with the words around it (« la roche/yon »; not « Nantes/Angers », two places)."""
    tables = _tables()

    def spelt(match: re.Match[str]) -> str:
        if match.group(0).strip().startswith("s"):
            return " sur "
        before, after = _key(text[: match.start()]).split()[-4:], _key(text[match.end() :]).split()[:3]
        names = (" ".join([*before[i:], "sur", *after[:j]]) for i in range(len(before)) for j in range(1, len(after) + 1))
        return " sur " if any(n in tables.communes_by_name or n in tables.communes_by_alias for n in names) else match.group(0)

    return _SLASH.sub(spelt, text)


def _every_mention(text: str) -> tuple[list[str], list[_Mention]]:
    """The tokens of ``text`` and every place it names, in order, negated ones left out."""
    text = _slash_for_sur(_THE_SEA.sub(" ", without_addresses(clean_input(text))))
    if not text.strip():
        return [], []
    folded, original = tokenize_pair(text)
    tokens = [_SMS_WORDS.get(t, t) for t in _canon_tokens(folded)]
    covered = _region_name_spans(tokens)
    names = _exact_mentions(tokens, original, covered)
    names += _fuzzy_mentions(tokens, original, covered)
    numbers = _number_mentions(tokens, text, covered, names)
    mentions = sorted(names + numbers, key=lambda m: m.start)
    return tokens, [m for m in mentions if not is_negated(tokens, m.start, window=3)]


def names_the_region(text: str) -> bool:
    """Whether ``text`` names the region (« Pays de la Loire », « en pays de loire », « Pays-de-la-Loire »)."""
    text = clean_input(text or "")
    if not text.strip():
        return False
    return bool(_region_name_spans(_canon_tokens(tokenize_pair(text)[0])))


def _mentions_of(text: str) -> list[_Mention]:
    """The mentions :func:`extract_place` resolves: after the last correction, landmarks dropped when a place itself is
    named, a name joined to its postal code."""
    tokens, mentions = _every_mention(text)
    if not mentions:
        return []
    start = after_last_correction(tokens, [m.start for m in mentions])
    mentions = [m for m in mentions if m.start >= start]
    if any(not m.reference for m in mentions):
        # « à Avrillé près d'Angers », « Allonnes près de Saumur »: the commune of the landmark's department (the place
        # was asked again, Avrillé and Allonnes being in two departments: twenty-first blind user test).
        landmarks = {o.department for m in mentions if m.reference for o in m.options}
        mentions = [_near(m, landmarks) for m in mentions if not m.reference]
    return _named_with_its_postal_code(mentions)


def _near(mention: _Mention, departments: set[str]) -> _Mention:
    """``mention`` with only its options in ``departments``, when some are and some are not."""
    kept = tuple(o for o in mention.options if o.department in departments)
    return replace(mention, options=kept) if kept and len(kept) < len(mention.options) else mention


def _named_with_its_postal_code(mentions: list[_Mention]) -> list[_Mention]:
    """A commune's name right before a postal code of another department (« Montreuil 93100 »): the postal code's
    place, with that name. The table of communes is complete only in the region, so « Montreuil » alone is the one of
    Vendée, and with 93100 it was « Montreuil (Vendée) ou 93100 ? », then not understood (eighteenth blind user test)."""
    kept: list[_Mention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        code = mention.name if mention.name.isdigit() and len(mention.name) == 5 else None
        # (Only for a postal code outside the region, whose communes the table lacks: « Nantes 49000 » is Nantes or 49000?
        # review.)
        if (previous is not None and code and previous.end == mention.start and not previous.name.isdigit()
                and all(o.commune for o in previous.options) and len(mention.options) == 1 and not mention.options[0].in_region
                and all(o.department != mention.options[0].department for o in previous.options)):
            place = replace(mention.options[0], commune=previous.name)
            kept[-1] = _Mention(previous.start, mention.end, (place,), previous.name, previous.reference and mention.reference)
            continue
        kept.append(mention)
    return kept


#: « notre siège est à Rennes », « siège social situé à Paris »: where the employer's head office is, not the job.
_HEAD_OFFICE = re.compile(
    r"\b(?:si[eè]ge|maison m[eè]re)(?:\s+social)?(?:\s+\w+){0,3}?\s+(?:est\s+|sont\s+)?(?:(?:situ|bas|install)[ée]e?s?\s+)?"
    r"(?:[aà]|au|aux|en|dans|ds|sur)\s+[^,.;!?]+?(?=\s+(?:mais|et|alors|pour|par contre|cependant|le poste|les postes|on|nous|je)\b|[,.;!?]|$)",
    re.IGNORECASE,
)


#: Where the candidate lives (« et si le candidat habite en Bretagne ? » was taken for the job's place and
#: concluded « not eligible »: eighth blind user test). Not « vient de », which opens past actions.
_CANDIDATE_HOME = re.compile(
    r"\b(?:habite|habites|habitent|vit|vivent|r[ée]side|r[ée]sident|domicili[ée]e?s?|originaire|h[ée]berg[ée]e?s?|log[ée]e?s?)"
    r"\s+(?:(?:actuellement|aujourd'hui|encore|plut[ôo]t)\s+)?(?:[aà]|au|aux|en|dans|ds|sur|de|du|d['’ ])\s*[^,.;!?]+?"
    r"(?=\s+(?:mais|et|alors|pour|par contre|cependant|le poste|les postes|on|nous|je|c['’ ]?est|ca|ça|est[- ]ce)\b|[,.;!?]|$)",
    re.IGNORECASE,
)


#: Where the candidate comes from (« oui il est inscrit a france travail, il vient de Laval », « c'est le gars qui vient de
#: Laval », « il est de Nantes »): not the job's place (« C'est corrigé. Lieu du poste : Mayenne (53) », the job being in
#: Angers: twenty-second blind user test). A place only right after « de » (:func:`_an_origin`): « il vient de s'inscrire »,
#: « elle est de passage à Nantes », « il est d'accord pour Angers » say no origin.
_CANDIDATE_ORIGIN = re.compile(
    r"\b(?:il|elle|ils|elles|(?:candidat|candidate|personne|gars|jeune|apprenti|apprentie|recrue)(?:\s+qui)?)\s+"
    r"(?:vient|viennent|venait|est|sont|[ée]tait)\s+(?:(?:aussi|plut[ôo]t|originaire)\s+)?"
    r"(?P<where>(?:de|du|des|d['’ ])\s*[^,.;!?]+?)"
    r"(?=\s+(?:mais|et|alors|pour|par contre|cependant|le poste|les postes|on|nous|je|c['’ ]?est|ca|ça|est[- ]ce)\b|[,.;!?]|$)",
    re.IGNORECASE,
)


#: Where the candidate studies or works now (« un étudiant tunisien en master à Nantes », « c'est lui qui étudie à Nantes », « elle
#: bosse à Cholet en ce moment » made the job's place Nantes: thirty-ninth blind user test): not the job's place. A studying word
#: (« étudie », « en master », « à la fac ») before the place; « travaille », « bosse » only with a person as its subject
#: (:func:`_a_study_or_job`: « on travaille à Nantes » is the employer's).
_CANDIDATE_STUDIES_OR_WORKS = re.compile(
    r"\b(?P<verb>[ée]tudi(?:e|es|ent|ait)|fait\s+(?:ses|son|sa)\s+[ée]tudes|(?:en|au|aux|sa|son)\s+(?:master|licence|bts|but|dut|th[eè]se|doctorat|pr[ée]pa|fac"
    r"|[ée]tudes?|[ée]cole\s+d['’ ]\s*ing[ée]nieurs?|universit[ée])(?:\s+\d|\s+[\w'’-]+){0,3}?"
    r"|(?P<work>travaille|travaillent|bosse|bossent)(?:\s+(?:actuellement|encore|en ce moment|pour l['’ ]instant|aujourd['’ ]hui))?)"
    r"\s+(?:[aà]|au|aux|en|sur|dans|ds)\s+[^,.;!?]+?"
    r"(?=\s+(?:mais|et|alors|pour|par contre|cependant|le poste|les postes|on|nous|je|c['’ ]?est|ca|ça|est[- ]ce|qui|titre)\b|[,.;!?]|$)",
    re.IGNORECASE,
)
#: A person as the subject of « travaille », « bosse » (folded word before it).
_A_PERSON = frozenset("il elle ils elles qui lui candidat candidate personne jeune gars fille garcon apprenti apprentie etudiant etudiante".split())


def _a_study_or_job(found: re.Match[str]) -> str:
    """The match of :data:`_CANDIDATE_STUDIES_OR_WORKS` left out: where the candidate studies, or works when a person is the
    subject of « travaille » (« il travaille à Cholet »; not « on travaille à Nantes », kept)."""
    if found.group("work"):
        before = normalize(found.string[: found.start()]).split()
        if not before or before[-1] not in _A_PERSON:
            return found.group(0)
    return " "


#: The employer's premises named for it (folded): « l'agence est domiciliée à … », « le magasin, il est de Cholet ».
_PREMISES = ("agence", "magasin", "usine", "atelier")
#: « notre entreprise, elle est de Cholet »: the pronoun stands for the employer, whose place it is.
_EMPLOYER_BEFORE = re.compile(rf"\b(?:{typed_alternation((*employer_nouns(public=False), *_PREMISES, 'site', 'poste'))})\s*,?\s*$", re.IGNORECASE)


def _an_origin(found: re.Match[str]) -> str:
    """The match of :data:`_CANDIDATE_ORIGIN` left out when a place follows « de » at once (« de la Sarthe » too), else kept.
    Kept too when the pronoun stands for a business or the job named before it (« le resto il est du Mans », « le poste ? il
    est de Cholet » lost the place: review of the twenty-second blind user test's fixes): when unsure, the place is read."""
    if _EMPLOYER_BEFORE.search(found.string[: found.start()]) or stands_for_a_thing(found.string[: found.start()]):
        return found.group(0)
    tokens, mentions = _every_mention(found.group("where"))
    return " " if mentions and all(t in _ARTICLES for t in tokens[1 : mentions[0].start]) and mentions[0].start >= 1 else found.group(0)


#: An intercommunality's name, the employer's (« Communauté d'agglomération Pornic Agglo Pays de Retz », « Angers Loire
#: Métropole », « Laval Agglo »): the commune it is named after is not where the job is (Pornic was taken for the place of
#: work, never asked, though the job was elsewhere: twenty-first blind user test). The names are capitalised.
_INTERCOMMUNALITY = re.compile(
    # (Its words up to a verb, a preposition or a pronoun: « … recrute un agent à Derval » is where the job is.)
    r"\b(?i:communaut[ée]\s+(?:de\s+communes|d['’ ]\s*agglo(?:m[ée]ration)?|urbaine))\b"
    r"(?:\s+(?!(?i:recrut\w*|cherch\w*|embauch\w*|souhait\w*|veu[tx]|voudr\w*|aimer\w*|a|à|au|aux|en|sur|dans|pour|chez|vers|mais|et|car|donc"
    r"|on|nous|je|j|il|elle)\b)[\w'’-]+)*"
    r"|(?:\b[A-ZÀ-Ý][\w'’-]*\s+){1,3}(?:Agglo(?:m[ée]ration)?|M[ée]tropole)\b"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de|du|des|la|le|sur)\s+[A-ZÀ-Ý][\w'’-]*)*)*"
)


#: The word before the verb of :data:`_CANDIDATE_HOME` (folded), its subject: « on est hébergés à Laval », « l'asso est
#: hébergée à … », « il habite à Laval », « on sera logés à … », « nous pourrions être hébergés à … ».
_SUBJECT_BEFORE = re.compile(
    r"\b([a-z]+)\s+(?:(?:pourrait|pourraient|pourra|pourront|pourrions|pourrons|va|vont|allons|devrait|devraient|doit|doivent)\s+)?"
    r"(?:(?:est|sont|sommes|etes|etait|etaient|etions|sera|seront|serons|serait|seraient|serions|etre|a ete|ont ete|avons ete"
    r"|reste|restent|restons)\s+)?"
    r"(?:(?:actuellement|aujourd hui|encore|toujours|desormais|maintenant|deja)\s+)?$"
)
#: Subjects that are the employer (folded): its own premises are where the job may be.
_EMPLOYER_SUBJECTS = frozenset({"on", "nous", *employer_nouns(public=False), *_PREMISES})


def _a_home(found: re.Match[str], employer_kept: bool = True) -> str:
    """The match of :data:`_CANDIDATE_HOME` left out when it is the candidate's home, else kept. « hébergés », « domiciliés »,
    « logés » are said of the employer too (« on est hébergés à Laval », « l'entreprise est domiciliée à Nantes » had no
    commune at the place of work: review of the twenty-second blind user test's fixes): the employer's only with the
    employer or a business as their subject, and unless ``employer_kept`` is false; anyone else's, or with no subject
    (« Angers, il sera logé à Laval », « à Angers, Marc est logé à Laval », « Angers, mais logé à Laval » asked « Angers ou
    Laval ? »: third review), the candidate's home. « habite », « vit », « réside » unless the employer is their subject
    (« on habite à Laval »). (The head office's is no place of work either: « le siège est domicilié à Nantes, le poste à
    Cholet ».)"""
    subject = _SUBJECT_BEFORE.search(normalize(found.string[: found.start()]) + " ")
    word = subject.group(1) if subject else ""
    if word != "siege" and (word in _EMPLOYER_SUBJECTS or word in THING_NOUNS):
        return found.group(0) if employer_kept else " "
    return " "


def without_the_candidates_places(text: str) -> str:
    """``text`` without where the candidate lives or comes from (:data:`_CANDIDATE_HOME`, :data:`_CANDIDATE_ORIGIN`). Where
    the employer is domiciled or housed is left out too when another place is still named (« nous sommes domiciliés à
    Angers mais le poste est à Saumur », « la société est domiciliée à Paris, le poste à Angers » asked which: third review
    of the twenty-second blind user test's fixes)."""
    text = _CANDIDATE_STUDIES_OR_WORKS.sub(_a_study_or_job, text)
    kept = _CANDIDATE_ORIGIN.sub(_an_origin, _CANDIDATE_HOME.sub(_a_home, text))
    left_out = _CANDIDATE_ORIGIN.sub(_an_origin, _CANDIDATE_HOME.sub(lambda found: _a_home(found, employer_kept=False), text))
    return left_out if left_out != kept and extract_place(left_out) is not None else kept


#: The agency's own place (« l'agence est à Saint-Herblain », « notre agence de Saint-Herblain »), left out when the posts are said
#: to be elsewhere (:data:`_POSTS_ELSEWHERE`): a temporary work agency's posts are at the client's (Saint-Herblain was kept for
#: « l'agence est à Saint-Herblain mais les postes seront chez le client à Carquefou »: thirty-seventh blind user test).
_AGENCY_PLACE = re.compile(
    r"\b(?:l['’ ]\s*|notre\s+|mon\s+|une\s+|nos\s+|les\s+)?agences?(?:\s+d['’ ]\s*int[ée]rim)?(?:\s+(?:est|sont|se\s+trouve|se\s+situe|bas[ée]e?s?|situ[ée]e?s?|install[ée]e?s?)\b)*"
    r"\s*(?:[aà]|au|aux|en|de|du|d['’])\s*[^,.;!?]+?(?=\s+(?:mais|et|alors|pour|par contre|cependant|le poste|les postes|on|nous|je)\b|[,.;!?]|$)",
    re.IGNORECASE,
)
#: The posts said to be at the client's or at another place (« les postes seront chez le client à Carquefou », « le lieu du poste
#: c'est Carquefou »).
_POSTS_ELSEWHERE = re.compile(
    r"\b(?:chez\s+(?:le|la|les|un|une|notre|nos|leur|ce|cette)\s+clients?|(?:le|les|du|des)\s+(?:postes?|missions?)\s+(?:\w+\s+){0,2}?"
    r"(?:seront|sera|sont|est|se\s+trouvent|se\s+trouve|c['’ ]\s*est)|lieu\s+(?:du|des|de)\s+(?:poste|postes|travail|mission))\b",
    re.IGNORECASE,
)


def agency_town(text: str) -> Place | None:
    """The town an agency (a temp agency's) is said to be in when it is the only place ``text`` names (« bjr agence d'interim au
    mans, on veut faire un CDII pour un cariste »): the employer's town, the job being often at the client's (it was taken for the
    job's place without a question: forty-seventh blind user test, u47-06); None otherwise."""
    cleaned = clean_input(text or "")
    if not _AGENCY_PLACE.search(cleaned) or _POSTS_ELSEWHERE.search(cleaned) or extract_place(_AGENCY_PLACE.sub(" ", cleaned)) is not None:
        return None
    place = extract_place(job_place_text(cleaned))
    return place if isinstance(place, Place) and place.commune and place.in_region else None


def job_place_text(text: str, answer: bool = False) -> str:
    """``text`` without the places that are not the job's: the head office's, where the candidate lives or comes from, and (unless
    ``text`` is the ``answer`` to the place question) the employer's name after an intercommunality."""
    text = without_the_candidates_places(_HEAD_OFFICE.sub(" ", clean_input(text or "")))
    if _POSTS_ELSEWHERE.search(text):
        text = _AGENCY_PLACE.sub(" ", text)
    return text if answer else _INTERCOMMUNALITY.sub(" ", text)


def extract_job_place(text: str, answer: bool = False) -> Place | AmbiguousPlace | None:
    """:func:`extract_place` without the places of the head office (« notre siège est à Rennes, le poste à Laval »
    is Laval; « notre siège est à Rennes » alone names no job place: the check asks it, instead of concluding that a
    job in Ille-et-Vilaine is not eligible — sixth blind user test) nor where the candidate lives; nor, but in the
    ``answer`` to the place question, the commune an intercommunality employing is named after (:data:`_INTERCOMMUNALITY`)."""
    return extract_place(job_place_text(text, answer))
