"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { TextField } from "@/components/ui/field";

export type ShippingRateRow = { country: string; amount: string };

type Props = {
  countries: { code: string; name: string }[];
  /** Ticked when the form opens. */
  shipTo: string[];
  rates: ShippingRateRow[];
  /** The standard price as text ("4.50"), and what the server echoed after an error. */
  defaultPrice: string;
  errors: { shipCountries?: string; shippingDefault?: string; shippingRates?: string };
  /** Remounts the uncontrolled price field when the server echoes values. */
  echoKey: string;
};

const cell = "block w-full min-w-0 rounded-lg border border-line bg-surface px-2.5 py-2 text-sm focus:border-accent-500 focus:outline-none";

/**
 * Where a product ships and what it costs: a standard price for every ticked
 * country, and an own price for the countries that differ. Ticks and rows are
 * controlled, so nothing chosen is lost when the save is refused.
 */
export function ProductShipping({ countries, shipTo, rates: initialRates, defaultPrice, errors, echoKey }: Props) {
  const t = useTranslations("merch");
  const [ticked, setTicked] = useState(() => new Set(shipTo));
  const [rates, setRates] = useState<ShippingRateRow[]>(initialRates);
  const name = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const tick = (code: string, on: boolean) =>
    setTicked((set) => {
      const next = new Set(set);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  const update = (i: number, patch: Partial<ShippingRateRow>) => setRates((rows) => rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  const unpriced = countries.filter((c) => ticked.has(c.code) && !rates.some((r) => r.country === c.code));

  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-medium">{t("shipping")}</legend>
      <div className="space-y-2">
        <p className="text-sm font-medium" id="ships-to">
          {t("productShipping.shipsTo")}
        </p>
        <div role="group" aria-labelledby="ships-to" className="grid max-h-48 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded-xl border border-line p-3 sm:grid-cols-3">
          {countries.map((c) => (
            <label key={c.code} className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name="shipCountries" value={c.code} checked={ticked.has(c.code)} onChange={(ev) => tick(c.code, ev.target.checked)} className="h-4 w-4 accent-accent-600" />
              {c.name}
            </label>
          ))}
        </div>
        {errors.shipCountries ? <p className="text-sm text-red-600 dark:text-red-400">{errors.shipCountries}</p> : null}
      </div>

      <div className="max-w-xs">
        <TextField
          key={`sd${echoKey}`}
          label={t("productShipping.standardPrice")}
          name="shippingDefault"
          id="shippingDefault"
          inputMode="decimal"
          placeholder="0.00"
          defaultValue={defaultPrice}
          error={errors.shippingDefault}
          hint={t("productShipping.standardPriceHint")}
        />
      </div>

      <div className="space-y-2">
        <p className="text-sm font-medium">{t("productShipping.ownPrice")}</p>
        {rates.map((row, i) => (
          <div key={i} className="grid grid-cols-[minmax(0,1fr)_6rem_auto] items-center gap-2 sm:max-w-md">
            <select
              name="rateCountry"
              aria-label={t("productShipping.rateCountry", { number: i + 1 })}
              value={row.country}
              onChange={(ev) => update(i, { country: ev.target.value })}
              className={cell}
            >
              <option value="">{t("chooseCountry")}</option>
              {countries
                .filter((c) => ticked.has(c.code) || c.code === row.country)
                .map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
            </select>
            <input
              name="rateAmount"
              aria-label={row.country ? t("productShipping.rateTo", { country: name(row.country) }) : t("productShipping.rate", { number: i + 1 })}
              value={row.amount}
              onChange={(ev) => update(i, { amount: ev.target.value })}
              className={cell}
              inputMode="decimal"
              placeholder="0.00"
            />
            <button
              type="button"
              onClick={() => setRates((rows) => rows.filter((_, j) => j !== i))}
              className="rounded-full px-2 py-1 text-sm text-muted hover:bg-surface-2"
              aria-label={t("productShipping.removeRate", { number: i + 1 })}
            >
              ✕
            </button>
          </div>
        ))}
        {errors.shippingRates ? (
          <ul className="space-y-0.5 text-sm text-red-600 dark:text-red-400" role="alert">
            {errors.shippingRates.split("\n").map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : null}
        {unpriced.length ? (
          <button type="button" onClick={() => setRates((rows) => [...rows, { country: unpriced[0].code, amount: "" }])} className="rounded-full border border-line px-3 py-1.5 text-sm font-medium hover:bg-surface-2">
            {t("productShipping.addRate")}
          </button>
        ) : null}
        <p className="text-xs text-muted">{t("productShipping.help")}</p>
      </div>
    </fieldset>
  );
}
