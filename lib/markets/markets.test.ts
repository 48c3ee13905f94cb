import { describe, expect, it } from "vitest";
import { DEFAULT_MARKETS, isSupportedMarket, normalizeCountry, parseMarkets, resolveCountry } from "./markets";

const headersOf = (entries: Record<string, string>) => ({
  get: (name: string) => entries[name.toLowerCase()] ?? null,
});

describe("markets", () => {
  it("ships about forty launch markets", () => {
    expect(DEFAULT_MARKETS.length).toBeGreaterThanOrEqual(38);
    expect(DEFAULT_MARKETS.length).toBeLessThanOrEqual(45);
  });

  it("parses an override list and ignores junk", () => {
    const markets = parseMarkets(" fr, DE ,zz1,,IT");
    expect([...markets].sort()).toEqual(["DE", "FR", "IT"]);
    expect(parseMarkets("").has("US")).toBe(true);
  });

  it("normalizes codes and treats XX as unknown", () => {
    expect(normalizeCountry("de")).toBe("DE");
    expect(normalizeCountry("XX")).toBeNull();
    expect(normalizeCountry("Germany")).toBeNull();
  });

  it("treats unknown as supported", () => {
    expect(isSupportedMarket(null, new Set(["FR"]))).toBe(true);
    expect(isSupportedMarket("KP", new Set(["FR"]))).toBe(false);
  });

  it("prefers account, then header, then geoip", () => {
    const headers = headersOf({ "cf-ipcountry": "JP" });
    const geoLookup = () => "BR";
    expect(resolveCountry({ accountCountry: "fr", headerName: "cf-ipcountry", headers, ip: "1.2.3.4", geoLookup })).toEqual({ country: "FR", source: "account" });
    expect(resolveCountry({ headerName: "cf-ipcountry", headers, ip: "1.2.3.4", geoLookup })).toEqual({ country: "JP", source: "header" });
    expect(resolveCountry({ headers, ip: "1.2.3.4", geoLookup })).toEqual({ country: "BR", source: "geoip" });
    expect(resolveCountry({ headers, ip: null, geoLookup })).toEqual({ country: null, source: "unknown" });
  });
});
