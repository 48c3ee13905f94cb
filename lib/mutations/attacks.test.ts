/**
 * The attacks found when Chorus was tried as an attacker would, each reproduced
 * against the real actions and route handlers, and each now doing no harm.
 */
import { actAs, form, handlerCall, outcome, setUpGuardedEnv, snapshot, state, tiny, type World } from "@/lib/test/guarded-env";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { follows, orders, productVariants, products, profiles } from "@/db/schema";

let world: World;
let cleanup = () => { };
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
});
afterAll(() => cleanup());

const following = async (followerId: string, followeeId: string) => (await world.db.select().from(follows).where(and(eq(follows.followerId, followerId), eq(follows.followeeId, followeeId))).limit(1))[0];

describe("attack 1: a link makes a signed-in user follow someone", () => {
  it("a follow 'completed' without a click in this browser does nothing", async () => {
    const { followAction } = await import("@/lib/follows/actions");
    actAs(world.other.userId);
    const before = await snapshot(world);
    const result = await followAction({ profileId: world.page, follow: true, intent: true });
    expect(result.ok).toBe(false);
    expect((await snapshot(world))).toBe(before);
    expect(await following(world.other.listenerId, world.page)).toBeUndefined();
  });

  it("a click while signed out is completed once after sign-in, with the site taken from the popup's token", async () => {
    const { followAction, startFollowAction } = await import("@/lib/follows/actions");
    const { mintIntentToken } = await import("@/lib/follows/intent");
    actAs(null);
    const token = mintIntentToken({ profileId: world.page, origin: "https://blog.example/post", source: "embed" });
    expect((await startFollowAction({ profileId: world.page, token, returnTo: "/intent/follow?handle=owned_artist" })).ok).toBe(true);
    const cookie = [...state.cookies.values()][0];
    expect(cookie).toBe(token);
    // Signing in keeps the browser's cookies.
    state.userId = world.stranger.userId;
    expect((await followAction({ profileId: world.page, follow: true, intent: true })).ok).toBe(true);
    expect(await following(world.stranger.listenerId, world.page)).toMatchObject({ source: "embed", sourceOrigin: "https://blog.example" });
    // Replaying the same token (an attacker who copied it) finds it spent.
    await followAction({ profileId: world.page, follow: false });
    state.cookies.set("chorus_follow_intent", cookie);
    expect((await followAction({ profileId: world.page, follow: true, intent: true })).ok).toBe(false);
    expect(await following(world.stranger.listenerId, world.page)).toBeUndefined();
  });

  it("a forged token or one for another profile is refused", async () => {
    const { followAction } = await import("@/lib/follows/actions");
    const { mintIntentToken } = await import("@/lib/follows/intent");
    actAs(world.other.userId);
    const forOther = mintIntentToken({ profileId: world.elsewhere, origin: "https://evil.example", source: "embed" });
    state.cookies.set("chorus_follow_intent", forOther);
    expect((await followAction({ profileId: world.page, follow: true, intent: true })).ok).toBe(false);
    const [body, mac] = forOther.split(".");
    const tampered = `${Buffer.from(Buffer.from(body, "base64url").toString().replace(world.elsewhere, world.page)).toString("base64url")}.${mac}`;
    state.cookies.set("chorus_follow_intent", tampered);
    expect((await followAction({ profileId: world.page, follow: true, intent: true })).ok).toBe(false);
    expect(await following(world.other.listenerId, world.page)).toBeUndefined();
  });
});

describe("attack 2: sign-in guessing without limit, and locking the real user out", () => {
  it("counts failures only, per account and address; the owner still gets in from their own address", async () => {
    const { verifyCredentials } = await import("@/lib/auth/credentials");
    const { hashPassword } = await import("@/lib/auth/password");
    const { users } = await import("@/db/schema");
    await world.db.update(users).set({ passwordHash: await hashPassword("right-pass-1") }).where(eq(users.id, world.friend.userId));
    // Successful sign-ins never lock anyone out.
    for (let i = 0; i < 12; i++) expect((await verifyCredentials("friend@x.test", "right-pass-1", "198.51.100.1")).ok).toBe(true);
    // An attacker guesses from one address: after 5 failures even the right password is refused there, with a wait.
    for (let i = 0; i < 5; i++) expect(await verifyCredentials("friend@x.test", `guess-${i}`, "203.0.113.66")).toEqual({ ok: false });
    const blocked = await verifyCredentials("friend@x.test", "right-pass-1", "203.0.113.66");
    expect(blocked.ok).toBe(false);
    expect(blocked.ok ? 0 : blocked.retryAfterMs).toBeGreaterThan(0);
    // The real user, elsewhere, is not locked out.
    expect((await verifyCredentials("friend@x.test", "right-pass-1", "198.51.100.1")).ok).toBe(true);
  });

  it("upgrades an old bcrypt hash to argon2id on sign-in", async () => {
    const bcrypt = (await import("bcryptjs")).default;
    const { verifyCredentials } = await import("@/lib/auth/credentials");
    const { users } = await import("@/db/schema");
    await world.db.update(users).set({ passwordHash: bcrypt.hashSync("old-pass-1", 4) }).where(eq(users.id, world.stranger.userId));
    expect((await verifyCredentials("stranger@x.test", "old-pass-1", "198.51.100.2")).ok).toBe(true);
    expect((await world.db.select().from(users).where(eq(users.id, world.stranger.userId)).limit(1))[0]!.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe("attack 5: saving a product writes back the stock the form loaded", () => {
  it("refuses an edit made from stale stock with a message, and changes nothing", async () => {
    const { saveProductAction } = await import("@/lib/merch/actions");
    actAs(world.owner.userId);
    const variant = async () => (await world.db.select().from(productVariants).where(eq(productVariants.id, world.variant)).limit(1))[0]!;
    const loaded = (await variant()).stock;
    // A fan buys two while the artist has the form open.
    await world.db.update(productVariants).set({ stock: loaded - 2 }).where(eq(productVariants.id, world.variant));
    const before = await snapshot(world);
    const result = await saveProductAction({ ok: false }, form({ profileId: world.page, productId: world.product, title: "Tee (new title)", description: "", price: "25", currency: "EUR", status: "live", shipCountries: ["DE"], variantId: world.variant, variantName: "M", variantStock: String(loaded), variantStockFrom: String(loaded), variantPrice: "" }));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/Stock changed while you were editing/);
    expect(result.data?.stock?.[world.variant]).toBe(loaded - 2);
    expect(result.values?.title).toBe("Tee (new title)");
    expect((await snapshot(world))).toBe(before);
  });
});

describe("checkout places what was reviewed", () => {
  it("shows the new review instead of charging a changed cart", async () => {
    const { cartAction, checkoutAction } = await import("@/lib/merch/actions");
    actAs(world.other.userId);
    expect((await cartAction({ variantId: world.variant, quantity: 1, mode: "set" })).ok).toBe(true);
    const address = world.address;
    const review = await checkoutAction({ ok: false }, form({ sellerId: world.page, currency: "EUR", step: "review", ...address }));
    expect(review.data?.step).toBe("review");
    // The seller raises the price after the review.
    await world.db.update(products).set({ priceMinor: 9900 }).where(eq(products.id, world.product));
    const ordersBefore = (await world.db.select().from(orders)).length;
    const placed = await checkoutAction({ ok: false }, form({ sellerId: world.page, currency: "EUR", step: "place", fingerprint: review.data!.review!.fingerprint, ...address }));
    expect(placed.data?.step).toBe("review");
    expect(placed.message).toMatch(/changed since you reviewed/);
    expect(placed.data?.review?.total).toContain("99");
    expect((await world.db.select().from(orders)).length).toBe(ordersBefore);
    // Placing the new review goes through.
    const again = await outcome(() => checkoutAction({ ok: false }, form({ sellerId: world.page, currency: "EUR", step: "place", fingerprint: placed.data!.review!.fingerprint, ...address })));
    expect(again.ok).toBe(true);
    expect((await world.db.select().from(orders)).length).toBe(ordersBefore + 1);
  });
});

describe("attack 6: cookie-authenticated route handlers never checked Origin", () => {
  it("refuses a cross-site upload from a signed-in artist's browser", async () => {
    actAs(world.owner.userId);
    const before = await snapshot(world);
    const { POST } = await import("@/app/api/studio/pages/[id]/image/route");
    const body = new FormData();
    body.append("file", new File([new Uint8Array(tiny.png)], "a.png", { type: "image/png" }));
    for (const headers of [{ "sec-fetch-site": "same-site", origin: "https://evil.chorus.example" }, { origin: "https://evil.chorus.example", host: "chorus.example" }, {}] as Record<string, string>[]) {
      const response = await POST(new Request(`http://localhost:3100/api/studio/pages/${world.page}/image?slot=avatar`, { method: "POST", body, headers }), { params: Promise.resolve({ id: world.page }) });
      expect(response.status).toBe(403);
    }
    expect((await snapshot(world))).toBe(before);
    expect((await handlerCall("studio/pages/[id]/image", "POST", (x) => `/api/studio/pages/${x.page}/image?slot=avatar`, (x) => ({ id: x.page }), () => body)(world)).ok).toBe(true);
  });
});

describe("attack 7: abuse has no brakes", () => {
  it("limits sign-ups per address with a message that says when to try again", async () => {
    const { signUpAction } = await import("@/lib/auth/actions");
    actAs(null);
    state.headers = { ...state.headers, "x-chorus-client-ip": "198.51.100.77" };
    let last = { ok: true } as Awaited<ReturnType<typeof signUpAction>>;
    for (let i = 0; i < 21; i++) {
      const handle = `spam${i}x${Date.now().toString(36)}`;
      last = await (async () => {
        try {
          return await signUpAction({ ok: false }, form({ email: `${handle}@x.test`, password: "loud-music-2026", name: "Spam", handle, country: "DE" }));
        } catch {
          return { ok: true };
        }
      })();
    }
    expect(last.ok).toBe(false);
    expect(last.message).toMatch(/Try again in \d+ minutes/);
    state.headers = { ...state.headers, "x-chorus-client-ip": "203.0.113.5" };
  });

  it("does not confirm to a stranger, more than once per address, that an email has an account", async () => {
    const { signUpAction } = await import("@/lib/auth/actions");
    actAs(null);
    state.headers = { ...state.headers, "x-chorus-client-ip": "198.51.100.88" };
    const attempt = (n: number) => signUpAction({ ok: false }, form({ email: "owner@x.test", password: "loud-music-2026", name: "X", handle: `probe${n}${Date.now().toString(36)}`, country: "DE" }));
    expect((await attempt(1)).fieldErrors?.email).toMatch(/already exists/);
    const second = await attempt(2);
    expect(second.fieldErrors?.email).toBeUndefined();
    expect(second.message).toMatch(/could not create an account/);
    state.headers = { ...state.headers, "x-chorus-client-ip": "203.0.113.5" };
  });

  it("limits message requests to people who do not follow you, per day", async () => {
    const { startConversationAction } = await import("@/lib/messages/actions");
    const { users } = await import("@/db/schema");
    actAs(world.other.userId);
    let refused: string | undefined;
    for (let i = 0; i < 22 && !refused; i++) {
      const u = (await world.db.insert(users).values({ email: `target${i}@x.test`, name: "t" }).returning())[0];
      await world.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: `target_${i}`, name: `Target ${i}` });
      const r = await outcome(async () => {
        const result = await startConversationAction({ ok: false }, form({ to: `@target_${i}`, body: "buy my mixtape" }));
        if (!result.ok) refused = result.message;
        return result;
      });
      if (i < 20) expect(r.ok).toBe(true);
    }
    expect(refused).toMatch(/written to many people who do not follow you today\. Try again in/);
  });
});

describe("smaller findings", () => {
  it("text with invisible control characters (NUL) is refused with a message, in any action", async () => {
    const { postAnnouncementAction } = await import("@/lib/studio/actions");
    actAs(world.owner.userId);
    const before = await snapshot(world);
    const result = await postAnnouncementAction({ ok: false }, form({ profileId: world.page, body: "tour\u0000dates" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { body: "Remove the invisible control characters from this text." }, values: { body: "tour\u0000dates" } });
    expect((await snapshot(world))).toBe(before);
  });

  it("a report from a message request carries the messages it is about", async () => {
    const { reportAction } = await import("@/lib/messages/actions");
    const { reports } = await import("@/db/schema");
    actAs(world.owner.userId);
    expect((await reportAction({ profileId: world.stranger.listenerId, reason: "spam", conversationId: world.request })).ok).toBe(true);
    const row = (await world.db.select().from(reports).where(eq(reports.reporterId, world.owner.listenerId))).at(-1)!;
    // The reporter's words, and the messages as evidence beside them (shown to moderators in the queue).
    expect(row).toMatchObject({ reason: "spam", targetType: "profile", excerpt: "> hi, a request" });
    // Someone outside the conversation cannot pull its messages into a report.
    actAs(world.other.userId);
    expect((await reportAction({ profileId: world.stranger.listenerId, reason: "spam", conversationId: world.request })).ok).toBe(true);
    expect((await world.db.select().from(reports).where(eq(reports.reporterId, world.other.listenerId))).at(-1)!).toMatchObject({ reason: "spam", excerpt: null });
  });

  it("a page's inbox is answered only by the account that runs the page", async () => {
    const { sendMessageAction, startConversationAction } = await import("@/lib/messages/actions");
    const { conversationMembers } = await import("@/db/schema");
    // A fan writes to the artist page; its manager answers as the page.
    actAs(world.friend.userId);
    await outcome(() => startConversationAction({ ok: false }, form({ to: "@owned_artist", body: "Will you play Lisbon?" })));
    const conversation = (await world.db.select().from(conversationMembers).where(eq(conversationMembers.profileId, world.page))).at(-1)!.conversationId;
    actAs(world.owner.userId);
    expect((await sendMessageAction({ conversationId: conversation, body: "Next spring!", as: world.page })).ok).toBe(true);
    // Nobody else can write as the page, nor read its conversation as themselves.
    actAs(world.stranger.userId);
    const before = await snapshot(world);
    expect(await sendMessageAction({ conversationId: conversation, body: "I am the band", as: world.page })).toMatchObject({ ok: false, message: "You cannot write as this page: only its owner, admins and editors can." });
    expect((await sendMessageAction({ conversationId: conversation, body: "hello?" })).ok).toBe(false);
    expect((await snapshot(world))).toBe(before);
  });

  it("a creator's own plays do not count; a listener's do, once per 30 s", async () => {
    const { POST } = await import("@/app/api/plays/route");
    const play = async () => {
      const response = await POST(new Request("http://localhost:3100/api/plays", { method: "POST", body: JSON.stringify({ trackId: world.track, source: "app" }), headers: { "sec-fetch-site": "same-origin" } }), { params: Promise.resolve({}) });
      return ((await response.json()) as { counted: boolean }).counted;
    };
    actAs(world.owner.userId);
    expect(await play()).toBe(false);
    actAs(world.friend.userId);
    expect(await play()).toBe(true);
    expect(await play()).toBe(false);
  });

  it("an embed reports how a listen ended by address, as its plays: heard to the end only after its counted play; Discover's cards do not", async () => {
    const { POST } = await import("@/app/api/plays/route");
    const send = async (body: object) => {
      const response = await POST(new Request("http://localhost:3100/api/plays", { method: "POST", body: JSON.stringify({ trackId: world.track, ...body }), headers: { "sec-fetch-site": "same-origin" } }), { params: Promise.resolve({}) });
      return ((await response.json()) as { counted: boolean }).counted;
    };
    // Embeds are cookie-free: whoever is signed in on Chorus, an embed counts by address.
    actAs(world.friend.userId);
    expect(await send({ source: "embed", event: "complete" })).toBe(false);
    expect(await send({ source: "embed", event: "play" })).toBe(true);
    expect(await send({ source: "discovery", event: "complete" })).toBe(false);
    expect(await send({ source: "embed", event: "complete" })).toBe(true);
    expect(await send({ source: "embed", event: "complete" })).toBe(false);
    expect(await send({ source: "embed", event: "skip" })).toBe(true);
    expect(await send({ source: "embed", event: "queue" })).toBe(false);
  });

  it("a well-formed but unknown id in block or report is a message, not a crash", async () => {
    const { blockAction, reportAction } = await import("@/lib/messages/actions");
    actAs(world.other.userId);
    const before = await snapshot(world);
    expect(await blockAction({ profileId: "AAAAAAAAAAAAAA", block: true })).toMatchObject({ ok: false, message: "That profile does not exist." });
    expect(await reportAction({ profileId: "AAAAAAAAAAAAAA", reason: "spam spam" })).toMatchObject({ ok: false, message: "That profile does not exist." });
    expect((await snapshot(world))).toBe(before);
  });

  it("blocking removes the 'followed' activity and records the unfollow, through the one follow writer", async () => {
    const { followAction } = await import("@/lib/follows/actions");
    const { blockAction } = await import("@/lib/messages/actions");
    const { activities, followEvents } = await import("@/db/schema");
    const { users } = await import("@/db/schema");
    const u = (await world.db.insert(users).values({ email: "pest@x.test", name: "pest" }).returning())[0];
    const pest = (await world.db.insert(profiles).values({ ownerId: u.id, kind: "listener", handle: "pest", name: "Pest" }).returning())[0];
    actAs(u.id);
    expect((await followAction({ profileId: world.friend.listenerId, follow: true })).ok).toBe(true);
    expect((await world.db.select().from(activities).where(and(eq(activities.actorId, pest.id), eq(activities.verb, "followed"))))).toHaveLength(1);
    actAs(world.friend.userId);
    expect((await blockAction({ profileId: pest.id, block: true })).ok).toBe(true);
    expect(await following(pest.id, world.friend.listenerId)).toBeUndefined();
    expect((await world.db.select().from(activities).where(and(eq(activities.actorId, pest.id), eq(activities.verb, "followed"))))).toHaveLength(0);
    expect((await world.db.select().from(followEvents).where(and(eq(followEvents.followerId, pest.id), eq(followEvents.kind, "unfollowed"))))).toHaveLength(1);
  });

  it("a renamed handle redirects and stays reserved: nobody else can take it", async () => {
    const { updatePageAction, createPageAction } = await import("@/lib/studio/actions");
    const { renamedTo } = await import("@/lib/profiles/handle-history");
    actAs(world.owner.userId);
    const saved = await updatePageAction({ ok: false }, form({ profileId: world.page, name: "Owned Artist", handle: "renamed_artist", bio: "", links: "", genres: "", city: "", country: "DE" }));
    expect(saved.ok).toBe(true);
    expect(await renamedTo(world.db, "owned_artist")).toBe("renamed_artist");
    actAs(world.other.userId);
    const squat = await createPageAction({ ok: false }, form({ kind: "artist", name: "Impostor", handle: "Owned_Artist" }));
    expect(squat.fieldErrors?.handle).toMatch(/reserved/);
    // The owner may take it back.
    actAs(world.owner.userId);
    expect((await updatePageAction({ ok: false }, form({ profileId: world.page, name: "Owned Artist", handle: "owned_artist", bio: "", links: "", genres: "", city: "", country: "DE" }))).ok).toBe(true);
    expect(await renamedTo(world.db, "owned_artist")).toBeNull();
  });
});
