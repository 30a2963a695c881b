// Starts the app without an inline script, so a strict Content-Security-Policy can forbid them.
// Trunk writes the hashed file names into this tag's data attributes at build time.
//
// A classic script in <head>, so it runs before the first paint. Every page arrives as
// pre-rendered HTML; before the reader sees it, this script
//   - sends an old `#/…` address to its page,
//   - gives an embedded page its look (theme, compact) and shows only the cards it asked for,
//   - holds back the cards while a search in the address waits for the app,
//   - reports the page's height to the host page from the first paint,
// and then loads the WebAssembly, which takes over without moving anything.
(function () {
  "use strict";
  // Filled in by the pre-renderer; empty in a build without it, which then trusts any id.
  var CONDITION_IDS = [/*LDN_CONDITION_IDS*/];
  var EMBED_KEYS = ["embed", "conditions", "condition", "theme", "compact"];
  var tag = document.currentScript;
  var root = document.documentElement;
  root.classList.add("js");

  // The History API changes the document's address; a relative <base> would follow it.
  var base = document.querySelector("base");
  if (base) base.setAttribute("href", base.href);
  var site = document.baseURI;
  // Pages in another language than English sit in its folder (es/) below the site's root.
  var language = root.lang || "en";
  var home = site + (language === "en" ? "" : language + "/");
  var params = new URLSearchParams(location.search);

  // As the app reads a setting (src/embed.rs): true, false, or null for nonsense.
  function flag(value) {
    var word = (value || "").trim().toLowerCase();
    if (["", "1", "true", "yes"].indexOf(word) >= 0) return true;
    if (["0", "false", "no"].indexOf(word) >= 0) return false;
    return null;
  }

  function isKnownId(id) {
    if (!/^[a-z0-9-]{1,80}$/.test(id)) return false;
    return CONDITION_IDS.length === 0 || CONDITION_IDS.indexOf(id) >= 0;
  }

  function address(path, query) {
    var text = query.toString();
    return site + path + (text ? "?" + text : "");
  }

  // The page an old hash address (`#/condition/lupus`, `#/map?view=table`) now lives at.
  function pathOfOldAddress(hashPath, query) {
    var parts = hashPath.replace(/\/+$/, "").split("/");
    if (parts.length === 1) return "";
    if (parts[1] === "condition" && parts.length === 3) {
      var id = decodeURIComponent(parts[2]);
      return isKnownId(id) ? "condition/" + id + "/" : "404.html";
    }
    if (parts.length !== 2) return "404.html";
    if (parts[1] === "map") {
      var table = query.get("view") === "table";
      query.delete("view");
      return table ? "map/table/" : "map/";
    }
    if (parts[1] === "safety" || parts[1] === "how-we-grade") return parts[1] + "/";
    return "404.html";
  }

  function go(target) {
    root.classList.add("moving");
    location.replace(target);
  }

  if (location.hash.indexOf("#/") === 0) {
    var old = location.hash.slice(1).split("?");
    var query = new URLSearchParams(params);
    new URLSearchParams(old[1] || "").forEach(function (value, key) {
      query.set(key, value);
    });
    var target;
    try {
      target = address(pathOfOldAddress(old[0], query), query);
    } catch (error) {
      target = site + "404.html"; // A malformed escape in the old address.
    }
    if (new URL(target).pathname === location.pathname) {
      history.replaceState(null, "", target);
      params = query;
    } else {
      return go(target);
    }
  }

  var embedded = params.has("embed") && flag(params.get("embed")) !== false;
  var atHome = location.href.split(/[?#]/)[0] === home && !root.hasAttribute("data-not-found");
  // An embed written by hand before every page had its own address: `?embed=1&condition=x`.
  var opened = (params.get("condition") || "").trim().toLowerCase();
  if (embedded && atHome && isKnownId(opened)) {
    var rest = new URLSearchParams(params);
    rest.delete("condition");
    return go(address(home.slice(site.length) + "condition/" + opened + "/", rest));
  }

  if (embedded) {
    root.classList.add("embedded");
    var theme = (params.get("theme") || "").trim().toLowerCase();
    if (theme === "light" || theme === "dark") root.classList.add("theme-" + theme);
    if (params.has("compact") && flag(params.get("compact"))) root.classList.add("compact");
  }
  var wanted = [];
  var asked = embedded ? (params.get("conditions") || "").split(",") : [];
  asked.forEach(function (id) {
    id = id.trim().toLowerCase();
    if (isKnownId(id) && wanted.indexOf(id) < 0) wanted.push(id);
  });
  var noneKnown = wanted.length === 0 && asked.some(function (id) { return id.trim(); });
  if (wanted.length > 0) root.classList.add("some-conditions");

  var searched = "";
  params.forEach(function (value, key) {
    if (EMBED_KEYS.indexOf(key) < 0) root.classList.add("awaiting-app");
    if (key === "q") searched = value;
  });

  // Marks the page as the parser adds it, so the first paint already shows the right cards.
  function prepare(element) {
    var id = element.getAttribute("data-condition");
    if (id !== null && wanted.indexOf(id) >= 0) element.classList.add("wanted");
    if (element.id === "condition-search" && searched) element.value = searched;
    if (element.id === "embed-note" && noneKnown) element.hidden = false;
  }
  if (wanted.length > 0 || searched || noneKnown) {
    var parsing = new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        change.addedNodes.forEach(function (node) {
          if (node.nodeType !== 1) return;
          prepare(node);
          node.querySelectorAll("[data-condition], #condition-search, #embed-note").forEach(prepare);
        });
      });
    });
    parsing.observe(root, { childList: true, subtree: true });
    document.addEventListener("DOMContentLoaded", function () {
      parsing.disconnect();
    });
  }

  // Links followed before the app runs keep the frame's settings.
  function carrySettings() {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var link = links[i];
      if (link.target || link.href.indexOf(site) !== 0) continue;
      var url = new URL(link.href);
      EMBED_KEYS.forEach(function (key) {
        if (key !== "condition" && params.has(key)) url.searchParams.set(key, params.get(key));
      });
      link.href = url.href;
    }
  }

  // The host page sizes the frame to what the widget reports; the first report comes with the
  // first layout. The message holds only the height: { ldnEvidence: { resizeHeight: N } }.
  if (embedded && window.parent !== window && window.ResizeObserver) {
    var lastHeight = -1;
    new ResizeObserver(function () {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      // The height is no secret, and the host's origin is not ours to learn: send to "*".
      window.parent.postMessage({ ldnEvidence: { resizeHeight: height } }, "*");
    }).observe(root);
  }

  // A pre-rendered page still reads in full: say only what is missing.
  function showFailure(error) {
    root.classList.remove("awaiting-app", "some-conditions");
    var page = document.getElementById("app");
    var readable = page && page.firstElementChild;
    var message = document.getElementById(readable ? "app-limited" : "app-failed");
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

  if (embedded) whenParsed(carrySettings);
  // The app's files are fetched once the page's content is on screen (its first contentful
  // paint, then one more frame), so nothing the reader sees first waits behind them, and
  // its largest paint is over before they start. A frame the browser does not paint yet (a
  // hidden tab, an embed out of view) starts anyway after a second.
  var started = false;
  function afterNextFrame() {
    requestAnimationFrame(function () {
      setTimeout(startApp, 0);
    });
  }
  whenParsed(function () {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (types && types.indexOf("paint") >= 0) {
      new PerformanceObserver(function (list, observer) {
        if (list.getEntriesByName("first-contentful-paint").length === 0) return;
        observer.disconnect();
        afterNextFrame();
      }).observe({ type: "paint", buffered: true });
    } else {
      afterNextFrame();
    }
    setTimeout(startApp, 1000);
  });
  function startApp() {
    if (started) return;
    started = true;
    // A page in another language fetches its text beside the app, not after it.
    var text = root.getAttribute("data-ldn-text");
    if (text) {
      var preload = document.createElement("link");
      preload.rel = "preload";
      preload.as = "fetch";
      preload.crossOrigin = "anonymous";
      preload.href = site + text;
      document.head.appendChild(preload);
    }
    import(tag.dataset.ldnJs)
      .then(function (glue) {
        return glue.default({ module_or_path: tag.dataset.ldnWasm });
      })
      .catch(showFailure);
  }
})();
