"""What the assistant says during the guided check: questions with their quick-reply buttons.

Kept here rather than in domain.yml because only custom actions send them (Rasa's
validator warns about domain responses that no story or rule uses).
"""

from __future__ import annotations

from typing import Any

Message = dict[str, Any]

ELIGIBILITY_INTRO: Message = {
    "text": "Vérifions ensemble si votre projet d'embauche est éligible : quatre questions au plus. Vous pouvez écrire « annuler » à tout moment, ou me poser une question sur le dispositif en cours de route."
}

ASK_WORK_AUTHORISATION: Message = {
    "text": "Cette personne dispose-t-elle d'une autorisation de travail en France ?",
    "buttons": [{"title": "Oui", "payload": "oui"}, {"title": "Non", "payload": "non"}],
}

CANCELLED: Message = {
    "text": "C'est annulé : vos réponses ont été effacées et rien n'a été transmis. Vous pouvez poser une question sur le dispositif ou recommencer quand vous voulez.",
    "buttons": [
        {"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"},
        {"title": "Poser une question", "payload": "/help"},
    ],
}

#: The question asked for each slot of the eligibility form.
ASK: dict[str, Message] = {
    "contract_type": {
        "text": "Quel type de contrat envisagez-vous pour cette embauche ?",
        "buttons": [
            {"title": "CDI", "payload": "CDI"},
            {"title": "CDD", "payload": "CDD"},
            {"title": "CDD saisonnier", "payload": "CDD saisonnier"},
            {"title": "CDI intérimaire", "payload": "CDI intérimaire"},
            {"title": "CDD en intérim", "payload": "CDD en intérim"},
            {"title": "Apprentissage", "payload": "contrat d'apprentissage"},
            {"title": "Contrat de professionnalisation", "payload": "contrat de professionnalisation"},
        ],
    },
    "contract_duration": {
        "text": "Quelle sera la durée du contrat ?",
        "buttons": [
            {"title": "3 mois", "payload": "3 mois"},
            {"title": "6 mois", "payload": "6 mois"},
            {"title": "9 mois", "payload": "9 mois"},
            {"title": "1 an", "payload": "1 an"},
            {"title": "18 mois", "payload": "18 mois"},
            {"title": "2 ans", "payload": "2 ans"},
        ],
    },
    "department": {
        "text": "Où le poste sera-t-il situé ? Indiquez la commune, le code postal ou le département.",
        "buttons": [
            {"title": "Loire-Atlantique (44)", "payload": "Loire-Atlantique"},
            {"title": "Maine-et-Loire (49)", "payload": "Maine-et-Loire"},
            {"title": "Mayenne (53)", "payload": "Mayenne"},
            {"title": "Sarthe (72)", "payload": "Sarthe"},
            {"title": "Vendée (85)", "payload": "Vendée"},
            {"title": "Autre département", "payload": "autre département"},
        ],
    },
    "candidate_status": {
        "text": "Avez-vous déjà identifié la personne à recruter ?",
        "buttons": [
            {"title": "Pas encore : France Travail peut m'en proposer", "payload": "pas encore de candidat"},
            {"title": "Oui, un demandeur d'emploi inscrit à France Travail", "payload": "un demandeur d'emploi inscrit à France Travail"},
            {"title": "Oui, une personne de nationalité étrangère", "payload": "une personne de nationalité étrangère"},
            {"title": "Oui, un de mes salariés actuels", "payload": "c'est déjà un de mes salariés"},
        ],
    },
}
