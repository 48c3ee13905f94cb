import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, engine } = await checkDatabase();
  return Response.json({ ok, database: engine }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
