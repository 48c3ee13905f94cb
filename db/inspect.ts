import { sql } from "drizzle-orm";
import type { ChorusDb } from "./client";

/**
 * Reading the database's own catalogue (tests and tools): which tables exist,
 * which columns point at a table, every row as text. Engine-specific, so it
 * lives here in db/.
 */
export async function tableNames(database: ChorusDb): Promise<string[]> {
  if (database.engine === "postgres") {
    const rows = await database.all<{ name: string }>(sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    return rows.map((r) => r.name);
  }
  const rows = database.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name != '__drizzle_migrations' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Every "table.column" whose foreign key references `target`. */
export async function columnsReferencing(database: ChorusDb, target: string): Promise<string[]> {
  if (database.engine === "postgres") {
    const rows = await database.all<{ t: string; c: string }>(sql`
      SELECT src.relname AS t, a.attname AS c
      FROM pg_constraint k
      JOIN pg_class src ON src.oid = k.conrelid
      JOIN pg_class dst ON dst.oid = k.confrelid
      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
      WHERE k.contype = 'f' AND dst.relname = ${target}`);
    return rows.map((r) => `${r.t}.${r.c}`);
  }
  const out: string[] = [];
  for (const name of await tableNames(database)) {
    const fks = database.$client.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string }[];
    for (const fk of fks) if (fk.table === target) out.push(`${name}.${fk.from}`);
  }
  return out;
}

/** Every row of every table (but `except`), as JSON: to prove an operation changed nothing. */
export async function dumpTables(database: ChorusDb, except: string[] = []): Promise<string> {
  const names = (await tableNames(database)).filter((n) => !except.includes(n));
  const dump: [string, unknown[]][] = [];
  for (const name of names) {
    const rows = database.engine === "postgres" ? await database.all(sql.raw(`SELECT * FROM "${name}" t ORDER BY t::text`)) : database.$client.prepare(`SELECT * FROM "${name}"`).all();
    dump.push([name, rows]);
  }
  return JSON.stringify(dump);
}
