"""E-mail goes to exactly the right people, whatever their names hold; addresses typed
the Outlook way are accepted and bad ones named; a login never goes out in clear unasked,
and a password with æøå works."""

from __future__ import annotations

import email
import socket
from dataclasses import replace
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from facilitator.domain.validation import ValidationError
from facilitator.report.document import write_minutes_pdf
from facilitator.report.email_draft import (
    InsecureLoginError,
    Security,
    SmtpSettings,
    build_draft,
    parse_addresses,
    send,
    write_eml,
)
from facilitator.store.demo import create_demo_meeting
from facilitator.store.minutes import load_minutes
from tests.report.smtp_server import Inbox, free_port

AWKWARD = [
    ("Berg, Øyvind", "oyvind.berg@nordlys.no"),
    ("Kari 😀 Nordmann", "kari@nordlys.no"),
    ("מרים כהן", "miriam@nordlys.no"),
    ("Ola Nordmann " * 20, "ola@nordlys.no"),
    ("Per\nLine\tBreak\x07", "per@nordlys.no"),
    ('Anne "the boss" Lie', "anne@nordlys.no"),
    ("Åse Ødegård", "ase.odegard@nordlys.no"),
]


@pytest.fixture
def minutes(db, tmp_path):
    data = load_minutes(db, create_demo_meeting(db))
    return data, write_minutes_pdf(data, tmp_path / "minutes.pdf")


def _parsed(path):
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


def test_the_to_line_parses_back_to_exactly_the_intended_people(minutes, tmp_path):
    data, pdf = minutes
    path = write_eml(build_draft(data, pdf, AWKWARD), tmp_path / "draft.eml")
    message = _parsed(path)
    addresses = message["To"].addresses
    assert [a.addr_spec for a in addresses] == [addr for _name, addr in AWKWARD]
    assert addresses[0].display_name == "Berg, Øyvind"
    assert addresses[1].display_name == "Kari 😀 Nordmann"
    assert addresses[2].display_name == "מרים כהן"
    assert addresses[4].display_name == "Per Line Break"  # folded to one line
    assert addresses[5].display_name == 'Anne "the boss" Lie'


def test_line_breaks_and_control_characters_in_the_company_name_export(minutes, tmp_path):
    data, pdf = minutes
    odd = replace(data, company="Nordlys\nEnergi\tAS\x0b", leader="Ingrid\r\nSolheim")
    path = write_eml(
        build_draft(odd, pdf, AWKWARD[:1], sender="Ingrid\nSolheim <i@x.no>"), tmp_path / "d.eml"
    )
    message = _parsed(path)
    assert message["Subject"].startswith("Nordlys Energi AS 2026 Q4")
    assert "\n" not in message["Subject"]
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename().startswith("Nordlys Energi AS")


def test_addresses_typed_the_outlook_way_and_a_bad_one_named():
    assert parse_addresses(["a@b.no; c@d.no", "Kari Nordmann <kari@firma.no>, e@f.no"]) == [
        ("", "a@b.no"),
        ("", "c@d.no"),
        ("Kari Nordmann", "kari@firma.no"),
        ("", "e@f.no"),
    ]
    with pytest.raises(ValidationError) as bad:
        parse_addresses(["a@b.no; kari@@firma"])
    assert bad.value.value == "kari@@firma"
    with pytest.raises(ValidationError):
        parse_addresses(["ola@firma"])  # no domain part after the @ worth the name


class _Auth:
    def __init__(self) -> None:
        self.logins: list[tuple[str, str]] = []

    def __call__(self, server, session, envelope, mechanism, auth_data):
        user = auth_data.login.decode()
        password = auth_data.password.decode()
        self.logins.append((user, password))
        return AuthResult(success=password == "blåbærsyltetøy")


def test_a_password_with_norwegian_letters_logs_in(minutes):
    data, pdf = minutes
    auth, inbox = _Auth(), Inbox()
    server = Controller(
        inbox,
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=auth,
        auth_require_tls=False,
    )
    server.start()
    try:
        settings = SmtpSettings(
            "127.0.0.1",
            server.port,
            Security.NONE,
            user="ingrid",
            sender="i@nordlys.no",
            allow_plain_login=True,
        )
        send(build_draft(data, pdf, AWKWARD[:2]), settings, "blåbærsyltetøy")
    finally:
        server.stop()
    assert auth.logins == [("ingrid", "blåbærsyltetøy")]
    [envelope] = inbox.messages
    assert envelope.rcpt_tos == ["oyvind.berg@nordlys.no", "kari@nordlys.no"]


def test_no_login_in_clear_unless_allowed_for_that_server(minutes):
    data, pdf = minutes
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    try:
        settings = SmtpSettings(
            "127.0.0.1", listener.getsockname()[1], Security.NONE, user="ingrid"
        )
        with pytest.raises(InsecureLoginError):
            send(build_draft(data, pdf, AWKWARD[:1]), settings, "secret")
        with pytest.raises(TimeoutError):
            listener.accept()  # refused before any connection was made
    finally:
        listener.close()


def test_the_cli_exports_a_meeting_whose_names_hold_line_breaks_and_commas(db, tmp_path):
    import sqlite3
    import subprocess
    import sys

    meeting_id = create_demo_meeting(db)
    path = db.path
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE company SET name = ? ", ("Nordlys\nEnergi\tAS\x07",))
    raw.execute(
        "UPDATE participant SET name = ? WHERE meeting_id = ? AND email = ?",
        ("Berg, Øyvind\r\n😀", meeting_id, "ase.odegard@nordlys.no"),
    )
    raw.commit()
    raw.close()
    pdf, eml = tmp_path / "out.pdf", tmp_path / "out.eml"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", "--db", str(path), "--pdf", str(pdf),
         "--eml", str(eml)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    message = _parsed(eml)
    people = {(a.display_name, a.addr_spec) for a in message["To"].addresses}
    assert ("Berg, Øyvind 😀", "ase.odegard@nordlys.no") in people
    assert len(people) == 13  # everyone with an address, nobody split at a comma
    assert message["Subject"].startswith("Nordlys Energi AS")


NORWEGIAN_FIRST = ["Ørjan", "Åse", "Marit", "Mette", "Bjørn", "Kari", "Ola", "Siri", "Ægir",
                   "Øyvind", "Håkon", "Sæbjørg", "Ingrid", "Jørgen", "Tove", "Knut"]  # fmt: skip
NORWEGIAN_LAST = ["Sæther", "Aaberg", "Berg", "Kråkenes", "Ødegård", "Nordmann", "Bø",
                  "Dahl", "Lie", "Ås", "Haugen", "Solheim", "Østby", "Bråten"]  # fmt: skip


def _both_readings(raw: bytes) -> tuple[list, list]:
    """The To line as Python's default policy and its compat32 parser read it: two
    independent implementations (the header registry, and getaddresses over raw text)."""
    from email.header import decode_header, make_header
    from email.utils import getaddresses

    modern = email.message_from_bytes(raw, policy=policy.default)["To"].addresses
    old = email.message_from_bytes(raw, policy=policy.compat32).get_all("To")
    return (
        [(a.display_name, a.addr_spec) for a in modern],
        [(str(make_header(decode_header(n))), a) for n, a in getaddresses(old)],
    )


@pytest.mark.parametrize("size", [3, 12, 40, 200])
def test_long_to_lines_of_norwegian_names_keep_everyone(db, tmp_path, size):
    """The e-mail package folded such lists with the comma inside an encoded word
    (=?utf-8?q?=2C?=): 15 % of 12-person lists read back one person short."""
    import random

    data = load_minutes(db, create_demo_meeting(db))
    # The To line is what is tested: a one-page PDF stands in for the minutes (with the
    # demo's photos, 100 drafts spent most of their time encoding the attachment).
    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    chooser = random.Random(size)
    for trial in range(25):
        people = [
            (f"{chooser.choice(NORWEGIAN_FIRST)} {chooser.choice(NORWEGIAN_LAST)}",
             f"p{n}.t{trial}@nordlys.no")
            for n in range(size)
        ]  # fmt: skip
        raw = build_draft(data, pdf, people).as_bytes()
        head = raw.split(b"\r\n\r\n")[0]
        assert b"=2C" not in head and max(len(line) for line in head.split(b"\r\n")) <= 78
        modern, old = _both_readings(raw)
        assert modern == people and old == people


def test_the_three_people_of_the_report_reach_all_three(db, tmp_path):
    """`--to` given as the leader types it, and repeated: every address is kept."""
    import subprocess
    import sys

    create_demo_meeting(db)
    db.close()
    pdf, eml = tmp_path / "out.pdf", tmp_path / "out.eml"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", "--db", str(db.path), "--pdf", str(pdf),
         "--eml", str(eml), "--to", "Mette Aaberg <mette.aaberg@nordlys.no>",
         "Marit Berg <marit.berg@nordlys.no>", "Ørjan Sæther <orjan.saether@nordlys.no>",
         "--to", "Åse Ødegård <ase@nordlys.no>"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    modern, old = _both_readings(eml.read_bytes())
    expected = [
        ("Mette Aaberg", "mette.aaberg@nordlys.no"),
        ("Marit Berg", "marit.berg@nordlys.no"),
        ("Ørjan Sæther", "orjan.saether@nordlys.no"),
        ("Åse Ødegård", "ase@nordlys.no"),
    ]
    assert modern == expected and old == expected


def test_a_stored_address_with_a_line_break_is_named_and_left_out(db, tmp_path):
    import sqlite3
    import subprocess
    import sys

    meeting_id = create_demo_meeting(db)
    db.close()
    raw = sqlite3.connect(db.path)
    raw.execute(
        "UPDATE participant SET email = ? WHERE meeting_id = ? AND email = ?",
        ("ase.odegard@nordlys.no\r\nBcc: spy@example.com", meeting_id, "ase.odegard@nordlys.no"),
    )
    raw.commit()
    raw.close()
    pdf, eml = tmp_path / "out.pdf", tmp_path / "out.eml"
    result = subprocess.run(
        [sys.executable, "-m", "facilitator", "export", "--db", str(db.path), "--pdf", str(pdf),
         "--eml", str(eml)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Left out of the e-mail: Åse Ødegård" in result.stderr
    assert "Traceback" not in result.stderr
    message = _parsed(eml)
    assert "Bcc" not in message and "spy@example.com" not in eml.read_text(errors="replace")
    assert len(message["To"].addresses) == 12


def test_the_minutes_draft_is_from_the_meetings_leader(minutes, tmp_path):
    """RFC 5322 asks every message for a From: the leader sends the minutes, as she sends
    the invitation."""
    data, pdf = minutes
    leader = next(p for p in data.participants if p.name == data.leader)
    assert leader.email
    message = _parsed(write_eml(build_draft(data, pdf, AWKWARD), tmp_path / "draft.eml"))
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (data.leader, leader.email)
