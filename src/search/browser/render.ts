// DOM for search results, shared by the dropdown and the search page.
// Text always goes in through textContent: titles come from documents.
import { resultView, type PartResult, type ResultView } from "../engine";
import type { LoadedPart } from "../engine";
import { clipSegments } from "../highlight";
import { PART_LABELS } from "../parts";
import { formatAmount } from "../../lib/format";

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(c);
  return node;
}

/** "1,992.21 万元", or 未披露 (marked) when the document does not state it. */
function amountNode(view: ResultView): HTMLElement | null {
  if (!view.hasAmount) return null;
  return view.amount == null
    ? el("span", { class: "sr-amount nd" }, "未披露")
    : el("span", { class: "sr-amount" }, `${formatAmount(view.amount)} 万元`);
}

function titleNode(view: ResultView, maxChars: number): HTMLElement {
  const title = el("span", { class: "sr-title" });
  for (const s of clipSegments(view.segments, maxChars)) title.append(s.hit ? el("mark", {}, s.text) : s.text);
  return title;
}

export type ItemOptions = { root: string; maxChars: number; id?: string; role?: string };

/** One result as a link: title with highlights, amount, and where it belongs. */
export function resultItem(view: ResultView, o: ItemOptions): HTMLAnchorElement {
  const attrs: Record<string, string> = { class: "sr-item", href: o.root + view.href };
  if (o.id) attrs.id = o.id;
  if (o.role) attrs.role = o.role;
  if (o.role === "option") attrs.tabindex = "-1"; // a combobox keeps focus in its input
  const meta = [view.context, view.note].filter(Boolean).join(" · ");
  const a = el("a", attrs, titleNode(view, o.maxChars));
  const amount = amountNode(view);
  if (amount) a.append(amount);
  if (meta) a.append(el("span", { class: "sr-meta" }, meta));
  return a;
}

export type GroupData = { part: LoadedPart; result: PartResult; views: ResultView[] };

export function groupData(parts: readonly LoadedPart[], results: readonly PartResult[]): GroupData[] {
  return results
    .map((result) => {
      const part = parts.find((p) => p.name === result.part)!;
      return { part, result, views: result.hits.map((h) => resultView(part, h)) };
    })
    .filter((g) => g.result.total > 0);
}

export const groupLabel = (g: GroupData) => PART_LABELS[g.result.part];
