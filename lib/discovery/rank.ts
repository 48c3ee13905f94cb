/**
 * The discovery recommender, pure and deterministic: the same inputs and seed
 * give the same page. Candidate sources (each item keeps the one that chose it,
 * as its reason): people you follow follow them (social), co-follow and co-like
 * neighbours, genre and city affinity, new creators, and popularity. Ranking
 * blends them, learns per creator from feedback recorded on impressions, then
 * assembles a page under two rules: at least 30% of items from new creators,
 * and no creator twice in any 5 consecutive items.
 */

import { createTranslator } from "next-intl";
import { en } from "@/lib/i18n/messages";
import { scoreFromSimilar, type Similar } from "./similar";

export type Creator = { id: string; name: string; city: string | null; genres: string[]; followerCount: number; createdAt: Date };
export type Item = { key: string; type: "video" | "track"; id: string; creatorId: string; createdAt: Date };
export type Feedback = { shown: number; skips: number; watchedMs: number; likes: number; follows: number };
export type Viewer = {
  follows: Set<string>;
  /** Creators whose tracks the viewer liked, with how many. */
  liked: Map<string, number>;
  city: string | null;
  /** Item keys already shown this week. */
  seen: Set<string>;
  feedback: Map<string, Feedback>;
  /** Genres the listener said they like (sign-up answers); each counts like two follows in that genre. */
  genres?: string[];
};
export type Neighbours = {
  /** Other listeners' follow sets, for listeners who share at least one follow with the viewer. */
  coFollowers: Map<string, Set<string>>;
  /** Other listeners' liked creators, for listeners who liked at least one creator the viewer liked. */
  coLikers: Map<string, Set<string>>;
  /** How many of the profiles the viewer follows follow each creator. */
  social: Map<string, number>;
  /** Optional: the social vote weighted by how much taste you share with each person (the count stays for the reason). */
  socialScore?: Map<string, number>;
  /** For the reason: names of (up to two) people you follow who follow the creator. */
  socialNames?: Map<string, string[]>;
  /** Precomputed creator neighbours (lib/discovery/similar.ts) of what the viewer follows and likes. */
  similar?: Similar;
};
export type Source = "social" | "similar" | "co_follow" | "co_like" | "genre" | "city" | "new" | "popular" | "explore";
export type Ranked = Item & { score: number; source: Source; reason: string; why: Why; newCreator: boolean };

export const NEW_CREATOR_DAYS = 90;
export const NEW_CREATOR_FOLLOWERS = 1000;
export const NEW_SHARE = 0.3;
export const DIVERSITY_WINDOW = 5;

/**
 * How much each source counts, tuned on the realistic synthetic world of
 * bench/discovery.ts (seed 7; the bench reports on seed 42 and on real data).
 */
export const WEIGHTS = { similar: 1.0, social: 0.25, co_follow: 1.0, co_like: 0.3, genre: 0.25, city: 0.15, new: 0.1, popular: 0.5, recency: 0.2 };

export function isNewCreator(c: Creator, now: Date): boolean {
  return c.followerCount < NEW_CREATOR_FOLLOWERS || now.getTime() - c.createdAt.getTime() < NEW_CREATOR_DAYS * 86_400_000;
}

/** A stable pseudo-random number in [0, 1) for a key and seed (FNV-1a). */
export function hashUnit(seed: number, key: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return ((h >>> 0) % 1_000_003) / 1_000_003;
}

type Evidence = { score: number; via: Map<string, number> };

/** Neighbour scores: each neighbour votes for what they follow (or like) that the viewer does not, weighted by overlap. */
function neighbourScores(mine: Set<string>, neighbours: Map<string, Set<string>>): Map<string, Evidence> {
  const out = new Map<string, Evidence>();
  for (const theirs of neighbours.values()) {
    const shared = [...theirs].filter((c) => mine.has(c));
    if (!shared.length) continue;
    // Neighbours who share more of your taste count for much more (overlap squared).
    const weight = (shared.length * shared.length) / Math.sqrt(theirs.size);
    for (const c of theirs) {
      if (mine.has(c)) continue;
      const e = out.get(c) ?? { score: 0, via: new Map() };
      e.score += weight;
      for (const s of shared) e.via.set(s, (e.via.get(s) ?? 0) + 1);
      out.set(c, e);
    }
  }
  return out;
}

const topKey = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
const normaliser = (values: number[]) => {
  let max = 0;
  for (const v of values) if (v > max) max = v;
  return (v: number) => (max > 0 ? v / max : 0);
};

export function rankCandidates(input: {
  viewer: Viewer | null;
  creators: Map<string, Creator>;
  items: Item[];
  neighbours: Neighbours | null;
  now: Date;
  seed: number;
  exclude?: Set<string>;
  /** Who counts as new (the 30% floor); by default younger than 90 days or under 1,000 followers. */
  isNew?: (c: Creator) => boolean;
  /** Who may be called "Popular on Chorus"; by default 1,000 followers or more. */
  isPopular?: (c: Creator) => boolean;
}): Ranked[] {
  const { viewer, creators, now, seed } = input;
  const isNew = input.isNew ?? ((c: Creator) => isNewCreator(c, now));
  const isPopular = input.isPopular ?? ((c: Creator) => c.followerCount >= NEW_CREATOR_FOLLOWERS);
  const follows = viewer?.follows ?? new Set<string>();
  const likedSet = new Set(viewer?.liked.keys() ?? []);
  const coFollow = viewer && input.neighbours ? neighbourScores(follows, input.neighbours.coFollowers) : new Map<string, Evidence>();
  const coLike = viewer && input.neighbours ? neighbourScores(likedSet, input.neighbours.coLikers) : new Map<string, Evidence>();
  const social = input.neighbours?.social ?? new Map<string, number>();
  const socialScore = input.neighbours?.socialScore ?? social;
  // Neighbours of what you follow (full weight) and like (less, more for more likes).
  const seeds = new Map<string, number>([...follows].map((c) => [c, 1]));
  for (const [c, n] of viewer?.liked ?? []) if (!seeds.has(c)) seeds.set(c, Math.min(0.6, 0.2 + 0.1 * n));
  const similar = viewer && input.neighbours?.similar ? scoreFromSimilar(input.neighbours.similar, seeds, follows) : new Map<string, { score: number; via: string; viaScore: number }>();
  // Genre taste from what the viewer follows and likes.
  const genreWeight = new Map<string, number>();
  for (const id of [...follows, ...likedSet]) for (const g of creators.get(id)?.genres ?? []) genreWeight.set(g, (genreWeight.get(g) ?? 0) + 1);
  for (const g of viewer?.genres ?? []) genreWeight.set(g, (genreWeight.get(g) ?? 0) + 2);
  const nSim = normaliser([...similar.values()].map((e) => e.score));
  const nCo = normaliser([...coFollow.values()].map((e) => e.score));
  const nLike = normaliser([...coLike.values()].map((e) => e.score));
  const nSocial = normaliser([...socialScore.values()]);
  const nGenre = normaliser([...genreWeight.values()]);
  let maxPop = 0;
  for (const c of creators.values()) maxPop = Math.max(maxPop, Math.log1p(c.followerCount));
  const W = WEIGHTS;

  const ranked: Ranked[] = [];
  for (const item of input.items) {
    const c = creators.get(item.creatorId);
    if (!c || follows.has(c.id) || viewer?.seen.has(item.key) || input.exclude?.has(item.key)) continue;
    const fresh = isNew(c);
    let genre = 0;
    let genreName: string | undefined;
    for (const g of c.genres) {
      const v = nGenre(genreWeight.get(g) ?? 0);
      if (v > genre) [genre, genreName] = [v, g];
    }
    const sim = similar.get(c.id);
    const parts: [Source, number][] = [
      ["social", W.social * nSocial(socialScore.get(c.id) ?? 0)],
      ["similar", W.similar * nSim(sim?.score ?? 0)],
      ["co_follow", W.co_follow * nCo(coFollow.get(c.id)?.score ?? 0)],
      ["co_like", W.co_like * nLike(coLike.get(c.id)?.score ?? 0)],
      ["genre", W.genre * genre],
      ["city", viewer?.city && c.city === viewer.city ? W.city : 0],
      ["new", fresh ? W.new : 0],
      ["popular", maxPop > 0 ? (W.popular * Math.log1p(c.followerCount)) / maxPop : 0],
    ];
    const ageDays = (now.getTime() - item.createdAt.getTime()) / 86_400_000;
    const recency = W.recency * Math.exp(-Math.max(0, ageDays) / 14);
    const fb = viewer?.feedback.get(c.id);
    // Learned from impressions: likes, follows and watch time lift a creator; skips sink it.
    const learned = fb ? (1 + 0.4 * fb.likes + 0.6 * fb.follows + Math.min(1, fb.watchedMs / Math.max(1, fb.shown * 15_000))) / (1 + 0.5 * fb.skips) : 1;
    const base = parts.reduce((s, [, v]) => s + v, 0) + recency;
    const score = base * learned + 0.01 * hashUnit(seed, item.key);
    let [source] = parts.reduce((best, p) => (p[1] > best[1] ? p : best), ["explore", 0] as [Source, number]);
    // Only a claim the data supports: a small creator is never "popular".
    if (source === "popular" && !isPopular(c)) source = fresh ? "new" : "explore";
    const why = reasonFor(source, c, { similarVia: sim?.via, coFollow: coFollow.get(c.id), coLike: coLike.get(c.id), social: social.get(c.id) ?? 0, socialNames: input.neighbours?.socialNames?.get(c.id), creators, genre: genreName, follows });
    ranked.push({ ...item, score, source, reason: reasonText(why), why, newCreator: fresh });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/** Why an item is shown: a message of discover.why (lib/i18n/messages) and its values, translated where it is shown. */
export type Why = { key: WhyKey; values: Record<string, string | number> };
export type WhyKey = keyof typeof en.discover.why;

const english = createTranslator({ locale: "en", messages: en, namespace: "discover.why" });

/** The reason in English: what impressions keep and the evaluation checks. */
export function reasonText(why: Why): string {
  return english(why.key, why.values as never);
}

/** "Followed by Léa and 2 others you follow": people are named, not counted, where we can. */
export function socialWhy(count: number, names: string[] = []): Why {
  if (!names.length) return count === 1 ? { key: "socialSomeone", values: {} } : { key: "socialCount", values: { count } };
  if (count <= 1) return { key: "socialOne", values: { name: names[0] } };
  if (count === 2 && names.length >= 2) return { key: "socialTwo", values: { first: names[0], second: names[1] } };
  return { key: "socialMany", values: { name: names[0], others: count - 1 } };
}

export function socialReason(count: number, names: string[] = []): string {
  return reasonText(socialWhy(count, names));
}

function reasonFor(source: Source, c: Creator, e: { similarVia?: string; coFollow?: Evidence; coLike?: Evidence; social: number; socialNames?: string[]; creators: Map<string, Creator>; genre?: string; follows: Set<string> }): Why {
  const genre = c.genres[0];
  switch (source) {
    case "social":
      return socialWhy(e.social, e.socialNames);
    case "similar": {
      const via = e.creators.get(e.similarVia ?? "");
      if (!via) return { key: "widen", values: {} };
      return { key: e.follows.has(via.id) ? "youFollow" : "youLiked", values: { name: via.name } };
    }
    case "co_follow": {
      const via = e.coFollow ? e.creators.get(topKey(e.coFollow.via) ?? "") : undefined;
      return via ? { key: "youFollow", values: { name: via.name } } : { key: "fansOf", values: { name: c.name } };
    }
    case "co_like": {
      const via = e.coLike ? e.creators.get(topKey(e.coLike.via) ?? "") : undefined;
      return via ? { key: "youLiked", values: { name: via.name } } : { key: "likedTracks", values: {} };
    }
    case "genre":
      return e.genre ?? genre ? { key: "moreGenre", values: { genre: (e.genre ?? genre)! } } : { key: "moreMusic", values: {} };
    case "city":
      return { key: "fromCity", values: { city: c.city ?? "" } };
    case "new":
      if (c.city) return genre ? { key: "newInCityGenre", values: { city: c.city, genre } } : { key: "newInCity", values: { city: c.city } };
      return genre ? { key: "newInGenre", values: { genre } } : { key: "newArtist", values: {} };
    case "popular":
      return { key: "popular", values: {} };
    default:
      return { key: "widen", values: {} };
  }
}

/**
 * Takes a page from ranked candidates: best first, but at least NEW_SHARE of
 * the page from new creators (placed where the ranking puts them, or forced in
 * as late as the share allows: one by the 4th item, two by the 7th, three of
 * ten), and never the same creator twice within DIVERSITY_WINDOW items.
 */
export function assemblePage(ranked: Ranked[], size: number, opts: { newShare?: number } = {}): Ranked[] {
  const share = opts.newShare ?? NEW_SHARE;
  const page: Ranked[] = [];
  const used = new Set<string>();
  let recent = new Set<string>();
  const take = (pred: (r: Ranked) => boolean) => ranked.find((r) => !used.has(r.key) && !recent.has(r.creatorId) && pred(r));
  while (page.length < size) {
    recent = new Set(page.slice(-(DIVERSITY_WINDOW - 1)).map((r) => r.creatorId));
    const slot = page.length + 1;
    const newSoFar = page.filter((r) => r.newCreator).length;
    // As late as the share allows: by slot 4 one new creator, by 7 two, and the whole page's share by its end.
    const owed = Math.ceil(share * size - 1e-9) - newSoFar;
    const mustBeNew = owed > 0 && (newSoFar < Math.floor(share * slot + 1e-9) || size - slot + 1 <= owed);
    const pick = (mustBeNew ? take((r) => r.newCreator) : undefined) ?? take(() => true);
    if (!pick) break;
    used.add(pick.key);
    page.push(pick);
  }
  return page;
}
