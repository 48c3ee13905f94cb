"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { checkoutAction, type CheckoutState } from "@/lib/merch/actions";
import type { SavedAddress } from "@/lib/merch/queries";
import { CheckoutSummary, type SummaryData } from "./checkout-summary";
import { OrderReview } from "./order-review";

type Props = {
  sellerId: string;
  currency: string;
  countries: { code: string; name: string }[];
  defaults: { name: string; country: string };
  previous: SavedAddress | null;
  paymentNote: string;
  paymentName: string;
  summary: SummaryData;
};

const noop = () => () => {};
const draftKey = (sellerId: string) => `chorus:checkout:${sellerId}`;

/** What was typed here before a reload (this tab only), or null. */
function useDraft(sellerId: string): Partial<SavedAddress> | null {
  const raw = useSyncExternalStore(noop, () => sessionStorage.getItem(draftKey(sellerId)), () => null);
  try {
    return raw ? (JSON.parse(raw) as Partial<SavedAddress>) : null;
  } catch {
    return null;
  }
}

/**
 * Address → review → place order, on one form; what was typed survives every
 * step and every error. The summary beside it follows the chosen country, so
 * shipping is known before the review.
 */
export function CheckoutForm({ sellerId, currency, countries, defaults, previous, paymentNote, paymentName, summary }: Props) {
  const t = useTranslations("merch.checkout");
  const [state, action, pending] = useActionState<CheckoutState, FormData>(checkoutAction, { ok: false, data: { step: "address" } });
  const draft = useDraft(sellerId);
  const [usePrevious, setUsePrevious] = useState(false);
  // The country picked in this form, until something else (the last address, a server answer) fills the fields again.
  const [picked, setPicked] = useState<string | null>(null);
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setPicked(null);
  }
  // What the server echoed wins; else the previous address when asked for; else what this tab typed before a reload.
  const v: Partial<SavedAddress> = state.values ?? (usePrevious && previous ? previous : (draft ?? {}));
  const e = state.fieldErrors ?? {};
  // What the review shows is what "Place order" buys: its fingerprint goes with the submit.
  const review = state.ok && state.data?.step === "review" ? state.data.review : undefined;
  const k = JSON.stringify(v);
  const saveDraft = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const fields = ["name", "line1", "line2", "city", "postalCode", "country"].map((f) => [f, String(data.get(f) ?? "")]);
    sessionStorage.setItem(draftKey(sellerId), JSON.stringify(Object.fromEntries(fields)));
  };
  const country = countries.find((c) => c.code === v.country)?.name ?? v.country;
  const destination = review ? (v.country ?? "") : (picked ?? v.country ?? defaults.country);
  const onChange = (form: HTMLFormElement) => {
    if (review) return;
    saveDraft(form);
    setPicked(String(new FormData(form).get("country") ?? ""));
  };
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="rounded-3xl border border-line bg-surface p-5">
        <form action={action} className="space-y-4" noValidate onChange={(ev) => onChange(ev.currentTarget)}>
          <input type="hidden" name="sellerId" value={sellerId} />
          <input type="hidden" name="currency" value={currency} />
          <FormMessage message={state.message} />
          {review ? (
            <>
              {/* The reviewed address travels with the final submit. */}
              {Object.entries(v).map(([name, value]) => (
                <input key={name} type="hidden" name={name} value={value} />
              ))}
              <input type="hidden" name="fingerprint" value={review.fingerprint} />
              <OrderReview review={review} address={v} countryName={country ?? ""} paymentName={paymentName} paymentNote={paymentNote} />
              <div className="flex flex-wrap gap-2">
                <Button type="submit" name="step" value="place" disabled={pending} onClick={() => sessionStorage.removeItem(draftKey(sellerId))}>
                  {pending ? t("placing") : t("place")}
                </Button>
                <Button type="submit" variant="secondary" name="step" value="edit" disabled={pending}>
                  {t("changeAddress")}
                </Button>
              </div>
            </>
          ) : (
            <>
              {previous && !usePrevious ? (
                <button type="button" onClick={() => (setUsePrevious(true), setPicked(null))} className="w-full rounded-2xl border border-dashed border-line px-4 py-3 text-left text-sm hover:bg-surface-2">
                  <span className="font-semibold">{t("useLast")}</span>
                  <span className="block text-muted">
                    {previous.name}, {previous.line1}, {previous.postalCode} {previous.city}, {countries.find((c) => c.code === previous.country)?.name ?? previous.country}
                  </span>
                </button>
              ) : null}
              <div className="grid gap-4 sm:grid-cols-2">
                <div className="sm:col-span-2">
                  <TextField key={`n${k}`} label={t("name")} name="name" autoComplete="name" defaultValue={v.name ?? defaults.name} error={e.name} />
                </div>
                <TextField key={`l1${k}`} label={t("line1")} name="line1" autoComplete="address-line1" defaultValue={v.line1} error={e.line1} />
                <TextField key={`l2${k}`} label={t("line2")} name="line2" autoComplete="address-line2" defaultValue={v.line2} error={e.line2} />
                <TextField key={`pc${k}`} label={t("postalCode")} name="postalCode" autoComplete="postal-code" defaultValue={v.postalCode} error={e.postalCode} />
                <TextField key={`c${k}`} label={t("city")} name="city" autoComplete="address-level2" defaultValue={v.city} error={e.city} />
                <div className="sm:col-span-2">
                  <SelectField key={`co${k}`} label={t("country")} name="country" autoComplete="country" defaultValue={v.country ?? defaults.country} error={e.country}>
                    <option value="">{t("choose")}</option>
                    {countries.map((c) => (
                      <option key={c.code} value={c.code}>
                        {c.name}
                      </option>
                    ))}
                  </SelectField>
                </div>
              </div>
              <Button type="submit" disabled={pending}>
                {pending ? t("checking") : t("review")}
              </Button>
            </>
          )}
        </form>
      </div>
      <CheckoutSummary
        summary={summary}
        currency={currency}
        country={destination}
        countryLabel={countries.find((c) => c.code === destination)?.name ?? destination}
        note={paymentNote}
      />
    </div>
  );
}
