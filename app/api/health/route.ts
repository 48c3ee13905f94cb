import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const { ok, engine } = await checkDatabase();
  // Which app instance answered (INSTANCE_NAME), so a load balancer's spread can be seen.
  return Response.json({ ok, database: engine, instance: process.env.INSTANCE_NAME ?? null }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
