"""The room link's pages to WCAG 2.1 AA, as axe-core (Deque's engine, in the real
Chromium) finds them: every page in every state, on a 390×844 phone and zoomed to 200 %;
text that grows with the reader's zoom; a countdown on one line; what changes announced."""

from __future__ import annotations

import pytest

from facilitator.store import groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant
from facilitator.web.room import RoomSnapshot
from facilitator.web.server import RoomServer

sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is a test extra")
axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright", reason="a test extra")
expect = sync_api.expect

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PHONE = {"width": 390, "height": 844}
# Zoomed to 200 %, a 390-pixel phone lays out 195 CSS pixels, each two screen pixels.
ZOOMED = {"width": 195, "height": 422}


@pytest.fixture
def server(db, meeting_id):
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    [group] = groups.list_groups(db, meeting_id)
    running = RoomServer(db, meeting_id=meeting_id)
    running.set_groups({group.id: group.name})
    running.start("127.0.0.1", 0)
    yield running
    running.stop()


def _screen(countdown: str, phase: str = "normal", content=(), cue: str = "") -> RoomSnapshot:
    return RoomSnapshot(
        "1/6 · Good news", countdown, "", "Next: OKR reporting", "09:04", phase, list(content), cue
    )


def _violations(page) -> list[str]:
    results = axe_sync.Axe().run(page, options=WCAG_AA)
    return [
        f"{v['id']} ({v['impact']}): {[n['target'] for n in v['nodes']][:3]}"
        for v in results.response["violations"]
    ]


def _photo_file() -> dict:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (1400, 1000), "white").save(out, "JPEG")
    return {"name": "IMG_0001.jpg", "mimeType": "image/jpeg", "buffer": out.getvalue()}


def _page(browser, viewport):
    context = browser.new_context(viewport=viewport, device_scale_factor=2)
    return context.new_page()


@pytest.mark.parametrize("viewport", [PHONE, ZOOMED], ids=["phone", "zoomed-200%"])
def test_no_wcag_violations_on_any_page_in_any_state(server, browser, viewport):
    found: dict[str, list[str]] = {}
    server.publish(_screen("09:58"))
    room = _page(browser, viewport)
    room.goto(server.room_url())
    expect(room.locator("#countdown")).to_have_text("09:58")
    found["room, counting down"] = _violations(room)
    for countdown, phase in (("01:30", "warning"), ("+00:46", "overtime"), ("05:00", "paused")):
        server.publish(_screen(countdown, phase))
        expect(room.locator("#countdown")).to_have_text(countdown)
        found[f"room, {phase}"] = _violations(room)
    server.publish(_screen("04:00", content=["Kari Nordmann", "Gruppe 1\nPerson 0\nPerson 1"]))
    expect(room.locator("#content p")).to_have_count(2)
    found["room, with content"] = _violations(room)
    server.publish(_screen("00:58", "warning", ["Kari Nordmann"], cue="Please wrap up"))
    expect(room.locator("#cue")).to_have_text("Please wrap up")
    expect(room.locator("#cue")).to_be_visible()
    found["room, with the leader's cue"] = _violations(room)

    phone = _page(browser, viewport)
    phone.goto(server.participant_url())
    expect(phone.locator("#cue")).to_have_text("Please wrap up")  # the phones see it too
    server.publish(_screen("04:00"))
    expect(phone.locator("#countdown")).to_have_text("04:00")
    expect(phone.locator("#cue")).to_be_hidden()
    found["phone"] = _violations(phone)
    server.open_poll("evaluation:1", "Drift")
    expect(phone.locator("#score")).to_be_visible()
    found["phone, scoring open"] = _violations(phone)
    phone.click("#score-buttons button:text-is('7')")
    expect(phone.locator("#score-given")).to_contain_text("7")
    found["phone, scored"] = _violations(phone)
    from facilitator.domain.consent import consent_poll

    server.open_poll(consent_poll(1), "Vokse i Bergen")  # fist to five: 0–5
    expect(phone.locator("#score-buttons button")).to_have_count(6)
    found["phone, fist to five"] = _violations(phone)
    server.open_poll(None)
    server.set_messages_open(True)
    expect(phone.locator("#message")).to_be_visible()
    found["phone, messages open"] = _violations(phone)
    phone.fill("#text", "Vi vant anbudet 🎉")
    phone.click("#send")
    expect(phone.locator("#message-status")).not_to_be_empty()
    found["phone, message sent"] = _violations(phone)

    scribe = _page(browser, viewport)
    [url] = server.scribe_urls().values()
    scribe.goto(url)
    scribe.fill("#success-text", "Ny kunde")
    scribe.click("#success-add")
    expect(scribe.locator("#success-list li")).to_have_count(1)
    found["scribe, with lines"] = _violations(scribe)
    scribe.set_input_files("#photo-input", files=[_photo_file()])
    expect(scribe.locator("#photo-list img")).to_have_count(1)
    found["scribe, with a photo"] = _violations(scribe)

    from facilitator.domain.dot_vote import DotRules
    from facilitator.store import dot_votes

    groups.add_note(server._db, int(next(iter(server._groups))), "learning", "Si nei tidligere")
    lines = dot_votes.vote_lines(server._db, server._meeting_id)
    server.set_messages_open(False)
    server.open_vote(lines, DotRules(3, 1))
    expect(phone.locator("#vote")).to_be_visible()
    found["phone, dot-vote open"] = _violations(phone)
    phone.locator("#vote-lines button.line").first.click()
    expect(phone.locator("#dots-left")).to_have_text("Dots left: 2 of 3")
    found["phone, a dot given"] = _violations(phone)
    server.open_vote(lines, DotRules(3, 2))  # several dots a line: − and + beside a count
    expect(phone.get_by_role("button", name="Give a dot to: Si nei tidligere")).to_be_visible()
    found["phone, dot-vote with several dots a line"] = _violations(phone)

    from datetime import UTC, datetime

    from facilitator.store import questions

    server.open_vote(None)
    server.set_questions_open(True)
    expect(phone.locator("#questions")).to_be_visible()
    found["phone, questions open"] = _violations(phone)
    phone.fill("#question-text", "Hvem eier NPS?")
    phone.click("#ask")
    expect(phone.locator("#question-status")).not_to_be_empty()
    [asked] = questions.questions(server._db, server._meeting_id)
    questions.set_status(server._db, asked.id, "approved", datetime.now(UTC))
    server.questions_changed()
    expect(phone.locator("#question-list li")).to_have_count(1)
    found["phone, a question to upvote"] = _violations(phone)

    assert {state: v for state, v in found.items() if v} == {}


def _font_pixels(page, selector: str) -> float:
    return float(page.eval_on_selector(selector, "e => parseFloat(getComputedStyle(e).fontSize)"))


def test_text_grows_at_200_percent_zoom_and_the_countdown_stays_on_one_line(server, browser):
    server.open_poll("evaluation:1", "Drift")
    server.publish(_screen("+00:46", "overtime"))
    sizes = {}
    for name, viewport, zoom in (("phone", PHONE, 1), ("zoomed", ZOOMED, 2)):
        page = _page(browser, viewport)
        page.goto(server.participant_url())
        expect(page.locator("#countdown")).to_have_text("+00:46")
        # Screen pixels: CSS pixels times the zoom.
        sizes[name] = {
            selector: _font_pixels(page, selector) * zoom
            for selector in ("#title", "#next", "#score-question")
        }
        lines = page.eval_on_selector(
            "#countdown",
            "e => Math.round(e.getBoundingClientRect().height"
            " / parseFloat(getComputedStyle(e).lineHeight || getComputedStyle(e).fontSize))",
        )
        assert lines == 1, (name, lines)
    for selector, size in sizes["phone"].items():
        assert sizes["zoomed"][selector] >= 1.8 * size, (selector, sizes)


def test_the_countdown_is_a_timer_and_its_minutes_are_announced_not_its_seconds(server, browser):
    page = _page(browser, PHONE)
    server.publish(_screen("03:00"))
    page.goto(server.room_url())
    expect(page.locator("#countdown")).to_have_text("03:00")
    assert page.get_attribute("#countdown", "role") == "timer"
    assert page.get_attribute("html", "lang") == "en"
    spoken = page.locator("#spoken")
    assert page.get_attribute("#spoken", "aria-live") == "polite"
    expect(spoken).to_have_text("1/6 · Good news, 3 min left")
    heard = []
    for countdown, phase in (("02:59", "normal"), ("02:31", "normal"), ("02:00", "warning"),
                             ("01:59", "warning"), ("+00:01", "overtime")):  # fmt: skip
        server.publish(_screen(countdown, phase))
        expect(page.locator("#countdown")).to_have_text(countdown)
        heard.append(spoken.text_content())
    assert heard == [
        "1/6 · Good news, 3 min left",  # 02:59 is still the third minute: nothing new
        "1/6 · Good news, 3 min left",
        "1/6 · Good news, 2 min left, last minutes",
        "1/6 · Good news, 2 min left, last minutes",
        "1/6 · Good news, 0 min over time",
    ]


def test_the_event_stream_has_the_same_protective_headers(server):
    import urllib.request

    with urllib.request.urlopen(server.room_url() + "/events", timeout=10) as stream:
        headers = stream.headers
    assert headers["Cache-Control"] == "no-store"
    assert headers["X-Content-Type-Options"] == "nosniff"
