"""Shared set-up for the benchmark scripts."""

import os
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def compile_package() -> None:
    """Write the package's bytecode, as an installed app (or a first start) has it.

    Whole-process figures would otherwise include compiling every module from source on
    machines that set PYTHONDONTWRITEBYTECODE (this development machine does)."""
    import compileall

    compileall.compile_dir(str(REPO / "facilitator"), quiet=1)


def summary(values: list[float], unit: str) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"median {statistics.median(ordered):.1f} {unit}, p95 {p95:.1f} {unit}, "
        f"max {ordered[-1]:.1f} {unit} (n={len(ordered)})"
    )


MISSED: list[str] = []


def goal(text: str, met: bool) -> None:
    """Print whether one of the issue's goals is met; a missed one makes the run fail."""
    print(f"  goal {'met' if met else 'MISSED'}: {text}")
    if not met:
        MISSED.append(text)


def verdict() -> int:
    """The exit status: 1 when any goal was missed."""
    print(f"{len(MISSED)} goal(s) missed" if MISSED else "every goal met")
    return 1 if MISSED else 0
