import { dateFormat } from "@/lib/intl";
/** Time-zone arithmetic with Intl only (no tz database dependency). */

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    dateFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at `instant`, in ms (e.g. +3,600,000 for Berlin in winter). */
function offsetAt(instant: number, zone: string): number {
  const parts = Object.fromEntries(
    dateFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(instant))
      .filter((p) => p.type !== "literal")
      .map((p) => [p.type, Number(p.value)]),
  );
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T20:00" as wall-clock time in `zone` → the UTC instant. Null if malformed. */
export function zonedToUtc(local: string, zone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isTimeZone(zone)) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  if (new Date(guess).getUTCDate() !== d) return null; // 31 February and friends
  // Two passes settle the offset across DST changes.
  let instant = guess - offsetAt(guess, zone);
  instant = guess - offsetAt(instant, zone);
  return new Date(instant);
}

/** The UTC instant as a `datetime-local` value ("2026-12-01T20:00") in `zone`. */
export function utcToZonedInput(instant: Date, zone: string): string {
  const p = Object.fromEntries(
    dateFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const yearIn = (instant: Date, zone: string) => dateFormat("en-GB", { timeZone: zone, year: "numeric" }).format(instant);

/** The show's year (in the venue's zone) when it is not the current one there; this year's dates go without. */
export function yearUnlessCurrent(instant: Date, zone: string, now = new Date()): string | null {
  const year = yearIn(instant, zone);
  return year === yearIn(now, zone) ? null : year;
}
