// A stand-in third-party website on its own origin, for embed tests.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const port = Number(process.env.HOST_PORT ?? 3200);
const chorus = process.env.CHORUS_URL ?? "http://localhost:3100";
const safe = (v) => (v && /^[A-Za-z0-9_]{1,30}$/.test(v) ? v : null);
const safeId = (v) => (v && /^[A-Za-z0-9]{6,32}$/.test(v) ? v : null);
const dir = path.dirname(new URL(import.meta.url).pathname);

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://localhost:${port}`);
    if (url.pathname === "/health") return res.end("ok");
    const file = path.join(dir, `${url.pathname.replace(/[^a-z0-9-]/gi, "") || "index"}.html`);
    if (!fs.existsSync(file)) {
      res.statusCode = 404;
      return res.end("not found");
    }
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(fs.readFileSync(file, "utf8").replaceAll("CHORUS_URL", chorus).replaceAll("HANDLE", safe(url.searchParams.get("handle")) ?? "novalane").replaceAll("TRACK_ID2", safeId(url.searchParams.get("track2")) ?? "none").replaceAll("TRACK_ID", safeId(url.searchParams.get("track")) ?? "none").replaceAll("PLAYLIST_ID", safeId(url.searchParams.get("playlist")) ?? "none").replaceAll("STYLE", url.searchParams.get("style") === "detailed" ? "detailed" : "basic"));
  })
  .listen(port, () => console.log(`host site on ${port}`));
