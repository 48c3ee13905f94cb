import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { IMAGE_LIMITS, processImage, type ImageSlot } from "@/lib/media/images";
import { saveMedia } from "@/lib/media/store";
import { mediaUrl } from "@/lib/media/urls";
import { managedPage } from "@/lib/studio/pages";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string) => Response.json({ ok: false, message }, { status });

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return fail(401, "Sign in to upload images.");
  const { id } = await params;
  const page = managedPage(db, userId, id);
  if (!page) return fail(403, "You cannot edit this page: only the account that manages it can.");

  const slot = new URL(request.url).searchParams.get("slot");
  if (slot !== "avatar" && slot !== "banner") return fail(400, "Unknown image slot.");
  const limit = IMAGE_LIMITS[slot as ImageSlot];
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limit.maxBytes + 64 * 1024) return fail(413, `The image is too large. The limit is ${limit.maxBytes / 1048576} MB.`);

  let file: FormDataEntryValue | null;
  try {
    file = (await request.formData()).get("file");
  } catch {
    return fail(400, "The upload could not be read. Please try again.");
  }
  if (!(file instanceof File)) return fail(400, "Choose an image to upload.");
  const result = await processImage(Buffer.from(await file.arrayBuffer()), slot as ImageSlot);
  if (!result.ok) return fail(400, result.message);

  const mediaId = saveMedia(db, { ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
  db.update(profiles)
    .set(slot === "avatar" ? { avatarId: mediaId, updatedAt: new Date() } : { bannerId: mediaId, updatedAt: new Date() })
    .where(eq(profiles.id, page.id))
    .run();
  revalidatePath(`/@${page.handle}`);
  revalidatePath("/studio", "layout");
  return Response.json({ ok: true, url: mediaUrl(mediaId) });
}
