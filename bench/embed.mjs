// Size and privacy figures for the embeddable Follow button.
// usage: npm run bench:embed   (needs Chorus running at BASE_URL, default http://localhost:3000)
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const handle = process.env.HANDLE ?? "novalane";
const hostPort = Number(process.env.BENCH_HOST_PORT ?? 3250);

const gz = async (path) => {
  const res = await fetch(base + path);
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, raw: body.length, gzip: gzipSync(body, { level: 9 }).length, cookie: res.headers.get("set-cookie") };
};

const rows = [];
const add = (what, r, budget) => rows.push({ what, bytes: r.raw, gzip: r.gzip, budget: budget ?? "", ok: budget ? (r.gzip <= budget ? "yes" : "NO") : "", setsCookie: r.cookie ? "YES" : "no" });
add("widgets.js", await gz("/widgets.js"), 2048);
for (const theme of ["light", "dark"]) {
  add(`widget basic ${theme}`, await gz(`/embed/follow/${handle}?style=basic&theme=${theme}&show-count=1`), 3072);
  add(`widget detailed ${theme}`, await gz(`/embed/follow/${handle}?style=detailed&theme=${theme}&show-count=1`), 6144);
}
const page = await (await fetch(`${base}/embed/follow/${handle}?style=detailed`)).text();
const avatar = /<img src="([^"]+)"/.exec(page)?.[1];
if (avatar) add("detailed avatar (webp, 96 px)", await gz(avatar));
// The embeddable player versus the app page it stands in for.
const profileHtml = await (await fetch(`${base}/@${handle}`)).text();
const trackPath = /href="(\/track\/[0-9A-Za-z]+)"/.exec(profileHtml)?.[1];
let releasePath = null;
if (trackPath) {
  const id = trackPath.split("/").pop();
  add("embed player track compact", await gz(`/embed/track/${id}`), 8192);
  add("embed player track large dark", await gz(`/embed/track/${id}?layout=large&theme=dark`), 8192);
  const pageHtml = await (await fetch(base + trackPath)).text();
  releasePath = /href="(\/release\/[0-9A-Za-z]+)"/.exec(pageHtml)?.[1] ?? null;
  const scripts = [...new Set([...pageHtml.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))];
  let js = 0;
  for (const src of scripts) js += (await gz(src)).gzip;
  rows.push({ what: `app track page JavaScript (${scripts.length} files)`, bytes: "", gzip: js, budget: "", ok: "", setsCookie: "" });
}
if (releasePath) add("embed player release large", await gz(`/embed/release/${releasePath.split("/").pop()}`), 8192);
console.table(rows);

// A host page with both snippet forms, on another origin.
const host = spawn("node", ["e2e/host-site/server.mjs"], { env: { ...process.env, HOST_PORT: String(hostPort), CHORUS_URL: base }, stdio: "ignore" });
await new Promise((r) => setTimeout(r, 600));
try {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--disable-background-networking", "--disable-component-update"] });
  const context = await browser.newContext();
  const tab = await context.newPage();
  const requests = [];
  tab.on("request", (r) => requests.push(r));
  const started = Date.now();
  await tab.goto(`http://localhost:${hostPort}/embed?handle=${handle}`);
  await tab.frameLocator("#script-detailed iframe").getByRole("link", { name: "Follow", exact: true }).waitFor();
  await tab.waitForLoadState("networkidle");
  const elapsed = Date.now() - started;
  const byOrigin = {};
  for (const r of requests) {
    const origin = new URL(r.url()).origin;
    const type = r.resourceType();
    byOrigin[origin] ??= {};
    byOrigin[origin][type] = (byOrigin[origin][type] ?? 0) + 1;
  }
  const cookies = await context.cookies();
  console.log(`\nHost page with 3 buttons (2 script-form, 1 iframe-form) + 1 unknown handle: ${requests.length} requests, ready in ${elapsed} ms`);
  console.table(byOrigin);
  console.log(`cookies in the browser after loading: ${cookies.length}`);
  const third = requests.filter((r) => ![base, `http://localhost:${hostPort}`].includes(new URL(r.url()).origin));
  console.log(`requests to third parties (neither the host nor Chorus): ${third.length}`);
  await browser.close();
} finally {
  host.kill();
}
