import { describe, expect, it } from "vitest";
import { assemblePage, socialReason, DIVERSITY_WINDOW, isNewCreator, rankCandidates, type Item, type Viewer } from "./rank";
import { makeWorld } from "./synthetic";

const now = new Date("2026-11-22T12:00:00Z");
const world = makeWorld({ creators: 300, listeners: 400, clusters: 6, followsPerListener: 12, seed: 7, now });

function viewerFor(id: string): Viewer {
  return { follows: world.follows.get(id)!, liked: new Map(), city: "Berlin", seen: new Set(), feedback: new Map() };
}
function neighboursFor(id: string) {
  const mine = world.follows.get(id)!;
  const coFollowers = new Map([...world.follows].filter(([u, s]) => u !== id && [...s].some((c) => mine.has(c))));
  return { coFollowers, coLikers: new Map<string, Set<string>>(), social: new Map<string, number>() };
}
// Several items per creator so the diversity rule has something to push against.
const items: Item[] = world.items.flatMap((it) => [it, { ...it, key: `${it.key}b`, id: `${it.id}b` }, { ...it, key: `${it.key}c`, id: `${it.id}c` }]);

describe("discovery ranking", () => {
  it("every page gives new creators at least 30% and never repeats a creator within 5 items", () => {
    for (const u of ["u1", "u2", "u3", "u50", "u99"]) {
      const ranked = rankCandidates({ viewer: viewerFor(u), creators: world.creators, items, neighbours: neighboursFor(u), now, seed: 1 });
      let rest = ranked;
      for (let p = 0; p < 4; p++) {
        const page = assemblePage(rest, 10);
        expect(page).toHaveLength(10);
        expect(page.filter((r) => r.newCreator).length).toBeGreaterThanOrEqual(3);
        page.forEach((r, i) => {
          const window = page.slice(Math.max(0, i - DIVERSITY_WINDOW + 1), i);
          expect(window.map((w) => w.creatorId)).not.toContain(r.creatorId);
        });
        const taken = new Set(page.map((r) => r.key));
        rest = rest.filter((r) => !taken.has(r.key));
      }
    }
  });

  it("is deterministic for the same data and seed, and never shows followed creators or seen items", () => {
    const v = viewerFor("u1");
    const seenKey = items.find((i) => !v.follows.has(i.creatorId))!.key;
    const a = rankCandidates({ viewer: { ...v, seen: new Set([seenKey]) }, creators: world.creators, items, neighbours: neighboursFor("u1"), now, seed: 3 });
    const b = rankCandidates({ viewer: { ...v, seen: new Set([seenKey]) }, creators: world.creators, items, neighbours: neighboursFor("u1"), now, seed: 3 });
    expect(a.map((r) => r.key)).toEqual(b.map((r) => r.key));
    expect(a.some((r) => v.follows.has(r.creatorId))).toBe(false);
    expect(a.some((r) => r.key === seenKey)).toBe(false);
  });

  it("each item's reason matches the source that chose it", () => {
    const ranked = rankCandidates({ viewer: { ...viewerFor("u2"), liked: new Map([["c5", 2]]) }, creators: world.creators, items, neighbours: { ...neighboursFor("u2"), coLikers: new Map([["x", new Set(["c5", "c77"])]]), social: new Map([["c11", 3]]) }, now, seed: 1 });
    const patterns: Record<string, RegExp> = {
      social: /^Followed by (someone|\d+ people) you follow$/,
      co_follow: /^(Because you follow .+|Fans of artists you follow listen to .+)$/,
      co_like: /^Because you liked .+$/,
      genre: /^(New artist in .+|More .+)$/,
      city: /^From .+$/,
      new: /^New artist in .+$/,
      popular: /^Popular on Chorus$/,
      similar: /^Because you (follow|liked) .+$/,
      explore: /^Picked to widen your mix$/,
    };
    for (const r of ranked) expect(r.reason).toMatch(patterns[r.source]);
    for (const r of ranked.filter((x) => x.source === "popular")) expect(world.creators.get(r.creatorId)!.followerCount).toBeGreaterThanOrEqual(1000);
    // A small creator only people you follow follow: the reason says how many.
    const small = [...world.creators.values()].sort((a, b) => a.followerCount - b.followerCount)[0];
    const social = rankCandidates({ viewer: { ...viewerFor("u2"), follows: new Set() }, creators: world.creators, items, neighbours: { coFollowers: new Map(), coLikers: new Map(), social: new Map([[small.id, 3]]) }, now, seed: 1 });
    expect(social.find((r) => r.creatorId === small.id)?.reason).toBe("Followed by 3 people you follow");
    const small2 = [...world.creators.values()].sort((a, b) => a.followerCount - b.followerCount)[1];
    const liked = rankCandidates({ viewer: { ...viewerFor("u2"), follows: new Set(), liked: new Map([["c5", 2]]) }, creators: world.creators, items, neighbours: { coFollowers: new Map(), coLikers: new Map([["x", new Set(["c5", small2.id])]]), social: new Map() }, now, seed: 1 });
    expect(liked.find((r) => r.creatorId === small2.id)?.reason).toBe("Because you liked Creator 5");
  });

  it("learns from feedback: skips sink a creator, likes and follows lift one", () => {
    const v = viewerFor("u3");
    const base = rankCandidates({ viewer: v, creators: world.creators, items, neighbours: neighboursFor("u3"), now, seed: 1 });
    const top = base[0].creatorId;
    const mid = base[40].creatorId;
    const feedback = new Map([
      [top, { shown: 3, skips: 3, watchedMs: 0, likes: 0, follows: 0 }],
      [mid, { shown: 2, skips: 0, watchedMs: 30_000, likes: 2, follows: 1 }],
    ]);
    const after = rankCandidates({ viewer: { ...v, feedback }, creators: world.creators, items, neighbours: neighboursFor("u3"), now, seed: 1 });
    const pos = (list: typeof base, id: string) => list.findIndex((r) => r.creatorId === id);
    expect(pos(after, top)).toBeGreaterThan(pos(base, top));
    expect(pos(after, mid)).toBeLessThan(pos(base, mid));
  });

  it("signed out: a general feed of popular and new creators", () => {
    const ranked = rankCandidates({ viewer: null, creators: world.creators, items, neighbours: null, now, seed: 1 });
    const page = assemblePage(ranked, 10);
    expect(page.filter((r) => r.newCreator).length).toBeGreaterThanOrEqual(3);
    expect(new Set(page.map((r) => r.source))).toEqual(expect.any(Set));
    expect(page.every((r) => ["popular", "new"].includes(r.source))).toBe(true);
    expect(isNewCreator({ id: "x", name: "x", city: null, genres: [], followerCount: 5000, createdAt: new Date(now.getTime() - 10 * 86_400_000) }, now)).toBe(true);
  });

  it("names the people you follow in a social reason", () => {
    expect(socialReason(1, ["Léa"])).toBe("Followed by Léa, who you follow");
    expect(socialReason(2, ["Léa", "Tom"])).toBe("Followed by Léa and Tom, who you follow");
    expect(socialReason(3, ["Léa", "Tom"])).toBe("Followed by Léa and 2 others you follow");
    expect(socialReason(2, ["Léa"])).toBe("Followed by Léa and 1 other you follow");
    expect(socialReason(4)).toBe("Followed by 4 people you follow");
  });
});
