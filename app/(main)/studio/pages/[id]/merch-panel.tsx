import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/lib/money";

type Row = { productId: string; title: string; status: string; currency: string; stock: number; units: number; paidMinor: number; pendingMinor: number };

/** Products with stock and sales totals: paid (confirmed by the seller) and awaiting payment. */
export function MerchPanel({ pageId, rows, awaiting }: { pageId: string; rows: Row[]; awaiting: number }) {
  const t = useTranslations("merch");
  const locale = useLocale();
  return (
    <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
      <div className="flex flex-wrap gap-2">
        <Link href={`/studio/pages/${pageId}/merch/new`} className={buttonClass("primary")}>
          {t("panel.newProduct")}
        </Link>
        <Link href={`/studio/pages/${pageId}/orders`} className={buttonClass("secondary")}>
          {t("panel.orders", { awaiting })}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">{t("panel.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm" data-testid="merch-sales">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">{t("panel.product")}</th>
                <th className="py-1.5 font-medium">{t("panel.status")}</th>
                <th className="py-1.5 text-right font-medium">{t("panel.inStock")}</th>
                <th className="py-1.5 text-right font-medium">{t("panel.sold")}</th>
                <th className="py-1.5 text-right font-medium">{t("panel.paid")}</th>
                <th className="py-1.5 text-right font-medium">{t("panel.awaiting")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {rows.map((r) => (
                <tr key={r.productId}>
                  <td className="max-w-56 truncate py-2 pr-2">
                    <Link href={`/studio/pages/${pageId}/merch/${r.productId}`} className="font-medium hover:underline">
                      {r.title}
                    </Link>
                  </td>
                  <td className="py-2 capitalize">{t("productStatus", { status: r.status })}</td>
                  <td className="py-2 text-right tabular-nums">{r.stock}</td>
                  <td className="py-2 text-right tabular-nums">{r.units}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(r.paidMinor, r.currency, locale)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(r.pendingMinor, r.currency, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
