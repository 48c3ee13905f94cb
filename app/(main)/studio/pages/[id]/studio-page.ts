import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/guards";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { getManagedPage } from "@/lib/studio/queries";
import { parseRange, type RangeKey } from "@/lib/studio/ranges";

/**
 * The page a Studio section is about, for the signed-in viewer who manages it.
 * Someone else's page, or a missing one, is a 404 (the same answer for both).
 * Cached per request: the layout and the section share one lookup.
 */
export const loadStudioPage = cache(async (id: string, section = "") => {
  const viewer = await requireViewer(`/studio/pages/${id}${section ? `/${section}` : ""}`);
  const row = await getManagedPage(viewer.userId, id);
  if (!row) notFound();
  const page = await getProfileByHandle(row.handle);
  if (!page) notFound();
  return { viewer, page };
});

export type StudioSectionProps = { params: Promise<{ id: string }>; searchParams: Promise<{ range?: string }> };

export async function sectionRange(searchParams: StudioSectionProps["searchParams"]): Promise<RangeKey> {
  return parseRange((await searchParams).range);
}
