// The department record: one validated, traceable record per disclosure.
// Shared by the ingest (scripts/ingest.ts) and the Astro content collection,
// so the open-data contract is defined exactly once.
import { z } from "astro/zod";

/** An amount in 万元, or null when the document does not state it. */
const amount = z.number().nullable();

export const unitSchema = z.object({
  code: z.string().nullable(),
  name: z.string(),
});

export const totalsSchema = z.object({
  revenueTotal: amount, // 收入总计
  expenditureTotal: amount, // 支出总计
  generalBudgetAppropriation: amount, // 一般公共预算拨款收入
  carryOver: amount, // 上年结转
  basicExpenditure: amount, // 基本支出
  projectExpenditure: amount, // 项目支出
  personnelExpenditure: amount, // 人员经费
  publicExpenditure: amount, // 公用经费
});

export const functionalClassSchema = z.object({
  code: z.string(), // 类 code, e.g. "208"
  name: z.string(),
  amount,
  line: z.number().int(),
});

export const economicClassSchema = z.object({
  code: z.string(), // e.g. "30201" or "302"
  name: z.string(),
  amount,
  unitCode: z.string().nullable(), // 单位代码 of the budget unit the line belongs to
  line: z.number().int(),
});

export const threePublicSchema = z.object({
  total: amount, // 三公经费合计
  overseas: amount, // 因公出国（境）费
  vehicleTotal: amount, // 公务用车购置及运行费
  vehiclePurchase: amount, // 公务用车购置费
  vehicleOperation: amount, // 公务用车运行维护费
  reception: amount, // 公务接待费
});

export const projectSchema = z.object({
  name: z.string(),
  amount,
  unitCode: z.string().nullable(),
  functionCode: z.string().nullable(),
  line: z.number().int(),
});

export const indicatorSchema = z.object({
  project: z.string().nullable(),
  level1: z.string().nullable(), // 一级指标
  level2: z.string().nullable(), // 二级指标
  name: z.string(), // 三级指标
  operator: z.string().nullable(), // ≥ ≤ ＝ 定性 …
  target: z.string().nullable(),
  unit: z.string().nullable(),
  weight: z.number().nullable(),
  direction: z.string().nullable(), // 正向指标 / 反向指标
  core: z.boolean().nullable(), // 是否核心指标
  line: z.number().int(),
});

export const glossaryEntrySchema = z.object({
  term: z.string(),
  definition: z.string(),
  line: z.number().int(),
});

/** The four states of a value are kept apart: a table may be stated empty. */
export const tableSchema = z.object({
  kind: z.string(),
  title: z.string(),
  line: z.number().int(),
  unit: z.enum(["万元", "元"]).nullable(),
  emptyStatement: z.object({ text: z.string(), line: z.number().int() }).nullable(),
  rows: z.number().int(),
});

export const checkSchema = z.object({
  id: z.string(),
  severity: z.enum(["error", "warning", "info"]),
  message: z.string(),
  figures: z.array(z.number().nullable()),
  lines: z.array(z.number().int()),
});

export const completenessSchema = z.object({
  score: z.number().int(),
  max: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(), // see RUBRIC in src/checks/completeness.ts
      passed: z.boolean(),
      detail: z.string(),
      line: z.number().int().nullable(),
    }),
  ),
});

export const headcountSchema = z.object({
  value: z.number(),
  basis: z.string(),
  line: z.number().int(),
});

export const departmentSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  source: z.object({ file: z.string(), sha256: z.string(), layout: z.string() }),
  department: z.string(),
  province: z.string().nullable(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  level: z.enum(["province", "city", "district"]).nullable(),
  year: z.number().int().nullable(),
  units: z.array(unitSchema),
  totals: totalsSchema,
  functionalClasses: z.array(functionalClassSchema),
  economicClasses: z.array(economicClassSchema),
  threePublic: threePublicSchema,
  threePublicPriorYear: threePublicSchema.nullable(),
  operatingExpenses: amount, // 机关运行经费
  procurementTotal: amount, // 政府采购预算总额
  vehicles: z.number().int().nullable(), // 实有公务用车（辆）
  headcount: headcountSchema.nullable(),
  projects: z.array(projectSchema),
  indicators: z.array(indicatorSchema),
  departmentIndicators: z.array(indicatorSchema),
  glossary: z.array(glossaryEntrySchema),
  tables: z.array(tableSchema),
  checks: z.array(checkSchema),
  completeness: completenessSchema.nullable(),
  provenance: z.record(z.string(), z.number().int()),
  /**
   * How each scalar figure is stated, so the four states of a value stay apart:
   * "stated" a number; "statedZero" a 0 or a nil in words (未安排, 无); "blank" a
   * blank cell the table's own total shows to be zero. Not disclosed is null;
   * a table stated empty is in `tables[].emptyStatement`.
   */
  states: z.record(z.string(), z.enum(["stated", "statedZero", "blank"])),
});

export type Department = z.infer<typeof departmentSchema>;
export type Totals = z.infer<typeof totalsSchema>;
export type ThreePublic = z.infer<typeof threePublicSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type TableInfo = z.infer<typeof tableSchema>;
export type Check = z.infer<typeof checkSchema>;
export type Completeness = z.infer<typeof completenessSchema>;
export type Headcount = z.infer<typeof headcountSchema>;
