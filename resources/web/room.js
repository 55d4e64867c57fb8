// The live view of the room's screen. Every text is set with textContent: what a phone
// shows is never read as HTML. The browser's EventSource reconnects by itself; the first
// message after a reconnect is the whole screen, so a phone catches up at once.
"use strict";
(function () {
  const token = location.pathname.split("/")[2];
  const $ = (id) => document.getElementById(id);
  let labels = {};

  function show(message) {
    const screen = message.screen;
    labels = message.labels || labels;
    document.title = screen.title || "Facilitator";
    $("title").textContent = screen.title;
    $("countdown").textContent = screen.countdown;
    $("countdown").className = "countdown phase-" + screen.phase;
    $("state").textContent = screen.state;
    $("next").textContent = screen.next;
    $("clock").textContent = screen.clock;
    const content = $("content");
    content.replaceChildren(...screen.content.map((line) => {
      const p = document.createElement("p");
      p.textContent = line;
      if (line.includes("\n")) p.className = "card"; // a group's card: its lines together
      return p;
    }));
    // With something under it, the countdown steps back (as on the room's screen).
    document.body.classList.toggle("with-content", screen.content.length > 0);
    $("connection").hidden = true;
  }

  const source = new EventSource("/r/" + encodeURIComponent(token) + "/events");
  source.onmessage = (event) => show(JSON.parse(event.data));
  source.onerror = () => {
    $("connection").textContent = labels.reconnecting || "…";
    $("connection").hidden = false;
  };
})();
