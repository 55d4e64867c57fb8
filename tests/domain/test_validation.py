import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.validation import (
    Field,
    Problem,
    ValidationError,
    name_key,
    optional_email,
    require_name,
)


def test_names_are_tidied_and_blank_names_refused():
    assert require_name(Field.PARTICIPANT_NAME, "  Åse   Ødegård ") == "Åse Ødegård"
    with pytest.raises(ValidationError) as caught:
        require_name(Field.PARTICIPANT_NAME, "   ")
    assert (caught.value.field, caught.value.problem) == (Field.PARTICIPANT_NAME, Problem.BLANK)


def test_overlong_name_is_refused():
    with pytest.raises(ValidationError) as caught:
        require_name(Field.COMPANY, "x" * 201)
    assert caught.value.problem is Problem.TOO_LONG


@pytest.mark.parametrize("email", ["kari@firma.no", "per.øyvind@bedrift.example.no", "a+b@c.io"])
def test_valid_emails_pass(email):
    assert optional_email(f" {email} ") == email


@pytest.mark.parametrize(
    "email",
    [
        "kari",
        "kari@",
        "@firma.no",
        "kari@firma",
        "ka ri@firma.no",
        "kari@@firma.no",
        "kari@firma..no",
    ],
)
def test_invalid_emails_name_the_field(email):
    with pytest.raises(ValidationError) as caught:
        optional_email(email)
    assert caught.value.field is Field.EMAIL


def test_empty_email_is_allowed():
    assert optional_email("") is None
    assert optional_email(None) is None


_WORDS = st.lists(
    st.text(alphabet=st.characters(whitelist_categories=("L", "N")), min_size=1),
    min_size=1,
    max_size=4,
)


@given(_WORDS)
def test_name_key_ignores_spacing(words):
    assert name_key("  ".join(words) + "  ") == name_key(" ".join(words))


def test_name_key_ignores_case():
    assert name_key("ÅSE ØDEGÅRD") == name_key("åse ødegård")
