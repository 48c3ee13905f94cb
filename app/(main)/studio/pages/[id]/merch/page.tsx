import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Section } from "@/components/ui/section";
import { listSellerOrders, salesByProduct } from "@/lib/merch/queries";
import { MerchPanel } from "../merch-panel";
import { loadStudioPage, type StudioSectionProps } from "../studio-page";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.studioMerch");
  return { title: t("metaTitle") };
}

export default async function StudioMerch({ params }: StudioSectionProps) {
  const { id } = await params;
  const { page } = await loadStudioPage(id, "merch");
  const [rows, awaiting] = await Promise.all([salesByProduct(page.id), listSellerOrders(page.id, "awaiting_payment")]);
  const t = await getTranslations("merch.studioMerch");
  return (
    <Section title={t("title")} id="merch">
      <MerchPanel pageId={page.id} rows={rows} awaiting={awaiting.length} />
    </Section>
  );
}
