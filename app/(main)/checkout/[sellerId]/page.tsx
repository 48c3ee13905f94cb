import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { countryOptions } from "@/lib/markets/countries";
import { getCheckout, lastShippingAddress } from "@/lib/merch/queries";
import { lineTotal } from "@/lib/money";
import { CheckoutForm } from "./checkout-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.checkout");
  return { title: t("title") };
}

type Props = { params: Promise<{ sellerId: string }>; searchParams: Promise<{ currency?: string }> };

export default async function CheckoutPage({ params, searchParams }: Props) {
  const { sellerId } = await params;
  const currency = ((await searchParams).currency ?? "").toUpperCase();
  const viewer = await requireViewer(`/checkout/${sellerId}?currency=${currency}`);
  const [t, locale] = await Promise.all([getTranslations("merch"), getLocale()]);
  const checkout = isId(sellerId) && /^[A-Z]{3}$/.test(currency) ? (await getCheckout(viewer.profile.id, sellerId, currency)) : null;
  if (!checkout?.seller || !checkout.lines.length) {
    return (
      <>
        <PageTitle title={t("checkout.title")} />
        <EmptyState title={t("checkout.nothing")}>
          <Link href="/cart" className="font-semibold underline">
            {t("checkout.backToCart")}
          </Link>
        </EmptyState>
      </>
    );
  }
  const countries = countryOptions(locale);
  const summary = {
    lines: checkout.lines.map((l) => ({ variantId: l.variantId, title: l.title, variantName: l.variantName, quantity: l.quantity, amountMinor: lineTotal(l.unitMinor, l.quantity) })),
    itemsMinor: checkout.itemsMinor,
    shippingQuotes: checkout.shippingQuotes,
  };
  return (
    <>
      <PageTitle title={t("checkout.title")} subtitle={t("checkout.subtitle", { name: checkout.seller.name })} />
      <CheckoutForm
        sellerId={sellerId}
        currency={currency}
        countries={countries}
        defaults={{ name: viewer.profile.name, country: viewer.country ?? "" }}
        previous={await lastShippingAddress(viewer.profile.id)}
        paymentName={t("offlineInvoice.name")}
        paymentNote={t("offlineInvoice.checkoutNote")}
        summary={summary}
      />
    </>
  );
}
