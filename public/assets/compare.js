/* Budget Atlas comparison filters (year × level). A classic script: works
   from file://. The charts are static SVG rendered at build time once per
   filter choice; this script shows the one that matches and hides the table
   rows, per-department charts and list items of other years and levels.
   Filter keys are "year/level", e.g. "2023/district"; "*" means any. The
   choice is kept in the URL (?year=2023&level=district) so a copied link
   opens the same view. */
(function () {
  "use strict";

  function admits(key, facet) {
    var k = key.split("/");
    var f = facet.split("/");
    return (k[0] === "*" || k[0] === f[0]) && (k[1] === "*" || k[1] === f[1]);
  }

  function init() {
    var panel = document.getElementById("compare-filters");
    if (!panel) return;
    var year = panel.querySelector("select[name=year]");
    var level = panel.querySelector("select[name=level]");
    var count = panel.querySelector("output");
    var items = (panel.getAttribute("data-items") || "").split(" ").filter(Boolean);

    var params = /[?&]year=([^&#]*)/.exec(location.search);
    if (params) year.value = decodeURIComponent(params[1]);
    params = /[?&]level=([^&#]*)/.exec(location.search);
    if (params) level.value = decodeURIComponent(params[1]);
    if (year.selectedIndex < 0) year.value = "";
    if (level.selectedIndex < 0) level.value = "";

    function label(select) { return select.options[select.selectedIndex].text; }

    function apply(remember) {
      var key = (year.value || "*") + "/" + (level.value || "*");
      var faceted = document.querySelectorAll("main [data-facet]");
      for (var i = 0; i < faceted.length; i++) faceted[i].hidden = !admits(key, faceted[i].getAttribute("data-facet"));

      var figures = document.querySelectorAll("figure[data-chart]");
      for (var f = 0; f < figures.length; f++) {
        var plots = figures[f].querySelectorAll(".plot[data-keys]");
        if (!plots.length) continue;
        var found = false;
        for (var p = 0; p < plots.length; p++) {
          var on = (" " + plots[p].getAttribute("data-keys") + " ").indexOf(" " + key + " ") !== -1;
          plots[p].hidden = !on;
          found = found || on;
        }
        var empty = figures[f].querySelector(".chart-empty");
        if (empty) empty.hidden = found;
      }

      var note = key === "*/*" ? "" : " · 当前筛选：" + label(year) + "、" + label(level);
      var notes = document.querySelectorAll("[data-filter-note]");
      for (var n = 0; n < notes.length; n++) notes[n].textContent = note;

      var shown = items.filter(function (facet) { return admits(key, facet); }).length;
      count.textContent = "显示 " + shown + " / " + items.length + " 个部门";

      if (remember) {
        var query = [];
        if (year.value) query.push("year=" + encodeURIComponent(year.value));
        if (level.value) query.push("level=" + encodeURIComponent(level.value));
        try {
          history.replaceState(null, "", location.pathname + (query.length ? "?" + query.join("&") : "") + location.hash);
        } catch (e) { /* some browsers refuse on file://; the filter still applies */ }
      }
    }

    year.addEventListener("change", function () { apply(true); });
    level.addEventListener("change", function () { apply(true); });
    panel.hidden = false;
    apply(false);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
