"""The guided eligibility check over REST, action server included."""

from __future__ import annotations

import pytest

from bot.dialogue import messages as prompts
from bot.dialogue.messages import TOO_MANY_FAILURES, VERDICT_HEADLINES
from bot.faq.entries import Faq
from bot.serving.rest_client import send

pytestmark = [pytest.mark.model, pytest.mark.server]


def say(servers, sender: str, message: str) -> str:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    return "\n\n".join(m.get("text", "") for m in messages)


def buttons(servers, sender: str, message: str) -> list[str]:
    _, messages = send(servers.rasa_url, sender, message)
    return [b["title"] for m in messages for b in m.get("buttons", [])]


ASK = {slot: prompt["text"] for slot, prompt in prompts.ASK.items()}


def test_eligible_path_with_buttons(servers, sender: str) -> None:
    assert ASK["contract_type"] in say(servers, sender, "/check_eligibility")
    assert ASK["department"] in say(servers, sender, "CDI")
    assert ASK["candidate_status"] in say(servers, sender, "Maine-et-Loire")
    reply = say(servers, sender, "pas encore de candidat")
    assert VERDICT_HEADLINES["eligible"] in reply
    assert "Sources : FAQ 1 emploi = 1 formation" in reply  # (the rules applied in one message, their sources gathered)


def test_opening_sentence_is_not_asked_again(servers, sender: str) -> None:
    reply = say(servers, sender, "je veux recruter un soudeur en CDD de 8 mois à Cholet")
    assert ASK["candidate_status"] in reply
    assert ASK["contract_type"] not in reply and ASK["department"] not in reply
    assert VERDICT_HEADLINES["eligible"] in say(servers, sender, "il est inscrit à France Travail")


def test_short_cdd_needs_a_derogation(servers, sender: str) -> None:
    say(servers, sender, "/check_eligibility")
    assert ASK["contract_duration"] in say(servers, sender, "CDD saisonnier")
    say(servers, sender, "3 mois")
    say(servers, sender, "Vendée")
    _, messages = send(servers.rasa_url, sender, "pas encore")
    assert VERDICT_HEADLINES["derogation"] in "\n".join(m.get("text", "") for m in messages)
    assert "Préparer ma demande de dérogation" in [b["title"] for m in messages for b in m.get("buttons", [])]


def test_outside_the_region_is_ineligible_with_what_to_do(servers, sender: str) -> None:
    say(servers, sender, "je veux vérifier mon éligibilité")
    say(servers, sender, "CDI")
    reply = say(servers, sender, "Rennes")  # the verdict at once: no later answer could change it
    assert VERDICT_HEADLINES["ineligible"] in reply
    assert "Ce que vous pouvez faire" in reply
    assert ASK["candidate_status"] not in reply


def test_faq_question_in_the_middle_then_resume(servers, faq: Faq, sender: str) -> None:
    say(servers, sender, "/check_eligibility")
    say(servers, sender, "CDI")
    reply = say(servers, sender, "au fait, combien de temps dure une formation en moyenne ?")
    assert faq.get("duree_formation").answer in reply
    assert ASK["department"] in reply  # the form resumes where it stopped


def test_correction_then_cancel(servers, sender: str) -> None:
    say(servers, sender, "/check_eligibility")
    assert ASK["contract_duration"] in say(servers, sender, "CDD")
    reply = say(servers, sender, "en fait c'est un CDI")
    assert "C'est corrigé" in reply and ASK["department"] in reply
    assert "C'est arrêté : la vérification est interrompue" in say(servers, sender, "annuler")
    # After cancelling, a new check starts from scratch.
    assert ASK["contract_type"] in say(servers, sender, "/check_eligibility")


def test_three_answers_not_understood_offer_the_contact(servers, sender: str) -> None:
    say(servers, sender, "/check_eligibility")
    say(servers, sender, "CDI")
    assert prompts.UNSURE_ANSWER["department"] in say(servers, sender, "je sais pas trop")  # what the answer is for
    assert "Je n'ai pas compris" in say(servers, sender, "bof, euh…")
    reply = say(servers, sender, "bof, euh…")
    assert TOO_MANY_FAILURES in reply and "https://nosemplois.fr/1-emploi-1-formation" in reply
    assert ASK["department"] in reply


def test_related_faq_answer_offers_the_check(servers, sender: str) -> None:
    assert "Vérifier mon éligibilité" in buttons(servers, sender, '/faq{"faq_id": "types_de_contrat"}')
    assert "Vérifier mon éligibilité" not in buttons(servers, sender, '/faq{"faq_id": "permis_de_conduire"}')
