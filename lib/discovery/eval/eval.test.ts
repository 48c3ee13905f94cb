import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DataError, parseTsv, readDataDir, toWorld } from "./data";
import { COLD_KEEP, evaluate, factsOf, falseReason, makeSplit, ndcgAt } from "./evaluate";
import { chorus, ease, itemKnn, popular, userKnn } from "./methods";
import { similarCreators } from "../similar";
import { syntheticData } from "./synthetic";

const FIXTURE = join(process.cwd(), "bench/fixtures/discovery");

describe("discovery bench input", () => {
  it("reads the documented TSV format and turns plays into follows and likes", () => {
    const { world, dropped } = toWorld(readDataDir(FIXTURE));
    expect(world.creators.size).toBe(30);
    expect(world.creators.get("a02")?.tags).toEqual(["techno", "electronic", "dark"]);
    expect(dropped).toBe(0);
    const l00 = world.follows.get("l00")!;
    expect(l00[0]).toBe("a01");
    expect(world.social.get("l00")?.size).toBeGreaterThan(0);
  });

  it("says what is wrong with a file instead of guessing", () => {
    expect(() => parseTsv("listener,creator,count\nu,c,1", "plays.tsv", ["listener", "creator", "count"])).toThrow(/header lacks listener, creator, count.*tab-separated/);
    const dir = mkdtempSync(join(tmpdir(), "disc-"));
    writeFileSync(join(dir, "creators.tsv"), "id\tname\nc1\tOne\n");
    writeFileSync(join(dir, "listeners.tsv"), "id\nu1\n");
    writeFileSync(join(dir, "plays.tsv"), "listener\tcreator\tcount\nu1\tc1\tmany\n");
    expect(() => readDataDir(dir)).toThrow(DataError);
    expect(() => readDataDir(dir)).toThrow(/plays.tsv:2: count "many"/);
    writeFileSync(join(dir, "plays.tsv"), "listener\tcreator\tcount\nu1\tc1\t3\nu1\tnobody\t2\n");
    expect(toWorld(readDataDir(dir)).dropped).toBe(1);
  });
});

describe("discovery bench protocol", () => {
  const { world } = toWorld(syntheticData({ creators: 300, listeners: 600, seed: 3 }));

  it("holds out 20% of each listener's follows, never shown to any method", () => {
    const split = makeSplit(world, { seed: 1, sample: 100 });
    expect(split.evaluated.length).toBe(100);
    for (const u of split.evaluated) {
      const all = world.follows.get(u)!;
      const out = split.heldOut.get(u)!;
      expect(out.size).toBe(Math.max(1, Math.round(all.length * 0.2)));
      for (const c of out) expect(split.known.get(u)!.has(c)).toBe(false);
    }
    // The same seed gives the same split.
    expect([...makeSplit(world, { seed: 1, sample: 100 }).heldOut.get(split.evaluated[0])!]).toEqual([...split.heldOut.get(split.evaluated[0])!]);
  });

  it("cold start keeps only the three sign-up picks", () => {
    const split = makeSplit(world, { mode: "cold", seed: 1, sample: 50 });
    for (const u of split.evaluated) {
      expect(split.follows.get(u)).toEqual(world.follows.get(u)!.slice(0, COLD_KEEP));
      expect(split.known.get(u)!.size).toBe(COLD_KEEP);
      expect(split.social.get(u)!.size).toBe(0);
    }
  });

  it("every method beats nothing, and Chorus keeps the floor and tells only true reasons", () => {
    const split = makeSplit(world, { seed: 1, sample: 150 });
    const results = Object.fromEntries([popular, itemKnn(), userKnn, ease(100), chorus({ floor: true }), chorus({ floor: false })].map((m) => [m.name, evaluate(split, m)]));
    expect(results.popular.ndcg10).toBeGreaterThan(0.02);
    expect(results["item-knn"].ndcg10).toBeGreaterThan(results.popular.ndcg10);
    expect(results.chorus.ndcg10).toBeGreaterThan(results.popular.ndcg10);
    expect(results.chorus.newShare).toBeGreaterThanOrEqual(0.3);
    expect(results["chorus-nofloor"].newShare).toBeLessThan(results.chorus.newShare);
    expect(results.chorus.reasons).toBe(150 * 10);
    expect(results.chorus.falseReasons).toBe(0);
  });

  it("the reason check catches a reason the data does not support", () => {
    const split = makeSplit(world, { seed: 1, sample: 20 });
    const u = split.evaluated[0];
    const fans = factsOf(split);
    const stranger = [...world.creators.values()].find((c) => !split.known.get(u)!.has(c.id))!;
    const target = [...world.creators.keys()].find((c) => c !== stranger.id)!;
    expect(falseReason(split, u, { creatorId: target, reason: `Because you follow ${stranger.name}` }, fans)).toMatch(/no creator named/);
    const followedBy = [...(split.social.get(u) ?? [])].filter((v) => split.follows.get(v)?.includes(target)).length;
    expect(falseReason(split, u, { creatorId: target, reason: `Followed by ${followedBy + 2} people you follow` }, fans)).toMatch(/not/);
    expect(falseReason(split, u, { creatorId: target, reason: "Trending in your area" }, fans)).toMatch(/unrecognised/);
  });

  it("NDCG rewards hits near the top", () => {
    expect(ndcgAt([true, false, false], 1)).toBe(1);
    expect(ndcgAt([false, true], 1)).toBeCloseTo(1 / Math.log2(3));
    expect(ndcgAt([false, false], 2)).toBe(0);
  });
});

describe("creator neighbours", () => {
  const sets = [["a", "b"], ["a", "b"], ["a", "c"], ["b", "c", "d"]];

  it("cosine: shared listeners over the root of both audiences", () => {
    const sim = similarCreators(sets, { kind: "cosine" });
    expect(sim.get("a")?.get("b")).toBeCloseTo(2 / Math.sqrt(3 * 3));
    expect(sim.get("a")?.has("d")).toBe(false);
    expect([...sim.get("b")!.keys()][0]).toBe("a");
  });

  it("walk: keeps the best k and damps popular targets", () => {
    const sim = similarCreators(sets, { kind: "walk", beta: 0.5, k: 1 });
    expect(sim.get("d")?.size).toBe(1);
    const loose = similarCreators(sets, { kind: "walk", beta: 0 });
    const damped = similarCreators(sets, { kind: "walk", beta: 1 });
    expect(damped.get("d")!.get("b")! / damped.get("d")!.get("c")!).toBeLessThan(loose.get("d")!.get("b")! / loose.get("d")!.get("c")! + 1e-9);
  });
});

describe("bench:discovery on the example data (what CI runs)", () => {
  it("prints one JSON object with every method side by side", () => {
    const out = execFileSync(process.execPath, ["--import", "tsx", "bench/discovery.ts", "--data", FIXTURE, "--json"], { encoding: "utf8", timeout: 60_000 });
    const result = JSON.parse(out);
    for (const m of ["chorus", "popular", "item-knn", "user-knn", "ease"]) {
      expect(Object.keys(result.methods[m]).sort()).toEqual(["coverage", "falseReasons", "ndcg10", "newShare", "p95ms", "recall10"]);
    }
    expect(result.methods.chorus.falseReasons).toBe(0);
    expect(result.methods.chorus.newShare).toBeGreaterThanOrEqual(0.3);
    expect(result.coldStart.methods.chorus.ndcg10).toBeGreaterThan(0);
  });
});
