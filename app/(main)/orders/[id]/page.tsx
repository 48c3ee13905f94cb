import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { OrderStatusBadge } from "@/components/merch/order-status";
import { FormMessage } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { countryName } from "@/lib/markets/countries";
import { paymentProvider } from "@/lib/merch/payments";
import { getOrderFor } from "@/lib/merch/queries";
import { formatMoney, lineTotal } from "@/lib/money";
import { relativeTime } from "@/lib/time";
import { OrderActions } from "./order-actions";
import { LinkedText } from "@/components/ui/linked-text";
import { pagesWhere } from "@/lib/auth/viewer-data";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.order");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ placed?: string }> };

export default async function OrderPage({ params, searchParams }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/orders/${id}`);
  // Anyone but the buyer and the seller's managers sees a plain 404.
  const order = isId(id) ? (await getOrderFor(id, { profileId: viewer.profile.id, managedIds: pagesWhere(viewer, "manage_orders").map((m) => m.id) })) : null;
  if (!order) notFound();
  const placed = (await searchParams).placed === "1" && order.role === "buyer";
  const provider = paymentProvider(order.paymentProvider);
  const a = order.address;
  const [t, locale] = await Promise.all([getTranslations("merch"), getLocale()]);
  // Why it was cancelled, as this reader reads it (lib/merch/cancel's cancelReasonText, in the page's language): the reason, then the seller's note, which is the whole reason for "other".
  const cancelReasonText = (): string | null => {
    const said = order.cancelNote?.trim() ?? "";
    const reason = order.cancelReason;
    const label = !reason || reason === "other" ? "" : order.role === "buyer" ? t("order.reasonForBuyer", { reason }) : t("cancelOrder.reasons", { reason });
    if (!label) return said || null;
    return said ? t("order.reasonWithNote", { reason: label, note: said }) : label;
  };
  const cancelledBecause = order.status === "cancelled" ? cancelReasonText() : null;
  const isOfflineInvoice = provider.id === "offline_invoice";
  const providerName = isOfflineInvoice ? t("offlineInvoice.name") : provider.name;
  const pendingNote = isOfflineInvoice ? t("offlineInvoice.pendingNote") : provider.pendingNote;
  const shippedTo = countryName(a.country, locale);
  return (
    <>
      <BackLink href={order.role === "buyer" ? "/orders" : `/studio/pages/${order.seller.id}/orders`} label={order.role === "buyer" ? t("order.yourOrders") : t("order.ordersFor", { name: order.seller.name })} />
      <PageTitle title={t("order.title", { id: order.id })} subtitle={order.role === "buyer" ? t("order.subtitleBuyer", { name: order.seller.name, time: relativeTime(order.createdAt, new Date(), locale) }) : t("order.subtitleSeller", { handle: order.buyer.handle, time: relativeTime(order.createdAt, new Date(), locale) })} action={<OrderStatusBadge status={order.status} />} />
      {placed ? (
        <div className="mb-6">
          <FormMessage tone="success" message={t("order.placed")} />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section className="space-y-5 rounded-3xl border border-line bg-surface p-5" aria-label={t("order.details")}>
          <ul className="divide-y divide-line text-sm">
            {order.items.map((item) => (
              <li key={item.title} className="flex justify-between gap-3 py-2">
                <Link href={`/merch/${item.productId}`} className="min-w-0 hover:underline">
                  {item.quantity} × {item.title}
                </Link>
                <span className="tabular-nums">{formatMoney(lineTotal(item.unitPriceMinor, item.quantity), order.currency, locale)}</span>
              </li>
            ))}
          </ul>
          <dl className="space-y-1 border-t border-line pt-3 text-sm">
            <div className="flex justify-between gap-3">
              <dt>{t("items")}</dt>
              <dd className="tabular-nums">{formatMoney(order.totalMinor - order.shippingMinor, order.currency, locale)}</dd>
            </div>
            <div className="flex justify-between gap-3" data-testid="order-shipping">
              <dt>{t("shippingTo", { country: shippedTo })}</dt>
              <dd className="tabular-nums">{order.shippingMinor ? formatMoney(order.shippingMinor, order.currency, locale) : t("freeCapital")}</dd>
            </div>
            <div className="flex justify-between gap-3 text-base font-bold">
              <dt>{t("total")}</dt>
              <dd className="tabular-nums">{formatMoney(order.totalMinor, order.currency, locale)}</dd>
            </div>
          </dl>
          {cancelledBecause ? (
            <p className="rounded-2xl border border-red-500/30 bg-red-500/5 px-4 py-3 text-sm" data-testid="cancel-reason">
              <span className="font-semibold">{order.role === "buyer" ? t("order.cancelledBySeller", { name: order.seller.name }) : t("order.cancelledByYou")}</span> {t("order.reason", { reason: cancelledBecause })}
            </p>
          ) : null}
          <div className="text-sm">
            <p className="font-semibold">{t("payment", { name: providerName })}</p>
            <p className="text-muted" data-testid="payment-state">
              {order.status === "awaiting_payment" ? pendingNote : order.status === "cancelled" ? t("order.cancelledNote") : t("order.paidNote")}
            </p>
          </div>
          {order.trackingNote ? (
            <p className="text-sm">
              <span className="font-semibold">{t("order.shipped")}</span> <LinkedText text={order.trackingNote} />
            </p>
          ) : null}
          <p className="text-sm">
            {order.role === "buyer" ? (
              <Link href={`/messages?to=${order.seller.handle}`} className="font-semibold text-accent-500 hover:underline">
                {t("order.messageSeller", { name: order.seller.name })}
              </Link>
            ) : (
              <Link href={`/messages?to=${order.buyer.handle}&as=${order.seller.id}`} className="font-semibold text-accent-500 hover:underline">
                {t("order.messageBuyer", { name: order.seller.name })}
              </Link>
            )}
          </p>
          {order.role === "seller" ? <OrderActions orderId={order.id} sellerId={order.seller.id} status={order.status} /> : null}
        </section>
        <aside className="h-fit rounded-3xl border border-line bg-surface p-5 text-sm" aria-label={t("order.address")}>
          <h2 className="mb-2 font-bold">{t("shipTo")}</h2>
          <p>{a.name}</p>
          <p>
            {a.line1}
            {a.line2 ? `, ${a.line2}` : ""}
          </p>
          <p>
            {a.postalCode} {a.city}
          </p>
          <p>{shippedTo}</p>
        </aside>
      </div>
    </>
  );
}
