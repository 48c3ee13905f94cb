import { and, eq, inArray, isNull, lte, sql } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import { announcements, concerts, productImages, products, profiles, releases, tracks, videos } from "@/db/schema";
import type { ActivityVerb } from "@/db/schema/enums";
import { escapeHtml } from "@/lib/html";
import { formatMoney } from "@/lib/money";
import { formatDuration, formatInZone } from "@/lib/time";

/** What a creator does that reaches followers on other servers. Follows, likes, shares and playlists stay here. */
export const FEDERATED_VERBS = ["release_published", "track_published", "concert_announced", "merch_added", "video_posted", "announcement"] as const satisfies readonly ActivityVerb[];

export type ActivityRow = { id: string; actorId: string; verb: string; objectType: string; objectId: string; createdAt: Date };

/** A federated object before it becomes ActivityStreams: plain data, so the rules are unit-tested without Fedify. */
export type PublicObject = {
  activityId: string;
  actorId: string;
  type: "Note" | "Event";
  name: string;
  contentHtml: string;
  /** The page on this server (absolute). */
  url: string;
  imageUrl: string | null;
  imageAlt: string;
  durationMs: number | null;
  startsAt: Date | null;
  location: string | null;
  published: Date;
  updated: Date | null;
};

const link = (url: string, text: string) => `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
const paragraphs = (text: string) =>
  text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, "<br>")}</p>`)
    .join("");
const image = (origin: string, mediaId: string | null | undefined, width = 800) => (mediaId ? `${origin}/api/media/${mediaId}?w=${width}` : null);

/**
 * The public objects behind activities, loaded in a few queries. An activity
 * whose object is gone, unpublished, archived or not yet released has none.
 */
export async function describeActivities(db: ChorusDb, rows: ActivityRow[], origin: string, now = new Date()): Promise<Map<string, PublicObject>> {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.objectType === type).map((r) => r.objectId))];
  const out = new Map<string, PublicObject>();
  const base = (r: ActivityRow) => ({ activityId: r.id, actorId: r.actorId, imageAlt: "", durationMs: null, startsAt: null, location: null, published: r.createdAt, updated: null });

  const releaseIds = ids("release");
  const releaseRows = releaseIds.length ? await db.select().from(releases).where(and(inArray(releases.id, releaseIds), eq(releases.status, "published"), lte(releases.releaseAt, now))) : [];
  const releaseTotals = new Map(
    (releaseIds.length
      ? await db
          .select({ releaseId: tracks.releaseId, n: sql<number>`count(*)`.mapWith(Number), ms: sql<number>`coalesce(sum(${tracks.durationMs}), 0)`.mapWith(Number) })
          .from(tracks)
          .where(and(inArray(tracks.releaseId, releaseIds), eq(tracks.status, "published")))
          .groupBy(tracks.releaseId)
      : []
    ).map((t) => [t.releaseId!, t]),
  );
  const trackIds = ids("track");
  const trackRows = trackIds.length ? await db.select().from(tracks).where(and(inArray(tracks.id, trackIds), eq(tracks.status, "published"))) : [];
  const concertIds = ids("concert");
  const concertRows = concertIds.length ? await db.select().from(concerts).where(inArray(concerts.id, concertIds)) : [];
  const productIds = ids("product");
  const productRows = productIds.length ? await db.select().from(products).where(and(inArray(products.id, productIds), inArray(products.status, ["live", "sold_out"]))) : [];
  const productImageRows = productIds.length ? await db.select().from(productImages).where(and(inArray(productImages.productId, productIds), eq(productImages.position, 0))) : [];
  const videoIds = ids("video");
  const videoRows = videoIds.length ? await db.select().from(videos).where(and(inArray(videos.id, videoIds), eq(videos.status, "published"))) : [];
  const announcementIds = ids("announcement");
  const announcementRows = announcementIds.length ? await db.select().from(announcements).where(and(inArray(announcements.id, announcementIds), isNull(announcements.deletedAt))) : [];

  const actorIds = [...new Set(rows.map((r) => r.actorId))];
  const handles = new Map(actorIds.length ? (await db.select({ id: profiles.id, handle: profiles.handle }).from(profiles).where(inArray(profiles.id, actorIds))).map((p) => [p.id, p.handle]) : []);
  const pageOf = (r: ActivityRow) => `${origin}/@${handles.get(r.actorId) ?? ""}`;

  for (const r of rows) {
    if (r.objectType === "release") {
      const rel = releaseRows.find((x) => x.id === r.objectId);
      if (!rel) continue;
      const totals = releaseTotals.get(rel.id);
      const url = `${origin}/release/${rel.id}`;
      const kind = rel.kind === "ep" ? "EP" : rel.kind;
      const facts = totals ? `${totals.n} ${totals.n === 1 ? "track" : "tracks"} · ${formatDuration(totals.ms)}` : "";
      out.set(r.id, { ...base(r), type: "Note", name: rel.title, url, imageUrl: image(origin, rel.coverId), imageAlt: `Cover of ${rel.title}`, durationMs: totals?.ms ?? null, contentHtml: `<p>New ${escapeHtml(kind)}: ${link(url, rel.title)}</p>${facts ? `<p>${escapeHtml(facts)}</p>` : ""}${paragraphs(rel.description)}` });
    } else if (r.objectType === "track") {
      const t = trackRows.find((x) => x.id === r.objectId);
      if (!t) continue;
      const url = `${origin}/track/${t.id}`;
      out.set(r.id, { ...base(r), type: "Note", name: t.title, url, imageUrl: image(origin, t.coverId), imageAlt: `Cover of ${t.title}`, durationMs: t.durationMs, contentHtml: `<p>New track: ${link(url, t.title)} (${escapeHtml(formatDuration(t.durationMs))})</p>` });
    } else if (r.objectType === "concert") {
      const c = concertRows.find((x) => x.id === r.objectId);
      if (!c) continue;
      const url = `${origin}/concert/${c.id}`;
      const when = formatInZone(c.startsAt, c.timeZone, { weekday: "short", year: "numeric", month: "short", day: "numeric", hour: "2-digit", minute: "2-digit" });
      const status = c.status === "cancelled" ? "Cancelled: " : c.status === "postponed" ? "Postponed: " : "";
      const place = `${c.venueName}, ${c.city}`;
      const tickets = c.ticketUrl && c.status !== "cancelled" ? `<p>${link(c.ticketUrl, "Tickets")}</p>` : "";
      out.set(r.id, {
        ...base(r),
        type: "Event",
        name: `${status}${place}`,
        url,
        imageUrl: null,
        startsAt: c.startsAt,
        location: place,
        updated: c.updatedAt > r.createdAt ? c.updatedAt : null,
        contentHtml: `<p>${c.status === "cancelled" ? "This show is cancelled" : c.status === "postponed" ? "This show is postponed" : "Live"}: ${link(url, place)}, ${escapeHtml(when)}</p>${tickets}`,
      });
    } else if (r.objectType === "product") {
      const p = productRows.find((x) => x.id === r.objectId);
      if (!p) continue;
      const url = `${origin}/merch/${p.id}`;
      out.set(r.id, { ...base(r), type: "Note", name: p.title, url, imageUrl: image(origin, productImageRows.find((i) => i.productId === p.id)?.mediaId), imageAlt: p.title, contentHtml: `<p>New merch: ${link(url, p.title)} · ${escapeHtml(formatMoney(p.priceMinor, p.currency))}</p>` });
    } else if (r.objectType === "video") {
      const v = videoRows.find((x) => x.id === r.objectId);
      if (!v) continue;
      const url = pageOf(r);
      out.set(r.id, { ...base(r), type: "Note", name: v.caption || "New video", url, imageUrl: image(origin, v.posterId), imageAlt: v.caption, durationMs: v.durationMs, contentHtml: `<p>New video${v.caption ? `: ${escapeHtml(v.caption)}` : ""}</p><p>${link(url, "Watch on Chorus")}</p>` });
    } else if (r.objectType === "announcement") {
      const a = announcementRows.find((x) => x.id === r.objectId);
      if (!a) continue;
      out.set(r.id, { ...base(r), type: "Note", name: "", url: pageOf(r), imageUrl: null, contentHtml: paragraphs(a.body) });
    }
  }
  return out;
}
