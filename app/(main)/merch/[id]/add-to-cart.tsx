"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useRouter } from "next/navigation";
import { useActionState, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/forms/action-state";
import { addToCartAction, type CartData } from "@/lib/merch/actions";
import { initialOption } from "@/lib/merch/options";
import { formatMoney } from "@/lib/money";

type Variant = { id: string; name: string; stock: number; priceMinor: number };

type Props = { variants: Variant[]; optionGroup: string | null; currency: string; signedIn: boolean; canBuy: boolean; maxPerOrder: number };

/**
 * Option picker (labelled with the seller's name for the options) with live
 * stock, quantity within what is left, and add to cart. Nothing is chosen for
 * the buyer unless there is only one option.
 */
export function AddToCart({ variants, optionGroup, currency, signedIn, canBuy, maxPerOrder }: Props) {
  const t = useTranslations("merch");
  const locale = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  // The seller's name for the options, else a plain "Option" (as lib/merch/options, in the page's language).
  const groupLabel = optionGroup?.trim() || t("addToCart.option");
  // "Choose a size": lower-case a word ("Size" → "size") but not an acronym ("LP format" stays); German keeps its capital nouns.
  const groupWord = locale !== "de" && /^[A-Z][a-z]/.test(groupLabel) ? groupLabel[0].toLowerCase() + groupLabel.slice(1) : groupLabel;
  const choosePrompt = t("addToCart.choose", { article: /^[aeiou]/i.test(groupWord) ? "an" : "a", option: groupWord });
  const [variantId, setVariantId] = useState(initialOption(variants) ?? "");
  const [quantity, setQuantity] = useState(1);
  const [state, add, pending] = useActionState<ActionState<string, CartData>, FormData>(addToCartAction, { ok: false });
  // The answer a new choice has dismissed: its message no longer shows.
  const [dismissed, setDismissed] = useState<ActionState<string, CartData> | null>(null);
  const selected = variants.find((v) => v.id === variantId);
  const max = Math.min(selected?.stock ?? 0, maxPerOrder);
  const prices = new Set(variants.map((v) => v.priceMinor));
  // Before a choice, the price shows only when every option costs the same (the page heading says "From …" otherwise).
  const price = selected?.priceMinor ?? (prices.size === 1 ? variants[0]?.priceMinor : undefined);
  const inStock = variants.some((v) => v.stock > 0);
  const message = dismissed !== state && (state.ok || state.message) ? { tone: state.ok ? ("ok" as const) : ("error" as const), text: state.ok ? (state.message ?? t("addToCart.added", { quantity: String(state.data?.quantity), option: String(selected?.name) })) : state.message! } : null;
  const choose = (id: string) => (setVariantId(id), setQuantity(1), setDismissed(state));
  useEffect(() => {
    // The cart count in the header, and the stock beside the options.
    if (state.ok) router.refresh();
  }, [state, router]);

  return (
    <form
      action={add}
      className="space-y-4"
      onSubmit={(event) => {
        if (!signedIn) {
          event.preventDefault();
          router.push(`/signin?callbackUrl=${encodeURIComponent(pathname)}`);
        }
      }}
    >
      {variants.length > 1 ? (
        <fieldset>
          <legend className="mb-2 text-sm font-medium">{groupLabel}</legend>
          <div className="flex flex-wrap gap-2">
            {variants.map((v) => (
              <label key={v.id} className={`cursor-pointer rounded-xl border px-3.5 py-2 text-sm has-[:checked]:border-accent-500 has-[:checked]:bg-accent-500/10 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-accent-500 ${v.stock === 0 ? "border-dashed text-muted line-through" : "border-line"}`}>
                <input type="radio" name="variant" value={v.id} checked={variantId === v.id} disabled={v.stock === 0} onChange={() => choose(v.id)} className="sr-only" />
                {v.name}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {price !== undefined ? (
        <p className="text-2xl font-bold tabular-nums">
          {formatMoney(price, currency, locale)}{" "}
          {selected ? (
            <span data-testid="stock" className={`ml-2 align-middle text-sm font-medium ${selected.stock === 0 ? "text-red-700 dark:text-red-400" : selected.stock <= 5 ? "text-amber-700 dark:text-amber-400" : "text-muted"}`}>
              {selected.stock === 0 ? t("soldOut") : selected.stock <= 5 ? t("addToCart.left", { count: selected.stock }) : t("addToCart.inStock")}
            </span>
          ) : null}
        </p>
      ) : null}
      {canBuy && !selected && inStock ? (
        <Button type="button" disabled>
          {choosePrompt}
        </Button>
      ) : null}
      {canBuy && max > 0 ? (
        <div className="flex flex-wrap items-end gap-3">
          <label className="text-sm font-medium">
            {t("addToCart.quantity")}
            <select name="quantity" value={quantity} onChange={(e) => setQuantity(Number(e.target.value))} className="mt-1 block h-10 rounded-xl border border-line bg-surface px-3 text-sm">
              {Array.from({ length: max }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          {variants.length === 1 ? <input type="hidden" name="variant" value={variants[0].id} /> : null}
          <Button type="submit" disabled={pending}>
            {pending ? t("addToCart.adding") : t("addToCart.add")}
          </Button>
        </div>
      ) : null}
      {message ? (
        <p role={message.tone === "error" ? "alert" : "status"} className={`text-sm ${message.tone === "error" ? "text-red-600 dark:text-red-400" : "text-emerald-700 dark:text-emerald-300"}`}>
          {message.text}{" "}
          {message.tone === "ok" ? (
            <Link href="/cart" className="font-semibold underline">
              {t("addToCart.viewCart")}
            </Link>
          ) : null}
        </p>
      ) : null}
    </form>
  );
}
