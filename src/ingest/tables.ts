// Layer 3: sections. Table titles (表1, 表一, 附件N, ## …) open tables; the rest
// is narrative. A table that continues across pages repeats its title and
// header: it is merged back into one table.
import type { Unit } from "./decimal.ts";
import type { Cell, NarrativeText, Row, Table, TableKind } from "./model.ts";
import { rowText } from "./rows.ts";
import { compact } from "./lines.ts";
import { isAmountText } from "./decimal.ts";


/** Title words, most specific first. The first match names the table's kind. */
const KINDS: [TableKind, RegExp][] = [
  ["governmentFundThreePublic", /政府性基金.*三公/],
  ["threePublic", /三公/],
  ["departmentPerformance", /整体.*绩效/],
  ["projectPerformance", /绩效目标/],
  ["fiscalEconomic", /财政拨款支出.*经济分类/],
  ["fiscalSummary", /财政拨款收支/],
  ["basicExpenditure", /基本支出/],
  ["generalProjects", /一般公共预算.*项目支出/],
  ["projectDetails", /项目支出(明细|预算)?表/],
  ["generalBudget", /一般公共预算.*支出/],
  ["governmentFund", /政府性基金/],
  ["stateCapital", /国有资本经营/],
  ["procurement", /政府采购/],
  ["incomeExpenditureSummary", /收支总表/],
  ["incomeSummary", /收入总表/],
  ["expenditureSummary", /支出总表/],
];

export function classifyTitle(title: string): TableKind | null {
  const t = compact(title);
  // A title ends in 表, perhaps followed by a bracketed year or table number.
  if (!/表(?:[（(][^）)]*[）)])?$/.test(t)) return null;
  for (const [kind, re] of KINDS) if (re.test(t)) return kind;
  return null;
}

const MARKER = /^(表[0-9一二三四五六七八九十]+(?:[-—–][0-9一二三四五六七八九十]+)?|附件\s*[0-9]+(?:[-—–][0-9]+)?)/;
const UNIT = /(?:金额)?单位[:：]\s*(万元|元)/;
const PART = /^第[一二三四五六七八九十]+部分/;
const EMPTY = /空表说明|此项无内容|无此项内容|此表无数据|故此表无|本表无数据|无[^，。,]{0,12}(收支|支出)，?故/;
/** Header words that only a table's first rows carry. */
const HEADER = /科目编码|单位名称|项目名称|一级指标|预算数|项目|合计|部门名称/;
/** Words that only header cells carry, fragments included. */
const HEADER_CELL = /指标|项目|项\s*目|单位|科目|合计|预算|金额|权重|名称|总计|编码|类|款|度量|年度目标|^称$|^数$|^位$|^标$/;

export function unitOf(text: string): Unit | null {
  const m = UNIT.exec(compact(text));
  return m ? (m[1] as Unit) : null;
}

interface Title {
  index: number;
  kind: TableKind;
  title: string;
  line: number;
  /** Rows the title itself spans (marker row, title row). */
  span: number;
}

/** A title row, optionally preceded by a marker row (表1 / 附件1). */
function titleAt(rows: readonly Row[], i: number): Title | null {
  const text = compact(rowText(rows[i]));
  if (text.length > 80) return null;
  const marker = MARKER.exec(text);
  const rest = marker ? text.slice(marker[0].length) : text;
  if (rest && classifyTitle(rest)) return { index: i, kind: classifyTitle(rest)!, title: rest, line: rows[i].line, span: 1 };
  if (marker || rest.length <= 40) {
    // Marker on its own row, or a title broken over two rows ("…（汇总）" / "一般公共预算…表").
    const next = rows[i + 1] && compact(rowText(rows[i + 1]));
    if (next && next.length <= 80) {
      const joined = marker ? next.replace(/^\d{4}年/, (y) => y) : rest + next;
      const kind = classifyTitle(joined);
      if (kind && (marker || !classifyTitle(next))) return { index: i, kind, title: joined, line: rows[i + 1].line, span: 2 };
    }
  }
  return null;
}

/** A title opens a table only if a unit line or header row follows soon. */
function opensTable(rows: readonly Row[], t: Title, titleOf: (i: number) => Title | null): boolean {
  const from = t.index + t.span - 1;
  if (unitOf(rowText(rows[from]))) return true;
  for (let j = from + 1; j < Math.min(rows.length, from + 7); j++) {
    if (titleOf(j)) return false;
    const text = rowText(rows[j]);
    if (unitOf(text) || (rows[j].cells.length > 1 && HEADER.test(text))) return true;
  }
  return false;
}

export interface Sections {
  tables: Table[];
  /** Rows that belong to no table. */
  narrativeRows: Row[];
}

export function toSections(rows: readonly Row[]): Sections {
  // Each row is asked "does a title start here?" up to seven times: answer once.
  const titles = new Map<number, Title | null>();
  const titleOf = (i: number) => {
    if (!titles.has(i)) titles.set(i, titleAt(rows, i));
    return titles.get(i)!;
  };
  const tables: Table[] = [];
  const narrativeRows: Row[] = [];
  let current: Table | null = null;
  // After a continuation title, the page repeats the header rows: skip them.
  let repeatedHeader: Set<string> | null = null;

  for (let i = 0; i < rows.length; i++) {
    const title = titleOf(i);
    if (title && opensTable(rows, title, titleOf)) {
      const prev = tables[tables.length - 1];
      const continued = prev && current === prev && prev.kind === title.kind && sameTitle(prev.title, title.title);
      if (continued) {
        prev.continuations.push(title.line);
        repeatedHeader = headerBlock(prev.rows);
      } else {
        repeatedHeader = null;
        current = { kind: title.kind, title: title.title, line: title.line, unit: null, rows: [], emptyStatement: null, continuations: [] };
        tables.push(current);
      }
      i += title.span - 1;
      continue;
    }
    const text = rowText(rows[i]);
    const tight = compact(text);
    if (current && PART.test(tight)) current = null;
    if (!current) {
      narrativeRows.push(rows[i]);
      continue;
    }
    const unit = unitOf(text);
    if (repeatedHeader?.has(tight) || (repeatedHeader && unit && current.unit)) continue;
    repeatedHeader = null;
    if (unit && !current.unit) current.unit = unit;
    if (EMPTY.test(tight)) current.emptyStatement = { text: tight, line: rows[i].line };
    current.rows.push(rows[i]);
  }
  return { tables, narrativeRows };
}

function sameTitle(a: string, b: string): boolean {
  const core = (s: string) => s.replace(/^.*?(部门|单位|局|中心|室|办)(?=[^部单局中室办]*表)/, "").replace(/[（(].*?[)）]/g, "");
  return core(a) === core(b) || a === b;
}

/** The header block of a table's first page: rows before its first figure, up to its last header row. */
function headerBlock(rows: readonly Row[]): Set<string> {
  const firstData = rows.findIndex((r) => r.cells.some((c) => /\d\.\d/.test(c.text)));
  const before = rows.slice(0, firstData < 0 ? rows.length : firstData);
  // What follows the last header row before the first figure (a unit's or project's name) is data.
  const lastHeader = before.findLastIndex((r) => HEADER_CELL.test(rowText(r)));
  return new Set(before.slice(0, lastHeader + 1).map((r) => compact(rowText(r))));
}

/** Narrative rows joined into one searchable text with a line map. */
// Tested on the last cell, never on the growing text: reading a string being
// built with += flattens it, which made this loop quadratic.
const isDigitOrDot = (c: string | undefined) => c !== undefined && ((c >= "0" && c <= "9") || c === ".");

export function toNarrative(rows: readonly Row[]): NarrativeText {
  let text = "";
  let last: string | undefined;
  const offsets: number[] = [];
  const lines: number[] = [];
  for (const r of rows) {
    for (const c of r.cells as Cell[]) {
      const cell = c.text.replace(/\s+/g, "");
      // Words wrap across lines and are joined; digits are not, so that a
      // figure always lies on one line its provenance can name. A number
      // broken by a wrap is then not read at all, rather than read whole
      // and traced to half of it.
      if (isDigitOrDot(last) && isDigitOrDot(cell[0])) text += "|";
      offsets.push(text.length);
      lines.push(c.line);
      text += cell;
      if (cell) last = cell[cell.length - 1];
    }
  }
  return { text, offsets, lines };
}

/** Source line of a position in the narrative text. */
export function narrativeLine(narrative: NarrativeText, offset: number): number {
  let lo = 0;
  let hi = narrative.offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (narrative.offsets[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return narrative.lines[lo] ?? 0;
}

/**
 * PDF text breaks a long cell over lines: "208 05 05 103001" / "机关事业单位基本养老保险缴费" /
 * "支出" / "80.13 80.13". In a table body, rows without amounts that are
 * followed by a row of amounts alone are one row.
 */
export function mergeBrokenRows(table: Table): Table {
  // Stated with decimals: a bare integer in a broken row may be a code or a count.
  const isAmount = (t: string) => isAmountText(t) && t.includes(".");
  const firstData = table.rows.findIndex((r) => r.cells.some((c) => isAmount(c.text)));
  if (firstData < 0) return table;
  const rows: Row[] = table.rows.slice(0, firstData);
  let pending: Row[] = [];
  for (const r of table.rows.slice(firstData)) {
    const amounts = r.cells.filter((c) => isAmount(c.text)).length;
    if (amounts === 0) {
      pending.push(r);
      continue;
    }
    if (amounts === r.cells.length && pending.length) {
      rows.push({ cells: [...pending.flatMap((p) => p.cells), ...r.cells], line: pending[0].line });
    } else {
      rows.push(...pending, r);
    }
    pending = [];
  }
  rows.push(...pending);
  return { ...table, rows };
}
