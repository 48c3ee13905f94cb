// Lighthouse (mobile preset, the version pinned below) on the pages people land on:
// home, a profile, a track, a release, discover, concerts and a merch product, signed
// out. Prints the four category scores with LCP, TBT and CLS per page, and which fall
// under the 95 target. Needs a production build and a seeded database (DATABASE_PATH,
// default data/chorus.db; `npm start` makes both) and Chromium (CHROME_PATH, default
// /usr/bin/chromium). Lighthouse is fetched by npx, not installed with Chorus.
//
// usage: npm run bench:lighthouse -- [--port 3470] [--runs 1] [--langs en,fr,de]
// (--langs: each page once per language, asked for with Accept-Language as a browser would)
import { execFileSync, spawn } from "node:child_process";
import path from "node:path";
import { baseEnv } from "../scripts/env.mjs";

const LIGHTHOUSE = "lighthouse@12.8.2";
const TARGET = 95;
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const PORT = Number(arg("port", 3470));
const RUNS = Number(arg("runs", 1));
const LANGS = String(arg("langs", "en")).split(",").filter(Boolean);
const BASE = `http://localhost:${PORT}`;
const CHROME = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

async function html(pathname, lang = "en") {
  const res = await fetch(BASE + pathname, { headers: { "accept-language": lang } });
  if (!res.ok) throw new Error(`${pathname} answered ${res.status}`);
  return res.text();
}

/** The first link on `page` whose path starts with `prefix` (the seeded data decides which). */
async function firstLink(page, prefix) {
  const found = new RegExp(`href="(${prefix}[^"?#]+)"`).exec(await html(page))?.[1];
  if (!found) throw new Error(`no ${prefix} link on ${page}`);
  return found;
}

function audit(url, lang) {
  const out = execFileSync("npx", ["-y", LIGHTHOUSE, url, "--quiet", `--extra-headers=${JSON.stringify({ "Accept-Language": lang })}`, "--output=json", "--output-path=stdout", "--only-categories=performance,accessibility,best-practices,seo", `--chrome-flags=--headless=new --no-sandbox`], { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024 });
  const report = JSON.parse(out.toString());
  const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
  const ms = (id) => Math.round(report.audits[id]?.numericValue ?? 0);
  return { performance: score("performance"), accessibility: score("accessibility"), "best practices": score("best-practices"), seo: score("seo"), "LCP ms": ms("largest-contentful-paint"), "TBT ms": ms("total-blocking-time"), CLS: Number((report.audits["cumulative-layout-shift"]?.numericValue ?? 0).toFixed(3)) };
}

const server = spawn(process.execPath, ["scripts/server.mjs"], { env: baseEnv({ PORT: String(PORT), DATABASE_PATH: path.resolve(process.env.DATABASE_PATH ?? "data/chorus.db") }), stdio: "ignore" });
try {
  const started = Date.now();
  while (!(await fetch(`${BASE}/api/health`).then((r) => r.ok).catch(() => false))) {
    if (Date.now() - started > 120_000) throw new Error("the server did not become ready (is there a build? `npm run build`)");
    await new Promise((r) => setTimeout(r, 200));
  }
  const profile = "/@novalane";
  const pages = { home: "/", profile, track: await firstLink(profile, "/track/"), release: await firstLink(profile, "/release/"), discover: "/discover", concerts: "/concerts", "merch product": await firstLink(profile, "/merch/") };
  const rows = {};
  for (const [name, pathname] of Object.entries(pages)) for (const lang of LANGS) {
    // The first visit fills the page cache: Lighthouse measures what visitors get.
    await html(pathname, lang);
    const runs = Array.from({ length: RUNS }, () => audit(BASE + pathname, lang));
    // The median run by performance, as Lighthouse's own guidance suggests for noisy machines.
    const row = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)];
    const under = ["performance", "accessibility", "best practices", "seo"].filter((k) => row[k] < TARGET);
    rows[LANGS.length > 1 ? `${name} (${lang})` : `${name} ${pathname}`] = { ...row, "under 95": under.join(", ") || "-" };
    console.error(`${name} (${lang}): done`);
  }
  console.log(`Lighthouse ${LIGHTHOUSE.split("@")[1]}, mobile preset, signed out (${RUNS} run${RUNS > 1 ? "s" : ""} each, median):`);
  console.table(rows);
} finally {
  server.kill();
}
