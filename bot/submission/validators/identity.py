"""Identity of the employer and of the contact: SIRET, e-mail address, phone number.

The SIRET is checked with python-stdnum (Luhn, La Poste's exception), the phone
number with phonenumbers (French numbers by default, stored in E.164).
"""

from __future__ import annotations

import re

import phonenumbers
from rapidfuzz import fuzz, process
from stdnum.exceptions import ValidationError
from stdnum.fr import siret as stdnum_siret

from bot.dialogue import messages as say
from bot.language.normalize import fold, normalize
from bot.language.numbers import is_number_word, spelt_digits
from bot.submission.fields import FieldResult, fail, never_raises, ok, precheck, read_answer

_SIRET_EXAMPLE = f"« {say.SIRET_EXAMPLE} »"  # quoted, as every example: the second try drops it (it came twice)
#: A number typed with spaces, dots, dashes or slashes between its digits (ASCII digits only).
_DIGIT_RUN = re.compile(r"[0-9](?:[0-9]|[ .\-_/](?=[0-9]))*")
#: Digits mixed with letters that look like digits (« 73282932OOOO74 »), in groups too (« 732 829 32O 00074 » got « vous en
#: avez saisi 8 »: thirty-ninth blind user test).
_DIGITS_WITH_LETTERS = re.compile(r"[0-9][0-9]*(?:[ .\-]?[OoIl]+)+(?:[ .\-]?[0-9OoIl])*[0-9]")


@never_raises
def validate_siret(text: str) -> FieldResult:
    """14-digit SIRET read out of a sentence, checked with ``stdnum.fr.siret`` (Luhn, La Poste's exception)."""
    cleaned, error = precheck(text, say.SIRET_EMPTY.format(example=_SIRET_EXAMPLE))
    if error:
        return fail(error)
    return read_answer(cleaned, "siret", _parse_siret)


#: What comes before a year or a law's number (« loi 1901 », « loi de 1901 », « depuis 2015 », « créée en 1998 »): no SIRET typed
#: (« c'est une association loi 1901 » got « vous en avez saisi 4 » chiffres: review of the session's fixes).
_BEFORE_A_YEAR = re.compile(
    r"\b(?:loi(?:\s+(?:de|du|n°|no))?|en|depuis|d[eè]s|ann[ée]es?|cr[ée]{2}e?s?|fond[ée]e?s?)\s*$", re.IGNORECASE
)


#: A number named as such (« siret 12345 », « mon numéro c'est … », « n° … »): its digits are one typed, however few.
_NUMBER_NAMED = re.compile(r"\b(?:siret|siren|num[ée]ro|num)\b|\bn\s?[°º]|\bno\.", re.IGNORECASE)


def _a_year(cleaned: str, run: re.Match[str]) -> bool:
    """Whether the digits of ``run`` are a year or a law's number said in a sentence (« association loi 1901 »)."""
    return re.fullmatch(r"(?:19|20)\d\d", run.group(0)) is not None and _BEFORE_A_YEAR.search(cleaned[: run.start()]) is not None


def _parse_siret(cleaned: str) -> FieldResult:
    numbers = [re.sub(r"[^0-9]", "", m.group(0)) for m in _DIGIT_RUN.finditer(cleaned) if not _a_year(cleaned, m)]
    fourteen = [n for n in numbers if len(n) == 14]
    if not fourteen and _DIGITS_WITH_LETTERS.search(cleaned):
        return fail(say.SIRET_NOT_DIGITS.format(example=_SIRET_EXAMPLE))
    if not numbers:
        return fail(say.SIRET_NOT_FOUND.format(example=_SIRET_EXAMPLE))
    if len(set(fourteen)) > 1:
        return fail(say.SIRET_SEVERAL.format(example=_SIRET_EXAMPLE))
    if not fourteen:
        digits = max(numbers, key=len)
        if len(digits) == 9:
            return fail(say.SIRET_SIREN.format(example=_SIRET_EXAMPLE))
        words = len(re.findall(r"[^\W\d_]{3,}", cleaned))
        if len(digits) < 6 and not _NUMBER_NAMED.search(cleaned) and (words >= 2 or words and len(numbers) >= 2):
            # (« vendeuse, 1 seule finalement, 35h, debut en mars » got « vous en avez saisi 1 » chiffre: talking to make run on
            # 2026-12-03; a count or hours in a sentence naming no number typed. Several short numbers after a word too:
            # « caces 3 et 5 », training needs at the SIRET: fortieth blind user test)
            return fail(say.SIRET_NOT_FOUND.format(example=_SIRET_EXAMPLE))
        return fail(say.SIRET_LENGTH.format(count=len(digits), example=_SIRET_EXAMPLE))
    digits = fourteen[0]
    try:
        number = stdnum_siret.validate(digits)
    except ValidationError:
        number = None
    if number is None or set(number) == {"0"}:
        return fail(say.SIRET_INVALID)
    return ok(number)


#: Where the words about one of several numbers end, in the text between two numbers (« …17 c'est celui du siège, je mets
#: lequel ? celui de Laval c'est …25 »): a comma, a sentence's end, a slash, « et », « ou ».
_BETWEEN_NUMBERS = re.compile(r"[,;.?!/\n]|\s(?:et|ou)\s", re.IGNORECASE)


def sirets_with_their_words(text: str) -> list[tuple[str, str]]:
    """The valid SIRETs a message gives, when it gives several different ones, each with the words said of it (« 812 345 676
    00017 c'est celui du siège à Rennes, … celui de Laval c'est 812 345 676 00025 »: « c'est celui du siège à Rennes », « celui de
    Laval c'est »): the words before it back to the previous number's words, and after it up to a comma, a sentence's end or « et »
    (a bracket after it, whole: « 812 … 00017 (siège, Rennes) »). Empty for one SIRET, or a number that is none."""
    runs = [m for m in _DIGIT_RUN.finditer(text or "") if len(re.sub(r"[^0-9]", "", m.group(0))) == 14]
    numbers = [re.sub(r"[^0-9]", "", m.group(0)) for m in runs]
    if len(set(numbers)) < 2 or len(set(numbers)) != len(numbers) or not all(stdnum_siret.is_valid(n) for n in numbers):
        return []
    cuts: list[int] = []  # where the words of number i end and those of number i + 1 begin
    for before, after in zip(runs, runs[1:], strict=False):
        between = text[before.end():after.start()]
        bracket = re.match(r"\s*\([^)]*\)", between)
        if bracket is not None:
            cuts.append(before.end() + bracket.end())
            continue
        boundary = _BETWEEN_NUMBERS.search(between)
        cuts.append(before.end() + (boundary.start() if boundary else 0))
    starts, ends = [0, *cuts], [*cuts, len(text)]
    return [(number, text[start:run.start()] + " " + text[run.end():end]) for number, run, start, end in zip(numbers, runs, starts, ends, strict=True)]


_EMAIL_MAX = 254
_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
_EMAIL_EDGES = "<>()[]{}\"'«»,;:.!?"
#: Words that may come just before an address; another word there means a space inside it (« marie dupont@x.fr »).
_EMAIL_LEADS = frozenset(
    "mail mails email e-mail courriel adresse mel mél électronique electronique est c'est cest c a à au sur voici voila voilà "
    "mon ma notre le la l'adresse par écrire ecrire m'écrire m'ecrire contacter joindre joignable mailto envoyer "
    "ok oui alors euh plutot plutôt finalement maintenant nouvelle nouveau nouvel donc bien "
    # « changez l'email, mettez rh@… », « ah oui pardon thomas.guerin@… » (sixteenth blind user test)
    "mettez mettre mets met changez remplacez corrigez pardon désolé desole oups svp stp contact "
    # « pour le mail c'est mieux contact@… » (twenty-first blind user test)
    "mieux".split()
)
#: A word that looks like (part of) an address typed without its « @ »: a domain (« gmail.com », « marie.dupont.fr »), a
#: provider's name or the « @ » spelt out.
_LIKE_AN_ADDRESS = re.compile(
    r"[^\W_][\w.-]*\.[A-Za-z]{2,}$|^(?:arobase|arrobase|gmail|hotmail|yahoo|orange|wanadoo|outlook|laposte|free|sfr|icloud)$",
    re.IGNORECASE,
)
#: An address whose local part has its own separator (« j.marchand ») after a capitalised word is whole: that word is
#: another one (« contact Julie Marchand j.marchand@… »), not the start of the address (« marie claire.dupont@… » is:
#: it was cut to « claire.dupont@… », review).
_WHOLE_LOCAL = re.compile(r"[._-]")


@never_raises
def validate_email(text: str) -> FieldResult:
    """E-mail address read out of a sentence (« mon mail : x@y.fr »), domain lower-cased."""
    cleaned, error = precheck(text, say.EMAIL_EMPTY.format(example=say.EMAIL_EXAMPLE))
    if error:
        return fail(error)
    return read_answer(cleaned, "email", _parse_email)


#: The « @ » spelt out between the two parts of an address (« kevin.moreau85 arobase gmail.com », « … at … », « …(at)… »,
#: « … [at] … »: « Il manque le signe @ », thirty-ninth and fortieth blind user tests).
_SPELT_AT = re.compile(
    r"(?<=[\w.-])(?:\s*(?P<bracketed>[(\[]\s*(?:at|arobase|arrobase)\s*[)\]])\s*|\s+(?P<word>arobase|arrobase|at)\s+)"
    r"(?=[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b)",
    re.IGNORECASE,
)
#: Spaces around a dot of the domain, after the « @ » (« s.morvan@ventdouest-boutique . fr », « …@orange .fr » were « ne semble
#: pas valide »: forty-fifth blind user test, u45-01, u45-06): a space before the dot, or a usual top-level domain after it (not
#: the full stop of a sentence: « …@example.fr. merci »).
_DOMAIN_DOT_SPACED = re.compile(
    r"(@[A-Za-z0-9.-]*[A-Za-z0-9-])(?:\s+\.\s*(?=[A-Za-z0-9-])|\.\s+(?=(?:fr|com|net|org|eu|bzh|info|biz|io|be|ch|uk)\b))",
    re.IGNORECASE,
)


def _domain_dots_joined(text: str) -> str:
    """``text`` with the spaces around the dots of a domain removed (:data:`_DOMAIN_DOT_SPACED`), one dot after another."""
    joined = _DOMAIN_DOT_SPACED.sub(r"\1.", text)
    return joined if joined == text else _domain_dots_joined(joined)


#: What joins two addresses or numbers offered as a choice (« …@… ou sinon …@… », « 02 … ou 06 … »).
_OR_BETWEEN = re.compile(r"\b(?:ou|sinon)\b", re.IGNORECASE)


def _address_words(cleaned: str) -> list[str]:
    """The words of ``cleaned`` with the spaces around an address's « @ » and the dots of its domain removed."""
    return _domain_dots_joined(re.sub(r"\s*@\s*", "@", cleaned)).split(" ")


def _two_addresses_offered(words: list[str]) -> tuple[FieldResult, FieldResult] | None:
    """The two valid addresses offered as a choice (« k.lebreton@… ou sinon contact@… »), each read, or None."""
    found = [i for i, word in enumerate(words) if "@" in word]
    if len(found) != 2 or not _OR_BETWEEN.search(" ".join(words[found[0] + 1: found[1]])):
        return None
    first, second = _parse_email(" ".join(words[: found[0] + 1])), _parse_email(words[found[1]])
    return (first, second) if first.value is not None and second.value is not None else None


#: An initial typed apart from the rest of an address's local part, the spaces around the « @ » removed: « t rabaud@gmail.com »,
#: « j. dupont@orange.fr » (the initial a word of its own, the rest up to the « @ » one word).
_INITIAL_APART = re.compile(r"(?<![^\s(<«:])(?P<initial>[A-Za-z])(?P<dot>\.?)\s+(?P<rest>[A-Za-z0-9][A-Za-z0-9._+-]*@[^\s@]+)")


def initial_apart(text: str) -> tuple[str, str] | None:
    """The two addresses an initial typed apart may be (« t rabaud @ gmail.com » → « trabaud@gmail.com », « t.rabaud@gmail.com »):
    not one to choose for the employer; None otherwise (« j. dupont@… » is whole: its dot was typed)."""
    cleaned, error = precheck(text or "", say.EMAIL_EMPTY)
    if error or "@" not in cleaned or _parse_email(cleaned).error is None:
        return None
    apart = _INITIAL_APART.search(" ".join(_address_words(cleaned)))
    if apart is None or apart.group("dot") or apart.group("initial").lower() in _EMAIL_LEADS:
        return None
    initial = apart.group("initial")
    local_rest, domain = str(apart.group("rest")).split("@", 1)
    joined, dotted = _parse_email(f"{initial}{local_rest}@{domain}"), _parse_email(f"{initial}.{local_rest}@{domain}")
    return (str(joined.value), str(dotted.value)) if joined.value is not None and dotted.value is not None else None


def other_address_offered(text: str) -> str | None:
    """The second address of two offered as a choice (« k.lebreton@logisarthe.fr ou sinon contact@logisarthe.fr » →
    « contact@logisarthe.fr »), the one :func:`validate_email` does not keep; None otherwise."""
    cleaned, error = precheck(text or "", say.EMAIL_EMPTY)
    two = None if error or "@" not in cleaned else _two_addresses_offered(_address_words(cleaned))
    return None if two is None else str(two[1].value)


#: The local parts of an organisation's generic addresses (« contact@… », « rh@… »), as opposed to a person's (« k.lebreton@… »).
GENERIC_LOCAL_PARTS = frozenset(
    "contact contacts info infos information informations accueil rh drh recrutement recrutements emploi emplois jobs job "
    "candidature candidatures secretariat secretaire administration admin direction bureau agence mairie office hello bonjour "
    "service services commercial compta comptabilite gestion siege standard courrier mail email".split()
)


def is_generic_address(address: str) -> bool:
    """Whether ``address`` is an organisation's generic one: its local part (accents and case aside, its first word before a
    separator) is one of :data:`GENERIC_LOCAL_PARTS` (« contact@… », « rh.angers@… », « Recrutement@… »)."""
    local = fold(address.split("@", 1)[0]) if "@" in address else ""
    return local in GENERIC_LOCAL_PARTS or re.split(r"[._-]", local)[0] in GENERIC_LOCAL_PARTS


def _parse_email(cleaned: str) -> FieldResult:
    example = say.EMAIL_EXAMPLE
    if "@" not in cleaned and (spelt := _SPELT_AT.search(cleaned)):
        read = _parse_email(_SPELT_AT.sub("@", cleaned))
        if read.value is None:
            return read
        word = (spelt.group("bracketed") or spelt.group("word")).strip()
        return ok(read.value, read.warning or say.EMAIL_AT_SPELT.format(spelt=word, address=read.value))
    words = _address_words(cleaned)
    if (apart := _INITIAL_APART.search(" ".join(words))) is not None and apart.group("initial").lower() not in _EMAIL_LEADS:
        spaced = " ".join(words)
        before, after = spaced[: apart.start()], spaced[apart.end():]
        initial, rest = apart.group("initial"), apart.group("rest")
        dotted = _parse_email(f"{before}{initial}.{rest}{after}")
        if apart.group("dot"):
            return dotted  # « j. dupont@orange.fr »: the dot typed, the space after it a slip
        joined = _parse_email(f"{before}{initial}{rest}{after}")
        if joined.value is not None and dotted.value is not None:
            return fail(say.EMAIL_INITIAL_APART.format(joined=joined.value, dotted=dotted.value))
    found = [i for i, word in enumerate(words) if "@" in word]
    if (two := _two_addresses_offered(words)) is not None:
        # « claire.moreau@… , ou sinon l'adresse générique agence@… » was « plusieurs adresses » (thirty-ninth blind user
        # test, u39-08): the first kept, said so (the other kept too, for the recap: :func:`other_address_offered`).
        first, second = two
        return ok(first.value, first.warning or say.EMAIL_FIRST_KEPT.format(address=first.value, other=second.value))
    if not found:
        # (« il manque le signe @ » only where something looks like an address: « je vais demander à ma secrétaire » has none)
        looks_like_one = any(_LIKE_AN_ADDRESS.search(word.strip(_EMAIL_EDGES)) for word in words)
        return fail((say.EMAIL_NO_AT if looks_like_one else say.EMAIL_NOT_FOUND).format(example=example))
    if len(found) > 1:
        return fail(say.EMAIL_SEVERAL.format(example=example))
    index = found[0]
    address = words[index]
    if ":" in address.split("@")[0]:
        address = address.rsplit(":", 1)[1] if not address.lower().startswith("mailto:") else address[7:]
    address = address.lstrip(_EMAIL_EDGES.replace(".", "")).rstrip(_EMAIL_EDGES)
    address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE)
    if index > 0:
        before = words[index - 1]
        if (before[-1:] not in (":", "=", ",", "(", "<", "«") and before.lower().strip(_EMAIL_EDGES) not in _EMAIL_LEADS
                and before.strip(_EMAIL_EDGES) and not (_WHOLE_LOCAL.search(address.split("@")[0]) and before[:1].isupper())):
            return fail(say.EMAIL_SPACE.format(example=example))
    if len(address) > _EMAIL_MAX:
        return fail(say.EMAIL_TOO_LONG.format(maximum=_EMAIL_MAX))
    if address.count("@") != 1:
        return fail(say.EMAIL_ONE_AT.format(example=example))
    local, domain = address.split("@")
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local) or not _EMAIL_DOMAIN.fullmatch(domain):
        return fail(say.EMAIL_INVALID.format(example=example))
    domain = domain.lower()
    likely = likely_provider(domain)
    warning = say.EMAIL_DOMAIN_TYPO.format(address=f"{local}@{likely}") if likely else None
    return ok(f"{local}@{domain}", warning)


#: The usual e-mail providers of small employers, for « gmial.com »: the address is kept, the likely one suggested.
_PROVIDERS = (
    "gmail.com", "hotmail.fr", "hotmail.com", "yahoo.fr", "yahoo.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net",
    "outlook.fr", "outlook.com", "live.fr", "sfr.fr", "neuf.fr", "icloud.com", "bbox.fr",
)


def likely_provider(domain: str) -> str | None:
    """The provider a domain one or two letters away from it was meant to be (« gmial.com » → « gmail.com »)."""
    if domain in _PROVIDERS:
        return None
    best = process.extractOne(domain, _PROVIDERS, scorer=fuzz.ratio, score_cutoff=85)
    return best[0] if best else None


#: A phone number as typed: digits with spaces, dots, dashes, slashes, brackets, maybe « + » or « 00 » first.
_PHONE_RUN = re.compile(r"\+?[0-9](?:[0-9]|[ .\-/()]{1,3}(?=\(?[0-9]))*")


@never_raises
def validate_phone(text: str) -> FieldResult:
    """Phone number read out of a sentence, in E.164 (« +33612345678 »), French numbers by default."""
    cleaned, error = precheck(text, say.PHONE_EMPTY.format(example=say.PHONE_EXAMPLE))
    if error:
        return fail(error)
    return read_answer(cleaned, "phone", _parse_phone)


#: The letter O typed for a zero beside a digit, not inside a word (« 07 81 23 45 6O », « O6 22 33 44 55 » got « vous en avez
#: saisi 9 », which did not point at the letter: forty-fifth blind user test, u45-08, u45-10).
_LETTER_O = re.compile(r"(?<![^\W\d_])[oO](?=\d)|(?<=\d)[oO](?![^\W\d_])")


def _parse_phone(cleaned: str) -> FieldResult:
    if _LETTER_O.search(cleaned) and (read := _parse_phone(_LETTER_O.sub("0", cleaned))).value is not None:
        return ok(read.value, read.warning or say.PHONE_LETTER_O_READ.format(number=_national(read.value)))
    if not re.search(r"\d", cleaned):
        # « zéro six, douze, trente-quatre… », as dictated: digits, the pauses between groups dropped.
        return _parse_phone_digits(re.sub(r"(?<=\d)\s*,\s*(?=\d)", " ", spelt_digits(cleaned)))
    read = _parse_phone_digits(cleaned)
    if read.value is not None:
        return read
    # Digits and words mixed (« zero six 11 22 33 44 », « 06 douze 34 56 78 » were refused: twentieth blind user test):
    # read again with the words as digits, kept only if that gives a number. Words after the last digit count only when
    # nothing else follows them (« 06 12 34 56 7 sept jours sur sept » became …77: review).
    # (« zero 6 … », « zéro-six … »: a zero before a digit, or hyphenated, which text2num leaves or drops: review)
    said = re.sub(r"\bz[eé]ro\s*(?=\d)", "0", re.sub(r"\b(z[eé]ro)-", r"\1 ", cleaned, flags=re.IGNORECASE), flags=re.IGNORECASE)
    last = list(re.finditer(r"\d", said))[-1].end()
    tail = said[last:]
    spoken_tail = re.search(r"[^\w\s,.;!-]|_", tail) is None and all(is_number_word(word) for word in re.findall(r"[^\W\d_]+", fold(tail)))
    spelt = spelt_digits(said if spoken_tail else said[:last]) + ("" if spoken_tail else tail)
    spelt = re.sub(r"(?<=\d)\s*,\s*(?=\d)", " ", spelt)
    if spelt != cleaned and (again := _parse_phone_digits(spelt)).value is not None:
        return again
    return read


def _parse_phone_digits(cleaned: str) -> FieldResult:
    example = say.PHONE_EXAMPLE
    runs = [m.group(0).strip() for m in _PHONE_RUN.finditer(cleaned)]
    if not runs:
        return fail(say.PHONE_NOT_FOUND.format(example=example))
    long_runs = [r for r in runs if len(re.sub(r"[^0-9]", "", r)) >= 6]
    if (offered := _two_offered(cleaned, long_runs)) is not None:
        # « 02 40 22 33 44 ou 06 11 22 33 44 » got « plusieurs numéros », « indiquez un seul numéro » (thirty-ninth blind user
        # test, u39-08): which one is asked, both named (a choice the employer makes: two numbers are still no value; the
        # request offers both as buttons: :func:`phones_offered`).
        return fail(say.PHONE_WHICH.format(number=offered[0], other=offered[1]))
    if len(long_runs) > 1:
        return fail(say.PHONE_SEVERAL.format(example=example))
    number_text = long_runs[0] if long_runs else max(runs, key=lambda r: len(re.sub(r"[^0-9]", "", r)))
    digits = re.sub(r"[^0-9]", "", number_text)
    if len(digits) < 10 and not number_text.startswith("+"):
        return fail(say.PHONE_LENGTH.format(count=len(digits), example=example))
    try:
        parsed = phonenumbers.parse(number_text, "FR")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        # « 07 12 34 56 78 » got « ne semble pas valide », which did not say why (twenty-sixth blind user test): a number
        # of the right length in a range not allocated says so, with the ranges allocated after its prefix.
        unallocated = _unallocated_prefix(parsed) if parsed is not None else None
        if unallocated is not None:
            prefix, allocated = unallocated
            ranges = say.PHONE_ALLOCATED_RANGES.format(parent=prefix[:-1], first=allocated[0], last=allocated[-1]) if allocated else ""
            return fail(say.PHONE_UNALLOCATED.format(prefix=prefix, ranges=ranges))
        return fail(say.PHONE_INVALID.format(example=example))
    number = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    extension = _EXTENSION.search(cleaned[cleaned.find(number_text) + len(number_text):])  # after the number (« poste 02 43 … »)
    if extension:
        # « 02 43 09 55 55 poste 214 »: the extension was dropped without a word (eighteenth blind user test); the number
        # is stored in E.164, which has no room for it: said, so that the employer gives it when called.
        return ok(number, warning=say.PHONE_EXTENSION_NOT_KEPT.format(extension=extension.group("ext")))
    return ok(number)


def _two_offered(cleaned: str, long_runs: list[str]) -> tuple[str, str] | None:
    """The two valid numbers of ``cleaned`` joined by « ou » (its runs of 6 digits or more: ``long_runs``), as typed in France;
    else None."""
    if len(long_runs) != 2:
        return None
    between = cleaned[cleaned.find(long_runs[0]) + len(long_runs[0]): cleaned.rfind(long_runs[1])]
    if not between or not _OR_BETWEEN.search(between):
        return None
    first, second = _parse_phone_digits(long_runs[0]), _parse_phone_digits(long_runs[1])
    if first.value is None or second.value is None or first.value == second.value:
        return None
    return _national(first.value), _national(second.value)


def phones_offered(text: str) -> tuple[str, str] | None:
    """« 02 41 22 33 44 ou 06 12 34 56 78 »: the two numbers offered for one, in the order typed, as typed in France (« 02 41 22
    33 44 »); None for any other answer."""
    cleaned, error = precheck(text or "", "")
    if error:
        return None
    return _two_offered(cleaned, [r for r in (m.group(0).strip() for m in _PHONE_RUN.finditer(cleaned)) if len(re.sub(r"[^0-9]", "", r)) >= 6])


#: What says which of two numbers offered (:func:`phones_offered`) is meant, folded: its rank, or the kind of line, or the
#: first digits typed (« le 06 »).
_FIRST_OF_TWO = re.compile(r"\b(?:premier|1er|1ere|premiere|le 1|n 1|numero 1)\b")
_SECOND_OF_TWO = re.compile(r"\b(?:deuxieme|2e|2eme|2nd|second|seconde|dernier|derniere|le 2|n 2|numero 2)\b")
_MOBILE = re.compile(r"\b(?:portable|mobile|cellulaire|gsm|perso|personnel)\b")
_LANDLINE = re.compile(r"\b(?:fixe|bureau|standard|accueil|pro|professionnel|agence|entreprise|ligne fixe)\b")


def phone_chosen(text: str, offered: tuple[str, str]) -> str | None:
    """Which of the two numbers ``offered`` (:func:`phones_offered`) ``text`` chooses without typing it whole: « le portable »,
    « le deuxième », « le 06 », « le fixe du bureau »; None when it says neither or both. The number as typed in France."""
    plain = normalize(text or "")
    if not plain or len(plain.split()) > 8:
        return None
    chosen: set[int] = set()
    if _FIRST_OF_TWO.search(plain):
        chosen.add(0)
    if _SECOND_OF_TWO.search(plain):
        chosen.add(1)
    mobile = [i for i, number in enumerate(offered) if number.startswith(("06", "07"))]
    if _MOBILE.search(plain) and len(mobile) == 1:
        chosen.add(mobile[0])
    if _LANDLINE.search(plain) and len(mobile) == 1:
        chosen.add(1 - mobile[0])
    typed = "".join(re.findall(r"\d+", plain))
    if len(typed) >= 2 and not re.fullmatch(r"[12]", typed):
        starting = [i for i, number in enumerate(offered) if re.sub(r"\D", "", number).startswith(typed)]
        if len(starting) != 1:
            return None
        chosen.add(starting[0])
    return offered[chosen.pop()] if len(chosen) == 1 else None


def _national(number: str) -> str:
    """« +33240223344 » as typed in France: « 02 40 22 33 44 »."""
    return phonenumbers.format_number(phonenumbers.parse(number, "FR"), phonenumbers.PhoneNumberFormat.NATIONAL)


def _valid_national(national: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(national, "FR"))
    except phonenumbers.NumberParseException:
        return False


def _unallocated_prefix(parsed: phonenumbers.PhoneNumber) -> tuple[str, list[str]] | None:
    """For a French number of the right length that phonenumbers finds in no allocated range: its shortest prefix no number
    starts with (« 071 » for « 07 12 34 56 78 »), with the allocated prefixes one digit longer than the prefix before it
    when they follow each other (« 073 », « 079 »: the first and last); None when phonenumbers gives no such reason."""
    if parsed.country_code != 33 or not phonenumbers.is_possible_number(parsed):
        return None
    national = f"0{parsed.national_number}"
    if len(national) != 10:
        return None

    def allocated(prefix: str) -> bool:
        return any(_valid_national(prefix + digit * (10 - len(prefix))) for digit in "0123456789")

    for length in range(3, 10):
        prefix = national[:length]
        if not allocated(prefix):
            parent = prefix[:-1]
            after = [d for d in "0123456789" if allocated(parent + d)]
            follow = bool(after) and "".join(after) in "0123456789"
            return prefix, ([parent + after[0], parent + after[-1]] if follow and len(after) > 1 else [])
    return None


#: An extension after the number (« poste 214 », « ext. 12 »).
#: (« p. 4512 », « p4512 », « ligne directe 4512 » too: thirty-seventh blind user test)
_EXTENSION = re.compile(r"\b(?:poste|post|ext|extension|p|ligne(?: directe)?)\.?\s*(?P<ext>\d{1,5})\b", re.IGNORECASE)
