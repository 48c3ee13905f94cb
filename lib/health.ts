import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

export function checkDatabase(): boolean {
  try {
    db.get(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
