import { ROLE_LABELS, type PageRole } from "@/lib/auth/roles";
import { dateFormat } from "@/lib/intl";

/**
 * Notifications are stored as the English sentence their writer made (lib/follows,
 * lib/teams, lib/concerts, …): the stored text stays as it is, and the notifications
 * page says it in the reader's language by recognising the sentence here. A sentence
 * this file does not know (a new writer, an older wording) is shown as stored.
 *
 * Each pattern names a message of the "notifications" namespace (rows.<key>) and the
 * values it takes from the sentence. Most follow the actor's name ("Ana started
 * following you"); a few are whole sentences (moderation, a deleted page).
 */

export type NotificationKey =
  | "startedFollowing"
  | "sentMessage"
  | "teamInvite"
  | "removedFromTeam"
  | "joinedTeam"
  | "declinedTeam"
  | "transferOffer"
  | "transferAccepted"
  | "transferDeclined"
  | "rosterInvite"
  | "rosterJoined"
  | "rosterDeclined"
  | "orderPlaced"
  | "orderPaid"
  | "orderShipped"
  | "orderShippedNote"
  | "orderCancelled"
  | "orderCancelledNote"
  | "orderCancelledReason"
  | "orderCancelledReasonNote"
  | "modRemoved"
  | "modRemovedReason"
  | "modWarned"
  | "modWarnedReason"
  | "reportDismissed"
  | "reportHidden"
  | "reportWarned"
  | "reportSuspended"
  | "reportBanned"
  | "welcomeBack"
  | "concertNearYou"
  | "lineupTag"
  | "concertMoved"
  | "concertCancelled"
  | "concertPostponedTo"
  | "concertPostponed"
  | "concertBackOn"
  | "credit"
  | "released"
  | "playlistInvite"
  | "mention"
  | "reply"
  | "commented"
  | "posted"
  | "pageDeleted";

export type NotificationValues = Record<string, string | number>;

type Pattern = { re: RegExp; key: NotificationKey; values?: (m: RegExpMatchArray, locale: string) => NotificationValues | null };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Admin" → "admin" (lib/teams/members.ts writes the role's name). */
const ROLE_BY_NAME = new Map<string, PageRole>(Object.entries(ROLE_LABELS).map(([role, label]) => [label.name.toLowerCase(), role as PageRole]));
const ROLE_NAMES = Object.values(ROLE_LABELS)
  .map((label) => escape(label.name))
  .join("|");
const role = (name: string) => ROLE_BY_NAME.get(name.toLowerCase()) ?? name;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** formatInZone(date, zone, { year: "numeric" }) in British English: "Sat, 6 Sept 2025, 20:30" (older ICU: "Sat 6 Sep 2025, 20:30"). */
const DATE = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? \\d{1,2} (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec) \\d{4},? \\d{1,2}:\\d{2}";
const DATE_PARTS = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),? (\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}),? (\d{1,2}):(\d{2})$/;

/**
 * The stored wall-clock date again, in the reader's language ("sam. 6 sept. 2025, 20:30").
 * It was written in the concert's own zone, so it is read and written back as a plain
 * wall-clock time (UTC on both sides): the weekday and hour stay those of the venue.
 */
export function localizeShowDate(text: string, locale: string): string {
  const m = DATE_PARTS.exec(text);
  const month = m ? MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0) return text;
  const at = new Date(Date.UTC(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5])));
  return dateFormat(locale === "en" ? "en-GB" : locale, { timeZone: "UTC", weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" }).format(at);
}

/** lib/merch/cancel.ts, as the buyer reads it. */
const CANCEL_REASONS: [string, string][] = [
  ["Out of stock", "out_of_stock"],
  ["You asked to cancel", "buyer_asked"],
  ["The seller can't ship to this address", "cant_ship"],
];

/** lib/moderation/moderate.ts: what was removed. */
const REMOVED = "(profile|message|comment|track|product|video)";

const PATTERNS: Pattern[] = [
  // First: a whole sentence around a page's name, which may itself begin like another pattern ("released …").
  { re: /^([\s\S]+) \(@([^)\s]+)\) was deleted by its owner\. You no longer follow it\.$/, key: "pageDeleted", values: (m) => ({ name: m[1], handle: m[2] }) },
  { re: /^started following you$/, key: "startedFollowing" },
  { re: /^sent you a message$/, key: "sentMessage" },
  { re: new RegExp(`^invited you to join its team as an? (.+)$`), key: "teamInvite", values: (m) => ({ role: role(m[1]) }) },
  { re: /^removed you from its team$/, key: "removedFromTeam" },
  { re: new RegExp(`^joined the team as (${ROLE_NAMES}) of ([\\s\\S]+)$`), key: "joinedTeam", values: (m) => ({ role: role(m[1]), page: m[2] }) },
  { re: new RegExp(`^declined the invitation to join as (${ROLE_NAMES}) of ([\\s\\S]+)$`), key: "declinedTeam", values: (m) => ({ role: role(m[1]), page: m[2] }) },
  { re: /^wants to make you its owner$/, key: "transferOffer" },
  { re: /^accepted ([\s\S]+): they own it now and you are an admin$/, key: "transferAccepted", values: (m) => ({ page: m[1] }) },
  { re: /^declined to take over ([\s\S]+)$/, key: "transferDeclined", values: (m) => ({ page: m[1] }) },
  { re: /^invited ([\s\S]+) to its roster$/, key: "rosterInvite", values: (m) => ({ artist: m[1] }) },
  { re: /^joined the roster of ([\s\S]+)$/, key: "rosterJoined", values: (m) => ({ label: m[1] }) },
  { re: /^declined to join ([\s\S]+)$/, key: "rosterDeclined", values: (m) => ({ label: m[1] }) },
  { re: /^placed an order: ([\d,]+) items?, (.+)$/, key: "orderPlaced", values: (m) => ({ count: Number(m[1].replace(/,/g, "")), amount: m[2] }) },
  { re: /^confirmed your payment$/, key: "orderPaid" },
  { re: /^shipped your order$/, key: "orderShipped" },
  { re: /^shipped your order: ([\s\S]+)$/, key: "orderShippedNote", values: (m) => ({ note: m[1] }) },
  { re: /^cancelled your order$/, key: "orderCancelled" },
  {
    re: /^cancelled your order: ([\s\S]+)$/,
    key: "orderCancelledNote",
    values: (m): NotificationValues => {
      for (const [said, reason] of CANCEL_REASONS) {
        if (m[1] === said) return { reason };
        if (m[1].startsWith(`${said}: `)) return { reason, note: m[1].slice(said.length + 2) };
      }
      return { note: m[1] };
    },
  },
  { re: new RegExp(`^A moderator removed your ${REMOVED} for breaking Chorus's rules\\.$`), key: "modRemoved", values: (m) => ({ what: m[1] }) },
  { re: new RegExp(`^A moderator removed your ${REMOVED} for breaking Chorus's rules\\. Reason: ([\\s\\S]+)$`), key: "modRemovedReason", values: (m) => ({ what: m[1], note: m[2] }) },
  { re: /^A moderator warned your account\.$/, key: "modWarned" },
  { re: /^A moderator warned your account\. Reason: ([\s\S]+)$/, key: "modWarnedReason", values: (m) => ({ note: m[1] }) },
  { re: /^We looked at your report and found nothing against Chorus's rules\.$/, key: "reportDismissed" },
  { re: /^Thanks for your report: we removed what you reported\.$/, key: "reportHidden" },
  { re: /^Thanks for your report: we warned the account\.$/, key: "reportWarned" },
  { re: /^Thanks for your report: we suspended the account\.$/, key: "reportSuspended" },
  { re: /^Thanks for your report: we banned the account\.$/, key: "reportBanned" },
  { re: /^Welcome back: your account will not be deleted\.$/, key: "welcomeBack" },
  { re: new RegExp(`^put ([\\s\\S]+?) on the bill at ([\\s\\S]+), (${DATE})$`), key: "lineupTag", values: (m, locale) => ({ page: m[1], place: m[2], date: localizeShowDate(m[3], locale) }) },
  { re: new RegExp(`^moved the show to ([\\s\\S]+), (${DATE})$`), key: "concertMoved", values: (m, locale) => ({ place: m[1], date: localizeShowDate(m[2], locale) }) },
  { re: /^cancelled the show at ([\s\S]+)$/, key: "concertCancelled", values: (m) => ({ place: m[1] }) },
  { re: /^postponed the show at ([\s\S]+); a new date will be announced$/, key: "concertPostponed", values: (m) => ({ place: m[1] }) },
  { re: new RegExp(`^postponed the show at ([\\s\\S]+) to (${DATE})$`), key: "concertPostponedTo", values: (m, locale) => ({ place: m[1], date: localizeShowDate(m[2], locale) }) },
  { re: new RegExp(`^the show at ([\\s\\S]+) is back on, (${DATE})$`), key: "concertBackOn", values: (m, locale) => ({ place: m[1], date: localizeShowDate(m[2], locale) }) },
  { re: /^plays ([\s\S]+)$/, key: "concertNearYou", values: (m) => ({ place: m[1] }) },
  { re: /^credited @(\S+) as a featured artist on “([\s\S]+)”\. Decline it in Studio if that is wrong\.$/, key: "credit", values: (m) => ({ handle: m[1], title: m[2] }) },
  { re: /^released ([\s\S]+)$/, key: "released", values: (m) => ({ title: m[1] }) },
  { re: /^invited you to add tracks to “([\s\S]+)”$/, key: "playlistInvite", values: (m) => ({ title: m[1] }) },
  { re: /^mentioned you in a comment on “([\s\S]+)”$/, key: "mention", values: (m) => ({ title: m[1] }) },
  { re: /^replied to your comment on “([\s\S]+)”$/, key: "reply", values: (m) => ({ title: m[1] }) },
  { re: /^commented on “([\s\S]+)”$/, key: "commented", values: (m) => ({ title: m[1] }) },
  { re: /^posted: ([\s\S]*)$/, key: "posted", values: (m) => ({ text: m[1] }) },
];

/** The message and values for a stored notification sentence, or null when it is not one Chorus writes. */
export function recognizeNotification(text: string, locale: string): { key: NotificationKey; values: NotificationValues } | null {
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(text);
    if (!m) continue;
    const values = pattern.values ? pattern.values(m, locale) : {};
    if (!values) continue;
    // A cancellation: with a known reason, with a reason and a note, or with a note only.
    if (pattern.key === "orderCancelledNote" && "reason" in values) return { key: "note" in values ? "orderCancelledReasonNote" : "orderCancelledReason", values };
    return { key: pattern.key, values };
  }
  return null;
}

/**
 * A stored notification in the reader's language: English as stored; another language
 * through `say` (t("rows.<key>", values) of the "notifications" namespace) when the
 * sentence is one Chorus writes, else as stored.
 */
export function localizeNotification(text: string, locale: string, say: (key: NotificationKey, values: NotificationValues) => string): string {
  if (locale === "en") return text;
  const found = recognizeNotification(text, locale);
  return found ? say(found.key, found.values) : text;
}
