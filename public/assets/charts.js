/* Budget Atlas chart tools. A classic script (never a module), so it works
   from file:// and under any sub-path. Nothing is fetched: every export is
   made from the page itself and saved through a blob: URL and <a download>.

   Every <figure data-chart> gets a toolbar:
     PNG  — the chart with its title, meta line, legend and source drawn into
            one SVG, rendered on a canvas at 2× the chart's CSS size;
     SVG  — the same composed SVG (<title> plus visible title text);
     CSV  — the rows of the figure's data table that are shown (UTF-8, BOM);
     链接 — copies a stable link (#figure-id);
     演示 — full-screen presentation with large type (Esc closes);
     打印 — prints this chart and its table alone.
   The pure helpers are exposed as window.BudgetCharts for the unit tests. */
(function (root) {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var BOM = "\uFEFF";
  var INK = "#1b1f24";
  var MUTED = "#5b6470";

  /* ---------- pure helpers (no DOM) ---------- */

  function csvCell(text) {
    text = text == null ? "" : String(text);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** Rows of strings → CSV text with a byte-order mark and CRLF line ends. */
  function toCsv(rows) {
    return BOM + rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
  }

  var NUMBER = /^[+-]?\d{1,3}(,\d{3})*(\.\d+)?%?$|^[+-]?\d+(\.\d+)?%?$/;

  /** A table cell as CSV: numbers lose their grouping commas and % (the unit is in the header); text is kept, 未披露 included. */
  function cellValue(text, numeric) {
    var t = String(text).replace(/\s+/g, " ").trim();
    if (numeric && NUMBER.test(t)) return t.replace(/[,%]/g, "");
    return t;
  }

  var NO_LINE_START = "，。、；：？！）》」』】〕”’％,.;:?!)]}%·";
  var NO_LINE_END = "（《「『【〔“‘([{";

  /**
   * Greedy line breaking for CJK and Latin text; measure(text) gives a width.
   * Closing punctuation never starts a line, opening punctuation never ends
   * one, and a Latin word or number moves whole to the next line when it fits.
   */
  function wrapText(text, maxWidth, measure) {
    var lines = [];
    var chars = Array.from ? Array.from(String(text)) : String(text).split("");
    var line = "";
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (line && measure(line + ch) > maxWidth && NO_LINE_START.indexOf(ch) === -1) {
        var m = /[A-Za-z0-9._\-\/]+$/.exec(line);
        var carry = "";
        if (m && m[0].length < line.length && /[A-Za-z0-9._\-\/]/.test(ch) && measure(m[0] + ch) <= maxWidth) carry = m[0];
        var head = line.slice(0, line.length - carry.length);
        while (head.length > 1 && NO_LINE_END.indexOf(head.charAt(head.length - 1)) !== -1) {
          carry = head.charAt(head.length - 1) + carry;
          head = head.slice(0, -1);
        }
        lines.push(head.replace(/\s+$/, ""));
        line = carry;
        if (ch === " " && !line) continue;
      }
      line += ch;
    }
    if (line) lines.push(line);
    return lines;
  }

  function escapeXml(s) {
    return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  /**
   * One standalone SVG: title, meta line, legend, the chart, source lines.
   * o = { width, title, subtitle, legend: [{label, color}], source: [text],
   *       chart: { markup, width, height }, font, measure(text, size, weight) }
   * The chart keeps its aspect ratio at the full inner width. Returns
   * { svg, width, height }; scale (default 1) multiplies the pixel size only.
   */
  function composeSvg(o, scale) {
    scale = scale || 1;
    var W = Math.round(o.width);
    var pad = Math.max(12, Math.round(W * 0.04));
    var inner = W - 2 * pad;
    var titleSize = Math.min(30, Math.max(16, Math.round(W * 0.045)));
    var subSize = Math.max(11, Math.round(titleSize * 0.72));
    var srcSize = Math.max(10, Math.round(titleSize * 0.62));
    var parts = [];
    var y = pad;

    function textLines(text, size, weight, color) {
      var lines = wrapText(text, inner, function (t) { return o.measure(t, size, weight); });
      lines.forEach(function (line) {
        parts.push('<text x="' + pad + '" y="' + (y + size).toFixed(1) + '" font-size="' + size + '"' +
          (weight !== 400 ? ' font-weight="' + weight + '"' : "") + ' fill="' + color + '">' + escapeXml(line) + "</text>");
        y += Math.round(size * 1.4);
      });
    }

    textLines(o.title, titleSize, 700, INK);
    if (o.subtitle) textLines(o.subtitle, subSize, 400, MUTED);

    if (o.legend && o.legend.length) {
      y += Math.round(subSize * 0.3);
      var x = pad;
      var box = Math.round(subSize * 0.8);
      o.legend.forEach(function (item) {
        var w = box + 5 + o.measure(item.label, subSize, 400) + 14;
        if (x > pad && x + w > W - pad) { x = pad; y += Math.round(subSize * 1.4); }
        parts.push('<rect x="' + x + '" y="' + (y + (subSize * 1.2 - box) / 2).toFixed(1) + '" width="' + box + '" height="' + box + '" rx="2" fill="' + escapeXml(item.color) + '"/>');
        parts.push('<text x="' + (x + box + 5) + '" y="' + (y + subSize).toFixed(1) + '" font-size="' + subSize + '" fill="' + INK + '">' + escapeXml(item.label) + "</text>");
        x += w;
      });
      y += Math.round(subSize * 1.4);
    }

    y += Math.round(pad * 0.5);
    var chartHeight = Math.round((inner * o.chart.height / o.chart.width) * 10) / 10;
    parts.push(o.chart.markup
      .replace(/^<svg\b/, '<svg x="' + pad + '" y="' + y + '" width="' + inner + '" height="' + chartHeight + '"'));
    y += Math.ceil(chartHeight) + Math.round(pad * 0.75);

    (o.source || []).forEach(function (s) { textLines(s, srcSize, 400, MUTED); });
    var H = Math.ceil(y + pad * 0.5);

    var svg = '<svg xmlns="' + SVG_NS + '" width="' + Math.round(W * scale) + '" height="' + Math.round(H * scale) + '" viewBox="0 0 ' + W + " " + H + '"' +
      ' font-family="' + escapeXml(o.font) + '" style="font-family:' + escapeXml(o.font) + ";color:" + INK + '" role="img" aria-label="' + escapeXml(o.title) + '">' +
      "<title>" + escapeXml(o.title) + "</title>" +
      (o.source && o.source.length ? "<desc>" + escapeXml(o.source.join(" ")) + "</desc>" : "") +
      '<rect width="100%" height="100%" fill="#fff"/>' +
      parts.join("") + "</svg>";
    return { svg: svg, width: W, height: H };
  }

  /** A chart SVG's markup made standalone: attributes a nested <svg> must not carry are dropped; links are unwrapped. */
  function standaloneChartMarkup(markup) {
    return markup
      .replace(/^<svg\b([^>]*)>/, function (_, attrs) {
        return "<svg" + attrs.replace(/\s(width|height|x|y)="[^"]*"/g, "") + ">";
      })
      .replace(/<a\b[^>]*>/g, "")
      .replace(/<\/a>/g, "");
  }

  var api = { toCsv: toCsv, csvCell: csvCell, cellValue: cellValue, wrapText: wrapText, composeSvg: composeSvg, escapeXml: escapeXml, standaloneChartMarkup: standaloneChartMarkup };
  root.BudgetCharts = api;
  if (typeof document === "undefined") return;

  /* ---------- DOM side ---------- */

  var measureContext = null;
  function fontStack() {
    return getComputedStyle(document.body).fontFamily || "sans-serif";
  }
  function measure(text, size, weight) {
    if (!measureContext) measureContext = document.createElement("canvas").getContext("2d");
    measureContext.font = (weight || 400) + " " + size + "px " + fontStack();
    return measureContext.measureText(text).width;
  }

  function text(el) { return el ? el.textContent.replace(/\s+/g, " ").trim() : ""; }

  function visibleSvg(fig) {
    var plots = fig.querySelectorAll(".plot");
    for (var i = 0; i < plots.length; i++) if (!plots[i].hidden) return plots[i].querySelector("svg");
    return null;
  }

  /** The chart's drawn size in CSS pixels (its viewBox fitted into its box). */
  function cssSize(svg) {
    var vb = svg.viewBox && svg.viewBox.baseVal;
    var vw = vb && vb.width ? vb.width : svg.width.baseVal.value;
    var vh = vb && vb.height ? vb.height : svg.height.baseVal.value;
    var r = svg.getBoundingClientRect();
    var k = r.width > 0 && r.height > 0 ? Math.min(r.width / vw, r.height / vh) : 1;
    return { width: Math.round(vw * k), viewWidth: vw, viewHeight: vh };
  }

  function figureExport(fig, scale) {
    var svg = visibleSvg(fig);
    if (!svg) return null;
    var size = cssSize(svg);
    var legend = Array.prototype.map.call(fig.querySelectorAll(".legend li"), function (li) {
      var sw = li.querySelector(".swatch");
      return { label: text(li), color: sw ? getComputedStyle(sw).backgroundColor : INK };
    });
    var markup = standaloneChartMarkup(new XMLSerializer().serializeToString(svg));
    return composeSvg({
      width: size.width,
      title: text(fig.querySelector("figcaption h3")),
      subtitle: text(fig.querySelector(".chart-meta")),
      legend: legend,
      source: [text(fig.querySelector(".chart-source")), "预算图谱 · " + document.title.replace(/\s*·\s*预算图谱$/, "")],
      chart: { markup: markup, width: size.viewWidth, height: size.viewHeight },
      font: fontStack(),
      measure: measure,
    }, scale);
  }

  function fileName(fig, ext) {
    return (fig.getAttribute("data-file") || fig.id || "chart") + "." + ext;
  }

  function save(blob, name) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 60000);
  }

  function downloadSvg(fig, say) {
    var out = figureExport(fig, 1);
    if (!out) return say("没有可导出的图表");
    save(new Blob(['<?xml version="1.0" encoding="UTF-8"?>\n' + out.svg], { type: "image/svg+xml;charset=utf-8" }), fileName(fig, "svg"));
    say("已下载 SVG");
  }

  function downloadPng(fig, say) {
    var out = figureExport(fig, 2); // drawn natively at 2×: crisp text
    if (!out) return say("没有可导出的图表");
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement("canvas");
      canvas.width = out.width * 2;
      canvas.height = out.height * 2;
      var ctx = canvas.getContext("2d");
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(function (blob) {
        if (!blob) return say("PNG 生成失败");
        save(blob, fileName(fig, "png"));
        say("已下载 PNG（" + canvas.width + "×" + canvas.height + "）");
      }, "image/png");
    };
    img.onerror = function () { say("PNG 生成失败"); };
    img.src = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(out.svg);
  }

  /** Header and shown rows of the figure's data table, as CSV cells. */
  function tableRows(fig) {
    var table = fig.querySelector(".chart-data table");
    if (!table) return [];
    var head = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : null;
    var rows = head ? [Array.prototype.map.call(head.cells, function (c) { return text(c); })] : [];
    Array.prototype.forEach.call(table.tBodies, function (body) {
      if (body.hidden) return;
      Array.prototype.forEach.call(body.rows, function (tr) {
        if (tr.hidden) return;
        rows.push(Array.prototype.map.call(tr.cells, function (c) {
          return c.hasAttribute("data-csv") ? c.getAttribute("data-csv") : cellValue(c.textContent, c.classList.contains("num"));
        }));
      });
    });
    return rows;
  }

  function downloadCsv(fig, say) {
    var rows = tableRows(fig);
    save(new Blob([toCsv(rows)], { type: "text/csv;charset=utf-8" }), fileName(fig, "csv"));
    say("已下载 CSV（" + Math.max(0, rows.length - 1) + " 行数据）");
  }

  function chartLink(fig) {
    return location.href.split("#")[0] + "#" + fig.id;
  }

  function copyLink(fig, say) {
    var link = chartLink(fig);
    try { history.replaceState(null, "", "#" + fig.id); } catch (e) { /* file:// may refuse; the link is still copied */ }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = link;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      say(ok ? "链接已复制" : "请复制：" + link);
    }
    if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(link).then(function () { say("链接已复制"); }, fallback);
    else fallback();
  }

  /* Presentation: a full-window overlay with large type, in the browser's full screen when it allows. */
  var presenting = null;
  function present(fig) {
    if (presenting) closePresentation();
    presenting = { fig: fig, focus: document.activeElement };
    fig.classList.add("is-presenting");
    document.documentElement.classList.add("presenting");
    var button = fig.querySelector("[data-tool=present]");
    if (button) { button.textContent = "退出演示"; button.setAttribute("aria-pressed", "true"); button.focus(); }
    if (fig.requestFullscreen) {
      try {
        var p = fig.requestFullscreen();
        if (p && p.catch) p.catch(function () { /* the overlay alone is enough */ });
      } catch (e) { /* ignore */ }
    }
  }
  function closePresentation() {
    if (!presenting) return;
    var fig = presenting.fig;
    var focus = presenting.focus;
    presenting = null;
    fig.classList.remove("is-presenting");
    document.documentElement.classList.remove("presenting");
    var button = fig.querySelector("[data-tool=present]");
    if (button) { button.textContent = "演示"; button.setAttribute("aria-pressed", "false"); }
    if (document.fullscreenElement && document.exitFullscreen) {
      try { var p = document.exitFullscreen(); if (p && p.catch) p.catch(function () {}); } catch (e) { /* ignore */ }
    }
    if (focus && focus.focus) focus.focus();
  }
  document.addEventListener("keydown", function (e) {
    if ((e.key === "Escape" || e.key === "Esc") && presenting) { e.preventDefault(); closePresentation(); }
  });
  document.addEventListener("fullscreenchange", function () {
    if (!document.fullscreenElement && presenting) closePresentation();
  });

  /* Print one chart: everything off the path from <body> to the figure is hidden while printing. */
  function printChart(fig) {
    var path = [];
    for (var el = fig.parentElement; el && el !== document.documentElement; el = el.parentElement) { el.classList.add("print-path"); path.push(el); }
    fig.classList.add("print-target");
    document.documentElement.classList.add("print-one");
    function done() {
      window.removeEventListener("afterprint", done);
      path.forEach(function (p) { p.classList.remove("print-path"); });
      fig.classList.remove("print-target");
      document.documentElement.classList.remove("print-one");
    }
    window.addEventListener("afterprint", done);
    window.print();
  }

  var TOOLS = [
    { id: "png", label: "PNG", title: "下载 PNG 图片（2 倍分辨率，含标题和来源）", run: downloadPng },
    { id: "svg", label: "SVG", title: "下载 SVG 矢量图（含标题和来源）", run: downloadSvg },
    { id: "csv", label: "CSV", title: "下载图中数据（CSV，UTF-8）", run: downloadCsv },
    { id: "link", label: "复制链接", title: "复制指向这张图的链接", run: copyLink },
    { id: "present", label: "演示", title: "全屏演示（Esc 退出）", run: function (fig) { if (presenting && presenting.fig === fig) closePresentation(); else present(fig); } },
    { id: "print", label: "打印", title: "只打印这张图及其数据表", run: printChart },
  ];

  function addTools(fig) {
    if (fig.querySelector(".chart-tools")) return;
    var bar = document.createElement("div");
    bar.className = "chart-tools";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "图表工具：" + text(fig.querySelector("figcaption h3")));
    var status = document.createElement("span");
    status.className = "chart-status";
    status.setAttribute("role", "status");
    function say(message) { status.textContent = message; }
    var label = document.createElement("span");
    label.className = "tools-label";
    label.textContent = "下载";
    bar.appendChild(label);
    TOOLS.forEach(function (t) {
      if (t.id === "link") {
        var gap = document.createElement("span");
        gap.className = "tools-sep";
        bar.appendChild(gap);
      }
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = t.label;
      b.title = t.title;
      if (t.id === "png" || t.id === "svg" || t.id === "csv") b.setAttribute("aria-label", "下载 " + t.label);
      b.setAttribute("data-tool", t.id);
      if (t.id === "present") b.setAttribute("aria-pressed", "false");
      b.addEventListener("click", function () { say(""); t.run(fig, say); });
      bar.appendChild(b);
    });
    var anchor = document.createElement("a");
    anchor.className = "chart-anchor";
    anchor.href = "#" + fig.id;
    anchor.textContent = "#";
    anchor.title = "这张图的固定链接";
    anchor.setAttribute("aria-label", "这张图的固定链接");
    bar.appendChild(anchor);
    bar.appendChild(status);
    var caption = fig.querySelector("figcaption");
    if (caption && caption.nextSibling) fig.insertBefore(bar, caption.nextSibling);
    else fig.appendChild(bar);
  }

  function init() {
    var figures = document.querySelectorAll("figure[data-chart]");
    for (var i = 0; i < figures.length; i++) addTools(figures[i]);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})(typeof window !== "undefined" ? window : this);
