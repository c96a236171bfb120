"""Work location: a commune of the Pays de la Loire, with its postal code and department."""

from __future__ import annotations

from bot.extractors.place import AmbiguousPlace, Place, extract_place
from bot.language import places
from bot.submission.fields import FieldResult, fail, never_raises, ok, precheck, read_answer

_REGION_LIST = "Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe ou Vendée"


def _first_postal_code(commune: str, department: str) -> str | None:
    """The postal code of a commune of the region, its current (not delegated) entry first."""
    rows = [r for r in places.region_communes() if r.name == commune and r.department == department and r.postal_codes]
    rows.sort(key=lambda r: not r.current)
    return rows[0].postal_codes[0] if rows else None


def _communes_of_postal_code(code: str) -> list[places.Commune]:
    """Communes of the region with this postal code; delegated ones only when no current one has it."""
    rows = [r for r in places.communes_by_postal_code(code) if r.in_region]
    current = [r for r in rows if r.current]
    return current or rows


def _place_label(place: Place) -> str:
    if place.commune:
        return f"{place.commune} ({place.department_name})"
    if place.postal_code:
        return f"{place.postal_code} ({place.department_name})"
    return place.department_name


def _french_or(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} ou {items[-1]}"


def _outside_region_error(where: str) -> str:
    verb = "ne font" if " ou " in where else "ne fait"
    return (
        f"Le poste doit être situé en Pays de la Loire ({_REGION_LIST}) ; {where} {verb} pas partie de la région. "
        "Indiquez la commune du poste dans la région."
    )


@never_raises
def validate_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    cleaned, error = precheck(text, "")
    if error:
        return _parse_work_location(text)
    return read_answer(cleaned, "work_location", _parse_work_location)


def _parse_work_location(text: str) -> FieldResult:
    """Commune of the job in the region: ``{"commune", "postal_code", "department"}``."""
    example = "« Cholet » ou « 49300 »"
    cleaned, error = precheck(text, f"Merci d'indiquer la commune où se situe le poste (par exemple {example}).")
    if error:
        return fail(error)
    place = extract_place(cleaned)
    if place is None:
        return fail(f"Je n'ai pas reconnu de commune. Indiquez la commune du poste ou son code postal (par exemple {example}).")
    if isinstance(place, AmbiguousPlace) and not any(option.in_region for option in place.options):
        return fail(_outside_region_error(place.name))
    if isinstance(place, AmbiguousPlace):
        labels = list(dict.fromkeys(_place_label(option) for option in place.options))
        return fail(f"Plusieurs lieux correspondent : {_french_or(labels)} ? Précisez le département ou le code postal.")
    if not place.in_region:
        return fail(_outside_region_error(place.commune or place.department_name))
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
            return fail(f"Le code postal {place.postal_code} correspond à plusieurs communes ({names}). Quelle est la commune du poste ?")
        return fail(f"Je ne trouve pas de commune pour le code postal {place.postal_code}. Pouvez-vous indiquer le nom de la commune ?")
    return fail(f"Merci de préciser la commune du poste en {place.department_name} (par exemple son nom ou son code postal).")
