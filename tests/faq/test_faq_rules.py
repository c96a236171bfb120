"""Questions answered by rule whatever the classifier says (bot.faq.replies)."""

from __future__ import annotations

import pytest

from bot.faq.entries import Faq
from bot.faq.replies import CONTRACT_MINIMUM_ENTRY, answer_by_rule, asks_contract_minimum, contract_minimum_rule
from bot.faq.router import Decision


@pytest.mark.parametrize(
    "text",
    [
        # Fourth blind user test, 2026-11-30: the training's length, « hors sujet », or three questions proposed.
        "Le CDD doit durer combien de temps au minimum ?",
        "cdd de combien minimum ?",
        "et le cdd il doit faire combien mini",
        "quelle duree minimum pour un CDD ?",
        "c'est 6 mois minimum pour un cdd c ca ?",
        "durée minimale du contrat ?",
    ],
)
def test_how_long_a_contract_must_last_gets_its_entry(faq: Faq, text: str) -> None:
    for decision in (Decision("answer", faq_id="duree_formation", faq_ids=["duree_formation"], confidence=0.9), Decision("out_of_scope")):
        assert answer_by_rule(decision, text, faq).answers == [CONTRACT_MINIMUM_ENTRY]


@pytest.mark.parametrize(
    "text",
    [
        "quelle est la durée minimum de la formation ?",
        "combien d'heures minimum pour un cdd ?",
        "contrat de 35h minimum ?",
        "le candidat doit être inscrit depuis combien de temps minimum ?",
        "un cdd de 5 mois c'est éligible ?",
    ],
)
def test_other_minimums_are_left_to_the_classifier(text: str) -> None:
    assert not asks_contract_minimum(text)


def test_during_the_check_the_contract_is_the_context(faq: Faq) -> None:
    # « il faut combien de mois minimum ? » at the duration question got the set-up time (third blind user test).
    decision = Decision("answer", faq_id="delai_mise_en_place", faq_ids=["delai_mise_en_place"], confidence=0.9)
    assert contract_minimum_rule(decision, "il faut combien de mois minimum ?", faq, about_a_contract=True).answers == [CONTRACT_MINIMUM_ENTRY]
    assert contract_minimum_rule(decision, "il faut combien de mois minimum ?", faq).answers == ["delai_mise_en_place"]


def test_several_answers_are_not_collapsed_into_one(faq: Faq) -> None:
    decision = Decision("answer", faq_id="cout_formation", faq_ids=["cout_formation", "types_de_contrat"], confidence=0.9)
    assert contract_minimum_rule(decision, "combien ça coûte et le cdd c'est combien minimum ?", faq).answers == ["cout_formation", "types_de_contrat"]
