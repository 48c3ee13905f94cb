/**
 * Offline evaluation of the discovery recommender on synthetic listeners with
 * hidden taste clusters: 20% of each listener's follows are held out, the
 * recommender sees the rest, and we ask how many held-out creators its first
 * page finds (recall@10, NDCG@10) against a most-popular baseline. Also prints
 * the share of items from new creators and p95 time to build one page.
 * usage: npm run bench:discovery [-- creators listeners]
 */
import { assemblePage, rankCandidates, type Creator } from "@/lib/discovery/rank";
import { makeWorld } from "@/lib/discovery/synthetic";

const [creatorCount = 1500, listenerCount = 4000] = process.argv.slice(2).map(Number);
const now = new Date("2026-11-22T12:00:00Z");
const world = makeWorld({ creators: creatorCount, listeners: listenerCount, clusters: 12, followsPerListener: 20, seed: 42, now });

// Hold out 20% of each listener's follows.
const visible = new Map<string, Set<string>>();
const heldOut = new Map<string, Set<string>>();
for (const [u, set] of world.follows) {
  const list = [...set].sort();
  const cut = Math.max(1, Math.round(list.length * 0.2));
  heldOut.set(u, new Set(list.slice(0, cut)));
  visible.set(u, new Set(list.slice(cut)));
}
// Popularity as the platform would see it: visible follows (scaled to a bigger world).
const counts = new Map<string, number>();
for (const set of visible.values()) for (const c of set) counts.set(c, (counts.get(c) ?? 0) + 1);
const creators = new Map<string, Creator>([...world.creators].map(([id, c]) => [id, { ...c, followerCount: (counts.get(id) ?? 0) * 25 }]));
// Listeners by creator, to find co-followers quickly.
const fans = new Map<string, string[]>();
for (const [u, set] of visible) for (const c of set) fans.set(c, [...(fans.get(c) ?? []), u]);

const ndcg = (hits: boolean[], ideal: number) => {
  const dcg = hits.reduce((s, h, i) => s + (h ? 1 / Math.log2(i + 2) : 0), 0);
  const idcg = Array.from({ length: Math.min(ideal, hits.length) }, (_, i) => 1 / Math.log2(i + 2)).reduce((a, b) => a + b, 0);
  return idcg ? dcg / idcg : 0;
};

const popular = [...creators.values()].sort((a, b) => b.followerCount - a.followerCount || (a.id < b.id ? -1 : 1));
const sample = [...visible.keys()].filter((_, i) => i % Math.max(1, Math.floor(listenerCount / 500)) === 0).slice(0, 500);
const m = { rec: { recall: 0, ndcg: 0 }, pop: { recall: 0, ndcg: 0 }, newShare: 0, times: [] as number[] };
for (const u of sample) {
  const mine = visible.get(u)!;
  const target = heldOut.get(u)!;
  const started = performance.now();
  // The 400 listeners who share most of this listener's follows (the app does the same in SQL).
  const overlap = new Map<string, number>();
  for (const c of mine) for (const other of fans.get(c) ?? []) if (other !== u) overlap.set(other, (overlap.get(other) ?? 0) + 1);
  const coFollowers = new Map([...overlap].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 400).map(([other]) => [other, visible.get(other)!]));
  const ranked = rankCandidates({ viewer: { follows: mine, liked: new Map(), city: null, seen: new Set(), feedback: new Map() }, creators, items: world.items, neighbours: { coFollowers, coLikers: new Map(), social: new Map() }, now, seed: 1 });
  const page = assemblePage(ranked, 10);
  m.times.push(performance.now() - started);
  const hits = page.map((r) => target.has(r.creatorId));
  m.rec.recall += hits.filter(Boolean).length / Math.min(10, target.size);
  m.rec.ndcg += ndcg(hits, target.size);
  m.newShare += page.filter((r) => r.newCreator).length / page.length;
  const base = popular.filter((c) => !mine.has(c.id)).slice(0, 10).map((c) => target.has(c.id));
  m.pop.recall += base.filter(Boolean).length / Math.min(10, target.size);
  m.pop.ndcg += ndcg(base, target.size);
}
const n = sample.length;
const sorted = m.times.sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))].toFixed(2);
console.log(`discovery bench: ${creatorCount} creators, ${listenerCount} listeners in 12 hidden taste clusters, 20% of follows held out, ${n} listeners evaluated`);
console.log(`  recommender   recall@10 ${(m.rec.recall / n).toFixed(3)}   NDCG@10 ${(m.rec.ndcg / n).toFixed(3)}`);
console.log(`  most popular  recall@10 ${(m.pop.recall / n).toFixed(3)}   NDCG@10 ${(m.pop.ndcg / n).toFixed(3)}`);
console.log(`  new-creator share of impressions ${((m.newShare / n) * 100).toFixed(1)}% (floor 30%)`);
console.log(`  page build (neighbours + rank + assemble) p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms`);
