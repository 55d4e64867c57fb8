// A participant's phone: the room's screen (as the live view), their own score when the
// leader opens scoring, good news or a shout-out during block 1, and (vote.js) their dots
// in block 3's vote. Every text is set
// with textContent: nothing typed or received is ever read as HTML.
"use strict";
(function () {
  const base = location.pathname.replace(/\/$/, "");
  const $ = (id) => document.getElementById(id);
  let labels = {};
  let poll = null;

  // One anonymous name per phone, kept by the phone: one score per phone and report.
  function voter() {
    let name = localStorage.getItem("facilitator-voter");
    if (!name) {
      const bytes = crypto.getRandomValues(new Uint8Array(16));
      name = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
      localStorage.setItem("facilitator-voter", name);
    }
    return name;
  }

  function showGiven() {
    const given = poll && localStorage.getItem("facilitator-score-" + poll.key);
    const words = poll && poll.kind === "consent" ? labels.consentGiven : labels.scoreGiven;
    $("score-given").textContent = given ? (words || "").replace("{score}", given) : "";
    for (const button of $("score-buttons").children) {
      const chosen = button.textContent === given;
      button.classList.toggle("chosen", chosen);
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
    }
  }

  // The buttons of the poll's range, as the laptop checks it: 1–10 for a report's
  // score, 0–5 (fist to five) for the room's hand on an objective.
  function showButtons(lowest, highest) {
    const buttons = $("score-buttons");
    if (buttons.dataset.lowest === String(lowest) && buttons.children.length
        && buttons.dataset.highest === String(highest)) return;
    buttons.dataset.lowest = String(lowest);
    buttons.dataset.highest = String(highest);
    buttons.replaceChildren();
    for (let score = lowest; score <= highest; score++) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = String(score);
      button.setAttribute("aria-pressed", "false");
      button.addEventListener("click", () => give(score));
      buttons.appendChild(button);
    }
  }

  function showPoll(next) {
    poll = next;
    $("score").hidden = !poll;
    if (!poll) return;
    showButtons(poll.lowest, poll.highest);
    const question = poll.kind === "consent" ? labels.consentQuestion : labels.scoreQuestion;
    $("score-question").textContent = (question || "").replace("{title}", poll.title);
    showGiven();
  }

  async function give(score) {
    const key = poll && poll.key;
    let response;
    try {
      response = await fetch(base + "/score", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ poll: key, voter: voter(), score: score }),
      });
    } catch (error) {
      $("score-given").textContent = labels.offline || String(error);
      return;
    }
    if (response.ok) {
      localStorage.setItem("facilitator-score-" + key, String(score));
      showGiven();
    } else {
      const reason = (await response.json().catch(() => ({}))).error;
      $("score-given").textContent = labels[reason] || labels.failed || String(response.status);
    }
  }


  function kind() {
    return document.querySelector("input[name=kind]:checked").value;
  }

  function showKind() {
    $("praised").hidden = kind() !== "shout_out";
    $("praised-label").hidden = $("praised").hidden;
  }

  for (const radio of document.querySelectorAll("input[name=kind]")) {
    radio.addEventListener("change", showKind);
  }

  $("message-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = {
      kind: kind(),
      text: $("text").value,
      praised: $("praised").value,
      sender: $("sender").value,
    };
    let response;
    try {
      response = await fetch(base + "/message", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch (error) {
      $("message-status").textContent = labels.offline || String(error);
      return; // what was typed stays in the fields
    }
    if (response.ok) {
      $("text").value = "";
      $("praised").value = "";
      $("message-status").textContent = labels.sent || "";
    } else {
      const reason = (await response.json().catch(() => ({}))).error;
      $("message-status").textContent = labels[reason] || labels.failed || String(response.status);
    }
  });

  function showLabels() {
    $("message-title").textContent = labels.messageTitle || "";
    $("kind-good").textContent = labels.goodNews || "";
    $("kind-shout").textContent = labels.shoutOut || "";
    $("kind-title").textContent = labels.kindTitle || "";
    // Labels above the fields, not placeholders: a placeholder is gone once typing starts
    // and is cut off when the text is made larger.
    $("praised-label").textContent = labels.praised || "";
    $("text-label").textContent = labels.text || "";
    $("sender-label").textContent = labels.sender || "";
    $("send").textContent = labels.send || "";
  }

  const source = new EventSource(base + "/events");
  source.onmessage = (event) => {
    const message = JSON.parse(event.data);
    labels = message.labels || labels;
    showLabels();
    window.showRoomScreen(message.screen, labels);
    showPoll(message.poll);
    $("message").hidden = !message.messagesOpen;
    window.showVote(message.vote, labels, voter());
    window.showQuestions(message.questions, labels, voter());
    $("connection").hidden = true;
  };
  source.onerror = () => {
    $("connection").textContent = labels.reconnecting || "…";
    $("connection").hidden = false;
  };
  showKind();
})();
