import { useTranslations } from "next-intl";

const STYLE: Record<string, string> = {
  awaiting_payment: "bg-amber-500/15 text-amber-700 dark:text-amber-300",
  paid: "bg-emerald-500/10 text-emerald-700 dark:text-emerald-300",
  shipped: "bg-sky-500/10 text-sky-700 dark:text-sky-300",
  cancelled: "bg-red-500/10 text-red-600 dark:text-red-400",
};

export function OrderStatusBadge({ status }: { status: string }) {
  const t = useTranslations("merch");
  return <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${STYLE[status] ?? ""}`}>{t("orderStatus", { status })}</span>;
}
