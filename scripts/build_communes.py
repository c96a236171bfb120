"""Build the commune and department tables used for eligibility checks.

Reads the JSON files shipped by the npm package ``@etalab/decoupage-administratif``
(INSEE Code officiel géographique + La Poste postal codes, Licence Ouverte 2.0)
and writes:

* ``data/eligibility/communes.csv``: every commune of the Pays de la Loire
  departments (current communes plus "communes déléguées" and "communes
  associées", since people still use those names), and every current commune
  of the rest of France with at least 5000 inhabitants.
* ``data/eligibility/departements.csv``: every French department.
* ``data/eligibility/regions.csv``: every French region (« on est en Bretagne »).

Usage::

    python3 scripts/build_communes.py [DATA_DIR]

DATA_DIR defaults to ``node_modules/@etalab/decoupage-administratif/data``.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT_DATA_DIR = Path("node_modules/@etalab/decoupage-administratif/data")
REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = REPO_ROOT / "data" / "eligibility"

# Region code of Pays de la Loire and its departments.
REGION_CODE = "52"
REGION_DEPARTMENTS = frozenset({"44", "49", "53", "72", "85"})

# Outside the region, only communes at least this populated are kept.
MIN_POPULATION_OUTSIDE = 5000

CURRENT_TYPE = "commune-actuelle"
# Former communes merged into a current one; kept inside the region only.
FORMER_TYPES = frozenset({"commune-deleguee", "commune-associee"})

COMMUNE_FIELDS = [
    "code_insee",
    "nom",
    "departement",
    "codes_postaux",
    "population",
    "region",
]
DEPARTMENT_FIELDS = ["code", "nom", "region"]


def load_json(path: Path) -> list[dict[str, Any]]:
    """Load a JSON array from ``path``."""
    with path.open(encoding="utf-8") as handle:
        data = json.load(handle)
    if not isinstance(data, list):
        msg = f"{path}: expected a JSON array"
        raise TypeError(msg)
    return data


def sort_key(text: str) -> str:
    """Return an accent-insensitive, case-insensitive sort key."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


def postal_codes(commune: dict[str, Any]) -> list[str]:
    """Return the sorted, de-duplicated postal codes of a commune."""
    return sorted(set(commune.get("codesPostaux") or []))


def commune_row(
    commune: dict[str, Any], codes: list[str], population: int | None
) -> dict[str, str]:
    """Build one output row of communes.csv."""
    return {
        "code_insee": commune["code"],
        "nom": commune["nom"],
        "departement": commune["departement"],
        "codes_postaux": " ".join(codes),
        "population": "" if population is None else str(population),
        "region": commune.get("region", ""),
    }


def select_communes(communes: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Select the communes to keep and return them as sorted CSV rows."""
    current_by_code = {c["code"]: c for c in communes if c.get("type") == CURRENT_TYPE}
    rows: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()

    def add(row: dict[str, str]) -> None:
        # A "commune déléguée" often shares both code and name with the
        # current commune it belongs to: keep a single row in that case.
        key = (row["code_insee"], row["nom"])
        if key not in seen:
            seen.add(key)
            rows.append(row)

    # Current communes first, so they win over same-named former communes.
    for commune in current_by_code.values():
        population = commune.get("population")
        in_region = commune["departement"] in REGION_DEPARTMENTS
        if in_region or (population or 0) >= MIN_POPULATION_OUTSIDE:
            add(commune_row(commune, postal_codes(commune), population))

    for commune in communes:
        if commune.get("type") not in FORMER_TYPES:
            continue
        if commune["departement"] not in REGION_DEPARTMENTS:
            continue
        # Former communes carry no postal code nor population in the source:
        # reuse the postal codes of the current commune they belong to.
        parent = current_by_code.get(commune.get("chefLieu", ""))
        codes = postal_codes(parent) if parent else postal_codes(commune)
        add(commune_row(commune, codes, None))

    rows.sort(
        key=lambda r: (r["departement"], sort_key(r["nom"]), r["nom"], r["code_insee"])
    )
    return rows


def select_departments(departments: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Return every department as a CSV row, sorted by code."""
    rows = [
        {"code": d["code"], "nom": d["nom"], "region": d.get("region", "")}
        for d in departments
    ]
    rows.sort(key=lambda r: r["code"])
    return rows


def select_regions(regions: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Return every region as a CSV row, sorted by code."""
    return sorted(({"code": r["code"], "nom": r["nom"]} for r in regions), key=lambda r: r["code"])


def write_csv(path: Path, fields: list[str], rows: list[dict[str, str]]) -> None:
    """Write ``rows`` to ``path`` as UTF-8 comma-separated values."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data_dir",
        nargs="?",
        type=Path,
        default=DEFAULT_DATA_DIR,
        help="data directory of @etalab/decoupage-administratif "
        f"(default: {DEFAULT_DATA_DIR})",
    )
    parser.add_argument(
        "--output-dir",
        type=Path,
        default=OUTPUT_DIR,
        help=f"where to write the CSV files (default: {OUTPUT_DIR})",
    )
    args = parser.parse_args(argv)

    communes = load_json(args.data_dir / "communes.json")
    departments = load_json(args.data_dir / "departements.json")
    region_rows = select_regions(load_json(args.data_dir / "regions.json"))

    commune_rows = select_communes(communes)
    department_rows = select_departments(departments)

    communes_path = args.output_dir / "communes.csv"
    departments_path = args.output_dir / "departements.csv"
    write_csv(communes_path, COMMUNE_FIELDS, commune_rows)
    write_csv(departments_path, DEPARTMENT_FIELDS, department_rows)
    regions_path = args.output_dir / "regions.csv"
    write_csv(regions_path, ["code", "nom"], region_rows)

    # Summary: rows per department, region departments first.
    per_department = Counter(r["departement"] for r in commune_rows)
    print(f"{communes_path}: {len(commune_rows)} rows")
    print("Pays de la Loire:")
    for code in sorted(REGION_DEPARTMENTS):
        print(f"  {code}: {per_department[code]}")
    print("Other departments:")
    for code in sorted(per_department):
        if code not in REGION_DEPARTMENTS:
            print(f"  {code}: {per_department[code]}")
    print(f"{departments_path}: {len(department_rows)} rows")
    print(f"{regions_path}: {len(region_rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
