"""A group's flip chart: successes and learnings as keyword lists, saved as typed, and
the photos of the sheet below them."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
)

from facilitator.ui.blocks.successes_learnings.flip_chart_controller import (
    KINDS,
    FlipChartController,
)
from facilitator.ui.blocks.successes_learnings.flip_chart_photos import FlipChartPhotos
from facilitator.ui.conflict_question import keep_mine


class FlipChartBox(QGroupBox):
    problem = Signal(str)

    def __init__(
        self, controller: FlipChartController, photos: FlipChartPhotos, parent=None
    ) -> None:
        super().__init__(self.tr("Flip chart"), parent)
        self.controller = controller
        self.photos = photos
        controller.problem.connect(self.problem)
        photos.problem.connect(self.problem)
        self.group_id: int | None = None
        self._ids: dict[str, list[int]] = {kind: [] for kind in KINDS}
        self._texts: dict[str, list[str]] = {kind: [] for kind in KINDS}
        controller.choose = lambda conflict, what: keep_mine(self, conflict, what)
        self.models = {kind: QStringListModel(self) for kind in KINDS}
        self.lists = {kind: QListView() for kind in KINDS}
        self.inputs = {kind: QLineEdit() for kind in KINDS}
        self._placeholders("")
        self.lists["success"].setAccessibleName(self.tr("Successes"))
        self.lists["learning"].setAccessibleName(self.tr("Learnings"))
        self.remove_button = QPushButton(self.tr("Remove"))
        layout = QGridLayout(self)
        for column, (kind, title) in enumerate(
            (("success", self.tr("S&uccesses")), ("learning", self.tr("&Learnings")))
        ):
            self.lists[kind].setModel(self.models[kind])
            # A line is corrected in place (double-click or F2), a scribe's typo say.
            self.lists[kind].setEditTriggers(
                QListView.EditTrigger.DoubleClicked | QListView.EditTrigger.EditKeyPressed
            )
            self.models[kind].dataChanged.connect(
                lambda top, _bottom, _roles, k=kind: self._edited(k, top.row())
            )
            self.lists[kind].setWordWrap(True)
            label = QLabel(title)  # Alt+U, Alt+L: the fields, keyboard only
            label.setBuddy(self.inputs[kind])
            layout.addWidget(label, 0, column)
            layout.addWidget(self.inputs[kind], 1, column)
            layout.addWidget(self.lists[kind], 2, column)
            self.inputs[kind].returnPressed.connect(lambda k=kind: self.add(k))
        layout.addWidget(self.remove_button, 3, 1, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(photos, 4, 0, 1, 2)
        self.remove_button.clicked.connect(self.remove_selected)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self, self.undo)
        undo.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for field in self.inputs.values():
            field.setEnabled(False)

    def _placeholders(self, group: str) -> None:
        """Each field says which group's sheet it writes on (or that one must be chosen)."""
        if not group:
            for field in self.inputs.values():
                field.setPlaceholderText(self.tr("Choose a group in the list first"))
            self.inputs["success"].setAccessibleName(self.tr("New success"))
            self.inputs["learning"].setAccessibleName(self.tr("New learning"))
            return
        self.inputs["success"].setAccessibleName(
            self.tr("New success of {group}").format(group=group)
        )
        self.inputs["learning"].setAccessibleName(
            self.tr("New learning of {group}").format(group=group)
        )
        self.inputs["success"].setPlaceholderText(
            self.tr("A success of {group}, in keywords").format(group=group)
        )
        self.inputs["learning"].setPlaceholderText(
            self.tr("A learning of {group}, in keywords").format(group=group)
        )

    def show_group(self, group_id: int | None, name: str = "") -> None:
        if group_id != self.group_id:
            self._keep_typed_lines()
        self.group_id = group_id
        self.setTitle(
            self.tr("Flip chart: {group}").format(group=name) if name else self.tr("Flip chart")
        )
        self._placeholders(name if group_id is not None else "")
        self.reload()
        self.photos.show_group(group_id, name)

    def _keep_typed_lines(self) -> None:
        """Another group's sheet is coming (its presenter's turn, say): a line typed but not
        yet entered belongs to the group it was typed for, so it is added there."""
        if self.group_id is None:
            return
        for kind in KINDS:
            if self.inputs[kind].text().strip() and self.controller.add(
                self.group_id, kind, self.inputs[kind].text()
            ):
                self.inputs[kind].clear()

    def reload(self) -> None:
        notes = self.controller.notes(self.group_id)
        for kind in KINDS:
            shown = notes.get(kind, []) if notes is not None else []
            self._ids[kind] = [note_id for note_id, _ in shown]
            self._texts[kind] = [text for _, text in shown]  # as read: what an edit replaces
            self.models[kind].setStringList([text for _, text in shown])
            self.inputs[kind].setEnabled(notes is not None)

    def add(self, kind: str) -> None:
        if self.group_id is None:
            # Never drop what was typed: keep it and say what is missing.
            self.problem.emit(self.tr("Choose the group this goes to first; the text is kept."))
            return
        if self.controller.add(self.group_id, kind, self.inputs[kind].text()):
            self.inputs[kind].clear()
            self.reload()

    def _edited(self, kind: str, row: int) -> None:
        """A line typed over in the list: saved, or (refused) shown as it was."""
        if not 0 <= row < len(self._ids[kind]):
            return
        note_id, seen = self._ids[kind][row], self._texts[kind][row]
        text = self.models[kind].stringList()[row]
        # Saved after the model's own signal: a refusal reloads the list, and a conflict
        # with another laptop's edit asks in a dialog, neither of which may run inside it.
        QTimer.singleShot(0, lambda: self._save_edit(note_id, text, seen))

    def _save_edit(self, note_id: int, text: str, seen: str) -> None:
        if self.controller.edit(note_id, text, seen):
            for kind in KINDS:
                if note_id in self._ids[kind]:
                    self._texts[kind][self._ids[kind].index(note_id)] = text
        else:
            self.reload()

    def remove_selected(self) -> None:
        for kind in KINDS:
            index = self.lists[kind].currentIndex()
            if (index.isValid() and self.lists[kind].hasFocus()) or (
                index.isValid() and not any(self.lists[k].hasFocus() for k in KINDS)
            ):
                self.controller.remove(self._ids[kind][index.row()])
                self.reload()
                return

    def undo(self) -> None:
        if self.controller.undo():
            self.reload()
