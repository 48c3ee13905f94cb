/**
 * A realistic synthetic world for the discovery bench, in the same raw format
 * as real data (so both go through the same conversion):
 * - popularity is a power law (Zipf over a random ranking of creators), so a
 *   few creators are followed by many and most by few: most-popular is a
 *   strong baseline here, as on real music data;
 * - tastes overlap: each listener mixes a main genre, a second one and some
 *   exploration, and creators may belong to two neighbouring genres;
 * - social ties follow taste and city, and friends influence each other: part
 *   of what a listener plays comes from what the people they follow play.
 */
import type { RawData } from "./data";

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws from weights by binary search over the cumulative sums. */
function sampler(weights: number[], random: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => (cum[i] = total += w));
  return () => {
    const x = random() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export type SyntheticOptions = { creators: number; listeners: number; genres?: number; seed?: number; now?: Date; playsPerListener?: number; friends?: number; influence?: number };

export function syntheticData(opts: SyntheticOptions): RawData {
  const random = rng(opts.seed ?? 42);
  const now = opts.now ?? new Date("2026-11-22T00:00:00Z");
  const G = opts.genres ?? 16;
  const playsPer = opts.playsPerListener ?? 40;
  const friendsPer = opts.friends ?? 8;
  const influence = opts.influence ?? 0.25;
  const genreWeight = Array.from({ length: G }, (_, g) => 1 / Math.sqrt(g + 1));
  const pickGenre = sampler(genreWeight, random);
  const cities = ["Berlin", "London", "Paris", "Lyon", "Lisbon", "Tokyo", "Chicago", "Lagos", "São Paulo", "Melbourne"];
  const pickCity = sampler(cities.map((_, i) => 1 / (i + 1)), random);

  // Creators: a random popularity rank gives a Zipf weight; new ones start smaller.
  const order = Array.from({ length: opts.creators }, (_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const creators: RawData["creators"] = [];
  const weight: number[] = [];
  const inGenre: number[][] = Array.from({ length: G }, () => []);
  for (let i = 0; i < opts.creators; i++) {
    const g = pickGenre();
    const tags = [`genre${g}`];
    if (random() < 0.35) tags.push(`genre${(g + 1) % G}`);
    const isNew = random() < 0.12;
    const ageDays = isNew ? 5 + Math.floor(random() * 80) : 120 + Math.floor(random() * 1500);
    creators.push({ id: `c${i}`, name: `Creator ${i}`, tags, firstSeen: new Date(now.getTime() - ageDays * 86_400_000) });
    weight.push((isNew ? 0.3 : 1) / Math.pow(order[i] + 1, 1.0));
    for (const t of tags) inGenre[Number(t.slice(5))].push(i);
  }
  const genrePick = inGenre.map((ids) => sampler(ids.map((i) => weight[i]), random));
  const anyCreator = sampler(weight, random);
  const drawIn = (g: number) => {
    const ids = inGenre[g];
    return ids.length ? ids[genrePick[g]()] : anyCreator();
  };

  // Listeners: a main genre, a second one, a city.
  const listeners: RawData["listeners"] = [];
  const taste: [number, number][] = [];
  const byGenre: number[][] = Array.from({ length: G }, () => []);
  const byCity: number[][] = cities.map(() => []);
  for (let u = 0; u < opts.listeners; u++) {
    const g1 = pickGenre();
    const g2 = random() < 0.5 ? (g1 + 1 + Math.floor(random() * 2)) % G : pickGenre();
    const city = pickCity();
    listeners.push({ id: `u${u}`, city: cities[city], country: null });
    taste.push([g1, g2]);
    byGenre[g1].push(u);
    byCity[city].push(u);
  }

  // Social ties: mostly people with the same main genre, some from the same city, a few anyone.
  const social: RawData["social"] = [];
  const followees: number[][] = listeners.map(() => []);
  listeners.forEach((l, u) => {
    const n = Math.max(1, Math.round(friendsPer * (0.3 + random() * 1.4)));
    const seen = new Set<number>([u]);
    const cityPool = byCity[cities.indexOf(l.city!)];
    for (let k = 0; k < n * 3 && followees[u].length < n; k++) {
      const r = random();
      const pool = r < 0.65 ? byGenre[taste[u][0]] : r < 0.85 ? cityPool : null;
      const v = pool ? pool[Math.floor(random() * pool.length)] : Math.floor(random() * listeners.length);
      if (seen.has(v)) continue;
      seen.add(v);
      followees[u].push(v);
      social.push({ follower: l.id, followee: `u${v}` });
    }
  });

  // Plays from taste first, then part of each listener's plays from the people they follow.
  const own: Map<number, number>[] = listeners.map((_, u) => {
    const m = new Map<number, number>();
    const n = Math.max(5, Math.round(playsPer * (1 - influence) * (0.5 + random())));
    for (let k = 0; k < n * 4 && m.size < n; k++) {
      const r = random();
      const [g1, g2] = taste[u];
      const c = r < 0.62 ? drawIn(g1) : r < 0.9 ? drawIn(g2) : anyCreator();
      const base = r < 0.62 ? 24 : r < 0.9 ? 12 : 4;
      m.set(c, (m.get(c) ?? 0) + 1 + Math.floor(-Math.log(1 - random()) * base));
    }
    return m;
  });
  const plays: RawData["plays"] = [];
  listeners.forEach((l, u) => {
    const m = new Map(own[u]);
    const friends = followees[u];
    const n = Math.round(playsPer * influence * (0.5 + random()));
    for (let k = 0; k < n && friends.length; k++) {
      const theirs = [...own[friends[Math.floor(random() * friends.length)]]];
      if (!theirs.length) continue;
      const pick = sampler(theirs.map(([, count]) => count), random);
      const [c] = theirs[pick()];
      m.set(c, (m.get(c) ?? 0) + 1 + Math.floor(-Math.log(1 - random()) * 18));
    }
    for (const [c, count] of m) plays.push({ listener: l.id, creator: `c${c}`, count });
  });
  return { creators, listeners, plays, social, tags: [] };
}
