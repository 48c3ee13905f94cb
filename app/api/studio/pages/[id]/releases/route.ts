import fs from "node:fs";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { db } from "@/db";
import { z } from "zod";
import { route } from "@/lib/mutations/route";
import { spendNotifyBudget } from "@/lib/notifications/budget";
import { fieldErrorsOf } from "@/lib/forms/action-state";
import { localizeIssues } from "@/lib/i18n/server";
import { IMAGE_LIMITS, processImage } from "@/lib/media/images";
import { readUpload, withStoredMedia } from "@/lib/media/upload";
import { AUDIO_MAX_BYTES, checkAudioFile } from "@/lib/music/audio";
import { createRelease } from "@/lib/music/releases";
import { releaseFormSchema } from "@/lib/music/validation";
import { eq } from "drizzle-orm";
import { profiles } from "@/db/schema";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import { isOnRoster } from "@/lib/teams/roster";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string, fieldErrors?: Record<string, string>) => Response.json({ ok: false, message, fieldErrors }, { status });

/** Upload a release: audio files checked by content, optional cover, then one transaction. */
export const POST = route(
  {
    name: "studio.release",
    signIn: "uploads.signInToUploadMusic",
    parse: ({ params }) => ({ pageId: params.id }),
    input: z.object({ pageId: z.string() }),
    page: { ability: "publish_music", id: (input) => input.pageId },
    limits: [{ name: "upload" }],
  },
  async (_input, { page, viewer, request }) => {
    const userId = viewer.userId;
    // Everything the uploader is told, in the request's language.
    const t = await getTranslations("errors");
    const upload = await readUpload(request, { maxBytes: 1024 * 1048576 + IMAGE_LIMITS.cover.maxBytes + 1048576, maxFileBytes: AUDIO_MAX_BYTES, tooLarge: t("music.releaseUploadTooLarge") });
    if (!upload.ok) return fail(upload.status, upload.message);
    const form = upload.form;
    // Files stored for an upload that then fails (a bad file, a failed transaction) are deleted again.
    return withStoredMedia(
      db,
      async (save) => {
        const files = form.files("audio");
        // A label may release for an artist on its roster: the release is the artist's, "on" the label.
        const forArtist = form.get("artistId");
        let artist: { id: string; name: string; avatarId: string | null } | null = null;
        if (typeof forArtist === "string" && forArtist && forArtist !== page.id) {
          if (page.kind !== "label" || !(await isOnRoster(db, page.id, forArtist))) return fail(403, t("music.labelOnly"), { artistId: t("music.pickRosterArtist") });
          artist = (await db.select({ id: profiles.id, name: profiles.name, avatarId: profiles.avatarId }).from(profiles).where(eq(profiles.id, forArtist)).limit(1))[0] ?? null;
          if (!artist) return fail(400, t("music.artistPageGone"), { artistId: t("music.pickRosterArtist") });
        }
        const parsed = releaseFormSchema.safeParse({
          title: form.get("title") ?? "",
          kind: form.get("kind") ?? "",
          releaseAt: form.get("releaseAt") ?? "",
          genre: form.get("genre") ?? "",
          explicit: form.get("explicit") ?? undefined,
          previewOnly: form.get("previewOnly") ?? undefined,
          titles: form.getAll("trackTitle"),
        });
        // Every problem at once (fields, each audio file, the cover), so one correction is enough.
        const errors: Record<string, string> = parsed.success ? {} : fieldErrorsOf(await localizeIssues(parsed.error));
        if (parsed.success && files.length !== parsed.data.titles.length) errors.titles = t("music.audioPerTrack");
        // One file in memory at a time, only while it is checked; stored files are moved, not copied.
        const checked = [];
        const audioProblems: string[] = [];
        for (const file of files) {
          const result = await checkAudioFile(file.path, file.name || t("music.aFile"));
          if (result.ok) checked.push({ file, ...result });
          else audioProblems.push(result.message);
        }
        if (audioProblems.length) errors.audio = audioProblems.join("\n");
        const cover = form.file("cover");
        const image = cover ? await processImage(await fs.promises.readFile(cover.path), "cover") : null;
        if (image && !image.ok) errors.cover = image.message;
        if (!parsed.success || Object.keys(errors).length) return fail(400, Object.values(errors).length === 1 ? Object.values(errors)[0] : t("common.fixFields"), errors);
        const coverId = image?.ok ? await save({ ownerId: userId, kind: "image", mime: "image/webp", bytes: image.bytes, width: image.width, height: image.height }) : null;

        const trackInputs = [];
        for (const [i, c] of checked.entries()) {
          const audioId = await save({ ownerId: userId, kind: "audio", mime: c.mime, file: c.file.path, durationMs: c.durationMs });
          trackInputs.push({ title: parsed.data.titles[i], audioId, durationMs: c.durationMs });
        }
        // Followers hear about it while the page's weekly notification budget lasts; the stream shows it either way.
        const notified = await spendNotifyBudget(db, artist?.id ?? page.id);
        const { releaseId } = await createRelease(db, {
          notify: notified,
          profileId: artist?.id ?? page.id,
          labelId: artist ? page.id : null,
          title: parsed.data.title,
          kind: parsed.data.kind,
          releaseAt: parsed.data.releaseAt,
          coverId: coverId ?? artist?.avatarId ?? page.avatarId,
          genre: parsed.data.genre,
          explicit: parsed.data.explicit,
          embedFullPlays: !parsed.data.previewOnly,
          tracks: trackInputs,
          credits: artist ? `By ${artist.name}. On ${page.name}.` : `By ${page.name}.`,
        });
        revalidatePath(`/@${page.handle}`);
        if (artist) publicPagesChanged({ profiles: [artist.id] });
        revalidatePath("/", "layout");
        return Response.json({ ok: true, releaseId, scheduled: parsed.data.releaseAt > new Date(), notified });
      },
      form,
    );
  },
);
