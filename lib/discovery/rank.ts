/**
 * The discovery recommender, pure and deterministic: the same inputs and seed
 * give the same page. Candidate sources (each item keeps the one that chose it,
 * as its reason): people you follow follow them (social), co-follow and co-like
 * neighbours, genre and city affinity, new creators, and popularity. Ranking
 * blends them, learns per creator from feedback recorded on impressions, then
 * assembles a page under two rules: at least 30% of items from new creators,
 * and no creator twice in any 5 consecutive items.
 */

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
};
export type Neighbours = {
  /** Other listeners' follow sets, for listeners who share at least one follow with the viewer. */
  coFollowers: Map<string, Set<string>>;
  /** Other listeners' liked creators, for listeners who liked at least one creator the viewer liked. */
  coLikers: Map<string, Set<string>>;
  /** How many of the profiles the viewer follows follow each creator. */
  social: Map<string, number>;
  /** For the reason: names of (up to two) people you follow who follow the creator. */
  socialNames?: Map<string, string[]>;
};
export type Source = "social" | "co_follow" | "co_like" | "genre" | "city" | "new" | "popular";
export type Ranked = Item & { score: number; source: Source; reason: string; newCreator: boolean };

export const NEW_CREATOR_DAYS = 90;
export const NEW_CREATOR_FOLLOWERS = 1000;
export const NEW_SHARE = 0.3;
export const DIVERSITY_WINDOW = 5;

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
  const max = Math.max(0, ...values);
  return (v: number) => (max > 0 ? v / max : 0);
};

export function rankCandidates(input: { viewer: Viewer | null; creators: Map<string, Creator>; items: Item[]; neighbours: Neighbours | null; now: Date; seed: number; exclude?: Set<string> }): Ranked[] {
  const { viewer, creators, now, seed } = input;
  const follows = viewer?.follows ?? new Set<string>();
  const likedSet = new Set(viewer?.liked.keys() ?? []);
  const coFollow = viewer && input.neighbours ? neighbourScores(follows, input.neighbours.coFollowers) : new Map<string, Evidence>();
  const coLike = viewer && input.neighbours ? neighbourScores(likedSet, input.neighbours.coLikers) : new Map<string, Evidence>();
  const social = input.neighbours?.social ?? new Map<string, number>();
  // Genre taste from what the viewer follows and likes.
  const genreWeight = new Map<string, number>();
  for (const id of [...follows, ...likedSet]) for (const g of creators.get(id)?.genres ?? []) genreWeight.set(g, (genreWeight.get(g) ?? 0) + 1);
  const nCo = normaliser([...coFollow.values()].map((e) => e.score));
  const nLike = normaliser([...coLike.values()].map((e) => e.score));
  const nSocial = normaliser([...social.values()]);
  const nGenre = normaliser([...genreWeight.values()]);
  const nPop = normaliser([...creators.values()].map((c) => Math.log1p(c.followerCount)));

  const ranked: Ranked[] = [];
  for (const item of input.items) {
    const c = creators.get(item.creatorId);
    if (!c || follows.has(c.id) || viewer?.seen.has(item.key) || input.exclude?.has(item.key)) continue;
    const fresh = isNewCreator(c, now);
    const genre = c.genres.reduce((best, g) => Math.max(best, nGenre(genreWeight.get(g) ?? 0)), 0);
    const parts: [Source, number][] = [
      ["social", 1.3 * nSocial(social.get(c.id) ?? 0)],
      ["co_follow", 1.0 * nCo(coFollow.get(c.id)?.score ?? 0)],
      ["co_like", 1.0 * nLike(coLike.get(c.id)?.score ?? 0)],
      ["genre", 0.6 * genre],
      ["city", viewer?.city && c.city === viewer.city ? 0.3 : 0],
      ["new", fresh ? 0.15 : 0],
      ["popular", 0.25 * nPop(Math.log1p(c.followerCount))],
    ];
    const ageDays = (now.getTime() - item.createdAt.getTime()) / 86_400_000;
    const recency = 0.2 * Math.exp(-Math.max(0, ageDays) / 14);
    const fb = viewer?.feedback.get(c.id);
    // Learned from impressions: likes, follows and watch time lift a creator; skips sink it.
    const learned = fb ? (1 + 0.4 * fb.likes + 0.6 * fb.follows + Math.min(1, fb.watchedMs / Math.max(1, fb.shown * 15_000))) / (1 + 0.5 * fb.skips) : 1;
    const base = parts.reduce((s, [, v]) => s + v, 0) + recency;
    const score = base * learned + 0.01 * hashUnit(seed, item.key);
    const [source] = parts.reduce((best, p) => (p[1] > best[1] ? p : best), ["popular", -1] as [Source, number]);
    ranked.push({ ...item, score, source, reason: reasonFor(source, c, { coFollow: coFollow.get(c.id), coLike: coLike.get(c.id), social: social.get(c.id) ?? 0, socialNames: input.neighbours?.socialNames?.get(c.id), creators, fresh }), newCreator: fresh });
  }
  return ranked.sort((a, b) => b.score - a.score || (a.key < b.key ? -1 : 1));
}

/** "Followed by Léa and 2 others you follow": people are named, not counted, where we can. */
export function socialReason(count: number, names: string[] = []): string {
  if (!names.length) return count === 1 ? "Followed by someone you follow" : `Followed by ${count} people you follow`;
  if (count <= 1) return `Followed by ${names[0]}, who you follow`;
  if (count === 2 && names.length >= 2) return `Followed by ${names[0]} and ${names[1]}, who you follow`;
  return `Followed by ${names[0]} and ${count - 1} ${count - 1 === 1 ? "other" : "others"} you follow`;
}

function reasonFor(source: Source, c: Creator, e: { coFollow?: Evidence; coLike?: Evidence; social: number; socialNames?: string[]; creators: Map<string, Creator>; fresh: boolean }): string {
  const place = c.city ? `${c.city} ` : "";
  const genre = c.genres[0] ?? "music";
  switch (source) {
    case "social":
      return socialReason(e.social, e.socialNames);
    case "co_follow": {
      const via = e.coFollow ? e.creators.get(topKey(e.coFollow.via) ?? "") : undefined;
      return via ? `Because you follow ${via.name}` : `Fans of artists you follow listen to ${c.name}`;
    }
    case "co_like": {
      const via = e.coLike ? e.creators.get(topKey(e.coLike.via) ?? "") : undefined;
      return via ? `Because you liked ${via.name}` : "Because of tracks you liked";
    }
    case "genre":
      return e.fresh ? `New artist in ${place}${genre}` : `More ${genre}`;
    case "city":
      return `From ${c.city}`;
    case "new":
      return `New artist in ${place}${genre}`;
    default:
      return "Popular on Chorus";
  }
}

/**
 * Takes a page from ranked candidates: best first, but at least NEW_SHARE of
 * the page from new creators (forced in as soon as the share would fall
 * behind), and never the same creator twice within DIVERSITY_WINDOW items.
 */
export function assemblePage(ranked: Ranked[], size: number): Ranked[] {
  const page: Ranked[] = [];
  const used = new Set<string>();
  const recent = () => new Set(page.slice(-(DIVERSITY_WINDOW - 1)).map((r) => r.creatorId));
  const take = (pred: (r: Ranked) => boolean) => ranked.find((r) => !used.has(r.key) && !recent().has(r.creatorId) && pred(r));
  while (page.length < size) {
    const slot = page.length + 1;
    const newSoFar = page.filter((r) => r.newCreator).length;
    const mustBeNew = newSoFar < Math.ceil(NEW_SHARE * slot - 1e-9) && Math.ceil(NEW_SHARE * size) > newSoFar;
    const pick = (mustBeNew ? take((r) => r.newCreator) : undefined) ?? take(() => true);
    if (!pick) break;
    used.add(pick.key);
    page.push(pick);
  }
  return page;
}
