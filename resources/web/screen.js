// The room's screen as the live view and the phones' page show it. Every text is set with
// textContent: what a phone shows is never read as HTML.
//
// The countdown is a timer (role="timer", not read out each second); what a screen reader
// is told, in the polite live region, is the time left in whole minutes and the moments
// the phase changes (last minutes, over time, paused): at most once a minute.
"use strict";
(function () {
  let spokenKey = "";

  // "12:34", "1:02:03" or "+03:12" -> whole minutes (rounded up while counting down).
  function minutesOf(countdown) {
    const over = countdown.startsWith("+");
    const parts = countdown.replace("+", "").split(":").map(Number);
    if (parts.some(Number.isNaN) || parts.length < 2) return null;
    const seconds = parts.reduce((total, part) => total * 60 + part, 0);
    return { over: over, minutes: over ? Math.floor(seconds / 60) : Math.ceil(seconds / 60) };
  }

  function spoken(screen, labels) {
    const time = minutesOf(screen.countdown || "");
    if (!time) return { key: screen.title + "|" + screen.state, text: screen.title };
    const count = time.over
      ? (labels.overtime || "{n} min over time").replace("{n}", time.minutes)
      : time.minutes === 1
        ? labels.minuteLeft || "1 min left"
        : (labels.minutesLeft || "{n} min left").replace("{n}", time.minutes);
    const phase = screen.phase === "warning" ? labels.lastMinutes
      : screen.phase === "paused" ? labels.paused : "";
    const text = [screen.title, count, phase].filter(Boolean).join(", ");
    return { key: [screen.title, time.over, time.minutes, screen.phase].join("|"), text: text };
  }

  window.showRoomScreen = function (screen, labels) {
    labels = labels || {};
    const $ = (id) => document.getElementById(id);
    if (labels.lang) document.documentElement.lang = labels.lang;
    document.title = screen.title || "Facilitator";
    $("title").textContent = screen.title;
    $("countdown").textContent = screen.countdown;
    $("countdown").className = "countdown phase-" + screen.phase;
    $("countdown").setAttribute("aria-label", labels.timeLeft || "Time left");
    $("state").textContent = screen.state;
    // The room's question on the screen, when the leader put one there.
    const question = screen.question || "";
    if ($("question") && $("question").textContent !== question) {
      $("question").textContent = question;
      $("question").hidden = !question;
    }
    // The leader's cue to the speaker: set (and announced, role="status") when it changes.
    const cue = screen.cue || "";
    if ($("cue") && $("cue").textContent !== cue) {
      $("cue").textContent = cue;
      $("cue").hidden = !cue;
    }
    $("next").textContent = screen.next;
    $("clock").textContent = screen.clock;
    $("content").replaceChildren(...screen.content.map((line) => {
      const p = document.createElement("p");
      p.textContent = line;
      if (line.includes("\n")) p.className = "card"; // a group's card: its lines together
      return p;
    }));
    // With something under it, the countdown steps back (as on the room's screen).
    document.body.classList.toggle("with-content", screen.content.length > 0);
    const said = spoken(screen, labels);
    if (said.key !== spokenKey && $("spoken")) {
      spokenKey = said.key;
      $("spoken").textContent = said.text;
    }
  };
})();
