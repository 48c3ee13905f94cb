/**
 * The tables lib/ queries: SQLite's (db/schema/sqlite.ts) or, when DATABASE_URL
 * is a postgres:// URL, PostgreSQL's (db/schema/pg), which the parity test keeps
 * identical. Both are typed as the SQLite tables; drizzle builds the same
 * queries from either, and db/client.ts normalises what the two drivers return.
 */
import { ENGINE } from "../engine";
import * as pgSchema from "./pg";
import * as sqliteSchema from "./sqlite";

export * from "./enums";

const chosen = (ENGINE === "postgres" ? pgSchema : sqliteSchema) as typeof sqliteSchema;

export const {
  users,
  authAccounts,
  authSessions,
  authVerificationTokens,
  waitlist,
  rateEvents,
  usedTokens,
  usersRelations,
  authAccountsRelations,
  mediaFiles,
  mediaFilesRelations,
  profiles,
  handleHistory,
  profileGenres,
  follows,
  blocks,
  reports,
  profilesRelations,
  profileGenresRelations,
  followsRelations,
  blocksRelations,
  followEvents,
  releases,
  tracks,
  plays,
  trackLikes,
  videos,
  videoLikes,
  impressions,
  releasesRelations,
  tracksRelations,
  trackLikesRelations,
  videosRelations,
  playsRelations,
  concerts,
  concertLineup,
  concertInterests,
  concertsRelations,
  concertLineupRelations,
  concertInterestsRelations,
  products,
  productImages,
  productVariants,
  cartItems,
  orders,
  orderItems,
  productsRelations,
  productImagesRelations,
  productVariantsRelations,
  ordersRelations,
  orderItemsRelations,
  activities,
  announcements,
  notifications,
  activitiesRelations,
  announcementsRelations,
  notificationsRelations,
  conversations,
  conversationMembers,
  messages,
  conversationsRelations,
  conversationMembersRelations,
  messagesRelations,
  pageStatsDaily,
  pageListeners,
} = chosen;
