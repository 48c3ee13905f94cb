"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { forgotPasswordAction } from "@/lib/account/actions";

export function ForgotPasswordForm() {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState(forgotPasswordAction, { ok: false });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fieldErrors?.email} key={`e-${state.values?.email}`} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("forgot.sending") : t("forgot.send")}
      </Button>
    </form>
  );
}
