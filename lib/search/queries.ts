import "server-only";
import { desc, like, or } from "drizzle-orm";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { toProfileCard, type ProfileCard } from "@/lib/profiles/dto";

export function searchProfiles(query: string, limit = 30): ProfileCard[] {
  const q = query.trim();
  if (!q) return [];
  const pattern = `%${q.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
  return db
    .select()
    .from(profiles)
    .where(or(like(profiles.name, pattern), like(profiles.handle, pattern)))
    .orderBy(desc(profiles.followerCount))
    .limit(limit)
    .all()
    .map(toProfileCard);
}
