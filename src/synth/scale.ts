// Money amounts in a disclosure, and their exact scaling by an integer.
//
// Which numbers are money is decided once per seed, from the cells of the
// ingest's own document model: the amount cells of budget tables, the budget
// cells of performance tables, and figures followed by 万元 in the prose.
// Codes, years, counts, percentages and indicator targets are left alone.
import { isAmountText } from "../ingest/decimal.ts";
import type { Document, Layout, TableKind } from "../ingest/model.ts";

/** A money figure in the source text: `text.slice(start, end)`. */
export interface AmountSpan {
  start: number;
  end: number;
  /** Group the figure is formatted with thousands separators when it reaches 1,000. */
  commas: boolean;
}

const NUMBER = /^([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * `text` × k, exactly, keeping the stated decimals: "1,136.88" × 3 = "3,410.64",
 * "0.50" × 2 = "1.00". `commas` groups the result by thousands; a figure already
 * written with separators keeps them.
 */
export function scaleAmountText(text: string, k: number | bigint, commas = false): string {
  const m = NUMBER.exec(text);
  if (!m) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const [, sign, whole, frac = ""] = m;
  const factor = BigInt(k);
  if (factor < 1n) throw new Error(`scale factor must be a positive integer: ${k}`);
  const digits = (BigInt(whole.replace(/,/g, "") + frac) * factor).toString().padStart(frac.length + 1, "0");
  let int = digits.slice(0, digits.length - frac.length);
  if (commas || whole.includes(",")) int = int.replace(/\B(?=(\d{3})+$)/g, ",");
  return sign + int + (frac ? "." + digits.slice(digits.length - frac.length) : "");
}

// ——— Where the money is ———

/** Cells of a raw line: the text between separators, with its offsets in the file. */
interface RawCell {
  start: number;
  end: number;
  /** Text as the ingest reads it: tags and markup removed, trimmed. */
  clean: string;
}

const TAG = /<\/?[a-zA-Z][^>]*>/g;
const clean = (s: string) =>
  s
    .replace(TAG, "")
    .replace(/\*\*/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/[\u00a0\u3000\u2002-\u200b\ufeff]/g, " ")
    .trim();

function splitCells(raw: string, offset: number, separator: RegExp): RawCell[] {
  const cells: RawCell[] = [];
  let at = 0;
  for (const m of raw.matchAll(separator)) {
    cells.push({ start: offset + at, end: offset + m.index!, clean: clean(raw.slice(at, m.index)) });
    at = m.index! + m[0].length;
  }
  cells.push({ start: offset + at, end: offset + raw.length, clean: clean(raw.slice(at)) });
  return cells.filter((c) => c.clean !== "");
}

const SEPARATOR: Record<Layout, RegExp> = {
  "pdf-text": /\s+/g,
  tsv: /\t/g,
  "markdown-tsv": /\t/g,
  "pipe-fragments": /\|/g,
};

/**
 * Rows as the ingest's tokenizers form them (src/ingest/rows.ts): one per line,
 * except pipe fragments, where a row runs over lines. Each row is its lines' cells.
 */
function rowsOf(lines: readonly { start: number; raw: string }[], layout: Layout): RawCell[][][] {
  const rows: RawCell[][][] = [];
  if (layout !== "pipe-fragments") {
    for (const l of lines) rows.push([splitCells(l.raw, l.start, SEPARATOR[layout])]);
    return rows;
  }
  let current: RawCell[][] | null = null;
  for (const l of lines) {
    const t = l.raw.trim();
    if (t === "|") {
      current = [];
      rows.push(current);
      continue;
    }
    if (t === "" || !t.includes("|") || (/^\|.*\|$/.test(t) && t.length > 2)) {
      // A line of its own: plain text, or a whole markdown row.
      const lead = l.raw.length - l.raw.trimStart().length;
      const cells = t.includes("|") ? splitCells(l.raw, l.start, /\|/g) : t ? [{ start: l.start + lead, end: l.start + lead + t.length, clean: clean(t) }] : [];
      rows.push([cells]);
      current = null;
      continue;
    }
    if (!current) {
      current = [];
      rows.push(current);
    }
    current.push(splitCells(l.raw, l.start, /\|/g));
  }
  return rows;
}

const HAN = /[\u4e00-\u9fff]/;
const OPERATOR = /[≥≤＝=<>＜＞≧≦]$/;
const PERCENT = /^[%％]/;
const codeLike = (t: string) => /^\d{2,8}$/.test(t) && !/^0\d{3,}/.test(t);

/**
 * Amount cells of one budget-table row, read the way the ingest reads a row
 * (src/ingest/cells.ts): leading codes, a label, then amounts.
 */
function amountCells(cells: readonly RawCell[]): RawCell[] {
  const out: RawCell[] = [];
  let labels = 0;
  for (const [i, c] of cells.entries()) {
    const t = c.clean;
    if (i === 0 && /^\d{1,3}$/.test(t) && cells[1] && HAN.test(cells[1].clean) && !/^\d{3}$/.test(t)) continue; // 序号
    if (!labels && !out.length && /^\d{1,8}$/.test(t) && codeLike(t)) continue; // classification or unit code
    if (isAmountText(t) && (labels || out.length || !codeLike(t))) {
      out.push(c);
      continue;
    }
    labels++;
  }
  return out;
}

/** Level words of performance tables (src/ingest/extract/indicators.ts). */
const LEVEL_WORD = /^(产出指标|效益指标|满意度指标|成本指标|(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|社会效益|经济效益|生态效益|可持续影响|可持续发展|服务对象满意度|满意度|效果|安全|服务对象)(指标)?)$/;
const BUDGET_LABEL = /资金总额|当年预算|预算数/;
const INDICATOR_OPERATOR = /^(≥|≤|＝|=|>|<|≧|≦|＞|＜|定性)/;

/**
 * Integer budget figures of a performance-table row, where the ingest reads
 * them: after a form label ("资金总额(万元) | 345"), or after a project's name
 * in a row whose level words come later ("项目 | 396 | 目标… | 产出指标 …").
 */
function budgetCells(cells: readonly RawCell[], layout: Layout): Set<RawCell> {
  const out = new Set<RawCell>();
  if (layout === "pdf-text" || !cells.length) return out;
  if (BUDGET_LABEL.test(cells[0].clean.replace(/\s+/g, ""))) {
    const amount = cells.slice(1).find((c) => isAmountText(c.clean));
    if (amount) out.add(amount);
    return out;
  }
  const firstLevel = cells.findIndex((c) => LEVEL_WORD.test(c.clean.replace(/\s+/g, "")));
  for (let i = 0; i + 1 < firstLevel; i++) {
    const t = cells[i].clean;
    if (INDICATOR_OPERATOR.test(t)) break;
    if (!isAmountText(t) && isAmountText(cells[i + 1].clean)) {
      out.add(cells[i + 1]);
      break;
    }
  }
  return out;
}

/** Kinds whose cells are indicators and prose, with a budget figure here and there. */
const PERFORMANCE: readonly TableKind[] = ["projectPerformance", "departmentPerformance"];

const NUM_IN_TEXT = /(?<![\d.])(?<!\d,)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])/g;
/** A figure the prose states in 万元 ("649.71万元", "224.84万\n元"), not a threshold ("200万元以上"). */
const WAN_AFTER = /^[ \u3000\u00a0\r\n]*万[ \u3000\u00a0\r\n]*元(?![\s\u3000]*(?:及[\s\u3000]*)?以[\s\u3000]*[上下])/;
/** "0.00元", not a price per unit ("3.50元/次"). */
const YUAN_AFTER = /^[ \u3000\u00a0]*元(?![/／每])/;

/**
 * The money figures of a seed. `doc` is the ingest's model of `text`
 * (parseDocument), which says which lines are tables of which kind; `keep`
 * are texts whose figures stay as they are (the seed's indicator names).
 */
export function findAmounts(text: string, doc: Document, keep: readonly string[] = []): AmountSpan[] {
  // Figures inside kept texts (indicator names) are identified by the few
  // letters before them: "…云资源费用5.2".
  const kept = new Set<string>();
  for (const k of keep) {
    const t = k.replace(/\s+/g, "");
    for (const m of t.matchAll(NUM_IN_TEXT)) kept.add(t.slice(Math.max(0, m.index! - 6), m.index! + m[0].length));
  }
  const isKept = (start: number, end: number) => {
    if (!kept.size) return false;
    const before = text.slice(Math.max(0, start - 60), start);
    const cell = before.slice(Math.max(before.lastIndexOf("\t"), before.lastIndexOf("|")) + 1).replace(TAG, "").replace(/\s+/g, "");
    const candidate = cell + text.slice(start, end);
    for (const sig of kept) if (candidate.endsWith(sig)) return true;
    return false;
  };
  const lines: { start: number; raw: string }[] = [];
  let at = 0;
  for (const raw of text.split("\n")) {
    lines.push({ start: at, raw });
    at += raw.length + 1;
  }
  const kindOf = new Map<number, TableKind>();
  for (const t of doc.tables) for (const r of t.rows) for (const c of r.cells) kindOf.set(c.line, t.kind);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const found: { start: number; end: number; table: boolean; grouped: boolean }[] = [];
  const taken = new Set<number>();
  const take = (c: RawCell, table: boolean) => {
    const raw = text.slice(c.start, c.end);
    const m = raw.indexOf(c.clean);
    if (m < 0) return; // markup inside the figure: leave it
    const start = c.start + m;
    if (taken.has(start)) return;
    taken.add(start);
    found.push({ start, end: start + c.clean.length, table, grouped: c.clean.includes(",") });
  };

  // Table cells.
  for (const row of rowsOf(lines, doc.layout)) {
    const cells = row.flat();
    if (!cells.length) continue;
    const kind = kindOf.get(lineOf(cells[0].start)) ?? kindOf.get(lineOf(cells[cells.length - 1].start));
    if (!kind) continue;
    const performance = PERFORMANCE.includes(kind);
    const budget = performance ? budgetCells(cells, doc.layout) : new Set<RawCell>();
    for (const c of performance ? cells.filter((c) => isAmountText(c.clean)) : amountCells(cells)) {
      // PDF text has no cells, only tokens: a bare integer there may be a code
      // fragment; in a performance table it is a target, a weight or a count.
      if (!budget.has(c) && (performance || doc.layout === "pdf-text") && !c.clean.includes(".")) continue;
      const i = cells.indexOf(c);
      if (i > 0 && OPERATOR.test(cells[i - 1].clean)) continue; // an indicator's target
      if (cells[i + 1] && PERCENT.test(cells[i + 1].clean)) continue;
      take(c, true);
    }
  }

  // Figures in 万元 (or 元, stated with decimals) in the prose: the narrative,
  // table notes, and the goals of performance tables — not an indicator's
  // target ("≤ 2.2 万元") or name (`keep`), nor a weight before a unit cell ("15 | 万元").
  for (const m of text.matchAll(NUM_IN_TEXT)) {
    const start = m.index!;
    if (taken.has(start)) continue;
    const end = start + m[0].length;
    const after = text.slice(end, end + 24);
    if (!WAN_AFTER.test(after) && !(m[0].includes(".") && YUAN_AFTER.test(after))) continue;
    const kind = kindOf.get(lineOf(start));
    if (kind && PERFORMANCE.includes(kind) && isKept(start, end)) continue;
    const before = text.slice(Math.max(0, start - 40), start).replace(TAG, "").replace(/[\s\u3000]+$/, "");
    if (OPERATOR.test(before)) continue;
    taken.add(start);
    found.push({ start, end, table: kind !== undefined, grouped: m[0].includes(",") });
  }

  // Thousands separators: as the document writes figures of four digits and more, per part.
  const style = (table: boolean) => {
    let grouped = 0;
    let plain = 0;
    for (const f of found) {
      if (f.table !== table) continue;
      if (f.grouped) grouped++;
      else if (/^\d{4,}/.test(text.slice(f.start, f.end))) plain++;
    }
    return grouped > plain;
  };
  const tableCommas = style(true);
  const proseCommas = style(false);
  return found
    .map((f) => {
      // A figure of four digits written without separators keeps that style.
      const short = !/^\d{4,}/.test(text.slice(f.start, f.end));
      return { start: f.start, end: f.end, commas: f.grouped || (short && (f.table ? tableCommas : proseCommas)) };
    })
    .sort((a, b) => a.start - b.start);
}
