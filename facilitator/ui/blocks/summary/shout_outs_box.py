"""Block 6 (and after the meeting): the shout-outs to pass on, ticked off as the praise
reaches the people it was for. The ones still to pass on come first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListWidget, QListWidgetItem, QVBoxLayout

from facilitator.ui.blocks.parts.shout_outs_controller import ShoutOutsController
from facilitator.ui.naming import named

IdRole = Qt.ItemDataRole.UserRole + 1


class ShoutOutsBox(QGroupBox):
    """Hidden while the meeting has no shout-outs."""

    def __init__(self, controller: ShoutOutsController, parent=None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.meeting_id: int | None = None
        self.list = named(QListWidget(), "shoutOutsToPass")
        self.list.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.list)
        self.list.itemChanged.connect(self._ticked)

    def load(self, meeting_id: int) -> None:
        self.meeting_id = meeting_id
        items = self.controller.shout_outs(meeting_id)
        self.list.blockSignals(True)
        self.list.clear()
        for shout in items:
            text = shout.praised
            if shout.reason:
                text += " — " + shout.reason
            if shout.praised_by:
                text += " " + self.tr("(from {name})").format(name=shout.praised_by)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if shout.passed_on else Qt.CheckState.Unchecked
            )
            item.setData(IdRole, shout.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._title()
        self.setVisible(bool(items))

    def left_to_pass(self) -> int:
        return sum(
            1
            for row in range(self.list.count())
            if self.list.item(row).checkState() is not Qt.CheckState.Checked
        )

    def _title(self) -> None:
        left = self.left_to_pass()
        self.setTitle(
            self.tr("Shout-outs to pass on: {n} left").format(n=left)
            if left
            else self.tr("Shout-outs: all passed on")
        )

    def _ticked(self, item: QListWidgetItem) -> None:
        passed = item.checkState() is Qt.CheckState.Checked
        if self.controller.set_passed_on(item.data(IdRole), passed):
            self._title()
