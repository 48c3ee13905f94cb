import { relations } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { createdAt, idColumn, timestamp } from "./columns";
import { EMAIL_TOKEN_PURPOSES, EXPORT_STATUSES, LOCALES, SITE_ROLES } from "./enums";

/**
 * Accounts. Column names follow the Auth.js adapter's `users` shape so OAuth
 * providers can be added later through @auth/drizzle-adapter.
 */
export const users = sqliteTable(
  "users",
  {
    id: idColumn(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified"),
    image: text("image"),
    passwordHash: text("password_hash"),
    country: text("country"),
    city: text("city"),
    createdAt: createdAt(),
    /** Raised by a password change or "sign out everywhere": a session token carrying an older one is refused. */
    sessionVersion: integer("session_version").notNull().default(0),
    siteRole: text("site_role", { enum: SITE_ROLES }).notNull().default("member"),
    /** Suspended by a moderator until then (cannot sign in or act); banned is for good. */
    suspendedUntil: timestamp("suspended_until"),
    bannedAt: timestamp("banned_at"),
    /** The moderator's words to the account, shown at sign-in while suspended. */
    suspensionNote: text("suspension_note"),
    /** Discovery ranks for everyone alike instead of from this account's listening. */
    personalizationOff: integer("personalization_off", { mode: "boolean" }).notNull().default(false),
    /** The language Chorus speaks to this account (lib/i18n); null follows the browser. */
    locale: text("locale", { enum: LOCALES }),
    /** Deletion asked for: erased at this instant unless the owner signs in before. */
    deleteAfter: timestamp("delete_after"),
    /** Erased: the row stays (orders and messages point at its profile) with no personal data. */
    erasedAt: timestamp("erased_at"),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email), index("users_delete_after_idx").on(t.deleteAfter)],
);

/** OAuth account links (Auth.js adapter table). */
export const authAccounts = sqliteTable(
  "auth_accounts",
  {
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] }), index("auth_accounts_user_idx").on(t.userId)],
);

/** Database sessions (Auth.js adapter table; unused while sessions are JWTs). */
export const authSessions = sqliteTable(
  "auth_sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires").notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const authVerificationTokens = sqliteTable(
  "auth_verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** People who tried to sign up from a market Chorus does not serve yet. */
export const waitlist = sqliteTable(
  "waitlist",
  {
    id: idColumn(),
    email: text("email").notNull(),
    country: text("country").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("waitlist_email_country_unique").on(t.email, t.country), index("waitlist_country_idx").on(t.country)],
);

/** Sliding-window rate limit events, keyed by action and actor. */
export const rateEvents = sqliteTable(
  "rate_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("rate_events_key_at_idx").on(t.key, t.at)],
);

/**
 * One-time tokens already spent (follow intents carried through sign-in): a
 * token's nonce is recorded once, so replaying it does nothing.
 */
export const usedTokens = sqliteTable(
  "used_tokens",
  {
    nonce: text("nonce").primaryKey(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (t) => [index("used_tokens_expires_idx").on(t.expiresAt)],
);

/** A one-time link sent by email: only its hash is stored; spent once (usedAt) or expired. */
export const emailTokens = sqliteTable(
  "email_tokens",
  {
    id: idColumn(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    purpose: text("purpose", { enum: EMAIL_TOKEN_PURPOSES }).notNull(),
    tokenHash: text("token_hash").notNull(),
    /** For an email change: the address being confirmed. */
    newEmail: text("new_email"),
    expiresAt: timestamp("expires_at").notNull(),
    usedAt: timestamp("used_at"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("email_tokens_hash_unique").on(t.tokenHash), index("email_tokens_user_idx").on(t.userId, t.purpose)],
);

/** "Download my data": an archive built in the background, kept for 7 days, for its owner only. */
export const dataExports = sqliteTable(
  "data_exports",
  {
    id: idColumn(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    status: text("status", { enum: EXPORT_STATUSES }).notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    sizeBytes: integer("size_bytes"),
    error: text("error"),
    createdAt: createdAt(),
    finishedAt: timestamp("finished_at"),
    expiresAt: timestamp("expires_at"),
  },
  (t) => [index("data_exports_user_idx").on(t.userId, t.createdAt)],
);

export const usersRelations = relations(users, ({ many }) => ({
  authAccounts: many(authAccounts),
}));

export const authAccountsRelations = relations(authAccounts, ({ one }) => ({
  user: one(users, { fields: [authAccounts.userId], references: [users.id] }),
}));
