import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { z } from "zod";
import { route } from "@/lib/mutations/route";
import { isId } from "@/lib/ids";
import { readImageUpload } from "@/lib/media/image-upload";
import { withStoredMedia } from "@/lib/media/upload";
import { mediaUrl } from "@/lib/media/urls";
import { addProductImage, productImageRoom } from "@/lib/merch/store";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

/** Adds one product photo: checked by content, squared to 1000 px webp, at most six per product. */
export const POST = route(
  {
    name: "merch.productImage",
    signIn: "uploads.signInToUploadImages",
    parse: ({ params }) => ({ pageId: params.id, productId: params.productId }),
    input: z.object({ pageId: z.string(), productId: z.string().refine(isId, "merch.productNotFound") }),
    page: { ability: "sell", id: (input) => input.pageId },
    limits: [{ name: "upload" }],
  },
  async ({ productId }, { page, viewer, request }) => {
    const userId = viewer.userId;
    // A full gallery is refused before any bytes are processed or stored.
    const room = await productImageRoom(db, page.id, productId);
    if (!room.ok) return fail(400, room.message);
    const result = await readImageUpload(request, "product");
    if (!result.ok) return fail(result.status, result.message);
    // A photo the gallery no longer has room for (another upload won the race) is deleted again.
    return withStoredMedia(db, async (save) => {
      const mediaId = await save({ ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
      const added = await addProductImage(db, page.id, productId, mediaId);
      if (!added.ok) return fail(400, added.message);
      revalidatePath(`/merch/${productId}`);
      revalidatePath(`/@${page.handle}`);
      return Response.json({ ok: true, url: mediaUrl(mediaId) });
    });
  },
);
