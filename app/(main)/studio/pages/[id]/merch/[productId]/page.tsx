import type { Metadata } from "next";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/studio/product-form";
import { FormMessage } from "@/components/ui/field";
import { PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { getProductForEdit } from "@/lib/merch/queries";
import { MAX_IMAGES } from "@/lib/merch/limits";
import { amountText } from "@/lib/money";
import { getManagedPage } from "@/lib/studio/queries";
import { ActionButton } from "@/components/ui/action-button";
import { deleteProductAction } from "@/lib/merch/actions";
import { shippingCountries } from "../countries";
import { ProductImages } from "./product-images";

export const metadata: Metadata = { title: "Edit product" };

type Props = { params: Promise<{ id: string; productId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id, productId } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/merch/${productId}`);
  const page = await getManagedPage(viewer.userId, id, "sell");
  // Another account's page or product looks exactly like a missing one.
  const product = page && isId(productId) ? (await getProductForEdit(productId, page.id)) : null;
  if (!page || !product) notFound();
  const created = (await searchParams).created === "1";
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/merch`} label="Merch" />
      <PageTitle
        level={2}
        title={product.title}
        subtitle={`${product.status.replace("_", " ")} · ${product.variants.reduce((n, v) => n + v.stock, 0)} in stock`}
        action={
          <Link href={`/merch/${product.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            View product
          </Link>
        }
      />
      {created ? (
        <div className="mb-6">
          <FormMessage tone="success" message="Product created. Add photos, then set it live when you are ready." />
        </div>
      ) : null}
      <Section title="Photos">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <ProductImages pageId={page.id} productId={product.id} images={product.images} max={MAX_IMAGES} maxMb={IMAGE_LIMITS.product.maxBytes / 1048576} />
        </div>
      </Section>
      <Section title="Details">
        <div className="rounded-3xl border border-line bg-surface p-5">
          <ProductForm
            profileId={page.id}
            countries={shippingCountries()}
            defaultCountry={page.country}
            product={{
              id: product.id,
              title: product.title,
              description: product.description,
              price: amountText(product.priceMinor, product.currency),
              currency: product.currency,
              status: product.status,
              shipCountries: product.shipCountries,
              shippingDefault: product.shippingDefaultMinor ? amountText(product.shippingDefaultMinor, product.currency) : "",
              shippingRates: Object.entries(product.shippingRates).map(([country, minor]) => ({ country, amount: amountText(minor, product.currency) })),
              optionGroup: product.optionGroup ?? "",
              variants: product.variants.map((v) => ({ id: v.id, name: v.name, stock: String(v.stock), stockFrom: String(v.stock), price: v.priceMinor === product.priceMinor ? "" : amountText(v.priceMinor, product.currency) })),
            }}
          />
        </div>
      </Section>
      <Section title="Delete product">
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-3xl border border-red-500/30 bg-surface p-5">
          <p className="text-sm">A product nobody ordered can be deleted. One with orders is archived instead (set its status to Archived): it leaves the shop and the orders keep their record.</p>
          <ActionButton run={deleteProductAction.bind(null, { pageId: page.id, productId: product.id })} label="Delete product" confirm="Delete it for good?" thenGo={`/studio/pages/${page.id}/merch`} />
        </div>
      </Section>
    </>
  );
}
