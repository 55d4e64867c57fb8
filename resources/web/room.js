// The live view of the room's screen (read only). The browser's EventSource reconnects by
// itself; the first message after a reconnect is the whole screen, so it catches up at once.
"use strict";
(function () {
  const token = location.pathname.split("/")[2];
  const connection = document.getElementById("connection");
  let labels = {};
  const source = new EventSource("/r/" + encodeURIComponent(token) + "/events");
  source.onmessage = (event) => {
    const message = JSON.parse(event.data);
    labels = message.labels || labels;
    window.showRoomScreen(message.screen, labels);
    connection.hidden = true;
  };
  source.onerror = () => {
    connection.textContent = labels.reconnecting || "…";
    connection.hidden = false;
  };
})();
