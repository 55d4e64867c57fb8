"""Norwegian Bokmål: every user-visible string has a translation, and the app uses them."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

TS = REPO_ROOT / "resources" / "translations" / "facilitator_nb.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name"), message.findtext("source")): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _translated(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = [form.text for form in translation.iter("numerusform")]
        return len(forms) == 2 and all(forms)
    return bool(translation.text)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What pyside6-lupdate finds in the code today."""
    out = tmp_path_factory.mktemp("ts") / "current.ts"
    sources = sorted(str(p) for p in (REPO_ROOT / "facilitator").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return _messages(out)


def test_every_string_in_the_code_has_a_norwegian_translation(extracted):
    committed = _messages(TS)
    missing = [key for key in extracted if key not in committed or not _translated(committed[key])]
    assert missing == [], "run `make translations` and translate these in the .ts: " + "; ".join(
        f"{context}: {source!r}" for context, source in missing
    )


@pytest.mark.parametrize("code", ["nb", "en"])
def test_compiled_translations_are_up_to_date(tmp_path, code):
    source = TS.with_name(f"facilitator_{code}.ts")
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(source), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert fresh.read_bytes() == source.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_every_plural_has_its_english_forms(extracted):
    """English is the source language; only "%n" texts need a catalogue entry (one / more)."""
    committed = _messages(TS.with_name("facilitator_en.ts"))
    plurals = [key for key, message in extracted.items() if message.get("numerus") == "yes"]
    assert plurals, "the app has plural texts"
    missing = [key for key in plurals if key not in committed or not _translated(committed[key])]
    assert missing == [], "run `make translations` and give these their English forms: " + (
        "; ".join(f"{context}: {source!r}" for context, source in missing)
    )


def test_english_plurals_in_the_ui(qapp):
    from facilitator import i18n

    i18n.install_ui_language("en")
    translate = qapp.translate
    assert translate("ParticipantsTab", "%n participant(s), {present} present", "", 1) == (
        "1 participant, {present} present"
    )
    assert translate("TurnListBox", "%n turn(s)", "", 3) == "3 turns"


def test_the_ui_in_norwegian(qtbot, db, tmp_path):
    from PySide6.QtCore import QSettings

    from facilitator import i18n
    from facilitator.ui.main_window import MainWindow

    i18n.install_ui_language("nb")
    try:
        window = MainWindow(
            db, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        )
        qtbot.addWidget(window)
        menus = [action.text() for action in window.menuBar().actions()]
        assert menus == ["&Fil", "&Vis", "&Hjelp"]
        assert window.windowTitle() == "Facilitator — ingen møter åpne"
        assert window.welcome_page.new_button.text() == "Nytt møte …"
    finally:
        i18n.install_ui_language("en")
