import { randomBytes } from "node:crypto";

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** URL-safe random id: 14 base62 chars, about 83 bits of entropy. */
export function newId(length = 14): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  for (let i = 0; i < bytes.length && out.length < length; i++) {
    const b = bytes[i];
    // Rejection sampling keeps the distribution uniform (248 = 4 * 62).
    if (b < 248) out += ALPHABET[b % 62];
  }
  return out.length === length ? out : newId(length);
}

export function isId(value: unknown): value is string {
  return typeof value === "string" && /^[0-9A-Za-z]{6,32}$/.test(value);
}
