import "server-only";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { db } from "@/db";
import { users } from "@/db/schema";

const BCRYPT_ROUNDS = 11;
// Compared against when the email is unknown so both paths take the same time.
const DUMMY_HASH = bcrypt.hashSync("chorus-timing-equaliser", BCRYPT_ROUNDS);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

export async function verifyCredentials(email: string, password: string) {
  const normalized = email.trim().toLowerCase();
  if (!normalized || !password) return null;
  const user = db.select().from(users).where(eq(users.email, normalized)).get();
  const ok = await bcrypt.compare(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !user.passwordHash || !ok) return null;
  return { id: user.id, name: user.name, email: user.email };
}
