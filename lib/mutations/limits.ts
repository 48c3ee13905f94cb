/**
 * Every brake in one table: how often a person (or an address) may do a thing.
 * Keys are the bucket names in rate_events; messages say what happened, the
 * wrapper adds when to try again.
 */
export type LimitRule = { limit: number; windowMs: number; message: string };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const LIMITS = {
  signUpPerIp: { limit: 20, windowMs: HOUR, message: "Too many accounts were created from your network in the last hour." },
  waitlistPerIp: { limit: 10, windowMs: HOUR, message: "Too many waitlist sign-ups from your network." },
  follow: { limit: 200, windowMs: HOUR, message: "You are following very fast. Take a breather." },
  like: { limit: 120, windowMs: 10 * MINUTE, message: "You are liking very fast. Slow down a little." },
  repost: { limit: 30, windowMs: HOUR, message: "You have shared a lot in the last hour." },
  message: { limit: 30, windowMs: MINUTE, message: "You are sending messages very fast." },
  newConversation: { limit: 30, windowMs: DAY, message: "You have started many conversations today." },
  messageRequest: { limit: 20, windowMs: DAY, message: "You have written to many people who do not follow you today." },
  report: { limit: 10, windowMs: HOUR, message: "You have sent many reports in the last hour." },
  block: { limit: 60, windowMs: HOUR, message: "You have blocked many profiles in the last hour." },
  upload: { limit: 30, windowMs: HOUR, message: "You have uploaded a lot in the last hour." },
  concertAnnounce: { limit: 10, windowMs: DAY, message: "This page has announced many shows today." },
  concertChange: { limit: 30, windowMs: DAY, message: "This page has changed many shows today." },
  pageCreate: { limit: 5, windowMs: DAY, message: "You have created several pages today." },
  pageEdit: { limit: 60, windowMs: HOUR, message: "You have saved this page many times in the last hour." },
  productSave: { limit: 60, windowMs: HOUR, message: "You have saved products many times in the last hour." },
  cart: { limit: 120, windowMs: 10 * MINUTE, message: "Your cart is changing very fast." },
  checkout: { limit: 20, windowMs: HOUR, message: "Too many checkout attempts." },
  orderUpdate: { limit: 120, windowMs: HOUR, message: "Many order changes in the last hour." },
  announcementPost: { limit: 10, windowMs: DAY, message: "You have posted many announcements today." },
  settings: { limit: 120, windowMs: HOUR, message: "Many changes in the last hour." },
  teamInvite: { limit: 30, windowMs: DAY, message: "This page has sent many invitations today." },
  catalogEdit: { limit: 300, windowMs: HOUR, message: "Many changes to this page's music in the last hour." },
  playlistEdit: { limit: 600, windowMs: HOUR, message: "Many playlist changes in the last hour." },
  impressions: { limit: 600, windowMs: 10 * MINUTE, message: "Too many signals." },
  comment: { limit: 20, windowMs: 10 * MINUTE, message: "You are commenting very fast. Take a breather." },
  commentModerate: { limit: 300, windowMs: HOUR, message: "Many comment changes in the last hour." },
  accountSecurity: { limit: 10, windowMs: HOUR, message: "Too many attempts to change your sign-in details." },
  passwordResetPerIp: { limit: 10, windowMs: HOUR, message: "Too many password reset requests from your network." },
  dataExport: { limit: 3, windowMs: DAY, message: "You have asked for several exports today." },
  moderate: { limit: 600, windowMs: HOUR, message: "Many moderation actions in the last hour." },
  moderateBan: { limit: 30, windowMs: DAY, message: "Many bans today: ask another admin to look." },
} satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof LIMITS;

/** "Try again in 3 minutes." with the unit that reads best. */
export function retryText(ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 90) return `Try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 90) return `Try again in ${minutes} minutes.`;
  const hours = Math.ceil(minutes / 60);
  return `Try again in ${hours} ${hours === 1 ? "hour" : "hours"}.`;
}
