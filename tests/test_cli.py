"""The command line: --version, demo, and choosing the database."""

import os
import sqlite3
import subprocess
import sys

from facilitator import __version__


def _run(*args, env=None):
    return subprocess.run(
        [sys.executable, "-m", "facilitator", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
        encoding="utf-8",
    )


def test_version():
    result = _run("--version")
    assert result.returncode == 0
    import PySide6

    assert result.stdout.strip() == f"facilitator {__version__} (PySide6 {PySide6.__version__})"


def test_the_installed_version_is_the_one_in_the_package():
    # pyproject.toml reads the version from facilitator/__init__.py (hatch); the two agree.
    from importlib.metadata import version

    assert version("facilitator") == __version__


def test_demo_fills_every_table(tmp_path):
    path = tmp_path / "demo.sqlite3"
    result = _run("demo", "--db", str(path))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(path)
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'"
        )
    ]
    empty = [
        t for t in tables if connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
    ]
    assert empty == []
    latest = connection.execute(
        "SELECT id FROM meeting ORDER BY meeting_date DESC LIMIT 1"
    ).fetchone()[0]
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM participant WHERE meeting_id = ?", (latest,)
        )
    ]
    departments = [
        row[0]
        for row in connection.execute("SELECT name FROM department WHERE meeting_id = ?", (latest,))
    ]
    quarters = [
        row[0] for row in connection.execute("SELECT quarter FROM meeting ORDER BY meeting_date")
    ]
    connection.close()
    assert len(names) == 14 and len(departments) == 3
    assert quarters == ["2026 Q3", "2026 Q4"]  # last quarter's meeting, for continuity
    assert any(letter in "".join(names) for letter in "æøå")


def test_database_from_environment_and_global_option(tmp_path):
    from_env = tmp_path / "env.sqlite3"
    assert _run("demo", env={"FACILITATOR_DB": str(from_env)}).returncode == 0
    assert from_env.exists()
    global_option = tmp_path / "global.sqlite3"
    assert _run("--db", str(global_option), "demo").returncode == 0
    assert global_option.exists()


def test_unusable_database_is_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"PK\x03\x04 this is a zip file")
    result = _run("demo", "--db", str(bad))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert bad.read_bytes() == b"PK\x03\x04 this is a zip file"


def test_demo_at_the_size_of_a_company(tmp_path):
    """`demo --people 200`: departments, groups and OKRs in proportion."""
    import sqlite3

    path = tmp_path / "big.sqlite3"
    result = _run("demo", "--people", "200", "--db", str(path))
    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(path)
    count = lambda sql: connection.execute(sql).fetchone()[0]  # noqa: E731
    assert count("SELECT count(*) FROM participant WHERE meeting_id = 1") == 200
    assert count("SELECT count(DISTINCT name) FROM participant WHERE meeting_id = 1") == 200
    assert 10 <= count("SELECT count(*) FROM department WHERE meeting_id = 1") <= 14
    assert 35 <= count("SELECT count(*) FROM breakout_group WHERE meeting_id = 1") <= 45
    assert 50 <= count("SELECT count(*) FROM objective WHERE meeting_id = 1") <= 70
    krs = "SELECT count(*) FROM key_result k JOIN objective o ON o.id = k.objective_id"
    assert 180 <= count(krs + " WHERE o.meeting_id = 1") <= 230
    sizes = connection.execute(
        "SELECT count(*) FROM group_member m JOIN breakout_group g ON g.id = m.group_id"
        " WHERE g.meeting_id = 1 GROUP BY g.id"
    ).fetchall()
    assert all(3 <= n <= 5 for (n,) in sizes)
    connection.close()


def test_a_shared_meeting_from_the_command_line_exports_the_same_minutes_anywhere(
    postgres, tmp_path
):
    """`demo` and `export` take a PostgreSQL URL (from --db or FACILITATOR_DB); two
    laptops exporting the one meeting get the same minutes."""
    from pypdf import PdfReader

    url = postgres.empty_database()
    made = _run("demo", "--db", url)
    assert made.returncode == 0, made.stderr
    assert "Demo meeting" in made.stdout
    first, second = tmp_path / "leader.pdf", tmp_path / "department.pdf"
    assert _run("export", "--db", url, "--pdf", str(first)).returncode == 0
    exported = _run("export", "--pdf", str(second), env={"FACILITATOR_DB": url})
    assert exported.returncode == 0, exported.stderr

    def words(path):
        return [page.extract_text() for page in PdfReader(path).pages]

    assert words(first) == words(second)
    assert "Nordlys Energi AS" in words(first)[0]


def test_a_shared_meeting_that_cannot_be_reached_is_said_in_one_sentence():
    result = _run(
        "export", "--db", "postgresql://kari:hemmelig@/okr?host=/nonexistent", "--pdf", "x.pdf"
    )
    assert result.returncode != 0
    assert "No database server answered" in result.stderr
    assert "hemmelig" not in result.stderr


def test_export_writes_the_workbook_and_the_minutes_in_one_go(tmp_path):
    from python_calamine import CalamineWorkbook

    db = tmp_path / "demo.sqlite3"
    assert _run("demo", "--db", str(db)).returncode == 0
    xlsx, pdf = tmp_path / "results.xlsx", tmp_path / "minutes.pdf"
    result = _run("export", "--db", str(db), "--xlsx", str(xlsx), "--pdf", str(pdf))
    assert result.returncode == 0, result.stderr
    assert "results.xlsx" in result.stdout and pdf.exists()
    book = CalamineWorkbook.from_path(str(xlsx))
    review = book.get_sheet_by_name("Forrige kvartals gjennomgang").to_python()
    assert "Karakter" in review[0]
    alone = _run("export", "--db", str(db), "--xlsx", str(tmp_path / "only.xlsx"))
    assert alone.returncode == 0 and (tmp_path / "only.xlsx").exists()
    assert not (tmp_path / "only.pdf").exists()
    missing_folder = _run("export", "--db", str(db), "--xlsx", str(tmp_path / "nope" / "r.xlsx"))
    assert missing_folder.returncode != 0 and "Traceback" not in missing_folder.stderr
