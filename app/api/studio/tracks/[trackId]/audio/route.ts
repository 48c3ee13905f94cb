import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { isId } from "@/lib/ids";
import { readUpload, withStoredMedia } from "@/lib/media/upload";
import { route } from "@/lib/mutations/route";
import { AUDIO_MAX_BYTES, checkAudioFile } from "@/lib/music/audio";
import { replaceTrackAudio, trackControllerById, trackShownOn } from "@/lib/music/edit";

export const dynamic = "force-dynamic";

const fail = (status: number, message: string) => Response.json({ ok: false, message, fieldErrors: { audio: message } }, { status });

/** New audio for a track: checked like any upload; the track keeps its id, plays, likes and links. */
export const POST = route(
  {
    name: "music.replaceAudio",
    signIn: "uploads.signInToReplaceAudio",
    parse: ({ params }) => ({ trackId: params.trackId }),
    input: z.object({ trackId: z.string().refine(isId, "common.unknownTrack") }),
    page: { ability: "publish_music", id: async (input) => await trackControllerById(db, input.trackId) },
    limits: [{ name: "upload" }],
    changes: async (input) => await trackShownOn(db, input.trackId),
    audit: () => ({ key: "audioReplaced" }),
  },
  async ({ trackId }, { viewer, request }) => {
    // Everything the uploader is told, in the request's language.
    const t = await getTranslations("errors");
    const upload = await readUpload(request, { maxBytes: AUDIO_MAX_BYTES + 65536, maxFileBytes: AUDIO_MAX_BYTES, tooLarge: t("music.audioTooLarge", { limit: AUDIO_MAX_BYTES / 1048576 }) });
    if (!upload.ok) return fail(upload.status, upload.message);
    return withStoredMedia(
      db,
      async (save) => {
        const file = upload.form.file("audio");
        if (!file) return fail(400, t("music.chooseAudioFile"));
        const checked = await checkAudioFile(file.path, file.name || t("music.theFile"));
        if (!checked.ok) return fail(400, checked.message);
        const audioId = await save({ ownerId: viewer.userId, kind: "audio", mime: checked.mime, file: file.path, durationMs: checked.durationMs });
        await replaceTrackAudio(db, trackId, { audioId, durationMs: checked.durationMs });
        return Response.json({ ok: true, durationMs: checked.durationMs });
      },
      upload.form,
    );
  },
);
