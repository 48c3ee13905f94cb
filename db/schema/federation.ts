import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { activities } from "./activity";
import { profiles } from "./profiles";
import { FEDERATION_KEY_KINDS, FEDERATION_OUTBOX_KINDS, REMOTE_FOLLOW_STATES } from "./enums";

/**
 * ActivityPub (lib/federation): Fedify's key-value store and its outgoing
 * queue live in the app's own database, so delivery survives restarts and
 * every instance shares it.
 */
export const federationKv = sqliteTable("federation_kv", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at"),
});

export const federationQueue = sqliteTable(
  "federation_queue",
  {
    id: idColumn(),
    message: text("message").notNull(),
    runAt: timestamp("run_at").notNull(),
    lockedUntil: timestamp("locked_until"),
    createdAt: createdAt(),
  },
  (t) => [index("federation_queue_run_idx").on(t.runAt)],
);

/** Each local actor's signing keys (RSA for HTTP Signatures, Ed25519 for object proofs), made on first use. */
export const actorKeys = sqliteTable(
  "actor_keys",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FEDERATION_KEY_KINDS }).notNull(),
    publicJwk: text("public_jwk").notNull(),
    privateJwk: text("private_jwk").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.kind] })],
);

/** A profile on another server, as last fetched (name and summary already sanitized). */
export const remoteActors = sqliteTable(
  "remote_actors",
  {
    id: idColumn(),
    uri: text("uri").notNull().unique(),
    handle: text("handle").notNull(),
    host: text("host").notNull(),
    type: text("type").notNull(),
    name: text("name").notNull(),
    summaryHtml: text("summary_html").notNull().default(""),
    iconUrl: text("icon_url"),
    url: text("url"),
    inbox: text("inbox").notNull(),
    sharedInbox: text("shared_inbox"),
    outbox: text("outbox"),
    fetchedAt: timestamp("fetched_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("remote_actors_host_idx").on(t.host), index("remote_actors_handle_idx").on(t.handle)],
);

/** Someone on another server who follows a local profile (delivery goes to their inbox). */
export const remoteFollowers = sqliteTable(
  "remote_followers",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    actorId: text("actor_id").notNull().references(() => remoteActors.id, { onDelete: "cascade" }),
    followUri: text("follow_uri"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.actorId] }), index("remote_followers_actor_idx").on(t.actorId)],
);

/** A local listener following someone on another server: pending until their server accepts. */
export const remoteFollows = sqliteTable(
  "remote_follows",
  {
    profileId: text("profile_id").notNull().references(() => profiles.id, { onDelete: "cascade" }),
    actorId: text("actor_id").notNull().references(() => remoteActors.id, { onDelete: "cascade" }),
    state: text("state", { enum: REMOTE_FOLLOW_STATES }).notNull().default("pending"),
    followUri: text("follow_uri").notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.actorId] }), index("remote_follows_actor_idx").on(t.actorId, t.state)],
);

/** A public post of a remote actor (HTML sanitized on the way in), shown as a federated card. */
export const remotePosts = sqliteTable(
  "remote_posts",
  {
    id: idColumn(),
    actorId: text("actor_id").notNull().references(() => remoteActors.id, { onDelete: "cascade" }),
    uri: text("uri").notNull().unique(),
    url: text("url"),
    type: text("type").notNull(),
    name: text("name"),
    contentHtml: text("content_html").notNull().default(""),
    imageUrl: text("image_url"),
    startsAt: timestamp("starts_at"),
    location: text("location"),
    publishedAt: timestamp("published_at").notNull(),
    updatedAt: timestamp("updated_at"),
    deletedAt: timestamp("deleted_at"),
  },
  (t) => [index("remote_posts_actor_published_idx").on(t.actorId, t.publishedAt), index("remote_posts_published_idx").on(t.publishedAt)],
);

/** Server-level blocks: a domain (and its subdomains) or one actor URI. */
export const federationBlocks = sqliteTable("federation_blocks", {
  target: text("target").primaryKey(),
  reason: text("reason").notNull().default(""),
  createdAt: createdAt(),
});

/** Remote inboxes that stopped answering: marked after a day of failed retries. */
export const inboxFailures = sqliteTable("inbox_failures", {
  inbox: text("inbox").primaryKey(),
  failingSince: timestamp("failing_since").notNull(),
  lastError: text("last_error").notNull().default(""),
  markedFailingAt: timestamp("marked_failing_at"),
});

/**
 * What has gone out: one row per activity (Create) and per later change of its
 * object (Update, Delete), so the worker sends each once, also after a restart.
 */
export const federationOutbox = sqliteTable(
  "federation_outbox",
  {
    id: idColumn(),
    activityId: text("activity_id").notNull().references(() => activities.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: FEDERATION_OUTBOX_KINDS }).notNull(),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at"),
    recipients: integer("recipients").notNull().default(0),
  },
  (t) => [index("federation_outbox_activity_idx").on(t.activityId, t.kind), index("federation_outbox_unsent_idx").on(t.sentAt, t.createdAt)],
);
