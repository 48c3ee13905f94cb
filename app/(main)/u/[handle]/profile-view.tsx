import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { FollowProvider, FollowToggle, FollowerCount, WhenFollowing } from "@/components/follow/follow-button";
import { NotifyLevelSelect } from "@/components/follow/notify-level-select";
import { ReleaseGrid } from "@/components/music/release-grid";
import { PlayAllButton } from "@/components/player/play-button";
import { TrackList } from "@/components/player/track-list";
import { withWaveforms } from "@/lib/audio/queries";
import { KindBadge } from "@/components/profile/profile-row";
import { Avatar } from "@/components/ui/avatar";
import { PinIcon } from "@/components/ui/icons";
import { EmptyState, Section } from "@/components/ui/section";
import type { Viewer } from "@/lib/auth/viewer";
import { handleTag, profileTag, tagCachedPage } from "@/lib/cache/public-pages";
import { VideoTile } from "@/components/videos/video-tile";
import { ReportButton } from "@/components/moderation/report-button";
import { listProfileVideos } from "@/lib/videos/queries";
import { ProfileMoreMenu } from "@/components/profile/profile-more-menu";
import { getStandingNotice, isMutedBy } from "@/lib/account/queries";
import { ShareMenu } from "@/components/share/share-menu";
import { isBlocking } from "@/lib/messages/queries";
import { countryName } from "@/lib/markets/countries";
import { listProfileProducts } from "@/lib/merch/queries";
import { formatMoney } from "@/lib/money";
import { listProfileReleases, listProfileTracks } from "@/lib/music/queries";
import { getRosterLinks } from "@/lib/teams/queries";
import { getFollowLevel, isManagedBy } from "@/lib/profiles/queries";
import { profileForPage } from "@/lib/profiles/resolve";
import { pendingIntentFor } from "@/lib/follows/intent";
import { requestOrigin } from "@/lib/site-server";
import { compactNumber } from "@/lib/time";
import { LinkedText } from "@/components/ui/linked-text";
import { ProfileConcerts } from "./profile-concerts";
import { FediverseHandle } from "@/components/federation/fediverse-handle";
import { remoteFollowerCount } from "@/lib/federation/queries";

/**
 * A profile page, for a viewer (null: signed out). The signed-out page is the
 * same for everyone and is served from the page cache (app/(cached)/cached/u).
 */
export async function ProfileView({ handle, showPast, viewer, cached = false }: { handle: string; showPast: boolean; viewer: Viewer | null; cached?: boolean }) {
  if (cached) await tagCachedPage([handleTag(handle)]);
  const [t, locale] = await Promise.all([getTranslations("profile.page"), getLocale()]);
  const profile = await profileForPage(handle);
  const notice = await getStandingNotice(profile.id);
  if (cached) await tagCachedPage([handleTag(handle), profileTag(profile.id)]);
  const isCreator = profile.kind !== "listener";
  const tracks = isCreator ? await withWaveforms(await listProfileTracks(profile.id), 90) : [];
  const releases = isCreator ? (await listProfileReleases(profile.id)) : [];
  const merch = isCreator ? (await listProfileProducts(profile.id)) : [];
  const videos = isCreator ? (await listProfileVideos(profile.id)) : [];
  const rosterLinks = await getRosterLinks(profile);
  // A label's page shows its artists (names, releases): their changes refresh it too.
  if (cached && rosterLinks.length) await tagCachedPage([handleTag(handle), profileTag(profile.id), ...rosterLinks.map((a) => profileTag(a.id))]);
  const isOwner = await isManagedBy(profile.id, viewer?.userId);
  const pendingIntent = !!viewer && !isOwner && (await pendingIntentFor(profile.id));
  const notifyLevel = viewer ? (await getFollowLevel(viewer.profile.id, profile.id)) : null;
  const origin = await requestOrigin();
  const following = notifyLevel !== null;
  const fromElsewhere = profile.fediverseHandle ? await remoteFollowerCount(profile.id) : 0;

  return (
    <FollowProvider profileId={profile.id} handle={profile.handle} initialFollowing={following} initialCount={profile.followerCount} signedIn={!!viewer} pendingIntent={pendingIntent}>
      <article data-profile-id={profile.id}>
        <div className="relative -mx-4 -mt-6 h-36 overflow-hidden bg-gradient-to-br from-accent-600/60 to-rose-500/50 sm:mx-0 sm:mt-0 sm:h-52 sm:rounded-3xl">
          {profile.bannerUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- pre-sized webp banner
            <img src={profile.bannerUrl} alt="" className="h-full w-full object-cover" fetchPriority="high" />
          ) : null}
        </div>
        <header className="relative -mt-12 flex flex-col gap-4 px-1 sm:-mt-14 sm:flex-row sm:items-end sm:px-6">
          <Avatar src={profile.avatarUrl} name={profile.name} size={112} className="ring-4 ring-bg" priority />
          <div className="min-w-0 flex-1 sm:pb-2">
            <div className="flex flex-wrap items-center gap-2">
              <h1 className="truncate text-2xl font-extrabold tracking-tight sm:text-3xl">{profile.name}</h1>
              <KindBadge kind={profile.kind} />
              {profile.verified ? <span className="text-xs font-semibold text-accent-500" title={t("verified")}>✓ {t("verified")}</span> : null}
            </div>
            <p className="text-muted">@{profile.handle}</p>
          </div>
          <div className="flex flex-wrap items-center gap-2 sm:pb-2">
            {isOwner ? (
              <Link href={profile.kind === "listener" ? "/settings" : `/studio/pages/${profile.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
                {profile.kind === "listener" ? t("editProfile") : t("editPage")}
              </Link>
            ) : (
              <>
                {viewer ? (
                  <WhenFollowing>
                    <NotifyLevelSelect profileId={profile.id} name={profile.name} initial={notifyLevel ?? "all"} />
                  </WhenFollowing>
                ) : null}
                <FollowToggle />
                {viewer ? (
                  <>
                    <Link href={`/messages?to=${profile.handle}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
                      {t("message")}
                    </Link>
                    <ShareMenu url={`${origin}/@${profile.handle}`} title={t("shareTitle", { name: profile.name })} send={{ type: "profile", id: profile.id }} />
                    <ProfileMoreMenu profileId={profile.id} name={profile.name} blocked={await isBlocking(viewer.profile.id, profile.id)} muted={await isMutedBy(viewer.profile.id, profile.id)} />
                  </>
                ) : null}
              </>
            )}
          </div>
        </header>
        {notice ? (
          <p role="note" className="mt-4 rounded-2xl border border-amber-500/40 bg-amber-500/10 px-4 py-3 text-sm text-amber-800 dark:text-amber-200">
            {notice}
          </p>
        ) : null}

        <div className="mt-5 space-y-3 px-1 sm:px-6">
          <p className="flex gap-5 text-sm">
            <Link href={`/@${profile.handle}/followers`} className="hover:underline">
              <FollowerCount />
              {fromElsewhere ? <span className="text-muted"> · {t("fromElsewhere", { number: compactNumber(fromElsewhere, locale) })}</span> : null}
            </Link>
            <Link href={`/@${profile.handle}/following`} className="hover:underline">
              {t.rich("followingCount", {
                number: compactNumber(profile.followingCount, locale),
                strong: (chunks) => <strong>{chunks}</strong>,
                muted: (chunks) => <span className="text-muted">{chunks}</span>,
              })}
            </Link>
          </p>
          {profile.fediverseHandle ? <FediverseHandle handle={profile.fediverseHandle} /> : null}
          {profile.bio ? (
            <p className="max-w-2xl whitespace-pre-line break-words">
              <LinkedText text={profile.bio} />
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-2 text-sm text-muted">
            {profile.city ? (
              <span className="inline-flex items-center gap-1">
                <PinIcon width={16} height={16} /> {profile.city}, {countryName(profile.country, locale)}
              </span>
            ) : null}
            {profile.genres.map((g) => (
              <span key={g} className="rounded-full bg-surface-2 px-2.5 py-0.5 capitalize">
                {g}
              </span>
            ))}
            {profile.links.map((l) => (
              <a key={l.url} href={l.url} rel="noopener noreferrer nofollow ugc" target="_blank" className="text-accent-500 hover:underline">
                {l.label}
              </a>
            ))}
          </div>
        </div>

        {isCreator ? (
          <div className="mt-10 space-y-2">
            {releases.length ? (
              <Section title={t("releases")} id="releases">
                <ReleaseGrid releases={releases} />
              </Section>
            ) : null}
            <Section title={t("tracks")} id="tracks" action={tracks.length > 1 ? <PlayAllButton tracks={tracks} label={t("playAll", { name: profile.name })} from={{ label: profile.name, href: `/@${profile.handle}` }} /> : undefined}>
              {tracks.length === 0 ? (
                <EmptyState title={t("noTracks")} />
              ) : (
                <TrackList tracks={tracks} from={{ label: profile.name, href: `/@${profile.handle}` }} signedIn={!!viewer} />
              )}
            </Section>
            {rosterLinks.length ? (
              <Section title={profile.kind === "label" ? t("roster") : t("labels")} id="roster">
                <ul className="flex flex-wrap gap-3">
                  {rosterLinks.map((a) => (
                    <li key={a.id}>
                      <Link href={`/@${a.handle}`} className="flex items-center gap-2 rounded-full border border-line bg-surface py-1 pl-1 pr-4 text-sm font-semibold hover:border-accent-500">
                        <Avatar src={a.avatarUrl} name={a.name} size={32} />
                        {a.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </Section>
            ) : null}
            <ProfileConcerts profile={profile} showPast={showPast} />
            <Section title={t("videos")} id="videos">
              {videos.length === 0 ? (
                <EmptyState title={t("noVideos")} />
              ) : (
                <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
                  {videos.map((v) => (
                    <li key={v.id} className="min-w-0">
                      <VideoTile video={v} action={viewer && !isOwner ? <ReportButton profileId={profile.id} what="video" target={{ videoId: v.id }} align="left" /> : undefined} />
                    </li>
                  ))}
                </ul>
              )}
            </Section>
            <Section title={t("merch")} id="merch">
              {merch.length === 0 ? (
                <EmptyState title={t("noMerch")} />
              ) : (
                <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 md:grid-cols-4">
                  {merch.map((m) => (
                    <li key={m.id} className="min-w-0">
                      <Link href={`/merch/${m.id}`} className="group block">
                        <div className="aspect-square overflow-hidden rounded-2xl bg-surface-2">
                          {m.imageUrl ? (
                            // eslint-disable-next-line @next/next/no-img-element -- product photo from our media route
                            <img src={m.imageUrl} alt="" className="h-full w-full object-cover" loading="lazy" />
                          ) : null}
                        </div>
                        <p className="mt-2 truncate font-medium group-hover:underline">{m.title}</p>
                        <p className="text-sm text-muted">
                          {formatMoney(m.priceMinor, m.currency, locale)}
                          {m.stock === 0 ? <span className="ml-2 text-red-700 dark:text-red-400">{t("soldOut")}</span> : m.stock <= 5 ? <span className="ml-2 text-amber-700 dark:text-amber-400">{t("fewLeft", { count: m.stock })}</span> : null}
                        </p>
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </Section>
          </div>
        ) : null}
      </article>
    </FollowProvider>
  );
}
