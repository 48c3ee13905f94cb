import { boolean, index, integer, primaryKey, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { mediaFiles } from "./media";
import { releases, tracks } from "./music";
import { profiles } from "./profiles";

/** A listener's (or page's) list of tracks: public for everyone, or private to its owner. */
export const playlists = pgTable(
  "playlists",
  {
    id: idColumn(),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    description: text("description").notNull().default(""),
    isPublic: boolean("is_public").notNull().default(true),
    coverId: text("cover_id").references(() => mediaFiles.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull().$defaultFn(() => new Date()),
  },
  (t) => [index("playlists_profile_updated_idx").on(t.profileId, t.updatedAt)],
);

/** A playlist's tracks in order (each track once). */
export const playlistTracks = pgTable(
  "playlist_tracks",
  {
    playlistId: text("playlist_id").notNull().references(() => playlists.id, { onDelete: "cascade" }),
    trackId: text("track_id").notNull().references(() => tracks.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** Who put it there (the owner or a collaborator); null once their profile is gone. */
    addedBy: text("added_by").references(() => profiles.id, { onDelete: "set null" }),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.playlistId, t.trackId] }), index("playlist_tracks_order_idx").on(t.playlistId, t.position), index("playlist_tracks_track_idx").on(t.trackId), index("playlist_tracks_added_by_idx").on(t.addedBy)],
);

/** Playlists a profile follows (shown in its Library). */
export const playlistFollows = pgTable(
  "playlist_follows",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    playlistId: text("playlist_id").notNull().references(() => playlists.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.playlistId] }), index("playlist_follows_playlist_idx").on(t.playlistId)],
);

/** Releases a profile saved to its Library. */
export const savedReleases = pgTable(
  "saved_releases",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    releaseId: text("release_id").notNull().references(() => releases.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.releaseId] }), index("saved_releases_release_idx").on(t.releaseId)],
);

/**
 * Profiles the owner invited to add to a playlist (a collaborative playlist):
 * "invited" until they accept; "active" ones add, remove and reorder tracks.
 */
export const playlistCollaborators = pgTable(
  "playlist_collaborators",
  {
    playlistId: text("playlist_id").notNull().references(() => playlists.id, { onDelete: "cascade" }),
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    status: text("status", { enum: ["invited", "active"] }).notNull().default("invited"),
    createdAt: createdAt(),
    acceptedAt: timestamp("accepted_at"),
  },
  (t) => [primaryKey({ columns: [t.playlistId, t.profileId] }), index("playlist_collaborators_profile_idx").on(t.profileId)],
);
