"""The validators of the hiring-intent submission, one module per kind of answer.

* :mod:`.identity` — SIRET (python-stdnum), phone (phonenumbers), e-mail;
* :mod:`.text` — answers in free text read out of a sentence: company, job, names, training needs, justification;
* :mod:`.dates` — the start date;
* :mod:`.employer` — the employer type;
* :mod:`.place` — the commune of the job;
* :mod:`.counts` — positions and weekly hours.
* :mod:`.hours` — the job's weekly hours said in a sentence (the check's and the request's one reader, which
  reads each figure with the weekly hours' validator of :mod:`.counts`).

Each validator takes the typed text and returns a
:class:`bot.submission.fields.FieldResult`; which field uses which validator
is :data:`bot.submission.spec.FIELDS`. May import :mod:`bot.submission.fields`,
the spec, :mod:`bot.language`, :mod:`bot.extractors` and :mod:`bot.dialogue.messages`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import phonenumbers
from stdnum.fr import siret as stdnum_siret

from bot.dialogue import messages
from bot.submission.fields import FieldResult
from bot.submission.spec import FIELDS as FIELD_SPECS
from bot.submission.validators.counts import format_hours, validate_positions, validate_weekly_hours
from bot.submission.validators.dates import french_date, looks_like_a_date, validate_start_date
from bot.submission.validators.employer import EMPLOYER_TYPE_LABELS, validate_employer_type
from bot.submission.validators.identity import validate_email, validate_phone, validate_siret
from bot.submission.validators.place import validate_work_location
from bot.submission.validators.text import (
    validate_company_name,
    validate_contact_name,
    validate_job_title,
    validate_justification,
    validate_training_needs,
)

__all__ = [
    "EMPLOYER_TYPE_LABELS",
    "FIELDS",
    "VALIDATORS",
    "format_value",
    "french_date",
    "looks_like_a_date",
    "validate_company_name",
    "validate_contact_name",
    "validate_email",
    "validate_employer_type",
    "validate_field",
    "validate_job_title",
    "validate_justification",
    "validate_phone",
    "validate_positions",
    "validate_siret",
    "validate_start_date",
    "validate_training_needs",
    "validate_weekly_hours",
    "validate_work_location",
]

#: Validator names, in the order their fields are asked.
FIELDS: tuple[str, ...] = tuple(spec.validator for spec in FIELD_SPECS if spec.validator)

#: Validators of one argument, by name (the start date also needs today: see :func:`validate_field`).
VALIDATORS: dict[str, Callable[[str], FieldResult]] = {
    "company_name": validate_company_name,
    "siret": validate_siret,
    "employer_type": validate_employer_type,
    "contact_name": validate_contact_name,
    "email": validate_email,
    "phone": validate_phone,
    "job_title": validate_job_title,
    "work_location": validate_work_location,
    "positions": validate_positions,
    "weekly_hours": validate_weekly_hours,
    "training_needs": validate_training_needs,
    "justification": validate_justification,
}


def validate_field(field: str, text: str, today: date | None = None) -> FieldResult:
    """Validator ``field`` applied to ``text``; ``today`` defaults to the current date."""
    if field == "start_date":
        return validate_start_date(text, today or date.today())
    validator = VALIDATORS.get(field)
    if validator is None:
        raise KeyError(f"unknown submission field: {field}")
    return validator(text)


def format_value(field: str, value: Any) -> str:
    """French display of a validated value for the recap."""
    if value is None:
        return messages.NOT_GIVEN
    try:
        if field == "start_date" and isinstance(value, date):
            return french_date(value)
        if field == "phone":
            parsed = phonenumbers.parse(str(value), "FR")
            style = phonenumbers.PhoneNumberFormat.NATIONAL if parsed.country_code == 33 else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            return phonenumbers.format_number(parsed, style)
        if field == "weekly_hours":
            return format_hours(float(value))
        if field == "work_location" and isinstance(value, dict):
            commune = value.get("commune") or ""
            code = value.get("postal_code")
            return messages.COMMUNE_WITH_POSTAL_CODE.format(commune=commune, code=code) if code else str(commune)
        if field == "employer_type":
            return EMPLOYER_TYPE_LABELS.get(str(value), str(value))
        if field == "siret":
            return stdnum_siret.format(str(value))
        if field == "positions":
            count = int(value)
            return (messages.ONE_POSITION if count == 1 else messages.POSITIONS).format(count=count)
    except (ValueError, TypeError, phonenumbers.NumberParseException):
        pass
    return str(value)
