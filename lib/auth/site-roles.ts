import type { SiteRole } from "@/db/schema/enums";

/** Site-wide roles (client-safe). Moderators work the report queue; admins also ban and name moderators. */
const RANK: Record<SiteRole, number> = { member: 0, moderator: 1, admin: 2 };

export function siteRoleMay(role: SiteRole, needed: Exclude<SiteRole, "member">): boolean {
  return RANK[role] >= RANK[needed];
}

/** The longest suspension each role may give (days). */
export const MAX_SUSPENSION_DAYS: Record<Exclude<SiteRole, "member">, number> = { moderator: 30, admin: 365 };

export const SITE_ROLE_REFUSAL = "Only Chorus moderators can do this.";
