/**
 * The upload routes end to end: bounded bodies, and no file left behind by an
 * upload that fails.
 */
import { actAs, setUpGuardedEnv, tiny, type World } from "@/lib/test/guarded-env";
import fs from "node:fs";
import path from "node:path";
import { count } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { mediaFiles, releases } from "@/db/schema";
import { testLocale } from "@/lib/test/next-intl-server-stub";

// createRelease fails on demand, as a transaction failing halfway through an upload would.
const failing = globalThis as unknown as { __failCreateRelease?: boolean };
vi.mock("@/lib/music/releases", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/music/releases")>();
  return {
    ...real,
    createRelease: async (...args: Parameters<typeof real.createRelease>) => {
      if ((globalThis as unknown as { __failCreateRelease?: boolean }).__failCreateRelease) throw new Error("SQLITE_FULL: database or disk is full");
      return await real.createRelease(...args);
    },
  };
});

let world: World;
let cleanup = () => { };
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
});
afterAll(() => cleanup());
beforeEach(() => {
  failing.__failCreateRelease = false;
  actAs(world.owner.userId);
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
const headers = { "sec-fetch-site": "same-origin" };

/** Every file under the uploads directory, scratch space included. */
function storedFiles(): string[] {
  const root = process.env.UPLOADS_DIR!;
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(root, f)).isFile()).sort();
}
const mediaRows = async () => (await world.db.select({ n: count() }).from(mediaFiles).limit(1))[0]!.n;

async function post(route: string, url: string, params: Record<string, string>, body: FormData): Promise<Response> {
  const routes = import.meta.glob<Record<string, Handler>>("../../app/api/**/route.ts");
  const { POST } = await routes[`../../app/api/${route}/route.ts`]();
  return POST(new Request(`http://localhost:3100${url}`, { method: "POST", body, headers }), { params: Promise.resolve(params) });
}

describe("upload bodies are bounded", () => {
  it("refuses a chunked picture upload with 413 once it passes the limit, reading no further", async () => {
    let pulled = 0;
    const head = Buffer.from('--b\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n');
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        const piece = pulled === 0 ? Buffer.concat([head, Buffer.alloc(65_536)]) : Buffer.alloc(65_536);
        pulled += piece.length;
        controller.enqueue(new Uint8Array(piece));
      },
    });
    const { POST } = await import("@/app/api/studio/pages/[id]/image/route");
    const request = new Request(`http://localhost:3100/api/studio/pages/${world.page}/image?slot=avatar`, {
      method: "POST",
      body,
      headers: { ...headers, "content-type": "multipart/form-data; boundary=b" },
      duplex: "half",
    } as RequestInit);
    const before = storedFiles();
    const response = await POST(request, { params: Promise.resolve({ id: world.page }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, message: "The image is too large. The limit is 5 MB." });
    expect(pulled).toBeLessThan(5 * 1048576 + 64 * 1024 + 3 * 65_536);
    expect(storedFiles()).toEqual(before);
  });
});

describe("failed uploads leave no files", () => {
  it("a video whose post is refused is deleted with its poster", async () => {
    const before = { rows: await mediaRows(), files: storedFiles() };
    const form = new FormData();
    form.append("caption", "live");
    form.append("trackId", "NotThisPagesTrack1");
    form.append("video", new File([new Uint8Array(tiny.webm)], "clip.webm", { type: "video/webm" }));
    form.append("poster", new File([new Uint8Array(tiny.png)], "poster.png", { type: "image/png" }));
    const response = await post("studio/pages/[id]/videos", `/api/studio/pages/${world.page}/videos`, { id: world.page }, form);
    expect(response.status).toBe(400);
    expect(await mediaRows()).toBe(before.rows);
    expect(storedFiles()).toEqual(before.files);
  });

  it("a release that fails halfway (after its files were stored) leaves none of them", async () => {
    const before = { rows: await mediaRows(), files: storedFiles(), releases: (await world.db.select({ n: count() }).from(releases).limit(1))[0]!.n };
    const form = () => {
      const data = new FormData();
      for (const [k, v] of Object.entries({ title: "Second", kind: "ep", releaseAt: "", genre: "techno" })) data.append(k, v);
      for (const name of ["One", "Two"]) {
        data.append("trackTitle", name);
        data.append("audio", new File([new Uint8Array(tiny.wav)], `${name}.wav`, { type: "audio/wav" }));
      }
      data.append("cover", new File([new Uint8Array(tiny.png)], "cover.png", { type: "image/png" }));
      return data;
    };
    failing.__failCreateRelease = true;
    await expect(post("studio/pages/[id]/releases", `/api/studio/pages/${world.page}/releases`, { id: world.page }, form())).rejects.toThrow(/SQLITE_FULL/);
    expect(await mediaRows()).toBe(before.rows);
    expect(storedFiles()).toEqual(before.files);

    // The same upload succeeding keeps exactly its three files (two tracks and a cover), moved out of scratch space.
    failing.__failCreateRelease = false;
    const response = await post("studio/pages/[id]/releases", `/api/studio/pages/${world.page}/releases`, { id: world.page }, form());
    expect(response.status).toBe(200);
    expect((await world.db.select({ n: count() }).from(releases).limit(1))[0]!.n).toBe(before.releases + 1);
    expect(await mediaRows()).toBe(before.rows + 3);
    const added = storedFiles().filter((f) => !before.files.includes(f));
    expect(added).toHaveLength(3);
    expect(added.some((f) => f.startsWith(".tmp"))).toBe(false);
  });
});

describe("what the uploader is told, in their language", () => {
  const videos = (body: FormData) => post("studio/pages/[id]/videos", `/api/studio/pages/${world.page}/videos`, { id: world.page }, body);

  it("the video route's refusals and lib/http's, in the request's language", async () => {
    const form = new FormData();
    form.append("caption", "live");
    form.append("trackId", "NotThisPagesTrack1");
    form.append("video", new File([new Uint8Array(tiny.webm)], "clip.webm", { type: "video/webm" }));
    const linked = "The linked track must be one of this page's tracks.";
    expect(await (await videos(form)).json()).toMatchObject({ ok: false, message: linked, fieldErrors: { trackId: linked } });
    testLocale("fr");
    try {
      const noVideo = new FormData();
      noVideo.append("caption", "live");
      expect(await (await videos(noVideo)).json()).toMatchObject({ ok: false, message: "Choisissez une vidéo à importer.", fieldErrors: { video: "Choisissez une vidéo à importer." } });
      // Not a form at all: lib/http names the refusal, the upload says it in French.
      const { POST } = await import("@/app/api/studio/pages/[id]/videos/route");
      const notAForm = await POST(new Request(`http://localhost:3100/api/studio/pages/${world.page}/videos`, { method: "POST", body: "{}", headers: { ...headers, "content-type": "application/json" } }), { params: Promise.resolve({ id: world.page }) });
      expect(notAForm.status).toBe(400);
      expect(await notAForm.json()).toMatchObject({ ok: false, message: "L’envoi n’a pas pu être lu. Réessayez." });
    } finally {
      testLocale("en");
    }
  });
});
