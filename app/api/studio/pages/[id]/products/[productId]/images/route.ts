import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { auth } from "@/lib/auth/auth";
import { isId } from "@/lib/ids";
import { IMAGE_LIMITS, processImage } from "@/lib/media/images";
import { saveMedia } from "@/lib/media/store";
import { mediaUrl } from "@/lib/media/urls";
import { addProductImage } from "@/lib/merch/store";
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
  const limit = IMAGE_LIMITS.product;
  if (Number(request.headers.get("content-length") ?? 0) > limit.maxBytes + 64 * 1024) return fail(413, `The image is too large. The limit is ${limit.maxBytes / 1048576} MB.`);
  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return fail(400, "The upload could not be read. Please try again.");
  }
  if (!(file instanceof File)) return fail(400, "Choose an image to upload.");
  const result = await processImage(Buffer.from(await file.arrayBuffer()), "product");
  if (!result.ok) return fail(400, result.message);
  const mediaId = saveMedia(db, { ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
  const added = addProductImage(db, page.id, productId, mediaId);
  if (!added.ok) return fail(400, added.message);
  revalidatePath(`/merch/${productId}`);
  revalidatePath(`/@${page.handle}`);
  return Response.json({ ok: true, url: mediaUrl(mediaId) });
}
