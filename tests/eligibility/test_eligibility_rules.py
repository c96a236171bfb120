"""The rules of data/eligibility/rules.yml, as the document states them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.eligibility.rules import RULES_FILE, RulesError, evaluate, evaluate_each, load_rules, source_label
from bot.faq.entries import Faq

BASE = {"contract_type": "cdi", "department": "49", "candidate_status": "a_identifier"}


@pytest.fixture(scope="module")
def rules(faq: Faq):
    return load_rules(RULES_FILE, known_faq_ids=set(faq.ids))


@pytest.mark.parametrize(
    ("facts", "verdict", "reasons"),
    [
        (BASE, "eligible", {"employeur_tout_type", "contrat_eligible", "candidat_a_identifier"}),
        ({**BASE, "contract_type": "cdi_interimaire"}, "eligible", {"contrat_eligible"}),
        ({**BASE, "contract_type": "apprentissage"}, "eligible", {"contrat_eligible"}),
        ({**BASE, "contract_type": "contrat_professionnalisation"}, "eligible", {"contrat_eligible"}),
        ({**BASE, "contract_type": "alternance_a_preciser"}, "eligible", {"contrat_eligible"}),
        ({**BASE, "contract_type": "cdd", "contract_duration": 6}, "eligible", {"cdd_au_moins_6_mois"}),
        ({**BASE, "contract_type": "cdd_interim", "contract_duration": 18}, "eligible", {"cdd_au_moins_6_mois"}),
        ({**BASE, "contract_type": "cdd", "contract_duration": 5.9}, "derogation", {"cdd_moins_de_6_mois"}),
        ({**BASE, "contract_type": "cdd_saisonnier", "contract_duration": 3}, "derogation", {"cdd_moins_de_6_mois"}),
        ({**BASE, "department": "35"}, "ineligible", {"hors_pays_de_la_loire"}),
        ({**BASE, "contract_type": "stage"}, "ineligible", {"contrat_non_salarie"}),
        ({**BASE, "contract_type": "independant"}, "ineligible", {"contrat_non_salarie"}),
        ({**BASE, "candidate_status": "salarie"}, "ineligible", {"candidat_deja_salarie"}),
        ({**BASE, "candidate_status": "demandeur_emploi"}, "eligible", {"candidat_demandeur_emploi"}),
        ({**BASE, "candidate_status": "etranger_avec_autorisation"}, "eligible", {"candidat_demandeur_emploi"}),
        ({**BASE, "candidate_status": "etranger_sans_autorisation"}, "ineligible", {"etranger_sans_autorisation_de_travail"}),
        # Every candidate, foreign or not, must be registered as a job seeker.
        ({**BASE, "candidate_status": "non_inscrit"}, "ineligible", {"candidat_non_inscrit"}),
        ({**BASE, "candidate_status": "inscription_a_verifier"}, "eligible", {"candidat_inscription_a_verifier"}),
        # (A foreign candidate authorised to work whose registration is to check: forty-seventh blind user test, u47-14.)
        ({**BASE, "candidate_status": "etranger_inscription_a_verifier"}, "eligible", {"candidat_inscription_a_verifier"}),
        ({**BASE, "weekly_hours": 20}, "ineligible", {"au_moins_24_heures_par_semaine"}),
        ({**BASE, "weekly_hours": 24}, "eligible", {"contrat_eligible"}),
        # Ineligibility wins over a derogation.
        ({**BASE, "department": "75", "contract_type": "cdd", "contract_duration": 2}, "ineligible", {"hors_pays_de_la_loire"}),
    ],
)
def test_verdicts(rules, facts, verdict, reasons) -> None:
    result = evaluate(facts, rules)
    assert result.verdict == verdict
    assert reasons <= set(result.reasons)
    assert all(r.verdict == verdict for r in result.rules)


def test_a_rule_can_be_switched_off(rules) -> None:
    relaxed = tuple(replace(r, enabled=False) if r.id == "au_moins_24_heures_par_semaine" else r for r in rules)
    assert evaluate({**BASE, "weekly_hours": 10}, relaxed).verdict == "eligible"


def test_unknown_facts_do_not_fire_rules(rules) -> None:
    assert evaluate({"contract_type": "cdd"}, rules).reasons == ()


def test_every_rule_cites_its_source(rules, faq: Faq) -> None:
    labels = {r.id: source_label(r, faq) for r in rules}
    assert labels["cdd_moins_de_6_mois"] == "Source : FAQ 1 emploi = 1 formation, § 6 Dérogation"
    assert labels["au_moins_24_heures_par_semaine"] == "Source : https://pro.choisirmonmetier-paysdelaloire.fr"


@pytest.mark.parametrize(
    ("snippet", "message"),
    [
        ("verdict: eligible\n", "verdict: peut-etre\n"),
        ("{fact: weekly_hours, lt: 24}", "{fact: salaire, lt: 24}"),
        ("    enabled: true\n    when: {fact: weekly_hours", "    enabled: oui\n    when: {fact: weekly_hours"),
    ],
)
def test_invalid_rules_are_refused_in_french(tmp_path: Path, snippet: str, message: str) -> None:
    bad = tmp_path / "rules.yml"
    bad.write_text(RULES_FILE.read_text(encoding="utf-8").replace(snippet, message, 1), encoding="utf-8")
    with pytest.raises(RulesError, match="règles invalides"):
        load_rules(bad)


def test_unknown_faq_source_is_refused(tmp_path: Path, faq: Faq) -> None:
    bad = tmp_path / "rules.yml"
    bad.write_text(RULES_FILE.read_text(encoding="utf-8").replace("faq:types_de_contrat", "faq:inexistante", 1), encoding="utf-8")
    with pytest.raises(RulesError, match="inexistante"):
        load_rules(bad, known_faq_ids=set(faq.ids))


def test_an_identified_job_seeker_is_not_told_about_having_no_candidate_yet() -> None:
    identified = evaluate({**BASE, "candidate_status": "demandeur_emploi"})
    not_yet = evaluate(BASE)
    assert all("pas encore de candidat" not in rule.explanation for rule in identified.rules)
    assert any("pas encore de candidat" in rule.explanation for rule in not_yet.rules)


def test_each_option_of_an_undecided_fact_gets_its_verdict_from_the_rules() -> None:
    """« CDI ou CDD de 8 mois », an alternance whose contract is not said: the same verdict for each, with the reasons of every
    option; « CDI ou CDD de 4 mois » differ, and a CDD whose length is unknown may (session of 2026-12-02)."""
    place = {"department": "72", "candidate_status": "a_identifier"}
    both = evaluate_each({**place, "contract_duration": 8}, "contract_type", ["cdi", "cdd"])
    assert both is not None and both.verdict == "eligible"
    assert {"contrat_eligible", "cdd_au_moins_6_mois"} <= set(both.reasons) and len(both.reasons) == len(set(both.reasons))
    alternance = evaluate_each(place, "contract_type", ["apprentissage", "contrat_professionnalisation"])
    assert alternance is not None and alternance.reasons.count("contrat_eligible") == 1
    assert evaluate_each({**place, "contract_duration": 4}, "contract_type", ["cdi", "cdd"]) is None
    assert evaluate_each(place, "contract_type", ["cdi", "cdd"]) is None
    # Not eligible whichever the contract: the same verdict too (a job in Rennes).
    elsewhere = evaluate_each({**place, "department": "35"}, "contract_type", ["apprentissage", "contrat_professionnalisation"])
    assert elsewhere is not None and elsewhere.verdict == "ineligible"


@pytest.mark.parametrize("place", [{"department": "72", "candidate_status": "a_identifier"}, {"department": "35"},
                                   {"department": "44", "candidate_status": "salarie"}, {"department": "49", "weekly_hours": 10}])
def test_an_alternance_to_specify_gets_the_verdict_of_both_alternance_contracts(place: dict) -> None:
    """The request's « alternance, type à préciser » is sent with the verdict of the check, which gave both contracts the same
    (« eligible »): the rules give it that verdict, for the same reasons, whatever else is known."""
    to_specify = evaluate({**place, "contract_type": "alternance_a_preciser"})
    both = evaluate_each(place, "contract_type", ["apprentissage", "contrat_professionnalisation"])
    assert both is not None and (to_specify.verdict, set(to_specify.reasons)) == (both.verdict, set(both.reasons))
