// A group's scribe types the flip chart: successes and learnings, one line each. Every
// text is set with textContent: what is typed is never read as HTML.
"use strict";
(function () {
  const notesUrl = location.pathname.replace(/\/$/, "") + "/notes";
  const $ = (id) => document.getElementById(id);
  let labels = {};

  function list(id, items) {
    $(id).replaceChildren(...items.map((text) => {
      const li = document.createElement("li");
      li.textContent = text;
      return li;
    }));
  }

  function show(data) {
    labels = data.labels || labels;
    if (labels.lang) document.documentElement.lang = labels.lang;
    document.title = data.group;
    $("group").textContent = data.group;
    for (const kind of ["success", "learning"]) {
      $(kind + "-label").textContent = labels[kind] || kind;
      $(kind + "-add").textContent = labels.add || "+";
      $(kind + "-add").setAttribute("aria-label", labels[kind + "Add"] || labels.add || "+");
      $(kind + "-text").maxLength = data.maxLength;
    }
    list("success-list", data.success);
    list("learning-list", data.learning);
  }

  async function load() {
    const response = await fetch(notesUrl, { cache: "no-store" });
    if (response.ok) {
      show(await response.json());
    } else {
      $("problem").textContent = labels.gone || String(response.status);
    }
  }

  for (const kind of ["success", "learning"]) {
    $(kind + "-form").addEventListener("submit", async (event) => {
      event.preventDefault();
      const field = $(kind + "-text");
      $("problem").textContent = "";
      let response;
      try {
        response = await fetch(notesUrl, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ kind: kind, text: field.value }),
        });
      } catch (error) {
        $("problem").textContent = labels.offline || String(error);
        return; // what was typed stays in the field
      }
      if (response.ok) {
        field.value = "";
        show(await response.json());
      } else {
        const reason = (await response.json().catch(() => ({}))).error;
        $("problem").textContent = labels[reason] || labels.failed || String(response.status);
      }
    });
  }
  load();
  setInterval(load, 10000); // what the leader edits on the laptop shows here too
})();
