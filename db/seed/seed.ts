import { hashPassword } from "../../lib/auth/password";
import { IMAGE_LIMITS } from "../../lib/media/images";
import { eq, sql } from "drizzle-orm";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import type { ChorusDb } from "../client";
import * as s from "../schema";
import { artworkSvg } from "../../lib/media/artwork";
import { mediaStorage, storageKey } from "../../lib/media/storage";
import { synthesize } from "../../lib/media/synth";
import { bumpStats, METRICS, rebuildPageStats } from "../../lib/studio/rollups";
import { auditEnglish, type AuditSays } from "../../lib/teams/audit";
import { artistHistory } from "./history";
import { createRandom, type Random } from "./random";
import { ARTISTS, CITIES, LABELS, LISTENERS, MERCH, merchShipping, PUBLICATIONS, RELEASE_TITLES, TRACK_WORDS } from "./world";

export const DEMO_PASSWORD = "chorus-demo";
export const DEMO_LISTENER_EMAIL = "demo@chorus.test";
export const DEMO_ARTIST_EMAIL = "artist@chorus.test";

const VIDEO_CAPTIONS = ["Rehearsal room, 2 a.m.", "New one, first take", "Soundcheck in the rain", "Tape loop experiments", "The synth that started it all", "Backstage, five minutes to go", "Demo for the next single", "Found this chord and could not stop"];
const DAY = 86_400_000;

export async function isSeeded(database: ChorusDb): Promise<boolean> {
  return !!(await database.select({ id: s.users.id }).from(s.users).where(eq(s.users.email, DEMO_LISTENER_EMAIL)).limit(1))[0];
}

type Media = typeof s.mediaFiles.$inferInsert;

/**
 * Fills an empty database with a living demo world. Deterministic: the same
 * PRNG seed gives the same ids, names and media; dates are relative to `now`.
 */
export async function seedDatabase(database: ChorusDb, options: { now?: Date; audioSeconds?: number } = {}) {
  if (await isSeeded(database)) return { skipped: true as const };
  const now = options.now ?? new Date();
  const rnd = createRandom(20261122);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const media: Media[] = [];

  const store = async (name: string, bytes: Uint8Array) => {
    const key = storageKey(name);
    await mediaStorage().put(key, bytes);
    return key;
  };

  async function image(seed: number, width: number, height: number): Promise<string> {
    const id = rnd.id();
    const bytes = await sharp(Buffer.from(artworkSvg(seed, width, height))).webp({ quality: 78 }).toBuffer();
    media.push({ id, kind: "image", mime: "image/webp", bytes: bytes.length, path: await store(`${id}.webp`, bytes), width, height, createdAt: now });
    return id;
  }

  async function audio(seed: number, r: Random): Promise<{ id: string; durationMs: number }> {
    const id = rnd.id();
    const seconds = options.audioSeconds ?? r.int(18, 30);
    const bytes = synthesize({ seconds, root: r.int(48, 60), bpm: r.int(84, 128), minor: r.chance(0.5), energy: r.next(), seed });
    media.push({ id, kind: "audio", mime: "audio/wav", bytes: bytes.length, path: await store(`${id}.wav`, bytes), durationMs: seconds * 1000, createdAt: now });
    return { id, durationMs: seconds * 1000 };
  }

  type P = typeof s.profiles.$inferInsert;
  const users: (typeof s.users.$inferInsert)[] = [];
  const profiles: P[] = [];
  const genres: (typeof s.profileGenres.$inferInsert)[] = [];

  function account(email: string, name: string, cityIndex: number, createdAt: Date) {
    const city = CITIES[cityIndex];
    const id = rnd.id();
    users.push({ id, email, name, passwordHash, country: city.country, city: city.city, createdAt });
    return id;
  }

  async function profile(ownerId: string, kind: P["kind"], p: { name: string; handle: string; city: number; bio?: string; genres?: string[] }, createdAt: Date, withBanner: boolean) {
    const id = rnd.id();
    const city = CITIES[p.city];
    const avatarId = await image(rnd.int(1, 1e9), IMAGE_LIMITS.avatar.width, IMAGE_LIMITS.avatar.height);
    const bannerId = withBanner ? await image(rnd.int(1, 1e9), 1500, 500) : null;
    const links = kind === "listener" ? [] : [{ label: "Website", url: `https://${p.handle}.example.com` }];
    profiles.push({ id, ownerId, kind, handle: p.handle, name: p.name, bio: p.bio ?? "", links, city: city.city, country: city.country, avatarId, bannerId, createdAt, updatedAt: createdAt, verified: kind !== "listener" && rnd.chance(0.3) });
    (p.genres ?? []).forEach((genre, position) => genres.push({ profileId: id, genre, position }));
    return id;
  }

  // The two demo accounts.
  const demoUser = account(DEMO_LISTENER_EMAIL, "Demo Listener", 1, new Date(now.getTime() - 400 * DAY));
  const demoProfile = await profile(demoUser, "listener", { name: "Demo Listener", handle: "demo", city: 1, bio: "Here for the new music." }, new Date(now.getTime() - 400 * DAY), false);
  const artistUser = account(DEMO_ARTIST_EMAIL, "Alex Rivera", 1, new Date(now.getTime() - 500 * DAY));
  await profile(artistUser, "listener", { name: "Alex Rivera", handle: "alexrivera", city: 1 }, new Date(now.getTime() - 500 * DAY), false);

  const creatorIds: string[] = [];
  const labelIds: string[] = [];
  const artistIds: string[] = [];
  for (const [i, a] of ARTISTS.entries()) {
    // Nova Lane is managed by the demo artist account; everyone else has their own.
    const owner = i === 0 ? artistUser : account(`${a.handle}@seed.chorus.test`, a.name, a.city, new Date(now.getTime() - (30 + i * 37) * DAY));
    if (i !== 0) await profile(owner, "listener", { name: a.name, handle: `${a.handle}_fan`, city: a.city }, new Date(now.getTime() - (30 + i * 37) * DAY), false);
    // A third of the artists are new (younger than 90 days) so discovery has someone to surface.
    const age = i % 3 === 2 ? rnd.int(5, 80) : rnd.int(120, 1400);
    const id = await profile(owner, "artist", a, new Date(now.getTime() - age * DAY), true);
    artistIds.push(id);
    creatorIds.push(id);
  }
  for (const [i, l] of [...LABELS.map((x) => ({ ...x, kind: "label" as const })), ...PUBLICATIONS.map((x) => ({ ...x, kind: "publication" as const }))].entries()) {
    const owner = account(`${l.handle}@seed.chorus.test`, l.name, l.city, new Date(now.getTime() - (200 + i * 11) * DAY));
    await profile(owner, "listener", { name: `${l.name} team`, handle: `${l.handle}_team`, city: l.city }, new Date(now.getTime() - (200 + i * 11) * DAY), false);
    const pageId = await profile(owner, l.kind, l, new Date(now.getTime() - rnd.int(200, 2000) * DAY), true);
    creatorIds.push(pageId);
    if (l.kind === "label") labelIds.push(pageId);
  }
  const listenerIds = [demoProfile];
  for (const l of LISTENERS) {
    const owner = account(`${l.handle}@seed.chorus.test`, l.name, l.city, new Date(now.getTime() - rnd.int(20, 700) * DAY));
    listenerIds.push(await profile(owner, "listener", { ...l, bio: "Music lover." }, new Date(now.getTime() - rnd.int(20, 700) * DAY), false));
  }

  // Releases and tracks: every artist gets 1-2 releases; at least 60 tracks in all.
  const releases: (typeof s.releases.$inferInsert)[] = [];
  const tracks: (typeof s.tracks.$inferInsert)[] = [];
  const activities: (typeof s.activities.$inferInsert)[] = [];
  for (const [i, artistId] of artistIds.entries()) {
    const artist = ARTISTS[i];
    const releaseCount = i < 6 ? 2 : 1;
    for (let r = 0; r < releaseCount; r++) {
      const kind = r === 0 && i % 4 === 0 ? "album" : rnd.pick(["single", "ep"] as const);
      const trackCount = kind === "album" ? 4 : kind === "ep" ? 3 : 1;
      const daysAgo = r === 0 ? rnd.int(1, 20) : rnd.int(60, 400);
      const releaseAt = new Date(now.getTime() - daysAgo * DAY - rnd.int(0, 20) * 3_600_000);
      const releaseId = rnd.id();
      const coverId = await image(rnd.int(1, 1e9), IMAGE_LIMITS.cover.width, IMAGE_LIMITS.cover.height);
      const title = trackCount === 1 ? `${rnd.pick(TRACK_WORDS.first)} ${rnd.pick(TRACK_WORDS.second)}` : rnd.pick(RELEASE_TITLES);
      releases.push({ id: releaseId, profileId: artistId, title, kind, coverId, releaseAt, status: "published", description: `${kind === "album" ? "The new album" : "New music"} from ${artist.name}.`, createdAt: releaseAt });
      for (let t = 0; t < trackCount; t++) {
        const a = await audio(rnd.int(1, 1e9), rnd);
        tracks.push({
          id: rnd.id(),
          profileId: artistId,
          releaseId,
          position: t + 1,
          title: trackCount === 1 ? title : `${rnd.pick(TRACK_WORDS.first)} ${rnd.pick(TRACK_WORDS.second)}`,
          genre: artist.genres[0],
          credits: `Written and produced by ${artist.name}.`,
          audioId: a.id,
          coverId,
          durationMs: a.durationMs,
          explicit: rnd.chance(0.1),
          embedFullPlays: rnd.chance(0.8),
          playCount: rnd.int(40, 25000),
          status: "published",
          publishedAt: releaseAt,
          createdAt: releaseAt,
        });
      }
      activities.push({ id: rnd.id(), actorId: artistId, verb: "release_published", objectType: "release", objectId: releaseId, groupKey: `release:${releaseId}`, highlight: true, createdAt: releaseAt });
    }
  }

  // Concerts: upcoming and past shows in the artist's city and a couple of others.
  const concerts: (typeof s.concerts.$inferInsert)[] = [];
  for (const [i, artistId] of artistIds.slice(0, 16).entries()) {
    const home = ARTISTS[i].city;
    for (let c = 0; c < 3; c++) {
      const city = CITIES[c === 0 ? home : rnd.int(0, CITIES.length - 1)];
      const past = c === 2;
      const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + (past ? -rnd.int(10, 90) : rnd.int(3, 80)), rnd.int(18, 21), 0));
      const price = rnd.int(15, 45) * 100;
      const id = rnd.id();
      concerts.push({ id, profileId: artistId, venueName: rnd.pick(city.venues), address: "", city: city.city, country: city.country, timeZone: city.timeZone, startsAt, ticketUrl: `https://tickets.example.com/${id}`, priceMinMinor: price, priceMaxMinor: price + 1000, currency: city.currency, status: "scheduled", createdAt: new Date(now.getTime() - rnd.int(1, 15) * DAY) });
      if (!past) activities.push({ id: rnd.id(), actorId: artistId, verb: "concert_announced", objectType: "concert", objectId: id, groupKey: `concert:${id}`, highlight: true, createdAt: new Date(now.getTime() - rnd.int(1, 15) * DAY) });
    }
  }

  // Merch for a handful of artists.
  const products: (typeof s.products.$inferInsert)[] = [];
  const variants: (typeof s.productVariants.$inferInsert)[] = [];
  const productImages: (typeof s.productImages.$inferInsert)[] = [];
  for (const [i, artistId] of artistIds.slice(0, 8).entries()) {
    const city = CITIES[ARTISTS[i].city];
    for (const item of rnd.shuffle(MERCH).slice(0, 2)) {
      const id = rnd.id();
      const createdAt = new Date(now.getTime() - rnd.int(1, 30) * DAY);
      const currency = city.currency === "JPY" ? "EUR" : city.currency;
      const shipping = merchShipping(city.country, currency, (country) => CITIES.find((c) => c.country === country)?.currency);
      products.push({ id, profileId: artistId, title: `${ARTISTS[i].name} ${item.title}`, description: item.description, priceMinor: item.price, currency, ...shipping, optionGroup: item.optionGroup, status: "live", createdAt, updatedAt: createdAt });
      productImages.push({ productId: id, position: 0, mediaId: await image(rnd.int(1, 1e9), 800, 800) });
      item.variants.forEach((name, position) => variants.push({ id: rnd.id(), productId: id, name, stock: rnd.int(0, 25), position }));
      activities.push({ id: rnd.id(), actorId: artistId, verb: "merch_added", objectType: "product", objectId: id, groupKey: `product:${id}`, createdAt });
    }
  }

  // Short videos: the committed demo clips (scripts/make-demo-videos.sh), spread over
  // established and newer artists, some linked to one of their tracks.
  const videoRows: (typeof s.videos.$inferInsert)[] = [];
  const clipDir = path.join(process.cwd(), "db/seed/videos");
  const clips = fs.existsSync(clipDir) ? fs.readdirSync(clipDir).filter((f) => f.endsWith(".webm")).sort() : [];
  for (const [i, clip] of clips.entries()) {
    for (const artistId of [artistIds[i % artistIds.length], artistIds[(i * 5 + 7) % artistIds.length]]) {
      const videoMediaId = rnd.id();
      const bytes = fs.readFileSync(path.join(clipDir, clip));
      media.push({ id: videoMediaId, kind: "video", mime: "video/webm", bytes: bytes.length, path: await store(`${videoMediaId}.webm`, bytes), width: 360, height: 640, createdAt: now });
      const posterId = rnd.id();
      const poster = await sharp(fs.readFileSync(path.join(clipDir, clip.replace(/\.webm$/, ".jpg")))).resize(360, 640, { fit: "cover" }).webp({ quality: 72 }).toBuffer();
      media.push({ id: posterId, kind: "image", mime: "image/webp", bytes: poster.length, path: await store(`${posterId}.webp`, poster), width: 360, height: 640, createdAt: now });
      const id = rnd.id();
      const createdAt = new Date(now.getTime() - rnd.int(1, 20) * DAY - rnd.int(0, 23) * 3_600_000);
      const own = tracks.filter((t) => t.profileId === artistId);
      videoRows.push({ id, profileId: artistId, caption: rnd.pick(VIDEO_CAPTIONS), mediaId: videoMediaId, posterId, trackId: own.length && rnd.chance(0.7) ? rnd.pick(own).id! : null, durationMs: 6000 + (i % 3) * 1000, createdAt });
      activities.push({ id: rnd.id(), actorId: artistId, verb: "video_posted", objectType: "video", objectId: id, groupKey: `video:${id}`, createdAt });
    }
  }

  // Follows: the demo listener follows a dozen creators; everyone else follows at random with a popularity skew.
  const follows = new Map<string, typeof s.follows.$inferInsert>();
  const addFollow = (followerId: string, followeeId: string, daysAgo: number) => {
    if (followerId === followeeId) return;
    follows.set(`${followerId}:${followeeId}`, { followerId, followeeId, source: "seed", createdAt: new Date(now.getTime() - daysAgo * DAY) });
  };
  for (const id of creatorIds.slice(0, 12)) addFollow(demoProfile, id, rnd.int(2, 200));
  const everyone = profiles.map((p) => p.id!);
  for (const follower of everyone) {
    const n = rnd.int(3, 14);
    for (let k = 0; k < n; k++) {
      // Squaring the uniform draw favours the first (older, more established) creators.
      const idx = Math.floor(Math.pow(rnd.next(), 2) * creatorIds.length);
      addFollow(follower, creatorIds[idx], rnd.int(1, 300));
    }
  }
  for (const l of listenerIds.slice(1, 5)) addFollow(l, demoProfile, rnd.int(1, 30));
  // Some listeners follow each other and that shows up as activity.
  for (const l of listenerIds.slice(1, 4)) {
    const target = rnd.pick(artistIds.slice(0, 10));
    addFollow(l, target, 1);
    addFollow(demoProfile, l, rnd.int(5, 40));
    activities.push({ id: rnd.id(), actorId: l, verb: "followed", objectType: "profile", objectId: target, groupKey: `followed:${target}`, createdAt: new Date(now.getTime() - rnd.int(1, 40) * 3_600_000) });
  }

  const notifications: (typeof s.notifications.$inferInsert)[] = [];
  for (const l of listenerIds.slice(1, 4)) {
    notifications.push({ id: rnd.id(), recipientId: demoProfile, type: "new_follower", actorId: l, objectType: "profile", objectId: l, text: "started following you", createdAt: new Date(now.getTime() - rnd.int(1, 72) * 3_600_000) });
  }
  const novaRelease = releases.find((r) => r.profileId === artistIds[0])!;
  notifications.push({ id: rnd.id(), recipientId: demoProfile, type: "release", actorId: artistIds[0], objectType: "release", objectId: novaRelease.id!, text: `released ${novaRelease.title}`, createdAt: novaRelease.releaseAt });

  // A year of fans and plays for the demo artist, from its own random stream (the rest of the world stays as it was).
  const history = artistHistory(createRandom(20261130), {
    artistId: artistIds[0],
    trackIds: tracks.filter((t) => t.profileId === artistIds[0]).map((t) => t.id!),
    releaseDays: releases.filter((r) => r.profileId === artistIds[0]).map((r) => Math.floor((now.getTime() - r.releaseAt.getTime()) / DAY)),
    now,
  });
  users.push(...history.users);
  profiles.push(...history.profiles);
  for (const f of history.follows) follows.set(`${f.followerId}:${f.followeeId}`, f);

  // Teams and labels, from their own random stream: Nova Lane has a manager (Admin) and a merch
  // person; the first label has three artists on its roster (a fourth invited) and put out one of
  // their releases, which shows on both pages.
  const teamRnd = createRandom(20261201);
  const team = [
    { name: "Priya Shah", handle: "priya_shah", role: "admin" as const },
    { name: "Tom Berger", handle: "tom_berger", role: "merch" as const },
  ].map((m, i) => {
    const userId = teamRnd.id();
    const joined = new Date(now.getTime() - (120 - i * 40) * DAY);
    users.push({ id: userId, email: `${m.handle}@seed.chorus.test`, name: m.name, passwordHash, country: "DE", city: "Berlin", createdAt: joined });
    profiles.push({ id: teamRnd.id(), ownerId: userId, kind: "listener", handle: m.handle, name: m.name, bio: "", links: [], city: "Berlin", country: "DE", createdAt: joined, updatedAt: joined });
    return { ...m, userId, joined };
  });
  const members: (typeof s.pageMembers.$inferInsert)[] = team.map((m) => ({ profileId: artistIds[0], userId: m.userId, role: m.role, status: "active", invitedBy: artistUser, createdAt: m.joined, acceptedAt: m.joined }));
  const line = (says: AuditSays) => ({ summary: auditEnglish(says), says: JSON.stringify(says) });
  const audit: (typeof s.pageAudit.$inferInsert)[] = [
    ...team.map((m) => ({ id: teamRnd.id(), profileId: artistIds[0], actorUserId: m.userId, actorName: m.name, action: "team.join", ...line({ key: "teamJoined", values: { role: m.role } }), at: m.joined })),
    { id: teamRnd.id(), profileId: artistIds[0], actorUserId: team[0].userId, actorName: team[0].name, action: "concerts.announce", ...line({ key: "showAnnounced" }), at: new Date(now.getTime() - 12 * DAY) },
    { id: teamRnd.id(), profileId: artistIds[0], actorUserId: artistUser, actorName: "Alex Rivera", action: "studio.updatePage", ...line({ key: "pageEdited" }), at: new Date(now.getTime() - 3 * DAY) },
  ];
  const roster: (typeof s.labelRoster.$inferInsert)[] = artistIds.slice(1, 5).map((artistId, i) => ({
    labelId: labelIds[0],
    artistId,
    status: i < 3 ? "active" : "invited",
    position: i,
    createdAt: new Date(now.getTime() - (300 - i * 20) * DAY),
    acceptedAt: i < 3 ? new Date(now.getTime() - (299 - i * 20) * DAY) : null,
  }));
  const labelRelease = releases.find((r) => r.profileId === artistIds[1])!;
  labelRelease.labelId = labelIds[0];
  labelRelease.copyright = `℗ ${labelRelease.releaseAt.getUTCFullYear()} ${LABELS[0].name}`;
  activities.push({ id: teamRnd.id(), actorId: labelIds[0], verb: "release_published", objectType: "release", objectId: labelRelease.id!, groupKey: `release:${labelRelease.id}`, highlight: true, createdAt: labelRelease.releaseAt });

  // The demo listener's playlists: one public, one private.
  const seededPlaylists: (typeof s.playlists.$inferInsert)[] = [];
  const seededPlaylistTracks: (typeof s.playlistTracks.$inferInsert)[] = [];
  for (const [i, p] of [
    { title: "Late night drive", description: "Synths and slow lights for the ride home.", isPublic: true, size: 8 },
    { title: "Focus", description: "", isPublic: false, size: 5 },
  ].entries()) {
    const id = teamRnd.id();
    const at = new Date(now.getTime() - (10 - i * 4) * DAY);
    seededPlaylists.push({ id, profileId: demoProfile, title: p.title, description: p.description, isPublic: p.isPublic, createdAt: at, updatedAt: at });
    const picked = new Set<string>();
    while (picked.size < p.size) picked.add(tracks[teamRnd.int(0, tracks.length - 1)].id!);
    [...picked].forEach((trackId, position) => seededPlaylistTracks.push({ playlistId: id, trackId, position: position + 1, addedAt: at }));
  }

  // Write everything in one transaction: all or nothing.
  await database.transaction(async (tx) => {
    const chunked = async <T,>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
      for (let i = 0; i < rows.length; i += 200) await write(rows.slice(i, i + 200));
    };
    await chunked(users, async (c) => await tx.insert(s.users).values(c));
    await chunked(media, async (c) => await tx.insert(s.mediaFiles).values(c));
    // Seeded tracks go through the audio pipeline like uploads: queued here, processed by scripts/seed.ts or the worker.
    const audioJobs = media.filter((m) => m.kind === "audio").map((m) => ({ mediaId: m.id!, status: "queued" as const, createdAt: now }));
    await chunked(audioJobs, async (c) => await tx.insert(s.audioAssets).values(c));
    await chunked(profiles, async (c) => await tx.insert(s.profiles).values(c));
    await chunked(genres, async (c) => await tx.insert(s.profileGenres).values(c));
    await chunked(releases, async (c) => await tx.insert(s.releases).values(c));
    await chunked(tracks, async (c) => await tx.insert(s.tracks).values(c));
    await chunked(concerts, async (c) => await tx.insert(s.concerts).values(c));
    await chunked(products, async (c) => await tx.insert(s.products).values(c));
    await chunked(videoRows, async (c) => await tx.insert(s.videos).values(c));
    await chunked(variants, async (c) => await tx.insert(s.productVariants).values(c));
    await chunked(productImages, async (c) => await tx.insert(s.productImages).values(c));
    await chunked([...follows.values()], async (c) => await tx.insert(s.follows).values(c));
    await chunked(activities, async (c) => await tx.insert(s.activities).values(c));
    await chunked(members, async (c) => await tx.insert(s.pageMembers).values(c));
    await chunked(audit, async (c) => await tx.insert(s.pageAudit).values(c));
    await chunked(roster, async (c) => await tx.insert(s.labelRoster).values(c));
    await chunked(seededPlaylists, async (c) => await tx.insert(s.playlists).values(c));
    await chunked(seededPlaylistTracks, async (c) => await tx.insert(s.playlistTracks).values(c));
    await chunked(notifications, async (c) => await tx.insert(s.notifications).values(c));
    await chunked(history.followEvents, async (c) => await tx.insert(s.followEvents).values(c));
    await chunked(history.plays, async (c) => await tx.insert(s.plays).values(c));
    // Counters from the rows themselves, so they are exact.
    await tx.run(sql`UPDATE profiles SET
      follower_count = (SELECT count(*) FROM follows WHERE followee_id = profiles.id),
      following_count = (SELECT count(*) FROM follows WHERE follower_id = profiles.id)`);
  });

  // Studio's daily numbers, from the rows just written, and what the player would have reported.
  await rebuildPageStats(database, creatorIds);
  const endsByDay = new Map<number, { day: Date; deltas: Parameters<typeof bumpStats>[3] }>();
  for (const e of history.ends) {
    const entry = endsByDay.get(e.day.getTime()) ?? { day: e.day, deltas: [] };
    entry.deltas.push({ metric: METRICS.completions, dimension: e.trackId, delta: e.completions }, { metric: METRICS.skips, dimension: e.trackId, delta: e.skips });
    endsByDay.set(e.day.getTime(), entry);
  }
  for (const { day, deltas } of endsByDay.values()) await bumpStats(database, artistIds[0], day, deltas);

  return { skipped: false as const, plays: history.plays.length, users: users.length, profiles: profiles.length, tracks: tracks.length, releases: releases.length, concerts: concerts.length, products: products.length, follows: follows.size, media: media.length, videos: videoRows.length };
}
