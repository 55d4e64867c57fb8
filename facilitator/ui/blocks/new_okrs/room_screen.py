"""What block 5 puts on the room's screen: the strategic priorities, the company OKRs or
how the departments' OKRs support them, each a step of the run.

The panel's "Presenter view" choice asks the run for the step; the step, once the run is
at it, sets the choice back (`show_on_index`) and the room's screen reads from here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.okr import ObjectiveItem
from facilitator.domain.run_steps import StepKind
from facilitator.ui.blocks.new_okrs.tree import alignment_text, company_okrs_text
from facilitator.ui.statements import Statement

# The panel's choices in order: None is "timer only".
SHOW_ON_STEPS: tuple[StepKind | None, ...] = (
    None,
    StepKind.COMPANY_OKRS,
    StepKind.ALIGNMENT,
    StepKind.PRIORITIES,
)
SHOW_NOTHING, SHOW_COMPANY, SHOW_ALIGNMENT, SHOW_PRIORITIES = range(len(SHOW_ON_STEPS))


translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def show_on_label(step_kind: StepKind | None) -> str:
    return {
        None: translate("OkrPanel", "Presenter view: timer only"),
        StepKind.COMPANY_OKRS: translate("OkrPanel", "Presenter view: company OKRs"),
        StepKind.ALIGNMENT: translate("OkrPanel", "Presenter view: alignment tree"),
        StepKind.PRIORITIES: translate("OkrPanel", "Presenter view: strategic priorities"),
    }[step_kind]


def show_on_index(step_kind: StepKind | None) -> int:
    return SHOW_ON_STEPS.index(step_kind) if step_kind in SHOW_ON_STEPS else SHOW_NOTHING


def company_title(okr_quarter: str) -> str:
    return translate("OkrPanel", "Company OKRs for {quarter}").format(quarter=okr_quarter)


def room_statement(
    step_kind: StepKind, objectives: list[ObjectiveItem], priorities: str, okr_quarter: str
) -> Statement | None:
    """The statement the room's screen shows for block 5's step (None: the timer only)."""
    if step_kind is StepKind.PRIORITIES and priorities.strip():
        return Statement(translate("OkrPanel", "Strategic priorities"), priorities.strip())
    if step_kind is StepKind.COMPANY_OKRS:
        return Statement(company_title(okr_quarter), company_okrs_text(objectives))
    if step_kind is StepKind.ALIGNMENT:
        return Statement(
            translate("OkrPanel", "How the departments' OKRs support the company's"),
            alignment_text(objectives),
        )
    return None
