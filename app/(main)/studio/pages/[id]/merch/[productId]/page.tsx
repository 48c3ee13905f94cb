import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { notFound } from "next/navigation";
import { ProductForm } from "@/components/studio/product-form";
import { FormMessage } from "@/components/ui/field";
import { PageTitle, Section } from "@/components/ui/section";
import { requireViewer } from "@/lib/auth/guards";
import { isId } from "@/lib/ids";
import { IMAGE_LIMITS } from "@/lib/media/images";
import { getProductForEdit, salesByOption } from "@/lib/merch/queries";
import { MAX_IMAGES } from "@/lib/merch/limits";
import { amountText, formatMoney } from "@/lib/money";
import { getManagedPage } from "@/lib/studio/queries";
import { ActionButton } from "@/components/ui/action-button";
import { deleteProductAction } from "@/lib/merch/actions";
import { shippingCountries } from "../countries";
import { ProductImages } from "./product-images";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("merch.editProduct");
  return { title: t("metaTitle") };
}

type Props = { params: Promise<{ id: string; productId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id, productId } = await params;
  const viewer = await requireViewer(`/studio/pages/${id}/merch/${productId}`);
  const page = await getManagedPage(viewer.userId, id, "sell");
  // Another account's page or product looks exactly like a missing one.
  const product = page && isId(productId) ? (await getProductForEdit(productId, page.id)) : null;
  if (!page || !product) notFound();
  const created = (await searchParams).created === "1";
  const [t, locale, options] = await Promise.all([getTranslations("merch"), getLocale(), salesByOption(product.id)]);
  return (
    <>
      <BackLink href={`/studio/pages/${page.id}/merch`} label={t("studioMerch.title")} />
      <PageTitle
        level={2}
        title={product.title}
        subtitle={t("editProduct.subtitle", { status: t("productStatus", { status: product.status }), stock: product.variants.reduce((n, v) => n + v.stock, 0) })}
        action={
          <Link href={`/merch/${product.id}`} className="rounded-full border border-line px-4 py-2 text-sm font-semibold hover:bg-surface-2">
            {t("editProduct.view")}
          </Link>
        }
      />
      {created ? (
        <div className="mb-6">
          <FormMessage tone="success" message={t("editProduct.created")} />
        </div>
      ) : null}
      <Section title={t("editProduct.sales")}>
        <div className="overflow-x-auto rounded-3xl border border-line bg-surface p-5">
          <table className="w-full min-w-[28rem] text-sm" data-testid="option-sales">
            <caption className="sr-only">{t("editProduct.sales")}</caption>
            <thead>
              <tr className="text-left text-muted">
                <th scope="col" className="py-1.5 font-medium">{t("editProduct.option")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("panel.inStock")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("panel.sold")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("panel.paid")}</th>
                <th scope="col" className="py-1.5 text-right font-medium">{t("panel.awaiting")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-line">
              {options.map((o) => (
                <tr key={o.variantId}>
                  <th scope="row" className="max-w-56 truncate py-2 pr-2 text-left font-medium">{o.name}</th>
                  <td className="py-2 text-right tabular-nums">{o.stock}</td>
                  <td className="py-2 text-right tabular-nums">{o.units}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(o.paidMinor, product.currency, locale)}</td>
                  <td className="py-2 text-right tabular-nums">{formatMoney(o.pendingMinor, product.currency, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
      <Section title={t("editProduct.photos")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <ProductImages pageId={page.id} productId={product.id} images={product.images} max={MAX_IMAGES} maxMb={IMAGE_LIMITS.product.maxBytes / 1048576} />
        </div>
      </Section>
      <Section title={t("editProduct.details")}>
        <div className="rounded-3xl border border-line bg-surface p-5">
          <ProductForm
            profileId={page.id}
            countries={shippingCountries(locale)}
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
      <Section title={t("editProduct.delete")}>
        <div className="flex flex-wrap items-center justify-between gap-3 rounded-3xl border border-red-500/30 bg-surface p-5">
          <p className="text-sm">{t("editProduct.deleteHelp")}</p>
          <ActionButton run={deleteProductAction.bind(null, { pageId: page.id, productId: product.id })} label={t("editProduct.delete")} confirm={t("editProduct.deleteConfirm")} thenGo={`/studio/pages/${page.id}/merch`} />
        </div>
      </Section>
    </>
  );
}
