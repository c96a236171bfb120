"""French departments and communes, read once from ``data/eligibility/``.

``departements.csv`` lists every department; ``communes.csv`` every commune of
the region (delegated communes included, without population) and the
communes of 5,000 inhabitants or more elsewhere (see
``data/eligibility/SOURCES.md`` and ``scripts/build_communes.py``). The files
are read on first use and kept for the life of the process.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from bot.language.normalize import normalize
from bot.settings import ELIGIBILITY_DIR

#: Pays de la Loire (INSEE region code) and its five departments, in the usual order.
REGION_CODE = "52"
REGION_DEPARTMENTS = ("44", "49", "53", "72", "85")


@dataclass(frozen=True)
class Department:
    code: str  # « 49 », « 2A », « 974 »
    name: str  # « Maine-et-Loire »
    region: str  # INSEE region code

    @property
    def in_region(self) -> bool:
        return self.code in REGION_DEPARTMENTS

    @property
    def label(self) -> str:
        """« Maine-et-Loire (49) »."""
        return f"{self.name} ({self.code})"


@dataclass(frozen=True)
class Commune:
    insee: str
    name: str
    department: str
    postal_codes: tuple[str, ...]
    population: int | None  # None for delegated / associated communes
    region: str

    @property
    def current(self) -> bool:
        """A commune of its own today (not a delegated or associated one)."""
        return self.population is not None

    @property
    def in_region(self) -> bool:
        return self.department in REGION_DEPARTMENTS


def spell_saints(words: list[str]) -> list[str]:
    """Folded words with « st » / « ste » spelt out (« saint », « sainte »)."""
    return ["saint" if w == "st" else "sainte" if w == "ste" else w for w in words]


def place_key(name: str) -> str:
    """Folded form under which place names are compared.

    Case, accents, ligatures, hyphens and apostrophes folded, and « St » / « Ste »
    spelt out: « St-Nazaire », « saint nazaire » and « Saint-Nazaire » meet.
    """
    return " ".join(spell_saints(normalize(name).split()))


def _read_csv(name: str) -> list[dict[str, str]]:
    with (ELIGIBILITY_DIR / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def _departments() -> Mapping[str, Department]:
    rows = _read_csv("departements.csv")
    return MappingProxyType({row["code"]: Department(row["code"], row["nom"], row["region"]) for row in rows})


def departments() -> Mapping[str, Department]:
    """Every department by code (read-only)."""
    return _departments()


def department(code: str) -> Department | None:
    """The department of ``code`` (« 49 »), or None when there is none."""
    return _departments().get(code) if isinstance(code, str) else None


def department_name(code: str) -> str | None:
    """« Maine-et-Loire » for ``"49"``; None for an unknown code."""
    found = department(code)
    return found.name if found else None


@lru_cache(maxsize=1)
def _names_with_et() -> frozenset[tuple[str, str]]:
    """The words around « et » in the departments' names, folded: (« maine », « loire »), (« loir », « cher »)…"""
    pairs = set()
    for found in _departments().values():
        words = normalize(found.name).split()
        pairs |= {(words[i - 1], words[i + 1]) for i in range(1, len(words) - 1) if words[i] == "et"}
    return frozenset(pairs)


def joins_a_department_name(before: str, after: str) -> bool:
    """Whether the last word of ``before`` and the first of ``after``, with « et » between them, are a department's name
    (« Maine et Loire », « indre et loire »): one place, not two answers (« Maine et Loire » at the company's question was the
    company « maine » and the commune Loiré: session of 2026-12-02)."""
    left, right = normalize(before).split()[-1:], normalize(after).split()[:1]
    return bool(left and right) and (left[0], right[0]) in _names_with_et()


def region_departments() -> tuple[Department, ...]:
    """The five departments of the Pays de la Loire, in :data:`REGION_DEPARTMENTS` order."""
    table = _departments()
    return tuple(table[code] for code in REGION_DEPARTMENTS)


@lru_cache(maxsize=1)
def _region_names() -> Mapping[str, str]:
    return MappingProxyType({row["code"]: row["nom"] for row in _read_csv("regions.csv")})


def region_of_department(code: str) -> str | None:
    """The name of the region a department belongs to (« Auvergne-Rhône-Alpes » for ``"42"``), or None."""
    found = department(code)
    return _region_names().get(found.region) if found else None


def region_elsewhere(code: str) -> str | None:
    """The region of a department outside the Pays de la Loire, worth naming: None in the region, for an unknown code,
    and where the region has the department's own name (« La Réunion (974) … La Réunion »)."""
    if code in REGION_DEPARTMENTS:
        return None
    region = region_of_department(code)
    return region if region and region != department_name(code) else None


@lru_cache(maxsize=1)
def _other_regions() -> tuple[tuple[str, str], ...]:
    """(folded name, official name) of every region but the Pays de la Loire, longest name first."""
    names = {normalize(row["nom"]): row["nom"] for row in _read_csv("regions.csv") if row["code"] != REGION_CODE}
    # « la réunion » is also a meeting: only « île de la Réunion » counts.
    names["ile de la reunion"] = names.pop("la reunion")
    names.update({alias: names[target] for alias, target in _REGION_ALIASES.items()})
    return tuple(sorted(names.items(), key=lambda item: -len(item[0])))


#: Usual short names of regions (folded) → the folded official name.
_REGION_ALIASES = {"paca": "provence alpes cote d azur", "idf": "ile de france", "region parisienne": "ile de france"}


def other_region_named(text: str) -> str | None:
    """The official name of a region other than the Pays de la Loire that ``text`` names (« on est en Bretagne »)."""
    plain = f" {normalize(text or '')} "
    return next((name for folded, name in _other_regions() if f" {folded} " in plain), None)


@lru_cache(maxsize=1)
def communes() -> tuple[Commune, ...]:
    """Every commune of ``communes.csv``, in file order."""
    found = []
    for row in _read_csv("communes.csv"):
        population = row["population"].strip()
        found.append(
            Commune(
                insee=row["code_insee"],
                name=row["nom"],
                department=row["departement"],
                postal_codes=tuple(row["codes_postaux"].split()),
                population=int(population) if population.isdigit() else None,
                region=row["region"],
            )
        )
    return tuple(found)


@lru_cache(maxsize=1)
def _by_postal_code() -> Mapping[str, tuple[Commune, ...]]:
    table: dict[str, list[Commune]] = {}
    for commune in communes():
        for code in commune.postal_codes:
            table.setdefault(code, []).append(commune)
    return MappingProxyType({code: tuple(found) for code, found in table.items()})


@lru_cache(maxsize=1)
def _by_name() -> Mapping[str, tuple[Commune, ...]]:
    table: dict[str, list[Commune]] = {}
    for commune in communes():
        table.setdefault(place_key(commune.name), []).append(commune)
    return MappingProxyType({key: tuple(found) for key, found in table.items()})


def communes_by_postal_code(code: str) -> tuple[Commune, ...]:
    """Communes of a postal code (file order); complete only in the region."""
    return _by_postal_code().get(code, ())


def communes_by_name(name: str) -> tuple[Commune, ...]:
    """Communes whose name folds like ``name`` (:func:`place_key`), file order."""
    return _by_name().get(place_key(name), ())


def communes_by_key() -> Mapping[str, tuple[Commune, ...]]:
    """Every commune by :func:`place_key` of its name (read-only), for callers building their own indexes."""
    return _by_name()


def region_communes() -> tuple[Commune, ...]:
    """Communes of the five departments of the region, delegated ones included."""
    return tuple(c for c in communes() if c.in_region)
