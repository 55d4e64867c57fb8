"""ReportLab's Paragraph, laid out once per width.

A table asks each cell paragraph for its size while measuring rows, again when it splits
across a page and again when it draws; ReportLab breaks the lines anew each time. The
lines depend only on the width (`Paragraph.wrap` ignores the available height), so the
result of the last width is kept. About a third of the minutes' layout time.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _ReportLabParagraph


class Paragraph(_ReportLabParagraph):
    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        # ReportLab drops blPara when it splits a cell; then the lines are broken anew.
        if availWidth == self._wrapped_width and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if getattr(self, "width", None) == availWidth:  # laid out, not refused as too narrow
            self._wrapped_width = availWidth
        return size
