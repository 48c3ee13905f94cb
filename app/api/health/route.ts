import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** False while scripts/server.mjs is still warming routes up; absent (ready) under `next dev`. */
const warming = () => (globalThis as { __chorusWarm?: boolean }).__chorusWarm === false;

export async function GET() {
  if (warming()) return Response.json({ ok: false, ready: false, instance: process.env.INSTANCE_NAME ?? null }, { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": "1" } });
  const { ok, engine } = await checkDatabase();
  // Which app instance answered (INSTANCE_NAME), so a load balancer's spread can be seen.
  return Response.json({ ok, database: engine, instance: process.env.INSTANCE_NAME ?? null }, { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
