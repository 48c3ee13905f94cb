import { AsyncLocalStorage } from "node:async_hooks";
import Database from "better-sqlite3";
import type { SQL } from "drizzle-orm";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import fs from "node:fs";
import path from "node:path";
import { wrapBuilder } from "./builders";
import { isPostgresUrl } from "./engine";
import { openPostgres } from "./postgres";
import * as schema from "./schema/sqlite";

type Drizzle = BetterSQLite3Database<typeof schema>;

/**
 * The one database type of lib/: queries are awaited (`await db.select()…`),
 * and `transaction(async (tx) => …)` is the only way to group writes. A
 * transaction's `tx` has the same type, so a function takes either; calling
 * `transaction` on a `tx` joins the transaction already open.
 */
export type ChorusDb = Omit<Drizzle, "transaction" | "run" | "all" | "get" | "values" | "$client"> & {
  transaction<T>(run: (tx: ChorusDb) => Promise<T>): Promise<T>;
  /** A raw statement that changes rows (engine-specific SQL belongs in one module per concern). */
  run(query: SQL): Promise<{ changes: number }>;
  /** A raw query's rows. */
  all<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** The writer connection (tests and scripts: pragmas, integrity checks, raw inspection). */
  $client: Database.Database;
  /** Engine name, for the few modules where engines differ. */
  readonly engine: "sqlite" | "postgres";
  close(): void;
};

/** What a transaction callback receives: the same type as the database. */
export type Tx = ChorusDb;

export function databasePath(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.DATABASE_PATH ?? path.join(process.cwd(), "data", "chorus.db"));
}

/** Uploaded and generated media live beside the database file. */
export function uploadsDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.UPLOADS_DIR ?? path.join(path.dirname(databasePath()), "uploads"));
}

/**
 * The database holds password hashes and private messages: its file, and the
 * -wal and -shm files beside it, are readable by this user only (0600), and a
 * directory we create for it is 0700.
 */
function restrictDatabaseFiles(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      if ((fs.statSync(f).mode & 0o777) !== 0o600) fs.chmodSync(f, 0o600);
    } catch {
      // not there (yet): SQLite creates -wal and -shm with the database file's mode
    }
  }
}

function connect(file: string, readonly: boolean): Database.Database {
  const sqlite = new Database(file, { readonly });
  if (!readonly) {
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("synchronous = NORMAL");
  }
  sqlite.pragma("foreign_keys = ON");
  // Another process may hold the write lock (several app instances on one file): wait for it.
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("cache_size = -32000");
  return withStatementCache(sqlite);
}

/**
 * Drizzle prepares every query's statement again each time it runs, and on a
 * busy page preparing costs more than running. Statements are kept per
 * connection by their SQL text (the most recent 1,000). Each prepare() hands
 * out a view with its own raw mode, so one query's raw() never leaks into
 * another's use of the same statement.
 */
function withStatementCache(sqlite: Database.Database, max = 1000): Database.Database {
  const prepare = sqlite.prepare.bind(sqlite);
  const kept = new Map<string, Database.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = kept.get(source);
    if (statement) kept.delete(source);
    else statement = prepare(source);
    kept.set(source, statement);
    if (kept.size > max) kept.delete(kept.keys().next().value!);
    return statementView(statement);
  }) as typeof sqlite.prepare;
  return sqlite;
}

function statementView(statement: Database.Statement): Database.Statement {
  let raw = false;
  const mode = () => (statement.reader ? statement.raw(raw) : statement);
  const view = {
    source: statement.source,
    reader: statement.reader,
    readonly: statement.readonly,
    busy: statement.busy,
    database: statement.database,
    raw(on = true) {
      raw = on;
      return view;
    },
    all: (...params: unknown[]) => mode().all(...params),
    get: (...params: unknown[]) => mode().get(...params),
    iterate: (...params: unknown[]) => mode().iterate(...params),
    run: (...params: unknown[]) => statement.run(...params),
    columns: () => statement.columns(),
  };
  return view as unknown as Database.Statement;
}

/** Runs tasks one at a time, in order (the process's one writer). */
class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(task: () => Promise<T> | T): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * The database: PostgreSQL when DATABASE_URL is a postgres:// URL (and no
 * SQLite file is asked for by name), else SQLite at DATABASE_PATH.
 */
export function openDatabase(file?: string): ChorusDb {
  if (file === undefined && isPostgresUrl(process.env.DATABASE_URL)) return openPostgres(process.env.DATABASE_URL);
  return openSqlite(file ?? databasePath());
}

/**
 * SQLite with several writers in mind: one writer connection per process whose
 * work is serialized (each write statement, or a whole transaction opened with
 * BEGIN IMMEDIATE so another process waits on the busy timeout instead of
 * failing half-way), and a separate reader connection, so reads never see a
 * transaction's uncommitted work. Inside a transaction every query, through
 * `tx` or through the shared `db`, runs on the writer inside it.
 */
export function openSqlite(file: string): ChorusDb {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Created here with 0600 rather than by SQLite with the umask's 0644.
  fs.closeSync(fs.openSync(file, "a", 0o600));
  restrictDatabaseFiles(file);
  const writerConn = connect(file, false);
  restrictDatabaseFiles(file);
  const readerConn = connect(file, false);
  const writer = drizzle(writerConn, { schema });
  const reader = drizzle(readerConn, { schema });
  const queue = new WriteQueue();
  const inTransaction = new AsyncLocalStorage<true>();

  /**
   * A write builder (and every builder its methods return: insert().values(),
   * update().set()…) whose execution, when awaited, waits its turn on the writer.
   */
  const serialized = <B>(builder: B): B =>
    wrapBuilder(builder, (target) => {
      const exec = () => target.execute!();
      return inTransaction.getStore() ? Promise.resolve().then(exec) : queue.run(exec);
    });

  const tx = Object.create(writer, {
    transaction: { value: <T>(run: (t: ChorusDb) => Promise<T>) => run(tx) },
    run: { value: async (q: SQL) => ({ changes: writer.run(q).changes }) },
    all: { value: async (q: SQL) => writer.all(q) },
    engine: { value: "sqlite" },
    $client: { value: writerConn },
    close: { value: () => undefined },
  }) as ChorusDb;

  const readSide = () => (inTransaction.getStore() ? writer : reader);
  const database = Object.create(reader, {
    select: { value: (...a: Parameters<Drizzle["select"]>) => readSide().select(...a) },
    selectDistinct: { value: (...a: Parameters<Drizzle["selectDistinct"]>) => readSide().selectDistinct(...a) },
    $count: { value: (...a: Parameters<Drizzle["$count"]>) => readSide().$count(...a) },
    query: { get: () => readSide().query },
    insert: { value: (...a: Parameters<Drizzle["insert"]>) => (inTransaction.getStore() ? writer.insert(...a) : serialized(writer.insert(...a))) },
    update: { value: (...a: Parameters<Drizzle["update"]>) => (inTransaction.getStore() ? writer.update(...a) : serialized(writer.update(...a))) },
    delete: { value: (...a: Parameters<Drizzle["delete"]>) => (inTransaction.getStore() ? writer.delete(...a) : serialized(writer.delete(...a))) },
    transaction: {
      value: <T>(run: (t: ChorusDb) => Promise<T>): Promise<T> => {
        // Already inside one (the shared db used within a transaction): join it.
        if (inTransaction.getStore()) return run(tx);
        return queue.run(() =>
          inTransaction.run(true, async () => {
            writerConn.exec("BEGIN IMMEDIATE");
            try {
              const result = await run(tx);
              writerConn.exec("COMMIT");
              return result;
            } catch (error) {
              if (writerConn.inTransaction) writerConn.exec("ROLLBACK");
              throw error;
            }
          }),
        );
      },
    },
    run: { value: (q: SQL) => (inTransaction.getStore() ? Promise.resolve({ changes: writer.run(q).changes }) : queue.run(() => ({ changes: writer.run(q).changes }))) },
    all: { value: async (q: SQL) => readSide().all(q) },
    engine: { value: "sqlite" },
    $client: { value: writerConn },
    close: {
      value: () => {
        readerConn.close();
        writerConn.close();
      },
    },
  }) as ChorusDb;
  return database;
}
