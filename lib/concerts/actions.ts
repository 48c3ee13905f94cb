"use server";

import { and, eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/db";
import { concerts } from "@/db/schema";
import { getViewer } from "@/lib/auth/viewer";
import { echoValues, fieldErrorsOf, type ActionState } from "@/lib/forms/action-state";
import { managedPage } from "@/lib/studio/pages";
import { announceConcert } from "./announce";
import { setConcertStatus, setInterest, updateConcert } from "./manage";
import { zonedToUtc } from "./time";
import { concertEditSchema, concertSchema, concertStatusSchema } from "./validation";

export type ConcertField = "venueName" | "address" | "city" | "country" | "timeZone" | "startsLocal" | "ticketUrl" | "priceMin" | "priceMax" | "currency" | "lineup";
const CONCERT_FIELDS = ["venueName", "address", "city", "country", "timeZone", "startsLocal", "ticketUrl", "priceMin", "priceMax", "currency", "lineup"] as const;

export type ConcertFormState = ActionState<ConcertField> & { concertId?: string };

export async function announceConcertAction(_prev: ConcertFormState, form: FormData): Promise<ConcertFormState> {
  const values = echoValues(form, CONCERT_FIELDS);
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to announce a show.", values };
  const parsed = concertSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const page = managedPage(db, viewer.userId, parsed.data.profileId);
  if (!page || page.kind === "publication") return { ok: false, message: "You cannot announce shows for this page.", values };
  const { id, notified } = announceConcert(db, { ...parsed.data, profileId: page.id });
  revalidatePath("/", "layout");
  return { ok: true, concertId: id, message: `Announced. ${notified} ${notified === 1 ? "fan" : "fans"} nearby ${notified === 1 ? "was" : "were"} notified.` };
}

const fans = (n: number) => `${n} interested ${n === 1 ? "fan was" : "fans were"} notified.`;

export async function editConcertAction(_prev: ConcertFormState, form: FormData): Promise<ConcertFormState> {
  const values = echoValues(form, CONCERT_FIELDS);
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to edit this show.", values };
  const parsed = concertEditSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { concertId, profileId, ...edit } = parsed.data;
  const page = managedPage(db, viewer.userId, profileId);
  if (!page) return { ok: false, message: "You cannot edit shows for this page.", values };
  const result = updateConcert(db, concertId, page.id, edit);
  if (!result.ok) return { ok: false, message: result.message, values, fieldErrors: result.reason === "past_date" ? { startsLocal: result.message } : undefined };
  revalidatePath("/", "layout");
  return { ok: true, concertId, message: `Saved. ${result.notified ? fans(result.notified) : ""}`.trim(), values };
}

export type StatusState = ActionState<"newStartsLocal">;

export async function concertStatusAction(_prev: StatusState, form: FormData): Promise<StatusState> {
  const values = echoValues(form, ["newStartsLocal"]);
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in again to change this show.", values };
  const parsed = concertStatusSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: "Please fix the highlighted fields.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const { concertId, profileId, status, newStartsLocal } = parsed.data;
  const page = managedPage(db, viewer.userId, profileId);
  if (!page) return { ok: false, message: "You cannot change shows for this page.", values };
  const concert = db.select({ timeZone: concerts.timeZone }).from(concerts).where(and(eq(concerts.id, concertId), eq(concerts.profileId, page.id))).get();
  if (!concert) return { ok: false, message: "That show does not exist on this page.", values };
  let startsAt: Date | null = null;
  if (status === "postponed" && newStartsLocal) {
    startsAt = zonedToUtc(newStartsLocal, concert.timeZone);
    if (!startsAt) return { ok: false, fieldErrors: { newStartsLocal: "Enter a valid date and start time." }, values };
  }
  const result = setConcertStatus(db, concertId, page.id, status === "postponed" ? { status, startsAt } : { status });
  if (!result.ok) return { ok: false, message: result.message, values, fieldErrors: result.reason === "past_date" ? { newStartsLocal: result.message } : undefined };
  revalidatePath("/", "layout");
  const what = status === "cancelled" ? "Show cancelled." : status === "postponed" ? "Show postponed." : "Show back on schedule.";
  return { ok: true, message: `${what} ${fans(result.notified)}` };
}

export type InterestResult = { ok: true; interested: boolean } | { ok: false; message: string; signIn?: boolean };

const interestInput = z.object({ concertId: z.string().regex(/^[0-9A-Za-z]{6,32}$/), interested: z.boolean() });

export async function interestAction(raw: { concertId: string; interested: boolean }): Promise<InterestResult> {
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: "Sign in to mark interest.", signIn: true };
  const parsed = interestInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "That show does not exist." };
  const result = setInterest(db, parsed.data.concertId, viewer.profile.id, parsed.data.interested);
  if (!result.ok) return result;
  revalidatePath(`/concert/${parsed.data.concertId}`);
  return { ok: true, interested: result.interested };
}
