"""The meeting's results as a workbook, read back with calamine (a reader we did not write
with) cell by cell and by type, and with openpyxl for what only the file's styles say."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import openpyxl
from python_calamine import CalamineWorkbook

from facilitator.domain.minutes import ShoutOut
from facilitator.report.workbook import write_workbook
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes


def _sheets(path) -> dict[str, list[list]]:
    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def test_each_sheet_holds_real_values_in_the_meetings_language(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    sheets = _sheets(write_workbook(data, tmp_path / "results.xlsx"))
    assert list(sheets) == [
        "Egenevalueringer",
        "Forrige kvartals gjennomgang",
        "Nye OKR-er",
        "Tiltak",
        "Suksesser og læring",
        "Ros",
    ]
    evaluations = sheets["Egenevalueringer"]
    assert evaluations[0][:3] == ["Hvem", "Rapportert av", "Poengsum (1–10)"]
    company = evaluations[1]
    assert company[:3] == ["Selskap", "Ingrid Solheim", 7]  # a number, not "7"
    assert company[-2:] == [7, 11]  # the room's median and how many phones scored
    review = sheets["Forrige kvartals gjennomgang"]
    header = review[0]
    row = dict(zip(header, review[1], strict=True))
    assert row["Start"] == 0 and row["Målverdi"] == 200 and row["Oppnådd"] == 212
    assert row["Framdrift"] == 1.06 and row["Karakter"] == 1.0 and row["Karakter i ord"] == "levert"
    okrs = sheets["Nye OKR-er"]
    approved = dict(zip(okrs[0], okrs[1], strict=True))
    assert isinstance(approved["Godkjent"], datetime) and approved["Godkjent av"]
    actions = sheets["Tiltak"]
    assert any(isinstance(line[2], date) for line in actions[1:])  # due dates are dates
    assert sheets["Ros"][1][3] is False  # passed on: a yes/no cell


def test_the_headers_are_frozen_filtered_and_formatted(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    book = openpyxl.load_workbook(write_workbook(data, tmp_path / "results.xlsx"))
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert (
            sheet.auto_filter.ref
            == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        )
        assert all(cell.font.bold for cell in sheet[1])
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(8 <= width <= 62 for width in widths)
    review = book["Forrige kvartals gjennomgang"]
    formats = {cell.value: review.cell(2, cell.column).number_format for cell in review[1]}
    assert formats["Framdrift"] == "0%" and formats["Karakter"] == "0.0"


def test_typed_text_stays_text_never_a_formula(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    typed = [
        ShoutOut('=HYPERLINK("http://evil.example","Klikk")', "Kari", "+1 <b>fett</b> 🎉", False),
        ShoutOut("@SUM(1;2)", None, "tab\there\x07bell", True),
    ]
    path = write_workbook(replace(data, shout_outs=typed), tmp_path / "typed.xlsx")
    rows = _sheets(path)["Ros"]
    assert rows[1][:3] == ['=HYPERLINK("http://evil.example","Klikk")', "Kari", "+1 <b>fett</b> 🎉"]
    assert rows[2][2] == "tab\therebell"  # the bell a workbook cannot hold is left out
    sheet = openpyxl.load_workbook(path)["Ros"]
    assert sheet["A2"].data_type == "s" and sheet["A3"].data_type == "s"


def test_no_grades_when_the_company_shows_none(db, tmp_path):
    data = replace(load_minutes(db, create_demo_meeting(db)), grade_bands=None)
    header = _sheets(write_workbook(data, tmp_path / "plain.xlsx"))["Forrige kvartals gjennomgang"][
        0
    ]
    assert "Karakter" not in header and "Framdrift" in header
