import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { mediaFiles } from "@/db/schema";
import { isId } from "@/lib/ids";

export function getMediaFile(id: string) {
  if (!isId(id)) return null;
  return db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).get() ?? null;
}
