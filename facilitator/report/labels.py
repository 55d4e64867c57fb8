"""The words of the minutes, through Qt's translator (the meeting's language decides)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.agenda import BlockKind
from facilitator.texts import block_title


def t(text: str) -> str:
    return QCoreApplication.translate("Minutes", text)


def dimension_label(dimension: str) -> str:
    return {
        "execution": t("Execution and effort"),
        "leadership": t("Leadership and attitude"),
        "competence": t("Competence"),
    }.get(dimension, dimension)


def block_label(kind: BlockKind) -> str:
    return block_title(kind)
