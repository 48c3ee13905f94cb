import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { RelativeTime } from "@/components/ui/relative-time";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { siteRoleMay } from "@/lib/auth/site-roles";
import { dateFormat } from "@/lib/intl";
import { getModerationLog, getOpenReportCount } from "@/lib/moderation/queries";
import { ModerationTabs } from "../moderation-tabs";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.log");
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function ModerationLogPage() {
  const viewer = await requireViewer("/moderation/log");
  if (!siteRoleMay(viewer.siteRole, "moderator")) notFound();
  const [t, locale, log, open] = await Promise.all([getTranslations("moderation.log"), getLocale(), getModerationLog(), getOpenReportCount()]);
  // British English ("6 Sept 2025") as before; other languages their own way.
  const day = dateFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return (
    <div className="mx-auto max-w-3xl">
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <ModerationTabs current="log" open={open} />
      {log.length ? (
        <ol className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="moderation-log">
          {log.map((entry) => (
            <li key={entry.id} className="px-5 py-3 text-sm">
              {t.rich("entry", {
                action: entry.action,
                moderator: entry.moderatorName ?? t("formerModerator"),
                subject: entry.subjectName ?? t("deletedAccount"),
                mod: (chunks) => <span className="font-semibold">{chunks}</span>,
                who: (chunks) => (
                  <>
                    <span className="font-semibold">{chunks}</span>
                    {entry.subjectHandle && !entry.subjectHandle.startsWith("~") ? <span className="text-muted"> @{entry.subjectHandle}</span> : null}
                    {entry.until ? <span className="text-muted"> {t("until", { date: day.format(entry.until) })}</span> : null}
                  </>
                ),
              })}{" "}
              <RelativeTime at={entry.at} />
              {entry.note ? <p className="mt-0.5 text-muted">{t("note", { note: entry.note })}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <EmptyState title={t("empty")} />
      )}
    </div>
  );
}
