import { describe, expect, it } from "vitest";
import { postalCodeProblem } from "./postal";

describe("postal codes per country", () => {
  it("accepts real codes and says what is wrong with others", () => {
    expect(postalCodeProblem("FR", "75011")).toBeNull();
    expect(postalCodeProblem("FR", "ABCDE")).toBe("This is not a postal code for that country: it should be five digits, like 75011.");
    expect(postalCodeProblem("US", "1")).toBe("This is not a postal code for that country: it should be a five-digit ZIP code (or ZIP+4), like 10001 or 10001-1234.");
    expect(postalCodeProblem("US", "10001-1234")).toBeNull();
    expect(postalCodeProblem("GB", "SW1A 1AA")).toBeNull();
    expect(postalCodeProblem("GB", "12345")).toMatch(/UK postcode/);
    expect(postalCodeProblem("NL", "1012 ab")).toBeNull();
    expect(postalCodeProblem("PT", "1100-053")).toBeNull();
    expect(postalCodeProblem("DE", "")).toBe("Enter the postal code.");
    expect(postalCodeProblem("ZZ", "AB-12")).toBeNull();
  });
});
