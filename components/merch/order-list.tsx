import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { OrderSummary } from "@/lib/merch/queries";
import { formatMoney } from "@/lib/money";
import { relativeTime } from "@/lib/time";
import { OrderStatusBadge } from "./order-status";

/** Orders as rows; a buyer sees the seller, a seller sees the buyer. */
export function OrderList({ orders, show }: { orders: OrderSummary[]; show: "buyer" | "seller" }) {
  const t = useTranslations("merch.orderList");
  const locale = useLocale();
  return (
    <ul className="divide-y divide-line rounded-3xl border border-line bg-surface" data-testid="order-list">
      {orders.map((o) => (
        <li key={o.id}>
          <Link href={`/orders/${o.id}`} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3 hover:bg-surface-2">
            <span className="min-w-0 flex-1">
              <span className="block truncate font-medium">{o.titles}</span>
              <span className="block text-xs text-muted">
                {show === "buyer"
                  ? t("fromBuyer", { handle: o.buyer.handle, count: o.itemCount, time: relativeTime(o.createdAt, new Date(), locale) })
                  : t("fromSeller", { name: o.seller.name, count: o.itemCount, time: relativeTime(o.createdAt, new Date(), locale) })}
              </span>
            </span>
            <span className="tabular-nums font-semibold">{formatMoney(o.totalMinor, o.currency, locale)}</span>
            <OrderStatusBadge status={o.status} />
          </Link>
        </li>
      ))}
    </ul>
  );
}
