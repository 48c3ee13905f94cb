// A throwaway PostgreSQL server for tests: Debian's postgresql binaries, a temporary
// directory owned by the unprivileged `postgres` user, a free port, trust auth on
// localhost only. startPostgres() returns its URL and a stop().
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** The newest installed PostgreSQL's bin directory, or null. */
export function postgresBin() {
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(base, versions[0], "bin") : null;
}

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool as `postgres` when we are root (it refuses to run as root), else as ourselves. */
function asPostgres(bin, args, opts = {}) {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], ...opts });
}

export async function startPostgres({ database = "chorus", options: extra = "" } = {}) {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed: apt-get install -y postgresql");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-pg-"));
  fs.chmodSync(dir, 0o755);
  const data = path.join(dir, "data");
  if (isRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  asPostgres(path.join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "chorus", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8"]);
  const port = await freePort();
  // Durability off: a test server's data is thrown away (fsync, full_page_writes).
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 ${extra}`;
  asPostgres(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "log"), "-o", options, "-w", "start"]);
  asPostgres(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "chorus", database]);
  const url = `postgres://chorus@127.0.0.1:${port}/${database}`;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(isRoot ? "runuser" : path.join(bin, "pg_ctl"), isRoot ? ["-u", "postgres", "--", path.join(bin, "pg_ctl"), "-D", data, "-m", "immediate", "stop"] : ["-D", data, "-m", "immediate", "stop"], { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { url, port, bin, stop, createDatabase: (name) => asPostgres(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "chorus", name]) };
}

// `node scripts/postgres.mjs`: start one and keep it running until Ctrl-C (for trying Chorus on PostgreSQL).
if (import.meta.url === `file://${process.argv[1]}`) {
  const pg = await startPostgres();
  console.log(`PostgreSQL running: DATABASE_URL=${pg.url}\n(Ctrl-C stops it and deletes its data)`);
  const bye = () => {
    pg.stop();
    process.exit(0);
  };
  process.on("SIGINT", bye);
  process.on("SIGTERM", bye);
  setInterval(() => undefined, 1 << 30);
}
