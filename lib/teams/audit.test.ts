import { createTranslator } from "next-intl";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { pageAudit, profiles, users } from "@/db/schema";
import { de, en, fr } from "@/lib/i18n/messages";
import { tempDatabase } from "@/lib/test/db";
import { auditLog, auditSays, parseSays, recordAudit, type AuditSays } from "./audit";
import { answerInvite, inviteMember } from "./members";

describe("a page's activity log", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  let pageId: string;
  let owner: { userId: string; name: string };
  let bandmate: { userId: string; name: string };

  beforeEach(async () => {
    t = await tempDatabase();
    const made = [];
    for (const handle of ["owner", "bandmate"]) {
      const u = (await t.db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning())[0];
      await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle, name: handle });
      made.push({ userId: u.id, name: handle });
    }
    [owner, bandmate] = made;
    pageId = (await t.db.insert(profiles).values({ ownerId: owner.userId, kind: "artist", handle: "nova_lane", name: "Nova Lane" }).returning())[0].id;
  });
  afterEach(() => t.close());

  it("keeps each line as a message with its values, and its English as the summary", async () => {
    await recordAudit(t.db, { pageId, userId: owner.userId, actorName: "Alex", action: "music.editRelease", says: { key: "releaseEdited", values: { title: "Night Drive" } } });
    const [line] = await auditLog(t.db, pageId);
    expect(line).toMatchObject({ actorName: "Alex", summary: "edited the release “Night Drive”", says: { key: "releaseEdited", values: { title: "Night Drive" } } });
  });

  it("reads the same line in French and German", async () => {
    await inviteMember(t.db, { id: pageId, name: "Nova Lane", handle: "nova_lane", kind: "artist", ownerId: owner.userId } as never, owner, { handle: "bandmate", role: "editor" });
    await answerInvite(t.db, bandmate, pageId, true);
    const [joined] = await auditLog(t.db, pageId);
    expect(joined.summary).toBe("joined the team as Editor");
    const read = (locale: "fr" | "de", messages: typeof en, says: AuditSays) => createTranslator({ locale, messages, namespace: "audit" })(says.key, says.values as never);
    expect(read("fr", fr as never, joined.says!)).toBe("a rejoint l’équipe avec le rôle «\u00a0Édition\u00a0»");
    expect(read("de", de as never, joined.says!)).toBe("ist dem Team mit der Rolle „Redaktion“ beigetreten");
  });

  it("names every guarded action it knows, and falls back for one it does not", () => {
    expect(auditSays("studio.release")).toEqual({ key: "released" });
    expect(auditSays("studio.somethingNew")).toEqual({ key: "other", values: { action: "studio.somethingNew" } });
  });

  it("shows an older line (no message stored, or an unknown one) as its English summary", async () => {
    await t.db.insert(pageAudit).values({ profileId: pageId, actorName: "Alex", action: "studio.release", summary: "published a release", at: new Date() });
    expect((await auditLog(t.db, pageId))[0]).toMatchObject({ summary: "published a release", says: null });
    expect(parseSays('{"key":"noSuchKey"}')).toBeNull();
    expect(parseSays("not json")).toBeNull();
  });
});
