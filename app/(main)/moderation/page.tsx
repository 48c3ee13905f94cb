import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { MAX_SUSPENSION_DAYS, siteRoleMay } from "@/lib/auth/site-roles";
import { getModerationQueue, getOpenReportCount } from "@/lib/moderation/queries";
import type { QueueItem } from "@/lib/moderation/queue";
import { DecideForm } from "./decide-form";
import { ModerationTabs } from "./moderation-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.queue");
  return { title: t("title"), robots: { index: false } };
}

function Standing({ subject }: { subject: QueueItem["subject"] }) {
  const t = useTranslations("moderation.queue");
  if (subject.bannedAt) return <span className="rounded-full bg-red-500/15 px-2 py-0.5 text-xs font-semibold text-red-700 dark:text-red-300">{t("banned")}</span>;
  if (subject.suspendedUntil && subject.suspendedUntil > new Date()) return <span className="rounded-full bg-amber-500/15 px-2 py-0.5 text-xs font-semibold text-amber-700 dark:text-amber-300">{t("suspended")}</span>;
  return null;
}

function ReportCard({ item, canBan, maxDays }: { item: QueueItem; canBan: boolean; maxDays: number }) {
  const t = useTranslations("moderation.queue");
  const when = (at: Date) => {
    const When = () => <RelativeTime at={at} />;
    return When;
  };
  return (
    <article className="space-y-4 rounded-3xl border border-line bg-surface p-5" aria-labelledby={`report-${item.id}`} data-testid="report">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div className="flex min-w-0 items-center gap-3">
          <Avatar src={item.subject.avatarUrl} name={item.subject.name} size={40} />
          <div className="min-w-0">
            <h2 id={`report-${item.id}`} className="truncate font-semibold">
              {t.rich("targetBy", {
                type: item.target.type,
                name: item.subject.name,
                link: (chunks) => (
                  <Link href={`/@${item.subject.handle}`} className="hover:underline">
                    {chunks}
                  </Link>
                ),
              })}{" "}
              <Standing subject={item.subject} />
            </h2>
            <p className="text-sm text-muted">
              @{item.subject.handle} · {t("reportCount", { count: item.reportsAboutProfile })}
            </p>
            {item.writtenBy ? (
              <p className="text-sm text-muted" data-testid="written-by">
                {t("writtenBy", { name: item.writtenBy.name, handle: item.writtenBy.handle })}
              </p>
            ) : null}
          </div>
        </div>
        <p className="text-sm text-muted">{t.rich("reportedBy", { handle: item.reporter.handle, time: when(item.createdAt) })}</p>
      </header>
      {item.target.excerpt ? (
        <blockquote className="whitespace-pre-wrap break-words rounded-2xl bg-surface-2 px-4 py-3 text-sm" data-testid="reported-content">
          {item.target.excerpt}
        </blockquote>
      ) : null}
      {item.target.href ? (
        <Link href={item.target.href} className="text-sm font-medium text-accent-500 hover:underline">
          {t("openReported", { type: item.target.type })}
        </Link>
      ) : null}
      <p className="text-sm">
        <span className="font-medium">{t("why")} </span>
        {item.reason}
      </p>
      {item.history.length ? (
        <div className="text-sm">
          <p className="font-medium">{t("before")}</p>
          <ul className="list-disc pl-5 text-muted">
            {item.history.map((h, i) => (
              <li key={i}>
                {h.note
                  ? t.rich("historyWithNote", { outcome: t("outcome", { action: h.action }), note: h.note, time: when(h.at) })
                  : t.rich("history", { outcome: t("outcome", { action: h.action }), time: when(h.at) })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {item.resolved ? (
        <p role="status" className="rounded-xl bg-surface-2 px-3.5 py-2 text-sm font-medium">
          {t.rich("decided", { outcome: t("outcome", { action: item.resolved.outcome }), time: when(item.resolved.at) })}
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
  const [t, items, open] = await Promise.all([getTranslations("moderation.queue"), getModerationQueue(decided, viewer.userId), getOpenReportCount()]);
  const admin = siteRoleMay(viewer.siteRole, "admin");
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <ModerationTabs current={decided ? "decided" : "open"} open={open} />
      {items.length ? (
        <div className="space-y-4">
          {items.map((item) => (
            <ReportCard key={item.id} item={item} canBan={admin} maxDays={MAX_SUSPENSION_DAYS[admin ? "admin" : "moderator"]} />
          ))}
        </div>
      ) : (
        <EmptyState title={decided ? t("noDecisions") : t("noOpen")}>{decided ? null : t("allCaughtUp")}</EmptyState>
      )}
    </div>
  );
}
