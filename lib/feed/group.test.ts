import { describe, expect, it } from "vitest";
import { actorsLabel, groupActivities, type RawActivity } from "./group";

const a = (id: string, actorId: string, groupKey: string | null, minute: number): RawActivity => ({ id, actorId, verb: "followed", objectType: "profile", objectId: "kito", groupKey, createdAt: new Date(Date.UTC(2026, 0, 1, 12, minute)) });

describe("feed grouping", () => {
  it("collapses items with the same key into the newest, keeping every actor once", () => {
    const groups = groupActivities([a("1", "nova", "followed:kito", 50), a("2", "rhea", "release:x", 40), a("3", "otis", "followed:kito", 30), a("4", "nova", "followed:kito", 20), a("5", "zoe", "followed:kito", 10)]);
    expect(groups.map((g) => g.key)).toEqual(["followed:kito", "release:x"]);
    expect(groups[0].lead.id).toBe("1");
    expect(groups[0].actorIds).toEqual(["nova", "otis", "zoe"]);
  });
  it("never groups items without a key", () => {
    expect(groupActivities([a("1", "x", null, 2), a("2", "x", null, 1)])).toHaveLength(2);
  });
  it("labels groups the way people read them", () => {
    expect(actorsLabel(["Nova Lane"], 1)).toBe("Nova Lane");
    expect(actorsLabel(["Nova Lane", "Kito"], 2)).toBe("Nova Lane and Kito");
    expect(actorsLabel(["Nova Lane", "Kito"], 4)).toBe("Nova Lane and 3 others");
  });
});
