// One normalized taxonomy of performance-indicator types (绩效指标分类), kept in
// one place. Documents spell the same level many ways (数量 / 数量指标,
// 满意度指标 / 服务对象满意度指标); each original label is kept beside its
// normalized type, and a label that maps to nothing stays visible as such.

export const LEVEL1 = ["产出", "效益", "满意度", "成本"] as const;
export type Level1 = (typeof LEVEL1)[number];

export const LEVEL2 = ["数量", "质量", "时效", "成本", "经济效益", "社会效益", "生态效益", "可持续影响", "服务对象满意度"] as const;
export type Level2 = (typeof LEVEL2)[number];

const LEVEL1_RULES: [RegExp, Level1][] = [
  [/^产出(指标)?$/, "产出"],
  [/^(效益|效果)(指标)?$/, "效益"],
  [/^满意度(指标)?$/, "满意度"],
  [/^成本(指标)?$/, "成本"],
];

const LEVEL2_RULES: [RegExp, Level2][] = [
  [/^数量(指标)?$/, "数量"],
  [/^质量(指标)?$/, "质量"],
  [/^时效(指标)?$/, "时效"],
  [/^(经济|社会|生态环境)?成本(指标)?$/, "成本"],
  [/^经济效益(指标)?$/, "经济效益"],
  [/^社会效益(指标)?$/, "社会效益"],
  [/^生态效益(指标)?$/, "生态效益"],
  [/^可持续(影响|发展)(指标)?$/, "可持续影响"],
  [/^(服务对象)?满意度(指标)?$|^服务对象$/, "服务对象满意度"],
];

export interface Classified<T extends string> {
  /** The label as the document states it. */
  label: string | null;
  /** Its normalized type, or null when no rule maps it. */
  type: T | null;
}

const compact = (s: string | null) => (s ?? "").replace(/\s+/g, "");

export function level1Of(label: string | null): Classified<Level1> {
  const t = compact(label);
  return { label, type: LEVEL1_RULES.find(([re]) => re.test(t))?.[1] ?? null };
}

export function level2Of(label: string | null): Classified<Level2> {
  const t = compact(label);
  return { label, type: LEVEL2_RULES.find(([re]) => re.test(t))?.[1] ?? null };
}

export type OperatorType = "≥" | "≤" | "＝" | ">" | "<" | "定性";

export function operatorOf(op: string | null): OperatorType | null {
  switch (op) {
    case "≥":
    case "≧":
      return "≥";
    case "≤":
    case "≦":
      return "≤";
    case "=":
    case "＝":
      return "＝";
    case ">":
    case "＞":
      return ">";
    case "<":
    case "＜":
      return "<";
    case "定性":
      return "定性";
    default:
      return null;
  }
}

/** 定量 when the target is a number; 定性 when the operator or the target says so. */
export function isQuantitative(i: { operator: string | null; target: string | null }): boolean {
  return operatorOf(i.operator) !== "定性" && /^-?\d+(\.\d+)?$/.test(i.target ?? "");
}
