// The full search page (search.html): reads ?q= (on file:// too), lists every
// kind of result in its own section, and keeps ?q= in step with the box.
// ↓ from the box moves into the results, ↑/↓ move between them, Esc returns.
import { PART_NAMES, type PartName } from "../parts";
import type { Loader } from "./loader";
import { el, groupData, groupLabel, resultItem } from "./render";
import { runQuery } from "./query";

const FIRST = 20;
const MORE = 200;
const TITLE_CHARS = 120;

export function attachSearchPage(form: HTMLFormElement, out: HTMLElement, statusLine: HTMLElement, loader: Loader, root: string): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const expanded = new Set<PartName>();
  let scheduled = 0;

  const render = () => {
    scheduled = 0;
    const raw = input.value;
    const outcome = runQuery(raw, loader.ready(), (p) => (expanded.has(p) ? MORE : FIRST));
    out.replaceChildren();
    const loading = loader.pending().length > 0;
    if (outcome.kind === "empty") {
      statusLine.textContent = loading ? "正在载入搜索索引…" : "输入中文、全拼或拼音首字母开始搜索。";
      return;
    }
    if (outcome.kind === "short") {
      statusLine.textContent = "请再输入一个字母（拼音或首字母）。";
      return;
    }
    const groups = groupData(loader.ready(), outcome.results);
    const suffix = loader.failed() ? "（部分搜索索引未能载入）" : loading ? "（仍在载入索引…）" : "";
    statusLine.textContent = groups.length
      ? `找到 ${outcome.total} 条与“${raw.trim()}”相关的结果${suffix}`
      : loading
        ? "正在载入搜索索引…"
        : `没有找到与“${raw.trim()}”相关的结果${suffix}。`;
    for (const g of groups) {
      const part = g.result.part;
      const id = `results-${part}`;
      const section = el("section", { class: "sr-section", "aria-labelledby": `${id}-h` });
      section.append(el("h2", { id: `${id}-h` }, groupLabel(g), el("small", {}, `${g.result.total} 条`)));
      const ol = el("ol", { class: "sr-list", id });
      for (const view of g.views) ol.append(el("li", {}, resultItem(view, { root, maxChars: TITLE_CHARS })));
      section.append(ol);
      if (g.result.total > g.views.length) {
        const more = el("button", { type: "button", class: "sr-more" }, `显示全部 ${g.result.total} 条${g.result.total > MORE ? `中的前 ${MORE} 条` : ""}`);
        more.addEventListener("click", () => {
          expanded.add(part);
          render();
          out.querySelector<HTMLAnchorElement>(`#${id} li:nth-child(${g.views.length + 1}) a`)?.focus();
        });
        section.append(more);
      }
      out.append(section);
    }
  };

  const schedule = () => {
    if (!scheduled) scheduled = requestAnimationFrame(render);
  };

  const remember = () => {
    try {
      const q = input.value.trim();
      history.replaceState(null, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname.split("/").pop() || "search.html");
    } catch {
      // Some browsers refuse history updates on file://; the page still works.
    }
  };

  loader.onReady(schedule);
  input.addEventListener("input", () => {
    expanded.clear();
    remember();
    schedule();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    remember();
    render();
  });

  const links = () => Array.from(out.querySelectorAll<HTMLAnchorElement>("a.sr-item"));
  input.addEventListener("keydown", (e) => {
    if (e.isComposing) return;
    if (e.key === "ArrowDown") {
      e.preventDefault();
      links()[0]?.focus();
    } else if (e.key === "Enter") {
      e.preventDefault();
      render();
    }
  });
  out.addEventListener("keydown", (e) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      const next = at + (e.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)].focus();
    } else if (e.key === "Escape") {
      input.focus();
    }
  });

  input.value = new URLSearchParams(location.search).get("q") ?? "";
  statusLine.textContent = "正在载入搜索索引…";
  loader.ensure(PART_NAMES).catch(() => schedule());
  render();
}
