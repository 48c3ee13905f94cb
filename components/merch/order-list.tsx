import Link from "next/link";
import type { OrderSummary } from "@/lib/merch/queries";
import { formatMoney } from "@/lib/money";
import { relativeTime } from "@/lib/time";
import { OrderStatusBadge } from "./order-status";

/** Orders as rows; a buyer sees the seller, a seller sees the buyer. */
export function OrderList({ orders, show }: { orders: OrderSummary[]; show: "buyer" | "seller" }) {
  return (
    <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="order-list">
      {orders.map((o) => (
        <li key={o.id}>
          <Link href={`/orders/${o.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-surface-2">
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{o.titles}</span>
              <span className="block text-xs text-muted">
                {show === "buyer" ? `from @${o.buyer.handle}` : `from ${o.seller.name}`} · {o.itemCount} {o.itemCount === 1 ? "item" : "items"} · {relativeTime(o.createdAt)}
              </span>
            </span>
            <span className="tabular-nums font-semibold">{formatMoney(o.totalMinor, o.currency)}</span>
            <OrderStatusBadge status={o.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
