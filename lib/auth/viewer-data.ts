import { and, asc, eq, isNull, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { pageMembers, profiles, users } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";
import type { SiteRole } from "@/db/schema/enums";
import { isSuspended } from "./standing";
import { roleMay, type PageAbility, type PageRole } from "./policy";

export type ManagedProfile = { id: string; handle: string; name: string; kind: string; avatarUrl: string | null; role: PageRole };

export type Viewer = {
  userId: string;
  /** "moderator" and "admin" work the moderation queue. */
  siteRole: SiteRole;
  /** Discover ranks for this account as for everyone, and keeps no signals. */
  personalizationOff: boolean;
  country: string | null;
  city: string | null;
  /** The language this account chose (Settings), or null to follow the browser. */
  locale: "en" | "fr" | "de" | null;
  profile: ManagedProfile;
  /** Pages this account owns or holds an accepted role on. */
  managed: ManagedProfile[];
};

function toManaged(p: typeof profiles.$inferSelect, role: PageRole): ManagedProfile {
  return { id: p.id, handle: p.handle, name: p.name, kind: p.kind, avatarUrl: mediaUrl(p.avatarId), role };
}

/** Is a session of this version still good: the account exists, is in good standing, and no password change or "sign out everywhere" came after it? */
export async function sessionIsCurrent(database: ChorusDb, userId: string, sessionVersion = 0): Promise<boolean> {
  const user = (await database
    .select({ sessionVersion: users.sessionVersion, suspendedUntil: users.suspendedUntil, bannedAt: users.bannedAt, erasedAt: users.erasedAt })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1))[0];
  return !!user && user.sessionVersion === sessionVersion && !isSuspended(user);
}

/**
 * An account as a viewer: its listener profile and the pages it works on; null when it is gone,
 * suspended, or the session predates a password change or "sign out everywhere" (an older version).
 */
export async function viewerForUser(database: ChorusDb, userId: string, sessionVersion = 0): Promise<Viewer | null> {
  const user = (await database
    .select({
      id: users.id,
      country: users.country,
      city: users.city,
      sessionVersion: users.sessionVersion,
      siteRole: users.siteRole,
      personalizationOff: users.personalizationOff,
      locale: users.locale,
      suspendedUntil: users.suspendedUntil,
      bannedAt: users.bannedAt,
      erasedAt: users.erasedAt,
    })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1))[0];
  if (!user || user.sessionVersion !== sessionVersion || isSuspended(user)) return null;
  const own = (await database.select().from(profiles).where(and(eq(profiles.ownerId, userId), eq(profiles.kind, "listener"))).limit(1))[0];
  if (!own) return null;
  const [owned, member] = await Promise.all([
    database
      .select()
      .from(profiles)
      .where(and(eq(profiles.ownerId, userId), ne(profiles.kind, "listener"), isNull(profiles.deletedAt)))
      .orderBy(asc(profiles.createdAt)),
    database
      .select({ p: profiles, role: pageMembers.role })
      .from(pageMembers)
      .innerJoin(profiles, eq(profiles.id, pageMembers.profileId))
      .where(and(eq(pageMembers.userId, userId), eq(pageMembers.status, "active"), isNull(profiles.deletedAt)))
      .orderBy(asc(pageMembers.acceptedAt)),
  ]);
  const managed = [...owned.map((p) => toManaged(p, "owner")), ...member.map((m) => toManaged(m.p, m.role))];
  return { userId, siteRole: user.siteRole, personalizationOff: user.personalizationOff, country: user.country, city: user.city, locale: user.locale, profile: toManaged(own, "owner"), managed };
}

/** The viewer's pages on which its role allows `ability`. */
export function pagesWhere(viewer: Pick<Viewer, "managed">, ability: PageAbility): ManagedProfile[] {
  return viewer.managed.filter((p) => roleMay(p.role, ability));
}

/** Every inbox this account reads: its own and those of pages it may write as. */
export function inboxesOf(viewer: Viewer): ManagedProfile[] {
  return [viewer.profile, ...pagesWhere(viewer, "message")];
}
