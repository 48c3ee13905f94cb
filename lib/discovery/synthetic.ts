/**
 * Synthetic worlds for the recommender's tests and bench: creators in genre
 * clusters, listeners with a hidden favourite cluster who follow mostly inside
 * it (with a popularity skew), and one recent item per creator.
 */
import type { Creator, Item } from "./rank";
import { hashUnit } from "./rank";

export type World = { creators: Map<string, Creator>; items: Item[]; follows: Map<string, Set<string>>; taste: Map<string, number>; clusterOf: Map<string, number> };

export function makeWorld(opts: { creators: number; listeners: number; clusters: number; followsPerListener: number; seed: number; now: Date }): World {
  const { now, seed } = opts;
  const genres = Array.from({ length: opts.clusters }, (_, i) => `genre${i}`);
  const cities = ["Berlin", "London", "Paris", "Tokyo", "Lisbon"];
  const creators = new Map<string, Creator>();
  const clusterOf = new Map<string, number>();
  const byCluster: string[][] = genres.map(() => []);
  for (let i = 0; i < opts.creators; i++) {
    const id = `c${i}`;
    const cluster = i % opts.clusters;
    const r = hashUnit(seed, `pop${i}`);
    // A long tail: a few big creators, many small and new ones.
    const followerCount = Math.floor(20 + 60_000 * Math.pow(r, 6));
    const ageDays = 10 + Math.floor(hashUnit(seed, `age${i}`) * 900);
    creators.set(id, { id, name: `Creator ${i}`, city: cities[i % cities.length], genres: [genres[cluster]], followerCount, createdAt: new Date(now.getTime() - ageDays * 86_400_000) });
    clusterOf.set(id, cluster);
    byCluster[cluster].push(id);
  }
  const items: Item[] = [...creators.values()].map((c, i) => ({ key: `video:v${i}`, type: i % 3 ? "video" : "track", id: `v${i}`, creatorId: c.id, createdAt: new Date(now.getTime() - Math.floor(hashUnit(seed, `made${i}`) * 30) * 86_400_000) }));
  const follows = new Map<string, Set<string>>();
  const taste = new Map<string, number>();
  for (let u = 0; u < opts.listeners; u++) {
    const id = `u${u}`;
    const fav = Math.floor(hashUnit(seed, `taste${u}`) * opts.clusters);
    taste.set(id, fav);
    const set = new Set<string>();
    for (let k = 0; set.size < opts.followsPerListener && k < opts.followsPerListener * 20; k++) {
      const inCluster = hashUnit(seed, `in${u}:${k}`) < 0.85;
      const pool = inCluster ? byCluster[fav] : [...creators.keys()];
      // Squared draw: popular (low index by popularity) creators are followed more.
      const sorted = pool;
      const pick = sorted[Math.floor(Math.pow(hashUnit(seed, `pick${u}:${k}`), 1.5) * sorted.length)];
      set.add(pick);
    }
    follows.set(id, set);
  }
  return { creators, items, follows, taste, clusterOf };
}
