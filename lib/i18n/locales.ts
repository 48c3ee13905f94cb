import { isLocale, type Locale } from "../../scripts/locale.mjs";
import { de, en, fr } from "./messages";
import { pickPaths, type Tree } from "./message-tree";

export { DEFAULT_LOCALE, LOCALES, LOCALE_COOKIE, fromAcceptLanguage, fromCookie, isLocale, negotiateLocale, type Locale } from "../../scripts/locale.mjs";

export { LOCALE_NAMES } from "./locale-names";

export type Messages = typeof en;

const MESSAGES: Record<Locale, Messages> = { en, fr: fr as unknown as Messages, de: de as unknown as Messages };

export function messagesFor(locale: Locale): Messages {
  return MESSAGES[locale];
}

/** A locale from an untrusted value (a URL's ?lang=, a form field), or null. */
export function localeOrNull(value: unknown): Locale | null {
  if (typeof value !== "string") return null;
  const short = value.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(short) ? short : null;
}

/**
 * The namespaces client components read (useTranslations): only these travel to the
 * browser. Server-only ones (errors, audit, embed, search, notifications) stay on the
 * server. lib/i18n/messages.test.ts fails when a component uses one not listed.
 */
export const CLIENT_NAMESPACES = ["common", "shell", "auth", "home", "feed", "profile", "follow", "fediverse", "concerts", "player", "music", "playlists", "comments", "discover", "settings", "moderation", "messages", "merch", "share", "studio", "studioMusic"] as const satisfies readonly (keyof Messages)[];

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

/** What the persistent player, the shell's own controls and a track's comments read: sent by more than one folder. */
const PLAYER = ["player.bar", "player.buttons", "player.normalize", "player.notice", "player.queue", "player.shortcuts", "player.trackList", "player.waveform"] as const;
const SHELL_CONTROLS = ["shell.darkTheme", "shell.lightTheme", "shell.searchLabel", "shell.searchPlaceholder", "shell.suggestions", "shell.switchToDark", "shell.switchToLight"] as const;
const COMMENTS = ["comments.composer", "comments.item", "comments.marker", "comments.thread"] as const;

/**
 * Which messages each part of the app sends to the browser, by folder, as paths into
 * the messages ("studio.team" sends that part of the studio namespace): a layout group
 * sends its own (components/i18n/intl-provider.tsx IntlProvider), and a folder below adds
 * what only its screens use (MoreMessages), so a profile page does not carry Studio's
 * forms and no page carries what only the server renders. lib/i18n/client-messages.test.ts
 * finds what every client component reads, follows its imports up to the folders that
 * render it, and fails when something it reads is not sent there.
 */
export const SEGMENT_MESSAGES = {
  "app/(main)": ["common", "feed", "home.getStarted", "concerts.interest", "concerts.localTime", "concerts.row", "fediverse.handle", "fediverse.post", "fediverse.remoteFollow", "follow", "moderation.report", "music.like", "music.videoTile", ...PLAYER, "playlists.add", "playlists.newForm", "profile.blockReport", "profile.moreMenu", "profile.mute", "share.menu", "share.send", "shell.error", ...SHELL_CONTROLS],
  "app/(cached)": ["common", "concerts.interest", "concerts.localTime", "fediverse.handle", "follow", "moderation.report", "music.like", ...PLAYER, "playlists.add", "profile.blockReport", "profile.moreMenu", "profile.mute", "profile.notFound", "share.menu", "share.send", ...SHELL_CONTROLS],
  "app/(auth)": ["common", "auth.email", "auth.forgot", "auth.password", "auth.reset", "auth.signIn", "auth.signin", "auth.signup", "auth.waitlist.notify"],
  "app/intent": ["common", "auth.email", "auth.intent", "auth.waitlist.notify", "follow"],
  "app/(main)/discover": ["discover.feed", "discover.item", "discover.why"],
  "app/(main)/moderation": ["moderation.decide", "moderation.federation"],
  "app/(main)/track": [...COMMENTS, "music.repost"],
  "app/(main)/release": [...COMMENTS, "playlists.toggle"],
  "app/(cached)/cached/[locale]/track": [...COMMENTS, "music.repost"],
  "app/(cached)/cached/[locale]/release": [...COMMENTS, "playlists.toggle"],
  "app/(main)/studio": ["studio.createPage"],
  // Each Studio section sends what its own forms read: the numbers (Overview, Audience, Orders, the log) send none.
  "app/(main)/studio/pages/[id]/music": ["common.chooseFile", "common.chooseFiles", "common.dropItHere", "common.dropThemHere", "common.keepIt", "studioMusic.audioStatus", "studioMusic.embedToggle", "studioMusic.image", "studioMusic.kinds", "studioMusic.releaseForm", "studioMusic.releaseUpload", "studioMusic.saving", "studioMusic.trackEditor", "studioMusic.trackList", "studioMusic.uploadProgress"],
  "app/(main)/studio/pages/[id]/videos": ["common.chooseFile", "common.dropItHere", "common.keepIt", "studioMusic.image", "studioMusic.saving", "studioMusic.uploadProgress", "studioMusic.videoRow", "studioMusic.videoUpload"],
  "app/(main)/studio/pages/[id]/concerts": ["studio.concertForm", "studio.concertStatus"],
  "app/(main)/studio/pages/[id]/merch": ["common.chooseFile", "common.chooseFiles", "common.dropItHere", "common.dropThemHere", "common.keepIt", "merch.chooseCountry", "merch.productForm", "merch.productImages", "merch.productShipping", "merch.shipping", "studioMusic.image"],
  "app/(main)/studio/pages/[id]/announcements": ["studio.announcements"],
  "app/(main)/studio/pages/[id]/embeds": ["studioMusic.embedGenerator", "studioMusic.embedToggle"],
  "app/(main)/studio/pages/[id]/settings": ["common.chooseFile", "common.dropItHere", "common.keepIt", "fediverse.pageSwitch", "settings.switch", "studio.deletePage", "studio.editPage", "studioMusic.image"],
  "app/(main)/studio/pages/[id]/team": ["studio.roles", "studio.team"],
  "app/(main)/studio/pages/[id]/roster": ["studio.roster"],
  "app/(main)/settings": ["settings.confirmEmail", "settings.data", "settings.forms", "settings.nav", "settings.privacy.policy", "settings.switch", "settings.theme", "studioMusic.image"],
  "app/(main)/playlist": ["playlists.collaborators", "playlists.details", "playlists.editor", "playlists.toggle", "studioMusic.image"],
  "app/(main)/messages": ["messages.card", "messages.conversation", "messages.newMessage", "messages.report", "messages.to"],
  "app/(main)/merch": ["merch.addToCart", "merch.gallery", "merch.soldOut"],
  "app/(main)/cart": ["merch.cart"],
  "app/(main)/checkout": ["merch.checkout", "merch.chooseCountry", "merch.freeCapital", "merch.items", "merch.payment", "merch.shipTo", "merch.shipping", "merch.shippingTo", "merch.total"],
  "app/(main)/orders": ["merch.cancelOrder", "merch.orderActions"],
} as const satisfies Record<string, readonly string[]>;

export type Segment = keyof typeof SEGMENT_MESSAGES;

const picked = new WeakMap<Messages, Map<Segment, Tree>>();

/** The part of a language's messages that a segment's client components read (built once per language and segment). */
export function clientMessages(messages: Messages, segment: Segment): Tree {
  let bySegment = picked.get(messages);
  if (!bySegment) picked.set(messages, (bySegment = new Map()));
  let tree = bySegment.get(segment);
  if (!tree) bySegment.set(segment, (tree = pickPaths(messages as unknown as Tree, SEGMENT_MESSAGES[segment])));
  return tree;
}
