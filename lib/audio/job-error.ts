import { en } from "@/lib/i18n/messages";

export type AudioErrorKey = keyof typeof en.errors.audio;
type Values = Record<string, string | number>;

/**
 * Why processing failed, as it is stored (audio_assets.error): a message of the
 * "errors" namespace (errors.audio.<key>) and its values, in JSON, so Studio says it
 * in each reader's language (audioErrorText).
 */
export class AudioJobError extends Error {
  constructor(
    readonly key: AudioErrorKey,
    readonly values: Values = {},
  ) {
    super(storedAudioError(key, values));
  }
}

export function storedAudioError(key: AudioErrorKey, values: Values = {}): string {
  return JSON.stringify({ key, values });
}

/**
 * A stored reason in words: `say` is t() of the "errors" namespace. A reason stored
 * before reasons were messages (plain English) is shown as it is.
 */
export function audioErrorText(stored: string, say: (key: `audio.${AudioErrorKey}`, values: Values) => string): string {
  try {
    const { key, values } = JSON.parse(stored) as { key?: unknown; values?: Values };
    if (typeof key === "string" && Object.hasOwn(en.errors.audio, key)) return say(`audio.${key as AudioErrorKey}`, values ?? {});
  } catch {
    // Plain text.
  }
  return stored;
}
