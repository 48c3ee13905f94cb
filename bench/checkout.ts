/**
 * The checkout race: N buyers in P processes go for one option with S units.
 * Prints orders, refusals and final stock; exits non-zero if anything oversold.
 * usage: npm run bench:checkout [-- buyers stock processes]
 */
import { runCheckoutRace } from "@/lib/merch/race";

async function main() {
  const [buyers = 50, stock = 7, processes = 10] = process.argv.slice(2).map(Number);
  const r = await runCheckoutRace({ buyers, stock, processes });
  console.log(`checkout race: ${r.buyers} buyers in ${r.processes} processes for stock ${r.stock}`);
  console.log(`  orders ${r.orders}, refusals ${r.refusals}, final stock ${r.finalStock}, product ${r.productStatus}, ${r.ms} ms (incl. process start)`);
  for (const m of r.refusalMessages) console.log(`  refusal: ${m}`);
  if (r.orders !== Math.min(buyers, stock) || r.finalStock < 0) {
    console.error("OVERSOLD or under-sold");
    process.exit(1);
  }
}

void main();
