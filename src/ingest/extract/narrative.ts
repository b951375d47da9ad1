// Facts stated in the narrative (情况说明): totals, 三公 items with their change
// on the prior year, 机关运行经费, 政府采购, vehicles.
import { parseAmount, type Micro } from "../decimal.ts";
import { functionClassCode } from "../classification.ts";
import type { NarrativeText } from "../model.ts";
import { narrativeLine } from "../tables.ts";
import type { Observation } from "./observation.ts";

const NUM = "(\\d[\\d,]*(?:\\.\\d+)?)";

/** Full-width punctuation to half-width, one character for one, so offsets hold. */
function normalize(text: string): string {
  return text.replace(/[（）：，；“”]/g, (c) => ({ "（": "(", "）": ")", "：": ":", "，": ",", "；": ";", "“": '"', "”": '"' })[c]!);
}

interface Found {
  value: Micro;
  line: number;
  label: string;
  index: number;
}

function findAll(n: NarrativeText, text: string, re: RegExp, from = 0, to = text.length): Found[] {
  const out: Found[] = [];
  const g = new RegExp(re.source, "g");
  g.lastIndex = from;
  for (let m = g.exec(text); m && m.index < to; m = g.exec(text)) {
    const group = m.findIndex((v, i) => i > 0 && v !== undefined && /^\d/.test(v));
    if (group < 0) continue;
    const value = parseAmount(m[group]);
    if (value === null) continue;
    const at = m.index + m[0].indexOf(m[group]);
    out.push({ value, line: narrativeLine(n, at), label: m[0], index: m.index });
  }
  return out;
}

const first = (n: NarrativeText, text: string, re: RegExp, from = 0, to = text.length) => findAll(n, text, re, from, to)[0];

export interface ThreePublicStatement {
  current: Partial<Record<ThreePublicItem, Found>>;
  /** Prior-year figures computed from stated changes ("比2022年增加0.5万元"). */
  prior: Partial<Record<ThreePublicItem, Micro>>;
  priorYear: number | null;
}

export type ThreePublicItem = "total" | "overseas" | "vehicleTotal" | "vehiclePurchase" | "vehicleOperation" | "reception";

const ITEM_PATTERNS: [ThreePublicItem, RegExp, RegExp | null][] = [
  ["total", new RegExp(`"?三公"?经费(?:财政拨款)?预算(?:数)?(?:为)?${NUM}万元`), null],
  ["reception", new RegExp(`公务接待费(?:预算)?(?:为)?${NUM}万元`), null],
  ["vehicleTotal", new RegExp(`公务用车购置及运行(?:维护)?费(?:预算)?(?:为)?${NUM}万元`), null],
  ["vehicleOperation", new RegExp(`公务用车运行(?:维护)?费(?:预算)?(?:为)?${NUM}万元`), null],
  ["vehiclePurchase", new RegExp(`公务用车购置费(?:预算)?(?:为)?${NUM}万元`), /未安排(?:公务用车)?购置费|未安排公务用车购置/],
  ["overseas", new RegExp(`因公出国\\(境\\)(?:经)?费(?:用)?(?:预算)?(?:为)?${NUM}万元`), /(?:未安排|暂未编列|未编列)因公出国\(境\)/],
];

const DELTA = new RegExp(`^,?(?:较|比)(20\\d\\d)年(?:预算)?(?:(增加|减少|增长|下降)(?:\\(或增加\\))?\\s*${NUM}万元|无增减)`);

export function threePublicStatement(n: NarrativeText): ThreePublicStatement | null {
  const text = normalize(n.text);
  const start = text.search(/"三公"经费(?:财政拨款)?(?:预算)?(?:安排)?情况说明|"三公"经费(?:财政拨款)?预算(?:数)?(?:为)?\d/);
  if (start < 0) return null;
  const end = Math.min(text.length, start + 900);
  const current: ThreePublicStatement["current"] = {};
  const prior: ThreePublicStatement["prior"] = {};
  let priorYear: number | null = null;
  for (const [item, re, zero] of ITEM_PATTERNS) {
    const f = first(n, text, re, start, end);
    if (f) {
      current[item] = f;
      const after = text.slice(f.index + f.label.length, f.index + f.label.length + 40);
      const d = DELTA.exec(after);
      if (d) {
        priorYear = Number(d[1]);
        const delta = d[3] ? parseAmount(d[3])! : 0n;
        prior[item] = /增加|增长/.test(d[2] ?? "") ? f.value - delta : f.value + delta;
      }
    } else if (zero) {
      const z = new RegExp(zero.source).exec(text.slice(start, end));
      if (z) current[item] = { value: 0n, line: narrativeLine(n, start + z.index), label: z[0], index: start + z.index };
    }
  }
  return { current, prior, priorYear };
}

/** Other narrative facts, as observations for the record and the checks. */
export function narrativeObservations(n: NarrativeText): Observation[] {
  const text = normalize(n.text);
  const out: Observation[] = [];
  const see = (key: string, f: Found | undefined) => {
    if (f) out.push({ key, value: f.value, line: f.line, source: "narrative", label: f.label });
  };
  see("totals.revenueTotal", first(n, text, new RegExp(`收入预算:?(?:20\\d\\d年)?(?:年初预算数)?${NUM}万元`)));
  // "收支预算总数" states both sides at once; "财政拨款收支预算总数" is the 财政拨款 part.
  see("totals.revenueTotal", first(n, text, new RegExp(`(?<!财政拨款)收支预算总数(?:为)?${NUM}万元`)));
  see("fiscal.summary.currentExpenditure", first(n, text, new RegExp(`财政拨款收支预算总数(?:为)?${NUM}万元`)));
  see("totals.expenditureTotal", first(n, text, new RegExp(`支出预算:?(?:20\\d\\d年)?(?:年初预算数)?${NUM}万元`)));
  see("totals.basicExpenditure", first(n, text, new RegExp(`基本支出${NUM}万元`)));
  see("totals.projectExpenditure", first(n, text, new RegExp(`项目支出${NUM}万元`)));
  see("totals.personnelExpenditure", first(n, text, new RegExp(`人员经费${NUM}万元`)));
  see("totals.publicExpenditure", first(n, text, new RegExp(`公用经费${NUM}万元`)));
  const operating = first(n, text, new RegExp(`运行经费(?:财政拨款)?(?:预算)?(?:为)?${NUM}万元`));
  if (operating) see("operatingExpenses", operating);
  else {
    // "按规定未使用机关运行的相关科目": a stated nil, not a missing figure.
    const nil = /未使用机关运行(?:经费)?的?相关科目|未安排机关运行经费|无机关运行经费/.exec(text);
    if (nil) out.push({ key: "operatingExpenses", value: 0n, line: narrativeLine(n, nil.index), source: "narrative", label: nil[0], state: "statedZero" });
  }
  const procurement = first(n, text, new RegExp(`政府采购预算(?:总额)?(?:为)?${NUM}万元`));
  if (procurement) see("procurementTotal", procurement);
  else {
    const none = /无政府采购项目|未安排政府采购预算/.exec(text);
    if (none) out.push({ key: "procurementTotal", value: 0n, line: narrativeLine(n, none.index), source: "narrative", label: none[0], state: "statedZero" });
  }
  const vehicles = /共有(?:公务用)?车辆?(\d+)辆/.exec(text);
  if (vehicles) out.push(count("vehicles", vehicles, n));
  const held = /现有公务用车(\d+)辆/.exec(text);
  if (held) out.push(count("vehicles", held, n));
  const funded = /用于(?:[^,。;]{0,12}?)(\d+)辆公务用车/.exec(text);
  if (funded) out.push(count("vehiclesFunded", funded, n));

  // Function classes named in the paragraph on the department's spending (支出预算).
  for (const [key, heading] of [
    ["functionalClasses", /\(二\)支出预算/],
    ["fiscal.functionalClasses", /财政拨款收支预算情况说明|财政拨款收支总体情况/],
  ] as const) {
    const at = text.search(heading);
    if (at < 0) continue;
    const stop = text.slice(at + 10).search(/[一二三四五六七八九十]、|\([一二三四五六七八九十]\)/);
    const end = stop < 0 ? text.length : at + 10 + stop;
    for (const f of findAll(n, text, new RegExp(`([\\u4e00-\\u9fff]{2,14}支出)${NUM}万元`), at, end)) {
      const name = /^[\u4e00-\u9fff]+/.exec(f.label)![0].replace(/^(?:其中|包括|支出包括)/, "");
      const code = functionClassCode(name);
      if (code) out.push({ key: `${key}.${code}`, value: f.value, line: f.line, source: "narrative", label: f.label });
    }
  }
  return out;
}

function count(key: string, m: RegExpExecArray, n: NarrativeText): Observation {
  const at = m.index + m[0].indexOf(m[1]);
  return { key, value: parseAmount(m[1])!, line: narrativeLine(n, at), source: "narrative", label: m[0] };
}
