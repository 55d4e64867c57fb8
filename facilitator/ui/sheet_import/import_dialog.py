"""The spreadsheet import's dialog: the sheet and the row the headers are on, one choice of
column per field (guessed, changed where the guess is wrong), the first rows as they will
be read, the rows that will be refused and why, and Import.

It holds no store call: on Import it says `importRequested` with the parsed rows, and the
page that opened it stores them in one transaction."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.messages import validation_message
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken
from facilitator.ui.sheet_import.import_state import ImportState
from facilitator.ui.sheet_import.sheet_texts import field_label, open_elsewhere_sentence, title
from facilitator.ui.tables import table_view

NOT_IN_FILE = -1
PREVIEW_ROWS = 8


class SheetImportDialog(QDialog):
    importRequested = Signal(object)  # ParticipantImport or OkrImport

    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        named(self, "sheetImportDialog")
        self.state = state
        self.setWindowTitle(title(state.kind))
        self.resize(860, 640)
        layout = QVBoxLayout(self)
        self.file_label = named(QLabel(), "importFile")
        self.file_label.setWordWrap(True)
        self.file_label.setText(self.tr("From “{file}”").format(file=state.file.path.name))
        layout.addWidget(self.file_label)
        self.notice = named(MessageBar(), "importNotice")
        if state.file.open_in is not None:
            self.notice.show_info(open_elsewhere_sentence(state.file.path, state.file.open_in))
        layout.addWidget(self.notice)
        layout.addLayout(self._build_source())
        layout.addWidget(self._build_columns())
        layout.addWidget(self._build_preview(), 1)
        self.summary = named(QLabel(), "importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.refusals = named(QPlainTextEdit(), "importRefusals")
        self.refusals.setReadOnly(True)
        self.refusals.setMaximumHeight(110)
        spoken(self.refusals, self.tr("Rows that will be refused"))
        layout.addWidget(self.refusals)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = named(QPushButton(), "importButton")
        self.import_button.setDefault(True)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        state.changed.connect(self._show_state)
        self._show_state()

    # -- building ---------------------------------------------------------------------------

    def _build_source(self) -> QFormLayout:
        form = QFormLayout()
        self.sheet_box = named(QComboBox(), "importSheet")
        for sheet in self.state.file.sheets:
            self.sheet_box.addItem(sheet.name)
        self.sheet_box.setCurrentIndex(self.state.sheet_index)
        self.sheet_box.activated.connect(self.state.choose_sheet)
        sheet_label = QLabel(self.tr("&Sheet"))
        sheet_label.setBuddy(self.sheet_box)
        form.addRow(sheet_label, self.sheet_box)
        sheet_label.setVisible(len(self.state.file.sheets) > 1)
        self.sheet_box.setVisible(len(self.state.file.sheets) > 1)
        self.header_spin = named(QSpinBox(), "importHeaderRow")
        self.header_spin.setSpecialValueText(self.tr("No header row"))
        self.header_spin.setKeyboardTracking(False)
        self.header_spin.setMaximumWidth(180)
        self.header_spin.valueChanged.connect(self._header_chosen)
        header_label = QLabel(self.tr("&Headers on row"))
        header_label.setBuddy(self.header_spin)
        form.addRow(header_label, self.header_spin)
        return form

    def _build_columns(self) -> QGroupBox:
        box = named(QGroupBox(self.tr("Which column holds what")), "importColumns")
        grid = QGridLayout(box)
        self.column_boxes: dict[str, QComboBox] = {}
        for index, name in enumerate(self.state.fields):
            combo = named(QComboBox(), f"importColumn_{name.replace(' ', '_')}")
            combo.activated.connect(lambda _i, n=name, c=combo: self._column_chosen(n, c))
            label = QLabel(field_label(name))
            label.setBuddy(combo)
            row, column = divmod(index, 2)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            self.column_boxes[name] = combo
        return box

    def _build_preview(self) -> QWidget:
        self.preview_model = QStandardItemModel(self)
        self.preview = table_view("importPreview")
        self.preview.setModel(self.preview_model)
        spoken(self.preview, self.tr("The first rows as they will be imported"))
        self.preview.setEditTriggers(self.preview.EditTrigger.NoEditTriggers)
        self.preview.setCornerButtonEnabled(False)  # the row numbers are the sheet's
        corner = self.preview.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            spoken(corner, self.tr("Row numbers as in the spreadsheet"))
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        return self.preview

    # -- showing the state ----------------------------------------------------------------

    def _show_state(self) -> None:
        state = self.state
        self.sheet_box.setCurrentIndex(state.sheet_index)
        self.header_spin.blockSignals(True)
        self.header_spin.setRange(0, max(1, min(len(state.sheet.rows), 50)))
        header = state.mapping.header_row
        self.header_spin.setValue(0 if header is None else header + 1)
        self.header_spin.blockSignals(False)
        names = state.column_names()
        for name, combo in self.column_boxes.items():
            combo.clear()
            combo.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for index, column in enumerate(names):
                combo.addItem(column, index)
            chosen = state.mapping.columns.get(name)
            combo.setCurrentIndex(combo.findData(NOT_IN_FILE if chosen is None else chosen))
            spoken(combo, self.tr("Column for “{field}”").format(field=field_label(name)))
        self._show_preview()
        self._show_outcome()

    def _show_preview(self) -> None:
        state = self.state
        shown = [name for name in state.fields if name in state.mapping.columns]
        self.preview_model.clear()
        self.preview_model.setHorizontalHeaderLabels([field_label(n) for n in shown])
        positions = [state.fields.index(n) for n in shown]
        rows = state.preview(PREVIEW_ROWS)
        refused = {r.line: validation_message(r.error) for r in state.refusals()}
        for line, texts in rows:
            items = [QStandardItem(texts[p]) for p in positions]
            for item in items:
                item.setToolTip(refused.get(line, ""))
            self.preview_model.appendRow(items)
        # A refused row is marked by its number (not by colour alone), its reason below.
        self.preview_model.setVerticalHeaderLabels(
            [f"{line} ⚠" if line in refused else str(line) for line, _ in rows]
        )
        self.preview.resizeColumnsToContents()

    def _show_outcome(self) -> None:
        state = self.state
        taken, refused = state.taken(), state.refusals()
        if not state.can_import() and taken == 0 and not state.mapping.columns:
            self.summary.setText(self.tr("Choose the column that holds each field."))
        elif taken == 0 and not refused:
            self.summary.setText(self.tr("No rows below the headers."))
        else:
            text = self.tr("%n row(s) will be imported", "", taken)
            if refused:
                text += self.tr("; %n will be refused:", "", len(refused))
            self.summary.setText(text + ("" if refused else "."))
        self.refusals.setVisible(bool(refused))
        self.refusals.setPlainText(
            "\n".join(
                self.tr("Row {line}: {reason}").format(
                    line=r.line, reason=validation_message(r.error)
                )
                for r in refused
            )
        )
        self.import_button.setText(self.tr("&Import %n row(s)", "", taken))
        self.import_button.setEnabled(state.can_import())

    # -- the leader's choices -------------------------------------------------------------

    def _header_chosen(self, row: int) -> None:
        self.state.set_header_row(None if row == 0 else row - 1)

    def _column_chosen(self, name: str, combo: QComboBox) -> None:
        data = combo.currentData()
        self.state.set_column(name, None if data in (None, NOT_IN_FILE) else int(data))

    def _import(self) -> None:
        if not self.state.can_import():
            return
        self.state.remember()
        self.importRequested.emit(self.state.parsed())
        self.accept()
