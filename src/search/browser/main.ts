// Entry of assets/search.js, a classic script on every page (bundled at
// build time by src/search/bundle.ts). It wires the header box, the full
// search page when present, and the "/" shortcut. The index and Fuse load
// only when the box is used.
import { createLoader } from "./loader";
import { attachDropdown } from "./dropdown";
import { attachSearchPage } from "./searchPage";

function editable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(input|textarea|select)$/i.test(target.tagName);
}

function init(): void {
  const root = document.documentElement.getAttribute("data-site-root") ?? "";
  const loader = createLoader(root);

  const header = document.querySelector<HTMLFormElement>("form.site-search");
  if (header) attachDropdown(header, loader, root);

  const pageForm = document.querySelector<HTMLFormElement>("form#search-page-form");
  const results = document.getElementById("search-results");
  const status = document.getElementById("search-status");
  if (pageForm && results && status) attachSearchPage(pageForm, results, status, loader, root);

  const box = (pageForm ?? header)?.querySelector<HTMLInputElement>("input[name=q]");
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || editable(e.target) || !box) return;
    e.preventDefault();
    box.focus();
    box.select();
  });
}

if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
else init();
