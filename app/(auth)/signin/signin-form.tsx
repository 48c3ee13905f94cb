"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(signInAction, { ok: false });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage message={state.message} />
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} key={`e-${state.values?.email}`} />
      <TextField label={t("password")} name="password" type="password" autoComplete="current-password" required error={state.fieldErrors?.password} />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-accent-500 hover:underline">
          {t("signin.forgotPassword")}
        </Link>
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signin.signingIn") : t("signIn")}
      </Button>
    </form>
  );
}
