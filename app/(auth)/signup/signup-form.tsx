"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { signUpAction, type SignUpState } from "@/lib/auth/actions";
import { WaitlistForm } from "@/components/auth/waitlist-form";

type Props = { callbackUrl: string; countries: { code: string; name: string }[]; defaultCountry: string };

export function SignUpForm({ callbackUrl, countries, defaultCountry }: Props) {
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, { ok: false });
  const unsupported = state.data?.unsupportedMarket;
  if (unsupported) {
    return (
      <div className="mt-6 space-y-3" role="alert">
        <h2 className="text-lg font-bold">Chorus is not yet available in your market</h2>
        <p className="text-sm text-muted">We have not launched in {unsupported.name} yet, so we did not create an account. Want us to tell you when we do?</p>
        <WaitlistForm country={unsupported.country} email={state.values?.email} />
      </div>
    );
  }
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  // Keying inputs on the echoed values resets them to what the user typed after a failed submit.
  const k = JSON.stringify(v);
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={state.message} />
      <TextField key={`email${k}`} label="Email" name="email" type="email" autoComplete="email" required defaultValue={v.email} error={e.email} />
      <TextField label="Password" name="password" type="password" autoComplete="new-password" required error={e.password} hint="At least 8 characters with a letter and a digit." />
      <TextField key={`name${k}`} label="Display name" name="name" autoComplete="name" required maxLength={60} defaultValue={v.name} error={e.name} />
      <TextField key={`handle${k}`} label="Handle" name="handle" autoComplete="username" required maxLength={30} defaultValue={v.handle} error={e.handle} hint="3–30 letters, digits or underscores. Your page will be chorus/@handle." />
      <SelectField key={`country${k}`} label="Country" name="country" required defaultValue={v.country ?? defaultCountry} error={e.country}>
        <option value="">Choose your country</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
