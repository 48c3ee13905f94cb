import { parsePublicUrl } from "@/scripts/public-url.mjs";
import { federationConfigFrom, type FederationConfig } from "./config";

let cached: { key: string; config: FederationConfig } | null = null;

/** This process's federation settings (read from the environment once per change). */
export function federationConfig(): FederationConfig {
  const env = process.env;
  const key = [env.PUBLIC_URL, env.PORT, env.FEDERATION, env.FEDERATION_LOCAL, env.FEDERATION_BLOCKED_DOMAINS].join("\n");
  if (cached?.key !== key) cached = { key, config: federationConfigFrom(env, parsePublicUrl(env.PUBLIC_URL, env.PORT)) };
  return cached.config;
}

/** "@handle@host" when this server federates and the profile is an actor (public, not opted out), else null. */
export function fediverseHandle(profile: { handle: string; isPrivate: boolean; federate: boolean; deletedAt: Date | null }): string | null {
  const config = federationConfig();
  if (!config.enabled || profile.isPrivate || !profile.federate || profile.deletedAt) return null;
  return `@${profile.handle}@${config.host}`;
}
