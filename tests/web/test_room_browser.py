"""The room link's pages in a real browser: the live view follows the published screen,
and a scribe's line reaches the group's flip chart as plain text."""

from __future__ import annotations

import pytest

from facilitator.store import groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant
from facilitator.web.room import RoomSnapshot
from facilitator.web.server import RoomServer

expect = pytest.importorskip("playwright.sync_api", reason="Playwright is a test extra").expect


@pytest.fixture
def server(db):
    running = RoomServer(db)
    running.start("127.0.0.1", 0)
    yield running
    running.stop()


def _screen(countdown: str, phase: str = "normal", content=()) -> RoomSnapshot:
    return RoomSnapshot(
        "3/6 · Successes and learnings",
        countdown,
        "",
        "Next: Closing the quarter",
        "10:42",
        phase,
        list(content),
    )


def test_the_live_view_follows_the_room_screen(server, browser):
    server.publish(_screen("12:34", content=["Gruppe 2", "<img src=x onerror=alert(1)>"]))
    page = browser.new_page()
    page.goto(server.room_url())
    expect(page.locator("#countdown")).to_have_text("12:34")
    assert page.text_content("#title") == "3/6 · Successes and learnings"
    assert page.locator("#content p").all_text_contents() == [
        "Gruppe 2",
        "<img src=x onerror=alert(1)>",
    ]
    assert page.locator("#content img").count() == 0  # shown as text, never as markup
    server.publish(_screen("+0:05", phase="overtime"))
    expect(page.locator("#countdown")).to_have_text("+0:05", timeout=1000)
    assert "phase-overtime" in page.get_attribute("#countdown", "class")


def test_a_scribes_line_reaches_the_flip_chart(server, browser, db, meeting_id):
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    [group] = groups.list_groups(db, meeting_id)
    server.set_groups({group.id: group.name})
    page = browser.new_page()
    page.goto(server.scribe_urls()[group.id])
    expect(page.locator("#group")).to_have_text("Gruppe 1")
    assert page.text_content("#success-label") == "A success, in keywords"
    page.fill("#success-text", "Ny <b>kunde</b> i nord 🎉")
    page.press("#success-text", "Enter")
    page.wait_for_selector("#success-list li")
    assert page.locator("#success-list li").all_text_contents() == ["Ny <b>kunde</b> i nord 🎉"]
    assert page.locator("#success-list b").count() == 0
    assert page.input_value("#success-text") == ""
    page.press("#learning-text", "Enter")  # nothing typed: said, nothing stored
    expect(page.locator("#problem")).to_have_text("Type something first.")
    notes = groups.group_notes(db, group.id)
    assert [text for _, text in notes["success"]] == ["Ny <b>kunde</b> i nord 🎉"]
    assert notes["learning"] == []


@pytest.fixture
def phones_server(db, meeting_id):
    running = RoomServer(db, meeting_id=meeting_id)
    running.start("127.0.0.1", 0)
    yield running
    running.stop()


def test_a_phone_scores_the_open_report_and_sends_good_news(
    phones_server,
    browser,
    db,
    meeting_id,
):
    from facilitator.store import room

    server = phones_server
    server.publish(_screen("04:10"))
    page = browser.new_page()
    page.goto(server.participant_url())
    expect(page.locator("#countdown")).to_have_text("04:10")
    expect(page.locator("#score")).to_be_hidden()
    expect(page.locator("#message")).to_be_hidden()

    server.open_poll("evaluation:1", "Nordlys Energi AS")
    expect(page.locator("#score-question")).to_have_text(
        "Your own score for Nordlys Energi AS's quarter (1–10)", timeout=1000
    )
    page.click("#score-buttons button:text-is('7')")
    expect(page.locator("#score-given")).to_have_text(
        "Thank you: you gave 7. Tap again to change it."
    )
    page.click("#score-buttons button:text-is('8')")  # a change of mind
    expect(page.locator("#score-given")).to_contain_text("you gave 8")
    assert room.score_counts(db, meeting_id) == {"evaluation:1": {8: 1}}

    server.set_messages_open(True)
    expect(page.locator("#message")).to_be_visible(timeout=1000)
    page.check("input[value=shout_out]")
    page.fill("#praised", "Drift")
    page.fill("#text", "for natta <3")
    page.fill("#sender", "Kari")
    page.click("#send")
    expect(page.locator("#message-status")).to_have_text(
        "Sent: the leader will take it into the meeting."
    )
    assert page.input_value("#text") == "" and page.input_value("#sender") == "Kari"
    [sent] = room.waiting_messages(db, meeting_id)
    assert (sent.kind, sent.praised, sent.text, sent.sender) == (
        "shout_out",
        "Drift",
        "for natta <3",
        "Kari",
    )


def test_a_phone_that_loses_the_connection_reconnects_and_catches_up(server, browser):
    server.publish(_screen("10:00"))
    page = browser.new_page()
    page.goto(server.room_url())
    expect(page.locator("#countdown")).to_have_text("10:00")

    def drop_every_stream() -> None:  # as a phone leaving the Wi-Fi sees it
        for queue in list(server._clients):
            if queue.full():
                queue.get_nowait()
            queue.put_nowait("")

    server._loop.call_soon_threadsafe(drop_every_stream)
    expect(page.locator("#connection")).to_have_text("Connection lost, reconnecting…")
    server.publish(_screen("09:57"))  # what changed meanwhile comes first on reconnecting
    expect(page.locator("#countdown")).to_have_text("09:57", timeout=5000)
    expect(page.locator("#connection")).to_be_hidden()


def test_a_scribe_photographs_the_flip_chart_through_the_camera_button(
    server, browser, db, meeting_id, tmp_path
):
    """The phone's camera is the file chooser the page's button opens (capture on a phone,
    a file chooser on a laptop): chosen as the browser does it, the photo lands, the scribe
    sees it, and removes it; a file that is not a photo is said in one sentence."""

    from PIL import Image

    from facilitator.store import group_photos

    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    [group] = groups.list_groups(db, meeting_id)
    server.set_groups({group.id: group.name})
    photo = tmp_path / "IMG_0412.jpg"
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    Image.new("RGB", (2400, 1800), "white").save(photo, "JPEG", exif=exif)
    page = browser.new_page()
    page.goto(server.scribe_urls()[group.id])
    expect(page.locator("#photo-label")).to_have_text("Photograph the flip chart")
    camera = page.locator("#photo-input")
    assert camera.get_attribute("capture") == "environment"
    assert camera.get_attribute("accept") == "image/*"
    with page.expect_file_chooser() as chooser:
        page.click("#photo-label")
    chooser.value.set_files(str(photo))
    expect(page.locator("#photo-status")).to_have_text("The photo is on the laptop.")
    expect(page.locator("#photo-list img")).to_have_count(1)
    assert page.get_attribute("#photo-list img", "alt") == "Photo 1 of the flip chart"
    width = 0
    for _ in range(50):  # the thumbnail loads after the list shows (CSP: no eval to wait)
        width = page.eval_on_selector("#photo-list img", "img => img.naturalWidth")
        if width:
            break
        page.wait_for_timeout(100)
    assert width == 480  # the thumbnail, not the photo
    [kept] = group_photos.group_photos(db, group.id)
    assert (kept.width, kept.height) == (2400, 1800)
    assert b"PhoneMaker" not in group_photos.photo_jpeg(db, kept.id)

    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_bytes(b"<html>not a photo</html>")
    camera.set_input_files(str(not_a_photo))
    expect(page.locator("#photo-status")).to_have_text(
        "That is not a photo: send a JPEG, PNG, WebP or HEIC picture."
    )
    page.click("#photo-list button:text-is('Remove this photo')")
    expect(page.locator("#photo-list img")).to_have_count(0)
    assert group_photos.group_photos(db, group.id) == []


def _vote_lines(db, meeting_id):
    """Two block-3 groups with their flip charts, as the dot-vote reads them."""
    from facilitator.domain.agenda import BlockKind
    from facilitator.store import dot_votes

    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(6)]
    groups.save_assignment(
        db,
        meeting_id,
        [GroupPlan(people[:3]), GroupPlan(people[3:])],
        lambda n: f"Gruppe {n}",
        block=BlockKind.SUCCESSES_LEARNINGS,
    )
    first, second = groups.list_groups(db, meeting_id, BlockKind.SUCCESSES_LEARNINGS)
    groups.add_note(db, first.id, "success", "Ny <b>kunde</b> 🎉")
    groups.add_note(db, first.id, "learning", "Si nei tidligere")
    groups.add_note(db, second.id, "learning", "Dele læring på tvers")
    return dot_votes.vote_lines(db, meeting_id)


def _phone_before_the_vote(server, browser, db, meeting_id, dots: int, per_line: int):
    """A phone on the participants' page, the vote turned on but not yet open."""
    from facilitator.domain.dot_vote import DotRules
    from facilitator.store import dot_votes

    lines = _vote_lines(db, meeting_id)
    rules = DotRules(dots, per_line)
    dot_votes.set_vote_rules(db, meeting_id, rules)
    server.publish(_screen("02:00"))
    page = browser.new_page()
    page.goto(server.participant_url())
    expect(page.locator("#countdown")).to_have_text("02:00")
    expect(page.locator("#vote")).to_be_hidden()
    return page, lines, rules


def test_a_phone_spends_its_dots_and_keeps_them_over_a_reload(
    phones_server, browser, db, meeting_id
):
    from facilitator.store import dot_votes

    server = phones_server
    page, lines, rules = _phone_before_the_vote(server, browser, db, meeting_id, 2, 1)
    server.open_vote(lines, rules)
    expect(page.locator("#vote")).to_be_visible(timeout=8000)
    expect(page.locator("#dots-left")).to_have_text("Dots left: 2 of 2")
    assert page.locator("#vote-lines h3").all_text_contents() == ["Gruppe 1", "Gruppe 2"]
    buttons = page.locator("#vote-lines button.line")
    assert buttons.nth(0).text_content() == "SuccessNy <b>kunde</b> 🎉"  # text, not markup
    assert page.locator("#vote-lines b").count() == 0
    buttons.nth(0).click()
    expect(page.locator("#dots-left")).to_have_text("Dots left: 1 of 2")
    expect(buttons.nth(0)).to_have_attribute("aria-pressed", "true")
    buttons.nth(2).click()
    expect(page.locator("#dots-left")).to_have_text("Dots left: 0 of 2")
    buttons.nth(1).click()  # a third dot: refused on the phone, said in words
    expect(page.locator("#vote-status")).to_have_text("You have no dots left: take one back first.")
    buttons.nth(0).click()  # taken back
    expect(page.locator("#dots-left")).to_have_text("Dots left: 1 of 2")
    [voter] = {row for row in _voters(db, meeting_id)}
    assert dot_votes.voter_dots(db, meeting_id, voter) == {lines[2].id: 1}

    page.reload()  # the laptop's copy comes back
    expect(page.locator("#dots-left")).to_have_text("Dots left: 1 of 2", timeout=8000)
    expect(page.locator("#vote-lines button.line").nth(2)).to_have_attribute("aria-pressed", "true")
    server.open_vote(None)
    expect(page.locator("#vote")).to_be_hidden(timeout=2000)


def test_with_several_dots_a_line_a_phone_counts_them_up_and_down(
    phones_server, browser, db, meeting_id
):
    from facilitator.store import dot_votes

    server = phones_server
    page, lines, rules = _phone_before_the_vote(server, browser, db, meeting_id, 3, 2)
    server.open_vote(lines, rules)
    more = page.get_by_role("button", name="Give a dot to: Si nei tidligere")
    less = page.get_by_role("button", name="Take a dot back from: Si nei tidligere")
    expect(more).to_be_visible(timeout=2000)
    assert less.is_disabled()
    more.click()
    expect(page.locator("#dots-left")).to_have_text("Dots left: 2 of 3")
    more.click()
    expect(page.locator("#dots-left")).to_have_text("Dots left: 1 of 3")
    expect(more).to_be_disabled()  # two on one line is the most
    less.click()
    expect(page.locator("#dots-left")).to_have_text("Dots left: 2 of 3")
    [voter] = _voters(db, meeting_id)
    assert dot_votes.voter_dots(db, meeting_id, voter) == {lines[1].id: 1}


def _voters(db, meeting_id) -> list[str]:
    from sqlalchemy import select

    from facilitator.store.models import RoomDot

    with db.session() as session:
        return list(session.scalars(select(RoomDot.voter).where(RoomDot.meeting_id == meeting_id)))


def test_a_phone_shows_its_hand_on_an_objective_fist_to_five(
    phones_server, browser, db, meeting_id
):
    from datetime import UTC, datetime

    from facilitator.domain.consent import consent_poll
    from facilitator.store import consent
    from facilitator.store.okrs import add_objective

    server = phones_server
    objective = add_objective(db, meeting_id, "Vokse i Bergen")
    server.publish(_screen("03:00"))
    page = browser.new_page()
    page.goto(server.participant_url())
    server.open_poll("evaluation:1", "Drift")  # a report's score first: 1–10
    expect(page.locator("#score-buttons button")).to_have_count(10, timeout=2000)
    server.open_poll(consent_poll(objective), "Vokse i Bergen")
    expect(page.locator("#score-question")).to_have_text(
        "Fist to five: how far do you back “Vokse i Bergen”? 0 = I cannot, 5 = fully",
        timeout=2000,
    )
    assert page.locator("#score-buttons button").all_text_contents() == [
        "0", "1", "2", "3", "4", "5",
    ]  # fmt: skip
    page.click("#score-buttons button:text-is('0')")  # a fist
    expect(page.locator("#score-given")).to_have_text(
        "Thank you: you showed 0. Tap again to change it."
    )
    page.click("#score-buttons button:text-is('3')")
    expect(page.locator("#score-given")).to_contain_text("you showed 3")
    assert consent.hand_counts(db, meeting_id) == {objective: 1}
    consent.set_revealed(db, meeting_id, objective, datetime.now(UTC))
    assert consent.revealed_consent(db, meeting_id)[objective].counts == {3: 1}


def test_a_phone_asks_a_question_and_upvotes_the_approved_ones(
    phones_server, browser, db, meeting_id
):
    from datetime import UTC, datetime

    from facilitator.store import questions

    server = phones_server
    server.publish(_screen("05:00"))
    page = browser.new_page()
    page.goto(server.participant_url())
    expect(page.locator("#countdown")).to_have_text("05:00")
    expect(page.locator("#questions")).to_be_hidden()
    server.set_questions_open(True)
    expect(page.locator("#questions")).to_be_visible(timeout=5000)
    page.fill("#question-text", "Hvem eier <b>NPS</b>? 🎉")
    page.click("#ask")
    expect(page.locator("#question-status")).to_have_text(
        "Sent: the leader will put it in the list."
    )
    assert page.input_value("#question-text") == ""
    [asked] = questions.questions(db, meeting_id)
    assert asked.text == "Hvem eier <b>NPS</b>? 🎉" and asked.status == "waiting"
    questions.set_status(db, asked.id, "approved", datetime.now(UTC))
    server.questions_changed()  # as the leader's approval does
    me_too = page.get_by_role("button", name="Me too: Hvem eier <b>NPS</b>? 🎉")
    expect(me_too).to_have_text("0 ▲", timeout=5000)
    assert page.locator("#question-list b").count() == 0  # text, never markup
    me_too.click()
    expect(me_too).to_have_attribute("aria-pressed", "true", timeout=5000)
    expect(me_too).to_have_text("1 ▲")
    assert questions.questions(db, meeting_id)[0].votes == 1


def test_the_view_only_screen_shows_the_question_on_the_room_screen(server, browser):
    from dataclasses import replace

    page = browser.new_page()
    server.publish(replace(_screen("04:00"), question="Hvem eier <b>NPS</b>?"))
    page.goto(server.room_url())
    expect(page.locator("#question")).to_have_text("Hvem eier <b>NPS</b>?")
    expect(page.locator("#question")).to_be_visible()
    assert page.locator("#question b").count() == 0
    server.publish(_screen("03:59"))  # answered: gone
    expect(page.locator("#question")).to_be_hidden(timeout=3000)
