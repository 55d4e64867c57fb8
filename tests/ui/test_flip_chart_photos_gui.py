"""The flip chart's photos in block 3: the scribe's photo in the group's sheet, one added
from a file (checked as a phone's is), viewed large, removed; and on the room's screen
while its group presents, following the clicker from group to group."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from facilitator.domain.photos import keep_photo
from facilitator.domain.run_steps import StepKind
from facilitator.store import group_photos, groups
from facilitator.store.demo import create_demo_meeting
from tests.ui.conftest import not_started, press


def _block3(window):
    block = window.blocks.successes_learnings
    window.show_run_page()
    return block.groups


def _phone_jpeg(path, size=(1600, 1200)):
    image = Image.new("RGB", size, "white")
    exif = Image.Exif()
    exif[0x010F] = "LaptopCameraApp"
    image.save(path, "JPEG", exif=exif)
    return path


def test_a_groups_photos_are_listed_added_viewed_and_removed(
    qtbot, demo_window, db, tmp_path, confirm
):
    panel = _block3(demo_window)
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    strip = panel.flip_chart.photos
    assert strip.group_name == "Gruppe 1"
    assert strip.list.count() == 1  # the demo's scribe photographed the sheet
    item = strip.list.item(0)
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Photo 1 of Gruppe 1's flip chart, from the scribe's phone"
    )
    assert not item.icon().isNull()

    assert strip.add_file(_phone_jpeg(tmp_path / "IMG_2041.jpg"))
    assert strip.list.count() == 2
    [_, added] = group_photos.group_photos(db, strip.group_id)
    assert (added.source, added.width, added.height) == ("laptop", 1600, 1200)
    assert b"LaptopCameraApp" not in group_photos.photo_jpeg(db, added.id)

    shown: list[str] = []
    panel.flip_chart.problem.connect(shown.append)
    (tmp_path / "notes.txt").write_text("not a photo")
    assert not strip.add_file(tmp_path / "notes.txt")
    assert shown == ["That is not a photo: send a JPEG, PNG, WebP or HEIC picture."]
    assert not strip.add_file(tmp_path / "gone.jpg")
    assert shown[-1] == "“gone.jpg” could not be read."
    assert strip.list.count() == 2

    strip.list.setCurrentRow(1)
    strip.view_selected()
    assert strip.viewer.isVisible() and not strip.viewer.image.pixmap().isNull()
    assert strip.viewer.windowTitle() == "Photo 2 of Gruppe 1's flip chart, added on this laptop"
    strip.viewer.reject()

    qtbot.mouseClick(strip.remove_button, Qt.MouseButton.LeftButton)
    assert confirm and "Gruppe 1" in confirm[-1]
    assert [p.id for p in group_photos.group_photos(db, strip.group_id)] != [added.id]
    assert strip.list.count() == 1


def test_every_photo_control_has_a_name(qtbot, demo_window):
    panel = _block3(demo_window)
    panel.tree.setCurrentIndex(panel.model.index(0, 0))
    strip = panel.flip_chart.photos
    for widget in (
        strip.list,
        strip.add_button,
        strip.view_button,
        strip.remove_button,
        strip.screen_button,
    ):
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface.text(QAccessible.Text.Name), widget.objectName()


def test_a_scribes_photo_arriving_shows_in_the_sheet_at_once(qtbot, demo_window, db):
    panel = _block3(demo_window)
    panel.tree.setCurrentIndex(panel.model.index(1, 0))
    strip = panel.flip_chart.photos

    out = io.BytesIO()
    Image.new("RGB", (1400, 1000), "white").save(out, "JPEG")
    group_photos.add_photo(
        db, strip.group_id, keep_photo(out.getvalue()), "phone", datetime.now(UTC)
    )
    demo_window.room_link.photosChanged.emit(strip.group_id)  # as the server says it
    assert strip.list.count() == 2


def _to_presentations(qtbot, window, clock):
    for _ in range(160):
        state = window.steps.state()
        if (
            state.step.kind is StepKind.PRESENTATIONS
            and window.blocks.successes_learnings.round.started()
        ):
            return
        clock.advance(30)
        press(qtbot, window, Qt.Key.Key_PageDown)
    raise AssertionError("the presentations were not reached")


def test_pagedown_shows_each_group_then_its_photo_then_the_next_group(qtbot, window, db, clock):
    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    presenter = window.presenter.window
    _to_presentations(qtbot, window, clock)
    panel = window.blocks.successes_learnings.groups
    strip = panel.flip_chart.photos
    names = [g.name for g in groups.list_groups(db, meeting_id)]
    assert strip.group_name == names[0]  # the sheet of the group presenting
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.speaker_view  # its turn, first
    hint = window.run_page.step_hint.text()
    assert hint == "PageDown: photo 1 of 1 of the flip chart, then the next turn."

    press(qtbot, window, Qt.Key.Key_PageDown)  # the group's photo
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.photo_view
    caption = presenter.photo_view.caption.text()
    assert caption.startswith(f"{names[0]}'s flip chart · ")
    assert not presenter.photo_view.image.pixmap().isNull()
    assert caption in presenter.content_lines()  # the phones hear it too
    assert strip.screen_button.isChecked()  # the sheet says the room sees it
    assert presenter.photo_view.photo_key == strip.selected().id
    assert window.blocks.successes_learnings.round.queue.current_index == 0  # same turn

    press(qtbot, window, Qt.Key.Key_PageUp)  # taken back: the group again
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.speaker_view
    assert not strip.screen_button.isChecked()
    press(qtbot, window, Qt.Key.Key_PageDown)

    clock.advance(60)
    press(qtbot, window, Qt.Key.Key_PageDown)  # the next group presents, itself first
    window.controller.refresh()
    assert strip.group_name == names[1]
    assert presenter.content.currentWidget() is presenter.speaker_view
    assert not strip.screen_button.isChecked()
    press(qtbot, window, Qt.Key.Key_PageDown)
    window.controller.refresh()
    assert presenter.photo_view.caption.text().startswith(f"{names[1]}'s flip chart · ")
    assert presenter.photo_view.photo_key == strip.selected().id
    qtbot.mouseClick(strip.screen_button, Qt.MouseButton.LeftButton)  # off by hand
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.speaker_view
    qtbot.mouseClick(strip.screen_button, Qt.MouseButton.LeftButton)  # and on again
    window.controller.refresh()
    assert presenter.content.currentWidget() is presenter.photo_view


def test_a_group_with_several_photos_takes_a_pagedown_for_each(qtbot, window, db, clock):
    meeting_id = create_demo_meeting(db)
    not_started(db, meeting_id)
    first = groups.list_groups(db, meeting_id)[0]
    out = io.BytesIO()
    Image.new("RGB", (900, 1200), "lightyellow").save(out, "JPEG")
    group_photos.add_photo(db, first.id, keep_photo(out.getvalue()), "laptop", datetime.now(UTC))
    window.load_meeting(meeting_id)
    window.toggle_presenter()
    presenter = window.presenter.window
    _to_presentations(qtbot, window, clock)
    strip = window.blocks.successes_learnings.groups.flip_chart.photos
    shown = []
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_PageDown)
        window.controller.refresh()
        shown.append(presenter.photo_view.photo_key)
        assert presenter.photo_view.caption.text().startswith(
            f"{first.name}'s flip chart, photo {len(shown)} of 2 · "
        )
        assert strip.selected().id == shown[-1]
    assert shown == [photo.id for photo in group_photos.group_photos(db, first.id)]
    press(qtbot, window, Qt.Key.Key_PageDown)  # then the next group
    assert window.blocks.successes_learnings.round.queue.current_index == 1
