"""Sample data shared by several test modules."""

from __future__ import annotations

import subprocess

from bot.submission.form_slots import CONSENT_SLOT

#: A topic without a question: the assistant proposes three questions and « Aucune de ces questions ».
#: (« et pour la formation alors ? », used before, reads as a question about where the training
#: takes place to the classifier chosen on 2026-11-30, which answers it.)
VAGUE_MESSAGE = "j'ai une question sur la formation"

ELIGIBLE_SLOTS = {
    "eligibility": "eligible",
    "eligibility_reasons": ["contrat_eligible"],
    "contract_type": "cdi",
    "candidate_status": "demandeur_emploi",
}


def completed_submission_slots(consent_at: str = "2026-11-27T10:00:00+00:00") -> dict:
    """The slots of a finished submission dialogue (fictitious company and contact)."""
    return {
        **ELIGIBLE_SLOTS,
        "company_name": "Menuiserie Durand",
        "siret": "73282932000074",
        "employer_type": "prive",
        "work_location": {"commune": "Cholet", "postal_code": "49300", "department": "49"},
        "job_title": "Menuisier poseur",
        "positions": 2.0,
        "weekly_hours": 35.0,
        "start_date": "2027-04-01",
        "training_needs": "CACES R489 et lecture de plans",
        CONSENT_SLOT: consent_at,
        "contact_name": "Marie Dupont",
        "contact_email": "marie.dupont@example.fr",
        "contact_phone": "+33612345678",
    }


#: A registration stated, then a doubt about something else (the category, the benefits, the duration, another
#: organisation): still registered, for the candidate's extractor and for the check (review of the twentieth blind user
#: test's fixes).
REGISTERED_THEN_ANOTHER_DOUBT = (
    "oui il est inscrit à pole emploi, je ne sais pas s'il est en catégorie A ou B",
    "oui il est inscrit, par contre je sais pas s'il touche le chômage",
    "il est inscrit à FT, mais je ne sais pas s'il est encore au chômage",
    "elle est inscrite à France Travail mais je ne sais pas si elle est au chômage depuis plus de 6 mois",
    "elle est inscrite à Pôle emploi, je ne sais pas si elle est inscrite depuis plus d'un an",
    "il est inscrit à France Travail, je ne sais pas s'il est inscrit à la mission locale",
)


def run_fresh(script: str) -> subprocess.CompletedProcess[str]:
    """``script`` run in a fresh interpreter at the project's root (a table changed there before its readers are imported)."""
    import os
    import sys
    from pathlib import Path

    root = Path(__file__).parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(root / "tests")])}
    return subprocess.run([sys.executable, "-c", script], cwd=root, env=env, capture_output=True, text=True, timeout=300)
