import { relations } from "drizzle-orm";
import { bigint, index, integer, pgTable, primaryKey, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, idColumn, timestamp } from "./columns";

/**
 * Accounts. Column names follow the Auth.js adapter's `users` shape so OAuth
 * providers can be added later through @auth/drizzle-adapter.
 */
export const users = pgTable(
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
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);

/** OAuth account links (Auth.js adapter table). */
export const authAccounts = pgTable(
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
export const authSessions = pgTable(
  "auth_sessions",
  {
    sessionToken: text("session_token").primaryKey(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    expires: timestamp("expires").notNull(),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

export const authVerificationTokens = pgTable(
  "auth_verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires").notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** People who tried to sign up from a market Chorus does not serve yet. */
export const waitlist = pgTable(
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
export const rateEvents = pgTable(
  "rate_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedByDefaultAsIdentity(),
    key: text("key").notNull(),
    at: timestamp("at").notNull(),
  },
  (t) => [index("rate_events_key_at_idx").on(t.key, t.at)],
);

/**
 * One-time tokens already spent (follow intents carried through sign-in): a
 * token's nonce is recorded once, so replaying it does nothing.
 */
export const usedTokens = pgTable(
  "used_tokens",
  {
    nonce: text("nonce").primaryKey(),
    expiresAt: timestamp("expires_at").notNull(),
  },
  (t) => [index("used_tokens_expires_idx").on(t.expiresAt)],
);

export const usersRelations = relations(users, ({ many }) => ({
  authAccounts: many(authAccounts),
}));

export const authAccountsRelations = relations(authAccounts, ({ one }) => ({
  user: one(users, { fields: [authAccounts.userId], references: [users.id] }),
}));
