import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OrderList } from "@/components/merch/order-list";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listBuyerOrders } from "@/lib/merch/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.orders");
  return { title: t("title") };
}

export default async function OrdersPage() {
  const viewer = await requireViewer("/orders");
  const list = await listBuyerOrders(viewer.profile.id);
  const t = await getTranslations("merch.orders");
  return (
    <>
      <PageTitle title={t("title")} subtitle={t("subtitle")} />
      {list.length === 0 ? <EmptyState title={t("empty")} /> : <OrderList orders={list} show="seller" />}
    </>
  );
}
