"""Block 3's groups as the panel's tree shows them: each group, bold and renamable, its
people with their department, role and lock; the size warnings and the mixing rules."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from facilitator.ui.blocks.successes_learnings.groups_controller import GroupsController

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

_GROUP_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDropEnabled
)
_PERSON_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
)


def fill_groups(model: QStandardItemModel, c: GroupsController, role: int) -> None:
    """The tree anew: ("group", index) and ("person", participant id) under `role`."""
    model.clear()
    root = model.invisibleRootItem()
    root.setDropEnabled(False)  # people go into groups, not between them
    for index, plan in enumerate(c.plans):
        group = QStandardItem(f"{c.names[index]}")
        group.setData(("group", index), role)
        group.setFlags(_GROUP_FLAGS)
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for person in plan.members:
            item = QStandardItem(_person_text(c, plan, person))
            item.setData(("person", person), role)
            item.setFlags(_PERSON_FLAGS)
            group.appendRow(item)
        root.appendRow(group)


def _person_text(c: GroupsController, plan, person: int) -> str:
    name, department, _here = c.people.get(person, ("?", None, True))
    marks = []
    if person == plan.scribe:
        marks.append(translate("GroupsPanel", "scribe"))
    if person == plan.presenter:
        marks.append(translate("GroupsPanel", "presenter"))
    text = name + (f" · {department}" if department else "")
    if marks:
        text += f"  ({', '.join(marks)})"
    return "🔒 " + text if person in plan.locked else text


def flag_text(flag) -> str:
    name = flag.department or translate("GroupsPanel", "No department")
    if flag.suggestion == "merge":
        return translate("GroupsPanel", "⚠ {name} has {n} (under 3): merge with {other}.").format(
            name=name, n=flag.size, other=flag.merge_with or "–"
        )
    return translate("GroupsPanel", "⚠ {name} has {n} (over 5): split into {k} groups.").format(
        name=name, n=flag.size, k=flag.split_into
    )


def rules_text(c: GroupsController) -> str:
    parts = [
        translate("GroupsPanel", "apart: {a} / {b}").format(a=c.people[a][0], b=c.people[b][0])
        for a, b in (tuple(p) for p in c.rules.apart)
        if a in c.people and b in c.people
    ]
    parts += [
        translate("GroupsPanel", "together: {a} + {b}").format(a=c.people[a][0], b=c.people[b][0])
        for a, b in (tuple(p) for p in c.rules.together)
        if a in c.people and b in c.people
    ]
    return translate("GroupsPanel", "Rules: ") + "; ".join(parts) if parts else ""
