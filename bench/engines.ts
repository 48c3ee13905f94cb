import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Runs `script` once per engine, one after the other (the machine's cores go to
 * one engine at a time), each in its own process (the engine is chosen once per
 * process) with `--engine E --json FILE`, and returns the rows each wrote.
 */
export function rowsPerEngine<Row>(script: string): Row[] {
  const rows: Row[] = [];
  for (const engine of ["sqlite", "postgres"]) {
    const out = path.join(os.tmpdir(), `chorus-${path.basename(script, ".ts")}-${engine}-${process.pid}.json`);
    const args = process.argv.slice(2).filter((a, i, all) => a !== "--engine" && all[i - 1] !== "--engine");
    const status = spawnSync(process.execPath, ["--import", "tsx", script, ...args, "--engine", engine, "--json", out], { stdio: "inherit" }).status;
    if (status !== 0) throw new Error(`the ${engine} run failed`);
    rows.push(...(JSON.parse(fs.readFileSync(out, "utf8")) as Row[]));
    fs.rmSync(out, { force: true });
  }
  return rows;
}
