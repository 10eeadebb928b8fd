/* Reader tools of the portal: text size and contrast (remembered across pages, in this browser
   only), the section menu on phones, listen, print, copy, share, and the view-count beacon.
   The remembered size and contrast are applied before the first paint by the inline snippet in
   templates/bantin/includes/reader_preferences.html; this file is deferred. */
(function () {
  "use strict";

  var STORAGE_KEY = "portal.textScale";
  var CONTRAST_KEY = "portal.contrast";
  var SCALES = [0.875, 1, 1.125, 1.25, 1.375, 1.5, 1.75];
  var root = document.documentElement;

  function applyScale(scale) {
    root.style.setProperty("--reader-scale", String(scale));
    root.setAttribute("data-text-scale", String(scale));
  }

  function remember(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch (error) {
      /* private mode: the change still holds for this page */
    }
  }

  function stepScale(direction) {
    var current = parseFloat(root.getAttribute("data-text-scale"));
    var index = SCALES.indexOf(current) >= 0 ? SCALES.indexOf(current) : 1;
    var next = SCALES[Math.min(SCALES.length - 1, Math.max(0, index + direction))];
    applyScale(next);
    remember(STORAGE_KEY, String(next));
    var status = document.querySelector("[data-text-size-status]");
    if (status) {
      status.textContent = Math.round(next * 100) + "%";
    }
  }

  /* High contrast: a class on <html>, so every page honours it from the first paint. */
  function renderContrast() {
    var high = root.classList.contains("high-contrast");
    document.querySelectorAll("[data-contrast-toggle]").forEach(function (button) {
      button.setAttribute("aria-pressed", high ? "true" : "false");
    });
  }

  function toggleContrast() {
    var high = root.classList.toggle("high-contrast");
    remember(CONTRAST_KEY, high ? "high" : "normal");
    renderContrast();
  }

  /* The section menu collapses behind its button on phones (CSS); without JavaScript it stays
     open. Escape closes it and gives the focus back to the button. */
  function setMenu(toggle, open) {
    toggle.setAttribute("aria-expanded", open ? "true" : "false");
  }

  function notify(text) {
    var notice = document.querySelector("[data-toolbar-notice]");
    if (notice) {
      notice.textContent = text;
    }
  }

  function copyText(text, done) {
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, function () {
        window.prompt("", text);
      });
    } else {
      window.prompt("", text);
    }
  }

  function shareZalo(button) {
    var url = button.getAttribute("data-url");
    if (navigator.share) {
      /* On phones the system share sheet offers the Zalo app. */
      navigator.share({ title: button.getAttribute("data-title"), url: url }).catch(function () {});
      return;
    }
    copyText(url, function () {
      notify(button.getAttribute("data-copied"));
    });
    window.open("https://chat.zalo.me/", "_blank", "noopener");
  }

  /* Listen: the article read aloud by the browser's speech synthesis, in Vietnamese when the
     browser has a Vietnamese voice. Long texts are spoken sentence by sentence, since some
     engines stop a single long utterance part-way. */
  var listen = {
    state: "idle",
    queue: [],

    available: function () {
      return "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
    },

    text: function () {
      var article = document.querySelector(".article");
      if (!article) {
        return "";
      }
      var parts = [];
      article.querySelectorAll(".article__title, .article__sapo, .article__body p, .article__body h2, .article__body h3, .article__body li").forEach(function (node) {
        parts.push(node.textContent.trim());
      });
      return parts.join(". ");
    },

    voice: function () {
      var voices = window.speechSynthesis.getVoices() || [];
      for (var i = 0; i < voices.length; i++) {
        if ((voices[i].lang || "").toLowerCase().indexOf("vi") === 0) {
          return voices[i];
        }
      }
      return null;
    },

    speakNext: function () {
      if (listen.state !== "playing") {
        return;
      }
      var sentence = listen.queue.shift();
      if (!sentence) {
        listen.stop();
        return;
      }
      var utterance = new window.SpeechSynthesisUtterance(sentence);
      utterance.lang = "vi-VN";
      var voice = listen.voice();
      if (voice) {
        utterance.voice = voice;
      }
      utterance.onend = listen.speakNext;
      window.speechSynthesis.speak(utterance);
    },

    toggle: function () {
      var synth = window.speechSynthesis;
      if (listen.state === "idle") {
        synth.cancel();
        listen.queue = listen.text().split(/(?<=[.!?…])\s+/).filter(Boolean);
        listen.state = "playing";
        listen.speakNext();
      } else if (listen.state === "playing") {
        synth.pause();
        listen.state = "paused";
      } else {
        synth.resume();
        listen.state = "playing";
      }
      listen.render();
    },

    stop: function () {
      listen.state = "idle";
      listen.queue = [];
      window.speechSynthesis.cancel();
      listen.render();
    },

    render: function () {
      var group = document.querySelector("[data-listen]");
      if (!group) {
        return;
      }
      var toggle = group.querySelector("[data-listen-toggle]");
      var label = {
        idle: group.getAttribute("data-label-play"),
        playing: group.getAttribute("data-label-pause"),
        paused: group.getAttribute("data-label-resume"),
      }[listen.state];
      toggle.setAttribute("aria-pressed", listen.state === "playing" ? "true" : "false");
      toggle.setAttribute("title", label);
      group.querySelector("[data-listen-label]").textContent = label;
      var icon = toggle.querySelector("use");
      var href = icon.getAttribute("href");
      icon.setAttribute("href", href.replace(/#.*$/, listen.state === "playing" ? "#pause" : "#play"));
      group.querySelector("[data-listen-stop]").hidden = listen.state === "idle";
      group.setAttribute("data-state", listen.state);
    },
  };

  // The page's signed token goes with the beacon as a form field: a view is counted only with
  // a token from a page of this site, fetched a few minutes ago at most (bantin/stats.py).
  function sendBeacon() {
    var url = document.body.getAttribute("data-view-beacon");
    var token = document.body.getAttribute("data-view-token");
    if (!url || !token) {
      return;
    }
    var body = new URLSearchParams({ token: token });
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url, body);
    } else if (window.fetch) {
      window.fetch(url, { method: "POST", body: body, keepalive: true, credentials: "omit" });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.addEventListener("click", function (event) {
      var target = event.target.closest(
        "[data-text-size], [data-action], [data-listen-toggle], [data-listen-stop], [data-contrast-toggle], [data-menu-toggle]"
      );
      if (!target) {
        return;
      }
      var action = target.getAttribute("data-action");
      if (target.hasAttribute("data-menu-toggle")) {
        setMenu(target, target.getAttribute("aria-expanded") !== "true");
      } else if (target.hasAttribute("data-contrast-toggle")) {
        toggleContrast();
      } else if (target.hasAttribute("data-text-size")) {
        stepScale(target.getAttribute("data-text-size") === "up" ? 1 : -1);
      } else if (target.hasAttribute("data-listen-toggle")) {
        listen.toggle();
      } else if (target.hasAttribute("data-listen-stop")) {
        listen.stop();
      } else if (action === "print") {
        window.print();
      } else if (action === "copy-link") {
        copyText(target.getAttribute("data-url"), function () {
          notify(target.getAttribute("data-done"));
        });
      } else if (action === "share-zalo") {
        shareZalo(target);
      } else if (action === "share") {
        navigator.share({
          title: target.getAttribute("data-title"),
          url: target.getAttribute("data-url"),
        }).catch(function () {});
      }
    });
    document.addEventListener("keydown", function (event) {
      var toggle = document.querySelector("[data-menu-toggle][aria-expanded='true']");
      if (event.key === "Escape" && toggle) {
        setMenu(toggle, false);
        toggle.focus();
      }
    });
    renderContrast();
    if (navigator.share) {
      document.querySelectorAll("[data-action='share']").forEach(function (button) {
        button.hidden = false;
      });
    }
    if (listen.available()) {
      document.querySelectorAll("[data-listen]").forEach(function (group) {
        group.hidden = false;
      });
      window.addEventListener("pagehide", function () {
        window.speechSynthesis.cancel();
      });
    }
    sendBeacon();
  });
  root.setAttribute("data-portal-ready", "");
})();
