import { hash as argon2Hash, verify as argon2Verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/**
 * Passwords: argon2id from a native binding that runs on libuv's thread pool,
 * so hashing never blocks the event loop for everyone else. Older bcrypt hashes
 * still verify (once) and are replaced by argon2id on that sign-in.
 */
const ARGON2 = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return argon2Hash(password, ARGON2);
}

export const isCurrentHash = (stored: string) => stored.startsWith("$argon2");

export async function passwordMatches(password: string, stored: string): Promise<boolean> {
  if (isCurrentHash(stored)) return argon2Verify(stored, password).catch(() => false);
  if (stored.startsWith("$2")) return bcrypt.compare(password, stored);
  return false;
}
