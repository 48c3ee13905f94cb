import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { OrderList } from "@/components/merch/order-list";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { ORDER_STATUSES } from "@/db/schema";
import { requireViewer } from "@/lib/auth/guards";
import { listSellerOrders } from "@/lib/merch/queries";
import { getManagedPage } from "@/lib/studio/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.sellerOrders");
  return { title: t("metaTitle") };
}

export default async function SellerOrdersPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ status?: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/orders`);
  const page = await getManagedPage(viewer.userId, id, "manage_orders");
  if (!page) notFound();
  const requested = (await searchParams).status ?? "";
  const status = (ORDER_STATUSES as readonly string[]).includes(requested) ? (requested as (typeof ORDER_STATUSES)[number]) : null;
  const list = await listSellerOrders(page.id, status);
  const t = await getTranslations("merch.sellerOrders");
  return (
    <>
      <PageTitle level={2} title={t("title")} subtitle={t("subtitle", { name: page.name })} />
      <nav aria-label={t("filterLabel")} className="mb-4 flex flex-wrap gap-2">
        {["", ...ORDER_STATUSES].map((s) => (
          <Link
            key={s}
            href={s ? `/studio/pages/${page.id}/orders?status=${s}` : `/studio/pages/${page.id}/orders`}
            aria-current={(status ?? "") === s ? "page" : undefined}
            className={`rounded-full border px-3 py-1.5 text-sm font-medium ${(status ?? "") === s ? "border-accent-500 bg-accent-500/10 text-accent-600 dark:text-accent-300" : "border-line hover:bg-surface-2"}`}
          >
            {t("filter", { status: s || "all" })}
          </Link>
        ))}
      </nav>
      {requested && !status ? <p role="alert" className="mb-4 text-sm text-red-600 dark:text-red-400">{t("unknownStatus", { status: requested.slice(0, 40) })}</p> : null}
      {list.length === 0 ? <EmptyState title={status ? t("emptyStatus", { status }) : t("empty")} /> : <OrderList orders={list} show="buyer" />}
    </>
  );
}
