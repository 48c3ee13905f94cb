import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { auth } from "@/lib/auth/auth";
import { isId } from "@/lib/ids";
import { readImageUpload } from "@/lib/media/image-upload";
import { saveMedia } from "@/lib/media/store";
import { mediaUrl } from "@/lib/media/urls";
import { addProductImage, productImageRoom } from "@/lib/merch/store";
import { managedPage } from "@/lib/studio/pages";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

/** Adds one product photo: checked by content, squared to 1000 px webp, at most six per product. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; productId: string }> }) {
  const userId = (await auth())?.user?.id;
  if (!userId) return fail(401, "Sign in to upload images.");
  const { id, productId } = await params;
  const page = managedPage(db, userId, id);
  if (!page || !isId(productId)) return fail(403, "You cannot edit this product: only the account that manages its page can.");
  // A full gallery is refused before any bytes are processed or stored.
  const room = productImageRoom(db, page.id, productId);
  if (!room.ok) return fail(400, room.message);
  const result = await readImageUpload(request, "product");
  if (!result.ok) return fail(result.status, result.message);
  const mediaId = saveMedia(db, { ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
  const added = addProductImage(db, page.id, productId, mediaId);
  if (!added.ok) return fail(400, added.message);
  revalidatePath(`/merch/${productId}`);
  revalidatePath(`/@${page.handle}`);
  return Response.json({ ok: true, url: mediaUrl(mediaId) });
}
