/** One process of the checkout race (see race.ts): argv = dbFile startAt sellerId buyerIds... */
import { openDatabase } from "@/db/client";
import { placeOrder, reviewFingerprint } from "./checkout";
import { offlineInvoice } from "./payments";

async function main() {
  const [file, startAt, sellerId, ...buyers] = process.argv.slice(2);
  // A postgres:// URL reaches this process as DATABASE_URL (it picks the schema); a SQLite file by its path.
  const db = file.startsWith("postgres") ? openDatabase() : openDatabase(file);
  const address = { name: "Race Buyer", line1: "Teststraße 1", line2: "", city: "Berlin", postalCode: "10115", country: "DE" };
  // Each buyer reviewed their order before the race starts.
  const reviewed = new Map(await Promise.all(buyers.map(async (buyerId) => [buyerId, await reviewFingerprint(db, buyerId, sellerId, "EUR", address)] as const)));
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(startAt) - Date.now())));
  // This process's buyers all press "Place order" at once, like the other processes' buyers.
  const results = await Promise.all(
    buyers.map(async (buyerId) => {
      const r = await placeOrder(db, { buyerId, sellerId, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewed.get(buyerId)! });
      return r.ok ? { ok: true } : { ok: false, message: r.message, params: r.params };
    }),
  );
  db.close();
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
