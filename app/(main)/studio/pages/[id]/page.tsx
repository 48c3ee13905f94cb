import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ImageUpload } from "@/components/studio/image-upload";
import { FormMessage } from "@/components/ui/field";
import { PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { COUNTRY_OPTIONS } from "@/lib/markets/countries";
import { getProfileByHandle } from "@/lib/profiles/queries";
import { requestOrigin } from "@/lib/site-server";
import { getAnnouncementPanel, getFollowsByWebsite, getManagedPage, listPageReleases } from "@/lib/studio/queries";
import { AnnouncementForm } from "@/components/studio/announcement-form";
import { ConcertForm } from "@/components/studio/concert-form";
import { EmbedToggle } from "@/components/studio/embed-toggle";
import { ShareMenu } from "@/components/share/share-menu";
import { ReleaseUpload } from "@/components/studio/release-upload";
import { EmbedGenerator } from "@/components/studio/embed-generator";
import { EditPageForm } from "./edit-page-form";
import { StudioConcertList } from "./concert-list";
import { VideoUpload } from "@/components/studio/video-upload";
import { MerchPanel } from "./merch-panel";
import { listSellerOrders, salesByProduct } from "@/lib/merch/queries";
import { listStudioConcerts } from "@/lib/concerts/queries";
import { counted } from "@/lib/plural";
import { unreadConversationCount } from "@/lib/messages/queries";

export const metadata: Metadata = { title: "Manage page" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function ManagePage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}`);
  const row = await getManagedPage(viewer.userId, id);
  // Someone else's page looks exactly like a missing one.
  if (!row) notFound();
  const page = (await getProfileByHandle(row.handle))!;
  const inboxUnread = await unreadConversationCount(page.id);
  const countries = [...COUNTRY_OPTIONS];
  const justCreated = (await searchParams).created === "1";
  const zones = Intl.supportedValuesOf("timeZone");
  const byWebsite = await getFollowsByWebsite(page.id);
  const releaseList = await listPageReleases(page.id);
  const announcements = await getAnnouncementPanel(page.id);
  const origin = await requestOrigin();

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/studio" className="text-muted hover:underline">
          ← Studio
        </Link>
      </p>
      <PageTitle
        title={page.name}
        subtitle={`@${page.handle} · ${counted(page.followerCount, "follower")}`}
        action={
          <div className="flex flex-wrap gap-2">
            <Link href={`/messages?as=${page.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
              Inbox{inboxUnread ? ` (${inboxUnread})` : ""}
            </Link>
            <Link href={`/@${page.handle}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
              View page
            </Link>
          </div>
        }
      />
      {justCreated ? (
        <div className="mb-6">
          <FormMessage tone="success" message="Your page is live. Add a picture, a bio and links so fans know it is you." />
        </div>
      ) : null}
      <Section title="Pictures">
        <div className="grid gap-6 rounded-3xl border border-line bg-surface p-5 md:grid-cols-2">
          <ImageUpload pageId={page.id} slot="avatar" label="Profile picture" currentUrl={page.avatarUrl} maxMb={IMAGE_LIMITS.avatar.maxBytes / 1048576} />
          <ImageUpload pageId={page.id} slot="banner" label="Banner" currentUrl={page.bannerUrl} maxMb={IMAGE_LIMITS.banner.maxBytes / 1048576} />
        </div>
      </Section>
      {page.kind === "artist" || page.kind === "label" ? (
        <Section title="Music">
          <div className="space-y-6 rounded-3xl border border-line bg-surface p-5">
            <ReleaseUpload pageId={page.id} />
            {releaseList.length ? (
              <ul className="divide-y divide-line border-t border-line" aria-label="Your releases">
                {releaseList.map((r) => (
                  <li key={r.id} className="py-3">
                    <div className="flex flex-wrap items-baseline gap-2">
                      <Link href={`/release/${r.id}`} className="font-semibold hover:underline">
                        {r.title}
                      </Link>
                      <span className="text-xs uppercase text-muted">{r.kind}</span>
                      {r.scheduled ? <span className="rounded-full bg-amber-500/15 px-2 text-xs font-semibold text-amber-700 dark:text-amber-300">Scheduled {r.releaseAt.toISOString().slice(0, 16).replace("T", " ")} UTC</span> : null}
                      {r.scheduled ? null : (
                        <span className="ml-auto">
                          <ShareMenu url={`${origin}/release/${r.id}`} title={r.title} embedUrl={`${origin}/embed/release/${r.id}`} embedHeight={320} />
                        </span>
                      )}
                    </div>
                    <ol className="mt-1 space-y-1">
                      {r.tracks.map((t) => (
                        <li key={t.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                          <span className="min-w-0 truncate">
                            {t.title} <span className="text-muted">· {counted(t.playCount, "play")}</span>
                          </span>
                          <EmbedToggle trackId={t.id} title={t.title} fullPlays={t.embedFullPlays} />
                        </li>
                      ))}
                    </ol>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </Section>
      ) : null}
      <Section title="Videos" id="videos">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <VideoUpload pageId={page.id} tracks={releaseList.flatMap((r) => r.tracks.map((t) => ({ id: t.id, title: t.title })))} />
        </div>
      </Section>
      {page.kind !== "publication" ? (
        <Section title="Concerts">
          <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
            <StudioConcertList pageId={page.id} concerts={await listStudioConcerts(page.id)} />
            <h3 className="border-t border-line pt-4 font-semibold">Announce a show</h3>
            <ConcertForm profileId={page.id} countries={countries} zones={zones} defaults={{ city: page.city ?? "", country: page.country ?? "", timeZone: "Europe/Berlin", currency: "EUR" }} />
          </div>
        </Section>
      ) : null}
      {page.kind !== "listener" ? (
        <Section title="Merch" id="merch">
          <MerchPanel pageId={page.id} rows={await salesByProduct(page.id)} awaiting={(await listSellerOrders(page.id, "awaiting_payment")).length} />
        </Section>
      ) : null}
      <Section title="Announcements">
        <div className="space-y-5 rounded-3xl border border-line bg-surface p-5">
          <AnnouncementForm profileId={page.id} left={announcements.left} perWeek={announcements.perWeek} />
          {announcements.history.length ? (
            <table className="w-full text-sm" data-testid="announcement-stats">
              <thead>
                <tr className="text-left text-muted">
                  <th className="py-1.5 font-medium">Posted</th>
                  <th className="py-1.5 text-right font-medium">Reach</th>
                  <th className="py-1.5 text-right font-medium">Muted in 48 h</th>
                  <th className="py-1.5 text-right font-medium">Unfollowed in 48 h</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-line">
                {announcements.history.map((a) => (
                  <tr key={a.id}>
                    <td className="max-w-64 truncate py-2 pr-2">{a.body}</td>
                    <td className="py-2 text-right tabular-nums">{a.reach}</td>
                    <td className="py-2 text-right tabular-nums">{a.muted}</td>
                    <td className="py-2 text-right tabular-nums">{a.unfollowed}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      </Section>
      <Section title="Follow button for your website">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EmbedGenerator handle={page.handle} origin={origin} />
        </div>
      </Section>
      <Section title="Follows by website">
        {byWebsite.length === 0 ? (
          <p className="text-sm text-muted">No follows from embedded buttons yet. Paste the snippet above on your site to start.</p>
        ) : (
          <table className="w-full max-w-lg text-sm" data-testid="follows-by-website">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">Website</th>
                <th className="py-1.5 text-right font-medium">Follows</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {byWebsite.map((w) => (
                <tr key={w.origin}>
                  <td className="py-2">{w.origin}</td>
                  <td className="py-2 text-right tabular-nums">{w.count.toLocaleString("en")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p className="mt-2 text-xs text-muted">Totals only: Chorus never tells anyone who followed from where.</p>
      </Section>
      <Section title="Details">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <EditPageForm
            countries={countries}
            initial={{
              profileId: page.id,
              name: page.name,
              handle: page.handle,
              bio: page.bio,
              links: page.links.map((l) => l.url).join("\n"),
              genres: page.genres.join(", "),
              city: page.city ?? "",
              country: page.country ?? "",
            }}
          />
        </div>
      </Section>
    </>
  );
}
