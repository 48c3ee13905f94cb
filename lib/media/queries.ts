import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { mediaFiles } from "@/db/schema";
import { isId } from "@/lib/ids";

export async function getMediaFile(id: string) {
  if (!isId(id)) return null;
  return (await db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0] ?? null;
}
