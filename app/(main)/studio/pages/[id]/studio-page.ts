import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/guards";
import { may, type PageAbility } from "@/lib/auth/policy";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { getManagedPage } from "@/lib/studio/queries";
import { parseRange, type RangeKey } from "@/lib/studio/ranges";

/** Studio's sections in tab order: the path under the page, its label and the ability its role needs (null: any role). */
export const SECTIONS = [
  { path: "", label: "Overview", ability: "read_stats" },
  { path: "audience", label: "Audience", ability: "read_stats" },
  { path: "music", label: "Music", ability: "publish_music" },
  { path: "videos", label: "Videos", ability: "post_videos" },
  { path: "concerts", label: "Concerts", ability: "announce_shows" },
  { path: "merch", label: "Merch", ability: "sell" },
  { path: "orders", label: "Orders", ability: "manage_orders" },
  { path: "announcements", label: "Announcements", ability: "announce" },
  { path: "roster", label: "Roster", ability: "manage_roster" },
  { path: "embeds", label: "Embeds", ability: null },
  { path: "team", label: "Team", ability: "manage_team" },
  { path: "log", label: "Activity log", ability: "read_audit" },
  { path: "settings", label: "Page settings", ability: "edit" },
] as const satisfies readonly { path: string; label: string; ability: PageAbility | null }[];

export type SectionPath = (typeof SECTIONS)[number]["path"];

/**
 * The page a Studio section is about, for a signed-in viewer whose role on it
 * opens that section. Someone without one, or a missing page, gets a 404 (the
 * same answer for both). Cached per request: the layout and the section share one lookup.
 */
export const loadStudioPage = cache(async (id: string, section: SectionPath | null = null) => {
  const viewer = await requireViewer(`/studio/pages/${id}${section ? `/${section}` : ""}`);
  const row = await getManagedPage(viewer.userId, id);
  if (!row) notFound();
  const ability = section === null ? null : SECTIONS.find((s) => s.path === section)?.ability;
  if (ability && !may(row.role, row.kind, ability)) notFound();
  const page = await getProfileByHandle(row.handle);
  if (!page) notFound();
  const sections = SECTIONS.filter((s) => !s.ability || may(row.role, row.kind, s.ability));
  return { viewer, page, ownerId: row.ownerId, role: row.role, can: (a: PageAbility) => may(row.role, row.kind, a), sections };
});

export type StudioSectionProps = { params: Promise<{ id: string }>; searchParams: Promise<{ range?: string }> };

export async function sectionRange(searchParams: StudioSectionProps["searchParams"]): Promise<RangeKey> {
  return parseRange((await searchParams).range);
}
