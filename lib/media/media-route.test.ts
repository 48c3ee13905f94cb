/**
 * "Preview only" is enforced by the media route: other sites (embeds, hotlinks)
 * get the first 30 seconds of such a track whatever they ask for; Chorus's own
 * player gets the whole file through a signed URL.
 */
import { actAs, setUpGuardedEnv, type World } from "@/lib/test/guarded-env";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { synthesize } from "@/lib/media/synth";

let world: World;
let cleanup = () => { };
const audio: Record<"previewOnly" | "full", { id: string; trackId: string; bytes: number }> = {} as never;
beforeAll(async () => {
  ({ world, cleanup } = await setUpGuardedEnv());
  const { saveMedia } = await import("@/lib/media/store");
  const { createRelease } = await import("@/lib/music/releases");
  for (const [name, embedFullPlays] of [["previewOnly", false], ["full", true]] as const) {
    const bytes = synthesize({ seed: 3, seconds: 60, sampleRate: 8000, root: 57, bpm: 120 });
    const id = await saveMedia(world.db, { ownerId: world.owner.userId, kind: "audio", mime: "audio/wav", bytes, durationMs: 60_000 });
    const { trackIds } = await createRelease(world.db, { profileId: world.page, title: name, kind: "single", releaseAt: new Date(Date.now() - 60_000), coverId: null, genre: null, explicit: false, embedFullPlays, tracks: [{ title: name, audioId: id, durationMs: 60_000 }], credits: "" });
    audio[name] = { id, trackId: trackIds[0], bytes: bytes.length };
  }
  actAs(null);
});
afterAll(() => cleanup());

async function bytesServed(url: string): Promise<number> {
  const { GET } = await import("@/app/api/media/[id]/route");
  const id = /\/api\/media\/([^?]+)/.exec(url)![1];
  const response = await GET(new Request(`http://localhost:3100${url}`), { params: Promise.resolve({ id }) });
  expect(response.status).toBe(200);
  return Number(response.headers.get("content-length"));
}

describe("preview-only tracks", () => {
  it("an unsigned request, as an embed or a hotlink makes, gets only the first 30 seconds", async () => {
    const half = Math.floor(audio.previewOnly.bytes / 2);
    expect(await bytesServed(`/api/media/${audio.previewOnly.id}`)).toBe(half);
    expect(await bytesServed(`/api/media/${audio.previewOnly.id}?preview=1`)).toBe(half);
  });

  it("the app's signed URL plays the whole file; an expired, forged or borrowed signature does not", async () => {
    const { signedMediaUrl } = await import("@/lib/media/signed-url");
    const half = Math.floor(audio.previewOnly.bytes / 2);
    const signed = signedMediaUrl(audio.previewOnly.id);
    expect(await bytesServed(signed)).toBe(audio.previewOnly.bytes);
    // Discovery's preview can still ask for the cut.
    expect(await bytesServed(`${signed}&preview=1`)).toBe(half);
    const expired = signedMediaUrl(audio.previewOnly.id, Date.now() - 8 * 3_600_000);
    expect(await bytesServed(expired)).toBe(half);
    const forged = signed.replace(/sig=(.)/, (_, c: string) => `sig=${c === "A" ? "B" : "A"}`);
    expect(await bytesServed(forged)).toBe(half);
    const later = signed.replace(/exp=(\d+)/, (_, exp: string) => `exp=${Number(exp) + 86_400}`);
    expect(await bytesServed(later)).toBe(half);
    const borrowed = signedMediaUrl(audio.full.id).replace(audio.full.id, audio.previewOnly.id);
    expect(await bytesServed(borrowed)).toBe(half);
  });

  it("Chorus pages hand the player signed URLs, and other sites the unsigned one", async () => {
    const { getTrackPage } = await import("@/lib/music/queries");
    const page = (await getTrackPage(audio.previewOnly.trackId, null))!;
    expect(await bytesServed(page.audioUrl)).toBe(audio.previewOnly.bytes);
    expect(await bytesServed(page.publicAudioUrl)).toBe(Math.floor(audio.previewOnly.bytes / 2));
  });
});

describe("full-play tracks", () => {
  it("play in full signed or not", async () => {
    const { signedMediaUrl } = await import("@/lib/media/signed-url");
    expect(await bytesServed(`/api/media/${audio.full.id}`)).toBe(audio.full.bytes);
    expect(await bytesServed(signedMediaUrl(audio.full.id))).toBe(audio.full.bytes);
  });
});
