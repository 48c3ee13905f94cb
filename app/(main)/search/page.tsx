import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConcertRow } from "@/components/concerts/concert-row";
import { ReleaseGrid } from "@/components/music/release-grid";
import { FollowButton } from "@/components/follow/follow-button";
import { ProfileRow } from "@/components/profile/profile-row";
import { PlaylistCard } from "@/components/playlists/playlist-card";
import { SearchBox } from "@/components/shell/search-box";
import { SearchIcon } from "@/components/ui/icons";
import { EmptyState, PageTitle, Section } from "@/components/ui/section";
import { getViewer } from "@/lib/auth/viewer";
import type { ProfileCard } from "@/lib/profiles/dto";
import { followedAmong } from "@/lib/profiles/queries";
import { search } from "@/lib/search/queries";
import { Avatar } from "@/components/ui/avatar";
import { federationContext, networkLookupGate } from "@/lib/federation/instance";
import { toRemoteActorCard, type RemoteActorCard } from "@/lib/federation/queries";
import { lookupRemoteActor, parseHandle } from "@/lib/federation/remote";
import { formatDuration } from "@/lib/time";

export async function generateMetadata({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }): Promise<Metadata> {
  const raw = (await searchParams).q;
  const q = typeof raw === "string" ? raw.slice(0, 100) : "";
  const t = await getTranslations("search");
  return { title: q ? t("metaTitleQuery", { q }) : t("title"), robots: { index: false } };
}

const GROUPS: { kind: ProfileCard["kind"]; titleKey: "artists" | "labels" | "publications" | "people" }[] = [
  { kind: "artist", titleKey: "artists" },
  { kind: "label", titleKey: "labels" },
  { kind: "publication", titleKey: "publications" },
  { kind: "listener", titleKey: "people" },
];

export default async function SearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const raw = (await searchParams).q;
  const typed = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  const tooLong = typed.length > 100;
  const q = typed.slice(0, 100);
  const viewer = await getViewer();
  const t = await getTranslations("search");
  const results = q.trim() ? (await search(q)) : { profiles: [], tracks: [], concerts: [], releases: [], playlists: [] };
  const followed = await followedAmong(viewer?.profile.id, results.profiles.map((p) => p.id));
  const ownIds = new Set([viewer?.profile.id, ...(viewer?.managed.map((m) => m.id) ?? [])]);
  const remote = await remoteResult(q, viewer?.profile.id ?? null, t("noFederation"));
  const total = results.profiles.length + results.releases.length + results.tracks.length + results.concerts.length + results.playlists.length;

  const shown = total + (remote && "actor" in remote ? 1 : 0);
  return (
    <>
      <PageTitle title={t("title")} subtitle={q.trim() ? t("resultsFor", { count: shown, q }) : undefined} />
      <div className="mb-6 sm:hidden">
        <SearchBox defaultValue={q} icon={<SearchIcon />} />
      </div>
      {tooLong ? <p className="mb-4 text-sm text-muted">{t("tooLong")}</p> : null}
      {remote ? <RemoteResult result={remote} /> : null}
      {remote && total === 0 ? null : !q.trim() ? (
        <EmptyState title={t("prompt")} />
      ) : total === 0 ? (
        <EmptyState title={t("noResults", { q })}>{t("noResultsHint")}</EmptyState>
      ) : (
        <div data-testid="search-results">
          {GROUPS.map(({ kind, titleKey }) => {
            const group = results.profiles.filter((p) => p.kind === kind);
            if (!group.length) return null;
            return (
              <Section key={kind} title={t(`groups.${titleKey}`)}>
                <div className="divide-y divide-line">
                  {group.map((p) => (
                    <ProfileRow
                      key={p.id}
                      profile={p}
                      action={ownIds.has(p.id) ? null : <FollowButton profileId={p.id} handle={p.handle} initialFollowing={followed.has(p.id)} initialCount={p.followerCount} signedIn={!!viewer} source="search" />}
                    />
                  ))}
                </div>
              </Section>
            );
          })}
          {results.releases.length ? (
            <Section title={t("releases")}>
              <ReleaseGrid releases={results.releases} />
            </Section>
          ) : null}
          {results.tracks.length ? (
            <Section title={t("tracks")}>
              <ul className="divide-y divide-line rounded-3xl border border-line bg-surface">
                {results.tracks.map((t) => (
                  <li key={t.id} className="flex items-center gap-3 px-4 py-2.5">
                    {t.coverUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- small cover thumbnail
                      <img src={t.coverUrl} alt="" className="h-10 w-10 rounded-lg object-cover" />
                    ) : null}
                    <div className="min-w-0 flex-1">
                      <Link href={`/track/${t.id}`} className="block truncate font-medium hover:underline">
                        {t.title}
                      </Link>
                      <Link href={`/@${t.artist.handle}`} className="truncate text-sm text-muted hover:underline">
                        {t.artist.name}
                      </Link>
                    </div>
                    <span className="text-sm tabular-nums text-muted">{formatDuration(t.durationMs)}</span>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {results.playlists.length ? (
            <Section title={t("playlists")}>
              <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
                {results.playlists.map((p) => (
                  <li key={p.id}>
                    <PlaylistCard playlist={p} detail={t("playlistBy", { owner: p.owner.name })} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          {results.concerts.length ? (
            <Section title={t("concerts")}>
              <ul className="space-y-3">
                {results.concerts.map((c) => (
                  <li key={c.id}>
                    <ConcertRow concert={c} />
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
        </div>
      )}
    </>
  );
}

/** "@name@example.social": someone on another server, found through WebFinger. */
async function remoteResult(q: string, viewerProfileId: string | null, noFederation: string): Promise<{ actor: RemoteActorCard } | { message: string } | null> {
  if (!parseHandle(q)) return null;
  const ctx = federationContext();
  if (!ctx) return { message: noFederation };
  const found = await lookupRemoteActor(ctx, q, new Date(), { network: networkLookupGate(viewerProfileId) });
  return found.ok ? { actor: toRemoteActorCard(found.actor) } : { message: found.message };
}

async function RemoteResult({ result }: { result: { actor: RemoteActorCard } | { message: string } }) {
  const t = await getTranslations("search");
  return (
    <Section title={t("otherServers")}>
      {"actor" in result ? (
        <Link href={`/fediverse/${encodeURIComponent(result.actor.handle)}`} className="flex items-center gap-3 rounded-2xl p-2 hover:bg-surface-2" data-testid="remote-result">
          <Avatar src={result.actor.avatarUrl} name={result.actor.name} size={48} />
          <span className="min-w-0 flex-1">
            <span className="block truncate font-semibold">{result.actor.name}</span>
            <span className="block truncate text-sm text-muted">@{result.actor.handle}</span>
          </span>
          <span className="text-sm font-semibold text-accent-600 dark:text-accent-400">{t("viewProfile")}</span>
        </Link>
      ) : (
        <p className="text-sm text-muted">{result.message}</p>
      )}
    </Section>
  );
}
