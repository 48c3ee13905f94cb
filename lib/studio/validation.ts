import { z } from "zod";
import { truncateText } from "@/lib/forms/text";
import { handleProblem } from "@/lib/profiles/handles";
import { withScheme } from "@/lib/links";

// Messages are keys of the "errors" namespace: the mutation wrapper says them in the request's language.
const handleField = z.string().trim().superRefine((value, ctx) => {
  const problem = handleProblem(value);
  if (problem) ctx.addIssue({ code: "custom", ...problem });
});

export const createPageSchema = z.object({
  kind: z.enum(["artist", "label", "publication"], { message: "studio.chooseKind" }),
  name: z.string().trim().min(1, "studio.nameRequired").max(80, "studio.nameMax"),
  handle: handleField,
});

/** A problem as a key of the "errors" namespace with the values its message names, or none. */
type Problem = { error: string; params?: Record<string, string> } | { error: null; params?: undefined };

/** "https://x.example/y" per line → [{ label: "x.example", url }]; http(s) only. */
export function parseLinks(text: string): { links: { label: string; url: string }[] } & Problem {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length > 5) return { links: [], error: "studio.linksMax" };
  const links: { label: string; url: string }[] = [];
  for (const line of lines) {
    let url: URL;
    try {
      url = new URL(withScheme(line));
    } catch {
      return { links: [], error: "studio.notALink", params: { link: truncateText(line, 60) } };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") return { links: [], error: "studio.linkScheme" };
    if (line.length > 300) return { links: [], error: "studio.linkMax" };
    links.push({ label: url.hostname.replace(/^www\./, ""), url: url.toString() });
  }
  return { links, error: null };
}

export function parseGenres(text: string): { genres: string[] } & Problem {
  const genres = [...new Set(text.split(",").map((g) => g.trim().toLowerCase()).filter(Boolean))];
  if (genres.length > 5) return { genres: [], error: "studio.genresMax" };
  const bad = genres.find((g) => g.length > 30 || !/^[\p{L}\p{N}&' -]+$/u.test(g));
  if (bad) return { genres: [], error: "studio.notAGenre", params: { genre: bad.slice(0, 40) } };
  return { genres, error: null };
}

export const updatePageSchema = z
  .object({
    profileId: z.string().regex(/^[0-9A-Za-z]{6,32}$/, "common.unknownPage"),
    name: z.string().trim().min(1, "studio.nameRequired").max(80, "studio.nameMax"),
    handle: handleField,
    bio: z.string().trim().max(1000, "common.bioMax"),
    links: z
      .string()
      .max(2000, "studio.tooManyLinks")
      .transform((text, ctx) => {
        const parsed = parseLinks(text);
        if (parsed.error) ctx.addIssue({ code: "custom", message: parsed.error, params: parsed.params });
        return parsed.links;
      }),
    genres: z
      .string()
      .max(300, "studio.tooManyGenres")
      .transform((text, ctx) => {
        const parsed = parseGenres(text);
        if (parsed.error) ctx.addIssue({ code: "custom", message: parsed.error, params: parsed.params });
        return parsed.genres;
      }),
    city: z.string().trim().max(80, "common.cityMax"),
    country: z.union([z.literal(""), z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "common.chooseCountry")]),
  })
  .transform((value) => ({ ...value, city: value.city || null, country: value.country || null }));
