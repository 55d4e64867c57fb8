"""Guard against a Qt binding that leaks references to None, True or False.

PySide6-Essentials 6.12.0 on CPython 3.11 dropped one reference to `None` on every call
that returns nothing; a running meeting makes 20-30 such calls a second, so the app aborted
with "Fatal Python error: none_dealloc" after about half an hour. The probe runs in a child
process because a bad binding kills the interpreter rather than failing an assertion.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

CALLS = 20_000
# Interning, caches and the first calls of each method may move the counts by a few.
TOLERANCE = 200

PROBE = textwrap.dedent(
    """
    import json, os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QObject, QTimer, Signal
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QPushButton

    app = QApplication([])

    class Emitter(QObject):
        number = Signal(int)
        nothing = Signal()

    label, bar, button, timer, emitter = QLabel(), QProgressBar(), QPushButton(), QTimer(), Emitter()
    received = []
    emitter.number.connect(lambda value: None)
    emitter.nothing.connect(lambda: None)

    def counts():
        return {name: sys.getrefcount(obj) for name, obj in
                (("None", None), ("True", True), ("False", False))}

    before = counts()
    for i in range(CALLS):
        label.setText(str(i % 60))        # returns None
        label.setVisible(True)            # takes True, returns None
        button.setEnabled(False)          # takes False
        bar.setValue(i % 100)
        label.setStyleSheet("")
        timer.setSingleShot(True)
        emitter.number.emit(i)            # slot returns None
        emitter.nothing.emit()
        label.isVisible()                 # returns True
        button.isEnabled()                # returns False
    after = counts()
    print(json.dumps({name: after[name] - before[name] for name in before}))
    """
).replace("CALLS", str(CALLS))


def test_qt_calls_leave_none_true_and_false_counts_unchanged():
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, (
        "The Qt binding killed the interpreter while making ordinary calls "
        f"(exit {result.returncode}); it drops references to None/True/False. "
        f"Exclude this PySide6 release in pyproject.toml.\n{result.stderr[-2000:]}"
    )
    drift = json.loads(result.stdout.strip().splitlines()[-1])
    leaking = {name: delta for name, delta in drift.items() if abs(delta) > TOLERANCE}
    assert not leaking, (
        f"{CALLS} rounds of Qt calls moved these reference counts: {leaking}; "
        "the binding leaks or drops references and will crash a long meeting."
    )


def test_installed_binding_is_not_a_release_known_to_be_broken():
    from importlib.metadata import version

    assert version("PySide6-Essentials") != "6.12.0"
