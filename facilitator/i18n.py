"""Languages: English (the source texts) and Norwegian Bokmål, through Qt's translator.

The UI follows the system locale unless a language is chosen in Preferences; the minutes
and the e-mail follow the meeting's own language (see `report/labels.py`).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from facilitator import settings_schema as keys
from facilitator.locations import resources_dir
from facilitator.translation import LANGUAGES as LANGUAGES  # re-exported for the UI


def system_language() -> str:
    language = QLocale.system().language()
    norwegian = {QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk}
    return "nb" if language in norwegian else "en"


def chosen_language(settings: QSettings) -> str:
    value = keys.LANGUAGE.read(settings)
    return value if value in LANGUAGES else system_language()


@cache
def translator(code: str) -> QTranslator:
    """The compiled translations for a language. English is the source language; its
    catalogue holds only the plural forms ("1 participant", "2 participants")."""
    loaded = QTranslator()
    path = resources_dir() / "translations" / f"facilitator_{code}.qm"
    if not loaded.load(str(path)):
        raise FileNotFoundError(path)
    return loaded


_installed: QTranslator | None = None


def install_ui_language(code: str) -> None:
    """Translate the UI (call before the windows are built)."""
    global _installed
    if _installed is not None:
        QCoreApplication.removeTranslator(_installed)
        _installed = None
    found = translator(code)
    QCoreApplication.installTranslator(found)
    _installed = found
    QLocale.setDefault(
        QLocale(QLocale.Language.NorwegianBokmal if code == "nb" else QLocale.Language.English)
    )
