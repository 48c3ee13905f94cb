"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { deleteAccountAction } from "@/lib/account/actions";

/** Deleting the account: what happens, said first; confirmed with the password and the word DELETE. */
export function DeleteAccountForm() {
  const t = useTranslations("settings.data");
  const [state, action, pending] = useActionState(deleteAccountAction, { ok: false });
  const [open, setOpen] = useState(!!state.message || !!state.fieldErrors);
  if (!open)
    return (
      <Button type="button" variant="secondary" onClick={() => setOpen(true)}>
        {t("deleteOpen")}
      </Button>
    );
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} />
      <TextField id="delete-password" label={t("yourPassword")} name="currentPassword" type="password" autoComplete="current-password" error={state.fieldErrors?.currentPassword} />
      <TextField id="delete-confirm" label={t("typeDelete")} name="confirm" autoComplete="off" defaultValue={state.values?.confirm} error={state.fieldErrors?.confirm} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending} className="!bg-red-600 hover:!bg-red-500">
          {pending ? t("deleting") : t("delete")}
        </Button>
        <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
          {t("keep")}
        </Button>
      </div>
    </form>
  );
}
