// Small progressive enhancements. Every feature here also works without JavaScript.
(function () {
  "use strict";

  // Quick exit: replace this page in history so Back doesn't return to it.
  // (It can't erase history; the help page says so.)
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
    clearDrafts();
    document.body.hidden = true;
    window.location.replace(link.href);
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-quick-exit]")) quickExit(event);
  });
  // Pressing Escape three times quickly also leaves.
  var escapes = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    escapes = escapes.filter(function (t) { return now - t < 1500; });
    escapes.push(now);
    if (escapes.length >= 3) quickExit(null);
  });

  // Words being written are kept in this tab only (sessionStorage: gone when the tab closes),
  // so a login that ran out mid-sentence loses nothing. They are forgotten when the server
  // says it saved them (data-drafts-saved), on "Leave quickly", on logging out, and whenever
  // a different person is logged in (data-drafts-owner): nobody sees another's words.
  var DRAFT = "reconnect-draft:";
  var OWNER = DRAFT + "owner";
  function store() {
    try { return window.sessionStorage; } catch (e) { return null; }  // blocked storage
  }
  function owner() {
    return document.body ? document.body.getAttribute("data-drafts-owner") || "" : "";
  }
  function clearDrafts(formKey) {
    var s = store();
    if (!s) return;
    var prefix = formKey ? DRAFT + formKey + ":" : DRAFT;
    for (var i = s.length - 1; i >= 0; i--) {
      var key = s.key(i);
      if (key && key.indexOf(prefix) === 0) s.removeItem(key);
    }
  }
  function draftKey(field) {
    return DRAFT + field.form.getAttribute("data-keep-draft") + ":" + field.name;
  }
  document.addEventListener("input", function (event) {
    var field = event.target;
    var s = store();
    if (!s || !owner() || field.tagName !== "TEXTAREA") return;
    if (!field.form || !field.form.hasAttribute("data-keep-draft")) return;
    s.setItem(OWNER, owner());
    s.setItem(draftKey(field), field.value);
  });
  document.addEventListener("submit", function (event) {
    if (event.target.hasAttribute("data-clear-drafts")) clearDrafts();
  });
  function fieldName(field) {
    var label = field.labels && field.labels[0];
    return label ? label.textContent.trim() : "this box";
  }
  function restoreDrafts() {
    var s = store();
    var me = owner();
    if (!s || !me) return;  // pages for logged-out visitors neither show nor forget drafts
    if (s.getItem(OWNER) && s.getItem(OWNER) !== me) clearDrafts();
    (document.body.getAttribute("data-drafts-saved") || "").split(" ").forEach(function (key) {
      if (key) clearDrafts(key);
    });
    var told = [];
    document.querySelectorAll("form[data-keep-draft] textarea").forEach(function (field) {
      var kept = s.getItem(draftKey(field));
      if (!kept || !kept.trim() || kept === field.value) return;
      var before = field.value;
      var name = fieldName(field);
      field.value = kept;
      var note = document.createElement("p");
      note.className = "hint draft-note";
      note.textContent = "We kept what you were writing here. ";
      var undo = document.createElement("button");
      undo.type = "button";
      undo.className = "link-button";
      undo.textContent = before ? "Go back to the saved words" : "Clear it";
      var which = document.createElement("span");
      which.className = "visually-hidden";
      which.textContent = " (" + name + ")";
      undo.appendChild(which);
      undo.addEventListener("click", function () {
        field.value = before;
        s.removeItem(draftKey(field));
        note.textContent = before ? "Back to the saved words." : "Cleared.";
        field.focus();
        field.dispatchEvent(new Event("input", { bubbles: true }));
      });
      note.appendChild(undo);
      field.insertAdjacentElement("afterend", note);
      told.push(name);
      // After htmx has wired up its triggers, so the coach and suggestions read these words.
      later(function () { field.dispatchEvent(new Event("input", { bubbles: true })); });
    });
    var status = document.querySelector("[data-draft-status]");
    if (status && told.length) {
      // Filled in a moment after load, so screen readers announce it.
      later(function () {
        status.textContent = "We kept what you were writing in: " + told.join(", ") + ".";
      });
    }
  }
  function later(fn) {
    if (document.readyState === "complete") window.setTimeout(fn, 50);
    else window.addEventListener("load", function () { window.setTimeout(fn, 50); });
  }

  function ready(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn);
  }

  // "Use this" on a suggestion fills in the matching choice in the form; the person saves it.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-apply-field]");
    if (!button) return;
    var name = button.getAttribute("data-apply-field");
    var value = button.getAttribute("data-apply-value");
    var input = document.querySelector(
      'input[name="' + name + '"][value="' + value + '"]');
    if (!input) return;
    input.checked = true;
    var more = input.closest("details");
    if (more) more.open = true;
    button.textContent = "Added to the form";
    button.disabled = true;
    var status = document.querySelector("[data-apply-status]");
    if (status) status.textContent = "Added to the form. Save to keep it.";
  });

  // "Use these words" copies the coach's suggestion into the box the person sends from.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-fill]");
    if (!button) return;
    var target = document.querySelector(button.getAttribute("data-fill"));
    var source = document.querySelector(button.getAttribute("data-fill-from"));
    if (!target || !source) return;
    target.value = source.textContent.trim();
    target.focus();
  });
  // Buttons that need JavaScript stay hidden until it runs, including in htmx swaps.
  function reveal(root) {
    root.querySelectorAll("[data-fill]").forEach(function (b) { b.hidden = false; });
  }
  document.addEventListener("htmx:afterSwap", function (event) { reveal(event.target); });

  ready(function () {
    restoreDrafts();
    reveal(document);
    // Move focus to an error summary so screen readers announce it.
    var summary = document.querySelector("[data-focus-on-load]");
    if (summary) summary.focus();

    // Prefill the time zone from the browser when signing up.
    var tzBox = document.querySelector("[data-detect-timezone] select");
    if (tzBox && tzBox.value === "UTC" && window.Intl) {
      var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      if (zone && tzBox.querySelector('option[value="' + zone + '"]')) tzBox.value = zone;
    }

    // Copy buttons are hidden until we know copying can work.
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener("click", function () {
        var source = document.querySelector(button.getAttribute("data-copy"));
        var status = document.querySelector("[data-copy-status]");
        var text = source.value !== undefined ? source.value : source.textContent;
        navigator.clipboard.writeText(text).then(function () {
          if (status) status.textContent = "Copied.";
        }, function () {
          if (status) status.textContent = "Couldn't copy. Select the text and copy it yourself.";
        });
      });
    });

    document.querySelectorAll("[data-select-on-focus]").forEach(function (input) {
      input.addEventListener("focus", function () { input.select(); });
    });
  });
})();
