import { getTranslations } from "next-intl/server";
import { suggest } from "@/lib/search/queries";

export const dynamic = "force-dynamic";

/** Suggestions in the asker's language (account, then the language cookie, then Accept-Language): the browser keeps them per language. */
export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (q.length > 100) return Response.json({ error: (await getTranslations("search"))("suggest.tooLong") }, { status: 400 });
  return Response.json({ suggestions: await suggest(q) }, { headers: { "Cache-Control": "private, max-age=30", Vary: "Cookie, Accept-Language" } });
}
