"""Block 5's "Import…" (a spreadsheet through the import's dialog, or a CSV file) and
"Export CSV…": what the panel says of the file (a list that is not one of OKRs, the lines
skipped, where it was written)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.domain.okr_csv import OkrImport
from facilitator.domain.participant_csv import UnreadableCsvError
from facilitator.domain.sheet_mapping import ImportKind
from facilitator.store.database import Database
from facilitator.ui.blocks.new_okrs.controller import OkrController
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.sheet_import.launcher import SheetImporter

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class CsvHost(Protocol):
    """What the actions need of block 5's panel (it is one)."""

    controller: OkrController
    message: MessageBar

    @property
    def okr_quarter(self) -> str: ...

    def show_okrs(self) -> None: ...


class OkrCsvActions:
    def __init__(self, panel: CsvHost, window: QWidget, db: Database) -> None:
        self._panel = panel
        self._window = window  # the file dialogs' parent
        self.importer = SheetImporter(
            db,
            ImportKind.NEW_OKRS,
            window,
            panel.message,
            self.store_sheet_import,
            direct_csv=self.import_file,
        )

    def store_sheet_import(self, parsed: object, path: Path) -> None:
        """The rows the import's dialog read, added in one transaction."""
        assert isinstance(parsed, OkrImport)
        lines = self._panel.controller.import_parsed(parsed)
        if lines is not None:
            self._said(lines, path)

    def import_file(self, path: Path) -> list[str]:
        """Import OKRs; returns the problems by line (also shown under the buttons)."""
        try:
            imported = self._panel.controller.import_file(path)
        except UnreadableCsvError as error:
            if "no objective column" in error.args:
                self._panel.message.clear_message()
                self.importer.open_file(path)  # its own headers: mapped in the dialog
                return []
            self._panel.message.show_error(
                translate(
                    "OkrPanel",
                    "“{name}” is not an OKR list: it needs a header row with an objective column.",
                ).format(name=path.name)
            )
            return []
        if imported is None:
            return []
        return self._said(imported, path)

    def _said(self, lines: list[str], path: Path) -> list[str]:
        self._panel.show_okrs()
        if lines:
            self._panel.message.show_error(
                "\n".join(
                    [translate("OkrPanel", "Imported, but these lines were skipped:"), *lines]
                )
            )
        else:
            self._panel.message.show_info(
                translate("OkrPanel", "Imported the OKRs from “{name}”.").format(name=path.name)
            )
        return lines

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self._window,
            translate("OkrPanel", "Export OKRs"),
            str(
                Path.home()
                / translate("OkrPanel", "OKRs {quarter}.csv").format(
                    quarter=self._panel.okr_quarter
                )
            ),
            translate("OkrPanel", "CSV files (*.csv)"),
        )
        if path:
            self.export_file(Path(path))

    def export_file(self, path: Path) -> None:
        try:
            self._panel.controller.export_file(path)
        except OSError as error:
            self._panel.message.show_error(str(error))
            return
        self._panel.message.show_info(
            translate("OkrPanel", "Exported to “{name}”.").format(name=path.name)
        )
