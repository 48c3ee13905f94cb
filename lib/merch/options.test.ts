import { describe, expect, it } from "vitest";
import { choosePrompt, initialOption, optionGroupLabel } from "./options";

describe("options named by the seller", () => {
  it("labels the picker with the seller's name for the options", () => {
    expect(optionGroupLabel("Colour")).toBe("Colour");
    expect(optionGroupLabel("  ")).toBe("Option");
    expect(optionGroupLabel(null)).toBe("Option");
  });

  it("asks for a choice in the seller's words", () => {
    expect(choosePrompt("Size")).toBe("Choose a size");
    expect(choosePrompt("Edition")).toBe("Choose an edition");
    expect(choosePrompt("LP colour")).toBe("Choose a LP colour");
    expect(choosePrompt(null)).toBe("Choose an option");
  });

  it("selects nothing for the buyer unless there is only one option", () => {
    expect(initialOption([{ id: "only" }])).toBe("only");
    expect(initialOption([{ id: "s" }, { id: "m" }])).toBeNull();
    expect(initialOption([])).toBeNull();
  });
});
