import { useTranslations } from "next-intl";
import type { Review } from "@/lib/merch/actions";
import type { SavedAddress } from "@/lib/merch/queries";

type Props = { review: Review; address: Partial<SavedAddress>; countryName: string; paymentName: string; paymentNote: string };

/** What "Place order" buys: the address, the payment, the items, shipping to that country and the total. */
export function OrderReview({ review, address, countryName, paymentName, paymentNote }: Props) {
  const t = useTranslations("merch");
  return (
    <div className="rounded-2xl border border-line p-4 text-sm" data-testid="order-review">
      <p className="mb-1 font-semibold">{t("shipTo")}</p>
      <p>{address.name}</p>
      <p>
        {address.line1}
        {address.line2 ? `, ${address.line2}` : ""}
      </p>
      <p>
        {address.postalCode} {address.city}, {countryName}
      </p>
      <p className="mt-3 font-semibold">{t("payment", { name: paymentName })}</p>
      <p className="text-muted">{paymentNote}</p>
      <ul className="mt-3 space-y-1" aria-label={t("items")}>
        {review.lines.map((line) => (
          <li key={line.title} className="flex justify-between gap-3">
            <span className="min-w-0 break-words">
              {line.quantity} × {line.title}
            </span>
            <span className="tabular-nums">{line.amount}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-line pt-3">
        <div className="flex justify-between gap-3">
          <dt>{t("items")}</dt>
          <dd className="tabular-nums">{review.subtotal}</dd>
        </div>
        <div className="flex justify-between gap-3" data-testid="review-shipping">
          <dt>{t("shippingTo", { country: review.shippingTo })}</dt>
          <dd className="tabular-nums">{review.shipping}</dd>
        </div>
        <div className="flex justify-between gap-3 text-base">
          <dt>{t("total")}</dt>
          <dd className="font-bold tabular-nums">{review.total}</dd>
        </div>
      </dl>
    </div>
  );
}
