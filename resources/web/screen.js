// The room's screen as the live view and the phones' page show it. Every text is set with
// textContent: what a phone shows is never read as HTML.
"use strict";
window.showRoomScreen = function (screen) {
  const $ = (id) => document.getElementById(id);
  document.title = screen.title || "Facilitator";
  $("title").textContent = screen.title;
  $("countdown").textContent = screen.countdown;
  $("countdown").className = "countdown phase-" + screen.phase;
  $("state").textContent = screen.state;
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
};
