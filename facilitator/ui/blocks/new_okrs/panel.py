"""Block 5 in the control window: set the company's and each department's new OKRs,
link them, watch the guidance, and show them to the room.

The widgets and their signals live here; what an action does to the OKRs and the store
is `OkrController`'s (`okr_controller.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.okr import ObjectiveItem
from facilitator.domain.run_steps import StepKind
from facilitator.store.database import Database
from facilitator.store.okrs import KeyResultField, ObjectiveField
from facilitator.store.records import Kind
from facilitator.ui.autosave_text import AutosaveTextEdit
from facilitator.ui.blocks.new_okrs.controller import Key, OkrController
from facilitator.ui.blocks.new_okrs.csv_actions import OkrCsvActions
from facilitator.ui.blocks.new_okrs.editors import KeyResultEditor, ObjectiveEditor
from facilitator.ui.blocks.new_okrs.room_screen import (
    SHOW_ON_STEPS,
    show_on_index,
    show_on_label,
)
from facilitator.ui.blocks.new_okrs.room_voice import RoomVoice
from facilitator.ui.blocks.new_okrs.tree import ItemRole, fill_tree, find_index, guidance
from facilitator.ui.conflict_question import keep_mine
from facilitator.ui.message_bar import MessageBar
from facilitator.ui.naming import named, spoken


class OkrPanel(QWidget):
    showOnChosen = Signal(object)  # StepKind the leader chose to show the room, or None
    prioritiesChanged = Signal()  # the strategic priorities were written or emptied

    def __init__(
        self,
        db: Database,
        choices: Callable[[Kind], dict[int, str]],
        now: Callable[[], datetime],
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._choices = choices
        self._following_step = False
        self._db = db
        self.controller = OkrController(db, now, self)
        self.controller.failed.connect(self._refused)
        self.controller.choose = lambda conflict, what: keep_mine(self, conflict, what)
        self.controller.overruled.connect(self.show_changes_from_elsewhere)
        self.controller.pending.countChanged.connect(self._pending_changed)
        self.controller.prioritiesShownChanged.connect(self.prioritiesChanged)
        self._build_list()
        self._build_editors()
        self._lay_out()
        self._connect_list()
        self._connect_editors()

    def _build_list(self) -> None:
        """The priorities, the tree of objectives and the buttons that add to it."""
        self.priorities = spoken(
            AutosaveTextEdit(object_name="strategicPriorities"), self.tr("Strategic priorities")
        )
        self.priorities.setPlaceholderText(
            self.tr(
                "Strategic priorities, as the leadership presents them before the company "
                "OKRs (they open the new OKRs in the minutes)"
            )
        )
        self.priorities.setMaximumHeight(72)
        self.approve_all = named(QPushButton(self.tr("Approve all drafts")), "approveAll")
        self.approve_all.setToolTip(
            self.tr("The top leader (the meeting's leader) approves every objective still a draft.")
        )
        self.model = QStandardItemModel(self)
        self.tree = spoken(named(QTreeView(), "okrTree"), self.tr("New OKRs"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.guidance = named(QLabel(), "okrGuidance")
        self.guidance.setWordWrap(True)
        self.add_company = named(QPushButton(self.tr("+ Company objective")), "addCompany")
        self.add_department = named(
            QPushButton(self.tr("+ Department objective…")), "addDepartment"
        )
        self.import_button = named(QPushButton(self.tr("Import…")), "okrImport")
        self.import_button.setToolTip(self.tr("OKRs from Excel, LibreOffice or a CSV file"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.show_on = named(QComboBox(), "okrPresenter")
        self.show_on.addItems([show_on_label(choice) for choice in SHOW_ON_STEPS])
        self.message = MessageBar()

    def _build_editors(self) -> None:
        """The forms for the selected objective or key result (short names kept for tests)."""
        e, k = self.objective_form, self.kr_form = ObjectiveEditor(), KeyResultEditor()
        self.o_statement, self.o_owner, self.o_serves = e.statement, e.owner, e.serves
        self.o_add_kr, self.o_delete = e.add_kr, e.delete
        self.o_approval, self.o_approve = e.approval, e.approve
        self.k_statement, self.k_start, self.k_target = k.statement, k.start, k.target
        self.k_owner = k.owner
        self.k_unit, self.k_serves, self.k_hint = k.unit, k.serves, k.hint
        self.k_to_department, self.k_delete = k.to_department, k.delete
        self.hint = spoken(QPlainTextEdit(), self.tr("How to set good OKRs"))
        self.hint.setReadOnly(True)
        self.hint.setPlainText(
            self.tr(
                "Leadership presents 3–5 company objectives, each with 2–5 measurable key "
                "results. Each department then sets its own; about 70 % of them should connect to "
                "the company's — a company key result can become a department objective."
            )
        )
        self.editors = QStackedWidget()
        for page in (self.hint, e, k):
            self.editors.addWidget(page)

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_company, self.add_department):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        self.room_voice = RoomVoice(self._db)
        left = QVBoxLayout()
        left.addWidget(self.priorities)
        left.addLayout(buttons)
        left.addWidget(self.tree, 1)
        right = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.show_on, 1)
        top.addWidget(self.approve_all)
        right.addLayout(top)
        right.addWidget(self.guidance)
        right.addWidget(self.message)
        right.addWidget(self.editors, 1)
        right.addWidget(self.room_voice)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def _connect_list(self) -> None:
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_editor())
        self.add_company.clicked.connect(self.add_company_objective)
        self.add_department.clicked.connect(self._ask_department_objective)
        self.approve_all.clicked.connect(self.approve_drafts)
        self.priorities.textToSave.connect(self._save_priorities)
        self.csv = OkrCsvActions(self, self, self._db)
        self.import_button.clicked.connect(self.csv.importer.choose)
        self.export_button.clicked.connect(self.csv.choose_export)
        # The choice asks the run for the step that shows it; the step sets the choice.
        self.show_on.currentIndexChanged.connect(self._show_on_chosen)

    def _connect_editors(self) -> None:
        o, k = self.objective_form, self.kr_form
        o.edited.connect(self._edit_objective)
        o.add_kr.clicked.connect(self._add_key_result)
        o.approve.clicked.connect(self._toggle_approval)
        o.delete.clicked.connect(self._delete_objective)
        k.edited.connect(self._edit_kr)
        k.to_department.clicked.connect(self._kr_to_department)
        k.delete.clicked.connect(self._delete_kr)

    def show_step(self, step_kind: StepKind | None) -> None:
        """The run's step says what the room's screen shows (no signal: no round trip)."""
        self._following_step = True
        try:
            self.show_on.setCurrentIndex(show_on_index(step_kind))
        finally:
            self._following_step = False

    def _show_on_chosen(self, index: int) -> None:
        if not self._following_step and index >= 0:
            self.showOnChosen.emit(SHOW_ON_STEPS[index])

    # -- loading --------------------------------------------------------------------------

    # What the rest of the window reads (the presenter texts, the tests).
    @property
    def meeting_id(self) -> int | None:
        return self.controller.meeting_id

    @property
    def objectives(self) -> list[ObjectiveItem]:
        return self.controller.objectives

    @property
    def departments(self) -> list[tuple[int, str]]:
        return self.controller.departments

    @property
    def okr_quarter(self) -> str:
        return self.controller.okr_quarter

    @property
    def priorities_text(self) -> str:
        return self.controller.priorities

    def set_meeting(self, meeting_id: int, meeting_day=None) -> None:
        self.flush()
        self.controller.load(meeting_id)
        self.priorities.set_saved_text(self.controller.priorities)
        self.show_okrs()

    def flush(self) -> None:
        self.priorities.flush_pending()

    def reload(self, select: Key | None = None) -> None:
        """Read the OKRs again (another block changed them) and show them."""
        if self.meeting_id is not None:
            self.controller.reload()
            self.show_okrs(select)

    def _pending_changed(self, count: int) -> None:
        if count == 0:  # what was kept offline is saved: show the OKRs as stored
            self.show_changes_from_elsewhere()

    def show_changes_from_elsewhere(self) -> None:
        """Another laptop changed the OKRs: show them, with the same one selected."""
        selected = self.selected()
        key = (selected[0], selected[1]) if selected and isinstance(selected[1], int) else None
        self.reload(key)

    def show_okrs(self, select: Key | None = None) -> None:
        """The tree, the guidance and the editor for what the controller holds."""
        names = [name for _, name in self.departments]
        fill_tree(self.model, self.objectives, names, self.controller.company, self.okr_quarter)
        self.approve_all.setEnabled(any(o.approved_by_id is None for o in self.objectives))
        self.tree.expandAll()
        advice = guidance(self.objectives, names)
        self.guidance.setText("\n".join(advice.lines))
        if select is not None:
            self._select(select)
        else:
            self._show_editor()

    def _select(self, key: tuple[str, int]) -> None:
        index = find_index(self.model, key, ItemRole)
        if index is not None:
            self.tree.setCurrentIndex(index)

    def selected(self) -> tuple[str, object] | None:
        index = self.tree.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_id(self, kind: str) -> int | None:
        """The id of the objective or key result ("objective", "kr") selected, if one is."""
        selected = self.selected()
        if selected is None or selected[0] != kind or not isinstance(selected[1], int):
            return None
        return selected[1]

    # -- editors --------------------------------------------------------------------------

    def _show_editor(self) -> None:
        objective_id, kr_id = self.selected_id("objective"), self.selected_id("kr")
        people = self._choices(Kind.PERSON)
        if objective_id is not None:
            objective = self.controller.objective(objective_id)
            self.objective_form.show_objective(objective, self.objectives, people)
            self.editors.setCurrentWidget(self.objective_form)
        elif kr_id is not None:
            objective, kr = self.controller.key_result(kr_id)
            departments = bool(self.departments)
            self.kr_form.show_key_result(objective, kr, self.objectives, people, departments)
            self.editors.setCurrentWidget(self.kr_form)
        else:
            self.editors.setCurrentWidget(self.hint)

    # -- approval and the strategic priorities ---------------------------------------------

    def _toggle_approval(self) -> None:
        objective_id = self.selected_id("objective")
        if objective_id is None:
            return
        if self.controller.objective(objective_id).approved_by_id is not None:
            done = self.controller.take_back_approval(objective_id)
        else:
            done = self.controller.approve([objective_id])
        self._after(("objective", objective_id) if done else None)

    def approve_drafts(self) -> None:
        drafts = self.controller.drafts
        if drafts and self.controller.approve(drafts):
            self._after(self.selected())

    def _save_priorities(self, text: str) -> None:
        if self.meeting_id is not None:
            self.controller.save_priorities(text)

    def _refused(self, reason: str) -> None:
        self.message.show_error(reason)

    def _after(self, select: Key | tuple[str, object] | None) -> None:
        """An edit went through: clear the message and show the OKRs, `select` chosen."""
        if select is None:
            return
        self.message.clear_message()
        kind, key = select
        self.show_okrs((kind, key) if isinstance(key, int) else None)

    def _edit_objective(self, field: ObjectiveField, value) -> None:
        objective_id = self.selected_id("objective")
        if objective_id is not None:
            self._after(self.controller.edit_objective(objective_id, field, value))

    def _edit_kr(self, field: KeyResultField, value) -> None:
        kr_id = self.selected_id("kr")
        if kr_id is not None:
            self._after(self.controller.edit_key_result(kr_id, field, value))

    # -- adding and removing --------------------------------------------------------------

    def add_company_objective(self, statement: str | None = None) -> None:
        text = statement or self.tr("New company objective")
        self._after(self.controller.add_company_objective(text))
        self.o_statement.setFocus()
        self.o_statement.selectAll()

    def add_department_objective(self, department_id: int, statement: str | None = None) -> None:
        text = statement or self.tr("New department objective")
        self._after(self.controller.add_department_objective(department_id, text))

    def _pick_department(self, title: str) -> int | None:
        if not self.departments:
            self.message.show_error(self.tr("Add departments on the setup page first."))
            return None
        names = [name for _, name in self.departments]
        name, ok = QInputDialog.getItem(self, title, self.tr("Department"), names, 0, False)
        return dict((n, i) for i, n in self.departments).get(name) if ok else None

    def _ask_department_objective(self) -> None:
        department_id = self._pick_department(self.tr("New department objective"))
        if department_id is not None:
            self.add_department_objective(department_id)

    def _add_key_result(self) -> None:
        objective_id = self.selected_id("objective")
        if objective_id is not None:
            self._after(self.controller.add_key_result(objective_id, self.tr("New key result")))
            self.k_statement.setFocus()
            self.k_statement.selectAll()

    def _kr_to_department(self) -> None:
        kr_id = self.selected_id("kr")
        if kr_id is None:
            return
        department_id = self._pick_department(self.tr("Make it a department objective"))
        if department_id is not None:
            self._after(self.controller.key_result_to_department(kr_id, department_id))

    def _delete_objective(self) -> None:
        objective_id = self.selected_id("objective")
        if objective_id is None:
            return
        objective = self.controller.objective(objective_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete objective"),
            self.tr("Delete “{objective}” and its key results?").format(
                objective=objective.statement
            ),
        )
        if answer == QMessageBox.StandardButton.Yes and self.controller.delete_objective(
            objective.id
        ):
            self.message.clear_message()
            self.show_okrs()

    def _delete_kr(self) -> None:
        kr_id = self.selected_id("kr")
        if kr_id is not None:
            self._after(self.controller.delete_key_result(kr_id))

    # -- CSV (csv_actions.py) -------------------------------------------------------------

    def import_csv(self, path: Path) -> list[str]:
        """Import OKRs; returns the problems by line (also shown under the buttons)."""
        return self.csv.import_file(path)

    def export_csv(self, path: Path) -> None:
        self.csv.export_file(path)
