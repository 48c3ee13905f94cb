import { describe, expect, it } from "vitest";
import { english } from "@/lib/test/english";
import { postalCodeProblem } from "./postal";

/** What a buyer reads (in English) about a postal code, or null when it fits. */
const said = (country: string, code: string) => {
  const problem = postalCodeProblem(country, code);
  return problem && english(problem.message, problem.params);
};

describe("postal codes per country", () => {
  it("accepts real codes and says what is wrong with others", () => {
    expect(postalCodeProblem("FR", "75011")).toBeNull();
    expect(said("FR", "ABCDE")).toBe("This is not a postal code for that country: it should be five digits, like 75011.");
    expect(said("US", "1")).toBe("This is not a postal code for that country: it should be a five-digit ZIP code (or ZIP+4), like 10001 or 10001-1234.");
    expect(postalCodeProblem("US", "10001-1234")).toBeNull();
    expect(postalCodeProblem("GB", "SW1A 1AA")).toBeNull();
    expect(said("GB", "12345")).toMatch(/UK postcode/);
    expect(postalCodeProblem("NL", "1012 ab")).toBeNull();
    expect(postalCodeProblem("PT", "1100-053")).toBeNull();
    expect(said("DE", "")).toBe("Enter the postal code.");
    expect(postalCodeProblem("ZZ", "AB-12")).toBeNull();
    expect(said("ZZ", "A#1")).toBe("Postal codes use letters, digits, spaces and dashes.");
  });
});
