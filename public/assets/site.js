/* Budget Atlas client code. A classic script (never a module) so that pages
   work when opened from disk (file://). No network access: data is in the page. */
(function () {
  "use strict";

  /* Source pages: highlight the line named by the URL hash (#L123), in
     addition to the CSS :target rule, and keep it in view on hash changes. */
  function highlightTargetLine() {
    var previous = document.querySelectorAll(".hl");
    for (var i = 0; i < previous.length; i++) previous[i].classList.remove("hl");
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^L\d+$/.test(id)) return;
    var line = document.getElementById(id);
    if (line) line.classList.add("hl");
  }

  /* Sortable tables: header buttons sort the rows; numeric cells carry their
     value in data-v, and an empty data-v (未披露) always sorts last. */
  function makeSortable(table) {
    var headers = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(headers, function (th, column) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) button.appendChild(th.firstChild);
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        sortRows(table, column, th.getAttribute("data-type") === "num", ascending);
      });
    });
  }

  var collator = typeof Intl !== "undefined" ? new Intl.Collator("zh-CN", { numeric: true }) : null;

  function sortRows(table, column, numeric, ascending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, index) {
      var cell = row.cells[column];
      var raw = cell ? (cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent.trim()) : "";
      var missing = raw === "";
      return { row: row, index: index, missing: missing, key: numeric ? parseFloat(raw) : raw };
    });
    keyed.sort(function (a, b) {
      if (a.missing !== b.missing) return a.missing ? 1 : -1; // undisclosed last, either direction
      var c = 0;
      if (!a.missing) c = numeric ? a.key - b.key : collator ? collator.compare(a.key, b.key) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
      if (!ascending) c = -c;
      return c || a.index - b.index;
    });
    keyed.forEach(function (k) { body.appendChild(k.row); });
  }

  /* Home page filters: text, level, year. Hidden without JavaScript. */
  function setUpFilters(table) {
    var panel = document.getElementById("filters");
    if (!panel) return;
    var text = document.getElementById("filter-text");
    var level = document.getElementById("filter-level");
    var year = document.getElementById("filter-year");
    var count = document.getElementById("filter-count");
    function apply() {
      var q = text.value.trim();
      var shown = 0;
      var rows = table.tBodies[0].rows;
      for (var i = 0; i < rows.length; i++) {
        var r = rows[i];
        var ok = (!q || (r.getAttribute("data-text") || "").indexOf(q) !== -1) &&
          (!level.value || r.getAttribute("data-level") === level.value) &&
          (!year.value || r.getAttribute("data-year") === year.value);
        r.hidden = !ok;
        if (ok) shown++;
      }
      count.textContent = "显示 " + shown + " / " + rows.length + " 个部门";
    }
    text.addEventListener("input", apply);
    level.addEventListener("change", apply);
    year.addEventListener("change", apply);
    panel.hidden = false;
    apply();
  }

  /* Print the chart data tables too: open closed <details> while printing. */
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    var closed = document.querySelectorAll("details:not([open])");
    for (var i = 0; i < closed.length; i++) { closed[i].open = true; openedForPrint.push(closed[i]); }
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.forEach(function (d) { d.open = false; });
    openedForPrint = [];
  });

  function init() {
    highlightTargetLine();
    window.addEventListener("hashchange", highlightTargetLine);
    var sortable = document.querySelectorAll("table[data-sortable]");
    for (var i = 0; i < sortable.length; i++) makeSortable(sortable[i]);
    var filterable = document.querySelector("table[data-filterable]");
    if (filterable) setUpFilters(filterable);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
