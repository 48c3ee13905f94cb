import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { comments, conversationMembers, mediaFiles, products, conversations, messages, moderationActions, notifications, profiles, reports, tracks, users } from "@/db/schema";
import { viewerForUser } from "@/lib/auth/viewer-data";
import { collectAccountData } from "@/lib/account/export";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { decideReport, liftSuspension, setSiteRole } from "./moderate";
import { moderationLog, moderationQueue } from "./queue";
import { reportMessage, reportPageItem, reportTrack } from "./reports";

type T = Awaited<ReturnType<typeof tempDatabase>>;

describe("moderation", () => {
  let t: T;
  const u = { admin: "", mod: "", troll: "", victim: "" };
  const p = { admin: "", mod: "", troll: "", victim: "" };
  let messageId = "";

  beforeEach(async () => {
    t = await tempDatabase();
    for (const name of ["admin", "mod", "troll", "victim"] as const) {
      u[name] = (await t.db.insert(users).values({ email: `${name}@x.test`, name }).returning())[0].id;
      p[name] = (await t.db.insert(profiles).values({ ownerId: u[name], kind: "listener", handle: name, name }).returning())[0].id;
    }
    await setSiteRole(t.db, "ADMIN@x.test", "admin");
    await setSiteRole(t.db, "mod@x.test", "moderator");
    await t.db.insert(conversations).values({ id: "CONVERSATION01", createdById: p.troll });
    await t.db.insert(conversationMembers).values([{ conversationId: "CONVERSATION01", profileId: p.troll }, { conversationId: "CONVERSATION01", profileId: p.victim }]);
    messageId = (await t.db.insert(messages).values({ conversationId: "CONVERSATION01", senderId: p.troll, body: "you are worthless" }).returning())[0].id;
  });
  afterEach(() => t.close());

  const admin = () => ({ userId: u.admin, siteRole: "admin" as const });
  const mod = () => ({ userId: u.mod, siteRole: "moderator" as const });
  const openReport = async () => (await moderationQueue(t.db))[0];

  it("only members of the conversation report a message, and not their own", async () => {
    expect((await reportMessage(t.db, { reporterId: p.mod, messageId, reason: "saw it" })).ok).toBe(false);
    expect((await reportMessage(t.db, { reporterId: p.troll, messageId, reason: "mine" })).ok).toBe(false);
    expect((await reportMessage(t.db, { reporterId: p.victim, messageId, reason: "abuse" })).ok).toBe(true);
    const item = await openReport();
    expect(item).toMatchObject({ reason: "abuse", target: { type: "message", id: messageId, excerpt: "you are worthless" }, reporter: { handle: "victim" }, subject: { handle: "troll" } });
  });

  it("a message a team member wrote as a page: the report is about that member, not the page's owner", async () => {
    const { sendToProfiles } = await import("@/lib/messages/send");
    const boss = (await t.db.insert(users).values({ email: "boss@x.test", name: "boss" }).returning())[0].id;
    const band = (await t.db.insert(profiles).values({ ownerId: boss, kind: "artist", handle: "band", name: "The Band" }).returning())[0].id;
    // The troll is on the band's team and writes as the band.
    const sent = await sendToProfiles(t.db, band, [p.victim], "buy our merch or else", null, new Date(), u.troll);
    expect(sent.ok).toBe(true);
    const written = (await t.db.select().from(messages).where(eq(messages.senderId, band)))[0];
    expect(written.authorUserId).toBe(u.troll);
    expect((await reportMessage(t.db, { reporterId: p.victim, messageId: written.id, reason: "threat" })).ok).toBe(true);
    const report = (await moderationQueue(t.db)).find((r) => r.target.id === written.id)!;
    expect(report).toMatchObject({ subject: { handle: "band", userId: u.troll }, writtenBy: { handle: "troll" } });
    expect((await decideReport(t.db, mod(), report.id, { action: "suspend", days: 3, note: "threats" })).ok).toBe(true);
    const standing = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0].suspendedUntil;
    expect(await standing(u.troll)).not.toBeNull();
    expect(await standing(boss)).toBeNull();
    expect((await moderationLog(t.db))[0]).toMatchObject({ action: "suspend", subjectName: "troll" });
  });

  it("removing a reported message hides it for everyone, tells the reporter and the author, and logs it", async () => {
    await reportMessage(t.db, { reporterId: p.victim, messageId, reason: "abuse" });
    const report = await openReport();
    expect((await decideReport(t.db, mod(), report.id, { action: "hide", note: "harassment" })).ok).toBe(true);
    expect((await t.db.select().from(messages).where(eq(messages.id, messageId)))[0].hiddenAt).not.toBeNull();
    expect((await collectAccountData(t.db, u.victim))?.messages).toEqual([]);
    const told = await t.db.select().from(notifications);
    expect(told.find((n) => n.recipientId === p.victim)).toMatchObject({ type: "report_outcome", text: expect.stringContaining("removed") });
    expect(told.find((n) => n.recipientId === p.troll)).toMatchObject({ type: "moderation", text: expect.stringContaining("harassment") });
    expect(await moderationQueue(t.db)).toHaveLength(0);
    expect((await moderationLog(t.db))[0]).toMatchObject({ action: "hide", moderatorName: "mod", subjectName: "troll", note: "harassment" });
    // Decided once: a second moderator's click changes nothing.
    expect((await decideReport(t.db, admin(), report.id, { action: "ban", note: "" })).ok).toBe(false);
    expect(await t.db.select().from(moderationActions)).toHaveLength(1);
  });

  it("suspension signs the account out and keeps it out until it ends; only admins ban or lift", async () => {
    await reportMessage(t.db, { reporterId: p.victim, messageId, reason: "abuse" });
    const report = await openReport();
    expect(english((await decideReport(t.db, mod(), report.id, { action: "ban", note: "" })).message)).toMatch(/Only admins/);
    expect((await decideReport(t.db, mod(), report.id, { action: "suspend", note: "", days: 90 })).ok).toBe(false);
    expect((await decideReport(t.db, { userId: u.victim, siteRole: "member" }, report.id, { action: "dismiss", note: "" })).ok).toBe(false);
    expect((await decideReport(t.db, mod(), report.id, { action: "suspend", note: "cool off", days: 7 })).ok).toBe(true);
    const troll = (await t.db.select().from(users).where(eq(users.id, u.troll)))[0];
    expect(troll.suspendedUntil!.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    expect(await viewerForUser(t.db, u.troll, troll.sessionVersion)).toBeNull();
    // A later, shorter suspension does not cut this one short.
    await reportMessage(t.db, { reporterId: p.victim, messageId, reason: "again" });
    await t.db.insert(reports).values({ reporterId: p.victim, profileId: p.troll, reason: "profile too", targetType: "profile", targetId: p.troll });
    expect((await decideReport(t.db, mod(), (await openReport()).id, { action: "suspend", note: "", days: 1 })).ok).toBe(true);
    expect((await t.db.select().from(users).where(eq(users.id, u.troll)))[0].suspendedUntil!.getTime()).toBe(troll.suspendedUntil!.getTime());
    expect((await liftSuspension(t.db, mod(), u.troll, "")).ok).toBe(false);
    expect((await liftSuspension(t.db, admin(), u.troll, "appeal accepted")).ok).toBe(true);
    expect(await viewerForUser(t.db, u.troll, troll.sessionVersion + 1)).not.toBeNull();
  });

  it("a moderator cannot act on reports about themselves or other moderators", async () => {
    await t.db.insert(reports).values({ reporterId: p.troll, profileId: p.mod, reason: "revenge", targetType: "profile", targetId: p.mod });
    expect((await decideReport(t.db, mod(), (await openReport()).id, { action: "dismiss", note: "" })).ok).toBe(false);
    expect((await decideReport(t.db, admin(), (await openReport()).id, { action: "dismiss", note: "" })).ok).toBe(true);
  });

  it("a removed comment and a removed track leave public view; the report keeps the evidence", async () => {
    const band = (await t.db.insert(profiles).values({ ownerId: u.troll, kind: "artist", handle: "trollband", name: "Troll Band" }).returning())[0].id;
    const audio = (await t.db.insert(mediaFiles).values({ kind: "audio", mime: "audio/wav", bytes: 1, path: "a.wav" }).returning())[0].id;
    const track = (await t.db.insert(tracks).values({ profileId: band, title: "Stolen Song", audioId: audio, durationMs: 1000, status: "published", publishedAt: new Date() }).returning())[0].id;
    const comment = (await t.db.insert(comments).values({ trackId: track, authorId: p.troll, body: "spam spam" }).returning())[0].id;
    await t.db.insert(reports).values({ reporterId: p.victim, profileId: p.troll, reason: "spam", targetType: "comment", targetId: comment, excerpt: "spam spam", commentId: comment, commentText: "spam spam" });
    expect((await decideReport(t.db, mod(), (await openReport()).id, { action: "hide", note: "" })).ok).toBe(true);
    expect(await t.db.select().from(comments).where(eq(comments.id, comment))).toHaveLength(0);
    expect((await reportTrack(t.db, { reporterId: p.victim, trackId: track, reason: "not theirs" })).ok).toBe(true);
    expect((await decideReport(t.db, admin(), (await openReport()).id, { action: "hide", note: "copyright" })).ok).toBe(true);
    expect((await t.db.select().from(tracks).where(eq(tracks.id, track)))[0].status).toBe("draft");
    const product = (await t.db.insert(products).values({ profileId: band, title: "Fake Tee", priceMinor: 1000, currency: "EUR", shipCountries: ["DE"], status: "live" }).returning())[0].id;
    expect((await reportPageItem(t.db, { reporterId: p.victim, type: "product", id: product, reason: "counterfeit" })).ok).toBe(true);
    expect((await decideReport(t.db, mod(), (await openReport()).id, { action: "hide", note: "" })).ok).toBe(true);
    expect((await t.db.select().from(products).where(eq(products.id, product)))[0].status).toBe("archived");
    expect((await moderationQueue(t.db, { resolved: true })).map((r) => r.target.excerpt).sort()).toEqual(["Fake Tee", "Stolen Song", "spam spam"]);
  });
});
