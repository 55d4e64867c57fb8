"""The meeting's results as rows of real values (numbers, dates, percentages), one sheet
each, with headers in the meeting's language: what `workbook.py` writes to a file.

Plain Python on `MinutesData`, so the sheets are tested without a spreadsheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from facilitator.domain.evaluation import RoomScores, progress
from facilitator.domain.minutes import MinutesData
from facilitator.report.labels import dimension_label, translate
from facilitator.texts import GRADE_BANDS, follow_up_title, review_status_title

Cell = str | int | float | bool | date | datetime | None

DIMENSIONS = ("execution", "leadership", "competence")


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text, number, percent, grade, date, datetime, yes_no


@dataclass
class Sheet:
    title: str
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)


def _naive(moment: datetime | None) -> datetime | None:
    """A spreadsheet keeps no time zone: the moment in the computer's own zone."""
    if moment is None or moment.tzinfo is None:
        return moment
    return moment.astimezone().replace(tzinfo=None)


def _company(department: str | None) -> str:
    return department or translate("Workbook", "Company")


def evaluations_sheet(data: MinutesData) -> Sheet:
    columns = [
        Column(translate("Workbook", "Who")),
        Column(translate("Workbook", "Reported by")),
        Column(translate("Workbook", "Score (1–10)"), "number"),
    ]
    for dimension in DIMENSIONS:
        label = dimension_label(dimension)
        columns += [
            Column(translate("Workbook", "{dimension}: went well").format(dimension=label)),
            Column(translate("Workbook", "{dimension}: could be better").format(dimension=label)),
        ]
    columns += [
        Column(translate("Workbook", "The room's median"), "number"),
        Column(translate("Workbook", "Phones that scored"), "number"),
    ]
    sheet = Sheet(translate("Workbook", "Self-evaluations"), columns)
    for evaluation in data.evaluations:
        notes: list[Cell] = []
        for dimension in DIMENSIONS:
            good, better = evaluation.notes.get(dimension, ("", ""))
            notes += [good, better]
        room = RoomScores(evaluation.room)
        who = [_company(evaluation.entity), evaluation.reporter, evaluation.score]
        sheet.rows.append([*who, *notes, room.median, room.count or None])
    return sheet


def review_sheet(data: MinutesData) -> Sheet:
    columns = [
        Column(translate("Workbook", "Department")),
        Column(translate("Workbook", "Objective")),
        Column(translate("Workbook", "Status")),
        Column(translate("Workbook", "Key result")),
        Column(translate("Workbook", "Start"), "number"),
        Column(translate("Workbook", "Target"), "number"),
        Column(translate("Workbook", "Achieved"), "number"),
        Column(translate("Workbook", "Unit")),
        Column(translate("Workbook", "Progress"), "percent"),
    ]
    if data.grade_bands is not None:
        columns += [
            Column(translate("Workbook", "Grade"), "grade"),
            Column(translate("Workbook", "Grade in words")),
        ]
    sheet = Sheet(translate("Workbook", "Last quarter's review"), columns)
    for objective in data.review:
        status = review_status_title(objective.review_status, translate)
        for kr in objective.key_results:
            row: list[Cell] = [
                _company(objective.department),
                objective.statement,
                status,
                kr.statement,
                kr.start,
                kr.target,
                kr.achieved,
                kr.unit,
                progress(kr.start, kr.target, kr.achieved),
            ]
            if data.grade_bands is not None:
                grade = data.key_result_grade(kr)
                row += [
                    grade.shown if grade else None,
                    translate("Grade", GRADE_BANDS[grade.band]) if grade else None,
                ]
            sheet.rows.append(row)
    return sheet


def new_okrs_sheet(data: MinutesData) -> Sheet:
    """One row per key result (an objective without any has one row of its own); the
    columns a next quarter's import reads back as "last quarter" without mapping."""
    sheet = Sheet(
        translate("Workbook", "New OKRs"),
        [
            Column(translate("Workbook", "Department")),
            Column(translate("Workbook", "Objective")),
            Column(translate("Workbook", "Key result")),
            Column(translate("Workbook", "Owner")),
            Column(translate("Workbook", "Key result owner")),
            Column(translate("Workbook", "Start"), "number"),
            Column(translate("Workbook", "Target"), "number"),
            Column(translate("Workbook", "Unit")),
            Column(translate("Workbook", "Aligned to")),
            Column(translate("Workbook", "Approved by")),
            Column(translate("Workbook", "Approved at"), "datetime"),
        ],
    )
    for objective in data.objectives:
        head: list[Cell] = [_company(objective.department), objective.statement]
        approval: list[Cell] = [objective.approved_by, _naive(objective.approved_at)]
        # As the OKR CSV has it: the objective's own row says the company key result it
        # became; a key result's row, the company objective that key result serves.
        if objective.serves_key_result or not objective.key_results:
            aligned = objective.serves_key_result
            empty: list[Cell] = [None, None, None, None]
            sheet.rows.append([*head, None, objective.owner, *empty, aligned, *approval])
        for kr in objective.key_results:
            # The objective's owner and the key result's apart, as the import reads them.
            owners: list[Cell] = [objective.owner, kr.owner]
            numbers: list[Cell] = [kr.start, kr.target, kr.unit, kr.serves_objective]
            sheet.rows.append([*head, kr.statement, *owners, *numbers, *approval])
    return sheet


def actions_sheet(data: MinutesData) -> Sheet:
    sheet = Sheet(
        translate("Workbook", "Action items"),
        [
            Column(translate("Workbook", "What")),
            Column(translate("Workbook", "Owner")),
            Column(translate("Workbook", "Due"), "date"),
            Column(translate("Workbook", "Agreed at")),
            Column(translate("Workbook", "Followed up")),
        ],
    )
    this_meeting = translate("Workbook", "This meeting")
    last_meeting = translate("Workbook", "The last meeting")
    for action in data.actions:
        sheet.rows.append([action.what, action.owner, action.due, this_meeting, None])
    for action in data.earlier_actions:
        followed = follow_up_title(action.follow_up, translate)
        sheet.rows.append([action.what, action.owner, action.due, last_meeting, followed])
    return sheet


def learnings_sheet(data: MinutesData) -> Sheet:
    sheet = Sheet(
        translate("Workbook", "Successes and learnings"),
        [
            Column(translate("Workbook", "Group")),
            Column(translate("Workbook", "Kind")),
            Column(translate("Workbook", "What the group wrote")),
        ],
    )
    success, learning = translate("Workbook", "Success"), translate("Workbook", "Learning")
    for group in data.groups:
        sheet.rows += [[group.name, success, line] for line in group.successes]
        sheet.rows += [[group.name, learning, line] for line in group.learnings]
    return sheet


def shout_outs_sheet(data: MinutesData) -> Sheet:
    sheet = Sheet(
        translate("Workbook", "Shout-outs"),
        [
            Column(translate("Workbook", "Praised")),
            Column(translate("Workbook", "By")),
            Column(translate("Workbook", "What for")),
            Column(translate("Workbook", "Passed on"), "yes_no"),
        ],
    )
    for shout_out in data.shout_outs:
        sheet.rows.append(
            [shout_out.praised, shout_out.praised_by, shout_out.reason, shout_out.passed_on]
        )
    return sheet


def workbook_sheets(data: MinutesData) -> list[Sheet]:
    """The sheets in order; the review, the learnings and the shout-outs only where the
    meeting has them (the evaluations, new OKRs and action items always: an empty sheet
    says "none" as plainly as a full one)."""
    sheets = [evaluations_sheet(data)]
    if data.review:
        sheets.append(review_sheet(data))
    sheets += [new_okrs_sheet(data), actions_sheet(data)]
    optional = (learnings_sheet(data), shout_outs_sheet(data))
    return sheets + [sheet for sheet in optional if sheet.rows]
