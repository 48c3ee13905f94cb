"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { saveProductAction, type ProductFormState } from "@/lib/merch/actions";
import { MAX_VARIANTS } from "@/lib/merch/limits";
import { CURRENCIES } from "@/lib/money";
import { ProductShipping, type ShippingRateRow } from "./product-shipping";

type Variant = { id: string; name: string; stock: string; stockFrom: string; price: string };

type Props = {
  profileId: string;
  countries: { code: string; name: string }[];
  product?: {
    id: string;
    title: string;
    description: string;
    price: string;
    currency: string;
    status: string;
    shipCountries: string[];
    shippingDefault: string;
    shippingRates: ShippingRateRow[];
    optionGroup: string;
    variants: Variant[];
  };
  defaultCountry: string | null;
};

const STATUSES = [
  ["draft", "statusDraft"],
  ["live", "statusLive"],
  ["sold_out", "statusSoldOut"],
  ["archived", "statusArchived"],
] as const;

const cell = "block w-full min-w-0 rounded-lg border border-line bg-surface px-2.5 py-2 text-sm focus:border-accent-500 focus:outline-none";

/** Create or edit a product with its options. Options are controlled state, so nothing is lost on an error. */
export function ProductForm({ profileId, countries, product, defaultCountry }: Props) {
  const t = useTranslations("merch.productForm");
  const [state, action, pending] = useActionState<ProductFormState, FormData>(saveProductAction, { ok: false });
  const [variants, setVariants] = useState<Variant[]>(product?.variants ?? [{ id: "", name: t("oneSize"), stock: "10", stockFrom: "", price: "" }]);
  // After a save (or a stock conflict) the server says what stock each option has now: edits continue from there.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    const current = state.data?.stock;
    if (current) {
      setVariants((rows) =>
        rows.map((row) => {
          const now = row.id ? current[row.id] : undefined;
          if (now === undefined) return row;
          const soldMeanwhile = row.stockFrom !== "" && Number(row.stockFrom) !== now;
          return { ...row, stockFrom: String(now), stock: soldMeanwhile ? String(now) : row.stock };
        }),
      );
    }
  }
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const k = JSON.stringify(state.values ?? null);
  const update = (i: number, patch: Partial<Variant>) => setVariants((rows) => rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));

  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="profileId" value={profileId} />
      <input type="hidden" name="productId" value={product?.id ?? ""} />
      <FormMessage tone={state.ok ? "success" : "error"} message={state.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField key={`t${k}`} label={t("title")} name="title" required maxLength={100} defaultValue={v.title ?? product?.title} error={e.title} />
        </div>
        <div className="space-y-1.5 sm:col-span-2">
          <label htmlFor="description" className="block text-sm font-medium">
            {t("description")}
          </label>
          <textarea key={`d${k}`} id="description" name="description" rows={5} maxLength={3000} defaultValue={v.description ?? product?.description} aria-invalid={e.description ? true : undefined} className={`${cell} py-2.5`} placeholder={t("descriptionPlaceholder")} />
          {e.description ? <p className="text-sm text-red-600 dark:text-red-400">{e.description}</p> : null}
        </div>
        <TextField key={`p${k}`} label={t("price")} name="price" inputMode="decimal" placeholder="25.00" defaultValue={v.price ?? product?.price} error={e.price} />
        <SelectField key={`c${k}`} label={t("currency")} name="currency" defaultValue={v.currency ?? product?.currency ?? "EUR"} error={e.currency}>
          {CURRENCIES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </SelectField>
        <SelectField key={`s${k}`} label={t("status")} name="status" defaultValue={v.status ?? product?.status ?? "draft"} error={e.status}>
          {STATUSES.map(([value, labelKey]) => (
            <option key={value} value={value}>
              {t(labelKey)}
            </option>
          ))}
        </SelectField>
      </div>

      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("options")}</legend>
        <p className="text-xs text-muted">{t("optionsHelp")}</p>
        <div className="max-w-xs pb-1">
          <TextField
            key={`og${k}`}
            label={t("optionGroup")}
            name="optionGroup"
            id="optionGroup"
            maxLength={30}
            placeholder={t("optionGroupPlaceholder")}
            defaultValue={v.optionGroup ?? product?.optionGroup}
            error={e.optionGroup}
            hint={t("optionGroupHint")}
          />
        </div>
        <div className="grid grid-cols-[minmax(0,1fr)_3.5rem_4.5rem_auto] sm:grid-cols-[1fr_5rem_6rem_auto] gap-2 text-xs font-medium text-muted">
          <span>{t("option")}</span>
          <span>{t("stock")}</span>
          <span>{t("price")}</span>
          <span className="sr-only">{t("remove")}</span>
        </div>
        {variants.map((row, i) => (
          <div key={i} className="grid grid-cols-[minmax(0,1fr)_3.5rem_4.5rem_auto] sm:grid-cols-[1fr_5rem_6rem_auto] items-center gap-2">
            <input type="hidden" name="variantId" value={row.id} />
            <input type="hidden" name="variantStockFrom" value={row.stockFrom} />
            <input name="variantName" aria-label={t("optionName", { number: i + 1 })} value={row.name} onChange={(ev) => update(i, { name: ev.target.value })} className={cell} maxLength={40} />
            <input name="variantStock" aria-label={t("optionStock", { number: i + 1 })} value={row.stock} onChange={(ev) => update(i, { stock: ev.target.value })} className={cell} inputMode="numeric" />
            <input name="variantPrice" aria-label={t("optionPrice", { number: i + 1 })} value={row.price} onChange={(ev) => update(i, { price: ev.target.value })} className={cell} inputMode="decimal" placeholder="—" />
            <button type="button" onClick={() => setVariants((rows) => rows.filter((_, j) => j !== i))} disabled={variants.length === 1} className="rounded-full px-2 py-1 text-sm text-muted hover:bg-surface-2 disabled:opacity-40" aria-label={t("removeOption", { number: i + 1 })}>
              ✕
            </button>
          </div>
        ))}
        {e.variants ? (
          <ul className="space-y-0.5 text-sm text-red-600 dark:text-red-400" role="alert">
            {e.variants.split("\n").map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        {variants.length < MAX_VARIANTS ? (
          <button type="button" onClick={() => setVariants((rows) => [...rows, { id: "", name: "", stock: "0", stockFrom: "", price: "" }])} className="rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2">
            {t("addOption")}
          </button>
        ) : null}
      </fieldset>

      <ProductShipping
        countries={countries}
        shipTo={product?.shipCountries ?? (defaultCountry ? [defaultCountry] : [])}
        rates={product?.shippingRates ?? []}
        defaultPrice={v.shippingDefault ?? product?.shippingDefault ?? ""}
        errors={{ shipCountries: e.shipCountries, shippingDefault: e.shippingDefault, shippingRates: e.shippingRates }}
        echoKey={k}
      />

      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : product ? t("save") : t("create")}
      </Button>
    </form>
  );
}
