import { describe, expect, it } from "vitest";
import { counted } from "./plural";

describe("counted", () => {
  it("says 1 follower, 2 followers and formats the number", () => {
    expect(counted(1, "follower")).toBe("1 follower");
    expect(counted(0, "follower")).toBe("0 followers");
    expect(counted(1234, "play")).toBe("1,234 plays");
    expect(counted(1, "item")).toBe("1 item");
    expect(counted(3, "fan was", "fans were")).toBe("3 fans were");
  });
});
