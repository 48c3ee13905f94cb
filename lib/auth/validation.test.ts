import { english } from "@/lib/test/english";
import { describe, expect, it } from "vitest";
import { passwordProblem, signUpSchema } from "./validation";
import { handleProblem } from "@/lib/profiles/handles";

describe("handles", () => {
  it("accepts letters, digits and underscores, 3 to 30 long", () => {
    expect(handleProblem("nova_lane")).toBeNull();
    expect(handleProblem("ab")).toMatch(/at least 3/);
    expect(handleProblem("a".repeat(31))).toMatch(/at most 30/);
    expect(handleProblem("nova-lane")).toMatch(/letters, digits/);
    expect(handleProblem("Studio")).toMatch(/reserved/);
  });
});

describe("passwords", () => {
  it("refuses short, letter-only, common and personal passwords", () => {
    expect(english(passwordProblem("abc1"))).toMatch(/at least 8/);
    expect(english(passwordProblem("abcdefghij"))).toMatch(/letter and one digit/);
    expect(english(passwordProblem("password1"))).toMatch(/too common/);
    expect(english(passwordProblem("novalane99", { handle: "NovaLane" }))).toMatch(/handle/);
    expect(passwordProblem("sound-check-42")).toBeNull();
  });
});

describe("sign-up schema", () => {
  it("returns every field error at once", () => {
    const result = signUpSchema.safeParse({ email: "nope", password: "x", name: "", handle: "a!", country: "" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error!.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["email", "password", "name", "handle", "country"]));
  });

  it("normalizes email and country", () => {
    const result = signUpSchema.parse({ email: " Ana@Example.COM ", password: "sound-check-42", name: "Ana", handle: "ana_b", country: "fr" });
    expect(result.email).toBe("ana@example.com");
    expect(result.country).toBe("FR");
  });
});
