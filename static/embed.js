/* LDN Evidence embed loader. Fills each element that has a data-ldn-evidence attribute with
   an iframe of the widget, and sizes the iframe to its content when the widget reports its
   height. No dependencies, no globals, no cookies. Safe to include twice.
   Markup and attributes: see "Embed on your site" in the README. */
(function () {
  "use strict";

  // Filled in by the widget's build; empty in a build without pre-rendering, which then
  // trusts any well-formed id.
  var CONDITION_IDS = [/*LDN_CONDITION_IDS*/];
  // Filled in the same way: each language the widget has pages in, with its frame's name.
  var LANGUAGES = {/*LDN_LANGUAGES*/};
  var MIN_HEIGHT = 150;
  var MAX_HEIGHT = 20000;
  var LOADED = "data-ldn-evidence-loaded";
  var script = document.currentScript;
  var scriptFolder = script && script.src ? new URL(".", script.src).href : document.baseURI;
  var frames = [];

  function warn(message) {
    if (window.console) console.warn("LDN Evidence embed: " + message);
  }

  function attribute(host, name) {
    var value = host.getAttribute("data-" + name);
    return value === null ? null : value.trim();
  }

  function widgetAddress(host) {
    var base;
    try {
      base = new URL(attribute(host, "src") || scriptFolder, document.baseURI);
    } catch (error) {
      warn("data-src is not an address: " + attribute(host, "src"));
      return null;
    }
    if (base.protocol !== "https:" && base.protocol !== "http:") {
      warn("data-src must be an https address: " + base.href);
      return null;
    }
    // The widget's folder, however it was written ("…/ldn", "…/ldn/index.html").
    base.pathname = base.pathname.replace(/index\.html$/, "").replace(/\/?$/, "/");
    var params = new URLSearchParams({ embed: "1" });
    ["conditions", "theme", "compact"].forEach(function (name) {
      var value = attribute(host, name);
      if (value !== null) params.set(name, value);
    });
    // Pages in another language than English sit in its folder (es/).
    var language = languageOf(host);
    if (language !== "en") base = new URL(language + "/", base.href);
    // One condition's page is a page of its own, which arrives ready to read.
    var condition = (attribute(host, "condition") || "").toLowerCase();
    if (isKnownCondition(condition)) {
      base = new URL("condition/" + condition + "/", base.href);
    } else if (condition) {
      warn("unknown condition id ignored: " + condition);
    }
    base.search = params.toString();
    base.hash = "";
    return base;
  }

  function isKnownCondition(id) {
    if (!/^[a-z0-9-]{1,80}$/.test(id)) return false;
    return CONDITION_IDS.length === 0 || CONDITION_IDS.indexOf(id) >= 0;
  }

  // data-lang="es": a language the widget has pages in, or English with a warning.
  function languageOf(host) {
    var language = (attribute(host, "lang") || "en").toLowerCase();
    var known = Object.keys(LANGUAGES).length === 0
      ? /^[a-z]{2}$/.test(language)
      : Object.prototype.hasOwnProperty.call(LANGUAGES, language);
    if (known) return language;
    warn("unknown language ignored: " + language);
    return "en";
  }

  function frameTitle(host) {
    var title = LANGUAGES[languageOf(host)] || "LDN Evidence";
    var condition = attribute(host, "condition");
    if (!condition) return title;
    return title + ": " + condition.replace(/[^a-z0-9]+/gi, " ").trim();
  }

  function fill(host) {
    if (host.hasAttribute(LOADED)) return;
    var address = widgetAddress(host);
    if (!address) return; // The fallback link stays, so the reader can still get there.
    var frame = document.createElement("iframe");
    frame.src = address.href;
    frame.title = frameTitle(host);
    frame.loading = "lazy";
    frame.referrerPolicy = "no-referrer";
    // "Copy citation" needs this in a frame from another origin; nothing else is granted.
    frame.setAttribute("allow", "clipboard-write");
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.minHeight = MIN_HEIGHT + "px";
    frame.style.border = "0";
    host.setAttribute(LOADED, "");
    host.textContent = "";
    host.appendChild(frame);
    frames.push({ frame: frame, origin: address.origin });
  }

  // Only a height from one of our own frames, sent by the widget's origin, is accepted.
  window.addEventListener("message", function (event) {
    var data = event.data;
    var height = data && data.ldnEvidence && data.ldnEvidence.resizeHeight;
    if (typeof height !== "number" || !isFinite(height)) return;
    for (var i = 0; i < frames.length; i++) {
      var entry = frames[i];
      if (event.source === entry.frame.contentWindow && event.origin === entry.origin) {
        var clamped = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(height)));
        entry.frame.style.height = clamped + "px";
        return;
      }
    }
  });

  function fillAll() {
    var hosts = document.querySelectorAll("[data-ldn-evidence]");
    for (var i = 0; i < hosts.length; i++) fill(hosts[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", fillAll);
  } else {
    fillAll();
  }
})();
