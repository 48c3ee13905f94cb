/**
 * Many buyers, one scarce option, several OS processes: the checkout race
 * used by the unit test and `npm run bench:checkout`. Each child process
 * opens its own connection to the same SQLite file and places orders for its
 * share of buyers at the same instant.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { cartItems, orders, productVariants, products, profiles, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";

export type RaceFigures = { buyers: number; stock: number; processes: number; orders: number; refusals: number; refusalMessages: string[]; finalStock: number; productStatus: string; ms: number };

export async function runCheckoutRace(opts: { buyers: number; stock: number; processes: number }): Promise<RaceFigures> {
  const t = await tempDatabase();
  try {
    const owner = (await t.db.insert(users).values({ email: "seller@race.test", name: "Seller" }).returning())[0];
    const seller = (await t.db.insert(profiles).values({ ownerId: owner.id, kind: "artist", handle: "race_seller", name: "Race Seller" }).returning())[0];
    const product = (await t.db.insert(products).values({ profileId: seller.id, title: "Tour poster", priceMinor: 1500, currency: "EUR", shipCountries: ["DE"], status: "live" }).returning())[0];
    const variant = (await t.db.insert(productVariants).values({ productId: product.id, name: "A2", stock: opts.stock }).returning())[0];
    const buyers: string[] = [];
    for (let i = 0; i < opts.buyers; i++) {
      const u = (await t.db.insert(users).values({ email: `buyer${i}@race.test`, name: `Buyer ${i}` }).returning())[0];
      const p = (await t.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `race_buyer_${i}`, name: `Buyer ${i}` }).returning())[0];
      await t.db.insert(cartItems).values({ profileId: p.id, variantId: variant.id, quantity: 1 });
      buyers.push(p.id);
    }
    const file = t.url;
    const startAt = Date.now() + 1500; // every child waits for this instant
    const worker = path.join(process.cwd(), "lib/merch/race-worker.ts");
    const shares = Array.from({ length: opts.processes }, (_, i) => buyers.filter((_, j) => j % opts.processes === i));
    const started = Date.now();
    const results = await Promise.all(
      shares.map(
        (share) =>
          new Promise<{ ok: boolean; message?: string; params?: Record<string, string | number> }[]>((resolve, reject) => {
            const child = spawn(process.execPath, ["--import", "tsx", worker, file, String(startAt), seller.id, ...share], { stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NODE_ENV: "test", ...(t.db.engine === "postgres" ? { DATABASE_URL: t.url } : {}) } });
            let out = "";
            child.stdout.on("data", (d) => (out += d));
            child.on("error", reject);
            child.on("close", (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`race worker exited with ${code}`))));
          }),
      ),
    );
    const flat = results.flat();
    return {
      ...opts,
      orders: (await t.db.select().from(orders)).length,
      refusals: flat.filter((r) => !r.ok).length,
      // Refusals are keys of the "errors" namespace with their values: read here as an English reader sees them.
      refusalMessages: [...new Set(flat.filter((r) => !r.ok).map((r) => english(r.message, r.params) ?? ""))],
      finalStock: (await t.db.select().from(productVariants).where(eq(productVariants.id, variant.id)).limit(1))[0]!.stock,
      productStatus: (await t.db.select().from(products).where(eq(products.id, product.id)).limit(1))[0]!.status,
      ms: Date.now() - started,
    };
  } finally {
    t.close();
  }
}
