"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { startExportAction } from "@/lib/account/actions";
import type { ExportView } from "@/lib/account/queries";
import { dateFormat, numberFormat } from "@/lib/intl";

/** "Download my data": start an archive, watch it being built, download it for 7 days. */
export function ExportPanel({ latest }: { latest: ExportView | null }) {
  const t = useTranslations("settings.data");
  const locale = useLocale();
  const router = useRouter();
  const building = latest?.status === "queued" || latest?.status === "running";
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [building, router]);
  const size = (bytes: number | null) =>
    bytes === null
      ? ""
      : bytes < 1_000_000
        ? t("sizeKb", { size: String(Math.max(1, Math.round(bytes / 1000))) })
        : t("sizeMb", { size: numberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false }).format(bytes / 1_000_000) });
  // British English ("6 September") as before; other languages their own way.
  const day = (date: Date) => dateFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(date);
  const start = <ActionButton label={latest ? t("makeNew") : t("download")} pendingLabel={t("starting")} run={startExportAction.bind(null, {})} />;
  if (building)
    return (
      <div className="space-y-2" role="status" aria-live="polite">
        <p className="text-sm font-medium">{t("building", { progress: latest.progress })}</p>
        <div className="h-2 overflow-hidden rounded-full bg-surface-2" aria-hidden>
          <div className="h-full rounded-full bg-accent-600 transition-all" style={{ width: `${Math.max(3, latest.progress)}%` }} />
        </div>
        <p className="text-xs text-muted">{t("leaveOk")}</p>
      </div>
    );
  if (latest?.status === "ready" && !latest.expired && latest.expiresAt)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/account/export/${latest.id}`} download className="inline-flex h-10 items-center rounded-full bg-accent-600 px-5 text-sm font-semibold text-white hover:bg-accent-500">
          {t("downloadArchive", { size: size(latest.sizeBytes) })}
        </a>
        <span className="text-sm text-muted">{t("availableUntil", { date: day(latest.expiresAt) })}</span>
        {start}
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-3">
      {start}
      {latest?.status === "failed" ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {t("failed", { error: latest.error ?? "" })}
        </p>
      ) : null}
    </div>
  );
}
