import { relations } from "drizzle-orm";
import { bigint, boolean, doublePrecision, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { mediaFiles } from "./media";
import { profiles } from "./profiles";
import { RELEASE_KINDS, PUBLISH_STATUSES } from "../enums";

export const releases = pgTable(
  "releases",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    kind: text("kind", { enum: RELEASE_KINDS }).notNull().default("single"),
    description: text("description").notNull().default(""),
    coverId: text("cover_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    /** Hidden from everyone but the creator until this moment (UTC). */
    releaseAt: timestamp("release_at").notNull(),
    status: text("status", { enum: PUBLISH_STATUSES }).notNull().default("draft"),
    /** The label it came out on (a label page releasing for an artist on its roster). */
    labelId: text("label_id").references(() => profiles.id, { onDelete: "set null" }),
    upc: text("upc"),
    copyright: text("copyright").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [index("releases_label_release_idx").on(t.labelId, t.releaseAt), index("releases_profile_release_idx").on(t.profileId, t.releaseAt), index("releases_release_at_idx").on(t.releaseAt)],
);

export const tracks = pgTable(
  "tracks",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    releaseId: text("release_id").references(() => releases.id, { onDelete: "set null" }),
    position: integer("position").notNull().default(0),
    title: text("title").notNull(),
    genre: text("genre"),
    credits: text("credits").notNull().default(""),
    isrc: text("isrc"),
    lyrics: text("lyrics").notNull().default(""),
    audioId: text("audio_id").notNull().references(() => mediaFiles.id),
    coverId: text("cover_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    durationMs: integer("duration_ms").notNull(),
    explicit: boolean("explicit").notNull().default(false),
    /** false: embeds play a 30-second preview only. */
    /** The team turned comments off for this track. */
    commentsOff: boolean("comments_off").notNull().default(false),
    embedFullPlays: boolean("embed_full_plays").notNull().default(true),
    playCount: integer("play_count").notNull().default(0),
    likeCount: integer("like_count").notNull().default(0),
    status: text("status", { enum: PUBLISH_STATUSES }).notNull().default("draft"),
    publishedAt: timestamp("published_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("tracks_profile_published_idx").on(t.profileId, t.publishedAt),
    index("tracks_release_position_idx").on(t.releaseId, t.position),
    index("tracks_genre_published_idx").on(t.genre, t.publishedAt),
    index("tracks_published_idx").on(t.publishedAt),
  ],
);

/** One row per counted listen (after 30 s or half the track). */
export const plays = pgTable(
  "plays",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    trackId: text("track_id").notNull().references(() => tracks.id, { onDelete: "cascade" }),
    listenerId: text("listener_id").references(() => profiles.id, { onDelete: "set null" }),
    source: text("source", { enum: ["app", "embed", "discovery"] }).notNull().default("app"),
    at: timestamp("at").notNull(),
  },
  (t) => [index("plays_track_at_idx").on(t.trackId, t.at), index("plays_listener_at_idx").on(t.listenerId, t.at)],
);

export const trackLikes = pgTable(
  "track_likes",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    trackId: text("track_id").notNull().references(() => tracks.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.trackId] }), index("track_likes_track_idx").on(t.trackId)],
);

export const videos = pgTable(
  "videos",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    caption: text("caption").notNull().default(""),
    mediaId: text("media_id").notNull().references(() => mediaFiles.id),
    posterId: text("poster_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    trackId: text("track_id").references(() => tracks.id, { onDelete: "set null" }),
    durationMs: integer("duration_ms").notNull(),
    likeCount: integer("like_count").notNull().default(0),
    status: text("status", { enum: PUBLISH_STATUSES }).notNull().default("published"),
    createdAt: createdAt(),
  },
  (t) => [index("videos_profile_created_idx").on(t.profileId, t.createdAt), index("videos_created_idx").on(t.createdAt)],
);

export const videoLikes = pgTable(
  "video_likes",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    videoId: text("video_id").notNull().references(() => videos.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.videoId] }), index("video_likes_video_idx").on(t.videoId)],
);

/** Discovery feed impressions and the signals the recommender learns from. */
export const impressions = pgTable(
  "impressions",
  {
    id: idColumn(),
    viewerId: text("viewer_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    itemType: text("item_type", { enum: ["track", "video"] }).notNull(),
    itemId: text("item_id").notNull(),
    creatorId: text("creator_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    source: text("source").notNull(),
    watchMs: integer("watch_ms").notNull().default(0),
    skipped: boolean("skipped").notNull().default(false),
    liked: boolean("liked").notNull().default(false),
    followed: boolean("followed").notNull().default(false),
    shownAt: timestamp("shown_at").notNull(),
  },
  (t) => [index("impressions_viewer_shown_idx").on(t.viewerId, t.shownAt), index("impressions_item_idx").on(t.itemType, t.itemId)],
);

/**
 * Discover's precomputed creator neighbours (lib/discovery/similar.ts): for
 * each creator, the 50 whose listeners overlap most, refreshed on a schedule by
 * the worker, so a page reads a few rows instead of scanning every follow.
 */
export const creatorNeighbours = pgTable(
  "creator_neighbours",
  {
    creatorId: text("creator_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    neighbourId: text("neighbour_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    score: doublePrecision("score").notNull(),
    refreshedAt: timestamp("refreshed_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.creatorId, t.neighbourId] })],
);

export const releasesRelations = relations(releases, ({ one, many }) => ({
  profile: one(profiles, { fields: [releases.profileId], references: [profiles.id] }),
  cover: one(mediaFiles, { fields: [releases.coverId], references: [mediaFiles.id] }),
  tracks: many(tracks),
}));

export const tracksRelations = relations(tracks, ({ one, many }) => ({
  profile: one(profiles, { fields: [tracks.profileId], references: [profiles.id] }),
  release: one(releases, { fields: [tracks.releaseId], references: [releases.id] }),
  audio: one(mediaFiles, { fields: [tracks.audioId], references: [mediaFiles.id], relationName: "audio" }),
  cover: one(mediaFiles, { fields: [tracks.coverId], references: [mediaFiles.id], relationName: "trackCover" }),
  likes: many(trackLikes),
}));

export const trackLikesRelations = relations(trackLikes, ({ one }) => ({
  profile: one(profiles, { fields: [trackLikes.profileId], references: [profiles.id] }),
  track: one(tracks, { fields: [trackLikes.trackId], references: [tracks.id] }),
}));

export const videosRelations = relations(videos, ({ one }) => ({
  profile: one(profiles, { fields: [videos.profileId], references: [profiles.id] }),
  media: one(mediaFiles, { fields: [videos.mediaId], references: [mediaFiles.id], relationName: "video" }),
  poster: one(mediaFiles, { fields: [videos.posterId], references: [mediaFiles.id], relationName: "poster" }),
  track: one(tracks, { fields: [videos.trackId], references: [tracks.id] }),
}));

export const playsRelations = relations(plays, ({ one }) => ({
  track: one(tracks, { fields: [plays.trackId], references: [tracks.id] }),
}));
