"""Block 5's controller on its own: what each action does to the OKRs and the store,
and how it says no — without a widget."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator.store import okrs
from facilitator.store.participants import add_participant
from facilitator.ui.blocks.new_okrs.controller import OkrController

MOMENT = datetime(2026, 12, 3, 13, 40, tzinfo=UTC)


def _controller(qtbot, db, meeting_id) -> tuple[OkrController, list[str]]:
    controller = OkrController(db, lambda: MOMENT)
    refused: list[str] = []
    controller.failed.connect(refused.append)
    controller.load(meeting_id)
    return controller, refused


def test_adding_editing_and_refusing(qtbot, db, meeting_id):
    add_participant(db, meeting_id, "Per Berg", department="Drift")
    controller, refused = _controller(qtbot, db, meeting_id)
    assert controller.okr_quarter == "2027 Q1" and controller.company == "Fjordkraft Test AS"
    kind, objective_id = controller.add_company_objective("Stabil drift")
    assert kind == "objective" and [o.statement for o in controller.objectives] == ["Stabil drift"]
    assert controller.add_key_result(objective_id, "Oppetid") is not None
    [kr] = controller.objectives[0].key_results
    assert controller.edit_key_result(kr.id, "target_value", "99,9") == ("kr", kr.id)
    assert controller.objectives[0].key_results[0].target_value == 99.9
    assert controller.edit_key_result(kr.id, "start_value", "mye") is None
    assert refused == ["“mye” is not a number."]
    assert controller.edit_objective(objective_id, "statement", "  ") is None
    assert len(refused) == 2 and controller.objectives[0].statement == "Stabil drift"
    [(drift_id, _)] = controller.departments
    key = controller.key_result_to_department(kr.id, drift_id)
    assert key is not None and controller.objective(key[1]).department_name == "Drift"
    assert controller.delete_key_result(kr.id) == ("objective", objective_id)
    assert controller.delete_objective(objective_id)
    assert [o.statement for o in controller.objectives] == ["Oppetid"]


def test_approval_needs_the_top_leader_and_can_be_taken_back(qtbot, db, meeting_id):
    controller, refused = _controller(qtbot, db, meeting_id)
    _, objective_id = controller.add_company_objective("Vokse")
    assert not controller.approve(controller.drafts)
    assert "add the meeting's leader to the participants" in refused[0]
    kari = add_participant(db, meeting_id, "Kari Nordmann")  # the meeting's leader
    assert controller.approve(controller.drafts)
    objective = controller.objective(objective_id)
    assert (objective.approved_by_id, objective.approved_by_name) == (kari, "Kari Nordmann")
    assert objective.approved_at == MOMENT and controller.drafts == []
    assert controller.take_back_approval(objective_id)
    assert controller.drafts == [objective_id]
    assert okrs.list_objectives(db, meeting_id)[0].approved_at is None


def test_the_priorities_say_when_the_run_gains_or_loses_their_step(qtbot, db, meeting_id):
    controller, _ = _controller(qtbot, db, meeting_id)
    with qtbot.waitSignal(controller.prioritiesShownChanged):
        assert controller.save_priorities("Vestlandet først")
    with qtbot.assertNotEmitted(controller.prioritiesShownChanged):
        controller.save_priorities("Vestlandet først, så Østlandet")
    with qtbot.waitSignal(controller.prioritiesShownChanged):
        controller.save_priorities("   ")
