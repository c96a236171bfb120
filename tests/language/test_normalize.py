"""One folding rule for every comparison of words."""

from __future__ import annotations

import pytest

from bot.language.normalize import fold, normalize, strip_accents, unify_punctuation


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Main-d’Œuvre", "main-d'oeuvre"),
        ("main d'oeuvre", "main d'oeuvre"),
        ("Cæsar", "caesar"),
        ("ÉLÈVE", "eleve"),
        ("l‘AFPR", "l'afpr"),
        ("lʼAFPR", "l'afpr"),
        ("6–8 mois", "6-8 mois"),
        ("10 — 12", "10 - 12"),
        ("−3", "-3"),
        ("Saint‑Nazaire", "saint-nazaire"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_main_d_oeuvre_meets_whatever_the_spelling() -> None:
    assert normalize("main-d'œuvre") == normalize("main d oeuvre") == normalize("Main-d’Œuvre") == "main d oeuvre"


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Qu’est-ce que l'AFPR ?", "qu est ce que l afpr"),
        ("  Saint-Nazaire,   Loire-Atlantique ", "saint nazaire loire atlantique"),
        ("C'est défini !", "c est defini"),
        ("", ""),
        ("Sœur", "soeur"),
    ],
)
def test_normalize(text: str, normalized: str) -> None:
    assert normalize(text) == normalized


def test_strip_accents_keeps_case_and_punctuation() -> None:
    assert strip_accents("Défini, À Vue") == "Defini, A Vue"


def test_unify_punctuation_keeps_letters() -> None:
    assert unify_punctuation("L’Été – Œuvre") == "L'Été - Œuvre"
