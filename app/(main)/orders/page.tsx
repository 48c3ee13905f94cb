import type { Metadata } from "next";
import { OrderList } from "@/components/merch/order-list";
import { EmptyState, PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { listBuyerOrders } from "@/lib/merch/queries";

export const metadata: Metadata = { title: "Your orders" };

export default async function OrdersPage() {
  const viewer = await requireViewer("/orders");
  const list = await listBuyerOrders(viewer.profile.id);
  return (
    <>
      <PageTitle title="Your orders" subtitle="Merch you ordered and where it is. You get a notification whenever a seller updates an order." />
      {list.length === 0 ? <EmptyState title="No orders yet" /> : <OrderList orders={list} show="seller" />}
    </>
  );
}
