import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db";
import { profiles } from "@/db/schema";
import { auth } from "@/lib/auth/auth";
import { readImageUpload } from "@/lib/media/image-upload";
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
  const result = await readImageUpload(request, slot);
  if (!result.ok) return fail(result.status, result.message);

  const mediaId = saveMedia(db, { ownerId: userId, kind: "image", mime: "image/webp", bytes: result.bytes, width: result.width, height: result.height });
  db.update(profiles)
    .set(slot === "avatar" ? { avatarId: mediaId, updatedAt: new Date() } : { bannerId: mediaId, updatedAt: new Date() })
    .where(eq(profiles.id, page.id))
    .run();
  revalidatePath(`/@${page.handle}`);
  revalidatePath("/studio", "layout");
  return Response.json({ ok: true, url: mediaUrl(mediaId) });
}
