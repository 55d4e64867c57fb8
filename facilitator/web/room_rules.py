"""The room link's rules: its limits (lengths, rates, sizes), its tokens, the pages' own
words, and what a phone's line must be to be kept. Plain Python, used by `server.py`."""

from __future__ import annotations

import re
import secrets
import time
from collections import deque
from dataclasses import dataclass, field

from facilitator.domain.plain_text import plain_line
from facilitator.translation import translate

MAX_NOTE_LENGTH = 200  # a keyword line on a flip chart, not an essay
MAX_NOTES_PER_KIND = 60  # per group: a flip chart holds no more
NOTES_PER_MINUTE = 30  # per scribe link: faster is a stuck key or a script
MAX_REQUEST_BYTES = 2048
MAX_MESSAGE_LENGTH = 500  # good news or a shout-out's reason
MESSAGES_PER_MINUTE = 5  # per phone
SCORES_PER_MINUTE = 20  # per phone: a change of mind, not a script
SCORES_PER_ADDRESS_MINUTE = 600  # per address: a script making up phones
DOTS_PER_MINUTE = 60  # per phone: a tap per dot, taken back and given again
DOTS_PER_ADDRESS_MINUTE = 600  # per address: a script making up phones
VOTER = re.compile(r"[A-Za-z0-9_-]{8,64}")
KEEP_ALIVE_SECONDS = 15  # a comment line, so proxies and phones keep the stream open
KINDS = ("success", "learning")

SECURITY_HEADERS = {
    # The pages load only their own script and style; nothing inline, nothing framed.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
        "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the token is in the URL: never pass it on
    "Cache-Control": "no-store",
}


# Short enough to type from the room's screen, without letters that look alike (0/o, 1/l):
# 10 of 31 characters is about 50 bits — a guest network would need thousands of years of
# guessing at a thousand tries a second to hit a live link, and a link lives for one meeting.
TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
TOKEN_LENGTH = 10


def _token() -> str:
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(TOKEN_LENGTH))


@dataclass
class RoomTokens:
    """The link's secrets: the live view (for a screen), the participants' page (for the
    phones), and one per group's scribe page."""

    room: str = field(default_factory=_token)  # the live view: reads only
    participant: str = field(default_factory=_token)  # a phone: the view, a score, a message
    scribes: dict[str, int] = field(default_factory=dict)  # token -> group id

    def scribe_token(self, group_id: int) -> str:
        for token, known in self.scribes.items():
            if known == group_id:
                return token
        token = _token()
        self.scribes[token] = group_id
        return token


@dataclass
class ScribeGroup:
    group_id: int
    name: str


class RateLimit:
    """At most `limit` events per `window` seconds per key."""

    def __init__(self, limit: int, window: float = 60.0) -> None:
        self._limit, self._window = limit, window
        self._seen: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        now = time.monotonic()
        seen = self._seen.setdefault(key, deque())
        while seen and now - seen[0] > self._window:
            seen.popleft()
        if len(seen) >= self._limit:
            return False
        seen.append(now)
        return True


def room_labels() -> dict[str, str]:
    """The pages' own words (the screen's words come translated in each snapshot)."""
    return {
        # The language of these words, for the pages' lang attribute (a code, translated).
        "lang": translate("RoomLink", "en"),
        "minutesLeft": translate("RoomLink", "{n} min left"),
        "minuteLeft": translate("RoomLink", "1 min left"),
        "overtime": translate("RoomLink", "{n} min over time"),
        "lastMinutes": translate("RoomLink", "last minutes"),
        "paused": translate("RoomLink", "paused"),
        "timeLeft": translate("RoomLink", "Time left"),
        "scoreTitle": translate("RoomLink", "Your score"),
        "kindTitle": translate("RoomLink", "What you send"),
        "reconnecting": translate("RoomLink", "Connection lost, reconnecting…"),
        "scoreQuestion": translate("RoomLink", "Your own score for {title}'s quarter (1–10)"),
        "scoreGiven": translate("RoomLink", "Thank you: you gave {score}. Tap again to change it."),
        "consentQuestion": translate(
            "RoomLink", "Fist to five: how far do you back “{title}”? 0 = I cannot, 5 = fully"
        ),
        "consentGiven": translate(
            "RoomLink", "Thank you: you showed {score}. Tap again to change it."
        ),
        "messageTitle": translate("RoomLink", "Send good news or a shout-out"),
        "goodNews": translate("RoomLink", "Good news"),
        "shoutOut": translate("RoomLink", "Shout-out"),
        "praised": translate("RoomLink", "Praise for (who)"),
        "text": translate("RoomLink", "What happened"),
        "sender": translate("RoomLink", "Your name (optional)"),
        "send": translate("RoomLink", "Send"),
        "sent": translate("RoomLink", "Sent: the leader will take it into the meeting."),
        "closed": translate("RoomLink", "Sending is open during the good-news block."),
        "empty": translate("RoomLink", "Type something first."),
        "long": translate("RoomLink", "Make it shorter, please."),
        "rate": translate("RoomLink", "Slow down a little, then try again."),
        "offline": translate(
            "RoomLink", "The laptop cannot be reached; your text is kept, try again."
        ),
        "failed": translate("RoomLink", "That did not work; try again."),
    }


def vote_labels() -> dict[str, str]:
    """The phones' words for block 3's dot-vote (and the reasons a tap is refused)."""
    return {
        "voteTitle": translate("RoomLink", "Vote on the lines that gave the most value"),
        "voteHelp": translate(
            "RoomLink", "Tap a line to give it a dot; tap it again to take the dot back."
        ),
        "voteHelpMore": translate(
            "RoomLink", "Use + and − to give a line up to {n} dots or take them back."
        ),
        "dotsLeft": translate("RoomLink", "Dots left: {n} of {count}"),
        "dotsSaved": translate(
            "RoomLink", "Saved. You can change your dots until the vote closes."
        ),
        "success": translate("RoomLink", "Success"),
        "learning": translate("RoomLink", "Learning"),
        "addDot": translate("RoomLink", "Give a dot to: {line}"),
        "removeDot": translate("RoomLink", "Take a dot back from: {line}"),
        "budget": translate("RoomLink", "You have no dots left: take one back first."),
        "per_line": translate("RoomLink", "That line has all the dots it may take from you."),
        "line": translate("RoomLink", "That line is no longer in the vote: reload the page."),
        "voteClosed": translate("RoomLink", "The vote is closed."),
    }


def question_labels() -> dict[str, str]:
    """The phones' words for the room's questions."""
    return {
        "questionsTitle": translate("RoomLink", "Questions"),
        "questionLabel": translate("RoomLink", "Your question (the leader sees it first)"),
        "ask": translate("RoomLink", "Ask"),
        "asked": translate("RoomLink", "Sent: the leader will put it in the list."),
        "questionsClosed": translate("RoomLink", "Questions are closed just now."),
        "upvote": translate("RoomLink", "Me too: {question}"),
        "votes": translate("RoomLink", "{n} ▲"),
        "answered": translate("RoomLink", "Answered"),
        "onScreen": translate("RoomLink", "On the screen now"),
        "gone": translate("RoomLink", "That question is no longer in the list."),
    }


def photo_labels() -> dict[str, str]:
    """The scribe page's photo words, and one sentence for each reason a photo is refused
    (the keys are domain/photos.PhotoProblem's values)."""
    return {
        "photograph": translate("RoomLink", "Photograph the flip chart"),
        "photosHeading": translate("RoomLink", "Photos of the flip chart"),
        "photoSending": translate("RoomLink", "Sending the photo…"),
        "photoSent": translate("RoomLink", "The photo is on the laptop."),
        "removePhoto": translate("RoomLink", "Remove this photo"),
        "photoAlt": translate("RoomLink", "Photo {n} of the flip chart"),
        "not-a-photo": translate(
            "RoomLink", "That is not a photo: send a JPEG, PNG, WebP or HEIC picture."
        ),
        "too-large": translate("RoomLink", "That photo is over 25 MB; take it again smaller."),
        "too-many-pixels": translate("RoomLink", "That picture is too large to take."),
        "damaged": translate("RoomLink", "That photo is damaged or cut off; take it again."),
        "two-files-in-one": translate(
            "RoomLink", "That file holds something besides a photo; take the photo again."
        ),
        "group-full": translate(
            "RoomLink", "This group has all the photos it can keep; remove one first."
        ),
    }


def scribe_labels() -> dict[str, str]:
    """The scribe page's words, and one for each reason a line is refused."""
    return {
        "lang": translate("RoomLink", "en"),
        "success": translate("RoomLink", "A success, in keywords"),
        "learning": translate("RoomLink", "A learning, in keywords"),
        "add": translate("RoomLink", "Add"),
        "successAdd": translate("RoomLink", "Add the success"),
        "learningAdd": translate("RoomLink", "Add the learning"),
        "empty": translate("RoomLink", "Type something first."),
        "long": translate("RoomLink", "That is more than one line of a flip chart; shorten it."),
        "full": translate("RoomLink", "This flip chart is full."),
        "rate": translate("RoomLink", "Slow down a little, then try again."),
        "offline": translate(
            "RoomLink", "The laptop cannot be reached; your text is kept, try again."
        ),
        "gone": translate(
            "RoomLink", "This link no longer works: the groups were changed or the link turned off."
        ),
        "failed": translate("RoomLink", "That did not work; try again."),
        **photo_labels(),
    }


def one_line(value: object, limit: int) -> str | None:
    """Printable text on one line (`plain_line`), or None when it is not text or longer
    than `limit`."""
    if not isinstance(value, str):
        return None
    line = plain_line(value)
    return line if len(line) <= limit else None


def clean_note(kind: object, text: object) -> tuple[str, str] | str:
    """(kind, text) ready for the store, or the reason it is refused (in English: the
    scribe's page shows its own words for each)."""
    if kind not in KINDS:
        return "kind"
    if not isinstance(text, str):
        return "text"
    # One line of printable text: control characters (a pasted tab, a NUL) become spaces.
    line = one_line(text, MAX_NOTE_LENGTH)
    if line is None:
        return "long"
    if not line:
        return "empty"
    return str(kind), line
