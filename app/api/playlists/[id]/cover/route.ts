import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { isId } from "@/lib/ids";
import { readImageUpload } from "@/lib/media/image-upload";
import { withStoredMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { route } from "@/lib/mutations/route";
import { findPlaylist, setPlaylistCover } from "@/lib/playlists/playlists";

export const dynamic = "force-dynamic";

/** A picture of its own for a playlist (instead of the mosaic of its tracks' covers); only its owner. */
export const POST = route(
  {
    name: "playlists.cover",
    signIn: "uploads.signInToChangeCover",
    parse: ({ params }) => ({ id: params.id }),
    input: z.object({ id: z.string().refine(isId, "common.unknownPlaylist") }),
    limits: [{ name: "upload" }],
  },
  async ({ id }, { viewer, request }) => {
    const playlist = await findPlaylist(db, id);
    if (!playlist || playlist.profileId !== viewer.profile.id) return Response.json({ ok: false, message: (await getTranslations("errors"))("media.playlistCoverOwnerOnly") }, { status: 403 });
    const result = await readImageUpload(request, "cover");
    if (!result.ok) return Response.json({ ok: false, message: result.message }, { status: result.status });
    return withStoredMedia(db, async (save) => {
      const coverId = await save({ ownerId: viewer.userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
      await setPlaylistCover(db, id, coverId);
      return Response.json({ ok: true, url: mediaUrl(coverId) });
    });
  },
);
