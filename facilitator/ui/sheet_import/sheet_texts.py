"""What the import says: the fields' names, and one sentence for a file it cannot read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitator.domain.sheet_mapping import ImportKind
from facilitator.domain.sheet_reading import LockedBy, SheetProblem, UnreadableSheetError
from facilitator.translation import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("SheetImport", "Name"),
    "first_name": QT_TRANSLATE_NOOP("SheetImport", "First name"),
    "last_name": QT_TRANSLATE_NOOP("SheetImport", "Last name"),
    "email": QT_TRANSLATE_NOOP("SheetImport", "E-mail"),
    "department": QT_TRANSLATE_NOOP("SheetImport", "Department"),
    "present": QT_TRANSLATE_NOOP("SheetImport", "Present"),
    "objective": QT_TRANSLATE_NOOP("SheetImport", "Objective"),
    "key result": QT_TRANSLATE_NOOP("SheetImport", "Key result"),
    "owner": QT_TRANSLATE_NOOP("SheetImport", "Owner"),
    "start": QT_TRANSLATE_NOOP("SheetImport", "Start"),
    "target": QT_TRANSLATE_NOOP("SheetImport", "Target"),
    "unit": QT_TRANSLATE_NOOP("SheetImport", "Unit"),
    "linked to": QT_TRANSLATE_NOOP("SheetImport", "Aligned to"),
    "achieved": QT_TRANSLATE_NOOP("SheetImport", "Achieved"),
    "key result owner": QT_TRANSLATE_NOOP("SheetImport", "Key result owner"),
}


def field_label(name: str) -> str:
    return translate("SheetImport", FIELD_LABELS[name])


def title(kind: ImportKind) -> str:
    return {
        ImportKind.PARTICIPANTS: translate("SheetImport", "Import participants"),
        ImportKind.LAST_QUARTER: translate("SheetImport", "Import last quarter's OKRs"),
        ImportKind.NEW_OKRS: translate("SheetImport", "Import new OKRs"),
    }[kind]


def file_filter() -> str:
    return translate(
        "SheetImport",
        "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt *.tsv);;All files (*)",
    )


def unreadable_sentence(path: Path, error: Exception | None) -> str:
    """One sentence for a file that is not read; nothing is imported."""
    name = path.name
    if isinstance(error, UnreadableSheetError):
        if error.problem is SheetProblem.PASSWORD:
            return translate(
                "SheetImport",
                "“{name}” is protected by a password. Open it in Excel or LibreOffice, save "
                "a copy without the password, and import that copy.",
            ).format(name=name)
        if error.problem is SheetProblem.EMPTY:
            return translate("SheetImport", "“{name}” holds no filled cells.").format(name=name)
        if error.problem is SheetProblem.TOO_LONG:
            return translate(
                "SheetImport",
                "“{name}” has a sheet of more than {rows} rows: not a list to import.",
            ).format(name=name, rows=error.detail)
        return translate(
            "SheetImport",
            "“{name}” is not a spreadsheet this app can read (Excel, LibreOffice or CSV).",
        ).format(name=name)
    if isinstance(error, OSError):
        return translate("SheetImport", "“{name}” could not be read: {reason}").format(
            name=name, reason=error.strerror or error
        )
    return translate("SheetImport", "“{name}” could not be read.").format(name=name)


def open_elsewhere_sentence(path: Path, program: LockedBy) -> str:
    where = "Excel" if program is LockedBy.EXCEL else "LibreOffice"
    return translate(
        "SheetImport",
        "“{name}” is open in {program}: what was last saved is read. Save it there first "
        "if you have just changed it.",
    ).format(name=path.name, program=where)
