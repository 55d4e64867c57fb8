"""`facilitator export`: the minutes as PDF, and optionally the e-mail draft, headless."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator.cli_support import CommandError, check_folders, fail, read_meeting, write_failure
from facilitator.domain.validation import ValidationError
from facilitator.messages import validation_message
from facilitator.report.document import write_minutes_pdf
from facilitator.report.email_draft import (
    build_draft,
    one_line,
    parse_addresses,
    recipients,
    refused_recipients,
    write_eml,
)
from facilitator.report.paper import Paper
from facilitator.store.minutes import read_minutes
from facilitator.translation import translate


def run_export(
    db_arg: str | None,
    meeting_id: int | None,
    pdf: str,
    paper: str,
    eml: str | None,
    to: list[str],
) -> int:
    try:
        addresses = parse_addresses(to)
    except ValidationError as error:
        return fail(validation_message(error))
    pdf_path, eml_path = Path(pdf), Path(eml) if eml else None
    try:
        check_folders(pdf_path, eml_path)
        data = read_meeting(db_arg, meeting_id, read_minutes)
    except CommandError as error:
        return fail(str(error))
    if not any(row.actual_start for row in data.agenda):
        # Nothing has happened yet: what leaves the app is the agenda, never empty minutes.
        from facilitator.invite_command import run_agenda

        if eml_path is not None:
            return fail(
                translate(
                    "Cli",
                    "The meeting has not started, so there are no minutes to e-mail; "
                    "use `facilitator invite` for the invitation.",
                )
            )
        print(translate("Cli", "The meeting has not started: writing its agenda instead."))
        return run_agenda(db_arg, meeting_id, pdf, paper)
    try:
        write_minutes_pdf(data, pdf_path, Paper(paper))
        if eml_path is not None:
            write_eml(build_draft(data, pdf_path, addresses or recipients(data)), eml_path)
            if not addresses:
                for name, stored in refused_recipients(data):
                    print(
                        translate(
                            "Cli", "Left out of the e-mail: {name} (“{address}” is not an address)."
                        ).format(name=name, address=one_line(stored)),
                        file=sys.stderr,
                    )
    except OSError as error:
        return fail(str(write_failure(error, pdf_path)))
    print(translate("Cli", "Minutes written to {path}").format(path=pdf_path))
    if eml_path is not None:
        print(translate("Cli", "E-mail draft written to {path}").format(path=eml_path))
    return 0


def run_department_export(
    db_arg: str | None, meeting_id: int | None, folder: str, paper: str
) -> int:
    """One PDF per department (evaluation, review, new OKRs) into an existing folder."""
    target = Path(folder)
    if not target.is_dir():
        return fail(translate("Cli", "The folder “{path}” does not exist.").format(path=target))
    try:
        data = read_meeting(db_arg, meeting_id, read_minutes)
    except CommandError as error:
        return fail(str(error))
    from facilitator.report.department_document import write_department_pdfs

    try:
        paths = write_department_pdfs(data, target, Paper(paper))
    except OSError as error:
        return fail(str(write_failure(error, target)))
    if not paths:
        print(translate("Cli", "The meeting has no departments: nothing written."))
    for path in paths:
        print(translate("Cli", "Department results written to {path}").format(path=path))
    return 0


def run_workbook_export(db_arg: str | None, meeting_id: int | None, xlsx: str) -> int:
    """The meeting's results as an Excel workbook, in the company's grade bands."""
    from facilitator.report.workbook import write_workbook

    path = Path(xlsx)
    try:
        check_folders(path, None)
        data = read_meeting(db_arg, meeting_id, read_minutes)
    except CommandError as error:
        return fail(str(error))
    try:
        write_workbook(data, path)
    except OSError as error:
        return fail(str(write_failure(error, path)))
    print(translate("Cli", "Workbook written to {path}").format(path=path))
    return 0
