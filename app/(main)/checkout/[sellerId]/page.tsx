import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { COUNTRY_OPTIONS } from "@/lib/markets/countries";
import { offlineInvoice } from "@/lib/merch/payments";
import { getCheckout, lastShippingAddress } from "@/lib/merch/queries";
import { formatMoney } from "@/lib/money";
import { CheckoutForm } from "./checkout-form";

export const metadata: Metadata = { title: "Checkout" };

type Props = { params: Promise<{ sellerId: string }>; searchParams: Promise<{ currency?: string }> };

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { sellerId } = await params;
  const currency = ((await searchParams).currency ?? "").toUpperCase();
  const viewer = await requireViewer(`/checkout/${sellerId}?currency=${currency}`);
  const checkout = isId(sellerId) && /^[A-Z]{3}$/.test(currency) ? getCheckout(viewer.profile.id, sellerId, currency) : null;
  if (!checkout?.seller || !checkout.lines.length) {
    return (
      <>
        <PageTitle title="Checkout" />
        <EmptyState title="Nothing to check out here">
          <Link href="/cart" className="font-semibold underline">
            Back to your cart
          </Link>
        </EmptyState>
      </>
    );
  }
  const countries = [...COUNTRY_OPTIONS];
  const total = formatMoney(checkout.totalMinor, currency);
  return (
    <>
      <PageTitle title="Checkout" subtitle={`Your order from ${checkout.seller.name}.`} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <CheckoutForm sellerId={sellerId} currency={currency} countries={countries} defaults={{ name: viewer.profile.name, country: viewer.country ?? "" }} previous={lastShippingAddress(viewer.profile.id)} paymentName={offlineInvoice.name} paymentNote={offlineInvoice.checkoutNote} />
        </div>
        <aside className="h-fit rounded-3xl border border-line bg-surface p-5 text-sm" aria-label="Order summary">
          <h2 className="mb-3 font-bold">Summary</h2>
          <ul className="space-y-2">
            {checkout.lines.map((l) => (
              <li key={l.variantId} className="flex justify-between gap-3">
                <span className="min-w-0">
                  {l.quantity} × {l.title} <span className="text-muted">({l.variantName})</span>
                </span>
                <span className="tabular-nums">{formatMoney(l.unitMinor * l.quantity, currency)}</span>
              </li>
            ))}
          </ul>
          <p className="mt-3 flex justify-between border-t border-line pt-3 font-bold">
            <span>Total</span>
            <span className="tabular-nums">{total}</span>
          </p>
          <p className="mt-3 text-xs text-muted">{offlineInvoice.checkoutNote}</p>
        </aside>
      </div>
    </>
  );
}
