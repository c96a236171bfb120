"""Typed feedback after an FAQ answer: a 👍 or 👎 only when the words say so."""

from __future__ import annotations

import pytest

from bot.faq.feedback import feedback_from, question_after_criticism

KNOWN = {"duree_formation"}


def vote(text: str) -> str | None:
    feedback = feedback_from(text, {}, "duree_formation", KNOWN)
    return feedback["value"] if feedback else None


@pytest.mark.parametrize(
    "text",
    [
        # the examples of the feedback intent (data/nlu/general.yml)
        "cette réponse m'a aidé",
        "réponse utile",
        "super réponse, ça m'aide",
        "la réponse est claire, merci du renseignement",
        "oui cette réponse m'a été utile",
        # and other ways to say it
        "parfait, c'est très clair",
        "Très bien expliqué",
        "ça répond à ma question",
    ],
)
def test_typed_praise_is_a_thumbs_up(text: str) -> None:
    assert vote(text) == "up"


@pytest.mark.parametrize(
    "text",
    [
        "pas utile cette réponse",
        "ça ne répond pas à ma question",
        "votre réponse ne m'aide pas",
        "cette reponse ne sert a rien",
        "réponse pas claire du tout",
        # recorded as 👍 before: no listed negative phrase matched
        "mauvaise réponse",
        "ça m'aide pas",
        "c'est pas clair",
        "n'est pas très utile",
        "réponse inutile",
        "c'est nul",
        "bof",
        "j'ai rien compris",
        "Ça ne m’a pas aidé",
        # a wrong answer, said the way employers say it
        "c'est pas ma question",
        "ce n'est pas du tout ce que je demandais",
        "non ça n'a rien à voir avec ma question",
        "vous avez mal compris ma question",
        "ça ne correspond pas à ma question",
        "c pas ce que jcherche",
        "non c'est pas ça",
    ],
)
def test_typed_criticism_is_a_thumbs_down(text: str) -> None:
    assert vote(text) == "down"


@pytest.mark.parametrize("text", ["ok", "merci", "hmm", "d'accord", "", "je ne sais pas"])
def test_typed_text_without_a_clear_vote_records_nothing(text: str) -> None:
    assert vote(text) is None


def test_buttons_still_vote_whatever_the_text() -> None:
    assert feedback_from("", {"feedback": "up", "faq_id": "duree_formation"}, None, KNOWN) == {"faq_id": "duree_formation", "value": "up"}
    assert feedback_from("ok", {"feedback": "down"}, "duree_formation", KNOWN) == {"faq_id": "duree_formation", "value": "down"}


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("c'est pas ma question, je voulais savoir si le stagiaire est payé", "je voulais savoir si le stagiaire est payé"),
        ("c'est pas ma question je voulais savoir si le stagiaire est payé", "je voulais savoir si le stagiaire est payé"),
        ("non c'est pas ça, je demande combien de temps dure la formation", "je demande combien de temps dure la formation"),
        ("ce n'est pas ce que je demandais, je voulais savoir le coût", "je voulais savoir le coût"),
        ("non, c'est pas ma question. Combien ça coûte ?", "Combien ça coûte ?"),
        ("mauvaise réponse, qui paye la formation ?", "qui paye la formation ?"),
        ("ça répond pas à ma question, combien ça coûte ?", "combien ça coûte ?"),
        ("c pas ce que jcherche jveux savoir si c gratuit", "jveux savoir si c gratuit"),
        ("vous avez mal compris, je demande si le stagiaire est payé", "je demande si le stagiaire est payé"),
        ("non non, pas ça du tout : qui paye la formation ?", "qui paye la formation ?"),
        # « vous avez pas répondu à ma question » (twenty-fourth blind user test, u24-08: the question after it was ignored)
        ("vous avez pas repondu a ma question, c quoi la difference avec l'apprentissage ?", "c quoi la difference avec l'apprentissage ?"),
        ("vous n'avez pas répondu à ma question, c'est quoi la différence avec l'apprentissage ?",
         "c'est quoi la différence avec l'apprentissage ?"),
        ("vs avez tjs pas repondu a ma question : qui paye le cfa ?", "qui paye le cfa ?"),
        ("mais vous avez pas répondu, qui paye le cfa ?", "qui paye le cfa ?"),
        ("tu as pas repondu a ma question. qui paye ?", "qui paye ?"),
    ],
)
def test_the_question_after_a_criticism_is_read_alone(text: str, question: str) -> None:
    assert question_after_criticism(text) == question


@pytest.mark.parametrize(
    "text",
    [
        "c'est pas ma question",  # a criticism only
        "c'est nul, ça ne répond pas à ma question",
        "est-ce faux de dire que c'est gratuit ?",  # « faux » inside a question
        "merci c'est clair, et pour les CDD ?",  # praise, not a criticism
        "je voulais savoir le coût",
        "vous avez pas repondu a ma question",  # a criticism only
        "vous avez répondu à ma question, merci. et le coût ?",
        "",
        # Words of a 👎 inside an ordinary question: no criticism of the answer (found by review).
        "Nous sommes à côté de Nantes, combien coûte la formation ?",
        "Le candidat ne répond pas à tous les critères, peut-il quand même suivre la formation ?",
        "Si la formation n'est pas complète, est-ce que le stagiaire est payé ?",
        "Je ne sais pas si c'est utile, combien ça coûte ?",
        "On ne trouve l'info nulle part, combien ça coûte ?",
        "Autre chose, rien à voir : qui paye la formation ?",
        "est-ce faux de dire que c'est gratuit ? et combien dure la formation ?",
        "pas encore, je voulais savoir le coût",
    ],
)
def test_no_question_after_a_criticism(text: str) -> None:
    assert question_after_criticism(text) is None
