import { dayKey } from "./rollups";

/** The periods Studio's numbers cover. */
export const RANGES = {
  "7d": { days: 7, label: "7 days", step: "day" },
  "28d": { days: 28, label: "28 days", step: "day" },
  "90d": { days: 90, label: "90 days", step: "day" },
  "12m": { days: 365, label: "12 months", step: "month" },
} as const;
export type RangeKey = keyof typeof RANGES;
export const DEFAULT_RANGE: RangeKey = "28d";

export const parseRange = (value: string | undefined | null): RangeKey => (value && Object.hasOwn(RANGES, value) ? (value as RangeKey) : DEFAULT_RANGE);

/** The UTC days of a range ending today, oldest first, and of the same length just before it. */
export function rangeDays(range: RangeKey, now = new Date()): { days: string[]; previousStart: string } {
  const n = RANGES[range].days;
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Array.from({ length: n }, (_, i) => dayKey(new Date(today - (n - 1 - i) * 86_400_000)));
  return { days, previousStart: dayKey(new Date(today - (2 * n - 1) * 86_400_000)) };
}

export type Point = { key: string; label: string; value: number };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const dayLabel = (day: string) => `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
const monthLabel = (month: string) => `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/**
 * Daily values as a chart's points: one per day, or one per month for a year
 * (summed, or the last day's value for a running total such as followers).
 */
export function toPoints(range: RangeKey, days: string[], valueOf: (day: string) => number, mode: "sum" | "last" = "sum"): Point[] {
  if (RANGES[range].step === "day") return days.map((d) => ({ key: d, label: dayLabel(d), value: valueOf(d) }));
  const months = new Map<string, number>();
  for (const d of days) {
    const m = d.slice(0, 7);
    months.set(m, mode === "sum" ? (months.get(m) ?? 0) + valueOf(d) : valueOf(d));
  }
  return [...months].map(([m, value]) => ({ key: m, label: monthLabel(m), value }));
}

/** A change between two periods, as people read it: "+12%", "−3%", "new" or "no change". */
export function change(current: number, previous: number): string {
  if (current === previous) return "no change";
  if (previous === 0) return "new";
  const pct = Math.round(((current - previous) / previous) * 100);
  return pct === 0 ? (current > previous ? "+<1%" : "−<1%") : `${pct > 0 ? "+" : "−"}${Math.abs(pct)}%`;
}
