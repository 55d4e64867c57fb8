"""The briefing of the block (or break) chosen in the sidebar, on the run page: its title,
planned minutes and the guide's range, the break that follows it, the guide's advice
(folded away once known), and the block's own panel below."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain.agenda import BLOCK_RANGES, BlockKind
from facilitator.domain.breaks import BLOCKS_BREAK_CAN_FOLLOW, BreakKind, PlannedBreak
from facilitator.texts import block_description, block_title, minutes_text
from facilitator.ui.blocks.breaks.plan_row import (
    BreakPlanRow,
    break_brief_text,
    break_brief_title,
)
from facilitator.ui.naming import named


class BlockBrief(QWidget):
    plannedMinutesEdited = Signal(object, int)  # BlockKind, minutes
    breakEdited = Signal(object, object, int)  # after BlockKind, BreakKind or None, minutes
    guideFolded = Signal(object, bool)  # BlockKind, folded: remembered across meetings

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._build_brief()
        self._build_rows()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.brief_title, self.plan_row, self.break_row, self.guide_toggle):
            layout.addWidget(widget)
        layout.addWidget(self.guide_text)
        layout.addWidget(self.content, 1)
        self._brief_kind: BlockKind | None = None
        self.planned_spin.valueChanged.connect(self._planned_changed)
        self.guide_toggle.toggled.connect(self._guide_toggled)
        self.break_row.edited.connect(self._break_edited)

    def _build_brief(self) -> None:
        self.brief_title = named(QLabel(), "blockTitle")
        self.brief_title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.brief_title.setWordWrap(True)
        self.planned_spin = named(QSpinBox(), "plannedMinutesSpin")
        self.planned_spin.setRange(1, 600)
        self.planned_spin.setSuffix(self.tr(" min"))
        self.planned_spin.setKeyboardTracking(False)
        self.plan_hint = named(QLabel(), "blockPlan")
        self.plan_hint.setStyleSheet("font-style: italic;")  # secondary, readable in light and dark
        self.plan_hint.setWordWrap(True)
        self.description = named(QLabel(), "blockDescription")
        self.description.setWordWrap(True)
        self.description.setAlignment(Qt.AlignmentFlag.AlignTop)
        # The guide's advice for the block, on its page; folded away once it is known.
        self.guide_toggle = named(QToolButton(), "guideToggle")
        self.guide_toggle.setCheckable(True)
        self.guide_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guide_toggle.setAutoRaise(True)
        self.guide_text = named(QLabel(), "guideText")
        self.guide_text.setWordWrap(True)
        self.guide_text.setStyleSheet("padding-left: 18px;")
        self.folded_guides: set[BlockKind] = set()
        self.content = named(QStackedWidget(), "blockContent")
        self.content.addWidget(self.description)
        self._panel_of: Callable[[BlockKind], QWidget] | None = None
        self._scrollers: dict[BlockKind, QScrollArea] = {}

    def _build_rows(self) -> None:
        """The planned minutes and the break after the block, each on a row."""
        self.plan_row = named(QWidget(), "planRow")
        plan_row = QHBoxLayout(self.plan_row)
        plan_row.setContentsMargins(0, 0, 0, 0)
        planned_label = QLabel(self.tr("&Planned"))
        planned_label.setBuddy(self.planned_spin)
        plan_row.addWidget(planned_label)
        plan_row.addWidget(self.planned_spin)
        plan_row.addWidget(self.plan_hint, 1)
        # The break after this block (coffee, lunch), planned here where its time is seen.
        self.break_row = BreakPlanRow()
        self.break_kind, self.break_minutes = self.break_row.kind_box, self.break_row.minutes

    def show_brief(
        self,
        kind: BlockKind,
        planned_minutes: int,
        last_time: int | None,
        planned_break: PlannedBreak | None = None,
    ) -> None:
        self._brief_kind = None  # no edit signal while filling
        self.plan_row.show()
        self.guide_toggle.show()
        self.break_row.setVisible(kind in BLOCKS_BREAK_CAN_FOLLOW)
        self.break_row.show_plan(planned_break)
        self.brief_title.setText(
            self.tr("{number}. {title}").format(number=kind.number, title=block_title(kind))
        )
        self.planned_spin.setValue(planned_minutes)
        guide = BLOCK_RANGES[kind]
        if guide.low == guide.high:
            hint = self.tr("The guide suggests {minutes} min.").format(minutes=guide.low)
        else:
            hint = self.tr("The guide suggests {low}–{high} min.").format(
                low=guide.low, high=guide.high
            )
        if last_time is not None:
            hint += " " + self.tr("Last time it took {minutes}.").format(
                minutes=minutes_text(last_time)
            )
        self.plan_hint.setText(hint)
        self.description.setText(block_description(kind))
        self.brief_title.setToolTip(block_description(kind))
        self.guide_text.setText(block_description(kind))
        self._show_guide(kind)
        self.content.setCurrentWidget(self._scroller(kind))
        self._brief_kind = kind

    def show_break_brief(self, after: BlockKind, planned_break: PlannedBreak) -> None:
        """A break's row in the sidebar: the break's own briefing, where its kind and length
        are changed (it is planned as the break after `after`), not a block's panel."""
        self._brief_kind = None
        self.plan_row.hide()
        self.guide_toggle.hide()
        self.guide_text.hide()
        self.break_row.show()
        self.break_row.show_plan(planned_break)
        self.brief_title.setText(break_brief_title(after, planned_break))
        self.brief_title.setToolTip("")
        self.description.setText(break_brief_text())
        self.content.setCurrentWidget(self.description)
        self._brief_kind = after

    def _show_guide(self, kind: BlockKind) -> None:
        unfolded = kind not in self.folded_guides
        with QSignalBlocker(self.guide_toggle):
            self.guide_toggle.setChecked(unfolded)
        self.guide_toggle.setArrowType(
            Qt.ArrowType.DownArrow if unfolded else Qt.ArrowType.RightArrow
        )
        self.guide_toggle.setText(
            self.tr("The guide for this block") if unfolded else self.tr("Show the guide")
        )
        self.guide_text.setVisible(unfolded)

    def _guide_toggled(self, unfolded: bool) -> None:
        kind = self._brief_kind
        if kind is None:
            return
        if unfolded:
            self.folded_guides.discard(kind)
        else:
            self.folded_guides.add(kind)
        self._show_guide(kind)
        self.guideFolded.emit(kind, not unfolded)

    def set_panels(self, panel_of: Callable[[BlockKind], QWidget]) -> None:
        """Where each block's own work area comes from: it reads the meeting the first
        time the block is briefed (a meeting opens on one block, and reads only that
        one); the block hands it to `add_block_panel` as it is built."""
        self._panel_of = panel_of

    def add_block_panel(self, kind: BlockKind, panel: QWidget) -> None:
        """The block's own work area, shown when the block is selected in the sidebar."""
        # A long panel scrolls inside the page instead of making the window taller than a
        # laptop's screen; the timer and buttons above it stay in view.
        scroller = named(QScrollArea(), "blockPanelScroller")
        # Tab goes through the panel's controls (the area scrolls to each), never stopping
        # on the area itself, an unnamed filler to a screen reader.
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(panel)
        self._scrollers[kind] = scroller
        self.content.addWidget(scroller)

    def _scroller(self, kind: BlockKind) -> QWidget:
        if self._panel_of is not None:
            self._panel_of(kind)  # reads the meeting into it if it has not yet
        return self._scrollers.get(kind, self.description)

    def _planned_changed(self, minutes: int) -> None:
        if self._brief_kind is not None:
            self.plannedMinutesEdited.emit(self._brief_kind, minutes)

    def _break_edited(self, kind: BreakKind | None, minutes: int) -> None:
        if self._brief_kind is not None:
            self.breakEdited.emit(self._brief_kind, kind, minutes)
