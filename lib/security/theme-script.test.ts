import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from "./theme-script";
import { pageCsp } from "./headers";

describe("the theme script", () => {
  it("is allowed by its hash, which matches the script exactly", () => {
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${createHash("sha256").update(THEME_SCRIPT).digest("base64")}`);
    expect(pageCsp({ nonce: "AAAAAAAAAAAAAAAAAAAAAA==" })).toContain(`'${THEME_SCRIPT_HASH}'`);
  });
});
