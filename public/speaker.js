// The speaker view (public/speaker.html): shows the presenter the scene's notes, the next scene
// and a timer, and steps the presentation in the window that opened it. Messages go only to, and
// are taken only from, this site's own windows (src/shell/speaker.rs describes the protocol).
(function () {
  "use strict";
  var here = location.origin;
  var scenes = [];
  var scene = null;
  var started = Date.now();
  var byId = function (id) { return document.getElementById(id); };

  // Says "ready" or "go:N" to the presentation (src/shell/speaker.rs reads it).
  function tell(message) {
    if (!window.opener || window.opener.closed) {
      byId("speaker-status").textContent = "The presentation's window is closed: open the speaker view from its Speaker view button.";
      return;
    }
    window.opener.postMessage("firstwall:speaker:" + message, here);
  }

  function show() {
    var now = scene === null ? null : scenes[scene];
    var next = scene === null ? null : scenes[scene + 1];
    byId("speaker-status").textContent = now ? "" : "The presentation has ended. Next → starts it again.";
    byId("speaker-counter").textContent = now ? "Scene " + (scene + 1) + " of " + scenes.length : "";
    byId("speaker-title").textContent = now ? now.title : "";
    byId("speaker-say").textContent = now ? now.say : "";
    byId("speaker-notes").textContent = now ? now.notes : "";
    byId("speaker-next").textContent = next ? next.title + ": " + next.say : now ? "This is the last scene." : "";
    byId("speaker-back").disabled = !now || scene === 0;
    byId("speaker-next-button").disabled = now !== undefined && now !== null && scene + 1 >= scenes.length;
  }

  function go(step) {
    var target = scene === null ? 0 : scene + step;
    if (target < 0 || (scenes.length && target >= scenes.length)) return;
    tell("go:" + target);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== here || event.source !== window.opener || typeof event.data !== "string") return;
    var message;
    try { message = JSON.parse(event.data); } catch (e) { return; }
    if (!message || message.firstwall !== "present" || !Array.isArray(message.scenes)) return;
    scenes = message.scenes;
    scene = typeof message.scene === "number" ? message.scene : null;
    show();
  });

  window.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("button") && (event.key === " " || event.key === "Enter")) return;
    var steps = { ArrowRight: 1, PageDown: 1, " ": event.shiftKey ? -1 : 1, n: 1, N: 1, ArrowLeft: -1, PageUp: -1, p: -1, P: -1 };
    if (event.key in steps) {
      event.preventDefault();
      go(steps[event.key]);
    }
  });

  function tick() {
    var seconds = Math.floor((Date.now() - started) / 1000);
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    byId("speaker-timer").textContent = minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  document.addEventListener("DOMContentLoaded", function () {
    byId("speaker-back").addEventListener("click", function () { go(-1); });
    byId("speaker-next-button").addEventListener("click", function () { go(1); });
    byId("speaker-timer-reset").addEventListener("click", function () { started = Date.now(); tick(); });
    setInterval(tick, 1000);
    tick();
    show();
    byId("speaker-status").textContent = "Waiting for the presentation…";
    tell("ready");
  });
})();
