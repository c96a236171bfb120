"""Sample data shared by several test modules."""

from __future__ import annotations

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
