import { and, eq, ne } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { profiles, type ProfileKind } from "@/db/schema";
import { isId } from "@/lib/ids";

/**
 * Who may do what with a page: the one place for page roles and page-kind rules.
 * Today a page has one role, its owner (the account that created it); teams add
 * roles here, not in the actions.
 */
export type PageAbility = "edit" | "publish_music" | "post_videos" | "sell" | "manage_orders" | "announce_shows" | "announce" | "read_stats";

type PageRole = "owner";

const KINDS: Record<PageAbility, readonly ProfileKind[]> = {
  edit: ["artist", "label", "publication"],
  publish_music: ["artist", "label"],
  post_videos: ["artist", "label"],
  sell: ["artist", "label", "publication"],
  manage_orders: ["artist", "label", "publication"],
  announce_shows: ["artist", "label"],
  announce: ["artist", "label", "publication"],
  read_stats: ["artist", "label", "publication"],
};

const ROLES: Record<PageAbility, readonly PageRole[]> = {
  edit: ["owner"],
  publish_music: ["owner"],
  post_videos: ["owner"],
  sell: ["owner"],
  manage_orders: ["owner"],
  announce_shows: ["owner"],
  announce: ["owner"],
  read_stats: ["owner"],
};

/** Said to an account that does not run the page, in the words of what it tried. */
const NOT_YOURS: Record<PageAbility, string> = {
  edit: "You cannot edit this page: only the account that manages it can.",
  publish_music: "You cannot upload to this page: only the account that manages it can.",
  post_videos: "You cannot post to this page: only the account that manages it can.",
  sell: "You cannot sell merch for this page.",
  manage_orders: "You cannot manage orders for this page.",
  announce_shows: "You cannot edit shows for this page.",
  announce: "You cannot post for this page.",
  read_stats: "Not found.",
};

const KIND_REFUSALS: Partial<Record<PageAbility, string>> = {
  publish_music: "Only artist and label pages can publish music.",
  post_videos: "Only artist and label pages can post videos.",
  announce_shows: "Only artist and label pages can announce shows.",
};

export type Page = typeof profiles.$inferSelect;
export type PageDecision = { ok: true; page: Page } | { ok: false; status: 403; message: string };

function roleOf(page: Page, userId: string): PageRole | null {
  return page.ownerId === userId ? "owner" : null;
}

/** Decides whether this account may use `ability` on the page; the page comes back when it may. */
export async function authorizePage(database: ChorusDb, userId: string, pageId: unknown, ability: PageAbility): Promise<PageDecision> {
  const page = isId(pageId) ? (await database.select().from(profiles).where(and(eq(profiles.id, pageId), ne(profiles.kind, "listener"))).limit(1))[0] : undefined;
  const role = page ? roleOf(page, userId) : null;
  // A page you do not manage gets the same answer as one that does not exist.
  if (!page || !role || !ROLES[ability].includes(role)) return { ok: false, status: 403, message: NOT_YOURS[ability] };
  if (!KINDS[ability].includes(page.kind)) return { ok: false, status: 403, message: KIND_REFUSALS[ability] ?? "This kind of page cannot do that." };
  return { ok: true, page };
}

/** Pages this account may use `ability` on (for pickers and Studio panels). */
export function mayOnKind(kind: string, ability: PageAbility): boolean {
  return (KINDS[ability] as readonly string[]).includes(kind);
}
