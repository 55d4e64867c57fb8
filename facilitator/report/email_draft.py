"""The e-mail that carries the minutes: an unsent draft (.eml), or sent over SMTP."""

from __future__ import annotations

import base64
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid, parseaddr
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator.domain import formatting
from facilitator.domain.decisions import Decisions, decisions_of, owned
from facilitator.domain.minutes import ActionItem, MinutesData
from facilitator.domain.validation import ValidationError, valid_email
from facilitator.report.address_header import AddressListHeader
from facilitator.report.labels import minutes_language, translate

if TYPE_CHECKING:
    import smtplib


def subject(data: MinutesData) -> str:
    with minutes_language(data.language):
        return _subject(data)


def _subject(data: MinutesData) -> str:
    return translate("Minutes", "{company} {quarter} — OKR meeting minutes").format(
        company=data.company, quarter=data.quarter
    )


def pdf_filename(data: MinutesData) -> str:
    with minutes_language(data.language):
        return _pdf_filename(data)


def _pdf_filename(data: MinutesData) -> str:
    """ "<Company> <Quarter> OKR minutes.pdf", safe on every file system."""
    name = translate("Minutes", "{company} {quarter} OKR minutes").format(
        company=data.company, quarter=data.quarter
    )
    return safe_filename(name, "OKR minutes") + ".pdf"


def safe_filename(name: str, fallback: str) -> str:
    """`name` as a file name every file system takes (no path or reserved characters)."""
    safe = "".join("_" if c in '<>:"/\\|?*' else c for c in one_line(name)).strip(" .")
    return safe or fallback


def key_points(data: MinutesData) -> str:
    with minutes_language(data.language):
        return _key_points(data)


def _key_points(data: MinutesData) -> str:
    """A plain-text body that reads well on its own: the decisions of page 1 — the new
    company OKRs with owners, the action items, the scores, the closing, the next meeting."""
    language = data.language
    decisions = decisions_of(data)
    lines = [
        translate("Minutes", "Hi all,"),
        "",
        translate(
            "Minutes", "Attached are the minutes of our quarterly OKR meeting on {date}."
        ).format(date=formatting.short_date(data.meeting_date, language)),
    ]
    lines += _company_okr_lines(decisions, language)
    if decisions.department_objectives:
        lines += [
            "",
            translate(
                "Minutes", "Each department's own OKRs ({n} objectives) are in the minutes."
            ).format(n=decisions.department_objectives),
        ]
    lines += _action_lines(data.actions, language)
    if decisions.scores:
        lines += ["", translate("Minutes", "Our self-evaluation of the quarter (1–10):")]
        company = translate("Minutes", "Company")
        lines += [f"  • {entity or company}: {score}" for entity, score in decisions.scores]
    if decisions.closed_at:
        lines += [
            "",
            translate("Minutes", "The quarter was declared closed at {time}.").format(
                time=formatting.clock(decisions.closed_at.astimezone(), language)
            ),
        ]
    if decisions.next_meeting:
        lines += [
            "",
            translate("Minutes", "Our next OKR meeting is on {date}.").format(
                date=formatting.short_date(decisions.next_meeting, language)
            ),
        ]
    lines += ["", translate("Minutes", "Best regards,"), data.leader or data.company]
    return "\n".join(lines) + "\n"


def _company_okr_lines(decisions: Decisions, language: str) -> list[str]:
    """The new company OKRs with their owners and each key result's start → target."""
    if not decisions.company_objectives:
        return []
    lines = [
        "",
        translate("Minutes", "Our company OKRs for {quarter}:").format(
            quarter=decisions.okr_quarter
        ),
    ]
    for objective in decisions.company_objectives:
        draft = " " + translate("Minutes", "(draft)") if objective.approved_by is None else ""
        lines.append(f"  • {owned(objective.statement, objective.owner)}{draft}")
        for kr in objective.key_results:
            plan = (
                f"{formatting.number(kr.start, language)} → "
                f"{formatting.number(kr.target, language)} {kr.unit}".strip()
            )
            lines.append(f"      – {owned(kr.statement, kr.owner)}: {plan}")
    return lines


def _action_lines(actions: list[ActionItem], language: str) -> list[str]:
    """The action items: what, who, by when."""
    if not actions:
        return []
    lines = ["", translate("Minutes", "Action items:")]
    for action in actions:
        parts = [action.what]
        if action.owner:
            parts.append(action.owner)
        if action.due:
            parts.append(
                translate("Minutes", "due {date}").format(
                    date=formatting.short_date(action.due, language)
                )
            )
        lines.append("  • " + " — ".join(parts))
    return lines


def recipients(data: MinutesData) -> list[tuple[str, str]]:
    """(name, address) of every participant who has a valid e-mail address."""
    return checked_addresses((p.name, p.email) for p in data.participants if p.email)[0]


def refused_recipients(data: MinutesData) -> list[tuple[str, str]]:
    """(name, stored text) of participants whose stored address is not an address (a line
    break pasted into it, say): named to the leader and left out, never a crash."""
    return checked_addresses((p.name, p.email) for p in data.participants if p.email)[1]


def checked_addresses(
    people: Iterable[tuple[str, str]],
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The (name, address) pairs split into those that are addresses (normalised) and
    those that are not."""
    good, refused = [], []
    for name, stored in people:
        if any(c in stored for c in "\r\n\0"):
            refused.append((name, stored))
            continue
        try:
            good.append((name, valid_email(stored)))
        except ValidationError:
            refused.append((name, stored))
    return good, refused


def leader_address(data: MinutesData) -> tuple[str, str] | None:
    """The meeting's leader as a sender, when the leader is a participant with a valid
    address (as the invitation's organiser is)."""
    leader = " ".join(data.leader.split()).casefold()
    for name, addr in recipients(data):
        if " ".join(name.split()).casefold() == leader:
            return (name, addr)
    return None


def one_line(text: str) -> str:
    """Text that may hold line breaks, tabs or control characters, as one header line."""
    cleaned = "".join(" " if unicodedata.category(c)[0] in "CZ" else c for c in text)
    return " ".join(cleaned.split())


def address(name: str, addr_spec: str) -> Address:
    """A recipient as the e-mail package builds it: "Berg, Øyvind" or a name with emoji
    or right-to-left text is quoted or encoded as a whole, never split at its comma."""
    local, _, domain = addr_spec.strip().rpartition("@")
    return Address(display_name=one_line(name), username=local, domain=domain)


def build_draft(
    data: MinutesData, pdf: Path, to: list[tuple[str, str]], sender: str | None = None
) -> EmailMessage:
    """An unsent draft (X-Unsent: 1) addressed to `to`, with the PDF attached."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = one_line(subject(data))
    message["To"] = AddressListHeader("To", [(one_line(name), addr) for name, addr in to])
    if sender:
        message["From"] = one_line(sender)
    elif (leader := leader_address(data)) is not None:
        message["From"] = address(*leader)  # RFC 5322 asks for one; the leader sends
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="facilitator.local")
    message["X-Unsent"] = "1"  # mail programs open this file as a draft ready to send
    message.set_content(key_points(data))
    message.add_attachment(
        Path(pdf).read_bytes(),
        maintype="application",
        subtype="pdf",
        filename=one_line(pdf_filename(data)),
    )
    return message


def write_eml(message: EmailMessage, path: Path) -> Path:
    path = Path(path)
    path.write_bytes(message.as_bytes())
    return path


def parse_addresses(values: list[str]) -> list[tuple[str, str]]:
    """Addresses typed by the leader or given on the command line, separated by commas or
    (as Outlook writes them) semicolons, each bare or as "Name <address>"; raises
    ValidationError naming the first bad one."""
    result = []
    for value in values:
        for part in re.split(r"[,;\n]", value):
            if not part.strip():
                continue
            name, addr_spec = parseaddr(part.strip())
            checked = valid_email(addr_spec or part)
            result.append((name, checked))
    return result


class Security(StrEnum):
    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "none"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender: str = ""
    allow_plain_login: bool = False  # the leader's explicit, per-server choice


def send(
    message: EmailMessage, settings: SmtpSettings, password: str = "", timeout: float = 30
) -> None:
    """Send over SMTP. The password is used for this call only and never stored, and it
    never travels unencrypted unless the leader allowed that for this server."""
    import smtplib  # with ssl, a tenth of a second to import: only when mail is sent
    import ssl

    if settings.user and settings.security is Security.NONE and not settings.allow_plain_login:
        raise InsecureLoginError(settings.host)
    if "X-Unsent" in message:
        del message["X-Unsent"]
    if settings.sender:  # the account that sends it: servers refuse another From
        del message["From"]
        message["From"] = settings.sender
    context = ssl.create_default_context()
    if settings.security is Security.SSL:
        client: smtplib.SMTP = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
    with client:
        if settings.security is Security.STARTTLS:
            client.starttls(context=context)
        if settings.user:
            _login(client, settings.user, password)
        client.send_message(message)


class InsecureLoginError(Exception):
    """A password would go to the server unencrypted, and the leader has not allowed it."""


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a user name or password outside ASCII (æøå) goes as UTF-8 in AUTH PLAIN
    (RFC 4616), which smtplib's own login cannot send."""
    if user.isascii() and password.isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode()
    code, reply = client.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        import smtplib

        raise smtplib.SMTPAuthenticationError(code, reply)
