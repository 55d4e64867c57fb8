"""One meeting, one window: a second start on the same database brings the first forward."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from facilitator.store.database import open_database
from facilitator.ui.single_instance import SingleInstance, lock_path


def _child_env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    env["XDG_DATA_HOME"] = str(tmp_path / "data")
    return env


def _second_start(qtbot, first, path, tmp_path) -> str:
    """Start the app on `path` while `first` holds the meeting; what it said on stderr."""
    with qtbot.waitSignal(first.activated, timeout=10_000):
        second = subprocess.Popen(
            [sys.executable, "-m", "facilitator", "--db", str(path)],
            env=_child_env(tmp_path),
            stderr=subprocess.PIPE,
            text=True,
        )
        # The child connects while this process's event loop runs (waitSignal).
        while second.poll() is None:
            qtbot.wait(50)
    _out, errors = second.communicate()
    assert second.returncode == 0
    return errors


def test_a_second_start_on_the_same_file_brings_the_first_forward(qtbot, db_path, tmp_path):
    open_database(db_path).close()
    first = SingleInstance(db_path)
    assert first.acquire()
    first.listen()  # as the app does once its window is on the screen
    try:
        assert "already open" in _second_start(qtbot, first, db_path, tmp_path)
    finally:
        first.release()


def test_the_same_process_sees_the_file_as_taken(qtbot, db_path):
    first, second = SingleInstance(db_path), SingleInstance(db_path)
    assert first.acquire()
    try:
        assert not second.acquire()
        assert not second.ask_owner_to_show()  # the first window is not shown yet
        first.listen()
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.ask_owner_to_show()
    finally:
        first.release()
    assert second.acquire()  # free again once released
    second.release()


def test_a_lock_left_by_a_crashed_instance_is_taken_over(qapp, db_path, tmp_path):
    crash = textwrap.dedent(
        f"""
        import os
        from PySide6.QtCore import QLockFile
        lock = QLockFile({str(lock_path(db_path))!r})
        lock.setStaleLockTime(0)
        assert lock.tryLock(0)
        os._exit(9)  # dies holding the lock, as a crash would
        """
    )
    subprocess.run([sys.executable, "-c", crash], env=_child_env(tmp_path), timeout=60)
    assert lock_path(db_path).exists()
    instance = SingleInstance(db_path)
    assert instance.acquire()
    instance.release()


def test_export_reads_a_database_open_in_the_app_without_changing_it(db, meeting_id, tmp_path):
    """The CLI's export may run while the app has the file open, and writes nothing to it."""
    from facilitator.store.meetings import update_profile_text

    update_profile_text(db, meeting_id, "vision", "Uendret av eksporten")
    files = [db.path, db.path.with_name(db.path.name + "-wal")]

    def snapshot() -> list[bytes]:
        return [f.read_bytes() if f.exists() else b"" for f in files]

    before = snapshot()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "export",
            "--db",
            str(db.path),
            "--pdf",
            str(tmp_path / "minutes.pdf"),
        ],
        env=_child_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "minutes.pdf").stat().st_size > 0
    assert snapshot() == before


def test_a_symlink_or_a_hard_link_to_the_open_file_brings_the_first_forward(
    qtbot, db_path, tmp_path
):
    """One meeting is one file, whatever path names it: a second window on a symbolic link
    (or a hard link in another folder) would lose one window's pause to the other's edit."""
    open_database(db_path).close()
    from facilitator.ui.single_instance import instance_file

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    symlink = elsewhere / "link.sqlite3"
    symlink.symlink_to(db_path)
    hard_link = elsewhere / "hard.sqlite3"
    os.link(db_path, hard_link)

    first = SingleInstance(instance_file(db_path))
    assert first.acquire()
    first.listen()
    try:
        for path in (symlink, hard_link, db_path):
            assert "already open" in _second_start(qtbot, first, path, tmp_path), path
        assert not (elsewhere / "link.sqlite3.lock").exists()  # no lock beside the link
        assert not SingleInstance(instance_file(hard_link)).acquire()
    finally:
        first.release()
    again = SingleInstance(instance_file(symlink))
    assert again.acquire()
    again.release()
