import { and, eq, isNull, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { pageMembers, profiles, type ProfileKind } from "@/db/schema";
import type { PageRole } from "./roles";
import { isId } from "@/lib/ids";
import englishErrors from "@/lib/i18n/messages/en/errors.json";

/**
 * Who may do what with a page: the one place for page roles and page-kind rules.
 * The owner is the account in profiles.owner_id; other accounts hold one role
 * each through page_members once they accept an invitation.
 */
export type PageAbility =
  | "edit"
  | "publish_music"
  | "post_videos"
  | "sell"
  | "manage_orders"
  | "announce_shows"
  | "announce"
  | "read_stats"
  | "message"
  | "manage_team"
  | "read_audit"
  | "manage_roster"
  | "transfer"
  | "delete_page";

export { PAGE_ROLES, ROLE_LABELS, type PageRole } from "./roles";

const KINDS: Record<PageAbility, readonly ProfileKind[]> = {
  edit: ["artist", "label", "publication"],
  publish_music: ["artist", "label"],
  post_videos: ["artist", "label"],
  sell: ["artist", "label", "publication"],
  manage_orders: ["artist", "label", "publication"],
  announce_shows: ["artist", "label"],
  announce: ["artist", "label", "publication"],
  read_stats: ["artist", "label", "publication"],
  message: ["artist", "label", "publication"],
  manage_team: ["artist", "label", "publication"],
  read_audit: ["artist", "label", "publication"],
  manage_roster: ["label"],
  transfer: ["artist", "label", "publication"],
  delete_page: ["artist", "label", "publication"],
};

const ROLES: Record<PageAbility, readonly PageRole[]> = {
  edit: ["owner", "admin"],
  publish_music: ["owner", "admin", "editor"],
  post_videos: ["owner", "admin", "editor"],
  sell: ["owner", "admin", "merch"],
  manage_orders: ["owner", "admin", "merch"],
  announce_shows: ["owner", "admin", "editor"],
  announce: ["owner", "admin", "editor"],
  read_stats: ["owner", "admin", "analyst"],
  message: ["owner", "admin", "editor"],
  manage_team: ["owner", "admin"],
  read_audit: ["owner", "admin"],
  manage_roster: ["owner", "admin"],
  transfer: ["owner"],
  delete_page: ["owner"],
};

/**
 * Said to an account without the role, in the words of what it tried: keys of the
 * "errors" namespace (pages.*), which the mutation wrapper says in the request's language.
 */
const NOT_YOURS: Record<PageAbility, string> = {
  edit: "pages.notYours.edit",
  publish_music: "pages.notYours.publishMusic",
  post_videos: "pages.notYours.postVideos",
  sell: "pages.notYours.sell",
  manage_orders: "pages.notYours.manageOrders",
  announce_shows: "pages.notYours.announceShows",
  announce: "pages.notYours.announce",
  read_stats: "pages.notFound",
  message: "pages.notYours.message",
  manage_team: "pages.notYours.manageTeam",
  read_audit: "pages.notFound",
  manage_roster: "pages.notYours.manageRoster",
  transfer: "pages.notYours.transfer",
  delete_page: "pages.notYours.deletePage",
};

const KIND_REFUSALS: Partial<Record<PageAbility, string>> = {
  publish_music: "pages.kind.publishMusic",
  post_videos: "pages.kind.postVideos",
  announce_shows: "pages.kind.announceShows",
  manage_roster: "pages.kind.manageRoster",
};

export type Page = typeof profiles.$inferSelect;
export type PageDecision = { ok: true; page: Page; role: PageRole } | { ok: false; status: 403; message: string };

/** A key's English sentence ("pages.notYours.edit" → "You cannot edit this page: …"). */
const english = (key: string): unknown => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], englishErrors);

/**
 * Whether a message is this module's refusal, as a key or as its English sentence
 * (tests tell "not allowed" from "allowed, but not now").
 */
export function isRoleRefusal(message: string | undefined): boolean {
  return !!message && [...Object.values(NOT_YOURS), ...Object.values(KIND_REFUSALS)].some((key) => message === key || message === english(key));
}

/** Whether a role may use an ability (page kind aside): the role matrix. */
export function roleMay(role: PageRole | null, ability: PageAbility): boolean {
  return !!role && ROLES[ability].includes(role);
}

/** Whether a role may use an ability on a page of this kind. */
export function may(role: PageRole | null, kind: string, ability: PageAbility): boolean {
  return roleMay(role, ability) && mayOnKind(kind, ability);
}

/** The account's role on a page it is already known to exist; null for none (an invitation not yet accepted is none). */
export async function roleOn(database: Pick<ChorusDb, "select">, page: Pick<Page, "id" | "ownerId">, userId: string): Promise<PageRole | null> {
  if (page.ownerId === userId) return "owner";
  const member = (await database
    .select({ role: pageMembers.role })
    .from(pageMembers)
    .where(and(eq(pageMembers.profileId, page.id), eq(pageMembers.userId, userId), eq(pageMembers.status, "active")))
    .limit(1))[0];
  return member?.role ?? null;
}

/** A live (not deleted) creator page by id. */
export async function findPage(database: Pick<ChorusDb, "select">, pageId: unknown): Promise<Page | undefined> {
  if (!isId(pageId)) return undefined;
  return (await database.select().from(profiles).where(and(eq(profiles.id, pageId), ne(profiles.kind, "listener"), isNull(profiles.deletedAt))).limit(1))[0];
}

/** Decides whether this account may use `ability` on the page; the page and the role come back when it may. */
export async function authorizePage(database: ChorusDb, userId: string, pageId: unknown, ability: PageAbility): Promise<PageDecision> {
  const page = await findPage(database, pageId);
  const role = page ? await roleOn(database, page, userId) : null;
  // A page you have no part in gets the same answer as one that does not exist.
  if (!page || !role || !ROLES[ability].includes(role)) return { ok: false, status: 403, message: NOT_YOURS[ability] };
  if (!KINDS[ability].includes(page.kind)) return { ok: false, status: 403, message: KIND_REFUSALS[ability] ?? "pages.kind.other" };
  return { ok: true, page, role };
}

/** Pages this account may use `ability` on (for pickers and Studio panels). */
export function mayOnKind(kind: string, ability: PageAbility): boolean {
  return (KINDS[ability] as readonly string[]).includes(kind);
}
