"""What the leader sees beside a report in block 2: the entity's score last quarter and
what could have been better then, its trend, how far its key results got, and their
grade — so "scored itself 8, grade 0.4" can be talked about while it is said."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator.domain.evaluation import Dimension, EvaluationItem
from facilitator.ui.blocks.okr_reporting.review_model import ReviewModel
from facilitator.ui.blocks.okr_reporting.self_evaluations_controller import (
    SelfEvaluationsController,
)
from facilitator.ui.numbers import grade_text

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def dimension_title(dimension: Dimension) -> str:
    return {
        Dimension.EXECUTION: translate("Dimensions", "Execution and effort"),
        Dimension.LEADERSHIP: translate("Dimensions", "Leadership and attitude"),
        Dimension.COMPETENCE: translate("Dimensions", "Competence — do we have the right one?"),
    }[dimension]


def report_context(
    controller: SelfEvaluationsController, evaluation: EvaluationItem, review: ReviewModel
) -> str:
    """One line, its parts joined by " · "."""
    department = evaluation.department_name
    parts = []
    earlier = controller.earlier.get(department)
    if earlier is not None:
        parts.append(
            translate("SelfEvaluationsPanel", "Last quarter ({quarter}): {score}").format(
                quarter=earlier.quarter,
                score=earlier.score if earlier.score is not None else "–",
            )
        )
        for dimension, better in earlier.better.items():
            parts.append(
                translate("SelfEvaluationsPanel", "could be better ({dimension}): {text}").format(
                    dimension=dimension_title(Dimension(dimension)).split(" —")[0].lower(),
                    text=better,
                )
            )
    history = controller.history.get(department, [])
    if len(history) > 1:
        parts.append(
            translate("SelfEvaluationsPanel", "Trend: ")
            + " → ".join(f"{q} {s}" for q, s in history)
        )
    measured = review.average_progress()
    if measured is not None:
        parts.append(
            translate(
                "SelfEvaluationsPanel", "Key results reached {share:.0%} of their targets"
            ).format(share=measured)
        )
    grades = review.grades()
    if grades is not None and grades.overall is not None:
        parts.append(
            translate("SelfEvaluationsPanel", "grade {grade}").format(
                grade=grade_text(grades.overall)
            )
        )
    if (
        measured is not None
        and evaluation.score is not None
        and evaluation.score >= 7
        and measured < 0.5
    ):
        parts.append(
            translate(
                "SelfEvaluationsPanel", "⚠ a high score on a low measured result — talk about it"
            )
        )
    return " · ".join(parts)
