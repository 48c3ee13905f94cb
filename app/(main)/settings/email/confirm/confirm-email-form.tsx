"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { confirmEmailAction } from "@/lib/account/actions";

export function ConfirmEmailForm({ token, email }: { token: string; email: string }) {
  const [state, action, pending] = useActionState(confirmEmailAction, { ok: false });
  if (state.ok)
    return (
      <div className="space-y-4">
        <FormMessage tone="success" message={state.message} />
        <Link href="/settings" className="text-sm font-semibold text-accent-500 hover:underline">
          Back to settings
        </Link>
      </div>
    );
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="token" value={token} />
      <FormMessage message={state.message} />
      <p className="text-sm">
        Sign in with <span className="font-semibold">{email}</span> from now on?
      </p>
      <Button type="submit" disabled={pending}>
        {pending ? "Confirming…" : "Use this email"}
      </Button>
    </form>
  );
}
