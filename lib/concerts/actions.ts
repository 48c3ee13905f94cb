"use server";

import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db";
import { concerts } from "@/db/schema";
import type { ActionState } from "@/lib/forms/action-state";
import { isId } from "@/lib/ids";
import { action, formAction } from "@/lib/mutations/guard";
import { BUDGET_SPENT, spendNotifyBudget } from "@/lib/notifications/budget";
import { announceConcert, reachText } from "./announce";
import { concertArtist } from "./queries";
import { setConcertStatus, setInterest, updateConcert } from "./manage";
import { zonedToUtc } from "./time";
import { concertEditSchema, concertSchema, concertStatusSchema } from "./validation";

export type ConcertField = "venueName" | "address" | "city" | "country" | "timeZone" | "startsLocal" | "ticketUrl" | "priceMin" | "priceMax" | "currency" | "lineup";
const CONCERT_FIELDS = ["venueName", "address", "city", "country", "timeZone", "startsLocal", "ticketUrl", "priceMin", "priceMax", "currency", "lineup"] as const;

export type ConcertFormState = ActionState<ConcertField, { concertId: string }>;

const fans = (n: number) => `${n} interested ${n === 1 ? "fan was" : "fans were"} notified.`;

export const announceConcertAction = formAction(
  {
    name: "concerts.announce",
    signIn: "Sign in again to announce a show.",
    input: concertSchema,
    invalid: "Please fix the highlighted fields.",
    echo: CONCERT_FIELDS,
    page: { ability: "announce_shows", id: (input) => input.profileId },
    limits: [{ name: "concertAnnounce", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<ConcertFormState> => {
    // Followers nearby hear about it while the page's weekly notification budget lasts.
    const notify = await spendNotifyBudget(db, page.id);
    const { id, reach } = await announceConcert(db, { ...input, profileId: page.id }, new Date(), notify);
    return { ok: true, data: { concertId: id }, message: `Announced. ${notify ? reachText(reach, input) : BUDGET_SPENT}` };
  },
);

export const editConcertAction = formAction(
  {
    name: "concerts.edit",
    signIn: "Sign in again to edit this show.",
    input: concertEditSchema,
    invalid: "Please fix the highlighted fields.",
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
    return { ok: true, data: { concertId }, message: `Saved. ${result.notified ? fans(result.notified) : ""}`.trim() };
  },
);

export type StatusState = ActionState<"newStartsLocal">;

export const concertStatusAction = formAction(
  {
    name: "concerts.status",
    signIn: "Sign in again to change this show.",
    input: concertStatusSchema,
    invalid: "Please fix the highlighted fields.",
    echo: ["newStartsLocal"] as const,
    page: { ability: "announce_shows", id: (input) => input.profileId },
    limits: [{ name: "concertChange", per: "page" }],
    revalidate: () => ["/"],
  },
  async (input, { page }): Promise<StatusState> => {
    const { concertId, status, newStartsLocal } = input;
    const concert = (await db.select({ timeZone: concerts.timeZone }).from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, page.id))).limit(1))[0];
    if (!concert) return { ok: false, message: "That show does not exist on this page." };
    let startsAt: Date | null = null;
    if (status === "postponed" && newStartsLocal) {
      startsAt = zonedToUtc(newStartsLocal, concert.timeZone);
      if (!startsAt) return { ok: false, fieldErrors: { newStartsLocal: "Enter a valid date and start time." } };
    }
    const result = await setConcertStatus(db, concertId, page.id, status === "postponed" ? { status, startsAt } : { status });
    if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.reason === "past_date" ? { newStartsLocal: result.message } : undefined };
    const what = status === "cancelled" ? "Show cancelled." : status === "postponed" ? "Show postponed." : "Show back on schedule.";
    return { ok: true, message: `${what} ${fans(result.notified)}` };
  },
);

export const interestAction = action(
  {
    name: "concerts.interest",
    signIn: "Sign in to mark interest.",
    input: z.object({ concertId: z.string().refine(isId, "That show does not exist."), interested: z.boolean() }),
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
