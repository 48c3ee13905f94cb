import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { EmptyState, PageTitle } from "@/components/ui/section";
import type { Viewer } from "@/lib/auth/viewer";
import { getFeedPage } from "@/lib/feed/queries";
import { FeedList } from "./feed-list";
import { GetStarted } from "./get-started";

/**
 * The signed-in home: suggestions first while the listener is getting started
 * (until they dismiss them), then the activity stream.
 */
export async function HomeStream({ viewer, gettingStarted, genre }: { viewer: Viewer; gettingStarted: boolean; genre: string | null }) {
  const page = await getFeedPage(viewer.profile.id, null);
  const t = await getTranslations("home.stream");
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      {gettingStarted ? <GetStarted viewer={viewer} genre={genre} /> : null}
      {page.items.length > 0 ? (
        <FeedList initial={page} />
      ) : (
        <EmptyState title={t("emptyTitle")}>
          {t.rich("emptyText", {
            link: (chunks) => (
              <Link className="text-accent-500 underline" href="/discover">
                {chunks}
              </Link>
            ),
          })}
        </EmptyState>
      )}
    </>
  );
}
