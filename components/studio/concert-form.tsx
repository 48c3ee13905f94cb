"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { CURRENCIES } from "@/lib/money";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { announceConcertAction, editConcertAction, type ConcertField, type ConcertFormState } from "@/lib/concerts/actions";

type Props = {
  profileId: string;
  countries: { code: string; name: string }[];
  zones: string[];
  defaults: { city: string; country: string; timeZone: string; currency: string };
  /** Editing an existing show: its id and current values. */
  edit?: { concertId: string; values: Partial<Record<ConcertField, string>> };
};

export function ConcertForm({ profileId, countries, zones, defaults, edit }: Props) {
  const t = useTranslations("studio.concertForm");
  const [state, action, pending] = useActionState<ConcertFormState, FormData>(edit ? editConcertAction : announceConcertAction, { ok: false });
  // A new show's form empties after success; an edit keeps what was saved.
  const v = edit ? (state.values ?? edit.values) : state.ok ? {} : (state.values ?? {});
  const e = state.fieldErrors ?? {};
  const k = JSON.stringify(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="profileId" value={profileId} />
      {edit ? <input type="hidden" name="concertId" value={edit.concertId} /> : null}
      {state.ok ? (
        <p role="status" className="rounded-xl border border-emerald-500/40 bg-emerald-500/10 px-3.5 py-2.5 text-sm text-emerald-700 dark:text-emerald-300">
          {state.message}{" "}
          <Link href={`/concert/${state.data?.concertId}`} className="font-semibold underline">
            {t("open")}
          </Link>
        </p>
      ) : (
        <FormMessage message={state.message} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField key={`venue${k}`} label={t("venue")} name="venueName" required defaultValue={v.venueName} error={e.venueName} />
        <TextField key={`addr${k}`} label={t("address")} name="address" defaultValue={v.address} error={e.address} />
        <TextField key={`city${k}`} label={t("city")} name="city" required defaultValue={v.city ?? defaults.city} error={e.city} />
        <SelectField key={`country${k}`} label={t("country")} name="country" defaultValue={v.country ?? defaults.country} error={e.country}>
          <option value="">{t("choose")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField key={`start${k}`} label={t("startsLocal")} name="startsLocal" type="datetime-local" required defaultValue={v.startsLocal} error={e.startsLocal} />
        <SelectField key={`tz${k}`} label={t("timeZone")} name="timeZone" defaultValue={v.timeZone ?? defaults.timeZone} error={e.timeZone}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, " ")}
            </option>
          ))}
        </SelectField>
        {/* i18n-ignore: a URL scheme, the same in every language */}
        <TextField key={`ticket${k}`} label={t("ticketUrl")} name="ticketUrl" type="url" placeholder="https://" defaultValue={v.ticketUrl} error={e.ticketUrl} />
        <TextField key={`lineup${k}`} label={t("lineup")} name="lineup" placeholder={t("lineupPlaceholder")} defaultValue={v.lineup} error={e.lineup} hint={t("lineupHint")} />
        <TextField key={`pmin${k}`} label={t("priceMin")} name="priceMin" inputMode="decimal" defaultValue={v.priceMin} error={e.priceMin} />
        <TextField key={`pmax${k}`} label={t("priceMax")} name="priceMax" inputMode="decimal" defaultValue={v.priceMax} error={e.priceMax} />
        <SelectField key={`cur${k}`} label={t("currency")} name="currency" defaultValue={v.currency ?? defaults.currency} error={e.currency}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {edit ? (pending ? t("saving") : t("save")) : pending ? t("announcing") : t("announce")}
      </Button>
    </form>
  );
}
