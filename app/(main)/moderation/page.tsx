import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { MAX_SUSPENSION_DAYS, siteRoleMay } from "@/lib/auth/site-roles";
import { getModerationQueue, getOpenReportCount } from "@/lib/moderation/queries";
import type { QueueItem } from "@/lib/moderation/queue";
import { DecideForm } from "./decide-form";
import { ModerationTabs } from "./moderation-tabs";

export const metadata: Metadata = { title: "Moderation", robots: { index: false } };

const OUTCOMES: Record<string, string> = { dismiss: "Dismissed", hide: "Content removed", warn: "Warned", suspend: "Suspended", ban: "Banned" };
const TARGETS: Record<string, string> = { profile: "Profile", message: "Message", comment: "Comment", track: "Track", product: "Product", video: "Video" };

function Standing({ subject }: { subject: QueueItem["subject"] }) {
  if (subject.bannedAt) return <span className="rounded-full bg-red-500/15 px-2 py-0.5 text-xs font-semibold text-red-700 dark:text-red-300">Banned</span>;
  if (subject.suspendedUntil && subject.suspendedUntil > new Date()) return <span className="rounded-full bg-amber-500/15 px-2 py-0.5 text-xs font-semibold text-amber-700 dark:text-amber-300">Suspended</span>;
  return null;
}

function ReportCard({ item, canBan, maxDays }: { item: QueueItem; canBan: boolean; maxDays: number }) {
  return (
    <article className="space-y-4 rounded-3xl border border-line bg-surface p-5" aria-labelledby={`report-${item.id}`} data-testid="report">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <Avatar src={item.subject.avatarUrl} name={item.subject.name} size={40} />
          <div className="min-w-0">
            <h2 id={`report-${item.id}`} className="truncate font-semibold">
              {TARGETS[item.target.type]} by{" "}
              <Link href={`/@${item.subject.handle}`} className="hover:underline">
                {item.subject.name}
              </Link>{" "}
              <Standing subject={item.subject} />
            </h2>
            <p className="text-sm text-muted">
              @{item.subject.handle} · {item.reportsAboutProfile === 1 ? "first report" : `${item.reportsAboutProfile} reports about this profile`}
            </p>
            {item.writtenBy ? (
              <p className="text-sm text-muted" data-testid="written-by">
                Written for the page by {item.writtenBy.name} (@{item.writtenBy.handle}): a warning, suspension or ban applies to their account.
              </p>
            ) : null}
          </div>
        </div>
        <p className="text-sm text-muted">
          Reported by @{item.reporter.handle} <RelativeTime at={item.createdAt} />
        </p>
      </header>
      {item.target.excerpt ? (
        <blockquote className="whitespace-pre-wrap break-words rounded-2xl bg-surface-2 px-4 py-3 text-sm" data-testid="reported-content">
          {item.target.excerpt}
        </blockquote>
      ) : null}
      {item.target.href ? (
        <Link href={item.target.href} className="text-sm font-medium text-accent-500 hover:underline">
          Open the reported {TARGETS[item.target.type].toLowerCase()}
        </Link>
      ) : null}
      <p className="text-sm">
        <span className="font-medium">Why: </span>
        {item.reason}
      </p>
      {item.history.length ? (
        <div className="text-sm">
          <p className="font-medium">Before</p>
          <ul className="list-disc pl-5 text-muted">
            {item.history.map((h, i) => (
              <li key={i}>
                {OUTCOMES[h.action] ?? h.action} <RelativeTime at={h.at} />
                {h.note ? `: ${h.note}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.resolved ? (
        <p role="status" className="rounded-xl bg-surface-2 px-3.5 py-2 text-sm font-medium">
          Decided: {OUTCOMES[item.resolved.outcome] ?? item.resolved.outcome} <RelativeTime at={item.resolved.at} />
        </p>
      ) : (
        <DecideForm reportId={item.id} canHide={item.target.type !== "profile"} canBan={canBan} maxDays={maxDays} />
      )}
    </article>
  );
}

export default async function ModerationPage({ searchParams }: { searchParams: Promise<{ decided?: string }> }) {
  const viewer = await requireViewer("/moderation");
  if (!siteRoleMay(viewer.siteRole, "moderator")) notFound();
  const decided = (await searchParams).decided === "1";
  const [items, open] = await Promise.all([getModerationQueue(decided, viewer.userId), getOpenReportCount()]);
  const admin = siteRoleMay(viewer.siteRole, "admin");
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title="Moderation" subtitle="Reports from listeners, oldest first. Each reporter is told what you decide; the person reported never learns who reported them." />
      <ModerationTabs current={decided ? "decided" : "open"} open={open} />
      {items.length ? (
        <div className="space-y-4">
          {items.map((item) => (
            <ReportCard key={item.id} item={item} canBan={admin} maxDays={MAX_SUSPENSION_DAYS[admin ? "admin" : "moderator"]} />
          ))}
        </div>
      ) : (
        <EmptyState title={decided ? "No decisions yet" : "No open reports"}>{decided ? null : "All caught up."}</EmptyState>
      )}
    </div>
  );
}
