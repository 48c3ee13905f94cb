import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { recordImpression } from "@/lib/discovery/queries";
import { readJsonBody } from "@/lib/http/json-body";
import { route } from "@/lib/mutations/route";
import { profileExists } from "@/lib/profiles/queries";

export const dynamic = "force-dynamic";

const MAX_BODY = 4096;

/** Signals for the recommender; signed-out visitors are not tracked at all. */
export const POST = route(
  {
    name: "discovery.impression",
    signIn: "uploads.signInToPersonalise",
    parse: ({ request }) => readJsonBody(request, MAX_BODY),
    input: z.object({
      key: z.string().regex(/^(video|track):[0-9A-Za-z]{6,32}$/),
      creatorId: z.string().regex(/^[0-9A-Za-z]{6,32}$/),
      reason: z.string().max(120),
      source: z.string().max(20),
      watchMs: z.number().int().min(0).max(3_600_000),
      skipped: z.boolean(),
      liked: z.boolean(),
      followed: z.boolean(),
    }),
    limits: [{ name: "impressions" }],
  },
  async (input, { viewer }) => {
    // Opted out of personalization: nothing about what they watch is kept.
    if (viewer.personalizationOff) return new Response(null, { status: 204 });
    if (!(await profileExists(input.creatorId))) return Response.json({ ok: false, message: (await getTranslations("errors"))("discovery.badImpression") }, { status: 400 });
    await recordImpression(viewer.profile.id, input);
    return new Response(null, { status: 204 });
  },
);
