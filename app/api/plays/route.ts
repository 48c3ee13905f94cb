import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { tracks } from "@/db/schema";
import { readJsonBody } from "@/lib/http/json-body";
import { profileCountersMoved } from "@/lib/cache/public-pages";
import { localizeState } from "@/lib/i18n/server";
import { route } from "@/lib/mutations/route";
import { trackAccessByAudio } from "@/lib/music/access";
import { recordListenEvent, recordPlay } from "@/lib/music/plays";
import { ipKey } from "@/lib/security/ip-key";

export const dynamic = "force-dynamic";

/**
 * Counts a play (or, for the creator's numbers, a play heard to the end, an
 * early skip, or an "Add to queue"). Signed-in listeners count by profile; everyone else (and
 * every embed, which is cookie-free) by a daily-salted key of the address the
 * server saw, never by anything the client says about itself.
 */
export const POST = route(
  {
    name: "music.play",
    access: "public",
    parse: ({ request }) => readJsonBody(request, 1024),
    input: z.object({
      trackId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, "common.unknownTrack"),
      source: z.enum(["app", "embed", "discovery"]).default("app"),
      /** A counted play (the default), a play heard to the end, leaving before it counted, or "Add to queue". */
      event: z.enum(["play", "complete", "skip", "queue"]).default("play"),
    }),
  },
  async (input, { viewer, ip }) => {
    const track = (await db.select({ audioId: tracks.audioId, profileId: tracks.profileId }).from(tracks).where(eq(tracks.id, input.trackId)).limit(1))[0];
    const access = track ? (await trackAccessByAudio(track.audioId)) : null;
    if (!access?.isPublic) return Response.json(await localizeState({ ok: false, message: "common.unknownTrack" }), { status: 404 });
    const listener = input.source === "embed" ? null : viewer;
    // A creator listening to their own track is not an audience.
    if (listener && listener.userId === access.ownerId) return Response.json({ ok: true, counted: false });
    const listenerKey = listener ? `p:${listener.profile.id}` : `ip:${ipKey(ip ?? "unknown", "play")}`;
    // How a listen ended comes from Chorus's player and from embeds (cookie-free: by address, as their plays), not
    // from Discover's cards; a queue add only from a signed-in listener (an address is too cheap to vary for an
    // action with no play behind it).
    if (input.event === "queue" && !listener) return Response.json({ ok: true, counted: false });
    if (input.event !== "play") return Response.json({ ok: true, counted: input.source !== "discovery" && (await recordListenEvent(db, { trackId: input.trackId, listenerKey, event: input.event })) });
    const counted = await recordPlay(db, { trackId: input.trackId, listenerKey, listenerId: listener?.profile.id ?? null, source: input.source });
    // The play count on the creator's cached pages (at most every 10 s).
    if (counted) profileCountersMoved(track!.profileId);
    return Response.json({ ok: true, counted });
  },
);
