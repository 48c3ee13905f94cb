import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/studio/product-form";
import { PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getManagedPage } from "@/lib/studio/queries";
import { shippingCountries } from "../countries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.newProduct");
  return { title: t("title") };
}

export default async function NewProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/merch/new`);
  const page = await getManagedPage(viewer.userId, id, "sell");
  if (!page) notFound();
  const [t, locale] = await Promise.all([getTranslations("merch"), getLocale()]);
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/merch`} label={t("studioMerch.title")} />
      <PageTitle level={2} title={t("newProduct.title")} subtitle={t("newProduct.subtitle")} />
      <div className="rounded-3xl border border-line bg-surface p-5">
        <ProductForm profileId={page.id} countries={shippingCountries(locale)} defaultCountry={page.country} />
      </div>
    </>
  );
}
