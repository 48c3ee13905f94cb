/**
 * Two Chorus servers, A (a.test) and B (b.test), each with its own database,
 * talk ActivityPub to each other in one process: every outgoing HTTP request
 * is routed to the other server's Fedify handler, so WebFinger, signed actor
 * fetches, HTTP Signatures on inbox deliveries and the durable queues all run
 * for real. The journey: B's listener finds and follows A's artist, A accepts,
 * A publishes a release and cancels a show, B stores and updates them, B
 * unfollows and A's count drops. Then what must be refused is refused.
 */
import { Create, Follow, Note, OrderedCollection } from "@fedify/vocab";
import { eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChorusDb } from "@/db/client";
import { activities, concerts, federationBlocks, federationQueue, profiles, releases, remoteActors, remoteFollowers, remoteFollows, remotePosts, users } from "@/db/schema";
import { tempDatabase } from "@/lib/test/db";
import { english } from "@/lib/test/english";
import { testLocale } from "@/lib/test/next-intl-server-stub";
import { federationConfigFrom, type FederationConfig } from "./config";
import { buildFederation, type ChorusFederation } from "./federation";
import { publishPending } from "./publish";
import { lookupRemoteActor, parseHandle, setRemoteFollow } from "./remote";

type Server = { db: ChorusDb; config: FederationConfig; federation: ChorusFederation; close(): void };
const servers = new Map<string, Server>();

async function server(host: string, env: Record<string, string> = {}): Promise<Server> {
  const t = await tempDatabase();
  const config = federationConfigFrom({ FEDERATION_LOCAL: "1", ...env }, `http://${host}`);
  const s = { db: t.db, config, federation: buildFederation(t.db, config, { pollMs: 20 }), close: t.close };
  servers.set(host, s);
  return s;
}

const realFetch = globalThis.fetch;
/** The network between the two servers: a request to a.test is answered by A's handler. */
async function network(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const s = servers.get(new URL(request.url).host);
  if (!s) return new Response("no such host", { status: 502 });
  return await s.federation.fetch(request, { contextData: { db: s.db, config: s.config } });
}

/** Waits until neither server has anything queued (both queues run all along, like the workers). */
async function drain(...list: Server[]) {
  let quiet = 0;
  for (let i = 0; i < 600 && quiet < 8; i += 1) {
    let busy = false;
    for (const s of list) if ((await s.db.select({ id: federationQueue.id }).from(federationQueue).limit(1)).length) busy = true;
    quiet = busy ? 0 : quiet + 1;
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function person(db: ChorusDb, handle: string, kind: "artist" | "listener", extra: Partial<typeof profiles.$inferInsert> = {}) {
  const [u] = await db.insert(users).values({ email: `${handle}@x.test`, name: handle }).returning();
  return (await db.insert(profiles).values({ ownerId: u.id, kind, handle, name: handle === "nova" ? "Nova Lane" : handle, bio: "Synth pop from Lyon", ...extra }).returning())[0];
}

const stopQueues = new AbortController();
let A: Server;
let B: Server;
beforeAll(async () => {
  A = await server("a.test");
  B = await server("b.test");
  vi.stubGlobal("fetch", network);
  for (const s of [A, B]) void s.federation.startQueue({ db: s.db, config: s.config }, { signal: stopQueues.signal });
});
afterAll(() => {
  stopQueues.abort();
  vi.stubGlobal("fetch", realFetch);
  for (const s of servers.values()) s.close();
});

describe("handles", () => {
  it("parses what people paste", () => {
    expect(parseHandle("@nova@a.test")).toEqual({ user: "nova", host: "a.test" });
    expect(parseHandle("nova@chorus.example:8443")).toEqual({ user: "nova", host: "chorus.example:8443" });
    expect(parseHandle("nova")).toBeNull();
    expect(parseHandle("@nova@a.test/x")).toBeNull();
  });
});

describe("two servers", () => {
  it("WebFinger and the actor document describe a public profile, and nothing of a private one", async () => {
    const nova = await person(A.db, "nova", "artist", { links: [{ label: "Bandcamp", url: "https://nova.bandcamp.com" }] });
    await person(A.db, "quiet", "listener", { isPrivate: true });
    const wf = await network(`http://a.test/.well-known/webfinger?resource=acct:nova@a.test`);
    expect(wf.status).toBe(200);
    const jrd = await wf.json();
    expect(jrd.links.find((l: { rel: string }) => l.rel === "self").href).toBe(`http://a.test/ap/actors/${nova.id}`);
    const actor = await (await network(`http://a.test/ap/actors/${nova.id}`, { headers: { accept: "application/activity+json" } })).json();
    expect(actor).toMatchObject({ type: "Person", preferredUsername: "nova", name: "Nova Lane", url: "http://a.test/@nova", inbox: `http://a.test/ap/actors/${nova.id}/inbox` });
    expect(actor.publicKey.publicKeyPem).toContain("BEGIN PUBLIC KEY");
    expect(actor.endpoints.sharedInbox).toBe("http://a.test/ap/inbox");
    expect(JSON.stringify(actor.attachment)).toContain("nova.bandcamp.com");
    expect((await network(`http://a.test/.well-known/webfinger?resource=acct:quiet@a.test`)).status).toBe(404);
    const node = await (await network(`http://a.test/.well-known/nodeinfo`)).json();
    expect(node.links[0].href).toBe("http://a.test/ap/nodeinfo/2.1");
    const info = await (await network("http://a.test/ap/nodeinfo/2.1")).json();
    expect(info).toMatchObject({ software: { name: "chorus" }, protocols: ["activitypub"] });
  });

  it("a listener on B follows the artist on A, gets a release and a cancelled show, and unfollows", async () => {
    const nova = (await A.db.select().from(profiles).where(eq(profiles.handle, "nova")))[0];
    const sam = await person(B.db, "sam", "listener");
    const ctxB = B.federation.createContext(new URL(B.config.origin), { db: B.db, config: B.config });

    const found = await lookupRemoteActor(ctxB, "@nova@a.test");
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.actor).toMatchObject({ name: "Nova Lane", handle: "nova@a.test", host: "a.test" });

    // What the person reads: said in their language (the lookup translates; the follow action's wrapper translates keys).
    expect(await lookupRemoteActor(ctxB, "nova")).toEqual({ ok: false, message: "That is not a handle like @name@example.social." });
    expect(await lookupRemoteActor(ctxB, "@sam@b.test")).toEqual({ ok: false, message: "That profile is on this server: search for its name instead." });
    expect(await lookupRemoteActor(ctxB, "@x@c.test", new Date(), { network: async () => "federation.lookupSignIn" })).toEqual({ ok: false, message: "Sign in to look up profiles on other servers." });
    testLocale("fr");
    try {
      expect(await lookupRemoteActor(ctxB, "@x@c.test", new Date(), { network: async () => "federation.lookupTooFast" })).toEqual({ ok: false, message: "Vous recherchez des profils très rapidement. Réessayez dans quelques minutes." });
    } finally {
      testLocale("en");
    }
    expect(await setRemoteFollow(ctxB, sam.id, "nobody", true)).toEqual({ ok: false, message: "federation.actorGone" });
    expect(english((await setRemoteFollow(ctxB, sam.id, found.actor.id, false)).message)).toBe("Not following.");

    expect(await setRemoteFollow(ctxB, sam.id, found.actor.id, true)).toMatchObject({ ok: true, state: "pending", message: "Follow request sent to nova@a.test." });
    expect(english((await setRemoteFollow(ctxB, sam.id, found.actor.id, true)).message)).toBe("Requested.");
    await drain(B, A);
    expect(await A.db.select().from(remoteFollowers).where(eq(remoteFollowers.profileId, nova.id))).toHaveLength(1);
    expect((await B.db.select().from(remoteFollows))[0].state).toBe("accepted");

    // A's followers collection lists the remote follower; with the lists kept private it has a count only.
    const get = async (url: string) => await (await network(url, { headers: { accept: "application/activity+json" } })).json();
    const samUri = `http://b.test/ap/actors/${sam.id}`;
    expect(JSON.stringify(await get(`http://a.test/ap/actors/${nova.id}/followers?cursor=0`))).toContain(samUri);
    expect((await get(`http://a.test/ap/actors/${nova.id}/followers`)).totalItems).toBe(1);
    await A.db.update(profiles).set({ hideFollows: true }).where(eq(profiles.id, nova.id));
    expect(JSON.stringify(await get(`http://a.test/ap/actors/${nova.id}/followers?cursor=0`))).not.toContain(samUri);
    await A.db.update(profiles).set({ hideFollows: false }).where(eq(profiles.id, nova.id));
    expect(JSON.stringify(await get(`http://b.test/ap/actors/${sam.id}/following?cursor=0`))).toContain(`http://a.test/ap/actors/${nova.id}`);

    // A profile edit reaches B as an Update of the actor (the first scan only remembers where the profile stands).
    const { publishActorUpdates } = await import("./publish");
    expect(await publishActorUpdates(A.db, A.federation, A.config)).toBe(0);
    await A.db.update(profiles).set({ name: "Nova Lane & Band", updatedAt: new Date(Date.now() + 5) }).where(eq(profiles.id, nova.id));
    expect(await publishActorUpdates(A.db, A.federation, A.config)).toBe(1);
    expect(await publishActorUpdates(A.db, A.federation, A.config)).toBe(0);
    await drain(A, B);
    expect((await B.db.select().from(remoteActors))[0].name).toBe("Nova Lane & Band");

    // A publishes: the worker's publisher sends a Create to B's shared inbox.
    const now = new Date(Date.now() + 1000);
    const [rel] = await A.db.insert(releases).values({ profileId: nova.id, title: "Neon Echoes", kind: "album", releaseAt: now, status: "published" }).returning();
    await A.db.insert(activities).values({ actorId: nova.id, verb: "release_published", objectType: "release", objectId: rel.id, groupKey: `release:${rel.id}`, createdAt: now });
    const [show] = await A.db.insert(concerts).values({ profileId: nova.id, venueName: "Le Sucre", city: "Lyon", country: "FR", timeZone: "Europe/Paris", startsAt: new Date(Date.now() + 30 * 86_400_000) }).returning();
    await A.db.insert(activities).values({ actorId: nova.id, verb: "concert_announced", objectType: "concert", objectId: show.id, groupKey: `concert:${show.id}`, createdAt: now });
    expect(await publishPending(A.db, A.federation, A.config, new Date(now.getTime() + 1))).toBe(2);
    expect(await publishPending(A.db, A.federation, A.config, new Date(now.getTime() + 2))).toBe(0);
    await drain(A, B);
    const posts = await B.db.select().from(remotePosts);
    expect(posts.map((p) => p.type).sort()).toEqual(["Event", "Note"]);
    const note = posts.find((p) => p.type === "Note")!;
    expect(note.name).toBe("Neon Echoes");
    expect(note.url).toBe(`http://a.test/release/${rel.id}`);
    expect(note.contentHtml).toContain("Neon Echoes");

    // What `fedify lookup` does, with Fedify's own lookup: the outbox and the release resolve, fetched with requests signed by B's listener.
    await new Promise((r) => setTimeout(r, Math.max(0, now.getTime() - Date.now() + 20)));
    const signedLoader = await ctxB.getDocumentLoader({ identifier: sam.id });
    const outbox = await ctxB.lookupObject(`http://a.test/ap/actors/${nova.id}/outbox`, { documentLoader: signedLoader });
    expect(outbox).toBeInstanceOf(OrderedCollection);
    expect((outbox as OrderedCollection).totalItems).toBe(2);
    const object = await ctxB.lookupObject(note.uri, { documentLoader: signedLoader });
    expect(object).toBeInstanceOf(Note);
    expect(String((object as Note).name)).toBe("Neon Echoes");

    // Cancelled on A: B's card updates.
    const { setConcertStatus } = await import("@/lib/concerts/manage");
    expect((await setConcertStatus(A.db, show.id, nova.id, { status: "cancelled" })).ok).toBe(true);
    expect(await publishPending(A.db, A.federation, A.config)).toBe(1);
    await drain(A, B);
    const event = (await B.db.select().from(remotePosts).where(eq(remotePosts.type, "Event")))[0];
    expect(event.name).toBe("Cancelled: Le Sucre, Lyon");
    expect(event.location).toBe("Le Sucre, Lyon");

    // The release is taken down on A: B's copy is marked deleted (a Delete with a Tombstone).
    const { queueFederationChange } = await import("./changes");
    await A.db.update(activities).set({ deletedAt: new Date() }).where(eq(activities.objectId, rel.id));
    expect(await queueFederationChange(A.db, "release", rel.id, "delete")).toBe(1);
    expect(await publishPending(A.db, A.federation, A.config)).toBe(1);
    await drain(A, B);
    expect((await B.db.select().from(remotePosts).where(eq(remotePosts.type, "Note")))[0].deletedAt).not.toBeNull();

    // Unfollow: A's remote follower is gone.
    expect(await setRemoteFollow(ctxB, sam.id, found.actor.id, false)).toMatchObject({ ok: true, state: "none", message: "Unfollowed Nova Lane & Band." });
    await drain(B, A);
    expect(await A.db.select().from(remoteFollowers).where(eq(remoteFollowers.profileId, nova.id))).toHaveLength(0);
  });

  it("refuses unsigned deliveries, blocked domains and posts nobody here follows", async () => {
    const nova = (await A.db.select().from(profiles).where(eq(profiles.handle, "nova")))[0];
    const forged = new Follow({ id: new URL("http://b.test/forged"), actor: new URL("http://b.test/ap/actors/x"), object: new URL(`http://a.test/ap/actors/${nova.id}`) });
    const res = await network(`http://a.test/ap/actors/${nova.id}/inbox`, { method: "POST", headers: { "content-type": "application/activity+json" }, body: JSON.stringify(await forged.toJsonLd()) });
    expect(res.status).toBe(401);
    expect(await A.db.select().from(remoteFollowers)).toHaveLength(0);

    // A blocks b.test: B's listener cannot follow any more.
    await A.db.insert(federationBlocks).values({ target: "b.test" });
    const sam = (await B.db.select().from(profiles).where(eq(profiles.handle, "sam")))[0];
    const ctxB = B.federation.createContext(new URL(B.config.origin), { db: B.db, config: B.config });
    const found = await lookupRemoteActor(ctxB, "@nova@a.test", new Date(Date.now() + 3600_000));
    if (!found.ok) throw new Error(found.message);
    await setRemoteFollow(ctxB, sam.id, found.actor.id, true);
    await drain(B, A);
    expect(await A.db.select().from(remoteFollowers)).toHaveLength(0);
    expect((await B.db.select().from(remoteFollows))[0].state).toBe("pending");
    await A.db.delete(federationBlocks);

    // A Create from an actor nobody on A follows is not stored.
    const ctxA = A.federation.createContext(new URL(A.config.origin), { db: A.db, config: A.config });
    const samOnA = await lookupRemoteActor(ctxA, "@sam@b.test");
    expect(samOnA.ok).toBe(true);
    const ctxBsend = B.federation.createContext(new URL(B.config.origin), { db: B.db, config: B.config });
    await ctxBsend.sendActivity({ identifier: sam.id }, { id: new URL(`http://a.test/ap/actors/${nova.id}`), inboxId: new URL(`http://a.test/ap/actors/${nova.id}/inbox`) }, new Create({ id: new URL(`http://b.test/ap/objects/spam#create`), actor: ctxBsend.getActorUri(sam.id), object: new Note({ id: new URL("http://b.test/ap/objects/spam"), content: "<script>x</script>hi", attribution: ctxBsend.getActorUri(sam.id) }) }));
    await drain(B, A);
    expect(await A.db.select().from(remotePosts).where(isNull(remotePosts.deletedAt))).toHaveLength(0);
  });
});
