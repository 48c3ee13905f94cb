import type { profiles } from "@/db/schema";
import { mediaUrl } from "@/lib/media/urls";

export type ProfileCard = {
  id: string;
  handle: string;
  name: string;
  kind: "listener" | "artist" | "label" | "publication";
  avatarUrl: string | null;
  city: string | null;
  country: string | null;
  followerCount: number;
  verified: boolean;
};

export function toProfileCard(p: typeof profiles.$inferSelect): ProfileCard {
  return {
    id: p.id,
    handle: p.handle,
    name: p.name,
    kind: p.kind,
    avatarUrl: mediaUrl(p.avatarId),
    city: p.city,
    country: p.country,
    followerCount: p.followerCount,
    verified: p.verified,
  };
}
