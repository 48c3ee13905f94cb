"use server";

import { z } from "zod";
import { db } from "@/db";
import { MAX_SUSPENSION_DAYS } from "@/lib/auth/site-roles";
import type { ActionState } from "@/lib/forms/action-state";
import { publicPagesChanged } from "@/lib/cache/public-pages";
import { action, formAction } from "@/lib/mutations/guard";
import { decideReport, liftSuspension } from "./moderate";

const id = z.string().min(6).max(40);

export const decideReportAction = formAction(
  {
    name: "moderation.decide",
    site: "moderator",
    signIn: "common.signInToModerate",
    input: z.object({
      reportId: id,
      action: z.enum(["dismiss", "hide", "warn", "suspend", "ban"], "moderation.chooseAction"),
      note: z.string().trim().max(500, "moderation.noteMax").default(""),
      days: z.coerce.number().int().min(1, "moderation.daysMin").max(MAX_SUSPENSION_DAYS.admin, "moderation.daysMax").optional(),
    }),
    echo: ["note", "days", "action"] as const,
    limits: [{ name: "moderate" }, { name: "moderateBan", when: (input) => input.action === "ban" }],
    // The queue shows the decided report in place with its outcome (lib/moderation/queue.ts).
    revalidate: () => ["/moderation"],
  },
  async (input, { viewer }): Promise<ActionState<"action" | "note" | "days">> => {
    if (input.action === "warn" && !input.note) return { ok: false, fieldErrors: { note: "moderation.warningNoteRequired" } };
    const result = await decideReport(db, { userId: viewer.userId, siteRole: viewer.siteRole }, input.reportId, { action: input.action, note: input.note, days: input.days });
    // The reported profile's cached page shows a suspension notice, or loses a removed track.
    if (result.ok && result.subjectProfileId) publicPagesChanged({ profiles: [result.subjectProfileId], now: true });
    return { ok: result.ok, message: result.message };
  },
);

export const liftSuspensionAction = action(
  { name: "moderation.lift", site: "admin", signIn: "common.signInToModerate", input: z.object({ userId: id, note: z.string().trim().max(500).default("") }), limits: [{ name: "moderate" }], revalidate: () => ["/moderation"] },
  async (input, { viewer }) => liftSuspension(db, { userId: viewer.userId, siteRole: viewer.siteRole }, input.userId, input.note),
);
