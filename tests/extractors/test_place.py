"""Tests of bot.extractors.place: commune, postal code or department in free text."""

from __future__ import annotations

import csv
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.extractors.place import REGION_DEPARTMENTS, AmbiguousPlace, Place, department_label, extract_place
from bot.language.normalize import fold
from bot.settings import ELIGIBILITY_DIR


@lru_cache(maxsize=1)
def communes() -> list[dict[str, str]]:
    with (ELIGIBILITY_DIR / "communes.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def departments_of(result: Place | AmbiguousPlace | None) -> set[str]:
    if isinstance(result, AmbiguousPlace):
        return {option.department for option in result.options}
    if isinstance(result, Place):
        return {result.department}
    return set()


@pytest.mark.parametrize(
    ("text", "department", "commune"),
    [
        # department names
        ("Loire-Atlantique", "44", None),
        ("loire atlantique", "44", None),
        ("maine et loire", "49", None),
        ("Maine-et-Loire", "49", None),
        ("Vendee", "85", None),
        ("en Vendée", "85", None),
        ("sarthe", "72", None),
        ("dans la Sarthe", "72", None),
        ("mayenne", "53", None),
        ("Ille-et-Vilaine", "35", None),
        ("Finistère", "29", None),
        # department numbers
        ("44", "44", None),
        ("le 44", "44", None),
        ("dans le 49", "49", None),
        ("dept 85", "85", None),
        ("département 72", "72", None),
        ("c'est dans le 53", "53", None),
        ("on est en 85", "85", None),
        ("Vendée (85)", "85", None),
        ("2A", "2A", None),
        # communes, exact
        ("Cholet", "49", "Cholet"),
        ("cholet", "49", "Cholet"),
        ("St Nazaire", "44", "Saint-Nazaire"),
        ("st-nazaire", "44", "Saint-Nazaire"),
        ("saint nazaire", "44", "Saint-Nazaire"),
        ("la roche sur yon", "85", "La Roche-sur-Yon"),
        ("La Roche-sur-Yon", "85", "La Roche-sur-Yon"),
        ("Roche-sur-Yon", "85", "La Roche-sur-Yon"),
        ("Le Mans", "72", "Le Mans"),
        ("au Mans", "72", "Le Mans"),
        ("aux Herbiers", "85", "Les Herbiers"),
        ("on est aux Sables", "85", "Les Sables-d'Olonne"),  # a short form after « aux » (blind user test, 2026-11-30)
        ("près du Mans", "72", "Le Mans"),  # second blind user test, 2026-11-30
        ("Laval", "53", "Laval"),
        ("Nantes", "44", "Nantes"),
        ("Angers", "49", "Angers"),
        ("Rennes", "35", "Rennes"),
        ("à Paris", "75", "Paris"),
        ("l'ile d'yeu", "85", "L'Île-d'Yeu"),
        ("Les Sables d'Olonne", "85", "Les Sables-d'Olonne"),
        ("La Baule", "44", "La Baule-Escoublac"),
        ("à Ancenis", "44", "Ancenis-Saint-Géréon"),
        ("Sablé-sur-Sarthe", "72", "Sablé-sur-Sarthe"),
        ("La Flèche", "72", "La Flèche"),
        ("Olivet", "53", "Olivet"),  # region first: Olivet (53) before Olivet (45)
        ("Indre", "44", "Indre"),  # the commune of the region before the Indre department
        # inside a sentence
        ("je recrute un soudeur à Cholet", "49", "Cholet"),
        ("notre usine est à Saint-Nazaire (44600)", "44", "Saint-Nazaire"),
        ("Bonjour, on est une PME basée à Saint-Herblain", "44", "Saint-Herblain"),
        ("on est en Pays de la Loire, à Laval", "53", "Laval"),
        ("12 rue de Nantes, 49000 Angers", "49", "Angers"),
        ("Cholet près d'Angers", "49", "Cholet"),
        ("pas à Paris, à Nantes", "44", "Nantes"),
        ("Nantes, en fait Angers", "49", "Angers"),
        ("<b>Nantes</b>", "44", "Nantes"),
        ("😀 Angers 😀", "49", "Angers"),
        # misspelt
        ("chollet", "49", "Cholet"),
        ("à Chollet", "49", "Cholet"),
        ("je recrute à Chollet", "49", "Cholet"),
        ("st nazair", "44", "Saint-Nazaire"),
        ("la roche sur yonn", "85", "La Roche-sur-Yon"),
        ("Lavall", "53", "Laval"),
        ("vandée", "85", None),
        ("loire atlentique", "44", None),
        # common words, accepted only with a clue
        ("Vue", "44", "Vue"),
        ("à Vue", "44", "Vue"),
        ("commune de Vue", "44", "Vue"),
        ("on est à vitre, ça marche ?", "35", "Vitré"),  # « être à » + a bare name, no article
        ("nous sommes implantés à sable", "72", "Sablé-sur-Sarthe"),
        ("Nord", "59", None),
        ("à la Réunion", "974", None),
        ("dans la Loire", "42", None),
        ("la commune de Mayenne", "53", "Mayenne"),
        ("Mayenne 53100", "53", "Mayenne"),
        # (Looped: seventeenth blind user test; not the town in « la Mayenne, la ville de Laval ».)
        ("Mayenne, la ville, 53100", "53", "Mayenne"),
        ("Mayenne la ville", "53", "Mayenne"),
        ("la Mayenne, la ville de Laval", "53", "Laval"),
        ("Mayenne, Laval centre", "53", "Laval"),
        ("la Mayenne, ville : Laval", "53", "Laval"),
        ("Mayenne, Ernée centre bourg", "53", "Ernée"),
        ("en Mayenne", "53", None),
        ("le département de la Mayenne", "53", None),
        # names made of common words, with a clue (twenty-second blind user test)
        ("à Entre-Deux", "974", "Entre-Deux"),
        ("Entre-Deux", "974", "Entre-Deux"),
        ("on est a Entre-Deux (974)", "974", "Entre-Deux"),
        ("on recrute à Petit-Bourg", "971", "Petit-Bourg"),
        ("à Grand-Champ", "56", "Grand-Champ"),
        ("on recrute a Croix 59170", "59", "Croix"),
        # the whole part of a decimal is no department's number (« Cholet ou 37 » was asked, Cholet lost: review of the
        # session's changes); near misses: a department's number said after the commune
        ("un soudeur en CDI à Cholet, 37,5h par semaine", "49", "Cholet"),
        ("CDI à Laval, 24,5 heures", "53", "Laval"),
        ("CDI à Cholet, 37.5h", "49", "Cholet"),
        ("à La Roche-sur-Yon, 17,5 h par semaine", "85", "La Roche-sur-Yon"),
        ("Cholet, 49", "49", "Cholet"),
        ("dans le 53, 35h", "53", None),
    ],
)
def test_extract_place(text: str, department: str, commune: str | None) -> None:
    result = extract_place(text)
    assert isinstance(result, Place), result
    assert result.department == department
    assert result.commune == commune
    assert result.in_region is (department in REGION_DEPARTMENTS)


@pytest.mark.parametrize(
    ("text", "department", "commune", "postal_code"),
    [
        ("72000", "72", "Le Mans", "72000"),
        ("44600", "44", "Saint-Nazaire", "44600"),
        ("49300", "49", "Cholet", "49300"),  # Cholet, not its delegated commune
        ("75011", "75", None, "75011"),  # outside the region, the table is not complete
        ("20000", "2A", None, "20000"),
        ("20200", "2B", None, "20200"),
        ("97400", "974", None, "97400"),
        ("code postal 85000", "85", None, "85000"),  # La Roche-sur-Yon and Mouilleron-le-Captif
        ("44600 Saint-Nazaire", "44", "Saint-Nazaire", "44600"),
        ("Cholet", "49", "Cholet", "49300"),
        ("Allonnes 72700", "72", "Allonnes", "72700"),
    ],
)
def test_postal_codes(text: str, department: str, commune: str | None, postal_code: str) -> None:
    assert extract_place(text) == Place(
        department=department,
        department_name=department_label(department).rsplit(" (", 1)[0],
        in_region=department in REGION_DEPARTMENTS,
        commune=commune,
        postal_code=postal_code,
    )


def test_place_values_are_complete() -> None:
    assert extract_place("je recrute un soudeur à Cholet") == Place(
        department="49", department_name="Maine-et-Loire", in_region=True, commune="Cholet", postal_code="49300"
    )
    assert extract_place("Ille-et-Vilaine") == Place(department="35", department_name="Ille-et-Vilaine", in_region=False)


def test_name_of_two_region_departments_is_ambiguous() -> None:
    result = extract_place("Allonnes")
    assert isinstance(result, AmbiguousPlace)
    assert result.name == "Allonnes"
    assert {(o.department, o.commune) for o in result.options} == {("49", "Allonnes"), ("72", "Allonnes")}
    assert all(o.in_region for o in result.options)


@pytest.mark.parametrize("text", ["Allonnes (72)", "Allonnes dans la Sarthe", "Allonnes, 72700", "allonnes sarthe"])
def test_ambiguity_resolved_by_another_clue(text: str) -> None:
    result = extract_place(text)
    assert isinstance(result, Place)
    assert (result.department, result.commune) == ("72", "Allonnes")


def test_contradicting_places_are_ambiguous() -> None:
    result = extract_place("je suis à Nantes mais le poste est à Paris")
    assert isinstance(result, AmbiguousPlace)
    assert [o.department for o in result.options] == ["44", "75"]


def test_corsica_name_is_ambiguous() -> None:
    result = extract_place("Corse")
    assert isinstance(result, AmbiguousPlace)
    assert departments_of(result) == {"2A", "2B"}


@pytest.mark.parametrize("text", ["Loire", "loire", "la Loire", "LOIRE", "la loire", "Loire.", "loire ?", "c'est la loire",
                                  "le poste est sur la loire", "Loire !"])
def test_the_loire_alone_is_asked_not_a_commune(text: str) -> None:
    """« Loire » alone was the commune Loiré (49440), silently (found talking to make run): it is Loire-Atlantique,
    Maine-et-Loire or the Loire department (42, outside the region), asked. (« dans la Loire », « en Loire » stay the
    department: test_extract_place.)"""
    result = extract_place(text)
    assert isinstance(result, AmbiguousPlace), result
    assert result.name == "Loire" and [o.department for o in result.options] == ["44", "49", "42"]
    assert not any(o.commune for o in result.options)


@pytest.mark.parametrize(("text", "department", "commune"), [
    ("Loiré", "49", "Loiré"), ("loiré", "49", "Loiré"), ("à Loiré", "49", "Loiré"), ("a loiré", "49", "Loiré"), ("Loiré 49", "49", "Loiré"),
    ("la commune de Loiré", "49", "Loiré"), ("le lieu c'est Loiré", "49", "Loiré"), ("le poste est basé sur Loiré", "49", "Loiré"), ("Loiré 49440", "49", "Loiré"), ("en Loire-Atlantique", "44", None), ("loire atlantique", "44", None),
    ("Maine et Loire", "49", None), ("maine-et-loire", "49", None), ("Haute-Loire", "43", None), ("Loire (42)", "42", None), ("loire 44", "44", None),
    ("la loire 49", "49", None), ("le département de la Loire", "42", None), ("en loire", "42", None), ("à Saint-Étienne dans la Loire", "42", "Saint-Étienne"),
])
def test_the_loire_with_a_clue_and_loire_typed_with_its_accent(text: str, department: str, commune: str | None) -> None:
    result = extract_place(text)
    assert isinstance(result, Place), result
    assert (result.department, result.commune) == (department, commune)



@pytest.mark.parametrize("text", ["Val de Loire", "val de loire", "le Val-de-Loire", "sur les bords de Loire", "en bord de loire",
                                  "la vallée de la Loire", "la vallee de la loire", "sur les rives de la Loire"])
def test_along_the_loire_is_its_departments_asked_not_the_loiret(text: str) -> None:
    """« Val de Loire », « les bords de Loire » were the Loiret (45), refused as outside the region (the name declined as a
    word was read as the Loiret misspelt: review of the session's fixes): the Loire's departments, asked."""
    result = extract_place(text)
    assert isinstance(result, AmbiguousPlace), result
    assert [o.department for o in result.options] == ["44", "49", "42"]


@pytest.mark.parametrize(("text", "department", "commune"), [
    ("les bords de Loire, vers Saumur", "49", "Saumur"), ("bords de loire vers saumur", "49", "Saumur"),
    ("en bord de Loire à Saumur", "49", "Saumur"), ("val de loire, a Ancenis", "44", "Ancenis-Saint-Géréon"),
    # near misses: the Loiret said, a commune on the Loire
    ("dans le Loiret", "45", None), ("Montjean sur Loire", "49", "Montjean-sur-Loire"),
])
def test_a_commune_said_along_the_loire_is_the_place(text: str, department: str, commune: str | None) -> None:
    """« les bords de Loire, vers Saumur » got « Loiret ou Saumur ? » (review of the session's fixes): Saumur is the place."""
    result = extract_place(text)
    assert isinstance(result, Place), result
    assert (result.department, result.commune) == (department, commune)


ORDINARY_SENTENCES = [
    "je veux recruter en CDD",
    "mon entreprise",
    "Bonjour, je souhaite recruter un soudeur",
    "nous cherchons un cariste pour 6 mois",
    "le poste est à temps plein, 35 heures par semaine",
    "je recrute en alternance",
    "c'est un CDI avec une période d'essai",
    "nous sommes une PME de 45 salariés",
    "le salaire est de 2000 euros brut",
    "on propose 35000 € par an",
    # A SIRET's groups are no postal code (71638 was Saône-et-Loire: twentieth blind user test)
    "notre SIRET 376530648 71638",
    "siret : 802 954 785 00028",
    "voici le siren 376.530.648",
    "il faut le permis B",
    "notre société fabrique des pièces en plastique",
    "je ne sais pas encore",
    "pouvez-vous m'aider ?",
    "quelles sont les conditions ?",
    "merci beaucoup pour votre aide",
    "le candidat est inscrit à France Travail",
    "nous avons besoin d'un maçon et d'un couvreur",
    "c'est pour remplacer un départ à la retraite",
    "la formation peut durer 400 heures",
    "il travaillera en équipe de nuit",
    "je suis le gérant de la boîte",
    "on est une association d'aide à domicile",
    "le poste est en télétravail partiel",
    "nous recrutons dans la restauration",
    "il y a une réunion d'information la semaine prochaine",
    "l'entreprise a été créée en 1998",
    "je voudrais un rendez-vous avec un conseiller",
    "il a eu son CAP l'an dernier",
    "c'est un poste de vendeur en magasin",
    "on cherche quelqu'un de motivé",
    "le contrat commence le 15 mars",
    "nous travaillons sur des chantiers",
    "le salarié sera formé en interne",
    "elle a 25 ans et beaucoup de motivation",
    "le travail se fait à la chaîne en usine",
    "mon numéro est le 06 12 34 56 78",
    "le poste est basé au siège",
    "nous sommes en pleine croissance",
    "je cherche un boulanger pâtissier",
    "on a un lot de commandes à livrer",
    "en somme, on a besoin de monde",
    "on vend du vin de Champagne et du cognac",
    "il est en congé jusqu'à lundi",
    "c'est parce que nous avons beaucoup de travail",
    "en moyenne nous recrutons 3 personnes par an",
    "pour en savoir plus sur le dispositif",
    "la maison est à vendre",
    "je recrute en vue d'un départ",
    "c'est pour le Pays de la Loire",
    "la vitre de l'atelier est cassée",
    "on est à jour de nos cotisations",
    "je suis à la place du gérant aujourd'hui",
    "c'est à lire attentivement",
    "l'offre est à publier où ?",
    "c'est à force de chercher qu'on trouve",
    "on est à force de chercher épuisés",
    # Names made only of common words are ordinary phrases (twenty-second blind user test: La Réunion, not eligible).
    "je crois qu'il est inscrit oui entre deux missions",
    "oui il est entre deux contrats et inscrit a FT",
    "il fait de l'intérim entre deux CDD",
    "on hésite entre deux profils",
    "un petit bourg de campagne",
    "on a un grand champ à entretenir",
    "un petit canal d'irrigation",
    "une petite forêt derrière l'atelier",
    "on est sur une petite ile",
    "la Croix-Rouge nous envoie des bénévoles",
    "le terrain est bordé par trois rivières",
]


def test_forty_ordinary_sentences_name_no_place() -> None:
    assert len(ORDINARY_SENTENCES) >= 40
    found = {text: extract_place(text) for text in ORDINARY_SENTENCES}
    assert {text: place for text, place in found.items() if place is not None} == {}


@pytest.mark.parametrize(
    "text",
    ["", "   ", "35 heures", "6 mois", "j'ai 44 ans", "44 salariés", "'; DROP TABLE communes; --", "<script>alert(1)</script>", "🙂🙂"],
)
def test_no_place(text: str) -> None:
    assert extract_place(text) is None


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("49", "Maine-et-Loire (49)"),
        ("44", "Loire-Atlantique (44)"),
        ("85", "Vendée (85)"),
        ("2A", "Corse-du-Sud (2A)"),
        ("974", "La Réunion (974)"),
        ("00", "00"),
    ],
)
def test_department_label(code: str, label: str) -> None:
    assert department_label(code) == label


def test_long_text() -> None:
    text = "Nous sommes une entreprise familiale de menuiserie. " * 100 + "L'atelier est à Cholet."
    assert departments_of(extract_place(text)) == {"49"}


def test_places_are_frozen() -> None:
    place = Place(department="44", department_name="Loire-Atlantique", in_region=True)
    with pytest.raises(AttributeError):
        place.department = "49"  # type: ignore[misc]


@settings(max_examples=250, deadline=None)
@given(st.text(max_size=300))
def test_never_raises_and_returns_the_declared_types(text: str) -> None:
    result = extract_place(text)
    assert result is None or isinstance(result, Place | AmbiguousPlace)
    if isinstance(result, AmbiguousPlace):
        assert len(result.options) >= 2


@settings(max_examples=150, deadline=None)
@given(st.data())
def test_postal_code_of_the_table_maps_to_its_department(data: st.DataObject) -> None:
    row = data.draw(st.sampled_from([r for r in communes() if r["codes_postaux"]]))
    code = data.draw(st.sampled_from(row["codes_postaux"].split()))
    result = extract_place(code)
    assert row["departement"] in departments_of(result)
    assert result is not None
    assert all(o.postal_code == code for o in ([result] if isinstance(result, Place) else result.options))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_region_commune_name_maps_to_its_department(data: st.DataObject) -> None:
    row = data.draw(st.sampled_from([r for r in communes() if r["departement"] in REGION_DEPARTMENTS]))
    name = fold(row["nom"])
    result = extract_place(name)
    if isinstance(result, AmbiguousPlace):
        assert row["departement"] in departments_of(result)
    else:
        assert isinstance(result, Place)
        assert result.department == row["departement"]
        assert result.in_region


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(["la Trinité", "Merville", "Bassens", "Saint-Claude", "Valence", "Montreuil", "Saint-Denis"]))
def test_region_wins_or_ambiguity_is_reported(name: str) -> None:
    result = extract_place(name)
    rows = [r for r in communes() if fold(r["nom"]) == fold(name)]
    in_region = {r["departement"] for r in rows if r["departement"] in REGION_DEPARTMENTS}
    expected = in_region or {r["departement"] for r in rows}
    assert departments_of(result) == expected


@pytest.mark.parametrize("text", ["Ancenis mais on a aussi un site a Rennes", "Ancenis, on a aussi un site à Rennes"])
def test_a_short_name_that_opens_the_answer_counts_beside_another_place(text: str) -> None:
    """Ancenis was dropped (a short form of Ancenis-Saint-Géréon) and Rennes taken for the job (sixth blind user test)."""
    place = extract_place(text)
    assert isinstance(place, AmbiguousPlace)
    assert {p.department for p in place.options} == {"44", "35"}


@pytest.mark.parametrize("text", ["Bernard Dupont", "Passage en CDI", "Robert, le responsable"])
def test_a_capitalised_word_that_is_also_a_short_town_name_is_not_a_place(text: str) -> None:
    assert extract_place(text) is None


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("Notre siège est à Rennes en Bretagne et on voudrait embaucher un cariste", None),
        ("siège à Paris, poste à Laval", "53"),
        ("Siège à Paris mais le poste sera au Mans", "72"),
        ("on recrute à Cholet, le siège est à Paris", "49"),
        ("on recrute à Cholet", "49"),
    ],
)
def test_the_head_office_is_not_the_place_of_the_job(text: str, department: str | None) -> None:
    from bot.extractors.place import extract_job_place

    place = extract_job_place(text)
    assert (place.department if isinstance(place, Place) else place) == department


def test_where_the_candidate_lives_is_not_the_place_of_the_job() -> None:
    """« et si le candidat habite en Bretagne c'est un problème ? » concluded « not eligible » (eighth blind user test)."""
    from bot.extractors.place import extract_job_place

    assert extract_job_place("et si le candidat habite à Rennes c'est un probleme ?") is None
    place = extract_job_place("le candidat vit à Rennes mais le poste est à Laval")
    assert isinstance(place, Place) and place.commune == "Laval"


def test_a_short_name_is_the_larger_commune_of_the_region_not_a_smaller_one_elsewhere() -> None:
    """« Sainte-Luce » was Martinique (eighth blind user test); « Rennes » stays Rennes, not Rennes-en-Grenouilles."""
    place = extract_place("Sainte-Luce")
    assert isinstance(place, Place) and (place.commune, place.department) == ("Sainte-Luce-sur-Loire", "44")
    place = extract_place("Rennes")
    assert isinstance(place, Place) and place.department == "35"


@pytest.mark.parametrize("text", ["st gilles", "Saint-Gilles"])
def test_a_short_form_of_a_region_town_wins_over_towns_outside(text: str) -> None:
    """« St Gilles » in Vendée is Saint-Gilles-Croix-de-Vie (« pas compris » at the place question, the towns of the Gard
    and of Ille-et-Vilaine only offered otherwise: fourteenth blind user test); the region wins, as for a full name."""
    result = extract_place(text)
    assert isinstance(result, Place) and result.commune == "Saint-Gilles-Croix-de-Vie"


@pytest.mark.parametrize("text", ["pres de la mer", "en bord de mer", "au bord de la mer"])
def test_the_sea_is_no_town(text: str) -> None:
    """« près de la mer » was the town of Mer (Loir-et-Cher), and the project not eligible (fourteenth blind user test)."""
    assert extract_place(text) is None
    assert extract_place("à Mer") is not None


def test_a_town_with_the_postal_code_of_another_department_is_that_one() -> None:
    """« Montreuil 93100 » was « Montreuil (Vendée) ou 93100 ? » (the table of communes is complete only in the region)."""
    place = extract_place("on est a Montreuil 93100 en seine saint denis")
    assert isinstance(place, Place) and (place.commune, place.department, place.in_region) == ("Montreuil", "93", False)
    assert isinstance(extract_place("Montreuil"), Place) and extract_place("Montreuil").department == "85"


@pytest.mark.parametrize(("text", "near"), [("près d'Angers", True), ("à 10 km du Mans", True), ("au nord de Laval", True),
                                            ("à Trélazé près d'Angers", False), ("Angers", False),
                                            ("près d'Angers (Avrillé)", False)])
def test_a_town_named_as_a_landmark(text: str, near: bool) -> None:
    from bot.extractors.place import only_near

    assert only_near(text) is near


def test_an_establishment_names_its_town() -> None:
    """« notre agence de Vannes » named no place (eighteenth blind user test)."""
    place = extract_place("le poste serait dans notre agence de Vannes")
    assert isinstance(place, Place) and place.commune == "Vannes"


@pytest.mark.parametrize(
    "text", ["on cherche un maçon pour le chantier de l'hôpital, en CDI", "on recrute un chauffeur pour notre dépôt de sable en CDI",
             "on embauche une couturière en CDI pour l'atelier de couture", "agence de vannes"],
)
def test_what_a_workshop_makes_is_no_town(text: str) -> None:
    """Review: « atelier de couture » was La Couture (85), « chantier de l'hôpital » L'Hôpital (57)."""
    assert extract_place(text) is None


def test_a_region_town_with_a_postal_code_of_another_department_is_asked() -> None:
    """Review: « Nantes 49000 » was stored as Nantes in the 49."""
    assert isinstance(extract_place("Nantes 49000"), AmbiguousPlace)


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour, paysagiste a Angers, CDI 35h, 1 poste jardinier, candidat pas encore trouvé, debut avril, SIRET 376530648 71638",
        "jardinier à Angers en CDI, siret 802 954 785 00028",
    ],
)
def test_a_siret_beside_the_town_leaves_the_town(text):
    """(The SIRET's last group made the place ambiguous with Saône-et-Loire, and the project was thrown away.)"""
    place = extract_place(text)
    assert isinstance(place, Place) and place.commune == "Angers"


@pytest.mark.parametrize(
    ("text", "commune", "department"),
    [
        # Twenty-first blind user test: the place was asked again (Avrillé and Allonnes are in two departments each).
        ("bonjour plomberie chauffage a avrille pres d'angers", "Avrillé", "49"),
        ("pepiniere a Allonnes pres de Saumur (49)", "Allonnes", "49"),
        ("Allonnes pres du Mans", "Allonnes", "72"),
        ("avrille pres de la roche sur yon", "Avrillé", "85"),
        ("a Nantes pres d'Angers", "Nantes", "44"),
        # Thirty-fourth blind user test (u34-14): the commune in brackets after the landmark is the place, stored as the
        # department only, and the commune asked again by the request.
        ("je suis gérant d'une entreprise de paysage près d'Angers (Avrillé).", "Avrillé", "49"),
        ("près de Saumur (Allonnes)", "Allonnes", "49"),
    ],
)
def test_a_commune_near_a_landmark_is_the_one_of_the_landmark_s_department(text: str, commune: str, department: str) -> None:
    place = extract_place(text)
    assert isinstance(place, Place) and (place.commune, place.department) == (commune, department)


def test_a_landmark_outside_the_commune_s_departments_decides_nothing() -> None:
    assert isinstance(extract_place("Avrillé près de Paris"), AmbiguousPlace)
    assert isinstance(extract_place("Allonnes"), AmbiguousPlace)


@pytest.mark.parametrize(
    "text",
    ["Bonjour, Communaute d'agglomeration Pornic Agglo Pays de Retz. Nous souhaitons recruter un agent.",
     "Angers Loire Métropole recrute un jardinier en CDI", "la communauté de communes du Pays de Chateaubriant recrute"],
)
def test_an_intercommunality_s_name_is_no_job_place(text: str) -> None:
    """« Communauté d'agglomération Pornic Agglo Pays de Retz » made Pornic the place of work, never asked (twenty-first
    blind user test); at the place question, « Laval Agglo » is the answer."""
    from bot.extractors.place import extract_job_place

    assert extract_job_place(text) is None
    assert extract_job_place("Laval Agglo", answer=True) is not None


def test_the_place_said_after_an_intercommunality_s_name_is_the_job_s() -> None:
    from bot.extractors.place import extract_job_place

    place = extract_job_place("la communauté de communes du Pays de Chateaubriant recrute un agent en CDI a Derval")
    assert isinstance(place, Place) and place.commune == "Derval"


@pytest.mark.parametrize(
    ("text", "commune"),
    [
        ("St Berthevin la Taniere", "Saint-Berthevin-la-Tannière"),
        ("on est à St Berthevin la Taniere en Mayenne", "Saint-Berthevin-la-Tannière"),
        ("saint berthevin la tanniere", "Saint-Berthevin-la-Tannière"),
        ("à Saint Etienne de Montluq", "Saint-Étienne-de-Montluc"),
        # Near misses: the shorter commune, the next words being no misspelt end of a longer name.
        ("Saint-Berthevin", "Saint-Berthevin"),
        ("Saint Berthevin la semaine prochaine", "Saint-Berthevin"),
        ("à Saint-Berthevin le 3 mars", "Saint-Berthevin"),
        ("Saint Nazaire", "Saint-Nazaire"),
    ],
)
def test_the_longer_commune_name_misspelt_wins(text: str, commune: str) -> None:
    """« St Berthevin la Taniere » was Saint-Berthevin (53940), stored without a word (twenty-third blind user test):
    a longer name of the region beginning with the name found, its end misspelt by one letter, is the commune."""
    place = extract_place(text)
    assert isinstance(place, Place) and place.commune == commune


@pytest.mark.parametrize(("text", "commune"), [
    # u36-06: « Même chose qu'à Saint-Nazaire : …, mais au restaurant du Mans (72000) » asked « Vous citez plusieurs lieux » (thirty-sixth
    # blind user test): the place compared with is no place of the job
    ("Même chose qu'à Saint-Nazaire : CDI, 35 heures, deux employés polyvalents de restauration, mais au restaurant du Mans (72000). "
     "Pas encore de candidats.", "Le Mans"),
    ("comme à Nantes, mais à Angers", "Angers"),
    ("pareil que pour Cholet, mais le poste est à Laval", "Laval"),
])
def test_a_place_compared_with_is_not_the_job_s(text: str, commune: str) -> None:
    place = extract_place(text)
    assert isinstance(place, Place) and place.commune == commune


def test_places_named_keeps_two_places_apart() -> None:
    # (forty-fourth blind user test, u44-03: « et en mayenne c'est bien couvert ? on a aussi une agence en ille et vilaine a rennes »
    # was one ambiguity, neither place named in the answer on the places covered)
    from bot.extractors.place import places_named

    named = places_named("et en mayenne c'est bien couvert ? on a aussi une agence en ille et vilaine a rennes")
    assert [(p.department, p.commune) for p in named if isinstance(p, Place)] == [("53", None), ("35", "Rennes")]
    assert [p.department for p in places_named("on est a Laval en Mayenne (53)") if isinstance(p, Place)] == ["53"]
    assert all(isinstance(p, AmbiguousPlace) for p in places_named("on est a Allonnes"))


# forty-fifth blind user test (u45-11, u45-10, u45-02): « la roche/yon », « les erbiers » were no commune, « chole je vous ai dit,
# dans le 49 » the department only
@pytest.mark.parametrize(("text", "department", "commune"), [
    ("la roche/yon", "85", "La Roche-sur-Yon"),
    ("La Roche s/Yon", "85", "La Roche-sur-Yon"),
    ("a la roche/yon pour 2 postes", "85", "La Roche-sur-Yon"),
    ("Sablé/Sarthe", "72", "Sablé-sur-Sarthe"),
    ("sable s/ sarthe", "72", "Sablé-sur-Sarthe"),
    ("les erbiers", "85", "Les Herbiers"),
    ("aux erbiers", "85", "Les Herbiers"),
    ("les erbiers 85", "85", "Les Herbiers"),
    ("chole je vous ai dit, dans le 49", "49", "Cholet"),
    ("chole 49", "49", "Cholet"),
    ("chole, dans le 49", "49", "Cholet"),
    # forty-eighth blind user test's reports: the SMS « o » for « au » and « aux » (« o erbiers » was no place)
    ("o erbiers", "85", "Les Herbiers"),
    ("c o herbiers", "85", "Les Herbiers"),
    ("un CDI o mans", "72", "Le Mans"),
    ("on est o sables", "85", "Les Sables-d'Olonne"),
    ("o ponts de ce", "49", "Les Ponts-de-Cé"),
])
def test_a_commune_written_short_or_misspelt_after_its_article_or_beside_its_department(text: str, department: str, commune: str) -> None:
    found = extract_place(text)
    assert isinstance(found, Place) and (found.department, found.commune) == (department, commune), found


# (near misses: a slash between two places is two places; a misspelling beside another department's number is no commune of it)
@pytest.mark.parametrize(("text", "expected"), [("Nantes/Angers", {"44", "49"}), ("chole dans le 44", {"44"}), ("la maison", set()),
                                                 ("o", set()), ("o k pour moi", set()), ("chez o", set())])
def test_a_slash_between_places_and_a_misspelling_beside_another_department(text: str, expected: set[str]) -> None:
    found = extract_place(text)
    assert departments_of(found) == expected and not (isinstance(found, Place) and found.commune), found


# Talking to make run (2026-12-04): « mais en mayene ? », « mais a chole ? » after an answer on a place named no place; « et en
# mayene ? » did (« et » a filler of a short answer, « mais » not).
@pytest.mark.parametrize(("text", "department", "commune"), [
    ("mais en mayene ?", "53", None),
    ("mais en vendé ?", "85", None),
    ("mais a chole ?", "49", "Cholet"),
    ("mais en sarte", "72", None),
    ("mais à st nazair ?", "44", "Saint-Nazaire"),
])
def test_a_misspelt_place_after_but_is_read(text: str, department: str, commune: str | None) -> None:
    found = extract_place(text)
    assert isinstance(found, Place) and (found.department, found.commune) == (department, commune), found
