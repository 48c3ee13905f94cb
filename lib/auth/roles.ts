import type { MemberRole } from "@/db/schema/enums";

/** Page roles and how they are described (client-safe: no data access). */
export type PageRole = "owner" | MemberRole;

/** "an editor", "a merch manager": a role as a noun phrase. */
export function roleWithArticle(role: PageRole): string {
  const name = role === "merch" ? "merch manager" : ROLE_LABELS[role].name.toLowerCase();
  return `${/^[aeiou]/.test(name) ? "an" : "a"} ${name}`;
}

export const PAGE_ROLES: readonly PageRole[] = ["owner", "admin", "editor", "merch", "analyst"];

export const ROLE_LABELS: Record<PageRole, { name: string; can: string }> = {
  owner: { name: "Owner", can: "Everything, including handing the page over, deleting it and managing the team." },
  admin: { name: "Admin", can: "Everything but ownership: settings, team, music, videos, shows, merch, orders and numbers." },
  editor: { name: "Editor", can: "Music, videos, concerts and announcements." },
  merch: { name: "Merch", can: "Products and orders." },
  analyst: { name: "Analyst", can: "Reads the Studio numbers and exports them." },
};
