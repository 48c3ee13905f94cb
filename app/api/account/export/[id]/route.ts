import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import { downloadableExport, exportKey } from "@/lib/account/export";
import { getViewer } from "@/lib/auth/viewer";
import { mediaStorage } from "@/lib/media/storage";

export const dynamic = "force-dynamic";

/** The archive from "Download my data": for the signed-in owner only; anyone else (or a week later) gets 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await getViewer();
  const row = viewer && typeof id === "string" && id.length <= 40 ? await downloadableExport(db, id, viewer.userId) : null;
  const size = row ? await mediaStorage().size(exportKey(row.id)) : null;
  if (!row || size === null) return new Response((await getTranslations("errors"))("account.exportNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" } });
  const day = row.createdAt.toISOString().slice(0, 10);
  return new Response(mediaStorage().read(exportKey(row.id), 0, size - 1), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="chorus-data-${viewer!.profile.handle}-${day}.zip"`,
      "Cache-Control": "private, no-store",
    },
  });
}
