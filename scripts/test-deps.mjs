// What the e2e tests need on this machine, installed when we can, else the exact command to run.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { postgresBin } from "./postgres.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;

/** Debian packages by the file that shows they are installed. */
const NEEDS = [
  // Debian's build of Chromium's headless shell, what Playwright itself runs headless tests in
  // (playwright.config.ts): the full browser's --headless runs all of Chrome's own UI unseen too.
  { pkg: "chromium-headless-shell", file: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium-headless-shell" },
  // The unit suite also runs on a throwaway PostgreSQL server (scripts/postgres.mjs).
  { pkg: "postgresql", file: "/usr/lib/postgresql", present: () => postgresBin() !== null },
  // The core journeys run again on two app instances behind nginx (scripts/cluster.mjs).
  { pkg: "nginx", file: process.env.NGINX_PATH ?? "/usr/sbin/nginx" },
];

export function ensureTestDependencies() {
  const missing = NEEDS.filter((n) => !(n.present ? n.present() : fs.existsSync(n.file)));
  if (!missing.length) return true;
  const pkgs = missing.map((n) => n.pkg).join(" ");
  const command = `apt-get update && apt-get install -y ${pkgs}`;
  if (!isRoot || !hasApt) {
    console.error(`\nThe end-to-end tests need: ${pkgs}. Install with:\n\n  sudo ${command}\n\n(or set CHROMIUM_PATH to a Chromium binary) and run npm test again.`);
    return false;
  }
  console.log(`\n=== installing ${pkgs} (Debian packages) ===`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const ok = spawnSync("sh", ["-c", `apt-get update -qq && apt-get install -y -qq ${pkgs} >/dev/null`], { stdio: "inherit", env }).status === 0;
  if (!ok || missing.some((n) => !(n.present ? n.present() : fs.existsSync(n.file)))) {
    console.error(`\nCould not install ${pkgs}. Run:\n\n  ${command}\n`);
    return false;
  }
  return true;
}
