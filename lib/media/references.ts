import { getTableName, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { audioAssets, mediaFiles, playlists, productImages, profiles, releases, tracks, videos } from "@/db/schema";

/** Every column that holds a media file id. A file none of them names is an orphan. */
export const MEDIA_REFERENCES: SQLiteColumn[] = [
  profiles.avatarId,
  profiles.bannerId,
  releases.coverId,
  tracks.audioId,
  tracks.coverId,
  videos.mediaId,
  videos.posterId,
  productImages.mediaId,
  playlists.coverId,
];

/** Columns of rows made from a media file (the audio pipeline's result): they go with it and keep nothing alive. */
export const MEDIA_DERIVED: SQLiteColumn[] = [audioAssets.mediaId];

/** SQL condition: no row anywhere references this media file. */
export function isUnreferenced(): SQL {
  const referenced = sql.join(
    MEDIA_REFERENCES.map((column) => {
      const name = sql.identifier(column.name);
      // NULLs are left out: one NULL in a NOT IN list makes the test false for every row.
      return sql`SELECT ${name} FROM ${sql.identifier(getTableName(column.table))} WHERE ${name} IS NOT NULL`;
    }),
    sql` UNION `,
  );
  return sql`${mediaFiles.id} NOT IN (${referenced})`;
}
