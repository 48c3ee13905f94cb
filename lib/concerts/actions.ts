"use server";

import { and, eq } from "drizzle-orm";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { db } from "@/db";
import { concerts } from "@/db/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { countryName } from "@/lib/markets/countries";
import { NOTIFY_BUDGET, spendNotifyBudget } from "@/lib/notifications/budget";
import { announceConcert, type Reach } from "./announce";
import { concertArtist } from "./queries";
import { setConcertStatus, setInterest, updateConcert } from "./manage";
import { zonedToUtc } from "./time";
import { concertEditSchema, concertSchema, concertStatusSchema } from "./validation";

export type ConcertField = "venueName" | "address" | "city" | "country" | "timeZone" | "startsLocal" | "ticketUrl" | "priceMin" | "priceMax" | "currency" | "lineup";
const CONCERT_FIELDS = ["venueName", "address", "city", "country", "timeZone", "startsLocal", "ticketUrl", "priceMin", "priceMax", "currency", "lineup"] as const;

export type ConcertFormState = ActionState<ConcertField, { concertId: string }>;

/** What the announcer is told: who heard, and where ("Announced. 12 fans in France were notified, 3 of them in Paris."). */
async function announcedText(notify: boolean, reach: Reach, show: { city: string; country: string }): Promise<string> {
  const t = await getTranslations("errors");
  const where = { city: show.city, country: countryName(show.country, await getLocale()) };
  if (!notify) return t("concerts.announced.budgetSpent", { limit: NOTIFY_BUDGET.limit });
  if (reach.total === 0) return t("concerts.announced.noFollowers", where);
  if (reach.inCity === reach.total) return t("concerts.announced.inCity", { ...where, count: reach.inCity });
  if (reach.inCity === 0) return t("concerts.announced.inCountry", { ...where, count: reach.total });
  return t("concerts.announced.both", { ...where, count: reach.total, inCity: reach.inCity });
}

export const announceConcertAction = formAction(
  {
    name: "concerts.announce",
    signIn: "concerts.signInToAnnounce",
    input: concertSchema,
    invalid: "common.fixFields",
    echo: CONCERT_FIELDS,
    page: { ability: "announce_shows", id: (input) => input.profileId },
    limits: [{ name: "concertAnnounce", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ConcertFormState> => {
    // Followers nearby hear about it while the page's weekly notification budget lasts.
    const notify = await spendNotifyBudget(db, page.id);
    const { id, reach } = await announceConcert(db, { ...input, profileId: page.id }, new Date(), notify);
    return { ok: true, data: { concertId: id }, message: await announcedText(notify, reach, input) };
  },
);

export const editConcertAction = formAction(
  {
    name: "concerts.edit",
    signIn: "concerts.signInToEdit",
    input: concertEditSchema,
    invalid: "common.fixFields",
    echo: CONCERT_FIELDS,
    page: { ability: "announce_shows", id: (input) => input.profileId },
    limits: [{ name: "concertChange", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ConcertFormState> => {
    const { concertId, profileId: _profileId, ...edit } = input;
    void _profileId;
    const result = await updateConcert(db, concertId, page.id, edit);
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.reason === "past_date" ? { startsLocal: result.message } : undefined };
    return { ok: true, data: { concertId }, message: result.notified ? (await getTranslations("errors"))("concerts.savedNotified", { count: result.notified }) : "common.saved" };
  },
);

export type StatusState = ActionState<"newStartsLocal">;

export const concertStatusAction = formAction(
  {
    name: "concerts.status",
    signIn: "concerts.signInToChange",
    input: concertStatusSchema,
    invalid: "common.fixFields",
    echo: ["newStartsLocal"] as const,
    page: { ability: "announce_shows", id: (input) => input.profileId },
    limits: [{ name: "concertChange", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<StatusState> => {
    const { concertId, status, newStartsLocal } = input;
    const concert = (await db.select({ timeZone: concerts.timeZone }).from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, page.id))).limit(1))[0];
    if (!concert) return { ok: false, message: "concerts.notOnPage" };
    let startsAt: Date | null = null;
    if (status === "postponed" && newStartsLocal) {
      startsAt = zonedToUtc(newStartsLocal, concert.timeZone);
      if (!startsAt) return { ok: false, fieldErrors: { newStartsLocal: "concerts.validDateTime" } };
    }
    const result = await setConcertStatus(db, concertId, page.id, status === "postponed" ? { status, startsAt } : { status });
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.reason === "past_date" ? { newStartsLocal: result.message } : undefined };
    const t = await getTranslations("errors");
    return { ok: true, message: t("concerts.statusChanged", { status, count: result.notified }) };
  },
);

export const interestAction = action(
  {
    name: "concerts.interest",
    signIn: "concerts.signInToMarkInterest",
    input: z.object({ concertId: z.string().refine(isId, "concerts.notFound"), interested: z.boolean() }),
    limits: [{ name: "like" }],
    revalidate: (input) => [`/concert/${input.concertId}`],
    // The concert page's interested count.
    changes: async (input) => ({ profiles: [await concertArtist(input.concertId)] }),
  },
  async (input, { viewer }): Promise<ActionState<string, { interested: boolean }>> => {
    const result = await setInterest(db, input.concertId, viewer.profile.id, input.interested);
    return result.ok ? { ok: true, data: { interested: result.interested } } : { ok: false, message: result.message };
  },
);
