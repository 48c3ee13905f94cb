/** The closed sets of values columns may hold, shared by the SQLite and PostgreSQL schemas. */

export const ACTIVITY_VERBS = [
  "release_published",
  "track_published",
  "concert_announced",
  "merch_added",
  "video_posted",
  "track_shared",
  "followed",
  "announcement",
  "playlist_updated",
] as const;
export type ActivityVerb = (typeof ACTIVITY_VERBS)[number];

export const OBJECT_TYPES = ["track", "release", "concert", "product", "video", "profile", "announcement", "order", "conversation", "playlist"] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export const NOTIFICATION_TYPES = [
  "new_follower",
  "message",
  "release",
  "concert_near_you",
  "concert_changed",
  "concert_lineup",
  "order_status",
  "announcement",
  "page_invite",
  "page_transfer",
  "roster_invite",
  "team",
  "credit",
  "comment",
  "mention",
  "playlist_invite",
  "report_outcome",
  "moderation",
  "account",
] as const;

export const CONCERT_STATUSES = ["scheduled", "postponed", "cancelled"] as const;

export const PRODUCT_STATUSES = ["draft", "live", "sold_out", "archived"] as const;

export const ORDER_STATUSES = ["awaiting_payment", "paid", "shipped", "cancelled"] as const;

export const CANCEL_REASONS = ["out_of_stock", "buyer_asked", "cant_ship", "other"] as const;

export const RELEASE_KINDS = ["single", "ep", "album"] as const;

/** An audio file in the pipeline: waiting, being transcoded, done, or given up on (with the reason). */
export const AUDIO_JOB_STATUSES = ["queued", "running", "ready", "failed"] as const;
export type AudioJobStatus = (typeof AUDIO_JOB_STATUSES)[number];

export const PUBLISH_STATUSES = ["draft", "published"] as const;

export const PROFILE_KINDS = ["listener", "artist", "label", "publication"] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const FOLLOW_SOURCES = ["app", "embed", "discovery", "search", "seed"] as const;

export const NOTIFY_LEVELS = ["all", "highlights", "off"] as const;
export type NotifyLevel = (typeof NOTIFY_LEVELS)[number];

/** Roles a member other than the owner can hold on a page (the owner is profiles.owner_id). */
export const MEMBER_ROLES = ["admin", "editor", "merch", "analyst"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBERSHIP_STATUSES = ["invited", "active"] as const;

/** Site-wide roles beyond a member: moderators act on reports; admins also ban and appoint moderators. */
export const SITE_ROLES = ["member", "moderator", "admin"] as const;
export type SiteRole = (typeof SITE_ROLES)[number];

/** Who may start a conversation with a listener. */
export const MESSAGE_POLICIES = ["everyone", "following", "nobody"] as const;
export type MessagePolicy = (typeof MESSAGE_POLICIES)[number];

/** One-time links sent by email. */
export const EMAIL_TOKEN_PURPOSES = ["password_reset", "email_change"] as const;
export type EmailTokenPurpose = (typeof EMAIL_TOKEN_PURPOSES)[number];

/** A data export being built in the background. */
export const EXPORT_STATUSES = ["queued", "running", "ready", "failed"] as const;
export type ExportStatus = (typeof EXPORT_STATUSES)[number];

/** What a report points at. */
export const REPORT_TARGETS = ["profile", "message", "comment", "track", "product", "video"] as const;
export type ReportTarget = (typeof REPORT_TARGETS)[number];

/** What a moderator did (a report's outcome is the last of these). */
export const MODERATION_ACTIONS = ["dismiss", "hide", "warn", "suspend", "ban", "unsuspend"] as const;
export type ModerationActionKind = (typeof MODERATION_ACTIONS)[number];

/** ActivityPub: the key pairs each local actor signs with, and a local listener's follow of a remote actor. */
export const FEDERATION_KEY_KINDS = ["RSASSA-PKCS1-v1_5", "Ed25519"] as const;
export const REMOTE_FOLLOW_STATES = ["pending", "accepted"] as const;
export const FEDERATION_OUTBOX_KINDS = ["create", "update", "delete"] as const;
export type FederationOutboxKind = (typeof FEDERATION_OUTBOX_KINDS)[number];

/** The languages Chorus is written in (scripts/locale.mjs decides which one a request gets). */
export const LOCALES = ["en", "fr", "de"] as const;
