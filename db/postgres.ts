import { AsyncLocalStorage } from "node:async_hooks";
import type { SQL } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { wrapBuilder } from "./builders";
import type { ChorusDb } from "./client";
import * as schema from "./schema/pg";

type Pg = NodePgDatabase<typeof schema>;

/**
 * What lib/ reads from a write is SQLite's shape ({ changes }); node-postgres
 * answers { rowCount }. Builders are wrapped so both engines answer alike.
 */
function normalised<B>(builder: B): B {
  return wrapBuilder(builder, (target) => target.execute!().then(withChanges));
}

function withChanges(v: unknown): unknown {
  if (v && typeof v === "object" && !Array.isArray(v) && "rowCount" in v) return Object.assign(v, { changes: (v as { rowCount: number | null }).rowCount ?? 0 });
  return v;
}

/**
 * PostgreSQL through a connection pool. A transaction is a pool client's
 * BEGIN … COMMIT (READ COMMITTED: critical writes stay single conditional
 * statements); inside it, the shared handle joins it as on SQLite.
 */
export function openPostgres(url: string, { max = Number(process.env.DATABASE_POOL_SIZE ?? 10) } = {}): ChorusDb {
  const pool = new Pool({ connectionString: url, max });
  const root: Pg = drizzle(pool, { schema });
  const current = new AsyncLocalStorage<ChorusDb>();

  const facade = (base: Pg, inTx: boolean): ChorusDb => {
    const self: ChorusDb = Object.create(base, {
      select: { value: (...a: Parameters<Pg["select"]>) => normalised(base.select(...a)) },
      selectDistinct: { value: (...a: Parameters<Pg["selectDistinct"]>) => normalised(base.selectDistinct(...a)) },
      insert: { value: (...a: Parameters<Pg["insert"]>) => normalised(base.insert(...a)) },
      update: { value: (...a: Parameters<Pg["update"]>) => normalised(base.update(...a)) },
      delete: { value: (...a: Parameters<Pg["delete"]>) => normalised(base.delete(...a)) },
      transaction: {
        value: <T>(run: (tx: ChorusDb) => Promise<T>): Promise<T> => {
          if (inTx) return run(self);
          const open = current.getStore();
          if (open) return run(open);
          return base.transaction((tx) => {
            const inner = facade(tx as unknown as Pg, true);
            return current.run(inner, () => run(inner));
          });
        },
      },
      run: { value: async (q: SQL) => ({ changes: (await base.execute(q)).rowCount ?? 0 }) },
      all: { value: async (q: SQL) => (await base.execute(q)).rows },
      engine: { value: "postgres" },
      $client: { value: pool },
      close: { value: () => void pool.end() },
    });
    return self;
  };

  const top = facade(root, false);
  // Queries through the shared handle inside a transaction run inside it (as on SQLite).
  return new Proxy(top, {
    get(target, prop, receiver) {
      const open = current.getStore();
      return Reflect.get(open && prop !== "close" ? open : target, prop, receiver);
    },
  });
}
