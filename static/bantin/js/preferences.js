/* The reader's text size and contrast, kept in this browser only (pages are cached whole, for
   every reader alike). Loaded by a blocking <script> in the <head>, so it runs before the first
   paint; a file rather than inline, so the Content-Security-Policy allows scripts from this
   site alone, with no nonce (a cached page cannot carry a fresh one). portal.js does the rest;
   if it never runs, the "js" class is taken back so nothing waits on it. */
(function (root) {
  root.classList.add("js");
  try {
    var scale = parseFloat(localStorage.getItem("portal.textScale"));
    if (scale >= 0.875 && scale <= 1.75) {
      root.style.setProperty("--reader-scale", String(scale));
      root.setAttribute("data-text-scale", String(scale));
    }
    if (localStorage.getItem("portal.contrast") === "high") {
      root.classList.add("high-contrast");
    }
  } catch (error) {}
  window.addEventListener("load", function () {
    if (!root.hasAttribute("data-portal-ready")) {
      root.classList.remove("js");
    }
  });
})(document.documentElement);
