import fs from "node:fs";
import path from "node:path";
import { unzipSync } from "fflate";
import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { conversationMembers, dataExports, follows, mediaFiles, messages, orders, pageMembers, profileGenres, profiles, users } from "@/db/schema";
import { viewerForUser } from "@/lib/auth/viewer-data";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { genresOf, setGenres } from "@/lib/discovery/taste";
import { cancelDeletion, choosePageHeir, eraseAccount, eraseDueAccounts, pageFates, requestDeletion } from "./deletion";
import { issueEmailToken, peekEmailToken, spendEmailToken } from "./email-tokens";
import { buildNextExport, downloadableExport, exportKey, startExport } from "./export";
import { checkPassword, passwordResetFor, resetPassword, setPassword, signOutEverywhere } from "./password";
import { confirmEmailChange, startEmailChange } from "./settings";
import { hashPassword } from "@/lib/auth/password";

type T = Awaited<ReturnType<typeof tempDatabase>>;

async function person(t: T, name: string, password?: string) {
  const user = (await t.db.insert(users).values({ email: `${name}@x.test`, name, passwordHash: password ? await hashPassword(password) : null }).returning())[0];
  const profile = (await t.db.insert(profiles).values({ ownerId: user.id, kind: "listener", handle: name, name: name.toUpperCase() }).returning())[0];
  return { userId: user.id, profileId: profile.id };
}

describe("account: sign-in details", () => {
  let t: T;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());

  it("an emailed token works once, and a newer one voids the older", async () => {
    const me = await person(t, "ana");
    const first = await issueEmailToken(t.db, me.userId, "password_reset");
    const second = await issueEmailToken(t.db, me.userId, "password_reset");
    expect(await peekEmailToken(t.db, first, "password_reset")).toBeNull();
    expect(await peekEmailToken(t.db, second, "email_change")).toBeNull();
    expect((await spendEmailToken(t.db, second, "password_reset"))?.userId).toBe(me.userId);
    expect(await spendEmailToken(t.db, second, "password_reset")).toBeNull();
  });

  it("an emailed token stops working when it expires", async () => {
    const me = await person(t, "ana");
    const token = await issueEmailToken(t.db, me.userId, "password_reset", null, new Date(Date.now() - 31 * 60_000));
    expect(await spendEmailToken(t.db, token, "password_reset")).toBeNull();
  });

  it("a new password ends every earlier session; signing out everywhere too", async () => {
    const me = await person(t, "ana", "old-pass-1");
    expect(await viewerForUser(t.db, me.userId, 0)).not.toBeNull();
    await setPassword(t.db, me.userId, "new-pass-2");
    expect(await viewerForUser(t.db, me.userId, 0)).toBeNull();
    expect(await viewerForUser(t.db, me.userId, 1)).not.toBeNull();
    expect(await checkPassword(t.db, me.userId, "new-pass-2")).toBe(true);
    expect(await checkPassword(t.db, me.userId, "old-pass-1")).toBe(false);
    await signOutEverywhere(t.db, me.userId);
    expect(await viewerForUser(t.db, me.userId, 1)).toBeNull();
  });

  it("a password change voids every link still out there (an intruder's pending email change included)", async () => {
    const me = await person(t, "ana", "old-pass-1");
    const stolen = await startEmailChange(t.db, me.userId, "intruder@x.test");
    const reset = await passwordResetFor(t.db, "ana@x.test");
    await setPassword(t.db, me.userId, "new-pass-2");
    expect((await confirmEmailChange(t.db, stolen)).ok).toBe(false);
    expect(await resetPassword(t.db, reset!.token, "other-pass-3")).toEqual({ ok: false });
    expect((await t.db.select().from(users).where(eq(users.id, me.userId)))[0].email).toBe("ana@x.test");
  });

  it("a reset link sets the password once; unknown addresses get no link", async () => {
    const me = await person(t, "ana", "old-pass-1");
    expect(await passwordResetFor(t.db, "nobody@x.test")).toBeNull();
    const reset = await passwordResetFor(t.db, " ANA@x.test ");
    expect(reset?.email).toBe("ana@x.test");
    expect(await resetPassword(t.db, reset!.token, "fresh-pass-3")).toEqual({ ok: true, email: "ana@x.test" });
    expect(await resetPassword(t.db, reset!.token, "other-pass-4")).toEqual({ ok: false });
    expect(await checkPassword(t.db, me.userId, "fresh-pass-3")).toBe(true);
  });

  it("an email change happens only through the link, and not to an address taken meanwhile", async () => {
    const me = await person(t, "ana");
    const token = await startEmailChange(t.db, me.userId, "ana.new@x.test");
    expect((await t.db.select().from(users).where(eq(users.id, me.userId)))[0].email).toBe("ana@x.test");
    expect(await confirmEmailChange(t.db, token)).toEqual({ ok: true, oldEmail: "ana@x.test", newEmail: "ana.new@x.test" });
    expect((await t.db.select().from(users).where(eq(users.id, me.userId)))[0].email).toBe("ana.new@x.test");
    const other = await person(t, "bo");
    const stolen = await startEmailChange(t.db, other.userId, "carl@x.test");
    await person(t, "carl");
    expect((await confirmEmailChange(t.db, stolen)).ok).toBe(false);
  });
});

describe("account: deletion", () => {
  let t: T;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());

  it("asks for 14 days of grace, signs out everywhere, and can be cancelled", async () => {
    const me = await person(t, "ana");
    const now = new Date("2026-11-30T12:00:00Z");
    const when = await requestDeletion(t.db, me.userId, now);
    expect(when.toISOString()).toBe("2026-12-14T12:00:00.000Z");
    expect(await viewerForUser(t.db, me.userId, 0)).toBeNull();
    expect(await eraseDueAccounts(t.db, new Date("2026-12-14T11:59:00Z"))).toBe(0);
    await cancelDeletion(t.db, me.userId);
    expect(await eraseDueAccounts(t.db, new Date("2027-01-01T00:00:00Z"))).toBe(0);
  });

  it("erases personal data after the grace period; messages and orders stay without the name", async () => {
    const me = await person(t, "ana");
    const friend = await person(t, "bo");
    const helper = await person(t, "cy");
    const band = (await t.db.insert(profiles).values({ ownerId: me.userId, kind: "artist", handle: "anaband", name: "Ana Band" }).returning())[0].id;
    const solo = (await t.db.insert(profiles).values({ ownerId: me.userId, kind: "artist", handle: "anasolo", name: "Ana Solo" }).returning())[0].id;
    await t.db.insert(pageMembers).values({ profileId: band, userId: helper.userId, role: "admin", status: "active", acceptedAt: new Date() });
    await t.db.insert(follows).values({ followerId: me.profileId, followeeId: friend.profileId });
    await t.db.update(profiles).set({ followerCount: 1 }).where(eq(profiles.id, friend.profileId));
    await t.db.update(profiles).set({ followingCount: 1 }).where(eq(profiles.id, me.profileId));
    const conversation = "CONVERSATION01";
    await t.db.insert((await import("@/db/schema")).conversations).values({ id: conversation, createdById: me.profileId });
    await t.db.insert(conversationMembers).values([{ conversationId: conversation, profileId: me.profileId }, { conversationId: conversation, profileId: friend.profileId }]);
    await t.db.insert(messages).values({ conversationId: conversation, senderId: me.profileId, body: "hello from ana" });
    await t.db.insert(orders).values({ buyerId: me.profileId, sellerId: band, totalMinor: 1000, currency: "EUR", paymentProvider: "test", status: "shipped", shippingAddress: { name: "Ana A", line1: "1 Main St", line2: "", city: "Lyon", postalCode: "69001", country: "FR" } });

    expect(await pageFates(t.db, me.userId)).toEqual([
      expect.objectContaining({ id: band, fate: "handed_over", to: "CY" }),
      expect.objectContaining({ id: solo, fate: "deleted" }),
    ]);
    await t.db.insert(profileGenres).values({ profileId: band, genre: "techno" });
    expect((await setGenres(t.db, me.profileId, ["techno"])).ok).toBe(true);
    await requestDeletion(t.db, me.userId, new Date(Date.now() - 15 * 86_400_000));
    expect(await eraseDueAccounts(t.db)).toBe(1);
    expect(await genresOf(t.db, me.profileId)).toEqual([]);

    const user = (await t.db.select().from(users).where(eq(users.id, me.userId)))[0];
    expect(user).toMatchObject({ name: null, passwordHash: null });
    expect(user.email).not.toContain("ana@");
    expect(user.erasedAt).not.toBeNull();
    const listener = (await t.db.select().from(profiles).where(eq(profiles.id, me.profileId)))[0];
    expect(listener).toMatchObject({ name: "Deleted account", bio: "" });
    expect(listener.deletedAt).not.toBeNull();
    expect(await t.db.select().from(follows).where(eq(follows.followerId, me.profileId))).toHaveLength(0);
    expect((await t.db.select().from(profiles).where(eq(profiles.id, friend.profileId)))[0].followerCount).toBe(0);
    expect((await t.db.select().from(messages).where(eq(messages.conversationId, conversation)))[0].body).toBe("hello from ana");
    const order = (await t.db.select().from(orders).where(eq(orders.buyerId, me.profileId)))[0];
    expect(order.shippingAddress).toEqual({ name: "Deleted account", line1: "", line2: "", city: "Lyon", postalCode: "69001", country: "FR" });
    expect((await t.db.select().from(profiles).where(eq(profiles.id, band)))[0]).toMatchObject({ ownerId: helper.userId, deletedAt: null });
    expect((await t.db.select().from(profiles).where(eq(profiles.id, solo)))[0].deletedAt).not.toBeNull();
    expect(await viewerForUser(t.db, me.userId, user.sessionVersion)).toBeNull();
    expect(await eraseAccount(t.db, me.userId)).toBe(false);
  });
});

describe("account deletion: who takes over a page", () => {
  let t: T;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());

  it("the owner chooses among the page's admins, or to delete it; nobody else may", async () => {
    const me = await person(t, "ana");
    const first = await person(t, "bo");
    const second = await person(t, "cy");
    const editor = await person(t, "di");
    const band = (await t.db.insert(profiles).values({ ownerId: me.userId, kind: "artist", handle: "anaband", name: "Ana Band" }).returning())[0].id;
    await t.db.insert(pageMembers).values([
      { profileId: band, userId: first.userId, role: "admin", status: "active", acceptedAt: new Date("2026-01-01T00:00:00Z") },
      { profileId: band, userId: second.userId, role: "admin", status: "active", acceptedAt: new Date("2026-06-01T00:00:00Z") },
      { profileId: band, userId: editor.userId, role: "editor", status: "active", acceptedAt: new Date("2025-01-01T00:00:00Z") },
    ]);
    // By default the longest-serving admin; the choice lists every admin.
    expect((await pageFates(t.db, me.userId))[0]).toMatchObject({ fate: "handed_over", to: "BO", chosen: false, candidates: [{ userId: first.userId }, { userId: second.userId }] });
    // A banned admin is no heir either.
    await t.db.update(users).set({ bannedAt: new Date() }).where(eq(users.id, second.userId));
    expect((await pageFates(t.db, me.userId))[0].candidates.map((c) => c.userId)).toEqual([first.userId]);
    await t.db.update(users).set({ bannedAt: null }).where(eq(users.id, second.userId));
    // An editor is no heir, and only the owner chooses.
    expect(await choosePageHeir(t.db, me.userId, band, editor.userId)).toMatchObject({ ok: false });
    const refused = await choosePageHeir(t.db, first.userId, band, first.userId);
    expect(refused.ok).toBe(false);
    expect(english(refused.message)).toBe("Only the page's owner chooses who takes it over.");
    expect(await choosePageHeir(t.db, me.userId, band, second.userId)).toEqual({ ok: true, message: "CY will take over Ana Band." });
    expect((await pageFates(t.db, me.userId))[0]).toMatchObject({ fate: "handed_over", to: "CY", chosen: true });
    expect(await choosePageHeir(t.db, me.userId, band, "delete")).toEqual({ ok: true, message: "Ana Band will be deleted with your account." });
    expect((await pageFates(t.db, me.userId))[0]).toMatchObject({ fate: "deleted", chosen: true });

    // The chosen admin inherits, even though another served longer.
    await choosePageHeir(t.db, me.userId, band, second.userId);
    await requestDeletion(t.db, me.userId, new Date(Date.now() - 15 * 86_400_000));
    expect(await eraseDueAccounts(t.db)).toBe(1);
    expect((await t.db.select().from(profiles).where(eq(profiles.id, band)))[0]).toMatchObject({ ownerId: second.userId, deletedAt: null });
  });

  it("a chosen heir who is no longer an admin falls back to the longest-serving one; 'delete' deletes even with admins", async () => {
    const me = await person(t, "ana");
    const first = await person(t, "bo");
    const second = await person(t, "cy");
    const band = (await t.db.insert(profiles).values({ ownerId: me.userId, kind: "artist", handle: "anaband", name: "Ana Band" }).returning())[0].id;
    const solo = (await t.db.insert(profiles).values({ ownerId: me.userId, kind: "artist", handle: "anasolo", name: "Ana Solo" }).returning())[0].id;
    for (const page of [band, solo]) {
      await t.db.insert(pageMembers).values([
        { profileId: page, userId: first.userId, role: "admin", status: "active", acceptedAt: new Date("2026-01-01T00:00:00Z") },
        { profileId: page, userId: second.userId, role: "admin", status: "active", acceptedAt: new Date("2026-06-01T00:00:00Z") },
      ]);
    }
    await choosePageHeir(t.db, me.userId, band, second.userId);
    await t.db.update(pageMembers).set({ role: "editor" }).where(and(eq(pageMembers.profileId, band), eq(pageMembers.userId, second.userId)));
    await choosePageHeir(t.db, me.userId, solo, "delete");
    expect(await pageFates(t.db, me.userId)).toEqual([
      expect.objectContaining({ id: band, fate: "handed_over", to: "BO", chosen: false }),
      expect.objectContaining({ id: solo, fate: "deleted", chosen: true }),
    ]);
    await requestDeletion(t.db, me.userId, new Date(Date.now() - 15 * 86_400_000));
    expect(await eraseDueAccounts(t.db)).toBe(1);
    expect((await t.db.select().from(profiles).where(eq(profiles.id, band)))[0].ownerId).toBe(first.userId);
    expect((await t.db.select().from(profiles).where(eq(profiles.id, solo)))[0].deletedAt).not.toBeNull();
  });
});

describe("account: data export", () => {
  let t: T;
  beforeEach(async () => {
    t = await tempDatabase();
    process.env.UPLOADS_DIR = path.join(t.dir, "uploads");
  });
  afterEach(() => {
    delete process.env.UPLOADS_DIR;
    t.close();
  });

  it("builds one archive at a time with the account's data and uploads, for its owner only", async () => {
    const me = await person(t, "ana");
    const other = await person(t, "bo");
    await t.db.insert(follows).values({ followerId: me.profileId, followeeId: other.profileId });
    fs.mkdirSync(path.join(t.dir, "uploads", "ab"), { recursive: true });
    fs.writeFileSync(path.join(t.dir, "uploads", "ab", "pic.webp"), Buffer.from("RIFF-not-really-webp"));
    await t.db.insert(mediaFiles).values({ ownerId: me.userId, kind: "image", mime: "image/webp", bytes: 20, path: "ab/pic.webp" });

    const started = await startExport(t.db, me.userId);
    expect(started.ok).toBe(true);
    expect((await startExport(t.db, me.userId)).ok).toBe(false);
    expect(await buildNextExport(t.db)).toBe(true);
    expect(await buildNextExport(t.db)).toBe(false);
    const row = (await t.db.select().from(dataExports))[0];
    expect(row).toMatchObject({ status: "ready", progress: 100 });
    expect(await downloadableExport(t.db, row.id, other.userId)).toBeNull();
    expect(await downloadableExport(t.db, row.id, me.userId, new Date(Date.now() + 8 * 86_400_000))).toBeNull();
    expect(await downloadableExport(t.db, row.id, me.userId)).not.toBeNull();

    const zip = unzipSync(fs.readFileSync(path.join(t.dir, "uploads", exportKey(row.id))));
    const data = JSON.parse(new TextDecoder().decode(zip["data.json"]));
    expect(data.account.email).toBe("ana@x.test");
    expect(data.follows.following).toEqual([expect.objectContaining({ profile: "@bo" })]);
    const upload = Object.keys(zip).find((name) => name.startsWith("uploads/image/"));
    expect(upload && new TextDecoder().decode(zip[upload])).toBe("RIFF-not-really-webp");
  });
});
