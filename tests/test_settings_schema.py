"""Every setting is read through `settings_schema`: one key, kind and default each, and
what QSettings gives back (text for numbers and bools, a lone string for a one-item
list, a hand-edited file's nonsense) read the same way everywhere."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from facilitator import settings_schema as keys

PACKAGE = Path(__file__).resolve().parent.parent / "facilitator"


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_absent_settings_read_as_their_defaults(settings):
    assert keys.CHIME.read(settings) is False and keys.SINGLE_KEYS.read(settings) is True
    assert keys.WARNING_MINUTES.read(settings) == 2.0 and keys.SMTP_PORT.read(settings) == 587
    assert keys.RECENT_SHARED.read(settings) == () and keys.LANGUAGE.read(settings) == ""


def test_what_qsettings_gives_back_is_read_as_the_settings_kind(settings):
    settings.setValue("timer/chime", "true")
    settings.setValue("smtp/port", "2525")
    settings.setValue("timer/warning_percent", "250")  # out of range: kept within it
    settings.setValue("database/recent_shared", "postgresql://a@b/okr")  # a lone value
    assert keys.CHIME.read(settings) is True
    assert keys.SMTP_PORT.read(settings) == 2525
    assert keys.WARNING_PERCENT.read(settings) == 100.0
    assert keys.RECENT_SHARED.read(settings) == ("postgresql://a@b/okr",)


def test_a_value_that_cannot_be_read_is_the_default(settings):
    settings.setValue("smtp/port", "not a port")
    settings.setValue("plan/good_news", "ten")
    assert keys.SMTP_PORT.read(settings) == 587
    assert keys.planned_minutes("good_news").read(settings) == 0


def test_written_values_read_back_after_a_sync(settings, tmp_path):
    keys.FOLDED_GUIDES.write(settings, ("good_news", "summary"))
    keys.WARNING_MINUTES.write(settings, 3.5)
    keys.SINGLE_KEYS.write(settings, False)
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert keys.FOLDED_GUIDES.read(again) == ("good_news", "summary")
    assert keys.WARNING_MINUTES.read(again) == 3.5 and keys.SINGLE_KEYS.read(again) is False


def test_no_module_reads_or_writes_a_setting_by_its_own_key():
    """settings.value("…") / setValue("…") with a key written out belongs in the schema."""
    found = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "settings_schema.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("value", "setValue")
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
                and "/" in node.args[0].value
            ):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []
