"""The words of the minutes and the e-mail, in the meeting's language.

`translate(context, text)` uses the language set with `minutes_language(...)` (the
meeting's), not the UI's, so a meeting held in Norwegian gets Norwegian minutes whatever
language the leader's app is in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from facilitator.domain.agenda import BlockKind
from facilitator.texts import block_title
from facilitator.translation import LANGUAGES, translate_to
from facilitator.translation import translate as ui_translate

_language: list[str] = []  # the innermost minutes_language(), if any


@contextmanager
def minutes_language(code: str) -> Iterator[None]:
    _language.append(code if code in LANGUAGES else "en")
    try:
        yield
    finally:
        _language.pop()


def language() -> str:
    """The language the minutes are being written in ("en" outside `minutes_language`)."""
    return _language[-1] if _language else "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """In the minutes' language inside `minutes_language`, else the UI's (or English)."""
    if not _language:
        return ui_translate(context, text, disambiguation, n)
    return translate_to(_language[-1], context, text, n)


def dimension_label(dimension: str) -> str:
    return {
        "execution": translate("Minutes", "Execution and effort"),
        "leadership": translate("Minutes", "Leadership and attitude"),
        "competence": translate("Minutes", "Competence"),
    }.get(dimension, dimension)


def block_label(kind: BlockKind) -> str:
    return block_title(kind, translate)
