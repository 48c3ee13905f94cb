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
