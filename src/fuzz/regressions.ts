// Minimal reproductions of the failures fuzzing found (shrunk by fast-check,
// some then simplified by hand), one per bug, all since fixed. They stay as
// regression tests: `npx tsx scripts/fuzz.ts --regressions` replays them, and
// tests/fuzz requires every one to pass.
import type { Mutation } from "./mutations.ts";

export interface Regression {
  id: string;
  seed: string;
  mutations: Mutation[];
  /** The failure class (src/fuzz/properties.ts failureClass) the bug produced. */
  class: RegExp;
  /** Where the fault is and the suggested fix. */
  diagnosis: string;
}

const at = (line: number) => line - 1;

export const REGRESSIONS: Regression[] = [
  {
    id: "threePublic-byPosition-non-amount-cell",
    seed: "003",
    // "\t合 计\t35.00\t\t23.00…" → "\t合 计\t35.00\t一0\t23.00…": a non-amount cell among the 三公 amounts.
    mutations: [{ kind: "insertJunk", at: at(363), pos: 11, junk: "一0", focus: false }],
    class: /^exception:TypeError: Cannot read properties of undefined \(reading 'line'\)@src\/ingest\/extract\/threePublic\.ts$/,
    diagnosis:
      "extract/threePublic.ts byPosition(): every non-blank cell after the label advances k, parsed or not; a cell that is not an amount gets values[col]=null but from[col]=k, so k runs past `amounts` and threePublicFigures() reads amounts[k].line of undefined. Fix: in byPosition return null (fall back to place()) when a non-blank cell is not an amount, and advance k only for parsed amounts.",
  },
  {
    id: "indicator-weight-NaN",
    seed: "000",
    // "全年微信公众号更新次数 ≥ 250 次 3" → "… ≥ 250 . 次 3"
    mutations: [{ kind: "insertJunk", at: at(1414), pos: 18, junk: ". ", focus: false }],
    class: /^exception:schema:(department)?[iI]ndicators\.N\.weight/,
    diagnosis:
      "extract/indicators.ts parseValues(): /^-?[\\d.]+$/ accepts \".\" (and \"1.2.3\"), and Number(\".\") is NaN, which the schema rejects (\"record fails the schema\"). Fix: use /^-?\\d+(?:\\.\\d+)?$/ for target and weight tokens (tail and pre).",
  },
  {
    id: "performance-project-amount-line",
    seed: "004",
    mutations: [],
    class: /^untraced:004:projects\.N\.amount/,
    diagnosis:
      "extract/indicators.ts Reader.formRow(): a form's project starts on the 项目名称 row (line of the name) and its amount is filled later from the 当年预算/资金总额 row without moving `line`, so projects.N.amount names the 项目名称 line. Fix: when formRow sets project.amount, set project.line = amount cell's line (or keep a separate amountLine for provenance).",
  },
  {
    id: "performance-project-fallback-line",
    seed: "001",
    // "|" → "||": the row opener of the 项目支出明细表 is lost, the table yields no project,
    // and the record falls back to the performance forms' projects (same fault as above).
    mutations: [{ kind: "insertJunk", at: at(986), pos: 0, junk: "|", focus: false }],
    class: /^untraced:001:projects\.N\.amount/,
    diagnosis: "Same fault as performance-project-amount-line (Reader.formRow), met through record.ts's fallback to performance projects.",
  },
  {
    id: "threePublic-derived-subtotal-as-blank",
    seed: "001",
    mutations: [],
    class: /^untraced:001:threePublic(PriorYear)?\.vehicleTotal\(blank\)/,
    diagnosis:
      "extract/threePublic.ts threePublicFigures()/reconcile(): a blank 公务用车购置及运行费 cell is filled with the sum of its stated parts (2.5, 3.5) and listed in `blank`, so the record says state \"blank\" (documented as a blank cell shown to be 0) with the 合计 row's line. The figure is derived, not stated. Fix: only list zeros in `blank`; give derived subtotals their own state (e.g. \"derived\") or no provenance.",
  },
  {
    id: "narrative-number-across-lines",
    seed: "000",
    // Cut after the first tables, with the 部门收支总表 deleted, so the narrative's 收入预算
    // is the record's revenueTotal; then "…收入预算 649.71万元" split inside the number.
    mutations: [
      { kind: "truncate", at: at(612), focus: false },
      { kind: "splitLine", at: at(141), pos: 20, focus: false },
      { kind: "deleteLines", at: at(400), count: 56, focus: false },
    ],
    class: /\(broken across lines\)$/,
    diagnosis:
      "tables.ts toNarrative() joins narrative lines without separators and narrative.ts findAll() gives the line where the number starts, so \"…收入预算 6\" / \"49.71万元\" is read as 649.71 at the first line. Joining is deliberate (PDF text wraps mid-word) but no seed needs it for a number; decide whether a number may span lines. If yes, provenance should name both lines (or the trace contract must allow it); if no, toNarrative() should not join a line ending in a digit to one starting with a digit or '.'.",
  },
  {
    id: "markdown-bold-inside-number",
    seed: "004",
    // "30201\t办公费\t20.89\t\t20.89" → "30201\t办公费\t2**00.89\t\t20.89", read as 200.89
    mutations: [{ kind: "insertJunk", at: at(76), pos: 11, junk: "**0", focus: false }],
    class: /^untraced:\d{3}:.*\(\*\* inside number\)$/,
    diagnosis:
      "lines.ts cleanText() strips every \"**\" anywhere in a line, gluing the digits around it: \"2**00.89\" becomes 200.89. Fix: strip only paired markers around a cell (/\\*\\*([^*]*)\\*\\*/g → \"$1\") or not between digits.",
  },
  {
    id: "year-line-of-multiline-row",
    seed: "001",
    // With the title lines gone, the year is first named in "2026年预算数 |" (line 148),
    // a cell of the pipe row that starts at "功能分类科目 |" (line 146).
    mutations: [{ kind: "deleteLines", at: 0, count: 30, focus: false }],
    class: /^untraced:001:year$/,
    diagnosis:
      "extract/identity.ts yearOf(): matches YEAR in the compacted text of a whole row and records r.line, the line of the row's first cell. In pipe-fragments a row spans several lines, so the year's provenance names another line. Fix: match cell by cell (or map the match offset back to its cell) and keep that cell's line.",
  },
  {
    id: "year-inside-longer-number",
    seed: "002",
    // "2023 年部门预算情况说明" → "12023 年部门预算情况说明": 2023年 was read out of 12023.
    mutations: [{ kind: "insertJunk", at: 29514, pos: 0, junk: "1", focus: true }], // as shrunk: focus picks line 177
    class: /^untraced:002:year$/,
    diagnosis: "extract/identity.ts YEAR had no left boundary, so a year was read from the tail of a longer number. Fixed with (?<!\\d).",
  },
];
