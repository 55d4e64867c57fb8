"""The room link's server through aiohttp's own test client: tokens, the read-only live
view and its events, the scribe's input checked, limited and stored."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp.test_utils import TestClient, TestServer

from facilitator.store import groups
from facilitator.store.groups import GroupPlan
from facilitator.store.participants import add_participant
from facilitator.web import server as room_server
from facilitator.web.room import RoomSnapshot
from facilitator.web.room_rules import clean_note
from facilitator.web.server import RoomServer

SCREEN = RoomSnapshot(
    title="2/6 · OKR reporting",
    countdown="12:34",
    state="Last 2 minutes",
    next="Next: Successes and learnings",
    clock="10:42",
    phase="warning",
    content=["Speaking now (3 of 12)", "<b>Åse</b> 🎉"],
)


@pytest.fixture
def group_id(db, meeting_id) -> int:
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    return groups.list_groups(db, meeting_id)[0].id


def _run(server: RoomServer, check) -> None:
    async def go() -> None:
        async with TestClient(TestServer(server.build_app())) as client:
            await check(client)

    asyncio.run(go())


async def _first_event(response) -> dict:
    data = b""
    while b"\n\ndata: " not in data or not data.endswith(b"\n\n"):
        data += await response.content.readany()
    line = next(x for x in data.decode().split("\n") if x.startswith("data: "))
    return json.loads(line.removeprefix("data: "))


def test_every_url_needs_its_token_and_the_view_is_read_only(db, group_id):
    server = RoomServer(db)
    server.set_groups({group_id: "Gruppe 1"})
    scribe = server.tokens.scribe_token(group_id)

    async def check(client: TestClient) -> None:
        for path in ("/r/wrong", "/r/wrong/events", "/s/wrong", "/s/wrong/notes", "/", "/r/"):
            assert (await client.get(path)).status == 404, path
        page = await client.get(f"/r/{server.tokens.room}")
        assert page.status == 200
        assert page.headers["Referrer-Policy"] == "no-referrer"
        assert "script-src 'self'" in page.headers["Content-Security-Policy"]
        assert "<script" in await page.text() and "inline" not in await page.text()
        # The live view's token writes nothing: no route takes a POST with it.
        refused = await client.post(f"/r/{server.tokens.room}/events", json={})
        assert refused.status == 405
        assert (await client.post(f"/s/{server.tokens.room}/notes", json={})).status == 404
        assert (await client.get(f"/s/{scribe}")).status == 200
        assert (await client.get("/static/room.js")).status == 200
        assert (await client.get("/static/..%2fweb%2froom.html")).status == 404

    _run(server, check)


def test_the_live_view_gets_the_screen_on_connect_and_each_change(db):
    server = RoomServer(db)
    server.publish(SCREEN)

    async def check(client: TestClient) -> None:
        response = await client.get(f"/r/{server.tokens.room}/events")
        assert response.headers["Content-Type"] == "text/event-stream"
        first = await _first_event(response)
        assert first["screen"]["countdown"] == "12:34"
        assert first["screen"]["content"] == ["Speaking now (3 of 12)", "<b>Åse</b> 🎉"]
        assert first["labels"]["reconnecting"] == "Connection lost, reconnecting…"
        assert server.client_count() == 1
        server._broadcast(RoomSnapshot("Lunch", "29:59", "Back at 12:10", "", "11:40", "normal"))
        data = b""
        while b"29:59" not in data:
            data += await response.content.readany()
        assert "Back at 12:10" in data.decode()
        response.close()

    _run(server, check)


def test_a_scribe_adds_to_the_groups_flip_chart_and_nowhere_else(db, group_id):
    changed: list[int] = []
    server = RoomServer(db, on_notes_changed=changed.append)
    server.set_groups({group_id: "Gruppe 1"})
    token = server.tokens.scribe_token(group_id)

    async def check(client: TestClient) -> None:
        notes = await (await client.get(f"/s/{token}/notes")).json()
        assert (notes["group"], notes["success"], notes["learning"]) == ("Gruppe 1", [], [])
        assert notes["labels"]["add"] == "Add"
        added = await client.post(
            f"/s/{token}/notes", json={"kind": "success", "text": "  Ny <b>kunde</b>\tnord 🎉 "}
        )
        assert added.status == 201
        assert (await added.json())["success"] == ["Ny <b>kunde</b> nord 🎉"]
        for body, reason in (
            ({"kind": "success", "text": "   "}, "empty"),
            ({"kind": "success", "text": "x" * 201}, "long"),
            ({"kind": "vision", "text": "hei"}, "kind"),
            ({"kind": "learning", "text": 5}, "text"),
        ):
            refused = await client.post(f"/s/{token}/notes", json=body)
            assert (refused.status, (await refused.json())["error"]) == (422, reason)
        not_json = await client.post(f"/s/{token}/notes", data=b"kind=success")
        assert not_json.status == 400
        too_big = await client.post(f"/s/{token}/notes", data=b"x" * 4000)
        assert too_big.status == 413

    _run(server, check)
    assert groups.group_notes(db, group_id) == {
        "success": [(groups.group_notes(db, group_id)["success"][0][0], "Ny <b>kunde</b> nord 🎉")],
        "learning": [],
    }
    assert changed == [group_id]


def test_a_scribe_link_is_rate_limited_and_dies_with_its_group(db, group_id, monkeypatch):
    monkeypatch.setattr(room_server, "NOTES_PER_MINUTE", 3)
    server = RoomServer(db)
    server.set_groups({group_id: "Gruppe 1"})
    token = server.tokens.scribe_token(group_id)

    async def check(client: TestClient) -> None:
        statuses = [
            (
                await client.post(f"/s/{token}/notes", json={"kind": "learning", "text": f"L{n}"})
            ).status
            for n in range(4)
        ]
        assert statuses == [201, 201, 201, 429]
        server.set_groups({})  # the groups were assigned anew
        assert (await client.get(f"/s/{token}/notes")).status == 404

    _run(server, check)


def test_turning_the_link_off_invalidates_every_token(db, group_id):
    server = RoomServer(db)
    server.set_groups({group_id: "Gruppe 1"})
    host, port = server.start("127.0.0.1", 0)
    assert host == "127.0.0.1"
    assert port > 0 and server.room_url().startswith(f"http://127.0.0.1:{port}/r/")
    room, scribes = server.tokens.room, dict(server.tokens.scribes)
    # Short to type from the room's screen, no look-alike letters, different for each link.
    tokens = [room, server.tokens.participant, *scribes]
    assert all(len(t) == 10 and set(t) <= set("abcdefghjkmnpqrstuvwxyz23456789") for t in tokens)
    assert len(set(tokens)) == 3
    server.stop()
    assert server.tokens.room != room and server.tokens.scribes == {}
    assert not set(scribes) & set(server.tokens.scribes)


def test_a_note_line_is_one_printable_line():
    assert clean_note("success", "a\u0000b\nc") == ("success", "a b c")
    assert clean_note("learning", "\u200b") == "empty"  # a zero-width space says nothing
    assert clean_note("success", "x" * 200) == ("success", "x" * 200)


VOTER = "a1b2c3d4e5f60718"


def test_a_phone_scores_only_the_open_report_once_and_anonymously(db, meeting_id, monkeypatch):
    from facilitator.store import room

    monkeypatch.setattr(room_server, "SCORES_PER_MINUTE", 4)
    scored: list[str] = []
    server = RoomServer(db, meeting_id=meeting_id, on_scores_changed=scored.append)
    phone = f"/p/{server.tokens.participant}/score"

    async def check(client: TestClient) -> None:
        closed = await client.post(phone, json={"poll": "evaluation:1", "voter": VOTER, "score": 7})
        assert (closed.status, (await closed.json())["error"]) == (409, "closed")
        server.open_poll("evaluation:1", "Nordlys Energi AS")
        for body, reason in (
            ({"poll": "evaluation:1", "voter": "short", "score": 7}, "voter"),
            ({"poll": "evaluation:1", "voter": "<script>x</script>", "score": 7}, "voter"),
            ({"poll": "evaluation:1", "voter": VOTER, "score": 11}, "score"),
            ({"poll": "evaluation:1", "voter": VOTER, "score": True}, "score"),
            ({"poll": "evaluation:1", "voter": VOTER, "score": "7"}, "score"),
        ):
            refused = await client.post(phone, json=body)
            assert (refused.status, (await refused.json())["error"]) == (422, reason)
        wrong = await client.post(phone, json={"poll": "evaluation:2", "voter": VOTER, "score": 7})
        assert wrong.status == 409  # another report's scoring is not open
        for score in (7, 9):  # a change of mind replaces the phone's score
            given = await client.post(
                phone, json={"poll": "evaluation:1", "voter": VOTER, "score": score}
            )
            assert given.status == 201
        other = "f" * 32
        assert (
            await client.post(phone, json={"poll": "evaluation:1", "voter": other, "score": 6})
        ).status == 201
        view_token = f"/p/{server.tokens.room}/score"  # the view's link cannot score
        assert (await client.post(view_token, json={})).status == 404
        for _ in range(2):
            await client.post(phone, json={"poll": "evaluation:1", "voter": VOTER, "score": 8})
        limited = await client.post(
            phone, json={"poll": "evaluation:1", "voter": VOTER, "score": 8}
        )
        assert limited.status == 429
        server._score_address_rate = room_server.RateLimit(0)  # one address, many "phones"
        crowd = {"poll": "evaluation:1", "voter": "e" * 32, "score": 8}
        assert (await client.post(phone, json=crowd)).status == 429

    _run(server, check)
    assert room.score_counts(db, meeting_id) == {"evaluation:1": {8: 1, 6: 1}}
    assert scored == ["evaluation:1"] * 5


def test_good_news_and_shout_outs_are_taken_during_block_1_only(db, meeting_id, monkeypatch):
    from facilitator.store import room

    monkeypatch.setattr(room_server, "MESSAGES_PER_MINUTE", 6)  # every request counts
    arrived: list[bool] = []
    server = RoomServer(db, meeting_id=meeting_id, on_messages_changed=lambda: arrived.append(True))
    phone = f"/p/{server.tokens.participant}/message"

    async def check(client: TestClient) -> None:
        good = {"kind": "good_news", "text": "Vi vant <b>anbudet</b> 🎉", "sender": "Kari"}
        assert (await client.post(phone, json=good)).status == 409
        server.set_messages_open(True)
        assert (await client.post(phone, json=good)).status == 201
        shout = {"kind": "shout_out", "praised": "Drift", "text": "for natta"}
        assert (await client.post(phone, json=shout)).status == 201
        for body, reason in (
            ({"kind": "shout_out", "praised": "", "text": "for natta"}, "empty"),
            ({"kind": "good_news", "text": "x" * 501}, "long"),
            ({"kind": "vision", "text": "hei"}, "kind"),
        ):
            refused = await client.post(phone, json=body)
            assert (refused.status, (await refused.json())["error"]) == (422, reason)
        assert (await client.post(phone, json=good)).status == 429  # the seventh this minute

    _run(server, check)
    waiting = room.waiting_messages(db, meeting_id)
    assert [(m.kind, m.text, m.praised, m.sender) for m in waiting] == [
        ("good_news", "Vi vant <b>anbudet</b> 🎉", "", "Kari"),
        ("shout_out", "for natta", "Drift", ""),
    ]
    assert len(arrived) == 2


def test_the_phones_learn_when_scoring_and_sending_open(db, meeting_id):
    server = RoomServer(db, meeting_id=meeting_id)
    server.open_poll("evaluation:3", "Drift")
    server.set_messages_open(True)

    async def check(client: TestClient) -> None:
        response = await client.get(f"/p/{server.tokens.participant}/events")
        first = await _first_event(response)
        assert first["poll"] == {
            "key": "evaluation:3",
            "title": "Drift",
            "kind": "score",
            "lowest": 1,
            "highest": 10,
        }
        assert first["messagesOpen"] is True
        response.close()
        page = await client.get(f"/p/{server.tokens.participant}")
        assert page.status == 200 and "participant.js" in await page.text()

    _run(server, check)


def test_a_phone_spends_dots_only_in_the_open_vote_within_its_rules(db, meeting_id, monkeypatch):
    from facilitator.domain.dot_vote import DotRules
    from facilitator.store import dot_votes
    from facilitator.web import phone_votes

    monkeypatch.setattr(phone_votes, "DOTS_PER_MINUTE", 5)
    people = [add_participant(db, meeting_id, f"Person {n}") for n in range(3)]
    groups.save_assignment(db, meeting_id, [GroupPlan(people)], lambda n: f"Gruppe {n}")
    [group] = groups.list_groups(db, meeting_id)
    first = groups.add_note(db, group.id, "success", "Ny kunde")
    second = groups.add_note(db, group.id, "learning", "Si nei")
    rules = DotRules(2, 1)
    dot_votes.set_vote_rules(db, meeting_id, rules)
    changed: list[bool] = []
    server = RoomServer(db, meeting_id=meeting_id, on_votes_changed=lambda: changed.append(True))
    base = f"/p/{server.tokens.participant}"

    async def check(client: TestClient) -> None:
        closed = await client.get(f"{base}/vote?voter={VOTER}")
        assert (closed.status, (await closed.json())["error"]) == (409, "voteClosed")
        server.open_vote(dot_votes.vote_lines(db, meeting_id), rules)
        events = await client.get(f"{base}/events")
        assert (await _first_event(events))["vote"] == server.vote_json()  # the key, not lines
        events.close()
        assert (await client.get(f"{base}/vote?voter=x")).status == 422
        assert (await client.get(f"/p/{server.tokens.room}/vote?voter={VOTER}")).status == 404
        opened = await (await client.get(f"{base}/vote?voter={VOTER}")).json()
        assert [line["id"] for line in opened["lines"]] == [first, second]
        key = opened["key"]
        for dots, reason in (
            ([1, 2], "dots"),  # not a mapping
            ({"x": 1}, "dots"),
            ({str(first): "1"}, "dots"),
            ({str(first): 1.0}, "dots"),
            ({str(first): 2}, "per_line"),
            ({str(first): 1, str(second): 1, "99999": 1}, "line"),
        ):
            refused = await client.post(
                f"{base}/dots", json={"voter": VOTER, "key": key, "dots": dots}
            )
            assert (refused.status, (await refused.json())["error"]) == (422, reason), dots
        stale = await client.post(f"{base}/dots", json={"voter": VOTER, "key": "old", "dots": {}})
        assert stale.status == 409
        given = await client.post(
            f"{base}/dots", json={"voter": VOTER, "key": key, "dots": {str(first): 1}}
        )
        assert (given.status, await given.json()) == (201, {"mine": {str(first): 1}})
        for _ in range(4):
            await client.post(f"{base}/dots", json={"voter": VOTER, "key": key, "dots": {}})
        limited = await client.post(f"{base}/dots", json={"voter": VOTER, "key": key, "dots": {}})
        assert limited.status == 429  # a script, not a thumb
        server.open_vote(None)
        after = await client.post(f"{base}/dots", json={"voter": "f" * 32, "key": key, "dots": {}})
        assert after.status == 409

    _run(server, check)
    assert dot_votes.voter_count(db, meeting_id) == 0  # its dots were taken back in the end
    assert len(changed) == 5


def test_a_phone_asks_only_while_open_and_upvotes_only_what_was_approved(
    db, meeting_id, monkeypatch
):
    from datetime import UTC, datetime

    from facilitator.store import questions
    from facilitator.web import phone_questions

    monkeypatch.setattr(phone_questions, "QUESTIONS_PER_MINUTE", 2)
    asked: list[bool] = []
    server = RoomServer(db, meeting_id=meeting_id, on_questions_changed=lambda: asked.append(True))
    base = f"/p/{server.tokens.participant}"

    async def check(client: TestClient) -> None:
        body = {"voter": VOTER, "text": "Når kommer appen?"}
        closed = await client.post(f"{base}/questions", json=body)
        assert (closed.status, (await closed.json())["error"]) == (409, "questionsClosed")
        server.set_questions_open(True)
        for text, reason in (("", "empty"), ("x" * 201, "long"), (None, "long")):
            refused = await client.post(f"{base}/questions", json={"voter": VOTER, "text": text})
            assert (refused.status, (await refused.json())["error"]) == (422, reason)
        assert (await client.post(f"{base}/questions", json=body)).status == 201
        twice = {"voter": VOTER, "text": "Og <b>batteriene</b>?\n🎉"}
        assert (await client.post(f"{base}/questions", json=twice)).status == 201
        limited = await client.post(f"{base}/questions", json=body)
        assert limited.status == 429  # its own rate per phone
        listed = await (await client.get(f"{base}/questions?voter={VOTER}")).json()
        assert listed["questions"] == []  # waiting: the leader sees them first
        first, second = (q.id for q in questions.questions(db, meeting_id))
        upvote = {"voter": VOTER, "question": first, "up": True}
        assert (await client.post(f"{base}/upvote", json=upvote)).status == 409
        questions.set_status(db, second, "approved", datetime.now(UTC))
        version = server.questions_json()["version"]
        upvote["question"] = second
        assert (await client.post(f"{base}/upvote", json=upvote)).status == 201
        assert server.questions_json()["version"] > version  # the phones read again
        bad = {"voter": VOTER, "question": True, "up": True}
        assert (await client.post(f"{base}/upvote", json=bad)).status == 400
        listed = await (await client.get(f"{base}/questions?voter={VOTER}")).json()
        assert listed["questions"] == [
            {
                "id": second,
                "text": "Og <b>batteriene</b>? 🎉",  # one line, kept as text
                "votes": 1,
                "answered": False,
                "onScreen": False,
            }
        ]
        assert listed["mine"] == [second]

    _run(server, check)
    assert len(asked) == 3  # two questions, one upvote
