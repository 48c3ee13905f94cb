import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/studio/product-form";
import { PageTitle } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { getManagedPage } from "@/lib/studio/queries";
import { shippingCountries } from "../countries";

export const metadata: Metadata = { title: "New product" };

export default async function NewProductPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/merch/new`);
  const page = await getManagedPage(viewer.userId, id, "sell");
  if (!page) notFound();
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/merch`} label="Merch" />
      <PageTitle level={2} title="New product" subtitle="Start as a draft, add photos on the next step, then set it live." />
      <div className="rounded-3xl border border-line bg-surface p-5">
        <ProductForm profileId={page.id} countries={shippingCountries()} defaultCountry={page.country} />
      </div>
    </>
  );
}
