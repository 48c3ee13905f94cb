import { z } from "zod";
import { localizeState } from "@/lib/i18n/server";
import { route } from "@/lib/mutations/route";
import { isId } from "@/lib/ids";
import { getDashboard, getTrackStats } from "@/lib/studio/analytics";
import { CSV_TABLES, dashboardTable, toCsv, trackTable } from "@/lib/studio/csv";
import { RANGES, type RangeKey } from "@/lib/studio/ranges";

export const dynamic = "force-dynamic";

/**
 * One of Studio's tables as a CSV file (?table=&range=): the same aggregates the
 * section shows, people counts under 5 written "<5". The file is data: its headers
 * and names (sources, countries) stay English; refusals are in the asker's language.
 * For the page's managers only;
 * anyone else gets the 404 a missing page gets. Reads only.
 */
export const GET = route(
  {
    name: "studio.stats",
    method: "GET",
    signIn: "uploads.signInToSeeNumbers",
    hidePage: true,
    parse: ({ params, search }) => ({ pageId: params.id, table: search.get("table") ?? "", range: search.get("range") ?? "28d", track: search.get("track") ?? undefined }),
    input: z.object({
      pageId: z.string(),
      table: z.enum(CSV_TABLES, "studio.unknownTable"),
      range: z.enum(Object.keys(RANGES) as [RangeKey, ...RangeKey[]], "studio.unknownRange"),
      track: z.string().refine(isId, "common.unknownTrack").optional(),
    }),
    page: { ability: "read_stats", id: (input) => input.pageId },
  },
  async (input, { page }) => {
    let rows;
    if (input.table === "track-plays") {
      const stats = input.track ? await getTrackStats(page.id, input.track, input.range) : null;
      if (!stats) return Response.json(await localizeState({ ok: false, message: "studio.statsNotFound" }), { status: 404 });
      rows = trackTable(stats);
    } else rows = dashboardTable(await getDashboard(page.id, input.range, { daily: input.table === "daily" }), input.table);
    const csv = toCsv(rows);
    const file = `${page.handle}-${input.table}-${input.range}-${new Date().toISOString().slice(0, 10)}.csv`;
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${file}"`, "Cache-Control": "private, no-store" } });
  },
);
