/**
 * Payment goes through a provider. Chorus ships one that needs no network:
 * the buyer pays on pickup or by invoice, and the order stays "awaiting
 * payment" until the seller confirms the money arrived. A card provider would
 * implement the same interface and confirm through its own webhook.
 */
export type PaymentProvider = {
  id: string;
  name: string;
  /** Shown at checkout, before the order is placed. */
  checkoutNote: string;
  /** Shown on the order afterwards, while payment is outstanding. */
  pendingNote: string;
};

export const offlineInvoice: PaymentProvider = {
  id: "offline_invoice",
  name: "Pay on pickup or by invoice",
  checkoutNote: "No payment is taken online. The seller sends you an invoice (or you pay on pickup). Your order stays “awaiting payment” until the seller confirms they were paid.",
  pendingNote: "Awaiting payment: the seller will send an invoice or take payment on pickup, then confirm it here.",
};

const PROVIDERS = new Map([offlineInvoice].map((p) => [p.id, p]));

export function paymentProvider(id: string): PaymentProvider {
  return PROVIDERS.get(id) ?? offlineInvoice;
}
