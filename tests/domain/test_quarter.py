from datetime import date

import pytest

from facilitator.domain.quarter import Quarter
from facilitator.domain.validation import Field, ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026 Q4", Quarter(2026, 4)),
        ("2026-q1", Quarter(2026, 1)),
        ("Q3 2027", Quarter(2027, 3)),
        (" 2026Q2 ", Quarter(2026, 2)),
        ("2026 K4", Quarter(2026, 4)),
    ],
)
def test_parses_common_spellings(text, expected):
    assert Quarter.parse(text) == expected
    assert str(Quarter.parse(text)) == str(expected)


@pytest.mark.parametrize("text", ["", "2026", "2026 Q5", "Q0 2026", "26 Q4", "1999 Q1", "spring"])
def test_refuses_what_is_not_a_quarter(text):
    with pytest.raises(ValidationError) as caught:
        Quarter.parse(text)
    assert caught.value.field is Field.QUARTER


def test_arithmetic_crosses_year_boundaries():
    assert Quarter(2026, 4).next() == Quarter(2027, 1)
    assert Quarter(2027, 1).previous() == Quarter(2026, 4)
    assert Quarter.containing(date(2026, 11, 21)) == Quarter(2026, 4)
    assert Quarter.containing(date(2026, 1, 1)) == Quarter(2026, 1)
