import { relations } from "drizzle-orm";
import { index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { users } from "./accounts";
import { createdAt, idColumn } from "./columns";

/**
 * Every stored file (images, audio, video). Files live under the uploads
 * directory at `path`; they are served by /api/media/ID with access checks.
 */
export const mediaFiles = pgTable(
  "media_files",
  {
    id: idColumn(),
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    kind: text("kind", { enum: ["image", "audio", "video"] }).notNull(),
    mime: text("mime").notNull(),
    bytes: integer("bytes").notNull(),
    path: text("path").notNull(),
    width: integer("width"),
    height: integer("height"),
    durationMs: integer("duration_ms"),
    /** public: anyone; private: the owner only (e.g. unpublished tracks). */
    visibility: text("visibility", { enum: ["public", "private"] }).notNull().default("public"),
    createdAt: createdAt(),
  },
  (t) => [index("media_files_owner_idx").on(t.ownerId)],
);

export const mediaFilesRelations = relations(mediaFiles, ({ one }) => ({
  owner: one(users, { fields: [mediaFiles.ownerId], references: [users.id] }),
}));
