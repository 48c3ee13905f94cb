/**
 * One app process under load for the crash test (see crash.test.ts): it makes
 * follows, messages and orders as fast as it can through the real lib
 * functions and prints one line per write the database acknowledged, until the
 * parent kills it with SIGKILL. argv = dbFile worldJson
 */
import { openDatabase } from "@/db/client";
import { setFollow } from "@/lib/follows/follow";
import { placeOrder, reviewFingerprint } from "@/lib/merch/checkout";
import { offlineInvoice } from "@/lib/merch/payments";
import { changeCart } from "@/lib/merch/cart";
import { sendToProfiles } from "@/lib/messages/send";

type World = { listeners: string[]; artists: string[]; seller: string; variant: string };

async function main() {
  const [file, json] = process.argv.slice(2);
  const world = JSON.parse(json) as World;
  // A postgres:// URL reaches this process as DATABASE_URL (it picks the schema); a SQLite file by its path.
  const db = file.startsWith("postgres") ? openDatabase() : openDatabase(file);
  const ack = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
  const address = { name: "Crash Buyer", line1: "Teststraße 1", line2: "", city: "Berlin", postalCode: "10115", country: "DE" };
  // Several "clients" at once, as concurrent requests in one server process.
  const client = async (c: number) => {
    for (let i = 0; ; i++) {
      const me = world.listeners[(c * 7 + i) % world.listeners.length];
      const kind = i % 3;
      if (kind === 0) {
        const artist = world.artists[(c + i) % world.artists.length];
        const r = await setFollow(db, { followerId: me, followeeId: artist, follow: true });
        if (r.ok && r.changed) ack({ type: "follow", follower: me, followee: artist });
      } else if (kind === 1) {
        const body = `crash test ${c}-${i}`;
        const to = world.listeners[(c * 7 + i + 1) % world.listeners.length];
        const r = await sendToProfiles(db, me, [to], body, null);
        if (r.ok) ack({ type: "message", body });
      } else {
        await changeCart(db, me, world.variant, 1, "set");
        const r = await placeOrder(db, { buyerId: me, sellerId: world.seller, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(db, me, world.seller, "EUR", address) });
        if (r.ok) ack({ type: "order", id: r.orderId });
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, c) => client(c)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
