"""Opening the import from a page's button: the file dialog, reading the file off the app's
thread (one sentence on the page for a file that is not read), and the import's dialog.
What the dialog parsed goes to the page's `store` callable, which keeps it in one
transaction.

A CSV file goes first to the page's own CSV import (`direct_csv`, as before: our columns,
in the background for a big file); only one whose headers it does not know comes to the
dialog, to be mapped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from facilitator.domain.sheet_mapping import ImportKind
from facilitator.domain.sheet_reading import CSV, SheetFile, UnreadableSheetError, read_sheets
from facilitator.store.database import Database
from facilitator.ui.background import BackgroundTask
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.sheet_import.sheet_texts import file_filter, title, unreadable_sentence

if TYPE_CHECKING:  # the dialog is imported when a file is first opened, not at start
    from facilitator.ui.sheet_import.import_dialog import SheetImportDialog
    from facilitator.ui.sheet_import.import_state import Parsed

# The settings the window keeps, per store (as its message bridge): where each import's
# mapping is remembered. A page without a window (a test) remembers nothing.
_SETTINGS: WeakKeyDictionary[Database, QSettings] = WeakKeyDictionary()


def use_settings(db: Database, settings: QSettings) -> None:
    _SETTINGS[db] = settings


class SheetImporter(QObject):
    def __init__(
        self,
        db: Database,
        kind: ImportKind,
        page: QWidget,
        message: MessageBar,
        store: Callable[[Parsed, Path], None],
        existing_names: Callable[[], set[str]] = set,
        direct_csv: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(page)
        self._db, self.kind, self._page, self._message = db, kind, page, message
        self._store, self._existing_names = store, existing_names
        self._direct_csv = direct_csv
        self.dialog: SheetImportDialog | None = None
        self._reading = BackgroundTask(self)
        self._reading.succeeded.connect(self._show)
        self._reading.failed.connect(self._not_read)
        self._path = Path()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._page, title(self.kind), str(Path.home()), file_filter()
        )
        if not path:
            return
        if self._direct_csv is not None and Path(path).suffix.casefold() in CSV:
            self._direct_csv(Path(path))  # it calls `open_file` for headers it does not know
        elif not self._reading.is_running():
            self._path = Path(path)
            self._reading.start(_read, Path(path))

    def _not_read(self, error: object) -> None:
        exception = error if isinstance(error, Exception) else None
        self._message.show_error(unreadable_sentence(self._path, exception))

    def open_file(self, path: Path) -> SheetImportDialog | None:
        """The import's dialog for `path` (shown, not modal to the meeting's keys), or None
        and a sentence on the page when the file is not read."""
        try:
            file = read_sheets(path)
        except (UnreadableSheetError, OSError) as error:
            self._message.show_error(unreadable_sentence(path, error))
            return None
        return self._show(file)

    def _show(self, file: SheetFile) -> SheetImportDialog:
        from facilitator.ui.sheet_import.import_dialog import SheetImportDialog
        from facilitator.ui.sheet_import.import_state import ImportState

        path = file.path
        state = ImportState(self.kind, file, _SETTINGS.get(self._db), self._existing_names())
        dialog = SheetImportDialog(state, self._page)
        dialog.importRequested.connect(lambda parsed: self._store(parsed, path))
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()
        return dialog


def _read(path: Path, report: Callable[[str], None]) -> SheetFile:
    """On the reading's worker thread: only the file."""
    return read_sheets(path)
