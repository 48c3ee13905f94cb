import { describe, expect, it } from "vitest";
import { cancelReasonText } from "./cancel";

describe("cancel reasons", () => {
  it("say the reason to the buyer in their words, with the seller's note", () => {
    expect(cancelReasonText("out_of_stock", "")).toBe("Out of stock");
    expect(cancelReasonText("buyer_asked", null)).toBe("You asked to cancel");
    expect(cancelReasonText("cant_ship", "The courier does not deliver to PO boxes.")).toBe("The seller can't ship to this address: The courier does not deliver to PO boxes.");
    expect(cancelReasonText("other", " Pressing plant delay ")).toBe("Pressing plant delay");
  });

  it("say it to the seller as they chose it", () => {
    expect(cancelReasonText("buyer_asked", "", "seller")).toBe("Buyer asked");
  });

  it("say nothing for orders cancelled before reasons existed", () => {
    expect(cancelReasonText(null, null)).toBeNull();
  });
});
