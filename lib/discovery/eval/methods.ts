/**
 * What the discovery bench compares, all fitted on the same training split and
 * held to the same rule (never recommend what the listener already follows or
 * plays):
 * - popular: most listeners first;
 * - item-knn: cosine similarity on co-follows, top 100 neighbours per creator;
 * - user-knn: the listener's social graph, each person they follow weighted
 *   by how much taste they share;
 * - ease: Steck's EASE, closed form, on the most-followed creators (see EASE_ITEMS);
 * - chorus: the app's own ranking (lib/discovery/rank.ts) over candidates from
 *   precomputed neighbours, with and without the new-creator floor.
 */
import { assemblePage, rankCandidates, type Creator, type Item, type Ranked } from "../rank";
import { NEIGHBOURS, scoreFromSimilar, similarCreators, type Similar } from "../similar";
import type { EvalWorld } from "./data";

export type Split = {
  world: EvalWorld;
  /** Training follows (best first) per listener, after the holdout. */
  follows: Map<string, string[]>;
  likes: Map<string, Map<string, number>>;
  social: Map<string, Set<string>>;
  /** Everything a listener is known to follow or play in training (never recommended back). */
  known: Map<string, Set<string>>;
  heldOut: Map<string, Set<string>>;
  evaluated: string[];
  /** Listeners per creator in training. */
  listenerCount: Map<string, number>;
  isNew: (id: string) => boolean;
  isPopular: (id: string) => boolean;
};

export type Rec = { creatorId: string; reason?: string; source?: string };
export type Recommender = (listener: string, k: number) => Rec[];
export type Method = { name: string; fit: (split: Split) => Recommender };

function topK(scores: Map<string, number>, k: number, skip: Set<string>, fill: string[]): string[] {
  const out = [...scores].filter(([c]) => !skip.has(c)).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([c]) => c);
  for (const c of fill) {
    if (out.length >= k) break;
    if (!skip.has(c) && !out.includes(c)) out.push(c);
  }
  return out;
}

const byPopularity = (split: Split) => [...split.listenerCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([c]) => c);

export const popular: Method = {
  name: "popular",
  fit(split) {
    const order = byPopularity(split);
    return (u, k) => topK(new Map(), k, split.known.get(u) ?? new Set(), order).map((creatorId) => ({ creatorId }));
  },
};

export function itemKnn(neighbours = 100): Method {
  return {
    name: "item-knn",
    fit(split) {
      const order = byPopularity(split);
      const similar = similarCreators(split.known.values(), { k: neighbours });
      return (u, k) => {
        const known = split.known.get(u) ?? new Set<string>();
        const scores = scoreFromSimilar(similar, new Map([...known].map((c) => [c, 1])), known);
        return topK(new Map([...scores].map(([c, e]) => [c, e.score])), k, known, order).map((creatorId) => ({ creatorId }));
      };
    },
  };
}

const cosine = (a: Set<string>, b: Set<string>) => {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
};

export const userKnn: Method = {
  name: "user-knn",
  fit(split) {
    const order = byPopularity(split);
    return (u, k) => {
      const known = split.known.get(u) ?? new Set<string>();
      const scores = new Map<string, number>();
      for (const v of split.social.get(u) ?? []) {
        const theirs = split.known.get(v);
        if (!theirs) continue;
        const w = 0.05 + cosine(known, theirs);
        for (const c of theirs) scores.set(c, (scores.get(c) ?? 0) + w);
      }
      return topK(scores, k, known, order).map((creatorId) => ({ creatorId }));
    };
  },
};

/** EASE works on a dense creator x creator matrix, so on the EASE_ITEMS most-followed creators. */
export const EASE_ITEMS = 2000;

/** In-place inverse of a symmetric positive definite matrix (Gauss-Jordan; no pivoting needed). */
export function invertSpd(a: Float64Array, n: number): Float64Array {
  for (let k = 0; k < n; k++) {
    const rk = k * n;
    const p = a[rk + k];
    a[rk + k] = 1;
    for (let j = 0; j < n; j++) a[rk + j] /= p;
    for (let i = 0; i < n; i++) {
      if (i === k) continue;
      const ri = i * n;
      const f = a[ri + k];
      if (f === 0) continue;
      a[ri + k] = 0;
      for (let j = 0; j < n; j++) a[ri + j] -= f * a[rk + j];
    }
  }
  return a;
}

export function ease(lambda: number): Method {
  return {
    name: "ease",
    fit(split) {
      const order = byPopularity(split);
      const items = order.slice(0, EASE_ITEMS);
      const index = new Map(items.map((c, i) => [c, i]));
      const n = items.length;
      const g = new Float64Array(n * n);
      for (const set of split.known.values()) {
        const ids = [...set].map((c) => index.get(c)).filter((i): i is number => i !== undefined);
        for (const i of ids) for (const j of ids) g[i * n + j] += 1;
      }
      for (let i = 0; i < n; i++) g[i * n + i] += lambda;
      const p = invertSpd(g, n);
      // B = -P / diag(P), zero diagonal; rows are read for each known creator.
      const b = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) b[i * n + j] = i === j ? 0 : -p[i * n + j] / p[j * n + j];
      return (u, k) => {
        const known = split.known.get(u) ?? new Set<string>();
        const s = new Float64Array(n);
        for (const c of known) {
          const i = index.get(c);
          if (i === undefined) continue;
          for (let j = 0; j < n; j++) s[j] += b[i * n + j];
        }
        const scores = new Map<string, number>();
        for (let j = 0; j < n; j++) if (s[j] !== 0) scores.set(items[j], s[j]);
        return topK(scores, k, known, order).map((creatorId) => ({ creatorId }));
      };
    },
  };
}

/** The precomputed part of Chorus: creator neighbours, as the app refreshes them on a schedule. */
export function chorusNeighbours(split: Split): { similar: Similar; fans: Map<string, string[]> } {
  const similar = similarCreators(split.known.values(), NEIGHBOURS);
  const fans = new Map<string, string[]>();
  for (const [u, list] of split.follows) for (const c of list) fans.set(c, [...(fans.get(c) ?? []), u]);
  return { similar, fans };
}

const OLD = new Date("2000-01-01T00:00:00Z");

export function chorus(opts: { floor: boolean; pre?: ReturnType<typeof chorusNeighbours> }): Method {
  return {
    name: opts.floor ? "chorus" : "chorus-nofloor",
    fit(split) {
      const { similar, fans } = opts.pre ?? chorusNeighbours(split);
      const order = byPopularity(split);
      const creatorOf = (id: string): Creator | null => {
        const c = split.world.creators.get(id);
        return c ? { id, name: c.name, city: null, genres: c.tags, followerCount: split.listenerCount.get(id) ?? 0, createdAt: c.firstSeen ?? OLD } : null;
      };
      // The new creators most listened to, per tag: the pool the floor draws from.
      const newByTag = new Map<string, string[]>();
      for (const c of order) {
        if (!split.isNew(c)) continue;
        for (const t of split.world.creators.get(c)?.tags ?? ["-"]) {
          const list = newByTag.get(t) ?? [];
          if (list.length < 50) newByTag.set(t, [...list, c]);
        }
      }
      const now = new Date("2026-11-22T00:00:00Z");
      return (u, k) => {
        const mine = new Set(split.follows.get(u) ?? []);
        const liked = split.likes.get(u) ?? new Map<string, number>();
        const known = split.known.get(u) ?? new Set<string>();
        // Co-followers: the 300 listeners sharing most follows (the first 1,000 fans of each creator looked at).
        const overlap = new Map<string, number>();
        for (const c of mine) for (const v of (fans.get(c) ?? []).slice(0, 1000)) if (v !== u) overlap.set(v, (overlap.get(v) ?? 0) + 1);
        const buckets: string[][] = Array.from({ length: mine.size + 1 }, () => []);
        for (const [v, n] of overlap) buckets[n].push(v);
        const coFollowers = new Map<string, Set<string>>();
        for (let n = mine.size; n > 0 && coFollowers.size < 300; n--) for (const v of buckets[n].sort()) if (coFollowers.size < 300) coFollowers.set(v, new Set(split.follows.get(v) ?? []));
        // Social: how many of the people you follow follow each creator.
        const social = new Map<string, number>();
        const socialScore = new Map<string, number>();
        const socialNames = new Map<string, string[]>();
        for (const v of split.social.get(u) ?? []) {
          const w = 0.05 + cosine(known, split.known.get(v) ?? new Set());
          for (const c of split.follows.get(v) ?? []) {
            social.set(c, (social.get(c) ?? 0) + 1);
            socialScore.set(c, (socialScore.get(c) ?? 0) + w);
            const names = socialNames.get(c) ?? [];
            if (names.length < 2) socialNames.set(c, [...names, v]);
          }
        }
        // Candidates: neighbours of what you follow and like, what your people follow, what co-followers follow, new creators in your tags, and the most popular.
        const candidates = new Set<string>();
        const seeds = new Map<string, number>([...mine].map((c) => [c, 1]));
        for (const c of liked.keys()) seeds.set(c, 0.5);
        for (const [c] of [...scoreFromSimilar(similar, seeds, known)].sort((a, b) => b[1].score - a[1].score).slice(0, 300)) candidates.add(c);
        for (const c of social.keys()) candidates.add(c);
        // What co-followers follow: the 300 with the most weighted votes.
        const votes = new Map<string, number>();
        for (const set of coFollowers.values()) {
          let shared = 0;
          for (const c of set) if (mine.has(c)) shared++;
          for (const c of set) if (!known.has(c)) votes.set(c, (votes.get(c) ?? 0) + shared * shared);
        }
        for (const [c] of [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 300)) candidates.add(c);
        const tags = new Set([...mine].flatMap((c) => split.world.creators.get(c)?.tags ?? []));
        for (const t of tags) for (const c of newByTag.get(t) ?? []) candidates.add(c);
        for (const c of order.slice(0, 100)) candidates.add(c);
        for (const c of known) candidates.delete(c);
        const creators = new Map<string, Creator>();
        for (const id of [...candidates, ...mine, ...liked.keys()]) {
          const c = creatorOf(id);
          if (c) creators.set(id, c);
        }
        const items: Item[] = [...candidates].map((c) => ({ key: `creator:${c}`, type: "track", id: c, creatorId: c, createdAt: OLD }));
        const ranked: Ranked[] = rankCandidates({
          viewer: { follows: mine, liked, city: split.world.listeners.get(u)?.city ?? null, seen: new Set(), feedback: new Map() },
          creators,
          items,
          neighbours: { coFollowers, coLikers: new Map(), social, socialScore, socialNames, similar },
          now,
          seed: 1,
          isNew: (c) => split.isNew(c.id),
          isPopular: (c) => split.isPopular(c.id),
        });
        return assemblePage(ranked, k, { newShare: opts.floor ? undefined : 0 }).map((r) => ({ creatorId: r.creatorId, reason: r.reason, source: r.source }));
      };
    },
  };
}
