// Small progressive enhancements. Every feature here also works without JavaScript.
(function () {
  "use strict";

  // Quick exit: replace this page in history so Back doesn't return to it.
  // (It can't erase history; the help page says so.)
  function quickExit(event) {
    var link = document.querySelector("[data-quick-exit]");
    if (!link) return;
    if (event) event.preventDefault();
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
