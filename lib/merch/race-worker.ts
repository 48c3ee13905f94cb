/** One process of the checkout race (see race.ts): argv = dbFile startAt sellerId buyerIds... */
import { openDatabase } from "@/db/client";
import { placeOrder, reviewFingerprint } from "./checkout";
import { offlineInvoice } from "./payments";

const [file, startAt, sellerId, ...buyers] = process.argv.slice(2);
const db = openDatabase(file);
const address = { name: "Race Buyer", line1: "Teststraße 1", line2: "", city: "Berlin", postalCode: "10115", country: "DE" };
// Each buyer reviewed their order before the race starts.
const reviewed = new Map(buyers.map((buyerId) => [buyerId, reviewFingerprint(db, buyerId, sellerId, "EUR", address)]));
const wait = Number(startAt) - Date.now();
setTimeout(() => {
  const results = buyers.map((buyerId) => {
    const r = placeOrder(db, { buyerId, sellerId, currency: "EUR", address, provider: offlineInvoice, reviewed: reviewed.get(buyerId)! });
    return r.ok ? { ok: true } : { ok: false, message: r.message };
  });
  db.$client.close();
  process.stdout.write(JSON.stringify(results));
}, Math.max(0, wait));
