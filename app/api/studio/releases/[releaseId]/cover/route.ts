import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { isId } from "@/lib/ids";
import { readImageUpload } from "@/lib/media/image-upload";
import { withStoredMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { route } from "@/lib/mutations/route";
import { findRelease, releaseControllerById, releaseShownOn, replaceReleaseCover } from "@/lib/music/edit";

export const dynamic = "force-dynamic";

/** A new cover for a published release (and its tracks); the old picture is left to the orphan cleanup. */
export const POST = route(
  {
    name: "music.cover",
    signIn: "uploads.signInToChangeCover",
    parse: ({ params }) => ({ releaseId: params.releaseId }),
    input: z.object({ releaseId: z.string().refine(isId, "common.unknownRelease") }),
    page: { ability: "publish_music", id: async (input) => await releaseControllerById(db, input.releaseId) },
    limits: [{ name: "upload" }],
    changes: async (input) => await releaseShownOn(db, input.releaseId),
    audit: () => ({ key: "coverChanged" }),
  },
  async ({ releaseId }, { viewer, request }) => {
    const result = await readImageUpload(request, "cover");
    if (!result.ok) return Response.json({ ok: false, message: result.message }, { status: result.status });
    return withStoredMedia(db, async (save) => {
      const release = await findRelease(db, releaseId);
      if (!release) return Response.json({ ok: false, message: (await getTranslations("errors"))("music.releaseGone") }, { status: 404 });
      const coverId = await save({ ownerId: viewer.userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
      await replaceReleaseCover(db, release, coverId);
      return Response.json({ ok: true, url: mediaUrl(coverId) });
    });
  },
);
