"""Command line: the GUI by default, plus `demo` for scripting, demos and tests.

Errors are one sentence on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from facilitator import app_version
from facilitator.translation import translate

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator",
        description=translate("Cli", "Run a quarterly OKR meeting."),
    )
    parser.add_argument("--version", action=_PrintVersion, nargs=0)
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=translate(
            "Cli",
            "database file or PostgreSQL URL (default: FACILITATOR_DB or user data)",
        ),
    )
    # Each sub-command also takes --db after its name (`facilitator demo --db PATH`).
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument(
        "--db",
        metavar="PATH",
        dest="sub_db",
        help=translate("Cli", "database file or PostgreSQL URL"),
    )
    # `export`, `invite` and `serve` work on one meeting; `export` and `invite` write to people.
    meeting_option = argparse.ArgumentParser(add_help=False)
    meeting_option.add_argument(
        "--meeting",
        type=int,
        metavar="ID",
        help=translate("Cli", "meeting number (default: the latest)"),
    )
    meeting_options = argparse.ArgumentParser(add_help=False, parents=[meeting_option])
    meeting_options.add_argument(
        "--to",
        nargs="+",
        action="extend",  # --to A --to B: both
        metavar="ADDR",
        default=[],
        help=translate("Cli", "recipients (default: participants with an address)"),
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser(
        "demo",
        parents=[db_option],
        help=translate("Cli", "create a fully filled demo meeting"),
    )
    demo.add_argument(
        "--live",
        action="store_true",
        help=translate("Cli", "make it a meeting in progress today, with a block running"),
    )
    demo.add_argument(
        "--people",
        type=int,
        metavar="N",
        help=translate(
            "Cli", "make the company N people (departments, groups and OKRs in proportion)"
        ),
    )
    export = commands.add_parser(
        "export",
        parents=[db_option, meeting_options],
        help=translate("Cli", "write the minutes as PDF (and e-mail) or the results as a workbook"),
    )
    export.add_argument(
        "--pdf",
        metavar="OUT.pdf",
        help=translate("Cli", "PDF file to write (before the meeting has started: its agenda)"),
    )
    export.add_argument(
        "--xlsx",
        metavar="OUT.xlsx",
        help=translate(
            "Cli", "write the results as an Excel workbook (evaluations, review, new OKRs, …)"
        ),
    )
    export.add_argument(
        "--agenda",
        metavar="OUT.pdf",
        help=translate("Cli", "write the printed agenda as PDF"),
    )
    export.add_argument(
        "--departments",
        metavar="FOLDER",
        help=translate("Cli", "also write one PDF per department into FOLDER"),
    )
    export.add_argument(
        "--paper",
        choices=["A4", "Letter"],
        default="A4",
        help=translate("Cli", "paper size (default A4)"),
    )
    export.add_argument(
        "--eml",
        metavar="OUT.eml",
        help=translate("Cli", "also write an unsent e-mail draft with the PDF attached"),
    )
    invite = commands.add_parser(
        "invite",
        parents=[db_option, meeting_options],
        help=translate(
            "Cli", "write the invitation: a calendar request (.ics) and an e-mail draft"
        ),
    )
    invite.add_argument(
        "--eml",
        metavar="OUT.eml",
        help=translate("Cli", "unsent e-mail draft with the calendar request attached"),
    )
    invite.add_argument(
        "--ics", metavar="OUT.ics", help=translate("Cli", "calendar request on its own")
    )
    invite.add_argument(
        "--from",
        dest="sender",
        metavar="ADDR",
        help=translate("Cli", "organiser, as Name <address> (default: the leader's address)"),
    )
    invite.add_argument(
        "--cancel",
        action="store_true",
        help=translate("Cli", "cancel the meeting in everyone's calendar"),
    )
    invite.add_argument(
        "--tz",
        metavar="ZONE",
        help=translate(
            "Cli", "time zone of the start time, e.g. Europe/Oslo (default: this computer's)"
        ),
    )
    serve = commands.add_parser(
        "serve",
        parents=[db_option, meeting_option],
        help=translate(
            "Cli", "run the room link without the window: the live timer and the scribe pages"
        ),
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        metavar="ADDR",
        help=translate(
            "Cli",
            "the address to serve on, e.g. this laptop's on the room's network "
            "(default 127.0.0.1: this computer only)",
        ),
    )
    serve.add_argument(
        "--port", type=int, default=8765, metavar="N", help=translate("Cli", "port (default 8765)")
    )
    return parser


class _PrintVersion(argparse.Action):
    """--version, looked up only when asked (a plain start should not pay for it)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(_version_text())
        parser.exit()


def _version_text() -> str:
    """The app's version and the Qt binding it runs on (a bundle's support question)."""
    from importlib.metadata import version

    return f"facilitator {app_version()} (PySide6 {version('PySide6-Essentials')})"


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    db_arg = getattr(args, "sub_db", None) or args.db
    if args.command == "demo":
        return _demo(db_arg, live=args.live, people=args.people)
    if args.command == "serve":
        from facilitator.serve_command import run_serve

        return run_serve(db_arg, args.meeting, args.host, args.port)
    if args.command == "export":
        return _export(args, db_arg)
    if args.command == "invite":
        from facilitator.invite_command import run_invite

        return run_invite(
            db_arg,
            args.meeting,
            args.eml,
            args.ics,
            args.to,
            args.sender,
            args.cancel,
            args.tz,
        )
    from facilitator.app import run_gui

    return run_gui(db_arg)


def _export(args: argparse.Namespace, db_arg: str | None) -> int:
    """The agenda, the department PDFs, the workbook and the minutes, each asked for."""
    if not (args.pdf or args.agenda or args.departments or args.xlsx):
        print(
            translate(
                "Cli", "Give --pdf FILE, --xlsx FILE, --agenda FILE or --departments FOLDER."
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if args.agenda:
        from facilitator.invite_command import run_agenda

        status = run_agenda(db_arg, args.meeting, args.agenda, args.paper)
        if status or not (args.pdf or args.departments or args.xlsx):
            return status
    if args.departments:
        from facilitator.export_command import run_department_export

        status = run_department_export(db_arg, args.meeting, args.departments, args.paper)
        if status or not (args.pdf or args.xlsx):
            return status
    if args.xlsx:
        from facilitator.export_command import run_workbook_export

        status = run_workbook_export(db_arg, args.meeting, args.xlsx)
        if status or not args.pdf:
            return status
    from facilitator.export_command import run_export

    return run_export(db_arg, args.meeting, args.pdf, args.paper, args.eml, args.to)


def _demo(db_arg: str | None, live: bool = False, people: int | None = None) -> int:
    from facilitator.messages import store_message
    from facilitator.paths import resolve_database_path
    from facilitator.store.database import open_database
    from facilitator.store.demo import create_demo_meeting
    from facilitator.store.errors import StoreError

    path = resolve_database_path(db_arg)
    try:
        db = open_database(path)
        try:
            from datetime import UTC, datetime

            meeting_id = create_demo_meeting(db, datetime.now(UTC) if live else None, size=people)
        finally:
            db.close()
    except StoreError as error:
        print(store_message(error), file=sys.stderr)
        return EXIT_ERROR
    from facilitator.database_location import shown

    print(
        translate("Cli", "Demo meeting {id} created in {path}").format(
            id=meeting_id, path=shown(path)
        )
    )
    return EXIT_OK
