import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { de, en, fr } from "@/lib/i18n/messages";
import { AudioJobError, audioErrorText, storedAudioError } from "./job-error";

const say = (locale: "fr" | "de", messages: typeof fr | typeof de) => {
  const t = createTranslator({ locale, messages: messages as typeof en });
  return (key: string, values: Record<string, string | number>) => t(`errors.${key}` as never, values as never) as string;
};

describe("why audio processing failed", () => {
  it("is stored as a message with its values and read in the reader's language", () => {
    const stored = new AudioJobError("tookTooLong", { seconds: 180 }).message;
    expect(JSON.parse(stored)).toEqual({ key: "tookTooLong", values: { seconds: 180 } });
    expect(audioErrorText(stored, say("fr", fr))).toBe("Le traitement a duré plus de 180\u00a0secondes et a été arrêté.");
    expect(audioErrorText(storedAudioError("undecodable", { detail: "Invalid data found when processing input" }), say("de", de))).toBe("Diese Datei konnte nicht dekodiert werden: Invalid data found when processing input");
  });

  it("shows a reason stored before as plain English, and an unknown key as stored", () => {
    expect(audioErrorText("Processing failed on the server. Try again in a moment.", say("fr", fr))).toBe("Processing failed on the server. Try again in a moment.");
    const unknown = JSON.stringify({ key: "noSuchReason", values: {} });
    expect(audioErrorText(unknown, say("fr", fr))).toBe(unknown);
  });
});
