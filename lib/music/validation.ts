import { z } from "zod";
import { CONTROL_MESSAGE, hasNoControlCharacters } from "@/lib/forms/text";

export const releaseFormSchema = z.object({
  title: z.string().trim().min(1, "Give the release a title.").max(120, "Title must be at most 120 characters.").refine(hasNoControlCharacters, CONTROL_MESSAGE),
  kind: z.enum(["single", "ep", "album"], { message: "Choose single, EP or album." }),
  releaseAt: z
    .string()
    .trim()
    .refine((v) => v === "" || !Number.isNaN(Date.parse(v)), "Enter a valid release date and time.")
    .transform((v) => (v === "" ? new Date() : new Date(v))),
  genre: z.string().trim().max(40, "Genre must be at most 40 characters.").transform((v) => v.toLowerCase() || null),
  explicit: z.string().optional().transform((v) => v === "on" || v === "true"),
  previewOnly: z.string().optional().transform((v) => v === "on" || v === "true"),
  titles: z.array(z.string().trim().min(1, "Every track needs a title.").max(120, "Track titles must be at most 120 characters.").refine(hasNoControlCharacters, CONTROL_MESSAGE)).min(1, "Add at least one audio file.").max(20, "A release holds at most 20 tracks."),
});
export type ReleaseForm = z.infer<typeof releaseFormSchema>;
