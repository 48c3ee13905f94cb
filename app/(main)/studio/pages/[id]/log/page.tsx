import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getAuditLog } from "@/lib/teams/queries";
import { loadStudioPage } from "../studio-page";

export async function generateMetadata() {
  const t = await getTranslations("studio");
  return { title: t("meta.log") };
}

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ") + " UTC";

export default async function StudioLog({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> }) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "log");
  const beforeMs = Number((await searchParams).before);
  const [lines, t, says] = await Promise.all([getAuditLog(page.id, Number.isFinite(beforeMs) && beforeMs > 0 ? new Date(beforeMs) : undefined), getTranslations("studio.log"), getTranslations("audit")]);
  const oldest = lines.at(-1);
  return (
    <>
      <PageTitle level={2} title={t("title")} subtitle={t("subtitle")} />
      {lines.length === 0 ? (
        <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
      ) : (
        <ol className="divide-y divide-line rounded-3xl border border-line bg-surface" aria-label={t("listLabel")}>
          {lines.map((l) => (
            <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3 text-sm">
              <p className="min-w-0">
                <span className="font-semibold">{l.actorName}</span> {l.says ? says(l.says.key, l.says.values as never) : l.summary}
              </p>
              <time dateTime={l.at.toISOString()} className="text-xs text-muted">
                {when(l.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
      {lines.length === 50 && oldest ? (
        <p className="mt-4 text-sm">
          <Link href={`/studio/pages/${page.id}/log?before=${oldest.at.getTime()}`} className="font-semibold text-accent-600 hover:underline">
            {t("older")}
          </Link>
        </p>
      ) : null}
    </>
  );
}
