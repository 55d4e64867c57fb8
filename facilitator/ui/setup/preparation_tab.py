"""Setup tab "Before the meeting": what each person prepares, ticked off as it comes in; the
invitation (an e-mail draft with the calendar request) and the printed agenda."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.preparation import Assignment, MeetingPlan, Role, Task, progress
from facilitator.messages import store_message
from facilitator.report.paper import Paper
from facilitator.store.database import Database
from facilitator.store.errors import StoreError
from facilitator.texts import role_title, task_text
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken
from facilitator.ui.outbox import open_draft, outbox_folder
from facilitator.ui.setup.preparation_controller import PreparationController

TASK_ROLE = Qt.ItemDataRole.UserRole + 1
LABEL_ROLE = Qt.ItemDataRole.UserRole + 2  # a person's row without its count


class PreparationTab(QWidget):
    draftWritten = Signal(object)  # the .eml's path
    agendaWritten = Signal(object)  # the PDF's path

    def __init__(self, db: Database, paper: Paper = Paper.A4, parent=None) -> None:
        super().__init__(parent)
        self.controller = PreparationController(db, self)
        self._meeting_id: int | None = None
        self._plan: MeetingPlan | None = None
        self._items: list[Assignment] = []
        self.paper = paper
        intro = QLabel(
            self.tr(
                "What each person prepares, as the guide asks. The invitation tells everyone "
                "their part; tick each item off when the person says it is ready."
            )
        )
        intro.setWordWrap(True)
        self.progress_label = named(QLabel(), "preparationProgress")
        self.tree = spoken(
            named(QTreeWidget(), "preparationChecklist"), self.tr("Preparation checklist")
        )
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemChanged.connect(self._ticked)
        self.invitation_label = named(QLabel(), "invitationState")
        self.invitation_label.setWordWrap(True)
        self.invite_button = named(QPushButton(self.tr("Invitation e-mail…")), "inviteButton")
        self.invite_button.setToolTip(
            self.tr(
                "Opens an e-mail to every participant in your mail program, with the agenda, "
                "what each person prepares and a calendar invitation."
            )
        )
        self.calendar_button = QPushButton(self.tr("Save calendar file…"))
        self.cancel_button = QPushButton(self.tr("Cancel the meeting…"))
        self.agenda_button = named(QPushButton(self.tr("Print agenda…")), "agendaButton")
        self.invite_button.clicked.connect(self.write_invitation)
        self.calendar_button.clicked.connect(self.save_calendar_file)
        self.cancel_button.clicked.connect(self.cancel_meeting)
        self.agenda_button.clicked.connect(self.export_agenda)
        buttons = QHBoxLayout()
        for button in (
            self.invite_button,
            self.calendar_button,
            self.cancel_button,
            self.agenda_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = MessageBar()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.invitation_label)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)

    # -- loading ------------------------------------------------------------------------

    def set_meeting(self, meeting_id: int) -> None:
        self._meeting_id = meeting_id
        self.message.clear_message()
        if self.isVisible():
            self.reload()
        else:
            self._plan = None  # read when the tab is first shown

    def refresh(self) -> None:
        """Read the plan again (now if shown, else when next shown)."""
        if self._meeting_id is not None:
            self.set_meeting(self._meeting_id)

    def showEvent(self, event) -> None:
        if self._plan is None and self._meeting_id is not None:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        if self._meeting_id is None:
            return
        state = self.controller.load(self._meeting_id)
        if state is None:
            return
        self._plan = state.plan
        self._items = self._plan.assignments()
        self._fill_tree(state.done)
        self._show_progress(state.done)
        self._show_invitation(state.invitation_uid, state.invitation_sequence, state.cancelled)

    def _fill_tree(self, done: set[tuple[str, int]]) -> None:
        blocker = QSignalBlocker(self.tree)
        tops = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        expanded = {top.text(0) for top in tops if top is not None and top.isExpanded()}
        self.tree.clear()
        sections: dict[tuple[Role, str | None, int], QTreeWidgetItem] = {}
        roots: dict[Role, QTreeWidgetItem] = {}
        for item in self._items:
            root = roots.get(item.role)
            if root is None:
                root = QTreeWidgetItem(self.tree, [role_title(item.role)])
                root.setFlags(Qt.ItemFlag.ItemIsEnabled)
                roots[item.role] = root
            key = (item.role, item.department, item.person.id)
            parent = sections.get(key)
            if parent is None:
                label = item.person.name
                if item.department:
                    label = f"{item.department} — {item.person.name}"
                parent = QTreeWidgetItem(root, [label])
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setData(0, LABEL_ROLE, label)
                sections[key] = parent
            leaf = QTreeWidgetItem(parent, [task_text(item.task)])
            leaf.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            leaf.setCheckState(
                0, Qt.CheckState.Checked if item.key in done else Qt.CheckState.Unchecked
            )
            leaf.setData(0, TASK_ROLE, item.key)
        for role, root in roots.items():
            # The leaders' parts open; the long list of everyone stays closed until wanted.
            root.setExpanded(role is not Role.EVERYONE or root.text(0) in expanded)
            if role is not Role.EVERYONE:
                for i in range(root.childCount()):
                    child = root.child(i)
                    if child is not None:
                        child.setExpanded(True)
        for parent in sections.values():
            _show_count(parent)
        del blocker

    def _show_progress(self, done: set[tuple[str, int]]) -> None:
        counted = progress(self._items, done)
        self.progress_label.setText(
            self.tr("{done} of {total} items prepared").format(
                done=counted.done, total=counted.total
            )
        )

    def _show_invitation(self, uid: str | None, sequence: int, cancelled: bool) -> None:
        if uid is None:
            text = self.tr("No invitation sent yet.")
        elif cancelled:
            text = self.tr("The meeting was cancelled in the calendars.")
        else:
            text = self.tr("Invitation sent (version {n}).").format(n=sequence + 1)
        self.invitation_label.setText(text)
        self.cancel_button.setEnabled(uid is not None and not cancelled)

    # -- ticking ------------------------------------------------------------------------

    def _ticked(self, leaf: QTreeWidgetItem, _column: int) -> None:
        key = leaf.data(0, TASK_ROLE)
        if self._meeting_id is None or not key:
            return
        task, participant_id = key
        blocker = QSignalBlocker(self.tree)
        person = leaf.parent()
        if person is not None:
            _show_count(person)
        del blocker
        done = self.controller.tick(
            self._meeting_id,
            Task(task),
            participant_id,
            leaf.checkState(0) == Qt.CheckState.Checked,
        )
        if done is not None:
            self._show_progress(done)

    # -- what leaves the app --------------------------------------------------------------

    def _organizer(self) -> tuple[str, str] | None:
        """The leader's address, or one typed when the leader has none on the list."""
        assert self._plan is not None
        from facilitator.report.invitation_files import organizer_of

        found = organizer_of(self._plan)
        if found is not None:
            return found
        typed, ok = QInputDialog.getText(
            self,
            self.tr("Who sends the invitation?"),
            self.tr("The leader has no e-mail address on the participant list. Your address:"),
        )
        if not ok or not typed.strip():
            return None
        return (self._plan.leader, typed.strip())

    def write_invitation(self, cancel: bool = False) -> Path | None:
        self.reload()
        if self._plan is None or self._meeting_id is None:
            return None
        organizer = self._organizer()
        if organizer is None:
            return None
        from facilitator.report.invitation_files import NobodyToInviteError

        try:
            path = self.controller.write_invitation(self._plan, organizer, outbox_folder(), cancel)
        except (NobodyToInviteError, StoreError, OSError) as error:
            self._say_failed(error)
            return None
        open_draft(path, self.message, self.tr("The invitation is open in your mail program."))
        from facilitator.report.invitation_files import uninvited_draft

        removal = uninvited_draft(path)
        if removal.exists():  # some who were invited are no longer: their cancellation
            open_draft(
                removal,
                self.message,
                self.tr(
                    "The invitation is open in your mail program, and a cancellation for "
                    "those no longer invited beside it."
                ),
            )
        self.reload()
        self.draftWritten.emit(path)
        return path

    def cancel_meeting(self) -> Path | None:
        answer = QMessageBox.question(
            self,
            self.tr("Cancel the meeting"),
            self.tr(
                "Write an e-mail that removes the meeting from everyone's calendar? "
                "Nothing in the meeting itself is deleted."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return self.write_invitation(cancel=True)

    def save_calendar_file(self) -> Path | None:
        self.reload()
        if self._plan is None:
            return None
        organizer = self._organizer()
        if organizer is None:
            return None
        target = self._ask_where(
            self.tr("Save calendar file"), "invite.ics", self.tr("Calendar files (*.ics)")
        )
        if target is None:
            return None
        try:
            self.controller.write_calendar_file(self._plan, organizer, target)
        except (StoreError, OSError) as error:
            self._say_failed(error, target)
            return None
        self.message.show_info(self.tr("Saved as {path}.").format(path=target))
        self.reload()
        return target

    def export_agenda(self) -> Path | None:
        self.reload()
        if self._plan is None:
            return None
        from facilitator.report.agenda_document import agenda_filename

        target = self._ask_where(
            self.tr("Print agenda"), agenda_filename(self._plan), self.tr("PDF files (*.pdf)")
        )
        if target is None:
            return None
        try:
            self.controller.write_agenda(self._plan, target, self.paper)
        except OSError as error:
            self._say_failed(error, target)
            return None
        self.agendaWritten.emit(target)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        self.message.show_info(self.tr("The agenda is saved as {path}.").format(path=target))
        return target

    def _ask_where(self, caption: str, name: str, file_filter: str) -> Path | None:
        """A file to write, suggested in Documents, with the suggested name's suffix."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        path, _ = QFileDialog.getSaveFileName(
            self, caption, str(Path(documents) / name), file_filter
        )
        if not path:
            return None
        suffix = Path(name).suffix
        return Path(path if path.lower().endswith(suffix) else path + suffix)

    def _say_failed(self, error: Exception, target: Path | None = None) -> None:
        if isinstance(error, StoreError):
            self.message.show_error(store_message(error))
        elif isinstance(error, OSError):
            self.message.show_error(
                self.tr("Could not write “{path}”: {reason}").format(
                    path=error.filename or target, reason=error.strerror or error
                )
            )
        else:
            self.message.show_error(str(error))


def _show_count(person: QTreeWidgetItem) -> None:
    """ "Bjørn Kråkenes  1/2": who still has something to prepare shows without unfolding."""
    leaves = [leaf for i in range(person.childCount()) if (leaf := person.child(i)) is not None]
    ready = sum(1 for leaf in leaves if leaf.checkState(0) == Qt.CheckState.Checked)
    person.setText(0, f"{person.data(0, LABEL_ROLE)}  {ready}/{len(leaves)}")
