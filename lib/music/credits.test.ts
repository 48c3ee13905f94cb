import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mediaFiles, notifications, profiles, tracks, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { creditsOf, declineCredit, featuredOn, parseHandles, setFeatured } from "./credits";

describe("featured artists", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let track = { id: "", title: "Neon", profileId: "" };
  let guest = "";
  let guestOwnerListener = "";

  beforeEach(async () => {
    t = await tempDatabase();
    const a = (await t.db.insert(users).values({ email: "a@x.test", name: "A" }).returning())[0];
    const b = (await t.db.insert(users).values({ email: "b@x.test", name: "B" }).returning())[0];
    const page = (await t.db.insert(profiles).values({ ownerId: a.id, kind: "artist", handle: "nova", name: "Nova" }).returning())[0];
    guest = (await t.db.insert(profiles).values({ ownerId: b.id, kind: "artist", handle: "kito", name: "Kito" }).returning())[0].id;
    guestOwnerListener = (await t.db.insert(profiles).values({ ownerId: b.id, kind: "listener", handle: "kito_fan", name: "Kit" }).returning())[0].id;
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0];
    track = { id: (await t.db.insert(tracks).values({ profileId: page.id, title: "Neon", audioId: audio.id, durationMs: 1000 }).returning())[0].id, title: "Neon", profileId: page.id };
  });
  afterEach(() => t.close());

  it("reads handles however they are typed", () => {
    expect(parseHandles("@kito, @Rhea  kito\n@rhea")).toEqual(["kito", "Rhea", "rhea"]);
  });

  it("credits a page once, tells its team, and never features a listener or an unknown handle", async () => {
    expect(await setFeatured(t.db, track, ["kito_fan"])).toMatchObject({ ok: false });
    expect(await setFeatured(t.db, track, ["nobody"])).toMatchObject({ ok: false });
    expect(await setFeatured(t.db, track, ["Kito"])).toEqual({ ok: true });
    expect(await setFeatured(t.db, track, ["kito"])).toEqual({ ok: true });
    expect((await featuredOn(t.db, [track.id])).get(track.id)?.map((p) => p.name)).toEqual(["Kito"]);
    expect((await t.db.select().from(notifications).where(and(eq(notifications.recipientId, guestOwnerListener), eq(notifications.type, "credit")))).length).toBe(1);
    expect(await setFeatured(t.db, track, [])).toEqual({ ok: true });
    expect((await featuredOn(t.db, [track.id])).get(track.id)).toBeUndefined();
  });

  it("a declined credit disappears and cannot be added back", async () => {
    await setFeatured(t.db, track, ["kito"]);
    expect((await creditsOf(t.db, guest)).map((c) => c.title)).toEqual(["Neon"]);
    const declined = await declineCredit(t.db, track.id, guest);
    expect(declined).toMatchObject({ ok: true });
    expect(english(declined.message)).toBe("Credit declined: your page no longer shows on that track.");
    expect(await featuredOn(t.db, [track.id])).toEqual(new Map());
    expect(await creditsOf(t.db, guest)).toEqual([]);
    expect(await setFeatured(t.db, track, ["kito"])).toMatchObject({ ok: false, message: /declined/ });
  });
});
