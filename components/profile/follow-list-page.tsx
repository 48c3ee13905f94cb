import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FollowButton } from "@/components/follow/follow-button";
import { ProfileRow } from "@/components/profile/profile-row";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { followedAmong, listFollows } from "@/lib/profiles/queries";
import { profileForPage } from "@/lib/profiles/resolve";

/** Shared by /@handle/followers and /@handle/following. */
export async function FollowListPage({ handle, direction, cursor }: { handle: string; direction: "followers" | "following"; cursor: string | null }) {
  const t = await getTranslations("follow.list");
  const profile = await profileForPage(handle, `/${direction}`);
  const viewer = await getViewer();
  const page = await listFollows(profile.id, direction, cursor, viewer?.profile.id ?? null);
  const followed = await followedAmong(viewer?.profile.id, page.items.map((p) => p.id));
  const title = direction === "followers" ? t("followersTitle", { name: profile.name }) : t("followingTitle", { name: profile.name });
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/@${profile.handle}`} className="text-muted hover:underline">
          ← @{profile.handle}
        </Link>
      </p>
      <PageTitle title={title} />
      <nav className="mb-4 flex gap-2 text-sm" aria-label={t("tabs")}>
        {(["followers", "following"] as const).map((d) => (
          <Link key={d} href={`/@${profile.handle}/${d}`} aria-current={d === direction ? "page" : undefined} className={`rounded-full px-4 py-1.5 font-medium capitalize ${d === direction ? "bg-fg text-bg" : "bg-surface-2 text-muted hover:text-fg"}`}>
            {d === "followers" ? t("followersTab") : t("followingTab")}
          </Link>
        ))}
      </nav>
      {page.hidden ? (
        <EmptyState title={t("privateTitle", { name: profile.name })}>{t("privateText")}</EmptyState>
      ) : page.items.length === 0 ? (
        <EmptyState title={direction === "followers" ? t("noFollowers") : t("noFollowing")} />
      ) : (
        <div className="divide-y divide-line" data-testid="follow-list">
          {page.items.map((p) => (
            <ProfileRow
              key={p.id}
              profile={p}
              action={viewer && viewer.profile.id !== p.id && !viewer.managed.some((m) => m.id === p.id) ? <FollowButton profileId={p.id} handle={p.handle} initialFollowing={followed.has(p.id)} initialCount={p.followerCount} signedIn /> : null}
            />
          ))}
        </div>
      )}
      {page.nextCursor ? (
        <div className="mt-6 text-center">
          <Link href={`/@${profile.handle}/${direction}?cursor=${page.nextCursor}`} className="rounded-full border border-line px-5 py-2.5 text-sm font-semibold hover:bg-surface-2">
            {t("more")}
          </Link>
        </div>
      ) : null}
    </>
  );
}
