import { formatMoney } from "@/lib/money";

export type SummaryData = {
  lines: { variantId: string; title: string; variantName: string; quantity: number; amountMinor: number }[];
  itemsMinor: number;
  /** Shipping of the whole order to each country it ships to. */
  shippingQuotes: Record<string, number>;
};

type Props = { summary: SummaryData; currency: string; country: string; countryLabel: string; note: string };

/** The order's totals for the country chosen in the form, before any review: items, shipping there, total. */
export function CheckoutSummary({ summary, currency, country, countryLabel, note }: Props) {
  const shipping = country ? summary.shippingQuotes[country] : undefined;
  return (
    <aside className="h-fit rounded-3xl border border-line bg-surface p-5 text-sm" aria-label="Order summary">
      <h2 className="mb-3 font-bold">Summary</h2>
      <ul className="space-y-2">
        {summary.lines.map((l) => (
          <li key={l.variantId} className="flex justify-between gap-3">
            <span className="min-w-0">
              {l.quantity} × {l.title} <span className="text-muted">({l.variantName})</span>
            </span>
            <span className="tabular-nums">{formatMoney(l.amountMinor, currency)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-line pt-3">
        <div className="flex justify-between gap-3">
          <dt>Items</dt>
          <dd className="tabular-nums">{formatMoney(summary.itemsMinor, currency)}</dd>
        </div>
        <div className="flex justify-between gap-3" data-testid="summary-shipping">
          <dt>{country ? `Shipping to ${countryLabel}` : "Shipping"}</dt>
          <dd className={`tabular-nums ${country && shipping === undefined ? "text-red-600 dark:text-red-400" : ""}`}>
            {!country ? "Choose a country" : shipping === undefined ? "Does not ship there" : shipping ? formatMoney(shipping, currency) : "Free"}
          </dd>
        </div>
        <div className="flex justify-between gap-3 font-bold" data-testid="summary-total">
          <dt>Total</dt>
          <dd className="tabular-nums">{shipping === undefined ? "—" : formatMoney(summary.itemsMinor + shipping, currency)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-muted">{note}</p>
    </aside>
  );
}
