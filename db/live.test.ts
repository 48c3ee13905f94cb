import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "@/lib/test/db";
import { openPostgres } from "./postgres";
import { listen, pollEveryMs, ready, signal, stopListening } from "./live";

let t: Awaited<ReturnType<typeof tempDatabase>>;
beforeEach(async () => {
  t = await tempDatabase();
});
afterEach(async () => {
  await stopListening();
  t.close();
});

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(check: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await settle(20);
  return check();
}

describe("live signals", () => {
  it("SQLite streams poll every second; PostgreSQL ones wait for a signal and poll rarely", () => {
    expect(pollEveryMs(t.db)).toBe(t.db.engine === "postgres" ? 15_000 : 1_000);
  });

  it.runIf(process.env.TEST_ENGINE === "postgres")("a committed write on another instance wakes a listener at once; a rolled-back one never does", async () => {
    const heard: string[] = [];
    const off = listen(t.db, "conversation", "c1", () => heard.push("c1"));
    listen(t.db, "conversation", "c2", () => heard.push("c2"));
    expect(await ready(t.db, "conversation")).toBe(true);
    // Another app instance: its own pool on the same database.
    const other = openPostgres(t.url, { max: 2 });
    try {
      await other
        .transaction(async (tx) => {
          await signal(tx, "conversation", "c1");
          throw new Error("rolled back");
        })
        .catch(() => undefined);
      await other.transaction(async (tx) => {
        await signal(tx, "conversation", "c2");
        await settle(200);
        // Not before the commit.
        expect(heard).toEqual([]);
      });
      expect(await until(() => heard.length > 0)).toBe(true);
      expect(heard).toEqual(["c2"]);
      await signal(other, "conversation", "c1");
      expect(await until(() => heard.includes("c1"))).toBe(true);
      off();
      await signal(other, "conversation", "c1");
      await signal(other, "conversation", "c2");
      expect(await until(() => heard.length === 3)).toBe(true);
      expect(heard).toEqual(["c2", "c1", "c2"]);
    } finally {
      other.close();
    }
  });
});
