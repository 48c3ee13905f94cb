"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { blockFederationAction, unblockFederationAction } from "@/lib/federation/actions";

/** Blocks a domain or one account on another server, for the whole server. */
export function BlockForm() {
  const t = useTranslations("moderation.federation");
  const [state, action, pending] = useActionState(blockFederationAction, { ok: false });
  return (
    <form action={action} className="space-y-3" noValidate>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("target")} name="target" placeholder={t("targetExample")} defaultValue={state.ok ? "" : state.values?.target} error={state.fieldErrors?.target} required />
        <TextField label={t("reason")} name="reason" defaultValue={state.ok ? "" : state.values?.reason} error={state.fieldErrors?.reason} maxLength={300} />
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? t("blocking") : t("block")}
      </Button>
    </form>
  );
}

export function UnblockButton({ target }: { target: string }) {
  const t = useTranslations("moderation.federation");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col items-end">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const r = await unblockFederationAction({ target });
            if (!r.ok) setError(r.message ?? t("failed"));
          })
        }
        className="min-h-9 rounded-full border border-line px-3 text-sm font-medium hover:bg-surface-2 disabled:opacity-60"
        aria-label={t("unblockLabel", { target })}
      >
        {t("unblock")}
      </button>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </span>
  );
}
