"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { ActionButton } from "@/components/ui/action-button";
import { startExportAction } from "@/lib/account/actions";
import type { ExportView } from "@/lib/account/queries";

const size = (bytes: number | null) => (bytes === null ? "" : bytes < 1_000_000 ? `${Math.max(1, Math.round(bytes / 1000))} KB` : `${(bytes / 1_000_000).toFixed(1)} MB`);
const day = (date: Date) => date.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** "Download my data": start an archive, watch it being built, download it for 7 days. */
export function ExportPanel({ latest }: { latest: ExportView | null }) {
  const router = useRouter();
  const building = latest?.status === "queued" || latest?.status === "running";
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [building, router]);
  const start = <ActionButton label={latest ? "Make a new archive" : "Download my data"} pendingLabel="Starting…" run={startExportAction.bind(null, {})} />;
  if (building)
    return (
      <div className="space-y-2" role="status" aria-live="polite">
        <p className="text-sm font-medium">Putting your archive together… {latest.progress}%</p>
        <div className="h-2 overflow-hidden rounded-full bg-surface-2" aria-hidden>
          <div className="h-full rounded-full bg-accent-600 transition-all" style={{ width: `${Math.max(3, latest.progress)}%` }} />
        </div>
        <p className="text-xs text-muted">You can leave this page; the archive keeps building.</p>
      </div>
    );
  if (latest?.status === "ready" && !latest.expired && latest.expiresAt)
    return (
      <div className="flex flex-wrap items-center gap-3">
        <a href={`/api/account/export/${latest.id}`} download className="inline-flex h-10 items-center rounded-full bg-accent-600 px-5 text-sm font-semibold text-white hover:bg-accent-500">
          Download archive ({size(latest.sizeBytes)})
        </a>
        <span className="text-sm text-muted">Available until {day(latest.expiresAt)}.</span>
        {start}
      </div>
    );
  return (
    <div className="flex flex-wrap items-center gap-3">
      {start}
      {latest?.status === "failed" ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          The last archive could not be made ({latest.error}). Try again.
        </p>
      ) : null}
    </div>
  );
}
