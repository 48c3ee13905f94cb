import { z } from "zod";
import { parseAmount } from "@/lib/money";
import { isTimeZone, zonedToUtc } from "./time";

// Messages are keys of the "errors" namespace: the mutation wrapper (and the /concerts page, for
// its filters) says them in the request's language.

const publicId = z.string().regex(/^[0-9A-Za-z]{6,32}$/, "common.unknownPage");

const money = (notAnAmount: "concerts.priceMinAmount" | "concerts.priceMaxAmount") =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,6}([.,]\d{1,2})?$/.test(v), notAnAmount);

const localDateTime = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "concerts.dateTimeRequired");

export const ticketUrl = z
  .string()
  .trim()
  .max(500, "concerts.ticketUrlMax")
  .refine((v) => {
    if (v === "") return true;
    try {
      const u = new URL(v);
      return u.protocol === "https:" || u.protocol === "http:";
    } catch {
      return false;
    }
  }, "concerts.ticketUrlScheme");

const fields = z.object({
  profileId: publicId,
  venueName: z.string().trim().min(1, "concerts.venueRequired").max(120, "concerts.venueMax"),
  address: z.string().trim().max(200, "concerts.addressMax"),
  city: z.string().trim().min(1, "common.cityRequired").max(80, "common.cityMax"),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "common.chooseCountry"),
  timeZone: z.string().trim().refine(isTimeZone, "concerts.chooseTimeZone"),
  startsLocal: localDateTime,
  ticketUrl,
  priceMin: money("concerts.priceMinAmount"),
  priceMax: money("concerts.priceMaxAmount"),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "common.chooseCurrency"),
  lineup: z.string().trim().max(500, "concerts.lineupMax"),
});

type Fields = z.infer<typeof fields>;

const toMinor = (s: string, currency: string) => (s === "" ? null : parseAmount(s, currency));

function check(v: Fields, ctx: z.RefinementCtx, requireFuture: boolean) {
  const startsAt = zonedToUtc(v.startsLocal, v.timeZone);
  if (!startsAt) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "concerts.validDateTime" });
  else if (requireFuture && startsAt.getTime() < Date.now()) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "concerts.pastDate" });
  for (const key of ["priceMin", "priceMax"] as const) {
    if (v[key] && toMinor(v[key], v.currency) === null) ctx.addIssue({ code: "custom", path: [key], message: "concerts.tooManyDecimals", params: { currency: v.currency } });
  }
  const min = toMinor(v.priceMin, v.currency);
  const max = toMinor(v.priceMax, v.currency);
  if (min != null && max != null && max < min) ctx.addIssue({ code: "custom", path: ["priceMax"], message: "concerts.priceOrder" });
}

function normalise(v: Fields) {
  const priceMinMinor = toMinor(v.priceMin, v.currency);
  return {
    profileId: v.profileId,
    venueName: v.venueName,
    address: v.address,
    city: v.city,
    country: v.country,
    timeZone: v.timeZone,
    currency: v.currency,
    startsAt: zonedToUtc(v.startsLocal, v.timeZone)!,
    ticketUrl: v.ticketUrl || null,
    priceMinMinor,
    priceMaxMinor: toMinor(v.priceMax, v.currency) ?? priceMinMinor,
    lineup: v.lineup.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 10),
  };
}

/** A new show: its date must be in the future. */
export const concertSchema = fields.superRefine((v, ctx) => check(v, ctx, true)).transform(normalise);

/** An edit: a moved date must be in the future, which the write checks against the stored date. */
export const concertEditSchema = fields
  .extend({ concertId: publicId })
  .superRefine((v, ctx) => check(v, ctx, false))
  .transform((v) => ({ ...normalise(v), concertId: v.concertId }));

export const concertStatusSchema = z.object({
  profileId: publicId,
  concertId: publicId,
  status: z.enum(["postponed", "cancelled", "scheduled"], "concerts.chooseStatus"),
  /** Postponing: the new date in the venue's time, or empty for "to be announced". */
  newStartsLocal: z.union([z.literal(""), localDateTime]).default(""),
});

/** "2027-02-31" matches the pattern but is not a day: a round trip through Date tells. */
function isCalendarDate(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

/** The fan-facing /concerts filters, from the query string. */
export const concertFilterSchema = z
  .object({
    city: z.string().trim().max(80, "common.cityMax").default(""),
    from: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "concerts.filterDateFormat")]).default(""),
    to: z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "concerts.filterDateFormat")]).default(""),
    genre: z.string().trim().max(40, "music.genreMax").default(""),
    following: z.enum(["", "1"], "common.invalid").default(""),
  })
  .superRefine((v, ctx) => {
    for (const key of ["from", "to"] as const) {
      if (v[key] && !isCalendarDate(v[key])) ctx.addIssue({ code: "custom", path: [key], message: "concerts.notARealDate" });
    }
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "concerts.endBeforeStart" });
  });

export type ConcertFilters = z.infer<typeof concertFilterSchema>;
