"""Participant lists as Excel and Google Sheets export them."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain.participant_csv import UnreadableCsvError, parse_participants
from facilitator.domain.validation import Field, Problem


def test_comma_file_with_english_header():
    data = b"Name,Email,Department\nKari Nordmann,kari@firma.no,Sales\nOla Hansen,,IT\n"
    result = parse_participants(data)
    assert [(p.name, p.email, p.department) for p in result.participants] == [
        ("Kari Nordmann", "kari@firma.no", "Sales"),
        ("Ola Hansen", None, "IT"),
    ]
    assert result.errors == []
    assert result.delimiter == ","


def test_semicolon_file_with_bom_and_norwegian_header():
    text = (
        "navn;e-post;avdeling\r\n"
        "Åse Ødegård;ase@firma.no;Salg og marked\r\n"
        "Bjørn Kråkenes;;Drift\r\n"
    )
    result = parse_participants(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert [p.name for p in result.participants] == ["Åse Ødegård", "Bjørn Kråkenes"]
    assert result.participants[0].department == "Salg og marked"
    assert result.delimiter == ";"
    assert result.encoding == "utf-8"


def test_windows_1252_file_keeps_norwegian_letters():
    text = "Navn;E-post;Avdeling\nHåkon Sæther;hakon@firma.no;Økonomi\nSølvi Ålvik;;Kundeservice\n"
    result = parse_participants(text.encode("cp1252"))
    assert result.encoding == "windows-1252"
    assert [(p.name, p.department) for p in result.participants] == [
        ("Håkon Sæther", "Økonomi"),
        ("Sølvi Ålvik", "Kundeservice"),
    ]


def test_bad_rows_are_reported_by_line_and_good_rows_kept():
    data = (
        b"Name,E-mail,Department\n"
        b"Kari Nordmann,kari@firma.no,Sales\n"
        b",nobody@firma.no,Sales\n"  # line 3: no name
        b"Ola Hansen,not-an-address,IT\n"  # line 4: bad e-mail
        b"kari  nordmann,,Sales\n"  # line 5: duplicate of line 2
        b"\n"
        b"Per Berg,per@firma.no,IT\n"
    )
    result = parse_participants(data)
    assert [p.name for p in result.participants] == ["Kari Nordmann", "Per Berg"]
    assert [(e.line, e.error.field, e.error.problem) for e in result.errors] == [
        (3, Field.PARTICIPANT_NAME, Problem.BLANK),
        (4, Field.EMAIL, Problem.INVALID),
        (5, Field.PARTICIPANT_NAME, Problem.DUPLICATE),
    ]
    assert result.participants[1].line == 7


def test_names_already_in_the_meeting_are_duplicates():
    result = parse_participants(b"name\nKari Nordmann\nOla\n", existing_names={"kari nordmann"})
    assert [p.name for p in result.participants] == ["Ola"]
    assert result.errors[0].line == 2


def test_excel_sep_line_quoted_fields_and_present_column():
    data = b'sep=;\nNavn;Avdeling;Til stede\n"Berg; Per";"Salg";ja\nLise Li;IT;nei\n'
    result = parse_participants(data)
    assert [(p.name, p.present, p.line) for p in result.participants] == [
        ("Berg; Per", True, 3),
        ("Lise Li", False, 4),
    ]


def test_file_without_header_is_read_as_name_email_department():
    result = parse_participants(b"Kari Nordmann,kari@firma.no,Salg\n")
    assert result.participants[0].department == "Salg"


@pytest.mark.parametrize(
    "data", [b"", b"\n\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00", b"E-mail;Department\na@b.no;IT\n"]
)
def test_unreadable_files_are_refused_as_a_whole(data):
    with pytest.raises(UnreadableCsvError):
        parse_participants(data)


_NAME = st.text(
    alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=40
).filter(lambda s: s.strip())


@given(st.lists(_NAME, min_size=1, max_size=8, unique_by=lambda s: " ".join(s.split()).casefold()))
def test_any_names_with_markup_and_emoji_survive_a_round_trip(names):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Navn", "E-post", "Avdeling"])
    for name in names:
        writer.writerow([name, "", "<b>R&D</b> 🚀"])
    result = parse_participants(buffer.getvalue().encode("utf-8-sig"))
    assert [p.name for p in result.participants] == [" ".join(n.split()) for n in names]
    assert all(p.department == "<b>R&D</b> 🚀" for p in result.participants)


def test_a_name_with_a_quote_and_a_comma_does_not_fool_the_separator():
    """Hypothesis found it: a quoted name holding a quote and a comma made the standard
    library's sniffer choose commas."""
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["Navn", "E-post", "Avdeling"])
    writer.writerow(['",', "", "<b>R&D</b> 🚀"])
    result = parse_participants(buffer.getvalue().encode("utf-8-sig"))
    assert [(p.name, p.department) for p in result.participants] == [('",', "<b>R&D</b> 🚀")]
