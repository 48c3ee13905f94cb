/**
 * Vitest global setup for TEST_ENGINE=postgres: one throwaway PostgreSQL server
 * for the run, a migrated template database, and DATABASE_URL pointing at it so
 * every module picks the PostgreSQL schema. Each test's tempDatabase() is a
 * copy of the template (CREATE DATABASE … TEMPLATE), dropped after.
 */
import { openPostgres } from "@/db/postgres";
import { runMigrations } from "@/db/migrate";

export default async function setup() {
  if (process.env.TEST_ENGINE !== "postgres") return;
  const { startPostgres } = await import("../../scripts/postgres.mjs");
  const server = await startPostgres({ database: "chorus_template" });
  const template = openPostgres(server.url, { max: 1 });
  await runMigrations(template);
  template.close();
  process.env.DATABASE_URL = server.url;
  process.env.CHORUS_TEST_PG_TEMPLATE = server.url;
  return () => server.stop();
}
