import { describe, expect, it } from "vitest";
import { advance, back, emptyQueue, enqueue, hasNext, jumpUpNext, playContext } from "./queue";
import { deserialize, refreshTracks, serialize } from "./saved-player";
import type { QueueTrack } from "./types";

const t = (id: string): QueueTrack => ({ id, title: `Song ${id}`, artist: "Kito", artistHandle: "kito", coverUrl: null, audioUrl: `/api/media/${id}?exp=1&sig=x`, durationMs: 180_000 });
const album = [t("a1"), t("a2"), t("a3")];

describe("the queue", () => {
  it("plays Up next before the rest of the release, then carries on with the release", () => {
    let s = playContext(emptyQueue, album, 0, { label: "Glasshouse", href: "/release/r1" });
    s = enqueue(s, t("x")).state;
    s = advance(s)!;
    expect(s.current?.id).toBe("x");
    s = advance(s)!;
    expect(s.current?.id).toBe("a2");
    expect(s.context.label).toBe("Glasshouse");
  });

  it("keeps the hand-made queue when something else is played", () => {
    let s = playContext(emptyQueue, album, 0);
    s = enqueue(s, t("x")).state;
    s = playContext(s, [t("b1"), t("b2")], 1, { label: "Other" });
    expect(s.current?.id).toBe("b2");
    expect(s.upNext.map((q) => q.id)).toEqual(["x"]);
    expect(hasNext(s)).toBe(true);
    expect(advance(s)?.current?.id).toBe("x");
  });

  it("does not add the same track twice by accident, and says so", () => {
    let s = playContext(emptyQueue, album, 0);
    const first = enqueue(s, t("x"));
    expect(first.result).toBe("added");
    s = first.state;
    expect(enqueue(s, t("x")).result).toBe("duplicate");
    expect(enqueue(s, t("x")).state.upNext).toHaveLength(1);
    expect(enqueue(s, t("a1")).result).toBe("current");
  });

  it("starts playing when the queue is empty", () => {
    const r = enqueue(emptyQueue, t("x"));
    expect(r.result).toBe("playing");
    expect(r.state.current?.id).toBe("x");
  });

  it("goes back through the release, and ends at its end", () => {
    let s = playContext(emptyQueue, album, 2);
    expect(advance(s)).toBeNull();
    s = back(s)!;
    expect(s.current?.id).toBe("a2");
  });

  it("plays a queued track now without dropping the others", () => {
    let s = playContext(emptyQueue, album, 0);
    s = enqueue(enqueue(s, t("x")).state, t("y")).state;
    s = jumpUpNext(s, 1)!;
    expect(s.current?.id).toBe("y");
    expect(s.upNext.map((q) => q.id)).toEqual(["x"]);
  });
});

describe("surviving a reload", () => {
  it("round-trips the queue and the position", () => {
    const s = enqueue(playContext(emptyQueue, album, 1, { label: "Glasshouse", href: "/release/r1" }), t("x")).state;
    const back = deserialize(serialize(s, 42.5, 1000))!;
    expect(back.current?.id).toBe("a2");
    expect(back.upNext.map((q) => q.id)).toEqual(["x"]);
    expect(back.context).toMatchObject({ label: "Glasshouse", href: "/release/r1", index: 1 });
    expect(back.position).toBe(42.5);
  });

  it("ignores anything malformed or foreign", () => {
    expect(deserialize("{")).toBeNull();
    expect(deserialize(JSON.stringify({ current: { id: 1 } }))).toBeNull();
    const s = deserialize(serialize(playContext(emptyQueue, album, 0, { href: "https://evil.example/" }), 1))!;
    expect(s.context.href).toBeNull();
  });

  it("swaps in fresh signed URLs and drops tracks that are gone", () => {
    const saved = deserialize(serialize(enqueue(playContext(emptyQueue, album, 2), t("x")).state, 10))!;
    const fresh = new Map([t("a1"), t("a3"), t("x")].map((q) => [q.id, { ...q, audioUrl: `/api/media/${q.id}?exp=2&sig=y` }]));
    const r = refreshTracks(saved, fresh)!;
    expect(r.current?.audioUrl).toContain("exp=2");
    expect(r.context.tracks.map((q) => q.id)).toEqual(["a1", "a3"]);
    expect(r.context.index).toBe(1);
    expect(refreshTracks(saved, new Map())).toBeNull();
  });
});
