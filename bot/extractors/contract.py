"""Type of employment contract in an employer's free-text answer.

``extract_contract("un CDD de 8 mois")`` returns ``"cdd"``. The text is read
word by word after removing accents and case, so « contrat a duree
indeterminee » and « Contrat à durée indéterminée » are the same; typos in the
long words (« aprentissage », « saisonier », « professionalisation ») are
corrected against a closed vocabulary.

Decisions:

* Temporary work (« intérim ») has three codes. « CDI intérimaire » / « CDI int »
  is ``cdi_interimaire``. A fixed-term contract in temporary work (« CDD en
  intérim », « CDD intérimaire », and the legal name « contrat de mission »,
  with or without a duration) is ``cdd_interim``. « Intérim » or « intérimaire »
  alone, « mission d'intérim », « travail temporaire » is ``interim_mission``: a
  plain temp mission whose duration the dialogue asks.
* « Alternance » is ``apprentissage`` unless a professionalisation contract is
  mentioned in the same answer (« alternance en contrat pro »): what is eligible
  is the same. Where the contract is stored, :func:`alternance_unsaid` tells a
  bare « alternance » apart, and the dialogue asks which of the two it is.
* When several contracts are mentioned, the more specific wins when they
  combine (« un CDD pour la saison » → ``cdd_saisonnier``, « CDD … en intérim »
  → ``cdd_interim``, « apprentissage en CDI » → ``apprentissage``); a negated
  one is ignored (« pas un CDI mais un CDD »); after a correction (« en fait »,
  « non, », « plutôt »…) only what follows counts. Alternatives (« CDI ou
  CDD », « on hésite entre CDI et CDD », « soit … soit ») give None: the
  answer does not decide, and guessing the first one would give a verdict for
  a contract the employer has not chosen; ``extract_contract_options`` lists
  them so that the dialogue can ask which one. Otherwise the first
  contract mentioned is the one hired on (« un CDD qui pourra devenir un CDI »),
  and a « stage » before an employment contract is not the hiring contract.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.language.cues import AFTERTHOUGHTS, DECIDING_WORDS, DEFERRING, LEAD_INS, UNSURE, YES_WORDS, alternation
from bot.language.fuzzy import correct_word
from bot.language.normalize import fold, normalize
from bot.language.numbers import is_number_word
from bot.language.tokens import (
    SEP,
    after_last_correction,
    clean_input,
    correction_positions,
    find_mentions,
    is_negated,
    tokenize,
    without_addresses,
)


@dataclass(frozen=True)
class ContractName:
    """How a contract is named: its ``label`` as shown on its own (the recap, the buttons, the staff's export) and the
    ``article`` of its noun, « un » or « une », for a sentence (« un CDD de 8 mois et une mission d'intérim »: the sentence on two
    contracts said « un Mission d'intérim »)."""

    label: str
    article: str = "un"
    #: A hire, which a request can be sent for (not an internship nor a freelance collaboration).
    employment: bool = True


#: The request's contract of an alternance whose kind (apprenticeship or professionalisation) is not decided yet (« je sais
#: pas encore », « je demande au CFA »): both are eligible, the request is sent so and the Region's staff settle it with the
#: employer (listed among the fields they complete). Never read out of a message: only the answer to « L'alternance : … ? ».
ALTERNANCE_TO_SPECIFY = "alternance_a_preciser"

#: Every contract code with its name: the one table of the contracts' labels and their gender.
CONTRACT_NAMES: dict[str, ContractName] = {
    "cdi": ContractName("CDI"),
    "cdd": ContractName("CDD"),
    "cdd_saisonnier": ContractName("CDD saisonnier"),
    "cdi_interimaire": ContractName("CDI intérimaire"),
    "cdd_interim": ContractName("CDD en intérim"),
    "apprentissage": ContractName("Contrat d'apprentissage"),
    "contrat_professionnalisation": ContractName("Contrat de professionnalisation"),
    ALTERNANCE_TO_SPECIFY: ContractName("Alternance (apprentissage ou professionnalisation, à préciser)", "une"),
    "stage": ContractName("Stage", employment=False),
    "independant": ContractName("Travail indépendant (freelance, auto-entrepreneur)", employment=False),
    "interim_mission": ContractName("Mission d'intérim", "une"),
}
CONTRACT_LABELS: dict[str, str] = {code: name.label for code, name in CONTRACT_NAMES.items()}
#: The contracts a request can name (the export's ``job.contract_type``), in the table's order.
REQUEST_CONTRACTS: tuple[str, ...] = tuple(code for code, name in CONTRACT_NAMES.items() if name.employment)


def in_a_sentence(code: str, label: str) -> str:
    """``label`` (the contract's, with its length if any: « Mission d'intérim de 3 mois ») inside a sentence, with its
    article: « une mission d'intérim de 3 mois », « un CDD de 8 mois », « un contrat d'apprentissage » (an acronym keeps
    its capitals)."""
    name = CONTRACT_NAMES.get(code, ContractName(label))
    if label[:1].isupper() and not label[1:2].isupper():
        label = label[:1].lower() + label[1:]
    return f"{name.article} {label}"


_NEEDS_DURATION = frozenset({"cdd", "cdd_saisonnier", "cdd_interim", "interim_mission"})

#: Internal code of « alternance », resolved once the whole answer is read.
_ALTERNANCE = "alternance"
#: Internal code of « saisonnier(s) » said of the workers: a seasonal CDD, unless the answer names another
#: contract for them (« 4 saisonniers en CDI », fourth blind user test, 2026-11-30).
_SEASONAL_WORKER = "saisonnier"

# Long words the employer may misspell; typos are mapped to these spellings.
_VOCABULARY: tuple[str, ...] = (
    "apprentissage",
    "apprenti",
    "apprentie",
    "apprentis",
    "apprenties",
    "alternance",
    "alternances",
    "alternant",
    "alternante",
    "alternants",
    "professionnalisation",
    "saisonnier",
    "saisonniere",
    "saisonniers",
    "saisonnieres",
    "indeterminee",
    "indetermine",
    "determinee",
    "interimaire",
    "interimaires",
    "stagiaire",
    "stagiaires",
    "freelance",
    "independant",
    "independante",
    "entrepreneur",
    "autoentrepreneur",
    "microentrepreneur",
    "prestataire",
)
# Real French words one or two edits away from the vocabulary (checked against a
# French lexicon): they are never « corrected ».
_PROTECTED = frozenset(
    """
    apparentees apprecies appretees
    alienante alterant alternaient alternais alternait alternat alternative alternatif alternent alternons
    apparente apparentee apparentes apparents appointissage apprenais apprenait appreniez apprennes apprenons
    apprendre appretais attenance attenante attenants atterrant determina determine determinent determiner
    determinera determinerez determinez determinite entreprendre entreprenez entreteneur independance
    independances indeterminer presalaire protestataire sablonniere saisonner salaisonnier salaisonniers
    salonnier salonniere santonnier savonnier savonniere statuaire
    """.split()
)

_IND = r"indetermine\w*"
_DET = r"determine\w*"
_INTERIM = r"(?:interim|interimaire|interimaires|interrim|interime)"

# (code, pattern) over the accent-free, lower-case words joined by spaces.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("cdi_interimaire", rf"\bcdi\s(?:en\s|d\s)?(?:{_INTERIM}|int)\b"),
    ("cdi_interimaire", r"\bcdii\b"),
    ("cdi_interimaire", rf"\bcontrat\s(?:a\s)?duree\s{_IND}\s(?:en\s|d\s)?{_INTERIM}\b"),
    ("cdd_interim", rf"\bcdd\s(?:en\s|d\s|via\s(?:l\s|une\s)?|par\s(?:l\s)?)?{_INTERIM}\b"),
    ("cdd_interim", rf"\bcontrat\s(?:a\s)?duree\s{_DET}\s(?:en\s|d\s)?{_INTERIM}\b"),
    ("cdd_interim", r"\bcontrats?\sde\smission\b"),
    ("cdd_interim", r"\bcontrats?\sde\stravail\stemporaire\b"),
    ("interim_mission", rf"\bmissions?\s(?:en\s|d\s)?{_INTERIM}\b"),
    ("interim_mission", rf"\b{_INTERIM}\b"),
    ("interim_mission", r"\b(?:travail|mission|missions|emploi)\stemporaires?\b"),
    # « même en mission de 3 mois ? » (a temp agency's question, eighth blind user test): a mission with a length.
    ("interim_mission", r"\bmissions?\s(?:de\s)?(?:\d+|un|une|deux|trois|quatre|cinq|six)\s(?:mois|semaines?)\b"),
    ("cdd_saisonnier", r"\bcdd\s(?:de\s)?saisonniers?\b"),
    (_SEASONAL_WORKER, r"\bsaisonni(?:er|ere|ers|eres)\b"),
    ("cdd_saisonnier", r"\b(?:cdd|contrat|contrats|emploi|poste|job|travail)\s(?:de\s|pour\sla\s)?saison\b"),
    ("cdd_saisonnier", r"\bpour\sla\s(?:saison|haute\ssaison)\b"),
    ("cdd_saisonnier", r"\bsaison\s(?:estivale|d\sete|touristique|d\shiver|hivernale)\b"),
    ("cdd_saisonnier", r"\bvendanges?\b"),
    ("cdd", r"\bcdd\b"),
    ("cdd", r"\bc\sd\sd\b"),
    # A public employer's fixed-term contract (« contractuel sur 1 an puis titularisation » was not understood: fourteenth
    # blind user test).
    ("cdd", r"\b(?:contractuel|contractuelle|contractuels|contractuelles)\b"),
    # … with its length (« contrat de droit public d'un an » got the contract buttons again: twenty-ninth blind user test)
    ("cdd", r"\bcontrats?\s(?:de\s)?droit\spublic\s(?:d|de|sur|pour)\s(?:un|une|deux|trois|quatre|cinq|six|\d+)\s(?:an|ans|annees?|mois)\b"),
    ("cdd", rf"\b(?:contrat\s)?(?:a\s)?duree\s{_DET}"),
    ("cdi", r"\bcdi\b"),
    ("cdi", r"\bc\sd\si\b"),
    ("cdi", rf"\b(?:contrat\s)?(?:a\s)?duree\s{_IND}"),
    ("cdi", rf"\b{_IND}"),
    ("cdi", r"\bcontrat\sde\schantier\b"),
    ("contrat_professionnalisation", r"\bcontrats?\s(?:de\s)?(?:pro|pros|prof|professionnalisation)\b"),
    ("contrat_professionnalisation", r"\bprofessionnalisation\b"),
    ("contrat_professionnalisation", r"\bc\s?pro\b"),
    ("contrat_professionnalisation", r"\balternance\s(?:en\s)?pro\b"),
    ("apprentissage", r"\bcontrats?\sd\sapprentissage\b"),
    ("apprentissage", r"\bapprentissage\b"),
    ("apprentissage", r"\bapprenti(?:e|s|es)?\b"),
    ("apprentissage", r"\bcfa\b"),
    (_ALTERNANCE, r"\balternan(?:ce|t|te|ts|tes)\b"),
    # Not the training's « périodes de stage en entreprise », nor its « stagiaire de la formation professionnelle »:
    # « pendant les périodes de stage en entreprise, qui paye le stagiaire ? » at the contract question concluded
    # « stage, not eligible » (eighth blind user test).
    # Nor the civil service's probation after the contract, « mise en stage », « stage de titularisation », « fonctionnaire
    # stagiaire » (« Un an, renouvelable, avec une possible mise en stage pour titularisation ensuite. » made a CDD of one year
    # a « Stage », not eligible: thirty-seventh blind user test).
    ("stage", r"\b(?<!periode de )(?<!periodes de )(?<!mise en )(?<!mis en )(?<!mises en )(?:convention\sde\s)?stages?\b"
              r"(?!\s+(?:pratiques?\s+)?en\s+entreprises?\b)(?!\s+(?:\w+\s+){0,3}?titularisation\b)"),
    ("stage", r"\b(?<!le )(?<!les )(?<!du )(?<!au )(?<!aux )(?<!fonctionnaire )(?<!fonctionnaires )(?<!nomme )(?<!nommee )(?<!nommes )"
              r"stagiaires?\b(?!\s+de\s+la\s+(?:formation|fonction\s+publique))"),
    ("independant", r"\bfree\s?lances?\b"),
    ("independant", r"\b(?:auto|micro)\s?entrepreneur\w*"),
    ("independant", r"\bprestataires?\b"),
    ("independant", r"\bindependant\w*"),
    ("independant", r"\ben\sliberal\b"),
    ("independant", r"\ba\sson\s(?:propre\s)?compte\b"),
)

_ALTERNATIVES = frozenset({"ou", "voire", "soit"})
#: Words that make « et », a comma or « peut-être » separate alternatives (« on hésite entre CDI et CDD »).
_HESITATION = re.compile(
    r"\b(?:hesit\w*|tate|tatons|tatent|peut\setre|pas\s(?:encore\s)?(?:decide|tranche|fixe)\w*|sai[st]\spas|jsp|entre)\b"
)
_HESITATION_SPLITS = _ALTERNATIVES | {"et", SEP, "peut"}
_EMPLOYMENT = frozenset(REQUEST_CONTRACTS)


@dataclass(frozen=True)
class _Mention:
    code: str
    start: int  # token index
    end: int  # token index (exclusive)


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((code, re.compile(pattern)) for code, pattern in _PATTERNS)


def needs_duration(code: str) -> bool:
    """True when the eligibility of ``code`` depends on the contract's duration."""
    return code in _NEEDS_DURATION


#: Contracts whose duration the eligibility does not need but which have one, kept when said and sent with the request
#: (« contrat de professionnalisation de 12 mois » lost its length: the recap showed « Contrat de professionnalisation », and
#: the request was sent without it: found reading the recap).
_HAS_A_LENGTH = frozenset({"contrat_professionnalisation", "apprentissage", ALTERNANCE_TO_SPECIFY})


#: A length said of the training, an internship, a notice or a trial period, not of the contract (folded): « un contrat pro
#: avec 2 mois de formation », « période d'essai de 2 mois ».
_ANOTHER_LENGTH = re.compile(
    r"\b(?:mois|ans?|annees?|semaines?|jours?)\s+(?:de|d)\s+(?:formation|cours|ecole|stage|preavis|essai)\b|"
    r"\b(?:formation|cours|stage|preavis|essai)\s+(?:de|d|sur)\s+(?:\d|un|une|deux|trois|quatre|six|huit|dix|douze)|"
    # (or of another contract: « apprentissage, le CDD de 8 mois c'était une erreur » made an apprenticeship of 8 months:
    # review of the twenty-third blind user test's fixes)
    r"\b(?:cdd|interim)\s+(?:de\s+|d\s+)?(?:\d+|un|une|deux|trois|quatre|six|huit|dix|douze)\s*(?:mois|ans?|annees?|semaines?)\b|"
    # (« dure » said of something else than the contract: « contrat pro, la période d'essai dure 1 mois », « apprentissage, le
    # stage dure 2 mois », « le centre de formation dure 6 mois », « pendant 6 mois en centre » were kept as the contract's
    # length: second review of the session's changes)
    r"\b(?:essai|preavis|stage|integration|formation|centre|tutorat|cours|ecole)\s+(?:\w+\s+)?dur\w*\b|"
    r"\bduree\s+(?:de|du|d)\s+(?:la\s+|l\s+|le\s+)?(?:periode\s+d\s+)?(?:essai|preavis|stage|integration|formation|centre|tutorat|cours)\b|"
    r"\b(?:pendant|durant)\s+(?:\d+|un|une|deux|trois|quatre|six|huit|dix|douze)\s*(?:mois|ans?|annees?|semaines?)\s+en\s+"
    r"(?:centre|formation|cours|ecole)\b"
)


#: A length said as the contract's (folded): « contrat pro de 12 mois », « apprentissage de 2 ans », « en alternance sur 18
#: mois », « pour 2 ans », « contrat pro 12 mois »; not a delay (« démarrage dans 2 mois », « pour dans 3 mois », « il reste 3
#: mois »), a trial (« essai 1 mois ») nor a part (« dont 3 mois en centre »), which were kept as the contract's length (review of
#: the session's changes: « Contrat d'apprentissage de 2 mois » at the recap).
_LENGTH = r"(?:\d+(?:[.,]\d+)?|un|une|deux|trois|quatre|six|huit|dix|douze|dix huit|vingt quatre)\s*(?:mois|ans?|annees?)\b"
_THE_CONTRACTS_LENGTH = re.compile(
    rf"(?:\b(?:de|d|sur|pour|pendant|durant)|\b(?:pro|professionnalisation|apprentissage|alternance))\s+{_LENGTH}"
    # (« la durée c'est 2 ans », « le contrat pro dure 12 mois »)
    rf"|\bdure\w*\s+(?:(?:c est|est|sera|de|d)\s+)?{_LENGTH}"
)
#: A length as a clause of its own, folded with its punctuation: « alternance à Nantes, 2 ans, BTS ».
_A_LENGTH_ALONE = re.compile(rf"(?:^|[,;:])\s*{_LENGTH}\s*(?:$|[,;.])")
#: A part of the contract's length (« apprentissage pour 2 ans, dont 3 mois en centre »: which length is the contract's is left
#: unsaid).
_PART_OF_THE_LENGTH = re.compile(rf"\bdont\s+{_LENGTH}")


def keeps_duration(code: str, said: str = "") -> bool:
    """True when a duration said with ``code`` (in ``said``) is kept: it decides the eligibility, or it is said as the length
    of an alternance (:data:`_THE_CONTRACTS_LENGTH`; not when a length of the training, a trial period or a part is said)."""
    if code in _NEEDS_DURATION:
        return True
    plain = normalize(said)
    said_as_the_contracts = _THE_CONTRACTS_LENGTH.search(plain) is not None or _A_LENGTH_ALONE.search(fold(said)) is not None
    return (code in _HAS_A_LENGTH and said_as_the_contracts and not _ANOTHER_LENGTH.search(plain)
            and not _PART_OF_THE_LENGTH.search(plain))


def _canonical_tokens(text: str) -> list[str]:
    tokens = tokenize(text)
    out: list[str] = []
    for token in tokens:
        fixed = correct_word(token, _VOCABULARY, _PROTECTED) if token != SEP else None
        out.append(fixed or token)
    return out


def _mentions(tokens: list[str]) -> list[_Mention]:
    """Non-overlapping mentions, longest first at each position, in text order."""
    return [_Mention(label, start, end) for label, start, end in find_mentions(tokens, _compiled())]


def _merge(codes: list[str]) -> list[str]:
    """Combine mentions that describe one contract; keep first-mention order."""
    present = set(codes)
    pro = "contrat_professionnalisation" in present
    codes = [("contrat_professionnalisation" if pro else "apprentissage") if c == _ALTERNANCE else c for c in codes]
    if present & (_EMPLOYMENT - {"cdd", "cdd_saisonnier"}):
        codes = [c for c in codes if c != _SEASONAL_WORKER]
    codes = ["cdd_saisonnier" if c == _SEASONAL_WORKER else c for c in codes]
    present = set(codes)

    def replace(old: str, new: str) -> None:
        nonlocal codes
        codes = [new if c == old else c for c in codes]

    if "cdd" in present and "interim_mission" in present:
        replace("cdd", "cdd_interim")
        replace("interim_mission", "cdd_interim")
    if "cdi" in present and "interim_mission" in present:
        replace("cdi", "cdi_interimaire")
        replace("interim_mission", "cdi_interimaire")
    present = set(codes)
    absorbed = {
        "cdd_saisonnier": {"cdd"},
        "cdd_interim": {"cdd", "interim_mission"},
        "cdi_interimaire": {"cdi", "interim_mission"},
        "apprentissage": {"cdd", "cdi"},
        "contrat_professionnalisation": {"cdd", "cdi", "apprentissage"},
    }
    dropped: set[str] = set()
    for specific, generic in absorbed.items():
        if specific in present:
            dropped |= generic - {specific}
    if present & _EMPLOYMENT - dropped:
        dropped.add("stage")
    result: list[str] = []
    for code in codes:
        if code not in dropped and code not in result:
            result.append(code)
    return result


#: Who the self-employed are, said before them (the words of their clause, joined): the employer (« je suis auto-entrepreneur »,
#: « on est micro-entrepreneurs », « c'est moi l'auto entrepreneur », « en tant que freelance »), or the employers the scheme
#: is open to (« c'est ouvert aux auto entrepreneurs… »), with up to two words between (« je suis moi-même auto-entrepreneur »).
#: « en tant que » says the employer only at the clause's start or after « je » (« en tant que freelance je peux recruter… »,
#: « je travaille en tant qu'auto-entrepreneur »): « il travaillerait en tant qu'auto-entrepreneur », « on le prendrait en tant que
#: prestataire » and « on est sur un freelance » (we go for one) are the contract (review of the twenty-third blind user test's
#: fixes: each got « Je n'ai pas compris »).
_THE_EMPLOYER_BEFORE = re.compile(
    r"\b(?:je suis|j suis|chui|suis|nous sommes|sommes|on est|etant|c est moi|ouvert aux|ouvert a|accessible aux)(?! sur\b)"
    r"(?: \w+){0,2}$|"
    r"(?:^(?:(?:moi|et|mais|donc|alors|bon|non)\s)*|\b(?<!pour )(?<!avec )(?<!chez )(?:je|j|nous)(?: (?!(?:le|la|l|les|lui|leur)\b)\w+){0,2} )en tant que?(?: \w+){0,2}$"
)
#: … or after them: the self-employed who hire (« … auto entrepreneurs qui veulent embaucher leur premier salarié », « un
#: micro-entrepreneur peut-il recruter ? »).
_THE_EMPLOYER_AFTER = re.compile(
    r"^(?:qui )?(?:(?:veut|veulent|voudrait|voudraient|souhaite|souhaitent|aimerait|aimeraient|peut|peuvent|pourrait|pourraient|"
    r"compte|comptent|va|vont)(?: il| ils| elle| elles)? (?:en )?)?"
    r"(?:embauch\w*|recrut\w*|employ\w*|benefici\w*|profit\w*)\b"
    # (not the training the freelance benefits from: « on veut prendre un freelance qui va bénéficier de la formation »: review)
    r"(?! (?:de |d |a |du )?(?:la |une |sa |cette |l )?formation)"
)


#: The words before « intérim » that make it the employer's trade, not the contract (tokens joined): « agence d'intérim à La
#: Roche-sur-Yon. Un CDD en intérim de 8 mois c'est éligible ? » was a mission of intérim (twenty-sixth blind user test).
_THE_AGENCY = re.compile(r"\b(?:agence|agences|boite|boites|societe|societes|entreprise|entreprises|cabinet|groupe|reseau)(?:\s(?:d|de))?$")
#: … unless hired through one (« un CDD de 7 mois via une agence d'intérim » is a CDD in intérim).
_THROUGH = re.compile(r"\b(?:via|par|avec|passe|passant|passons|passez|passer|recours)(?:\s(?:a|au|une|un|l|les|des|la|le|notre|nos|votre|vos))*$")


def _names_the_agency(tokens: list[str], mention: _Mention) -> bool:
    """Whether an « intérim » names the employer's trade (« agence d'intérim »), not the contract offered."""
    before = " ".join(tokens[max(0, mention.start - 8) : mention.start])
    agency = _THE_AGENCY.search(before)
    return agency is not None and _THROUGH.search(before[: agency.start()].rstrip()) is None


def _said_of_the_employer(tokens: list[str], mention: _Mention) -> bool:
    """Whether a mention of the self-employed (« auto-entrepreneur », « freelance ») says who the employer is, not the contract
    offered: an auto-entrepreneur hiring a first employee in CDI was told « not eligible, a freelance collaboration is no hire »
    (twenty-third blind user test). « je veux le prendre en freelance », « un prestataire » are still the contract."""
    start = mention.start
    while start > 0 and tokens[start - 1] != SEP:
        start -= 1
    end = mention.end
    while end < len(tokens) and tokens[end] != SEP:
        end += 1
    before, after = " ".join(tokens[start : mention.start]), " ".join(tokens[mention.end : end])
    return bool(_THE_EMPLOYER_BEFORE.search(before) or _THE_EMPLOYER_AFTER.search(after))


#: A contract refused right after it is named, the whole clause (tokens joined): « l'alternance c'est pas possible pour nous »,
#: « l'alternance ce n'est pas pour nous », « … ça ne marche pas » were asked back as an alternance (review of the session on
#: the alternance); not « alternance, c'est pas possible avant septembre » (a date), nor « CDD, pas possible de faire plus ».
_REFUSED_RIGHT_AFTER = re.compile(
    # (« le CDI c'est pas sûr, mettez un CDD de 6 mois » after the verdict got the FAQ, the CDI kept: forty-eighth blind user test,
    # u48-06)
    r"^(?:(?:c|ce|ca|cela)\s+)?(?:(?:n|ne)\s+)?(?:(?:est|marche|fonctionne)\s+pas(?:\s+(?:encore\s+)?(?:possible|envisageable|une option"
    r"|sure?|certaine?|confirmee?|garantie?|decidee?|fait|acquise?))?"
    r"|est\s+(?:impossible|exclue?|hors de question))(?:\s+(?:pour nous|chez nous|pour l instant|pour le moment|ici|du tout))*\s*(?:\||$)"
)
#: Words between « sans » and the contract it leaves out (« sans alternance », « sans contrat pro », « un CDI, sans l'alternance »).
_LEFT_OUT = frozenset({"le", "la", "l", "les", "de", "d", "un", "une"})


def _refused(tokens: list[str], mention: _Mention, asked: bool) -> bool:
    """« sans alternance », « l'alternance c'est pas possible pour nous »: the contract named is the one not wanted (``asked``:
    the message is a question, « un CDI c'est pas possible ? », which asks about it); and a contract only hoped for
    (:func:`_hedged`)."""
    before = tokens[max(0, mention.start - 2):mention.start]
    without = bool(before) and (before[-1] == "sans" or len(before) == 2 and before[0] == "sans" and before[1] in _LEFT_OUT)
    return without or _hedged(tokens, mention) or not asked and _REFUSED_RIGHT_AFTER.match(" ".join(tokens[mention.end:])) is not None


#: What makes a contract only a hope (tokens joined, before it): « …, voire (un) CDI », « …, ou même un CDI », « éventuellement un
#: CDI »; not « CDI voire CDD », a hesitation between the two (tests/extractors/test_contract.py), hence the clause's mark before.
_HOPED_BEFORE = re.compile(
    rf"(?:(?:^|\s){re.escape(SEP)}\s(?:sinon\s)?(?:voire|ou meme)|(?:^|\s)(?:eventuellement|peut etre meme|meme peut etre))"
    r"(?:\s(?:un|une|le|la|l|en|passer en|sur))*$"
)
#: … or after it, in its clause: a condition on what is not known yet (« un CDI si la commande est confirmée », « … si ça marche »).
_HOPED_AFTER = re.compile(r"^si\s(?:[^|]*\s)?(?:confirm\w*|valid\w*|sign\w*|march\w*|se passe bien|ca va bien|ca roule|ca fonctionne|tout va bien)\b")


def _hedged(tokens: list[str], mention: _Mention) -> bool:
    """Whether the contract is only hoped for, no firm choice: « sinon je peux faire 6 mois, voire un CDI si la commande est
    confirmée » made a firm CDI after the derogation's verdict (forty-eighth blind user test, u48-06); the firm part is read
    (6 months), or the contract asked."""
    before = " ".join(tokens[max(0, mention.start - 4):mention.start])
    return _HOPED_BEFORE.search(before) is not None or _HOPED_AFTER.match(" ".join(tokens[mention.end:])) is not None


#: Words before « intérimaire(s) » that make it a person, not the contract (tokens): « un de nos intérimaires », « notre
#: intérimaire », « il est intérimaire chez nous », « l'un des deux est actuellement intérimaire » (twenty-sixth blind user test:
#: a candidate who is one of the employer's temporary workers made the hiring CDI a « CDI intérimaire »).
_PERSON_BEFORE = frozenset({"nos", "notre", "mon", "mes", "son", "ses", "leur", "leurs", "vos", "votre", "est", "sont", "etait",
                            "etaient", "actuel", "actuelle", "ancien", "ancienne", "anciens", "anciennes"})
#: Words that may stand between them (« est actuellement intérimaire », « nos deux intérimaires »).
_PERSON_BETWEEN = frozenset({"actuellement", "deja", "encore", "aussi", "toujours", "deux", "trois", "anciens", "actuels",
                             "propres", "en", "ce", "moment"})
#: … or after it (« intérimaires actuels », « intérimaire chez nous »).
_PERSON_AFTER = re.compile(
    r"^(?:actuel\w*|chez (?:nous|moi)|en poste|qui (?:travaill|boss)\w*|(?:deja )?(?:identifi|repere)\w*"
    # (« deux intérimaires qui sont en mission chez nous actuellement », « 2 intérimaires identifiés » made a CDD a mission
    # d'intérim: thirty-second blind user test; not « des intérimaires en mission de 3 mois »)
    r"|(?:qui (?:sont|est) (?:(?:deja|actuellement|encore|toujours) )*)?en mission chez (?:nous|moi)"
    r"|qui (?:sont|est) (?:(?:deja|actuellement|encore|toujours) )*(?:en mission|chez (?:nous|moi))"
    r")\b"
)


def _an_interim_worker(tokens: list[str], mention: _Mention) -> bool:
    """Whether « intérimaire(s) » names a person (a candidate, one of the employer's temporary workers), not a contract: after a
    possessive or « est », or followed by « actuels », « chez nous »; never « CDI intérimaire », « en intérim »."""
    if mention.end - mention.start != 1 or tokens[mention.start] not in ("interimaire", "interimaires"):
        return False
    i = mention.start - 1
    while i >= 0 and tokens[i] in _PERSON_BETWEEN:
        i -= 1
    if i >= 0 and tokens[i] in _PERSON_BEFORE:
        return True
    after = " ".join(t for t in tokens[mention.end:mention.end + 8] if t != SEP)
    return bool(_PERSON_AFTER.match(after))


#: What a contract an employee holds now follows (tokens before it, folded): « une salariée en CDD », « son CDD ».
_HELD_NOW_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:salarie|salariee|salaries|salariees|employe|employee|employes|employees|collaborat\w*|agent|agents|ouvrier\w*)"
    r"(?:\s(?:actuellement|deja|aujourd\shui|encore))?\sen|son|sa|ses|leur|leurs"
    # (« j'ai 3 serveurs en CDD saisonnier…, je voudrais les passer en CDI » was a seasonal CDD: thirty-seventh blind user test)
    r"|(?:j\sai|on\sa|nous\savons|mes|nos)\s(?:\d+\s|deux\s|trois\s|quatre\s|cinq\s)?(?!(?:postes?|places?|offres?|besoins?)\s)[^\W\d]\w+\sen)$"
)


def _held_now(tokens: list[str], mention: _Mention, later: list[_Mention]) -> bool:
    """Whether ``mention`` is the contract one of the employer's employees holds now, another contract said after it being the
    one asked about: « j'ai une salariée en CDD qui se termine en janvier, je voudrais la passer en CDI » was a CDD
    (twenty-ninth blind user test); not « on le prend en CDD de 4 mois avant de le passer en CDI ».

    Or the candidate's contract now, whatever follows (thirty-third blind user test): « faire passer mon commis, actuellement en
    CDD chez moi, en CDI » was a CDD, « le CDD c'est son contrat actuel » not read, « un jeune qui est actuellement en stage chez
    nous », « … à la fin de son stage » turned a CDD of one year into a « Stage »."""
    if _someones_now(tokens, mention):
        return True
    if not any(m.code != mention.code for m in later):
        return False
    return (_HELD_NOW_BEFORE.search(" ".join(tokens[max(mention.start - 5, 0):mention.start])) is not None
            or _someones_now(tokens, mention, with_us=True))


#: What a contract held now by someone follows (tokens before it, folded): « actuellement en », « qui est actuellement en », « il
#: est encore en », « à la fin de son »; with :data:`_WITH_US` after it when no word of the present is said (« il est en CDD chez
#: nous »; not « il sera en CDD », nor « il est en CDD de 8 mois », the contract to come said of him).
_NOW_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:(?:il|elle|ils|elles|qui)\s(?:est|sont)\s)?(?P<now>actuellement|actuel|actuels|actuelle|actuelles|encore|toujours|deja|"
    r"aujourd\shui|en\sce\smoment)\sen"
    r"|(?:il|elle|ils|elles|qui)\s(?:est|sont)\sen"
    r"|(?P<end>fin|debut|pendant|apres|avant|durant|suite)\s(?:de\s|d\s|a\s)?(?:son|sa|leur))$"
)


def _clause_after(tokens: list[str], mention: _Mention) -> list[str]:
    """The tokens after ``mention`` up to the end of its clause."""
    clause = []
    for token in tokens[mention.end:]:
        if token == SEP:
            break
        clause.append(token)
    return clause


def _someones_now(tokens: list[str], mention: _Mention, with_us: bool = False) -> bool:
    """Whether ``mention`` is someone's contract now (:data:`_NOW_BEFORE`, or « le CDD c'est son contrat actuel »:
    :data:`_THEIR_SITUATION`), never the one offered; ``with_us``: « il est en CDD chez nous » too (when another contract is
    said after it: alone, it answers « quel contrat ? »)."""
    clause = _clause_after(tokens, mention)
    if _THEIR_SITUATION.match(" ".join(clause)):
        return True
    before = " ".join(t for t in tokens[max(mention.start - 8, 0):mention.start] if t != SEP)
    if _DOES_NOW_BEFORE.search(before) and _NOW_AFTER.search(" ".join([*before.split()[-6:], *clause[:6]])):
        return True  # « il fait en ce moment des missions d'intérim ailleurs » (fifty-first blind user test, u51-13)
    found = _NOW_BEFORE.search(" ".join(before.split()[-5:]))
    if found is None:
        return False
    if found.group("now") or found.group("end"):
        return True
    # (« elle est en CDD ailleurs », « il est en intérim en ce moment »: the word of the present after it)
    return bool(_NOW_AFTER.search(" ".join(clause[:6])) or with_us and _WITH_US.match(" ".join(clause[:3])))


#: What someone's work now follows, said with « faire » (tokens before it, folded): « il fait en ce moment des petites missions
#: d' », « elle fait de l' »; not the employer's (« on fait de l'intérim », « nous faisons des CDD »).
_DOES_NOW_BEFORE = re.compile(
    r"(?:^|\s)(?<!\bon\s)(?<!\bnous\s)(?<!\bje\s)(?<!\bj\s)(?<!\bvous\s)(?<!\bca\s)(?:fait|font|enchaine|enchainent|cumule|cumulent)"
    r"(?:\s(?:actuellement|en|ce|moment|deja|encore|toujours|aussi|parfois|quelques|petites?|des|de|du|l|d|la|les|missions?))*$"
)
#: A word of the present, or of work elsewhere, near a contract (folded tokens): « en ce moment », « actuellement », « ailleurs ».
_NOW_AFTER = re.compile(
    r"(?:^|\s)(?:actuellement|en\sce\smoment|aujourd\shui|ailleurs|pour\sl\sinstant|pour\sle\smoment"
    r"|chez\s(?:un|une|d)\s(?:autre|autres|concurrent\w*))\b"
)


#: « plutôt qu'un CDI », « plutôt qu'en intérim » (raw text, up to the end of its clause): the contract not chosen.
_LESS_WANTED_SAID = re.compile(
    r"(?i)\bplut[ôo]t\s+qu(?:e\s+|['’ ]\s*)(?:(?:un|une|le|la|les|des|du|en|par)\s+|[ld]['’]\s*)*"
    r"(?:cdi|cdd|contrat|int[ée]rim|mission|stage|alternance|apprentissage|intermittent)\w*[^,.;!?]*"
)


def without_the_less_wanted(text: str) -> str:
    """``text`` without the contract it says is less wanted (« un CDD de 8 mois plutôt qu'un CDI »): what is read of the contract
    chosen (its length: the CDI made the CDD's 8 months indefinite, thirty-third blind user test)."""
    return _LESS_WANTED_SAID.sub(" ", text or "")


#: The token standing for « plutôt » before « que » (no correction word).
_RATHER_THAN = "plutot_que"


def _less_wanted(tokens: list[str], mention: _Mention) -> bool:
    """Whether ``mention`` follows « plutôt que (un, le, en…) »: the contract not chosen (« je préfère commencer par un CDD de 8
    mois plutôt qu'un CDI » was corrected to the CDI: thirty-third blind user test)."""
    before = " ".join(t for t in tokens[max(mention.start - 4, 0):mention.start] if t != SEP)
    return bool(re.search(rf"\b{_RATHER_THAN}\squ(?:e)?(?:\s(?:un|une|le|la|l|les|des|du|en|d|par|avec|sur))*$", before))


#: What an « intérim » said of someone's work now follows (tokens before it, folded): « un gars qui bosse chez nous en », « il
#: travaille en », « une fille qui est en », « il est chez nous depuis 2 mois en ».
_INTERIM_NOW_BEFORE = re.compile(
    r"(?:^|\s)(?:(?:il|elle|ils|elles|qui)\s(?:est|sont|etait|etaient)|(?<!\bon\s)(?<!\bnous\s)(?<!\bje\s)(?<!\bj\s)"
    r"(?:travaille|travaillent|bosse|bossent))"
    r"(?:\s(?:deja|actuellement|encore|toujours|maintenant|chez|avec|pour|nous|moi|depuis|\d+|deux|trois|quelques|mois|semaines?|ans?))*"
    r"\s(?:en|comme)$"
)


#: What follows an « intérim » that is someone's situation, not the contract (folded, its clause): « l'intérim c'est leur situation
#: actuelle » after « le contrat proposé reste un CDD de 8 mois » left the mission d'intérim (thirty-second blind user test).
_THEIR_SITUATION = re.compile(
    r"^(?:(?:c|ce|ca|cela)\s)?(?:n\s)?(?:est|sont)\s(?:(?:juste|seulement|simplement|que)\s)*(?:leur|sa|son|ses|notre)\s"
    r"(?:situation|statut|contrat)\s(?:actuel|actuelle|actuels|actuelles|d aujourd hui|du moment|en ce moment)\b"
)
_WITH_US = re.compile(r"(?:^|\s)(?:d\s)?(?:chez|avec|pour)\s(?:nous|moi)\b")


def _interim_of_someone_now(tokens: list[str], mention: _Mention, kept: list[_Mention]) -> bool:
    """Whether an « intérim » is how the candidate works now, another contract said being the one offered: « On a un gars qui
    bosse chez nous en intérim depuis 2 mois… on voudrait l'embaucher en CDI » was a CDI intérimaire (thirty-first blind user
    test); not « on travaille en intérim », nor « un CDI en intérim » (one mention)."""
    if mention.code != "interim_mission":
        return False
    clause = _clause_after(tokens, mention)
    if _THEIR_SITUATION.match(" ".join(clause)):
        return True
    before = " ".join(t for t in tokens[max(mention.start - 8, 0):mention.start] if t != SEP)
    if _INTERIM_NOW_BEFORE.search(before) is None:
        return False
    # (With us, it is the candidate alone: « non il n'est pas salarié chez nous, il est en intérim chez nous » after « pas
    # éligible » turned the CDI into a mission d'intérim.)
    after = " ".join(t for t in tokens[mention.end:mention.end + 4] if t != SEP)
    return any(m.code != mention.code for m in kept) or bool(_WITH_US.search(before) or _WITH_US.match(after))


#: « Interim » in a temp agency's name (capitalised, then a capitalised word, or its SIRET a few words on): « ok on fait la
#: demande. Interim Ouest Emploi agence Nantes Centre siret 31245789800012 » made a CDI intérimaire a mission d'intérim and the
#: name and SIRET were asked again (thirty-second blind user test). Not « en intérim finalement », « Intérim de 3 mois ».
_AGENCY_NAME = re.compile(
    r"(?<![\w'’])(?:Int[ée]rim|INT[EÉ]RIM)(?![\w'’])"
    r"(?=\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|&)|(?:\s+[\w'’&-]+){0,6}?\s+(?i:siret|siren)\b)"
)


#: Words that may come between a correction's marker and the value it gives (folded tokens): « enfin non pardon 32h », « non en
#: fait 3 postes », « euh non plutot 30h ».
_BEFORE_THE_VALUE = frozenset({
    SEP, "enfin", "non", "pardon", "euh", "heu", "plutot", "en", "fait", "finalement", "c", "est", "ce", "sera", "disons", "mettez",
})


def _a_figure(token: str) -> bool:
    """A figure (« 32h », « 3 », « trois »), not the article « un », « une »."""
    return token[:1].isdigit() or is_number_word(token) and token not in ("un", "une")


def _takes_back_a_figure(tokens: list[str], pos: int) -> bool:
    """Whether the correction whose words start at ``pos`` gives a figure first, one being said before it: it replaces that
    figure (the hours, a count, a length), not the contract said with it (« un CDI 30h, enfin non 32h en fait a Angers », « 2
    postes en CDI, non 3 postes » dropped the CDI: task of the session's helper h35-b)."""
    said = [t for t in tokens[pos:pos + 5] if t not in _BEFORE_THE_VALUE]
    return bool(said) and _a_figure(said[0]) and any(_a_figure(t) for t in tokens[:pos])


def _read(text: str) -> tuple[list[str], list[_Mention]]:
    """Tokens and the mentions that count: not negated nor refused, not the employer's own status, after the last correction."""
    text = _AGENCY_NAME.sub(" ", without_addresses(clean_input(text)))
    if not text.strip():
        return [], []
    tokens = _canonical_tokens(text)
    # (« plutôt qu'un CDI » compares, it corrects nothing: « un CDD de 8 mois plutôt qu'un CDI » kept the CDI after it)
    tokens = [_RATHER_THAN if t == "plutot" and tokens[i + 1 : i + 2] in (["qu"], ["que"]) else t for i, t in enumerate(tokens)]
    asked = text.rstrip().endswith("?")
    mentions = [m for m in _mentions(tokens) if not is_negated(tokens, m.start) and not _refused(tokens, m, asked)
                and not (m.code == "independant" and _said_of_the_employer(tokens, m)) and not _an_interim_worker(tokens, m)
                and not (m.code == "interim_mission" and _names_the_agency(tokens, m))]
    if len(mentions) > 1:
        # (before the corrections are read: « plutôt » is one)
        mentions = [m for m in mentions if not _less_wanted(tokens, m)] or mentions
    if not mentions:
        return tokens, []
    start = after_last_correction(tokens, [m.start for m in mentions])
    kept = [m for m in mentions if m.start >= start]
    now = [m for i, m in enumerate(kept) if _held_now(tokens, m, kept[i + 1:])]
    # (The same contract said again just after, set apart, describes it: « le candidat est actuellement en stage chez nous (stage
    # de formation via france travail) » turned a CDI into a « Stage »: fifty-first blind user test, u51-09.)
    kept = [m for m in kept if m not in now and not any(_restates(tokens, held, m) for held in now)]
    kept = [m for m in kept if not _interim_of_someone_now(tokens, m, kept)]
    # « pour un apprenti pâtissier euh non pardon un pâtissier »: a correction followed by no contract takes back
    # the contract said just before it (it made a « CDD 12 mois » an apprenticeship: ninth blind user test).
    for pos in correction_positions(tokens):
        replaced = any(t != SEP for t in tokens[pos:])  # « c'est un CDD en fait » takes nothing back
        # (Not a « plutôt » right after the contract, which chooses it: « on peut leur proposer un CDI intérimaire plutôt. Et le
        # client est à Allonnes » lost the contract: twenty-ninth blind user test.)
        chosen = tokens[pos - 1] == "plutot" and any(m.end == pos - 1 for m in kept)
        if pos > start and replaced and not chosen and not any(m.start >= pos for m in kept) and not _takes_back_a_figure(tokens, pos):
            kept = [m for m in kept if not (m.end <= pos and pos - m.end <= 3)]
    return tokens, kept


def _restates(tokens: list[str], held: _Mention, mention: _Mention) -> bool:
    """Whether ``mention`` says again the contract ``held`` by someone now, a few words after it, set apart (a comma, a
    bracket): « actuellement en stage chez nous (stage de formation…) »."""
    between = tokens[held.end:mention.start]
    return mention.code == held.code and 0 < len(between) <= 4 and SEP in between


def _options(tokens: list[str], mentions: list[_Mention]) -> tuple[str, ...]:
    """The contracts the employer hesitates between, one per alternative, in text order."""
    if len(mentions) < 2:
        return ()
    hesitating = _HESITATION.search(" ".join(tokens)) is not None
    splits = _HESITATION_SPLITS if hesitating else _ALTERNATIVES
    groups: list[list[_Mention]] = [[mentions[0]]]
    for previous, mention in zip(mentions, mentions[1:], strict=False):
        if splits & set(tokens[previous.end : mention.start]):
            groups.append([])
        groups[-1].append(mention)
    options: list[str] = []
    for group in groups:
        codes = _merge([m.code for m in group])
        # (A bare « alternance » is either of its contracts: « CDI ou alternance » was « CDI ou Contrat d'apprentissage »,
        # which nobody chose, and « alternance » was then no answer to it: second review of the session on the alternance.)
        bare = all(m.code == _ALTERNANCE for m in group)
        for code in (("apprentissage", "contrat_professionnalisation") if bare and codes == ["apprentissage"] else codes[:1]):
            if code not in options:
                options.append(code)
    return tuple(options) if len(options) > 1 else ()


def extract_contract_options(text: str) -> tuple[str, ...]:
    """Contracts the employer hesitates between (« on hésite entre CDI et CDD »), or ``()``.

    Never raises. A single contract, or one contract that may become another
    (« un CDD qui pourra devenir un CDI »), is not a hesitation.
    """
    tokens, mentions = _read(text)
    return _options(tokens, mentions)


#: The two contracts in alternance: a bare « alternance » does not say which one (they differ, and the request's contract
#: is one of them, never « alternance »).
ALTERNANCE_CONTRACTS: tuple[str, str] = ("apprentissage", "contrat_professionnalisation")
#: The request's contracts that are an alternance: its two contracts, or one of them still to be settled.
ALTERNANCES: frozenset[str] = frozenset({*ALTERNANCE_CONTRACTS, ALTERNANCE_TO_SPECIFY})
_BEFORE_A_SHORT_ANSWER = rf"(?:(?:{alternation((*LEAD_INS, *DECIDING_WORDS, *YES_WORDS, 'c est', 'ce sera', 'un', 'le', 'la', 'l', 'en', 'du', 'contrat'))})\s+)*"
_AFTER_A_SHORT_ANSWER = rf"(?:\s+{alternation(AFTERTHOUGHTS)})*"
#: « pro » said alone, as the answer to « apprentissage ou professionnalisation ? » (folded): « pro », « plutôt pro »,
#: « le pro », « en pro », « c'est pro », « ok pro »; with its length or an afterthought: « pro, 12 mois », « pro svp », « pro je
#: pense » (« Je n'ai pas compris »: review of the session on the alternance).
_PRO_ALONE = re.compile(rf"{_BEFORE_A_SHORT_ANSWER}pros?(?:\s+(?:(?:de|d|sur|pour)\s+)?{_LENGTH})?{_AFTER_A_SHORT_ANSWER}")
#: A contract question's buttons by their order (folded): « le premier », « la 1ère », « le 2e », « option 2 », « le 3e », « le
#: dernier » (a figure alone, « 2 », may be a count or a length: only after « option », « choix », « le »…).
_BY_ITS_BUTTON = re.compile(
    rf"{_BEFORE_A_SHORT_ANSWER}(?:(?:(?:option|choix|bouton|reponse|numero|n)\s+)?(?P<first>1er|1ere|premier|premiere)|"
    r"(?:option|choix|bouton|reponse|numero|n)\s+(?P<first_figure>1|un)|"
    r"(?:(?:option|choix|bouton|reponse|numero|n)\s+)?(?P<second>2e|2eme|2nd|2nde|deuxieme|second|seconde)|"
    rf"(?:option|choix|bouton|reponse|numero|n|le|la)\s+(?P<second_figure>2|deux)|"
    r"(?:(?:option|choix|bouton|reponse|numero|n)\s+)?(?P<third>3e|3eme|troisieme)|"
    rf"(?:option|choix|bouton|reponse|numero|n|le|la)\s+(?P<third_figure>3|trois)|"
    rf"(?:(?:option|choix|bouton|reponse|numero|n)\s+)?(?P<last>dernier|derniere))"
    # (« le troisième bouton », « le dernier choix »: review of the session on « à préciser »)
    rf"(?:\s+(?:bouton|choix|option|reponse|proposition))?{_AFTER_A_SHORT_ANSWER}"
)


def button_by_order(text: str, buttons: tuple[str, ...] | list[str]) -> str | None:
    """The button of ``buttons`` (in the order shown) that ``text`` names by its rank (« le premier », « option 2 », « le
    dernier »), or None (no rank, or one past the last button)."""
    by_order = _BY_ITS_BUTTON.fullmatch(normalize(text or "").strip())
    if by_order is None or not buttons:
        return None
    rank = next((i for i, names in enumerate((("first", "first_figure"), ("second", "second_figure"), ("third", "third_figure")))
                 if any(by_order.group(n) for n in names)), len(buttons) - 1)
    return buttons[rank] if rank < len(buttons) else None


#: An alternance set aside in the answer (folded): « pas contrat pro », « pas le pro », « et non l'apprentissage », « au lieu
#: du pro »; after « plutôt », the one after « que »: « plutôt apprentissage que pro » (« Je n'ai pas compris », or the FAQ, while
#: « contrat pro, pas apprentissage » was read: review of the session on the alternance).
_AN_ALTERNANCE = r"(?:(?:de|d|du|des|le|la|l|un|une|en)\s+)*(?:contrats?\s+(?:de\s+|d\s+)?)?(?:pros?|professionnalisation|apprentissage|apprenti\w*)\b"
_SET_ASIDE = re.compile(rf"\b(?:pas|non|au lieu|ni|sans)\s+{_AN_ALTERNANCE}")
_LESS_WANTED = re.compile(rf"\bplutot\b.*?\b(?P<than>qu(?:e)?\s+{_AN_ALTERNANCE})")
#: The kind preferred to the other (folded): « on préfère l'apprentissage au pro », « je préfère le pro à l'apprentissage »
#: (the second kind named was recorded: review of the session's fixes).
_PREFERRED_TO = re.compile(
    rf"\bprefer\w*\b.*?\b(?:pros?|professionnalisation|apprenti\w*)\b.*?\b(?P<than>(?:au|aux|a)\s+{_AN_ALTERNANCE})"
)
#: A kind of alternance named in a clause (folded), not a diploma or a training (« bac pro », « licence pro »).
_A_KIND = re.compile(r"\b(?:(?P<pro>pros?|professionnalisation)|(?P<apprenticeship>apprenti\w*))\b")
_A_DIPLOMA = re.compile(r"\b(?:bacs?|licences?|lycee|formations?|titres?|masters?|voie)\s+pros?\b")
#: A clause that turns its kind down (folded): « le pro c'est trop cher », « le pro on connait pas », « le pro ça nous intéresse
#: pas », « l'apprentissage non », « le pro est moins intéressant ».
_TURNED_DOWN = re.compile(
    r"\b(?:pas|plus|jamais|rien|aucun\w*|non|ni|trop|cher|chere|chers|couteux|couteuse|compliqu\w*|galere|contraignant\w*|pire|"
    r"moins)\b"
)
#: Where an answer's clauses part (on the raw text): punctuation, « mais », « car », « parce que », « puisque », « vu que », « donc ».
_CLAUSE_CUT = re.compile(r"\s*[,;.!?:]\s*|\s+(?:mais|car|parce\s+qu\w*|puisqu\w*|vu\s+qu\w*|donc)\s+", re.IGNORECASE)
#: A kind weighed in a question (folded): « le pro c'est mieux non ? », « l'apprentissage c'est plus simple ? ».
_WEIGHING = re.compile(
    r"\b(?:mieux|meilleure?s?|plus\s+\w+|moins\s+\w+|avantag\w*|interessant\w*|adapte\w*|simple|facile|rentable|cher|chere|"
    r"conseill\w*|recommand\w*)\b"
)


#: A kind named, then taken back by « non » for what follows (folded, punctuation kept): « l'apprentissage, non, le pro »,
#: « apprentissage ? non plutôt contrat pro », « apprentissage... non en fait le pro », « le pro, ah non, apprentissage ». The
#: « non » is followed by punctuation or a word that revises (« plutôt », « en fait », « c'est »), not by the kind it negates.
_TAKEN_BACK = re.compile(
    r"^[^,;.!?:]*\b(?:pros?|professionnalisation|apprenti\w*)\b[\s,;.!?:]*(?:(?:ah|oh|euh|heu|mais|ben|bah|enfin)\s+)?(?:non|nan)\b"
    r"(?:\s+(?:pardon|desole|dsl|merci))?(?P<after>\s*[,;.!?:]+.*\S.*|\s+(?:plutot|en\s+fait|finalement|c\s+est|c|ce\s+sera|"
    r"je\s+veux\s+dire|enfin)\b.*)$"
)


#: A kind named, then « non » and what follows (folded, punctuation kept): « apprentissage, non en fait je sais pas », « le pro,
#: ah non je sais pas encore » (a doubt after it takes the kind back: they were recorded, the kind named: review of the
#: session's fixes).
_KIND_THEN_NO = re.compile(
    r"^[^,;.!?:]*\b(?:pros?|professionnalisation|apprenti\w*)\b[\s,;.!?:]*(?:(?:ah|oh|euh|heu|mais|ben|bah|enfin)\s+)?(?:non|nan)\b"
    r"(?P<after>.*)$"
)


def _chosen_over_the_other(text: str) -> str | None:
    """The kind said in a clause of its own when the other is turned down in another (« plutôt apprentissage, le pro c'est trop
    cher », « l'apprentissage car le pro est trop cher », « apprentissage, le pro on connait pas »), or None. (« pro » said
    negatively was recorded, made a contract's name: review of the session's fixes.)"""
    chosen: set[str] = set()
    turned_down: set[str] = set()
    for clause in _CLAUSE_CUT.split(text or ""):
        plain = _A_DIPLOMA.sub(" ", normalize(clause))
        kinds = {"contrat_professionnalisation" if m.group("pro") else "apprentissage" for m in _A_KIND.finditer(plain)}
        if len(kinds) > 1:
            return None  # both in one clause: not this reading
        (turned_down if _TURNED_DOWN.search(plain) else chosen).update(kinds)
    if len(chosen) == 1 and turned_down and not turned_down & chosen:
        return chosen.pop()
    return None


#: Whether a kind is possible, doubted or asked (folded): « je sais pas si c'est possible en apprentissage », « jsais pas si c
#: possible en apprentissage », « pas sûr que l'apprentissage soit accepté », « je me demande si on peut en contrat pro »; with
#: « ? », a possibility asked: « c'est possible en apprentissage ? », « on peut le faire en contrat pro ? ». (The first was
#: recorded as an apprenticeship: found talking to make run.)
_DOUBTING = re.compile(
    r"\b(?:(?:j?sai[st]?|se|c|chai[st]?|jsp|savons|savez|sur|sure|surs|certaine?s?|demande|demandais)\s+(?:pas\s+)?(?:si|que|qu)"
    r"|(?:jsp|pas\s+sure?s?|pas\s+certaine?s?)\s+(?:si|que|qu))\b"
)
_POSSIBLE = re.compile(
    r"\b(?:possible|faisable|eligible\w*|autorise\w*|accept\w*|jouable|realisable|peut|peux|pourrait|pourrais|pourra|droit|"
    r"marche\w*|fonctionne\w*)\b"
)


#: A possibility asked of a kind itself (folded, one question of the message): the kind after the possibility (« c'est possible
#: en apprentissage », « on peut le faire en contrat pro », « on peut en apprentissage »), or the kind, then only the possibility
#: to the question's end (« l'apprentissage c'est possible », « le pro c'est possible aussi », « apprentissage, ça marche »). Not a
#: kind chosen, then a question of its own (« apprentissage, on peut commencer quand ? », « contrat pro, on a le droit à une aide
#: ? », « l'apprentissage, est-ce que ça marche pour un BTS ? »: they were asked the kind again, nothing recorded: review of the
#: session's fixes).
_POSSIBLE_OF_THE_KIND = re.compile(
    rf"{_POSSIBLE.pattern}(?:\s+(?:le|la|l|les|ca|cela|faire|etre|aussi|egalement|bien|vraiment|y))*\s+"
    rf"(?:en|au|aux|a|par|d|de|du|un|une|le|la|l)\s+{_AN_ALTERNANCE}"
    r"|\b(?:pros?|professionnalisation|apprenti\w*)\s+(?:(?:c\s+est|c|ca|cela|est|serait|sera|il|elle|on|le|la|l|y|aussi|bien|"
    r"vraiment|est\s+ce\s+que|est\s+ce\s+qu|ce\s+serait|ce\s+sera)\s+)*"
    rf"{_POSSIBLE.pattern}(?:\s+(?:aussi|egalement|ou\s+pas|ou\s+non|non|quand\s+meme|chez\s+vous|"
    r"pour\s+(?:ce|cet|cette|le|notre|mon)\s+(?:poste|emploi|metier|job|recrutement|contrat)))*\s*$"
)


def doubts_a_kind(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? », doubts or asks whether a kind is possible
    (:data:`_DOUBTING`, :data:`_POSSIBLE_OF_THE_KIND`): a question (both kinds are eligible), never that kind chosen. A kind
    chosen, then another question (« apprentissage, on peut commencer quand ? ») is no doubt: the kind is the answer."""
    plain = _A_DIPLOMA.sub(" ", normalize(text or ""))
    if _A_KIND.search(plain) is None:
        return False
    doubt = _DOUBTING.search(plain)
    if doubt is not None and _A_KIND.search(plain, doubt.end()) is not None and (
            _POSSIBLE.search(plain, doubt.end()) or re.search(r"\bsoit\b|\bsera\b", plain[doubt.end():])):
        return True
    # each question of the message alone (« l'apprentissage c'est possible ? et on commence quand ? »); « est-ce que » asks
    # without « ? » (« est ce que c possible en contrat pro »)
    questions = (text or "").split("?")[:-1] or ([text] if re.search(r"\best\s+ce\s+qu", plain) else [])
    return any(_POSSIBLE_OF_THE_KIND.search(_A_DIPLOMA.sub(" ", normalize(question))) for question in questions)


def weighs_a_kind(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? », asks whether a kind is better (« le pro c'est
    mieux non ? », « l'apprentissage c'est plus simple ? »): a question, no choice."""
    plain = normalize(text or "")
    return "?" in (text or "") and _A_KIND.search(_A_DIPLOMA.sub(" ", plain)) is not None and _WEIGHING.search(plain) is not None
#: The CFA seen as who will tell, not as an apprenticeship (« je dois voir avec le CFA », « le CFA nous dira »), folded; « le
#: CFA va nous dire », « c'est le CFA qui décidera », « on en discute avec le CFA », « ça dépend du CFA », « on attend le retour
#: du CFA » too (an apprenticeship: found writing « alternance, type à préciser »).
_LEFT_TO_THE_CFA = re.compile(
    r"\b(?:voir|vois|voit|voyons|verrai|verra|verrons)\s+(?:ca\s+|cela\s+)?avec\b|"
    r"\bcfa\s+(?:qui\s+)?(?:(?:va|vont|doit|doivent|pourra)\s+)?(?:nous\s+|me\s+|vous\s+|le\s+)?"
    r"(?:dira|diront|dire|decide\w*|conseill\w*|verra|voir|indiquer\w*|choisi\w*|tranche\w*)\b|"
    r"\b(?:discut\w*|parl\w*|voir|attend\w*|depend\w*|selon)\s+(?:en\s+)?(?:avec\s+|de\s+|du\s+|au\s+)?"
    r"(?:(?:le|la|l|notre|un|leur|son)\s+)?(?:(?:avis|retour|reponse)\s+(?:du|de\s+notre|de\s+l)\s+)?cfa\b"
)


#: « pro » said in a sentence as one of the two kinds (folded), not already a contract's name (« contrat pro », « c pro »,
#: « alternance pro ») nor a diploma or a training (« bac pro », « licence pro », « formation pro »).
_A_BARE_PRO = re.compile(
    r"(?<!\bcontrat )(?<!\bcontrats )(?<!\bcontrat de )(?<!\bc )(?<!\balternance )(?<!\balternance en )(?<!\bbac )(?<!\bbacs )"
    r"(?<!\blicence )(?<!\blycee )(?<!\bformation )(?<!\bformations )(?<!\btitre )(?<!\bmaster )(?<!\bvoie )\bpros?\b"
)


def alternance_unsaid(text: str) -> bool:
    """Whether ``text`` names an alternance without its contract: « on embauche en alternance », « un alternant », « alternance
    2 ans » (it was stored as an apprenticeship, though a contract of professionalisation is one as well). Not « alternance en
    apprentissage », « un apprenti », « contrat pro en alternance », « alternance avec le CFA »: they say which."""
    if extract_contract(text) != "apprentissage":
        return False
    _, mentions = _read(text)
    return all(m.code != "apprentissage" for m in mentions)


def leaves_it_to_the_cfa(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? », leaves the choice to be checked with the CFA or
    someone else (« je demande au CFA », « je dois voir avec le CFA »): « je ne sais pas encore », no apprenticeship (the CFA
    named made it one: review of the session on the alternance)."""
    plain = normalize(text or "")
    return bool(DEFERRING.search(plain) or _LEFT_TO_THE_CFA.search(plain))


#: The alternance's kind not decided (folded), besides :data:`~bot.language.cues.UNSURE` (« je sais pas encore », « on verra »):
#: « on hésite », « pas encore décidé / choisi / tranché », « on sait toujours pas », « à préciser », « à voir », « l'un ou l'autre », « peu importe »,
#: « les deux sont possibles », « j'en sais rien ».
_UNDECIDED = re.compile(
    r"\b(?:hesit\w*|indecis\w*|pas\s+(?:encor\w*\s+)?(?:decide|decidee|decides|tranche|tranchee|choisi|choisie|fixe|fixee|arrete|arretee)|"
    # (SMS and typos: « chais pas », « jsai pas », « je sé pas », « je c pa encore », « on sait pas encor »)
    r"(?:j?sai[st]?|j?se|c|chai[st]?|sav\w*)\s+(?:(?:toujours|vraiment|encore|encor|trop)\s+)?pas?|"
    r"a\s+(?:preciser|definir|voir|determiner|decider|confirmer)|l\s+un\s+ou\s+l\s+autre|peu\s+importe|n\s+importe\s+le(?:quel|s\s+deux)|"
    r"indifferent\w*|les\s+deux\s+(?:sont\s+)?(?:possibles?|envisageables?|nous\s+vont|me\s+vont|conviennent|iraient)|"
    r"sai[st]\s+rien|on\s+verra\w*|on\s+voit|"
    # « pas encore » alone or of the decision (« pas encore sûr »); not of something else: « pas encore de candidat », « le candidat
    # n'est pas encore inscrit » were recorded « à préciser » (review of the session on « à préciser »)
    r"pas\s+encor\w*\s+(?:sure?s?|su|certaine?s?|clair|vu|regarde|determinee?s?|definie?s?)|"
    r"^(?:(?:non|bah|ben|euh|bon|alors|toujours)\s+)*pas\s+encor\w*(?:\s+(?:non|desole|dsl|pour\s+l\s+instant|pour\s+le\s+moment|malheureusement))*$)\b"
)
#: A doubt about something else than the alternance's kind (folded): the hours (« je sais pas encore combien d'heures », « je
#: vous dirai plus tard pour les heures »), whether it can be done (« je sais pas si c'est possible », « on verra bien si ça
#: marche »), the candidate not found yet (« on n'a pas encore trouvé le candidat »). Each was recorded « à préciser » (review
#: of the session on « à préciser »): no answer to « apprentissage ou professionnalisation ? ».
_ANOTHER_SUBJECT = re.compile(
    r"\b(?:combien|heures?|horaires?|\d+\s*h|temps\s+(?:partiel|plein)|date|debut|demarrage|salaire|remuneration|postes?|"
    r"adresse|siret|telephone|mail|lieu)\b|"
    r"\bsi\b(?:\s+\w+){0,5}?\s+(?:possible|faisable|marche\w*|passe|fonctionne\w*|eligible\w*|accept\w*|jouable|realisable|peut|peux|"
    r"pourra\w*|droit|autorise\w*|ok)\b|"
    # (the candidate as the subject of what is not done yet, not as who it depends on: « ça dépend du candidat », « on verra avec le
    # jeune » leave the kind undecided)
    r"\b(?:pas\s+(?:encore\s+)?(?:de|d)|trouve|recrute|embauche|choisi|inscrit|identifie)\s+(?:(?:le|la|l|un|une|notre|mon|du)\s+)?"
    r"(?:candidat\w*|jeune|personne|profil|salarie\w*)\b|"
    r"\b(?:candidat\w*|jeune|personne|salarie\w*)\s+(?:n\s+)?(?:est|a|sont|ont)\s+(?:pas\s+)?(?:encore\s+)?"
    r"(?:inscrit\w*|trouve\w*|recrute\w*|la|arrive\w*|disponible\w*|choisi\w*)"
)
#: The alternance's kind named in the message (folded), which keeps a doubt said with another subject about the kind (« je sais
#: pas encore pour le contrat ni pour les heures »).
_THE_KIND = re.compile(r"\b(?:apprenti\w*|pros?|professionnalisation|contrats?|type|lequel|laquelle|les\s+deux|choix|cfa|opco)\b")


def about_something_else(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? », speaks of something else than the alternance's kind
    (:data:`_ANOTHER_SUBJECT`) and not of the kind: a doubt in it (« je sais pas encore combien d'heures », « je vous dirai plus
    tard pour les heures », « je sais pas si c'est possible ») is no answer to that question."""
    plain = normalize(text or "")
    return _ANOTHER_SUBJECT.search(plain) is not None and _THE_KIND.search(plain) is None


#: A question on the two contracts, with or without « ? » (folded): what they are, which one is better or advised, an
#: explanation asked (« je sais pas, lequel vous conseillez », « je sais pas ce que c'est », « je sais pas lequel est le mieux »,
#: « vous pouvez m'expliquer », « c'est quoi le plus simple »). They were recorded « à préciser » (review of the session on « à
#: préciser »): they get the explanation and the question again.
_ASKING_ABOUT_THE_KINDS = re.compile(
    r"\b(?:c\s+(?:est\s+)?(?:quoi|koi)|ckoi|qu\s+est\s+ce|ca\s+veut\s+dire|veut\s+dire\s+quoi|kesako|ca\s+consiste|"
    r"ce\s+que\s+c\s+est|ce\s+qu\s+est|ce\s+que\s+sont|ce\s+que\s+ca\s+(?:veut\s+dire|change)|"
    r"(?:la|les|quelle|quelles|une)\s+diff\w*|difference\w*|"
    r"expli\w*|conseil\w*|recommand\w*|preconis\w*|a\s+votre\s+avis|vous\s+en\s+pensez|"
    r"(?:lequel|laquelle)\s+(?:(?:vous|tu|me|nous|il)\s+)*(?:(?:est|serait|sera|etait)\s+(?:le\s+|la\s+)?(?:mieux|meilleur\w*|plus)|"
    r"vaut|vaudrait|convient|conviendrait|faut|faudrait|choisiriez|prendriez)|"
    r"(?:le|la)\s+(?:plus|moins)\s+(?:simple|facile|avantageux|avantageuse|interessant\w*|adapte\w*|rentable|cher|chere|courant\w*)|"
    r"(?:je\s+)?(?:ne\s+)?(?:connais|comprends|vois)\s+pas\s+(?:la|les)\s+diff\w*)"
)
#: What a contract is, asked (folded): « je sais pas ce qu'est un contrat pro », « c'est quoi un contrat d'apprentissage » (the
#: kind named is no choice: « je sais pas ce qu'est un contrat pro » was recorded a contract of professionalisation).
_WHAT_A_KIND_IS = re.compile(
    rf"\b(?:c\s+est\s+quoi|c\s+quoi|qu\s+est\s+ce\s+(?:que|qu)|ce\s+qu\s+est|ce\s+que\s+c\s+est|ca\s+veut\s+dire\s+quoi)\s+"
    rf"(?:(?:un|une|le|la|l|les|des|c\s+est|exactement|donc)\s+)*{_AN_ALTERNANCE}"
)


def asks_about_the_alternances(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? », asks about the two contracts (what they are, which
    is better or advised, an explanation), with or without « ? »: the explanation and the question again, nothing recorded."""
    plain = normalize(text or "")
    return (_ASKING_ABOUT_THE_KINDS.search(plain) is not None or weighs_a_kind(text)
            or "?" in (text or "") and re.search(r"\b(?:lequel|laquelle|quel|quelle|quoi)\b", plain) is not None)


def asks_what_a_kind_is(text: str) -> bool:
    """Whether ``text`` asks what one of the two contracts is (« je sais pas ce qu'est un contrat pro », « c'est quoi
    l'apprentissage ? »): the kind named is no answer."""
    return _WHAT_A_KIND_IS.search(normalize(text or "")) is not None


def alternance_undecided(text: str) -> bool:
    """Whether ``text``, said to « apprentissage ou professionnalisation ? » in the request, leaves the kind undecided: « je sais
    pas encore », « pas encore décidé », « on verra », « je demande au CFA », « à voir avec le CFA », « on hésite », « peu
    importe » (it is then sent « à préciser », :data:`ALTERNANCE_TO_SPECIFY`). Read after :func:`alternance_answer`: a contract
    said with it (« je sais pas, sûrement apprentissage ») is the answer."""
    plain = normalize(text or "")
    if about_something_else(text):
        return False  # « je sais pas encore combien d'heures », « je sais pas si c'est possible »
    return bool(UNSURE.search(plain) or _UNDECIDED.search(plain) or leaves_it_to_the_cfa(text))


def alternance_answer(text: str) -> str | None:
    """The alternance contract said in the answer to « apprentissage ou professionnalisation ? » (« apprentissage », « un
    contrat pro », « pro », « professionnalisation », « le premier », « option 2 », « apprentissage, pas contrat pro »), or None
    (« je sais pas encore », « alternance » again, « je demande au CFA »). (A rank is that question's buttons': with other
    buttons, :func:`button_by_order` on them first.)"""
    plain = normalize(text or "").strip()
    if _BY_ITS_BUTTON.fullmatch(plain) is not None:
        return button_by_order(plain, ALTERNANCE_CONTRACTS)
    if weighs_a_kind(text) or doubts_a_kind(text):
        return None  # « le pro c'est mieux non ? », « je sais pas si c'est possible en apprentissage »: a question
    if (no := _KIND_THEN_NO.match(fold(text or ""))) is not None and _A_KIND.search(normalize(no.group("after"))) is None \
            and not about_something_else(no.group("after")) and alternance_undecided(no.group("after")):
        return None  # « apprentissage, non en fait je sais pas », « le pro, ah non je sais pas encore »: taken back, undecided
    if (taken_back := _TAKEN_BACK.match(fold(text or ""))) is not None:
        # « l'apprentissage, non, le pro », « apprentissage ? non plutôt contrat pro »: the kind after the « non » (the first was
        # recorded: found talking to make run); not « le pro, non l'apprentissage » (« non » before a kind negates it)
        revised = alternance_answer(taken_back.group("after"))
        if revised is not None:
            return revised
    if (preferred := _chosen_over_the_other(text)) is not None:
        return preferred
    if (less := _PREFERRED_TO.search(plain) or _LESS_WANTED.search(plain)) is not None:
        plain = f"{plain[:less.start('than')]} {plain[less.end('than'):]}"
    plain = re.sub(r"\s+", " ", _SET_ASIDE.sub(" ", plain)).strip()
    if not plain:
        return None  # « ni apprentissage ni pro »
    # (At this question the CFA is who is consulted, not an apprenticeship, when a kind is said with it; and « pro » in a sentence
    # is the contract of professionalisation: « le cfa conseille le pro », « selon le CFA c'est du pro » were read as both kinds
    # named, then « à préciser », the pro lost: review of the session on « à préciser ».)
    said = _A_BARE_PRO.sub("contrat pro", plain)
    contract = extract_contract(re.sub(r"\bcfa\b", " ", said)) or extract_contract(said)
    if contract == "apprentissage" and re.search(r"\bpros?\b", plain):
        return None  # « pro ou apprentissage, je sais pas »: both named
    if re.search(r"\bsinon\b", plain) and re.search(r"\bapprenti\w*", plain) and re.search(r"\bpros?\b|professionnalisation", plain):
        return None  # « apprentissage si possible, sinon pro »: one wanted, the other if not (not decided)
    if contract == "apprentissage" and leaves_it_to_the_cfa(plain) and extract_contract(re.sub(r"\bcfa\b", " ", said)) is None:
        return None  # « je demande au CFA »: to be checked
    if contract in ALTERNANCE_CONTRACTS and not alternance_unsaid(plain):
        return contract
    if contract is None and _PRO_ALONE.fullmatch(plain):
        return "contrat_professionnalisation"
    # A kind said in a clause of its own after (or before) not knowing: « je sais pas, plutôt le pro » (« à préciser »: found
    # writing « alternance, type à préciser »); not two kinds (« pro, ou apprentissage, je sais pas »).
    clauses = [c for c in re.split(r"\s*[,;.!]\s*|\s+mais\s+", text or "") if c.strip()]
    if len(clauses) > 1:
        kinds = {alternance_answer(c) for c in clauses if not alternance_undecided(c)} - {None}
        if len(kinds) == 1:
            return kinds.pop()
    return None


def extract_contract(text: str) -> str | None:
    """Contract code said in ``text`` (see :data:`CONTRACT_LABELS`), or None.

    Never raises; returns None when the text names no contract, only negated
    ones (« pas un CDI »), or hesitates between several (« CDI ou CDD »).
    """
    tokens, mentions = _read(text)
    if not mentions:
        return None
    codes = _merge([m.code for m in mentions])
    if not codes:
        return None
    if len(codes) > 1 and _ALTERNATIVES & set(tokens[mentions[0].end : mentions[-1].start]):
        return None
    if _options(tokens, mentions):
        return None
    return codes[0]
