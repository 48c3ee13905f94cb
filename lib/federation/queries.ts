import "server-only";
import { and, count, eq, inArray, isNull } from "drizzle-orm";
import { db } from "@/db";
import { remoteActors, remoteFollowers, remoteFollows, remotePosts } from "@/db/schema";
import { profiles } from "@/db/schema";
import { remoteMediaUrl } from "./media-proxy";
import { federationConfig, fediverseHandle } from "./settings";

/** A remote actor as pages show it (pictures through our proxy). */
export type RemoteActorCard = { id: string; handle: string; name: string; summaryHtml: string; avatarUrl: string | null; url: string; host: string };
export type RemotePostCard = {
  id: string;
  url: string;
  type: string;
  name: string | null;
  contentHtml: string;
  imageUrl: string | null;
  startsAt: string | null;
  location: string | null;
  publishedAt: string;
  actor: Omit<RemoteActorCard, "summaryHtml">;
};

export function toRemoteActorCard(a: typeof remoteActors.$inferSelect): RemoteActorCard {
  return { id: a.id, handle: a.handle, name: a.name, summaryHtml: a.summaryHtml, avatarUrl: remoteMediaUrl(a.iconUrl, 96), url: a.url ?? a.uri, host: a.host };
}

export function toRemotePostCard(p: typeof remotePosts.$inferSelect, a: typeof remoteActors.$inferSelect): RemotePostCard {
  const { summaryHtml: _s, ...actor } = toRemoteActorCard(a);
  void _s;
  return { id: p.id, url: p.url ?? p.uri, type: p.type, name: p.name, contentHtml: p.contentHtml, imageUrl: remoteMediaUrl(p.imageUrl, 400), startsAt: p.startsAt?.toISOString() ?? null, location: p.location, publishedAt: p.publishedAt.toISOString(), actor };
}

export async function remotePostCards(ids: string[]): Promise<Map<string, RemotePostCard>> {
  if (!ids.length) return new Map();
  const rows = await db.select({ p: remotePosts, a: remoteActors }).from(remotePosts).innerJoin(remoteActors, eq(remoteActors.id, remotePosts.actorId)).where(and(inArray(remotePosts.id, ids), isNull(remotePosts.deletedAt)));
  return new Map(rows.map((r) => [r.p.id, toRemotePostCard(r.p, r.a)]));
}

export async function remoteFollowState(viewerProfileId: string | null | undefined, actorId: string): Promise<"none" | "pending" | "accepted"> {
  if (!viewerProfileId) return "none";
  const row = (await db.select({ state: remoteFollows.state }).from(remoteFollows).where(and(eq(remoteFollows.profileId, viewerProfileId), eq(remoteFollows.actorId, actorId))).limit(1))[0];
  return row?.state ?? "none";
}

/** Followers on other servers, shown beside the local count. */
export async function remoteFollowerCount(profileId: string): Promise<number> {
  return Number((await db.select({ n: count() }).from(remoteFollowers).where(eq(remoteFollowers.profileId, profileId)))[0]?.n ?? 0);
}

/** A page's federation switch for Studio: whether the server federates, the page's choice, and its handle elsewhere. */
export async function pageFederation(profileId: string): Promise<{ enabled: boolean; federate: boolean; handle: string | null }> {
  const p = (await db.select({ handle: profiles.handle, isPrivate: profiles.isPrivate, federate: profiles.federate, deletedAt: profiles.deletedAt }).from(profiles).where(eq(profiles.id, profileId)).limit(1))[0];
  return { enabled: federationConfig().enabled, federate: p?.federate ?? false, handle: p ? fediverseHandle({ ...p, federate: true }) : null };
}
