import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { z } from "zod";
import { route } from "@/lib/mutations/route";
import { readImageUpload } from "@/lib/media/image-upload";
import { withStoredMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

export const POST = route(
  {
    name: "studio.pageImage",
    signIn: "uploads.signInToUploadImages",
    parse: ({ params, search }) => ({ pageId: params.id, slot: search.get("slot") }),
    input: z.object({ pageId: z.string(), slot: z.enum(["avatar", "banner"], "media.unknownSlot") }),
    page: { ability: "edit", id: (input) => input.pageId },
    limits: [{ name: "upload" }],
  },
  async ({ slot }, { page, viewer, request }) => {
    const userId = viewer.userId;
    const result = await readImageUpload(request, slot);
    if (!result.ok) return fail(result.status, result.message);

    // The picture it replaces is left to the hourly orphan cleanup (a release may use it as its cover).
    return withStoredMedia(db, async (save) => {
      const mediaId = await save({ ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
      await db.update(profiles)
        .set(slot === "avatar" ? { avatarId: mediaId, updatedAt: new Date() } : { bannerId: mediaId, updatedAt: new Date() })
        .where(eq(profiles.id, page.id));
      revalidatePath(`/@${page.handle}`);
      revalidatePath("/studio", "layout");
      return Response.json({ ok: true, url: mediaUrl(mediaId) });
    });
  },
);
