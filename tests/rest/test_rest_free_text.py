"""End to end over REST, typed as employers type, no button pressed.

The conversations are the table ``tests/dialogues/free_text.yml`` (replayed by
:mod:`bot.quality.free_text_dialogues`, also shown by ``python -m bot dialogues``):
each reaches its verdict and, where eligible, a stored request whose every
field is checked against what the employer meant.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

import pytest

from bot.quality.free_text_dialogues import Conversation, compare_stored, load_conversations, replay
from bot.serving.rest_client import send
from bot.submission.store import SubmissionStore

pytestmark = [pytest.mark.model, pytest.mark.server]

CONVERSATIONS = load_conversations()


def stored_requests(servers, sender: str) -> list:
    store = SubmissionStore(f"sqlite:///{Path(servers.extra_env['BOT_VAR_DIR']) / 'submissions.db'}")
    return [s for s in store.list() if s.conversation_id == sender]


def say(servers, sender: str, message: str) -> str:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    return "\n".join(m.get("text", "") for m in messages)


def test_at_least_25_conversations() -> None:
    assert len(CONVERSATIONS) >= 25
    assert sum(c.stored is not None for c in CONVERSATIONS) >= 15


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[f"{i:02d}" for i in range(1, len(CONVERSATIONS) + 1)])
def test_free_text_conversation(servers, conversation: Conversation) -> None:
    sender = f"free-{uuid.uuid4().hex[:12]}"
    result = replay(conversation, servers.rasa_url, sender)
    transcript = "\n".join(f"> {said}\n{reply}" for said, reply in result.transcript)
    assert result.ok, f"{conversation.name}: {result.problems}\n{transcript}"
    stored = stored_requests(servers, sender)
    if conversation.stored is None:
        assert stored == [], transcript
        return
    assert len(stored) == 1, transcript
    assert stored[0].reference == result.reference
    assert compare_stored(conversation.stored, stored[0]) == [], transcript


def _to_recap(servers, sender: str) -> str:
    """A short request typed in words, up to its recap."""
    for message in ["je cherche à recruter un soudeur en CDI à Cholet", "pas encore", "oui", "C'est la Menuiserie Durand",
                    "732 829 320 00074", "entreprise privée", "1 poste", "35h", "le 15 mars 2027", "soudure TIG", "oui j'accepte",
                    "Sylvie Gaborit", "sylvie.gaborit@example.org"]:
        say(servers, sender, message)
    return say(servers, sender, "06 12 34 56 78")


def test_confirm_button_works_whatever_was_typed_before(servers, sender: str) -> None:
    assert "Voici le récapitulatif" in _to_recap(servers, sender)
    say(servers, sender, "hmm je sais pas trop")  # unclear: nothing erased
    say(servers, sender, "c'est quoi un organisme de formation ?")  # a question, answered
    say(servers, sender, "annuler")  # asks for confirmation, erases nothing
    reply = say(servers, sender, "/affirm")  # the recap's « Confirmer et envoyer »
    assert re.search(r"1E1F-\d{4}-\d{6}", reply), reply
    assert len(stored_requests(servers, sender)) == 1
    again = say(servers, sender, "oui")  # a second « oui » never makes a second request
    assert "déjà transmise" in again and len(stored_requests(servers, sender)) == 1


def test_an_old_modify_button_after_sending_makes_no_second_request(servers, sender: str) -> None:
    _to_recap(servers, sender)
    reference = re.search(r"1E1F-\d{4}-\d{6}", say(servers, sender, "c'est bon vous pouvez envoyer")).group()
    reply = say(servers, sender, '/correct_field{"field": "positions"}')  # a « Modifier » button of the old recap
    assert "déjà été transmise" in reply and reference in reply
    say(servers, sender, "2")
    assert [s.reference for s in stored_requests(servers, sender)] == [reference]


def test_sentences_at_the_recap_never_restart_the_form(servers, sender: str) -> None:
    _to_recap(servers, sender)
    for message in ["je veux préparer ma demande", "je veux vérifier mon éligibilité", "euh", "merci"]:
        reply = say(servers, sender, message)
        assert "nom de votre entreprise" not in reply and "type de contrat" not in reply, (message, reply)
    reply = say(servers, sender, "parfait, envoyez")
    stored = stored_requests(servers, sender)
    assert len(stored) == 1 and stored[0].company_name == "Menuiserie Durand", reply


def test_confirmed_cancel_at_the_recap_sends_nothing_then_resumes(servers, sender: str) -> None:
    _to_recap(servers, sender)
    question = say(servers, sender, "annuler")
    # The answers are kept for « je veux reprendre ma demande »: the question must not say they are erased.
    assert "Voulez-vous vraiment annuler" in question and "effacé" not in question and "reprendre" in question
    assert "C'est annulé" in say(servers, sender, "oui")
    assert stored_requests(servers, sender) == []
    reply = say(servers, sender, "je veux reprendre ma demande")
    assert "Voici le récapitulatif" in reply and "Menuiserie Durand" in reply
    say(servers, sender, "c'est bon")
    assert len(stored_requests(servers, sender)) == 1


def test_consent_notice_is_proofread(servers, sender: str) -> None:
    for message in ["je cherche à recruter un soudeur en CDI à Cholet", "pas encore", "oui", "Menuiserie Durand", "732 829 320 00074",
                    "entreprise privée", "1", "35h", "le 15 mars 2027"]:
        say(servers, sender, message)
    reply = say(servers, sender, "soudure TIG")
    assert "Acceptez-vous" in reply and "aux services" in reply and "à les" not in reply


def test_readable_report_shows_the_free_text_conversations(monkeypatch, tmp_path: Path) -> None:
    """« make test-dialogues » replays the table over REST and shows every conversation in the report."""
    from argparse import Namespace

    from bot.quality.free_text_dialogues import Replay
    from bot.staff import dialogue_report

    replays = [Replay(c, transcript=[(c.check[0], "Vérifions ensemble")]) for c in CONVERSATIONS]
    replays[0].problems.append("verdict « eligible » jamais donné")
    monkeypatch.setattr(dialogue_report, "run_dialogue_tests", lambda model, stories, out: dialogue_report.DialogueReport(total=1, passed=1))
    monkeypatch.setattr(dialogue_report, "replay_free_text", lambda model: replays)
    output = tmp_path / "dialogues.md"
    args = Namespace(stories="tests/dialogues", model="models/current.tar.gz", output=str(output), free_text=True)
    assert dialogue_report.cli_dialogues(args) == 1  # one conversation went wrong
    text = output.read_text(encoding="utf-8")
    assert "## Conversations en texte libre" in text
    assert f"{len(CONVERSATIONS)} conversations, {len(CONVERSATIONS) - 1} réussies" in text
    for conversation in CONVERSATIONS:
        assert conversation.name in text
    assert "**Écart** : verdict « eligible » jamais donné" in text


JUNK = ["azerty", "blablabla", "hmm", "lalala", "bof bof", "xyzzy"]


def _messages(servers, sender: str, message: str) -> list[dict]:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    return messages


def _junk_then(servers, sender: str, question: str, answer: str, way_out: str) -> str:
    """Six unusable answers at one question: the reply changes at the 2nd, a way out from the 3rd, never a dead end."""
    replies = []
    for junk in JUNK:
        messages = _messages(servers, sender, junk)
        text = "\n".join(m.get("text", "") for m in messages)
        payloads = [b.get("payload") for m in messages for b in m.get("buttons") or []]
        replies.append(text)
        assert question in text, (question, junk, text)  # the question is asked again, never skipped
        if len(replies) >= 3:
            assert way_out in text and "/stop" in payloads, (question, junk, text, payloads)
    assert replies[0] != replies[1], question
    return "\n".join(m.get("text", "") for m in _messages(servers, sender, answer))


def test_six_junk_answers_at_every_question_of_the_check(servers, sender: str) -> None:
    from bot.dialogue.messages import ASK

    say(servers, sender, "je veux vérifier mon éligibilité")
    _junk_then(servers, sender, ASK["contract_type"]["text"], "CDD", "annuler")
    _junk_then(servers, sender, ASK["contract_duration"]["text"], "8 mois", "annuler")
    _junk_then(servers, sender, ASK["department"]["text"], "Cholet", "annuler")
    verdict = _junk_then(servers, sender, ASK["candidate_status"]["text"], "pas encore de candidat", "annuler")
    assert "Bonne nouvelle" in verdict


def test_six_junk_answers_at_every_checked_field_of_the_request(servers, sender: str) -> None:
    from bot.submission.form_slots import QUESTIONS

    # (a company name that says no employer type: « Menuiserie … » is private, the type not asked)
    for message in ["je veux vérifier mon éligibilité", "CDI", "49", "pas encore", "oui", "Durand et Fils"]:
        say(servers, sender, message)
    fields = [("siret", "732 829 320 00074"), ("employer_type", "entreprise privée"), ("work_location", "Cholet")]
    for name, answer in fields:
        _junk_then(servers, sender, QUESTIONS[name], answer, "annuler")
    say(servers, sender, "soudeur")
    for name, answer in [("positions", "1"), ("weekly_hours", "35h"), ("start_date", "le 15 mars 2027")]:
        _junk_then(servers, sender, QUESTIONS[name], answer, "annuler")
    say(servers, sender, "soudure")
    _junk_then(servers, sender, "Acceptez-vous", "oui", "annuler")
    say(servers, sender, "Marie Dupont")
    for name, answer in [("contact_email", "marie@example.fr"), ("contact_phone", "06 12 34 56 78")]:
        _junk_then(servers, sender, QUESTIONS[name], answer, "annuler")
    reply = say(servers, sender, "c'est bon")
    assert re.search(r"1E1F-\d{4}-\d{6}", reply), reply


@pytest.mark.parametrize("accept", ["oui", "ok", "d'accord", "on y va", "ok on verifie", "go", "allons-y"])
def test_words_accept_the_assistants_offer_of_the_check(servers, accept: str) -> None:
    sender = f"offer-{uuid.uuid4().hex[:12]}"
    assert "Voulez-vous vérifier maintenant" in say(servers, sender, "quels employeurs peuvent en bénéficier ?")
    assert "Vérifions ensemble" in say(servers, sender, accept)


def test_the_offer_stays_open_across_a_message_it_could_not_use(servers, sender: str) -> None:
    assert "Voulez-vous vérifier maintenant" in say(servers, sender, "quels employeurs peuvent en bénéficier ?")
    assert "Vérifions ensemble" not in say(servers, sender, "hmm")
    assert "Vérifions ensemble" in say(servers, sender, "ok on y va")


def test_non_declines_the_offer(servers, sender: str) -> None:
    from bot.dialogue.messages import OFFER_DECLINED

    say(servers, sender, "quels employeurs peuvent en bénéficier ?")
    reply = say(servers, sender, "non")
    assert OFFER_DECLINED in reply and "Vérifions ensemble" not in reply
    assert "Vérifions ensemble" not in say(servers, sender, "oui")  # the offer was answered: nothing pending any more


def test_a_correction_after_the_verdict_gives_the_verdict_again_and_nothing_else(servers, sender: str) -> None:
    # Blind user tests, 2026-11-30: first an FAQ answer on derogations with the old contract kept,
    # then (as a follow-up action) the new verdict followed by that FAQ answer and a new check offered.
    say(servers, sender, "on cherche un mécanicien en CDD de 3 mois à Laval")
    assert "dérogation" in say(servers, sender, "pas encore")
    reply = say(servers, sender, "ah non pardon c'est un CDD de 8 mois")
    assert "C'est corrigé" in reply and "Bonne nouvelle" in reply, reply
    assert "Cette réponse vous a-t-elle aidé" not in reply and "Voulez-vous vérifier" not in reply, reply


def test_a_question_naming_another_contract_during_the_form_is_not_stored(servers, sender: str) -> None:
    for message in ["je cherche à recruter un soudeur en CDI à Cholet", "pas encore", "oui", "Menuiserie Durand"]:
        say(servers, sender, message)
    reply = say(servers, sender, "au fait pendant la formation c nous qui payons les apprentis ?")
    # The closest questions (or an answer), then the SIRET question again, asked once, with no error about it.
    assert "Votre question est-elle l'une de celles-ci" in reply or "Source :" in reply, reply
    assert reply.count("Quel est son numéro SIRET") == 1 and "chiffres (vous" not in reply, reply
