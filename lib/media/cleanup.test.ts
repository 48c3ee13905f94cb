import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { eq, getTableName } from "drizzle-orm";
import { columnsReferencing } from "@/db/inspect";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mediaFiles, productImages, products, profiles, users, videos } from "@/db/schema";
import { removeProductImage } from "@/lib/merch/store";
import { createRelease } from "@/lib/music/releases";
import { tempDatabase } from "@/lib/test/db";
import { cleanupOrphanMedia } from "./cleanup";
import { MEDIA_DERIVED, MEDIA_REFERENCES } from "./references";
import { saveMedia, type NewMedia } from "./store";
import { mediaStorage, resolveStored, scratchDir } from "./storage";
import { thumbnail } from "./thumbnail";
import { withStoredMedia } from "./upload";

let t: Awaited<ReturnType<typeof tempDatabase>>;
let owner: string;
let page: string;
beforeEach(async () => {
  t = await tempDatabase();
  process.env.UPLOADS_DIR = path.join(t.dir, "uploads");
  owner = (await t.db.insert(users).values({ email: "o@x.test", name: "O" }).returning())[0].id;
  page = (await t.db.insert(profiles).values({ ownerId: owner, kind: "artist", handle: "nova", name: "Nova" }).returning())[0].id;
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

const image = (): NewMedia => ({ ownerId: owner, kind: "image", mime: "image/webp", bytes: Buffer.from("webp bytes") });
const fileOf = async (id: string) => {
  const row = (await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0];
  return row ? resolveStored(row.path) : null;
};
const pathOf = async (id: string) => resolveStored((await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0]!.path)!;
const exists = async (id: string) => !!(await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0];
const age = async (id: string, ms: number) => await t.db.update(mediaFiles).set({ createdAt: new Date(Date.now() - ms) }).where(eq(mediaFiles.id, id));
const HOUR = 3_600_000;

/** fs.writeFileSync that dies halfway, as on a full disk or a killed process. */
function failHalfway() {
  const real = fs.writeFileSync;
  return vi.spyOn(fs, "writeFileSync").mockImplementation((file, data, options) => {
    const bytes = Buffer.from(data as Uint8Array);
    real(file, bytes.subarray(0, bytes.length >> 1), options);
    throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
  });
}

describe("storing files", () => {
  it("a write that dies halfway leaves no file where readers look", async () => {
    failHalfway();
    await expect(mediaStorage().put("ab/abcdef.webp", Buffer.alloc(1000, 7))).rejects.toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(process.env.UPLOADS_DIR!, "ab", "abcdef.webp"))).toBe(false);
    expect(fs.readdirSync(scratchDir())).toEqual([]);
  });

  it("a thumbnail whose write dies halfway is not kept: the next request makes a whole one", async () => {
    const source = path.join(process.env.UPLOADS_DIR!, "ab", "abcdef.webp");
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, await sharp({ create: { width: 300, height: 300, channels: 3, background: "#c04080" } }).webp().toBuffer());
    failHalfway();
    await expect(thumbnail("ab/abcdef.webp", 96)).rejects.toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect(fs.existsSync(`${source}.w96.webp`)).toBe(false);
    const made = await thumbnail("ab/abcdef.webp", 96);
    expect(made).toBe("ab/abcdef.webp.w96.webp");
    expect(await sharp(resolveStored(made)!).metadata()).toMatchObject({ width: 96, height: 96, format: "webp" });
  });

  it("an upload's temporary file is moved into the store, not copied", async () => {
    const temp = path.join(scratchDir(), "upload.part");
    fs.writeFileSync(temp, Buffer.alloc(4321, 3));
    const id = await saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/wav", file: temp, durationMs: 1000 });
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.statSync(await pathOf(id)).size).toBe(4321);
    expect((await t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).limit(1))[0]).toMatchObject({ bytes: 4321, path: expect.stringMatching(/\.wav$/) });
  });
});

describe("withStoredMedia", () => {
  it("deletes what a request stored when it then fails or throws, keeps it when it succeeds", async () => {
    let failed = "";
    const refused = await withStoredMedia(t.db, async (save) => {
      failed = await save(image());
      return Response.json({ ok: false, message: "No room." }, { status: 400 });
    });
    expect(refused.status).toBe(400);
    expect(await exists(failed)).toBe(false);
    expect(fs.readdirSync(path.join(process.env.UPLOADS_DIR!, failed.slice(0, 2)))).toEqual([]);

    const saved: string[] = [];
    await expect(
      withStoredMedia(t.db, async (save) => {
        saved.push(await save(image()), await save(image()));
        throw new Error("transaction failed halfway");
      }),
    ).rejects.toThrow("halfway");
    for (const id of saved) expect(await exists(id)).toBe(false);

    let kept = "";
    await withStoredMedia(t.db, async (save) => {
      kept = await save(image());
      return Response.json({ ok: true });
    });
    expect(fs.existsSync((await fileOf(kept))!)).toBe(true);
  });
});

describe("cleanupOrphanMedia", () => {
  it("lists every column that references a media file", async () => {
    const inSchema = await columnsReferencing(t.db, "media_files");
    const listed = [...MEDIA_REFERENCES, ...MEDIA_DERIVED].map((c) => `${getTableName(c.table)}.${c.name}`);
    expect(listed.sort()).toEqual(inSchema.sort());
  });

  it("deletes unreferenced media older than an hour with their files, and nothing in use", async () => {
    const audio = await saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/wav", bytes: Buffer.from("RIFF") });
    const cover = await saveMedia(t.db, image());
    const avatar = await saveMedia(t.db, image());
    const video = await saveMedia(t.db, { ownerId: owner, kind: "video", mime: "video/webm", bytes: Buffer.from("webm") });
    const poster = await saveMedia(t.db, image());
    const photo = await saveMedia(t.db, image());
    const oldOrphan = await saveMedia(t.db, image());
    const newOrphan = await saveMedia(t.db, image());
    // Listeners without pictures: NULLs must not hide orphans.
    await t.db.insert(profiles).values({ ownerId: owner, kind: "listener", handle: "plain", name: "Plain" });
    await t.db.update(profiles).set({ avatarId: avatar }).where(eq(profiles.id, page));
    await createRelease(t.db, { profileId: page, title: "R", kind: "single", releaseAt: new Date(), coverId: cover, genre: null, explicit: false, embedFullPlays: true, tracks: [{ title: "T", audioId: audio, durationMs: 1000 }], credits: "" });
    await t.db.insert(videos).values({ profileId: page, caption: "", mediaId: video, posterId: poster, durationMs: 1000 });
    const product = (await t.db.insert(products).values({ profileId: page, title: "Tee", priceMinor: 100, currency: "EUR", shipCountries: ["DE"] }).returning())[0].id;
    await t.db.insert(productImages).values({ productId: product, position: 0, mediaId: photo });
    for (const id of [audio, cover, avatar, video, poster, photo, oldOrphan]) await age(id, 2 * HOUR);
    const orphanFile = await pathOf(oldOrphan);
    fs.writeFileSync(`${orphanFile}.w48.webp`, "thumb");
    const staleScratch = path.join(scratchDir(), "stale.part");
    fs.writeFileSync(staleScratch, "half an upload");
    fs.utimesSync(staleScratch, new Date(Date.now() - 2 * HOUR), new Date(Date.now() - 2 * HOUR));

    expect(await cleanupOrphanMedia(t.db)).toEqual({ media: 1, scratch: 1 });
    expect(await exists(oldOrphan)).toBe(false);
    expect(fs.existsSync(orphanFile)).toBe(false);
    expect(fs.existsSync(`${orphanFile}.w48.webp`)).toBe(false);
    expect(fs.existsSync(staleScratch)).toBe(false);
    // An upload in progress (stored, not yet referenced) is left alone.
    for (const id of [audio, cover, avatar, video, poster, photo, newOrphan]) {
      expect(await exists(id), id).toBe(true);
      expect(fs.existsSync(await pathOf(id))).toBe(true);
    }
  });

  it("a removed product photo takes its file with it", async () => {
    const product = (await t.db.insert(products).values({ profileId: page, title: "Tee", priceMinor: 100, currency: "EUR", shipCountries: ["DE"] }).returning())[0].id;
    const first = await saveMedia(t.db, image());
    const second = await saveMedia(t.db, image());
    await t.db.insert(productImages).values([{ productId: product, position: 0, mediaId: first }, { productId: product, position: 1, mediaId: second }]);
    const file = await pathOf(first);
    expect(await removeProductImage(t.db, page, product, 0)).toBe(true);
    expect(await exists(first)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
    expect((await t.db.select().from(productImages))).toEqual([{ productId: product, position: 0, mediaId: second }]);
    expect(await exists(second)).toBe(true);
  });
});
