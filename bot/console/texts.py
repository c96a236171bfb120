"""Every French sentence of the console that is not in a template: notices, labels, CLI messages."""

from __future__ import annotations

ROLE_LABELS = {"agent": "agent", "editor": "rédacteur", "admin": "administrateur"}

STATUS_LABELS = {"nouvelle": "nouvelle", "en_cours": "en cours", "traitee": "traitée", "refusee": "refusée"}
#: What the button that moves to a status says.
STATUS_ACTIONS = {"en_cours": "Prendre en charge", "traitee": "Marquer traitée", "refusee": "Refuser", "nouvelle": "Remettre en nouvelle"}

VERDICT_LABELS = {"eligible": "éligible", "derogation": "sur dérogation", "ineligible": "non éligible"}
#: What the staff complete with the employer (a request's ``missing_fields``), where it is not the column's label (``COLUMN_LABELS``,
#: « SIRET »): the skipped phone, or the alternance's kind.
TO_COMPLETE_LABELS = {
    "contact_phone": "téléphone",
    "contact_email": "e-mail (aucune adresse : rappeler l'employeur par téléphone)",
    "contract_type": "type d'alternance (apprentissage ou professionnalisation)",
}

AUDIT_LABELS = {
    "login": "connexion",
    "login_failed": "échec de connexion",
    "account_locked": "compte verrouillé",
    "logout": "déconnexion",
    "submission_viewed": "consultation d'une demande",
    "export": "export",
    "status_changed": "changement de statut",
    "user_created": "création de compte",
    "conversation_viewed": "consultation d'une conversation",
    "inbox_assigned": "exemple ajouté à la FAQ",
    "inbox_out_of_scope": "exemple hors sujet ajouté",
    "inbox_ignored": "messages ignorés",
    "retrain_started": "réentraînement lancé",
    "model_swapped": "nouveau modèle en service",
    "model_refused": "nouveau modèle refusé",
    "retrain_failed": "réentraînement échoué",
    "dialogues_started": "dialogues de test lancés",
}

DIALOGUE_STEPS = {
    "idle": "aucun essai lancé depuis la console",
    "running": "en cours",
    "done": "terminé : tous les dialogues passent",
    "failed": "terminé : des dialogues échouent (détail ci-dessous) ou l'essai n'a pas pu aller au bout",
}
DIALOGUES_ALREADY = "Les dialogues de test tournent déjà."
DIALOGUES_STARTED = "Dialogues de test lancés : cette page se met à jour toute seule."
REPORT_PERIODS = {"7": "7 derniers jours", "30": "30 derniers jours", "90": "90 derniers jours", "": "depuis le début"}

RETRAIN_STEPS = {
    "idle": "aucun réentraînement lancé depuis la console",
    "thresholds": "choix des seuils de réponse (validation croisée)",
    "training": "entraînement en cours",
    "evaluating": "évaluation sur les questions tenues à l'écart",
    "swapping": "mise en service",
    "done": "terminé : nouveau modèle en service",
    "refused": "terminé : nouveau modèle refusé",
    "failed": "échec",
}
RETRAIN_ALREADY = "Un réentraînement est déjà en cours."
RETRAIN_STARTED = "Réentraînement lancé : cette page se met à jour toute seule."

MAIL_KINDS = {"employer": "confirmation à l'employeur", "staff": "avis à la boîte de la Région"}
#: A request without e-mail (forty-second blind user test): its e-mail's value, and no acknowledgement to the employer.
NO_EMAIL_CALL_BACK = "pas d'e-mail : rappeler au {phone}"
NO_EMPLOYER_MAIL = "confirmation à l'employeur : aucune (pas d'adresse e-mail)"
MAIL_STATES = {"pending": "en attente", "sending": "en cours d'envoi", "sent": "envoyé", "failed": "échec, abandonné"}

INBOX_DECISION_LABELS = {"assigned": "ajouté à la FAQ", "out_of_scope": "hors sujet", "ignored": "ignoré"}
INBOX_ALREADY_DECIDED = "Ce groupe a déjà été traité par {who} ({what}) : rien n'a été modifié."
INBOX_IGNORED = "Groupe ignoré : ces messages ne reviendront pas dans la boîte."
INBOX_UNKNOWN_ENTRY = "Choisissez une entrée de la FAQ dans la liste (question exacte ou identifiant)."
INBOX_HELDOUT = "Cette phrase fait partie d'un jeu d'évaluation tenu à l'écart : elle ne doit jamais servir à l'entraînement."
INBOX_BAD_FORM = "Formulaire incomplet : rechargez la boîte de réception."

#: What the assistant decided for a user message (the FAQ router's decision kinds).
DECISION_LABELS = {
    "answer": "réponse",
    "suggest": "suggestions",
    "out_of_scope": "hors sujet",
    "unclear": "pas compris",
    "other": "autre intention",
}
VOTE_LABELS = {"up": "👍 utile", "down": "👎 pas utile"}

LOGIN_FAILED = "Nom ou mot de passe incorrect."
LOGIN_LOCKED = "Trop d'échecs de connexion : ce compte est verrouillé pendant 15 minutes."
LOGGED_OUT = "Vous êtes déconnecté."
SESSION_NEEDED = "Connectez-vous pour accéder à la console."
CSRF_REFUSED = "Le formulaire a expiré ou ne vient pas de la console. Rechargez la page et recommencez."
FORBIDDEN = "Votre rôle ne donne pas accès à cette page."
NOT_FOUND = "Cette page de la console n'existe pas."
METHOD_NOT_ALLOWED = "Cette action n'est pas possible à cette adresse."
INTERNAL_ERROR = "La console a rencontré une erreur. Réessayez dans un instant ; si elle persiste, prévenez l'administrateur du serveur."
TOO_LARGE = "Le formulaire envoyé est trop gros."
STATUS_CHANGED = "Statut enregistré."
STATUS_CONFLICT = "Le statut a été modifié entre-temps par quelqu'un d'autre : voici le statut actuel, recommencez si besoin."
STATUS_NOT_ALLOWED = "Ce changement de statut n'est pas possible."
REASON_NEEDED = "Indiquez le motif du refus."
REASON_TOO_LONG = "Le motif est trop long (500 caractères au plus)."
BAD_FILTER = "Filtre ignoré : date invalide (format attendu AAAA-MM-JJ)."

# python -m bot staff add-user
PASSWORD_PROMPT = "Mot de passe : "
PASSWORD_AGAIN = "Mot de passe (encore) : "
PASSWORDS_DIFFER = "Les deux mots de passe diffèrent ; rien n'a été créé."
PASSWORD_STDIN_NEEDED = "Donnez le mot de passe deux fois, sur deux lignes de l'entrée standard."
USER_CREATED = "Compte « {name} » créé (rôle : {role}). Console : http://localhost:{port}/console/"
