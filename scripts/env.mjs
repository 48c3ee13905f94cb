// Environment shared by the start and test scripts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parsePublicUrl } from "./public-url.mjs";

export function baseEnv(overrides = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_TRUST_HOST: "true", ...overrides };
  const dbPath = path.resolve(env.DATABASE_PATH ?? path.join("data", "chorus.db"));
  env.DATABASE_PATH = dbPath;
  // Fail before migrating, building or serving: a bad PUBLIC_URL would end up in every link and embed.
  try {
    parsePublicUrl(env.PUBLIC_URL, env.PORT);
  } catch (error) {
    console.error(`Chorus: ${error.message}`);
    process.exit(1);
  }
  if (!env.AUTH_SECRET) env.AUTH_SECRET = localSecret(path.dirname(dbPath));
  return env;
}

/** A per-install secret kept beside the database (never committed), readable by this user only. */
export function localSecret(dir) {
  const file = path.join(dir, ".auth-secret");
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  // A secret written by an older version (or copied in) may be readable by others.
  else if ((fs.statSync(file).mode & 0o777) !== 0o600) fs.chmodSync(file, 0o600);
  return fs.readFileSync(file, "utf8").trim();
}
