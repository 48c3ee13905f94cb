import { describe, expect, it } from "vitest";
import { othersToPause, type MediaLike } from "./exclusive-playback";

const media = (state: Partial<MediaLike>): MediaLike => ({ paused: false, muted: false, volume: 1, pause() {}, ...state });

describe("one audio at a time", () => {
  it("pauses every other audible element when one starts making sound", () => {
    const dock = media({});
    const preview = media({});
    const mutedVideo = media({ muted: true });
    const stopped = media({ paused: true });
    expect(othersToPause([dock, preview, mutedVideo, stopped], preview)).toEqual([dock]);
  });

  it("leaves everything alone when the source is silent (a muted autoplay preview)", () => {
    const dock = media({});
    const mutedVideo = media({ muted: true });
    expect(othersToPause([dock, mutedVideo], mutedVideo)).toEqual([]);
  });
});
