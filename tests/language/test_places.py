"""Departments and communes read once from data/eligibility."""

from __future__ import annotations

import dataclasses

import pytest

from bot.language import places


def test_department_names() -> None:
    assert places.department_name("49") == "Maine-et-Loire"
    assert places.department_name("2A") == "Corse-du-Sud"
    assert places.department_name("974") == "La Réunion"
    assert places.department_name("00") is None
    assert places.department("85") == places.Department("85", "Vendée", "52")
    assert places.department("85").label == "Vendée (85)"  # type: ignore[union-attr]


def test_region_departments() -> None:
    found = places.region_departments()
    assert [d.code for d in found] == list(places.REGION_DEPARTMENTS)
    assert [d.name for d in found] == ["Loire-Atlantique", "Maine-et-Loire", "Mayenne", "Sarthe", "Vendée"]
    assert all(d.in_region and d.region == places.REGION_CODE for d in found)
    assert not places.department("75").in_region  # type: ignore[union-attr]


def test_records_are_frozen_and_read_once() -> None:
    commune = places.communes()[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        commune.name = "x"  # type: ignore[misc]
    assert places.communes() is places.communes()
    assert places.departments() is places.departments()
    with pytest.raises(TypeError):
        places.departments()["99"] = places.Department("99", "x", "0")  # type: ignore[index]


def test_communes_by_postal_code() -> None:
    cholet = places.communes_by_postal_code("49300")
    assert [c.name for c in cholet if c.current] == ["Cholet"]
    assert "Le Puy-Saint-Bonnet" in {c.name for c in cholet if not c.current}  # delegated commune
    assert places.communes_by_postal_code("00000") == ()
    nantes = places.communes_by_postal_code("44000")
    assert [c.name for c in nantes] == ["Nantes"] and nantes[0].current and nantes[0].in_region


@pytest.mark.parametrize("name", ["Saint-Nazaire", "st nazaire", "SAINT NAZAIRE", "Saint Nazaire"])
def test_communes_by_folded_name(name: str) -> None:
    found = places.communes_by_name(name)
    assert [(c.name, c.department) for c in found] == [("Saint-Nazaire", "44")]


def test_shared_names_keep_every_commune() -> None:
    assert {c.department for c in places.communes_by_name("Allonnes")} == {"49", "72"}


def test_delegated_communes_have_no_population() -> None:
    region = places.region_communes()
    assert all(c.in_region for c in region)
    assert any(not c.current for c in region) and any(c.current for c in region)


def test_place_key() -> None:
    assert places.place_key("Ste-Luce-sur-Loire") == "sainte luce sur loire"
    assert places.place_key("Les Sables-d'Olonne") == "les sables d olonne"


@pytest.mark.parametrize(("before", "after"), [("Maine", "Loire"), ("Menuiserie Durand, maine", "loire"), ("MAINE", "LOIRE 49"),
                                               ("indre", "loire"), ("Loir", "Cher")])
def test_a_department_s_name_joined_by_et_is_one(before: str, after: str) -> None:
    assert places.joins_a_department_name(before, after)


@pytest.mark.parametrize(("before", "after"), [("Dupont", "fils"), ("Maine", "Anjou"), ("Loire", "Atlantique"), ("", "Loire")])
def test_other_words_joined_by_et_are_no_department(before: str, after: str) -> None:
    assert not places.joins_a_department_name(before, after)
