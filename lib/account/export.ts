import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Zip, ZipDeflate, ZipPassThrough } from "fflate";
import { and, asc, eq, inArray, isNull, lt, ne, or } from "drizzle-orm";
import type { ChorusDb } from "@/db/client";
import {
  blocks,
  comments,
  conversationMembers,
  dataExports,
  follows,
  mediaFiles,
  messages,
  mutes,
  orderItems,
  orders,
  playlists,
  playlistTracks,
  profiles,
  trackLikes,
  tracks,
  users,
} from "@/db/schema";
import { mediaStorage, scratchDir } from "@/lib/media/storage";
import { genresOf } from "@/lib/discovery/taste";

/** An archive is kept this long after it is ready, then deleted. */
export const EXPORT_TTL_MS = 7 * 24 * 3_600_000;
/** A "running" export whose worker went away is taken over after this. */
const STALE_MS = 10 * 60_000;

export const exportKey = (id: string) => path.join("exports", `${id}.zip`);

/** Queues an export, unless one is already being built. The background worker builds it. */
export async function startExport(database: ChorusDb, userId: string, now = new Date()) {
  return await database.transaction(async (tx) => {
    const busy = (await tx.select({ id: dataExports.id }).from(dataExports).where(and(eq(dataExports.userId, userId), inArray(dataExports.status, ["queued", "running"]))).limit(1))[0];
    if (busy) return { ok: false as const, message: "account.exportBusy" };
    const row = (await tx.insert(dataExports).values({ userId, createdAt: now }).returning({ id: dataExports.id }))[0];
    return { ok: true as const, id: row.id };
  });
}

/** Everything Chorus holds about an account, as JSON-ready sections (its own data and the messages it can read). */
export async function collectAccountData(database: Pick<ChorusDb, "select">, userId: string) {
  const user = (await database
    .select({ email: users.email, name: users.name, country: users.country, city: users.city, createdAt: users.createdAt, personalizationOff: users.personalizationOff })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1))[0];
  const owned = await database.select().from(profiles).where(and(eq(profiles.ownerId, userId), isNull(profiles.deletedAt)));
  const me = owned.find((p) => p.kind === "listener");
  if (!user || !me) return null;
  const id = me.id;
  const handleOf = async (ids: string[]) =>
    new Map(ids.length ? (await database.select({ id: profiles.id, handle: profiles.handle }).from(profiles).where(inArray(profiles.id, ids))).map((p) => [p.id, p.handle]) : []);

  const following = await database.select({ id: follows.followeeId, since: follows.createdAt, notifications: follows.notifyLevel }).from(follows).where(eq(follows.followerId, id));
  // Followers who keep their follows private are not named, even to the person they follow.
  const followers = await database
    .select({ id: follows.followerId, since: follows.createdAt })
    .from(follows)
    .innerJoin(profiles, eq(profiles.id, follows.followerId))
    .where(and(eq(follows.followeeId, id), eq(profiles.hideFollows, false)));
  const likes = await database.select({ trackId: trackLikes.trackId, title: tracks.title, at: trackLikes.createdAt }).from(trackLikes).innerJoin(tracks, eq(tracks.id, trackLikes.trackId)).where(eq(trackLikes.profileId, id));
  const lists = await database.select().from(playlists).where(eq(playlists.profileId, id));
  const listTracks = lists.length
    ? await database
        .select({ playlistId: playlistTracks.playlistId, trackId: playlistTracks.trackId, title: tracks.title, position: playlistTracks.position })
        .from(playlistTracks)
        .innerJoin(tracks, eq(tracks.id, playlistTracks.trackId))
        .where(inArray(playlistTracks.playlistId, lists.map((l) => l.id)))
        .orderBy(asc(playlistTracks.position))
    : [];
  // Conversations they left are not theirs to read any more.
  const conversationIds = (await database.select({ id: conversationMembers.conversationId }).from(conversationMembers).where(and(eq(conversationMembers.profileId, id), ne(conversationMembers.status, "left")))).map((r) => r.id);
  const sent = conversationIds.length
    ? await database
        .select({ conversationId: messages.conversationId, senderId: messages.senderId, body: messages.body, attachmentType: messages.attachmentType, attachmentId: messages.attachmentId, at: messages.createdAt })
        .from(messages)
        .where(and(inArray(messages.conversationId, conversationIds), isNull(messages.hiddenAt)))
        .orderBy(asc(messages.createdAt))
    : [];
  const bought = await database.select().from(orders).where(eq(orders.buyerId, id)).orderBy(asc(orders.createdAt));
  const items = bought.length ? await database.select().from(orderItems).where(inArray(orderItems.orderId, bought.map((o) => o.id))) : [];
  const written = await database.select({ id: comments.id, trackId: comments.trackId, releaseId: comments.releaseId, body: comments.body, atMs: comments.atMs, at: comments.createdAt }).from(comments).where(eq(comments.authorId, id));
  const blocked = await database.select({ id: blocks.blockedId, since: blocks.createdAt }).from(blocks).where(eq(blocks.blockerId, id));
  const muted = await database.select({ id: mutes.mutedId, since: mutes.createdAt }).from(mutes).where(eq(mutes.muterId, id));
  const handles = await handleOf([...new Set([...following, ...followers, ...blocked, ...muted].map((r) => r.id).concat(sent.map((m) => m.senderId)))]);
  const who = (pid: string) => (handles.has(pid) ? `@${handles.get(pid)}` : "Deleted account");

  return {
    account: { ...user, handle: me.handle },
    profile: { name: me.name, handle: me.handle, bio: me.bio, links: me.links, city: me.city, country: me.country, messagePolicy: me.messagePolicy, hideFollows: me.hideFollows, privateProfile: me.isPrivate, listeningHistoryOff: me.historyOff, genresYouLike: await genresOf(database, id) },
    pages: owned.filter((p) => p.kind !== "listener").map((p) => ({ name: p.name, handle: p.handle, kind: p.kind, bio: p.bio, createdAt: p.createdAt })),
    follows: {
      following: following.map((f) => ({ profile: who(f.id), since: f.since, notifications: f.notifications })),
      followers: followers.map((f) => ({ profile: who(f.id), since: f.since })),
    },
    likes: likes.map((l) => ({ track: l.title, trackId: l.trackId, at: l.at })),
    playlists: lists.map((l) => ({ title: l.title, description: l.description, public: l.isPublic, createdAt: l.createdAt, tracks: listTracks.filter((t) => t.playlistId === l.id).map((t) => ({ title: t.title, trackId: t.trackId })) })),
    messages: sent.map((m) => ({ conversation: m.conversationId, from: m.senderId === id ? "me" : who(m.senderId), body: m.body, attachment: m.attachmentType ? `${m.attachmentType}:${m.attachmentId}` : null, at: m.at })),
    orders: bought.map((o) => ({ id: o.id, status: o.status, total: { minor: o.totalMinor, currency: o.currency }, shippingAddress: o.shippingAddress, at: o.createdAt, items: items.filter((i) => i.orderId === o.id) })),
    comments: written,
    blocked: blocked.map((b) => ({ profile: who(b.id), since: b.since })),
    muted: muted.map((b) => ({ profile: who(b.id), since: b.since })),
  };
}

/** Progress, and the heartbeat ("finishedAt" while running) that keeps another worker from taking the export over. */
async function setProgress(database: Pick<ChorusDb, "update">, id: string, progress: number) {
  await database.update(dataExports).set({ progress: Math.min(99, Math.round(progress)), finishedAt: new Date() }).where(eq(dataExports.id, id));
}

/** Streams the archive to a local file: data.json and README.txt deflated, uploads stored as they are. */
async function writeArchive(file: string, data: object, uploads: { name: string; key: string; size: number }[], onFile: (done: number) => Promise<void>) {
  const out = fs.createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  const zip = new Zip((error, chunk, final) => {
    if (error) return out.destroy(error);
    out.write(chunk);
    if (final) out.end();
  });
  const text = (name: string, body: string) => {
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(new TextEncoder().encode(body), true);
  };
  text("README.txt", "Your data from Chorus.\n\ndata.json: your account, profile, follows, likes, playlists, messages, orders, comments, blocks and mutes.\nuploads/: the files you uploaded (pictures, audio, video).\n");
  text("data.json", JSON.stringify(data, null, 2));
  const storage = mediaStorage();
  let done = 0;
  for (const upload of uploads) {
    const entry = new ZipPassThrough(`uploads/${upload.name}`);
    zip.add(entry);
    const reader = storage.read(upload.key, 0, upload.size - 1).getReader();
    let chunk = await reader.read();
    while (!chunk.done) {
      const next = await reader.read();
      entry.push(chunk.value, next.done);
      chunk = next;
    }
    if (upload.size === 0) entry.push(new Uint8Array(), true);
    await onFile(++done);
  }
  zip.end();
  await finished;
}

const EXTENSIONS: Record<string, string> = { "image/webp": "webp", "image/jpeg": "jpg", "image/png": "png", "audio/mpeg": "mp3", "audio/wav": "wav", "audio/x-wav": "wav", "audio/flac": "flac", "audio/ogg": "ogg", "audio/mp4": "m4a", "video/mp4": "mp4", "video/webm": "webm" };

/** Builds one queued (or abandoned) export. Returns whether it did any work. */
export async function buildNextExport(database: ChorusDb, now = new Date()): Promise<boolean> {
  const candidate = (await database
    .select({ id: dataExports.id, userId: dataExports.userId })
    .from(dataExports)
    .where(or(eq(dataExports.status, "queued"), and(eq(dataExports.status, "running"), lt(dataExports.finishedAt, new Date(now.getTime() - STALE_MS)))))
    .orderBy(asc(dataExports.createdAt))
    .limit(1))[0];
  if (!candidate) return false;
  // Claimed with one conditional update; "finishedAt" doubles as the heartbeat while running.
  const claimed = await database
    .update(dataExports)
    .set({ status: "running", progress: 1, finishedAt: now })
    .where(and(eq(dataExports.id, candidate.id), or(eq(dataExports.status, "queued"), lt(dataExports.finishedAt, new Date(now.getTime() - STALE_MS)))))
    .returning({ id: dataExports.id });
  if (!claimed.length) return true;
  const temp = path.join(scratchDir(), `export-${candidate.id}-${randomBytes(6).toString("hex")}.zip`);
  try {
    const data = await collectAccountData(database, candidate.userId);
    if (!data) throw new Error("The account no longer exists.");
    await setProgress(database, candidate.id, 20);
    const storage = mediaStorage();
    const files = await database.select().from(mediaFiles).where(eq(mediaFiles.ownerId, candidate.userId)).orderBy(asc(mediaFiles.createdAt));
    const uploads: { name: string; key: string; size: number }[] = [];
    for (const file of files) {
      const size = await storage.size(file.path);
      if (size !== null) uploads.push({ name: `${file.kind}/${file.id}.${EXTENSIONS[file.mime] ?? "bin"}`, key: file.path, size });
    }
    await writeArchive(temp, data, uploads, (done) => setProgress(database, candidate.id, 20 + (75 * done) / Math.max(1, uploads.length)));
    const sizeBytes = await storage.putFile(exportKey(candidate.id), temp);
    const finishedAt = new Date();
    await database
      .update(dataExports)
      .set({ status: "ready", progress: 100, sizeBytes, finishedAt, expiresAt: new Date(finishedAt.getTime() + EXPORT_TTL_MS) })
      .where(eq(dataExports.id, candidate.id));
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const message = error instanceof Error ? error.message : String(error);
    await database.update(dataExports).set({ status: "failed", error: message.slice(0, 300), finishedAt: new Date() }).where(eq(dataExports.id, candidate.id));
  }
  return true;
}

/** Archives past their 7 days are deleted, file and row. */
export async function removeExpiredExports(database: ChorusDb, now = new Date()): Promise<number> {
  const expired = await database.select({ id: dataExports.id }).from(dataExports).where(lt(dataExports.expiresAt, now));
  for (const row of expired) {
    await mediaStorage().remove(exportKey(row.id));
    await database.delete(dataExports).where(eq(dataExports.id, row.id));
  }
  return expired.length;
}

/** The archive its owner may download: ready and not expired. */
export async function downloadableExport(database: Pick<ChorusDb, "select">, id: string, userId: string, now = new Date()) {
  const row = (await database.select().from(dataExports).where(and(eq(dataExports.id, id), eq(dataExports.userId, userId), eq(dataExports.status, "ready"))).limit(1))[0];
  return row && row.expiresAt && row.expiresAt > now ? row : null;
}
