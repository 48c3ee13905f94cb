import type { Metadata } from "next";
import { pagesWhere } from "@/lib/auth/viewer-data";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ShareMenu } from "@/components/share/share-menu";
import { Avatar } from "@/components/ui/avatar";
import { getViewer } from "@/lib/auth/viewer";
import { ReportButton } from "@/components/moderation/report-button";
import { isId } from "@/lib/ids";
import { visitorMarket } from "@/lib/markets/visitor";
import { getProduct } from "@/lib/merch/queries";
import { MAX_PER_ORDER_LINE } from "@/lib/merch/limits";
import { formatMoney } from "@/lib/money";
import { requestOrigin } from "@/lib/site-server";
import { AddToCart } from "./add-to-cart";
import { Gallery } from "./gallery";
import { ShippingInfo } from "./shipping-info";

type Props = { params: Promise<{ id: string }> };

const PUBLIC = new Set(["live", "sold_out"]);

async function load(id: string) {
  const product = isId(id) ? (await getProduct(id)) : null;
  if (!product) return null;
  if (PUBLIC.has(product.status)) return product;
  // Drafts and archived products: only the page's managers.
  const viewer = await getViewer();
  return viewer && pagesWhere(viewer, "sell").some((m) => m.id === product.seller.id) ? product : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).id);
  const t = await getTranslations("merch.product");
  if (!p) return { title: t("notFound") };
  return { title: `${p.title} · ${p.seller.name}`, description: p.description.slice(0, 160) || t("metaDescription", { name: p.seller.name }), openGraph: { title: p.title, images: p.images.slice(0, 1).map((i) => ({ url: i.url })) } };
}

export default async function ProductPage({ params }: Props) {
  const product = await load((await params).id);
  if (!product) notFound();
  const viewer = await getViewer();
  const market = await visitorMarket(viewer?.country);
  const country = viewer?.country ?? market.country;
  const ships = country ? product.shipCountries.includes(country) : null;
  const ownsIt = !!viewer?.managed.some((m) => m.id === product.seller.id);
  const origin = await requestOrigin();
  const forSale = product.status === "live";
  const prices = [...new Set(product.variants.map((v) => v.priceMinor))];
  const [t, locale] = await Promise.all([getTranslations("merch"), getLocale()]);
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <Gallery images={product.images} title={product.title} />
      <div className="space-y-5">
        <div>
          <Link href={`/@${product.seller.handle}`} className="inline-flex items-center gap-2 text-sm font-medium hover:underline">
            <Avatar src={product.seller.avatarUrl} name={product.seller.name} size={28} />
            {product.seller.name}
          </Link>
          <h1 className="mt-2 text-3xl font-extrabold tracking-tight">{product.title}</h1>
          {prices.length > 1 ? <p className="mt-1 text-sm text-muted">{t("product.fromPrice", { price: formatMoney(Math.min(...prices), product.currency, locale) })}</p> : null}
        </div>
        {!PUBLIC.has(product.status) ? (
          <p role="status" className="rounded-2xl border border-amber-500/40 bg-amber-500/10 px-4 py-3 text-sm">
            {t("product.hidden", { status: product.status })}
          </p>
        ) : null}
        <AddToCart variants={product.variants} optionGroup={product.optionGroup} currency={product.currency} signedIn={!!viewer} canBuy={forSale && !ownsIt && ships !== false} maxPerOrder={MAX_PER_ORDER_LINE} />
        {product.status === "sold_out" ? <p className="text-sm font-semibold text-red-700 dark:text-red-400">{t("soldOut")}</p> : null}
        <ShippingInfo terms={product} currency={product.currency} viewerCountry={country} />
        {viewer && !ownsIt ? (
          <div className="flex justify-end">
            <ReportButton profileId={product.seller.id} what="product" target={{ productId: product.id }} />
          </div>
        ) : null}
        {ownsIt ? (
          <p className="text-sm">
            {t.rich("product.yours", {
              link: (chunks) => (
                <Link href={`/studio/pages/${product.seller.id}/merch/${product.id}`} className="font-semibold underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : null}
        {product.description ? <p className="whitespace-pre-line text-sm leading-relaxed">{product.description}</p> : null}
        <ShareMenu url={`${origin}/merch/${product.id}`} title={product.title} send={{ type: "product", id: product.id }} />
      </div>
    </article>
  );
}
