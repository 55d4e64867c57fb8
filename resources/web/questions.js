// Questions from the room on a phone: ask one (the leader sees it first), see the approved
// ones with their upvotes, and say "me too" (tap again to take it back). The list is read
// again when the laptop's message says it changed. Every text is set with textContent.
"use strict";
(function () {
  const base = location.pathname.replace(/\/$/, "");
  const $ = (id) => document.getElementById(id);
  let labels = {};
  let voter = "";
  let version = -1;
  let reading = false;

  const say = (name, values) => {
    let text = labels[name] || "";
    for (const [key, value] of Object.entries(values || {})) {
      text = text.replace("{" + key + "}", String(value));
    }
    return text;
  };

  function show(list) {
    const mine = new Set(list.mine);
    const items = list.questions.map((question) => {
      const item = document.createElement("li");
      if (question.answered) item.className = "answered";
      const text = document.createElement("span");
      text.className = "text";
      if (question.answered || question.onScreen) {
        const state = document.createElement("span");
        state.className = "state";
        state.textContent = question.answered ? labels.answered || "" : labels.onScreen || "";
        text.appendChild(state);
      }
      text.appendChild(document.createTextNode(question.text));
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = say("votes", { n: question.votes });
      button.setAttribute("aria-label", say("upvote", { question: question.text }));
      button.setAttribute("aria-pressed", mine.has(question.id) ? "true" : "false");
      button.disabled = question.answered;
      button.addEventListener("click", () => upvote(question.id, !mine.has(question.id)));
      item.append(text, button);
      return item;
    });
    $("question-list").replaceChildren(...items);
  }

  async function read() {
    if (reading) return;
    reading = true;
    try {
      const response = await fetch(base + "/questions?voter=" + encodeURIComponent(voter));
      if (response.ok) show(await response.json());
    } catch (error) {
      $("question-status").textContent = labels.offline || String(error);
    } finally {
      reading = false;
    }
  }

  async function post(path, body, status) {
    try {
      const response = await fetch(base + path, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      const reply = await response.json().catch(() => ({}));
      if (!response.ok) {
        $("question-status").textContent = labels[reply.error] || labels.failed || "";
        return false;
      }
      if (status) $("question-status").textContent = status;
      return true;
    } catch (error) {
      $("question-status").textContent = labels.offline || String(error);
      return false; // what was typed stays in the field
    }
  }

  async function upvote(id, up) {
    if (await post("/upvote", { voter: voter, question: id, up: up }, "")) read();
  }

  $("question-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("question-text").value;
    if (await post("/questions", { voter: voter, text: text }, labels.asked || "")) {
      $("question-text").value = "";
    }
  });

  // Called by participant.js with each message from the laptop.
  window.showQuestions = function (state, nextLabels, phoneVoter) {
    labels = nextLabels || labels;
    voter = phoneVoter;
    $("questions-title").textContent = labels.questionsTitle || "";
    $("question-label").textContent = labels.questionLabel || "";
    $("ask").textContent = labels.ask || "";
    const shown = Boolean(state && (state.open || state.version > 0));
    $("questions").hidden = !shown;
    $("question-form").hidden = !(state && state.open);
    if (shown && state.version !== version) {
      version = state.version;
      read();
    }
  };
})();
