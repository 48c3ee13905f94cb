import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db";

/** Whether the database answers a query, and which engine it is (for a load balancer's health check). */
export async function checkDatabase(): Promise<{ ok: boolean; engine: "sqlite" | "postgres" }> {
  try {
    await db.all(sql`select 1`);
    return { ok: true, engine: db.engine };
  } catch {
    return { ok: false, engine: db.engine };
  }
}
