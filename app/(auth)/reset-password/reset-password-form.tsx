"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { resetPasswordAction } from "@/lib/account/actions";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action, pending] = useActionState(resetPasswordAction, { ok: false });
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} />
      <TextField label="New password" name="password" type="password" autoComplete="new-password" required error={state.fieldErrors?.password} hint="At least 8 characters, with a letter and a digit." />
      <TextField label="New password again" name="confirm" type="password" autoComplete="new-password" required error={state.fieldErrors?.confirm} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Saving…" : "Save and sign in"}
      </Button>
    </form>
  );
}
