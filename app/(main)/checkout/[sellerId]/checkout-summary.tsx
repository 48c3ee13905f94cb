import { useLocale, useTranslations } from "next-intl";
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
  const t = useTranslations("merch");
  const locale = useLocale();
  const shipping = country ? summary.shippingQuotes[country] : undefined;
  return (
    <aside className="h-fit rounded-3xl border border-line bg-surface p-5 text-sm" aria-label={t("checkout.summaryLabel")}>
      <h2 className="mb-3 font-bold">{t("checkout.summary")}</h2>
      <ul className="space-y-2">
        {summary.lines.map((l) => (
          <li key={l.variantId} className="flex justify-between gap-3">
            <span className="min-w-0">
              {l.quantity} × {l.title} <span className="text-muted">({l.variantName})</span>
            </span>
            <span className="tabular-nums">{formatMoney(l.amountMinor, currency, locale)}</span>
          </li>
        ))}
      </ul>
      <dl className="mt-3 space-y-1 border-t border-line pt-3">
        <div className="flex justify-between gap-3">
          <dt>{t("items")}</dt>
          <dd className="tabular-nums">{formatMoney(summary.itemsMinor, currency, locale)}</dd>
        </div>
        <div className="flex justify-between gap-3" data-testid="summary-shipping">
          <dt>{country ? t("shippingTo", { country: countryLabel }) : t("shipping")}</dt>
          <dd className={`tabular-nums ${country && shipping === undefined ? "text-red-600 dark:text-red-400" : ""}`}>
            {!country ? t("chooseCountry") : shipping === undefined ? t("checkout.noShipping") : shipping ? formatMoney(shipping, currency, locale) : t("freeCapital")}
          </dd>
        </div>
        <div className="flex justify-between gap-3 font-bold" data-testid="summary-total">
          <dt>{t("total")}</dt>
          <dd className="tabular-nums">{shipping === undefined ? "—" : formatMoney(summary.itemsMinor + shipping, currency, locale)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-muted">{note}</p>
    </aside>
  );
}
