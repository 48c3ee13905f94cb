/**
 * The discovery bench's protocol: a per-listener holdout of 20% of follows
 * (fixed seed), every method fitted on the rest, and for each evaluated
 * listener the first page of 10 scored against the held-out follows.
 *
 * "New creator" (the 30% floor, and newShare): a creator outside the top 20%
 * by listeners (the long tail), or, where the data has dates, one first seen in
 * the last 90 days before the newest date in the data.
 */
import { hashUnit } from "../rank";
import type { EvalWorld } from "./data";
import type { Method, Rec, Split } from "./methods";

export const HOLDOUT = 0.2;
export const PAGE = 10;
export const MIN_FOLLOWS = 5;
export const COLD_KEEP = 3;

export type Mode = "holdout" | "cold";

export function makeSplit(world: EvalWorld, opts: { mode?: Mode; seed?: number; sample?: number } = {}): Split {
  const mode = opts.mode ?? "holdout";
  const seed = opts.seed ?? 42;
  const eligible = [...world.follows].filter(([, list]) => list.length >= MIN_FOLLOWS).map(([u]) => u);
  const evaluated = eligible
    .map((u) => [u, hashUnit(seed, `pick:${u}`)] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, opts.sample ?? 1000)
    .map(([u]) => u)
    .sort();
  const chosen = new Set(evaluated);
  const follows = new Map<string, string[]>();
  const likes = new Map(world.likes);
  const social = new Map(world.social);
  const heldOut = new Map<string, Set<string>>();
  for (const [u, list] of world.follows) {
    if (mode === "cold") {
      if (!chosen.has(u)) {
        follows.set(u, list);
        continue;
      }
      // Signed up today: the three artists picked at sign-up, no plays, nobody followed yet.
      follows.set(u, list.slice(0, COLD_KEEP));
      heldOut.set(u, new Set(list.slice(COLD_KEEP)));
      likes.set(u, new Map());
      social.set(u, new Set());
      continue;
    }
    if (list.length < MIN_FOLLOWS) {
      follows.set(u, list);
      continue;
    }
    const cut = Math.max(1, Math.round(list.length * HOLDOUT));
    const shuffled = [...list].sort((a, b) => hashUnit(seed, `${u}:${a}`) - hashUnit(seed, `${u}:${b}`) || (a < b ? -1 : 1));
    const out = new Set(shuffled.slice(0, cut));
    heldOut.set(u, out);
    follows.set(u, list.filter((c) => !out.has(c)));
  }
  const known = new Map<string, Set<string>>();
  for (const u of new Set([...follows.keys(), ...likes.keys()])) known.set(u, new Set([...(follows.get(u) ?? []), ...(likes.get(u)?.keys() ?? [])]));
  const listenerCount = new Map<string, number>([...world.creators.keys()].map((c) => [c, 0]));
  for (const set of known.values()) for (const c of set) listenerCount.set(c, (listenerCount.get(c) ?? 0) + 1);
  // The head: the top 20% of creators by listeners; everyone else is the long tail.
  const ranked = [...listenerCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const head = new Set(ranked.slice(0, Math.ceil(ranked.length * 0.2)).map(([c]) => c));
  const dates = [...world.creators.values()].map((c) => c.firstSeen?.getTime()).filter((t): t is number => t !== undefined);
  const newest = dates.length ? Math.max(...dates) : null;
  const recent = (id: string) => {
    const t = world.creators.get(id)?.firstSeen?.getTime();
    return newest !== null && t !== undefined && newest - t < 90 * 86_400_000;
  };
  return {
    world,
    follows,
    likes,
    social,
    known,
    heldOut,
    evaluated: evaluated.filter((u) => heldOut.get(u)?.size),
    listenerCount,
    isNew: (id) => !head.has(id) || recent(id),
    isPopular: (id) => head.has(id),
  };
}

export function ndcgAt(hits: boolean[], relevant: number): number {
  const dcg = hits.reduce((s, h, i) => s + (h ? 1 / Math.log2(i + 2) : 0), 0);
  let idcg = 0;
  for (let i = 0; i < Math.min(relevant, hits.length); i++) idcg += 1 / Math.log2(i + 2);
  return idcg ? dcg / idcg : 0;
}

/**
 * Checks a reason against the training data that produced the item, not the
 * ranker's own structures: returns null when true, else what is wrong.
 */
export type Facts = { fans: Map<string, Set<string>>; named: Map<string, string[]> };

/** Who listens to each creator, and creators by name, from the training data. */
export function factsOf(split: Split): Facts {
  const fans = new Map<string, Set<string>>();
  for (const [u, set] of split.known) for (const c of set) fans.set(c, (fans.get(c) ?? new Set()).add(u));
  const named = new Map<string, string[]>();
  for (const c of split.world.creators.values()) named.set(c.name, [...(named.get(c.name) ?? []), c.id]);
  return { fans, named };
}

export function falseReason(split: Split, u: string, rec: Rec, facts: Facts): string | null {
  const r = rec.reason;
  if (!r) return null;
  const c = rec.creatorId;
  const creator = split.world.creators.get(c);
  const { fans } = facts;
  const byName = (name: string) => facts.named.get(name) ?? [];
  const together = (a: string, b: string) => {
    const fa = fans.get(a);
    const fb = fans.get(b);
    if (!fa || !fb) return false;
    for (const v of fa) if (v !== u && fb.has(v)) return true;
    return false;
  };
  const follows = new Set(split.follows.get(u) ?? []);
  const likes = split.likes.get(u) ?? new Map<string, number>();
  let m: RegExpMatchArray | null;
  if ((m = r.match(/^Because you follow (.+)$/))) return byName(m[1]).some((x) => follows.has(x) && together(x, c)) ? null : `no creator named ${m[1]} that you follow shares listeners with ${c}`;
  if ((m = r.match(/^Because you liked (.+)$/))) return byName(m[1]).some((x) => likes.has(x) && together(x, c)) ? null : `no creator named ${m[1]} that you play shares listeners with ${c}`;
  if ((m = r.match(/^Fans of artists you follow listen to (.+)$/))) return [...follows].some((x) => together(x, c)) ? null : "no co-follower";
  if (r.startsWith("Followed by")) {
    const people = [...(split.social.get(u) ?? [])].filter((v) => (split.follows.get(v) ?? []).includes(c));
    const named = (name: string) => people.includes(name);
    if ((m = r.match(/^Followed by (\d+) people you follow$/))) return people.length === Number(m[1]) ? null : `${people.length} people, not ${m[1]}`;
    if (r === "Followed by someone you follow") return people.length === 1 ? null : `${people.length} people`;
    if ((m = r.match(/^Followed by (.+), who you follow$/)) && !m[1].includes(" and ")) return people.length === 1 && named(m[1]) ? null : "not that one person";
    if ((m = r.match(/^Followed by (.+) and (.+), who you follow$/))) return people.length === 2 && named(m[1]) && named(m[2]) ? null : "not those two people";
    if ((m = r.match(/^Followed by (.+) and (\d+) others? you follow$/))) return people.length === Number(m[2]) + 1 && named(m[1]) ? null : `${people.length} people`;
    return "unrecognised social reason";
  }
  if ((m = r.match(/^More (.+)$/))) {
    const tag = m[1];
    const mine = [...follows, ...likes.keys()].some((x) => split.world.creators.get(x)?.tags.includes(tag));
    return creator?.tags.includes(tag) && mine ? null : `${c} is not ${tag} or you follow no ${tag}`;
  }
  if ((m = r.match(/^New artist in (.+)$/))) return split.isNew(c) && (creator?.tags.length ? creator.tags.some((t) => m![1].endsWith(t)) : m[1] === "music") ? null : `${c} is not a new ${m[1]} artist`;
  if (r === "Popular on Chorus") return split.isPopular(c) ? null : `${c} is in the long tail`;
  if (r === "Picked to widen your mix") return null;
  return `unrecognised reason "${r}"`;
}

export type Result = { recall10: number; ndcg10: number; newShare: number; coverage: number; p95ms: number; falseReasons: number; reasons: number };

export function evaluate(split: Split, method: Method): Result & { fitMs: number; examples: string[] } {
  const t0 = performance.now();
  const rec = method.fit(split);
  const fitMs = performance.now() - t0;
  const facts = factsOf(split);
  let recall = 0;
  let ndcg = 0;
  let fresh = 0;
  let shown = 0;
  let falseReasons = 0;
  let reasons = 0;
  const covered = new Set<string>();
  const times: number[] = [];
  const examples: string[] = [];
  for (const u of split.evaluated) {
    const target = split.heldOut.get(u)!;
    const started = performance.now();
    const page = rec(u, PAGE);
    times.push(performance.now() - started);
    const hits = page.map((r) => target.has(r.creatorId));
    recall += hits.filter(Boolean).length / Math.min(PAGE, target.size);
    ndcg += ndcgAt(hits, target.size);
    for (const r of page) {
      covered.add(r.creatorId);
      shown++;
      if (split.isNew(r.creatorId)) fresh++;
      if (r.reason) {
        reasons++;
        const wrong = falseReason(split, u, r, facts);
        if (wrong) {
          falseReasons++;
          if (examples.length < 5) examples.push(`${u} -> ${r.creatorId}: "${r.reason}" (${wrong})`);
        }
      }
    }
  }
  const n = Math.max(1, split.evaluated.length);
  times.sort((a, b) => a - b);
  return {
    recall10: recall / n,
    ndcg10: ndcg / n,
    newShare: shown ? fresh / shown : 0,
    coverage: covered.size / Math.max(1, split.world.creators.size),
    p95ms: times.length ? times[Math.min(times.length - 1, Math.floor(0.95 * times.length))] : 0,
    falseReasons,
    reasons,
    fitMs,
    examples,
  };
}
