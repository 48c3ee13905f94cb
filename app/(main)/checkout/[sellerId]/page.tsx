import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { COUNTRY_OPTIONS } from "@/lib/markets/countries";
import { offlineInvoice } from "@/lib/merch/payments";
import { getCheckout, lastShippingAddress } from "@/lib/merch/queries";
import { lineTotal } from "@/lib/money";
import { CheckoutForm } from "./checkout-form";

export const metadata: Metadata = { title: "Checkout" };

type Props = { params: Promise<{ sellerId: string }>; searchParams: Promise<{ currency?: string }> };

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { sellerId } = await params;
  const currency = ((await searchParams).currency ?? "").toUpperCase();
  const viewer = await requireViewer(`/checkout/${sellerId}?currency=${currency}`);
  const checkout = isId(sellerId) && /^[A-Z]{3}$/.test(currency) ? (await getCheckout(viewer.profile.id, sellerId, currency)) : null;
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
  const summary = {
    lines: checkout.lines.map((l) => ({ variantId: l.variantId, title: l.title, variantName: l.variantName, quantity: l.quantity, amountMinor: lineTotal(l.unitMinor, l.quantity) })),
    itemsMinor: checkout.itemsMinor,
    shippingQuotes: checkout.shippingQuotes,
  };
  return (
    <>
      <PageTitle title="Checkout" subtitle={`Your order from ${checkout.seller.name}.`} />
      <CheckoutForm
        sellerId={sellerId}
        currency={currency}
        countries={countries}
        defaults={{ name: viewer.profile.name, country: viewer.country ?? "" }}
        previous={await lastShippingAddress(viewer.profile.id)}
        paymentName={offlineInvoice.name}
        paymentNote={offlineInvoice.checkoutNote}
        summary={summary}
      />
    </>
  );
}
