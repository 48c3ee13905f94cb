import { describe, expect, it } from "vitest";
import { amountText, formatMoney, lineTotal, minorUnitDigits, parseAmount, sumLines } from "./money";

describe("money in minor units", () => {
  it("knows each currency's minor digits", () => {
    expect([minorUnitDigits("EUR"), minorUnitDigits("jpy"), minorUnitDigits("KWD")]).toEqual([2, 0, 3]);
  });
  it("parses amounts without float error", () => {
    expect(parseAmount("25", "EUR")).toBe(2500);
    expect(parseAmount("19.99", "EUR")).toBe(1999);
    expect(parseAmount("0,1", "EUR")).toBe(10);
    expect(parseAmount("1.005", "EUR")).toBeNull();
    expect(parseAmount("3000", "JPY")).toBe(3000);
    expect(parseAmount("3000.5", "JPY")).toBeNull();
    expect(parseAmount("1.234", "KWD")).toBe(1234);
    expect(parseAmount("-5", "EUR")).toBeNull();
    expect(parseAmount("abc", "EUR")).toBeNull();
    // 0.1 + 0.2 style sums stay exact.
    expect((parseAmount("0.10", "USD") ?? 0) + (parseAmount("0.20", "USD") ?? 0)).toBe(30);
  });
  it("round-trips to input text", () => {
    expect(amountText(1999, "EUR")).toBe("19.99");
    expect(amountText(5, "EUR")).toBe("0.05");
    expect(amountText(3000, "JPY")).toBe("3000");
    expect(amountText(1234, "KWD")).toBe("1.234");
  });
  it("totals lines of one currency and refuses mixing", () => {
    expect(sumLines([{ unitMinor: 1999, quantity: 3, currency: "EUR" }, { unitMinor: 1, quantity: 1, currency: "EUR" }], "EUR")).toBe(5998);
    expect(() => sumLines([{ unitMinor: 100, quantity: 1, currency: "USD" }], "EUR")).toThrow();
    expect(() => lineTotal(Number.MAX_SAFE_INTEGER, 2)).toThrow(RangeError);
  });
  it("formats per currency", () => {
    expect(formatMoney(1999, "EUR")).toBe("€19.99");
    expect(formatMoney(3000, "JPY")).toBe("¥3,000");
    expect(formatMoney(1234, "KWD")).toMatch(/1\.234/);
  });
});
