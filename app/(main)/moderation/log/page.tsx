import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { siteRoleMay } from "@/lib/auth/site-roles";
import { getModerationLog, getOpenReportCount } from "@/lib/moderation/queries";
import { ModerationTabs } from "../moderation-tabs";

export const metadata: Metadata = { title: "Moderation log", robots: { index: false } };

const VERBS: Record<string, string> = { dismiss: "dismissed a report about", hide: "removed content by", warn: "warned", suspend: "suspended", ban: "banned", unsuspend: "lifted the suspension of" };

export default async function ModerationLogPage() {
  const viewer = await requireViewer("/moderation/log");
  if (!siteRoleMay(viewer.siteRole, "moderator")) notFound();
  const [log, open] = await Promise.all([getModerationLog(), getOpenReportCount()]);
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title="Moderation" subtitle="Every action moderators took, newest first." />
      <ModerationTabs current="log" open={open} />
      {log.length ? (
        <ol className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="moderation-log">
          {log.map((entry) => (
            <li key={entry.id} className="px-5 py-3 text-sm">
              <span className="font-semibold">{entry.moderatorName ?? "A former moderator"}</span> {VERBS[entry.action] ?? entry.action}{" "}
              <span className="font-semibold">{entry.subjectName ?? "a deleted account"}</span>
              {entry.subjectHandle && !entry.subjectHandle.startsWith("~") ? <span className="text-muted"> @{entry.subjectHandle}</span> : null}
              {entry.until ? <span className="text-muted"> until {entry.until.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" })}</span> : null}{" "}
              <RelativeTime at={entry.at} />
              {entry.note ? <p className="mt-0.5 text-muted">“{entry.note}”</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title="Nothing yet" />
      )}
    </div>
  );
}
