import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RemoteFollowButton } from "@/components/federation/remote-follow-button";
import { RemotePostView } from "@/components/federation/remote-post-card";
import { Avatar } from "@/components/ui/avatar";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import { federationContext, networkLookupGate } from "@/lib/federation/instance";
import { remoteFollowState, toRemoteActorCard, toRemotePostCard } from "@/lib/federation/queries";
import { lookupRemoteActor, recentPostsOf, refreshRecentPosts } from "@/lib/federation/remote";
import { decodeOrNull } from "@/lib/url";

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ handle: string }> }): Promise<Metadata> {
  const t = await getTranslations("fediverse.profilePage");
  const handle = decodeOrNull((await params).handle) ?? "";
  return { title: t("metaTitle", { handle: handle.replace(/^@/, "") }), robots: { index: false } };
}

/** A profile on another server (Mastodon, another Chorus…): who it is, its recent public posts, and Follow. */
export default async function RemoteProfilePage({ params }: { params: Promise<{ handle: string }> }) {
  const t = await getTranslations("fediverse.profilePage");
  const raw = decodeOrNull((await params).handle) ?? "";
  const ctx = federationContext();
  if (!ctx) {
    return (
      <>
        <PageTitle title={t("openNetwork")} />
        <EmptyState title={t("offTitle")}>{t("offText")}</EmptyState>
      </>
    );
  }
  const viewer = await getViewer();
  const found = await lookupRemoteActor(ctx, raw, new Date(), { network: networkLookupGate(viewer?.profile.id) });
  if (!found.ok) {
    return (
      <>
        <PageTitle title={`@${raw.replace(/^@/, "")}`} />
        <EmptyState title={t("notFound")}>{found.message}</EmptyState>
      </>
    );
  }
  // Their recent posts are read again only with their profile (at most every 10 minutes).
  if (found.fetched) await refreshRecentPosts(ctx, found.actor);
  const actor = toRemoteActorCard(found.actor);
  const posts = (await recentPostsOf(ctx.data.db, found.actor.id)).map((p) => toRemotePostCard(p, found.actor));
  const state = await remoteFollowState(viewer?.profile.id, actor.id);
  return (
    <>
      <header className="mb-8 flex flex-col gap-4 sm:flex-row sm:items-center" data-testid="remote-profile">
        <Avatar src={actor.avatarUrl ? actor.avatarUrl.replace("w=96", "w=200") : null} name={actor.name} size={96} priority />
        <div className="min-w-0 flex-1">
          <h1 className="truncate text-3xl font-bold tracking-tight">{actor.name}</h1>
          <p className="truncate text-muted">@{actor.handle}</p>
          <p className="mt-1 text-xs text-muted">
            {t("onServer", { host: actor.host })} ·{" "}
            <a href={actor.url} target="_blank" rel="noopener noreferrer nofollow" className="underline">
              {t("openOn", { host: actor.host })}
            </a>
          </p>
        </div>
        <RemoteFollowButton actorId={actor.id} initial={state} signedIn={!!viewer} name={actor.name} returnTo={`/fediverse/${encodeURIComponent(actor.handle)}`} />
      </header>
      {actor.summaryHtml ? <div className="mb-8 max-w-2xl break-words text-sm [&_a]:text-accent-600 [&_a]:underline dark:[&_a]:text-accent-400 [&_p+p]:mt-2" dangerouslySetInnerHTML={{ __html: actor.summaryHtml }} /> : null}
      <Section title={t("recentPosts")}>
        {posts.length ? (
          <div className="space-y-4">
            {posts.map((p) => (
              <RemotePostView key={p.id} post={p} showActor={false} />
            ))}
          </div>
        ) : (
          <EmptyState title={t("noPostsTitle")}>{t("noPostsText")}</EmptyState>
        )}
      </Section>
    </>
  );
}
