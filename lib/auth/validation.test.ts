import { english } from "@/lib/test/english";
import { describe, expect, it } from "vitest";
import { passwordProblem, signUpSchema } from "./validation";
import { handleProblem } from "@/lib/profiles/handles";
import { localizeIssues } from "@/lib/i18n/server";
import { testLocale } from "@/lib/test/next-intl-server-stub";

describe("handles", () => {
  it("accepts letters, digits and underscores, 3 to 30 long", () => {
    const said = (handle: string) => {
      const problem = handleProblem(handle);
      return problem && english(problem.message, problem.params);
    };
    expect(handleProblem("nova_lane")).toBeNull();
    expect(said("ab")).toMatch(/at least 3/);
    expect(said("a".repeat(31))).toMatch(/at most 30/);
    expect(said("nova-lane")).toMatch(/letters, digits/);
    expect(said("Studio")).toBe('"Studio" is reserved. Please pick another handle.');
  });

  it("are refused in the person's language, naming the handle", async () => {
    const result = signUpSchema.safeParse({ email: "ana@example.com", password: "sound-check-42", name: "Ana", handle: "Studio", country: "FR" });
    testLocale("fr");
    try {
      const issues = (await localizeIssues(result.error!)).issues;
      expect(issues.find((i) => i.path[0] === "handle")?.message).toBe("«\u00a0Studio\u00a0» est réservé. Choisissez un autre identifiant.");
    } finally {
      testLocale("en");
    }
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
