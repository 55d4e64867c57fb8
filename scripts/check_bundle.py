"""Run the PyInstaller bundle headless and check what it produced.

Usage: python scripts/check_bundle.py dist/Facilitator
"""

import email
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import urllib.request
from email import policy
from pathlib import Path

from pypdf import PdfReader


def main(bundle: Path) -> int:
    program = (bundle / ("Facilitator.exe" if os.name == "nt" else "Facilitator")).resolve()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    work = Path(tempfile.mkdtemp(prefix="bundle-check-"))

    def run(*args: str) -> str:
        result = subprocess.run(
            [str(program), *args], capture_output=True, text=True, env=env, cwd=work, timeout=300
        )
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    version = run("--version").strip()
    print(version)
    # PySide6 6.12.0 aborts a running meeting after ~30 min (see pyproject.toml).
    assert "(PySide6 6.12.0)" not in version, f"the bundle ships a broken Qt binding: {version}"
    database, pdf, eml = work / "demo.sqlite3", work / "minutes.pdf", work / "minutes.eml"
    print(run("demo", "--db", str(database)).strip())
    # Right-to-left text and a big number exercise the bidi, Arabic shaping and Babel
    # data the bundle must carry.
    connection = sqlite3.connect(database)
    connection.execute("UPDATE meeting SET place = 'مكتب أوسلو — משרד' WHERE id = 1")
    connection.execute("UPDATE key_result SET target_value = 12345678 WHERE id = 1")
    connection.commit()
    connection.close()
    print(run("export", "--db", str(database), "--pdf", str(pdf), "--eml", str(eml)).strip())
    reader = PdfReader(pdf)
    text = " ".join(page.extract_text() for page in reader.pages)
    fonts = {
        str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()
    }
    assert "Nordlys Energi AS" in text and "Kråkenes" in text, "PDF text"
    assert "משרד" in text, "right-to-left text"
    assert "12 345 678" in " ".join(text.split()), "numbers in the minutes' language"
    assert any("DejaVuSans" in f for f in fonts), "bundled font embedded"
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/MarkInfo"]["/Marked"], "tagged PDF"
    assert str(catalog["/Lang"]) == "nb-NO", "the minutes' language"
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and list(message.iter_attachments()), "e-mail draft"
    # Before the meeting: the calendar invitation (icalendar with its time zone data) and
    # the printed agenda.
    ics, agenda = work / "invite.ics", work / "agenda.pdf"
    print(run("invite", "--db", str(database), "--ics", str(ics), "--tz", "Europe/Oslo").strip())
    calendar = ics.read_text(encoding="utf-8")
    assert "METHOD:REQUEST" in calendar and "TZID:Europe/Oslo" in calendar, "invitation"
    print(run("export", "--db", str(database), "--agenda", str(agenda)).strip())
    assert "Gode nyheter" in PdfReader(agenda).pages[0].extract_text(), "agenda"
    # After it: one PDF per department for its leader.
    departments = work / "departments"
    departments.mkdir()
    print(run("export", "--db", str(database), "--departments", str(departments)).strip())
    written = sorted(departments.glob("*.pdf"))
    assert len(written) == 3, "one PDF per department"
    assert "Kundeservice" in PdfReader(written[0]).pages[0].extract_text(), "department PDF"
    check_room_link(program, env, database)
    check_shared_meeting(run, work)
    print(f"bundle check passed: {len(reader.pages)} pages, fonts {sorted(fonts)}")
    return 0


def check_shared_meeting(run, work: Path) -> None:
    """A shared meeting from the bundle: psycopg, its libpq and the PostgreSQL dialect are
    in it. The server comes from the pgserver wheel that `make test` installs; without it
    this part is skipped and says so."""
    try:
        import pgserver
    except ImportError:
        print("shared meeting not checked: pgserver is not installed (make test installs it)")
        return
    folder = tempfile.mkdtemp(prefix="pg", dir="/tmp")
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        url = f"postgresql://postgres@/postgres?host={folder}"
        print(run("demo", "--db", url).strip())
        pdf = work / "shared.pdf"
        print(run("export", "--db", url, "--pdf", str(pdf)).strip())
        assert "Nordlys Energi AS" in PdfReader(pdf).pages[0].extract_text(), "shared meeting"
        print("shared meeting (PostgreSQL) opened, migrated and exported from the bundle")
    finally:
        server.cleanup()


def check_room_link(program: Path, env: dict[str, str], database: Path) -> None:
    """`serve` answers: the live view's page and its first event (aiohttp, the pages), and
    a scribe's HEIC photo is taken (pi-heif and its libheif are in the bundle)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [str(program), "serve", "--db", str(database), "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().split(": ", 1)[1].strip()
        page = urllib.request.urlopen(url, timeout=10).read().decode()
        assert "room.js" in page, "the live view's page"
        with urllib.request.urlopen(url + "/events", timeout=10) as stream:
            first = next(line for line in stream if line.startswith(b"data: "))
        assert b'"screen"' in first, "the live view's events"
        scribe = server.stdout.readline().split(": ", 1)[1].strip()
        before = photo_count(database)
        upload = urllib.request.Request(scribe + "/photos", data=heic_photo(), method="POST")
        with urllib.request.urlopen(upload, timeout=60) as answer:
            assert answer.status == 201, "a HEIC photo from a scribe"
        assert photo_count(database) == before + 1, "the HEIC photo is stored"
        print(f"room link served: {url.split('/r/')[0]}; a HEIC photo taken")
    finally:
        server.terminate()
        server.wait(10)


def heic_photo() -> bytes:
    """An iPhone's kind of photo, written by the test-only encoder (pillow-heif)."""
    import io

    import pillow_heif
    from PIL import Image

    out = io.BytesIO()
    pillow_heif.from_pillow(Image.new("RGB", (1200, 900), "white")).save(out, quality=80)
    return out.getvalue()


def photo_count(database: Path) -> int:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT count(*) FROM group_photo").fetchone()[0]
    finally:
        connection.close()


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
