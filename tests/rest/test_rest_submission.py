"""End to end over REST: from the check to a stored submission found in the export."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import jsonschema
import pytest

from bot.serving.rest_client import send
from bot.settings import ROOT
from bot.submission.store import SubmissionStore

pytestmark = [pytest.mark.model, pytest.mark.server]


def say(servers, sender: str, message: str) -> str:
    status, messages = send(servers.rasa_url, sender, message)
    assert status == 200
    return "\n".join(m.get("text", "") for m in messages)


def test_complete_submission_is_stored_once_and_exported(servers, sender: str, tmp_path: Path) -> None:
    start = (dt.date.today() + dt.timedelta(days=120)).strftime("%d/%m/%Y")
    say(servers, sender, "je veux recruter un soudeur en CDI à Cholet")
    assert "éligible" in say(servers, sender, "pas encore de candidat")
    assert "nom de votre entreprise" in say(servers, sender, "/start_submission")
    answers = [
        # (No legal form in the name: « … SARL » now says the employer type, and its question is not asked.)
        ("Soudure Durand", "SIRET"),
        ("abc", "14 chiffres"),  # refused: asked again
        ("732 829 320 00074", "type d'employeur"),
        # The town and the job title of the opening message are not asked again.
        ("entreprise privée", "Combien de postes"),
        ("2", "durée de travail hebdomadaire"),
        ("35 heures", "date"),
        (start, "besoins de formation"),
        ("Soudage TIG, lecture de plans, habilitation électrique", "Acceptez-vous"),
        ("oui j'accepte", "personne à contacter"),
        ("Marie Dupont", "e-mail"),
        ("marie.dupont@example.fr", "téléphone"),
        ("06 12 34 56 78", "récapitulatif"),
    ]
    for answer, expected in answers:
        reply = say(servers, sender, answer)
        assert expected in reply, (answer, reply)
    confirmation = say(servers, sender, "/affirm")
    reference = re.search(r"1E1F-\d{4}-\d{6}", confirmation).group(0)
    again = say(servers, sender, "oui")
    assert reference in again and again.count("déjà transmise") == 1
    # The conversation goes on: « ok » after sending looped three times, then nothing was answered (thirteenth
    # blind user test).
    assert say(servers, sender, "ok").count("déjà transmise") == 1
    assert say(servers, sender, "merci bcp")
    assert "Région" in say(servers, sender, "qui paye la formation ?")

    store = SubmissionStore(f"sqlite:///{Path(servers.extra_env['BOT_VAR_DIR']) / 'submissions.db'}")
    mine = [s for s in store.list() if s.reference == reference]
    assert len(mine) == 1
    export = tmp_path / "export.json"
    store.export_json(export)
    document = json.loads(export.read_text(encoding="utf-8"))
    schema = json.loads((ROOT / "docs" / "hiring-intent.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(document, schema)
    exported = next(s for s in document["submissions"] if s["reference"] == reference)
    assert exported["employer"]["siret"] == "73282932000074"
    assert exported["employer"]["commune"] == "Cholet" and exported["employer"]["department"] == "49"
    assert exported["job"]["title"] == "soudeur" and exported["job"]["positions"] == 2
    assert exported["contact"]["phone"] == "+33612345678"
    assert exported["eligibility"]["verdict"] == "eligible"


def test_refusing_consent_stores_nothing(servers, sender: str) -> None:
    say(servers, sender, "je veux recruter un cariste en CDI au Mans")
    say(servers, sender, "pas encore")
    say(servers, sender, "/start_submission")
    for answer in ["Transports Martin", "732 829 320 00074", "association", "1", "35h", "dans 5 mois", "CACES R489"]:
        say(servers, sender, answer)
    reply = say(servers, sender, "non je refuse")
    assert "votre demande n'est pas transmise" in reply
