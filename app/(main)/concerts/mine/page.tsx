import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConcertRow } from "@/components/concerts/concert-row";
import { ConcertTabs } from "@/components/concerts/concert-tabs";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { listInterestedConcerts } from "@/lib/concerts/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("concerts.mine");
  return { title: t("title") };
}

/** The shows the signed-in listener marked Interested: upcoming first, past ones folded away below. */
export default async function MyShowsPage() {
  const t = await getTranslations("concerts.mine");
  const viewer = await getViewer();
  if (!viewer) {
    return (
      <>
        <PageTitle title={t("title")} subtitle={t("signedOutSubtitle")} />
        <ConcertTabs current="/concerts/mine" />
        <EmptyState title={t("signInTitle")}>
          <p>{t("signInText")}</p>
          <p className="mt-4">
            <Link href="/signin?callbackUrl=/concerts/mine" className={buttonClass("primary")}>
              {t("signIn")}
            </Link>
          </p>
        </EmptyState>
      </>
    );
  }
  const { upcoming, past } = await listInterestedConcerts(viewer.profile.id);
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      <ConcertTabs current="/concerts/mine" />
      {upcoming.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>
          {t.rich("emptyText", {
            link: (chunks) => (
              <Link href="/concerts" className="font-medium text-accent-500 hover:underline">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      ) : (
        <ul className="space-y-3" data-testid="my-upcoming-shows" aria-label={t("upcoming")}>
          {upcoming.map((c) => (
            <li key={c.id}>
              <ConcertRow concert={c} />
            </li>
          ))}
        </ul>
      )}
      {past.length ? (
        <details className="group mt-8" data-testid="my-past-shows">
          <summary className="cursor-pointer list-none text-sm font-semibold uppercase tracking-wide text-muted hover:text-fg">
            <span aria-hidden className="mr-1 inline-block transition group-open:rotate-90">›</span>
            {t("past", { count: past.length })}
          </summary>
          <ul className="mt-3 space-y-3 opacity-80">
            {past.map((c) => (
              <li key={c.id}>
                <ConcertRow concert={c} />
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}
