"""CSV files as people have them: Excel's encodings and separators, Norwegian headers with
first and last name columns, names with commas, and files that are not text at all."""

from __future__ import annotations

import codecs
import random

import pytest

from facilitator.domain.csv_text import UnreadableCsvError
from facilitator.domain.okr_csv import parse_okrs
from facilitator.domain.participant_csv import parse_participants

ROWS = [
    ("Nordmann, Kari", "kari@firma.no", "Salg"),
    ("Ødegård, Åse", "ase@firma.no", "Økonomi"),
    ("Bø, Ørjan", "", "Salg"),
]


def _table(delimiter: str, header=("Navn", "E-post", "Avdeling")) -> str:
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in ROWS]
    return "\r\n".join(lines) + "\r\n"


def _names(data: bytes) -> list[str]:
    return [p.name for p in parse_participants(data).participants]


def test_a_semicolon_file_whose_names_hold_commas():
    assert _names(_table(";").encode("utf-8")) == [r[0] for r in ROWS]


@pytest.mark.parametrize(
    "encoded",
    [
        _table(";").encode("utf-8-sig"),
        _table(";").encode("cp1252"),
        codecs.BOM_UTF16_LE + _table("\t").encode("utf-16-le"),  # Excel's "Unicode text"
        codecs.BOM_UTF16_BE + _table("\t").encode("utf-16-be"),
        _table(",")
        .replace("Nordmann, Kari", '"Nordmann, Kari"')
        .replace("Ødegård, Åse", '"Ødegård, Åse"')
        .replace("Bø, Ørjan", '"Bø, Ørjan"')
        .encode("utf-8"),
        ("sep=;\r\n" + _table(";")).encode("cp1252"),
    ],
    ids=["utf-8 BOM", "windows-1252", "utf-16 LE tabs", "utf-16 BE tabs", "quoted commas", "sep="],
)
def test_excels_encodings_and_separators(encoded):
    result = parse_participants(encoded)
    assert [p.name for p in result.participants] == [r[0] for r in ROWS]
    assert [p.department for p in result.participants] == ["Salg", "Økonomi", "Salg"]


def test_separate_first_and_last_name_columns_as_norwegian_offices_write_them():
    text = "Fornavn;Etternavn;E-post;Avdeling\r\nKari;Nordmann;kari@firma.no;Salg\r\nÅse;Ødegård;;Økonomi\r\n"
    assert _names(text.encode("cp1252")) == ["Kari Nordmann", "Åse Ødegård"]


def test_a_file_that_is_not_text_is_refused():
    noise = random.Random(4).randbytes(4096)
    with pytest.raises(UnreadableCsvError):
        parse_participants(noise)
    with pytest.raises(UnreadableCsvError):
        parse_participants(b"\x89PNG\r\n\x1a\n" + random.Random(5).randbytes(2000))


def test_every_refused_line_is_named_and_the_good_ones_kept():
    text = "Navn;E-post\r\nKari Nordmann;kari@firma.no\r\n;ingen@firma.no\r\nPer;per@@firma\r\nÅse;ase@firma.no\r\n"
    result = parse_participants(text.encode())
    assert [p.name for p in result.participants] == ["Kari Nordmann", "Åse"]
    assert [(e.line, e.error.field.value) for e in result.errors] == [
        (3, "participant_name"),
        (4, "email"),
    ]


def test_okr_files_use_the_same_reading():
    text = "Mål\tNøkkelresultat\tStart\tMålverdi\r\nFlere fornøyde kunder\tNPS\t20\t40\r\n"
    result = parse_okrs(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert [(r.objective, r.key_result, r.start, r.target) for r in result.rows] == [
        ("Flere fornøyde kunder", "NPS", 20, 40)
    ]
