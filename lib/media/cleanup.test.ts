import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { eq, getTableName } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { mediaFiles, productImages, products, profiles, users, videos } from "@/db/schema";
import { removeProductImage } from "@/lib/merch/store";
import { createRelease } from "@/lib/music/releases";
import { tempDatabase } from "@/lib/test/db";
import { cleanupOrphanMedia } from "./cleanup";
import { MEDIA_REFERENCES } from "./references";
import { saveMedia, type NewMedia } from "./store";
import { resolveStored, scratchDir, storeFile } from "./storage";
import { thumbnail } from "./thumbnail";
import { withStoredMedia } from "./upload";

let t: ReturnType<typeof tempDatabase>;
let owner: string;
let page: string;
beforeEach(() => {
  t = tempDatabase();
  process.env.UPLOADS_DIR = path.join(t.dir, "uploads");
  owner = t.db.insert(users).values({ email: "o@x.test", name: "O" }).returning().get().id;
  page = t.db.insert(profiles).values({ ownerId: owner, kind: "artist", handle: "nova", name: "Nova" }).returning().get().id;
});
afterEach(() => {
  vi.restoreAllMocks();
  t.close();
});

const image = (): NewMedia => ({ ownerId: owner, kind: "image", mime: "image/webp", bytes: Buffer.from("webp bytes") });
const fileOf = (id: string) => {
  const row = t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).get();
  return row ? resolveStored(row.path) : null;
};
const pathOf = (id: string) => resolveStored(t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).get()!.path)!;
const exists = (id: string) => !!t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).get();
const age = (id: string, ms: number) => t.db.update(mediaFiles).set({ createdAt: new Date(Date.now() - ms) }).where(eq(mediaFiles.id, id)).run();
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
  it("a write that dies halfway leaves no file where readers look", () => {
    failHalfway();
    expect(() => storeFile("abcdef.webp", Buffer.alloc(1000, 7))).toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect(fs.existsSync(path.join(process.env.UPLOADS_DIR!, "ab", "abcdef.webp"))).toBe(false);
    expect(fs.readdirSync(scratchDir())).toEqual([]);
  });

  it("a thumbnail whose write dies halfway is not kept: the next request makes a whole one", async () => {
    const source = path.join(process.env.UPLOADS_DIR!, "ab", "abcdef.webp");
    fs.mkdirSync(path.dirname(source), { recursive: true });
    fs.writeFileSync(source, await sharp({ create: { width: 300, height: 300, channels: 3, background: "#c04080" } }).webp().toBuffer());
    failHalfway();
    await expect(thumbnail(source, 96)).rejects.toThrow(/ENOSPC/);
    vi.restoreAllMocks();
    expect(fs.existsSync(`${source}.w96.webp`)).toBe(false);
    const made = await thumbnail(source, 96);
    expect(await sharp(made).metadata()).toMatchObject({ width: 96, height: 96, format: "webp" });
  });

  it("an upload's temporary file is moved into the store, not copied", () => {
    const temp = path.join(scratchDir(), "upload.part");
    fs.writeFileSync(temp, Buffer.alloc(4321, 3));
    const id = saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/wav", file: temp, durationMs: 1000 });
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.statSync(pathOf(id)).size).toBe(4321);
    expect(t.db.select().from(mediaFiles).where(eq(mediaFiles.id, id)).get()).toMatchObject({ bytes: 4321, path: expect.stringMatching(/\.wav$/) });
  });
});

describe("withStoredMedia", () => {
  it("deletes what a request stored when it then fails or throws, keeps it when it succeeds", async () => {
    let failed = "";
    const refused = await withStoredMedia(t.db, (save) => {
      failed = save(image());
      return Response.json({ ok: false, message: "No room." }, { status: 400 });
    });
    expect(refused.status).toBe(400);
    expect(exists(failed)).toBe(false);
    expect(fs.readdirSync(path.join(process.env.UPLOADS_DIR!, failed.slice(0, 2)))).toEqual([]);

    const saved: string[] = [];
    await expect(
      withStoredMedia(t.db, (save) => {
        saved.push(save(image()), save(image()));
        throw new Error("transaction failed halfway");
      }),
    ).rejects.toThrow("halfway");
    for (const id of saved) expect(exists(id)).toBe(false);

    let kept = "";
    await withStoredMedia(t.db, (save) => {
      kept = save(image());
      return Response.json({ ok: true });
    });
    expect(fs.existsSync(fileOf(kept)!)).toBe(true);
  });
});

describe("cleanupOrphanMedia", () => {
  it("lists every column that references a media file", () => {
    const sqlite = t.db.$client;
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const inSchema = tables.flatMap(({ name }) =>
      (sqlite.prepare(`PRAGMA foreign_key_list("${name}")`).all() as { table: string; from: string }[]).filter((fk) => fk.table === "media_files").map((fk) => `${name}.${fk.from}`),
    );
    const listed = MEDIA_REFERENCES.map((c) => `${getTableName(c.table)}.${c.name}`);
    expect(listed.sort()).toEqual(inSchema.sort());
  });

  it("deletes unreferenced media older than an hour with their files, and nothing in use", () => {
    const audio = saveMedia(t.db, { ownerId: owner, kind: "audio", mime: "audio/wav", bytes: Buffer.from("RIFF") });
    const cover = saveMedia(t.db, image());
    const avatar = saveMedia(t.db, image());
    const video = saveMedia(t.db, { ownerId: owner, kind: "video", mime: "video/webm", bytes: Buffer.from("webm") });
    const poster = saveMedia(t.db, image());
    const photo = saveMedia(t.db, image());
    const oldOrphan = saveMedia(t.db, image());
    const newOrphan = saveMedia(t.db, image());
    // Listeners without pictures: NULLs must not hide orphans.
    t.db.insert(profiles).values({ ownerId: owner, kind: "listener", handle: "plain", name: "Plain" }).run();
    t.db.update(profiles).set({ avatarId: avatar }).where(eq(profiles.id, page)).run();
    createRelease(t.db, { profileId: page, title: "R", kind: "single", releaseAt: new Date(), coverId: cover, genre: null, explicit: false, embedFullPlays: true, tracks: [{ title: "T", audioId: audio, durationMs: 1000 }], credits: "" });
    t.db.insert(videos).values({ profileId: page, caption: "", mediaId: video, posterId: poster, durationMs: 1000 }).run();
    const product = t.db.insert(products).values({ profileId: page, title: "Tee", priceMinor: 100, currency: "EUR", shipCountries: ["DE"] }).returning().get().id;
    t.db.insert(productImages).values({ productId: product, position: 0, mediaId: photo }).run();
    for (const id of [audio, cover, avatar, video, poster, photo, oldOrphan]) age(id, 2 * HOUR);
    const orphanFile = pathOf(oldOrphan);
    fs.writeFileSync(`${orphanFile}.w48.webp`, "thumb");
    const staleScratch = path.join(scratchDir(), "stale.part");
    fs.writeFileSync(staleScratch, "half an upload");
    fs.utimesSync(staleScratch, new Date(Date.now() - 2 * HOUR), new Date(Date.now() - 2 * HOUR));

    expect(cleanupOrphanMedia(t.db)).toEqual({ media: 1, scratch: 1 });
    expect(exists(oldOrphan)).toBe(false);
    expect(fs.existsSync(orphanFile)).toBe(false);
    expect(fs.existsSync(`${orphanFile}.w48.webp`)).toBe(false);
    expect(fs.existsSync(staleScratch)).toBe(false);
    // An upload in progress (stored, not yet referenced) is left alone.
    for (const id of [audio, cover, avatar, video, poster, photo, newOrphan]) {
      expect(exists(id), id).toBe(true);
      expect(fs.existsSync(pathOf(id))).toBe(true);
    }
  });

  it("a removed product photo takes its file with it", () => {
    const product = t.db.insert(products).values({ profileId: page, title: "Tee", priceMinor: 100, currency: "EUR", shipCountries: ["DE"] }).returning().get().id;
    const first = saveMedia(t.db, image());
    const second = saveMedia(t.db, image());
    t.db.insert(productImages).values([{ productId: product, position: 0, mediaId: first }, { productId: product, position: 1, mediaId: second }]).run();
    const file = pathOf(first);
    expect(removeProductImage(t.db, page, product, 0)).toBe(true);
    expect(exists(first)).toBe(false);
    expect(fs.existsSync(file)).toBe(false);
    expect(t.db.select().from(productImages).all()).toEqual([{ productId: product, position: 0, mediaId: second }]);
    expect(exists(second)).toBe(true);
  });
});
