import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { CACHED_PAGE_CACHE_CONTROL, addNonce, createPageHold, holdCachedPage } from "../../scripts/cached-response.mjs";
import { cachedRoute } from "../../scripts/cached-pages.mjs";

const PAGE = '<html><head><script src="/_next/a.js" async></script><script>self.__next_f.push([1,"x"])</script></head><body><script nonce="old">keep()</script>hi</body></html>';

let server: http.Server | null = null;
afterEach(async () => {
  if (server) await new Promise<void>((r) => server!.close(() => r()));
  server = null;
});

/** A server that answers like Next does (headers, flushHeaders, chunks), through holdCachedPage. */
async function serve(handler: (res: http.ServerResponse) => void, gzip = false): Promise<string> {
  server = http.createServer((req, res) => {
    holdCachedPage(res, { gzip });
    handler(res);
  });
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", () => r()));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

describe("cached page responses", () => {
  it("puts the response's nonce on script preloads, and only those links", () => {
    expect(addNonce('<link rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/a.css"/>', "N1")).toBe('<link nonce="N1" rel="preload" as="script" href="/a.js"/><link rel="stylesheet" href="/a.css"/>');
  });

  it("puts the response's nonce on every script, replacing any it was rendered with", () => {
    expect(addNonce(PAGE, "N1")).toBe('<html><head><script nonce="N1" src="/_next/a.js" async></script><script nonce="N1">self.__next_f.push([1,"x"])</script></head><body><script nonce="N1">keep()</script>hi</body></html>');
  });

  it("holds an HTML page until it ends, then sends it whole with the nonce, its length and how caches may keep it", async () => {
    const url = await serve((res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", "script-src 'self' 'nonce-ABCDEFGHIJKLMNOPQRSTUV==' 'strict-dynamic'");
      res.writeHead(200, { "X-Extra": "1", ETag: '"abc"' });
      res.flushHeaders();
      res.write(PAGE.slice(0, 30));
      setTimeout(() => res.end(PAGE.slice(30)), 20);
    });
    const response = await fetch(url);
    const body = await response.text();
    expect(body).toBe(addNonce(PAGE, "ABCDEFGHIJKLMNOPQRSTUV=="));
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(response.headers.get("cache-control")).toBe(CACHED_PAGE_CACHE_CONTROL);
    expect(response.headers.get("vary")).toBe("Accept-Encoding, Accept-Language, Cookie");
    expect(response.headers.get("x-extra")).toBe("1");
    expect(response.headers.get("etag")).toBeNull();
  });

  it("keeps text in any script byte for byte, even when a chunk ends inside a character", async () => {
    const text = PAGE.replace("hi", "Zoë · 東京 · 🎵 · <script>x()</script>");
    const bytes = Buffer.from(text);
    const cut = bytes.indexOf(Buffer.from("東")) + 1;
    const url = await serve((res) => {
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.setHeader("Content-Security-Policy", "script-src 'nonce-ABCDEFGHIJKLMNOPQRSTUV=='");
      res.write(bytes.subarray(0, cut));
      res.end(bytes.subarray(cut));
    });
    const response = await fetch(url);
    expect(await response.text()).toBe(addNonce(text, "ABCDEFGHIJKLMNOPQRSTUV=="));
  });

  it("compresses the page when the client accepts gzip", async () => {
    const big = PAGE.replace("hi", "x".repeat(5000));
    const url = await serve((res) => {
      res.setHeader("Content-Type", "text/html");
      res.setHeader("Content-Security-Policy", "script-src 'nonce-ABCDEFGHIJKLMNOPQRSTUV=='");
      res.end(big);
    }, true);
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
      http.get(url, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(parts) }));
      }),
    );
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(raw.body).toString()).toBe(addNonce(big, "ABCDEFGHIJKLMNOPQRSTUV=="));
  });

  it("lets anything but HTML (an RSC payload, a redirect) through as it comes", async () => {
    const url = await serve((res) => {
      res.setHeader("Content-Type", "text/x-component");
      res.flushHeaders();
      res.write('0:["<script>"]\n');
      res.end();
    });
    const response = await fetch(url);
    expect(await response.text()).toBe('0:["<script>"]\n');
    expect(response.headers.get("cache-control")).toBeNull();
    // A cached page's data for client navigation is per language, like its HTML: shared caches must keep them apart.
    expect(response.headers.get("vary")).toBe("Accept-Language, Cookie");
  });
});

describe("the server's short hold of cached pages just sent", () => {
  const answer = (body: string, over: Partial<{ status: number; fresh: boolean; headers: Record<string, string> }> = {}) => ({ status: 200, fresh: true, headers: { "content-type": "text/html", date: "x", "content-security-policy": "N1" }, body: Buffer.from(body), ...over });
  const setup = (options: { holdMs?: number } = {}) => {
    let now = 1_000_000;
    const hold = createPageHold({ clock: () => now, ...options });
    return { hold, tick: (ms: number) => (now += ms) };
  };

  it("sends a fresh answer again for a moment, with its headers (its nonce) but not its date", () => {
    const { hold, tick } = setup();
    expect(hold.lookup("p")).toBeNull();
    hold.keeper("p").keep!(answer("A"));
    tick(999);
    const held = hold.lookup("p")!;
    expect(held.body.toString()).toBe("A");
    expect(held.headers).toEqual({ "content-type": "text/html", "content-security-policy": "N1", "x-nextjs-cache": "HIT" });
    tick(1);
    // A second old: the next request goes to Next; while it is out, the others get the copy, said to be stale.
    expect(hold.lookup("p")).toBeNull();
    expect(hold.lookup("p")!.headers["x-nextjs-cache"]).toBe("STALE");
  });

  it("sends nothing as fresh once a cached page changed, nor what Next answered just after (its tags apply a moment later)", () => {
    const { hold, tick } = setup();
    hold.keeper("p").keep!(answer("old"));
    const before = hold.keeper("q");
    hold.changed();
    // The first request after a change goes to Next; only while it is out is the old copy sent.
    expect(hold.lookup("p")).toBeNull();
    expect(hold.lookup("p")!.body.toString()).toBe("old");
    // Asked for right after the change: kept, but only as a stale copy.
    hold.keeper("p").keep!(answer("maybe old"));
    expect(hold.lookup("p")).toBeNull();
    tick(1000);
    hold.keeper("p").keep!(answer("new"));
    expect(hold.lookup("p")!.body.toString()).toBe("new");
    // Rendered before the change: not kept, and it does not throw away what is.
    before.keep!(answer("rendered before the change"));
    expect(hold.lookup("q")).toBeNull();
    expect(hold.lookup("p")!.body.toString()).toBe("new");
  });

  it("forgets every kept answer at once for a change that must show now (a takedown, a creator's own edit)", () => {
    const { hold, tick } = setup();
    hold.keeper("p").keep!(answer("page"));
    tick(1500);
    hold.changed({ now: true });
    expect(hold.size).toBe(0);
    // Everyone goes to Next, which renders the page again before answering.
    expect(hold.lookup("p")).toBeNull();
    expect(hold.lookup("p")).toBeNull();
  });

  it("never sends a copy Next called stale as fresh, nor one older than a minute", () => {
    const { hold, tick } = setup();
    hold.keeper("p").keep!(answer("stale", { fresh: false }));
    expect(hold.lookup("p")).toBeNull();
    hold.keeper("p").keep!(answer("fresh"));
    tick(61_000);
    expect(hold.lookup("p")).toBeNull();
    expect(hold.lookup("p")).toBeNull();
    expect(hold.size).toBe(0);
  });

  it("forgets a page that is now an error, a redirect or a cookie, instead of sending the old one", () => {
    const { hold, tick } = setup();
    hold.keeper("p").keep!(answer("page"));
    tick(1500);
    expect(hold.lookup("p")).toBeNull();
    const refresh = hold.keeper("p");
    refresh.keep!(answer("gone", { status: 404 }));
    expect(hold.lookup("p")).toBeNull();
    hold.keeper("c").keep!(answer("hello", { headers: { "set-cookie": "a=1" } }));
    expect(hold.lookup("c")).toBeNull();
    // A refresh that ended without an HTML answer (a redirect passes through untouched).
    hold.keeper("r").keep!(answer("page"));
    tick(1500);
    expect(hold.lookup("r")).toBeNull();
    hold.keeper("r").done();
    expect(hold.lookup("r")).toBeNull();
    expect(hold.size).toBe(0);
  });

  it("holds nothing when turned off, keeps within its memory and lets go of what is past its use", () => {
    const off = setup({ holdMs: 0 }).hold;
    expect(off.keeper("p").keep).toBeUndefined();
    expect(off.lookup("p")).toBeNull();
    // Each entry counts its body's whole buffer, its key and its headers (2 KB).
    const small = createPageHold({ maxBytes: 2048 + 10 });
    small.keeper("a").keep!(answer("123456"));
    small.keeper("b").keep!(answer("123456"));
    expect(small.lookup("a")).toBeNull();
    expect(small.lookup("b")!.body.toString()).toBe("123456");
    const { hold, tick } = setup();
    hold.keeper("old").keep!(answer("x"));
    tick(61_000);
    hold.keeper("new").keep!(answer("y"));
    expect(hold.size).toBe(1);
  });
});

describe("which requests the page cache answers", () => {
  it("signed-out GETs of public pages without a query", () => {
    expect(cachedRoute({ method: "GET", pathname: "/@nova" })).toBe("/cached/en/u/nova");
    expect(cachedRoute({ method: "GET", pathname: "/@nova", acceptLanguage: "fr-CH, fr;q=0.9, en;q=0.8" })).toBe("/cached/fr/u/nova");
    expect(cachedRoute({ method: "GET", pathname: "/", acceptLanguage: "fr", cookie: "chorus-locale=de" })).toBe("/cached/de/home/all");
    expect(cachedRoute({ method: "HEAD", pathname: "/concert/abc123" })).toBe("/cached/en/concert/abc123");
    expect(cachedRoute({ method: "POST", pathname: "/@nova" })).toBeNull();
    expect(cachedRoute({ method: "GET", pathname: "/@nova", cookie: "authjs.session-token=x" })).toBeNull();
    expect(cachedRoute({ method: "GET", pathname: "/@nova", search: "?shows=past" })).toBeNull();
  });
});
