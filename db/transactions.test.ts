import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "@/lib/test/db";
import { users } from "./schema";

const tick = () => new Promise((r) => setTimeout(r, 20));

/** Work another request does when `go()` is called: set up outside the transaction, as a separate request is. */
function elsewhere<T>(work: () => Promise<T>) {
  let go!: () => void;
  const gate = new Promise<void>((resolve) => (go = resolve));
  return { go, done: gate.then(work) };
}

describe.skipIf(process.env.TEST_ENGINE === "postgres")("transaction(async (tx) => …) on SQLite", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());
  const emails = async () => (await t.db.select({ e: users.email }).from(users)).map((r) => r.e).sort();

  it("keeps its uncommitted work from readers until it commits", async () => {
    const reader = elsewhere(emails);
    await t.db.transaction(async (tx) => {
      await tx.insert(users).values({ email: "inside@x.test", name: "In" });
      // Another request reads while the transaction is open (awaiting something).
      reader.go();
      await reader.done;
      await tick();
    });
    expect(await reader.done).toEqual([]);
    expect(await emails()).toEqual(["inside@x.test"]);
  });

  it("rolls everything back when it throws, and a write made meanwhile by someone else survives", async () => {
    const other = elsewhere(async () => t.db.insert(users).values({ email: "bystander@x.test", name: "B" }));
    await expect(
      t.db.transaction(async (tx) => {
        await tx.insert(users).values({ email: "doomed@x.test", name: "D" });
        // A plain write from another request waits for its turn instead of joining this transaction.
        other.go();
        await tick();
        throw new Error("payment declined");
      }),
    ).rejects.toThrow("payment declined");
    await other.done;
    expect(await emails()).toEqual(["bystander@x.test"]);
  });

  it("runs transactions one after another, never interleaved", async () => {
    await t.db.insert(users).values({ email: "counter@x.test", name: "0" });
    const bump = () =>
      t.db.transaction(async (tx) => {
        const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.email, "counter@x.test"));
        await tick();
        await tx.update(users).set({ name: String(Number(row.name) + 1) }).where(eq(users.email, "counter@x.test"));
      });
    await Promise.all(Array.from({ length: 5 }, bump));
    const [row] = await t.db.select({ name: users.name }).from(users).where(eq(users.email, "counter@x.test"));
    expect(row.name).toBe("5");
  });

  it("joins the open transaction when called again inside it (through tx or the shared db)", async () => {
    await expect(
      t.db.transaction(async (tx) => {
        await tx.transaction(async (inner) => {
          await inner.insert(users).values({ email: "nested@x.test", name: "N" });
        });
        // The shared handle used inside a transaction reads and writes inside it too.
        expect((await t.db.select().from(users)).map((u) => u.email)).toEqual(["nested@x.test"]);
        await t.db.insert(users).values({ email: "also@x.test", name: "A" });
        throw new Error("undo both");
      }),
    ).rejects.toThrow("undo both");
    expect(await emails()).toEqual([]);
  });
});
