/**
 * A test environment for guarded server code (actions and route handlers):
 * a temporary database, a session you choose, and Next's request APIs
 * (headers, cookies, redirect, revalidation) stood in for. Import it first.
 */
import { dumpTables } from "@/db/inspect";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { vi } from "vitest";

type GuardedState = { userId: string | null; cookies: Map<string, string>; headers: Record<string, string> };
// On globalThis: the mock factories below are hoisted above every declaration in this file.
const holder = globalThis as unknown as { __guardedState?: GuardedState };
export const state: GuardedState = (holder.__guardedState ??= { userId: null, cookies: new Map(), headers: {} });
const current = () => (globalThis as unknown as { __guardedState: GuardedState }).__guardedState;

vi.mock("@/db", async () => {
  const { tempDatabase } = await import("@/lib/test/db");
  return { db: (await tempDatabase()).db };
});
vi.mock("@/lib/auth/auth", () => ({
  // Signed in afresh on every call: the session carries the account's current version (a password change or "sign out everywhere" in one row does not sign the next rows out).
  auth: async () => {
    const id = current().userId;
    if (!id) return null;
    const [{ db }, { users }, { eq }] = await Promise.all([import("@/db"), import("@/db/schema"), import("drizzle-orm")]);
    const row = (await db.select({ v: users.sessionVersion }).from(users).where(eq(users.id, id)).limit(1))[0];
    return { user: { id }, sessionVersion: row?.v ?? 0 };
  },
  signIn: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
  },
  signOut: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/;307;" });
  },
  handlers: {},
  ThrottledSignIn: class extends Error { },
}));
// The session is the mocked auth() above: the cookie fast path (lib/auth/session-token.ts, tested on
// its own with real cookies) always hands over to it here.
vi.mock("@/lib/auth/session-token", () => ({
  sessionCookieName: () => "authjs.session-token",
  sessionClaims: async () => undefined,
}));
vi.mock("next/headers", () => ({
  headers: async () => new Headers(current().headers),
  cookies: async () => ({
    get: (name: string) => (current().cookies.has(name) ? { name, value: current().cookies.get(name)! } : undefined),
    getAll: () => [...current().cookies].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void current().cookies.set(name, value),
    delete: (name: string) => void current().cookies.delete(name),
  }),
}));
vi.mock("next-auth", () => ({
  AuthError: class AuthError extends Error { },
  CredentialsSignin: class CredentialsSignin extends Error {
    code = "credentials";
  },
}));
vi.mock("next/cache", () => ({ revalidatePath: () => { }, revalidateTag: () => { } }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${to};307;` });
  },
  notFound: () => {
    throw Object.assign(new Error("NEXT_NOT_FOUND"), { digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
  },
}));

export type Role = "anon" | "other" | "owner";
/** ok: succeeds; refused: fails and changes nothing; inert: whatever it answers, nothing changes. */
export type Expect = "ok" | "refused" | "inert";
export type World = Awaited<ReturnType<typeof buildWorld>>;
/** The owner's and the other account's password (for actions that ask for it). */
export const MATRIX_PASSWORD = "matrix-pass-1";
export type Outcome = { ok: boolean; message?: string };

export type Row = {
  expect: Record<Role, Expect>;
  /** For page-scoped Studio actions: the ability the role matrix checks it against. */
  ability?: import("@/lib/auth/policy").PageAbility;
  call: (w: World, role: Role) => Promise<Outcome>;
};

export const onlyOwner: Record<Role, Expect> = { anon: "refused", other: "refused", owner: "ok" };
export const anyAccount: Record<Role, Expect> = { anon: "refused", other: "ok", owner: "ok" };
export const anyone: Record<Role, Expect> = { anon: "ok", other: "ok", owner: "ok" };

let dir = "";
export const tiny: Record<"png" | "wav" | "webm", Buffer> = { png: Buffer.alloc(0), wav: Buffer.alloc(0), webm: Buffer.alloc(0) };

export async function buildWorld() {
  const { db } = await import("@/db");
  const s = await import("@/db/schema");
  const { createRelease } = await import("@/lib/music/releases");
  const { announceConcert } = await import("@/lib/concerts/announce");
  const { sendToProfiles } = await import("@/lib/messages/send");
  const { placeOrder, reviewFingerprint } = await import("@/lib/merch/checkout");
  const { changeCart } = await import("@/lib/merch/cart");
  const { offlineInvoice } = await import("@/lib/merch/payments");
  const { saveMedia } = await import("@/lib/media/store");
  const account = async (handle: string) => {
    const u = (await db.insert(s.users).values({ email: `${handle}@x.test`, name: handle, country: "DE" }).returning())[0];
    const listener = (await db.insert(s.profiles).values({ ownerId: u.id, kind: "listener", handle, name: handle, country: "DE" }).returning())[0];
    return { userId: u.id, listenerId: listener.id };
  };
  const owner = await account("owner");
  const other = await account("other");
  // Both can confirm changes with a password; the owner is also a site admin (the moderation rows).
  const { hashPassword } = await import("@/lib/auth/password");
  const passwordHash = await hashPassword(MATRIX_PASSWORD);
  await db.update(s.users).set({ passwordHash, siteRole: "admin" }).where((await import("drizzle-orm")).eq(s.users.id, owner.userId));
  await db.update(s.users).set({ passwordHash }).where((await import("drizzle-orm")).eq(s.users.id, other.userId));
  const friend = await account("friend");
  const stranger = await account("stranger");
  const page = (await db.insert(s.profiles).values({ ownerId: owner.userId, kind: "artist", handle: "owned_artist", name: "Owned Artist", country: "DE" }).returning())[0];
  const elsewhere = (await db.insert(s.profiles).values({ ownerId: friend.userId, kind: "artist", handle: "friends_band", name: "Friend's Band", country: "DE" }).returning())[0];
  await db.insert(s.profileGenres).values({ profileId: page.id, genre: "techno" });
  const audio = await saveMedia(db, { ownerId: owner.userId, kind: "audio", mime: "audio/wav", bytes: tiny.wav, durationMs: 2000 });
  const { releaseId, trackIds } = await createRelease(db, { profileId: page.id, title: "Glasshouse", kind: "single", releaseAt: new Date(Date.now() - 60_000), coverId: null, genre: "techno", explicit: false, embedFullPlays: true, tracks: [{ title: "Glass", audioId: audio, durationMs: 2000 }], credits: "" });
  const concert = (await announceConcert(db, { profileId: page.id, venueName: "Paradiso", address: "Weteringschans 6", city: "Amsterdam", country: "NL", timeZone: "Europe/Amsterdam", startsAt: new Date(Date.now() + 30 * 86_400_000), ticketUrl: null, priceMinMinor: null, priceMaxMinor: null, currency: "EUR", lineup: [] })).id;
  const product = (await db.insert(s.products).values({ profileId: page.id, title: "Tee", priceMinor: 2500, currency: "EUR", shipCountries: ["DE"], status: "live" }).returning())[0].id;
  const variant = (await db.insert(s.productVariants).values({ productId: product, name: "M", stock: 50 }).returning())[0].id;
  const image = await saveMedia(db, { ownerId: owner.userId, kind: "image", mime: "image/webp", bytes: tiny.png, width: 8, height: 8 });
  await db.insert(s.productImages).values({ productId: product, mediaId: image, position: 0 });
  const address = { name: "Other Buyer", line1: "Torstraße 1", line2: "", city: "Berlin", postalCode: "10119", country: "DE" };
  await changeCart(db, other.listenerId, variant, 1, "set");
  const placed = await placeOrder(db, { buyerId: other.listenerId, sellerId: page.id, currency: "EUR", address, provider: offlineInvoice, reviewed: await reviewFingerprint(db, other.listenerId, page.id, "EUR", address) });
  if (!placed.ok) throw new Error(placed.message);
  await db.insert(s.follows).values({ followerId: owner.listenerId, followeeId: friend.listenerId });
  // The friend follows the owner back (a follow request once the owner's profile is private).
  await db.insert(s.follows).values({ followerId: friend.listenerId, followeeId: owner.listenerId });
  const chat = await sendToProfiles(db, owner.listenerId, [friend.listenerId], "hello", null);
  const request = await sendToProfiles(db, stranger.listenerId, [owner.listenerId], "hi, a request", null);
  if (!chat.ok || !request.ok) throw new Error("conversations");
  // A team: one account per role, active on the page, and one invited who has not accepted.
  // The owner's label, with the same team, for the roster's actions.
  const label = (await db.insert(s.profiles).values({ ownerId: owner.userId, kind: "label", handle: "owned_label", name: "Owned Label", country: "DE" }).returning())[0];
  const members = {} as Record<(typeof s.MEMBER_ROLES)[number], { userId: string; listenerId: string }>;
  for (const role of s.MEMBER_ROLES) {
    members[role] = await account(`member_${role}`);
    for (const profileId of [page.id, label.id]) await db.insert(s.pageMembers).values({ profileId, userId: members[role].userId, role, status: "active", acceptedAt: new Date() });
  }
  // One release, video and announcement per acting account to delete, so deleting (allowed or not) is tried on something that exists.
  const spares = new Map<string | null, { release: string; video: string; announcement: string; comment: string }>();
  const clip = await saveMedia(db, { ownerId: owner.userId, kind: "video", mime: "video/webm", bytes: tiny.webm, durationMs: 2000 });
  for (const userId of [owner.userId, ...Object.values(members).map((m) => m.userId), null]) {
    const release = (await createRelease(db, { profileId: page.id, title: "Spare", kind: "single", releaseAt: new Date(Date.now() - 60_000), coverId: null, genre: null, explicit: false, embedFullPlays: true, tracks: [{ title: "Spare", audioId: audio, durationMs: 2000 }], credits: "", notify: false })).releaseId;
    const video = (await db.insert(s.videos).values({ profileId: page.id, caption: "spare", mediaId: clip, durationMs: 2000 }).returning())[0].id;
    const announcement = (await db.insert(s.announcements).values({ profileId: page.id, body: "spare", createdAt: new Date(Date.now() - 8 * 86_400_000) }).returning())[0].id;
    const comment = (await db.insert(s.comments).values({ trackId: trackIds[0], authorId: owner.listenerId, body: "spare comment" }).returning())[0].id;
    spares.set(userId, { release, video, announcement, comment });
  }
  // A page its owner deletes (the matrix cannot delete the page everything else is tried on).
  const doomed = (await db.insert(s.profiles).values({ ownerId: owner.userId, kind: "artist", handle: "doomed_band", name: "Doomed Band", country: "DE", followerCount: 1 }).returning())[0];
  await db.insert(s.follows).values({ followerId: friend.listenerId, followeeId: doomed.id });
  const invitee = await account("invitee");
  const { createPlaylist } = await import("@/lib/playlists/playlists");
  const made = await createPlaylist(db, owner.listenerId, { title: "Owner's mix", description: "", isPublic: true, firstTrackId: trackIds[0] });
  if (!made.ok) throw new Error(made.message);
  const playlist = made.data!.id;
  // One its owner deletes (the matrix cannot delete the playlist everything else is tried on).
  const doomedMix = await createPlaylist(db, owner.listenerId, { title: "Doomed mix", description: "", isPublic: true });
  if (!doomedMix.ok) throw new Error(doomedMix.message);
  const doomedPlaylist = doomedMix.data!.id;
  // The other account is invited to add to the owner's playlist (and answers in the matrix).
  await db.insert(s.playlistCollaborators).values({ playlistId: playlist, profileId: other.listenerId, status: "invited" });
  await db.insert(s.pageMembers).values({ profileId: page.id, userId: invitee.userId, role: "admin", status: "invited" });
  // A comment by the owner on the page's track: edited by its author, hidden by the team, reported by others.
  const comment = (await db.insert(s.comments).values({ trackId: trackIds[0], authorId: owner.listenerId, body: "first!", atMs: 500 }).returning())[0].id;
  // An open report for the moderation rows: the friend reports the stranger.
  const report = (await db.insert(s.reports).values({ reporterId: friend.listenerId, profileId: stranger.listenerId, reason: "spam", targetType: "profile", targetId: stranger.listenerId }).returning())[0].id;
  const notification = (await db.insert(s.notifications).values({ recipientId: owner.listenerId, type: "new_follower", actorId: friend.listenerId, objectType: "profile", objectId: friend.listenerId, text: "started following you" }).returning())[0].id;
  return { db, owner, other, friend, stranger, members, invitee, label: label.id, playlist, doomedPlaylist, spare: () => spares.get(current().userId) ?? spares.get(null)!,
    /** The page to delete: the doomed one for its owner, the shared one (refused) for anyone else. */
    deletable: () => (current().userId === owner.userId ? { id: doomed.id, handle: "doomed_band" } : { id: page.id, handle: "owned_artist" }), page: page.id, elsewhere: elsewhere.id, release: releaseId, track: trackIds[0], concert, product, variant, order: placed.orderId, chat: chat.conversationId, request: request.conversationId, notification, address, comment, report };
}

/** Every row's data as text, minus the rate limiter's own bookkeeping. */
export function snapshot(w: World): Promise<string> {
  return dumpTables(w.db, ["rate_events"]);
}

export const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
  return data;
};

/** Runs an action; Next's redirect signal counts as success (that is how a form action finishes). */
export async function outcome(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const result = (await run()) as { ok?: boolean } | Response | undefined;
    if (result instanceof Response) {
      const body = result.headers.get("content-type")?.includes("json") ? ((await result.clone().json()) as { message?: string }) : {};
      return { ok: result.status < 400, message: body.message };
    }
    if (process.env.MATRIX_DEBUG && !result?.ok) console.log(JSON.stringify(result));
    return { ok: result?.ok === true, message: (result as { message?: string } | undefined)?.message };
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").startsWith("NEXT_REDIRECT")) return { ok: true };
    throw error;
  }
}

export const uniq = (role: Role) => `${role}${Math.random().toString(36).slice(2, 8)}`;

export type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
export function handlerCall(mod: string, method: "POST" | "GET", url: (w: World) => string, params: (w: World) => Record<string, string>, body?: (w: World) => BodyInit) {
  return async (w: World): Promise<Outcome> => {
    const routes = import.meta.glob<Record<string, Handler>>("../../app/api/**/route.ts");
    const load = routes[`../../app/api/${mod}/route.ts`];
    if (!load) throw new Error(`no route ${mod}`);
    const handler = (await load())[method];
    const request = new Request(`http://localhost:3100${url(w)}`, { method, body: body?.(w), headers: { "sec-fetch-site": "same-origin" } });
    return outcome(() => handler(request, { params: Promise.resolve(params(w)) }));
  };
}


/** Builds the world once per test file; returns it and a cleanup. */
export async function setUpGuardedEnv(): Promise<{ world: World; cleanup: () => void }> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "chorus-guarded-"));
  process.env.UPLOADS_DIR = dir;
  process.env.AUTH_SECRET = randomBytes(24).toString("base64url");
  process.env.CHORUS_CLIENT_IP_HEADER = "x-chorus-client-ip";
  state.headers = { "x-chorus-client-ip": "203.0.113.5", host: "localhost:3100" };
  const { synthesize } = await import("@/lib/media/synth");
  tiny.wav = synthesize({ seed: 7, seconds: 2, sampleRate: 8000, root: 57, bpm: 120 });
  tiny.png = await sharp({ create: { width: 64, height: 64, channels: 3, background: "#c04080" } }).png().toBuffer();
  tiny.webm = fs.readFileSync(path.join(process.cwd(), "db/seed/videos/pulse.webm"));
  const world = await buildWorld();
  return { world, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** Acts as this account (null: signed out) with a fresh cookie jar. */
export function actAs(userId: string | null) {
  state.userId = userId;
  state.cookies.clear();
}
