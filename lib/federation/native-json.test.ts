import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import fs from "node:fs";

// Fedify loads jsonld's browser build, whose bundled core-js polyfills what Node 20
// lacks (Fedify needs ArrayBuffer.prototype.transfer) and replaces the global
// JSON.stringify with a much slower one (and push and toString with JS functions). The app's bundles load it through
// lib/federation/jsonld.ts (aliased in next.config.mjs) and the worker with
// scripts/native-json.cjs preloaded (scripts/server.mjs): both keep Node's own.
// Each case runs in a fresh process, since the polyfill changes globals.
const after = (args: string[]) => {
  const run = spawnSync(process.execPath, [...args.slice(0, -1), "-e", `const own = [JSON.stringify, Array.prototype.push, Function.prototype.toString]; ${args.at(-1)}; process.stdout.write(JSON.stringify([JSON.stringify === own[0] && Array.prototype.push === own[1] && Function.prototype.toString === own[2], typeof ArrayBuffer.prototype.transfer]))`], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as [boolean, string];
};

describe("JSON.stringify, Array.prototype.push and Function.prototype.toString after Fedify has loaded", () => {
  it("is Node's own in the worker, started with scripts/native-json.cjs, and the polyfills Fedify needs are there", () => {
    expect(after(["-r", "./scripts/native-json.cjs", "require('@fedify/fedify')"])).toEqual([true, "function"]);
  });

  it("is Node's own through lib/federation/jsonld.ts, which next.config.mjs puts in place of jsonld's browser build", () => {
    expect(fs.readFileSync("next.config.mjs", "utf8")).toContain(`"jsonld/dist/jsonld.esm.js": "./lib/federation/jsonld.ts"`);
    // The alias matches only while Fedify asks for exactly that module.
    expect(fs.readFileSync("node_modules/@fedify/vocab-runtime/dist/jsonld.js", "utf8")).toContain(`from "jsonld/dist/jsonld.esm.js"`);
    expect(after(["--import", "tsx", "require('./lib/federation/jsonld.ts')"])).toEqual([true, "function"]);
  });

  it("is replaced without them (if this fails, jsonld stopped doing it and both can go)", () => {
    expect(after(["require('@fedify/fedify')"])[0]).toBe(false);
  });
});
