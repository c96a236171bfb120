"""Every sentence and button the assistant says to the employer, by topic.

One module so that the wording can be read, reviewed and changed in one place,
and so that a button is defined once (``tests/actions/test_sentences.py`` keeps
sentences from creeping back into the code). Messages are plain dicts with the
keyword arguments of Rasa SDK's ``dispatcher.utter_message``; templates with
``{placeholders}`` are filled by the code that knows the values. Kept here rather
than in domain.yml; the responses Rasa's rules say (greeting, thanks, help…) are
here too, in :data:`RULE_RESPONSES`, which bot.rasa_plugins.importer puts into
Rasa's domain.
"""

from __future__ import annotations

from typing import TypedDict


class Button(TypedDict):
    title: str
    payload: str


class Message(TypedDict, total=False):
    """One message: a text, optionally with quick-reply buttons, or a domain response."""

    text: str
    buttons: list[Button]
    response: str


# Common ----------------------------------------------------------------------

SCHEME_PAGE_URL = "https://nosemplois.fr/1-emploi-1-formation"
CONTACT_FORM_URL = (
    "https://forms.office.com/pages/responsepage.aspx?id=0WkFpzb9H0yZzsM6Cjj2Gdjkczl2hJ9DjY52eJXk1DBUMlhPODRBRDY3SDkyQVlYVElCM0o5SjlFTCQlQCN0PWcu"
)
#: The scheme's page and the Region's contact form.
CONTACT_POINTER: Message = {
    "text": f"Pour en savoir plus ou joindre les services de la Région : la page du dispositif {SCHEME_PAGE_URL} et son formulaire de contact {CONTACT_FORM_URL}",
}
#: A question outside the scheme.
#: A job seeker writing for themselves.
FOR_JOB_SEEKERS = (
    "Ce dispositif s'adresse aux employeurs qui recrutent : c'est l'employeur qui fait la demande. Si vous cherchez "
    "vous-même un emploi ou une formation, votre conseiller France Travail (francetravail.fr) peut vous accompagner, "
    "et vous proposer aux employeurs qui utilisent « 1 emploi = 1 formation »."
)
#: « je peux parler à quelqu'un de la région ? » (twenty-third blind user test: three unrelated questions proposed).
PERSON_CONTACT = (
    "Je suis un assistant automatique et ne peux pas vous mettre moi-même en relation. Pour échanger avec les services "
    f"de la Région, écrivez-leur par le formulaire de contact du dispositif : {CONTACT_FORM_URL} (la page du dispositif : "
    f"{SCHEME_PAGE_URL})."
)
#: « vous avez un numero de telephone ? », « c'est quoi votre numero de tel ? » (forty-sixth blind user test: a recap sentence
#: where there was no recap, or three unrelated questions): no number to give, the contact form.
NO_PHONE_NUMBER = (
    "Je n'ai pas de numéro de téléphone à vous communiquer : je suis un assistant automatique et ne peux pas vous mettre "
    "moi-même en relation. Pour échanger avec les services de la Région, écrivez-leur par le formulaire de contact du "
    f"dispositif : {CONTACT_FORM_URL} (la page du dispositif : {SCHEME_PAGE_URL})."
)
#: « la formation peut se faire en visio / à distance ? »: the FAQ does not say (twenty-third blind user test: the answer on
#: training close to the companies, which does not answer it).
DISTANCE_LEARNING_NOT_SAID = (
    "La FAQ du dispositif ne précise pas si la formation peut se faire à distance. Elle indique que la Région demande aux "
    "organismes de formation de la dispenser au plus près des entreprises et des demandeurs d'emploi, et que le parcours "
    "comprend dans tous les cas des périodes de stage dans votre entreprise et des périodes de formation au sein de "
    "l'organisme de formation. Pour une formation à distance, les services de la Région pourront vous renseigner."
)
#: Before an answer that opens with « Oui » or « Non », to a question that asks what something is (« Parcours Emploi Tutorat
#: c'est quoi exactement » got « Oui tout à fait… » alone: twenty-third blind user test).
YES_NO_ANSWER_QUESTION = "La FAQ en parle en répondant à la question « {question} » :"
#: A question in English (the only sentence not in French: it says so to those who cannot read French).
FRENCH_ONLY = "Je ne comprends que le français. / I can only answer questions written in French."
#: The contact offered with every « je n'ai pas de réponse » (:data:`NO_ANSWER_TEXTS`): some came with the Region's page and form,
#: some without (forty-fourth blind user test); the long link (:data:`CONTACT_POINTER`) stays at most once every three turns.
CONTACT_BUTTON: Button = {"title": "Contacter les services de la Région", "payload": '/faq{"faq_id": "adresser_intention_embauche"}'}
OUT_OF_SCOPE: Message = {
    "buttons": [CONTACT_BUTTON],
    "text": (
        "Je n'ai pas de réponse à cette question : je réponds à partir de la FAQ officielle du dispositif « 1 emploi = 1 formation » "
        "de la Région des Pays de la Loire (employeurs concernés, contrats, candidats, formations, démarches). "
        # (« Pour le reste, les services de la Région pourront vous renseigner » after a question on the weather or the minimum
        # wage: twenty-second blind user test)
        "Pour une question sur ce dispositif que je ne couvre pas, les services de la Région pourront vous renseigner."
    ),
}

CHECK_BUTTON: Button = {"title": "Vérifier mon éligibilité", "payload": "/check_eligibility"}
HELP_BUTTON: Button = {"title": "Ce que je sais faire", "payload": "/help"}
ASK_QUESTION_BUTTON: Button = {"title": "Poser une question", "payload": "/help"}
OTHER_QUESTION_BUTTON: Button = {"title": "Poser une autre question", "payload": "/help"}
YES_BUTTON: Button = {"title": "Oui", "payload": "oui"}
NO_BUTTON: Button = {"title": "Non", "payload": "non"}
DONT_KNOW_BUTTON: Button = {"title": "Je ne sais pas", "payload": "je ne sais pas"}

#: « oui » or « non » when nothing was offered.
#: A remark on the assistant itself, no question (« t'es nul comme robot », « pfff t'es pas très malin » got « Je n'ai pas de
#: réponse à cette question » or « Pourriez-vous la reformuler ? »: forty-first blind user test): an apology, what it can do.
REMARK_ON_THE_ASSISTANT = (
    "Désolé si je ne vous ai pas aidé comme vous l'attendiez. Je réponds aux questions sur le dispositif « 1 emploi = 1 formation » "
    "(employeurs concernés, contrats, candidats, formations, démarches), je vérifie si votre projet d'embauche est éligible et je "
    "peux préparer votre demande avec vous."
)
#: The same during the check or the request, before its question again.
REMARK_ON_THE_ASSISTANT_IN_A_FORM = "Désolé si je ne vous ai pas aidé comme vous l'attendiez. Reprenons là où nous en étions :"
NO_OFFER: Message = {
    "text": "Très bien. Posez-moi votre question sur le dispositif, ou vérifiez l'éligibilité de votre projet.",
    "buttons": [CHECK_BUTTON, HELP_BUTTON],
}
#: Money for the employer asked again right after the FAQ's answer that the scheme is no financial aid (forty-ninth blind user
#: test, u49-05: that answer word for word).
NO_FINANCIAL_AID = ("Non : « 1 emploi = 1 formation » n'est pas une aide financière à l'embauche. Ce que la Région finance entièrement, "
                    "c'est le parcours de formation du candidat avant son embauche.")
#: « jsp », « je sais pas » alone with nothing asked nor offered (forty-ninth blind user test: it got « Très bien. Posez-moi… »).
UNSURE_WITH_NOTHING_ASKED: Message = {
    "text": "Pas de souci. Dites-moi ce que vous aimeriez savoir sur le dispositif « 1 emploi = 1 formation » (employeurs concernés, "
            "contrats, candidats, formations, démarches), ou vérifions ensemble si votre projet d'embauche est éligible.",
    "buttons": [CHECK_BUTTON, HELP_BUTTON],
}
#: « non » to the assistant's offer.
OFFER_DECLINED = "Très bien. Posez-moi une autre question sur le dispositif quand vous voulez."

#: « annuler » during the check (nothing kept aside).
CANCELLED: Message = {
    "text": "C'est annulé : vos réponses ont été effacées et rien n'a été transmis. Vous pouvez poser une question sur le dispositif ou recommencer quand vous voulez.",
    "buttons": [CHECK_BUTTON, ASK_QUESTION_BUTTON],
}


# FAQ -------------------------------------------------------------------------

SUGGEST_TEXT = "Je ne suis pas certain d'avoir bien compris. Votre question est-elle l'une de celles-ci ?"
#: After the answers to a message with several questions, for the one not answered with confidence.
OTHER_QUESTION_SUGGEST_TEXT = "Pour votre autre question, je ne suis pas certain d'avoir bien compris. Est-ce l'une de celles-ci ?"
#: After the answers to a message with several questions, for one the FAQ does not cover (« … et on a droit à une exonération
#: URSSAF ? »).
OTHER_QUESTION_NOT_COVERED = (
    "Pour votre autre question, je n'ai pas de réponse : je réponds à partir de la FAQ du dispositif « 1 emploi = 1 formation ». "
    "Les services de la Région pourront vous renseigner."
)
#: The replies that say there is no answer here: each carries :data:`CONTACT_BUTTON` (bot.dialogue.turns.with_the_contact).
NO_ANSWER_TEXTS = frozenset({OUT_OF_SCOPE["text"], OTHER_QUESTION_NOT_COVERED})
#: After a value the check noted, for a question of the same message answered with no confidence (« C'est corrigé … » came after
#: « Je ne suis pas certain d'avoir bien compris », and the contact link twice: forty-fourth blind user test, u44-05).
QUESTION_BESIDE_SUGGEST_TEXT = "Pour votre question, je ne suis pas certain d'avoir bien compris. Est-ce l'une de celles-ci ?"
SUGGEST_EMPTY_TEXT = "Je ne suis pas certain d'avoir bien compris votre question. Pourriez-vous la reformuler ?"
#: A second message in a row that the assistant cannot use (outside the check): another wording, an example.
SUGGEST_EMPTY_AGAIN = "Je n'ai toujours pas compris. Écrivez votre question en une phrase, par exemple : « {example} »"
#: From the third such message on: the way out.
SUGGEST_EMPTY_WAY_OUT = (
    "Je n'arrive pas à comprendre vos messages. Vous pouvez voir ce que je sais faire, vérifier l'éligibilité "
    "de votre projet d'embauche, ou joindre directement les services de la Région."
)
NONE_OF_THESE_BUTTON: Button = {"title": "Aucune de ces questions", "payload": "/help"}
#: Buttons of the ask-back when nothing close was found.
HELP_BUTTONS: list[Button] = [HELP_BUTTON, CHECK_BUTTON]

FEEDBACK_QUESTION = "Cette réponse vous a-t-elle aidé ?"
FEEDBACK_UP_TITLE = "👍 Oui"
FEEDBACK_DOWN_TITLE = "👎 Non"
FEEDBACK_THANKS = {"up": "Merci pour votre retour !", "down": "Merci pour votre retour : il aidera à améliorer cette réponse."}
#: After 👎 on an answer to a typed question: the next closest questions, as buttons.
FEEDBACK_DOWN_ALTERNATIVES = "Votre question était peut-être l'une de celles-ci :"
#: « vous n'avez pas répondu pour la mairie »: the part of the question left out, answered after this.
MISSED_ANSWER = "Pardon, j'avais laissé cette partie de votre question sans réponse. La voici :"
#: Before answering the question that follows a criticism of the previous answer (recorded as 👎).
CRITICISM_NOTED = "Merci de me l'avoir signalé : je note que ma réponse précédente ne vous a pas aidé."
#: After a criticism, when the rephrased question gets the criticised answer again: not repeated.
NO_OTHER_ANSWER = "Je n'ai pas d'autre réponse dans la FAQ que je puisse vous donner avec certitude sur ce point."
#: After the FAQ's answer on another contract asked about during the check (« et pour un CDD ? » once a CDI is noted: forty-first
#: blind user test): the contract recorded is kept, and how to change it.
CONTRACT_ASKED_ABOUT_KEPT = "Je garde le contrat noté : {contract}. Pour le changer, dites-le-moi (par exemple « en fait, c'est {asked} »)."
#: « vous acceptez les contractuels de la fonction publique ? » at the contract question (it was silently recorded as a CDD:
#: fifty-second blind user test, u52-12): a question, answered, nothing recorded; then the contract question again.
CONTRACT_AGENTS_ASKED_ABOUT = (
    "Oui : le dispositif est ouvert aux employeurs publics (collectivités, hôpitaux, fonction publique) comme aux entreprises et "
    "aux associations. Un agent contractuel est recruté en CDD ou en CDI : dites-moi lequel, et pour un CDD sa durée (par "
    "exemple « un CDD de 12 mois »)."
)
#: An answer supposed otherwise, by the verdict the rules give it alone (« et si je passe a 6 mois ? » during the check; « et si on
#: fait plutot des CDD de 12 mois, ca change quelque chose ? » at the request or its recap: forty-first blind user test); {supposed}:
#: « un contrat de 6 mois », « un CDD d'un an ». The answers recorded are kept, and how to change them said (:data:`TO_KEEP_IT`).
SUPPOSED_VERDICT = {
    "eligible": "Avec {supposed}, pas besoin de dérogation.",
    "derogation": "Avec {supposed}, il faudrait une dérogation accordée au cas par cas par la Région.",
    "ineligible": "Avec {supposed}, le projet ne serait pas éligible.",
    #: A fixed-term contract supposed without its length: the rules on the length ({rules}).
    "depends": "Avec {supposed}, cela dépend de sa durée. {rules}",
}
#: The end of the rule for a registered job seeker (data/eligibility/rules.yml) that says the check's answers say so: taken off
#: wherever they do not (a question about registration, a supposition, no check: « faut il que le demandeur d'emploi soit inscrit
#: a pole emploi depuis longtemps ? », « et si je le fais demissionner il s'inscrit a france travail … ? » got it: forty-ninth blind
#: user test, u49-03, u49-12).
AS_YOUR_ANSWERS_SAY = " : c'est le cas d'après vos réponses"
#: A current employee supposed to resign (or be let go) to register at France Travail, after « not eligible » for a current
#: employee (« et si je le fais demissionner il s'inscrit a france travail et ca passe ? »: forty-ninth blind user test, u49-12).
EMPLOYEE_SUPPOSED_RESIGNING = (
    "Le dispositif s'adresse uniquement aux demandeurs d'emploi, dans l'objectif d'une création de poste par une entreprise : "
    "faire quitter son poste à un salarié pour qu'il s'inscrive à France Travail et soit formé n'est pas l'objet du dispositif, "
    "qui ne finance pas la formation d'un salarié déjà en poste dans l'entreprise. Pour une situation particulière, les services "
    "de la Région pourront vous répondre."
)
#: How to keep what was supposed; {value}: « 6 mois », « un CDD d'un an », « 28 h ».
TO_KEEP_IT = {
    "length": "Pour retenir cette durée, dites-le-moi (par exemple « on part sur {value} »).",
    "contract": "Pour retenir ce contrat, dites-le-moi (par exemple « on part sur {value} »).",
    "hours": "Pour retenir cette durée de travail, dites-le-moi (par exemple « mettez {value} »).",
}
#: A value supposed that is already the one recorded (« et si on fait un CDD d'un an ? » with a CDD d'un an noted: forty-third
#: blind user test); {value}: « un CDD d'un an », « 35 h par semaine ». The rules' verdict follows, without how to keep it.
SUPPOSED_ALREADY_NOTED = "C'est déjà ce que j'ai noté : {value}."
#: An answer no rule reads supposed otherwise at the request (« et si on embauchait plutot le 1er mars, ca passerait ? », « et si on
#: prenait 3 postes au lieu de 2, ca change quelque chose ? »: each was corrected, forty-first blind user test); {nouns}: « la date
#: d'embauche »; {example}: the field and its value as the recap shows them.
SUPPOSED_BESIDE_THE_RULES = (
    "Cela ne change rien à l'éligibilité : ses conditions ne portent pas sur {nouns}. Pour retenir ce changement, dites-le-moi "
    "(par exemple « {example} »)."
)
#: A length supposed, named in :data:`SUPPOSED_VERDICT` and :data:`SUPPOSED_ALREADY_NOTED`; {length}: « 6 mois ».
A_CONTRACT_LASTING = "un contrat de {length}"
#: Weekly hours supposed, named in :data:`SUPPOSED_ALREADY_NOTED`; {hours}: « 35 h ».
HOURS_A_WEEK = "{hours} par semaine"
#: A length supposed (« et si je passe a 6 mois ? »), for the contract recorded.
SUPPOSED_LENGTH = {
    verdict: f"{said.replace('{supposed}', A_CONTRACT_LASTING)} {TO_KEEP_IT['length'].replace('{value}', '{length}')}"
    for verdict, said in SUPPOSED_VERDICT.items() if verdict != "depends"
}
#: A length supposed shorter than a length (« et si c'est pas 6 mois ? », « et si c'est moins de 6 mois ? »: forty-sixth blind user
#: test, u46-11), by the rules' verdict under it; {length}: « 6 mois »; {rules}: the rules' sentences with their sources.
SUPPOSED_SHORTER = {
    "eligible": "En dessous de {length}, pas besoin de dérogation. {rules}",
    "derogation": "En dessous de {length}, une dérogation motivée est possible, accordée au cas par cas par la Région. {rules}",
    "ineligible": "En dessous de {length}, le projet ne serait pas éligible. {rules}",
    "depends": "En dessous de {length}, cela dépend de la durée. {rules}",
}
#: … the length recorded already shorter; {contract}: « un CDD en intérim de 4 mois ».
SHORTER_ALREADY_NOTED = "C'est le cas du contrat que j'ai noté : {contract}."
#: … otherwise, how to keep a shorter length.
SHORTER_TO_KEEP = "Pour retenir une durée plus courte, indiquez-la-moi (par exemple « on part sur 4 mois »)."
#: What can be done instead, asked right after « not eligible » or an answer that says no (« bon qu'est ce que je peux faire alors
#: ? » got the closest questions: forty-sixth blind user test); {alternatives}: what the rules say can be done.
WHAT_CAN_BE_DONE = "Ce que vous pouvez faire : {alternatives}"
#: A current employee supposed registered at France Travail once their contract ends, after « not eligible » (« et si j'attends la
#: fin de son CDD, qu'il s'inscrit à France Travail… ? »): what the rules say of it, the answers kept, and how to change them.
EMPLOYEE_SUPPOSED_REGISTERED = (
    "Dans ce cas, c'est la situation de la personne quand sa formation commencera qui compte : le dispositif s'adresse uniquement "
    "aux demandeurs d'emploi inscrits à France Travail, dans l'objectif d'une création de poste, et il ne finance pas la formation "
    "d'un salarié encore en poste dans l'entreprise. Si, à la fin de son contrat, elle n'est plus salariée chez vous et s'inscrit "
    "comme demandeur d'emploi avant sa formation, dites-le-moi (par exemple « il sera inscrit à France Travail à la fin de son "
    "contrat ») : je referai la vérification avec cette situation."
)
#: « une seule demande ou une par site ? »: what a request covers here (its fields: one job title, one place, one contract,
#: the number of positions), and that the employer and the contact are taken again for the next one.
ONE_REQUEST_PER_JOB = (
    "Ici, une intention d'embauche porte sur un poste : un intitulé, un lieu de travail et un contrat, avec le nombre de "
    "personnes à recruter. Pour plusieurs sites ou plusieurs métiers, préparez une demande pour chacun, l'une après l'autre : "
    "l'employeur et le contact sont repris d'une demande à l'autre."
)
#: A question that gets again only the answer given just before: not repeated word for word.
SAID_JUST_BEFORE = "La réponse de la FAQ sur ce point est celle que je viens de vous donner : elle n'en dit pas plus."
#: A new question (« ok et la dérogation je la demande à qui ? », « je ne demandais pas la différence mais… ») whose only answer is
#: the one given just before: not repeated, the FAQ says no more (fortieth blind user test).
NOTHING_MORE_IN_THE_FAQ = "Sur ce point, la FAQ n'en dit pas plus que ma réponse précédente."
#: A question right after an answer that one of its sentences answers (forty-first blind user test: « la FAQ n'en dit pas
#: plus » to « la formation a lieu avant l'embauche ? » after « … une formation préalable à l'embauche … »): the short answer,
#: and the sentence quoted ({sentence}, verbatim); without « Oui » or « Non » for a question that asks who, how, how much…
PREVIOUS_ANSWER_YES = "Oui : {sentence}"
PREVIOUS_ANSWER_NO = "Non : {sentence}"
PREVIOUS_ANSWER_SAYS = "Comme l'indique ma réponse précédente : {sentence}"
#: Feedback when no answer was given to rate.
FEEDBACK_NOTHING_TO_RATE = "Je vous écoute : posez-moi votre question sur le dispositif."

#: Offer of the guided check after an answer that leads to it.
#: « je voudrais savoir si je peux en bénéficier »: before the offer of the check.
#: An employer saying who they are, with no question (« je dirige une boulangerie à Angers »): acknowledged, with what can be
#: done here (the check is offered after it); {place}: « Angers (Maine-et-Loire, 49) », a place of the region.
EMPLOYER_IN_THE_REGION = (
    "Merci pour ces précisions. {place} est bien dans les Pays de la Loire, où le dispositif « 1 emploi = 1 formation » est "
    "ouvert à tous les employeurs, quels que soient leur taille et leur secteur. Pour un recrutement, je peux vérifier avec vous "
    "si votre projet d'embauche est éligible, puis préparer votre demande : je reprendrai ce lieu."
)
#: The same, no place said.
EMPLOYER_NOTED = (
    "Merci pour ces précisions. Le dispositif « 1 emploi = 1 formation » est ouvert à tous les employeurs des Pays de la Loire, "
    "quels que soient leur taille et leur secteur. Pour un recrutement, je peux vérifier avec vous si votre projet d'embauche "
    "est éligible, puis préparer votre demande."
)
DEPENDS_ON_THE_PROJECT = "Cela dépend de votre projet d'embauche : le contrat, le lieu du poste et la personne à recruter."
CHECK_OFFER: Message = {
    "text": "Voulez-vous vérifier maintenant si votre projet d'embauche est éligible ? Quelques questions suffisent, et je peux ensuite préparer votre demande.",
    "buttons": [CHECK_BUTTON],
}


# Eligibility -----------------------------------------------------------------

#: After the official answer on how to apply (its contact form), when the assistant goes on to prepare the request:
#: two ways to apply, said as such (sixth blind user test).
PREPARE_HERE_TOO = (
    "Vous pouvez aussi préparer votre intention d'embauche ici, avec moi : elle sera transmise aux mêmes services "
    "de la Région, sans passer par le formulaire."
)
#: After the answer on how to apply, once the project is eligible: the request offered, not started.
PREPARE_NOW = "Voulez-vous préparer votre demande maintenant ?"
_DURING_THE_CHECK = "Vous pouvez écrire « annuler » à tout moment, ou me poser une question sur le dispositif en cours de route."
ELIGIBILITY_INTRO: Message = {
    "text": f"Vérifions ensemble si votre projet d'embauche est éligible : quelques questions, quatre le plus souvent. {_DURING_THE_CHECK}"
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

#: The buttons of :data:`CANDIDATE_AT_RECAP`: the check's, and not knowing the registration (it had none: the employer typed « je
#: ne sais pas s'il est inscrit a france travail », forty-fifth blind user test, u45-10).
CANDIDATE_AT_RECAP_BUTTONS: list[Button] = [
    *ASK["candidate_status"].get("buttons", []),
    Button(title="Je ne sais pas s'il est inscrit", payload="je ne sais pas s'il est inscrit à France Travail"),
]

#: The candidate question when the first message said several posts (« on recrute 3 caristes »): the check reads one person's
#: situation (twenty-ninth blind user test); the buttons are those of ``ASK["candidate_status"]``.
ASK_CANDIDATE_SEVERAL = (
    "Avez-vous déjà identifié les personnes à recruter ? Si leurs situations diffèrent, répondez pour l'une d'elles : "
    "vous pourrez refaire la vérification pour les autres."
)

# Follow-up questions about the candidate.
ASK_WORK_AUTHORISATION: Message = {
    "text": "Cette personne dispose-t-elle d'une autorisation de travail en France ?",
    "buttons": [YES_BUTTON, NO_BUTTON, DONT_KNOW_BUTTON],
}
ASK_REGISTRATION: Message = {
    "text": "Cette personne est-elle inscrite comme demandeur d'emploi à France Travail (ex-Pôle emploi), dans n'importe quelle catégorie ? Le dispositif est réservé aux demandeurs d'emploi.",
    "buttons": [YES_BUTTON, NO_BUTTON, DONT_KNOW_BUTTON],
}
#: The same for a person of foreign nationality (the nationality was mentioned only then: sixth blind user test).
ASK_REGISTRATION_FOREIGN: Message = {
    "text": ASK_REGISTRATION["text"].replace("demandeurs d'emploi.", "demandeurs d'emploi, quelle que soit leur nationalité."),
    "buttons": ASK_REGISTRATION["buttons"],
}
ASK_REGISTRATION_PAST: Message = {
    "text": "Avoir déjà travaillé chez vous (une saison, une mission d'intérim, un stage) n'empêche pas d'en bénéficier : ce qui compte, c'est que la personne ne soit plus salariée chez vous et qu'elle soit inscrite comme demandeur d'emploi à France Travail (ex-Pôle emploi). Est-elle inscrite aujourd'hui ?",
    "buttons": [
        {"title": "Oui, elle est inscrite", "payload": "oui, inscrite à France Travail"},
        {"title": "Non, pas inscrite", "payload": "non"},
        {"title": "Elle travaille encore chez nous", "payload": "elle travaille encore chez nous"},
        DONT_KNOW_BUTTON,
    ],
}
#: « on hésite entre CDI et CDD »: the contract labels joined by :data:`CHOICE_JOINER`; one button per contract.
ASK_CONTRACT_CHOICE = (
    "Vous hésitez entre plusieurs contrats ({options}) : lequel retenez-vous pour cette vérification ? Vous pourrez la refaire "
    "avec un autre."
)
#: A bare « alternance » (« on embauche en alternance »): which of the two contracts, asked back with a button for each (it was
#: stored as an apprenticeship; the request's contract is one or the other).
ASK_ALTERNANCE = "L'alternance : contrat d'apprentissage ou contrat de professionnalisation ?"
#: « quelle différence ? » / « je sais pas encore » to :data:`ASK_ALTERNANCE`: what the official FAQ says (both are eligible,
#: « tout contrat en alternance sans limitation de durée », § 3 of the source) and who can help to choose; the FAQ does not
#: tell the two contracts apart, so neither does the assistant (a helper's first wording gave conditions of the Labour Code
#: found nowhere in the source: session of 2026-12-02).
ALTERNANCE_DIFFERENCE = (
    "Les deux sont éligibles : le dispositif vaut pour « tout contrat en alternance sans limitation de durée ». La FAQ du "
    "dispositif ne détaille pas leurs différences ; votre CFA, votre OPCO ou les services de la Région peuvent vous aider à "
    "choisir."
)
#: « je sais pas encore » to :data:`ASK_ALTERNANCE`: the difference, and the way on.
ALTERNANCE_UNSURE = (
    f"{ALTERNANCE_DIFFERENCE} Indiquez celui que vous envisagez le plus probablement : vous pourrez le corriger au "
    "récapitulatif, avant l'envoi de la demande."
)
#: The request's third button to :data:`ASK_ALTERNANCE`: the alternance's kind not decided yet, sent « à préciser » (the check
#: has no such button: it asks only when the two contracts' verdicts differ).
ALTERNANCE_NOT_DECIDED_BUTTON: Button = {"title": "Je ne sais pas encore", "payload": "je ne sais pas encore"}
#: « je sais pas encore », « je demande au CFA », « on verra » to :data:`ASK_ALTERNANCE` in the request: the request carries
#: « alternance, type à préciser », completed by the Region's staff with the employer (said once, in one sentence).
ALTERNANCE_TO_SPECIFY_NOTED = (
    "C'est noté : les deux contrats sont éligibles, la demande indiquera « alternance, type à préciser » et les services de la "
    "Région verront avec vous s'il s'agit d'un contrat d'apprentissage ou de professionnalisation."
)
#: The hint after an unusable answer to :data:`ASK_ALTERNANCE` in the request (its third button named).
REQUEST_ALTERNANCE_HINT = (
    "Indiquez « apprentissage » ou « contrat pro » (contrat de professionnalisation), ou « je ne sais pas encore » si ce n'est "
    "pas encore décidé."
)
#: The same, the second unusable answer in a row.
REQUEST_ALTERNANCE_REPHRASE = (
    "Un exemple de réponse : « apprentissage ». Vous pouvez aussi cliquer sur l'un des deux contrats proposés, ou sur « Je ne "
    "sais pas encore »."
)
#: The third unusable answer to :data:`ASK_ALTERNANCE` in the request: the way out, the contract recorded kept (``label``).
ALTERNANCE_KEPT = (
    "Je garde pour l'instant le contrat noté : {label}. Vous pourrez le corriger au récapitulatif, avant l'envoi (par exemple "
    "« le contrat c'est un contrat d'apprentissage »), ou les services de la Région le préciseront avec vous."
)
#: The request's question on a contract the check left undecided between others (``options``: « CDI ou CDD de 8 mois »), each
#: getting the same verdict; one button per contract.
ASK_CONTRACT_FOR_REQUEST = (
    "Pour la demande, quel contrat retenez-vous : {options} ? La vérification donne la même réponse pour chacun, mais la "
    "demande doit indiquer le contrat proposé."
)
#: The answer to the request's question on a contract the check left undecided (:data:`ASK_ALTERNANCE` included).
CONTRACT_CHOSEN = "C'est noté. Contrat : {label}."
#: « je sais pas encore » to :data:`ASK_CONTRACT_FOR_REQUEST`.
CONTRACT_UNSURE_FOR_REQUEST = (
    "Pas de souci : la vérification donne la même réponse pour chacun. Indiquez celui que vous envisagez le plus probablement : "
    "vous pourrez le corriger au récapitulatif, avant l'envoi de la demande."
)
#: An unusable answer to :data:`ASK_CONTRACT_FOR_REQUEST`, before the question again.
REQUEST_CONTRACT_HINT = "Indiquez le contrat que vous retenez pour la demande, ou cliquez sur l'un des contrats proposés."
#: The third unusable answer to the request's question on a contract the check left undecided: no contract is recorded to keep.
CONTRACT_STILL_TO_CHOOSE = (
    "La demande doit indiquer le contrat proposé : je ne peux pas l'envoyer sans lui. Choisissez-le ci-dessous, écrivez "
    "« annuler » pour arrêter et reprendre plus tard, ou contactez directement les services de la Région."
)
#: « Confirmer et envoyer » while the contract is undecided (its question was left): asked before sending.
CONTRACT_BEFORE_SENDING = "Avant l'envoi, il reste à préciser le contrat : la demande doit indiquer celui qui est proposé."
CHOICE_JOINER = " ou "
#: A bare « alternance » whose contract is not said, in the check's summary (« contrat : … »): both contracts get the same
#: verdict, so the check does not ask which; the request does.
ALTERNANCE_UNDECIDED = "alternance (apprentissage ou professionnalisation, à préciser)"
LIST_JOINER = ", "
LAST_JOINER = " et "
#: Nouns joined in a negation (« ne portent pas sur la date d'embauche ni le nombre de postes »).
NEITHER_JOINER = " ni "
#: After the places covered, for a place of the region named in the question (« c ouvert en vendee ? »).
#: The five departments, after the FAQ's answer on coverage when no place is named (derived from the place tables).
THE_DEPARTMENTS = "Les cinq départements sont : {departments}."
PLACE_COVERED = "{place} en fait bien partie. Les cinq départements couverts : {departments}."
#: Several places named in a question on the places covered (« et en mayenne c'est bien couvert ? on a aussi une agence en ille
#: et vilaine a rennes » got the five departments, neither place named: forty-fourth blind user test, u44-03): each with its verdict.
PLACE_IN_THE_REGION = "{place} en fait bien partie."
PLACES_IN_THE_REGION = "{places} en font bien partie."
PLACE_NOT_IN_THE_REGION = "{place}, en revanche, n'en fait pas partie (région {region})."
PLACE_NOT_IN_THE_REGION_ABROAD = "{place}, en revanche, n'en fait pas partie."
DEPARTMENTS_COVERED = "Les cinq départements couverts : {departments}."

#: Hint keys besides the form's slots: the follow-ups and the contract choice (see bot.eligibility.dialogue).
WORK_AUTHORISATION = "work_authorisation"
REGISTRATION = "registration"
CONTRACT_CHOICE = "contract_choice"
ALTERNANCE_CHOICE = "alternance_choice"
#: The first unusable answer to a question gets its hint.
HINTS = {
    # (« apprentissage » or « contrat pro », not « alternance », which does not say which: it is asked back)
    "contract_type": (
        "Indiquez le type de contrat, par exemple « CDI », « CDD », « CDD saisonnier », « CDI intérimaire », « apprentissage » ou "
        "« contrat pro »."
    ),
    "contract_duration": "Indiquez la durée du contrat, par exemple « 6 mois », « 1 an » ou « 18 mois ».",
    "department": "Indiquez la commune, le code postal ou le département du poste, par exemple « Cholet », « 85000 » ou « Sarthe ».",
    "candidate_status": "Dites-moi si vous avez déjà un candidat : par exemple « pas encore », « un demandeur d'emploi inscrit à France Travail » ou « un de mes salariés ».",
    WORK_AUTHORISATION: "Répondez « oui » si le candidat dispose d'une autorisation de travail en France (titre de séjour, récépissé…), « non » sinon. Si vous ne savez pas, vérifiez-le avec lui.",
    REGISTRATION: "Répondez « oui » si la personne est inscrite comme demandeur d'emploi à France Travail (ex-Pôle emploi), « non » sinon, ou « je ne sais pas ».",
    CONTRACT_CHOICE: "Indiquez le contrat que vous retenez pour cette vérification, par exemple « CDI » : vous pourrez refaire la vérification avec l'autre.",
    ALTERNANCE_CHOICE: "Indiquez « apprentissage » ou « contrat pro » (contrat de professionnalisation).",
}
#: The second unusable answer in a row gets an example of a whole answer.
REPHRASE = {
    "contract_type": "Un exemple de réponse : « un CDD de 8 mois ». Vous pouvez aussi cliquer sur l'un des contrats proposés.",
    "contract_duration": "Un exemple de réponse : « 8 mois ». Vous pouvez aussi cliquer sur l'une des durées proposées.",
    "department": "Un exemple de réponse : « à Angers » (la commune du poste). Vous pouvez aussi cliquer sur son département.",
    "candidate_status": "Un exemple de réponse : « pas encore de candidat » si France Travail doit vous en proposer. Vous pouvez aussi cliquer sur l'une des réponses proposées.",
    WORK_AUTHORISATION: "Un exemple de réponse : « oui, il a un titre de séjour », ou « non ». Vous pouvez aussi cliquer sur « Oui » ou « Non ».",
    REGISTRATION: "Un exemple de réponse : « oui, elle est inscrite à France Travail », ou « non ». Vous pouvez aussi cliquer sur l'une des réponses proposées.",
    CONTRACT_CHOICE: "Un exemple de réponse : « CDI ». Vous pouvez aussi cliquer sur l'un des contrats proposés.",
    ALTERNANCE_CHOICE: "Un exemple de réponse : « apprentissage ». Vous pouvez aussi cliquer sur l'un des deux contrats proposés.",
}
NOT_UNDERSTOOD = "Je n'ai pas compris votre réponse."
#: « je ne sais pas (trop) » to a question of the check: what the answer is for, instead of « not understood ».
UNSURE_ANSWER = {
    "contract_type": (
        "Pas de souci. Le dispositif concerne les embauches en CDI, en CDD d'au moins 6 mois et en alternance : "
        "indiquez le contrat que vous envisagez le plus probablement, vous pourrez refaire la vérification avec un autre."
    ),
    "contract_duration": (
        "Une durée approximative suffit : le dispositif demande en principe un CDD d'au moins 6 mois. "
        "Indiquez la durée envisagée, par exemple « 6 mois » ou « 1 an »."
    ),
    "department": (
        "Indiquez où la personne travaillera (la commune de l'établissement) : le dispositif concerne les postes situés "
        "en Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe et Vendée."
    ),
    ALTERNANCE_CHOICE: ALTERNANCE_UNSURE,
}
#: From the third unusable answer on: the way out.
TOO_MANY_FAILURES = (
    "Je n'arrive pas à comprendre votre réponse. Vous pouvez choisir l'une des propositions ci-dessous, "
    "écrire « annuler » pour arrêter, ou contacter directement les services de la Région."
)
#: The same, after « je ne sais pas » answers.
UNSURE_WAY_OUT = (
    "Si vous ne pouvez pas répondre pour l'instant, vous pouvez choisir l'une des propositions ci-dessous, "
    "écrire « annuler » et revenir plus tard, ou contacter directement les services de la Région."
)
CANCEL_CHECK_BUTTON: Button = {"title": "Annuler la vérification", "payload": "/stop"}
#: « pfff c'est trop long votre truc » during the check.
CHECK_GIVING_UP = (
    "Je comprends. La vérification ne compte que quelques questions (le contrat, le lieu du poste, le candidat) : "
    "vous pouvez répondre à celle-ci, ou annuler la vérification."
)
#: « pour une durée indéterminée » when the duration of a fixed-term contract is asked.
DURATION_NEEDED = "Un contrat à durée déterminée a une fin : indiquez sa durée, par exemple « 8 mois ». S'il s'agit d'un CDI, dites « c'est un CDI »."
#: A range given for the duration (« entre 4 et 8 mois »): the verdict may depend on which, so it is asked.
DURATION_RANGE = "Vous indiquez une fourchette : selon la durée retenue, la réponse change (une dérogation peut être nécessaire)."
#: A town found in several departments; ``choices`` are :data:`AMBIGUOUS_PLACE_CHOICE` joined by :data:`CHOICE_JOINER`.
AMBIGUOUS_PLACE = "Plusieurs lieux correspondent à « {name} » : {choices} ? Précisez le département."
AMBIGUOUS_PLACE_CHOICE = "{commune} ({department})"
#: The region alone named at the place question (« Pays de la Loire »): right, the department or the commune asked.
REGION_NAMED_ASK_PLACE = (
    "Oui, le dispositif concerne bien les Pays de la Loire. Indiquez la commune, le code postal ou le département du poste, "
    "par exemple « Cholet », « 85000 » ou « Sarthe »."
)
#: The same at the request's place question, which records a commune (a department alone gets the commune asked).
REGION_NAMED_ASK_COMMUNE = (
    "Oui, le dispositif concerne bien les Pays de la Loire. Indiquez la commune du poste ou son code postal, "
    "par exemple « Cholet » ou « 49300 »."
)
#: Several places named in one answer (« notre siège est à Paris mais le poste est à Nantes »).
SEVERAL_PLACES = "Vous citez plusieurs lieux : {choices} ? Indiquez celui où le poste sera situé."
#: Posts at several places, some outside the region (« 2 agents d'entretien en CDI, un à Nantes et un à Rennes »: both places
#: were ignored, session of 2026-12-03): those set aside (``places``: « Rennes (Ille-et-Vilaine) »), before the one checked
#: (:data:`CHECKING_THE_POSTS_AT`) or :data:`SEVERAL_PLACES` among those in the region.
POSTS_OUTSIDE_SET_ASIDE = (
    "Pour {places} : un poste là-bas ne peut pas être couvert, le dispositif ne concerne que les postes situés en Pays de la "
    "Loire (Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe ou Vendée)."
)
#: ``posts``: :data:`THE_POST` or :data:`THE_POSTS`; ``place``: « Nantes (Loire-Atlantique) ».
CHECKING_THE_POSTS_AT = "Je vérifie donc {posts} de {place}."
THE_POST = "le poste"
THE_POSTS = "les {count} postes"

#: « il est de Nantes », « je suis boulanger à Angers »: where the person or the company is, or where the job is? Asked back,
#: with yes / no (« d'où vient la personne à recruter » was confusing for the company's town: twenty-ninth blind user test)
#: (``place``: « à Nantes (Loire-Atlantique, 44) », « au Mans (Sarthe, 72) »).
ASK_PLACE_BACK = (
    "Le poste sera-t-il situé {place} ? Je préfère vérifier : la ville citée peut aussi être celle de votre siège ou de la "
    "personne à recruter."
)
PLACE_BACK_BUTTONS: list[Button] = [{"title": "Oui, le poste est là", "payload": "oui"}, {"title": "Non, ailleurs", "payload": "non"}]
#: « non » to :data:`ASK_PLACE_BACK`, before the place question again.
PLACE_NOT_THERE = "D'accord, le poste n'est pas à {commune}."
#: The job's place typed again at another question of the check (« Saint-Nazaire, je vous l'ai dit » at « Avez-vous déjà
#: identifié la personne ? »): acknowledged, then the question again.
PLACE_ALREADY_NOTED = "C'est bien noté : le poste est à {place}."

#: How each answer of the check is named in corrections and in the summary.
SLOT_NAMES = {
    "contract_type": "contrat",
    "contract_duration": "durée",
    "department": "lieu du poste",
    "candidate_status": "candidat",
}
OUTSIDE_REGION_LABEL = "hors Pays de la Loire"
#: The weekly hours read by the check, in its summary (« durée de travail : 20 h par semaine »).
HOURS_ANSWER = "durée de travail : {hours} par semaine"
#: One answer, « contrat : CDD »; several are joined by :data:`ANSWER_SEPARATOR`.
ANSWER = "{name} : {value}"
ANSWER_SEPARATOR = " ; "
#: An answer changed in passing (« en fait c'est un CDI »).
CORRECTED = "C'est corrigé. {answers}."
#: Answers of the check said with a question (« CDD de 8 mois à Laval, et ça coûte combien ? »), kept.
NOTED_IN_PASSING = "C'est noté — {answers}."
#: The project's answers stated in earlier messages, taken at the check's start (the check asks the others).
TAKEN_FROM_EARLIER = "Je reprends ce que vous m'avez écrit plus haut — {answers}. Corrigez-moi si ce n'est plus le cas."
#: The candidate said for each of two posts at the check's candidate question (« pour le cuisinier pas encore, pour la serveuse oui
#: c'est une jeune inscrite a france travail »: the cuisinier's CDI was recorded with the serveuse's candidate, forty-second
#: blind user test, u42-07): this request takes its own, the other post's is kept for its request. ``this`` and ``post``:
#: « cuisinier », « un CDD »; ``own`` and ``status``: « pas encore identifié », « Demandeur d'emploi inscrit à France Travail ».
OTHER_POST_CANDIDATE_KEPT = (
    "Pour cette demande ({this}), je note {own} ; pour l'autre poste ({post}), je garde {status} pour sa demande, que nous "
    "préparerons après celle-ci."
)
#: In :data:`OTHER_POST_CANDIDATE_KEPT`, a situation not decided yet (« c'est une étrangère »: the permit is asked after).
CANDIDATE_ANSWER_KEPT = "votre réponse sur la personne"
#: In :data:`OTHER_POST_CANDIDATE_KEPT`, a situation decided.
CANDIDATE_KEPT = "« {label} »"
#: The candidate's registration stated in an earlier message (« … quelqu un qui est inscrit au chomage », answered by the FAQ),
#: taken at the check's start: the candidate question is not asked (forty-first blind user test).
CANDIDATE_TAKEN_FROM_EARLIER = "J'ai noté ce que vous m'avez écrit plus haut de la personne à recruter — {answers}. Corrigez-moi si ce n'est plus le cas."
#: Weekly hours said at a question of the check (« ok alors ce sera 28h »), kept for the verdict; then the question again.
CHECK_HOURS_NOTED = "C'est noté — durée de travail : {hours} par semaine."
#: The number of posts corrected at a question of the check (« non en fait une seule vendeuse »), kept for the request; then the
#: question again.
POSITIONS_NOTED = "C'est noté — nombre de postes : {count}."
SUMMARY = "Vos réponses — {answers}."
#: « vous avez noté quoi ? » during the check, nothing noted yet (fifty-second blind user test); what is noted is :data:`SUMMARY`.
CHECK_NOTHING_NOTED_YET = "Je n'ai encore rien noté pour cette vérification."
#: « j'ai pas dit que c'était un CDD, je posais une question » (forty-ninth blind user test): the answers taken out.
ANSWER_WITHDRAWN = "Pardon, je retire ce que j'avais noté — {answers}."
#: The check done again after its verdict (« refaire la vérification »): the answers kept, said back, the others asked again.
CHECK_AGAIN_KEPT = (
    "Je refais la vérification en gardant ce que vous m'avez déjà répondu. {summary} "
    "Si l'une de ces réponses change, écrivez-le simplement (par exemple « en fait c'est un CDI »)."
)
#: The check done again with nothing left to ask: the verdict, just after, says the answers (they were said twice: thirty-sixth
#: blind user test).
CHECK_AGAIN_ALL_KNOWN = "Je refais la vérification avec ce que vous m'avez déjà répondu."

VERDICT_HEADLINES = {
    "eligible": "Bonne nouvelle : d'après vos réponses, votre projet d'embauche est éligible au dispositif « 1 emploi = 1 formation ».",
    "derogation": "Votre projet d'embauche peut entrer dans le dispositif « 1 emploi = 1 formation », mais seulement avec une dérogation accordée au cas par cas par la Région.",
    "ineligible": "D'après vos réponses, votre projet d'embauche n'est pas éligible au dispositif « 1 emploi = 1 formation » en l'état.",
}
#: The headline of an « eligible » verdict that holds only once a rule's check is done (``to_check`` in rules.yml).
ELIGIBLE_TO_CHECK_HEADLINE = (
    "D'après vos réponses, votre projet d'embauche est éligible au dispositif « 1 emploi = 1 formation », "
    "à condition que la vérification ci-dessous soit faite."
)
#: Short verdict names, for the Region's staff (report, exports); the one table of them.
VERDICT_LABELS = {"eligible": "Éligible", "derogation": "Dérogation", "ineligible": "Non éligible"}
#: A reason of the verdict: the rule's explanation, its source, and for an ineligible project what can be done.
REASON = "{explanation}\n{source}"
ALTERNATIVE = "\nCe que vous pouvez faire : {alternative}"
#: After « not eligible » for a candidate not registered: the way forward the rules give (« vérifiez que chaque personne sera
#: inscrite comme demandeur d'emploi à France Travail quand sa formation commencera », rule candidat_inscription_a_verifier).
REGISTER_BEFORE_TRAINING = (
    "Si cette personne s'inscrit comme demandeur d'emploi à France Travail (ex-Pôle emploi) avant le début de sa formation, "
    "votre projet peut relever du dispositif : son inscription sera alors à vérifier quand la formation commencera. "
    "Dites-le-moi (par exemple « il va s'inscrire ») et je refais la vérification."
)
#: Whether the registration is required, asked with a correction of it after the verdict (« je vous ai dit que je sais pas s'il
#: est inscrit. Il doit l'être obligatoirement ? »: thirty-fourth blind user test), before the verdict given again; the rule
#: candidat_inscription_a_verifier of data/eligibility/rules.yml in other words.
REGISTRATION_REQUIRED = (
    "Oui : le dispositif s'adresse uniquement aux demandeurs d'emploi, la personne doit donc être inscrite comme demandeur "
    "d'emploi à France Travail (ex-Pôle emploi). Si elle ne l'est pas encore, elle peut s'inscrire avant l'embauche : elle "
    "doit l'être quand sa formation commence, la formation ayant lieu avant l'embauche."
)
#: A condition of the rules that the check does not ask about, checked when the request is prepared.
OPEN_CONDITION = "Une condition reste à vérifier en préparant votre demande. {explanation}\n{source}"
#: The same, as one line of the verdict's reasons (:data:`VERDICT_REASONS`).
OPEN_CONDITION_LINE = "Une condition reste à vérifier en préparant votre demande. {explanation}"
#: With « not eligible », a rule that would still need a derogation once the others are met (a CDD under 6 months), as one
#: line of the verdict's reasons.
ALSO_DEROGATION_LINE = "Par ailleurs, même une fois ces points réglés, une dérogation serait nécessaire. {explanation}"
#: The rules the verdict applies in one message, one paragraph each, their sources gathered on the last line (the verdict took 6
#: to 10 bubbles, each sentence with its own « Source : … »: twenty-ninth blind user test).
#: (One bubble: Rasa's channels send each paragraph of a text, split on a blank line, as a message of its own.)
VERDICT_REASONS = "{reasons}\n{sources}"
#: The sources of the verdict's reasons, gathered: one, or several (« FAQ 1 emploi = 1 formation, § 2 … ; § 6 … »).
ONE_SOURCE = "Source : {source}"
SEVERAL_SOURCES = "Sources : {sources}"
SOURCES_SEPARATOR = " ; "
RESTART_BUTTON: Button = {"title": "Refaire la vérification", "payload": "/check_eligibility"}
#: What comes after the verdict, by verdict.
VERDICT_NEXT: dict[str, Message] = {
    "eligible": {
        "text": "Je peux préparer avec vous votre intention d'embauche : elle sera transmise aux services de la Région, qui étudieront votre demande puis vous mettront en relation avec un organisme de formation.",
        "buttons": [{"title": "Préparer ma demande", "payload": "/start_submission"}, OTHER_QUESTION_BUTTON],
    },
    "derogation": {
        "text": "Je peux préparer avec vous votre intention d'embauche avec une demande de dérogation : je vous demanderai d'en expliquer la raison (par exemple un besoin saisonnier).",
        "buttons": [{"title": "Préparer ma demande de dérogation", "payload": "/start_submission"}, OTHER_QUESTION_BUTTON],
    },
    "ineligible": {
        "text": "Vous pouvez poser une autre question ou refaire la vérification avec un autre projet.",
        "buttons": [OTHER_QUESTION_BUTTON, RESTART_BUTTON],
    },
}


# Submission ------------------------------------------------------------------

#: The question of each field of the hiring-intent form (slot -> text); the consent is :func:`consent`-built.
SUBMISSION_QUESTIONS: dict[str, str] = {
    "company_name": "Quel est le nom de votre entreprise ou structure ?",
    "siret": "Quel est son numéro SIRET (14 chiffres) ?",
    "employer_type": "Quel type d'employeur êtes-vous ?",
    "work_location": "Dans quelle commune le poste sera-t-il situé ? (commune ou code postal)",
    "job_title": "Quel est l'intitulé du poste à pourvoir ?",
    "positions": "Combien de postes souhaitez-vous pourvoir ?",
    "weekly_hours": "Quelle sera la durée de travail hebdomadaire (en heures) ?",
    "start_date": "À quelle date souhaitez-vous embaucher ? (par exemple « 1er mars 2027 » ou « dans 4 mois »)",
    "training_needs": "Quels sont vos besoins de formation : compétences à acquérir, certifications (CACES, HACCP, habilitation électrique…) ?",
    "derogation_justification": "Pour la demande de dérogation, expliquez pourquoi le contrat dure moins de 6 mois (par exemple un besoin saisonnier).",
    "contact_name": "Quel est le nom de la personne à contacter ?",
    "contact_email": "Quelle est son adresse e-mail ?",
    "contact_phone": "Quel est son numéro de téléphone ?",
}
#: The contact's questions when the contact is the person typing (« moi, Jean-Pierre Guérin »: « Quelle est son adresse
#: e-mail ? » followed, twenty-ninth blind user test).
CONTACT_SELF_QUESTIONS: dict[str, str] = {
    "contact_email": "Quelle est votre adresse e-mail ?",
    "contact_phone": "Quel est votre numéro de téléphone ?",
}
#: Quick replies of some questions: (title, payload).
SUBMISSION_BUTTONS: dict[str, list[tuple[str, str]]] = {
    "employer_type": [("Entreprise privée", "entreprise privée"), ("Employeur public", "employeur public"), ("Association", "association")],
    "positions": [("1", "1"), ("2", "2"), ("3", "3"), ("4", "4")],
    "weekly_hours": [("35 h (temps plein)", "35 heures"), ("28 h", "28 heures"), ("24 h", "24 heures")],
}
#: Second-attempt help: an example, and where to find the SIRET.
SUBMISSION_SECOND_TRY: dict[str, str] = {
    "company_name": "Indiquez simplement le nom, par exemple « Menuiserie Durand » ou « SARL Martin ».",
    "siret": (
        "Vous trouverez le SIRET (14 chiffres) sur un extrait Kbis, l'avis de situation Insee (mairie, association), une "
        "fiche de paie ou annuaire-entreprises.data.gouv.fr en cherchant le nom de votre structure. Par exemple « 732 829 320 00074 »."
    ),
    "employer_type": "Choisissez l'une des propositions, par exemple « entreprise privée ».",
    "work_location": "Indiquez la commune ou le code postal du lieu de travail, par exemple « Cholet » ou « 49300 ».",
    "job_title": "Indiquez le métier, par exemple « soudeur » ou « aide-soignant de nuit ».",
    "positions": "Indiquez un nombre, par exemple « 1 » ou « 2 postes ».",
    "weekly_hours": "Indiquez un nombre d'heures par semaine, par exemple « 35 h » ou « 24 h ».",
    "start_date": "Indiquez une date, par exemple « 1er mars 2027 », « début septembre » ou « dans 4 mois ».",
    "training_needs": (
        "Décrivez ce que la personne doit apprendre, par exemple « CACES R489 et lecture de plans ». "
        "Si ce n'est pas encore défini, écrivez « à définir avec l'organisme de formation »."
    ),
    "derogation_justification": "Par exemple « besoin saisonnier pour la récolte » ou « remplacement d'un congé maternité ».",
    "consent_at": "Un mot suffit, par exemple « oui » si vous acceptez que votre demande et vos coordonnées soient transmises aux services de la Région, « non » sinon.",
    "contact_name": "Indiquez un prénom et un nom, par exemple « Marie Dupont ».",
    "contact_email": "Indiquez une adresse de la forme nom@domaine.fr, par exemple « marie.dupont@entreprise.fr ».",
    "contact_phone": "Indiquez 10 chiffres, par exemple « 06 12 34 56 78 » ou « 02 41 00 00 00 ».",
}
#: The second « je ne sais pas » at a question: another way to answer (the same reply came twice: thirty-ninth blind user test).
SUBMISSION_UNSURE_AGAIN: dict[str, str] = {
    "weekly_hours": (
        "Si la durée varie d'une semaine à l'autre, indiquez la durée moyenne ou celle prévue au contrat, par exemple « 28 h ». "
        "Vous pouvez aussi la donner en jours et en heures par jour, par exemple « 4 jours de 8 h »."
    ),
}
#: « je ne sais pas (encore) » to a question of the request: an estimate is enough, said for that field.
SUBMISSION_UNSURE: dict[str, str] = {
    "employer_type": (
        "Pas de souci : une entreprise (SARL, SAS, artisan…) est une « entreprise privée », une commune, un hôpital ou un "
        "établissement public est un « employeur public », une structure loi 1901 est une « association ». Choisissez ce "
        "qui s'en approche le plus."
    ),
    "positions": "Une estimation suffit : indiquez le nombre de postes que vous envisagez aujourd'hui, par exemple « 1 ». Vous pourrez le préciser avec les services de la Région.",
    "weekly_hours": (
        "Une estimation suffit : indiquez la durée de travail par semaine que vous envisagez, par exemple « 35 h » pour un temps plein. "
        "Vous pourrez la préciser avec les services de la Région."
    ),
    "start_date": (
        "Une date approximative suffit, par exemple « début septembre », « au printemps » ou « dans 4 mois ». "
        "Vous pourrez la préciser avec les services de la Région."
    ),
    "derogation_justification": (
        "Expliquez simplement pourquoi le contrat ne peut pas durer 6 mois, par exemple « activité saisonnière » "
        "ou « remplacement d'un congé maternité » : la Région étudie chaque demande au cas par cas."
    ),
}
#: The training needs of an employer who does not know them yet (« je ne sais pas »): the path is built later.
TRAINING_TO_DEFINE = "À définir avec l'organisme de formation"
TRAINING_TO_DEFINE_NOTED = (
    "C'est noté : « à définir avec l'organisme de formation ». Le parcours de formation se construit ensuite "
    "avec l'organisme de formation et les services de la Région."
)
#: The job not known yet (« on sait pas encore, on verra avec le client »): an approximate one asked, then, said again, left to
#: the Region's staff (stored as :data:`JOB_TITLE_TO_SPECIFY`, listed in ``missing_fields``).
JOB_TITLE_UNSURE = (
    "Même approximatif, un intitulé suffit : cariste, préparateur de commandes, agent d'entretien… Les services de la Région "
    "le préciseront avec vous."
)
JOB_TITLE_TO_SPECIFY = "À préciser"
JOB_TITLE_TO_SPECIFY_NOTED = "C'est noté : l'intitulé du poste sera à préciser avec les services de la Région."
#: An off-topic question typed beside the answer to a field (« permis C et CE, FIMO, et c quoi la meteo demain a nantes ? »): the
#: answer is kept, the question declined in one sentence.
OTHER_QUESTION_OFF_TOPIC = (
    "J'ai noté votre réponse. Pour votre autre question, je ne peux pas vous répondre : je réponds seulement sur le dispositif "
    "« 1 emploi = 1 formation »."
)
#: What each field is called in the validators' replies (validator name -> French noun phrase).
FIELD_NOUNS: dict[str, str] = {
    "company_name": "le nom de l'entreprise",
    "siret": "le numéro SIRET",
    "employer_type": "le type d'employeur",
    "contact_name": "le nom de la personne à contacter",
    "email": "l'adresse e-mail",
    "phone": "le numéro de téléphone",
    "job_title": "l'intitulé du poste",
    "work_location": "la commune du poste",
    "positions": "le nombre de postes",
    "weekly_hours": "la durée de travail par semaine",
    "start_date": "la date d'embauche",
    "training_needs": "le besoin de formation",
    "justification": "la justification de la dérogation",
}
#: Why each field is asked, for « pourquoi ? » and « c'est quoi ? » (validator name -> text).
FIELD_EXPLANATIONS: dict[str, str] = {
    "company_name": "Le nom de votre entreprise ou structure permet aux services de la Région d'identifier votre demande.",
    "siret": (
        "Le SIRET est le numéro à 14 chiffres qui identifie votre établissement. Vous le trouverez sur un extrait Kbis, "
        "l'avis de situation Insee (mairie, association), une fiche de paie ou annuaire-entreprises.data.gouv.fr (en "
        "cherchant le nom de votre structure)."
    ),
    "employer_type": "Le dispositif est ouvert aux entreprises privées, aux employeurs publics et aux associations.",
    "contact_name": "C'est la personne que les services de la Région appelleront pour étudier la demande, vous ou un collègue.",
    "email": "Les services de la Région utilisent votre adresse e-mail pour vous écrire au sujet de cette demande, et pour rien d'autre.",
    "phone": "Le téléphone sert uniquement aux services de la Région pour vous rappeler au sujet de cette demande.",
    "job_title": "L'intitulé du poste est le métier que la personne recrutée exercera, par exemple « soudeur » ou « aide-soignant ».",
    "work_location": "C'est la commune où la personne recrutée travaillera (pas forcément celle du siège).",
    "positions": "C'est le nombre de personnes que vous prévoyez d'embaucher sur ce poste.",
    "weekly_hours": "C'est la durée de travail prévue au contrat, par semaine.",
    "start_date": "C'est la date à laquelle vous souhaitez embaucher ; la formation a lieu avant, comptez au moins 2 à 3 mois.",
    "training_needs": (
        "Ce sont les compétences que la formation doit apporter au futur salarié avant l'embauche "
        "(gestes du métier, certifications comme le CACES, l'HACCP ou une habilitation électrique…). "
        "Le parcours se construit ensuite avec l'organisme de formation : « à définir avec l'organisme de formation » convient aussi."
    ),
    "justification": "La Région accorde la dérogation au cas par cas : expliquez pourquoi le contrat dure moins de 6 mois.",
}
#: Validators' replies shared by every field ({noun}: :data:`FIELD_NOUNS`; {explanation}: :data:`FIELD_EXPLANATIONS`).
ANSWER_UNREADABLE = "Je n'ai pas réussi à lire cette réponse. Pourriez-vous la reformuler simplement ?"
ANSWER_TOO_LONG = "Votre réponse est beaucoup trop longue. Merci de répondre en quelques mots."
ANSWER_PROTEST = "Désolé pour la gêne. Je n'ai pas encore {noun} : pourriez-vous me l'indiquer ? Ce que vous avez déjà répondu est conservé."
#: A question about the field asked: what it is for (the question itself follows, asked again by the form: it was said
#: twice, « Pouvez-vous m'indiquer le numéro SIRET ? » then « Quel est son numéro SIRET ? »: twenty-second blind user test).
ANSWER_QUESTION = "{explanation}"
ANSWER_SKIPPABLE_REFUSAL = "Pas de problème : vous pouvez passer cette question, les services de la Région compléteront {noun} avec vous."
ANSWER_NEEDED = "{Noun} est nécessaire pour étudier votre demande. {explanation}"
ANSWER_NOT_FOUND = "Je n'ai pas trouvé {noun} dans votre réponse. Pouvez-vous me l'indiquer ?"
#: A free-text answer that corrects an earlier answer instead (« ah non pardon, on prendra 2 commis pas 3 »).
#: The candidate's situation changed at the recap: it decides eligibility, so the check is done again.
#: (It said to cancel and check again, which lost every answer: sixteenth blind user test.) The buttons are the check's.
CANDIDATE_AT_RECAP = (
    "La situation du candidat décide de l'éligibilité. Quelle est-elle maintenant ? Par exemple « il n'est pas inscrit à "
    "France Travail », « pas encore de candidat » ou « c'est un de nos salariés » : je vérifie ce que cela change."
)
#: A field « corrected » to the value it has.
ALREADY_SO = "C'est déjà ce que j'ai noté : {label} : {value}."
#: Another value typed at another question for a field answered (« 24 h » at the start date, 35 h noted): not changed there.
RECORDED_OTHERWISE = "J'ai déjà noté : {label} : {value}. Vous pourrez le corriger au récapitulatif, juste avant l'envoi."
#: The project became ineligible at the recap: nothing can be sent until the contract or the candidate changes.
NOT_SENDABLE = (
    "En l'état, le projet n'est pas éligible : la demande ne peut pas être envoyée. Vous pouvez corriger le contrat ou "
    "la situation du candidat (par exemple « finalement un CDI »), ou écrire « annuler »."
)
#: A correction of another field typed at a question, whose new value could not be read.
#: Two values of the field asked, one before the employer's question and one after it.
WHICH_OF_TWO = "J'ai lu deux réponses : {first} et {second}. Laquelle dois-je retenir ?"
#: Two SIRETs given at the SIRET question, one said of the place of the job (forty-second blind user test: « … c'est celui du
#: siège à Rennes, je mets lequel ? celui de Laval c'est … » kept Laval's without a word): that one, and why.
SIRET_OF_THE_JOB_KEPT = "Je retiens le SIRET de l'établissement du poste ({place}) : {siret}. C'est celui-là qu'il faut, pas celui du siège ou d'un autre site."
#: Two SIRETs given, none said of the place of the job (or that place not known yet): which one, both offered as buttons.
WHICH_SIRET = (
    "Vous m'avez donné deux numéros SIRET : {first} et {second}. Il faut celui de l'établissement où se trouve le poste (pas "
    "celui du siège s'ils sont distincts) : lequel dois-je retenir ?"
)
#: The contact named with the training needs: asked in its turn, after the consent.
#: A contact detail alone given as the training needs (« Jean-Marc Bretaud », « contact@couverture-lavalloise.fr » were stored
#: as the needs: twenty-third blind user test): noted in its own field, or not, and the needs asked again.
NEEDS_GOT_A_CONTACT = "Ce n'est pas un besoin de formation : j'ai noté {changes}."
NEEDS_NOT_A_CONTACT = "Cela ressemble à {what}, pas à un besoin de formation."
NEEDS_CONTACT_AFTER_CONSENT = (
    "Cela ressemble à {what}, pas à un besoin de formation : je vous demanderai les coordonnées du contact un peu plus loin, "
    "après votre accord sur leur utilisation."
)
#: Several of them (« Chevreau Didier, didier@…, 0243954422 » as the training needs: thirty-first blind user test).
CONTACT_DETAILS_WHAT = "des coordonnées"
CONTACT_WHAT: dict[str, str] = {
    "contact_email": "une adresse e-mail", "contact_phone": "un numéro de téléphone", "contact_name": "un nom de personne",
}
#: Contact details said at another question before the consent (« kevin@… » at the employer type): not kept, said so.
CONTACT_DETAILS_AFTER_CONSENT = (
    "Je vous demanderai les coordonnées du contact un peu plus loin, après votre accord sur leur utilisation : je ne les note pas encore."
)
CONTACT_ASKED_AFTER_CONSENT = "Je vous demanderai le nom de la personne à contacter un peu plus loin, après votre accord sur l'utilisation de vos coordonnées."
#: « qu'avez-vous noté ? » during the request's questions.
NOTED_FIELD = "Pour « {label} », j'ai noté : {value}. Vous pourrez le corriger au récapitulatif, juste avant l'envoi."
NOTHING_NOTED_FOR = "Je n'ai encore rien noté pour « {label} » : la question viendra."
NOTHING_NOTED_NOW = "Je n'ai encore rien noté pour « {label} » : c'est la question en cours."
NOTHING_NOTED_YET = "Je n'ai encore rien noté pour cette demande."
NOTED_SO_FAR = "Voici ce que j'ai noté jusqu'ici (vous pourrez tout corriger au récapitulatif, juste avant l'envoi) :\n{lines}"
CORRECT_AT_RECAP = "Vous pourrez corriger « {label} » au récapitulatif, juste avant l'envoi (boutons « Modifier »)."
ANSWER_CORRECTS_ANOTHER = (
    "Vous pourrez corriger vos réponses précédentes au récapitulatif, juste avant l'envoi (boutons « Modifier »). "
    "Pour l'instant, pouvez-vous m'indiquer {noun} ?"
)
CONTRACT_NOTED = "C'est noté, je corrige le contrat : {label}."
#: A month said of a closure at the start question (« vendeuse, le magasin ferme en août »): not taken for the start.
START_NOT_THE_CLOSURE = (
    "J'ai compris que ce mois est celui d'une fermeture ou de congés, pas celui de l'embauche. Quelle est la date de démarrage "
    "prévue ? Par exemple « début septembre » ou « 15/09/2027 »."
)
#: Recap and display of values.
NOT_GIVEN = "non renseigné"
TO_BE_COMPLETED = "à compléter par les services de la Région"
#: A skipped field the Region cannot complete with the employer: no phone means a contact by e-mail (the recap said
#: « Téléphone : à compléter par les services de la Région » to an employer who asked for mail only: twentieth blind user test).
LEFT_OUT: dict[str, str] = {
    "contact_phone": "non communiqué (la Région vous contactera par e-mail)",
    "contact_email": "aucun (rappel par téléphone)",
}
RECAP_TITLE = "Voici le récapitulatif de votre intention d'embauche :"
RECAP_LINE = "- {label} : {value}"
#: The label of the employer's name in the recap by the employer's type, where « Entreprise » does not fit: an association, a
#: town hall, a hospital, a school (« Entreprise : OGEC École Sainte-Marie » with « Type d'employeur : Association »:
#: thirty-seventh blind user test). Other types, or none, keep the field's label.
COMPANY_NAME_LABELS: dict[str, str] = {"public": "Structure", "association": "Structure"}
RECAP_CONTRACT_LABEL = "Contrat"
RECAP_CANDIDATE_LABEL = "Candidat"
#: The candidate's situation after « Candidat : » (the recap, the check's « C'est noté — Candidat : … »), where the check's own
#: label would repeat the word (« Candidat : Candidat pas encore identifié », found reading the recap); the others are the
#: check's labels (CANDIDATE_LABELS, bot/extractors/candidate.py).
CANDIDATE_VALUES: dict[str, str] = {"a_identifier": "pas encore identifié (France Travail peut vous en proposer)"}
RECAP_CONFIRM = "Confirmez-vous l'envoi de cette demande aux services de la Région ? Vous pouvez aussi corriger un champ."
CONFIRM_BUTTON: Button = {"title": "Confirmer et envoyer", "payload": "/affirm"}
#: The recap asked again unchanged right after it (a question answered there): the whole recap and its 16 buttons came back
#: after every question (twenty-ninth blind user test); the button shows it again.
RECAP_REMINDER = (
    "Votre récapitulatif, plus haut, n'a pas changé. Confirmez-vous l'envoi de cette demande aux services de la Région ? "
    "Vous pouvez aussi corriger un champ en l'écrivant (par exemple « le poste est … »)."
)
SHOW_RECAP_BUTTON: Button = {"title": "Revoir le récapitulatif", "payload": "revoir le récapitulatif"}
CORRECT_BUTTON_TITLE = "Modifier : {label}"
CONTRACT_WITH_DURATION = "{contract} {of_duration}"
CORRECTED_FIELD = "C'est corrigé. {label} : {value}."
#: A question said to be left unanswered with an answer to the request's question (« Vous n'avez pas répondu sur … » before the
#: training needs: thirty-sixth blind user test), when the FAQ has no answer for it here.
QUESTION_TO_ASK_AGAIN = (
    "Pour votre question restée sans réponse, posez-la de nouveau seule dans un message : j'y répondrai, puis nous reprendrons "
    "la demande où nous en sommes."
)
#: A recap message that corrected a field and asked a question: the question is asked again on its own.
RECAP_QUESTION_ALONE = "Pour votre question, envoyez-la seule dans un message : j'y réponds, puis je vous remontre le récapitulatif."
#: Several fields corrected by one message at the recap: « C'est corrigé. Nombre de postes : 2 postes ; Téléphone : … ».
CORRECTED_FIELDS = "C'est corrigé. {changes}."
CHANGED_FIELD = "{label} : {value}"
CHANGES_JOINER = " ; "
#: A field of such a message whose new value could not be used: it keeps its value.
NOT_CHANGED_FIELD = "Pas de changement pour « {label} » : {error}"  # (« Durée hebdomadaire non modifié » had the wrong gender)
VALUE_NOT_FOUND = "je n'ai pas trouvé la nouvelle valeur dans votre message."
CORRECTED_CONTRACT = "C'est corrigé. Contrat : {label}."
RECAP_UNCLEAR: Message = {
    "text": "Je n'ai pas compris. Vous pouvez confirmer l'envoi, corriger un champ (par exemple « le téléphone est faux ») ou écrire « annuler ».",
    "buttons": [CONFIRM_BUTTON],
}
WHICH_FIELD = "Quel champ souhaitez-vous corriger ? Choisissez-le dans le récapitulatif."
#: A confirmation negated at the recap (« pas d'accord », « n'envoyez pas encore »).
NOT_SENT_YET = (
    "D'accord, je n'envoie rien pour l'instant. Que faut-il corriger ? Choisissez le champ dans le récapitulatif "
    "ou écrivez-le (par exemple « le téléphone est faux ») ; vous pouvez aussi écrire « annuler »."
)
#: How long the answers of the request wait (:data:`PAUSED`, :data:`RECAP_KEPT_FOR_LATER`).
_KEPT_WHILE_OPEN = "Tant que cette fenêtre reste ouverte, vos réponses sont gardées"
_CLOSED_START_AGAIN = "Si vous la fermez, il faudra recommencer la demande."
_NOTHING_SENT_RECAP_KEPT = "D'accord, je n'envoie rien pour l'instant et je garde votre récapitulatif tel quel."
#: « je reviens demain, vous gardez ce que j'ai dit ? », « je peux revenir plus tard finir la demande ? » outside the request (after
#: the verdict: the rules' « c'est le cas d'après vos réponses », then « Au revoir »: forty-seventh blind user test, u47-08): how
#: long the answers wait, and how to go on when back.
KEPT_FOR_LATER = (
    f"Oui. {_KEPT_WHILE_OPEN} : en revenant, écrivez ici ce qui a changé (par exemple « il est inscrit à France Travail ») "
    "ou « préparer ma demande ». Si vous la fermez, il faudra redonner vos réponses."
)
#: An approval still to get said outside the request (« je dois d'abord valider avec ma directrice avant d'envoyer quoi que ce
#: soit » after the verdict got the FAQ on where to send the request: fifty-third blind user test, u53-03).
APPROVAL_AWAITED = (
    f"D'accord, rien n'est envoyé. {_KEPT_WHILE_OPEN} : une fois l'accord obtenu, écrivez ici « préparer ma demande ». "
    "Si vous la fermez, il faudra redonner vos réponses."
)
#: A pause outside the check and the request (« attendez je reviens » after the verdict got « Je ne suis pas certain d'avoir bien
#: compris »: fifty-third blind user test, u53-02).
WAITING_OUTSIDE_A_FORM = f"Je vous attends. {_KEPT_WHILE_OPEN} : reprenez quand vous voulez."
#: A sending put off at the recap to check something first (« pas maintenant, je dois vérifier la date avec ma directrice »).
RECAP_ON_HOLD = (
    f"{_NOTHING_SENT_RECAP_KEPT} Quand vous serez prêt, écrivez ici "
    "ce qu'il faut corriger (par exemple « la date c'est le 15 mars ») ou confirmez l'envoi."
)
#: « je reviens demain, ça reste enregistré ? », « je peux revenir plus tard pour confirmer ? » at the recap (they got « Pourriez-vous
#: la reformuler ? » and « Vérifier mon éligibilité »: forty-fourth blind user test, u44-08): the hold, and for how long the answers
#: wait (as :data:`PAUSED` says it during the request); how to send then follows (:data:`RECAP_HOLD_REMINDER`).
RECAP_KEPT_FOR_LATER = f"{_NOTHING_SENT_RECAP_KEPT} {_KEPT_WHILE_OPEN} : vous retrouverez ce récapitulatif. {_CLOSED_START_AGAIN}"
#: The same, when the message names the field to check (its value is kept meanwhile).
RECAP_ON_HOLD_FIELD = (
    "D'accord, je n'envoie rien pour l'instant et je garde « {label} : {value} ». Une fois vérifié, écrivez la bonne valeur "
    "si elle change, ou confirmez l'envoi."
)
#: A yes with a doubt at the recap (« je crois que c'est bon mais je suis pas sûr » sent the request: fifty-second blind user
#: test, u52-15): nothing is sent, confirming or correcting is asked again.
RECAP_DOUBTED = (
    "Je n'envoie rien tant que vous avez un doute. Relisez le récapitulatif : voulez-vous l'envoyer maintenant, ou corriger "
    "une information (par exemple « la date c'est le 15 mars ») ?"
)
#: The same, when the doubt names a field (« … mais je suis pas certain pour la date »: u52-16).
RECAP_DOUBTED_FIELD = (
    "Je n'envoie rien tant que vous avez un doute. J'ai noté « {label} : {value} » : voulez-vous l'envoyer maintenant, ou "
    "corriger ce champ ? Écrivez la bonne valeur, ou confirmez l'envoi."
)
#: After either, instead of the whole recap again (long on a phone: found reading the recap), with the recap's buttons.
RECAP_HOLD_REMINDER = (
    "Pour envoyer plus tard, cliquez sur « Confirmer et envoyer » ou écrivez « envoyer » ; pour revoir le récapitulatif, "
    "écrivez « récapitulatif »."
)
#: Back after a hold with no clear order to send (« c'est bon »): the recap is shown again before anything is sent.
RECAP_AFTER_HOLD = "Très bien. Voici de nouveau votre demande : relisez-la avant de confirmer l'envoi."
#: A change and an order to send in one message at the recap (« on passe à 2 mécaniciens et vous pouvez envoyer » sent the request
#: with 1 post: forty-seventh blind user test): the change applied, then the recap again, nothing sent in that turn.
CHANGED_NOT_SENT_YET = "Rien n'est transmis pour l'instant : relisez le récapitulatif corrigé ci-dessous, puis confirmez l'envoi."
WHICH_FIELD_TO_CHANGE = "Quel champ souhaitez-vous modifier ? Choisissez-le dans le récapitulatif."
CORRECT_AGAIN = "D'accord, corrigeons : {label}."
ASK_CONTRACT_AGAIN = "D'accord. Quel est le contrat proposé et sa durée ? Par exemple « CDD de 8 mois » ou « CDI »."
#: Contract changed during the request.
ASK_CONTRACT_DURATION = "Quelle est la durée du contrat ? Par exemple « 8 mois »."
#: {cause}: :data:`CAUSE_CONTRACT` or :data:`CAUSE_CANDIDATE`.
NOW_INELIGIBLE = "{cause}, le projet n'est plus éligible : {explanation}"
NOW_DEROGATION = "{cause}, la demande passe par une dérogation : je vous demanderai d'en expliquer la raison."
#: The same, the reason said earlier taken (« cdd 4 mois, surcroit d'activite pour une grosse commande »).
NOW_DEROGATION_REASON_TAKEN = (
    "{cause}, la demande passe par une dérogation. J'ai repris la raison que vous m'aviez donnée : « {reason} ». "
    "Vous pourrez la corriger au récapitulatif."
)
NOW_ELIGIBLE = "{cause}, le projet est éligible sans dérogation."
CAUSE_CONTRACT = "Avec ce contrat"
CAUSE_CANDIDATE = "Avec cette situation du candidat"
#: Consent (RGPD): the notice comes from data/submission/rgpd.yml.
CONSENT_QUESTION = (
    "Avant de vous demander vos coordonnées : elles serviront à {purpose}. Elles seront transmises uniquement {recipients} "
    "et conservées {retention}. {rights}\nAcceptez-vous que ces informations soient enregistrées et transmises ?"
)
#: The notice alone, after a question on personal data (CONSENT_DATA_USE, CONSENT_UNSURE), before the short question.
CONSENT_NOTICE = (
    "Vos coordonnées serviront à {purpose}. Elles seront transmises uniquement {recipients} et conservées {retention}. {rights}"
)
#: The consent given before the request asked it (« J'accepte la transmission de mes données » in the first message): noted,
#: then the notice (CONSENT_NOTICE), which it had not been shown.
CONSENT_GIVEN_EARLIER = (
    "Vous avez déjà accepté que vos coordonnées soient enregistrées et transmises : c'est noté, je ne vous reposerai pas la "
    "question. Voici à quoi elles serviront :"
)
#: A second request for the same employer and contact: the consent given for the first covers it.
CONSENT_COVERS_THE_NEXT_REQUEST = (
    "L'accord que vous avez donné pour l'enregistrement et la transmission de ces coordonnées vaut aussi pour cette demande."
)
CONSENT_QUESTION_AGAIN = "Acceptez-vous que ces informations soient enregistrées et transmises aux services de la Région ?"
CONSENT_BUTTONS: list[Button] = [{"title": "J'accepte", "payload": "oui j'accepte"}, {"title": "Je refuse", "payload": "non je refuse"}]
CONSENT_YES_OR_NO = "Répondez « oui » pour accepter ou « non » pour refuser."
#: A consent held back (« oui mais je dois demander à mon associé »): nothing is recorded until the employer says it plainly.
CONSENT_HELD_BACK = (
    "D'accord, prenez le temps qu'il faut : votre accord doit être donné sans réserve pour que je transmette la demande. "
    "Quand c'est bon, répondez « oui » pour accepter ou « non » pour refuser."
)
#: A question about personal data at the consent step, before the notice is shown again.
CONSENT_UNSURE = "Pas de souci, prenez le temps de lire : voici à quoi serviront vos coordonnées, qui les recevra et combien de temps elles seront gardées."
#: « 02 43 09 55 55 poste 214 »: the number is kept, its extension cannot be.
PHONE_EXTENSION_NOT_KEPT = (
    "J'ai noté le numéro ; le poste {extension} ne peut pas être enregistré avec lui : précisez-le aux services de la Région "
    "lorsqu'ils vous contacteront."
)
#: « je dois y aller, on reprendra demain » during the request.
PAUSED = f"Pas de souci. {_KEPT_WHILE_OPEN} et vous reprendrez à cette question. {_CLOSED_START_AGAIN}"
#: « attendez je vais chercher le siret » during the request.
WAITING_FOR_IT = "Je vous attends : répondez quand vous avez l'information."
#: « re. vous en etiez ou ? » after a pause (fifty-second blind user test, u52-06): then the question again.
WHERE_WE_WERE = "Rebonjour ! Nous en étions à cette question :"
#: At the consent: « et si je refuse ? ».
CONSENT_IF_REFUSED = (
    "Sans votre accord, je ne peux pas transmettre la demande aux services de la Région, et vos réponses ne sont pas "
    "envoyées ; vous pourrez toujours passer par le formulaire de contact du dispositif. Vous pouvez répondre « oui » ou « non »."
)
#: At the consent: « c'est possible de donner que le mail ? ».
CONSENT_PHONE_OPTIONAL = "Le téléphone est facultatif : le nom et l'adresse e-mail du contact suffisent."
#: The consent given with « pas de téléphone »: the phone is not asked.
PHONE_LEFT_OUT = "C'est noté : je ne vous demanderai pas de téléphone, l'adresse e-mail suffira."
#: Contact details typed at the consent question (« Sophie Martin, directrice »): kept aside, recorded only once agreed.
CONTACT_KEPT_UNTIL_CONSENT = "C'est noté : je les enregistrerai dès que vous aurez donné votre accord."
#: More contact details typed at the consent question, after some were already kept aside.
CONTACT_ALSO_KEPT_UNTIL_CONSENT = "Noté aussi, en attendant votre accord."
#: Questions on the data at the consent, answered by one sentence of the notice (data/submission/rgpd.yml), then the question.
CONSENT_RETENTION_ANSWER = "Vos coordonnées seront conservées {retention}, puis supprimées."
CONSENT_PURPOSE_ANSWER = "Vos coordonnées serviront uniquement à {purpose}, et seront transmises uniquement {recipients}."
CONSENT_NO_CANVASSING = (
    "Non : vos coordonnées serviront uniquement à {purpose}, et seront transmises uniquement {recipients} ; "
    "elles ne servent à aucun démarchage."
)
CONSENT_DATA_USE = "Bonne question : voici à quoi serviront vos coordonnées, qui les recevra et combien de temps elles seront gardées."
CONSENT_REFUSED_TEXT = (
    "Sans votre accord, votre demande n'est pas transmise aux services de la Région. "
    "Vous pouvez aussi passer par le formulaire de contact du dispositif."
)
#: Dead ends: skip, cancel, way out.
SKIP_BUTTON: Button = {"title": "Passer cette question", "payload": "passer cette question"}
CANCEL_REQUEST_BUTTON: Button = {"title": "Annuler ma demande", "payload": "/stop"}
#: Later questions answered along with the one asked (« …, SIRET 412…, entreprise privée »).
ALSO_NOTED = "J'ai aussi noté : {changes}."
#: A job said with the count that is not the job held (« une serveuse » at the number of positions with « cuisinier » held, the job of
#: the request sent before: forty-second blind user test, u42-07): the job corrected, said so.
JOB_CORRECTED_WITH_THE_COUNT = "J'ai aussi corrigé le poste : {job} (au lieu de « {before} »)."
NOT_KEPT_IN_PASSING = "{label} non retenu. {error} Je vous le redemanderai."
#: A SIRET typed alone at the company's name (forty-fifth blind user test, u45-12: it was stored as the name): noted, or why not,
#: and the name asked again.
SIRET_AT_THE_NAME = "C'est un numéro SIRET, pas le nom de l'entreprise."
SIRET_AT_THE_NAME_NOTED = "J'ai noté le SIRET ({siret}), je ne vous le redemanderai pas."
SIRET_AT_THE_NAME_REFUSED = "{error} Je vous le redemanderai après le nom."
KEPT_AS_BEFORE = "D'accord, je garde : {label} : {value}."
#: A free-text answer that only points above (« cf plus haut »): the value found in the earlier messages, or none.
#: The fields filled from earlier messages when the request starts ({facts}: « Entreprise : Garage Moreau ; Poste : mécanicien »).
REQUEST_FIELDS_TAKEN = "J'ai repris ce que vous m'avez déjà indiqué — {facts}. Vous pourrez le corriger au récapitulatif."
RECAP_FACT = "{label} : {value}"
#: A value said earlier (« cf plus haut », « je vous l'ai déjà dit au début »), taken and said back; or none found.
TAKEN_FROM_ABOVE = "D'accord, je reprends ce que vous avez indiqué plus haut : {label} : {value}."
#: The noun of a field that has none in FIELD_NOUNS.
THIS_INFORMATION = "cette information"
#: No e-mail at the contact's e-mail (« g pas d email ») and no phone known (thirty-fifth blind user test): what address may
#: do, or a phone to be called back on (forty-second blind user test: the Region's online form was no way for an employer
#: without internet); then, said again, shorter.
EMAIL_NEEDED_TO_REPLY = (
    "Pour vous répondre, les services de la Région ont besoin d'une adresse e-mail ou, à défaut, d'un numéro de téléphone pour "
    "vous rappeler. Toute adresse que vous consultez convient (la vôtre, même personnelle, celle de l'entreprise, de votre "
    "comptable ou d'un proche). Sans adresse e-mail, indiquez-moi le numéro de téléphone où vous joindre."
)
EMAIL_NEEDED_TO_REPLY_AGAIN = (
    "Sans adresse e-mail ni numéro de téléphone, je ne peux pas transmettre la demande : les services de la Région n'auraient "
    "aucun moyen de vous recontacter. Donnez-moi un numéro où vous rappeler, ou une adresse que vous consultez (personnelle, "
    "celle de votre comptable ou d'un proche)."
)
#: No e-mail, a phone known (« g pas de mail, appelez moi plutot au 06 71 22 33 44 »: forty-second blind user test): the call
#: back and no acknowledgement said plainly, someone else's address offered once; a second « pas de mail » accepts.
NO_EMAIL_CALL_BACK_OFFER = (
    "Sans adresse e-mail, c'est possible : les services de la Région vous rappelleront au {phone}, et aucun accusé de réception "
    "ne vous sera envoyé par e-mail. Si quelqu'un lit les e-mails pour vous, vous pouvez aussi me donner son adresse "
    "(l'adresse de la personne qui gère vos mails, par exemple). Sinon, répondez « pas d'e-mail »."
)
NO_EMAIL_BUTTON: Button = {"title": "Pas d'e-mail : rappelez-moi", "payload": "pas d'e-mail, rappelez-moi au téléphone"}
NO_EMAIL_NOTED = (
    "C'est noté : pas d'e-mail. Les services de la Région vous rappelleront au {phone} ; aucun accusé de réception ne vous sera "
    "envoyé par e-mail."
)
#: The phone refused after no e-mail: the only way left to reach the employer.
NO_EMAIL_NO_PHONE = (
    "Sans adresse e-mail, le téléphone est le seul moyen pour les services de la Région de vous recontacter : je ne peux pas "
    "transmettre la demande sans l'un des deux. Indiquez un numéro où vous joindre, ou une adresse e-mail que vous consultez."
)
#: The e-mail's value in the recap when there is none (« E-mail : aucun (rappel par téléphone au 06 71 22 33 44) »).
NO_EMAIL_VALUE = "aucun (rappel par téléphone au {phone})"
#: Said when a request without e-mail is sent, and to « je recevrai une confirmation par mail ? » then.
NO_ACKNOWLEDGEMENT = (
    "Comme vous n'avez pas d'adresse e-mail, aucun accusé de réception ne vous est envoyé : notez bien cette référence. Les "
    "services de la Région vous rappelleront au {phone}."
)
CONFIRMATION_WITHOUT_EMAIL = (
    "Non : sans adresse e-mail, aucun accusé de réception ne vous est envoyé. {reference_said}Les services de la Région vous "
    "rappelleront au {phone}."
)
CONFIRMATION_REFERENCE_SAID = "La référence {reference} confirme que votre demande est transmise. "
#: A question on the scheme at the consent that the FAQ does not answer (thirty-fifth blind user test), before the consent again.
NO_ANSWER_BEFORE_THE_CONSENT = (
    "Je n'ai pas de réponse sûre à cette question dans la FAQ du dispositif : les services de la Région pourront vous répondre "
    "en étudiant votre demande."
)
#: The same after an answer kept (« …, DASRI. au fait on peut avoir plusieurs sessions dans l'année ? » at the needs).
OTHER_QUESTION_NOT_IN_THE_FAQ = (
    "J'ai noté votre réponse. Pour votre question, je n'ai pas de réponse sûre dans la FAQ du dispositif : les services de la "
    "Région pourront vous répondre en étudiant votre demande."
)
#: A cooperative given as the employer type (thirty-sixth blind user test).
COOPERATIVE_IS_PRIVATE = "Une coopérative relève des entreprises privées pour ce dispositif : je note « Entreprise privée »."
NOT_FOUND_ABOVE = "Désolé, je n'ai pas retrouvé {noun} dans vos messages précédents : pourriez-vous me l'indiquer ici ?"
KEEP_BUTTON_TITLE = "Garder « {value} »"
KEEP_PAYLOAD = "garder comme avant"
#: « euh je sais pas » at the recap: nothing is sent yet (the sixth blind user test got « not understood » three times,
#: with only « Confirmer et envoyer » to click).
RECAP_UNSURE: Message = {
    "text": (
        "Prenez le temps de relire : rien n'est envoyé tant que vous ne confirmez pas. Vous pouvez corriger une information "
        "(par exemple « le téléphone est faux »), envoyer la demande ou l'annuler."
    ),
    "buttons": [CONFIRM_BUTTON, CANCEL_REQUEST_BUTTON],
}
#: The second unusable answer at the recap: simpler, with both ways.
RECAP_UNCLEAR_AGAIN: Message = {
    "text": (
        "Pour envoyer la demande telle quelle, écrivez « envoyer ». Pour modifier une information, écrivez-la simplement, "
        "par exemple « le poste est à Cholet » ou « 2 postes »."
    ),
    "buttons": [CONFIRM_BUTTON, CANCEL_REQUEST_BUTTON],
}
#: From the third on: the way out.
RECAP_WAY_OUT: Message = {
    "text": (
        "Je n'arrive pas à comprendre votre réponse. Vous pouvez envoyer la demande, l'annuler, "
        "ou contacter directement les services de la Région."
    ),
    "buttons": [CONFIRM_BUTTON, CANCEL_REQUEST_BUTTON],
}
SKIP_NOTED = "C'est noté : les services de la Région compléteront le champ « {label} » avec vous."
#: An answer that is the value noted for another field, at a name's question (« aide a domicile », the job, at the company's
#: name: forty-sixth blind user test): asked, not taken.
#: Hours alone at the company's question (« 35h » was stored as the name: fiftieth blind user test, u50-01), noted as the
#: weekly hours, or only said to be no name (the hours noted already, or left to their own question).
HOURS_AS_THE_NAME_NOTED = (
    "« {said} », c'est une durée de travail, pas un nom : je la note comme durée hebdomadaire ({hours}). Indiquez maintenant le "
    "nom de votre entreprise ou structure."
)
HOURS_AS_THE_NAME_ALREADY_NOTED = (
    "« {said} », c'est une durée de travail, pas un nom (j'ai noté {hours} par semaine). Indiquez le nom de votre entreprise "
    "ou structure."
)
HOURS_AS_THE_NAME = (
    "« {said} », c'est une durée de travail, pas un nom : je vous la demanderai plus loin. Indiquez le nom de votre entreprise "
    "ou structure."
)
SAME_AS_ANOTHER_FIELD = (
    "« {value} », c'est ce que j'ai noté pour « {label} ». Indiquez le nom de votre entreprise ou structure ; "
    "si c'est bien aussi son nom, écrivez-le à nouveau."
)
#: Training needs typed at the consent question (forty-sixth blind user test): added to those noted, then the consent again.
NEEDS_ADDED = "J'ai ajouté à vos besoins de formation : {needs}. Vous pourrez les corriger au récapitulatif."
#: A 14-digit number typed at another question than the SIRET's (forty-sixth blind user test: « pas de nombre »).
LOOKS_LIKE_AN_INVALID_SIRET = (
    "Ce nombre de 14 chiffres ressemble à un numéro SIRET : ce n'est pas {noun}. Et ce numéro SIRET n'est pas valide (un "
    "chiffre semble erroné) : je ne le note pas."
)
#: The SIRET asked again once after an invalid number, when the next answer was another field's (forty-sixth blind user test).
SIRET_AGAIN_AFTER_INVALID = (
    "Le numéro SIRET donné juste avant n'était pas valide : vérifiez-le chiffre par chiffre, ou passez cette question "
    "(les services de la Région le compléteront avec vous)."
)
#: « pas de mail, appelez moi » without a phone (forty-sixth blind user test): the call back said, the number asked.
NO_EMAIL_CALL_ME = (
    "D'accord : sans adresse e-mail, les services de la Région vous rappelleront par téléphone (aucun accusé de réception ne "
    "vous sera envoyé par e-mail)."
)
CALL_BACK_NUMBER_QUESTION = "À quel numéro de téléphone les services de la Région peuvent-ils vous rappeler ?"
#: The skip said for a field the Region does not complete with the employer (by field).
SKIP_NOTED_OF: dict[str, str] = {"contact_phone": "C'est noté : pas de téléphone, la Région vous contactera par e-mail."}
FIELD_REQUIRED = "Le champ « {label} » est nécessaire pour étudier votre demande."
#: « c'est obligatoire ? » at a field the employer may skip.
FIELD_NOT_REQUIRED = (
    "Non, ce n'est pas obligatoire : si vous ne l'avez pas, vous pouvez passer cette question, "
    "les services de la Région compléteront le champ « {label} » avec vous."
)
#: « je sais pas où le trouver » at a field the employer may skip: where to find it (FIELD_EXPLANATIONS), then this.
WHERE_TO_FIND_OR_SKIP = (
    "Si vous ne l'avez pas sous la main, vous pouvez aussi passer cette question : les services de la Région compléteront "
    "le champ « {label} » avec vous."
)
#: « je le donne après » at the SIRET or the phone: skipped now, given at the recap if the employer wishes.
GIVE_IT_AT_THE_RECAP = (
    "Oui, continuons : vous pourrez l'ajouter au récapitulatif, avant l'envoi (« Modifier : {label} »). "
    "Sinon, les services de la Région compléteront le champ « {label} » avec vous."
)
#: The SIRET said not at hand with the company's name (« Imprimerie Atlantique Graphic, le siret je l'ai pas en tête »): its question
#: left, and where to give it said (thirty-second blind user test).
SIRET_LATER_WITH_THE_NAME = (
    "C'est noté, je ne vous demande pas le SIRET maintenant : vous pourrez l'ajouter au récapitulatif, avant l'envoi "
    "(« Modifier : {label} »). Sinon, les services de la Région compléteront le champ « {label} » avec vous."
)
#: Questions on the SIRET, at its question or outside (thirtieth blind user test): « c'est obligatoire ? »…
SIRET_NOT_REQUIRED = (
    "Non, le SIRET n'est pas obligatoire pour envoyer votre demande : si vous ne l'avez pas, vous pourrez passer cette "
    "question, les services de la Région le compléteront avec vous."
)
#: … « ça sert à quoi ? », « il faut vraiment le siret ? » (before :data:`SIRET_NOT_REQUIRED`)…
SIRET_WHAT_FOR = "Le SIRET (14 chiffres) est le numéro qui identifie votre établissement."
#: … « c'est 9 chiffres le siren ça marche ? »…
SIREN_OR_SIRET = (
    "Le SIREN (9 chiffres) identifie l'entreprise ; le SIRET (14 chiffres : le SIREN suivi de 5 chiffres) identifie "
    "l'établissement. C'est le SIRET qui est demandé. Si vous n'avez que le SIREN, vous pouvez passer cette question : les "
    "services de la Région compléteront le SIRET avec vous."
)
#: … « celui du siège ou celui de l'établissement de Château-Gontier ? ».
SIRET_OF_THE_ESTABLISHMENT = (
    "C'est le SIRET de l'établissement où se trouve le poste : celui de votre site ou de votre agence, pas celui du siège "
    "s'ils sont distincts."
)
#: Which employer's SIRET, asked with the number (« c'est le siret de l'agence ou celui du client qu'il faut ? le notre c'est … »,
#: « … c bien le siret de la mairie qu'il faut ? »: forty-third blind user test): the number is kept, this said before the next
#: question.
SIRET_OF_THE_EMPLOYER = (
    "C'est bien le SIRET de votre structure qu'il faut : celui de l'employeur qui signe le contrat de travail (pour une agence "
    "d'intérim, celui de l'agence, pas celui de son client). Je l'ai noté."
)
#: « c'est quoi le siret ? on est un gaec » (twenty-third blind user test): a farm has one too.
SIRET_OF_A_FARM = (
    "Une exploitation agricole (GAEC, EARL…) a aussi un SIRET, distinct du numéro PACAGE : il figure sur l'avis de situation "
    "Insee ou sur annuaire-entreprises.data.gouv.fr."
)
#: Two contracts named, one per post (« CDI pour le cuisinier et CDD 7 mois pour la femme de chambre »: twenty-third blind user
#: test): one request holds one contract; the other post gets its own request, after this one. ``first`` and ``second`` come with
#: their article (« un CDD de 8 mois », « une mission d'intérim »: the sentence said « un Mission d'intérim », found reading it).
ONE_CONTRACT_PER_REQUEST = (
    "Une demande porte sur un seul contrat : je ne peux pas y mettre à la fois {first} et {second}. Je vous propose une "
    "demande par contrat : gardez ici le premier (corrigez le poste et le nombre de postes si besoin), envoyez-la, puis "
    "je préparerai avec vous la demande pour l'autre."
)
#: The posts shared between two contracts at the recap (« sur les 4 y aura 2 cdi et 2 cdd de 8 mois, ca se met comment ? » got
#: « C'est déjà ce que j'ai noté : Contrat : CDI. »: thirty-fifth blind user test): one request per contract, this one for the
#: contract recorded; nothing is changed until the employer says so. ``kept`` and ``other`` are « 2 postes en CDI », ``count``
#: « 2 postes ».
ONE_REQUEST_PER_CONTRACT = (
    "Une demande porte sur un seul contrat : je vous propose d'en faire une par contrat. Gardez celle-ci pour {kept} "
    "(écrivez « {count} » pour corriger le nombre de postes), envoyez-la, puis écrivez « nouvelle demande » pour préparer celle "
    "pour {other}."
)
#: A bare « alternance » in those sentences (not « un contrat d'apprentissage »: which one is not said).
AN_ALTERNANCE = "un contrat en alternance"
#: The same, said in the first message: the request starts on the contract the check kept.
ONE_CONTRACT_AT_THE_START = (
    "Vous m'avez parlé de deux contrats ({first} et {second}) : une demande porte sur un seul contrat. Préparons d'abord "
    "celle pour {first} ; une fois envoyée, écrivez « nouvelle demande » et je préparerai avec vous celle pour {second}."
)
#: Two situations of the candidate, one per post (« un inscrit à France Travail, et l'autre à trouver »: same test).
ONE_CANDIDATE_PER_REQUEST = (
    "Une demande indique une seule situation de candidat : je ne peux pas y mettre à la fois « {first} » et « {second} ». "
    "Je vous propose une demande par situation : gardez ici la première (corrigez le nombre de postes si besoin), envoyez-la, "
    "puis je préparerai avec vous la demande pour l'autre."
)
UNDERSTOOD = "Je comprends."
#: Going back to an earlier question of the request (« revenir en arrière », « je veux mettre le SIRET finalement »).
GOING_BACK = "D'accord, revenons au champ « {label} »."
WAY_OUT_SKIPPABLE = (
    "Si vous ne l'avez pas, vous pouvez passer cette question : les services de la Région compléteront "
    "le champ « {label} » avec vous. Vous pouvez aussi annuler la demande ou contacter directement la Région."
)
#: A question about the weekly hours the FAQ does not answer: the rules on them (data/eligibility/rules.yml).
HOURS_RULE_ANSWER = "La FAQ ne le précise pas, mais la vérification d'éligibilité en tient compte. {rules}"
#: The same question with its hours (« un CDI à 24h par semaine, c'est possible ? »): the rules' yes or no for them.
HOURS_WITHIN_THE_RULES = "Oui pour la durée de travail : {hours} par semaine, c'est suffisant. {rules}"
#: (Neither « oui » nor « non » first: « Non, pas avec 20 h » to « C'est un problème ? » read « no problem »: fortieth blind
#: user test; this reads right after « c'est un problème ? » and « c'est possible ? » alike.)
HOURS_BELOW_THE_RULES = "Ce n'est pas possible avec {hours} par semaine : le projet ne remplit pas la condition de durée de travail. {rules}"
#: The hours of the candidate's job now or elsewhere, asked about (« et si elle est en temps partiel 10h par semaine ailleurs … ? »
#: got « Ce n'est pas possible avec 10 h »: forty-fourth blind user test): the rule is on the job offered.
HOURS_OF_ANOTHER_JOB = (
    "Les {hours} par semaine de son emploi actuel ne comptent pas : la condition de durée de travail porte sur le poste que "
    "vous proposez. {rules}"
)
#: Whether the candidate may keep the job they have now during the training (« il peut garder son mi temps pendant la formation ? »
#: got « Ce n'est pas possible avec 17 h 30 », « … continuer son autre job pendant la formation ou pas ? » three unrelated
#: questions: forty-seventh blind user test, u47-02, u47-10, u47-14): the FAQ does not say; what it says of the training's
#: status, and the Region's services (with their contact button).
KEEPING_ANOTHER_JOB = (
    "La FAQ du dispositif ne dit pas si le candidat peut garder l'emploi qu'il occupe aujourd'hui pendant sa formation. Elle "
    "précise seulement que, durant sa formation, le demandeur d'emploi est stagiaire de la formation professionnelle et rémunéré "
    "par la Région. Les services de la Région pourront vous dire s'il peut garder son emploi en même temps. Ses heures dans cet "
    "emploi ne comptent pas pour la condition de durée de travail, qui porte sur le poste que vous proposez."
)
#: How long the candidate must have been registered at France Travail (« faut il qu'il soit inscrit depuis longtemps ? », « il faut
#: une durée minimum d'inscription ? » got the training's length: fifty-first blind user test, u51-06): the FAQ sets none; who the
#: scheme is for, and the Region's services (with their contact button).
REGISTRATION_LENGTH_NOT_SET = (
    "La FAQ du dispositif ne fixe pas de durée minimale d'inscription à France Travail : le dispositif s'adresse aux demandeurs "
    "d'emploi inscrits à France Travail (ex-Pôle emploi), quelle que soit leur catégorie. Pour un cas particulier, les services de "
    "la Région pourront vous renseigner."
)
#: The candidate's age asked about (« y a t il une limite d'age pour le candidat ? », « et a 54 ans il peut quand meme en
#: beneficier ? » got suggestions or « pas de réponse »: fifty-first blind user test, u51-01, u51-02, u51-16): the FAQ does not
#: speak of age; what counts, and the Region's services (with their contact button).
AGE_NOT_SET = (
    "La FAQ du dispositif ne mentionne pas d'âge : elle ne fixe ni âge minimum ni âge maximum pour le candidat. Ce qui compte, "
    "c'est qu'il soit demandeur d'emploi inscrit à France Travail (ex-Pôle emploi), quelle que soit sa catégorie. Pour un cas "
    "particulier, les services de la Région pourront vous renseigner."
)
#: Whether a citizen of the EU, the EEA or Switzerland needs a work permit (« Oui : Les salariés étrangers … disposant d'une
#: autorisation de travail … » was said: fifty-first blind user test, u51-12): the FAQ does not treat them.
EU_CITIZEN_NOT_TREATED = (
    "La FAQ du dispositif ne traite pas le cas des ressortissants de l'Union européenne, de l'Espace économique européen ou de la "
    "Suisse : elle indique que les salariés étrangers demandeurs d'emploi (inscrits à France Travail, toutes catégories) et "
    "disposant d'une autorisation de travail sont éligibles. Pour savoir ce qu'il en est pour votre candidat, les services de la "
    "Région pourront vous renseigner."
)
#: Several jobs each under the weekly hours asked about (« et si on fait 2 contrats de 12h ? » got the FAQ on the contracts:
#: forty-seventh blind user test, u47-07): the condition is on each job; {hours}: « 12 h »; {rules}: the rule with its source.
HOURS_OF_EACH_JOB = (
    "Ce n'est pas possible avec des contrats de {hours} par semaine : la condition de durée de travail s'applique à chaque emploi, "
    "pris seul. {rules}"
)
#: The hours' answer asked to be made clear (« c'est non ce n'est pas un problème, ou non ce n'est pas possible ? »).
HOURS_ANSWER_AGAIN = "Je reformule : {answer}"
#: A derogation asked for the weekly hours (« il n'y a pas de dérogation possible pour les 24h ? »: it got the FAQ's derogation
#: for CDDs under 6 months, thirty-fourth blind user test): the FAQ has one for the contract's length only; the rules on the hours.
HOURS_NO_DEROGATION = (
    "La FAQ du dispositif ne prévoit de dérogation que pour la durée du contrat (les CDD de moins de 6 mois), et aucune pour "
    "la durée de travail hebdomadaire. {rules}"
)
RULE_WITH_SOURCE = "{explanation} (Source : {source})"
#: A value a rule refuses, given again: why the request cannot go on, and the ways out.
RULE_BLOCKS_REQUEST = (
    "Avec cette réponse, la demande ne peut pas aboutir dans ce dispositif : {explanation} Vous pouvez annuler la demande, "
    "ou écrire aux services de la Région pour en parler."
)
WAY_OUT_REQUIRED = (
    "Le champ « {label} » est nécessaire pour transmettre la demande. Si vous préférez, "
    "vous pouvez annuler la demande ou contacter directement les services de la Région."
)
#: « annuler » during the request or at the recap: asked for confirmation first.
YES_CANCEL_BUTTON: Button = {"title": "Oui, annuler", "payload": "/stop"}
#: The answers are kept aside for « je veux reprendre ma demande » (CANCELLED_KEPT): never say they are erased.
_CANCEL_CHECK_TEXT = "Voulez-vous vraiment annuler votre demande ? Rien ne sera transmis ; vous pourrez la reprendre plus tard."
KEEP_GOING_BUTTON: Button = {"title": "Non, continuer", "payload": "/deny"}
CANCEL_REQUEST_CHECK: Message = {
    "text": _CANCEL_CHECK_TEXT,
    "buttons": [YES_CANCEL_BUTTON, KEEP_GOING_BUTTON],
}
CANCEL_RECAP_CHECK: Message = {
    "text": _CANCEL_CHECK_TEXT,
    "buttons": [YES_CANCEL_BUTTON, {"title": "Non, revenir au récapitulatif", "payload": "/deny"}],
}
#: « je veux tout recommencer à zéro » during the request or at the recap: starting over goes through « annuler »
#: (the answers are kept aside all the same), then « Refaire la vérification » (twentieth blind user test).
RESTART_REQUEST_CHECK: Message = {
    "text": "Pour tout reprendre depuis le début (la vérification d'éligibilité, en commençant par le contrat), j'annule d'abord "
    "cette demande : rien ne sera transmis. Voulez-vous l'annuler ?",
    "buttons": [YES_CANCEL_BUTTON, KEEP_GOING_BUTTON],
}
#: Unsure at « Voulez-vous vraiment annuler ? » (« hmm attendez je sais plus »: fifty-second blind user test, u52-09): that
#: question again, nothing cancelled.
CANCEL_UNSURE: Message = {
    "text": "Prenez votre temps : rien n'est annulé tant que vous ne le confirmez pas. Voulez-vous annuler votre demande, ou continuer ?",
    "buttons": [YES_CANCEL_BUTTON, KEEP_GOING_BUTTON],
}
NOTHING_ERASED = "D'accord, rien n'est effacé. Voici de nouveau votre demande."
#: The same, before a change said with the « non » (« non, je veux juste un CDD de 12 mois »).
NOTHING_ERASED_SHORT = "D'accord, rien n'est effacé."
KEEP_GOING = "D'accord, on continue."
RESUME_TEXT = "Pour reprendre plus tard avec les réponses déjà données, écrivez « je veux reprendre ma demande »."
CANCELLED_KEPT: Message = {
    "text": "C'est annulé : rien n'a été transmis. " + RESUME_TEXT,
    # (« Refaire la vérification »: after « je veux tout recommencer », the way to start over: twentieth blind user test)
    "buttons": [{"title": "Reprendre ma demande", "payload": "je veux reprendre ma demande"}, RESTART_BUTTON, ASK_QUESTION_BUTTON],
}
#: « c'est envoyé ou pas du coup ? » right after a cancel (forty-sixth blind user test, u46-11: it got the FAQ on how to send a
#: request): nothing was sent, and how to resume.
NOTHING_SENT_KEPT: Message = {
    "text": "Non, rien n'a été envoyé : votre demande a été arrêtée avant l'envoi et n'a pas été transmise aux services de la "
    "Région. " + RESUME_TEXT,
    "buttons": CANCELLED_KEPT["buttons"],
}
#: The same with no request prepared in the conversation.
NOTHING_SENT: Message = {
    "text": "Non, rien n'a été envoyé : aucune intention d'embauche n'a été transmise aux services de la Région depuis cette "
    "conversation. Je peux vérifier avec vous l'éligibilité de votre projet, puis préparer votre demande.",
    "buttons": [CHECK_BUTTON],
}
#: « ok on vérifie » typed at a question of the check: it is going on, the question stands.
CHECK_GOING_ON = "C'est parti, la vérification est en cours : répondez simplement à la question ci-dessous."
#: « stop » during the check: its answers are kept, no request was started.
RESUME_CHECK_BUTTON: Button = {"title": "Reprendre la vérification", "payload": "reprendre la vérification"}
CHECK_CANCELLED_KEPT: Message = {
    "text": "C'est arrêté : la vérification est interrompue et rien n'a été transmis. Pour la reprendre avec les réponses "
    "déjà données, écrivez « reprendre la vérification ».",
    "buttons": [RESUME_CHECK_BUTTON, ASK_QUESTION_BUTTON],
}
#: « je veux tout recommencer depuis le début », « on peut recommencer ? » at a question of the check (fifty-second blind user test,
#: u52-04: not understood): the check starts again from its first question.
CHECK_RESTARTED = "D'accord, on reprend la vérification depuis le début : j'efface les réponses déjà données."
#: « non je veux pas faire de vérification », « pas maintenant », « je voulais juste une info » at a question of the check
#: (it got « Je n'ai pas compris votre réponse », in a loop: twenty-second blind user test): the check left, its answers kept.
#: « je veux pas faire de vérification, c'est obligatoire ? » at a question of the check: a question, not a way out (review of
#: the twenty-second test's fixes); the question is asked again after it.
CHECK_NOT_COMPULSORY: Message = {
    "text": "La vérification n'est pas obligatoire : en quelques questions, elle indique si votre projet relève du dispositif, "
    "avant d'en préparer la demande ici. Vous pouvez répondre à la question ci-dessous, ou annuler la vérification pour "
    "simplement poser vos questions.",
    "buttons": [CANCEL_CHECK_BUTTON],
}
CHECK_LEFT: Message = {
    "text": "Entendu, je laisse la vérification de côté. Posez-moi votre question sur le dispositif ; vous pourrez vérifier "
    "votre projet quand vous voudrez.",
    "buttons": [ASK_QUESTION_BUTTON, CHECK_BUTTON],
}
CHECK_LEFT_KEPT: Message = {
    "text": "Entendu, je laisse la vérification de côté. Posez-moi votre question sur le dispositif ; pour la reprendre avec "
    "les réponses déjà données, écrivez « reprendre la vérification ».",
    "buttons": [ASK_QUESTION_BUTTON, RESUME_CHECK_BUTTON],
}
#: Declining the check with another question (« je veux pas de vérification, combien ça coûte ? »): the check left, then the
#: FAQ's answer to the question (session of 2026-12-02).
CHECK_LEFT_ANSWERING: Message = {"text": "Entendu, je laisse la vérification de côté : vous pourrez vérifier votre projet quand vous voudrez."}
CHECK_LEFT_KEPT_ANSWERING: Message = {
    "text": "Entendu, je laisse la vérification de côté : pour la reprendre avec les réponses déjà données, écrivez « reprendre "
    "la vérification »."
}
ALREADY_PREPARING = (
    "Nous sommes en train de préparer votre demande, avec les réponses déjà données : je continue là où nous en étions. "
    "Pour recommencer la vérification, écrivez d'abord « annuler »."
)
#: Starting, resuming, sending.
#: (The check's own introduction is not said after it: twenty-second blind user test.)
NOT_ELIGIBLE_YET = f"Avant de préparer la demande, vérifions que votre projet est éligible : quelques questions, quatre le plus souvent. {_DURING_THE_CHECK}"
#: Another request asked for before this one is sent.
FINISH_THIS_REQUEST_FIRST = (
    "Terminons d'abord cette demande : validez-la (« c'est bon ») ou corrigez-la. Une fois envoyée, écrivez "
    "« nouvelle demande » pour préparer celle de l'autre projet : l'employeur et le contact seront repris."
)
#: After sending, when the confirmation said another request is wanted next (« Je confirme. Ensuite je voudrais faire la même
#: demande pour mon restaurant du Mans. »).
#: Once a request is sent, the one promised for the other contract or job of the first message (fiftieth blind user test,
#: u50-15: nothing said it waited). {project}: « un contrat d'apprentissage », « un CDI (magasinier) ».
NEXT_PROMISED_REQUEST = (
    "Il reste la demande pour {project} : écrivez « nouvelle demande » quand vous voulez la préparer ; l'employeur et le "
    "contact seront repris."
)
#: A project of a promised request with its job: « un CDI (magasinier) ».
PROJECT_WITH_ITS_JOB = "{contract} ({job})"
NEXT_REQUEST_AFTER_SENDING = (
    "Pour votre autre demande, écrivez « nouvelle demande » : je vérifierai d'abord ce nouveau projet, et l'employeur et le "
    "contact seront repris."
)
NEW_REQUEST_CHECK_FIRST = (
    "Votre demande {reference} reste transmise. Pour cette nouvelle demande, vérifions d'abord le nouveau projet ; "
    "l'employeur et le contact seront repris."
)
EMPLOYER_AND_CONTACT_REUSED = (
    "Je reprends l'employeur ({company}) et le contact ({contact}, avec son e-mail et son téléphone) de votre demande "
    "précédente : vous pourrez les modifier au récapitulatif."
)
#: The same, when the contact taken back has no e-mail or no phone ({contact}: the name and what is taken back with it, as
#: CONTACT_WITH_PHONE says it: « avec son e-mail et son téléphone » was said of a contact without e-mail, fiftieth blind user
#: test, u50-03).
EMPLOYER_AND_CONTACT_REUSED_AS_SAID = (
    "Je reprends l'employeur ({company}) et le contact ({contact}) de votre demande précédente : vous pourrez les modifier au "
    "récapitulatif."
)
CONTACT_WITH_PHONE = "{name}, avec son téléphone"
CONTACT_WITH_EMAIL = "{name}, avec son e-mail"
#: The SIRET of a second request for the same employer, another place of work or one not known yet: asked again.
SIRET_ASKED_AGAIN = "Le SIRET dépend de l'établissement : je vous le redemande."
PREVIOUS_REQUEST_REUSED = f"{EMPLOYER_AND_CONTACT_REUSED} {SIRET_ASKED_AGAIN}"
#: The same place of work as the request sent, whose SIRET was given: taken back ({siret} as displayed, {place} the commune).
SIRET_TAKEN_BACK = "Le lieu de travail est le même ({place}) : je reprends aussi son SIRET ({siret})."
#: The same place of work as the request sent, whose SIRET was skipped: not asked a second time (it was, in the next request
#: of the same conversation: a defect left open by the blind user tests).
SIRET_STILL_MISSING = (
    "Le SIRET n'avait pas été indiqué pour votre demande précédente : je ne vous le redemande pas, les services de la Région "
    "le compléteront avec vous. Vous pourrez aussi l'ajouter au récapitulatif."
)
#: The SIRET's question in a second request when it was skipped in the first one (another place of work): the skip at hand.
SIRET_QUESTION_SKIPPED_BEFORE = (
    "Quel est le numéro SIRET de cet établissement (14 chiffres) ? Si vous ne l'avez pas, passez cette question, comme pour "
    "votre demande précédente."
)
#: A second request for another employer (« une filiale », « autre SIRET »): only the contact is taken back.
PREVIOUS_CONTACT_REUSED = (
    "C'est un autre employeur : je vous redemande son nom et son SIRET. Je reprends le contact de votre demande "
    "précédente ({contact}, avec son e-mail et son téléphone) : vous pourrez le modifier au récapitulatif."
)
PREVIOUS_CONTACT_REUSED_AS_SAID = (
    "C'est un autre employeur : je vous redemande son nom et son SIRET. Je reprends le contact de votre demande "
    "précédente ({contact}) : vous pourrez le modifier au récapitulatif."
)
#: A second request with another contact named: only the employer is taken back.
EMPLOYER_REUSED = "Je reprends l'employeur de votre demande précédente ({company}) : vous pourrez le modifier au récapitulatif."
CONTACT_NOTED = "Pour le contact, je note {contact}."
PREVIOUS_EMPLOYER_REUSED = f"{EMPLOYER_REUSED} {SIRET_ASKED_AGAIN} {CONTACT_NOTED}"
#: Another employer and another contact named: nothing is taken back.
PREVIOUS_NOTHING_REUSED = "C'est un autre employeur : je vous redemande son nom et son SIRET. Pour le contact, je note {contact}."
#: {questions}: how many are left (« une douzaine » was said when 3 or 4 were left: fourteenth blind user test).
SUBMISSION_INTRO = (
    "Préparons votre intention d'embauche : {questions}, puis un récapitulatif à valider. "
    "Écrivez « annuler » à tout moment pour arrêter."
)
#: Every field said before the request started (a first message that says everything): the recap comes next.
SUBMISSION_INTRO_ALL_SAID = (
    "Préparons votre intention d'embauche : vous m'avez déjà tout indiqué, il ne reste qu'un récapitulatif à valider. "
    "Écrivez « annuler » à tout moment pour arrêter."
)
#: « ca fait combien de questions encore ?? », « c'est long votre truc », « vite svp j'ai pas que ca a faire » (stored as the
#: company's name) during the request (forty-sixth blind user test): how many questions are left ({questions}: « une question », « 6 questions »), then the same question again.
QUESTIONS_LEFT = "Il reste {questions}, puis un récapitulatif à valider. Si vous préférez arrêter, écrivez « annuler »."
ONE_QUESTION = "une question"
SOME_QUESTIONS = "{count} questions"
CHECK_RESUMED = "Je reprends la vérification avec les réponses déjà données."
SUBMISSION_RESUMED = "Je reprends votre demande avec les réponses déjà données."
#: The same, the consent given in the message that resumes it (« oups je me suis trompé de bouton, j'accepte »).
SUBMISSION_RESUMED_WITH_CONSENT = "Merci, votre accord est enregistré. Je reprends votre demande avec les réponses déjà données."
NOTHING_TO_SEND = "Il n'y a pas de demande à envoyer pour le moment."
NOT_SAVED = "{error} Votre demande n'a pas été enregistrée : corrigez le champ concerné ou contactez la Région."
#: What the Region's staff do with a request (said when it is sent, and to « et maintenant ? »).
_WHAT_STAFF_DO = "étudieront votre demande et vous adresseront une réponse, puis vous mettront en relation avec un organisme de formation"
SUBMITTED = (
    "Merci ! Votre intention d'embauche est transmise aux services de la Région sous la référence {reference}. "
    f"Ils {_WHAT_STAFF_DO}."
)
CONFIRMATION_ON_ITS_WAY = "Un e-mail de confirmation, avec ce récapitulatif, part à l'adresse du contact."
ALREADY_SUBMITTED = "Votre demande est déjà transmise, sous la référence {reference} : rien de plus à faire."
AFTER_SENDING = f"Une fois votre demande envoyée, les services de la Région {_WHAT_STAFF_DO}."
NEXT_STEPS = (
    "Votre demande (référence {reference}) est entre les mains des services de la Région : ils "
    f"{_WHAT_STAFF_DO}. Vous n'avez rien d'autre à faire d'ici là."
)
#: « la région répond en combien de temps à ma demande ? » before sending: the FAQ gives no response time (its delay is the
#: training's set-up), what the Region's staff do with a request, and the contact (said after it).
RESPONSE_TIME_NOT_SAID = (
    "La FAQ du dispositif ne donne pas de délai de réponse à une demande. Une fois votre demande envoyée, les services de "
    f"la Région {_WHAT_STAFF_DO}. Le délai qu'indique la FAQ est celui de la mise en place de la formation. Pour un délai "
    "de réponse précis, les services de la Région pourront vous renseigner."
)
#: « la dérogation c'est long ? », « combien de temps pour avoir la dérogation ? » (talking to make run, 2026-12-04: the derogation's
#: answer or the training's set-up time): the FAQ gives no time for a derogation, asked with the request and granted case by case
#: (the contact is said after it).
DEROGATION_TIME_NOT_SAID = (
    "La FAQ du dispositif ne précise pas en combien de temps une dérogation est accordée : elle se demande avec votre demande, "
    "que les services de la Région étudient au cas par cas. Le délai qu'indique la FAQ (un minimum de 2 ou 3 mois) est celui "
    "de la mise en place de la formation. Pour un délai de réponse précis, les services de la Région pourront vous renseigner."
)
#: « Pourquoi vous me parlez de 2 ou 3 mois ? » right after the set-up time (thirtieth blind user test: « … celle que je viens de
#: vous donner »): why the set-up time comes before the hiring.
WHY_THE_SET_UP_TIME = (
    "Parce qu'avec ce dispositif, la formation a lieu avant l'embauche : la personne est d'abord formée, puis embauchée. La "
    "FAQ compte un minimum de 2 ou 3 mois pour mettre en place cette formation : la demande se fait donc bien avant la date "
    "à laquelle vous voulez embaucher."
)
#: The set-up time for a hiring in a month named (« … si on veut quelqu'un en avril ? »: thirtieth blind user test): the set-up
#: then the training come before the hiring, so a month near is applied for now (« … faire la demande vers mars, et au plus tard
#: en avril » for June, on 3 December: forty-fourth blind user test, u44-11), a month far away before {latest}
#: (bot.dialogue.turns.set_up_by_month).
SET_UP_BY_MONTH_NOW = (
    "Pour une embauche en {month}, faites la demande dès maintenant : ces 2 ou 3 mois sont un minimum pour mettre la formation "
    "en place, et la formation elle-même a lieu ensuite, avant l'embauche."
)
SET_UP_BY_MONTH = (
    "Pour une embauche en {month}, faites la demande le plus tôt possible, et de préférence avant {latest} : ces 2 ou 3 mois "
    "sont un minimum pour mettre la formation en place, et la formation elle-même a lieu ensuite, avant l'embauche."
)
#: « on me rappelle dans combien de temps ? » once sent, after the next steps: the FAQ gives no response time (thirtieth blind
#: user test: « pas de réponse », or the FAQ's contact form for a request the chat sent).
RESPONSE_TIME_ONCE_SENT = (
    "La FAQ du dispositif ne donne pas de délai de réponse à une demande : le délai qu'elle indique est celui de la mise en "
    "place de la formation. Pour un délai de réponse précis, les services de la Région pourront vous renseigner."
)
#: « on saura quand si la derogation est acceptee ? » once a request with a derogation was sent: it got the FAQ's « Il faudra
#: alors nous adresser une demande de dérogation », and the employer wondered whether it was sent (thirty-eighth blind user test).
DEROGATION_SENT_WITH_THE_REQUEST = (
    "La demande de dérogation fait partie de la demande que vous avez envoyée : vous n'avez pas à l'adresser à nouveau. "
    "Les services de la Région l'étudieront avec elle et vous contacteront pour vous dire si elle est accordée."
)
#: « quel est mon numéro de dossier déjà ? » once sent.
REFERENCE_REMINDER = (
    "La référence de votre demande est {reference}. Notez-la : elle vous sera utile pour tout échange avec les "
    "services de la Région."
)
#: « je recevrai une confirmation par mail ? », once sent then before (e-mail only when the deployment sends it).
CONFIRMATION_MAILED = (
    "Oui : un e-mail de confirmation, avec la référence {reference} et le récapitulatif de votre demande, est envoyé "
    "à l'adresse du contact que vous avez indiquée. Pensez à vérifier vos courriers indésirables."
)
CONFIRMATION_BY_REFERENCE = (
    "Aucun e-mail automatique n'est envoyé : la référence {reference}, donnée à l'envoi, confirme que votre demande est transmise. Notez-la, elle vous "
    "sera utile pour tout échange avec les services de la Région. Ils vous répondront à l'adresse e-mail indiquée."
)
CONFIRMATION_WILL_BE_MAILED = (
    "Oui : dès l'envoi de votre demande, un e-mail de confirmation avec sa référence et son récapitulatif part "
    "à l'adresse du contact que vous indiquerez."
)
CONFIRMATION_WILL_BE_A_REFERENCE = (
    "Aucun e-mail automatique n'est envoyé : à l'envoi de votre demande, je vous donne sa référence, qui confirme que la demande est transmise. "
    "Les services de la Région vous répondent ensuite à l'adresse e-mail que vous indiquerez."
)
WITHDRAW_SENT = (
    "Votre demande a déjà été transmise aux services de la Région sous la référence {reference}. Pour la retirer, "
    "écrivez-leur en rappelant cette référence : ils la clôtureront."
)
ALREADY_SENT = (
    "Votre demande a déjà été transmise aux services de la Région sous la référence {reference} : elle ne peut plus être "
    "modifiée ici. Pour la corriger, écrivez-leur en rappelant cette référence."
)
#: A value of the request sent asked about (« vous avez bien mis 2 postes ? » got three FAQ suggestions: forty-seventh blind user
#: test): the value sent, as it was asked, or not, and then how to correct it.
SENT_VALUE = "Dans la demande transmise sous la référence {reference}, j'ai indiqué « {label} : {value} »."
SENT_VALUE_AS_ASKED = "Oui : dans la demande transmise sous la référence {reference}, j'ai indiqué « {label} : {value} »."
SENT_VALUE_OTHER = (
    "Non : dans la demande transmise sous la référence {reference}, j'ai indiqué « {label} : {value} ». Elle ne peut plus être "
    "modifiée ici : pour la corriger, écrivez aux services de la Région en rappelant cette référence."
)
#: Validators' replies, by field ({example} is the field's example, in « »).
SIRET_EXAMPLE = "732 829 320 00074"  # a valid number (test_the_siret_example_is_valid)
SIRET_EMPTY = "Merci d'indiquer le numéro SIRET de l'établissement : 14 chiffres (par exemple {example})."
SIRET_NOT_DIGITS = "Le numéro SIRET ne doit contenir que des chiffres (les espaces et les points sont acceptés), par exemple {example}."
SIRET_NOT_FOUND = (
    "Je n'ai pas trouvé de numéro SIRET dans votre réponse : il compte 14 chiffres, que des chiffres "
    "(les espaces et les points sont acceptés), par exemple {example}."
)
SIRET_SEVERAL = "Votre réponse contient plusieurs numéros. Indiquez un seul numéro SIRET (par exemple {example})."
SIRET_SIREN = (
    "Il s'agit sans doute du numéro SIREN (9 chiffres). Le numéro SIRET de l'établissement en compte 14 : "
    "le SIREN suivi de 5 chiffres (par exemple {example})."
)
SIRET_LENGTH = "Le numéro SIRET doit comporter 14 chiffres (vous en avez saisi {count}), par exemple {example}."
#: Where to find the SIRET is said by the second try (SUBMISSION_SECOND_TRY), not here as well.
SIRET_INVALID = "Ce numéro SIRET n'est pas valide : un chiffre semble erroné. Vérifiez-le, chiffre par chiffre."
EMAIL_EXAMPLE = "« marie.dupont@entreprise.fr »"
#: Two people sharing a surname given as the contact (« Bernard et Julie Chevallier »): one kept, the first.
CONTACT_FIRST_KEPT = "Je retiens un seul contact, {name} : si c'est plutôt {other}, vous pourrez le corriger au récapitulatif."
EMAIL_DOMAIN_TYPO = "J'ai noté l'adresse telle quelle. Vérifiez-la : vouliez-vous écrire « {address} » ? Vous pourrez la corriger au récapitulatif."
EMAIL_EMPTY = "Merci d'indiquer une adresse e-mail (par exemple {example})."
EMAIL_NO_AT = "Il manque le signe « @ » : vérifiez l'adresse (par exemple {example})."
#: A sentence at the e-mail question with nothing that looks like an address in it (« je vais demander à ma secrétaire » got
#: « Il manque le signe « @ » »: thirty-seventh blind user test).
EMAIL_NOT_FOUND = "Je n'ai pas trouvé d'adresse e-mail dans votre réponse : indiquez-la en entier (par exemple {example})."
#: « kevin.moreau85 arobase gmail.com », « … (at) … »: the « @ » spelt out, read as the sign; the address read said back.
EMAIL_AT_SPELT = "J'ai lu « {spelt} » comme le signe « @ » : l'adresse notée est « {address} »."
#: Two addresses joined by « ou » (« claire@… ou sinon agence@… »): the first kept.
EMAIL_FIRST_KEPT = "Je retiens la première adresse, « {address} » : si c'est « {other} » qu'il faut garder, vous pourrez la corriger au récapitulatif."
EMAIL_SEVERAL = "Votre réponse contient plusieurs adresses. Indiquez une seule adresse e-mail (par exemple {example})."
EMAIL_SPACE = "L'adresse e-mail ne doit pas contenir d'espace (par exemple {example})."
#: An initial typed apart from the rest of the address (« t rabaud @ gmail.com »): both readings offered, each a button.
EMAIL_INITIAL_APART = (
    "Il y a un espace après l'initiale de l'adresse : est-ce « {joined} » ou « {dotted} » ? Choisissez-la, ou écrivez-la sans espace."
)
EMAIL_TOO_LONG = "Cette adresse e-mail est trop longue ({maximum} caractères au maximum)."
EMAIL_ONE_AT = "Une adresse e-mail ne contient qu'un seul signe « @ » : vérifiez l'adresse (par exemple {example})."
EMAIL_INVALID = (
    "Cette adresse e-mail ne semble pas valide : elle doit avoir la forme nom@domaine.fr, sans accent ni espace "
    "(par exemple {example})."
)
PHONE_EXAMPLE = "« 06 12 34 56 78 » ou « 02 41 00 00 00 »"
PHONE_EMPTY = "Merci d'indiquer un numéro de téléphone (par exemple {example})."
PHONE_NOT_FOUND = "Je n'ai pas trouvé de numéro de téléphone dans votre réponse : 10 chiffres, par exemple {example}."
#: Two numbers joined by « ou » (« 02 40 22 33 44 ou 06 11 22 33 44 »): which one, both named.
PHONE_WHICH = "Votre réponse contient plusieurs numéros : le {number} ou le {other}. Lequel faut-il retenir ? Indiquez-en un seul."
#: One of those two numbers chosen without typing it whole (« le portable », « le deuxième », « le 06 »): said back.
PHONE_CHOSEN = "C'est noté : le {number}."
#: Both of them wanted (« les deux »): only one is recorded.
PHONE_ONLY_ONE = "Je ne peux noter qu'un numéro de téléphone : le {number} ou le {other} ?"
PHONE_SEVERAL = "Votre réponse contient plusieurs numéros. Indiquez un seul numéro de téléphone (par exemple {example})."
PHONE_LETTER_O_READ = "J'ai lu la lettre « O » de votre réponse comme un zéro : le numéro noté est le {number}."
PHONE_LENGTH = "Le numéro de téléphone doit comporter 10 chiffres (vous en avez saisi {count}), par exemple {example}."
PHONE_INVALID = "Ce numéro de téléphone ne semble pas valide. Vérifiez-le : 10 chiffres en France (par exemple {example})."
#: A number of the right length in a range not allocated (« 07 12 34 56 78 »: no French number starts with 071).
PHONE_UNALLOCATED = "Ce numéro de téléphone ne semble pas attribué : aucun numéro français ne commence par {prefix}{ranges}. Vérifiez-le."
PHONE_ALLOCATED_RANGES = " (les numéros en {parent} vont de {first} à {last})"
#: Free text ({what} is the field's noun phrase, :data:`FIELD_NOUNS`).
TEXT_EMPTY = "Merci d'indiquer {what} (par exemple {example})."
TEXT_NOT_FOUND = "Je n'ai pas trouvé {what} dans votre réponse (par exemple {example})."
TEXT_TOO_SHORT = "Votre réponse est trop courte : {what} doit comporter au moins {minimum} caractères (par exemple {example})."
TEXT_TOO_LONG = "Votre réponse est trop longue ({length} caractères) : {what} ne doit pas dépasser {maximum} caractères. Merci de la raccourcir."
TEXT_NEEDS_LETTERS = "Je n'ai pas compris : {what} doit être écrit avec des lettres (par exemple {example})."
COMPANY_EXAMPLE = "« L'Atelier du Bois » ou « SARL Martin »"
#: A description of the employer (« une petite entreprise de plomberie ») typed instead of its name.
COMPANY_DESCRIBED = "J'ai besoin du nom de votre entreprise ou structure, tel qu'il figure sur ses documents, par exemple {example}."
JOB_EXAMPLE = "« Soudeur » ou « Aide-soignant de nuit »"
#: « aprenti », « un alternant », « un jeune en alternance » at the job's question: the contract or the candidate, not the job
#: (thirty-fourth blind user test).
JOB_NOT_A_KIND_OF_CONTRACT = (
    "Cela indique le type de contrat ou de candidat, pas le poste : quel métier exercera-t-il ? Par exemple « boulanger » "
    "ou « apprenti boulanger »."
)
JOB_NOT_A_STATUS = (
    "« Contractuel », « titulaire » ou « vacataire » indiquent le statut de l'agent, pas son poste : quel métier exercera-t-il ? "
    "Par exemple « agent des espaces verts » ou « agent d'accueil »."
)
TRAINING_EXAMPLE = "« soudure TIG et lecture de plans »"
#: The candidate's studies or situation typed at the training needs (« il fait déjà son CAP », « il sort de formation »).
TRAINING_NOT_THE_SITUATION = (
    "C'est noté pour sa situation actuelle. Ce que je vous demande, ce sont les compétences que la formation avant l'embauche "
    "devra lui apporter pour ce poste (par exemple " + TRAINING_EXAMPLE + ")."
)
JUSTIFICATION_WHAT = "la justification du besoin"
JUSTIFICATION_EXAMPLE = "« Renfort pour la saison d'été, de juin à septembre »"
JUSTIFICATION_IS_A_NAME = "Cela ressemble au nom d'une personne, pas au motif de la dérogation."
CONTACT_NAME_EXAMPLE = "« Marie Dupont » ou « Jean-Luc O'Neil »"
NAME_CHARACTERS = (
    "Le nom ne doit contenir que des lettres, des espaces, des traits d'union, des apostrophes ou des points (par exemple {example})."
)
NAME_FIRST_AND_LAST = "Merci d'indiquer le prénom et le nom de la personne à contacter (par exemple {example})."
#: An answer at the contact's question that is no person's name (« c'est urgent », « cariste », « la compta »).
NAME_NOT_A_PERSON = (
    "Je n'ai pas reconnu de nom de personne dans votre réponse. Merci d'indiquer le prénom et le nom de la personne que les "
    "services de la Région pourront contacter (par exemple {example})."
)
#: A shop's or a brand's name alone at the contact's question (« Carrefour »): the business, not a person.
NAME_A_BUSINESS = (
    "Cela ressemble au nom d'une entreprise ou d'une enseigne plutôt qu'à celui d'une personne. Pouvez-vous me donner le "
    "prénom et le nom de la personne à contacter (par exemple {example}) ?"
)
#: The same for words typed in lower case (« martin dupont »): a name made of words is kept when typed with its capitals.
NAME_NOT_A_PERSON_LOWER = (
    "Je n'ai pas reconnu de nom de personne dans votre réponse. Merci d'indiquer le prénom et le nom de la personne à "
    "contacter (par exemple {example}) ; si c'était bien son nom, écrivez-le avec ses majuscules."
)
#: A sentence at the contact's question (more than four words of a name).
NAME_A_SENTENCE = (
    "Votre réponse ressemble à une phrase plutôt qu'à un nom. Indiquez seulement le prénom et le nom de la personne à "
    "contacter (par exemple {example})."
)
#: Employer type.
EMPLOYER_QUESTION = "Votre structure est-elle une entreprise privée, un employeur public (collectivité, hôpital…) ou une association ?"
EMPLOYER_EMPTY = "Merci de préciser le type d'employeur. " + EMPLOYER_QUESTION
EMPLOYER_SEVERAL = "Votre réponse mentionne plusieurs types d'employeur. " + EMPLOYER_QUESTION
EMPLOYER_NOT_FOUND = "Je n'ai pas reconnu le type d'employeur. " + EMPLOYER_QUESTION
#: A type of employer guessed from the business named (« on est 3 magasins »), not said as such: said back, to be corrected.
EMPLOYER_TYPE_ASSUMED = (
    "Je note le type d'employeur « {label} », d'après « {word} » : si ce n'est pas le cas, vous pourrez le corriger au récapitulatif."
)
#: Work location.
PLACE_EXAMPLE = "« Cholet » ou « 49300 »"
PLACE_EMPTY = "Merci d'indiquer la commune où se situe le poste (par exemple {example})."
PLACE_NOT_FOUND = "Je n'ai pas reconnu de commune. Indiquez la commune du poste ou son code postal (par exemple {example})."
PLACE_AMBIGUOUS = "Plusieurs lieux correspondent : {choices} ? Précisez le département ou le code postal."
PLACE_WITH_DEPARTMENT = "{place} ({department})"
ONE_OR_OTHER = "{first} ou {last}"
_REGION_LIST = "Loire-Atlantique, Maine-et-Loire, Mayenne, Sarthe ou Vendée"
#: A work location outside the region: what it means for the project, and the two ways on (fourth blind
#: user test, 2026-11-30: « Indiquez la commune du poste dans la région » alone looped on « c'est bien Vitré »).
_OUTSIDE_WAYS_ON = (
    "Avec un poste à cet endroit, le projet n'est pas éligible au dispositif. Si le poste est bien dans la région, "
    "indiquez sa commune ; sinon, écrivez « annuler » pour arrêter la demande."
)
#: A rule the request's answer breaks (« 17h30 par semaine »): said plainly, before the way to meet it.
RULE_NOT_MET = "Avec cette réponse, le projet n'est pas éligible au dispositif."
#: After the verdict for a job in another region's department (« Loire (42) »).
DEPARTMENT_ELSEWHERE = "{department} est un département de la région {region}, pas des Pays de la Loire."
#: Another site of the employer's asked about after a verdict (thirty-sixth blind user test): outside the region, in it, and the
#: project checked, kept.
ANOTHER_SITE_OUTSIDE = (
    "Pour votre site de {place} : {department} est un département de la région {region}, pas des Pays de la Loire. Le dispositif "
    "répond uniquement aux besoins des employeurs situés en Pays de la Loire : un poste à {place} n'y entre pas. Renseignez-vous "
    "auprès de la Région {region} ou de votre agence France Travail."
)
ANOTHER_SITE_ABROAD = (
    "Pour votre site de {place} : le dispositif répond uniquement aux besoins des employeurs situés en Pays de la Loire "
    "(" + _REGION_LIST + ") : un poste à {place} n'y entre pas."
)
ANOTHER_SITE_IN_REGION = (
    "Pour votre site de {place}, {department} : il est en Pays de la Loire, un poste là-bas peut donc être éligible. Une demande "
    "porte sur un lieu de travail : une fois celle-ci faite, écrivez « nouvelle demande » pour vérifier ce poste-là ; l'employeur "
    "et le contact seront repris."
)
PROJECT_KEPT = "Je garde votre projet à {place} et sa vérification : rien n'y est changé."
#: A site in the region named after the answer outside the region, no check made (« on a aussi un entrepot a Chateaubriant, ca
#: compte ? »: forty-sixth blind user test, u46-02); {place}: « Châteaubriant »; {department}: « Loire-Atlantique (44) ».
SITE_IN_THE_REGION = "{place} est en {department}, dans les Pays de la Loire : un poste là-bas peut être éligible. Vérifions-le avec ce que vous m'avez déjà dit."
#: After DEPARTMENT_ELSEWHERE for the Loire (42), the Haute-Loire (43), the Loiret (45) or the Loir-et-Cher (41).
LOIRE_OF_THE_REGION = "Si le poste est en Loire-Atlantique (44) ou en Maine-et-Loire (49), indiquez sa commune."
#: After the official answer outside the region (« … uniquement aux besoins des entreprises ligériennes »): what counts is the
#: job's place (a head office in Nantes with the job in Rennes, an employer in Vitré with the job at its Craon depot were told
#: only the official answer, then offered the check: thirty-first blind user test).
JOB_PLACE_COUNTS = (
    "Ce qui compte, c'est le lieu du poste : un poste situé en Pays de la Loire (" + _REGION_LIST + ") peut être éligible, "
    "même si le siège de l'entreprise est ailleurs."
)
#: Before the official answer outside the region, to a question about a head office elsewhere (« et si mon entreprise a son
#: siege a Paris ? » got « Non … » then JOB_PLACE_COUNTS, a « no » then a « yes »: forty-first blind user test); {question}: the
#: FAQ's question that answer is to.
HEAD_OFFICE_ELSEWHERE = (
    "Le siège de l'entreprise peut être situé ailleurs : ce qui compte, c'est le lieu du poste. Un poste situé en Pays de la Loire "
    "(" + _REGION_LIST + ") peut être éligible ; pour un poste situé hors de la région, la FAQ répond à la question « {question} » :"
)
PLACE_OUTSIDE_REGION = (
    "Le poste doit être situé en Pays de la Loire (" + _REGION_LIST + ") ; {where} ne fait pas partie de la région. "
    + _OUTSIDE_WAYS_ON
)
PLACES_OUTSIDE_REGION = (
    "Le poste doit être situé en Pays de la Loire (" + _REGION_LIST + ") ; {where} ne font pas partie de la région. "
    + _OUTSIDE_WAYS_ON
)
#: « près d'Angers » at the question of the job's commune.
PLACE_NEAR = "Quelle est la commune exacte du poste, vers {place} ? Indiquez son nom ou son code postal."
POSTAL_CODE_SEVERAL = "Le code postal {code} correspond à plusieurs communes ({communes}). Quelle est la commune du poste ?"
POSTAL_CODE_UNKNOWN = "Je ne trouve pas de commune pour le code postal {code}. Pouvez-vous indiquer le nom de la commune ?"
CONTRACT_WHICH_KIND = "Quel contrat exactement : un CDI, un CDD (de combien de mois) ou un contrat en alternance (apprentissage, professionnalisation) ?"
#: Several jobs at the job's question (« 2 caristes et 1 magasinier »): the first is this request's, the others the next ones'
#: (they were named neither, « indiquez celui de cette demande »: a defect left open by the blind user tests), as for two
#: contracts (ONE_CONTRACT_AT_THE_START). {first} and {others} as typed (« « 1 magasinier » et « 1 préparateur » »).
ONE_JOB_PER_REQUEST = (
    "Une demande porte sur un seul poste : je prépare d'abord celle-ci pour « {first} » ; une fois envoyée, écrivez "
    "« nouvelle demande » et je préparerai avec vous la suivante, pour {others} (une demande par poste)."
)
#: The same when the jobs cannot be told apart: the rule, and the job asked.
ONE_JOB_PER_REQUEST_UNNAMED = (
    "Une demande porte sur un seul poste, avec son nombre de postes : indiquez celui de cette demande (par exemple "
    "« 2 cuisiniers »). Pour l'autre poste, écrivez « nouvelle demande » une fois celle-ci envoyée."
)
#: Several jobs at the recap: the request keeps its job ({first}, recorded), the others ({others}) are for the next ones.
ONE_JOB_AT_THE_RECAP = (
    "Une demande porte sur un seul poste : celle-ci est pour « {first} ». Pour {others}, écrivez « nouvelle demande » une fois "
    "celle-ci envoyée (une demande par poste) ; pour changer le poste de celle-ci, indiquez-en un seul."
)
#: How the jobs left for the next requests are joined in those sentences.
JOBS_JOINER = " et "
ONE_PLACE_PER_REQUEST = (
    "Une demande porte sur un seul lieu de travail : indiquez la commune du poste de cette demande (par exemple "
    "« {example} »). Pour l'autre site, écrivez « nouvelle demande » une fois celle-ci envoyée."
)
SAME_SIRET_AS_SENT = "C'est noté : SIRET {siret}, comme pour la demande précédente."
#: « idem » at the needs or the job of a second request: the value of the request sent (thirty-first blind user test).
SAME_AS_SENT = "C'est noté : {label} : {value}, comme pour la demande précédente."
#: « idem », « le même » with no request sent before in the conversation (or that value not given in it).
NOTHING_TO_TAKE_FROM_BEFORE = (
    "Je n'ai pas de demande précédente dans cette conversation où reprendre {noun} : pourriez-vous me l'indiquer ici ?"
)
PLACE_TOWN_OF_DEPARTMENT_NAME = "J'ai noté la commune de {commune} ({postal_code}). Si le poste est ailleurs dans le département, indiquez sa commune."
PLACE_ONLY_DEPARTMENT = "Merci de préciser la commune du poste en {department} (par exemple son nom ou son code postal)."
COMMUNE_WITH_POSTAL_CODE = "{commune} ({code})"
#: Positions.
POSITIONS_EXAMPLE = "« 1 », « 2 » ou « trois postes »"
POSITIONS_EMPTY = "Merci d'indiquer le nombre de postes à pourvoir (par exemple {example})."
POSITIONS_WHOLE = "Le nombre de postes doit être un nombre entier (par exemple {example})."
POSITIONS_POSITIVE = "Le nombre de postes doit être un nombre positif, d'au moins 1 (par exemple {example})."
POSITIONS_PRECISE = "Merci d'indiquer un nombre précis de postes (par exemple {example})."
POSITIONS_NOT_FOUND = "Je n'ai pas trouvé de nombre dans votre réponse. Indiquez le nombre de postes à pourvoir (par exemple {example})."
POSITIONS_NOT_A_COUNT = (
    "Ce nombre ressemble à une durée (heures, mois…) plutôt qu'à un nombre de postes. Combien de postes souhaitez-vous "
    "pourvoir (par exemple {example}) ?"
)
#: Weekly hours said at the number of positions without a count (« 35h hebdo »): noted for their question, which is not asked;
#: then the positions asked again (after :data:`HOURS_RANGE` for a range: « entre 28 et 30h selon le planning »).
HOURS_NOTED_BEFORE_THEIR_QUESTION = "J'ai noté la durée hebdomadaire : {hours}, je ne vous la redemanderai pas."
#: The employer type said alone at another question while not known yet (« c'est une sarl » at the start date): noted for its
#: question, which is not asked; then the question again.
EMPLOYER_TYPE_NOTED_BEFORE_ITS_QUESTION = "J'ai noté le type d'employeur : {kind}, je ne vous le redemanderai pas."
#: The reason for a contract under 6 months given at the company's name, right after the check said it would be asked (« c'est
#: pour un gros chantier qui dure 3 mois »): noted for its question, which is not asked; then the name asked again.
#: Why the derogation's reason is asked, said with the reason given after the question (« pourquoi faut il une raison ? … »).
REASON_WHY_ASKED = (
    "La Région accorde une dérogation au cas par cas : la raison du contrat de moins de 6 mois lui permet d'étudier votre demande. "
    "J'ai noté la vôtre : « {reason} »."
)
#: The job said at the company's name (« c'est pour un poste de serveur, et on voudrait 2 personnes » was the company: fifty-second
#: blind user test, u52-10): noted for its question, then the company's name asked again.
JOB_NOTED_BEFORE_ITS_QUESTION = "C'est noté — {changes}. Il me manque encore le nom de votre entreprise ou structure."
REASON_NOTED_BEFORE_ITS_QUESTION = "J'ai noté la raison du contrat de moins de 6 mois : « {reason} », je ne vous la redemanderai pas."
POSITIONS_STILL_MISSING = "Il me manque encore le nombre de postes."
POSITIONS_IN_GROUPS = (
    "Vous décrivez plusieurs groupes de postes avec des durées différentes : la demande indique un nombre total de postes et "
    "une durée hebdomadaire, que les services de la Région ajusteront avec vous si besoin. Combien de postes souhaitez-vous "
    "pourvoir au total (par exemple {example}) ?"
)
POSITIONS_SEVERAL = "Votre réponse contient plusieurs nombres. Indiquez un seul nombre de postes (par exemple {example})."
POSITIONS_A_DATE = (
    "Cela ressemble à une date : je vous demanderai la date d'embauche juste après. Combien de postes souhaitez-vous "
    "pourvoir (par exemple {example}) ?"
)
POSITIONS_ALTERNATIVE = (
    "Vous hésitez entre deux nombres : indiquez le nombre de postes prévu aujourd'hui (par exemple {example}). "
    "Les services de la Région l'ajusteront avec vous si besoin."
)
#: Two counts offered as an estimate (« 2 peut être 3 », « entre 2 et 3 postes »): the low end, noted.
POSITIONS_ESTIMATE = (
    "J'ai noté {low}, le bas de votre estimation de {low} à {high} postes : les services de la Région l'ajusteront avec vous "
    "si besoin."
)
POSITIONS_NONE = "Il faut au moins un poste à pourvoir. Indiquez le nombre de postes (par exemple {example})."
POSITIONS_TOO_MANY = (
    "Pour un recrutement de plus de {maximum} postes, merci de contacter directement la Région des Pays de la Loire, "
    "qui organisera avec vous une action de formation adaptée."
)
ONE_POSITION = "{count} poste"
POSITIONS = "{count} postes"
#: Weekly hours.
HOURS_EXAMPLE = "« 35 h », « 24 h par semaine » ou « temps plein »"
HOURS_EMPTY = "Merci d'indiquer la durée de travail par semaine (par exemple {example})."
HOURS_POSITIVE = "La durée de travail doit être un nombre d'heures positif (par exemple {example})."
HOURS_A_DATE = "Votre réponse ressemble à une date. Indiquez la durée de travail par semaine (par exemple {example}) ; la date d'embauche vous sera demandée ensuite."
HOURS_NOT_PER_DAY = "Merci d'indiquer la durée de travail par semaine, et non par jour (par exemple {example})."
HOURS_NOT_PER_MONTH = "Merci d'indiquer la durée de travail par semaine, et non par mois (par exemple {example})."
HOURS_PERCENTAGE = "Le pourcentage d'un temps plein doit être compris entre 1 et 100 % (par exemple {example})."
HOURS_PART_TIME = "Pour un temps partiel, merci de préciser le nombre d'heures par semaine (par exemple « 24 h »)."
HOURS_NOT_FOUND = "Je n'ai pas trouvé de durée dans votre réponse. Indiquez le nombre d'heures de travail par semaine (par exemple {example})."
#: Days times a day's hours said for the week (« 4 jours de 7h à 15h »): the product recorded, and the computation said.
HOURS_FROM_DAYS = "J'ai compté {days} jours × {day} = {week} par semaine : vous pourrez le corriger au récapitulatif."
#: A time of day given at the hours question (« il commence à 4h »): no weekly duration.
HOURS_TIME_OF_DAY = (
    "{time}, c'est une heure de la journée, pas une durée de travail. Combien d'heures par semaine le poste compte-t-il au "
    "total (par exemple « 35 h » pour un temps plein, ou « 4 jours de 7h à 15h ») ?"
)
#: … with usual hours said (« il fera ses heures normal »): full time proposed, not recorded.
HOURS_USUAL_FULL_TIME = (
    "{time}, c'est une heure de la journée, pas une durée de travail. Si ce sont des horaires habituels à temps plein, répondez "
    "« 35 h » (bouton « 35 h (temps plein) ») ; sinon, indiquez le total des heures par semaine."
)
HOURS_SEVERAL = "Votre réponse contient plusieurs durées. Indiquez une seule durée par semaine (par exemple {example})."
HOURS_CONVERTED = "J'ai converti {monthly} par mois en {weekly} par semaine."
HOURS_RANGE = "J'ai noté {low} par semaine, le bas de la fourchette de {low} à {high} : vous pourrez le corriger au récapitulatif."
#: The check's verdict on a range of weekly hours (« CDI, entre 20 et 28h »), said right before it: its low end, as the request
#: records it (:data:`HOURS_RANGE`), the hours the contract guarantees.
HOURS_RANGE_IN_THE_CHECK = (
    "Pour la durée de travail, je retiens {low} par semaine, le bas de la fourchette de {low} à {high} : c'est la durée que le "
    "contrat garantit."
)
HOURS_TOO_FEW = "La durée de travail doit être d'au moins 1 heure par semaine (par exemple {example})."
HOURS_TOO_MANY = (
    "La durée légale maximale du travail est de 48 heures par semaine : {hours} n'est pas possible. "
    "Indiquez la durée prévue au contrat (par exemple {example})."
)
HOURS = "{hours} h"
HOURS_AND_MINUTES = "{hours} h {minutes:02d}"
#: Start date.
MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre")
FIRST_OF_MONTH = "1er"
DATE = "{day} {month} {year}"
DATE_EXAMPLES = "« 15/03/2027 », « {day} » ou « début septembre »"
DATE_EMPTY = "Merci d'indiquer la date de démarrage prévue (par exemple {example})."
DATE_IMPOSSIBLE = "Cette date n'existe pas. Vérifiez le jour et le mois (par exemple {example})."
DATE_NOT_FOUND = "Je n'ai pas reconnu de date dans votre réponse. Indiquez la date de démarrage prévue (par exemple {example})."
DATE_PAST = "Le {date} est déjà passé. Indiquez une date de démarrage à venir (par exemple « {example} »)."
DATE_TODAY = "Le démarrage ne peut pas avoir lieu aujourd'hui. Indiquez une date à venir (par exemple « {example} »)."
DATE_TOO_FAR = "La date de démarrage ne peut pas être à plus de deux ans (au plus tard le {latest}). Indiquez une date plus proche."
DATE_APPROXIMATE = "J'ai noté un démarrage le {date} : vous pourrez préciser la date avec les services de la Région."
#: « le 3 ou 4 janvier », « mi mars ou début mars »: the earliest of the dates, said as the low end of a range of hours is.
DATE_EARLIEST = "J'ai noté un démarrage le {date}, la première des dates indiquées : vous pourrez la corriger au récapitulatif."
#: « pas le 1er février »: a date rejected, and none said instead.
DATE_INSTEAD = "Quelle date de démarrage souhaitez-vous à la place ? Par exemple {example}."
#: « semaine 9 »: the Monday of that week, said back.
DATE_WEEK = "J'ai noté un démarrage le lundi {date} (semaine {week})."
#: « après les vacances de février »: school holidays differ by zone and year, so a date is asked.
DATE_HOLIDAYS = (
    "Les dates des vacances scolaires dépendent de la zone et de l'année : pouvez-vous indiquer la date de démarrage "
    "souhaitée (par exemple {example}) ?"
)
DATE_HOLIDAYS_EXAMPLES = "« début {month} » ou « {day} »"
DATE_ASAP = (
    "J'ai noté un démarrage le {date} : la mise en place d'une formation demande au moins 2 à 3 mois, "
    "c'est donc la date la plus proche possible. Vous pourrez l'ajuster avec les services de la Région."
)
DATE_SOON = (
    "Attention : la mise en place d'une formation demande au moins 2 à 3 mois. Un démarrage le {date} risque d'être trop proche ; "
    "la date est notée et les services de la Région vérifieront avec vous si elle peut être tenue."
)


# Security --------------------------------------------------------------------

#: A message over the channels' cap (bot.settings.MAX_MESSAGE_CHARS): not read, this reply only.
MESSAGE_TOO_LONG = (
    "Votre message est trop long pour que je le lise ({maximum} caractères au maximum). "
    "Pourriez-vous l'écrire plus court, en quelques phrases ?"
)


# Cluster ---------------------------------------------------------------------

#: nginx's own reply (HTTP 503) when no Rasa server could answer (make cluster, bot/serving/cluster.py).
SERVICE_UNAVAILABLE = (
    "L'assistant est momentanément indisponible. Votre conversation est conservée : "
    "renvoyez votre dernier message dans quelques instants."
)
#: nginx's own reply (HTTP 429) to a client over the rate limit (BOT_RATE_LIMIT).
TOO_MANY_REQUESTS = "Vous envoyez des messages très vite : patientez une seconde avant d'envoyer le suivant."


# Serving ---------------------------------------------------------------------

#: Rasa could not run an action (action server down, timeout, HTTP 5xx): the message
#: is set aside as if unsent (bot/rasa_plugins/action_failure.py), so sending it again resumes.
ACTION_SERVER_DOWN = (
    "Désolé, un incident technique m'empêche de traiter votre message pour l'instant. "
    "Rien n'est perdu : renvoyez-le dans quelques instants."
)


# Responses of Rasa's rules ---------------------------------------------------
# The rules of data/rules.yml say these (``utter_…``); bot.rasa_plugins.importer puts them into
# Rasa's domain, so that domain.yml holds no sentence.

GREETING: Message = {
    "text": (
        "Bonjour ! Je suis l'assistant du dispositif « 1 emploi = 1 formation » de la Région des Pays de la Loire. "
        "Posez-moi votre question sur le dispositif (employeurs concernés, contrats, candidats, formations, démarches)."
    ),
}
GOODBYE: Message = {"text": "Au revoir, et à bientôt ! Vous pouvez revenir à tout moment poser une autre question."}  # (« bonne journée » to « bonne soirée »: fourteenth user test)
THANKS_REPLY: Message = {"text": "Avec plaisir ! Avez-vous une autre question sur « 1 emploi = 1 formation » ?"}
#: « super » right after the offer to prepare the request: the offer again.
OFFER_AGAIN = "Avec plaisir ! Voulez-vous préparer votre demande maintenant ?"
#: Thanks during the check (« ok merci 👍 » after an answer to a question asked on the way): acknowledged, then the question again.
THANKS_DURING_THE_CHECK = "Avec plaisir ! Reprenons la vérification :"
#: « vous êtes un robot ? », « je peux parler à un humain ? »: with the contact form itself (it said
#: « utilisez le formulaire de contact » without it: fourth blind user test, 2026-11-30).
I_AM_A_BOT: Message = {
    "text": (
        "Je suis un assistant automatique (un robot) de la Région des Pays de la Loire. Je réponds à partir de la FAQ "
        "officielle du dispositif « 1 emploi = 1 formation ». Pour parler à une personne, écrivez aux services de la "
        f"Région par le formulaire de contact du dispositif : {CONTACT_FORM_URL}"
    ),
}
HELP: Message = {
    "text": (
        "Je réponds aux questions des employeurs sur « 1 emploi = 1 formation » : employeurs et contrats concernés, "
        "candidats éligibles, nature et durée des formations, organismes de formation, dérogations et démarche pour "
        "exprimer une intention d'embauche. Posez votre question avec vos mots, ou choisissez un thème :"
    ),
    "buttons": [
        {"title": "Quels employeurs peuvent en bénéficier ?", "payload": '/faq{"faq_id": "employeurs_concernes"}'},
        {"title": "Quels contrats sont acceptés ?", "payload": '/faq{"faq_id": "types_de_contrat"}'},
        {"title": "Qui peut être candidat ?", "payload": '/faq{"faq_id": "public_beneficiaire"}'},
        {"title": "Quel type de formation ?", "payload": '/faq{"faq_id": "type_de_formation"}'},
        {"title": "Comment faire la demande ?", "payload": '/faq{"faq_id": "adresser_intention_embauche"}'},
        CHECK_BUTTON,
    ],
}
NOTHING_TO_CANCEL: Message = {"text": "Il n'y a rien en cours à annuler. Que puis-je faire pour vous ?"}
#: Rasa response name → message, for the domain (bot.rasa_plugins.importer).
RULE_RESPONSES: dict[str, Message] = {
    "utter_greet": GREETING,
    "utter_goodbye": GOODBYE,
    "utter_thank": THANKS_REPLY,
    "utter_iamabot": I_AM_A_BOT,
}
