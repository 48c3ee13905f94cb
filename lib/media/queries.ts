import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { audioAssets, mediaFiles } from "@/db/schema";
import { isId } from "@/lib/ids";

export async function getMediaFile(id: string) {
  if (!isId(id)) return null;
  return (await db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0] ?? null;
}

/** The audio pipeline's streaming copies of an audio file, once it made them ("" while processing or failed). */
export async function readyRenditions(mediaId: string): Promise<string[]> {
  const row = (await db.select({ status: audioAssets.status, renditions: audioAssets.renditions }).from(audioAssets).where(eq(audioAssets.mediaId, mediaId)).limit(1))[0];
  return row?.status === "ready" && row.renditions ? row.renditions.split(",") : [];
}
