"use client";

import Link from "next/link";
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
            Open the concert page
          </Link>
        </p>
      ) : (
        <FormMessage message={state.message} />
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField key={`venue${k}`} label="Venue" name="venueName" required defaultValue={v.venueName} error={e.venueName} />
        <TextField key={`addr${k}`} label="Address" name="address" defaultValue={v.address} error={e.address} />
        <TextField key={`city${k}`} label="City" name="city" required defaultValue={v.city ?? defaults.city} error={e.city} />
        <SelectField key={`country${k}`} label="Country" name="country" defaultValue={v.country ?? defaults.country} error={e.country}>
          <option value="">Choose</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <TextField key={`start${k}`} label="Date and start time (venue's local time)" name="startsLocal" type="datetime-local" required defaultValue={v.startsLocal} error={e.startsLocal} />
        <SelectField key={`tz${k}`} label="Venue time zone" name="timeZone" defaultValue={v.timeZone ?? defaults.timeZone} error={e.timeZone}>
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replace(/_/g, " ")}
            </option>
          ))}
        </SelectField>
        <TextField key={`ticket${k}`} label="Ticket link" name="ticketUrl" type="url" placeholder="https://" defaultValue={v.ticketUrl} error={e.ticketUrl} />
        <TextField key={`lineup${k}`} label="Lineup" name="lineup" placeholder="@kitomensah, Local Support" defaultValue={v.lineup} error={e.lineup} hint="Comma separated; @handle links a Chorus profile." />
        <TextField key={`pmin${k}`} label="Lowest price" name="priceMin" inputMode="decimal" defaultValue={v.priceMin} error={e.priceMin} />
        <TextField key={`pmax${k}`} label="Highest price" name="priceMax" inputMode="decimal" defaultValue={v.priceMax} error={e.priceMax} />
        <SelectField key={`cur${k}`} label="Currency" name="currency" defaultValue={v.currency ?? defaults.currency} error={e.currency}>
          {CURRENCIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={pending}>
        {edit ? (pending ? "Saving…" : "Save changes") : pending ? "Announcing…" : "Announce show"}
      </Button>
    </form>
  );
}
