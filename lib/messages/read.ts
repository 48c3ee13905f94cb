import "server-only";
import { db } from "@/db";
import { markRead as mark } from "./send";

/** Opening a conversation reads it. */
export async function markRead(conversationId: string, profileId: string): Promise<void> {
  await mark(db, conversationId, profileId);
}
