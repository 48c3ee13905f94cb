import { z } from "zod";
import { minorUnitDigits } from "@/lib/money";
import { isTimeZone, zonedToUtc } from "./time";

const money = (label: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === "" || /^\d{1,6}([.,]\d{1,2})?$/.test(v), `${label} must be an amount like 25 or 25.50.`);

export const concertSchema = z
  .object({
    profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, "Unknown page."),
    venueName: z.string().trim().min(1, "Enter the venue.").max(120, "Venue must be at most 120 characters."),
    address: z.string().trim().max(200, "Address must be at most 200 characters."),
    city: z.string().trim().min(1, "Enter the city.").max(80, "City must be at most 80 characters."),
    country: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a country."),
    timeZone: z.string().trim().refine(isTimeZone, "Choose the venue's time zone (e.g. Europe/Berlin)."),
    startsLocal: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Enter the date and start time."),
    ticketUrl: z
      .string()
      .trim()
      .max(500)
      .refine((v) => {
        if (v === "") return true;
        try {
          const u = new URL(v);
          return u.protocol === "https:" || u.protocol === "http:";
        } catch {
          return false;
        }
      }, "Ticket link must start with http:// or https://."),
    priceMin: money("Lowest price"),
    priceMax: money("Highest price"),
    currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, "Choose a currency."),
    lineup: z.string().trim().max(500, "Lineup must be at most 500 characters."),
  })
  .superRefine((v, ctx) => {
    const startsAt = zonedToUtc(v.startsLocal, v.timeZone);
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "Enter a valid date and start time." });
    else if (startsAt.getTime() < Date.now()) ctx.addIssue({ code: "custom", path: ["startsLocal"], message: "That date is in the past. New shows must be in the future." });
    const toMinor = (s: string) => Math.round(Number(s.replace(",", ".")) * 10 ** minorUnitDigits(v.currency));
    if (v.priceMin && v.priceMax && toMinor(v.priceMax) < toMinor(v.priceMin)) ctx.addIssue({ code: "custom", path: ["priceMax"], message: "Highest price must not be below the lowest." });
  })
  .transform((v) => {
    const toMinor = (s: string) => (s === "" ? null : Math.round(Number(s.replace(",", ".")) * 10 ** minorUnitDigits(v.currency)));
    return {
      ...v,
      startsAt: zonedToUtc(v.startsLocal, v.timeZone)!,
      ticketUrl: v.ticketUrl || null,
      priceMinMinor: toMinor(v.priceMin),
      priceMaxMinor: toMinor(v.priceMax) ?? toMinor(v.priceMin),
      lineup: v.lineup.split(",").map((s) => s.trim()).filter(Boolean).slice(0, 10),
    };
  });
