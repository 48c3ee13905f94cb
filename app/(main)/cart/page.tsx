import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { countryName } from "@/lib/markets/countries";
import { getCart } from "@/lib/merch/queries";
import { MAX_PER_ORDER_LINE } from "@/lib/merch/limits";
import { formatMoney } from "@/lib/money";
import { CartLineControls } from "./cart-line-controls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.cart");
  return { title: t("metaTitle") };
}

export default async function CartPage() {
  const viewer = await requireViewer("/cart");
  const groups = await getCart(viewer.profile.id, viewer.country);
  const [t, locale] = await Promise.all([getTranslations("merch"), getLocale()]);
  return (
    <>
      <PageTitle title={t("cart.title")} subtitle={t("cart.subtitle")} />
      {groups.length === 0 ? (
        <EmptyState title={t("cart.empty")}>{t("cart.emptyHelp")}</EmptyState>
      ) : (
        <div className="space-y-6">
          {groups.map((g) => {
            const blocked = g.lines.some((l) => !l.available);
            return (
              <section key={`${g.seller.id}${g.currency}`} aria-label={t("cart.from", { name: g.seller.name })} className="rounded-3xl border border-line bg-surface p-4 sm:p-5">
                <h2 className="mb-3 font-bold">
                  {t.rich("cart.fromLink", {
                    name: g.seller.name,
                    link: (chunks) => (
                      <Link href={`/@${g.seller.handle}`} className="hover:underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </h2>
                <ul className="divide-y divide-line">
                  {g.lines.map((l) => (
                    <li key={l.variantId} className="flex items-center gap-3 py-3">
                      {l.imageUrl ? (
                        // eslint-disable-next-line @next/next/no-img-element -- product photo from our media route
                        <img src={l.imageUrl} alt="" className="h-14 w-14 shrink-0 rounded-xl object-cover" />
                      ) : (
                        <div className="h-14 w-14 shrink-0 rounded-xl bg-surface-2" />
                      )}
                      <div className="min-w-0 flex-1">
                        <Link href={`/merch/${l.productId}`} className="block truncate font-medium hover:underline">
                          {l.title}
                        </Link>
                        <p className="text-xs text-muted">
                          {t("cart.each", { option: l.variantName, price: formatMoney(l.unitMinor, g.currency, locale) })}
                        </p>
                        {!l.available ? <p className="text-xs font-medium text-red-700 dark:text-red-400">{l.stock === 0 ? t("cart.soldOut") : t("cart.left", { count: l.stock })}</p> : null}
                      </div>
                      <CartLineControls variantId={l.variantId} title={`${l.title} (${l.variantName})`} quantity={l.quantity} max={Math.min(l.stock, MAX_PER_ORDER_LINE)} />
                    </li>
                  ))}
                </ul>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-3 border-t border-line pt-3">
                  <div className="text-sm">
                    <p>
                      {t.rich("cart.subtotal", {
                        price: formatMoney(g.totalMinor, g.currency, locale),
                        amount: (chunks) => <span className="ml-1 text-lg font-bold tabular-nums">{chunks}</span>,
                      })}
                    </p>
                    <p className="text-xs text-muted" data-testid="cart-shipping">
                      {g.shippingMinor === null
                        ? t("cart.shippingLater")
                        : t("cart.shippingTo", { country: countryName(viewer.country, locale), price: g.shippingMinor ? formatMoney(g.shippingMinor, g.currency, locale) : t("free") })}
                    </p>
                  </div>
                  {blocked ? (
                    <span className={buttonClass("primary", "pointer-events-none opacity-60")} aria-disabled="true">
                      {t("cart.checkOut")}
                    </span>
                  ) : (
                    <Link href={`/checkout/${g.seller.id}?currency=${g.currency}`} className={buttonClass("primary")}>
                      {t("cart.checkOut")}
                    </Link>
                  )}
                </div>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
