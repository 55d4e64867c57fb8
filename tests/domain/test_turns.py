"""The queue of turns inside a block, in block time."""

from facilitator.domain.turns import Turn, TurnQueue


def _queue(n=4, seconds=120):
    return TurnQueue([Turn(i, f"Person {i}") for i in range(1, n + 1)], seconds)


def test_share_of_ten_minutes():
    assert TurnQueue.share(600, 4) == 150
    assert TurnQueue.share(600, 0) == 600
    assert TurnQueue.share(600, 100) == 30


def test_begin_advance_and_countdown():
    queue = _queue()
    queue.begin(0)
    view = queue.view(45)
    assert (view.current.label, view.following.label, view.remaining) == (
        "Person 1",
        "Person 2",
        75,
    )
    assert (view.position, view.count) == (1, 4)
    changes = queue.advance(130)
    assert set(changes) == {1, 2}
    view = queue.view(200)
    assert view.current.label == "Person 2" and view.remaining == 50


def test_skip_and_last_speaker():
    queue = _queue(3)
    queue.set_skipped(2, True, None)
    queue.begin(0)
    queue.advance(10)
    assert queue.view(10).current.label == "Person 3"
    assert queue.is_last()
    queue.advance(20)
    assert queue.finished
    assert queue.view(30).count == 2


def test_skipping_the_current_speaker_starts_the_next():
    queue = _queue(3)
    queue.begin(0)
    queue.set_skipped(1, True, 15)
    view = queue.view(20)
    assert view.current.label == "Person 2" and view.remaining == 115


def test_back_undoes_an_advance():
    queue = _queue(3)
    queue.begin(0)
    queue.advance(50)
    queue.back()
    view = queue.view(60)
    assert view.current.label == "Person 1" and view.remaining == 60
    assert queue.turns[1].start is None


def test_reorder_keeps_taken_turns_first():
    queue = _queue(4)
    queue.begin(0)
    queue.reorder([4, 3, 2, 1])
    assert [t.key for t in queue.turns] == [1, 4, 3, 2]
    assert sorted(queue.shuffled_keys(seed=1)) == [2, 3, 4]
