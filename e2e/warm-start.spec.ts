import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * A load balancer sends traffic once /api/health says ready. A fresh server must say
 * 503 (ready: false) while it loads its routes and geoip data, and 200 only after,
 * so the first visitors never pay for the warm-up. This starts one more server of the
 * same build on an empty database and watches its health from the first answer on.
 */
/** A port nothing listens on now (a leftover server on a fixed port would answer 200 at once). */
async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test("a starting server answers 503 until it has warmed its routes, then 200 for good", async () => {
  test.setTimeout(180_000);
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-warm-"));
  let log = "";
  const server: ChildProcess = spawn(process.execPath, ["scripts/e2e-server.mjs"], {
    env: { ...process.env, PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, DATABASE_PATH: path.join(dir, "chorus.db"), E2E_SEED: "0", PAGE_CACHE: "off", AUDIO_WORKER: "0", FEDERATION_LOCAL: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  try {
    const seen: { status: number; body: { ready?: boolean }; retryAfter: string | null }[] = [];
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline && server.exitCode === null) {
      const answer = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (answer) {
        seen.push({ status: answer.status, body: await answer.json().catch(() => ({})), retryAfter: answer.headers.get("retry-after") });
        if (answer.status === 200) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const first200 = seen.findIndex((s) => s.status === 200);
    expect(first200, `health answers: ${seen.map((s) => s.status).join(",")}\n${log.slice(-2000)}`).toBeGreaterThan(0);
    // Before: 503, not ready, come back in a second.
    for (const s of seen.slice(0, first200)) expect(s).toMatchObject({ status: 503, body: { ready: false }, retryAfter: "1" });
    // Ready only once every route was requested once.
    await expect.poll(() => /Warmed up \d+ routes/.test(log)).toBe(true);
    // And it stays ready.
    for (let i = 0; i < 5; i++) expect((await fetch(`http://127.0.0.1:${port}/api/health`)).status).toBe(200);
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => (server.exitCode === null ? server.once("exit", resolve) : resolve(null)));
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
