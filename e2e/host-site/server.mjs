// A stand-in third-party website on its own origin, for embed tests.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const port = Number(process.env.HOST_PORT ?? 3200);
const chorus = process.env.CHORUS_URL ?? "http://localhost:3100";
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
    res.end(fs.readFileSync(file, "utf8").replaceAll("CHORUS_URL", chorus).replaceAll("HANDLE", url.searchParams.get("handle") ?? "novalane"));
  })
  .listen(port, () => console.log(`host site on ${port}`));
