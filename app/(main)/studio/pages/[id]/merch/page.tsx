import type { Metadata } from "next";
import { Section } from "@/components/ui/section";
import { listSellerOrders, salesByProduct } from "@/lib/merch/queries";
import { MerchPanel } from "../merch-panel";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export const metadata: Metadata = { title: "Merch · Studio" };

export default async function StudioMerch({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "merch");
  const [rows, awaiting] = await Promise.all([salesByProduct(page.id), listSellerOrders(page.id, "awaiting_payment")]);
  return (
    <Section title="Merch" id="merch">
      <MerchPanel pageId={page.id} rows={rows} awaiting={awaiting.length} />
    </Section>
  );
}
