import { and, eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { follows, notifications, orders, pageMembers, profiles, users } from "@/db/schema";
import { authorizePage } from "@/lib/auth/policy";
import { handleUnavailable } from "@/lib/profiles/handle-history";
import { tempDatabase } from "@/lib/test/db";
import { deletePage } from "./delete-page";
import { releaseController } from "@/lib/music/edit";
import { answerInvite, answerTransfer, cancelTransfer, inviteMember, offerTransfer, openInvitations } from "./members";
import { answerRoster, inviteToRoster, isOnRoster, labelsOf, leaveRoster, rosterInvitationsFor, rosterOf } from "./roster";

describe("teams, handovers and deleting a page", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  const people: Record<string, { userId: string; profileId: string }> = {};
  let page: typeof profiles.$inferSelect;

  beforeEach(async () => {
    t = await tempDatabase();
    for (const handle of ["owner", "bandmate", "fan"]) {
      const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      const p = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle, name: handle, followingCount: handle === "fan" ? 1 : 0 }).returning())[0];
      people[handle] = { userId: u.id, profileId: p.id };
    }
    page = (await t.db.insert(profiles).values({ ownerId: people.owner.userId, kind: "artist", handle: "nova_lane", name: "Nova Lane", followerCount: 1 }).returning())[0];
    await t.db.insert(follows).values({ followerId: people.fan.profileId, followeeId: page.id });
  });
  afterEach(() => t.close());

  it("an invited editor has no role until they accept, then exactly an editor's", async () => {
    expect(await inviteMember(t.db, page, { userId: people.owner.userId, name: "owner" }, { handle: "@bandmate", role: "editor" })).toMatchObject({ ok: true });
    expect(await inviteMember(t.db, page, { userId: people.owner.userId, name: "owner" }, { handle: "bandmate", role: "admin" })).toMatchObject({ ok: false, field: "handle" });
    expect(await inviteMember(t.db, page, { userId: people.owner.userId, name: "owner" }, { handle: "nobody_here", role: "admin" })).toMatchObject({ ok: false, field: "handle" });
    expect((await t.db.select().from(notifications).where(and(eq(notifications.recipientId, people.bandmate.profileId), eq(notifications.type, "page_invite")))).length).toBe(1);
    expect(await authorizePage(t.db, people.bandmate.userId, page.id, "post_videos")).toMatchObject({ ok: false });
    expect(await openInvitations(t.db, people.bandmate.userId)).toMatchObject([{ kind: "team", role: "editor", page: { id: page.id } }]);
    expect(await answerInvite(t.db, { userId: people.fan.userId, name: "fan" }, page.id, true)).toMatchObject({ ok: false });
    expect(await answerInvite(t.db, { userId: people.bandmate.userId, name: "bandmate" }, page.id, true)).toMatchObject({ ok: true });
    expect(await authorizePage(t.db, people.bandmate.userId, page.id, "post_videos")).toMatchObject({ ok: true, role: "editor" });
    expect(await authorizePage(t.db, people.bandmate.userId, page.id, "manage_orders")).toMatchObject({ ok: false });
    expect(await openInvitations(t.db, people.bandmate.userId)).toEqual([]);
  });

  it("ownership moves only when the new owner accepts, and the old owner stays on as an admin", async () => {
    expect(await offerTransfer(t.db, page, { userId: people.owner.userId, name: "owner" }, "bandmate")).toMatchObject({ ok: true });
    expect(await authorizePage(t.db, people.bandmate.userId, page.id, "transfer")).toMatchObject({ ok: false });
    expect(await answerTransfer(t.db, { userId: people.fan.userId, name: "fan" }, page.id, true)).toMatchObject({ ok: false });
    expect(await answerTransfer(t.db, { userId: people.bandmate.userId, name: "bandmate" }, page.id, true)).toMatchObject({ ok: true });
    expect((await t.db.select({ o: profiles.ownerId }).from(profiles).where(eq(profiles.id, page.id)))[0].o).toBe(people.bandmate.userId);
    expect(await authorizePage(t.db, people.bandmate.userId, page.id, "delete_page")).toMatchObject({ ok: true, role: "owner" });
    expect(await authorizePage(t.db, people.owner.userId, page.id, "delete_page")).toMatchObject({ ok: false });
    expect(await authorizePage(t.db, people.owner.userId, page.id, "edit")).toMatchObject({ ok: true, role: "admin" });
    expect(await answerTransfer(t.db, { userId: people.bandmate.userId, name: "bandmate" }, page.id, true)).toMatchObject({ ok: false });
  });

  it("a deleted page tells its followers once, frees their counts and keeps its handle reserved", async () => {
    await t.db.insert(pageMembers).values({ profileId: page.id, userId: people.bandmate.userId, role: "admin", status: "active" });
    expect(await deletePage(t.db, page)).toEqual({ ok: true, followersTold: 1 });
    const fan = (await t.db.select().from(profiles).where(eq(profiles.id, people.fan.profileId)))[0];
    expect(fan.followingCount).toBe(0);
    expect(await t.db.select().from(follows).where(eq(follows.followeeId, page.id))).toEqual([]);
    expect((await t.db.select().from(notifications).where(eq(notifications.recipientId, people.fan.profileId)))[0].text).toMatch(/Nova Lane \(@nova_lane\) was deleted/);
    expect(await handleUnavailable(t.db, "Nova_Lane", null)).toMatch(/reserved/);
    expect(await handleUnavailable(t.db, "nova_lane", null, new Date(Date.now() + 31 * 86_400_000))).toBeNull();
    expect(await authorizePage(t.db, people.owner.userId, page.id, "edit")).toMatchObject({ ok: false });
    expect(await t.db.select().from(pageMembers).where(eq(pageMembers.profileId, page.id))).toEqual([]);
  });

  it("a label's roster needs the artist's side to accept", async () => {
    const label = (await t.db.insert(profiles).values({ ownerId: people.bandmate.userId, kind: "label", handle: "night_shift", name: "Night Shift" }).returning())[0];
    expect(await inviteToRoster(t.db, label, "@fan")).toMatchObject({ ok: false, field: "handle" });
    expect(await inviteToRoster(t.db, label, "@nova_lane")).toMatchObject({ ok: true });
    expect(await isOnRoster(t.db, label.id, page.id)).toBe(false);
    expect(await rosterInvitationsFor(t.db, people.owner.userId)).toMatchObject([{ label: { id: label.id }, artist: { id: page.id } }]);
    expect(await rosterInvitationsFor(t.db, people.fan.userId)).toEqual([]);
    expect(await answerRoster(t.db, label.id, page, true)).toMatchObject({ ok: true });
    expect(await isOnRoster(t.db, label.id, page.id)).toBe(true);
    expect((await rosterOf(t.db, label.id)).map((a) => [a.name, a.status])).toEqual([["Nova Lane", "active"]]);
    expect((await labelsOf(t.db, page.id)).map((l) => l.name)).toEqual(["Night Shift"]);
  });

  it("a handover answered after it was cancelled and offered to someone else does nothing", async () => {
    await offerTransfer(t.db, page, { userId: people.owner.userId, name: "owner" }, "bandmate");
    await cancelTransfer(t.db, page);
    await offerTransfer(t.db, page, { userId: people.owner.userId, name: "owner" }, "fan");
    expect(await answerTransfer(t.db, { userId: people.bandmate.userId, name: "bandmate" }, page.id, true)).toMatchObject({ ok: false });
    expect((await t.db.select({ o: profiles.ownerId }).from(profiles).where(eq(profiles.id, page.id)))[0].o).toBe(people.owner.userId);
  });

  it("a page with open orders is not deleted until they are shipped or cancelled", async () => {
    await t.db.insert(orders).values({ buyerId: people.fan.profileId, sellerId: page.id, currency: "EUR", totalMinor: 2500, status: "paid", paymentProvider: "offline", shippingAddress: { name: "F", line1: "x", city: "Berlin", postalCode: "10115", country: "DE" } });
    expect(await deletePage(t.db, page)).toMatchObject({ ok: false, message: /1 order is still open/ });
    expect((await t.db.select({ d: profiles.deletedAt, h: profiles.handle }).from(profiles).where(eq(profiles.id, page.id)))[0]).toEqual({ d: null, h: "nova_lane" });
    expect((await t.db.select().from(follows).where(eq(follows.followeeId, page.id))).length).toBe(1);
  });

  it("a label controls a release it put out only while the artist is on its roster", async () => {
    const label = (await t.db.insert(profiles).values({ ownerId: people.bandmate.userId, kind: "label", handle: "night_shift", name: "Night Shift" }).returning())[0];
    await inviteToRoster(t.db, label, "nova_lane");
    await answerRoster(t.db, label.id, page, true);
    const release = { profileId: page.id, labelId: label.id };
    expect(await releaseController(t.db, release)).toBe(label.id);
    await leaveRoster(t.db, label.id, page.id);
    expect(await releaseController(t.db, release)).toBe(page.id);
  });
});
