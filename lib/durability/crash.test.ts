import { spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { follows, messages, orderItems, orders, productVariants, products, profiles, users } from "@/db/schema";
import { openDatabase } from "@/db/client";
import { openPostgres } from "@/db/postgres";
import { tempDatabase } from "@/lib/test/db";

const STOCK = 400;

/**
 * Kill -9 in the middle of a load: every write the server acknowledged is
 * there after a restart, and nothing is half-written.
 */
describe("a crash mid-load (SIGKILL)", () => {
  let t: Awaited<ReturnType<typeof tempDatabase>>;
  beforeEach(async () => {
    t = await tempDatabase();
  });
  afterEach(() => t.close());

  it("keeps every acknowledged follow, message and order, with counters and stock that add up", async () => {
    const person = async (handle: string, kind: "artist" | "listener") => {
      const u = (await t.db.insert(users).values({ email: `${handle}@crash.test`, name: handle }).returning())[0];
      return (await t.db.insert(profiles).values({ ownerId: u.id, kind, handle, name: handle, country: "DE" }).returning())[0].id;
    };
    const listeners: string[] = [];
    for (let i = 0; i < 30; i++) listeners.push(await person(`crash_fan_${i}`, "listener"));
    const artists: string[] = [];
    for (let i = 0; i < 10; i++) artists.push(await person(`crash_act_${i}`, "artist"));
    const seller = artists[0];
    const product = (await t.db.insert(products).values({ profileId: seller, title: "Crash tee", priceMinor: 1000, currency: "EUR", shipCountries: ["DE"], status: "live" }).returning())[0];
    const variant = (await t.db.insert(productVariants).values({ productId: product.id, name: "M", stock: STOCK }).returning())[0].id;
    const file = t.url;

    const acks: { type: string; follower?: string; followee?: string; body?: string; id?: string }[] = [];
    const worker = path.join(process.cwd(), "lib/durability/crash-worker.ts");
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", worker, file, JSON.stringify({ listeners, artists, seller, variant })], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "test", ...(t.db.engine === "postgres" ? { DATABASE_URL: t.url } : {}) } });
      let buffer = "";
      child.stdout.on("data", (d: Buffer) => {
        buffer += d.toString("utf8");
        const lines = buffer.split("\n");
        buffer = lines.pop()!;
        for (const line of lines) acks.push(JSON.parse(line));
        // Enough load acknowledged: pull the plug, mid-write.
        if (acks.length >= 150 && !child.killed) child.kill("SIGKILL");
      });
      child.on("error", reject);
      child.on("close", (code, signal) => (signal === "SIGKILL" ? resolve() : reject(new Error(`worker ended by itself (${code})`))));
      setTimeout(() => child.kill("SIGKILL"), 60_000);
    });
    expect(acks.length).toBeGreaterThanOrEqual(150);

    // Restart: a fresh connection to the same file (recovery from the WAL).
    if (t.db.engine === "sqlite") {
      const raw = new Database(file, { readonly: true });
      expect(raw.pragma("integrity_check", { simple: true })).toBe("ok");
      expect(raw.pragma("foreign_key_check")).toEqual([]);
      raw.close();
    }
    const db = t.db.engine === "postgres" ? openPostgres(file) : openDatabase(file);
    try {
      const followRows = await db.select().from(follows);
      const followKeys = new Set(followRows.map((f) => `${f.followerId}>${f.followeeId}`));
      const bodies = new Set((await db.select({ body: messages.body }).from(messages)).map((m) => m.body));
      const orderIds = new Set((await db.select({ id: orders.id }).from(orders)).map((o) => o.id));
      for (const a of acks) {
        if (a.type === "follow") expect(followKeys.has(`${a.follower}>${a.followee}`), `follow ${a.follower}>${a.followee}`).toBe(true);
        if (a.type === "message") expect(bodies.has(a.body!), `message ${a.body}`).toBe(true);
        if (a.type === "order") expect(orderIds.has(a.id!), `order ${a.id}`).toBe(true);
      }
      // Nothing half-written: counters equal the rows they count, stock plus sold is what there was.
      for (const p of await db.select().from(profiles)) {
        expect(p.followerCount, `followers of ${p.handle}`).toBe(followRows.filter((f) => f.followeeId === p.id).length);
        expect(p.followingCount, `following of ${p.handle}`).toBe(followRows.filter((f) => f.followerId === p.id).length);
      }
      const [left] = await db.select({ stock: productVariants.stock }).from(productVariants);
      const sold = (await db.select({ quantity: orderItems.quantity }).from(orderItems)).reduce((n, i) => n + i.quantity, 0);
      expect(left.stock + sold).toBe(STOCK);
      expect(sold).toBe(orderIds.size);
    } finally {
      db.close();
    }
  }, 90_000);
});
