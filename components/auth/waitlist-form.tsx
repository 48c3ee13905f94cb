"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { joinWaitlistAction } from "@/lib/auth/actions";

export function WaitlistForm({ country, email }: { country: string; email?: string }) {
  const t = useTranslations("auth");
  const tc = useTranslations("common");
  const [state, action, pending] = useActionState(joinWaitlistAction, { ok: false });
  if (state.ok) return <FormMessage tone="success" message={state.message} />;
  return (
    <form action={action} className="mt-4 space-y-3" noValidate>
      <input type="hidden" name="country" value={country} />
      <TextField label={t("email")} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email ?? email} error={state.fieldErrors?.email} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? tc("saving") : t("waitlist.notify")}
      </Button>
    </form>
  );
}
