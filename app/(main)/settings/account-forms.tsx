"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { changeEmailAction, changePasswordAction, countryAction, updateProfileAction } from "@/lib/account/actions";

const card = "space-y-4 rounded-3xl border border-line bg-surface p-5";

export function ProfileForm({ name, bio }: { name: string; bio: string }) {
  const t = useTranslations("settings.forms");
  const [state, action, pending] = useActionState(updateProfileAction, { ok: false });
  const v = { name: state.values?.name ?? name, bio: state.values?.bio ?? bio };
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField label={t("displayName")} name="name" autoComplete="nickname" required maxLength={60} defaultValue={v.name} error={state.fieldErrors?.name} key={`n-${v.name}`} />
      <div className="space-y-1.5">
        <label htmlFor="bio" className="block text-sm font-medium">
          {t("bio")}
        </label>
        <textarea
          id="bio"
          name="bio"
          rows={3}
          maxLength={500}
          defaultValue={v.bio}
          key={`b-${v.bio}`}
          aria-invalid={state.fieldErrors?.bio ? true : undefined}
          className="block w-full rounded-xl border border-line bg-surface px-3.5 py-2.5 text-sm focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30"
        />
        {state.fieldErrors?.bio ? <p className="text-sm text-red-600 dark:text-red-400">{state.fieldErrors.bio}</p> : <p className="text-xs text-muted">{t("bioHint")}</p>}
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("saveProfile")}
      </Button>
    </form>
  );
}

export function EmailForm({ current }: { current: string }) {
  const t = useTranslations("settings.forms");
  const [state, action, pending] = useActionState(changeEmailAction, { ok: false });
  return (
    <form action={action} className={card} noValidate aria-labelledby="email-heading">
      <div>
        <h3 id="email-heading" className="font-semibold">
          {t("email")}
        </h3>
        <p className="text-sm text-muted">{t.rich("emailIntro", { email: current, b: (chunks) => <span className="font-medium text-fg">{chunks}</span> })}</p>
      </div>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField id="new-email" label={t("newEmail")} name="email" type="email" autoComplete="email" defaultValue={state.values?.email} error={state.fieldErrors?.email} key={`e-${state.values?.email}`} />
      <TextField id="email-current-password" label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("sending") : t("sendLink")}
      </Button>
    </form>
  );
}

export function PasswordForm() {
  const t = useTranslations("settings.forms");
  const [state, action, pending] = useActionState(changePasswordAction, { ok: false });
  return (
    <form action={action} className={card} noValidate aria-labelledby="password-heading">
      <div>
        <h3 id="password-heading" className="font-semibold">
          {t("password")}
        </h3>
        <p className="text-sm text-muted">{t("passwordIntro")}</p>
      </div>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField id="current-password" label={t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <TextField id="new-password" label={t("newPassword")} name="password" type="password" autoComplete="new-password" error={state.fieldErrors?.password} hint={t("newPasswordHint")} />
      <TextField id="confirm-password" label={t("newPasswordAgain")} name="confirm" type="password" autoComplete="new-password" error={state.fieldErrors?.confirm} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("changing") : t("changePassword")}
      </Button>
    </form>
  );
}

export function CountryForm({ current, countries }: { current: string; countries: { code: string; name: string }[] }) {
  const t = useTranslations("settings.forms");
  const [state, action, pending] = useActionState(countryAction, { ok: false });
  const value = state.values?.country ?? current;
  return (
    <form action={action} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-56 flex-1">
        <SelectField label={t("country")} name="country" defaultValue={value} key={`c-${value}`} error={state.fieldErrors?.country}>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("saveCountry")}
      </Button>
      {state.ok && state.message ? (
        <p role="status" className="w-full text-sm text-emerald-700 dark:text-emerald-300">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
