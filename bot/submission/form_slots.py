"""The hiring-intent form's slots and the tables derived from the field spec (:mod:`bot.submission.spec`).

One place for the names of the form's slots, of the states of its recap and of
what is kept between two requests; every module of the request's dialogue
reads them from here.
"""

from __future__ import annotations

from bot.dialogue import messages as msg
from bot.submission import spec

FORM_NAME = "hiring_intent_form"
CONSENT_SLOT = spec.CONSENT_SLOT
CONSENT_REFUSED = "refused"
REFERENCE_SLOT = "submission_reference"
#: Unusable answers in a row at the current question; reset on a value and when the request starts.
#: Its own slot: the eligibility form counts its failures in ``eligibility_failures``.
ATTEMPTS_SLOT = "submission_failures"
#: List slot of the fields skipped by the employer, stored as None and flagged for the Region's staff.
MISSING_SLOT = "missing_fields"
#: Fields the Region's staff can complete later (an unknown SIRET, a phone number the employer keeps).
SKIPPABLE = spec.SKIPPABLE
#: Those and the fields left empty only beside another given (no e-mail beside a phone): stored as None, in ``MISSING_SLOT``.
MAY_BE_MISSING = spec.MAY_BE_MISSING
SKIP_PAYLOAD = msg.SKIP_BUTTON["payload"]
CANCEL_PAYLOAD = msg.CANCEL_REQUEST_BUTTON["payload"]
SKIP = "skip"  # Understanding.kind when a skippable field is skipped
#: Slots in the order they are asked; the value is the validator of bot.submission.validators ("" for the consent).
FIELD_VALIDATORS: dict[str, str] = dict(spec.VALIDATOR_OF)
SUBMISSION_SLOTS = (*FIELD_VALIDATORS, REFERENCE_SLOT, MISSING_SLOT)
FIELD_LABELS = spec.LABELS
QUESTIONS = msg.SUBMISSION_QUESTIONS
BUTTONS = msg.SUBMISSION_BUTTONS


# ---------------------------------------------------------------- the recap as the form's last question

#: Last required slot of the form: True once the employer confirmed the recap (the form then ends and stores).
CONFIRM_SLOT = spec.CONFIRM_SLOT
#: What the recap waits for: ``cancel`` (« annuler » must be confirmed) or ``quiet`` (the reply
#: already asked something, do not show the whole recap again); None otherwise.
RECAP_STATE_SLOT = "recap_state"
#: ``{"field": slot, "value": value}``: the value a field had when the recap opened it again for a correction,
#: kept until the new value is given, so that « laissez comme c'était » can put it back.
BEFORE_CORRECTION_SLOT = "field_before_correction"
#: Dict slot of the contact details (field → validated value) typed at the consent question before any consent: not
#: the request's fields until the employer agrees (then they fill the contact's fields), forgotten on a refusal.
CONTACT_ASIDE_SLOT = "contact_before_consent"
#: The other address of two offered for one (« k.lebreton@… ou sinon contact@… »: the first is the contact's e-mail), for « prenez
#: l'autre adresse », « l'adresse générique » at the recap (forty-fifth blind user test, u45-04); the one left once swapped.
OTHER_EMAIL_SLOT = "contact_email_other"
RECAP_CANCEL_PENDING = "cancel"
RECAP_QUIET = "quiet"
#: The contract was corrected to one that needs a duration not given yet: the next message gives it.
RECAP_DURATION = "duration"
#: A bare « alternance » was said as the request's contract (« en fait c'est en alternance »): « L'alternance : contrat
#: d'apprentissage ou contrat de professionnalisation ? » was asked back, at a question or at the recap; the next message answers.
RECAP_ALTERNANCE = "alternance"
#: The recap asked the candidate's situation now (:data:`bot.dialogue.messages.CANDIDATE_AT_RECAP`): the next message gives it.
RECAP_CANDIDATE = "candidate"
#: The sending was put off at the recap (« pas maintenant, je dois vérifier la date avec ma directrice »): the hold was said
#: with a short reminder and the recap's buttons, not the whole recap again; a « c'est bon » then shows it, a clear order sends.
RECAP_HELD = "held"
#: ``kind`` of :func:`recap_turn` when « annuler » was confirmed (``cancel`` only asks for confirmation).
RECAP_CANCEL_CONFIRMED = "cancel_confirmed"
#: Dict slot of the answers kept after « annuler » or a refused consent, for « je veux reprendre ma demande ».
KEPT_SLOT = "kept_answers"
#: The employer and contact of the last request sent (:data:`REUSED_FIELDS`, and those skipped in ``missing``),
#: kept for a next request: a new check forgets the sent request's reference and answers.
PREVIOUS_REQUEST_SLOT = "previous_request"


#: The SIRET of the request sent, in :data:`PREVIOUS_REQUEST_SLOT`: not reused, but « même SIRET » gives it.
SENT_SIRET = "siret_sent"
#: Other answers of the request sent (:data:`SAME_AS_SENT_FIELDS`, field → value), in :data:`PREVIOUS_REQUEST_SLOT`: not reused,
#: but « idem », « pareil », « comme pour la demande précédente » give them (thirty-first blind user test), at every field of
#: the project (« pareil que l autre » at the start was not understood: thirty-fifth blind user test).
SENT_ANSWERS = "answers_sent"
#: The project of the other contract of a first message that named two (« 2 en CDI et 1 en CDD de 8 mois »), in
#: :data:`PREVIOUS_REQUEST_SLOT`: the check's answers and its memory (job, count, town), for the request promised once this one
#: is sent (« nouvelle demande » asked everything again: thirty-seventh blind user test, u37-13).
NEXT_PROJECT = "next_project"
#: Key of :data:`MEMORY_SLOT`-like memory (``bot.eligibility.dialogue.MEMORY_SLOT``): the other jobs said at the job's question
#: (« 2 caristes et 1 magasinier »: ``[{"said": "1 magasinier", "job_title": "magasinier", "positions": 1}]``), each promised a
#: request of its own (:data:`NEXT_PROJECT` once this one is sent).
JOBS_LEFT = "jobs_left"
#: Key of :data:`MEMORY_SLOT`-like memory: the candidate said at the check for the other contract of two, one per job (« pour le
#: cuisinier pas encore, pour la serveuse oui c'est une jeune inscrite a france travail »: the cuisinier's CDI was recorded with
#: the serveuse's candidate, forty-second blind user test, u42-07): ``{"contract_type": "cdd", "job_title": "serveuse",
#: "answers": {"candidate_status": "demandeur_emploi", …}}``, for the request promised for it (:data:`NEXT_PROJECT`).
OTHER_CANDIDATE = "candidate_of_the_other"
SAME_AS_SENT_FIELDS = ("job_title", "training_needs", "start_date", "positions", "weekly_hours", "work_location")
