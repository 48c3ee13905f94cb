import { eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { readImageUpload } from "@/lib/media/image-upload";
import { withStoredMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { route } from "@/lib/mutations/route";

export const dynamic = "force-dynamic";

/** The picture of the signed-in listener's own profile (Settings → Profile). */
export const POST = route(
  {
    name: "account.avatar",
    signIn: "uploads.signInToChangePicture",
    parse: () => ({}),
    input: z.object({}),
    limits: [{ name: "upload" }],
    changes: (_input, { viewer }) => ({ profiles: [viewer.profile.id] }),
  },
  async (_input, { viewer, request }) => {
    const result = await readImageUpload(request, "avatar");
    if (!result.ok) return Response.json({ ok: false, message: result.message }, { status: result.status });
    return withStoredMedia(db, async (save) => {
      const mediaId = await save({ ownerId: viewer.userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
      await db.update(profiles).set({ avatarId: mediaId, updatedAt: new Date() }).where(eq(profiles.id, viewer.profile.id));
      return Response.json({ ok: true, url: mediaUrl(mediaId) });
    });
  },
);
