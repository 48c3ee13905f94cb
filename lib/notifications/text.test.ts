import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MEMBER_ROLES } from "@/db/schema/enums";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { truncateText } from "@/lib/forms/text";
import { de, en, fr } from "@/lib/i18n/messages";
import { cancelReasonText, type CancelReason } from "@/lib/merch/cancel";
import { formatMoney } from "@/lib/money";
import { counted } from "@/lib/plural";
import { auditEnglish } from "@/lib/teams/audit";
import { formatInZone } from "@/lib/time";
import { localizeNotification, localizeShowDate, recognizeNotification, type NotificationKey, type NotificationValues } from "./text";

/*
 * Each sample is built the way its writer builds the stored sentence (the file and
 * template are named beside it), with names that hold commas and colons where the
 * pattern reads [\s\S]+.
 */

const PAGE = "Earth, Wind & Fire: Tribute";
const ARTIST = "Crosby, Stills & Nash";
const LABEL = "Sub Pop: Europe, Ltd.";
const VENUE = "Bar, Tabac & Co";
const CITY = "Los Angeles";
const PLACE = `${VENUE}, ${CITY}`;
const TITLE = "Night Drive, Pt. 2: Reprise";

/** A Saturday 20:30 in Los Angeles: already Sunday 03:30 in UTC. */
const SHOW_AT = new Date("2025-09-07T03:30:00Z");
const SHOW_ZONE = "America/Los_Angeles";
/** lib/concerts/manage.ts: formatInZone(startsAt, timeZone, { year: "numeric" }) → "Sat, 6 Sept 2025, 20:30". */
const SHOW_DATE = formatInZone(SHOW_AT, SHOW_ZONE, { year: "numeric" });
const SHOW_DATE_FR = localizeShowDate(SHOW_DATE, "fr");

/** lib/teams/members.ts inviteMember: `invited you to join its team as ${article(role)} ${roleName(role).toLowerCase()}`. */
const invited = (role: (typeof MEMBER_ROLES)[number]) => `invited you to join its team as ${/^[aeiou]/.test(role) ? "an" : "a"} ${ROLE_LABELS[role].name.toLowerCase()}`;

/** lib/merch/checkout.ts sellerUpdateOrder, for a cancellation. */
const cancelled = (reason: CancelReason, note: string) => {
  const detail = cancelReasonText(reason, note);
  return detail ? `cancelled your order: ${detail}` : "cancelled your order";
};

/** lib/moderation/moderate.ts: what the account acted on reads. */
const why = (note: string) => (note ? ` Reason: ${note}` : "");

const ANNOUNCEMENT = "New dates: Paris, Berlin & London. Tickets go on sale on Friday at 10:00, and the first 100 get a signed poster!";

const SAMPLES: Record<NotificationKey, { text: string; values: NotificationValues }> = {
  // lib/follows/follow.ts
  startedFollowing: { text: "started following you", values: {} },
  // lib/messages/send.ts (INSERT … SELECT)
  sentMessage: { text: "sent you a message", values: {} },
  // lib/teams/members.ts
  teamInvite: { text: invited("admin"), values: { role: "admin" } },
  removedFromTeam: { text: "removed you from its team", values: {} },
  joinedTeam: { text: `${auditEnglish({ key: "teamJoined", values: { role: "editor" } })} of ${PAGE}`, values: { role: "editor", page: PAGE } },
  declinedTeam: { text: `${auditEnglish({ key: "teamDeclined", values: { role: "merch" } })} of ${PAGE}`, values: { role: "merch", page: PAGE } },
  transferOffer: { text: "wants to make you its owner", values: {} },
  transferAccepted: { text: `accepted ${PAGE}: they own it now and you are an admin`, values: { page: PAGE } },
  transferDeclined: { text: `declined to take over ${PAGE}`, values: { page: PAGE } },
  // lib/teams/roster.ts
  rosterInvite: { text: `invited ${ARTIST} to its roster`, values: { artist: ARTIST } },
  rosterJoined: { text: `joined the roster of ${LABEL}`, values: { label: LABEL } },
  rosterDeclined: { text: `declined to join ${LABEL}`, values: { label: LABEL } },
  // lib/merch/checkout.ts
  orderPlaced: { text: `placed an order: ${counted(3, "item")}, ${formatMoney(1250, "EUR")}`, values: { count: 3, amount: "€12.50" } },
  orderPaid: { text: "confirmed your payment", values: {} },
  orderShipped: { text: "shipped your order", values: {} },
  orderShippedNote: { text: "shipped your order: Colissimo 6A123: track it on laposte.fr, then sign", values: { note: "Colissimo 6A123: track it on laposte.fr, then sign" } },
  orderCancelled: { text: cancelled("other", ""), values: {} },
  orderCancelledNote: { text: cancelled("other", "The print run was damaged: refund sent, sorry!"), values: { note: "The print run was damaged: refund sent, sorry!" } },
  orderCancelledReason: { text: cancelled("out_of_stock", ""), values: { reason: "out_of_stock" } },
  orderCancelledReasonNote: { text: cancelled("cant_ship", "We ship within the EU only: sorry, Zürich!"), values: { reason: "cant_ship", note: "We ship within the EU only: sorry, Zürich!" } },
  // lib/moderation/moderate.ts
  modRemoved: { text: `A moderator removed your comment for breaking Chorus's rules.${why("")}`, values: { what: "comment" } },
  modRemovedReason: { text: `A moderator removed your track for breaking Chorus's rules.${why("Spam: links to a phishing site.\nSecond line.")}`, values: { what: "track", note: "Spam: links to a phishing site.\nSecond line." } },
  modWarned: { text: `A moderator warned your account.${why("")}`, values: {} },
  modWarnedReason: { text: `A moderator warned your account.${why("Harassment, twice: see the rules.")}`, values: { note: "Harassment, twice: see the rules." } },
  reportDismissed: { text: "We looked at your report and found nothing against Chorus's rules.", values: {} },
  reportHidden: { text: "Thanks for your report: we removed what you reported.", values: {} },
  reportWarned: { text: "Thanks for your report: we warned the account.", values: {} },
  reportSuspended: { text: "Thanks for your report: we suspended the account.", values: {} },
  reportBanned: { text: "Thanks for your report: we banned the account.", values: {} },
  // lib/account/deletion.ts
  welcomeBack: { text: "Welcome back: your account will not be deleted.", values: {} },
  // lib/concerts/announce.ts
  concertNearYou: { text: `plays ${VENUE}, ${CITY}`, values: { place: PLACE } },
  // lib/concerts/manage.ts
  lineupTag: { text: `put ${ARTIST} on the bill at ${VENUE}, ${CITY}, ${SHOW_DATE}`, values: { page: ARTIST, place: PLACE, date: SHOW_DATE_FR } },
  concertMoved: { text: `moved the show to ${VENUE}, ${CITY}, ${SHOW_DATE}`, values: { place: PLACE, date: SHOW_DATE_FR } },
  concertCancelled: { text: `cancelled the show at ${PLACE}`, values: { place: PLACE } },
  concertPostponedTo: { text: `postponed the show at ${PLACE} to ${SHOW_DATE}`, values: { place: PLACE, date: SHOW_DATE_FR } },
  concertPostponed: { text: `postponed the show at ${PLACE}; a new date will be announced`, values: { place: PLACE } },
  concertBackOn: { text: `the show at ${PLACE} is back on, ${SHOW_DATE}`, values: { place: PLACE, date: SHOW_DATE_FR } },
  // lib/music/credits.ts
  credit: { text: `credited @nova_lane as a featured artist on “${TITLE}”. Decline it in Studio if that is wrong.`, values: { handle: "nova_lane", title: TITLE } },
  // lib/music/releases.ts (and lib/music/edit.ts)
  released: { text: `released ${TITLE}`, values: { title: TITLE } },
  // lib/playlists/collaborators.ts
  playlistInvite: { text: `invited you to add tracks to “${TITLE}”`, values: { title: TITLE } },
  // lib/comments/comments.ts
  mention: { text: `mentioned you in a comment on “${TITLE}”`, values: { title: TITLE } },
  reply: { text: `replied to your comment on “${TITLE}”`, values: { title: TITLE } },
  commented: { text: `commented on “${TITLE}”`, values: { title: TITLE } },
  // lib/feed/announcements.ts
  posted: { text: `posted: ${truncateText(ANNOUNCEMENT, 80)}`, values: { text: truncateText(ANNOUNCEMENT, 80) } },
  // lib/teams/delete-page.ts
  pageDeleted: { text: `${PAGE} (@earth_wind) was deleted by its owner. You no longer follow it.`, values: { name: PAGE, handle: "earth_wind" } },
};

const KEYS = Object.keys(SAMPLES) as NotificationKey[];
const MESSAGES = { en, fr, de } as const;

/** As the notifications page says a row: t(`rows.${key}`, values) of the "notifications" namespace; errors collected, not logged. */
function translator(locale: keyof typeof MESSAGES) {
  const errors: string[] = [];
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: "notifications", onError: (error) => errors.push(error.message) });
  const say = (key: NotificationKey, values: NotificationValues) => t(`rows.${key}`, values);
  return { say, errors };
}

describe("recognizing what the writers store", () => {
  it("has one sample for each message of the notifications rows, in every language", () => {
    for (const messages of [en, fr, de]) expect(Object.keys(messages.notifications.rows).sort()).toEqual([...KEYS].sort());
  });

  it("the samples are the writers' own sentences", () => {
    expect(SAMPLES.teamInvite.text).toBe("invited you to join its team as an admin");
    expect(SAMPLES.joinedTeam.text).toBe(`joined the team as Editor of ${PAGE}`);
    expect(SAMPLES.declinedTeam.text).toBe(`declined the invitation to join as Merch of ${PAGE}`);
    expect(SAMPLES.orderPlaced.text).toBe("placed an order: 3 items, €12.50");
    expect(SAMPLES.orderCancelledReasonNote.text).toBe("cancelled your order: The seller can't ship to this address: We ship within the EU only: sorry, Zürich!");
    expect(SHOW_DATE).toMatch(/^Sat,? 6 Sept? 2025, 20:30$/);
    expect(SAMPLES.posted.text.endsWith("…")).toBe(true);
  });

  it.each(KEYS)("%s", (key) => {
    const { text, values } = SAMPLES[key];
    expect(recognizeNotification(text, "fr")).toEqual({ key, values });
  });

  it("read back in English, each sample's message says exactly what was stored", () => {
    const { say, errors } = translator("en");
    for (const key of KEYS) {
      const found = recognizeNotification(SAMPLES[key].text, "en");
      expect(found?.key).toBe(key);
      expect(say(found!.key, found!.values)).toBe(SAMPLES[key].text);
    }
    expect(errors).toEqual([]);
  });

  it("an invitation names each role a member can have; joining and declining too", () => {
    for (const role of MEMBER_ROLES) {
      expect(recognizeNotification(invited(role), "de")).toEqual({ key: "teamInvite", values: { role } });
      expect(recognizeNotification(`${auditEnglish({ key: "teamJoined", values: { role } })} of ${PAGE}`, "de")).toEqual({ key: "joinedTeam", values: { role, page: PAGE } });
      expect(recognizeNotification(`${auditEnglish({ key: "teamDeclined", values: { role } })} of ${PAGE}`, "de")).toEqual({ key: "declinedTeam", values: { role, page: PAGE } });
    }
  });

  it("a deleted page whose name begins like another notification is still a deleted page", () => {
    for (const name of ["released tapes", "plays ground", "posted: letters"]) {
      expect(recognizeNotification(`${name} (@odd_name) was deleted by its owner. You no longer follow it.`, "fr")).toEqual({ key: "pageDeleted", values: { name, handle: "odd_name" } });
    }
  });

  it("an order of one item, of thousands, and in other currencies", () => {
    expect(recognizeNotification(`placed an order: ${counted(1, "item")}, ${formatMoney(900, "USD")}`, "fr")).toEqual({ key: "orderPlaced", values: { count: 1, amount: "$9.00" } });
    expect(recognizeNotification(`placed an order: ${counted(1234, "item")}, ${formatMoney(1_234_500, "JPY")}`, "fr")).toEqual({ key: "orderPlaced", values: { count: 1234, amount: "¥1,234,500" } });
    expect(recognizeNotification(`placed an order: ${counted(2, "item")}, ${formatMoney(4200, "CHF")}`, "fr")).toEqual({ key: "orderPlaced", values: { count: 2, amount: "CHF\u00a042.00" } });
  });
});

describe("saying a notification in the reader's language", () => {
  for (const locale of ["fr", "de"] as const) {
    it(`every sample in ${locale}: translated, every argument filled, no missing message`, () => {
      const { say, errors } = translator(locale);
      for (const key of KEYS) {
        const { text } = SAMPLES[key];
        const said = localizeNotification(text, locale, say);
        expect(said, key).not.toBe(text);
        expect(said, key).not.toContain("{");
        expect(said, key).not.toContain("rows.");
        expect(said.trim(), key).not.toBe("");
      }
      expect(errors).toEqual([]);
    });
  }

  it("puts the values in the sentence", () => {
    const fr_ = translator("fr").say;
    const de_ = translator("de").say;
    expect(localizeNotification(SAMPLES.orderPlaced.text, "fr", fr_)).toBe("a passé une commande\u00a0: 3 articles, €12.50");
    expect(localizeNotification(SAMPLES.joinedTeam.text, "de", de_)).toBe(`ist dem Team von ${PAGE} mit der Rolle „Redaktion“ beigetreten`);
    expect(localizeNotification(SAMPLES.orderCancelledReasonNote.text, "fr", fr_)).toBe("a annulé votre commande\u00a0: la boutique ne peut pas livrer à cette adresse\u00a0: We ship within the EU only: sorry, Zürich!");
    expect(localizeNotification(SAMPLES.concertBackOn.text, "de", de_)).toBe(`meldet: Das Konzert (${PLACE}) findet wieder statt, ${localizeShowDate(SHOW_DATE, "de")}`);
  });

  it("English is shown as stored, and so is a sentence Chorus does not know", () => {
    const never = () => {
      throw new Error("not asked");
    };
    for (const key of KEYS) expect(localizeNotification(SAMPLES[key].text, "en", never)).toBe(SAMPLES[key].text);
    const { say } = translator("fr");
    for (const unknown of ["liked your track", "Started following you", "started following you!", "", "placed an order: some items, €12.50"]) {
      expect(recognizeNotification(unknown, "fr")).toBeNull();
      expect(localizeNotification(unknown, "fr", say)).toBe(unknown);
    }
  });
});

describe("a concert's date", () => {
  it("keeps the venue's weekday and hour (a Saturday 20:30 in Los Angeles is Sunday in UTC)", () => {
    expect(localizeShowDate(SHOW_DATE, "fr")).toMatch(/^sam\. 6 sept\. 2025(,| à) 20:30$/);
    expect(localizeShowDate(SHOW_DATE, "de")).toMatch(/^Sa\., 6\. Sept\. 2025(,| um) 20:30$/);
    expect(localizeShowDate(SHOW_DATE, "en")).toBe(SHOW_DATE);
    // Older ICU wrote no comma after the weekday and "Sep".
    expect(localizeShowDate("Sat 6 Sep 2025, 20:30", "fr")).toBe(localizeShowDate(SHOW_DATE, "fr"));
  });

  it("says the same wall-clock date as formatting the instant in the venue's zone would, every month, in zones on both sides of UTC", () => {
    for (const zone of ["America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata", "Europe/Paris", "Pacific/Auckland"]) {
      for (let month = 0; month < 12; month++) {
        for (const [hour, minute] of [
          [0, 30],
          [23, 45],
          [12, 0],
        ]) {
          const at = new Date(Date.UTC(2026, month, 15, hour, minute));
          const stored = formatInZone(at, zone, { year: "numeric" });
          for (const locale of ["fr", "de"]) expect(localizeShowDate(stored, locale), `${zone} ${stored}`).toBe(formatInZone(at, zone, { year: "numeric" }, locale));
          expect(recognizeNotification(`the show at ${PLACE} is back on, ${stored}`, "de")).toEqual({ key: "concertBackOn", values: { place: PLACE, date: formatInZone(at, zone, { year: "numeric" }, "de") } });
        }
      }
    }
  });

  it("leaves text that is not such a date as it is", () => {
    for (const text of ["next Saturday", "Sat, 6 Foo 2025, 20:30", "6 Sept 2025, 20:30", "Sat, 6 Sept 2025", ""]) expect(localizeShowDate(text, "fr")).toBe(text);
  });
});

describe("an order's cancellation", () => {
  const cases: [CancelReason, string, NotificationKey, NotificationValues][] = [
    ["out_of_stock", "", "orderCancelledReason", { reason: "out_of_stock" }],
    ["buyer_asked", "", "orderCancelledReason", { reason: "buyer_asked" }],
    ["cant_ship", "  ", "orderCancelledReason", { reason: "cant_ship" }],
    ["out_of_stock", "Back in March: we'll email you.", "orderCancelledReasonNote", { reason: "out_of_stock", note: "Back in March: we'll email you." }],
    ["buyer_asked", "Refunded, as agreed", "orderCancelledReasonNote", { reason: "buyer_asked", note: "Refunded, as agreed" }],
    ["cant_ship", "No post to islands: sorry", "orderCancelledReasonNote", { reason: "cant_ship", note: "No post to islands: sorry" }],
    ["other", "Duplicate order: keep the other one", "orderCancelledNote", { note: "Duplicate order: keep the other one" }],
    ["other", "", "orderCancelled", {}],
  ];

  it.each(cases)("%s with note %j → %s", (reason, note, key, values) => {
    expect(recognizeNotification(cancelled(reason, note), "fr")).toEqual({ key, values });
  });

  it("each reason is said in French and German, never in English", () => {
    for (const locale of ["fr", "de"] as const) {
      const { say, errors } = translator(locale);
      for (const [reason, note] of cases) {
        const text = cancelled(reason, note);
        const said = localizeNotification(text, locale, say);
        for (const english of ["Out of stock", "You asked to cancel", "The seller can't ship to this address"]) expect(said).not.toContain(english);
        if (note.trim()) expect(said.endsWith(note.trim())).toBe(true);
      }
      expect(errors).toEqual([]);
    }
  });
});
