"""The new OKRs as a tree (company, then each department: objectives → key results), the
live guidance counters, and the texts the presenter view shows."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.domain.okr import (
    COMPANY_OBJECTIVES,
    KEY_RESULTS_PER_OBJECTIVE,
    RECOMMENDED_ALIGNED_SHARE,
    AlignmentShare,
    CountStatus,
    KeyResultItem,
    ObjectiveItem,
    count_status,
)
from facilitator.ui.numbers import number_text as number

ItemRole = Qt.ItemDataRole.UserRole + 1  # ("objective" | "kr" | "department", id or name)


def _department_name(objective: ObjectiveItem) -> str:
    return objective.department_name or ""


def kr_text(kr: KeyResultItem) -> str:
    owner = f"  · {kr.owner_name}" if kr.owner_name else ""
    if kr.start_value is None and kr.target_value is None:
        return (
            QCoreApplication.translate("Okrs", "{statement}  (no numbers yet)").format(
                statement=kr.statement
            )
            + owner
        )
    plan = f"({number(kr.start_value)} → {number(kr.target_value)} {kr.unit})".replace(" )", ")")
    return f"{kr.statement}  {plan}{owner}"


@dataclass(frozen=True)
class Guidance:
    lines: list[str]
    warnings: int


def guidance(objectives: list[ObjectiveItem], departments: list[str]) -> Guidance:
    """Live nudges: 3–5 company objectives, 2–5 key results each, ~70 % aligned."""
    lines, warnings = [], 0
    company = [o for o in objectives if o.department_id is None]
    status = count_status(len(company), COMPANY_OBJECTIVES)
    mark = "✓" if status is CountStatus.GOOD else "⚠"
    warnings += status is not CountStatus.GOOD
    lines.append(
        QCoreApplication.translate("Okrs", "{mark} Company objectives: {n} (aim for 3–5)").format(
            mark=mark, n=len(company)
        )
    )
    for objective in objectives:
        kr_status = count_status(len(objective.key_results), KEY_RESULTS_PER_OBJECTIVE)
        if kr_status is not CountStatus.GOOD:
            warnings += 1
            lines.append(
                QCoreApplication.translate(
                    "Okrs", "⚠ “{objective}” has {n} key result(s) (aim for 2–5)"
                ).format(objective=objective.statement[:40], n=len(objective.key_results))
            )
    for name in departments:
        own = [o for o in objectives if o.department_name == name]
        if not own:
            continue
        share = AlignmentShare(sum(o.is_aligned for o in own), len(own))
        mark = "✓" if share.meets_recommendation else "⚠"
        warnings += not share.meets_recommendation
        lines.append(
            QCoreApplication.translate(
                "Okrs",
                "{mark} {department}: {aligned} of {total} objectives linked to the "
                "company's ({share:.0%}; aim for about {aim:.0%})",
            ).format(
                mark=mark,
                department=name,
                aligned=share.aligned,
                total=share.total,
                share=share.share,
                aim=RECOMMENDED_ALIGNED_SHARE,
            )
        )
    return Guidance(lines, warnings)


def fill_tree(
    model: QStandardItemModel,
    objectives: list[ObjectiveItem],
    departments: list[str],
    company: str,
    quarter: str = "",
) -> None:
    model.clear()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("Okrs", "OKRs")])
    roots: dict[str | None, QStandardItem] = {
        None: QStandardItem(
            QCoreApplication.translate("Okrs", "{company} (company OKRs for {quarter})").format(
                company=company, quarter=quarter
            )
        )
    }
    roots[None].setData(("department", None), ItemRole)
    for name in departments:
        roots[name] = QStandardItem(name)
        roots[name].setData(("department", name), ItemRole)
    for root in roots.values():
        root.setEditable(False)
        font = root.font()
        font.setBold(True)
        root.setFont(font)
        model.appendRow(root)
    for objective in objectives:
        parent = roots.get(objective.department_name)
        if parent is None:
            continue
        text = objective.statement
        if objective.owner_name:
            text += f"  · {objective.owner_name}"
        if objective.aligned_key_result_statement:
            text += "  ↖ " + objective.aligned_key_result_statement
        if objective.predecessor_id is not None:
            text += "  " + QCoreApplication.translate("Okrs", "↻ continued")
        if objective.approved_by_id is None:
            text += "  " + QCoreApplication.translate("Okrs", "(draft)")
        else:
            text = "✓ " + text
        item = QStandardItem(text)
        item.setData(("objective", objective.id), ItemRole)
        item.setEditable(False)
        for kr in objective.key_results:
            child = QStandardItem(kr_text(kr))
            child.setData(("kr", kr.id), ItemRole)
            child.setEditable(False)
            item.appendRow(child)
        parent.appendRow(item)


def company_okrs_text(objectives: list[ObjectiveItem]) -> str:
    lines = []
    for number_, objective in enumerate((o for o in objectives if o.department_id is None), 1):
        owner = f" ({objective.owner_name})" if objective.owner_name else ""
        lines.append(f"{number_}. {objective.statement}{owner}")
        lines += [f"     • {kr_text(kr)}" for kr in objective.key_results]
    return "\n".join(lines)


def alignment_text(objectives: list[ObjectiveItem]) -> str:
    """Company objective → key results → the department objectives they became."""
    lines = []
    for objective in (o for o in objectives if o.department_id is None):
        lines.append(objective.statement)
        for kr in objective.key_results:
            lines.append(f"   → {kr.statement}")
            for department_objective in objectives:
                if department_objective.aligned_key_result_id == kr.id:
                    lines.append(
                        f"        ⇒ {_department_name(department_objective)}: "
                        f"{department_objective.statement}"
                    )
        for department_objective in objectives:
            serving = [
                kr
                for kr in department_objective.key_results
                if kr.aligned_objective_id == objective.id
            ]
            for kr in serving:
                lines.append(f"   ⇐ {_department_name(department_objective)}: {kr.statement}")
    return "\n".join(lines)


def find_index(model: QStandardItemModel, key: tuple[str, int], role: int) -> QModelIndex | None:
    """The tree's row holding `key` (an objective or key result), at any depth."""

    def walk(parent: QModelIndex) -> QModelIndex | None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(role) == key:
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    return walk(QModelIndex())
