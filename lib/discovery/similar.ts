/**
 * Creator-to-creator neighbours from co-follows: cosine similarity between the
 * sets of listeners of two creators, keeping the best `k` per creator. This is
 * what Discover precomputes on a schedule (see lib/discovery/similar-store.ts)
 * so a page never scans every follow; the bench uses the same function for its
 * item-kNN baseline and for Chorus's candidates.
 *
 * Work is the sum over listeners of (follows per listener)^2, so 1M follows in
 * sets of 10 is about 10M steps.
 */
export type Similar = Map<string, Map<string, number>>;

export type SimilarOptions = {
  k?: number;
  minCommon?: number;
  /**
   * cosine: shared listeners / sqrt(listeners of each).
   * walk: a two-step random walk creator -> listener -> creator (each listener
   * weighs 1 / how many they follow), damped by the target's popularity^beta
   * (RP3beta), which finds smaller creators cosine misses.
   */
  kind?: "cosine" | "walk";
  beta?: number;
};

/** What Discover keeps per creator (the app's scheduled refresh and the bench's Chorus use the same). */
export const NEIGHBOURS: SimilarOptions = { k: 50, kind: "walk", beta: 0.5 };

export function similarCreators(sets: Iterable<Iterable<string>>, opts: SimilarOptions = {}): Similar {
  const k = opts.k ?? 50;
  const walk = opts.kind === "walk";
  const beta = opts.beta ?? 0.5;
  const minCommon = opts.minCommon ?? 1;
  // Intern creator ids so the inner loop works on numbers.
  const index = new Map<string, number>();
  const names: string[] = [];
  const lists: Int32Array[] = [];
  for (const set of sets) {
    const ids: number[] = [];
    for (const c of set) {
      let i = index.get(c);
      if (i === undefined) {
        i = names.length;
        index.set(c, i);
        names.push(c);
      }
      ids.push(i);
    }
    if (ids.length) lists.push(Int32Array.from(ids));
  }
  const n = names.length;
  const fansCount = new Int32Array(n);
  const byCreator: number[][] = Array.from({ length: n }, () => []);
  lists.forEach((l, u) => {
    for (const c of l) {
      fansCount[c] += 1;
      byCreator[c].push(u);
    }
  });
  const co = new Int32Array(n);
  const mass = new Float64Array(n);
  const touched: number[] = [];
  const out: Similar = new Map();
  for (let c = 0; c < n; c++) {
    for (const u of byCreator[c]) {
      const step = 1 / lists[u].length;
      for (const d of lists[u]) {
        if (d === c) continue;
        if (co[d] === 0) touched.push(d);
        co[d] += 1;
        mass[d] += step;
      }
    }
    const scored: [number, number][] = [];
    for (const d of touched) {
      if (co[d] >= minCommon) scored.push([d, walk ? mass[d] / fansCount[c] / Math.pow(fansCount[d], beta) : co[d] / Math.sqrt(fansCount[c] * fansCount[d])]);
      co[d] = 0;
      mass[d] = 0;
    }
    touched.length = 0;
    scored.sort((a, b) => b[1] - a[1] || (names[a[0]] < names[b[0]] ? -1 : 1));
    if (scored.length) out.set(names[c], new Map(scored.slice(0, k).map(([d, s]) => [names[d], s])));
  }
  return out;
}

/**
 * Scores every creator reachable from `seeds` (creator -> weight) through the
 * neighbour lists, and remembers which seed contributed most to each (the
 * "Because you follow X" of the reason).
 */
export function scoreFromSimilar(similar: Similar, seeds: Map<string, number>, exclude: Set<string>): Map<string, { score: number; via: string; viaScore: number }> {
  const out = new Map<string, { score: number; via: string; viaScore: number }>();
  for (const [seed, weight] of seeds) {
    const row = similar.get(seed);
    if (!row) continue;
    for (const [c, s] of row) {
      if (exclude.has(c)) continue;
      const v = s * weight;
      const e = out.get(c);
      if (!e) out.set(c, { score: v, via: seed, viaScore: v });
      else {
        e.score += v;
        if (v > e.viaScore || (v === e.viaScore && seed < e.via)) {
          e.via = seed;
          e.viaScore = v;
        }
      }
    }
  }
  return out;
}
