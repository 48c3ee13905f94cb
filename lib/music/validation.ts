import { z } from "zod";
import { hasNoControlCharacters } from "@/lib/forms/text";

// Messages are keys of the "errors" namespace: the upload route says them in the request's language.
export const releaseFormSchema = z.object({
  title: z.string().trim().min(1, "music.releaseTitleRequired").max(120, "music.titleMax").refine(hasNoControlCharacters, "common.controlCharacters"),
  kind: z.enum(["single", "ep", "album"], { message: "music.chooseKind" }),
  releaseAt: z
    .string()
    .trim()
    .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "music.validReleaseDate")
    .transform((v) => (v === "" ? new Date() : new Date(v))),
  genre: z.string().trim().max(40, "music.genreMax").transform((v) => v.toLowerCase() || null),
  explicit: z.string().optional().transform((v) => v === "on" || v === "true"),
  previewOnly: z.string().optional().transform((v) => v === "on" || v === "true"),
  titles: z.array(z.string().trim().min(1, "music.trackTitleRequired").max(120, "music.trackTitleMax").refine(hasNoControlCharacters, "common.controlCharacters")).min(1, "music.audioRequired").max(20, "music.tracksMax"),
});
export type ReleaseForm = z.infer<typeof releaseFormSchema>;
