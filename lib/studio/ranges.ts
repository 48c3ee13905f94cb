import { dayKey } from "./rollups";

/** The periods Studio's numbers cover (screens name them with the studio "range" message, by key). */
export const RANGES = {
  "7d": { days: 7, step: "day" },
  "28d": { days: 28, step: "day" },
  "90d": { days: 90, step: "day" },
  "12m": { days: 365, step: "month" },
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

/** The calendar month a moment falls in (YYYY-MM, UTC): the key of monthly rollups. */
export const monthKey = (at: Date): string => at.toISOString().slice(0, 7);

/**
 * What a range's charts have one point per: its days, or for a year the twelve
 * calendar months ending with this one (read from monthly rollups). With the
 * first unit of the same length of time just before.
 */
export function rangeUnits(range: RangeKey, now = new Date()): { step: "day" | "month"; units: string[]; previousStart: string } {
  if (RANGES[range].step === "day") {
    const { days, previousStart } = rangeDays(range, now);
    return { step: "day", units: days, previousStart };
  }
  const month = (back: number) => monthKey(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)));
  return { step: "month", units: Array.from({ length: 12 }, (_, i) => month(11 - i)), previousStart: month(23) };
}

export type Point = { key: string; label: string; value: number };

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/**
 * "3 Nov" for a day, "Nov 2026" for a month: the English name of a point. Charts
 * (components/studio/charts.tsx) name points in other languages from their key.
 */
export const unitLabel = (unit: string): string => (unit.length === 7 ? `${MONTHS[Number(unit.slice(5, 7)) - 1]} ${unit.slice(0, 4)}` : `${Number(unit.slice(8, 10))} ${MONTHS[Number(unit.slice(5, 7)) - 1]}`);

/** A chart's points: one per unit (day or month) of the range. */
export const toPoints = (units: string[], valueOf: (unit: string) => number): Point[] => units.map((u) => ({ key: u, label: unitLabel(u), value: valueOf(u) }));

/** A change between two periods: none, new, more than tenfold, or up or down by a whole percent (0: less than 1%). */
export type Change = { kind: "same" | "new" | "tenfold" } | { kind: "up" | "down"; pct: number };

export function changeOf(current: number, previous: number): Change {
  if (current === previous) return { kind: "same" };
  if (previous === 0) return { kind: "new" };
  if (current >= previous * 10) return { kind: "tenfold" };
  return { kind: current > previous ? "up" : "down", pct: Math.abs(Math.round(((current - previous) / previous) * 100)) };
}

const changeInEnglish = (c: Change): string =>
  c.kind === "up" || c.kind === "down" ? `${c.kind === "up" ? "+" : "−"}${c.pct === 0 ? "<1" : c.pct}%` : { same: "no change", new: "new", tenfold: "more than 10×" }[c.kind];

/**
 * A change between two periods, as people read it: "+12%", "−3%", "+<1%", "more than 10×",
 * "new" or "no change" in English; a screen passes `say`, its language's words for a Change.
 */
export function change(current: number, previous: number, say: (change: Change) => string = changeInEnglish): string {
  return say(changeOf(current, previous));
}

/** A share as a whole percent ("42%", or a screen's `say`), or a dash when there is nothing to divide. */
export const percent = (part: number, whole: number, say: (pct: number) => string = (pct) => `${pct}%`): string => (whole > 0 ? say(Math.round((part / whole) * 100)) : "–");
