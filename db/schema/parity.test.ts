import { is, SQL, Table } from "drizzle-orm";
import { PgDialect, getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { SQLiteSyncDialect, getTableConfig as sqliteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import * as sqlite from "./sqlite";
import * as pg from "./pg/index";

/**
 * The two schemas are written twice (drizzle has one builder per engine), so
 * this proves they are the same: tables, columns, types (mapped), nullability,
 * defaults, primary, unique and foreign keys, indexes with their conditions.
 */
const TYPE_MAP: Record<string, string> = {
  SQLiteText: "text",
  PgText: "text",
  SQLiteInteger: "integer",
  PgInteger: "integer",
  SQLiteBoolean: "boolean",
  PgBoolean: "boolean",
  SQLiteTimestamp: "timestamp",
  PgTimestamp: "timestamp",
  SQLiteTextJson: "json",
  PgJsonb: "json",
  SQLiteReal: "double",
  PgDoublePrecision: "double",
};

const tablesOf = (mod: Record<string, unknown>, kind: typeof SQLiteTable | typeof PgTable) =>
  new Map(Object.values(mod).filter((v): v is Table => is(v, kind)).map((t) => [(t as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")], t]));

const sqliteTables = tablesOf(sqlite, SQLiteTable);
const pgTables = tablesOf(pg, PgTable);
const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

/** SQL fragments (index expressions, conditions, defaults) as engine-neutral text. */
function sqlText(value: unknown, dialect: SQLiteSyncDialect | PgDialect): string {
  if (!is(value, SQL)) return JSON.stringify(value);
  const { sql, params } = dialect.sqlToQuery(value);
  return `${sql.replace(/::jsonb/g, "").replace(/`/g, '"')} ${JSON.stringify(params)}`;
}

type Col = { name: string; notNull: boolean; primary: boolean; hasDefault: boolean; columnType: string; enumValues?: string[]; default?: unknown; generatedIdentity?: unknown; autoIncrement?: boolean };

function describeTable(engine: "sqlite" | "pg", table: Table) {
  const dialect = engine === "sqlite" ? sqliteDialect : pgDialect;
  const cfg = engine === "sqlite" ? sqliteConfig(table as SQLiteTable) : pgConfig(table as PgTable);
  const columns = (cfg.columns as unknown as Col[]).map((c) => {
    // An auto-incrementing id: INTEGER PRIMARY KEY AUTOINCREMENT on SQLite, a bigint identity on PostgreSQL.
    const serial = engine === "sqlite" ? !!c.autoIncrement : !!c.generatedIdentity;
    return {
      name: c.name,
      type: serial ? "serial" : (TYPE_MAP[c.columnType] ?? c.columnType),
      notNull: c.notNull,
      primary: c.primary,
      hasDefault: c.hasDefault,
      default: c.default === undefined ? undefined : sqlText(c.default, dialect),
      enumValues: c.enumValues?.length ? c.enumValues : undefined,
    };
  });
  const indexes = cfg.indexes
    .map((i) => {
      const config = i.config as { name: string; unique: boolean; columns: unknown[]; where?: SQL };
      return {
        name: config.name,
        unique: config.unique,
        on: config.columns.map((c) => (is(c, SQL) ? sqlText(c, dialect) : (c as { name: string }).name)),
        where: config.where ? sqlText(config.where, dialect) : null,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  const foreignKeys = cfg.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      return {
        columns: ref.columns.map((c) => c.name),
        table: (ref.foreignTable as unknown as Record<symbol, string>)[Symbol.for("drizzle:Name")],
        foreignColumns: ref.foreignColumns.map((c) => c.name),
        onDelete: fk.onDelete ?? "no action",
        onUpdate: fk.onUpdate ?? "no action",
      };
    })
    .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
  const primaryKeys = cfg.primaryKeys.map((pk) => pk.columns.map((c) => c.name));
  const uniques = cfg.uniqueConstraints.map((u) => ({ name: u.name, columns: u.columns.map((c) => c.name) }));
  return { columns, indexes, foreignKeys, primaryKeys, uniques };
}

describe("the SQLite and PostgreSQL schemas", () => {
  it("have the same tables", () => {
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    expect(sqliteTables.size).toBeGreaterThan(20);
  });

  for (const [name, table] of sqliteTables) {
    it(`agree on ${name}`, () => {
      const other = pgTables.get(name);
      expect(other, `${name} is missing from the PostgreSQL schema`).toBeDefined();
      expect(describeTable("pg", other!)).toEqual(describeTable("sqlite", table));
    });
  }

  it("notices a difference (the comparison is not vacuous)", () => {
    const users = describeTable("sqlite", sqlite.users);
    const altered = { ...users, columns: users.columns.map((c) => (c.name === "email" ? { ...c, notNull: !c.notNull } : c)) };
    expect(altered).not.toEqual(describeTable("pg", pg.users));
  });
});
