"""Work location: a commune of the Pays de la Loire, with its postal code and department."""

from __future__ import annotations

import re

from bot.dialogue import messages as say
from bot.extractors.place import (
    AmbiguousPlace,
    Place,
    department_label,
    extract_place,
    named_communes,
    only_near,
    without_the_candidates_places,
)
from bot.language import places
from bot.language.normalize import normalize
from bot.submission.fields import FieldResult, fail, never_raises, ok, precheck, read_answer


def _first_postal_code(commune: str, department: str) -> str | None:
    """The postal code of a commune of the region, its current (not delegated) entry first; of its codes, the one it
    shares with the fewest communes (« Évron » is 53600, not the 53150 of its delegated communes and neighbours:
    fourteenth blind user test)."""
    rows = [r for r in places.region_communes() if r.name == commune and r.department == department and r.postal_codes]
    rows.sort(key=lambda r: not r.current)
    if not rows:
        return None
    codes = rows[0].postal_codes
    return min(codes, key=lambda code: (len(_communes_of_postal_code(code)), codes.index(code)))


def _communes_of_postal_code(code: str) -> list[places.Commune]:
    """Communes of the region with this postal code; delegated ones only when no current one has it."""
    rows = [r for r in places.communes_by_postal_code(code) if r.in_region]
    current = [r for r in rows if r.current]
    return current or rows


def _place_label(place: Place) -> str:
    if place.commune:
        return say.PLACE_WITH_DEPARTMENT.format(place=place.commune, department=place.department_name)
    if place.postal_code:
        return say.PLACE_WITH_DEPARTMENT.format(place=place.postal_code, department=place.department_name)
    return place.department_name


def _french_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return say.ONE_OR_OTHER.format(first=", ".join(items[:-1]), last=items[-1])


def _outside_region_error(where: str) -> str:
    several = " ou " in where  # « Nantes ou Cholet »: the verb agrees
    return (say.PLACES_OUTSIDE_REGION if several else say.PLACE_OUTSIDE_REGION).format(where=where)


#: Two places joined (« Cholet et Angers », « Nantes + Saint-Nazaire », « sur les deux sites »), not one or the other.
_BOTH = re.compile(r"\b(?:et|ainsi que|deux sites|2 sites|plusieurs sites|les deux)\b|,")
_EITHER = re.compile(r"\b(?:ou|soit|sinon|plutot|pas|non|enfin|pardon)\b")
#: …or one of them said afterwards to be the place (« Laval et Château-Gontier mais principalement Laval »; not
#: « principalement Nantes et Saint-Nazaire », « Angers et Saumur, surtout le week-end »: reviews).
_MAINLY = re.compile(r"(?:\bmais|,)\s*(?:principalement|surtout|essentiellement|majoritairement|en priorite)\s+(?P<rest>.+)$")


#: Words around a place kept or said again that are no part of it (folded): « bon on garde Mayenne alors », « on reste à Laval ».
_KEPT_BEFORE = re.compile(
    r"^(?:(?:bon|ok|alors|donc|ben|bah|oui|non|ah|finalement|plutot|on garde|gardez|garder|on reste a|on reste sur|restons a"
    r"|on laisse|laissez|c est|ce sera|a|la ville de|la commune de)\s+)*"
)
_KEPT_AFTER = re.compile(r"(?:\s+(?:alors|donc|finalement|plutot|du coup|svp|merci|comme avant|comme prevu))*$")


def _only_the_name(text: str, name: str) -> bool:
    """Whether a clause of ``text`` is ``name`` alone, but for the words of a place kept (« bon on garde Mayenne alors, et on
    passe a 2 commis » got « Merci de préciser la commune du poste en Mayenne », the town of Mayenne being recorded: forty-eighth
    blind user test, u48-11); not « en Mayenne », « dans la Mayenne » (the department)."""
    for clause in re.split(r"[,;.!?]|\s+et\s+", normalize(text)):
        if _KEPT_AFTER.sub("", _KEPT_BEFORE.sub("", clause.strip())) == normalize(name):
            return True
    return False


@never_raises
def validate_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    cleaned, error = precheck(text, "")
    if error:
        return _parse_work_location(text)
    return read_answer(cleaned, "work_location", _parse_work_location)


def _parse_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    example = say.PLACE_EXAMPLE
    cleaned, error = precheck(text, say.PLACE_EMPTY.format(example=example))
    if error:
        return fail(error)
    # « à Angers, le candidat vient de Laval », « a Angers mais il habite a Laval »: the candidate's town is not the job's
    # (« Angers ou Laval ? »: twenty-second blind user test).
    cleaned = without_the_candidates_places(cleaned)
    place = extract_place(cleaned)
    if place is None:
        return fail(say.PLACE_NOT_FOUND.format(example=example))
    named = named_communes(cleaned)
    mainly = _MAINLY.search(normalize(cleaned))
    if mainly and len(chosen := named_communes(mainly.group("rest"))) == 1 and (main := extract_place(chosen[0])) is not None:
        named, cleaned, place = chosen, chosen[0], main
    if len(named) > 1 and (_BOTH.search(normalize(cleaned)) or "+" in cleaned) and not _EITHER.search(normalize(cleaned)):
        # « deux sites : Cholet et La Roche sur Yon » asked which of the two, or the commune in Maine-et-Loire, again and
        # again (twentieth blind user test): one place per request.
        return fail(say.ONE_PLACE_PER_REQUEST.format(example=named[0]))
    if isinstance(place, AmbiguousPlace) and not any(option.in_region for option in place.options):
        return fail(_outside_region_error(place.name))
    if isinstance(place, AmbiguousPlace):
        # (One name of several departments, « Loire »: « Loire-Atlantique (44), Maine-et-Loire (49) ou Loire (42) ».)
        one_name = " ou " not in place.name and not any(o.commune or o.postal_code for o in place.options)
        labels = list(dict.fromkeys(department_label(o.department) if one_name else _place_label(o) for o in place.options))
        return fail(say.PLACE_AMBIGUOUS.format(choices=_french_or(labels)))
    if not place.in_region:
        return fail(_outside_region_error(place.commune or place.department_name))
    if place.commune and only_near(cleaned):
        # « près d'Angers » was stored as Angers (49100), without asking the town (eighteenth blind user test).
        return fail(say.PLACE_NEAR.format(place=place.commune))
    if place.commune:
        postal_code = place.postal_code or _first_postal_code(place.commune, place.department)
        return ok({"commune": place.commune, "postal_code": postal_code, "department": place.department})
    if place.postal_code:
        communes = _communes_of_postal_code(place.postal_code)
        if len(communes) == 1:
            row = communes[0]
            return ok({"commune": row.name, "postal_code": place.postal_code, "department": row.department})
        if communes:
            names = _french_or([r.name for r in communes])
            return fail(say.POSTAL_CODE_SEVERAL.format(code=place.postal_code, communes=names))
        return fail(say.POSTAL_CODE_UNKNOWN.format(code=place.postal_code))
    if _only_the_name(cleaned, place.department_name):
        # « Mayenne » at the question of the commune: the town of Mayenne (asked for its commune again and again,
        # « Mayenne » could not be entered: thirteenth blind user test), with how to say another one.
        postal_code = _first_postal_code(place.department_name, place.department)
        if postal_code is not None:
            value = {"commune": place.department_name, "postal_code": postal_code, "department": place.department}
            return ok(value, warning=say.PLACE_TOWN_OF_DEPARTMENT_NAME.format(commune=place.department_name, postal_code=postal_code))
    return fail(say.PLACE_ONLY_DEPARTMENT.format(department=place.department_name))
