import { afterEach, describe, expect, it } from "vitest";
import { testLocale } from "@/lib/test/next-intl-server-stub";
import { fromAcceptLanguage, fromCookie, localeOrNull, negotiateLocale } from "./locales";
import { localizeState } from "./server";

describe("choosing the language", () => {
  it("reads Accept-Language by quality, then order, and keeps only languages Chorus speaks", () => {
    expect(fromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7")).toBe("fr");
    expect(fromAcceptLanguage("es-ES, de;q=0.5, en;q=0.4")).toBe("de");
    expect(fromAcceptLanguage("en;q=0.2, de-DE")).toBe("de");
    expect(fromAcceptLanguage("de;q=0, fr;q=0.1")).toBe("fr");
    expect(fromAcceptLanguage("es, it")).toBeNull();
    expect(fromAcceptLanguage("")).toBeNull();
    expect(fromAcceptLanguage("*")).toBeNull();
  });

  it("the switcher's cookie wins over the browser, then English", () => {
    expect(negotiateLocale({ cookie: "theme=dark; chorus-locale=de", acceptLanguage: "fr" })).toBe("de");
    expect(negotiateLocale({ cookie: "chorus-locale=xx", acceptLanguage: "fr" })).toBe("fr");
    expect(negotiateLocale({ cookie: null, acceptLanguage: null })).toBe("en");
    expect(fromCookie("chorus-locale=fr; other=1")).toBe("fr");
    expect(fromCookie("notchorus-locale=fr")).toBeNull();
  });

  it("an embed's lang accepts region tags and nothing else", () => {
    expect(localeOrNull("de-CH")).toBe("de");
    expect(localeOrNull("FR")).toBe("fr");
    expect(localeOrNull("es")).toBeNull();
    expect(localeOrNull(["fr"])).toBeNull();
  });
});

describe("what a mutation answers, in the request's language", () => {
  afterEach(() => testLocale("en"));

  it("translates keys of the errors namespace, keeps sentences, and each line of a field error", async () => {
    testLocale("fr");
    const state = await localizeState({ ok: false, message: "common.signIn", fieldErrors: { name: "common.invalid\nAlready said.", other: "Plain words." } });
    expect(state.message).toBe("Connectez-vous pour continuer.");
    expect(state.fieldErrors).toEqual({ name: "Cette requête n’est pas valide.\nAlready said.", other: "Plain words." });
    testLocale("de");
    expect((await localizeState({ ok: false, message: "common.signIn" })).message).toBe("Melde dich an, um fortzufahren.");
    testLocale("en");
    expect((await localizeState({ ok: false, message: "common.signIn" })).message).toBe("Sign in to continue.");
  });
});
