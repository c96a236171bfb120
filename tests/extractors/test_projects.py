"""Tests of bot.extractors.projects: several posts in one message, each contract with its job, and what an answer says of each
(forty-second blind user test, u42-07)."""

from __future__ import annotations

import pytest

from bot.extractors.projects import contracts_said, jobs_of_the_contracts, said_of_each


@pytest.mark.parametrize(("said", "jobs"), [
    # (the request for the CDD took the cuisinier of the CDI: forty-second blind user test, u42-07)
    ("Bonjour je gere un restaurant a Saumur, je voudrais embaucher un cuisinier en CDI et une serveuse en CDD de 6 mois. "
     "On peut faire les deux ?", {"cdi": "cuisinier", "cdd": "serveuse"}),
    ("on recrute à Angers : un CDI pour un magasinier et un CDD de 8 mois pour un cariste", {"cdi": "magasinier", "cdd": "cariste"}),
    ("on embauche un cuisinier et une serveuse a Saumur, le premier en CDI et la seconde en CDD de 6 mois",
     {"cdi": "cuisinier", "cdd": "serveuse"}),
    # one job for both contracts, or one contract: no job of its own
    ("Nous recrutons 3 aides-soignants : 2 en CDI et 1 en CDD de 8 mois", {}),
    ("je voudrais embaucher un cuisinier en CDI a Saumur", {}),
    # (the same job in both genders: each its own, as said)
    ("on cherche un serveur en CDI et une serveuse en CDD de 6 mois", {"cdi": "serveur", "cdd": "serveuse"}),
])
def test_each_contract_with_its_own_job(said: str, jobs: dict[str, str]) -> None:
    assert jobs_of_the_contracts(said) == jobs


_TWO = [("cdi", "cuisinier"), ("cdd", "serveuse")]


@pytest.mark.parametrize(("text", "parts"), [
    ("pour le cuisinier pas encore, pour la serveuse oui c'est une jeune inscrite a france travail",
     [(0, "pas encore"), (1, "oui c est une jeune inscrite a france travail")]),
    ("pour la serveuse inscrite a pole emploi et pour le cuisinier personne", [(1, "inscrite a pole emploi"), (0, "personne")]),
    ("pour le CDI pas encore ; pour le CDD elle est inscrite", [(0, "pas encore"), (1, "elle est inscrite")]),
    ("le premier pas encore, la seconde est inscrite à France Travail", [(0, "pas encore"), (1, "est inscrite a france travail")]),
    ("l'un est un de nos salariés et l'autre est inscrit", [(0, "est un de nos salaries"), (1, "est inscrit")]),
    ("cuisiniere : pas encore. serveur : inscrit a FT", [(0, "pas encore"), (1, "inscrit a ft")]),
    # one answer for both, or one post named only: not said of each
    ("oui, tous les deux sont inscrits à France Travail", None),
    ("pas encore", None),
    ("pour le cuisinier pas encore", None),
    ("le candidat est inscrit, pour la serveuse aussi", None),
])
def test_what_an_answer_says_of_each_post(text: str, parts: list[tuple[int, str]] | None) -> None:
    assert said_of_each(text, _TWO) == parts


def test_no_post_of_its_own_in_a_message_of_one_contract() -> None:
    assert contracts_said("je cherche un cariste en CDI à Nantes") == [("cdi", "cariste")]
    assert said_of_each("le premier pas encore, le second inscrit", contracts_said("je cherche un cariste en CDI à Nantes")) is None
