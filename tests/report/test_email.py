"""The e-mail draft (.eml) and sending over SMTP to a real server on 127.0.0.1."""

import email
import subprocess
import sys
from email import policy

import pytest
from aiosmtpd.controller import Controller
from pypdf import PdfReader

from facilitator.report.document import write_minutes_pdf
from facilitator.report.email_draft import (
    Security,
    SmtpSettings,
    build_draft,
    key_points,
    recipients,
    send,
    write_eml,
)
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes
from tests.report.smtp_server import Inbox, free_port


@pytest.fixture
def demo(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    return data, write_minutes_pdf(data, tmp_path / "minutes.pdf")


def test_draft_is_an_unsent_message_with_the_pdf(demo, tmp_path):
    data, pdf = demo
    chosen = [r for r in recipients(data) if r[0] != "Bjørn Kråkenes"]
    path = write_eml(build_draft(data, pdf, chosen), tmp_path / "draft.eml")
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Nordlys Energi AS 2026 Q4 — referat fra OKR-møte"  # in Norwegian
    to = message["To"]
    assert "Åse Ødegård <ase.odegard@nordlys.no>" in to and "Bjørn" not in to
    assert "line" not in to.lower()  # Line Ødven has no address
    body = message.get_body(("plain",)).get_content()
    assert body.startswith("Hei alle sammen,")
    assert "Kundeservice: 9" in body and "erklært avsluttet kl." in body
    assert (
        "Send rosen videre til lageret og Voss-teamet — Ingrid Solheim — frist 18.12.2026" in body
    )
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "Nordlys Energi AS 2026 Q4 OKR-referat.pdf"
    assert attachment.get_content() == pdf.read_bytes()


def test_the_body_carries_the_decisions_on_its_own(demo):
    data, _ = demo
    body = key_points(data)
    lines = body.splitlines()
    okrs = lines.index("Selskapets OKR-er for 2027 Q1:")
    assert lines[okrs + 1] == (
        "  • Bli Vestlandets mest anbefalte solenergileverandør (Ingrid Solheim)"
    )
    assert lines[okrs + 2] == "      – Øke NPS (Tove Ålvik): 41 → 55 poeng"
    assert (
        "      – Aktive brukere av «Min strøm» (Sølvi Aaberg): 1\u00a0200 → 3\u00a0000 brukere"
        in lines
    )
    assert "Avdelingenes egne OKR-er (4 mål) står i referatet." in lines
    # The decisions come before the scores, as on page 1 of the minutes.
    assert okrs < lines.index("Tiltak:") < lines.index("Vår egenevaluering av kvartalet (1–10):")


def test_cli_writes_pdf_and_draft(db, db_path, tmp_path):
    create_demo_meeting(db)
    db.close()
    pdf, eml = tmp_path / "out.pdf", tmp_path / "out.eml"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "export",
            "--db",
            str(db_path),
            "--pdf",
            str(pdf),
            "--eml",
            str(eml),
            "--to",
            "leder@firma.no",
            "styret@firma.no",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["To"] == "leder@firma.no, styret@firma.no"
    assert pdf.read_bytes().startswith(b"%PDF")
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitator",
            "export",
            "--db",
            str(db_path),
            "--pdf",
            str(pdf),
            "--meeting",
            "99",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert bad.returncode == 1 and "no meeting number 99" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_sending_over_smtp_to_a_local_server(demo):
    data, pdf = demo
    inbox = Inbox()
    server = Controller(inbox, hostname="127.0.0.1", port=free_port())
    server.start()
    try:
        message = build_draft(data, pdf, [("Åse Ødegård", "ase.odegard@nordlys.no")])
        settings = SmtpSettings(
            "127.0.0.1", server.port, Security.NONE, sender="ingrid.solheim@nordlys.no"
        )
        send(message, settings)
    finally:
        server.stop()
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["ase.odegard@nordlys.no"]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    assert "X-Unsent" not in received  # a sent message is no draft
    assert received["From"] == "ingrid.solheim@nordlys.no"
    [attachment] = list(received.iter_attachments())
    assert attachment.get_content() == pdf.read_bytes()


def test_the_export_command_runs_without_qt_or_sqlalchemy(db, db_path, tmp_path):
    """`facilitator export` needs neither Qt nor (for a file at the newest schema)
    SQLAlchemy, whose imports were most of its time: a child process that refuses to
    import them still writes the (Norwegian) minutes, the draft and the workbook."""
    create_demo_meeting(db)
    db.close()
    pdf, eml, xlsx = tmp_path / "out.pdf", tmp_path / "out.eml", tmp_path / "out.xlsx"
    script = (
        "import sys\n"
        "class Refuse:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6', 'sqlalchemy'):\n"
        "            raise ImportError('imported by the export path: ' + name)\n"
        "sys.meta_path.insert(0, Refuse())\n"
        "from facilitator.cli import main\n"
        f"sys.exit(main(['export', '--db', {str(db_path)!r}, '--pdf', {str(pdf)!r},"
        f" '--eml', {str(eml)!r}, '--xlsx', {str(xlsx)!r}]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Referat fra OKR-møte" in text  # translated from the .ts without Qt
    assert xlsx.stat().st_size > 0  # the workbook too
