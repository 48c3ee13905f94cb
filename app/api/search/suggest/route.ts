import { suggest } from "@/lib/search/queries";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const q = new URL(request.url).searchParams.get("q") ?? "";
  if (q.length > 100) return Response.json({ error: "Query too long (100 characters at most)." }, { status: 400 });
  return Response.json({ suggestions: await suggest(q) }, { headers: { "Cache-Control": "private, max-age=30" } });
}
