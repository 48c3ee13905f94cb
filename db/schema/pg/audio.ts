import { relations } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { AUDIO_JOB_STATUSES } from "../enums";
import { createdAt, idColumn, timestamp } from "./columns";
import { mediaFiles } from "./media";
import { profiles } from "./profiles";
import { releases, tracks } from "./music";

/**
 * What the audio pipeline made of an uploaded audio file, and its job in the
 * queue: one row per original (a replaced track audio gets a new row). A row
 * is claimed by one worker at a time (workerId + heartbeatAt); a worker that
 * stops beating (a crash, a restart) leaves the job to the next one.
 */
export const audioAssets = pgTable(
  "audio_assets",
  {
    mediaId: text("media_id").primaryKey().references(() => mediaFiles.id, { onDelete: "cascade" }),
    status: text("status", { enum: AUDIO_JOB_STATUSES }).notNull().default("queued"),
    /** 0..100 while running. */
    progress: integer("progress").notNull().default(0),
    attempts: integer("attempts").notNull().default(0),
    /** Why it failed, in words a creator can act on. */
    error: text("error"),
    workerId: text("worker_id"),
    heartbeatAt: timestamp("heartbeat_at"),
    /** EBU R128 integrated loudness (LUFS) and true peak (dBTP), in hundredths. */
    lufsX100: integer("lufs_x100"),
    truePeakX100: integer("true_peak_x100"),
    /** Waveform: 1,000 peaks, one byte each (0..255), base64. */
    peaks: text("peaks"),
    /** Renditions made, e.g. "opus-64,opus-160,aac-96,aac-192". */
    renditions: text("renditions").notNull().default(""),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at"),
  },
  (t) => [index("audio_assets_status_idx").on(t.status, t.createdAt)],
);

/**
 * A listener's comment on a track (optionally at a moment of it) or a release;
 * replies are one level deep (parentId points at a top-level comment).
 */
export const comments = pgTable(
  "comments",
  {
    id: idColumn(),
    trackId: text("track_id").references(() => tracks.id, { onDelete: "cascade" }),
    releaseId: text("release_id").references(() => releases.id, { onDelete: "cascade" }),
    parentId: text("parent_id"),
    authorId: text("author_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    body: text("body").notNull(),
    /** The moment of the track it is pinned to, or null. */
    atMs: integer("at_ms"),
    /** Hidden by the page's team: only its author and the team still see it. */
    hiddenAt: timestamp("hidden_at"),
    editedAt: timestamp("edited_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("comments_track_idx").on(t.trackId, t.createdAt),
    index("comments_release_idx").on(t.releaseId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    index("comments_author_idx").on(t.authorId, t.createdAt),
  ],
);

export const audioAssetsRelations = relations(audioAssets, ({ one }) => ({
  media: one(mediaFiles, { fields: [audioAssets.mediaId], references: [mediaFiles.id] }),
}));

export const commentsRelations = relations(comments, ({ one }) => ({
  author: one(profiles, { fields: [comments.authorId], references: [profiles.id] }),
  track: one(tracks, { fields: [comments.trackId], references: [tracks.id] }),
  release: one(releases, { fields: [comments.releaseId], references: [releases.id] }),
}));
