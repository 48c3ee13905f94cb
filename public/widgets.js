/* Chorus widgets: turns a.chorus-follow-button links into Follow buttons.
   No dependencies, no cookies, no requests but the iframes themselves. */
(function (w, d) {
  var s = d.currentScript, base = s ? new URL(s.src).origin : "";
  if (w.__chorusWidgets) return;
  w.__chorusWidgets = 1;
  var SIZES = { basic: [190, 32], detailed: [320, 76] };
  function flag(v) { return v === "false" || v === "0" || v === "no" ? "0" : "1"; }
  function upgrade(a) {
    if (a.__chorus) return;
    var m = /\/@([A-Za-z0-9_]{3,30})\/?$/.exec(a.pathname || "");
    if (!m) return;
    a.__chorus = 1;
    var style = a.getAttribute("data-style") === "detailed" ? "detailed" : "basic";
    var theme = a.getAttribute("data-theme") === "dark" ? "dark" : "light";
    var count = flag(a.getAttribute("data-show-count"));
    var lang = a.getAttribute("data-lang");
    var size = SIZES[style];
    var f = d.createElement("iframe");
    f.src = (base || a.origin) + "/embed/follow/" + m[1] + "?style=" + style + "&theme=" + theme + "&show-count=" + count + (lang ? "&lang=" + encodeURIComponent(lang) : "");
    f.title = a.textContent || "Follow @" + m[1] + " on Chorus";
    f.width = size[0] - (style === "basic" && count === "0" ? 90 : 0);
    f.height = size[1];
    f.loading = "lazy";
    f.setAttribute("scrolling", "no");
    f.style.cssText = "border:0;overflow:hidden;color-scheme:normal;max-width:100%";
    f.className = "chorus-follow-frame";
    a.parentNode.replaceChild(f, a);
  }
  function scan(root) {
    var list = (root.querySelectorAll ? root : d).querySelectorAll("a.chorus-follow-button");
    for (var i = 0; i < list.length; i++) upgrade(list[i]);
    if (root.matches && root.matches("a.chorus-follow-button")) upgrade(root);
  }
  function start() {
    scan(d);
    if (w.MutationObserver) new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i++)
        for (var j = 0; j < records[i].addedNodes.length; j++)
          if (records[i].addedNodes[j].nodeType === 1) scan(records[i].addedNodes[j]);
    }).observe(d.documentElement, { childList: true, subtree: true });
  }
  d.readyState === "loading" ? d.addEventListener("DOMContentLoaded", start) : start();
})(window, document);
