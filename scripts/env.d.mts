export function baseEnv(overrides?: Record<string, string | undefined>): Record<string, string | undefined>;
export function localSecret(dir: string): string;
