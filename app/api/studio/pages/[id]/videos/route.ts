import fs from "node:fs";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { hasNoControlCharacters } from "@/lib/forms/text";
import { localizeIssues } from "@/lib/i18n/server";
import { route } from "@/lib/mutations/route";
import { processImage } from "@/lib/media/images";
import { readUpload, withStoredMedia } from "@/lib/media/upload";
import { checkVideo, VIDEO_MAX_BYTES } from "@/lib/media/video";
import { postVideo } from "@/lib/videos/post";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string, fieldErrors?: Record<string, string>) => Response.json({ ok: false, message, fieldErrors }, { status });

const fields = z.object({
  caption: z.string().trim().max(200, "videos.captionMax").refine(hasNoControlCharacters, "common.controlCharacters"),
  trackId: z.union([z.literal(""), z.string().regex(/^[0-9A-Za-z]{6,32}$/, "videos.trackNotOnPage")]),
});

/** Posts a short video: checked by content (MP4/WebM, ≤ 60 s), with a poster image (chosen, or a frame the browser captured). */
export const POST = route(
  {
    name: "studio.video",
    signIn: "uploads.signInToPostVideos",
    parse: ({ params }) => ({ pageId: params.id }),
    input: z.object({ pageId: z.string() }),
    page: { ability: "post_videos", id: (input) => input.pageId },
    limits: [{ name: "upload" }],
  },
  async (_input, { page, viewer, request }) => {
    const userId = viewer.userId;
    // Everything the uploader is told, in the request's language.
    const t = await getTranslations("errors");
    const upload = await readUpload(request, { maxBytes: VIDEO_MAX_BYTES + 9 * 1048576, maxFileBytes: VIDEO_MAX_BYTES, tooLarge: t("videos.uploadTooLarge") });
    if (!upload.ok) return fail(upload.status, upload.message);
    const form = upload.form;
    // A rejected video (or a failed post) leaves no file behind.
    return withStoredMedia(
      db,
      async (save) => {
        const parsed = fields.safeParse({ caption: form.get("caption") ?? "", trackId: form.get("trackId") ?? "" });
        if (!parsed.success) {
          const issue = (await localizeIssues(parsed.error)).issues[0];
          return fail(400, t("common.fixFields"), { [issue?.path[0] === "trackId" ? "trackId" : "caption"]: issue?.message ?? t("videos.checkCaption") });
        }
        const file = form.file("video");
        if (!file) return fail(400, t("videos.chooseVideo"), { video: t("videos.chooseVideo") });
        const checked = await checkVideo(await fs.promises.readFile(file.path), file.name || t("videos.theFile"));
        if (!checked.ok) return fail(400, checked.message, { video: checked.message });
        let posterId: string | null = null;
        const poster = form.file("poster");
        if (poster) {
          const image = await processImage(await fs.promises.readFile(poster.path), "poster");
          if (!image.ok) return fail(400, t("videos.posterProblem", { message: image.message }), { poster: image.message });
          posterId = await save({ ownerId: userId, kind: "image", mime: "image/webp", bytes: image.bytes, width: image.width, height: image.height });
        }
        const mediaId = await save({ ownerId: userId, kind: "video", mime: checked.mime, file: file.path, durationMs: checked.durationMs });
        const posted = await postVideo(db, { profileId: page.id, mediaId, posterId, caption: parsed.data.caption, trackId: parsed.data.trackId || null, durationMs: checked.durationMs });
        if (!posted.ok) return fail(400, t(posted.message), { trackId: t(posted.message) });
        revalidatePath(`/@${page.handle}`);
        revalidatePath("/", "layout");
        return Response.json({ ok: true, videoId: posted.id });
      },
      form,
    );
  },
);
