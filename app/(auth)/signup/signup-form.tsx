"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { signUpAction, type SignUpState } from "@/lib/auth/actions";
import { WaitlistForm } from "@/components/auth/waitlist-form";

type Props = { callbackUrl: string; countries: { code: string; name: string }[]; defaultCountry: string };

export function SignUpForm({ callbackUrl, countries, defaultCountry }: Props) {
  const t = useTranslations("auth");
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignUpState, FormData>(signUpAction, { ok: false });
  const unsupported = state.data?.unsupportedMarket;
  if (unsupported) {
    let country = unsupported.name;
    if (locale !== "en") {
      try {
        country = new Intl.DisplayNames([locale], { type: "region" }).of(unsupported.country) ?? country;
      } catch {
        // not a region code: keep the name the server gave
      }
    }
    return (
      <div className="mt-6 space-y-3" role="alert">
        <h2 className="text-lg font-bold">{t("signup.unavailable")}</h2>
        <p className="text-sm text-muted">{t("signup.notLaunchedIn", { country })}</p>
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
      <TextField key={`email${k}`} label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={v.email} error={e.email} />
      <TextField label={t("password")} name="password" type="password" autoComplete="new-password" required error={e.password} hint={t("signup.passwordHint")} />
      <TextField key={`name${k}`} label={t("signup.displayName")} name="name" autoComplete="name" required maxLength={60} defaultValue={v.name} error={e.name} />
      <TextField key={`handle${k}`} label={t("signup.handle")} name="handle" autoComplete="username" required maxLength={30} defaultValue={v.handle} error={e.handle} hint={t("signup.handleHint")} />
      <SelectField key={`country${k}`} label={t("signup.country")} name="country" required defaultValue={v.country ?? defaultCountry} error={e.country}>
        <option value="">{t("signup.chooseCountry")}</option>
        {countries.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signup.creating") : t("signup.create")}
      </Button>
    </form>
  );
}
