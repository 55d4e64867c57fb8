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
  // -- photos of the flip chart: the phone's camera, each photo sent as it is --------
  const photosUrl = location.pathname.replace(/\/$/, "") + "/photos";

  function showPhotos(photos) {
    $("photos-heading").textContent = labels.photosHeading || "";
    $("photo-label").textContent = labels.photograph || "+";
    $("photo-list").replaceChildren(...photos.map((photo, index) => {
      const li = document.createElement("li");
      const img = document.createElement("img");
      img.src = photosUrl + "/" + photo.id;
      img.alt = (labels.photoAlt || "{n}").replace("{n}", String(index + 1));
      li.append(img);
      if (photo.removable) {
        const remove = document.createElement("button");
        remove.type = "button";
        remove.textContent = labels.removePhoto || "×";
        remove.addEventListener("click", () => removePhoto(photo.id));
        li.append(remove);
      }
      return li;
    }));
  }

  async function loadPhotos() {
    const response = await fetch(photosUrl, { cache: "no-store" }).catch(() => null);
    if (response && response.ok) showPhotos((await response.json()).photos);
  }

  async function sendPhoto(file) {
    $("photo-status").textContent = labels.photoSending || "…";
    let response;
    try {
      response = await fetch(photosUrl, { method: "POST", body: file });
    } catch (error) {
      $("photo-status").textContent = labels.offline || String(error);
      return;
    }
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      $("photo-status").textContent = labels.photoSent || "";
      showPhotos(body.photos);
    } else {
      $("photo-status").textContent = labels[body.error] || labels.failed || String(response.status);
    }
  }

  async function removePhoto(id) {
    const response = await fetch(photosUrl + "/" + id, { method: "DELETE" }).catch(() => null);
    if (response && response.ok) {
      $("photo-status").textContent = "";
      showPhotos((await response.json()).photos);
    } else {
      $("photo-status").textContent = labels.failed || "";
    }
  }

  $("photo-input").addEventListener("change", async (event) => {
    for (const file of Array.from(event.target.files)) await sendPhoto(file);
    event.target.value = ""; // the same photo may be taken again
  });

  async function loadAll() {
    await load();
    await loadPhotos();
  }
  loadAll();
  setInterval(loadAll, 10000); // what the leader edits on the laptop shows here too
})();
