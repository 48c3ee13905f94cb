import type { Messages } from "@/lib/i18n/locales";

/**
 * Every brake in one table: how often a person (or an address) may do a thing.
 * Keys are the bucket names in rate_events; messages (keys of the "errors"
 * namespace, under "limits") say what happened, and the wrapper's one sentence
 * ("limits.retry") adds when to try again.
 */
export type LimitKey = `limits.${Exclude<keyof Messages["errors"]["limits"], "retry"> & string}`;
export type LimitRule = { limit: number; windowMs: number; message: LimitKey };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LIMITS = {
  signUpPerIp: { limit: 20, windowMs: HOUR, message: "limits.signUpPerIp" },
  waitlistPerIp: { limit: 10, windowMs: HOUR, message: "limits.waitlistPerIp" },
  follow: { limit: 200, windowMs: HOUR, message: "limits.follow" },
  like: { limit: 120, windowMs: 10 * MINUTE, message: "limits.like" },
  repost: { limit: 30, windowMs: HOUR, message: "limits.repost" },
  message: { limit: 30, windowMs: MINUTE, message: "limits.message" },
  newConversation: { limit: 30, windowMs: DAY, message: "limits.newConversation" },
  messageRequest: { limit: 20, windowMs: DAY, message: "limits.messageRequest" },
  report: { limit: 10, windowMs: HOUR, message: "limits.report" },
  block: { limit: 60, windowMs: HOUR, message: "limits.block" },
  upload: { limit: 30, windowMs: HOUR, message: "limits.upload" },
  concertAnnounce: { limit: 10, windowMs: DAY, message: "limits.concertAnnounce" },
  concertChange: { limit: 30, windowMs: DAY, message: "limits.concertChange" },
  pageCreate: { limit: 5, windowMs: DAY, message: "limits.pageCreate" },
  pageEdit: { limit: 60, windowMs: HOUR, message: "limits.pageEdit" },
  productSave: { limit: 60, windowMs: HOUR, message: "limits.productSave" },
  cart: { limit: 120, windowMs: 10 * MINUTE, message: "limits.cart" },
  checkout: { limit: 20, windowMs: HOUR, message: "limits.checkout" },
  orderUpdate: { limit: 120, windowMs: HOUR, message: "limits.orderUpdate" },
  announcementPost: { limit: 10, windowMs: DAY, message: "limits.announcementPost" },
  settings: { limit: 120, windowMs: HOUR, message: "limits.settings" },
  teamInvite: { limit: 30, windowMs: DAY, message: "limits.teamInvite" },
  catalogEdit: { limit: 300, windowMs: HOUR, message: "limits.catalogEdit" },
  playlistEdit: { limit: 600, windowMs: HOUR, message: "limits.playlistEdit" },
  impressions: { limit: 600, windowMs: 10 * MINUTE, message: "limits.impressions" },
  comment: { limit: 20, windowMs: 10 * MINUTE, message: "limits.comment" },
  commentModerate: { limit: 300, windowMs: HOUR, message: "limits.commentModerate" },
  accountSecurity: { limit: 10, windowMs: HOUR, message: "limits.accountSecurity" },
  passwordResetPerIp: { limit: 10, windowMs: HOUR, message: "limits.passwordResetPerIp" },
  dataExport: { limit: 3, windowMs: DAY, message: "limits.dataExport" },
  moderate: { limit: 600, windowMs: HOUR, message: "limits.moderate" },
  moderateBan: { limit: 30, windowMs: DAY, message: "limits.moderateBan" },
} satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

/** How long to wait, in the unit that reads best ("limits.retry" says "Try again in 3 minutes."). */
export function retryWait(ms: number): { unit: "second" | "minute" | "hour"; count: number } {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return { unit: "second", count: seconds };
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return { unit: "minute", count: minutes };
  return { unit: "hour", count: Math.ceil(minutes / 60) };
}
