"""Block 5's "Import CSV…" and "Export CSV…": the file dialogs, and what the panel says of
the file (a list that is not one of OKRs, the lines skipped, where it was written)."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.domain.participant_csv import UnreadableCsvError
from facilitator.ui.blocks.new_okrs.controller import OkrController
from facilitator.ui.message_bar import MessageBar

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class CsvHost(Protocol):
    """What the actions need of block 5's panel (it is one)."""

    controller: OkrController
    message: MessageBar

    @property
    def okr_quarter(self) -> str: ...

    def show_okrs(self) -> None: ...


class OkrCsvActions:
    def __init__(self, panel: CsvHost, window: QWidget) -> None:
        self._panel = panel
        self._window = window  # the file dialogs' parent

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._window,
            translate("OkrPanel", "Import OKRs"),
            str(Path.home()),
            translate("OkrPanel", "CSV files (*.csv *.txt)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> list[str]:
        """Import OKRs; returns the problems by line (also shown under the buttons)."""
        try:
            imported = self._panel.controller.import_file(path)
        except UnreadableCsvError:
            self._panel.message.show_error(
                translate(
                    "OkrPanel",
                    "“{name}” is not an OKR list: it needs a header row with an objective column.",
                ).format(name=path.name)
            )
            return []
        if imported is None:
            return []
        lines = imported
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
