"""Translation without requiring Qt, so the command line and the minutes run without it.

`translate(context, text)` is Qt's own `QCoreApplication.translate` while the app runs
(the UI language's translator is installed there). Without a running Qt application (the
command line, the PDF export) it returns the English source text. `catalog(code)` reads
the Norwegian translations straight from the `.ts` file (XML, read with the standard
library) for the minutes, which follow the meeting's language whatever the UI's is.

The strings stay visible to pyside6-lupdate: it finds `translate("Context", "text")` and
`QT_TRANSLATE_NOOP("Context", "text")` calls by name.
"""

from __future__ import annotations

import sys
from functools import cache

from facilitator.locations import resources_dir

LANGUAGES = {"en": "English", "nb": "Norsk bokmål"}


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for translation where it is defined; it is translated where shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    core = sys.modules.get("PySide6.QtCore")
    if core is not None and core.QCoreApplication.instance() is not None:
        return str(core.QCoreApplication.translate(context, text, disambiguation, n))
    return text.replace("%n", str(n)) if n >= 0 else text


@cache
def catalog(code: str) -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) → the finished translation (its plural forms for a %n text)."""
    if code not in LANGUAGES or code == "en":
        return {}
    import xml.etree.ElementTree as ElementTree  # only the minutes need it, not a start

    root = ElementTree.parse(resources_dir() / "translations" / f"facilitator_{code}.ts")
    found: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in (
                "unfinished",
                "obsolete",
                "vanished",
            ):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            texts = tuple(forms) if forms else (translation.text or "",)
            if any(texts):
                found[(name, message.findtext("source") or "")] = texts
    return found


def translate_to(code: str, context: str, text: str, n: int = -1) -> str:
    """`text` in the language `code`, from its catalogue; the source if not translated."""
    forms = catalog(code).get((context, text))
    if not forms:
        result = text
    elif n >= 0 and len(forms) > 1:
        result = forms[0] if n == 1 else forms[1]  # Norwegian: one, or more than one
    else:
        result = forms[0]
    return result.replace("%n", str(n)) if n >= 0 else result
