// Performance indicators (绩效指标) and the projects they belong to.
//
// The tables come as rows of cells in every layout, but a PDF flattening
// breaks one cell over many rows ("社会效" / "益指标"). So the reader walks
// the cells as one stream: level words (一级/二级指标) are recognised from a
// vocabulary, a project header ends at its budget amount, and an indicator
// ends where its values begin (an operator such as ≥, or 定性).
import { isAmountText, parseAmount, type Micro } from "../decimal.ts";
import type { Cell, Layout, Table } from "../model.ts";
import type { Indicator } from "../../lib/schema.ts";
import { compact } from "../lines.ts";

/** An indicator as the record publishes it. */
export type IndicatorRow = Indicator;

export interface PerformanceProject {
  name: string;
  amount: Micro | null;
  line: number;
}

export interface Performance {
  projects: PerformanceProject[];
  indicators: IndicatorRow[];
}

const LEVEL1 = ["产出指标", "效益指标", "满意度指标", "成本指标"];
const LEVEL2_STEMS = [
  "数量", "质量", "时效", "成本", "经济成本", "社会成本", "生态环境成本", "社会效益", "经济效益", "生态效益",
  "可持续影响", "可持续发展", "服务对象满意度", "满意度", "效果", "安全", "服务对象",
];
const LEVEL2 = LEVEL2_STEMS.flatMap((s) => [s, `${s}指标`]);
const VOCAB = [...new Set([...LEVEL1, ...LEVEL2])];

const OPERATOR = /^(≥|≤|＝|=|>|<|≧|≦|＞|＜|定性)/;
const DIRECTION = /^(正向|反向)(指标)?$/;
const QUALITATIVE = /^(优|良|好|高|中|低|长期|达标|合格|及时|稳定|健全|完备)$/;
const UNIT_REF = /^(\d{3,8})[-—–]/;
const PROJECT_CODE = /^[0-9A-Z]{8,}[-—–]/;
const HEADER_WORDS = ["一级指标", "二级指标", "三级指标", "指标值", "权重", "指标性质", "指标方向性", "度量单位", "计量单位", "指标名称", "是否核心指标", "指标权重"];
const FORM_LABEL =
  /^(项目名称|主管部门|业务主管部门|实施单位|资金总额|当年预算|年度预算|本级安排|上级补助|项目性质|项目分类|项目起始时间|项目终止时间|项目概况|项目概述|立项依据|项目当年绩效目标|当年绩效目标|年度总体目标|年度主要任务|任务名称|预算执行率|编制单位|部门名称|部门\(单位\)名称|部门（单位）名称|当年整体绩效目标|部门整体绩效情况|本年部门整体支出|年度部门整体支出预算|资金总额|年度绩效指标|绩效指标$|绩$)/;
const AMOUNT_LABEL = /资金总额|当年预算|预算数/;


export interface ReadOptions {
  layout: Layout;
  /** Budget unit and department names, stripped from the front of project headers. */
  unitNames: string[];
  /** The project list, to complete project names a page or column break cut short. */
  knownProjects: { name: string; amount: Micro }[];
  /** Department-level tables have no projects. */
  departmentLevel: boolean;
}

export function readPerformance(table: Table, options: ReadOptions): Performance {
  const state = new Reader(table, options);
  for (const row of table.rows) state.row(row.cells);
  return { projects: state.projects.filter((p) => state.used.has(p.name) || p.amount !== null), indicators: state.indicators };
}

class Reader {
  projects: PerformanceProject[] = [];
  indicators: IndicatorRow[] = [];
  used = new Set<string>();
  private project: PerformanceProject | null = null;
  private level1: string | null = null;
  private level2: string | null = null;
  /** Level words seen since the last indicator. */
  private seen = { l1: false, l2: false };
  private held: Cell[] = [];
  private name: Cell[] = [];
  private header: Cell[] | null = null;
  private goal = false;
  private readonly fragmented: boolean;

  constructor(
    private table: Table,
    private options: ReadOptions,
  ) {
    this.fragmented = options.layout === "pdf-text";
  }

  row(raw: Cell[]): void {
    const cells = this.fragmented ? raw.map((c) => ({ text: c.text.trim(), line: c.line })) : splitBrokenLevels(raw);
    const nonEmpty = cells.filter((c) => c.text);
    if (!nonEmpty.length) return;
    const text = compact(nonEmpty.map((c) => c.text).join(" "));
    if (HEADER_WORDS.filter((w) => text.includes(w)).length >= 2) return this.reset();
    const first = compact(nonEmpty[0].text);
    if (FORM_LABEL.test(first) && !this.options.departmentLevel) return this.formRow(nonEmpty);
    if (FORM_LABEL.test(first)) return this.reset();

    let levelWordInRow = false;
    this.rowStart = this.name.length;
    // In a row layout the name follows the level words: text before them is the
    // project's goal, or its overflow from the row above.
    const firstLevel = this.fragmented ? -1 : cells.findIndex((c) => VOCAB.includes(compact(c.text)));
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (!c.text) continue;
      const t = compact(c.text);

      if (this.fragmented && !this.header && !this.options.departmentLevel && isAmountText(t) && /\./.test(t) && nonEmpty.length === 1 && (this.name.length || this.held.length)) {
        this.flushHeld();
        this.header = this.name;
        this.headerUnitCell = false;
        this.name = [];
      }
      if (this.header) {
        if (isAmountText(t)) {
          this.closeHeader(c);
          continue;
        }
        this.header.push(c);
        continue;
      }
      if (UNIT_REF.test(t) && !this.options.departmentLevel) {
        this.flushHeld();
        this.header = [{ text: t.replace(UNIT_REF, ""), line: c.line }];
        this.headerUnitCell = !this.fragmented;
        continue;
      }
      // Row layouts: "项目名称 | 金额 | 年度目标 | 一级指标 …" before any level word.
      if (!this.fragmented && !levelWordInRow && !this.options.departmentLevel && !isAmountText(t) && !OPERATOR.test(t)) {
        const next = cells.slice(i + 1).find((x) => x.text);
        // An amount with decimals, or any amount when the row's level words follow it.
        if (next && isAmountText(next.text) && (/\./.test(next.text) || i < firstLevel) && !this.isLevelWord(t)) {
          this.header = [c];
          this.headerUnitCell = false;
          continue;
        }
      }
      if (OPERATOR.test(t)) {
        this.flushHeld();
        this.emit(cells.slice(i), c);
        this.name = [];
        return;
      }
      if (this.levelWord(c)) {
        levelWordInRow = true;
        this.goal = false;
        continue;
      }
      if (this.goal || i < firstLevel) continue;
      this.name.push(c);
    }
    if (!this.fragmented) this.flushHeld();
    // A qualitative target stated without an operator: "…健全性 优".
    const last = this.name[this.name.length - 1];
    if (last && this.name.length >= 2 && QUALITATIVE.test(last.text)) {
      this.name.pop();
      this.emit([{ text: "", line: last.line }, last], last);
      this.name = [];
      return;
    }
    if (!this.fragmented) {
      // A row that names levels but states no indicator ("效益指标 | 经济效益 | 指标1: |")
      // still ends there: the next row may name a new 二级 under the same 一级.
      this.name = [];
      this.seen = { l1: false, l2: false };
    }
  }

  private headerUnitCell = false;
  /** Where the current row's cells begin in `name`. */
  private rowStart = 0;

  private reset(): void {
    this.held = [];
    this.name = [];
    this.header = null;
  }

  private formRow(cells: Cell[]): void {
    this.reset();
    const label = compact(cells[0].text);
    const value = cells.slice(1).find((c) => c.text);
    if (/^项目名称$/.test(label) && value) {
      const name = compact(value.text).replace(PROJECT_CODE, "");
      this.startProject(name, null, value.line);
      return;
    }
    if (AMOUNT_LABEL.test(label) && this.project && this.project.amount === null) {
      const amount = cells.slice(1).find((c) => isAmountText(c.text));
      if (amount) {
        this.project.amount = parseAmount(amount.text, this.table.unit ?? "万元");
        // The amount's provenance is its own line, not the 项目名称 line above it.
        this.project.line = amount.line;
      }
    }
  }

  private closeHeader(amountCell: Cell): void {
    const parts = this.header!.map((c) => c.text);
    this.header = null;
    let name = compact(parts.join(""));
    if (this.headerUnitCell && parts.length > 1) name = compact(parts.slice(1).join(""));
    else name = this.stripUnit(name);
    this.goal = true;
    if (!name || /^(本级|部门)$/.test(name) || name.length < 2) {
      this.project = null;
      return;
    }
    const amount = parseAmount(amountCell.text, this.table.unit ?? "万元");
    this.startProject(this.complete(name, amount), amount, amountCell.line);
  }

  private startProject(name: string, amount: Micro | null, line: number): void {
    const existing = this.projects.find((p) => p.name === name);
    if (existing && existing === this.project) return; // the same project continued on a new page
    this.project = { name, amount, line };
    this.projects.push(this.project);
    this.name = [];
    this.level1 = this.level2 = null;
    this.seen = { l1: false, l2: false };
  }

  private stripUnit(name: string): string {
    const names = [...this.options.unitNames].sort((a, b) => b.length - a.length);
    for (const unit of names) {
      const u = compact(unit);
      if (name.startsWith(u)) return name.slice(u.length);
      const base = u.replace(/[（(]本级[)）]$/, "");
      if (name.startsWith(base)) return name.slice(base.length).replace(/^本级/, "");
    }
    return name;
  }

  /** A name cut short by a page or column break completes to the listed project of that amount. */
  private complete(name: string, amount: Micro | null): string {
    const known = this.options.knownProjects;
    if (known.some((p) => p.name === name)) return name;
    const longer = known.filter((p) => p.name.startsWith(name));
    const same = longer.filter((p) => p.amount === amount);
    if (same.length === 1) return same[0].name;
    return longer.length === 1 ? longer[0].name : name;
  }

  private isLevelWord(t: string): boolean {
    return VOCAB.includes(t);
  }

  /** Level words, held while their fragments could still grow into one. */
  private levelWord(c: Cell): boolean {
    if (this.seen.l1 && this.seen.l2) return false;
    const t = compact(c.text);
    const candidate = this.held.map((h) => compact(h.text)).join("") + t;
    const complete = VOCAB.includes(candidate);
    const prefix = VOCAB.some((v) => v.length > candidate.length && v.startsWith(candidate));
    if (prefix && this.fragmented) {
      this.held.push(c);
      return true;
    }
    if (complete) {
      this.held = [];
      this.assignLevel(candidate);
      return true;
    }
    if (this.held.length) {
      this.flushHeld();
      return this.levelWord(c);
    }
    return false;
  }

  private flushHeld(): void {
    if (!this.held.length) return;
    const word = this.held.map((h) => compact(h.text)).join("");
    const cells = this.held;
    this.held = [];
    if (VOCAB.includes(word)) this.assignLevel(word);
    else if (!this.goal) this.name.push(...cells);
  }

  private assignLevel(word: string): void {
    if (!this.seen.l1 && !this.seen.l2 && LEVEL1.includes(word)) {
      this.level1 = word;
      this.level2 = null;
      this.seen.l1 = true;
    } else {
      this.level2 = word;
      this.seen.l2 = true;
      this.seen.l1 = true;
    }
  }

  private emit(tail: Cell[], at: Cell): void {
    // Cells before the operator on its own row: name first, then weight/unit.
    const split = this.name.findIndex((c, k) => k > 0 && k >= this.rowStart && isAmountText(c.text));
    const nameCells = split < 0 ? this.name : this.name.slice(0, split);
    const pre = split < 0 ? [] : this.name.slice(split).map((c) => c.text);
    const rawName = nameCells.map((c) => c.text).join("");
    const name = compact(rawName).replace(/^指标\d+[:：]/, "") || compact(rawName);
    const values = parseValues(pre, tail.map((c) => c.text));
    if (!name && values.target === null) return;
    this.indicators.push({
      project: this.options.departmentLevel ? null : this.project?.name ?? null,
      level1: this.level1,
      level2: this.level2,
      name,
      ...values,
      line: at.line,
    });
    if (this.project) this.used.add(this.project.name);
    this.seen = { l1: false, l2: false };
  }
}

type Values = Pick<Indicator, "operator" | "target" | "unit" | "weight" | "direction" | "core">;

/**
 * A cell that ran into its neighbour's overflow ("指标 产出指标": the tail of
 * the row above's 二级 and this row's 一级) splits at the space; an orphan
 * "指标" is that tail and is dropped.
 */
function splitBrokenLevels(raw: readonly Cell[]): Cell[] {
  return raw.flatMap((c) => {
    const text = c.text.trim();
    const parts = text.split(/\s+/);
    const pieces = parts.length > 1 && parts.some((p) => VOCAB.includes(p)) ? parts : [text];
    return pieces.filter((p) => p !== "指标").map((p) => ({ text: p, line: c.line }));
  });
}

/** Operator, target, unit, weight, direction and core flag, whatever their order. */
export function parseValues(pre: readonly string[], tail: readonly string[]): Values {
  const v: Values = { operator: null, target: null, unit: null, weight: null, direction: null, core: null };
  const tokens = tail.map((t) => t.trim()).filter(Boolean);
  const head = tokens.shift() ?? "";
  const op = OPERATOR.exec(head);
  if (op) {
    v.operator = op[1];
    const rest = head.slice(op[1].length).trim();
    if (rest) tokens.unshift(...splitGlued(rest));
  } else if (head) tokens.unshift(head);
  const qualitative = v.operator === "定性" || v.operator === null;

  for (const t of tokens) {
    if (DIRECTION.test(t)) v.direction = t.endsWith("指标") ? t : `${t}指标`;
    else if (/^(是|否)$/.test(t)) v.core = t === "是";
    else if (v.target === null && (qualitative || NUMBER.test(t))) v.target = t;
    else if (NUMBER.test(t) && v.weight === null) v.weight = Number(t);
    else if (v.unit === null && t.length <= 6 && v.weight === null) v.unit = t;
  }
  for (const t of pre) {
    if (NUMBER.test(t) && v.weight === null) v.weight = Number(t);
    else if (v.unit === null && t !== "定性") v.unit = t;
  }
  return v;
}

/** A target or weight in figures: "250", "4.8", "-1"; never a bare "." (which Number() reads as NaN). */
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** "20次" → ["20", "次"]; "100%" → ["100", "%"]. */
function splitGlued(text: string): string[] {
  const m = /^(-?[\d.]+)\s*(.*)$/.exec(text);
  return m ? [m[1], m[2]].filter(Boolean) : [text];
}
