import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { OrderStatusBadge } from "@/components/merch/order-status";
import { FormMessage } from "@/components/ui/field";
import { PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { countryName } from "@/lib/markets/countries";
import { cancelReasonText } from "@/lib/merch/cancel";
import { paymentProvider } from "@/lib/merch/payments";
import { getOrderFor } from "@/lib/merch/queries";
import { formatMoney, lineTotal } from "@/lib/money";
import { relativeTime } from "@/lib/time";
import { OrderActions } from "./order-actions";
import { LinkedText } from "@/components/ui/linked-text";
import { pagesWhere } from "@/lib/auth/viewer-data";

export const metadata: Metadata = { title: "Order" };

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
  const cancelledBecause = order.status === "cancelled" ? cancelReasonText(order.cancelReason, order.cancelNote, order.role) : null;
  return (
    <>
      <BackLink href={order.role === "buyer" ? "/orders" : `/studio/pages/${order.seller.id}/orders`} label={order.role === "buyer" ? "Your orders" : `Orders for ${order.seller.name}`} />
      <PageTitle title={`Order ${order.id}`} subtitle={`${order.role === "buyer" ? `From ${order.seller.name}` : `Bought by @${order.buyer.handle}`} · placed ${relativeTime(order.createdAt)}`} action={<OrderStatusBadge status={order.status} />} />
      {placed ? (
        <div className="mb-6">
          <FormMessage tone="success" message="Order placed. Nothing has been charged: the seller will send an invoice or take payment on pickup, and confirm it here." />
        </div>
      ) : null}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <section className="space-y-5 rounded-3xl border border-line bg-surface p-5" aria-label="Order details">
          <ul className="divide-y divide-line text-sm">
            {order.items.map((item) => (
              <li key={item.title} className="flex justify-between gap-3 py-2">
                <Link href={`/merch/${item.productId}`} className="min-w-0 hover:underline">
                  {item.quantity} × {item.title}
                </Link>
                <span className="tabular-nums">{formatMoney(lineTotal(item.unitPriceMinor, item.quantity), order.currency)}</span>
              </li>
            ))}
          </ul>
          <dl className="space-y-1 border-t border-line pt-3 text-sm">
            <div className="flex justify-between gap-3">
              <dt>Items</dt>
              <dd className="tabular-nums">{formatMoney(order.totalMinor - order.shippingMinor, order.currency)}</dd>
            </div>
            <div className="flex justify-between gap-3" data-testid="order-shipping">
              <dt>Shipping to {countryName(a.country)}</dt>
              <dd className="tabular-nums">{order.shippingMinor ? formatMoney(order.shippingMinor, order.currency) : "Free"}</dd>
            </div>
            <div className="flex justify-between gap-3 text-base font-bold">
              <dt>Total</dt>
              <dd className="tabular-nums">{formatMoney(order.totalMinor, order.currency)}</dd>
            </div>
          </dl>
          {cancelledBecause ? (
            <p className="rounded-2xl border border-red-500/30 bg-red-500/5 px-4 py-3 text-sm" data-testid="cancel-reason">
              <span className="font-semibold">{order.role === "buyer" ? `${order.seller.name} cancelled this order.` : "You cancelled this order."}</span> Reason: {cancelledBecause}
            </p>
          ) : null}
          <div className="text-sm">
            <p className="font-semibold">Payment: {provider.name}</p>
            <p className="text-muted" data-testid="payment-state">
              {order.status === "awaiting_payment" ? provider.pendingNote : order.status === "cancelled" ? "Cancelled: nothing is owed." : "Paid: the seller confirmed the payment."}
            </p>
          </div>
          {order.trackingNote ? (
            <p className="text-sm">
              <span className="font-semibold">Shipped:</span> <LinkedText text={order.trackingNote} />
            </p>
          ) : null}
          <p className="text-sm">
            {order.role === "buyer" ? (
              <Link href={`/messages?to=${order.seller.handle}`} className="font-semibold text-accent-500 hover:underline">
                Message {order.seller.name}
              </Link>
            ) : (
              <Link href={`/messages?to=${order.buyer.handle}&as=${order.seller.id}`} className="font-semibold text-accent-500 hover:underline">
                Message the buyer as {order.seller.name}
              </Link>
            )}
          </p>
          {order.role === "seller" ? <OrderActions orderId={order.id} sellerId={order.seller.id} status={order.status} /> : null}
        </section>
        <aside className="h-fit rounded-3xl border border-line bg-surface p-5 text-sm" aria-label="Shipping address">
          <h2 className="mb-2 font-bold">Ship to</h2>
          <p>{a.name}</p>
          <p>
            {a.line1}
            {a.line2 ? `, ${a.line2}` : ""}
          </p>
          <p>
            {a.postalCode} {a.city}
          </p>
          <p>{countryName(a.country)}</p>
        </aside>
      </div>
    </>
  );
}
