"""A small company planned for 3 December 2026 at 09:00: a leader, two departments with
their leaders, and one person without an address."""

from __future__ import annotations

import pytest


@pytest.fixture
def planned(db, meeting_id):
    from facilitator.store.participants import (
        add_participant,
        list_departments,
        set_manager,
    )

    ids = {
        "Kari Nordmann": add_participant(db, meeting_id, "Kari Nordmann", "kari@fjordkraft.no"),
        "Åse Ødegård": add_participant(
            db, meeting_id, "Åse Ødegård", "ase@fjordkraft.no", department="Salg"
        ),
        "Ola <b>Berg</b> 🎉": add_participant(
            db, meeting_id, "Ola <b>Berg</b> 🎉", "ola@fjordkraft.no", department="Salg"
        ),
        "Per Hansen": add_participant(
            db, meeting_id, "Per Hansen", "per@fjordkraft.no", department="Drift"
        ),
        "Uten Adresse": add_participant(db, meeting_id, "Uten Adresse", None, department="Drift"),
    }
    departments = {d.name: d.id for d in list_departments(db, meeting_id)}
    set_manager(db, departments["Salg"], ids["Åse Ødegård"])
    set_manager(db, departments["Drift"], ids["Per Hansen"])
    return ids
