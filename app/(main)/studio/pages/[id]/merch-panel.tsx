import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { formatMoney } from "@/lib/money";

type Row = { productId: string; title: string; status: string; currency: string; stock: number; units: number; paidMinor: number; pendingMinor: number };

/** Products with stock and sales totals: paid (confirmed by the seller) and awaiting payment. */
export function MerchPanel({ pageId, rows, awaiting }: { pageId: string; rows: Row[]; awaiting: number }) {
  return (
    <div className="space-y-4 rounded-3xl border border-line bg-surface p-5">
      <div className="flex flex-wrap gap-2">
        <Link href={`/studio/pages/${pageId}/merch/new`} className={buttonClass("primary")}>
          New product
        </Link>
        <Link href={`/studio/pages/${pageId}/orders`} className={buttonClass("secondary")}>
          Orders{awaiting ? ` · ${awaiting} awaiting payment` : ""}
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-sm text-muted">No products yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[32rem] text-sm" data-testid="merch-sales">
            <thead>
              <tr className="text-left text-muted">
                <th className="py-1.5 font-medium">Product</th>
                <th className="py-1.5 font-medium">Status</th>
                <th className="py-1.5 text-right font-medium">In stock</th>
                <th className="py-1.5 text-right font-medium">Sold</th>
                <th className="py-1.5 text-right font-medium">Paid</th>
                <th className="py-1.5 text-right font-medium">Awaiting</th>
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
                  <td className="py-2 capitalize">{r.status.replace("_", " ")}</td>
                  <td className="py-2 text-right tabular-nums">{r.stock}</td>
                  <td className="py-2 text-right tabular-nums">{r.units}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(r.paidMinor, r.currency)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(r.pendingMinor, r.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
