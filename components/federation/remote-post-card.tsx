import { useTranslations } from "next-intl";
import { ViewerLocalTime } from "@/components/concerts/local-time";
import { Avatar } from "@/components/ui/avatar";
import { RelativeTime } from "@/components/ui/relative-time";
import type { RemotePostCard } from "@/lib/federation/queries";

/**
 * A post from someone on another server. Its HTML was reduced to an allow-list
 * when it arrived (lib/federation/sanitize.ts); pictures come through this
 * server; links lead out to where it was posted.
 */
export function RemotePostView({ post, showActor = true }: { post: RemotePostCard; showActor?: boolean }) {
  const t = useTranslations("fediverse.post");
  return (
    <article className="rounded-3xl border border-line bg-surface p-4" data-testid="remote-post" data-kind="remote">
      {showActor ? (
        <header className="mb-3 flex items-center gap-3">
          <a href={`/fediverse/${encodeURIComponent(post.actor.handle)}`} className="rounded-full">
            <Avatar src={post.actor.avatarUrl} name={post.actor.name} size={36} />
          </a>
          <p className="min-w-0 flex-1 text-sm">
            <a href={`/fediverse/${encodeURIComponent(post.actor.handle)}`} className="block truncate font-semibold hover:underline">
              {post.actor.name}
            </a>
            <span className="block truncate text-muted">@{post.actor.handle}</span>
          </p>
          <RelativeTime at={new Date(post.publishedAt)} className="shrink-0 text-xs text-muted" />
        </header>
      ) : null}
      <div className="flex gap-4">
        {post.imageUrl ? (
          // eslint-disable-next-line @next/next/no-img-element -- re-encoded by our own proxy route
          <img src={post.imageUrl} alt="" loading="lazy" decoding="async" className="h-24 w-24 shrink-0 rounded-2xl bg-surface-2 object-cover" />
        ) : null}
        <div className="min-w-0 flex-1">
          {post.type === "Event" ? <p className="text-xs font-semibold uppercase tracking-wide text-accent-500">{t("event")}</p> : null}
          {post.name ? <p className="truncate text-lg font-bold">{post.name}</p> : null}
          {post.startsAt ? (
            <p className="text-sm text-muted">
              <ViewerLocalTime iso={post.startsAt} />
              {post.location ? ` · ${post.location}` : ""}
            </p>
          ) : null}
          <div className="remote-html mt-1 break-words text-sm [&_a]:text-accent-600 [&_a]:underline dark:[&_a]:text-accent-400 [&_p+p]:mt-2" dangerouslySetInnerHTML={{ __html: post.contentHtml }} />
          <a href={post.url} target="_blank" rel="noopener noreferrer nofollow" className="mt-2 inline-block text-xs font-medium text-muted hover:underline">
            {t("viewOn", { host: post.actor.host })}
          </a>
        </div>
      </div>
    </article>
  );
}
