/**
 * The discovery bench's input: plain tab-separated files with a header row
 * (documented in bench/README.md), and how they become the world the app
 * knows: creators, listeners, follows, likes and social follows.
 *
 *   creators.tsv   id, name, [tags: comma-separated], [first_seen: ISO date]
 *   listeners.tsv  id, [city], [country]
 *   plays.tsv      listener, creator, count
 *   social.tsv     follower, followee        (listener -> listener, directed)
 *   tags.tsv       listener, creator, tag    (optional)
 *
 * A listener follows their top FOLLOW_TOP creators by plays; the next LIKE_TOP
 * creators they played count as likes (heard, not followed).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const FOLLOW_TOP = 20;
export const LIKE_TOP = 30;

export type RawData = {
  creators: { id: string; name: string; tags: string[]; firstSeen: Date | null }[];
  listeners: { id: string; city: string | null; country: string | null }[];
  plays: { listener: string; creator: string; count: number }[];
  social: { follower: string; followee: string }[];
  tags: { listener: string; creator: string; tag: string }[];
};

export type EvalCreator = { id: string; name: string; tags: string[]; firstSeen: Date | null };
export type EvalWorld = {
  creators: Map<string, EvalCreator>;
  listeners: Map<string, { id: string; city: string | null; country: string | null }>;
  /** Listener -> creators followed, best first (by plays). */
  follows: Map<string, string[]>;
  /** Listener -> creators played but not followed, with plays. */
  likes: Map<string, Map<string, number>>;
  /** Listener -> listeners they follow. */
  social: Map<string, Set<string>>;
};

export class DataError extends Error {}

/** Reads one TSV file: header row, tab-separated, blank lines ignored. */
export function parseTsv(text: string, file: string, required: string[]): Record<string, string>[] {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (!lines.length) throw new DataError(`${file}: empty, expected a header row with ${required.join(", ")}`);
  const header = lines[0].split("\t").map((h) => h.trim().toLowerCase());
  const missing = required.filter((r) => !header.includes(r));
  if (missing.length) throw new DataError(`${file}: header lacks ${missing.join(", ")} (found: ${header.join(", ")}; columns are tab-separated)`);
  return lines.slice(1).map((line, i) => {
    const cells = line.split("\t");
    const row: Record<string, string> = {};
    header.forEach((h, j) => (row[h] = (cells[j] ?? "").trim()));
    for (const r of required) if (!row[r]) throw new DataError(`${file}:${i + 2}: no ${r}`);
    return row;
  });
}

export function readDataDir(dir: string): RawData {
  const read = (name: string, required: string[], optional = false) => {
    const path = join(dir, name);
    if (!existsSync(path)) {
      if (optional) return [];
      throw new DataError(`${path} is missing (see bench/README.md for the format)`);
    }
    return parseTsv(readFileSync(path, "utf8"), name, required);
  };
  const creators = read("creators.tsv", ["id", "name"]).map((r, i) => {
    const firstSeen = r.first_seen ? new Date(r.first_seen) : null;
    if (firstSeen && Number.isNaN(firstSeen.getTime())) throw new DataError(`creators.tsv:${i + 2}: first_seen "${r.first_seen}" is not an ISO date`);
    return { id: r.id, name: r.name, tags: r.tags ? r.tags.split(",").map((t) => t.trim().toLowerCase()).filter(Boolean) : [], firstSeen };
  });
  const listeners = read("listeners.tsv", ["id"]).map((r) => ({ id: r.id, city: r.city || null, country: r.country || null }));
  const plays = read("plays.tsv", ["listener", "creator", "count"]).map((r, i) => {
    const count = Number(r.count);
    if (!Number.isFinite(count) || count < 0) throw new DataError(`plays.tsv:${i + 2}: count "${r.count}" is not a number`);
    return { listener: r.listener, creator: r.creator, count };
  });
  const social = read("social.tsv", ["follower", "followee"], true).map((r) => ({ follower: r.follower, followee: r.followee }));
  const tags = read("tags.tsv", ["listener", "creator", "tag"], true).map((r) => ({ listener: r.listener, creator: r.creator, tag: r.tag.toLowerCase() }));
  return { creators, listeners, plays, social, tags };
}

/** Builds the app's world from raw data. Rows naming unknown ids are dropped (counted in `dropped`). */
export function toWorld(raw: RawData): { world: EvalWorld; dropped: number } {
  let dropped = 0;
  const creators = new Map(raw.creators.map((c) => [c.id, { ...c, tags: [...c.tags] }]));
  const listeners = new Map(raw.listeners.map((l) => [l.id, l]));
  // Listeners' tags on creators add to the creator's tags (most used first).
  const tagCounts = new Map<string, Map<string, number>>();
  for (const t of raw.tags) {
    if (!creators.has(t.creator)) {
      dropped++;
      continue;
    }
    const m = tagCounts.get(t.creator) ?? new Map<string, number>();
    m.set(t.tag, (m.get(t.tag) ?? 0) + 1);
    tagCounts.set(t.creator, m);
  }
  for (const [id, m] of tagCounts) {
    const c = creators.get(id)!;
    const extra = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([t]) => t).filter((t) => !c.tags.includes(t));
    c.tags = [...c.tags, ...extra].slice(0, 5);
  }
  const played = new Map<string, Map<string, number>>();
  for (const p of raw.plays) {
    if (!listeners.has(p.listener) || !creators.has(p.creator) || p.count <= 0) {
      dropped++;
      continue;
    }
    const m = played.get(p.listener) ?? new Map<string, number>();
    m.set(p.creator, (m.get(p.creator) ?? 0) + p.count);
    played.set(p.listener, m);
  }
  const follows = new Map<string, string[]>();
  const likes = new Map<string, Map<string, number>>();
  for (const [u, m] of played) {
    const ranked = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    follows.set(u, ranked.slice(0, FOLLOW_TOP).map(([c]) => c));
    likes.set(u, new Map(ranked.slice(FOLLOW_TOP, FOLLOW_TOP + LIKE_TOP)));
  }
  const social = new Map<string, Set<string>>();
  for (const s of raw.social) {
    if (!listeners.has(s.follower) || !listeners.has(s.followee) || s.follower === s.followee) {
      dropped++;
      continue;
    }
    social.set(s.follower, (social.get(s.follower) ?? new Set()).add(s.followee));
  }
  return { world: { creators, listeners, follows, likes, social }, dropped };
}
