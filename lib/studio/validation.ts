import { z } from "zod";
import { truncateText } from "@/lib/forms/text";
import { handleProblem } from "@/lib/profiles/handles";
import { withScheme } from "@/lib/links";

const handleField = z.string().trim().superRefine((value, ctx) => {
  const problem = handleProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

export const createPageSchema = z.object({
  kind: z.enum(["artist", "label", "publication"], { message: "Choose artist, label or publication." }),
  name: z.string().trim().min(1, "Enter a name.").max(80, "Name must be at most 80 characters."),
  handle: handleField,
});

/** "https://x.example/y" per line → [{ label: "x.example", url }]; http(s) only. */
export function parseLinks(text: string): { links: { label: string; url: string }[]; error: string | null } {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 5) return { links: [], error: "Add at most 5 links." };
  const links: { label: string; url: string }[] = [];
  for (const line of lines) {
    let url: URL;
    try {
      url = new URL(withScheme(line));
    } catch {
      return { links: [], error: `“${truncateText(line, 60)}” is not a web address. Use https://…` };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return { links: [], error: "Links must start with http:// or https://." };
    if (line.length > 300) return { links: [], error: "Links must be at most 300 characters." };
    links.push({ label: url.hostname.replace(/^www\./, ""), url: url.toString() });
  }
  return { links, error: null };
}

export function parseGenres(text: string): { genres: string[]; error: string | null } {
  const genres = [...new Set(text.split(",").map((g) => g.trim().toLowerCase()).filter(Boolean))];
  if (genres.length > 5) return { genres: [], error: "Pick at most 5 genres." };
  const bad = genres.find((g) => g.length > 30 || !/^[\p{L}\p{N}&' -]+$/u.test(g));
  if (bad) return { genres: [], error: `“${bad.slice(0, 40)}” is not a genre name (letters, digits, spaces, & and - only, 30 characters at most).` };
  return { genres, error: null };
}

export const updatePageSchema = z
  .object({
    profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, "Unknown page."),
    name: z.string().trim().min(1, "Enter a name.").max(80, "Name must be at most 80 characters."),
    handle: handleField,
    bio: z.string().trim().max(1000, "Bio must be at most 1,000 characters."),
    links: z
      .string()
      .max(2000, "Too many links.")
      .transform((text, ctx) => {
        const parsed = parseLinks(text);
        if (parsed.error) ctx.addIssue({ code: "custom", message: parsed.error });
        return parsed.links;
      }),
    genres: z
      .string()
      .max(300, "Too many genres.")
      .transform((text, ctx) => {
        const parsed = parseGenres(text);
        if (parsed.error) ctx.addIssue({ code: "custom", message: parsed.error });
        return parsed.genres;
      }),
    city: z.string().trim().max(80, "City must be at most 80 characters."),
    country: z.union([z.literal(""), z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "Choose a country.")]),
  })
  .transform((value) => ({ ...value, city: value.city || null, country: value.country || null }));
