// Starts the app without an inline script, so a strict Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes at build time.
//
// A classic script in <head>, so it runs before the first paint: index.html already holds the
// pre-rendered home page, and when the address asks for anything else (a condition, a search,
// an embed's settings) that page is hidden until the app has drawn the right one.
(function () {
  const tag = document.currentScript;
  const root = document.documentElement;
  const hash = location.hash;
  const plainHome = location.search === "" && (hash === "" || hash === "#" || hash === "#/");
  if (!plainHome) root.classList.add("prerender-stale");

  function showFailure(error) {
    root.classList.remove("prerender-stale");
    const message = document.getElementById("app-failed");
    if (message) message.hidden = false;
    console.error("LDN Evidence could not start:", error);
  }

  function whenParsed(action) {
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", action);
    } else {
      action();
    }
  }

  import(tag.dataset.ldnJs)
    .then((glue) => glue.default({ module_or_path: tag.dataset.ldnWasm }))
    .catch((error) => whenParsed(() => showFailure(error)));
})();
