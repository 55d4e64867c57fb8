"""Numbers, percentages and dates in the minutes' language, every digit kept."""

from datetime import date, time

from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.formatting import clock, long_date, number, percent, short_date
from facilitator.domain.okr import parse_number


def test_numbers_keep_every_digit_and_follow_the_language():
    assert number(12_345_678, "nb") == "12\u00a0345\u00a0678"
    assert number(12_345_678, "en") == "12,345,678"
    assert number(97.5, "nb") == "97,5" and number(97.5, "en") == "97.5"
    assert number(0.125, "en") == "0.125"
    assert number(None) == "–"


def test_percent_dates_and_clock():
    assert percent(0.85, "nb") == "85\u00a0%" and percent(0.85, "en") == "85%"
    assert short_date(date(2026, 12, 17), "nb") == "17.12.2026"
    assert short_date(date(2026, 12, 17), "en") == "17 Dec 2026"
    assert long_date(date(2026, 12, 17), "en") == "17 December 2026"
    assert clock(time(9, 5), "en") == "09:05"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_a_number_shown_in_norwegian_reads_back_the_same(value):
    assert parse_number(number(value, "nb")) == value


@given(
    st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
    .map(lambda v: round(v, 4))
    .filter(lambda v: not v.is_integer())
)
def test_a_decimal_shown_in_english_reads_back_the_same(value):
    # (A whole number with one comma, "1,234", is 1.234 to a Norwegian: the UI reads
    # typed numbers with its own locale first, see ui/numbers.py.)
    assert parse_number(number(value, "en")) == value
