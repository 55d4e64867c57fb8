"""Spreadsheets read as people keep them: files written by independent writers (XlsxWriter,
openpyxl, odfpy, msoffcrypto-tool), mapped from Norwegian and English headers, and read as
participants and OKRs with their refusals."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest

from facilitator.domain.sheet import Percent, Sheet
from facilitator.domain.sheet_mapping import (
    ColumnMapping,
    ImportKind,
    decode_mapping,
    encode_mapping,
    guess_mapping,
    layout_key,
)
from facilitator.domain.sheet_reading import (
    LockedBy,
    SheetProblem,
    UnreadableSheetError,
    read_sheets,
)
from facilitator.domain.sheet_rows import okrs_from, participants_from
from facilitator.domain.validation import Field, Problem


def okr_workbook(path: Path) -> Path:
    """As a company keeps last quarter in Excel: a merged title row above the headers (one
    with a soft hyphen), the objective merged down over its key results, a formula, a
    percentage cell, a date and an empty row between two objectives."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("Q3 2026")
    percent = book.add_format({"num_format": "0 %"})
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    sheet.merge_range("A1:G1", "OKR-er tredje kvartal")
    sheet.write_row(1, 0, ["Mål", "Nøkkelresultat", "Start", "Mål\u00adverdi", "Oppnådd"])
    sheet.write_row(1, 5, ["Eier", "Frist"])
    sheet.merge_range("A3:A4", "Vokse i Norden")
    sheet.write_row(2, 1, ["Omsetning (kr)", 0, 12345678])
    sheet.write_formula(2, 4, "=D3/2", None, 6172839)
    sheet.write(2, 5, "Kari Nordmann")
    sheet.write_datetime(2, 6, datetime(2026, 9, 30), day)
    sheet.write_row(3, 1, ["Andel fornøyde kunder"])
    sheet.write_number(3, 2, 0.5, percent)
    sheet.write_number(3, 3, 0.9, percent)
    sheet.write_number(3, 4, 0.85, percent)
    sheet.write(3, 5, "Ola Hansen")
    # row 5 is empty: a second block follows
    sheet.write_row(5, 0, ["Færre feil", "Feil per uke", 40, 10, "tolv"])
    book.add_worksheet("Notater").write(0, 0, "Husk kaffe")
    book.close()
    return path


def test_an_excel_workbook_is_read_with_its_types_merges_formulas_and_percentages(tmp_path):
    file = read_sheets(okr_workbook(tmp_path / "okr.xlsx"))
    assert [s.name for s in file.sheets] == ["Q3 2026", "Notater"]
    rows = file.sheets[0].rows
    assert rows[2][:5] == ["Vokse i Norden", "Omsetning (kr)", 0.0, 12345678.0, 6172839.0]
    assert rows[3][0] == "Vokse i Norden"  # merged down over its key results
    assert rows[2][6] in (datetime(2026, 9, 30), date(2026, 9, 30))
    assert isinstance(rows[3][4], Percent) and rows[3][4] == pytest.approx(85)
    assert file.open_in is None


def test_the_okr_sheet_is_mapped_from_its_norwegian_headers_below_a_title(tmp_path):
    sheet = read_sheets(okr_workbook(tmp_path / "okr.xlsx")).sheets[0]
    mapping = guess_mapping(sheet, ImportKind.LAST_QUARTER)
    assert mapping.header_row == 1
    assert mapping.columns == {
        "objective": 0,
        "key result": 1,
        "start": 2,
        "target": 3,
        "achieved": 4,
        "owner": 5,
    }
    parsed = okrs_from(sheet, mapping)
    first, second = parsed.rows
    assert (first.line, first.objective, first.key_result) == (
        3,
        "Vokse i Norden",
        "Omsetning (kr)",
    )
    assert (first.start, first.target, first.achieved) == (0, 12345678, 6172839)
    assert first.owner == "Kari Nordmann"
    # The percentage cells are read as shown, and their unit is "%".
    assert (second.start, second.target, second.achieved) == pytest.approx((50, 90, 85))
    assert second.unit == "%" and second.objective == "Vokse i Norden"
    # The empty row is skipped; "tolv" is no number, refused with its row and field.
    [(line, error)] = parsed.errors
    assert line == 6 and error.field is Field.NUMBER and error.value == "tolv"


def test_a_workbook_from_openpyxl_and_an_okr_tools_english_export(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Export"
    sheet.append(["Team", "Objective Title", "Key Result Title", "Start Value", "Target Value"])
    sheet.append(["Sales", "Win the north", "New customers", 3, 12])
    sheet.append(["Sales", "Win the north", "Churn", 9, 4])
    book.save(tmp_path / "perdoo.xlsx")
    read = read_sheets(tmp_path / "perdoo.xlsx").sheets[0]
    mapping = guess_mapping(read, ImportKind.NEW_OKRS)
    assert mapping.columns == {
        "department": 0,
        "objective": 1,
        "key result": 2,
        "start": 3,
        "target": 4,
    }
    rows = okrs_from(read, mapping).rows
    assert [(r.department, r.key_result, r.start, r.target) for r in rows] == [
        ("Sales", "New customers", 3, 12),
        ("Sales", "Churn", 9, 4),
    ]


def ods_file(path: Path) -> Path:
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    document = OpenDocumentSpreadsheet()
    table = Table(name="Deltakere")

    def row(*cells):
        table_row = TableRow()
        for cell in cells:
            if isinstance(cell, float):
                table_cell = TableCell(valuetype="float", value=cell)
            else:
                table_cell = TableCell(valuetype="string")
            table_cell.addElement(P(text=str(cell)))
            table_row.addElement(table_cell)
        table.addElement(table_row)

    row("Fornavn", "Etternavn", "E-post", "Avdeling", "Ansattnr")
    row("Kari", "Nordmann", "kari@firma.no", "Salg", 12345678.0)
    row("Åse", "Bø", "ikke-en-adresse", "Drift", 2.0)
    document.spreadsheet.addElement(table)
    document.save(str(path))
    return path


def test_a_libreoffice_sheet_of_people_with_first_and_last_names(tmp_path):
    sheet = read_sheets(ods_file(tmp_path / "folk.ods")).sheets[0]
    assert sheet.name == "Deltakere" and sheet.rows[1][4] == 12345678.0
    mapping = guess_mapping(sheet, ImportKind.PARTICIPANTS)
    assert mapping.columns == {"first_name": 0, "last_name": 1, "email": 2, "department": 3}
    parsed = participants_from(sheet, mapping)
    [kari] = parsed.participants
    assert (kari.line, kari.name, kari.email, kari.department) == (
        2,
        "Kari Nordmann",
        "kari@firma.no",
        "Salg",
    )
    [refused] = parsed.errors
    assert refused.line == 3 and refused.error.field is Field.EMAIL


def test_people_without_a_header_row_are_found_by_their_content():
    sheet = Sheet("Ark1", [["Kari Nordmann", "kari@firma.no"], ["Ola Hansen", "ola@firma.no"]])
    mapping = guess_mapping(sheet, ImportKind.PARTICIPANTS)
    assert mapping == ColumnMapping(None, {"name": 0, "email": 1})
    names = [p.name for p in participants_from(sheet, mapping, {"ola hansen"}).participants]
    assert names == ["Kari Nordmann"]  # Ola is already in the meeting


def test_a_password_protected_workbook_is_refused_as_such(tmp_path):
    import msoffcrypto
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = okr_workbook(tmp_path / "plain.xlsx")
    encrypted = io.BytesIO()
    with plain.open("rb") as source:
        OOXMLFile(source).encrypt("hemmelig", encrypted)
    locked = tmp_path / "locked.xlsx"
    locked.write_bytes(encrypted.getvalue())
    assert msoffcrypto.olefile.isOleFile(str(locked))
    with pytest.raises(UnreadableSheetError) as refused:
        read_sheets(locked)
    assert refused.value.problem is SheetProblem.PASSWORD


def test_a_file_open_in_excel_or_libreoffice_is_read_and_said(tmp_path):
    path = okr_workbook(tmp_path / "kvartal.xlsx")
    (tmp_path / "~$kvartal.xlsx").write_bytes(b"\x00")
    assert read_sheets(path).open_in is LockedBy.EXCEL
    (tmp_path / "~$kvartal.xlsx").unlink()
    (tmp_path / ".~lock.kvartal.xlsx#").write_text("x")
    assert read_sheets(path).open_in is LockedBy.LIBREOFFICE


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(200), SheetProblem.NOT_A_SPREADSHEET),
        ("broken.ods", b"PK\x03\x04 not really a zip", SheetProblem.NOT_A_SPREADSHEET),
        ("old.xls", bytes(range(256)) * 4, SheetProblem.NOT_A_SPREADSHEET),
        ("empty.csv", b"  \n", SheetProblem.NOT_A_SPREADSHEET),
    ],
)
def test_what_is_no_spreadsheet_is_refused_in_one_sentence(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UnreadableSheetError) as refused:
        read_sheets(path)
    assert refused.value.problem is problem


def test_a_csv_file_goes_through_the_same_import(tmp_path):
    path = tmp_path / "folk.csv"
    path.write_bytes(
        "Navn;E-post\r\nKari Nordmann;kari@firma.no\r\n\r\nØyvind;\r\n".encode("cp1252")
    )
    file = read_sheets(path)
    assert file.encoding == "windows-1252"
    sheet = file.sheets[0]
    mapping = guess_mapping(sheet, ImportKind.PARTICIPANTS)
    parsed = participants_from(sheet, mapping)
    assert [(p.line, p.name) for p in parsed.participants] == [(2, "Kari Nordmann"), (4, "Øyvind")]


def test_a_mapping_is_remembered_for_its_layout_and_refused_when_it_no_longer_fits():
    sheet = Sheet("A", [["Ansatt", "Jobb", "Adresse"], ["Kari", "Salg", "kari@firma.no"]])
    chosen = ColumnMapping(0, {"name": 0, "department": 1, "email": 2})
    text = encode_mapping(chosen)
    assert decode_mapping(text, ImportKind.PARTICIPANTS, sheet) == chosen
    narrow = Sheet("A", [["Ansatt"], ["Kari"]])
    assert decode_mapping(text, ImportKind.PARTICIPANTS, narrow) is None
    assert decode_mapping("nonsense", ImportKind.PARTICIPANTS, sheet) is None
    other = Sheet("A", [["Navn", "Jobb", "Adresse"], ["Kari", "Salg", "kari@firma.no"]])
    assert layout_key(sheet, ImportKind.PARTICIPANTS, 0) != layout_key(
        other, ImportKind.PARTICIPANTS, 0
    )
    assert layout_key(sheet, ImportKind.PARTICIPANTS, 0) != layout_key(
        sheet, ImportKind.NEW_OKRS, 0
    )


def test_a_blank_objective_is_refused_with_its_row():
    sheet = Sheet("A", [["Objective", "Key result"], [None, "Orphan"], ["Grow", "Sales"]])
    parsed = okrs_from(sheet, guess_mapping(sheet, ImportKind.NEW_OKRS))
    assert [r.key_result for r in parsed.rows] == ["Sales"]
    [(line, error)] = parsed.errors
    assert line == 2 and (error.field, error.problem) == (Field.OBJECTIVE, Problem.BLANK)
