import type { ChorusDb } from "./client";

/**
 * Reading the database's own catalogue (tests and tools): which tables exist,
 * which columns point at a table, every row as text. Engine-specific, so it
 * lives here in db/.
 */
export async function tableNames(database: ChorusDb): Promise<string[]> {
  const rows = database.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' AND name != '__drizzle_migrations' ORDER BY name").all() as { name: string }[];
  return rows.map((r) => r.name);
}

/** Every "table.column" whose foreign key references `target`. */
export async function columnsReferencing(database: ChorusDb, target: string): Promise<string[]> {
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
  return JSON.stringify(names.map((name) => [name, database.$client.prepare(`SELECT * FROM "${name}"`).all()]));
}
