// Display formatting. A missing amount is 未披露 (not disclosed), never 0.

export const NOT_DISCLOSED = "未披露";

const amountFormat = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** An amount in 万元 with two decimals, or 未披露. */
export function formatAmount(value: number | null | undefined): string {
  return value == null ? NOT_DISCLOSED : amountFormat.format(value);
}

const decimalFormats = new Map<number, Intl.NumberFormat>();

/** A number with a fixed count of decimals (grouped, zh-CN), or 未披露. */
export function formatDecimal(value: number | null | undefined, digits: number): string {
  if (value == null) return NOT_DISCLOSED;
  let f = decimalFormats.get(digits);
  if (!f) decimalFormats.set(digits, (f = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}

/** A value already in percent (32.2698) as "32.27%", or 未披露. */
export function formatPercent(value: number | null | undefined, digits = 2): string {
  return value == null ? NOT_DISCLOSED : `${formatDecimal(value, digits)}%`;
}

/** A share (0..1) as a percentage, or "—" when it cannot be computed. */
export function formatShare(share: number | null | undefined): string {
  return share == null ? "—" : `${percentFormat.format(share * 100)}%`;
}

/** A count or plain number, or 未披露. */
export function formatCount(value: number | null | undefined): string {
  return value == null ? NOT_DISCLOSED : String(value);
}

export const levelLabels = { province: "省级", city: "市级", district: "区县级" } as const;

export function formatLevel(level: keyof typeof levelLabels | null): string {
  return level == null ? NOT_DISCLOSED : levelLabels[level];
}

/** Region as 省 · 市 · 区, skipping the parts that are absent. */
export function formatRegion(r: { province: string | null; city: string | null; district: string | null }): string {
  // Municipalities repeat themselves (重庆市 · 重庆市): show each place once.
  const parts = [r.province, r.city, r.district].filter((p, i, all): p is string => !!p && all.indexOf(p) === i);
  return parts.length ? parts.join(" · ") : NOT_DISCLOSED;
}

export function formatYear(year: number | null): string {
  return year == null ? "年度未披露" : `${year} 年`;
}
