// The search box in the site header: results drop down as you type.
// A combobox: focus stays in the input, ↑/↓ move the active option
// (aria-activedescendant), Enter opens it (or the full search page when none
// is active), Esc closes the list, then clears the box.
import { DROPDOWN_LIMITS, EAGER_PARTS, PART_NAMES, type PartName } from "../parts";
import type { Loader } from "./loader";
import { el, groupData, groupLabel, resultItem } from "./render";
import { runQuery, searchPageHref } from "./query";

const TITLE_CHARS = 44;

export function attachDropdown(form: HTMLFormElement, loader: Loader, root: string): void {
  const input = form.querySelector<HTMLInputElement>("input[name=q]")!;
  const pop = form.querySelector<HTMLElement>(".sr-pop")!;
  const list = pop.querySelector<HTMLElement>("[role=listbox]")!;
  const statusLine = pop.querySelector<HTMLElement>(".sr-status")!;
  const page = form.getAttribute("action") ?? "search.html";
  let active = -1;
  let scheduled = 0;

  const options = () => Array.from(list.querySelectorAll<HTMLAnchorElement>("[role=option]"));

  const setActive = (index: number) => {
    const all = options();
    active = all.length ? (index + all.length) % all.length : -1;
    all.forEach((o, k) => o.setAttribute("aria-selected", String(k === active)));
    const current = all[active];
    if (current) {
      input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else input.removeAttribute("aria-activedescendant");
  };

  const open = (show: boolean) => {
    pop.hidden = !show;
    input.setAttribute("aria-expanded", String(show));
    if (!show) setActive(-1);
  };

  const render = () => {
    scheduled = 0;
    const raw = input.value;
    const outcome = runQuery(raw, loader.ready(), (p: PartName) => DROPDOWN_LIMITS[p]);
    list.replaceChildren();
    statusLine.textContent = "";
    active = -1;
    input.removeAttribute("aria-activedescendant");
    if (outcome.kind === "empty") return open(false);
    if (outcome.kind === "short") {
      statusLine.textContent = "请再输入一个字母（拼音或首字母）。";
      return open(true);
    }
    const loading = loader.pending().length > 0;
    const groups = groupData(loader.ready(), outcome.results);
    let n = 0;
    for (const g of groups) {
      const headId = `sr-h-${g.result.part}`;
      const group = el("div", { class: "sr-group", role: "group", "aria-labelledby": headId });
      group.append(el("div", { class: "sr-head", id: headId, role: "presentation" }, groupLabel(g), el("span", { class: "sr-count" }, `${g.result.total} 条`)));
      for (const view of g.views) group.append(resultItem(view, { root, maxChars: TITLE_CHARS, id: `sr-o-${n++}`, role: "option" }));
      list.append(group);
    }
    if (loader.failed()) statusLine.textContent = "部分搜索索引未能载入。";
    else if (loading) statusLine.textContent = groups.length ? "正在载入其余索引…" : "正在载入搜索索引…";
    else if (!groups.length) statusLine.textContent = `没有找到与“${raw.trim()}”相关的结果。`;
    if (groups.length)
      list.append(
        el("a", { class: "sr-all", role: "option", tabindex: "-1", id: `sr-o-${n++}`, href: searchPageHref(page, raw) }, `在搜索页查看全部 ${outcome.total} 条结果`),
      );
    open(true);
  };

  const schedule = () => {
    if (!scheduled) scheduled = requestAnimationFrame(render);
  };

  loader.onReady(() => {
    if (document.activeElement === input && input.value.trim()) schedule();
  });

  const loadEager = () => loader.ensure(EAGER_PARTS).catch(() => undefined);
  const loadAll = () => loader.ensure(PART_NAMES).catch(() => undefined);

  input.addEventListener("focus", () => {
    void loadEager();
    if (input.value.trim()) {
      void loadAll();
      schedule();
    }
  });
  input.addEventListener("input", () => {
    void loadAll();
    schedule();
  });
  input.addEventListener("keydown", (e) => {
    if (e.isComposing) return; // an IME is still composing (拼音输入法)
    const all = options();
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (pop.hidden && input.value.trim()) render();
      setActive(active === -1 && e.key === "ArrowUp" ? -1 : active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      const target = all[active];
      if (target) window.location.href = target.href;
      else if (input.value.trim()) window.location.href = searchPageHref(page, input.value);
    } else if (e.key === "Escape") {
      if (!pop.hidden) open(false);
      else input.value = "";
    }
  });
  // Keep focus in the input while clicking an option; the click still follows the link.
  pop.addEventListener("mousedown", (e) => e.preventDefault());
  document.addEventListener("click", (e) => {
    if (!form.contains(e.target as Node)) open(false);
  });
  form.addEventListener("focusout", (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) open(false);
  });
  form.addEventListener("submit", (e) => {
    if (!input.value.trim()) e.preventDefault();
  });
}
