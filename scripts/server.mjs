// Serves the production build. A thin custom server around Next, for one reason:
// route handlers never see the TCP peer, so the client address is decided here
// (TRUST_PROXY hops of X-Forwarded-For, else the peer) and handed on in one header
// that a client cannot set.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import next from "next";
import { cachedRoute } from "./cached-pages.mjs";
import { createPageHold, holdCachedPage } from "./cached-response.mjs";
import { clientAddress, forwardedHttps, trustedHops } from "./client-address.mjs";

export const CLIENT_IP_HEADER = "x-chorus-client-ip";

/**
 * Routes requested once before the server says it is ready, so the first real
 * visitor does not pay for loading their code (and geoip's data, on first use).
 * Any answer will do (a 404 for a made-up handle still loads the profile route).
 */
const WARM_PATHS = ["/", "/@chorus-warm-up", "/track/warm-up", "/release/warm-up", "/concerts", "/concert/warm-up", "/merch/warm-up", "/discover", "/search?q=warm", "/signin", "/intent/follow?handle=chorus-warm-up", "/embed/follow/chorus-warm-up", "/api/feed", "/api/health"];

async function warmUp(port) {
  // geoip-lite reads its data files synchronously when first required: do it now, not in a request.
  const { createRequire } = await import("node:module");
  createRequire(import.meta.url)("geoip-lite").lookup("8.8.8.8");
  for (const path of WARM_PATHS) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, { redirect: "manual", headers: { "x-chorus-warm-up": "1" } });
      await res.arrayBuffer();
    } catch {
      // a route that fails here fails for visitors too, and says so in its own log
    }
  }
}

/**
 * The audio pipeline's worker (scripts/audio-worker.ts) beside this server: a
 * separate process, so transcoding never blocks a request. Restarted if it
 * dies; a job it left half done is taken over once its heartbeat is stale.
 */
function startAudioWorker() {
  if (process.env.AUDIO_WORKER === "0") return;
  let child = null;
  let stopped = false;
  const start = () => {
    child = spawn(process.execPath, ["-r", "./scripts/native-json.cjs", "--import", "tsx", "scripts/audio-worker.ts"], { stdio: "inherit", env: process.env });
    child.on("exit", (code) => {
      if (stopped) return;
      console.error(`audio worker exited (${code}); restarting in 2 s`);
      setTimeout(start, 2000).unref();
    });
  };
  start();
  const stop = () => {
    stopped = true;
    child?.kill("SIGTERM");
  };
  process.on("exit", stop);
  for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => {
    stop();
    process.exit(0);
  });
}

export async function serve({ port, hostname = "0.0.0.0", onReady } = {}) {
  const hops = trustedHops(process.env.TRUST_PROXY);
  // Read by lib/security/client-ip.ts in this same process: the header is ours only when this is set.
  process.env.CHORUS_CLIENT_IP_HEADER = CLIENT_IP_HEADER;
  // The page cache starts empty: it may hold pages of another database (a fresh seed, the tests) or an older deploy.
  if (process.env.KEEP_PAGE_CACHE !== "1" && process.env.PAGE_CACHE !== "off") fs.rmSync(path.join(process.cwd(), ".next", "server", "route-cache"), { recursive: true, force: true });
  const app = next({ dev: false, hostname: "localhost", port: Number(port) });
  const handle = app.getRequestHandler();
  await app.prepare();
  // PAGE_HOLD_MS=0: every cached page request goes through Next (its page cache still answers).
  const hold = createPageHold({ holdMs: Number(process.env.PAGE_HOLD_MS ?? 1000) });
  // Called by lib/cache/public-pages.ts (same process) whenever a cached page is marked stale.
  globalThis.__chorusPagesChanged = (options) => hold.changed(options);
  const server = http.createServer((req, res) => {
    const forwardedFor = req.headers["x-forwarded-for"];
    const address = clientAddress({ forwardedFor: Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor, peer: req.socket.remoteAddress, hops });
    if (address) req.headers[CLIENT_IP_HEADER] = address;
    else delete req.headers[CLIENT_IP_HEADER];
    // A page served from the page cache (proxy.ts rewrites the same requests): its scripts get this response's nonce.
    const url = new URL(req.url ?? "/", "http://localhost");
    const cached = cachedRoute({ method: req.method ?? "GET", pathname: url.pathname, search: url.search, cookie: req.headers.cookie, acceptLanguage: req.headers["accept-language"] });
    if (cached) {
      const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
      // A document request (not Next's RSC payload for client navigation) may get the answer just sent for the same page
      // (its key: the page and language, the encoding, and https as proxy.ts decides it for the security headers).
      const holdKey = req.method === "GET" && !url.search && !req.headers.rsc ? `${cached} ${gzip ? "gzip" : "identity"} ${forwardedHttps(req.headers["x-forwarded-proto"]) ? "https" : "http"}` : null;
      const held = holdKey ? hold.lookup(holdKey) : null;
      if (held) {
        res.writeHead(held.status, held.headers);
        res.end(held.body);
        return;
      }
      const { keep, done } = holdKey ? hold.keeper(holdKey) : {};
      if (done) res.once("close", done);
      // Next would compress it; the nonce goes in first, so compression happens here.
      delete req.headers["accept-encoding"];
      // Each response carries its own nonce, so a browser's copy is never reused (a 304 would pair an old body with a new policy).
      delete req.headers["if-none-match"];
      delete req.headers["if-modified-since"];
      holdCachedPage(res, { gzip, lang: cached.split("/")[2], keep });
    }
    handle(req, res);
  });
  server.keepAliveTimeout = 65_000;
  // /api/health answers 503 until the warm-up is done (read by app/api/health/route.ts).
  globalThis.__chorusWarm = false;
  await new Promise((resolve) => server.listen(Number(port), hostname, resolve));
  const started = Date.now();
  if (process.env.CHORUS_WARM_UP !== "0") await warmUp(port);
  globalThis.__chorusWarm = true;
  if (process.env.CHORUS_LOG_WARM_UP !== "0") console.log(`Warmed up ${WARM_PATHS.length} routes in ${Date.now() - started} ms`);
  startAudioWorker();
  onReady?.();
  return server;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = process.env.PORT ?? "3000";
  serve({ port, onReady: () => console.log(`Chorus ready on http://localhost:${port}`) }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
