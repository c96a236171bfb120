"""A French number in a range not allocated says why it is refused (twenty-sixth blind user test, u26-11)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dialogue import messages
from bot.submission.validators import validate_field

TODAY = dt.date(2026, 11, 27)


@pytest.mark.parametrize("typed", ["07 12 34 56 78", "0712345678", "+33 7 12 34 56 78"])
def test_a_mobile_number_in_an_unallocated_range_is_refused_with_why(typed: str) -> None:
    read = validate_field("phone", typed, TODAY)
    assert read.value is None
    ranges = messages.PHONE_ALLOCATED_RANGES.format(parent="07", first="073", last="079")
    assert read.error == messages.PHONE_UNALLOCATED.format(prefix="071", ranges=ranges)


def test_a_number_with_no_allocated_range_reason_keeps_the_general_message() -> None:
    read = validate_field("phone", "0012345678", TODAY)
    assert read.value is None and read.error == messages.PHONE_INVALID.format(example=messages.PHONE_EXAMPLE)


@pytest.mark.parametrize(("typed", "stored"), [("07 81 23 45 67", "+33781234567"), ("06 12 34 56 78", "+33612345678")])
def test_allocated_numbers_are_kept(typed: str, stored: str) -> None:
    assert validate_field("phone", typed, TODAY).value == stored
