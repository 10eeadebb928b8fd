/* Reader tools of the portal: text size (remembered across pages), print, copy and share.
   Loaded in <head> without defer so that the remembered text size applies before the first
   paint; everything that touches the page waits for DOMContentLoaded. */
(function () {
  "use strict";

  var STORAGE_KEY = "portal.textScale";
  var SCALES = [0.875, 1, 1.125, 1.25, 1.375, 1.5, 1.75];
  var root = document.documentElement;

  function storedScale() {
    try {
      var value = parseFloat(window.localStorage.getItem(STORAGE_KEY));
      return SCALES.indexOf(value) >= 0 ? value : 1;
    } catch (error) {
      return 1; /* storage blocked: keep the default size */
    }
  }

  function applyScale(scale) {
    root.style.setProperty("--reader-scale", String(scale));
    root.setAttribute("data-text-scale", String(scale));
  }

  function saveScale(scale) {
    try {
      window.localStorage.setItem(STORAGE_KEY, String(scale));
    } catch (error) {
      /* private mode: the size still changes for this page */
    }
  }

  root.classList.add("js");
  applyScale(storedScale());

  function step(direction) {
    var index = SCALES.indexOf(storedScaleOrCurrent());
    var next = SCALES[Math.min(SCALES.length - 1, Math.max(0, index + direction))];
    applyScale(next);
    saveScale(next);
    var status = document.querySelector("[data-text-size-status]");
    if (status) {
      status.textContent = Math.round(next * 100) + "%";
    }
  }

  function storedScaleOrCurrent() {
    var current = parseFloat(root.getAttribute("data-text-scale"));
    return SCALES.indexOf(current) >= 0 ? current : 1;
  }

  function copyLink(button) {
    var url = button.getAttribute("data-url");
    var done = function () {
      var label = button.querySelector(".visually-hidden");
      button.setAttribute("title", button.getAttribute("data-done"));
      if (label) {
        label.textContent = button.getAttribute("data-done");
      }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, function () {
        window.prompt("", url);
      });
    } else {
      window.prompt("", url);
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.addEventListener("click", function (event) {
      var target = event.target.closest("[data-text-size], [data-action]");
      if (!target) {
        return;
      }
      var size = target.getAttribute("data-text-size");
      var action = target.getAttribute("data-action");
      if (size) {
        step(size === "up" ? 1 : -1);
      } else if (action === "print") {
        window.print();
      } else if (action === "copy-link") {
        copyLink(target);
      } else if (action === "share") {
        navigator.share({
          title: target.getAttribute("data-title"),
          url: target.getAttribute("data-url"),
        }).catch(function () {});
      }
    });
    if (navigator.share) {
      document.querySelectorAll("[data-action='share']").forEach(function (button) {
        button.hidden = false;
      });
    }
  });
})();
