"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/account/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(resetPasswordAction, { ok: false });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} />
      <TextField label={t("reset.newPassword")} name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} hint={t("reset.passwordHint")} />
      <TextField label={t("reset.newPasswordAgain")} name="confirm" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirm} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? tc("saving") : t("reset.save")}
      </Button>
    </form>
  );
}
