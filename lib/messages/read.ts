import "server-only";
import { db } from "@/db";
import { markRead as mark } from "./send";

/** Opening a conversation reads it. */
export function markRead(conversationId: string, profileId: string): void {
  mark(db, conversationId, profileId);
}
