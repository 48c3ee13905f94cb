// First-load JavaScript per route, gzipped, from the production build's own bundle
// stats (.next/diagnostics/route-bundle-stats.json), against the budget: 150 KB per
// route, except the routes the README justifies (the player and discover feed).
//
// usage: npm run bench:js  (after `npx next build`); exits 1 when a route is over budget.
import fs from "node:fs";
import zlib from "node:zlib";

const BUDGET_KB = 150;
/** Over the budget on purpose, with the reason given in the README ("JavaScript budget"). */
const JUSTIFIED = { "/discover": 230 };

const statsFile = ".next/diagnostics/route-bundle-stats.json";
if (!fs.existsSync(statsFile)) {
  console.error(`No ${statsFile}: run \`npx next build\` first.`);
  process.exit(1);
}
const routes = JSON.parse(fs.readFileSync(statsFile, "utf8"));
const gzipped = new Map();
const gz = (file) => {
  if (!gzipped.has(file)) gzipped.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length);
  return gzipped.get(file);
};
const rows = routes
  .filter((r) => !r.route.startsWith("/_"))
  .map((r) => {
    const kb = r.firstLoadChunkPaths.reduce((sum, file) => sum + gz(file), 0) / 1024;
    const budget = JUSTIFIED[r.route] ?? BUDGET_KB;
    return { route: r.route, "first load (KB gz)": Number(kb.toFixed(1)), "raw (KB)": Math.round(r.firstLoadUncompressedJsBytes / 1024), budget, within: kb <= budget ? "yes" : "NO" };
  })
  .sort((a, b) => b["first load (KB gz)"] - a["first load (KB gz)"]);
console.table(rows);
const shared = routes.length ? routes.map((r) => new Set(r.firstLoadChunkPaths)).reduce((a, b) => new Set([...a].filter((x) => b.has(x)))) : new Set();
console.log(`shared by every route: ${([...shared].reduce((s, f) => s + gz(f), 0) / 1024).toFixed(1)} KB gz`);
const over = rows.filter((r) => r.within === "NO");
console.log(over.length ? `over budget: ${over.map((r) => r.route).join(", ")}` : `every route within budget (${BUDGET_KB} KB gz; justified: ${Object.entries(JUSTIFIED).map(([r, kb]) => `${r} ${kb} KB`).join(", ")})`);
process.exit(over.length ? 1 : 0);
