import type { MemberRole } from "@/db/schema/enums";

/** Page roles and how they are described (client-safe: no data access). */
export type PageRole = "owner" | MemberRole;

export const PAGE_ROLES: readonly PageRole[] = ["owner", "admin", "editor", "merch", "analyst"];

/**
 * The roles in English, for what is stored in English: notification texts and activity-log
 * summaries (lib/teams/members.ts writes the name, lib/notifications/text.ts reads it back).
 * Screens name roles in the reader's language from the messages (studio.roles.<role>.name,
 * .can and .canInline); a sentence naming a role takes the role key as a select argument.
 */
export const ROLE_LABELS: Record<PageRole, { name: string; can: string }> = {
  owner: { name: "Owner", can: "Everything, including handing the page over, deleting it and managing the team." },
  admin: { name: "Admin", can: "Everything but ownership: settings, team, music, videos, shows, merch, orders and numbers." },
  editor: { name: "Editor", can: "Music, videos, concerts and announcements." },
  merch: { name: "Merch", can: "Products and orders." },
  analyst: { name: "Analyst", can: "Reads the Studio numbers and exports them." },
};
