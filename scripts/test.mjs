// npm test: typecheck, lint, unit tests, e2e; ends with one "N passed, N failed" line.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import { ensureTestDependencies } from "./test-deps.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const run = (label, cmd, args) => {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const status = spawnSync(cmd, args, { stdio: "inherit", env }).status ?? 1;
  console.log(`=== ${label}: ${status === 0 ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
};
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

// Stop at once, before minutes of checks, when the browser the e2e tests need is missing and cannot be installed.
if (!ensureTestDependencies()) {
  console.log("\n0 passed, 1 failed");
  process.exit(1);
}

fs.mkdirSync("reports", { recursive: true });
for (const f of ["reports/vitest.json", "reports/vitest-pg.json", "reports/e2e.json", "reports/e2e-scale.json"]) fs.rmSync(f, { force: true });

/** Several commands side by side (each mostly uses one core), each one's output printed whole once it ends. */
const runTogether = async (steps) =>
  Promise.all(
    steps.map(
      ([label, cmd, args]) =>
        new Promise((resolve) => {
          const started = Date.now();
          const child = spawn(cmd, args, { env, stdio: ["ignore", "pipe", "pipe"] });
          const output = [];
          child.stdout.on("data", (d) => output.push(d));
          child.stderr.on("data", (d) => output.push(d));
          child.on("close", (code) => {
            const ok = code === 0;
            console.log(`\n=== ${label} ===\n${Buffer.concat(output).toString()}=== ${label}: ${ok ? "ok" : "FAILED"} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
            resolve(ok);
          });
        }),
    ),
  );

// Typecheck and lint are single-threaded: together they take about as long as the longer one.
const checks = await runTogether([
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
]);
// The production build of the e2e step need not check the same types again.
if (checks[0]) env.CHORUS_TYPECHECKED = "1";
const unitOk = run("unit tests (SQLite)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=reports/vitest.json"]);
// The same suite on a throwaway PostgreSQL server (started and removed by the run).
env.TEST_ENGINE = "postgres";
const pgOk = run("unit tests (PostgreSQL)", "npx", ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=reports/vitest-pg.json"]);
delete env.TEST_ENGINE;
const e2eOk = run("e2e", "node", ["scripts/e2e.mjs"]);

const unit = readJson("reports/vitest.json");
const unitPg = readJson("reports/vitest-pg.json");
const e2e = readJson("reports/e2e.json");
const e2eScale = readJson("reports/e2e-scale.json");
let passed = (unit?.numPassedTests ?? 0) + (unitPg?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0) + (e2eScale?.stats?.expected ?? 0) + (e2eScale?.stats?.flaky ?? 0);
let failed = (unit?.numFailedTests ?? 0) + (unitPg?.numFailedTests ?? 0) + (e2e?.stats?.unexpected ?? 0) + (e2eScale?.stats?.unexpected ?? 0);
// A step that failed without reporting tests (crash, build error) still counts as a failure.
if (!unitOk && !unit?.numFailedTests) failed += 1;
if (!pgOk && !unitPg?.numFailedTests) failed += 1;
if (!e2eOk && !e2e?.stats?.unexpected && !e2eScale?.stats?.unexpected) failed += 1;
failed += checks.filter((ok) => !ok).length;
if (!checks[0]) console.log("typecheck failed (counted as 1 failed)");
if (!checks[1]) console.log("lint failed (counted as 1 failed)");
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && checks.every(Boolean) && unitOk && pgOk && e2eOk ? 0 : 1);
