// Block 3's dot-vote on a phone: the flip charts' lines, group by group, and the phone's
// own dots on them. Each tap sends the phone's whole allocation; the laptop checks it
// (budget, dots per line) and keeps it, so a reload or a lost connection shows the dots
// the laptop has and lets the phone change them until the vote closes. Every text is set
// with textContent: nothing received is ever read as HTML.
"use strict";
(function () {
  const base = location.pathname.replace(/\/$/, "");
  const $ = (id) => document.getElementById(id);
  let labels = {};
  let voter = "";
  let vote = null; // {key, dots, perLine, lines, mine} as the laptop sent it
  let loading = "";

  const say = (name, values) => {
    let text = labels[name] || "";
    for (const [key, value] of Object.entries(values || {})) {
      text = text.replace("{" + key + "}", String(value));
    }
    return text;
  };

  function spent() {
    return Object.values(vote.mine).reduce((total, dots) => total + dots, 0);
  }

  function lineButton(line, dots) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "line";
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = labels[line.kind] || line.kind;
    button.append(kind, document.createTextNode(line.text));
    button.setAttribute("aria-pressed", dots ? "true" : "false");
    button.addEventListener("click", () => change(line.id, dots ? -dots : 1));
    return button;
  }

  function stepper(line, dots) {
    const text = document.createElement("span");
    text.className = "line";
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = labels[line.kind] || line.kind;
    text.append(kind, document.createTextNode(line.text));
    const less = document.createElement("button");
    less.type = "button";
    less.textContent = "−";
    less.setAttribute("aria-label", say("removeDot", { line: line.text }));
    less.disabled = !dots;
    less.addEventListener("click", () => change(line.id, -1));
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(dots);
    const more = document.createElement("button");
    more.type = "button";
    more.textContent = "+";
    more.setAttribute("aria-label", say("addDot", { line: line.text }));
    more.disabled = dots >= vote.perLine;
    more.addEventListener("click", () => change(line.id, 1));
    return [text, less, count, more];
  }

  function render() {
    $("vote-title").textContent = labels.voteTitle || "";
    $("vote-help").textContent =
      vote.perLine > 1 ? say("voteHelpMore", { n: vote.perLine }) : labels.voteHelp || "";
    $("dots-left").textContent = say("dotsLeft", { n: vote.dots - spent(), count: vote.dots });
    const list = $("vote-lines");
    list.replaceChildren();
    let group = null;
    for (const line of vote.lines) {
      if (line.group !== group) {
        group = line.group;
        const heading = document.createElement("h3");
        heading.textContent = group;
        list.appendChild(heading);
      }
      const row = document.createElement("div");
      row.className = "vote-line";
      const dots = vote.mine[line.id] || 0;
      if (vote.perLine > 1) row.append(...stepper(line, dots));
      else row.appendChild(lineButton(line, dots));
      list.appendChild(row);
    }
  }

  async function change(id, delta) {
    const mine = Object.assign({}, vote.mine);
    mine[id] = (mine[id] || 0) + delta;
    if (mine[id] <= 0) delete mine[id];
    if (delta > 0 && spent() + delta > vote.dots) {
      $("vote-status").textContent = labels.budget || "";
      return;
    }
    let response;
    try {
      response = await fetch(base + "/dots", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ voter: voter, key: vote.key, dots: mine }),
      });
    } catch (error) {
      $("vote-status").textContent = labels.offline || String(error);
      return; // the dots the laptop has stay shown
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      vote.mine = body.mine || {};
      $("vote-status").textContent = labels.dotsSaved || "";
    } else {
      $("vote-status").textContent = labels[body.error] || labels.failed || "";
    }
    render();
  }

  // The lines and the phone's own dots; tried again a moment later when the laptop could
  // not be reached or was busy, as long as the vote is open.
  let openKey = "";
  async function load(key) {
    loading = key;
    let response = null;
    try {
      response = await fetch(base + "/vote?voter=" + encodeURIComponent(voter));
    } catch (error) {
      $("vote-status").textContent = labels.offline || String(error);
    }
    if (response && response.ok) {
      vote = await response.json();
      loading = "";
      $("vote").hidden = false;
      render();
      return;
    }
    loading = "";
    if (response && response.status === 409) return; // closed meanwhile: the next message says so
    setTimeout(() => {
      if (openKey === key && (!vote || vote.key !== key) && !loading) load(key);
    }, 1000);
  }

  // Called by participant.js with each message from the laptop.
  window.showVote = function (open, nextLabels, phoneVoter) {
    labels = nextLabels || labels;
    voter = phoneVoter;
    openKey = open ? open.key : "";
    if (!open) {
      $("vote").hidden = true;
      vote = null;
      return;
    }
    if ((!vote || vote.key !== open.key) && loading !== open.key) load(open.key);
  };
})();
