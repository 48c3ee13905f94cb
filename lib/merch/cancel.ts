// A type only: this module is shared with the client form.
import type { CANCEL_REASONS } from "@/db/schema/enums";

export type CancelReason = (typeof CANCEL_REASONS)[number];

/** The choices a seller gives when cancelling, in the order the form lists them. */
export const CANCEL_REASON_CHOICES: { value: CancelReason; label: string }[] = [
  { value: "out_of_stock", label: "Out of stock" },
  { value: "buyer_asked", label: "Buyer asked" },
  { value: "cant_ship", label: "Can't ship to this address" },
  { value: "other", label: "Other" },
];

/** The same reasons as the buyer reads them. */
const FOR_BUYER: Record<CancelReason, string> = {
  out_of_stock: "Out of stock",
  buyer_asked: "You asked to cancel",
  cant_ship: "The seller can't ship to this address",
  other: "",
};

export const MAX_CANCEL_NOTE = 200;

/**
 * Why an order was cancelled, as the buyer (or, with `seller`, the seller)
 * reads it: the reason, then the seller's note, which is the whole reason for "other".
 */
export function cancelReasonText(reason: CancelReason | null | undefined, note: string | null | undefined, audience: "buyer" | "seller" = "buyer"): string | null {
  const said = note?.trim() ?? "";
  const label = !reason || reason === "other" ? "" : audience === "buyer" ? FOR_BUYER[reason] : CANCEL_REASON_CHOICES.find((c) => c.value === reason)!.label;
  if (!label) return said || null;
  return said ? `${label}: ${said}` : label;
}
