/**
 * A year in the life of the demo artist (Nova Lane), so Studio has something to
 * show on first start: fans in many cities who followed over the months (from
 * search, discover, the app and the Follow button on two websites), a few who left
 * again, and months of plays that grow, dip at weekends and jump with each release.
 * Plain rows for the seed's one transaction; the rollups are built from them after.
 */
import type * as s from "../schema";
import type { Random } from "./random";
import { CITIES, FAN_NAMES, FAN_WEBSITES } from "./world";

const DAY = 86_400_000;

/** Per day and track: plays heard to the end, and listens skipped before they counted (no raw rows keep these). */
export type ListenEnds = { day: Date; trackId: string; completions: number; skips: number }[];

type Rows = {
  users: (typeof s.users.$inferInsert)[];
  profiles: (typeof s.profiles.$inferInsert)[];
  follows: (typeof s.follows.$inferInsert)[];
  followEvents: (typeof s.followEvents.$inferInsert)[];
  plays: (typeof s.plays.$inferInsert)[];
  ends: ListenEnds;
};

export function artistHistory(rnd: Random, input: { artistId: string; trackIds: string[]; releaseDays: number[]; now: Date; fans?: number; days?: number }): Rows {
  const rows: Rows = { users: [], profiles: [], follows: [], followEvents: [], plays: [], ends: [] };
  // Some tracks hold listeners to the end more than others.
  const holds = new Map(input.trackIds.map((id, i) => [id, 0.75 - (i % 4) * 0.09]));
  const fans = input.fans ?? 260;
  const days = input.days ?? 365;
  // Most fans live in a few cities: where the artist is big, and where they should tour.
  const cityWeights = CITIES.map((_, i) => (i === 0 ? 9 : i === 2 ? 6 : i === 1 ? 5 : i === 13 ? 4 : 1.2));
  const pickCity = () => {
    let r = rnd.next() * cityWeights.reduce((a, b) => a + b, 0);
    for (const [i, w] of cityWeights.entries()) if ((r -= w) <= 0) return CITIES[i];
    return CITIES[0];
  };
  // When each fan started listening: around when they followed.
  const fanStarts: { id: string; startDaysAgo: number }[] = [];
  for (let i = 0; i < fans; i++) {
    const first = FAN_NAMES.first[i % FAN_NAMES.first.length];
    const last = FAN_NAMES.last[Math.floor(i / FAN_NAMES.first.length) % FAN_NAMES.last.length];
    const city = pickCity();
    const joined = new Date(input.now.getTime() - rnd.int(days, days + 400) * DAY);
    const userId = rnd.id();
    rows.users.push({ id: userId, email: `fan${i}@seed.chorus.test`, name: `${first} ${last}`, country: city.country, city: city.city, createdAt: joined });
    const id = rnd.id();
    const handle = `${first}${last}`.normalize("NFD").replace(/[^A-Za-z]/g, "").toLowerCase() + (i >= FAN_NAMES.first.length * FAN_NAMES.last.length ? i : "");
    rows.profiles.push({ id, ownerId: userId, kind: "listener", handle: `${handle}_${i}`, name: `${first} ${last}`, city: city.city, country: city.country, createdAt: joined, updatedAt: joined });
    // Followed at some point in the year, more of them lately.
    const followedDaysAgo = Math.floor(Math.pow(rnd.next(), 1.6) * days);
    fanStarts.push({ id, startDaysAgo: Math.min(days - 1, followedDaysAgo + rnd.int(0, 14)) });
    const at = new Date(input.now.getTime() - followedDaysAgo * DAY - rnd.int(0, 23) * 3_600_000);
    const roll = rnd.next();
    const source = roll < 0.45 ? "app" : roll < 0.6 ? "search" : roll < 0.8 ? "discovery" : "embed";
    if (i % 17 === 5) {
      // Followed, then left again.
      rows.followEvents.push({ followerId: id, followeeId: input.artistId, kind: "unfollowed", at: new Date(at.getTime() + rnd.int(2, 20) * DAY) });
      continue;
    }
    rows.follows.push({ followerId: id, followeeId: input.artistId, source, sourceOrigin: source === "embed" ? FAN_WEBSITES[rnd.next() < 0.7 ? 0 : 1] : null, createdAt: at });
  }
  // Plays: growing, quieter at weekends, a burst after each release; from fans who have found the music by then.
  fanStarts.sort((a, b) => b.startDaysAgo - a.startDaysAgo);
  for (let d = days - 1; d >= 0; d--) {
    let listening = 0;
    while (listening < fanStarts.length && fanStarts[listening].startDaysAgo >= d) listening++;
    const day = new Date(input.now.getTime() - d * DAY);
    const growth = 8 + ((days - d) / days) * 30;
    const weekend = [0, 6].includes(day.getUTCDay()) ? 0.7 : 1;
    const burst = input.releaseDays.some((r) => d <= r && d > r - 10) ? 2.2 : 1;
    const count = Math.round(growth * weekend * burst * (0.8 + rnd.next() * 0.4));
    const ends = new Map<string, { completions: number; skips: number }>();
    for (let p = 0; p < count; p++) {
      const anonymous = listening === 0 || rnd.next() < 0.25;
      // Regulars come back: the earliest fans make most plays, and the newest ones drop by.
      const listenerId = anonymous ? null : fanStarts[Math.floor(Math.pow(rnd.next(), 1.5) * listening)].id;
      const trackId = input.trackIds[Math.floor(Math.pow(rnd.next(), 1.8) * input.trackIds.length)];
      const roll = rnd.next();
      const at = new Date(day.getTime() - rnd.int(0, 86_399) * 1000);
      rows.plays.push({ trackId, listenerId, source: roll < 0.6 ? "app" : roll < 0.85 ? "discovery" : "embed", at: at > input.now ? input.now : at });
      const e = ends.get(trackId) ?? { completions: 0, skips: 0 };
      if (rnd.next() < (holds.get(trackId) ?? 0.6)) e.completions++;
      if (rnd.next() < 0.22) e.skips++;
      ends.set(trackId, e);
    }
    for (const [trackId, e] of ends) rows.ends.push({ day: new Date(Math.min(day.getTime(), input.now.getTime())), trackId, ...e });
  }
  return rows;
}
